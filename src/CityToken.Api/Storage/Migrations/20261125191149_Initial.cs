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
                name: "Ballots",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false),
                    CredentialType = table.Column<string>(type: "TEXT", maxLength: 66, nullable: false),
                    MetadataHash = table.Column<string>(type: "TEXT", maxLength: 66, nullable: false),
                    MetadataUri = table.Column<string>(type: "TEXT", nullable: false),
                    OptionCount = table.Column<int>(type: "INTEGER", nullable: false),
                    Start = table.Column<long>(type: "INTEGER", nullable: false),
                    End = table.Column<long>(type: "INTEGER", nullable: false),
                    Quorum = table.Column<string>(type: "TEXT", maxLength: 78, nullable: false),
                    CreatedBlock = table.Column<long>(type: "INTEGER", nullable: false),
                    CreatedTransaction = table.Column<string>(type: "TEXT", maxLength: 66, nullable: false),
                    CancelledBlock = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Ballots", x => x.Id);
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
                name: "Credentials",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false),
                    Subject = table.Column<string>(type: "TEXT", maxLength: 42, nullable: false),
                    CredentialType = table.Column<string>(type: "TEXT", maxLength: 66, nullable: false),
                    PersonKey = table.Column<string>(type: "TEXT", maxLength: 66, nullable: false),
                    Issuer = table.Column<string>(type: "TEXT", maxLength: 42, nullable: false),
                    IssuedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    ExpiresAt = table.Column<long>(type: "INTEGER", nullable: false),
                    DataHash = table.Column<string>(type: "TEXT", maxLength: 66, nullable: false),
                    Uri = table.Column<string>(type: "TEXT", nullable: false),
                    IssuedBlock = table.Column<long>(type: "INTEGER", nullable: false),
                    IssuedTransaction = table.Column<string>(type: "TEXT", maxLength: 66, nullable: false),
                    RevokedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    RevokedBy = table.Column<string>(type: "TEXT", maxLength: 42, nullable: true),
                    RevocationReason = table.Column<int>(type: "INTEGER", nullable: true),
                    SupersededBy = table.Column<long>(type: "INTEGER", nullable: true),
                    RevokedBlock = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Credentials", x => x.Id);
                });

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
                name: "IndexedBlocks",
                columns: table => new
                {
                    Number = table.Column<long>(type: "INTEGER", nullable: false),
                    Hash = table.Column<string>(type: "TEXT", maxLength: 66, nullable: false),
                    ParentHash = table.Column<string>(type: "TEXT", maxLength: 66, nullable: false),
                    Timestamp = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_IndexedBlocks", x => x.Number);
                });

            migrationBuilder.CreateTable(
                name: "IndexerCheckpoints",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false),
                    ChainId = table.Column<long>(type: "INTEGER", nullable: false),
                    ContractsKey = table.Column<string>(type: "TEXT", maxLength: 66, nullable: false),
                    BlockNumber = table.Column<long>(type: "INTEGER", nullable: false),
                    BlockHash = table.Column<string>(type: "TEXT", maxLength: 66, nullable: true),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_IndexerCheckpoints", x => x.Id);
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
                name: "RawLogs",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ChainId = table.Column<long>(type: "INTEGER", nullable: false),
                    BlockNumber = table.Column<long>(type: "INTEGER", nullable: false),
                    BlockHash = table.Column<string>(type: "TEXT", maxLength: 66, nullable: false),
                    TransactionHash = table.Column<string>(type: "TEXT", maxLength: 66, nullable: false),
                    TransactionIndex = table.Column<int>(type: "INTEGER", nullable: false),
                    LogIndex = table.Column<int>(type: "INTEGER", nullable: false),
                    Address = table.Column<string>(type: "TEXT", maxLength: 42, nullable: false),
                    ContractName = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Topics = table.Column<string>(type: "TEXT", maxLength: 280, nullable: false),
                    Data = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RawLogs", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Redemptions",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false),
                    Resident = table.Column<string>(type: "TEXT", maxLength: 42, nullable: false),
                    RewardId = table.Column<long>(type: "INTEGER", nullable: false),
                    Quantity = table.Column<string>(type: "TEXT", maxLength: 78, nullable: false),
                    Price = table.Column<string>(type: "TEXT", maxLength: 78, nullable: false),
                    Total = table.Column<string>(type: "TEXT", maxLength: 78, nullable: false),
                    TransactionHash = table.Column<string>(type: "TEXT", maxLength: 66, nullable: false),
                    BlockNumber = table.Column<long>(type: "INTEGER", nullable: false),
                    LogIndex = table.Column<int>(type: "INTEGER", nullable: false),
                    BlockTime = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Redemptions", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "RewardBatches",
                columns: table => new
                {
                    BatchId = table.Column<string>(type: "TEXT", maxLength: 66, nullable: false),
                    Count = table.Column<int>(type: "INTEGER", nullable: false),
                    Total = table.Column<string>(type: "TEXT", maxLength: 78, nullable: false),
                    TransactionHash = table.Column<string>(type: "TEXT", maxLength: 66, nullable: false),
                    BlockNumber = table.Column<long>(type: "INTEGER", nullable: false),
                    LogIndex = table.Column<int>(type: "INTEGER", nullable: false),
                    BlockTime = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RewardBatches", x => x.BatchId);
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
                name: "TokenBalances",
                columns: table => new
                {
                    Address = table.Column<string>(type: "TEXT", maxLength: 42, nullable: false),
                    Balance = table.Column<string>(type: "TEXT", maxLength: 78, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TokenBalances", x => x.Address);
                });

            migrationBuilder.CreateTable(
                name: "TokenDailyStats",
                columns: table => new
                {
                    Day = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    Minted = table.Column<string>(type: "TEXT", maxLength: 78, nullable: false),
                    Burned = table.Column<string>(type: "TEXT", maxLength: 78, nullable: false),
                    Mints = table.Column<int>(type: "INTEGER", nullable: false),
                    Transfers = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TokenDailyStats", x => x.Day);
                });

            migrationBuilder.CreateTable(
                name: "TokenSupply",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false),
                    TotalSupply = table.Column<string>(type: "TEXT", maxLength: 78, nullable: false),
                    Minted = table.Column<string>(type: "TEXT", maxLength: 78, nullable: false),
                    Burned = table.Column<string>(type: "TEXT", maxLength: 78, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TokenSupply", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "TokenTransfers",
                columns: table => new
                {
                    TransactionHash = table.Column<string>(type: "TEXT", maxLength: 66, nullable: false),
                    LogIndex = table.Column<int>(type: "INTEGER", nullable: false),
                    BlockNumber = table.Column<long>(type: "INTEGER", nullable: false),
                    BlockTime = table.Column<long>(type: "INTEGER", nullable: false),
                    From = table.Column<string>(type: "TEXT", maxLength: 42, nullable: false),
                    To = table.Column<string>(type: "TEXT", maxLength: 42, nullable: false),
                    Amount = table.Column<string>(type: "TEXT", maxLength: 78, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TokenTransfers", x => new { x.TransactionHash, x.LogIndex });
                });

            migrationBuilder.CreateTable(
                name: "Votes",
                columns: table => new
                {
                    BallotId = table.Column<long>(type: "INTEGER", nullable: false),
                    PersonKey = table.Column<string>(type: "TEXT", maxLength: 66, nullable: false),
                    Voter = table.Column<string>(type: "TEXT", maxLength: 42, nullable: false),
                    Signer = table.Column<string>(type: "TEXT", maxLength: 42, nullable: false),
                    Option = table.Column<int>(type: "INTEGER", nullable: false),
                    TransactionHash = table.Column<string>(type: "TEXT", maxLength: 66, nullable: false),
                    BlockNumber = table.Column<long>(type: "INTEGER", nullable: false),
                    LogIndex = table.Column<int>(type: "INTEGER", nullable: false),
                    BlockTime = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Votes", x => new { x.BallotId, x.PersonKey });
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
                name: "IX_Ballots_CreatedBlock",
                table: "Ballots",
                column: "CreatedBlock");

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
                name: "IX_Credentials_IssuedBlock",
                table: "Credentials",
                column: "IssuedBlock");

            migrationBuilder.CreateIndex(
                name: "IX_Credentials_RevokedBlock",
                table: "Credentials",
                column: "RevokedBlock");

            migrationBuilder.CreateIndex(
                name: "IX_Credentials_Subject",
                table: "Credentials",
                column: "Subject");

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

            migrationBuilder.CreateIndex(
                name: "IX_ProgramAudits_ProgramId",
                table: "ProgramAudits",
                column: "ProgramId");

            migrationBuilder.CreateIndex(
                name: "IX_RawLogs_BlockNumber_LogIndex",
                table: "RawLogs",
                columns: new[] { "BlockNumber", "LogIndex" });

            migrationBuilder.CreateIndex(
                name: "IX_RawLogs_ChainId_TransactionHash_LogIndex",
                table: "RawLogs",
                columns: new[] { "ChainId", "TransactionHash", "LogIndex" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Redemptions_BlockNumber",
                table: "Redemptions",
                column: "BlockNumber");

            migrationBuilder.CreateIndex(
                name: "IX_Redemptions_Resident_BlockNumber",
                table: "Redemptions",
                columns: new[] { "Resident", "BlockNumber" });

            migrationBuilder.CreateIndex(
                name: "IX_Redemptions_TransactionHash",
                table: "Redemptions",
                column: "TransactionHash");

            migrationBuilder.CreateIndex(
                name: "IX_RewardBatches_BlockNumber",
                table: "RewardBatches",
                column: "BlockNumber");

            migrationBuilder.CreateIndex(
                name: "IX_RewardBatches_TransactionHash",
                table: "RewardBatches",
                column: "TransactionHash");

            migrationBuilder.CreateIndex(
                name: "IX_RewardPrograms_Slug",
                table: "RewardPrograms",
                column: "Slug",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_TokenTransfers_BlockNumber",
                table: "TokenTransfers",
                column: "BlockNumber");

            migrationBuilder.CreateIndex(
                name: "IX_TokenTransfers_From_BlockNumber_LogIndex",
                table: "TokenTransfers",
                columns: new[] { "From", "BlockNumber", "LogIndex" });

            migrationBuilder.CreateIndex(
                name: "IX_TokenTransfers_To_BlockNumber_LogIndex",
                table: "TokenTransfers",
                columns: new[] { "To", "BlockNumber", "LogIndex" });

            migrationBuilder.CreateIndex(
                name: "IX_Votes_BlockNumber",
                table: "Votes",
                column: "BlockNumber");

            migrationBuilder.CreateIndex(
                name: "IX_Votes_Voter",
                table: "Votes",
                column: "Voter");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ApiKeys");

            migrationBuilder.DropTable(
                name: "Ballots");

            migrationBuilder.DropTable(
                name: "ChainBindings");

            migrationBuilder.DropTable(
                name: "CivicActions");

            migrationBuilder.DropTable(
                name: "Credentials");

            migrationBuilder.DropTable(
                name: "DeviceKeys");

            migrationBuilder.DropTable(
                name: "DeviceSignatures");

            migrationBuilder.DropTable(
                name: "DidEvents");

            migrationBuilder.DropTable(
                name: "IndexedBlocks");

            migrationBuilder.DropTable(
                name: "IndexerCheckpoints");

            migrationBuilder.DropTable(
                name: "OutboxAccounts");

            migrationBuilder.DropTable(
                name: "OutboxAttempts");

            migrationBuilder.DropTable(
                name: "ProgramAudits");

            migrationBuilder.DropTable(
                name: "RawLogs");

            migrationBuilder.DropTable(
                name: "Redemptions");

            migrationBuilder.DropTable(
                name: "RewardBatches");

            migrationBuilder.DropTable(
                name: "TokenBalances");

            migrationBuilder.DropTable(
                name: "TokenDailyStats");

            migrationBuilder.DropTable(
                name: "TokenSupply");

            migrationBuilder.DropTable(
                name: "TokenTransfers");

            migrationBuilder.DropTable(
                name: "Votes");

            migrationBuilder.DropTable(
                name: "Devices");

            migrationBuilder.DropTable(
                name: "OutboxEntries");

            migrationBuilder.DropTable(
                name: "RewardPrograms");
        }
    }
}
