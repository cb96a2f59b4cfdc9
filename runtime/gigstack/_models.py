"""The base of every generated model: a typed view over the decoded JSON object.

A model keeps the mapping it was built from (`_data`) and its properties read fields from it on
access. So parsing a response costs little more than decoding its JSON, `to_dict()` gives back
exactly what the server sent (absent stays absent, null stays null, unknown fields are kept), and
a field the server left out reads as None, like one it sent as null.

Reading is lenient and lossless: a value of another type than the spec declares never makes the
object, its list or its page unreadable. The field alone raises ResponseValidationError when read
(a list item that is not an object becomes a view whose every field raises), and `to_dict()` gives
back what came. Plain JSON values (strings, numbers, booleans) are returned as received, unchecked.

Built with keyword arguments (a request body), a model holds what the caller passed: a field
left out is not sent, and None is sent as null (which is how gigstack clears a field).
"""

from __future__ import annotations

import datetime as _dt
import json
import mimetypes
import sys
from collections.abc import Callable, Iterator, Mapping
from enum import Enum
from pathlib import PurePath
from typing import Any, ClassVar, Self

from .errors import ArgumentError, ResponseValidationError
from .types import UNSET, File, FileTypes, RequestFiles, Unset

# What a field holds, when it is not a plain JSON value: the kind, and the class name for models and enums.
Kind = tuple[str, str | None]
_HIDDEN = "<hidden>"
AUTO_MILLISECONDS = 10**11
_REPR_LIST_ITEMS = 10


class Model:
    """A typed view over a JSON object. Generated subclasses declare their fields as properties."""

    __slots__ = ("_cache", "_data")

    # Filled in by each generated model:
    _fields: ClassVar[frozenset[str]] = frozenset()  # wire names of the declared fields
    _required: ClassVar[tuple[str, ...]] = ()  # wire names the API always sends
    _names: ClassVar[Mapping[str, str]] = {}  # wire name -> Python name, where they differ
    _hidden: ClassVar[frozenset[str]] = frozenset()  # wire names kept out of repr (secrets, signed links)
    _kinds: ClassVar[Mapping[str, Kind]] = {}  # wire name -> kind, for fields that are not plain JSON
    # Derived once per class: the required object and list fields, checked by from_dict() (a page
    # whose `data` is not a list is not a page); every other field is checked when it is read.
    _shape_checks: ClassVar[tuple[tuple[str, str], ...]] = ()

    _data: dict[str, Any]
    _cache: dict[str, Any] | None

    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        cls._shape_checks = tuple(
            (wire, kind)
            for wire, (kind, _) in cls._kinds.items()
            if wire in cls._required and kind in ("object", "list[object]")
        )

    # -- building -------------------------------------------------------------------------------

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """A view over `src_dict` (not copied).

        Raises TypeError when it is not a JSON object, KeyError when a field the API always sends is
        missing, TypeError when a required object or list field is not one (a page's `data`). Any
        other field of the wrong type raises ResponseValidationError only when it is read.
        """
        data = src_dict if type(src_dict) is dict else _as_dict(cls, src_dict)
        for key in cls._required:
            if key not in data:
                raise KeyError(f"{cls.__name__} needs {key!r}")
        for key, kind in cls._shape_checks:
            value = data[key]
            if value is not None and type(value) is not (dict if kind == "object" else list):
                expected = "a JSON object" if kind == "object" else "a list"
                raise TypeError(f"{cls.__name__}.{key} must be {expected}, not {_json_type(value)}")
        view = object.__new__(cls)
        view._data = data
        view._cache = None
        return view

    def _init(self, fields: dict[str, Any]) -> None:
        """Keyword-argument construction: validate what the caller passed and keep it in wire form."""
        data: dict[str, Any] = {}
        for wire, value in fields.items():
            if value is UNSET:
                continue
            kind = self._kinds.get(wire)
            if kind is not None and value is not None:
                _check_kind(self._argument_name(wire), value, kind[0])
            data[wire] = to_wire(value)
        self._data = data
        self._cache = None

    def _argument_name(self, wire: str) -> str:
        return self._names.get(wire, wire)

    # -- reading --------------------------------------------------------------------------------

    def _odd(
        self, key: str, value: Any, expected: str, index: int | None = None, actual: str | None = None
    ) -> ResponseValidationError:
        """The error of reading a field (or list item) the server sent in another shape than the spec's."""
        model = type(self).__name__
        name = self._argument_name(key) + ("" if index is None else f"[{index}]")
        actual = actual or _json_type(value)
        found = "it is missing" if actual == "missing" else f"got {actual}"
        return ResponseValidationError(
            f"{model}.{name}: expected {expected}, {found} (to_dict() keeps what the server sent)",
            model=model,
            field=name,
            expected=expected,
            actual=actual,
        )

    def _missing(self, key: str) -> ResponseValidationError:
        """A field the API always sends, missing (from a list item: the list is not refused for it)."""
        return self._odd(key, None, "a value (the API always sends it)", actual="missing")

    def _absent(self, key: str) -> None:
        """A field read as None; a field the API always sends raises instead when it is missing."""
        if key in self._required and key not in self._data:
            raise self._missing(key)

    def _cached(self, key: str, make: Callable[[Any], Any], expected: str) -> Any:
        cache = self._cache
        if cache is None:
            cache = self._cache = {}
        elif key in cache:
            return cache[key]
        raw = self._data.get(key)
        try:
            value = None if raw is None else make(raw)
        except ResponseValidationError:
            raise
        except (TypeError, KeyError, ValueError, OverflowError) as error:
            raise self._odd(key, raw, expected) from error
        cache[key] = value
        return value

    def _model(self, key: str, cls: type[Model]) -> Any:
        """A nested object as its model: a new view over the same mapping on each read (cheaper than
        caching one, and writes through either view land in the same JSON)."""
        raw = self._data.get(key)
        if type(raw) is dict:
            view = object.__new__(cls)
            view._data = raw
            view._cache = None
            return view
        if raw is None:
            return self._absent(key)
        raise self._odd(key, raw, f"an object ({cls.__name__})")

    def _model_list(self, key: str, cls: type[Model]) -> Any:
        """A list of objects as models; null items are left out (to_dict() keeps them), and an item that
        is not an object is kept as a view whose every field raises (see `not_an_object`)."""
        cache = self._cache
        if cache is not None and key in cache:
            return cache[key]
        raw = self._data.get(key)
        if raw is None:
            return self._absent(key)
        if type(raw) is not list:
            raise self._odd(key, raw, f"a list of objects ({cls.__name__})")
        new = object.__new__
        views: list[Model] = []
        append = views.append
        for index, item in enumerate(raw):
            if type(item) is dict:
                view = new(cls)
                view._data = item
                view._cache = None
                append(view)
            elif item is not None:
                append(not_an_object(cls, item, self._odd(key, item, f"an object ({cls.__name__})", index)))
        if cache is None:
            self._cache = {key: views}
        else:
            cache[key] = views
        return views

    def _enum(self, key: str, cls: type[Enum]) -> Any:
        """A code as its open enum: unknown codes are kept (`.is_known` is False)."""
        raw = self._data.get(key)
        if type(raw) is str:
            member = cls._value2member_map_.get(raw)
            if member is not None:
                return member
            try:
                return cls(raw)  # an open enum keeps an unknown code
            except ValueError:
                pass
        elif raw is None:
            return self._absent(key)
        raise self._odd(key, raw, f"a code ({cls.__name__})")

    def _enum_list(self, key: str, cls: type[Enum]) -> Any:
        def codes(raw: Any) -> list[Enum]:
            if type(raw) is not list:
                raise self._odd(key, raw, f"a list of codes ({cls.__name__})")
            for index, item in enumerate(raw):
                if item is not None and type(item) is not str:
                    raise self._odd(key, item, f"a code ({cls.__name__})", index)
            return [cls(item) for item in raw if item is not None]

        return self._cached(key, codes, f"a list of codes ({cls.__name__})")

    def _date(self, key: str) -> Any:
        return self._cached(key, _dt.date.fromisoformat, "an ISO 8601 date")

    def _datetime(self, key: str) -> Any:
        return self._cached(key, _parse_datetime, "an ISO 8601 date and time")

    def _timestamp(self, key: str, per_second: int) -> _dt.datetime | None:
        """A unix timestamp as an aware UTC datetime. per_second is 1 (seconds), 1000 (milliseconds), or 0
        where the API has sent both: a value of 10^11 or more is then milliseconds (10^11 s is year 5138)."""
        raw = self._data.get(key)
        if raw is None:
            return None
        if isinstance(raw, bool) or not isinstance(raw, int | float):
            raise self._odd(key, raw, "a unix timestamp")
        if per_second == 0:
            per_second = 1000 if abs(raw) >= AUTO_MILLISECONDS else 1
        try:
            return _dt.datetime.fromtimestamp(raw / per_second, tz=_dt.UTC)
        except (OverflowError, OSError, ValueError) as error:
            raise self._odd(key, raw, "a unix timestamp in range") from error

    def _convert(self, key: str, spec: Any) -> Any:
        """Unions and other rare shapes: `spec` is a small type tree (see `convert`)."""
        module = sys.modules[type(self).__module__]
        return self._cached(key, lambda raw: convert(raw, spec, vars(module)), _describe(spec))

    # -- writing --------------------------------------------------------------------------------

    def _set(self, key: str, value: Any) -> None:
        if self._cache is not None:
            self._cache.pop(key, None)
        if value is UNSET:
            self._data.pop(key, None)
            return
        kind = self._kinds.get(key)
        if kind is not None and value is not None:
            _check_kind(self._argument_name(key), value, kind[0])
        self._data[key] = to_wire(value)

    # -- the mapping behind the view ------------------------------------------------------------

    def to_dict(self) -> dict[str, Any]:
        """The JSON object, exactly as received or as it will be sent (a copy)."""
        copied: dict[str, Any] = _copy(self._data)
        return copied

    def to_json(self, **kwargs: Any) -> str:
        """The JSON text of to_dict(); keyword arguments go to json.dumps."""
        return json.dumps(self._data, **{"ensure_ascii": False, **kwargs})

    @property
    def additional_properties(self) -> dict[str, Any]:
        """The fields this version of the client does not declare (a gigstack addition, kept as sent)."""
        declared = self._fields
        return {key: value for key, value in self._data.items() if key not in declared}

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties)

    def __getitem__(self, key: str) -> Any:
        """Any field by its wire name, declared or not: `client["new_field"]`."""
        return self._data[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self._set(key, value)

    def __delitem__(self, key: str) -> None:
        if self._cache is not None:
            self._cache.pop(key, None)
        del self._data[key]

    def __contains__(self, key: object) -> bool:
        return key in self._data

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Model) or type(other) is not type(self):
            return NotImplemented
        return self._data == other._data

    __hash__: ClassVar[None] = None  # type: ignore[assignment]

    def __repr__(self) -> str:
        return f"{type(self).__name__}({', '.join(self._repr_fields())})"

    def _repr_fields(self) -> Iterator[str]:
        module = vars(sys.modules[type(self).__module__])
        for key, value in self._data.items():
            name = self._names.get(key, key)
            if key in self._hidden:
                yield f"{name}={_HIDDEN}"
                continue
            kind = self._kinds.get(key)
            yield f"{name}={_repr_value(value, kind, module)}"

    def __getstate__(self) -> dict[str, Any]:
        return {"data": self._data}

    def __setstate__(self, state: dict[str, Any]) -> None:
        self._data = state["data"]
        self._cache = None

    def __copy__(self) -> Self:
        return type(self).from_dict(dict(self._data))

    def __deepcopy__(self, memo: dict[int, Any]) -> Self:
        return type(self).from_dict(_copy(self._data))

    # -- multipart bodies -----------------------------------------------------------------------

    def to_multipart(self) -> RequestFiles:
        """The fields as multipart/form-data parts: files as files, everything else as text (JSON for objects)."""
        files: RequestFiles = []
        for key, value in self._data.items():
            if value is None:
                continue
            files.append((key, _part(value)))
        return files


class _NotAnObject:
    """Marks the views of list items that are not JSON objects (see `not_an_object`)."""

    __slots__ = ()


_NOT_AN_OBJECT_CLASSES: dict[type[Model], type[Model]] = {}


def not_an_object(cls: type[Model], value: Any, error: ResponseValidationError) -> Model:
    """A list item that is not a JSON object (a string where a client belongs...), as a view of `cls`
    whose every field raises `error` when read. to_dict() and to_json() give the value back as
    received, and sending the view sends that value: nothing is lost, and the list stays readable."""
    odd_class = _NOT_AN_OBJECT_CLASSES.get(cls)
    if odd_class is None:
        odd_class = _NOT_AN_OBJECT_CLASSES[cls] = _not_an_object_class(cls)
    view = object.__new__(odd_class)
    view._data = value  # not a dict: every reader of it is replaced below
    view._cache = None
    view._error = error  # type: ignore[attr-defined]
    return view


def _not_an_object_class(cls: type[Model]) -> type[Model]:
    def refuse(self: Any, *_: Any) -> Any:
        raise self._error

    namespace: dict[str, Any] = {
        "__slots__": ("_error",),
        "__module__": cls.__module__,
        "__qualname__": cls.__qualname__,
        "__getitem__": refuse,
        "__setitem__": refuse,
        "__delitem__": refuse,
        "_set": refuse,
        "__contains__": lambda self, key: False,
        "__repr__": lambda self: f"{cls.__name__}(<not an object: {_json_type(self._data)}>)",
        "__copy__": lambda self: self,
        "__deepcopy__": lambda self, memo: not_an_object(cls, _copy(self._data), self._error),
        "__reduce__": lambda self: (not_an_object, (cls, self._data, self._error)),
        "to_multipart": refuse,
    }
    for klass in cls.__mro__:
        for name, attribute in vars(klass).items():
            if isinstance(attribute, property) and name not in namespace:
                namespace[name] = property(refuse, refuse)
    return type(cls.__name__, (_NotAnObject, cls), namespace)


def _json_type(value: Any) -> str:
    """The JSON name of a decoded value's type, as error messages say it."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int | float):
        return "number"
    if isinstance(value, str):
        return "string"
    if isinstance(value, Mapping):
        return "object"
    if isinstance(value, list | tuple):
        return "array"
    return type(value).__name__


def _describe(spec: Any) -> str:
    """A type tree (see `convert`) as error messages say it."""
    kind = spec[0]
    if kind == "model":
        return f"an object ({spec[1]})"
    if kind == "enum":
        return f"a code ({spec[1]})"
    if kind == "list":
        return f"a list of {_describe(spec[1]).removeprefix('an ').removeprefix('a ')}"
    if kind == "union":
        return " or ".join(_describe(branch) for branch in spec[1])
    return {"date": "an ISO 8601 date", "datetime": "an ISO 8601 date and time"}.get(kind, "a JSON value")


def _as_dict(cls: type, value: Any) -> dict[str, Any]:
    if isinstance(value, Mapping):
        return dict(value)
    raise TypeError(f"{cls.__name__} needs a JSON object, not {type(value).__name__}")


def _list(raw: Any) -> list[Any]:
    if type(raw) is not list:
        raise TypeError(f"expected a list, not {type(raw).__name__}")
    return raw


def _parse_datetime(raw: Any) -> _dt.datetime:
    if not isinstance(raw, str):
        raise TypeError(f"expected an ISO 8601 string, not {type(raw).__name__}")
    return _dt.datetime.fromisoformat(raw)


def convert(raw: Any, spec: Any, names: Mapping[str, Any]) -> Any:
    """Convert a JSON value by a type tree: ("raw",), ("model", "Name"), ("enum", "Name"), ("date",),
    ("datetime",), ("list", spec) or ("union", (spec, ...)). A union takes the first branch that fits,
    else the raw value."""
    kind = spec[0]
    if raw is None or kind == "raw":
        return raw
    if kind == "model":
        return names[spec[1]].from_dict(raw)
    if kind == "enum":
        if not isinstance(raw, str):
            raise TypeError(f"expected a code, not {type(raw).__name__}")
        return names[spec[1]](raw)
    if kind == "date":
        return _dt.date.fromisoformat(raw)
    if kind == "datetime":
        return _parse_datetime(raw)
    if kind == "list":
        return [convert(item, spec[1], names) for item in _list(raw) if item is not None]
    if kind == "union":
        for branch in spec[1]:
            if not _fits(raw, branch):
                continue
            try:
                return convert(raw, branch, names)
            except (TypeError, KeyError, ValueError):
                continue
        return raw
    raise ValueError(f"unknown type tree {spec!r}")


def _fits(raw: Any, spec: Any) -> bool:
    kind = spec[0]
    if kind == "model":
        return isinstance(raw, dict)
    if kind == "list":
        return isinstance(raw, list)
    if kind in ("enum", "date", "datetime"):
        return isinstance(raw, str)
    return True


def _check_kind(name: str, value: Any, kind: str) -> None:
    """Refuse, naming the argument, a value of the wrong kind where a code, an object or a list belongs."""
    if kind == "code":
        if not isinstance(value, str):
            raise ArgumentError(f"{name} must be a code (a str or the enum member), not {type(value).__name__}")
    elif kind == "object":
        if not isinstance(value, Model | Mapping):
            raise ArgumentError(f"{name} must be a dict or its model, not {type(value).__name__}")
    elif kind.startswith("list"):
        if isinstance(value, str | bytes | Mapping) or not isinstance(value, list | tuple):
            raise ArgumentError(f"{name} must be a list, not {type(value).__name__}")
        if kind == "list[object]":
            for index, item in enumerate(value):
                if item is not None and not isinstance(item, Model | Mapping):
                    raise ArgumentError(f"{name}[{index}] must be a dict or its model, not {type(item).__name__}")
        elif kind == "list[code]":
            for index, item in enumerate(value):
                if not isinstance(item, str):
                    raise ArgumentError(f"{name}[{index}] must be a code (a str), not {type(item).__name__}")
    elif kind == "file":
        if not isinstance(value, File | bytes | bytearray | PurePath) and not hasattr(value, "read"):
            raise ArgumentError(f"{name} must be a File, bytes, a path or a binary file object")


def to_wire(value: Any) -> Any:
    """A value as it goes on the wire: models as their JSON object, enums as their code, recursively."""
    if value is None or isinstance(value, bool | int | float):
        return value
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, str):
        return str(value) if type(value) is not str else value
    if isinstance(value, Model):
        return value._data
    if isinstance(value, Mapping):
        return {str(k): to_wire(v) for k, v in value.items() if v is not UNSET}
    if isinstance(value, list | tuple):
        return [to_wire(item) for item in value]
    if isinstance(value, _dt.datetime | _dt.date):
        return value.isoformat()
    return value  # files and anything else are left to the encoder


def _copy(value: Any) -> Any:
    if type(value) is dict:
        return {k: _copy(v) for k, v in value.items()}
    if type(value) is list:
        return [_copy(v) for v in value]
    return value


def _part(value: Any) -> FileTypes:
    if isinstance(value, File):
        return value.to_tuple()
    if isinstance(value, bytes | bytearray):
        return (None, bytes(value), "application/octet-stream")
    if isinstance(value, PurePath):
        from pathlib import Path

        path = Path(value)
        return (path.name, path.read_bytes(), mimetypes.guess_type(path.name)[0] or "application/octet-stream")
    if hasattr(value, "read"):
        return (getattr(value, "name", None), value, None)
    if isinstance(value, dict | list):
        return (None, json.dumps(value, ensure_ascii=False).encode(), "application/json")
    if isinstance(value, bool):
        return (None, str(value).lower().encode(), "text/plain")
    return (None, str(value).encode(), "text/plain")


def _repr_value(value: Any, kind: Kind | None, module: Mapping[str, Any]) -> str:
    if kind is not None and kind[1] is not None and kind[0] in ("object", "list[object]"):
        cls = module.get(kind[1])
        if isinstance(cls, type) and issubclass(cls, Model):
            if kind[0] == "object" and isinstance(value, dict):
                return repr(cls.from_dict(value))
            if kind[0] == "list[object]" and isinstance(value, list):
                shown = [repr(cls.from_dict(item)) if isinstance(item, dict) else repr(item) for item in value]
                return _repr_list(shown)
    if isinstance(value, list):
        return _repr_list([repr(item) for item in value])
    return repr(value)


def _repr_list(items: list[str]) -> str:
    if len(items) > _REPR_LIST_ITEMS:
        more = len(items) - _REPR_LIST_ITEMS
        items = [*items[:_REPR_LIST_ITEMS], f"... {more} more"]
    return "[" + ", ".join(items) + "]"


__all__ = ["UNSET", "Model", "Unset", "convert", "to_wire"]
