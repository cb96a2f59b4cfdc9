from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.error_detail import ErrorDetail


T = TypeVar("T", bound="Error")


@_attrs_define
class Error:
    """An error response. gigstack returns several shapes, all admitted here: `{message, error}`
    where `error` is a snake_case code or a sentence; `{error: {code, message, details}}`; and
    either of those with `success: false`.

        Attributes:
            message (str | Unset):  Example: Client not found.
            error (ErrorDetail | str | Unset):
            success (bool | Unset): false when present; the request failed.
    """

    message: str | Unset = UNSET
    error: ErrorDetail | str | Unset = UNSET
    success: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        message = self.message

        error: dict[str, Any] | str | Unset
        if isinstance(self.error, Unset):
            error = UNSET
        elif isinstance(self.error, ErrorDetail):
            error = self.error.to_dict()
        else:
            error = self.error

        success = self.success

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if message is not UNSET:
            field_dict["message"] = message
        if error is not UNSET:
            field_dict["error"] = error
        if success is not UNSET:
            field_dict["success"] = success

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        message = d.pop("message", UNSET)

        error_data = d.pop("error", UNSET)
        error: ErrorDetail | str | Unset
        if not isinstance(error_data, dict):
            error = cast(ErrorDetail | str | Unset, error_data)
        else:
            try:
                error_type_0 = ErrorDetail.from_dict(error_data)

                error = error_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                error = cast(ErrorDetail | str | Unset, error_data)

        success = d.pop("success", UNSET)

        error_body = cls(
            message=message,
            error=error,
            success=success,
        )

        error_body.additional_properties = d
        return error_body

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


from ..models.error_detail import ErrorDetail  # noqa: E402
