// Namespaces nearly every feature uses: the foundation layers (storage, chain, outbox, indexer, Ethereum primitives,
// hosting, auth) and EF Core, options, typed results. Feature namespaces stay explicit in each file, so a file still
// says which other features it depends on (the architecture test checks the direction).
global using System.Globalization;
global using System.Numerics;
global using System.Text.Json;
global using CityToken.Api.Auth;
global using CityToken.Api.Chain;
global using CityToken.Api.Chain.Outbox;
global using CityToken.Api.Ethereum;
global using CityToken.Api.Hosting;
global using CityToken.Api.Indexing;
global using CityToken.Api.Storage;
global using Microsoft.AspNetCore.Http.HttpResults;
global using Microsoft.EntityFrameworkCore;
global using Microsoft.EntityFrameworkCore.Metadata.Builders;
global using Microsoft.Extensions.Options;
