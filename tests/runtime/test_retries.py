"""Retries: connection errors, 408, 429, 500, 502, 503 and 504 are retried with backoff, honouring
Retry-After, but only for requests safe to repeat: GET/PUT/DELETE, and a POST whose operation takes
an idempotency key (generated when the caller gives none, the same on every attempt). The server
counts the attempts."""

import json
import time
import uuid

import pytest

from gigstack import errors
from gigstack.api.auth import create_signup
from gigstack.api.clients import create_client, delete_client, list_clients, update_client
from gigstack.api.invoices import create_income_invoice
from gigstack.models import ClientCreate, ClientUpdate, InvoiceCreate, SignupRequest
from support.server import Reply

PAGE = {"message": "Clients retrieved successfully", "data": [], "has_more": False}
CREATED = {"message": "Client created successfully", "data": {"id": "client_Ln5sV2kD9wEr"}}
FAILURE = {"message": "Service unavailable", "error": "unavailable"}
INVOICE = {
    "message": "Invoice created",
    "data": {"id": "invoice_Yp4kD8sR2tWu", "uuid": "3B8E2F6A-1C4D-4F7A-9E2B-5D6C7A8B9F01"},
}
SIGNUP = {"user_id": "aJGZiWGWQGfZEZk9XbtShj3pxBx2", "team_id": "team_4Ns8Rt2GxW"}


@pytest.mark.parametrize("status", [408, 429, 500, 502, 503, 504])
def test_a_get_is_retried_on_a_retryable_status_then_succeeds(server, make_client, call, status) -> None:
    server.queue(Reply(status, FAILURE), Reply(200, PAGE))
    assert call(list_clients, client=make_client()).data == []
    assert len(server.received) == 2


def test_a_get_gives_up_after_the_default_two_retries(server, make_client, call) -> None:
    server.queue(*[Reply(503, FAILURE)] * 3)
    with pytest.raises(errors.InternalServerError):
        call(list_clients, client=make_client())
    assert len(server.received) == 3


def test_retry_after_is_honoured(server, make_client, call) -> None:
    server.queue(Reply(429, FAILURE, headers={"Retry-After": "1"}), Reply(200, PAGE))
    started = time.monotonic()
    call(list_clients, client=make_client())
    assert time.monotonic() - started >= 0.9
    assert len(server.received) == 2


def test_retry_after_as_an_http_date_is_honoured(server, make_client) -> None:
    from email.utils import formatdate

    server.queue(
        Reply(503, FAILURE, headers={"Retry-After": formatdate(time.time() + 2, usegmt=True)}), Reply(200, PAGE)
    )
    started = time.monotonic()
    list_clients.sync(client=make_client())
    assert time.monotonic() - started >= 0.9
    assert len(server.received) == 2


def test_zero_retries_sends_once(server, make_client, call) -> None:
    server.queue(Reply(503, FAILURE), Reply(200, PAGE))
    with pytest.raises(errors.InternalServerError):
        call(list_clients, client=make_client(max_retries=0))
    assert len(server.received) == 1


def test_a_post_without_an_idempotency_key_is_never_sent_twice(server, make_client, call) -> None:
    server.queue(Reply(503, FAILURE), Reply(201, CREATED))
    with pytest.raises(errors.InternalServerError):
        call(create_client, body=ClientCreate(name="Karla"), client=make_client())
    assert len(server.received) == 1


def test_a_post_without_an_idempotency_key_is_not_resent_after_a_reset(server, make_client, call) -> None:
    server.queue(Reply(reset=True), Reply(201, CREATED))
    with pytest.raises(errors.APIConnectionError):
        call(create_client, body=ClientCreate(name="Karla"), client=make_client())
    assert len(server.received) == 1


def test_a_post_whose_operation_takes_a_key_is_retried_with_the_callers_key(server, make_client, call) -> None:
    server.queue(Reply(503, FAILURE), Reply(201, INVOICE))
    body = InvoiceCreate(idempotency_key="inv-kemper-2026-01", currency="MXN")
    assert call(create_income_invoice, body=body, client=make_client()).data.id == "invoice_Yp4kD8sR2tWu"
    assert len(server.received) == 2
    assert server.received[0].body == server.received[1].body, "the same key and bytes on every attempt"
    assert json.loads(server.received[0].body)["idempotency_key"] == "inv-kemper-2026-01"


def test_a_post_whose_operation_takes_a_key_gets_one_and_keeps_it_across_retries(server, make_client, call) -> None:
    server.queue(Reply(502, FAILURE), Reply(reset=True), Reply(201, INVOICE))
    call(create_income_invoice, body=InvoiceCreate(currency="MXN"), client=make_client())
    keys = [json.loads(r.body)["idempotency_key"] for r in server.received]
    assert len(keys) == 3 and len(set(keys)) == 1
    assert uuid.UUID(keys[0]).version == 4


def test_each_call_gets_its_own_key(server, make_client) -> None:
    server.queue(Reply(201, INVOICE), Reply(201, INVOICE))
    api = make_client()
    create_income_invoice.sync(body=InvoiceCreate(currency="MXN"), client=api)
    create_income_invoice.sync(body=InvoiceCreate(currency="MXN"), client=api)
    first, second = (json.loads(r.body)["idempotency_key"] for r in server.received)
    assert first != second


def test_an_operation_with_an_idempotency_key_header_gets_one_and_is_retried(server, make_client, call) -> None:
    server.queue(Reply(502, FAILURE), Reply(200, SIGNUP))
    call(create_signup, body=SignupRequest(email="ana@empresa.example.mx", name="Ana"), client=make_client())
    keys = [r.headers["Idempotency-Key"] for r in server.received]
    assert len(keys) == 2 and keys[0] == keys[1] and uuid.UUID(keys[0]).version == 4


def test_a_callers_key_header_is_sent_as_given(server, make_client) -> None:
    server.queue(Reply(200, SIGNUP))
    body = SignupRequest(email="ana@empresa.example.mx", name="Ana")
    create_signup.sync(body=body, client=make_client(), idempotency_key="partner-signup-42")
    assert server.received[0].headers["Idempotency-Key"] == "partner-signup-42"


def test_a_post_that_declares_no_key_is_sent_once_whatever_headers_the_caller_adds(server, make_client, call) -> None:
    server.queue(Reply(502, FAILURE), Reply(201, CREATED))
    api = make_client().with_headers({"Idempotency-Key": "5b0f2f8e-6a8c-4d43-9a43-3f0d1e7c2b11"})
    body = ClientCreate(name="Karla")
    body["idempotency_key"] = "create-karla-2026-01"
    with pytest.raises(errors.InternalServerError):
        call(create_client, body=body, client=api)
    assert len(server.received) == 1


def test_put_and_delete_are_retried(server, make_client) -> None:
    server.queue(
        Reply(500, FAILURE), Reply(200, CREATED), Reply(504, FAILURE), Reply(200, {"message": "Client deleted"})
    )
    api = make_client()
    update_client.sync("client_Ln5sV2kD9wEr", client=api, body=ClientUpdate(phone=None))
    delete_client.sync("client_Ln5sV2kD9wEr", client=api)
    assert [r.method for r in server.received] == ["PUT", "PUT", "DELETE", "DELETE"]


def test_a_connection_reset_is_retried_for_a_get(server, make_client, call) -> None:
    server.queue(Reply(reset=True), Reply(200, PAGE))
    assert call(list_clients, client=make_client()).data == []
    assert len(server.received) == 2


def test_a_connection_reset_without_retries_is_a_connection_error(server, make_client, call) -> None:
    server.queue(Reply(reset=True))
    with pytest.raises(errors.APIConnectionError) as raised:
        call(list_clients, client=make_client(max_retries=0))
    assert not isinstance(raised.value, errors.APITimeoutError)
    assert raised.value.method == "GET" and len(server.received) == 1


def test_a_non_retryable_status_is_not_retried(server, make_client) -> None:
    server.queue(Reply(400, {"message": "Validation failed"}), Reply(200, PAGE))
    with pytest.raises(errors.BadRequestError):
        list_clients.sync(client=make_client())
    assert len(server.received) == 1
