"""sync()/asyncio() return the success model or raise one typed error per failure, carrying the
API's code, message and details, the request and the response; *_detailed still returns."""

import pytest

from gigstack import errors
from gigstack.api.clients import create_client, get_client, list_clients
from gigstack.models import ClientCreate, ClientResponse
from support.server import Reply

CLIENT = {"message": "Client retrieved successfully", "data": {"id": "client_Rk2fP9sLm4Qz", "tax_system": "601"}}


def test_success_returns_the_model(server, make_client, call) -> None:
    server.queue(Reply(200, CLIENT))
    result = call(get_client, id="client_Rk2fP9sLm4Qz", client=make_client())
    assert isinstance(result, ClientResponse) and result.data.id == "client_Rk2fP9sLm4Qz"


@pytest.mark.parametrize(
    ("status", "error_class"),
    [
        (400, errors.BadRequestError),
        (401, errors.AuthenticationError),
        (403, errors.PermissionDeniedError),
        (404, errors.NotFoundError),
        (409, errors.ConflictError),
        (422, errors.UnprocessableEntityError),
        (500, errors.InternalServerError),
        (503, errors.InternalServerError),
    ],
)
def test_each_error_status_raises_its_class_with_the_api_code(server, make_client, call, status, error_class) -> None:
    body = {
        "message": "Request failed",
        "error": {"code": "some_code", "message": "What went wrong", "details": ["a", "b"]},
    }
    server.queue(Reply(status, body))
    with pytest.raises(error_class) as raised:
        call(get_client, id="client_Zz9yX8wV7uT6", client=make_client(max_retries=0))
    error = raised.value
    assert isinstance(error, errors.APIStatusError) and isinstance(error, errors.GigstackError)
    assert (error.status_code, error.code, error.message, error.details) == (
        status,
        "some_code",
        "What went wrong",
        ["a", "b"],
    )
    assert error.body == body and error.parsed.to_dict() == body
    assert error.method == "GET" and error.url == f"{server.base_url}/clients/client_Zz9yX8wV7uT6"
    assert error.headers["content-type"] == "application/json"
    assert len(server.received) == 1


@pytest.mark.parametrize(
    ("body", "code", "message", "details"),
    [
        ({"message": "Unauthorized", "error": "invalid_api_key"}, "invalid_api_key", "Unauthorized", None),
        ({"error": "Client not found in this team"}, None, "Client not found in this team", None),
        (
            {"message": "Client not found", "error": "There is no client_Zz9"},
            None,
            "Client not found",
            "There is no client_Zz9",
        ),
        ({"error": {"code": "not_found", "details": "no such id"}}, "not_found", "HTTP 404", "no such id"),
        ({"message": "Client not found"}, None, "Client not found", None),
    ],
    ids=["string-code", "string-sentence", "message-and-sentence", "object-without-message", "message-only"],
)
def test_every_error_body_shape_gives_code_message_and_details(
    server, make_client, body, code, message, details
) -> None:
    server.queue(Reply(404, body))
    with pytest.raises(errors.NotFoundError) as raised:
        get_client.sync("client_Zz9", client=make_client())
    assert (raised.value.code, raised.value.message, raised.value.details) == (code, message, details)


def test_rate_limit_error_carries_retry_after(server, make_client, call) -> None:
    server.queue(Reply(429, {"message": "Too many requests", "error": "rate_limited"}, headers={"Retry-After": "7"}))
    with pytest.raises(errors.RateLimitError) as raised:
        call(list_clients, client=make_client(max_retries=0))
    assert raised.value.retry_after == 7.0 and raised.value.code == "rate_limited"


@pytest.mark.parametrize(
    ("reply", "kind"),
    [
        (
            Reply(
                502, body=b"<html><body><h1>502 Bad Gateway</h1></body></html>", headers={"Content-Type": "text/html"}
            ),
            "HTML",
        ),
        (Reply(200, body=b""), "empty"),
        (Reply(200, body=b'{"message": "Clients retrieved successfully", "data": [{"id": "cli'), "truncated"),
    ],
    ids=lambda v: v if isinstance(v, str) else "",
)
def test_a_body_that_is_not_json_is_an_invalid_response_with_the_status(server, make_client, call, reply, kind) -> None:
    server.queue(reply)
    with pytest.raises(errors.InvalidResponseError) as raised:
        call(list_clients, client=make_client(max_retries=0))
    assert raised.value.status_code == reply.status, kind
    assert "not JSON" in str(raised.value) or "empty" in str(raised.value)


def test_a_json_body_that_does_not_fit_the_schema_is_an_invalid_response(server, make_client, call) -> None:
    server.queue(Reply(200, {"message": "ok", "data": "not a client"}))
    with pytest.raises(errors.InvalidResponseError, match="does not match"):
        call(get_client, id="client_Rk2fP9sLm4Qz", client=make_client())


def test_a_2xx_with_success_false_raises(server, make_client, call) -> None:
    body = {
        "success": False,
        "message": "Client could not be saved",
        "error": {"code": "sat_validation_failed"},
        "data": {"id": "client_x"},
    }
    server.queue(Reply(200, body))
    with pytest.raises(errors.APIStatusError) as raised:
        call(create_client, body=ClientCreate(name="Karla"), client=make_client())
    assert raised.value.status_code == 200 and raised.value.code == "sat_validation_failed"


def test_detailed_variants_return_the_raw_response_instead_of_raising(server, make_client) -> None:
    server.queue(
        Reply(404, {"message": "Client not found", "error": "not_found"}),
        Reply(502, body=b"<html>", headers={"Content-Type": "text/html"}),
    )
    api = make_client(max_retries=0)
    not_found = get_client.sync_detailed("client_Zz9", client=api)
    assert not_found.status_code == 404 and not_found.parsed.message == "Client not found"
    bad_gateway = get_client.sync_detailed("client_Zz9", client=api)
    assert bad_gateway.status_code == 502 and bad_gateway.parsed is None and bad_gateway.content == b"<html>"


def test_a_file_download_returns_the_bytes_but_an_html_page_is_an_invalid_response(server, make_client, call) -> None:
    from gigstack.api.invoices import preview_draft_invoice_pdf
    from gigstack.types import File

    server.queue(
        Reply(200, body=b"%PDF-1.7 preview", headers={"Content-Type": "application/pdf"}),
        Reply(200, body=b"<html>Maintenance</html>", headers={"Content-Type": "text/html"}),
    )
    pdf = call(preview_draft_invoice_pdf, id="drf8Kq2mZ5xW", client=make_client())
    assert isinstance(pdf, File) and pdf.payload.read() == b"%PDF-1.7 preview"
    with pytest.raises(errors.InvalidResponseError) as raised:
        call(preview_draft_invoice_pdf, id="drf8Kq2mZ5xW", client=make_client())
    assert raised.value.status_code == 200
