"""gigstack Connect: list the teams of the billing account and act on each team's clients."""

from _client import client

from gigstack import errors
from gigstack.api.clients import list_clients
from gigstack.api.teams import list_teams

api = client()  # the platform's key; `team=` on each call picks the team acted on
for team in list_teams.iterate(client=api, limit=100):
    try:
        page = list_clients.sync(client=api, team=team.id, limit=20)
    except errors.PermissionDeniedError as error:  # 403: this key cannot reach the team
        print(f"{team.id}: skipped ({error.code}: {error.message})")
        continue
    print(f"{team.id}: {len(page.data)} clients on the first page")
