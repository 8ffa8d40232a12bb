using System;
using System.Collections.Generic;
using System.Linq;
using ResponsibleAI.Analyzers.Catalog;

namespace ResponsibleAI.Analyzers.Analysis;

/// <summary>
/// Decides whether prompt text asks a model to infer a protected characteristic or a person's emotions (RAI2002), from
/// <see cref="ProfilingLexicon"/>: in one sentence, a category, a person and an inference (or a question about the person,
/// or a field to fill in), with no negation before the inference in its clause. A topic (a debate about religion), a
/// characteristic the person states, or a prohibition ("do not infer the user's age") is not profiling.
/// </summary>
internal static class ProfilingMatcher
{
    private static readonly string[][] Persons = Split(ProfilingLexicon.Persons);
    private static readonly string[][] Inferences = Split(ProfilingLexicon.Inferences);
    private static readonly string[][] Outputs = Split(ProfilingLexicon.Outputs);
    private static readonly string[][] Negations = Split(ProfilingLexicon.Negations);
    private static readonly string[][] ClauseBreaks = Split(ProfilingLexicon.ClauseBreaks);
    private static readonly string[][] Moderation = Split(ProfilingLexicon.Moderation);
    private static readonly (ProfilingCategory Category, string[][] Terms)[] Categories = Array.ConvertAll(
        ProfilingLexicon.Categories, static c => (c, Split(c.Terms)));

    // The first letters-and-digits run of every person term's and every category term's first word ("left-wing" gives
    // "left"): a text without one of each cannot match. Checked first, without splitting the text into strings.
    private const int PersonFlag = 1;
    private const int CategoryFlag = 2;
    private static readonly NameTable FirstRuns = new(FirstRunsOf(Persons, PersonFlag).Concat(FirstRunsOf(Array.ConvertAll(Categories, static c => c.Terms).SelectMany(static t => t), CategoryFlag)));

    /// <summary>Whether the text names a person and a category at all: a cheap test that every match passes.</summary>
    public static bool MayMatch(string text)
    {
        var buffer = new char[text.Length];
        for (var i = 0; i < text.Length; i++)
        {
            buffer[i] = char.ToLowerInvariant(text[i]);
        }

        var found = 0;
        var start = -1;
        for (var i = 0; i <= buffer.Length; i++)
        {
            if (i < buffer.Length && char.IsLetterOrDigit(buffer[i]))
            {
                start = start < 0 ? i : start;
                continue;
            }

            if (start >= 0)
            {
                found |= FirstRuns.FlagsOf(buffer, start, i - start);
                if (found == (PersonFlag | CategoryFlag))
                {
                    return true;
                }

                start = -1;
            }
        }

        return false;
    }

    private static IEnumerable<(string, int)> FirstRunsOf(IEnumerable<string[]> terms, int flag)
    {
        foreach (var term in terms)
        {
            if (term.Length == 0)
            {
                continue;
            }

            var word = term[0];
            var end = 0;
            while (end < word.Length && char.IsLetterOrDigit(word[end]))
            {
                end++;
            }

            if (end > 0)
            {
                yield return (word.Substring(0, end), flag);
            }
        }
    }

    /// <summary>The category the text asks to infer, or null.</summary>
    public static ProfilingCategory? Match(string text)
    {
        if (!MayMatch(text))
        {
            return null;
        }

        foreach (var (sentence, question) in Sentences(text))
        {
            var words = Words(sentence);
            if (words.Count == 0 || !Contains(words, Persons, out _) || Contains(words, Moderation, out _))
            {
                continue;
            }

            foreach (var (category, terms) in Categories)
            {
                if (Contains(words, terms, out _) && Infers(words, sentence, question))
                {
                    return category;
                }
            }
        }

        return null;
    }

    private static bool Infers(List<string> words, string sentence, bool question)
    {
        // The inference must sit in a clause with no negation before it.
        var start = 0;
        var anyCue = false;
        for (var i = 0; i <= words.Count; i++)
        {
            if (i < words.Count && !StartsAny(words, i, ClauseBreaks))
            {
                continue;
            }

            var clause = words.GetRange(start, i - start);
            if (FirstIndex(clause, Inferences) is { } cue)
            {
                anyCue = true;
                if (!NegatedBefore(clause, cue))
                {
                    return true;
                }
            }
            else if (FirstIndex(clause, Outputs) is { } output && HasField(sentence) && !NegatedBefore(clause, output))
            {
                return true;
            }

            start = i + 1;
        }

        // A question about the person ("What race is the person in this photo?") asks for the inference itself.
        return question && !anyCue && FirstIndex(words, Negations) is null;
    }

    private static bool HasField(string sentence) =>
        sentence.IndexOf('{') >= 0 || Words(sentence) is var words && (words.Contains("field") || words.Contains("column") || words.Contains("json") || words.Contains("campo") || words.Contains("champ") || words.Contains("feld"));

    private static bool NegatedBefore(List<string> clause, int index)
    {
        for (var i = 0; i < index; i++)
        {
            if (StartsAny(clause, i, Negations) || clause[i].StartsWith("n'", StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private static int? FirstIndex(List<string> words, string[][] terms)
    {
        for (var i = 0; i < words.Count; i++)
        {
            if (StartsAny(words, i, terms))
            {
                return i;
            }
        }

        return null;
    }

    private static bool Contains(List<string> words, string[][] terms, out int index)
    {
        index = FirstIndex(words, terms) ?? -1;
        return index >= 0;
    }

    private static bool StartsAny(List<string> words, int at, string[][] terms)
    {
        foreach (var term in terms)
        {
            if (at + term.Length > words.Count)
            {
                continue;
            }

            var match = true;
            for (var j = 0; j < term.Length && match; j++)
            {
                match = words[at + j] == term[j];
            }

            if (match)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Sentences (split at . ! ? ; and line breaks), each with whether it ends with a question mark.</summary>
    private static IEnumerable<(string Sentence, bool Question)> Sentences(string text)
    {
        var start = 0;
        for (var i = 0; i <= text.Length; i++)
        {
            var end = i == text.Length || text[i] is '.' or '!' or '?' or ';' or '\n' or '¿' or '¡';
            if (!end)
            {
                continue;
            }

            if (i > start)
            {
                yield return (text.Substring(start, i - start), i < text.Length && text[i] == '?');
            }

            start = i + 1;
        }
    }

    /// <summary>Lower-case words: letters, digits and apostrophes, with '_' and '-' joining nothing ("political_leaning" is two words, "left-wing" one).</summary>
    private static List<string> Words(string text)
    {
        var words = new List<string>();
        var current = new System.Text.StringBuilder();
        foreach (var raw in text)
        {
            var c = raw == '’' ? '\'' : char.ToLowerInvariant(raw);
            if (char.IsLetterOrDigit(c) || c == '\'' || (c == '-' && current.Length > 0))
            {
                current.Append(c);
            }
            else if (current.Length > 0)
            {
                words.Add(current.ToString().Trim('\'', '-'));
                current.Clear();
            }
        }

        if (current.Length > 0)
        {
            words.Add(current.ToString().Trim('\'', '-'));
        }

        // "user's" is "user" for matching; "l'auteur" is "auteur" (French elision); keep "n'..." (French negation) and "parkinson's".
        for (var i = 0; i < words.Count; i++)
        {
            if (words[i].Length > 2 && words[i][1] == '\'' && words[i][0] is 'l' or 'd' or 's' or 'j' or 'c' or 'm' or 't')
            {
                words[i] = words[i].Substring(2);
            }
            else if (words[i].StartsWith("qu'", StringComparison.Ordinal) && words[i].Length > 3)
            {
                words[i] = words[i].Substring(3);
            }

            if (words[i].EndsWith("'s", StringComparison.Ordinal) && words[i] != "parkinson's" && words[i] != "don's")
            {
                words[i] = words[i].Substring(0, words[i].Length - 2);
            }
        }

        return words;
    }

    private static string[][] Split(string[] terms) =>
        Array.ConvertAll(terms, static t => Words(t).ToArray());
}
