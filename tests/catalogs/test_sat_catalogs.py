"""Every SAT code list in the spec (a schema with `x-sat-catalog`) agrees with the official
catalogs shipped by satcfdi: each code exists, is in force for CFDI 4.0, and has the catalog's
description. When the SAT changes a catalog, this is the test that fails."""

import importlib.util
import pickle
import sqlite3
from functools import cache
from pathlib import Path

import pytest
import yaml
from satcfdi.create.cfd.catalogos import TipoFactor
from satcfdi.pacs import CancelReason

from support.paths import ROOT

SCHEMAS = ROOT / "openapi" / "components" / "schemas"
# satcfdi's tables follow catCFDI.xsd, which keeps codes retired for new CFDI 4.0 documents.
RETIRED = {
    "c_RegimenFiscal": {"609", "628", "629", "630"},
    "c_UsoCFDI": {"P01"},
    "c_FormaPago": {"07", "09", "10", "11", "16", "98"},
    "c_TipoRelacion": {"08", "09"},
}


@cache
def catalog(name: str) -> dict[str, str]:
    """code -> description, from satcfdi's bundled catalog database (no network)."""
    if name == "c_TipoFactor":  # satcfdi keeps this one as an enum only
        return {member.value: member.value for member in TipoFactor}
    if name == "c_MotivoCancelacion":
        return {member.value: member.name for member in CancelReason}
    package = Path(importlib.util.find_spec("satcfdi").submodule_search_locations[0])
    with sqlite3.connect(package / "catalogs" / "catalogs.db") as db:
        rows = db.execute(f"SELECT key, value FROM C756_{name}").fetchall()  # noqa: S608 - our own table names
    return {pickle.loads(key): pickle.loads(value) for key, value in rows}


def sat_schemas() -> list[tuple[str, dict]]:
    found = []
    for file in sorted(SCHEMAS.glob("*.yaml")):
        schema = yaml.safe_load(file.read_text())
        if "x-sat-catalog" in schema:
            found.append((file.stem, schema))
    return found


def test_the_sat_code_lists_are_found() -> None:
    names = {schema["x-sat-catalog"] for _, schema in sat_schemas()}
    assert {"c_RegimenFiscal", "c_UsoCFDI", "c_FormaPago", "c_MetodoPago", "c_Exportacion", "c_ObjetoImp"} <= names


@pytest.mark.parametrize(("name", "schema"), sat_schemas(), ids=[n for n, _ in sat_schemas()])
def test_every_code_exists_in_the_official_catalog_and_is_in_force(name: str, schema: dict) -> None:
    sat_name = schema["x-sat-catalog"]
    official = catalog(sat_name)
    codes = list(schema["enum"])
    if sat_name == "c_Impuesto":  # gigstack names the tax; each description cites the catalog's code
        code_of = {tax: code for code, tax in official.items()}
        assert set(codes) == set(code_of), name
        assert all(f"c_Impuesto {code_of[tax]}" in schema["x-enumDescriptions"][tax] for tax in codes), name
        return
    assert set(codes) <= set(official), f"{name}: not in {sat_name}: {sorted(set(codes) - set(official))}"
    assert not set(codes) & RETIRED.get(sat_name, set()), f"{name} lists retired codes"
    assert len(codes) == len(set(official) - RETIRED.get(sat_name, set())), f"{name}: codes in force are missing"


@pytest.mark.parametrize(("name", "schema"), sat_schemas(), ids=[n for n, _ in sat_schemas()])
def test_every_description_is_the_catalogs(name: str, schema: dict) -> None:
    sat_name = schema["x-sat-catalog"]
    descriptions = schema["x-enumDescriptions"]
    assert set(descriptions) == set(schema["enum"]), f"{name}: one description per code"
    assert len(schema["x-enum-varnames"]) == len(schema["enum"]), f"{name}: one member name per code"
    if sat_name in ("c_MotivoCancelacion", "c_Impuesto"):
        return  # satcfdi carries names only (and misspells 04); the codes are checked above
    official = catalog(sat_name)
    wrong = {code: (text, official[code]) for code, text in descriptions.items() if text != official[code]}
    assert not wrong, f"{name}: descriptions differ from {sat_name}: {wrong}"
