using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Xunit;

namespace ResponsibleAI.Tests.Generators;

/// <summary>Unusual but valid gateways compile cleanly; incomplete code never crashes the generator (CS8785) nor yields broken output.</summary>
public class GeneratorRobustnessTests
{
    [Fact]
    public void Unusual_valid_gateways_compile_cleanly()
    {
        const string source = """
            namespace Odd;

            public partial record class Records(IAiGovernance governance)
            {
                [AiFeature("odd.keywords", Capability = AiCapability.Chat, Implementation = nameof(Core))]
                public partial Task<AiGenerated<string>> @Class(AiSubject @event, string? @string, int count = 3, CancellationToken cancellationToken = default);

                private Task<string> Core(AiSubject @event, string? @string, int count, CancellationToken cancellationToken) => Task.FromResult(@string ?? "");
            }

            public partial struct Values
            {
                private readonly IAiGovernance _governance;

                public Values(IAiGovernance governance) => _governance = governance;

                [AiFeature("odd.generic", Capability = AiCapability.Classification, Implementation = nameof(Core))]
                public partial Task<T[]> ClassifyAsync<T>(AiSubject subject, params T[] items);

                private Task<T[]> Core<T>(AiSubject subject, params T[] items) => Task.FromResult(items);

                [AiFeature("odd.nullable", Capability = AiCapability.Summarization, Implementation = nameof(NullableCore))]
                internal partial AiGenerated<string?> Maybe(AiSubject subject, List<string?>? inputs);

                private string? NullableCore(AiSubject subject, List<string?>? inputs) => inputs?.FirstOrDefault();
            }

            public static partial class Extensions
            {
                private static IAiGovernance Governance => throw new NotSupportedException();

                [AiFeature("odd.extension", Capability = AiCapability.Translation, Implementation = nameof(Core))]
                public static partial ValueTask<AiGenerated<string>> TranslateAsync(this string text, AiSubject subject);

                private static ValueTask<string> Core(string text, AiSubject subject) => new(text);
            }
            """;
        var run = GeneratorHarness.RunGenerator(new[] { "global using System.Linq;\n" + source });
        Assert.Equal(5, run.Generated.Count); // 4 gateways + the registry
    }

    public static IEnumerable<object[]> Incomplete() => new[]
    {
        new object[] { "partial class C { [AiFeature(] public partial Task<AiGenerated<string>> A(AiSubject s); }" },
        new object[] { "partial class C { [AiFeature(\"a.b\", Implementation = nameof(Missing))] public partial Task<AiGenerated<string>> A(AiSubject s); IAiGovernance g; }" },
        new object[] { "partial class C { [AiFeature(\"a.b\", Implementation = nameof(Core))] public partial Task<AiGenerated<Unknown>> A(AiSubject s); Task<Unknown> Core(AiSubject s) => null; IAiGovernance g; }" },
        new object[] { "partial class C { [AiFeature(\"a.b\", Implementation = nameof(Core))] public partial Task<AiGenerated<string>> A(AiSubject s, ref int x); Task<string> Core(AiSubject s, ref int x) => null; IAiGovernance g; }" },
        new object[] { "partial class C { [AiFeature(\"a.b\", Implementation = \"\")] partial void A(AiSubject s); IAiGovernance g; }" },
        new object[] { "partial class C { [AiFeature(\"a.b\", Capability = (AiCapability)77, Implementation = nameof(Core))] public partial Task A(AiSubject s); Task Core(AiSubject s) => null; IAiGovernance g; }" },
        new object[] { "[AiFeature(null)] class C { }" },
        new object[] { "[AiFeature(\"x\")] partial interface I { [AiFeature(\"y\", Implementation = \"Z\")] Task<AiGenerated<string>> A(AiSubject s); }" },
        new object[] { "partial class C { [AiFeature(\"a.b\", Implementation = nameof(Core))] public partial Task<AiGenerated<string>> A(AiSubject s) => null; Task<string> Core(AiSubject s) => null; IAiGovernance g; }" },
        new object[] { "partial class C { [AiFeature(\"a.b\", Implementation = nameof(Core))] public partial Task<AiGenerated<string>> A(AiSubject s); Task<string> Core(AiSubject s) => null; IAiGovernance g; IAiGovernance h; }" },
    };

    [Theory]
    [MemberData(nameof(Incomplete))]
    public void Incomplete_code_never_crashes_or_breaks_the_output(string source)
    {
        var run = GeneratorHarness.RunGenerator(new[] { source }, expectClean: false);
        Assert.DoesNotContain(run.Output.GetDiagnostics(), d => d.Severity == DiagnosticSeverity.Error && d.Location.SourceTree?.FilePath.EndsWith(".g.cs", System.StringComparison.Ordinal) == true);
    }
}
