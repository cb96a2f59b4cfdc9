"""gigstack Connect as a platform uses it: list the teams of the billing account, act on one
team's clients with `team=`, get a typed 403 for a team the key cannot reach, and see that a
per-call team wins over the client's default team, with the exact query sent."""

import pytest

from gigstack import errors
from gigstack.api.clients import list_clients
from gigstack.api.teams import list_teams
from support.fixtures import fixture_named
from support.server import Reply

TEAMS = fixture_named("listTeams", "200_billing_account_teams").response["json"]
CLIENTS = {
    "message": "Clients retrieved successfully",
    "data": [{"id": "client_Tq7wN3xB8vYc", "legal_name": "XOCHILT CASAS CHAVEZ", "tax_id": "CACX7605101P8"}],
    "has_more": False,
}
UNREACHABLE = fixture_named("getClient", "403_team_not_reachable").response["json"]


def test_list_the_teams_then_act_on_one_teams_clients(server, make_client, call) -> None:
    server.queue(Reply(200, TEAMS), Reply(200, CLIENTS))
    # One client per call: the async variant runs each call in its own event loop.
    teams = call(list_teams, client=make_client(), limit=2)
    south = next(team for team in teams.data if team is not None and team.tax_id == "IIA040805DZ4")
    page = call(list_clients, client=make_client(), team=south.id, limit=20)
    assert [client.id for client in page.data if client is not None] == ["client_Tq7wN3xB8vYc"]
    first, second = server.received
    assert (first.path, first.query) == ("/v2/teams", [("limit", "2")])
    assert (second.path, sorted(second.query)) == ("/v2/clients", [("limit", "20"), ("team", "team_3LpXc9VbQ2")])


def test_a_team_the_key_cannot_reach_raises_permission_denied_with_the_api_code(server, make_client, call) -> None:
    server.queue(Reply(403, UNREACHABLE))
    with pytest.raises(errors.PermissionDeniedError) as raised:
        call(list_clients, client=make_client(), team="team_3LpXc9VbQ2")
    error = raised.value
    assert (error.status_code, error.code) == (403, "forbidden")
    assert "team_3LpXc9VbQ2" in error.message
    assert len(server.received) == 1  # a 403 is not retried, nor sent to another team


def test_a_per_call_team_replaces_the_default_team_in_the_query(server, make_client, call) -> None:
    server.queue(Reply(200, CLIENTS), Reply(200, CLIENTS))
    call(list_clients, client=make_client(team="team_8HqYv3NcW1"))
    call(list_clients, client=make_client(team="team_8HqYv3NcW1"), team="team_3LpXc9VbQ2")
    default, per_call = server.received
    assert default.query == [("team", "team_8HqYv3NcW1")]
    assert per_call.query == [("team", "team_3LpXc9VbQ2")]  # only the per-call team, once
