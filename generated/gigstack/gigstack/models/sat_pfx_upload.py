from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="SatPfxUpload")


@_attrs_define
class SatPfxUpload:
    """The taxpayer's e.firma as one PKCS#12 (PFX) file, base64-encoded, with its password.

    Attributes:
        pfx (str): The PFX file, base64-encoded. It holds the private key, so it is left out of the model's repr().
        pfx_password (str): Password of the PFX. Left out of the model's repr().
    """

    pfx: str = _attrs_field(repr=False)
    pfx_password: str = _attrs_field(repr=False)
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        pfx = self.pfx

        pfx_password = self.pfx_password

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "pfx": pfx,
                "pfx_password": pfx_password,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        pfx = d.pop("pfx")

        pfx_password = d.pop("pfx_password")

        sat_pfx_upload = cls(
            pfx=pfx,
            pfx_password=pfx_password,
        )

        sat_pfx_upload.additional_properties = d
        return sat_pfx_upload

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
