"""Dutch, German and French that read as if written there (issue 15).

- Every verdict headline fits three lines at the verdict font on a 1366 px bench screen, in every
  language: a packer reads it at a metre, in one glance.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace

import pytest
from PySide6.QtWidgets import QApplication, QLabel

from packstation.error_codes import ErrorCode
from packstation.journal.models import AttemptId
from packstation.printing.printer import PrintOutcome, PrintState
from packstation.qt.i18n import install_translators, remove_translators
from packstation.qt.main_window import MainWindow
from packstation.qt.wording import stage_texts
from packstation.station.verdicts import OrderSummary
from packstation.station.workflow import ScanVerdict, Verdict
from tests.qt.driving import WindowFactory

TRANSLATED = ("nl", "de", "fr")


@pytest.fixture(autouse=True)
def english_afterwards(qapp: QApplication) -> Iterator[None]:
    yield
    remove_translators(qapp)


# --- headlines fit three lines -----------------------------------------------------------------

MAX_LINES = 3
BENCH_SCREEN = (1366, 768)
ORDER_NUMBER = "WEB-100234"  # the training shop's numbers; most shops' are as long or shorter
ORDER = OrderSummary(ORDER_NUMBER, "Anna de Vries", "1011 AB Amsterdam, NL", (("Mug", 1),), None)
TRACKING = "3SYZXG1234567"  # a PostNL barcode
ITEM = "8712345678906"  # an EAN-13, what an item scan names
LONGEST_FIELD = "/shipping_address/state_province_code"  # "shipping address → state or province"


def _verdicts() -> list[tuple[str, ScanVerdict]]:
    """Every headline a scan's verdict can show, with typical facts in its placeholders."""
    facts = ScanVerdict(
        Verdict.FAILED, "core", order=ORDER, tracking_number=TRACKING, reference=ITEM, retry_in=40
    )
    failed, success = ScanVerdict(Verdict.FAILED, "core"), ScanVerdict(Verdict.SUCCESS, "core")
    printed = PrintOutcome(PrintState.PRINTED, "printed", "tcp://192.168.1.50:9100")
    refused = ErrorCode.SENDCLOUD_BAD_REQUEST
    here = replace(facts, verdict=Verdict.ATTENTION, reprint_attempt=AttemptId(1))
    return [
        *((code.value, replace(facts, code=code)) for code in ErrorCode),
        ("already shipped here (F5)", replace(here, code=ErrorCode.ALREADY_SHIPPED)),
        ("house number refused", replace(failed, code=refused, field="/to_address/house_number")),
        ("field refused", replace(failed, code=refused, order=ORDER, field=LONGEST_FIELD)),
        ("wait a moment", replace(facts, code=ErrorCode.OUTCOME_STILL_UNKNOWN, retry_in=0)),
        ("printed", replace(success, order=ORDER, print_outcome=printed)),
        ("created", replace(success, order=ORDER)),
        ("reprinted", replace(success, code=ErrorCode.REPRINTED, reference=ORDER_NUMBER)),
        ("signed in", replace(success, code=ErrorCode.SIGNED_IN, reference="Anna-Lena Schmidt")),
    ]


def _lines(label: QLabel) -> int:
    """How many lines the word-wrapped label needs at its width (what the panel lays out)."""
    return round(label.heightForWidth(label.width()) / label.fontMetrics().lineSpacing())


def _headlines(window: MainWindow) -> list[tuple[str, str, int]]:
    """(what, headline, lines) for every headline the verdict area shows, in the current language."""
    panel = window.verdict_panel
    shown: list[tuple[str, str, int]] = []

    def measure(what: str) -> None:
        QApplication.processEvents()
        shown.append((what, panel.headline.text(), _lines(panel.headline)))

    for what, verdict in _verdicts():
        panel.show_verdict(verdict)
        measure(what)
    for stage, text in stage_texts().items():
        panel.show_working(text, queued=2)
        measure(f"working: {stage.value}")
    for what, show in (
        ("ready", panel.show_idle),
        ("opening", panel.show_opening),
        ("recovering", panel.show_recovering),
    ):
        show()
        measure(what)
    leftovers = [ScanVerdict(Verdict.ATTENTION, "core", ErrorCode.LABEL_NOT_PRINTED, order=ORDER)] * 3
    window._recovered(leftovers)
    measure("start-up check found labels")
    window._recovery_failed("core")
    measure("start-up check failed")
    return shown


def test_every_headline_fits_three_lines_on_a_bench_screen(
    qapp: QApplication, make_window: WindowFactory
) -> None:
    window = make_window()  # a training station: its label preview takes a quarter of the width
    window.resize(*BENCH_SCREEN)
    QApplication.processEvents()
    headline = window.verdict_panel.headline
    assert (headline.font().pointSize(), headline.font().bold()) == (24, True)  # the verdict font
    assert headline.wordWrap()
    too_long = []
    for language in ("en", *TRANSLATED):
        install_translators(qapp, language)
        shown = _headlines(window)
        assert len(shown) > len(ErrorCode)
        too_long += [
            f"{language} {what} ({lines} lines, {len(text)} characters): {text}"
            for what, text, lines in shown
            if lines > MAX_LINES
        ]
    assert too_long == [], (
        "shorten these headlines (in the .ts, or the English in wording.py):\n" + "\n".join(too_long)
    )


def test_the_line_count_sees_a_fourth_line(qapp: QApplication, make_window: WindowFactory) -> None:
    window = make_window()
    window.resize(*BENCH_SCREEN)
    window.verdict_panel.show_notice(Verdict.FAILED, "Scan the next order barcode now. " * 8)
    QApplication.processEvents()
    assert _lines(window.verdict_panel.headline) > MAX_LINES
    window.verdict_panel.show_notice(Verdict.FAILED, "Scan again.")
    QApplication.processEvents()
    assert _lines(window.verdict_panel.headline) == 1
