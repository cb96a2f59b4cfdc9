"""A stateful fake of the gigstack API on 127.0.0.1, for the bulk jobs' tests and benchmark.

It keeps income invoices in memory and behaves as gigstack does where the jobs depend on it: a
create with an idempotency key already used for the same body answers with the invoice it
already issued, with another body 409; lists page with `next` cursors and filter on
`created[gte]`/`created[lte]`; file links point back at it. Faults are scripted per key (`faults`)
or per file (`cut_files`), and a token bucket (`rate_limit`) answers 429 with Retry-After.

Bounded: at most `max_requests` requests, sockets with timeouts, and the test that starts it
stops it (use it as a context manager).
"""

from __future__ import annotations

import json
import math
import socket
import threading
import time
import uuid as uuids
from collections import Counter
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs, urlsplit

STAMP_NS = "http://www.sat.gob.mx/TimbreFiscalDigital"


def invoice_xml(uuid: str) -> bytes:
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<cfdi:Comprobante xmlns:cfdi="http://www.sat.gob.mx/cfd/4" Version="4.0" TipoDeComprobante="I">'
        f'<cfdi:Complemento><tfd:TimbreFiscalDigital xmlns:tfd="{STAMP_NS}" Version="1.1" UUID="{uuid.upper()}"/>'
        "</cfdi:Complemento></cfdi:Comprobante>\n"
    ).encode()


def invoice_pdf(uuid: str) -> bytes:
    return b"%PDF-1.4\n% invoice " + uuid.encode() + b"\n" + b"0" * 2048 + b"\n%%EOF\n"


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    request_queue_size = 64

    def handle_error(self, request: Any, client_address: Any) -> None:
        pass  # a client that gives up mid-answer is expected here


# The lists of each CFDI type, as an export reads them: path -> invoice_type.
LISTS = {
    "/v2/invoices/income": "I",
    "/v2/invoices/egress": "E",
    "/v2/invoices/payment": "P",
    "/v2/invoices/transfer": "T",
}


class FakeGigstack:
    def __init__(self, *, max_requests: int = 5000, rate_limit: float | None = None, create_delay: float = 0.0) -> None:
        self.max_requests = max_requests
        self.rate_limit = rate_limit  # requests a second; None: no limit
        self.burst = 1.0 if rate_limit is None else max(1.0, rate_limit / 20)
        self.create_delay = create_delay
        self.faults: dict[str, list[str]] = {}  # idempotency key -> faults for its next creates
        self.cut_files: set[str] = set()  # file names whose next download is cut mid-body
        self.wrong_xml: set[str] = set()  # uuids whose XML carries another UUID
        self.pdf_padding = b""  # bytes sent after every PDF (a PDF comment, "%000..."): a big file
        self.link_origin: str | None = None  # links to another host (e.g. plain http), instead of this one
        self.link_faults: dict[str, list[str]] = {}  # uuid -> faults ("429", "503") for its next link requests
        self.invoices: dict[str, dict[str, Any]] = {}  # uuid -> invoice
        self.by_key: dict[str, tuple[str, str]] = {}  # idempotency key -> (body, uuid)
        self.created: Counter[str] = Counter()  # idempotency key -> invoices issued
        self.posts_without_key = 0
        self.requests: Counter[str] = Counter()  # "POST /invoices/income" -> count
        self.statuses: Counter[int] = Counter()
        self.downloads: Counter[str] = Counter()
        self.total_requests = 0
        self._tokens = self.burst
        self._refilled = time.monotonic()
        self._lock = threading.Lock()
        self._httpd = _Server(("127.0.0.1", 0), self._handler())
        self._thread = threading.Thread(target=self._httpd.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self._httpd.server_port}/v2"

    @property
    def origin(self) -> str:
        return f"http://127.0.0.1:{self._httpd.server_port}"

    def __enter__(self) -> FakeGigstack:
        self._thread.start()
        return self

    def __exit__(self, *args: object) -> None:
        self._httpd.shutdown()
        self._httpd.server_close()
        self._thread.join(timeout=5)

    def add_invoice(self, *, created_at: int, uuid: str | None = None, **fields: Any) -> dict[str, Any]:
        found = uuid or str(uuids.uuid4())
        invoice = {
            "uuid": found,
            "id": f"invoice_{found[:8]}",
            "invoice_type": "I",
            "status": "valid",
            "series": "F",
            "folio_number": len(self.invoices) + 1,
            "currency": "MXN",
            "total": 1160.0,
            "client": {"id": "client_Rk2fP9sLm4Qz", "legal_name": "ESCUELA KEMPER URGATE", "tax_id": "EKU9003173C9"},
            "created_at": created_at,
            **fields,
        }
        self.invoices[found] = invoice
        return invoice

    # -- answers ---------------------------------------------------------------------------------

    def _throttled(self) -> float | None:
        """Seconds to wait when the token bucket is empty, else None (and a token is spent)."""
        if self.rate_limit is None:
            return None
        now = time.monotonic()
        self._tokens = min(self.burst, self._tokens + (now - self._refilled) * self.rate_limit)
        self._refilled = now
        if self._tokens >= 1:
            self._tokens -= 1
            return None
        return (1 - self._tokens) / self.rate_limit

    def _create(self, body: dict[str, Any]) -> tuple[int, Any, dict[str, str], str | None]:
        """(status, json, headers, after): `after` is "drop" to commit and then not answer."""
        key = body.get("idempotency_key")
        if not isinstance(key, str) or not key:
            self.posts_without_key += 1
            return 400, {"message": "idempotency_key required by this fake"}, {}, None
        fault = self.faults[key].pop(0) if self.faults.get(key) else None
        if fault == "503":
            return 503, {"message": "Service unavailable"}, {"Retry-After": "0"}, None
        if fault == "429":
            return 429, {"message": "Too many requests"}, {"Retry-After": "1"}, None
        if fault == "500":
            return 500, {"message": "Internal error"}, {}, None
        if fault == "401":
            return 401, {"message": "Invalid API key", "code": "unauthorized"}, {}, None
        if fault == "400":
            error = {"code": "cfdi_rejected", "message": "The SAT rejected the CFDI: the receiver's zip does not match"}
            return 400, {"message": "Validation failed", "error": error}, {}, None
        canonical = json.dumps({k: v for k, v in body.items() if k != "idempotency_key"}, sort_keys=True)
        if key in self.by_key:
            first_body, uuid = self.by_key[key]
            if first_body != canonical:
                error = {"code": "idempotency_conflict", "message": f"{key} was used for a different request"}
                return 409, {"message": "Idempotency key already used", "error": error}, {}, None
            return (
                200,
                {"message": "Invoice already exists for this idempotency key", "data": self.invoices[uuid]},
                {},
                fault,
            )
        invoice = self.add_invoice(
            created_at=int(time.time()), idempotency_key=key, client=body.get("client"), total=100.0
        )
        self.by_key[key] = (canonical, invoice["uuid"])
        self.created[key] += 1
        return 201, {"message": "Invoice created", "data": invoice}, {}, fault

    def _list(self, query: dict[str, list[str]], invoice_type: str = "I") -> tuple[int, Any]:
        gte = int(query.get("created[gte]", ["0"])[0])
        lte = int(query.get("created[lte]", [str(2**62)])[0])
        limit = int(query.get("limit", ["10"])[0])
        start = int(query.get("next", ["0"])[0])
        found = sorted(
            (
                i
                for i in self.invoices.values()
                if gte <= i["created_at"] <= lte
                and i.get("invoice_type", "I") == invoice_type
                and (not query.get("status") or i.get("status") == query["status"][0])
            ),
            key=lambda invoice: (-invoice["created_at"], invoice["uuid"]),
        )
        page = found[start : start + limit]
        more = start + limit < len(found)
        return 200, {"message": "ok", "data": page, "has_more": more, "next": str(start + limit) if more else None}

    def _handler(self) -> type[BaseHTTPRequestHandler]:
        fake = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"
            timeout = 10

            def log_message(self, *args: Any) -> None:
                pass

            def _answer(self, status: int, payload: Any, headers: dict[str, str] | None = None) -> None:
                data = json.dumps(payload).encode()
                self.send_response(status)
                self.send_header("Content-Type", "application/json; charset=utf-8")
                self.send_header("Content-Length", str(len(data)))
                for name, value in (headers or {}).items():
                    self.send_header(name, value)
                self.end_headers()
                self.wfile.write(data)
                with fake._lock:
                    fake.statuses[status] += 1

            def _drop(self) -> None:
                self.close_connection = True
                try:
                    self.connection.shutdown(socket.SHUT_RDWR)
                except OSError:
                    pass

            def _budget(self) -> bool:
                with fake._lock:
                    fake.total_requests += 1
                    if fake.total_requests > fake.max_requests:
                        self._drop()
                        return False
                    wait = fake._throttled()
                if wait is not None:
                    self._answer(429, {"message": "Too many requests"}, {"Retry-After": str(max(1, math.ceil(wait)))})
                    return False
                return True

            def do_POST(self) -> None:
                length = int(self.headers.get("Content-Length", "0"))
                raw = self.rfile.read(length)
                path = urlsplit(self.path).path
                with fake._lock:
                    fake.requests[f"POST {path}"] += 1
                if not self._budget():
                    return
                if path != "/v2/invoices/income":
                    self._answer(404, {"message": "not found"})
                    return
                if fake.create_delay:
                    time.sleep(fake.create_delay)
                with fake._lock:
                    status, payload, headers, after = fake._create(json.loads(raw))
                if after == "drop":
                    self._drop()  # committed, and the answer is lost
                    return
                self._answer(status, payload, headers)

            def do_GET(self) -> None:
                parts = urlsplit(self.path)
                path, query = parts.path, parse_qs(parts.query)
                with fake._lock:
                    fake.requests[f"GET {path}"] += 1
                if path.startswith("/files/"):
                    self._file(path.removeprefix("/files/"))
                    return
                if not self._budget():
                    return
                listed = LISTS.get(path)
                if listed is not None:
                    with fake._lock:
                        status, payload = fake._list(query, listed)
                    self._answer(status, payload)
                    return
                if path.startswith("/v2/invoices/") and path.endswith("/files"):
                    uuid = path.split("/")[3]
                    with fake._lock:
                        fault = fake.link_faults[uuid].pop(0) if fake.link_faults.get(uuid) else None
                    if fault == "429":
                        self._answer(429, {"message": "Too many requests"}, {"Retry-After": "1"})
                        return
                    if fault == "503":
                        self._answer(503, {"message": "Service unavailable"}, {"Retry-After": "0"})
                        return
                    if uuid not in fake.invoices:
                        self._answer(404, {"message": "Invoice not found"})
                        return
                    origin = fake.link_origin or fake.origin
                    links = {f: f"{origin}/files/{uuid}.{f}?token=signed-secret" for f in ("xml", "pdf")}
                    self._answer(200, {"message": "Invoice files retrieved successfully", "data": links})
                    return
                self._answer(404, {"message": "not found"})

            def _file(self, name: str) -> None:
                uuid, _, kind = name.rpartition(".")
                if uuid not in fake.invoices or kind not in ("xml", "pdf"):
                    self._answer(404, {"message": "no such file"})
                    return
                shown = str(uuids.uuid4()) if uuid in fake.wrong_xml else uuid
                data = invoice_xml(shown) if kind == "xml" else invoice_pdf(uuid)
                extra = fake.pdf_padding if kind == "pdf" else b""  # written after, never joined
                with fake._lock:
                    fake.downloads[name] += 1
                    cut = name in fake.cut_files
                    fake.cut_files.discard(name)
                self.send_response(200)
                self.send_header("Content-Type", "application/xml" if kind == "xml" else "application/pdf")
                self.send_header("Content-Length", str(len(data) + len(extra)))
                self.end_headers()
                if cut:
                    self.wfile.write(data[: len(data) // 2])
                    self.wfile.flush()
                    self._drop()
                    return
                self.wfile.write(data)
                if extra:
                    self.wfile.write(extra)

        return Handler


def main() -> None:
    """Serve until killed (for trying the command by hand): prints the base URL."""
    with FakeGigstack(max_requests=10**9) as fake:
        print(fake.base_url, flush=True)
        while True:
            time.sleep(3600)


if __name__ == "__main__":
    main()
