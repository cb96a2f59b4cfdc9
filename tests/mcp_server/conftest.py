"""`gigstack mcp` driven as an agent's client drives it: the official SDK's ClientSession over stdio,
talking to the installed console script, which talks to a scripted server."""

import json
from collections.abc import AsyncIterator, Callable
from contextlib import AbstractAsyncContextManager, asynccontextmanager
from pathlib import Path
from typing import Any

import anyio
import pytest
from mcp import ClientSession
from mcp.client.stdio import StdioServerParameters, stdio_client

from support.installed import environment
from support.server import ScriptedServer

TEST_KEY = "sk_test_mcp_0123456789abcdef"
LIVE_KEY = "sk_live_mcp_0123456789abcdef"

Connect = Callable[..., AbstractAsyncContextManager[ClientSession]]


@pytest.fixture
def connect(console_script: Path, server: ScriptedServer, tmp_path: Path) -> Connect:
    """`async with connect("--allow-writes") as session:` a session with `gigstack mcp ARGS`;
    global options go before `mcp` with `before=[...]`."""

    @asynccontextmanager
    async def session(
        *args: str, key: str | None = TEST_KEY, before: tuple[str, ...] = (), **env: str
    ) -> AsyncIterator[ClientSession]:
        extra = {"GIGSTACK_API_BASE_URL": server.base_url, **env}
        if key is not None:
            extra["GIGSTACK_API_KEY"] = key
        params = StdioServerParameters(
            command=str(console_script), args=[*before, "mcp", *args], env=environment(tmp_path / "config", **extra)
        )
        with anyio.fail_after(60):
            async with stdio_client(params) as (read, write), ClientSession(read, write) as client:
                await client.initialize()
                yield client

    return session


def answer(result: Any) -> Any:
    """The JSON a tool answered (its text content), error or not."""
    return json.loads(result.content[0].text)
