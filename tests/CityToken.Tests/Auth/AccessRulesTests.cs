using System.Reflection;
using CityToken.Api.Auth;
using CityToken.Api.Web;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CityToken.Tests.Auth;

/// <summary>The named role sets are what pages and endpoints refer to: every name a page handler gives must exist.</summary>
internal sealed class AccessRulesTests
{
    [Test]
    public void EveryPageHandlerNamesAKnownRuleOrRoles()
    {
        var handlers = typeof(AccessRules).Assembly.GetTypes()
            .Where(t => typeof(PageModel).IsAssignableFrom(t))
            .SelectMany(t => t.GetMethods(BindingFlags.Public | BindingFlags.Instance))
            .Select(m => (Method: $"{m.DeclaringType!.FullName}.{m.Name}", Attribute: m.GetCustomAttribute<HandlerRolesAttribute>()))
            .Where(h => h.Attribute is not null)
            .ToList();
        Assert.That(handlers, Is.Not.Empty);
        foreach (var (method, attribute) in handlers)
        {
            Assert.That(attribute!.Roles, Is.Not.Empty, method);
        }
    }

    [Test]
    public void EverySetHoldsKnownRolesOnly()
    {
        string[] known = [.. StaffRoles.All, StaffRoles.Merchant, ResidentRoles.Resident];
        foreach (var field in typeof(AccessRules).GetFields(BindingFlags.Public | BindingFlags.Static).Where(f => f.FieldType == typeof(string[])))
        {
            var roles = (string[])field.GetValue(null)!;
            Assert.That(roles, Is.Not.Empty.And.SubsetOf(known), field.Name);
            Assert.That(AccessRules.Named(field.Name), Is.SameAs(roles), field.Name);
        }
        Assert.Throws<ArgumentException>(() => AccessRules.Named("NoSuchRule"));
    }
}
