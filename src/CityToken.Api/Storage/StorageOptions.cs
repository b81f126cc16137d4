using System.ComponentModel.DataAnnotations;

namespace CityToken.Api.Storage;

/// <summary>Which database the service keeps, and where (section "Storage"; the PostgreSQL server in ConnectionStrings:CityToken).</summary>
public sealed class StorageOptions
{
    public const string Section = "Storage";

    /// <summary>The connection string's name under ConnectionStrings, used when <see cref="Provider"/> is PostgreSQL.</summary>
    public const string ConnectionStringName = "CityToken";

    /// <summary>SQLite (one file, one service instance: the embedded default) or PostgreSQL (any number of instances).</summary>
    public StorageProvider Provider { get; set; } = StorageProvider.Sqlite;

    /// <summary>Folder for the SQLite database and set-aside databases (and the key ring, Hangfire's SQLite file); relative to the content root.</summary>
    [Required]
    public string DataDirectory { get; set; } = "data";

    /// <summary>File name of the SQLite database inside <see cref="DataDirectory"/>.</summary>
    [Required, RegularExpression(@"^[\w.-]+$", ErrorMessage = "DatabaseFile must be a plain file name.")]
    public string DatabaseFile { get; set; } = "citytoken.db";
}

public enum StorageProvider
{
    Sqlite,
    PostgreSQL,
}
