"""Secure defaults: the key never shows in a repr, an exception or a log line; only https (or
loopback http) base URLs; redirects are never followed, so the key is never sent elsewhere."""

import logging

import pytest

from gigstack import AuthenticatedClient, errors
from gigstack.api.clients import create_client, get_client, list_clients
from gigstack.models import ClientCreate
from runtime.conftest import TOKEN
from support.server import Reply, ScriptedServer

SECRET_PARTS = [TOKEN, TOKEN.split(".")[1], TOKEN.split(".")[2]]


def assert_no_secret(text: str) -> None:
    for part in SECRET_PARTS:
        assert part not in text


def test_the_key_is_in_the_authorization_header_only(server, make_client) -> None:
    server.queue(Reply(200, {"message": "ok", "data": [], "has_more": False}))
    list_clients.sync(client=make_client())
    (received,) = server.received
    assert received.headers["Authorization"] == f"Bearer {TOKEN}"
    assert_no_secret(received.path + str(received.query))


def test_the_key_never_appears_in_reprs_exceptions_or_logs(server, make_client, caplog) -> None:
    caplog.set_level(logging.DEBUG, logger="gigstack")
    api = make_client(max_retries=1, timeout=0.3)
    server.queue(
        Reply(404, {"message": "Client not found", "error": "not_found"}),
        Reply(503, body=b"<html>down</html>", headers={"Content-Type": "text/html"}),
        Reply(503, body=b"<html>down</html>", headers={"Content-Type": "text/html"}),
        Reply(200, {"message": "slow"}, delay=0.6),
        Reply(reset=True),
    )
    texts = [repr(api), str(api)]
    for attempt in (
        lambda: get_client.sync("client_1", client=api),
        lambda: list_clients.sync(client=api),
        lambda: create_client.sync(client=api, body=ClientCreate(name="Karla")),
        lambda: create_client.sync(client=api, body=ClientCreate(name="Karla")),
    ):
        with pytest.raises(errors.GigstackError) as raised:
            attempt()
        texts += [str(raised.value), repr(raised.value), repr(raised.value.__dict__)]
    assert len(caplog.records) == 4, "one DEBUG line per call, retries included"
    texts.append(caplog.text)
    texts += [repr(record.args) for record in caplog.records]
    for text in texts:
        assert_no_secret(text)
    assert "[REDACTED]" in caplog.text


def test_debug_log_lines_name_method_url_status_duration_and_retries(server, make_client, caplog) -> None:
    caplog.set_level(logging.DEBUG, logger="gigstack")
    server.queue(Reply(503, {"message": "busy"}), Reply(200, {"message": "ok", "data": [], "has_more": False}))
    list_clients.sync(client=make_client(), limit=5)
    (line,) = [r.getMessage() for r in caplog.records if r.name == "gigstack"]
    assert line.startswith(f"GET {server.base_url}/clients?limit=5 -> 200 in ")
    assert ", 1 retries," in line and "'authorization': '[REDACTED]'" in line


def test_gigstack_log_debug_turns_logging_on(monkeypatch) -> None:
    logger = logging.getLogger("gigstack")
    level, handlers = logger.level, list(logger.handlers)
    monkeypatch.setenv("GIGSTACK_LOG", "debug")
    try:
        AuthenticatedClient(token="k")
        assert logger.isEnabledFor(logging.DEBUG) and len(logger.handlers) == len(handlers) + 1
        AuthenticatedClient(token="k")
        assert len(logger.handlers) == len(handlers) + 1, "one handler, however many clients"
    finally:
        logger.setLevel(level)
        logger.handlers[:] = handlers


@pytest.mark.parametrize(
    "url",
    [
        "http://api.gigstack.io/v2",
        "http://10.0.0.5/v2",
        "https://user:pass@api.gigstack.io/v2",
        "https://api.gigstack.io/v2?x=1",
        "ftp://x/v2",
    ],
)
def test_unsafe_base_urls_are_refused_before_any_request(url) -> None:
    with pytest.raises(errors.ConfigurationError):
        AuthenticatedClient(base_url=url, token="k")


@pytest.mark.parametrize(
    "url", ["https://api.gigstack.io/v2/", "http://127.0.0.1:4010/v2", "http://localhost:8080", "http://[::1]:4010"]
)
def test_https_and_loopback_http_base_urls_are_accepted(url) -> None:
    assert AuthenticatedClient(base_url=url, token="k").base_url == url.rstrip("/")


def test_a_redirect_is_an_error_and_the_key_is_not_sent_elsewhere(server, make_client, call) -> None:
    elsewhere = ScriptedServer(max_requests=1).start()
    try:
        target = elsewhere.base_url.replace("127.0.0.1", "localhost") + "/clients"
        server.queue(Reply(302, body=b"", headers={"Location": target}))
        with pytest.raises(errors.APIStatusError, match="not followed") as raised:
            call(list_clients, client=make_client())
        assert raised.value.status_code == 302
        assert len(server.received) == 1 and elsewhere.received == []
    finally:
        elsewhere.stop()
