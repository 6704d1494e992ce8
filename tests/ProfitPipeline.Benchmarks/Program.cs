using ProfitPipeline.Benchmarks;

return await BenchmarkRunner.RunAsync(args);
