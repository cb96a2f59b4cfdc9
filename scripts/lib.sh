# Shared by every script: strict mode, repo root, tool paths and a banner helper.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
VENV="$ROOT/.venv"
PY="$VENV/bin/python"
NODE_BIN="$ROOT/tools/node_modules/.bin"
# The generator's ruff post-hooks are looked up on PATH: the venv must come first.
export PATH="$VENV/bin:$NODE_BIN:$PATH"
say() { printf '==> %s\n' "$*"; }
