using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using ResponsibleAI.Analyzers.Catalog;

namespace ResponsibleAI.Analyzers.Configuration;

/// <summary>What a line of ResponsibleAI.txt declares.</summary>
internal enum ConfigurationKind
{
    Feature,
    ConsentGuard,
    OptOutGuard,
    Disclosure,
    HumanReview,
    ReviewRequired,

    /// <summary>A seventh kind, for output APIs the catalog does not know: an output API whose arguments leave the application (RAI1003 sink).</summary>
    OutputSink,
}

/// <summary>One well-formed line of ResponsibleAI.txt.</summary>
internal sealed record ConfigurationEntry(
    ConfigurationKind Kind,
    string DocumentationId,
    string? FeatureId,
    AiCapability? Capability,
    string? Provider,
    bool? GeneratesContent,
    int LineNumber,
    bool? PersonalData = null);

/// <summary>A line that did not parse: 1-based line number, the span to underline and why.</summary>
internal sealed record ConfigurationError(int LineNumber, TextSpan Span, LinePositionSpan LineSpan, string Message);

/// <summary>
/// The parsed ResponsibleAI.txt. Syntax (see docs/rules/RAI9001.md):
/// <c>KIND DOCID [; key=value]*</c>, <c>#</c> comments (at line start or after white space), blank lines ignored.
/// Parsing never throws: every problem becomes a <see cref="ConfigurationError"/>.
/// </summary>
internal sealed class ConfigurationFile
{
    public const string FileName = "ResponsibleAI.txt";

    // Documentation-comment IDs as the compiler writes them: a kind letter, a colon, a dotted name ('#' stands for '.'
    // inside names: M:N.T.#ctor, explicit implementations), optional parameter list. Validated loosely; resolution decides the rest.
    private static readonly Regex DocumentationIdPattern = new(
        @"^[MPTFE]:[A-Za-z_@][^\s;()]*(\([^\s;]*\))?(~[^\s;]+)?$", RegexOptions.CultureInvariant);

    public static readonly ConfigurationFile Empty = new(ImmutableArray<ConfigurationEntry>.Empty, ImmutableArray<ConfigurationError>.Empty);

    public ConfigurationFile(ImmutableArray<ConfigurationEntry> entries, ImmutableArray<ConfigurationError> errors)
    {
        Entries = entries;
        Errors = errors;
    }

    public ImmutableArray<ConfigurationEntry> Entries { get; }

    public ImmutableArray<ConfigurationError> Errors { get; }

    public static bool IsConfigurationFile(AdditionalText file) =>
        string.Equals(System.IO.Path.GetFileName(file.Path), FileName, StringComparison.OrdinalIgnoreCase);

    public static ConfigurationFile Parse(SourceText text)
    {
        var entries = ImmutableArray.CreateBuilder<ConfigurationEntry>();
        var errors = ImmutableArray.CreateBuilder<ConfigurationError>();
        foreach (var line in text.Lines)
        {
            var raw = line.ToString();
            var content = StripComment(raw);
            if (content.Trim().Length == 0)
            {
                continue;
            }

            var lineNumber = line.LineNumber + 1;
            var (entry, error) = ParseLine(content, lineNumber);
            if (entry is not null)
            {
                entries.Add(entry);
            }
            else
            {
                var start = raw.Length - raw.TrimStart().Length;
                var length = content.TrimEnd().Length - start;
                var span = new TextSpan(line.Start + start, Math.Max(0, length));
                errors.Add(new ConfigurationError(lineNumber, span, text.Lines.GetLinePositionSpan(span), error!));
            }
        }

        return new ConfigurationFile(entries.ToImmutable(), errors.ToImmutable());
    }

    /// <summary>Everything from a '#' that starts the line or follows white space is a comment.</summary>
    private static string StripComment(string line)
    {
        for (var i = 0; i < line.Length; i++)
        {
            if (line[i] == '#' && (i == 0 || char.IsWhiteSpace(line[i - 1])))
            {
                return line.Substring(0, i);
            }
        }

        return line;
    }

    private static (ConfigurationEntry? Entry, string? Error) ParseLine(string content, int lineNumber)
    {
        var parts = content.Split(';');
        var head = parts[0].Trim();
        var space = IndexOfWhiteSpace(head);
        if (space < 0)
        {
            return (null, head.Length == 0
                ? "expected 'KIND DOCID' before ';'"
                : $"expected 'KIND DOCID', found only '{head}'");
        }

        var kindText = head.Substring(0, space);
        var docId = head.Substring(space).Trim();
        if (!TryParseKind(kindText, out var kind))
        {
            return (null, $"unknown kind '{kindText}' (expected feature, consent-guard, optout-guard, disclosure, human-review, review-required or output-sink)");
        }

        if (IndexOfWhiteSpace(docId) >= 0 || !DocumentationIdPattern.IsMatch(docId))
        {
            return (null, $"'{docId}' is not a documentation-comment ID (e.g. M:Namespace.Type.Method(System.String))");
        }

        var allowed = AllowedPrefixes(kind);
        if (allowed.IndexOf(docId[0]) < 0)
        {
            return (null, $"'{KindText(kind)}' takes a {DescribePrefixes(allowed)} ID, not '{docId.Substring(0, 2)}'");
        }

        string? id = null, provider = null;
        AiCapability? capability = null;
        bool? generatesContent = null, personalData = null;
        for (var i = 1; i < parts.Length; i++)
        {
            var pair = parts[i].Trim();
            if (pair.Length == 0)
            {
                return (null, "empty '; key=value' pair");
            }

            var eq = pair.IndexOf('=');
            if (eq <= 0)
            {
                return (null, $"expected 'key=value', found '{pair}'");
            }

            var key = pair.Substring(0, eq).Trim();
            var value = pair.Substring(eq + 1).Trim();
            if (kind != ConfigurationKind.Feature)
            {
                return (null, key is "id" or "capability" or "provider" or "generates-content" or "personal-data"
                    ? $"key '{key}' applies only to 'feature' lines"
                    : $"unknown key '{key}' ('{KindText(kind)}' lines take no keys)");
            }

            switch (key)
            {
                case "id":
                    if (!AiFeatureId.IsValid(value))
                    {
                        return (null, $"feature id '{value}' must be lower.dotted (e.g. lecture.summary, reach.captions-v2)");
                    }

                    id = value;
                    break;
                case "capability":
                    // Names only: Enum.TryParse would also take numbers and comma-joined flag combinations.
                    if (!IsIdentifier(value) || !Enum.TryParse<AiCapability>(value, ignoreCase: false, out var parsed) || !Enum.IsDefined(typeof(AiCapability), parsed))
                    {
                        return (null, $"unknown capability '{value}' (expected an AiCapability name such as Chat, Summarization, Captioning)");
                    }

                    capability = parsed;
                    break;
                case "provider":
                    if (value.Length == 0)
                    {
                        return (null, "provider must not be empty");
                    }

                    provider = value;
                    break;
                case "generates-content":
                    if (!bool.TryParse(value, out var flag))
                    {
                        return (null, $"generates-content must be true or false, not '{value}'");
                    }

                    generatesContent = flag;
                    break;
                case "personal-data":
                    if (!bool.TryParse(value, out var personal))
                    {
                        return (null, $"personal-data must be true or false, not '{value}'");
                    }

                    personalData = personal;
                    break;
                default:
                    return (null, $"unknown key '{key}' (expected id, capability, provider, generates-content or personal-data)");
            }
        }

        return (new ConfigurationEntry(kind, docId, id, capability, provider, generatesContent, lineNumber, personalData), null);
    }

    private static bool IsIdentifier(string text)
    {
        if (text.Length == 0 || !char.IsLetter(text[0]))
        {
            return false;
        }

        foreach (var c in text)
        {
            if (!char.IsLetterOrDigit(c))
            {
                return false;
            }
        }

        return true;
    }

    private static int IndexOfWhiteSpace(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsWhiteSpace(text[i]))
            {
                return i;
            }
        }

        return -1;
    }

    private static bool TryParseKind(string text, out ConfigurationKind kind)
    {
        switch (text)
        {
            case "feature": kind = ConfigurationKind.Feature; return true;
            case "consent-guard": kind = ConfigurationKind.ConsentGuard; return true;
            case "optout-guard": kind = ConfigurationKind.OptOutGuard; return true;
            case "disclosure": kind = ConfigurationKind.Disclosure; return true;
            case "human-review": kind = ConfigurationKind.HumanReview; return true;
            case "review-required": kind = ConfigurationKind.ReviewRequired; return true;
            case "output-sink": kind = ConfigurationKind.OutputSink; return true;
            default: kind = default; return false;
        }
    }

    public static string KindText(ConfigurationKind kind) => kind switch
    {
        ConfigurationKind.Feature => "feature",
        ConfigurationKind.ConsentGuard => "consent-guard",
        ConfigurationKind.OptOutGuard => "optout-guard",
        ConfigurationKind.Disclosure => "disclosure",
        ConfigurationKind.HumanReview => "human-review",
        ConfigurationKind.OutputSink => "output-sink",
        _ => "review-required",
    };

    private static string AllowedPrefixes(ConfigurationKind kind) => kind switch
    {
        ConfigurationKind.Feature => "MPT",
        ConfigurationKind.ConsentGuard or ConfigurationKind.OptOutGuard => "MP",
        ConfigurationKind.Disclosure or ConfigurationKind.HumanReview or ConfigurationKind.OutputSink => "M",
        _ => "MP",
    };

    private static string DescribePrefixes(string prefixes)
    {
        var names = new List<string>();
        foreach (var c in prefixes)
        {
            names.Add(c switch { 'M' => "method (M:)", 'P' => "property (P:)", _ => "type (T:)" });
        }

        return string.Join(" or ", names);
    }
}
