"""Create a client, or update the one that already has this RFC (the `search` upsert).

sync_detailed() is used because the status says what happened: 201 created, 200 found (and
updated), 409 several clients matched.
"""

from _client import client

from gigstack.api.clients import create_client
from gigstack.models import Address, CfdiUse, ClientCreate, ClientResponse, ClientSearch, TaxSystem

api = client()
response = create_client.sync_detailed(
    client=api,
    body=ClientCreate(
        name="Escuela Kemper Urgate",
        legal_name="ESCUELA KEMPER URGATE",
        tax_id="EKU9003173C9",
        tax_system=TaxSystem.GENERAL_LEY_PERSONAS_MORALES,
        use=CfdiUse.G03,
        email="facturacion@kemper.example.mx",
        address=Address(zip_="06600", country="Mexico"),
        search=ClientSearch(on_key="tax_id", on_value="EKU9003173C9", update=True),
    ),
)
if response.status_code == 409:
    raise SystemExit("Several clients have this RFC; merge them first.")
if not isinstance(response.parsed, ClientResponse) or response.status_code not in (200, 201):
    raise SystemExit(f"Request failed with {int(response.status_code)}: {response.content[:200]!r}")
verb = "created" if response.status_code == 201 else "found and updated"
print(f"{response.parsed.data.id} {verb}")
