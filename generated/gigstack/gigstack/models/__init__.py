"""Contains all the data models used in inputs/outputs"""

from .acknowledgement import Acknowledgement
from .acknowledgement_data import AcknowledgementData
from .address import Address
from .allowed_payment_method import AllowedPaymentMethod
from .allowed_payment_method_entry import AllowedPaymentMethodEntry
from .automatic_invoice_config import AutomaticInvoiceConfig
from .automation_type import AutomationType
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
from .envelope import Envelope
from .error_body import Error
from .error_detail import ErrorDetail
from .item import Item
from .item_search import ItemSearch
from .list_envelope import ListEnvelope
from .list_order_by import ListOrderBy
from .metadata import Metadata
from .payment import Payment
from .payment_form import PaymentForm
from .payment_list import PaymentList
from .payment_mark_paid import PaymentMarkPaid
from .payment_processor import PaymentProcessor
from .payment_refund import PaymentRefund
from .payment_refund_create import PaymentRefundCreate
from .payment_registration import PaymentRegistration
from .payment_request_create import PaymentRequestCreate
from .payment_response import PaymentResponse
from .payment_search_results import PaymentSearchResults
from .payment_status import PaymentStatus
from .pending_receipt_stamp_result import PendingReceiptStampResult
from .pending_receipts_stamp import PendingReceiptsStamp
from .pending_receipts_stamp_response import PendingReceiptsStampResponse
from .receipt import Receipt
from .receipt_create import ReceiptCreate
from .receipt_fiscal_information import ReceiptFiscalInformation
from .receipt_list import ReceiptList
from .receipt_periodicity import ReceiptPeriodicity
from .receipt_response import ReceiptResponse
from .receipt_search_results import ReceiptSearchResults
from .receipt_stamp import ReceiptStamp
from .receipt_stamp_target import ReceiptStampTarget
from .receipt_status import ReceiptStatus
from .search_envelope import SearchEnvelope
from .service import Service
from .service_create import ServiceCreate
from .service_list import ServiceList
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
from .third_party import ThirdParty
from .time_range import TimeRange

__all__ = (
    "Acknowledgement",
    "AcknowledgementData",
    "Address",
    "AllowedPaymentMethod",
    "AllowedPaymentMethodEntry",
    "AutomaticInvoiceConfig",
    "AutomationType",
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
    "Envelope",
    "Error",
    "ErrorDetail",
    "Item",
    "ItemSearch",
    "ListEnvelope",
    "ListOrderBy",
    "Metadata",
    "Payment",
    "PaymentForm",
    "PaymentList",
    "PaymentMarkPaid",
    "PaymentProcessor",
    "PaymentRefund",
    "PaymentRefundCreate",
    "PaymentRegistration",
    "PaymentRequestCreate",
    "PaymentResponse",
    "PaymentSearchResults",
    "PaymentStatus",
    "PendingReceiptsStamp",
    "PendingReceiptsStampResponse",
    "PendingReceiptStampResult",
    "Receipt",
    "ReceiptCreate",
    "ReceiptFiscalInformation",
    "ReceiptList",
    "ReceiptPeriodicity",
    "ReceiptResponse",
    "ReceiptSearchResults",
    "ReceiptStamp",
    "ReceiptStampTarget",
    "ReceiptStatus",
    "SearchEnvelope",
    "Service",
    "ServiceCreate",
    "ServiceList",
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
    "ThirdParty",
    "TimeRange",
)
