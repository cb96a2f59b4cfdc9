"""`python -m gigstack.cli`: the same as the `gigstack` command."""

from . import entry_point

entry_point()
