using System;
using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Text;

namespace ResponsibleAI.Analyzers.Analysis;

/// <summary>
/// Names (and name prefixes) with flags, looked up straight from a character buffer: no string is made per identifier.
/// </summary>
internal sealed class NameTable
{
    private readonly Dictionary<int, (string Name, int Flags)[]> _names = new();
    private readonly Dictionary<int, (string Prefix, int Flags)[]> _prefixes = new();
    private readonly bool[] _prefixLengths = new bool[64];
    private readonly int _maxPrefix;
    private readonly int _minName = int.MaxValue;
    private readonly int _maxName;

    public NameTable(IEnumerable<(string Name, int Flags)> names, IEnumerable<(string Prefix, int Flags)>? prefixes = null)
    {
        foreach (var (name, flags) in names)
        {
            if (name.Length == 0)
            {
                continue;
            }

            Add(_names, Hash(name, 0, name.Length), (name, flags));
            _minName = Math.Min(_minName, name.Length);
            _maxName = Math.Max(_maxName, name.Length);
        }

        foreach (var (prefix, flags) in prefixes ?? [])
        {
            if (prefix.Length is > 0 and < 64)
            {
                Add(_prefixes, Hash(prefix, 0, prefix.Length), (prefix, flags));
                _prefixLengths[prefix.Length] = true;
                _maxPrefix = Math.Max(_maxPrefix, prefix.Length);
            }
        }
    }

    public bool IsEmpty => _names.Count == 0 && _prefixes.Count == 0;

    /// <summary>The flags of the identifier <c>buffer[start..start+length]</c>: its own name's, and every prefix's it starts with.</summary>
    public int FlagsOf(char[] buffer, int start, int length)
    {
        var flags = 0;
        if (_prefixes.Count > 0)
        {
            // One pass: the hash of each prefix length is the running hash at that length.
            var hash = Seed;
            var end = Math.Min(length, _maxPrefix);
            for (var i = 0; i < end; i++)
            {
                hash = Step(hash, buffer[start + i]);
                if (_prefixLengths[i + 1] && _prefixes.TryGetValue(hash, out var candidates))
                {
                    foreach (var (prefix, prefixFlags) in candidates)
                    {
                        if (prefix.Length == i + 1 && Equal(prefix, buffer, start))
                        {
                            flags |= prefixFlags;
                        }
                    }
                }
            }
        }

        if (length >= _minName && length <= _maxName && _names.TryGetValue(Hash(buffer, start, length), out var entries))
        {
            foreach (var (name, nameFlags) in entries)
            {
                if (name.Length == length && Equal(name, buffer, start))
                {
                    flags |= nameFlags;
                }
            }
        }

        return flags;
    }

    private const int Seed = unchecked((int)2166136261);

    private static int Step(int hash, char c) => unchecked((hash ^ c) * 16777619);

    private static int Hash(string text, int start, int length)
    {
        var hash = Seed;
        for (var i = 0; i < length; i++)
        {
            hash = Step(hash, text[start + i]);
        }

        return hash;
    }

    private static int Hash(char[] buffer, int start, int length)
    {
        var hash = Seed;
        for (var i = 0; i < length; i++)
        {
            hash = Step(hash, buffer[start + i]);
        }

        return hash;
    }

    private static bool Equal(string name, char[] buffer, int start)
    {
        for (var i = 0; i < name.Length; i++)
        {
            if (name[i] != buffer[start + i])
            {
                return false;
            }
        }

        return true;
    }

    private static void Add<T>(Dictionary<int, T[]> table, int hash, T entry)
    {
        table[hash] = table.TryGetValue(hash, out var existing) ? [.. existing, entry] : [entry];
    }
}

/// <summary>
/// Reads source text for names and strings without walking its syntax: a character scan of the identifiers (comments
/// and string contents included, which can only let more bodies through) and of the string literals. A plain literal
/// without escapes is read from the text itself; a verbatim, raw, interpolated or escaped one through its token.
/// </summary>
internal static class SourceScan
{
    /// <summary>The flags of every name and string in the code block (<see cref="CodeBlock.SpansToScan"/>).</summary>
    /// <param name="leftOfDotMask">Flags that do not count for a name followed by a dot (<c>System.Console</c> names no System property).</param>
    /// <param name="onString">Flags of a string literal's value; null to skip strings.</param>
    /// <param name="onInterpolated">Flags of an interpolated string.</param>
    public static int Scan(SyntaxNode codeBlock, NameTable names, int leftOfDotMask = 0, Func<string, int>? onString = null, Func<InterpolatedStringExpressionSyntax, int>? onInterpolated = null)
    {
        var text = codeBlock.SyntaxTree.GetText();
        var flags = 0;
        foreach (var span in CodeBlock.SpansToScan(codeBlock))
        {
            var buffer = new char[span.Length];
            text.CopyTo(span.Start, buffer, 0, span.Length);
            flags |= ScanBuffer(codeBlock, buffer, span.Start, names, leftOfDotMask, onString, onInterpolated, null);
        }

        return flags;
    }

    /// <summary>
    /// The string literals (and interpolated strings) of a whole file whose flags are not zero, as tokens: found by a
    /// scan of the text, their tokens looked up only for those.
    /// </summary>
    public static List<(SyntaxToken Token, int Flags)> Strings(SyntaxTree tree, Func<string, int> onString, Func<InterpolatedStringExpressionSyntax, int> onInterpolated, System.Threading.CancellationToken cancellationToken)
    {
        var text = tree.GetText(cancellationToken);
        var root = tree.GetRoot(cancellationToken);
        var buffer = new char[text.Length];
        text.CopyTo(0, buffer, 0, text.Length);
        var hits = new List<(SyntaxToken, int)>();
        ScanBuffer(root, buffer, 0, null, 0, onString, onInterpolated, (position, flags) => hits.Add((root.FindToken(position), flags)));
        return hits;
    }

    /// <summary>Whether the file's text contains <paramref name="word"/> (ordinal): a cheap test before reading its syntax.</summary>
    public static bool Contains(SyntaxTree tree, string word, System.Threading.CancellationToken cancellationToken) =>
        tree.GetText(cancellationToken).ToString().IndexOf(word, StringComparison.Ordinal) >= 0;

    private static int ScanBuffer(SyntaxNode node, char[] buffer, int offset, NameTable? names, int leftOfDotMask,
        Func<string, int>? onString, Func<InterpolatedStringExpressionSyntax, int>? onInterpolated, Action<int, int>? onHit)
    {
        var flags = 0;
        var interpolatedEnd = -1;
        var i = 0;
        while (i < buffer.Length)
        {
            var c = buffer[i];
            if (IsIdentifierStart(c))
            {
                var start = i;
                while (i < buffer.Length && IsIdentifierPart(buffer[i]))
                {
                    i++;
                }

                if (names is not null)
                {
                    var nameFlags = names.FlagsOf(buffer, start, i - start);
                    if (nameFlags != 0 && (nameFlags & leftOfDotMask) != 0 && FollowedByDot(buffer, i))
                    {
                        nameFlags &= ~leftOfDotMask;
                    }

                    flags |= nameFlags;
                }

                continue;
            }

            if (c != '"' || onString is null)
            {
                i++;
                continue;
            }

            // A plain literal outside any interpolated string, without escapes, on one line: its text is its value.
            var previous = i > 0 ? buffer[i - 1] : ' ';
            var plain = offset + i >= interpolatedEnd && previous is not '@' and not '$' and not '\\' and not '\''
                        && !(i + 2 < buffer.Length && buffer[i + 1] == '"' && buffer[i + 2] == '"');
            if (plain && PlainLiteralEnd(buffer, i) is var end && end > 0)
            {
                if (Array.IndexOf(buffer, '\\', i + 1, end - i - 1) < 0)
                {
                    var literalFlags = onString(new string(buffer, i + 1, end - i - 1));
                    flags |= literalFlags;
                    if (literalFlags != 0)
                    {
                        onHit?.Invoke(offset + i, literalFlags);
                    }

                    i = end + 1;
                    continue;
                }
            }
            else if (plain)
            {
                // An unterminated quote (in a comment, or a character literal): not a string.
                i++;
                continue;
            }

            // Anything else: its token says what it is.
            var token = node.FindToken(offset + i);
            var next = i + 1;
            switch ((SyntaxKind)token.RawKind)
            {
                case SyntaxKind.StringLiteralToken or SyntaxKind.SingleLineRawStringLiteralToken or SyntaxKind.MultiLineRawStringLiteralToken
                    or SyntaxKind.Utf8StringLiteralToken or SyntaxKind.Utf8SingleLineRawStringLiteralToken or SyntaxKind.Utf8MultiLineRawStringLiteralToken:
                    var tokenFlags = onString(token.ValueText);
                    flags |= tokenFlags;
                    if (tokenFlags != 0)
                    {
                        onHit?.Invoke(token.SpanStart, tokenFlags);
                    }

                    next = Math.Max(next, token.Span.End - offset);
                    break;
                case SyntaxKind.CharacterLiteralToken:
                    next = Math.Max(next, token.Span.End - offset);
                    break;
                case SyntaxKind.InterpolatedStringStartToken or SyntaxKind.InterpolatedVerbatimStringStartToken
                    or SyntaxKind.InterpolatedSingleLineRawStringStartToken or SyntaxKind.InterpolatedMultiLineRawStringStartToken:
                    if (token.Parent is InterpolatedStringExpressionSyntax interpolated && interpolated.Span.End > interpolatedEnd && onInterpolated is not null)
                    {
                        // Its holes hold names and strings: scanning goes on inside it, each quote through its token.
                        var interpolatedFlags = onInterpolated(interpolated);
                        flags |= interpolatedFlags;
                        if (interpolatedFlags != 0)
                        {
                            onHit?.Invoke(token.SpanStart, interpolatedFlags);
                        }

                        interpolatedEnd = interpolated.Span.End;
                    }

                    break;
            }

            i = next;
        }

        return flags;
    }

    /// <summary>The index of the quote that ends a plain literal opened at <paramref name="open"/> on the same line, or -1.</summary>
    private static int PlainLiteralEnd(char[] buffer, int open)
    {
        for (var j = open + 1; j < buffer.Length; j++)
        {
            switch (buffer[j])
            {
                case '\\':
                    j++;
                    break;
                case '"':
                    return j;
                case '\n' or '\r':
                    return -1;
                case '*' when j + 1 < buffer.Length && buffer[j + 1] == '/':
                    return -1; // a quote inside a block comment
            }
        }

        return -1;
    }

    private static bool FollowedByDot(char[] buffer, int at)
    {
        while (at < buffer.Length && char.IsWhiteSpace(buffer[at]))
        {
            at++;
        }

        return at < buffer.Length && buffer[at] == '.';
    }

    private static bool IsIdentifierStart(char c) => c is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z') or '_' || (c > 127 && char.IsLetter(c));

    private static bool IsIdentifierPart(char c) => c is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z') or (>= '0' and <= '9') or '_' || (c > 127 && char.IsLetterOrDigit(c));
}
