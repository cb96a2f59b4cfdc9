"""Memory on big answers: the peak a call adds while a 20 MB response is read and decoded, against
the body's size, through the SDK, through raw httpx + json.loads and through orjson (why the SDK
decodes a body over 1 MiB with the standard library), for the two shapes a big answer takes: one
large string (an embedded file) and a page of many small objects. The server and each client are
processes of their own, so that each peak is the client's alone."""

import os
import subprocess
import sys

from bench.rows import ROOT, Row

SIZE = 20 * 1024 * 1024
SERVER = """
import json, sys
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
size = int(sys.argv[1])
item = {"id": "client_0123456789", "name": "Escuela Kemper Urgate", "tax_id": "EKU9003173C9", "email": "a@b.mx", "n": 1}
BODIES = {
    "/v2/clients/large": json.dumps({"message": "ok", "data": {"id": "client_1", "name": "ñ" * (size // 2)}}, ensure_ascii=False).encode(),
    "/v2/clients": json.dumps({"message": "ok", "has_more": False,
                               "data": [dict(item, n=i) for i in range(size // len(json.dumps(item)))]}).encode(),
}
class Handler(BaseHTTPRequestHandler):
    def do_GET(self):
        body = BODIES[self.path.split("?")[0]]
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)
    def log_message(self, *args):
        pass
server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
print(server.server_port, len(BODIES["/v2/clients/large"]), len(BODIES["/v2/clients"]), flush=True)
server.serve_forever()
"""
CLIENT = """
import json, re, sys
def status(field):
    return int(re.search(field + r":\\s+(\\d+)", open("/proc/self/status").read()).group(1))
import httpx
from gigstack import Gigstack
base, shape, how = sys.argv[1], sys.argv[2], sys.argv[3]
gs = Gigstack("sk_test_bench_0123456789", base_url=base)
raw = httpx.Client(base_url=base)
open("/proc/self/clear_refs", "w").write("5")  # the high-water mark starts here
before = status("VmRSS")
path = "/clients/large" if shape == "string" else "/clients"
if how == "raw":
    value = json.loads(raw.get(path).content)
elif how == "orjson":
    import orjson
    value = orjson.loads(raw.get(path).content)
elif shape == "string":
    value = gs.clients.retrieve("large").name
else:
    value = len(gs.clients.list(limit=100).data)
print(status("VmHWM") - before)
"""


def _peak_kb(base_url: str, shape: str, how: str) -> int:
    env = {k: v for k, v in os.environ.items() if not k.startswith("GIGSTACK_")}
    env["PYTHONPATH"] = str(ROOT / "generated" / "gigstack")
    done = subprocess.run(
        [sys.executable, "-c", CLIENT, base_url, shape, how], env=env, capture_output=True, text=True, timeout=120
    )
    if done.returncode != 0:
        raise RuntimeError(done.stderr[-500:])
    return int(done.stdout.split()[-1])


def big_answers(rows: list[Row], quick: bool) -> None:
    if not os.path.exists("/proc/self/clear_refs"):
        return  # the peak is read from Linux's /proc
    server = subprocess.Popen([sys.executable, "-c", SERVER, str(SIZE)], stdout=subprocess.PIPE, text=True)
    try:
        assert server.stdout is not None
        port, string_size, page_size = (int(n) for n in server.stdout.readline().split())
        base = f"http://127.0.0.1:{port}/v2"
        runs = 1 if quick else 3
        for shape, size, what in (
            ("string", string_size, "one large string (gs.clients.retrieve)"),
            ("page", page_size, "a page of many small objects (gs.clients.list(...).data)"),
        ):
            ours = min(_peak_kb(base, shape, "sdk") for _ in range(runs)) * 1024 / size
            raw = min(_peak_kb(base, shape, "raw") for _ in range(runs)) * 1024 / size
            target = "≤ 4x" if shape == "string" else ""
            met = ours <= 4 if shape == "string" else None
            rows.append(Row(f"a {size / 2**20:.0f} MB answer of {what}: peak memory added, as a multiple of the body",
                            f"{ours:.1f}x the body", "the body", ours, target, met))  # fmt: skip
            rows.append(Row("the same answer through raw httpx + json.loads: peak memory added vs the SDK's",
                            f"{raw:.1f}x the body", f"{ours:.1f}x the body", raw / ours, "", None))  # fmt: skip
            fast = min(_peak_kb(base, shape, "orjson") for _ in range(runs)) * 1024 / size
            rows.append(Row("the same answer decoded by orjson, the decoder of normal pages (raw httpx): peak vs json.loads",
                            f"{fast:.1f}x the body", f"{raw:.1f}x the body", fast / raw, "", None))  # fmt: skip
    finally:
        server.terminate()
        server.wait(timeout=10)
