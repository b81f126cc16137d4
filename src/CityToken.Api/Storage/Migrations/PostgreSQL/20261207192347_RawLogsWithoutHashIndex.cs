using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CityToken.Api.Storage.Migrations.PostgreSQL
{
    /// <inheritdoc />
    public partial class RawLogsWithoutHashIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_RawLogs_ChainId_TransactionHash_LogIndex",
                table: "RawLogs");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_RawLogs_ChainId_TransactionHash_LogIndex",
                table: "RawLogs",
                columns: new[] { "ChainId", "TransactionHash", "LogIndex" },
                unique: true);
        }
    }
}
