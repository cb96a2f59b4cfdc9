"""Record fixtures from a live gigstack API: replay a list of scenarios and write each exchange
in the repository's fixture format, redacted and normalised.

    GIGSTACK_API_KEY=<test-mode key> python scripts/record.py --base-url https://api.gigstack.io/v2

Redacted: the API key, emails, phone numbers and the RFCs of individuals (13 characters).
Normalised: object ids (`client_…` -> `client_rec00001`, the same id everywhere in one run) and
timestamps, so that re-recording an unchanged API gives a small diff. A live-mode key is
refused unless --allow-live is given.
"""

import argparse
import base64
import binascii
import json
import os
import re
import sys
from pathlib import Path
from typing import Any

import httpx
import yaml

ROOT = Path(__file__).resolve().parent.parent
FIXED_SECONDS = 1767225600  # 2026-01-01T00:00:00Z
ID_PATTERN = re.compile(r"\b(client|service|invoice|payment|receipt|refund|team|user|doc|wh|ba|sub)_[A-Za-z0-9]{6,}\b")
EMAIL_PATTERN = re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}")
PHONE_PATTERN = re.compile(r"\+?\d[\d\s().-]{8,}\d")
PERSON_RFC_PATTERN = re.compile(r"\b[A-ZÑ&]{4}\d{6}[A-Z0-9]{2}[0-9A]\b")
PUBLIC_RFCS = {"XAXX010101000", "XEXX010101000", "CACX7605101P8", "FUNK671228PH6"}  # generic and SAT test RFCs
TIMESTAMP_KEYS = re.compile(r"(^|_)(at|created|timestamp|date)$|^valid(_until|Until|_from)$|_period_(start|end)$")


class Refused(Exception):
    """The recording must not start."""


def key_mode(key: str) -> str:
    """`live` or `test`, from the key's JWT payload (or its prefix); `unknown` if neither says."""
    if re.match(r"^(sk|gsk)_live_", key):
        return "live"
    if re.match(r"^(sk|gsk)_test_", key):
        return "test"
    parts = key.split(".")
    if len(parts) == 3:
        try:
            payload = json.loads(base64.urlsafe_b64decode(parts[1] + "=" * (-len(parts[1]) % 4)))
        except (ValueError, binascii.Error):
            return "unknown"
        if isinstance(payload, dict) and "livemode" in payload:
            return "live" if payload["livemode"] else "test"
    return "unknown"


class Normaliser:
    """Replaces volatile and personal values consistently across one recording run."""

    def __init__(self) -> None:
        self.ids: dict[str, str] = {}
        self.emails: dict[str, str] = {}
        self.phones: dict[str, str] = {}
        self.rfcs: dict[str, str] = {}

    def _mapped(self, table: dict[str, str], value: str, make: Any) -> str:
        if value not in table:
            table[value] = make(len(table) + 1)
        return table[value]

    def text(self, value: str) -> str:
        value = ID_PATTERN.sub(
            lambda m: self._mapped(self.ids, m.group(0), lambda n: f"{m.group(1)}_rec{n:05d}"), value
        )
        value = EMAIL_PATTERN.sub(
            lambda m: self._mapped(self.emails, m.group(0).lower(), lambda n: f"person{n}@example.mx"), value
        )
        value = PERSON_RFC_PATTERN.sub(
            lambda m: (
                m.group(0)
                if m.group(0) in PUBLIC_RFCS
                else self._mapped(self.rfcs, m.group(0), lambda n: f"XXXX000101{n:03d}")
            ),
            value,
        )
        return PHONE_PATTERN.sub(
            lambda m: self._mapped(self.phones, m.group(0), lambda n: f"+52 55 0000 {n:04d}"), value
        )

    def value(self, node: Any, key: str = "") -> Any:
        if isinstance(node, dict):
            return {k: self.value(v, k) for k, v in node.items()}
        if isinstance(node, list):
            return [self.value(item, key) for item in node]
        if isinstance(node, bool) or node is None:
            return node
        if isinstance(node, int) and TIMESTAMP_KEYS.search(key):
            return FIXED_SECONDS * 1000 if node > 10**12 else FIXED_SECONDS
        if isinstance(node, str):
            return self.text(node)
        return node


def exchange(http: httpx.Client, scenario: dict[str, Any], normaliser: Normaliser) -> dict[str, Any]:
    """Send one scenario's request and return the fixture for it."""
    request = scenario["request"]
    response = http.request(
        request["method"], request["path"], params=request.get("query") or None, json=request.get("json")
    )
    recorded_request = {
        "method": request["method"],
        "path": "/v2" + normaliser.text(request["path"]),  # the API's prefix, whatever the base URL
        "query": normaliser.value(request.get("query") or {}),
        "headers": {"authorization": "Bearer REDACTED"},
        "json": normaliser.value(request.get("json")),
    }
    if request.get("json") is not None:
        recorded_request["headers"]["content-type"] = "application/json"
    try:
        body = response.json()
    except ValueError:
        body = None
    kept_headers = {k: v for k, v in response.headers.items() if k in ("content-type", "retry-after")}
    return {
        "request": recorded_request,
        "response": {"status": response.status_code, "headers": kept_headers, "json": normaliser.value(body)},
    }


def record(base_url: str, key: str, scenarios: list[dict[str, Any]], out: Path, allow_live: bool) -> list[Path]:
    mode = key_mode(key)
    if mode == "live" and not allow_live:
        raise Refused("This is a live-mode key: record with a test-mode key, or pass --allow-live on purpose.")
    normaliser = Normaliser()
    written = []
    headers = {"Authorization": f"Bearer {key}"}
    with httpx.Client(base_url=base_url.rstrip("/"), headers=headers, timeout=30, follow_redirects=False) as http:
        for scenario in scenarios:
            fixture = exchange(http, scenario, normaliser)
            target = out / scenario["fixture"]
            target = target.with_name(f"{fixture['response']['status']}_{target.name}.json")
            target.parent.mkdir(parents=True, exist_ok=True)
            text = json.dumps(fixture, indent=2, ensure_ascii=False) + "\n"
            if key in text:
                raise Refused(f"the key would have been written to {target}")  # a last guard
            target.write_text(text)
            written.append(target)
    return written


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--base-url", default=os.environ.get("GIGSTACK_API_BASE_URL", "https://api.gigstack.io/v2"))
    parser.add_argument("--scenarios", type=Path, default=ROOT / "tests" / "recording" / "scenarios.yaml")
    parser.add_argument("--out", type=Path, default=ROOT / "tests" / "fixtures")
    parser.add_argument("--allow-live", action="store_true", help="record with a live-mode key (creates real data)")
    args = parser.parse_args(argv)
    key = os.environ.get("GIGSTACK_API_KEY", "").strip()
    if not key:
        print("GIGSTACK_API_KEY is not set (use a test-mode key)", file=sys.stderr)
        return 2
    scenarios = yaml.safe_load(args.scenarios.read_text())
    try:
        written = record(args.base_url, key, scenarios, args.out, args.allow_live)
    except Refused as refusal:
        print(f"Refused: {refusal}", file=sys.stderr)
        return 2
    for path in written:
        print(f"wrote {path}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
