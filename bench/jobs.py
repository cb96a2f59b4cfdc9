"""The bulk job's figures: rows issued a second against a local gigstack with a rate limit, as a
share of that limit; the client's CPU per row; resuming a finished 100,000-row journal.

The fake gigstack (tests/support/fake_gigstack.py) runs in its own process, answering 429 with
Retry-After once its token bucket is empty, so the job has to find the limit by itself.
"""

import json
import multiprocessing
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))

from support.fake_gigstack import FakeGigstack  # noqa: E402


@dataclass
class BulkFigures:
    limit: float  # requests a second the server lets through
    rows: int
    rows_per_second: float
    cpu_ms_per_row: float
    throttled: int  # 429 answers the job got
    resume_rows: int
    resume_seconds: float
    short_rows: int = 0  # a short job, where the slow start is a larger share of the run
    short_rows_per_second: float = 0.0
    wal_bytes: int = 0  # the journal's side file (WAL) once validation committed
    rows_file_bytes: int = 0
    export_bytes_per_invoice: float = 0.0  # what an export holds in memory for each listed invoice

    @property
    def short_share(self) -> float:
        return self.short_rows_per_second / self.limit

    @property
    def share(self) -> float:
        return self.rows_per_second / self.limit


def _serve(limit: float, queue: Any, stop: Any) -> None:
    with FakeGigstack(max_requests=10**7, rate_limit=limit) as fake:
        queue.put(fake.base_url)
        stop.wait()
        queue.put((fake.statuses[429], len(fake.created), max(fake.created.values(), default=0)))


def _row(number: int) -> dict[str, Any]:
    return {
        "key": f"bench-2026-11-{number:06d}",
        "client": {"id": "client_Rk2fP9sLm4Qz"},
        "payment_form": "03",
        "payment_method": "PUE",
        "use": "G03",
        "currency": "MXN",
        "items": [{"description": "Servicio", "quantity": 1, "unit_price": 1500, "product_key": "80141503",
                   "unit_key": "E48", "taxes": [{"type": "IVA", "rate": 0.16}]}],
    }  # fmt: skip


def _write_rows(path: Path, count: int) -> Path:
    with path.open("w", encoding="utf-8") as stream:
        for number in range(1, count + 1):
            stream.write(json.dumps(_row(number)) + "\n")
    return path


def issue_rate(limit: float, rows: int, work: Path) -> tuple[float, float, int]:
    """(rows a second, CPU ms a row, 429s) for `rows` rows against a server limited to `limit` a second."""
    from gigstack import Gigstack
    from gigstack.jobs import issue_invoices

    context = multiprocessing.get_context("spawn")
    queue, stop = context.Queue(), context.Event()
    server = context.Process(target=_serve, args=(limit, queue, stop), daemon=True)
    server.start()
    try:
        base_url = queue.get(timeout=30)
        source = _write_rows(work / "rows.jsonl", rows)
        with Gigstack(api_key="sk_test_bench", base_url=base_url) as gs:
            cpu, wall = time.process_time(), time.perf_counter()
            report = issue_invoices(gs, source, journal=work / "job", concurrency=8)
            wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
        stop.set()
        throttled, created, most = queue.get(timeout=30)
    finally:
        stop.set()
        server.join(timeout=10)
    if report.issued != rows or created != rows or most != 1:
        raise RuntimeError(f"the bulk benchmark did not issue every row exactly once: {report}")
    return rows / wall, cpu / rows * 1000, int(throttled)


def resume_seconds(rows: int, work: Path) -> tuple[float, int, int]:
    """Seconds to run a finished job of `rows` rows again (checks the file, sends nothing, keeps the
    report it wrote the first time), the journal's WAL size after validating them, and the file's size."""
    from gigstack.jobs import issue_invoices
    from gigstack.jobs._issue import _load
    from gigstack.jobs._journal import Journal

    source = _write_rows(work / "big.jsonl", rows)
    journal = Journal(work / "big-job")
    _load(journal, source, None, "")
    wal = work / "big-job" / "journal.sqlite3-wal"
    wal_bytes = wal.stat().st_size if wal.exists() else 0
    journal._db.execute("UPDATE rows SET state = 'issued', uuid = 'u-' || line")  # as if every row was issued
    journal.close()
    issue_invoices(None, source, journal=work / "big-job")  # the run that finished it writes the report
    started = time.perf_counter()
    report = issue_invoices(None, source, journal=work / "big-job")
    seconds = time.perf_counter() - started
    if report.sent or report.issued != rows:
        raise RuntimeError(f"the resume benchmark sent rows: {report}")
    return seconds, wal_bytes, source.stat().st_size


def export_memory(invoices: int, work: Path) -> float:
    """Bytes of resident memory an export adds for each listed invoice: the uuids it has seen (a
    listing that shifts must not export one twice) and what the last manifest recorded of each
    file, both kept on disk by the export's state (gigstack/jobs/_export.py)."""
    import csv
    import re
    import uuid

    from gigstack.jobs._export import _ExportState

    def resident() -> int:
        found = (
            re.search(r"VmRSS:\s+(\d+)", Path("/proc/self/status").read_text())
            if Path("/proc/self/status").exists()
            else None
        )
        return int(found.group(1)) * 1024 if found else 0

    names = [str(uuid.uuid4()) for _ in range(invoices)]
    manifest = work / "manifest.csv"
    with manifest.open("w", newline="") as stream:
        writer = csv.writer(stream)
        writer.writerow(["uuid", "xml_sha256", "xml_bytes", "pdf_sha256", "pdf_bytes"])
        for index, name in enumerate(names):
            writer.writerow([name, f"{index:064x}", 40960 + index, f"{index + 1:064x}", 204800 + index])
    before = resident()
    state = _ExportState(work, manifest)
    try:
        for name in names:
            assert state.first_time(name)
            state.recorded(name)
        grown = resident() - before
    finally:
        state.close()
    return max(grown, 0) / invoices


def bulk(quick: bool) -> BulkFigures:
    limit, rows, resume_rows = (50.0, 100, 5_000) if quick else (100.0, 2000, 100_000)
    short = 50 if quick else 1000
    with tempfile.TemporaryDirectory() as folder:
        work = Path(folder)
        rate, cpu_ms, throttled = issue_rate(limit, rows, work)
        (work / "job").rename(work / "long-job")
        short_rate, _, _ = issue_rate(limit, short, work)
        resume, wal_bytes, file_bytes = resume_seconds(resume_rows, work)
        memory = export_memory(10_000 if quick else 100_000, work)
    return BulkFigures(limit, rows, rate, cpu_ms, throttled, resume_rows, resume, short, short_rate, wal_bytes,
                       file_bytes, memory)  # fmt: skip


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT / "generated" / "gigstack"))
    print(bulk("--quick" in sys.argv))
