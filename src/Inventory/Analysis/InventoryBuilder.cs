using System.Reflection;
using ResponsibleAI.Inventory.Model;

namespace ResponsibleAI.Inventory.Analysis;

/// <summary>Puts the projects' inventories together with the rule table, the per-clause counts and the totals.</summary>
public static class InventoryBuilder
{
    /// <summary>The tool's version without the source-control suffix, so that a rebuild of the same version writes the same bytes.</summary>
    public static string ToolVersion { get; } =
        (typeof(InventoryBuilder).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0.0.0").Split('+')[0];

    public static InventoryDocument Build(IEnumerable<ProjectInventory> projects)
    {
        var ordered = projects.OrderBy(p => p.Path, StringComparer.Ordinal).ToList();
        var rules = PackAnalyzers.Rules.Select(d => new RuleInfo
        {
            Id = d.Id,
            Title = d.Title.ToString(System.Globalization.CultureInfo.InvariantCulture),
            DefaultSeverity = PackAnalyzers.Severity(d.DefaultSeverity),
            Clause = PackAnalyzers.Clause(d),
            HelpUri = d.HelpLinkUri,
        }).ToList();
        var findings = ordered.SelectMany(p => p.Findings).ToList();
        var clauses = rules.Where(r => r.Clause is not null)
            .GroupBy(r => r.Clause!, StringComparer.Ordinal)
            .Select(g => new ClauseSummary
            {
                Clause = g.Key,
                Rules = g.Select(r => r.Id).Order(StringComparer.Ordinal).ToList(),
                Findings = findings.Count(f => f.Clause == g.Key),
            })
            .OrderBy(c => c.Rules[0], StringComparer.Ordinal)
            .ToList();
        var calls = ordered.SelectMany(p => p.Calls).ToList();
        return new InventoryDocument
        {
            Tool = new ToolInfo { Version = ToolVersion },
            Summary = new InventorySummary
            {
                Projects = ordered.Count,
                Features = ordered.Sum(p => p.Features.Count),
                Calls = calls.Count,
                UnguardedCalls = calls.Count(IsUnguarded),
                UndisclosedCalls = calls.Count(c => c.Disclosure == "undisclosed"),
                UnreviewedCalls = calls.Count(c => c.Review == "unreviewed"),
                Gateways = ordered.Sum(p => p.Gateways.Count),
                Findings = findings.Count,
                Providers = Providers(ordered),
            },
            Rules = rules,
            Clauses = clauses,
            Projects = ordered,
        };
    }

    public static bool IsUnguarded(CallEntry call) => call.Consent == "missing" || call.OptOut == "missing";

    /// <summary>Every provider a feature declares and every SDK a call goes through.</summary>
    public static IReadOnlyList<string> Providers(IEnumerable<ProjectInventory> projects) =>
        projects.SelectMany(p => p.Features.Select(f => f.Provider).Concat(p.Calls.Select(c => c.Provider)))
            .OfType<string>()
            .Where(p => p.Length > 0)
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal)
            .ToList();
}
