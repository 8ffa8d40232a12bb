using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Editing;
using Microsoft.CodeAnalysis.Simplification;

namespace ResponsibleAI.CodeFixes;

/// <summary>The feature descriptor a fix writes: an expression that names it (<c>Summary</c>, <c>AiFeatures.LectureSummary</c>), and its id.</summary>
internal sealed record FeatureReference(string Descriptor, string Id);

/// <summary>
/// Which feature descriptor a fix writes, so that the consent check, the opt-out lookup, the disclosure and the
/// registry all name the same feature (an id that no consent store knows makes the check throw at run time):
/// <list type="number">
/// <item>the descriptor of the feature the call declares (the id of an <c>[AiFeature]</c> member it calls), when the
/// type or the generated <c>AiFeatures</c> registry has one with that id;</item>
/// <item>else the descriptor the member already uses (<c>AiGenerated.Create(text, Summary)</c>,
/// <c>EnsureConsentAsync(user, AiFeatures.Translation, ct)</c>), or the id it already names;</item>
/// <item>else the type's only static descriptor;</item>
/// <item>else a new <c>private static readonly AiFeatureDescriptor</c> field in the type, one per type for a whole Fix
/// All, named after its id.</item>
/// </list>
/// One plan serves one edit of one document (a single fix or a Fix All over the document): it remembers the fields it
/// decided to add, and <see cref="AddFields"/> writes them.
/// </summary>
internal sealed class FeaturePlan
{
    private readonly Dictionary<TypeDeclarationSyntax, List<(string Name, string Id, string Capability)>> _newFields = new();

    public FeatureReference Resolve(SemanticModel model, SyntaxNode site, Diagnostic diagnostic, CancellationToken cancellationToken)
    {
        var member = model.GetEnclosingSymbol(site.SpanStart, cancellationToken);
        var feature = DiagnosticFeature.Of(diagnostic, FeatureMember(member));
        var type = site.FirstAncestorOrSelf<TypeDeclarationSyntax>();
        var descriptors = type is null ? new List<(string Expression, string? Id)>() : Descriptors(model, type, cancellationToken);

        string? wanted = feature.Declared ? feature.Id : null;
        if (wanted is null)
        {
            // What the member already names: a descriptor (reused as it is written) or an id.
            foreach (var (expression, id) in UsedIn(model, site, cancellationToken))
            {
                if (expression is not null)
                {
                    return new FeatureReference(expression, id ?? feature.Id);
                }

                wanted ??= id;
            }

            wanted ??= EnclosingFeatureId(member);
        }

        if (wanted is not null)
        {
            var byId = descriptors.FirstOrDefault(d => d.Id == wanted).Expression ?? Registry(model, site, wanted, cancellationToken);
            if (byId is not null)
            {
                return new FeatureReference(byId, wanted);
            }
        }
        else if (descriptors.Count == 1)
        {
            return new FeatureReference(descriptors[0].Expression, descriptors[0].Id ?? feature.Id);
        }

        if (type is null)
        {
            // No type to hold a field (top-level statements): the descriptor is written where it is used.
            return new FeatureReference($"new global::ResponsibleAI.AiFeatureDescriptor(\"{wanted ?? feature.Id}\", global::ResponsibleAI.AiCapability.{feature.Capability})", wanted ?? feature.Id);
        }

        // One new field per type for the whole edit: the first fix names it, the others in the type reuse it (a call
        // that declares another feature gets a field of its own).
        if (!_newFields.TryGetValue(type, out var fields))
        {
            _newFields[type] = fields = new List<(string Name, string Id, string Capability)>();
        }

        var planned = wanted is null ? fields.FirstOrDefault() : fields.FirstOrDefault(f => f.Id == wanted);
        if (planned.Name is null)
        {
            var id = wanted ?? feature.Id;
            planned = (FreeName(model, type, FieldName(id), fields.Select(static f => f.Name), cancellationToken), id, feature.Capability);
            fields.Add(planned);
        }

        return new FeatureReference(planned.Name, planned.Id);
    }

    /// <summary>The id a member's <c>[AiFeature]</c> should carry: the call's own feature, else the one the member already names, else one suggested from it.</summary>
    public static string IdFor(SemanticModel model, SyntaxNode site, Diagnostic diagnostic, ISymbol? member, CancellationToken cancellationToken)
    {
        var feature = DiagnosticFeature.Of(diagnostic, member);
        if (feature.Declared)
        {
            return feature.Id;
        }

        foreach (var (_, id) in UsedIn(model, site, cancellationToken))
        {
            if (id is not null)
            {
                return id;
            }
        }

        return feature.Id;
    }

    /// <summary>Writes the fields this plan decided to add that the fix's code uses (<paramref name="written"/>), each at the top of its type.</summary>
    public void AddFields(DocumentEditor editor, IEnumerable<string> written)
    {
        var text = string.Join("\n", written);
        var endOfLine = editor.OriginalRoot.DescendantTrivia().FirstOrDefault(static t => t.IsKind(SyntaxKind.EndOfLineTrivia));
        if (!endOfLine.IsKind(SyntaxKind.EndOfLineTrivia))
        {
            endOfLine = SyntaxFactory.ElasticCarriageReturnLineFeed;
        }

        foreach (var pair in _newFields)
        {
            var used = pair.Value.Where(field => System.Text.RegularExpressions.Regex.IsMatch(text, @"\b" + field.Name + @"\b")).ToList();
            var declarations = used.Select((field, index) => (SyntaxNode)SyntaxHelpers.SimplifyNames(SyntaxFactory.ParseMemberDeclaration(
                    $"private static readonly global::ResponsibleAI.AiFeatureDescriptor {field.Name} = new(\"{field.Id}\", global::ResponsibleAI.AiCapability.{field.Capability});")!)
                .WithLeadingTrivia(SyntaxFactory.ElasticMarker)

                // A blank line after the last one, between the new fields and the members that were there.
                .WithTrailingTrivia(index == used.Count - 1 ? new[] { endOfLine, endOfLine } : new[] { endOfLine })
                .WithAdditionalAnnotations(Microsoft.CodeAnalysis.Formatting.Formatter.Annotation)).ToList();
            if (declarations.Count > 0)
            {
                editor.InsertMembers(pair.Key, 0, declarations);
            }
        }
    }

    private static ISymbol? FeatureMember(ISymbol? symbol)
    {
        // A lambda or local function names its feature after the member it is in.
        while (symbol is IMethodSymbol { MethodKind: MethodKind.AnonymousFunction or MethodKind.LocalFunction } function)
        {
            symbol = function.ContainingSymbol;
        }

        return symbol is IMethodSymbol { AssociatedSymbol: { } property } ? property : symbol;
    }

    private static string? EnclosingFeatureId(ISymbol? member)
    {
        for (var symbol = FeatureMember(member); symbol is not null; symbol = symbol.ContainingType)
        {
            var attribute = symbol.GetAttributes().FirstOrDefault(static a => a.AttributeClass?.ToDisplayString() == "ResponsibleAI.AiFeatureAttribute");
            if (attribute is { ConstructorArguments.Length: > 0 } && attribute.ConstructorArguments[0].Value is string id && id.Length > 0)
            {
                return id;
            }

            if (symbol is INamedTypeSymbol)
            {
                break;
            }
        }

        return null;
    }

    /// <summary>The static descriptors of the type and its containing types, with their ids where their initializers show them.</summary>
    private static List<(string Expression, string? Id)> Descriptors(SemanticModel model, TypeDeclarationSyntax type, CancellationToken cancellationToken)
    {
        var result = new List<(string, string?)>();
        for (var symbol = model.GetDeclaredSymbol(type, cancellationToken); symbol is not null; symbol = symbol.ContainingType)
        {
            foreach (var member in symbol.GetMembers())
            {
                if (member is IFieldSymbol { IsStatic: true, IsImplicitlyDeclared: false } or IPropertySymbol { IsStatic: true }
                    && IsDescriptor(member is IFieldSymbol f ? f.Type : ((IPropertySymbol)member).Type))
                {
                    result.Add((member.Name, IdOf(member, cancellationToken)));
                }
            }
        }

        return result;
    }

    /// <summary>The generated registry's property for <paramref name="id"/> (<c>AiFeatures.LectureSummary</c>), when it is accessible here.</summary>
    private static string? Registry(SemanticModel model, SyntaxNode site, string id, CancellationToken cancellationToken)
    {
        foreach (var symbol in model.Compilation.GetSymbolsWithName("AiFeatures", SymbolFilter.Type, cancellationToken))
        {
            if (symbol is not INamedTypeSymbol { IsStatic: true } registry || !model.IsAccessible(site.SpanStart, registry))
            {
                continue;
            }

            foreach (var property in registry.GetMembers().OfType<IPropertySymbol>())
            {
                if (property.IsStatic && IsDescriptor(property.Type) && IdOf(property, cancellationToken) == id)
                {
                    return registry.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat) + "." + property.Name;
                }
            }
        }

        return null;
    }

    /// <summary>Descriptors and ids the member around <paramref name="site"/> already uses, in source order.</summary>
    private static IEnumerable<(string? Expression, string? Id)> UsedIn(SemanticModel model, SyntaxNode site, CancellationToken cancellationToken)
    {
        var body = site.FirstAncestorOrSelf<MemberDeclarationSyntax>(static m => m is BaseMethodDeclarationSyntax or PropertyDeclarationSyntax or IndexerDeclarationSyntax)
            // Top-level code: the statement itself (an endpoint registration and its handler), not the whole file,
            // whose other statements and types name features of their own.
            ?? (SyntaxNode?)site.FirstAncestorOrSelf<GlobalStatementSyntax>();
        if (body is null)
        {
            yield break;
        }

        foreach (var node in body.DescendantNodes())
        {
            switch (node)
            {
                case IdentifierNameSyntax or MemberAccessExpressionSyntax when node.Parent is not MemberAccessExpressionSyntax { Name: var name } || name != node:
                    var symbol = model.GetSymbolInfo(node, cancellationToken).Symbol;
                    if (symbol is IFieldSymbol { IsStatic: true } or IPropertySymbol { IsStatic: true }
                        && IsDescriptor(symbol is IFieldSymbol field ? field.Type : ((IPropertySymbol)symbol).Type))
                    {
                        yield return (node.WithoutTrivia().ToString(), IdOf(symbol, cancellationToken));
                    }

                    break;
                case BaseObjectCreationExpressionSyntax creation when creation.ArgumentList?.Arguments.FirstOrDefault()?.Expression is LiteralExpressionSyntax { Token.Value: string id }
                    && IsDescriptor(model.GetTypeInfo(creation, cancellationToken).Type):
                    yield return (null, id);
                    break;
                case ArgumentSyntax { Expression: LiteralExpressionSyntax { Token.Value: string literal } } argument
                    when model.GetOperation(argument, cancellationToken) is Microsoft.CodeAnalysis.Operations.IArgumentOperation { Parameter.Name: var parameter }
                    && parameter.IndexOf("feature", System.StringComparison.OrdinalIgnoreCase) >= 0:
                    yield return (null, literal);
                    break;
            }
        }
    }

    private static string? IdOf(ISymbol descriptor, CancellationToken cancellationToken)
    {
        foreach (var reference in descriptor.DeclaringSyntaxReferences)
        {
            var declaration = reference.GetSyntax(cancellationToken);
            var initializer = declaration switch
            {
                VariableDeclaratorSyntax variable => variable.Initializer?.Value,
                PropertyDeclarationSyntax property => property.Initializer?.Value ?? property.ExpressionBody?.Expression,
                _ => null,
            };
            if (initializer is BaseObjectCreationExpressionSyntax { ArgumentList.Arguments: { Count: > 0 } arguments }
                && arguments[0].Expression is LiteralExpressionSyntax { Token.Value: string id })
            {
                return id;
            }
        }

        return null;
    }

    private static bool IsDescriptor(ITypeSymbol? type) =>
        type is { Name: "AiFeatureDescriptor" } && type.ContainingNamespace?.ToDisplayString() == "ResponsibleAI";

    /// <summary><c>lecture-service.summarize</c> → <c>LectureServiceSummarize</c>.</summary>
    private static string FieldName(string id)
    {
        var builder = new StringBuilder();
        var upper = true;
        foreach (var ch in id)
        {
            if (char.IsLetterOrDigit(ch) && ch < 128)
            {
                builder.Append(upper ? char.ToUpperInvariant(ch) : ch);
                upper = false;
            }
            else
            {
                upper = true;
            }
        }

        var name = builder.Length == 0 || !char.IsLetter(builder[0]) ? "Feature" + builder : builder.ToString();
        return SyntaxFacts.GetKeywordKind(name) == SyntaxKind.None ? name : name + "Feature";
    }

    private static string FreeName(SemanticModel model, TypeDeclarationSyntax type, string name, IEnumerable<string> planned, CancellationToken cancellationToken)
    {
        var symbol = model.GetDeclaredSymbol(type, cancellationToken);
        var taken = new HashSet<string>(planned, System.StringComparer.Ordinal);
        bool Free(string candidate) => !taken.Contains(candidate) && (symbol is null || symbol.GetMembers(candidate).IsEmpty && symbol.Name != candidate);
        if (Free(name))
        {
            return name;
        }

        for (var i = 1; ; i++)
        {
            var candidate = name + "Feature" + (i == 1 ? string.Empty : i.ToString(System.Globalization.CultureInfo.InvariantCulture));
            if (Free(candidate))
            {
                return candidate;
            }
        }
    }
}
