"""Calls as an agent makes them: the request sent (the same the command line builds), the answer an
agent can use ({data, has_more, next} for a list), and failures as tool errors the session survives."""

import json

from mcp_server.conftest import TEST_KEY, answer
from support.server import Reply

CLIENT = {"id": "client_1", "legal_name": "Escuela Kemper Urgate", "tax_id": "EKU9003173C9"}


async def test_a_list_answers_a_page_and_takes_next_for_the_following_one(connect, server) -> None:
    server.queue(
        Reply(200, {"message": "ok", "data": [CLIENT], "has_more": True, "next": "cursor_2"}),
        Reply(200, {"message": "ok", "data": [], "has_more": False}),
    )
    async with connect() as session:
        first = await session.call_tool("clients_list", {"limit": 1, "created_gte": "2026-11-01"})
        second = await session.call_tool("clients_list", {"next": first.structured_content["next"]})
    assert not first.is_error
    assert first.structured_content == {"data": [CLIENT], "has_more": True, "next": "cursor_2"}
    assert answer(first) == first.structured_content
    assert second.structured_content == {"data": [], "has_more": False, "next": None}
    sent = server.received
    assert sent[0].path == "/v2/clients"
    # A Mexico City day: its first second (2026-11-01T06:00:00Z).
    assert dict(sent[0].query) == {"limit": "1", "created[gte]": "1793512800"}
    assert dict(sent[1].query) == {"next": "cursor_2"}
    assert sent[0].headers["Authorization"] == f"Bearer {TEST_KEY}"


async def test_one_object_is_answered_unwrapped(connect, server) -> None:
    server.queue(Reply(200, {"message": "ok", "data": CLIENT}))
    async with connect() as session:
        result = await session.call_tool("clients_retrieve", {"id": "client_1"})
    assert result.structured_content == CLIENT
    assert server.received[0].path == "/v2/clients/client_1"


async def test_an_api_error_is_a_tool_error_and_the_session_goes_on(connect, server) -> None:
    server.queue(
        Reply(404, {"message": "Client not found", "code": "not_found"}, headers={"X-Request-Id": "req_42"}),
        Reply(200, {"message": "ok", "data": CLIENT}),
    )
    async with connect() as session:
        failed = await session.call_tool("clients_retrieve", {"id": "missing"})
        after = await session.call_tool("clients_retrieve", {"id": "client_1"})
    assert failed.is_error
    error = answer(failed)["error"]
    assert (error["status"], error["message"], error["request_id"]) == (404, "Client not found", "req_42")
    assert not after.is_error and after.structured_content["id"] == "client_1"


async def test_a_refused_key_and_an_html_page_are_tool_errors_without_the_key(connect, server) -> None:
    server.queue(
        Reply(401, {"message": "Invalid API key", "code": "unauthorized"}),
        Reply(400, body=b"<html><body>Bad gateway</body></html>", headers={"Content-Type": "text/html"}),
    )
    async with connect() as session:
        refused = await session.call_tool("clients_list", {})
        html = await session.call_tool("clients_list", {})
    assert refused.is_error and answer(refused)["error"]["status"] == 401
    assert html.is_error and answer(html)["error"]["status"] == 400
    for result in (refused, html):
        assert TEST_KEY not in result.content[0].text


async def test_bad_arguments_are_refused_before_anything_is_sent(connect, server) -> None:
    async with connect() as session:
        unknown = await session.call_tool("clients_list", {"colour": "red"})
        wrong_type = await session.call_tool("clients_list", {"limit": "ten"})
        bad_day = await session.call_tool("clients_list", {"created_gte": "yesterday"})
        missing = await session.call_tool("clients_retrieve", {})
        nameless = await session.call_tool("no_such_tool", {})
    for result in (unknown, wrong_type, bad_day, missing, nameless):
        assert result.is_error, result
    assert "colour" in answer(unknown)["error"]["message"]
    assert answer(missing)["error"]["code"] == "missing_argument"
    assert server.received == []


async def test_without_a_key_the_tools_list_and_each_call_says_how_to_give_one(connect, server) -> None:
    async with connect(key=None) as session:
        names = {t.name for t in (await session.list_tools()).tools}
        result = await session.call_tool("clients_list", {})
    assert "clients_list" in names
    assert result.is_error and "gigstack auth login" in answer(result)["error"]["message"]
    assert server.received == []


def test_a_profile_that_is_not_there_is_a_clear_start_failure(console_script, tmp_path) -> None:
    import subprocess

    from support.installed import environment

    ran = subprocess.run(
        [str(console_script), "--profile", "nowhere", "mcp"],
        env=environment(tmp_path),
        capture_output=True,
        text=True,
        timeout=60,
        stdin=subprocess.DEVNULL,
    )
    assert ran.returncode == 2 and "nowhere" in ran.stderr and "Traceback" not in ran.stderr


async def test_files_are_links_or_paths_never_inlined(connect, server, tmp_path) -> None:
    links = {"pdf": f"{server.base_url}/files/a.pdf", "xml": f"{server.base_url}/files/a.xml"}
    server.queue(Reply(200, {"message": "ok", "data": links}))
    async with connect() as session:
        linked = await session.call_tool("invoices_retrieve_files", {"uuid": "u-1", "file_type": "pdf"})
        refused = await session.call_tool("invoices_retrieve_files", {"uuid": "u-1", "download": "pdf"})
    assert linked.structured_content == links
    assert refused.is_error and "--download-dir" in answer(refused)["error"]["message"]

    server.queue(
        Reply(200, {"message": "ok", "data": links}),
        Reply(200, body=b"%PDF-1.7 test", headers={"Content-Type": "application/pdf"}),
    )
    async with connect("--download-dir", str(tmp_path / "files")) as session:
        saved = await session.call_tool("invoices_retrieve_files", {"uuid": "u-1", "download": "pdf"})
    assert not saved.is_error, saved.content[0].text
    path = saved.structured_content["path"]
    assert path.startswith(str(tmp_path / "files")) and path.endswith(".pdf")
    assert open(path, "rb").read() == b"%PDF-1.7 test"
    assert "%PDF" not in json.dumps(saved.structured_content)


async def test_a_required_body_left_empty_is_sent_for_the_api_to_judge(connect, server) -> None:
    server.queue(Reply(400, {"message": "legal_name is required", "code": "validation_failed"}))
    async with connect("--allow-writes") as session:
        result = await session.call_tool("clients_create", {})
    assert result.is_error and answer(result)["error"]["message"] == "legal_name is required"
    assert "--data" not in result.content[0].text  # the command line's words stay there
    assert json.loads(server.received[0].body) == {}


async def test_a_tool_that_answers_a_file_saves_it_or_says_how(connect, server, tmp_path) -> None:
    pdf = b"%PDF-1.7 a draft's preview"
    server.queue(Reply(200, body=pdf, headers={"Content-Type": "application/pdf"}))
    async with connect("--tool", "invoices_drafts_preview_pdf") as session:
        refused = await session.call_tool("invoices_drafts_preview_pdf", {"id": "draft_1"})
    assert refused.is_error and answer(refused)["error"]["code"] == "file_answer"
    assert "%PDF" not in refused.content[0].text
    server.queue(Reply(200, body=pdf, headers={"Content-Type": "application/pdf"}))
    async with connect("--tool", "invoices_drafts_preview_pdf", "--download-dir", str(tmp_path / "d")) as session:
        saved = await session.call_tool("invoices_drafts_preview_pdf", {"id": "draft_1"})
    assert not saved.is_error, saved.content[0].text
    path = saved.structured_content["path"]
    assert path.endswith(".pdf") and open(path, "rb").read() == pdf
