using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CityToken.Api.Storage.Migrations
{
    /// <inheritdoc />
    public partial class CatalogAndRedemptions : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "CatalogListings",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Uri = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 120, nullable: false),
                    Description = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CatalogListings", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "CatalogRequests",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    RewardId = table.Column<long>(type: "INTEGER", nullable: true),
                    ListingId = table.Column<Guid>(type: "TEXT", nullable: true),
                    RequestedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CatalogRequests", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "CatalogRewardChanges",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    RewardId = table.Column<long>(type: "INTEGER", nullable: false),
                    BlockNumber = table.Column<long>(type: "INTEGER", nullable: false),
                    LogIndex = table.Column<int>(type: "INTEGER", nullable: false),
                    Event = table.Column<string>(type: "TEXT", maxLength: 24, nullable: false),
                    Price = table.Column<string>(type: "TEXT", maxLength: 78, nullable: false),
                    Stock = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Merchant = table.Column<string>(type: "TEXT", maxLength: 42, nullable: true),
                    Active = table.Column<bool>(type: "INTEGER", nullable: false),
                    Uri = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CatalogRewardChanges", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "CatalogRewards",
                columns: table => new
                {
                    RewardId = table.Column<long>(type: "INTEGER", nullable: false),
                    Price = table.Column<string>(type: "TEXT", maxLength: 78, nullable: false),
                    Stock = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Merchant = table.Column<string>(type: "TEXT", maxLength: 42, nullable: true),
                    Active = table.Column<bool>(type: "INTEGER", nullable: false),
                    Uri = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    AddedBlock = table.Column<long>(type: "INTEGER", nullable: false),
                    UpdatedBlock = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CatalogRewards", x => x.RewardId);
                });

            migrationBuilder.CreateTable(
                name: "MerchantKeys",
                columns: table => new
                {
                    ApiKeyId = table.Column<int>(type: "INTEGER", nullable: false),
                    Merchant = table.Column<string>(type: "TEXT", maxLength: 42, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MerchantKeys", x => x.ApiKeyId);
                    table.ForeignKey(
                        name: "FK_MerchantKeys_ApiKeys_ApiKeyId",
                        column: x => x.ApiKeyId,
                        principalTable: "ApiKeys",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "RedemptionRequests",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Resident = table.Column<string>(type: "TEXT", maxLength: 42, nullable: false),
                    RewardId = table.Column<long>(type: "INTEGER", nullable: false),
                    Quantity = table.Column<string>(type: "TEXT", maxLength: 78, nullable: false),
                    Cost = table.Column<string>(type: "TEXT", maxLength: 78, nullable: false),
                    PermitNonce = table.Column<string>(type: "TEXT", maxLength: 78, nullable: false),
                    Deadline = table.Column<long>(type: "INTEGER", nullable: false),
                    OutboxKey = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RedemptionRequests", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Vouchers",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    RedemptionId = table.Column<long>(type: "INTEGER", nullable: false),
                    TransactionHash = table.Column<string>(type: "TEXT", maxLength: 66, nullable: false),
                    Resident = table.Column<string>(type: "TEXT", maxLength: 42, nullable: false),
                    RewardId = table.Column<long>(type: "INTEGER", nullable: false),
                    Merchant = table.Column<string>(type: "TEXT", maxLength: 42, nullable: false),
                    CodeHash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    SealedCode = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    IssuedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    UsedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    UsedByKeyId = table.Column<int>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Vouchers", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_CatalogListings_Uri",
                table: "CatalogListings",
                column: "Uri",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_CatalogRequests_CreatedAt",
                table: "CatalogRequests",
                column: "CreatedAt");

            migrationBuilder.CreateIndex(
                name: "IX_CatalogRewardChanges_BlockNumber",
                table: "CatalogRewardChanges",
                column: "BlockNumber");

            migrationBuilder.CreateIndex(
                name: "IX_CatalogRewardChanges_RewardId_BlockNumber_LogIndex",
                table: "CatalogRewardChanges",
                columns: new[] { "RewardId", "BlockNumber", "LogIndex" });

            migrationBuilder.CreateIndex(
                name: "IX_CatalogRewards_Uri",
                table: "CatalogRewards",
                column: "Uri");

            migrationBuilder.CreateIndex(
                name: "IX_MerchantKeys_Merchant",
                table: "MerchantKeys",
                column: "Merchant");

            migrationBuilder.CreateIndex(
                name: "IX_RedemptionRequests_OutboxKey",
                table: "RedemptionRequests",
                column: "OutboxKey",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_RedemptionRequests_Resident_PermitNonce",
                table: "RedemptionRequests",
                columns: new[] { "Resident", "PermitNonce" });

            migrationBuilder.CreateIndex(
                name: "IX_Vouchers_CodeHash",
                table: "Vouchers",
                column: "CodeHash",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Vouchers_RedemptionId_TransactionHash",
                table: "Vouchers",
                columns: new[] { "RedemptionId", "TransactionHash" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Vouchers_Resident",
                table: "Vouchers",
                column: "Resident");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "CatalogListings");

            migrationBuilder.DropTable(
                name: "CatalogRequests");

            migrationBuilder.DropTable(
                name: "CatalogRewardChanges");

            migrationBuilder.DropTable(
                name: "CatalogRewards");

            migrationBuilder.DropTable(
                name: "MerchantKeys");

            migrationBuilder.DropTable(
                name: "RedemptionRequests");

            migrationBuilder.DropTable(
                name: "Vouchers");
        }
    }
}
