"""Puts the GUI in the station's language: our translations plus Qt's own (standard buttons).

`settings.language` is "system" or one of `SHIPPED_LANGUAGES`. "system" follows the default
`QLocale()`: the operating system's locale unless something called `QLocale.setDefault`, walking the
user's preferred UI languages in order and taking the first one shipped; English otherwise.

Our `.qm` files are built from `resources/translations/*.ts` (resources/make_translations.py) and
found through `resource_path`; Qt's `qtbase_<lang>.qm` come with PySide6 (`QLibraryInfo`).
Widgets take their texts when they are built, so call this before the windows are made.
"""

from __future__ import annotations

import logging
from typing import Final

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from packstation.resources import resource_path

log = logging.getLogger("packstation.qt.i18n")

SOURCE_LANGUAGE: Final = "en"
SHIPPED_LANGUAGES: Final = ("en", "nl", "de", "fr")
# Marks our translators among the application's children, so a second call replaces them.
TRANSLATOR_NAME: Final = "packstation-translator"


def system_language(locale: QLocale | None = None) -> str:
    """The first shipped language among the locale's preferred UI languages, else English."""
    for tag in (locale or QLocale()).uiLanguages():
        language = tag.replace("_", "-").split("-")[0].lower()
        if language in SHIPPED_LANGUAGES:
            return language
    return SOURCE_LANGUAGE


def resolve_language(language: str) -> str:
    """The language to show for a `settings.language` value ("system" or a shipped code)."""
    if language == "system":
        return system_language()
    if language not in SHIPPED_LANGUAGES:
        raise ValueError(f"no translation for language {language!r}; shipped: {', '.join(SHIPPED_LANGUAGES)}")
    return language


def remove_translators(app: QCoreApplication) -> None:
    """Take out the translators `install_translators` put in (back to the English source texts)."""
    for translator in app.findChildren(QTranslator, TRANSLATOR_NAME):
        QCoreApplication.removeTranslator(translator)
        translator.setParent(None)
        translator.deleteLater()


def _translator(app: QCoreApplication, path: str) -> QTranslator | None:
    translator = QTranslator(app)  # parented: Python must not collect it while installed
    translator.setObjectName(TRANSLATOR_NAME)
    if translator.load(path) and QCoreApplication.installTranslator(translator):
        return translator
    translator.setParent(None)
    translator.deleteLater()
    return None


def install_translators(app: QCoreApplication, language: str) -> str:
    """Install the translations for `language` (a `settings.language` value); returns the language used.

    Replaces whatever an earlier call installed. A language whose `.qm` is missing (not built: run
    `./dev setup` or resources/make_translations.py) falls back to English with a warning rather
    than stopping the station.
    """
    chosen = resolve_language(language)
    remove_translators(app)
    # English needs ours too: it holds the plural forms ("1 label", "2 labels").
    try:
        ours = str(resource_path(f"translations/packstation_{chosen}.qm"))
    except FileNotFoundError as error:
        log.warning("no %s translation, showing English: %s", chosen, error)
        return SOURCE_LANGUAGE
    if _translator(app, ours) is None:
        log.warning("the translation %s could not be loaded, showing English", ours)
        return SOURCE_LANGUAGE
    if chosen != SOURCE_LANGUAGE:
        qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        # Installed after ours, so consulted first; they share no contexts, so order does not matter.
        if _translator(app, f"{qt_folder}/qtbase_{chosen}.qm") is None:
            log.warning(
                "Qt's own %s translation is missing in %s: standard buttons stay English", chosen, qt_folder
            )
    return chosen
