"""Models users can read: fields read as `X | None` (missing and null alike), ids always present,
lists without null items, a short repr without secrets, timestamps as aware datetimes, and
to_dict() exactly as the server sent it. Request bodies send only what the caller passed."""

import datetime
import json

import pytest

from gigstack.models import (
    Client,
    ClientCreate,
    ClientList,
    ClientResponse,
    DraftInvoice,
    Invoice,
    InvoiceFileLinks,
    TaxSystem,
)
from gigstack.types import UNSET
from support.server import Reply

SIGNED = "https://storage.gigstack.example/invoices/a.pdf?X-Goog-Signature=s3cr3t-signature"


def test_missing_and_null_fields_both_read_as_none_and_round_trip_unchanged() -> None:
    body = {"id": "client_1", "legal_name": None, "extra": {"kept": True}}
    client = Client.from_dict(body)
    assert client.legal_name is None and client.email is None and client.address is None
    assert client.to_dict() == body and "email" not in client.to_dict()
    assert client.additional_properties == {"extra": {"kept": True}} and client["extra"] == {"kept": True}


def test_a_field_the_api_always_sends_is_typed_without_none() -> None:
    import typing

    assert typing.get_type_hints(Client.id.fget)["return"] is str  # type: ignore[attr-defined]
    assert "None" in str(typing.get_type_hints(Client.legal_name.fget)["return"])  # type: ignore[attr-defined]


def test_list_items_are_items_and_never_none() -> None:
    body = {"data": [{"id": "client_1"}, None, {"id": "client_2"}], "has_more": False}
    page = ClientList.from_dict(body)
    assert [c.id for c in page.data] == ["client_1", "client_2"]
    assert page.to_dict() == body, "the exact body (with its null) stays reachable"


def test_codes_read_as_open_enums() -> None:
    client = Client.from_dict({"id": "c", "tax_system": "601", "use": "G99"})
    assert client.tax_system is TaxSystem.GENERAL_LEY_PERSONAS_MORALES
    assert client.use is not None and client.use == "G99" and not client.use.is_known


def test_the_repr_shows_only_what_is_present_and_is_short() -> None:
    client = Client.from_dict({"id": "client_1", "legal_name": "KEMPER", "address": {"zip": "44100"}})
    text = repr(client)
    assert text == "Client(id='client_1', legal_name='KEMPER', address=Address(zip='44100'))"
    assert "Unset" not in repr(Client(id="x")) and "object at 0x" not in repr(Client(id="x"))
    assert repr(UNSET) == "UNSET"


def test_the_repr_of_a_long_invoice_stays_readable() -> None:
    items = [{"description": f"Item {i}", "quantity": 1, "unit_price": 10} for i in range(40)]
    invoice = Invoice.from_dict({"uuid": "5fb2822e", "items": items, "total": 400})
    assert "... 30 more" in repr(invoice) and len(repr(invoice)) < 1600


def test_signed_links_and_passwords_stay_out_of_the_repr_but_not_out_of_to_dict() -> None:
    links = InvoiceFileLinks.from_dict({"pdf": SIGNED, "xml": SIGNED})
    for text in (repr(links), str(links)):
        assert "s3cr3t" not in text and "storage.gigstack" not in text
    assert links.pdf == SIGNED and links.to_dict()["pdf"] == SIGNED


def test_timestamps_read_as_aware_datetimes_whatever_their_unit() -> None:
    invoice = Invoice.from_dict({"uuid": "u", "created_at": 1768435200, "date": 1768435200000})
    expected = datetime.datetime(2026, 1, 15, tzinfo=datetime.UTC)
    assert invoice.created_at_datetime == expected and invoice.date_datetime == expected
    draft = DraftInvoice.from_dict({"id": "draft_1", "created_at": 1768435200000})
    assert draft.created_at_datetime == expected and draft.created_at == 1768435200000
    assert Invoice.from_dict({"uuid": "u"}).created_at_datetime is None


def test_a_request_body_sends_only_what_was_passed_and_none_as_null() -> None:
    body = ClientCreate(legal_name="KEMPER", phone=None)
    assert body.to_dict() == {"legal_name": "KEMPER", "phone": None}
    body.email = "facturacion@kemper.example.mx"
    body.phone = UNSET
    assert body.to_dict() == {"legal_name": "KEMPER", "email": "facturacion@kemper.example.mx"}


def test_from_dict_and_to_dict_are_inverse_and_json_safe() -> None:
    body = {"message": "ok", "data": {"id": "client_1", "address": {"zip": "44100"}, "metadata": {"erp": 42}}}
    parsed = ClientResponse.from_dict(json.loads(json.dumps(body)))
    assert parsed.to_dict() == body and json.loads(parsed.to_json()) == body
    assert parsed == ClientResponse.from_dict(body)


def test_a_nested_field_of_the_wrong_shape_is_a_clear_error_on_read() -> None:
    from gigstack.errors import ResponseValidationError

    client = Client.from_dict({"id": "c", "address": "44100"})
    with pytest.raises(ResponseValidationError):
        _ = client.address
    invoice = Invoice.from_dict({"uuid": "u", "stamp": {"stamp_at": "yesterday"}})
    with pytest.raises(ResponseValidationError):
        _ = invoice.stamp.stamp_at_datetime if invoice.stamp else None


def test_reading_optional_fields_as_a_careful_user_does(server, make_gigstack) -> None:
    server.queue(Reply(200, {"message": "ok", "data": {"id": "client_1", "legal_name": "kemper", "address": None}}))
    client = make_gigstack().clients.retrieve("client_1")
    name = client.legal_name.upper() if client.legal_name is not None else "-"
    zip_code = client.address.zip if client.address is not None else None
    assert (name, zip_code) == ("KEMPER", None)
