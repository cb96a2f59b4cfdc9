"""Fixtures of the runtime tests: a scripted local server and a client pointed at it."""

import asyncio
from collections.abc import Callable, Iterator
from typing import Any

import pytest

from gigstack import AsyncGigstack, AuthenticatedClient, Gigstack
from support.raw_server import RawServer
from support.server import ScriptedServer

TOKEN = "eyJhbGciOiJIUzI1NiJ9.eyJ0ZWFtIjoidGVhbV90ZXN0In0.c2VjcmV0LXNpZ25hdHVyZQ"


@pytest.fixture
def clean_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    """No GIGSTACK_* variable from the machine running the tests."""
    for name in ("GIGSTACK_API_KEY", "GIGSTACK_API_BASE_URL", "GIGSTACK_TEAM", "GIGSTACK_TIMEOUT", "GIGSTACK_LOG"):
        monkeypatch.delenv(name, raising=False)


@pytest.fixture
def make_client(server: ScriptedServer) -> Callable[..., AuthenticatedClient]:
    def make(**overrides: Any) -> AuthenticatedClient:
        settings: dict[str, Any] = {"base_url": server.base_url, "token": TOKEN, "retry_backoff": 0.01, "timeout": 5.0}
        return AuthenticatedClient(**{**settings, **overrides})

    return make


@pytest.fixture
def make_gigstack(server: ScriptedServer) -> Callable[..., Gigstack]:
    def make(**overrides: Any) -> Gigstack:
        settings: dict[str, Any] = {
            "base_url": server.base_url,
            "api_key": TOKEN,
            "retry_backoff": 0.01,
            "timeout": 5.0,
        }
        return Gigstack(**{**settings, **overrides})

    return make


@pytest.fixture
def make_async_gigstack(server: ScriptedServer) -> Callable[..., AsyncGigstack]:
    def make(**overrides: Any) -> AsyncGigstack:
        settings: dict[str, Any] = {
            "base_url": server.base_url,
            "api_key": TOKEN,
            "retry_backoff": 0.01,
            "timeout": 5.0,
        }
        return AsyncGigstack(**{**settings, **overrides})

    return make


@pytest.fixture(params=["sync", "async"])
def call(request: pytest.FixtureRequest) -> Callable[..., Any]:
    """Call an operation module's sync() or asyncio(), for tests that must hold for both."""

    def invoke(module: Any, **kwargs: Any) -> Any:
        if request.param == "sync":
            return module.sync(**kwargs)
        return asyncio.run(module.asyncio(**kwargs))

    return invoke


@pytest.fixture(params=["sync", "async"])
def iterate(request: pytest.FixtureRequest) -> Callable[..., list[Any]]:
    """Exhaust an operation module's iterate() or aiterate() into a list."""

    def collect(module: Any, **kwargs: Any) -> list[Any]:
        if request.param == "sync":
            return list(module.iterate(**kwargs))

        async def drain() -> list[Any]:
            return [item async for item in module.aiterate(**kwargs)]

        return asyncio.run(drain())

    return collect


@pytest.fixture
def raw() -> Iterator[RawServer]:
    """A raw-socket server on 127.0.0.1 for the faults a well-behaved server never makes."""
    server = RawServer().start()
    try:
        yield server
    finally:
        server.stop()
