"""The settings dialog's "Sendcloud" tab: the API keys (the keyring's are named, never put back
into a widget), "Test connection", and the shipping defaults picked from the account's own lists:
integrations, sender address, shipping option and contract, brand, the account's shipping rules.

The lists and the connection test run on the API lane through `app.settings_service`, with the
keys typed in (untested) or, when none are, the station's own; the stored keys are read on the
keyring lane.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Final

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QWidget,
)

from packstation.app.settings_service import (
    AuthenticationError,
    ClientFactory,
    Integration,
    SettingsChoices,
    ShippingChoices,
    StationSettings,
    load_choices,
    load_shipping_choices,
    try_connection,
)
from packstation.credentials import ApiCredentials, from_keyring, redact
from packstation.error_codes import ErrorCode
from packstation.errors import PackstationError
from packstation.qt.settings.fields import FieldErrors, OwnedTasks, in_words, select, spin, wrapped_label
from packstation.qt.tasks import Lane, TaskRunner

if TYPE_CHECKING:
    from packstation.sendcloud import SenderAddress, ShippingOption

CONNECTION_TIMEOUT: Final = 5.0  # seconds, as the doctor's: a test reports, it does not wait out an outage


class SendcloudTab(QWidget):
    """The Sendcloud account and the shipping defaults, as a page of the settings dialog."""

    choices_loaded = Signal(object)  # SettingsChoices
    choices_failed = Signal(str)
    connection_tested = Signal(bool, str)  # ok, what a person reads
    keys_state_known = Signal(str)

    def __init__(
        self,
        errors: FieldErrors,
        client_factory: ClientFactory,
        runner: TaskRunner,
        connection_timeout: float,
    ) -> None:
        super().__init__()
        self._client_factory = client_factory
        self._tasks = OwnedTasks(runner, self)
        self._timeout = connection_timeout
        self._choices: SettingsChoices | None = None
        self._ship_with_code: str | None = None  # the saved choices, until the pickers hold them
        self._contract_id: int | None = None
        self._filling = False  # True while the code refills pickers: their change signals are not the user's
        form = QFormLayout(self)
        self._build_keys(form, errors)
        self._build_pickers(form, errors)

    def _build_keys(self, form: QFormLayout, errors: FieldErrors) -> None:
        self.keys_state = wrapped_label("keysState", self.tr("Looking for stored keys…"))
        form.addRow(self.tr("API keys"), self.keys_state)
        self.public_key = QLineEdit()
        self.public_key.setPlaceholderText(self.tr("leave empty to keep the stored keys"))
        self.secret_key = QLineEdit()
        self.secret_key.setEchoMode(QLineEdit.EchoMode.Password)
        self.secret_key.setPlaceholderText(self.tr("leave empty to keep the stored keys"))
        errors.row(form, self.tr("Public key"), self.public_key, "public_key")
        errors.row(form, self.tr("Secret key"), self.secret_key, "secret_key")
        self.test_connection_button = QPushButton(self.tr("Test connection"))
        self.test_connection_button.clicked.connect(self.test_connection)
        self.connection_result = wrapped_label("connectionResult")
        form.addRow(self.test_connection_button, self.connection_result)

    def _build_pickers(self, form: QFormLayout, errors: FieldErrors) -> None:
        self.integrations = QListWidget()
        self.integrations.setObjectName("integrations")
        self.integrations.itemChanged.connect(lambda _item: self._reload_shipping())
        errors.row(form, self.tr("Integrations (none: all)"), self.integrations, "integration_ids")
        self.sender_address = QComboBox()
        self.sender_address.currentIndexChanged.connect(lambda _index: self._reload_shipping())
        errors.row(form, self.tr("Sender address"), self.sender_address, "sender_address_id")
        self.route = wrapped_label("route")
        form.addRow("", self.route)
        self.shipping_option = QComboBox()
        self.shipping_option.currentIndexChanged.connect(lambda _index: self._fill_contracts())
        errors.row(form, self.tr("Ship with"), self.shipping_option, "ship_with")
        self.contract = QComboBox()
        errors.row(form, self.tr("Contract"), self.contract, "contract")
        self.brand_id = spin(0, 2_000_000_000, "")
        self.brand_id.setSpecialValueText(self.tr("no brand"))
        errors.row(form, self.tr("Brand id"), self.brand_id, "brand_id")
        self.apply_shipping_rules = QCheckBox(self.tr("Apply the account's shipping rules"))
        errors.row(form, "", self.apply_shipping_rules, "apply_shipping_rules")
        self.reload_button = QPushButton(self.tr("Reload from Sendcloud"))
        self.reload_button.clicked.connect(self.reload_choices)
        self.choices_state = wrapped_label("choicesState")
        form.addRow(self.reload_button, self.choices_state)

    # ------------------------------------------------------------------ settings → tab → settings
    def fill(self, settings: StationSettings) -> None:
        self._ship_with_code = settings.ship_with.shipping_option_code if settings.ship_with else None
        self._contract_id = settings.ship_with.contract_id if settings.ship_with else None
        self.brand_id.setValue(settings.brand_id or 0)
        self.apply_shipping_rules.setChecked(settings.apply_shipping_rules)
        # Until Sendcloud answers, the pickers hold the saved choices, so a save keeps them.
        self._fill_integrations([], settings.integration_ids)
        self._fill_senders([], settings.sender_address_id)
        self._fill_options(None)

    def values(self) -> dict[str, Any]:
        """This tab's fields as settings data (the keys are not settings: see `typed_credentials`)."""
        code = self.shipping_option.currentData()
        return {
            "integration_ids": self.chosen_integrations(),
            "sender_address_id": self.sender_address.currentData(),
            "brand_id": self.brand_id.value() or None,
            "apply_shipping_rules": self.apply_shipping_rules.isChecked(),
            "ship_with": (
                {"shipping_option_code": code, "contract_id": self.contract.currentData()} if code else None
            ),
        }

    def chosen_integrations(self) -> list[int]:
        return [
            int(item.data(Qt.ItemDataRole.UserRole))
            for item in (self.integrations.item(i) for i in range(self.integrations.count()))
            if item.checkState() is Qt.CheckState.Checked
        ]

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

    def read_stored_keys(self) -> None:
        """Name the keys the keyring holds (read on the keyring lane)."""
        self._tasks.submit(Lane.KEYRING, from_keyring, self._keys_read, self._keys_unreadable)

    def keys_stored(self, credentials: ApiCredentials) -> None:
        """The typed keys are in the keyring now: the secret stays in no widget."""
        self.public_key.clear()
        self.secret_key.clear()
        self._keys_read(credentials)

    def _keys_read(self, found: ApiCredentials | None) -> None:
        if found is None:
            text = self.tr("No keys stored in this computer's keyring.")
        else:
            text = self.tr("Stored in the keyring (public key %1).").replace("%1", redact(found.public_key))
        self.keys_state.setText(text)
        self.keys_state_known.emit(text)

    def _keys_unreadable(self, error: BaseException) -> None:
        text = in_words(error)
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

        self._tasks.submit(Lane.API, work, self._choices_loaded, self._choices_failed)

    def _choices_loaded(self, choices: SettingsChoices) -> None:
        self._choices = choices
        self._fill_integrations(choices.integrations, self.chosen_integrations())
        self._fill_senders(choices.sender_addresses, self.sender_address.currentData())
        self._fill_options(choices.shipping)
        self.choices_state.setText(self.tr("Lists loaded from Sendcloud."))
        self.choices_loaded.emit(choices)

    def shipping_options(self) -> tuple[ShippingOption, ...]:
        """The shipping options loaded from Sendcloud (none before they are): their names are
        kept with the settings, for the verdict area."""
        return self._choices.shipping.options if self._choices is not None else ()

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

        self._tasks.submit(Lane.API, work, self._shipping_loaded, self._choices_failed)

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
            select(self.sender_address, chosen)
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
            select(self.shipping_option, current)
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
        select(self.contract, current)

    # ------------------------------------------------------------------ the connection test (API lane)
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

        self._tasks.submit(
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
