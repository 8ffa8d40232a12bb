using System.Threading.Tasks;
using ResponsibleAI.Analyzers.Rules;
using Xunit;
using Xunit.Abstractions;

namespace ResponsibleAI.Tests.Corpus;

/// <summary>
/// Precision and recall of RAI1001 (consent) and RAI1002 (opt-out) on a held-out corpus (Corpus/Heldout/*.cs.txt),
/// written by an independent evaluator from the public contract (v1.2) and the product docs only, without reading the
/// implementation and without running the analyzers on it. Expected spans are the AI calls; targets apply per rule.
/// Labelling decisions: Corpus/Heldout/README.md.
/// </summary>
public sealed class HeldoutCorpusEvaluationTests(ITestOutputHelper output)
    : CorpusEvaluation(output, new CorpusSettings("Held-out corpus", "Heldout", new[] { "RAI1001", "RAI1002" }, 0.98, 0.95, PerRule: true, SpansAtAiCalls: true, () => new ConsentAndOptOutAnalyzer(), MinimumCases: 15))
{
    [Fact]
    public void Heldout_cases_are_well_formed_and_compile() => CheckCasesAreWellFormedAndCompile();

    [Fact]
    public Task Heldout_RAI1001_RAI1002_precision_and_recall() => CheckPrecisionAndRecallAsync();
}
