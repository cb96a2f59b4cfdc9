"""Contains all the data models used in inputs/outputs"""

from .acknowledgement import Acknowledgement
from .acknowledgement_data import AcknowledgementData
from .address import Address
from .cancellation_motive import CancellationMotive
from .cancellation_request import CancellationRequest
from .cfdi_use import CfdiUse
from .client import Client
from .client_create import ClientCreate
from .client_csf_upload import ClientCsfUpload
from .client_defaults import ClientDefaults
from .client_efos import ClientEfos
from .client_list import ClientList
from .client_reference import ClientReference
from .client_reference_search import ClientReferenceSearch
from .client_response import ClientResponse
from .client_search import ClientSearch
from .client_update import ClientUpdate
from .customer_portal_by_client_id import CustomerPortalByClientId
from .customer_portal_by_email import CustomerPortalByEmail
from .customer_portal_token import CustomerPortalToken
from .customer_portal_token_response import CustomerPortalTokenResponse
from .draft_invoice import DraftInvoice
from .draft_invoice_create import DraftInvoiceCreate
from .draft_invoice_list import DraftInvoiceList
from .draft_invoice_response import DraftInvoiceResponse
from .draft_invoice_update import DraftInvoiceUpdate
from .envelope import Envelope
from .error_body import Error
from .error_detail import ErrorDetail
from .exports import Exports
from .global_information import GlobalInformation
from .invoice import Invoice
from .invoice_automation_type import InvoiceAutomationType
from .invoice_cancellation import InvoiceCancellation
from .invoice_cfdi_error import InvoiceCfdiError
from .invoice_cfdi_error_list import InvoiceCfdiErrorList
from .invoice_cfdi_error_type import InvoiceCfdiErrorType
from .invoice_complement import InvoiceComplement
from .invoice_content import InvoiceContent
from .invoice_create import InvoiceCreate
from .invoice_email_delivery import InvoiceEmailDelivery
from .invoice_email_request import InvoiceEmailRequest
from .invoice_email_response import InvoiceEmailResponse
from .invoice_file_links import InvoiceFileLinks
from .invoice_file_type import InvoiceFileType
from .invoice_files_response import InvoiceFilesResponse
from .invoice_issuer import InvoiceIssuer
from .invoice_list import InvoiceList
from .invoice_response import InvoiceResponse
from .invoice_stamp import InvoiceStamp
from .invoice_status import InvoiceStatus
from .invoice_type import InvoiceType
from .item import Item
from .item_search import ItemSearch
from .list_envelope import ListEnvelope
from .list_order_by import ListOrderBy
from .metadata import Metadata
from .month import Month
from .payment_form import PaymentForm
from .payment_method import PaymentMethod
from .pending_receipt_stamp_result import PendingReceiptStampResult
from .pending_receipts_stamp import PendingReceiptsStamp
from .pending_receipts_stamp_response import PendingReceiptsStampResponse
from .periodicity import Periodicity
from .related_documents import RelatedDocuments
from .relation_type import RelationType
from .sat_invoice import SatInvoice
from .sat_invoice_direction import SatInvoiceDirection
from .sat_invoice_list import SatInvoiceList
from .sat_invoice_party import SatInvoiceParty
from .sat_invoice_pdf_response import SatInvoicePdfResponse
from .sat_invoice_response import SatInvoiceResponse
from .sat_invoice_status import SatInvoiceStatus
from .sat_invoice_xml_retry import SatInvoiceXmlRetry
from .sat_invoice_xml_retry_response import SatInvoiceXmlRetryResponse
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
from .third_party import ThirdParty
from .time_range import TimeRange

__all__ = (
    "Acknowledgement",
    "AcknowledgementData",
    "Address",
    "CancellationMotive",
    "CancellationRequest",
    "CfdiUse",
    "Client",
    "ClientCreate",
    "ClientCsfUpload",
    "ClientDefaults",
    "ClientEfos",
    "ClientList",
    "ClientReference",
    "ClientReferenceSearch",
    "ClientResponse",
    "ClientSearch",
    "ClientUpdate",
    "CustomerPortalByClientId",
    "CustomerPortalByEmail",
    "CustomerPortalToken",
    "CustomerPortalTokenResponse",
    "DraftInvoice",
    "DraftInvoiceCreate",
    "DraftInvoiceList",
    "DraftInvoiceResponse",
    "DraftInvoiceUpdate",
    "Envelope",
    "Error",
    "ErrorDetail",
    "Exports",
    "GlobalInformation",
    "Invoice",
    "InvoiceAutomationType",
    "InvoiceCancellation",
    "InvoiceCfdiError",
    "InvoiceCfdiErrorList",
    "InvoiceCfdiErrorType",
    "InvoiceComplement",
    "InvoiceContent",
    "InvoiceCreate",
    "InvoiceEmailDelivery",
    "InvoiceEmailRequest",
    "InvoiceEmailResponse",
    "InvoiceFileLinks",
    "InvoiceFilesResponse",
    "InvoiceFileType",
    "InvoiceIssuer",
    "InvoiceList",
    "InvoiceResponse",
    "InvoiceStamp",
    "InvoiceStatus",
    "InvoiceType",
    "Item",
    "ItemSearch",
    "ListEnvelope",
    "ListOrderBy",
    "Metadata",
    "Month",
    "PaymentForm",
    "PaymentMethod",
    "PendingReceiptsStamp",
    "PendingReceiptsStampResponse",
    "PendingReceiptStampResult",
    "Periodicity",
    "RelatedDocuments",
    "RelationType",
    "SatInvoice",
    "SatInvoiceDirection",
    "SatInvoiceList",
    "SatInvoiceParty",
    "SatInvoicePdfResponse",
    "SatInvoiceResponse",
    "SatInvoiceStatus",
    "SatInvoiceXmlRetry",
    "SatInvoiceXmlRetryResponse",
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
    "ThirdParty",
    "TimeRange",
)
