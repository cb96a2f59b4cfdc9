"""Cells a spreadsheet shows as text, never runs: every CSV the package writes (the command's
`--format csv`, an export's manifest) passes its text cells through here (OWASP's advice against
CSV injection: a cell that begins like a formula is prefixed with `'`)."""

from __future__ import annotations

from typing import Any

# What makes Excel or LibreOffice read a cell as a formula, or a tab or carriage return hiding one.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def spreadsheet_safe(value: str) -> str:
    """`value`, prefixed with `'` when it begins like a formula; a number (-12.5, +3) is left as it is."""
    if not value.startswith(FORMULA_STARTS):
        return value
    try:
        float(value)
        return value
    except ValueError:
        return "'" + value


def safe_row(cells: list[Any]) -> list[Any]:
    return [spreadsheet_safe(cell) if isinstance(cell, str) else cell for cell in cells]


__all__ = ["FORMULA_STARTS", "safe_row", "spreadsheet_safe"]
