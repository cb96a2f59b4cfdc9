"""What the `gigstack` command needs of each operation, as plain data: its place in the command tree
(the `x-sdk` place, `_` as `-`), its positional path arguments, its options (query, headers, the
scalar fields of its body), its safety class and how it pages. The runtime (gigstack/cli/) turns
this data into click commands when one is run; nothing here is Python per operation."""

from __future__ import annotations

from typing import Any

from .operations import Operation
from .spec import Spec

# Options every operation command has already: a body field or parameter of the same name is
# reachable through --data (body) or is the shared option itself (team).
RESERVED = frozenset(
    {"data", "format", "fields", "all", "max-items", "yes", "dry-run", "output", "help", "profile", "base-url"}
    | {"timeout", "idempotency-key", "no-color", "debug"}
)


def _dashed(name: str) -> str:
    return name.replace("_", "-").replace(".", "-").lower()


def _first_sentence(text: str) -> str:
    flat = " ".join(text.split())
    return flat.split(". ")[0].rstrip(".")


def _value_type(spec: Spec, schema: Any) -> dict[str, Any]:
    """The scalar type of a schema for a command option: string, integer, number, boolean, binary,
    or None when it is an object or array (those go through --data)."""
    schema = spec.resolve(schema) or {}
    options = [spec.resolve(s) for s in schema.get("anyOf", []) + schema.get("oneOf", [])]
    options = [s for s in options if s.get("type") != "null"]
    kinds = schema.get("type")
    if isinstance(kinds, list):
        kinds = [k for k in kinds if k != "null"]
        kinds = kinds[0] if len(kinds) == 1 else ("string" if kinds else None)
    if options and not kinds:
        if len(options) == 1:
            return _value_type(spec, options[0])
        scalar = all(s.get("type") in ("string", "integer", "number") for s in options)
        return {"type": "string" if scalar else None}
    if kinds == "string" and schema.get("format") == "binary":
        return {"type": "binary"}
    found: dict[str, Any] = {"type": kinds if kinds in ("string", "integer", "number", "boolean") else None}
    if schema.get("enum"):
        found["choices"] = [str(v) for v in schema["enum"] if v is not None]
        # Open code lists (SAT catalogs) accept codes this version does not know yet.
        found["open"] = bool(schema.get("x-sat-catalog")) or found["type"] != "string"
    if schema.get("x-timestamp-unit") == "seconds":
        found["type"] = "time"
    return found


def _described(text: Any) -> str:
    """An option's help: the first sentence or two of its description (the rest is in the docs)."""
    flat = " ".join(str(text or "").split())
    if len(flat) <= 160:
        return flat
    cut = flat[:160].rfind(". ")
    return flat[: cut + 1] if cut > 40 else flat[:157].rstrip() + "..."


def _query_options(spec: Spec, raw: dict[str, Any]) -> list[dict[str, Any]]:
    schema = spec.resolve(raw.get("schema", {}))
    name = raw["name"]
    described = _described(raw.get("description") or schema.get("description"))
    base = {"wire": name, "location": raw["in"], "required": bool(raw.get("required"))}
    if raw.get("x-query-style") == "dotted":  # metadata.<key>=<value>, a family of parameters
        return [{**base, "flag": _dashed(name), "type": "pairs", "style": "dotted", "description": described}]
    if schema.get("type") == "object" or raw.get("style") == "deepObject":
        found = []
        for key, prop in spec.properties(schema).items():
            value = _value_type(spec, prop)
            if value["type"] is None:
                continue
            part = _described(prop.get("description"))
            found.append(
                {
                    **base,
                    **value,
                    "flag": _dashed(f"{name}-{key}"),
                    "key": key,
                    "style": "deepObject",
                    "required": False,
                    # The bound's own words, and the wire name the flag becomes.
                    "description": f"{part.rstrip('.')}; sent as {name}[{key}]." if part else described,
                }
            )
        return found
    if schema.get("type") == "array":
        item = _value_type(spec, schema.get("items", {}))
        return [{**base, **item, "flag": _dashed(name), "multiple": True, "description": described}]
    value = _value_type(spec, schema)
    if value["type"] is None:
        return [{**base, "type": "json", "flag": _dashed(name), "description": described}]
    return [{**base, **value, "flag": _dashed(name), "description": described}]


def _body(spec: Spec, operation: Operation, raw_data: dict[str, Any], taken: set[str]) -> dict[str, Any] | None:
    request = spec.resolve(raw_data.get("requestBody"))
    if not request:
        return None
    content = request.get("content", {})
    kind = "multipart" if "multipart/form-data" in content and "application/json" not in content else "json"
    if "application/x-www-form-urlencoded" in content and len(content) == 1:
        kind = "form"
    media = content.get("application/json") or next(iter(content.values()))
    fields = []
    for name, prop in spec.properties(media.get("schema", {})).items():
        value = _value_type(spec, prop)
        flag = _dashed(name)
        if value["type"] is None or flag in taken or flag in RESERVED:
            continue  # an object or list, or a name the command uses itself: through --data only
        taken.add(flag)
        fields.append({**value, "wire": name, "flag": flag, "description": _described(prop.get("description"))})
    files = [f for f in fields if f["type"] == "binary"]
    if "multipart/form-data" in content:
        for name, prop in spec.properties(content["multipart/form-data"].get("schema", {})).items():
            value = _value_type(spec, prop)
            flag = _dashed(name)
            if value["type"] == "binary" and flag not in taken and flag not in RESERVED:
                taken.add(flag)
                files.append({**value, "wire": name, "flag": flag, "description": _described(prop.get("description"))})
    return {
        "kind": kind if not files or kind == "multipart" else "mixed",
        "required": bool(request.get("required")),
        "fields": [f for f in fields if f["type"] != "binary"],
        "files": files,
    }


def _returns_file(spec: Spec, raw_data: dict[str, Any]) -> bool:
    for status, response in raw_data.get("responses", {}).items():
        if str(status).startswith("2"):
            content = spec.resolve(response).get("content", {})
            if content and "application/json" not in content:
                return True
    return False


def command_info(operation: Operation, spec: Spec) -> dict[str, Any]:
    """The data of one operation's command (plain values only: it is written as a Python literal)."""
    raw = spec.operation(operation.path, operation.method)
    resource = str(operation.resource)
    taken: set[str] = set()
    options: list[dict[str, Any]] = []
    for (location, _name), parameter in raw.parameters.items():
        if location not in ("query", "header"):
            continue
        for option in _query_options(spec, parameter):
            if option["flag"] in taken or option["flag"] in RESERVED:
                continue
            taken.add(option["flag"])
            options.append(option)
    by_wire = {a.wire_name: a for a in operation.path_args}
    arguments = [
        {
            "wire": wire,
            "metavar": _metavar(operation.path, wire, by_wire[wire].python_name if wire in by_wire else wire),
            "description": _described(raw.parameters[("path", wire)].get("description")),
        }
        for wire in _path_fields(operation.path)
    ]
    paging = operation.paging
    download = operation.download
    return {
        "path": [*resource.split("."), str(operation.resource_method)],
        "command": [*(_dashed(p) for p in resource.split(".")), _dashed(str(operation.resource_method))],
        "summary": operation.summary,
        "description": _described(raw.data.get("description")),
        "method": operation.method,
        "url": operation.path,
        "safety": str(raw.data.get("x-safety", "write")),
        "idempotency": operation.idempotency,
        "arguments": arguments,
        "options": options,
        "body": _body(spec, operation, raw.data, taken),
        "unwrap": operation.unwrap is not None,
        "paging": None
        if paging is None
        else {"param": paging.param, "cursor_field": paging.cursor_field, "container": paging.container},
        "returns_file": _returns_file(spec, raw.data),
        "download": None
        if download is None
        else {"method": download.method, "select": download.select.wire_name, "formats": download.formats},
    }


def _metavar(path: str, wire: str, python_name: str) -> str:
    """ID for the object a path ends on; an `id` that more segments follow is named after the
    collection before it (/teams/{id}/members: TEAM), so that the help says whose id it is."""
    segments = path.strip("/").split("/")
    at = segments.index(f"{{{wire}}}")
    if python_name == "id" and at + 1 < len(segments) and at > 0 and not segments[at - 1].startswith("{"):
        collection = segments[at - 1]
        single = collection[:-3] + "y" if collection.endswith("ies") else collection.removesuffix("s")
        return single.replace("_", "-").upper()
    return python_name.upper()


def _path_fields(path: str) -> list[str]:
    import re

    return re.findall(r"\{([^}]+)\}", path)


def command_tree(operations: list[Operation], spec: Spec) -> tuple[dict[str, list[dict[str, Any]]], dict[str, Any]]:
    """The commands by top-level resource, and the index the root command lists without importing them."""
    tags = {t["name"]: _first_sentence(t.get("description", "")) for t in spec.document.get("tags", [])}
    by_root: dict[str, list[dict[str, Any]]] = {}
    commands: dict[str, tuple[str, str]] = {}
    groups: dict[str, str] = {}
    for operation in sorted(operations, key=lambda op: (op.resource or "", op.resource_method or "")):
        info = command_info(operation, spec)
        root = info["path"][0]
        by_root.setdefault(root, []).append(info)
        words = info["command"]
        commands[" ".join(words)] = (root, info["summary"])
        tag = (spec.operation(operation.path, operation.method).data.get("tags") or [operation.tag])[0]
        groups.setdefault(words[0], tags.get(tag) or str(tag))
        for depth in range(2, len(words)):
            groups.setdefault(" ".join(words[:depth]), f"{words[depth - 1].replace('-', ' ').capitalize()} ({tag})")
        if info["download"]:
            words = [*words[:-1], _dashed(info["download"]["method"])]
            summary = f"Download the {' or '.join(info['download']['formats'])} file of one"
            commands[" ".join(words)] = (root, summary)
            by_root[root].append({"command": words, "summary": summary, "download_from": info["command"]})
    return by_root, {"commands": commands, "groups": groups}
