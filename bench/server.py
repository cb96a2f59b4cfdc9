"""A loopback HTTP/1.1 server for the throughput benchmarks, run in its own process so it does
not share the interpreter lock with the client being measured. Keep-alive on, Nagle off."""

import json
import multiprocessing
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs, urlsplit

from bench import pages

PAGES = 100  # the paginated list: 100 pages of 100 clients


def serve(ready: Any) -> None:
    page_bodies = {
        n: json.dumps(pages.clients_page(100, next_=f"p{n + 1}" if n + 1 < PAGES else None)).encode()
        for n in range(PAGES)
    }
    single = json.dumps(pages.single_client()).encode()

    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"
        disable_nagle_algorithm = True

        def do_GET(self) -> None:  # noqa: N802 - the stdlib's name
            url = urlsplit(self.path)
            if url.path == "/v2/clients":
                cursor = parse_qs(url.query).get("next", ["p0"])[0]
                body = page_bodies[int(cursor[1:])]
            else:
                body = single
            self.send_response(200)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, format: str, *args: Any) -> None:
            pass

    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    httpd.daemon_threads = True
    ready.put(httpd.server_address[1])
    httpd.serve_forever()


class LoopbackServer:
    def __enter__(self) -> str:
        queue: Any = multiprocessing.get_context("spawn").Queue()
        self.process = multiprocessing.get_context("spawn").Process(target=serve, args=(queue,), daemon=True)
        self.process.start()
        port = queue.get(timeout=30)
        return f"http://127.0.0.1:{port}/v2"

    def __exit__(self, *exc: object) -> None:
        self.process.terminate()
        self.process.join(timeout=10)
