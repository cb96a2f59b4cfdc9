"""Responses are decoded with orjson, a dependency on CPython, and with the standard library's json
elsewhere or where orjson refuses a body json accepts: every body decodes to the same values."""

import json
import platform
import tomllib

import pytest

from gigstack import _json
from support.paths import PACKAGE_PROJECT


def test_orjson_is_a_dependency_on_cpython_and_the_old_extra_still_installs() -> None:
    project = tomllib.loads((PACKAGE_PROJECT / "pyproject.toml").read_text())["project"]
    (orjson,) = [dependency for dependency in project["dependencies"] if dependency.startswith("orjson")]
    assert orjson == "orjson>=3.9; platform_python_implementation == 'CPython'"
    assert project["optional-dependencies"]["orjson"] == [], "gigstack[orjson] is kept, empty, for old installs"


@pytest.mark.skipif(platform.python_implementation() != "CPython", reason="orjson is installed on CPython only")
def test_cpython_decodes_with_orjson() -> None:
    assert _json.DECODER == "orjson" and _json.loads is _json._loads_orjson


@pytest.mark.parametrize(
    "body",
    [
        b'{"total": 18446744073709551615, "low": -9223372036854775808}',  # the 64-bit limits
        b'{"rate": NaN, "limit": Infinity}',  # not strict JSON: orjson refuses
        '{"name": "Jos\u00e9"}',
        b'{"data": [1, 2.5, null, true, "x"]}',
    ],
)
def test_both_decoders_give_the_standard_librarys_values(body: bytes | str) -> None:
    expected = json.loads(body)
    for loads in (_json.loads, _json._loads_stdlib):
        assert repr(loads(body)) == repr(expected)


@pytest.mark.parametrize("body", [b"", b"not json", b"{", b"[" * 100_000])
def test_what_neither_decodes_raises_value_or_recursion_error(body: bytes) -> None:
    with pytest.raises((ValueError, RecursionError)):
        _json.loads(body)
