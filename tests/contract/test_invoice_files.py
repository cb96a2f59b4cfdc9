"""Files through the Invoices operations, as a user calls them with `sync()`: a draft's preview
comes back as the PDF's bytes, and a support document goes up as multipart/form-data with the
API's own field names (`file`, `documentType`, `name`)."""

from io import BytesIO

from gigstack.models import SupportDocumentResponse, SupportDocumentType, SupportDocumentUpload
from gigstack.types import File
from support.fixtures import fixture_named
from support.replay import RecordingTransport, call_arguments, endpoint_module, sent_multipart
from support.spec import operations


def test_the_draft_preview_response_holds_the_pdf_bytes() -> None:
    fixture = fixture_named("previewDraftInvoicePdf", "200_pdf")
    operation = operations()["previewDraftInvoicePdf"]
    transport = RecordingTransport(fixture)

    response = endpoint_module(operation).sync_detailed(client=transport.client(), **call_arguments(operation, fixture))

    assert isinstance(response.parsed, File)
    content = response.parsed.payload.read()
    assert content.startswith(b"%PDF-")
    assert content == fixture.body_bytes()
    assert response.headers["content-type"] == "application/pdf"


def test_the_draft_preview_returns_the_pdf_bytes() -> None:
    fixture = fixture_named("previewDraftInvoicePdf", "200_pdf")
    operation = operations()["previewDraftInvoicePdf"]
    transport = RecordingTransport(fixture)

    pdf = endpoint_module(operation).sync(client=transport.client(), **call_arguments(operation, fixture))

    assert isinstance(pdf, File)
    content = pdf.payload.read()
    assert content.startswith(b"%PDF-")
    assert content == fixture.body_bytes()
    (request,) = transport.requests
    assert (request.method, request.url.path) == ("POST", "/v2/invoices/draft/drf8Kq2mZ5xW/preview")
    assert request.content == b""


def test_a_support_document_is_uploaded_as_multipart_with_the_api_field_names() -> None:
    fixture = fixture_named("uploadInvoiceSupportDocument", "200_uploaded")
    operation = operations()["uploadInvoiceSupportDocument"]
    transport = RecordingTransport(fixture)
    body = SupportDocumentUpload(
        file=File(
            payload=BytesIO(b"%PDF-1.4\n% informe de horas\n%%EOF\n"),
            file_name="entregable_enero_2026.pdf",
            mime_type="application/pdf",
        ),
        document_type=SupportDocumentType.DELIVERY_PROOF,
        name="Entregable consultoría enero 2026",
        description="Informe de horas firmado por el cliente",
    )

    stored = endpoint_module(operation).sync(
        "5fb2822e-396d-4725-8521-cdc4bdd20ccf", client=transport.client(), body=body
    )

    (request,) = transport.requests
    assert request.url.path == "/v2/invoices/5fb2822e-396d-4725-8521-cdc4bdd20ccf/support-documents"
    assert request.headers["content-type"].startswith("multipart/form-data; boundary=")
    form, files = sent_multipart(request)
    assert form == {
        "documentType": "delivery_proof",
        "name": "Entregable consultoría enero 2026",
        "description": "Informe de horas firmado por el cliente",
    }
    assert files == {
        "file": {
            "filename": "entregable_enero_2026.pdf",
            "content_type": "application/pdf",
            "text": "%PDF-1.4\n% informe de horas\n%%EOF\n",
        }
    }
    assert (form, files) == (fixture.request["form"], fixture.request["files"])
    assert isinstance(stored, SupportDocumentResponse)
    assert stored.data.id == "doc_Lp8kD3wQ6nZr"
    assert stored.to_dict() == fixture.response["json"]
