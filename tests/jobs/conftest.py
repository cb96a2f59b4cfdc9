"""Fixtures of the bulk jobs' tests: the stateful fake gigstack, a client on it, row files."""

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from gigstack import Gigstack
from support.fake_gigstack import FakeGigstack


def invoice_row(number: int, **changes: Any) -> dict[str, Any]:
    row: dict[str, Any] = {
        "key": f"nomina-2026-11-{number:04d}",
        "client": {"id": "client_Rk2fP9sLm4Qz"},
        "payment_form": "03",
        "payment_method": "PUE",
        "use": "G03",
        "currency": "MXN",
        "items": [
            {
                "description": "Servicio de nómina",
                "quantity": 1,
                "unit_price": 1500,
                "product_key": "80141503",
                "unit_key": "E48",
                "taxes": [{"type": "IVA", "rate": 0.16}],
            }
        ],
    }
    row.update(changes)
    return row


def write_jsonl(path: Path, rows: list[Any]) -> Path:
    path.write_text(
        "".join((row if isinstance(row, str) else json.dumps(row, ensure_ascii=False)) + "\n" for row in rows)
    )
    return path


@pytest.fixture
def fake() -> Iterator[FakeGigstack]:
    with FakeGigstack(max_requests=2000) as server:
        yield server


@pytest.fixture
def gs(fake: FakeGigstack) -> Iterator[Gigstack]:
    client = Gigstack(api_key="sk_test_jobs", base_url=fake.base_url, timeout=10)
    yield client
    client.close()
