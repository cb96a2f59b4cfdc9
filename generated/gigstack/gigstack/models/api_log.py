from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.open_object import OpenObject


T = TypeVar("T", bound="ApiLog")


@_attrs_define
class ApiLog:
    """A request made to the API, as logged for the team. Bodies and headers are not returned: the
    log keeps only their shape (`redaction` says how). `timestamp` is unix milliseconds.

        Attributes:
            id (str):  Example: log_4Kd9Xq2Lm7.
            timestamp (float | None | Unset):  Example: 1769904000000.
            team_id (None | str | Unset):  Example: team_3LpXc9VbQ2.
            livemode (bool | None | Unset):
            redaction (None | str | Unset):  Example: metadata_and_body_shape.
            method (None | str | Unset):  Example: POST.
            endpoint (None | str | Unset): The path, with variable segments written `:id`. Example: /v2/invoices/income.
            status_code (int | None | Unset):  Example: 201.
            request_shape (None | OpenObject | Unset): The shape of the request body.
            query_shape (None | OpenObject | Unset): The shape of the query.
            response_shape (None | OpenObject | Unset): The shape of the response body.
    """

    id: str
    timestamp: float | None | Unset = UNSET
    team_id: None | str | Unset = UNSET
    livemode: bool | None | Unset = UNSET
    redaction: None | str | Unset = UNSET
    method: None | str | Unset = UNSET
    endpoint: None | str | Unset = UNSET
    status_code: int | None | Unset = UNSET
    request_shape: None | OpenObject | Unset = UNSET
    query_shape: None | OpenObject | Unset = UNSET
    response_shape: None | OpenObject | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        timestamp: float | None | Unset
        if isinstance(self.timestamp, Unset):
            timestamp = UNSET
        else:
            timestamp = self.timestamp

        team_id: None | str | Unset
        if isinstance(self.team_id, Unset):
            team_id = UNSET
        else:
            team_id = self.team_id

        livemode: bool | None | Unset
        if isinstance(self.livemode, Unset):
            livemode = UNSET
        else:
            livemode = self.livemode

        redaction: None | str | Unset
        if isinstance(self.redaction, Unset):
            redaction = UNSET
        else:
            redaction = self.redaction

        method: None | str | Unset
        if isinstance(self.method, Unset):
            method = UNSET
        else:
            method = self.method

        endpoint: None | str | Unset
        if isinstance(self.endpoint, Unset):
            endpoint = UNSET
        else:
            endpoint = self.endpoint

        status_code: int | None | Unset
        if isinstance(self.status_code, Unset):
            status_code = UNSET
        else:
            status_code = self.status_code

        request_shape: dict[str, Any] | None | Unset
        if isinstance(self.request_shape, Unset):
            request_shape = UNSET
        elif isinstance(self.request_shape, OpenObject):
            request_shape = self.request_shape.to_dict()
        else:
            request_shape = self.request_shape

        query_shape: dict[str, Any] | None | Unset
        if isinstance(self.query_shape, Unset):
            query_shape = UNSET
        elif isinstance(self.query_shape, OpenObject):
            query_shape = self.query_shape.to_dict()
        else:
            query_shape = self.query_shape

        response_shape: dict[str, Any] | None | Unset
        if isinstance(self.response_shape, Unset):
            response_shape = UNSET
        elif isinstance(self.response_shape, OpenObject):
            response_shape = self.response_shape.to_dict()
        else:
            response_shape = self.response_shape

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if timestamp is not UNSET:
            field_dict["timestamp"] = timestamp
        if team_id is not UNSET:
            field_dict["team_id"] = team_id
        if livemode is not UNSET:
            field_dict["livemode"] = livemode
        if redaction is not UNSET:
            field_dict["redaction"] = redaction
        if method is not UNSET:
            field_dict["method"] = method
        if endpoint is not UNSET:
            field_dict["endpoint"] = endpoint
        if status_code is not UNSET:
            field_dict["status_code"] = status_code
        if request_shape is not UNSET:
            field_dict["request_shape"] = request_shape
        if query_shape is not UNSET:
            field_dict["query_shape"] = query_shape
        if response_shape is not UNSET:
            field_dict["response_shape"] = response_shape

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        timestamp: float | None | Unset = d.pop("timestamp", UNSET)

        team_id: None | str | Unset = d.pop("team_id", UNSET)

        livemode: bool | None | Unset = d.pop("livemode", UNSET)

        redaction: None | str | Unset = d.pop("redaction", UNSET)

        method: None | str | Unset = d.pop("method", UNSET)

        endpoint: None | str | Unset = d.pop("endpoint", UNSET)

        status_code: int | None | Unset = d.pop("status_code", UNSET)

        request_shape_data = d.pop("request_shape", UNSET)
        request_shape: None | OpenObject | Unset
        if not isinstance(request_shape_data, dict):
            request_shape = cast(None | OpenObject | Unset, request_shape_data)
        else:
            try:
                request_shape_type_0 = OpenObject.from_dict(request_shape_data)

                request_shape = request_shape_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                request_shape = cast(None | OpenObject | Unset, request_shape_data)

        query_shape_data = d.pop("query_shape", UNSET)
        query_shape: None | OpenObject | Unset
        if not isinstance(query_shape_data, dict):
            query_shape = cast(None | OpenObject | Unset, query_shape_data)
        else:
            try:
                query_shape_type_0 = OpenObject.from_dict(query_shape_data)

                query_shape = query_shape_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                query_shape = cast(None | OpenObject | Unset, query_shape_data)

        response_shape_data = d.pop("response_shape", UNSET)
        response_shape: None | OpenObject | Unset
        if not isinstance(response_shape_data, dict):
            response_shape = cast(None | OpenObject | Unset, response_shape_data)
        else:
            try:
                response_shape_type_0 = OpenObject.from_dict(response_shape_data)

                response_shape = response_shape_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                response_shape = cast(None | OpenObject | Unset, response_shape_data)

        api_log = cls(
            id=id,
            timestamp=timestamp,
            team_id=team_id,
            livemode=livemode,
            redaction=redaction,
            method=method,
            endpoint=endpoint,
            status_code=status_code,
            request_shape=request_shape,
            query_shape=query_shape,
            response_shape=response_shape,
        )

        api_log.additional_properties = d
        return api_log

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


from ..models.open_object import OpenObject  # noqa: E402
