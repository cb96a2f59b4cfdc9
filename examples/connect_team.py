"""gigstack Connect: list the teams of the billing account and act on each team's clients."""

from _client import client

from gigstack import errors

with client() as gs:  # the platform's key; `team=` on a call (or with_options) picks the team
    for team in gs.teams.list(limit=100):
        try:
            page = gs.clients.list(team=team.id, limit=20)
        except errors.PermissionDeniedError as error:  # 403: this key cannot reach the team
            print(f"{team.id}: skipped ({error.code}: {error.message})")
            continue
        print(f"{team.id}: {len(page.data)} clients on the first page")
