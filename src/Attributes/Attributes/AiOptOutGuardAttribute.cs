using System;

namespace ResponsibleAI;

/// <summary>
/// Marks a method or property as an opt-out lookup. Consulting it before an AI call, on every path, satisfies rule RAI1002.
/// </summary>
/// <remarks>
/// The polarity depends on the return type:
/// <list type="bullet">
/// <item><description>
/// <see cref="bool"/>, <c>Task&lt;bool&gt;</c> or <c>ValueTask&lt;bool&gt;</c>: <see langword="true"/> means the subject
/// HAS opted out (guard with <c>if (await IsOptedOutAsync(...)) return;</c>). Note that this is the opposite polarity
/// of a boolean <see cref="AiConsentGuardAttribute"/>.
/// </description></item>
/// <item><description>
/// Any other return type (<see langword="void"/>, <c>Task</c>, ...): the member throws if the subject has opted out,
/// so calling it unconditionally before the AI call is the guard.
/// </description></item>
/// </list>
/// </remarks>
[AttributeUsage(AttributeTargets.Method | AttributeTargets.Property, Inherited = true, AllowMultiple = false)]
public sealed class AiOptOutGuardAttribute : Attribute
{
}
