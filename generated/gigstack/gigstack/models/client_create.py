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
    from ..models.client_search import ClientSearch
    from ..models.metadata import Metadata


T = TypeVar("T", bound="ClientCreate")


@_attrs_define
class ClientCreate:
    """Fields of a new client. The API publishes no required fields; to stamp CFDI 4.0 for the
    client you need at least `legal_name`, `tax_id`, `tax_system` and `address.zip`. Add `search`
    to create-or-update by a field instead of always creating.

        Attributes:
            name (str | Unset):  Example: Juan Pérez García.
            company (str | Unset):  Example: Empresa SA de CV.
            legal_name (str | Unset): Razón social exactly as on the Constancia de Situación Fiscal. Example: Juan Pérez
                García.
            email (str | Unset):  Example: juan.perez@ejemplo.com.
            phone (str | Unset):  Example: +52 55 1234 5678.
            bcc (list[str] | Unset):
            tax_id (str | Unset): RFC: 12 characters for a legal entity, 13 for an individual. Example: PEGJ800101AB1.
            tax_system (TaxSystem | Unset): SAT c_RegimenFiscal: the tax regime (régimen fiscal) of a taxpayer, as valid for
                CFDI 4.0.
                Only codes in force are listed; retired codes (609, 628, 629, 630) are not offered. The
                generated client keeps any code it does not know (a regime the SAT adds later) as a raw value
                instead of failing.
                 Example: 601.
            use (CfdiUse | Unset): SAT c_UsoCFDI: what the receiver will use the CFDI for, as valid for CFDI 4.0. Member
                names
                are the SAT codes themselves. The retired code P01 ("por definir", replaced by S01) is not
                offered, although older gigstack examples still show it; the generated client keeps it, and
                any other code it does not know, as a raw value instead of failing.
                 Example: G03.
            document_type (None | str | Unset): Colombia: kind of identity document (DIAN code, e.g. `31` for a NIT).
                Example: 31.
            dv (None | str | Unset): Colombia: check digit (dígito de verificación) of the NIT. Example: 9.
            fiscal_responsibilities (list[str] | None | Unset): Colombia: fiscal responsibilities (DIAN codes such as
                `O-13`, `R-99-PN`). Example: ['O-13'].
            municipality_code (None | str | Unset): Colombia: DANE code of the municipality. Example: 11001.
            organization_type (int | None | str | Unset): Colombia: `1` for a legal entity, `2` for a natural person; sent
                as a number or a string. Example: 1.
            tribute_code (None | str | Unset): Colombia: tax (tributo) code, such as `01` (IVA) or `ZZ`. Example: 01.
            address (Address | Unset): A postal address. Requests usually send the country as a name ("Mexico"); responses
                return
                it normalised to ISO 3166-1 alpha-3 ("MEX"). `zip` is the fiscal postal code the SAT checks
                against the taxpayer's Constancia de Situación Fiscal.
            metadata (Metadata | Unset): Free-form key/value data of your own, stored with the object and returned as sent.
                Example: {'custom_field': 'value', 'department': 'sales'}.
            defaults (ClientDefaults | Unset): Per-client defaults for documents gigstack issues automatically.
            search (ClientSearch | Unset): Upsert instructions for createClient: look for an existing client whose `on_key`
                field
                equals `on_value`. One match: it is returned unchanged (200), or updated first when `update`
                is true (200). No match: a new client is created (201). Several matches: 409.
    """

    name: str | Unset = UNSET
    company: str | Unset = UNSET
    legal_name: str | Unset = UNSET
    email: str | Unset = UNSET
    phone: str | Unset = UNSET
    bcc: list[str] | Unset = UNSET
    tax_id: str | Unset = UNSET
    tax_system: TaxSystem | Unset = UNSET
    use: CfdiUse | Unset = UNSET
    document_type: None | str | Unset = UNSET
    dv: None | str | Unset = UNSET
    fiscal_responsibilities: list[str] | None | Unset = UNSET
    municipality_code: None | str | Unset = UNSET
    organization_type: int | None | str | Unset = UNSET
    tribute_code: None | str | Unset = UNSET
    address: Address | Unset = UNSET
    metadata: Metadata | Unset = UNSET
    defaults: ClientDefaults | Unset = UNSET
    search: ClientSearch | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        company = self.company

        legal_name = self.legal_name

        email = self.email

        phone = self.phone

        bcc: list[str] | Unset = UNSET
        if not isinstance(self.bcc, Unset):
            bcc = self.bcc

        tax_id = self.tax_id

        tax_system: str | Unset = UNSET
        if not isinstance(self.tax_system, Unset):
            tax_system = self.tax_system.value

        use: str | Unset = UNSET
        if not isinstance(self.use, Unset):
            use = self.use.value

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

        address: dict[str, Any] | Unset = UNSET
        if not isinstance(self.address, Unset):
            address = self.address.to_dict()

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        defaults: dict[str, Any] | Unset = UNSET
        if not isinstance(self.defaults, Unset):
            defaults = self.defaults.to_dict()

        search: dict[str, Any] | Unset = UNSET
        if not isinstance(self.search, Unset):
            search = self.search.to_dict()

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
        if search is not UNSET:
            field_dict["search"] = search

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name", UNSET)

        company = d.pop("company", UNSET)

        legal_name = d.pop("legal_name", UNSET)

        email = d.pop("email", UNSET)

        phone = d.pop("phone", UNSET)

        bcc = cast(list[str], d.pop("bcc", UNSET))

        tax_id = d.pop("tax_id", UNSET)

        _tax_system = d.pop("tax_system", UNSET)
        tax_system: TaxSystem | Unset
        if isinstance(_tax_system, Unset):
            tax_system = UNSET
        else:
            tax_system = TaxSystem(_tax_system)

        _use = d.pop("use", UNSET)
        use: CfdiUse | Unset
        if isinstance(_use, Unset):
            use = UNSET
        else:
            use = CfdiUse(_use)

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

        _address = d.pop("address", UNSET)
        address: Address | Unset
        if isinstance(_address, Unset):
            address = UNSET
        else:
            address = Address.from_dict(_address)

        _metadata = d.pop("metadata", UNSET)
        metadata: Metadata | Unset
        if isinstance(_metadata, Unset):
            metadata = UNSET
        else:
            metadata = Metadata.from_dict(_metadata)

        _defaults = d.pop("defaults", UNSET)
        defaults: ClientDefaults | Unset
        if isinstance(_defaults, Unset):
            defaults = UNSET
        else:
            defaults = ClientDefaults.from_dict(_defaults)

        _search = d.pop("search", UNSET)
        search: ClientSearch | Unset
        if isinstance(_search, Unset):
            search = UNSET
        else:
            search = ClientSearch.from_dict(_search)

        client_create = cls(
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
            search=search,
        )

        client_create.additional_properties = d
        return client_create

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
from ..models.client_search import ClientSearch  # noqa: E402
from ..models.metadata import Metadata  # noqa: E402
