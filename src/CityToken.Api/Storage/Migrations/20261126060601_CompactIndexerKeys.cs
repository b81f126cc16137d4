using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CityToken.Api.Storage.Migrations
{
    /// <summary>
    /// Raw logs keyed by (block, log index) with hashes, address, topics and data as bytes; token transfers keyed by
    /// (block, log index) without a tx-hash index. Both tables are recreated empty and the indexer checkpoint is removed,
    /// so that the indexer rebuilds every projection from the deployment block (recreating the tables instead of
    /// altering them avoids SQLite's table rebuild, which cannot run inside the migration's transaction).
    /// </summary>
    public partial class CompactIndexerKeys : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DELETE FROM \"IndexerCheckpoints\";");
            migrationBuilder.DropTable(name: "RawLogs");
            migrationBuilder.DropTable(name: "TokenTransfers");

            migrationBuilder.CreateTable(
                name: "RawLogs",
                columns: table => new
                {
                    BlockNumber = table.Column<long>(type: "INTEGER", nullable: false),
                    LogIndex = table.Column<int>(type: "INTEGER", nullable: false),
                    ChainId = table.Column<long>(type: "INTEGER", nullable: false),
                    BlockHash = table.Column<byte[]>(type: "BLOB", maxLength: 32, nullable: false),
                    TransactionHash = table.Column<byte[]>(type: "BLOB", maxLength: 32, nullable: false),
                    TransactionIndex = table.Column<int>(type: "INTEGER", nullable: false),
                    Address = table.Column<byte[]>(type: "BLOB", maxLength: 20, nullable: false),
                    Topics = table.Column<byte[]>(type: "BLOB", nullable: false),
                    Data = table.Column<byte[]>(type: "BLOB", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RawLogs", x => new { x.BlockNumber, x.LogIndex });
                });

            migrationBuilder.CreateTable(
                name: "TokenTransfers",
                columns: table => new
                {
                    BlockNumber = table.Column<long>(type: "INTEGER", nullable: false),
                    LogIndex = table.Column<int>(type: "INTEGER", nullable: false),
                    TransactionHash = table.Column<string>(type: "TEXT", maxLength: 66, nullable: false),
                    BlockTime = table.Column<long>(type: "INTEGER", nullable: false),
                    From = table.Column<string>(type: "TEXT", maxLength: 42, nullable: false),
                    To = table.Column<string>(type: "TEXT", maxLength: 42, nullable: false),
                    Amount = table.Column<string>(type: "TEXT", maxLength: 78, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TokenTransfers", x => new { x.BlockNumber, x.LogIndex });
                });

            migrationBuilder.CreateIndex(
                name: "IX_RawLogs_ChainId_TransactionHash_LogIndex",
                table: "RawLogs",
                columns: new[] { "ChainId", "TransactionHash", "LogIndex" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_TokenTransfers_From_BlockNumber_LogIndex",
                table: "TokenTransfers",
                columns: new[] { "From", "BlockNumber", "LogIndex" });

            migrationBuilder.CreateIndex(
                name: "IX_TokenTransfers_To_BlockNumber_LogIndex",
                table: "TokenTransfers",
                columns: new[] { "To", "BlockNumber", "LogIndex" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DELETE FROM \"IndexerCheckpoints\";");
            migrationBuilder.DropTable(name: "RawLogs");
            migrationBuilder.DropTable(name: "TokenTransfers");

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
        }
    }
}
