"""Dutch, German and French that read as if written there (issue 15).

- The glossary (`resources/translations/glossary.md`) keeps one term per concept: a translation
  that uses a variant it rejects fails here.
- Every verdict headline fits three lines at the verdict font on a 1366 px bench screen, in every
  language: a packer reads it at a metre, in one glance.
- The small line under a translated headline is in the station's language, never the core's English.
- A confirming button never reads like Qt's own Cancel beside it.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, replace
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QLabel
from pytestqt.qtbot import QtBot

from packstation.error_codes import ErrorCode
from packstation.errors import PackstationError
from packstation.journal.models import AttemptId
from packstation.printing.printer import PrintOutcome, PrintState
from packstation.qt.console.dialogs import ConfirmDialog
from packstation.qt.feedback import RecordingSoundPlayer
from packstation.qt.i18n import install_translators, remove_translators
from packstation.qt.main_window import MainWindow
from packstation.qt.widgets import VerdictPanel
from packstation.qt.wording import stage_texts
from packstation.station.verdicts import OrderSummary
from packstation.station.workflow import ScanVerdict, Verdict
from tests.qt.driving import WindowFactory
from tests.qt.test_i18n import read_ts

ROOT = Path(__file__).resolve().parents[2]
TRANSLATIONS = ROOT / "resources" / "translations"
GLOSSARY = TRANSLATIONS / "glossary.md"
TRANSLATED = ("nl", "de", "fr")


@pytest.fixture(autouse=True)
def english_afterwards(qapp: QApplication) -> Iterator[None]:
    yield
    remove_translators(qapp)


# --- one term per concept ----------------------------------------------------------------------


@dataclass(frozen=True)
class Rejected:
    language: str
    pattern: re.Pattern[str]
    instead: str


def rejected_variants(glossary: str) -> list[Rejected]:
    """The rows of the glossary's "Rejected variants" table: language, `regular expression`, use."""
    section = glossary.split("## Rejected variants", 1)[1].split("\n## ", 1)[0]
    rows = []
    for line in section.splitlines():
        # Cells split at unescaped pipes; a pattern writes its own alternation as \| (Markdown).
        cells = [cell.strip().replace("\\|", "|") for cell in re.split(r"(?<!\\)\|", line.strip())[1:-1]]
        if len(cells) >= 3 and cells[0] in TRANSLATED and cells[1].startswith("`"):
            rows.append(Rejected(cells[0], re.compile(cells[1].strip("`")), cells[2]))
    return rows


def test_the_glossary_rejects_variants_in_every_language() -> None:
    rows = rejected_variants(GLOSSARY.read_text(encoding="utf-8"))
    assert {row.language for row in rows} == set(TRANSLATED)
    assert len(rows) >= 15  # the table was read, not skipped


@pytest.mark.parametrize("language", TRANSLATED)
def test_no_translation_uses_a_variant_the_glossary_rejects(language: str) -> None:
    rows = [
        row for row in rejected_variants(GLOSSARY.read_text(encoding="utf-8")) if row.language == language
    ]
    found = [
        f"[{message.context}] {message.source!r}: {form!r} matches {row.pattern.pattern!r}; use {row.instead}"
        for message in read_ts(TRANSLATIONS / f"packstation_{language}.ts")
        for form in message.forms
        for row in rows
        if row.pattern.search(form)
    ]
    assert found == [], "\n".join(found)


@pytest.mark.parametrize(
    ("language", "text", "rejected"),
    [
        ("nl", "Trackingcode", True),
        ("nl", "Bestelling %1 (tracking %2)", True),
        ("nl", "bestel- of trackingnummer", False),
        ("nl", "KLAAR", True),
        ("nl", "Opstartcontrole klaar", False),
        ("nl", "Opnieuw proberen in bulk", True),
        ("de", "Gleich erneut drucken", True),
        ("de", "F5 druckt es erneut.", True),
        ("de", "Erneut scannen.", False),
        ("de", "START", True),
        ("de", "STARTET", False),
        ("fr", "Connecté\xa0: %1.", True),
        ("fr", "Connecté\xa0: Sendcloud a accepté les clés", False),
        ("fr", "Non connecté à Sendcloud.", False),
        ("fr", "(suivi %2)", True),
        ("fr", "(n° de suivi %2)", False),
    ],
)
def test_the_rejected_variants_are_precise(language: str, text: str, rejected: bool) -> None:
    rows = [
        row for row in rejected_variants(GLOSSARY.read_text(encoding="utf-8")) if row.language == language
    ]
    assert any(row.pattern.search(text) for row in rows) is rejected


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
    window._recovery_failed(PackstationError("core", code=ErrorCode.JOURNAL_ERROR))
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


# --- the small line under a translated headline ------------------------------------------------

HOUSE_NUMBER = {"nl": "huisnummer", "de": "Hausnummer", "fr": "numéro de rue"}


@pytest.mark.parametrize("language", TRANSLATED)
def test_the_detail_line_of_a_translated_verdict_has_no_english(qapp: QApplication, language: str) -> None:
    install_translators(qapp, language)
    panel = VerdictPanel()
    english = "Sendcloud refused the request (400): house number is required (at /to_address/house_number)."
    for code in ErrorCode:
        panel.show_verdict(
            ScanVerdict(Verdict.FAILED, english, code, order=ORDER, field="/to_address/house_number")
        )
        detail = panel.detail.text()
        assert english not in detail, code
        assert "house number" not in detail, code
        assert HOUSE_NUMBER[language] in detail, code
        assert detail.endswith(QCoreApplication.translate("messages", "code %1").replace("%1", code.value)), (
            code
        )
        assert panel.headline.text() != english, code
    panel.deleteLater()


@pytest.mark.parametrize("language", TRANSLATED)
def test_a_station_that_cannot_open_or_check_says_so_in_its_language(
    qapp: QApplication, qtbot: QtBot, language: str
) -> None:
    """The notices outside a scan: the core's English goes to the dialog's details, not the panel."""
    window = MainWindow(sounds=RecordingSoundPlayer())  # no station: it could not open
    qtbot.addWidget(window)
    install_translators(qapp, language)
    english = "The settings file /x/settings.json is not valid: station_name: field required."
    window.show_open_failure(PackstationError(english, code=ErrorCode.SETTINGS_INVALID))
    detail = window.verdict_panel.detail.text()
    assert english not in detail
    assert detail.endswith(
        QCoreApplication.translate("messages", "code %1").replace("%1", "settings_invalid")
    )
    assert window.failure_dialog is not None
    assert english not in window.failure_dialog.text()
    assert window.failure_dialog.detailedText() == english  # for whoever fixes it
    window.failure_dialog.accept()
    window.open_failure = None
    window._recovery_failed(
        PackstationError("database disk image is malformed", code=ErrorCode.JOURNAL_ERROR)
    )
    assert "malformed" not in window.verdict_panel.detail.text()
    assert "journal_error" in window.verdict_panel.detail.text()
    remove_translators(qapp)


# --- a confirming button beside Qt's Cancel ----------------------------------------------------


@pytest.mark.parametrize("language", ["en", *TRANSLATED])
@pytest.mark.parametrize("confirm", ["Void label", "Ship a second label", "Delete order"])
def test_a_confirming_button_does_not_read_like_cancel(
    qapp: QApplication, language: str, confirm: str
) -> None:
    install_translators(qapp, language)
    dialog = ConfirmDialog("title", "text", QCoreApplication.translate("ConsoleActions", confirm))
    buttons = dialog.findChild(QDialogButtonBox)
    assert buttons is not None
    cancel = buttons.button(QDialogButtonBox.StandardButton.Cancel).text().replace("&", "")
    assert cancel  # Qt's own word (Annuleren, Abbrechen, Annuler) from its translation
    yes = dialog.confirm_button.text().replace("&", "")
    assert not yes.casefold().startswith(cancel.casefold()), f"{yes!r} reads like {cancel!r} beside it"
    dialog.deleteLater()
