"""The end-to-end tests share one Prism mock, installed when missing, started for the session and
stopped after it."""

from collections.abc import Iterator

import pytest

from support import mock_api


@pytest.fixture(scope="session")
def mock(tmp_path_factory: pytest.TempPathFactory) -> Iterator[mock_api.MockApi]:
    mock_api.install()
    process, api = mock_api.start(tmp_path_factory.mktemp("prism") / "prism.log")
    try:
        yield api
    finally:
        mock_api.stop(process)
