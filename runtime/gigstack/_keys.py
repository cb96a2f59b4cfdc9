"""What can be told of an API key without sending it: its mode (test or live) and a masked form.

gigstack's keys are JWTs whose payload says `livemode` (false: a test key) and may carry a
`key_id` naming a test key; a key starting with `sk_test` is a test key too. A key that says
neither is taken as live, so that a fiscal write asks first."""

from __future__ import annotations

import base64
import json
from typing import Any, Literal

Mode = Literal["test", "live"]


def _payload(key: str) -> dict[str, Any]:
    parts = key.split(".")
    if len(parts) != 3:
        return {}
    try:
        raw = base64.urlsafe_b64decode(parts[1] + "=" * (-len(parts[1]) % 4))
        found = json.loads(raw)
    except (ValueError, UnicodeDecodeError):
        return {}
    return found if isinstance(found, dict) else {}


def key_mode(key: str) -> Mode:
    """test or live, from the key alone (live unless the key says test)."""
    if key.startswith(("sk_test", "gsk_test")):
        return "test"
    payload = _payload(key)
    if payload.get("livemode") is False or "test" in str(payload.get("key_id", "")).lower():
        return "test"
    return "live"


def key_form(key: str) -> str:
    """What kind of key it looks like: a JWT, a prefixed secret key, or something else."""
    if _payload(key):
        return "JWT"
    if key.startswith(("sk_", "gsk_")):
        return "secret key"
    return "unrecognised form"


def key_team(key: str) -> str | None:
    """The team a JWT key belongs to, when its payload says."""
    team = _payload(key).get("team")
    return team if isinstance(team, str) and team else None


def masked(key: str) -> str:
    """The key as it may be shown: its first 4 and last 4 characters at most, never more than a quarter of it."""
    if len(key) < 16:
        return "…" * 3
    return f"{key[:4]}…{key[-4:]}"


__all__ = ["Mode", "key_form", "key_mode", "key_team", "masked"]
