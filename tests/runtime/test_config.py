"""Configuration from the environment, the default Connect team, and a missing key found
before any request."""

import pytest

from gigstack import AuthenticatedClient, errors
from gigstack.api.clients import list_clients
from support.server import Reply

PAGE = {"message": "ok", "data": [], "has_more": False}


pytestmark = pytest.mark.usefixtures("clean_environment")


def test_a_missing_key_is_a_clear_error_before_any_request(server) -> None:
    with pytest.raises(errors.ConfigurationError, match="GIGSTACK_API_KEY"):
        AuthenticatedClient.from_env(base_url=server.base_url)
    with pytest.raises(errors.ConfigurationError, match="API key is required"):
        AuthenticatedClient(base_url=server.base_url, token="  ")
    assert server.received == []


def test_from_env_reads_key_base_url_team_and_timeout(server, monkeypatch) -> None:
    monkeypatch.setenv("GIGSTACK_API_KEY", "env-key")
    monkeypatch.setenv("GIGSTACK_API_BASE_URL", server.base_url)
    monkeypatch.setenv("GIGSTACK_TEAM", "team_8HqYv3NcW1")
    monkeypatch.setenv("GIGSTACK_TIMEOUT", "9")
    api = AuthenticatedClient.from_env()
    assert api.base_url == server.base_url and api.team == "team_8HqYv3NcW1" and api.timeout.read == 9.0
    server.queue(Reply(200, PAGE))
    list_clients.sync(client=api)
    (received,) = server.received
    assert received.headers["Authorization"] == "Bearer env-key"
    assert received.query == [("team", "team_8HqYv3NcW1")]


def test_from_env_arguments_win_over_the_environment(monkeypatch) -> None:
    monkeypatch.setenv("GIGSTACK_API_KEY", "env-key")
    monkeypatch.setenv("GIGSTACK_TEAM", "team_env")
    api = AuthenticatedClient.from_env(team="team_arg", token="arg-key")
    assert (api.team, api.token) == ("team_arg", "arg-key")
    assert AuthenticatedClient.from_env().base_url == "https://api.gigstack.io/v2"


def test_a_per_call_team_wins_over_the_default_team(server, make_client, call) -> None:
    server.queue(Reply(200, PAGE))
    call(list_clients, client=make_client(team="team_default"), team="team_3LpXc9VbQ2", limit=10)
    (received,) = server.received
    assert sorted(received.query) == [("limit", "10"), ("team", "team_3LpXc9VbQ2")]


def test_without_a_default_team_no_team_is_sent(server, make_client) -> None:
    server.queue(Reply(200, PAGE))
    list_clients.sync(client=make_client())
    assert server.received[0].query == []
