"""Timeouts: 30 s by default (connect 5 s), configurable, and a typed error that says whether the
outcome of the request is unknown."""

import httpx
import pytest

from gigstack import AuthenticatedClient, errors
from gigstack.api.clients import create_client, get_client
from gigstack.models import ClientCreate
from support.server import Reply

SLOW = Reply(200, {"message": "ok", "data": {"id": "client_Rk2fP9sLm4Qz"}}, delay=0.6)


def test_the_default_timeout_is_30_seconds_with_5_to_connect(monkeypatch) -> None:
    monkeypatch.delenv("GIGSTACK_TIMEOUT", raising=False)
    api = AuthenticatedClient(token="k")
    assert api.timeout == httpx.Timeout(30.0, connect=5.0)
    assert api.get_httpx_client().timeout == httpx.Timeout(30.0, connect=5.0)


def test_gigstack_timeout_sets_the_default(monkeypatch) -> None:
    monkeypatch.setenv("GIGSTACK_TIMEOUT", "12.5")
    assert AuthenticatedClient(token="k").timeout == httpx.Timeout(12.5, connect=5.0)
    assert AuthenticatedClient(token="k", timeout=3).timeout == httpx.Timeout(3.0, connect=3.0)


def test_a_bad_gigstack_timeout_is_a_configuration_error(monkeypatch) -> None:
    monkeypatch.setenv("GIGSTACK_TIMEOUT", "soon")
    with pytest.raises(errors.ConfigurationError, match="GIGSTACK_TIMEOUT"):
        AuthenticatedClient(token="k")


def test_a_slow_read_raises_a_timeout_error_and_says_nothing_was_lost(server, make_client, call) -> None:
    server.queue(SLOW)
    with pytest.raises(errors.APITimeoutError) as raised:
        call(get_client, id="client_Rk2fP9sLm4Qz", client=make_client(timeout=0.2, max_retries=0))
    assert isinstance(raised.value, errors.APIConnectionError)
    assert not raised.value.outcome_unknown and "unknown" not in str(raised.value)
    assert len(server.received) == 1


def test_a_slow_write_raises_a_timeout_error_that_says_the_outcome_is_unknown(server, make_client, call) -> None:
    server.queue(SLOW)
    with pytest.raises(errors.APITimeoutError) as raised:
        call(create_client, body=ClientCreate(name="Karla"), client=make_client(timeout=0.2))
    assert raised.value.outcome_unknown and "outcome is unknown" in str(raised.value)
    assert raised.value.method == "POST"
    assert len(server.received) == 1  # a POST without an idempotency key is not retried


def test_a_slow_get_is_retried_within_the_budget(server, make_client) -> None:
    server.queue(SLOW, Reply(200, {"message": "ok", "data": {"id": "client_Rk2fP9sLm4Qz"}}))
    assert get_client.sync("client_Rk2fP9sLm4Qz", client=make_client(timeout=0.2)).data.id == "client_Rk2fP9sLm4Qz"
    assert len(server.received) == 2
