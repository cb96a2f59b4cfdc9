"""Every client created since 2026-01-01, by name, across all pages."""

from datetime import UTC, datetime

from gigstack import Gigstack

since = int(datetime(2026, 1, 1, tzinfo=UTC).timestamp())
with Gigstack() as gs:
    names: list[str] = []
    for client in gs.clients.list(limit=2, created={"gte": since}, order_by="name", sort="asc"):
        names.append(client.legal_name if client.legal_name is not None else client.id)
    print(f"{len(names)} clients: {', '.join(names)}")
