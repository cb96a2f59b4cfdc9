"""The commands: arguments in, a gigstack.jobs call, a summary and an exit status out."""

from __future__ import annotations

import functools
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any, NoReturn, ParamSpec

import click

from ..errors import ConfigurationError, GigstackError
from ..jobs import InvalidRowsError, JobError, JobInputError, export_invoices, issue_invoices
from ._progress import Reporter
from ._status import BAD_INPUT, OK, tell

P = ParamSpec("P")


def _job_errors(command: Callable[P, None]) -> Callable[P, None]:
    """A job's own failures end it with exit 2 (bad input, nothing more sent); the API's with theirs."""

    @functools.wraps(command)
    def wrapped(*args: P.args, **kwargs: P.kwargs) -> None:
        try:
            command(*args, **kwargs)
        except (InvalidRowsError, JobInputError, JobError) as error:
            _say(f"gigstack: {error}")
            _exit(BAD_INPUT)
        except GigstackError as error:
            _exit(tell(error, as_json=False))

    return wrapped


def _say(text: str) -> None:
    click.echo(text, err=True)


def _client() -> Any:
    """A Gigstack client from the environment (GIGSTACK_API_KEY...); generated, so found by name.
    A bad setting (no key, a key with inner whitespace...) ends the command with exit 2."""
    from importlib import import_module

    from ._settings import base_url_of, find_key, settings_of, team_of

    try:
        settings = settings_of(click.get_current_context())
        key = find_key(settings)
        gigstack = import_module(f"{__package__.rpartition('.')[0]}._client").Gigstack
        return gigstack(
            key.value, base_url=base_url_of(settings, key), team=team_of(settings, key), timeout=settings.timeout
        )
    except ConfigurationError as error:
        _say(f"gigstack: {error}")
        _exit(BAD_INPUT)


def _formats(_: click.Context, __: click.Parameter, value: str) -> tuple[str, ...]:
    chosen = tuple(part.strip().lower() for part in value.split(",") if part.strip())
    if chosen == ("none",):
        return ()  # the manifest alone
    if not chosen or any(part not in ("xml", "pdf") for part in chosen):
        raise click.BadParameter("a comma-separated list of xml and pdf (e.g. xml,pdf), or none for the manifest alone")
    return chosen


def _types(_: click.Context, __: click.Parameter, value: str) -> tuple[str, ...]:
    chosen = tuple(part.strip().upper() for part in value.split(",") if part.strip())
    if not chosen or any(part not in ("I", "E", "P", "T") for part in chosen):
        raise click.BadParameter("a comma-separated list of I, E, P and T (e.g. I,E)")
    return chosen


@click.command("issue")
@click.argument("rows", type=click.Path(dir_okay=False, path_type=Path))
@click.option(
    "--job",
    "job",
    required=True,
    type=click.Path(file_okay=False, path_type=Path),
    help="Job directory: the journal and report.jsonl. The same command again resumes.",
)
@click.option("--skip-invalid", is_flag=True, help="Issue the valid rows even if some are invalid.")
@click.option("--dry-run", is_flag=True, help="Validate and print what would be sent (JSON lines); send nothing.")
@click.option(
    "--concurrency",
    default=8,
    show_default=True,
    type=click.IntRange(1, 64),
    help="Most requests in flight (fewer when the server pushes back).",
)
@click.option("--key-prefix", default="", help="Put before each row's key to form its idempotency key.")
@click.option(
    "--format",
    "format_",
    type=click.Choice(["jsonl", "csv"]),
    default=None,
    help="The file's format when its suffix does not say.",
)
@click.option(
    "--encoding",
    default="utf-8",
    show_default=True,
    help="The file's text encoding: cp1252 for a file saved by Excel as its default CSV.",
)
@_job_errors
def issue(rows: Path, job: Path, skip_invalid: bool, dry_run: bool, concurrency: int, key_prefix: str,
          format_: str | None, encoding: str) -> None:  # fmt: skip
    """Issue one income invoice per row of ROWS (.jsonl or .csv), each exactly once."""
    if dry_run:
        _exit(_dry_run(rows, format_, key_prefix, encoding))
    gs = _client()
    with Reporter("issue") as reporter:
        report = issue_invoices(
            gs,
            rows,
            journal=job,
            format=format_,
            encoding=encoding,
            key_prefix=key_prefix,
            skip_invalid=skip_invalid,
            concurrency=concurrency,
            progress=reporter.issue,
        )
    _say(
        f"issued {report.issued} of {report.rows} rows ({report.failed} failed, {report.invalid} invalid;"
        f" {report.sent} requests sent in this run). Report: {report.report_path}"
    )
    if report.failed:
        _first_failures(report.report_path)
    _exit(report.exit_code)


def _dry_run(rows: Path, format_: str | None, key_prefix: str, encoding: str = "utf-8") -> int:
    from ..jobs._totals import totals

    def show(line: int, key: str, body: dict[str, Any]) -> None:
        shown = {"line": line, "idempotency_key": key, "totals": totals(body), "body": body}
        click.echo(json.dumps(shown, ensure_ascii=False))

    report = issue_invoices(
        None, rows, journal=None, format=format_, encoding=encoding, key_prefix=key_prefix, dry_run=True, preview=show
    )
    _say(f"dry run: {report.rows - report.invalid} of {report.rows} rows would be sent; {report.invalid} invalid")
    return OK if report.invalid == 0 else BAD_INPUT


def _first_failures(path: Path | None, limit: int = 10) -> None:
    if path is None:
        return
    shown = 0
    with path.open(encoding="utf-8") as stream:
        for text in stream:
            row = json.loads(text)
            if row["status"] != "issued" and shown < limit:
                error = row.get("error") or {}
                _say(f"  line {row['line']} ({row.get('key')}): {error.get('code')}: {error.get('message')}")
                shown += 1


@click.command("export")
@click.option("--since", required=True, help="First day, YYYY-MM-DD (Mexico City time).")
@click.option("--until", required=True, help="Last day, YYYY-MM-DD, included (Mexico City time).")
@click.option(
    "--to",
    "to",
    required=True,
    type=click.Path(file_okay=False, path_type=Path),
    help="Directory: <uuid>.xml, <uuid>.pdf and manifest.csv. The same command again resumes.",
)
@click.option(
    "--formats",
    default="xml,pdf",
    show_default=True,
    callback=_formats,
    help="xml, pdf, both, or none (the manifest alone).",
)
@click.option(
    "--types",
    default="I,E,P,T",
    show_default=True,
    callback=_types,
    help="CFDI types: I income, E egress (credit notes), P payment complements, T transfers.",
)
@click.option("--status", "statuses", multiple=True, help="Only CFDI in this status (repeatable), e.g. valid.")
@click.option(
    "--concurrency", default=4, show_default=True, type=click.IntRange(1, 64), help="Invoices fetched at the same time."
)
@_job_errors
def export(since: str, until: str, to: Path, formats: tuple[str, ...], types: tuple[str, ...],
           statuses: tuple[str, ...], concurrency: int) -> None:  # fmt: skip
    """Download the XML and PDF of every CFDI issued from --since to --until (income, egress,
    payment complements, transfers), with manifest.csv."""
    gs = _client()
    with Reporter("export") as reporter:
        report = export_invoices(
            gs,
            since=since,
            until=until,
            to=to,
            formats=formats or "none",
            types=types,
            status=statuses or None,
            concurrency=concurrency,
            progress=reporter.export,
        )
    _say(
        f"exported {report.exported} of {report.invoices} invoices ({report.failed} failed; {report.downloaded}"
        f" files fetched, {report.skipped} already there). Manifest: {report.manifest_path}"
    )
    _exit(report.exit_code)


def _exit(code: int) -> NoReturn:
    raise SystemExit(code)
