using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace CityToken.Api.Storage.Migrations.PostgreSQL
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
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false, collation: "C"),
                    Roles = table.Column<List<string>>(type: "text[]", nullable: false),
                    KeyHash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false, collation: "C"),
                    CreatedAt = table.Column<long>(type: "bigint", nullable: false),
                    RotatedAt = table.Column<long>(type: "bigint", nullable: true),
                    RevokedAt = table.Column<long>(type: "bigint", nullable: true),
                    SecurityStamp = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false, collation: "C")
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ApiKeys", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "AuditEntries",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    At = table.Column<long>(type: "bigint", nullable: false),
                    ActorKeyId = table.Column<int>(type: "integer", nullable: true),
                    ActorName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false, collation: "C"),
                    ActorRoles = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false, collation: "C"),
                    Method = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false, collation: "C"),
                    Route = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false, collation: "C"),
                    Path = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false, collation: "C"),
                    TargetId = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true, collation: "C"),
                    StatusCode = table.Column<int>(type: "integer", nullable: false),
                    BeforeJson = table.Column<string>(type: "text", nullable: true, collation: "C"),
                    AfterJson = table.Column<string>(type: "text", nullable: true, collation: "C")
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AuditEntries", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "BallotMetadata",
                columns: table => new
                {
                    Hash = table.Column<string>(type: "character varying(66)", maxLength: 66, nullable: false, collation: "C"),
                    Json = table.Column<string>(type: "character varying(20000)", maxLength: 20000, nullable: false, collation: "C"),
                    CreatedAt = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_BallotMetadata", x => x.Hash);
                });

            migrationBuilder.CreateTable(
                name: "Ballots",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false),
                    CredentialType = table.Column<string>(type: "character varying(66)", maxLength: 66, nullable: false, collation: "C"),
                    MetadataHash = table.Column<string>(type: "character varying(66)", maxLength: 66, nullable: false, collation: "C"),
                    MetadataUri = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    OptionCount = table.Column<int>(type: "integer", nullable: false),
                    Start = table.Column<long>(type: "bigint", nullable: false),
                    End = table.Column<long>(type: "bigint", nullable: false),
                    Quorum = table.Column<string>(type: "character varying(78)", maxLength: 78, nullable: false, collation: "C"),
                    CreatedBlock = table.Column<long>(type: "bigint", nullable: false),
                    CreatedTransaction = table.Column<string>(type: "character varying(66)", maxLength: 66, nullable: false, collation: "C"),
                    CancelledBlock = table.Column<long>(type: "bigint", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Ballots", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "CatalogListings",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Uri = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false, collation: "C"),
                    Name = table.Column<string>(type: "character varying(120)", maxLength: 120, nullable: false, collation: "C"),
                    Description = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false, collation: "C"),
                    CreatedAt = table.Column<long>(type: "bigint", nullable: false),
                    UpdatedAt = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CatalogListings", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "CatalogRequests",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Kind = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false, collation: "C"),
                    RewardId = table.Column<long>(type: "bigint", nullable: true),
                    ListingId = table.Column<Guid>(type: "uuid", nullable: true),
                    RequestedBy = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false, collation: "C"),
                    CreatedAt = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CatalogRequests", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "CatalogRewardChanges",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    RewardId = table.Column<long>(type: "bigint", nullable: false),
                    BlockNumber = table.Column<long>(type: "bigint", nullable: false),
                    LogIndex = table.Column<int>(type: "integer", nullable: false),
                    Event = table.Column<string>(type: "character varying(24)", maxLength: 24, nullable: false, collation: "C"),
                    Price = table.Column<string>(type: "character varying(78)", maxLength: 78, nullable: false, collation: "C"),
                    Stock = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false, collation: "C"),
                    Merchant = table.Column<string>(type: "character varying(42)", maxLength: 42, nullable: true, collation: "C"),
                    Active = table.Column<bool>(type: "boolean", nullable: false),
                    Uri = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false, collation: "C")
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CatalogRewardChanges", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "CatalogRewards",
                columns: table => new
                {
                    RewardId = table.Column<long>(type: "bigint", nullable: false),
                    Price = table.Column<string>(type: "character varying(78)", maxLength: 78, nullable: false, collation: "C"),
                    Stock = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false, collation: "C"),
                    Merchant = table.Column<string>(type: "character varying(42)", maxLength: 42, nullable: true, collation: "C"),
                    Active = table.Column<bool>(type: "boolean", nullable: false),
                    Uri = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false, collation: "C"),
                    AddedBlock = table.Column<long>(type: "bigint", nullable: false),
                    UpdatedBlock = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CatalogRewards", x => x.RewardId);
                });

            migrationBuilder.CreateTable(
                name: "ChainBindings",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ChainId = table.Column<long>(type: "bigint", nullable: false),
                    DeploymentBlock = table.Column<long>(type: "bigint", nullable: false),
                    DeploymentBlockHash = table.Column<string>(type: "character varying(66)", maxLength: 66, nullable: false, collation: "C"),
                    TokenAddress = table.Column<string>(type: "character varying(42)", maxLength: 42, nullable: false, collation: "C"),
                    BoundAt = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ChainBindings", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Credentials",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false),
                    Subject = table.Column<string>(type: "character varying(42)", maxLength: 42, nullable: false, collation: "C"),
                    CredentialType = table.Column<string>(type: "character varying(66)", maxLength: 66, nullable: false, collation: "C"),
                    PersonKey = table.Column<string>(type: "character varying(66)", maxLength: 66, nullable: false, collation: "C"),
                    Issuer = table.Column<string>(type: "character varying(42)", maxLength: 42, nullable: false, collation: "C"),
                    IssuedAt = table.Column<long>(type: "bigint", nullable: false),
                    ExpiresAt = table.Column<long>(type: "bigint", nullable: false),
                    DataHash = table.Column<string>(type: "character varying(66)", maxLength: 66, nullable: false, collation: "C"),
                    Uri = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    IssuedBlock = table.Column<long>(type: "bigint", nullable: false),
                    IssuedTransaction = table.Column<string>(type: "character varying(66)", maxLength: 66, nullable: false, collation: "C"),
                    RevokedAt = table.Column<long>(type: "bigint", nullable: true),
                    RevokedBy = table.Column<string>(type: "character varying(42)", maxLength: 42, nullable: true, collation: "C"),
                    RevocationReason = table.Column<int>(type: "integer", nullable: true),
                    SupersededBy = table.Column<long>(type: "bigint", nullable: true),
                    RevokedBlock = table.Column<long>(type: "bigint", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Credentials", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "DataProtectionKeys",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    FriendlyName = table.Column<string>(type: "text", nullable: true, collation: "C"),
                    Xml = table.Column<string>(type: "text", nullable: true, collation: "C")
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DataProtectionKeys", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "DeviceSignatures",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    DeviceId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false, collation: "C"),
                    Signature = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false, collation: "C"),
                    SeenAt = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DeviceSignatures", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "DidEvents",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Identity = table.Column<string>(type: "character varying(42)", maxLength: 42, nullable: false, collation: "C"),
                    Kind = table.Column<int>(type: "integer", nullable: false),
                    Name = table.Column<byte[]>(type: "bytea", maxLength: 32, nullable: true),
                    Address = table.Column<string>(type: "character varying(42)", maxLength: 42, nullable: true, collation: "C"),
                    Value = table.Column<byte[]>(type: "bytea", nullable: true),
                    ValidTo = table.Column<long>(type: "bigint", nullable: false),
                    PreviousChange = table.Column<long>(type: "bigint", nullable: false),
                    BlockNumber = table.Column<long>(type: "bigint", nullable: false),
                    BlockTimestamp = table.Column<long>(type: "bigint", nullable: false),
                    TransactionHash = table.Column<string>(type: "character varying(66)", maxLength: 66, nullable: false, collation: "C"),
                    LogIndex = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DidEvents", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "IndexedBlocks",
                columns: table => new
                {
                    Number = table.Column<long>(type: "bigint", nullable: false),
                    Hash = table.Column<string>(type: "character varying(66)", maxLength: 66, nullable: false, collation: "C"),
                    ParentHash = table.Column<string>(type: "character varying(66)", maxLength: 66, nullable: false, collation: "C"),
                    Timestamp = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_IndexedBlocks", x => x.Number);
                });

            migrationBuilder.CreateTable(
                name: "IndexerCheckpoints",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false),
                    ChainId = table.Column<long>(type: "bigint", nullable: false),
                    ContractsKey = table.Column<string>(type: "character varying(66)", maxLength: 66, nullable: false, collation: "C"),
                    BlockNumber = table.Column<long>(type: "bigint", nullable: false),
                    BlockHash = table.Column<string>(type: "character varying(66)", maxLength: 66, nullable: true, collation: "C"),
                    UpdatedAt = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_IndexerCheckpoints", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "MintingState",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false),
                    BatchIdPrefix = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false, collation: "C"),
                    NextSequence = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MintingState", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "OutboxAccounts",
                columns: table => new
                {
                    Address = table.Column<string>(type: "character varying(42)", maxLength: 42, nullable: false, collation: "C"),
                    NextNonce = table.Column<long>(type: "bigint", nullable: false),
                    UpdatedAt = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OutboxAccounts", x => x.Address);
                });

            migrationBuilder.CreateTable(
                name: "OutboxEntries",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    IdempotencyKey = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false, collation: "C"),
                    RequestHash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false, collation: "C"),
                    Purpose = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false, collation: "C"),
                    Sender = table.Column<string>(type: "character varying(42)", maxLength: 42, nullable: false, collation: "C"),
                    To = table.Column<string>(type: "character varying(42)", maxLength: 42, nullable: false, collation: "C"),
                    Data = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    Value = table.Column<string>(type: "character varying(80)", maxLength: 80, nullable: false, collation: "C"),
                    RequestedGasLimit = table.Column<long>(type: "bigint", nullable: true),
                    Status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    Nonce = table.Column<long>(type: "bigint", nullable: true),
                    TxHash = table.Column<string>(type: "character varying(66)", maxLength: 66, nullable: true, collation: "C"),
                    BlockNumber = table.Column<long>(type: "bigint", nullable: true),
                    BlockHash = table.Column<string>(type: "character varying(66)", maxLength: 66, nullable: true, collation: "C"),
                    GasUsed = table.Column<long>(type: "bigint", nullable: true),
                    Confirmations = table.Column<long>(type: "bigint", nullable: false),
                    Error = table.Column<string>(type: "text", nullable: true, collation: "C"),
                    PreflightFailures = table.Column<int>(type: "integer", nullable: false),
                    CreatedAt = table.Column<long>(type: "bigint", nullable: false),
                    UpdatedAt = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OutboxEntries", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "OutboxLeases",
                columns: table => new
                {
                    Sender = table.Column<string>(type: "character varying(42)", maxLength: 42, nullable: false, collation: "C"),
                    Holder = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false, collation: "C"),
                    Generation = table.Column<long>(type: "bigint", nullable: false),
                    AcquiredAt = table.Column<long>(type: "bigint", nullable: false),
                    RenewedAt = table.Column<long>(type: "bigint", nullable: false),
                    ExpiresAt = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OutboxLeases", x => x.Sender);
                });

            migrationBuilder.CreateTable(
                name: "RawLogs",
                columns: table => new
                {
                    BlockNumber = table.Column<long>(type: "bigint", nullable: false),
                    LogIndex = table.Column<int>(type: "integer", nullable: false),
                    ChainId = table.Column<long>(type: "bigint", nullable: false),
                    BlockHash = table.Column<byte[]>(type: "bytea", maxLength: 32, nullable: false),
                    TransactionHash = table.Column<byte[]>(type: "bytea", maxLength: 32, nullable: false),
                    TransactionIndex = table.Column<int>(type: "integer", nullable: false),
                    Address = table.Column<byte[]>(type: "bytea", maxLength: 20, nullable: false),
                    Topics = table.Column<byte[]>(type: "bytea", nullable: false),
                    Data = table.Column<byte[]>(type: "bytea", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RawLogs", x => new { x.BlockNumber, x.LogIndex });
                });

            migrationBuilder.CreateTable(
                name: "ReconciliationRuns",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    RanAt = table.Column<long>(type: "bigint", nullable: false),
                    Ok = table.Column<bool>(type: "boolean", nullable: false),
                    DifferenceCount = table.Column<int>(type: "integer", nullable: false),
                    ReportJson = table.Column<string>(type: "text", nullable: false, collation: "C")
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ReconciliationRuns", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "RedemptionRequests",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Resident = table.Column<string>(type: "character varying(42)", maxLength: 42, nullable: false, collation: "C"),
                    RewardId = table.Column<long>(type: "bigint", nullable: false),
                    Quantity = table.Column<string>(type: "character varying(78)", maxLength: 78, nullable: false, collation: "C"),
                    Cost = table.Column<string>(type: "character varying(78)", maxLength: 78, nullable: false, collation: "C"),
                    PermitNonce = table.Column<string>(type: "character varying(78)", maxLength: 78, nullable: false, collation: "C"),
                    Deadline = table.Column<long>(type: "bigint", nullable: false),
                    Price = table.Column<string>(type: "character varying(78)", maxLength: 78, nullable: true, collation: "C"),
                    ChoiceSignature = table.Column<string>(type: "character varying(132)", maxLength: 132, nullable: true, collation: "C"),
                    ActiveKey = table.Column<string>(type: "character varying(130)", maxLength: 130, nullable: true, collation: "C"),
                    OutboxKey = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false, collation: "C"),
                    CreatedAt = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RedemptionRequests", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Redemptions",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false),
                    Resident = table.Column<string>(type: "character varying(42)", maxLength: 42, nullable: false, collation: "C"),
                    RewardId = table.Column<long>(type: "bigint", nullable: false),
                    Quantity = table.Column<string>(type: "character varying(78)", maxLength: 78, nullable: false, collation: "C"),
                    Price = table.Column<string>(type: "character varying(78)", maxLength: 78, nullable: false, collation: "C"),
                    Total = table.Column<string>(type: "character varying(78)", maxLength: 78, nullable: false, collation: "C"),
                    TransactionHash = table.Column<string>(type: "character varying(66)", maxLength: 66, nullable: false, collation: "C"),
                    BlockNumber = table.Column<long>(type: "bigint", nullable: false),
                    LogIndex = table.Column<int>(type: "integer", nullable: false),
                    BlockTime = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Redemptions", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "RewardBatches",
                columns: table => new
                {
                    BatchId = table.Column<string>(type: "character varying(66)", maxLength: 66, nullable: false, collation: "C"),
                    Count = table.Column<int>(type: "integer", nullable: false),
                    Total = table.Column<string>(type: "character varying(78)", maxLength: 78, nullable: false, collation: "C"),
                    TransactionHash = table.Column<string>(type: "character varying(66)", maxLength: 66, nullable: false, collation: "C"),
                    BlockNumber = table.Column<long>(type: "bigint", nullable: false),
                    LogIndex = table.Column<int>(type: "integer", nullable: false),
                    BlockTime = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RewardBatches", x => x.BatchId);
                });

            migrationBuilder.CreateTable(
                name: "RewardPrograms",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Slug = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false, collation: "C"),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false, collation: "C"),
                    ActionType = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false, collation: "C"),
                    RuleJson = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    MaxQuantity = table.Column<decimal>(type: "numeric(28,10)", precision: 28, scale: 10, nullable: false),
                    DailyCap = table.Column<string>(type: "character varying(80)", maxLength: 80, nullable: true, collation: "C"),
                    MonthlyCap = table.Column<string>(type: "character varying(80)", maxLength: 80, nullable: true, collation: "C"),
                    Budget = table.Column<string>(type: "character varying(80)", maxLength: 80, nullable: false, collation: "C"),
                    Reserved = table.Column<string>(type: "character varying(80)", maxLength: 80, nullable: false, collation: "C"),
                    Confirmed = table.Column<string>(type: "character varying(80)", maxLength: 80, nullable: false, collation: "C"),
                    StartsAt = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    EndsAt = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    Active = table.Column<bool>(type: "boolean", nullable: false),
                    CreatedAt = table.Column<long>(type: "bigint", nullable: false),
                    UpdatedAt = table.Column<long>(type: "bigint", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RewardPrograms", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "SiweNonces",
                columns: table => new
                {
                    Value = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false, collation: "C"),
                    IssuedAt = table.Column<long>(type: "bigint", nullable: false),
                    ExpiresAt = table.Column<long>(type: "bigint", nullable: false),
                    UsedAt = table.Column<long>(type: "bigint", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SiweNonces", x => x.Value);
                });

            migrationBuilder.CreateTable(
                name: "TokenBalances",
                columns: table => new
                {
                    Address = table.Column<string>(type: "character varying(42)", maxLength: 42, nullable: false, collation: "C"),
                    Balance = table.Column<string>(type: "character varying(78)", maxLength: 78, nullable: false, collation: "C")
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TokenBalances", x => x.Address);
                });

            migrationBuilder.CreateTable(
                name: "TokenDailyStats",
                columns: table => new
                {
                    Day = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false, collation: "C"),
                    Minted = table.Column<string>(type: "character varying(78)", maxLength: 78, nullable: false, collation: "C"),
                    Burned = table.Column<string>(type: "character varying(78)", maxLength: 78, nullable: false, collation: "C"),
                    Mints = table.Column<int>(type: "integer", nullable: false),
                    Transfers = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TokenDailyStats", x => x.Day);
                });

            migrationBuilder.CreateTable(
                name: "TokenSupply",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false),
                    TotalSupply = table.Column<string>(type: "character varying(78)", maxLength: 78, nullable: false, collation: "C"),
                    Minted = table.Column<string>(type: "character varying(78)", maxLength: 78, nullable: false, collation: "C"),
                    Burned = table.Column<string>(type: "character varying(78)", maxLength: 78, nullable: false, collation: "C")
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TokenSupply", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "TokenTransfers",
                columns: table => new
                {
                    BlockNumber = table.Column<long>(type: "bigint", nullable: false),
                    LogIndex = table.Column<int>(type: "integer", nullable: false),
                    From = table.Column<string>(type: "character varying(42)", maxLength: 42, nullable: false, collation: "C"),
                    To = table.Column<string>(type: "character varying(42)", maxLength: 42, nullable: false, collation: "C"),
                    Amount = table.Column<string>(type: "character varying(78)", maxLength: 78, nullable: false, collation: "C"),
                    TransactionHash = table.Column<string>(type: "character varying(66)", maxLength: 66, nullable: false, collation: "C"),
                    BlockTime = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TokenTransfers", x => new { x.BlockNumber, x.LogIndex });
                });

            migrationBuilder.CreateTable(
                name: "Votes",
                columns: table => new
                {
                    BallotId = table.Column<long>(type: "bigint", nullable: false),
                    PersonKey = table.Column<string>(type: "character varying(66)", maxLength: 66, nullable: false, collation: "C"),
                    Voter = table.Column<string>(type: "character varying(42)", maxLength: 42, nullable: false, collation: "C"),
                    Signer = table.Column<string>(type: "character varying(42)", maxLength: 42, nullable: false, collation: "C"),
                    Option = table.Column<int>(type: "integer", nullable: false),
                    TransactionHash = table.Column<string>(type: "character varying(66)", maxLength: 66, nullable: false, collation: "C"),
                    BlockNumber = table.Column<long>(type: "bigint", nullable: false),
                    LogIndex = table.Column<int>(type: "integer", nullable: false),
                    BlockTime = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Votes", x => new { x.BallotId, x.PersonKey });
                });

            migrationBuilder.CreateTable(
                name: "Vouchers",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    RedemptionId = table.Column<long>(type: "bigint", nullable: false),
                    TransactionHash = table.Column<string>(type: "character varying(66)", maxLength: 66, nullable: false, collation: "C"),
                    Resident = table.Column<string>(type: "character varying(42)", maxLength: 42, nullable: false, collation: "C"),
                    RewardId = table.Column<long>(type: "bigint", nullable: false),
                    Merchant = table.Column<string>(type: "character varying(42)", maxLength: 42, nullable: false, collation: "C"),
                    CodeHash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false, collation: "C"),
                    SealedCode = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false, collation: "C"),
                    IssuedAt = table.Column<long>(type: "bigint", nullable: false),
                    UsedAt = table.Column<long>(type: "bigint", nullable: true),
                    UsedByKeyId = table.Column<int>(type: "integer", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Vouchers", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "MerchantKeys",
                columns: table => new
                {
                    ApiKeyId = table.Column<int>(type: "integer", nullable: false),
                    Merchant = table.Column<string>(type: "character varying(42)", maxLength: 42, nullable: false, collation: "C")
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
                name: "BallotRequests",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    RequestKey = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false, collation: "C"),
                    MetadataHash = table.Column<string>(type: "character varying(66)", maxLength: 66, nullable: false, collation: "C"),
                    CredentialType = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false, collation: "C"),
                    Start = table.Column<long>(type: "bigint", nullable: false),
                    End = table.Column<long>(type: "bigint", nullable: false),
                    OptionCount = table.Column<int>(type: "integer", nullable: false),
                    Quorum = table.Column<string>(type: "character varying(78)", maxLength: 78, nullable: false, collation: "C"),
                    RequestedBy = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false, collation: "C"),
                    RequestedAt = table.Column<long>(type: "bigint", nullable: false),
                    EntryId = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_BallotRequests", x => x.Id);
                    table.ForeignKey(
                        name: "FK_BallotRequests_OutboxEntries_EntryId",
                        column: x => x.EntryId,
                        principalTable: "OutboxEntries",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "CredentialRequests",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    RequestKey = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false, collation: "C"),
                    Did = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false, collation: "C"),
                    Subject = table.Column<string>(type: "character varying(42)", maxLength: 42, nullable: false, collation: "C"),
                    CredentialType = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false, collation: "C"),
                    CredentialTypeHash = table.Column<string>(type: "character varying(66)", maxLength: 66, nullable: false, collation: "C"),
                    PersonKey = table.Column<string>(type: "character varying(66)", maxLength: 66, nullable: false, collation: "C"),
                    ExpiresAt = table.Column<long>(type: "bigint", nullable: false),
                    DataHash = table.Column<string>(type: "character varying(66)", maxLength: 66, nullable: false, collation: "C"),
                    Data = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false, collation: "C"),
                    RequestedBy = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false, collation: "C"),
                    RequestedAt = table.Column<long>(type: "bigint", nullable: false),
                    IssueEntryId = table.Column<long>(type: "bigint", nullable: false),
                    RevokeEntryId = table.Column<long>(type: "bigint", nullable: true),
                    RevokeRequestedBy = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true, collation: "C"),
                    RevokeRequestedAt = table.Column<long>(type: "bigint", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CredentialRequests", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CredentialRequests_OutboxEntries_IssueEntryId",
                        column: x => x.IssueEntryId,
                        principalTable: "OutboxEntries",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_CredentialRequests_OutboxEntries_RevokeEntryId",
                        column: x => x.RevokeEntryId,
                        principalTable: "OutboxEntries",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "MintBatches",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    BatchId = table.Column<string>(type: "character varying(66)", maxLength: 66, nullable: false, collation: "C"),
                    OutboxEntryId = table.Column<long>(type: "bigint", nullable: false),
                    Status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false, collation: "C"),
                    ActionCount = table.Column<int>(type: "integer", nullable: false),
                    RecipientCount = table.Column<int>(type: "integer", nullable: false),
                    Total = table.Column<string>(type: "character varying(80)", maxLength: 80, nullable: false, collation: "C"),
                    TxHash = table.Column<string>(type: "character varying(66)", maxLength: 66, nullable: true, collation: "C"),
                    BlockNumber = table.Column<long>(type: "bigint", nullable: true),
                    Reason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true, collation: "C"),
                    CreatedAt = table.Column<long>(type: "bigint", nullable: false),
                    UpdatedAt = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MintBatches", x => x.Id);
                    table.ForeignKey(
                        name: "FK_MintBatches_OutboxEntries_OutboxEntryId",
                        column: x => x.OutboxEntryId,
                        principalTable: "OutboxEntries",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "OutboxAttempts",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    EntryId = table.Column<long>(type: "bigint", nullable: false),
                    Number = table.Column<int>(type: "integer", nullable: false),
                    Nonce = table.Column<long>(type: "bigint", nullable: false),
                    TxHash = table.Column<string>(type: "character varying(66)", maxLength: 66, nullable: false, collation: "C"),
                    RawTransaction = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    GasLimit = table.Column<long>(type: "bigint", nullable: false),
                    MaxFeePerGas = table.Column<string>(type: "character varying(80)", maxLength: 80, nullable: false, collation: "C"),
                    MaxPriorityFeePerGas = table.Column<string>(type: "character varying(80)", maxLength: 80, nullable: false, collation: "C"),
                    Status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    SignedAt = table.Column<long>(type: "bigint", nullable: false),
                    BroadcastAt = table.Column<long>(type: "bigint", nullable: true),
                    BroadcastBlock = table.Column<long>(type: "bigint", nullable: true),
                    LastError = table.Column<string>(type: "text", nullable: true, collation: "C")
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
                name: "VoteRequests",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    BallotId = table.Column<long>(type: "bigint", nullable: false),
                    Voter = table.Column<string>(type: "character varying(42)", maxLength: 42, nullable: false, collation: "C"),
                    Signer = table.Column<string>(type: "character varying(42)", maxLength: 42, nullable: false, collation: "C"),
                    PersonKey = table.Column<string>(type: "character varying(66)", maxLength: 66, nullable: false, collation: "C"),
                    Option = table.Column<int>(type: "integer", nullable: false),
                    Nonce = table.Column<string>(type: "character varying(78)", maxLength: 78, nullable: false, collation: "C"),
                    Deadline = table.Column<string>(type: "character varying(78)", maxLength: 78, nullable: false, collation: "C"),
                    Signature = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false, collation: "C"),
                    ActiveKey = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true, collation: "C"),
                    CreatedAt = table.Column<long>(type: "bigint", nullable: false),
                    EntryId = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_VoteRequests", x => x.Id);
                    table.ForeignKey(
                        name: "FK_VoteRequests_OutboxEntries_EntryId",
                        column: x => x.EntryId,
                        principalTable: "OutboxEntries",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "CivicActions",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Reporter = table.Column<string>(type: "character varying(120)", maxLength: 120, nullable: false, collation: "C"),
                    ExternalId = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false, collation: "C"),
                    RequestHash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false, collation: "C"),
                    ProgramSlug = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false, collation: "C"),
                    ProgramId = table.Column<int>(type: "integer", nullable: true),
                    DeviceId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true, collation: "C"),
                    Resident = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false, collation: "C"),
                    Quantity = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false, collation: "C"),
                    Category = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: true, collation: "C"),
                    OccurredAt = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    LocalDay = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false, collation: "C"),
                    LocalMonth = table.Column<string>(type: "character varying(7)", maxLength: 7, nullable: false, collation: "C"),
                    Evidence = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true, collation: "C"),
                    Status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false, collation: "C"),
                    Amount = table.Column<string>(type: "character varying(80)", maxLength: 80, nullable: false, collation: "C"),
                    Reason = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true, collation: "C"),
                    ReasonDetail = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true, collation: "C"),
                    BatchId = table.Column<string>(type: "character varying(66)", maxLength: 66, nullable: true, collation: "C"),
                    TxHash = table.Column<string>(type: "character varying(66)", maxLength: 66, nullable: true, collation: "C"),
                    BlockNumber = table.Column<long>(type: "bigint", nullable: true),
                    CreatedAt = table.Column<long>(type: "bigint", nullable: false),
                    UpdatedAt = table.Column<long>(type: "bigint", nullable: false)
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
                    Id = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false, collation: "C"),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false, collation: "C"),
                    ProgramId = table.Column<int>(type: "integer", nullable: false),
                    CreatedAt = table.Column<long>(type: "bigint", nullable: false)
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
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ProgramId = table.Column<int>(type: "integer", nullable: false),
                    Actor = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false, collation: "C"),
                    At = table.Column<long>(type: "bigint", nullable: false),
                    Change = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false, collation: "C"),
                    BeforeJson = table.Column<string>(type: "text", nullable: true, collation: "C"),
                    AfterJson = table.Column<string>(type: "text", nullable: false, collation: "C")
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
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    DeviceId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false, collation: "C"),
                    ProtectedSecret = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    CreatedAt = table.Column<long>(type: "bigint", nullable: false),
                    RevokedAt = table.Column<long>(type: "bigint", nullable: true),
                    AcceptedUntil = table.Column<long>(type: "bigint", nullable: true)
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
                name: "IX_AuditEntries_ActorName",
                table: "AuditEntries",
                column: "ActorName");

            migrationBuilder.CreateIndex(
                name: "IX_AuditEntries_TargetId",
                table: "AuditEntries",
                column: "TargetId");

            migrationBuilder.CreateIndex(
                name: "IX_BallotRequests_EntryId",
                table: "BallotRequests",
                column: "EntryId");

            migrationBuilder.CreateIndex(
                name: "IX_BallotRequests_RequestKey",
                table: "BallotRequests",
                column: "RequestKey",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Ballots_CreatedBlock",
                table: "Ballots",
                column: "CreatedBlock");

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
                name: "IX_CredentialRequests_IssueEntryId",
                table: "CredentialRequests",
                column: "IssueEntryId");

            migrationBuilder.CreateIndex(
                name: "IX_CredentialRequests_RequestKey",
                table: "CredentialRequests",
                column: "RequestKey",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_CredentialRequests_RevokeEntryId",
                table: "CredentialRequests",
                column: "RevokeEntryId");

            migrationBuilder.CreateIndex(
                name: "IX_CredentialRequests_Subject",
                table: "CredentialRequests",
                column: "Subject");

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
                name: "IX_MerchantKeys_Merchant",
                table: "MerchantKeys",
                column: "Merchant");

            migrationBuilder.CreateIndex(
                name: "IX_MintBatches_BatchId",
                table: "MintBatches",
                column: "BatchId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_MintBatches_OutboxEntryId",
                table: "MintBatches",
                column: "OutboxEntryId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_MintBatches_Status_Id",
                table: "MintBatches",
                columns: new[] { "Status", "Id" });

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
                name: "IX_RawLogs_ChainId_TransactionHash_LogIndex",
                table: "RawLogs",
                columns: new[] { "ChainId", "TransactionHash", "LogIndex" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ReconciliationRuns_RanAt",
                table: "ReconciliationRuns",
                column: "RanAt");

            migrationBuilder.CreateIndex(
                name: "IX_RedemptionRequests_ActiveKey",
                table: "RedemptionRequests",
                column: "ActiveKey",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_RedemptionRequests_OutboxKey",
                table: "RedemptionRequests",
                column: "OutboxKey",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_RedemptionRequests_Resident_CreatedAt",
                table: "RedemptionRequests",
                columns: new[] { "Resident", "CreatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_RedemptionRequests_Resident_PermitNonce",
                table: "RedemptionRequests",
                columns: new[] { "Resident", "PermitNonce" });

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
                name: "IX_SiweNonces_ExpiresAt",
                table: "SiweNonces",
                column: "ExpiresAt");

            migrationBuilder.CreateIndex(
                name: "IX_TokenTransfers_From_BlockNumber_LogIndex",
                table: "TokenTransfers",
                columns: new[] { "From", "BlockNumber", "LogIndex" });

            migrationBuilder.CreateIndex(
                name: "IX_TokenTransfers_To_BlockNumber_LogIndex",
                table: "TokenTransfers",
                columns: new[] { "To", "BlockNumber", "LogIndex" });

            migrationBuilder.CreateIndex(
                name: "IX_VoteRequests_ActiveKey",
                table: "VoteRequests",
                column: "ActiveKey",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_VoteRequests_BallotId_Signature",
                table: "VoteRequests",
                columns: new[] { "BallotId", "Signature" });

            migrationBuilder.CreateIndex(
                name: "IX_VoteRequests_BallotId_Voter",
                table: "VoteRequests",
                columns: new[] { "BallotId", "Voter" });

            migrationBuilder.CreateIndex(
                name: "IX_VoteRequests_EntryId",
                table: "VoteRequests",
                column: "EntryId");

            migrationBuilder.CreateIndex(
                name: "IX_Votes_BlockNumber",
                table: "Votes",
                column: "BlockNumber");

            migrationBuilder.CreateIndex(
                name: "IX_Votes_Voter",
                table: "Votes",
                column: "Voter");

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
                name: "AuditEntries");

            migrationBuilder.DropTable(
                name: "BallotMetadata");

            migrationBuilder.DropTable(
                name: "BallotRequests");

            migrationBuilder.DropTable(
                name: "Ballots");

            migrationBuilder.DropTable(
                name: "CatalogListings");

            migrationBuilder.DropTable(
                name: "CatalogRequests");

            migrationBuilder.DropTable(
                name: "CatalogRewardChanges");

            migrationBuilder.DropTable(
                name: "CatalogRewards");

            migrationBuilder.DropTable(
                name: "ChainBindings");

            migrationBuilder.DropTable(
                name: "CivicActions");

            migrationBuilder.DropTable(
                name: "CredentialRequests");

            migrationBuilder.DropTable(
                name: "Credentials");

            migrationBuilder.DropTable(
                name: "DataProtectionKeys");

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
                name: "MerchantKeys");

            migrationBuilder.DropTable(
                name: "MintBatches");

            migrationBuilder.DropTable(
                name: "MintingState");

            migrationBuilder.DropTable(
                name: "OutboxAccounts");

            migrationBuilder.DropTable(
                name: "OutboxAttempts");

            migrationBuilder.DropTable(
                name: "OutboxLeases");

            migrationBuilder.DropTable(
                name: "ProgramAudits");

            migrationBuilder.DropTable(
                name: "RawLogs");

            migrationBuilder.DropTable(
                name: "ReconciliationRuns");

            migrationBuilder.DropTable(
                name: "RedemptionRequests");

            migrationBuilder.DropTable(
                name: "Redemptions");

            migrationBuilder.DropTable(
                name: "RewardBatches");

            migrationBuilder.DropTable(
                name: "SiweNonces");

            migrationBuilder.DropTable(
                name: "TokenBalances");

            migrationBuilder.DropTable(
                name: "TokenDailyStats");

            migrationBuilder.DropTable(
                name: "TokenSupply");

            migrationBuilder.DropTable(
                name: "TokenTransfers");

            migrationBuilder.DropTable(
                name: "VoteRequests");

            migrationBuilder.DropTable(
                name: "Votes");

            migrationBuilder.DropTable(
                name: "Vouchers");

            migrationBuilder.DropTable(
                name: "Devices");

            migrationBuilder.DropTable(
                name: "ApiKeys");

            migrationBuilder.DropTable(
                name: "OutboxEntries");

            migrationBuilder.DropTable(
                name: "RewardPrograms");
        }
    }
}
