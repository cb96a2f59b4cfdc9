"""Every list of the API can be walked to its end against the mock: following `next` (or
`starting_after`) while `has_more` says so stops after the first page, because the spec's list
examples end a walk. A walk that repeats a cursor is what makes `iterate()` raise PaginationError."""

from typing import Any

import httpx
import pytest

from support.mock_api import MockApi
from support.spec import Operation, operations, resolve

CURSORS = ("next", "starting_after")
LISTS = sorted(
    (op for op in operations().values() if op.method == "GET" and any(p.name in CURSORS for p in op.parameters)),
    key=lambda op: op.operation_id,
)


def example_of(schema: dict[str, Any]) -> Any:
    schema = resolve(schema)
    if "example" in schema:
        return schema["example"]
    if schema.get("enum"):
        return schema["enum"][0]
    return "x"


def first_request(op: Operation) -> tuple[str, dict[str, Any]]:
    path = op.path
    query = {}
    for parameter in op.parameters:
        if parameter.location == "path":
            path = path.replace("{" + parameter.name + "}", str(example_of(parameter.schema)))
        elif parameter.location == "query" and parameter.required:
            query[parameter.name] = example_of(parameter.schema)
    return path, query


def test_there_are_lists_to_walk() -> None:
    assert len(LISTS) >= 10


@pytest.mark.parametrize("op", LISTS, ids=lambda op: op.operation_id)
def test_a_walk_over_the_list_ends(mock: MockApi, op: Operation) -> None:
    cursor = next(p.name for p in op.parameters if p.name in CURSORS)
    path, query = first_request(op)
    offset = mock.log_size()
    seen: list[str] = []
    with httpx.Client(base_url=mock.base_url, headers={"Authorization": "Bearer mock-key"}, timeout=10) as http:
        for _ in range(3):
            answer = http.get(path, params=query)
            assert answer.status_code == 200, answer.text[:500]
            page = answer.json()
            if not page.get("has_more") or not page.get("next"):
                break
            assert page["next"] not in seen, f"{op.operation_id}: the mock repeats the cursor {page['next']}"
            seen.append(page["next"])
            query = {**query, cursor: page["next"]}
        else:
            pytest.fail(f"{op.operation_id}: still more pages after 3")
    assert mock.violations_since(offset) == []
