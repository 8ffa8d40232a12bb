using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Text;

namespace ResponsibleAI.Benchmarks.Corpus;

/// <summary>What the AI-using files of a corpus call: an AI SDK (the pack's twin), platform APIs (CA1416's twin), or nothing.</summary>
public enum CorpusKind
{
    /// <summary>Every 20th file calls <c>IChatClient</c> behind consent and opt-out guards, or not.</summary>
    Ai,

    /// <summary>The same files call Windows-only APIs behind <c>OperatingSystem.IsWindows()</c>, or not.</summary>
    Platform,

    /// <summary>Business code only, and no AI SDK among the references.</summary>
    NoSdk,
}

/// <summary>A generated corpus: its files (path and text) and the diagnostics its author expects, per rule id.</summary>
public sealed record GeneratedCorpus(CorpusKind Kind, ImmutableArray<(string Path, string Text)> Files, ImmutableDictionary<string, int> Expected, int Lines);

/// <summary>
/// Realistic integrator code at a chosen size: about 94 lines per file, of which one file in twenty (5%) makes calls of
/// interest (six per file: guarded and disclosed, unguarded, half guarded, guarded in a loop, a constant prompt, guards
/// joined by <c>&amp;&amp;</c>) and the rest is ordinary business code (records, LINQ, loops, a <c>switch</c>, async
/// I/O-shaped methods). The platform twin has the same shape with Windows-only calls and <c>OperatingSystem</c> checks.
/// Deterministic: the same arguments give the same text. The expected counts follow the rule pages, not a run.
/// </summary>
public static class CorpusGenerator
{
    public const int CallFileEvery = 20;

    public static GeneratedCorpus Generate(int files, CorpusKind kind)
    {
        var result = ImmutableArray.CreateBuilder<(string, string)>(files + 1);
        var lines = 0;
        var callFiles = 0;
        if (kind == CorpusKind.Ai)
        {
            result.Add(("Governance.cs", Governance));
            lines += CountLines(Governance);
        }

        for (var i = 0; i < files; i++)
        {
            var hasCalls = kind != CorpusKind.NoSdk && i % CallFileEvery == 0;
            var text = hasCalls
                ? kind == CorpusKind.Ai ? AiFile(i) : PlatformFile(i)
                : BusinessFile(i);
            callFiles += hasCalls ? 1 : 0;
            lines += CountLines(text);
            result.Add(($"Module{i / 100:D2}/File{i:D4}.cs", text));
        }

        var expected = kind switch
        {
            // Per AI file (see AiFile): RAI1001 at 1 call, RAI1002 at 2, RAI1003 at 3 returns, RAI1005 (no [AiFeature]) at all 6.
            CorpusKind.Ai => ImmutableDictionary<string, int>.Empty
                .Add("RAI1001", callFiles).Add("RAI1002", 2 * callFiles).Add("RAI1003", 3 * callFiles).Add("RAI1005", 6 * callFiles),
            // Per platform file: the two unguarded calls.
            CorpusKind.Platform => ImmutableDictionary<string, int>.Empty.Add("CA1416", 2 * callFiles),
            _ => ImmutableDictionary<string, int>.Empty,
        };
        return new GeneratedCorpus(kind, result.ToImmutable(), expected, lines);
    }

    /// <summary>
    /// The document an editor re-analyses: five assistants (30 AI calls) between business modules, about 1,000 lines,
    /// with an "// edit here" comment to type into. Its expected diagnostics are five AI files' worth. RAI1005 is not a
    /// semantic-model diagnostic of the document alone when reported at the end of a block, so it is counted too.
    /// </summary>
    public static (string Text, ImmutableDictionary<string, int> Expected) EditedDocument()
    {
        var sb = new StringBuilder();
        sb.Append("// edit here\n");
        sb.Append("using System;\nusing System.Collections.Generic;\nusing System.Linq;\nusing System.Threading;\nusing System.Threading.Tasks;\n");
        sb.Append("using System.Text;\nusing Microsoft.Extensions.AI;\nusing Contoso.Governance;\n\n");
        for (var part = 0; part < 5; part++)
        {
            sb.Append(Module(9000 + part, AiClass(9000 + part), shortBusiness: true, blockNamespace: true));
        }

        for (var part = 0; CountLines(sb.ToString()) < 1000; part++)
        {
            sb.Append(Module(9100 + part, string.Empty, shortBusiness: false, blockNamespace: true));
        }

        return (sb.ToString(), ImmutableDictionary<string, int>.Empty.Add("RAI1001", 5).Add("RAI1002", 10).Add("RAI1003", 15).Add("RAI1005", 30));
    }

    private static int CountLines(string text)
    {
        var count = 0;
        foreach (var c in text)
        {
            count += c == '\n' ? 1 : 0;
        }

        return count;
    }

    private const string Governance = """
        using ResponsibleAI;

        namespace Contoso.Governance;

        /// <summary>The team's consent registry: true when the user consented; true when the user opted out.</summary>
        public interface IConsentRegistry
        {
            [AiConsentGuard]
            bool HasConsent(string userId);

            [AiOptOutGuard]
            bool IsOptedOut(string userId);
        }

        public static class Labels
        {
            [AiDisclosure]
            public static string Disclose(string text) => "[AI-generated, may require human review] " + text;
        }

        """;

    /// <summary>Six AI calls: the expected diagnostics are listed per method.</summary>
    private static string AiFile(int i) => Usings("using Microsoft.Extensions.AI;\nusing Contoso.Governance;\nusing System.Text;\n") + Module(i, AiClass(i), shortBusiness: true, blockNamespace: false);

    private static string AiClass(int i) => $$"""
            public sealed class Assistant{{i}}(IChatClient chat, IConsentRegistry consent)
            {
                // Guarded and disclosed: RAI1005 only (no [AiFeature]).
                public async Task<string> SummarizeAsync(string userId, string text, CancellationToken ct)
                {
                    if (!consent.HasConsent(userId)) return "";
                    if (consent.IsOptedOut(userId)) return "";
                    var response = await chat.GetResponseAsync(text, cancellationToken: ct);
                    return Labels.Disclose(response.Text);
                }

                // Unguarded and undisclosed: RAI1001, RAI1002, RAI1003, RAI1005.
                public async Task<string> DraftReplyAsync(string ticket, CancellationToken ct)
                {
                    var response = await chat.GetResponseAsync($"Draft a reply to: {ticket}", cancellationToken: ct);
                    return response.Text;
                }

                // Consent only, undisclosed: RAI1002, RAI1003, RAI1005.
                public async Task<string> TranslateAsync(string userId, string text, CancellationToken ct)
                {
                    if (!consent.HasConsent(userId))
                    {
                        throw new InvalidOperationException("No consent.");
                    }

                    var response = await chat.GetResponseAsync("Translate to French: " + text, cancellationToken: ct);
                    return response.Text;
                }

                // Guarded, in a loop, undisclosed: RAI1003, RAI1005.
                public async Task<string> TagAllAsync(string userId, IReadOnlyList<string> notes, CancellationToken ct)
                {
                    if (!consent.HasConsent(userId) || consent.IsOptedOut(userId)) return "";
                    var tags = new StringBuilder();
                    foreach (var note in notes)
                    {
                        if (note.Length == 0) continue;
                        var response = await chat.GetResponseAsync("Tag: " + note, cancellationToken: ct);
                        tags.AppendLine(response.Text);
                    }

                    return tags.ToString();
                }

                // A constant prompt (no one's data), disclosed: RAI1005 only.
                public async Task<string> TipOfTheDayAsync(CancellationToken ct)
                {
                    var response = await chat.GetResponseAsync("Give one tip for writing clear support replies.", cancellationToken: ct);
                    return Labels.Disclose(response.Text);
                }

                // Both guards joined by &&, disclosed: RAI1005 only.
                public async Task<string> ExplainAsync(string userId, string question, CancellationToken ct)
                {
                    if (consent.HasConsent(userId) && !consent.IsOptedOut(userId))
                    {
                        var response = await chat.GetResponseAsync(question, cancellationToken: ct);
                        return Labels.Disclose(response.Text);
                    }

                    return "Ask a person instead.";
                }
            }
        """;

    /// <summary>Six Windows-only calls, two of them unguarded (CA1416).</summary>
    private static string PlatformFile(int i) => Usings("using System.Text;\n") + Module(i, PlatformClass(i), shortBusiness: true, blockNamespace: false);

    private static string PlatformClass(int i) => $$"""
            public sealed class Console{{i}}(IReadOnlyList<string> lines)
            {
                // Guarded by an early return.
                public string Alert(string userId, string text)
                {
                    if (!OperatingSystem.IsWindows()) return "";
                    if (text.Length == 0) return "";
                    Console.Beep(800, 200);
                    return userId + ": " + text;
                }

                // Unguarded: CA1416.
                public string Ring(string ticket)
                {
                    Console.Beep(600, 100);
                    return $"Rang for: {ticket}";
                }

                // Guarded by a throw.
                public string Resize(string userId, string text)
                {
                    if (!OperatingSystem.IsWindows())
                    {
                        throw new InvalidOperationException("Windows only.");
                    }

                    Console.SetWindowSize(120, 40);
                    return "Resized for " + text;
                }

                // Guarded, in a loop.
                public string BeepAll(string userId, IReadOnlyList<string> notes)
                {
                    if (!OperatingSystem.IsWindows() || userId.Length == 0) return "";
                    var tags = new StringBuilder();
                    foreach (var note in notes)
                    {
                        if (note.Length == 0) continue;
                        Console.Beep(400 + note.Length, 50);
                        tags.AppendLine(note);
                    }

                    return tags.ToString();
                }

                // Unguarded: CA1416.
                public string Caps() => Console.CapsLock ? "CAPS" : "caps";

                // Guarded with &&.
                public string Explain(string userId, string question)
                {
                    if (OperatingSystem.IsWindows() && question.Length > 0)
                    {
                        Console.SetBufferSize(120, 400);
                        return question;
                    }

                    return "Not on this system.";
                }
            }
        """;

    private static string BusinessFile(int i) => Usings(string.Empty) + Module(i, string.Empty, shortBusiness: false, blockNamespace: false);

    private static string Usings(string more) =>
        "using System;\nusing System.Collections.Generic;\nusing System.Linq;\nusing System.Threading;\nusing System.Threading.Tasks;\n" + more;

    /// <summary>A business module: records, a repository-shaped service with LINQ, loops, a switch and async methods; then <paramref name="extra"/>.</summary>
    private static string Module(int i, string extra, bool shortBusiness, bool blockNamespace)
    {
        var sb = new StringBuilder();
        var module = (i / 100).ToString("D2", CultureInfo.InvariantCulture);
        sb.Append(blockNamespace ? $"\nnamespace Contoso.Module{module}.Part{i}\n{{\n" : $"\nnamespace Contoso.Module{module};\n\n");
        sb.Append(CultureInfo.InvariantCulture, $$"""
            public sealed record Order{{i}}(int Id, string Customer, decimal Amount, DateTime PlacedAt, string Status);

            public sealed class OrderService{{i}}
            {
                private readonly Dictionary<int, Order{{i}}> _orders = new();

                public void Add(Order{{i}} order)
                {
                    if (order.Amount < 0)
                    {
                        throw new ArgumentOutOfRangeException(nameof(order), "Amount must not be negative.");
                    }

                    _orders[order.Id] = order;
                }

                public decimal TotalFor(string customer) =>
                    _orders.Values.Where(o => o.Customer == customer && o.Status != "cancelled").Sum(o => o.Amount);

                public IReadOnlyList<Order{{i}}> Recent(int days)
                {
                    var since = DateTime.UtcNow.AddDays(-days);
                    return _orders.Values.Where(o => o.PlacedAt >= since).OrderByDescending(o => o.PlacedAt).ToList();
                }

                public string Describe(Order{{i}} order) => order.Status switch
                {
                    "new" => $"Order {order.Id} for {order.Customer} is new.",
                    "shipped" => $"Order {order.Id} shipped on {order.PlacedAt:yyyy-MM-dd}.",
                    "cancelled" => $"Order {order.Id} was cancelled.",
                    _ => $"Order {order.Id} is {order.Status}.",
                };

            """);
        if (!shortBusiness)
        {
            sb.Append(CultureInfo.InvariantCulture, $$"""
                    public async Task<int> ArchiveAsync(int olderThanDays, CancellationToken ct)
                    {
                        var cutoff = DateTime.UtcNow.AddDays(-olderThanDays);
                        var archived = 0;
                        foreach (var order in _orders.Values.ToList())
                        {
                            ct.ThrowIfCancellationRequested();
                            if (order.PlacedAt < cutoff && order.Status is "shipped" or "cancelled")
                            {
                                _orders.Remove(order.Id);
                                archived++;
                                await Task.Yield();
                            }
                        }

                        return archived;
                    }

                    public Dictionary<string, decimal> TotalsByCustomer()
                    {
                        var totals = new Dictionary<string, decimal>(StringComparer.Ordinal);
                        foreach (var order in _orders.Values)
                        {
                            totals[order.Customer] = totals.TryGetValue(order.Customer, out var sum) ? sum + order.Amount : order.Amount;
                        }

                        return totals;
                    }

                    public IEnumerable<string> Validate(Order{{i}} order)
                    {
                        if (string.IsNullOrWhiteSpace(order.Customer))
                        {
                            yield return "A customer is required.";
                        }

                        if (order.PlacedAt > DateTime.UtcNow.AddMinutes(5))
                        {
                            yield return "An order cannot be placed in the future.";
                        }

                        if (order.Amount > 100_000m)
                        {
                            yield return $"Order {order.Id} needs approval.";
                        }
                    }

                    public int Score(Order{{i}} order)
                    {
                        var score = 0;
                        for (var day = 0; day < 7; day++)
                        {
                            score += order.PlacedAt.AddDays(day).DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday ? 2 : 1;
                        }

                        return order.Amount > 1000 ? score * 2 : score;
                    }

                """);
        }

        sb.Append("}\n");
        if (extra.Length > 0)
        {
            sb.Append('\n').Append(extra).Append('\n');
        }

        if (blockNamespace)
        {
            sb.Append("}\n");
        }

        return sb.ToString();
    }
}
