"""The training station's own files, beside its journal in the training folder.

Training keeps everything it needs in its folder, so it works on any computer (no OS keyring, no
account, no printer): its shift-lead PINs (`PinFile`, whose first lead's PIN is published on the
banner) and the simulator's parcel counter (`training.counters`: tracking numbers never repeat in
one training folder). It also has two demo packers, whose badges are on the practice sheet, and
three box sizes (S, M, L: Ctrl+1…3 or their barcodes on the sheet, beside the "new box" code) to
practise packing one order in several boxes. A real station never uses anything here.

`reset_training` starts the practice again: it deletes the training journal, the label store, the
simulator's state and the practice PINs, never while a station has that journal open. The check
and the deletion happen under the folder's reset lock, which a training station also takes while
it opens its journal (`reset_lock`): so a station either opened before (and the reset refuses,
naming it) or opens after the files are gone; it never writes a journal being deleted.
"""

from __future__ import annotations

import shutil
import tempfile
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from pathlib import Path
from typing import Final

from filelock import FileLock, Timeout

from packstation.error_codes import ErrorCode
from packstation.errors import PackstationError
from packstation.journal import Journal
from packstation.paths import StationPaths, folders_under
from packstation.private_files import PRIVATE_FILE
from packstation.settings import BoxSizeSetting, PackerSetting, ShipWithSetting, StationSettings
from packstation.station.boxes import NEW_BOX_CODE, size_words
from packstation.station.roles import PinFile, PinLedger, PinStore
from packstation.training import TRAINING_LEAD_NAME, TRAINING_LEAD_PIN, TRAINING_PACKERS
from packstation.training.barcode_sheet import SheetCode

PINS_FILE_NAME: Final = "training-lead-pins-v2.json"
# Before 6-digit PINs: its published PIN was 0000. Left alone (it is ignored) until a reset deletes it.
OLD_PINS_FILE_NAME: Final = "training-lead-pins.json"
SIMULATOR_STATE_FILE_NAME: Final = "simulator-state.json"
RESET_LOCK_NAME: Final = "reset.lock"
RESET_LOCK_TIMEOUT: Final = 10.0  # seconds; a reset or an opening holds it for a moment only
# Several boxes need a shipping option named by the station with the multicollo functionality: with
# item verification on and none named, training ships with this one (the simulator's DHL Parcel).
PRACTICE_SHIPPING_OPTION: Final = "dhl:parcel"
# Training's box sizes (several boxes, issue 18), their barcodes on the practice sheet.
PRACTICE_BOX_SIZES: Final = (
    BoxSizeSetting(name="S", length_cm=25, width_cm=20, height_cm=10, barcode="BOX-S", shortcut="1"),
    BoxSizeSetting(name="M", length_cm=35, width_cm=25, height_cm=15, barcode="BOX-M", shortcut="2"),
    BoxSizeSetting(name="L", length_cm=45, width_cm=35, height_cm=25, barcode="BOX-L", shortcut="3"),
)


def training_pin_store(paths: StationPaths, *, ledger: PinLedger | None = None) -> PinStore:
    """The training station's shift-lead PINs: a file in its folder, starting with the published
    first lead (`TRAINING_LEAD_PIN`), checked against `ledger` (the training journal) as a real
    station's are. Never the OS keyring: training must work without one."""
    return PinStore(
        vault=PinFile(paths.data_dir / PINS_FILE_NAME),
        ledger=ledger,
        first_lead=(TRAINING_LEAD_NAME, TRAINING_LEAD_PIN),
    )


def with_demo_packers(settings: StationSettings) -> StationSettings:
    """`settings` with training's demo packers added (`TRAINING_PACKERS`, their badges on the
    practice sheet), after any packers the training settings list; a badge id already listed is
    kept as it is."""
    known = {packer.badge_id.casefold() for packer in settings.packers}
    demo = tuple(
        PackerSetting(badge_id=badge_id, name=name)
        for badge_id, name in TRAINING_PACKERS
        if badge_id.casefold() not in known
    )
    return settings.model_copy(update={"packers": (*settings.packers, *demo)}) if demo else settings


def with_practice_boxes(settings: StationSettings, *, several_boxes: bool = False) -> StationSettings:
    """`settings` ready to practise several boxes: training's box sizes (`PRACTICE_BOX_SIZES`) when
    they list none; and with item verification on (boxes are closed at the checklist), or for
    `ship --training --boxes` (`several_boxes`), and no shipping option named,
    `PRACTICE_SHIPPING_OPTION`, which takes several boxes. Otherwise training keeps Sendcloud's
    defaults, whose choices (a service point, a letter) are practised there."""
    update: dict[str, object] = {}
    if not settings.box_sizes:
        update["box_sizes"] = PRACTICE_BOX_SIZES
    sendcloud_decides = settings.ship_with is None and not settings.apply_shipping_rules
    if (settings.item_verification != "off" or several_boxes) and sendcloud_decides:
        update["ship_with"] = ShipWithSetting(shipping_option_code=PRACTICE_SHIPPING_OPTION)
    return settings.model_copy(update=update) if update else settings


def practice_box_codes() -> list[SheetCode]:
    """The practice sheet's codes for several boxes: each training box size's barcode, then the
    "new box" code."""
    codes = [
        SheetCode(str(size.barcode), f"box {size_words(size)}, Ctrl+{size.shortcut}")
        for size in PRACTICE_BOX_SIZES
    ]
    codes.append(SheetCode(NEW_BOX_CODE, "closes the box being packed (F3)"))
    return codes


def with_practice_cases(settings: StationSettings, case_barcodes: Mapping[str, int]) -> StationSettings:
    """`settings` knowing the training account's case codes (`SeedData.case_barcodes`) as well as
    its own; a case the settings list already keeps their number of units."""
    missing = {code: units for code, units in case_barcodes.items() if code not in settings.case_barcodes}
    if not missing:
        return settings
    return settings.model_copy(update={"case_barcodes": {**missing, **settings.case_barcodes}})


@contextmanager
def scratch_training_paths() -> Iterator[StationPaths]:
    """A fresh training folder for one run, removed afterwards (`packstation --self-test`): what
    anyone practised in the training folder (an order shipped there stays shipped) never makes the
    self-test fail, and the self-test leaves no practice behind."""
    with tempfile.TemporaryDirectory(prefix="packstation-self-test-", ignore_cleanup_errors=True) as folder:
        yield folders_under(Path(folder))


def practice_files(paths: StationPaths) -> list[Path]:
    """What a reset deletes, in this order: the journal (its side files and holders' folder too),
    the label store, the simulator's state (with its lock file) and the practice PINs. Settings,
    logs and the practice barcode sheet stay."""
    state = paths.data_dir / SIMULATOR_STATE_FILE_NAME
    return [
        *Journal.files(paths.journal_file),
        paths.label_store,
        state,
        state.with_name(f"{state.name}.lock"),
        paths.data_dir / PINS_FILE_NAME,
        paths.data_dir / OLD_PINS_FILE_NAME,
    ]


@contextmanager
def reset_lock(paths: StationPaths, timeout: float = RESET_LOCK_TIMEOUT) -> Iterator[None]:
    """Held by `reset_training` from its check to its last deletion, and by a training station
    while it opens its journal (`open_station`)."""
    paths.data_dir.mkdir(parents=True, exist_ok=True)
    lock = FileLock(paths.data_dir / RESET_LOCK_NAME, timeout=timeout, mode=PRIVATE_FILE)
    try:
        lock.acquire()
    except Timeout as error:
        raise _in_use(paths, "is being reset or opened by another Packstation") from error
    try:
        yield
    finally:
        lock.release()


def reset_training(paths: StationPaths, *, lock_timeout: float = RESET_LOCK_TIMEOUT) -> list[Path]:
    """Start the practice again: delete the training journal, labels, simulator state and practice
    PINs of the training folder `paths`; the paths removed, in order (empty: it was fresh).

    Refused (`training_in_use`) while any process has that journal open: close the training
    station first (the packing screen's "Reset practice" closes its own, resets, and reopens).
    """
    with reset_lock(paths, lock_timeout):
        if Journal.in_use(paths.journal_file):
            raise _in_use(paths, "is open in another Packstation (a window or a command)")
        removed: list[Path] = []
        for path in practice_files(paths):
            try:
                if path.is_dir():
                    shutil.rmtree(path)
                elif path.exists():
                    path.unlink()
                else:
                    continue
            except OSError as error:
                done = f" (removed before it: {', '.join(p.name for p in removed)})" if removed else ""
                raise PackstationError(
                    f"The practice could not be reset: {path} cannot be removed ({error.strerror or error})"
                    f"{done}. Close every Packstation and try again.",
                    code=ErrorCode.TRAINING_RESET_FAILED,
                ) from error
            removed.append(path)
        return removed


def _in_use(paths: StationPaths, what: str) -> PackstationError:
    return PackstationError(
        f"The training folder {paths.data_dir} {what}. Close it, then reset the practice.",
        code=ErrorCode.TRAINING_IN_USE,
    )
