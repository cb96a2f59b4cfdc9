from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SatDownloadPackage")


@_attrs_define
class SatDownloadPackage:
    """A ZIP package of CFDI XML from a completed download request, base64-encoded.

    Attributes:
        package_id (None | str | Unset):  Example: pkg_3Xn8Lq2Wm5.
        encoding (None | str | Unset): `base64`. Example: base64.
        content (None | str | Unset): The ZIP file, base64-encoded. Example: UEsDBBQAAAAIAA==.
    """

    package_id: None | str | Unset = UNSET
    encoding: None | str | Unset = UNSET
    content: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        package_id: None | str | Unset
        if isinstance(self.package_id, Unset):
            package_id = UNSET
        else:
            package_id = self.package_id

        encoding: None | str | Unset
        if isinstance(self.encoding, Unset):
            encoding = UNSET
        else:
            encoding = self.encoding

        content: None | str | Unset
        if isinstance(self.content, Unset):
            content = UNSET
        else:
            content = self.content

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if package_id is not UNSET:
            field_dict["package_id"] = package_id
        if encoding is not UNSET:
            field_dict["encoding"] = encoding
        if content is not UNSET:
            field_dict["content"] = content

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        package_id: None | str | Unset = d.pop("package_id", UNSET)

        encoding: None | str | Unset = d.pop("encoding", UNSET)

        content: None | str | Unset = d.pop("content", UNSET)

        sat_download_package = cls(
            package_id=package_id,
            encoding=encoding,
            content=content,
        )

        sat_download_package.additional_properties = d
        return sat_download_package

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
