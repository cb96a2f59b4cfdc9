"""Download an invoice's PDF and XML into a folder."""

import sys
from pathlib import Path

from gigstack import Gigstack

folder = Path(sys.argv[1])
with Gigstack() as gs:
    for kind in ("pdf", "xml"):
        content = gs.invoices.download("5fb2822e-396d-4725-8521-cdc4bdd20ccf", format=kind)
        target = folder / f"invoice.{kind}"
        target.write_bytes(content)
        print(f"{target.name}: {len(content)} bytes")
