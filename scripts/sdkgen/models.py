"""What the model template needs of one model, beyond the generator's own objects."""

from __future__ import annotations

import textwrap
from dataclasses import dataclass, field
from typing import Any

from .naming import deprecated_name, python_name
from .spec import Spec
from .types import Prop, kind, module_of, text

# A timestamp field names its unit: `x-timestamp-unit: seconds`, `milliseconds`, or `auto` where the
# API has sent both (a value of 10^11 or more is then read as milliseconds).
TIMESTAMP_UNITS = {"seconds": 1, "milliseconds": 1000, "auto": 0}
# Hidden from repr(): credentials (`format: password`) and links that grant access (`x-sensitive: true`).


@dataclass
class ModelInfo:
    docstring: str
    required: list[str]
    names: dict[str, str]
    hidden: list[str]
    kinds: dict[str, tuple[str, str | None]]
    docs: dict[str, str]
    timestamps: list[tuple[str, str, int]]
    renamed: dict[str, str] = field(default_factory=dict)  # deprecated Python name -> the current one
    imports: list[str] = field(default_factory=list)


def _raw_schema(model: Any) -> dict[str, Any]:
    dumped: dict[str, Any] = model.data.model_dump(by_alias=True, exclude_none=True, mode="json")
    return dumped


def _wrap(text: str, width: int = 100) -> str:
    paragraphs = [textwrap.fill(" ".join(p.split()), width) for p in text.strip().split("\n\n") if p.strip()]
    return "\n\n".join(paragraphs)


def _docstring(model: Any) -> str:
    parts = []
    title = getattr(model.data, "title", None)
    if title:
        parts.append(str(title))
    if model.description:
        parts.append(_wrap(text(model.description)))
    return "\n\n".join(parts) or f"The {model.class_info.name} object."


def _field_doc(prop: Prop, raw: dict[str, Any]) -> str:
    description = text(raw.get("description") or prop.description).strip()
    example = raw.get("example", text(prop.example) or None)
    doc = _wrap(description) if description else ""
    if example is not None and str(example) and raw.get("format") != "password" and not raw.get("x-sensitive"):
        doc = (doc + "\n\n" if doc else "") + f"Example: {example}."
    return doc


def model_info(model: Any, spec: Spec) -> ModelInfo:
    props: list[Prop] = list(model.required_properties) + list(model.optional_properties)
    raw_props = spec.properties(_raw_schema(model))
    info = ModelInfo(
        docstring=_docstring(model),
        required=[text(p.name) for p in model.required_properties],
        names={text(p.name): python_name(p) for p in props if text(p.name) != python_name(p)},
        hidden=[],
        kinds={},
        docs={},
        timestamps=[],
    )
    modules: dict[str, str] = {}
    for prop in props:
        wire = text(prop.name)
        raw = raw_props.get(wire, {})
        if raw.get("format") == "password" or raw.get("x-sensitive") is True:
            info.hidden.append(wire)
        found = kind(prop)
        if found is not None:
            info.kinds[wire] = found
        info.docs[wire] = _field_doc(prop, raw)
        unit = raw.get("x-timestamp-unit")
        if unit is not None:
            if unit not in TIMESTAMP_UNITS:
                raise ValueError(
                    f"{text(model.class_info.name)}.{wire}: x-timestamp-unit: seconds, milliseconds or auto"
                )
            info.timestamps.append((wire, python_name(prop), TIMESTAMP_UNITS[unit]))
        old = deprecated_name(prop)
        if old is not None:
            info.renamed[old] = python_name(prop)
        modules.update(module_of(prop))
    own = text(model.class_info.name)
    info.imports = [f"from .{module} import {name}" for name, module in sorted(modules.items()) if name != own]
    return info
