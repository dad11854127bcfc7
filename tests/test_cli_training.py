"""`packstation --self-test` and the training folder, as a station runs them: real subprocesses
on a throwaway PACKSTATION_HOME (the README's example order, SHOP-3127, shipped first)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

README_ORDER = "SHOP-3127"


def packstation(home: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PACKSTATION_HOME": str(home), "QT_QPA_PLATFORM": "offscreen"}
    for variable in ("PACKSTATION_PUBLIC_KEY", "PACKSTATION_SECRET_KEY"):
        env.pop(variable, None)
    return subprocess.run(
        [sys.executable, "-m", "packstation", *args],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def test_the_self_test_passes_again_and_again_after_the_readmes_order_was_shipped_in_training(
    tmp_path: Path,
) -> None:
    shipped = packstation(tmp_path, "ship", README_ORDER, "--training")
    assert shipped.returncode == 0, shipped.stderr
    labels = tmp_path / "training" / "data" / "labels"
    kept = sorted(labels.iterdir())
    for _ in range(2):
        self_test = packstation(tmp_path, "--self-test")
        assert self_test.returncode == 0, self_test.stderr  # it was exit 4, "already shipped", forever
        assert README_ORDER in self_test.stdout
    assert sorted(labels.iterdir()) == kept  # the practice folder is not the self-test's
