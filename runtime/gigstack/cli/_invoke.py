"""Running one generated command: its arguments into a request (checked before anything is sent),
the confirmation its safety class asks for, a dry run or the call through the client's pipeline
(retries, idempotency, typed errors), and the answer printed in the chosen format."""

from __future__ import annotations

import json
import sys
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

import click

from .._keys import key_mode
from ..errors import APIConnectionError, ConfigurationError, GigstackError, PaginationError
from ._output import Printer, default_format
from ._settings import Key, Settings, client_of, find_key, settings_of
from ._status import BAD_INPUT, DECLINED, OK, OUTCOME_UNKNOWN, CommandFailed, tell

if TYPE_CHECKING:
    from ..client import AuthenticatedClient

# A placeholder for a dry run without a key: the request is shown, never sent.
DRY_RUN_KEY = "dry-run-without-a-key"


def say(text: str) -> None:
    click.echo(f"gigstack: {text}", err=True)


def _bad(message: str) -> CommandFailed:
    return CommandFailed(message, BAD_INPUT, code="bad_input")


def read_data(raw: str) -> dict[str, Any]:
    """--data: JSON text, @FILE or - (stdin); it must be a JSON object."""
    where = "--data"
    if raw == "-":
        text, where = sys.stdin.read(), "--data - (stdin)"
    elif raw.startswith("@"):
        path = Path(raw[1:]).expanduser()
        where = f"--data {raw}"
        try:
            text = path.read_text(encoding="utf-8-sig")
        except FileNotFoundError:
            raise _bad(f"{where}: no such file") from None
        except (OSError, UnicodeDecodeError) as error:
            raise _bad(f"{where}: cannot be read as UTF-8 text ({type(error).__name__})") from None
    else:
        text = raw
    try:
        body = json.loads(text)
    except ValueError as error:
        raise _bad(f"{where} is not valid JSON: {error}") from None
    if not isinstance(body, dict):
        raise _bad(f"{where} must be a JSON object, not a JSON {type(body).__name__}")
    return body


def _query_value(value: Any) -> Any:
    if isinstance(value, bool):
        return "true" if value else "false"
    return value


def request_of(info: dict[str, Any], values: dict[str, Any]) -> tuple[dict[str, Any], dict[str, Any] | None]:
    """The request's arguments (method, url, params, headers, json or files) and its JSON body, from
    a command's values (arg_N, opt_N, field_N, file_N, data; or body, an object already)."""
    from .._operations import path_of

    path_values = {a["wire"]: values.get(f"arg_{i}") for i, a in enumerate(info.get("arguments", []))}
    try:
        url = path_of(info["url"], path_values)
    except ConfigurationError as error:
        raise _bad(str(error)) from None
    params: dict[str, Any] = {}
    headers: dict[str, str] = {}
    for index, option in enumerate(info.get("options", [])):
        value = values.get(f"opt_{index}")
        if value is None or value == ():
            continue
        wire = option["wire"]
        if option["location"] == "header":
            headers[wire] = str(value)
        elif option.get("style") == "dotted":
            params.update({f"{wire}.{key}": item for key, item in value})
        elif option.get("style") == "deepObject":
            params[f"{wire}[{option['key']}]"] = _query_value(value)
        elif option.get("type") == "json":
            params[wire] = value
        else:
            params[wire] = [_query_value(v) for v in value] if option.get("multiple") else _query_value(value)
    kwargs: dict[str, Any] = {"method": info["method"], "url": url}
    if params:
        kwargs["params"] = params
    if headers:
        kwargs["headers"] = headers
    body = body_of(info, values)
    spec = info.get("body") or {}
    uploads: list[tuple[str, str]] = []
    for index, field in enumerate(spec.get("files", [])):
        path = values.get(f"file_{index}")
        if path:
            uploads.append((str(field["wire"]), str(path)))
    if uploads or spec.get("kind") == "multipart":
        kwargs["files"] = _multipart(body or {}, uploads)
    elif body is not None:
        kwargs["json"] = body
    return kwargs, body


def body_of(info: dict[str, Any], values: dict[str, Any]) -> dict[str, Any] | None:
    spec = info.get("body")
    if not spec:
        return None
    raw = values.get("data")
    given = raw is not None or values.get("body") is not None
    # --data on the command line; an MCP tool's arguments come as an object already.
    body = dict(values["body"]) if values.get("body") is not None else read_data(raw) if raw is not None else {}
    for index, field in enumerate(spec.get("fields", [])):
        value = values.get(f"field_{index}")
        if value is not None:
            body[field["wire"]] = value  # a flag wins over the same field in --data
            given = True
    files_given = any(values.get(f"file_{i}") for i in range(len(spec.get("files", []))))
    if not given and not files_given:
        if spec.get("required") and (spec.get("fields") or spec.get("files")):
            raise _bad("this command needs a body: --data JSON (or @FILE, or - for stdin), or its field flags")
        if info["method"] in ("DELETE", "GET"):
            return None
    return body


def _multipart(body: dict[str, Any], uploads: list[tuple[str, str]]) -> list[tuple[str, Any]]:
    parts: list[tuple[str, Any]] = []
    for key, value in body.items():
        text = value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)
        parts.append((key, (None, text.encode(), "text/plain")))
    for wire, path in uploads:
        file = Path(path)
        parts.append((wire, (file.name, file.read_bytes(), _media_type(file))))
    return parts


def _media_type(path: Path) -> str:
    import mimetypes

    return mimetypes.guess_type(path.name)[0] or "application/octet-stream"


def with_idempotency_key(info: dict[str, Any], values: dict[str, Any], kwargs: dict[str, Any]) -> str | None:
    """Put the call's idempotency key where the operation takes it; one made up here is shown on
    stderr, so that running the command again with it cannot act twice."""
    kind = info.get("idempotency")
    if not kind:
        return None
    given = values.get("idempotency_key")
    body = kwargs.get("json")
    if kind == "body" and not given and isinstance(body, dict) and body.get("idempotency_key"):
        given = str(body["idempotency_key"])
    key = given or str(uuid.uuid4())
    put_idempotency_key(kind, kwargs, key)
    if not given:
        say(f"idempotency key {key} (run again with --idempotency-key {key} to repeat this safely)")
    return key


def put_idempotency_key(kind: str, kwargs: dict[str, Any], key: str) -> None:
    """The key where the operation takes it: a field of the JSON body, or the Idempotency-Key header."""
    if kind == "body":
        body = kwargs.get("json")
        kwargs["json"] = {**(body if isinstance(body, dict) else {}), "idempotency_key": key}
    else:
        kwargs["headers"] = {**kwargs.get("headers", {}), "Idempotency-Key": key}


def confirm(info: dict[str, Any], kwargs: dict[str, Any], values: dict[str, Any]) -> None:
    if values.get("yes"):
        return
    what = f"{info['summary']}: {info['method']} {kwargs['url']}"
    if not (sys.stdin.isatty() and sys.stderr.isatty()):
        raise CommandFailed(
            f"{what} needs a confirmation and there is no terminal to ask on: pass --yes. Nothing was sent.",
            DECLINED,
            code="confirmation_required",
        )
    try:
        agreed = click.confirm(f"{what}. Go ahead?", default=False, err=True)
    except click.Abort:
        agreed = False
    if not agreed:
        raise CommandFailed("declined; nothing was sent", DECLINED, code="declined")


def dry_run(api: AuthenticatedClient, kwargs: dict[str, Any]) -> dict[str, Any]:
    """The request exactly as it would be sent (built by the same pipeline), the key redacted."""
    from .._http import _target, prepare

    call = prepare(api, kwargs, None, None)
    method = str(call.pop("method")).upper()
    url = call.pop("url")
    call.pop("extensions", None)
    request = api._pools.sync_client().build_request(method, _target(api, url), **call)
    shown: dict[str, Any] = {
        "method": method,
        "url": str(request.url),
        "headers": api.redacted({k.lower(): v for k, v in request.headers.items()}),
    }
    if "json" in kwargs:
        shown["body"] = call.get("json")
    elif "files" in kwargs:
        shown["body"] = {name: (part[0] or part[1].decode(errors="replace")) for name, part in kwargs["files"]}
    return shown


def _key_for(settings: Settings, dry: bool) -> Key:
    try:
        return find_key(settings)
    except ConfigurationError as error:
        if dry and "No gigstack API key" in str(error):
            return Key(DRY_RUN_KEY, "none (dry run)", None)
        raise


def run_operation(info: dict[str, Any], values: dict[str, Any]) -> int:
    ctx = click.get_current_context()
    settings = settings_of(ctx).merged(
        profile=values.pop("profile", None), base_url=values.pop("base_url", None), timeout=values.pop("timeout", None)
    )
    chosen = values.get("format_")
    fmt = chosen or default_format(sys.stdout)
    as_json = fmt in ("json", "jsonl")
    idempotency_key: str | None = None
    try:
        kwargs, _ = request_of(info, values)
        dry = bool(values.get("dry_run"))
        key = _key_for(settings, dry)
        api = client_of(settings, key)
        idempotency_key = with_idempotency_key(info, values, kwargs)
        if dry:
            click.echo(json.dumps(dry_run(api, kwargs), ensure_ascii=False, indent=2))
            return OK
        if info.get("safety") == "fiscal":
            mode = key_mode(key.value)
            say(
                f"{mode} key ({key.source}): this stamps a CFDI{' (test mode: no fiscal effect)' if mode == 'test' else ''}"
            )
            if mode != "test":
                confirm(info, kwargs, values)
        elif info.get("safety") == "destructive":
            confirm(info, kwargs, values)
        with api:
            if info.get("download_from"):
                return _download(api, info, kwargs, values)
            return _answer(api, info, kwargs, values, fmt, chosen)
    except APIConnectionError as error:
        hint = None
        if error.outcome_unknown:
            hint = (
                f"run it again with --idempotency-key {idempotency_key}: it cannot happen twice"
                if idempotency_key
                else "this operation takes no idempotency key: check whether it happened before running it again"
            )
        status = tell(error, as_json=as_json, hint=hint)
        return OUTCOME_UNKNOWN if error.outcome_unknown else status
    except (CommandFailed, GigstackError) as error:
        return tell(error, as_json=as_json)


def _documented(kind: str) -> tuple[tuple[int, int, Any], ...]:
    from .._operations import ANY, FILE

    return ((200, 299, FILE if kind == "file" else ANY),)


def call(api: AuthenticatedClient, info: dict[str, Any], kwargs: dict[str, Any]) -> Any:
    from .._http import send
    from .._operations import parse_success

    response = send(api, kwargs, idempotency=info.get("idempotency"))
    return parse_success(response, _documented("file" if info.get("returns_file") else "json"))


def _answer(
    api: AuthenticatedClient,
    info: dict[str, Any],
    kwargs: dict[str, Any],
    values: dict[str, Any],
    fmt: str,
    chosen: str | None,
) -> int:
    fields = [f.strip() for f in (values.get("fields") or "").split(",") if f.strip()] or None
    paging = info.get("paging")
    if paging and (values.get("all_pages") or values.get("max_items")):
        stream_fmt = "jsonl" if fmt == "json" and chosen is None else fmt
        Printer(stream_fmt, fields).rows(_walk(api, info, kwargs, values.get("max_items")))
        return OK
    answer = call(api, info, kwargs)
    if info.get("returns_file"):
        return _write_file(answer.payload.read(), values.get("output"))
    printer = Printer(fmt, fields)
    if paging:
        from .._pagination import Paging

        page = Paging(**paging).page_body(answer)
        data = page.get("data")
        items: list[Any] = data if isinstance(data, list) else []
        printer.page(items, page.get("has_more"), page.get(paging.get("cursor_field") or "next"))
        return OK
    if info.get("unwrap") and isinstance(answer, dict) and isinstance(answer.get("data"), dict):
        answer = answer["data"]
    printer.one(answer)
    return OK


def _walk(api: AuthenticatedClient, info: dict[str, Any], kwargs: dict[str, Any], most: int | None) -> Iterator[Any]:
    """Every item of every page, one page in memory; a cursor seen before stops the walk."""
    from .._pagination import Paging

    paging = Paging(**info["paging"])
    count = 0
    seen: set[str] = set()
    current: dict[str, Any] | None = kwargs
    while current is not None:
        page = paging.page_body(call(api, info, current))
        data = page.get("data")
        items: list[Any] = data if isinstance(data, list) else []
        for item in items:
            yield item
            count += 1
            if most is not None and count >= most:
                return
        current, cursor = paging.next_after(current, page)
        if cursor is not None:
            if cursor in seen:
                raise PaginationError(f"The API gave the cursor {cursor!r} twice; stopped instead of looping")
            seen.add(cursor)


def _download(api: AuthenticatedClient, info: dict[str, Any], kwargs: dict[str, Any], values: dict[str, Any]) -> int:
    output = values.get("output")
    if not output:
        raise _bad("a file is written with -o FILE (or -o - for stdout), never printed on a terminal")
    formats = info["download"]["formats"]
    chosen = values.get("file_format") or next(
        (f for f in formats if output != "-" and output.lower().endswith("." + f)), formats[0]
    )
    return _write_file(fetch_file(api, info, kwargs, chosen), output)


def fetch_file(api: AuthenticatedClient, info: dict[str, Any], kwargs: dict[str, Any], chosen: str) -> bytes:
    """One of the files an operation links to (`x-sdk` download): its signed link asked for, checked
    (https, loopback aside) and fetched."""
    from .._files import checked_link, download
    from .._http import send
    from .._operations import parse_success

    kwargs = {**kwargs, "params": {**kwargs.get("params", {}), info["download"]["select"]: chosen}}
    response = send(api, kwargs)
    answer = parse_success(response, _documented("json"))
    links = answer.get("data") if isinstance(answer, dict) and isinstance(answer.get("data"), dict) else answer
    link = checked_link(response, links.get(chosen) if isinstance(links, dict) else None, chosen)
    return download(api, link)


def _write_file(content: bytes, output: str | None) -> int:
    if not output:
        raise _bad("the answer is a file: write it with -o FILE (or -o - for stdout)")
    if output == "-":
        if sys.stdout.isatty():
            raise _bad("-o - would print a file on a terminal: redirect stdout, or -o FILE")
        sys.stdout.buffer.write(content)
        sys.stdout.flush()
        return OK
    target = Path(output)
    partial = target.with_name(f".{target.name}.partial")
    try:
        partial.write_bytes(content)
        partial.replace(target)
    except OSError as error:
        partial.unlink(missing_ok=True)
        raise _bad(f"cannot write {target}: {error.strerror or error}") from None
    say(f"wrote {len(content)} bytes to {target}")
    return OK


__all__ = ["call", "dry_run", "fetch_file", "put_idempotency_key", "read_data", "request_of", "run_operation"]
