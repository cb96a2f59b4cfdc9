"""A job whose key is refused, or whose directory cannot be used: it stops at once with a clear
error (the command: exit 4 for the key, 2 for the directory), never a traceback, and every row
that was not issued is sent by the next run."""

import sqlite3

import pytest

from gigstack import errors
from gigstack.jobs import JobStorageError, issue_invoices
from gigstack.jobs._journal import Journal
from jobs.conftest import invoice_row, write_jsonl
from jobs.test_cli import run


def test_a_refused_key_stops_the_job_at_once_and_keeps_every_row_to_send(fake, gs, tmp_path) -> None:
    rows = write_jsonl(tmp_path / "rows.jsonl", [invoice_row(n) for n in range(1, 21)])
    fake.faults["nomina-2026-11-0003"] = ["401"]
    with pytest.raises(errors.AuthenticationError):
        issue_invoices(gs, rows, journal=tmp_path / "job", concurrency=1)
    assert sum(fake.created.values()) == 2
    assert fake.requests["POST /v2/invoices/income"] == 3  # nothing after the refusal
    statuses = [line.count('"issued"') for line in (tmp_path / "job" / "report.jsonl").read_text().splitlines()]
    assert sum(statuses) == 2
    again = issue_invoices(gs, rows, journal=tmp_path / "job", concurrency=1)
    assert (again.issued, again.failed, again.exit_code) == (20, 0, 0)
    assert all(count == 1 for count in fake.created.values()) and len(fake.created) == 20


def test_the_command_exits_4_when_the_key_is_refused(fake, tmp_path) -> None:
    rows = write_jsonl(tmp_path / "rows.jsonl", [invoice_row(1), invoice_row(2)])
    fake.faults["nomina-2026-11-0001"] = ["401"]
    done = run(fake, "invoices", "issue", str(rows), "--job", str(tmp_path / "job"), "--concurrency", "1")
    assert done.returncode == 4, done.stderr
    assert "Invalid API key" in done.stderr and "Traceback" not in done.stderr


def test_a_corrupt_journal_is_a_clear_message_and_exit_2(fake, gs, tmp_path) -> None:
    rows = write_jsonl(tmp_path / "rows.jsonl", [invoice_row(1)])
    job = tmp_path / "job"
    job.mkdir()
    (job / "journal.sqlite3").write_bytes(b"this is not a database, it was cut or overwritten" * 100)
    with pytest.raises(JobStorageError, match="journal .* cannot be used"):
        issue_invoices(gs, rows, journal=job)
    done = run(fake, "invoices", "issue", str(rows), "--job", str(job))
    assert done.returncode == 2 and "cannot be used" in done.stderr and "Traceback" not in done.stderr
    assert fake.total_requests == 0


def test_a_full_disk_while_sending_is_a_storage_error(fake, gs, tmp_path, monkeypatch) -> None:
    rows = write_jsonl(tmp_path / "rows.jsonl", [invoice_row(1), invoice_row(2)])

    def full(self, line) -> None:
        raise sqlite3.OperationalError("database or disk is full")

    monkeypatch.setattr(Journal, "mark_sent", full)
    with pytest.raises(JobStorageError, match="disk is full"):
        issue_invoices(gs, rows, journal=tmp_path / "job")
    assert fake.total_requests == 0  # the row is written as sent before its request leaves
