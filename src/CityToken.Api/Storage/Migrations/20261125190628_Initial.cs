using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CityToken.Api.Storage.Migrations
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "ApiKeys",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Role = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    KeyHash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
                    RevokedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ApiKeys", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ChainBindings",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ChainId = table.Column<long>(type: "INTEGER", nullable: false),
                    DeploymentBlock = table.Column<long>(type: "INTEGER", nullable: false),
                    DeploymentBlockHash = table.Column<string>(type: "TEXT", maxLength: 66, nullable: false),
                    TokenAddress = table.Column<string>(type: "TEXT", maxLength: 42, nullable: false),
                    BoundAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ChainBindings", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "DidEvents",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Identity = table.Column<string>(type: "TEXT", maxLength: 42, nullable: false),
                    Kind = table.Column<int>(type: "INTEGER", nullable: false),
                    Name = table.Column<byte[]>(type: "BLOB", maxLength: 32, nullable: true),
                    Address = table.Column<string>(type: "TEXT", maxLength: 42, nullable: true),
                    Value = table.Column<byte[]>(type: "BLOB", nullable: true),
                    ValidTo = table.Column<long>(type: "INTEGER", nullable: false),
                    PreviousChange = table.Column<long>(type: "INTEGER", nullable: false),
                    BlockNumber = table.Column<long>(type: "INTEGER", nullable: false),
                    BlockTimestamp = table.Column<long>(type: "INTEGER", nullable: false),
                    TransactionHash = table.Column<string>(type: "TEXT", maxLength: 66, nullable: false),
                    LogIndex = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DidEvents", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "OutboxAccounts",
                columns: table => new
                {
                    Address = table.Column<string>(type: "TEXT", maxLength: 42, nullable: false),
                    NextNonce = table.Column<long>(type: "INTEGER", nullable: false),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OutboxAccounts", x => x.Address);
                });

            migrationBuilder.CreateTable(
                name: "OutboxEntries",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    IdempotencyKey = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    RequestHash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Purpose = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    Sender = table.Column<string>(type: "TEXT", maxLength: 42, nullable: false),
                    To = table.Column<string>(type: "TEXT", maxLength: 42, nullable: false),
                    Data = table.Column<string>(type: "TEXT", nullable: false),
                    Value = table.Column<string>(type: "TEXT", maxLength: 80, nullable: false),
                    RequestedGasLimit = table.Column<long>(type: "INTEGER", nullable: true),
                    Status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Nonce = table.Column<long>(type: "INTEGER", nullable: true),
                    TxHash = table.Column<string>(type: "TEXT", maxLength: 66, nullable: true),
                    BlockNumber = table.Column<long>(type: "INTEGER", nullable: true),
                    BlockHash = table.Column<string>(type: "TEXT", maxLength: 66, nullable: true),
                    GasUsed = table.Column<long>(type: "INTEGER", nullable: true),
                    Confirmations = table.Column<long>(type: "INTEGER", nullable: false),
                    Error = table.Column<string>(type: "TEXT", nullable: true),
                    PreflightFailures = table.Column<int>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OutboxEntries", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "OutboxAttempts",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    EntryId = table.Column<long>(type: "INTEGER", nullable: false),
                    Number = table.Column<int>(type: "INTEGER", nullable: false),
                    Nonce = table.Column<long>(type: "INTEGER", nullable: false),
                    TxHash = table.Column<string>(type: "TEXT", maxLength: 66, nullable: false),
                    RawTransaction = table.Column<string>(type: "TEXT", nullable: false),
                    GasLimit = table.Column<long>(type: "INTEGER", nullable: false),
                    MaxFeePerGas = table.Column<string>(type: "TEXT", maxLength: 80, nullable: false),
                    MaxPriorityFeePerGas = table.Column<string>(type: "TEXT", maxLength: 80, nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    SignedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    BroadcastAt = table.Column<long>(type: "INTEGER", nullable: true),
                    BroadcastBlock = table.Column<long>(type: "INTEGER", nullable: true),
                    LastError = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OutboxAttempts", x => x.Id);
                    table.ForeignKey(
                        name: "FK_OutboxAttempts_OutboxEntries_EntryId",
                        column: x => x.EntryId,
                        principalTable: "OutboxEntries",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ApiKeys_KeyHash",
                table: "ApiKeys",
                column: "KeyHash",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ApiKeys_Name",
                table: "ApiKeys",
                column: "Name",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_DidEvents_BlockNumber_LogIndex",
                table: "DidEvents",
                columns: new[] { "BlockNumber", "LogIndex" });

            migrationBuilder.CreateIndex(
                name: "IX_DidEvents_Identity_BlockNumber_LogIndex",
                table: "DidEvents",
                columns: new[] { "Identity", "BlockNumber", "LogIndex" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_OutboxAttempts_EntryId_Number",
                table: "OutboxAttempts",
                columns: new[] { "EntryId", "Number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_OutboxAttempts_TxHash",
                table: "OutboxAttempts",
                column: "TxHash",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_OutboxEntries_IdempotencyKey",
                table: "OutboxEntries",
                column: "IdempotencyKey",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_OutboxEntries_Status_Id",
                table: "OutboxEntries",
                columns: new[] { "Status", "Id" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ApiKeys");

            migrationBuilder.DropTable(
                name: "ChainBindings");

            migrationBuilder.DropTable(
                name: "DidEvents");

            migrationBuilder.DropTable(
                name: "OutboxAccounts");

            migrationBuilder.DropTable(
                name: "OutboxAttempts");

            migrationBuilder.DropTable(
                name: "OutboxEntries");
        }
    }
}
