using System.Threading.Tasks;
using ResponsibleAI.Analyzers.Rules;
using Xunit;
using Xunit.Abstractions;

namespace ResponsibleAI.Tests.Corpus;

/// <summary>
/// Precision and recall of RAI1003 (disclosure) and RAI1004 (human review) on a held-out output corpus
/// (Corpus/HeldoutOutput/*.cs.txt), written by an independent evaluator from the public contract (v1.2) and the product
/// docs only. Expected spans are the values that leave or reach the review-required target (or the deciding
/// condition); targets apply per rule. Labelling decisions: Corpus/Heldout/README.md.
/// </summary>
public sealed class HeldoutOutputCorpusEvaluationTests(ITestOutputHelper output)
    : CorpusEvaluation(output, new CorpusSettings("Held-out output corpus", "HeldoutOutput", new[] { "RAI1003", "RAI1004" }, 0.95, 0.95, PerRule: true, SpansAtAiCalls: false, () => new AiOutputAnalyzer(), MinimumCases: 15))
{
    [Fact]
    public void HeldoutOutput_cases_are_well_formed_and_compile() => CheckCasesAreWellFormedAndCompile();

    [Fact]
    public Task HeldoutOutput_RAI1003_RAI1004_precision_and_recall() => CheckPrecisionAndRecallAsync();
}
