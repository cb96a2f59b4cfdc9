"""The `gigstack` command in a subprocess: exit codes, dry run, and a job killed with SIGKILL
mid-way and resumed, with the fake's counts proving every row issued exactly once."""

import json
import os
import signal
import subprocess
import sys
import time

from jobs.conftest import invoice_row, write_jsonl
from support.fake_gigstack import FakeGigstack
from support.paths import ROOT


def command(fake: FakeGigstack | None, *args: str) -> list[str]:
    return [sys.executable, "-m", "gigstack.cli", *args]


def environment(fake: FakeGigstack | None) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("GIGSTACK_")}
    env["PYTHONPATH"] = str(ROOT / "generated" / "gigstack")
    if fake is not None:
        env.update(GIGSTACK_API_KEY="sk_test_cli_secret", GIGSTACK_API_BASE_URL=fake.base_url)
    return env


def run(fake: FakeGigstack | None, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(command(fake, *args), env=environment(fake), capture_output=True, text=True, timeout=120)


def test_exit_codes_0_1_and_2_and_the_report(fake, tmp_path) -> None:
    good = write_jsonl(tmp_path / "good.jsonl", [invoice_row(1), invoice_row(2)])
    done = run(fake, "invoices", "issue", str(good), "--job", str(tmp_path / "a"))
    assert done.returncode == 0, done.stderr
    assert "issued 2 of 2 rows" in done.stderr and "sk_test_cli_secret" not in done.stderr + done.stdout

    fake.faults["nomina-2026-11-0004"] = ["400"]
    some = write_jsonl(tmp_path / "some.jsonl", [invoice_row(3), invoice_row(4)])
    failed = run(fake, "invoices", "issue", str(some), "--job", str(tmp_path / "b"))
    assert failed.returncode == 1, failed.stderr
    report = [json.loads(line) for line in (tmp_path / "b" / "report.jsonl").read_text().splitlines()]
    assert [row["status"] for row in report] == ["issued", "failed"]
    assert "cfdi_rejected" in failed.stderr

    posts = fake.requests["POST /v2/invoices/income"]
    bad = write_jsonl(tmp_path / "bad.jsonl", [invoice_row(5), invoice_row(6, payment_form="77")])
    refused = run(fake, "invoices", "issue", str(bad), "--job", str(tmp_path / "c"))
    assert refused.returncode == 2
    assert "line 2: payment_form: '77' is not a SAT c_FormaPago code" in refused.stderr
    assert fake.requests["POST /v2/invoices/income"] == posts
    report = [json.loads(line) for line in (tmp_path / "c" / "report.jsonl").read_text().splitlines()]
    assert [row["status"] for row in report] == ["failed", "invalid"]  # nothing was sent: the good row too

    skipped = run(fake, "invoices", "issue", str(bad), "--job", str(tmp_path / "c"), "--skip-invalid")
    assert skipped.returncode == 1 and "issued 1 of 2 rows" in skipped.stderr

    assert run(fake, "invoices", "issue", str(good)).returncode == 2  # --job missing: usage
    assert run(None, "invoices", "issue", str(good), "--job", str(tmp_path / "d")).returncode == 2  # no API key


def test_dry_run_prints_what_would_be_sent_and_needs_no_key(tmp_path) -> None:
    rows = write_jsonl(tmp_path / "rows.jsonl", [invoice_row(1)])
    done = run(None, "invoices", "issue", str(rows), "--job", str(tmp_path / "job"), "--dry-run", "--key-prefix", "p-")
    assert done.returncode == 0, done.stderr
    [line] = [json.loads(text) for text in done.stdout.splitlines()]
    assert line["line"] == 1 and line["idempotency_key"] == "p-nomina-2026-11-0001"
    assert line["body"]["items"][0]["unit_price"] == 1500
    assert not (tmp_path / "job").exists()


def test_a_job_killed_with_sigkill_resumes_and_issues_every_row_exactly_once(tmp_path) -> None:
    total = 60
    rows = write_jsonl(tmp_path / "rows.jsonl", [invoice_row(n) for n in range(1, total + 1)])
    with FakeGigstack(max_requests=1000, create_delay=0.03) as fake:
        fake.faults["nomina-2026-11-0050"] = ["drop"]
        args = ["invoices", "issue", str(rows), "--job", str(tmp_path / "job"), "--concurrency", "3"]
        process = subprocess.Popen(command(fake, *args), env=environment(fake), stdout=subprocess.DEVNULL,
                                   stderr=subprocess.DEVNULL)  # fmt: skip
        try:
            deadline = time.monotonic() + 60
            while len(fake.created) < 15 and time.monotonic() < deadline and process.poll() is None:
                time.sleep(0.01)
            assert process.poll() is None, "the job finished before it could be killed"
            process.send_signal(signal.SIGKILL)
        finally:
            process.wait(timeout=30)
        assert 15 <= len(fake.created) < total

        resumed = run(fake, *args)
        assert resumed.returncode == 0, resumed.stderr
        assert len(fake.created) == total and set(fake.created.values()) == {1}
        assert fake.posts_without_key == 0
        report = [json.loads(line) for line in (tmp_path / "job" / "report.jsonl").read_text().splitlines()]
        assert [row["status"] for row in report] == ["issued"] * total
        assert {row["uuid"] for row in report} == {uuid for _, uuid in fake.by_key.values()}

        posts = fake.requests["POST /v2/invoices/income"]
        assert run(fake, *args).returncode == 0
        assert fake.requests["POST /v2/invoices/income"] == posts  # finished: sends nothing
