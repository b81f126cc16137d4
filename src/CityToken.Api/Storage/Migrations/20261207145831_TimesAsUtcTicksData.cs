using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CityToken.Api.Storage.Migrations
{
    /// <summary>
    /// The data step of <see cref="TimesAsUtcTicks"/>, apart so that it runs after SQLite's table rebuilds (in the same
    /// migration the statements would run before them).
    /// </summary>
    public partial class TimesAsUtcTicksData : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // TimesAsUtcTicks rebuilt the tables with integer time columns and the rows kept their old text times: each
            // becomes UTC ticks (to the millisecond, what SQLite's date functions read; new times keep full precision).
            foreach (var (table, column) in Columns)
            {
                migrationBuilder.Sql($"UPDATE \"{table}\" SET \"{column}\" = CAST(round(unixepoch(\"{column}\", 'subsec') * 1000) AS INTEGER) * 10000 + 621355968000000000 WHERE typeof(\"{column}\") = 'text';");
            }
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            foreach (var (table, column) in Columns)
            {
                migrationBuilder.Sql($"UPDATE \"{table}\" SET \"{column}\" = strftime('%Y-%m-%d %H:%M:%f', (\"{column}\" - 621355968000000000) / 10000000.0, 'unixepoch') || '+00:00' WHERE typeof(\"{column}\") = 'integer';");
            }
        }

        /// <summary>Every time column that was text: (table, column).</summary>
        private static readonly (string Table, string Column)[] Columns =
        [
            ("SiweNonces", "UsedAt"),
            ("SiweNonces", "IssuedAt"),
            ("RewardPrograms", "UpdatedAt"),
            ("RewardPrograms", "CreatedAt"),
            ("ProgramAudits", "At"),
            ("Devices", "CreatedAt"),
            ("DeviceKeys", "RevokedAt"),
            ("DeviceKeys", "CreatedAt"),
            ("CivicActions", "UpdatedAt"),
            ("CivicActions", "CreatedAt"),
            ("ChainBindings", "BoundAt"),
            ("AuditEntries", "At"),
            ("ApiKeys", "RotatedAt"),
            ("ApiKeys", "RevokedAt"),
            ("ApiKeys", "CreatedAt"),
        ];
    }
}
