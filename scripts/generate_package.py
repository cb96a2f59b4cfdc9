"""Generate the gigstack package from the bundled spec (called by scripts/generate).

openapi-python-client (pinned) with our templates writes the models and the operation modules;
on top, the runtime is copied from runtime/gigstack/ and the resource client is rendered from each
operation's `x-sdk` place. Warnings fail the generation, as with the CLI's --fail-on-warning.

Usage: python scripts/generate_package.py BUNDLED_SPEC OUTPUT_DIR
"""

from __future__ import annotations

import copy
import sys
from pathlib import Path

from openapi_python_client.cli import handle_errors
from openapi_python_client.config import Config, ConfigFile, MetaType
from openapi_python_client.parser import GeneratorData
from ruamel.yaml import YAML

sys.path.insert(0, str(Path(__file__).resolve().parent))

from sdkgen.project import GigstackProject  # noqa: E402
from sdkgen.spec import Spec  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent


def main(spec_path: Path, output: Path) -> None:
    config = Config.from_sources(
        ConfigFile.load_from_path(ROOT / "generator-config.yaml"),
        MetaType.UV,
        spec_path,
        "utf-8",
        True,
        output_path=output,
    )
    document = YAML(typ="safe").load(spec_path.read_bytes())
    spec = Spec(copy.deepcopy(document))
    openapi = GeneratorData.from_dict(document, config=config)
    if not isinstance(openapi, GeneratorData):
        handle_errors([openapi], fail_on_warning=True)
        return
    project = GigstackProject(
        openapi=openapi,
        config=config,
        custom_template_path=ROOT / "templates",
        spec=spec,
        runtime=ROOT / "runtime" / "gigstack",
    )
    handle_errors(project.build(), fail_on_warning=True)


if __name__ == "__main__":
    main(Path(sys.argv[1]), Path(sys.argv[2]))
