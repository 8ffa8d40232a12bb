using System.Threading.Tasks;
using ResponsibleAI.Analyzers.Rules;
using Xunit;
using Xunit.Abstractions;

namespace ResponsibleAI.Tests.Corpus;

/// <summary>
/// Precision and recall of RAI1003 and RAI1004 on a second, fresh blind corpus (Corpus/FreshOutput/*.cs.txt) written by
/// an independent evaluator from the contract and the issue text only, in domains the first output corpus does not use.
/// Expected spans are the values that leave or reach the review-required target; targets apply per rule.
/// </summary>
public sealed class FreshOutputCorpusEvaluationTests(ITestOutputHelper output)
    : CorpusEvaluation(output, new CorpusSettings("Fresh output corpus", "FreshOutput", new[] { "RAI1003", "RAI1004" }, 0.95, 0.90, PerRule: true, SpansAtAiCalls: false, () => new AiOutputAnalyzer(), MinimumCases: 15))
{
    [Fact]
    public void FreshOutputCorpusEvaluation_cases_are_well_formed_and_compile() => CheckCasesAreWellFormedAndCompile();

    [Fact]
    public Task FreshOutputCorpusEvaluation_RAI1003_RAI1004_precision_and_recall() => CheckPrecisionAndRecallAsync();
}
