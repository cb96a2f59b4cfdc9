"""What every operation module shares: building the request from its arguments, and reading the
response (the documented model, or a typed error)."""

from __future__ import annotations

import io
import re
from collections.abc import Mapping, Sequence
from email.message import Message
from enum import Enum
from typing import Any, Final
from urllib.parse import quote

import httpx

from ._days import range_bound
from ._models import Model, _check_kind, to_wire
from .errors import (
    ArgumentError,
    decode_json,
    error_from_response,
    invalid_response,
    says_unsuccessful,
)
from .types import UNSET, File, Unset

# A documented response: (lowest status, highest status, what its body is). The body is a model
# class, FILE for a download, ANY for JSON without a schema, or None for no body.
FILE: Final = "file"
ANY: Final = "any"
Documented = tuple[int, int, Any]

_PATH_FIELD = re.compile(r"\{([^}]+)\}")


def path_of(template: str, values: Mapping[str, Any]) -> str:
    """The URL path with each {name} filled in, quoted; None or empty never becomes a segment."""

    def fill(match: re.Match[str]) -> str:
        name = match.group(1)
        value = values[name]
        if value is None or isinstance(value, Unset) or (isinstance(value, str) and not value.strip()):
            raise ArgumentError(f"{name} is required in the path {template}; got {value!r}")
        if isinstance(value, Enum):
            value = value.value
        if not isinstance(value, str | int) or isinstance(value, bool):
            raise ArgumentError(f"{name} must be a string, not {type(value).__name__}")
        if str(value) in (".", ".."):  # a dot segment would name another route once normalised
            raise ArgumentError(f"{name} cannot be {value!r} in the path {template}")
        return quote(str(value), safe="")

    return _PATH_FIELD.sub(fill, template)


def query_value(name: str, value: Any, kind: str | None) -> Any:
    """A query argument in the form httpx sends: codes as their string, booleans as true/false."""
    if kind is not None:
        _check_kind(name, value, kind)
    if isinstance(value, bool):
        return "true" if value else "false"
    return to_wire(value)


def request_kwargs(
    method: str,
    path: str,
    *,
    path_params: Mapping[str, Any] | None = None,
    query: Sequence[tuple[str, str, str, Any, str | None]] = (),
    headers: Sequence[tuple[str, Any]] = (),
    json_body: Any = UNSET,
    multipart_body: Any = UNSET,
    form_body: Any = UNSET,
) -> dict[str, Any]:
    """The keyword arguments of one request.

    `query` holds (wire name, Python name, style, value, kind): style "form" (name=value),
    "deepObject" (name[key]=value) or "dotted" (name.key=value); kind is "code", "object" or
    "list" when the argument must be of that kind, "time_range" for bounds in unix seconds that
    also take aware datetimes and dates. Values that are UNSET or None are not sent.
    """
    kwargs: dict[str, Any] = {"method": method, "url": path_of(path, path_params or {})}
    params: dict[str, Any] = {}
    for name, python_name, style, value, kind in query:
        if value is UNSET or value is None:
            continue
        if kind == "time_range":  # before to_wire, which would send a datetime as an ISO string
            _check_kind(python_name, value, "object")
            bounds = value.to_dict() if isinstance(value, Model) else dict(value)
            for key, item in bounds.items():
                if item is not None:
                    params[f"{name}[{key}]"] = range_bound(python_name, str(key), item)
        elif style in ("deepObject", "dotted"):
            _check_kind(python_name, value, "object")
            fields = to_wire(value)
            for key, item in fields.items():
                if item is None:
                    continue
                wire = f"{name}[{key}]" if style == "deepObject" else f"{name}.{key}"
                params[wire] = query_value(wire, item, None)
        else:
            params[name] = query_value(python_name, value, kind)
    if params:
        kwargs["params"] = params
    sent_headers: dict[str, str] = {}
    for name, value in headers:
        if value is UNSET or value is None:
            continue
        sent_headers[name] = str(to_wire(value))
    if json_body is not UNSET:
        kwargs["json"] = to_wire(json_body)
        sent_headers["Content-Type"] = "application/json"
    elif multipart_body is not UNSET:
        kwargs["files"] = multipart_body.to_multipart() if isinstance(multipart_body, Model) else multipart_body
    elif form_body is not UNSET:
        kwargs["data"] = to_wire(form_body)
    if sent_headers:
        kwargs["headers"] = sent_headers
    return kwargs


def optional_body(model: Model, method: str) -> Any:
    """An optional body built from keyword arguments. With no field passed, a DELETE (or GET) goes
    without a body, while a POST, PUT or PATCH sends `{}`, as gigstack's own clients do."""
    if model._data or method.upper() not in ("DELETE", "GET", "HEAD"):
        return model
    return UNSET


def documented_body(documented: Sequence[Documented], status: int) -> tuple[bool, Any]:
    """(found, body type) of the documented response for a status."""
    for low, high, body in documented:
        if low <= status <= high:
            return True, body
    return False, None


def _file_name(response: httpx.Response) -> str | None:
    disposition = response.headers.get("content-disposition")
    if not disposition:
        return None
    message = Message()
    message["content-disposition"] = disposition
    name = message.get_filename()
    return name or None


def file_of(response: httpx.Response) -> File:
    """A downloaded file, with its media type and name from the response headers."""
    mime = response.headers.get("content-type")
    return File(
        payload=io.BytesIO(response.content),
        file_name=_file_name(response),
        mime_type=mime.split(";")[0].strip() if mime else None,
    )


def parse_documented(response: httpx.Response, documented: Sequence[Documented]) -> Any:
    """The documented model for the response's status, or None (undocumented status, or a body that does not fit)."""
    found, body_type = documented_body(documented, response.status_code)
    if not found or body_type is None:
        return None
    if body_type == FILE:
        return file_of(response)
    is_json, body = decode_json(response.content)
    if not is_json:
        return None
    if body_type == ANY:
        return body
    try:
        return body_type.from_dict(body) if isinstance(body, dict) else None
    except (KeyError, TypeError, ValueError):
        return None


def parse_success(response: httpx.Response, documented: Sequence[Documented]) -> Any:
    """The success model of a response, or the typed error it stands for.

    A 2xx that says `success: false` is an error (APIStatusError with the API's code and message,
    whatever else the body holds); so is a 2xx that is not JSON, an HTML page, or a body that does
    not fit the documented schema (InvalidResponseError).
    """
    status = response.status_code
    if not 200 <= status < 300:
        raise error_from_response(response)
    found, body_type = documented_body(documented, status)
    if not found:  # an undocumented 2xx: read it as the first documented success
        body_type = next((body for low, high, body in documented if 200 <= low < 300), None)
    content_type = response.headers.get("content-type", "")
    if body_type == FILE:
        if content_type.startswith(("text/html", "application/json")):
            is_json, body = decode_json(response.content)
            raise error_from_response(response, body=body, is_json=is_json)
        return file_of(response)
    if body_type is None and not response.content:
        return None
    is_json, body = decode_json(response.content)
    if not is_json:
        raise error_from_response(response, is_json=False)
    if says_unsuccessful(body):
        raise error_from_response(response, body=body, is_json=True)
    if body_type is None or body_type == ANY:
        return body
    if not isinstance(body, dict):
        raise invalid_response(
            response, f"The response body is a JSON {type(body).__name__}, not the documented object", body=body
        )
    try:
        return body_type.from_dict(body)
    except (KeyError, TypeError, ValueError) as error:
        raise invalid_response(
            response, f"The response body does not match the documented schema: {error}", body=body
        ) from error


def unwrap(response: httpx.Response, envelope: Model) -> Any:
    """The `data` of a `{message, data}` envelope, as its model (an envelope without it is an error)."""
    data = envelope._data.get("data")
    if not isinstance(data, dict):
        raise invalid_response(response, "The response has no `data` object", body=envelope._data)
    return envelope.data  # type: ignore[attr-defined]


__all__ = [
    "ANY",
    "FILE",
    "Documented",
    "file_of",
    "optional_body",
    "parse_documented",
    "parse_success",
    "path_of",
    "request_kwargs",
    "unwrap",
]
