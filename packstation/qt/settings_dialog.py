"""The station's settings dialog: a form over `StationSettings`, wired to the core. No role logic:
the caller opens it only in shift-lead mode.

Everything slow runs on the `TaskRunner`'s lanes, through `app.settings_service`: the pickers and
"Test connection" on the API lane, "Test print" and the printer's resolution (~HI) on the printer
lane, the API keys on the keyring lane (`store_keys`: the OS keyring and nowhere else) and the
settings file on the journal lane (`store_settings`, atomic). The form itself validates with the
model (pydantic), so every rule is the model's, shown next to its field.

Wiring from the main window, in one call:

    dialog = SettingsDialog.for_station(station, runner, parent=window)
    dialog.saved.connect(window.apply_settings)   # StationSettings, once saved
    dialog.open()
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any, Final, TypeVar, get_args

import shiboken6
from pydantic import ValidationError
from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from packstation.app.settings_service import (
    LABEL_MIME_TYPES,
    SUPPORTED_DPIS,
    AuthenticationError,
    ClientFactory,
    Integration,
    Orientation,
    PrinterCheck,
    PrinterIdentity,
    PrinterLanguage,
    PrinterProfile,
    ScannerSetting,
    SettingsChoices,
    ShippingChoices,
    StationSettings,
    calibration_print,
    check_printer,
    identify_printer,
    label_dpi,
    label_dpi_choices,
    load_choices,
    load_shipping_choices,
    printer_needs_check,
    station_client_factory,
    store_keys,
    store_settings,
    try_connection,
)
from packstation.credentials import ApiCredentials, from_keyring, redact
from packstation.error_codes import ErrorCode
from packstation.errors import PackstationError
from packstation.paths import StationPaths
from packstation.qt.tasks import Lane, TaskRunner
from packstation.validation import describe, problems

if TYPE_CHECKING:
    from packstation.app.station import Station
    from packstation.sendcloud import SenderAddress

T = TypeVar("T")

CONNECTION_TIMEOUT: Final = 5.0  # seconds, as the doctor's: a test reports, it does not wait out an outage


class SettingsDialog(QDialog):
    """Edit, test and save the station's settings. Emits `saved(StationSettings)` once saved."""

    saved = Signal(object)  # StationSettings, written to the settings file
    choices_loaded = Signal(object)  # SettingsChoices
    choices_failed = Signal(str)
    connection_tested = Signal(bool, str)  # ok, what a person reads
    test_printed = Signal(bool, str)
    printer_asked = Signal(bool, str)
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
    ) -> None:
        super().__init__(parent)
        self.setObjectName("settingsDialog")
        self.setWindowTitle(self.tr("Station settings"))
        self._original = settings
        self._client_factory = client_factory
        self._runner = runner
        self._paths = paths
        self._timeout = connection_timeout
        self._choices: SettingsChoices | None = None
        self._ship_with_code = settings.ship_with.shipping_option_code if settings.ship_with else None
        self._contract_id = settings.ship_with.contract_id if settings.ship_with else None
        self._error_labels: dict[str, QLabel] = {}
        self._problems: list[str] = []  # shown in `error_list`, the fields' own errors included
        self.warnings: list[str] = []  # after a save that went through with something to check
        self._filling = False  # True while the code refills pickers: their change signals are not the user's
        self._build()
        self._fill(settings)
        self.reload_choices()
        self._submit(Lane.KEYRING, from_keyring, self._keys_read, self._keys_unreadable)

    @classmethod
    def for_station(
        cls, station: Station, runner: TaskRunner, parent: QWidget | None = None
    ) -> SettingsDialog:
        return cls(station.workflow.settings, station_client_factory(station), runner, station.paths, parent)

    # ------------------------------------------------------------------ building the form
    def _build(self) -> None:
        self.tabs = QTabWidget()
        self.tabs.addTab(self._station_tab(), self.tr("Station"))
        self.tabs.addTab(self._sendcloud_tab(), self.tr("Sendcloud"))
        self.tabs.addTab(self._printer_tab(), self.tr("Labels and printer"))
        self.tabs.addTab(self._people_tab(), self.tr("Packers and scanner"))
        self.error_list = QLabel()
        self.error_list.setObjectName("settingsErrors")
        self.error_list.setWordWrap(True)
        self.error_list.setStyleSheet("color: #b71c1c;")
        self.status = QLabel()
        self.status.setObjectName("settingsStatus")
        self.status.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        column = QVBoxLayout(self)
        column.addWidget(self.tabs)
        column.addWidget(self.error_list)
        column.addWidget(self.status)
        column.addWidget(self.buttons)

    def _row(self, form: QFormLayout, label: str, widget: QWidget, field: str | None = None) -> None:
        """A form row; with `field`, an error line under it for that settings field."""
        if field is None:
            form.addRow(label, widget)
            return
        holder = QWidget()
        column = QVBoxLayout(holder)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(widget)
        error = QLabel()
        error.setObjectName(f"error_{field}")
        error.setWordWrap(True)
        error.setStyleSheet("color: #b71c1c;")
        error.hide()
        column.addWidget(error)
        self._error_labels[field] = error
        form.addRow(label, holder)

    def _station_tab(self) -> QWidget:
        page = QWidget()
        form = QFormLayout(page)
        self.station_name = QLineEdit()
        self._row(form, self.tr("Station name"), self.station_name, "station_name")
        self.sounds = QCheckBox(self.tr("Play a sound for every scan"))
        self._row(form, "", self.sounds, "sounds")
        self.language = QComboBox()
        names = {
            "system": self.tr("The computer's language"),
            "en": "English",
            "nl": "Nederlands",
            "de": "Deutsch",
            "fr": "Français",
        }
        for code in get_args(StationSettings.model_fields["language"].annotation):
            self.language.addItem(names.get(code, code), code)
        self._row(form, self.tr("Language"), self.language, "language")
        # Wide ranges on purpose: the model's bounds are the rule, reported next to the field.
        self.auto_lock_minutes = _spin(0, 100_000, self.tr(" min"))
        self._row(form, self.tr("Lock shift-lead mode after"), self.auto_lock_minutes, "auto_lock_minutes")
        self.label_retention_days = _spin(0, 100_000, self.tr(" days"))
        self._row(form, self.tr("Keep labels for"), self.label_retention_days, "label_retention_days")
        self.allow_second_label = QCheckBox(self.tr("Allow a second label for an order already shipped"))
        self._row(form, "", self.allow_second_label, "allow_second_label")
        return page

    def _sendcloud_tab(self) -> QWidget:
        page = QWidget()
        form = QFormLayout(page)
        self.keys_state = QLabel(self.tr("Looking for stored keys…"))
        self.keys_state.setObjectName("keysState")
        self.keys_state.setWordWrap(True)
        form.addRow(self.tr("API keys"), self.keys_state)
        self.public_key = QLineEdit()
        self.public_key.setPlaceholderText(self.tr("leave empty to keep the stored keys"))
        self.secret_key = QLineEdit()
        self.secret_key.setEchoMode(QLineEdit.EchoMode.Password)
        self.secret_key.setPlaceholderText(self.tr("leave empty to keep the stored keys"))
        self._row(form, self.tr("Public key"), self.public_key, "public_key")
        self._row(form, self.tr("Secret key"), self.secret_key, "secret_key")
        self.test_connection_button = QPushButton(self.tr("Test connection"))
        self.test_connection_button.clicked.connect(self.test_connection)
        self.connection_result = QLabel()
        self.connection_result.setObjectName("connectionResult")
        self.connection_result.setWordWrap(True)
        form.addRow(self.test_connection_button, self.connection_result)
        self.integrations = QListWidget()
        self.integrations.setObjectName("integrations")
        self.integrations.itemChanged.connect(lambda _item: self._reload_shipping())
        self._row(form, self.tr("Integrations (none: all)"), self.integrations, "integration_ids")
        self.sender_address = QComboBox()
        self.sender_address.currentIndexChanged.connect(lambda _index: self._reload_shipping())
        self._row(form, self.tr("Sender address"), self.sender_address, "sender_address_id")
        self.route = QLabel()
        self.route.setObjectName("route")
        self.route.setWordWrap(True)
        form.addRow("", self.route)
        self.shipping_option = QComboBox()
        self.shipping_option.currentIndexChanged.connect(lambda _index: self._fill_contracts())
        self._row(form, self.tr("Ship with"), self.shipping_option, "ship_with")
        self.contract = QComboBox()
        self._row(form, self.tr("Contract"), self.contract, "contract")
        self.brand_id = _spin(0, 2_000_000_000, "")
        self.brand_id.setSpecialValueText(self.tr("no brand"))
        self._row(form, self.tr("Brand id"), self.brand_id, "brand_id")
        self.apply_shipping_rules = QCheckBox(self.tr("Apply the account's shipping rules"))
        self._row(form, "", self.apply_shipping_rules, "apply_shipping_rules")
        self.reload_button = QPushButton(self.tr("Reload from Sendcloud"))
        self.reload_button.clicked.connect(self.reload_choices)
        self.choices_state = QLabel()
        self.choices_state.setObjectName("choicesState")
        self.choices_state.setWordWrap(True)
        form.addRow(self.reload_button, self.choices_state)
        return page

    def _printer_tab(self) -> QWidget:
        page = QWidget()
        form = QFormLayout(page)
        self.label_mime_type = QComboBox()
        names = {"application/pdf": "PDF", "application/zpl": "ZPL (Zebra)", "image/png": "PNG"}
        for mime in LABEL_MIME_TYPES:
            self.label_mime_type.addItem(names.get(mime, mime), mime)
        self.label_mime_type.currentIndexChanged.connect(lambda _index: self._fill_label_dpis())
        self._row(form, self.tr("Label format"), self.label_mime_type, "label_mime_type")
        self.label_dpi = QComboBox()
        self._row(form, self.tr("Label resolution"), self.label_dpi, "label_dpi")
        self.printer_url = QLineEdit()
        self.printer_url.setPlaceholderText(self.tr("tcp://192.168.1.50:9100 — empty: labels only saved"))
        self._row(form, self.tr("Printer address"), self.printer_url, "printer")
        self.printer_language = QComboBox()
        for language in PrinterLanguage:
            self.printer_language.addItem(language.value.upper(), language.value)
        form.addRow(self.tr("Printer language"), self.printer_language)
        self.printer_dpi = QComboBox()
        for dpi in SUPPORTED_DPIS:
            self.printer_dpi.addItem(self.tr("%1 dpi").replace("%1", str(dpi)), dpi)
        self.ask_printer_button = QPushButton(self.tr("Ask the printer"))
        self.ask_printer_button.clicked.connect(self.ask_printer)
        dpi_row = QWidget()
        dpi_line = QHBoxLayout(dpi_row)
        dpi_line.setContentsMargins(0, 0, 0, 0)
        dpi_line.addWidget(self.printer_dpi, 1)
        dpi_line.addWidget(self.ask_printer_button)
        form.addRow(self.tr("Printer resolution"), dpi_row)
        self.printer_media = QLineEdit()
        self.printer_media.setPlaceholderText("4x6, a6, 100x150mm, 102x76mm")
        form.addRow(self.tr("Label size"), self.printer_media)
        self.printer_orientation = QComboBox()
        self.printer_orientation.addItem(self.tr("Short side across the head"), Orientation.PORTRAIT.value)
        self.printer_orientation.addItem(self.tr("Long side across the head"), Orientation.LANDSCAPE.value)
        form.addRow(self.tr("Media loaded"), self.printer_orientation)
        self.test_print_button = QPushButton(self.tr("Test print"))
        self.test_print_button.clicked.connect(self.test_print)
        self.print_result = QLabel()
        self.print_result.setObjectName("printResult")
        self.print_result.setWordWrap(True)
        form.addRow(self.test_print_button, self.print_result)
        return page

    def _people_tab(self) -> QWidget:
        page = QWidget()
        column = QVBoxLayout(page)
        self.packers = QTableWidget(0, 2)
        self.packers.setObjectName("packers")
        self.packers.setHorizontalHeaderLabels([self.tr("Badge id"), self.tr("Name")])
        self.packers.horizontalHeader().setStretchLastSection(True)
        add, remove = QPushButton(self.tr("Add packer")), QPushButton(self.tr("Remove packer"))
        add.clicked.connect(lambda: self.add_packer("", ""))
        remove.clicked.connect(lambda: self.packers.removeRow(max(self.packers.currentRow(), 0)))
        buttons = QHBoxLayout()
        buttons.addWidget(add)
        buttons.addWidget(remove)
        buttons.addStretch(1)
        form = QFormLayout()
        self._row(form, self.tr("Packers"), self.packers, "packers")
        column.addLayout(form)
        column.addLayout(buttons)
        scanner = QFormLayout()
        self.strip_prefix, self.strip_suffix, self.badge_pattern = QLineEdit(), QLineEdit(), QLineEdit()
        self.keyboard_layout = QComboBox()
        for layout in get_args(ScannerSetting.model_fields["keyboard_layout"].annotation):
            self.keyboard_layout.addItem(self.tr("Detect") if layout == "auto" else layout.upper(), layout)
        self.debounce_seconds = _double_spin(0, 1_000, self.tr(" s"))
        self.lookup_attempts = _spin(0, 1_000, "")
        self.lookup_backoff = _double_spin(0, 1_000, self.tr(" s"))
        self._row(scanner, self.tr("Scanner prefix to strip"), self.strip_prefix, "scanner")
        scanner.addRow(self.tr("Scanner suffix to strip"), self.strip_suffix)
        scanner.addRow(self.tr("Scanner keyboard layout"), self.keyboard_layout)
        scanner.addRow(self.tr("Ignore a repeated scan within"), self.debounce_seconds)
        scanner.addRow(self.tr("Badge pattern"), self.badge_pattern)
        self._row(scanner, self.tr("Order lookups"), self.lookup_attempts, "lookup")
        scanner.addRow(self.tr("Wait between lookups"), self.lookup_backoff)
        column.addLayout(scanner)
        return page

    def add_packer(self, badge_id: str, name: str) -> None:
        row = self.packers.rowCount()
        self.packers.insertRow(row)
        self.packers.setItem(row, 0, QTableWidgetItem(badge_id))
        self.packers.setItem(row, 1, QTableWidgetItem(name))

    # ------------------------------------------------------------------ settings → form → settings
    def _fill(self, settings: StationSettings) -> None:
        self.station_name.setText(settings.station_name)
        self.sounds.setChecked(settings.sounds)
        _select(self.language, settings.language)
        self.auto_lock_minutes.setValue(settings.auto_lock_minutes)
        self.label_retention_days.setValue(settings.label_retention_days)
        self.allow_second_label.setChecked(settings.allow_second_label)
        self.brand_id.setValue(settings.brand_id or 0)
        self.apply_shipping_rules.setChecked(settings.apply_shipping_rules)
        _select(self.label_mime_type, settings.label_mime_type)
        self._fill_label_dpis()
        _select(self.label_dpi, settings.label_dpi)
        printer = settings.printer
        self.printer_url.setText(printer.url if printer else "")
        _select(self.printer_language, (printer.language if printer else PrinterLanguage.ZPL).value)
        _select(self.printer_dpi, printer.dpi if printer else 203)
        self.printer_media.setText(printer.media.name if printer else "4x6")
        _select(self.printer_orientation, (printer.orientation if printer else Orientation.PORTRAIT).value)
        for packer in settings.packers:
            self.add_packer(packer.badge_id, packer.name)
        scanner = settings.scanner
        self.strip_prefix.setText(scanner.strip_prefix)
        self.strip_suffix.setText(scanner.strip_suffix)
        _select(self.keyboard_layout, scanner.keyboard_layout)
        self.debounce_seconds.setValue(scanner.debounce_seconds)
        self.badge_pattern.setText(scanner.badge_pattern or "")
        self.lookup_attempts.setValue(settings.lookup.attempts)
        self.lookup_backoff.setValue(settings.lookup.backoff_seconds)
        # Until Sendcloud answers, the pickers hold the saved choices, so a save keeps them.
        self._fill_integrations([], settings.integration_ids)
        self._fill_senders([], settings.sender_address_id)
        self._fill_options(None)

    def _fill_label_dpis(self) -> None:
        mime = str(self.label_mime_type.currentData())
        current = self.label_dpi.currentData()
        self.label_dpi.clear()
        default = label_dpi(mime, None)
        self.label_dpi.addItem(self.tr("Sendcloud's default (%1 dpi)").replace("%1", str(default)), None)
        choices = label_dpi_choices(mime)
        if len(choices) > 1:  # one choice is the default already
            for dpi in choices:
                self.label_dpi.addItem(self.tr("%1 dpi").replace("%1", str(dpi)), dpi)
        _select(self.label_dpi, current)

    def offered_label_dpis(self, mime_type: str) -> list[int | None]:
        """The label DPIs the dialog offers for a format (None: Sendcloud's default)."""
        _select(self.label_mime_type, mime_type)
        return [self.label_dpi.itemData(i) for i in range(self.label_dpi.count())]

    def form_values(self) -> dict[str, Any]:
        """The form as settings data: the saved settings with every field the dialog shows on top."""
        data = self._original.model_dump(mode="json")
        data.update(
            station_name=self.station_name.text().strip(),
            sounds=self.sounds.isChecked(),
            language=self.language.currentData(),
            auto_lock_minutes=self.auto_lock_minutes.value(),
            label_retention_days=self.label_retention_days.value(),
            allow_second_label=self.allow_second_label.isChecked(),
            integration_ids=self.chosen_integrations(),
            sender_address_id=self.sender_address.currentData(),
            brand_id=self.brand_id.value() or None,
            apply_shipping_rules=self.apply_shipping_rules.isChecked(),
            label_mime_type=self.label_mime_type.currentData(),
            label_dpi=self.label_dpi.currentData(),
            printer=self._printer_values(),
            packers=self._packer_values(),
            scanner={
                "strip_prefix": self.strip_prefix.text(),
                "strip_suffix": self.strip_suffix.text(),
                "keyboard_layout": self.keyboard_layout.currentData(),
                "debounce_seconds": self.debounce_seconds.value(),
                "badge_pattern": self.badge_pattern.text() or None,
            },
            lookup={"attempts": self.lookup_attempts.value(), "backoff_seconds": self.lookup_backoff.value()},
        )
        code = self.shipping_option.currentData()
        data["ship_with"] = (
            {"shipping_option_code": code, "contract_id": self.contract.currentData()} if code else None
        )
        return data

    def _printer_values(self) -> dict[str, Any] | None:
        url = self.printer_url.text().strip()
        if not url:
            return None
        # Settings the dialog does not show (darkness, speed, timeouts) are kept as saved.
        kept = self._original.printer.model_dump(mode="json") if self._original.printer else {}
        return {
            **kept,
            "url": url,
            "language": self.printer_language.currentData(),
            "dpi": self.printer_dpi.currentData(),
            "media": self.printer_media.text().strip() or "4x6",
            "orientation": self.printer_orientation.currentData(),
        }

    def _packer_values(self) -> list[dict[str, str]]:
        rows = []
        for row in range(self.packers.rowCount()):
            cells = [self.packers.item(row, column) for column in (0, 1)]
            badge, name = (cell.text().strip() if cell else "" for cell in cells)
            if badge or name:
                rows.append({"badge_id": badge, "name": name})
        return rows

    def chosen_integrations(self) -> list[int]:
        return [
            int(item.data(Qt.ItemDataRole.UserRole))
            for item in (self.integrations.item(i) for i in range(self.integrations.count()))
            if item.checkState() is Qt.CheckState.Checked
        ]

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
                label = self._error_labels.get(field)
                if label is not None:
                    _show_error(label, f"{detail}: {problem.message}" if detail else problem.message)
                listed.append(problem.describe("") if problem.path else problem.message)
            self._show_problems(listed)
            return None

    def _clear_errors(self) -> None:
        for label in self._error_labels.values():
            label.clear()
            label.hide()
        self.error_list.clear()
        self._problems = []

    def _show_problems(self, problems: list[str]) -> None:
        self._problems = problems
        self.error_list.setText(self.tr("Please fix:") + "\n" + "\n".join(f"• {p}" for p in problems))

    def error_text(self, field: str) -> str:
        """The error shown next to a settings field ("" when none)."""
        label = self._error_labels.get(field)
        return label.text() if label is not None else ""

    # ------------------------------------------------------------------ keys
    def typed_credentials(self) -> ApiCredentials | None:
        """The keys typed in; None when both fields are empty (keep the stored keys).

        Raises `PackstationError` when only one of them was typed.
        """
        public, secret = self.public_key.text().strip(), self.secret_key.text().strip()
        if not public and not secret:
            return None
        if not public or not secret:
            raise PackstationError(
                self.tr("Enter both the public and the secret key, or neither."),
                code=ErrorCode.CREDENTIALS_INCOMPLETE,
            )
        return ApiCredentials(public, secret)

    def _keys_read(self, found: ApiCredentials | None) -> None:
        if found is None:
            text = self.tr("No keys stored in this computer's keyring.")
        else:
            text = self.tr("Stored in the keyring (public key %1).").replace("%1", redact(found.public_key))
        self.keys_state.setText(text)
        self.keys_state_known.emit(text)

    def _keys_unreadable(self, error: BaseException) -> None:
        text = error.message if isinstance(error, PackstationError) else type(error).__name__
        self.keys_state.setText(text)
        self.keys_state_known.emit(text)

    # ------------------------------------------------------------------ pickers (API lane)
    def reload_choices(self) -> None:
        try:
            credentials = self.typed_credentials()
        except PackstationError as error:
            self._choices_failed(error)
            return
        integration_ids = self.chosen_integrations()
        sender = self.sender_address.currentData()
        factory = self._client_factory
        self.choices_state.setText(self.tr("Asking Sendcloud…"))

        def work() -> SettingsChoices:
            with factory(credentials) as client:
                return load_choices(client, integration_ids, sender)

        self._submit(Lane.API, work, self._choices_loaded, self._choices_failed)

    def _choices_loaded(self, choices: SettingsChoices) -> None:
        self._choices = choices
        self._fill_integrations(choices.integrations, self.chosen_integrations())
        self._fill_senders(choices.sender_addresses, self.sender_address.currentData())
        self._fill_options(choices.shipping)
        self.choices_state.setText(self.tr("Lists loaded from Sendcloud."))
        self.choices_loaded.emit(choices)

    def _choices_failed(self, error: BaseException) -> None:
        text = self._connection_problem(error)
        self.choices_state.setText(self.tr("The lists could not be loaded: %1").replace("%1", text))
        self.choices_failed.emit(text)

    def _reload_shipping(self) -> None:
        if self._choices is None or self._filling:
            return
        try:
            credentials = self.typed_credentials()
        except PackstationError:
            return
        integration_ids, sender = self.chosen_integrations(), self.sender_address.currentData()
        senders, factory = self._choices.sender_addresses, self._client_factory

        def work() -> ShippingChoices:
            with factory(credentials) as client:
                return load_shipping_choices(client, integration_ids, senders, sender)

        self._submit(Lane.API, work, self._shipping_loaded, self._choices_failed)

    def _shipping_loaded(self, shipping: ShippingChoices) -> None:
        if self._choices is None:
            return
        self._choices = SettingsChoices(
            self._choices.integrations, self._choices.sender_addresses, self._choices.contracts, shipping
        )
        self._fill_options(shipping)

    def _fill_integrations(
        self, integrations: tuple[Integration, ...] | list[Integration], chosen: Any
    ) -> None:
        chosen_ids = set(chosen)
        self._filling = True
        try:
            self.integrations.clear()
            known = {integration.id for integration in integrations}
            for integration in integrations:
                name = integration.shop_name or integration.type or str(integration.id)
                self._add_integration(
                    f"{name} ({integration.id})", integration.id, integration.id in chosen_ids
                )
            for missing in sorted(chosen_ids - known):  # saved earlier, not (yet) listed: keep it
                self._add_integration(self.tr("Integration %1").replace("%1", str(missing)), missing, True)
        finally:
            self._filling = False

    def _add_integration(self, text: str, integration_id: int, checked: bool) -> None:
        item = QListWidgetItem(text)
        item.setData(Qt.ItemDataRole.UserRole, integration_id)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
        self.integrations.addItem(item)

    def _fill_senders(
        self, senders: tuple[SenderAddress, ...] | list[SenderAddress], chosen: int | None
    ) -> None:
        self._filling = True
        try:
            self.sender_address.clear()
            self.sender_address.addItem(self.tr("The account's default sender address"), None)
            for sender in senders:
                where = ", ".join(
                    p for p in (sender.company_name or sender.name, sender.city, sender.country_code) if p
                )
                self.sender_address.addItem(where or str(sender.id), sender.id)
            if chosen is not None and self.sender_address.findData(chosen) < 0:
                self.sender_address.addItem(self.tr("Sender address %1").replace("%1", str(chosen)), chosen)
            _select(self.sender_address, chosen)
        finally:
            self._filling = False

    def _fill_options(self, shipping: ShippingChoices | None) -> None:
        current = self.shipping_option.currentData() if self.shipping_option.count() else self._ship_with_code
        self._filling = True
        try:
            self.shipping_option.clear()
            self.shipping_option.addItem(self.tr("Sendcloud decides (rules, order, defaults)"), None)
            for option in shipping.options if shipping else ():
                self.shipping_option.addItem(f"{option.name or option.code} ({option.code})", option.code)
            if current and self.shipping_option.findData(current) < 0:
                text = self.tr("%1 (not offered for this route)") if shipping else "%1"
                self.shipping_option.addItem(text.replace("%1", current), current)
            _select(self.shipping_option, current)
        finally:
            self._filling = False
        if shipping is not None:
            route = shipping.route
            text = self.tr("Options for %1 → %2 (the most common destination of the last %3 orders).")
            if route.orders_seen == 0:
                text = self.tr("Options for %1 → %2 (no recent orders: the sender's own country).")
            self.route.setText(
                text.replace("%1", route.from_country or "?")
                .replace("%2", route.to_country or "?")
                .replace("%3", str(route.orders_seen))
            )
        self._fill_contracts()

    def _fill_contracts(self) -> None:
        current = self.contract.currentData() if self.contract.count() else self._contract_id
        code = self.shipping_option.currentData()
        carrier = None
        for option in self._choices.shipping.options if self._choices else ():
            if option.code == code and option.carrier is not None:
                carrier = option.carrier.code
        self.contract.clear()
        self.contract.addItem(self.tr("Any contract (Sendcloud's default)"), None)
        for contract in self._choices.contracts if self._choices else ():
            if carrier is None or contract.carrier_code_any in (None, carrier):
                name = contract.name or contract.carrier_code_any or str(contract.id)
                self.contract.addItem(f"{name} ({contract.id})", contract.id)
        if current is not None and self.contract.findData(current) < 0:
            self.contract.addItem(self.tr("Contract %1").replace("%1", str(current)), current)
        _select(self.contract, current)

    # ------------------------------------------------------------------ tests
    def test_connection(self) -> None:
        try:
            credentials = self.typed_credentials()
        except PackstationError as error:
            self._report_connection(False, error.message)
            return
        factory, timeout = self._client_factory, self._timeout
        self.connection_result.setText(self.tr("Connecting…"))

        def work() -> list[Integration]:
            return try_connection(factory, credentials, timeout)

        def done(integrations: list[Integration]) -> None:
            text = self.tr(
                "Connected: Sendcloud accepted the keys; %n integration(s) on the account.",
                "",
                len(integrations),
            )
            self._report_connection(True, text)
            if credentials is not None:
                self.reload_choices()  # the lists of the account these keys open

        self._submit(
            Lane.API, work, done, lambda e: self._report_connection(False, self._connection_problem(e))
        )

    def _connection_problem(self, error: BaseException) -> str:
        if isinstance(error, AuthenticationError):
            return self.tr(
                "Sendcloud refused the API keys (401). Copy the public and the secret key again from "
                "the Sendcloud panel (Settings → Integrations → your API integration)."
            )
        if isinstance(error, PackstationError):
            return error.message
        return self.tr("Unexpected error: %1").replace("%1", type(error).__name__)

    def _report_connection(self, ok: bool, text: str) -> None:
        self.connection_result.setText(text)
        self.connection_tested.emit(ok, text)

    def _printer_profile(self) -> PrinterProfile | None:
        values = self._printer_values()
        if values is None:
            return None
        try:
            return PrinterProfile.model_validate(values)
        except ValidationError as error:
            raise PackstationError(describe(error, "printer"), code=ErrorCode.CONFIGURATION_ERROR) from None

    def test_print(self) -> None:
        self._on_printer(
            calibration_print,
            lambda outcome: self._report_print(
                True, self.tr("Test label printed: %1.").replace("%1", outcome.reason)
            ),
            lambda text: self._report_print(False, text),
        )

    def ask_printer(self) -> None:
        def done(identity: PrinterIdentity) -> None:
            _select(self.printer_dpi, identity.dpi)
            text = (
                self.tr("%1 reports %2 dpi.").replace("%1", identity.model).replace("%2", str(identity.dpi))
            )
            self.print_result.setText(text)
            self.printer_asked.emit(True, text)

        def failed(text: str) -> None:
            self.print_result.setText(text)
            self.printer_asked.emit(False, text)

        self._on_printer(identify_printer, done, failed)

    def _on_printer(
        self,
        work: Callable[[PrinterProfile], Any],
        done: Callable[[Any], None],
        failed: Callable[[str], None],
    ) -> None:
        try:
            profile = self._printer_profile()
        except PackstationError as error:
            failed(error.message)
            return
        if profile is None:
            failed(self.tr("No printer address is set."))
            return
        self.print_result.setText(self.tr("Asking the printer…"))
        self._submit(Lane.PRINTER, lambda: work(profile), done, lambda e: failed(_describe(e)))

    def _report_print(self, ok: bool, text: str) -> None:
        self.print_result.setText(text)
        self.test_printed.emit(ok, text)

    # ------------------------------------------------------------------ saving
    def save(self) -> None:
        """Validate; check the printer (~HI); keys to the keyring; the file, atomically. In that order,
        each on its own lane, each stopping the rest when it fails."""
        self.warnings = []
        settings = self.validated()
        try:
            credentials = self.typed_credentials()
        except PackstationError as error:
            _show_error(self._error_labels["public_key"], error.message)
            self._problems.append(error.message)
            self._show_problems(self._problems)
            return
        if settings is None:
            return
        self.save_button.setEnabled(False)
        self.status.setText(self.tr("Saving…"))
        if printer_needs_check(settings, self._original):
            self._submit(
                Lane.PRINTER,
                lambda: check_printer(settings),
                lambda check: self._printer_checked(check, settings, credentials),
                lambda error: self._printer_checked(
                    PrinterCheck(unchecked=_describe(error)), settings, credentials
                ),
            )
        else:
            self._save_keys(settings, credentials)

    def _printer_checked(
        self, check: PrinterCheck, settings: StationSettings, credentials: ApiCredentials | None
    ) -> None:
        if check.refused is not None:
            _show_error(self._error_labels["printer"], check.refused.message)
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
            self.public_key.clear()
            self.secret_key.clear()  # the secret stays in no widget once it is in the keyring
            self._keys_read(credentials)
            self._save_file(settings)

        self._submit(Lane.KEYRING, lambda: store_keys(credentials), stored, self._save_failed)

    def _save_file(self, settings: StationSettings) -> None:
        paths = self._paths
        self._submit(
            Lane.JOURNAL,
            lambda: store_settings(paths, settings),
            lambda _: self._saved(settings),
            self._save_failed,
        )

    def _saved(self, settings: StationSettings) -> None:
        self._original = settings
        self.save_button.setEnabled(True)
        self.saved.emit(settings)
        if self.warnings:
            self.status.setText(self.tr("Saved. Please check:") + "\n" + "\n".join(self.warnings))
            self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Close"))
            return
        self.status.setText(self.tr("Saved."))
        self.accept()

    def _save_failed(self, error: BaseException) -> None:
        text = _describe(error)
        self.save_button.setEnabled(True)
        self.status.setText(self.tr("Not saved: %1").replace("%1", text))
        self.save_failed.emit(text)

    def _submit(
        self,
        lane: Lane,
        work: Callable[[], T],
        on_success: Callable[[T], None],
        on_failure: Callable[[BaseException], None],
    ) -> None:
        """`TaskRunner.submit`, with the callbacks dropped once Qt deleted the dialog: a result
        that arrives after the lead closed it must not touch its widgets."""

        def succeeded(result: T) -> None:
            if self._alive():
                on_success(result)

        def failed(error: BaseException) -> None:
            if self._alive():
                on_failure(error)

        self._runner.submit(lane, work, succeeded, failed)

    def _alive(self) -> bool:
        return shiboken6.isValid(self)


def _describe(error: BaseException) -> str:
    # Only our own messages are shown: they name no key. Anything else by its type alone.
    return error.message if isinstance(error, PackstationError) else type(error).__name__


def _show_error(label: QLabel, text: str) -> None:
    label.setText(text)
    label.show()


def _select(combo: QComboBox, value: object) -> None:
    index = combo.findData(value)
    if index >= 0:
        combo.setCurrentIndex(index)


def _spin(low: int, high: int, suffix: str) -> QSpinBox:
    spin = QSpinBox()
    spin.setRange(low, high)
    spin.setSuffix(suffix)
    return spin


def _double_spin(low: float, high: float, suffix: str) -> QDoubleSpinBox:
    spin = QDoubleSpinBox()
    spin.setRange(low, high)
    spin.setDecimals(2)
    spin.setSingleStep(0.1)
    spin.setSuffix(suffix)
    return spin
