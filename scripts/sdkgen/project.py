"""openapi-python-client's Project, plus what the generator does not write on its own: the runtime
(copied verbatim from runtime/gigstack/), the resource client and the version module."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

from openapi_python_client import Project

from .models import model_info
from .operations import Operation, operation_info
from .resources import Resource, keyword_arguments, resource_tree
from .spec import Spec
from .types import getter_type, reader, setter_type, text


def resource_imports(operations: list[Operation]) -> dict[str, str]:
    """The model and enum classes a resource module names (unused ones are removed by ruff)."""
    found: dict[str, str] = {}
    for operation in operations:
        found.update(operation.imports)
    return found


class GigstackProject(Project):
    def __init__(self, *, spec: Spec, runtime: Path, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.spec = spec
        self.runtime = runtime
        self._operations: dict[int, Operation] = {}
        # A Python literal of a string (the spec's text is untrusted: repr() escapes it).
        self.env.filters["py"] = lambda value: repr(text(value))
        self.env.globals.update(
            operation_info=self.operation_info,
            model_info=lambda model: model_info(model, spec),
            getter_type=getter_type,
            setter_type=setter_type,
            reader=reader,
            wire=lambda prop: text(prop.name),
            keyword_arguments=keyword_arguments,
            resource_imports=resource_imports,
        )

    def operation_info(self, endpoint: Any) -> Operation:
        key = id(endpoint)
        if key not in self._operations:
            self._operations[key] = operation_info(endpoint, self.spec)
        return self._operations[key]

    def _build_api(self) -> None:
        super()._build_api()
        self._copy_runtime()
        self._build_resources()

    def _write(self, template: str, path: Path, **context: Any) -> None:
        path.write_text(self.env.get_template(template).render(**context), encoding=self.config.file_encoding)

    def _copy_runtime(self) -> None:
        # Verbatim: the runtime is ordinary Python, linted and type-checked where it lives.
        for source in sorted(self.runtime.glob("*.py")):
            shutil.copyfile(source, self.package_dir / source.name)
        self._write("sdk/version.py.jinja", self.package_dir / "_version.py")

    def _build_resources(self) -> None:
        operations = [
            self.operation_info(endpoint)
            for collection in self.openapi.endpoint_collections_by_tag.values()
            for endpoint in collection.endpoints
        ]
        roots: dict[str, Resource] = resource_tree(operations)
        self._write("sdk/client_module.py.jinja", self.package_dir / "_client.py", roots=roots)
        resources = self.package_dir / "resources"
        shutil.rmtree(resources, ignore_errors=True)
        resources.mkdir()
        self._write("sdk/resources_init.py.jinja", resources / "__init__.py", roots=roots)
        for root in roots.values():
            self._write("sdk/resource_module.py.jinja", resources / f"{root.module}.py", root=root)
