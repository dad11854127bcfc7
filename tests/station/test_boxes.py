"""Several boxes, one order (issue 18): weights, sizes, the --boxes file, box sizes; Qt-free."""

from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from packstation.errors import ConfigurationError
from packstation.scales import Weight
from packstation.settings import BoxSizeSetting, StationSettings, load_settings, save_settings
from packstation.station.boxes import (
    Box,
    BoxesError,
    Dimensions,
    boxes_problem,
    find_box_size,
    multicollo_problem,
    parse_box_weight,
    parse_boxes,
    parse_dimensions,
    read_boxes_file,
    size_dimensions,
    weight_to_wire,
)

LINES = [
    {"item_id": "A1", "name": "Mug", "quantity": 2},
    {"item_id": "B2", "name": "Teapot", "quantity": 1},
]


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("1.1kg", "1.1", "kg"),
        ("1,1 kg", "1.1", "kg"),
        (" 1100 g ", "1100", "g"),
        ("2,5 LBS", "2.5", "lb"),
        ("40oz", "40", "oz"),
    ],
)
def test_a_box_weight_is_read_as_ship_weight_reads_it(text: str, value: str, unit: str) -> None:
    # One parser for typed weights (packstation/scales/weight.py, tested there in full).
    assert parse_box_weight(text) == Weight(Decimal(value), unit)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("", "is not a weight"),
        ("1.1", "is not a weight"),
        ("1.1 stone", "is not a weight"),
        ("0kg", "above zero"),
        ("2000kg", "more than 1000 kg"),
        ("2204.7 lb", "more than 1000 kg"),
    ],
)
def test_a_weight_that_cannot_be_read_says_why(text: str, reason: str) -> None:
    with pytest.raises(BoxesError, match=reason):
        parse_box_weight(text)


def test_a_weight_goes_on_the_wire_as_sendcloud_spells_it() -> None:
    assert weight_to_wire(parse_box_weight("1,100 kg")).model_dump() == {"value": "1.1", "unit": "kg"}
    assert weight_to_wire(parse_box_weight("3 lb")).model_dump() == {"value": "3", "unit": "lbs"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("30x20x10cm", Dimensions(Decimal(30), Decimal(20), Decimal(10), "cm")),
        ("30 × 20 × 10 cm", Dimensions(Decimal(30), Decimal(20), Decimal(10), "cm")),
        ("12,5X8x3.5 in", Dimensions(Decimal("12.5"), Decimal(8), Decimal("3.5"), "in")),
        ("300*200*100mm", Dimensions(Decimal(300), Decimal(200), Decimal(100), "mm")),
    ],
)
def test_dimensions_are_length_by_width_by_height_and_a_unit(text: str, expected: Dimensions) -> None:
    assert parse_dimensions(text) == expected


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("30x20cm", "is not a box size"),
        ("30x20x10", "is not a box size"),
        ("30x20x10 furlong", "not one of cm, mm, m, in"),
        ("30x0x10cm", "longer than nothing"),
        ("30x20x20m", "longer than 1000 cm"),
    ],
)
def test_dimensions_that_cannot_be_read_say_why(text: str, reason: str) -> None:
    with pytest.raises(BoxesError, match=reason):
        parse_dimensions(text)


def test_a_box_becomes_one_parcel_of_the_async_request() -> None:
    box = Box(
        items={"A1": 2, "B2": 1}, weight=parse_box_weight("1,1kg"), dimensions=parse_dimensions("30x20x10cm")
    )
    assert box.pieces == 3
    assert box.to_parcel().model_dump(exclude_none=True) == {
        "parcel_items": [{"item_id": "A1", "quantity": 2}, {"item_id": "B2", "quantity": 1}],
        "weight": {"value": "1.1", "unit": "kg"},
        "dimensions": {"length": "30", "width": "20", "height": "10", "unit": "cm"},
    }
    assert Box(items={"A1": 1}).to_parcel().model_dump(exclude_none=True) == {
        "parcel_items": [{"item_id": "A1", "quantity": 1}]
    }


# ------------------------------------------------------------------------ the --boxes file


def _write(tmp_path: Path, data: Any) -> Path:
    path = tmp_path / "boxes.json"
    path.write_text(data if isinstance(data, str) else json.dumps(data), encoding="utf-8")
    return path


def test_the_boxes_file_of_the_issue_is_read_in_box_order(tmp_path: Path) -> None:
    path = _write(
        tmp_path,
        [
            {"weight": "1.1kg", "dimensions": "30x20x10cm", "items": {"A1": 2}},
            {"weight": "450 g", "items": {"B2": 1}},
        ],
    )
    first, second = read_boxes_file(path)
    assert first == Box(
        {"A1": 2}, Weight(Decimal("1.1"), "kg"), Dimensions(Decimal(30), Decimal(20), Decimal(10), "cm")
    )
    assert second == Box({"B2": 1}, Weight(Decimal(450), "g"))
    assert boxes_problem([first, second], LINES) is None


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        ("{not json", "not JSON"),
        ({"weight": "1kg"}, "must hold a list of boxes"),
        ([{"weight": "1kg", "items": {"A1": 1}}], "give 2 to 50 boxes, not 1"),
        ([{"items": {"A1": 1}}] * 51, "give 2 to 50 boxes, not 51"),
        ([{"items": {"A1": 1}}, "box"], "box 2 is not an object"),
        ([{"items": {"A1": 1}}, {"weight": "1kg"}], 'box 2 has no "items"'),
        ([{"items": {"A1": 1}}, {"items": {}}], 'box 2: "items" must name at least one item'),
        ([{"items": {"A1": 1}}, {"items": {"B2": 0}}], "box 2: item 'B2' must have a whole number of pieces"),
        ([{"items": {"A1": 1}}, {"items": {"B2": 1.5}}], "box 2: item 'B2' must have a whole number"),
        ([{"items": {"A1": 1}}, {"items": {"B2": 1}, "weight": "1.1"}], "box 2: '1.1' is not a weight"),
        ([{"items": {"A1": 1}}, {"items": {"B2": 1}, "weight": 1.1}], 'box 2: "weight" must be text'),
        (
            [{"items": {"A1": 1}}, {"items": {"B2": 1}, "dimensions": "30x20"}],
            "box 2: '30x20' is not a box size",
        ),
        ([{"items": {"A1": 1}, "colour": "red"}, {"items": {"B2": 1}}], "box 1: unknown field 'colour'"),
    ],
)
def test_a_bad_boxes_file_names_the_file_the_box_and_the_reason(
    tmp_path: Path, content: Any, reason: str
) -> None:
    path = _write(tmp_path, content)
    with pytest.raises(BoxesError) as caught:
        read_boxes_file(path)
    assert caught.value.reason.startswith(f"{path}: ")
    assert reason in caught.value.reason


def test_a_missing_or_huge_boxes_file_is_refused_plainly(tmp_path: Path) -> None:
    with pytest.raises(BoxesError, match="cannot be read"):
        read_boxes_file(tmp_path / "nowhere.json")
    huge = _write(tmp_path, "[" + " " * 1_000_001 + "]")
    with pytest.raises(BoxesError, match="larger than 1000 kB"):
        read_boxes_file(huge)
    bom = tmp_path / "bom.json"
    bom.write_bytes(b"\xef\xbb\xbf" + json.dumps([{"items": {"A1": 2}}, {"items": {"B2": 1}}]).encode())
    assert len(read_boxes_file(bom)) == 2  # a file saved by Notepad starts with a BOM


def test_parse_boxes_reads_data_already_loaded() -> None:
    assert [box.items for box in parse_boxes([{"items": {"A1": 2}}, {"items": {"B2": 1}}])] == [
        {"A1": 2},
        {"B2": 1},
    ]


# ------------------------------------------------------------------ the boxes against the order


@pytest.mark.parametrize(
    ("boxes", "reason"),
    [
        ([Box({"A1": 2, "B2": 1})], "an order leaves in 2 to 50 boxes, not 1"),
        ([Box({"A1": 2}), Box({})], "box 2 is empty"),
        ([Box({"A1": 2}), Box({"ZZ": 1})], "box 2 holds item 'ZZ', which is not on the order"),
        ([Box({"A1": 1}), Box({"B2": 1})], "the boxes hold 1 of item 'A1'; the order has 2"),
        ([Box({"A1": 2}), Box({"A1": 1, "B2": 1})], "the boxes hold 3 of item 'A1'; the order has 2"),
        ([Box({"A1": 2}), Box({"A1": 0})], "the boxes hold 0 of item 'B2'; the order has 1"),
    ],
)
def test_the_boxes_must_hold_exactly_the_order(boxes: list[Box], reason: str) -> None:
    assert boxes_problem(boxes, LINES) == reason


def test_multicollo_needs_the_options_functionality_and_an_item_id_on_every_line() -> None:
    assert multicollo_problem(LINES, {"multicollo": True}) is None
    assert "no multicollo" in (multicollo_problem(LINES, {"multicollo": False}) or "")
    assert "no multicollo" in (multicollo_problem(LINES, None) or "")
    lines = [*LINES, {"name": "Gift wrap", "quantity": 1}]
    assert multicollo_problem(lines, {"multicollo": True}) == (
        "the order's line 'Gift wrap' has no item id, which each box must name its items by"
    )


# ------------------------------------------------------------------------- box_sizes setting


SIZES = (
    BoxSizeSetting(name="S", length_cm=20, width_cm=15, height_cm=5, shortcut="1"),
    BoxSizeSetting(name="M", length_cm=30, width_cm=20, height_cm=10.5, barcode="BOX-M", shortcut="2"),
)


def test_a_box_size_is_picked_by_its_shortcut_or_its_barcode_never_its_name() -> None:
    assert find_box_size(SIZES, "1") is SIZES[0]
    assert find_box_size(SIZES, " BOX-M ") is SIZES[1]
    assert find_box_size(SIZES, "2") is SIZES[1]
    assert find_box_size(SIZES, "M") is None
    assert find_box_size(SIZES, "3") is None
    assert find_box_size(SIZES, "") is None
    assert size_dimensions(SIZES[1]) == Dimensions(Decimal(30), Decimal(20), Decimal("10.5"), "cm")
    assert size_dimensions(SIZES[1]).to_wire().model_dump() == {
        "length": "30",
        "width": "20",
        "height": "10.5",
        "unit": "cm",
    }


def test_box_sizes_are_saved_and_loaded_with_the_settings(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    save_settings(path, StationSettings(box_sizes=SIZES))
    assert load_settings(path).box_sizes == SIZES
    assert StationSettings().box_sizes == ()


@pytest.mark.parametrize(
    ("sizes", "reason"),
    [
        ([{"name": "S", "length_cm": 1, "width_cm": 1, "height_cm": 1}] * 2, "the name 's'"),
        (
            [
                {"name": "S", "length_cm": 1, "width_cm": 1, "height_cm": 1, "barcode": "B"},
                {"name": "M", "length_cm": 1, "width_cm": 1, "height_cm": 1, "barcode": "B"},
            ],
            "the barcode 'B'",
        ),
        (
            [
                {"name": "S", "length_cm": 1, "width_cm": 1, "height_cm": 1, "shortcut": "1"},
                {"name": "M", "length_cm": 1, "width_cm": 1, "height_cm": 1, "shortcut": "1"},
            ],
            "the shortcut '1'",
        ),
        ([{"name": "S", "length_cm": 0, "width_cm": 1, "height_cm": 1}], "length_cm"),
        ([{"name": "S", "length_cm": 1, "width_cm": 1, "height_cm": 1, "shortcut": "0"}], "shortcut"),
        ([{"name": "S", "length_cm": 1, "width_cm": 1, "height_cm": 1, "depth_cm": 1}], "depth_cm"),
    ],
)
def test_box_sizes_that_cannot_be_told_apart_or_measured_are_refused(
    tmp_path: Path, sizes: list[dict[str, Any]], reason: str
) -> None:
    path = tmp_path / "settings.json"
    path.write_text(json.dumps({"box_sizes": sizes}), encoding="utf-8")
    with pytest.raises(ConfigurationError, match=reason):
        load_settings(path)
