from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.cfdi_use import CfdiUse
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.team_complement import TeamComplement
    from ..models.team_default_series import TeamDefaultSeries
    from ..models.team_email_settings import TeamEmailSettings
    from ..models.team_periodicity import TeamPeriodicity
    from ..models.team_refund_settings import TeamRefundSettings
    from ..models.team_tax_default import TeamTaxDefault


T = TypeVar("T", bound="TeamSettings")


@_attrs_define
class TeamSettings:
    """How the team invoices by default: keys, taxes, series, emails and automations. As a request
    body, send only the settings to change.

        Attributes:
            default_description (None | str | Unset): Default concept description on invoices.
            override_item_description (None | str | Unset): Replaces every item's description when set.
            invoice_pdf_notes (None | str | Unset): Notes printed on invoice PDFs.
            product_key (None | str | Unset): Default SAT product or service key (c_ClaveProdServ). Example: 81112209.
            unit_key (None | str | Unset): Default SAT unit key (c_ClaveUnidad). Example: E48.
            use (CfdiUse | None | Unset):
            taxes (list[TeamTaxDefault] | None | Unset): Taxes applied by default to MXN items.
            taxes_usd (list[TeamTaxDefault] | None | Unset): Taxes applied by default to USD items.
            withholding_taxes (list[TeamTaxDefault] | None | Unset): Withholdings applied by default.
            avoid_automations_on_currencies (list[str] | None | Unset): Currencies (ISO 4217) for which no invoice is issued
                automatically.
            emails (None | TeamEmailSettings | Unset):
            global_invoice_disabled (bool | None | Unset): Do not issue the periodic global invoice.
            automate_complement_for_ppd_invoices (bool | None | Unset): Issue payment complements for PPD invoices
                automatically.
            keep_full_legal_name (bool | None | Unset): Keep the full legal name (with the company type) on invoices.
            complements (list[TeamComplement] | None | Unset):
            uses_on_self_invoice_portal (list[CfdiUse] | None | Unset): CFDI uses offered to clients on the self-invoicing
                portal.
            customer_portal_id (None | str | Unset):  Example: portal_1234567890.
            periodicity (None | TeamPeriodicity | Unset):
            default_series (None | TeamDefaultSeries | Unset):
            refunds (None | TeamRefundSettings | Unset):
            eom_ppd_threshold_days (int | None | Unset): A threshold in days for PPD invoices in the end-of-month run (its
                exact meaning is not published); `0` is a valid value. Example: 0.
    """

    default_description: None | str | Unset = UNSET
    override_item_description: None | str | Unset = UNSET
    invoice_pdf_notes: None | str | Unset = UNSET
    product_key: None | str | Unset = UNSET
    unit_key: None | str | Unset = UNSET
    use: CfdiUse | None | Unset = UNSET
    taxes: list[TeamTaxDefault] | None | Unset = UNSET
    taxes_usd: list[TeamTaxDefault] | None | Unset = UNSET
    withholding_taxes: list[TeamTaxDefault] | None | Unset = UNSET
    avoid_automations_on_currencies: list[str] | None | Unset = UNSET
    emails: None | TeamEmailSettings | Unset = UNSET
    global_invoice_disabled: bool | None | Unset = UNSET
    automate_complement_for_ppd_invoices: bool | None | Unset = UNSET
    keep_full_legal_name: bool | None | Unset = UNSET
    complements: list[TeamComplement] | None | Unset = UNSET
    uses_on_self_invoice_portal: list[CfdiUse] | None | Unset = UNSET
    customer_portal_id: None | str | Unset = UNSET
    periodicity: None | TeamPeriodicity | Unset = UNSET
    default_series: None | TeamDefaultSeries | Unset = UNSET
    refunds: None | TeamRefundSettings | Unset = UNSET
    eom_ppd_threshold_days: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        default_description: None | str | Unset
        if isinstance(self.default_description, Unset):
            default_description = UNSET
        else:
            default_description = self.default_description

        override_item_description: None | str | Unset
        if isinstance(self.override_item_description, Unset):
            override_item_description = UNSET
        else:
            override_item_description = self.override_item_description

        invoice_pdf_notes: None | str | Unset
        if isinstance(self.invoice_pdf_notes, Unset):
            invoice_pdf_notes = UNSET
        else:
            invoice_pdf_notes = self.invoice_pdf_notes

        product_key: None | str | Unset
        if isinstance(self.product_key, Unset):
            product_key = UNSET
        else:
            product_key = self.product_key

        unit_key: None | str | Unset
        if isinstance(self.unit_key, Unset):
            unit_key = UNSET
        else:
            unit_key = self.unit_key

        use: None | str | Unset
        if isinstance(self.use, Unset):
            use = UNSET
        elif isinstance(self.use, CfdiUse):
            use = self.use.value
        else:
            use = self.use

        taxes: list[dict[str, Any]] | None | Unset
        if isinstance(self.taxes, Unset):
            taxes = UNSET
        elif isinstance(self.taxes, list):
            taxes = []
            for taxes_type_0_item_data in self.taxes:
                taxes_type_0_item = taxes_type_0_item_data.to_dict()
                taxes.append(taxes_type_0_item)

        else:
            taxes = self.taxes

        taxes_usd: list[dict[str, Any]] | None | Unset
        if isinstance(self.taxes_usd, Unset):
            taxes_usd = UNSET
        elif isinstance(self.taxes_usd, list):
            taxes_usd = []
            for taxes_usd_type_0_item_data in self.taxes_usd:
                taxes_usd_type_0_item = taxes_usd_type_0_item_data.to_dict()
                taxes_usd.append(taxes_usd_type_0_item)

        else:
            taxes_usd = self.taxes_usd

        withholding_taxes: list[dict[str, Any]] | None | Unset
        if isinstance(self.withholding_taxes, Unset):
            withholding_taxes = UNSET
        elif isinstance(self.withholding_taxes, list):
            withholding_taxes = []
            for withholding_taxes_type_0_item_data in self.withholding_taxes:
                withholding_taxes_type_0_item = withholding_taxes_type_0_item_data.to_dict()
                withholding_taxes.append(withholding_taxes_type_0_item)

        else:
            withholding_taxes = self.withholding_taxes

        avoid_automations_on_currencies: list[str] | None | Unset
        if isinstance(self.avoid_automations_on_currencies, Unset):
            avoid_automations_on_currencies = UNSET
        elif isinstance(self.avoid_automations_on_currencies, list):
            avoid_automations_on_currencies = self.avoid_automations_on_currencies

        else:
            avoid_automations_on_currencies = self.avoid_automations_on_currencies

        emails: dict[str, Any] | None | Unset
        if isinstance(self.emails, Unset):
            emails = UNSET
        elif isinstance(self.emails, TeamEmailSettings):
            emails = self.emails.to_dict()
        else:
            emails = self.emails

        global_invoice_disabled: bool | None | Unset
        if isinstance(self.global_invoice_disabled, Unset):
            global_invoice_disabled = UNSET
        else:
            global_invoice_disabled = self.global_invoice_disabled

        automate_complement_for_ppd_invoices: bool | None | Unset
        if isinstance(self.automate_complement_for_ppd_invoices, Unset):
            automate_complement_for_ppd_invoices = UNSET
        else:
            automate_complement_for_ppd_invoices = self.automate_complement_for_ppd_invoices

        keep_full_legal_name: bool | None | Unset
        if isinstance(self.keep_full_legal_name, Unset):
            keep_full_legal_name = UNSET
        else:
            keep_full_legal_name = self.keep_full_legal_name

        complements: list[dict[str, Any]] | None | Unset
        if isinstance(self.complements, Unset):
            complements = UNSET
        elif isinstance(self.complements, list):
            complements = []
            for complements_type_0_item_data in self.complements:
                complements_type_0_item = complements_type_0_item_data.to_dict()
                complements.append(complements_type_0_item)

        else:
            complements = self.complements

        uses_on_self_invoice_portal: list[str] | None | Unset
        if isinstance(self.uses_on_self_invoice_portal, Unset):
            uses_on_self_invoice_portal = UNSET
        elif isinstance(self.uses_on_self_invoice_portal, list):
            uses_on_self_invoice_portal = []
            for uses_on_self_invoice_portal_type_0_item_data in self.uses_on_self_invoice_portal:
                uses_on_self_invoice_portal_type_0_item = uses_on_self_invoice_portal_type_0_item_data.value
                uses_on_self_invoice_portal.append(uses_on_self_invoice_portal_type_0_item)

        else:
            uses_on_self_invoice_portal = self.uses_on_self_invoice_portal

        customer_portal_id: None | str | Unset
        if isinstance(self.customer_portal_id, Unset):
            customer_portal_id = UNSET
        else:
            customer_portal_id = self.customer_portal_id

        periodicity: dict[str, Any] | None | Unset
        if isinstance(self.periodicity, Unset):
            periodicity = UNSET
        elif isinstance(self.periodicity, TeamPeriodicity):
            periodicity = self.periodicity.to_dict()
        else:
            periodicity = self.periodicity

        default_series: dict[str, Any] | None | Unset
        if isinstance(self.default_series, Unset):
            default_series = UNSET
        elif isinstance(self.default_series, TeamDefaultSeries):
            default_series = self.default_series.to_dict()
        else:
            default_series = self.default_series

        refunds: dict[str, Any] | None | Unset
        if isinstance(self.refunds, Unset):
            refunds = UNSET
        elif isinstance(self.refunds, TeamRefundSettings):
            refunds = self.refunds.to_dict()
        else:
            refunds = self.refunds

        eom_ppd_threshold_days: int | None | Unset
        if isinstance(self.eom_ppd_threshold_days, Unset):
            eom_ppd_threshold_days = UNSET
        else:
            eom_ppd_threshold_days = self.eom_ppd_threshold_days

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if default_description is not UNSET:
            field_dict["default_description"] = default_description
        if override_item_description is not UNSET:
            field_dict["override_item_description"] = override_item_description
        if invoice_pdf_notes is not UNSET:
            field_dict["invoice_pdf_notes"] = invoice_pdf_notes
        if product_key is not UNSET:
            field_dict["product_key"] = product_key
        if unit_key is not UNSET:
            field_dict["unit_key"] = unit_key
        if use is not UNSET:
            field_dict["use"] = use
        if taxes is not UNSET:
            field_dict["taxes"] = taxes
        if taxes_usd is not UNSET:
            field_dict["taxes_usd"] = taxes_usd
        if withholding_taxes is not UNSET:
            field_dict["withholding_taxes"] = withholding_taxes
        if avoid_automations_on_currencies is not UNSET:
            field_dict["avoid_automations_on_currencies"] = avoid_automations_on_currencies
        if emails is not UNSET:
            field_dict["emails"] = emails
        if global_invoice_disabled is not UNSET:
            field_dict["global_invoice_disabled"] = global_invoice_disabled
        if automate_complement_for_ppd_invoices is not UNSET:
            field_dict["automate_complement_for_ppd_invoices"] = automate_complement_for_ppd_invoices
        if keep_full_legal_name is not UNSET:
            field_dict["keep_full_legal_name"] = keep_full_legal_name
        if complements is not UNSET:
            field_dict["complements"] = complements
        if uses_on_self_invoice_portal is not UNSET:
            field_dict["uses_on_self_invoice_portal"] = uses_on_self_invoice_portal
        if customer_portal_id is not UNSET:
            field_dict["customer_portal_id"] = customer_portal_id
        if periodicity is not UNSET:
            field_dict["periodicity"] = periodicity
        if default_series is not UNSET:
            field_dict["default_series"] = default_series
        if refunds is not UNSET:
            field_dict["refunds"] = refunds
        if eom_ppd_threshold_days is not UNSET:
            field_dict["eom_ppd_threshold_days"] = eom_ppd_threshold_days

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        default_description: None | str | Unset = d.pop("default_description", UNSET)

        override_item_description: None | str | Unset = d.pop("override_item_description", UNSET)

        invoice_pdf_notes: None | str | Unset = d.pop("invoice_pdf_notes", UNSET)

        product_key: None | str | Unset = d.pop("product_key", UNSET)

        unit_key: None | str | Unset = d.pop("unit_key", UNSET)

        use_data = d.pop("use", UNSET)
        use: CfdiUse | None | Unset
        if not isinstance(use_data, str):
            use = cast(CfdiUse | None | Unset, use_data)
        else:
            try:
                use_type_0 = CfdiUse(use_data)

                use = use_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                use = cast(CfdiUse | None | Unset, use_data)

        taxes_data = d.pop("taxes", UNSET)
        taxes: list[TeamTaxDefault] | None | Unset
        if not isinstance(taxes_data, list):
            taxes = cast(list[TeamTaxDefault] | None | Unset, taxes_data)
        else:
            try:
                taxes_type_0 = []
                _taxes_type_0 = taxes_data
                for taxes_type_0_item_data in _taxes_type_0:
                    taxes_type_0_item = TeamTaxDefault.from_dict(taxes_type_0_item_data)

                    taxes_type_0.append(taxes_type_0_item)

                taxes = taxes_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                taxes = cast(list[TeamTaxDefault] | None | Unset, taxes_data)

        taxes_usd_data = d.pop("taxes_usd", UNSET)
        taxes_usd: list[TeamTaxDefault] | None | Unset
        if not isinstance(taxes_usd_data, list):
            taxes_usd = cast(list[TeamTaxDefault] | None | Unset, taxes_usd_data)
        else:
            try:
                taxes_usd_type_0 = []
                _taxes_usd_type_0 = taxes_usd_data
                for taxes_usd_type_0_item_data in _taxes_usd_type_0:
                    taxes_usd_type_0_item = TeamTaxDefault.from_dict(taxes_usd_type_0_item_data)

                    taxes_usd_type_0.append(taxes_usd_type_0_item)

                taxes_usd = taxes_usd_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                taxes_usd = cast(list[TeamTaxDefault] | None | Unset, taxes_usd_data)

        withholding_taxes_data = d.pop("withholding_taxes", UNSET)
        withholding_taxes: list[TeamTaxDefault] | None | Unset
        if not isinstance(withholding_taxes_data, list):
            withholding_taxes = cast(list[TeamTaxDefault] | None | Unset, withholding_taxes_data)
        else:
            try:
                withholding_taxes_type_0 = []
                _withholding_taxes_type_0 = withholding_taxes_data
                for withholding_taxes_type_0_item_data in _withholding_taxes_type_0:
                    withholding_taxes_type_0_item = TeamTaxDefault.from_dict(withholding_taxes_type_0_item_data)

                    withholding_taxes_type_0.append(withholding_taxes_type_0_item)

                withholding_taxes = withholding_taxes_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                withholding_taxes = cast(list[TeamTaxDefault] | None | Unset, withholding_taxes_data)

        avoid_automations_on_currencies_data = d.pop("avoid_automations_on_currencies", UNSET)
        avoid_automations_on_currencies: list[str] | None | Unset
        if not isinstance(avoid_automations_on_currencies_data, list):
            avoid_automations_on_currencies = cast(list[str] | None | Unset, avoid_automations_on_currencies_data)
        else:
            try:
                avoid_automations_on_currencies_type_0 = cast(list[str], avoid_automations_on_currencies_data)

                avoid_automations_on_currencies = avoid_automations_on_currencies_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                avoid_automations_on_currencies = cast(list[str] | None | Unset, avoid_automations_on_currencies_data)

        emails_data = d.pop("emails", UNSET)
        emails: None | TeamEmailSettings | Unset
        if not isinstance(emails_data, dict):
            emails = cast(None | TeamEmailSettings | Unset, emails_data)
        else:
            try:
                emails_type_0 = TeamEmailSettings.from_dict(emails_data)

                emails = emails_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                emails = cast(None | TeamEmailSettings | Unset, emails_data)

        global_invoice_disabled: bool | None | Unset = d.pop("global_invoice_disabled", UNSET)

        automate_complement_for_ppd_invoices: bool | None | Unset = d.pop("automate_complement_for_ppd_invoices", UNSET)

        keep_full_legal_name: bool | None | Unset = d.pop("keep_full_legal_name", UNSET)

        complements_data = d.pop("complements", UNSET)
        complements: list[TeamComplement] | None | Unset
        if not isinstance(complements_data, list):
            complements = cast(list[TeamComplement] | None | Unset, complements_data)
        else:
            try:
                complements_type_0 = []
                _complements_type_0 = complements_data
                for complements_type_0_item_data in _complements_type_0:
                    complements_type_0_item = TeamComplement.from_dict(complements_type_0_item_data)

                    complements_type_0.append(complements_type_0_item)

                complements = complements_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                complements = cast(list[TeamComplement] | None | Unset, complements_data)

        uses_on_self_invoice_portal_data = d.pop("uses_on_self_invoice_portal", UNSET)
        uses_on_self_invoice_portal: list[CfdiUse] | None | Unset
        if not isinstance(uses_on_self_invoice_portal_data, list):
            uses_on_self_invoice_portal = cast(list[CfdiUse] | None | Unset, uses_on_self_invoice_portal_data)
        else:
            try:
                uses_on_self_invoice_portal_type_0 = []
                _uses_on_self_invoice_portal_type_0 = uses_on_self_invoice_portal_data
                for uses_on_self_invoice_portal_type_0_item_data in _uses_on_self_invoice_portal_type_0:
                    uses_on_self_invoice_portal_type_0_item = CfdiUse(uses_on_self_invoice_portal_type_0_item_data)

                    uses_on_self_invoice_portal_type_0.append(uses_on_self_invoice_portal_type_0_item)

                uses_on_self_invoice_portal = uses_on_self_invoice_portal_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                uses_on_self_invoice_portal = cast(list[CfdiUse] | None | Unset, uses_on_self_invoice_portal_data)

        customer_portal_id: None | str | Unset = d.pop("customer_portal_id", UNSET)

        periodicity_data = d.pop("periodicity", UNSET)
        periodicity: None | TeamPeriodicity | Unset
        if not isinstance(periodicity_data, dict):
            periodicity = cast(None | TeamPeriodicity | Unset, periodicity_data)
        else:
            try:
                periodicity_type_0 = TeamPeriodicity.from_dict(periodicity_data)

                periodicity = periodicity_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                periodicity = cast(None | TeamPeriodicity | Unset, periodicity_data)

        default_series_data = d.pop("default_series", UNSET)
        default_series: None | TeamDefaultSeries | Unset
        if not isinstance(default_series_data, dict):
            default_series = cast(None | TeamDefaultSeries | Unset, default_series_data)
        else:
            try:
                default_series_type_0 = TeamDefaultSeries.from_dict(default_series_data)

                default_series = default_series_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                default_series = cast(None | TeamDefaultSeries | Unset, default_series_data)

        refunds_data = d.pop("refunds", UNSET)
        refunds: None | TeamRefundSettings | Unset
        if not isinstance(refunds_data, dict):
            refunds = cast(None | TeamRefundSettings | Unset, refunds_data)
        else:
            try:
                refunds_type_0 = TeamRefundSettings.from_dict(refunds_data)

                refunds = refunds_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                refunds = cast(None | TeamRefundSettings | Unset, refunds_data)

        eom_ppd_threshold_days: int | None | Unset = d.pop("eom_ppd_threshold_days", UNSET)

        team_settings = cls(
            default_description=default_description,
            override_item_description=override_item_description,
            invoice_pdf_notes=invoice_pdf_notes,
            product_key=product_key,
            unit_key=unit_key,
            use=use,
            taxes=taxes,
            taxes_usd=taxes_usd,
            withholding_taxes=withholding_taxes,
            avoid_automations_on_currencies=avoid_automations_on_currencies,
            emails=emails,
            global_invoice_disabled=global_invoice_disabled,
            automate_complement_for_ppd_invoices=automate_complement_for_ppd_invoices,
            keep_full_legal_name=keep_full_legal_name,
            complements=complements,
            uses_on_self_invoice_portal=uses_on_self_invoice_portal,
            customer_portal_id=customer_portal_id,
            periodicity=periodicity,
            default_series=default_series,
            refunds=refunds,
            eom_ppd_threshold_days=eom_ppd_threshold_days,
        )

        team_settings.additional_properties = d
        return team_settings

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


from ..models.team_complement import TeamComplement  # noqa: E402
from ..models.team_default_series import TeamDefaultSeries  # noqa: E402
from ..models.team_email_settings import TeamEmailSettings  # noqa: E402
from ..models.team_periodicity import TeamPeriodicity  # noqa: E402
from ..models.team_refund_settings import TeamRefundSettings  # noqa: E402
from ..models.team_tax_default import TeamTaxDefault  # noqa: E402
