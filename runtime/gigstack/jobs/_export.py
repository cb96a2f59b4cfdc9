"""export_invoices: every CFDI issued in a period (income, egress, payment complements and
transfers) as DIR/<uuid>.xml and .pdf, plus manifest.csv.

A file is streamed to disk under a hidden `.part` name, never whole in memory, and gets its final
name only once it is complete and checked (synced, then renamed), so a killed export leaves no
half file under a final name. The next run checks each file against the size and sha256 the last
manifest recorded (not merely that it is there) and fetches again one that differs.
"""

from __future__ import annotations

import csv
import os
import random
import re
import sqlite3
import time
from collections import deque
from collections.abc import Callable, Iterable
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from xml.etree import ElementTree

from .._files import download_to, link_problem
from .._spreadsheet import safe_row
from ..errors import APIStatusError, GigstackError
from ._calendar import day, day_range, local_time
from ._errors import JobInputError
from ._issue import MAX_ATTEMPTS, MAX_PUSHBACKS, classify
from ._journal import _lock, storage_errors
from ._pacing import SharedPacer, backoff
from ._report import ExportedInvoice, ExportProgress, ExportReport
from ._rows import file_fingerprint

MANIFEST_NAME = "manifest.csv"
FORMATS = ("xml", "pdf")
# The CFDI types an export lists, each from its own list: the accountant's whole month.
TYPES = {"I": "income", "E": "egress", "P": "payment_complements", "T": "transfer"}
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


def file_problem_at(format: str, path: Path, uuid: str) -> str | None:
    """file_problem() of a file on disk; a PDF is checked by its first bytes, never read whole."""
    if format == "xml":
        return xml_problem(path.read_bytes(), uuid)
    with path.open("rb") as stream:
        return None if stream.read(5) == b"%PDF-" else "the file is not a PDF"


class _ExportState:
    """What an export remembers of each invoice while it runs, on disk so that its memory stays flat
    however many invoices the period holds: the uuids listed so far (a listing that shifts between
    pages must not export one twice), and the size and sha256 the last manifest recorded of each
    file. A hidden file of the directory, removed at the end."""

    def __init__(self, directory: Path, manifest: Path) -> None:
        self.path = directory / ".export-state.sqlite3"
        self.path.unlink(missing_ok=True)
        self.db = sqlite3.connect(self.path, isolation_level=None, check_same_thread=False)
        self.db.execute("PRAGMA journal_mode=OFF")  # scratch: nothing to recover after a crash
        self.db.execute("PRAGMA synchronous=OFF")
        self.db.execute("CREATE TABLE seen (uuid TEXT PRIMARY KEY)")
        self.db.execute(
            "CREATE TABLE recorded (uuid TEXT, format TEXT, sha TEXT, size TEXT, PRIMARY KEY (uuid, format))"
        )
        self._load(manifest)

    def _load(self, manifest: Path) -> None:
        try:
            with manifest.open(encoding="utf-8-sig", newline="") as stream:
                self.db.execute("BEGIN")
                for row in csv.DictReader(stream):
                    for format in FORMATS:
                        sha = row.get(f"{format}_sha256") or ""
                        if sha:
                            self.db.execute(
                                "INSERT OR REPLACE INTO recorded VALUES (?, ?, ?, ?)",
                                (row.get("uuid") or "", format, sha, row.get(f"{format}_bytes") or ""),
                            )
                self.db.execute("COMMIT")
        except (OSError, csv.Error, UnicodeDecodeError):
            if self.db.in_transaction:
                self.db.execute("ROLLBACK")  # no manifest, or one that cannot be read: files are checked by content

    def first_time(self, uuid: str) -> bool:
        return self.db.execute("INSERT OR IGNORE INTO seen VALUES (?)", (uuid,)).rowcount == 1

    def recorded(self, uuid: str) -> dict[str, tuple[str, str]]:
        rows = self.db.execute("SELECT format, sha, size FROM recorded WHERE uuid = ?", (uuid,)).fetchall()
        return {str(format): (str(sha), str(size)) for format, sha, size in rows}

    def close(self) -> None:
        self.db.close()
        self.path.unlink(missing_ok=True)


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
    def __init__(
        self,
        gs: Any,
        directory: Path,
        formats: tuple[str, ...],
        concurrency: int,
    ) -> None:
        self.gs = gs
        self.api = gs.api_client
        self.directory = directory
        self.formats = formats
        self.pacer = SharedPacer(concurrency)

    def export(
        self, invoice: dict[str, Any], kind: str = "I", recorded: dict[str, tuple[str, str]] | None = None
    ) -> _Done:
        uuid = _text(invoice.get("uuid"))
        client = invoice.get("client") if isinstance(invoice.get("client"), dict) else {}
        assert isinstance(client, dict)
        hashes = {format: "" for format in FORMATS}
        names = {format: "" for format in FORMATS}
        sizes = {format: "" for format in FORMATS}
        error = ""
        downloaded = skipped = 0
        if not SAFE_NAME.fullmatch(uuid):
            error = f"the invoice's uuid {uuid!r} cannot name a file"
        else:
            try:
                downloaded, skipped = self._files(uuid, hashes, names, sizes, recorded or {})
            except (GigstackError, FileCheckError) as failure:
                error = str(failure)
        seconds = _seconds(invoice.get("created_at"))
        row = ExportedInvoice(
            uuid=uuid,
            type=kind,
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
            xml_bytes=sizes["xml"],
            pdf_bytes=sizes["pdf"],
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

    def _kept(self, uuid: str, format: str, path: Path, recorded: tuple[str, str] | None) -> tuple[str, int] | None:
        """(sha256, size) of a file already in DIR that is the one to keep, or None to fetch it.
        Checked against what the last manifest recorded when it did, else by its content."""
        if not path.is_file():
            return None
        size = path.stat().st_size
        if recorded is not None:
            sha, length = recorded
            if length and length != str(size):
                return None  # cut, or changed since
            digest = file_fingerprint(path)
            return (digest, size) if digest == sha else None
        if file_problem_at(format, path, uuid) is not None:
            return None
        return file_fingerprint(path), size

    def _files(
        self,
        uuid: str,
        hashes: dict[str, str],
        names: dict[str, str],
        sizes: dict[str, str],
        recorded: dict[str, tuple[str, str]],
    ) -> tuple[int, int]:
        downloaded = skipped = 0
        missing: list[str] = []
        for format in self.formats:
            path = self.directory / f"{uuid}.{format}"
            kept = self._kept(uuid, format, path, recorded.get(format))
            if kept is not None:
                hashes[format], sizes[format], names[format] = kept[0], str(kept[1]), path.name
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
                    problem = link_problem(url, format)
                    if problem is not None:
                        raise FileCheckError(f"{uuid}.{format}: {problem}")
                    assert isinstance(url, str)
                    path = self.directory / f"{uuid}.{format}"
                    partial = path.with_name(f".{path.name}.part")
                    try:
                        digest, size = download_to(self.api, url.strip(), partial)
                        problem = file_problem_at(format, partial, uuid)
                        if problem:
                            raise FileCheckError(f"{uuid}.{format}: {problem}")
                        os.replace(partial, path)
                    finally:
                        partial.unlink(missing_ok=True)
                    hashes[format], sizes[format], names[format] = digest, str(size), path.name
                    missing.remove(format)
                    downloaded += 1
            except (GigstackError, FileCheckError) as error:
                last = error
                if isinstance(error, APIStatusError) and error.status_code in (400, 401, 404):
                    break  # asking again cannot help
                if isinstance(error, FileCheckError) and "not https" in str(error):
                    break  # the same link comes back
                if attempt < ATTEMPTS:
                    time.sleep(0.5 * 2 ** (attempt - 1))
        if missing and last is not None:
            raise last
        return downloaded, skipped


def _listed(gs: Any, kind: str, start: int, end: int, statuses: tuple[str, ...]) -> Iterable[Any]:
    """The CFDI of one type created in the period, filtered by status on the server where its list
    takes one status, and here otherwise."""
    listing = getattr(gs.invoices, TYPES[kind]).list
    arguments: dict[str, Any] = {"created": {"gte": start, "lte": end}, "limit": PAGE_SIZE}
    if len(statuses) == 1 and kind != "T":  # the transfer list takes no status
        arguments["status"] = statuses[0]
    found: Iterable[Any] = listing(**arguments)
    return found


def _chosen(name: str, given: object, allowed: tuple[str, ...] | None, *, upper: bool) -> tuple[str, ...]:
    """The comma-separated or listed choices of an argument, each checked against `allowed`."""
    parts = [given] if isinstance(given, str) else list(given) if isinstance(given, Iterable) else [given]
    found: list[str] = []
    for part in parts:
        for piece in str(part).split(","):
            piece = piece.strip().upper() if upper else piece.strip().lower()
            if piece:
                found.append(piece)
    chosen = tuple(dict.fromkeys(found))
    if allowed is not None and any(piece not in allowed for piece in chosen):
        raise JobInputError(f"{name} are {', '.join(allowed)}, not {', '.join(chosen)}")
    return chosen


def export_invoices(
    gs: Any,
    *,
    since: object,
    until: object,
    to: str | os.PathLike[str],
    formats: Iterable[str] | str = FORMATS,
    types: Iterable[str] | str = tuple(TYPES),
    status: Iterable[str] | str | None = None,
    concurrency: int = 4,
    progress: Callable[[ExportProgress], None] | None = None,
) -> ExportReport:
    """Download the XML and PDF of every CFDI issued from `since` to `until`, with a manifest.

    Args:
        gs: A `gigstack.Gigstack` client.
        since, until: Days (a date or "YYYY-MM-DD"), both included, as whole days in Mexico City
            time (America/Mexico_City), the SAT's calendar.
        to: The directory: DIR/<uuid>.xml, DIR/<uuid>.pdf and DIR/manifest.csv. Run again, files
            already complete there are checked against the manifest, not fetched again.
        formats: "xml", "pdf", both, or none (an empty list or "none": the manifest alone).
        types: The CFDI types: "I" income, "E" egress (credit notes), "P" payment complements,
            "T" transfers; all four by default. The manifest's `type` column says which each is.
        status: Only CFDI in this status (or these, e.g. "valid" or ["valid", "cancelled"]).
        concurrency: Invoices whose files are fetched at the same time.
        progress: Called with an ExportProgress as invoices finish.

    Returns:
        The ExportReport (`exit_code` 0 when every invoice's files are in DIR, 1 otherwise).

    Raises:
        JobInputError: A bad day, an unknown format or type, a bad concurrency; nothing was fetched.
        JobError: Another export into the same directory is running.
        JobStorageError: The directory cannot be written (read-only, a full disk).
        errors.APIStatusError, errors.APIConnectionError: Listing the invoices failed.
    """
    none = formats == "none" or (not isinstance(formats, str) and list(formats) in ([], ["none"]))
    chosen = () if none else _chosen("formats", formats, FORMATS, upper=False)
    if not none and not chosen:
        raise JobInputError("formats are xml, pdf, both, or none (the manifest alone)")
    kinds = _chosen("types", types, tuple(TYPES), upper=True)
    if not kinds:
        raise JobInputError(f"types are {', '.join(TYPES)} (I income, E egress, P payment complements, T transfers)")
    statuses = () if status is None else _chosen("status", status, None, upper=False)
    if isinstance(concurrency, bool) or not isinstance(concurrency, int) or not 1 <= concurrency <= 64:
        raise JobInputError(f"concurrency must be a whole number from 1 to 64, not {concurrency!r}")
    start, end = day_range(day(since, "since"), day(until, "until"))
    directory = Path(to)
    if directory.exists() and not directory.is_dir():
        raise JobInputError(f"{directory} is not a directory")
    with storage_errors(directory):
        directory.mkdir(parents=True, exist_ok=True)
        lock = _lock(directory, ".export.lock")  # two exports into one directory would race on its files
        try:
            return _export(gs, directory, chosen, kinds, statuses, start, end, concurrency, progress)
        finally:
            if lock is not None:
                lock.close()


def _export(
    gs: Any,
    directory: Path,
    chosen: tuple[str, ...],
    kinds: tuple[str, ...],
    statuses: tuple[str, ...],
    start: int,
    end: int,
    concurrency: int,
    progress: Callable[[ExportProgress], None] | None,
) -> ExportReport:
    manifest = directory / MANIFEST_NAME
    exporter = _Exporter(gs, directory, chosen, concurrency)
    state = _ExportState(directory, manifest)
    partial = directory / f".{MANIFEST_NAME}.partial"
    began = time.monotonic()
    counts = {"listed": 0, "done": 0, "exported": 0, "failed": 0, "downloaded": 0, "skipped": 0}
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
            for kind in kinds:
                for invoice in _listed(gs, kind, start, end, statuses):
                    data = invoice.to_dict()
                    uuid = _text(data.get("uuid"))
                    seconds = _seconds(data.get("created_at"))
                    if seconds is not None and not start <= seconds <= end:
                        continue  # outside the days asked for
                    if statuses and _text(data.get("status")).lower() not in statuses:
                        continue
                    if not state.first_time(uuid):
                        continue  # listed twice (pages shifted)
                    counts["listed"] += 1
                    queue.append(executor.submit(exporter.export, data, kind, state.recorded(uuid)))
                    write_done(writer, limit=2 * concurrency)
            write_done(writer, limit=0)
    except BaseException:
        partial.unlink(missing_ok=True)  # no half manifest left behind
        raise
    finally:
        state.close()
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
