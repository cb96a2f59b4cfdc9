"""The resource tree of the `Gigstack` client, from each operation's `x-sdk` place."""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from .operations import Argument, Operation

# Keyword arguments every resource method takes besides the operation's own.
OPTION_NAMES = frozenset({"extra_headers", "extra_query", "extra_body", "timeout", "max_retries", "self"})


@dataclass
class Resource:
    path: tuple[str, ...]
    operations: list[Operation] = field(default_factory=list)
    children: dict[str, Resource] = field(default_factory=dict)

    @property
    def name(self) -> str:
        return self.path[-1]

    @property
    def class_name(self) -> str:
        return "".join(part.title().replace("_", "") for part in self.path)

    @property
    def module(self) -> str:
        return self.path[0]

    def walk(self) -> list[Resource]:
        """This resource and every resource under it, children first (so classes are defined before use)."""
        found: list[Resource] = []
        for child in self.children.values():
            found.extend(child.walk())
        found.append(self)
        return found


def keyword_arguments(operation: Operation) -> list[Argument]:
    """A resource method's keyword arguments: body fields, then query and header parameters."""
    body = operation.body_fields if operation.body_class else ([operation.body] if operation.body else [])
    return [*body, *operation.query_args, *operation.header_args]


def _singular(word: str) -> str:
    return word[:-1] if word.endswith("s") else word


def _check(operation: Operation) -> None:
    """Refuse argument names that clash; a path parameter named like a body field (`id`) is renamed
    after its resource (`team_id`): path parameters are passed by position, so the name is free."""
    where = f"{operation.resource}.{operation.resource_method}"
    keywords = {a.python_name for a in keyword_arguments(operation)}
    resource = (operation.resource or "").split(".")[-1]
    operation.path_args = [
        replace(a, python_name=f"{_singular(resource)}_{a.python_name}") if a.python_name in keywords else a
        for a in operation.path_args
    ]
    names = [a.python_name for a in [*operation.path_args, *keyword_arguments(operation)]]
    clashes = {name for name in names if names.count(name) > 1} | (set(names) & OPTION_NAMES)
    if clashes:
        raise ValueError(f"{where}: argument names clash: {sorted(clashes)}; rename in the spec or add an alias")


def resource_tree(operations: list[Operation]) -> dict[str, Resource]:
    """Top-level resources by name, each with its sub-resources and operations."""
    roots: dict[str, Resource] = {}
    for operation in sorted(operations, key=lambda op: (op.resource or "", op.resource_method or "")):
        if not operation.resource or not operation.resource_method:
            raise ValueError(f"{operation.name} has no x-sdk place")
        _check(operation)
        parts = tuple(operation.resource.split("."))
        node = roots.setdefault(parts[0], Resource((parts[0],)))
        for depth in range(1, len(parts)):
            node = node.children.setdefault(parts[depth], Resource(parts[: depth + 1]))
        node.operations.append(operation)
    return roots
