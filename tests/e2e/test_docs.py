"""`make docs` renders the bundled spec to one offline HTML page; headless Chromium opens it,
takes a screenshot and finds every tag rendered and every operation in the page. The browser is
installed here when it is missing (as root, with apt); elsewhere the tests are skipped, except
in CI, where a missing browser fails."""

import os
import re
import shutil
import subprocess
from pathlib import Path

import pytest

from support.paths import ROOT
from support.spec import document, operations

CHROMIUM_FLAGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking",
    "--disable-component-update", "--disable-sync", "--disable-quic", "--virtual-time-budget=15000",
]  # fmt: skip


BROWSERS = ("chromium", "chromium-browser", "google-chrome")


def find_browser() -> str | None:
    return next((path for name in BROWSERS if (path := shutil.which(name))), None)


@pytest.fixture(scope="module")
def browser() -> str:
    if find_browser() is None:
        installed = subprocess.run([str(ROOT / "scripts" / "install-chromium")], capture_output=True, text=True)
        if installed.returncode != 0:
            if os.environ.get("CI"):
                pytest.fail(installed.stdout + installed.stderr)
            pytest.skip(installed.stderr.strip())
    binary = find_browser()
    assert binary, "scripts/install-chromium succeeded but no browser is on PATH"
    return binary


@pytest.fixture(scope="module")
def page(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("docs") / "index.html"
    subprocess.run([str(ROOT / "scripts" / "docs"), str(out)], check=True, capture_output=True, timeout=120)
    return out


def chromium(binary: str, tmp_path: Path, *args: str) -> subprocess.CompletedProcess[str]:
    profile = tmp_path / "profile"  # a fresh profile every run
    return subprocess.run(
        [binary, *CHROMIUM_FLAGS, f"--user-data-dir={profile}", *args], capture_output=True, text=True, timeout=120
    )


def test_the_page_is_self_contained(page: Path) -> None:
    html = page.read_text()
    remote = re.findall(r"<(?:script|link)\b[^>]*(?:src|href)=\"https?://[^\"]*\"", html)
    assert not remote, f"the page must not need the network: {remote}"


def test_chromium_renders_a_screenshot(browser: str, page: Path, tmp_path: Path) -> None:
    shot = tmp_path / "docs.png"
    chromium(browser, tmp_path, "--window-size=1280,1600", f"--screenshot={shot}", page.as_uri())
    assert shot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert shot.stat().st_size > 30_000, "a blank page would compress to almost nothing"


def test_every_tag_is_rendered_and_every_operation_is_in_the_page(browser: str, page: Path, tmp_path: Path) -> None:
    dom = chromium(browser, tmp_path, "--dump-dom", page.as_uri()).stdout
    rendered = re.sub(r"<(script|style)\b.*?</\1>", "", dom, flags=re.S)
    title = document()["info"]["title"]
    assert title in rendered, "the page did not render"
    for tag in document()["tags"]:
        assert tag["name"] in rendered, f"tag {tag['name']} not rendered"
    missing = [
        op.operation_id for op in operations().values() if op.operation_id not in dom or op.raw["summary"] not in dom
    ]
    assert not missing, f"operations missing from the page: {missing}"
    assert "Régimen Simplificado de Confianza" in dom, "the SAT code lists should be readable"
