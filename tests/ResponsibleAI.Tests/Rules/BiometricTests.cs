using System.Threading.Tasks;
using Xunit;
using Verify = ResponsibleAI.Tests.Infrastructure.AnalyzerVerifier<ResponsibleAI.Analyzers.Rules.BiometricAnalyzer>;

namespace ResponsibleAI.Tests.Rules;

/// <summary>
/// RAI2001 against the real OpenAI package, and stand-ins (tests/StandInSdks/BiometricSdks.cs) for Azure AI Face, Azure
/// Speech speaker recognition and AWS Rekognition, which the package registry here does not serve.
/// </summary>
public class BiometricTests
{
    [Fact]
    public Task Identification_enrolment_voiceprints_and_face_attributes_are_reported_and_detection_alone_is_not() => Verify.VerifyAsync("""
        using Amazon.Rekognition;
        using Amazon.Rekognition.Model;
        using Azure.AI.Vision.Face;
        using Microsoft.CognitiveServices.Speech.Speaker;

        public sealed class Campus(FaceClient faces, LargePersonGroupClient group, IAmazonRekognition rekognition, SpeakerRecognizer speakers)
        {
            public async Task IdentifyAsync(IEnumerable<Guid> faceIds) => await {|RAI2001:faces.IdentifyFromLargePersonGroupAsync(faceIds, "students")|};

            public async Task EnrollAsync(Guid person, BinaryData photo) => await {|RAI2001:group.AddFaceAsync(person, photo)|};

            public async Task<int> CountAsync(BinaryData photo) =>
                (await faces.DetectAsync(photo, FaceDetectionModel.Detection03, FaceRecognitionModel.Recognition04, returnFaceId: false)).Value.Count;

            public async Task AgeAsync(BinaryData photo) =>
                await {|RAI2001:faces.DetectAsync(photo, FaceDetectionModel.Detection01, FaceRecognitionModel.Recognition04, returnFaceId: false, returnFaceAttributes: [FaceAttributeType.Age])|};

            public async Task SearchAsync(SearchFacesByImageRequest request) => await {|RAI2001:rekognition.SearchFacesByImageAsync(request)|};

            public async Task MoodAsync(Image image)
            {
                var request = new DetectFacesRequest { Image = image };
                request.Attributes = new List<string> { "ALL" };
                await {|RAI2001:rekognition.DetectFacesAsync(request)|};
            }

            public async Task BlurAsync(Image image) => await rekognition.DetectFacesAsync(new DetectFacesRequest { Image = image, Attributes = new List<string> { "DEFAULT" } });

            public async Task WhoSpokeAsync(SpeakerIdentificationModel model) => await {|RAI2001:speakers.RecognizeOnceAsync(model)|};
        }
        """);
}
