"""An index of the bundled spec's operations, as the tests need them."""

import re
from dataclasses import dataclass, field
from functools import cache
from typing import Any

import yaml

from support.paths import BUNDLED_SPEC

HTTP_METHODS = ("get", "put", "post", "delete", "patch", "head", "options")


@dataclass(frozen=True)
class Parameter:
    name: str
    location: str
    required: bool
    schema: dict[str, Any]
    style: str | None
    query_style: str | None = None  # x-query-style: `dotted` for a family sent as name.<key>=value


@dataclass(frozen=True)
class Operation:
    operation_id: str
    method: str
    path: str
    tags: tuple[str, ...]
    statuses: frozenset[int]
    parameters: tuple[Parameter, ...]
    request_content_types: tuple[str, ...]
    raw: dict[str, Any] = field(repr=False, compare=False, hash=False)

    @property
    def tag_dir(self) -> str:
        """Folder name of the tag: `Clients` -> `clients`, as the generator names api/<tag>/."""
        return self.tags[0].lower().replace(" ", "_")

    @property
    def module_name(self) -> str:
        """Generated module of the operation: `listClients` -> `list_clients`."""
        return re.sub(r"(?<!^)(?=[A-Z])", "_", self.operation_id).lower()

    def match_path(self, path: str) -> dict[str, str] | None:
        """The path parameters of a concrete path (without /v2), or None if it is not this path."""
        pattern = re.sub(r"\\{(\w+)\\}", r"(?P<\1>[^/]+)", re.escape(self.path))
        found = re.fullmatch(pattern, path)
        return found.groupdict() if found else None


@cache
def document() -> dict[str, Any]:
    loaded: dict[str, Any] = yaml.safe_load(BUNDLED_SPEC.read_text())
    return loaded


def resolve(node: dict[str, Any]) -> dict[str, Any]:
    """Follow a local $ref (one level at a time) to the object it names."""
    while "$ref" in node:
        target: Any = document()
        for part in node["$ref"].lstrip("#/").split("/"):
            target = target[part.replace("~1", "/").replace("~0", "~")]
        node = target
    return node


@cache
def operations() -> dict[str, Operation]:
    found: dict[str, Operation] = {}
    for path, item in document()["paths"].items():
        for method in HTTP_METHODS:
            if method not in item:
                continue
            raw = item[method]
            params = tuple(
                Parameter(
                    p["name"], p["in"], p.get("required", False), p["schema"], p.get("style"), p.get("x-query-style")
                )
                for p in (resolve(x) for x in item.get("parameters", []) + raw.get("parameters", []))
            )
            body = resolve(raw["requestBody"]) if "requestBody" in raw else {}
            found[raw["operationId"]] = Operation(
                operation_id=raw["operationId"],
                method=method.upper(),
                path=path,
                tags=tuple(raw.get("tags", ())),
                statuses=frozenset(int(code) for code in raw["responses"]),
                parameters=params,
                request_content_types=tuple(body.get("content", {})),
                raw=raw,
            )
    return found
