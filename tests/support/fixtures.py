"""Recorded exchanges, in two kinds.

Per-operation fixtures, `tests/fixtures/<tag>/<operationId>/<status>_<case>.json`, record what
is specific to one operation: its successes, a 404 naming its id, its 409s and 422s, a 400 that
says something about its own fields.

Shared fixtures, `tests/fixtures/_shared/<Response>/<status>_<case>.json`, record a response the
spec declares once under `components/responses/<Response>` (BadRequest, Unauthorized, Forbidden,
NotFound, TooManyRequests, InternalServerError) and every operation refers to. Each shared
fixture is applied to every operation whose `<status>` response is `$ref:
#/components/responses/<Response>`: the request half is built from that operation's spec
(`example_request`: path parameters, required query parameters and headers from their
examples, the body from the request body's first example or, for a form, from its schema),
plus the `request.query` / `request.headers` the shared file adds (the 403 adds a `team`). So
one file covers the (operation, status) pair of every operation, in the coverage check, the
openapi-core validation and the replay, and a new operation is covered the day it is added.

Folders whose name starts with `_` are not tags: `_shared` (above) and `_vendor` (the requests
gigstack's own clients send, replayed by tests/contract/test_vendor_cases.py).
"""

import base64
import copy
import json
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from openapi_core import Config, OpenAPI
from openapi_core.testing import MockRequest

from support.paths import BUNDLED_SPEC, FIXTURES, ROOT
from support.spec import Operation, operations, resolve

API_PREFIX = "/v2"
HOST = "https://api.gigstack.io"
SHARED = FIXTURES / "_shared"
REDACTED_AUTHORIZATION = "Bearer REDACTED"
RESPONSE_REF = "#/components/responses/"
SAMPLE_FILE = {"filename": "document.pdf", "content_type": "application/pdf", "text": "%PDF-1.4\n%%EOF\n"}


@dataclass(frozen=True)
class Fixture:
    file: Path
    tag_dir: str
    operation_id: str
    case: str
    request: dict[str, Any]
    response: dict[str, Any]
    shared: bool = False  # a _shared fixture applied to `operation_id`

    @property
    def name(self) -> str:
        name = self.file.relative_to(ROOT).as_posix()
        return f"{name}[{self.operation_id}]" if self.shared else name

    @property
    def status(self) -> int:
        return int(self.response["status"])

    @property
    def api_path(self) -> str:
        """The request path relative to the API root (without the /v2 prefix)."""
        path = str(self.request["path"])
        assert path.startswith(API_PREFIX + "/"), f"{self.name}: path must start with {API_PREFIX}/"
        return path[len(API_PREFIX) :]

    @property
    def is_binary(self) -> bool:
        """A file download: the body is recorded as `base64` instead of `json`."""
        return "base64" in self.response

    def body_bytes(self) -> bytes:
        if self.is_binary:
            return base64.b64decode(self.response["base64"])
        return json.dumps(self.response["json"]).encode()

    def header(self, name: str) -> str | None:
        """A recorded request header, whatever its case."""
        return {k.lower(): v for k, v in self.request["headers"].items()}.get(name.lower())


def example_of(node: dict[str, Any], where: str) -> Any:
    """The example a parameter or schema declares (its own, its schema's, or its first enum value)."""
    node = resolve(node)
    for holder in (node, resolve(node.get("schema", {}))):
        if "example" in holder:
            return holder["example"]
        if holder.get("examples"):
            first = holder["examples"]
            return first[0] if isinstance(first, list) else resolve(next(iter(first.values())))["value"]
        if holder.get("enum"):
            return holder["enum"][0]
        for option in holder.get("anyOf", []) + holder.get("oneOf", []):
            option = resolve(option)
            if "example" in option or option.get("enum"):
                return example_of(option, where)
    raise AssertionError(f"{where} has no example to build a request from: add one to the spec")


def wire(value: Any) -> str:
    """A query or header value as it travels."""
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


def example_form(schema: dict[str, Any], where: str) -> tuple[dict[str, str], dict[str, dict[str, str]]]:
    """The fields and files of a multipart body: every file part, and every required field."""
    schema = resolve(schema)
    form: dict[str, str] = {}
    files: dict[str, dict[str, str]] = {}
    for name, prop in schema.get("properties", {}).items():
        prop = resolve(prop)
        if prop.get("type") == "string" and prop.get("format") == "binary":
            files[name] = dict(SAMPLE_FILE)
        elif name in schema.get("required", []) and prop.get("format") == "password":
            form[name] = "REDACTED"  # fixtures never hold a secret
        elif name in schema.get("required", []):
            form[name] = wire(example_of(prop, f"{where} form field {name}"))
    return form, files


def example_request(operation: Operation) -> dict[str, Any]:
    """A request the spec admits for `operation`, built from its examples."""
    where = operation.operation_id
    path = operation.path
    query: dict[str, str] = {}
    headers = {"authorization": REDACTED_AUTHORIZATION}
    for raw in operation.raw.get("parameters", []):
        parameter = resolve(raw)
        name, location = parameter["name"], parameter["in"]
        if location == "path":
            path = path.replace("{" + name + "}", wire(example_of(parameter, f"{where} path parameter {name}")))
        elif parameter.get("required") and location == "query":
            query[name] = wire(example_of(parameter, f"{where} query parameter {name}"))
        elif parameter.get("required") and location == "header":
            headers[name.lower()] = wire(example_of(parameter, f"{where} header {name}"))
    request: dict[str, Any] = {"method": operation.method, "path": API_PREFIX + path, "query": query}
    request["headers"] = headers
    request["json"] = None
    content = resolve(operation.raw["requestBody"])["content"] if "requestBody" in operation.raw else {}
    if "application/json" in content:
        media = content["application/json"]
        if "example" in media:
            body = media["example"]
        elif media.get("examples"):
            body = resolve(next(iter(media["examples"].values())))["value"]
        else:
            raise AssertionError(f"{where} has no request body example to build a request from")
        headers["content-type"] = "application/json"
        request["json"] = copy.deepcopy(body)
    elif "multipart/form-data" in content:
        headers["content-type"] = "multipart/form-data"
        request["form"], request["files"] = example_form(content["multipart/form-data"]["schema"], where)
    return request


def _load(file: Path) -> dict[str, Any]:
    data: dict[str, Any] = json.loads(file.read_text())
    return data


def per_operation_fixtures() -> list[Fixture]:
    found = []
    for file in sorted(FIXTURES.glob("*/*/*.json")):
        if file.parent.parent.name.startswith("_"):
            continue
        data = _load(file)
        found.append(
            Fixture(
                file=file,
                tag_dir=file.parent.parent.name,
                operation_id=file.parent.name,
                case=file.stem,
                request=data["request"],
                response=data["response"],
            )
        )
    return found


def shared_files() -> list[Path]:
    return sorted(SHARED.glob("*/*.json"))


def declares(operation: Operation, response: str, status: int) -> bool:
    """Whether the operation's `status` response is the shared `components/responses/<response>`."""
    declared = operation.raw["responses"].get(str(status), {})
    return bool(declared.get("$ref") == RESPONSE_REF + response)


def shared_fixtures() -> list[Fixture]:
    found = []
    for file in shared_files():
        data = _load(file)
        status = int(data["response"]["status"])
        for operation in sorted(operations().values(), key=lambda op: op.operation_id):
            if not declares(operation, file.parent.name, status):
                continue
            request = example_request(operation)
            request["query"].update(data.get("request", {}).get("query", {}))
            request["headers"].update(data.get("request", {}).get("headers", {}))
            found.append(
                Fixture(
                    file=file,
                    tag_dir=operation.tag_dir,
                    operation_id=operation.operation_id,
                    case=file.stem,
                    request=request,
                    response=data["response"],
                    shared=True,
                )
            )
    return found


@cache
def all_fixtures() -> tuple[Fixture, ...]:
    """Every recorded exchange: the per-operation ones, then each shared one once per operation."""
    return tuple(per_operation_fixtures() + shared_fixtures())


def fixture_named(operation_id: str, case: str) -> Fixture:
    """The one recorded exchange of `operation_id` named `case` (the file name without .json)."""
    (found,) = [f for f in all_fixtures() if f.operation_id == operation_id and f.case == case]
    return found


def recorded_request(fixture: Fixture) -> MockRequest:
    """The fixture's request as openapi-core validates it."""
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


@cache
def openapi_spec() -> OpenAPI:
    """The bundled spec as openapi-core validates fixtures against it."""
    # A binary multipart part arrives as bytes, which no JSON Schema `type` admits; hand it to
    # the schema check as text so `type: string, format: binary` fields validate.
    as_text = lambda value, **_: value.decode("latin-1")  # noqa: E731
    config = Config(
        extra_media_type_deserializers={
            media_type: as_text for media_type in ("application/octet-stream", "application/pdf", "application/zip")
        }
    )
    return OpenAPI.from_file_path(str(BUNDLED_SPEC), config=config)
