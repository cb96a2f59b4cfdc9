"""Every example in examples/ runs against the mock, exits 0, and sends only requests the spec
allows (Prism logs a validation error for any other)."""

import os
import subprocess
import sys

import pytest

from support.paths import ROOT

EXAMPLES = sorted(p for p in (ROOT / "examples").glob("*.py") if not p.name.startswith("_"))


@pytest.mark.parametrize("example", EXAMPLES, ids=lambda p: p.name)
def test_example_runs_against_the_mock_without_violations(mock, example) -> None:
    env = {k: v for k, v in os.environ.items() if not k.startswith("GIGSTACK_")}
    env.update(GIGSTACK_MOCK_URL=mock.base_url, PYTHONPATH=str(ROOT / "generated" / "gigstack"))
    offset = mock.log_size()
    result = subprocess.run([sys.executable, str(example)], capture_output=True, text=True, env=env, timeout=120)
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
    assert result.stdout.strip(), "an example should say what it did"
    assert mock.violations_since(offset) == []


def test_there_are_examples() -> None:
    assert len(EXAMPLES) >= 2
