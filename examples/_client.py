"""The client every example uses: the real API when GIGSTACK_API_KEY and GIGSTACK_API_BASE_URL
are set (use a test-mode key), otherwise the local mock started by `make mock`."""

import os

from gigstack import Gigstack

MOCK_URL = "http://127.0.0.1:4010"


def client() -> Gigstack:
    if os.environ.get("GIGSTACK_API_KEY") and os.environ.get("GIGSTACK_API_BASE_URL"):
        return Gigstack()
    return Gigstack("mock-key", base_url=os.environ.get("GIGSTACK_MOCK_URL", MOCK_URL))
