# Shared by every script: strict mode, repo root, tool paths and a banner helper.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
VENV="$ROOT/.venv"
PY="$VENV/bin/python"
# The Node tools live one per folder under tools/ (scripts/bootstrap installs each when a job
# needs it) and run on the Node.js pinned in tools/node, which comes first on PATH.
NODE="$ROOT/tools/node/node_modules/.bin/node"
MACHINE_PATH="$PATH"
# The generator's ruff post-hooks are looked up on PATH: the venv must come first.
export PATH="$VENV/bin:$ROOT/tools/node/node_modules/.bin:$ROOT/tools/redocly/node_modules/.bin:$ROOT/tools/prism/node_modules/.bin:$PATH"
say() { printf '==> %s\n' "$*"; }
