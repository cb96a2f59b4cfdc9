from __future__ import annotations

from collections.abc import Mapping
from io import BytesIO
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..types import File

T = TypeVar("T", bound="TeamSatConnectionUpload")


@_attrs_define
class TeamSatConnectionUpload:
    """The SAT credentials that connect a team to the SAT (multipart/form-data), with the part names
    gigstack's CLI sends: the certificate as `cert`, the private key as `key` and the key's
    password as `keyPass` (camelCase). gigstack's docs call this step the FIEL upload; the CLI's
    help calls the files the CSD (.cer/.key). The e.firma (FIEL) for the SAT bulk download goes
    to `POST /invoices/download/fiel` or `POST /invoices/download/pfx` instead.

        Attributes:
            cert (File): The certificate (.cer).
            key (File): The private key (.key) of the certificate.
            key_pass (str): Password of the private key (note the camelCase part name). Left out of the model's repr().
    """

    cert: File
    key: File
    key_pass: str = _attrs_field(repr=False)
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        cert = self.cert.to_tuple()

        key = self.key.to_tuple()

        key_pass = self.key_pass

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "cert": cert,
                "key": key,
                "keyPass": key_pass,
            }
        )

        return field_dict

    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []

        files.append(("cert", self.cert.to_tuple()))

        files.append(("key", self.key.to_tuple()))

        files.append(("keyPass", (None, str(self.key_pass).encode(), "text/plain")))

        for prop_name, prop in self.additional_properties.items():
            files.append((prop_name, (None, str(prop).encode(), "text/plain")))

        return files

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        cert = File(payload=BytesIO(d.pop("cert")))

        key = File(payload=BytesIO(d.pop("key")))

        key_pass = d.pop("keyPass")

        team_sat_connection_upload = cls(
            cert=cert,
            key=key,
            key_pass=key_pass,
        )

        team_sat_connection_upload.additional_properties = d
        return team_sat_connection_upload

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
