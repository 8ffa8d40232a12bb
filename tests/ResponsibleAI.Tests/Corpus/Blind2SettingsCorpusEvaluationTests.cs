using System.Threading.Tasks;
using ResponsibleAI.Analyzers.Rules;
using Xunit;
using Xunit.Abstractions;

namespace ResponsibleAI.Tests.Corpus;

/// <summary>
/// Precision and recall of RAI2003 (safety filters) and RAI2004 (training and provider storage) on the blind corpus of
/// Corpus/Blind2 (written from the rule definitions and the SDK catalog, without reading the implementation).
/// </summary>
public sealed class Blind2SettingsCorpusEvaluationTests(ITestOutputHelper output)
    : CorpusEvaluation(output, new CorpusSettings("Blind corpus 2 (RAI2003, RAI2004)", "Blind2", new[] { "RAI2003", "RAI2004" }, 0.98, 0.90, PerRule: true, SpansAtAiCalls: false, () => new ProviderSettingsAnalyzer(), MinimumCases: 38, MarkedOnly: ["RAI2005"], ImplicitUsingsOnly: true))
{
    [Fact]
    public Task Blind2_RAI2003_RAI2004_precision_and_recall() => CheckPrecisionAndRecallAsync();
}
