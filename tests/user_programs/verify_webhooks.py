"""Verify, then handle, a signed, a forged, an unsigned and a stale webhook delivery."""

import time

from gigstack import errors, webhooks

SECRET = "whsec_dXNlciBwcm9ncmFtIHRlc3Qgc2VjcmV0"


def handle(body: bytes, headers: list[tuple[str, str]]) -> str:
    try:
        event = webhooks.unwrap(body, headers, secret=SECRET)
    except errors.WebhookSignatureError as error:
        return f"400 {error.reason}"
    except errors.WebhookPayloadError:
        return "400 malformed"
    if isinstance(event, webhooks.WebhookPaymentEvent):
        total = event.data.total if event.data.total is not None else 0
        return f"200 {event.event} {total:g}"
    return f"200 {event.event}"


body = b'{"event": "payment.succeeded", "data": {"id": "payment_5Nc2Wq8ZrT", "total": 1160}}'
signed = [(name.title(), value) for name, value in webhooks.signature_headers(body, secret=SECRET).items()]
stale = webhooks.signature_headers(body, secret=SECRET, timestamp=int(time.time()) - 3600)
print(handle(body, signed))
print(handle(body.replace(b"1160", b"1"), signed))
print(handle(body, []))
print(handle(body, list(stale.items())))
print(handle(b"not json", list(webhooks.signature_headers(b"not json", secret=SECRET).items())))
