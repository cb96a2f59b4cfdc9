from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.sat_download_activation_state import SatDownloadActivationState
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.sat_download_pricing import SatDownloadPricing


T = TypeVar("T", bound="SatDownloadActivation")


@_attrs_define
class SatDownloadActivation:
    """The team's access to the SAT bulk download (Descarga Masiva). Field names are camelCase, as the API sends them.

    Attributes:
        status (None | SatDownloadActivationState | Unset):
        plan_includes_feature (bool | None | Unset): Whether the team's plan includes the feature.
        is_activated (bool | None | Unset): Whether it is turned on.
        pricing (None | SatDownloadPricing | Unset):
    """

    status: None | SatDownloadActivationState | Unset = UNSET
    plan_includes_feature: bool | None | Unset = UNSET
    is_activated: bool | None | Unset = UNSET
    pricing: None | SatDownloadPricing | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        status: None | str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        elif isinstance(self.status, SatDownloadActivationState):
            status = self.status.value
        else:
            status = self.status

        plan_includes_feature: bool | None | Unset
        if isinstance(self.plan_includes_feature, Unset):
            plan_includes_feature = UNSET
        else:
            plan_includes_feature = self.plan_includes_feature

        is_activated: bool | None | Unset
        if isinstance(self.is_activated, Unset):
            is_activated = UNSET
        else:
            is_activated = self.is_activated

        pricing: dict[str, Any] | None | Unset
        if isinstance(self.pricing, Unset):
            pricing = UNSET
        elif isinstance(self.pricing, SatDownloadPricing):
            pricing = self.pricing.to_dict()
        else:
            pricing = self.pricing

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if status is not UNSET:
            field_dict["status"] = status
        if plan_includes_feature is not UNSET:
            field_dict["planIncludesFeature"] = plan_includes_feature
        if is_activated is not UNSET:
            field_dict["isActivated"] = is_activated
        if pricing is not UNSET:
            field_dict["pricing"] = pricing

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        status_data = d.pop("status", UNSET)
        status: None | SatDownloadActivationState | Unset
        if not isinstance(status_data, str):
            status = cast(None | SatDownloadActivationState | Unset, status_data)
        else:
            try:
                status_type_0 = SatDownloadActivationState(status_data)

                status = status_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                status = cast(None | SatDownloadActivationState | Unset, status_data)

        plan_includes_feature: bool | None | Unset = d.pop("planIncludesFeature", UNSET)

        is_activated: bool | None | Unset = d.pop("isActivated", UNSET)

        pricing_data = d.pop("pricing", UNSET)
        pricing: None | SatDownloadPricing | Unset
        if not isinstance(pricing_data, dict):
            pricing = cast(None | SatDownloadPricing | Unset, pricing_data)
        else:
            try:
                pricing_type_0 = SatDownloadPricing.from_dict(pricing_data)

                pricing = pricing_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pricing = cast(None | SatDownloadPricing | Unset, pricing_data)

        sat_download_activation = cls(
            status=status,
            plan_includes_feature=plan_includes_feature,
            is_activated=is_activated,
            pricing=pricing,
        )

        sat_download_activation.additional_properties = d
        return sat_download_activation

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


from ..models.sat_download_pricing import SatDownloadPricing  # noqa: E402
