"""Per-request options on every resource method (timeout, max_retries, extra_headers, extra_query,
extra_body, team) override the client's settings for that call only; raw responses carry the
status, headers and request id beside the typed result; idempotency keys are the operation's."""

import json
import uuid

import pytest

from gigstack import RawResponse, errors
from gigstack.models import Client
from support.server import Reply

CLIENT = {"message": "Client retrieved successfully", "data": {"id": "client_Rk2fP9sLm4Qz"}}
FAILURE = {"message": "Service unavailable", "error": "unavailable"}
INVOICE = {"message": "Invoice created", "data": {"id": "invoice_Yp4kD8sR2tWu", "uuid": "3B8E2F6A-1C4D-4F7A"}}
INVOICE_ARGS = {
    "client": {"id": "client_Rk2fP9sLm4Qz"},
    "automation_type": "pue_invoice",
    "payment_form": "03",
    "items": [{"description": "Consultoría", "quantity": 1, "unit_price": 1500, "product_key": "80141503"}],
}


def test_a_per_call_timeout_wins_over_the_clients(server, make_gigstack) -> None:
    server.queue(Reply(200, CLIENT, delay=0.6))
    with pytest.raises(errors.APITimeoutError):
        make_gigstack(timeout=5).clients.retrieve("client_1", timeout=0.2, max_retries=0)
    assert len(server.received) == 1


def test_a_per_call_max_retries_wins_over_the_clients(server, make_gigstack) -> None:
    server.queue(Reply(503, FAILURE), Reply(200, CLIENT))
    gs = make_gigstack()
    with pytest.raises(errors.InternalServerError):
        gs.clients.retrieve("client_1", max_retries=0)
    assert len(server.received) == 1
    assert gs.clients.retrieve("client_1").id == "client_Rk2fP9sLm4Qz"


def test_extra_headers_query_and_body_are_sent_with_that_call_only(server, make_gigstack) -> None:
    server.queue(Reply(201, CLIENT), Reply(201, CLIENT))
    gs = make_gigstack()
    gs.clients.create(
        legal_name="KEMPER",
        extra_headers={"X-Trace": "abc"},
        extra_query={"dry_run": "true"},
        extra_body={"new_field": {"x": 1}},
    )
    gs.clients.create(legal_name="KEMPER")
    first, second = server.received
    assert first.headers["X-Trace"] == "abc" and first.query == [("dry_run", "true")]
    assert json.loads(first.body) == {"legal_name": "KEMPER", "new_field": {"x": 1}}
    assert (
        "X-Trace" not in second.headers and second.query == [] and json.loads(second.body) == {"legal_name": "KEMPER"}
    )


def test_a_per_call_team_wins_over_the_default_team(server, make_gigstack) -> None:
    server.queue(Reply(200, CLIENT), Reply(200, CLIENT))
    gs = make_gigstack(team="team_default")
    gs.clients.retrieve("client_1", team="team_3LpXc9VbQ2")
    gs.clients.retrieve("client_1")
    assert [r.query for r in server.received] == [[("team", "team_3LpXc9VbQ2")], [("team", "team_default")]]


def test_raw_response_gives_status_headers_request_id_and_the_parsed_result(server, make_gigstack) -> None:
    server.queue(Reply(201, CLIENT, headers={"X-Request-Id": "req_7Hq2"}))
    raw = make_gigstack().clients.with_raw_response.create(legal_name="KEMPER")
    assert isinstance(raw, RawResponse)
    assert (raw.status_code, raw.request_id, raw.headers["x-request-id"]) == (201, "req_7Hq2", "req_7Hq2")
    assert raw.http_response.request.method == "POST"
    created = raw.parse()
    assert isinstance(created, Client) and created.id == "client_Rk2fP9sLm4Qz"


def test_raw_response_still_raises_typed_errors(server, make_gigstack) -> None:
    server.queue(Reply(404, {"message": "Client not found", "error": "not_found"}, headers={"X-Request-Id": "req_9"}))
    with pytest.raises(errors.NotFoundError) as raised:
        make_gigstack().clients.with_raw_response.retrieve("client_nope")
    assert raised.value.request_id == "req_9"


def test_raw_response_of_a_list_parses_to_a_page(server, make_gigstack) -> None:
    server.queue(Reply(200, {"data": [{"id": "client_1"}], "has_more": False}))
    raw = make_gigstack().clients.with_raw_response.list(limit=1)
    assert raw.status_code == 200 and [c.id for c in raw.parse().data] == ["client_1"]


def test_async_raw_responses(server, make_async_gigstack) -> None:
    import asyncio

    server.queue(Reply(200, CLIENT, headers={"X-Request-Id": "req_a"}), Reply(200, {"data": [], "has_more": False}))

    async def main() -> tuple[str | None, int]:
        async with make_async_gigstack() as ags:
            raw = await ags.clients.with_raw_response.retrieve("client_1")
            pages = await ags.clients.with_raw_response.list()
            return raw.request_id, len(pages.parse().data)

    assert asyncio.run(main()) == ("req_a", 0)


def test_issuing_an_invoice_is_retried_with_one_generated_key(server, make_gigstack) -> None:
    server.queue(Reply(502, FAILURE), Reply(reset=True), Reply(201, INVOICE))
    invoice = make_gigstack().invoices.income.create(**INVOICE_ARGS)
    assert invoice.id == "invoice_Yp4kD8sR2tWu"
    bodies = [json.loads(r.body) for r in server.received]
    keys = {body.pop("idempotency_key") for body in bodies}
    assert len(server.received) == 3 and len(keys) == 1 and uuid.UUID(keys.pop()).version == 4
    assert bodies[0] == bodies[1] == bodies[2]


def test_a_callers_idempotency_key_is_sent_as_given(server, make_gigstack) -> None:
    server.queue(Reply(201, INVOICE))
    make_gigstack().invoices.income.create(**INVOICE_ARGS, idempotency_key="inv-kemper-2026-01")
    assert json.loads(server.received[0].body)["idempotency_key"] == "inv-kemper-2026-01"


def test_a_post_that_declares_no_key_is_sent_once_even_with_a_callers_key_header(server, make_gigstack) -> None:
    server.queue(Reply(503, FAILURE), Reply(201, CLIENT))
    with pytest.raises(errors.InternalServerError):
        make_gigstack().clients.create(legal_name="KEMPER", extra_headers={"Idempotency-Key": str(uuid.uuid4())})
    assert len(server.received) == 1


def test_errors_say_why_with_details_code_and_request_id(server, make_gigstack) -> None:
    body = {
        "message": "The request is not valid",
        "error": {
            "code": "validation_failed",
            "details": ["payment_form must be 99 (Por definir) when payment_method is PPD"],
        },
    }
    server.queue(Reply(400, body, headers={"X-Request-Id": "req_3kP9"}))
    with pytest.raises(errors.BadRequestError) as raised:
        make_gigstack().invoices.income.create(**INVOICE_ARGS)
    error = raised.value
    text = str(error)
    assert "payment_form must be 99 (Por definir)" in text and "[validation_failed]" in text
    assert "req_3kP9" in text and error.request_id == "req_3kP9"
    assert error.code == "validation_failed" and error.details == body["error"]["details"]


def test_long_details_are_shortened_in_the_message_but_kept_whole(server, make_gigstack) -> None:
    details = [{"field": f"items.{i}.product_key", "issue": "not in c_ClaveProdServ"} for i in range(40)]
    server.queue(Reply(422, {"message": "Rejected", "error": {"code": "sat_rejected", "details": details}}))
    with pytest.raises(errors.UnprocessableEntityError) as raised:
        make_gigstack().clients.retrieve("client_1")
    assert len(str(raised.value)) < 500 and "…" in str(raised.value)
    assert raised.value.details == details
