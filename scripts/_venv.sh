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
STAMP=.venv/.claimwatch-installed
WANT="$(cat pyproject.toml | sha256sum | cut -d' ' -f1)-$1"
if [ ! -f "$STAMP" ] || [ "$(cat "$STAMP")" != "$WANT" ]; then
    echo "Installing claimwatch into .venv ..." >&2
    .venv/bin/python -m pip install --quiet --upgrade pip >&2
    .venv/bin/python -m pip install --quiet -e ".[$1]" >&2
    echo "$WANT" > "$STAMP"
fi
