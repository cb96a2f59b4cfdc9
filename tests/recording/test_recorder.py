"""The recorder, end to end against a scripted local server: it writes fixtures in the repo's
format, redacts the key and personal data, normalises ids and timestamps, and refuses a
live-mode key before sending anything."""

import base64
import json
import sys

import pytest
import yaml

from support.paths import ROOT
from support.server import Reply

sys.path.insert(0, str(ROOT / "scripts"))
import record  # noqa: E402

SCENARIOS = [
    {"fixture": "clients/listClients/recorded_page", "request": {"method": "GET", "path": "/clients", "query": {"limit": "2"}}},
    {"fixture": "clients/createClient/recorded", "request": {"method": "POST", "path": "/clients", "json": {"name": "Ana", "email": "ana.real@gmail.com"}}},
]  # fmt: skip


def jwt(payload: dict) -> str:
    encoded = base64.urlsafe_b64encode(json.dumps(payload).encode()).decode().rstrip("=")
    return f"eyJhbGciOiJIUzI1NiJ9.{encoded}.c2lnbmF0dXJl"


TEST_KEY = jwt({"team": "team_8HqYv3NcW1", "livemode": False})
LIVE_KEY = jwt({"team": "team_8HqYv3NcW1", "livemode": True})

PERSON = {
    "id": "client_9fK2mQ7xLp3V", "name": "Ana Ruiz", "email": "ana.real@gmail.com", "phone": "+52 81 1234 5678",
    "tax_id": "RUAA850101AB3", "created_at": 1790000123, "team": "team_8HqYv3NcW1",
}  # fmt: skip


def run(server, tmp_path, key, *extra) -> int:
    scenarios = tmp_path / "scenarios.yaml"
    scenarios.write_text(yaml.safe_dump(SCENARIOS))
    argv = ["--base-url", server.base_url, "--scenarios", str(scenarios), "--out", str(tmp_path / "out"), *extra]
    import os

    os.environ["GIGSTACK_API_KEY"] = key
    try:
        return record.main(argv)
    finally:
        del os.environ["GIGSTACK_API_KEY"]


def test_records_redacted_normalised_fixtures(server, tmp_path) -> None:
    server.queue(
        Reply(
            200,
            {
                "message": "ok",
                "data": [PERSON, dict(PERSON, id="client_Zq1wE2rT3yU4")],
                "next": "client_Zq1wE2rT3yU4",
                "has_more": True,
            },
        ),
        Reply(201, {"message": "Client created successfully", "data": PERSON}),
    )
    assert run(server, tmp_path, TEST_KEY) == 0
    page_file = tmp_path / "out/clients/listClients/200_recorded_page.json"
    created_file = tmp_path / "out/clients/createClient/201_recorded.json"
    page, created = json.loads(page_file.read_text()), json.loads(created_file.read_text())
    assert page["request"] == {"method": "GET", "path": "/v2/clients", "query": {"limit": "2"},
                               "headers": {"authorization": "Bearer REDACTED"}, "json": None}  # fmt: skip
    first, second = page["response"]["json"]["data"]
    assert first["id"] == "client_rec00001" and second["id"] == "client_rec00003"
    assert page["response"]["json"]["next"] == "client_rec00003", "the same id maps to the same placeholder"
    assert first["email"] == "person1@example.mx" and first["phone"].startswith("+52 55 0000 ")
    assert first["tax_id"] == "XXXX000101001" and first["created_at"] == record.FIXED_SECONDS
    assert created["request"]["json"]["email"] == "person1@example.mx"
    assert created["response"]["json"]["data"]["id"] == "client_rec00001"
    everything = page_file.read_text() + created_file.read_text()
    for secret in (TEST_KEY, "ana.real@gmail.com", "RUAA850101AB3", "1234 5678", "client_9fK2mQ7xLp3V"):
        assert secret not in everything
    assert [r.headers["Authorization"] for r in server.received] == [f"Bearer {TEST_KEY}"] * 2


def test_refuses_a_live_key_unless_told(server, tmp_path, capsys) -> None:
    assert run(server, tmp_path, LIVE_KEY) == 2
    assert "live-mode key" in capsys.readouterr().err
    assert server.received == []
    server.queue(
        Reply(200, {"message": "ok", "data": [], "has_more": False}),
        Reply(201, {"message": "ok", "data": {"id": "client_x1y2z3w4"}}),
    )
    assert run(server, tmp_path, LIVE_KEY, "--allow-live") == 0
    assert len(server.received) == 2


@pytest.mark.parametrize(
    ("key", "mode"),
    [("gsk_live_abc", "live"), ("sk_test_abc", "test"), (TEST_KEY, "test"), (LIVE_KEY, "live"), ("opaque", "unknown")],
)
def test_key_mode(key, mode) -> None:
    assert record.key_mode(key) == mode


def test_the_scenario_list_names_operations_of_the_spec() -> None:
    from support.spec import operations

    scenarios = yaml.safe_load((ROOT / "tests/recording/scenarios.yaml").read_text())
    assert scenarios
    for scenario in scenarios:
        operation_id = scenario["fixture"].split("/")[1]
        assert operation_id in operations(), scenario["fixture"]
        assert operations()[operation_id].match_path(scenario["request"]["path"]) is not None, scenario["fixture"]
