"""Every failure has its exit status and a message on stderr; bad input sends nothing."""

import json

import pytest

from cli.conftest import TEST_KEY
from support.server import Reply


def error_body(status: int, code: str, message: str) -> Reply:
    return Reply(status, {"error": {"code": code, "message": message}}, headers={"x-request-id": "req_42"})


def test_a_refused_key_is_4_and_the_key_never_shows(gigstack, server) -> None:
    server.queue(error_body(401, "unauthorized", "Invalid API key"))
    done = gigstack("clients", "list")
    assert done.status == 4
    assert "Invalid API key" in done.stderr
    assert TEST_KEY not in done.stderr + done.stdout


def test_a_404_is_1_with_the_error_as_json_on_stderr(gigstack, server) -> None:
    server.queue(error_body(404, "resource_missing", "Client not found"))
    done = gigstack("clients", "retrieve", "client_nope", "--format", "json")
    assert done.status == 1
    assert done.stdout == ""
    told = json.loads(done.stderr.strip().splitlines()[-1])
    assert told["error"]["status"] == 404 and "Client not found" in told["error"]["message"]


def test_an_html_error_page_is_1_with_a_readable_message(gigstack, server) -> None:
    server.queue(Reply(404, body=b"<html><body>Not Found</body></html>", headers={"Content-Type": "text/html"}))
    done = gigstack("clients", "retrieve", "client_x")
    assert done.status == 1
    assert "404" in done.stderr and "Traceback" not in done.stderr


def test_a_cut_body_on_a_read_is_not_a_traceback(gigstack, server) -> None:
    server.queue(Reply(200, body=b'{"message": "ok", "data": [{"id": "c1"'))
    done = gigstack("clients", "list")
    assert done.status != 0
    assert "Traceback" not in done.stderr and done.stderr.startswith("gigstack: ")


@pytest.mark.parametrize(
    "args",
    [
        ("clients", "create", "--data", "{not json"),
        ("clients", "create", "--data", "[1, 2]"),
        ("clients", "create", "--data", "@/nonexistent/file.json"),
        ("clients", "retrieve", ".."),
        ("clients", "list", "--limit", "many"),
        ("clients", "list", "--created-gte", "yesterday"),
        ("clients", "list", "--sort", "sideways"),
        ("clients", "list", "--metadata", "novalue"),
        ("clients", "nope"),
    ],
)
def test_bad_input_is_2_and_nothing_is_sent(gigstack, server, args) -> None:
    done = gigstack(*args)
    assert done.status == 2, (done.stdout, done.stderr)
    assert server.received == []
    assert "Traceback" not in done.stderr


def test_a_slash_in_an_id_stays_inside_its_path_segment(gigstack, server) -> None:
    server.queue(Reply(200, {"message": "ok", "data": {"id": "a/b"}}))
    assert gigstack("clients", "retrieve", "a/b").status == 0
    assert server.received[0].path == "/v2/clients/a%2Fb"


def test_no_key_is_2_and_says_how_to_get_one(gigstack, server) -> None:
    done = gigstack("clients", "list", key=None)
    assert done.status == 2
    assert "gigstack auth login" in done.stderr and server.received == []


def test_a_key_with_a_stray_newline_works_and_a_broken_key_is_2(gigstack, server) -> None:
    server.queue(Reply(200, {"message": "ok", "data": [], "has_more": False}))
    assert gigstack("clients", "list", key=TEST_KEY + "\n").status == 0
    assert server.received[0].headers["Authorization"] == f"Bearer {TEST_KEY}"
    broken = gigstack("clients", "list", key="sk_test_a b")
    assert broken.status == 2 and len(server.received) == 1


def test_a_write_without_an_answer_is_5_and_names_the_idempotency_key(gigstack, server) -> None:
    server.queue(*[Reply(200, {"data": {}}, delay=3) for _ in range(4)])
    done = gigstack(
        "invoices", "income", "create", "--client-id", "client_1", "--timeout", "0.5", "--idempotency-key", "mine-1"
    )
    assert done.status == 5, done.stderr
    assert "--idempotency-key mine-1" in done.stderr
    assert all(json.loads(r.body)["idempotency_key"] == "mine-1" for r in server.received)


def test_a_write_that_takes_no_key_says_to_check_before_repeating(gigstack, server) -> None:
    server.queue(Reply(200, {"data": {}}, delay=3))
    done = gigstack("clients", "create", "--name", "Kemper", "--timeout", "0.5")
    assert done.status == 5, done.stderr
    assert "check whether it happened" in done.stderr
    assert len(server.received) == 1  # a write without a key is never retried after a timeout


def test_an_interrupt_is_130(console_script, server, config_dir) -> None:
    import signal
    import subprocess
    import time

    from cli.conftest import environment

    server.queue(Reply(200, {"data": [], "has_more": False}, delay=5))
    env = environment(config_dir, GIGSTACK_API_KEY=TEST_KEY, GIGSTACK_API_BASE_URL=server.base_url)
    process = subprocess.Popen([str(console_script), "clients", "list"], env=env, stderr=subprocess.PIPE, text=True)
    try:
        deadline = time.monotonic() + 20
        while not server.received and time.monotonic() < deadline:
            time.sleep(0.05)
        assert server.received, "the request never arrived"
        process.send_signal(signal.SIGINT)
        _, stderr = process.communicate(timeout=20)
    finally:
        process.kill()
    assert process.returncode == 130, stderr
    assert "interrupted" in stderr and "Traceback" not in stderr
