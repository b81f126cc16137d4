using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CityToken.Api.Storage.Migrations
{
    /// <inheritdoc />
    public partial class Anchoring : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "AnchorRecords",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Hash = table.Column<string>(type: "TEXT", maxLength: 66, nullable: false),
                    Label = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    Source = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    SubmittedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    SubmittedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    TreeId = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AnchorRecords", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "AnchorTrees",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Root = table.Column<string>(type: "TEXT", maxLength: 66, nullable: false),
                    Count = table.Column<int>(type: "INTEGER", nullable: false),
                    EntryId = table.Column<long>(type: "INTEGER", nullable: true),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AnchorTrees", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AnchorTrees_OutboxEntries_EntryId",
                        column: x => x.EntryId,
                        principalTable: "OutboxEntries",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "AnchoredRoots",
                columns: table => new
                {
                    Root = table.Column<string>(type: "TEXT", maxLength: 66, nullable: false),
                    Count = table.Column<string>(type: "TEXT", maxLength: 78, nullable: false),
                    TransactionHash = table.Column<string>(type: "TEXT", maxLength: 66, nullable: false),
                    BlockNumber = table.Column<long>(type: "INTEGER", nullable: false),
                    LogIndex = table.Column<int>(type: "INTEGER", nullable: false),
                    BlockTime = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AnchoredRoots", x => x.Root);
                });

            migrationBuilder.CreateTable(
                name: "AuditChainLinks",
                columns: table => new
                {
                    Sequence = table.Column<long>(type: "INTEGER", nullable: false),
                    Source = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    EntryId = table.Column<long>(type: "INTEGER", nullable: false),
                    Hash = table.Column<string>(type: "TEXT", maxLength: 66, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AuditChainLinks", x => x.Sequence);
                });

            migrationBuilder.CreateIndex(
                name: "IX_AnchorRecords_Hash",
                table: "AnchorRecords",
                column: "Hash",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_AnchorRecords_TreeId",
                table: "AnchorRecords",
                column: "TreeId");

            migrationBuilder.CreateIndex(
                name: "IX_AnchorTrees_EntryId",
                table: "AnchorTrees",
                column: "EntryId");

            migrationBuilder.CreateIndex(
                name: "IX_AnchorTrees_Root",
                table: "AnchorTrees",
                column: "Root",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_AnchoredRoots_BlockNumber",
                table: "AnchoredRoots",
                column: "BlockNumber");

            migrationBuilder.CreateIndex(
                name: "IX_AuditChainLinks_Source_EntryId",
                table: "AuditChainLinks",
                columns: new[] { "Source", "EntryId" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "AnchorRecords");

            migrationBuilder.DropTable(
                name: "AnchorTrees");

            migrationBuilder.DropTable(
                name: "AnchoredRoots");

            migrationBuilder.DropTable(
                name: "AuditChainLinks");
        }
    }
}
