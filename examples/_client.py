"""The client every example uses: the real API when GIGSTACK_API_KEY and GIGSTACK_API_BASE_URL
are set (use a test-mode key), otherwise the local mock started by `make mock`."""

import os

from gigstack import AuthenticatedClient

MOCK_URL = "http://127.0.0.1:4010"


def client() -> AuthenticatedClient:
    if os.environ.get("GIGSTACK_API_KEY") and os.environ.get("GIGSTACK_API_BASE_URL"):
        return AuthenticatedClient.from_env()
    return AuthenticatedClient(base_url=os.environ.get("GIGSTACK_MOCK_URL", MOCK_URL), token="mock-key")
