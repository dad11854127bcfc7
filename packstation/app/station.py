"""The composition root: builds one station (settings, client, journal, printer, workflow), and the
services both faces call on it.

Real or training mode, the packing screen and the command line get the same `Station` from
`open_station`. No Qt here (an import-linter contract keeps it so): the Qt layer takes a ready
`Station` and only decides on which thread to call it (the GUI opens it on the API lane, after its
window is shown: this module's imports, httpx, pydantic, the journal and printing, load there).
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from contextlib import ExitStack, contextmanager, nullcontext
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

import httpx
from pydantic import ValidationError

from packstation.app.journal_service import open_station_journal, station_write_budget, with_warehouse_packers
from packstation.app.training import (
    SIMULATOR_STATE_FILE_NAME,
    practice_box_codes,
    reset_lock,
    training_pin_store,
    with_demo_packers,
    with_practice_boxes,
    with_practice_cases,
)
from packstation.atomic import atomic_write_bytes
from packstation.credentials import ApiCredentials, load_credentials
from packstation.error_codes import ErrorCode
from packstation.errors import PackstationError
from packstation.journal import Journal
from packstation.journal.postgres import PostgresJournal
from packstation.journal.write_budget import PgWriteBudget
from packstation.paths import StationPaths, station_paths
from packstation.printing.printer import LabelPrinter
from packstation.printing.profile import PrinterProfile
from packstation.scales import Scale, ScaleTimeouts, VirtualScale, connect_scale
from packstation.sendcloud import SendcloudClient, WriteGate, http_client
from packstation.settings import StationSettings, read_settings
from packstation.station.retention import PurgeReport, purge_expired
from packstation.station.review import FailureReview
from packstation.station.roles import LeadSession, PinStore, shared_pin_store
from packstation.station.settings_guard import SettingsChange, guard_settings
from packstation.station.shipping_limits import limits_of, load_weight_limits, save_weight_limits
from packstation.station.shipping_names import load_shipping_names, names_of, save_shipping_names
from packstation.station.weighing import ParcelWeights, ReadBack
from packstation.station.workflow import StationWorkflow
from packstation.validation import describe

if TYPE_CHECKING:
    from packstation.training.simulator import Simulator
    from packstation.training.virtual_printer import VirtualPrinter

__all__ = ["Station", "open_station"]

# Part of the practice sheet's file name: a station made a sheet once and keeps it, so a sheet
# whose content changes (training/barcode_sheet.py) gets a new edition. 2: the demo badges.
# 4: several boxes (the box sizes' barcodes, "new box").
PRACTICE_SHEET_EDITION = "v4"


@dataclass(frozen=True)
class Station:
    """A ready station: the workflow plus the training fakes behind it, when in training mode, and
    the services over them. Like the workflow, not thread-safe: the GUI calls it on its lanes."""

    workflow: StationWorkflow
    paths: StationPaths
    simulator: Simulator | None
    virtual_printer: VirtualPrinter | None
    barcode_sheet: Path | None = None  # training: a PDF of the seeded orders' barcodes to scan
    # The settings file was changed outside Packstation: its safety fields are held back until a
    # lead saves the settings (station/settings_guard.py). Every face says so.
    settings_change: SettingsChange | None = None

    @property
    def scale(self) -> Scale | None:
        """The bench scale (`scale_url`), read on the API lane by the scan flow; None: no weighing."""
        return self.workflow.scale

    @property
    def virtual_scale(self) -> VirtualScale | None:
        """The training scale (`scale_url: virtual:`), whose weight the packing screen sets."""
        scale = self.workflow.scale
        return scale if isinstance(scale, VirtualScale) else None

    @property
    def settings(self) -> StationSettings:
        return self.workflow.settings

    @property
    def journal(self) -> Journal:
        return self.workflow.journal

    @property
    def training(self) -> bool:
        return self.simulator is not None

    @property
    def shared(self) -> bool:
        """On the warehouse's shared journal (PostgreSQL): its lead PINs and packers are the
        warehouse's (docs/warehouse.md, "Shared people")."""
        return isinstance(self.journal, PostgresJournal)

    def review(self) -> FailureReview:
        """The failed-shipments console's actions, on this station's label steps."""
        return FailureReview(self.workflow)

    def pin_store(self) -> PinStore:
        """The shift leads' PINs: the OS keyring, or in training a file of the training folder;
        either checked against the journal's facts (that PINs exist, the wrong-PIN count), which
        removing a keyring entry does not undo. On a shared journal the warehouse's: its `lead_pins`
        table and warehouse facts, so a lead's PIN and the wrong-PIN lock-out hold at every station."""
        if self.training:
            return training_pin_store(self.paths, ledger=self.journal)
        if isinstance(self.journal, PostgresJournal):  # the warehouse's leads: one PIN, every station
            return shared_pin_store(self.journal)
        return PinStore(ledger=self.journal)

    def lead_session(self, store: PinStore | None = None) -> LeadSession:
        """Shift-lead mode for this station: PINs from `pin_store()` (or `store`), its idle relock."""
        return LeadSession.from_settings(store or self.pin_store(), self.settings)

    def purge_expired(self, now: datetime | None = None) -> PurgeReport:
        """Retention: labels carry addresses; label files and journal details past
        `label_retention_days` go, counts stay."""
        return purge_expired(self.settings, self.journal, self.paths.label_store, now or datetime.now(UTC))


@contextmanager
def open_station(
    *,
    training: bool,
    overrides: dict[str, Any] | None = None,
    sleep: Callable[[float], None] = time.sleep,
    paths: StationPaths | None = None,
    several_boxes: bool = False,
) -> Iterator[Station]:
    """The station's workflow over real Sendcloud (keys from env/keyring) or, in training mode, an
    in-process simulator and virtual printer with a training folder of its own (`paths`: another
    folder, such as the self-test's scratch one). `several_boxes`: training is to ship an order in
    several boxes (`ship --training --boxes`): a shipping option that takes them, as with item
    verification (`with_practice_boxes`).

    The settings are the file's, checked against what a shift lead last saved (`guard_settings`:
    a change made outside the app does not reach the safety fields); `overrides` (the command
    line's, training's) go on top."""
    with ExitStack() as stack:
        paths = (paths or station_paths(training=training)).create()
        settings_file = read_settings(paths.settings_file)
        simulator: Simulator | None = None
        virtual_printer: VirtualPrinter | None = None
        barcode_sheet: Path | None = None
        updates = dict(overrides or {})
        if training:
            from packstation.training import TRAINING_PUBLIC_KEY, TRAINING_SECRET_KEY
            from packstation.training.simulator import Simulator, SimulatorConfig
            from packstation.training.virtual_printer import VirtualPrinter

            state = paths.data_dir / SIMULATOR_STATE_FILE_NAME  # parcel numbers go on after a restart
            simulator = stack.enter_context(Simulator(SimulatorConfig(state_file=state)))
            barcode_sheet = _training_barcode_sheet(paths, simulator)
            credentials = ApiCredentials(TRAINING_PUBLIC_KEY, TRAINING_SECRET_KEY)
            updates["api_url"] = simulator.base_url
            if "printer" not in updates:
                virtual_printer = stack.enter_context(VirtualPrinter())
                updates["printer"] = PrinterProfile(url=virtual_printer.url)
        else:
            credentials = load_credentials()
        with reset_lock(paths) if training else nullcontext():  # never beside a reset: app/training.py
            # The warehouse's shared journal when the file names one (never in training), else this
            # folder's; the settings a lead saved are checked against it.
            journal = stack.enter_context(
                open_station_journal(settings_file.settings, paths, training=training)
            )
        guarded = guard_settings(journal, settings_file)
        # On a shared journal the packers are the warehouse's (docs/warehouse.md, "Shared people").
        settings = with_warehouse_packers(journal, _with_overrides(guarded.settings, updates))
        if simulator is not None:  # the demo packers' badges and the meals' case code are on the sheet
            settings = with_practice_cases(with_demo_packers(settings), simulator.seed_data.case_barcodes)
            settings = with_practice_boxes(
                settings, several_boxes=several_boxes
            )  # several boxes: S, M, L on the sheet
        # No proxy in training: the simulator is on this computer, where a site's proxy cannot reach.
        http = stack.enter_context(http_client(None if training else settings.proxy_url))
        client = SendcloudClient(
            http,
            credentials,
            base_url=settings.api_url,
            label_timeout=httpx.Timeout(settings.label_timeout_seconds, connect=5.0),
        )
        if not training:  # the simulator has no account limit to share; training writes little
            budget = station_write_budget(journal, settings)
            if isinstance(budget, PgWriteBudget):
                stack.callback(budget.close)
            client.write_gate = WriteGate(budget, sleep=sleep)
        printer = LabelPrinter(settings.printer) if settings.printer is not None else None
        if simulator is not None and not paths.shipping_names_file.exists():
            # Training has its options at hand (no settings saved yet, no request needed).
            save_shipping_names(paths.shipping_names_file, names_of(simulator.shipping_options()))
        if simulator is not None:
            # Always: the options are at hand, and a cache written before the options carried
            # their `multicollo` functionality (issue 18) would refuse several boxes.
            save_weight_limits(paths.shipping_limits_file, limits_of(simulator.shipping_options()))
        scale = None
        if settings.scale_url is not None:
            # Opened at the first weighing, not here: a station opens without its scale.
            scale = connect_scale(
                settings.scale_url, ScaleTimeouts(stability=settings.scale_stability_seconds)
            )
            stack.callback(scale.close)
        workflow = StationWorkflow(
            client,
            journal,
            paths.label_store,
            settings,
            printer,
            sleep=sleep,
            shipping_names=load_shipping_names(paths.shipping_names_file),
            scale=scale,
            weight_limits=load_weight_limits(paths.shipping_limits_file),
            read_back=ReadBack(sleep=sleep),
            weights=ParcelWeights.journalled(journal.last_weighing()),
        )
        yield Station(workflow, paths, simulator, virtual_printer, barcode_sheet, guarded.change)


def _training_barcode_sheet(paths: StationPaths, simulator: Simulator) -> Path:
    """The printable sheet of seeded order barcodes, so a real scanner can be tried in training.

    Made once per seed and edition of the sheet (the seed data is deterministic), then reused:
    start-up stays fast (the sheet's renderer, barcode encoder and fonts load only when the sheet
    is made).
    """
    sheet = paths.data_dir / f"training-barcodes-seed{simulator.config.seed}-{PRACTICE_SHEET_EDITION}.pdf"
    if not sheet.exists():
        from packstation.training.barcode_sheet import training_sheet_pdf

        atomic_write_bytes(sheet, training_sheet_pdf(simulator, boxes=practice_box_codes()))
    return sheet


def _with_overrides(settings: StationSettings, updates: dict[str, Any]) -> StationSettings:
    """The saved settings with command-line choices on top, validated like a saved file."""
    if not updates:
        return settings
    try:
        return StationSettings.model_validate({**dict(settings), **updates})
    except ValidationError as error:
        raise PackstationError(describe(error), code=ErrorCode.CONFIGURATION_ERROR) from None
