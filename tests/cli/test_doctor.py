"""`gigstack doctor` and `gigstack completion`."""

import email.utils
import time

from cli.conftest import TEST_KEY
from support.server import Reply


def teams(skew: float = 0.0) -> Reply:
    date = email.utils.formatdate(time.time() - skew, usegmt=True)
    return Reply(200, {"message": "ok", "data": [{"id": "team_1"}], "has_more": False}, headers={"Date": date})


def test_all_well_is_0_and_names_each_check(gigstack, server) -> None:
    server.queue(teams(), Reply(200, {"message": "ok", "data": {"id": "team_1"}}))
    done = gigstack("--team", "team_1", "doctor")
    assert done.status == 0, done.stdout + done.stderr
    for name in ("version", "key", "api", "clock", "team"):
        assert f"  {name}: " in done.stdout, name
    assert "FAIL" not in done.stdout and TEST_KEY not in done.stdout + done.stderr
    assert [r.path for r in server.received] == ["/v2/teams", "/v2/teams/team_1"]


def test_a_refused_key_fails(gigstack, server) -> None:
    server.queue(Reply(401, {"error": {"code": "unauthorized", "message": "Invalid API key"}}))
    done = gigstack("doctor")
    assert done.status == 1 and "FAIL  api: the key was refused" in done.stdout


def test_a_skewed_clock_fails(gigstack, server) -> None:
    server.queue(teams(skew=900))
    done = gigstack("doctor")
    assert done.status == 1 and "FAIL  clock" in done.stdout


def test_no_key_fails_without_sending(gigstack, server) -> None:
    done = gigstack("doctor", key=None)
    assert done.status == 1 and "FAIL  key" in done.stdout and server.received == []


def test_an_unreachable_api_fails(gigstack, server) -> None:
    done = gigstack("--timeout", "1", "doctor", GIGSTACK_API_BASE_URL="http://127.0.0.1:9/v2")
    assert done.status == 1 and "FAIL  api: not reachable" in done.stdout


def test_completion_scripts(gigstack) -> None:
    for shell, marker in (("bash", "complete -o"), ("zsh", "compdef"), ("fish", "complete --no-files")):
        done = gigstack("completion", shell)
        assert done.status == 0 and marker in done.stdout and "_GIGSTACK_COMPLETE" in done.stdout, shell
    assert gigstack("completion", "tcsh").status == 2


def test_completion_walks_the_generated_tree(console_script, config_dir) -> None:
    import subprocess

    from cli.conftest import environment

    env = environment(
        config_dir, _GIGSTACK_COMPLETE="bash_complete", COMP_WORDS="gigstack invoices inc", COMP_CWORD="2"
    )
    done = subprocess.run([str(console_script)], env=env, capture_output=True, text=True, timeout=60)
    assert "plain,income" in done.stdout.splitlines(), done.stdout + done.stderr
