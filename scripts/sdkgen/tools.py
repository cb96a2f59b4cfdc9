"""What `gigstack mcp` needs of each operation, as plain data: the tool's name (its `x-sdk` place,
`.` as `_`), title, short description, hints from `x-safety`, a compact input schema (path and
query parameters and the body's fields side by side; a schema used twice sits once under `$defs`)
and a loose output schema. The request itself is built by the same data as the command's
(commands.command_info), so the two surfaces cannot disagree on how an operation is sent."""

from __future__ import annotations

import re
from typing import Any

from .commands import command_info
from .operations import Operation
from .spec import Spec

MAX_NAME = 64
MAX_DEFAULT_TOOLS = 40
# Keys of a schema an agent needs to fill it in; examples, extensions and titles stay in the spec.
KEPT = ("type", "enum", "format", "minimum", "maximum", "minLength", "maxLength", "pattern", "minItems")
WRITES = ("write", "destructive", "fiscal")
# Parameters the server sets for every call, never the agent: the Connect team is the user's choice
# (`gigstack mcp --team`), so that an agent cannot stamp on another team's behalf.
SERVER_SET = frozenset({"team"})


def _short(text: Any, limit: int) -> str:
    """The first sentence (or two) of a description, at most `limit` characters."""
    flat = " ".join(str(text or "").split())
    if len(flat) <= limit:
        return flat
    cut = flat[:limit].rfind(". ")
    return flat[: cut + 1] if cut > limit // 4 else flat[: limit - 3].rstrip() + "..."


class Compactor:
    """JSON Schema for one tool: refs used once inlined, refs used again (or recursive) in $defs."""

    def __init__(self, spec: Spec) -> None:
        self.spec = spec
        self.defs: dict[str, Any] = {}
        self.uses: dict[str, int] = {}
        self._open: set[str] = set()

    def count(self, node: Any) -> None:
        if isinstance(node, dict):
            ref = node.get("$ref")
            if isinstance(ref, str):
                self.uses[ref] = self.uses.get(ref, 0) + 1
                if self.uses[ref] == 1 and ref not in self._open:
                    self._open.add(ref)
                    self.count(self.spec.resolve(node))
                    self._open.discard(ref)
                else:
                    self.uses[ref] += 1  # recursive, or seen again: a $def
                return
            for value in node.values():
                self.count(value)
        elif isinstance(node, list):
            for value in node:
                self.count(value)

    def schema(self, node: Any, depth: int = 0) -> dict[str, Any]:
        if isinstance(node, dict) and isinstance(node.get("$ref"), str):
            ref = node["$ref"]
            if self.uses.get(ref, 0) > 1:
                name = ref.rsplit("/", 1)[-1]
                if name not in self.defs:
                    self.defs[name] = {}  # placeholder first: a recursive schema ends here
                    self.defs[name] = self.schema(self.spec.resolve(node), depth + 1)
                return {"$ref": f"#/$defs/{name}"}
            return self.schema(self.spec.resolve(node), depth)
        if not isinstance(node, dict):
            return {}
        found: dict[str, Any] = {k: node[k] for k in KEPT if k in node}
        if node.get("description") and depth <= 1:  # deeper fields are named well enough
            found["description"] = _short(node["description"], (200, 56)[depth])
        if isinstance(found.get("type"), list):  # an argument left out says what null would
            kinds = [k for k in found["type"] if k != "null"]
            found["type"] = kinds[0] if len(kinds) == 1 else kinds
        if isinstance(node.get("x-sat-catalog"), str):  # the codes, each described, are a resource
            found.pop("enum", None)
            found["description"] = f"A SAT code: gigstack://catalogs/{node['x-sat-catalog']}"
        for key in ("anyOf", "oneOf", "allOf"):
            parts = [p for p in node.get(key, []) if self.spec.resolve(p).get("type") != "null"]
            if len(parts) == 1 and key != "allOf":
                inner = self.schema(parts[0], depth)
                return {**inner, **({"description": found["description"]} if "description" in found else {})}
            if parts:
                found[key] = [self.schema(part, depth) for part in parts]
        if "items" in node:
            found["items"] = self.schema(node["items"], depth + 1)
        properties = node.get("properties")
        if isinstance(properties, dict):
            found["properties"] = {
                name: self.schema(prop, depth + 1)
                for name, prop in properties.items()
                if not (isinstance(prop, dict) and self.spec.resolve(prop).get("readOnly"))
            }
            required = [name for name in node.get("required", []) if name in found["properties"]]
            if required:
                found["required"] = required
        extra = node.get("additionalProperties")
        if isinstance(extra, dict):
            found["additionalProperties"] = self.schema(extra, depth + 1)
        elif extra is False:
            found["additionalProperties"] = False
        return found


def _option_schema(option: dict[str, Any]) -> dict[str, Any]:
    kind = option.get("type")
    if kind == "time":
        bound = "its end" if option.get("key") in ("lte", "lt") else "its start"
        found: dict[str, Any] = {"type": ["integer", "string"]}
        note = f"Unix seconds or a YYYY-MM-DD Mexico City day ({bound})."
    elif kind == "pairs":
        found, note = {"type": "object", "additionalProperties": {"type": "string"}}, "Key and value pairs."
    elif kind == "json":
        found, note = {"type": "object"}, ""
    elif kind in ("integer", "number", "boolean", "string"):
        found, note = {"type": kind}, ""
    else:
        found, note = {"type": "string"}, ""
    if option.get("choices") and not option.get("open"):
        found["enum"] = option["choices"]
    if option.get("multiple"):
        found = {"type": "array", "items": found}
    own = re.sub(r"; sent as \S+\.$", ".", str(option.get("description") or ""))  # the command's wording
    described = " ".join(p for p in (_short(own, 80), note) if p)
    return {**found, "description": described} if described else found


def _output_schema(
    spec: Spec, operation: Operation, raw: dict[str, Any], info: dict[str, Any]
) -> dict[str, Any] | None:
    """Names and meanings of the answer's top-level fields, without types: the API's data may be odder
    than the spec, and a client rejects an answer its tool's output schema does not admit."""
    schema = None
    for status, response in raw.get("responses", {}).items():
        if str(status).startswith("2"):
            media = spec.resolve(response).get("content", {}).get("application/json")
            if media:
                schema = media.get("schema")
                break
    if schema is None or info.get("returns_file"):
        return None
    fields = spec.properties(schema)
    paging = info.get("paging")
    if paging and paging.get("container"):
        fields = spec.properties(fields.get(paging["container"], {}))
    if paging:
        items = spec.resolve(fields.get("data", {})).get("items", {})
        return {
            "type": "object",
            "properties": {
                "data": {"type": "array", "items": {"properties": _loose(spec, items)}},
                "has_more": {"type": ["boolean", "null"]},
                "next": {"type": ["string", "null"]},
            },
            "required": ["data"],
        }
    if info.get("unwrap") and "data" in fields:
        return {"type": "object", "properties": _loose(spec, fields["data"])}
    return {"type": "object", "properties": _loose(spec, schema)}


def _loose(spec: Spec, schema: Any) -> dict[str, Any]:
    options = [o for o in spec.resolve(schema).get("anyOf", []) if spec.resolve(o).get("type") != "null"]
    if len(options) == 1:  # a nullable item
        schema = options[0]
    return {name: {} for name in spec.properties(schema)}


def _hints(info: dict[str, Any]) -> dict[str, Any]:
    safety = info["safety"]
    method = info["method"].upper()
    hints: dict[str, Any] = {
        "title": info["summary"].rstrip("."),
        "readOnlyHint": safety == "read",
        "openWorldHint": True,
    }
    if safety in WRITES:
        hints["destructiveHint"] = safety == "destructive"
        # The same arguments act once: PUT and DELETE by their nature, a keyed write by its key.
        hints["idempotentHint"] = method in ("PUT", "DELETE") or bool(info.get("idempotency"))
    else:
        hints["idempotentHint"] = True
    return hints


def _description(info: dict[str, Any], raw: dict[str, Any]) -> str:
    parts = [info["summary"].rstrip(".") + ".", _short(raw.get("description"), 120)]
    safety = info["safety"]
    if info.get("paging"):
        param = info["paging"]["param"]
        where = "" if param == "next" else f" as `{param}`"
        parts.append(f"Answers {{data, has_more, next}}: pass next{where} for the following page.")
    if safety == "fiscal":
        parts.append("Stamps a CFDI: on a retry send the SAME idempotency_key, never a new one, or it may stamp twice.")
    elif safety == "destructive":
        parts.append("Destructive: it cannot be undone; confirm with the user first.")
    return " ".join(p for p in parts if p)


def _body_schema(spec: Spec, compactor: Compactor, raw: dict[str, Any]) -> tuple[dict[str, Any], bool, list[str]]:
    """The body's fields as top-level schemas and its required fields; a body that is not an object
    of named fields is one `body` argument (then the flag is true)."""
    request = spec.resolve(raw.get("requestBody")) or {}
    content = request.get("content", {})
    media: dict[str, Any] = (
        content.get("application/json") or content.get("multipart/form-data") or next(iter(content.values()), {})
    )
    schema = spec.resolve(media.get("schema", {}))
    compactor.count(media.get("schema", {}))
    properties = spec.properties(schema)
    if not properties:
        whole = compactor.schema(media.get("schema", {}))
        return {"body": whole}, True, ["body"] if request.get("required") else []
    found = {}
    for name in properties:
        prop = _property_node(spec, schema, name)
        if spec.resolve(prop).get("readOnly"):
            continue
        found[name] = compactor.schema(prop, 1)
        if spec.resolve(prop).get("format") == "binary":
            found[name] = {"type": "string", "description": "Path of a local file to upload."}
    required = [n for n in _required(spec, schema) if n in found] if request.get("required") else []
    return found, False, required


def _property_node(spec: Spec, schema: dict[str, Any], name: str) -> Any:
    """The property as written (a $ref stays a $ref, so a shared schema can go to $defs)."""
    if name in (schema.get("properties") or {}):
        return schema["properties"][name]
    for part in schema.get("allOf", []):
        part_schema = spec.resolve(part)
        if name in (part_schema.get("properties") or {}) or part_schema.get("allOf"):
            found = _property_node(spec, part_schema, name)
            if found is not None:
                return found
    return None


def _required(spec: Spec, schema: dict[str, Any]) -> list[str]:
    found = list(schema.get("required", []))
    for part in schema.get("allOf", []):
        found += _required(spec, spec.resolve(part))
    return found


def tool_name(info: dict[str, Any]) -> str:
    return "_".join(info["path"]).lower()


def tool_info(operation: Operation, spec: Spec) -> dict[str, Any]:
    """The data of one operation's tool (plain values: it is written as a Python literal)."""
    info = command_info(operation, spec)
    raw = spec.operation(operation.path, operation.method).data
    name = tool_name(info)
    if len(name) > MAX_NAME or not re.fullmatch(r"[a-z][a-z0-9_]*", name):
        raise ValueError(
            f"{operation.method.upper()} {operation.path}: the tool name {name!r} is not 1-64 of [a-z0-9_]"
        )
    compactor = Compactor(spec)
    properties: dict[str, Any] = {}
    required: list[str] = []
    route: dict[str, Any] = {}
    for index, argument in enumerate(info["arguments"]):
        properties[argument["wire"]] = {
            "type": "string",
            **({"description": argument["description"]} if argument["description"] else {}),
        }
        required.append(argument["wire"])
        route[argument["wire"]] = ["arg", index]
    for index, option in enumerate(info["options"]):
        if option["wire"] in SERVER_SET:
            continue
        key = option["flag"].replace("-", "_")
        properties[key] = _option_schema(option)
        route[key] = ["opt", index]
        if option.get("required"):
            required.append(key)
    if info["body"] is not None:
        fields, whole, body_required = _body_schema(spec, compactor, raw)
        files = {f["wire"]: index for index, f in enumerate(info["body"]["files"])}
        if not whole and set(fields) & (set(properties) | {"preview"}):  # a field named like a parameter
            fields, whole, body_required = {"body": {"type": "object", "description": "The request body."}}, True, []
        for key, schema in fields.items():
            properties[key] = schema
            route[key] = ["body_whole"] if whole else ["file", files[key]] if key in files else ["body", key]
        required += [n for n in body_required if n not in required]
    fiscal = info["safety"] == "fiscal"
    if info["idempotency"] or fiscal:
        # A fiscal tool always takes one: the API's own key where it has one, and in any case the
        # server's record of the keys it has stamped with, so that a retry cannot stamp twice.
        properties["idempotency_key"] = {
            "type": "string",
            "description": "Your key for this one action: reuse the same key when retrying it."
            + (" Required." if fiscal else " Made up and returned when absent."),
        }
        route["idempotency_key"] = ["idempotency_key"]
        if fiscal and "idempotency_key" not in required:
            required.append("idempotency_key")
    if info["download"]:
        properties["download"] = {
            "type": "string",
            "enum": info["download"]["formats"],
            "description": "Save this file under the server's download directory and answer its path.",
        }
        route["download"] = ["download"]
    if info["safety"] in WRITES:
        properties["preview"] = {"type": "boolean", "description": "Show the request; send nothing."}
        route["preview"] = ["preview"]
    input_schema: dict[str, Any] = {"type": "object", "properties": properties}
    if required:
        input_schema["required"] = required
    if compactor.defs:
        input_schema["$defs"] = compactor.defs
    return {
        "name": name,
        # The request is built from the command's own data (gigstack/cli/operations/<module>.py),
        # named here rather than copied.
        "module": info["path"][0],
        "command": " ".join(info["command"]),
        "safety": info["safety"],
        "description": _description(info, raw),
        "annotations": _hints(info),
        "default": raw.get("x-mcp") == "default",
        "resource": str(operation.resource),
        "route": route,
        "input_schema": input_schema,
        # A write answers the object its resource's reads describe; its schema is left out so that the
        # default set, writes allowed, stays under 60,000 bytes.
        "output_schema": None if info["safety"] in WRITES else _output_schema(spec, operation, raw, info),
    }


def catalogs(spec: Spec) -> dict[str, dict[str, Any]]:
    """The SAT catalogs the spec names (x-sat-catalog), each code with its description."""
    found: dict[str, dict[str, Any]] = {}
    for schema in spec.document.get("components", {}).get("schemas", {}).values():
        name = schema.get("x-sat-catalog") if isinstance(schema, dict) else None
        if not isinstance(name, str) or not schema.get("enum"):
            continue
        described = schema.get("x-enumDescriptions") or {}
        found[name] = {
            "description": _short(schema.get("description"), 300),
            "codes": {str(code): str(described.get(str(code), "")) for code in schema["enum"] if code is not None},
        }
    return found


def tool_catalog(operations: list[Operation], spec: Spec) -> dict[str, dict[str, Any]]:
    tools = {}
    for operation in sorted(operations, key=lambda op: (op.resource or "", op.resource_method or "")):
        tool = tool_info(operation, spec)
        if tool["name"] in tools:
            raise ValueError(f"two operations make the tool {tool['name']!r}")
        tools[tool["name"]] = tool
    chosen = [name for name, tool in tools.items() if tool["default"]]
    if len(chosen) > MAX_DEFAULT_TOOLS:
        raise ValueError(
            f"x-mcp: default is on {len(chosen)} operations; at most {MAX_DEFAULT_TOOLS} make the default set"
        )
    return tools
