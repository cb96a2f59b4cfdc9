"""The transport under every request: it reads the whole body before the response leaves it.

Reading the body here, inside the transport, means a connection reset or a stall while the body
arrives is a transport failure like one before the headers: the retry rules apply to it the same
way. A body that cannot be decompressed (corrupt gzip or deflate) becomes a typed error that
still knows the status.
"""

from __future__ import annotations

import httpx

from .errors import InvalidResponseError


def _decoding_error(response: httpx.Response, request: httpx.Request, error: httpx.DecodingError) -> Exception:
    encoding = response.headers.get("content-encoding", "?")
    return InvalidResponseError(
        f"The response body could not be decoded (Content-Encoding: {encoding}): {error}",
        status_code=response.status_code,
        method=request.method,
        url=str(request.url),
        headers=response.headers,
    )


class BufferingTransport(httpx.BaseTransport):
    """Sends through `inner` and reads the body before returning the response."""

    def __init__(self, inner: httpx.BaseTransport) -> None:
        self._inner = inner

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        response = self._inner.handle_request(request)
        try:
            response.read()
        except httpx.DecodingError as error:
            response.close()
            raise _decoding_error(response, request, error) from error
        except BaseException:
            response.close()
            raise
        return response

    def close(self) -> None:
        self._inner.close()


class AsyncBufferingTransport(httpx.AsyncBaseTransport):
    """The async twin of BufferingTransport."""

    def __init__(self, inner: httpx.AsyncBaseTransport) -> None:
        self._inner = inner

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        response = await self._inner.handle_async_request(request)
        try:
            await response.aread()
        except httpx.DecodingError as error:
            await response.aclose()
            raise _decoding_error(response, request, error) from error
        except BaseException:
            await response.aclose()
            raise
        return response

    async def aclose(self) -> None:
        await self._inner.aclose()
