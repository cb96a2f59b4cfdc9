"""What the endpoint and resource templates need of one operation.

Derived from the generator's parsed endpoint (types, Python names) and the spec as written
(x-sdk, parameter descriptions, idempotency, pagination).
"""

from __future__ import annotations

import textwrap
from dataclasses import dataclass, field, replace
from typing import Any

from openapi_python_client.parser.properties.file import FileProperty
from openapi_python_client.parser.properties.list_property import ListProperty
from openapi_python_client.parser.properties.model_property import ModelProperty
from openapi_python_client.parser.responses import BYTES_SOURCE, NONE_SOURCE
from openapi_python_client.strings import PythonIdentifier

from .naming import deprecated_name, python_name
from .spec import RawOperation, Spec
from .types import Prop, input_type, members, module_of, query_kind, text

# Query parameters that carry a page's position, and the body field that carries the next cursor.
CURSOR_PARAMS = {"next": "next", "starting_after": "next", "cursor": "next_cursor"}
PAGE_PARAM = "page"


@dataclass
class Argument:
    """One argument of an operation function or resource method."""

    python_name: str
    wire_name: str
    location: str  # path, query, header, body (a field of the body), or body-whole
    type: str  # the type a caller may pass, without None/Unset
    required: bool
    description: str
    style: str = "form"  # for query: form, deepObject or dotted
    kind: str | None = None  # code, object or list, checked before sending
    deprecated_name: str | None = None  # the spelling of earlier versions (`type_`), still accepted


@dataclass
class Download:
    """`x-sdk.download`: a method that fetches one of the links this operation returns."""

    method: str
    select: Argument  # the query argument that picks the file, e.g. file_type
    formats: list[str]  # its values, also the names of the link fields


@dataclass
class Paging:
    param: str
    cursor_field: str | None
    container: str | None = None  # the body field the page sits under (`data`), when it is nested


@dataclass
class Operation:
    name: str  # module name, e.g. list_clients
    tag: str  # package of the module, e.g. clients
    method: str
    path: str
    summary: str
    description: str
    path_args: list[Argument]
    query_args: list[Argument]
    header_args: list[Argument]
    body: Argument | None  # the whole body (module functions take `body=`)
    body_kind: str | None  # json, multipart or form
    body_class: str | None  # when the body is one model: its class (resources spread its fields)
    body_fields: list[Argument]
    multipart_classes: list[str]  # for a body that may be JSON or multipart: the multipart models
    documented: list[tuple[int, int, str]]  # (low, high, class name | FILE | ANY | None)
    success_type: str
    detailed_type: str
    idempotency: str | None
    paging: Paging | None
    item_type: str | None
    resource: str | None
    resource_method: str | None
    unwrap: str | None  # the class of `data` when the single result is unwrapped from {message, data}
    download: Download | None = None
    imports: dict[str, str] = field(default_factory=dict)  # class -> module under models/


def _wrap(text: str, width: int = 96) -> str:
    return "\n\n".join(textwrap.fill(" ".join(p.split()), width) for p in text.strip().split("\n\n") if p.strip())


def _argument(prop: Prop, location: str, raw: dict[str, Any] | None, *, required: bool | None = None) -> Argument:
    raw = raw or {}
    schema = raw.get("schema", {})
    description = raw.get("description") or schema.get("description") or text(prop.description)
    style = raw.get("style") or ("deepObject" if isinstance(prop, ModelProperty) and location == "query" else "form")
    if raw.get("x-query-style") == "dotted":
        style = "dotted"
    return Argument(
        python_name=python_name(prop),
        wire_name=text(prop.name),
        location=location,
        type=input_type(prop),
        required=prop.required if required is None else required,
        description=_wrap(str(description)),
        style=style,
        kind=query_kind(prop) if location in ("query", "header") else None,
        deprecated_name=deprecated_name(prop) if location != "path" else None,  # path arguments go by position
    )


# What a bound of a time range accepts besides unix seconds (gigstack._operations.range_bound).
TIME_BOUND = "int | datetime.datetime | datetime.date"


def _time_range(argument: Argument, raw: dict[str, Any], spec: Spec) -> Argument:
    """A deepObject range of unix seconds (created[gte]/created[lte]) also takes aware datetimes
    and Mexico City days: its kind tells the runtime to convert and check each bound."""
    schema = spec.resolve(raw.get("schema", {}))
    bounds = spec.properties(schema)
    if argument.style != "deepObject" or not bounds:
        return argument
    if not all(spec.resolve(b).get("x-timestamp-unit") == "seconds" for b in bounds.values()):
        return argument
    typed = argument.type.replace("Mapping[str, Any]", f"Mapping[str, {TIME_BOUND}]")
    return replace(argument, kind="time_range", type=typed)


def _documented(endpoint: Any) -> tuple[list[tuple[int, int, str]], dict[str, str]]:
    found = []
    modules: dict[str, str] = {}
    for response in endpoint.responses.patterns:
        low, high = response.status_code.range
        prop = response.prop
        if response.source == NONE_SOURCE:
            body = "None"
        elif response.source == BYTES_SOURCE or isinstance(prop, FileProperty):
            body = "FILE"
        elif isinstance(prop, ModelProperty):
            body = text(prop.class_info.name)
            modules.update(module_of(prop))
        else:
            body = "ANY"
        found.append((low, high, body))
    return found, modules


def _paging(raw: RawOperation, spec: Spec, success_schema: dict[str, Any] | None) -> Paging | None:
    if success_schema is None:
        return None
    explicit = raw.data.get("x-sdk", {}).get("pagination")
    if explicit == "none":
        return None
    fields = spec.properties(success_schema)
    container = None
    if "data" in fields and "data" in spec.properties(fields["data"]):
        container, fields = "data", spec.properties(fields["data"])  # {data: {data: [...], next, has_more}}
    if "data" not in fields or spec.resolve(fields["data"]).get("type") != "array":
        return None
    query = {name for (location, name) in raw.parameters if location == "query"}
    for param, cursor_field in CURSOR_PARAMS.items():
        if param in query and cursor_field in fields:
            return Paging(param=param, cursor_field=cursor_field, container=container)
    if PAGE_PARAM in query:
        return Paging(param=PAGE_PARAM, cursor_field=None, container=container)
    return None


def _success_schema(raw: RawOperation, spec: Spec) -> dict[str, Any] | None:
    for status, response in raw.data.get("responses", {}).items():
        if str(status).startswith("2"):
            media = spec.resolve(response).get("content", {}).get("application/json")
            if media:
                return dict(media["schema"])
    return None


def _idempotency(raw: RawOperation, body_fields: list[Argument]) -> str | None:
    if any(location == "header" and name.lower() == "idempotency-key" for (location, name) in raw.parameters):
        return "header"
    if any(argument.wire_name == "idempotency_key" for argument in body_fields):
        return "body"
    return None


def _type_union(types: list[str]) -> str:
    unique: list[str] = []
    for item in (part for union in types for part in union.split(" | ")):
        if item not in unique:
            unique.append(item)
    return " | ".join(unique) if unique else "None"


def operation_info(endpoint: Any, spec: Spec) -> Operation:
    raw = spec.operation(text(endpoint.path), endpoint.method)
    sdk = raw.data.get("x-sdk") or {}

    def raw_param(location: str, name: str) -> dict[str, Any]:
        return raw.parameters.get((location, name), {})

    path_args = [_argument(p, "path", raw_param("path", text(p.name)), required=True) for p in endpoint.path_parameters]
    query_args = [_argument(p, "query", raw_param("query", text(p.name))) for p in endpoint.query_parameters]
    query_args = [_time_range(a, raw_param("query", a.wire_name), spec) for a in query_args]
    header_args = [_argument(p, "header", raw_param("header", text(p.name))) for p in endpoint.header_parameters]

    imports: dict[str, str] = {}
    for prop in [*endpoint.path_parameters, *endpoint.query_parameters, *endpoint.header_parameters]:
        imports.update(module_of(prop))

    body: Argument | None = None
    body_kind: str | None = None
    body_class: str | None = None
    body_fields: list[Argument] = []
    multipart_classes: list[str] = []
    if endpoint.bodies:
        kinds = {"json": "json", "files": "multipart", "data": "form", "content": "content"}
        body_kind = kinds[text(endpoint.bodies[0].body_type)] if len(endpoint.bodies) == 1 else "mixed"
        types = []
        required = all(b.prop.required for b in endpoint.bodies)
        for item in endpoint.bodies:
            imports.update(module_of(item.prop))
            if len(endpoint.bodies) > 1 and text(item.body_type) == "files":
                multipart_classes.append(text(item.prop.class_info.name))
            types.append(input_type(item.prop) if len(endpoint.bodies) == 1 else text(item.prop.class_info.name))
        body = Argument("body", "body", "body-whole", _type_union(types), required, "The request body.")
        only = endpoint.bodies[0].prop if len(endpoint.bodies) == 1 else None
        if isinstance(only, ModelProperty):
            body_class = text(only.class_info.name)
            body_schema = spec.resolve(raw.data["requestBody"])["content"]
            raw_fields = spec.properties(next(iter(body_schema.values()))["schema"])
            for prop in [*(only.required_properties or []), *(only.optional_properties or [])]:
                field_raw = raw_fields.get(text(prop.name), {})
                body_fields.append(_argument(prop, "body", {"description": field_raw.get("description")}))
                imports.update(module_of(prop))

    documented, modules = _documented(endpoint)
    imports.update(modules)
    successes = [body for low, _, body in documented if 200 <= low < 300]
    success_type = _type_union(
        [s if s not in ("FILE", "ANY") else ("File" if s == "FILE" else "Any") for s in successes]
    )
    detailed_type = _type_union(
        [b if b not in ("FILE", "ANY") else ("File" if b == "FILE" else "Any") for _, _, b in documented if b != "None"]
    )
    success_schema = _success_schema(raw, spec)
    paging = _paging(raw, spec, success_schema)
    item_type = None
    unwrap = None
    success_props = [
        r.prop
        for r in endpoint.responses.patterns
        if 200 <= r.status_code.range[0] < 300 and isinstance(r.prop, ModelProperty)
    ]
    if success_props:
        envelope = success_props[0]
        fields = [*(envelope.required_properties or []), *(envelope.optional_properties or [])]
        data_prop = next((p for p in fields if text(p.name) == "data"), None)
        if paging is not None and paging.container and isinstance(data_prop, ModelProperty):
            page = [*(data_prop.required_properties or []), *(data_prop.optional_properties or [])]
            data_prop = next((p for p in page if text(p.name) == "data"), None)
        if paging is not None and isinstance(data_prop, ListProperty):
            inner = members(data_prop.inner_property)
            item_type = input_type(inner[0]).split(" | ")[0] if len(inner) == 1 else "Any"
            imports.update(module_of(data_prop.inner_property))
        elif isinstance(data_prop, ModelProperty) and data_prop in (envelope.required_properties or []):
            if len({text(p.class_info.name) for p in success_props}) == 1:
                unwrap = text(data_prop.class_info.name)
                imports.update(module_of(data_prop))
    if paging is not None and item_type is None:
        paging = None

    idempotency = _idempotency(raw, body_fields)
    for argument in [*header_args, *body_fields]:
        if argument.wire_name.lower() in ("idempotency-key", "idempotency_key"):
            # The client sends a UUID v4 when the caller passes none, so the argument is optional.
            argument.required = False
            argument.description += " When you pass none, the client sends a new UUID v4 (kept across its retries)."
    download = None
    if isinstance(sdk.get("download"), dict):
        select = next(a for a in query_args if a.wire_name == sdk["download"]["select"])
        prop = next(p for p in endpoint.query_parameters if text(p.name) == select.wire_name)
        formats = [str(v) for v in members(prop)[0].values.values()]
        download = Download(method=str(sdk["download"]["method"]), select=select, formats=formats)
    return Operation(
        download=download,
        name=str(PythonIdentifier(text(endpoint.name), "field_")),
        tag=text(endpoint.tags[0]),
        method=endpoint.method.upper(),
        path=text(endpoint.path),
        summary=text(raw.data.get("summary", "")),
        description=_wrap(text(raw.data.get("description", ""))),
        path_args=path_args,
        query_args=query_args,
        header_args=header_args,
        body=body,
        body_kind=body_kind,
        body_class=body_class,
        body_fields=body_fields,
        multipart_classes=multipart_classes,
        documented=documented,
        success_type=success_type,
        detailed_type=detailed_type,
        idempotency=idempotency,
        paging=paging,
        item_type=item_type,
        resource=sdk.get("resource"),
        resource_method=sdk.get("method"),
        unwrap=unwrap,
        imports=imports,
    )
