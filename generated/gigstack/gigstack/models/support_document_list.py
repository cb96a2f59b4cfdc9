from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.support_document import SupportDocument


T = TypeVar("T", bound="SupportDocumentList")


@_attrs_define
class SupportDocumentList:
    """The support documents of an object. This list is not paginated.

    Attributes:
        data (list[SupportDocument]):
        message (str | Unset):  Example: Operation completed successfully.
        success (bool | Unset):
        timestamp (int | str | Unset):
    """

    data: list[SupportDocument]
    message: str | Unset = UNSET
    success: bool | Unset = UNSET
    timestamp: int | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        data = []
        for data_item_data in self.data:
            data_item = data_item_data.to_dict()
            data.append(data_item)

        message = self.message

        success = self.success

        timestamp: int | str | Unset
        if isinstance(self.timestamp, Unset):
            timestamp = UNSET
        else:
            timestamp = self.timestamp

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "data": data,
            }
        )
        if message is not UNSET:
            field_dict["message"] = message
        if success is not UNSET:
            field_dict["success"] = success
        if timestamp is not UNSET:
            field_dict["timestamp"] = timestamp

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        data = []
        _data = d.pop("data")
        for data_item_data in _data:
            data_item = SupportDocument.from_dict(data_item_data)

            data.append(data_item)

        message = d.pop("message", UNSET)

        success = d.pop("success", UNSET)

        timestamp: int | str | Unset = d.pop("timestamp", UNSET)

        support_document_list = cls(
            data=data,
            message=message,
            success=success,
            timestamp=timestamp,
        )

        support_document_list.additional_properties = d
        return support_document_list

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


from ..models.support_document import SupportDocument  # noqa: E402
