"""The streamable HTTP transport: on 127.0.0.1 unless told otherwise, Host and Origin checked by
the SDK's DNS rebinding protection, and every request carrying the bearer token the user set."""

from __future__ import annotations

import hmac
import ipaddress
from typing import Any

from mcp.server.lowlevel import Server
from mcp.server.transport_security import TransportSecuritySettings

ENV_TOKEN = "GIGSTACK_MCP_TOKEN"
MIN_TOKEN = 16


def _loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def security_for(host: str) -> TransportSecuritySettings:
    """Requests must name this host (and, from a browser, come from a page on it)."""
    if _loopback(host):
        hosts = ["127.0.0.1:*", "localhost:*", "[::1]:*"]
    else:
        hosts = [f"{host}:*"]
    origins = [f"{scheme}://{h}" for h in hosts for scheme in ("http", "https")]
    return TransportSecuritySettings(enable_dns_rebinding_protection=True, allowed_hosts=hosts, allowed_origins=origins)


class BearerToken:
    """ASGI middleware: a request without `Authorization: Bearer <token>` is answered 401, unseen."""

    def __init__(self, app: Any, token: str) -> None:
        self.app = app
        self.expected = f"Bearer {token}".encode()

    async def __call__(self, scope: dict[str, Any], receive: Any, send: Any) -> None:
        if scope.get("type") == "http":
            given = dict(scope.get("headers") or []).get(b"authorization", b"")
            if not hmac.compare_digest(given, self.expected):
                await send(
                    {
                        "type": "http.response.start",
                        "status": 401,
                        "headers": [(b"content-type", b"application/json"), (b"www-authenticate", b"Bearer")],
                    }
                )
                await send({"type": "http.response.body", "body": b'{"error":"a bearer token is required"}'})
                return
        await self.app(scope, receive, send)


def app_of(server: Server[Any], host: str, token: str) -> Any:
    app = server.streamable_http_app(host=host, transport_security=security_for(host))
    return BearerToken(app, token)


def serve_http(server: Server[Any], host: str, port: int, token: str) -> None:
    import uvicorn

    config = uvicorn.Config(app_of(server, host, token), host=host, port=port, log_level="warning", lifespan="on")
    uvicorn.Server(config).run()


__all__ = ["ENV_TOKEN", "MIN_TOKEN", "app_of", "security_for", "serve_http"]
