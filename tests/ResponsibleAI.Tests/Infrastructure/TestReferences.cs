using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;

namespace ResponsibleAI.Tests.Infrastructure;

/// <summary>
/// The references every test compilation gets: .NET 10 reference assemblies (Basic.Reference.Assemblies, no NuGet at
/// test time), the REAL AI SDK assemblies restored with this test project (Microsoft.Extensions.AI, OpenAI, Semantic
/// Kernel, Anthropic, OllamaSharp, Azure.AI.Inference), ResponsibleAI.Attributes, and the stand-in assembly for the
/// SDKs not served here (Google Gen AI, AWS, Kaltura: tests/StandInSdks, marked as stand-ins in its sources).
/// </summary>
internal static class TestReferences
{
    /// <summary>Resolves nothing and touches no feed: the references come from <see cref="All"/>.</summary>
    public static ReferenceAssemblies Empty { get; } = new("net10.0");

    private static readonly string[] SdkPrefixes =
    {
        "Microsoft.Extensions.AI", "OpenAI", "System.ClientModel", "Microsoft.SemanticKernel", "Anthropic", "OllamaSharp",
        "Azure.AI.Inference", "Azure.AI.OpenAI", "Azure.Core", "Azure.Search.Documents", "Microsoft.Extensions.DependencyInjection.Abstractions", "Microsoft.Extensions.Configuration.Abstractions", "Microsoft.Extensions.Options",
        "Microsoft.Extensions.Logging.Abstractions", "Microsoft.Extensions.VectorData.Abstractions",
        "Microsoft.Agents.AI", "Spectre.Console", "Microsoft.EntityFrameworkCore", "Microsoft.Extensions.Hosting.Abstractions", "System.Memory.Data",
        "ResponsibleAI.Attributes", "StandInSdks",
    };

    public static ImmutableArray<MetadataReference> Sdks { get; } = LoadSdks();

    public static ImmutableArray<MetadataReference> All { get; } =
        Basic.Reference.Assemblies.Net100.References.All.Cast<MetadataReference>().Concat(Sdks).ToImmutableArray();

    /// <summary>
    /// <see cref="All"/> plus the ASP.NET Core reference assemblies of the installed SDK's targeting pack (the newest
    /// version there). SDK-package copies of assemblies the shared framework also ships are left out.
    /// </summary>
    public static ImmutableArray<MetadataReference> WithAspNetCore { get; } = LoadWithAspNetCore();

    private static ImmutableArray<MetadataReference> LoadWithAspNetCore()
    {
        var root = typeof(TestReferences).Assembly.GetCustomAttributes(typeof(System.Reflection.AssemblyMetadataAttribute), false)
            .Cast<System.Reflection.AssemblyMetadataAttribute>().Single(a => a.Key == "AspNetCoreRefRoot").Value!;
        var version = Directory.GetDirectories(root).OrderBy(d => Version.TryParse(Path.GetFileName(d).Split('-')[0], out var v) ? v : new Version()).Last();
        var directory = Path.Combine(version, "ref", "net10.0");
        var aspNet = Directory.EnumerateFiles(directory, "*.dll").ToList();
        var names = new HashSet<string>(aspNet.Select(Path.GetFileName)!, StringComparer.OrdinalIgnoreCase);
        return Basic.Reference.Assemblies.Net100.References.All.Cast<MetadataReference>()
            .Concat(Sdks.Where(r => !names.Contains(Path.GetFileName(r.Display!))))
            .Concat(aspNet.OrderBy(p => p, StringComparer.Ordinal).Select(p => (MetadataReference)MetadataReference.CreateFromFile(p)))
            .ToImmutableArray();
    }

    private static ImmutableArray<MetadataReference> LoadSdks()
    {
        var directory = AppContext.BaseDirectory;
        var references = new List<MetadataReference>();
        foreach (var path in Directory.EnumerateFiles(directory, "*.dll").OrderBy(p => p, StringComparer.Ordinal))
        {
            var name = Path.GetFileNameWithoutExtension(path);
            if (SdkPrefixes.Any(prefix => name.Equals(prefix, StringComparison.Ordinal) || name.StartsWith(prefix + ".", StringComparison.Ordinal)))
            {
                references.Add(MetadataReference.CreateFromFile(path));
            }
        }

        return references.ToImmutableArray();
    }
}
