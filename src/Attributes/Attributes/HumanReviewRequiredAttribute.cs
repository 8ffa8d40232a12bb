using System;

namespace ResponsibleAI;

/// <summary>
/// Marks a target whose value drives a critical decision (a moderation action, grading, access, employment).
/// AI output must pass a <see cref="HumanReviewAttribute"/> method before it reaches this target (rule RAI1004).
/// </summary>
/// <remarks>On a method, the attribute applies to all of the method's parameters.</remarks>
[AttributeUsage(AttributeTargets.Parameter | AttributeTargets.Property | AttributeTargets.Method, AllowMultiple = false)]
public sealed class HumanReviewRequiredAttribute : Attribute
{
}
