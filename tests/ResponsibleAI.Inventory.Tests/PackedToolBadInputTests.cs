using ResponsibleAI.Inventory.Cli;
using ResponsibleAI.Tests.Infrastructure;
using Xunit;

namespace ResponsibleAI.Inventory.Tests;

/// <summary>Bad input through the packed tool: one clear message on standard error, exit code 2, never a stack trace.</summary>
public sealed partial class PackedToolTests
{
    [Fact]
    public void Help_lists_the_command_and_its_options()
    {
        var result = _tool.RunTool(_tool.ToolHome, "inventory", "--help");
        Assert.Equal(0, result.ExitCode);
        foreach (var option in new[] { "--output", "--baseline", "--fail-on", "--no-restore", "--no-progress", "new-feature" })
        {
            Assert.Contains(option, result.StandardOutput, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void A_missing_path_is_a_clear_error()
    {
        var result = _tool.RunTool(_tool.ToolHome, "inventory", "no/such/App.csproj");
        AssertError(result, "'no/such/App.csproj' does not exist.");
    }

    [Fact]
    public void Usage_errors_exit_with_two()
    {
        AssertError(_tool.RunTool(_tool.ToolHome, "inventory"), "error:");
        AssertError(_tool.RunTool(_tool.ToolHome, "inventory", _tool.LectureAssistant, "--fail-on", "new-feature"), "--fail-on needs --baseline");
        AssertError(_tool.RunTool(_tool.ToolHome, "inventory", _tool.LectureAssistant, "--baseline", _tool.LectureAssistant, "--fail-on", "everything"),
            "--fail-on: unknown change 'everything'");
    }

    [Fact]
    public void A_baseline_that_is_not_an_inventory_is_a_clear_error()
    {
        var folder = BadFolder("not-a-baseline");
        var path = Path.Combine(folder, "old.json");
        File.WriteAllText(path, "{ \"hello\": 1 }");
        AssertError(_tool.RunTool(_tool.ToolHome, "inventory", _tool.LectureAssistant, "--baseline", path), "is not an AI inventory");
    }

    [Fact]
    public void A_broken_solution_is_a_clear_error()
    {
        var folder = BadFolder("broken");
        File.WriteAllText(Path.Combine(folder, "Broken.sln"), "this is not a solution file\n");
        AssertError(_tool.RunTool(_tool.ToolHome, "inventory", Path.Combine(folder, "Broken.sln")), "Could not restore");
        AssertError(_tool.RunTool(_tool.ToolHome, "inventory", Path.Combine(folder, "Broken.sln"), "--no-restore"), "Could not read the solution");

        // A solution that parses but names a project that is not there.
        File.WriteAllText(Path.Combine(folder, "Missing.slnx"), "<Solution>\n  <Project Path=\"Gone/Gone.csproj\" />\n</Solution>\n");
        AssertError(_tool.RunTool(_tool.ToolHome, "inventory", Path.Combine(folder, "Missing.slnx"), "--no-restore"), "Could not load");
    }

    [Fact]
    public void An_unrestorable_project_is_a_clear_error()
    {
        var folder = BadFolder("unrestorable");
        File.WriteAllText(Path.Combine(folder, "App.csproj"), """
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup><TargetFramework>net10.0</TargetFramework></PropertyGroup>
              <ItemGroup><PackageReference Include="ResponsibleAI.DoesNotExist" Version="9.9.9" /></ItemGroup>
            </Project>
            """);
        Directory.CreateDirectory(Path.Combine(folder, "empty-feed"));
        File.WriteAllText(Path.Combine(folder, "nuget.config"), """
            <?xml version="1.0" encoding="utf-8"?>
            <configuration><packageSources><clear /><add key="empty" value="empty-feed" /></packageSources></configuration>
            """);
        var result = _tool.RunTool(_tool.ToolHome, "inventory", Path.Combine(folder, "App.csproj"));
        AssertError(result, "Could not restore");
        Assert.Contains("ResponsibleAI.DoesNotExist", result.StandardError, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_sdk_is_a_clear_error()
    {
        var folder = BadFolder("missing-sdk");
        File.WriteAllText(Path.Combine(folder, "global.json"), """{ "sdk": { "version": "99.0.100", "rollForward": "disable" } }""");
        File.WriteAllText(Path.Combine(folder, "App.csproj"), "<Project Sdk=\"Microsoft.NET.Sdk\"><PropertyGroup><TargetFramework>net10.0</TargetFramework></PropertyGroup></Project>\n");
        var result = _tool.RunTool(_tool.ToolHome, "inventory", Path.Combine(folder, "App.csproj"));
        AssertError(result, "The .NET SDK that the projects need was not found");
        Assert.Contains("99.0.100", result.StandardError, StringComparison.Ordinal);
    }

    private string BadFolder(string name) => Directory.CreateDirectory(Path.Combine(_tool.Root, "bad", name)).FullName;

    private static void AssertError(DotnetResult result, string message)
    {
        Assert.True(result.ExitCode == ExitCodes.Error, result.Describe($"Expected exit code {ExitCodes.Error}."));
        Assert.Contains(message, result.StandardError, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", result.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("Unhandled exception", result.Output, StringComparison.Ordinal);
    }
}
