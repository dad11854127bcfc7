"""Translations: every string of the code is translated in every shipped language, the build step
makes .qm files Qt loads, and the language comes from the settings or the system locale.

The completeness check runs Qt's lupdate over the sources present now, into a copy of the committed
.ts files: a string added to the code and not translated fails here, whoever added it.
"""

from __future__ import annotations

import logging
import os
import re
import shutil
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QTranslator
from PySide6.QtWidgets import QApplication

from packstation.qt import i18n
from packstation.qt.i18n import install_translators, remove_translators, resolve_language
from packstation.qt.widgets import ScanField, VerdictPanel
from packstation.settings import StationSettings
from tests.qt.driving import WindowFactory
from tests.scripts import load_script

ROOT = Path(__file__).resolve().parents[2]
TRANSLATIONS = ROOT / "resources" / "translations"
TRANSLATED = ("nl", "de", "fr")
# The idle verdict panel in each language: the word and the line under it.
IDLE = {
    "en": ("READY", "Scan an order barcode."),
    "nl": ("GEREED", "Scan de barcode van een bestelling."),
    "de": ("BEREIT", "Barcode einer Bestellung scannen."),
    "fr": ("PRÊT", "Scannez le code-barres d'une commande."),
}


def _make_translations() -> ModuleType:
    return load_script(ROOT / "resources/make_translations.py")


make_translations = _make_translations()


@dataclass(frozen=True)
class Message:
    context: str
    source: str
    state: str  # the translation's `type`: "" when finished, else unfinished / vanished / obsolete
    forms: tuple[str, ...]  # the translation, or its plural forms


def read_ts(path: Path) -> list[Message]:
    messages = []
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None, f"{path.name}: {message.findtext('source')!r} has no translation"
            if message.get("numerus") == "yes":
                forms = tuple(form.text or "" for form in translation.iter("numerusform"))
            else:
                forms = (translation.text or "",)
            state = translation.get("type", "")
            messages.append(Message(name, message.findtext("source", ""), state, forms))
    return messages


def _mnemonics(text: str) -> int:
    """How many keyboard-shortcut markers (a single &; && is a literal ampersand)."""
    return len(re.findall(r"&(?!&)", text.replace("&&", "")))


def problems_of(message: Message) -> list[str]:
    where = f"[{message.context}] {message.source!r}"
    if message.state:
        return [f"{where}: {message.state}"]
    problems = []
    placeholders = sorted(set(re.findall(r"%\d+", message.source)))
    for form in message.forms:
        if not form.strip():
            problems.append(f"{where}: empty translation")
            continue
        if sorted(set(re.findall(r"%\d+", form))) != placeholders:
            problems.append(f"{where}: placeholders {placeholders} became {form!r}")
        if "%n" in message.source and "%n" not in form:
            problems.append(f"{where}: %n lost in {form!r}")
        if _mnemonics(form) != _mnemonics(message.source):
            problems.append(f"{where}: shortcut markers (&) differ in {form!r}")
    return problems


def refreshed_copy(folder: Path, sources: list[Path] | None = None) -> Path:
    """The committed .ts files, copied to `folder` and merged with the current sources by lupdate."""
    folder.mkdir(parents=True, exist_ok=True)
    for language in make_translations.LANGUAGES:
        shutil.copy(make_translations.ts_path(language), make_translations.ts_path(language, folder))
    make_translations.update(folder, sources)
    return folder


@pytest.fixture(scope="module")
def refreshed(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return refreshed_copy(tmp_path_factory.mktemp("ts"))


@pytest.fixture(autouse=True)
def english_afterwards(qapp: QApplication) -> Iterator[None]:
    """The application is shared by every test: leave it without our translators."""
    yield
    remove_translators(qapp)


# --- (a) every string is translated ------------------------------------------------------------


@pytest.mark.parametrize("language", TRANSLATED)
def test_every_string_of_the_code_has_a_finished_translation(refreshed: Path, language: str) -> None:
    messages = read_ts(make_translations.ts_path(language, refreshed))
    # lupdate found the code's strings (a wrong source list would make this pass on nothing), each
    # under the context the code asks for at run time: a message filed under another context (say a
    # module-level helper lupdate cannot place: "") is translated in the .ts yet never shown.
    assert {
        ("VerdictPanel", "READY"),
        ("messages", "STOP"),
        ("app", "Packstation is already running"),
        ("DetailPane", "Items:"),
    } <= {(m.context, m.source) for m in messages}
    assert not [m.source for m in messages if not m.context]
    problems = [problem for message in messages for problem in problems_of(message)]
    assert not problems, (
        f"packstation_{language}.ts: run python resources/make_translations.py --update and translate:\n"
        + "\n".join(problems)
    )


def test_english_has_every_plural_form(refreshed: Path) -> None:
    messages = read_ts(make_translations.ts_path("en", refreshed))
    assert messages, "the English file holds the plural forms (1 label / 2 labels)"
    assert all(len(m.forms) == 2 for m in messages)
    assert [p for m in messages for p in problems_of(m)] == []


def test_a_new_untranslated_string_is_reported(tmp_path: Path) -> None:
    new_source = tmp_path / "new_dialog.py"
    new_source.write_text(
        "from PySide6.QtCore import QCoreApplication\n"
        'QCoreApplication.translate("NewDialog", "Lock the station for %1 minutes")\n'
        'QCoreApplication.translate("NewDialog", "&Unlock")\n',
        encoding="utf-8",
    )
    folder = refreshed_copy(tmp_path / "ts", [*make_translations.python_sources(), new_source])
    problems = [p for m in read_ts(make_translations.ts_path("de", folder)) for p in problems_of(m)]
    assert problems == [
        "[NewDialog] 'Lock the station for %1 minutes': unfinished",
        "[NewDialog] '&Unlock': unfinished",
    ]


@pytest.mark.parametrize(
    ("source", "translation", "problem"),
    [
        ("Order %1 (tracking %2)", "Bestellung %1", "placeholders ['%1', '%2']"),
        ("Order %1", "Bestellung %2", "placeholders ['%1']"),
        ("&Print", "Drucken", "shortcut markers"),
        ("Print", "&Drucken", "shortcut markers"),
        ("Scan", "  ", "empty translation"),
    ],
)
def test_broken_placeholders_markers_and_blanks_are_reported(
    source: str, translation: str, problem: str
) -> None:
    (found,) = problems_of(Message("X", source, "", (translation,)))
    assert problem in found


def test_finished_translations_with_literal_ampersands_pass() -> None:
    assert problems_of(Message("X", "Save && &close %1", "", ("Speichern && &schließen %1",))) == []
    assert problems_of(Message("X", "%n scan(s)", "", ("%n Scan", "%n Scans"))) == []
    assert problems_of(Message("X", "%n scan(s)", "", ("ein Scan", "%n Scans")))  # %n lost
    assert problems_of(Message("X", "Old", "vanished", ("Alt",))) == ["[X] 'Old': vanished"]


# --- (b) the build step ------------------------------------------------------------------------


def test_the_build_step_makes_qm_files_qt_loads(tmp_path: Path) -> None:
    out = tmp_path / "qm"
    written = make_translations.compile_all(TRANSLATIONS, out, force=True)
    assert sorted(path.name for path in written) == sorted(
        f"packstation_{language}.qm" for language in make_translations.LANGUAGES
    )
    for language in TRANSLATED:
        translator = QTranslator()
        assert translator.load(str(out / f"packstation_{language}.qm"))
        assert translator.translate("VerdictPanel", "READY") == IDLE[language][0]
        assert translator.translate("messages", "Label for %1 printed.") not in ("", "Label for %1 printed.")
    english = QTranslator()
    assert english.load(str(out / "packstation_en.qm"))
    assert english.translate("VerdictPanel", "%n more scan(s) queued", None, 1) == "%n more scan queued"
    assert english.translate("VerdictPanel", "%n more scan(s) queued", None, 2) == "%n more scans queued"


def test_the_build_step_only_rebuilds_what_changed(tmp_path: Path) -> None:
    for language in make_translations.LANGUAGES:
        shutil.copy(make_translations.ts_path(language), make_translations.ts_path(language, tmp_path))
    assert make_translations.main(["--ts-dir", str(tmp_path)]) == 0
    assert len(list(tmp_path.glob("*.qm"))) == len(make_translations.LANGUAGES)
    assert make_translations.compile_all(tmp_path) == []  # all current: setup stays instant
    german = make_translations.ts_path("de", tmp_path)
    german.write_text(german.read_text(encoding="utf-8").replace("BEREIT", "LOS"), encoding="utf-8")
    later = make_translations.qm_path("de", tmp_path).stat().st_mtime_ns + 1_000_000
    os.utime(german, ns=(later, later))
    assert make_translations.compile_all(tmp_path) == [make_translations.qm_path("de", tmp_path)]
    translator = QTranslator()
    assert translator.load(str(make_translations.qm_path("de", tmp_path)))
    assert translator.translate("VerdictPanel", "READY") == "LOS"


def test_the_build_step_reports_a_missing_source(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert make_translations.main(["--ts-dir", str(tmp_path)]) == 1
    assert "packstation_en.ts is missing" in capsys.readouterr().err


def test_the_checkout_has_its_qm_files_built_and_current() -> None:
    # What the app loads from a checkout; ./dev setup (and so ./dev check and CI) builds them.
    for language in make_translations.LANGUAGES:
        qm, ts = make_translations.qm_path(language), make_translations.ts_path(language)
        assert qm.is_file(), f"{qm.name} is missing: run ./dev setup"
        assert qm.stat().st_mtime_ns >= ts.stat().st_mtime_ns, f"{qm.name} is stale: run ./dev setup"


# --- (c) choosing the language -----------------------------------------------------------------


@pytest.mark.parametrize("language", ["en", *TRANSLATED])
def test_the_settings_language_translates_the_screen(qapp: QApplication, language: str) -> None:
    settings = StationSettings(language=language)
    assert install_translators(qapp, settings.language) == language
    panel = VerdictPanel()
    assert (panel.word.text(), panel.headline.text()) == IDLE[language]
    panel.deleteLater()


def test_standard_buttons_are_translated_by_qts_own_files(qapp: QApplication) -> None:
    install_translators(qapp, "de")
    assert QCoreApplication.translate("QPlatformTheme", "&Yes") == "&Ja"
    install_translators(qapp, "fr")
    assert QCoreApplication.translate("QPlatformTheme", "&Yes") == "&Oui"


def test_a_second_call_replaces_the_first(qapp: QApplication) -> None:
    install_translators(qapp, "de")
    install_translators(qapp, "nl")
    assert len(qapp.findChildren(QTranslator, i18n.TRANSLATOR_NAME)) == 2  # ours and Qt's, for nl
    assert QCoreApplication.translate("VerdictPanel", "READY") == "GEREED"
    remove_translators(qapp)
    assert QCoreApplication.translate("VerdictPanel", "READY") == "READY"
    assert qapp.findChildren(QTranslator, i18n.TRANSLATOR_NAME) == []


def test_the_main_window_speaks_the_chosen_language(qapp: QApplication, make_window: WindowFactory) -> None:
    assert install_translators(qapp, "de") == "de"
    window = make_window({"language": "de"})
    assert window.verdict_panel.word.text() == "BEREIT"
    assert window.verdict_panel.headline.text() == "Barcode einer Bestellung scannen."
    assert window.scan_field.placeholderText() == "Barcode einer Bestellung scannen"
    assert window.status.mode.text() == "TRAINING"


@pytest.fixture
def default_locale() -> Iterator[None]:
    saved = QLocale()
    yield
    QLocale.setDefault(saved)


@pytest.mark.usefixtures("default_locale")
@pytest.mark.parametrize(
    ("locale", "expected"),
    [("nl_NL", "nl"), ("nl_BE", "nl"), ("de_AT", "de"), ("de_CH", "de"), ("fr_CA", "fr"), ("fr_BE", "fr"),
     ("en_GB", "en"), ("ja_JP", "en"), ("es_ES", "en")],
)  # fmt: skip
def test_system_follows_the_locale(qapp: QApplication, locale: str, expected: str) -> None:
    QLocale.setDefault(QLocale(locale))
    assert resolve_language("system") == expected
    assert install_translators(qapp, "system") == expected
    assert QCoreApplication.translate("VerdictPanel", "READY") == IDLE[expected][0]


@pytest.mark.usefixtures("default_locale")
def test_an_explicit_language_beats_the_system_locale(qapp: QApplication) -> None:
    QLocale.setDefault(QLocale("fr_FR"))
    assert install_translators(qapp, StationSettings(language="nl").language) == "nl"
    assert ScanField().placeholderText() == "Scan de barcode van een bestelling"


def test_an_unknown_language_is_refused(qapp: QApplication) -> None:
    with pytest.raises(ValueError, match="no translation for language 'es'"):
        install_translators(qapp, "es")


def test_a_missing_qm_file_falls_back_to_english(
    qapp: QApplication, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    # Mocked: a station whose .qm files were never built. Deleting the checkout's files would
    # break other tests running from the same folder.
    def not_built(relative: str) -> Path:
        raise FileNotFoundError(f"resource {relative!r} not found")

    monkeypatch.setattr(i18n, "resource_path", not_built)
    with caplog.at_level(logging.WARNING, logger="packstation.qt.i18n"):
        assert install_translators(qapp, "de") == "en"
    assert "no de translation, showing English" in caplog.text
    assert QCoreApplication.translate("VerdictPanel", "READY") == "READY"


def test_every_translate_call_names_its_context_and_text_literally() -> None:
    """lupdate reads only literal arguments: a wrapper like `_tr(text)` hides every string passed
    to it from the .ts files (the console's actions were shown in English that way)."""
    import ast

    hidden, seen = [], 0
    for path in sorted((ROOT / "packstation" / "qt").rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call):
                continue
            name = node.func.attr if isinstance(node.func, ast.Attribute) else getattr(node.func, "id", "")
            if name not in ("translate", "tr"):
                continue
            literal = [isinstance(arg, ast.Constant) and isinstance(arg.value, str) for arg in node.args[:2]]
            wanted = 2 if name == "translate" else 1
            seen += 1
            if len(literal) < wanted or not all(literal[:wanted]):
                hidden.append(f"{path.relative_to(ROOT)}:{node.lineno}")
    assert seen > 100  # the search found the GUI's strings
    assert hidden == []


def test_no_text_to_translate_hides_inside_an_f_string() -> None:
    """lupdate does not read inside f-strings: `f"{self.tr('(nobody signed in)')}"` was never in
    the .ts files, so it showed in English in every language. Translate first, then format."""
    import ast

    hidden = []
    for path in sorted((ROOT / "packstation").rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.JoinedStr):
                continue
            for inner in ast.walk(node):
                if isinstance(inner, ast.Call):
                    func = inner.func
                    name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
                    if name in ("tr", "translate"):
                        hidden.append(f"{path.relative_to(ROOT)}:{inner.lineno}")
    assert hidden == []


# Finished translations per language when the wording was last reviewed (2026-12-07: 369 each, after
# the dead `scan_badge` wording went). Moving strings to new Qt contexts (the application-layer
# issue) must carry every translation along: lupdate would otherwise leave them unfinished.
FINISHED_AT_LEAST = 369


def _finished(path: Path) -> int:
    count = 0
    for message in ET.parse(path).iter("message"):
        translation = message.find("translation")
        if translation is None or translation.get("type") in ("unfinished", "obsolete", "vanished"):
            continue
        if (translation.text or "").strip() or translation.findall("numerusform"):
            count += 1
    return count


@pytest.mark.parametrize("language", TRANSLATED)
def test_the_number_of_finished_translations_does_not_fall(language: str) -> None:
    path = TRANSLATIONS / f"packstation_{language}.ts"
    assert _finished(path) >= FINISHED_AT_LEAST
