"""What a job returns: its counts, and one result per input row (report.jsonl, read as you go)."""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

Status = Literal["issued", "invalid", "failed"]


@dataclass(frozen=True, slots=True)
class RowResult:
    """One input row: its 1-based `line` in the input, its `key`, `status`, the invoice's `uuid`
    when issued, otherwise `error` ({code, message}, plus `field` for an invalid row and
    `status_code`/`request_id` for an API error)."""

    line: int
    key: str | None
    status: Status
    uuid: str | None = None
    error: dict[str, Any] | None = None

    def to_dict(self) -> dict[str, Any]:
        found: dict[str, Any] = {"line": self.line, "key": self.key, "status": self.status}
        if self.uuid is not None:
            found["uuid"] = self.uuid
        if self.error is not None:
            found["error"] = self.error
        return found


@dataclass(frozen=True, slots=True)
class IssueProgress:
    """Where a running issue job is: `total` rows to send in this run, `done` of them finished
    (`issued` or `failed`), `in_flight`, and `already_issued` by earlier runs."""

    total: int
    done: int
    issued: int
    failed: int
    in_flight: int
    already_issued: int
    elapsed: float


@dataclass(frozen=True, slots=True)
class IssueReport:
    """The outcome of issue_invoices: counts over every input row, and where the report is.

    `sent` counts the requests of this run (0 for a finished job run again, or a dry run).
    """

    job_dir: Path | None
    report_path: Path | None
    rows: int
    issued: int
    failed: int
    invalid: int
    sent: int
    dry_run: bool = False

    @property
    def total(self) -> int:
        """The number of input rows (the same as `rows`)."""
        return self.rows

    @property
    def ok(self) -> bool:
        """Every row was issued."""
        return self.invalid == 0 if self.dry_run else self.issued == self.rows

    @property
    def exit_code(self) -> int:
        """What the command exits with: 0 when every row was issued, 1 when some were not."""
        return 0 if self.ok else 1

    def results(self) -> Iterator[RowResult]:
        """Every row's result, read from report.jsonl one line at a time."""
        if self.report_path is None:
            return
        with self.report_path.open(encoding="utf-8") as stream:
            for text in stream:
                data = json.loads(text)
                yield RowResult(data["line"], data.get("key"), data["status"], data.get("uuid"), data.get("error"))


@dataclass(frozen=True, slots=True)
class ExportedInvoice:
    """One row of manifest.csv."""

    uuid: str
    type: str  # the CFDI's type: I (income), E (egress, a credit note), P (payment complement), T (transfer)
    series: str
    folio: str
    created: str
    client_rfc: str
    client_name: str
    total: str
    currency: str
    status: str
    xml_sha256: str
    pdf_sha256: str
    xml_file: str
    pdf_file: str
    error: str
    xml_bytes: str = ""
    pdf_bytes: str = ""

    COLUMNS = (
        "uuid",
        "type",
        "series",
        "folio",
        "created",
        "client_rfc",
        "client_name",
        "total",
        "currency",
        "status",
        "xml_sha256",
        "pdf_sha256",
        "xml_file",
        "pdf_file",
        "error",
        "xml_bytes",
        "pdf_bytes",
    )

    def cells(self) -> list[str]:
        return [str(getattr(self, column)) for column in self.COLUMNS]


@dataclass(frozen=True, slots=True)
class ExportProgress:
    """Where a running export is: invoices `listed` so far, `done` of them (`exported` or
    `failed`), and files `downloaded` in this run (files already on disk are not fetched again)."""

    listed: int
    done: int
    exported: int
    failed: int
    downloaded: int
    elapsed: float
    listing_done: bool


@dataclass(frozen=True, slots=True)
class ExportReport:
    """The outcome of export_invoices: counts, and the manifest's path."""

    directory: Path
    manifest_path: Path
    invoices: int
    exported: int
    failed: int
    downloaded: int
    skipped: int  # files already complete on disk from an earlier run

    @property
    def total(self) -> int:
        """The number of invoices in the period (the same as `invoices`)."""
        return self.invoices

    @property
    def ok(self) -> bool:
        return self.failed == 0

    @property
    def exit_code(self) -> int:
        return 0 if self.ok else 1
