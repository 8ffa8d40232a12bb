using System.Threading.Tasks;
using ResponsibleAI.Analyzers.Rules;
using Xunit;
using Xunit.Abstractions;

namespace ResponsibleAI.Tests.Corpus;

/// <summary>
/// Precision and recall of RAI1005 (inventory), RAI2001 (biometrics) and RAI2006 (request input in system prompts) on a
/// blind corpus (Corpus/Blind3/*.cs.txt) written by an independent evaluator from the rule definitions, the SDK catalog and
/// the product docs, without reading the implementation. Labelling decisions: Corpus/Blind3/README.md.
/// </summary>
public sealed class Blind3InventoryCorpusEvaluationTests(ITestOutputHelper output)
    : CorpusEvaluation(output, new CorpusSettings("Blind corpus 3 (RAI1005)", "Blind3", new[] { "RAI1005" }, 0.98, 0.95, PerRule: true, SpansAtAiCalls: false, () => new InventoryAnalyzer(), MinimumCases: 30, MarkedOnly: ["RAI2001", "RAI2006"], ImplicitUsingsOnly: true, AspNetCore: true))
{
    [Fact]
    public void Blind3_corpus_cases_are_well_formed_and_compile() => CheckCasesAreWellFormedAndCompile();

    [Fact]
    public Task Blind3_RAI1005_precision_and_recall() => CheckPrecisionAndRecallAsync();
}

public sealed class Blind3BiometricCorpusEvaluationTests(ITestOutputHelper output)
    : CorpusEvaluation(output, new CorpusSettings("Blind corpus 3 (RAI2001)", "Blind3", new[] { "RAI2001" }, 0.95, 0.90, PerRule: true, SpansAtAiCalls: false, () => new BiometricAnalyzer(), MinimumCases: 30, MarkedOnly: ["RAI1005", "RAI2006"], ImplicitUsingsOnly: true, AspNetCore: true))
{
    [Fact]
    public Task Blind3_RAI2001_precision_and_recall() => CheckPrecisionAndRecallAsync();
}

public sealed class Blind3SystemPromptCorpusEvaluationTests(ITestOutputHelper output)
    : CorpusEvaluation(output, new CorpusSettings("Blind corpus 3 (RAI2006)", "Blind3", new[] { "RAI2006" }, 0.95, 0.90, PerRule: true, SpansAtAiCalls: false, () => new UntrustedSystemPromptAnalyzer(), MinimumCases: 30, MarkedOnly: ["RAI1005", "RAI2001"], ImplicitUsingsOnly: true, AspNetCore: true))
{
    [Fact]
    public Task Blind3_RAI2006_precision_and_recall() => CheckPrecisionAndRecallAsync();
}
