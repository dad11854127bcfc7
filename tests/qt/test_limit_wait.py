"""The packing screen while the station waits for Sendcloud's write limit (issue 19): the status bar
says how long, in amber; the scan count comes back when the wait is over."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from packstation.qt.bridge import WorkflowEvents
from packstation.qt.widgets.status_bar import StationStatusBar
from packstation.station.verdicts import JournalOutage, LimitWait


def test_the_status_bar_says_how_long_the_limit_keeps_the_station_waiting(qtbot: QtBot) -> None:
    bar = StationStatusBar(api_url="https://panel.sendcloud.sc/api/v3", printer_url=None, training=False)
    qtbot.addWidget(bar)
    bar.set_queue(2)
    bar.show_limit_wait(3.2)
    assert bar.queue.text() == "Waiting for Sendcloud's limit: 4 s"
    bar.set_queue(3)  # scans keep queueing meanwhile
    assert bar.queue.text() == "Waiting for Sendcloud's limit: 4 s"
    bar.show_limit_wait(0.0)
    assert bar.queue.text().startswith("3 scan")  # the plural comes with the English translator


def test_the_bridge_relays_the_wait(qtbot: QtBot) -> None:
    events = WorkflowEvents()
    with qtbot.waitSignal(events.limit_wait) as waited:
        events.relay(LimitWait(2.5))
    assert waited.args == [2.5]


def test_the_status_bar_says_in_red_that_the_shared_journal_is_gone_and_when_it_is_back(qtbot: QtBot) -> None:
    bar = StationStatusBar(api_url="https://panel.sendcloud.sc/api/v3", printer_url=None, training=False)
    qtbot.addWidget(bar)
    bar.show_journal_outage("The shared journal cannot be reached (server closed the connection).")
    assert bar.api.text().startswith("Shared journal unreachable: no label is made, scans wait.")
    assert "server closed the connection" in bar.api.text()
    assert "#c62828" in bar.api.styleSheet()
    bar.show_journal_outage("")
    assert bar.api.text().startswith("Sendcloud panel.sendcloud.sc")
    assert bar.api.styleSheet() == ""


def test_the_bridge_relays_an_outage_and_its_end(qtbot: QtBot) -> None:
    events = WorkflowEvents()
    with qtbot.waitSignal(events.journal_outage) as gone:
        events.relay(JournalOutage("down"))
    assert gone.args == ["down"]
    with qtbot.waitSignal(events.journal_outage) as back:
        events.relay(JournalOutage(None))
    assert back.args == [""]
