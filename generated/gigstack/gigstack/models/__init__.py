"""Contains all the data models used in inputs/outputs"""

from .acknowledgement import Acknowledgement
from .acknowledgement_data import AcknowledgementData
from .address import Address
from .allowed_payment_method import AllowedPaymentMethod
from .allowed_payment_method_entry import AllowedPaymentMethodEntry
from .api_log import ApiLog
from .api_log_page import ApiLogPage
from .api_log_response import ApiLogResponse
from .automatic_invoice_config import AutomaticInvoiceConfig
from .automation_type import AutomationType
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
from .document_link_change import DocumentLinkChange
from .document_list import DocumentList
from .document_page import DocumentPage
from .document_registration import DocumentRegistration
from .document_update import DocumentUpdate
from .draft_invoice import DraftInvoice
from .draft_invoice_create import DraftInvoiceCreate
from .draft_invoice_list import DraftInvoiceList
from .draft_invoice_response import DraftInvoiceResponse
from .draft_invoice_update import DraftInvoiceUpdate
from .empty_body import EmptyBody
from .envelope import Envelope
from .error_body import Error
from .error_detail import ErrorDetail
from .exports import Exports
from .global_information import GlobalInformation
from .income_invoice_batch import IncomeInvoiceBatch
from .income_invoice_batch_counts import IncomeInvoiceBatchCounts
from .income_invoice_batch_create import IncomeInvoiceBatchCreate
from .income_invoice_batch_item import IncomeInvoiceBatchItem
from .income_invoice_batch_item_outcome import IncomeInvoiceBatchItemOutcome
from .income_invoice_batch_item_page import IncomeInvoiceBatchItemPage
from .income_invoice_batch_items_response import IncomeInvoiceBatchItemsResponse
from .income_invoice_batch_response import IncomeInvoiceBatchResponse
from .invoice import Invoice
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
from .invoice_xml_file import InvoiceXmlFile
from .invoice_xml_import import InvoiceXmlImport
from .invoice_xml_import_file_result import InvoiceXmlImportFileResult
from .invoice_xml_import_outcome import InvoiceXmlImportOutcome
from .invoice_xml_import_response import InvoiceXmlImportResponse
from .invoice_xml_import_summary import InvoiceXmlImportSummary
from .item import Item
from .item_search import ItemSearch
from .list_envelope import ListEnvelope
from .list_order_by import ListOrderBy
from .manual_webhook_delivery import ManualWebhookDelivery
from .manual_webhook_delivery_response import ManualWebhookDeliveryResponse
from .metadata import Metadata
from .metadata_filter import MetadataFilter
from .month import Month
from .open_object import OpenObject
from .password_reset_browser_handoff import PasswordResetBrowserHandoff
from .password_reset_operation import PasswordResetOperation
from .password_reset_operation_create import PasswordResetOperationCreate
from .password_reset_operation_response import PasswordResetOperationResponse
from .password_reset_recovery import PasswordResetRecovery
from .password_reset_recovery_create import PasswordResetRecoveryCreate
from .password_reset_recovery_response import PasswordResetRecoveryResponse
from .payment import Payment
from .payment_complement_create import PaymentComplementCreate
from .payment_form import PaymentForm
from .payment_link import PaymentLink
from .payment_link_automation import PaymentLinkAutomation
from .payment_link_create import PaymentLinkCreate
from .payment_link_delete import PaymentLinkDelete
from .payment_link_history_document import PaymentLinkHistoryDocument
from .payment_link_history_document_response import PaymentLinkHistoryDocumentResponse
from .payment_link_history_file import PaymentLinkHistoryFile
from .payment_link_history_file_content import PaymentLinkHistoryFileContent
from .payment_link_history_file_response import PaymentLinkHistoryFileResponse
from .payment_link_item import PaymentLinkItem
from .payment_link_list import PaymentLinkList
from .payment_link_method_type import PaymentLinkMethodType
from .payment_link_operation import PaymentLinkOperation
from .payment_link_response import PaymentLinkResponse
from .payment_link_tax import PaymentLinkTax
from .payment_link_update import PaymentLinkUpdate
from .payment_link_write_response import PaymentLinkWriteResponse
from .payment_list import PaymentList
from .payment_mark_paid import PaymentMarkPaid
from .payment_method import PaymentMethod
from .payment_processor import PaymentProcessor
from .payment_refund import PaymentRefund
from .payment_refund_create import PaymentRefundCreate
from .payment_registration import PaymentRegistration
from .payment_reminder import PaymentReminder
from .payment_reminder_configuration import PaymentReminderConfiguration
from .payment_reminder_generation import PaymentReminderGeneration
from .payment_reminder_operation import PaymentReminderOperation
from .payment_reminder_state import PaymentReminderState
from .payment_reminder_step import PaymentReminderStep
from .payment_reminders_replace import PaymentRemindersReplace
from .payment_reminders_response import PaymentRemindersResponse
from .payment_reminders_result import PaymentRemindersResult
from .payment_request_create import PaymentRequestCreate
from .payment_response import PaymentResponse
from .payment_search_results import PaymentSearchResults
from .payment_status import PaymentStatus
from .payment_update import PaymentUpdate
from .pending_receipt_stamp_result import PendingReceiptStampResult
from .pending_receipts_stamp import PendingReceiptsStamp
from .pending_receipts_stamp_response import PendingReceiptsStampResponse
from .periodicity import Periodicity
from .receipt import Receipt
from .receipt_create import ReceiptCreate
from .receipt_fiscal_information import ReceiptFiscalInformation
from .receipt_list import ReceiptList
from .receipt_periodicity import ReceiptPeriodicity
from .receipt_reopen import ReceiptReopen
from .receipt_response import ReceiptResponse
from .receipt_search_results import ReceiptSearchResults
from .receipt_stamp import ReceiptStamp
from .receipt_stamp_target import ReceiptStampTarget
from .receipt_status import ReceiptStatus
from .related_documents import RelatedDocuments
from .relation_type import RelationType
from .sat_download_activation import SatDownloadActivation
from .sat_download_activation_response import SatDownloadActivationResponse
from .sat_download_activation_state import SatDownloadActivationState
from .sat_download_direction import SatDownloadDirection
from .sat_download_history import SatDownloadHistory
from .sat_download_history_response import SatDownloadHistoryResponse
from .sat_download_job import SatDownloadJob
from .sat_download_job_list import SatDownloadJobList
from .sat_download_job_response import SatDownloadJobResponse
from .sat_download_package import SatDownloadPackage
from .sat_download_package_response import SatDownloadPackageResponse
from .sat_download_preview_create import SatDownloadPreviewCreate
from .sat_download_pricing import SatDownloadPricing
from .sat_download_registration import SatDownloadRegistration
from .sat_download_request import SatDownloadRequest
from .sat_download_request_create import SatDownloadRequestCreate
from .sat_download_request_response import SatDownloadRequestResponse
from .sat_download_request_status import SatDownloadRequestStatus
from .sat_download_schedule import SatDownloadSchedule
from .sat_download_schedule_response import SatDownloadScheduleResponse
from .sat_download_schedule_update import SatDownloadScheduleUpdate
from .sat_download_sync_period_update import SatDownloadSyncPeriodUpdate
from .sat_download_xml_import import SatDownloadXmlImport
from .sat_fiel_upload import SatFielUpload
from .sat_invoice import SatInvoice
from .sat_invoice_direction import SatInvoiceDirection
from .sat_invoice_list import SatInvoiceList
from .sat_invoice_party import SatInvoiceParty
from .sat_invoice_pdf_response import SatInvoicePdfResponse
from .sat_invoice_response import SatInvoiceResponse
from .sat_invoice_status import SatInvoiceStatus
from .sat_invoice_xml_retry import SatInvoiceXmlRetry
from .sat_invoice_xml_retry_response import SatInvoiceXmlRetryResponse
from .sat_pfx_upload import SatPfxUpload
from .search_envelope import SearchEnvelope
from .service import Service
from .service_create import ServiceCreate
from .service_list import ServiceList
from .service_response import ServiceResponse
from .service_update import ServiceUpdate
from .signup_api_keys import SignupApiKeys
from .signup_next_steps import SignupNextSteps
from .signup_request import SignupRequest
from .signup_result import SignupResult
from .signup_subscription import SignupSubscription
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
from .team import Team
from .team_brand import TeamBrand
from .team_complement import TeamComplement
from .team_create import TeamCreate
from .team_csd_upload import TeamCsdUpload
from .team_default_series import TeamDefaultSeries
from .team_email_settings import TeamEmailSettings
from .team_integration import TeamIntegration
from .team_integrations import TeamIntegrations
from .team_integrations_response import TeamIntegrationsResponse
from .team_invitation import TeamInvitation
from .team_invitation_accept import TeamInvitationAccept
from .team_invitation_create import TeamInvitationCreate
from .team_invitation_delivery import TeamInvitationDelivery
from .team_invitation_inbox import TeamInvitationInbox
from .team_invitation_inbox_entry import TeamInvitationInboxEntry
from .team_invitation_inbox_team import TeamInvitationInboxTeam
from .team_invitation_response import TeamInvitationResponse
from .team_list import TeamList
from .team_member import TeamMember
from .team_member_assignment import TeamMemberAssignment
from .team_member_list import TeamMemberList
from .team_member_removal import TeamMemberRemoval
from .team_member_response import TeamMemberResponse
from .team_member_role import TeamMemberRole
from .team_member_update import TeamMemberUpdate
from .team_onboarding_url import TeamOnboardingUrl
from .team_onboarding_url_response import TeamOnboardingUrlResponse
from .team_periodicity import TeamPeriodicity
from .team_refund_settings import TeamRefundSettings
from .team_response import TeamResponse
from .team_sat import TeamSat
from .team_sat_connection_upload import TeamSatConnectionUpload
from .team_series import TeamSeries
from .team_series_create import TeamSeriesCreate
from .team_series_list import TeamSeriesList
from .team_series_ref import TeamSeriesRef
from .team_series_response import TeamSeriesResponse
from .team_series_update import TeamSeriesUpdate
from .team_settings import TeamSettings
from .team_settings_response import TeamSettingsResponse
from .team_tax_default import TeamTaxDefault
from .team_update import TeamUpdate
from .third_party import ThirdParty
from .time_range import TimeRange
from .transfer_invoice_create import TransferInvoiceCreate
from .user import User
from .user_account_deletion import UserAccountDeletion
from .user_create import UserCreate
from .user_list import UserList
from .user_login_link import UserLoginLink
from .user_login_link_create import UserLoginLinkCreate
from .user_login_link_response import UserLoginLinkResponse
from .user_password_reset import UserPasswordReset
from .user_removal import UserRemoval
from .user_removal_response import UserRemovalResponse
from .user_response import UserResponse
from .user_role import UserRole
from .user_team import UserTeam
from .user_update import UserUpdate
from .webhook import Webhook
from .webhook_configuration_operation import WebhookConfigurationOperation
from .webhook_create import WebhookCreate
from .webhook_customer_event import WebhookCustomerEvent
from .webhook_delete import WebhookDelete
from .webhook_delivery import WebhookDelivery
from .webhook_delivery_page import WebhookDeliveryPage
from .webhook_delivery_response import WebhookDeliveryResponse
from .webhook_delivery_retry import WebhookDeliveryRetry
from .webhook_event import WebhookEvent
from .webhook_event_data import WebhookEventData
from .webhook_event_type import WebhookEventType
from .webhook_invoice_stamped_data import WebhookInvoiceStampedData
from .webhook_invoice_stamped_event import WebhookInvoiceStampedEvent
from .webhook_list import WebhookList
from .webhook_payment_data import WebhookPaymentData
from .webhook_payment_event import WebhookPaymentEvent
from .webhook_resend_current import WebhookResendCurrent
from .webhook_response import WebhookResponse
from .webhook_security_state import WebhookSecurityState
from .webhook_signing_state import WebhookSigningState
from .webhook_status import WebhookStatus
from .webhook_test_request import WebhookTestRequest
from .webhook_update import WebhookUpdate
from .webhook_version import WebhookVersion
from .webhook_write_response import WebhookWriteResponse

__all__ = (
    "Acknowledgement",
    "AcknowledgementData",
    "Address",
    "AllowedPaymentMethod",
    "AllowedPaymentMethodEntry",
    "ApiLog",
    "ApiLogPage",
    "ApiLogResponse",
    "AutomaticInvoiceConfig",
    "AutomationType",
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
    "DocumentLinkChange",
    "DocumentList",
    "DocumentPage",
    "DocumentRegistration",
    "DocumentUpdate",
    "DraftInvoice",
    "DraftInvoiceCreate",
    "DraftInvoiceList",
    "DraftInvoiceResponse",
    "DraftInvoiceUpdate",
    "EmptyBody",
    "Envelope",
    "Error",
    "ErrorDetail",
    "Exports",
    "GlobalInformation",
    "IncomeInvoiceBatch",
    "IncomeInvoiceBatchCounts",
    "IncomeInvoiceBatchCreate",
    "IncomeInvoiceBatchItem",
    "IncomeInvoiceBatchItemOutcome",
    "IncomeInvoiceBatchItemPage",
    "IncomeInvoiceBatchItemsResponse",
    "IncomeInvoiceBatchResponse",
    "Invoice",
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
    "InvoiceXmlFile",
    "InvoiceXmlImport",
    "InvoiceXmlImportFileResult",
    "InvoiceXmlImportOutcome",
    "InvoiceXmlImportResponse",
    "InvoiceXmlImportSummary",
    "Item",
    "ItemSearch",
    "ListEnvelope",
    "ListOrderBy",
    "ManualWebhookDelivery",
    "ManualWebhookDeliveryResponse",
    "Metadata",
    "MetadataFilter",
    "Month",
    "OpenObject",
    "PasswordResetBrowserHandoff",
    "PasswordResetOperation",
    "PasswordResetOperationCreate",
    "PasswordResetOperationResponse",
    "PasswordResetRecovery",
    "PasswordResetRecoveryCreate",
    "PasswordResetRecoveryResponse",
    "Payment",
    "PaymentComplementCreate",
    "PaymentForm",
    "PaymentLink",
    "PaymentLinkAutomation",
    "PaymentLinkCreate",
    "PaymentLinkDelete",
    "PaymentLinkHistoryDocument",
    "PaymentLinkHistoryDocumentResponse",
    "PaymentLinkHistoryFile",
    "PaymentLinkHistoryFileContent",
    "PaymentLinkHistoryFileResponse",
    "PaymentLinkItem",
    "PaymentLinkList",
    "PaymentLinkMethodType",
    "PaymentLinkOperation",
    "PaymentLinkResponse",
    "PaymentLinkTax",
    "PaymentLinkUpdate",
    "PaymentLinkWriteResponse",
    "PaymentList",
    "PaymentMarkPaid",
    "PaymentMethod",
    "PaymentProcessor",
    "PaymentRefund",
    "PaymentRefundCreate",
    "PaymentRegistration",
    "PaymentReminder",
    "PaymentReminderConfiguration",
    "PaymentReminderGeneration",
    "PaymentReminderOperation",
    "PaymentRemindersReplace",
    "PaymentRemindersResponse",
    "PaymentRemindersResult",
    "PaymentReminderState",
    "PaymentReminderStep",
    "PaymentRequestCreate",
    "PaymentResponse",
    "PaymentSearchResults",
    "PaymentStatus",
    "PaymentUpdate",
    "PendingReceiptsStamp",
    "PendingReceiptsStampResponse",
    "PendingReceiptStampResult",
    "Periodicity",
    "Receipt",
    "ReceiptCreate",
    "ReceiptFiscalInformation",
    "ReceiptList",
    "ReceiptPeriodicity",
    "ReceiptReopen",
    "ReceiptResponse",
    "ReceiptSearchResults",
    "ReceiptStamp",
    "ReceiptStampTarget",
    "ReceiptStatus",
    "RelatedDocuments",
    "RelationType",
    "SatDownloadActivation",
    "SatDownloadActivationResponse",
    "SatDownloadActivationState",
    "SatDownloadDirection",
    "SatDownloadHistory",
    "SatDownloadHistoryResponse",
    "SatDownloadJob",
    "SatDownloadJobList",
    "SatDownloadJobResponse",
    "SatDownloadPackage",
    "SatDownloadPackageResponse",
    "SatDownloadPreviewCreate",
    "SatDownloadPricing",
    "SatDownloadRegistration",
    "SatDownloadRequest",
    "SatDownloadRequestCreate",
    "SatDownloadRequestResponse",
    "SatDownloadRequestStatus",
    "SatDownloadSchedule",
    "SatDownloadScheduleResponse",
    "SatDownloadScheduleUpdate",
    "SatDownloadSyncPeriodUpdate",
    "SatDownloadXmlImport",
    "SatFielUpload",
    "SatInvoice",
    "SatInvoiceDirection",
    "SatInvoiceList",
    "SatInvoiceParty",
    "SatInvoicePdfResponse",
    "SatInvoiceResponse",
    "SatInvoiceStatus",
    "SatInvoiceXmlRetry",
    "SatInvoiceXmlRetryResponse",
    "SatPfxUpload",
    "SearchEnvelope",
    "Service",
    "ServiceCreate",
    "ServiceList",
    "ServiceResponse",
    "ServiceUpdate",
    "SignupApiKeys",
    "SignupNextSteps",
    "SignupRequest",
    "SignupResult",
    "SignupSubscription",
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
    "Team",
    "TeamBrand",
    "TeamComplement",
    "TeamCreate",
    "TeamCsdUpload",
    "TeamDefaultSeries",
    "TeamEmailSettings",
    "TeamIntegration",
    "TeamIntegrations",
    "TeamIntegrationsResponse",
    "TeamInvitation",
    "TeamInvitationAccept",
    "TeamInvitationCreate",
    "TeamInvitationDelivery",
    "TeamInvitationInbox",
    "TeamInvitationInboxEntry",
    "TeamInvitationInboxTeam",
    "TeamInvitationResponse",
    "TeamList",
    "TeamMember",
    "TeamMemberAssignment",
    "TeamMemberList",
    "TeamMemberRemoval",
    "TeamMemberResponse",
    "TeamMemberRole",
    "TeamMemberUpdate",
    "TeamOnboardingUrl",
    "TeamOnboardingUrlResponse",
    "TeamPeriodicity",
    "TeamRefundSettings",
    "TeamResponse",
    "TeamSat",
    "TeamSatConnectionUpload",
    "TeamSeries",
    "TeamSeriesCreate",
    "TeamSeriesList",
    "TeamSeriesRef",
    "TeamSeriesResponse",
    "TeamSeriesUpdate",
    "TeamSettings",
    "TeamSettingsResponse",
    "TeamTaxDefault",
    "TeamUpdate",
    "ThirdParty",
    "TimeRange",
    "TransferInvoiceCreate",
    "User",
    "UserAccountDeletion",
    "UserCreate",
    "UserList",
    "UserLoginLink",
    "UserLoginLinkCreate",
    "UserLoginLinkResponse",
    "UserPasswordReset",
    "UserRemoval",
    "UserRemovalResponse",
    "UserResponse",
    "UserRole",
    "UserTeam",
    "UserUpdate",
    "Webhook",
    "WebhookConfigurationOperation",
    "WebhookCreate",
    "WebhookCustomerEvent",
    "WebhookDelete",
    "WebhookDelivery",
    "WebhookDeliveryPage",
    "WebhookDeliveryResponse",
    "WebhookDeliveryRetry",
    "WebhookEvent",
    "WebhookEventData",
    "WebhookEventType",
    "WebhookInvoiceStampedData",
    "WebhookInvoiceStampedEvent",
    "WebhookList",
    "WebhookPaymentData",
    "WebhookPaymentEvent",
    "WebhookResendCurrent",
    "WebhookResponse",
    "WebhookSecurityState",
    "WebhookSigningState",
    "WebhookStatus",
    "WebhookTestRequest",
    "WebhookUpdate",
    "WebhookVersion",
    "WebhookWriteResponse",
)
