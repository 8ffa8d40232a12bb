using System.Globalization;
using System.Text;
using ResponsibleAI.Inventory.Analysis;
using ResponsibleAI.Inventory.Model;

namespace ResponsibleAI.Inventory.Output;

/// <summary>ai-inventory.md: the inventory for people and pull requests, grouped by feature, with a table per policy clause.</summary>
public static class MarkdownOutput
{
    public const string NoFeature = "(no feature)";

    public static string Write(InventoryDocument document)
    {
        var md = new StringBuilder();
        var s = document.Summary;
        var rules = document.Rules.ToDictionary(r => r.Id, StringComparer.Ordinal);
        md.Append("# AI inventory\n\n");
        md.Append(CultureInfo.InvariantCulture, $"Written by {document.Tool.Name} {document.Tool.Version} (schema {document.SchemaVersion}). ");
        md.Append("Every AI feature, AI call site, generated gateway and ResponsibleAI finding of the projects below.\n\n");
        md.Append("| Projects | Features | AI calls | Unguarded | Undisclosed | Unreviewed | Gateways | Findings |\n");
        md.Append("|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        md.Append(CultureInfo.InvariantCulture, $"| {s.Projects} | {s.Features} | {s.Calls} | {s.UnguardedCalls} | {s.UndisclosedCalls} | {s.UnreviewedCalls} | {s.Gateways} | {s.Findings} |\n\n");
        md.Append("Providers and SDKs: ").Append(s.Providers.Count == 0 ? "none" : string.Join(", ", s.Providers)).Append(".\n\n");

        md.Append("## Findings per policy clause\n\n");
        md.Append("| Policy clause | Rules | Findings |\n|---|---|---:|\n");
        foreach (var clause in document.Clauses)
        {
            md.Append(CultureInfo.InvariantCulture, $"| {Cell(clause.Clause)} | {string.Join(", ", clause.Rules.Select(r => RuleLink(r, rules)))} | {clause.Findings} |\n");
        }

        var other = document.Projects.SelectMany(p => p.Findings).Count(f => f.Clause is null);
        md.Append(CultureInfo.InvariantCulture, $"| Configuration and generator input (RAI3xxx, RAI9xxx) | | {other} |\n\n");

        foreach (var project in document.Projects)
        {
            md.Append("## ").Append(project.Name).Append("\n\n");
            md.Append('`').Append(project.Path).Append("`: ")
                .Append(CultureInfo.InvariantCulture, $"{project.Features.Count} feature(s), {project.Calls.Count} AI call(s), {project.Gateways.Count} gateway(s), {project.Findings.Count} finding(s)");
            if (project.CompilerErrors > 0)
            {
                md.Append(CultureInfo.InvariantCulture, $"; **{project.CompilerErrors} compiler error(s)**: code that does not bind may be missing");
            }

            md.Append(".\n\n");
            if (project.Features.Count == 0 && project.Calls.Count == 0 && project.Findings.Count == 0)
            {
                md.Append("No AI use found.\n\n");
                continue;
            }

            var groups = project.Calls.GroupBy(GroupOf, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
            foreach (var feature in project.Features)
            {
                md.Append("### Feature `").Append(feature.Id).Append("`\n\n");
                md.Append("| Capability | Provider | Personal data | Generates content | In registry | Notice |\n|---|---|---|---|---|---|\n");
                md.Append(CultureInfo.InvariantCulture,
                    $"| {feature.Capability} | {Cell(feature.Provider ?? "not declared")} | {YesNo(feature.PersonalData)} | {YesNo(feature.GeneratesContent)} | {YesNo(feature.InRegistry)} | {Cell(feature.Notice)} |\n\n");
                md.Append("Declared by: ").Append(string.Join("; ", feature.DeclaredBy.Select(d => $"`{d.Symbol}` ({d.Source}, {d.File}:{d.Line})"))).Append(".\n\n");
                foreach (var gateway in project.Gateways.Where(g => g.Feature == feature.Id))
                {
                    md.Append("Generated gateway: `").Append(gateway.Member).Append("` → `").Append(gateway.Implementation ?? "").Append("` (")
                        .Append(gateway.File).Append(':').Append(gateway.Line.ToString(CultureInfo.InvariantCulture)).Append(").\n\n");
                }

                Calls(md, groups.TryGetValue(feature.Id, out var calls) ? calls : [], rules);
                groups.Remove(feature.Id);
            }

            foreach (var (group, calls) in groups.OrderBy(g => g.Key == NoFeature ? 1 : 0).ThenBy(g => g.Key, StringComparer.Ordinal))
            {
                md.Append(group == NoFeature ? "### AI calls outside any feature\n\n" : $"### Feature `{group}` (declared in another project)\n\n");
                Calls(md, calls, rules);
            }

            if (project.Findings.Count > 0)
            {
                md.Append("### Findings\n\n| Rule | Severity | Where | Member | Message |\n|---|---|---|---|---|\n");
                foreach (var finding in project.Findings)
                {
                    md.Append(CultureInfo.InvariantCulture,
                        $"| {RuleLink(finding.Rule, rules)} | {finding.Severity} | {finding.File}:{finding.Line} | {Cell(finding.Member ?? "")} | {Cell(finding.Message)} |\n");
                }

                md.Append('\n');
            }
        }

        md.Append("## Rules\n\n| Rule | Default severity | Policy clause | Title |\n|---|---|---|---|\n");
        foreach (var rule in document.Rules)
        {
            md.Append(CultureInfo.InvariantCulture, $"| {RuleLink(rule.Id, rules)} | {rule.DefaultSeverity} | {Cell(rule.Clause ?? "")} | {Cell(rule.Title)} |\n");
        }

        return md.ToString();
    }

    /// <summary>The feature a call belongs to: the feature it calls, else the feature of the member that makes it.</summary>
    public static string GroupOf(CallEntry call) => call.Feature ?? call.WithinFeature ?? NoFeature;

    private static void Calls(StringBuilder md, IReadOnlyList<CallEntry> calls, IReadOnlyDictionary<string, RuleInfo> rules)
    {
        if (calls.Count == 0)
        {
            md.Append("No AI call site in this project.\n\n");
            return;
        }

        md.Append("| Where | Member | Calls | Kind | Consent | Opt-out | Disclosure | Review | Findings |\n|---|---|---|---|---|---|---|---|---|\n");
        foreach (var call in calls)
        {
            md.Append(CultureInfo.InvariantCulture,
                $"| {call.File}:{call.Line} | {Cell(call.Member)} | `{Cell(call.Target)}` ({Cell(call.Provider ?? call.Capability)}) | {call.Kind} | {Mark(call.Consent)} | {Mark(call.OptOut)} | {Mark(call.Disclosure)}{Outputs(call)} | {Mark(call.Review)} | {string.Join(", ", call.Findings.Select(f => RuleLink(f, rules)))} |\n");
        }

        md.Append('\n');
    }

    private static string Outputs(CallEntry call) =>
        call.Outputs.Count == 0 ? "" : " (" + string.Join("; ", call.Outputs.Select(o => $"{o.Kind} {Cell(o.Target)}, line {o.Line.ToString(CultureInfo.InvariantCulture)}")) + ")";

    /// <summary>Statuses that need action are bold.</summary>
    private static string Mark(string status) => status is "missing" or "undisclosed" or "unreviewed" ? $"**{status}**" : status;

    private static string RuleLink(string id, IReadOnlyDictionary<string, RuleInfo> rules) =>
        rules.TryGetValue(id, out var rule) ? $"[{id}]({rule.HelpUri})" : id;

    private static string YesNo(bool value) => value ? "yes" : "no";

    public static string Cell(string text) => text.Replace("\r", "").Replace("\n", " ").Replace("|", "\\|");
}
