namespace ResponsibleAI.Inventory.Cli;

/// <summary>A problem with the input or the machine that the user can fix: printed as one clear message, exit code 2.</summary>
public sealed class InventoryException(string message) : Exception(message);
