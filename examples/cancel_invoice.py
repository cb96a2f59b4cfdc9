"""Cancel a stamped invoice with the SAT motive 02 (issued with errors, no replacement)."""

import sys

from _client import client

from gigstack import errors

uuid = sys.argv[1] if len(sys.argv) > 1 else "5fb2822e-396d-4725-8521-cdc4bdd20ccf"
with client() as gs:
    try:
        result = gs.invoices.cancel(uuid, motive="02")
    except errors.ConflictError as error:  # e.g. already cancelled, or pending with the receiver
        raise SystemExit(f"not cancelled: {error.code} {error.message}") from None
    print(f"cancellation requested for {uuid}: {result.message}")
