"""Reading a job's rows, one at a time (memory stays flat in the number of rows).

- `.jsonl`: one JSON object a line, the body of POST /invoices/income plus `"key"`. Blank lines
  are skipped; a row's `line` is its line in the file.
- `.csv`: a header, then one line per item; consecutive lines with the same `key` are one invoice.
  Columns are dotted paths into the body (`client.id`, `client.search.on_value`, `metadata.erp`);
  `item.<field>` columns describe the line's item (`item.quantity`, `item.taxes`). A row's `line`
  is the file line of its invoice's first item.
- any iterable of mappings (library only): each is one row; `line` counts from 1.
"""

from __future__ import annotations

import csv
import hashlib
import json
import math
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from importlib import import_module
from pathlib import Path
from typing import Any

from ._errors import JobInputError
from ._problem import Problem


@dataclass(slots=True)
class Row:
    line: int
    data: dict[str, Any] | None  # None when the row could not be read at all
    problems: list[Problem] = field(default_factory=list)
    item_lines: list[int] = field(default_factory=list)  # CSV: the file line of each item

    @property
    def key(self) -> str | None:
        key = self.data.get("key") if self.data is not None else None
        return key if isinstance(key, str) else None


def input_format(path: Path, format: str | None) -> str:
    chosen = (format or path.suffix.lstrip(".")).lower()
    if chosen in ("jsonl", "ndjson"):
        return "jsonl"
    if chosen == "csv":
        return "csv"
    raise JobInputError(f"{path}: rows must be a .jsonl or .csv file (or pass format='jsonl' or 'csv')")


def file_fingerprint(path: Path) -> str:
    """The sha256 of the file's bytes, read in blocks."""
    digest = hashlib.sha256()
    with path.open("rb") as stream:
        for block in iter(lambda: stream.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def read_rows(path: Path, format: str) -> Iterator[Row]:
    try:
        yield from (read_jsonl(path) if format == "jsonl" else read_csv(path))
    except UnicodeDecodeError as error:
        raise JobInputError(f"{path}: not UTF-8 text ({error.reason} at byte {error.start})") from None


def _reject_constant(name: str) -> float:
    raise ValueError(f"{name} is not a number JSON allows")


def read_jsonl(path: Path) -> Iterator[Row]:
    with path.open(encoding="utf-8-sig", newline="") as stream:
        for number, text in enumerate(stream, start=1):
            if not text.strip():
                continue
            try:
                data = json.loads(text, parse_constant=_reject_constant)
            except (ValueError, RecursionError) as error:
                yield Row(number, None, [Problem("invalid_json", None, f"not valid JSON ({error})")])
                continue
            if not isinstance(data, dict):
                yield Row(number, None, [Problem("invalid_json", None, "a row must be a JSON object")])
                continue
            yield Row(number, data)


def read_mappings(rows: Iterable[Mapping[str, Any]]) -> Iterator[Row]:
    for number, data in enumerate(rows, start=1):
        if not isinstance(data, Mapping):
            yield Row(
                number, None, [Problem("invalid_value", None, f"a row must be a mapping, not {type(data).__name__}")]
            )
            continue
        yield Row(number, dict(data))


# -- CSV -------------------------------------------------------------------------------------------

ITEM = "item."
# The columns that are not text, by the type the spec gives them (every other column is text).
NUMBERS = frozenset({"exchange_rate", "item.quantity", "item.unit_price", "item.discount"})
INTEGERS = frozenset({"folio_number", "date"})
BOOLEANS = frozenset({"send_email", "ignore_emails", "return_files_urls", "client.search.auto_create"})
TRUE, FALSE = frozenset({"true", "yes", "1", "si", "sí"}), frozenset({"false", "no", "0"})


def _model(name: str) -> Any:
    return getattr(import_module(f"{__package__.rpartition('.')[0]}.models"), name)


def column_problem(column: str) -> str | None:
    """Why `column` names no field of the invoice body (or of an item), or None."""
    path = column[len(ITEM) :] if column.startswith(ITEM) else column
    model = _model("Item" if column.startswith(ITEM) else "InvoiceCreate")
    parts = path.split(".")
    for depth, part in enumerate(parts):
        if not model._fields:  # a free-form object (metadata): any name
            return None
        if part not in model._fields:
            return f"column {column!r} names no field of the {'item' if column.startswith(ITEM) else 'invoice'}"
        if depth == len(parts) - 1:
            return None
        kind = model._kinds.get(part)
        if kind is None or kind[0] != "object" or kind[1] is None:
            return f"column {column!r}: {part} holds no fields"
        model = _model(kind[1])
    return None


def _typed(column: str, text: str) -> tuple[Any, str | None]:
    """The JSON value of a cell, or a problem. Empty cells are left out by the caller."""
    if column in NUMBERS:
        try:
            number = float(text)
        except ValueError:
            return None, f"{text!r} is not a number"
        if not math.isfinite(number):
            return None, f"{text!r} is not a number"
        return (int(number) if number.is_integer() and "." not in text else number), None
    if column in INTEGERS:
        try:
            return int(text), None
        except ValueError:
            return None, f"{text!r} is not a whole number"
    if column in BOOLEANS:
        lowered = text.lower()
        if lowered in TRUE or lowered in FALSE:
            return lowered in TRUE, None
        return None, f"{text!r} is not true or false"
    if column == "emails":
        return [part.strip() for part in text.replace(",", ";").split(";") if part.strip()], None
    if column == "item.taxes":
        return _taxes(text)
    return text, None


def _taxes(text: str) -> tuple[Any, str | None]:
    """`IVA:0.16` or `IVA:0.16;ISR:0.10:withholding` (flags: withholding, inclusive), or a JSON list."""
    if text.lstrip().startswith("["):
        try:
            return json.loads(text), None
        except ValueError as error:
            return None, f"not a JSON list ({error})"
    taxes: list[dict[str, Any]] = []
    for entry in (part.strip() for part in text.split(";")):
        if not entry:
            continue
        pieces = [piece.strip() for piece in entry.split(":")]
        if len(pieces) < 2:
            return None, f"{entry!r} is not TYPE:RATE (e.g. IVA:0.16)"
        tax: dict[str, Any] = {"type": pieces[0].upper()}
        try:
            tax["rate"] = float(pieces[1])
        except ValueError:
            return None, f"{entry!r}: {pieces[1]!r} is not a rate"
        for flag in pieces[2:]:
            if flag.lower() not in ("withholding", "inclusive"):
                return None, f"{entry!r}: {flag!r} is not withholding or inclusive"
            tax[flag.lower()] = True
        taxes.append(tax)
    return taxes, None


def _put(target: dict[str, Any], path: str, value: Any) -> None:
    parts = path.split(".")
    for part in parts[:-1]:
        inner = target.get(part)
        if not isinstance(inner, dict):
            inner = target[part] = {}
        target = inner
    target[parts[-1]] = value


def _delimiter(header: str) -> str:
    return ";" if header.count(";") > header.count(",") else ","


def read_csv(path: Path) -> Iterator[Row]:
    with path.open(encoding="utf-8-sig", newline="") as stream:
        first = stream.readline()
        stream.seek(0)  # utf-8-sig skips a byte-order mark again
        reader = csv.reader(stream, delimiter=_delimiter(first))
        header = next(reader, None)
        if header is None:
            return
        columns = [name.strip() for name in header]
        problems = [
            problem for problem in (column_problem(name) for name in columns if name != "key" and name) if problem
        ]
        if "key" not in columns:
            problems.insert(0, "there is no `key` column")
        if len(set(columns)) != len(columns):
            problems.append("a column appears twice")
        if problems:
            raise JobInputError(f"{path}: line 1 (the header): " + "; ".join(problems))
        current: _CsvInvoice | None = None
        invoice_cells: dict[str, str] = {}
        start = reader.line_num + 1
        for cells in reader:
            line, start = start, reader.line_num + 1
            if not any(cell.strip() for cell in cells):
                continue
            values = {name: cell.strip() for name, cell in zip(columns, cells, strict=False) if name}
            key = values.get("key", "")
            if current is None or key != current.data_key or not key:
                if current is not None:
                    yield current.row
                current = _CsvInvoice(line, key)
                invoice_cells = {}
            current.add(line, values, invoice_cells)
        if current is not None:
            yield current.row


class _CsvInvoice:
    """The lines of one invoice: the first line's invoice columns, one item per line."""

    def __init__(self, line: int, key: str) -> None:
        self.data_key = key
        self.row = Row(line, {"key": key} if key else {})

    def add(self, line: int, values: Mapping[str, str], first_cells: dict[str, str]) -> None:
        data = self.row.data
        assert data is not None
        item: dict[str, Any] = {}
        for column, text in values.items():
            if column == "key" or not text:
                continue
            if not column.startswith(ITEM):
                earlier = first_cells.get(column)
                if earlier is not None:
                    if earlier != text:
                        self.row.problems.append(
                            Problem(
                                "invalid_value",
                                column,
                                f"{text!r} differs from {earlier!r} on an earlier line of the same invoice",
                                line,
                            )
                        )
                    continue
                first_cells[column] = text
            value, problem = _typed(column, text)
            if problem is not None:
                self.row.problems.append(Problem("invalid_value", column, problem, line))
                continue
            if column.startswith(ITEM):
                _put(item, column[len(ITEM) :], value)
            else:
                _put(data, column, value)
        if item:
            data.setdefault("items", []).append(item)
            self.row.item_lines.append(line)
