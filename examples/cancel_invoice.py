"""Cancel a stamped invoice with the SAT motive 02 (issued with errors, no replacement)."""

import sys

from _client import client

from gigstack import errors
from gigstack.api.invoices import cancel_invoice
from gigstack.models import CancellationMotive, CancellationRequest

uuid = sys.argv[1] if len(sys.argv) > 1 else "5fb2822e-396d-4725-8521-cdc4bdd20ccf"
api = client()
try:
    result = cancel_invoice.sync(
        uuid, client=api, body=CancellationRequest(motive=CancellationMotive.ERRORES_SIN_RELACION)
    )
except errors.ConflictError as error:  # e.g. already cancelled, or cancellation pending with the receiver
    raise SystemExit(f"not cancelled: {error.code} {error.message}") from None
print(f"cancellation requested for {uuid}: {result.message}")
