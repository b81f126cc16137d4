using System.Reflection;

namespace CityToken.Api.Auth;

/// <summary>
/// Who may do what, declared once: each named set holds the roles that may make one kind of call. The API's endpoints
/// require them (<see cref="RequireRoles{TBuilder}"/>, and the named policies of <see cref="AuthPolicies"/>), and the
/// dashboard's page policies and write handlers use the same sets, so a page never admits a role its API refuses.
/// </summary>
public static class AccessRules
{
    /// <summary>Any city staff key (not merchants): who-am-I, one action by id, the dashboard's overview.</summary>
    public static readonly string[] Staff = [.. StaffRoles.All];

    /// <summary>Admin only: programs, devices, staff keys, retries, batching runs, grants.</summary>
    public static readonly string[] Admins = [StaffRoles.Admin];

    /// <summary>
    /// Reading what the city did: programs' audit, the action queue, mint batches and reconciliation, ballots, catalog,
    /// redemptions and vouchers, the audit log, staff keys, the outbox.
    /// </summary>
    public static readonly string[] AdminOrAuditor = [StaffRoles.Admin, StaffRoles.Auditor];

    /// <summary>Reading credentials (GET /api/credentials, the dashboard's credentials page): admin, registrar, auditor.</summary>
    public static readonly string[] CredentialReaders = [StaffRoles.Admin, StaffRoles.Registrar, StaffRoles.Auditor];

    /// <summary>The credential readers, and residents (who see the credentials of their own address only).</summary>
    public static readonly string[] CredentialReadersAndResidents = [.. CredentialReaders, ResidentRoles.Resident];

    /// <summary>Issuing and revoking credentials (POST and DELETE /api/credentials): admin, registrar.</summary>
    public static readonly string[] CredentialWriters = [StaffRoles.Admin, StaffRoles.Registrar];

    /// <summary>Reporting actions (POST /api/actions and /api/actions/bulk): reporter keys, and admin (a city may run without a reporter).</summary>
    public static readonly string[] ActionReporters = [StaffRoles.Admin, StaffRoles.Reporter];

    /// <summary>Merchant keys accept vouchers (POST /api/vouchers/{code}/redeem).</summary>
    public static readonly string[] Merchants = [StaffRoles.Merchant];

    /// <summary>Creating and cancelling ballots: admin.</summary>
    public static readonly string[] BallotAdmins = Admins;

    /// <summary>Reading ballot requests (their transactions): admin, auditor.</summary>
    public static readonly string[] BallotReaders = AdminOrAuditor;

    /// <summary>Adding and changing catalog items, creating merchant keys: admin.</summary>
    public static readonly string[] CatalogManagers = Admins;

    /// <summary>Reading catalog requests, redemptions and merchant keys: admin, auditor.</summary>
    public static readonly string[] CatalogReaders = AdminOrAuditor;

    /// <summary>Submitting record hashes and files for anchoring: admin, clerk.</summary>
    public static readonly string[] AnchorWriters = [StaffRoles.Admin, StaffRoles.Clerk];

    /// <summary>Creating public-funds projects: admin, finance.</summary>
    public static readonly string[] FundsBudgeters = [StaffRoles.Admin, StaffRoles.Finance];

    /// <summary>Proposing disbursements and payrolls: finance officers.</summary>
    public static readonly string[] FundsOfficers = [StaffRoles.Finance];

    /// <summary>Approving and rejecting disbursements: approvers (never the proposer, checked per request).</summary>
    public static readonly string[] FundsApprovers = [StaffRoles.Approver];

    /// <summary>Following funds requests and the funds dashboard: admin, auditor, finance, approver.</summary>
    public static readonly string[] FundsStaff = [StaffRoles.Admin, StaffRoles.Auditor, StaffRoles.Finance, StaffRoles.Approver];

    /// <summary>Every named set, by its field name (for <c>[HandlerRoles(Rule = nameof(AccessRules.X))]</c>).</summary>
    private static readonly Dictionary<string, string[]> ByName = typeof(AccessRules)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Where(f => f.FieldType == typeof(string[]))
        .ToDictionary(f => f.Name, f => (string[])f.GetValue(null)!, StringComparer.Ordinal);

    /// <summary>The set named <paramref name="name"/> (a field of this class); throws for an unknown name.</summary>
    public static string[] Named(string name) =>
        ByName.TryGetValue(name, out var roles) ? roles
            : throw new ArgumentException($"AccessRules has no role set '{name}'.", nameof(name));

    /// <summary>Admits callers holding any of <paramref name="roles"/> (one of the sets above).</summary>
    public static TBuilder RequireRoles<TBuilder>(this TBuilder builder, IEnumerable<string> roles) where TBuilder : IEndpointConventionBuilder =>
        builder.RequireAuthorization(policy => policy.RequireRole(roles));
}
