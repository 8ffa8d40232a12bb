using System.Threading.Tasks;
using ResponsibleAI.Analyzers.Rules;
using Xunit;
using Xunit.Abstractions;

namespace ResponsibleAI.Tests.Corpus;

/// <summary>
/// A second blind corpus (Corpus/Blind4/*.cs.txt) for the three rules whose first blind run missed a target (RAI2003,
/// RAI2005, RAI2006), written from the rule pages by an evaluator who had read neither the implementation nor the earlier
/// corpora. Labelling decisions: Corpus/Blind4/README.md.
/// </summary>
public sealed class Blind4SafetyCorpusEvaluationTests(ITestOutputHelper output)
    : CorpusEvaluation(output, new CorpusSettings("Blind corpus 4 (RAI2003)", "Blind4", new[] { "RAI2003" }, 0.98, 0.90, PerRule: true, SpansAtAiCalls: false, () => new ProviderSettingsAnalyzer(), MinimumCases: 15, MarkedOnly: ["RAI2005", "RAI2006"], ImplicitUsingsOnly: true, AspNetCore: true))
{
    [Fact]
    public void Blind4_corpus_cases_are_well_formed_and_compile() => CheckCasesAreWellFormedAndCompile();

    [Fact]
    public Task Blind4_RAI2003_precision_and_recall() => CheckPrecisionAndRecallAsync();
}

public sealed class Blind4KeyCorpusEvaluationTests(ITestOutputHelper output)
    : CorpusEvaluation(output, new CorpusSettings("Blind corpus 4 (RAI2005)", "Blind4", new[] { "RAI2005" }, 0.98, 0.90, PerRule: true, SpansAtAiCalls: false, () => new HardCodedCredentialAnalyzer(), MinimumCases: 15, MarkedOnly: ["RAI2003", "RAI2006"], ImplicitUsingsOnly: true, AspNetCore: true))
{
    [Fact]
    public Task Blind4_RAI2005_precision_and_recall() => CheckPrecisionAndRecallAsync();
}

public sealed class Blind4SystemPromptCorpusEvaluationTests(ITestOutputHelper output)
    : CorpusEvaluation(output, new CorpusSettings("Blind corpus 4 (RAI2006)", "Blind4", new[] { "RAI2006" }, 0.95, 0.90, PerRule: true, SpansAtAiCalls: false, () => new UntrustedSystemPromptAnalyzer(), MinimumCases: 15, MarkedOnly: ["RAI2003", "RAI2005"], ImplicitUsingsOnly: true, AspNetCore: true))
{
    [Fact]
    public Task Blind4_RAI2006_precision_and_recall() => CheckPrecisionAndRecallAsync();
}
