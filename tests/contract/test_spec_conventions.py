"""The house rules of the spec, checked on the bundled file the generator reads."""

import re

import pytest

from support.spec import document, operations, resolve

EVIDENCE_LEVELS = {"documented", "vendor-client", "inferred"}
ALWAYS_DOCUMENTED_ERRORS = {400, 401, 403, 429, 500}
OPERATIONS = sorted(operations().values(), key=lambda op: op.operation_id)


def by_id(op) -> str:
    return op.operation_id


@pytest.mark.parametrize("op", OPERATIONS, ids=by_id)
def test_operation_is_named_verb_noun_in_camel_case_with_one_tag(op) -> None:
    assert re.fullmatch(r"[a-z]+(?:[A-Z][a-z0-9]*)+", op.operation_id), op.operation_id
    assert len(op.tags) == 1, f"{op.operation_id} has tags {op.tags}"
    assert op.raw.get("summary") and op.raw.get("description"), f"{op.operation_id} needs a summary and a description"


@pytest.mark.parametrize("op", OPERATIONS, ids=by_id)
def test_operation_says_how_we_know_it(op) -> None:
    evidence = op.raw.get("x-evidence", {})
    assert evidence.get("level") in EVIDENCE_LEVELS, f"{op.operation_id}: x-evidence.level"
    if evidence["level"] == "documented":
        assert str(evidence.get("source", "")).startswith("https://"), (
            f"{op.operation_id}: documented needs the docs URL"
        )
    elif evidence["level"] == "vendor-client":
        assert "disruptive-learning/" in str(evidence.get("source", "")), f"{op.operation_id}: name the vendor file"
    else:
        assert len(str(evidence.get("reason", ""))) > 40, f"{op.operation_id}: inferred needs the reason"


@pytest.mark.parametrize("op", OPERATIONS, ids=by_id)
def test_operation_documents_its_errors(op) -> None:
    expected = set(ALWAYS_DOCUMENTED_ERRORS)
    if "{" in op.path:
        expected.add(404)
    assert expected <= op.statuses, f"{op.operation_id} lacks {sorted(expected - op.statuses)}"
    for status in op.statuses - {200, 201, 202, 204}:
        schema = resolve(op.raw["responses"][str(status)])["content"]["application/json"]["schema"]
        assert schema == {"$ref": "#/components/schemas/Error"}, f"{op.operation_id} {status} must use the shared Error"


@pytest.mark.parametrize("op", OPERATIONS, ids=by_id)
def test_operation_uses_bearer_auth_and_the_shared_team_parameter(op) -> None:
    assert {"bearerAuth": []} in op.raw.get("security", []), op.operation_id
    assert {"$ref": "#/components/parameters/Team"} in op.raw["parameters"], op.operation_id


@pytest.mark.parametrize("op", OPERATIONS, ids=by_id)
def test_bodies_are_named_component_schemas(op) -> None:
    def named(schema: dict) -> bool:
        is_file = schema.get("type") == "string" and schema.get("format") == "binary"
        return is_file or "$ref" in schema or all("$ref" in s for s in schema.get("oneOf", [{}]))

    for media in resolve(op.raw.get("requestBody", {"content": {}}))["content"].values():
        assert named(media["schema"]), f"{op.operation_id}: inline request body"
    for status, response in op.raw["responses"].items():
        for media in resolve(response).get("content", {}).values():
            assert named(media["schema"]), f"{op.operation_id} {status}: inline response body"


@pytest.mark.parametrize("op", OPERATIONS, ids=by_id)
def test_operation_has_examples(op) -> None:
    media = [m for r in op.raw["responses"].values() for m in resolve(r).get("content", {}).values()]
    media += list(resolve(op.raw.get("requestBody", {"content": {}}))["content"].values())
    assert any("examples" in m or "example" in m for m in media), f"{op.operation_id} has no example"


def test_nullable_fields_use_the_3_1_forms() -> None:
    text = str(document())
    assert document()["openapi"].startswith("3.1"), "the spec must be OpenAPI 3.1"
    assert "'nullable'" not in text, "use anyOf [{$ref}, {type: 'null'}] or type: [X, 'null'], not nullable"


def test_every_path_of_every_path_file_is_in_the_root_paths() -> None:
    import yaml

    from support.paths import ROOT

    root = yaml.safe_load((ROOT / "openapi" / "gigstack.yaml").read_text())
    assert all(path.startswith("/") for path in root["paths"])
    assert not any(name.startswith("/") for name in root.get("webhooks", {})), "a path ended up under webhooks:"
    for file in sorted((ROOT / "openapi" / "paths").glob("*.yaml")):
        declared = [key for key in yaml.safe_load(file.read_text()) if key.startswith("/")]
        missing = [path for path in declared if path not in root["paths"]]
        assert not missing, f"{file.name}: not listed in openapi/gigstack.yaml paths: {missing}"


# The names users type every day; renaming one breaks them, so they are pinned here.
FIXED_SDK_NAMES = {
    "clients": {"list", "create", "retrieve", "update", "delete", "validate"},
    "invoices.income": {"list", "create"},
    "invoices": {"cancel"},
    "payments": {"register"},
    "teams": {"list"},
}


@pytest.mark.parametrize("op", OPERATIONS, ids=by_id)
def test_operation_declares_its_place_in_the_resource_client(op) -> None:
    sdk = op.raw.get("x-sdk")
    assert isinstance(sdk, dict), f"{op.operation_id}: x-sdk: {{resource: <dotted.path>, method: <snake_case>}}"
    assert re.fullmatch(r"[a-z][a-z0-9_]*(\.[a-z][a-z0-9_]*)*", str(sdk.get("resource"))), (
        f"{op.operation_id}: resource"
    )
    assert re.fullmatch(r"[a-z][a-z0-9_]*", str(sdk.get("method"))), f"{op.operation_id}: method must be snake_case"


def test_resource_client_places_are_unique_and_keep_the_fixed_names() -> None:
    places: dict[tuple[str, str], str] = {}
    for op in OPERATIONS:
        place = (op.raw["x-sdk"]["resource"], op.raw["x-sdk"]["method"])
        assert place not in places, f"{op.operation_id} and {places[place]} both claim {'.'.join(place)}"
        places[place] = op.operation_id
    resources = {resource for resource, _ in places}
    for resource, _ in places:  # a method may not shadow a sub-resource of the same name
        assert not {f"{resource}.{method}" for r, method in places if r == resource} & resources, resource
    for resource, methods in FIXED_SDK_NAMES.items():
        missing = {m for m in methods if (resource, m) not in places}
        assert not missing, f"{resource} lacks {sorted(missing)}"
