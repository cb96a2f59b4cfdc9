"""`webhooks.parse` turns a delivery into its typed event (a generic one for an unknown name) or a
WebhookPayloadError; `invoices.download` fetches an invoice's PDF or XML from its signed link with
the client's timeouts and retries, over https only, without ever sending the API key there."""

import asyncio
import json
import logging

import pytest

from gigstack import errors, webhooks
from runtime.conftest import TOKEN
from support.server import Reply

STAMPED = {
    "id": "evt_abc123xyz",
    "event": "invoice.stamped",
    "timestamp": "2026-01-15T10:30:00Z",
    "data": {"id": "invoice_Yp4kD8sR2tWu", "uuid": "5fb2822e-396d-4725-8521-cdc4bdd20ccf", "total": 17400},
}
PDF = b"%PDF-1.7\n%\xe2\xe3\xcf\xd3 gigstack test pdf\n%%EOF\n"


@pytest.mark.parametrize("as_text", [False, True])
def test_a_known_event_parses_to_its_model(as_text: bool) -> None:
    body = json.dumps(STAMPED)
    event = webhooks.parse(body if as_text else body.encode())
    assert isinstance(event, webhooks.WebhookInvoiceStampedEvent)
    assert event.event == "invoice.stamped" and event.data.uuid == "5fb2822e-396d-4725-8521-cdc4bdd20ccf"
    assert event.to_dict() == STAMPED


def test_payment_and_customer_events_get_their_models() -> None:
    payment = webhooks.parse(json.dumps({"event": "payment.succeeded", "data": {"id": "payment_1", "amount": 1}}))
    customer = webhooks.parse(json.dumps({"event": "customer.created", "data": {"id": "client_1"}}))
    assert isinstance(payment, webhooks.WebhookPaymentEvent) and isinstance(customer, webhooks.WebhookCustomerEvent)


def test_an_unknown_event_is_kept_as_a_generic_event() -> None:
    body = {"event": "invoice.teleported", "data": {"id": "invoice_1", "new_field": 1}}
    event = webhooks.parse(json.dumps(body))
    assert type(event) is webhooks.WebhookEvent
    assert event.event == "invoice.teleported" and not event.event.is_known
    assert event.to_dict() == body


@pytest.mark.parametrize(
    "body",
    [
        b"",
        b"not json",
        b"\xff\xfe",
        b"[1, 2]",
        b'"invoice.stamped"',
        b'{"data": {}}',
        b'{"event": "", "data": {}}',
        b'{"event": 42, "data": {}}',
        b'{"event": "invoice.stamped"}',
        b'{"event": "invoice.stamped", "data": "x"}',
        b"[" * 100000,
    ],
    ids=[
        "empty",
        "not-json",
        "not-utf8",
        "array",
        "string",
        "no-event",
        "blank-event",
        "number-event",
        "no-data",
        "data-not-object",
        "deep",
    ],
)
def test_a_malformed_body_is_a_webhook_payload_error(body: bytes) -> None:
    with pytest.raises(errors.WebhookPayloadError) as raised:
        webhooks.parse(body)
    assert isinstance(raised.value, ValueError) and isinstance(raised.value, errors.GigstackError)


def test_verify_runs_before_parsing_and_can_refuse() -> None:
    seen = []

    def verify(raw: bytes, headers: object) -> None:
        seen.append((raw, headers))
        raise errors.WebhookPayloadError("bad signature")

    with pytest.raises(errors.WebhookPayloadError, match="bad signature"):
        webhooks.parse(json.dumps(STAMPED), headers={"X-Sig": "1"}, verify=verify)
    assert seen == [(json.dumps(STAMPED).encode(), {"X-Sig": "1"})]


def links(server, *, pdf: str | None = "/files/a.pdf?token=s3cr3t", xml: str | None = None) -> Reply:
    host = server.base_url.rsplit("/v2", 1)[0]
    data = {"pdf": host + pdf if pdf else None, "xml": host + xml if xml else None}
    return Reply(200, {"message": "Invoice files retrieved successfully", "data": data})


def test_download_fetches_the_pdf_without_the_api_key(server, make_gigstack, caplog) -> None:
    caplog.set_level(logging.DEBUG, logger="gigstack")
    server.queue(links(server), Reply(200, body=PDF, headers={"Content-Type": "application/pdf"}))
    pdf = make_gigstack(team="team_8HqYv3NcW1").invoices.download("5fb2822e-396d-4725-8521-cdc4bdd20ccf")
    assert pdf == PDF
    api_request, file_request = server.received
    assert api_request.query == [("file_type", "pdf"), ("team", "team_8HqYv3NcW1")]
    assert file_request.path == "/files/a.pdf" and file_request.query == [("token", "s3cr3t")]
    assert not any(TOKEN in value for value in file_request.headers.values())
    assert "Authorization" not in file_request.headers
    assert "s3cr3t" not in caplog.text and "/files/a.pdf" in caplog.text


def test_download_of_the_xml_and_async(server, make_async_gigstack) -> None:
    xml = b'<?xml version="1.0"?><cfdi:Comprobante Version="4.0"/>'
    server.queue(links(server, pdf=None, xml="/files/a.xml?sig=1"), Reply(200, body=xml))

    async def main() -> bytes:
        async with make_async_gigstack() as ags:
            return await ags.invoices.download("5fb2822e", format="xml")

    assert asyncio.run(main()) == xml
    assert server.received[0].query == [("file_type", "xml")]


def test_download_retries_the_file_host_like_the_api(server, make_gigstack) -> None:
    server.queue(links(server), Reply(503, body=b"busy"), Reply(200, body=PDF))
    assert make_gigstack().invoices.download("5fb2822e") == PDF
    assert len(server.received) == 3


def test_a_link_not_yet_generated_is_a_clear_error(server, make_gigstack) -> None:
    server.queue(links(server, pdf=None))
    with pytest.raises(errors.InvalidResponseError, match="no pdf link"):
        make_gigstack().invoices.download("5fb2822e")
    assert len(server.received) == 1


def test_a_plain_http_link_to_another_host_is_refused(server, make_gigstack) -> None:
    server.queue(Reply(200, {"data": {"pdf": "http://files.example.mx/a.pdf?token=s3cr3t"}}))
    with pytest.raises(errors.InvalidResponseError, match="not https") as raised:
        make_gigstack().invoices.download("5fb2822e")
    assert "s3cr3t" not in str(raised.value) and len(server.received) == 1


def test_an_expired_link_raises_without_showing_the_signature(server, make_gigstack) -> None:
    server.queue(links(server), Reply(403, body=b"<Error>AccessDenied</Error>", headers={"Content-Type": "text/xml"}))
    with pytest.raises(errors.APIStatusError) as raised:
        make_gigstack().invoices.download("5fb2822e")
    assert raised.value.status_code == 403 and "s3cr3t" not in str(raised.value)


def test_a_bad_format_is_refused_before_any_request(server, make_gigstack) -> None:
    with pytest.raises(errors.ArgumentError, match="format"):
        make_gigstack().invoices.download("5fb2822e", format="zip")  # type: ignore[arg-type]
    assert server.received == []


def test_a_draft_preview_is_a_file_named_by_the_response(server, make_gigstack) -> None:
    headers = {"Content-Type": "application/pdf", "Content-Disposition": 'attachment; filename="draft_1.pdf"'}
    server.queue(Reply(200, body=PDF, headers=headers))
    preview = make_gigstack().invoices.drafts.preview_pdf("draft_1")
    assert (preview.mime_type, preview.file_name, preview.payload.read()) == ("application/pdf", "draft_1.pdf", PDF)
