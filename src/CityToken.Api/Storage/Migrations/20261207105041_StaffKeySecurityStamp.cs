using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CityToken.Api.Storage.Migrations
{
    /// <inheritdoc />
    public partial class StaffKeySecurityStamp : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "SecurityStamp",
                table: "ApiKeys",
                type: "TEXT",
                maxLength: 32,
                nullable: false,
                defaultValue: "");

            // Every existing key gets a stamp of its own; dashboard sessions made before (they carry none) end once.
            migrationBuilder.Sql("UPDATE \"ApiKeys\" SET \"SecurityStamp\" = lower(hex(randomblob(16)));");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "SecurityStamp",
                table: "ApiKeys");
        }
    }
}
