"""export_invoices: a period's income invoices as DIR/<uuid>.xml and .pdf, plus manifest.csv.

A file gets its final name only once it is complete and checked (written to a hidden `.part`
name, synced, then renamed), so a killed export leaves no half file under a final name, and the
next run does not fetch a finished file again.
"""

from __future__ import annotations

import csv
import hashlib
import os
import random
import re
import time
from collections import deque
from collections.abc import Callable, Iterable
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from xml.etree import ElementTree

from .._files import download
from .._spreadsheet import safe_row
from ..errors import APIStatusError, GigstackError
from ._calendar import day, day_range, local_time
from ._errors import JobInputError
from ._issue import MAX_ATTEMPTS, MAX_PUSHBACKS, classify
from ._pacing import SharedPacer, backoff
from ._report import ExportedInvoice, ExportProgress, ExportReport
from ._rows import file_fingerprint

MANIFEST_NAME = "manifest.csv"
FORMATS = ("xml", "pdf")
ATTEMPTS = 3  # tries of one invoice's files (each try: fresh links, then the runtime's own retries)
PAGE_SIZE = 100
SAFE_NAME = re.compile(r"[A-Za-z0-9][A-Za-z0-9_-]{0,99}")
FISCAL_UUID = re.compile(r"[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}")
STAMP_TAG = "TimbreFiscalDigital"


class FileCheckError(Exception):
    """A downloaded file is not what it should be (not XML, another invoice's UUID, not a PDF)."""


def xml_problem(content: bytes, uuid: str) -> str | None:
    """Why `content` is not the stamped XML of the invoice `uuid`, or None."""
    if b"<!DOCTYPE" in content[:4096].upper():
        return "the XML declares a DOCTYPE; refused"
    try:
        root = ElementTree.fromstring(content)
    except ElementTree.ParseError as error:
        return f"the XML does not parse ({error})"
    stamped = [element.get("UUID") for element in root.iter() if element.tag.rpartition("}")[2] == STAMP_TAG]
    if not stamped or not stamped[0]:
        return "the XML carries no TimbreFiscalDigital UUID (not stamped?)"
    if FISCAL_UUID.fullmatch(uuid) and stamped[0].lower() != uuid.lower():
        return f"the XML carries UUID {stamped[0]}, not {uuid}"
    return None


def file_problem(format: str, content: bytes, uuid: str) -> str | None:
    if format == "xml":
        return xml_problem(content, uuid)
    if not content.startswith(b"%PDF-"):
        return "the file is not a PDF"
    return None


def write_whole(path: Path, content: bytes) -> None:
    """Write `content` to `path` so that `path` only ever exists complete."""
    partial = path.with_name(f".{path.name}.part")
    with partial.open("wb") as stream:
        stream.write(content)
        stream.flush()
        os.fsync(stream.fileno())
    os.replace(partial, path)


@dataclass(slots=True)
class _Done:
    row: ExportedInvoice
    downloaded: int
    skipped: int


def _text(value: Any) -> str:
    return "" if value is None else str(value)


def _seconds(value: Any) -> float | None:
    if isinstance(value, bool) or not isinstance(value, int | float):
        return None
    return value / 1000 if value > 100_000_000_000 else float(value)  # milliseconds in some answers


class _Exporter:
    def __init__(self, gs: Any, directory: Path, formats: tuple[str, ...], concurrency: int) -> None:
        self.gs = gs
        self.api = gs.api_client
        self.directory = directory
        self.formats = formats
        self.pacer = SharedPacer(concurrency)

    def export(self, invoice: dict[str, Any]) -> _Done:
        uuid = _text(invoice.get("uuid"))
        client = invoice.get("client") if isinstance(invoice.get("client"), dict) else {}
        assert isinstance(client, dict)
        hashes = {format: "" for format in FORMATS}
        names = {format: "" for format in FORMATS}
        error = ""
        downloaded = skipped = 0
        if not SAFE_NAME.fullmatch(uuid):
            error = f"the invoice's uuid {uuid!r} cannot name a file"
        else:
            try:
                downloaded, skipped = self._files(uuid, hashes, names)
            except (GigstackError, FileCheckError) as failure:
                error = str(failure)
        seconds = _seconds(invoice.get("created_at"))
        row = ExportedInvoice(
            uuid=uuid,
            series=_text(invoice.get("series")),
            folio=_text(invoice.get("folio_number")),
            created=local_time(seconds) if seconds is not None else "",
            client_rfc=_text(client.get("tax_id")),
            client_name=_text(client.get("legal_name") or client.get("name")),
            total=_text(invoice.get("total")),
            currency=_text(invoice.get("currency")),
            status=_text(invoice.get("status")),
            xml_sha256=hashes["xml"],
            pdf_sha256=hashes["pdf"],
            xml_file=names["xml"],
            pdf_file=names["pdf"],
            error=error,
        )
        return _Done(row, downloaded, skipped)

    def _links(self, uuid: str) -> Any:
        """The invoice's file links, paced with the other workers as an issue job is: the call goes
        out with max_retries=0 and is retried here (429 and 503 after Retry-After, faults with backoff)."""
        faults = pushbacks = 0
        while True:
            started = self.pacer.before()
            try:
                links = self.gs.invoices.retrieve_files(uuid, max_retries=0)
            except Exception as error:
                outcome = classify(error)
                if outcome.kind in ("pushed_back", "overloaded"):
                    self.pacer.after(started, outcome.kind, outcome.retry_after)
                    pushbacks += 1
                    if pushbacks < MAX_PUSHBACKS:
                        time.sleep(outcome.retry_after if outcome.retry_after is not None else backoff(pushbacks))
                        continue
                elif outcome.kind == "retry" and faults < MAX_ATTEMPTS - 1:
                    faults += 1
                    wait = outcome.retry_after
                    time.sleep(wait if wait is not None else backoff(faults, jitter=random.random()))
                    continue
                raise
            self.pacer.after(started)
            return links

    def _files(self, uuid: str, hashes: dict[str, str], names: dict[str, str]) -> tuple[int, int]:
        downloaded = skipped = 0
        missing: list[str] = []
        for format in self.formats:
            path = self.directory / f"{uuid}.{format}"
            if path.is_file() and file_problem(format, path.read_bytes(), uuid) is None:
                hashes[format], names[format] = file_fingerprint(path), path.name
                skipped += 1
            else:
                missing.append(format)
        last: Exception | None = None
        for attempt in range(1, ATTEMPTS + 1):
            if not missing:
                break
            try:
                links = self._links(uuid)
                for format in list(missing):
                    url = getattr(links, format, None)
                    if not isinstance(url, str) or not url:
                        raise FileCheckError(f"gigstack has no {format} link for {uuid} (not generated yet?)")
                    content = download(self.api, url)
                    problem = file_problem(format, content, uuid)
                    if problem:
                        raise FileCheckError(f"{uuid}.{format}: {problem}")
                    path = self.directory / f"{uuid}.{format}"
                    write_whole(path, content)
                    hashes[format], names[format] = hashlib.sha256(content).hexdigest(), path.name
                    missing.remove(format)
                    downloaded += 1
            except (GigstackError, FileCheckError) as error:
                last = error
                if isinstance(error, APIStatusError) and error.status_code in (400, 401, 404):
                    break  # asking again cannot help
                if attempt < ATTEMPTS:
                    time.sleep(0.5 * 2 ** (attempt - 1))
        if missing and last is not None:
            raise last
        return downloaded, skipped


def export_invoices(
    gs: Any,
    *,
    since: object,
    until: object,
    to: str | os.PathLike[str],
    formats: Iterable[str] = FORMATS,
    concurrency: int = 4,
    progress: Callable[[ExportProgress], None] | None = None,
) -> ExportReport:
    """Download the XML and PDF of every income invoice created from `since` to `until`.

    Args:
        gs: A `gigstack.Gigstack` client.
        since, until: Days (a date or "YYYY-MM-DD"), both included, as whole days in Mexico City
            time (America/Mexico_City), the SAT's calendar.
        to: The directory: DIR/<uuid>.xml, DIR/<uuid>.pdf and DIR/manifest.csv. Run again, files
            already complete there are checked, not fetched again.
        formats: "xml", "pdf" or both.
        concurrency: Invoices whose files are fetched at the same time.
        progress: Called with an ExportProgress as invoices finish.

    Returns:
        The ExportReport (`exit_code` 0 when every invoice's files are in DIR, 1 otherwise).

    Raises:
        JobInputError: A bad day, an empty or unknown format, a bad concurrency; nothing was fetched.
        errors.APIStatusError, errors.APIConnectionError: Listing the invoices failed.
    """
    chosen = tuple(
        dict.fromkeys(format.strip().lower() for format in ([formats] if isinstance(formats, str) else formats))
    )
    if not chosen or any(format not in FORMATS for format in chosen):
        raise JobInputError(f"formats must be xml, pdf or both, not {', '.join(chosen) or 'none'}")
    if isinstance(concurrency, bool) or not isinstance(concurrency, int) or not 1 <= concurrency <= 64:
        raise JobInputError(f"concurrency must be a whole number from 1 to 64, not {concurrency!r}")
    start, end = day_range(day(since, "since"), day(until, "until"))
    directory = Path(to)
    if directory.exists() and not directory.is_dir():
        raise JobInputError(f"{directory} is not a directory")
    directory.mkdir(parents=True, exist_ok=True)
    exporter = _Exporter(gs, directory, chosen, concurrency)
    manifest = directory / MANIFEST_NAME
    partial = directory / f".{MANIFEST_NAME}.partial"
    began = time.monotonic()
    counts = {"listed": 0, "done": 0, "exported": 0, "failed": 0, "downloaded": 0, "skipped": 0}
    seen: set[str] = set()
    queue: deque[Future[_Done]] = deque()

    def tell(listing_done: bool) -> None:
        if progress is not None:
            progress(
                ExportProgress(
                    listed=counts["listed"],
                    done=counts["done"],
                    exported=counts["exported"],
                    failed=counts["failed"],
                    downloaded=counts["downloaded"],
                    elapsed=time.monotonic() - began,
                    listing_done=listing_done,
                )
            )

    def write_done(writer: Any, limit: int) -> None:
        # In listing order: the finished head rows, waiting for the head while more than `limit` are queued.
        while queue and (queue[0].done() or len(queue) > limit):
            done = queue.popleft().result()
            writer.writerow(safe_row(done.row.cells()))  # a client named =HYPERLINK(...) stays text
            counts["done"] += 1
            counts["failed" if done.row.error else "exported"] += 1
            counts["downloaded"] += done.downloaded
            counts["skipped"] += done.skipped
            tell(False)

    try:
        with (
            # With a byte-order mark: Excel then reads the accents of names as UTF-8.
            partial.open("w", encoding="utf-8-sig", newline="") as stream,
            ThreadPoolExecutor(max_workers=concurrency, thread_name_prefix="gigstack-export") as executor,
        ):
            writer = csv.writer(stream)
            writer.writerow(ExportedInvoice.COLUMNS)
            tell(False)
            for invoice in gs.invoices.income.list(created={"gte": start, "lte": end}, limit=PAGE_SIZE):
                data = invoice.to_dict()
                uuid = _text(data.get("uuid"))
                seconds = _seconds(data.get("created_at"))
                if uuid in seen or (seconds is not None and not start <= seconds <= end):
                    continue  # listed twice (pages shifted), or outside the days asked for
                seen.add(uuid)
                counts["listed"] += 1
                queue.append(executor.submit(exporter.export, data))
                write_done(writer, limit=2 * concurrency)
            write_done(writer, limit=0)
    except BaseException:
        partial.unlink(missing_ok=True)  # no half manifest left behind
        raise
    os.replace(partial, manifest)
    tell(True)
    return ExportReport(
        directory=directory,
        manifest_path=manifest,
        invoices=counts["listed"],
        exported=counts["exported"],
        failed=counts["failed"],
        downloaded=counts["downloaded"],
        skipped=counts["skipped"],
    )
