"""The house rules of the spec that Redocly cannot express, checked on the bundled file the
generator reads. The others (operationId form, one tag, x-evidence, x-sdk form, declared error
responses, examples) are Redocly rules, reported at their line under openapi/: redocly.yaml,
tools/redocly/house-rules.mjs and test_spec_rules.py."""

import pytest

from support.spec import document, operations, resolve

OPERATIONS = sorted(operations().values(), key=lambda op: op.operation_id)


def by_id(op) -> str:
    return op.operation_id


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


def test_the_request_id_header_the_client_reads_is_the_one_the_spec_declares() -> None:
    from gigstack.errors import REQUEST_ID_HEADERS

    declared = set()
    for response in document()["components"]["responses"].values():
        declared |= {name.lower() for name in response.get("headers", {}) if "request" in name.lower()}
    assert declared == {"x-request-id"}, "every shared error response declares X-Request-Id"
    assert REQUEST_ID_HEADERS[0] in declared
    for name, response in document()["components"]["responses"].items():
        assert "X-Request-Id" in response.get("headers", {}), f"{name} does not declare X-Request-Id"


def _schema_properties() -> list[tuple[str, str, dict]]:
    found = []
    for name, schema in document()["components"]["schemas"].items():
        parts = [schema, *schema.get("allOf", [])]
        for part in parts:
            for prop, spec in (part.get("properties") or {}).items():
                found.append((name, prop, spec))
    return found


def test_every_timestamp_declares_its_unit() -> None:
    # The models turn it into an aware datetime (`<field>_datetime`) without the user knowing the unit.
    missing = []
    for schema, prop, spec in _schema_properties():
        types = spec.get("type") if isinstance(spec.get("type"), list) else [spec.get("type")]
        if "integer" not in types:
            continue
        text = str(spec.get("description", "")).lower()
        if prop.endswith(("_at", "At")) or "unix" in text:
            if spec.get("x-timestamp-unit") not in ("seconds", "milliseconds", "auto"):
                missing.append(f"{schema}.{prop}")
    assert not missing, f"declare x-timestamp-unit (seconds, milliseconds or auto) on {missing}"


def list_examples() -> list[tuple[str, str, dict]]:
    """Every example of every list answer: a 200 body with `has_more` or `next`."""
    found = []
    for op in OPERATIONS:
        media = resolve(op.raw["responses"].get("200", {})).get("content", {}).get("application/json", {})
        for name, example in (media.get("examples") or {}).items():
            value = resolve(example).get("value")
            if isinstance(value, dict) and isinstance(value.get("data"), dict):
                value = value["data"]  # a page nested under `data`
            if isinstance(value, dict) and ("has_more" in value or "next" in value):
                found.append((op.operation_id, name, value))
    return found


@pytest.mark.parametrize(
    ("operation_id", "name", "value"), list_examples(), ids=lambda x: x if isinstance(x, str) else ""
)
def test_every_list_example_ends_a_walk(operation_id: str, name: str, value: dict) -> None:
    # The mock answers every page of a list with this example: one that points at a next page
    # would make every walk over the list (iterate(), or a loop over `next`) repeat forever.
    assert value.get("has_more") is False or not value.get("next"), f"{operation_id} example {name} has a next page"


def test_every_list_has_an_example() -> None:
    with_examples = {operation_id for operation_id, _, _ in list_examples()}
    lists = {op.operation_id for op in OPERATIONS if any(p.name in ("next", "starting_after") for p in op.parameters)}
    assert lists <= with_examples, f"lists whose mock answer Prism would make up: {sorted(lists - with_examples)}"
