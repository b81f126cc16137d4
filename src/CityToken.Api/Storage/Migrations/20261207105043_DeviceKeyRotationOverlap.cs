using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CityToken.Api.Storage.Migrations
{
    /// <summary>
    /// DeviceKeys.AcceptedUntil (Unix seconds): a rotated device key stays accepted until then (Devices:KeyRotationOverlapMinutes).
    /// Keys revoked before this migration have none: they stay refused.
    /// </summary>
    public partial class DeviceKeyRotationOverlap : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<long>(
                name: "AcceptedUntil",
                table: "DeviceKeys",
                type: "INTEGER",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "AcceptedUntil",
                table: "DeviceKeys");
        }
    }
}
