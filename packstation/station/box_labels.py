"""The label call of an order that leaves in several boxes (multicollo, issue 18), without Qt.

`create_box_labels` sends the order with `parcels[]` on `create-labels-async` (the sync endpoint
"does not (yet) support synchronous multicollo"), ties each box to its parcel (Sendcloud answers
`parcels_ids` in the order of `parcels[]`, docs/api-deviations.md "Multicollo"), and never leaves a
half-labelled order: when some boxes are refused, the parcels that were made are voided (shipment
cancel) and `BoxesRefusedError` says which box was refused, why, and whether the void went through.
`fetch_box_labels` then fetches each box's label from the parcel documents endpoint, in box order.

Not here yet (issue 18, left): the journal (claim, `label_requested`, each box's parcel in
`attempt_parcels` with its box number, printing per box, recovery of an order whose parcels were
made but not all printed), an unknown outcome of the async call (settle it by the shipments lookup
as the single-label flow does), and the `ship --boxes` command and the bench's "new box" key.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from packstation.error_codes import ErrorCode
from packstation.errors import PackstationError
from packstation.sendcloud import (
    ApiErrorDetail,
    AsyncLabelResult,
    AsyncOrder,
    LabelMimeType,
    NotFoundError,
    Order,
    ParcelDocument,
    SendcloudClient,
    parcel_index_from_pointer,
)
from packstation.station.boxes import Box, BoxesError, boxes_problem, multicollo_problem
from packstation.station.shipping import ShippingProfile


class BoxesRefusedError(PackstationError):
    """Sendcloud made no complete shipment of the boxes: what it made was voided (`voided`), or
    could not be (`left` holds the shipment still to void, by a person in the console)."""

    code = ErrorCode.SENDCLOUD_CARRIER_REFUSED

    def __init__(self, message: str, *, voided: tuple[int, ...] = (), left: str | None = None) -> None:
        super().__init__(message)
        self.voided = voided
        self.left = left


class BoxesOutcomeUnknownError(PackstationError):
    """Sendcloud's answer named no outcome for the order: its parcels may exist. Settle it by the
    shipments lookup (`find_existing_labels`) before anything is sent again; never call again."""

    code = ErrorCode.SENDCLOUD_LABEL_OUTCOME_UNKNOWN


@dataclass(frozen=True, slots=True)
class BoxParcel:
    """Box `box` (1-based, in packing order) is parcel `parcel_id`."""

    box: int
    parcel_id: int


@dataclass(frozen=True, slots=True)
class BoxShipment:
    """The one shipment of an order's boxes; `parcels` in box order."""

    order_number: str
    shipment_id: str | None
    parcels: tuple[BoxParcel, ...]


def order_lines(order: Order) -> list[dict[str, Any]]:
    """The order's lines as `boxes_problem` and `multicollo_problem` read them."""
    return [
        {"item_id": item.item_id, "name": item.name, "sku": item.sku, "quantity": item.quantity}
        for item in order.order_details.order_items or []
    ]


def check_boxes(order: Order, boxes: Sequence[Box], functionalities: Mapping[str, Any] | None) -> None:
    """Before any call: the order may leave in several boxes, and the boxes hold exactly it.
    `BoxesError` with the reason otherwise (the packer is told why)."""
    lines = order_lines(order)
    problem = multicollo_problem(lines, functionalities) or boxes_problem(boxes, lines)
    if problem is not None:
        raise BoxesError(f"{order.order_number} cannot leave in these boxes: {problem}")


def create_box_labels(
    client: SendcloudClient, order: Order, boxes: Sequence[Box], profile: ShippingProfile
) -> BoxShipment:
    """One `create-labels-async` call with a parcel per box; the boxes tied to their parcels.

    Raises `BoxesRefusedError` when not every box got a parcel (after voiding those that did),
    `BoxesOutcomeUnknownError` when the answer does not mention the order, and whatever the client
    raises for the call itself (`LabelOutcomeUnknownError` included). Both unknown outcomes are
    settled by the shipments lookup, never by calling again."""
    result = client.create_labels_async(
        [
            AsyncOrder(
                order_id=order.order_id,
                order_number=order.order_number,
                apply_shipping_rules=profile.apply_shipping_rules,
                parcels=[box.to_parcel() for box in boxes],
            )
        ],
        integration_id=order.order_details.integration.id,
        shipping_option_code=profile.shipping_option_code,
        contract_id=profile.contract_id,
        sender_address_id=profile.sender_address_id,
        brand_id=profile.brand_id,
    )
    made = next((s for s in result.successes if s.request_index in (0, None)), None)
    parcel_ids = tuple(made.parcels_ids or ((made.parcel_id,) if made.parcel_id else ())) if made else ()
    if result.ok and len(parcel_ids) == len(boxes):
        return BoxShipment(
            order.order_number,
            made.shipment_id if made else None,
            tuple(BoxParcel(box, parcel_id) for box, parcel_id in enumerate(parcel_ids, start=1)),
        )
    if made is None and not result.failures and not result.request_errors:
        raise BoxesOutcomeUnknownError(
            f"Sendcloud's answer did not mention {order.order_number}: its boxes may have labels. "
            "Do not send it again before Sendcloud's shipments are looked up."
        )
    reason = _refusal(result, len(boxes), len(parcel_ids))
    shipment_id = made.shipment_id if made else None
    if not parcel_ids:
        raise BoxesRefusedError(f"Sendcloud made no label for {order.order_number}: {reason}")
    if shipment_id is None:
        raise BoxesRefusedError(
            f"{order.order_number}: {reason} Sendcloud made parcels {_ids(parcel_ids)} but did not say "
            "which shipment they are; void them in the console before the order leaves.",
            left="",
        )
    try:
        client.cancel_shipment(shipment_id)
    except PackstationError as error:
        raise BoxesRefusedError(
            f"{order.order_number}: {reason} Parcels {_ids(parcel_ids)} were made and could NOT be "
            f"cancelled ({error.message}): void shipment {shipment_id} in the console; no box may leave.",
            left=shipment_id,
        ) from error
    raise BoxesRefusedError(
        f"{order.order_number}: {reason} The {len(parcel_ids)} parcels that were made are cancelled; "
        "no box has a label.",
        voided=parcel_ids,
    )


def _refusal(result: AsyncLabelResult, boxes: int, made: int) -> str:
    errors: list[ApiErrorDetail] = [e for failure in result.failures for e in failure.errors]
    errors.extend(result.request_errors)
    said = []
    for error in errors:
        index = parcel_index_from_pointer(error.pointer)
        where = f"box {index + 1}" if index is not None and 0 <= index < boxes else "the order"
        said.append(f"{where}: {error.detail or error.title or error.code}")
    if not said:
        said.append(f"Sendcloud made {made} parcels for {boxes} boxes")
    return "; ".join(said) + "."


def _ids(parcel_ids: Sequence[int]) -> str:
    return ", ".join(str(parcel_id) for parcel_id in parcel_ids)


def fetch_box_labels(
    client: SendcloudClient,
    shipment: BoxShipment,
    mime_type: LabelMimeType,
    *,
    dpi: int | None = None,
    attempts: int = 5,
    wait: float = 0.5,
    sleep: Callable[[float], None],
) -> list[tuple[BoxParcel, ParcelDocument]]:
    """Each box's label from the parcel documents endpoint, in box order.

    Async labels are made a moment after the call: a 404 ("not available … yet") is asked again,
    up to `attempts` times, waiting `wait`, 2x, 4x … seconds; then the `NotFoundError` propagates
    (the parcels exist: a reprint fetches them later, never a new label)."""
    labels = []
    for parcel in shipment.parcels:
        for attempt in range(attempts):
            try:
                document = client.get_parcel_document(parcel.parcel_id, "label", mime_type=mime_type, dpi=dpi)
                break
            except NotFoundError:
                if attempt == attempts - 1:
                    raise
                sleep(wait * 2**attempt)
        labels.append((parcel, document))
    return labels
