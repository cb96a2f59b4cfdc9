"""docs/webhooks.md lists every event name of the spec's `webhooks:` section with its model, so a
user can dispatch on each; a new event in the spec without a row here fails."""

import re

import yaml

from support.paths import ROOT

SPEC = yaml.safe_load((ROOT / "generated" / "openapi.yaml").read_text())
PAGE = (ROOT / "docs" / "webhooks.md").read_text(encoding="utf-8")


def test_every_event_has_its_row_and_model() -> None:
    rows = dict(re.findall(r"^\| `([a-z_.]+)` \| `webhooks\.(\w+)` \|", PAGE, flags=re.M))
    for name, item in SPEC["webhooks"].items():
        model = item["post"]["requestBody"]["content"]["application/json"]["schema"]["$ref"].rsplit("/", 1)[-1]
        assert rows.get(name) == model, name
    assert set(rows) == set(SPEC["webhooks"])


def test_the_spelling_and_the_payment_warning_are_documented() -> None:
    assert "`payment.canceled` and `invoice.canceled`" in PAGE and "aliases" in PAGE
    assert "payment.failed" in PAGE and "payment.refunded" in PAGE and "money received" in PAGE
