from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.invoice_cfdi_error_type import InvoiceCfdiErrorType
from ..types import UNSET, Unset

T = TypeVar("T", bound="InvoiceCfdiError")


@_attrs_define
class InvoiceCfdiError:
    """A stamping error code (from the SAT or the certification provider) with what it means and how to fix it.

    Attributes:
        code (str):  Example: CFDI40147.
        description (None | str | Unset): The error as the SAT or provider words it.
        explanation (None | str | Unset):
        solution (None | str | Unset):
        type_ (InvoiceCfdiErrorType | None | Unset):
    """

    code: str
    description: None | str | Unset = UNSET
    explanation: None | str | Unset = UNSET
    solution: None | str | Unset = UNSET
    type_: InvoiceCfdiErrorType | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        explanation: None | str | Unset
        if isinstance(self.explanation, Unset):
            explanation = UNSET
        else:
            explanation = self.explanation

        solution: None | str | Unset
        if isinstance(self.solution, Unset):
            solution = UNSET
        else:
            solution = self.solution

        type_: None | str | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        elif isinstance(self.type_, InvoiceCfdiErrorType):
            type_ = self.type_.value
        else:
            type_ = self.type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "code": code,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if explanation is not UNSET:
            field_dict["explanation"] = explanation
        if solution is not UNSET:
            field_dict["solution"] = solution
        if type_ is not UNSET:
            field_dict["type"] = type_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        code = d.pop("code")

        description: None | str | Unset = d.pop("description", UNSET)

        explanation: None | str | Unset = d.pop("explanation", UNSET)

        solution: None | str | Unset = d.pop("solution", UNSET)

        type__data = d.pop("type", UNSET)
        type_: InvoiceCfdiErrorType | None | Unset
        if not isinstance(type__data, str):
            type_ = cast(InvoiceCfdiErrorType | None | Unset, type__data)
        else:
            try:
                type_type_0 = InvoiceCfdiErrorType(type__data)

                type_ = type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                type_ = cast(InvoiceCfdiErrorType | None | Unset, type__data)

        invoice_cfdi_error = cls(
            code=code,
            description=description,
            explanation=explanation,
            solution=solution,
            type_=type_,
        )

        invoice_cfdi_error.additional_properties = d
        return invoice_cfdi_error

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
