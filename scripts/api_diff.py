"""What changed between two versions of the client, and does it break users?

Two layers, because each misses what the other sees:

- the HTTP contract: the bundled spec (generated/openapi.yaml) at each ref, read as data and compared
  as JSON by api-smart-diff (never re-saved as YAML, so the quoted SAT code '08' stays a string);
- the Python API: the generated package (generated/gigstack/gigstack) at each ref, compared by griffe.
  A renamed component schema is one "removed schema" on the wire but a removed import for users.

Every change is classified as breaking or not, and the report names the version bump it needs
(see `required_bump`). The exit status is 1 when anything breaks, unless --changelog is given and
the top entry of that changelog names every breaking change (see `named_in`).

Usage: api_diff.py --base REF [--head REF] [--changelog CHANGELOG.md] [--check-version] [--json OUT]
HEAD defaults to the working tree.
"""

from __future__ import annotations

import argparse
import io
import json
import logging
import re
import subprocess
import sys
import tarfile
import tempfile
from collections import Counter
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

import griffe
import yaml

ROOT = Path(__file__).resolve().parent.parent
SPEC = "generated/openapi.yaml"
PACKAGE = "generated/gigstack/gigstack"
CONFIG = "generator-config.yaml"
NODE = ROOT / "tools" / "node" / "node_modules" / ".bin" / "node"
HTTP_DIFF = ROOT / "tools" / "api-diff" / "http-diff.mjs"
HTTP_METHODS = {"get", "put", "post", "delete", "patch", "head", "options", "trace"}


@dataclass
class Change:
    layer: str  # "http" or "python"
    kind: str  # breaking, added, non-breaking, deprecated, annotation, unclassified
    where: str  # a path in the spec or a Python object path
    what: str  # what happened, in words
    names: list[str] = field(default_factory=list)  # any of these in the changelog names it

    @property
    def breaking(self) -> bool:
        return self.kind == "breaking"


@dataclass
class Side:
    label: str
    version: str
    spec: Any
    package: Path


# -- reading a ref ---------------------------------------------------------------------------------


class _SpecLoader(yaml.SafeLoader):
    """YAML as data, with dates left as the strings they are in the spec (JSON has no dates)."""


_SpecLoader.yaml_implicit_resolvers = {
    first: [(tag, regexp) for tag, regexp in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


def git(*args: str) -> bytes:
    return subprocess.run(["git", *args], cwd=ROOT, check=True, capture_output=True).stdout


def read_side(ref: str | None, workdir: Path) -> Side:
    """The bundled spec, the generated package and the package version at `ref` (None: the work tree)."""
    if ref is None:
        spec_text = (ROOT / SPEC).read_text()
        config_text = (ROOT / CONFIG).read_text()
        package = ROOT / PACKAGE
        label = "working tree"
    else:
        commit = git("rev-parse", "--verify", "--quiet", f"{ref}^{{commit}}").decode().strip()
        try:
            spec_text = git("show", f"{commit}:{SPEC}").decode()
            config_text = git("show", f"{commit}:{CONFIG}").decode()
            archive = git("archive", "--format=tar", commit, PACKAGE)
        except subprocess.CalledProcessError as error:
            raise SystemExit(f"{ref} has no {SPEC} or {PACKAGE}: {error.stderr.decode().strip()}") from error
        target = workdir / commit
        with tarfile.open(fileobj=io.BytesIO(archive)) as tar:
            tar.extractall(target, filter="data")
        package = target / PACKAGE
        label = f"{ref} ({commit[:7]})" if not commit.startswith(ref) else commit[:7]
    config = yaml.safe_load(config_text)
    spec = yaml.load(spec_text, Loader=_SpecLoader)  # noqa: S506 (a SafeLoader subclass)
    return Side(label, str(config.get("package_version_override", "0.0.0")), spec, package)


# -- the HTTP contract -----------------------------------------------------------------------------


def http_subject(path: list[Any], before: Any, after: Any) -> tuple[str, list[str]]:
    """Where a change is (an operation, a schema, a webhook...), and the names that identify it."""
    if len(path) >= 3 and path[0] == "components":
        return f"{path[1]} {path[2]}", [str(path[2])]
    if len(path) >= 2 and path[0] == "paths":
        url = str(path[1])
        if len(path) >= 3 and str(path[2]) in HTTP_METHODS:
            method = str(path[2])
            names = [f"{method.upper()} {url}", url]
            for spec in (before, after):
                operation = spec.get("paths", {}).get(url, {}).get(method, {})
                if isinstance(operation, dict) and operation.get("operationId"):
                    names.insert(0, operation["operationId"])
                    break
            return f"{method.upper()} {url}", names
        return url, [url]
    if len(path) >= 2 and path[0] == "webhooks":
        return f"webhook {path[1]}", [str(path[1])]
    return str(path[0]) if path else "(document)", [str(path[0])] if path else []


def http_changes(base: Side, head: Side, workdir: Path) -> list[Change]:
    files = []
    for name, side in (("base", base), ("head", head)):
        file = workdir / f"{name}.json"
        file.write_text(json.dumps(side.spec))
        files.append(str(file))
    if not NODE.exists() or not HTTP_DIFF.exists():
        raise SystemExit("the HTTP diff needs the pinned Node tools: run `scripts/bootstrap api-diff`")
    out = subprocess.run([str(NODE), str(HTTP_DIFF), *files], check=True, capture_output=True, text=True).stdout
    changes = []
    for diff in json.loads(out):
        where, names = http_subject(diff["path"], base.spec, head.spec)
        dotted = ".".join(str(part) for part in diff["path"])
        what = diff.get("description") or f"[{diff['action'].capitalize()}] {dotted}"
        changes.append(Change("http", diff["type"], where, what, names))
    return changes


# -- the Python API --------------------------------------------------------------------------------


def load_package(side: Side) -> griffe.Object:
    loaded = griffe.load("gigstack", search_paths=[str(side.package.parent)], allow_inspection=False)
    assert isinstance(loaded, griffe.Object)
    return loaded


def python_names(path: str) -> list[str]:
    """The names a changelog may use for an object: its own short name (a model class, an
    operation module, a runtime class) and every enclosing module or class below `gigstack`."""
    parts = path.split(".")[1:]
    if not parts:
        return [path]
    if parts[0] == "models" and len(parts) > 1:
        short = parts[1]
    elif parts[0] == "api" and len(parts) > 2:
        short = parts[2]
    else:
        short = parts[1] if len(parts) > 1 and parts[0][0].islower() else parts[0]
    dotted = [".".join(["gigstack", *parts[:end]]) for end in range(len(parts), 0, -1)]
    return [short, *dotted]


def public_members(obj: griffe.Object, found: dict[str, griffe.Object | griffe.Alias]) -> None:
    for name, member in obj.members.items():
        try:
            public = member.is_public
        except (griffe.AliasResolutionError, griffe.CyclicAliasError):
            public = not name.startswith("_")
        if not public:
            continue
        found[member.path] = member
        if not member.is_alias and isinstance(member, griffe.Object) and (member.is_module or member.is_class):
            public_members(member, found)


def parameter_names(obj: griffe.Object | griffe.Alias) -> list[str]:
    if obj.is_alias or not isinstance(obj, griffe.Function):
        return []
    return [parameter.name for parameter in obj.parameters]


# What the package's docs mark deprecated: a member whose docstring starts with "Deprecated", and a
# parameter listed as "name: Deprecated spelling ..." (a function's Args) or "`name` (now `new`)" (a
# class's deprecated spellings, which its constructor accepts).
DEPRECATED_PARAMETER = re.compile(r"^\s*(\w+): Deprecated\b|`(\w+)` \(now `\w+`\)", re.M)


def _docstring(obj: griffe.Object | griffe.Alias | None) -> str:
    if obj is None or obj.is_alias or obj.docstring is None:
        return ""
    return str(obj.docstring.value)


def deprecated_parameters(obj: griffe.Object | griffe.Alias) -> set[str]:
    text = _docstring(obj)
    if obj.name == "__init__" and not obj.is_alias and obj.parent is not None:
        text += "\n" + _docstring(obj.parent)
    names = {a or b for a, b in DEPRECATED_PARAMETER.findall(text)}
    return names & set(parameter_names(obj))


def deprecations(
    old: dict[str, griffe.Object | griffe.Alias], new: dict[str, griffe.Object | griffe.Alias]
) -> list[Change]:
    """Names deprecated in `new` that were not in `old`: still there, so not a break, but reported."""
    changes = []
    for path in sorted(new):
        before = old.get(path)
        text = _docstring(new[path])
        if text.startswith("Deprecated") and not _docstring(before).startswith("Deprecated"):
            changes.append(Change("python", "deprecated", path, text.splitlines()[0], python_names(path)))
        was = deprecated_parameters(before) if before is not None else set()
        for name in sorted(deprecated_parameters(new[path]) - was):
            changes.append(Change("python", "deprecated", path, f"parameter {name} deprecated", python_names(path)))
    return changes


def python_changes(base: Side, head: Side) -> list[Change]:
    logging.getLogger("griffe").setLevel(logging.ERROR)
    old, new = load_package(base), load_package(head)
    changes = []
    for breakage in griffe.find_breaking_changes(old, new):
        path = breakage.obj.path
        what = breakage.kind.value
        if breakage.old_value is not None and breakage.new_value is not None:
            what += f": {_short(breakage.old_value)} -> {_short(breakage.new_value)}"
        changes.append(Change("python", "breaking", path, what, python_names(path)))
    old_members: dict[str, griffe.Object | griffe.Alias] = {}
    new_members: dict[str, griffe.Object | griffe.Alias] = {}
    public_members(old, old_members)
    public_members(new, new_members)
    for path in sorted(new_members.keys() - old_members.keys()):
        changes.append(Change("python", "added", path, "added", python_names(path)))
    for path in sorted(new_members.keys() & old_members.keys()):
        before, after = parameter_names(old_members[path]), parameter_names(new_members[path])
        for name in after:
            if name not in before:  # a new required parameter is already a breakage above
                changes.append(Change("python", "added", path, f"parameter {name} added", python_names(path)))
    return changes + deprecations(old_members, new_members)


def _short(value: object) -> str:
    text = getattr(value, "name", None) or str(value)
    return text if len(text) <= 60 else text[:57] + "..."


# -- versions --------------------------------------------------------------------------------------


def parse_version(version: str) -> tuple[int, int, int]:
    found = re.match(r"(\d+)\.(\d+)\.(\d+)", version)
    if not found:
        raise SystemExit(f"not a version: {version}")
    major, minor, patch = (int(n) for n in found.groups())
    return major, minor, patch


def required_bump(version: str, changes: list[Change]) -> str:
    """Semantic versioning, with the usual reading before 1.0 (as Cargo and release-please's
    bump-minor-pre-major do): in 0.y.z the minor number y plays the part of the major one.

    - a breaking change: major (1.0 and later), minor (before 1.0);
    - an addition to the Python API or a non-breaking change of the contract: minor (patch before 1.0);
    - anything else that changed (descriptions, examples, extensions): patch;
    - nothing changed: none.
    """
    major = parse_version(version)[0]
    kinds = {change.kind for change in changes}
    if "breaking" in kinds:
        return "major" if major >= 1 else "minor"
    if kinds & {"added", "non-breaking", "deprecated"}:
        return "minor" if major >= 1 else "patch"
    return "patch" if changes else "none"


def bumped(version: str, bump: str) -> str:
    major, minor, patch = parse_version(version)
    if bump == "major":
        return f"{major + 1}.0.0"
    if bump == "minor":
        return f"{major}.{minor + 1}.0"
    if bump == "patch":
        return f"{major}.{minor}.{patch + 1}"
    return version


# -- the changelog ---------------------------------------------------------------------------------


def top_entry(changelog: Path) -> tuple[str, str]:
    """The heading and text of the first `## ` section (the release being prepared)."""
    sections = re.split(r"^## ", changelog.read_text(), flags=re.M)
    if len(sections) < 2:
        raise SystemExit(f"{changelog} has no `## ` entry")
    heading, _, body = sections[1].partition("\n")
    return heading.strip(), body


def _normal(text: str) -> str:
    return text.lower().replace("_", "").replace("-", "")


def distinct_names(changes: list[Change]) -> list[str]:
    """The first name of each change, once (`InvoiceAutomationType` and its module are one)."""
    names: dict[str, str] = {}
    for name in sorted(change.names[0] for change in changes):
        names.setdefault(_normal(name), name)
    return list(names.values())


def named_in(text: str, change: Change) -> bool:
    """A breaking change is named when any of its names appears in the text: a short name as a
    whole word, compared without case and underscores (`InvoiceAutomationType`,
    `invoice_automation_type`), or a dotted path (`gigstack.models`) as written."""
    normal = _normal(text)
    for name in change.names:
        if "." in name or "/" in name or " " in name:
            if name in text:
                return True
        elif re.search(rf"(?<![a-z0-9]){re.escape(_normal(name))}(?![a-z0-9])", normal):
            return True
    return False


# -- the report ------------------------------------------------------------------------------------


def report(base: Side, head: Side, changes: list[Change], bump: str) -> list[str]:
    lines = [f"API diff: {base.label}, version {base.version} -> {head.label}, version {head.version}", ""]
    for layer, title in (
        ("http", f"HTTP contract ({SPEC}, api-smart-diff)"),
        ("python", f"Python API ({PACKAGE}, griffe)"),
    ):
        mine = [change for change in changes if change.layer == layer]
        counts = Counter(change.kind for change in mine)
        summary = ", ".join(f"{n} {kind}" for kind, n in sorted(counts.items())) or "no changes"
        lines.append(f"{title}: {summary}")
        for change in (c for c in mine if c.breaking):
            lines.append(f"  BREAKING  {change.where}: {change.what}   [names: {', '.join(change.names[:3])}]")
        deprecated: dict[str, list[str]] = {}
        for change in (c for c in mine if c.kind == "deprecated"):
            deprecated.setdefault(change.what, []).append(change.where)
        for what, where in deprecated.items():
            shown = ", ".join(where[:3]) + (f" and {len(where) - 3} more" if len(where) > 3 else "")
            lines.append(f"  DEPRECATED  {what}: {shown}")
        # Grouped by operation or schema on the wire, by model, operation or class in Python.
        others = Counter(change.where if layer == "http" else change.names[0] for change in mine if not change.breaking)
        if others:
            listed = ", ".join(f"{where} ({n})" if n > 1 else where for where, n in others.most_common(12))
            more = f", and {len(others) - 12} more" if len(others) > 12 else ""
            lines.append(f"  not breaking, in: {listed}{more}")
        lines.append("")
    breaking = [change for change in changes if change.breaking]
    if breaking:
        lines.append(f"Breaking: {len(breaking)} changes, of {', '.join(distinct_names(breaking))}")
    major = parse_version(base.version)[0]
    rule = "before 1.0, a breaking change bumps the minor number" if major < 1 else "semantic versioning"
    if bump == "none":
        lines.append("Version: no change, no release needed")
    else:
        lines.append(f"Version: needs a {bump} bump ({rule}): {base.version} -> {bumped(base.version, bump)}")
    return lines


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--base", required=True, help="git ref to compare from")
    parser.add_argument("--head", help="git ref to compare to (default: the working tree)")
    parser.add_argument("--changelog", type=Path, help="accept the breaking changes its top entry names")
    parser.add_argument("--check-version", action="store_true", help="fail if HEAD's version is bumped too little")
    parser.add_argument("--json", type=Path, help="also write the report as JSON here")
    args = parser.parse_args(argv)

    with tempfile.TemporaryDirectory(prefix="api-diff-") as tmp:
        workdir = Path(tmp)
        base, head = read_side(args.base, workdir), read_side(args.head, workdir)
        changes = http_changes(base, head, workdir) + python_changes(base, head)
        bump = required_bump(base.version, changes)
    print("\n".join(report(base, head, changes, bump)))

    failures = []
    breaking = [change for change in changes if change.breaking]
    if breaking and args.changelog:
        heading, text = top_entry(args.changelog)
        missing = distinct_names([change for change in breaking if not named_in(text, change)])
        if missing:
            failures.append(f"the top entry of {args.changelog} ({heading}) does not name: {', '.join(missing)}")
        else:
            print(f"Every breaking change is named in {args.changelog} ({heading}).")
    elif breaking:
        failures.append(f"{len(breaking)} breaking changes")
    if args.check_version and parse_version(head.version) < parse_version(bumped(base.version, bump)):
        failures.append(f"version {head.version} is too low: the changes need {bumped(base.version, bump)}")
    if args.json:
        payload = {
            "base": {"label": base.label, "version": base.version},
            "head": {"label": head.label, "version": head.version},
            "bump": bump,
            "next_version": bumped(base.version, bump),
            "breaking_names": distinct_names(breaking),
            "changes": [asdict(change) for change in changes],
        }
        args.json.write_text(json.dumps(payload, indent=2))
    for failure in failures:
        print(f"FAIL: {failure}", file=sys.stderr)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
