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

import codecs
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


# What a file saved by Excel's default "CSV" is, on Windows in Spanish or English.
EXCEL_ENCODING = "cp1252"


def checked_encoding(encoding: str) -> str:
    """The codec's canonical name, or JobInputError for one Python does not know."""
    try:
        return codecs.lookup(encoding).name
    except (LookupError, TypeError):
        raise JobInputError(
            f"{encoding!r} is not an encoding Python knows (utf-8, or cp1252 for Excel's CSV)"
        ) from None


def read_rows(path: Path, format: str, encoding: str = "utf-8") -> Iterator[Row]:
    """The rows of a file, decoded as `encoding` (UTF-8 by default, a byte-order mark skipped)."""
    name = checked_encoding(encoding)
    text_encoding = "utf-8-sig" if name == "utf-8" else name
    try:
        yield from (read_jsonl(path, text_encoding) if format == "jsonl" else read_csv(path, text_encoding))
    except UnicodeDecodeError as error:
        hint = (
            f'. A file saved by Excel as "CSV" is Windows-1252 (cp1252): pass encoding={EXCEL_ENCODING!r}'
            f' (--encoding {EXCEL_ENCODING} on the command line), or save it as "CSV UTF-8"'
            if name == "utf-8"
            else ""
        )
        raise JobInputError(f"{path}: not {name} text ({error.reason} at byte {error.start}){hint}") from None


def _reject_constant(name: str) -> float:
    raise ValueError(f"{name} is not a number JSON allows")


def read_jsonl(path: Path, encoding: str = "utf-8-sig") -> Iterator[Row]:
    with path.open(encoding=encoding, newline="") as stream:
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


def read_csv(path: Path, encoding: str = "utf-8-sig") -> Iterator[Row]:
    with path.open(encoding=encoding, newline="") as stream:
        first = stream.readline()
        stream.seek(0)  # utf-8-sig skips a byte-order mark again
        delimiter = _delimiter(first)
        reader = csv.reader(stream, delimiter=delimiter)
        try:
            header = next(reader, None)
        except csv.Error as error:
            raise JobInputError(f"{path}: line 1 (the header) cannot be read as CSV: {error}") from None
        if header is None:
            return
        columns = [name.strip() for name in header]
        while columns and not columns[-1]:
            columns.pop()  # the empty columns Excel writes after the last one
        named = [name for name in columns if name]
        problems = [problem for problem in (column_problem(name) for name in named if name != "key") if problem]
        if "key" not in columns:
            problems.insert(0, "there is no `key` column")
        if len(set(named)) != len(named):
            twice = sorted({name for name in named if named.count(name) > 1})
            problems.append(f"a column appears twice ({', '.join(twice)})")
        if problems:
            raise JobInputError(f"{path}: line 1 (the header): " + "; ".join(problems))
        current: _CsvInvoice | None = None
        invoice_cells: dict[str, str] = {}
        start = reader.line_num + 1
        while True:
            try:
                cells = next(reader)
            except StopIteration:
                break
            except csv.Error as error:  # a cell over the field limit, a NUL byte
                line, start = start, reader.line_num + 1
                if current is not None:
                    yield current.row
                    current = None
                yield Row(line, None, [Problem("invalid_csv", None, f"cannot be read as CSV ({error})")])
                continue
            line, start = start, reader.line_num + 1
            if not any(cell.strip() for cell in cells):
                continue
            broken = _structure_problem(cells, columns, delimiter, line, reader.line_num)
            if broken is not None:
                if current is not None:
                    yield current.row
                    current = None
                yield Row(line, None, [Problem("invalid_csv", None, broken)])
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


def _structure_problem(cells: list[str], columns: list[str], delimiter: str, line: int, last: int) -> str | None:
    """Why a record was not read as its writer meant, or None: a quote left open (later lines
    swallowed into one cell), more cells than the header (a delimiter in an unquoted cell), or a
    value under a column with no name."""
    # A line taken into a cell that is a whole row of its own: the quote before it never closed.
    # (A quoted address over two lines, with a comma or two, is a cell, not a swallowed row.)
    whole_row = max(2, len(columns) - 1)
    if last > line and any(
        part.count(delimiter) >= whole_row for cell in cells if "\n" in cell for part in cell.splitlines()[1:]
    ):
        return (
            f"a quote opened on line {line} closes only on line {last} (or never), taking in lines {line + 1}"
            f" to {last}: close the quote, or quote the whole cell"
        )
    extra = [cell for cell in cells[len(columns) :] if cell.strip()]
    if extra:
        return (
            f"{len(cells)} cells, but the header has {len(columns)} columns: a {delimiter!r} inside a cell that is"
            " not quoted? Quote that cell"
        )
    unnamed = [
        index + 1 for index, name in enumerate(columns) if not name and index < len(cells) and cells[index].strip()
    ]
    if unnamed:
        return f"a value in column {unnamed[0]}, which has no name in the header"
    return None


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
