from __future__ import annotations

from collections.abc import Mapping
from io import BytesIO
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..models.support_document_type import SupportDocumentType
from ..types import UNSET, File, Unset

T = TypeVar("T", bound="SupportDocumentUpload")


@_attrs_define
class SupportDocumentUpload:
    """A support document to attach (multipart/form-data).

    Attributes:
        file (File): The document (PDF, PNG, JPG, JPEG or WEBP, up to 10 MiB).
        document_type (SupportDocumentType): Kind of a support document.
        name (str | Unset): Display name. Example: Service Contract.
        description (str | Unset):  Example: Master services agreement for 2026.
    """

    file: File
    document_type: SupportDocumentType
    name: str | Unset = UNSET
    description: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        file = self.file.to_tuple()

        document_type = self.document_type.value

        name = self.name

        description = self.description

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "file": file,
                "documentType": document_type,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name
        if description is not UNSET:
            field_dict["description"] = description

        return field_dict

    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []

        files.append(("file", self.file.to_tuple()))

        files.append(("documentType", (None, str(self.document_type.value).encode(), "text/plain")))

        if not isinstance(self.name, Unset):
            files.append(("name", (None, str(self.name).encode(), "text/plain")))

        if not isinstance(self.description, Unset):
            files.append(("description", (None, str(self.description).encode(), "text/plain")))

        for prop_name, prop in self.additional_properties.items():
            files.append((prop_name, (None, str(prop).encode(), "text/plain")))

        return files

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        file = File(payload=BytesIO(d.pop("file")))

        document_type = SupportDocumentType(d.pop("documentType"))

        name = d.pop("name", UNSET)

        description = d.pop("description", UNSET)

        support_document_upload = cls(
            file=file,
            document_type=document_type,
            name=name,
            description=description,
        )

        support_document_upload.additional_properties = d
        return support_document_upload

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
