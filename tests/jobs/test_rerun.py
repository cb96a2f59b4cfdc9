"""A finished job run again sends nothing and, its report being already the journal's, does not
rewrite it (that was most of such a run's time at 100,000 rows); a report that went missing, or a
journal that changed, is written again."""

import os

from gigstack.jobs import issue_invoices
from jobs.conftest import invoice_row, write_jsonl


def test_a_finished_job_keeps_its_report(fake, gs, tmp_path) -> None:
    rows = write_jsonl(tmp_path / "rows.jsonl", [invoice_row(1), invoice_row(2)])
    fake.faults["nomina-2026-11-0002"] = ["400"]
    first = issue_invoices(gs, rows, journal=tmp_path / "job")
    report = tmp_path / "job" / "report.jsonl"
    os.utime(report, ns=(1, 1))  # a mark: rewritten, it would change
    again = issue_invoices(gs, rows, journal=tmp_path / "job")
    assert report.stat().st_mtime_ns == 1
    assert (again.rows, again.issued, again.failed, again.sent) == (first.rows, first.issued, first.failed, 0)
    report.unlink()
    issue_invoices(gs, rows, journal=tmp_path / "job")
    assert report.read_text().count('"status"') == 2
