using System.Threading.Tasks;
using ResponsibleAI.Analyzers.Rules;
using Xunit;
using Xunit.Abstractions;

namespace ResponsibleAI.Tests.Corpus;

/// <summary>
/// A fourth blind corpus (Corpus/Blind6/*.cs.txt) for RAI2003,
/// RAI2005 and RAI2006, written from the rule pages by an evaluator who had read neither the implementation nor the earlier
/// corpora. Labelling decisions: Corpus/Blind6/README.md.
/// </summary>
public sealed class Blind6SafetyCorpusEvaluationTests(ITestOutputHelper output)
    : CorpusEvaluation(output, new CorpusSettings("Blind corpus 6 (RAI2003)", "Blind6", new[] { "RAI2003" }, 0.98, 0.90, PerRule: true, SpansAtAiCalls: false, () => new ProviderSettingsAnalyzer(), MinimumCases: 12, MarkedOnly: ["RAI2005", "RAI2006"], ImplicitUsingsOnly: true, AspNetCore: true))
{
    [Fact]
    public void Blind6_corpus_cases_are_well_formed_and_compile() => CheckCasesAreWellFormedAndCompile();

    [Fact]
    public Task Blind6_RAI2003_precision_and_recall() => CheckPrecisionAndRecallAsync();
}

public sealed class Blind6KeyCorpusEvaluationTests(ITestOutputHelper output)
    : CorpusEvaluation(output, new CorpusSettings("Blind corpus 6 (RAI2005)", "Blind6", new[] { "RAI2005" }, 0.98, 0.90, PerRule: true, SpansAtAiCalls: false, () => new HardCodedCredentialAnalyzer(), MinimumCases: 12, MarkedOnly: ["RAI2003", "RAI2006"], ImplicitUsingsOnly: true, AspNetCore: true))
{
    [Fact]
    public Task Blind6_RAI2005_precision_and_recall() => CheckPrecisionAndRecallAsync();
}

public sealed class Blind6SystemPromptCorpusEvaluationTests(ITestOutputHelper output)
    : CorpusEvaluation(output, new CorpusSettings("Blind corpus 6 (RAI2006)", "Blind6", new[] { "RAI2006" }, 0.95, 0.90, PerRule: true, SpansAtAiCalls: false, () => new UntrustedSystemPromptAnalyzer(), MinimumCases: 12, MarkedOnly: ["RAI2003", "RAI2005"], ImplicitUsingsOnly: true, AspNetCore: true))
{
    [Fact]
    public Task Blind6_RAI2006_precision_and_recall() => CheckPrecisionAndRecallAsync();
}
