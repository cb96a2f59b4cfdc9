"""Fixtures and spec cover each other: every documented (operation, status) has a recorded
exchange, and every recorded exchange names an operation, tag and status the spec has. A shared
fixture (tests/fixtures/_shared/) counts for every operation that declares its response."""

import json

import pytest

from support.fixtures import all_fixtures, declares, per_operation_fixtures, shared_files
from support.spec import document, operations


def documented_pairs() -> list[tuple[str, int]]:
    return sorted((op.operation_id, status) for op in operations().values() for status in op.statuses)


@pytest.mark.parametrize(("operation_id", "status"), documented_pairs(), ids=lambda v: str(v))
def test_every_documented_status_has_a_fixture(operation_id: str, status: int) -> None:
    recorded = {f.status for f in all_fixtures() if f.operation_id == operation_id}
    assert status in recorded, f"no fixture for {operation_id} {status} under tests/fixtures/*/{operation_id}/"


@pytest.mark.parametrize("fixture", all_fixtures(), ids=lambda f: f.name)
def test_every_fixture_names_an_operation_and_status_of_the_spec(fixture) -> None:
    operation = operations().get(fixture.operation_id)
    assert operation is not None, f"{fixture.name}: no operation {fixture.operation_id} in the spec"
    assert fixture.tag_dir == operation.tag_dir, f"{fixture.name}: {fixture.operation_id} is tagged {operation.tags}"
    assert fixture.status in operation.statuses, (
        f"{fixture.name}: {fixture.operation_id} documents {sorted(operation.statuses)}"
    )
    assert fixture.case.startswith(f"{fixture.status}_"), f"{fixture.name}: name it <status>_<case>.json"
    assert fixture.request["method"] == operation.method, (
        f"{fixture.name}: {operation.operation_id} is {operation.method}"
    )
    assert operation.match_path(fixture.api_path) is not None, f"{fixture.name}: path is not {operation.path}"


def test_fixtures_exist() -> None:
    assert len(all_fixtures()) >= len(documented_pairs())


@pytest.mark.parametrize("file", shared_files(), ids=lambda f: f"{f.parent.name}/{f.name}")
def test_every_shared_fixture_names_a_shared_response_and_applies_somewhere(file) -> None:
    data = json.loads(file.read_text())
    status = int(data["response"]["status"])
    assert file.parent.name in document()["components"]["responses"], (
        f"{file}: no components/responses/{file.parent.name}"
    )
    assert file.stem.startswith(f"{status}_"), f"{file}: name it <status>_<case>.json"
    assert set(data.get("request", {})) <= {"query", "headers"}, f"{file}: a shared request only adds query or headers"
    users = [op.operation_id for op in operations().values() if declares(op, file.parent.name, status)]
    assert users, f"{file}: no operation declares {status} as components/responses/{file.parent.name}"


@pytest.mark.parametrize("fixture", per_operation_fixtures(), ids=lambda f: f.name)
def test_no_operation_copies_a_shared_response(fixture) -> None:
    shared = [f for f in all_fixtures() if f.shared and f.operation_id == fixture.operation_id]
    for other in shared:
        assert fixture.response != other.response, f"{fixture.name} repeats {other.file.name}: delete it"
