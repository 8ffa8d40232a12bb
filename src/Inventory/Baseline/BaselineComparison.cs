using System.Text;
using ResponsibleAI.Inventory.Analysis;
using ResponsibleAI.Inventory.Cli;
using ResponsibleAI.Inventory.Model;

namespace ResponsibleAI.Inventory.Baseline;

/// <summary>The kinds of change <c>--fail-on</c> names.</summary>
[Flags]
public enum ChangeKinds
{
    None = 0,
    NewFeature = 1,
    RemovedFeature = 2,
    NewProvider = 4,
    Unguarded = 8,
    Undisclosed = 16,
    NewFinding = 32,
    Any = NewFeature | RemovedFeature | NewProvider | Unguarded | Undisclosed | NewFinding,
}

/// <summary>A call as the comparison sees it: where it is (project, member) and what it calls, without line numbers.</summary>
public sealed record ChangedCall(string Project, CallEntry Call);

public sealed record ChangedFinding(string Project, FindingEntry Finding);

/// <summary>
/// What changed between a baseline inventory and the current one. Calls and findings are matched by project, member
/// and target (or rule and message), counted, never by line: code that only moves does not count as a change.
/// </summary>
public sealed record BaselineComparison(
    IReadOnlyList<string> FeaturesAdded,
    IReadOnlyList<string> FeaturesRemoved,
    IReadOnlyList<string> ProvidersAdded,
    IReadOnlyList<ChangedCall> NewUnguardedCalls,
    IReadOnlyList<ChangedCall> NewUndisclosedCalls,
    IReadOnlyList<ChangedFinding> NewFindings)
{
    public static readonly IReadOnlyDictionary<string, ChangeKinds> Names = new Dictionary<string, ChangeKinds>(StringComparer.Ordinal)
    {
        ["new-feature"] = ChangeKinds.NewFeature,
        ["removed-feature"] = ChangeKinds.RemovedFeature,
        ["new-provider"] = ChangeKinds.NewProvider,
        ["unguarded"] = ChangeKinds.Unguarded,
        ["undisclosed"] = ChangeKinds.Undisclosed,
        ["new-finding"] = ChangeKinds.NewFinding,
        ["any"] = ChangeKinds.Any,
    };

    public static ChangeKinds ParseFailOn(string? text)
    {
        var kinds = ChangeKinds.None;
        foreach (var part in (text ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            kinds |= Names.TryGetValue(part, out var kind)
                ? kind
                : throw new InventoryException($"--fail-on: unknown change '{part}'. Use a comma-separated list of: {string.Join(", ", Names.Keys)}.");
        }

        return kinds;
    }

    public ChangeKinds Kinds =>
        (FeaturesAdded.Count > 0 ? ChangeKinds.NewFeature : 0)
        | (FeaturesRemoved.Count > 0 ? ChangeKinds.RemovedFeature : 0)
        | (ProvidersAdded.Count > 0 ? ChangeKinds.NewProvider : 0)
        | (NewUnguardedCalls.Count > 0 ? ChangeKinds.Unguarded : 0)
        | (NewUndisclosedCalls.Count > 0 ? ChangeKinds.Undisclosed : 0)
        | (NewFindings.Count > 0 ? ChangeKinds.NewFinding : 0);

    public static BaselineComparison Compare(InventoryDocument baseline, InventoryDocument current)
    {
        var oldFeatures = FeatureIds(baseline);
        var newFeatures = FeatureIds(current);
        var oldProviders = InventoryBuilder.Providers(baseline.Projects).ToHashSet(StringComparer.Ordinal);
        return new BaselineComparison(
            newFeatures.Except(oldFeatures).Order(StringComparer.Ordinal).ToList(),
            oldFeatures.Except(newFeatures).Order(StringComparer.Ordinal).ToList(),
            InventoryBuilder.Providers(current.Projects).Where(p => !oldProviders.Contains(p)).ToList(),
            NewItems(baseline, current, p => p.Calls.Where(InventoryBuilder.IsUnguarded), CallKey).Select(x => new ChangedCall(x.Project, x.Item)).ToList(),
            NewItems(baseline, current, p => p.Calls.Where(c => c.Disclosure == "undisclosed"), CallKey).Select(x => new ChangedCall(x.Project, x.Item)).ToList(),
            NewItems(baseline, current, p => p.Findings, FindingKey).Select(x => new ChangedFinding(x.Project, x.Item)).ToList());
    }

    private static HashSet<string> FeatureIds(InventoryDocument document) =>
        document.Projects.SelectMany(p => p.Features.Select(f => f.Id)).ToHashSet(StringComparer.Ordinal);

    private static string CallKey(CallEntry call) => $"{call.Member}\u001f{call.Target}\u001f{call.Kind}";

    private static string FindingKey(FindingEntry finding) => $"{finding.Rule}\u001f{finding.File}\u001f{finding.Member}\u001f{finding.Message}";

    /// <summary>The items whose key occurs more often in the current project than in the baseline's project of the same path.</summary>
    private static IEnumerable<(string Project, T Item)> NewItems<T>(
        InventoryDocument baseline, InventoryDocument current, Func<ProjectInventory, IEnumerable<T>> items, Func<T, string> key)
    {
        var old = baseline.Projects
            .SelectMany(p => items(p).Select(i => p.Path + "\u001e" + key(i)))
            .GroupBy(k => k, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        foreach (var project in current.Projects)
        {
            foreach (var group in items(project).GroupBy(i => project.Path + "\u001e" + key(i), StringComparer.Ordinal))
            {
                var before = old.TryGetValue(group.Key, out var count) ? count : 0;
                foreach (var item in group.Skip(before))
                {
                    yield return (project.Name, item);
                }
            }
        }
    }

    /// <summary>The change report, in Markdown so that it can go into a pull-request comment as it is.</summary>
    public string ToMarkdown(ChangeKinds failOn)
    {
        var text = new StringBuilder();
        text.Append("## AI inventory changes\n\n");
        if (Kinds == ChangeKinds.None)
        {
            text.Append("No change: no feature added or removed, no new provider, no new unguarded or undisclosed call, no new finding.\n");
            return text.ToString();
        }

        void Section(string title, ChangeKinds kind, IReadOnlyCollection<string> lines)
        {
            if (lines.Count == 0)
            {
                return;
            }

            text.Append("### ").Append(title).Append(" (").Append(lines.Count).Append(')').Append((failOn & kind) != 0 ? " - fails the check" : "").Append("\n\n");
            foreach (var line in lines)
            {
                text.Append("- ").Append(line).Append('\n');
            }

            text.Append('\n');
        }

        Section("Features added", ChangeKinds.NewFeature, FeaturesAdded.Select(f => $"`{f}`").ToList());
        Section("Features removed", ChangeKinds.RemovedFeature, FeaturesRemoved.Select(f => $"`{f}`").ToList());
        Section("New providers", ChangeKinds.NewProvider, ProvidersAdded);
        Section("New unguarded calls", ChangeKinds.Unguarded, NewUnguardedCalls.Select(c =>
            $"{c.Project}: `{c.Call.Target}` in `{c.Call.Member}` ({c.Call.File}:{c.Call.Line}; consent {c.Call.Consent}, opt-out {c.Call.OptOut})").ToList());
        Section("New undisclosed calls", ChangeKinds.Undisclosed, NewUndisclosedCalls.Select(c =>
            $"{c.Project}: `{c.Call.Target}` in `{c.Call.Member}` ({c.Call.File}:{c.Call.Line})").ToList());
        Section("New findings", ChangeKinds.NewFinding, NewFindings.Select(f =>
            $"{f.Project}: {f.Finding.Rule} ({f.Finding.Severity}) {f.Finding.File}:{f.Finding.Line}: {f.Finding.Message}").ToList());
        return text.ToString();
    }
}
