"""A value of another type than the spec declares never makes a page, a list or a parent object
unreadable: the odd field alone raises ResponseValidationError when read (naming the model, the
field, what was expected and what came), every other field and item reads as usual, and to_dict()
gives back exactly what the server sent. Bodies that are not the documented envelope still fail."""

import asyncio
import copy
import json
import pickle

import pytest

from gigstack import errors
from gigstack._models import to_wire
from gigstack.models import Client, ClientList, Error, ErrorDetail, Invoice, TaxSystem, Webhook
from support.server import Reply

GOOD = {"id": "client_1", "legal_name": "KEMPER", "tax_system": "601", "address": {"zip": "06600"}}
ODD_ADDRESS = {"id": "client_2", "legal_name": "ACME", "address": "Calle 1"}
PAGE = {"data": [ODD_ADDRESS, GOOD, "client_3", None, {"id": "client_4"}], "has_more": False}


def odd_read(read: object) -> errors.ResponseValidationError:
    """The error a read raises (the read is passed as a lambda)."""
    assert callable(read)
    with pytest.raises(errors.ResponseValidationError) as raised:
        read()
    return raised.value


def test_an_odd_field_raises_alone_naming_model_field_expected_and_actual() -> None:
    client = Client.from_dict(copy.deepcopy(ODD_ADDRESS))
    error = odd_read(lambda: client.address)
    assert (error.model, error.field, error.expected, error.actual) == (
        "Client",
        "address",
        "an object (Address)",
        "string",
    )
    assert str(error).startswith("Client.address: expected an object (Address), got string")
    assert isinstance(error, errors.GigstackError)
    assert (client.id, client.legal_name) == ("client_2", "ACME")
    assert client.to_dict() == ODD_ADDRESS and client["address"] == "Calle 1"
    assert "Calle 1" in repr(client)


def test_a_page_with_one_odd_item_among_good_ones_reads_every_item() -> None:
    page = ClientList.from_dict(copy.deepcopy(PAGE))
    first, second, third, fourth = page.data  # the null item is left out, as before
    assert all(isinstance(item, Client) for item in (first, second, third, fourth))
    assert (second.id, second.tax_system, second.address and second.address.zip) == (
        "client_1",
        TaxSystem("601"),
        "06600",
    )
    assert first.legal_name == "ACME" and fourth.id == "client_4"
    error = odd_read(lambda: third.id)
    assert (error.model, error.field, error.expected, error.actual) == (
        "ClientList",
        "data[2]",
        "an object (Client)",
        "string",
    )
    odd_read(lambda: third.legal_name)
    odd_read(lambda: third["id"])
    assert third.to_dict() == "client_3" and json.loads(third.to_json()) == "client_3"
    assert "id" not in third and repr(third) == "Client(<not an object: string>)"
    assert page.to_dict() == PAGE


def test_a_view_of_an_odd_item_copies_pickles_and_sends_back_what_came() -> None:
    item = ClientList.from_dict({"data": [["a", 1]]}).data[0]
    for again in (copy.copy(item), copy.deepcopy(item), pickle.loads(pickle.dumps(item))):
        assert again.to_dict() == ["a", 1]
        odd_read(lambda again=again: again.id)
    assert to_wire(item) == ["a", 1]


def test_a_list_field_with_one_odd_element_keeps_the_others() -> None:
    invoice = Invoice.from_dict({"uuid": "u", "items": [{"description": "Consultoría", "quantity": 1}, 7]})
    good, odd = invoice.items or []
    assert good.description == "Consultoría"
    assert odd_read(lambda: odd.description).field == "items[1]"
    assert invoice.to_dict()["items"][1] == 7


def test_a_list_field_that_is_not_a_list_raises_alone() -> None:
    invoice = Invoice.from_dict({"uuid": "u", "items": "none", "total": 10})
    assert odd_read(lambda: invoice.items).expected == "a list of objects (Item)"
    assert invoice.total == 10


def test_nested_objects_are_lenient_at_every_depth() -> None:
    invoice = Invoice.from_dict({"uuid": "u", "stamp": {"stamp_at": "yesterday", "uuid": "x"}, "client": 5})
    assert invoice.stamp is not None and invoice.stamp.to_dict()["uuid"] == "x"
    assert odd_read(lambda: invoice.stamp and invoice.stamp.stamp_at_datetime).actual == "string"
    assert odd_read(lambda: invoice.client).field == "client"


def test_an_item_missing_a_field_the_api_always_sends_is_read_but_that_field_raises() -> None:
    item = ClientList.from_dict({"data": [{"legal_name": "sin id"}]}).data[0]
    assert item.legal_name == "sin id"
    error = odd_read(lambda: item.id)
    assert (error.field, error.actual) == ("id", "missing") and "it is missing" in str(error)


def test_codes_of_the_wrong_json_type_raise_alone_and_unknown_codes_are_kept() -> None:
    client = Client.from_dict({"id": "c", "tax_system": 601, "use": "Z99", "legal_name": "KEMPER"})
    error = odd_read(lambda: client.tax_system)
    assert (error.expected, error.actual) == ("a code (TaxSystem)", "number")
    assert client.use is not None and not client.use.is_known and client.legal_name == "KEMPER"
    webhook = Webhook.from_dict({"id": "w", "url": "https://example.mx/hook", "events": ["invoice.created", 5]})
    assert odd_read(lambda: webhook.events).field == "events[1]"
    assert webhook.url == "https://example.mx/hook"


def test_a_union_takes_the_first_alternative_that_fits_else_the_value_as_received() -> None:
    assert isinstance(Error.from_dict({"error": {"code": "x", "message": "m"}}).error, ErrorDetail)
    assert Error.from_dict({"error": "csd_expired"}).error == "csd_expired"
    assert Error.from_dict({"error": 42}).error == 42


def test_plain_json_values_are_returned_as_received() -> None:
    client = Client.from_dict({"id": "c", "legal_name": 42, "is_valid": "yes"})
    assert (client.legal_name, client.is_valid) == (42, "yes")


@pytest.mark.parametrize("body", [{"data": "client_1"}, {"data": {"id": "c"}}, {"has_more": False}])
def test_a_body_that_is_not_the_documented_envelope_is_still_refused(body) -> None:
    with pytest.raises((TypeError, KeyError)):
        ClientList.from_dict(body)
    with pytest.raises(TypeError):
        ClientList.from_dict(["client_1"])  # type: ignore[arg-type]


def test_the_resource_client_lists_a_page_with_one_odd_item(server, make_gigstack) -> None:
    server.queue(Reply(200, PAGE))
    with make_gigstack() as gs:
        page = gs.clients.list()
        items = list(page)
        assert page.envelope.to_dict() == PAGE
    assert [item.to_dict() for item in items] == [ODD_ADDRESS, GOOD, "client_3", {"id": "client_4"}]
    assert [item.legal_name for item in items[:2]] == ["ACME", "KEMPER"]
    odd_read(lambda: items[0].address)
    odd_read(lambda: items[2].id)


def test_the_async_resource_client_lists_a_page_with_one_odd_item(server, make_async_gigstack) -> None:
    server.queue(Reply(200, PAGE), Reply(200, PAGE))

    async def main() -> tuple[list[Client], list[Client]]:
        async with make_async_gigstack() as ags:
            first = await ags.clients.list()
            walked = [item async for item in ags.clients.list()]
            return first.data, walked

    first, walked = asyncio.run(main())
    for items in (first, walked):
        assert [item.to_dict() for item in items] == [ODD_ADDRESS, GOOD, "client_3", {"id": "client_4"}]
        assert items[1].address is not None and items[1].address.zip == "06600"
        odd_read(lambda items=items: items[2].legal_name)


def test_a_retrieved_object_with_an_odd_field_is_returned(server, make_gigstack) -> None:
    server.queue(Reply(200, {"message": "ok", "data": ODD_ADDRESS}))
    with make_gigstack() as gs:
        client = gs.clients.retrieve("client_2")
    assert client.legal_name == "ACME" and client.to_dict() == ODD_ADDRESS
    odd_read(lambda: client.address)


def test_a_code_a_closed_enum_refuses_raises_alone() -> None:
    import enum

    class Direction(enum.Enum):  # the generated enums are open; a closed one refuses unknown codes
        ISSUED = "issued"

    client = Client.from_dict({"id": "c", "use": "received"})
    assert odd_read(lambda: client._enum("use", Direction)).expected == "a code (Direction)"
    assert client.id == "c"
