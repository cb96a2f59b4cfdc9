"""Files as Excel and careless hands make them: Windows-1252 CSV, codes that lost their leading
zeros, a comma in an unquoted cell, an unclosed quote, trailing empty columns, values no request
can carry. Each is refused by line (or read right), never a traceback, never a row silently lost."""

import csv
import json

import pytest

from gigstack.jobs import InvalidRowsError, JobInputError, invoice_totals, issue_invoices
from jobs.conftest import invoice_row, write_jsonl
from jobs.test_cli import run

HEADER = "key,client.id,payment_form,payment_method,use,item.description,item.quantity,item.unit_price,item.product_key,item.unit_key,item.taxes\n"
LINE = "sub-{n:04d},client_Rk2fP9sLm4Qz,03,PUE,G03,{what},1,1000,81112106,E48,IVA:0.16\n"


def messages(raised: pytest.ExceptionInfo[InvalidRowsError]) -> str:
    return " | ".join(str(r.error["message"]) for r in raised.value.report.results() if r.error)


def test_a_windows_1252_file_is_refused_by_name_and_read_with_its_encoding(fake, gs, tmp_path) -> None:
    rows = tmp_path / "excel.csv"
    rows.write_bytes((HEADER + LINE.format(n=1, what="Suscripción año")).encode("cp1252"))
    with pytest.raises(JobInputError, match=r"Windows-1252.*encoding='cp1252'.*--encoding cp1252"):
        issue_invoices(gs, rows, journal=tmp_path / "refused")
    assert fake.total_requests == 0
    report = issue_invoices(gs, rows, journal=tmp_path / "job", encoding="cp1252")
    assert report.issued == 1
    assert json.loads(fake.by_key["sub-0001"][0])["items"][0]["description"] == "Suscripción año"
    with pytest.raises(JobInputError, match="not an encoding"):
        issue_invoices(gs, rows, journal=tmp_path / "other", encoding="klingon")


def test_the_command_reads_cp1252_and_its_dry_run_shows_the_totals(tmp_path) -> None:
    rows = tmp_path / "excel.csv"
    text = (
        HEADER
        + LINE.format(n=1, what="Suscripción")
        + "sub-0001,,,,,Usuarios,2,250,81112106,E48,IVA:0.16;ISR:0.10:withholding\n"
    )
    rows.write_bytes(text.encode("cp1252"))
    refused = run(None, "invoices", "issue", str(rows), "--job", str(tmp_path / "j"), "--dry-run")
    assert refused.returncode == 2 and "--encoding cp1252" in refused.stderr and "Traceback" not in refused.stderr
    shown = run(None, "invoices", "issue", str(rows), "--job", str(tmp_path / "j"), "--dry-run", "--encoding", "cp1252")
    assert shown.returncode == 0, shown.stderr
    (line,) = [json.loads(text) for text in shown.stdout.splitlines()]
    assert line["body"]["items"][0]["description"] == "Suscripción"
    # 1000 + 2 x 250 = 1500; IVA 16 % of all of it, 240; ISR withheld 10 % of 500, 50.
    assert line["totals"] == {"subtotal": 1500.0, "discount": 0.0, "taxes": 190.0, "total": 1690.0}


def test_a_code_that_lost_its_leading_zero_is_refused_with_what_it_probably_was(fake, gs, tmp_path) -> None:
    client = {"search": {"on_key": "tax_id", "on_value": "EKU9003173C9"}, "address": {"zip": "4410"}}
    rows = write_jsonl(tmp_path / "rows.jsonl", [invoice_row(1, payment_form="3", client=client)])
    with pytest.raises(InvalidRowsError) as raised:
        issue_invoices(gs, rows, journal=tmp_path / "job")
    text = messages(raised)
    assert "'3' is not a SAT c_FormaPago code: did you mean '03'? Excel drops leading zeros" in text
    assert "'4410' is not a 5-digit postal code: did you mean '04410'?" in text
    assert fake.total_requests == 0


def test_an_unquoted_comma_and_an_unclosed_quote_are_refused_by_line(fake, gs, tmp_path) -> None:
    rows = tmp_path / "rows.csv"
    rows.write_text(
        HEADER
        + LINE.format(n=1, what="Plan Pro")
        + LINE.format(n=2, what="Plan Pro").replace("IVA:0.16", "IVA:0.16,extra")
        + LINE.format(n=3, what='"Plan, anual')  # the quote never closes: lines 5 and 6 would vanish
        + LINE.format(n=4, what="Plan Pro")
        + LINE.format(n=5, what="Plan Pro"),
        encoding="utf-8",
    )
    with pytest.raises(InvalidRowsError) as raised:
        issue_invoices(gs, rows, journal=tmp_path / "job")
    text = messages(raised)
    assert "line 3: 12 cells, but the header has 11 columns" in text
    assert "line 4: a quote opened on line 4 closes only on line 6 (or never), taking in lines 5 to 6" in text
    assert raised.value.report.rows == 3 and fake.total_requests == 0  # lines 2, 3 and 4: none dropped silently


def test_trailing_empty_columns_from_excel_are_not_a_duplicate(fake, gs, tmp_path) -> None:
    rows = tmp_path / "rows.csv"
    rows.write_text(
        HEADER.rstrip("\n") + ",,,\n" + LINE.format(n=1, what="Plan").rstrip("\n") + ",,,\n", encoding="utf-8"
    )
    assert issue_invoices(gs, rows, journal=tmp_path / "job").issued == 1


def test_values_no_request_can_carry_make_their_row_invalid(fake, gs, tmp_path) -> None:
    rows = write_jsonl(
        tmp_path / "rows.jsonl",
        [
            invoice_row(1, folio_number=int("9" * 400)),
            '{"key": "nomina-2026-11-0002", "client": {"id": "c"}, "items": [{"description": "\\ud800"}]}',
            invoice_row(3),
        ],
    )
    with pytest.raises(InvalidRowsError) as raised:
        issue_invoices(gs, rows, journal=tmp_path / "job")
    text = messages(raised)
    assert "folio_number: a number of 400 digits is too large to send" in text
    assert "items[0].description: is not valid Unicode text (a lone surrogate)" in text
    assert fake.total_requests == 0


def test_a_cell_over_the_csv_field_limit_is_an_invalid_row_not_a_traceback(fake, gs, tmp_path) -> None:
    rows = tmp_path / "rows.csv"
    huge = "x" * (csv.field_size_limit() + 10)
    rows.write_text(HEADER + LINE.format(n=1, what="Plan") + LINE.format(n=2, what=f'"{huge}"'), encoding="utf-8")
    with pytest.raises(InvalidRowsError) as raised:
        issue_invoices(gs, rows, journal=tmp_path / "job")
    assert "cannot be read as CSV (field larger than field limit" in messages(raised)


def test_after_a_run_refused_for_invalid_rows_the_fixed_file_runs(fake, gs, tmp_path) -> None:
    rows = write_jsonl(tmp_path / "rows.jsonl", [invoice_row(1), invoice_row(2, payment_form="77")])
    with pytest.raises(InvalidRowsError):
        issue_invoices(gs, rows, journal=tmp_path / "job")
    write_jsonl(rows, [invoice_row(1), invoice_row(2)])
    report = issue_invoices(gs, rows, journal=tmp_path / "job")
    assert (report.issued, report.invalid) == (2, 0)


def test_invoice_totals_cannot_add_up_a_catalog_line() -> None:
    assert invoice_totals({"items": [{"id": "service_1", "quantity": 2}]})["total"] is None
