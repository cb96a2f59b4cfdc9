"""Typed user programs (tests/user_programs/), written from the README as a careful user would,
pass mypy --strict and pyright strict unchanged and run correctly against a scripted server."""

import json
import os
import subprocess
import sys
from pathlib import Path

from support.paths import ROOT
from support.server import Reply, ScriptedServer

PROGRAMS = ROOT / "tests" / "user_programs"
PACKAGE = ROOT / "generated" / "gigstack"


def run(program: str, server: ScriptedServer, *args: str) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("GIGSTACK_")}
    env.update(
        GIGSTACK_API_KEY="sk_test_user_programs",
        GIGSTACK_API_BASE_URL=server.base_url,
        PYTHONPATH=str(PACKAGE),
    )
    result = subprocess.run(
        [sys.executable, str(PROGRAMS / program), *args], capture_output=True, text=True, env=env, timeout=60
    )
    assert result.returncode == 0, result.stdout + result.stderr
    return result


def test_the_programs_pass_mypy_strict() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--no-incremental", str(PROGRAMS)],
        capture_output=True,
        text=True,
        env={"MYPYPATH": str(PACKAGE), "PATH": ""},
    )
    assert result.returncode == 0, result.stdout


def test_the_programs_pass_pyright_strict(tmp_path: Path) -> None:
    config = {
        "include": [str(PROGRAMS)],
        "typeCheckingMode": "strict",
        "pythonVersion": "3.11",
        "extraPaths": [str(PACKAGE)],
        "venvPath": str(ROOT),
        "venv": ".venv",
    }
    (tmp_path / "pyrightconfig.json").write_text(json.dumps(config))
    pyright = ROOT / ".venv" / "bin" / "pyright"
    result = subprocess.run([str(pyright), "--project", str(tmp_path)], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout[-5000:]


def test_listing_with_filters_across_pages(server) -> None:
    def page(names: list[str | None], next_: str | None) -> Reply:
        data = [{"id": f"client_{n}", "legal_name": name} for n, name in enumerate(names)]
        return Reply(200, {"data": data, "next": next_, "has_more": next_ is not None})

    server.queue(page(["ACME", None], "cur_2"), page(["KEMPER"], None))
    result = run("list_with_filters.py", server)
    assert result.stdout.strip() == "3 clients: ACME, client_1, KEMPER"
    assert sorted(server.received[1].query) == [
        ("created[gte]", "1767225600"),
        ("limit", "2"),
        ("next", "cur_2"),
        ("order_by", "name"),
        ("sort", "asc"),
    ]


def test_issuing_an_invoice_and_handling_a_400(server) -> None:
    body = {"message": "The request is not valid", "error": {"code": "validation_failed"}}
    server.queue(Reply(400, body, headers={"X-Request-Id": "req_7Hq2"}))
    result = run("issue_invoice.py", server)
    assert result.stdout.strip() == "rejected: validation_failed (request req_7Hq2): The request is not valid"
    assert len(server.received) == 1


def test_issuing_an_invoice(server) -> None:
    server.queue(Reply(201, {"data": {"uuid": "5FB2822E-396D", "total": 1740.0}}))
    assert run("issue_invoice.py", server).stdout.strip() == "stamped 5FB2822E-396D for 1740.00"


def test_fetching_20_clients_concurrently(server) -> None:
    replies = [
        Reply(200, {"data": {"id": f"client_{n:02d}", "tax_id": "EKU9003173C9" if n % 2 else None}}) for n in range(20)
    ]
    server.queue(*replies)
    assert run("fetch_concurrently.py", server).stdout.strip() == "fetched 20 clients, 10 with an RFC"
    assert len(server.received) == 20


def test_parsing_good_unknown_and_malformed_webhooks(server) -> None:
    lines = run("parse_webhooks.py", server).stdout.splitlines()
    assert lines[0] == "stamped 5FB2822E-396D"
    assert lines[1] == "other event invoice.teleported (known: False)"
    assert lines[2].startswith("400: ") and server.received == []


def test_downloading_the_pdf_and_the_xml(server, tmp_path: Path) -> None:
    host = server.base_url.rsplit("/v2", 1)[0]
    pdf, xml = b"%PDF-1.7 test", b"<cfdi:Comprobante/>"
    server.queue(
        Reply(200, {"data": {"pdf": f"{host}/f/a.pdf?sig=1"}}),
        Reply(200, body=pdf),
        Reply(200, {"data": {"xml": f"{host}/f/a.xml?sig=2"}}),
        Reply(200, body=xml),
    )
    assert run("download_files.py", server, str(tmp_path)).stdout.splitlines() == [
        "invoice.pdf: 13 bytes",
        "invoice.xml: 19 bytes",
    ]
    assert (tmp_path / "invoice.pdf").read_bytes() == pdf and (tmp_path / "invoice.xml").read_bytes() == xml


def test_verifying_webhooks(server) -> None:
    result = run("verify_webhooks.py", server)
    assert result.stdout.split("\n")[:5] == [
        "200 payment.succeeded 1160",
        "400 signature_mismatch",
        "400 missing_header",
        "400 timestamp_too_old",
        "400 malformed",
    ]
    assert server.received == []


def test_sending_through_my_own_http_clients(server) -> None:
    server.queue(
        Reply(200, {"data": [{"id": "client_1"}], "has_more": False}),
        Reply(200, {"message": "ok", "data": {"id": "client_1", "legal_name": "Karla Fuente Nolasco"}}),
    )
    out = run("own_http_client.py", server).stdout
    assert "sync: 1 client(s), my client closed: False" in out
    assert "async: Karla Fuente Nolasco, my client closed: False" in out
    assert "requests: GET /v2/clients; GET /v2/clients/client_1" in out
    assert [r.headers["Authorization"] for r in server.received] == ["Bearer sk_test_user_programs"] * 2
    assert server.received[0].headers["X-Request-Source"] == "billing-batch"
