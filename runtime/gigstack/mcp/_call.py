"""One tool call: the agent's arguments checked and turned into the same request the command line
builds for the operation (gigstack/cli/_invoke.py), the idempotency rule a fiscal write needs, a
preview or the call through the client's pipeline (retries with the same key, typed errors), and
the answer shaped for an agent: a page as {data, has_more, next}, a file as a link or a path."""

from __future__ import annotations

import re
import threading
import uuid
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..errors import APIConnectionError, ConfigurationError, GigstackError
from ._ledger import Ledger, LedgerConflict, fingerprint, summary
from ._surface import command_of

if TYPE_CHECKING:
    from ..cli._settings import Settings
    from ..client import AuthenticatedClient


class ToolError(Exception):
    """A call that failed or was refused: its JSON payload, {"error": {status, code, message, ...}}."""

    def __init__(self, payload: dict[str, Any]) -> None:
        super().__init__(str(payload.get("error", {}).get("message")))
        self.payload = payload


def refused(code: str, message: str, **more: Any) -> ToolError:
    """A call refused before anything was sent."""
    error = {"status": None, "code": code, "message": message, "request_id": None, "details": None, **more}
    return ToolError({"error": error})


@dataclass
class Calls:
    """What every call of a server shares: the settings the key comes from, the download directory,
    and one API client (its connections reused), made on the first call."""

    settings: Settings
    download_dir: Path | None = None
    ledger: Ledger = field(default_factory=lambda: Ledger(None))
    _api: AuthenticatedClient | None = None
    _lock: threading.Lock = field(default_factory=threading.Lock)

    def api(self) -> AuthenticatedClient:
        from ..cli._settings import client_of

        with self._lock:
            if self._api is None:
                self._api = client_of(self.settings)
            return self._api

    def close(self) -> None:
        with self._lock:
            if self._api is not None:
                self._api.close()
                self._api = None


def _option_value(option: dict[str, Any], name: str, value: Any) -> Any:
    """A query argument as the command's option would hold it, or a refusal naming the argument."""
    import click

    from ..cli._build import Moment

    kind = option.get("type")
    if option.get("multiple"):
        items = value if isinstance(value, list) else [value]
        return tuple(_option_value({**option, "multiple": False}, name, item) for item in items)
    checks: dict[str, type | tuple[type, ...]] = {
        "integer": int,
        "number": (int, float),
        "boolean": bool,
        "string": str,
    }
    if kind == "time":
        try:
            return Moment(end_of_day=option.get("key") in ("lte", "lt")).convert(value, None, None)
        except click.BadParameter:
            raise refused("bad_argument", f"{name}: {value!r} is neither unix seconds nor a YYYY-MM-DD day") from None
    if kind == "pairs":
        if not isinstance(value, dict):
            raise refused("bad_argument", f"{name} is an object of keys and values")
        return tuple((str(k), str(v)) for k, v in value.items())
    if kind == "json":
        import json

        return json.dumps(value, ensure_ascii=False)
    expected = checks.get(str(kind))
    if expected and (not isinstance(value, expected) or (kind != "boolean" and isinstance(value, bool))):
        raise refused("bad_argument", f"{name} is a {kind}, not {type(value).__name__}")
    if option.get("choices") and not option.get("open") and str(value) not in option["choices"]:
        raise refused("bad_argument", f"{name} is one of {', '.join(option['choices'])}")
    return value


@dataclass
class Arguments:
    values: dict[str, Any]
    preview: bool
    idempotency_key: str | None
    download: str | None


def arguments_of(tool: dict[str, Any], arguments: dict[str, Any]) -> Arguments:
    """The command values of a call (arg_N, opt_N, file_N, body), checked: nothing is sent on a refusal."""
    route: dict[str, list[Any]] = tool["route"]
    info = command_of(tool)
    unknown = sorted(set(arguments) - set(route))
    if unknown:
        takes = f"it takes {', '.join(route)}" if route else "it takes none"
        raise refused("unknown_argument", f"{tool['name']} takes no argument {', '.join(unknown)}; {takes}")
    required = tool["input_schema"].get("required", [])
    missing = [name for name in required if arguments.get(name) in (None, "")]
    if missing:
        why = (
            " A fiscal tool needs an idempotency_key of your own: keep it, and send the same key when you retry."
            if "idempotency_key" in missing
            else ""
        )
        raise refused("missing_argument", f"{tool['name']} needs {', '.join(missing)}.{why} Nothing was sent.")
    values: dict[str, Any] = {}
    body: dict[str, Any] | None = None
    found = Arguments(values, False, None, None)
    for name, value in arguments.items():
        where = route[name]
        if value is None:
            continue
        if where[0] == "arg":
            values[f"arg_{where[1]}"] = str(value)
        elif where[0] == "opt":
            values[f"opt_{where[1]}"] = _option_value(info["options"][where[1]], name, value)
        elif where[0] == "file":
            values[f"file_{where[1]}"] = str(Path(str(value)).expanduser())
        elif where[0] == "body":
            body = {**(body or {}), where[1]: value}
        elif where[0] == "body_whole":
            if not isinstance(value, dict):
                raise refused("bad_argument", "body is a JSON object")
            body = {**value, **(body or {})}
        elif where[0] == "preview":
            found.preview = value is True
        elif where[0] == "idempotency_key":
            found.idempotency_key = str(value)
        elif where[0] == "download":
            found.download = str(value)
    spec = info.get("body")
    if spec is not None and (body is not None or spec.get("required")):
        values["body"] = body if body is not None else {}  # a required body: the API says what it lacks
    return found


def _failure(error: BaseException, api: AuthenticatedClient | None, idempotency_key: str | None) -> ToolError:
    from ..cli._status import payload_of

    payload = payload_of(error)
    if isinstance(error, APIConnectionError) and error.outcome_unknown:
        payload["error"]["code"] = "outcome_unknown"
        payload["error"]["hint"] = (
            f"The request may have happened. Retry with the same idempotency_key {idempotency_key!r}: it cannot"
            " act twice. Never retry with a new key."
            if idempotency_key
            else "The request may have happened and this operation takes no idempotency key: check before retrying."
        )
    message = str(payload["error"].get("message") or "")
    payload["error"]["message"] = api.scrub(message) if api is not None else message
    return ToolError(payload)


def run_tool(calls: Calls, tool: dict[str, Any], arguments: dict[str, Any]) -> dict[str, Any]:
    """Call one tool; its answer as a JSON object, or ToolError."""
    from ..cli._invoke import dry_run, put_idempotency_key, request_of
    from ..cli._status import CommandFailed

    info = command_of(tool)
    given = arguments_of(tool, arguments)
    api: AuthenticatedClient | None = None
    idempotency_key = given.idempotency_key
    try:
        try:
            kwargs, _ = request_of(info, given.values)
        except OSError as error:  # a file to upload that cannot be read
            raise refused(
                "bad_argument", f"cannot read {error.filename or 'a file'}: {error.strerror}. Nothing was sent."
            ) from None
        if given.download and calls.download_dir is None:
            raise refused("no_download_dir", "Files are saved only when the server runs with --download-dir DIR.")
        api = calls.api()
        if info.get("idempotency"):
            # The API's own key. One the agent did not give (never on a fiscal tool: refused above) is made up here and
            # returned, so that the agent can repeat this very call safely.
            idempotency_key = idempotency_key or str(uuid.uuid4())
            put_idempotency_key(info["idempotency"], kwargs, idempotency_key)
        if given.preview:
            return {"preview": True, "sent": False, "request": dry_run(api, kwargs)}
        if info["safety"] == "fiscal":
            assert idempotency_key is not None  # required by the schema, checked in arguments_of
            return _stamp_once(
                calls, tool, arguments, idempotency_key, lambda: _answer(calls, api, tool, kwargs, given)
            )
        answer = _answer(calls, api, tool, kwargs, given)
        if idempotency_key and info.get("idempotency"):
            answer["idempotency_key"] = idempotency_key
        return answer
    except ToolError:
        raise
    except CommandFailed as error:
        raise refused(error.code or "bad_input", error.message + " Nothing was sent.") from None
    except OSError as error:  # a file to upload that cannot be read
        raise refused(
            "bad_argument", f"cannot read {error.filename or 'a file'}: {error.strerror or error}. Nothing was sent."
        ) from None
    except (GigstackError, ConfigurationError) as error:
        raise _failure(error, api, idempotency_key) from None


def _stamp_once(calls: Calls, tool: dict[str, Any], arguments: dict[str, Any], key: str, send: Any) -> dict[str, Any]:
    """A fiscal call through the server's record of keys: a key that stamped answers what it stamped
    without sending; a key whose outcome is unknown is sent again only where the API deduplicates it."""
    from ..errors import APIStatusError

    name = tool["name"]
    prints = fingerprint(name, arguments)
    try:
        earlier = calls.ledger.earlier(key, name, prints)
    except LedgerConflict as error:
        raise refused("idempotency_key_reused", str(error)) from None
    if earlier is not None and earlier["state"] == "done":
        return {
            "replayed": True,
            "sent": False,
            "idempotency_key": key,
            "ids": earlier.get("ids", {}),
            "message": "This idempotency_key already stamped: nothing was sent again. Retrieve the document by its id.",
        }
    if earlier is not None and earlier["state"] != "failed" and not command_of(tool).get("idempotency"):
        raise refused(
            "outcome_unknown",
            f"An earlier call with idempotency_key {key!r} may have stamped (its outcome is unknown), and this operation"
            " takes no key the API could check. Look the document up (its list or retrieve tool) before acting again."
            " Nothing was sent.",
        )
    calls.ledger.note(key, name, prints, "sending")
    try:
        answer: dict[str, Any] = send()
    except APIConnectionError as error:
        calls.ledger.note(key, name, prints, "unknown" if error.outcome_unknown else "failed")
        raise
    except APIStatusError as error:
        # A 4xx refused it (nothing stamped); after a 5xx it may have stamped all the same.
        calls.ledger.note(key, name, prints, "unknown" if error.status_code >= 500 else "failed")
        raise
    calls.ledger.note(key, name, prints, "done", summary(answer))
    return {**answer, "idempotency_key": key}


def _answer(
    calls: Calls, api: AuthenticatedClient, tool: dict[str, Any], kwargs: dict[str, Any], given: Arguments
) -> dict[str, Any]:
    from .._pagination import Paging
    from ..cli._invoke import call, fetch_file

    info = command_of(tool)
    if given.download:
        return _saved(calls, tool, given, fetch_file(api, info, kwargs, given.download), given.download)
    answer = call(api, info, kwargs)
    if info.get("returns_file"):
        if calls.download_dir is None:
            raise refused(
                "file_answer",
                "This tool answers a file, never inlined: the server saves it when run with --download-dir DIR.",
            )
        suffix = "pdf" if answer.payload.read(5) == b"%PDF-" else "bin"
        answer.payload.seek(0)
        return _saved(calls, tool, given, answer.payload.read(), suffix)
    paging = info.get("paging")
    if paging:
        walker = Paging(**paging)
        page = walker.page_body(answer)
        data = page.get("data")
        _, cursor = walker.next_after(kwargs, page)
        return {"data": data if isinstance(data, list) else [], "has_more": page.get("has_more"), "next": cursor}
    if info.get("unwrap") and isinstance(answer, dict) and isinstance(answer.get("data"), dict):
        answer = answer["data"]
    return answer if isinstance(answer, dict) else {"result": answer}


def _saved(calls: Calls, tool: dict[str, Any], given: Arguments, content: bytes, suffix: str) -> dict[str, Any]:
    assert calls.download_dir is not None
    ids = [str(v) for k, v in sorted(given.values.items()) if k.startswith("arg_")]
    stem = re.sub(r"[^A-Za-z0-9._-]+", "_", "-".join([tool["name"], *ids]))[:120]
    target = calls.download_dir / f"{stem}.{suffix}"
    calls.download_dir.mkdir(parents=True, exist_ok=True)
    partial = target.with_name(f".{target.name}.partial")
    partial.write_bytes(content)
    partial.replace(target)
    return {"path": str(target), "bytes": len(content)}


__all__ = ["Calls", "ToolError", "arguments_of", "refused", "run_tool"]
