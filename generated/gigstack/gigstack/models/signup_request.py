from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.metadata import Metadata


T = TypeVar("T", bound="SignupRequest")


@_attrs_define
class SignupRequest:
    """A new gigstack account created by a partner: user, team, billing account and, for paid
    plans, a Stripe subscription. `plan_id: free` activates at once without payment; a paid plan
    needs `stripe_payment_method`. The RFC may be the generic `XAXX010101000` until the customer
    uploads their own.

        Attributes:
            email (str):  Example: agente@empresa.example.mx.
            name (str): Name of the person or business. Example: Agentes Integrados SA de CV.
            rfc (str | Unset):  Example: XAXX010101000.
            country (str | Unset): ISO 3166-1 alpha-3. Example: MEX.
            plan_id (str | Unset): `free`, or a paid plan such as `agent-tier`. Example: free.
            billing_cycle (str | Unset): `monthly`, ... Example: monthly.
            stripe_payment_method (str | Unset): Stripe PaymentMethod id (`pm_…`) for paid plans. Example:
                pm_FAKE0000000000.
            livemode (bool | Unset):
            partner_ref (str | Unset): Your own reference for the signup (referral code). Example: PARTNER-A7K9.
            metadata (Metadata | Unset): Free-form key/value data of your own, stored with the object and returned as sent.
                Example: {'custom_field': 'value', 'department': 'sales'}.
    """

    email: str
    name: str
    rfc: str | Unset = UNSET
    country: str | Unset = UNSET
    plan_id: str | Unset = UNSET
    billing_cycle: str | Unset = UNSET
    stripe_payment_method: str | Unset = UNSET
    livemode: bool | Unset = UNSET
    partner_ref: str | Unset = UNSET
    metadata: Metadata | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        email = self.email

        name = self.name

        rfc = self.rfc

        country = self.country

        plan_id = self.plan_id

        billing_cycle = self.billing_cycle

        stripe_payment_method = self.stripe_payment_method

        livemode = self.livemode

        partner_ref = self.partner_ref

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "email": email,
                "name": name,
            }
        )
        if rfc is not UNSET:
            field_dict["rfc"] = rfc
        if country is not UNSET:
            field_dict["country"] = country
        if plan_id is not UNSET:
            field_dict["plan_id"] = plan_id
        if billing_cycle is not UNSET:
            field_dict["billing_cycle"] = billing_cycle
        if stripe_payment_method is not UNSET:
            field_dict["stripe_payment_method"] = stripe_payment_method
        if livemode is not UNSET:
            field_dict["livemode"] = livemode
        if partner_ref is not UNSET:
            field_dict["partner_ref"] = partner_ref
        if metadata is not UNSET:
            field_dict["metadata"] = metadata

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        email = d.pop("email")

        name = d.pop("name")

        rfc = d.pop("rfc", UNSET)

        country = d.pop("country", UNSET)

        plan_id = d.pop("plan_id", UNSET)

        billing_cycle = d.pop("billing_cycle", UNSET)

        stripe_payment_method = d.pop("stripe_payment_method", UNSET)

        livemode = d.pop("livemode", UNSET)

        partner_ref = d.pop("partner_ref", UNSET)

        _metadata = d.pop("metadata", UNSET)
        metadata: Metadata | Unset
        if isinstance(_metadata, Unset):
            metadata = UNSET
        else:
            metadata = Metadata.from_dict(_metadata)

        signup_request = cls(
            email=email,
            name=name,
            rfc=rfc,
            country=country,
            plan_id=plan_id,
            billing_cycle=billing_cycle,
            stripe_payment_method=stripe_payment_method,
            livemode=livemode,
            partner_ref=partner_ref,
            metadata=metadata,
        )

        signup_request.additional_properties = d
        return signup_request

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


from ..models.metadata import Metadata  # noqa: E402
