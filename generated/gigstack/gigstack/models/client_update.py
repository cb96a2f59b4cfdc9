from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.cfdi_use import CfdiUse
from ..models.tax_system import TaxSystem
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.address import Address
    from ..models.client_defaults import ClientDefaults
    from ..models.metadata import Metadata


T = TypeVar("T", bound="ClientUpdate")


@_attrs_define
class ClientUpdate:
    """A partial update: only the fields present are changed; a field sent as `null` is cleared.

    Attributes:
        name (None | str | Unset):  Example: Juan Pérez García.
        company (None | str | Unset):  Example: Empresa SA de CV.
        legal_name (None | str | Unset): Razón social exactly as on the Constancia de Situación Fiscal. Example: Juan
            Pérez García.
        email (None | str | Unset):  Example: juan.perez@ejemplo.com.
        phone (None | str | Unset):  Example: +52 55 1234 5678.
        bcc (list[str] | None | Unset):
        tax_id (None | str | Unset): RFC: 12 characters for a legal entity, 13 for an individual. Example:
            PEGJ800101AB1.
        tax_system (None | TaxSystem | Unset):
        use (CfdiUse | None | Unset):
        document_type (None | str | Unset): Colombia: kind of identity document (DIAN code, e.g. `31` for a NIT).
            Example: 31.
        dv (None | str | Unset): Colombia: check digit (dígito de verificación) of the NIT. Example: 9.
        fiscal_responsibilities (list[str] | None | Unset): Colombia: fiscal responsibilities (DIAN codes such as
            `O-13`, `R-99-PN`). Example: ['O-13'].
        municipality_code (None | str | Unset): Colombia: DANE code of the municipality. Example: 11001.
        organization_type (int | None | str | Unset): Colombia: `1` for a legal entity, `2` for a natural person; sent
            as a number or a string. Example: 1.
        tribute_code (None | str | Unset): Colombia: tax (tributo) code, such as `01` (IVA) or `ZZ`. Example: 01.
        address (Address | None | Unset):
        metadata (Metadata | None | Unset):
        defaults (ClientDefaults | None | Unset):
    """

    name: None | str | Unset = UNSET
    company: None | str | Unset = UNSET
    legal_name: None | str | Unset = UNSET
    email: None | str | Unset = UNSET
    phone: None | str | Unset = UNSET
    bcc: list[str] | None | Unset = UNSET
    tax_id: None | str | Unset = UNSET
    tax_system: None | TaxSystem | Unset = UNSET
    use: CfdiUse | None | Unset = UNSET
    document_type: None | str | Unset = UNSET
    dv: None | str | Unset = UNSET
    fiscal_responsibilities: list[str] | None | Unset = UNSET
    municipality_code: None | str | Unset = UNSET
    organization_type: int | None | str | Unset = UNSET
    tribute_code: None | str | Unset = UNSET
    address: Address | None | Unset = UNSET
    metadata: Metadata | None | Unset = UNSET
    defaults: ClientDefaults | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        company: None | str | Unset
        if isinstance(self.company, Unset):
            company = UNSET
        else:
            company = self.company

        legal_name: None | str | Unset
        if isinstance(self.legal_name, Unset):
            legal_name = UNSET
        else:
            legal_name = self.legal_name

        email: None | str | Unset
        if isinstance(self.email, Unset):
            email = UNSET
        else:
            email = self.email

        phone: None | str | Unset
        if isinstance(self.phone, Unset):
            phone = UNSET
        else:
            phone = self.phone

        bcc: list[str] | None | Unset
        if isinstance(self.bcc, Unset):
            bcc = UNSET
        elif isinstance(self.bcc, list):
            bcc = self.bcc

        else:
            bcc = self.bcc

        tax_id: None | str | Unset
        if isinstance(self.tax_id, Unset):
            tax_id = UNSET
        else:
            tax_id = self.tax_id

        tax_system: None | str | Unset
        if isinstance(self.tax_system, Unset):
            tax_system = UNSET
        elif isinstance(self.tax_system, TaxSystem):
            tax_system = self.tax_system.value
        else:
            tax_system = self.tax_system

        use: None | str | Unset
        if isinstance(self.use, Unset):
            use = UNSET
        elif isinstance(self.use, CfdiUse):
            use = self.use.value
        else:
            use = self.use

        document_type: None | str | Unset
        if isinstance(self.document_type, Unset):
            document_type = UNSET
        else:
            document_type = self.document_type

        dv: None | str | Unset
        if isinstance(self.dv, Unset):
            dv = UNSET
        else:
            dv = self.dv

        fiscal_responsibilities: list[str] | None | Unset
        if isinstance(self.fiscal_responsibilities, Unset):
            fiscal_responsibilities = UNSET
        elif isinstance(self.fiscal_responsibilities, list):
            fiscal_responsibilities = self.fiscal_responsibilities

        else:
            fiscal_responsibilities = self.fiscal_responsibilities

        municipality_code: None | str | Unset
        if isinstance(self.municipality_code, Unset):
            municipality_code = UNSET
        else:
            municipality_code = self.municipality_code

        organization_type: int | None | str | Unset
        if isinstance(self.organization_type, Unset):
            organization_type = UNSET
        else:
            organization_type = self.organization_type

        tribute_code: None | str | Unset
        if isinstance(self.tribute_code, Unset):
            tribute_code = UNSET
        else:
            tribute_code = self.tribute_code

        address: dict[str, Any] | None | Unset
        if isinstance(self.address, Unset):
            address = UNSET
        elif isinstance(self.address, Address):
            address = self.address.to_dict()
        else:
            address = self.address

        metadata: dict[str, Any] | None | Unset
        if isinstance(self.metadata, Unset):
            metadata = UNSET
        elif isinstance(self.metadata, Metadata):
            metadata = self.metadata.to_dict()
        else:
            metadata = self.metadata

        defaults: dict[str, Any] | None | Unset
        if isinstance(self.defaults, Unset):
            defaults = UNSET
        elif isinstance(self.defaults, ClientDefaults):
            defaults = self.defaults.to_dict()
        else:
            defaults = self.defaults

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if company is not UNSET:
            field_dict["company"] = company
        if legal_name is not UNSET:
            field_dict["legal_name"] = legal_name
        if email is not UNSET:
            field_dict["email"] = email
        if phone is not UNSET:
            field_dict["phone"] = phone
        if bcc is not UNSET:
            field_dict["bcc"] = bcc
        if tax_id is not UNSET:
            field_dict["tax_id"] = tax_id
        if tax_system is not UNSET:
            field_dict["tax_system"] = tax_system
        if use is not UNSET:
            field_dict["use"] = use
        if document_type is not UNSET:
            field_dict["document_type"] = document_type
        if dv is not UNSET:
            field_dict["dv"] = dv
        if fiscal_responsibilities is not UNSET:
            field_dict["fiscal_responsibilities"] = fiscal_responsibilities
        if municipality_code is not UNSET:
            field_dict["municipality_code"] = municipality_code
        if organization_type is not UNSET:
            field_dict["organization_type"] = organization_type
        if tribute_code is not UNSET:
            field_dict["tribute_code"] = tribute_code
        if address is not UNSET:
            field_dict["address"] = address
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if defaults is not UNSET:
            field_dict["defaults"] = defaults

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name: None | str | Unset = d.pop("name", UNSET)

        company: None | str | Unset = d.pop("company", UNSET)

        legal_name: None | str | Unset = d.pop("legal_name", UNSET)

        email: None | str | Unset = d.pop("email", UNSET)

        phone: None | str | Unset = d.pop("phone", UNSET)

        bcc_data = d.pop("bcc", UNSET)
        bcc: list[str] | None | Unset
        if not isinstance(bcc_data, list):
            bcc = cast(list[str] | None | Unset, bcc_data)
        else:
            try:
                bcc_type_0 = cast(list[str], bcc_data)

                bcc = bcc_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                bcc = cast(list[str] | None | Unset, bcc_data)

        tax_id: None | str | Unset = d.pop("tax_id", UNSET)

        tax_system_data = d.pop("tax_system", UNSET)
        tax_system: None | TaxSystem | Unset
        if not isinstance(tax_system_data, str):
            tax_system = cast(None | TaxSystem | Unset, tax_system_data)
        else:
            try:
                tax_system_type_0 = TaxSystem(tax_system_data)

                tax_system = tax_system_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                tax_system = cast(None | TaxSystem | Unset, tax_system_data)

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

        document_type: None | str | Unset = d.pop("document_type", UNSET)

        dv: None | str | Unset = d.pop("dv", UNSET)

        fiscal_responsibilities_data = d.pop("fiscal_responsibilities", UNSET)
        fiscal_responsibilities: list[str] | None | Unset
        if not isinstance(fiscal_responsibilities_data, list):
            fiscal_responsibilities = cast(list[str] | None | Unset, fiscal_responsibilities_data)
        else:
            try:
                fiscal_responsibilities_type_0 = cast(list[str], fiscal_responsibilities_data)

                fiscal_responsibilities = fiscal_responsibilities_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                fiscal_responsibilities = cast(list[str] | None | Unset, fiscal_responsibilities_data)

        municipality_code: None | str | Unset = d.pop("municipality_code", UNSET)

        organization_type: int | None | str | Unset = d.pop("organization_type", UNSET)

        tribute_code: None | str | Unset = d.pop("tribute_code", UNSET)

        address_data = d.pop("address", UNSET)
        address: Address | None | Unset
        if not isinstance(address_data, dict):
            address = cast(Address | None | Unset, address_data)
        else:
            try:
                address_type_0 = Address.from_dict(address_data)

                address = address_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                address = cast(Address | None | Unset, address_data)

        metadata_data = d.pop("metadata", UNSET)
        metadata: Metadata | None | Unset
        if not isinstance(metadata_data, dict):
            metadata = cast(Metadata | None | Unset, metadata_data)
        else:
            try:
                metadata_type_0 = Metadata.from_dict(metadata_data)

                metadata = metadata_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                metadata = cast(Metadata | None | Unset, metadata_data)

        defaults_data = d.pop("defaults", UNSET)
        defaults: ClientDefaults | None | Unset
        if not isinstance(defaults_data, dict):
            defaults = cast(ClientDefaults | None | Unset, defaults_data)
        else:
            try:
                defaults_type_0 = ClientDefaults.from_dict(defaults_data)

                defaults = defaults_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                defaults = cast(ClientDefaults | None | Unset, defaults_data)

        client_update = cls(
            name=name,
            company=company,
            legal_name=legal_name,
            email=email,
            phone=phone,
            bcc=bcc,
            tax_id=tax_id,
            tax_system=tax_system,
            use=use,
            document_type=document_type,
            dv=dv,
            fiscal_responsibilities=fiscal_responsibilities,
            municipality_code=municipality_code,
            organization_type=organization_type,
            tribute_code=tribute_code,
            address=address,
            metadata=metadata,
            defaults=defaults,
        )

        client_update.additional_properties = d
        return client_update

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


from ..models.address import Address  # noqa: E402
from ..models.client_defaults import ClientDefaults  # noqa: E402
from ..models.metadata import Metadata  # noqa: E402
