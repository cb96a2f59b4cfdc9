"""Faults on the wire, from a raw-socket server on 127.0.0.1: a body cut or stalled is retried under
the same rules as a failure before the headers; every failure is a GigstackError from every entry
point (resources, sync/asyncio, *_detailed, iterators), with the original kept as __cause__."""

import asyncio
import gzip
import json

import pytest

from gigstack import AuthenticatedClient, Gigstack, errors
from gigstack.api.clients import create_client, get_client, list_clients
from gigstack.api.invoices import create_income_invoice
from gigstack.models import Client, ClientCreate, InvoiceCreate
from runtime.conftest import TOKEN
from support.raw_server import RawServer, answer, cut_body, drip, stall_body

CLIENT = json.dumps({"message": "ok", "data": {"id": "client_Rk2fP9sLm4Qz", "legal_name": "K" * 2000}}).encode()
INVOICE = json.dumps({"message": "ok", "data": {"uuid": "5FB2822E", "notes": "x" * 2000}}).encode()
PAGE = json.dumps({"data": [{"id": "client_1"}], "has_more": False}).encode()


def gigstack(raw: RawServer, **settings: object) -> Gigstack:
    return Gigstack(TOKEN, base_url=raw.base_url, retry_backoff=0.01, **{"timeout": 2.0, **settings})  # type: ignore[arg-type]


def api(raw: RawServer, **settings: object) -> AuthenticatedClient:
    return AuthenticatedClient(raw.base_url, token=TOKEN, retry_backoff=0.01, **{"timeout": 2.0, **settings})  # type: ignore[arg-type]


# -- body-read faults are connection faults -------------------------------------------------------


def test_a_body_cut_by_a_reset_is_retried_for_a_get(raw) -> None:
    raw.queue(cut_body(200, CLIENT, 100), answer(200, CLIENT))
    assert gigstack(raw).clients.retrieve("client_Rk2fP9sLm4Qz").id == "client_Rk2fP9sLm4Qz"
    assert len(raw.received) == 2


def test_a_body_that_stalls_past_the_timeout_is_retried_for_a_get(raw) -> None:
    raw.queue(stall_body(200, CLIENT, 100, stall=1.5), answer(200, CLIENT))
    assert gigstack(raw, timeout=0.5).clients.retrieve("client_1").id == "client_Rk2fP9sLm4Qz"
    assert len(raw.received) == 2


def test_a_cut_body_of_a_post_with_a_key_is_retried_with_the_same_key_and_bytes(raw) -> None:
    raw.queue(cut_body(201, INVOICE, 50), stall_body(201, INVOICE, 50, stall=1.5), answer(201, INVOICE))
    invoice = gigstack(raw, timeout=0.5).invoices.income.create(currency="MXN")
    assert invoice.uuid == "5FB2822E" and len(raw.received) == 3
    assert raw.received[0].body == raw.received[1].body == raw.received[2].body
    assert json.loads(raw.received[0].body)["idempotency_key"]


def test_a_cut_body_of_a_post_without_a_key_is_sent_once_and_says_the_outcome_is_unknown(raw, call) -> None:
    raw.queue(cut_body(201, CLIENT, 50))
    with pytest.raises(errors.APIConnectionError) as raised:
        gigstack(raw).clients.create(legal_name="KEMPER")
    assert raised.value.outcome_unknown and "outcome is unknown" in str(raised.value)
    assert isinstance(raised.value.__cause__, Exception) and len(raw.received) == 1
    raw.queue(cut_body(201, CLIENT, 50), answer(201, CLIENT))  # a retry would get the answer
    with pytest.raises(errors.APIConnectionError) as raised:
        call(create_client, body=ClientCreate(legal_name="KEMPER"), client=api(raw))  # sync and async
    assert raised.value.outcome_unknown and len(raw.received) == 2


def test_the_module_functions_follow_the_same_rules(raw, call) -> None:
    raw.queue(cut_body(201, INVOICE, 50), answer(201, INVOICE))
    result = call(create_income_invoice, body=InvoiceCreate(currency="MXN"), client=api(raw))
    assert result.data.uuid == "5FB2822E" and len(raw.received) == 2


def test_a_dripped_body_passes_a_per_read_timeout_and_fails_a_deadline(raw) -> None:
    body = b'{"data": {"id": "client_1"}}'
    raw.queue(drip(200, body, every=0.05), drip(200, body, every=0.05))
    assert gigstack(raw, timeout=0.5).clients.retrieve("client_1").id == "client_1", "each read is quick"
    with pytest.raises(errors.APITimeoutError):
        gigstack(raw, timeout=0.5, max_retries=0).with_options(deadline=0.6).clients.retrieve("client_1")


# -- every failure is typed -----------------------------------------------------------------------


@pytest.mark.parametrize("status", [200, 500])
def test_a_deeply_nested_body_is_an_invalid_response_not_a_recursion_error(raw, status) -> None:
    raw.queue(answer(status, b"[" * 100_000 + b"]" * 100_000))
    with pytest.raises(errors.APIStatusError) as raised:
        gigstack(raw, max_retries=0).clients.retrieve("client_1")
    assert raised.value.status_code == status


def test_the_detailed_functions_never_crash_on_a_pathological_body(raw) -> None:
    raw.queue(answer(200, b"[" * 100_000), answer(500, b"{" * 50_000))
    client = api(raw, max_retries=0)
    assert get_client.sync_detailed("client_1", client=client).parsed is None
    assert get_client.sync_detailed("client_1", client=client).parsed is None


def test_a_corrupt_gzip_body_is_an_invalid_response_with_its_status(raw) -> None:
    corrupt = gzip.compress(CLIENT)[:10] + b"\xff" * 20  # a gzip header, then an invalid deflate block
    raw.queue(answer(200, corrupt, headers={"Content-Encoding": "gzip"}))
    with pytest.raises(errors.InvalidResponseError) as raised:
        gigstack(raw, max_retries=0).clients.retrieve("client_1")
    assert raised.value.status_code == 200 and "decoded" in str(raised.value)


def test_a_good_gzip_body_is_read(raw) -> None:
    raw.queue(answer(200, gzip.compress(CLIENT), headers={"Content-Encoding": "gzip"}))
    assert gigstack(raw).clients.retrieve("client_1").id == "client_Rk2fP9sLm4Qz"


@pytest.mark.parametrize(
    ("status", "error"),
    [(520, errors.InternalServerError), (599, errors.InternalServerError), (499, errors.APIStatusError)],
)
def test_statuses_outside_the_standard_list(raw, status, error) -> None:
    raw.queue(answer(status, b'{"message": "odd"}'), answer(status, b'{"message": "odd"}'))
    response = get_client.sync_detailed("client_1", client=api(raw, max_retries=0))
    assert response.status_code == status and response.parsed is None
    with pytest.raises(error) as raised:
        gigstack(raw, max_retries=0).clients.retrieve("client_1")
    assert raised.value.status_code == status


def test_using_a_closed_client_is_a_gigstack_error(raw) -> None:
    gs = gigstack(raw)
    gs.close()
    with pytest.raises(errors.ClientClosedError):
        gs.clients.retrieve("client_1")
    client = api(raw)
    client.close()
    with pytest.raises(errors.GigstackError):
        get_client.sync("client_1", client=client)
    assert raw.received == []


# -- a strict envelope ----------------------------------------------------------------------------


@pytest.mark.parametrize("body", [b'[["message", "ok"], ["data", {"id": "c"}]]', b'"ok"', b"42", b"null"])
def test_a_body_that_is_not_an_object_is_an_invalid_response(raw, body) -> None:
    raw.queue(answer(200, body))
    with pytest.raises(errors.InvalidResponseError):
        gigstack(raw).clients.retrieve("client_1")


@pytest.mark.parametrize("items", [["client_1"], [1, 2], [[{"id": "c"}]], [True]])
def test_iterators_never_yield_raw_values(raw, items) -> None:
    """Items that are not objects come out as views of the model: every read raises, nothing is lost."""
    raw.queue(answer(200, json.dumps({"data": items, "has_more": False}).encode()))
    raw.queue(answer(200, json.dumps({"data": items, "has_more": False}).encode()))
    for walked in (list(gigstack(raw).clients.list()), list(list_clients.iterate(client=api(raw)))):
        assert all(isinstance(item, Client) for item in walked)
        assert [item.to_dict() for item in walked] == items
        with pytest.raises(errors.ResponseValidationError):
            _ = walked[0].id


@pytest.mark.parametrize("data", ['"client_1"', "42", '{"id": "client_1"}'])
def test_a_page_whose_data_is_not_a_list_is_an_invalid_response(raw, data) -> None:
    raw.queue(answer(200, b'{"data": ' + data.encode() + b', "has_more": false}'))
    with pytest.raises(errors.InvalidResponseError) as raised:
        gigstack(raw).clients.list()
    assert raised.value.status_code == 200


@pytest.mark.parametrize(
    ("body", "code", "message"),
    [
        (
            {"success": False, "error": "csd_expired", "message": "El CSD está vencido"},
            "csd_expired",
            "El CSD está vencido",
        ),
        ({"success": False, "error": {"code": "sat_rejected", "message": "CFDI40145"}}, "sat_rejected", "CFDI40145"),
        ({"success": False, "message": "Cliente bloqueado", "data": {"id": "client_1"}}, None, "Cliente bloqueado"),
    ],
)
def test_success_false_raises_the_apis_code_and_message_first(raw, body, code, message) -> None:
    raw.queue(answer(200, json.dumps(body).encode()))
    with pytest.raises(errors.APIStatusError) as raised:
        gigstack(raw).clients.retrieve("client_1")
    error = raised.value
    assert not isinstance(error, errors.InvalidResponseError)
    assert (error.status_code, error.code, error.message) == (200, code, message)
    assert error.body == body


# -- concurrency ----------------------------------------------------------------------------------


def test_one_client_shared_by_threads_builds_one_pool_and_close_closes_it(raw) -> None:
    import threading

    for _ in range(8):
        raw.queue(answer(200, PAGE))
    gs = gigstack(raw)
    pools: list[int] = []
    barrier = threading.Barrier(8)

    def work() -> None:
        barrier.wait()
        pools.append(id(gs.api_client.get_httpx_client()))
        gs.clients.list()

    threads = [threading.Thread(target=work) for _ in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=10)
    assert len(set(pools)) == 1 and len(raw.received) == 8
    client = gs.api_client.get_httpx_client()
    gs.close()
    assert client.is_closed


def test_an_async_client_works_across_event_loops_without_unclosed_sockets(raw) -> None:
    import gc
    import warnings

    from gigstack import AsyncGigstack

    raw.queue(answer(200, CLIENT), answer(200, CLIENT))
    ags = AsyncGigstack(TOKEN, base_url=raw.base_url)
    pools = []

    async def fetch() -> str:
        found = (await ags.clients.retrieve("client_1")).id
        pools.append(ags.api_client.get_async_httpx_client())
        return found

    gc.collect()  # earlier tests' garbage is not this test's business
    port = raw.base_url.split(":")[-1].split("/")[0]
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        assert asyncio.run(fetch()) == "client_Rk2fP9sLm4Qz"
        assert asyncio.run(fetch()) == "client_Rk2fP9sLm4Qz"
        gc.collect()
    assert len(pools) == 2 and pools[0] is not pools[1], "a pool per event loop"
    assert all(pool.is_closed for pool in pools), "asyncio.run() closed each loop's pool"
    unclosed = [w for w in caught if issubclass(w.category, ResourceWarning) and port in str(w.message)]
    assert not unclosed, [str(w.message) for w in unclosed]
