from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PaymentLinkHistoryFileContent")


@_attrs_define
class PaymentLinkHistoryFileContent:
    """An existing PDF or XML file, base64-encoded in `content`.

    Attributes:
        content (None | str | Unset): The file, base64-encoded.
        file_type (None | str | Unset): `pdf` or `xml`. Example: pdf.
        content_type (None | str | Unset):  Example: application/pdf.
    """

    content: None | str | Unset = UNSET
    file_type: None | str | Unset = UNSET
    content_type: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        content: None | str | Unset
        if isinstance(self.content, Unset):
            content = UNSET
        else:
            content = self.content

        file_type: None | str | Unset
        if isinstance(self.file_type, Unset):
            file_type = UNSET
        else:
            file_type = self.file_type

        content_type: None | str | Unset
        if isinstance(self.content_type, Unset):
            content_type = UNSET
        else:
            content_type = self.content_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if content is not UNSET:
            field_dict["content"] = content
        if file_type is not UNSET:
            field_dict["file_type"] = file_type
        if content_type is not UNSET:
            field_dict["content_type"] = content_type

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        content: None | str | Unset = d.pop("content", UNSET)

        file_type: None | str | Unset = d.pop("file_type", UNSET)

        content_type: None | str | Unset = d.pop("content_type", UNSET)

        payment_link_history_file_content = cls(
            content=content,
            file_type=file_type,
            content_type=content_type,
        )

        payment_link_history_file_content.additional_properties = d
        return payment_link_history_file_content

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
