using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace CityToken.Api.Storage.Migrations.PostgreSQL
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
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Kind = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false, collation: "C"),
                    ProjectId = table.Column<long>(type: "bigint", nullable: false),
                    DisbursementId = table.Column<long>(type: "bigint", nullable: false),
                    Amount = table.Column<string>(type: "character varying(78)", maxLength: 78, nullable: false, collation: "C"),
                    Actor = table.Column<string>(type: "character varying(66)", maxLength: 66, nullable: true, collation: "C"),
                    Payee = table.Column<string>(type: "character varying(42)", maxLength: 42, nullable: true, collation: "C"),
                    Category = table.Column<int>(type: "integer", nullable: true),
                    Hash = table.Column<string>(type: "character varying(66)", maxLength: 66, nullable: true, collation: "C"),
                    Currency = table.Column<string>(type: "character varying(3)", maxLength: 3, nullable: true, collation: "C"),
                    Department = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true, collation: "C"),
                    TransactionHash = table.Column<string>(type: "character varying(66)", maxLength: 66, nullable: false, collation: "C"),
                    BlockNumber = table.Column<long>(type: "bigint", nullable: false),
                    LogIndex = table.Column<int>(type: "integer", nullable: false),
                    BlockTime = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_FundsEvents", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "FundsRequests",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Kind = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false, collation: "C"),
                    StaffKeyId = table.Column<int>(type: "integer", nullable: true),
                    StaffName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false, collation: "C"),
                    Actor = table.Column<string>(type: "character varying(66)", maxLength: 66, nullable: false, collation: "C"),
                    ProjectId = table.Column<long>(type: "bigint", nullable: true),
                    DisbursementId = table.Column<long>(type: "bigint", nullable: true),
                    Amount = table.Column<string>(type: "character varying(78)", maxLength: 78, nullable: false, collation: "C"),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true, collation: "C"),
                    Description = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true, collation: "C"),
                    Hash = table.Column<string>(type: "character varying(66)", maxLength: 66, nullable: true, collation: "C"),
                    CreatedAt = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_FundsRequests", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "FundsWages",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    RequestId = table.Column<Guid>(type: "uuid", nullable: false),
                    LeafIndex = table.Column<int>(type: "integer", nullable: false),
                    ReceiptHash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false, collation: "C"),
                    Worker = table.Column<string>(type: "character varying(66)", maxLength: 66, nullable: false, collation: "C"),
                    Amount = table.Column<string>(type: "character varying(78)", maxLength: 78, nullable: false, collation: "C"),
                    Salt = table.Column<string>(type: "character varying(66)", maxLength: 66, nullable: false, collation: "C"),
                    Root = table.Column<string>(type: "character varying(66)", maxLength: 66, nullable: false, collation: "C")
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
