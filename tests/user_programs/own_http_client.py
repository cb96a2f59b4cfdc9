"""Sending through my own httpx clients (sync and async), whose event hooks log every request."""

import asyncio

import httpx

from gigstack import AsyncGigstack, Gigstack

seen: list[str] = []


def log_request(request: httpx.Request) -> None:
    seen.append(f"{request.method} {request.url.path}")


async def alog_request(request: httpx.Request) -> None:
    log_request(request)


with httpx.Client(headers={"X-Request-Source": "billing-batch"}, event_hooks={"request": [log_request]}) as http:
    with Gigstack(http_client=http) as gs:
        first = gs.clients.list(limit=1).data
    # gs is closed; my client is still mine to use and close.
    print(f"sync: {len(first)} client(s), my client closed: {http.is_closed}")


async def main() -> None:
    async with httpx.AsyncClient(event_hooks={"request": [alog_request]}) as http:
        async with AsyncGigstack(http_client=http) as ags:
            client = await ags.clients.retrieve("client_1")
        print(f"async: {client.legal_name}, my client closed: {http.is_closed}")


asyncio.run(main())
print("requests:", "; ".join(seen))
