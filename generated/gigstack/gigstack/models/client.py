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
    from ..models.client_efos import ClientEfos
    from ..models.metadata import Metadata


T = TypeVar("T", bound="Client")


@_attrs_define
class Client:
    """A client (customer) of your team: who you invoice and charge. Only `id` is always present;
    list responses return a subset of the fields. Fields may be `null` when never set. A client
    outside Mexico (Colombia) carries its fiscal identity in `document_type`, `dv`,
    `fiscal_responsibilities`, `municipality_code`, `organization_type` and `tribute_code`.

        Attributes:
            id (str): Identifier, prefixed `client_`. Example: client_1234567890.
            name (None | str | Unset): Display or contact name. Example: Juan Pérez García.
            company (None | str | Unset):  Example: Empresa SA de CV.
            legal_name (None | str | Unset): Razón social as registered with the SAT. Example: Juan Pérez García.
            email (None | str | Unset):  Example: juan.perez@ejemplo.com.
            phone (None | str | Unset):  Example: +52 55 1234 5678.
            bcc (list[str] | None | Unset): Extra recipients copied on every email sent to this client.
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
            is_valid (bool | None | Unset): Whether the fiscal data passed the last SAT validation.
            efos (ClientEfos | None | Unset):
            livemode (bool | Unset): False for objects created with a test key.
            team (None | str | Unset): Owning team, prefixed `team_`. Example: team_1234567890.
            owner (None | str | Unset): User who created the client. Example: user_1234567890.
            from_ (None | str | Unset): Where the client was created (`api`, `manual`, ...). Example: api.
            created_at (int | Unset): Creation time in unix seconds. Example: 1677651234.
    """

    id: str
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
    is_valid: bool | None | Unset = UNSET
    efos: ClientEfos | None | Unset = UNSET
    livemode: bool | Unset = UNSET
    team: None | str | Unset = UNSET
    owner: None | str | Unset = UNSET
    from_: None | str | Unset = UNSET
    created_at: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

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

        is_valid: bool | None | Unset
        if isinstance(self.is_valid, Unset):
            is_valid = UNSET
        else:
            is_valid = self.is_valid

        efos: dict[str, Any] | None | Unset
        if isinstance(self.efos, Unset):
            efos = UNSET
        elif isinstance(self.efos, ClientEfos):
            efos = self.efos.to_dict()
        else:
            efos = self.efos

        livemode = self.livemode

        team: None | str | Unset
        if isinstance(self.team, Unset):
            team = UNSET
        else:
            team = self.team

        owner: None | str | Unset
        if isinstance(self.owner, Unset):
            owner = UNSET
        else:
            owner = self.owner

        from_: None | str | Unset
        if isinstance(self.from_, Unset):
            from_ = UNSET
        else:
            from_ = self.from_

        created_at = self.created_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
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
        if is_valid is not UNSET:
            field_dict["is_valid"] = is_valid
        if efos is not UNSET:
            field_dict["efos"] = efos
        if livemode is not UNSET:
            field_dict["livemode"] = livemode
        if team is not UNSET:
            field_dict["team"] = team
        if owner is not UNSET:
            field_dict["owner"] = owner
        if from_ is not UNSET:
            field_dict["from"] = from_
        if created_at is not UNSET:
            field_dict["created_at"] = created_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

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

        is_valid: bool | None | Unset = d.pop("is_valid", UNSET)

        efos_data = d.pop("efos", UNSET)
        efos: ClientEfos | None | Unset
        if not isinstance(efos_data, dict):
            efos = cast(ClientEfos | None | Unset, efos_data)
        else:
            try:
                efos_type_0 = ClientEfos.from_dict(efos_data)

                efos = efos_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                efos = cast(ClientEfos | None | Unset, efos_data)

        livemode = d.pop("livemode", UNSET)

        team: None | str | Unset = d.pop("team", UNSET)

        owner: None | str | Unset = d.pop("owner", UNSET)

        from_: None | str | Unset = d.pop("from", UNSET)

        created_at = d.pop("created_at", UNSET)

        client = cls(
            id=id,
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
            is_valid=is_valid,
            efos=efos,
            livemode=livemode,
            team=team,
            owner=owner,
            from_=from_,
            created_at=created_at,
        )

        client.additional_properties = d
        return client

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
from ..models.client_efos import ClientEfos  # noqa: E402
from ..models.metadata import Metadata  # noqa: E402
