"""A scripted HTTP server on 127.0.0.1 for runtime tests.

Each test queues the replies it wants (status, body, headers, a delay, a reset or a cut body);
the server answers requests in order and records what it received. It is bounded: it serves at
most `max_requests` requests, every socket has a timeout, and the fixture that starts it stops it.
"""

import json
import socket
import struct
import threading
import time
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qsl, urlsplit


@dataclass
class Reply:
    status: int = 200
    json: Any = None
    body: bytes | None = None  # raw body, instead of json
    headers: dict[str, str] = field(default_factory=dict)
    delay: float = 0.0  # seconds before answering
    reset: bool = False  # close the connection with a TCP reset instead of answering


@dataclass
class Received:
    method: str
    path: str
    query: list[tuple[str, str]]
    headers: dict[str, str]
    body: bytes


class _QuietServer(ThreadingHTTPServer):
    daemon_threads = True

    def handle_error(self, request: Any, client_address: Any) -> None:
        # A client that gives up (a timeout test) breaks the pipe mid-reply; that is expected
        # and must not print a traceback into the test run's output.
        pass


class ScriptedServer:
    def __init__(self, max_requests: int = 50) -> None:
        self.replies: list[Reply] = []
        self.received: list[Received] = []
        self.max_requests = max_requests
        self._lock = threading.Lock()
        self._httpd = _QuietServer(("127.0.0.1", 0), self._handler_class())
        self._thread = threading.Thread(target=self._httpd.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self._httpd.server_port}/v2"

    def queue(self, *replies: Reply) -> "ScriptedServer":
        self.replies.extend(replies)
        return self

    def start(self) -> "ScriptedServer":
        self._thread.start()
        return self

    def stop(self) -> None:
        self._httpd.shutdown()
        self._httpd.server_close()
        self._thread.join(timeout=5)

    def _next(self, received: Received) -> Reply:
        with self._lock:
            if len(self.received) >= self.max_requests:
                raise RuntimeError("request budget of the test server exhausted")
            self.received.append(received)
            return self.replies.pop(0) if self.replies else Reply(500, {"message": "no reply scripted"})

    def _handler_class(self) -> type[BaseHTTPRequestHandler]:
        server = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"
            disable_nagle_algorithm = True  # headers and body are written separately
            timeout = 10

            def _serve(self) -> None:
                length = int(self.headers.get("content-length") or 0)
                body = self.rfile.read(length) if length else b""
                url = urlsplit(self.path)
                received = Received(
                    self.command, url.path, parse_qsl(url.query, keep_blank_values=True), dict(self.headers), body
                )
                reply = server._next(received)
                if reply.delay:
                    time.sleep(reply.delay)
                if reply.reset:
                    # SO_LINGER with a zero timeout makes close() send a TCP reset.
                    self.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
                    self.close_connection = True
                    self.connection.close()
                    return
                payload = reply.body if reply.body is not None else json.dumps(reply.json).encode()
                if "Date" in reply.headers:  # the reply's own Date only (a clock-skew test)
                    self.log_request(reply.status)
                    self.send_response_only(reply.status)
                else:
                    self.send_response(reply.status)
                headers = {"Content-Type": "application/json", **reply.headers}
                for name, value in headers.items():
                    self.send_header(name, value)
                self.send_header("Content-Length", str(len(payload)))
                self.end_headers()
                self.wfile.write(payload)

            do_GET = do_POST = do_PUT = do_PATCH = do_DELETE = _serve

            def log_message(self, format: str, *args: Any) -> None:  # keep test output quiet
                pass

        return Handler
