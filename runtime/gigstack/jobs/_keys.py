"""The idempotency key of a row: the prefix, then the row's own `key`, verbatim.

Derived from the row alone, never from the job directory, the time or a counter, so the same row
sent again (a resumed job, the same file run in a new directory, another machine) carries the same
key and gigstack returns the invoice it already issued instead of stamping a second one. Verbatim,
so the key gigstack stores on the invoice is the one in your spreadsheet.
"""

from __future__ import annotations

import re

# What gigstack's own command line accepts as an idempotency key: 8 to 128 of these characters.
KEY_SHAPE = re.compile(r"[A-Za-z0-9._:-]{8,128}")
KEY_CHARACTERS = re.compile(r"[A-Za-z0-9._:-]*")
KEY_RULE = "8 to 128 characters, each a letter, a digit or one of . _ : -"


def idempotency_key(key: str, prefix: str = "") -> str:
    """The idempotency key a job sends for the row whose `key` is `key`: `prefix + key`."""
    return f"{prefix}{key}"


def key_problem(key: str, prefix: str = "") -> str | None:
    """Why `prefix + key` cannot be an idempotency key, or None when it can."""
    sent = idempotency_key(key, prefix)
    if KEY_SHAPE.fullmatch(sent):
        return None
    shown = f"{prefix!r} + {key!r}" if prefix else repr(key)
    return f"{shown} is not a usable idempotency key ({KEY_RULE})"


def prefix_problem(prefix: str) -> str | None:
    """Why `prefix` cannot start idempotency keys, or None when it can."""
    if not isinstance(prefix, str):
        return f"the key prefix must be text, not {type(prefix).__name__}"
    if not KEY_CHARACTERS.fullmatch(prefix) or len(prefix) > 100:
        return f"the key prefix {prefix!r} must be at most 100 letters, digits or . _ : -"
    return None
