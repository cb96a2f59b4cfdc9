"""Every template override is pinned to the generator version it was written against: when an
upgrade of openapi-python-client changes the original of an override, this fails so the override
is reviewed (custom templates are outside the generator's semver promise)."""

import hashlib
import json
from importlib.metadata import version
from pathlib import Path

import openapi_python_client

from support.paths import ROOT

TEMPLATES = ROOT / "templates"
PINS = json.loads((TEMPLATES / "UPSTREAM.json").read_text())
UPSTREAM = Path(openapi_python_client.__file__).parent / "templates"


def overrides() -> list[str]:
    return sorted(p.relative_to(TEMPLATES).as_posix() for p in TEMPLATES.rglob("*.jinja") if p.parent.name != "sdk")


def test_the_pinned_generator_is_the_installed_one() -> None:
    assert version(PINS["generator"]) == PINS["version"], (
        "the generator was upgraded: review every override against its new original, then update templates/UPSTREAM.json"
    )


def test_every_override_replaces_a_template_of_the_generator_and_is_pinned() -> None:
    assert overrides() == sorted(PINS["originals"]), "add (or remove) the override's pin in templates/UPSTREAM.json"
    for name in overrides():
        assert (UPSTREAM / name).exists(), f"{name} overrides nothing: new templates belong in templates/sdk/"


def test_no_original_changed_since_its_override_was_written() -> None:
    changed = [
        name
        for name, digest in PINS["originals"].items()
        if hashlib.sha256((UPSTREAM / name).read_bytes()).hexdigest() != digest
    ]
    assert not changed, f"the generator's originals changed for {changed}: review these overrides"
