"""Fixtures shared by several suites."""

from collections.abc import Iterator

import pytest

from support.server import ScriptedServer

# The installed console script (tests/cli, tests/mcp_server) is a session fixture of its own module.
pytest_plugins = ["support.installed"]


@pytest.fixture
def server() -> Iterator[ScriptedServer]:
    """A scripted HTTP server on 127.0.0.1, stopped when the test ends."""
    scripted = ScriptedServer().start()
    try:
        yield scripted
    finally:
        scripted.stop()
