using System.Threading.Tasks;
using ResponsibleAI.Analyzers.Rules;
using Xunit;
using Xunit.Abstractions;

namespace ResponsibleAI.Tests.Corpus;

/// <summary>
/// Precision and recall of RAI1001 (consent) and RAI1002 (opt-out) on a corpus of realistic integrator code written
/// from the contract, not from the implementation (Corpus/Cases/*.cs.txt). Expected spans are the AI calls.
/// </summary>
public sealed class CorpusEvaluationTests(ITestOutputHelper output)
    : CorpusEvaluation(output, new CorpusSettings("Corpus", "Cases", new[] { "RAI1001", "RAI1002" }, 0.98, 0.95, PerRule: false, SpansAtAiCalls: true, () => new ConsentAndOptOutAnalyzer()))
{
    [Fact]
    public void Corpus_cases_are_well_formed_and_compile() => CheckCasesAreWellFormedAndCompile();

    [Fact]
    public Task CorpusEvaluation_RAI1001_RAI1002_precision_and_recall() => CheckPrecisionAndRecallAsync();
}
