#!/usr/bin/env bash
# A scripted editor session against a real language server (csharp-ls 0.28.0): see docs/editors.md.
#
#   tools/lsp/run.sh [extra LspProbe arguments]
#
# 1. installs csharp-ls (about 100 MB) into the user's cache, outside this working tree, if it is missing;
# 2. builds the attributes, analyzer and code-fix projects (skip with LSP_SKIP_ANALYZER_BUILD=1) and the probe;
# 3. runs tools/lsp/LspProbe on a temporary copy of samples/Violations and exits with its status.
#
# Environment:
#   LSP_CONFIGURATION        Debug (default) or Release: which src/*/bin the copy's analyzers come from
#   LSP_SKIP_ANALYZER_BUILD  1: do not build src/ (the tests set it: their own build has just done it)
#   LSP_TOOL_PATH            where csharp-ls is installed (default ${XDG_CACHE_HOME:-~/.cache}/responsibleai/csharp-ls-0.28.0)
#   LSP_REQUIRE              probe stages that must pass (default below)
#   LSP_SUMMARY              write the probe's JSON summary there
#   LSP_KEEP_WORK            1: keep the temporary workspace (csharp-ls.stderr.log, the edited file) for inspection
#
# The default stages are what csharp-ls 0.28.0 can do (docs/editors.md): our diagnostics arrive (pull,
# analyzersEnabled=true), the server's own code actions resolve and apply, and an edit is re-analyzed live. Our code
# fix is NOT offered by csharp-ls 0.28.0; the probe records that as a failed "codeaction" stage. Once a csharp-ls
# version offers it, run with LSP_REQUIRE=initialize,diagnostic,codeaction,apply,recheck.
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
repo="$(cd "$here/../.." && pwd)"
version="0.28.0"
tool_path="${LSP_TOOL_PATH:-${XDG_CACHE_HOME:-$HOME/.cache}/responsibleai/csharp-ls-$version}"
configuration="${LSP_CONFIGURATION:-Debug}"
require="${LSP_REQUIRE:-initialize,diagnostic,builtin,liveedit}"

export DOTNET_CLI_UI_LANGUAGE=en DOTNET_NOLOGO=1 DOTNET_CLI_TELEMETRY_OPTOUT=1 MSBUILDDISABLENODEREUSE=1 MSBUILDTERMINALLOGGER=off

server="$tool_path/csharp-ls"
if [ ! -x "$server" ] || ! "$server" --version 2>/dev/null | grep -q "csharp-ls, $version "; then
  echo "== installing csharp-ls $version into $tool_path"
  if [ -x "$server" ]; then
    dotnet tool uninstall csharp-ls --tool-path "$tool_path" >/dev/null
  fi
  dotnet tool install csharp-ls --version "$version" --tool-path "$tool_path"
fi
echo "== $("$server" --version)"

# Someone else may be building in the same tree: retry a build that failed on a locked file (after 30 s, 3 tries).
build() {
  local attempt log
  log="$(mktemp)"
  for attempt in 1 2 3; do
    if dotnet build "$@" -c "$configuration" -nologo -v:q -clp:NoSummary >"$log" 2>&1; then
      rm -f "$log"
      return 0
    fi
    if [ "$attempt" -lt 3 ] && grep -qE "being used by another process|MSB3026|MSB3027|Access to the path" "$log"; then
      echo "   (file lock while building $1; retrying in 30 s)"
      sleep 30
      continue
    fi
    cat "$log"
    rm -f "$log"
    return 1
  done
}

if [ "${LSP_SKIP_ANALYZER_BUILD:-0}" != "1" ]; then
  echo "== building the attributes, analyzer and code-fix projects ($configuration)"
  build "$repo/src/Attributes/ResponsibleAI.Attributes.csproj"
  build "$repo/src/Analyzers/CodeFixes/ResponsibleAI.CodeFixes.csproj"
fi
echo "== building tools/lsp/LspProbe ($configuration)"
build "$here/LspProbe/LspProbe.csproj"

work="$(mktemp -d "${TMPDIR:-/tmp}/rai-lsp.XXXXXX")"
if [ "${LSP_KEEP_WORK:-0}" = "1" ]; then
  echo "== workspace kept: $work"
else
  trap 'rm -rf "$work"' EXIT
fi

args=(--server "$server" --repo "$repo" --work "$work/Violations" --configuration "$configuration"
      --require "$require" --rpclog "$work/rpc.log")
if [ -n "${LSP_SUMMARY:-}" ]; then
  args+=(--summary "$LSP_SUMMARY")
fi

echo "== running the scripted LSP session (required stages: $require)"
set +e
timeout --kill-after=15 240 dotnet "$here/LspProbe/bin/$configuration/net10.0/LspProbe.dll" "${args[@]}" "$@"
status=$?
set -e
if [ "$status" -eq 124 ] || [ "$status" -eq 137 ]; then
  echo "LspProbe did not finish within 240 s" >&2
fi
if [ "$status" -ne 0 ] && [ -f "$work/Violations/csharp-ls.stderr.log" ]; then
  echo "---- last lines of csharp-ls stderr ----" >&2
  tail -n 30 "$work/Violations/csharp-ls.stderr.log" >&2
fi
exit "$status"
