"""The settings dialog over the training simulator (HTTP on loopback), the virtual printer (TCP on
loopback) and a real in-memory keyring backend; Qt offscreen. Nothing is mocked."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager, contextmanager
from pathlib import Path

import keyring
import keyring.errors
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QComboBox, QPushButton
from pytestqt.qtbot import QtBot

from packstation.app.settings_service import ClientFactory
from packstation.app.station import open_station
from packstation.credentials import KEYRING_SERVICE, ApiCredentials
from packstation.paths import StationPaths, station_paths
from packstation.qt.settings.dialog import SettingsDialog
from packstation.qt.tasks import Lane, TaskRunner
from packstation.sendcloud import RetryPolicy, SendcloudClient, http_client
from packstation.settings import StationSettings, load_settings, read_settings
from packstation.station.settings_guard import LEAD_SAVED, LEAD_SAVED_SHA256
from packstation.training.simulator import Simulator
from packstation.training.virtual_printer import VirtualPrinter, VirtualPrinterConfig
from tests.conftest import TEST_PUBLIC_KEY, TEST_SECRET_KEY
from tests.keyrings import MemoryKeyring, installed
from tests.qt.driving import FAST_LOOKUP, WAIT_MS

NEW_PUBLIC_KEY = "pk-new-4e1a77"
NEW_SECRET_KEY = "sk-new-SECRET-0c9d2b31"


@pytest.fixture
def paths(station_home: Path) -> StationPaths:
    return station_paths().create()


@pytest.fixture
def runner(qtbot: QtBot) -> Iterator[TaskRunner]:
    tasks = TaskRunner()
    yield tasks
    tasks.shutdown(wait=True)


@pytest.fixture
def printer() -> Iterator[VirtualPrinter]:
    with VirtualPrinter() as virtual:
        yield virtual


def client_factory(simulator: Simulator) -> ClientFactory:
    """The station's keys (the simulator's) for None, else the keys typed in the dialog."""

    @contextmanager
    def make(credentials: ApiCredentials | None) -> Iterator[SendcloudClient]:
        keys = credentials or ApiCredentials(TEST_PUBLIC_KEY, TEST_SECRET_KEY)
        with http_client() as http:
            yield SendcloudClient(http, keys, base_url=simulator.base_url, retry=RetryPolicy(max_attempts=1))

    def factory(credentials: ApiCredentials | None) -> AbstractContextManager[SendcloudClient]:
        return make(credentials)

    return factory


DialogFactory = Callable[..., SettingsDialog]


@pytest.fixture
def open_dialog(
    qtbot: QtBot, simulator: Simulator, runner: TaskRunner, paths: StationPaths, memory_keyring: MemoryKeyring
) -> DialogFactory:
    """Builds a dialog and waits until its pickers are filled from the simulator and the keyring
    was read. Results come back through queued signals, so none can arrive before the wait."""

    def make(settings: StationSettings | None = None) -> SettingsDialog:
        dialog = SettingsDialog(settings or StationSettings(), client_factory(simulator), runner, paths)
        qtbot.addWidget(dialog)
        with qtbot.waitSignals([dialog.choices_loaded, dialog.keys_state_known], timeout=WAIT_MS):
            pass
        return dialog

    return make


def check(dialog: SettingsDialog, integration_id: int) -> None:
    for row in range(dialog.integrations.count()):
        item = dialog.integrations.item(row)
        if item.data(Qt.ItemDataRole.UserRole) == integration_id:
            item.setCheckState(Qt.CheckState.Checked)
            return
    raise AssertionError(f"integration {integration_id} is not offered")


def combo_values(combo: QComboBox) -> list[object]:
    return [combo.itemData(i) for i in range(combo.count())]


def select(combo: QComboBox, value: object) -> None:
    index = combo.findData(value)
    assert index >= 0, f"{value!r} is not offered"
    combo.setCurrentIndex(index)


def save_and_wait(qtbot: QtBot, dialog: SettingsDialog) -> StationSettings:
    with qtbot.waitSignal(dialog.saved, timeout=WAIT_MS) as blocker:
        dialog.save_button.click()
    settings = blocker.args[0]
    assert isinstance(settings, StationSettings)
    return settings


def save_refused(qtbot: QtBot, dialog: SettingsDialog) -> str:
    with qtbot.waitSignal(dialog.save_failed, timeout=WAIT_MS) as blocker:
        dialog.save_button.click()
    return str(blocker.args[0])


# --------------------------------------------------------------------------- pickers


def test_pickers_are_filled_from_the_simulator(open_dialog: DialogFactory, simulator: Simulator) -> None:
    dialog = open_dialog()
    seed = simulator.seed_data
    offered = {
        dialog.integrations.item(i).data(Qt.ItemDataRole.UserRole) for i in range(dialog.integrations.count())
    }
    assert offered == {integration["id"] for integration in seed.integrations}
    assert combo_values(dialog.sender_address) == [None, *(a["id"] for a in seed.sender_addresses)]
    options = combo_values(dialog.shipping_option)[1:]
    assert options
    assert set(options) <= {option["code"] for option in seed.shipping_options}
    assert combo_values(dialog.contract)[1:] == [c["id"] for c in seed.contracts]
    assert simulator.count("POST", "/shipping-options") == 1

    # The typical route: from the default sender's country to where most recent orders go.
    destinations = Counter(o["shipping_address"]["country_code"] for o in seed.orders[-100:])
    (top, most), (_, second) = destinations.most_common(2)
    assert most > second  # no tie in this seed: the test names one country
    sender_country = seed.sender_addresses[0]["country_code"]
    expected = (
        f"{sender_country} → {top} (the most common destination of the last {destinations.total()} orders)"
    )
    assert expected in dialog.route.text()


def test_choosing_a_shipping_option_narrows_the_contracts_to_its_carrier(
    open_dialog: DialogFactory, simulator: Simulator
) -> None:
    dialog = open_dialog()
    option = next(
        o for o in simulator.seed_data.shipping_options if o["code"] in combo_values(dialog.shipping_option)
    )
    select(dialog.shipping_option, option["code"])
    assert combo_values(dialog.contract) == [None, option["contract"]["id"]]


def test_a_saved_choice_sendcloud_no_longer_offers_is_kept_not_dropped(open_dialog: DialogFactory) -> None:
    saved = StationSettings(integration_ids=(999_999,), ship_with={"shipping_option_code": "gone:old/1"})
    dialog = open_dialog(saved)
    assert dialog.chosen_integrations() == [999_999]
    assert dialog.shipping_option.currentData() == "gone:old/1"
    assert "not offered" in dialog.shipping_option.currentText()


def test_only_valid_mime_and_dpi_combinations_are_offered(open_dialog: DialogFactory) -> None:
    dialog = open_dialog()
    offered = {
        mime: dialog.offered_label_dpis(mime) for mime in ("application/pdf", "application/zpl", "image/png")
    }
    # None is "Sendcloud's default for the format"
    assert offered == {"application/pdf": [None], "application/zpl": [None], "image/png": [None, 150, 300]}
    for mime, dpis in offered.items():
        for dpi in dpis:
            StationSettings(label_mime_type=mime, label_dpi=dpi)  # each one the model accepts
    select(dialog.label_mime_type, "image/png")
    select(dialog.label_dpi, 150)
    select(dialog.label_mime_type, "application/pdf")  # 150 is not a PDF resolution: back to default
    assert dialog.label_dpi.currentData() is None


# --------------------------------------------------------------------------- tests of the setup


def test_connection_with_the_station_keys(qtbot: QtBot, open_dialog: DialogFactory) -> None:
    dialog = open_dialog()
    with qtbot.waitSignal(dialog.connection_tested, timeout=WAIT_MS) as blocker:
        dialog.test_connection_button.click()
    ok, text = blocker.args
    assert ok, text
    assert "3 integration" in text


def test_connection_with_wrong_keys_says_401_clearly(
    qtbot: QtBot, open_dialog: DialogFactory, simulator: Simulator
) -> None:
    dialog = open_dialog()
    dialog.public_key.setText("pk-wrong")
    dialog.secret_key.setText("sk-wrong-but-long")
    with qtbot.waitSignal(dialog.connection_tested, timeout=WAIT_MS) as blocker:
        dialog.test_connection_button.click()
    ok, text = blocker.args
    assert not ok
    assert "refused the API keys (401)" in text
    assert "sk-wrong-but-long" not in text
    assert dialog.connection_result.text() == text


def test_connection_needs_both_keys_or_neither(qtbot: QtBot, open_dialog: DialogFactory) -> None:
    dialog = open_dialog()
    dialog.public_key.setText("pk-only")
    with qtbot.waitSignal(dialog.connection_tested, timeout=WAIT_MS) as blocker:
        dialog.test_connection_button.click()
    assert blocker.args[0] is False
    assert "both" in blocker.args[1]


def test_test_print_reaches_the_virtual_printer(
    qtbot: QtBot, open_dialog: DialogFactory, printer: VirtualPrinter
) -> None:
    dialog = open_dialog()
    dialog.printer_url.setText(printer.url)
    with qtbot.waitSignal(dialog.test_printed, timeout=WAIT_MS) as blocker:
        dialog.test_print_button.click()
    ok, text = blocker.args
    assert ok, text
    [job] = printer.wait_for_jobs(1)
    assert job.printed
    assert job.language == "zpl"


def test_test_print_on_a_printer_out_of_paper_says_so(
    qtbot: QtBot, open_dialog: DialogFactory, printer: VirtualPrinter
) -> None:
    from packstation.training.virtual_printer import PrinterState

    printer.set_state(PrinterState.PAPER_OUT)
    dialog = open_dialog()
    dialog.printer_url.setText(printer.url)
    with qtbot.waitSignal(dialog.test_printed, timeout=WAIT_MS) as blocker:
        dialog.test_print_button.click()
    assert blocker.args[0] is False
    assert "not ready" in blocker.args[1]
    assert printer.jobs_received == 0


# --------------------------------------------------------------------------- saving


def test_save_writes_the_file_and_reloading_gives_equal_settings(
    qtbot: QtBot,
    open_dialog: DialogFactory,
    simulator: Simulator,
    paths: StationPaths,
    printer: VirtualPrinter,
) -> None:
    dialog = open_dialog()
    seed = simulator.seed_data
    dialog.station_name.setText("Bench 7")
    check(dialog, seed.integrations[1]["id"])
    sender = seed.sender_addresses[2]["id"]
    select(dialog.sender_address, sender)
    qtbot.waitUntil(lambda: "DE → " in dialog.route.text(), timeout=WAIT_MS)  # options for the new route
    code = combo_values(dialog.shipping_option)[1]
    select(dialog.shipping_option, code)
    contract = combo_values(dialog.contract)[1]
    select(dialog.contract, contract)
    dialog.brand_id.setValue(seed.brands[0]["id"])
    dialog.apply_shipping_rules.setChecked(True)
    select(dialog.label_mime_type, "image/png")
    select(dialog.label_dpi, 150)
    dialog.printer_url.setText(printer.url)
    select(dialog.language, "nl")
    dialog.auto_lock_minutes.setValue(5)
    dialog.label_retention_days.setValue(30)
    dialog.add_packer("B-0042", "Anna")
    dialog.strip_prefix.setText("]C1")
    dialog.lookup_attempts.setValue(3)

    saved = save_and_wait(qtbot, dialog)

    assert load_settings(paths.settings_file) == saved
    assert saved.station_name == "Bench 7"
    assert saved.integration_ids == (seed.integrations[1]["id"],)
    assert saved.sender_address_id == sender
    assert saved.ship_with is not None
    assert (saved.ship_with.shipping_option_code, saved.ship_with.contract_id) == (code, contract)
    assert (saved.label_mime_type, saved.label_dpi) == ("image/png", 150)
    assert saved.printer is not None
    assert saved.printer.url == printer.url
    assert (saved.language, saved.auto_lock_minutes, saved.label_retention_days) == ("nl", 5, 30)
    assert [(p.badge_id, p.name) for p in saved.packers] == [("B-0042", "Anna")]
    assert (saved.scanner.strip_prefix, saved.lookup.attempts, saved.apply_shipping_rules) == ("]C1", 3, True)
    assert printer.info_queries == 1  # the new profile was checked against the head (~HI)
    assert dialog.result() == SettingsDialog.DialogCode.Accepted

    again = open_dialog(load_settings(paths.settings_file))  # the saved file shows as it was saved
    assert again.validated() == saved


def test_invalid_values_are_shown_next_to_their_fields_and_nothing_is_saved(
    qtbot: QtBot, open_dialog: DialogFactory, paths: StationPaths
) -> None:
    dialog = open_dialog()
    dialog.auto_lock_minutes.setValue(0)
    dialog.station_name.setText("")
    dialog.printer_url.setText("tcp://printer.local:9100")
    dialog.printer_media.setText("huge")
    dialog.save_button.click()
    assert "greater than or equal to 1" in dialog.error_text("auto_lock_minutes")
    assert dialog.error_text("station_name")
    assert "media" in dialog.error_text("printer")
    assert dialog.error_list.text().count("•") == 3
    assert dialog.error_text("label_retention_days") == ""
    assert not paths.settings_file.exists()


def test_a_printer_that_reports_another_dpi_is_refused(
    qtbot: QtBot, open_dialog: DialogFactory, paths: StationPaths
) -> None:
    with VirtualPrinter(VirtualPrinterConfig(dpi=300, model="ZT411-300dpi")) as printer:
        dialog = open_dialog()
        dialog.printer_url.setText(printer.url)
        select(dialog.printer_dpi, 203)
        message = save_refused(qtbot, dialog)
        assert "prints at 300 dpi" in message
        assert "300" in dialog.error_text("printer")
        assert not paths.settings_file.exists()

        with qtbot.waitSignal(dialog.printer_asked, timeout=WAIT_MS):
            dialog.ask_printer_button.click()
        assert dialog.printer_dpi.currentData() == 300
        assert save_and_wait(qtbot, dialog).printer.dpi == 300  # type: ignore[union-attr]


def test_zpl_labels_for_a_300_dpi_printer_are_refused(qtbot: QtBot, open_dialog: DialogFactory) -> None:
    with VirtualPrinter(VirtualPrinterConfig(dpi=300, model="ZT411-300dpi")) as printer:
        dialog = open_dialog()
        dialog.printer_url.setText(printer.url)
        select(dialog.printer_dpi, 300)
        select(dialog.label_mime_type, "application/zpl")
        message = save_refused(qtbot, dialog)
        assert "ZPL labels are 203 dpi" in message
        assert "PDF" in message


def test_an_unreachable_printer_is_saved_with_a_warning(
    qtbot: QtBot, open_dialog: DialogFactory, printer: VirtualPrinter, paths: StationPaths
) -> None:
    printer.refuse_connections(True)
    dialog = open_dialog()
    dialog.printer_url.setText(printer.url)
    saved = save_and_wait(qtbot, dialog)
    assert load_settings(paths.settings_file) == saved
    assert dialog.warnings
    assert "could not be checked" in dialog.warnings[0]
    assert dialog.result() != SettingsDialog.DialogCode.Accepted  # stays open until the lead has read it
    assert "Saved. Please check" in dialog.status.text()


def test_keys_go_to_the_keyring_and_to_no_file(
    qtbot: QtBot,
    open_dialog: DialogFactory,
    memory_keyring: MemoryKeyring,
    station_home: Path,
    paths: StationPaths,
) -> None:
    dialog = open_dialog()
    dialog.public_key.setText(NEW_PUBLIC_KEY)
    dialog.secret_key.setText(NEW_SECRET_KEY)
    save_and_wait(qtbot, dialog)

    assert memory_keyring.passwords == {
        (KEYRING_SERVICE, "public_key"): NEW_PUBLIC_KEY,
        (KEYRING_SERVICE, "secret_key"): NEW_SECRET_KEY,
    }
    assert paths.settings_file.exists()
    for path in station_home.rglob("*"):
        if path.is_file():
            content = path.read_bytes()
            assert NEW_SECRET_KEY.encode() not in content, path
            assert NEW_PUBLIC_KEY.encode() not in content, path
    assert (dialog.public_key.text(), dialog.secret_key.text()) == ("", "")
    assert NEW_PUBLIC_KEY[:2] in dialog.keys_state.text()
    assert NEW_PUBLIC_KEY not in dialog.keys_state.text()


def test_stored_keys_are_named_never_shown(
    qtbot: QtBot, memory_keyring: MemoryKeyring, open_dialog: DialogFactory
) -> None:
    memory_keyring.set_password(KEYRING_SERVICE, "public_key", NEW_PUBLIC_KEY)
    memory_keyring.set_password(KEYRING_SERVICE, "secret_key", NEW_SECRET_KEY)
    dialog = open_dialog()
    assert "Stored in the keyring" in dialog.keys_state.text()
    assert NEW_PUBLIC_KEY not in dialog.keys_state.text()
    assert dialog.secret_key.text() == ""  # a stored secret is never put back into a widget


class ReadOnlyKeyring(MemoryKeyring):
    """A keyring that reads but cannot store (a Secret Service refusing writes)."""

    def set_password(self, service: str, username: str, password: str) -> None:
        raise keyring.errors.PasswordSetError("the collection is locked")


def test_a_keyring_that_cannot_store_stops_the_save_and_nothing_falls_back_to_a_file(
    qtbot: QtBot, open_dialog: DialogFactory, station_home: Path, paths: StationPaths
) -> None:
    dialog = open_dialog()
    with installed(ReadOnlyKeyring()):
        dialog.public_key.setText(NEW_PUBLIC_KEY)
        dialog.secret_key.setText(NEW_SECRET_KEY)
        message = save_refused(qtbot, dialog)
    assert "cannot be used" in message
    assert "gnome-keyring" in message
    assert NEW_SECRET_KEY not in message
    assert not paths.settings_file.exists()
    assert all(NEW_SECRET_KEY.encode() not in p.read_bytes() for p in station_home.rglob("*") if p.is_file())
    assert dialog.save_button.isEnabled()


def test_results_arriving_after_the_dialog_is_gone_are_dropped(
    qtbot: QtBot, simulator: Simulator, runner: TaskRunner, paths: StationPaths, memory_keyring: MemoryKeyring
) -> None:
    dialog = SettingsDialog(StationSettings(), client_factory(simulator), runner, paths)
    dialog.deleteLater()  # closed before Sendcloud and the keyring answered
    qtbot.waitUntil(lambda: not runner.busy(Lane.API) and not runner.busy(Lane.KEYRING), timeout=WAIT_MS)
    # pytest-qt fails the test if a late callback raised inside the Qt event loop


def test_for_station_wires_the_running_station(qtbot: QtBot, station_home: Path, runner: TaskRunner) -> None:
    with open_station(training=True, overrides=FAST_LOOKUP) as station:
        dialog = SettingsDialog.for_station(station, runner, lead="Sam")
        qtbot.addWidget(dialog)
        assert dialog.packers_tab.shared_note.isHidden()  # a station's own journal: its own packers
        with qtbot.waitSignal(dialog.choices_loaded, timeout=WAIT_MS):
            pass
        assert dialog.integrations.count() == 3
        with qtbot.waitSignal(dialog.connection_tested, timeout=WAIT_MS) as blocker:
            dialog.test_connection_button.click()
        assert blocker.args[0] is True
        dialog.public_key.setText("pk-wrong")
        dialog.secret_key.setText("sk-wrong-but-long")
        with qtbot.waitSignal(dialog.connection_tested, timeout=WAIT_MS) as blocker:
            dialog.test_connection_button.click()
        assert blocker.args[0] is False
        with qtbot.waitSignal(dialog.saved, timeout=WAIT_MS) as blocker:
            dialog.public_key.clear()
            dialog.secret_key.clear()
            dialog.station_name.setText("Training bench")
            dialog.save_button.click()
        assert load_settings(station.paths.settings_file).station_name == "Training bench"
        # The lead's save is on record: from the next start the file is used as it is.
        assert station.journal.fact(LEAD_SAVED_SHA256) == read_settings(station.paths.settings_file).sha256
        assert (station.journal.audit_log()[-1].actor, station.journal.audit_log()[-1].action) == (
            "Sam",
            LEAD_SAVED,
        )
        runner.shutdown(wait=True)  # before the station's simulator and client close


def test_one_key_alone_is_refused_next_to_the_other_problems(
    qtbot: QtBot, open_dialog: DialogFactory, memory_keyring: MemoryKeyring, paths: StationPaths
) -> None:
    dialog = open_dialog()
    dialog.secret_key.setText(NEW_SECRET_KEY)
    dialog.label_retention_days.setValue(0)
    dialog.save_button.click()
    assert "both" in dialog.error_text("public_key")
    assert dialog.error_text("label_retention_days")
    assert dialog.error_list.text().count("•") == 2
    assert NEW_SECRET_KEY not in dialog.error_list.text()
    assert memory_keyring.passwords == {}
    assert not paths.settings_file.exists()


# Issue 13, §13: the theme is chosen in the dialog; badges are described in words and tried.


def test_the_theme_is_chosen_in_the_dialog(
    qtbot: QtBot, open_dialog: DialogFactory, paths: StationPaths
) -> None:
    dialog = open_dialog()
    select(dialog.station_tab.theme, "high_contrast")
    saved = save_and_wait(qtbot, dialog)
    assert saved.theme == "high_contrast"
    assert load_settings(paths.settings_file).theme == "high_contrast"


def test_badges_are_set_by_their_first_words_and_tried_on_the_spot(
    qtbot: QtBot, open_dialog: DialogFactory
) -> None:
    dialog = open_dialog()
    tab = dialog.packers_tab
    assert tab.badge_prefixes.text() == "BADGE, PACKER"  # the default pattern, in words
    assert tab.custom_pattern.isHidden()
    tab.add_packer("A17", "Sanne")
    tab.badge_prefixes.setText("EMP, BADGE")

    tab.try_badge.setText("EMP-A17")
    assert tab.try_result.text() == "Badge A17: signs in Sanne."
    tab.try_badge.setText("BADGE-Z9")
    assert tab.try_result.text() == "Badge Z9: not in the packers list above."
    tab.try_badge.setText("SHOP-3127")
    assert tab.try_result.text() == "Not a badge: this scans as an order number."

    saved = save_and_wait(qtbot, dialog)
    assert saved.scanner.badge_pattern is not None
    assert "EMP" in saved.scanner.badge_pattern


def test_a_hand_written_badge_pattern_is_kept_as_it_is(qtbot: QtBot, open_dialog: DialogFactory) -> None:
    custom = r"EMP(?P<id>\d{4})"
    dialog = open_dialog(StationSettings(scanner={"badge_pattern": custom}))
    tab = dialog.packers_tab
    assert not tab.custom_pattern.isHidden()
    assert tab.custom_pattern.text() == custom
    tab.try_badge.setText("EMP1234")
    assert tab.try_result.text() == "Badge 1234: not in the packers list above."
    assert save_and_wait(qtbot, dialog).scanner.badge_pattern == custom


def test_add_packer_starts_editing_the_badge_at_once(qtbot: QtBot, open_dialog: DialogFactory) -> None:
    dialog = open_dialog()
    dialog.show()
    qtbot.waitExposed(dialog)
    tab = dialog.packers_tab
    dialog.tabs.setCurrentWidget(tab)
    [add] = [b for b in tab.findChildren(QPushButton) if b.text() == "Add packer"]
    add.click()
    assert tab.packers.currentRow() == tab.packers.rowCount() - 1
    assert tab.packers.state() is QAbstractItemView.State.EditingState


def test_on_a_shared_journal_the_packers_tab_says_the_list_is_the_warehouses(qtbot: QtBot) -> None:
    from packstation.qt.settings.fields import FieldErrors
    from packstation.qt.settings.packers_tab import PackersTab

    tab = PackersTab(FieldErrors())
    qtbot.addWidget(tab)
    assert tab.shared_note.isHidden()
    tab.show_shared()
    assert not tab.shared_note.isHidden()
    assert "every station" in tab.shared_note.text()


# --------------------------------------------------------------------------- the scale (issue 17)


def test_the_scale_address_is_checked_saved_and_read(
    qtbot: QtBot, open_dialog: DialogFactory, paths: StationPaths
) -> None:
    from tests.scales.devices import SicsBalance

    dialog = open_dialog()
    dialog.scale_url.setText("serial:///dev/ttyUSB0?baudrate=9600")
    dialog.save_button.click()
    assert "protocol=sics or protocol=continuous" in dialog.error_text("scale_url")
    assert not paths.settings_file.exists()

    with SicsBalance() as balance:
        balance.put("1.234")
        dialog.scale_url.setText(balance.url("sics"))
        with qtbot.waitSignal(dialog.scale_read, timeout=WAIT_MS) as read:
            dialog.read_scale_button.click()  # on the scale lane: the dialog stays responsive
        assert read.args == [True, "The scale reads 1.234 kg."]
        saved = save_and_wait(qtbot, dialog)
    assert saved.scale_url == balance.url("sics")
    assert load_settings(paths.settings_file).scale_url == balance.url("sics")


def test_reading_a_scale_that_is_not_there_says_why(qtbot: QtBot, open_dialog: DialogFactory) -> None:
    dialog = open_dialog()
    with qtbot.waitSignal(dialog.scale_read, timeout=WAIT_MS) as read:
        dialog.read_scale_button.click()
    assert read.args == [False, "No scale address is set."]
    dialog.scale_url.setText("serial:///dev/ttyNOSUCH9?protocol=sics")
    with qtbot.waitSignal(dialog.scale_read, timeout=WAIT_MS) as read:
        dialog.read_scale_button.click()
    ok, text = read.args
    assert not ok
    assert "ttyNOSUCH9" in text
