using System.Diagnostics;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace LspProbe;

/// <summary>
/// A scripted editor session against csharp-ls: initialize, open samples/Violations/StudentAiService.cs (a copy, see
/// <see cref="Workspace"/>), wait for the RAI diagnostic the build reports there, ask for code actions on it, resolve and
/// apply ours, send the edited text back and look at the diagnostics again, then shut the server down.
/// Every stage is bounded by a timeout. Exit code 0 when every stage named in --require passed, 1 otherwise, 2 on bad
/// arguments. --summary writes the stage results as JSON (tests read it).
/// </summary>
internal static class Program
{
    private static readonly string[] AllStages = ["initialize", "diagnostic", "codeaction", "apply", "recheck", "builtin", "liveedit"];

    public static async Task<int> Main(string[] args)
    {
        Options options;
        try
        {
            options = Options.Parse(args);
        }
        catch (ArgumentException ex)
        {
            Console.Error.WriteLine(ex.Message);
            Console.Error.WriteLine(Options.Usage);
            return 2;
        }

        var transcript = new Transcript();
        var summary = new JsonObject
        {
            ["server"] = options.Server,
            ["analyzersEnabled"] = options.AnalyzersEnabled,
            ["diagnosticsMode"] = options.DiagnosticsMode,
            ["stages"] = new JsonObject(),
        };
        var session = new Session(options, transcript, summary);
        try
        {
            await session.RunAsync().ConfigureAwait(false);
        }
        catch (Exception ex)
        {
            transcript.Log($"FAILED: {ex.GetType().Name}: {ex.Message}");
            summary["error"] = $"{ex.GetType().Name}: {ex.Message}";
        }
        finally
        {
            await session.StopAsync().ConfigureAwait(false);
        }

        var stages = summary["stages"]!.AsObject();
        var failed = options.Require.Where(s => stages[s]?["ok"]?.GetValue<bool>() != true).ToList();
        summary["required"] = new JsonArray(options.Require.Select(s => (JsonNode)s).ToArray());
        summary["ok"] = failed.Count == 0;
        summary["elapsedSeconds"] = Math.Round(transcript.Elapsed.TotalSeconds, 1);

        Console.WriteLine();
        Console.WriteLine("==== summary ====");
        foreach (var stage in AllStages)
        {
            var node = stages[stage];
            var state = node is null ? "not reached" : node["ok"]!.GetValue<bool>() ? "ok" : "FAILED";
            Console.WriteLine($"{stage,-11} {state,-11} {(string?)node?["detail"]}");
        }

        Console.WriteLine(failed.Count == 0
            ? $"PASS (required: {string.Join(",", options.Require)})"
            : $"FAIL (required stages not ok: {string.Join(",", failed)})");
        if (options.SummaryPath is not null)
        {
            File.WriteAllText(options.SummaryPath, summary.ToJsonString(new JsonSerializerOptions { WriteIndented = true }));
        }

        return failed.Count == 0 ? 0 : 1;
    }

    internal sealed record Options(
        string Server,
        string RepositoryRoot,
        string WorkDirectory,
        string Configuration,
        string File,
        string Rule,
        int Line,
        int Column,
        bool AnalyzersEnabled,
        string DiagnosticsMode,
        TimeSpan DiagnosticTimeout,
        string? RpcLog,
        string? SummaryPath,
        IReadOnlyList<string> Require)
    {
        public const string Usage = """
            usage: LspProbe --server <csharp-ls> --repo <repository root> [--work <dir>] [--configuration Debug]
                            [--file StudentAiService.cs] [--rule RAI1001] [--line 49 --column 30]
                            [--analyzers-enabled true|false] [--diagnostics pull|push]
                            [--diagnostic-timeout 150] [--rpclog <file>] [--summary <file.json>]
                            [--require initialize,diagnostic,codeaction,apply,recheck]
                            (stages "builtin" and "liveedit" run only when our fix is not offered)
            Line and column are 1-based, as in samples/Violations/expected-diagnostics.txt (the default is the first
            entry there for --file and --rule).
            """;

        public static Options Parse(string[] args)
        {
            var values = new Dictionary<string, string>(StringComparer.Ordinal);
            for (var i = 0; i < args.Length; i++)
            {
                if (!args[i].StartsWith("--", StringComparison.Ordinal) || i + 1 >= args.Length)
                {
                    throw new ArgumentException($"Unexpected argument '{args[i]}'.");
                }

                values[args[i][2..]] = args[++i];
            }

            string Get(string key, string? fallback = null) =>
                values.TryGetValue(key, out var value) ? value : fallback ?? throw new ArgumentException($"--{key} is required.");

            var repo = Path.GetFullPath(Get("repo"));
            var file = Get("file", "StudentAiService.cs");
            var rule = Get("rule", "RAI1001");
            int line, column;
            if (values.ContainsKey("line"))
            {
                line = int.Parse(Get("line"));
                column = int.Parse(Get("column"));
            }
            else
            {
                (line, column) = FirstExpected(repo, file, rule);
            }

            var mode = Get("diagnostics", "pull");
            if (mode is not ("pull" or "push"))
            {
                throw new ArgumentException("--diagnostics must be pull or push.");
            }

            var require = Get("require", "initialize,diagnostic,codeaction,apply,recheck").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            if (require.Except(AllStages).FirstOrDefault() is { } unknown)
            {
                throw new ArgumentException($"Unknown stage '{unknown}' in --require.");
            }

            return new Options(
                Path.GetFullPath(Get("server")),
                repo,
                Path.GetFullPath(Get("work", Path.Combine(Path.GetTempPath(), "rai-lsp-probe-" + Environment.ProcessId))),
                Get("configuration", "Debug"),
                file,
                rule,
                line,
                column,
                bool.Parse(Get("analyzers-enabled", "true")),
                mode,
                TimeSpan.FromSeconds(int.Parse(Get("diagnostic-timeout", "150"))),
                values.TryGetValue("rpclog", out var rpclog) ? Path.GetFullPath(rpclog) : null,
                values.TryGetValue("summary", out var summaryPath) ? Path.GetFullPath(summaryPath) : null,
                require);
        }

        private static (int Line, int Column) FirstExpected(string repo, string file, string rule)
        {
            var expected = Path.Combine(repo, "samples", "Violations", "expected-diagnostics.txt");
            foreach (var entry in System.IO.File.ReadLines(expected))
            {
                // StudentAiService.cs(49,30): RAI1001
                var trimmed = entry.Trim();
                if (trimmed.StartsWith(file + "(", StringComparison.Ordinal) && trimmed.EndsWith(": " + rule, StringComparison.Ordinal))
                {
                    var position = trimmed[(file.Length + 1)..trimmed.IndexOf(')')].Split(',');
                    return (int.Parse(position[0]), int.Parse(position[1]));
                }
            }

            throw new ArgumentException($"No {rule} entry for {file} in {expected}.");
        }
    }
}

/// <summary>The session itself; each stage records {ok, detail, ...} under summary.stages.</summary>
internal sealed class Session(Program.Options options, Transcript transcript, JsonObject summary)
{
    private static readonly TimeSpan RequestTimeout = TimeSpan.FromSeconds(60);
    private readonly Dictionary<string, JsonArray> pushed = new(StringComparer.Ordinal);
    private readonly object pushedLock = new();
    private readonly List<JsonNode> appliedEdits = [];
    private Process? server;
    private LspConnection? connection;
    private bool pullSupported;
    private int configurationRequests;
    private string uri = "";
    private string text = "";
    private int version = 1;

    private JsonObject Stages => summary["stages"]!.AsObject();

    private void Stage(string name, bool ok, string detail, JsonObject? extra = null)
    {
        var node = extra ?? new JsonObject();
        node["ok"] = ok;
        node["detail"] = detail;
        Stages[name] = node;
        transcript.Log($"STAGE {name}: {(ok ? "ok" : "FAILED")}: {detail}");
    }

    public async Task RunAsync()
    {
        Workspace.Prepare(options.RepositoryRoot, options.WorkDirectory, options.Configuration, transcript);
        var filePath = Path.Combine(options.WorkDirectory, options.File);
        uri = new Uri(filePath).AbsoluteUri;
        text = File.ReadAllText(filePath);

        StartServer();
        await InitializeAsync().ConfigureAwait(false);

        connection!.Notify("textDocument/didOpen", new JsonObject
        {
            ["textDocument"] = new JsonObject { ["uri"] = uri, ["languageId"] = "csharp", ["version"] = version, ["text"] = text },
        });

        var target = await WaitForDiagnosticAsync().ConfigureAwait(false);
        if (target is null)
        {
            return;
        }

        var edit = await CodeActionAsync(target).ConfigureAwait(false);
        if (edit is null)
        {
            if (Stages["builtin"] is not null)
            {
                await LiveEditAsync(target).ConfigureAwait(false);
            }

            return;
        }

        var before = CountRule(await CurrentDiagnosticsAsync().ConfigureAwait(false));
        if (!Apply(edit))
        {
            return;
        }

        await RecheckAsync(before).ConfigureAwait(false);
    }

    // ------------------------------------------------------------------ server process

    private void StartServer()
    {
        var arguments = new List<string> { "--loglevel", "info" };
        if (options.RpcLog is not null)
        {
            arguments.AddRange(["--rpclog", options.RpcLog]);
        }

        var start = new ProcessStartInfo(options.Server, arguments)
        {
            WorkingDirectory = options.WorkDirectory,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.Environment["DOTNET_CLI_UI_LANGUAGE"] = "en-US";
        transcript.Log($"start {options.Server} {string.Join(" ", arguments)} (cwd {options.WorkDirectory})");
        server = Process.Start(start) ?? throw new InvalidOperationException("Could not start the language server.");
        summary["serverPid"] = server.Id;

        var stderrLog = Path.Combine(options.WorkDirectory, "csharp-ls.stderr.log");
        var stderr = server.StandardError;
        _ = Task.Run(async () =>
        {
            await using var writer = new StreamWriter(stderrLog);
            while (await stderr.ReadLineAsync().ConfigureAwait(false) is { } line)
            {
                await writer.WriteLineAsync(line).ConfigureAwait(false);
            }
        });

        connection = new LspConnection(server, transcript)
        {
            ServerRequestHandler = HandleServerRequest,
        };
        connection.NotificationReceived += OnNotification;
        connection.Start();
    }

    public async Task StopAsync()
    {
        if (server is null || connection is null)
        {
            return;
        }

        try
        {
            if (!server.HasExited && !connection.ReaderEnded)
            {
                await connection.RequestAsync("shutdown", null, TimeSpan.FromSeconds(15)).ConfigureAwait(false);
                connection.Notify("exit", null);
            }
        }
        catch (Exception ex)
        {
            transcript.Log($"shutdown: {ex.GetType().Name}: {ex.Message}");
        }

        connection.Dispose();
        var exited = await Task.Run(() => server.WaitForExit(TimeSpan.FromSeconds(15))).ConfigureAwait(false);
        if (!exited)
        {
            transcript.Log($"server {server.Id} did not exit after shutdown/exit: killing its process tree");
            server.Kill(entireProcessTree: true);
            server.WaitForExit(TimeSpan.FromSeconds(10));
        }

        summary["serverExitCode"] = server.HasExited ? server.ExitCode : null;
        summary["serverExitedCleanly"] = exited;
        transcript.Log($"server exited: {(exited ? "after shutdown/exit" : "killed")}, exit code {(server.HasExited ? server.ExitCode : -1)}");
    }

    private JsonNode? HandleServerRequest(string method, JsonNode? parameters)
    {
        switch (method)
        {
            case "workspace/configuration":
                configurationRequests++;
                var items = parameters?["items"]?.AsArray() ?? [];
                var answer = new JsonArray();
                foreach (var item in items)
                {
                    var section = (string?)item?["section"];
                    answer.Add(section switch
                    {
                        "csharp" => Settings(),
                        null or "" => new JsonObject { ["csharp"] = Settings() },
                        _ when section.StartsWith("csharp.", StringComparison.Ordinal) => Settings()[section["csharp.".Length..]]?.DeepClone(),
                        _ => null,
                    });
                }

                transcript.Log($"<- workspace/configuration {Compact(parameters)} => {answer.ToJsonString()}");
                return answer;
            case "client/registerCapability":
                foreach (var registration in parameters?["registrations"]?.AsArray() ?? [])
                {
                    if ((string?)registration?["method"] == "textDocument/diagnostic")
                    {
                        pullSupported = true;
                    }
                }

                transcript.Log($"<- client/registerCapability {string.Join(", ", (parameters?["registrations"]?.AsArray() ?? []).Select(r => (string?)r?["method"]))}");
                return null;
            case "workspace/applyEdit":
                transcript.Log($"<- workspace/applyEdit {Compact(parameters)}");
                lock (appliedEdits)
                {
                    appliedEdits.Add(parameters!["edit"]!.DeepClone());
                }

                return new JsonObject { ["applied"] = true };
            default:
                transcript.Log($"<- {method} (server request, answered null)");
                return null;
        }
    }

    private JsonObject Settings() => new()
    {
        ["analyzersEnabled"] = options.AnalyzersEnabled,
        ["logLevel"] = "info",
    };

    private void OnNotification(string method, JsonNode? parameters)
    {
        switch (method)
        {
            case "textDocument/publishDiagnostics":
                var diagnostics = parameters?["diagnostics"]?.AsArray() ?? [];
                var target = (string?)parameters?["uri"] ?? "";
                lock (pushedLock)
                {
                    pushed[target] = (JsonArray)diagnostics.DeepClone();
                }

                if (target == uri)
                {
                    transcript.Log($"<- publishDiagnostics {Path.GetFileName(new Uri(target).LocalPath)}: {Describe(diagnostics)}");
                }

                break;
            case "window/logMessage" or "window/showMessage":
                var message = (string?)parameters?["message"] ?? "";
                transcript.Log($"<- {method}: {Truncate(message, 200)}");
                break;
            case "$/progress":
                var value = parameters?["value"];
                if ((string?)value?["kind"] is "begin" or "end")
                {
                    transcript.Log($"<- $/progress {(string?)value?["kind"]} {(string?)value?["title"]} {(string?)value?["message"]}".TrimEnd());
                }

                break;
            default:
                transcript.Log($"<- {method}");
                break;
        }
    }

    // ------------------------------------------------------------------ stages

    private async Task InitializeAsync()
    {
        var textDocument = new JsonObject
        {
            ["synchronization"] = new JsonObject { ["didSave"] = true, ["dynamicRegistration"] = true },
            ["publishDiagnostics"] = new JsonObject { ["relatedInformation"] = true, ["versionSupport"] = true },
            ["codeAction"] = new JsonObject
            {
                ["dynamicRegistration"] = true,
                ["dataSupport"] = true,
                ["isPreferredSupport"] = true,
                ["resolveSupport"] = new JsonObject { ["properties"] = new JsonArray("edit") },
                ["codeActionLiteralSupport"] = new JsonObject
                {
                    ["codeActionKind"] = new JsonObject { ["valueSet"] = new JsonArray("", "quickfix", "refactor", "refactor.extract", "refactor.inline", "refactor.rewrite", "source", "source.organizeImports") },
                },
            },
        };
        if (options.DiagnosticsMode == "pull")
        {
            textDocument["diagnostic"] = new JsonObject { ["dynamicRegistration"] = true, ["relatedDocumentSupport"] = false };
        }

        var parameters = new JsonObject
        {
            ["processId"] = Environment.ProcessId,
            ["clientInfo"] = new JsonObject { ["name"] = "ResponsibleAI LspProbe", ["version"] = "1.0" },
            ["locale"] = "en-US",
            ["rootUri"] = new Uri(options.WorkDirectory + "/").AbsoluteUri.TrimEnd('/'),
            ["rootPath"] = options.WorkDirectory,
            ["workspaceFolders"] = new JsonArray(new JsonObject
            {
                ["uri"] = new Uri(options.WorkDirectory + "/").AbsoluteUri.TrimEnd('/'),
                ["name"] = "Violations",
            }),
            ["initializationOptions"] = new JsonObject { ["csharp"] = Settings() },
            ["capabilities"] = new JsonObject
            {
                ["workspace"] = new JsonObject
                {
                    ["configuration"] = true,
                    ["applyEdit"] = true,
                    ["workspaceFolders"] = true,
                    ["didChangeConfiguration"] = new JsonObject { ["dynamicRegistration"] = true },
                    ["workspaceEdit"] = new JsonObject { ["documentChanges"] = true },
                    ["diagnostics"] = new JsonObject { ["refreshSupport"] = true },
                },
                ["textDocument"] = textDocument,
                ["window"] = new JsonObject { ["workDoneProgress"] = true, ["showMessage"] = new JsonObject() },
                ["general"] = new JsonObject { ["positionEncodings"] = new JsonArray("utf-16") },
            },
        };

        JsonNode? result;
        try
        {
            result = await connection!.RequestAsync("initialize", parameters, RequestTimeout).ConfigureAwait(false);
        }
        catch (Exception ex)
        {
            Stage("initialize", false, $"initialize failed: {ex.Message}");
            throw;
        }

        var capabilities = result?["capabilities"];
        var serverInfo = result?["serverInfo"];
        pullSupported |= capabilities?["diagnosticProvider"] is not null;
        var codeActionProvider = capabilities?["codeActionProvider"];
        var resolveProvider = codeActionProvider is JsonObject o && (bool?)o["resolveProvider"] == true;
        connection.Notify("initialized", new JsonObject());
        connection.Notify("workspace/didChangeConfiguration", new JsonObject { ["settings"] = new JsonObject { ["csharp"] = Settings() } });
        Stage("initialize", true, $"{(string?)serverInfo?["name"]} {(string?)serverInfo?["version"]}; codeActionProvider={codeActionProvider?.ToJsonString() ?? "none"}; static diagnosticProvider={capabilities?["diagnosticProvider"]?.ToJsonString() ?? "none"}", new JsonObject
        {
            ["serverName"] = (string?)serverInfo?["name"],
            ["serverVersion"] = (string?)serverInfo?["version"],
            ["codeActionResolve"] = resolveProvider,
            ["capabilities"] = capabilities?.DeepClone(),
        });
    }

    /// <summary>Waits (pulling, or watching pushes) until the expected diagnostic shows up at the expected position.</summary>
    private async Task<JsonObject?> WaitForDiagnosticAsync()
    {
        var line = options.Line - 1;
        var character = options.Column - 1;
        var deadline = transcript.Elapsed + options.DiagnosticTimeout;
        string? lastDescription = null;
        var pulls = 0;
        JsonArray last = [];
        while (transcript.Elapsed < deadline)
        {
            if (connection!.ReaderEnded)
            {
                Stage("diagnostic", false, "the language server exited before the diagnostic arrived");
                return null;
            }

            string mechanism;
            JsonArray diagnostics;
            if (pullSupported && options.DiagnosticsMode == "pull")
            {
                mechanism = "pull (textDocument/diagnostic)";
                pulls++;
                diagnostics = await PullAsync().ConfigureAwait(false);
            }
            else
            {
                mechanism = "push (textDocument/publishDiagnostics)";
                lock (pushedLock)
                {
                    diagnostics = pushed.TryGetValue(uri, out var list) ? list : [];
                }
            }

            last = diagnostics;
            var description = Describe(diagnostics);
            if (mechanism.StartsWith("pull", StringComparison.Ordinal) && description != lastDescription)
            {
                transcript.Log($"   pulled: {description}");
                lastDescription = description;
            }

            var match = diagnostics.OfType<JsonObject>().FirstOrDefault(d =>
                Code(d) == options.Rule
                && (int?)d["range"]?["start"]?["line"] == line
                && (int?)d["range"]?["start"]?["character"] == character);
            if (match is not null)
            {
                Stage("diagnostic", true, $"{options.Rule} at {options.File}({options.Line},{options.Column}) via {mechanism} after {transcript.Elapsed.TotalSeconds:0.0} s: \"{Truncate((string?)match["message"] ?? "", 140)}\"", new JsonObject
                {
                    ["mechanism"] = mechanism,
                    ["pulls"] = pulls,
                    ["seconds"] = Math.Round(transcript.Elapsed.TotalSeconds, 1),
                    ["diagnostic"] = match.DeepClone(),
                    ["raiCounts"] = RaiCounts(diagnostics),
                    ["raiPositions"] = RaiPositions(diagnostics),
                    ["allCodes"] = AllCodes(diagnostics),
                });
                return (JsonObject)match.DeepClone();
            }

            await Task.Delay(TimeSpan.FromSeconds(2)).ConfigureAwait(false);
        }

        Stage("diagnostic", false, $"no {options.Rule} at {options.File}({options.Line},{options.Column}) within {options.DiagnosticTimeout.TotalSeconds:0} s (pull supported: {pullSupported}, mode {options.DiagnosticsMode}, workspace/configuration requests answered: {configurationRequests}); last diagnostics: {Describe(last)}", new JsonObject
        {
            ["pullSupported"] = pullSupported,
            ["pulls"] = pulls,
            ["configurationRequests"] = configurationRequests,
            ["raiCounts"] = RaiCounts(last),
            ["allCodes"] = AllCodes(last),
        });
        return null;
    }

    private async Task<JsonArray> PullAsync()
    {
        try
        {
            var report = await connection!.RequestAsync("textDocument/diagnostic", new JsonObject
            {
                ["textDocument"] = new JsonObject { ["uri"] = uri },
            }, RequestTimeout).ConfigureAwait(false);
            return report?["items"]?.AsArray() is { } items ? (JsonArray)items.DeepClone() : [];
        }
        catch (Exception ex) when (ex is LspErrorException or TimeoutException)
        {
            transcript.Log($"   pull failed: {ex.Message}");
            return [];
        }
    }

    private async Task<JsonArray> CurrentDiagnosticsAsync()
    {
        if (pullSupported && options.DiagnosticsMode == "pull")
        {
            return await PullAsync().ConfigureAwait(false);
        }

        lock (pushedLock)
        {
            return pushed.TryGetValue(uri, out var list) ? (JsonArray)list.DeepClone() : [];
        }
    }

    /// <summary>Asks for code actions on the diagnostic, picks ours, resolves it; returns its WorkspaceEdit.</summary>
    private async Task<JsonNode?> CodeActionAsync(JsonObject diagnostic)
    {
        var range = diagnostic["range"]!.DeepClone();
        JsonNode? result;
        try
        {
            result = await connection!.RequestAsync("textDocument/codeAction", new JsonObject
            {
                ["textDocument"] = new JsonObject { ["uri"] = uri },
                ["range"] = range,
                ["context"] = new JsonObject { ["diagnostics"] = new JsonArray(diagnostic.DeepClone()), ["triggerKind"] = 1 },
            }, RequestTimeout).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is LspErrorException or TimeoutException)
        {
            Stage("codeaction", false, $"textDocument/codeAction failed: {ex.Message}");
            return null;
        }

        var actions = result?.AsArray().OfType<JsonObject>().ToList() ?? [];
        var titles = actions.Select(a => (string?)a["title"] ?? "").ToList();
        transcript.Log($"<- {actions.Count} code actions: {string.Join(" | ", titles.Take(40))}");
        var titleArray = new JsonArray(titles.Select(t => (JsonNode)t).ToArray());
        var ours = actions.FirstOrDefault(a => ((string?)a["title"] ?? "").StartsWith("Insert consent check", StringComparison.Ordinal))
            ?? actions.FirstOrDefault(a => (string?)a["title"] == "Require consent from callers (add [AiFeature])")
            ?? actions.FirstOrDefault(a => ((string?)a["title"] ?? "").Contains("(add [AiFeature])", StringComparison.Ordinal)
                || ((string?)a["title"] ?? "").StartsWith("Insert opt-out lookup", StringComparison.Ordinal));
        if (ours is null)
        {
            Stage("codeaction", false, $"none of the {actions.Count} code actions offered is a ResponsibleAI fix (\"Insert consent check: …\" / \"Require consent from callers (add [AiFeature])\"); offered: {string.Join(" | ", titles)}", new JsonObject
            {
                ["titles"] = titleArray,
                ["ourFixOffered"] = false,
            });
            await BuiltinActionAsync(actions).ConfigureAwait(false);
            return null;
        }

        var title = (string)ours["title"]!;
        var edit = ours["edit"];
        var resolved = false;
        if (edit is null && ours["command"] is null)
        {
            try
            {
                var full = await connection.RequestAsync("codeAction/resolve", ours.DeepClone(), RequestTimeout).ConfigureAwait(false);
                edit = full?["edit"];
                resolved = true;
            }
            catch (Exception ex) when (ex is LspErrorException or TimeoutException)
            {
                Stage("codeaction", false, $"codeAction/resolve of \"{title}\" failed: {ex.Message}", new JsonObject { ["titles"] = titleArray, ["chosen"] = title });
                return null;
            }
        }

        if (edit is null && ours["command"] is JsonObject command)
        {
            await connection.RequestAsync("workspace/executeCommand", new JsonObject
            {
                ["command"] = command["command"]?.DeepClone(),
                ["arguments"] = command["arguments"]?.DeepClone(),
            }, RequestTimeout).ConfigureAwait(false);
            lock (appliedEdits)
            {
                edit = appliedEdits.LastOrDefault();
            }
        }

        Stage("codeaction", edit is not null, edit is not null
            ? $"\"{title}\" offered among {actions.Count} actions{(resolved ? ", resolved with codeAction/resolve" : "")}"
            : $"\"{title}\" offered but no WorkspaceEdit came back", new JsonObject
            {
                ["titles"] = titleArray,
                ["chosen"] = title,
                ["resolved"] = resolved,
            });
        return edit?.DeepClone();
    }

    /// <summary>
    /// When our fix is not offered: resolve and apply (locally only, nothing is sent back) one of the server's own
    /// actions on the same range, to show that this client's codeAction/resolve and WorkspaceEdit handling work, so the
    /// missing fix is the server's doing, not the client's.
    /// </summary>
    private async Task BuiltinActionAsync(List<JsonObject> actions)
    {
        var action = actions.FirstOrDefault(a => ((string?)a["title"] ?? "").StartsWith("Introduce local", StringComparison.Ordinal)) ?? actions.FirstOrDefault();
        if (action is null)
        {
            Stage("builtin", false, "the server offered no code action at all on the diagnostic's range");
            return;
        }

        var title = (string?)action["title"] ?? "";
        try
        {
            var edit = action["edit"] ?? (await connection!.RequestAsync("codeAction/resolve", action.DeepClone(), RequestTimeout).ConfigureAwait(false))?["edit"];
            var edits = edit is null ? [] : EditsFor(edit, out _);
            if (edits.Count == 0)
            {
                Stage("builtin", false, $"codeAction/resolve of the server's own \"{title}\" returned no edit for {options.File}");
                return;
            }

            var changed = ApplyEdits(text, edits);
            Stage("builtin", changed != text, $"the server's own \"{title}\" resolved (codeAction/resolve) to {edits.Count} text edit(s) that apply cleanly (applied locally, not sent back)", new JsonObject
            {
                ["title"] = title,
                ["diff"] = LineDiff(text, changed),
            });
        }
        catch (Exception ex) when (ex is LspErrorException or TimeoutException)
        {
            Stage("builtin", false, $"codeAction/resolve of the server's own \"{title}\" failed: {ex.Message}");
        }
    }

    private List<JsonObject> EditsFor(JsonNode edit, out List<string> otherDocuments)
    {
        var edits = new List<JsonObject>();
        otherDocuments = [];
        if (edit["documentChanges"] is JsonArray documentChanges)
        {
            foreach (var change in documentChanges.OfType<JsonObject>())
            {
                var target = (string?)change["textDocument"]?["uri"];
                if (target is null)
                {
                    otherDocuments.Add($"{(string?)change["kind"]} {(string?)change["uri"]}");
                }
                else if (SameDocument(target, uri))
                {
                    edits.AddRange(change["edits"]!.AsArray().OfType<JsonObject>());
                }
                else
                {
                    otherDocuments.Add(target);
                }
            }
        }

        if (edit["changes"] is JsonObject changes)
        {
            foreach (var (target, list) in changes)
            {
                if (SameDocument(target, uri))
                {
                    edits.AddRange(list!.AsArray().OfType<JsonObject>());
                }
                else
                {
                    otherDocuments.Add(target);
                }
            }
        }

        return edits;
    }

    private static string ApplyEdits(string original, List<JsonObject> edits)
    {
        var lineStarts = LineStarts(original);
        var ordered = edits
            .Select(e => (Start: Offset(lineStarts, e["range"]!["start"]!), End: Offset(lineStarts, e["range"]!["end"]!), NewText: (string?)e["newText"] ?? ""))
            .OrderByDescending(e => e.Start)
            .ToList();
        var builder = new StringBuilder(original);
        foreach (var (start, end, newText) in ordered)
        {
            builder.Remove(start, end - start).Insert(start, newText);
        }

        return builder.ToString();
    }

    /// <summary>Applies the WorkspaceEdit's edits for our document to the local text and sends it with didChange.</summary>
    private bool Apply(JsonNode edit)
    {
        var edits = EditsFor(edit, out var otherDocuments);
        if (edits.Count == 0)
        {
            Stage("apply", false, $"the WorkspaceEdit has no edits for {options.File} (other documents: {string.Join(", ", otherDocuments)})");
            return false;
        }

        var original = text;
        text = ApplyEdits(original, edits);
        var diff = LineDiff(original, text);
        transcript.Log($"applied {edits.Count} text edit(s) to {options.File}:\n{diff}");
        version++;
        connection!.Notify("textDocument/didChange", new JsonObject
        {
            ["textDocument"] = new JsonObject { ["uri"] = uri, ["version"] = version },
            ["contentChanges"] = new JsonArray(new JsonObject { ["text"] = text }),
        });
        File.WriteAllText(Path.Combine(options.WorkDirectory, options.File + ".fixed"), text);
        Stage("apply", text != original, $"{edits.Count} text edit(s) applied locally; {options.File}.fixed written to the work folder", new JsonObject
        {
            ["diff"] = diff,
            ["otherDocuments"] = new JsonArray(otherDocuments.Select(d => (JsonNode)d).ToArray()),
        });
        return text != original;
    }

    /// <summary>
    /// When our fix is not offered: edit the document by hand the way a user would (the flagged AI call becomes
    /// <c>Task.FromResult(new ChatResponse())</c>), send it with didChange, and check that the server re-analyzes the
    /// unsaved text: the rule's count must drop by the one occurrence removed.
    /// </summary>
    private async Task LiveEditAsync(JsonObject diagnostic)
    {
        var before = CountRule(await CurrentDiagnosticsAsync().ConfigureAwait(false));
        var replacement = new JsonObject { ["range"] = diagnostic["range"]!.DeepClone(), ["newText"] = "Task.FromResult(new ChatResponse())" };
        var original = text;
        text = ApplyEdits(original, [replacement]);
        var diff = LineDiff(original, text);
        transcript.Log($"hand edit (no fix offered) to {options.File}:\n{diff}");
        version++;
        connection!.Notify("textDocument/didChange", new JsonObject
        {
            ["textDocument"] = new JsonObject { ["uri"] = uri, ["version"] = version },
            ["contentChanges"] = new JsonArray(new JsonObject { ["text"] = text }),
        });
        await RecheckAsync(before, "liveedit").ConfigureAwait(false);
        Stages["liveedit"]!["diff"] = diff;
    }

    /// <summary>After the edit, the rule's count in the document must drop (the fixed occurrence is gone).</summary>
    private async Task RecheckAsync(int before, string stage = "recheck")
    {
        var deadline = transcript.Elapsed + TimeSpan.FromSeconds(60);
        var after = before;
        JsonArray diagnostics = [];
        while (transcript.Elapsed < deadline)
        {
            await Task.Delay(TimeSpan.FromSeconds(2)).ConfigureAwait(false);
            diagnostics = await CurrentDiagnosticsAsync().ConfigureAwait(false);
            after = CountRule(diagnostics);
            if (after < before)
            {
                break;
            }
        }

        Stage(stage, after < before, $"{options.Rule} in {options.File}: {before} before the edit, {after} after (didChange, then {(pullSupported && options.DiagnosticsMode == "pull" ? "pull" : "push")}); now: {Describe(diagnostics)}", new JsonObject
        {
            ["before"] = before,
            ["after"] = after,
        });
    }

    // ------------------------------------------------------------------ helpers

    private int CountRule(JsonArray diagnostics) => diagnostics.OfType<JsonObject>().Count(d => Code(d) == options.Rule);

    private static string? Code(JsonObject diagnostic) => diagnostic["code"] switch
    {
        JsonValue value when value.TryGetValue<string>(out var s) => s,
        JsonValue value => value.ToJsonString(),
        _ => null,
    };

    private static JsonObject RaiCounts(JsonArray diagnostics)
    {
        var counts = new JsonObject();
        foreach (var group in diagnostics.OfType<JsonObject>().Select(Code).Where(c => c?.StartsWith("RAI", StringComparison.Ordinal) == true).GroupBy(c => c!).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            counts[group.Key] = group.Count();
        }

        return counts;
    }

    /// <summary>"File.cs(line,column): RAIxxxx" (1-based, sorted), the format of expected-diagnostics.txt.</summary>
    // Warnings and errors (LSP severity 1 and 2): what the command-line build prints and expected-diagnostics.txt lists.
    // Info diagnostics (RAI1005) show in the editor only.
    private JsonArray RaiPositions(JsonArray diagnostics) =>
        new(diagnostics.OfType<JsonObject>()
            .Where(d => Code(d)?.StartsWith("RAI", StringComparison.Ordinal) == true && (int?)d["severity"] is null or <= 2)
            .Select(d => (Line: (int)d["range"]!["start"]!["line"]! + 1, Column: (int)d["range"]!["start"]!["character"]! + 1, Id: Code(d)!))
            .OrderBy(d => d.Line).ThenBy(d => d.Column).ThenBy(d => d.Id, StringComparer.Ordinal)
            .Select(d => (JsonNode?)$"{options.File}({d.Line},{d.Column}): {d.Id}")
            .ToArray());

    private static JsonArray AllCodes(JsonArray diagnostics) =>
        new(diagnostics.OfType<JsonObject>().Select(Code).Distinct().Order(StringComparer.Ordinal).Select(c => (JsonNode?)c).ToArray());

    private static string Describe(JsonArray diagnostics)
    {
        if (diagnostics.Count == 0)
        {
            return "0 diagnostics";
        }

        var groups = diagnostics.OfType<JsonObject>().GroupBy(d => Code(d) ?? "?").OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => $"{g.Key}x{g.Count()}");
        return $"{diagnostics.Count} diagnostics: {string.Join(" ", groups)}";
    }

    private static bool SameDocument(string a, string b) =>
        string.Equals(new Uri(a).LocalPath, new Uri(b).LocalPath, StringComparison.Ordinal);

    private static List<int> LineStarts(string s)
    {
        var starts = new List<int> { 0 };
        for (var i = 0; i < s.Length; i++)
        {
            if (s[i] == '\n')
            {
                starts.Add(i + 1);
            }
        }

        return starts;
    }

    private static int Offset(List<int> lineStarts, JsonNode position)
    {
        var line = (int)position["line"]!;
        var character = (int)position["character"]!;
        return line >= lineStarts.Count ? lineStarts[^1] : lineStarts[line] + character;
    }

    /// <summary>The changed region as -/+ lines (common prefix and suffix trimmed), with 1-based line numbers.</summary>
    private static string LineDiff(string before, string after)
    {
        var a = before.Split('\n');
        var b = after.Split('\n');
        var prefix = 0;
        while (prefix < a.Length && prefix < b.Length && a[prefix] == b[prefix])
        {
            prefix++;
        }

        var suffix = 0;
        while (suffix < a.Length - prefix && suffix < b.Length - prefix && a[^(suffix + 1)] == b[^(suffix + 1)])
        {
            suffix++;
        }

        var lines = new List<string>();
        for (var i = prefix; i < a.Length - suffix; i++)
        {
            lines.Add($"  {i + 1,4} - {a[i]}");
        }

        for (var i = prefix; i < b.Length - suffix; i++)
        {
            lines.Add($"  {i + 1,4} + {b[i]}");
        }

        return string.Join("\n", lines);
    }

    private static string Compact(JsonNode? node) => Truncate(node?.ToJsonString() ?? "null", 300);

    private static string Truncate(string s, int max) => s.Length <= max ? s : s[..max] + "…";
}
