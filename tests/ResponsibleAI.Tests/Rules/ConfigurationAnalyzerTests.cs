using System.Linq;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using Microsoft.CodeAnalysis.Text;
using ResponsibleAI.Analyzers.Configuration;
using Xunit;
using Verify = ResponsibleAI.Tests.Infrastructure.AnalyzerVerifier<ResponsibleAI.Analyzers.Configuration.ConfigurationAnalyzer>;

namespace ResponsibleAI.Tests.Rules;

/// <summary>RAI9001: every malformed line is reported at its line of ResponsibleAI.txt; good lines and comments are not.</summary>
public class ConfigurationAnalyzerTests
{
    private static DiagnosticResult At(int line, int column, int endColumn, string message) =>
        new DiagnosticResult("RAI9001", DiagnosticSeverity.Warning)
            .WithSpan("ResponsibleAI.txt", line, column, line, endColumn)
            .WithArguments(line, message);

    [Fact]
    public Task Valid_file_is_quiet() => Verify.VerifyAsync("public class C {}", """
        # comment line

        feature M:Kaltura.Services.EntryVendorTaskService.Add(Kaltura.Types.EntryVendorTask) ; id=reach.task ; capability=Captioning ; provider=Kaltura REACH
        consent-guard M:Contoso.Privacy.ConsentClient.HasConsentAsync(System.String,System.String)
        optout-guard M:Contoso.Privacy.PreferenceClient.IsOptedOut(System.String,System.String)
        disclosure M:Contoso.Web.AiBadge.Wrap(System.String)
        human-review M:Contoso.Review.ReviewQueue.AwaitApprovalAsync(System.String)
        review-required P:Contoso.Grading.Grade.Score
          feature   T:Vendor.Tagger   ;generates-content=false;   id = vendor.tagger-v2   # spaces are free
        feature M:Vendor.Catalog.Embed(System.String) ; id=catalog.embed ; capability=Embedding ; personal-data=FALSE
        feature M:Vendor.Url.Get#Fragment     # '#' inside a token is not a comment
        """);

    [Fact]
    public Task Each_malformed_line_is_reported_with_its_reason() => Verify.VerifyAsync("public class C {}", """
        feture M:A.B.C
        feature
        feature A.B.C
        feature M:A.B.C ; id=Lecture.Summary
        feature M:A.B.C ; capability=Summary
        feature M:A.B.C ; generates-content=maybe
        feature M:A.B.C ; color=blue
        consent-guard M:A.B.C ; id=a.b
        disclosure P:A.B.C
        feature M:A.B.C ; id
        feature M:A.B.C ;
        consent-guard T:A.B
        feature M:A.B.C ; capability=3
        feature M:A.B.C ; capability=Translation,Captioning
        optout-guard M:A.B.C ; color=blue
        feature M:A.B.C ; personal-data=no
        consent-guard M:A.B.C ; personal-data=false
        """,
        At(1, 1, 15, "unknown kind 'feture' (expected feature, consent-guard, optout-guard, disclosure, human-review, review-required or output-sink)"),
        At(2, 1, 8, "expected 'KIND DOCID', found only 'feature'"),
        At(3, 1, 14, "'A.B.C' is not a documentation-comment ID (e.g. M:Namespace.Type.Method(System.String))"),
        At(4, 1, 37, "feature id 'Lecture.Summary' must be lower.dotted (e.g. lecture.summary, reach.captions-v2)"),
        At(5, 1, 37, "unknown capability 'Summary' (expected an AiCapability name such as Chat, Summarization, Captioning)"),
        At(6, 1, 42, "generates-content must be true or false, not 'maybe'"),
        At(7, 1, 29, "unknown key 'color' (expected id, capability, provider, generates-content or personal-data)"),
        At(8, 1, 31, "key 'id' applies only to 'feature' lines"),
        At(9, 1, 19, "'disclosure' takes a method (M:) ID, not 'P:'"),
        At(10, 1, 21, "expected 'key=value', found 'id'"),
        At(11, 1, 18, "empty '; key=value' pair"),
        At(12, 1, 20, "'consent-guard' takes a method (M:) or property (P:) ID, not 'T:'"),
        At(13, 1, 31, "unknown capability '3' (expected an AiCapability name such as Chat, Summarization, Captioning)"),
        At(14, 1, 52, "unknown capability 'Translation,Captioning' (expected an AiCapability name such as Chat, Summarization, Captioning)"),
        At(15, 1, 34, "unknown key 'color' ('optout-guard' lines take no keys)"),
        At(16, 1, 35, "personal-data must be true or false, not 'no'"),
        At(17, 1, 44, "key 'personal-data' applies only to 'feature' lines"));

    [Fact]
    public Task Other_additional_files_are_ignored() => Verify.VerifyAsync(new[] { "public class C {}" }, null);

    [Fact]
    public void Parser_accounts_for_every_line_of_arbitrary_text()
    {
        var random = new System.Random(1234);
        const string alphabet = "featurconsent-guardoptMPT:.;=#() \t\r\n,`{}[]~@\\\"'é中";
        for (var i = 0; i < 2000; i++)
        {
            var chars = new char[random.Next(0, 120)];
            for (var j = 0; j < chars.Length; j++)
            {
                chars[j] = alphabet[random.Next(alphabet.Length)];
            }

            var text = SourceText.From(new string(chars));
            var parsed = ConfigurationFile.Parse(text);

            // Every line with content outside a comment is either an entry or an error, never both, never neither.
            var contentLines = text.Lines.Count(line => !string.IsNullOrWhiteSpace(WithoutComment(line.ToString())));
            Assert.Equal(contentLines, parsed.Entries.Length + parsed.Errors.Length);
            Assert.All(parsed.Errors, e => Assert.InRange(e.LineNumber, 1, text.Lines.Count));
        }
    }

    /// <summary>The contract's comment rule, restated independently: '#' at the start or after white space.</summary>
    private static string WithoutComment(string line)
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
}
