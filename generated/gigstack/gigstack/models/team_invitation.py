from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.team_invitation_delivery import TeamInvitationDelivery


T = TypeVar("T", bound="TeamInvitation")


@_attrs_define
class TeamInvitation:
    """An invitation to join a team (or a billing account). Timestamps are unix milliseconds.

    Attributes:
        id (str):  Example: inv_8Rt2Lq5Wz1.
        email (None | str | Unset):  Example: contadora@kemper.example.mx.
        role (None | str | Unset): `admin`, `editor` or `viewer`. Example: editor.
        team_id (None | str | Unset):  Example: team_3LpXc9VbQ2.
        type_ (None | str | Unset): `team` or `billingAccount`. Example: team.
        billing_account_id (None | str | Unset):  Example: ba_1234567890.
        approval_required (bool | None | Unset):
        status (None | str | Unset):  Example: pending.
        created_at (float | None | Unset):
        expires_at (float | None | Unset):
        created_by (None | str | Unset):  Example: user_Jd82kLq0Pz.
        delivery (None | TeamInvitationDelivery | Unset):
    """

    id: str
    email: None | str | Unset = UNSET
    role: None | str | Unset = UNSET
    team_id: None | str | Unset = UNSET
    type_: None | str | Unset = UNSET
    billing_account_id: None | str | Unset = UNSET
    approval_required: bool | None | Unset = UNSET
    status: None | str | Unset = UNSET
    created_at: float | None | Unset = UNSET
    expires_at: float | None | Unset = UNSET
    created_by: None | str | Unset = UNSET
    delivery: None | TeamInvitationDelivery | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        email: None | str | Unset
        if isinstance(self.email, Unset):
            email = UNSET
        else:
            email = self.email

        role: None | str | Unset
        if isinstance(self.role, Unset):
            role = UNSET
        else:
            role = self.role

        team_id: None | str | Unset
        if isinstance(self.team_id, Unset):
            team_id = UNSET
        else:
            team_id = self.team_id

        type_: None | str | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        else:
            type_ = self.type_

        billing_account_id: None | str | Unset
        if isinstance(self.billing_account_id, Unset):
            billing_account_id = UNSET
        else:
            billing_account_id = self.billing_account_id

        approval_required: bool | None | Unset
        if isinstance(self.approval_required, Unset):
            approval_required = UNSET
        else:
            approval_required = self.approval_required

        status: None | str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        else:
            status = self.status

        created_at: float | None | Unset
        if isinstance(self.created_at, Unset):
            created_at = UNSET
        else:
            created_at = self.created_at

        expires_at: float | None | Unset
        if isinstance(self.expires_at, Unset):
            expires_at = UNSET
        else:
            expires_at = self.expires_at

        created_by: None | str | Unset
        if isinstance(self.created_by, Unset):
            created_by = UNSET
        else:
            created_by = self.created_by

        delivery: dict[str, Any] | None | Unset
        if isinstance(self.delivery, Unset):
            delivery = UNSET
        elif isinstance(self.delivery, TeamInvitationDelivery):
            delivery = self.delivery.to_dict()
        else:
            delivery = self.delivery

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if email is not UNSET:
            field_dict["email"] = email
        if role is not UNSET:
            field_dict["role"] = role
        if team_id is not UNSET:
            field_dict["team_id"] = team_id
        if type_ is not UNSET:
            field_dict["type"] = type_
        if billing_account_id is not UNSET:
            field_dict["billing_account_id"] = billing_account_id
        if approval_required is not UNSET:
            field_dict["approval_required"] = approval_required
        if status is not UNSET:
            field_dict["status"] = status
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if expires_at is not UNSET:
            field_dict["expires_at"] = expires_at
        if created_by is not UNSET:
            field_dict["created_by"] = created_by
        if delivery is not UNSET:
            field_dict["delivery"] = delivery

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        email: None | str | Unset = d.pop("email", UNSET)

        role: None | str | Unset = d.pop("role", UNSET)

        team_id: None | str | Unset = d.pop("team_id", UNSET)

        type_: None | str | Unset = d.pop("type", UNSET)

        billing_account_id: None | str | Unset = d.pop("billing_account_id", UNSET)

        approval_required: bool | None | Unset = d.pop("approval_required", UNSET)

        status: None | str | Unset = d.pop("status", UNSET)

        created_at: float | None | Unset = d.pop("created_at", UNSET)

        expires_at: float | None | Unset = d.pop("expires_at", UNSET)

        created_by: None | str | Unset = d.pop("created_by", UNSET)

        delivery_data = d.pop("delivery", UNSET)
        delivery: None | TeamInvitationDelivery | Unset
        if not isinstance(delivery_data, dict):
            delivery = cast(None | TeamInvitationDelivery | Unset, delivery_data)
        else:
            try:
                delivery_type_0 = TeamInvitationDelivery.from_dict(delivery_data)

                delivery = delivery_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                delivery = cast(None | TeamInvitationDelivery | Unset, delivery_data)

        team_invitation = cls(
            id=id,
            email=email,
            role=role,
            team_id=team_id,
            type_=type_,
            billing_account_id=billing_account_id,
            approval_required=approval_required,
            status=status,
            created_at=created_at,
            expires_at=expires_at,
            created_by=created_by,
            delivery=delivery,
        )

        team_invitation.additional_properties = d
        return team_invitation

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


from ..models.team_invitation_delivery import TeamInvitationDelivery  # noqa: E402
