"""Files: a download is written with -o (atomically), to stdout only with -o -, never on a terminal."""

from support.server import Reply

PDF = b"%PDF-1.7\n" + bytes(range(256)) * 8


def links(server, **files: str) -> Reply:
    return Reply(
        200, {"message": "ok", "data": {kind: f"{server.base_url}/files/{name}" for kind, name in files.items()}}
    )


def test_download_writes_the_file_its_suffix_names(gigstack, server, tmp_path) -> None:
    server.queue(links(server, xml="f.xml"), Reply(200, body=b"<cfdi/>", headers={"Content-Type": "application/xml"}))
    target = tmp_path / "invoice.xml"
    done = gigstack("invoices", "download", "5fb2822e-396d-4725-8521-cdc4bdd20ccf", "-o", str(target))
    assert done.status == 0, done.stderr
    assert target.read_bytes() == b"<cfdi/>"
    assert dict(server.received[0].query) == {"file_type": "xml"}
    assert server.received[1].path == "/v2/files/f.xml"
    assert done.stdout == "" and not list(tmp_path.glob(".*.partial"))


def test_download_to_stdout_is_the_bytes_only(gigstack, server) -> None:
    server.queue(links(server, pdf="f.pdf"), Reply(200, body=PDF, headers={"Content-Type": "application/pdf"}))
    done = gigstack("invoices", "download", "inv_1", "--file-format", "pdf", "-o", "-", text=False)
    assert done.status == 0, done.stderr
    assert done.raw == PDF
    assert dict(server.received[0].query) == {"file_type": "pdf"}


def test_a_download_needs_o_and_sends_nothing_without_it(gigstack, server) -> None:
    done = gigstack("invoices", "download", "inv_1")
    assert done.status == 2 and "-o" in done.stderr and server.received == []


def test_a_link_that_is_not_https_is_refused(gigstack, server, tmp_path) -> None:
    server.queue(Reply(200, {"message": "ok", "data": {"pdf": "http://files.example.com/f.pdf"}}))
    done = gigstack("invoices", "download", "inv_1", "-o", str(tmp_path / "f.pdf"))
    assert done.status == 1 and "not https" in done.stderr
    assert len(server.received) == 1 and not (tmp_path / "f.pdf").exists()


def test_an_html_page_instead_of_the_file_leaves_no_file(gigstack, server, tmp_path) -> None:
    server.queue(
        links(server, pdf="f.pdf"), Reply(200, body=b"<html>login</html>", headers={"Content-Type": "text/html"})
    )
    done = gigstack("invoices", "download", "inv_1", "-o", str(tmp_path / "f.pdf"))
    assert done.status == 1 and "HTML" in done.stderr
    assert list(tmp_path.iterdir()) == []
