using System.Collections.Immutable;

namespace ResponsibleAI.Analyzers.Catalog;

/// <summary>One output API: the members whose arguments leave the application for an end user.</summary>
/// <param name="TypeMetadataName">Metadata name of the declaring type.</param>
/// <param name="Members">Member names; every overload, every argument of a content-carrying type.</param>
/// <param name="Description">How the output leaves, for messages ("console output", "HTTP response").</param>
internal sealed record OutputSinkEntry(string TypeMetadataName, ImmutableArray<string> Members, string Description)
{
    public static OutputSinkEntry Of(string typeMetadataName, string members, string description) =>
        new(typeMetadataName, ImmutableArray.Create(members.Split(new[] { ' ' }, System.StringSplitOptions.RemoveEmptyEntries)), description);
}

/// <summary>
/// The built-in output sinks of RAI1003, as data. Returning from a member, storing into a field/property/indexer of an
/// object that outlives the method and <c>yield return</c> are sinks by construction (see the analyzer); these are the
/// APIs that put a value in front of a user. Extend with <c>output-sink</c> lines in ResponsibleAI.txt.
/// </summary>
internal static class OutputSinkCatalog
{
    public static readonly ImmutableArray<OutputSinkEntry> Entries = ImmutableArray.Create(
        // Console and writers
        OutputSinkEntry.Of("System.Console", "Write WriteLine", "console output"),
        OutputSinkEntry.Of("System.IO.TextWriter", "Write WriteLine WriteAsync WriteLineAsync", "a text writer"),
        OutputSinkEntry.Of("System.IO.File", "WriteAllText WriteAllTextAsync WriteAllBytes WriteAllBytesAsync WriteAllLines WriteAllLinesAsync AppendAllText AppendAllTextAsync AppendAllLines AppendAllLinesAsync", "a file"),

        // ASP.NET Core minimal APIs and MVC results
        OutputSinkEntry.Of("Microsoft.AspNetCore.Http.Results", "Ok Content Text Json Created CreatedAtRoute Accepted AcceptedAtRoute BadRequest Conflict NotFound UnprocessableEntity Problem", "an HTTP result"),
        OutputSinkEntry.Of("Microsoft.AspNetCore.Http.TypedResults", "Ok Content Text Json Created CreatedAtRoute Accepted AcceptedAtRoute BadRequest Conflict NotFound UnprocessableEntity Problem", "an HTTP result"),
        OutputSinkEntry.Of("Microsoft.AspNetCore.Mvc.ControllerBase", "Ok Content Json Created CreatedAtAction CreatedAtRoute Accepted AcceptedAtAction AcceptedAtRoute BadRequest Conflict NotFound UnprocessableEntity Problem", "an HTTP result"),
        OutputSinkEntry.Of("Microsoft.AspNetCore.Mvc.Controller", "Json View PartialView", "an HTTP result"),
        OutputSinkEntry.Of("Microsoft.AspNetCore.Mvc.OkObjectResult", ".ctor", "an HTTP result"),
        OutputSinkEntry.Of("Microsoft.AspNetCore.Mvc.ContentResult", ".ctor", "an HTTP result"),
        OutputSinkEntry.Of("Microsoft.AspNetCore.Mvc.JsonResult", ".ctor", "an HTTP result"),
        OutputSinkEntry.Of("Microsoft.AspNetCore.Http.HttpResponseWritingExtensions", "WriteAsync", "the HTTP response"),
        OutputSinkEntry.Of("Microsoft.AspNetCore.Http.HttpResponseJsonExtensions", "WriteAsJsonAsync", "the HTTP response"),

        // Spectre.Console: the console, rich text and renderables (a Panel or Markup built from AI text carries it)
        OutputSinkEntry.Of("Spectre.Console.AnsiConsole", "Write WriteLine Markup MarkupLine MarkupInterpolated MarkupLineInterpolated", "console output"),
        OutputSinkEntry.Of("Spectre.Console.AnsiConsoleExtensions", "Write WriteLine Markup MarkupLine MarkupInterpolated MarkupLineInterpolated WriteAnsi", "console output"),
        OutputSinkEntry.Of("Spectre.Console.IAnsiConsole", "Write", "console output"),

        // EF Core bulk updates: ExecuteUpdate(s => s.SetProperty(x => x.Summary, text)) writes to the database
        OutputSinkEntry.Of("Microsoft.EntityFrameworkCore.Query.UpdateSettersBuilder`1", "SetProperty", "a database update"),
        OutputSinkEntry.Of("Microsoft.EntityFrameworkCore.Query.SetPropertyCalls`1", "SetProperty", "a database update"),

        // SignalR
        OutputSinkEntry.Of("Microsoft.AspNetCore.SignalR.ClientProxyExtensions", "SendAsync", "a SignalR message"),
        OutputSinkEntry.Of("Microsoft.AspNetCore.SignalR.IClientProxy", "SendCoreAsync", "a SignalR message"),
        OutputSinkEntry.Of("Microsoft.AspNetCore.SignalR.ISingleClientProxy", "InvokeCoreAsync", "a SignalR message")
    );
}
