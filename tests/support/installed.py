"""The generated package installed as a user installs it, for tests that run its console script:
a venv of its own, and an environment with no key but the one a test gives."""

import os
import subprocess
import sys
import sysconfig
from pathlib import Path

import pytest

from support.paths import ROOT


@pytest.fixture(scope="session")
def console_script(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The `gigstack` console script of the generated package installed into a venv of its own;
    its dependencies come from the project's venv through a .pth file (nothing is downloaded)."""
    venv = tmp_path_factory.mktemp("installed") / "venv"
    uv = Path(sys.executable).parent / "uv"
    subprocess.run([str(uv), "venv", "--quiet", "--python", sys.executable, str(venv)], check=True, timeout=120)
    python = venv / "bin" / "python"
    target = Path(
        subprocess.check_output(
            [str(python), "-c", "import sysconfig; print(sysconfig.get_path('purelib'))"], text=True
        ).strip()
    )
    (target / "_project_dependencies.pth").write_text(sysconfig.get_path("purelib") + "\n")
    subprocess.run(
        [
            str(uv),
            "pip",
            "install",
            "--quiet",
            "--python",
            str(python),
            "--no-deps",
            str(ROOT / "generated" / "gigstack"),
        ],
        check=True,
        timeout=300,
    )
    script = venv / "bin" / "gigstack"
    assert script.exists()
    return script


def environment(config_dir: Path, **extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("GIGSTACK_")}
    env.pop("PYTHONPATH", None)
    env.update(
        GIGSTACK_CONFIG_DIR=str(config_dir),
        GIGSTACK_KEYRING="0",
        NO_COLOR="1",
        COLUMNS="80",
    )
    env.update(extra)
    return env


__all__ = ["console_script", "environment"]
