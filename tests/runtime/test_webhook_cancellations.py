"""Both spellings of a cancellation parse to the typed event, whose data reads the invoice's
fiscal folio; a payment event that is not money received still says which one it is."""

import json

import pytest

from gigstack import webhooks

SECRET = "whsec_ZXhhbXBsZSBzZWNyZXQ="


@pytest.mark.parametrize("name", ["invoice.canceled", "invoice.cancelled"])
def test_an_invoice_cancellation_is_typed_under_either_spelling(name) -> None:
    body = json.dumps({"event": name, "data": {"uuid": "5FB2822E", "invoice_id": "invoice_1", "extra": 1}}).encode()
    event = webhooks.unwrap(body, webhooks.signature_headers(body, secret=SECRET), secret=SECRET)
    assert isinstance(event, webhooks.WebhookInvoiceCanceledEvent)
    assert (event.event, event.data.uuid, event.data.invoice_id) == (name, "5FB2822E", "invoice_1")
    assert event.to_dict()["data"]["extra"] == 1


def test_a_failed_payment_is_a_payment_event_that_names_itself() -> None:
    event = webhooks.parse(b'{"event": "payment.failed", "data": {"id": "payment_1"}}')
    assert isinstance(event, webhooks.WebhookPaymentEvent) and event.event == "payment.failed"
