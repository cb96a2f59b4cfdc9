from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.team_series_ref import TeamSeriesRef


T = TypeVar("T", bound="TeamDefaultSeries")


@_attrs_define
class TeamDefaultSeries:
    """The series each kind of CFDI uses when a request names none.

    Attributes:
        income (None | TeamSeriesRef | Unset):
        complements (None | TeamSeriesRef | Unset):
        credit_note (None | TeamSeriesRef | Unset):
    """

    income: None | TeamSeriesRef | Unset = UNSET
    complements: None | TeamSeriesRef | Unset = UNSET
    credit_note: None | TeamSeriesRef | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        income: dict[str, Any] | None | Unset
        if isinstance(self.income, Unset):
            income = UNSET
        elif isinstance(self.income, TeamSeriesRef):
            income = self.income.to_dict()
        else:
            income = self.income

        complements: dict[str, Any] | None | Unset
        if isinstance(self.complements, Unset):
            complements = UNSET
        elif isinstance(self.complements, TeamSeriesRef):
            complements = self.complements.to_dict()
        else:
            complements = self.complements

        credit_note: dict[str, Any] | None | Unset
        if isinstance(self.credit_note, Unset):
            credit_note = UNSET
        elif isinstance(self.credit_note, TeamSeriesRef):
            credit_note = self.credit_note.to_dict()
        else:
            credit_note = self.credit_note

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if income is not UNSET:
            field_dict["income"] = income
        if complements is not UNSET:
            field_dict["complements"] = complements
        if credit_note is not UNSET:
            field_dict["credit_note"] = credit_note

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        income_data = d.pop("income", UNSET)
        income: None | TeamSeriesRef | Unset
        if not isinstance(income_data, dict):
            income = cast(None | TeamSeriesRef | Unset, income_data)
        else:
            try:
                income_type_0 = TeamSeriesRef.from_dict(income_data)

                income = income_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                income = cast(None | TeamSeriesRef | Unset, income_data)

        complements_data = d.pop("complements", UNSET)
        complements: None | TeamSeriesRef | Unset
        if not isinstance(complements_data, dict):
            complements = cast(None | TeamSeriesRef | Unset, complements_data)
        else:
            try:
                complements_type_0 = TeamSeriesRef.from_dict(complements_data)

                complements = complements_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                complements = cast(None | TeamSeriesRef | Unset, complements_data)

        credit_note_data = d.pop("credit_note", UNSET)
        credit_note: None | TeamSeriesRef | Unset
        if not isinstance(credit_note_data, dict):
            credit_note = cast(None | TeamSeriesRef | Unset, credit_note_data)
        else:
            try:
                credit_note_type_0 = TeamSeriesRef.from_dict(credit_note_data)

                credit_note = credit_note_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                credit_note = cast(None | TeamSeriesRef | Unset, credit_note_data)

        team_default_series = cls(
            income=income,
            complements=complements,
            credit_note=credit_note,
        )

        team_default_series.additional_properties = d
        return team_default_series

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


from ..models.team_series_ref import TeamSeriesRef  # noqa: E402
