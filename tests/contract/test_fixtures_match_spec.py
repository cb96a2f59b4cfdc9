"""Every recorded request and response validates against the bundled spec (openapi-core)."""

import pytest
from openapi_core import OpenAPI
from openapi_core.testing import MockResponse

from support.fixtures import Fixture, all_fixtures, openapi_spec, recorded_request


@pytest.fixture(scope="module")
def spec() -> OpenAPI:
    return openapi_spec()


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
