"""Responses from a newer API still parse, and nothing in them is lost: unknown enum values,
unknown fields, nulls in nullable fields, missing optional fields, null list items."""

import copy
import json

import pytest

from gigstack.models import CfdiUse, Client, ClientList, ClientResponse, Error, TaxSystem
from support.fixtures import fixture_named


@pytest.fixture
def client_body() -> dict:
    return copy.deepcopy(fixture_named("getClient", "200_found").response["json"])


def test_unknown_sat_codes_are_kept_raw_and_marked_unknown(client_body: dict) -> None:
    client_body["data"]["tax_system"] = "627"  # a regime the SAT might add
    client_body["data"]["use"] = "P01"  # retired in CFDI 4.0, still seen in old data
    parsed = ClientResponse.from_dict(client_body)
    assert isinstance(parsed.data.tax_system, TaxSystem) and parsed.data.tax_system == "627"
    assert not parsed.data.tax_system.is_known
    assert isinstance(parsed.data.use, CfdiUse) and parsed.data.use == "P01"
    assert parsed.to_dict() == client_body


def test_known_sat_codes_keep_their_members(client_body: dict) -> None:
    parsed = ClientResponse.from_dict(client_body)
    assert parsed.data.tax_system is TaxSystem.GENERAL_LEY_PERSONAS_MORALES
    assert parsed.data.tax_system.is_known
    assert parsed.data.use is CfdiUse.G03


def test_unknown_fields_are_kept_at_every_level(client_body: dict) -> None:
    client_body["request_id"] = "req_4f2a"
    client_body["data"]["document_type"] = "31"  # a Colombia field this spec declares
    client_body["data"]["regimen_simple"] = True  # a field this spec does not know
    client_body["data"]["address"]["municipality_code"] = "015"
    client_body["data"]["efos"]["checked_at"] = 1767225600
    parsed = ClientResponse.from_dict(client_body)
    assert parsed["request_id"] == "req_4f2a"
    assert parsed.data.document_type == "31" and parsed.data["regimen_simple"] is True
    assert parsed.data.address["municipality_code"] == "015"
    assert parsed.to_dict() == client_body


def test_null_in_every_nullable_field_parses(client_body: dict) -> None:
    data = client_body["data"]
    for key in (
        "name",
        "company",
        "legal_name",
        "email",
        "phone",
        "bcc",
        "tax_id",
        "tax_system",
        "use",
        "address",
        "metadata",
        "defaults",
        "is_valid",
        "efos",
        "team",
        "owner",
        "from",
    ):
        data[key] = None
    parsed = ClientResponse.from_dict(client_body)
    assert parsed.data.address is None and parsed.data.tax_system is None and parsed.data.from_ is None
    assert parsed.to_dict() == client_body


def test_missing_optional_fields_read_as_none_and_are_not_invented() -> None:
    body = {"message": "Client retrieved successfully", "data": {"id": "client_Rk2fP9sLm4Qz"}}
    parsed = ClientResponse.from_dict(body)
    assert parsed.data.tax_system is None and parsed.data.created_at is None
    assert parsed.to_dict() == body, "absent stays absent"


def test_a_list_leaves_null_items_out_of_data_but_keeps_them_in_to_dict() -> None:
    body = copy.deepcopy(fixture_named("listClients", "200_next_page_with_null_item").response["json"])
    parsed = ClientList.from_dict(body)
    assert [type(item) for item in parsed.data] == [Client, Client]
    assert None in parsed.to_dict()["data"] and parsed.to_dict() == body


def test_a_list_without_optional_envelope_fields_parses() -> None:
    body = {"data": [{"id": "client_Rk2fP9sLm4Qz"}]}
    parsed = ClientList.from_dict(body)
    assert parsed.has_more is None and parsed.next is None
    assert parsed.to_dict() == body


@pytest.mark.parametrize(
    "body",
    [
        {"message": "Unauthorized", "error": "invalid_api_key"},
        {"error": {"code": "validation_failed", "message": "Invalid", "details": "tax_id is required"}},
        {
            "error": {
                "code": "validation_failed",
                "details": ["tax_id is required", {"field": "zip", "issue": "format"}],
            }
        },
        {"success": False, "message": "Stamping failed", "error": {"code": "sat_rejected"}, "binnacle_id": "9f1c"},
    ],
    ids=["string-code", "object-with-string-details", "object-with-list-details", "success-false-and-extra-field"],
)
def test_every_error_shape_parses_without_loss(body: dict) -> None:
    assert Error.from_dict(json.loads(json.dumps(body))).to_dict() == body
