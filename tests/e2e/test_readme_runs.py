"""Every Python example of the README runs, as written, against the mock API: it exits 0 and sends
only requests the spec allows."""

import os
import re
import subprocess
import sys

import pytest

from support.paths import ROOT

BLOCKS = re.findall(r"```python\n(.*?)```", (ROOT / "README.md").read_text(), flags=re.S)


@pytest.mark.parametrize("block", BLOCKS, ids=[f"block_{n}" for n in range(1, len(BLOCKS) + 1)])
def test_readme_example_runs_against_the_mock(mock, block, tmp_path) -> None:
    env = {k: v for k, v in os.environ.items() if not k.startswith("GIGSTACK_")}
    env.update(
        GIGSTACK_API_KEY="mock-key",
        GIGSTACK_API_BASE_URL=mock.base_url,
        GIGSTACK_WEBHOOK_SECRET="whsec_ZXhhbXBsZSBzZWNyZXQ=",  # the webhook example refuses to start without it
        PYTHONPATH=str(ROOT / "generated" / "gigstack"),
    )
    script = tmp_path / "example.py"
    script.write_text(block)
    offset = mock.log_size()
    result = subprocess.run(
        [sys.executable, str(script)], capture_output=True, text=True, env=env, timeout=120, cwd=tmp_path
    )
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
    assert mock.violations_since(offset) == []
