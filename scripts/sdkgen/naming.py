"""Python names of the API's fields and parameters: as the API spells them (in snake_case), with `_`
added only where Python needs it (`from_`, `global_`) or where the name would hide one the generated
code itself uses (`self`, `datetime`, `str`...).

The generator adds `_` to every name of a builtin as well (`type_`, `next_`, `zip_`); we take it off
again, and keep the generator's spelling as a deprecated alias for one minor version.
"""

from __future__ import annotations

import keyword

from openapi_python_client.strings import RESERVED_WORDS

from .types import Prop, text

# Names the generated modules use themselves (in class bodies, annotations or function bodies):
# a field or argument named so would hide them, so these keep the underscore.
KEEP_UNDERSCORE = frozenset(
    {"self", "true", "false", "datetime", "str", "int", "float", "bool", "bytes", "list", "dict", "tuple"}
    | {"frozenset", "property", "super", "isinstance", "len", "repr"}
)


def python_name(prop: Prop) -> str:
    """The name of a field or argument in the package: the API's spelling, `_` only where needed."""
    generated = text(prop.python_name)
    base = generated[:-1]
    if (
        generated.endswith("_")
        and base in RESERVED_WORDS
        and not keyword.iskeyword(base)
        and base not in KEEP_UNDERSCORE
    ):
        return base
    return generated


def deprecated_name(prop: Prop) -> str | None:
    """The spelling of earlier versions (`zip_`), kept as a deprecated alias; None when unchanged."""
    generated = text(prop.python_name)
    return generated if generated != python_name(prop) else None
