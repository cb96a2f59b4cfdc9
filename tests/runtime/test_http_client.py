"""`http_client=`: a program's own httpx client carries every request (its transport, proxies and
event hooks apply), while the key, base URL, timeout, retries, deadline, `success: false` handling
and redaction stay the SDK's; the key is added per request, never to that client's headers, and
closing the SDK leaves the program's client open. A client of the wrong kind is refused up front."""

import asyncio
import gzip
import json
import logging
from collections.abc import Callable

import httpx
import pytest

from gigstack import AsyncGigstack, AuthenticatedClient, Gigstack, errors
from gigstack.api.clients import list_clients
from runtime.conftest import TOKEN
from support.raw_server import RawServer, answer, cut_body
from support.server import Reply, ScriptedServer

BASE_URL = "https://api.gigstack.io/v2"
PAGE = {"message": "Clients retrieved successfully", "data": [{"id": "client_1"}], "has_more": False}
CLIENT = {"message": "ok", "data": {"id": "client_1", "legal_name": "Karla Fuente Nolasco"}}

Handler = Callable[[httpx.Request], httpx.Response]


def replies(*responses: httpx.Response) -> tuple[list[httpx.Request], Handler]:
    """A MockTransport handler answering with `responses` in order, and the requests it saw."""
    seen: list[httpx.Request] = []
    queue = list(responses)

    def handle(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return queue.pop(0) if queue else httpx.Response(500, json={"message": "no reply scripted"})

    return seen, handle


def ok(body: object = PAGE, status: int = 200) -> httpx.Response:
    return httpx.Response(status, json=body)


@pytest.fixture(autouse=True)
def _clean(clean_environment: None) -> None:
    pass


# -- the request goes through the program's client, with the SDK's settings -----------------------


def test_sync_requests_go_through_the_given_client_with_the_key_per_request() -> None:
    seen, handle = replies(ok())
    hooks: list[str] = []
    with httpx.Client(
        transport=httpx.MockTransport(handle),
        base_url="https://elsewhere.example",
        headers={"X-Trace": "t-1"},
        auth=("proxy-user", "proxy-pass"),
        event_hooks={"request": [lambda r: hooks.append("request")], "response": [lambda r: hooks.append("response")]},
    ) as http:
        gs = Gigstack(TOKEN, http_client=http, team="team_1")
        assert [c.id for c in gs.clients.list()] == ["client_1"]
        (request,) = seen
        assert str(request.url) == f"{BASE_URL}/clients?team=team_1"
        assert request.headers["Authorization"] == f"Bearer {TOKEN}", "the SDK's key, not the client's auth"
        assert request.headers["X-Trace"] == "t-1" and request.headers["User-Agent"].startswith("gigstack-python/")
        assert hooks == ["request", "response"]
        assert "authorization" not in http.headers and TOKEN not in repr(dict(http.headers))
        gs.close()
        assert not http.is_closed, "close() leaves a client it did not create open"
        with Gigstack(TOKEN, http_client=http):
            pass
        assert not http.is_closed
        with pytest.raises(errors.ClientClosedError):
            gs.clients.list()


def test_async_requests_go_through_the_given_client() -> None:
    seen, handle = replies(ok(CLIENT))
    hooks: list[str] = []

    async def on_request(request: httpx.Request) -> None:
        hooks.append("request")

    async def main() -> None:
        async with httpx.AsyncClient(
            transport=httpx.MockTransport(handle), event_hooks={"request": [on_request]}
        ) as http:
            async with AsyncGigstack(TOKEN, http_client=http) as ags:
                client = await ags.clients.retrieve("client_1")
                assert client.legal_name == "Karla Fuente Nolasco"
            assert not http.is_closed
            assert "authorization" not in http.headers

    asyncio.run(main())
    assert hooks == ["request"] and seen[0].headers["Authorization"] == f"Bearer {TOKEN}"
    assert str(seen[0].url) == f"{BASE_URL}/clients/client_1"


def test_retries_run_through_the_given_client_and_a_post_without_a_key_is_not_repeated() -> None:
    seen, handle = replies(ok({"message": "busy"}, 503), ok(), ok({"message": "busy"}, 503))
    with httpx.Client(transport=httpx.MockTransport(handle)) as http:
        gs = Gigstack(TOKEN, http_client=http, retry_backoff=0.01)
        assert gs.clients.list().data[0].id == "client_1"
        assert len(seen) == 2
        with pytest.raises(errors.InternalServerError):
            gs.clients.create(legal_name="Karla Fuente Nolasco")
        assert len(seen) == 3, "createClient takes no idempotency key: never repeated"


def test_an_idempotent_post_is_repeated_through_the_given_client_with_the_same_key() -> None:
    invoice = {"message": "ok", "data": {"uuid": "5FB2822E"}}
    seen, handle = replies(ok({"message": "busy"}, 503), ok(invoice, 201))
    with httpx.Client(transport=httpx.MockTransport(handle)) as http:
        gs = Gigstack(TOKEN, http_client=http, retry_backoff=0.01)
        assert gs.invoices.income.create(currency="MXN").uuid == "5FB2822E"
    first, second = (json.loads(request.content) for request in seen)
    assert first == second and first["idempotency_key"]


def test_a_success_false_answer_is_an_error_through_the_given_client() -> None:
    _, handle = replies(ok({"success": False, "message": "Team not active", "error": "team_inactive"}))
    with httpx.Client(transport=httpx.MockTransport(handle)) as http:
        with pytest.raises(errors.APIStatusError, match="Team not active"):
            Gigstack(TOKEN, http_client=http).clients.retrieve("client_1")


def test_copies_made_with_options_share_the_given_client() -> None:
    seen, handle = replies(ok({"message": "busy"}, 503), ok())
    with httpx.Client(transport=httpx.MockTransport(handle)) as http:
        gs = Gigstack(TOKEN, http_client=http)
        quick = gs.with_options(max_retries=0, team="team_2")
        with pytest.raises(errors.InternalServerError):
            quick.clients.list()
        assert gs.clients.list().data[0].id == "client_1"
        assert [r.url.params.get("team") for r in seen] == ["team_2", None]
        quick.close()
        assert not http.is_closed


def test_a_given_client_closed_by_its_program_is_a_client_closed_error() -> None:
    _, handle = replies(ok())
    http = httpx.Client(transport=httpx.MockTransport(handle))
    gs = Gigstack(TOKEN, http_client=http)
    http.close()
    with pytest.raises(errors.ClientClosedError, match=r"has been closed\. A closed client"):
        gs.clients.list()


# -- timeouts: the SDK's per request; the client's own when the program set one and the SDK none ---


@pytest.mark.parametrize(
    ("client_timeout", "sdk_timeout", "expected_read"),
    [
        (httpx.Timeout(5.0), None, 30.0),  # httpx's default: the program chose nothing, the SDK's 30 s
        (httpx.Timeout(12.0), None, 12.0),  # the program's choice
        (httpx.Timeout(12.0), 3.0, 3.0),  # timeout= wins
    ],
)
def test_the_timeout_sent_with_each_request(client_timeout, sdk_timeout, expected_read) -> None:
    seen, handle = replies(ok())
    with httpx.Client(transport=httpx.MockTransport(handle), timeout=client_timeout) as http:
        Gigstack(TOKEN, http_client=http, timeout=sdk_timeout).clients.list()
    assert seen[0].extensions["timeout"]["read"] == expected_read


def test_gigstack_timeout_in_the_environment_wins_over_the_clients(monkeypatch) -> None:
    monkeypatch.setenv("GIGSTACK_TIMEOUT", "7")
    seen, handle = replies(ok())
    with httpx.Client(transport=httpx.MockTransport(handle), timeout=12.0) as http:
        Gigstack(TOKEN, http_client=http).clients.list()
    assert seen[0].extensions["timeout"]["read"] == 7.0


# -- secrets and failures ---------------------------------------------------------------------------


def test_a_failure_in_the_given_transport_is_typed_and_never_shows_the_key(caplog) -> None:
    caplog.set_level(logging.DEBUG, logger="gigstack")

    def handle(request: httpx.Request) -> httpx.Response:
        raise httpx.ConnectError(f"proxy refused {request.headers['Authorization']}", request=request)

    with httpx.Client(transport=httpx.MockTransport(handle)) as http:
        with pytest.raises(errors.APIConnectionError) as raised:
            Gigstack(TOKEN, http_client=http, max_retries=1, retry_backoff=0.01).clients.list()
    texts = [str(raised.value), repr(raised.value), repr(raised.value.__cause__), caplog.text]
    assert all(TOKEN not in text for text in texts)
    assert raised.value.outcome_unknown is False and "[REDACTED]" in caplog.text


def test_a_redirect_is_not_followed_even_by_a_client_that_follows_redirects() -> None:
    seen, handle = replies(httpx.Response(302, headers={"Location": "https://elsewhere.example/steal"}))
    with httpx.Client(transport=httpx.MockTransport(handle), follow_redirects=True) as http:
        with pytest.raises(errors.APIStatusError, match="not followed"):
            Gigstack(TOKEN, http_client=http).clients.list()
    assert [str(r.url) for r in seen] == [f"{BASE_URL}/clients"]


def test_a_corrupt_gzip_body_through_the_given_client_is_an_invalid_response() -> None:
    body = gzip.compress(json.dumps(PAGE).encode())[:-8] + b"garbage!"
    _, handle = replies(httpx.Response(200, stream=httpx.ByteStream(body), headers={"Content-Encoding": "gzip"}))
    with httpx.Client(transport=httpx.MockTransport(handle)) as http:
        with pytest.raises(errors.InvalidResponseError) as raised:
            Gigstack(TOKEN, http_client=http).clients.list()
    assert raised.value.status_code == 200


# -- downloads from signed links go through it too, without the key -----------------------------------


@pytest.mark.parametrize("flavour", ["sync", "async"])
def test_a_download_goes_through_the_given_client_without_the_key(flavour) -> None:
    link = "https://files.example.mx/a.pdf?token=s3cr3t"
    seen, handle = replies(ok({"message": "ok", "data": {"pdf": link}}), httpx.Response(200, content=b"%PDF-1.7"))
    if flavour == "sync":
        with httpx.Client(transport=httpx.MockTransport(handle)) as http:
            assert Gigstack(TOKEN, http_client=http).invoices.download("5fb2822e") == b"%PDF-1.7"
    else:

        async def main() -> bytes:
            async with httpx.AsyncClient(transport=httpx.MockTransport(handle)) as http:
                return await AsyncGigstack(TOKEN, http_client=http).invoices.download("5fb2822e")

        assert asyncio.run(main()) == b"%PDF-1.7"
    api_request, file_request = seen
    assert api_request.headers["Authorization"] == f"Bearer {TOKEN}"
    assert str(file_request.url) == link and "authorization" not in file_request.headers
    assert all(TOKEN not in value for value in file_request.headers.values())


# -- the wrong kind of client is refused before anything is sent ----------------------------------------


def test_the_wrong_kind_of_client_is_a_typed_error() -> None:
    with pytest.raises(errors.ArgumentError, match=r"httpx\.Client.*AsyncClient goes to AsyncGigstack"):
        Gigstack(TOKEN, http_client=httpx.AsyncClient())  # type: ignore[arg-type]
    with pytest.raises(errors.ArgumentError, match=r"httpx\.AsyncClient.*Client goes to Gigstack"):
        AsyncGigstack(TOKEN, http_client=httpx.Client())  # type: ignore[arg-type]
    for wrong in ("https://proxy.example", object(), httpx.HTTPTransport()):
        with pytest.raises(TypeError):
            Gigstack(TOKEN, http_client=wrong)  # type: ignore[arg-type]
        with pytest.raises(errors.ArgumentError):
            AuthenticatedClient(token=TOKEN, http_client=wrong)  # type: ignore[arg-type]


def test_a_closed_client_or_one_with_httpx_args_is_refused() -> None:
    closed = httpx.Client()
    closed.close()
    with pytest.raises(errors.ConfigurationError, match="closed"):
        Gigstack(TOKEN, http_client=closed)
    with httpx.Client() as http:
        with pytest.raises(errors.ConfigurationError, match="httpx_args"):
            Gigstack(TOKEN, http_client=http, httpx_args={"http2": False})
        with pytest.raises(errors.ConfigurationError, match="verify_ssl"):
            Gigstack(TOKEN, http_client=http, verify_ssl=False)


@pytest.mark.parametrize("flavour", ["sync", "async"])
def test_the_module_functions_send_through_the_given_client(flavour) -> None:
    seen, handle = replies(ok(), ok())
    if flavour == "sync":
        with httpx.Client(transport=httpx.MockTransport(handle)) as http:
            api = AuthenticatedClient(token=TOKEN, http_client=http)
            assert [c.id for c in list_clients.iterate(client=api)] == ["client_1"]
            api.close()
            assert not http.is_closed
    else:

        async def main() -> None:
            async with httpx.AsyncClient(transport=httpx.MockTransport(handle)) as http:
                async with AuthenticatedClient(token=TOKEN, http_client=http) as api:
                    assert (await list_clients.asyncio(client=api)).data[0].id == "client_1"
                assert not http.is_closed

        asyncio.run(main())
    assert seen[0].headers["Authorization"] == f"Bearer {TOKEN}" and str(seen[0].url) == f"{BASE_URL}/clients"


def test_the_module_functions_of_the_other_flavour_are_refused() -> None:
    api = AuthenticatedClient(token=TOKEN, http_client=httpx.AsyncClient())
    with pytest.raises(errors.ConfigurationError, match="sync calls need an httpx.Client"):
        list_clients.sync(client=api)


# -- against a real server on 127.0.0.1 -----------------------------------------------------------------


def test_sync_and_async_against_a_loopback_server(server: ScriptedServer) -> None:
    server.queue(Reply(503, {"message": "busy"}), Reply(200, PAGE), Reply(200, PAGE))
    statuses: list[int] = []
    with httpx.Client(event_hooks={"response": [lambda r: statuses.append(r.status_code)]}) as http:
        with Gigstack(TOKEN, base_url=server.base_url, http_client=http, retry_backoff=0.01) as gs:
            assert gs.clients.list().data[0].id == "client_1"
        assert not http.is_closed

    async def main() -> None:
        async with httpx.AsyncClient() as http:
            async with AsyncGigstack(TOKEN, base_url=server.base_url, http_client=http) as ags:
                assert (await ags.clients.list()).data[0].id == "client_1"
            assert not http.is_closed

    asyncio.run(main())
    assert statuses == [503, 200]
    assert [r.headers["Authorization"] for r in server.received] == [f"Bearer {TOKEN}"] * 3


def test_requests_and_downloads_go_through_the_given_clients_proxy(server: ScriptedServer) -> None:
    """The scripted server plays a forward proxy: nothing listens at the base URL's port."""
    proxy = httpx.Proxy(server.base_url.rsplit("/v2", 1)[0])
    link = "http://localhost:9/files/a.pdf?token=s3cr3t"
    server.queue(Reply(200, {"message": "ok", "data": {"pdf": link}}), Reply(200, body=b"%PDF-1.7"))
    with httpx.Client(mounts={"http://": httpx.HTTPTransport(proxy=proxy)}) as http:
        gs = Gigstack(TOKEN, base_url="http://localhost:9/v2", http_client=http, max_retries=0)
        assert gs.invoices.download("5fb2822e") == b"%PDF-1.7"
    api_request, file_request = server.received
    assert (
        api_request.path == "/v2/invoices/5fb2822e/files" and api_request.headers["Authorization"] == f"Bearer {TOKEN}"
    )
    assert file_request.path == "/files/a.pdf" and "Authorization" not in file_request.headers


def test_a_body_cut_mid_way_is_retried_through_the_given_client(raw: RawServer) -> None:
    body = json.dumps(CLIENT | {"data": {"id": "client_1", "notes": "x" * 2000}}).encode()
    raw.queue(cut_body(200, body, 100), answer(200, body))
    with httpx.Client(timeout=2.0) as http:
        gs = Gigstack(TOKEN, base_url=raw.base_url, http_client=http, retry_backoff=0.01)
        assert gs.clients.retrieve("client_1").id == "client_1"
    assert len(raw.received) == 2
