using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using ResponsibleAI.Tests.Infrastructure;

namespace ResponsibleAI.IntegrationTests.Package;

/// <summary>
/// Packs the <c>ResponsibleAI</c> package once into a temporary folder feed and restores a fresh consumer project from
/// it once; every test then copies that consumer into its own folder (<see cref="CreateConsumer"/>).
/// </summary>
/// <remarks>
/// <list type="bullet">
/// <item>The version is unique per run (<c>0.1.0-test…</c>), so no NuGet cache can serve a stale copy of the package.</item>
/// <item>The pack builds into its own artifacts folder (<c>UseArtifactsOutput</c>), never into <c>src/*/bin|obj</c>,
/// so it neither disturbs nor is disturbed by other builds of the repository.</item>
/// <item>The consumer restores into a temporary <c>NUGET_PACKAGES</c>, so it neither pollutes nor is polluted by the
/// global packages folder. Its only packages are ResponsibleAI and Microsoft.Extensions.AI.Abstractions (which needs
/// the default package source: network in CI).</item>
/// <item>Set <c>KEEP_PACKAGE_TEST_FILES=1</c> to keep the temporary folder for inspection.</item>
/// </list>
/// </remarks>
public sealed class PackageFeedFixture : IDisposable
{
    public const string PackageId = "ResponsibleAI";
    public const string ConsumerProjectFile = "ConsumerApp.csproj";
    public const string ConsumerRootNamespace = "Contoso.Lectures";
    public const string AiAbstractionsVersion = "10.11.0";

    private readonly List<string> _log = [];

    public PackageFeedFixture()
    {
        Version = $"0.1.0-test{DateTime.UtcNow:yyyyMMddHHmmss}{Guid.NewGuid().ToString("N")[..6]}";
        Root = Path.Combine(Path.GetTempPath(), "responsibleai-package-tests", Version);
        FeedDirectory = Path.Combine(Root, "feed");
        NuGetPackagesDirectory = Path.Combine(Root, "nuget-packages");
        TemplateDirectory = Path.Combine(Root, "consumer-template");
        Directory.CreateDirectory(FeedDirectory);
        Directory.CreateDirectory(NuGetPackagesDirectory);
        Directory.CreateDirectory(TemplateDirectory);

        // Stop MSBuild's upward search here: nothing in the temp folder's ancestors may configure the consumers.
        foreach (var name in new[] { "Directory.Build.props", "Directory.Build.targets", "Directory.Packages.props" })
        {
            File.WriteAllText(Path.Combine(Root, name), "<Project />\n");
        }

        var total = Stopwatch.StartNew();
        Pack();
        var (sourceKey, sourceUrl) = DefaultPackageSource();
        WriteConsumer(TemplateDirectory, sourceKey, sourceUrl);
        Restore();
        _log.Add($"fixture ready in {total.Elapsed.TotalSeconds:F1} s ({Root})");
    }

    /// <summary>The unique version of this run's package.</summary>
    public string Version { get; }

    public string Root { get; }

    public string FeedDirectory { get; }

    public string NuGetPackagesDirectory { get; }

    public string TemplateDirectory { get; }

    public string PackagePath => Path.Combine(FeedDirectory, $"{PackageId}.{Version}.nupkg");

    /// <summary>What the fixture did and how long it took, for the test output.</summary>
    public IReadOnlyList<string> Log => _log;

    /// <summary>The environment every consumer command runs with: the private global packages folder.</summary>
    public IReadOnlyDictionary<string, string?> ConsumerEnvironment =>
        new Dictionary<string, string?> { ["NUGET_PACKAGES"] = NuGetPackagesDirectory };

    /// <summary>A fresh copy of the restored consumer (sources only; its restore is a quick local no-network one).</summary>
    public string CreateConsumer(string name)
    {
        var directory = Path.Combine(Root, "cases", name + "-" + Guid.NewGuid().ToString("N")[..6]);
        Directory.CreateDirectory(directory);
        foreach (var file in Directory.EnumerateFiles(TemplateDirectory))
        {
            File.Copy(file, Path.Combine(directory, Path.GetFileName(file)));
        }

        return directory;
    }

    /// <summary>Runs dotnet in a consumer folder with <see cref="ConsumerEnvironment"/>.</summary>
    public DotnetResult RunInConsumer(string consumerDirectory, params string[] arguments) =>
        DotnetCli.Run(arguments, consumerDirectory, ConsumerEnvironment);

    public void Dispose()
    {
        if (Environment.GetEnvironmentVariable("KEEP_PACKAGE_TEST_FILES") == "1")
        {
            return;
        }

        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // A straggling build server may still hold a file; the OS cleans the temp folder eventually.
        }
        catch (UnauthorizedAccessException)
        {
        }
    }

    // ------------------------------------------------------------------ set-up steps

    private void Pack()
    {
        var repository = DotnetCli.RepositoryRoot();
        var result = DotnetCli.Run(
            [
                "pack", Path.Combine("src", "Attributes", "ResponsibleAI.Attributes.csproj"),
                "-c", "Release", "-o", FeedDirectory, $"-p:Version={Version}",
                "-p:UseArtifactsOutput=true", $"-p:ArtifactsPath={Path.Combine(Root, "pack-build")}",
                "-nologo", "-nodeReuse:false",
            ],
            repository);
        _log.Add(result.Summary);
        if (result.ExitCode != 0 || !File.Exists(PackagePath))
        {
            throw new InvalidOperationException(result.Describe($"dotnet pack did not produce {PackagePath}."));
        }
    }

    /// <summary>
    /// The first enabled http(s) source of <c>dotnet nuget list source</c>, as configured on this machine (the default
    /// source, or the mirror CI points it at): never a host name hard-coded here.
    /// </summary>
    private (string Key, string Url) DefaultPackageSource()
    {
        var result = DotnetCli.Run(["nuget", "list", "source", "--format", "Detailed"], Root);
        _log.Add(result.Summary);
        var lines = result.StandardOutput.Replace("\r", "").Split('\n');
        var header = new Regex(@"^\s*\d+\.\s+(?<key>.+?)\s+\[(?<state>[^\]]+)\]\s*$", RegexOptions.CultureInvariant);
        for (var i = 0; i + 1 < lines.Length; i++)
        {
            var match = header.Match(lines[i]);
            var url = lines[i + 1].Trim();
            if (match.Success
                && match.Groups["state"].Value.Equals("Enabled", StringComparison.OrdinalIgnoreCase)
                && (url.StartsWith("https://", StringComparison.OrdinalIgnoreCase) || url.StartsWith("http://", StringComparison.OrdinalIgnoreCase)))
            {
                return (match.Groups["key"].Value, url);
            }
        }

        throw new InvalidOperationException(result.Describe("No enabled http(s) package source in 'dotnet nuget list source'."));
    }

    private void Restore()
    {
        var result = RunInConsumer(TemplateDirectory, "restore", ConsumerProjectFile, "-nologo");
        _log.Add(result.Summary);
        if (result.ExitCode != 0)
        {
            throw new InvalidOperationException(result.Describe("The consumer project did not restore from the local feed."));
        }
    }

    // ------------------------------------------------------------------ the consumer project

    private void WriteConsumer(string directory, string sourceKey, string sourceUrl)
    {
        File.WriteAllText(Path.Combine(directory, ConsumerProjectFile), $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <OutputType>Exe</OutputType>
                <TargetFramework>net10.0</TargetFramework>
                <Nullable>enable</Nullable>
                <ImplicitUsings>enable</ImplicitUsings>
                <!-- Differs from the assembly name: AiFeatures must land here (build_property.RootNamespace). -->
                <RootNamespace>{ConsumerRootNamespace}</RootNamespace>
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="{PackageId}" Version="{Version}" />
                <PackageReference Include="Microsoft.Extensions.AI.Abstractions" Version="{AiAbstractionsVersion}" />
              </ItemGroup>
            </Project>

            """);

        // The local feed for ResponsibleAI, the machine's default source for everything else.
        File.WriteAllText(Path.Combine(directory, "nuget.config"), $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <clear />
                <add key="responsibleai-local" value="{Escape(FeedDirectory)}" />
                <add key="{Escape(sourceKey)}" value="{Escape(sourceUrl)}" />
              </packageSources>
              <packageSourceMapping>
                <packageSource key="responsibleai-local">
                  <package pattern="{PackageId}" />
                </packageSource>
                <packageSource key="{Escape(sourceKey)}">
                  <package pattern="*" />
                </packageSource>
              </packageSourceMapping>
            </configuration>

            """);

        // root = true: no .editorconfig above the temp folder applies.
        File.WriteAllText(Path.Combine(directory, ".editorconfig"), "root = true\n\n[*.cs]\n");
        File.WriteAllText(Path.Combine(directory, "Program.cs"), ConsumerProgram.Source);

        static string Escape(string value) => System.Security.SecurityElement.Escape(value);
    }
}

/// <summary>The consumer's Program.cs: one unguarded AI call, one generated gateway, and a Main that reports on both.</summary>
internal static class ConsumerProgram
{
    /// <summary>The unguarded call: RAI1001 and RAI1002 are reported at its start.</summary>
    public const string UnguardedCall = "chat.GetResponseAsync(question)";

    public const string Source = """
        using Microsoft.Extensions.AI;
        using ResponsibleAI;

        namespace Contoso.Lectures;

        public static class Program
        {
            public static async Task Main()
            {
                var governance = new AiGovernance(new InMemoryAiConsentStore(), new InMemoryAiPreferenceStore(), new InMemoryAiAuditSink(),
                    new AiGovernanceOptions { SubjectIdHashKey = System.Security.Cryptography.RandomNumberGenerator.GetBytes(32) });
                var summaries = new Summaries(new EchoChatClient(), governance);

                // AiFeatures is generated into the RootNamespace (Contoso.Lectures), not the assembly name (ConsumerApp).
                Console.WriteLine($"AiFeatures.All.Count={AiFeatures.All.Count}");
                Console.WriteLine($"AiFeatures.LectureSummary.Id={AiFeatures.LectureSummary.Id}");
                try
                {
                    await summaries.SummarizeAsync(new AiSubject("student-1"), "transcript", CancellationToken.None);
                    Console.WriteLine("gateway: called without consent");
                }
                catch (AiConsentRequiredException)
                {
                    Console.WriteLine("gateway: consent required");
                }
            }
        }

        public static class Unguarded
        {
            public static async Task AskAsync(IChatClient chat, string question)
            {
                await chat.GetResponseAsync(question);
            }
        }

        public sealed partial class Summaries
        {
            private readonly IChatClient _chat;
            private readonly IAiGovernance _governance;

            public Summaries(IChatClient chat, IAiGovernance governance)
            {
                _chat = chat;
                _governance = governance;
            }

            // A disclosed gateway: the generator writes the body (consent, opt-out, audit, AiGenerated).
            [AiFeature("lecture.summary", Capability = AiCapability.Summarization, Implementation = nameof(SummarizeCoreAsync))]
            public partial Task<AiGenerated<string>> SummarizeAsync(AiSubject student, string transcript, CancellationToken ct);

            private async Task<string> SummarizeCoreAsync(AiSubject student, string transcript, CancellationToken ct) =>
                (await _chat.GetResponseAsync($"Summarize:\n{transcript}", cancellationToken: ct)).Text;
        }

        public sealed class EchoChatClient : IChatClient
        {
            public Task<ChatResponse> GetResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default) =>
                Task.FromResult(new ChatResponse(new ChatMessage(ChatRole.Assistant, "echo")));

            public IAsyncEnumerable<ChatResponseUpdate> GetStreamingResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default) =>
                throw new NotSupportedException();

            public object? GetService(Type serviceType, object? serviceKey = null) => null;

            public void Dispose()
            {
            }
        }

        """;

    /// <summary>The (line, column) of <see cref="UnguardedCall"/>, both 1-based, as the compiler reports it.</summary>
    public static (int Line, int Column) UnguardedCallPosition()
    {
        var lines = Source.Replace("\r", "").Split('\n');
        var index = Array.FindIndex(lines, l => l.Contains(UnguardedCall, StringComparison.Ordinal));
        return (index + 1, lines[index].IndexOf(UnguardedCall, StringComparison.Ordinal) + 1);
    }
}
