from __future__ import annotations

from collections.abc import Mapping
from io import BytesIO
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..types import UNSET, File, Unset

T = TypeVar("T", bound="SatFielUpload")


@_attrs_define
class SatFielUpload:
    """The taxpayer's e.firma (FIEL) for Descarga Masiva (multipart/form-data), with the part names
    gigstack's CLI sends: `cert`, `key`, `password` (not `keyPass`, which the team's SAT
    connection uses) and an optional `phone`.

        Attributes:
            cert (File): The e.firma certificate (.cer).
            key (File): The e.firma private key (.key).
            password (str): Password of the private key. Left out of the model's repr().
            phone (str | Unset): Contact phone for the registration, in international format. Example: +525512345678.
    """

    cert: File
    key: File
    password: str = _attrs_field(repr=False)
    phone: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        cert = self.cert.to_tuple()

        key = self.key.to_tuple()

        password = self.password

        phone = self.phone

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "cert": cert,
                "key": key,
                "password": password,
            }
        )
        if phone is not UNSET:
            field_dict["phone"] = phone

        return field_dict

    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []

        files.append(("cert", self.cert.to_tuple()))

        files.append(("key", self.key.to_tuple()))

        files.append(("password", (None, str(self.password).encode(), "text/plain")))

        if not isinstance(self.phone, Unset):
            files.append(("phone", (None, str(self.phone).encode(), "text/plain")))

        for prop_name, prop in self.additional_properties.items():
            files.append((prop_name, (None, str(prop).encode(), "text/plain")))

        return files

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        cert = File(payload=BytesIO(d.pop("cert")))

        key = File(payload=BytesIO(d.pop("key")))

        password = d.pop("password")

        phone = d.pop("phone", UNSET)

        sat_fiel_upload = cls(
            cert=cert,
            key=key,
            password=password,
            phone=phone,
        )

        sat_fiel_upload.additional_properties = d
        return sat_fiel_upload

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
