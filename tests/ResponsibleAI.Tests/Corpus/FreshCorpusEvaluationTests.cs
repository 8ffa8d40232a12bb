using System.Threading.Tasks;
using ResponsibleAI.Analyzers.Rules;
using Xunit;
using Xunit.Abstractions;

namespace ResponsibleAI.Tests.Corpus;

/// <summary>
/// Precision and recall of RAI1001 (consent) and RAI1002 (opt-out) on a second, independently written blind corpus
/// (Corpus/Fresh/*.cs.txt), written from the contract only. Expected spans are the AI calls.
/// </summary>
public sealed class FreshCorpusEvaluationTests(ITestOutputHelper output)
    : CorpusEvaluation(output, new CorpusSettings("Fresh corpus", "Fresh", new[] { "RAI1001", "RAI1002" }, 0.98, 0.95, PerRule: false, SpansAtAiCalls: true, () => new ConsentAndOptOutAnalyzer(), MinimumCases: 15))
{
    [Fact]
    public void Fresh_corpus_cases_are_well_formed_and_compile() => CheckCasesAreWellFormedAndCompile();

    [Fact]
    public Task FreshCorpusEvaluation_RAI1001_RAI1002_precision_and_recall() => CheckPrecisionAndRecallAsync();
}
