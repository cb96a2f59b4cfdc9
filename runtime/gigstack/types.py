"""Types shared by the generated code: the UNSET sentinel, files, and the raw Response."""

from __future__ import annotations

from collections.abc import Mapping, MutableMapping
from dataclasses import dataclass
from http import HTTPStatus
from typing import IO, BinaryIO, Final, Generic, Literal, TypeVar


class Unset:
    """The type of UNSET: a parameter or body field the caller did not pass (it is not sent)."""

    __slots__ = ()

    def __bool__(self) -> Literal[False]:
        return False

    def __repr__(self) -> str:
        return "UNSET"

    def __copy__(self) -> Unset:
        return self

    def __deepcopy__(self, memo: object) -> Unset:
        return self

    def __reduce__(self) -> str:
        return "UNSET"


UNSET: Final[Unset] = Unset()

# The types that `httpx.Client(files=)` can accept, as that library declares them.
FileContent = IO[bytes] | bytes | str
FileTypes = (
    # (filename, file (or bytes), content_type)
    tuple[str | None, FileContent, str | None]
    # (filename, file (or bytes), content_type, headers)
    | tuple[str | None, FileContent, str | None, Mapping[str, str]]
)
RequestFiles = list[tuple[str, FileTypes]]


@dataclass
class File:
    """A file to upload, or one downloaded (a PDF preview): its bytes or stream, name and media type."""

    payload: BinaryIO
    file_name: str | None = None
    mime_type: str | None = None

    def to_tuple(self) -> FileTypes:
        """The (filename, file, content type) tuple httpx takes for multipart/form-data."""
        return self.file_name, self.payload, self.mime_type


T = TypeVar("T")


def status_of(code: int) -> HTTPStatus | int:
    """An HTTPStatus for a standard status, the plain int for any other (520, 599, 499...)."""
    try:
        return HTTPStatus(code)
    except ValueError:
        return code


@dataclass
class Response(Generic[T]):
    """A response from an operation: every status, parsed when documented.

    `status_code` is an `HTTPStatus` for standard statuses and a plain int for others (520...).
    """

    status_code: HTTPStatus | int
    content: bytes
    headers: MutableMapping[str, str]
    parsed: T | None


__all__ = ["UNSET", "File", "FileTypes", "RequestFiles", "Response", "Unset", "status_of"]
