"""The one exception tree for everything that can go wrong talking to Sendcloud.

Every class is a `PackstationError`: a stable `code` (what the Qt layer translates and support greps
for) and a `message` a packer can act on. The JSON:API `errors[]` Sendcloud sent stay available in
`.errors` (detail and pointer verbatim, for a "details" pane). Messages never contain the API keys:
they are built only from the status, the path and Sendcloud's error texts.

    SendcloudError
    ├── InvalidRequestError            refused before sending (e.g. 21 orders, PDF at 300 DPI)
    ├── ApiError                       Sendcloud answered with an error status
    │   ├── BadRequestError            400 validation or business rule
    │   │   ├── StillProcessingError   400 "still processing a previous request": retry later
    │   │   └── CarrierRefusedError    400 parcel_announcement_error: the carrier said no
    │   ├── AuthenticationError        401 keys wrong or missing
    │   ├── ForbiddenError             403 keys lack a permission
    │   ├── NotFoundError              404
    │   ├── CancelRefusedError         409 a shipment that cannot be cancelled (any more)
    │   ├── RateLimitedError           429 (carries `retry_after`)
    │   └── ServerError                5xx
    ├── NetworkError                   connection refused/reset/dropped (`request_sent` says if it left)
    │   └── RequestTimeoutError        no answer in time
    ├── MalformedResponseError         2xx that cannot be read (not JSON, wrong shape, empty document)
    └── LabelOutcomeUnknownError       a label call whose result is unknown: settle before retrying
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Final

from packstation.error_codes import ErrorCode
from packstation.errors import PackstationError
from packstation.sendcloud.models import ApiErrorDetail, OrderSelector


class SendcloudError(PackstationError):
    """Base of every Sendcloud failure.

    `status` is the HTTP status when there was an answer, `errors` the JSON:API error objects,
    `method`/`path` the call (path without query string).
    """

    code = ErrorCode.SENDCLOUD_ERROR

    def __init__(
        self,
        message: str,
        *,
        code: ErrorCode | None = None,
        status: int | None = None,
        errors: Iterable[ApiErrorDetail] = (),
        method: str | None = None,
        path: str | None = None,
    ) -> None:
        super().__init__(message, code=code)
        self.status = status
        self.errors: tuple[ApiErrorDetail, ...] = tuple(errors)
        self.method = method
        self.path = path

    @property
    def details(self) -> list[str]:
        """Sendcloud's own error texts with their pointers, for showing verbatim."""
        return [error.describe() for error in self.errors]


class InvalidRequestError(SendcloudError, ValueError):
    """The request was refused before anything was sent; the message names what is allowed."""

    code = ErrorCode.SENDCLOUD_INVALID_REQUEST


class ApiError(SendcloudError):
    """Sendcloud answered with an error status that has no more specific class."""

    code = ErrorCode.SENDCLOUD_HTTP_ERROR


class BadRequestError(ApiError):
    """400: Sendcloud refused the request (validation or a business rule)."""

    code = ErrorCode.SENDCLOUD_BAD_REQUEST


class StillProcessingError(BadRequestError):
    """400 "We are still processing a previous request": nothing is wrong, try again shortly.

    Sendcloud reports this concurrency conflict as 400, not 409 (api-notes §3.1, §7.7).
    """

    code = ErrorCode.SENDCLOUD_STILL_PROCESSING


# Sendcloud's own error code (not ours) for a parcel the carrier would not accept.
_ANNOUNCEMENT_ERROR: Final = "parcel_announcement_error"


def is_carrier_refusal(errors: Iterable[ApiErrorDetail]) -> bool:
    """Whether Sendcloud's `errors[]` say the carrier refused the parcel (not the request itself)."""
    return any(error.code == _ANNOUNCEMENT_ERROR for error in errors)


class CarrierRefusedError(BadRequestError):
    """400 `parcel_announcement_error`: the carrier refused the parcel; no label was made."""

    code = ErrorCode.SENDCLOUD_CARRIER_REFUSED


class AuthenticationError(ApiError):
    code = ErrorCode.SENDCLOUD_AUTH_FAILED


class ForbiddenError(ApiError):
    code = ErrorCode.SENDCLOUD_FORBIDDEN


class NotFoundError(ApiError):
    code = ErrorCode.SENDCLOUD_NOT_FOUND


class CancelRefusedError(ApiError):
    """409 on a shipment cancel: already cancelled or being cancelled, delivered, or announced more
    than 42 days ago. Sendcloud's reason is in `.errors`."""

    code = ErrorCode.SENDCLOUD_CANCEL_REFUSED


class RateLimitedError(ApiError):
    """429 after the allowed retries; `retry_after` is Sendcloud's hint in seconds, if it gave one."""

    code = ErrorCode.SENDCLOUD_RATE_LIMITED

    def __init__(
        self,
        message: str,
        *,
        retry_after: float | None = None,
        code: ErrorCode | None = None,
        status: int | None = None,
        errors: Iterable[ApiErrorDetail] = (),
        method: str | None = None,
        path: str | None = None,
    ) -> None:
        super().__init__(message, code=code, status=status, errors=errors, method=method, path=path)
        self.retry_after = retry_after


class ServerError(ApiError):
    code = ErrorCode.SENDCLOUD_SERVER_ERROR


class NetworkError(SendcloudError):
    """No usable answer at the transport level.

    `request_sent` is False only when the request certainly never left (connect failed, no pool
    slot): only then is a retry of a non-idempotent call known to be harmless.
    """

    code = ErrorCode.SENDCLOUD_UNREACHABLE

    def __init__(
        self,
        message: str,
        *,
        request_sent: bool,
        code: ErrorCode | None = None,
        status: int | None = None,
        errors: Iterable[ApiErrorDetail] = (),
        method: str | None = None,
        path: str | None = None,
    ) -> None:
        super().__init__(message, code=code, status=status, errors=errors, method=method, path=path)
        self.request_sent = request_sent


class RequestTimeoutError(NetworkError):
    code = ErrorCode.SENDCLOUD_TIMEOUT


class MalformedResponseError(SendcloudError):
    """A 2xx answer that cannot be used: not JSON, not the documented shape, or an empty file."""

    code = ErrorCode.SENDCLOUD_MALFORMED_RESPONSE


class LabelOutcomeUnknownError(SendcloudError):
    """A label call ended without a clear answer; a label (and its cost) may or may not exist.

    Raised after a read timeout, a dropped connection, a 5xx, or a 2xx without a usable label.
    Never retry blindly: call `SendcloudClient.settle_label_outcome(error)` (or
    `find_existing_labels(order_number)`), which looks the order up in GET /shipments. Only when
    that finds no live parcel is a retry safe. `parcel_id` is set when the answer named the parcel
    (a 2xx whose label file was missing or broken): fetch its document instead of shipping again.
    """

    code = ErrorCode.SENDCLOUD_LABEL_OUTCOME_UNKNOWN

    def __init__(
        self,
        message: str,
        *,
        orders: Sequence[OrderSelector],
        integration_id: int,
        reason: str,
        parcel_id: int | None = None,
        code: ErrorCode | None = None,
        status: int | None = None,
        errors: Iterable[ApiErrorDetail] = (),
        method: str | None = None,
        path: str | None = None,
    ) -> None:
        super().__init__(message, code=code, status=status, errors=errors, method=method, path=path)
        self.orders: tuple[OrderSelector, ...] = tuple(orders)
        self.integration_id = integration_id
        self.reason = reason
        self.parcel_id = parcel_id

    @property
    def order_number(self) -> str | None:
        """The order number of the (first) order concerned, when it was part of the request."""
        return self.orders[0].order_number if self.orders else None

    @property
    def order_id(self) -> str | None:
        return self.orders[0].order_id if self.orders else None

    @property
    def order_numbers(self) -> tuple[str, ...]:
        return tuple(order.order_number for order in self.orders if order.order_number is not None)
