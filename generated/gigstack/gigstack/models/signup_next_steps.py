from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SignupNextSteps")


@_attrs_define
class SignupNextSteps:
    """What the new account still needs before it can stamp CFDI.

    Attributes:
        fiel_upload_url (None | str | Unset): The call that uploads the FIEL. Example: POST /v2/teams/{team_id}/sat-
            connection.
        manifest_sign_url (None | str | Unset): The call that signs the manifest. Example: POST
            /v2/teams/{team_id}/manifest/sign.
        note (None | str | Unset):
    """

    fiel_upload_url: None | str | Unset = UNSET
    manifest_sign_url: None | str | Unset = UNSET
    note: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        fiel_upload_url: None | str | Unset
        if isinstance(self.fiel_upload_url, Unset):
            fiel_upload_url = UNSET
        else:
            fiel_upload_url = self.fiel_upload_url

        manifest_sign_url: None | str | Unset
        if isinstance(self.manifest_sign_url, Unset):
            manifest_sign_url = UNSET
        else:
            manifest_sign_url = self.manifest_sign_url

        note: None | str | Unset
        if isinstance(self.note, Unset):
            note = UNSET
        else:
            note = self.note

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if fiel_upload_url is not UNSET:
            field_dict["fiel_upload_url"] = fiel_upload_url
        if manifest_sign_url is not UNSET:
            field_dict["manifest_sign_url"] = manifest_sign_url
        if note is not UNSET:
            field_dict["note"] = note

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        fiel_upload_url: None | str | Unset = d.pop("fiel_upload_url", UNSET)

        manifest_sign_url: None | str | Unset = d.pop("manifest_sign_url", UNSET)

        note: None | str | Unset = d.pop("note", UNSET)

        signup_next_steps = cls(
            fiel_upload_url=fiel_upload_url,
            manifest_sign_url=manifest_sign_url,
            note=note,
        )

        signup_next_steps.additional_properties = d
        return signup_next_steps

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
