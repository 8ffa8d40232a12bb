using System;

namespace ResponsibleAI;

/// <summary>
/// Marks a method whose return value carries an AI disclosure (for example, a method that wraps text in an
/// "AI-generated" badge). Passing AI output through it satisfies the disclosure rule RAI1003.
/// </summary>
/// <remarks>
/// Returning or passing an <see cref="AiGenerated{T}"/> (built with <see cref="AiGenerated.Create{T}(T, AiFeatureDescriptor)"/>)
/// also satisfies the rule, without this attribute.
/// </remarks>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false)]
public sealed class AiDisclosureAttribute : Attribute
{
}
