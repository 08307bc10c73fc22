using System.Text.Json.Nodes;
using System.Text.Json.Schema;
using Reception.Domain.Appeals;
using Reception.Api.Appeals.Requests;
using Reception.Api.Auth;
using Reception.Api.Materials;
using Reception.Api.Routing;
using Reception.Api.Operations;
using Reception.Api.Schedule.Requests;
using Reception.Api.Surveys;
using Reception.Workflow.Serialization;

namespace Reception.Workflow.Tests.Http;

/// <summary>
/// The OpenAPI body schemas are written by hand (they carry the enums and required fields that
/// the deliberately lenient request types do not: every field optional and every enum a string,
/// so one validation pass reports all problems). .NET's <see cref="JsonSchemaExporter"/> reads
/// the request types themselves: a property added to a request and not to its schema, or the
/// other way round, fails here.
/// </summary>
public class ApiSchemasTests
{
    public static TheoryData<string, Type> Bodies() => new()
    {
        { "Appeal", typeof(SubmissionDraft) },
        { "Review", typeof(ReviewRequest) },
        { "CentralBodyResponse", typeof(CentralBodyResponseRequest) },
        { "Decision", typeof(DecisionRequest) },
        { "Reception", typeof(ReceptionRequest) },
        { "Interpreter", typeof(InterpreterRequest) },
        { "InstructionAnswer", typeof(InstructionAnswerRequest) },
        { "ReceptionDay", typeof(ScheduleDayRequest) },
        { "Unavailability", typeof(UnavailabilityRequest) },
        { "Survey", typeof(SurveyRequest) },
        { "SignIn", typeof(SignInRequest) },
        { "RestrictiveMeasures", typeof(RestrictiveMeasuresRequest) },
        { "MaterialsRequest", typeof(MaterialsRequestBody) },
        { "MaterialsAnswer", typeof(MaterialsAnswerBody) },
        { "ReportingMeeting", typeof(ReportingMeetingRequest) },
        { "Requeue", typeof(OperationsEndpoints.RequeueRequest) },
        { "Erase", typeof(ErasureEndpoints.EraseRequest) },
    };

    [Theory]
    [MemberData(nameof(Bodies))]
    public void BodySchema_HasExactlyThePropertiesOfItsRequestType(string schema, Type request)
    {
        JsonNode generated = ReceptionJson.Options.GetJsonSchemaAsNode(request);
        JsonObject written = ApiSchemas.All()[schema]!.AsObject();

        // The office's form adds `channel`, which only office intake accepts (SubmissionDraft has it for that).
        IEnumerable<string> expected = Names(generated).Where(n => schema != "Appeal" || n != "channel");
        Assert.Equal(expected.Order(StringComparer.Ordinal), Names(written).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void EveryBodySchemaOfTheCatalog_IsCheckedHere()
    {
        string[] checkedHere = [.. Bodies().Select(row => (string)row[0]), "OfficeAppeal"];
        Assert.All(ApiRoutes.Api.Where(r => r.Body is not null), r => Assert.Contains(r.Body!, checkedHere));
    }

    private static IEnumerable<string> Names(JsonNode schema) => schema["properties"]!.AsObject().Select(p => p.Key);
}
