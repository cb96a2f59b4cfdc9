from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.api_log import ApiLog


T = TypeVar("T", bound="ApiLogPage")


@_attrs_define
class ApiLogPage:
    """A page of API logs. `limit` counts the records examined (`scanned_count`), so an empty page
    can still have more: pass `next_cursor` back as `cursor` while `has_more` is true.

        Attributes:
            data (list[ApiLog | None]):
            message (str | Unset):  Example: Operation completed successfully.
            success (bool | Unset):
            timestamp (int | str | Unset):
            has_more (bool | Unset):
            next_cursor (None | str | Unset):  Example: opaque_cursor_5Tz3.
            scanned_count (int | None | Unset):  Example: 50.
            livemode (bool | None | Unset):
    """

    data: list[ApiLog | None]
    message: str | Unset = UNSET
    success: bool | Unset = UNSET
    timestamp: int | str | Unset = UNSET
    has_more: bool | Unset = UNSET
    next_cursor: None | str | Unset = UNSET
    scanned_count: int | None | Unset = UNSET
    livemode: bool | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        data = []
        for data_item_data in self.data:
            data_item: dict[str, Any] | None
            if isinstance(data_item_data, ApiLog):
                data_item = data_item_data.to_dict()
            else:
                data_item = data_item_data
            data.append(data_item)

        message = self.message

        success = self.success

        timestamp: int | str | Unset
        if isinstance(self.timestamp, Unset):
            timestamp = UNSET
        else:
            timestamp = self.timestamp

        has_more = self.has_more

        next_cursor: None | str | Unset
        if isinstance(self.next_cursor, Unset):
            next_cursor = UNSET
        else:
            next_cursor = self.next_cursor

        scanned_count: int | None | Unset
        if isinstance(self.scanned_count, Unset):
            scanned_count = UNSET
        else:
            scanned_count = self.scanned_count

        livemode: bool | None | Unset
        if isinstance(self.livemode, Unset):
            livemode = UNSET
        else:
            livemode = self.livemode

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
        if has_more is not UNSET:
            field_dict["has_more"] = has_more
        if next_cursor is not UNSET:
            field_dict["next_cursor"] = next_cursor
        if scanned_count is not UNSET:
            field_dict["scanned_count"] = scanned_count
        if livemode is not UNSET:
            field_dict["livemode"] = livemode

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        data = []
        _data = d.pop("data")
        for data_item_data in _data:
            data_item_data = data_item_data
            data_item: ApiLog | None
            if not isinstance(data_item_data, dict):
                data_item = cast(ApiLog | None, data_item_data)
            else:
                try:
                    data_item_type_0 = ApiLog.from_dict(data_item_data)

                    data_item = data_item_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    data_item = cast(ApiLog | None, data_item_data)

            data.append(data_item)

        message = d.pop("message", UNSET)

        success = d.pop("success", UNSET)

        timestamp: int | str | Unset = d.pop("timestamp", UNSET)

        has_more = d.pop("has_more", UNSET)

        next_cursor: None | str | Unset = d.pop("next_cursor", UNSET)

        scanned_count: int | None | Unset = d.pop("scanned_count", UNSET)

        livemode: bool | None | Unset = d.pop("livemode", UNSET)

        api_log_page = cls(
            data=data,
            message=message,
            success=success,
            timestamp=timestamp,
            has_more=has_more,
            next_cursor=next_cursor,
            scanned_count=scanned_count,
            livemode=livemode,
        )

        api_log_page.additional_properties = d
        return api_log_page

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


from ..models.api_log import ApiLog  # noqa: E402
