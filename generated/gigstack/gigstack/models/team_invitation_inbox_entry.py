from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.team_invitation_inbox_team import TeamInvitationInboxTeam


T = TypeVar("T", bound="TeamInvitationInboxEntry")


@_attrs_define
class TeamInvitationInboxEntry:
    """A pending invitation addressed to the email of the identity behind the credential. The
    fields are camelCase as sent (`rol` is the API's spelling of the role). `token` lets its
    holder accept the invitation: it is a secret, left out of the model's repr(). `expiring`
    and `timestamp` are unix milliseconds.

        Attributes:
            id (str):  Example: inv_8Rt2Lq5Wz1.
            email (None | str | Unset):  Example: contadora@kemper.example.mx.
            email_owner (None | str | Unset):
            rol (None | str | Unset):  Example: viewer.
            status (None | str | Unset):  Example: pending.
            accepted (bool | None | Unset):
            type_ (None | str | Unset):  Example: team.
            expiring (float | None | Unset):  Example: 2100000000000.
            timestamp (float | None | Unset):
            team_id (None | str | Unset):  Example: team_3LpXc9VbQ2.
            team_name (None | str | Unset):  Example: Escuela Kemper.
            billing_id (None | str | Unset):  Example: ba_1234567890.
            billing_name (None | str | Unset):
            approval_required (bool | None | Unset):
            team (None | TeamInvitationInboxTeam | Unset):
            token (None | str | Unset):
            approval_id (None | str | Unset):
    """

    id: str
    email: None | str | Unset = UNSET
    email_owner: None | str | Unset = UNSET
    rol: None | str | Unset = UNSET
    status: None | str | Unset = UNSET
    accepted: bool | None | Unset = UNSET
    type_: None | str | Unset = UNSET
    expiring: float | None | Unset = UNSET
    timestamp: float | None | Unset = UNSET
    team_id: None | str | Unset = UNSET
    team_name: None | str | Unset = UNSET
    billing_id: None | str | Unset = UNSET
    billing_name: None | str | Unset = UNSET
    approval_required: bool | None | Unset = UNSET
    team: None | TeamInvitationInboxTeam | Unset = UNSET
    token: None | str | Unset = _attrs_field(default=UNSET, repr=False)
    approval_id: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        email: None | str | Unset
        if isinstance(self.email, Unset):
            email = UNSET
        else:
            email = self.email

        email_owner: None | str | Unset
        if isinstance(self.email_owner, Unset):
            email_owner = UNSET
        else:
            email_owner = self.email_owner

        rol: None | str | Unset
        if isinstance(self.rol, Unset):
            rol = UNSET
        else:
            rol = self.rol

        status: None | str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        else:
            status = self.status

        accepted: bool | None | Unset
        if isinstance(self.accepted, Unset):
            accepted = UNSET
        else:
            accepted = self.accepted

        type_: None | str | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        else:
            type_ = self.type_

        expiring: float | None | Unset
        if isinstance(self.expiring, Unset):
            expiring = UNSET
        else:
            expiring = self.expiring

        timestamp: float | None | Unset
        if isinstance(self.timestamp, Unset):
            timestamp = UNSET
        else:
            timestamp = self.timestamp

        team_id: None | str | Unset
        if isinstance(self.team_id, Unset):
            team_id = UNSET
        else:
            team_id = self.team_id

        team_name: None | str | Unset
        if isinstance(self.team_name, Unset):
            team_name = UNSET
        else:
            team_name = self.team_name

        billing_id: None | str | Unset
        if isinstance(self.billing_id, Unset):
            billing_id = UNSET
        else:
            billing_id = self.billing_id

        billing_name: None | str | Unset
        if isinstance(self.billing_name, Unset):
            billing_name = UNSET
        else:
            billing_name = self.billing_name

        approval_required: bool | None | Unset
        if isinstance(self.approval_required, Unset):
            approval_required = UNSET
        else:
            approval_required = self.approval_required

        team: dict[str, Any] | None | Unset
        if isinstance(self.team, Unset):
            team = UNSET
        elif isinstance(self.team, TeamInvitationInboxTeam):
            team = self.team.to_dict()
        else:
            team = self.team

        token: None | str | Unset
        if isinstance(self.token, Unset):
            token = UNSET
        else:
            token = self.token

        approval_id: None | str | Unset
        if isinstance(self.approval_id, Unset):
            approval_id = UNSET
        else:
            approval_id = self.approval_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if email is not UNSET:
            field_dict["email"] = email
        if email_owner is not UNSET:
            field_dict["emailOwner"] = email_owner
        if rol is not UNSET:
            field_dict["rol"] = rol
        if status is not UNSET:
            field_dict["status"] = status
        if accepted is not UNSET:
            field_dict["accepted"] = accepted
        if type_ is not UNSET:
            field_dict["type"] = type_
        if expiring is not UNSET:
            field_dict["expiring"] = expiring
        if timestamp is not UNSET:
            field_dict["timestamp"] = timestamp
        if team_id is not UNSET:
            field_dict["teamId"] = team_id
        if team_name is not UNSET:
            field_dict["teamName"] = team_name
        if billing_id is not UNSET:
            field_dict["billingId"] = billing_id
        if billing_name is not UNSET:
            field_dict["billingName"] = billing_name
        if approval_required is not UNSET:
            field_dict["approval_required"] = approval_required
        if team is not UNSET:
            field_dict["team"] = team
        if token is not UNSET:
            field_dict["token"] = token
        if approval_id is not UNSET:
            field_dict["approvalId"] = approval_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        email: None | str | Unset = d.pop("email", UNSET)

        email_owner: None | str | Unset = d.pop("emailOwner", UNSET)

        rol: None | str | Unset = d.pop("rol", UNSET)

        status: None | str | Unset = d.pop("status", UNSET)

        accepted: bool | None | Unset = d.pop("accepted", UNSET)

        type_: None | str | Unset = d.pop("type", UNSET)

        expiring: float | None | Unset = d.pop("expiring", UNSET)

        timestamp: float | None | Unset = d.pop("timestamp", UNSET)

        team_id: None | str | Unset = d.pop("teamId", UNSET)

        team_name: None | str | Unset = d.pop("teamName", UNSET)

        billing_id: None | str | Unset = d.pop("billingId", UNSET)

        billing_name: None | str | Unset = d.pop("billingName", UNSET)

        approval_required: bool | None | Unset = d.pop("approval_required", UNSET)

        team_data = d.pop("team", UNSET)
        team: None | TeamInvitationInboxTeam | Unset
        if not isinstance(team_data, dict):
            team = cast(None | TeamInvitationInboxTeam | Unset, team_data)
        else:
            try:
                team_type_0 = TeamInvitationInboxTeam.from_dict(team_data)

                team = team_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                team = cast(None | TeamInvitationInboxTeam | Unset, team_data)

        token: None | str | Unset = d.pop("token", UNSET)

        approval_id: None | str | Unset = d.pop("approvalId", UNSET)

        team_invitation_inbox_entry = cls(
            id=id,
            email=email,
            email_owner=email_owner,
            rol=rol,
            status=status,
            accepted=accepted,
            type_=type_,
            expiring=expiring,
            timestamp=timestamp,
            team_id=team_id,
            team_name=team_name,
            billing_id=billing_id,
            billing_name=billing_name,
            approval_required=approval_required,
            team=team,
            token=token,
            approval_id=approval_id,
        )

        team_invitation_inbox_entry.additional_properties = d
        return team_invitation_inbox_entry

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


from ..models.team_invitation_inbox_team import TeamInvitationInboxTeam  # noqa: E402
