using System.Diagnostics;

namespace LspProbe;

/// <summary>
/// A throwaway copy of samples/Violations in a temporary folder, so the language server's design-time builds never
/// touch the sample's own obj/ while others build. The copy references the analyzer, code-fix and attributes projects
/// exactly as the sample does (ProjectReference, OutputItemType="Analyzer"), by absolute path.
/// </summary>
internal static class Workspace
{
    public static string Prepare(string repositoryRoot, string directory, string configuration, Transcript transcript)
    {
        var sample = Path.Combine(repositoryRoot, "samples", "Violations");
        Directory.CreateDirectory(directory);
        foreach (var file in Directory.EnumerateFiles(sample))
        {
            var name = Path.GetFileName(file);
            if (name.EndsWith(".cs", StringComparison.Ordinal) || name == "ResponsibleAI.txt")
            {
                File.Copy(file, Path.Combine(directory, name), overwrite: true);
            }
        }

        // The repository's .editorconfig (root = true) so severities and style match what the sample gets in place.
        File.Copy(Path.Combine(repositoryRoot, ".editorconfig"), Path.Combine(directory, ".editorconfig"), overwrite: true);

        var src = Path.Combine(repositoryRoot, "src");
        var project = Path.Combine(directory, "Violations.csproj");
        File.WriteAllText(project, $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <!-- Written by tools/lsp/LspProbe: a copy of samples/Violations/Violations.csproj with absolute paths. -->
              <PropertyGroup>
                <TargetFramework>net10.0</TargetFramework>
                <Nullable>enable</Nullable>
                <ImplicitUsings>enable</ImplicitUsings>
                <LangVersion>latest</LangVersion>
                <IsPackable>false</IsPackable>
                <TreatWarningsAsErrors>false</TreatWarningsAsErrors>
                <Configuration Condition="'$(Configuration)' == ''">{configuration}</Configuration>
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="Microsoft.Extensions.AI" Version="10.11.0" />
                <PackageReference Include="Microsoft.Extensions.AI.OpenAI" Version="10.11.0" />
                <PackageReference Include="OpenAI" Version="2.15.0" />
              </ItemGroup>
              <ItemGroup>
                <ProjectReference Include="{src}/Attributes/ResponsibleAI.Attributes.csproj" />
                <ProjectReference Include="{src}/Analyzers/ResponsibleAI.Analyzers.csproj" OutputItemType="Analyzer" ReferenceOutputAssembly="false" />
                <ProjectReference Include="{src}/Analyzers/CodeFixes/ResponsibleAI.CodeFixes.csproj" OutputItemType="Analyzer" ReferenceOutputAssembly="false" />
              </ItemGroup>
              <ItemGroup>
                <AdditionalFiles Include="ResponsibleAI.txt" />
              </ItemGroup>
            </Project>
            """);

        // csharp-ls does not restore; without project.assets.json every package type is an error.
        transcript.Log($"dotnet restore {project}");
        var restore = Process.Start(new ProcessStartInfo("dotnet", ["restore", project, "-v:q", "-nologo"])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        })!;
        var stdout = restore.StandardOutput.ReadToEndAsync();
        var stderr = restore.StandardError.ReadToEndAsync();
        if (!restore.WaitForExit(TimeSpan.FromMinutes(3)))
        {
            restore.Kill(entireProcessTree: true);
            throw new InvalidOperationException("dotnet restore of the probe workspace did not finish within 3 minutes.");
        }

        if (restore.ExitCode != 0)
        {
            throw new InvalidOperationException($"dotnet restore failed ({restore.ExitCode}):\n{stdout.Result}\n{stderr.Result}");
        }

        return project;
    }
}
