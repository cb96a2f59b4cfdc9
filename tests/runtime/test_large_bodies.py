"""A body over 1 MiB is decoded by the standard library, which peaks lower than orjson on a page
of many small objects (make bench measures both); a normal page keeps the fast decoder. An integer
beyond 64 bits tells the two apart: orjson reads it as a float, the standard library exactly."""

import json

import pytest

from gigstack import _json

BIG = 2**70


def body_of(size: int) -> bytes:
    pad = "x" * max(0, size - 40)
    return json.dumps({"n": BIG, "pad": pad}).encode()


@pytest.mark.skipif(_json.orjson is None, reason="orjson is the decoder of normal pages on CPython")
def test_a_normal_page_keeps_the_fast_decoder() -> None:
    assert isinstance(_json.loads(body_of(10_000))["n"], float)


def test_a_large_body_goes_to_the_standard_library() -> None:
    decoded = _json.loads(body_of(_json.LARGE_BODY + 10))
    assert decoded["n"] == BIG and isinstance(decoded["n"], int)
    assert len(decoded["pad"]) > _json.LARGE_BODY - 100
