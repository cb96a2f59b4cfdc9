"""The README that PyPI shows keeps its Python examples true: they type-check against the
generated package. It shows the resource client (`Gigstack`), which the runtime provides; until
the package has it, the check is skipped."""

import re
import subprocess
import sys
from pathlib import Path

import pytest

import gigstack
from support.paths import PACKAGE_PROJECT

README = (PACKAGE_PROJECT / "README.md").read_text()


@pytest.mark.skipif(not hasattr(gigstack, "Gigstack"), reason="the package has no Gigstack client yet")
def test_the_package_readme_examples_type_check(tmp_path: Path) -> None:
    blocks = re.findall(r"```python\n(.*?)```", README, flags=re.S)
    assert blocks, "the package README should show Python usage"
    example = tmp_path / "package_readme.py"
    example.write_text("\n".join(blocks))
    result = subprocess.run(
        [sys.executable, "-m", "mypy", "--no-incremental", "--follow-imports=silent", str(example)],
        capture_output=True,
        text=True,
        env={"MYPYPATH": str(PACKAGE_PROJECT), "PATH": ""},
    )
    assert result.returncode == 0, result.stdout


def test_the_package_readme_installs_by_name_and_links_absolutely() -> None:
    assert "pip install gigstack" in README
    assert not re.findall(r"\]\((?!https://)[^)]*\)", README), "PyPI resolves no relative link"
