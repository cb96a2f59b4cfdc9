"""Contains all the data models used in inputs/outputs"""

from .acknowledgement import Acknowledgement
from .acknowledgement_data import AcknowledgementData
from .address import Address
from .cfdi_use import CfdiUse
from .client import Client
from .client_create import ClientCreate
from .client_csf_upload import ClientCsfUpload
from .client_defaults import ClientDefaults
from .client_efos import ClientEfos
from .client_list import ClientList
from .client_response import ClientResponse
from .client_search import ClientSearch
from .client_update import ClientUpdate
from .customer_portal_by_client_id import CustomerPortalByClientId
from .customer_portal_by_email import CustomerPortalByEmail
from .customer_portal_token import CustomerPortalToken
from .customer_portal_token_response import CustomerPortalTokenResponse
from .envelope import Envelope
from .error_body import Error
from .error_detail import ErrorDetail
from .list_envelope import ListEnvelope
from .list_order_by import ListOrderBy
from .metadata import Metadata
from .pending_receipt_stamp_result import PendingReceiptStampResult
from .pending_receipts_stamp import PendingReceiptsStamp
from .pending_receipts_stamp_response import PendingReceiptsStampResponse
from .service import Service
from .service_create import ServiceCreate
from .service_response import ServiceResponse
from .service_update import ServiceUpdate
from .sort_order import SortOrder
from .support_document import SupportDocument
from .support_document_ai_extraction import SupportDocumentAiExtraction
from .support_document_audit import SupportDocumentAudit
from .support_document_link import SupportDocumentLink
from .support_document_list import SupportDocumentList
from .support_document_response import SupportDocumentResponse
from .support_document_type import SupportDocumentType
from .support_document_upload import SupportDocumentUpload
from .tax import Tax
from .tax_factor import TaxFactor
from .tax_system import TaxSystem
from .tax_type import TaxType
from .taxability import Taxability
from .time_range import TimeRange

__all__ = (
    "Acknowledgement",
    "AcknowledgementData",
    "Address",
    "CfdiUse",
    "Client",
    "ClientCreate",
    "ClientCsfUpload",
    "ClientDefaults",
    "ClientEfos",
    "ClientList",
    "ClientResponse",
    "ClientSearch",
    "ClientUpdate",
    "CustomerPortalByClientId",
    "CustomerPortalByEmail",
    "CustomerPortalToken",
    "CustomerPortalTokenResponse",
    "Envelope",
    "Error",
    "ErrorDetail",
    "ListEnvelope",
    "ListOrderBy",
    "Metadata",
    "PendingReceiptsStamp",
    "PendingReceiptsStampResponse",
    "PendingReceiptStampResult",
    "Service",
    "ServiceCreate",
    "ServiceResponse",
    "ServiceUpdate",
    "SortOrder",
    "SupportDocument",
    "SupportDocumentAiExtraction",
    "SupportDocumentAudit",
    "SupportDocumentLink",
    "SupportDocumentList",
    "SupportDocumentResponse",
    "SupportDocumentType",
    "SupportDocumentUpload",
    "Tax",
    "Taxability",
    "TaxFactor",
    "TaxSystem",
    "TaxType",
    "TimeRange",
)
