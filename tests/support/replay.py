"""Replay a recorded exchange through the generated client.

The call's arguments are derived from the fixture and the spec (path parameters from the path,
query parameters by their wire names, the body from the recorded JSON or form), so every
operation, present or future, is replayed the same way. The transport records what the client
sent and answers with the recorded response.
"""

import enum
import importlib
import inspect
import json
import keyword
import types
import typing
from dataclasses import dataclass, field
from io import BytesIO
from typing import Any, cast

import httpx
from openapi_python_client.strings import RESERVED_WORDS, PythonIdentifier

from support.fixtures import Fixture
from support.spec import Operation, Parameter, document, resolve

BASE_URL = "https://api.gigstack.io/v2"
FIXTURE_TOKEN = "REDACTED"  # fixtures record `Authorization: Bearer REDACTED`, never a real key
# Builtins' names that keep the generator's `_` (the generated code uses them): scripts/sdkgen/naming.py.
KEEP_UNDERSCORE = frozenset(
    {"self", "true", "false", "datetime", "str", "int", "float", "bool", "bytes", "list", "dict", "tuple"}
    | {"frozenset", "property", "super", "isinstance", "len", "repr"}
)


def python_name(wire_name: str) -> str:
    """The keyword argument the package makes of a parameter or property name: the generator's, less the
    `_` it adds to builtins' names (`type_` is `type`), as scripts/sdkgen/naming.py does."""
    generated = str(PythonIdentifier(wire_name, "field_"))
    base = generated.removesuffix("_")
    if base != generated and base in RESERVED_WORDS and not keyword.iskeyword(base) and base not in KEEP_UNDERSCORE:
        return base
    return generated


def endpoint_module(operation: Operation) -> types.ModuleType:
    return importlib.import_module(f"gigstack.api.{operation.tag_dir}.{operation.module_name}")


def generated_model(name: str) -> Any:
    """The generated model class of a component schema."""
    return getattr(importlib.import_module("gigstack.models"), name)


def concrete_types(annotation: Any) -> list[type]:
    """The classes in an annotation such as `TimeRange | Unset`, without Unset and None."""
    options = typing.get_args(annotation) or (annotation,)
    return [t for t in options if isinstance(t, type) and t.__name__ not in ("Unset", "NoneType")]


def coerce(text: str, schema: dict[str, Any]) -> Any:
    """A query-string value as the type its schema declares."""
    kind = resolve(schema).get("type")
    if kind == "integer":
        return int(text)
    if kind == "number":
        return float(text)
    if kind == "boolean":
        return text == "true"
    return text


def to_argument(value: Any, annotation: Any) -> Any:
    """A JSON-ish value as the Python type the generated signature asks for."""
    for cls in concrete_types(annotation):
        if issubclass(cls, enum.Enum):
            return cls(value)
        if hasattr(cls, "from_dict") and isinstance(value, dict):
            return cls.from_dict(value)
    return value


def query_argument(parameter: Parameter, query: dict[str, str], annotation: Any) -> Any:
    if parameter.query_style == "dotted":  # metadata.<key>=value
        prefix = parameter.name + "."
        found = {key[len(prefix) :]: value for key, value in query.items() if key.startswith(prefix)}
        return to_argument(found, annotation) if found else None
    if parameter.style == "deepObject":
        properties = resolve(parameter.schema).get("properties", {})
        prefix = parameter.name + "["
        found = {
            key[len(prefix) : -1]: coerce(value, properties.get(key[len(prefix) : -1], {}))
            for key, value in query.items()
            if key.startswith(prefix) and key.endswith("]")
        }
        return to_argument(found, annotation) if found else None
    if parameter.name not in query:
        return None
    return to_argument(coerce(query[parameter.name], parameter.schema), annotation)


def json_body(value: Any, annotation: Any) -> Any:
    """The body model for a recorded JSON body; for a oneOf body, the variant that keeps it whole."""
    candidates = concrete_types(annotation)
    for cls in candidates:
        try:
            model: Any = cast(Any, cls).from_dict(value)
        except (KeyError, TypeError, ValueError):
            continue
        if model.to_dict() == value:
            return model
    raise AssertionError(f"no body type in {candidates} round-trips {value!r}")


def multipart_body(request: dict[str, Any], annotation: Any, form_schema: str | None = None) -> Any:
    from gigstack.types import File

    candidates = concrete_types(annotation)
    if len(candidates) > 1:  # a body that is JSON or a form: take the form's model
        candidates = [cls for cls in candidates if cls.__name__ == form_schema]
    (cls,) = candidates
    files = {
        name: File(payload=BytesIO(spec["text"].encode()), file_name=spec["filename"], mime_type=spec["content_type"])
        for name, spec in request.get("files", {}).items()
    }
    model: Any = cast(Any, cls).from_dict({**request.get("form", {}), **{name: b"" for name in files}})
    for name, file in files.items():
        setattr(model, python_name(name), file)
    return model


def call_arguments(operation: Operation, fixture: Fixture) -> dict[str, Any]:
    hints = typing.get_type_hints(endpoint_module(operation).sync_detailed)
    path_values = operation.match_path(fixture.api_path)
    assert path_values is not None, f"{fixture.name}: {fixture.api_path} is not {operation.path}"
    kwargs: dict[str, Any] = {}
    for parameter in operation.parameters:
        name = python_name(parameter.name)
        if parameter.location == "path":
            kwargs[name] = path_values[parameter.name]
        elif parameter.location == "query":
            value = query_argument(parameter, fixture.request["query"], hints[name])
            if value is not None:
                kwargs[name] = value
        elif parameter.location == "header" and (recorded_header := fixture.header(parameter.name)) is not None:
            kwargs[name] = to_argument(coerce(recorded_header, parameter.schema), hints[name])
    if "body" in hints and not _sent_without_body(operation, fixture):
        recorded = fixture.request
        if "multipart/form-data" in operation.request_content_types and ("form" in recorded or "files" in recorded):
            kwargs["body"] = multipart_body(recorded, hints["body"], _form_schema(operation))
        else:
            kwargs["body"] = json_body(fixture.request["json"], hints["body"])
    return kwargs


def _form_schema(operation: Operation) -> str | None:
    """The component name of the operation's multipart body."""
    ref = resolve(operation.raw["requestBody"])["content"]["multipart/form-data"]["schema"].get("$ref", "")
    return ref.rsplit("/", 1)[-1] or None


def _sent_without_body(operation: Operation, fixture: Fixture) -> bool:
    """An optional request body the recorded request left out (e.g. a DELETE sent bare)."""
    optional = not resolve(operation.raw["requestBody"]).get("required", False)
    recorded = fixture.request
    return optional and recorded.get("json") is None and "form" not in recorded and "files" not in recorded


def credential_headers(operation: Operation, fixture: Fixture) -> dict[str, str]:
    """Recorded headers of the operation's apiKey-in-header security schemes (a partner key):
    users set those on the client with `with_headers`, as the replay does."""
    schemes = document()["components"]["securitySchemes"]
    names = {name for entry in operation.raw.get("security", []) for name in entry}
    headers: dict[str, str] = {}
    for name in sorted(names):
        scheme = schemes[name]
        if scheme["type"] != "apiKey" or scheme["in"] != "header":
            continue
        value = fixture.header(scheme["name"])
        if value is not None:
            headers[scheme["name"]] = value
    return headers


@dataclass
class RecordingTransport:
    """An httpx transport that keeps the requests it gets and answers with the fixture."""

    fixture: Fixture
    requests: list[httpx.Request] = field(default_factory=list)

    def __call__(self, request: httpx.Request) -> httpx.Response:
        request.read()
        self.requests.append(request)
        response = self.fixture.response
        return httpx.Response(response["status"], headers=response["headers"], content=self.fixture.body_bytes())

    def client(self) -> Any:
        from gigstack import AuthenticatedClient

        # One exchange, one request: retries are the runtime tests' business.
        return AuthenticatedClient(
            base_url=BASE_URL, token=FIXTURE_TOKEN, max_retries=0, httpx_args={"transport": httpx.MockTransport(self)}
        )


def replay_sync(operation: Operation, fixture: Fixture) -> tuple[httpx.Request, Any]:
    transport = RecordingTransport(fixture)
    client = transport.client().with_headers(credential_headers(operation, fixture))
    response = endpoint_module(operation).sync_detailed(client=client, **call_arguments(operation, fixture))
    (request,) = transport.requests
    return request, response


async def replay_async(operation: Operation, fixture: Fixture) -> tuple[httpx.Request, Any]:
    transport = RecordingTransport(fixture)
    module = endpoint_module(operation)
    client = transport.client().with_headers(credential_headers(operation, fixture))
    response = await module.asyncio_detailed(client=client, **call_arguments(operation, fixture))
    (request,) = transport.requests
    return request, response


def sent_json(request: httpx.Request) -> Any:
    return json.loads(request.content) if request.content else None


def sent_multipart(request: httpx.Request) -> tuple[dict[str, str], dict[str, dict[str, str]]]:
    """The form fields and files of a multipart request, in the fixture's shape."""
    import email
    import email.policy

    head = f"Content-Type: {request.headers['content-type']}\r\n\r\n".encode()
    message = email.message_from_bytes(head + request.content, policy=email.policy.HTTP)
    form: dict[str, str] = {}
    files: dict[str, dict[str, str]] = {}
    for part in message.iter_parts():
        name = str(part.get_param("name", header="content-disposition"))
        raw = part.get_payload(decode=True)
        payload = raw.decode() if isinstance(raw, bytes) else str(raw)
        filename = part.get_filename()
        if filename is None:
            form[name] = payload
        else:
            files[name] = {"filename": filename, "content_type": part.get_content_type(), "text": payload}
    return form, files


def signature_of(operation: Operation) -> inspect.Signature:
    return inspect.signature(endpoint_module(operation).sync_detailed)
