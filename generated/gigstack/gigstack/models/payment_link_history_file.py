from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.payment_link_history_file_content import PaymentLinkHistoryFileContent


T = TypeVar("T", bound="PaymentLinkHistoryFile")


@_attrs_define
class PaymentLinkHistoryFile:
    """A historical invoice's or receipt's file; it is never generated on demand (`available` false when missing).

    Attributes:
        resource_type (None | str | Unset):  Example: invoices.
        resource_id (None | str | Unset):  Example: invoice_Yp4kD8sR2tWu.
        team_id (None | str | Unset):  Example: team_3LpXc9VbQ2.
        livemode (bool | None | Unset):
        storage_project_id (None | str | Unset):
        available (bool | None | Unset):
        file (None | PaymentLinkHistoryFileContent | Unset):
    """

    resource_type: None | str | Unset = UNSET
    resource_id: None | str | Unset = UNSET
    team_id: None | str | Unset = UNSET
    livemode: bool | None | Unset = UNSET
    storage_project_id: None | str | Unset = UNSET
    available: bool | None | Unset = UNSET
    file: None | PaymentLinkHistoryFileContent | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        resource_type: None | str | Unset
        if isinstance(self.resource_type, Unset):
            resource_type = UNSET
        else:
            resource_type = self.resource_type

        resource_id: None | str | Unset
        if isinstance(self.resource_id, Unset):
            resource_id = UNSET
        else:
            resource_id = self.resource_id

        team_id: None | str | Unset
        if isinstance(self.team_id, Unset):
            team_id = UNSET
        else:
            team_id = self.team_id

        livemode: bool | None | Unset
        if isinstance(self.livemode, Unset):
            livemode = UNSET
        else:
            livemode = self.livemode

        storage_project_id: None | str | Unset
        if isinstance(self.storage_project_id, Unset):
            storage_project_id = UNSET
        else:
            storage_project_id = self.storage_project_id

        available: bool | None | Unset
        if isinstance(self.available, Unset):
            available = UNSET
        else:
            available = self.available

        file: dict[str, Any] | None | Unset
        if isinstance(self.file, Unset):
            file = UNSET
        elif isinstance(self.file, PaymentLinkHistoryFileContent):
            file = self.file.to_dict()
        else:
            file = self.file

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if resource_type is not UNSET:
            field_dict["resource_type"] = resource_type
        if resource_id is not UNSET:
            field_dict["resource_id"] = resource_id
        if team_id is not UNSET:
            field_dict["team_id"] = team_id
        if livemode is not UNSET:
            field_dict["livemode"] = livemode
        if storage_project_id is not UNSET:
            field_dict["storage_project_id"] = storage_project_id
        if available is not UNSET:
            field_dict["available"] = available
        if file is not UNSET:
            field_dict["file"] = file

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        resource_type: None | str | Unset = d.pop("resource_type", UNSET)

        resource_id: None | str | Unset = d.pop("resource_id", UNSET)

        team_id: None | str | Unset = d.pop("team_id", UNSET)

        livemode: bool | None | Unset = d.pop("livemode", UNSET)

        storage_project_id: None | str | Unset = d.pop("storage_project_id", UNSET)

        available: bool | None | Unset = d.pop("available", UNSET)

        file_data = d.pop("file", UNSET)
        file: None | PaymentLinkHistoryFileContent | Unset
        if not isinstance(file_data, dict):
            file = cast(None | PaymentLinkHistoryFileContent | Unset, file_data)
        else:
            try:
                file_type_0 = PaymentLinkHistoryFileContent.from_dict(file_data)

                file = file_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                file = cast(None | PaymentLinkHistoryFileContent | Unset, file_data)

        payment_link_history_file = cls(
            resource_type=resource_type,
            resource_id=resource_id,
            team_id=team_id,
            livemode=livemode,
            storage_project_id=storage_project_id,
            available=available,
            file=file,
        )

        payment_link_history_file.additional_properties = d
        return payment_link_history_file

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


from ..models.payment_link_history_file_content import PaymentLinkHistoryFileContent  # noqa: E402
