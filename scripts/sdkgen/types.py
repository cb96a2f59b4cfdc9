"""Python types and readers of the generator's properties, as our templates need them.

The generator parses each schema into a property object (a string, a model, a list of enums...).
From it we derive: the type a model's getter returns (`X | None`), the wider type a caller may
pass (a plain dict for a model, a plain string for a code), the expression that reads the field
from the JSON mapping, and the kind of value the runtime checks before sending.
"""

from __future__ import annotations

from typing import Any

from openapi_python_client.parser.properties.any import AnyProperty
from openapi_python_client.parser.properties.boolean import BooleanProperty
from openapi_python_client.parser.properties.const import ConstProperty
from openapi_python_client.parser.properties.date import DateProperty
from openapi_python_client.parser.properties.datetime import DateTimeProperty
from openapi_python_client.parser.properties.enum_property import EnumProperty
from openapi_python_client.parser.properties.file import FileProperty
from openapi_python_client.parser.properties.float import FloatProperty
from openapi_python_client.parser.properties.int import IntProperty
from openapi_python_client.parser.properties.list_property import ListProperty
from openapi_python_client.parser.properties.literal_enum_property import LiteralEnumProperty
from openapi_python_client.parser.properties.model_property import ModelProperty
from openapi_python_client.parser.properties.none import NoneProperty
from openapi_python_client.parser.properties.string import StringProperty
from openapi_python_client.parser.properties.union import UnionProperty
from openapi_python_client.parser.properties.uuid import UuidProperty

Prop = Any  # the generator's property classes share no base class that lists these attributes


def text(value: Any) -> str:
    """The plain text of a value from the spec (the generator wraps the spec's strings as untrusted)."""
    if value is None:
        return ""
    untrusted = getattr(value, "get_untrusted_value", None)
    return str(untrusted()) if callable(untrusted) else str(value)


def members(prop: Prop) -> list[Prop]:
    """The non-null alternatives of a property (itself, unless it is a union)."""
    if isinstance(prop, UnionProperty):
        found: list[Prop] = []
        for inner in prop.inner_properties:
            for member in members(inner):
                if member not in found:
                    found.append(member)
        return found
    if isinstance(prop, NoneProperty):
        return []
    return [prop]


def is_nullable(prop: Prop) -> bool:
    if isinstance(prop, NoneProperty):
        return True
    return isinstance(prop, UnionProperty) and any(is_nullable(inner) for inner in prop.inner_properties)


def class_name(prop: Prop) -> str:
    return text(prop.class_info.name)


def _join(types: list[str]) -> str:
    unique: list[str] = []
    for item in (part for union in types for part in union.split(" | ")):
        if item not in unique:
            unique.append(item)
    return " | ".join(unique) if unique else "None"


def output_type(prop: Prop) -> str:
    """What reading the field gives (without None): models and enums as their classes."""
    alternatives = members(prop)
    if len(alternatives) != 1:
        return _join([output_type(member) for member in alternatives])
    (prop,) = alternatives
    if isinstance(prop, ModelProperty | EnumProperty | LiteralEnumProperty):
        return class_name(prop)
    if isinstance(prop, ListProperty):
        return f"list[{output_type(prop.inner_property)}]"
    return _scalar(prop)


def input_type(prop: Prop) -> str:
    """What a caller may pass (without None): also a plain dict for a model, a plain string for a code."""
    alternatives = members(prop)
    if len(alternatives) != 1:
        return _join([input_type(member) for member in alternatives])
    (prop,) = alternatives
    if isinstance(prop, ModelProperty):
        return f"{class_name(prop)} | Mapping[str, Any]"
    if isinstance(prop, EnumProperty | LiteralEnumProperty):
        return f"{class_name(prop)} | str"
    if isinstance(prop, ListProperty):
        return f"Sequence[{input_type(prop.inner_property)}]"
    if isinstance(prop, FileProperty):
        return "File | bytes | IO[bytes] | PurePath"
    return _scalar(prop)


def _scalar(prop: Prop) -> str:
    if isinstance(prop, StringProperty | UuidProperty):
        return "str"
    if isinstance(prop, BooleanProperty):
        return "bool"
    if isinstance(prop, IntProperty):
        return "int"
    if isinstance(prop, FloatProperty):
        return "float"
    if isinstance(prop, DateProperty):
        return "datetime.date"
    if isinstance(prop, DateTimeProperty):
        return "datetime.datetime"
    if isinstance(prop, FileProperty):
        return "File"
    if isinstance(prop, ConstProperty):
        return text(prop.get_type_string(no_optional=True).as_unembedded_code())
    if isinstance(prop, AnyProperty):
        return "Any"
    raise TypeError(f"no Python type for {type(prop).__name__} {prop.name}")


def getter_type(prop: Prop) -> str:
    """The annotation of a model's getter: `X`, or `X | None` when the field may be missing or null."""
    base = output_type(prop)
    if base == "Any":
        return base
    if prop.required and not is_nullable(prop):
        return base
    return f"{base} | None"


def setter_type(prop: Prop) -> str:
    """The annotation of a constructor argument or setter (UNSET is added by the caller where it applies)."""
    base = input_type(prop)
    return base if base == "Any" or (prop.required and not is_nullable(prop)) else f"{base} | None"


def _tree(prop: Prop) -> tuple[Any, ...]:
    """The runtime's type tree (see gigstack._models.convert) for unions and other rare shapes."""
    alternatives = members(prop)
    if len(alternatives) != 1:
        return ("union", tuple(_tree(member) for member in alternatives))
    (prop,) = alternatives
    if isinstance(prop, ModelProperty):
        return ("model", class_name(prop))
    if isinstance(prop, EnumProperty | LiteralEnumProperty):
        return ("enum", class_name(prop))
    if isinstance(prop, ListProperty):
        return ("list", _tree(prop.inner_property))
    if isinstance(prop, DateProperty):
        return ("date",)
    if isinstance(prop, DateTimeProperty):
        return ("datetime",)
    return ("raw",)


def _needs_conversion(tree: tuple[Any, ...]) -> bool:
    if tree[0] == "raw":
        return False
    if tree[0] == "list":
        return _needs_conversion(tree[1])
    if tree[0] == "union":
        return any(_needs_conversion(branch) for branch in tree[1])
    return True


def reader(prop: Prop, wire: str) -> str:
    """The expression a model's getter returns."""
    key = repr(text(wire))
    alternatives = members(prop)
    if len(alternatives) == 1:
        (only,) = alternatives
        if isinstance(only, ModelProperty):
            return f"self._model({key}, {class_name(only)})"
        if isinstance(only, EnumProperty | LiteralEnumProperty):
            return f"self._enum({key}, {class_name(only)})"
        if isinstance(only, DateProperty):
            return f"self._date({key})"
        if isinstance(only, DateTimeProperty):
            return f"self._datetime({key})"
        if isinstance(only, ListProperty):
            inner = members(only.inner_property)
            if len(inner) == 1 and isinstance(inner[0], ModelProperty):
                return f"self._model_list({key}, {class_name(inner[0])})"
            if len(inner) == 1 and isinstance(inner[0], EnumProperty | LiteralEnumProperty):
                return f"self._enum_list({key}, {class_name(inner[0])})"
    tree = _tree(prop)
    if _needs_conversion(tree):
        return f"self._convert({key}, {tree!r})"
    if prop.required and not is_nullable(prop):
        return f"self._data[{key}]"
    return f"self._data.get({key})"


def kind(prop: Prop) -> tuple[str, str | None] | None:
    """What the runtime checks a caller's value against, and the class it reprs nested values with."""
    alternatives = members(prop)
    if len(alternatives) != 1:
        return None
    (prop,) = alternatives
    if isinstance(prop, ModelProperty):
        return ("object", class_name(prop))
    if isinstance(prop, EnumProperty | LiteralEnumProperty):
        return ("code", class_name(prop))
    if isinstance(prop, FileProperty):
        return ("file", None)
    if isinstance(prop, ListProperty):
        inner = members(prop.inner_property)
        if len(inner) == 1 and isinstance(inner[0], ModelProperty):
            return ("list[object]", class_name(inner[0]))
        if len(inner) == 1 and isinstance(inner[0], EnumProperty | LiteralEnumProperty):
            return ("list[code]", class_name(inner[0]))
        return ("list", None)
    return None


def query_kind(prop: Prop) -> str | None:
    """The kind checked for a query or header argument: a code, an object or a list."""
    found = kind(prop)
    if found is None:
        return None
    return {"object": "object", "code": "code", "list[object]": "list", "list[code]": "list", "list": "list"}.get(
        found[0]
    )


def module_of(prop: Prop) -> dict[str, str]:
    """Class name -> module name of every model and enum a property refers to."""
    found: dict[str, str] = {}
    for member in members(prop):
        if isinstance(member, ModelProperty | EnumProperty | LiteralEnumProperty):
            found[class_name(member)] = text(member.class_info.module_name)
        elif isinstance(member, ListProperty):
            found.update(module_of(member.inner_property))
    return found
