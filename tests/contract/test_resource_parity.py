"""The resource client against the module functions: for every recorded exchange, `gs.<resource>.<method>`
(sync and async) sends exactly the request the operation's module function sends (method, path, query,
headers, body), and returns the same result (unwrapped from `{message, data}`, or as a page) or
raises the same typed error."""

import asyncio
import json
import uuid
from typing import Any
from urllib.parse import parse_qsl

import httpx
import pytest

from gigstack import AsyncPage, SyncPage, errors
from support.fixtures import Fixture, all_fixtures
from support.replay import call_arguments, endpoint_module, replay_sync, sent_multipart
from support.resources import arguments_for, gigstack_clients, method_of
from support.spec import operations

GENERATED_HEADER = "idempotency-key"


def comparable(request: httpx.Request) -> dict[str, Any]:
    """What must be equal between the two layers' requests (a generated idempotency key is only
    checked to be a fresh UUID v4: each call makes its own)."""
    headers = {k.lower(): v for k, v in request.headers.items() if k.lower() not in ("content-length", "content-type")}
    if "multipart/form-data" in request.headers.get("content-type", ""):
        body: Any = sent_multipart(request)
    elif request.content:
        body = json.loads(request.content)
    else:
        body = None
    for holder, key in ((headers, GENERATED_HEADER), (body if isinstance(body, dict) else {}, "idempotency_key")):
        value = holder.get(key)
        if isinstance(value, str) and _is_uuid4(value):
            holder[key] = "<generated>"
    return {
        "method": request.method,
        "path": request.url.path,
        "query": sorted(parse_qsl(request.url.query.decode(), keep_blank_values=True)),
        "headers": headers,
        "content-type": request.headers.get("content-type", "").split(";")[0],
        "body": body,
    }


def _is_uuid4(value: str) -> bool:
    try:
        return uuid.UUID(value).version == 4
    except ValueError:
        return False


def check_result(fixture: Fixture, result: Any) -> None:
    body = fixture.response["json"] if not fixture.is_binary else None
    if isinstance(result, SyncPage | AsyncPage):
        assert result.envelope.to_dict() == body, fixture.name
        assert all(item is not None for item in result.data)
    elif fixture.is_binary:
        assert result.payload.read() == fixture.body_bytes(), fixture.name
    elif isinstance(body, dict) and hasattr(result, "to_dict") and result.to_dict() == body.get("data"):
        pass  # unwrapped from {message, data}
    else:
        assert result.to_dict() == body, fixture.name


FIXTURES = all_fixtures()


def is_error(fixture: Fixture) -> bool:
    """An error status, or a 2xx whose body says `success: false` (raised as APIStatusError too)."""
    body = None if fixture.is_binary else fixture.response["json"]
    return not 200 <= fixture.status < 300 or (isinstance(body, dict) and body.get("success") is False)


@pytest.mark.parametrize("fixture", FIXTURES, ids=lambda f: f.name)
def test_the_resource_method_sends_what_the_module_function_sends(fixture: Fixture) -> None:
    operation = operations()[fixture.operation_id]
    module_request, _ = replay_sync(operation, fixture)
    transport, gs, _ = gigstack_clients(operation, fixture)
    method = method_of(gs, operation)
    args, kwargs = arguments_for(operation, fixture, method, endpoint_module(operation).sync)
    try:
        result = method(*args, **kwargs)
    except errors.APIStatusError as error:
        assert is_error(fixture), f"{fixture.name}: {error}"
        assert error.status_code == fixture.status
        with pytest.raises(type(error)):
            endpoint_module(operation).sync(client=gs.api_client, **call_arguments(operation, fixture))
    else:
        assert not is_error(fixture), fixture.name
        check_result(fixture, result)
    (resource_request, *_) = transport.requests
    assert comparable(resource_request) == comparable(module_request), fixture.name


@pytest.mark.parametrize("fixture", FIXTURES, ids=lambda f: f.name)
def test_the_async_resource_method_sends_what_the_module_function_sends(fixture: Fixture) -> None:
    operation = operations()[fixture.operation_id]
    module_request, _ = replay_sync(operation, fixture)
    transport, _, ags = gigstack_clients(operation, fixture)
    method = method_of(ags, operation)
    args, kwargs = arguments_for(operation, fixture, method, endpoint_module(operation).sync)

    async def call() -> Any:
        outcome = method(*args, **kwargs)
        return await outcome

    try:
        result = asyncio.run(call())
    except errors.APIStatusError as error:
        assert is_error(fixture), f"{fixture.name}: {error}"
        assert error.status_code == fixture.status
    else:
        assert not is_error(fixture), fixture.name
        check_result(fixture, result)
    (resource_request, *_) = transport.requests
    assert comparable(resource_request) == comparable(module_request), fixture.name
