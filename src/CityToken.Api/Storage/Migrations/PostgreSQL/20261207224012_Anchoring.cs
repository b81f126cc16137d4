using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace CityToken.Api.Storage.Migrations.PostgreSQL
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
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Hash = table.Column<string>(type: "character varying(66)", maxLength: 66, nullable: false, collation: "C"),
                    Label = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true, collation: "C"),
                    Source = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false, collation: "C"),
                    SubmittedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false, collation: "C"),
                    SubmittedAt = table.Column<long>(type: "bigint", nullable: false),
                    TreeId = table.Column<long>(type: "bigint", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AnchorRecords", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "AnchorTrees",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Root = table.Column<string>(type: "character varying(66)", maxLength: 66, nullable: false, collation: "C"),
                    Count = table.Column<int>(type: "integer", nullable: false),
                    EntryId = table.Column<long>(type: "bigint", nullable: true),
                    CreatedAt = table.Column<long>(type: "bigint", nullable: false)
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
                    Root = table.Column<string>(type: "character varying(66)", maxLength: 66, nullable: false, collation: "C"),
                    Count = table.Column<string>(type: "character varying(78)", maxLength: 78, nullable: false, collation: "C"),
                    TransactionHash = table.Column<string>(type: "character varying(66)", maxLength: 66, nullable: false, collation: "C"),
                    BlockNumber = table.Column<long>(type: "bigint", nullable: false),
                    LogIndex = table.Column<int>(type: "integer", nullable: false),
                    BlockTime = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AnchoredRoots", x => x.Root);
                });

            migrationBuilder.CreateTable(
                name: "AuditChainLinks",
                columns: table => new
                {
                    Sequence = table.Column<long>(type: "bigint", nullable: false),
                    Source = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false, collation: "C"),
                    EntryId = table.Column<long>(type: "bigint", nullable: false),
                    Hash = table.Column<string>(type: "character varying(66)", maxLength: 66, nullable: false, collation: "C")
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
