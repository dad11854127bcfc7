"""Practising several boxes in training (issue 18): the training station's box sizes, its cached
multicollo functionality, and the practice sheet's "new box" and box-size barcodes, which scan back
and do what they say at a training station."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from packstation.app.station import open_station
from packstation.app.training import PRACTICE_BOX_SIZES, PRACTICE_SHIPPING_OPTION, practice_box_codes
from packstation.error_codes import ErrorCode
from packstation.paths import station_paths
from packstation.station.boxes import NEW_BOX_CODE
from packstation.station.workflow import Verdict
from packstation.training.barcode_sheet import training_sheet_pdf
from tests.training.test_barcode_sheet import decoded, pages, pdf_documents

__all__ = ["pdf_documents"]  # the fixture, used by name


def test_the_practice_sheet_has_the_new_box_code_and_the_box_sizes(
    station_home: Path, pdf_documents: list[Any]
) -> None:
    with open_station(training=True) as station:
        assert station.simulator is not None
        assert station.barcode_sheet is not None
        texts = [
            text
            for _size, image in pages(station.barcode_sheet.read_bytes(), pdf_documents)
            for _top, _left, text in decoded(image)
        ]
        boxes = [code.data for code in practice_box_codes()]
        assert boxes == ["BOX-S", "BOX-M", "BOX-L", NEW_BOX_CODE]
        start = texts.index("BOX-S")
        assert texts[start : start + 4] == boxes  # together, in this order, before the red path
        assert station.settings.box_sizes == PRACTICE_BOX_SIZES
        assert training_sheet_pdf(station.simulator, boxes=[]) != station.barcode_sheet.read_bytes()


def test_a_training_station_knows_which_options_take_several_boxes(station_home: Path) -> None:
    # A cache from before the options carried their multicollo functionality.
    paths = station_paths(training=True).create()
    stale = {"postnl:standard": {"max": {"value": "23.001", "unit": "kg"}}}
    paths.shipping_limits_file.write_text(json.dumps(stale), encoding="utf-8")
    with open_station(training=True) as station:
        cache = json.loads(station.paths.shipping_limits_file.read_text(encoding="utf-8"))
    assert station.workflow.weight_limits["postnl:standard"].multicollo
    assert not station.workflow.weight_limits["postnl:mailbox"].multicollo
    assert cache["postnl:standard"]["multicollo"] is True


def test_training_without_item_checks_keeps_sendclouds_defaults(station_home: Path) -> None:
    with open_station(training=True) as station:
        assert station.settings.ship_with is None  # a service point, a letter: practised as they come
    ups = {"item_verification": "on", "ship_with": {"shipping_option_code": "ups:standard"}}
    with open_station(training=True, overrides=ups) as station:
        assert station.settings.ship_with is not None
        assert station.settings.ship_with.shipping_option_code == "ups:standard"  # a lead's choice stays


def test_the_sheets_codes_close_a_box_and_size_it_at_a_training_station(station_home: Path) -> None:
    with open_station(training=True, overrides={"item_verification": "on"}) as station:
        assert station.simulator is not None
        assert station.settings.ship_with is not None
        assert station.settings.ship_with.shipping_option_code == PRACTICE_SHIPPING_OPTION
        seed = {o["order_number"]: o for o in station.simulator.seed_data.orders}
        number = next(
            n
            for n in station.simulator.shippable_order_numbers()
            if seed[n]["shipping_address"]["country_code"] == "NL"
            and sum(line["quantity"] for line in seed[n]["order_details"]["order_items"]) >= 2
        )
        first = seed[number]["order_details"]["order_items"][0]
        flow = station.workflow
        assert flow.handle_scan(number).verdict is Verdict.PACKING
        assert flow.handle_scan("BOX-L").reference == "L (45 x 35 x 25 cm)"
        assert flow.handle_scan(str(first.get("ean") or first["sku"])).code == ErrorCode.ITEM_PACKED
        closed = flow.handle_scan(NEW_BOX_CODE)
        assert (closed.verdict, closed.code) == (Verdict.PACKING, ErrorCode.NEXT_BOX), closed.message
        assert closed.checklist is not None
        assert [box.size for box in closed.checklist.closed_boxes] == ["L (45 x 35 x 25 cm)"]
