"""The streamable HTTP transport: loopback by default, a bearer token required on every request,
Host checked against DNS rebinding; an agent's client reaches the same tools through it."""

import socket
import subprocess
import time
from collections.abc import Iterator

import httpx
import httpx2
import pytest
from mcp import ClientSession
from mcp.client.streamable_http import streamable_http_client

from mcp_server.conftest import TEST_KEY
from support.installed import environment

TOKEN = "local-token-0123456789abcdef"


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@pytest.fixture
def http_server(console_script, server, tmp_path) -> Iterator[str]:
    port = free_port()
    env = environment(
        tmp_path, GIGSTACK_API_KEY=TEST_KEY, GIGSTACK_API_BASE_URL=server.base_url, GIGSTACK_MCP_TOKEN=TOKEN
    )
    process = subprocess.Popen(
        [str(console_script), "mcp", "--transport", "http", "--port", str(port)],
        env=env,
        stdin=subprocess.DEVNULL,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    try:
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline and process.poll() is None:
            try:
                socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
                break
            except OSError:
                time.sleep(0.1)
        assert process.poll() is None, process.stderr.read().decode() if process.stderr else ""
        yield f"http://127.0.0.1:{port}/mcp"
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(timeout=5)


def test_a_request_without_the_token_or_from_another_host_is_refused(http_server) -> None:
    hello = {"jsonrpc": "2.0", "id": 1, "method": "ping"}
    accept = {"Accept": "application/json, text/event-stream"}
    assert httpx.post(http_server, json=hello, headers=accept, timeout=10).status_code == 401
    wrong = {**accept, "Authorization": "Bearer not-the-token-at-all"}
    assert httpx.post(http_server, json=hello, headers=wrong, timeout=10).status_code == 401
    rebound = {**accept, "Authorization": f"Bearer {TOKEN}", "Host": "attacker.example"}
    assert httpx.post(http_server, json=hello, headers=rebound, timeout=10).status_code in (400, 403, 421)


async def test_a_client_with_the_token_lists_and_calls_the_tools(http_server, server) -> None:
    from support.server import Reply

    server.queue(Reply(200, {"message": "ok", "data": {"id": "client_1"}}))
    client = httpx2.AsyncClient(headers={"Authorization": f"Bearer {TOKEN}"}, timeout=30)
    async with client, streamable_http_client(http_server, http_client=client) as (read, write, *_):
        async with ClientSession(read, write) as session:
            await session.initialize()
            names = {t.name for t in (await session.list_tools()).tools}
            result = await session.call_tool("clients_retrieve", {"id": "client_1"})
    assert "clients_list" in names and "clients_create" not in names
    assert result.structured_content == {"id": "client_1"}


def test_http_without_a_token_does_not_start(console_script, tmp_path) -> None:
    ran = subprocess.run(
        [str(console_script), "mcp", "--transport", "http", "--port", str(free_port())],
        env=environment(tmp_path, GIGSTACK_API_KEY=TEST_KEY),
        capture_output=True,
        text=True,
        timeout=60,
        stdin=subprocess.DEVNULL,
    )
    assert ran.returncode == 2 and "GIGSTACK_MCP_TOKEN" in ran.stderr
