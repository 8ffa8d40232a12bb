using System;
using System.Collections.Generic;
using System.Text.RegularExpressions;

namespace ResponsibleAI.Analyzers.Catalog;

/// <summary>One group of biometric API calls.</summary>
/// <param name="Owner">The containing type's full name, or a namespace prefix ending in '.'.</param>
/// <param name="MethodPrefixes">Method names, matched as prefixes (<c>Identify</c> matches <c>IdentifyFromLargePersonGroupAsync</c>).</param>
/// <param name="What">What the call does, for the message.</param>
/// <param name="OnlyWhen">When set, the call counts only if its request (argument, or the local it was built in) mentions one of these words.</param>
/// <param name="Except">Method-name prefixes that do not count (a consent-management call next to a voice-creation one).</param>
internal sealed record BiometricEntry(string Owner, string[] MethodPrefixes, string What, Regex? OnlyWhen = null, string[]? Except = null);

/// <summary>
/// RAI2001's data: the calls that identify or verify a person by face or voice, enroll a face or a voiceprint for that,
/// clone a voice, or read emotions and other attributes from a face. Detection alone (finding, counting or blurring faces)
/// is not among them.
/// </summary>
internal static class BiometricCatalog
{
    private static readonly Regex FaceAttributes = new(@"\b(Age|Smile|Emotion|Emotions)\b", RegexOptions.CultureInvariant);
    private static readonly Regex RekognitionAttributes = new(@"\b(ALL|EMOTIONS|AGE_RANGE|GENDER)\b", RegexOptions.CultureInvariant);
    private static readonly Regex KnownSpeakers = new(@"\bKnownSpeakerReference", RegexOptions.CultureInvariant);

    public static readonly BiometricEntry[] Entries =
    [
        new("Azure.AI.Vision.Face.FaceClient", ["Identify", "Verify", "FindSimilar", "Group"], "identifies or verifies a person by their face"),
        new("Azure.AI.Vision.Face.FaceClient", ["Detect"], "reads a face's attributes (age, smile)", FaceAttributes),
        new("Azure.AI.Vision.Face.LargePersonGroupClient", ["AddFace", "Train"], "enrolls faces for identification"),
        new("Azure.AI.Vision.Face.LargeFaceListClient", ["AddFace", "Train"], "enrolls faces for identification"),
        new("Azure.AI.Vision.Face.FaceAdministrationClient", ["AddLargePersonGroupPersonFace", "AddLargeFaceListFace", "TrainLargePersonGroup", "TrainLargeFaceList"], "enrolls faces for identification"),
        new("Azure.AI.Vision.Face.FaceSessionClient", ["CreateLivenessWithVerifySession"], "verifies a person's face against a reference image"),
        new("Microsoft.CognitiveServices.Speech.Speaker.VoiceProfileClient", ["CreateProfile", "EnrollProfile"], "enrolls a voiceprint"),
        new("Microsoft.CognitiveServices.Speech.Speaker.SpeakerRecognizer", ["RecognizeOnce"], "identifies or verifies a speaker by their voice"),
        new("Amazon.Rekognition.", ["SearchFaces", "SearchUsers", "IndexFaces", "CompareFaces", "RecognizeCelebrities", "StartFaceSearch", "StartCelebrityRecognition", "AssociateFaces"], "identifies a person by their face"),
        new("Amazon.Rekognition.", ["DetectFaces", "StartFaceDetection"], "reads emotions, age or gender from faces", RekognitionAttributes),
        new("Amazon.VoiceID.", ["EvaluateSession", "StartSpeakerEnrollmentJob"], "identifies or enrolls a speaker by their voice"),
        new("OpenAI.Audio.AudioClient", ["CreateVoice"], "creates a custom voice from a person's recording", Except: ["CreateVoiceConsent"]),
        new("OpenAI.Audio.AudioClient", ["TranscribeAudioDiarized"], "identifies speakers against reference recordings of their voices", KnownSpeakers),
    ];

    /// <summary>Every entry's method prefixes (the filter that decides which bodies are bound for RAI2001).</summary>
    public static IEnumerable<string> MethodPrefixes
    {
        get
        {
            foreach (var entry in Entries)
            {
                foreach (var prefix in entry.MethodPrefixes)
                {
                    yield return prefix;
                }
            }
        }
    }

    /// <summary>Whether any entry could match a method of this name: asked before the owner's display string is built.</summary>
    public static bool MayMatch(string method)
    {
        foreach (var entry in Entries)
        {
            if (Array.Exists(entry.MethodPrefixes, prefix => method.StartsWith(prefix, StringComparison.Ordinal)))
            {
                return true;
            }
        }

        return false;
    }

    public static BiometricEntry? Find(string owner, string method)
    {
        foreach (var entry in Entries)
        {
            var ownerMatches = entry.Owner.EndsWith(".", StringComparison.Ordinal) ? owner.StartsWith(entry.Owner, StringComparison.Ordinal) : owner == entry.Owner;
            if (!ownerMatches || (entry.Except is { } except && Array.Exists(except, e => method.StartsWith(e, StringComparison.Ordinal))))
            {
                continue;
            }

            foreach (var prefix in entry.MethodPrefixes)
            {
                if (method.StartsWith(prefix, StringComparison.Ordinal))
                {
                    return entry;
                }
            }
        }

        return null;
    }
}
