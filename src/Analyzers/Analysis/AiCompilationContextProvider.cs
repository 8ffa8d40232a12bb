using System.Collections.Generic;
using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using ResponsibleAI.Analyzers.Configuration;

namespace ResponsibleAI.Analyzers.Analysis;

/// <summary>
/// The per-compilation context, built once per compilation and configuration and shared by every analyzer of the pack
/// (the way roslyn-analyzers share a compilation's well-known types): the catalog lookups, the attributes and the
/// memoised answers about calls, guards and features are computed once, not once per analyzer. The configuration file
/// is parsed once per text (Roslyn's per-<see cref="SourceText"/> cache, through one provider for the whole pack).
/// The cache holds no compilation alive: entries go with their compilation.
/// </summary>
internal sealed class AiCompilationContextProvider
{
    /// <summary>One provider for the pack (RAI9001 included): Roslyn caches the parsed file per (provider, text).</summary>
    public static SourceTextValueProvider<ConfigurationFile> ConfigurationProvider { get; } = new(static text => ConfigurationFile.Parse(text));

    private static readonly ConditionalWeakTable<Compilation, Contexts> Shared = new();

    // RS1012: this helper only reads the start context; the calling analyzer registers the actions.
#pragma warning disable RS1012
    public AiCompilationContext? Create(CompilationStartAnalysisContext context)
#pragma warning restore RS1012
    {
        var configuration = ConfigurationFile.Empty;
        var texts = new List<SourceText>();
        foreach (var file in context.Options.AdditionalFiles)
        {
            if (!ConfigurationFile.IsConfigurationFile(file))
            {
                continue;
            }

            var text = file.GetText(context.CancellationToken);
            if (text is not null && context.TryGetValue(text, ConfigurationProvider, out var parsed))
            {
                texts.Add(text);
                configuration = Merge(configuration, parsed);
            }
        }

        // No AI SDK, no attributes and no configured member: nothing to analyse, and no catalog lookups either.
        if (configuration.Entries.IsEmpty && !AiSdkPresence.IsReferenced(context.Compilation))
        {
            return null;
        }

        var compilation = context.Compilation;
        var cancellationToken = context.CancellationToken;
        return Shared.GetValue(compilation, static _ => new Contexts()).GetOrAdd(texts, () => AiCompilationContext.Create(compilation, configuration, cancellationToken));
    }

    private static ConfigurationFile Merge(ConfigurationFile a, ConfigurationFile b) =>
        new(a.Entries.AddRange(b.Entries), a.Errors.AddRange(b.Errors));

    /// <summary>The contexts of one compilation, one per set of configuration texts (almost always exactly one).</summary>
    private sealed class Contexts
    {
        private readonly List<(List<SourceText> Texts, AiCompilationContext? Context)> _entries = new();

        public AiCompilationContext? GetOrAdd(List<SourceText> texts, System.Func<AiCompilationContext?> create)
        {
            lock (_entries)
            {
                foreach (var (known, context) in _entries)
                {
                    if (SameTexts(known, texts))
                    {
                        return context;
                    }
                }

                // Built under the lock: the analyzers of the pack start together and would otherwise each build it.
                var created = create();
                _entries.Add((texts, created));
                return created;
            }
        }

        private static bool SameTexts(List<SourceText> a, List<SourceText> b)
        {
            if (a.Count != b.Count)
            {
                return false;
            }

            for (var i = 0; i < a.Count; i++)
            {
                if (!ReferenceEquals(a[i], b[i]) && !a[i].ContentEquals(b[i]))
                {
                    return false;
                }
            }

            return true;
        }
    }
}
