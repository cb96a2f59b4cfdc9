"""Payments and receipts as the API really sends them: Stripe payments without totals, both
receipt naming styles, vocabularies newer than ours, and the bodies that may be left out."""

import copy

from gigstack.api.payments import refund_payment
from gigstack.api.receipts import stamp_receipt
from gigstack.models import AutomationType, PaymentResponse, PaymentStatus, ReceiptResponse, ReceiptStatus
from support.fixtures import fixture_named
from support.replay import RecordingTransport


def test_a_stripe_payment_without_totals_parses_and_keeps_its_amount_in_centavos() -> None:
    body = copy.deepcopy(fixture_named("getPayment", "200_stripe_without_totals").response["json"])
    parsed = PaymentResponse.from_dict(body)
    assert parsed.data.total is None and parsed.data.subtotal is None
    assert "total" not in parsed.to_dict()["data"]
    assert parsed.data.amount == 197200
    items = parsed.data.items
    assert isinstance(items, list)
    assert round(sum(i.quantity * i.unit_price for i in items) * 1.16, 2) == parsed.data.amount / 100
    assert parsed.to_dict() == body


def test_registered_payment_amounts_add_up() -> None:
    data = PaymentResponse.from_dict(fixture_named("registerPayment", "201_transfer_invoiced").response["json"]).data
    assert (data.subtotal, data.taxes, data.total) == (15000.0, 2400.0, 17400.0)
    assert data.subtotal + data.taxes - data.discount == data.total
    assert data.automation_type is AutomationType.PUE_INVOICE and data.invoices == ["invoice_Yp4kD8sR2tWu"]


def test_both_receipt_naming_styles_parse_without_loss() -> None:
    body = copy.deepcopy(fixture_named("getReceipt", "200_found").response["json"])
    body["data"]["created_at"] = body["data"]["created"]
    body["data"]["valid_until"] = body["data"]["validUntil"]
    parsed = ReceiptResponse.from_dict(body)
    assert parsed.data.validUntil == 1772323200  # the documented camelCase `validUntil`
    assert parsed.data.valid_until == 1772323200  # the snake_case spelling of persisted receipts
    assert parsed.data.created_at == parsed.data.created == 1769904000
    assert parsed.to_dict() == body


def test_newer_vocabularies_are_kept_raw() -> None:
    payment = copy.deepcopy(fixture_named("getPayment", "200_found").response["json"])
    payment["data"]["automation_type"] = "stamp_invoice"  # gigstack-cli's name before pue_invoice
    payment["data"]["status"] = "partially_refunded"
    parsed = PaymentResponse.from_dict(payment)
    assert parsed.data.automation_type == "stamp_invoice" and not parsed.data.automation_type.is_known
    assert isinstance(parsed.data.status, PaymentStatus) and not parsed.data.status.is_known
    assert parsed.to_dict() == payment

    receipt = copy.deepcopy(fixture_named("getReceipt", "200_found").response["json"])
    receipt["data"]["status"] = "canceled"
    assert ReceiptResponse.from_dict(receipt).data.status is ReceiptStatus.CANCELED


def test_refund_and_stamp_may_be_sent_without_a_body() -> None:
    for module, fixture, path in (
        (refund_payment, fixture_named("refundPayment", "200_full_through_stripe"), "payment_Sx2dC4vB6nMq"),
        (stamp_receipt, fixture_named("stampReceipt", "200_to_general_public"), "receipt_Pq3wE5rT7yUi"),
    ):
        transport = RecordingTransport(fixture)
        module.sync(path, client=transport.client())
        (request,) = transport.requests
        assert request.method == "POST" and request.content == b""
