"""An invoice's subtotal, taxes and total computed from a row, so that a dry run can be checked
against the sheet it came from before anything is stamped. An estimate made as the SAT adds up a
CFDI (each line's amount, its discount, each tax on what remains, rounded to cents at the end);
the stamped invoice's own figures are gigstack's. A line priced by the catalog (an `id` or a
`search` without a `unit_price`) cannot be added up here: the totals are then None."""

from __future__ import annotations

from decimal import Decimal, InvalidOperation
from typing import Any

CENT = Decimal("0.01")


def _decimal(value: object) -> Decimal | None:
    if isinstance(value, bool) or not isinstance(value, int | float | str):
        return None
    try:
        found = Decimal(str(value))
    except InvalidOperation:
        return None
    return found if found.is_finite() else None


def _line(item: dict[str, Any]) -> tuple[Decimal, Decimal, Decimal] | None:
    """(amount before taxes, discount, taxes: transferred less withheld) of one line."""
    quantity = _decimal(item.get("quantity", 1))
    price = _decimal(item.get("unit_price"))
    if quantity is None or price is None:
        return None
    discount = _decimal(item.get("discount", 0)) or Decimal(0)
    taxes = [t for t in item.get("taxes") or [] if isinstance(t, dict)]
    amount = quantity * price
    included = sum((_decimal(t.get("rate")) or Decimal(0) for t in taxes if t.get("inclusive")), Decimal(0))
    if included:
        amount = amount / (1 + included)  # a price that includes its taxes: the amount is what is left
    base = amount - discount
    total_tax = Decimal(0)
    for tax in taxes:
        rate = _decimal(tax.get("rate")) or Decimal(0)
        if str(tax.get("factor", "Tasa")) == "Exento":
            continue
        share = rate * quantity if str(tax.get("factor")) == "Cuota" else rate * base
        total_tax += -share if tax.get("withholding") else share
    return amount, discount, total_tax


def totals(body: dict[str, Any]) -> dict[str, float | None]:
    """{"subtotal", "discount", "taxes", "total"} of an invoice body, in its currency."""
    subtotal = discount = taxes = Decimal(0)
    for item in body.get("items") or []:
        line = _line(item) if isinstance(item, dict) else None
        if line is None:
            return {"subtotal": None, "discount": None, "taxes": None, "total": None}
        subtotal, discount, taxes = subtotal + line[0], discount + line[1], taxes + line[2]
    rounded = [value.quantize(CENT) for value in (subtotal, discount, taxes)]
    total = rounded[0] - rounded[1] + rounded[2]
    return {
        "subtotal": float(rounded[0]),
        "discount": float(rounded[1]),
        "taxes": float(rounded[2]),
        "total": float(total),
    }


__all__ = ["totals"]
