using System.ComponentModel.DataAnnotations;

namespace CityToken.Api.Storage;

/// <summary>Where the service keeps its database (section "Storage").</summary>
public sealed class StorageOptions
{
    public const string Section = "Storage";

    /// <summary>Folder for the SQLite database and set-aside databases; relative to the content root.</summary>
    [Required]
    public string DataDirectory { get; set; } = "data";

    /// <summary>File name of the SQLite database inside <see cref="DataDirectory"/>.</summary>
    [Required, RegularExpression(@"^[\w.-]+$", ErrorMessage = "DatabaseFile must be a plain file name.")]
    public string DatabaseFile { get; set; } = "citytoken.db";
}
