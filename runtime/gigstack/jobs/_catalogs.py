"""The SAT codes a row may use: the known members of the package's own enums, generated from the
spec's catalogs, so the job never keeps a second copy of a list."""

from __future__ import annotations

import functools
from importlib import import_module

# Field of a row -> (module of gigstack.models, enum class, the SAT catalog's name for messages).
CATALOGS: dict[str, tuple[str, str, str]] = {
    "payment_form": ("payment_form", "PaymentForm", "c_FormaPago"),
    "payment_method": ("payment_method", "PaymentMethod", "c_MetodoPago"),
    "use": ("cfdi_use", "CfdiUse", "c_UsoCFDI"),
    "tax_system": ("tax_system", "TaxSystem", "c_RegimenFiscal"),
    "exports": ("exports", "Exports", "c_Exportacion"),
    "taxability": ("taxability", "Taxability", "c_ObjetoImp"),
    "tax_type": ("tax_type", "TaxType", "tax type"),
    "tax_factor": ("tax_factor", "TaxFactor", "c_TipoFactor"),
}


@functools.cache
def known_codes(catalog: str) -> frozenset[str]:
    """Every code the package's enum for `catalog` lists (its UNKNOWN pseudo-member left out)."""
    module, name, _ = CATALOGS[catalog]
    enum = getattr(import_module(f"{__package__.rpartition('.')[0]}.models.{module}"), name)
    return frozenset(str(member.value) for member in enum)


def catalog_name(catalog: str) -> str:
    return CATALOGS[catalog][2]
