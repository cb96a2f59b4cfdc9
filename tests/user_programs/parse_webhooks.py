"""Parse a good, an unknown and a malformed webhook delivery."""

from gigstack import errors, webhooks

bodies = [
    b'{"event": "invoice.stamped", "data": {"uuid": "5FB2822E-396D", "invoice_id": "invoice_1"}}',
    b'{"event": "invoice.teleported", "data": {"id": "invoice_2"}}',
    b'{"data": {}}',
]
for body in bodies:
    try:
        event = webhooks.parse(body)
    except errors.WebhookPayloadError as error:
        print(f"400: {error}")
        continue
    if isinstance(event, webhooks.WebhookInvoiceStampedEvent):
        uuid = event.data.uuid if event.data.uuid is not None else "?"
        print(f"stamped {uuid}")
    else:
        print(f"other event {event.event} (known: {event.event.is_known})")
