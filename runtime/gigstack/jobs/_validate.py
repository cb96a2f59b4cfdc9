"""Checking a row before anything is sent: what the SAT or gigstack would refuse, found locally,
with the line and the field named. The codes come from the package's enums (the spec's catalogs)."""

from __future__ import annotations

import math
import re
from collections.abc import Mapping
from typing import Any

from ._catalogs import catalog_name, known_codes
from ._keys import idempotency_key, key_problem
from ._problem import Problem
from ._rows import Row

# RFC: 3 (legal entity) or 4 (individual) letters, a YYMMDD date, a 3-character homoclave.
RFC_SHAPE = re.compile(r"([A-ZÑ&]{3,4})(\d{2})(\d{2})(\d{2})([A-Z\d]{3})")
PRODUCT_KEY = re.compile(r"\d{8}")
ZIP = re.compile(r"\d{5}")
CURRENCY = re.compile(r"[A-Z]{3}")
# Codes a SAT catalog can name in a row: the field, and where it may appear.
CODE_FIELDS = ("payment_form", "payment_method", "use", "exports")


def rfc_problem(value: object) -> str | None:
    if not isinstance(value, str):
        return f"an RFC is text, not {type(value).__name__}"
    match = RFC_SHAPE.fullmatch(value.strip().upper())
    if match is None:
        return (
            f"{value!r} is not an RFC: 3 letters (legal entity) or 4 (individual), 6 digits of date"
            " (YYMMDD) and 3 characters of homoclave"
        )
    month, day = int(match.group(3)), int(match.group(4))
    if not (1 <= month <= 12 and 1 <= day <= 31):
        return f"{value!r} is not an RFC: {match.group(2)}{match.group(3)}{match.group(4)} is not a date (YYMMDD)"
    return None


EXCEL_ZEROS = "Excel drops leading zeros: format the column as text"


def lost_zeros(value: object, known: list[str]) -> str | None:
    """The hint for a code that lost its leading zeros (Excel reads 03 as the number 3), or None.
    Never fixed silently: the sheet is what must change."""
    if isinstance(value, bool) or not isinstance(value, str | int) or not str(value).isdigit():
        return None
    text = str(value)
    found = [
        code for code in known if len(code) > len(text) and code.isdigit() and code.lstrip("0") == text.lstrip("0")
    ]
    if len(found) != 1:
        return None
    return f"did you mean {found[0]!r}? {EXCEL_ZEROS}"


# The largest integer JSON carries exactly everywhere, and what the request encoder can write.
LARGEST_INT = 2**53


def unsendable(value: object, path: str = "") -> tuple[str, str] | None:
    """(field, why) for the first value no request can carry: a number that is not finite or is too
    large, text that is not valid Unicode (a lone surrogate); None when every value can be sent."""
    if isinstance(value, dict):
        for key, item in value.items():
            found = unsendable(item, f"{path}.{key}" if path else str(key))
            if found:
                return found
    elif isinstance(value, list):
        for index, item in enumerate(value):
            found = unsendable(item, f"{path}[{index}]")
            if found:
                return found
    elif isinstance(value, float) and not math.isfinite(value):
        return path, f"{value!r} is not a finite number"
    elif isinstance(value, int) and not isinstance(value, bool) and abs(value) > LARGEST_INT:
        return path, f"a number of {len(str(abs(value)))} digits is too large to send"
    elif isinstance(value, str):
        try:
            value.encode("utf-8")
        except UnicodeEncodeError:
            return path, "is not valid Unicode text (a lone surrogate): fix the cell's characters"
    return None


def _number(value: object) -> float | None:
    if isinstance(value, bool) or not isinstance(value, int | float):
        return None
    return float(value) if math.isfinite(value) else None


class _Checker:
    def __init__(self, row: Row) -> None:
        self.row = row
        self.problems: list[Problem] = []

    def add(self, code: str, field: str | None, message: str, line: int | None = None) -> None:
        self.problems.append(Problem(code, field, message, line))

    def code(self, catalog: str, field: str, value: object, line: int | None = None) -> None:
        if value is None:
            return
        if not isinstance(value, str) or value not in known_codes(catalog):
            codes = sorted(known_codes(catalog))
            padded = lost_zeros(value, codes)
            if padded is not None:
                self.add("unknown_code", field, f"{value!r} is not a SAT {catalog_name(catalog)} code: {padded}", line)
                return
            listed = f" ({', '.join(codes)})" if len(codes) <= 12 else ""
            self.add("unknown_code", field, f"{value!r} is not a SAT {catalog_name(catalog)} code{listed}", line)

    def rfc(self, field: str, value: object) -> None:
        problem = rfc_problem(value)
        if problem:
            self.add("invalid_rfc", field, problem)


def validate(row: Row, prefix: str = "") -> list[Problem]:
    """Every problem of a row that was read (an empty list: the row may be sent)."""
    data = row.data
    if data is None:
        return list(row.problems)
    check = _Checker(row)
    check.problems.extend(row.problems)
    bad = unsendable(data)
    if bad is not None:
        check.add("invalid_value", bad[0] or None, bad[1])
        return check.problems  # the other checks would read the same value again
    key = data.get("key")
    if key is None or key == "":
        check.add("missing_key", "key", "every row needs its own unique `key` (e.g. nomina-2026-11-0001)")
    elif not isinstance(key, str):
        check.add("invalid_key", "key", f"the key must be text, not {type(key).__name__}")
    else:
        problem = key_problem(key, prefix)
        if problem:
            check.add("invalid_key", "key", problem)
        given = data.get("idempotency_key")
        if given is not None and given != idempotency_key(key, prefix):
            check.add(
                "invalid_value",
                "idempotency_key",
                "the job sends the key derived from `key`; leave idempotency_key out of the row",
            )
    _client(check, data)
    _items(check, data.get("items"))
    for field in CODE_FIELDS:
        check.code(field, field, data.get(field))
    if data.get("payment_method") == "PPD" and data.get("payment_form") not in (None, "99"):
        check.add(
            "invalid_value",
            "payment_form",
            f"{data.get('payment_form')!r} with payment_method PPD: the SAT requires 99 (por definir)",
        )
    currency = data.get("currency")
    if currency is not None and (not isinstance(currency, str) or not CURRENCY.fullmatch(currency)):
        check.add("invalid_value", "currency", f"{currency!r} is not an ISO 4217 code such as MXN or USD")
    if "exchange_rate" in data:
        rate = _number(data["exchange_rate"])
        if rate is None or rate <= 0:
            check.add("invalid_value", "exchange_rate", f"{data['exchange_rate']!r} must be a number above 0")
    emails = data.get("emails")
    if emails is not None and (
        not isinstance(emails, list) or not all(isinstance(e, str) and "@" in e for e in emails)
    ):
        check.add("invalid_value", "emails", "must be a list of email addresses")
    return check.problems


def _client(check: _Checker, data: Mapping[str, Any]) -> None:
    client = data.get("client")
    client_id = data.get("client_id")
    if client is None:
        if not (isinstance(client_id, str) and client_id.strip()):
            check.add("missing_client", "client", "name the client: client.id, client_id, or client.search to find it")
        return
    if not isinstance(client, dict):
        check.add("invalid_value", "client", f"must be an object, not {type(client).__name__}")
        return
    search = client.get("search")
    has_id = isinstance(client.get("id"), str) and bool(client["id"].strip())
    if search is not None:
        if not isinstance(search, dict) or not all(
            isinstance(search.get(name), str) and search[name].strip() for name in ("on_key", "on_value")
        ):
            check.add("invalid_value", "client.search", "needs on_key and on_value (e.g. tax_id and the RFC)")
        elif search["on_key"] == "tax_id":
            check.rfc("client.search.on_value", search["on_value"])
    elif not has_id and not (isinstance(client_id, str) and client_id.strip()):
        check.add("missing_client", "client", "give client.id, or client.search to find (and create) the client")
    if client.get("tax_id") is not None:
        check.rfc("client.tax_id", client["tax_id"])
    check.code("tax_system", "client.tax_system", client.get("tax_system"))
    check.code("use", "client.use", client.get("use"))
    address = client.get("address")
    if isinstance(address, dict) and address.get("zip") is not None:
        zip_code = address["zip"]
        if not isinstance(zip_code, str) or not ZIP.fullmatch(zip_code):
            text = str(zip_code)
            hint = (
                f": did you mean {text.zfill(5)!r}? {EXCEL_ZEROS}"
                if not isinstance(zip_code, bool) and text.isdigit() and len(text) == 4
                else ""
            )
            check.add("invalid_value", "client.address.zip", f"{zip_code!r} is not a 5-digit postal code{hint}")


def _items(check: _Checker, items: object) -> None:
    if items is None or items == []:
        check.add("no_items", "items", "an invoice needs at least one item")
        return
    if not isinstance(items, list):
        check.add("invalid_value", "items", "must be a list of items")
        return
    lines = check.row.item_lines
    for index, item in enumerate(items):
        where = f"items[{index}]"
        line = lines[index] if index < len(lines) else None
        if not isinstance(item, dict):
            check.add("invalid_value", where, "an item must be an object", line)
            continue
        catalogued = item.get("id") is not None or item.get("search") is not None
        quantity = item.get("quantity")
        if quantity is None:
            if not catalogued:
                check.add("invalid_quantity", f"{where}.quantity", "missing: how many units", line)
        else:
            number = _number(quantity)
            if number is None or number <= 0:
                check.add("invalid_quantity", f"{where}.quantity", f"{quantity!r} must be a number above 0", line)
        price = item.get("unit_price")
        if price is None:
            if not catalogued:
                check.add("invalid_value", f"{where}.unit_price", "missing: the price of one unit", line)
        else:
            number = _number(price)
            if number is None:
                check.add("invalid_value", f"{where}.unit_price", f"{price!r} is not a number", line)
            elif number < 0:
                check.add("negative_price", f"{where}.unit_price", f"{price!r} is negative", line)
        if item.get("discount") is not None:
            number = _number(item["discount"])
            if number is None or number < 0:
                check.add("invalid_value", f"{where}.discount", f"{item['discount']!r} must be 0 or more", line)
        product_key = item.get("product_key")
        if product_key is not None and (not isinstance(product_key, str) or not PRODUCT_KEY.fullmatch(product_key)):
            check.add(
                "unknown_code", f"{where}.product_key", f"{product_key!r} is not a SAT c_ClaveProdServ (8 digits)", line
            )
        check.code("taxability", f"{where}.taxability", item.get("taxability"), line)
        _taxes(check, where, item.get("taxes"), line)


def _taxes(check: _Checker, where: str, taxes: object, line: int | None) -> None:
    if taxes is None:
        return
    if not isinstance(taxes, list):
        check.add("invalid_value", f"{where}.taxes", "must be a list of taxes", line)
        return
    for index, tax in enumerate(taxes):
        field = f"{where}.taxes[{index}]"
        if not isinstance(tax, dict):
            check.add("invalid_value", field, "a tax must be an object", line)
            continue
        if tax.get("type") is None:
            check.add("invalid_value", f"{field}.type", "missing: IVA, ISR or IEPS", line)
        check.code("tax_type", f"{field}.type", tax.get("type"), line)
        check.code("tax_factor", f"{field}.factor", tax.get("factor"), line)
        if tax.get("rate") is not None:
            rate = _number(tax["rate"])
            if rate is None or rate < 0:
                check.add("invalid_value", f"{field}.rate", f"{tax['rate']!r} must be 0 or more (0.16 for 16 %)", line)
