"""Secrets the new routes carry stay out of reprs but not out of to_dict(): a webhook's signing
secret and custom header values, an invitation token, the team's SAT key password, the e.firma password and PFX, and a
stored document's private link. Partial failures keep their data."""

import copy

from gigstack.models import (
    DocumentRegistration,
    Error,
    InvoiceXmlImportResponse,
    SatFielUpload,
    SatPfxUpload,
    TeamInvitationAccept,
    TeamInvitationInbox,
    TeamSatConnectionUpload,
    WebhookCreate,
    WebhookWriteResponse,
)
from support.fixtures import fixture_named


def test_a_webhook_signing_secret_is_not_in_the_repr() -> None:
    body = copy.deepcopy(fixture_named("createWebhook", "200_with_operation_and_signing_secret").response["json"])
    body["signing_secret"] = "whsec_FAKE_5f2c"
    parsed = WebhookWriteResponse.from_dict(body)
    assert "whsec_FAKE_5f2c" not in repr(parsed) and parsed.signing_secret == "whsec_FAKE_5f2c"
    assert parsed.to_dict() == body


def test_a_webhook_s_custom_header_values_are_not_in_the_repr() -> None:
    body = {
        "url": "https://hooks.empresa.example.mx/gigstack",
        "security": {"headers": {"Authorization": "Bearer FAKE_77"}},
    }
    create = WebhookCreate.from_dict(body)
    assert "FAKE_77" not in repr(create) and "FAKE_77" not in repr(create.security)
    assert create.to_dict() == body


def test_invitation_tokens_are_not_in_the_repr() -> None:
    body = copy.deepcopy(fixture_named("listTeamInvitationInbox", "200_pending").response["json"])
    body["data"][0]["token"] = "inv_tok_FAKE_91"
    parsed = TeamInvitationInbox.from_dict(body)
    assert "inv_tok_FAKE_91" not in repr(parsed) and parsed.to_dict() == body
    accept = TeamInvitationAccept(token="inv_tok_FAKE_91")
    assert "inv_tok_FAKE_91" not in repr(accept) and accept.to_dict() == {"token": "inv_tok_FAKE_91"}


def test_key_passwords_and_files_links_are_not_in_the_repr() -> None:
    connection = TeamSatConnectionUpload.from_dict({"cert": b"", "key": b"", "keyPass": "s3cr3t-pass"})
    fiel = SatFielUpload.from_dict({"cert": b"", "key": b"", "password": "s3cr3t-pass"})
    pfx = SatPfxUpload(pfx="UEZYLUZBS0U=", pfx_password="s3cr3t-pass")
    link = "https://storage.googleapis.com/gigstackpro.appspot.com/teams/team_3LpXc9VbQ2/test/support-documents/contrato.pdf"
    document = DocumentRegistration.from_dict(
        {"documentType": "contract", "name": "Contrato", "fileUrl": link, "storagePath": "teams/x", "fileName": "c.pdf"}
    )
    for model in (connection, fiel, pfx):
        assert "s3cr3t-pass" not in repr(model)
    assert "UEZYLUZBS0U=" not in repr(pfx) and link not in repr(document)
    assert pfx.to_dict()["pfx_password"] == "s3cr3t-pass" and document.to_dict()["fileUrl"] == link


def test_an_xml_import_partial_failure_keeps_its_data_as_a_response_and_as_an_error() -> None:
    body = fixture_named("importInvoiceXml", "200_partial_failure").response["json"]
    parsed = InvoiceXmlImportResponse.from_dict(copy.deepcopy(body))
    assert parsed.success is False and parsed.data.summary.not_imported == 1
    assert [r.filename for r in parsed.data.results] == ["F-1021.xml", "roto.xml"]
    error = Error.from_dict(copy.deepcopy(body))
    assert error["data"] == body["data"] and error.to_dict() == body
