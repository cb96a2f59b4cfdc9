"""List every client of the team, page after page, with the iterator."""

from _client import client

from gigstack.api.clients import list_clients
from gigstack.models import ListOrderBy, SortOrder

api = client()
count = 0
for customer in list_clients.iterate(client=api, limit=100, order_by=ListOrderBy.NAME, sort=SortOrder.ASC):
    count += 1
    print(f"{customer.id}  {customer.tax_id or '-':13}  {customer.name}")
print(f"{count} clients")
