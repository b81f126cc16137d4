using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CityToken.Api.Storage.Migrations
{
    /// <inheritdoc />
    public partial class RedemptionChoiceAndActiveNonce : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "ActiveKey",
                table: "RedemptionRequests",
                type: "TEXT",
                maxLength: 130,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ChoiceSignature",
                table: "RedemptionRequests",
                type: "TEXT",
                maxLength: 132,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Price",
                table: "RedemptionRequests",
                type: "TEXT",
                maxLength: 78,
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_RedemptionRequests_ActiveKey",
                table: "RedemptionRequests",
                column: "ActiveKey",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_RedemptionRequests_Resident_CreatedAt",
                table: "RedemptionRequests",
                columns: new[] { "Resident", "CreatedAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_RedemptionRequests_ActiveKey",
                table: "RedemptionRequests");

            migrationBuilder.DropIndex(
                name: "IX_RedemptionRequests_Resident_CreatedAt",
                table: "RedemptionRequests");

            migrationBuilder.DropColumn(
                name: "ActiveKey",
                table: "RedemptionRequests");

            migrationBuilder.DropColumn(
                name: "ChoiceSignature",
                table: "RedemptionRequests");

            migrationBuilder.DropColumn(
                name: "Price",
                table: "RedemptionRequests");
        }
    }
}
