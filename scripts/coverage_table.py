"""The coverage table of docs/coverage.md (operation -> its call and evidence level), made from the bundled spec.

python scripts/coverage_table.py            print the table
python scripts/coverage_table.py --write    rewrite it in docs/coverage.md between the markers
"""

import sys
from collections import Counter
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parent.parent
COVERAGE = ROOT / "docs" / "coverage.md"
START, END = "<!-- coverage:start -->", "<!-- coverage:end -->"


def table(spec: dict[str, Any]) -> str:
    rows: list[tuple[str, str, str, str, str]] = []
    levels: Counter[str] = Counter()
    for path, item in spec["paths"].items():
        for method, op in item.items():
            if not isinstance(op, dict) or "operationId" not in op:
                continue
            level = op["x-evidence"]["level"]
            levels[level] += 1
            call = f"`gs.{op['x-sdk']['resource']}.{op['x-sdk']['method']}`"
            rows.append((op["tags"][0], call, op["operationId"], f"`{method.upper()} {path}`", level))
    lines = ["| tag | call | operation | HTTP | evidence |", "|---|---|---|---|---|"]
    lines += [f"| {tag} | {call} | `{op_id}` | {http} | {level} |" for tag, call, op_id, http, level in sorted(rows)]
    summary = ", ".join(f"{levels[k]} {k}" for k in ("documented", "vendor-client", "inferred"))
    return "\n".join(lines) + f"\n\n{len(rows)} operations: {summary}."


def readme_with(readme: str, current: str) -> str:
    head, rest = readme.split(START, 1)
    _, tail = rest.split(END, 1)
    return f"{head}{START}\n{current}\n{END}{tail}"


def main() -> None:
    current = table(yaml.safe_load((ROOT / "generated" / "openapi.yaml").read_text()))
    if "--write" in sys.argv:
        COVERAGE.write_text(readme_with(COVERAGE.read_text(), current))
    else:
        print(current)


if __name__ == "__main__":
    main()
