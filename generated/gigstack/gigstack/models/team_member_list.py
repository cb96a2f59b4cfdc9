from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.team_member import TeamMember


T = TypeVar("T", bound="TeamMemberList")


@_attrs_define
class TeamMemberList:
    """The members of a team. Not paginated.

    Attributes:
        data (list[None | TeamMember]):
        message (str | Unset):  Example: Operation completed successfully.
        success (bool | Unset):
        timestamp (int | str | Unset):
    """

    data: list[None | TeamMember]
    message: str | Unset = UNSET
    success: bool | Unset = UNSET
    timestamp: int | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        data = []
        for data_item_data in self.data:
            data_item: dict[str, Any] | None
            if isinstance(data_item_data, TeamMember):
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
            data_item_data = data_item_data
            data_item: None | TeamMember
            if not isinstance(data_item_data, dict):
                data_item = cast(None | TeamMember, data_item_data)
            else:
                try:
                    data_item_type_0 = TeamMember.from_dict(data_item_data)

                    data_item = data_item_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    data_item = cast(None | TeamMember, data_item_data)

            data.append(data_item)

        message = d.pop("message", UNSET)

        success = d.pop("success", UNSET)

        timestamp: int | str | Unset = d.pop("timestamp", UNSET)

        team_member_list = cls(
            data=data,
            message=message,
            success=success,
            timestamp=timestamp,
        )

        team_member_list.additional_properties = d
        return team_member_list

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


from ..models.team_member import TeamMember  # noqa: E402
