"""The `Gigstack`/`AsyncGigstack` entry points: configuration from arguments or the environment,
identity (version, User-Agent), context managers, copies that share one connection pool, and bad
arguments refused before any request."""

import asyncio
import json
import platform
import re

import httpx
import pytest

import gigstack
from gigstack import AsyncGigstack, Gigstack, errors
from runtime.conftest import TOKEN
from support.server import Reply

CLIENT = {"message": "Client retrieved successfully", "data": {"id": "client_Rk2fP9sLm4Qz", "legal_name": "KEMPER"}}
PAGE = {"message": "ok", "data": [], "has_more": False}


pytestmark = pytest.mark.usefixtures("clean_environment")


def test_the_version_is_the_packages_and_is_sent_in_the_user_agent(server, make_gigstack) -> None:
    from importlib.metadata import PackageNotFoundError, version

    assert re.fullmatch(r"\d+\.\d+\.\d+.*", gigstack.__version__)
    try:
        assert version("gigstack") == gigstack.__version__
    except PackageNotFoundError:
        pass  # run from the source tree, not installed
    server.queue(Reply(200, CLIENT))
    make_gigstack().clients.retrieve("client_Rk2fP9sLm4Qz")
    python = ".".join(platform.python_version_tuple()[:2])
    expected = f"gigstack-python/{gigstack.__version__} python/{python} httpx/{httpx.__version__}"
    assert server.received[0].headers["User-Agent"] == expected


def test_the_environment_configures_the_client(server, monkeypatch) -> None:
    monkeypatch.setenv("GIGSTACK_API_KEY", TOKEN + "\n")  # read from a file: the newline is dropped
    monkeypatch.setenv("GIGSTACK_API_BASE_URL", server.base_url)
    monkeypatch.setenv("GIGSTACK_TEAM", "team_8HqYv3NcW1")
    monkeypatch.setenv("GIGSTACK_TIMEOUT", "7")
    gs = Gigstack()
    assert (gs.base_url, gs.team, gs.timeout.read) == (server.base_url, "team_8HqYv3NcW1", 7.0)
    server.queue(Reply(200, CLIENT))
    assert gs.clients.retrieve("client_Rk2fP9sLm4Qz").legal_name == "KEMPER"
    (received,) = server.received
    assert received.headers["Authorization"] == f"Bearer {TOKEN}"
    assert received.query == [("team", "team_8HqYv3NcW1")]


def test_arguments_win_over_the_environment(server, monkeypatch) -> None:
    monkeypatch.setenv("GIGSTACK_API_KEY", "env-key")
    monkeypatch.setenv("GIGSTACK_TEAM", "team_env")
    gs = Gigstack("arg-key", base_url=server.base_url, team="team_arg")
    server.queue(Reply(200, CLIENT))
    gs.clients.retrieve("client_1")
    assert server.received[0].headers["Authorization"] == "Bearer arg-key"
    assert server.received[0].query == [("team", "team_arg")]


@pytest.mark.parametrize(
    "settings",
    [
        {},
        {"api_key": "  "},
        {"api_key": "sk_live x"},
        {"api_key": "k", "base_url": "http://api.gigstack.io/v2"},
        {"api_key": "k", "timeout": 0},
        {"api_key": "k", "max_retries": -1},
    ],
    ids=["no-key", "blank-key", "key-with-space", "plain-http", "zero-timeout", "negative-retries"],
)
def test_bad_configuration_is_a_configuration_error_before_any_request(server, settings) -> None:
    with pytest.raises(errors.ConfigurationError):
        Gigstack(**settings)
    with pytest.raises(errors.ConfigurationError):
        AsyncGigstack(**settings)
    assert server.received == []


def test_the_repr_never_shows_the_key(make_gigstack) -> None:
    gs = make_gigstack(team="team_8HqYv3NcW1")
    for text in (repr(gs), str(gs), repr(gs.api_client), repr(gs.clients)):
        assert TOKEN not in text
    assert "team_8HqYv3NcW1" in repr(gs)


def test_with_options_shares_the_connection_pool_and_close_closes_it(server, make_gigstack) -> None:
    server.queue(*[Reply(200, CLIENT)] * 3)
    with make_gigstack() as gs:
        quick = gs.with_options(timeout=2, max_retries=0, team="team_3LpXc9VbQ2", headers={"X-Trace": "t1"})
        gs.clients.retrieve("client_1")
        quick.clients.retrieve("client_1")
        assert quick.api_client.get_httpx_client() is gs.api_client.get_httpx_client()
        assert (quick.timeout.read, quick.max_retries, quick.team) == (2.0, 0, "team_3LpXc9VbQ2")
        assert gs.team is None and gs.max_retries == 2
    assert gs.is_closed and quick.is_closed
    assert server.received[1].query == [("team", "team_3LpXc9VbQ2")] and server.received[1].headers["X-Trace"] == "t1"
    assert "X-Trace" not in server.received[0].headers
    with pytest.raises(errors.GigstackError):
        quick.clients.retrieve("client_1")
    assert len(server.received) == 2


def test_the_async_client_is_an_async_context_manager(server, make_async_gigstack) -> None:
    server.queue(Reply(200, CLIENT))

    async def main() -> str | None:
        async with make_async_gigstack() as ags:
            client = await ags.clients.retrieve("client_Rk2fP9sLm4Qz")
        assert ags.is_closed
        return client.legal_name

    assert asyncio.run(main()) == "KEMPER"


def test_an_unknown_keyword_is_a_type_error_before_any_request(server, make_gigstack) -> None:
    gs = make_gigstack()
    with pytest.raises(TypeError):
        gs.clients.create(legal_nmae="KEMPER")  # type: ignore[call-arg]
    assert server.received == []


@pytest.mark.parametrize(
    ("kwargs", "named"),
    [
        ({"tax_system": 601}, "tax_system"),
        ({"use": ["G03"]}, "use"),
        ({"address": "44100"}, "address"),
        ({"bcc": "cobranza@empresa.example.mx"}, "bcc"),
        ({"address": {"zip": "44100"}, "metadata": 3}, "metadata"),
    ],
)
def test_a_value_of_the_wrong_kind_names_the_argument_before_any_request(server, make_gigstack, kwargs, named) -> None:
    with pytest.raises(errors.ArgumentError, match=named) as raised:
        make_gigstack().clients.create(legal_name="KEMPER", **kwargs)
    assert isinstance(raised.value, TypeError) and isinstance(raised.value, ValueError)
    assert server.received == []


def test_a_query_code_of_the_wrong_kind_names_the_argument(server, make_gigstack) -> None:
    with pytest.raises(errors.ArgumentError, match="sort"):
        make_gigstack().clients.list(sort=1)  # type: ignore[arg-type]
    with pytest.raises(errors.ArgumentError, match="created"):
        make_gigstack().clients.list(created=1767225600)  # type: ignore[arg-type]
    assert server.received == []


@pytest.mark.parametrize("missing", [None, "", "  "])
def test_none_or_empty_is_never_sent_as_a_path_segment(server, make_gigstack, missing) -> None:
    with pytest.raises(ValueError, match="id"):
        make_gigstack().clients.retrieve(missing)  # type: ignore[arg-type]
    assert server.received == []


def test_codes_and_objects_accept_plain_strings_and_dicts(server, make_gigstack) -> None:
    server.queue(Reply(201, CLIENT), Reply(200, PAGE))
    gs = make_gigstack()
    gs.clients.create(
        legal_name="KARLA FUENTE NOLASCO",
        tax_id="FUNK671228PH6",
        tax_system="626",
        use="G03",
        address={"zip": "44100"},
    )
    gs.clients.list(sort="asc", created={"gte": 1767225600})

    assert json.loads(server.received[0].body) == {
        "legal_name": "KARLA FUENTE NOLASCO",
        "tax_id": "FUNK671228PH6",
        "tax_system": "626",
        "use": "G03",
        "address": {"zip": "44100"},
    }
    assert sorted(server.received[1].query) == [("created[gte]", "1767225600"), ("sort", "asc")]


def test_an_unknown_code_is_sent_as_given(server, make_gigstack) -> None:
    server.queue(Reply(201, CLIENT))
    make_gigstack().clients.create(legal_name="KEMPER", tax_system="627")
    assert json.loads(server.received[0].body)["tax_system"] == "627"


def test_none_sends_null_to_clear_a_field(server, make_gigstack) -> None:
    server.queue(Reply(200, CLIENT))
    make_gigstack().clients.update("client_Rk2fP9sLm4Qz", phone=None)
    assert json.loads(server.received[0].body) == {"phone": None}
