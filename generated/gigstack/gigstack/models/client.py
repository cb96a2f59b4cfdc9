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
    list responses return a subset of the fields. Fields may be `null` when never set.

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
        from ..models.address import Address  # noqa: PLC0415
        from ..models.client_defaults import ClientDefaults  # noqa: PLC0415
        from ..models.client_efos import ClientEfos  # noqa: PLC0415
        from ..models.metadata import Metadata  # noqa: PLC0415

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
        from ..models.address import Address  # noqa: PLC0415
        from ..models.client_defaults import ClientDefaults  # noqa: PLC0415
        from ..models.client_efos import ClientEfos  # noqa: PLC0415
        from ..models.metadata import Metadata  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        def _parse_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        name = _parse_name(d.pop("name", UNSET))

        def _parse_company(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        company = _parse_company(d.pop("company", UNSET))

        def _parse_legal_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        legal_name = _parse_legal_name(d.pop("legal_name", UNSET))

        def _parse_email(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        email = _parse_email(d.pop("email", UNSET))

        def _parse_phone(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        phone = _parse_phone(d.pop("phone", UNSET))

        def _parse_bcc(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                bcc_type_0 = cast(list[str], data)

                return bcc_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        bcc = _parse_bcc(d.pop("bcc", UNSET))

        def _parse_tax_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        tax_id = _parse_tax_id(d.pop("tax_id", UNSET))

        def _parse_tax_system(data: object) -> None | TaxSystem | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                tax_system_type_0 = TaxSystem(data)

                return tax_system_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | TaxSystem | Unset, data)

        tax_system = _parse_tax_system(d.pop("tax_system", UNSET))

        def _parse_use(data: object) -> CfdiUse | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                use_type_0 = CfdiUse(data)

                return use_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CfdiUse | None | Unset, data)

        use = _parse_use(d.pop("use", UNSET))

        def _parse_address(data: object) -> Address | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                address_type_0 = Address.from_dict(data)

                return address_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Address | None | Unset, data)

        address = _parse_address(d.pop("address", UNSET))

        def _parse_metadata(data: object) -> Metadata | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                metadata_type_0 = Metadata.from_dict(data)

                return metadata_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Metadata | None | Unset, data)

        metadata = _parse_metadata(d.pop("metadata", UNSET))

        def _parse_defaults(data: object) -> ClientDefaults | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                defaults_type_0 = ClientDefaults.from_dict(data)

                return defaults_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ClientDefaults | None | Unset, data)

        defaults = _parse_defaults(d.pop("defaults", UNSET))

        def _parse_is_valid(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        is_valid = _parse_is_valid(d.pop("is_valid", UNSET))

        def _parse_efos(data: object) -> ClientEfos | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                efos_type_0 = ClientEfos.from_dict(data)

                return efos_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ClientEfos | None | Unset, data)

        efos = _parse_efos(d.pop("efos", UNSET))

        livemode = d.pop("livemode", UNSET)

        def _parse_team(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        team = _parse_team(d.pop("team", UNSET))

        def _parse_owner(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        owner = _parse_owner(d.pop("owner", UNSET))

        def _parse_from_(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        from_ = _parse_from_(d.pop("from", UNSET))

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
