"""What a packer reads at a metre is whole, plain and about the order just scanned (issue 13, §1–6).

Bench screens are 1366×768 or 1920×1080: the window is tried at the smaller one, where space runs
out first.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QImage
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from packstation.error_codes import ErrorCode
from packstation.qt.feedback import Sound
from packstation.qt.main_window import MainWindow
from packstation.qt.widgets import VerdictPanel
from packstation.qt.widgets.verdict_panel import ITEM_LINES
from packstation.station.verdicts import OrderSummary
from packstation.station.workflow import ScanVerdict, Verdict
from packstation.training.order_reading import MISSING_HOUSE_NUMBER
from tests.qt.driving import WAIT_MS, WindowFactory, scan_and_wait, sounds_of, station_of

BENCH_SCREEN = (1366, 768)
NO_DEBOUNCE = {"scanner": {"debounce_seconds": 0}}


def _bench_window(make_window: WindowFactory, overrides: dict[str, Any] | None = None) -> MainWindow:
    window = make_window(overrides)
    window.resize(*BENCH_SCREEN)
    return window


def _whole(label: QLabel) -> bool:
    """Every line of the label fits in the height it was given, inside its panel."""
    panel = label.parentWidget()
    assert panel is not None
    bottom = label.mapTo(panel, label.rect().bottomLeft()).y()
    return label.height() >= label.minimumSizeHint().height() and bottom <= panel.height()


def _order_with_items(simulator: object, count: int) -> str:
    seed = simulator.seed_data  # type: ignore[attr-defined]
    shippable = set(simulator.shippable_order_numbers())  # type: ignore[attr-defined]
    return next(
        str(order["order_number"])
        for order in seed.orders
        if order["order_number"] in shippable
        and len(order["order_details"]["order_items"]) == count
        and order["shipping_address"]["country_code"] not in ("GB", "CH")
    )


# §1 ------------------------------------------------------------------------------------------------


def test_every_item_line_of_an_order_is_shown_whole(qtbot: QtBot, make_window: WindowFactory) -> None:
    window = _bench_window(make_window)
    _, simulator, _ = station_of(window)
    for count in (2, 3, 4):
        scan_and_wait(qtbot, window, _order_with_items(simulator, count))
        panel = window.verdict_panel
        qtbot.waitUntil(lambda: _whole(window.verdict_panel.items), timeout=WAIT_MS)
        assert panel.items.text().count("\n") == count - 1
        for label in (panel.headline, panel.order_number, panel.recipient, panel.tracking_number):
            assert _whole(label), label.objectName()


def test_a_long_order_shows_the_first_lines_and_the_rest_one_key_away(
    qtbot: QtBot, make_window: WindowFactory
) -> None:
    window = _bench_window(make_window)
    items = tuple((f"Product {n}", 1) for n in range(1, 9))
    summary = OrderSummary("LONG-1", "Anna de Vries", "1011 AB Amsterdam, NL", items, None)
    window.verdict_panel.show_verdict(ScanVerdict(Verdict.SUCCESS, "Label made.", order=summary))
    lines = window.verdict_panel.items.text().splitlines()
    assert len(lines) == ITEM_LINES
    assert lines[-1].startswith("+5 more")

    QTest.keyClick(window.scan_field, Qt.Key.Key_F2)
    assert window.verdict_panel.items.text().splitlines() == [f"1 × Product {n}" for n in range(1, 9)]
    qtbot.waitUntil(lambda: _whole(window.verdict_panel.items), timeout=WAIT_MS)
    QTest.keyClick(window.scan_field, Qt.Key.Key_F2)
    assert len(window.verdict_panel.items.text().splitlines()) == ITEM_LINES


# §2 ------------------------------------------------------------------------------------------------


def test_a_refused_address_says_what_to_do_and_keeps_the_api_text_off_the_screen(
    qtbot: QtBot, make_window: WindowFactory
) -> None:
    window = _bench_window(make_window)
    station, simulator, _ = station_of(window)
    reasons = simulator.seed_data.unshippable_reasons
    number = next(n for n, reason in reasons.items() if reason == MISSING_HOUSE_NUMBER)

    verdict = scan_and_wait(qtbot, window, number)

    assert verdict.field is not None
    assert verdict.field.endswith("house_number")
    panel = window.verdict_panel
    assert panel.headline.text() == (
        "The address has no house number. Put the parcel aside for your shift lead."
    )
    assert "house number" in panel.detail.text()
    assert f"code {verdict.code}" in panel.detail.text()
    assert "Sendcloud refused" not in panel.detail.text()  # the core's English stays in the journal
    assert "(at /" not in panel.headline.text() + panel.detail.text()
    [failed] = [a for a in station.journal.attempts() if a.order_number == number]
    assert failed.error_message is not None
    assert "house" in failed.error_message  # …where the console shows it


def test_no_code_reaching_a_packer_shows_the_cores_english_under_its_headline(qtbot: QtBot) -> None:
    panel = VerdictPanel()
    qtbot.addWidget(panel)
    for code in ErrorCode:
        panel.show_verdict(ScanVerdict(Verdict.FAILED, "THE CORE'S ENGLISH", code), "SHOP-1")
        assert "THE CORE'S ENGLISH" not in panel.detail.text(), code


# §3 ------------------------------------------------------------------------------------------------


def test_the_preview_never_shows_another_orders_label(qtbot: QtBot, make_window: WindowFactory) -> None:
    window = _bench_window(make_window)
    _, simulator, _ = station_of(window)
    assert window.preview is not None
    with qtbot.waitSignal(window.preview_shown, timeout=WAIT_MS):
        scan_and_wait(qtbot, window, simulator.shippable_order_numbers()[0])
    assert window.preview.image is not None

    verdict = scan_and_wait(qtbot, window, "NOSUCHORDER4711")

    assert verdict.verdict is Verdict.FAILED
    assert window.preview.image is None
    assert window.preview.picture.pixmap().isNull()


def test_a_customs_order_previews_its_label_first_and_counts_the_documents(
    qtbot: QtBot, make_window: WindowFactory
) -> None:
    window = _bench_window(make_window)
    _, simulator, printer = station_of(window)
    customs = next(
        str(order["order_number"])
        for order in simulator.seed_data.orders
        if order["order_number"] in set(simulator.shippable_order_numbers())
        and order["shipping_address"]["country_code"] in ("GB", "CH")
    )
    with qtbot.waitSignal(window.preview_shown, timeout=WAIT_MS):
        verdict = scan_and_wait(qtbot, window, customs)
    assert verdict.documents_printed == 1
    assert window.preview is not None
    assert window.preview.image is not None
    label_job, document_job = printer.jobs()[-2:]
    expected = printer.preview_image(label_job)
    assert (window.preview.image.width(), window.preview.image.height()) == expected.size
    assert printer.preview_image(document_job).size != expected.size or label_job.data != document_job.data
    assert window.preview.caption.text().startswith("and 1 customs document")  # (s): no translator in tests
    assert not window.preview.caption.isHidden()


def test_the_preview_is_not_cropped_when_the_verdict_grows(qtbot: QtBot, make_window: WindowFactory) -> None:
    window = _bench_window(make_window)
    _, simulator, _ = station_of(window)
    with qtbot.waitSignal(window.preview_shown, timeout=WAIT_MS):
        scan_and_wait(qtbot, window, _order_with_items(simulator, 4))
    assert window.preview is not None
    window.verdict_panel.add_note("A note that makes the verdict taller.")
    qtbot.wait(50)  # the layout settles on the next turn of the event loop
    pixmap = window.preview.picture.pixmap()
    assert not pixmap.isNull()
    assert pixmap.height() <= window.preview.picture.height()
    assert pixmap.width() <= window.preview.picture.width()


# §4 ------------------------------------------------------------------------------------------------


def test_a_double_scan_keeps_the_green_verdict_quietly(qtbot: QtBot, make_window: WindowFactory) -> None:
    window = _bench_window(make_window, {"scanner": {"debounce_seconds": 60}})
    station, simulator, _ = station_of(window)
    number = simulator.shippable_order_numbers()[0]
    scan_and_wait(qtbot, window, number)

    again = scan_and_wait(qtbot, window, number)

    assert again.verdict is Verdict.SUCCESS
    assert again.code == ErrorCode.SCAN_DUPLICATE
    assert window.verdict_panel.look == "success"
    assert number in window.verdict_panel.order_number.text()  # the shipped order's details stand
    assert "second scan was ignored" in window.verdict_panel.note.text()
    assert sounds_of(window) == [Sound.SUCCESS]  # no error sound, no second sound at all
    attempts = station.journal.attempts()
    assert [a.order_number for a in attempts] == [number]  # not a failure in the console
    assert any(entry.action == "scan_ignored" for entry in station.journal.audit_log())
    assert simulator.labels_created() == 1


# §6 ------------------------------------------------------------------------------------------------


def test_already_shipped_here_names_f5(qtbot: QtBot, make_window: WindowFactory) -> None:
    window = _bench_window(make_window, NO_DEBOUNCE)
    _, simulator, _ = station_of(window)
    number = simulator.shippable_order_numbers()[0]
    scan_and_wait(qtbot, window, number)
    verdict = scan_and_wait(qtbot, window, number)
    assert verdict.code == ErrorCode.ALREADY_SHIPPED
    assert "press F5 to reprint it" in window.verdict_panel.headline.text()


def test_f5_after_a_red_stop_keeps_the_reason(qtbot: QtBot, make_window: WindowFactory) -> None:
    window = _bench_window(make_window)
    scan_and_wait(qtbot, window, "NOSUCHORDER4711")
    reason = window.verdict_panel.headline.text()
    QTest.keyClick(window.scan_field, Qt.Key.Key_F5)
    assert window.verdict_panel.headline.text() == reason
    assert window.verdict_panel.look == "failed"
    assert window.verdict_panel.note.text() == "Nothing to reprint yet."


def test_the_signed_in_packer_stays_on_the_status_bar(qtbot: QtBot, make_window: WindowFactory) -> None:
    window = _bench_window(make_window, {"packers": [{"badge_id": "A17", "name": "Sanne"}]})
    _, simulator, _ = station_of(window)
    scan_and_wait(qtbot, window, "BADGE-A17")
    for number in simulator.shippable_order_numbers()[:2]:
        scan_and_wait(qtbot, window, number)
    assert window.status.packer.text() == "Packer: Sanne"
    assert not window.status.packer.isHidden()


def test_a_preview_rendered_for_an_older_scan_is_dropped(qtbot: QtBot, make_window: WindowFactory) -> None:
    window = _bench_window(make_window)
    assert window.preview is not None
    window._preview_for = 7  # a rendering for scan 6 arrives after scan 7 began
    window._show_preview(6, QImage(10, 10, QImage.Format.Format_Grayscale8), 0)
    assert window.preview.image is None


# §5 ------------------------------------------------------------------------------------------------


def test_the_shipping_line_names_carrier_and_service_without_asking_per_scan(
    qtbot: QtBot, make_window: WindowFactory
) -> None:
    window = _bench_window(make_window)
    _, simulator, _ = station_of(window)
    names = {option.code: option.name for option in simulator.shipping_options()}

    def option_of(order: dict[str, Any]) -> str | None:
        ship_with = (order.get("shipping_details") or {}).get("ship_with") or {}
        code = ship_with.get("properties", {}).get("shipping_option_code")
        return str(code) if code else None

    shippable = simulator.shippable_order_numbers()
    servicepoint = next(
        str(order["order_number"])
        for order in simulator.seed_data.orders
        if option_of(order) == "postnl:servicepoint" and order["order_number"] in shippable
    )
    scan_and_wait(qtbot, window, servicepoint)
    assert window.verdict_panel.shipping_option.text() == names["postnl:servicepoint"]
    scan_and_wait(qtbot, window, shippable[0])
    assert window.verdict_panel.shipping_option.text() == names["postnl:standard"]
    assert "(station default)" not in window.verdict_panel.shipping_option.text()
    assert simulator.count("POST", "/shipping-options") == 0  # a write-limited call: never per scan


def test_when_sendcloud_chooses_the_option_the_line_says_so(qtbot: QtBot) -> None:
    panel = VerdictPanel()
    qtbot.addWidget(panel)
    summary = OrderSummary("SHOP-1", "Anna", "1011 AB Amsterdam, NL", (("Tent", 1),), None)
    panel.show_verdict(ScanVerdict(Verdict.SUCCESS, "Label made.", order=summary))
    assert panel.shipping_option.text() == "chosen by Sendcloud"
