using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using ResponsibleAI.Analyzers.Analysis;
using Xunit;
using Xunit.Abstractions;

namespace ResponsibleAI.Tests.Rules;

/// <summary>
/// RAI2002's matcher on a labelled set of 249 prompts (Corpus/Prompts/rai2002-prompts.tsv: 106 that ask a model to infer a
/// protected characteristic or an emotion of a person, 143 that do not; English, Spanish, French and German), written by
/// someone who had not read the matcher. Targets: precision 0.95, recall 0.80.
/// </summary>
public sealed class ProfilingPromptSetTests(ITestOutputHelper output)
{
    [Fact]
    public void Matcher_precision_and_recall_on_the_labelled_prompt_set()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Corpus", "Prompts", "rai2002-prompts.tsv");
        var rows = File.ReadAllLines(path).Skip(1).Select(l => l.Split('\t')).Where(f => f.Length >= 5).ToList();
        Assert.True(rows.Count >= 200, $"only {rows.Count} prompts in {path}");

        int tp = 0, fp = 0, fn = 0, tn = 0;
        var mistakes = new List<string>();
        var byLanguage = new Dictionary<string, (int Tp, int Fp, int Fn)>();
        foreach (var row in rows)
        {
            var (id, positive, category, language, prompt) = (row[0], row[1] == "positive", row[2], row[3], row[4].Replace("\\n", "\n", StringComparison.Ordinal));
            var match = ProfilingMatcher.Match(prompt);
            (int Tp, int Fp, int Fn) counts = byLanguage.TryGetValue(language, out var c) ? c : (0, 0, 0);
            if (positive && match is not null)
            {
                tp++;
                counts.Tp++;
            }
            else if (!positive && match is not null)
            {
                fp++;
                counts.Fp++;
                mistakes.Add($"FP {id} [{language}] ({match.Name}) {prompt}");
            }
            else if (positive)
            {
                fn++;
                counts.Fn++;
                mistakes.Add($"FN {id} [{language}] ({category}) {prompt}");
            }
            else
            {
                tn++;
            }

            byLanguage[language] = counts;
        }

        var precision = tp / (double)Math.Max(1, tp + fp);
        var recall = tp / (double)Math.Max(1, tp + fn);
        output.WriteLine($"RAI2002 prompt set: TP={tp} FP={fp} FN={fn} TN={tn} precision={precision:F3} recall={recall:F3}");
        foreach (var (language, (ltp, lfp, lfn)) in byLanguage.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            output.WriteLine($"  {language}: TP={ltp} FP={lfp} FN={lfn}");
        }

        mistakes.ForEach(output.WriteLine);
        Assert.True(precision >= 0.95 && recall >= 0.80, $"precision {precision:F3} (target 0.95), recall {recall:F3} (target 0.80)\n" + string.Join("\n", mistakes));
    }
}
