"""Every recorded request and response validates against the bundled spec (openapi-core)."""

import json

import pytest
from openapi_core import Config, OpenAPI
from openapi_core.testing import MockRequest, MockResponse

from support.fixtures import Fixture, all_fixtures
from support.paths import BUNDLED_SPEC
from support.replay import BASE_URL

HOST = BASE_URL.removesuffix("/v2")


@pytest.fixture(scope="module")
def spec() -> OpenAPI:
    # A binary multipart part arrives as bytes, which no JSON Schema `type` admits; hand it to
    # the schema check as text so `type: string, format: binary` fields validate.
    as_text = lambda value, **_: value.decode("latin-1")  # noqa: E731
    config = Config(
        extra_media_type_deserializers={
            media_type: as_text for media_type in ("application/octet-stream", "application/pdf", "application/zip")
        }
    )
    return OpenAPI.from_file_path(str(BUNDLED_SPEC), config=config)


def recorded_request(fixture: Fixture) -> MockRequest:
    request = fixture.request
    headers = {k.lower(): v for k, v in request["headers"].items()}
    data = None
    if request.get("json") is not None:
        data = json.dumps(request["json"]).encode()
    elif "form" in request or "files" in request:
        # openapi-core checks multipart bodies field by field.
        fields = dict(request.get("form", {}))
        fields.update({name: f["text"] for name, f in request.get("files", {}).items()})
        data = _multipart(fields)
        headers["content-type"] = "multipart/form-data; boundary=fixture"
    return MockRequest(
        HOST,
        request["method"].lower(),
        request["path"],
        args=request["query"],
        headers=headers,
        data=data,
        content_type=headers.get("content-type", "application/json"),
    )


def _multipart(fields: dict[str, str]) -> bytes:
    parts = [
        f'--fixture\r\nContent-Disposition: form-data; name="{name}"\r\n\r\n{value}\r\n'
        for name, value in fields.items()
    ]
    return ("".join(parts) + "--fixture--\r\n").encode()


@pytest.mark.parametrize("fixture", all_fixtures(), ids=lambda f: f.name)
def test_recorded_request_is_valid_for_the_spec(spec: OpenAPI, fixture: Fixture) -> None:
    spec.validate_request(recorded_request(fixture))


@pytest.mark.parametrize("fixture", all_fixtures(), ids=lambda f: f.name)
def test_recorded_response_is_valid_for_the_spec(spec: OpenAPI, fixture: Fixture) -> None:
    content_type = fixture.response["headers"].get("content-type", "application/json").split(";")[0]
    response = MockResponse(
        fixture.body_bytes(), status_code=fixture.status, content_type=content_type, headers=fixture.response["headers"]
    )
    spec.validate_response(recorded_request(fixture), response)
