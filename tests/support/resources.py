"""Call an operation through the resource client (`gs.<resource>.<method>`) with the arguments a
fixture gives the module function, so the two layers can be compared request for request."""

import inspect
from typing import Any

import httpx

from support.fixtures import Fixture
from support.replay import BASE_URL, FIXTURE_TOKEN, RecordingTransport, call_arguments, credential_headers
from support.spec import Operation


def sdk_place(operation: Operation) -> tuple[str, str]:
    sdk = operation.raw["x-sdk"]
    return sdk["resource"], sdk["method"]


def resource_of(client: Any, operation: Operation) -> Any:
    resource, _ = sdk_place(operation)
    for part in resource.split("."):
        client = getattr(client, part)
    return client


def method_of(client: Any, operation: Operation) -> Any:
    return getattr(resource_of(client, operation), sdk_place(operation)[1])


def resource_arguments(
    method: Any, module_kwargs: dict[str, Any], path_names: list[str]
) -> tuple[list[Any], dict[str, Any]]:
    """The module function's arguments as the resource method takes them: path parameters by
    position, body fields as keyword arguments (fields the method does not name go in extra_body)."""
    kwargs = dict(module_kwargs)
    args = [kwargs.pop(name) for name in path_names]
    accepted = inspect.signature(method).parameters
    body = kwargs.pop("body", None)
    if body is not None:
        if "body" in accepted:
            kwargs["body"] = body
        else:
            extra: dict[str, Any] = {}
            for wire, value in body._data.items():
                name = body._names.get(wire, wire)
                if name in accepted and name not in kwargs:
                    kwargs[name] = value
                else:
                    extra[wire] = value
            if extra:
                kwargs["extra_body"] = extra
    return args, kwargs


def path_parameter_names(module_function: Any) -> list[str]:
    return [
        name
        for name, parameter in inspect.signature(module_function).parameters.items()
        if parameter.kind is inspect.Parameter.POSITIONAL_OR_KEYWORD
    ]


def gigstack_clients(operation: Operation, fixture: Fixture) -> tuple[RecordingTransport, Any, Any]:
    """A transport answering with the fixture, and a Gigstack and an AsyncGigstack sending through it."""
    from gigstack import AsyncGigstack, Gigstack

    transport = RecordingTransport(fixture)
    settings: dict[str, Any] = {
        "api_key": FIXTURE_TOKEN,
        "base_url": BASE_URL,
        "max_retries": 0,
        "default_headers": credential_headers(operation, fixture),
        "httpx_args": {"transport": httpx.MockTransport(transport)},
    }
    return transport, Gigstack(**settings), AsyncGigstack(**settings)


def arguments_for(
    operation: Operation, fixture: Fixture, method: Any, module_function: Any
) -> tuple[list[Any], dict[str, Any]]:
    return resource_arguments(method, call_arguments(operation, fixture), path_parameter_names(module_function))
