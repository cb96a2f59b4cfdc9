from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.metadata import Metadata


T = TypeVar("T", bound="ErrorDetail")


@_attrs_define
class ErrorDetail:
    """Structured error information, as newer endpoints return it.

    Attributes:
        code (str | Unset): Stable machine-readable code, such as `validation_failed`. Example: validation_failed.
        message (str | Unset):  Example: The request body is not valid.
        details (list[Metadata | str] | str | Unset): What failed; a sentence, or a list of field problems.
    """

    code: str | Unset = UNSET
    message: str | Unset = UNSET
    details: list[Metadata | str] | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        message = self.message

        details: list[dict[str, Any] | str] | str | Unset
        if isinstance(self.details, Unset):
            details = UNSET
        elif isinstance(self.details, list):
            details = []
            for details_type_1_item_data in self.details:
                details_type_1_item: dict[str, Any] | str
                if isinstance(details_type_1_item_data, Metadata):
                    details_type_1_item = details_type_1_item_data.to_dict()
                else:
                    details_type_1_item = details_type_1_item_data
                details.append(details_type_1_item)

        else:
            details = self.details

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if code is not UNSET:
            field_dict["code"] = code
        if message is not UNSET:
            field_dict["message"] = message
        if details is not UNSET:
            field_dict["details"] = details

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        code = d.pop("code", UNSET)

        message = d.pop("message", UNSET)

        details_data = d.pop("details", UNSET)
        details: list[Metadata | str] | str | Unset
        if not isinstance(details_data, list):
            details = cast(list[Metadata | str] | str | Unset, details_data)
        else:
            try:
                details_type_1 = []
                _details_type_1 = details_data
                for details_type_1_item_data in _details_type_1:
                    details_type_1_item_data = details_type_1_item_data
                    details_type_1_item: Metadata | str
                    if not isinstance(details_type_1_item_data, dict):
                        details_type_1_item = cast(Metadata | str, details_type_1_item_data)
                    else:
                        try:
                            details_type_1_item_type_1 = Metadata.from_dict(details_type_1_item_data)

                            details_type_1_item = details_type_1_item_type_1
                        except (TypeError, ValueError, AttributeError, KeyError):
                            details_type_1_item = cast(Metadata | str, details_type_1_item_data)

                    details_type_1.append(details_type_1_item)

                details = details_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                details = cast(list[Metadata | str] | str | Unset, details_data)

        error_detail = cls(
            code=code,
            message=message,
            details=details,
        )

        error_detail.additional_properties = d
        return error_detail

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


from ..models.metadata import Metadata  # noqa: E402
