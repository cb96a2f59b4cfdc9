from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.tax_factor import TaxFactor
from ..models.tax_type import TaxType
from ..types import UNSET, Unset

T = TypeVar("T", bound="Tax")


@_attrs_define
class Tax:
    """One tax on an item or a service: transferred (trasladado) or withheld (retenido). gigstack
    names the tax (`IVA`, `ISR`, `IEPS`) and takes the rate as a fraction (0.16 for 16 %).

        Attributes:
            type_ (TaxType): The tax of a tax line, by name as gigstack takes it; the SAT c_Impuesto code is in each
                description (ISR 001, IVA 002, IEPS 003).
                 Example: IVA.
            rate (float | Unset): Rate as a fraction, e.g. 0.16; a fixed amount for factor Cuota. Example: 0.16.
            factor (TaxFactor | Unset): SAT c_TipoFactor: how a tax is computed: a rate (Tasa), a fixed amount per unit
                (Cuota), or
                exempt (Exento, no rate or amount).
                 Example: Tasa.
            withholding (bool | Unset): True for a withheld tax (retención). Default: False.
            inclusive (bool | Unset): True when the item's price already includes this tax. Default: False.
            base (None | str | Unset): Tax base code as gigstack returns it (e.g. "01").
    """

    type_: TaxType
    rate: float | Unset = UNSET
    factor: TaxFactor | Unset = UNSET
    withholding: bool | Unset = False
    inclusive: bool | Unset = False
    base: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_.value

        rate = self.rate

        factor: str | Unset = UNSET
        if not isinstance(self.factor, Unset):
            factor = self.factor.value

        withholding = self.withholding

        inclusive = self.inclusive

        base: None | str | Unset
        if isinstance(self.base, Unset):
            base = UNSET
        else:
            base = self.base

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
            }
        )
        if rate is not UNSET:
            field_dict["rate"] = rate
        if factor is not UNSET:
            field_dict["factor"] = factor
        if withholding is not UNSET:
            field_dict["withholding"] = withholding
        if inclusive is not UNSET:
            field_dict["inclusive"] = inclusive
        if base is not UNSET:
            field_dict["base"] = base

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = TaxType(d.pop("type"))

        rate = d.pop("rate", UNSET)

        _factor = d.pop("factor", UNSET)
        factor: TaxFactor | Unset
        if isinstance(_factor, Unset):
            factor = UNSET
        else:
            factor = TaxFactor(_factor)

        withholding = d.pop("withholding", UNSET)

        inclusive = d.pop("inclusive", UNSET)

        def _parse_base(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        base = _parse_base(d.pop("base", UNSET))

        tax = cls(
            type_=type_,
            rate=rate,
            factor=factor,
            withholding=withholding,
            inclusive=inclusive,
            base=base,
        )

        tax.additional_properties = d
        return tax

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
