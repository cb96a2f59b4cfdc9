"""The CSV format: one line per item, consecutive lines with the same key form one invoice."""

import json

import pytest

from gigstack.jobs import InvalidRowsError, JobInputError, issue_invoices

HEADER = "key,client.id,payment_form,payment_method,use,currency,item.description,item.quantity,item.unit_price,item.product_key,item.unit_key,item.taxes,metadata.erp\n"


def test_lines_sharing_a_key_are_one_invoice(fake, gs, tmp_path) -> None:
    rows = tmp_path / "rows.csv"
    rows.write_text(
        HEADER
        + "nomina-2026-11-0001,client_Rk2fP9sLm4Qz,03,PUE,G03,MXN,Consultoría,2,1500.50,80141503,E48,IVA:0.16,42\n"
        + "nomina-2026-11-0001,,,,,,Viáticos,1,300,80141503,E48,IVA:0.16;ISR:0.1:withholding,\n"
        + "nomina-2026-11-0002,client_Rk2fP9sLm4Qz,01,PUE,G03,MXN,Curso,1,800,86101700,E48,,7\n",
        encoding="utf-8",
    )
    report = issue_invoices(gs, rows, journal=tmp_path / "job")
    assert (report.rows, report.issued) == (2, 2)
    assert [r.line for r in report.results()] == [2, 4]
    body = json.loads(fake.by_key["nomina-2026-11-0001"][0])
    assert body["client"] == {"id": "client_Rk2fP9sLm4Qz"} and body["metadata"] == {"erp": "42"}
    assert body["items"] == [
        {"description": "Consultoría", "quantity": 2, "unit_price": 1500.5, "product_key": "80141503", "unit_key": "E48",
         "taxes": [{"type": "IVA", "rate": 0.16}]},
        {"description": "Viáticos", "quantity": 1, "unit_price": 300, "product_key": "80141503", "unit_key": "E48",
         "taxes": [{"type": "IVA", "rate": 0.16}, {"type": "ISR", "rate": 0.1, "withholding": True}]},
    ]  # fmt: skip


def test_a_bad_item_line_is_named_by_its_own_line(fake, gs, tmp_path) -> None:
    rows = tmp_path / "rows.csv"
    rows.write_text(
        HEADER
        + "nomina-2026-11-0001,client_Rk2fP9sLm4Qz,03,PUE,G03,MXN,Consultoría,2,1500,80141503,E48,IVA:0.16,\n"
        + "nomina-2026-11-0001,,,,,,Viáticos,0,300,80141503,E48,,\n"
        + "nomina-2026-11-0001,,01,,,,Otro,1,abc,80141503,E48,,\n",
        encoding="utf-8",
    )
    with pytest.raises(InvalidRowsError) as raised:
        issue_invoices(gs, rows, journal=tmp_path / "job")
    message = next(raised.value.report.results()).error["message"]
    assert "line 4: item.unit_price: 'abc' is not a number" in message
    assert "line 4: payment_form: '01' differs" in message
    assert "line 3: items[1].quantity" in message
    assert fake.total_requests == 0


def test_an_unknown_column_is_refused_at_the_header(gs, tmp_path) -> None:
    rows = tmp_path / "rows.csv"
    rows.write_text("key,paymnet_form,item.quantity\nk-000001,03,1\n", encoding="utf-8")
    with pytest.raises(JobInputError, match="line 1 .*paymnet_form"):
        issue_invoices(gs, rows, journal=tmp_path / "job")


def test_a_key_that_comes_back_after_another_is_a_duplicate_not_a_second_invoice(fake, gs, tmp_path) -> None:
    rows = tmp_path / "rows.csv"
    rows.write_text(
        HEADER
        + "nomina-2026-11-0001,client_Rk2fP9sLm4Qz,03,PUE,G03,MXN,Consultoría,1,100,80141503,E48,,\n"
        + "nomina-2026-11-0002,client_Rk2fP9sLm4Qz,03,PUE,G03,MXN,Curso,1,100,86101700,E48,,\n"
        + "nomina-2026-11-0001,,,,,,Viáticos,1,300,80141503,E48,,\n",
        encoding="utf-8",
    )
    with pytest.raises(InvalidRowsError) as raised:
        issue_invoices(gs, rows, journal=tmp_path / "job")
    invalid = [r for r in raised.value.report.results() if r.status == "invalid"]
    assert [(r.line, r.error["problems"][0]["code"]) for r in invalid] == [(4, "duplicate_key")]
    assert fake.by_key == {}
