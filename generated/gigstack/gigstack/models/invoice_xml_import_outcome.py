from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.invoice_xml_import_file_result import InvoiceXmlImportFileResult
    from ..models.invoice_xml_import_summary import InvoiceXmlImportSummary


T = TypeVar("T", bound="InvoiceXmlImportOutcome")


@_attrs_define
class InvoiceXmlImportOutcome:
    """What an XML import did, file by file.

    Attributes:
        summary (InvoiceXmlImportSummary | Unset): How many files were imported and how many were not.
        results (list[InvoiceXmlImportFileResult] | Unset):
    """

    summary: InvoiceXmlImportSummary | Unset = UNSET
    results: list[InvoiceXmlImportFileResult] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        summary: dict[str, Any] | Unset = UNSET
        if not isinstance(self.summary, Unset):
            summary = self.summary.to_dict()

        results: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.results, Unset):
            results = []
            for results_item_data in self.results:
                results_item = results_item_data.to_dict()
                results.append(results_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if summary is not UNSET:
            field_dict["summary"] = summary
        if results is not UNSET:
            field_dict["results"] = results

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _summary = d.pop("summary", UNSET)
        summary: InvoiceXmlImportSummary | Unset
        if isinstance(_summary, Unset):
            summary = UNSET
        else:
            summary = InvoiceXmlImportSummary.from_dict(_summary)

        _results = d.pop("results", UNSET)
        results: list[InvoiceXmlImportFileResult] | Unset = UNSET
        if _results is not UNSET:
            results = []
            for results_item_data in _results:
                results_item = InvoiceXmlImportFileResult.from_dict(results_item_data)

                results.append(results_item)

        invoice_xml_import_outcome = cls(
            summary=summary,
            results=results,
        )

        invoice_xml_import_outcome.additional_properties = d
        return invoice_xml_import_outcome

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


from ..models.invoice_xml_import_file_result import InvoiceXmlImportFileResult  # noqa: E402
from ..models.invoice_xml_import_summary import InvoiceXmlImportSummary  # noqa: E402
