"""The label steps of an order that leaves in several boxes (multicollo, issue 18), without Qt.

`BoxSteps.make_box_labels` is `make_label` for boxes: the same claim and guard, each box's weight
checked against the shipping option, `label_requested`, one `create-labels-async` call with a parcel
per box (`station.box_labels`), each box's parcel tied to its box in the journal's
`attempt_parcels`, each label fetched, saved and printed in box order, each box's print journalled,
so recovery and a reprint print only the boxes whose label did not come out. A refused box voids
the parcels that were made; an unclear answer is settled by the shipments lookup, never by a second
call.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from packstation.journal import AttemptId
from packstation.sendcloud import Order
from packstation.station.box_labels import order_lines
from packstation.station.boxes import Box, multicollo_problem
from packstation.station.label_steps import LabelSteps
from packstation.station.shipping import shipping_profile
from packstation.station.verdicts import OrderSummary, ScanVerdict


@dataclass
class BoxSteps(LabelSteps):
    """The label steps plus several boxes per order. Not thread-safe (the API lane)."""

    def multicollo_refusal(self, order: Order) -> str | None:
        """Why this order cannot leave this station in several boxes (the packer is told), or None."""
        if self.settings.apply_shipping_rules or self.settings.ship_with is None:
            return (
                "the station lets Sendcloud's shipping rules choose the shipping option; several "
                "boxes need a shipping option named in the settings"
            )
        code = shipping_profile(self.settings).shipping_option_code
        known = self.weight_limits.get(code) if code else None
        functionalities = {"multicollo": bool(known is not None and known.multicollo)}
        return multicollo_problem(order_lines(order), functionalities)

    def make_box_labels(
        self, attempt_id: AttemptId, order: Order, summary: OrderSummary, boxes: Sequence[Box]
    ) -> ScanVerdict:
        """The labels of an order packed in `boxes` (2–50, in packing order), one per box, printed
        in box order. Raises only what the printer check raises; everything else is a verdict."""
        raise NotImplementedError("issue 18: landing next")
