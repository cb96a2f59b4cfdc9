"""The bodies the benchmarks parse and serve, made from recorded fixtures so they look real."""

import copy
import json
from pathlib import Path
from typing import Any

FIXTURES = Path(__file__).resolve().parent.parent / "tests" / "fixtures"


def recorded(relative: str) -> dict[str, Any]:
    body: dict[str, Any] = json.loads((FIXTURES / relative).read_text())["response"]["json"]
    return body


def page_of(item: dict[str, Any], count: int, *, prefix: str, message: str, next_: str | None = None) -> dict[str, Any]:
    """A list page of `count` copies of `item`, each with its own id."""
    items = []
    for n in range(count):
        copied = copy.deepcopy(item)
        copied["id"] = f"{prefix}_{n:010d}"
        items.append(copied)
    return {"message": message, "data": items, "next": next_, "has_more": next_ is not None, "total_results": 10_000}


def client_item() -> dict[str, Any]:
    item: dict[str, Any] = recorded("clients/getClient/200_found.json")["data"]
    return item


def clients_page(count: int = 100, next_: str | None = None) -> dict[str, Any]:
    return page_of(client_item(), count, prefix="client", message="Clients retrieved successfully", next_=next_)


def single_client() -> dict[str, Any]:
    return recorded("clients/getClient/200_found.json")


def income_invoice_item() -> dict[str, Any] | None:
    """An income invoice as the API returns it, if the spec has income invoices yet."""
    found = sorted(FIXTURES.glob("invoices/getIncomeInvoice/200_*.json"))
    return recorded(str(found[0].relative_to(FIXTURES)))["data"] if found else None
