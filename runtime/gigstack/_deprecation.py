"""Names kept for one minor version after a rename: they warn (DeprecationWarning) when used, and
type checkers see them as deprecated, without a runtime dependency on typing_extensions."""

from __future__ import annotations

import functools
import warnings
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, TypeVar

from .errors import ArgumentError
from .types import UNSET

F = TypeVar("F", bound=Callable[..., Any])

if TYPE_CHECKING:
    # Type checkers always have typing_extensions (typeshed ships it): they mark uses of these names.
    from typing_extensions import deprecated
else:

    def deprecated(message: str, /, *, category: type[Warning] = DeprecationWarning, stacklevel: int = 1) -> Any:
        """At run time: warn on each call of the decorated function (a property's getter or setter)."""

        def decorate(function: F) -> F:
            @functools.wraps(function)
            def warn_then_call(*args: Any, **kwargs: Any) -> Any:
                warnings.warn(message, category, stacklevel=stacklevel + 1)
                return function(*args, **kwargs)

            warn_then_call.__deprecated__ = message  # as PEP 702's decorator marks it
            return warn_then_call  # type: ignore[return-value]

        return decorate


def renamed(old: str, old_value: Any, new: str, new_value: Any, *, required: bool = False) -> Any:
    """The value of an argument passed by its old name (`type_=`), with a DeprecationWarning pointing
    at the caller; the new name's value when the old one was not passed. Both at once is an error,
    and so is neither for a `required` one."""
    if old_value is UNSET or (old_value is None and new_value is not UNSET):  # not passed (None: a query's default)
        if required and new_value is UNSET:
            raise ArgumentError(f"{new} is required")
        return new_value
    if new_value is not UNSET and new_value is not None:
        raise ArgumentError(f"pass {new}= only: {old}= is its deprecated spelling")
    warnings.warn(f"{old}= is deprecated; use {new}= (the API's spelling)", DeprecationWarning, stacklevel=3)
    return old_value


__all__ = ["deprecated", "renamed"]
