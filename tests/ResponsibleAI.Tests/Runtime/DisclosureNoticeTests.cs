using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Reflection;
using Xunit;

namespace ResponsibleAI.Tests.Runtime;

/// <summary>
/// The multilingual default notices (<see cref="AiDisclosureNotices"/>), culture selection, and how
/// <see cref="AiFeatureDescriptor"/> and <see cref="AiGenerated"/> pick a notice.
/// </summary>
public class DisclosureNoticeTests
{
    /// <summary>The words each language's notices use, checked against the policy's disclosure clause.</summary>
    private sealed record Vocabulary(string Ai, string Automatically, string Review, string Synthetic);

    private static readonly Dictionary<string, Vocabulary> Words = new()
    {
        ["en"] = new("AI", "automatically", "human review", "synthetic"),
        ["es"] = new("IA", "automáticamente", "revisión humana", "sintétic"),
        ["fr"] = new("IA", "automatiquement", "vérification humaine", "synthétique"),
        ["de"] = new("KI", "automatisch", "von einer Person auf Richtigkeit überprüft", "synthetisch"),
        ["pt"] = new("IA", "automaticamente", "revisão humana", "sintétic"),
        ["ja"] = new("AI", "自動", "人による確認", "合成"),
        ["zh-Hans"] = new("AI", "自动", "人工审核", "合成"),
    };

    private static readonly AiCapability[] AllCapabilities = (AiCapability[])Enum.GetValues(typeof(AiCapability));

    /// <summary>Content whose notice must say it was generated automatically and may need human review for accuracy.</summary>
    private static readonly AiCapability[] ReviewedContent =
    [
        AiCapability.Captioning, AiCapability.Transcription, AiCapability.Summarization, AiCapability.Translation,
        AiCapability.Chaptering, AiCapability.QuizGeneration, AiCapability.Tagging, AiCapability.Clipping,
    ];

    /// <summary>Synthetic media whose notice must say it is synthetic.</summary>
    private static readonly AiCapability[] SyntheticMedia =
    [
        AiCapability.ImageGeneration, AiCapability.VideoGeneration, AiCapability.SpeechSynthesis,
        AiCapability.Dubbing, AiCapability.AudioDescription,
    ];

    public static TheoryData<string> Cultures()
    {
        var data = new TheoryData<string>();
        foreach (var culture in AiDisclosureNotices.SupportedCultures)
        {
            data.Add(culture);
        }

        return data;
    }

    [Fact]
    public void Supported_cultures_are_english_first_and_cover_the_required_languages()
    {
        Assert.Equal("en", AiDisclosureNotices.SupportedCultures[0]);
        Assert.Equal(["en", "es", "fr", "de", "pt", "ja", "zh-Hans"], AiDisclosureNotices.SupportedCultures);
        Assert.Equal(Words.Keys.OrderBy(k => k, StringComparer.Ordinal), AiDisclosureNotices.SupportedCultures.OrderBy(k => k, StringComparer.Ordinal));
        Assert.Throws<NotSupportedException>(() => ((IList<string>)AiDisclosureNotices.SupportedCultures)[0] = "xx");
    }

    [Theory]
    [MemberData(nameof(Cultures))]
    public void Every_supported_culture_resolves_to_itself(string name)
    {
        Assert.Equal(name, AiDisclosureNotices.ResolveCulture(CultureInfo.GetCultureInfo(name)));
    }

    [Theory]
    [MemberData(nameof(Cultures))]
    public void Every_capability_has_a_nonempty_sentence_in_every_supported_culture(string name)
    {
        var culture = CultureInfo.GetCultureInfo(name);
        foreach (var capability in AllCapabilities)
        {
            var notice = AiDisclosureNotices.Default(capability, culture);
            Assert.False(string.IsNullOrWhiteSpace(notice), $"{name}/{capability}");
            Assert.Equal(notice.Trim(), notice);
            Assert.True(notice.EndsWith(".", StringComparison.Ordinal) || notice.EndsWith("。", StringComparison.Ordinal), $"{name}/{capability}: {notice}");
            Assert.Contains(Words[name].Ai, notice, StringComparison.Ordinal);
        }
    }

    [Theory]
    [MemberData(nameof(Cultures))]
    public void Captions_transcripts_summaries_translations_and_the_like_say_automatic_and_human_review(string name)
    {
        var culture = CultureInfo.GetCultureInfo(name);
        var words = Words[name];
        foreach (var capability in ReviewedContent)
        {
            var notice = AiDisclosureNotices.Default(capability, culture);
            Assert.Contains(words.Automatically, notice, StringComparison.OrdinalIgnoreCase);
            Assert.Contains(words.Review, notice, StringComparison.OrdinalIgnoreCase);
        }
    }

    [Theory]
    [MemberData(nameof(Cultures))]
    public void Generated_images_audio_voice_and_video_say_synthetic(string name)
    {
        var culture = CultureInfo.GetCultureInfo(name);
        foreach (var capability in SyntheticMedia)
        {
            Assert.Contains(Words[name].Synthetic, AiDisclosureNotices.Default(capability, culture), StringComparison.OrdinalIgnoreCase);
        }

        Assert.Contains(Words[name].Review, AiDisclosureNotices.Default(AiCapability.AudioDescription, culture), StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [MemberData(nameof(Cultures))]
    public void Other_capabilities_share_one_generic_notice_per_language(string name)
    {
        var culture = CultureInfo.GetCultureInfo(name);
        var generic = AiDisclosureNotices.Default(AiCapability.Other, culture);
        foreach (var capability in AllCapabilities.Except(ReviewedContent).Except(SyntheticMedia))
        {
            Assert.Equal(generic, AiDisclosureNotices.Default(capability, culture));
        }

        Assert.DoesNotContain(Words[name].Review, generic, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(generic, AiDisclosureNotices.Default((AiCapability)999, culture));
        Assert.Equal(generic, AiDisclosureNotices.Default((AiCapability)(-1), culture));
    }

    [Theory]
    [MemberData(nameof(Cultures))]
    public void Each_language_is_really_translated_and_distinct_per_capability_group(string name)
    {
        var culture = CultureInfo.GetCultureInfo(name);
        var distinct = ReviewedContent.Concat(SyntheticMedia).Concat([AiCapability.Other])
            .Select(c => AiDisclosureNotices.Default(c, culture)).ToList();
        Assert.Equal(distinct.Count, distinct.Distinct(StringComparer.Ordinal).Count());

        if (name != "en")
        {
            foreach (var capability in AllCapabilities)
            {
                Assert.NotEqual(AiDisclosureNotices.Default(capability, CultureInfo.InvariantCulture), AiDisclosureNotices.Default(capability, culture));
            }
        }
    }

    [Fact]
    public void Docs_page_lists_every_notice()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Analyzers.sln")))
        {
            directory = directory.Parent;
        }

        Assert.NotNull(directory);
        var page = File.ReadAllText(Path.Combine(directory!.FullName, "docs", "runtime.md"));
        foreach (var name in AiDisclosureNotices.SupportedCultures)
        {
            Assert.Contains($"(`{name}`)", page, StringComparison.Ordinal);
            foreach (var capability in AllCapabilities)
            {
                Assert.Contains("| " + AiDisclosureNotices.Default(capability, CultureInfo.GetCultureInfo(name)) + " |", page, StringComparison.Ordinal);
            }
        }
    }

    [Fact]
    public void French_notices_put_a_no_break_space_before_colons()
    {
        var french = CultureInfo.GetCultureInfo("fr");
        foreach (var capability in AllCapabilities)
        {
            var notice = AiDisclosureNotices.Default(capability, french);
            for (var i = notice.IndexOf(':'); i >= 0; i = notice.IndexOf(':', i + 1))
            {
                Assert.True(i > 0 && notice[i - 1] == '\u00A0', $"{capability}: {notice}");
            }
        }
    }

    [Theory]
    [InlineData("es-MX", "es")]
    [InlineData("es-ES", "es")]
    [InlineData("pt-PT", "pt")]
    [InlineData("pt-BR", "pt")]
    [InlineData("fr-CA", "fr")]
    [InlineData("de-CH", "de")]
    [InlineData("ja-JP", "ja")]
    [InlineData("en-GB", "en")]
    [InlineData("zh-CN", "zh-Hans")]
    [InlineData("zh-SG", "zh-Hans")]
    [InlineData("zh-Hans-HK", "zh-Hans")]
    [InlineData("zh", "zh-Hans")]
    [InlineData("zh-Hant", "en")]
    [InlineData("zh-TW", "en")]
    [InlineData("zh-HK", "en")]
    [InlineData("zh-Hant-TW", "en")]
    [InlineData("xx", "en")]
    [InlineData("it-IT", "en")]
    [InlineData("", "en")]
    public void Cultures_fall_back_through_their_parents_to_english(string requested, string expected)
    {
        var culture = CultureInfo.GetCultureInfo(requested);
        Assert.Equal(expected, AiDisclosureNotices.ResolveCulture(culture));
        var resolved = CultureInfo.GetCultureInfo(expected);
        foreach (var capability in AllCapabilities)
        {
            Assert.Equal(AiDisclosureNotices.Default(capability, resolved), AiDisclosureNotices.Default(capability, culture));
        }
    }

    [Fact]
    public void Invariant_culture_gets_english()
    {
        Assert.Equal("en", AiDisclosureNotices.ResolveCulture(CultureInfo.InvariantCulture));
        Assert.Equal(
            "This summary was generated automatically by AI and may require human review for accuracy.",
            AiDisclosureNotices.Default(AiCapability.Summarization, CultureInfo.InvariantCulture));
        Assert.Equal("This content was generated by AI.", AiDisclosureNotices.Default(AiCapability.Chat, CultureInfo.InvariantCulture));
    }

    [Theory]
    [InlineData("es-MX", "es")]
    [InlineData("pt-PT", "pt")]
    [InlineData("zh-CN", "zh-Hans")]
    [InlineData("zh-TW", "en")]
    [InlineData("it-IT", "en")]
    public void Cultures_whose_parent_chain_says_nothing_fall_back_by_name(string requested, string expected)
    {
        // As under invariant globalization mode with PredefinedCulturesOnly=false: the parent is the invariant culture.
        Assert.Equal(expected, AiDisclosureNotices.ResolveCulture(new OrphanCulture(requested)));
    }

    [Fact]
    public void Default_without_culture_follows_the_current_ui_culture()
    {
        using (new UICultureScope("de-DE"))
        {
            Assert.Equal(AiDisclosureNotices.Default(AiCapability.Captioning, CultureInfo.GetCultureInfo("de")), AiDisclosureNotices.Default(AiCapability.Captioning));
            Assert.Equal(AiDisclosureNotices.Default(AiCapability.Captioning, CultureInfo.GetCultureInfo("de")), AiDisclosureNotices.Default(AiCapability.Captioning, null));
            Assert.Equal("de", AiDisclosureNotices.ResolveCulture(null));
        }

        using (new UICultureScope("ja-JP"))
        {
            Assert.Equal(AiDisclosureNotices.Default(AiCapability.ImageGeneration, CultureInfo.GetCultureInfo("ja")), AiDisclosureNotices.Default(AiCapability.ImageGeneration));
        }

        using (new UICultureScope(""))
        {
            Assert.Equal("This image is synthetic: it was generated by AI.", AiDisclosureNotices.Default(AiCapability.ImageGeneration));
        }
    }

    [Fact]
    public void Descriptor_without_disclosure_gets_the_localized_default()
    {
        var feature = new AiFeatureDescriptor("lecture.captions", AiCapability.Captioning);
        Assert.Null(feature.Disclosure);
        foreach (var name in AiDisclosureNotices.SupportedCultures.Concat(["es-MX", "pt-PT", "zh-TW", "xx"]))
        {
            var culture = CultureInfo.GetCultureInfo(name);
            Assert.Equal(AiDisclosureNotices.Default(AiCapability.Captioning, culture), feature.GetNotice(culture));
            using (new UICultureScope(name))
            {
                Assert.Equal(AiDisclosureNotices.Default(AiCapability.Captioning, culture), feature.Notice);
                Assert.Equal(feature.Notice, feature.GetNotice(null));
            }
        }
    }

    [Fact]
    public void Descriptor_explicit_disclosure_wins_in_every_culture()
    {
        const string Custom = "Résumé IA — à vérifier.";
        var feature = new AiFeatureDescriptor("lecture.summary", AiCapability.Summarization, disclosure: Custom);
        Assert.Equal(Custom, feature.Disclosure);
        foreach (var name in AiDisclosureNotices.SupportedCultures.Concat(["es-MX", "pt-PT", "zh-TW", "xx", ""]))
        {
            var culture = CultureInfo.GetCultureInfo(name);
            Assert.Equal(Custom, feature.GetNotice(culture));
            Assert.Equal(Custom, AiGenerated.Create("text", feature, culture).Notice);
            using (new UICultureScope(name))
            {
                Assert.Equal(Custom, feature.Notice);
                Assert.Equal(Custom, AiGenerated.Create("text", feature).Notice);
            }
        }
    }

    [Fact]
    public void Descriptor_equality_does_not_depend_on_the_current_culture()
    {
        var a = new AiFeatureDescriptor("lecture.summary", AiCapability.Summarization, "self-hosted");
        var b = new AiFeatureDescriptor("lecture.summary", AiCapability.Summarization, "self-hosted");
        int hashInEnglish;
        using (new UICultureScope("en-US"))
        {
            hashInEnglish = a.GetHashCode();
        }

        using (new UICultureScope("fr-FR"))
        {
            Assert.Equal(hashInEnglish, a.GetHashCode());
            Assert.Equal(a, b);
            Assert.True(a == b);
        }

        Assert.NotEqual(a, new AiFeatureDescriptor("lecture.summary", AiCapability.Summarization, "self-hosted", disclosure: "Custom."));
    }

    [Theory]
    [MemberData(nameof(Cultures))]
    public void Create_takes_the_notice_for_the_culture_passed(string name)
    {
        var culture = CultureInfo.GetCultureInfo(name);
        var feature = new AiFeatureDescriptor("lecture.transcript", AiCapability.Transcription);
        var expected = AiDisclosureNotices.Default(AiCapability.Transcription, culture);
        var at = new DateTimeOffset(2025, 3, 1, 10, 0, 0, TimeSpan.Zero);

        // Whatever the UI culture, the culture passed decides.
        using (new UICultureScope(name == "de" ? "ja-JP" : "de-DE"))
        {
            Assert.Equal(expected, AiGenerated.Create("text", feature, culture).Notice);
            Assert.Equal(expected, AiGenerated.Create("text", feature, culture, at).Notice);
            Assert.Equal(AiDisclosureNotices.Default(AiCapability.Other, culture), AiGenerated.Create("text", "lecture.transcript", culture).Notice);
        }
    }

    [Fact]
    public void Create_without_culture_uses_the_current_ui_culture()
    {
        var feature = new AiFeatureDescriptor("lecture.summary", AiCapability.Summarization);
        var spanish = CultureInfo.GetCultureInfo("es");
        using (new UICultureScope("es-MX"))
        {
            Assert.Equal(AiDisclosureNotices.Default(AiCapability.Summarization, spanish), AiGenerated.Create("text", feature).Notice);
            Assert.Equal(AiDisclosureNotices.Default(AiCapability.Summarization, spanish), AiGenerated.Create("text", feature, DateTimeOffset.UtcNow).Notice);
            Assert.Equal(AiDisclosureNotices.Default(AiCapability.Summarization, spanish), AiGenerated.Create("text", feature, (CultureInfo?)null).Notice);
            Assert.Equal(AiDisclosureNotices.Default(AiCapability.Other, spanish), AiGenerated.Create("text", "lecture.summary").Notice);
            Assert.Equal(AiDisclosureNotices.Default(AiCapability.Other, spanish), AiGenerated.Create("text", "lecture.summary", DateTimeOffset.UtcNow).Notice);
        }
    }

    [Fact]
    public void The_notice_is_fixed_when_the_output_is_wrapped()
    {
        var feature = new AiFeatureDescriptor("lecture.captions", AiCapability.Captioning);
        AiGenerated<string> output;
        using (new UICultureScope("fr-FR"))
        {
            output = AiGenerated.Create("text", feature);
        }

        using (new UICultureScope("en-US"))
        {
            Assert.Equal(AiDisclosureNotices.Default(AiCapability.Captioning, CultureInfo.GetCultureInfo("fr")), output.Notice);
            Assert.Equal(output.Notice, output.WithReview(AiReviewState.Approved).Notice);
        }
    }

    [Fact]
    public void Every_create_overload_carries_the_disclosure_attribute()
    {
        var overloads = typeof(AiGenerated).GetMethods(BindingFlags.Public | BindingFlags.Static).Where(m => m.Name == nameof(AiGenerated.Create)).ToList();
        Assert.Equal(7, overloads.Count);
        Assert.All(overloads, m => Assert.NotNull(m.GetCustomAttribute<AiDisclosureAttribute>()));
    }

    [Fact]
    public void Create_rejects_a_null_descriptor_and_an_invalid_id()
    {
        Assert.Throws<ArgumentNullException>(() => AiGenerated.Create("text", (AiFeatureDescriptor)null!, CultureInfo.InvariantCulture));
        Assert.Throws<ArgumentNullException>(() => AiGenerated.Create("text", (AiFeatureDescriptor)null!));
        Assert.Throws<ArgumentException>(() => AiGenerated.Create("text", "Lecture Summary", CultureInfo.InvariantCulture));
    }

    [Fact]
    public void AiGenerated_exposes_value_and_metadata()
    {
        var feature = new AiFeatureDescriptor("lecture.summary", AiCapability.Summarization, "Azure OpenAI");
        var at = new DateTimeOffset(2025, 3, 1, 12, 30, 0, TimeSpan.FromHours(2));
        var output = AiGenerated.Create(42, feature, CultureInfo.InvariantCulture, at);

        Assert.Equal(42, output.Value);
        Assert.Equal("This summary was generated automatically by AI and may require human review for accuracy.", output.Notice);
        Assert.Equal("lecture.summary", output.FeatureId);
        Assert.Equal(AiCapability.Summarization, output.Capability);
        Assert.Equal("Azure OpenAI", output.Provider);
        Assert.Equal(at, output.GeneratedAtUtc);
        Assert.Equal(TimeSpan.Zero, output.GeneratedAtUtc.Offset);
        Assert.Equal(new DateTimeOffset(2025, 3, 1, 10, 30, 0, TimeSpan.Zero), output.GeneratedAtUtc);
        Assert.Equal(AiReviewState.Unreviewed, output.ReviewState);
        Assert.Equal("42 (" + output.Notice + ")", output.ToString());
    }

    [Fact]
    public void AiGenerated_from_an_id_is_other_with_no_provider_and_is_stamped_now()
    {
        var before = DateTimeOffset.UtcNow;
        var output = AiGenerated.Create("text", "reach.captions-v2", CultureInfo.InvariantCulture);
        var after = DateTimeOffset.UtcNow;

        Assert.Equal("text", output.Value);
        Assert.Equal("reach.captions-v2", output.FeatureId);
        Assert.Equal(AiCapability.Other, output.Capability);
        Assert.Null(output.Provider);
        Assert.Equal("This content was generated by AI.", output.Notice);
        Assert.InRange(output.GeneratedAtUtc, before, after);
        Assert.Equal(TimeSpan.Zero, output.GeneratedAtUtc.Offset);
    }

    [Fact]
    public void WithReview_returns_a_copy_and_leaves_the_original_unchanged()
    {
        var feature = new AiFeatureDescriptor("lecture.captions", AiCapability.Captioning, "Kaltura REACH");
        var original = AiGenerated.Create("captions", feature, CultureInfo.GetCultureInfo("pt-BR"), DateTimeOffset.UtcNow);

        var approved = original.WithReview(AiReviewState.Approved);
        var rejected = approved.WithReview(AiReviewState.Rejected);

        Assert.NotSame(original, approved);
        Assert.Equal(AiReviewState.Unreviewed, original.ReviewState);
        Assert.Equal(AiReviewState.Approved, approved.ReviewState);
        Assert.Equal(AiReviewState.Rejected, rejected.ReviewState);
        foreach (var copy in new[] { approved, rejected })
        {
            Assert.Equal(original.Value, copy.Value);
            Assert.Equal(original.Notice, copy.Notice);
            Assert.Equal(original.FeatureId, copy.FeatureId);
            Assert.Equal(original.Capability, copy.Capability);
            Assert.Equal(original.Provider, copy.Provider);
            Assert.Equal(original.GeneratedAtUtc, copy.GeneratedAtUtc);
        }
    }

    /// <summary>Sets <see cref="CultureInfo.CurrentUICulture"/> for the current thread and restores it on dispose.</summary>
    private sealed class UICultureScope : IDisposable
    {
        private readonly CultureInfo _previous = CultureInfo.CurrentUICulture;

        public UICultureScope(string name) => CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(name);

        public void Dispose() => CultureInfo.CurrentUICulture = _previous;
    }

    /// <summary>A culture whose parent is the invariant culture, as under invariant globalization mode.</summary>
    private sealed class OrphanCulture(string name) : CultureInfo(name)
    {
        public override CultureInfo Parent => InvariantCulture;
    }
}
