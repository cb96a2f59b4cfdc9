"""Peers built from the same component schemas as the generated models, that the generated
parsing is compared with: pydantic v2 models (unknown fields kept, extra="allow", as ours do) and
msgspec structs (unknown fields ignored, msgspec's default)."""

import keyword
from typing import Any, Optional

from pydantic import BaseModel, ConfigDict, Field, create_model

JSON_TYPES: dict[str, Any] = {"string": str, "integer": int, "number": float, "boolean": bool}


class PeerBase(BaseModel):
    model_config = ConfigDict(extra="allow", populate_by_name=True)


class PeerModels:
    def __init__(self, schemas: dict[str, Any]) -> None:
        self.schemas = schemas
        self.built: dict[str, Any] = {}

    def model(self, name: str) -> Any:
        if name not in self.built:
            schema = self.schemas[name]
            properties: dict[str, Any] = {}
            required: set[str] = set()
            for part in schema.get("allOf", [schema]):
                part = self._target(part)
                properties.update(part.get("properties", {}))
                required.update(part.get("required", []))
            fields: dict[str, Any] = {}
            for prop, prop_schema in properties.items():
                annotation = self.annotation(prop_schema)
                if prop not in required:
                    annotation = Optional[annotation]  # noqa: UP045
                python_name = prop if prop.isidentifier() and not keyword.iskeyword(prop) else f"{prop}_"
                fields[python_name] = (annotation, Field(... if prop in required else None, alias=prop))
            self.built[name] = self.build(name, fields)
        return self.built[name]

    def build(self, name: str, fields: dict[str, Any]) -> Any:
        """The class of one schema: fields maps each Python name to (annotation, pydantic Field)."""
        return create_model(name, __base__=PeerBase, **fields)

    def _target(self, schema: dict[str, Any]) -> dict[str, Any]:
        if "$ref" in schema:
            target: dict[str, Any] = self.schemas[schema["$ref"].rsplit("/", 1)[1]]
            return target
        return schema

    def annotation(self, schema: dict[str, Any]) -> Any:
        if "$ref" in schema:
            name = schema["$ref"].rsplit("/", 1)[1]
            target = self.schemas[name]
            if target.get("type") == "object" and ("properties" in target or "allOf" in target):
                return self.model(name)
            return self.annotation(target)
        if "anyOf" in schema:
            options = [self.annotation(s) for s in schema["anyOf"] if s.get("type") != "null"]
            nullable = any(s.get("type") == "null" for s in schema["anyOf"])
            union = options[0] if len(options) == 1 else Any
            return Optional[union] if nullable else union  # noqa: UP045
        kinds = schema.get("type")
        if isinstance(kinds, list):
            real = [k for k in kinds if k != "null"]
            inner = self.annotation({**schema, "type": real[0]}) if len(real) == 1 else Any
            return Optional[inner] if "null" in kinds else inner  # noqa: UP045
        if kinds == "array":
            return list[self.annotation(schema.get("items", {}))]  # type: ignore[misc]
        if kinds == "object":
            return dict[str, Any]
        return JSON_TYPES.get(kinds, Any) if isinstance(kinds, str) else Any


class MsgspecPeers(PeerModels):
    """The same schemas as msgspec structs, decoded and checked straight from the JSON bytes."""

    def build(self, name: str, fields: dict[str, Any]) -> Any:
        import msgspec

        specs: list[Any] = []
        for python_name, (annotation, field) in fields.items():
            if field.is_required():
                specs.append((python_name, annotation, msgspec.field(name=field.alias)))
        for python_name, (annotation, field) in fields.items():
            if not field.is_required():
                specs.append((python_name, annotation, msgspec.field(default=None, name=field.alias)))
        return msgspec.defstruct(name, specs)
