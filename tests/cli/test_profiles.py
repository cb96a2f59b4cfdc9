"""Keys and profiles: login from stdin (never the command line), the owner-only key file, which
key wins, status and logout; the key never printed."""

import json
import stat

from cli.conftest import LIVE_KEY, TEST_KEY
from support.server import Reply

TEAMS = Reply(200, {"message": "ok", "data": [{"id": "team_1"}], "has_more": False})


def mode(path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_login_reads_stdin_checks_the_key_and_keeps_it_owner_only(gigstack, server, config_dir) -> None:
    server.queue(TEAMS)
    done = gigstack("auth", "login", "--profile", "work", key=None, stdin=TEST_KEY + "\n")
    assert done.status == 0, done.stderr
    assert TEST_KEY not in done.stdout + done.stderr
    sent = server.received[0]
    assert (sent.path, dict(sent.query)) == ("/v2/teams", {"limit": "1"})
    assert sent.headers["Authorization"] == f"Bearer {TEST_KEY}"
    credentials = config_dir / "credentials.json"
    assert mode(config_dir) == 0o700 and mode(credentials) == 0o600
    assert json.loads(credentials.read_text()) == {"work": TEST_KEY}
    assert TEST_KEY not in (config_dir / "profiles.json").read_text()


def test_a_refused_key_is_4_and_is_not_saved(gigstack, server, config_dir) -> None:
    server.queue(Reply(401, {"error": {"code": "unauthorized", "message": "Invalid API key"}}))
    done = gigstack("auth", "login", key=None, stdin=TEST_KEY)
    assert done.status == 4
    assert not (config_dir / "credentials.json").exists()


def test_login_takes_no_key_on_the_command_line(gigstack, server) -> None:
    done = gigstack("auth", "login", "--key", TEST_KEY, key=None)
    assert done.status == 2 and server.received == []


def test_an_empty_or_broken_key_is_2(gigstack, server) -> None:
    assert gigstack("auth", "login", key=None, stdin="\n").status == 2
    assert gigstack("auth", "login", key=None, stdin="sk_test_a b\n").status == 2
    assert server.received == []


def test_which_key_is_used(gigstack, server, config_dir) -> None:
    server.queue(TEAMS, TEAMS)
    assert gigstack("auth", "login", key=None, stdin=TEST_KEY).status == 0  # the default profile
    assert gigstack("auth", "login", "--profile", "prod", "--no-verify", key=None, stdin=LIVE_KEY).status == 0
    assert len(server.received) == 1

    def source(*args: str, **env: str) -> str:
        done = gigstack(*args, "auth", "status", "--format", "json", **env)
        assert done.status == 0, done.stderr
        assert TEST_KEY not in done.stdout and LIVE_KEY not in done.stdout
        return done.json()["key_source"]

    assert source(key=None) == "profile default (file)"
    assert source(key=None, GIGSTACK_PROFILE="prod") == "profile prod (file)"
    assert source() == "GIGSTACK_API_KEY"
    assert source("--profile", "prod") == "profile prod (file)"
    shown = gigstack("auth", "status", "--profile", "prod", "--format", "json").json()
    assert shown["mode"] == "live" and shown["key"].startswith("sk_l") and shown["key"].endswith("cdef")


def test_the_profile_s_base_url_and_team_are_used(gigstack, server, config_dir) -> None:
    assert gigstack("auth", "login", "--team", "team_9", "--no-verify", key=None, stdin=TEST_KEY).status == 0
    server.queue(Reply(200, {"message": "ok", "data": [], "has_more": False}))
    assert gigstack("clients", "list", key=None).status == 0
    assert dict(server.received[0].query)["team"] == "team_9"


def test_a_key_file_others_can_read_is_refused(gigstack, server, config_dir) -> None:
    assert gigstack("auth", "login", "--no-verify", key=None, stdin=TEST_KEY).status == 0
    (config_dir / "credentials.json").chmod(0o644)
    done = gigstack("clients", "list", key=None)
    assert done.status == 2 and "chmod 600" in done.stderr and server.received == []


def test_logout_forgets_the_key(gigstack, server, config_dir) -> None:
    assert gigstack("auth", "login", "--no-verify", key=None, stdin=TEST_KEY).status == 0
    assert gigstack("auth", "logout", key=None).status == 0
    assert json.loads((config_dir / "credentials.json").read_text()) == {}
    assert gigstack("auth", "status", key=None).status == 2
    assert gigstack("auth", "logout", key=None).status == 1


def test_a_usable_keyring_holds_the_key_instead_of_the_file(gigstack, server, config_dir, tmp_path) -> None:
    from support.paths import ROOT

    ring = tmp_path / "keyring.json"
    env = {
        "GIGSTACK_KEYRING": "1",
        "PYTHON_KEYRING_BACKEND": "memory_keyring.FileKeyring",
        "PYTHONPATH": str(ROOT / "tests" / "support"),
        "TEST_KEYRING_FILE": str(ring),
    }
    assert gigstack("auth", "login", "--no-verify", key=None, stdin=TEST_KEY, **env).status == 0
    assert json.loads(ring.read_text()) == {"gigstack/default": TEST_KEY}
    assert not (config_dir / "credentials.json").exists()
    assert TEST_KEY not in (config_dir / "profiles.json").read_text()
    shown = gigstack("auth", "status", "--format", "json", key=None, **env).json()
    assert shown["key_source"] == "profile default (keyring)"
    assert gigstack("auth", "logout", key=None, **env).status == 0
    assert json.loads(ring.read_text()) == {}
