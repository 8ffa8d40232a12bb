using System.Threading.Tasks;
using ResponsibleAI.Analyzers.Rules;
using Xunit;
using Xunit.Abstractions;

namespace ResponsibleAI.Tests.Corpus;

/// <summary>
/// Precision and recall of RAI1003 (undisclosed AI output leaving a method) and RAI1004 (AI output reaching a
/// review-required target without a human review) on a blind corpus written from the contract and the issue text
/// (Corpus/OutputCases/*.cs.txt). Expected spans are the values that leave, not the AI calls; targets apply per rule.
/// </summary>
public sealed class OutputCorpusEvaluationTests(ITestOutputHelper output)
    : CorpusEvaluation(output, new CorpusSettings("Output corpus", "OutputCases", new[] { "RAI1003", "RAI1004" }, 0.95, 0.90, PerRule: true, SpansAtAiCalls: false, () => new AiOutputAnalyzer()))
{
    [Fact]
    public void OutputCorpusEvaluation_cases_are_well_formed_and_compile() => CheckCasesAreWellFormedAndCompile();

    [Fact]
    public Task OutputCorpusEvaluation_RAI1003_RAI1004_precision_and_recall() => CheckPrecisionAndRecallAsync();
}
