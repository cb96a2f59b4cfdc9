"""Checking a webhook delivery's signature: gigstack signs deliveries to endpoints with signing
enabled by the Standard Webhooks scheme (https://www.standardwebhooks.com).

    webhook-id:        the message id (the same on every retry of one delivery)
    webhook-timestamp: unix seconds when it was sent
    webhook-signature: space-separated `v1,<base64 HMAC-SHA256 of "<id>.<timestamp>.<raw body>">`;
                       more than one while the secret is being rotated

The key is the base64 part of the endpoint's secret (`whsec_<base64>`). Only the standard library
is used (hmac, hashlib, base64): the scheme is small, and the package keeps its dependencies few.
Nothing here ever puts the secret, a signature or the body into a message.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
import math
import os
import secrets
import time
from collections.abc import Iterable, Mapping
from typing import Any, Protocol, runtime_checkable

from .errors import ArgumentError, ConfigurationError, WebhookSignatureError

SECRET_ENV = "GIGSTACK_WEBHOOK_SECRET"
SECRET_PREFIX = "whsec_"
DEFAULT_TOLERANCE = 300  # seconds either way, the scheme's recommendation
SCHEME_VERSION = "v1"
SIGNATURE_BYTES = hashlib.sha256().digest_size
ID_HEADER, TIMESTAMP_HEADER, SIGNATURE_HEADER = "webhook-id", "webhook-timestamp", "webhook-signature"
LEGACY_HEADER = "x-gigstack-signature"  # legacy endpoints' signature; its algorithm is not published


@runtime_checkable
class HeaderItems(Protocol):
    """Any header container with `.items()`: a dict, httpx/starlette/werkzeug/aiohttp headers..."""

    def items(self) -> Iterable[tuple[str, str]]: ...


@runtime_checkable
class HeaderLookup(Protocol):
    """A headers object that only looks names up (case-insensitively, as frameworks do)."""

    def get(self, key: str, /) -> str | None: ...


HeadersLike = HeaderItems | HeaderLookup | Mapping[str, str] | Iterable[tuple[str, str]] | Iterable[tuple[bytes, bytes]]


def verify_signature(
    body: bytes | bytearray | memoryview | str,
    headers: HeadersLike,
    *,
    secret: str | None = None,
    tolerance: float = DEFAULT_TOLERANCE,
) -> None:
    """Raise WebhookSignatureError unless one of the delivery's signatures was made with the secret.

    `body` must be the raw request body, byte for byte (a str is encoded as UTF-8: re-serialised
    JSON does not verify). The secret is `secret=` or the GIGSTACK_WEBHOOK_SECRET variable.
    """
    key = signing_key(secret)
    if isinstance(tolerance, bool) or not isinstance(tolerance, int | float) or math.isnan(tolerance):
        raise ArgumentError(f"tolerance is a number of seconds, not {tolerance!r}")
    if tolerance < 0:
        raise ArgumentError(f"tolerance is a number of seconds of 0 or more, not {tolerance!r}")
    raw = raw_body(body)
    found = header_values(headers, (ID_HEADER, TIMESTAMP_HEADER, SIGNATURE_HEADER, LEGACY_HEADER))
    if found[LEGACY_HEADER] and not any(found[name] for name in (ID_HEADER, TIMESTAMP_HEADER, SIGNATURE_HEADER)):
        raise WebhookSignatureError(
            f"The {ID_HEADER} header is missing: this delivery has only a legacy X-Gigstack-Signature, which"
            " cannot be verified; enable signing on the webhook to get webhook-* signatures",
            reason="missing_header",
        )
    message_id = single(found, ID_HEADER)
    timestamp = single(found, TIMESTAMP_HEADER)
    # Separated by spaces; a proxy that joined repeated header lines may have added commas.
    signatures = [entry.rstrip(",") for entry in " ".join(found[SIGNATURE_HEADER]).split()]
    signatures = [entry for entry in signatures if entry]
    if not signatures:
        raise WebhookSignatureError(f"The {SIGNATURE_HEADER} header is missing or empty", reason="missing_header")
    check_timestamp(timestamp, tolerance)
    # Signed as sent: the header's own text, not a re-rendered number.
    expected = hmac.new(key, f"{message_id}.{timestamp}.".encode() + raw, hashlib.sha256).digest()
    candidates = [value for version, _, value in (s.partition(",") for s in signatures) if version == SCHEME_VERSION]
    if not candidates:
        raise WebhookSignatureError(
            f"The {SIGNATURE_HEADER} header has no {SCHEME_VERSION} signature ({len(signatures)} of another"
            " scheme version or malformed)",
            reason="no_supported_signature",
        )
    # Every candidate is compared (in constant time) so the time taken says nothing about which matched.
    matched = False
    for candidate in candidates:
        matched |= hmac.compare_digest(expected, decoded_signature(candidate))
    if not matched:
        raise WebhookSignatureError(
            f"No {SCHEME_VERSION} signature of the delivery matches: the body was changed, or it was"
            " signed with another secret or for another message id or timestamp",
            reason="signature_mismatch",
        )


def signature_headers(
    body: bytes | bytearray | memoryview | str,
    *,
    secret: str | None = None,
    message_id: str | None = None,
    timestamp: int | None = None,
) -> dict[str, str]:
    """The `webhook-*` headers gigstack sends with this body, signed with the secret: for testing a
    handler. A fresh message id and the current time unless given."""
    key = signing_key(secret)
    raw = raw_body(body)
    if message_id is None:
        message_id = "msg_" + secrets.token_urlsafe(18)
    if timestamp is None:
        timestamp = int(time.time())
    elif isinstance(timestamp, bool) or not isinstance(timestamp, int) or timestamp < 0:
        raise ArgumentError(f"timestamp is unix seconds (an int of 0 or more), not {timestamp!r}")
    digest = hmac.new(key, f"{message_id}.{timestamp}.".encode() + raw, hashlib.sha256).digest()
    return {
        ID_HEADER: message_id,
        TIMESTAMP_HEADER: str(timestamp),
        SIGNATURE_HEADER: f"{SCHEME_VERSION},{base64.b64encode(digest).decode()}",
    }


def signing_key(secret: str | None) -> bytes:
    """The HMAC key from `whsec_<base64>` (or the bare base64), or a ConfigurationError."""
    if secret is None:
        secret = os.environ.get(SECRET_ENV)
        if secret is None:
            raise ConfigurationError(f"No webhook secret: pass secret= or set {SECRET_ENV}")
        origin = SECRET_ENV
    elif isinstance(secret, str):
        origin = "The webhook secret"
    else:
        raise ArgumentError(f"The webhook secret is a str (whsec_...), not {type(secret).__name__}")
    text = secret.strip()
    text = text.removeprefix(SECRET_PREFIX)
    if not text:
        raise ConfigurationError(f"{origin} is empty")
    try:
        key = base64.b64decode(text.encode("ascii"), validate=True)
    except (UnicodeEncodeError, binascii.Error, ValueError):
        raise ConfigurationError(f"{origin} is not {SECRET_PREFIX} followed by base64") from None
    if not key:
        raise ConfigurationError(f"{origin} is empty")
    return key


def raw_body(body: bytes | bytearray | memoryview | str) -> bytes:
    if isinstance(body, str):
        return body.encode("utf-8", errors="surrogatepass")
    if isinstance(body, bytes | bytearray | memoryview):
        return bytes(body)
    raise ArgumentError(f"A webhook body is the raw bytes (or str) received, not {type(body).__name__}")


def header_values(headers: HeadersLike, names: Iterable[str]) -> dict[str, list[str]]:
    """The values of each wanted header, matched case-insensitively, from any header container."""
    if isinstance(headers, str | bytes | bytearray) or headers is None:
        raise ArgumentError(f"Webhook headers are a mapping or a list of pairs, not {type(headers).__name__}")
    found: dict[str, list[str]] = {name: [] for name in names}
    items: Iterable[Any]
    multi_items = getattr(headers, "multi_items", None)
    if callable(multi_items):
        items = multi_items()  # httpx: items() would join repeated headers with commas
    elif isinstance(headers, HeaderItems):
        items = headers.items()
    elif isinstance(headers, HeaderLookup) and not isinstance(headers, Iterable):
        # A headers object with only get(): frameworks' lookups are case-insensitive already.
        items = [
            (name, found_value) for name in found if (found_value := headers.get(name) or headers.get(name.title()))
        ]
    else:
        items = headers
    try:
        for raw_name, raw_value in items:
            name = as_text(raw_name).strip().lower()
            if name in found:
                found[name].append(as_text(raw_value).strip())
    except (TypeError, ValueError):
        raise ArgumentError("Webhook headers are a mapping or a list of (name, value) pairs") from None
    return found


def as_text(value: object) -> str:
    if isinstance(value, str):
        return value
    if isinstance(value, bytes | bytearray):
        return bytes(value).decode("latin-1")  # how HTTP carries header bytes (ASGI's raw headers)
    raise TypeError(type(value).__name__)


def single(found: Mapping[str, list[str]], name: str) -> str:
    values = {value for value in found[name] if value}
    if not values:
        raise WebhookSignatureError(f"The {name} header is missing or empty", reason="missing_header")
    if len(values) > 1:
        raise WebhookSignatureError(f"The {name} header is sent more than once", reason="duplicate_header")
    return values.pop()


def check_timestamp(value: str, tolerance: float) -> None:
    if not value.isascii() or not value.isdigit() or len(value) > 15:
        raise WebhookSignatureError(f"The {TIMESTAMP_HEADER} header is not unix seconds", reason="bad_timestamp")
    sent_at = int(value)
    now = time.time()
    if sent_at < now - tolerance:
        raise WebhookSignatureError(
            f"The delivery is too old: sent {now - sent_at:.0f} s ago, more than the {tolerance:g} s allowed",
            reason="timestamp_too_old",
        )
    if sent_at > now + tolerance:
        raise WebhookSignatureError(
            f"The delivery is dated {sent_at - now:.0f} s in the future, more than the {tolerance:g} s allowed",
            reason="timestamp_in_future",
        )


def decoded_signature(value: str) -> bytes:
    """The signature's bytes, or bytes that match nothing (so a garbage entry costs the same time)."""
    try:
        decoded = base64.b64decode(value.encode("ascii"), validate=True)
    except (UnicodeEncodeError, binascii.Error, ValueError):
        decoded = b""
    return decoded if len(decoded) == SIGNATURE_BYTES else b"\x00" * (SIGNATURE_BYTES + 1)


__all__ = ["DEFAULT_TOLERANCE", "SECRET_ENV", "HeadersLike", "signature_headers", "verify_signature"]
