namespace ResponsibleAI.Inventory.Cli;

/// <summary>
/// A spinner with the current step on standard error, redrawn in place. Off when standard error is redirected (CI
/// logs, pipes) or with --no-progress: then nothing is drawn at all.
/// </summary>
public sealed class ConsoleProgress : IDisposable
{
    private static readonly char[] Frames = ['|', '/', '-', '\\'];
    private readonly Timer? _timer;
    private readonly object _gate = new();
    private string _status = "Starting";
    private int _frame;
    private int _width;
    private bool _disposed;

    public ConsoleProgress(bool enabled)
    {
        Enabled = enabled && !Console.IsErrorRedirected;
        if (Enabled)
        {
            _timer = new Timer(_ => Draw(), null, TimeSpan.Zero, TimeSpan.FromMilliseconds(120));
        }
    }

    public bool Enabled { get; }

    public void Report(string status)
    {
        lock (_gate)
        {
            _status = status;
        }
    }

    /// <summary>Writes a line above the spinner (warnings while loading).</summary>
    public void WriteLine(string line)
    {
        lock (_gate)
        {
            Clear();
            Console.Error.WriteLine(line);
        }
    }

    private void Draw()
    {
        lock (_gate)
        {
            if (_disposed)
            {
                return; // a tick that was already queued when the progress ended
            }

            var width = Math.Max(20, SafeWindowWidth() - 1);
            var text = $"{Frames[_frame++ % Frames.Length]} {_status}";
            if (text.Length > width)
            {
                text = text[..(width - 1)] + "~";
            }

            Console.Error.Write("\r" + text.PadRight(_width));
            _width = text.Length;
        }
    }

    private void Clear()
    {
        if (Enabled && _width > 0)
        {
            Console.Error.Write("\r" + new string(' ', _width) + "\r");
            _width = 0;
        }
    }

    private static int SafeWindowWidth()
    {
        try
        {
            return Console.WindowWidth > 0 ? Console.WindowWidth : 80;
        }
        catch (IOException)
        {
            return 80;
        }
    }

    public void Dispose()
    {
        lock (_gate)
        {
            _disposed = true;
            Clear();
        }

        _timer?.Dispose();
    }
}
