"""`make api-diff` tells what changed for users and whether it breaks them: it catches the real
rename of `InvoiceAutomationType` (46f51be -> 5e7a0ab), which the HTTP contract alone calls
compatible, passes on an unchanged tree, and accepts a break only when the changelog names it."""

import subprocess
import sys
from pathlib import Path

import pytest

from support.paths import ROOT

sys.path.insert(0, str(ROOT / "scripts"))
import api_diff  # noqa: E402

sys.path.pop(0)

RENAME = ("46f51be", "5e7a0ab")  # InvoiceAutomationType became AutomationType


def has_commits(*refs: str) -> bool:
    def exists(ref: str) -> bool:
        return (
            subprocess.run(["git", "cat-file", "-e", f"{ref}^{{commit}}"], cwd=ROOT, capture_output=True).returncode
            == 0
        )

    return all(exists(ref) for ref in refs)


needs_history = pytest.mark.skipif(not has_commits(*RENAME), reason="a shallow clone: the rename's commits are missing")


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        ["make", "--no-print-directory", *args], cwd=ROOT, capture_output=True, text=True, timeout=300
    )


@needs_history
def test_the_rename_fails_and_is_named_in_both_layers() -> None:
    result = run("api-diff", f"BASE={RENAME[0]}", f"HEAD={RENAME[1]}")
    assert result.returncode != 0, result.stdout
    http, python = result.stdout.split("Python API", 1)
    assert "BREAKING  schemas InvoiceAutomationType" in http
    assert "BREAKING  gigstack.models.InvoiceAutomationType: Public object was removed" in python
    assert "needs a minor bump (before 1.0" in result.stdout
    assert "breaking changes" in result.stderr


def test_an_unchanged_tree_passes() -> None:
    dirty = subprocess.run(
        ["git", "status", "--porcelain", "generated", "generator-config.yaml"], cwd=ROOT, capture_output=True, text=True
    ).stdout
    result = run("api-diff", "BASE=HEAD") if not dirty else run("api-diff", "BASE=HEAD", "HEAD=HEAD")
    assert result.returncode == 0, result.stdout + result.stderr
    assert "no changes" in result.stdout and "no release needed" in result.stdout


@needs_history
def test_a_break_named_in_the_changelog_passes_and_one_not_named_fails(tmp_path: Path) -> None:
    named = tmp_path / "named.md"
    named.write_text("# Changelog\n\n## [0.2.0] - Unreleased\n\n- `InvoiceAutomationType` is now `AutomationType`.\n")
    unnamed = tmp_path / "unnamed.md"
    unnamed.write_text(
        "# Changelog\n\n## [0.2.0] - Unreleased\n\n- Payments.\n\n## [0.1.0]\n\n- InvoiceAutomationType\n"
    )
    script = str(ROOT / "scripts" / "api-diff")
    base = ["--base", RENAME[0], "--head", RENAME[1]]
    ok = subprocess.run([script, *base, "--changelog", str(named)], capture_output=True, text=True, timeout=300)
    assert ok.returncode == 0, ok.stdout + ok.stderr
    assert "Every breaking change is named" in ok.stdout
    missing = subprocess.run([script, *base, "--changelog", str(unnamed)], capture_output=True, text=True, timeout=300)
    assert missing.returncode == 1
    assert "does not name: InvoiceAutomationType" in missing.stderr, "only the top entry counts"


def change(*names: str) -> api_diff.Change:
    return api_diff.Change("python", "breaking", names[0], "Public object was removed", list(names))


@pytest.mark.parametrize(
    ("text", "named"),
    [
        ("`InvoiceAutomationType` is now `AutomationType`", True),
        ("the module invoice_automation_type is gone", True),  # the same name, snake case
        ("every model under `gigstack.models` was renamed", True),  # an enclosing module, as written
        ("InvoiceAutomationTypes are now AutomationTypes", False),  # a whole word only
        ("gigstack models were renamed", False),
    ],
)
def test_a_change_is_named_by_its_short_name_or_an_enclosing_path(text: str, named: bool) -> None:
    removed = change(*api_diff.python_names("gigstack.models.InvoiceAutomationType"))
    assert api_diff.named_in(text, removed) is named


def test_python_names_point_at_what_users_import() -> None:
    assert api_diff.python_names("gigstack.api.clients.list_clients.sync")[:2] == [
        "list_clients",
        "gigstack.api.clients.list_clients.sync",
    ]
    assert api_diff.python_names("gigstack.client.AuthenticatedClient.with_timeout")[0] == "AuthenticatedClient"
    assert api_diff.python_names("gigstack.Gigstack")[0] == "Gigstack"


@pytest.mark.parametrize(
    ("version", "kinds", "bump", "next_version"),
    [
        ("0.2.0", ["breaking", "added"], "minor", "0.3.0"),  # before 1.0 the minor number breaks
        ("0.2.0", ["added", "annotation"], "patch", "0.2.1"),
        ("0.2.3", ["annotation"], "patch", "0.2.4"),
        ("0.2.0", [], "none", "0.2.0"),
        ("1.4.2", ["breaking"], "major", "2.0.0"),
        ("1.4.2", ["non-breaking"], "minor", "1.5.0"),
        ("1.4.2", ["unclassified"], "patch", "1.4.3"),
    ],
)
def test_the_bump_follows_semver_read_the_usual_way_before_1_0(
    version: str, kinds: list[str], bump: str, next_version: str
) -> None:
    changes = [api_diff.Change("http", kind, "x", "y") for kind in kinds]
    assert api_diff.required_bump(version, changes) == bump
    assert api_diff.bumped(version, bump) == next_version


def test_deprecated_names_are_reported_and_do_not_break(tmp_path: Path) -> None:
    """A renamed attribute kept as a deprecated alias: the new name is added, the old one reported."""
    import griffe

    before = tmp_path / "before" / "pkg"
    after = tmp_path / "after" / "pkg"
    for folder in (before, after):
        folder.mkdir(parents=True)
    (before / "__init__.py").write_text(
        'class Page:\n    """A page."""\n\n    def __init__(self, *, next_: str = "") -> None: ...\n\n'
        "    @property\n    def next_(self) -> str:\n        return ''\n"
    )
    (after / "__init__.py").write_text(
        'class Page:\n    """A page.\n\n    Deprecated spellings, kept until 0.3.0 (they warn): `next_` (now `next`).\n    """\n\n'
        '    def __init__(self, *, next: str = "", next_: str = "") -> None: ...\n\n'
        "    @property\n    def next(self) -> str:\n        return ''\n\n"
        '    @property\n    def next_(self) -> str:\n        """Deprecated spelling of `next`."""\n        return ""\n'
    )
    old: dict = {}
    new: dict = {}
    for root, found in ((before.parent, old), (after.parent, new)):
        api_diff.public_members(griffe.load("pkg", search_paths=[str(root)], allow_inspection=False), found)
    changes = api_diff.deprecations(old, new)
    assert {(change.where, change.what) for change in changes} == {
        ("pkg.Page.next_", "Deprecated spelling of `next`."),
        ("pkg.Page.__init__", "parameter next_ deprecated"),
    }
    assert api_diff.required_bump("0.2.0", changes) == "patch" and not any(change.breaking for change in changes)
