from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.support_document import SupportDocument


T = TypeVar("T", bound="DocumentPage")


@_attrs_define
class DocumentPage:
    """A page of documents. Pass `next_cursor` back as `cursor` while `has_more` is true, even after
    an empty page: `limit` counts the documents examined, not the ones returned.

        Attributes:
            data (list[None | SupportDocument] | Unset):
            has_more (bool | Unset):
            next_cursor (None | str | Unset):  Example: opaque_page_3Kz8.
    """

    data: list[None | SupportDocument] | Unset = UNSET
    has_more: bool | Unset = UNSET
    next_cursor: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        data: list[dict[str, Any] | None] | Unset = UNSET
        if not isinstance(self.data, Unset):
            data = []
            for data_item_data in self.data:
                data_item: dict[str, Any] | None
                if isinstance(data_item_data, SupportDocument):
                    data_item = data_item_data.to_dict()
                else:
                    data_item = data_item_data
                data.append(data_item)

        has_more = self.has_more

        next_cursor: None | str | Unset
        if isinstance(self.next_cursor, Unset):
            next_cursor = UNSET
        else:
            next_cursor = self.next_cursor

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if data is not UNSET:
            field_dict["data"] = data
        if has_more is not UNSET:
            field_dict["has_more"] = has_more
        if next_cursor is not UNSET:
            field_dict["next_cursor"] = next_cursor

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _data = d.pop("data", UNSET)
        data: list[None | SupportDocument] | Unset = UNSET
        if _data is not UNSET:
            data = []
            for data_item_data in _data:
                data_item_data = data_item_data
                data_item: None | SupportDocument
                if not isinstance(data_item_data, dict):
                    data_item = cast(None | SupportDocument, data_item_data)
                else:
                    try:
                        data_item_type_0 = SupportDocument.from_dict(data_item_data)

                        data_item = data_item_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        data_item = cast(None | SupportDocument, data_item_data)

                data.append(data_item)

        has_more = d.pop("has_more", UNSET)

        next_cursor: None | str | Unset = d.pop("next_cursor", UNSET)

        document_page = cls(
            data=data,
            has_more=has_more,
            next_cursor=next_cursor,
        )

        document_page.additional_properties = d
        return document_page

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
