# Sourced by scripts/test and scripts/demo: create or update .venv from pyproject.toml.
# Re-installs only when pyproject.toml changed since the last install.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
PY="${PYTHON:-python3}"
if ! "$PY" -c 'import sys; sys.exit(sys.version_info < (3, 11))' 2>/dev/null; then
    echo "claimwatch needs Python 3.11 or newer (found: $("$PY" --version 2>&1))" >&2
    exit 1
fi
if [ ! -x .venv/bin/python ]; then
    echo "Creating .venv ..." >&2
    "$PY" -m venv .venv
fi
# $1: the extras to install ("test"), or "" for the runtime alone (scripts/demo); an install with extras
# already holds the runtime, so the demo does not reinstall after scripts/test.
STAMP=.venv/.claimwatch-installed
HASH="$(cat pyproject.toml | sha256sum | cut -d' ' -f1)"
WANT="$HASH-${1:-}"
HAVE="$(cat "$STAMP" 2>/dev/null || true)"
if [ "$HAVE" != "$WANT" ] && ! { [ -z "${1:-}" ] && [ "${HAVE%%-*}" = "$HASH" ]; }; then
    echo "Installing claimwatch into .venv ..." >&2
    .venv/bin/python -m pip install --quiet --upgrade pip >&2
    if [ -n "${1:-}" ]; then
        .venv/bin/python -m pip install --quiet -e ".[$1]" >&2
    else
        .venv/bin/python -m pip install --quiet -e . >&2
    fi
    echo "$WANT" > "$STAMP"
fi
