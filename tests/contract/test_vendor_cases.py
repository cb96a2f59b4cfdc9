"""gigstack's own clients, replayed: each case in tests/fixtures/_vendor/ is a request that
gigstack-cli's offline test suite (or the n8n node's code) sends, with the file and commit it
comes from. The request must be valid for the spec, the generated module function called with
its arguments must send the same method, path, query, headers and body, and the reply recorded
beside it must be valid and parse.

Where the two clients disagree (the Descarga Masiva bodies, the SAT list filters, the
sync-period body) both are recorded, and the spec declares both."""

import json
import re
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl

import pytest
from openapi_core import OpenAPI
from openapi_core.testing import MockResponse

from support.fixtures import Fixture, openapi_spec, recorded_request
from support.paths import FIXTURES
from support.replay import RecordingTransport, call_arguments, endpoint_module, sent_json, sent_multipart
from support.spec import operations

CASES = sorted((FIXTURES / "_vendor").glob("*.json"))


def load(file: Path) -> Fixture:
    data = json.loads(file.read_text())
    operation = operations()[data["operation"]]
    return Fixture(
        file=file,
        tag_dir=operation.tag_dir,
        operation_id=operation.operation_id,
        case=file.stem,
        request=data["request"],
        response=data["response"],
    )


@pytest.fixture(scope="module")
def spec() -> OpenAPI:
    return openapi_spec()


@pytest.mark.parametrize("file", CASES, ids=lambda f: f.stem)
def test_each_case_names_its_vendor_file_and_commit(file: Path) -> None:
    data = json.loads(file.read_text())
    vendor: dict[str, Any] = data["vendor"]
    assert vendor["repo"] in ("disruptive-learning/gigstack-cli", "disruptive-learning/n8n_v2"), file.name
    assert re.fullmatch(r"[0-9a-f]{40}", vendor["commit"]), f"{file.name}: name the exact commit read"
    assert f"{vendor['file']} @ {vendor['commit']}" in data["note"], f"{file.name}: the note names the file and commit"
    assert data["operation"] in operations(), f"{file.name}: no operation {data['operation']}"
    assert operations()[data["operation"]].match_path(data["request"]["path"].removeprefix("/v2")) is not None


@pytest.mark.parametrize("file", CASES, ids=lambda f: f.stem)
def test_the_vendor_request_and_reply_are_valid_for_the_spec(spec: OpenAPI, file: Path) -> None:
    case = load(file)
    spec.validate_request(recorded_request(case))
    reply = MockResponse(case.body_bytes(), status_code=case.status, content_type="application/json")
    spec.validate_response(recorded_request(case), reply)


@pytest.mark.parametrize("file", CASES, ids=lambda f: f.stem)
def test_the_generated_code_sends_what_the_vendor_client_sends(file: Path) -> None:
    case = load(file)
    operation = operations()[case.operation_id]
    transport = RecordingTransport(case)
    response = endpoint_module(operation).sync_detailed(client=transport.client(), **call_arguments(operation, case))
    (request,) = transport.requests
    vendor = case.request
    assert (request.method, request.url.path) == (vendor["method"], vendor["path"]), file.name
    sent_query = sorted(parse_qsl(request.url.query.decode(), keep_blank_values=True))
    expected_query = sorted(vendor["query"].items())
    assert sent_query == expected_query, file.name
    for name, value in vendor["headers"].items():
        if name.lower() != "content-type":
            assert request.headers.get(name) == value, f"{file.name}: header {name}"
    if "form" in vendor or "files" in vendor:
        assert request.headers["content-type"].startswith("multipart/form-data"), file.name
        assert sent_multipart(request) == (vendor.get("form", {}), vendor.get("files", {})), file.name
    else:
        assert sent_json(request) == vendor["json"], file.name
    assert response.parsed is not None and response.parsed.to_dict() == case.response["json"], file.name
