using System.Globalization;
using System.Net;
using System.Text;
using ResponsibleAI.Inventory.Analysis;
using ResponsibleAI.Inventory.Model;

namespace ResponsibleAI.Inventory.Output;

/// <summary>
/// ai-inventory.html: one self-contained page (inline CSS, inline SVG charts, a few lines of inline script to sort the
/// tables; no external script, style sheet or font) that links each rule id to its page.
/// </summary>
public static class HtmlOutput
{
    private const string Style = """
        body{font-family:system-ui,-apple-system,"Segoe UI",sans-serif;margin:2rem;color:#1b1f23;max-width:1200px}
        h1,h2,h3{margin-top:1.6em}table{border-collapse:collapse;margin:.6em 0;font-size:.9em;width:100%}
        th,td{border:1px solid #d0d7de;padding:.3em .5em;text-align:left;vertical-align:top}
        th{background:#f6f8fa;cursor:pointer;user-select:none}th.sorted-asc::after{content:" \25B2"}th.sorted-desc::after{content:" \25BC"}
        td.num,th.num{text-align:right}.bad{color:#b42318;font-weight:600}.ok{color:#1a7f37}.muted{color:#57606a}
        .cards{display:flex;flex-wrap:wrap;gap:.8em}.card{border:1px solid #d0d7de;border-radius:6px;padding:.6em 1em;min-width:8em}
        .card b{display:block;font-size:1.5em}.charts{display:flex;flex-wrap:wrap;gap:1.5em}.chart{flex:1 1 340px}
        code{font-size:.9em}
        """;

    private const string Script = """
        document.querySelectorAll("table.sortable").forEach(function (table) {
          table.querySelectorAll("th").forEach(function (th, column) {
            th.addEventListener("click", function () {
              var body = table.tBodies[0], rows = Array.prototype.slice.call(body.rows);
              var asc = !th.classList.contains("sorted-asc");
              table.querySelectorAll("th").forEach(function (h) { h.classList.remove("sorted-asc", "sorted-desc"); });
              th.classList.add(asc ? "sorted-asc" : "sorted-desc");
              rows.sort(function (a, b) {
                var x = a.cells[column].getAttribute("data-sort") || a.cells[column].textContent;
                var y = b.cells[column].getAttribute("data-sort") || b.cells[column].textContent;
                var nx = parseFloat(x), ny = parseFloat(y);
                var c = (!isNaN(nx) && !isNaN(ny)) ? nx - ny : x.localeCompare(y);
                return asc ? c : -c;
              });
              rows.forEach(function (r) { body.appendChild(r); });
            });
          });
        });
        """;

    public static string Write(InventoryDocument document)
    {
        var html = new StringBuilder();
        var rules = document.Rules.ToDictionary(r => r.Id, StringComparer.Ordinal);
        var calls = document.Projects.SelectMany(p => p.Calls.Select(c => (Project: p.Name, Call: c))).ToList();
        var findings = document.Projects.SelectMany(p => p.Findings.Select(f => (Project: p.Name, Finding: f))).ToList();
        var s = document.Summary;

        html.Append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>AI inventory</title>\n<style>\n").Append(Style).Append("</style>\n</head>\n<body>\n");
        html.Append("<h1>AI inventory</h1>\n<p class=\"muted\">Written by ").Append(E(document.Tool.Name)).Append(' ').Append(E(document.Tool.Version))
            .Append(" (schema ").Append(E(document.SchemaVersion)).Append("). Providers and SDKs: ")
            .Append(E(s.Providers.Count == 0 ? "none" : string.Join(", ", s.Providers))).Append(".</p>\n");
        html.Append("<div class=\"cards\">");
        foreach (var (label, value) in new[]
                 {
                     ("Projects", s.Projects), ("Features", s.Features), ("AI calls", s.Calls), ("Unguarded", s.UnguardedCalls),
                     ("Undisclosed", s.UndisclosedCalls), ("Unreviewed", s.UnreviewedCalls), ("Gateways", s.Gateways), ("Findings", s.Findings),
                 })
        {
            html.Append("<div class=\"card\"><b>").Append(N(value)).Append("</b>").Append(E(label)).Append("</div>");
        }

        html.Append("</div>\n<h2>Charts</h2>\n<div class=\"charts\">\n");
        html.Append(Bars("AI calls per capability", Count(calls.Select(c => c.Call.Capability)), "#0969da"));
        html.Append(Bars("AI calls per provider or SDK", Count(calls.Select(c => c.Call.Provider ?? "not declared")), "#8250df"));
        html.Append(Stacked("Guarded and unguarded AI calls per project", document.Projects
            .Select(p => (p.Name, Guarded: p.Calls.Count(c => !InventoryBuilder.IsUnguarded(c)), Unguarded: p.Calls.Count(InventoryBuilder.IsUnguarded))).ToList()));
        html.Append(Bars("Findings per rule", Count(findings.Select(f => f.Finding.Rule)), "#bf8700"));
        html.Append("</div>\n");

        html.Append("<h2>Findings per policy clause</h2>\n<table class=\"sortable\"><thead><tr><th>Policy clause</th><th>Rules</th><th class=\"num\">Findings</th></tr></thead><tbody>\n");
        foreach (var clause in document.Clauses)
        {
            html.Append("<tr><td>").Append(E(clause.Clause)).Append("</td><td>").Append(string.Join(", ", clause.Rules.Select(r => RuleLink(r, rules))))
                .Append("</td><td class=\"num\">").Append(N(clause.Findings)).Append("</td></tr>\n");
        }

        html.Append("</tbody></table>\n");

        html.Append("<h2>Features</h2>\n<table class=\"sortable\"><thead><tr><th>Project</th><th>Feature</th><th>Capability</th><th>Provider</th><th>Personal data</th><th>Notice</th><th>Declared by</th><th class=\"num\">Calls</th></tr></thead><tbody>\n");
        foreach (var project in document.Projects)
        {
            foreach (var feature in project.Features)
            {
                html.Append("<tr><td>").Append(E(project.Name)).Append("</td><td><code>").Append(E(feature.Id)).Append("</code></td><td>").Append(E(feature.Capability))
                    .Append("</td><td>").Append(E(feature.Provider ?? "not declared")).Append("</td><td>").Append(feature.PersonalData ? "yes" : "no")
                    .Append("</td><td>").Append(E(feature.Notice)).Append("</td><td>")
                    .Append(string.Join("<br>", feature.DeclaredBy.Select(d => $"<code>{E(d.Symbol)}</code> ({E(d.Source)}, {E(d.File)}:{N(d.Line)})")))
                    .Append("</td><td class=\"num\">").Append(N(project.Calls.Count(c => MarkdownOutput.GroupOf(c) == feature.Id))).Append("</td></tr>\n");
            }
        }

        html.Append("</tbody></table>\n");

        html.Append("<h2>AI calls</h2>\n<table class=\"sortable\"><thead><tr><th>Project</th><th>Feature</th><th>Where</th><th>Member</th><th>Calls</th><th>Kind</th><th>Capability</th><th>Provider</th><th>Consent</th><th>Opt-out</th><th>Disclosure</th><th>Review</th><th>Findings</th></tr></thead><tbody>\n");
        foreach (var (project, call) in calls)
        {
            html.Append("<tr><td>").Append(E(project)).Append("</td><td>").Append(E(MarkdownOutput.GroupOf(call))).Append("</td><td data-sort=\"")
                .Append(E($"{call.File}:{call.Line:D6}")).Append("\">").Append(E(call.File)).Append(':').Append(N(call.Line)).Append("</td><td><code>").Append(E(call.Member))
                .Append("</code></td><td><code>").Append(E(call.Target)).Append("</code></td><td>").Append(E(call.Kind)).Append("</td><td>").Append(E(call.Capability))
                .Append("</td><td>").Append(E(call.Provider ?? "")).Append("</td><td>").Append(Status(call.Consent)).Append("</td><td>").Append(Status(call.OptOut))
                .Append("</td><td>").Append(Status(call.Disclosure));
            foreach (var output in call.Outputs)
            {
                html.Append("<br><span class=\"muted\">").Append(E(output.Kind)).Append(' ').Append(E(output.Target)).Append(", line ").Append(N(output.Line)).Append("</span>");
            }

            html.Append("</td><td>").Append(Status(call.Review)).Append("</td><td>").Append(string.Join(", ", call.Findings.Select(f => RuleLink(f, rules)))).Append("</td></tr>\n");
        }

        html.Append("</tbody></table>\n");

        html.Append("<h2>Generated gateways</h2>\n<table class=\"sortable\"><thead><tr><th>Project</th><th>Feature</th><th>Gateway</th><th>Implementation</th><th>Where</th></tr></thead><tbody>\n");
        foreach (var project in document.Projects)
        {
            foreach (var gateway in project.Gateways)
            {
                html.Append("<tr><td>").Append(E(project.Name)).Append("</td><td><code>").Append(E(gateway.Feature)).Append("</code></td><td><code>").Append(E(gateway.Member))
                    .Append("</code></td><td><code>").Append(E(gateway.Implementation ?? "")).Append("</code></td><td>").Append(E(gateway.File)).Append(':').Append(N(gateway.Line)).Append("</td></tr>\n");
            }
        }

        html.Append("</tbody></table>\n");

        html.Append("<h2>Findings</h2>\n<table class=\"sortable\"><thead><tr><th>Project</th><th>Rule</th><th>Severity</th><th>Where</th><th>Member</th><th>Message</th><th>Policy clause</th></tr></thead><tbody>\n");
        foreach (var (project, finding) in findings)
        {
            html.Append("<tr><td>").Append(E(project)).Append("</td><td>").Append(RuleLink(finding.Rule, rules)).Append("</td><td>").Append(E(finding.Severity))
                .Append("</td><td data-sort=\"").Append(E($"{finding.File}:{finding.Line:D6}")).Append("\">").Append(E(finding.File)).Append(':').Append(N(finding.Line))
                .Append("</td><td><code>").Append(E(finding.Member ?? "")).Append("</code></td><td>").Append(E(finding.Message)).Append("</td><td>").Append(E(finding.Clause ?? ""))
                .Append("</td></tr>\n");
        }

        html.Append("</tbody></table>\n");

        html.Append("<h2>Rules</h2>\n<table class=\"sortable\"><thead><tr><th>Rule</th><th>Default severity</th><th>Policy clause</th><th>Title</th></tr></thead><tbody>\n");
        foreach (var rule in document.Rules)
        {
            html.Append("<tr><td>").Append(RuleLink(rule.Id, rules)).Append("</td><td>").Append(E(rule.DefaultSeverity)).Append("</td><td>").Append(E(rule.Clause ?? ""))
                .Append("</td><td>").Append(E(rule.Title)).Append("</td></tr>\n");
        }

        html.Append("</tbody></table>\n<script>\n").Append(Script).Append("</script>\n</body>\n</html>\n");
        return html.ToString();
    }

    private static List<(string Label, int Value)> Count(IEnumerable<string> values) =>
        values.GroupBy(v => v, StringComparer.Ordinal).Select(g => (g.Key, g.Count()))
            .OrderByDescending(x => x.Item2).ThenBy(x => x.Key, StringComparer.Ordinal).ToList();

    /// <summary>A horizontal bar chart as inline SVG.</summary>
    private static string Bars(string title, IReadOnlyList<(string Label, int Value)> items, string color)
    {
        const int Row = 22, Label = 170, Width = 420;
        var svg = new StringBuilder();
        svg.Append("<div class=\"chart\"><h3>").Append(E(title)).Append("</h3>\n");
        if (items.Count == 0)
        {
            return svg.Append("<p class=\"muted\">None.</p></div>\n").ToString();
        }

        var max = items.Max(i => i.Value);
        var height = items.Count * Row + 4;
        svg.Append(CultureInfo.InvariantCulture, $"<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" aria-label=\"{E(title)}\" width=\"{Width}\" height=\"{height}\" viewBox=\"0 0 {Width} {height}\" font-size=\"12\">\n");
        for (var i = 0; i < items.Count; i++)
        {
            var (label, value) = items[i];
            var y = i * Row + 2;
            var bar = Math.Max(1, (int)Math.Round((Width - Label - 40) * (double)value / max));
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{Label - 6}\" y=\"{y + 15}\" text-anchor=\"end\">{E(Short(label))}</text>");
            svg.Append(CultureInfo.InvariantCulture, $"<rect x=\"{Label}\" y=\"{y + 3}\" width=\"{bar}\" height=\"{Row - 6}\" fill=\"{color}\"><title>{E(label)}: {value}</title></rect>");
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{Label + bar + 4}\" y=\"{y + 15}\">{value}</text>\n");
        }

        return svg.Append("</svg></div>\n").ToString();
    }

    /// <summary>Guarded (green) and unguarded (red) calls per project, stacked, as inline SVG.</summary>
    private static string Stacked(string title, IReadOnlyList<(string Name, int Guarded, int Unguarded)> items)
    {
        const int Row = 22, Label = 170, Width = 420;
        var svg = new StringBuilder();
        svg.Append("<div class=\"chart\"><h3>").Append(E(title)).Append("</h3>\n");
        var max = items.Count == 0 ? 0 : items.Max(i => i.Guarded + i.Unguarded);
        if (max == 0)
        {
            return svg.Append("<p class=\"muted\">No AI call.</p></div>\n").ToString();
        }

        var height = items.Count * Row + 24;
        svg.Append(CultureInfo.InvariantCulture, $"<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" aria-label=\"{E(title)}\" width=\"{Width}\" height=\"{height}\" viewBox=\"0 0 {Width} {height}\" font-size=\"12\">\n");
        for (var i = 0; i < items.Count; i++)
        {
            var (name, guarded, unguarded) = items[i];
            var y = i * Row + 2;
            var scale = (Width - Label - 60) / (double)max;
            var g = (int)Math.Round(guarded * scale);
            var u = (int)Math.Round(unguarded * scale);
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{Label - 6}\" y=\"{y + 15}\" text-anchor=\"end\">{E(Short(name))}</text>");
            svg.Append(CultureInfo.InvariantCulture, $"<rect x=\"{Label}\" y=\"{y + 3}\" width=\"{g}\" height=\"{Row - 6}\" fill=\"#1a7f37\"><title>{E(name)}: {guarded} guarded</title></rect>");
            svg.Append(CultureInfo.InvariantCulture, $"<rect x=\"{Label + g}\" y=\"{y + 3}\" width=\"{u}\" height=\"{Row - 6}\" fill=\"#cf222e\"><title>{E(name)}: {unguarded} unguarded</title></rect>");
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{Label + g + u + 4}\" y=\"{y + 15}\">{guarded}/{unguarded}</text>\n");
        }

        var legend = items.Count * Row + 18;
        svg.Append(CultureInfo.InvariantCulture, $"<rect x=\"{Label}\" y=\"{legend - 10}\" width=\"10\" height=\"10\" fill=\"#1a7f37\"/><text x=\"{Label + 14}\" y=\"{legend}\">guarded or no duty</text>");
        svg.Append(CultureInfo.InvariantCulture, $"<rect x=\"{Label + 130}\" y=\"{legend - 10}\" width=\"10\" height=\"10\" fill=\"#cf222e\"/><text x=\"{Label + 144}\" y=\"{legend}\">unguarded</text>\n");
        return svg.Append("</svg></div>\n").ToString();
    }

    private static string Status(string status) =>
        status is "missing" or "undisclosed" or "unreviewed" ? $"<span class=\"bad\">{E(status)}</span>"
        : status is "checked" or "disclosed" or "gateway" ? $"<span class=\"ok\">{E(status)}</span>"
        : E(status);

    private static string RuleLink(string id, IReadOnlyDictionary<string, RuleInfo> rules) =>
        rules.TryGetValue(id, out var rule) ? $"<a href=\"{E(rule.HelpUri)}\">{E(id)}</a>" : E(id);

    private static string Short(string text) => text.Length <= 26 ? text : text[..25] + "…";

    private static string N(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static string E(string text) => WebUtility.HtmlEncode(text);
}
