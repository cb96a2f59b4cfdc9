"""Bulk jobs: issue a file of invoices exactly once, export a period's XML and PDF; resumable.

    from gigstack import Gigstack
    from gigstack.jobs import issue_invoices, export_invoices

    gs = Gigstack()
    report = issue_invoices(gs, "suscripciones-2026-11.jsonl", journal="jobs/suscripciones-2026-11")
    export_invoices(gs, since="2026-11-01", until="2026-11-30", to="export/2026-11")

The `gigstack` command (pip install gigstack[cli]) is a thin layer over these two functions.
Formats, the idempotency key formula, resume rules and exit codes: docs/jobs.md.
"""

from ._errors import InvalidRowsError, JobError, JobInputError, JobStorageError, JournalMismatchError
from ._export import export_invoices
from ._issue import issue_invoices
from ._keys import idempotency_key
from ._report import ExportedInvoice, ExportProgress, ExportReport, IssueProgress, IssueReport, RowResult
from ._totals import totals as invoice_totals

__all__ = [
    "ExportProgress",
    "ExportReport",
    "ExportedInvoice",
    "InvalidRowsError",
    "IssueProgress",
    "IssueReport",
    "JobError",
    "JobInputError",
    "JobStorageError",
    "JournalMismatchError",
    "RowResult",
    "export_invoices",
    "idempotency_key",
    "invoice_totals",
    "issue_invoices",
]
