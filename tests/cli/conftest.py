"""The `gigstack` command run as a user runs it: a subprocess with its own environment (no key but
the one a test gives, a private config directory, no keyring), against a scripted server."""

import json
import subprocess
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from support.installed import environment
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
