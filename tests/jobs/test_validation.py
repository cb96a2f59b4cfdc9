"""Every kind of bad row is found before anything is sent, named by its line and field."""

import pytest

from gigstack.jobs import InvalidRowsError, JobInputError, issue_invoices
from jobs.conftest import invoice_row, write_jsonl

BAD_ROWS = [
    # (row, code, field, words in the message)
    ("{not json", "invalid_json", None, "not valid JSON"),
    ("[1, 2]", "invalid_json", None, "JSON object"),
    (invoice_row(3, client=None), "missing_client", "client", "client"),
    (invoice_row(4, client={"name": "Sin id"}), "missing_client", "client", "client.search"),
    (invoice_row(5, items=[]), "no_items", "items", "at least one item"),
    (
        invoice_row(6, items=[{"description": "x", "quantity": 0, "unit_price": 1}]),
        "invalid_quantity",
        "items[0].quantity",
        "above 0",
    ),
    (
        invoice_row(7, items=[{"description": "x", "quantity": -2, "unit_price": 1}]),
        "invalid_quantity",
        "items[0].quantity",
        "above 0",
    ),
    (
        invoice_row(8, items=[{"description": "x", "quantity": 1, "unit_price": -5}]),
        "negative_price",
        "items[0].unit_price",
        "negative",
    ),
    (invoice_row(9, payment_form="77"), "unknown_code", "payment_form", "c_FormaPago"),
    (invoice_row(10, payment_method="XYZ"), "unknown_code", "payment_method", "c_MetodoPago"),
    (invoice_row(11, use="P01"), "unknown_code", "use", "c_UsoCFDI"),
    (
        invoice_row(12, client={"search": {"on_key": "tax_id", "on_value": "EKU9003173C9"}, "tax_system": "999"}),
        "unknown_code",
        "client.tax_system",
        "c_RegimenFiscal",
    ),
    (
        invoice_row(13, client={"search": {"on_key": "tax_id", "on_value": "NOT-AN-RFC"}}),
        "invalid_rfc",
        "client.search.on_value",
        "not an RFC",
    ),
    (
        invoice_row(14, client={"id": "client_x", "tax_id": "EKU901332C9X"}),
        "invalid_rfc",
        "client.tax_id",
        "not a date",
    ),
    (invoice_row(1), "duplicate_key", "key", "also the key of line 1"),
    ({k: v for k, v in invoice_row(16).items() if k != "key"}, "missing_key", "key", "unique `key`"),
    (invoice_row(17, key="short"), "invalid_key", "key", "8 to 128"),
    (invoice_row(18, payment_method="PPD"), "invalid_value", "payment_form", "99"),
]


def test_each_bad_row_is_named_by_line_and_field_and_nothing_is_sent(fake, gs, tmp_path) -> None:
    rows = write_jsonl(tmp_path / "rows.jsonl", [invoice_row(1)] + [row for row, *_ in BAD_ROWS])
    with pytest.raises(InvalidRowsError) as raised:
        issue_invoices(gs, rows, journal=tmp_path / "job")
    assert fake.total_requests == 0
    results = {r.line: r for r in raised.value.report.results()}
    assert results[1].status == "issued" or results[1].error["code"] == "not_sent"
    for line, (_, code, field, words) in enumerate(BAD_ROWS, start=2):
        result = results[line]
        assert result.status == "invalid", line
        assert result.error["code"] == code, (line, result.error)
        assert result.error["field"] == field, (line, result.error)
        assert result.error["message"].startswith(f"line {line}: "), result.error
        assert words in result.error["message"], (line, result.error)
    assert "19 rows" in str(raised.value) or "of 19 rows" in str(raised.value)


def test_several_problems_of_one_row_are_all_named(gs, tmp_path) -> None:
    row = invoice_row(1, payment_form="77", items=[{"description": "x", "quantity": 0, "unit_price": -1}])
    with pytest.raises(InvalidRowsError) as raised:
        issue_invoices(gs, write_jsonl(tmp_path / "rows.jsonl", [row]), journal=tmp_path / "job")
    error = next(raised.value.report.results()).error
    assert [p["field"] for p in error["problems"]] == ["items[0].quantity", "items[0].unit_price", "payment_form"]


@pytest.mark.parametrize(
    ("arguments", "words"),
    [
        ({"key_prefix": "bad prefix"}, "key prefix"),
        ({"concurrency": 0}, "concurrency"),
        ({"format": "xlsx"}, ".jsonl or .csv"),
    ],
)
def test_unusable_arguments_raise_before_anything_is_sent(fake, gs, tmp_path, arguments, words) -> None:
    rows = write_jsonl(tmp_path / "rows.jsonl", [invoice_row(1)])
    with pytest.raises(JobInputError, match=words):
        issue_invoices(gs, rows, journal=tmp_path / "job", **arguments)
    assert fake.total_requests == 0


def test_a_missing_file_is_a_clear_error(gs, tmp_path) -> None:
    with pytest.raises(JobInputError, match="no such file"):
        issue_invoices(gs, tmp_path / "missing.jsonl", journal=tmp_path / "job")
