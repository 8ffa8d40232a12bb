using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using ResponsibleAI.Analyzers.Catalog;
using ResponsibleAI.Analyzers.Gateways;

namespace ResponsibleAI.Analyzers.Analysis;

/// <summary>
/// Every simple name an AI call can be written with in this compilation: the catalog's member names, the members of
/// <c>[AiFeature]</c> declarations (in the compilation and in referenced assemblies built with the attributes, members
/// of attributed types included, and gateway implementations named by the attribute), and the members a
/// <c>feature</c> line of <c>ResponsibleAI.txt</c> names. A body that mentions none of them makes no AI call (an
/// override, an interface implementation or an extension is called by the name it declares), so RAI1001–RAI1005 do
/// not bind it.
/// </summary>
internal static class AiCallVocabulary
{
    private const string AttributesAssembly = "ResponsibleAI.Attributes";
    private static readonly ConditionalWeakTable<object, HashSet<string>> Referenced = new();
    private static readonly ConditionalWeakTable<SyntaxTree, TreeFeatures> Trees = new();

    /// <param name="catalog">The catalog's types present in the compilation, with their AI member names.</param>
    public static HashSet<string> Create(Compilation compilation, IReadOnlyDictionary<INamedTypeSymbol, Dictionary<string, CatalogEntry>> catalog, IEnumerable<ISymbol> configuredFeatures, bool attributesReferenced, CancellationToken cancellationToken)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var pair in catalog)
        {
            foreach (var member in pair.Value.Keys)
            {
                // A static method is written with its type's name (EntryVendorTaskService.Add(...)): the type's name is the
                // filter, not a member name as common as Add. Instance and extension methods are written with their own.
                names.Add(IsStaticOnly(pair.Key, member) ? pair.Key.Name : member);
            }
        }

        // What each file declares, read once per syntax tree: 'using static' imports, [AiFeature] members and types.
        var staticImports = new HashSet<string>(StringComparer.Ordinal);
        var typeNames = new HashSet<string>(StringComparer.Ordinal);
        foreach (var tree in compilation.SyntaxTrees)
        {
            var features = Trees.GetValue(tree, t => TreeFeatures.Read(t, cancellationToken));
            staticImports.UnionWith(features.StaticImports);
            if (attributesReferenced)
            {
                names.UnionWith(features.Members);
                typeNames.UnionWith(features.Types);
            }
        }

        // ... unless the type is imported with 'using static': then its members are written alone.
        foreach (var pair in catalog)
        {
            if (staticImports.Contains(pair.Key.Name))
            {
                names.UnionWith(pair.Value.Keys);
            }
        }

        foreach (var symbol in configuredFeatures)
        {
            AddNames(symbol, names);
        }

        if (!attributesReferenced)
        {
            return names;
        }

        // Attributed types by name, resolved to add all their members.
        foreach (var typeName in typeNames)
        {
            foreach (var type in compilation.GetSymbolsWithName(typeName, SymbolFilter.Type, cancellationToken))
            {
                AddNames(type, names);
            }
        }

        // [AiFeature] in libraries built against the attributes.
        foreach (var assembly in compilation.SourceModule.ReferencedAssemblySymbols)
        {
            if (ReferencesAttributes(assembly))
            {
                // Kept per metadata reference: the projects of a solution (in an IDE, in one process) share a library's.
                var key = (object?)compilation.GetMetadataReference(assembly) ?? assembly;
                names.UnionWith(Referenced.GetValue(key, _ => FromMetadata(assembly, cancellationToken)));
            }
        }

        return names;
    }

    private static bool IsStaticOnly(INamedTypeSymbol type, string name)
    {
        var any = false;
        foreach (var member in type.GetMembers(name))
        {
            if (member is not IMethodSymbol { IsStatic: true, IsExtensionMethod: false })
            {
                return false;
            }

            any = true;
        }

        return any;
    }

    /// <summary>A member's name; for a type, its members' names and its nested types' (a type's feature covers them).</summary>
    private static void AddNames(ISymbol symbol, HashSet<string> names)
    {
        names.Add(symbol.Name);
        if (symbol is INamedTypeSymbol type)
        {
            names.UnionWith(type.MemberNames);
            foreach (var nested in type.GetTypeMembers())
            {
                AddNames(nested, names);
            }
        }
    }

    private static bool ReferencesAttributes(IAssemblySymbol assembly)
    {
        foreach (var module in assembly.Modules)
        {
            foreach (var reference in module.ReferencedAssemblies)
            {
                if (reference.Name == AttributesAssembly)
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static HashSet<string> FromMetadata(IAssemblySymbol assembly, CancellationToken cancellationToken)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        var pending = new Stack<INamespaceOrTypeSymbol>();
        pending.Push(assembly.GlobalNamespace);
        while (pending.Count > 0)
        {
            cancellationToken.ThrowIfCancellationRequested();
            foreach (var member in pending.Pop().GetMembers())
            {
                if (member is INamespaceOrTypeSymbol container)
                {
                    pending.Push(container);
                }

                if (FeatureAttribute(member) is not { } attribute)
                {
                    continue;
                }

                AddNames(member, names);
                if (AiFeatureArguments.Read(attribute).Implementation is { } implementation)
                {
                    names.Add(implementation);
                }
            }
        }

        return names;
    }

    private static AttributeData? FeatureAttribute(ISymbol symbol)
    {
        foreach (var attribute in symbol.GetAttributes())
        {
            if (attribute.AttributeClass is { Name: "AiFeatureAttribute", ContainingNamespace.Name: "ResponsibleAI" })
            {
                return attribute;
            }
        }

        return null;
    }

    /// <summary>The <c>[AiFeature]</c> declarations of one syntax tree, by name (kept per tree: an edit re-reads one file).</summary>
    private sealed class TreeFeatures
    {
        private TreeFeatures(HashSet<string> members, HashSet<string> types, HashSet<string> staticImports)
        {
            Members = members;
            Types = types;
            StaticImports = staticImports;
        }

        /// <summary>Simple names of the types this file imports with <c>using static</c>.</summary>
        public HashSet<string> StaticImports { get; }

        /// <summary>Attributed members' names, and the names the attributes' arguments mention (a gateway's implementation).</summary>
        public HashSet<string> Members { get; }

        /// <summary>Attributed types' names.</summary>
        public HashSet<string> Types { get; }

        public static TreeFeatures Read(SyntaxTree tree, CancellationToken cancellationToken)
        {
            var members = new HashSet<string>(StringComparer.Ordinal);
            var types = new HashSet<string>(StringComparer.Ordinal);
            var root = tree.GetRoot(cancellationToken);

            // using Feature = ResponsibleAI.AiFeatureAttribute; makes [Feature] the attribute too.
            var aliases = new HashSet<string>(StringComparer.Ordinal) { "AiFeature", "AiFeatureAttribute" };
            var staticImports = new HashSet<string>(StringComparer.Ordinal);
            foreach (var node in root.DescendantNodes(static n => n is CompilationUnitSyntax or BaseNamespaceDeclarationSyntax))
            {
                if (node is UsingDirectiveSyntax { StaticKeyword.RawKind: (int)SyntaxKind.StaticKeyword, Name: { } imported } && Simple(imported) is { } importedType)
                {
                    staticImports.Add(importedType.Identifier.ValueText);
                }

                if (node is UsingDirectiveSyntax { Alias.Name.Identifier.ValueText: var alias, Name: { } target } && aliases.Contains(Simple(target)?.Identifier.ValueText ?? string.Empty))
                {
                    aliases.Add(alias);
                    aliases.Add(alias + "Attribute");
                }
            }

            // The attribute's name (or an alias's target) is in the text of any file that uses it: most files are not walked.
            var attributed = SourceScan.Contains(tree, "AiFeature", cancellationToken);
            foreach (var node in attributed ? root.DescendantNodes(static n => n is not (BlockSyntax or ArrowExpressionClauseSyntax or EqualsValueClauseSyntax)) : [])
            {
                if (node is not AttributeSyntax attribute || !aliases.Contains(Simple(attribute.Name)?.Identifier.ValueText ?? string.Empty))
                {
                    continue;
                }

                switch (attribute.Parent?.Parent)
                {
                    case BaseTypeDeclarationSyntax type:
                        types.Add(type.Identifier.ValueText);
                        break;
                    case MethodDeclarationSyntax method:
                        members.Add(method.Identifier.ValueText);
                        break;
                    case PropertyDeclarationSyntax property:
                        members.Add(property.Identifier.ValueText);
                        break;
                    case IndexerDeclarationSyntax:
                        members.Add("this[]");
                        break;
                    case BaseFieldDeclarationSyntax field:
                        foreach (var variable in field.Declaration.Variables)
                        {
                            members.Add(variable.Identifier.ValueText);
                        }

                        break;
                    case DelegateDeclarationSyntax @delegate:
                        members.Add(@delegate.Identifier.ValueText);
                        break;
                }

                foreach (var mentioned in attribute.ArgumentList?.DescendantNodes() ?? [])
                {
                    switch (mentioned)
                    {
                        case SimpleNameSyntax name:
                            members.Add(name.Identifier.ValueText);
                            break;
                        case LiteralExpressionSyntax { RawKind: (int)SyntaxKind.StringLiteralExpression } literal:
                            members.Add(literal.Token.ValueText);
                            break;
                    }
                }
            }

            return new TreeFeatures(members, types, staticImports);
        }

        private static SimpleNameSyntax? Simple(NameSyntax name) => name switch
        {
            QualifiedNameSyntax qualified => qualified.Right,
            AliasQualifiedNameSyntax alias => alias.Name,
            SimpleNameSyntax plain => plain,
            _ => null,
        };
    }
}
