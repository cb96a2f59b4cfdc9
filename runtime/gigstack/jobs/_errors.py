"""The errors of a bulk job: input that cannot be used as a whole (before anything is sent)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..errors import GigstackError

if TYPE_CHECKING:
    from ._report import IssueReport


class JobError(GigstackError):
    """A bulk job could not start or go on; nothing more was sent for it."""


class JobInputError(JobError, ValueError):
    """The input or the arguments of a job are unusable (no such file, an unknown format, a bad
    prefix or date, a CSV header that names no known field...). Nothing was sent."""


class JournalMismatchError(JobError):
    """The job directory belongs to another input or other arguments: resuming would not be the
    same job. Use a new directory (the idempotency keys still prevent duplicates) or restore the file."""


class JobStorageError(JobError):
    """The job directory cannot be read or written: a corrupt journal, a read-only directory, a
    full disk. What was sent is in the journal as far as it could be written; run again once the
    directory is usable (the idempotency keys still prevent duplicates)."""


class InvalidRowsError(JobInputError):
    """Some rows are invalid and `skip_invalid` was not given: nothing was sent. The report
    (`report`, also written to the job directory's report.jsonl) names each bad row's line and field."""

    def __init__(self, message: str, report: IssueReport) -> None:
        super().__init__(message)
        self.report = report
