using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CityToken.Api.Storage.Migrations
{
    /// <inheritdoc />
    public partial class CredentialsAndBallots : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "BallotMetadata",
                columns: table => new
                {
                    Hash = table.Column<string>(type: "TEXT", maxLength: 66, nullable: false),
                    Json = table.Column<string>(type: "TEXT", maxLength: 20000, nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_BallotMetadata", x => x.Hash);
                });

            migrationBuilder.CreateTable(
                name: "BallotRequests",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    RequestKey = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    MetadataHash = table.Column<string>(type: "TEXT", maxLength: 66, nullable: false),
                    CredentialType = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Start = table.Column<long>(type: "INTEGER", nullable: false),
                    End = table.Column<long>(type: "INTEGER", nullable: false),
                    OptionCount = table.Column<int>(type: "INTEGER", nullable: false),
                    Quorum = table.Column<string>(type: "TEXT", maxLength: 78, nullable: false),
                    RequestedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    RequestedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    EntryId = table.Column<long>(type: "INTEGER", nullable: false)
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
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    RequestKey = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Did = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Subject = table.Column<string>(type: "TEXT", maxLength: 42, nullable: false),
                    CredentialType = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    CredentialTypeHash = table.Column<string>(type: "TEXT", maxLength: 66, nullable: false),
                    PersonKey = table.Column<string>(type: "TEXT", maxLength: 66, nullable: false),
                    ExpiresAt = table.Column<long>(type: "INTEGER", nullable: false),
                    DataHash = table.Column<string>(type: "TEXT", maxLength: 66, nullable: false),
                    Data = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    RequestedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    RequestedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    IssueEntryId = table.Column<long>(type: "INTEGER", nullable: false),
                    RevokeEntryId = table.Column<long>(type: "INTEGER", nullable: true),
                    RevokeRequestedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    RevokeRequestedAt = table.Column<long>(type: "INTEGER", nullable: true)
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
                name: "VoteRequests",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    BallotId = table.Column<long>(type: "INTEGER", nullable: false),
                    Voter = table.Column<string>(type: "TEXT", maxLength: 42, nullable: false),
                    Signer = table.Column<string>(type: "TEXT", maxLength: 42, nullable: false),
                    PersonKey = table.Column<string>(type: "TEXT", maxLength: 66, nullable: false),
                    Option = table.Column<int>(type: "INTEGER", nullable: false),
                    Nonce = table.Column<string>(type: "TEXT", maxLength: 78, nullable: false),
                    Deadline = table.Column<string>(type: "TEXT", maxLength: 78, nullable: false),
                    Signature = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    ActiveKey = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    EntryId = table.Column<long>(type: "INTEGER", nullable: false)
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
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "BallotMetadata");

            migrationBuilder.DropTable(
                name: "BallotRequests");

            migrationBuilder.DropTable(
                name: "CredentialRequests");

            migrationBuilder.DropTable(
                name: "VoteRequests");
        }
    }
}
