"""The wheel and the sdist are releasable: `make package` builds both and `twine check --strict`
passes; they carry the licence, the type marker and the metadata PyPI shows, at the version set
in generator-config.yaml."""

import subprocess
import tarfile
import zipfile
from email.message import Message
from email.parser import Parser
from pathlib import Path

import pytest
import yaml

from support.paths import ROOT

REPOSITORY = "https://github.com/gigstack-python/gigstack-python"


@pytest.fixture(scope="module")
def dist(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("dist")
    result = subprocess.run([str(ROOT / "scripts" / "package"), str(out)], capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
    assert result.stdout.count("PASSED") == 2, result.stdout
    return out


def version() -> str:
    return str(yaml.safe_load((ROOT / "generator-config.yaml").read_text())["package_version_override"])


def wheel(dist: Path) -> zipfile.ZipFile:
    return zipfile.ZipFile(dist / f"gigstack-{version()}-py3-none-any.whl")


def metadata(dist: Path) -> Message:
    with wheel(dist) as whl:
        return Parser().parsestr(whl.read(f"gigstack-{version()}.dist-info/METADATA").decode())


def test_the_wheel_carries_the_licence_and_the_type_marker(dist: Path) -> None:
    with wheel(dist) as whl:
        names = set(whl.namelist())
        assert "gigstack/py.typed" in names
        licence = whl.read(f"gigstack-{version()}.dist-info/licenses/LICENSE").decode()
    assert licence == (ROOT / "LICENSE").read_text()
    assert licence.startswith("MIT License")


def test_the_sdist_carries_the_licence_and_the_same_metadata(dist: Path) -> None:
    with tarfile.open(dist / f"gigstack-{version()}.tar.gz") as sdist:
        prefix = f"gigstack-{version()}/"
        assert sdist.extractfile(prefix + "LICENSE").read().decode() == (ROOT / "LICENSE").read_text()  # type: ignore[union-attr]
        pkg_info = sdist.extractfile(prefix + "PKG-INFO").read().decode()  # type: ignore[union-attr]
        assert prefix + "gigstack/py.typed" in sdist.getnames()
    assert Parser().parsestr(pkg_info)["License-Expression"] == "MIT"


def test_the_metadata_is_what_pypi_shows(dist: Path) -> None:
    meta = metadata(dist)
    assert meta["Name"] == "gigstack" and meta["Version"] == version()
    assert meta["License-Expression"] == "MIT"
    assert meta["Author"] == "gigstack-python contributors"
    assert meta["Requires-Python"] == ">=3.11"
    classifiers = meta.get_all("Classifier") or []
    for expected in ("3.11", "3.12", "3.13"):
        assert f"Programming Language :: Python :: {expected}" in classifiers
    assert "Typing :: Typed" in classifiers
    assert any(c.startswith("Topic :: ") for c in classifiers)
    # PEP 639: the expression replaces the licence classifiers, and PyPI rejects an upload with both.
    assert not [c for c in classifiers if c.startswith("License ::")]
    urls = dict(url.split(", ", 1) for url in meta.get_all("Project-URL") or [])
    assert {"Source", "Documentation", "Changelog", "Issues"} <= urls.keys()
    assert all(url.startswith(REPOSITORY) for url in urls.values())
    assert "A client library for accessing" not in meta["Summary"], "the generator's default summary"


def test_the_long_description_is_written_for_pypi(dist: Path) -> None:
    meta = metadata(dist)
    readme = meta.get_payload()
    assert isinstance(readme, str) and meta["Description-Content-Type"] == "text/markdown"
    assert "pip install gigstack" in readme
    assert "./generated" not in readme and "make generate" not in readme, "maintainers' commands stay in the repo"
    relative = [link for link in readme.split("](")[1:] if not link.startswith("https://")]
    assert not relative, f"PyPI resolves no relative link: {relative}"


def test_the_wheel_carries_the_jobs_and_the_command_behind_the_cli_extra(dist: Path) -> None:
    with wheel(dist) as whl:
        names = set(whl.namelist())
        scripts = whl.read(f"gigstack-{version()}.dist-info/entry_points.txt").decode()
    assert {"gigstack/jobs/__init__.py", "gigstack/jobs/_journal.py", "gigstack/cli/_commands.py"} <= names
    assert "gigstack = gigstack.cli:entry_point" in scripts
    requires = metadata(dist).get_all("Requires-Dist") or []
    assert not any(r.startswith(("click", "rich")) for r in requires if "extra ==" not in r)  # not in the core
    assert {r.split(">")[0] for r in requires if "extra == 'cli'" in r} == {
        "click",
        "keyring",
        "platformdirs",
        "rich",
        "tzdata",
    }
    # `gigstack mcp`: the official SDK, its current major version, beside the command's own extra.
    mcp = [r for r in requires if "extra == 'mcp'" in r]
    assert any(r.startswith("mcp<3,>=2.3") or r.startswith("mcp>=2.3,<3") for r in mcp), mcp
    assert any(r.startswith("gigstack[cli]") for r in mcp), mcp
    assert {"gigstack/mcp/_tools.py", "gigstack/mcp/_server.py", "gigstack/cli/_mcp.py"} <= names
