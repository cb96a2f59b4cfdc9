"""Job files hold RFCs, names and emails: they are created readable by their owner only, and an
issued row's body leaves the journal once it can never be sent again. A dry run journals on disk
as a real run does, so its memory stays flat in the size of the file."""

import json
import os
import stat
import subprocess
import sys

from gigstack.jobs import issue_invoices
from jobs.conftest import invoice_row, write_jsonl
from support.paths import ROOT


def mode(path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_job_files_are_the_owners_alone(fake, gs, tmp_path) -> None:
    rows = write_jsonl(tmp_path / "rows.jsonl", [invoice_row(1), invoice_row(2)])
    job = tmp_path / "job"
    issue_invoices(gs, rows, journal=job)
    assert mode(job) == 0o700
    for name in ("journal.sqlite3", "report.jsonl", "journal.lock"):
        assert mode(job / name) == 0o600, name


def test_an_issued_rows_body_leaves_the_journal(fake, gs, tmp_path) -> None:
    secret = "persona.privada@ejemplo.mx"
    rows = write_jsonl(tmp_path / "rows.jsonl", [invoice_row(1, emails=[secret]), invoice_row(2, payment_form="01")])
    fake.faults["nomina-2026-11-0002"] = ["400"]  # refused by the API: never sent again either
    issue_invoices(gs, rows, journal=tmp_path / "job")
    journal = tmp_path / "job" / "journal.sqlite3"
    assert secret.encode() not in journal.read_bytes()
    assert (
        not (tmp_path / "job" / "journal.sqlite3-wal").exists()
        or secret.encode() not in (tmp_path / "job" / "journal.sqlite3-wal").read_bytes()
    )


PEAK = """
import re, sys
from gigstack.jobs import issue_invoices
issue_invoices(None, sys.argv[1], journal=None, dry_run=True, preview=lambda line, key, body: None)
print(re.search(r"VmHWM:\\s+(\\d+)", open("/proc/self/status").read()).group(1))
"""


def test_a_dry_run_of_a_big_file_stays_flat(tmp_path) -> None:
    if not os.path.exists("/proc/self/status"):
        return
    peaks = []
    for count in (1_000, 20_000):
        rows = write_jsonl(
            tmp_path / f"rows-{count}.jsonl", [invoice_row(n, metadata={"pad": "x" * 500}) for n in range(1, count + 1)]
        )
        env = {**os.environ, "PYTHONPATH": str(ROOT / "generated" / "gigstack")}
        done = subprocess.run(
            [sys.executable, "-c", PEAK, str(rows)], capture_output=True, text=True, env=env, timeout=300
        )
        assert done.returncode == 0, done.stderr
        peaks.append(int(done.stdout.split()[-1]))
    size = (tmp_path / "rows-20000.jsonl").stat().st_size // 1024
    assert peaks[1] - peaks[0] < size // 3, (peaks, size)  # not the file held in memory
    assert json.loads((tmp_path / "rows-1000.jsonl").read_text().splitlines()[0])["key"]
