"""Reading a webhook delivery: the raw body in, the typed event for its name out, or
WebhookPayloadError (a GigstackError and a ValueError) for anything that is not a gigstack event.

No signature is checked here: `webhooks.unwrap` checks gigstack's (`_webhook_signature`) first.
`verify=` takes a check of the user's own: a callable given the raw body and the headers, which
raises to refuse the delivery.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from . import _json
from ._models import Model
from .errors import WebhookPayloadError

Verifier = Callable[[bytes, Mapping[str, str]], None]
MAX_WEBHOOK_BYTES = 5 * 1024 * 1024  # a delivery larger than this is refused before decoding


def parse_event(
    body: bytes | bytearray | memoryview | str,
    events: Mapping[str, type[Model]],
    generic: type[Model],
    *,
    headers: Mapping[str, str] | None = None,
    verify: Verifier | None = None,
) -> Any:
    """The event model for the body's `event` name; `generic` for a name this version does not know."""
    if isinstance(body, str):
        raw = body.encode("utf-8", errors="surrogatepass")
    elif isinstance(body, bytes | bytearray | memoryview):
        raw = bytes(body)
    else:
        raise WebhookPayloadError(f"A webhook body is bytes or str, not {type(body).__name__}")
    if verify is not None:
        verify(raw, headers or {})
    if len(raw) > MAX_WEBHOOK_BYTES:
        raise WebhookPayloadError(f"The webhook body is larger than {MAX_WEBHOOK_BYTES} bytes")
    try:
        payload = _json.loads(raw)
    except (ValueError, RecursionError) as error:
        raise WebhookPayloadError(f"The webhook body is not JSON: {error}") from None
    if not isinstance(payload, dict):
        raise WebhookPayloadError(f"A webhook body is a JSON object, not a {type(payload).__name__}")
    name = payload.get("event")
    if not isinstance(name, str) or not name.strip():
        raise WebhookPayloadError("The webhook body has no event name (`event`)")
    if not isinstance(payload.get("data"), dict):
        raise WebhookPayloadError(f"The {name!r} webhook body has no `data` object")
    model = events.get(name, generic)
    try:
        return model.from_dict(payload)
    except (KeyError, TypeError, ValueError) as error:
        raise WebhookPayloadError(f"The {name!r} webhook body does not fit {model.__name__}: {error}") from None


__all__ = ["MAX_WEBHOOK_BYTES", "Verifier", "parse_event"]
