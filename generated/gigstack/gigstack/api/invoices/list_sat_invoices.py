from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient
from ...models.error_body import Error
from ...models.invoice_type import InvoiceType
from ...models.sat_invoice_direction import SatInvoiceDirection
from ...models.sat_invoice_list import SatInvoiceList
from ...models.sat_invoice_status import SatInvoiceStatus
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    team: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    starting_after: str | Unset = UNSET,
    from_: str | Unset = UNSET,
    to: str | Unset = UNSET,
    direction: SatInvoiceDirection | Unset = UNSET,
    status: SatInvoiceStatus | Unset = UNSET,
    invoice_type: InvoiceType | Unset = UNSET,
    issuer_rfc: str | Unset = UNSET,
    receiver_rfc: str | Unset = UNSET,
    type_: SatInvoiceDirection | Unset = UNSET,
    rfc: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["team"] = team

    params["limit"] = limit

    params["starting_after"] = starting_after

    params["from"] = from_

    params["to"] = to

    json_direction: str | Unset = UNSET
    if not isinstance(direction, Unset):
        json_direction = direction.value

    params["direction"] = json_direction

    json_status: str | Unset = UNSET
    if not isinstance(status, Unset):
        json_status = status.value

    params["status"] = json_status

    json_invoice_type: str | Unset = UNSET
    if not isinstance(invoice_type, Unset):
        json_invoice_type = invoice_type.value

    params["invoice_type"] = json_invoice_type

    params["issuer_rfc"] = issuer_rfc

    params["receiver_rfc"] = receiver_rfc

    json_type_: str | Unset = UNSET
    if not isinstance(type_, Unset):
        json_type_ = type_.value

    params["type"] = json_type_

    params["rfc"] = rfc

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/invoices/sat",
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient, response: httpx.Response) -> Error | SatInvoiceList | None:
    """The documented model for this status, or None for an undocumented status or a body that does not fit."""
    try:
        if response.status_code == 200:
            response_200 = SatInvoiceList.from_dict(response.json())

            return response_200

        if response.status_code == 400:
            response_400 = Error.from_dict(response.json())

            return response_400

        if response.status_code == 401:
            response_401 = Error.from_dict(response.json())

            return response_401

        if response.status_code == 403:
            response_403 = Error.from_dict(response.json())

            return response_403

        if response.status_code == 429:
            response_429 = Error.from_dict(response.json())

            return response_429

        if response.status_code == 500:
            response_500 = Error.from_dict(response.json())

            return response_500

    except (ValueError, KeyError, TypeError, AttributeError):
        return None
    return None


def _build_response(*, client: AuthenticatedClient, response: httpx.Response) -> Response[Error | SatInvoiceList]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    team: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    starting_after: str | Unset = UNSET,
    from_: str | Unset = UNSET,
    to: str | Unset = UNSET,
    direction: SatInvoiceDirection | Unset = UNSET,
    status: SatInvoiceStatus | Unset = UNSET,
    invoice_type: InvoiceType | Unset = UNSET,
    issuer_rfc: str | Unset = UNSET,
    receiver_rfc: str | Unset = UNSET,
    type_: SatInvoiceDirection | Unset = UNSET,
    rfc: str | Unset = UNSET,
) -> Response[Error | SatInvoiceList]:
    """List SAT-downloaded invoices

     Returns the invoices downloaded from the SAT for your team's RFC (Descarga Masiva), issued
    and received. Paging differs from other lists: pass a page's `next` back as
    `starting_after`. `from` and `to` are calendar dates (`YYYY-MM-DD`), not timestamps.
    gigstack's two clients spell the filters differently and both are accepted here: the CLI
    sends `direction`, `invoice_type`, `issuer_rfc` and `receiver_rfc`; the n8n node sends
    `type` (issued or received) and `rfc` (the counterpart).

    Args:
        team (str | Unset):  Example: team_1234567890.
        limit (int | Unset):  Example: 25.
        starting_after (str | Unset):  Example: 3b8e2f6a-1c4d-4f7a-9e2b-5d6c7a8b9f01.
        from_ (str | Unset):  Example: 2026-01-01.
        to (str | Unset):  Example: 2026-01-31.
        direction (SatInvoiceDirection | Unset): Whether your team issued or received a SAT-
            downloaded invoice. Example: received.
        status (SatInvoiceStatus | Unset): The invoice's status in the SAT's records, in the SAT's
            own (Spanish) words. Example: Vigente.
        invoice_type (InvoiceType | Unset): SAT c_TipoDeComprobante: the kind of CFDI. gigstack
            issues income (`I`) and egress (`E`,
            credit notes) invoices and payment complements (`P`); SAT-downloaded invoices may be of
            any
            kind.
             Example: I.
        issuer_rfc (str | Unset):  Example: CACX7605101P8.
        receiver_rfc (str | Unset):  Example: IIA040805DZ4.
        type_ (SatInvoiceDirection | Unset): Whether your team issued or received a SAT-downloaded
            invoice. Example: received.
        rfc (str | Unset):  Example: CACX7605101P8.

    Raises:
        errors.APIConnectionError: No response (errors.APITimeoutError when it took longer than the client's timeout).

    Returns:
        Response[Error | SatInvoiceList]: every status, parsed when documented.
    """

    kwargs = _get_kwargs(
        team=team,
        limit=limit,
        starting_after=starting_after,
        from_=from_,
        to=to,
        direction=direction,
        status=status,
        invoice_type=invoice_type,
        issuer_rfc=issuer_rfc,
        receiver_rfc=receiver_rfc,
        type_=type_,
        rfc=rfc,
    )

    response = client.request(**kwargs)

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    team: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    starting_after: str | Unset = UNSET,
    from_: str | Unset = UNSET,
    to: str | Unset = UNSET,
    direction: SatInvoiceDirection | Unset = UNSET,
    status: SatInvoiceStatus | Unset = UNSET,
    invoice_type: InvoiceType | Unset = UNSET,
    issuer_rfc: str | Unset = UNSET,
    receiver_rfc: str | Unset = UNSET,
    type_: SatInvoiceDirection | Unset = UNSET,
    rfc: str | Unset = UNSET,
) -> SatInvoiceList:
    """List SAT-downloaded invoices

     Returns the invoices downloaded from the SAT for your team's RFC (Descarga Masiva), issued
    and received. Paging differs from other lists: pass a page's `next` back as
    `starting_after`. `from` and `to` are calendar dates (`YYYY-MM-DD`), not timestamps.
    gigstack's two clients spell the filters differently and both are accepted here: the CLI
    sends `direction`, `invoice_type`, `issuer_rfc` and `receiver_rfc`; the n8n node sends
    `type` (issued or received) and `rfc` (the counterpart).

    Args:
        team (str | Unset):  Example: team_1234567890.
        limit (int | Unset):  Example: 25.
        starting_after (str | Unset):  Example: 3b8e2f6a-1c4d-4f7a-9e2b-5d6c7a8b9f01.
        from_ (str | Unset):  Example: 2026-01-01.
        to (str | Unset):  Example: 2026-01-31.
        direction (SatInvoiceDirection | Unset): Whether your team issued or received a SAT-
            downloaded invoice. Example: received.
        status (SatInvoiceStatus | Unset): The invoice's status in the SAT's records, in the SAT's
            own (Spanish) words. Example: Vigente.
        invoice_type (InvoiceType | Unset): SAT c_TipoDeComprobante: the kind of CFDI. gigstack
            issues income (`I`) and egress (`E`,
            credit notes) invoices and payment complements (`P`); SAT-downloaded invoices may be of
            any
            kind.
             Example: I.
        issuer_rfc (str | Unset):  Example: CACX7605101P8.
        receiver_rfc (str | Unset):  Example: IIA040805DZ4.
        type_ (SatInvoiceDirection | Unset): Whether your team issued or received a SAT-downloaded
            invoice. Example: received.
        rfc (str | Unset):  Example: CACX7605101P8.

    Raises:
        errors.APIConnectionError: No response (errors.APITimeoutError when it took longer than the client's timeout).
        errors.APIStatusError: The API answered with an error; the subclass names it (NotFoundError, RateLimitError...).
        errors.InvalidResponseError: The body is not the JSON the API documents.

    Returns:
        SatInvoiceList
    """

    kwargs = _get_kwargs(
        team=team,
        limit=limit,
        starting_after=starting_after,
        from_=from_,
        to=to,
        direction=direction,
        status=status,
        invoice_type=invoice_type,
        issuer_rfc=issuer_rfc,
        receiver_rfc=receiver_rfc,
        type_=type_,
        rfc=rfc,
    )

    response = client.request(**kwargs)

    return cast(SatInvoiceList, errors.parsed_or_raise(response, _parse_response(client=client, response=response)))


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    team: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    starting_after: str | Unset = UNSET,
    from_: str | Unset = UNSET,
    to: str | Unset = UNSET,
    direction: SatInvoiceDirection | Unset = UNSET,
    status: SatInvoiceStatus | Unset = UNSET,
    invoice_type: InvoiceType | Unset = UNSET,
    issuer_rfc: str | Unset = UNSET,
    receiver_rfc: str | Unset = UNSET,
    type_: SatInvoiceDirection | Unset = UNSET,
    rfc: str | Unset = UNSET,
) -> Response[Error | SatInvoiceList]:
    """List SAT-downloaded invoices

     Returns the invoices downloaded from the SAT for your team's RFC (Descarga Masiva), issued
    and received. Paging differs from other lists: pass a page's `next` back as
    `starting_after`. `from` and `to` are calendar dates (`YYYY-MM-DD`), not timestamps.
    gigstack's two clients spell the filters differently and both are accepted here: the CLI
    sends `direction`, `invoice_type`, `issuer_rfc` and `receiver_rfc`; the n8n node sends
    `type` (issued or received) and `rfc` (the counterpart).

    Args:
        team (str | Unset):  Example: team_1234567890.
        limit (int | Unset):  Example: 25.
        starting_after (str | Unset):  Example: 3b8e2f6a-1c4d-4f7a-9e2b-5d6c7a8b9f01.
        from_ (str | Unset):  Example: 2026-01-01.
        to (str | Unset):  Example: 2026-01-31.
        direction (SatInvoiceDirection | Unset): Whether your team issued or received a SAT-
            downloaded invoice. Example: received.
        status (SatInvoiceStatus | Unset): The invoice's status in the SAT's records, in the SAT's
            own (Spanish) words. Example: Vigente.
        invoice_type (InvoiceType | Unset): SAT c_TipoDeComprobante: the kind of CFDI. gigstack
            issues income (`I`) and egress (`E`,
            credit notes) invoices and payment complements (`P`); SAT-downloaded invoices may be of
            any
            kind.
             Example: I.
        issuer_rfc (str | Unset):  Example: CACX7605101P8.
        receiver_rfc (str | Unset):  Example: IIA040805DZ4.
        type_ (SatInvoiceDirection | Unset): Whether your team issued or received a SAT-downloaded
            invoice. Example: received.
        rfc (str | Unset):  Example: CACX7605101P8.

    Raises:
        errors.APIConnectionError: No response (errors.APITimeoutError when it took longer than the client's timeout).

    Returns:
        Response[Error | SatInvoiceList]: every status, parsed when documented.
    """

    kwargs = _get_kwargs(
        team=team,
        limit=limit,
        starting_after=starting_after,
        from_=from_,
        to=to,
        direction=direction,
        status=status,
        invoice_type=invoice_type,
        issuer_rfc=issuer_rfc,
        receiver_rfc=receiver_rfc,
        type_=type_,
        rfc=rfc,
    )

    response = await client.arequest(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    team: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    starting_after: str | Unset = UNSET,
    from_: str | Unset = UNSET,
    to: str | Unset = UNSET,
    direction: SatInvoiceDirection | Unset = UNSET,
    status: SatInvoiceStatus | Unset = UNSET,
    invoice_type: InvoiceType | Unset = UNSET,
    issuer_rfc: str | Unset = UNSET,
    receiver_rfc: str | Unset = UNSET,
    type_: SatInvoiceDirection | Unset = UNSET,
    rfc: str | Unset = UNSET,
) -> SatInvoiceList:
    """List SAT-downloaded invoices

     Returns the invoices downloaded from the SAT for your team's RFC (Descarga Masiva), issued
    and received. Paging differs from other lists: pass a page's `next` back as
    `starting_after`. `from` and `to` are calendar dates (`YYYY-MM-DD`), not timestamps.
    gigstack's two clients spell the filters differently and both are accepted here: the CLI
    sends `direction`, `invoice_type`, `issuer_rfc` and `receiver_rfc`; the n8n node sends
    `type` (issued or received) and `rfc` (the counterpart).

    Args:
        team (str | Unset):  Example: team_1234567890.
        limit (int | Unset):  Example: 25.
        starting_after (str | Unset):  Example: 3b8e2f6a-1c4d-4f7a-9e2b-5d6c7a8b9f01.
        from_ (str | Unset):  Example: 2026-01-01.
        to (str | Unset):  Example: 2026-01-31.
        direction (SatInvoiceDirection | Unset): Whether your team issued or received a SAT-
            downloaded invoice. Example: received.
        status (SatInvoiceStatus | Unset): The invoice's status in the SAT's records, in the SAT's
            own (Spanish) words. Example: Vigente.
        invoice_type (InvoiceType | Unset): SAT c_TipoDeComprobante: the kind of CFDI. gigstack
            issues income (`I`) and egress (`E`,
            credit notes) invoices and payment complements (`P`); SAT-downloaded invoices may be of
            any
            kind.
             Example: I.
        issuer_rfc (str | Unset):  Example: CACX7605101P8.
        receiver_rfc (str | Unset):  Example: IIA040805DZ4.
        type_ (SatInvoiceDirection | Unset): Whether your team issued or received a SAT-downloaded
            invoice. Example: received.
        rfc (str | Unset):  Example: CACX7605101P8.

    Raises:
        errors.APIConnectionError: No response (errors.APITimeoutError when it took longer than the client's timeout).
        errors.APIStatusError: The API answered with an error; the subclass names it (NotFoundError, RateLimitError...).
        errors.InvalidResponseError: The body is not the JSON the API documents.

    Returns:
        SatInvoiceList
    """

    kwargs = _get_kwargs(
        team=team,
        limit=limit,
        starting_after=starting_after,
        from_=from_,
        to=to,
        direction=direction,
        status=status,
        invoice_type=invoice_type,
        issuer_rfc=issuer_rfc,
        receiver_rfc=receiver_rfc,
        type_=type_,
        rfc=rfc,
    )

    response = await client.arequest(**kwargs)

    return cast(SatInvoiceList, errors.parsed_or_raise(response, _parse_response(client=client, response=response)))
