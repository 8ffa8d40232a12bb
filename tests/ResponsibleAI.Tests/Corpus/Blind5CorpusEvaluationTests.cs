using System.Threading.Tasks;
using ResponsibleAI.Analyzers.Rules;
using Xunit;
using Xunit.Abstractions;

namespace ResponsibleAI.Tests.Corpus;

/// <summary>
/// A third blind corpus (Corpus/Blind5/*.cs.txt) for RAI2003,
/// RAI2005 and RAI2006, written from the rule pages by an evaluator who had read neither the implementation nor the earlier
/// corpora. Labelling decisions: Corpus/Blind5/README.md.
/// </summary>
public sealed class Blind5SafetyCorpusEvaluationTests(ITestOutputHelper output)
    : CorpusEvaluation(output, new CorpusSettings("Blind corpus 5 (RAI2003)", "Blind5", new[] { "RAI2003" }, 0.98, 0.90, PerRule: true, SpansAtAiCalls: false, () => new ProviderSettingsAnalyzer(), MinimumCases: 12, MarkedOnly: ["RAI2005", "RAI2006"], ImplicitUsingsOnly: true, AspNetCore: true))
{
    [Fact]
    public void Blind5_corpus_cases_are_well_formed_and_compile() => CheckCasesAreWellFormedAndCompile();

    [Fact]
    public Task Blind5_RAI2003_precision_and_recall() => CheckPrecisionAndRecallAsync();
}

public sealed class Blind5KeyCorpusEvaluationTests(ITestOutputHelper output)
    : CorpusEvaluation(output, new CorpusSettings("Blind corpus 5 (RAI2005)", "Blind5", new[] { "RAI2005" }, 0.98, 0.90, PerRule: true, SpansAtAiCalls: false, () => new HardCodedCredentialAnalyzer(), MinimumCases: 12, MarkedOnly: ["RAI2003", "RAI2006"], ImplicitUsingsOnly: true, AspNetCore: true))
{
    [Fact]
    public Task Blind5_RAI2005_precision_and_recall() => CheckPrecisionAndRecallAsync();
}

public sealed class Blind5SystemPromptCorpusEvaluationTests(ITestOutputHelper output)
    : CorpusEvaluation(output, new CorpusSettings("Blind corpus 5 (RAI2006)", "Blind5", new[] { "RAI2006" }, 0.95, 0.90, PerRule: true, SpansAtAiCalls: false, () => new UntrustedSystemPromptAnalyzer(), MinimumCases: 12, MarkedOnly: ["RAI2003", "RAI2005"], ImplicitUsingsOnly: true, AspNetCore: true))
{
    [Fact]
    public Task Blind5_RAI2006_precision_and_recall() => CheckPrecisionAndRecallAsync();
}
