from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.cfdi_use import CfdiUse
from ..models.tax_system import TaxSystem
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.address import Address
    from ..models.client_reference_search import ClientReferenceSearch
    from ..models.metadata import Metadata


T = TypeVar("T", bound="ClientReference")


@_attrs_define
class ClientReference:
    """The client of an invoice, payment or receipt: an existing client by `id`, or one found (and,
    with `search.auto_create`, created) from the fields given here.

        Attributes:
            id (str | Unset):  Example: client_Rk2fP9sLm4Qz.
            search (ClientReferenceSearch | Unset): Find the client of a document by one of its fields, optionally creating
                it from the reference's fields.
            name (str | Unset):
            legal_name (str | Unset):  Example: ESCUELA KEMPER URGATE.
            email (str | Unset):
            phone (str | Unset):
            tax_id (str | Unset):  Example: EKU9003173C9.
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
            address (Address | Unset): A postal address. Requests usually send the country as a name ("Mexico"); responses
                return
                it normalised to ISO 3166-1 alpha-3 ("MEX"). `zip` is the fiscal postal code the SAT checks
                against the taxpayer's Constancia de Situación Fiscal.
            metadata (Metadata | Unset): Free-form key/value data of your own, stored with the object and returned as sent.
                Example: {'custom_field': 'value', 'department': 'sales'}.
    """

    id: str | Unset = UNSET
    search: ClientReferenceSearch | Unset = UNSET
    name: str | Unset = UNSET
    legal_name: str | Unset = UNSET
    email: str | Unset = UNSET
    phone: str | Unset = UNSET
    tax_id: str | Unset = UNSET
    tax_system: TaxSystem | Unset = UNSET
    use: CfdiUse | Unset = UNSET
    address: Address | Unset = UNSET
    metadata: Metadata | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        search: dict[str, Any] | Unset = UNSET
        if not isinstance(self.search, Unset):
            search = self.search.to_dict()

        name = self.name

        legal_name = self.legal_name

        email = self.email

        phone = self.phone

        tax_id = self.tax_id

        tax_system: str | Unset = UNSET
        if not isinstance(self.tax_system, Unset):
            tax_system = self.tax_system.value

        use: str | Unset = UNSET
        if not isinstance(self.use, Unset):
            use = self.use.value

        address: dict[str, Any] | Unset = UNSET
        if not isinstance(self.address, Unset):
            address = self.address.to_dict()

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if search is not UNSET:
            field_dict["search"] = search
        if name is not UNSET:
            field_dict["name"] = name
        if legal_name is not UNSET:
            field_dict["legal_name"] = legal_name
        if email is not UNSET:
            field_dict["email"] = email
        if phone is not UNSET:
            field_dict["phone"] = phone
        if tax_id is not UNSET:
            field_dict["tax_id"] = tax_id
        if tax_system is not UNSET:
            field_dict["tax_system"] = tax_system
        if use is not UNSET:
            field_dict["use"] = use
        if address is not UNSET:
            field_dict["address"] = address
        if metadata is not UNSET:
            field_dict["metadata"] = metadata

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        _search = d.pop("search", UNSET)
        search: ClientReferenceSearch | Unset
        if isinstance(_search, Unset):
            search = UNSET
        else:
            search = ClientReferenceSearch.from_dict(_search)

        name = d.pop("name", UNSET)

        legal_name = d.pop("legal_name", UNSET)

        email = d.pop("email", UNSET)

        phone = d.pop("phone", UNSET)

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

        client_reference = cls(
            id=id,
            search=search,
            name=name,
            legal_name=legal_name,
            email=email,
            phone=phone,
            tax_id=tax_id,
            tax_system=tax_system,
            use=use,
            address=address,
            metadata=metadata,
        )

        client_reference.additional_properties = d
        return client_reference

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
from ..models.client_reference_search import ClientReferenceSearch  # noqa: E402
from ..models.metadata import Metadata  # noqa: E402
