"""The generated package as a user gets it: names that read well, safe reprs, and an install
into a clean virtual environment that ships py.typed."""

import inspect
import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from gigstack import AuthenticatedClient
from gigstack.api.clients import list_clients
from gigstack.models import SignupResult, Team, TeamCsdUpload
from support.paths import PACKAGE_PROJECT, ROOT
from support.spec import operations


def test_python_arguments_read_well() -> None:
    names = list(inspect.signature(list_clients.sync).parameters)
    # The API's spelling (`next`); `next_`, the spelling of 0.1, is a deprecated alias until 0.3.0.
    assert names == ["client", "team", "limit", "next", "order_by", "sort", "created", "metadata", "next_"]


def test_the_package_exports_its_clients_and_no_http_class_named_client() -> None:
    import gigstack
    from gigstack.models import Client

    assert {"Gigstack", "AsyncGigstack", "AuthenticatedClient", "errors", "__version__"} <= set(gigstack.__all__)
    assert "Client" not in gigstack.__all__ and not hasattr(gigstack, "Client")
    assert Client.__module__ == "gigstack.models.client"


def test_the_token_is_not_in_the_repr() -> None:
    api = AuthenticatedClient(base_url="https://api.gigstack.io/v2", token="eyJhbGciOiJIUzI1NiJ9.secret.sig")
    assert "secret" not in repr(api) and "eyJ" not in repr(api)


def test_no_model_is_named_after_an_inline_schema() -> None:
    # The generator names an inline schema after its operation (create_client_body) or its
    # place in a union (client_metadata_type_0).
    models = [p.stem for p in (PACKAGE_PROJECT / "gigstack" / "models").glob("*.py")]
    operations_ = {op.module_name for op in operations().values()}
    inline = [m for m in models if "_type_" in m or any(m.startswith(op + "_") for op in operations_)]
    assert not inline, f"name these schemas in openapi/components: {inline}"


@pytest.mark.skipif(shutil.which("uv", path=str(ROOT / ".venv" / "bin")) is None, reason="needs the bootstrapped uv")
def test_package_installs_in_a_clean_venv_with_py_typed_and_orjson(tmp_path: Path) -> None:
    uv = shutil.which("uv", path=str(ROOT / ".venv" / "bin"))
    venv = tmp_path / "venv"
    subprocess.run([uv, "venv", "--quiet", "--python", sys.executable, str(venv)], check=True)
    python = venv / "bin" / "python"
    subprocess.run([uv, "pip", "install", "--quiet", "--python", str(python), str(PACKAGE_PROJECT)], check=True)
    probe = (
        "import gigstack, gigstack._json, pathlib, platform;"
        "print(pathlib.Path(gigstack.__file__).with_name('py.typed').exists(), gigstack._json.DECODER,"
        " platform.python_implementation())"
    )
    out = subprocess.run([str(python), "-c", probe], check=True, capture_output=True, text=True, cwd=tmp_path)
    typed, decoder, implementation = out.stdout.split()
    assert typed == "True"
    assert decoder == ("orjson" if implementation == "CPython" else "json"), "orjson comes with the default install"


def test_secrets_in_models_are_kept_out_of_repr_but_not_out_of_to_dict() -> None:
    # `format: password` in the spec: the signup's API keys, a CSD key password, sign-in links.
    body = json.loads((ROOT / "tests/fixtures/auth/createSignup/200_paid_plan.json").read_text())["response"]["json"]
    result = SignupResult.from_dict(body)
    keys = (body["api_keys"]["live"], body["api_keys"]["test"])
    for text in (repr(result), str(result), repr(result.api_keys)):
        assert not any(key in text for key in keys), text
    assert "team_4Ns8Rt2GxW" in repr(result)  # the rest still prints
    assert result.to_dict() == body and result.api_keys.live == keys[0]

    csd = TeamCsdUpload.from_dict({"cer": b"", "key": b"", "keyPass": "s3cr3t-pass"})
    assert "s3cr3t-pass" not in repr(csd) and csd.key_pass == "s3cr3t-pass"
    team = Team.from_dict(
        {"id": "team_8HqYv3NcW1", "onboarding_url": "https://app.example.mx/onboarding?token=tok_FAKE"}
    )
    assert "tok_FAKE" not in repr(team) and "team_8HqYv3NcW1" in repr(team)
