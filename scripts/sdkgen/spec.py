"""Reading the bundled spec as written: what the generator's parsed objects leave out
(x-sdk places, parameter descriptions, vendor extensions of properties)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

HTTP_METHODS = ("get", "put", "post", "delete", "patch", "head", "options")


@dataclass(frozen=True)
class RawOperation:
    path: str
    method: str
    data: dict[str, Any]
    parameters: dict[tuple[str, str], dict[str, Any]]  # (in, name) -> the resolved parameter


class Spec:
    """The bundled spec as a dict, with local $ref resolution."""

    def __init__(self, document: dict[str, Any]) -> None:
        self.document = document

    def resolve(self, node: Any) -> Any:
        while isinstance(node, dict) and "$ref" in node:
            target: Any = self.document
            for part in node["$ref"].lstrip("#/").split("/"):
                target = target[part.replace("~1", "/").replace("~0", "~")]
            node = target
        return node

    def operation(self, path: str, method: str) -> RawOperation:
        item = self.document["paths"][path]
        data = item[method.lower()]
        parameters = {}
        for raw in [*item.get("parameters", []), *data.get("parameters", [])]:
            parameter = self.resolve(raw)
            parameters[(parameter["in"], parameter["name"])] = parameter
        return RawOperation(path=path, method=method.lower(), data=data, parameters=parameters)

    def operations(self) -> list[RawOperation]:
        found = []
        for path, item in self.document.get("paths", {}).items():
            for method in HTTP_METHODS:
                if method in item:
                    found.append(self.operation(path, method))
        return found

    def properties(self, schema: Any) -> dict[str, dict[str, Any]]:
        """The properties of a schema, merged across allOf and through $refs, each resolved one level."""
        schema = self.resolve(schema)
        found: dict[str, dict[str, Any]] = {}
        for part in schema.get("allOf", []):
            found.update(self.properties(part))
        for name, prop in (schema.get("properties") or {}).items():
            found[name] = self._property(prop)
        return found

    def _property(self, prop: Any) -> dict[str, Any]:
        """A property schema with its nullable wrapper (anyOf [X, null]) looked through for extensions."""
        merged: dict[str, Any] = {}
        resolved = self.resolve(prop)
        for option in resolved.get("anyOf", []) + resolved.get("oneOf", []):
            option = self.resolve(option)
            if option.get("type") != "null":
                merged.update({k: v for k, v in option.items() if k.startswith("x-") or k == "format"})
        merged.update(resolved)
        return merged
