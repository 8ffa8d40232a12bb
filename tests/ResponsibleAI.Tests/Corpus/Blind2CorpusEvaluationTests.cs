using System.Threading.Tasks;
using ResponsibleAI.Analyzers.Rules;
using Xunit;
using Xunit.Abstractions;

namespace ResponsibleAI.Tests.Corpus;

/// <summary>
/// Precision and recall of RAI2005 (hard-coded AI keys) on a blind corpus (Corpus/Blind2/*.cs.txt, 38 cases) written by
/// an independent evaluator from the rule definitions and the SDK catalog, without reading the implementation. The cases
/// also mark RAI2003 and RAI2004, for when those rules exist. Labelling decisions: Corpus/Blind2/README.md.
/// </summary>
public sealed class Blind2CorpusEvaluationTests(ITestOutputHelper output)
    : CorpusEvaluation(output, new CorpusSettings("Blind corpus 2 (RAI2005)", "Blind2", new[] { "RAI2005" }, 0.98, 0.90, PerRule: true, SpansAtAiCalls: false, () => new HardCodedCredentialAnalyzer(), MinimumCases: 38, MarkedOnly: ["RAI2003", "RAI2004"], ImplicitUsingsOnly: true))
{
    [Fact]
    public void Blind2_corpus_cases_are_well_formed_and_compile() => CheckCasesAreWellFormedAndCompile();

    [Fact]
    public Task Blind2_RAI2005_precision_and_recall() => CheckPrecisionAndRecallAsync();
}
