"""What a command prints on stdout: one object, one page, or every item of every page, as a table,
JSON, JSON lines or CSV. Items are written as they come, so a walk of every page holds one page."""

from __future__ import annotations

import csv
import json
import shutil
import sys
from collections.abc import Iterable, Iterator, Sequence
from typing import IO, Any

from .._spreadsheet import spreadsheet_safe

FORMATS = ("table", "json", "jsonl", "csv")
TABLE_WIDTH = 80
# Columns a table shows first when --fields does not choose them, in this order.
PREFERRED = ("id", "uuid", "name", "legal_name", "tax_id", "email", "status", "total", "currency", "created_at")


def default_format(stream: IO[str]) -> str:
    return "table" if stream.isatty() else "json"


try:  # a dependency on CPython: a line of --all three to four times faster than json.dumps
    import orjson
except ImportError:  # pragma: no cover - other interpreters
    orjson = None  # type: ignore[assignment]


def dump(value: Any, *, indent: int | None = None) -> str:
    if indent is None and orjson is not None:
        try:
            return orjson.dumps(value, default=str).decode()
        except (TypeError, orjson.JSONEncodeError):  # an integer beyond 64 bits: json writes it exactly
            pass
    compact = (",", ":") if indent is None else None  # the same line whichever encoder wrote it
    return json.dumps(value, ensure_ascii=False, indent=indent, default=str, separators=compact)


def pick(item: Any, path: str) -> Any:
    """The value at a dotted path of an object (None where it is missing)."""
    for part in path.split("."):
        if isinstance(item, dict):
            item = item.get(part)
        elif isinstance(item, list) and part.isdigit() and int(part) < len(item):
            item = item[int(part)]
        else:
            return None
    return item


def flatten(item: Any, prefix: str = "") -> dict[str, Any]:
    """An object as dotted keys of its scalars (lists as JSON text), for columns."""
    if not isinstance(item, dict):
        return {prefix or "value": item}
    found: dict[str, Any] = {}
    for key, value in item.items():
        name = f"{prefix}{key}"
        if isinstance(value, dict) and value:
            found.update(flatten(value, name + "."))
        else:
            found[name] = value
    return found


def cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, dict | list):
        return dump(value)
    return str(value)


def select(item: Any, fields: Sequence[str] | None) -> Any:
    """The item with only the chosen fields (dotted paths keep their full name as the key)."""
    if not fields:
        return item
    return {path: pick(item, path) for path in fields}


class Printer:
    """Writes one command's data in the chosen format."""

    def __init__(self, fmt: str, fields: Sequence[str] | None, stream: IO[str] | None = None) -> None:
        self.format = fmt
        self.fields = list(fields) if fields else None
        self.stream = stream or sys.stdout

    def _line(self, text: str) -> None:
        self.stream.write(text + "\n")

    def one(self, value: Any) -> None:
        """One object (or any JSON value the operation answered)."""
        value = select(value, self.fields) if isinstance(value, dict) else value
        if self.format == "json":
            self._line(dump(value, indent=2))
        elif self.format == "jsonl":
            self._line(dump(value))
        elif self.format == "csv":
            self.rows([value])
        else:
            self._pairs(value)

    def page(self, items: list[Any], has_more: Any, next_cursor: Any) -> None:
        """One page: the envelope {data, has_more, next} in JSON, its items otherwise."""
        if self.format == "json":
            chosen = [select(item, self.fields) for item in items]
            self._line(dump({"data": chosen, "has_more": has_more, "next": next_cursor}, indent=2))
            return
        self.rows(items)

    def rows(self, items: Iterable[Any]) -> int:
        """Every item, one a line (one JSON array with --format json), written as it comes."""
        if self.format == "json":
            return self._json_array(items)
        if self.format == "jsonl":
            count = 0
            for item in items:
                self._line(dump(select(item, self.fields)))
                count += 1
            return count
        if self.format == "csv":
            return self._csv(items)
        return self._table(items)

    def _json_array(self, items: Iterable[Any]) -> int:
        count = 0
        self.stream.write("[")
        for item in items:
            self.stream.write(("," if count else "") + "\n  " + dump(select(item, self.fields)))
            count += 1
        self.stream.write("\n]\n" if count else "]\n")
        return count

    def _columns(self, first: Any) -> list[str]:
        if self.fields:
            return self.fields
        flat = flatten(first)
        scalars = [k for k, v in flat.items() if not isinstance(v, dict | list)]
        ordered = [k for k in PREFERRED if k in scalars] + [k for k in scalars if k not in PREFERRED]
        return ordered or list(flat)

    def _csv(self, items: Iterable[Any]) -> int:
        writer = csv.writer(self.stream, lineterminator="\n")
        columns: list[str] | None = None
        count = 0
        for item in items:
            if columns is None:
                columns = self._columns(item) if self.fields else list(flatten(item))
                writer.writerow([spreadsheet_safe(c) for c in columns])
            flat = flatten(item)
            writer.writerow([spreadsheet_safe(cell(flat.get(c, pick(item, c)))) for c in columns])
            count += 1
        return count

    def _table(self, items: Iterable[Any]) -> int:
        width = table_width(self.stream)
        iterator = iter(items)
        first_rows: list[Any] = []
        for item in iterator:  # the first rows decide the column widths
            first_rows.append(item)
            if len(first_rows) >= 50:
                break
        if not first_rows:
            self._line("(none)")
            return 0
        columns = self._columns(first_rows[0])
        widths = fit(columns, [[cell(pick_flat(r, c)) for c in columns] for r in first_rows], width)
        columns = columns[: len(widths)]
        self._line(_row([c.upper() for c in columns], widths))
        count = 0
        for item in _chain(first_rows, iterator):
            self._line(_row([cell(pick_flat(item, c)) for c in columns], widths))
            count += 1
        return count

    def _pairs(self, value: Any) -> None:
        if not isinstance(value, dict):
            self._line(cell(value))
            return
        flat = flatten(value) if not self.fields else value
        if not flat:
            self._line("(empty)")
            return
        key_width = min(max(len(k) for k in flat), 30)
        room = max(table_width(self.stream) - key_width - 2, 10)
        for key, item in flat.items():
            self._line(f"{_clip(key, key_width):<{key_width}}  {_clip(cell(item), room)}")


def pick_flat(item: Any, column: str) -> Any:
    return pick(item, column)


def _chain(first: list[Any], rest: Iterator[Any]) -> Iterator[Any]:
    yield from first
    yield from rest


def table_width(stream: IO[str]) -> int:
    if stream.isatty():
        return min(shutil.get_terminal_size((TABLE_WIDTH, 24)).columns, 200)
    return TABLE_WIDTH


def fit(columns: list[str], rows: list[list[str]], width: int) -> list[int]:
    """Column widths that fit `width` (two spaces between columns): as many columns as fit at a
    useful width, the widest cut first."""
    natural = [max([len(c), *(len(r[i]) for r in rows)]) for i, c in enumerate(columns)]
    chosen: list[int] = []
    for size in natural:
        if sum(chosen) + 2 * len(chosen) + min(size, 12) > width:
            break
        chosen.append(size)
    if not chosen and natural:
        chosen = [width]
    while sum(chosen) + 2 * (len(chosen) - 1) > width:
        widest = max(range(len(chosen)), key=lambda i: chosen[i])
        chosen[widest] -= 1
    return chosen


def _clip(text: str, width: int) -> str:
    text = text.replace("\n", " ").replace("\r", " ")
    return text if len(text) <= width else text[: max(width - 1, 0)] + "…"


def _row(cells: list[str], widths: list[int]) -> str:
    return "  ".join(f"{_clip(c, w):<{w}}" for c, w in zip(cells, widths, strict=False)).rstrip()


__all__ = ["FORMATS", "Printer", "default_format", "flatten", "pick", "spreadsheet_safe"]
