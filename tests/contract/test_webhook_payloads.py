"""Webhook deliveries (the spec's `webhooks:` section) against recorded payloads in
tests/webhook_payloads/<event>.json: each validates against its schema in the bundled spec, the
generated model parses it without loss, and every event the spec describes has a payload."""

import json
from pathlib import Path
from typing import Any

import pytest
from openapi_schema_validator import OAS31Validator

from support.paths import ROOT
from support.replay import generated_model
from support.spec import document

PAYLOADS = ROOT / "tests" / "webhook_payloads"


def payload_files() -> list[Path]:
    return sorted(PAYLOADS.glob("*.json"))


def schema_name(event: str) -> str:
    post = document()["webhooks"][event]["post"]
    ref = post["requestBody"]["content"]["application/json"]["schema"]["$ref"]
    return str(ref.rsplit("/", 1)[-1])


def recorded(file: Path) -> dict[str, Any]:
    data: dict[str, Any] = json.loads(file.read_text())
    assert file.stem == data["event"] == data["payload"]["event"], f"{file.name}: name it <event>.json"
    return data


def test_every_event_of_the_spec_has_a_recorded_payload() -> None:
    assert sorted(document()["webhooks"]) == sorted(f.stem for f in payload_files())


@pytest.mark.parametrize("file", payload_files(), ids=lambda f: f.stem)
def test_payload_is_valid_for_its_schema(file: Path) -> None:
    data = recorded(file)
    schema = {**document(), "$ref": f"#/components/schemas/{schema_name(data['event'])}"}
    OAS31Validator(schema).validate(data["payload"])


@pytest.mark.parametrize("file", payload_files(), ids=lambda f: f.stem)
def test_payload_parses_into_its_model_without_loss(file: Path) -> None:
    data = recorded(file)
    model = generated_model(schema_name(data["event"])).from_dict(data["payload"])
    assert model.event == data["event"] and model.event.is_known
    assert model.to_dict() == data["payload"]


def test_a_payload_with_an_unknown_event_still_parses() -> None:
    payload = {"event": "team.updated", "timestamp": 1768487400000, "data": {"id": "team_8HqYv3NcW1"}}
    parsed = generated_model("WebhookEvent").from_dict(payload)
    assert parsed.event == "team.updated" and not parsed.event.is_known
    assert parsed.to_dict() == payload
