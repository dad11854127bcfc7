"""Fixtures for the console tests: a training station (real simulator, virtual printer, journal)
with failures made the way a packer makes them, and a console window over it."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import ExitStack
from dataclasses import dataclass
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from packstation.app.station import Station, open_station
from packstation.qt.console.window import ConsoleWindow
from packstation.qt.tasks import TaskRunner
from packstation.qt.ui_state import UiState
from packstation.station.review import FailureReview
from packstation.training.order_reading import MISSING_HOUSE_NUMBER
from packstation.training.simulator import Simulator
from packstation.training.virtual_printer import VirtualPrinter
from tests.qt.driving import FAST_LOOKUP, WAIT_MS

LEAD = "lead-test"


@dataclass
class Console:
    station: Station
    window: ConsoleWindow
    runner: TaskRunner
    lead_asked: list[str]

    @property
    def simulator(self) -> Simulator:
        assert self.station.simulator is not None
        return self.station.simulator

    @property
    def printer(self) -> VirtualPrinter:
        assert self.station.virtual_printer is not None
        return self.station.virtual_printer


ConsoleFactory = Callable[..., Console]


def missing_house_number(simulator: Simulator) -> list[str]:
    return [
        number
        for number, reason in simulator.seed_data.unshippable_reasons.items()
        if reason == MISSING_HOUSE_NUMBER
    ]


@pytest.fixture
def station(station_home: Path) -> Iterator[Station]:
    with open_station(training=True, overrides=FAST_LOOKUP) as opened:
        yield opened


@pytest.fixture
def make_console(qtbot: QtBot, station: Station) -> Iterator[ConsoleFactory]:
    """Builds and shows a console over `station`, waits for its first page; shuts the runner down."""
    with ExitStack() as stack:

        def make(
            *, page_size: int = 200, lead: str | None = LEAD, ui_state: UiState | None = None
        ) -> Console:
            runner = TaskRunner()
            stack.callback(runner.shutdown)
            asked: list[str] = []

            def require_lead() -> str | None:  # the PIN lock is another module's; this stands in
                asked.append("asked")
                return lead

            window = ConsoleWindow(
                station.workflow.journal,
                FailureReview(station.workflow, document_wait=0.0),  # no real waits in tests
                runner,
                require_lead,
                page_size=page_size,
                debounce_ms=0,
                ui_state=ui_state,
            )
            qtbot.addWidget(window)
            with qtbot.waitSignal(window.rows_shown, timeout=WAIT_MS):
                window.show()
            return Console(station, window, runner, asked)

        yield make
