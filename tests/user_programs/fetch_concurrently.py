"""Fetch 20 clients at once with the async client."""

import asyncio

from gigstack import AsyncGigstack
from gigstack.models import Client


async def main() -> None:
    async with AsyncGigstack() as ags:
        ids = [f"client_{n:02d}" for n in range(20)]
        clients: list[Client] = await asyncio.gather(*(ags.clients.retrieve(i) for i in ids))
        with_rfc = [c for c in clients if c.tax_id is not None]
        print(f"fetched {len(clients)} clients, {len(with_rfc)} with an RFC")


asyncio.run(main())
