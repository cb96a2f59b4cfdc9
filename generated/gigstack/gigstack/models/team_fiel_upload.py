from __future__ import annotations

from collections.abc import Mapping
from io import BytesIO
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..types import File

T = TypeVar("T", bound="TeamFielUpload")


@_attrs_define
class TeamFielUpload:
    """The FIEL (e.firma) of the team's taxpayer, used to authenticate with the SAT for the bulk
    download of invoices and to sign the manifest (multipart/form-data). It is not the CSD.

        Attributes:
            cer (File): The FIEL certificate (.cer).
            key (File): The FIEL private key (.key).
            password (str): Password of the FIEL private key. Left out of the model's repr().
    """

    cer: File
    key: File
    password: str = _attrs_field(repr=False)
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        cer = self.cer.to_tuple()

        key = self.key.to_tuple()

        password = self.password

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "cer": cer,
                "key": key,
                "password": password,
            }
        )

        return field_dict

    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []

        files.append(("cer", self.cer.to_tuple()))

        files.append(("key", self.key.to_tuple()))

        files.append(("password", (None, str(self.password).encode(), "text/plain")))

        for prop_name, prop in self.additional_properties.items():
            files.append((prop_name, (None, str(prop).encode(), "text/plain")))

        return files

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        cer = File(payload=BytesIO(d.pop("cer")))

        key = File(payload=BytesIO(d.pop("key")))

        password = d.pop("password")

        team_fiel_upload = cls(
            cer=cer,
            key=key,
            password=password,
        )

        team_fiel_upload.additional_properties = d
        return team_fiel_upload

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
