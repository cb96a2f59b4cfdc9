"""A raw-socket HTTP/1.1 server on 127.0.0.1 for fault tests: each connection gets the next scripted
behaviour (answer in full, cut the body and reset, stall mid-body, send corrupt bytes...).

Bounded: a fixed number of connections, a timeout on every socket, and the test stops it. It reads
each request whole (headers and Content-Length body) and records it, like the scripted server.
"""

import socket
import struct
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field

Action = Callable[[socket.socket], None]


@dataclass
class RawRequest:
    head: bytes
    body: bytes

    @property
    def request_line(self) -> str:
        return self.head.split(b"\r\n", 1)[0].decode()

    def header(self, name: str) -> str | None:
        for line in self.head.split(b"\r\n")[1:]:
            key, _, value = line.decode("latin-1").partition(":")
            if key.strip().lower() == name.lower():
                return value.strip()
        return None


def response_head(status: int, headers: dict[str, str], length: int | None) -> bytes:
    lines = [f"HTTP/1.1 {status} Status", "Connection: close", *(f"{k}: {v}" for k, v in headers.items())]
    if length is not None:
        lines.append(f"Content-Length: {length}")
    return ("\r\n".join(lines) + "\r\n\r\n").encode()


def reset(sock: socket.socket) -> None:
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
    sock.close()


def answer(status: int, body: bytes, headers: dict[str, str] | None = None) -> Action:
    """A complete response, then the connection is closed."""

    def act(sock: socket.socket) -> None:
        sock.sendall(response_head(status, {"Content-Type": "application/json", **(headers or {})}, len(body)) + body)

    return act


def cut_body(status: int, body: bytes, sent: int) -> Action:
    """Headers announcing the whole body, `sent` bytes of it, then a TCP reset."""

    def act(sock: socket.socket) -> None:
        sock.sendall(response_head(status, {"Content-Type": "application/json"}, len(body)) + body[:sent])
        time.sleep(0.05)
        reset(sock)

    return act


def stall_body(status: int, body: bytes, sent: int, stall: float) -> Action:
    """Headers and `sent` bytes of the body, then nothing for `stall` seconds."""

    def act(sock: socket.socket) -> None:
        sock.sendall(response_head(status, {"Content-Type": "application/json"}, len(body)) + body[:sent])
        time.sleep(stall)

    return act


def drip(status: int, body: bytes, every: float) -> Action:
    """The body one byte at a time, `every` seconds apart (each read is quick, the whole is slow)."""

    def act(sock: socket.socket) -> None:
        sock.sendall(response_head(status, {"Content-Type": "application/json"}, len(body)))
        for index in range(len(body)):
            sock.sendall(body[index : index + 1])
            time.sleep(every)

    return act


@dataclass
class RawServer:
    actions: list[Action] = field(default_factory=list)
    max_connections: int = 20
    received: list[RawRequest] = field(default_factory=list)

    def __post_init__(self) -> None:
        self._listener = socket.socket()
        self._listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self._listener.bind(("127.0.0.1", 0))
        self._listener.listen(16)
        self._listener.settimeout(0.2)
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._serve, daemon=True)
        self._workers: list[threading.Thread] = []

    @property
    def base_url(self) -> str:
        host, port = self._listener.getsockname()[:2]
        return f"http://{host}:{port}/v2"

    def queue(self, *actions: Action) -> "RawServer":
        self.actions.extend(actions)
        return self

    def start(self) -> "RawServer":
        self._thread.start()
        return self

    def stop(self) -> None:
        self._stop.set()
        self._thread.join(timeout=5)
        for worker in self._workers:
            worker.join(timeout=5)
        self._listener.close()

    def _serve(self) -> None:
        served = 0
        while not self._stop.is_set() and served < self.max_connections:
            try:
                sock, _ = self._listener.accept()
            except TimeoutError:
                continue
            except OSError:
                return
            served += 1
            worker = threading.Thread(target=self._handle, args=(sock,), daemon=True)
            self._workers.append(worker)
            worker.start()

    def _handle(self, sock: socket.socket) -> None:
        sock.settimeout(5)
        sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        try:
            while not self._stop.is_set():
                request = self._read_request(sock)
                if request is None:
                    return
                self.received.append(request)
                action = self.actions.pop(0) if self.actions else answer(500, b'{"message": "no reply scripted"}')
                action(sock)
                return  # one request per connection: every fault starts on a fresh connection
        except OSError:
            pass
        finally:
            try:
                sock.close()
            except OSError:
                pass

    @staticmethod
    def _read_request(sock: socket.socket) -> RawRequest | None:
        data = b""
        while b"\r\n\r\n" not in data:
            chunk = sock.recv(65536)
            if not chunk:
                return None
            data += chunk
        head, _, body = data.partition(b"\r\n\r\n")
        length = 0
        for line in head.split(b"\r\n")[1:]:
            if line.lower().startswith(b"content-length:"):
                length = int(line.split(b":", 1)[1])
        while len(body) < length:
            chunk = sock.recv(65536)
            if not chunk:
                break
            body += chunk
        return RawRequest(head, body)
