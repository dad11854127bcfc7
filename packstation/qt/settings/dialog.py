"""The station's settings dialog: a form over `StationSettings`, wired to the core. No role logic:
the caller opens it only in shift-lead mode.

The dialog is the shell around four tabs (`station_tab`, `sendcloud_tab`, `printer_tab`,
`packers_tab`), each filling its fields from the settings and giving them back as settings data.
The shell validates the whole form with the model (pydantic), so every rule is the model's, shown
next to its field, and runs the save sequence. Over a settings file changed outside Packstation,
`review_box` lists what the station holds back, for the lead to keep or take from the file.

Everything slow runs on the `TaskRunner`'s lanes, through `app.settings_service`: the pickers and
"Test connection" on the API lane, "Test print" and the printer's resolution (~HI) on the printer
lane, the API keys on the keyring lane (`store_keys`: the OS keyring and nowhere else) and the
settings file on the journal lane (`store_settings`, atomic).

Wiring from the main window, in one call (the lead's name goes with the save into the journal:
from the next start the station uses the file as a lead's, `station/settings_guard.py`):

    dialog = SettingsDialog.for_station(station, runner, parent=window, lead=lead.name)
    dialog.saved.connect(window.apply_settings)   # StationSettings, once saved
    dialog.open()
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from pydantic import ValidationError
from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTabWidget, QVBoxLayout, QWidget

from packstation.app.settings_service import (
    ClientFactory,
    PrinterCheck,
    SavedBy,
    StationSettings,
    check_printer,
    printer_needs_check,
    station_client_factory,
    store_keys,
    store_settings,
)
from packstation.credentials import ApiCredentials
from packstation.errors import PackstationError
from packstation.paths import StationPaths
from packstation.qt.settings.fields import ERROR_STYLE, FieldErrors, OwnedTasks, in_words, wrapped_label
from packstation.qt.settings.packers_tab import PackersTab
from packstation.qt.settings.printer_tab import PrinterTab
from packstation.qt.settings.review_box import ReviewBox
from packstation.qt.settings.sendcloud_tab import CONNECTION_TIMEOUT, SendcloudTab
from packstation.qt.settings.station_tab import StationTab
from packstation.qt.tasks import Lane, TaskRunner
from packstation.validation import problems

if TYPE_CHECKING:
    from packstation.app.station import Station
    from packstation.station.settings_guard import SettingsChange

# The Labels and printer page's fields that a change outside Packstation may hold back: the page is
# filled as a whole, each of them from the file or from what is in use.
_PRINTER_PAGE_FIELDS = ("printer", "label_mime_type", "label_dpi")


class SettingsDialog(QDialog):
    """Edit, test and save the station's settings. Emits `saved(StationSettings)` once saved."""

    saved = Signal(object)  # StationSettings, written to the settings file
    choices_loaded = Signal(object)  # SettingsChoices
    choices_failed = Signal(str)
    connection_tested = Signal(bool, str)  # ok, what a person reads
    test_printed = Signal(bool, str)
    printer_asked = Signal(bool, str)
    scale_read = Signal(bool, str)  # ok, what a person reads ("Read the scale")
    save_failed = Signal(str)
    keys_state_known = Signal(str)

    def __init__(
        self,
        settings: StationSettings,
        client_factory: ClientFactory,
        runner: TaskRunner,
        paths: StationPaths,
        parent: QWidget | None = None,
        *,
        connection_timeout: float = CONNECTION_TIMEOUT,
        saved_by: SavedBy | None = None,
        change: SettingsChange | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("settingsDialog")
        self.setWindowTitle(self.tr("Station settings"))
        self._original = settings
        self._paths = paths
        self._saved_by = saved_by
        self._change = change  # the file changed outside Packstation: `settings` holds its safety fields back
        self.review = ReviewBox(change, settings) if change is not None else None
        self._tasks = OwnedTasks(runner, self)
        self._errors = FieldErrors()
        self._problems: list[str] = []  # shown in `error_list`, the fields' own errors included
        self.warnings: list[str] = []  # after a save that went through with something to check
        self.station_tab = StationTab(self._errors)
        self.sendcloud_tab = SendcloudTab(self._errors, client_factory, runner, connection_timeout)
        self.printer_tab = PrinterTab(self._errors, runner)
        self.packers_tab = PackersTab(self._errors)
        self._build()
        self._relay_signals()
        self._expose_fields()
        self.station_tab.fill(settings)
        self.sendcloud_tab.fill(settings)
        self.printer_tab.fill(settings)
        self.packers_tab.fill(settings)
        self.sendcloud_tab.reload_choices()
        self.sendcloud_tab.read_stored_keys()

    @classmethod
    def for_station(
        cls,
        station: Station,
        runner: TaskRunner,
        parent: QWidget | None = None,
        *,
        lead: str,
        change: SettingsChange | None = None,
    ) -> SettingsDialog:
        """The dialog over the running station's settings; a save is recorded as `lead`'s. With
        `change` (the station's `settings_change`, until a lead saved), the review box shows what
        the file changed and the station holds back."""
        dialog = cls(
            station.settings,
            station_client_factory(station),
            runner,
            station.paths,
            parent,
            saved_by=SavedBy(lead, station.journal),
            change=change,
        )
        if station.shared:
            dialog.packers_tab.show_shared()
        return dialog

    # ------------------------------------------------------------------ building the dialog
    def _build(self) -> None:
        self.tabs = QTabWidget()
        self.tabs.addTab(self.station_tab, self.tr("Station"))
        self.tabs.addTab(self.sendcloud_tab, self.tr("Sendcloud"))
        self.tabs.addTab(self.printer_tab, self.tr("Labels and printer"))
        self.tabs.addTab(self.packers_tab, self.tr("Packers and scanner"))
        self.error_list = wrapped_label("settingsErrors")
        self.error_list.setStyleSheet(ERROR_STYLE)
        self.status = wrapped_label("settingsStatus")
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        column = QVBoxLayout(self)
        if self.review is not None:
            self.review.toggled.connect(self._take_from_file)
            column.addWidget(self.review)
        column.addWidget(self.tabs)
        column.addWidget(self.error_list)
        column.addWidget(self.status)
        column.addWidget(self.buttons)

    def _relay_signals(self) -> None:
        """The tabs' answers, as the dialog's signals."""
        self.sendcloud_tab.choices_loaded.connect(self.choices_loaded)
        self.sendcloud_tab.choices_failed.connect(self.choices_failed)
        self.sendcloud_tab.connection_tested.connect(self.connection_tested)
        self.sendcloud_tab.keys_state_known.connect(self.keys_state_known)
        self.printer_tab.test_printed.connect(self.test_printed)
        self.printer_tab.printer_asked.connect(self.printer_asked)
        self.printer_tab.scale_read.connect(self.scale_read)

    def _expose_fields(self) -> None:
        """The tabs' fields and buttons that the tests and the guide's screenshots drive, on the
        dialog itself: callers need not know on which tab a field is."""
        station, sendcloud = self.station_tab, self.sendcloud_tab
        printer, packers = self.printer_tab, self.packers_tab
        self.station_name = station.station_name
        self.language = station.language
        self.auto_lock_minutes = station.auto_lock_minutes
        self.label_retention_days = station.label_retention_days
        self.keys_state = sendcloud.keys_state
        self.public_key = sendcloud.public_key
        self.secret_key = sendcloud.secret_key
        self.test_connection_button = sendcloud.test_connection_button
        self.connection_result = sendcloud.connection_result
        self.integrations = sendcloud.integrations
        self.chosen_integrations = sendcloud.chosen_integrations
        self.sender_address = sendcloud.sender_address
        self.route = sendcloud.route
        self.shipping_option = sendcloud.shipping_option
        self.contract = sendcloud.contract
        self.brand_id = sendcloud.brand_id
        self.apply_shipping_rules = sendcloud.apply_shipping_rules
        self.label_mime_type = printer.label_mime_type
        self.label_dpi = printer.label_dpi
        self.offered_label_dpis = printer.offered_label_dpis
        self.printer_url = printer.printer_url
        self.printer_dpi = printer.printer_dpi
        self.printer_media = printer.printer_media
        self.ask_printer_button = printer.ask_printer_button
        self.test_print_button = printer.test_print_button
        self.scale_url = printer.scale_url
        self.read_scale_button = printer.read_scale_button
        self.add_packer = packers.add_packer
        self.strip_prefix = packers.strip_prefix
        self.lookup_attempts = packers.lookup_attempts

    # ------------------------------------------------------------------ form → settings
    def form_values(self) -> dict[str, Any]:
        """The form as settings data: the saved settings with every field the dialog shows on top."""
        data = self._original.model_dump(mode="json")
        data.update(self.station_tab.values())
        data.update(self.sendcloud_tab.values())
        data.update(self.printer_tab.values())
        data.update(self.packers_tab.values())
        if self.review is not None and self._change is not None and "api_url" in self.review.taken():
            data["api_url"] = self._change.in_file.api_url  # no field of its own: taken as the file has it
        return data

    def _take_from_file(self, field: str, taken: bool) -> None:
        """Put the file's value of a held-back field into its page (or back what is in use)."""
        if self.review is None or self._change is None:
            return
        in_file, in_use = self._change.in_file, self._original
        if field == "label_retention_days":
            source = in_file if taken else in_use
            self.station_tab.label_retention_days.setValue(source.label_retention_days)
        elif field in _PRINTER_PAGE_FIELDS:
            chosen = self.review.taken()
            picked = {
                name: getattr(in_file if name in chosen else in_use, name) for name in _PRINTER_PAGE_FIELDS
            }
            self.printer_tab.fill(in_use.model_copy(update=picked))

    def validated(self) -> StationSettings | None:
        """The form as `StationSettings`, or None with every problem shown next to its field."""
        self._clear_errors()
        try:
            return StationSettings.model_validate(self.form_values())
        except ValidationError as error:
            listed = []
            for problem in problems(error):
                field = problem.path[0] if problem.path else ""
                detail = ".".join(problem.path[1:])
                self._errors.show(field, f"{detail}: {problem.message}" if detail else problem.message)
                listed.append(problem.describe("") if problem.path else problem.message)
            self._show_problems(listed)
            return None

    def _clear_errors(self) -> None:
        self._errors.clear()
        self.error_list.clear()
        self._problems = []

    def _show_problems(self, problems: list[str]) -> None:
        self._problems = problems
        self.error_list.setText(self.tr("Please fix:") + "\n" + "\n".join(f"• {p}" for p in problems))

    def error_text(self, field: str) -> str:
        """The error shown next to a settings field ("" when none)."""
        return self._errors.text(field)

    # ------------------------------------------------------------------ saving
    def save(self) -> None:
        """Validate; check the printer (~HI); keys to the keyring; the file, atomically. In that order,
        each on its own lane, each stopping the rest when it fails."""
        self.warnings = []
        settings = self.validated()
        try:
            credentials = self.sendcloud_tab.typed_credentials()
        except PackstationError as error:
            self._errors.show("public_key", error.message)
            self._problems.append(error.message)
            self._show_problems(self._problems)
            return
        if settings is None:
            return
        self.save_button.setEnabled(False)
        self.status.setText(self.tr("Saving…"))
        if printer_needs_check(settings, self._original):
            self._tasks.submit(
                Lane.PRINTER,
                lambda: check_printer(settings),
                lambda check: self._printer_checked(check, settings, credentials),
                lambda error: self._printer_checked(
                    PrinterCheck(unchecked=in_words(error)), settings, credentials
                ),
            )
        else:
            self._save_keys(settings, credentials)

    def _printer_checked(
        self, check: PrinterCheck, settings: StationSettings, credentials: ApiCredentials | None
    ) -> None:
        if check.refused is not None:
            self._errors.show("printer", check.refused.message)
            self._save_failed(check.refused)
            return
        if check.unchecked is not None:
            # The printer could not say (off, busy, no answer): save, and say what was not checked.
            self.warnings.append(
                self.tr("The printer's resolution could not be checked: %1").replace("%1", check.unchecked)
            )
        self._save_keys(settings, credentials)

    def _save_keys(self, settings: StationSettings, credentials: ApiCredentials | None) -> None:
        if credentials is None:
            self._save_file(settings)
            return

        def stored(_: None) -> None:
            self.sendcloud_tab.keys_stored(credentials)
            self._save_file(settings)

        self._tasks.submit(Lane.KEYRING, lambda: store_keys(credentials), stored, self._save_failed)

    def _save_file(self, settings: StationSettings) -> None:
        paths, options, saved_by = self._paths, self.sendcloud_tab.shipping_options(), self._saved_by
        before = self._original.packers  # on a shared journal, the changes go to the warehouse's list
        self._tasks.submit(
            Lane.JOURNAL,
            lambda: store_settings(paths, settings, options, saved_by, before),
            lambda _: self._saved(settings),
            self._save_failed,
        )

    def _saved(self, settings: StationSettings) -> None:
        self._original = settings
        self.printer_tab.saved_printer = settings.printer
        self.save_button.setEnabled(True)
        self.saved.emit(settings)
        if self.warnings:
            self.status.setText(self.tr("Saved. Please check:") + "\n" + "\n".join(self.warnings))
            self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Close"))
            return
        self.status.setText(self.tr("Saved."))
        self.accept()

    def _save_failed(self, error: BaseException) -> None:
        text = in_words(error)
        self.save_button.setEnabled(True)
        self.status.setText(self.tr("Not saved: %1").replace("%1", text))
        self.save_failed.emit(text)
