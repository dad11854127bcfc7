"""Settings edited outside the app do not bypass the shift lead (issue 14, item 2).

`settings.json` is read at every start, and whoever can write it could point the API keys at
another address, print somewhere else or keep labels for years without a lead's PIN. The journal
keeps what a lead last saved (station facts, never purged): the SHA-256 of the settings file
(`settings.content_sha256`) and the values of the safety fields. At every start the file is
checked against them:

- no lead's save on record (a fresh station, or one from before this check): the file is taken as
  the lead's, silently. That first file is trusted as it is (docs/security.md);
- the same SHA-256: the file is the lead's, used as it is;
- another SHA-256: the file was changed outside Packstation. The station runs on the file's other
  settings, but the safety fields keep the values a lead saved, until a lead saves the settings
  (the settings dialog, F9: `record_lead_saved`). The change goes into the audit log once per
  version of the file, and every face says so (the packing window, `ship`, `doctor`).

Facts and audit rows carry hashes and field names, never values: no personal data, nothing
planted in the file repeated.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Final

from pydantic import ValidationError

from packstation.error_codes import ErrorCode
from packstation.errors import PackstationError
from packstation.journal import Journal
from packstation.settings import SettingsFile, StationSettings, settings_sha256

log = logging.getLogger(__name__)

# The fields a change outside the app must not reach until a lead accepts it: where the API keys
# go, which printer gets the labels (with the label format and DPI its profile is checked
# against: held apart they could contradict it), how long labels with addresses are kept.
SAFETY_FIELDS: Final = ("api_url", "printer", "label_mime_type", "label_dpi", "label_retention_days")

LEAD_SAVED_SHA256: Final = "settings.lead_saved_sha256"
LEAD_SAVED_SAFETY: Final = "settings.lead_saved_safety"  # JSON: safety field → value as saved
# The (lead's, file's) SHA-256 pair last written to the audit log: one row per change, not per start.
REPORTED_CHANGE: Final = "settings.reported_change"

CHANGE_DETECTED: Final = "settings_changed_outside"  # audit_log.action
LEAD_SAVED: Final = "settings_saved"  # audit_log.action
DETECTED_BY: Final = "station"  # the actor of a detection: no person did it

_SHORT: Final = 12  # hex digits of a SHA-256 shown in the audit log


@dataclass(frozen=True)
class HeldBack:
    """A safety field whose value in the file is not used: the station keeps the lead's."""

    field: str
    in_file: object  # JSON values, as `model_dump(mode="json")` gives them
    kept: object


@dataclass(frozen=True)
class SettingsChange:
    """The settings file is not the one a lead saved last."""

    in_file: StationSettings  # the file's settings, as a lead reviewing them should see them
    sha256: str  # the file's
    lead_saved_sha256: str
    held_back: tuple[HeldBack, ...]  # safety fields the file changed, each kept as the lead saved it

    @property
    def fields(self) -> tuple[str, ...]:
        return tuple(held.field for held in self.held_back)

    def error(self) -> PackstationError:
        """What a person reads (`settings_changed_outside`): what the station does meanwhile."""
        if self.held_back:
            kept = ", ".join(self.fields)
            meanwhile = f"the station keeps the values a shift lead last saved for {kept}"
        else:
            meanwhile = "no safety setting differs from what a shift lead last saved"
        return PackstationError(
            f"The settings file was changed outside Packstation since a shift lead last saved it; "
            f"{meanwhile}. A shift lead must review the settings in Settings (F9) and save them.",
            code=ErrorCode.SETTINGS_CHANGED_OUTSIDE,
        )


@dataclass(frozen=True)
class GuardedSettings:
    """The settings a station runs on, and the change outside the app that it held back."""

    settings: StationSettings
    change: SettingsChange | None = None
    on_record: bool = True  # False: no lead's save is on record yet (the first start)


def safety_values(settings: StationSettings) -> dict[str, object]:
    """The safety fields of `settings` as JSON values."""
    data = settings.model_dump(mode="json", include=set(SAFETY_FIELDS))
    return {name: data[name] for name in SAFETY_FIELDS}


def check_settings(journal: Journal, file: SettingsFile) -> GuardedSettings:
    """The settings the station runs on, comparing `file` with the lead's save on record; changes
    nothing (the doctor asks this too). See the module's docstring for the rules."""
    lead_sha256 = journal.fact(LEAD_SAVED_SHA256)
    if lead_sha256 is None:
        return GuardedSettings(file.settings, on_record=False)
    if lead_sha256 == file.sha256:
        return GuardedSettings(file.settings)
    kept = _lead_safety(journal)
    in_file = safety_values(file.settings)
    settings = _with_safety(file.settings, kept)
    kept = safety_values(settings)  # what the station really uses (the defaults, if the lead's failed)
    held = tuple(
        HeldBack(name, in_file[name], kept[name]) for name in SAFETY_FIELDS if in_file[name] != kept[name]
    )
    return GuardedSettings(settings, SettingsChange(file.settings, file.sha256, lead_sha256, held))


def guard_settings(journal: Journal, file: SettingsFile) -> GuardedSettings:
    """`check_settings`, as a station opens: the first file is recorded as the lead's, and a new
    change outside the app is written to the audit log."""
    guarded = check_settings(journal, file)
    if not guarded.on_record:
        _record(journal, safety_values(file.settings), file.sha256)
        return guarded
    change = guarded.change
    if change is not None:
        pair = f"{change.lead_saved_sha256}:{change.sha256}"
        if journal.fact(REPORTED_CHANGE) != pair:
            journal.audit(DETECTED_BY, CHANGE_DETECTED, _detected_detail(change))
            journal.set_fact(REPORTED_CHANGE, pair)
    return guarded


def record_lead_saved(journal: Journal, settings: StationSettings, *, lead: str) -> None:
    """A lead saved `settings` (written to the file already): they are the lead's now, a change
    made outside the app included. Audited with the lead's name and the safety fields changed."""
    before = _lead_safety(journal)
    after = safety_values(settings)
    sha256 = settings_sha256(settings)
    _record(journal, after, sha256)
    changed = [name for name in SAFETY_FIELDS if before.get(name) != after[name]]
    detail = f"sha256 {sha256[:_SHORT]}; safety fields changed: {', '.join(changed) or 'none'}"
    journal.audit(lead, LEAD_SAVED, detail)


def _record(journal: Journal, safety: Mapping[str, object], sha256: str) -> None:
    # The values first: a crash between the two leaves the old hash, so the lead's own file reads
    # as changed outside, with the lead's new values kept. The safe side.
    journal.set_fact(LEAD_SAVED_SAFETY, json.dumps(safety, sort_keys=True))
    journal.set_fact(LEAD_SAVED_SHA256, sha256)


def _lead_safety(journal: Journal) -> dict[str, object]:
    """The safety values on record; a field missing from them (a field added to `SAFETY_FIELDS`
    later) or a damaged record reads as the defaults: never the file's."""
    defaults = safety_values(StationSettings())
    try:
        recorded = json.loads(journal.fact(LEAD_SAVED_SAFETY) or "{}")
    except ValueError:
        recorded = None
    if not isinstance(recorded, dict):
        log.warning("the lead's saved settings values are damaged: the defaults are kept instead")
        return defaults
    return {name: recorded.get(name, defaults[name]) for name in SAFETY_FIELDS}


def _with_safety(settings: StationSettings, safety: Mapping[str, object]) -> StationSettings:
    """`settings` with the safety fields' values replaced; the defaults for them when the values on
    record no longer validate (a later version's rules)."""
    try:
        return StationSettings.model_validate({**settings.model_dump(mode="json"), **safety})
    except ValidationError:
        log.warning("the lead's saved settings values are not valid any more: the defaults are kept instead")
        defaults = safety_values(StationSettings())
        return StationSettings.model_validate({**settings.model_dump(mode="json"), **defaults})


def _detected_detail(change: SettingsChange) -> str:
    kept = ", ".join(change.fields) or "none"
    return (
        f"file sha256 {change.sha256[:_SHORT]}, lead saved {change.lead_saved_sha256[:_SHORT]}; "
        f"kept as the lead saved them: {kept}"
    )
