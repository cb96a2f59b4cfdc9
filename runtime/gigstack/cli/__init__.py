"""The `gigstack` command (pip install gigstack[cli]): a thin layer over gigstack.jobs.

    gigstack invoices issue ROWS --job DIR [--skip-invalid] [--dry-run] [--concurrency N] [--key-prefix P]
    gigstack invoices export --since YYYY-MM-DD --until YYYY-MM-DD --to DIR [--formats xml,pdf] [--concurrency N]

Exit status: 0 every row (invoice) done, 1 some were not (the report says which), 2 nothing was
sent because of bad input or usage.
"""

from __future__ import annotations

import sys


def main(argv: list[str] | None = None) -> int:
    """Run the command; returns its exit status."""
    try:
        from ._root import run
    except ImportError as error:  # the cli extra is not installed
        missing = getattr(error, "name", None) or str(error)
        print(f"gigstack: the command needs the cli extra ({missing} is missing): pip install 'gigstack[cli]'",
              file=sys.stderr)  # fmt: skip
        return 2
    return run(argv)


def entry_point() -> None:
    """The console script: exits with main()'s status."""
    sys.exit(main())


__all__ = ["entry_point", "main"]
