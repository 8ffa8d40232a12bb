namespace ResponsibleAI.Tests.Generators;

/// <summary>Gateway inputs of every supported shape (used by snapshot, compile and behaviour tests).</summary>
internal static class GatewaySources
{
    /// <summary>Instance gateways with a governance field: Task, ValueTask, sync, streaming, void, raw non-content.</summary>
    public const string Lectures = """
        namespace Lectures.Services;

        public partial class LectureAi
        {
            private readonly IAiGovernance _governance;
            private readonly Func<string, string> _model;

            public LectureAi(IAiGovernance governance, Func<string, string> model)
            {
                _governance = governance;
                _model = model;
            }

            [AiFeature("lecture.summary", Capability = AiCapability.Summarization, Provider = "self-hosted", Implementation = nameof(SummarizeCoreAsync))]
            public partial Task<AiGenerated<string>> SummarizeAsync(AiSubject student, string transcript, CancellationToken cancellationToken);

            private async Task<string> SummarizeCoreAsync(AiSubject student, string transcript, CancellationToken cancellationToken)
            {
                await Task.Delay(1, cancellationToken);
                return _model(transcript);
            }

            [AiFeature("lecture.translation", Capability = AiCapability.Translation, Implementation = nameof(TranslateCore))]
            internal partial ValueTask<AiGenerated<string>> TranslateAsync(AiSubject student, string text);

            private ValueTask<string> TranslateCore(AiSubject student, string text) => new(_model(text));

            [AiFeature("lecture.title", Capability = AiCapability.TextGeneration, Implementation = nameof(TitleCore))]
            public partial Task<AiGenerated<string>> TitleAsync(AiSubject student, string transcript);

            private Task<string> TitleCore(AiSubject student, string transcript) => Task.FromResult(_model(transcript));

            [AiFeature("lecture.captions", Capability = AiCapability.Captioning, Implementation = nameof(CaptionCore))]
            public partial IAsyncEnumerable<AiGenerated<string>> CaptionAsync(AiSubject student, string audio, CancellationToken cancellationToken = default);

            private async IAsyncEnumerable<string> CaptionCore(AiSubject student, string audio, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
            {
                foreach (var line in audio.Split('|'))
                {
                    await Task.Yield();
                    cancellationToken.ThrowIfCancellationRequested();
                    yield return _model(line);
                }
            }

            [AiFeature("lecture.embedding", Capability = AiCapability.Embedding, Implementation = nameof(EmbedCore))]
            protected internal partial Task<float[]> EmbedAsync(AiSubject student, string text);

            private Task<float[]> EmbedCore(AiSubject student, string text) => Task.FromResult(new float[] { text.Length });

            [AiFeature("lecture.reindex", Capability = AiCapability.Tagging, Implementation = nameof(ReindexCore))]
            private partial Task ReindexAsync(AiSubject student);

            private Task ReindexCore(AiSubject student) => Task.CompletedTask;

            public Task ReindexForTestsAsync(AiSubject student) => ReindexAsync(student);
        }
        """;

    /// <summary>Static gateway with a static governance property, generic and nested types, block namespace, primary constructor.</summary>
    public const string Shapes = """
        namespace Lectures.Shapes
        {
            public static partial class Chaptering
            {
                public static IAiGovernance Governance { get; set; } = null!;

                [AiFeature("lecture.chapters", Capability = AiCapability.Chaptering, Implementation = nameof(ChaptersCore))]
                public static partial Task<AiGenerated<string[]>> ChaptersAsync(AiSubject student, string transcript);

                private static Task<string[]> ChaptersCore(AiSubject student, string transcript) => Task.FromResult(transcript.Split('.'));
            }

            public partial class Outer<TContext>
                where TContext : class
            {
                internal partial class Quiz(IAiGovernance governance)
                {
                    [AiFeature("lecture.quiz", Capability = AiCapability.QuizGeneration, Implementation = nameof(QuizCore))]
                    public partial Task<AiGenerated<string>> QuizAsync(AiSubject student, TContext context, int questions);

                    private Task<string> QuizCore(AiSubject student, TContext context, int questions) => Task.FromResult($"{questions} questions about {context}");
                }
            }
        }
        """;
}
