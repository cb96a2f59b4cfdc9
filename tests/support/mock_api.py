"""The Prism mock of the gigstack API, started on 127.0.0.1 for the end-to-end tests."""

import os
import signal
import socket
import subprocess
import time
from dataclasses import dataclass
from pathlib import Path

import httpx

from support.paths import BUNDLED_SPEC, ROOT

# Prism runs on the Node.js pinned in tools/node, whatever `node` the machine has on PATH.
NODE = ROOT / "tools" / "node" / "node_modules" / ".bin" / "node"
PRISM = ROOT / "tools" / "prism" / "node_modules" / ".bin" / "prism"
VIOLATION_MARK = "✖  error"


@dataclass
class MockApi:
    base_url: str
    log: Path

    def log_size(self) -> int:
        return self.log.stat().st_size

    def violations_since(self, offset: int) -> list[str]:
        """Prism's validation errors logged after `offset`: requests the spec does not allow."""
        with self.log.open("rb") as log:
            log.seek(offset)
            text = log.read().decode(errors="replace")
        return [line for line in text.splitlines() if VIOLATION_MARK in line]


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def install() -> None:
    """Install Prism and the pinned Node.js (a no-op once they are there)."""
    subprocess.run([str(ROOT / "scripts" / "bootstrap"), "mock"], check=True)


def start(log: Path, startup_seconds: float = 60) -> tuple[subprocess.Popen[bytes], MockApi]:
    if not PRISM.exists():
        raise RuntimeError(f"{PRISM} is missing: run `scripts/bootstrap mock`")
    port = free_port()
    process = subprocess.Popen(
        [str(NODE), str(PRISM), "mock", "--host", "127.0.0.1", "--port", str(port), "--errors", str(BUNDLED_SPEC)],
        stdout=log.open("wb"),
        stderr=subprocess.STDOUT,
        start_new_session=True,  # its own process group, so stop() ends Prism's children too
    )
    api = MockApi(f"http://127.0.0.1:{port}", log)
    deadline = time.monotonic() + startup_seconds
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"Prism exited: {log.read_text()[-2000:]}")
        try:
            # A request the spec allows, so the probe leaves no validation error in the log.
            httpx.get(
                f"{api.base_url}/clients", params={"limit": 1}, headers={"Authorization": "Bearer probe"}, timeout=1
            )
            return process, api
        except httpx.TransportError:
            time.sleep(0.3)
    stop(process)
    raise RuntimeError("Prism did not start in time")


def stop(process: subprocess.Popen[bytes]) -> None:
    if process.poll() is None:
        os.killpg(process.pid, signal.SIGTERM)
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)
            process.wait(timeout=10)
