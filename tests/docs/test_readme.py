"""The README stays true: the coverage table (docs/coverage.md) is the spec's, its Python examples type-check
strictly (mypy and pyright) as a user's programs would, and CI runs the test command it names.
(tests/e2e/test_readme_runs.py runs every example against the mock.)"""

import json
import re
import subprocess
import sys
from pathlib import Path

from support.paths import ROOT

README = (ROOT / "README.md").read_text()
PYRIGHT = ROOT / ".venv" / "bin" / "pyright"


def python_blocks() -> list[str]:
    return re.findall(r"```python\n(.*?)```", README, flags=re.S)


def write_blocks(folder: Path) -> list[Path]:
    files = []
    for number, block in enumerate(python_blocks(), start=1):
        path = folder / f"readme_block_{number}.py"
        path.write_text(block)
        files.append(path)
    return files


def test_coverage_table_matches_the_spec() -> None:
    sys.path.insert(0, str(ROOT / "scripts"))
    try:
        import coverage_table
    finally:
        sys.path.pop(0)
    current = coverage_table.table(__import__("yaml").safe_load((ROOT / "generated" / "openapi.yaml").read_text()))
    page = (ROOT / "docs" / "coverage.md").read_text()
    assert coverage_table.readme_with(page, current) == page, "run `make coverage-table`"


def test_the_readme_is_for_users_and_short() -> None:
    assert len(README) <= 15_000, f"README.md has {len(README)} characters; move details to docs/"
    assert README.index("## Install") < README.index("## Developing"), "install and use come first"


def test_python_examples_pass_mypy_strict(tmp_path: Path) -> None:
    files = write_blocks(tmp_path)
    assert files, "the README should show Python usage"
    result = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--no-incremental", *map(str, files)],
        capture_output=True,
        text=True,
        env={"MYPYPATH": str(ROOT / "generated" / "gigstack"), "PATH": ""},
    )
    assert result.returncode == 0, result.stdout


def test_python_examples_pass_pyright_strict(tmp_path: Path) -> None:
    write_blocks(tmp_path)
    config = {
        "typeCheckingMode": "strict",
        "pythonVersion": "3.11",
        "extraPaths": [str(ROOT / "generated" / "gigstack")],
        "venvPath": str(ROOT),
        "venv": ".venv",
    }
    (tmp_path / "pyrightconfig.json").write_text(json.dumps(config))
    result = subprocess.run([str(PYRIGHT), "--project", str(tmp_path)], capture_output=True, text=True, cwd=tmp_path)
    assert result.returncode == 0, result.stdout[-5000:]


def test_ci_runs_the_test_command_the_readme_names() -> None:
    assert "make test" in README
    assert "make test" in (ROOT / ".ci" / "run").read_text()
