using System.Collections.Immutable;
using System.Reflection;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using Microsoft.CodeAnalysis;

namespace ResponsibleAI.RealCode;

/// <summary>
/// The references every analysed project compiles against, one assembly per file name, later sources winning:
/// the .NET 10 reference assemblies (Basic.Reference.Assemblies.Net100), the ASP.NET Core reference pack of the
/// installed SDK (newest version), then every managed DLL in this tool's output folder except Roslyn's and the
/// tool's own (NuGet's conflict resolution already dropped package copies older than the shared framework).
/// </summary>
internal sealed class References
{
    private static readonly string[] Excluded = { "Microsoft.CodeAnalysis", "ResponsibleAI.", "Basic.Reference.Assemblies" };

    private References(ImmutableArray<MetadataReference> all, ImmutableHashSet<string> experimentalIds, string aspNetCoreVersion)
    {
        All = all;
        ExperimentalIds = experimentalIds;
        AspNetCoreVersion = aspNetCoreVersion;
    }

    public ImmutableArray<MetadataReference> All { get; }

    /// <summary>The diagnostic ids of every [Experimental] attribute in the references: suppressed, as adopters do with NoWarn.</summary>
    public ImmutableHashSet<string> ExperimentalIds { get; }

    public string AspNetCoreVersion { get; }

    public static References Load()
    {
        var images = new SortedDictionary<string, byte[]>(StringComparer.OrdinalIgnoreCase);
        foreach (var info in Basic.Reference.Assemblies.Net100.ReferenceInfos.All)
        {
            images[info.FileName] = info.ImageBytes;
        }

        var root = typeof(References).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "AspNetCoreRefRoot").Value!;
        var versionDirectory = Directory.GetDirectories(root)
            .OrderBy(d => Version.TryParse(Path.GetFileName(d).Split('-')[0], out var v) ? v : new Version()).Last();
        foreach (var file in Directory.EnumerateFiles(Path.Combine(versionDirectory, "ref", "net10.0"), "*.dll"))
        {
            images[Path.GetFileName(file)] = File.ReadAllBytes(file);
        }

        foreach (var file in Directory.EnumerateFiles(AppContext.BaseDirectory, "*.dll"))
        {
            var name = Path.GetFileName(file);
            if (!Excluded.Any(prefix => name.StartsWith(prefix, StringComparison.OrdinalIgnoreCase)))
            {
                images[name] = File.ReadAllBytes(file);
            }
        }

        var references = ImmutableArray.CreateBuilder<MetadataReference>();
        var experimental = ImmutableHashSet.CreateBuilder<string>(StringComparer.Ordinal);
        foreach (var (name, bytes) in images)
        {
            using var pe = new PEReader(ImmutableArray.Create(bytes));
            if (!pe.HasMetadata)
            {
                continue; // a native library
            }

            experimental.UnionWith(ExperimentalDiagnosticIds(pe.GetMetadataReader()));
            references.Add(MetadataReference.CreateFromImage(bytes, filePath: name));
        }

        return new References(references.ToImmutable(), experimental.ToImmutable(), Path.GetFileName(versionDirectory));
    }

    /// <summary>The first constructor argument of every System.Diagnostics.CodeAnalysis.ExperimentalAttribute (public or polyfilled).</summary>
    private static IEnumerable<string> ExperimentalDiagnosticIds(MetadataReader reader)
    {
        foreach (var handle in reader.CustomAttributes)
        {
            var attribute = reader.GetCustomAttribute(handle);
            var typeName = attribute.Constructor.Kind switch
            {
                HandleKind.MemberReference when reader.GetMemberReference((MemberReferenceHandle)attribute.Constructor).Parent is { Kind: HandleKind.TypeReference } parent
                    => reader.GetTypeReference((TypeReferenceHandle)parent).Name,
                HandleKind.MethodDefinition
                    => reader.GetTypeDefinition(reader.GetMethodDefinition((MethodDefinitionHandle)attribute.Constructor).GetDeclaringType()).Name,
                _ => default,
            };
            if (typeName.IsNil || !reader.StringComparer.Equals(typeName, "ExperimentalAttribute"))
            {
                continue;
            }

            var value = reader.GetBlobReader(attribute.Value);
            if (value.Length > 2 && value.ReadUInt16() == 1 && value.ReadSerializedString() is { Length: > 0 } id)
            {
                yield return id;
            }
        }
    }
}
