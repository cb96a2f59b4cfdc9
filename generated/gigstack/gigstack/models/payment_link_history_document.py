from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.open_object import OpenObject


T = TypeVar("T", bound="PaymentLinkHistoryDocument")


@_attrs_define
class PaymentLinkHistoryDocument:
    """An invoice or receipt made from a payment link's payment, as stored. The document's own
    fields (client, items, totals, `files` with links to its PDF and XML) are kept as they come.

        Attributes:
            resource_type (None | str | Unset): `invoices` or `receipts`. Example: invoices.
            resource_id (None | str | Unset):  Example: invoice_Yp4kD8sR2tWu.
            team_id (None | str | Unset):  Example: team_3LpXc9VbQ2.
            livemode (bool | None | Unset):
            storage_project_id (None | str | Unset):
            document (None | OpenObject | Unset):
            file_status (None | OpenObject | Unset): Whether the PDF and XML are `available`.
    """

    resource_type: None | str | Unset = UNSET
    resource_id: None | str | Unset = UNSET
    team_id: None | str | Unset = UNSET
    livemode: bool | None | Unset = UNSET
    storage_project_id: None | str | Unset = UNSET
    document: None | OpenObject | Unset = UNSET
    file_status: None | OpenObject | Unset = UNSET
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

        document: dict[str, Any] | None | Unset
        if isinstance(self.document, Unset):
            document = UNSET
        elif isinstance(self.document, OpenObject):
            document = self.document.to_dict()
        else:
            document = self.document

        file_status: dict[str, Any] | None | Unset
        if isinstance(self.file_status, Unset):
            file_status = UNSET
        elif isinstance(self.file_status, OpenObject):
            file_status = self.file_status.to_dict()
        else:
            file_status = self.file_status

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
        if document is not UNSET:
            field_dict["document"] = document
        if file_status is not UNSET:
            field_dict["file_status"] = file_status

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        resource_type: None | str | Unset = d.pop("resource_type", UNSET)

        resource_id: None | str | Unset = d.pop("resource_id", UNSET)

        team_id: None | str | Unset = d.pop("team_id", UNSET)

        livemode: bool | None | Unset = d.pop("livemode", UNSET)

        storage_project_id: None | str | Unset = d.pop("storage_project_id", UNSET)

        document_data = d.pop("document", UNSET)
        document: None | OpenObject | Unset
        if not isinstance(document_data, dict):
            document = cast(None | OpenObject | Unset, document_data)
        else:
            try:
                document_type_0 = OpenObject.from_dict(document_data)

                document = document_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                document = cast(None | OpenObject | Unset, document_data)

        file_status_data = d.pop("file_status", UNSET)
        file_status: None | OpenObject | Unset
        if not isinstance(file_status_data, dict):
            file_status = cast(None | OpenObject | Unset, file_status_data)
        else:
            try:
                file_status_type_0 = OpenObject.from_dict(file_status_data)

                file_status = file_status_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                file_status = cast(None | OpenObject | Unset, file_status_data)

        payment_link_history_document = cls(
            resource_type=resource_type,
            resource_id=resource_id,
            team_id=team_id,
            livemode=livemode,
            storage_project_id=storage_project_id,
            document=document,
            file_status=file_status,
        )

        payment_link_history_document.additional_properties = d
        return payment_link_history_document

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


from ..models.open_object import OpenObject  # noqa: E402
