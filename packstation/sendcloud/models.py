"""Pydantic models of the Sendcloud API v3 shapes Packstation sends and receives.

Three kinds of model, because the API is not symmetrical:

* `RequestModel`: bodies only we build. Unknown fields are refused, so a typo fails here instead of
  being sent (Sendcloud answers unknown fields with a 400 `unknown_field`, or silently ignores them).
* `ResponseModel`: bodies only Sendcloud builds. Unknown fields are kept (Sendcloud adds fields
  without notice), but declared fields keep their declared types and required fields stay required.
* `SharedModel`: the Order tree and `ShipWith`, which travel both ways (GET an order, POST it back).
  Unknown fields are kept when a *response* is parsed (validation context `RESPONSE_CONTEXT`) and
  refused when a caller builds one; so are the rules Sendcloud applies only to what it is sent
  (`required_when_sent`, a quantity of at least 1).

Answers are read tolerantly: a field the station does not need is optional here whenever the spec
leaves it optional, so a spec-valid answer without it is never unreadable (tests/contract/
test_tolerant_reader.py drives this with the spec's own examples). Only what the station cannot do
without is required: the ids that name an order, a shipment and a parcel, `data`, and a label's
parcel id and file (whose absence makes the outcome unknown, `SendcloudClient.create_label_sync`).

Long on purpose (~1,180 lines): one pydantic model per API shape the station sends or reads; they
reference each other, and one module keeps that web in one place.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime
from typing import Annotated, Any, ClassVar, Final, Generic, Literal, Self, TypeVar
from urllib.parse import parse_qs, urlsplit

from pydantic import (
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    SerializerFunctionWrapHandler,
    ValidationInfo,
    field_serializer,
    field_validator,
    model_serializer,
    model_validator,
)

RESPONSE_CONTEXT: Final[Mapping[str, bool]] = {"packstation.sendcloud.response": True}
"""Validation context that marks a body as coming from Sendcloud (unknown fields are then kept)."""

LabelMimeType = Literal["application/pdf", "application/zpl", "image/png"]
DocumentType = Literal["label", "customs-declaration", "air-waybill", "proof-of-delivery"]
PaperSize = Literal["A4", "A5", "A6"]
Currency = Literal["EUR", "GBP", "USD"]  # Orders API price enum [SPEC S-ORD]; it really has only 3
DimensionUnit = Literal["cm", "mm", "m", "yd", "ft", "in"]
WeightUnit = Literal["kg", "g", "lbs", "oz"]
VolumeUnit = Literal["m3", "cm3", "l", "ml", "gal"]

T = TypeVar("T")


# Validators are built at import, deliberately: with pydantic's defer_build they were built on
# first use instead, and two worker threads doing that at once crashed the process (segfault in
# tests/qt, 2026-11-23). ~60 ms of start-up is the price.
class RequestModel(BaseModel):
    """A body Packstation sends: unknown fields are an error."""

    model_config = ConfigDict(extra="forbid")


class ResponseModel(BaseModel):
    """A body Sendcloud sends: unknown fields are kept, declared ones are typed."""

    model_config = ConfigDict(extra="allow")


def _is_response(info: ValidationInfo) -> bool:
    return bool(info.context and info.context.get("packstation.sendcloud.response"))


class SharedModel(BaseModel):
    """A shape that travels both ways: unknown fields only when parsing a response."""

    model_config = ConfigDict(extra="allow")
    # Optional in Sendcloud's answers (the spec requires nothing there), needed in what we send.
    required_when_sent: ClassVar[tuple[str, ...]] = ()

    @model_validator(mode="after")
    def _strict_outside_responses(self, info: ValidationInfo) -> Self:
        if _is_response(info):
            return self
        if self.model_extra:
            raise ValueError(f"unknown field(s): {', '.join(sorted(self.model_extra))}")
        missing = [name for name in self.required_when_sent if getattr(self, name) is None]
        if missing:
            raise ValueError(f"missing field(s): {', '.join(missing)}")
        return self


# --------------------------------------------------------------------------------------------------
# JSON:API errors (api-notes §2)


def _status_as_str(value: object) -> object:
    # §7.4: `status` is a string in nearly every example but an integer in the 429 example.
    return str(value) if isinstance(value, int) and not isinstance(value, bool) else value


class ErrorSource(ResponseModel):
    pointer: str | None = None  # JSON pointer into the request body
    parameter: str | None = None  # query parameter
    header: str | None = None


class ApiErrorDetail(ResponseModel):
    """One JSON:API error object. `status`, `code` and `detail` are required by the spec."""

    # Required in an `errors` array; the spec's object form leaves them optional, so they are read
    # as empty rather than losing the rest of the error.
    status: Annotated[str, BeforeValidator(_status_as_str)] = ""
    code: str = ""
    detail: str = ""
    title: str | None = None
    id: str | None = None
    source: ErrorSource | None = None
    links: dict[str, Any] | None = None
    meta: dict[str, Any] | None = None

    @property
    def status_code(self) -> int | None:
        return int(self.status) if self.status.isdigit() else None

    @property
    def pointer(self) -> str | None:
        return self.source.pointer if self.source else None

    def describe(self) -> str:
        """The detail text plus where it points, for showing to a person verbatim."""
        where = None
        if self.source is not None:
            where = self.source.pointer or self.source.parameter or self.source.header
        text = self.detail or self.title or self.code or "no detail given"
        return f"{text} (at {where})" if where else text


_ERROR_OBJECT_KEYS = frozenset({"status", "code", "detail", "title", "source"})


def _one_or_many(value: object) -> object:
    # The spec types the top-level `errors` as "array | object" and constrains only the array. An
    # object is read as one error object, or else as field names with their messages, so that
    # Sendcloud's words reach the packer either way.
    if not isinstance(value, dict):
        return value
    if value.keys() & _ERROR_OBJECT_KEYS:
        return [value]
    return [
        {
            "detail": "; ".join(map(str, said)) if isinstance(said, list) else str(said),
            "source": {"pointer": f"/{name}"},
        }
        for name, said in value.items()
    ]


ErrorList = Annotated[list[ApiErrorDetail], BeforeValidator(_one_or_many)]


class ErrorEnvelope(ResponseModel):
    errors: ErrorList


_ORDERS_INDEX = re.compile(r"/orders/(?:\[(\d+)\]|(\d+))(?=/|$)")
_ANY_INDEX = re.compile(r"\[(\d+)\]|/(\d+)(?=/|$)")


def order_index_from_pointer(pointer: str | None) -> int | None:
    """The 0-based request-array index a JSON pointer refers to, or `None`.

    Sendcloud writes pointers in several styles (api-notes §2): `/data/attributes/orders/[1]`,
    `/data/attributes/orders/0/order_id`, `/data/attributes/[1]/order_details/…`. An index right
    after an `orders` segment wins; otherwise the first `[N]` or `/N/` segment is taken.
    """
    if not pointer:
        return None
    match = _ORDERS_INDEX.search(pointer) or _ANY_INDEX.search(pointer)
    if match is None:
        return None
    return int(match.group(1) or match.group(2))


_PARCELS_INDEX = re.compile(r"/parcels/(?:\[(\d+)\]|(\d+))(?:/|$)")


def parcel_index_from_pointer(pointer: str | None) -> int | None:
    """The 0-based index in an order's `parcels[]` (multicollo) a JSON pointer refers to, or `None`.

    `/data/attributes/orders/[0]/parcels/[1]/weight` → 1; both `[N]` and `/N/` styles (api-notes §2).
    An error that names an order but no parcel concerns the whole order."""
    if not pointer:
        return None
    match = _PARCELS_INDEX.search(pointer)
    if match is None:
        return None
    return int(match.group(1) or match.group(2))


# --------------------------------------------------------------------------------------------------
# Shared small shapes


class ShipWithProperties(SharedModel):
    # Mandatory in practice when type is shipping_option_code (`ShipWith.option` always sets it),
    # but an answer without it is still read: the station never needs it back.
    shipping_option_code: str | None = None
    contract_id: int | None = Field(default=None, ge=1)


class ShipWith(SharedModel):
    """How to ship: today always a `shipping_option_code` (e.g. `postnl:standard`)."""

    type: Literal["shipping_option_code"] = "shipping_option_code"
    properties: ShipWithProperties

    @model_validator(mode="after")
    def _type_is_always_sent(self) -> Self:
        # Sendcloud requires `type`; requests are serialised with `exclude_unset`, which would
        # otherwise drop a defaulted discriminator.
        self.model_fields_set.add("type")
        return self

    @classmethod
    def option(cls, shipping_option_code: str, contract_id: int | None = None) -> ShipWith:
        return cls(
            properties=ShipWithProperties(shipping_option_code=shipping_option_code, contract_id=contract_id)
        )


class Document(ResponseModel):
    """A document attached to a parcel, downloadable from the parcel-documents endpoint."""

    type: str | None = None  # deprecated in favour of document_type
    document_type: str | None = None
    size: str | None = None
    link: str | None = None


class StrDimensions(RequestModel):
    """Parcel dimensions for Ship an Order and Shipping Options: numbers as strings (`"1.320"`)."""

    length: str
    width: str
    height: str
    unit: DimensionUnit


class StrWeight(RequestModel):
    value: str
    unit: WeightUnit


# --------------------------------------------------------------------------------------------------
# Orders (api-notes §3.3)


class Price(SharedModel):
    required_when_sent = ("value", "currency")

    value: float | None = None
    currency: Currency | None = None


class Costs(SharedModel):
    value: str | None = Field(default=None, pattern=r"^\d+(\.\d+)?$")
    currency: str | None = None


class Dimension(SharedModel):
    length: float = Field(ge=0)
    width: float = Field(ge=0)
    height: float = Field(ge=0)
    unit: DimensionUnit


class Weight(SharedModel):
    value: float = Field(gt=0)
    unit: WeightUnit


class Volume(SharedModel):
    value: int = Field(ge=0)
    unit: VolumeUnit


class Measurement(SharedModel):
    dimension: Dimension | None = None
    weight: Weight | None = None
    volume: Volume | None = None


class DeliveryDates(SharedModel):
    handover_at: datetime | None = None
    deliver_at: datetime | None = None


class DangerousGoods(SharedModel):
    chemical_record_identifier: str | None = None
    regulation_set: Literal["IATA", "ADR"] | None = None
    packaging_type_quantity: str | None = None
    packaging_type: str | None = None
    packaging_instruction_code: str | None = None
    id_number: str | None = None
    class_division_number: str | None = None
    quantity: str | None = None
    unit_of_measurement: Literal["KG", "G", "L", "ML"] | None = None
    proper_shipping_name: str | None = None
    commodity_regulated_level_code: Literal["LQ", "EQ"] | None = None
    transportation_mode: Literal["Highway", "Ground", "PAX", "CAO"] | None = None
    emergency_contact_name: str | None = None
    emergency_contact_phone: str | None = None
    adr_packing_group_letter: Literal["I", "II", "III"] | None = None
    local_proper_shipping_name: str | None = None
    transport_category: str | None = None
    tunnel_restriction_code: str | None = None
    weight_type: Literal["Net", "Gross"] | None = None


class OrderItem(SharedModel):
    name: str
    quantity: int
    total_price: Price
    item_id: str | None = Field(default=None, min_length=1)
    product_id: str | None = None
    variant_id: str | None = None
    image_url: str | None = None
    description: str | None = None
    sku: str | None = None
    ean: str | None = None
    hs_code: str | None = None
    country_of_origin: str | None = Field(default=None, min_length=2, max_length=2)
    properties: dict[str, Any] | None = None
    unit_price: Price | None = None
    measurement: Measurement | None = None
    delivery_dates: DeliveryDates | None = None
    mid_code: str | None = None
    material_content: str | None = None
    intended_use: str | None = None
    dangerous_goods: DangerousGoods | None = None

    @field_validator("quantity")
    @classmethod
    def _positive_when_sent(cls, quantity: int, info: ValidationInfo) -> int:
        # The spec puts no minimum on it (a misplaced `minLength: 1`), and a shop may hand Sendcloud
        # a line of 0, but Sendcloud refuses 0 in what it is sent.
        if quantity < 1 and not _is_response(info):
            raise ValueError("Input should be greater than or equal to 1")
        return quantity


class IntegrationRef(SharedModel):
    id: int


class Status(SharedModel):
    code: str = Field(min_length=1)
    message: str | None = None


class OrderDetails(SharedModel):
    integration: IntegrationRef
    status: Status
    order_created_at: datetime
    order_items: list[OrderItem]
    order_updated_at: datetime | None = None
    notes: str | None = None
    tags: list[str] | None = None


class PaymentDetails(SharedModel):
    total_price: Price
    status: Status
    is_cash_on_delivery: bool | None = None
    subtotal_price: Price | None = None
    estimated_shipping_price: Price | None = None
    estimated_tax_price: Price | None = None
    invoice_date: str | None = None
    discount_granted: Costs | None = None
    insurance_costs: Costs | None = None
    freight_costs: Costs | None = None
    other_costs: Costs | None = None


class TaxNumber(SharedModel):
    name: str | None = None
    country_code: str | None = None
    value: str | None = None


class CustomsTaxNumbers(SharedModel):
    sender: list[TaxNumber] | None = None
    receiver: list[TaxNumber] | None = None
    importer_of_record: list[TaxNumber] | None = None


class CustomsDetails(SharedModel):
    commercial_invoice_number: str | None = None
    shipment_type: Literal["gift", "commercial_goods", "commercial_sample", "returned_goods"] | None = None
    export_type: Literal["private", "commercial_b2c", "commercial_b2b"] | None = None
    tax_numbers: CustomsTaxNumbers | None = None


class CustomerDetails(SharedModel):
    name: str
    phone_number: str | None = None
    email: str | None = None


class Address(SharedModel):
    """A billing or shipping address of an order (five fields required there)."""

    name: str = Field(min_length=1)
    address_line_1: str
    postal_code: str = Field(min_length=1)
    city: str = Field(min_length=1)
    country_code: str = Field(min_length=1)
    company_name: str | None = None
    house_number: str | None = None
    address_line_2: str | None = None
    po_box: str | None = None
    state_province_code: str | None = None
    email: str | None = None
    phone_number: str | None = None


class ShippingDetails(SharedModel):
    is_local_pickup: bool | None = None
    delivery_indicator: str | None = None
    measurement: Measurement | None = None
    ship_with: ShipWith | None = None


class ServicePointDetails(SharedModel):
    """Either Sendcloud's service point `id` or the carrier's `carrier_service_point_id`."""

    id: str | None = None
    carrier_service_point_id: str | None = None
    post_number: str | None = None
    latitude: str | None = None
    longitude: str | None = None
    type: str | None = None
    extra_data: dict[str, Any] | None = None

    @model_validator(mode="after")
    def _one_identifier(self) -> Self:
        if self.id is None and self.carrier_service_point_id is None:
            raise ValueError("a service point needs `id` or `carrier_service_point_id`")
        return self


class Order(SharedModel):
    """A Sendcloud v3 order, as listed, fetched, and upserted.

    `id` is Sendcloud's internal id. §7.3: it comes back as a string from GET and as an integer from
    POST/PATCH, and must be *sent* as a string, so it is accepted as either and always serialised
    as a string. `created_at`/`modified_at` are read-only and never sent.
    """

    order_id: str = Field(min_length=1)
    order_number: str = Field(min_length=1)
    order_details: OrderDetails
    payment_details: PaymentDetails
    id: int | str | None = None
    created_at: datetime | None = None
    modified_at: datetime | None = None
    customs_details: CustomsDetails | None = None
    customer_details: CustomerDetails | None = None
    billing_address: Address | None = None
    shipping_address: Address | None = None
    shipping_details: ShippingDetails | None = None
    service_point_details: ServicePointDetails | None = None

    @field_serializer("id")
    def _id_as_string(self, value: int | str | None) -> str | None:
        return None if value is None else str(value)

    @property
    def sendcloud_id(self) -> int | None:
        """The internal id as an integer (what `get_order` and friends take)."""
        if self.id is None:
            return None
        return int(self.id)

    @property
    def integration_id(self) -> int:
        return self.order_details.integration.id

    @property
    def weight(self) -> Weight | None:
        """The order's own weight (`shipping_details.measurement.weight`), where it has one."""
        measurement = self.shipping_details.measurement if self.shipping_details else None
        return measurement.weight if measurement else None


READ_ONLY_ORDER_FIELDS: Final = frozenset({"created_at", "modified_at"})


class OrderRef(ResponseModel):
    """What POST /orders and PATCH /orders/{id} return per order. `id` is an integer there."""

    id: int  # the one way to address the order just saved
    order_id: str | None = None
    order_number: str | None = None


class OrderListEnvelope(ResponseModel):
    data: list[Order]


class OrderEnvelope(ResponseModel):
    data: Order


class OrderRefListEnvelope(ResponseModel):
    data: list[OrderRef]


class OrderRefEnvelope(ResponseModel):
    data: OrderRef


# PATCH /orders/{id} (api-notes §3.4): the same tree with nothing required. Serialised with
# `exclude_unset`, so only what the caller set is sent.


class DimensionUpdate(RequestModel):
    length: float | None = Field(default=None, ge=0)
    width: float | None = Field(default=None, ge=0)
    height: float | None = Field(default=None, ge=0)
    unit: DimensionUnit | None = None


class WeightUpdate(RequestModel):
    value: float | None = Field(default=None, gt=0)
    unit: WeightUnit | None = None


class VolumeUpdate(RequestModel):
    value: int | None = Field(default=None, ge=0)
    unit: VolumeUnit | None = None


class MeasurementUpdate(RequestModel):
    dimension: DimensionUpdate | None = None
    weight: WeightUpdate | None = None
    volume: VolumeUpdate | None = None


class StatusUpdate(RequestModel):
    code: str | None = None
    message: str | None = None


class IntegrationRefUpdate(RequestModel):
    id: int | None = Field(default=None, ge=1)


class OrderItemUpdate(RequestModel):
    """A line to change; Sendcloud matches it by `name`, so include the name."""

    name: str | None = None
    item_id: str | None = None
    product_id: str | None = None
    description: str | None = None
    quantity: int | None = Field(default=None, ge=0)
    sku: str | None = None
    hs_code: str | None = None
    country_of_origin: str | None = Field(default=None, min_length=2, max_length=2)
    properties: dict[str, Any] | None = None
    unit_price: Price | None = None
    total_price: Price | None = None
    measurement: Measurement | None = None
    mid_code: str | None = None
    material_content: str | None = None
    intended_use: str | None = None
    delivery_dates: DeliveryDates | None = None


class OrderDetailsUpdate(RequestModel):
    integration: IntegrationRefUpdate | None = None
    status: StatusUpdate | None = None
    order_created_at: datetime | None = None
    order_updated_at: datetime | None = None
    order_items: list[OrderItemUpdate] | None = None
    notes: str | None = None
    tags: list[str] | None = None


class PaymentDetailsUpdate(RequestModel):
    total_price: Price | None = None
    subtotal_price: Price | None = None
    estimated_shipping_price: Price | None = None
    estimated_tax_price: Price | None = None
    status: StatusUpdate | None = None
    invoice_date: str | None = None
    discount_granted: Costs | None = None
    insurance_costs: Costs | None = None
    freight_costs: Costs | None = None
    other_costs: Costs | None = None


class CustomerDetailsUpdate(RequestModel):
    # The partial-update schema says `phone` where the Order schema says `phone_number` (a spec
    # inconsistency, api-notes §3.4); both are offered, send the one your account accepts.
    name: str | None = None
    phone: str | None = None
    phone_number: str | None = None
    email: str | None = None


class AddressUpdate(RequestModel):
    name: str | None = Field(default=None, min_length=1)
    company_name: str | None = None
    address_line_1: str | None = None
    house_number: str | None = None
    address_line_2: str | None = None
    postal_code: str | None = Field(default=None, min_length=1)
    city: str | None = Field(default=None, min_length=1)
    po_box: str | None = None
    state_province_code: str | None = None
    country_code: str | None = Field(default=None, min_length=1)
    email: str | None = None
    phone_number: str | None = None


class ShippingDetailsUpdate(RequestModel):
    is_local_pickup: bool | None = None
    delivery_indicator: str | None = None
    measurement: MeasurementUpdate | None = None
    ship_with: ShipWith | None = None


class OrderUpdate(RequestModel):
    """PATCH body: every field optional; only fields you set are sent."""

    order_id: str | None = None
    order_number: str | None = None
    order_details: OrderDetailsUpdate | None = None
    payment_details: PaymentDetailsUpdate | None = None
    customs_details: CustomsDetails | None = None
    customer_details: CustomerDetailsUpdate | None = None
    billing_address: AddressUpdate | None = None
    shipping_address: AddressUpdate | None = None
    shipping_details: ShippingDetailsUpdate | None = None
    service_point_details: ServicePointDetails | None = None


# --------------------------------------------------------------------------------------------------
# Ship an Order (api-notes §4)


class OrderSelector(RequestModel):
    """Which order to ship: by `order_id` or by `order_number`.

    Sendcloud's selector is a strict `oneOf` of the two ids, so a spec-strict server refuses a
    selector carrying both: exactly one goes over the wire, `order_id` when it is known (order
    numbers may repeat, api-notes §3.2), else `order_number`. A known order number is still kept
    here, never sent: it names the order in messages and finds its parcels after an unknown outcome.
    """

    order_id: str | None = Field(default=None, min_length=1, max_length=64)
    order_number: str | None = Field(default=None, min_length=1, max_length=255)
    apply_shipping_rules: bool = False

    @model_validator(mode="after")
    def _needs_an_identifier(self) -> Self:
        if self.order_id is None and self.order_number is None:
            raise ValueError("name the order by its order number or its order id")
        return self

    @model_serializer(mode="wrap")
    def _one_id_on_the_wire(self, handler: SerializerFunctionWrapHandler) -> dict[str, Any]:
        body: dict[str, Any] = handler(self)
        if self.order_id is not None:
            body.pop("order_number", None)
        return body

    def describe(self) -> str:
        if self.order_number is not None:
            return self.order_number
        return f"with order id {self.order_id}"


class ParcelItem(RequestModel):
    item_id: str = Field(min_length=1)
    quantity: int = Field(ge=1)


class LabelParcel(RequestModel):
    """One parcel of a multicollo shipment (async only)."""

    parcel_items: list[ParcelItem] = Field(max_length=1000)
    dimensions: StrDimensions | None = None
    weight: StrWeight | None = None


class AsyncOrder(OrderSelector):
    """An order for `create_labels_async`.

    `integration_id` is client-side only (never sent): when set, the client checks that every order
    of one request belongs to the same integration, as Sendcloud requires (api-notes §4.1).
    """

    parcels: list[LabelParcel] | None = Field(default=None, min_length=1, max_length=50)
    integration_id: int | None = Field(default=None, exclude=True)


class LabelDetails(RequestModel):
    mime_type: LabelMimeType
    dpi: int


class CreateLabelSyncRequest(RequestModel):
    integration_id: int
    order: OrderSelector
    sender_address_id: int | None = None
    brand_id: int | None = Field(default=None, ge=1)
    ship_with: ShipWith | None = None
    label_details: LabelDetails | None = None


class CreateLabelsAsyncRequest(RequestModel):
    integration_id: int
    orders: list[AsyncOrder] = Field(min_length=1, max_length=20)
    sender_address_id: int | None = None
    brand_id: int | None = Field(default=None, ge=1)
    ship_with: ShipWith | None = None


class LabelFile(ResponseModel):
    file: str  # Base64
    mime_type: str | None = None
    dpi: int | None = None


class SyncLabel(ResponseModel):
    """One element of the create-label-sync answer.

    §7.1: the label file is under `label` (official example and guide) or `label_details` (schema);
    both are read, `label` first.
    """

    parcel_id: int
    shipment_id: str | None = None
    order_id: str | None = None
    order_number: str | None = None
    ship_with: ShipWith | None = None
    tracking_number: str | None = None
    tracking_url: str | None = None
    label: LabelFile | None = None
    label_details: LabelFile | None = None
    documents: list[Document] = Field(default_factory=list)

    @property
    def label_file(self) -> LabelFile | None:
        return self.label if self.label is not None else self.label_details


class SyncLabelEnvelope(ResponseModel):
    # §7.1: `data` is an object in the schema and a (one-element) array in the example and docs.
    data: SyncLabel | Annotated[list[SyncLabel], Field(min_length=1)]
    errors: ErrorList | None = None

    @property
    def first(self) -> SyncLabel:
        return self.data[0] if isinstance(self.data, list) else self.data


class AsyncLabel(ResponseModel):
    parcel_id: int | None = None  # deprecated: the first parcel
    parcels_ids: list[int] = Field(default_factory=list)
    shipment_id: str | None = None
    order_id: str | None = None
    order_number: str | None = None
    ship_with: ShipWith | None = None


class AsyncLabelEnvelope(ResponseModel):
    data: list[AsyncLabel] = Field(default_factory=list)
    errors: ErrorList = Field(default_factory=list)


@dataclass(frozen=True, slots=True)
class LabelResult:
    """A label made by `create_label_sync`, with the file already decoded from Base64."""

    label: bytes = field(repr=False)
    mime_type: str
    dpi: int | None
    parcel_id: int
    shipment_id: str | None
    tracking_number: str | None
    tracking_url: str | None
    order_id: str | None
    order_number: str | None
    documents: tuple[Document, ...] = ()
    ship_with: ShipWith | None = None


@dataclass(frozen=True, slots=True)
class AsyncLabelSuccess:
    """An order for which Sendcloud accepted a label request; fetch the label by parcel id."""

    parcel_id: int | None
    parcels_ids: tuple[int, ...]
    shipment_id: str | None
    order_id: str | None
    order_number: str | None
    request_index: int | None  # position in the request's `orders`, when it could be matched


@dataclass(frozen=True, slots=True)
class AsyncOrderFailure:
    """An order of the request that failed, with the errors whose pointer named it."""

    request_index: int
    order: AsyncOrder
    errors: tuple[ApiErrorDetail, ...]


@dataclass(frozen=True, slots=True)
class AsyncLabelResult:
    successes: tuple[AsyncLabelSuccess, ...]
    failures: tuple[AsyncOrderFailure, ...]
    request_errors: tuple[ApiErrorDetail, ...]  # errors that name no order of the request

    @property
    def ok(self) -> bool:
        return not self.failures and not self.request_errors


# --------------------------------------------------------------------------------------------------
# Parcel documents (api-notes §5)


@dataclass(frozen=True, slots=True)
class ParcelDocument:
    """A downloaded document. `mime_type` is what Sendcloud *returned*, not what was asked for:
    a native-ZPL carrier answers ZPL whatever the Accept header said."""

    content: bytes = field(repr=False)
    mime_type: str
    requested_mime_type: str
    dpi: int | None

    @property
    def size(self) -> int:
        return len(self.content)


# --------------------------------------------------------------------------------------------------
# Shipments (recovery after a lost label answer; api-notes §4.6)


class ParcelStatus(ResponseModel):
    code: str | None = None
    message: str | None = None


class Carrier(ResponseModel):
    code: str | None = None
    name: str | None = None


class ShipmentParcel(ResponseModel):
    id: int
    status: ParcelStatus | None = None
    documents: list[Document] = Field(default_factory=list)
    tracking_number: str | None = None
    tracking_url: str | None = None
    created_at: datetime | None = None
    updated_at: datetime | None = None
    announced_at: datetime | None = None


class Shipment(ResponseModel):
    id: str
    order_number: str | None = None
    # Required although the spec is silent: a shipment read without its parcels would tell the
    # already-shipped check and the recovery lookup "no label", and a second label would follow.
    parcels: list[ShipmentParcel]
    errors: ErrorList = Field(default_factory=list)
    carrier: Carrier | None = None
    ship_with: ShipWith | None = None


class ShipmentListEnvelope(ResponseModel):
    data: list[Shipment]


@dataclass(frozen=True, slots=True)
class ExistingLabel:
    """A parcel Sendcloud already has for an order: what settles a lost label answer."""

    order_number: str | None
    shipment_id: str
    parcel_id: int
    tracking_number: str | None
    tracking_url: str | None
    status: str | None
    documents: tuple[Document, ...] = ()

    @property
    def cancelled(self) -> bool:
        return (self.status or "").upper() == "CANCELLED"


class CancellationStatus(ResponseModel):
    """POST /shipments/{id}/cancel's `data` (S-SH `cancellation-status`)."""

    status: str = Field(min_length=1)  # "cancelled" (200) or "queued" (202)
    message: str = Field(min_length=1)


class CancelShipmentEnvelope(ResponseModel):
    data: CancellationStatus


@dataclass(frozen=True, slots=True)
class CancelResult:
    """What Sendcloud said to a shipment cancel request.

    `cancelled` (200): the label is cancelled now. `queued` (202): Sendcloud watches the shipment
    (up to 14 days) and cancels it if it is not handed to the carrier; it is not cancelled yet.
    """

    shipment_id: str
    status: str
    message: str
    http_status: int

    @property
    def cancelled(self) -> bool:
        return self.http_status == 200 and self.status.casefold() == "cancelled"

    @property
    def queued(self) -> bool:
        return not self.cancelled


@dataclass(frozen=True, slots=True)
class LabelSettlement:
    """What Sendcloud holds for the orders of a label call whose outcome was unknown.

    `safe_to_retry` is true only when no order has a live (not cancelled) parcel. An order that
    Sendcloud does not know at all has no parcel either.
    """

    labels: Mapping[str, tuple[ExistingLabel, ...]]  # by order number (or "id:<order_id>")

    @property
    def safe_to_retry(self) -> bool:
        return not any(not label.cancelled for found in self.labels.values() for label in found)


# --------------------------------------------------------------------------------------------------
# Settings lists (api-notes §6)


class Integration(ResponseModel):
    id: int
    shop_name: str | None = None
    shop_url: str | None = None
    type: str | None = None
    service_point_enabled: bool | None = None
    service_point_carriers: list[str] = Field(default_factory=list)
    webhook_active: bool | None = None
    webhook_url: str | None = None
    feedback_type: str | None = None
    started_failing_at: datetime | None = None
    last_fetched_at: datetime | None = None
    created_at: datetime | None = None
    updated_at: datetime | None = None


class IntegrationListEnvelope(ResponseModel):
    data: list[Integration]


class SenderTaxNumber(ResponseModel):
    name: str | None = None
    country_code: str | None = None
    value: str | None = None


class Signature(ResponseModel):
    full_name: str | None = None
    initials: str | None = None


class SenderAddress(ResponseModel):
    id: int
    name: str | None = None
    company_name: str | None = None
    address_line_1: str | None = None
    house_number: str | None = None
    address_line_2: str | None = None
    postal_code: str | None = None
    city: str | None = None
    po_box: str | None = None
    state_province_code: str | None = None
    country_code: str | None = None
    email: str | None = None
    phone_number: str | None = None
    tax_numbers: list[SenderTaxNumber] = Field(default_factory=list)
    signature: Signature | None = None


class SenderAddressListEnvelope(ResponseModel):
    data: list[SenderAddress]


class Contract(ResponseModel):
    """A carrier contract.

    The contract schema says `carrier_code` while its own example has a `carrier` object
    (S-MRG); both are read, see `carrier_code_any`.
    """

    id: int
    carrier: Carrier | None = None
    carrier_code: str | None = None
    client_id: str | None = None
    name: str | None = None
    country: str | None = None
    is_default_per_carrier: bool | None = None
    is_active: bool | None = None
    state: str | None = None
    type: str | None = None

    @property
    def carrier_code_any(self) -> str | None:
        if self.carrier_code is not None:
            return self.carrier_code
        return self.carrier.code if self.carrier is not None else None


class ContractListEnvelope(ResponseModel):
    data: list[Contract]


class ServicePointRef(RequestModel):
    id: str | None = None
    carrier_service_point_id: str | None = None

    @model_validator(mode="after")
    def _one_identifier(self) -> Self:
        if self.id is None and self.carrier_service_point_id is None:
            raise ValueError("a service point needs `id` or `carrier_service_point_id`")
        return self


class MoneyString(RequestModel):
    value: str
    currency: Currency


class LeadTimeFilter(RequestModel):
    gt: float | None = None
    gte: float | None = None
    eq: float | None = None
    lt: float | None = None
    lte: float | None = None


class ShippingOptionsParcel(RequestModel):
    dimensions: StrDimensions | None = None
    weight: StrWeight | None = None
    # The schema types the insured prices as numbers; Sendcloud's own request example sends
    # `{value, currency}` objects (S-SO). Both are accepted.
    additional_insured_price: float | MoneyString | None = None
    total_insured_price: float | MoneyString | None = None


class ShippingOptionsRequest(RequestModel):
    """POST /shipping-options body; every field is optional."""

    from_country_code: str | None = None
    to_country_code: str | None = None
    from_postal_code: str | None = Field(default=None, max_length=12)
    to_postal_code: str | None = Field(default=None, max_length=12)
    to_service_point: ServicePointRef | None = None
    parcels: list[ShippingOptionsParcel] | None = Field(default=None, min_length=1, max_length=50)
    functionalities: dict[str, str | int | float | bool | None] | None = None
    carrier_code: str | None = None
    contract_id: int | None = None
    shipping_product_code: str | None = None
    shipping_option_code: str | None = None
    lead_time: LeadTimeFilter | None = None
    calculate_quotes: bool | None = None


class ProductRef(ResponseModel):
    code: str | None = None
    name: str | None = None


class OptionContract(ResponseModel):
    id: int | None = None
    client_id: str | None = None
    carrier_code: str | None = None
    name: str | None = None


class OptionWeight(ResponseModel):
    value: str
    unit: str


class WeightRange(ResponseModel):
    min: OptionWeight | None = None
    max: OptionWeight | None = None


class MaxDimensions(ResponseModel):
    length: str | None = None
    width: str | None = None
    height: str | None = None
    unit: str | None = None


class Requirements(ResponseModel):
    fields: list[str] = Field(default_factory=list)
    export_documents: bool | None = None
    is_service_point_required: bool | None = None


class QuotePrice(ResponseModel):
    value: str | None = None
    currency: str | None = None


class PriceBreakdownItem(ResponseModel):
    type: str | None = None
    label: str | None = None
    price: QuotePrice | None = None


class QuoteTotal(ResponseModel):
    breakdown: list[PriceBreakdownItem] = Field(default_factory=list)
    total: QuotePrice | None = None


class Quote(ResponseModel):
    weight: WeightRange | None = None
    lead_time: int | None = None
    price: QuoteTotal | None = None


class ShippingOption(ResponseModel):
    code: str
    name: str | None = None
    carrier: Carrier | None = None
    product: ProductRef | None = None
    functionalities: dict[str, Any] = Field(default_factory=dict)
    contract: OptionContract | None = None
    weight: WeightRange | None = None
    max_dimensions: MaxDimensions | None = None
    parcel_billed_weights: list[dict[str, Any]] = Field(default_factory=list)
    requirements: Requirements | None = None
    charging_type: str | None = None
    quotes: list[Quote] | None = None


class ShippingOptionsEnvelope(ResponseModel):
    data: list[ShippingOption] | None  # required key; null when the request lacks basics
    message: str | None = None


@dataclass(frozen=True, slots=True)
class ShippingOptionsResult:
    options: tuple[ShippingOption, ...]
    message: str | None


# --------------------------------------------------------------------------------------------------
# Pagination


@dataclass(frozen=True, slots=True)
class Page(Generic[T]):
    """One page of a cursor-paginated list; the links come from the RFC 8288 `Link` header."""

    items: tuple[T, ...]
    next_url: str | None = None
    prev_url: str | None = None

    @property
    def next_cursor(self) -> str | None:
        return _cursor_of(self.next_url)

    @property
    def prev_cursor(self) -> str | None:
        return _cursor_of(self.prev_url)


def _cursor_of(url: str | None) -> str | None:
    if url is None:
        return None
    values = parse_qs(urlsplit(url).query).get("cursor")
    return values[0] if values else None
