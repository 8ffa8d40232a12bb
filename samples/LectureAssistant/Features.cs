namespace LectureAssistant;

/// <summary>
/// The app's AI features, one id each. The ids appear in [AiFeature] (the inventory the analyzers check), in the
/// consent and opt-out stores, and in audit events.
/// </summary>
public static class Features
{
    public const string Summary = "lecture.summary";
    public const string Captions = "lecture.captions";
    public const string Grading = "lecture.quiz-grading";
}
