using CityToken.Bench;

return args.FirstOrDefault() switch
{
    "indexer" => await IndexerBenchmark.RunAsync(args[1..]),
    _ => Usage(),
};

static int Usage()
{
    Console.Error.WriteLine("usage: CityToken.Bench indexer --rpc URL --deployments DIR --data DIR");
    return 2;
}
