using CityToken.Bench;

return args.FirstOrDefault() switch
{
    "indexer" => await IndexerBenchmark.RunAsync(args[1..]),
    "rewards" => await RewardsBenchmark.RunAsync(args[1..]),
    _ => Usage(),
};

static int Usage()
{
    Console.Error.WriteLine("usage: CityToken.Bench indexer --rpc URL --deployments DIR --data DIR");
    Console.Error.WriteLine("       CityToken.Bench rewards --service URL --admin-key KEY --rpc URL --deployments DIR [--actions N --residents N --naive N --parallel N]");
    return 2;
}
