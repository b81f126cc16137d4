using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CityToken.Api.Storage.Migrations
{
    /// <inheritdoc />
    public partial class PublicFunds : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "FundsEvents",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    ProjectId = table.Column<long>(type: "INTEGER", nullable: false),
                    DisbursementId = table.Column<long>(type: "INTEGER", nullable: false),
                    Amount = table.Column<string>(type: "TEXT", maxLength: 78, nullable: false),
                    Actor = table.Column<string>(type: "TEXT", maxLength: 66, nullable: true),
                    Payee = table.Column<string>(type: "TEXT", maxLength: 42, nullable: true),
                    Category = table.Column<int>(type: "INTEGER", nullable: true),
                    Hash = table.Column<string>(type: "TEXT", maxLength: 66, nullable: true),
                    Currency = table.Column<string>(type: "TEXT", maxLength: 3, nullable: true),
                    Department = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    TransactionHash = table.Column<string>(type: "TEXT", maxLength: 66, nullable: false),
                    BlockNumber = table.Column<long>(type: "INTEGER", nullable: false),
                    LogIndex = table.Column<int>(type: "INTEGER", nullable: false),
                    BlockTime = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_FundsEvents", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "FundsRequests",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    StaffKeyId = table.Column<int>(type: "INTEGER", nullable: true),
                    StaffName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Actor = table.Column<string>(type: "TEXT", maxLength: 66, nullable: false),
                    ProjectId = table.Column<long>(type: "INTEGER", nullable: true),
                    DisbursementId = table.Column<long>(type: "INTEGER", nullable: true),
                    Amount = table.Column<string>(type: "TEXT", maxLength: 78, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Description = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    Hash = table.Column<string>(type: "TEXT", maxLength: 66, nullable: true),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_FundsRequests", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "FundsWages",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    RequestId = table.Column<Guid>(type: "TEXT", nullable: false),
                    LeafIndex = table.Column<int>(type: "INTEGER", nullable: false),
                    ReceiptHash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Worker = table.Column<string>(type: "TEXT", maxLength: 66, nullable: false),
                    Amount = table.Column<string>(type: "TEXT", maxLength: 78, nullable: false),
                    Salt = table.Column<string>(type: "TEXT", maxLength: 66, nullable: false),
                    Root = table.Column<string>(type: "TEXT", maxLength: 66, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_FundsWages", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_FundsEvents_BlockNumber",
                table: "FundsEvents",
                column: "BlockNumber");

            migrationBuilder.CreateIndex(
                name: "IX_FundsEvents_ProjectId_DisbursementId",
                table: "FundsEvents",
                columns: new[] { "ProjectId", "DisbursementId" });

            migrationBuilder.CreateIndex(
                name: "IX_FundsEvents_TransactionHash",
                table: "FundsEvents",
                column: "TransactionHash");

            migrationBuilder.CreateIndex(
                name: "IX_FundsRequests_DisbursementId",
                table: "FundsRequests",
                column: "DisbursementId");

            migrationBuilder.CreateIndex(
                name: "IX_FundsRequests_Hash",
                table: "FundsRequests",
                column: "Hash");

            migrationBuilder.CreateIndex(
                name: "IX_FundsWages_ReceiptHash",
                table: "FundsWages",
                column: "ReceiptHash",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_FundsWages_RequestId",
                table: "FundsWages",
                column: "RequestId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "FundsEvents");

            migrationBuilder.DropTable(
                name: "FundsRequests");

            migrationBuilder.DropTable(
                name: "FundsWages");
        }
    }
}
