using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using ResponsibleAI.Inventory.Cli;
using ResponsibleAI.Inventory.Model;

namespace ResponsibleAI.Inventory.Output;

/// <summary>ai-inventory.json: indented, '\n' line endings, camelCase names, nulls written (every property is always there).</summary>
public static class JsonOutput
{
    public static readonly JsonSerializerOptions Options = new()
    {
        WriteIndented = true,
        NewLine = "\n",
        IndentSize = 2,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static string Write(InventoryDocument document) => JsonSerializer.Serialize(document, Options) + "\n";

    /// <summary>Reads an inventory written by this tool (a baseline), with a clear message for anything else.</summary>
    public static InventoryDocument Read(string path)
    {
        if (!File.Exists(path))
        {
            throw new InventoryException($"The baseline '{path}' does not exist.");
        }

        InventoryDocument? document;
        try
        {
            var text = File.ReadAllText(path, Encoding.UTF8);
            using (var parsed = JsonDocument.Parse(text))
            {
                if (parsed.RootElement.ValueKind != JsonValueKind.Object
                    || !parsed.RootElement.TryGetProperty("schemaVersion", out var version) || version.ValueKind != JsonValueKind.String
                    || !parsed.RootElement.TryGetProperty("projects", out var projects) || projects.ValueKind != JsonValueKind.Array)
                {
                    throw new InventoryException($"The baseline '{path}' is not an AI inventory (no schemaVersion or projects).");
                }
            }

            document = JsonSerializer.Deserialize<InventoryDocument>(text, Options);
        }
        catch (JsonException e)
        {
            throw new InventoryException($"The baseline '{path}' is not an AI inventory: {e.Message}");
        }

        if (document is null || string.IsNullOrEmpty(document.SchemaVersion))
        {
            throw new InventoryException($"The baseline '{path}' is not an AI inventory (no schemaVersion).");
        }

        var major = document.SchemaVersion.Split('.')[0];
        if (major != InventoryDocument.CurrentSchemaVersion.Split('.')[0])
        {
            throw new InventoryException(
                $"The baseline '{path}' has schema version {document.SchemaVersion}; this tool reads {InventoryDocument.CurrentSchemaVersion.Split('.')[0]}.x. Regenerate the baseline with this version.");
        }

        return document;
    }
}
