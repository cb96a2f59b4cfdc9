"""Decoding response bodies: orjson when it is installed (`pip install gigstack[orjson]`), the
standard library's json otherwise, with the same results.

orjson decodes a page two to three times faster. Where it refuses what the standard library
accepts (integers beyond 64 bits, NaN), the body is decoded again with json, so no response is
lost; where both refuse (not JSON, nested too deep), ValueError or RecursionError is raised.
"""

from __future__ import annotations

import json
from typing import Any

try:
    import orjson
except ImportError:  # pragma: no cover - depends on the environment
    orjson = None  # type: ignore[assignment]

DECODER = "orjson" if orjson is not None else "json"


def _loads_stdlib(content: bytes | str) -> Any:
    return json.loads(content)


def _loads_orjson(content: bytes | str) -> Any:
    try:
        return orjson.loads(content)
    except orjson.JSONDecodeError:
        return json.loads(content)


loads = _loads_orjson if orjson is not None else _loads_stdlib

__all__ = ["DECODER", "loads"]
