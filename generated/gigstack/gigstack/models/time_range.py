from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="TimeRange")


@_attrs_define
class TimeRange:
    """A time range in unix seconds, sent as a deepObject query parameter: `created[gte]=…&created[lte]=…`.

    Attributes:
        gte (int | Unset): At or after this unix time (seconds). Example: 1704067200.
        lte (int | Unset): At or before this unix time (seconds). Example: 1735689599.
    """

    gte: int | Unset = UNSET
    lte: int | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        gte = self.gte

        lte = self.lte

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if gte is not UNSET:
            field_dict["gte"] = gte
        if lte is not UNSET:
            field_dict["lte"] = lte

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        gte = d.pop("gte", UNSET)

        lte = d.pop("lte", UNSET)

        time_range = cls(
            gte=gte,
            lte=lte,
        )

        return time_range
