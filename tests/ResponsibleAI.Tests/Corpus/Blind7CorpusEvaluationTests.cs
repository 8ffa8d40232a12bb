using System.Threading.Tasks;
using ResponsibleAI.Analyzers.Rules;
using Xunit;
using Xunit.Abstractions;

namespace ResponsibleAI.Tests.Corpus;

/// <summary>
/// A fifth blind corpus (Corpus/Blind7/*.cs.txt) for RAI2003,
/// RAI2005 and RAI2006, written from the rule pages by an evaluator who had read neither the implementation nor the earlier
/// corpora. Labelling decisions: Corpus/Blind7/README.md.
/// </summary>
public sealed class Blind7SafetyCorpusEvaluationTests(ITestOutputHelper output)
    : CorpusEvaluation(output, new CorpusSettings("Blind corpus 7 (RAI2003)", "Blind7", new[] { "RAI2003" }, 0.98, 0.90, PerRule: true, SpansAtAiCalls: false, () => new ProviderSettingsAnalyzer(), MinimumCases: 12, MarkedOnly: ["RAI2005", "RAI2006"], ImplicitUsingsOnly: true, AspNetCore: true))
{
    [Fact]
    public void Blind7_corpus_cases_are_well_formed_and_compile() => CheckCasesAreWellFormedAndCompile();

    [Fact]
    public Task Blind7_RAI2003_precision_and_recall() => CheckPrecisionAndRecallAsync();
}

public sealed class Blind7KeyCorpusEvaluationTests(ITestOutputHelper output)
    : CorpusEvaluation(output, new CorpusSettings("Blind corpus 7 (RAI2005)", "Blind7", new[] { "RAI2005" }, 0.98, 0.90, PerRule: true, SpansAtAiCalls: false, () => new HardCodedCredentialAnalyzer(), MinimumCases: 12, MarkedOnly: ["RAI2003", "RAI2006"], ImplicitUsingsOnly: true, AspNetCore: true))
{
    [Fact]
    public Task Blind7_RAI2005_precision_and_recall() => CheckPrecisionAndRecallAsync();
}

public sealed class Blind7SystemPromptCorpusEvaluationTests(ITestOutputHelper output)
    : CorpusEvaluation(output, new CorpusSettings("Blind corpus 7 (RAI2006)", "Blind7", new[] { "RAI2006" }, 0.95, 0.90, PerRule: true, SpansAtAiCalls: false, () => new UntrustedSystemPromptAnalyzer(), MinimumCases: 12, MarkedOnly: ["RAI2003", "RAI2005"], ImplicitUsingsOnly: true, AspNetCore: true))
{
    [Fact]
    public Task Blind7_RAI2006_precision_and_recall() => CheckPrecisionAndRecallAsync();
}
