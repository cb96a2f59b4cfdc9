"""Key hygiene and configuration checked up front: whitespace around a key is dropped, a key with
inner whitespace or control characters is refused before any request, the key never appears in a
message, repr, log line or traceback (whatever header carries it); timeouts must be finite and
positive; loopback is an address, never a prefix; a Retry-After beyond the cap raises at once."""

import logging
import math
import time
import traceback

import pytest

from gigstack import AuthenticatedClient, Gigstack, errors
from gigstack.api.clients import list_clients
from runtime.conftest import TOKEN
from support.server import Reply

PAGE = {"message": "ok", "data": [], "has_more": False}


def everything_said(error: BaseException) -> str:
    return "".join(traceback.format_exception(error)) + repr(error) + repr(vars(error))


@pytest.mark.parametrize("key", [TOKEN + "\n", f"  {TOKEN}\r\n", f"\t{TOKEN} "])
def test_surrounding_whitespace_is_stripped(server, key) -> None:
    server.queue(Reply(200, PAGE))
    Gigstack(key, base_url=server.base_url).clients.list()
    assert server.received[0].headers["Authorization"] == f"Bearer {TOKEN}"


@pytest.mark.parametrize("key", ["sk_live abc", "sk_live\nabc", "sk_live\x00abc", "sk\x7f", "sk_live_ñ"])
def test_a_key_with_inner_whitespace_or_control_characters_is_refused_before_any_request(server, key) -> None:
    with pytest.raises(errors.ConfigurationError) as raised:
        Gigstack(key, base_url=server.base_url)
    assert key.strip() not in everything_said(raised.value)
    with pytest.raises(errors.ConfigurationError):
        AuthenticatedClient(server.base_url, token=key)
    assert server.received == []


def test_a_custom_auth_header_is_redacted_in_debug_logs(server, caplog) -> None:
    caplog.set_level(logging.DEBUG, logger="gigstack")
    server.queue(Reply(200, PAGE))
    api = AuthenticatedClient(server.base_url, token=TOKEN, auth_header_name="X-Gigstack-Key", prefix="")
    list_clients.sync(client=api.with_headers({"X-Echo": f"copy {TOKEN}"}))
    assert server.received[0].headers["X-Gigstack-Key"] == TOKEN
    assert TOKEN not in caplog.text
    assert "'x-gigstack-key': '[REDACTED]'" in caplog.text and "'x-echo': '[REDACTED]'" in caplog.text


def test_the_key_is_never_in_a_connection_error_or_its_traceback(caplog) -> None:
    caplog.set_level(logging.DEBUG, logger="gigstack")
    # Nothing listens on this port: the connection is refused.
    gs = Gigstack(TOKEN, base_url="http://127.0.0.1:9", max_retries=1, retry_backoff=0.01)
    with pytest.raises(errors.APIConnectionError) as raised:
        gs.clients.list()
    assert not raised.value.outcome_unknown, "the request never left the machine"
    assert TOKEN not in everything_said(raised.value) and TOKEN not in caplog.text


@pytest.mark.parametrize("timeout", [math.nan, math.inf, -1, 0, "soon", True])
def test_a_non_finite_or_non_positive_timeout_is_a_configuration_error(timeout) -> None:
    with pytest.raises(errors.ConfigurationError):
        Gigstack("k", timeout=timeout)  # type: ignore[arg-type]
    with pytest.raises(errors.ConfigurationError):
        Gigstack("k").clients.list(timeout=timeout)  # type: ignore[arg-type]


@pytest.mark.parametrize("value", ["nan", "inf", "-5", "0", "soon"])
def test_a_bad_gigstack_timeout_is_a_configuration_error(monkeypatch, value) -> None:
    monkeypatch.setenv("GIGSTACK_TIMEOUT", value)
    with pytest.raises(errors.ConfigurationError, match="GIGSTACK_TIMEOUT"):
        Gigstack("k")


@pytest.mark.parametrize(
    "url",
    [
        "http://127.evil.example/v2",
        "http://127.0.0.1.nip.io/v2",
        "http://localhost.evil.example/v2",
        "http://[::2]/v2",
        "http://0.0.0.0/v2",
        "http://127.0.0.1:notaport/v2",
    ],
)
def test_loopback_is_parsed_never_a_prefix(url) -> None:
    with pytest.raises(errors.ConfigurationError):
        Gigstack("k", base_url=url)


@pytest.mark.parametrize(
    "url", ["http://127.0.0.1:4010", "http://127.8.9.10/v2", "http://[::1]:4010", "http://LOCALHOST"]
)
def test_loopback_addresses_may_use_plain_http(url) -> None:
    assert Gigstack("k", base_url=url).base_url == url


def test_a_retry_after_beyond_the_cap_raises_at_once(server, make_gigstack) -> None:
    server.queue(Reply(429, {"message": "Slow down", "error": "rate_limited"}, headers={"Retry-After": "3600"}))
    started = time.monotonic()
    with pytest.raises(errors.RateLimitError) as raised:
        make_gigstack().clients.list()
    assert time.monotonic() - started < 2
    assert raised.value.retry_after == 3600 and raised.value.code == "rate_limited"
    assert len(server.received) == 1


def test_the_cap_is_configurable(server, make_gigstack) -> None:
    server.queue(Reply(503, {"message": "busy"}, headers={"Retry-After": "1"}), Reply(200, PAGE))
    with pytest.raises(errors.RateLimitError):
        make_gigstack(max_retry_wait=0.5).clients.list()
    server.queue(Reply(503, {"message": "busy"}, headers={"Retry-After": "1"}), Reply(200, PAGE))
    assert make_gigstack(max_retry_wait=2).clients.list().data == []
