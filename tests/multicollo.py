"""Several boxes, one order (issue 18): the test data the command line and recovery tests share."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from packstation.training.simulator import Simulator


def order_with_lines(simulator: Simulator, lines: int) -> dict[str, Any]:
    """A shippable Dutch order of the seed with at least `lines` lines (NL: every option ships it)."""
    return next(
        order
        for order in simulator.seed_data.orders
        if order["order_number"] in simulator.shippable_order_numbers()
        and order["shipping_address"]["country_code"] == "NL"
        and len(order["order_details"]["order_items"]) >= lines
    )


def boxes_file(tmp_path: Path, order: dict[str, Any], count: int, **box_changes: Any) -> Path:
    """A `--boxes` file: the order's lines over `count` boxes (one line each, the rest in the last),
    box k weighing k,5 kg; `box2={"dimensions": …}` changes a box."""
    items = order["order_details"]["order_items"]
    parts = [items[i : i + 1] for i in range(count - 1)] + [items[count - 1 :]]
    boxes = [
        {
            "weight": f"{number},5 kg",
            "dimensions": f"30x20x{10 + number}cm",
            "items": {str(item["item_id"]): item["quantity"] for item in part},
        }
        for number, part in enumerate(parts, start=1)
    ]
    for index, change in box_changes.items():
        boxes[int(index.removeprefix("box")) - 1].update(change)
    path = tmp_path / "boxes.json"
    path.write_text(json.dumps(boxes))
    return path
