"""Retries: connection errors, 408, 429, 500, 502, 503 and 504 are retried with backoff, honouring
Retry-After, but only for requests safe to repeat. The server counts the attempts."""

import time

import pytest

from gigstack import errors
from gigstack.api.clients import create_client, delete_client, list_clients, update_client
from gigstack.models import ClientCreate, ClientUpdate
from support.server import Reply

PAGE = {"message": "Clients retrieved successfully", "data": [], "has_more": False}
CREATED = {"message": "Client created successfully", "data": {"id": "client_Ln5sV2kD9wEr"}}
FAILURE = {"message": "Service unavailable", "error": "unavailable"}


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


def test_a_post_with_an_idempotency_key_in_the_body_is_retried(server, make_client, call) -> None:
    server.queue(Reply(503, FAILURE), Reply(201, CREATED))
    body = ClientCreate(name="Karla")
    body["idempotency_key"] = "create-karla-2026-01"
    assert call(create_client, body=body, client=make_client()).data.id == "client_Ln5sV2kD9wEr"
    assert len(server.received) == 2
    assert server.received[0].body == server.received[1].body


def test_a_post_with_an_idempotency_key_header_is_retried(server, make_client, call) -> None:
    server.queue(Reply(502, FAILURE), Reply(201, CREATED))
    api = make_client().with_headers({"Idempotency-Key": "5b0f2f8e-6a8c-4d43-9a43-3f0d1e7c2b11"})
    call(create_client, body=ClientCreate(name="Karla"), client=api)
    assert len(server.received) == 2


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
