"""List every client of the team, page after page: iterating a page walks all of them."""

from _client import client

with client() as gs:
    count = 0
    for customer in gs.clients.list(limit=100, order_by="name", sort="asc"):
        count += 1
        print(f"{customer.id}  {customer.tax_id or '-':13}  {customer.name or '-'}")
    print(f"{count} clients")
