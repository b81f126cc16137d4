using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable
#pragma warning disable CA1861 // generated migration: constant arrays of column names

namespace CityToken.Api.Storage.Migrations
{
    /// <inheritdoc />
    public partial class Rewards : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "DeviceSignatures",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    DeviceId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Signature = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    SeenAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DeviceSignatures", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "RewardPrograms",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Slug = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    ActionType = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    RuleJson = table.Column<string>(type: "TEXT", nullable: false),
                    MaxQuantity = table.Column<decimal>(type: "TEXT", precision: 28, scale: 10, nullable: false),
                    DailyCap = table.Column<string>(type: "TEXT", maxLength: 80, nullable: true),
                    MonthlyCap = table.Column<string>(type: "TEXT", maxLength: 80, nullable: true),
                    Budget = table.Column<string>(type: "TEXT", maxLength: 80, nullable: false),
                    Reserved = table.Column<string>(type: "TEXT", maxLength: 80, nullable: false),
                    Confirmed = table.Column<string>(type: "TEXT", maxLength: 80, nullable: false),
                    StartsAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
                    EndsAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: true),
                    Active = table.Column<bool>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RewardPrograms", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "CivicActions",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Reporter = table.Column<string>(type: "TEXT", maxLength: 120, nullable: false),
                    ExternalId = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    RequestHash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    ProgramSlug = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    ProgramId = table.Column<int>(type: "INTEGER", nullable: true),
                    DeviceId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    Resident = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Quantity = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Category = table.Column<string>(type: "TEXT", maxLength: 50, nullable: true),
                    OccurredAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
                    LocalDay = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    LocalMonth = table.Column<string>(type: "TEXT", maxLength: 7, nullable: false),
                    Evidence = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    Status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Amount = table.Column<string>(type: "TEXT", maxLength: 80, nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    ReasonDetail = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    BatchId = table.Column<string>(type: "TEXT", maxLength: 66, nullable: true),
                    TxHash = table.Column<string>(type: "TEXT", maxLength: 66, nullable: true),
                    BlockNumber = table.Column<long>(type: "INTEGER", nullable: true),
                    CreatedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CivicActions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CivicActions_RewardPrograms_ProgramId",
                        column: x => x.ProgramId,
                        principalTable: "RewardPrograms",
                        principalColumn: "Id");
                });

            migrationBuilder.CreateTable(
                name: "Devices",
                columns: table => new
                {
                    Id = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    ProgramId = table.Column<int>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Devices", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Devices_RewardPrograms_ProgramId",
                        column: x => x.ProgramId,
                        principalTable: "RewardPrograms",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ProgramAudits",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ProgramId = table.Column<int>(type: "INTEGER", nullable: false),
                    Actor = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    At = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
                    Change = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    BeforeJson = table.Column<string>(type: "TEXT", nullable: true),
                    AfterJson = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ProgramAudits", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ProgramAudits_RewardPrograms_ProgramId",
                        column: x => x.ProgramId,
                        principalTable: "RewardPrograms",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "DeviceKeys",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    DeviceId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    ProtectedSecret = table.Column<string>(type: "TEXT", nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
                    RevokedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DeviceKeys", x => x.Id);
                    table.ForeignKey(
                        name: "FK_DeviceKeys_Devices_DeviceId",
                        column: x => x.DeviceId,
                        principalTable: "Devices",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_CivicActions_BatchId",
                table: "CivicActions",
                column: "BatchId");

            migrationBuilder.CreateIndex(
                name: "IX_CivicActions_ProgramId_Resident_LocalMonth",
                table: "CivicActions",
                columns: new[] { "ProgramId", "Resident", "LocalMonth" });

            migrationBuilder.CreateIndex(
                name: "IX_CivicActions_Reporter_ExternalId",
                table: "CivicActions",
                columns: new[] { "Reporter", "ExternalId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_CivicActions_Resident",
                table: "CivicActions",
                column: "Resident");

            migrationBuilder.CreateIndex(
                name: "IX_CivicActions_Status_Id",
                table: "CivicActions",
                columns: new[] { "Status", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_DeviceKeys_DeviceId",
                table: "DeviceKeys",
                column: "DeviceId");

            migrationBuilder.CreateIndex(
                name: "IX_DeviceSignatures_DeviceId_Signature",
                table: "DeviceSignatures",
                columns: new[] { "DeviceId", "Signature" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_DeviceSignatures_SeenAt",
                table: "DeviceSignatures",
                column: "SeenAt");

            migrationBuilder.CreateIndex(
                name: "IX_Devices_ProgramId",
                table: "Devices",
                column: "ProgramId");

            migrationBuilder.CreateIndex(
                name: "IX_ProgramAudits_ProgramId",
                table: "ProgramAudits",
                column: "ProgramId");

            migrationBuilder.CreateIndex(
                name: "IX_RewardPrograms_Slug",
                table: "RewardPrograms",
                column: "Slug",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "CivicActions");

            migrationBuilder.DropTable(
                name: "DeviceKeys");

            migrationBuilder.DropTable(
                name: "DeviceSignatures");

            migrationBuilder.DropTable(
                name: "ProgramAudits");

            migrationBuilder.DropTable(
                name: "Devices");

            migrationBuilder.DropTable(
                name: "RewardPrograms");
        }
    }
}
