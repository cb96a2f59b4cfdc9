from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.webhook import Webhook


T = TypeVar("T", bound="WebhookList")


@_attrs_define
class WebhookList:
    """A page of webhooks. gigstack's CLI pages this list with `cursor` and reads `next_cursor`; an
    empty page can still have `has_more`.

        Attributes:
            data (list[None | Webhook]):
            message (str | Unset):  Example: Clients retrieved successfully.
            next_ (None | str | Unset): Cursor of the next page. Example: client_0987654321.
            has_more (bool | Unset): Whether another page follows.
            total_results (int | None | Unset): Number of results across all pages.
            next_cursor (None | str | Unset): Cursor of the next page (send it as `cursor`). Example: opaque_cursor_8Kq2.
    """

    data: list[None | Webhook]
    message: str | Unset = UNSET
    next_: None | str | Unset = UNSET
    has_more: bool | Unset = UNSET
    total_results: int | None | Unset = UNSET
    next_cursor: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        data = []
        for data_item_data in self.data:
            data_item: dict[str, Any] | None
            if isinstance(data_item_data, Webhook):
                data_item = data_item_data.to_dict()
            else:
                data_item = data_item_data
            data.append(data_item)

        message = self.message

        next_: None | str | Unset
        if isinstance(self.next_, Unset):
            next_ = UNSET
        else:
            next_ = self.next_

        has_more = self.has_more

        total_results: int | None | Unset
        if isinstance(self.total_results, Unset):
            total_results = UNSET
        else:
            total_results = self.total_results

        next_cursor: None | str | Unset
        if isinstance(self.next_cursor, Unset):
            next_cursor = UNSET
        else:
            next_cursor = self.next_cursor

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "data": data,
            }
        )
        if message is not UNSET:
            field_dict["message"] = message
        if next_ is not UNSET:
            field_dict["next"] = next_
        if has_more is not UNSET:
            field_dict["has_more"] = has_more
        if total_results is not UNSET:
            field_dict["total_results"] = total_results
        if next_cursor is not UNSET:
            field_dict["next_cursor"] = next_cursor

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        data = []
        _data = d.pop("data")
        for data_item_data in _data:
            data_item_data = data_item_data
            data_item: None | Webhook
            if not isinstance(data_item_data, dict):
                data_item = cast(None | Webhook, data_item_data)
            else:
                try:
                    data_item_type_0 = Webhook.from_dict(data_item_data)

                    data_item = data_item_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    data_item = cast(None | Webhook, data_item_data)

            data.append(data_item)

        message = d.pop("message", UNSET)

        next_: None | str | Unset = d.pop("next", UNSET)

        has_more = d.pop("has_more", UNSET)

        total_results: int | None | Unset = d.pop("total_results", UNSET)

        next_cursor: None | str | Unset = d.pop("next_cursor", UNSET)

        webhook_list = cls(
            data=data,
            message=message,
            next_=next_,
            has_more=has_more,
            total_results=total_results,
            next_cursor=next_cursor,
        )

        webhook_list.additional_properties = d
        return webhook_list

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


from ..models.webhook import Webhook  # noqa: E402
