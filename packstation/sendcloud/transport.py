"""The transport under the Sendcloud client: one request with auth, timeouts, headers and bounded
retries, pages followed by `Link`, and every failure mapped to one `SendcloudError` (the retry
rules are `SendcloudClient`'s docstring). The endpoints are in `client.py`.
"""

from __future__ import annotations

import logging
import math
import re
import time
from collections.abc import Callable, Iterator, Sequence
from enum import Enum
from typing import Final, TypeVar

import httpx
from pydantic import BaseModel, ValidationError

from packstation import __version__
from packstation.credentials import ApiCredentials, redact
from packstation.error_codes import ErrorCode
from packstation.errors import ConfigurationError
from packstation.sendcloud.budget import WRITE_METHODS, WriteGate
from packstation.sendcloud.errors import (
    ApiError,
    AuthenticationError,
    BadRequestError,
    CarrierRefusedError,
    ForbiddenError,
    MalformedResponseError,
    NetworkError,
    NotFoundError,
    RateLimitedError,
    RequestTimeoutError,
    ServerError,
    StillProcessingError,
    is_carrier_refusal,
)
from packstation.sendcloud.http import insecure_url_problem
from packstation.sendcloud.models import (
    RESPONSE_CONTEXT,
    ApiErrorDetail,
    ErrorEnvelope,
    Page,
)
from packstation.sendcloud.retry import RetryPolicy, parse_retry_after

DEFAULT_BASE_URL: Final = "https://panel.sendcloud.sc/api/v3"
DEFAULT_TIMEOUT: Final = httpx.Timeout(15.0, connect=5.0)
# Making a label means Sendcloud announcing the parcel to the carrier, which can take many seconds.
DEFAULT_LABEL_TIMEOUT: Final = httpx.Timeout(60.0, connect=5.0)
USER_AGENT: Final = f"Packstation/{__version__} (+httpx/{httpx.__version__})"
_RETRYABLE_READ_STATUSES: Final = frozenset({502, 503, 504})
# A write refused with 429 (not processed) goes again once the budget has a token, this many times.
_LIMITED_RETRIES: Final = 20
_STILL_PROCESSING: Final = "still processing"
logger = logging.getLogger("packstation.sendcloud")
T = TypeVar("T")
M = TypeVar("M", bound=BaseModel)


class _Retry(Enum):
    """Which failures a call may retry by itself (see the `SendcloudClient` docstring)."""

    READ = "read"  # timeouts, connection errors, 502/503/504, 429
    RATE_LIMIT_ONLY = "rate_limit_only"  # 429 only: Sendcloud did not process the request


def _error_details(body: bytes) -> tuple[ApiErrorDetail, ...]:
    if not body:
        return ()
    try:
        return tuple(ErrorEnvelope.model_validate_json(body, context=RESPONSE_CONTEXT).errors)
    except ValidationError:
        return ()


def _summarise(exc: ValidationError) -> str:
    """A short description of why a body did not match, without echoing its values."""
    problems = exc.errors(include_url=False, include_input=False, include_context=False)
    if not problems:
        return "unexpected shape"
    first = problems[0]
    if first["type"] == "json_invalid":
        return "not JSON"
    message = str(first["msg"]).removeprefix("Value error, ")
    where = ".".join(str(part) for part in first["loc"])
    more = f" (and {len(problems) - 1} more)" if len(problems) > 1 else ""
    return f"{where}: {message}{more}" if where else f"{message}{more}"


def _validate(model: type[M], body: bytes) -> M:
    return model.model_validate_json(body, context=RESPONSE_CONTEXT)


def _seconds(value: float | None) -> str:
    return "in time" if value is None else f"within {value:g} s"


def _network_error(exc: httpx.TransportError, method: str, path: str, timeout: httpx.Timeout) -> NetworkError:
    """Classifies a transport failure, noting whether the request can have reached Sendcloud."""
    # Only a failed connect or a full pool proves the request never left this machine.
    never_sent = isinstance(
        exc, httpx.ConnectError | httpx.ConnectTimeout | httpx.PoolTimeout | httpx.UnsupportedProtocol
    )
    if isinstance(exc, httpx.TimeoutException):
        if isinstance(exc, httpx.ConnectTimeout):
            what = f"could not connect {_seconds(timeout.connect)}"
        elif isinstance(exc, httpx.PoolTimeout):
            what = f"no free connection {_seconds(timeout.pool)}"
        elif isinstance(exc, httpx.WriteTimeout):
            what = f"could not send the request {_seconds(timeout.write)}"
        else:
            what = f"did not answer {_seconds(timeout.read)}"
        return RequestTimeoutError(
            f"Sendcloud {what}. Check the network connection and try again.",
            request_sent=not never_sent,
            method=method,
            path=path,
        )
    if isinstance(exc, httpx.ConnectError):
        what = "Could not connect to Sendcloud"
    else:
        what = "The connection to Sendcloud broke off"
    return NetworkError(
        f"{what} ({type(exc).__name__}). Check the network connection and try again.",
        request_sent=not never_sent,
        method=method,
        path=path,
    )


def _api_error(
    response: httpx.Response, method: str, path: str, not_found: str | None, now: float
) -> ApiError:
    """The typed error for a non-2xx answer, worded for the packer, with Sendcloud's details kept."""
    status = response.status_code
    errors = _error_details(response.content)
    texts = "; ".join(error.describe() for error in errors)
    said = f": {texts}" if texts else ""
    if status == 429:
        retry_after = parse_retry_after(response.headers.get("retry-after"), now)
        return RateLimitedError(
            "Sendcloud is limiting how fast this station may send requests (429). "
            f"{_when_to_retry(retry_after)}.",
            retry_after=retry_after,
            status=status,
            errors=errors,
            method=method,
            path=path,
        )
    kind, message = _classify(status, errors, said, not_found)
    return kind(message, status=status, errors=errors, method=method, path=path)


def _when_to_retry(retry_after: float | None) -> str:
    if retry_after is None:
        return "Wait a minute and try again"
    if retry_after < 1:  # `Retry-After: 0` or a date just passed: "wait 0 seconds" reads as a glitch
        return "Try again in a moment"
    seconds = math.ceil(retry_after)  # never suggest less than Sendcloud asked for
    return f"Wait {seconds} second{'' if seconds == 1 else 's'} and try again"


def _classify(
    status: int, errors: Sequence[ApiErrorDetail], said: str, not_found: str | None
) -> tuple[type[ApiError], str]:
    if status == 400:
        if any(_STILL_PROCESSING in error.detail.lower() for error in errors):
            return StillProcessingError, (
                "Sendcloud is still processing a previous request for this order. Try again in a moment."
            )
        if is_carrier_refusal(errors):
            return CarrierRefusedError, (
                f"The carrier refused the parcel{said}. Check the address and the shipping method, "
                "then try again."
            )
        return BadRequestError, f"Sendcloud refused the request (400){said}."
    fixed: dict[int, tuple[type[ApiError], str]] = {
        401: (
            AuthenticationError,
            "Sendcloud rejected the API keys (401). Check the public and secret key in Settings.",
        ),
        403: (
            ForbiddenError,
            "Sendcloud refused this action for these API keys (403). Check the permissions of the API "
            "integration in the Sendcloud panel.",
        ),
        404: (NotFoundError, f"{not_found or 'Sendcloud could not find what was asked for'} (404){said}."),
    }
    if status in fixed:
        return fixed[status]
    if status >= 500:
        return ServerError, (
            f"Sendcloud had a server error ({status}). Try again in a minute; if it persists, check "
            "https://status.sendcloud.com."
        )
    return ApiError, f"Sendcloud answered with unexpected status {status}{said}."


def _log(method: str, path: str, outcome: int | str, started: float, attempt: int) -> None:
    if logger.isEnabledFor(logging.DEBUG):
        elapsed_ms = (time.perf_counter() - started) * 1000
        logger.debug("%s %s -> %s in %.1f ms (attempt %d)", method, path, outcome, elapsed_ms, attempt)


_LINK_VALUE = re.compile(r"<([^>]*)>((?:\s*;\s*[^;,\"]*(?:\"(?:[^\"\\]|\\.)*\")?)*)")
_LINK_PARAM = re.compile(r";\s*([^=;,\s]+)\s*(?:=\s*(\"(?:[^\"\\]|\\.)*\"|[^;,\s]*))?")


def parse_link_header(value: str | None) -> dict[str, str]:
    """Targets of an RFC 8288 `Link` header by relation type (lower-cased), first one winning.

    `<https://…?cursor=a>; rel="prev", <https://…?cursor=b>; rel="next"` gives
    `{"prev": "https://…?cursor=a", "next": "https://…?cursor=b"}`. A `rel` may list several
    space-separated types; unquoted values and extra parameters are accepted.
    """
    links: dict[str, str] = {}
    if not value:
        return links
    for match in _LINK_VALUE.finditer(value):
        target = match.group(1).strip()
        for param in _LINK_PARAM.finditer(match.group(2)):
            if param.group(1).lower() != "rel" or param.group(2) is None:
                continue
            for rel in param.group(2).strip('"').split():
                links.setdefault(rel.lower(), target)
    return links


class SendcloudTransport:
    """The HTTP machinery of `SendcloudClient`: requests, retries, pages and the error mapping."""

    def __init__(
        self,
        http: httpx.Client,
        credentials: ApiCredentials,
        *,
        base_url: str = DEFAULT_BASE_URL,
        partner_id: str | None = None,
        timeout: httpx.Timeout = DEFAULT_TIMEOUT,
        label_timeout: httpx.Timeout = DEFAULT_LABEL_TIMEOUT,
        retry: RetryPolicy | None = None,
        write_gate: WriteGate | None = None,
    ) -> None:
        base = httpx.URL(base_url.rstrip("/"))
        if base.scheme not in ("http", "https") or not base.host:
            raise ConfigurationError(f"The Sendcloud base URL must be an http(s) URL, not {base_url!r}.")
        if base.userinfo or base.query or base.fragment:
            # Keys (or anything else) in the URL would end up in logs and proxies.
            raise ConfigurationError("The Sendcloud base URL must not contain credentials or a query.")
        # Checked here as well as in the settings: whoever builds a client, the keys never cross
        # the network in clear (page links must keep this scheme and host, see `_link`).
        problem = insecure_url_problem(base_url)
        if problem is not None:
            raise ConfigurationError(problem, code=ErrorCode.INSECURE_CONNECTION)
        self._http = http
        self._base = str(base)
        self._base_url = base
        self._auth = httpx.BasicAuth(credentials.public_key, credentials.secret_key)
        self._key_hint = redact(credentials.public_key)
        self._timeout = timeout
        self._label_timeout = label_timeout
        self._retry = retry if retry is not None else RetryPolicy()
        # The account's write budget (issue 19): every write takes a token first; a 429 drains it.
        self.write_gate = write_gate
        headers = {"User-Agent": USER_AGENT, "Accept": "application/json"}
        if partner_id:
            headers["Sendcloud-Partner-Id"] = partner_id
        # Built once: per-call overhead matters (a station makes thousands of calls a shift).
        self._headers = headers
        self._json_headers = {**headers, "Content-Type": "application/json"}
        self._document_headers = {
            mime: {**headers, "Accept": mime} for mime in ("application/pdf", "application/zpl", "image/png")
        }

    def __repr__(self) -> str:
        return f"SendcloudClient(base_url={self._base!r}, public_key={self._key_hint})"

    @property
    def base_url(self) -> str:
        return self._base

    def _request(
        self,
        method: str,
        path: str,
        retry: _Retry,
        *,
        params: list[tuple[str, str]] | None = None,
        content: bytes | None = None,
        headers: dict[str, str] | None = None,
        timeout: httpx.Timeout | None,
        url: str | None = None,
        not_found: str | None = None,
    ) -> httpx.Response:
        """Send one call with the retry rules of `retry`; return a 2xx response or raise."""
        target = url if url is not None else self._base + path
        effective_timeout = timeout if timeout is not None else self._timeout
        policy = self._retry
        gate = self.write_gate if method in WRITE_METHODS else None
        attempt = 1
        limited = 0  # 429s waited out through the write budget (they cost no attempt)
        while True:
            if gate is not None:
                gate.acquire()  # may wait; raises (nothing sent) past the scan's deadline
            started = time.perf_counter()
            try:
                response = self._http.request(
                    method,
                    target,
                    params=tuple(params) if params else None,
                    content=content,
                    headers=headers if headers is not None else self._headers,
                    auth=self._auth,
                    timeout=effective_timeout,
                )
            except httpx.TransportError as exc:
                failure = _network_error(exc, method, path, effective_timeout)
                _log(method, path, type(exc).__name__, started, attempt)
                if retry is _Retry.READ and attempt < policy.max_attempts:
                    policy.sleep(policy.backoff(attempt))
                    attempt += 1
                    continue
                raise failure from exc
            status = response.status_code
            _log(method, path, status, started, attempt)
            if 200 <= status < 300:
                return response
            if status == 429 and self.write_gate is not None:
                # Writers outside Packstation (a shop plugin, the panel) used the account's limit:
                # every station sharing the budget waits it out, not only this one.
                self.write_gate.drain(parse_retry_after(response.headers.get("retry-after"), policy.clock()))
                if gate is not None and limited < _LIMITED_RETRIES:
                    limited += 1
                    continue
            if attempt < policy.max_attempts and (
                status == 429 or (retry is _Retry.READ and status in _RETRYABLE_READ_STATUSES)
            ):
                retry_after = parse_retry_after(response.headers.get("retry-after"), policy.clock())
                wait = policy.wait_before_retry(attempt, retry_after)
                if wait is not None:
                    policy.sleep(wait)
                    attempt += 1
                    continue
            raise _api_error(response, method, path, not_found, policy.clock())

    def _parse(self, response: httpx.Response, path: str, parse: Callable[[bytes], T]) -> T:
        try:
            return parse(response.content)
        except ValidationError as exc:
            raise MalformedResponseError(
                f"Sendcloud sent an answer Packstation could not read ({_summarise(exc)}). "
                "Try again; if it keeps happening, report it.",
                status=response.status_code,
                method=response.request.method,
                path=path,
            ) from exc

    def _page(
        self,
        path: str,
        params: list[tuple[str, str]],
        parse: Callable[[bytes], list[T]],
        timeout: httpx.Timeout | None,
        *,
        url: str | None = None,
        not_found: str | None = None,
    ) -> Page[T]:
        response = self._request(
            "GET", path, _Retry.READ, params=params, timeout=timeout, url=url, not_found=not_found
        )
        items = self._parse(response, path, parse)
        links = parse_link_header(response.headers.get("link"))
        return Page(
            items=tuple(items),
            next_url=self._link(links.get("next"), response, path),
            prev_url=self._link(links.get("prev"), response, path),
        )

    def _pages(
        self,
        path: str,
        params: list[tuple[str, str]],
        parse: Callable[[bytes], list[T]],
        timeout: httpx.Timeout | None,
        *,
        not_found: str | None = None,
    ) -> Iterator[Page[T]]:
        page = self._page(path, params, parse, timeout, not_found=not_found)
        seen: set[str] = set()
        while True:
            yield page
            next_url = page.next_url
            if next_url is None:
                return
            if next_url in seen:
                raise MalformedResponseError(
                    "Sendcloud's page links went round in a circle; the list could not be read to the end.",
                    method="GET",
                    path=path,
                )
            seen.add(next_url)
            page = self._page(path, [], parse, timeout, url=next_url, not_found=not_found)

    def _collect(
        self,
        path: str,
        params: list[tuple[str, str]],
        parse: Callable[[bytes], list[T]],
        timeout: httpx.Timeout | None,
    ) -> list[T]:
        return [item for page in self._pages(path, params, parse, timeout) for item in page.items]

    def _link(self, target: str | None, response: httpx.Response, path: str) -> str | None:
        """An absolute page link, refused unless it points below our base URL.

        The keys go along with every request, so a `Link` to another host must never be followed.
        """
        if target is None:
            return None
        url = response.request.url.join(target)
        base = self._base_url
        if (
            url.scheme != base.scheme
            or url.host != base.host
            or url.port != base.port
            or not url.path.startswith(base.path)
        ):
            raise MalformedResponseError(
                "Sendcloud sent a page link outside the API; it was not followed.", method="GET", path=path
            )
        return str(url)
