"""A click command from the generated data of one operation (gigstack/cli/operations/*.py): path
parameters as arguments in path order, query parameters and the body's scalar fields as typed
options, and the options every operation shares (--data, --format, --dry-run, --yes...)."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Any

import click

from ._output import FORMATS
from ._status import EXIT_STATUS_HELP

WRITES = ("write", "destructive", "fiscal")
ASKS = ("destructive", "fiscal")

if TYPE_CHECKING:  # click 8.2+ types ParamType by its value; 8.1, which we allow, does not
    _ParamType = click.ParamType[Any, Any]
else:
    _ParamType = click.ParamType


class Moment(_ParamType):
    """Unix seconds, or a YYYY-MM-DD day in Mexico City (its first second for a lower bound, its
    last for an upper one)."""

    name = "moment"

    def __init__(self, *, end_of_day: bool) -> None:
        self.end_of_day = end_of_day

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> int:
        if isinstance(value, int):
            return value
        text = str(value).strip()
        if text.isdigit():
            return int(text)
        try:
            day = dt.date.fromisoformat(text)
        except ValueError:
            self.fail(f"{value!r} is neither unix seconds nor a YYYY-MM-DD day", param, ctx)
        from ..jobs._calendar import day_range

        start, end = day_range(day, day)
        return end if self.end_of_day else start


class Pair(_ParamType):
    name = "KEY=VALUE"

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> tuple[str, str]:
        if isinstance(value, tuple):
            return value
        key, sep, item = str(value).partition("=")
        if not sep or not key.strip():
            self.fail(f"{value!r} is not KEY=VALUE", param, ctx)
        return key.strip(), item


def _type(option: dict[str, Any]) -> Any:
    kind = option.get("type")
    if option.get("choices") and not option.get("open"):
        return click.Choice(option["choices"])
    if kind == "integer":
        return click.INT
    if kind == "number":
        return click.FLOAT
    if kind == "time":
        return Moment(end_of_day=option.get("key") in ("lte", "lt"))
    if kind == "pairs":
        return Pair()
    if kind == "binary":
        return click.Path(exists=True, dir_okay=False, readable=True)
    return click.STRING


def _help(option: dict[str, Any]) -> str:
    text = option.get("description") or ""
    if option.get("choices") and option.get("open"):
        shown = ", ".join(option["choices"][:12]) + (", ..." if len(option["choices"]) > 12 else "")
        text = f"{text} Known: {shown}.".strip()
    if option.get("type") == "time":
        day = "its last second" if option.get("key") in ("lte", "lt") else "its first second"
        text = f"{text} Unix seconds, or a YYYY-MM-DD day in Mexico City ({day}).".strip()
    if option.get("type") == "pairs":
        text = f"{text} KEY=VALUE, repeatable.".strip()
    return text


def _option(option: dict[str, Any], dest: str) -> click.Option:
    flag = f"--{option['flag']}"
    if option.get("type") == "boolean":
        return click.Option([f"{flag}/--no-{option['flag']}", dest], default=None, help=_help(option))
    multiple = bool(option.get("multiple")) or option.get("type") == "pairs"
    return click.Option(
        [flag, dest],
        type=_type(option),
        multiple=multiple,
        required=bool(option.get("required")) and not multiple,
        help=_help(option),
    )


def shared_options(info: dict[str, Any]) -> list[click.Parameter]:
    """The options of every operation command, as its safety class and answer call for."""
    safety = info.get("safety", "write")
    found: list[click.Parameter] = []
    if not (info.get("returns_file") or info.get("download_from")):  # a file is written as it came
        found.append(click.Option(["--format", "format_"], type=click.Choice(FORMATS), default=None,
                                  help="table on a terminal, json otherwise; jsonl and csv for scripts and spreadsheets."))  # fmt: skip
        found.append(click.Option(["--fields", "fields"], default=None,
                                  help="Keys or columns to keep, comma-separated (dotted paths)."))  # fmt: skip
    found += [
        click.Option(["--profile", "profile"], default=None, help="Use this profile's key and settings."),
        click.Option(["--base-url", "base_url"], default=None, help="The API root (https, or http to loopback)."),
        click.Option(
            ["--timeout", "timeout"],
            type=click.FloatRange(min=0, min_open=True),
            default=None,
            help="Seconds for each step of a request.",
        ),  # fmt: skip
    ]
    if info.get("body") is not None:
        found.append(
            click.Option(
                ["--data", "data"],
                default=None,
                help="The body as JSON, @FILE for a file of JSON, or - to read it from stdin. Flags win over it.",
            )
        )
    if info.get("paging"):
        found.append(
            click.Option(["--all", "all_pages"], is_flag=True, help="Every page, one item a line, as it comes.")
        )
        found.append(click.Option(["--max-items", "max_items"], type=click.IntRange(min=1), default=None,
                                  help="Stop after this many items (with --all)."))  # fmt: skip
    if info.get("returns_file") or info.get("download_from"):
        found.append(
            click.Option(["-o", "--output", "output"], default=None, help="Write the file here (- for stdout).")
        )
    if safety in WRITES:
        found.append(click.Option(["--dry-run", "dry_run"], is_flag=True,
                                  help="Print the request (key redacted) and send nothing."))  # fmt: skip
    if safety in ASKS:
        found.append(click.Option(["--yes", "-y", "yes"], is_flag=True, help="Do not ask for confirmation."))
    if info.get("idempotency"):
        found.append(click.Option(["--idempotency-key", "idempotency_key"], default=None,
                                  help="Repeat a request safely: the same key never acts twice. Made up and shown when absent."))  # fmt: skip
    return found


def _description(info: dict[str, Any]) -> str:
    summary = info.get("summary", "").rstrip(".")
    body = info.get("description", "")
    what = f"{info.get('method', '')} {info.get('url', '')}".strip()
    safety = info.get("safety", "")
    notes = {
        "destructive": "Destructive: asks first on a terminal; --yes without one.",
        "fiscal": "Fiscal (stamps a CFDI): with a live key, asks first on a terminal; --yes without one.",
    }
    arguments = [f"  {a['metavar']}  {a['description']}" for a in info.get("arguments", []) if a.get("description")]
    listed = "\b\nArguments:\n" + "\n".join(arguments) if arguments else ""
    parts = [f"{summary}.", body, listed, f"{what} [{safety}]" + (f" {notes[safety]}" if safety in notes else "")]
    return "\n\n".join(p for p in parts if p)


def build(info: dict[str, Any]) -> click.Command:
    """The click command of one operation (or of a download, `download_from` another)."""
    params: list[click.Parameter] = []
    for index, argument in enumerate(info.get("arguments", [])):
        params.append(click.Argument([f"arg_{index}"], metavar=argument["metavar"]))
    for index, option in enumerate(info.get("options", [])):
        params.append(_option(option, f"opt_{index}"))
    body = info.get("body") or {}
    for index, field in enumerate(body.get("fields", [])):
        params.append(_option(field, f"field_{index}"))
    for index, upload in enumerate(body.get("files", [])):
        params.append(_option(upload, f"file_{index}"))
    if info.get("download_from") and info.get("download"):
        formats = info["download"]["formats"]
        params.append(click.Option(["--file-format", "file_format"], type=click.Choice(formats), default=None,
                                   help=f"Which file; by default the one -o's suffix names, else {formats[0]}."))  # fmt: skip
    params.extend(shared_options(info))

    def callback(**values: Any) -> None:
        from ._invoke import run_operation

        raise SystemExit(run_operation(info, values))

    return click.Command(
        name=info["command"][-1],
        params=params,
        callback=callback,
        help=_description(info),
        short_help=info.get("summary"),
        epilog=EXIT_STATUS_HELP,
        context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100},
    )


__all__ = ["ASKS", "WRITES", "build", "shared_options"]
