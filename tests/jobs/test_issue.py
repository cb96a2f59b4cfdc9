"""issue_invoices against the stateful fake: every row issued exactly once, whatever the faults."""

import json

import pytest

from gigstack.jobs import InvalidRowsError, JournalMismatchError, idempotency_key, issue_invoices
from jobs.conftest import invoice_row, write_jsonl


def test_every_row_is_issued_once_through_lost_answers_503_429_and_500(fake, gs, tmp_path) -> None:
    rows = write_jsonl(tmp_path / "rows.jsonl", [invoice_row(n) for n in range(1, 13)])
    fake.faults["nomina-2026-11-0002"] = ["drop"]  # stamped, then the answer is lost
    fake.faults["nomina-2026-11-0003"] = ["503", "drop"]
    fake.faults["nomina-2026-11-0004"] = ["429"]  # Retry-After: 1
    fake.faults["nomina-2026-11-0005"] = ["500", "500"]

    report = issue_invoices(gs, rows, journal=tmp_path / "job", concurrency=4)

    assert (report.rows, report.issued, report.failed, report.exit_code) == (12, 12, 0, 0)
    assert fake.posts_without_key == 0
    assert sorted(fake.created) == [f"nomina-2026-11-{n:04d}" for n in range(1, 13)]
    assert set(fake.created.values()) == {1}
    results = list(report.results())
    assert [r.line for r in results] == list(range(1, 13))
    assert all(r.status == "issued" and r.uuid == fake.by_key[r.key][1] for r in results)


def test_a_finished_job_run_again_sends_nothing_and_a_new_directory_gets_the_same_invoices(fake, gs, tmp_path) -> None:
    rows = write_jsonl(tmp_path / "rows.jsonl", [invoice_row(n) for n in range(1, 6)])
    first = issue_invoices(gs, rows, journal=tmp_path / "job")
    posts = fake.requests["POST /v2/invoices/income"]

    again = issue_invoices(gs, rows, journal=tmp_path / "job")
    assert (again.sent, again.issued, again.exit_code) == (0, 5, 0)
    assert fake.requests["POST /v2/invoices/income"] == posts

    elsewhere = issue_invoices(
        gs, rows, journal=tmp_path / "another-job"
    )  # same keys: gigstack answers with the same invoices
    assert elsewhere.issued == 5
    assert set(fake.created.values()) == {1}
    uuids = [r.uuid for r in first.results()]
    assert [r.uuid for r in elsewhere.results()] == uuids


def test_the_idempotency_key_is_the_prefix_and_the_rows_key(fake, gs, tmp_path) -> None:
    rows = write_jsonl(tmp_path / "rows.jsonl", [invoice_row(1)])
    issue_invoices(gs, rows, journal=tmp_path / "job", key_prefix="acme:")
    assert list(fake.by_key) == ["acme:nomina-2026-11-0001"] == [idempotency_key("nomina-2026-11-0001", "acme:")]


def test_an_api_refusal_is_reported_with_the_apis_error_and_exit_code_1(fake, gs, tmp_path) -> None:
    rows = write_jsonl(tmp_path / "rows.jsonl", [invoice_row(1), invoice_row(2)])
    fake.faults["nomina-2026-11-0002"] = ["400"]
    report = issue_invoices(gs, rows, journal=tmp_path / "job")
    assert (report.issued, report.failed, report.exit_code) == (1, 1, 1)
    lines = [json.loads(line) for line in (tmp_path / "job" / "report.jsonl").read_text().splitlines()]
    assert lines[0] == {"line": 1, "key": "nomina-2026-11-0001", "status": "issued", "uuid": lines[0]["uuid"]}
    assert lines[1]["status"] == "failed" and "uuid" not in lines[1]
    assert lines[1]["error"]["code"] == "cfdi_rejected"
    assert "SAT rejected" in lines[1]["error"]["message"]
    # A refusal is final: running again does not send it again.
    posts = fake.requests["POST /v2/invoices/income"]
    assert issue_invoices(gs, rows, journal=tmp_path / "job").sent == 0
    assert fake.requests["POST /v2/invoices/income"] == posts


def test_a_changed_file_is_refused_on_resume(fake, gs, tmp_path) -> None:
    rows = write_jsonl(tmp_path / "rows.jsonl", [invoice_row(1)])
    issue_invoices(gs, rows, journal=tmp_path / "job")
    write_jsonl(rows, [invoice_row(1), invoice_row(2)])
    posts = fake.requests["POST /v2/invoices/income"]
    with pytest.raises(JournalMismatchError, match="another job"):
        issue_invoices(gs, rows, journal=tmp_path / "job")
    with pytest.raises(JournalMismatchError):
        issue_invoices(gs, write_jsonl(rows, [invoice_row(1)]), journal=tmp_path / "job", key_prefix="x-")
    assert fake.requests["POST /v2/invoices/income"] == posts


def test_rows_given_in_python_are_issued_and_resumed(fake, gs, tmp_path) -> None:
    rows = [invoice_row(n) for n in range(1, 4)]
    assert issue_invoices(gs, rows, journal=tmp_path / "job").issued == 3
    assert issue_invoices(gs, iter(rows), journal=tmp_path / "job").sent == 0
    with pytest.raises(JournalMismatchError):
        issue_invoices(gs, rows[:2], journal=tmp_path / "job")


def test_invalid_rows_stop_the_job_unless_skipped(fake, gs, tmp_path) -> None:
    rows = write_jsonl(tmp_path / "rows.jsonl", [invoice_row(1), invoice_row(2, items=[])])
    with pytest.raises(InvalidRowsError, match="line 2: items") as raised:
        issue_invoices(gs, rows, journal=tmp_path / "job")
    assert raised.value.report.invalid == 1 and fake.total_requests == 0
    report = issue_invoices(gs, rows, journal=tmp_path / "job", skip_invalid=True)
    assert (report.issued, report.invalid, report.exit_code) == (1, 1, 1)
    statuses = [r.status for r in report.results()]
    assert statuses == ["issued", "invalid"]


def test_a_dry_run_sends_and_writes_nothing(fake, tmp_path) -> None:
    rows = write_jsonl(tmp_path / "rows.jsonl", [invoice_row(1), invoice_row(2)])
    shown = []
    report = issue_invoices(None, rows, journal=None, dry_run=True, preview=lambda *args: shown.append(args))
    assert report.dry_run and report.invalid == 0 and report.sent == 0
    assert [(line, key) for line, key, _ in shown] == [(1, "nomina-2026-11-0001"), (2, "nomina-2026-11-0002")]
    assert "key" not in shown[0][2] and shown[0][2]["payment_form"] == "03"
    assert fake.total_requests == 0 and list(tmp_path.iterdir()) == [rows]


def test_a_dry_run_with_an_invalid_row_names_it_and_prints_nothing(tmp_path) -> None:
    rows = write_jsonl(tmp_path / "rows.jsonl", [invoice_row(1), invoice_row(2, use="P01")])
    shown = []
    with pytest.raises(InvalidRowsError, match="line 2: use: 'P01'"):
        issue_invoices(None, rows, journal=None, dry_run=True, preview=lambda *args: shown.append(args))
    assert shown == []
    report = issue_invoices(
        None, rows, journal=None, dry_run=True, skip_invalid=True, preview=lambda *a: shown.append(a)
    )
    assert [line for line, _, _ in shown] == [1] and report.invalid == 1


def test_two_runs_of_one_job_at_once_are_refused(fake, gs, tmp_path) -> None:
    from gigstack.jobs import JobError
    from gigstack.jobs._journal import Journal

    rows = write_jsonl(tmp_path / "rows.jsonl", [invoice_row(1)])
    running = Journal(tmp_path / "job")
    try:
        with pytest.raises(JobError, match="another run of this job"):
            issue_invoices(gs, rows, journal=tmp_path / "job")
    finally:
        running.close()
    assert fake.total_requests == 0
    assert issue_invoices(gs, rows, journal=tmp_path / "job").issued == 1


def test_an_empty_file_issues_nothing_and_succeeds(fake, gs, tmp_path) -> None:
    report = issue_invoices(gs, write_jsonl(tmp_path / "rows.jsonl", []), journal=tmp_path / "job")
    assert (report.rows, report.exit_code) == (0, 0)
    assert (tmp_path / "job" / "report.jsonl").read_text() == ""
