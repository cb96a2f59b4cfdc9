"""One thing wrong with one row of a job's input."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Problem:
    """`code` is machine-readable (invalid_json, missing_client, no_items, invalid_quantity,
    negative_price, unknown_code, invalid_rfc, duplicate_key, invalid_key, invalid_value,
    unknown_column...); `field` the dotted path in the row (None for the row as a whole); `line`
    the input line it is on, when that differs from the row's first line (a CSV item line)."""

    code: str
    field: str | None
    message: str
    line: int | None = None

    def describe(self, row_line: int) -> str:
        where = f"line {self.line if self.line is not None else row_line}"
        return f"{where}: {self.field}: {self.message}" if self.field else f"{where}: {self.message}"
