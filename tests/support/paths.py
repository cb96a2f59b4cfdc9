"""Where things live, relative to the repository root."""

from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
BUNDLED_SPEC = ROOT / "generated" / "openapi.yaml"
PACKAGE_PROJECT = ROOT / "generated" / "gigstack"
FIXTURES = ROOT / "tests" / "fixtures"
