using System.CommandLine;
using ResponsibleAI.Inventory.Cli;

// dotnet responsible-ai inventory <solution-or-project>... (docs/inventory.md)
var root = InventoryCommand.CreateRoot();
var parse = root.Parse(args);
if (parse.Errors.Count > 0)
{
    foreach (var error in parse.Errors)
    {
        Console.Error.WriteLine("error: " + error.Message);
    }

    Console.Error.WriteLine("Run 'dotnet responsible-ai inventory --help' for the options.");
    return ExitCodes.Error;
}

return await parse.InvokeAsync();
