"""Create a client, or update the one that already has this RFC (the `search` upsert).

The raw response tells what happened: 201 created, 200 found (and updated); several clients with
this RFC are a 409, raised as ConflictError.
"""

from _client import client

from gigstack import errors

with client() as gs:
    try:
        raw = gs.clients.with_raw_response.create(
            name="Escuela Kemper Urgate",
            legal_name="ESCUELA KEMPER URGATE",
            tax_id="EKU9003173C9",
            tax_system="601",
            use="G03",
            email="facturacion@kemper.example.mx",
            address={"zip": "06600", "country": "Mexico"},
            search={"on_key": "tax_id", "on_value": "EKU9003173C9", "update": True},
        )
    except errors.ConflictError:
        raise SystemExit("Several clients have this RFC; merge them first.") from None
    created = raw.parse()
    verb = "created" if raw.status_code == 201 else "found and updated"
    print(f"{created.id} {verb} (request {raw.request_id or '-'})")
