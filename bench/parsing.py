"""The parse benchmarks: decoding a page plus the models against decoding alone, and reading nine
fields of every client of a page against plain dict access, with pydantic v2 and msgspec beside.

Every pair is measured side by side (interleaved rounds, the best of each). The ratios with a
target use the standard library's json on both sides, so they measure what the models add; the
rows marked "default install" decode with the package's own decoder (orjson on CPython), as a user's
call does, and name it.
"""

import json
from collections.abc import Callable
from functools import partial
from typing import Any

import yaml

from bench import pages
from bench.peers import MsgspecPeers, PeerModels
from bench.rows import ROOT, Row, best_of, interleaved

PARSE_TARGET = 1.5  # ≤ this many times json.loads
READ_TARGET = 1.5  # ≤ this many times json.loads + dict access


def _schemas() -> dict[str, Any]:
    schemas: dict[str, Any] = yaml.safe_load((ROOT / "generated/openapi.yaml").read_text())["components"]["schemas"]
    return schemas


def decoder_name() -> str:
    from gigstack import _json

    return str(_json.DECODER)


def _parse(model: Any, loads: Callable[[bytes], Any], raw: bytes, items: bool) -> Any:
    parsed = model.from_dict(loads(raw))
    return parsed.data if items else parsed


def parsing(rows: list[Row], quick: bool) -> None:
    """from_dict(json.loads(body)) against json.loads(body), for a 100-client and a 100-invoice page."""
    import gigstack.models as models
    from gigstack import _json

    schemas = _schemas()
    pydantic_peers = PeerModels(schemas)
    cases = [("clients page (100)", "ClientList", pages.clients_page(100))]
    invoice = pages.income_invoice_item()
    if invoice is not None:
        cases.append(
            ("income invoices page (100)", "InvoiceList", pages.page_of(invoice, 100, prefix="invoice", message="ok"))
        )
    number, repeat = (20, 3) if quick else (200, 7)
    for label, name, body in cases:
        model, peer = getattr(models, name), pydantic_peers.model(name)
        raw = json.dumps(body).encode()
        assert model.from_dict(json.loads(raw)).to_dict() == body, "the benchmark body must round-trip"
        loads, ours, items, default, pydantic = interleaved(
            [
                partial(json.loads, raw),
                partial(_parse, model, json.loads, raw, False),
                partial(_parse, model, json.loads, raw, True),
                partial(_parse, model, _json.loads, raw, True),
                partial(peer.model_validate_json, raw),
            ],
            number,
            repeat,
        )
        base = f"{loads * 1e6:.0f} µs"
        rows += [
            Row(f"parse {label}: from_dict(json.loads) vs json.loads", f"{ours * 1e6:.0f} µs", base, ours / loads,
                f"≤ {PARSE_TARGET}x", ours / loads <= PARSE_TARGET),
            Row(f"parse {label} and build .data (every item typed) vs json.loads", f"{items * 1e6:.0f} µs", base,
                items / loads, f"≤ {PARSE_TARGET}x", items / loads <= PARSE_TARGET),
            Row(f"parse {label} and build .data, default install ({decoder_name()}) vs json.loads",
                f"{default * 1e6:.0f} µs", base, default / loads, "", None),
            Row(f"parse {label}: pydantic v2 peer, model_validate_json (validates every field) vs json.loads",
                f"{pydantic * 1e6:.0f} µs", base, pydantic / loads, "", None),
        ]  # fmt: skip


# The nine fields a program reads of each client: ids and names, tax identity, two codes, the
# fiscal postal code (a nested object) and a timestamp.
def _nine_dict(client: dict[str, Any]) -> tuple[Any, ...]:
    return (client["id"], client["name"], client["legal_name"], client["email"], client["tax_id"],
            client["tax_system"], client["use"], client["address"]["zip"], client["created_at"])  # fmt: skip


def _nine_attributes(client: Any) -> tuple[Any, ...]:
    return (client.id, client.name, client.legal_name, client.email, client.tax_id,
            client.tax_system, client.use, client.address.zip, client.created_at)  # fmt: skip


def reading(rows: list[Row], quick: bool) -> None:
    """Parse a 100-client page and read nine fields of each client, against json.loads and dict access."""
    import gigstack.models as models
    from gigstack import _json

    schemas = _schemas()
    pydantic_page = PeerModels(schemas).model("ClientList")
    msgspec_page = MsgspecPeers(schemas).model("ClientList")
    import msgspec

    msgspec_decoder = msgspec.json.Decoder(msgspec_page)
    raw = json.dumps(pages.clients_page(100)).encode()

    def plain() -> list[tuple[Any, ...]]:
        return [_nine_dict(client) for client in json.loads(raw)["data"]]

    def ours_with(loads: Callable[[bytes], Any]) -> Callable[[], list[tuple[Any, ...]]]:
        return lambda: [_nine_attributes(client) for client in models.ClientList.from_dict(loads(raw)).data]

    def pydantic() -> list[tuple[Any, ...]]:
        return [_nine_attributes(client) for client in pydantic_page.model_validate_json(raw).data]

    def msgspec_read() -> list[tuple[Any, ...]]:
        return [_nine_attributes(client) for client in msgspec_decoder.decode(raw).data]

    expected = plain()
    got = ours_with(json.loads)()
    assert [tuple(str(value) for value in row) for row in got] == [tuple(str(v) for v in row) for row in expected]
    number, repeat = (20, 3) if quick else (200, 7)
    base, ours, default, pyd, msg = interleaved(
        [plain, ours_with(json.loads), ours_with(_json.loads), pydantic, msgspec_read], number, repeat
    )
    label = "parse a 100-client page and read nine fields of each"
    baseline = f"{base * 1e6:.0f} µs"
    rows += [
        Row(f"{label}: json.loads + from_dict + attributes vs json.loads + dict access", f"{ours * 1e6:.0f} µs",
            baseline, ours / base, f"≤ {READ_TARGET}x", ours / base <= READ_TARGET),
        Row(f"{label}, default install ({decoder_name()}) vs json.loads + dict access", f"{default * 1e6:.0f} µs",
            baseline, default / base, f"≤ {READ_TARGET}x", default / base <= READ_TARGET),
        Row(f"{label}: pydantic v2 peer (model_validate_json) vs json.loads + dict access", f"{pyd * 1e6:.0f} µs",
            baseline, pyd / base, "", None),
        Row(f"{label}: msgspec peer (typed decode) vs json.loads + dict access", f"{msg * 1e6:.0f} µs",
            baseline, msg / base, "", None),
    ]  # fmt: skip


def decoder(rows: list[Row], quick: bool) -> None:
    """The decoder lever: the package's decoder against the standard library's, on the same page."""
    from gigstack import _json

    if decoder_name() == "json":
        return
    raw = json.dumps(pages.clients_page(100)).encode()
    number, repeat = (20, 3) if quick else (300, 7)
    stdlib = best_of(lambda: json.loads(raw), number, repeat)
    fast = best_of(lambda: _json.loads(raw), number, repeat)
    rows.append(Row(f"decode a 100-client page: {decoder_name()} (the package's decoder) vs json.loads",
                    f"{fast * 1e6:.0f} µs", f"{stdlib * 1e6:.0f} µs", fast / stdlib, "", None))  # fmt: skip


def parse_profile(quick: bool) -> str:
    """Where decoding a 100-client page and reading nine fields of each goes (cProfile, own time)."""
    import cProfile
    import io
    import pstats
    from pathlib import Path

    import gigstack.models as models

    raw = json.dumps(pages.clients_page(100)).encode()
    profiler = cProfile.Profile()
    profiler.enable()
    for _ in range(20 if quick else 200):
        _ = [_nine_attributes(client) for client in models.ClientList.from_dict(json.loads(raw)).data]
    profiler.disable()
    out = io.StringIO()
    stats = pstats.Stats(profiler, stream=out).sort_stats("tottime")
    stats.print_stats(10)
    lines = [line for line in out.getvalue().splitlines() if line.strip()][-11:]
    prefixes = (
        str(ROOT / "generated" / "gigstack") + "/",
        str(ROOT) + "/",
        str(Path(json.__file__).parent.parent) + "/",
    )
    for prefix in prefixes:
        lines = [line.replace(prefix, "") for line in lines]
    return "\n".join(lines)
