"""The one cheap request that proves a key works (GET /teams?limit=1, as gigstack's own n8n node
checks a credential), shared by `auth login` and `doctor`."""

from __future__ import annotations

import email.utils
import time
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import httpx

    from ..client import AuthenticatedClient


def probe(api: AuthenticatedClient, url: str = "/teams", params: dict[str, Any] | None = None) -> httpx.Response:
    """GET `url` and return its response; a refusal raises the API's typed error."""
    from .._http import send
    from .._operations import ANY, parse_success

    response = send(api, {"method": "GET", "url": url, "params": {"limit": 1} if params is None else params})
    parse_success(response, ((200, 299, ANY),))
    return response


def clock_skew(response: httpx.Response) -> float | None:
    """Seconds this machine's clock is ahead of the server's (from its Date header), or None."""
    stamp = response.headers.get("date")
    if not stamp:
        return None
    try:
        server = email.utils.parsedate_to_datetime(stamp).timestamp()
    except (TypeError, ValueError):
        return None
    return time.time() - server


__all__ = ["clock_skew", "probe"]
