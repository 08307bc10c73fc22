using System.Text.Json.Nodes;

namespace Reception.Api.Routing;

/// <summary>The JSON schemas of the request bodies in the OpenAPI document (docs/api.md is the prose).</summary>
public static class ApiSchemas
{
    public static JsonObject All() => new()
    {
        ["Appeal"] = Appeal(office: false),
        ["OfficeAppeal"] = Appeal(office: true),
        ["Review"] = Object(["outcome"], ("outcome", Enum("propose", "refuse", "extend", "requestCentralBody")), ("officialId", Str()), ("proposedDate", Date()), ("reason", Str()), ("centralBody", Str()), ("consultationGiven", Bool())),
        ["CentralBodyResponse"] = Object(["participates"], ("participates", Bool()), ("note", Str()), ("refusedOn", Date())),
        ["Decision"] = Object(["approve"], ("approve", Bool()), ("reason", Str())),
        ["Reception"] = Object(["outcome"],
            ("outcome", Enum("held", "noShow")),
            ("identityVerified", Bool()),
            ("instructions", Array(Object(["text", "assignee", "dueDate"], ("text", Str()), ("assignee", Str()), ("dueDate", Date())))),
            ("handedInAppeals", Array(Object(["subject"], ("subject", Str())))),
            ("attendance", Array(Enum("prosecutor", "internalAffairs", "antiCorruption", "courtsAdministration"))),
            ("answer", Str())),
        ["Interpreter"] = Object(["name", "language"], ("name", Str()), ("language", Str())),
        ["InstructionAnswer"] = Object(["executor", "answer", "final"], ("executor", Str()), ("answer", Str()), ("final", Bool())),
        ["ReceptionDay"] = Object(["officialId", "officialName", "date", "start", "end", "slotMinutes", "mode"],
            ("officialId", Str()),
            ("officialName", Object(["kk", "ru"], ("kk", Str()), ("ru", Str()))),
            ("date", Date()), ("start", Time()), ("end", Time()),
            ("slotMinutes", new JsonObject { ["type"] = "integer", ["minimum"] = 5, ["maximum"] = 480 }),
            ("mode", Enum("inPerson", "video")),
            ("kind", Enum("scheduled", "beforeReportingMeeting", "afterReportingMeeting", "onAkimsOrder")),
            ("exceptionReason", Str()),
            ("place", Str()),
            ("connection", Str())),
        ["MaterialsRequest"] = Object(["unit", "materials", "dueDate"], ("appealId", Str()), ("unit", Str()), ("unitEmail", Str()), ("materials", Str()), ("dueDate", Date())),
        ["MaterialsAnswer"] = Object(["answer"], ("answer", Str())),
        ["Erase"] = Object(["reason"], ("reason", Str())),
        ["Requeue"] = Object(["queue"], ("queue", Enum("notifications", "starts")), ("max", new JsonObject { ["type"] = "integer", ["minimum"] = 1, ["maximum"] = 1000 })),
        ["ReportingMeeting"] = Object(["officialId", "date"], ("officialId", Str()), ("date", Date()), ("place", Str())),
        ["Unavailability"] = Object(["date", "reason"], ("date", Date()), ("reason", Str())),
        ["Survey"] = Object(["score"], ("score", new JsonObject { ["type"] = "integer", ["minimum"] = 1, ["maximum"] = 5 }), ("comment", Str())),
        ["SignIn"] = Object(["userId"], ("userId", Str())),
        ["RestrictiveMeasures"] = Object(["active"], ("active", Bool()), ("reason", Str())),
        ["Problem"] = Object(["title", "status", "detail"], ("type", Str()), ("title", Str()), ("status", new JsonObject { ["type"] = "integer" }), ("detail", Str()),
            ("errors", new JsonObject { ["type"] = "object", ["additionalProperties"] = Array(Str()) })),
    };

    private static JsonObject Appeal(bool office)
    {
        JsonObject schema = Object(["externalId", "applicant", "requestedOfficial", "language"],
            ("externalId", Str()),
            // "iin", or for a foreign national or stateless person without one "document" (§10).
            ("applicant", Object(["type", "lastName", "firstName", "citizenship"],
                ("type", Enum("individual", "legalEntityRepresentative", "individualRepresentative")),
                ("iin", new JsonObject { ["type"] = "string", ["pattern"] = "^[0-9]{12}$" }),
                ("lastName", Str()), ("firstName", Str()), ("middleName", Str()), ("phone", Str()), ("email", Str()),
                ("citizenship", Str()),
                ("categories", Array(Enum("wwiiVeteran", "wwiiEquatedVeteran", "combatVeteran", "disability", "pregnant", "altynKyran", "halykKaharmany", "enbekEri"))),
                ("legalEntity", Object(["bin", "name", "authorityDocument"], ("bin", Str()), ("name", Str()), ("authorityDocument", Str()))),
                ("document", Object(["type", "number", "country"],
                    ("type", Enum("passport", "residencePermit", "statelessPersonCertificate")),
                    ("number", new JsonObject { ["type"] = "string", ["pattern"] = "^[A-Za-z0-9]{5,20}$" }),
                    ("country", new JsonObject { ["type"] = "string", ["pattern"] = "^[A-Za-z]{2}$" }))),
                ("represents", Object(["fullName", "authorityDocument"], ("fullName", Str()), ("authorityDocument", Str()))))),
            ("subject", Str()),
            ("requestedOfficial", Str()),
            ("language", Enum("kk", "ru")),
            ("videoConference", Bool()),
            ("needsInterpreter", Bool()),
            ("interpreterLanguage", Str()));
        if (office)
        {
            schema["properties"]!["channel"] = Enum("paper", "courier", "oral");
            schema["required"]!.AsArray().Add("channel");
        }

        return schema;
    }

    private static JsonObject Object(string[] required, params (string Name, JsonNode Schema)[] properties)
    {
        var props = new JsonObject();
        foreach ((string name, JsonNode schema) in properties)
        {
            props[name] = schema;
        }

        return new JsonObject { ["type"] = "object", ["required"] = new JsonArray([.. required.Select(r => (JsonNode)r)]), ["properties"] = props };
    }

    private static JsonObject Str() => new() { ["type"] = "string" };

    private static JsonObject Bool() => new() { ["type"] = "boolean" };

    private static JsonObject Date() => new() { ["type"] = "string", ["format"] = "date" };

    private static JsonObject Time() => new() { ["type"] = "string", ["pattern"] = "^[0-2][0-9]:[0-5][0-9](:[0-5][0-9])?$" };

    private static JsonObject Enum(params string[] values) => new() { ["type"] = "string", ["enum"] = new JsonArray([.. values.Select(v => (JsonNode)v)]) };

    private static JsonObject Array(JsonNode items) => new() { ["type"] = "array", ["items"] = items };
}
