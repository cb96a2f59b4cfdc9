"""The fiscal keys a server has acted on, so that an agent's retry cannot stamp a second CFDI: one
JSON line per step in a file only its owner reads (beside the saved profiles), which outlives the
server. It holds the tool, the key, a hash of the arguments and the answer's ids, nothing personal.

An operation the API deduplicates itself (it takes the key) is sent again with the same key; one
it does not (a payment complement, a draft's or receipt's stamping) is never sent twice for a key
whose outcome is unknown: the agent must look first."""

from __future__ import annotations

import hashlib
import json
import os
import threading
import time
from pathlib import Path
from typing import Any

FILE = "mcp-fiscal-keys.jsonl"
IDS = ("id", "uuid", "status", "folio", "series", "folio_number", "total")


def fingerprint(tool: str, arguments: dict[str, Any]) -> str:
    same = {k: v for k, v in arguments.items() if k not in ("idempotency_key", "preview")}
    text = json.dumps([tool, same], sort_keys=True, ensure_ascii=False, default=str)
    return hashlib.sha256(text.encode()).hexdigest()


def summary(answer: dict[str, Any]) -> dict[str, Any]:
    """The answer's identifiers: enough to find the document again, nothing about its people."""
    inner = answer.get("data")
    data: dict[str, Any] = inner if isinstance(inner, dict) else answer
    return {k: data[k] for k in IDS if k in data and isinstance(data[k], str | int | float)}


class LedgerConflict(Exception):
    pass


class Ledger:
    def __init__(self, path: Path | None) -> None:
        self.path = path
        self._lock = threading.Lock()
        self._records: dict[str, dict[str, Any]] = {}
        if path is not None and path.exists():
            for line in path.read_text(encoding="utf-8", errors="replace").splitlines():
                try:
                    record = json.loads(line)
                    self._records[record["key"]] = record
                except (ValueError, KeyError, TypeError):
                    continue  # a line cut by a crash: the steps before it still count

    def earlier(self, key: str, tool: str, prints: str) -> dict[str, Any] | None:
        """The last step recorded for this key, or None; LedgerConflict when it was another request."""
        with self._lock:
            record = self._records.get(key)
        if record is not None and (record.get("tool") != tool or record.get("fingerprint") != prints):
            raise LedgerConflict(
                f"idempotency_key {key!r} was already used for another request ({record.get('tool')}): a key is for"
                " one action. Nothing was sent."
            )
        return record

    def note(self, key: str, tool: str, prints: str, state: str, ids: dict[str, Any] | None = None) -> None:
        record = {
            "key": key,
            "tool": tool,
            "fingerprint": prints,
            "state": state,
            "ids": ids or {},
            "at": int(time.time()),
        }
        with self._lock:
            self._records[key] = record
            if self.path is not None:
                self._append(record)

    def _append(self, record: dict[str, Any]) -> None:
        assert self.path is not None
        self.path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        descriptor = os.open(self.path, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
        with os.fdopen(descriptor, "a", encoding="utf-8") as file:
            file.write(json.dumps(record, ensure_ascii=False) + "\n")
            file.flush()
            os.fsync(file.fileno())


def default_path() -> Path | None:
    from ..cli._profiles import config_dir

    try:
        return config_dir() / FILE
    except OSError:
        return None


__all__ = ["FILE", "Ledger", "LedgerConflict", "default_path", "fingerprint", "summary"]
