"""Print the provenance of a generation: tool versions and hashes of every input.

Deterministic on purpose (no dates), so that regenerating an unchanged spec changes nothing.
"""

import hashlib
import json
import sys
from importlib.metadata import version
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def sha256_of(*paths: Path) -> str:
    digest = hashlib.sha256()
    for path in paths:
        digest.update(path.relative_to(ROOT).as_posix().encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()


def main(bundled_spec: str) -> None:
    redocly = json.loads((ROOT / "tools/redocly/node_modules/@redocly/cli/package.json").read_text())
    provenance = {
        "generator": {"openapi-python-client": version("openapi-python-client"), "ruff": version("ruff")},
        "bundler": {"@redocly/cli": redocly["version"]},
        "sha256": {
            "bundled_spec": hashlib.sha256(Path(bundled_spec).read_bytes()).hexdigest(),
            "generator_config": sha256_of(ROOT / "generator-config.yaml"),
            "templates": sha256_of(*sorted((ROOT / "templates").rglob("*.jinja"))),
            "runtime": sha256_of(*sorted((ROOT / "runtime").rglob("*.py"))),
            "generator_code": sha256_of(
                *sorted((ROOT / "scripts" / "sdkgen").rglob("*.py")), ROOT / "scripts" / "generate_package.py"
            ),
        },
        "regenerate_with": "make generate",
    }
    print(json.dumps(provenance, indent=2))


if __name__ == "__main__":
    main(sys.argv[1])
