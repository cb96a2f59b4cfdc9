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

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        def _parse_explanation(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        explanation = _parse_explanation(d.pop("explanation", UNSET))

        def _parse_solution(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        solution = _parse_solution(d.pop("solution", UNSET))

        def _parse_type_(data: object) -> InvoiceCfdiErrorType | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                type_type_0 = InvoiceCfdiErrorType(data)

                return type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(InvoiceCfdiErrorType | None | Unset, data)

        type_ = _parse_type_(d.pop("type", UNSET))

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
