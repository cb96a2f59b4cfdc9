"""The README stays true: its coverage table is the spec's, its examples type-check against
the generated package, and CI runs the test command it names."""

import re
import subprocess
import sys

from support.paths import ROOT

README = (ROOT / "README.md").read_text()


def test_coverage_table_matches_the_spec() -> None:
    sys.path.insert(0, str(ROOT / "scripts"))
    try:
        import coverage_table
    finally:
        sys.path.pop(0)
    current = coverage_table.table(__import__("yaml").safe_load((ROOT / "generated" / "openapi.yaml").read_text()))
    assert coverage_table.readme_with(README, current) == README, "run `make coverage-table`"


def test_python_examples_type_check_against_the_generated_package(tmp_path) -> None:
    blocks = re.findall(r"```python\n(.*?)```", README, flags=re.S)
    assert blocks, "the README should show Python usage"
    example = tmp_path / "readme_examples.py"
    example.write_text("\n".join(blocks))
    result = subprocess.run(
        [sys.executable, "-m", "mypy", "--no-incremental", "--follow-imports=silent", str(example)],
        capture_output=True,
        text=True,
        env={"MYPYPATH": str(ROOT / "generated" / "gigstack"), "PATH": ""},
    )
    assert result.returncode == 0, result.stdout


def test_ci_runs_the_test_command_the_readme_names() -> None:
    assert "make test" in README
    assert "make test" in (ROOT / ".ci" / "run").read_text()
