"""Contract validation of recorded Sendcloud exchanges against Sendcloud's own OpenAPI documents.

Every request the client sends and every response the simulator returns is checked with
openapi-core against the spec files in ``../shared/sendcloud/openapi/`` (beside the clone in CI;
``PACKSTATION_OPENAPI_DIR`` overrides the folder). The files are never copied into this repository.

What is checked, per exchange:

- the operation exists (method + path below ``/api/v3``, matched across all spec files, literal
  paths before templated ones) and is the one the simulator routed to;
- request: security (HTTP Basic or Bearer), path/query/header parameters (including ``Accept``
  where the operation declares it), no undeclared query parameters, the body against the
  ``requestBody`` schema, and an ``Accept`` header that admits one of the success media types;
- response: the status is declared, the ``Content-Type`` is declared for it (and acceptable to
  the request's ``Accept`` for 2xx), the body against the schema, declared headers against their
  schemas, a ``Link`` header in RFC 8288 form pointing back at the same collection, and no
  API-level header (``Link``, ``Retry-After``, ``X-RateLimit-*``, ``Sendcloud-*``) the spec does
  not declare for that response.

Anything that fails is a `Violation`, unless one entry of `DEVIATIONS` allows exactly that case.
Each deviation is written down, with its reason, in ``docs/api-deviations.md``.
"""

from __future__ import annotations

import functools
import importlib
import json
import os
import re
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field, replace
from email.utils import parsedate_to_datetime
from pathlib import Path
from typing import Any, Literal, Protocol, TypeGuard
from urllib.parse import parse_qsl, urlsplit

import pytest
import yaml
from jsonschema_path import SchemaPath
from openapi_core import Config, OpenAPI
from openapi_core.datatypes import RequestParameters
from openapi_core.deserializing.media_types.exceptions import MediaTypeDeserializeError
from openapi_core.security.exceptions import SecurityProviderError
from openapi_core.security.factories import SecurityProviderFactory
from openapi_core.security.providers import BaseProvider
from openapi_core.templating.responses.exceptions import ResponseNotFound
from openapi_core.templating.responses.finders import ResponseFinder
from openapi_core.validation.request.exceptions import (
    ParameterValidationError,
    RequestBodyValidationError,
    SecurityValidationError,
)
from openapi_core.validation.response.exceptions import DataValidationError, HeaderValidationError
from openapi_core.validation.schemas import (
    oas30_read_schema_validators_factory,
    oas31_schema_validators_factory,
)
from openapi_core.validation.schemas.exceptions import InvalidSchemaValue
from werkzeug.datastructures import Headers, ImmutableMultiDict

from packstation.training.recording import Exchange

Where = Literal["request", "response"]

# jsonschema ships no type information and types-jsonschema is not a dev dependency: reach it through
# importlib, so mypy sees `Any` here instead of failing on missing stubs.
_jsonschema_exceptions: Any = importlib.import_module("jsonschema.exceptions")


class SchemaError(Protocol):
    """The parts of a jsonschema ValidationError the harness reads."""

    message: str
    validator: object  # the failing keyword
    instance: Any
    absolute_path: Sequence[str | int]
    relative_schema_path: Sequence[str | int]
    context: list[Any]


SPEC_DIR_ENV = "PACKSTATION_OPENAPI_DIR"
REPO_ROOT = Path(__file__).resolve().parents[2]
DEFAULT_SPEC_DIR = REPO_ROOT.parent / "shared" / "sendcloud" / "openapi"
API_PREFIX = "/api/v3"
# Every spec's only server is https://panel.sendcloud.sc/api/v3; the simulator serves the same paths
# below its own /api/v3, so each exchange is validated as if it had been sent to that server.
SPEC_HOST_URL = "https://panel.sendcloud.sc"


# ------------------------------------------------------------------------------------ spec files


@dataclass(frozen=True)
class SpecSource:
    """One spec file; `only_paths` restricts a file to the resources it is trusted for."""

    key: str  # the source key api-notes uses, e.g. "S-ORD"
    filename: str
    only_paths: tuple[str, ...] = ()  # path prefixes below /api/v3; empty: every path in the file


SPEC_SOURCES: tuple[SpecSource, ...] = (
    SpecSource("S-ORD", "v3-orders.openapi.yml"),
    SpecSource("S-SAO", "v3-ship-an-order.openapi.yml"),
    SpecSource("S-PD", "v3-parcel-documents.openapi.yml"),
    SpecSource("S-SH", "v3-shipments.openapi.yaml"),
    SpecSource("S-INT", "v3-integrations.openapi.yml"),
    SpecSource("S-SO", "v3-shipping-options.openapi.yaml"),
    # Not verbatim Sendcloud (merged and rewritten by a third party): only for the two resources
    # that have no verbatim copy (PROVENANCE.md).
    SpecSource(
        "S-MRG", "v3-merged-toppynl.openapi.json", only_paths=("/addresses/sender-addresses", "/contracts")
    ),
)


def spec_dir() -> Path:
    """Where the spec files are expected: `$PACKSTATION_OPENAPI_DIR`, else ../shared/sendcloud/openapi."""
    override = os.environ.get(SPEC_DIR_ENV)
    return Path(override).expanduser().resolve() if override else DEFAULT_SPEC_DIR


def require_spec_dir() -> Path:
    """The spec folder; skips the calling test when the folder is absent (a local clone without shared/).

    A folder that exists but lacks a file is a broken checkout and fails instead of skipping.
    """
    directory = spec_dir()
    if not directory.is_dir():
        pytest.skip(
            f"Sendcloud OpenAPI files not found: expected the folder {directory} (CI checks out shared/ "
            f"beside the repository; set {SPEC_DIR_ENV} to use another folder)"
        )
    missing = [source.filename for source in SPEC_SOURCES if not (directory / source.filename).is_file()]
    if missing:
        raise FileNotFoundError(f"{directory} exists but lacks {', '.join(missing)}")
    return directory


_YAML_LOADER: Any = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # the libyaml parser when available


@functools.cache
def load_document(directory: Path, filename: str) -> dict[str, Any]:
    """The parsed spec file, read once per session."""
    with (directory / filename).open(encoding="utf-8") as handle:
        document = json.load(handle) if filename.endswith(".json") else yaml.load(handle, Loader=_YAML_LOADER)
    if not isinstance(document, dict):
        raise TypeError(f"{filename} is not an OpenAPI document")
    return document


def _refs(node: object) -> Iterator[str]:
    if isinstance(node, dict):
        for key, value in node.items():
            if key == "$ref" and isinstance(value, str):
                yield value
            else:
                yield from _refs(value)
    elif isinstance(node, list):
        for value in node:
            yield from _refs(value)


def _restrict(document: dict[str, Any], prefixes: tuple[str, ...]) -> dict[str, Any]:
    """Keep only the paths under `prefixes` and the components they reach.

    The merged file as a whole is not valid OpenAPI 3.0.3 (its downgrade left 3.1 constructs, such as
    a numeric `exclusiveMinimum`, in schemas we never use), so openapi-core's spec check would reject
    it; the part we use is validated like every other file.
    """
    paths = {p: item for p, item in document["paths"].items() if p.startswith(prefixes)}
    components: dict[str, dict[str, Any]] = {}
    todo = list(_refs(paths))
    seen: set[str] = set()
    while todo:
        ref = todo.pop()
        if ref in seen:
            continue
        seen.add(ref)
        section, name = ref.removeprefix("#/components/").split("/", 1)
        target = document["components"][section][name]
        components.setdefault(section, {})[name] = target
        todo.extend(_refs(target))
    components["securitySchemes"] = document["components"]["securitySchemes"]
    return {**document, "paths": paths, "components": components}


# --------------------------------------------------------------- openapi-core configuration


class _BearerTokenProvider(BaseProvider):
    """OAuth2 client-credentials tokens travel as `Authorization: Bearer <token>` (api-notes §1).

    openapi-core has no provider for `oauth2` schemes: its fallback only emits a UserWarning, which
    would both skip the check and fail the run under `filterwarnings = error`.
    """

    def __call__(self, parameters: RequestParameters) -> Any:
        scheme, _, token = str(parameters.header.get("Authorization", "")).partition(" ")
        if scheme.lower() != "bearer" or not token.strip():
            raise SecurityProviderError("no Bearer token")
        return token


class _SecurityProviders(SecurityProviderFactory):
    def __init__(self) -> None:
        self.PROVIDERS = {**SecurityProviderFactory.PROVIDERS, "oauth2": _BearerTokenProvider}


# Parcel documents are raw files (`type: string, format: binary`). openapi-core hands such a body to
# the OAS 3.1 schema validator as `bytes`, which never passes `type: string`
# (python-openapi/openapi-core#854), so these deserialisers check the file signature and return the
# octets as a (latin-1, lossless) string. A JSON body sent under one of these types fails here.
_BINARY_SIGNATURES: dict[str, tuple[bytes, ...]] = {
    "application/pdf": (b"%PDF-",),
    "image/png": (b"\x89PNG\r\n\x1a\n",),
    "application/zpl": (b"^XA", b"~"),  # a ZPL II label format, or a leading ~ host command
}


def _binary_loads(media_type: str) -> Callable[[bytes], str]:
    signatures = _BINARY_SIGNATURES[media_type]

    def loads(value: bytes, **_parameters: str) -> str:
        head = value.lstrip() if media_type == "application/zpl" else value
        if not head.startswith(signatures):
            raise ValueError(f"the body does not start like a {media_type} file: {value[:12]!r}")
        return value.decode("latin-1")

    return loads


_CONFIG = Config(
    security_provider_factory=_SecurityProviders(),
    extra_media_type_deserializers={
        media_type: _binary_loads(media_type) for media_type in _BINARY_SIGNATURES
    },
)


# ------------------------------------------------------------------------------ loaded specs


@dataclass(frozen=True)
class _PathEntry:
    template: str  # below /api/v3, e.g. "/orders/{id}"
    regex: re.Pattern[str]
    methods: frozenset[str]  # upper case
    specificity: tuple[int, int]  # (template parameters, -literal characters): smaller wins


@dataclass(frozen=True, eq=False)
class LoadedSpec:
    source: SpecSource
    document: dict[str, Any]  # as validated (restricted to `source.only_paths`)
    paths: tuple[_PathEntry, ...]

    @property
    def version(self) -> str:
        return str(self.document["openapi"])

    @functools.cached_property
    def app(self) -> OpenAPI:
        """The openapi-core application, built (and the spec checked) on first use only."""
        return OpenAPI.from_dict(self.document, config=_CONFIG)  # picks the V30/V31 validators by version


_HTTP_METHODS = frozenset({"get", "put", "post", "delete", "options", "head", "patch", "trace"})


def _path_entry(template: str, item: Mapping[str, Any]) -> _PathEntry:
    pattern = "".join(
        "[^/]+" if part.startswith("{") else re.escape(part) for part in re.split(r"(\{[^}]+\})", template)
    )
    literal = re.sub(r"\{[^}]+\}", "", template)
    return _PathEntry(
        template=template,
        regex=re.compile(f"^{pattern}$"),
        methods=frozenset(m.upper() for m in item if m in _HTTP_METHODS),
        specificity=(template.count("{"), -len(literal)),
    )


@functools.cache
def load_spec(directory: Path, source: SpecSource) -> LoadedSpec:
    """The spec file with its path table, loaded once per session (the openapi-core app is lazy)."""
    document = load_document(directory, source.filename)
    if source.only_paths:
        document = _restrict(document, source.only_paths)
    if not str(document.get("openapi", "")).startswith(("3.0.", "3.1.")):
        raise ValueError(f"{source.filename}: expected OpenAPI 3.0 or 3.1, got {document.get('openapi')!r}")
    servers = [server.get("url") for server in document.get("servers", [])]
    if SPEC_HOST_URL + API_PREFIX not in servers:
        raise ValueError(f"{source.filename}: server {SPEC_HOST_URL + API_PREFIX} not declared ({servers})")
    paths = tuple(_path_entry(template, item) for template, item in document["paths"].items())
    return LoadedSpec(source, document, paths)


def load_all_specs(directory: Path) -> tuple[LoadedSpec, ...]:
    return tuple(load_spec(directory, source) for source in SPEC_SOURCES)


# ----------------------------------------------------------------------- the data we report


@dataclass(frozen=True)
class Violation:
    """One way an exchange breaks the contract."""

    exchange_summary: str  # "POST /api/v3/orders/create-label-sync -> 201"
    where: Where
    message: str

    def __str__(self) -> str:
        return f"{self.exchange_summary} [{self.where}] {self.message}"


@dataclass(frozen=True)
class Problem:
    """A raw finding before deviations are applied (deviations inspect these)."""

    where: Where
    location: str  # "request body", "query parameter 'integration'", "response header 'link'", "status", …
    message: str
    path: tuple[str | int, ...] = ()  # JSON path inside a body
    keyword: str | None = None  # the failing JSON Schema keyword, or "undeclared"/"syntax" for own checks
    instance: Any = None  # the offending value

    def describe(self) -> str:
        where = f"{self.location}: {_json_path(self.path)}" if self.path else self.location
        return f"{where}: {self.message}"


@dataclass(frozen=True)
class Operation:
    spec_key: str  # "S-ORD"
    method: str  # "GET"
    template: str  # "/orders/{id}"

    def __str__(self) -> str:
        return f"{self.method} {self.template} ({self.spec_key})"


@dataclass(frozen=True)
class Deviation:
    """One explicitly allowed difference between what goes over the wire and the spec.

    `applies` must hold for the exchange; then `rewrite` maps it to the exchange(s) to validate
    instead (all must pass), `tolerates` forgives individual findings, and `fallback_schema` names
    the schema (a path in the operation's spec file) that validates a response whose status the
    operation does not declare, or declares without a body. Everything not forgiven is reported.
    """

    id: str
    notes: str  # the api-notes section(s) that force it
    method: str | None  # None: any operation
    path_template: str | None
    where: Where
    summary: str
    applies: Callable[[Exchange], bool]
    rewrite: Callable[[Exchange], list[Exchange]] | None = None
    tolerates: Callable[[Exchange, Problem], bool] | None = None
    fallback_schema: tuple[str, ...] | None = None

    def matches(self, operation: Operation, exchange: Exchange) -> bool:
        return (
            (self.method is None or self.method == operation.method)
            and (self.path_template is None or self.path_template == operation.template)
            and self.applies(exchange)
        )


# ----------------------------------------------------------------------------------- helpers

_NOT_JSON = object()


def _json(raw: bytes) -> Any:
    try:
        return json.loads(raw) if raw else _NOT_JSON
    except ValueError:
        return _NOT_JSON


def _with_response_json(exchange: Exchange, body: Any) -> Exchange:
    return replace(exchange, response_body=json.dumps(body).encode())


def _json_path(path: Sequence[str | int]) -> str:
    return "$" + "".join(f"[{p}]" if isinstance(p, int) else f".{p}" for p in path)


def _shorten(text: str, limit: int = 300) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _mime(content_type: str) -> str:
    return content_type.split(";", 1)[0].strip().lower()


def _media_ranges(accept: str) -> list[tuple[str, float]]:
    ranges = []
    for part in accept.split(","):
        media_range, *params = part.split(";")
        quality = 1.0
        for param in params:
            name, _, value = param.strip().partition("=")
            if name.strip().lower() == "q":
                try:
                    quality = float(value)
                except ValueError:
                    quality = 0.0
        if media_range.strip():
            ranges.append((media_range.strip().lower(), quality))
    return ranges


def _acceptable(media_type: str, accept: str) -> bool:
    return any(
        quality > 0
        and (
            media_range in ("*/*", media_type)
            or (media_range.endswith("/*") and media_type.startswith(media_range[:-1]))
        )
        for media_range, quality in _media_ranges(accept)
    )


def summarize(exchange: Exchange) -> str:
    query = f"?{_shorten(exchange.query, 120)}" if exchange.query else ""
    return f"{exchange.method} {exchange.path}{query} -> {exchange.status}"


def _normalise_template(template: str) -> str:
    return re.sub(r"\{[^}]+\}", "{}", template.rstrip("/") or "/")


# ------------------------------------------------- openapi-core request/response protocols


@dataclass
class _OpenAPIRequest:
    """openapi_core.protocols.Request for a recorded exchange (as if sent to the spec's server)."""

    path: str
    method: str  # lower case, as openapi-core expects
    parameters: RequestParameters
    content_type: str
    body: bytes | None
    host_url: str = SPEC_HOST_URL

    @classmethod
    def of(cls, exchange: Exchange) -> _OpenAPIRequest:
        headers = exchange.request_headers
        return cls(
            path=exchange.path,
            method=exchange.method.lower(),
            parameters=RequestParameters(
                query=ImmutableMultiDict(parse_qsl(exchange.query, keep_blank_values=True)),
                header=Headers(list(headers.items())),
            ),
            content_type=headers.get("content-type", "").lower(),
            body=exchange.request_body or None,
        )


@dataclass
class _OpenAPIResponse:
    """openapi_core.protocols.Response for a recorded exchange."""

    status_code: int
    content_type: str
    headers: Headers
    data: bytes | None

    @classmethod
    def of(cls, exchange: Exchange) -> _OpenAPIResponse:
        return cls(
            status_code=exchange.status,
            content_type=exchange.response_headers.get("content-type", "").lower(),
            headers=Headers(list(exchange.response_headers.items())),
            data=exchange.response_body or None,
        )


# ------------------------------------------------------------ openapi-core errors → problems


def _causes(exc: BaseException) -> Iterator[BaseException]:
    seen: set[int] = set()
    current: BaseException | None = exc
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        yield current
        current = current.__cause__ or current.__context__


def _location(exc: BaseException, where: Where) -> str:
    if isinstance(exc, ParameterValidationError):
        return f"{exc.location} parameter {exc.name!r}"
    if isinstance(exc, RequestBodyValidationError):
        return "request body"
    if isinstance(exc, DataValidationError):
        return "response body"
    if isinstance(exc, HeaderValidationError):
        return f"response header {exc.name.lower()!r}"
    if isinstance(exc, SecurityValidationError):
        return "security"
    return where


def _is_schema_error(error: object) -> TypeGuard[SchemaError]:
    return isinstance(error, _jsonschema_exceptions.ValidationError)


def _schema_problem(error: SchemaError, where: Where, location: str) -> Problem:
    message = error.message
    if error.validator in ("oneOf", "anyOf") and error.context:
        # Say why each alternative failed (at most two findings each), numbered like the schema's list.
        branches: dict[int, list[SchemaError]] = {}
        for sub in error.context:
            branches.setdefault(int(sub.relative_schema_path[0]), []).append(sub)
        message += (
            " ("
            + "; ".join(
                f"#{index}: "
                + ", ".join(f"{_json_path(list(s.absolute_path))}: {s.message}" for s in subs[:2])
                for index, subs in sorted(branches.items())
            )
            + ")"
        )
    return Problem(
        where=where,
        location=location,
        message=_shorten(message),
        path=tuple(error.absolute_path),
        keyword=str(error.validator),
        instance=error.instance,
    )


def _plain_message(exc: BaseException) -> str:
    chain = list(_causes(exc))
    unreadable = next((c for c in chain if isinstance(c, MediaTypeDeserializeError)), None)
    if unreadable is not None:
        # Its own __str__ (and that of every wrapper) renders the whole body, decoded as UTF-8: useless
        # for a large body and an error for a binary one. Report why the body could not be read instead.
        reasons = [str(c) for c in chain[chain.index(unreadable) + 1 :]]
        return _shorten(": ".join([f"the body cannot be read as {unreadable.mimetype}", *reasons]))
    texts = [str(cause) or type(cause).__name__ for cause in chain]
    # openapi-core wrappers render as "<their words>: <their cause>": keep only the innermost words.
    parts = [
        text for index, text in enumerate(texts) if not any(inner in text for inner in texts[index + 1 :])
    ]
    return _shorten(": ".join(dict.fromkeys(parts)))


def problems_from(errors: Iterable[BaseException], where: Where) -> list[Problem]:
    problems: list[Problem] = []
    for exc in errors:
        location = _location(exc, where)
        invalid = next((c for c in _causes(exc) if isinstance(c, InvalidSchemaValue)), None)
        schema_errors = [e for e in (invalid.schema_errors if invalid else ()) if _is_schema_error(e)]
        if schema_errors:
            problems.extend(_schema_problem(e, where, location) for e in schema_errors)
        else:
            problems.append(Problem(where, location, _plain_message(exc)))
    return problems


# ----------------------------------------------------------------------- the deviations


def _sync_label_example_shape(exchange: Exchange) -> bool:
    """201 body exactly like the documented example: data = [one parcel] with label{file,mime_type,dpi}."""
    body = _json(exchange.response_body)
    if exchange.status != 201 or not isinstance(body, dict) or set(body) != {"data"}:
        return False
    data = body["data"]
    if not isinstance(data, list) or len(data) != 1 or not isinstance(data[0], dict):
        return False
    item = data[0]
    label = item.get("label")
    return (
        "label_details" not in item and isinstance(label, dict) and set(label) == {"file", "mime_type", "dpi"}
    )


def _sync_label_as_schema(exchange: Exchange) -> list[Exchange]:
    """Unwrap data[0] and rename label → label_details, so every field is checked by the schema."""
    item = dict(_json(exchange.response_body)["data"][0])
    item["label_details"] = item.pop("label")
    return [_with_response_json(exchange, {"data": item})]


def _is_error_code(problem: Problem) -> bool:
    """A schema finding on errors[n].code (or [n].code once shipments-errors-envelope unwrapped it)."""
    path = problem.path
    return (
        problem.location == "response body"
        and len(path) >= 2
        and isinstance(path[-2], int)
        and path[-1] == "code"
        and tuple(path[:-2]) in ((), ("errors",))
    )


def _rate_limit_status_integer(exchange: Exchange) -> bool:
    body = _json(exchange.response_body)
    errors = body.get("errors") if isinstance(body, dict) else None
    return (
        exchange.status == 429
        and isinstance(errors, list)
        and any(isinstance(e, dict) and e.get("status") == 429 for e in errors)
    )


def _rate_limit_status_as_string(exchange: Exchange) -> list[Exchange]:
    body = _json(exchange.response_body)
    errors = [
        {**e, "status": "429"} if isinstance(e, dict) and e.get("status") == 429 else e
        for e in body["errors"]
    ]
    return [_with_response_json(exchange, {**body, "errors": errors})]


def _errors_envelope(exchange: Exchange) -> bool:
    body = _json(exchange.response_body)
    return (
        exchange.status >= 400
        and isinstance(body, dict)
        and set(body) == {"errors"}
        and isinstance(body["errors"], list)
    )


def _errors_member(exchange: Exchange) -> list[Exchange]:
    """Validate the `errors` member against S-SH's `errors` schema, which is that array."""
    return [_with_response_json(exchange, _json(exchange.response_body)["errors"])]


def _hit_rate_limit_code(_exchange: Exchange, problem: Problem) -> bool:
    return _is_error_code(problem) and problem.keyword == "enum" and problem.instance == "hit_rate_limit"


def _any_server_error_code(_exchange: Exchange, problem: Problem) -> bool:
    # Only the enum is forgiven: the code must still be a non-empty string.
    return _is_error_code(problem) and problem.keyword == "enum" and isinstance(problem.instance, str)


_DELTA_SECONDS = re.compile(r"\d+")


def _valid_retry_after(value: object) -> bool:
    if not isinstance(value, str):
        return False
    if _DELTA_SECONDS.fullmatch(value.strip()):
        return True
    try:
        parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return False
    return True


def _retry_after_header(_exchange: Exchange, problem: Problem) -> bool:
    return (
        problem.location == "response header 'retry-after'"
        and problem.keyword == "undeclared"
        and _valid_retry_after(problem.instance)
    )


def _empty_shipments_page(_exchange: Exchange, problem: Problem) -> bool:
    return (
        problem.location == "response body"
        and problem.path == ("data",)
        and problem.keyword == "minItems"
        and problem.instance == []
    )


_ERRORS_SCHEMA = ("components", "schemas", "errors")

DEVIATIONS: tuple[Deviation, ...] = (
    Deviation(
        id="sync-label-documented-shape",
        notes="§7.1, §4.3",
        method="POST",
        path_template="/orders/create-label-sync",
        where="response",
        summary="201 body as in Sendcloud's example and guide: data is a one-element array and the file is "
        "under `label`; the schema says data is an object with `label_details`. Validated after unwrapping "
        "data[0] and renaming label→label_details, so every other field is still checked.",
        applies=_sync_label_example_shape,
        rewrite=_sync_label_as_schema,
    ),
    Deviation(
        id="undeclared-401",
        notes="§1, §2",
        method=None,
        path_template=None,
        where="response",
        summary="401 is answered on every operation but declared on none (the spec files only define an "
        "unreferenced `Unauthorized` response); the body must be the file's JSON:API `errors` object.",
        applies=lambda exchange: exchange.status == 401,
        fallback_schema=_ERRORS_SCHEMA,
    ),
    Deviation(
        id="undeclared-429",
        notes="§1 (D-RL), §7.8",
        method=None,
        path_template=None,
        where="response",
        summary="Rate limiting answers 429 on any operation; no operation we use declares it with a body "
        "(GET /contracts declares it without one). The body must be the file's JSON:API `errors` object.",
        applies=lambda exchange: exchange.status == 429,
        fallback_schema=_ERRORS_SCHEMA,
    ),
    Deviation(
        id="rate-limit-status-integer",
        notes="§7.4, §1",
        method=None,
        path_template=None,
        where="response",
        summary="In a 429 body an error's `status` may be the integer 429 (Sendcloud's only 429 example); "
        'validated as the string "429".',
        applies=_rate_limit_status_integer,
        rewrite=_rate_limit_status_as_string,
    ),
    Deviation(
        id="shipments-errors-envelope",
        notes="§2",
        method="GET",
        path_template="/shipments",
        where="response",
        summary="S-SH's `errors` schema is the bare array of ErrorObjects, yet its error responses use it as "
        'the whole body while every S-SH example (and every other file) sends the `{"errors": [...]}` '
        "envelope. An error body that is exactly that envelope is validated by checking its `errors` array.",
        applies=_errors_envelope,
        rewrite=_errors_member,
    ),
    Deviation(
        id="shipments-cancel-errors-envelope",
        notes="§2",
        method="POST",
        path_template="/shipments/{id}/cancel",
        where="response",
        summary="as shipments-errors-envelope, for the 404 and 409 answers of the shipment cancel "
        "operation, whose own examples send the envelope too.",
        applies=_errors_envelope,
        rewrite=_errors_member,
    ),
    Deviation(
        id="rate-limit-code",
        notes="§1, §2",
        method=None,
        path_template=None,
        where="response",
        summary="In a 429 body the error `code` `hit_rate_limit` (Sendcloud's 429 example) is outside the "
        "ErrorObject.code enum, which §2 notes is not exhaustive.",
        applies=lambda exchange: exchange.status == 429,
        tolerates=_hit_rate_limit_code,
    ),
    Deviation(
        id="undeclared-5xx",
        notes="§2, §7.8 (fault injection)",
        method=None,
        path_template=None,
        where="response",
        summary="Server errors (500-599) are declared nowhere; fault injection uses them. The body must be "
        "the file's JSON:API `errors` object; only its `code` may be outside the (non-exhaustive) enum.",
        applies=lambda exchange: 500 <= exchange.status <= 599,
        tolerates=_any_server_error_code,
        fallback_schema=_ERRORS_SCHEMA,
    ),
    Deviation(
        id="retry-after",
        notes="§1, §7.8",
        method=None,
        path_template=None,
        where="response",
        summary="`Retry-After` on 429 and 503 (RFC 9110 §10.2.3, RFC 6585) is not in the spec; clients "
        "honour it when present. Its value must be delta-seconds or an HTTP-date.",
        applies=lambda exchange: exchange.status in (429, 503),
        tolerates=_retry_after_header,
    ),
    Deviation(
        id="shipments-empty-search",
        notes="§4.6",
        method="GET",
        path_template="/shipments",
        where="response",
        summary="200 `data` has `minItems: 1`, but the recovery lookup `GET /shipments?order_number=…` must "
        'be able to say "no parcel yet": an empty `data` array is allowed (nothing else is relaxed).',
        applies=lambda exchange: exchange.status == 200,
        tolerates=_empty_shipments_page,
    ),
)


# --------------------------------------------------------------------------- the validator

_API_HEADERS = frozenset({"link", "retry-after"})
_API_HEADER_PREFIXES = ("x-ratelimit", "ratelimit", "sendcloud-")
_LINK_VALUE = re.compile(r'\s*<(?P<uri>[^<>]*)>\s*;\s*rel="?(?P<rel>[A-Za-z-]+)"?\s*')

# The spec's `Accept` parameter of GET /parcels/{id}/documents/{type}: "If a label is requested as native
# ZPL from the carrier it can't be converted to another format and will always be returned in ZPL."
_ALWAYS_ACCEPTABLE: dict[tuple[str, str], frozenset[str]] = {
    ("GET", "/parcels/{id}/documents/{type}"): frozenset({"application/zpl"}),
}


@dataclass(frozen=True)
class _OperationInfo:
    path: SchemaPath  # the operation object
    query_params: Mapping[str, bool]  # name → is an array
    header_params: frozenset[str]  # lower case
    has_request_body: bool
    success_media_types: frozenset[str]


@functools.cache
def _operation_info(spec: LoadedSpec, method: str, template: str) -> _OperationInfo:
    path_item = spec.app.spec / "paths" / template
    operation = path_item / method.lower()
    query: dict[str, bool] = {}
    headers: set[str] = set()
    for owner in (path_item, operation):
        if "parameters" not in owner:
            continue
        for param in owner / "parameters":
            name, location = (param / "name").read_str(), (param / "in").read_str()
            if location == "query":
                schema = param / "schema" if "schema" in param else None
                query[name] = (
                    schema is not None and "type" in schema and (schema / "type").read_value() == "array"
                )
            elif location == "header":
                headers.add(name.lower())
    media_types: set[str] = set()
    for status in (operation / "responses").str_keys():
        response = operation / "responses" / status
        if status.startswith("2") and "content" in response:
            media_types.update(_mime(m) for m in (response / "content").str_keys())
    return _OperationInfo(
        path=operation,
        query_params=query,
        header_params=frozenset(headers),
        has_request_body="requestBody" in operation,
        success_media_types=frozenset(media_types),
    )


@dataclass
class ContractValidator:
    """Validates exchanges against the Sendcloud spec files, allowing exactly `deviations`."""

    directory: Path | None = None  # None: `require_spec_dir()` (skips the test when absent)
    deviations: Sequence[Deviation] = DEVIATIONS
    deviation_hits: Counter[str] = field(default_factory=Counter)  # id → how often it was needed

    def __post_init__(self) -> None:
        if self.directory is None:
            self.directory = require_spec_dir()
        self._specs = load_all_specs(self.directory)

    # ---------------------------------------------------------------------- public API
    def check(self, exchange: Exchange) -> list[Violation]:
        summary = summarize(exchange)
        found = self._route(exchange)
        if isinstance(found, Problem):
            return [Violation(summary, found.where, found.describe())]
        spec, operation = found
        violations: list[Violation] = []
        for where in ("request", "response"):
            deviations = [d for d in self.deviations if d.where == where and d.matches(operation, exchange)]
            variants = self._rewrite(exchange, deviations)
            if where == "request":
                problems = self._request_problems(spec, operation, exchange, variants)
            else:
                problems = self._response_problems(spec, operation, exchange, variants, deviations)
            seen: set[str] = set()
            for problem in problems:
                tolerant = next(
                    (d for d in deviations if d.tolerates is not None and d.tolerates(exchange, problem)),
                    None,
                )
                if tolerant is not None:
                    self.deviation_hits[tolerant.id] += 1
                    continue
                text = problem.describe()
                if text not in seen:
                    seen.add(text)
                    violations.append(Violation(summary, problem.where, text))
        return violations

    def check_all(self, exchanges: Iterable[Exchange]) -> list[Violation]:
        return [violation for exchange in exchanges for violation in self.check(exchange)]

    def operation_of(self, exchange: Exchange) -> Operation | None:
        found = self._route(exchange)
        return None if isinstance(found, Problem) else found[1]

    def spec(self, key: str) -> LoadedSpec:
        return next(spec for spec in self._specs if spec.source.key == key)

    # ------------------------------------------------------------------------- routing
    def _route(self, exchange: Exchange) -> tuple[LoadedSpec, Operation] | Problem:
        path = exchange.path
        if not path.startswith(API_PREFIX + "/"):
            return Problem("request", "path", f"{path} is not below {API_PREFIX}")
        below = path[len(API_PREFIX) :]
        candidates = [
            (entry.specificity, index, spec, entry)
            for index, spec in enumerate(self._specs)
            for entry in spec.paths  # a restricted file only lists the paths it is trusted for
            if entry.regex.match(below)
        ]
        if not candidates:
            return Problem("request", "path", f"no spec file declares a path matching {below}")
        _, _, spec, entry = min(candidates, key=lambda c: (c[0], c[1]))
        method = exchange.method.upper()
        if method not in entry.methods:
            return Problem(
                "request",
                "method",
                f"{method} is not declared for {entry.template} in {spec.source.filename} "
                f"(declared: {', '.join(sorted(entry.methods))})",
            )
        return spec, Operation(spec.source.key, method, entry.template)

    def _rewrite(self, exchange: Exchange, deviations: Sequence[Deviation]) -> list[Exchange]:
        variants = [exchange]
        for deviation in deviations:
            if deviation.rewrite is None:
                continue
            rewritten = [new for variant in variants for new in deviation.rewrite(variant)]
            if rewritten != variants:
                self.deviation_hits[deviation.id] += 1
            variants = rewritten
        return variants

    # ------------------------------------------------------------------------- request
    def _request_problems(
        self, spec: LoadedSpec, operation: Operation, exchange: Exchange, variants: Sequence[Exchange]
    ) -> list[Problem]:
        info = _operation_info(spec, operation.method, operation.template)
        problems: list[Problem] = []
        if exchange.path_template and _normalise_template(exchange.path_template) != _normalise_template(
            operation.template
        ):
            problems.append(
                Problem(
                    "request",
                    "route",
                    f"the simulator handled this as {exchange.path_template!r}; "
                    f"the spec operation is {operation}",
                )
            )
        for variant in variants:
            errors = spec.app.request_validator.iter_errors(_OpenAPIRequest.of(variant))
            problems.extend(problems_from(errors, "request"))
            problems.extend(self._query_problems(info, variant))
        if exchange.request_body and not info.has_request_body:
            problems.append(Problem("request", "request body", f"{operation} declares no request body"))
        accept = exchange.request_headers.get("accept")
        if (
            accept
            and "accept" not in info.header_params
            and info.success_media_types
            and not any(_acceptable(m, accept) for m in info.success_media_types)
        ):
            problems.append(
                Problem(
                    "request",
                    "request header 'accept'",
                    f"{accept!r} admits none of the success media types {sorted(info.success_media_types)}",
                    keyword="accept",
                    instance=accept,
                )
            )
        return problems

    @staticmethod
    def _query_problems(info: _OperationInfo, exchange: Exchange) -> list[Problem]:
        counts = Counter(name for name, _ in parse_qsl(exchange.query, keep_blank_values=True))
        problems = []
        for name, count in counts.items():
            if name not in info.query_params:
                problems.append(
                    Problem(
                        "request",
                        f"query parameter {name!r}",
                        "not declared by the operation",
                        keyword="undeclared",
                    )
                )
            elif count > 1 and not info.query_params[name]:
                problems.append(
                    Problem("request", f"query parameter {name!r}", f"given {count} times but not an array")
                )
        return problems

    # ------------------------------------------------------------------------ response
    def _response_problems(
        self,
        spec: LoadedSpec,
        operation: Operation,
        exchange: Exchange,
        variants: Sequence[Exchange],
        deviations: Sequence[Deviation],
    ) -> list[Problem]:
        info = _operation_info(spec, operation.method, operation.template)
        try:
            declared: SchemaPath | None = ResponseFinder(info.path / "responses").find(str(exchange.status))
        except ResponseNotFound:
            declared = None
        declares_body = declared is not None and "content" in declared
        problems: list[Problem] = []
        fallback = None
        if declared is None or (not declares_body and exchange.response_body):
            fallback = next((d for d in deviations if d.fallback_schema is not None), None)
        if fallback is not None and fallback.fallback_schema is not None:
            self.deviation_hits[fallback.id] += 1
            for variant in variants:
                problems.extend(self._fallback_problems(spec, fallback.fallback_schema, variant))
        elif declared is None:
            available = ", ".join((info.path / "responses").str_keys())
            problems.append(
                Problem(
                    "response",
                    "status",
                    f"{exchange.status} is not declared for {operation} (declared: {available})",
                )
            )
        else:
            request = _OpenAPIRequest.of(exchange)
            for variant in variants:
                errors = spec.app.response_validator.iter_errors(request, _OpenAPIResponse.of(variant))
                problems.extend(problems_from(errors, "response"))
            if not declares_body and exchange.response_body:
                problems.append(
                    Problem(
                        "response", "response body", f"{operation} declares no body for {exchange.status}"
                    )
                )
        problems.extend(self._header_problems(operation, exchange, declared))
        return problems

    @staticmethod
    def _fallback_problems(spec: LoadedSpec, schema: tuple[str, ...], exchange: Exchange) -> list[Problem]:
        content_type = _mime(exchange.response_headers.get("content-type", ""))
        if content_type != "application/json":
            return [
                Problem("response", "response content type", f"{content_type!r}, expected application/json")
            ]
        body = _json(exchange.response_body)
        if body is _NOT_JSON:
            return [Problem("response", "response body", "not JSON")]
        schema_path = spec.app.spec
        for part in schema:
            schema_path = schema_path / part
        factory = (
            oas30_read_schema_validators_factory
            if spec.version.startswith("3.0.")
            else oas31_schema_validators_factory
        )
        validator = factory.create(spec.app.spec, schema_path)
        try:
            validator.validate(body)
        except InvalidSchemaValue as exc:
            return [
                _schema_problem(error, "response", "response body")
                for error in exc.schema_errors
                if _is_schema_error(error)
            ]
        return []

    def _header_problems(
        self, operation: Operation, exchange: Exchange, declared: SchemaPath | None
    ) -> list[Problem]:
        headers = exchange.response_headers
        declared_headers = (
            {name.lower() for name in (declared / "headers").str_keys()}
            if declared is not None and "headers" in declared
            else set()
        )
        problems: list[Problem] = []
        for name, value in headers.items():
            lower = name.lower()
            if (
                lower in _API_HEADERS or lower.startswith(_API_HEADER_PREFIXES)
            ) and lower not in declared_headers:
                problems.append(
                    Problem(
                        "response",
                        f"response header {lower!r}",
                        f"{_shorten(value, 120)!r} is not declared for this response",
                        keyword="undeclared",
                        instance=value,
                    )
                )
        if "link" in declared_headers and "link" in headers:
            problems.extend(self._link_problems(exchange, headers["link"]))
        accept = exchange.request_headers.get("accept")
        content_type = _mime(headers.get("content-type", ""))
        always = _ALWAYS_ACCEPTABLE.get((operation.method, operation.template), frozenset())
        if (
            200 <= exchange.status < 300
            and accept
            and content_type
            and content_type not in always
            and not _acceptable(content_type, accept)
        ):
            problems.append(
                Problem(
                    "response",
                    "response content type",
                    f"{content_type!r} is not acceptable to the request's Accept {accept!r}",
                )
            )
        return problems

    @staticmethod
    def _link_problems(exchange: Exchange, value: str) -> list[Problem]:
        """RFC 8288 `<uri>; rel="next"|"prev"` entries pointing at the same collection with a cursor."""
        location = "response header 'link'"
        problems: list[Problem] = []
        rels: list[str] = []
        for part in re.split(r",\s*(?=<)", value.strip()):
            match = _LINK_VALUE.fullmatch(part)
            if match is None:
                problems.append(
                    Problem("response", location, f'{part!r} is not `<uri>; rel="…"`', keyword="syntax")
                )
                continue
            rel, uri = match["rel"], urlsplit(match["uri"])
            rels.append(rel)
            if rel not in ("next", "prev"):
                problems.append(
                    Problem("response", location, f"rel {rel!r}: only next and prev are documented")
                )
            if not (uri.scheme and uri.netloc):
                problems.append(Problem("response", location, f"{match['uri']!r} is not an absolute URI"))
            if uri.path.rstrip("/") != exchange.path.rstrip("/"):
                problems.append(Problem("response", location, f"{match['uri']!r} leaves {exchange.path}"))
            if "cursor" not in dict(parse_qsl(uri.query)):
                problems.append(Problem("response", location, f"{match['uri']!r} has no cursor"))
        for rel, count in Counter(rels).items():
            if count > 1:
                problems.append(Problem("response", location, f"rel {rel!r} appears {count} times"))
        return problems


@functools.cache
def _default_validator(directory: Path) -> ContractValidator:
    return ContractValidator(directory)


def default_validator() -> ContractValidator:
    """A session-wide validator over the default spec folder (skips the test when it is absent)."""
    return _default_validator(require_spec_dir())


def assert_exchanges_conform(
    exchanges: Iterable[Exchange], validator: ContractValidator | None = None
) -> None:
    """Raise AssertionError listing every contract violation in `exchanges` (skips without specs)."""
    exchanges = list(exchanges)
    checker = validator or default_validator()
    violations = checker.check_all(exchanges)
    if violations:
        lines = "\n".join(f"  - {violation}" for violation in violations)
        raise AssertionError(
            f"{len(violations)} contract violation(s) in {len(exchanges)} exchange(s) "
            f"(allowed deviations: docs/api-deviations.md):\n{lines}"
        )


__all__ = [
    "API_PREFIX",
    "DEVIATIONS",
    "SPEC_DIR_ENV",
    "SPEC_SOURCES",
    "ContractValidator",
    "Deviation",
    "LoadedSpec",
    "Operation",
    "Problem",
    "SpecSource",
    "Violation",
    "assert_exchanges_conform",
    "default_validator",
    "load_document",
    "require_spec_dir",
    "spec_dir",
    "summarize",
]
