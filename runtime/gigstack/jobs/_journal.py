"""The journal of an issue job: one sqlite file in the job directory, one line per input row.

A row's state is written (and committed) before its request leaves and again when the answer is
in, so a process killed at any moment loses nothing: a row left `sent` is sent again with the same
idempotency key. WAL with synchronous=NORMAL: a commit survives the process being killed; after a
power cut the last few commits may be lost, which only means those rows are sent again, with the
same keys, and gigstack answers with the invoices it already issued.

States: pending (valid, not sent yet), sent (in flight), issued (with the uuid), failed (with the
API's error; `retryable` when a later run may send it again), invalid (with the problems).
"""

from __future__ import annotations

import json
import os
import sqlite3
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ._errors import JobError, JobStorageError, JournalMismatchError

FILE_NAME = "journal.sqlite3"
VERSION = "1"
SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (name TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS rows (
    line INTEGER PRIMARY KEY,
    key TEXT,
    idempotency_key TEXT,
    state TEXT NOT NULL,
    body TEXT,
    uuid TEXT,
    error TEXT,
    retryable INTEGER NOT NULL DEFAULT 0,
    attempts INTEGER NOT NULL DEFAULT 0,
    updated REAL NOT NULL
);
CREATE INDEX IF NOT EXISTS rows_by_key ON rows (key);
"""
TO_SEND = "state IN ('pending', 'sent') OR (state = 'failed' AND retryable = 1)"


def _lock(directory: Path, name: str = "journal.lock") -> Any:
    """Hold the job directory for this run: two runs of one job would send the same rows at once."""
    try:
        import fcntl
    except ImportError:  # Windows: no advisory locks here; the idempotency keys still hold
        return None
    handle = os.fdopen(os.open(directory / name, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600), "a")
    try:
        fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        handle.close()
        raise JobError(f"{directory}: another run of this job is in progress") from None
    return handle


@contextmanager
def storage_errors(directory: Path | None) -> Iterator[None]:
    """A job directory that cannot be used becomes JobStorageError, naming it, never a traceback."""
    try:
        yield
    except sqlite3.DatabaseError as error:
        raise JobStorageError(
            f"the journal in {directory} cannot be used ({error}): a corrupt file, or a full disk? Free"
            " the disk, or move the file away to start afresh (the idempotency keys still prevent duplicates)"
        ) from None
    except OSError as error:
        where = error.filename or directory
        inside = directory is not None and str(where).startswith(str(directory))
        hint = " (the job directory must be writable, on a disk with room)" if inside else ""
        raise JobStorageError(f"{where}: {error.strerror or error}{hint}") from None


@dataclass(frozen=True, slots=True)
class Pending:
    line: int
    key: str
    idempotency_key: str
    body: dict[str, Any]
    attempts: int


class Journal:
    def __init__(self, directory: Path | None) -> None:
        """The journal in `directory` (created if needed), or in memory when None (a dry run)."""
        self._lock: Any = None
        if directory is None:
            self.path = Path(":memory:")
            self._db = sqlite3.connect(":memory:", isolation_level=None)
        else:
            directory.mkdir(parents=True, exist_ok=True, mode=0o700)
            self._lock = _lock(directory)
            self.path = directory / FILE_NAME
            if not self.path.exists():
                # Owner only: the rows hold RFCs, names and emails. SQLite gives its WAL the same mode.
                os.close(os.open(self.path, os.O_WRONLY | os.O_CREAT, 0o600))
            self._db = sqlite3.connect(self.path, isolation_level=None)
            self._db.execute("PRAGMA secure_delete=ON")  # a body cleared is overwritten, not left in free pages
            self._db.execute("PRAGMA journal_mode=WAL")
            self._db.execute("PRAGMA synchronous=NORMAL")
        self._db.executescript(SCHEMA)

    def close(self) -> None:
        self._db.close()
        if self._lock is not None:
            self._lock.close()  # releases the lock

    # -- what the journal belongs to ------------------------------------------------------------

    def meta(self, name: str) -> str | None:
        found = self._db.execute("SELECT value FROM meta WHERE name = ?", (name,)).fetchone()
        return None if found is None else str(found[0])

    def set_meta(self, name: str, value: str) -> None:
        self._db.execute("INSERT OR REPLACE INTO meta VALUES (?, ?)", (name, value))

    @property
    def validated(self) -> bool:
        return self.meta("validated") == "1"

    def never_sent(self) -> bool:
        """True while no row of this journal has ever left (only pending and invalid rows)."""
        found = self._db.execute(
            "SELECT 1 FROM rows WHERE state NOT IN ('pending', 'invalid') OR attempts > 0 LIMIT 1"
        ).fetchone()
        return found is None

    def check(self, fingerprint: str) -> None:
        """Raise JournalMismatchError when the journal belongs to another input or other arguments.
        A journal from which nothing was ever sent (a run refused for invalid rows) is given to the
        new input instead: fixing the file and running the same command again works."""
        found = self.meta("fingerprint")
        if found is not None and found != fingerprint and self.never_sent():
            self._db.execute("DELETE FROM meta WHERE name IN ('fingerprint', 'validated', 'input')")
            return
        if found is not None and found != fingerprint:
            raise JournalMismatchError(
                f"{self.path.parent} holds the journal of another job (started from {self.meta('input')}): the"
                " rows or the key prefix changed since then. Resume with the same file and arguments, or use a"
                " new job directory (rows already issued are not issued twice while gigstack remembers their keys)."
            )

    def finish_validation(self, fingerprint: str, description: str) -> None:
        """Inside the validation's transaction: the rows are in; bind the journal to this input."""
        values = {"version": VERSION, "fingerprint": fingerprint, "input": description, "validated": "1"}
        self._db.executemany("INSERT OR REPLACE INTO meta VALUES (?, ?)", values.items())

    # -- validation ------------------------------------------------------------------------------

    def begin(self) -> None:
        self._db.execute("BEGIN")

    def commit(self) -> None:
        self._db.execute("COMMIT")

    def rollback(self) -> None:
        if self._db.in_transaction:
            self._db.execute("ROLLBACK")

    def line_of_key(self, key: str) -> int | None:
        found = self._db.execute("SELECT line FROM rows WHERE key = ? ORDER BY line LIMIT 1", (key,)).fetchone()
        return None if found is None else int(found[0])

    def add_row(
        self, line: int, key: str | None, idempotency_key: str | None, body: dict[str, Any] | None, error: Any
    ) -> None:
        state = "invalid" if error is not None else "pending"
        self._db.execute(
            "INSERT OR REPLACE INTO rows (line, key, idempotency_key, state, body, error, updated)"
            " VALUES (?, ?, ?, ?, ?, ?, ?)",
            (
                line,
                key,
                idempotency_key,
                state,
                None if body is None else json.dumps(body, ensure_ascii=False, separators=(",", ":")),
                None if error is None else json.dumps(error, ensure_ascii=False),
                time.time(),
            ),
        )

    def clear_rows(self) -> None:
        self._db.execute("DELETE FROM rows")

    # -- sending ---------------------------------------------------------------------------------

    def to_send(self, batch: int = 500) -> Iterator[Pending]:
        """The rows to send, in line order, read a batch at a time (memory stays flat)."""
        after = 0
        while True:
            found = self._db.execute(
                f"SELECT line, key, idempotency_key, body, attempts FROM rows WHERE line > ? AND ({TO_SEND})"
                " ORDER BY line LIMIT ?",
                (after, batch),
            ).fetchall()
            if not found:
                return
            for line, key, idempotency_key, body, attempts in found:
                yield Pending(line, key, idempotency_key, json.loads(body), attempts)
            after = found[-1][0]

    def count_to_send(self) -> int:
        return int(self._db.execute(f"SELECT COUNT(*) FROM rows WHERE {TO_SEND}").fetchone()[0])

    def mark_sent(self, line: int) -> None:
        with self._db:
            self._db.execute(
                "UPDATE rows SET state = 'sent', attempts = attempts + 1, updated = ? WHERE line = ?",
                (time.time(), line),
            )

    def mark_issued(self, line: int, uuid: str) -> None:
        with self._db:
            self._db.execute(
                # The body goes once the invoice is issued: it is never sent again, and it holds personal data.
                "UPDATE rows SET state = 'issued', uuid = ?, error = NULL, retryable = 0, body = NULL, updated = ?"
                " WHERE line = ?",
                (uuid, time.time(), line),
            )

    def mark_failed(self, line: int, error: dict[str, Any], *, retryable: bool) -> None:
        with self._db:
            self._db.execute(
                # A row that is never sent again (refused by the API) keeps no body either.
                "UPDATE rows SET state = 'failed', error = ?, retryable = ?, updated = ?,"
                " body = CASE WHEN ? THEN body ELSE NULL END WHERE line = ?",
                (json.dumps(error, ensure_ascii=False), int(retryable), time.time(), int(retryable), line),
            )

    def mark_pending(self, line: int) -> None:
        """A row whose request was never sent (stopped before it left): back to pending."""
        with self._db:
            self._db.execute("UPDATE rows SET state = 'pending', updated = ? WHERE line = ?", (time.time(), line))

    # -- the report ------------------------------------------------------------------------------

    def signature(self) -> str:
        """A summary of every row's state, cheap to compare: equal, the report written from it is current."""
        found = self._db.execute(
            "SELECT COUNT(*), COALESCE(MAX(updated), 0), COALESCE(SUM(attempts), 0) FROM rows"
        ).fetchone()
        return f"{found[0]}:{found[1]!r}:{found[2]}"

    def counts(self) -> dict[str, int]:
        found = self._db.execute("SELECT state, COUNT(*) FROM rows GROUP BY state").fetchall()
        return {str(state): int(count) for state, count in found}

    def results(self) -> Iterator[tuple[int, str | None, str, str | None, Any]]:
        """(line, key, state, uuid, error) of every row, in line order."""
        cursor = self._db.execute("SELECT line, key, state, uuid, error FROM rows ORDER BY line")
        for line, key, state, uuid, error in cursor:
            yield line, key, state, uuid, None if error is None else json.loads(error)
