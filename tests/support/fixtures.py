"""Recorded exchanges: tests/fixtures/<tag>/<operationId>/<status>_<case>.json."""

import base64
import json
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from support.paths import FIXTURES, ROOT

API_PREFIX = "/v2"


@dataclass(frozen=True)
class Fixture:
    file: Path
    tag_dir: str
    operation_id: str
    case: str
    request: dict[str, Any]
    response: dict[str, Any]

    @property
    def name(self) -> str:
        return self.file.relative_to(ROOT).as_posix()

    @property
    def status(self) -> int:
        return int(self.response["status"])

    @property
    def api_path(self) -> str:
        """The request path relative to the API root (without the /v2 prefix)."""
        path = str(self.request["path"])
        assert path.startswith(API_PREFIX + "/"), f"{self.name}: path must start with {API_PREFIX}/"
        return path[len(API_PREFIX) :]

    @property
    def is_binary(self) -> bool:
        """A file download: the body is recorded as `base64` instead of `json`."""
        return "base64" in self.response

    def body_bytes(self) -> bytes:
        if self.is_binary:
            return base64.b64decode(self.response["base64"])
        return json.dumps(self.response["json"]).encode()

    def header(self, name: str) -> str | None:
        """A recorded request header, whatever its case."""
        return {k.lower(): v for k, v in self.request["headers"].items()}.get(name.lower())


@cache
def all_fixtures() -> tuple[Fixture, ...]:
    found = []
    for file in sorted(FIXTURES.glob("*/*/*.json")):
        data = json.loads(file.read_text())
        found.append(
            Fixture(
                file=file,
                tag_dir=file.parent.parent.name,
                operation_id=file.parent.name,
                case=file.stem,
                request=data["request"],
                response=data["response"],
            )
        )
    return tuple(found)


def fixture_named(operation_id: str, case: str) -> Fixture:
    """The one recorded exchange of `operation_id` named `case` (the file name without .json)."""
    (found,) = [f for f in all_fixtures() if f.operation_id == operation_id and f.case == case]
    return found
