using System;

namespace ResponsibleAI;

/// <summary>
/// Marks a method or property as a consent check. Calling it before an AI call, on every path, satisfies rule RAI1001.
/// </summary>
/// <remarks>
/// The polarity depends on the return type:
/// <list type="bullet">
/// <item><description>
/// <see cref="bool"/>, <c>Task&lt;bool&gt;</c> or <c>ValueTask&lt;bool&gt;</c>: <see langword="true"/> means consent
/// is granted (guard with <c>if (await HasConsentAsync(...)) { call }</c> or <c>if (!HasConsent(...)) return;</c>).
/// </description></item>
/// <item><description>
/// Any other return type (<see langword="void"/>, <c>Task</c>, ...): the member throws unless consent is granted, so
/// calling it unconditionally before the AI call is the guard.
/// </description></item>
/// </list>
/// </remarks>
[AttributeUsage(AttributeTargets.Method | AttributeTargets.Property, Inherited = true, AllowMultiple = false)]
public sealed class AiConsentGuardAttribute : Attribute
{
}
