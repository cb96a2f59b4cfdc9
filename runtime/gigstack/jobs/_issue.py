"""issue_invoices: every row of a file issued exactly once, resumable after any crash."""

from __future__ import annotations

import hashlib
import heapq
import inspect
import itertools
import json
import os
import random
import tempfile
import time
from collections.abc import Callable, Iterable, Iterator, Mapping
from concurrent.futures import FIRST_COMPLETED, Future, ThreadPoolExecutor, wait
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..errors import (
    APIConnectionError,
    APIStatusError,
    APITimeoutError,
    AuthenticationError,
    ConflictError,
    GigstackError,
    InvalidResponseError,
    PermissionDeniedError,
    RateLimitError,
    parse_retry_after,
)
from ._errors import InvalidRowsError, JobInputError
from ._journal import Journal, Pending, storage_errors
from ._keys import idempotency_key, prefix_problem
from ._pacing import Pacer, backoff
from ._problem import Problem
from ._report import IssueProgress, IssueReport, RowResult
from ._rows import Row, checked_encoding, file_fingerprint, input_format, read_mappings, read_rows
from ._validate import validate

REPORT_NAME = "report.jsonl"
MAX_ATTEMPTS = 6  # sends of one row in one run after faults (network, 5xx); a later run tries again
MAX_PUSHBACKS = 50  # 429/503 answers one row may get in one run before it is left for a later run
CONFLICT_ATTEMPTS = 3  # a 409 may be the first request with the key still running: ask again, then stop
RETRY_STATUSES = frozenset({408, 500, 502, 504})
OPTION_NAMES = frozenset({"team", "extra_headers", "extra_query", "extra_body", "timeout", "max_retries"})

Preview = Callable[[int, str, dict[str, Any]], None]


def issue_invoices(
    gs: Any,
    rows: str | os.PathLike[str] | Iterable[Mapping[str, Any]],
    *,
    journal: str | os.PathLike[str] | None,
    format: str | None = None,
    encoding: str = "utf-8",
    key_prefix: str = "",
    skip_invalid: bool = False,
    dry_run: bool = False,
    concurrency: int = 8,
    progress: Callable[[IssueProgress], None] | None = None,
    preview: Preview | None = None,
) -> IssueReport:
    """Issue one income invoice per row, exactly once, resumably.

    Args:
        gs: A `gigstack.Gigstack` client.
        rows: A `.jsonl` or `.csv` file (see docs/jobs.md), or an iterable of mappings, each the
            body of POST /invoices/income plus its own unique `"key"`.
        journal: The job directory: it holds the journal (journal.sqlite3) and report.jsonl. Run
            again with the same rows and arguments, it resumes; a finished job sends nothing.
            None only with `dry_run`.
        format: "jsonl" or "csv" when the file's suffix does not say.
        encoding: The file's text encoding: UTF-8 by default (a byte-order mark is skipped);
            "cp1252" for a file saved by Excel as its default "CSV". A file that is not in it is
            refused, naming the byte and the encoding to try.
        key_prefix: Put before each row's key to make its idempotency key (`key_prefix + key`).
        skip_invalid: Issue the valid rows even when some are invalid (by default a single invalid
            row stops the job before anything is sent, raising InvalidRowsError).
        dry_run: Validate, and call `preview(line, idempotency_key, body)` for each row that would
            be sent; nothing is sent and nothing is written.
        concurrency: The most requests in flight (the job sends fewer when the server pushes back).
        progress: Called with an IssueProgress as rows finish, and about once a second.

    Returns:
        The IssueReport (`exit_code` 0 when every row was issued, 1 otherwise).

    Raises:
        InvalidRowsError: Some rows are invalid and `skip_invalid` is False; nothing was sent, the
            report names each bad row's line and field.
        JobInputError: The input or the arguments are unusable; nothing was sent.
        JournalMismatchError: The directory holds another job's journal; nothing was sent.
        AuthenticationError, PermissionDeniedError: The API refused the key (401, 403): the job
            stopped at once, after writing the report; every row not issued is sent again by the
            next run (the command exits 4).
        JobStorageError: The job directory cannot be read or written (a corrupt journal, a
            read-only directory, a full disk); the command exits 2.
    """
    problem = prefix_problem(key_prefix)
    if problem:
        raise JobInputError(problem)
    if isinstance(concurrency, bool) or not isinstance(concurrency, int) or not 1 <= concurrency <= 64:
        raise JobInputError(f"concurrency must be a whole number from 1 to 64, not {concurrency!r}")
    if journal is None and not dry_run:
        raise JobInputError("journal= names the job directory (it may be omitted only for a dry run)")
    directory = None if journal is None else Path(journal)
    if directory is not None and directory.exists() and not directory.is_dir():
        raise JobInputError(f"{directory} is not a directory")
    # A dry run journals in a scratch directory on disk, as a real run does: memory stays flat
    # however big the file (an in-memory journal would hold every row).
    scratch = tempfile.TemporaryDirectory(prefix="gigstack-dry-run-") if dry_run else None
    with storage_errors(None if dry_run else directory):
        store = Journal(Path(scratch.name) if scratch is not None else directory)
        try:
            _load(store, rows, format, key_prefix, encoding)
            counts = store.counts()
            if counts.get("invalid", 0) and not skip_invalid:
                if directory is None or dry_run:
                    report = IssueReport(None, None, sum(counts.values()), 0, 0, counts["invalid"], 0, dry_run=True)
                else:
                    report = _write_report(store, directory, sent=0)
                shown = [str(error["message"]) for _, error in itertools.islice(_invalid_rows(store), 5)]
                invalid = counts["invalid"]
                more = f" (and {invalid - 5} more)" if invalid > 5 else ""
                raise InvalidRowsError(
                    f"{invalid} of {report.rows} rows are invalid; nothing was sent"
                    + (
                        f" (see {report.report_path}, or skip them with skip_invalid=True, --skip-invalid on the command line): "
                        if report.report_path
                        else ": "
                    )
                    + "; ".join(shown)
                    + more,
                    report,
                )
            if dry_run:
                return _dry_run(store, preview)
            assert directory is not None
            sent = 0
            sender: _Sender | None = None
            try:
                if store.count_to_send():  # a finished job sends nothing (and needs no client)
                    sender = _Sender(gs, store, concurrency, progress)
                    sent = sender.run()
            finally:
                report = _write_report(store, directory, sent=sent)
            if sender is not None and sender.key_refused is not None:
                raise sender.key_refused  # after the report: every row not issued stays retryable
            return report
        finally:
            store.close()
            if scratch is not None:
                scratch.cleanup()


# -- reading and validating ----------------------------------------------------------------------


def _load(store: Journal, rows: Any, format: str | None, prefix: str, encoding: str = "utf-8") -> None:
    """Validate every row into the journal, unless this journal already holds this very input."""
    if isinstance(rows, str | os.PathLike):
        path = Path(rows)
        if not path.is_file():
            raise JobInputError(f"{path}: no such file")
        chosen = input_format(path, format)
        codec = checked_encoding(encoding)
        # The same bytes read in another encoding are other rows: another job (UTF-8 as before).
        kind = chosen if codec == "utf-8" else f"{chosen};{codec}"
        fingerprint = _fingerprint(kind, prefix, file_fingerprint(path))
        store.check(fingerprint)
        if not store.validated:
            _validate_into(store, read_rows(path, chosen, codec), prefix, fingerprint, f"{path.name} ({chosen})")
        return
    if isinstance(rows, Mapping) or not isinstance(rows, Iterable):
        raise JobInputError("rows must be a .jsonl or .csv path, or an iterable of mappings (one per invoice)")
    if store.validated:
        digest = hashlib.sha256()
        for row in read_mappings(rows):
            digest.update(_canonical(row))
        store.check(_fingerprint("rows", prefix, digest.hexdigest()))
        return
    _validate_into(store, read_mappings(rows), prefix, None, "rows given in Python")


def _invalid_rows(store: Journal) -> Iterator[tuple[int, dict[str, Any]]]:
    for line, _, state, _, error in store.results():
        if state == "invalid":
            yield line, error


def _canonical(row: Row) -> bytes:
    return json.dumps(row.data, sort_keys=True, default=str).encode() + b"\n"


def _fingerprint(kind: str, prefix: str, content: str) -> str:
    return hashlib.sha256(f"gigstack-jobs-issue/1\0{kind}\0{prefix}\0{content}".encode()).hexdigest()


def _validate_into(store: Journal, rows: Iterator[Row], prefix: str, fingerprint: str | None, name: str) -> None:
    digest = hashlib.sha256()
    store.begin()
    try:
        store.clear_rows()
        for row in rows:
            if fingerprint is None:
                digest.update(_canonical(row))
            problems = validate(row, prefix)
            key = row.key
            if key is not None and not any(p.field == "key" for p in problems):
                first = store.line_of_key(key)
                if first is not None:
                    problems.insert(0, Problem("duplicate_key", "key", f"{key!r} is also the key of line {first}"))
            if problems:
                store.add_row(row.line, key, None, None, _invalid(row.line, problems))
                continue
            assert row.data is not None and key is not None
            body = {name: value for name, value in row.data.items() if name not in ("key", "idempotency_key")}
            store.add_row(row.line, key, idempotency_key(key, prefix), body, None)
        final = fingerprint if fingerprint is not None else _fingerprint("rows", prefix, digest.hexdigest())
        store.check(final)
        store.finish_validation(final, name)
        store.commit()
    except BaseException:
        store.rollback()
        raise


def _invalid(line: int, problems: list[Problem]) -> dict[str, Any]:
    first = problems[0]
    return {
        "code": first.code,
        "field": first.field,
        "message": "; ".join(problem.describe(line) for problem in problems),
        "problems": [
            {"code": p.code, "field": p.field, "line": p.line if p.line is not None else line, "message": p.message}
            for p in problems
        ],
    }


def _dry_run(store: Journal, preview: Preview | None) -> IssueReport:
    counts = store.counts()
    if preview is not None:
        for pending in store.to_send():
            preview(pending.line, pending.idempotency_key, pending.body)
    return IssueReport(
        job_dir=None,
        report_path=None,
        rows=sum(counts.values()),
        issued=0,
        failed=0,
        invalid=counts.get("invalid", 0),
        sent=0,
        dry_run=True,
    )


# -- the report ----------------------------------------------------------------------------------

UNFINISHED = {
    "pending": ("not_sent", "not sent yet: run the job again to resume"),
    "sent": ("outcome_unknown", "sent, no answer recorded: run the job again to resume (same idempotency key)"),
}


def _result(line: int, key: str | None, state: str, uuid: str | None, error: Any) -> RowResult:
    if state == "issued":
        return RowResult(line, key, "issued", uuid=uuid)
    if state == "invalid":
        return RowResult(line, key, "invalid", error=error)
    if state in UNFINISHED:
        code, message = UNFINISHED[state]
        return RowResult(line, key, "failed", error={"code": code, "message": message})
    return RowResult(line, key, "failed", error=error)


def _write_report(store: Journal, directory: Path, *, sent: int) -> IssueReport:
    path = directory / REPORT_NAME
    signature = store.signature()
    if sent == 0 and path.is_file() and store.meta("reported") == signature:
        # A finished job run again: its report is already the journal's; rewriting 100,000 lines
        # was most of the time such a run took.
        counts = store.counts()
        failed = counts.get("failed", 0) + counts.get("pending", 0) + counts.get("sent", 0)
        total = sum(counts.values())
        return IssueReport(directory, path, total, counts.get("issued", 0), failed, counts.get("invalid", 0), 0)
    partial = directory / f".{REPORT_NAME}.partial"
    counts = {"issued": 0, "failed": 0, "invalid": 0}
    total = 0
    with os.fdopen(os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600), "w", encoding="utf-8") as stream:
        for line, key, state, uuid, error in store.results():
            result = _result(line, key, state, uuid, error)
            counts[result.status] += 1
            total += 1
            stream.write(json.dumps(result.to_dict(), ensure_ascii=False) + "\n")
    os.replace(partial, path)
    store.set_meta("reported", signature)
    return IssueReport(directory, path, total, counts["issued"], counts["failed"], counts["invalid"], sent)


# -- sending -------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _Outcome:
    kind: str  # issued | pushed_back | overloaded | retry | conflict | final | key_refused
    uuid: str | None = None
    error: dict[str, Any] | None = None
    retry_after: float | None = None
    exception: Exception | None = None  # key_refused: the API's error, raised once the job stops


@dataclass(slots=True)
class _Flight:
    row: Pending
    started: float
    attempts: int
    pushbacks: int


def _api_error(error: APIStatusError) -> dict[str, Any]:
    found: dict[str, Any] = {
        "code": error.code or f"http_{error.status_code}",
        "message": error.message,
        "status_code": error.status_code,
    }
    if error.details:
        found["details"] = error.details
    if error.request_id:
        found["request_id"] = error.request_id
    return found


def classify(error: Exception) -> _Outcome:
    """What the job does after a failed create: the runtime's retry rules, applied by the job."""
    if isinstance(error, AuthenticationError | PermissionDeniedError):
        # The key, not the row: every other row would be refused alike. The job stops at once.
        return _Outcome("key_refused", error=_api_error(error), exception=error)
    if isinstance(error, RateLimitError):
        return _Outcome("pushed_back", error=_api_error(error), retry_after=error.retry_after)
    if isinstance(error, InvalidResponseError):
        # A body cut or garbled after the invoice may have been stamped: send again, same key.
        return _Outcome("retry", error=_api_error(error))
    if isinstance(error, APIStatusError):
        if error.status_code == 503:
            return _Outcome(
                "overloaded", error=_api_error(error), retry_after=parse_retry_after(error.headers.get("retry-after"))
            )
        if error.status_code in RETRY_STATUSES or error.status_code >= 500:
            return _Outcome(
                "retry", error=_api_error(error), retry_after=parse_retry_after(error.headers.get("retry-after"))
            )
        if isinstance(error, ConflictError):
            return _Outcome("conflict", error=_api_error(error))
        return _Outcome("final", error=_api_error(error))
    if isinstance(error, APIConnectionError):
        code = "timeout" if isinstance(error, APITimeoutError) else "connection_error"
        return _Outcome("retry", error={"code": code, "message": str(error)})
    if isinstance(error, GigstackError):
        return _Outcome("final", error={"code": "client_error", "message": str(error)})
    return _Outcome("final", error={"code": "unexpected_error", "message": f"{type(error).__name__}: {error}"})


class _Sender:
    def __init__(
        self, gs: Any, store: Journal, concurrency: int, progress: Callable[[IssueProgress], None] | None
    ) -> None:
        self.create = gs.invoices.income.create
        self.parameters = frozenset(inspect.signature(self.create).parameters) - OPTION_NAMES
        self.store = store
        self.pacer = Pacer(concurrency)
        self.concurrency = concurrency
        self.progress = progress
        self.total = store.count_to_send()
        self.already = store.counts().get("issued", 0)
        self.issued = self.failed = self.sent = 0
        self.key_refused: Exception | None = None
        self.started = time.monotonic()
        self.random = random.Random()

    def call(self, row: Pending) -> _Outcome:
        """One create, in a worker thread: the runtime does not retry it (max_retries=0); the job does."""
        arguments: dict[str, Any] = {}
        extra: dict[str, Any] = {}
        for name, value in row.body.items():
            if name in self.parameters and name != "idempotency_key":
                arguments[name] = value
            elif f"{name}_" in self.parameters:
                arguments[f"{name}_"] = value
            else:
                extra[name] = value  # a field this version of the client does not know: sent as is
        try:
            invoice = self.create(
                **arguments,
                idempotency_key=row.idempotency_key,
                extra_body=extra or None,
                max_retries=0,
            )
            uuid = getattr(invoice, "uuid", None)
        except Exception as error:  # noqa: BLE001 - every failure becomes the row's outcome
            return classify(error)
        if not isinstance(uuid, str) or not uuid:
            return _Outcome("retry", error={"code": "invalid_response", "message": "the answer carries no uuid"})
        return _Outcome("issued", uuid=uuid)

    def report(self, in_flight: int) -> None:
        if self.progress is not None:
            self.progress(
                IssueProgress(
                    total=self.total,
                    done=self.issued + self.failed,
                    issued=self.issued,
                    failed=self.failed,
                    in_flight=in_flight,
                    already_issued=self.already,
                    elapsed=time.monotonic() - self.started,
                )
            )

    def run(self) -> int:
        source = self.store.to_send()
        held: _Flight | None = None
        exhausted = False
        waiting: list[tuple[float, int, _Flight]] = []  # retries, by the time they may leave
        order = itertools.count()
        flying: dict[Future[_Outcome], _Flight] = {}
        executor = ThreadPoolExecutor(max_workers=self.concurrency, thread_name_prefix="gigstack-issue")
        self.report(0)
        try:
            while True:
                now = time.monotonic()
                while len(flying) < self.pacer.slots and self.key_refused is None:
                    if held is None and waiting and waiting[0][0] <= now:
                        held = heapq.heappop(waiting)[2]
                    if held is None and not exhausted:
                        row = next(source, None)
                        if row is None:
                            exhausted = True
                        else:
                            held = _Flight(row, now, 0, 0)
                    if held is None or self.pacer.wait(now) > 0:
                        break
                    flight, held = held, None
                    self.store.mark_sent(flight.row.line)  # before the request leaves
                    flight.started = now
                    flight.attempts += 1
                    self.pacer.sent(now)
                    self.sent += 1
                    flying[executor.submit(self.call, flight.row)] = flight
                if not flying and (self.key_refused is not None or (held is None and not waiting and exhausted)):
                    break  # done, or the key was refused: what was not sent stays to send
                timeouts = [1.0]
                if held is not None:
                    timeouts.append(self.pacer.wait(now))
                elif waiting:
                    timeouts.append(waiting[0][0] - now)
                timeout = max(0.0, min(timeouts))
                if flying:
                    done, _ = wait(flying, timeout=timeout, return_when=FIRST_COMPLETED)
                else:
                    time.sleep(timeout)
                    done = set()
                for future in done:
                    flight = flying.pop(future)
                    self.settle(flight, future.result(), waiting, order)
                self.report(len(flying))
        finally:
            # Rows in flight stay `sent` in the journal: the next run sends them again, same key.
            executor.shutdown(wait=False, cancel_futures=True)
        return self.sent

    def settle(
        self, flight: _Flight, outcome: _Outcome, waiting: list[tuple[float, int, _Flight]], order: Iterator[int]
    ) -> None:
        now = time.monotonic()
        row = flight.row
        if outcome.kind == "issued":
            assert outcome.uuid is not None
            self.store.mark_issued(row.line, outcome.uuid)  # after the answer is in
            self.pacer.succeeded(now)
            self.issued += 1
            return
        assert outcome.error is not None
        if outcome.kind == "key_refused":
            self.store.mark_failed(row.line, outcome.error, retryable=True)  # the next run sends it again
            self.failed += 1
            self.key_refused = self.key_refused or outcome.exception
            return
        delay: float | None = None
        if outcome.kind in ("pushed_back", "overloaded"):
            self.pacer.pushed_back(now, flight.started, outcome.retry_after, overloaded=outcome.kind == "overloaded")
            flight.pushbacks += 1
            flight.attempts -= 1  # pacing, not a fault
            if flight.pushbacks < MAX_PUSHBACKS:
                delay = outcome.retry_after if outcome.retry_after is not None else backoff(flight.pushbacks)
        elif outcome.kind == "retry" and flight.attempts < MAX_ATTEMPTS:
            delay = outcome.retry_after
            if delay is None:
                delay = backoff(flight.attempts, jitter=self.random.random())
        elif outcome.kind == "conflict" and flight.attempts < CONFLICT_ATTEMPTS:
            delay = backoff(flight.attempts + 1, jitter=self.random.random())
        if delay is not None:
            heapq.heappush(waiting, (now + delay, next(order), flight))
            return
        retryable = outcome.kind not in ("final", "conflict")
        self.store.mark_failed(row.line, outcome.error, retryable=retryable)
        self.failed += 1
