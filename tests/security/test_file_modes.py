"""Item 5: every folder the station makes is 0700 and every file it writes 0600, whatever the umask.

With umask 022 the journal (and its -wal and -shm), the log and CSV exports were 0644 and the
station folders 0755: any account on the computer could read the labels' names and addresses.
The whole station is run the way a packer runs it (the packing window in training: a scan, the
label, the log, a CSV export from the console's actions, a settings save), then every path under
its folder is checked. POSIX modes: skipped on Windows (docs/security.md says what applies there).
"""

from __future__ import annotations

import logging
import os
import sys
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from packstation.app.faces import AttemptFilter, AttemptOrder
from packstation.app.settings_service import store_settings
from packstation.atomic import atomic_write_bytes
from packstation.paths import station_paths
from packstation.printing.transports import TransportTimeouts, open_transport
from packstation.qt.console.actions import ActionResult, ConsoleActions
from packstation.qt.main_window import MainWindow
from tests.qt.driving import WAIT_MS, scan_and_wait, station_of
from tests.security import mode_of, umask, walk

pytestmark = pytest.mark.skipif(os.name != "posix", reason="POSIX file modes")


def _wrong_modes(root: Path) -> list[str]:
    """Every path under `root` whose mode is not the station's: folders 0700, files 0600."""
    wrong = []
    for path in walk(root):
        wanted = 0o700 if path.is_dir() else 0o600
        if mode_of(path) != wanted:
            wrong.append(f"{path.relative_to(root)}: {oct(mode_of(path))}, not {oct(wanted)}")
    return wrong


def test_a_training_shift_leaves_only_private_files(
    qtbot: QtBot, station_home: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from packstation.qt import app

    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # main() installs its own
    handlers = list(logging.getLogger().handlers)
    export = tmp_path / "exports" / "failed.csv"
    export.parent.mkdir()
    seen: dict[str, list[str]] = {}
    names: dict[str, set[str]] = {}

    def run(_app: object, window: MainWindow) -> int:
        qtbot.addWidget(window)
        with qtbot.waitSignal(window.recovery_done, timeout=WAIT_MS):
            pass
        station, simulator, _printer = station_of(window)
        assert scan_and_wait(qtbot, window, simulator.shippable_order_numbers()[0]).parcel_id
        scan_and_wait(qtbot, window, "NO-SUCH-ORDER-1")  # a failure, so the export has a row
        actions = ConsoleActions(station.journal, None, window.runner, lambda: None)
        with qtbot.waitSignal(actions.finished, timeout=WAIT_MS) as exported:
            actions.export_csv(AttemptFilter(), export, AttemptOrder.OLDEST)
        result = exported.args[0]
        assert isinstance(result, ActionResult)
        assert result.ok, result.text
        store_settings(station.paths, station.settings, simulator.shipping_options())
        logging.getLogger("packstation.test").warning("a warning, so the log has a line")
        # While the station is open: its lock files exist only now.
        seen["open"] = _wrong_modes(station_home)
        names["open"] = {path.name for path in walk(station_home)}
        window.close()
        return 0

    try:
        with umask(0o022):
            assert app.main(["packstation-gui", "--training"], run=run) == 0
    finally:
        for handler in set(logging.getLogger().handlers) - set(handlers):
            logging.getLogger().removeHandler(handler)
            handler.close()

    # What the shift wrote, named so a missing one fails here rather than passing unseen.
    wanted = {
        "training", "config", "data", "logs", "labels", "holders", "settings.json",
        "journal.sqlite3", "journal.sqlite3-wal", "journal.sqlite3-shm", "packstation.log",
        "packstation.lock", "shipping-option-names.json",
    }  # fmt: skip
    assert wanted <= names["open"]
    assert any(name.startswith("training-barcodes-seed") for name in names["open"])
    assert any(name.endswith(".lock") and len(name) > 20 for name in names["open"])  # a holder's lock
    assert [path for path in walk(station_home) if path.parent.name == "labels"]
    assert seen["open"] == []
    assert _wrong_modes(station_home) == []
    assert mode_of(export) == 0o600
    assert mode_of(export.parent) == 0o755  # a folder the lead chose stays as it was


def test_a_real_stations_folders_are_private_and_tightened(station_home: Path) -> None:
    from packstation.qt.app import LOG_FILE_NAME, log_to_file

    paths = station_paths()
    with umask(0o022):
        paths.create()
    for folder in (paths.config_dir, paths.data_dir, paths.log_dir, paths.label_store):
        assert mode_of(folder) == 0o700, folder
    # A station set up before this rule: its folders 0755, its old logs 0644.
    paths.data_dir.chmod(0o755)
    old_log = paths.log_dir / f"{LOG_FILE_NAME}.1"
    old_log.write_text("old\n", encoding="utf-8")
    old_log.chmod(0o644)
    with umask(0o022):
        paths.create()
        handler = log_to_file(paths)
    try:
        assert mode_of(paths.data_dir) == 0o700
        assert mode_of(old_log) == 0o600
        assert mode_of(paths.log_dir / LOG_FILE_NAME) == 0o600
    finally:
        logging.getLogger().removeHandler(handler)
        handler.close()


def test_an_existing_journal_and_its_companions_are_tightened(tmp_path: Path) -> None:
    from packstation.journal import Journal

    path = tmp_path / "journal.sqlite3"
    with umask(0o022), Journal.open(path, "Bench 1") as journal:
        journal.start_attempt("SHOP-1")
    for old in (path, path.with_name("journal.sqlite3-wal"), path.with_name("journal.sqlite3-shm")):
        if old.exists():
            old.chmod(0o644)
    with umask(0o022), Journal.open(path, "Bench 1") as journal:
        journal.start_attempt("SHOP-2")
        for companion in ("", "-wal", "-shm"):
            assert mode_of(path.with_name(f"journal.sqlite3{companion}")) == 0o600


def test_a_label_printed_to_a_file_is_private(tmp_path: Path) -> None:
    target = tmp_path / "printed.zpl"
    with umask(0o022), open_transport(f"file://{target}", TransportTimeouts()) as transport:
        transport.write(b"^XA^FDlabel^FS^XZ")
        transport.finish()
    assert target.read_bytes() == b"^XA^FDlabel^FS^XZ"
    assert mode_of(target) == 0o600


def test_an_atomic_write_makes_missing_folders_private(tmp_path: Path) -> None:
    target = tmp_path / "new" / "deeper" / "label.pdf"
    tmp_path.chmod(0o755)
    with umask(0o022):
        atomic_write_bytes(target, b"%PDF-1.4")
    assert mode_of(target) == 0o600
    assert mode_of(target.parent) == 0o700
    assert mode_of(target.parent.parent) == 0o700
    assert mode_of(tmp_path) == 0o755  # a folder that existed is not the station's to change
