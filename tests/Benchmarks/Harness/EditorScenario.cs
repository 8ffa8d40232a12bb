using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;
using ResponsibleAI.Benchmarks.Corpus;

namespace ResponsibleAI.Benchmarks.Harness;

/// <summary>
/// The work an editor does per keystroke: one 1,000-line document with 30 AI calls is edited (a character typed in a
/// comment), the compilation is forked with the new text, and the pack analyses that document alone
/// (<c>GetAnalyzerSemanticDiagnosticsAsync</c>), the other files being there to bind against.
/// </summary>
public sealed class EditorScenario
{
    private readonly AnalysisRunner _runner;
    private readonly CSharpCompilation _base;
    private readonly SyntaxTree _document;
    private readonly ImmutableDictionary<string, int> _expected;
    private readonly List<TimeSpan> _execution = new();
    private readonly List<TimeSpan> _cpu = new();
    private readonly List<TimeSpan> _wall = new();
    private int _edits;

    private EditorScenario(AnalysisRunner runner, CSharpCompilation compilation, SyntaxTree document, ImmutableDictionary<string, int> expected)
    {
        _runner = runner;
        _base = compilation;
        _document = document;
        _expected = expected;
    }

    public string Name => "one edited 1,000-line document with 30 AI calls (IDE)";

    public ImmutableDictionary<string, int> LastCounts { get; private set; } = ImmutableDictionary<string, int>.Empty;

    public TimeSpan MedianExecution => RatioHarness.Median(_execution);

    public TimeSpan MedianCpu => RatioHarness.Median(_cpu);

    public TimeSpan MedianWall => RatioHarness.Median(_wall);

    public static EditorScenario Create(AnalysisRunner runner)
    {
        var (text, expected) = CorpusGenerator.EditedDocument();
        var document = CSharpSyntaxTree.ParseText(SourceText.From(text, Encoding.UTF8), new CSharpParseOptions(LanguageVersion.Latest), "Editor/Edited.cs");
        var compilation = runner.NewCompilation(runner.Trees.Add(document));
        compilation.GetDiagnostics(); // a warm editor: every other file already bound once
        return new EditorScenario(runner, compilation, document, expected);
    }

    public void RunOnce(bool validate)
    {
        // Type one character in a comment: a new tree and a new compilation, as after a keystroke.
        _edits++;
        var text = _document.GetText();
        var position = text.ToString().IndexOf("// edit here", StringComparison.Ordinal);
        var edited = _document.WithChangedText(text.WithChanges(new TextChange(new TextSpan(position, 0), new string('x', _edits % 7 + 1))));
        var compilation = _base.ReplaceSyntaxTree(_document, edited);
        var outcome = _runner.AnalyzeDocument(AnalyzerSets.Pack(), compilation, edited);
        LastCounts = outcome.Counts;
        if (!RatioHarness.SameCounts(outcome.Counts, _expected))
        {
            throw new InvalidOperationException($"{Name}: expected {RatioHarness.Format(_expected)}, got {RatioHarness.Format(outcome.Counts)}.");
        }

        if (!validate)
        {
            _execution.Add(outcome.ExecutionTime);
            _cpu.Add(outcome.Cpu);
            _wall.Add(outcome.Wall);
        }
    }
}
