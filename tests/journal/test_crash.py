"""A process killed right after writing `label_requested` (as if the label call were in flight)."""

from __future__ import annotations

import os
import select
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from packstation.journal import Journal, Stage

# The child writes the rows the workflow writes before the label call, says so, then "waits for
# Sendcloud" until it is killed. SIGKILL gives it no chance to close or checkpoint anything.
CHILD = textwrap.dedent(
    """
    import sys, time
    from pathlib import Path
    from packstation.journal import Journal, Packer, Stage

    journal = Journal.open(Path(sys.argv[1]), "station-1")
    attempt = journal.start_attempt("WEB-77", Packer("B-1", "Anna"), "zebra-1")
    journal.record(attempt, Stage.ORDER_FOUND, order_id="o-77", order_number="WEB-77", integration_id=7)
    journal.record(attempt, Stage.LABEL_REQUESTED)
    print(attempt, flush=True)
    time.sleep(600)
    """
)


@pytest.mark.skipif(os.name != "posix", reason="SIGKILL and select() on pipes are POSIX")
def test_label_requested_survives_sigkill(tmp_path: Path) -> None:
    path = tmp_path / "journal.sqlite3"
    child = subprocess.Popen(
        [sys.executable, "-c", CHILD, str(path)],
        stdout=subprocess.PIPE,
        text=True,
        cwd=Path(__file__).resolve().parents[2],
    )
    try:
        assert child.stdout is not None
        ready, _, _ = select.select([child.stdout], [], [], 20)
        assert ready, "the child never wrote its rows"
        attempt_id = int(child.stdout.readline())
    finally:
        os.kill(child.pid, signal.SIGKILL)
        child.wait(timeout=20)
        if child.stdout is not None:
            child.stdout.close()
    assert child.returncode == -signal.SIGKILL
    # The WAL of the dead writer is still there, uncheckpointed: reopening must recover from it.
    assert path.with_name(path.name + "-wal").stat().st_size > 0

    with Journal.open(path, "station-1") as journal:
        (stuck,) = journal.unsettled()
        assert stuck.id == attempt_id
        assert stuck.stage is Stage.LABEL_REQUESTED
        assert (stuck.order_id, stuck.order_number, stuck.integration_id) == ("o-77", "WEB-77", 7)
        assert stuck.label_requested_at is not None
        assert journal.label_for_order("WEB-77", 7) is None  # unknown here: settle with Sendcloud
