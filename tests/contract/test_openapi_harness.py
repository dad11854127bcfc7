"""The contract harness itself: the spec's own examples pass, broken exchanges fail, and each
deviation accepts exactly its case and nothing next to it."""

from __future__ import annotations

import base64
import copy
import json
import re
from pathlib import Path
from typing import Any

import pytest

from packstation.training.recording import Exchange

from .openapi import (
    DEVIATIONS,
    SPEC_DIR_ENV,
    ContractValidator,
    Violation,
    assert_exchanges_conform,
    default_validator,
    require_spec_dir,
)

DOCS = Path(__file__).resolve().parents[2] / "docs" / "api-deviations.md"
AUTH = "Basic " + base64.b64encode(b"public-key:secret-key").decode()
PDF = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<<>>\nendobj\n"
PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"
ZPL = b"^XA\n^FO50,50^A0N,30,30^FDTest^FS\n^XZ\n"
LABEL_FILE = base64.b64encode(PDF).decode()

SYNC = "/api/v3/orders/create-label-sync"
ASYNC = "/api/v3/orders/create-labels-async"
ORDER_PATH = ("paths", "/orders/{id}", "get")
CREATE_SYNC = ("paths", "/orders/create-label-sync", "post")
CREATE_ASYNC = ("paths", "/orders/create-labels-async", "post")
JSON_EXAMPLES = ("content", "application/json", "examples")


@pytest.fixture(scope="module")
def validator() -> ContractValidator:
    return default_validator()


@pytest.fixture(scope="module")
def strict() -> ContractValidator:
    """The same spec files with no deviation allowed."""
    return ContractValidator(require_spec_dir(), deviations=())


# ------------------------------------------------------------------------------------ helpers


def exchange(
    method: str,
    path: str,
    *,
    query: str = "",
    body: Any = None,
    status: int = 200,
    response: Any = None,
    content_type: str = "application/json",
    request_headers: dict[str, str | None] | None = None,
    response_headers: dict[str, str] | None = None,
    path_template: str = "",
) -> Exchange:
    """An exchange as the simulator records it; `body`/`response` are JSON unless given as bytes."""
    headers: dict[str, str | None] = {"authorization": AUTH, "accept": "*/*", "host": "127.0.0.1:8080"}
    raw_body = body if isinstance(body, bytes) else b"" if body is None else json.dumps(body).encode()
    if raw_body:
        headers["content-type"] = "application/json"
    headers.update(request_headers or {})
    if isinstance(response, bytes):
        raw_response = response
    else:
        raw_response = b"" if response is None else json.dumps(response).encode()
    out_headers = {"content-type": content_type} if raw_response else {}
    out_headers.update(response_headers or {})
    return Exchange(
        method=method,
        path=path,
        path_template=path_template,
        query=query,
        request_headers={k.lower(): v for k, v in headers.items() if v is not None},
        request_body=raw_body,
        status=status,
        response_headers={k.lower(): v for k, v in out_headers.items()},
        response_body=raw_response,
    )


def messages(violations: list[Violation], where: str | None = None) -> list[str]:
    return [v.message for v in violations if where is None or v.where == where]


def _resolve(document: dict[str, Any], node: Any) -> Any:
    while isinstance(node, dict) and "$ref" in node:
        target: Any = document
        for part in node["$ref"].removeprefix("#/").split("/"):
            target = target[part.replace("~1", "/").replace("~0", "~")]
        node = target
    return node


def spec_value(validator: ContractValidator, key: str, *pointer: str) -> Any:
    """A value from a spec file (following `$ref`s), deep-copied so a test may change it."""
    document = validator.spec(key).document
    node: Any = document
    for part in pointer:
        node = _resolve(document, node[part])
    return copy.deepcopy(node)


def example(validator: ContractValidator, key: str, operation: tuple[str, ...], *where: str) -> Any:
    """The `value` of a named example below `operation` (e.g. "responses", "200", "Response")."""
    *container, name = where
    return spec_value(validator, key, *operation, *container, *JSON_EXAMPLES, name, "value")


def sync_response(**label: Any) -> dict[str, Any]:
    """The documented sync 201 shape (api-notes §4.3) with one parcel and a real Base64 file."""
    item = {
        "parcel_id": 420,
        "shipment_id": "511",
        "order_id": "593c853e-ca90-4ab4-953c-fd2f47dd8dc3",
        "order_number": "ORD-2024-00174",
        "ship_with": {
            "type": "shipping_option_code",
            "properties": {"contract_id": 517, "shipping_option_code": "postnl:standard"},
        },
        "tracking_number": "ABCD1234567890",
        "tracking_url": "https://tracking.example/?tracking_number=ABCD1234567890",
        "label": {"file": LABEL_FILE, "mime_type": "application/pdf", "dpi": 72, **label},
        "documents": [
            {
                "type": "label",
                "size": "a6",
                "link": "https://panel.sendcloud.sc/api/v3/parcels/420/documents/label",
            }
        ],
    }
    return {"data": [item]}


def errors_body(status: Any, code: str = "invalid", detail: str = "Something is wrong.") -> dict[str, Any]:
    return {"errors": [{"status": status, "code": code, "title": "Error", "detail": detail}]}


SYNC_REQUEST = {
    "integration_id": 70,
    "label_details": {"mime_type": "application/pdf", "dpi": 72},
    "order": {"order_number": "ORDER-25763", "apply_shipping_rules": False},
}


# ---------------------------------------------------------------- the spec folder and loading


def test_missing_spec_folder_skips_with_the_expected_path(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    absent = tmp_path / "no-such-folder"
    monkeypatch.setenv(SPEC_DIR_ENV, str(absent))
    with pytest.raises(pytest.skip.Exception, match=re.escape(str(absent))):
        require_spec_dir()


def test_a_spec_folder_without_the_files_fails_instead_of_skipping(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv(SPEC_DIR_ENV, str(tmp_path))
    with pytest.raises(FileNotFoundError, match=r"v3-orders\.openapi\.yml"):
        require_spec_dir()


def test_the_merged_file_serves_only_sender_addresses_and_contracts(validator: ContractValidator) -> None:
    merged = validator.spec("S-MRG")
    assert {entry.template.split("/")[1] for entry in merged.paths} == {"addresses", "contracts"}
    # /parcels/statuses exists only in the merged file: it is not trusted for it, so it is unknown.
    found = validator.check(exchange("GET", "/api/v3/parcels/statuses", response={"data": []}))
    assert messages(found) == ["path: no spec file declares a path matching /parcels/statuses"]


def test_literal_paths_win_over_templated_ones_across_files(validator: ContractValidator) -> None:
    sync = validator.operation_of(exchange("POST", SYNC))
    order = validator.operation_of(exchange("GET", "/api/v3/orders/669"))
    assert (str(sync), str(order)) == ("POST /orders/create-label-sync (S-SAO)", "GET /orders/{id} (S-ORD)")
    wrong_method = validator.check(exchange("GET", SYNC, status=405, response=errors_body("405")))
    assert messages(wrong_method) == [
        "method: GET is not declared for /orders/create-label-sync in v3-ship-an-order.openapi.yml "
        "(declared: POST)"
    ]


# ------------------------------------------------------------------- the spec's own examples


def test_the_sync_request_examples_pass_except_the_two_the_notes_call_wrong(
    validator: ContractValidator,
) -> None:
    examples = spec_value(validator, "S-SAO", *CREATE_SYNC, "requestBody", *JSON_EXAMPLES)
    results = {
        name: messages(validator.check(exchange("POST", SYNC, body=ex["value"], status=400)), "request")
        for name, ex in examples.items()
    }
    # api-notes §4.2: one example sends `order` as an array, another sends `orders`.
    assert results.pop("CreateLabelUsingShipWithSync")[0].startswith("request body: $.order: [")
    assert results.pop("CreateLabelUsingSenderAddressIDSync") == [
        "request body: 'order' is a required property"
    ]
    assert results == {"CreateSingleLabelSync": [], "CreateLabelUsingBrandIDSync": []}


def test_every_upsert_example_and_its_answers_pass(validator: ContractValidator) -> None:
    requests = spec_value(validator, "S-ORD", "paths", "/orders", "post", "requestBody", *JSON_EXAMPLES)
    created = example(
        validator, "S-ORD", ("paths", "/orders", "post"), "responses", "201", "BatchOrderCreation"
    )
    for name, request in requests.items():
        found = validator.check(
            exchange("POST", "/api/v3/orders", body=request["value"], status=201, response=created)
        )
        assert found == [], name
    errors = spec_value(validator, "S-ORD", "paths", "/orders", "post", "responses", "400", *JSON_EXAMPLES)
    assert len(errors) >= 10
    for name, error in errors.items():
        found = validator.check(
            exchange("POST", "/api/v3/orders", body=[], status=400, response=error["value"])
        )
        assert found == [], name


def test_an_order_retrieval_example_and_its_404_pass(validator: ContractValidator) -> None:
    order = example(validator, "S-ORD", ORDER_PATH, "responses", "200", "RetrievingSpecificOrder")
    missing = example(validator, "S-ORD", ORDER_PATH, "responses", "404", "OrderDoesNotExist")
    assert validator.check(exchange("GET", "/api/v3/orders/669", response=order)) == []
    assert validator.check(exchange("GET", "/api/v3/orders/669", status=404, response=missing)) == []


def test_the_orders_list_example_fails_only_where_it_contradicts_its_own_schema(
    validator: ContractValidator,
) -> None:
    listing = example(validator, "S-ORD", ("paths", "/orders", "get"), "responses", "200", "Response")
    found = messages(
        validator.check(
            exchange("GET", "/api/v3/orders", query="order_number=OXSDFGHTD-12", response=listing)
        )
    )
    # The example's second order has `delivery_dates: null`; the schema says object. The harness says so.
    assert found == [
        "response body: $.data[1].order_details.order_items[0].delivery_dates: None is not of type 'object'",
        "response body: $.data[1].order_details.order_items[1].delivery_dates: None is not of type 'object'",
    ]
    for item in listing["data"][1]["order_details"]["order_items"]:
        item.pop("delivery_dates")
    link = '<https://panel.sendcloud.sc/api/v3/orders?cursor=cD0yNTM1NDIyODI%3D>; rel="next"'
    ok = exchange("GET", "/api/v3/orders", response=listing, response_headers={"Link": link})
    assert validator.check(ok) == []


def test_the_async_examples_pass(validator: ContractValidator) -> None:
    requests = spec_value(validator, "S-SAO", *CREATE_ASYNC, "requestBody", *JSON_EXAMPLES)
    answers = spec_value(validator, "S-SAO", *CREATE_ASYNC, "responses", "202", *JSON_EXAMPLES)
    for (name, request), answer in zip(requests.items(), answers.values(), strict=False):
        found = validator.check(
            exchange("POST", ASYNC, body=request["value"], status=202, response=answer["value"])
        )
        assert found == [], name


# -------------------------------------------------------------------- broken exchanges fail


def test_a_wrong_type_in_the_request_body_is_reported_with_its_path(validator: ContractValidator) -> None:
    body = {**SYNC_REQUEST, "integration_id": "70"}
    found = validator.check(exchange("POST", SYNC, body=body, status=201, response=sync_response()))
    assert found == [
        Violation(
            "POST /api/v3/orders/create-label-sync -> 201",
            "request",
            "request body: $.integration_id: '70' is not of type 'integer'",
        )
    ]


def test_an_enum_and_a_oneof_failure_say_why_each_alternative_failed(validator: ContractValidator) -> None:
    body = {
        **SYNC_REQUEST,
        "label_details": {"mime_type": "application/pdf", "dpi": 71},
        "order": {"order_number": ""},
    }
    found = messages(
        validator.check(exchange("POST", SYNC, body=body, status=400, response=errors_body("400")))
    )
    assert "request body: $.label_details.dpi: 71 is not one of [72, 150, 203, 300, 600]" in found
    oneof = next(m for m in found if m.startswith("request body: $.order:"))
    assert "is not valid under any of the given schemas" in oneof
    assert "$.order: 'order_id' is a required property" in oneof.split("#0: ")[1].split("; #1: ")[0]
    assert oneof.endswith("; #1: $.order.order_number: '' should be non-empty)")


def test_a_missing_required_field_is_reported(validator: ContractValidator) -> None:
    order = example(validator, "S-ORD", ("paths", "/orders", "post"), "requestBody", "CreateBasicOrder")
    del order[0]["payment_details"]
    created = {"data": [{"id": 1, "order_id": "555413", "order_number": "OXSDFGHTD-12"}]}
    found = validator.check(exchange("POST", "/api/v3/orders", body=order, status=201, response=created))
    assert messages(found) == ["request body: $[0]: 'payment_details' is a required property"]


def test_a_missing_required_field_in_a_response_is_reported(validator: ContractValidator) -> None:
    contracts = example(
        validator, "S-MRG", ("paths", "/contracts", "get"), "responses", "200", "RetrieveContracts"
    )
    assert validator.check(exchange("GET", "/api/v3/contracts", response=contracts)) == []
    found = validator.check(exchange("GET", "/api/v3/contracts", response={"contracts": contracts["data"]}))
    assert messages(found) == ["response body: 'data' is a required property"]


def test_an_undeclared_property_is_reported_where_additional_properties_is_false(
    validator: ContractValidator,
) -> None:
    operation = ("paths", "/integrations/{id}/logs", "post")
    log = example(validator, "S-INT", operation, "requestBody", "CreateIntegrationLog")
    created = example(validator, "S-INT", operation, "responses", "201", "CreateIntegrationLog")
    path = "/api/v3/integrations/23452345/logs"
    assert validator.check(exchange("POST", path, body=log, status=201, response=created)) == []
    found = validator.check(
        exchange("POST", path, body={**log, "severity": "high"}, status=201, response=created)
    )
    assert messages(found) == [
        "request body: Additional properties are not allowed ('severity' was unexpected)"
    ]


def test_wrong_content_types_are_reported(validator: ContractValidator) -> None:
    order = example(validator, "S-ORD", ORDER_PATH, "responses", "200", "RetrievingSpecificOrder")
    html = validator.check(exchange("GET", "/api/v3/orders/669", response=order, content_type="text/html"))
    assert messages(html) == [
        "response body: Content for the following mimetype not found: text/html. "
        "Valid mimetypes: ['application/json']"
    ]
    plain = exchange(
        "POST",
        SYNC,
        body=SYNC_REQUEST,
        request_headers={"content-type": "text/plain"},
        status=201,
        response=sync_response(),
    )
    assert messages(validator.check(plain)) == [
        "request body: Content for the following mimetype not found: text/plain. "
        "Valid mimetypes: ['application/json']"
    ]
    not_json = validator.check(exchange("GET", "/api/v3/orders/669", response=b'{"data": {"id": "6'))
    assert messages(not_json) == [
        "response body: the body cannot be read as application/json: "
        "Unterminated string starting at: line 1 column 17 (char 16)"
    ]


def test_undeclared_statuses_parameters_and_missing_credentials_are_reported(
    validator: ContractValidator,
) -> None:
    conflict = validator.check(exchange("GET", "/api/v3/orders/669", status=409, response=errors_body("409")))
    assert messages(conflict) == [
        "status: 409 is not declared for GET /orders/{id} (S-ORD) (declared: 200, 404)"
    ]
    unknown = validator.check(
        exchange("GET", "/api/v3/integrations", query="page_size=10", response={"data": []})
    )
    assert messages(unknown) == ["query parameter 'page_size': not declared by the operation"]
    repeated = validator.check(
        exchange("GET", "/api/v3/orders", query="order_number=A&order_number=B", response={"data": []})
    )
    assert messages(repeated) == ["query parameter 'order_number': given 2 times but not an array"]
    anonymous = exchange(
        "GET", "/api/v3/integrations", request_headers={"authorization": None}, response={"data": []}
    )
    assert messages(validator.check(anonymous)) == [
        "security: Security not found. "
        "Schemes not valid for any requirement: [['HTTPBasicAuth'], ['OAuth2ClientCreds']]"
    ]


def test_query_and_path_parameters_are_checked(validator: ContractValidator) -> None:
    found = validator.check(
        exchange(
            "GET",
            "/api/v3/parcels/0/documents/labels",
            query="dpi=71&paper_size=A3",
            request_headers={"accept": "application/json"},
            status=404,
            response=errors_body("404", "not_found"),
        )
    )
    assert messages(found) == [
        "path parameter 'id': 0 is less than the minimum of 1",
        "path parameter 'type': 'labels' is not one of ['label', 'customs-declaration', 'air-waybill']",
        "query parameter 'dpi': 71 is not one of [72, 150, 203, 300, 600]",
        "header parameter 'Accept': 'application/json' is not one of "
        "['application/pdf', 'application/zpl', 'image/png']",
        "query parameter 'paper_size': 'A3' is not one of ['A4', 'A5', 'A6']",
    ]
    bulk_csv = validator.check(
        exchange(
            "GET",
            "/api/v3/parcel-documents/label",
            query="parcels=1,2",
            content_type="application/pdf",
            response=PDF,
        )
    )
    assert messages(bulk_csv) == [
        "query parameter 'parcels': Query parameter error: parcels: "
        "Failed to cast value to integer type: 1,2: "
        "invalid literal for int() with base 10: '1,2'"
    ]
    bulk = exchange(
        "GET",
        "/api/v3/parcel-documents/label",
        query="parcels=1&parcels=2",
        content_type="application/pdf",
        response=PDF,
    )
    assert validator.check(bulk) == []


def test_binary_documents_are_checked_by_signature_and_accept(validator: ContractValidator) -> None:
    path = "/api/v3/parcels/420/documents/label"

    def document(accept: str, content_type: str, body: bytes) -> list[str]:
        found = validator.check(
            exchange(
                "GET",
                path,
                query="dpi=72",
                request_headers={"accept": accept},
                content_type=content_type,
                response=body,
            )
        )
        return messages(found)

    assert document("application/pdf", "application/pdf", PDF) == []
    assert document("image/png", "image/png", PNG) == []
    # The spec: a native ZPL label "will always be returned in ZPL", whatever was asked for.
    assert document("application/pdf", "application/zpl", ZPL) == []
    assert document("application/pdf", "image/png", PNG) == [
        "response content type: 'image/png' is not acceptable to the request's Accept 'application/pdf'"
    ]
    assert document("application/pdf", "application/pdf", b'{"file": "JVBERi0="}') == [
        "response body: the body cannot be read as application/pdf: the body does not start like a "
        'application/pdf file: b\'{"file": "JV\''
    ]
    assert document("application/pdf", "application/json", b"{}") == [
        "response body: Content for the following mimetype not found: application/json. "
        "Valid mimetypes: ['application/pdf', 'application/zpl', 'image/png']",
        "response content type: 'application/json' is not acceptable to the request's "
        "Accept 'application/pdf'",
    ]


def test_an_accept_header_must_admit_the_operation_s_media_type(validator: ContractValidator) -> None:
    found = validator.check(
        exchange(
            "GET",
            "/api/v3/integrations",
            request_headers={"accept": "application/pdf"},
            response={"data": []},
        )
    )
    assert messages(found, "request") == [
        "request header 'accept': 'application/pdf' admits none of the success media types "
        "['application/json']"
    ]
    for accept in ("application/json", "application/*", "*/*", "text/html, application/json;q=0.5"):
        ok = exchange(
            "GET", "/api/v3/integrations", request_headers={"accept": accept}, response={"data": []}
        )
        assert validator.check(ok) == [], accept


def test_bodies_where_none_is_declared_are_reported(validator: ContractValidator) -> None:
    assert validator.check(exchange("DELETE", "/api/v3/orders/669", status=204)) == []
    with_body = validator.check(exchange("DELETE", "/api/v3/orders/669", status=204, response={"data": None}))
    assert messages(with_body) == ["response body: DELETE /orders/{id} (S-ORD) declares no body for 204"]
    get_body = validator.check(exchange("GET", "/api/v3/integrations", body={"x": 1}, response={"data": []}))
    assert messages(get_body) == ["request body: GET /integrations (S-INT) declares no request body"]


def test_link_headers_are_checked_where_declared_and_refused_elsewhere(validator: ContractValidator) -> None:
    def listing(link: str, path: str = "/api/v3/orders") -> list[str]:
        return messages(
            validator.check(exchange("GET", path, response={"data": []}, response_headers={"link": link}))
        )

    prev_next = (
        '<http://127.0.0.1:8080/api/v3/orders?cursor=cj0xJnA9MzAw>; rel="prev", '
        '<http://127.0.0.1:8080/api/v3/orders?page_size=2&cursor=bz0y>; rel="next"'
    )
    assert listing(prev_next) == []
    assert listing("http://127.0.0.1:8080/api/v3/orders?cursor=x; rel=next") == [
        "response header 'link': 'http://127.0.0.1:8080/api/v3/orders?cursor=x; rel=next' "
        'is not `<uri>; rel="…"`'
    ]
    assert listing('<http://127.0.0.1:8080/api/v3/shipments?cursor=x>; rel="last"') == [
        "response header 'link': rel 'last': only next and prev are documented",
        "response header 'link': 'http://127.0.0.1:8080/api/v3/shipments?cursor=x' leaves /api/v3/orders",
    ]
    assert listing('</api/v3/orders?page=2>; rel="next"') == [
        "response header 'link': '/api/v3/orders?page=2' is not an absolute URI",
        "response header 'link': '/api/v3/orders?page=2' has no cursor",
    ]
    assert listing('<http://h/api/v3/integrations?cursor=x>; rel="next"', "/api/v3/integrations") == [
        "response header 'link': '<http://h/api/v3/integrations?cursor=x>; rel=\"next\"' "
        "is not declared for this response"
    ]


def test_the_simulator_route_must_be_the_spec_operation(validator: ContractValidator) -> None:
    routed = exchange(
        "GET",
        "/api/v3/orders/669",
        path_template="/orders",
        status=404,
        response=errors_body("404", "not_found"),
    )
    assert messages(validator.check(routed)) == [
        "route: the simulator handled this as '/orders'; the spec operation is GET /orders/{id} (S-ORD)"
    ]
    same = exchange(
        "GET",
        "/api/v3/orders/669",
        path_template="/orders/{order_id}",
        status=404,
        response=errors_body("404", "not_found"),
    )
    assert validator.check(same) == []


def test_assert_exchanges_conform_lists_every_violation(validator: ContractValidator) -> None:
    good = exchange("GET", "/api/v3/integrations", response={"data": []})
    bad = exchange("GET", "/api/v3/orders/669", status=409, response=errors_body("409"))
    assert_exchanges_conform([good], validator)
    with pytest.raises(AssertionError) as raised:
        assert_exchanges_conform([good, bad, bad], validator)
    text = str(raised.value)
    assert text.startswith("2 contract violation(s) in 3 exchange(s)")
    assert text.count("GET /api/v3/orders/669 -> 409 [response] status: 409 is not declared") == 2


# ---------------------------------------------------------------------------- the deviations


def test_every_deviation_is_written_down_and_nothing_else() -> None:
    text = DOCS.read_text(encoding="utf-8")
    documented = set(re.findall(r"^\| `([a-z0-9-]+)` \|", text, flags=re.MULTILINE))
    assert documented == {d.id for d in DEVIATIONS}
    assert len({d.id for d in DEVIATIONS}) == len(DEVIATIONS)
    for deviation in DEVIATIONS:
        row = next(line for line in text.splitlines() if line.startswith(f"| `{deviation.id}` |"))
        assert deviation.notes.split(",")[0].split(" ")[0] in row, deviation.id


def test_sync_label_documented_shape_is_validated_field_by_field(
    validator: ContractValidator, strict: ContractValidator
) -> None:
    ok = exchange("POST", SYNC, body=SYNC_REQUEST, status=201, response=sync_response())
    assert validator.check(ok) == []
    assert messages(strict.check(ok))[0].startswith("response body: $.data: [{")

    def sync(response: Any) -> list[str]:
        return messages(
            validator.check(exchange("POST", SYNC, body=SYNC_REQUEST, status=201, response=response))
        )

    no_file = sync_response()
    del no_file["data"][0]["label"]["file"]
    assert sync(no_file)[0].startswith("response body: $.data: [{")  # not the documented shape
    extra = sync_response(width=4)
    assert sync(extra)[0].startswith("response body: $.data: [{")
    two = sync_response()
    two["data"].append(copy.deepcopy(two["data"][0]))
    assert sync(two)[0].startswith("response body: $.data: [{")
    schema_name = {
        "data": [{**sync_response()["data"][0], "label_details": sync_response()["data"][0]["label"]}]
    }
    assert sync(schema_name)[0].startswith("response body: $.data: [{")
    assert sync(sync_response(file="%%% not base64 %%%")) == [
        "response body: $.data.label_details.file: '%%% not base64 %%%' is not a 'byte'"
    ]
    assert sync(sync_response(dpi=96)) == [
        "response body: $.data.label_details.dpi: 96 is not one of [72, 150, 203, 300, 600]"
    ]
    wrong_id = sync_response()
    wrong_id["data"][0]["parcel_id"] = "420"
    assert sync(wrong_id) == ["response body: $.data.parcel_id: '420' is not of type 'integer'"]
    # The schema's own shape stays valid too.
    assert sync({"data": {**sync_response()["data"][0]}}) == []


def test_a_list_of_integrations_is_refused(validator: ContractValidator) -> None:
    """`integration` is an integer: the client filters several integrations itself (§7.6)."""

    def orders(query: str) -> list[str]:
        return messages(
            validator.check(exchange("GET", "/api/v3/orders", query=query, response={"data": []}))
        )

    assert orders("integration=70&order_number=ORDER-1") == []
    assert orders("integration=70,418")[0].startswith("query parameter 'integration': ")
    assert orders("page_size=100,200")[0].startswith("query parameter 'page_size': ")


@pytest.mark.parametrize(
    ("path", "selectors"),
    [
        (SYNC, lambda s: {"integration_id": 70, "order": s}),
        (ASYNC, lambda s: {"integration_id": 70, "orders": [s]}),
    ],
    ids=["sync", "async"],
)
def test_a_selector_names_the_order_by_exactly_one_id(
    validator: ContractValidator, path: str, selectors: Any
) -> None:
    def check(selector: dict[str, Any]) -> list[str]:
        return messages(
            validator.check(
                exchange("POST", path, body=selectors(selector), status=400, response=errors_body("400"))
            ),
            "request",
        )

    order_id, order_number = {"order_id": "d59e8b1c-04ca-4b38-90cf-e11083506e22"}, {"order_number": "ORDER-1"}
    assert check(order_id) == []
    assert check(order_number) == []
    assert "is valid under each of" in check({**order_id, **order_number})[0]
    assert "is too long" in check({"order_id": "x" * 65})[0]
    assert "is not valid under any of the given schemas" in check({"apply_shipping_rules": True})[0]


def test_undeclared_401_needs_the_json_api_error_body(
    validator: ContractValidator, strict: ContractValidator
) -> None:
    unauthorized = spec_value(validator, "S-ORD", "components", "responses", "Unauthorized", *JSON_EXAMPLES)
    for name, body in unauthorized.items():
        answer = exchange("GET", "/api/v3/orders/669", status=401, response=body["value"])
        assert validator.check(answer) == [], name
        assert messages(strict.check(answer)) == [
            "status: 401 is not declared for GET /orders/{id} (S-ORD) (declared: 200, 404)"
        ]
    html = validator.check(
        exchange("GET", "/api/v3/orders/669", status=401, response=b"<h1>401</h1>", content_type="text/html")
    )
    assert messages(html) == ["response content type: 'text/html', expected application/json"]
    no_detail = {"errors": [{"status": "401", "code": "authentication_failed"}]}
    found = validator.check(exchange("GET", "/api/v3/orders/669", status=401, response=no_detail))
    assert messages(found) == ["response body: $.errors[0]: 'detail' is a required property"]
    forbidden = validator.check(
        exchange("GET", "/api/v3/orders/669", status=403, response=errors_body("403", "forbidden"))
    )
    assert messages(forbidden)[0].startswith("status: 403 is not declared")


def test_429_bodies_may_carry_the_documented_integer_status_and_code(
    validator: ContractValidator, strict: ContractValidator
) -> None:
    documented = {
        "errors": [
            {
                "code": "hit_rate_limit",
                "detail": "Rate limit exceeded: 30 per 1 minute",
                "title": "Rate limit exceeded",
                "status": 429,
            }
        ]
    }
    strictly = {
        "/api/v3/orders/669": "status: 429 is not declared for GET /orders/{id} (S-ORD) (declared: 200, 404)",
        # GET /contracts declares 429 "Throttled", without a body.
        "/api/v3/contracts": "response body: GET /contracts (S-MRG) declares no body for 429",
        "/api/v3/shipments": "status: 429 is not declared for GET /shipments (S-SH) "
        "(declared: 200, 400, 404)",
    }
    for path, refusal in strictly.items():
        answer = exchange("GET", path, status=429, response=documented, response_headers={"Retry-After": "3"})
        assert validator.check(answer) == [], path
        assert messages(strict.check(answer))[0] == refusal
    string_status = {"errors": [{**documented["errors"][0], "status": "429"}]}
    assert validator.check(exchange("GET", "/api/v3/orders/669", status=429, response=string_status)) == []

    def rate_limited(body: Any, status: int = 429, path: str = "/api/v3/orders/669") -> list[str]:
        return messages(validator.check(exchange("GET", path, status=status, response=body)))

    assert rate_limited({"errors": [{**documented["errors"][0], "status": 430}]}) == [
        "response body: $.errors[0].status: 430 is not of type 'string'"
    ]
    assert rate_limited({"errors": [{**documented["errors"][0], "code": "slow_down"}]})[0].startswith(
        "response body: $.errors[0].code: 'slow_down' is not one of"
    )
    # Neither relaxation leaks to other statuses.
    bad_request = {"errors": [{**documented["errors"][0], "status": 400}]}
    found = rate_limited(bad_request, 400, "/api/v3/orders")
    assert "response body: $.errors[0].status: 400 is not of type 'string'" in found
    assert any(m.startswith("response body: $.errors[0].code: 'hit_rate_limit' is not one of") for m in found)


def test_server_errors_need_an_error_body_with_any_code(
    validator: ContractValidator, strict: ContractValidator
) -> None:
    body = errors_body("500", "server_error", "Internal server error.")
    answer = exchange("POST", SYNC, body=SYNC_REQUEST, status=500, response=body)
    assert validator.check(answer) == []
    assert messages(strict.check(answer)) == [
        "status: 500 is not declared for POST /orders/create-label-sync (S-SAO) (declared: 201, 400, 404)"
    ]
    shipments = exchange("GET", "/api/v3/shipments", query="order_number=A", status=503, response=body)
    assert validator.check(shipments) == []
    assert messages(
        validator.check(
            exchange(
                "POST",
                SYNC,
                body=SYNC_REQUEST,
                status=502,
                response=b"Bad gateway",
                content_type="text/plain",
            )
        )
    ) == ["response content type: 'text/plain', expected application/json"]
    assert messages(
        validator.check(
            exchange("POST", SYNC, body=SYNC_REQUEST, status=500, response=errors_body(500, "server_error"))
        )
    ) == ["response body: $.errors[0].status: 500 is not of type 'string'"]
    assert messages(
        validator.check(
            exchange("POST", SYNC, body=SYNC_REQUEST, status=500, response=errors_body("500", ""))
        )
    ) == ["response body: $.errors[0].code: '' should be non-empty"]


def test_retry_after_is_allowed_on_429_and_503_only_with_a_valid_value(validator: ContractValidator) -> None:
    def answer(status: int, retry_after: str) -> list[str]:
        body = errors_body(str(status), "hit_rate_limit" if status == 429 else "server_error")
        return messages(
            validator.check(
                exchange(
                    "GET",
                    "/api/v3/integrations",
                    status=status,
                    response=body,
                    response_headers={"Retry-After": retry_after},
                )
            )
        )

    assert answer(429, "2") == []
    assert answer(503, "Wed, 21 Oct 2026 07:28:00 GMT") == []
    assert answer(429, "soon") == ["response header 'retry-after': 'soon' is not declared for this response"]
    assert answer(500, "2") == ["response header 'retry-after': '2' is not declared for this response"]
    ratelimit = validator.check(
        exchange(
            "GET",
            "/api/v3/integrations",
            response={"data": []},
            response_headers={"X-RateLimit-Remaining": "10"},
        )
    )
    assert messages(ratelimit) == [
        "response header 'x-ratelimit-remaining': '10' is not declared for this response"
    ]


def test_empty_shipment_search_is_allowed_and_nothing_else_is_relaxed(
    validator: ContractValidator, strict: ContractValidator
) -> None:
    empty = exchange("GET", "/api/v3/shipments", query="order_number=ORDER-1", response={"data": []})
    assert validator.check(empty) == []
    assert messages(strict.check(empty)) == ["response body: $.data: [] should be non-empty"]
    assert messages(validator.check(exchange("GET", "/api/v3/shipments", response={})))[0] == (
        "response body: 'data' is a required property"
    )
    assert messages(validator.check(exchange("GET", "/api/v3/shipments", response={"data": [{"id": 5}]})))[
        0
    ].startswith("response body: $.data[0]")


def test_shipments_errors_are_the_documented_envelope(
    validator: ContractValidator, strict: ContractValidator
) -> None:
    operation = ("paths", "/shipments", "get")
    invalid_cursor = example(validator, "S-SH", operation, "responses", "404", "InvalidCursor")
    answer = exchange("GET", "/api/v3/shipments", query="cursor=x", status=404, response=invalid_cursor)
    assert validator.check(answer) == []
    assert messages(strict.check(answer))[0].endswith("is not of type 'array'")
    no_detail = {"errors": [{"status": "404", "code": "not_found"}]}
    assert messages(
        validator.check(exchange("GET", "/api/v3/shipments", status=404, response=no_detail))
    ) == ["response body: $[0]: 'detail' is a required property"]
    extra = {**invalid_cursor, "meta": {}}
    assert messages(validator.check(exchange("GET", "/api/v3/shipments", status=404, response=extra)))[
        0
    ].endswith("is not of type 'array'")


def test_shipment_cancel_examples_pass_and_its_errors_are_the_documented_envelope(
    validator: ContractValidator, strict: ContractValidator
) -> None:
    operation = ("paths", "/shipments/{id}/cancel", "post")
    path = "/api/v3/shipments/500001/cancel"
    for status, name in (("200", "Cancelled"), ("202", "Cancelled")):
        answer = example(validator, "S-SH", operation, "responses", status, name)
        assert validator.check(exchange("POST", path, status=int(status), response=answer)) == []
    for status, name in (("404", "ShipmentToBeCancelledNotFound"), ("409", "CancellationRejected")):
        refused = example(validator, "S-SH", operation, "responses", status, name)
        answer = exchange("POST", path, status=int(status), response=refused)
        assert validator.check(answer) == []
        assert messages(strict.check(answer))[0].endswith("is not of type 'array'")
    no_message = {"data": {"status": "cancelled"}}
    assert messages(validator.check(exchange("POST", path, status=200, response=no_message))) == [
        "response body: $.data: 'message' is a required property"
    ]
