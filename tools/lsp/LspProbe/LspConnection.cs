using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace LspProbe;

/// <summary>
/// JSON-RPC 2.0 over a child process's stdio with LSP's <c>Content-Length</c> framing. Every request has a timeout;
/// server-to-client requests are answered by <see cref="ServerRequestHandler"/>; notifications go to
/// <see cref="NotificationReceived"/>.
/// </summary>
internal sealed class LspConnection : IDisposable
{
    private readonly Process process;
    private readonly Stream input;
    private readonly Stream output;
    private readonly Transcript transcript;
    private readonly object writeLock = new();
    private readonly ConcurrentDictionary<long, TaskCompletionSource<JsonNode?>> pending = new();
    private readonly Thread readerThread;
    private long nextId;

    public LspConnection(Process process, Transcript transcript)
    {
        this.process = process;
        this.transcript = transcript;
        input = process.StandardInput.BaseStream;
        output = process.StandardOutput.BaseStream;
        readerThread = new Thread(ReadLoop) { IsBackground = true, Name = "lsp-reader" };
    }

    /// <summary>Answers a server-to-client request: (method, params) → result. Runs on the reader thread.</summary>
    public Func<string, JsonNode?, JsonNode?> ServerRequestHandler { get; set; } = (_, _) => null;

    public event Action<string, JsonNode?>? NotificationReceived;

    public bool ReaderEnded { get; private set; }

    public void Start() => readerThread.Start();

    public async Task<JsonNode?> RequestAsync(string method, JsonNode? parameters, TimeSpan timeout)
    {
        var id = Interlocked.Increment(ref nextId);
        var completion = new TaskCompletionSource<JsonNode?>(TaskCreationOptions.RunContinuationsAsynchronously);
        pending[id] = completion;
        transcript.Log($"-> {method} (id {id})");
        Write(new JsonObject { ["jsonrpc"] = "2.0", ["id"] = id, ["method"] = method, ["params"] = parameters });

        var finished = await Task.WhenAny(completion.Task, Task.Delay(timeout)).ConfigureAwait(false);
        if (finished != completion.Task)
        {
            pending.TryRemove(id, out _);
            throw new TimeoutException($"No answer to '{method}' (id {id}) within {timeout.TotalSeconds:0} s.");
        }

        return await completion.Task.ConfigureAwait(false);
    }

    public void Notify(string method, JsonNode? parameters)
    {
        transcript.Log($"-> {method} (notification)");
        Write(new JsonObject { ["jsonrpc"] = "2.0", ["method"] = method, ["params"] = parameters });
    }

    private void Write(JsonObject message)
    {
        var body = Encoding.UTF8.GetBytes(message.ToJsonString());
        var header = Encoding.ASCII.GetBytes($"Content-Length: {body.Length}\r\n\r\n");
        lock (writeLock)
        {
            input.Write(header);
            input.Write(body);
            input.Flush();
        }
    }

    private void ReadLoop()
    {
        try
        {
            while (ReadMessage() is { } message)
            {
                Dispatch(message);
            }
        }
        catch (Exception ex) when (ex is IOException or ObjectDisposedException or JsonException)
        {
            transcript.Log($"reader stopped: {ex.GetType().Name}: {ex.Message}");
        }
        finally
        {
            ReaderEnded = true;
            foreach (var entry in pending)
            {
                entry.Value.TrySetException(new IOException("The language server closed its output."));
            }
        }
    }

    private JsonNode? ReadMessage()
    {
        var contentLength = -1;
        while (true)
        {
            var line = ReadHeaderLine();
            if (line is null)
            {
                return null; // end of stream
            }

            if (line.Length == 0)
            {
                break;
            }

            if (line.StartsWith("Content-Length:", StringComparison.OrdinalIgnoreCase))
            {
                contentLength = int.Parse(line["Content-Length:".Length..].Trim());
            }
        }

        if (contentLength < 0)
        {
            throw new IOException("LSP message without a Content-Length header.");
        }

        var buffer = new byte[contentLength];
        var read = 0;
        while (read < contentLength)
        {
            var n = output.Read(buffer, read, contentLength - read);
            if (n == 0)
            {
                return null;
            }

            read += n;
        }

        return JsonNode.Parse(buffer);
    }

    private string? ReadHeaderLine()
    {
        var bytes = new List<byte>();
        while (true)
        {
            var b = output.ReadByte();
            if (b < 0)
            {
                return bytes.Count == 0 ? null : Encoding.ASCII.GetString(bytes.ToArray());
            }

            if (b == '\n')
            {
                return Encoding.ASCII.GetString(bytes.ToArray()).TrimEnd('\r');
            }

            bytes.Add((byte)b);
        }
    }

    private void Dispatch(JsonNode message)
    {
        var method = (string?)message["method"];
        var idNode = message["id"];
        if (method is null && idNode is not null)
        {
            // A response to one of our requests.
            var id = idNode.GetValue<long>();
            if (pending.TryRemove(id, out var completion))
            {
                if (message["error"] is { } error)
                {
                    transcript.Log($"<- error for id {id}: {error.ToJsonString()}");
                    completion.TrySetException(new LspErrorException(error.ToJsonString()));
                }
                else
                {
                    completion.TrySetResult(message["result"]?.DeepClone());
                }
            }

            return;
        }

        if (method is not null && idNode is not null)
        {
            // A request from the server: answer it.
            JsonNode? result;
            try
            {
                result = ServerRequestHandler(method, message["params"]);
            }
            catch (Exception ex)
            {
                transcript.Log($"handler for server request '{method}' failed: {ex.Message}");
                result = null;
            }

            Write(new JsonObject { ["jsonrpc"] = "2.0", ["id"] = idNode.DeepClone(), ["result"] = result });
            return;
        }

        if (method is not null)
        {
            NotificationReceived?.Invoke(method, message["params"]);
        }
    }

    public void Dispose()
    {
        try
        {
            input.Dispose();
        }
        catch (IOException)
        {
        }
    }
}

internal sealed class LspErrorException(string error) : Exception(error);

/// <summary>A timestamped transcript of the session, printed as it happens.</summary>
internal sealed class Transcript
{
    private readonly Stopwatch clock = Stopwatch.StartNew();
    private readonly object gate = new();

    public TimeSpan Elapsed => clock.Elapsed;

    public void Log(string line)
    {
        lock (gate)
        {
            Console.WriteLine($"[{clock.Elapsed.TotalSeconds,7:0.00}s] {line}");
        }
    }
}
