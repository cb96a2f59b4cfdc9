"""The `gigstack` command run as a user runs it: a subprocess with its own environment (no key but
the one a test gives, a private config directory, no keyring), against a scripted server."""

import json
import os
import subprocess
import sys
import sysconfig
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from support.paths import ROOT
from support.server import Reply, ScriptedServer

TEST_KEY = "sk_test_cli_0123456789abcdef"
LIVE_KEY = "sk_live_cli_0123456789abcdef"


@dataclass
class Ran:
    status: int
    stdout: str
    stderr: str
    raw: bytes = b""  # stdout as bytes, when run with text=False

    def json(self) -> Any:
        return json.loads(self.stdout)

    def lines(self) -> list[Any]:
        return [json.loads(line) for line in self.stdout.splitlines() if line.strip()]


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


@pytest.fixture
def server() -> Iterator[ScriptedServer]:
    scripted = ScriptedServer(max_requests=200).start()
    try:
        yield scripted
    finally:
        scripted.stop()


@pytest.fixture
def config_dir(tmp_path: Path) -> Path:
    return tmp_path / "config"


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


@pytest.fixture
def gigstack(console_script: Path, server: ScriptedServer, config_dir: Path):
    """Run `gigstack ARGS...` with a test key on the scripted server; `key=None` runs it keyless."""

    def run(*args: str, key: str | None = TEST_KEY, stdin: str | None = None, text: bool = True, **env: str) -> Ran:
        extra = {"GIGSTACK_API_BASE_URL": server.base_url, **env}
        if key is not None:
            extra["GIGSTACK_API_KEY"] = key
        done = subprocess.run(
            [str(console_script), *args],
            env=environment(config_dir, **extra),
            input=stdin if text or stdin is None else stdin.encode(),
            capture_output=True,
            text=text,
            timeout=60,
        )
        if not text:
            return Ran(done.returncode, "", done.stderr.decode(errors="replace"), done.stdout)
        return Ran(done.returncode, done.stdout, done.stderr)

    return run


def page(items: list[Any], *, has_more: bool = False, next_cursor: str | None = None) -> Reply:
    body: dict[str, Any] = {"message": "ok", "data": items, "has_more": has_more}
    if next_cursor is not None:
        body["next"] = next_cursor
    return Reply(200, body)


CLIENT = {
    "id": "client_Rk2fP9sLm4Qz",
    "name": "Escuela Kemper Urgate",
    "tax_id": "EKU9003173C9",
    "tax_system": "601",
    "email": "facturacion@kemper.example.mx",
    "livemode": False,
    "created_at": 1767225600,
}
