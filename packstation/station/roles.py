"""Shift-lead mode: PINs kept as salted scrypt hashes in the OS keyring (in training, in a file of
the training folder), the wrong-PIN lock-out, the session that locks itself when idle, and the
guard every privileged action goes through.

Packer mode is the default. A lead unlocks with their name and their PIN; the session knows *who*
unlocked (the journal says who did what), and locks again after `settings.auto_lock_minutes`
without activity. Two leads may have the same PIN: the name says whose PIN is checked. Privileged
actions call `LeadSession.authorize`, which refuses in packer mode and journals the action with the
lead's name (the journal stamps the time).

Storage (a `PinVault`): on a real station the OS keyring, service `credentials.LEAD_PIN_SERVICE`,
never a file. Training is the one exception: its PINs are practice PINs that guard nothing real,
and training must work on a computer without a keyring, so `PinFile` keeps them in the training
folder (and its first lead's PIN is published on the training banner). The records are the same:

- user `pins`: JSON `{"version": 1, "leads": [{"name", "kdf": "scrypt", "n", "r", "p", "salt",
  "hash"}]}`. Salt and cost are stored with each hash, so a later, costlier default still verifies
  old PINs. The PIN itself is never stored.
- user `failures`: the wrong-PIN counter, JSON `{"failures": n, "since": monotonic seconds of the
  last failure}`.

The vault alone must not decide who may become lead (issue 14, item 3): deleting its `pins` entry
used to bring back the first-PIN set-up (anyone became lead), deleting `failures` ended a
lock-out. So a `PinLedger` (the station journal's facts: fsynced, never purged, in the station
folder rather than the keyring) keeps the same two things: that PINs exist (`LEDGER_PINS_EXIST`:
then an empty vault is `pin_store_lost`, never a first PIN) and the failure counter
(`LEDGER_FAILURES`; the store counts the higher of the two). Removing both takes an administrator
(docs/security.md, "Lost shift-lead PINs").

The lock-out is measured on the monotonic clock, never the wall clock, which anyone may set
forward. The monotonic clock cannot be set and counts from the computer's start, in every process
alike, so the start of a wait kept in the records still holds after the app restarts. After the
computer restarts, that clock began again: a stored start later than "now" is from before, and the
wait starts again in full (never shorter; and a start from before that is not later than "now"
still leaves at least the full wait since the restart). Only a right PIN resets the count.

Every method that touches the vault or the ledger may block (a D-Bus round trip, a disk write, a
journal commit, and scrypt takes a tenth of a second on purpose): the Qt layer calls them on
`Lane.KEYRING` only.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
import json
import math
import re
import secrets
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import Any, Final, Protocol

from packstation.atomic import atomic_write_json, read_json_object
from packstation.credentials import LEAD_PIN_SERVICE, read_secret, write_secret
from packstation.error_codes import ErrorCode
from packstation.errors import PackstationError
from packstation.settings import StationSettings

PINS_USER: Final = "pins"
FAILURES_USER: Final = "failures"
# The journal's station facts behind the vault (`PinLedger`): "1" once any lead had a PIN, and the
# failure counter in the vault's own format.
LEDGER_PINS_EXIST: Final = "lead_pins.exist"
LEDGER_FAILURES: Final = "lead_pins.failures"
# A new or changed PIN: 6 to 12 digits. Four digits fell to an offline search of a copied keyring
# entry in ~23 minutes on one core (10^4 scrypt hashes); six take ~40 hours.
PIN_MIN_LENGTH: Final = 6
PIN_MAX_LENGTH: Final = 12
# PINs set before the 6-digit rule keep unlocking (a station must not lock its leads out) until
# their lead changes them: a PIN entered may be this short.
LEGACY_PIN_MIN_LENGTH: Final = 4
PIN_PATTERN: Final = re.compile(rf"[0-9]{{{PIN_MIN_LENGTH},{PIN_MAX_LENGTH}}}")
ENTERED_PIN_PATTERN: Final = re.compile(rf"[0-9]{{{LEGACY_PIN_MIN_LENGTH},{PIN_MAX_LENGTH}}}")
_RECORD_VERSION: Final = 1

Clock = Callable[[], float]


class PrivilegedAction(StrEnum):
    """What only a shift lead may do; the value is the journal's `audit_log.action`."""

    CHANGE_SETTINGS = "settings_change"
    OVERRIDE_ALREADY_SHIPPED = "override_already_shipped"
    EDIT_ORDER = "order_edit"
    DELETE_ORDER = "order_delete"
    BATCH_RETRY = "batch_retry"
    MANAGE_PINS = "lead_pin_change"
    FORCE_COMPLETE = "force_complete_unlock"  # complete an order without scanning all its items


@dataclass(frozen=True)
class Lead:
    """A shift lead, by the name their PIN was set up with."""

    name: str


@dataclass(frozen=True)
class ScryptCost:
    """scrypt's cost parameters (memory is about 128 * n * r bytes)."""

    n: int = 2**15
    r: int = 8
    p: int = 1

    @property
    def maxmem(self) -> int:
        return 256 * self.n * self.r * self.p  # twice what scrypt needs, so OpenSSL never refuses


DEFAULT_COST: Final = ScryptCost()


@dataclass(frozen=True)
class RateLimit:
    """`free_attempts` wrong PINs in a row cost nothing; each one after locks the PIN entry for
    `first_wait` seconds, doubled per further wrong PIN, at most `max_wait`. A right PIN resets it."""

    free_attempts: int = 3
    first_wait: float = 30.0
    max_wait: float = 15 * 60.0

    def wait_after(self, failures: int) -> float:
        if failures < self.free_attempts:
            return 0.0
        exponent = min(failures - self.free_attempts, 64)  # past the cap long before; no huge powers
        return float(min(self.first_wait * 2**exponent, self.max_wait))

    def failures_for_max_wait(self) -> int:
        """The fewest failures that lock for `max_wait`: what a damaged counter is read as."""
        failures = self.free_attempts
        while self.wait_after(failures) < self.max_wait and failures < self.free_attempts + 64:
            failures += 1
        return failures


class PinError(PackstationError):
    code = ErrorCode.PIN_ERROR


class PinFormatError(PinError):
    code = ErrorCode.PIN_INVALID


class WrongPinError(PinError):
    """A name and PIN that are no lead's. `wait_seconds` > 0 when this failure started a lock-out."""

    code = ErrorCode.PIN_WRONG

    def __init__(self, message: str, *, wait_seconds: float) -> None:
        super().__init__(message)
        self.wait_seconds = wait_seconds


class PinLockedOutError(PinError):
    """Too many wrong PINs: no PIN is even checked for `wait_seconds` more."""

    code = ErrorCode.PIN_LOCKED_OUT

    def __init__(self, wait_seconds: float) -> None:
        super().__init__(
            f"Too many wrong PINs. Try again in {int(wait_seconds + 0.999)} seconds.",
        )
        self.wait_seconds = wait_seconds


class AuditTrail(Protocol):
    """Where privileged actions are recorded (`packstation.journal.Journal`)."""

    def audit(self, actor: str, action: str, detail: str = "") -> object: ...


class PinLedger(Protocol):
    """The station's record of what its PIN vault must not decide alone (`LEDGER_PINS_EXIST`,
    `LEDGER_FAILURES`): `packstation.journal.Journal`'s station facts. Blocking (a commit)."""

    def fact(self, key: str) -> str | None: ...

    def set_fact(self, key: str, value: str) -> None: ...


def validate_pin(pin: str) -> str:
    """`pin` when it may be set as a new PIN (6 to 12 ASCII digits), else `PinFormatError`."""
    if not PIN_PATTERN.fullmatch(pin):
        raise PinFormatError(f"A PIN is {PIN_MIN_LENGTH} to {PIN_MAX_LENGTH} digits.")
    return pin


def hash_pin(pin: str, *, cost: ScryptCost = DEFAULT_COST, salt: bytes | None = None) -> dict[str, Any]:
    """The stored form of `pin`: a fresh 16-byte salt, the cost, and the scrypt digest."""
    salt = secrets.token_bytes(16) if salt is None else salt
    digest = _scrypt(pin, salt, cost)
    return {
        "kdf": "scrypt",
        "n": cost.n,
        "r": cost.r,
        "p": cost.p,
        "salt": base64.b64encode(salt).decode(),
        "hash": base64.b64encode(digest).decode(),
    }


def pin_matches(pin: str, stored: dict[str, Any], vault: PinVault | None = None) -> bool:
    """Whether `pin` is the PIN behind `stored` (constant-time comparison of the digests). A
    damaged record is a `PinError` naming `vault` (default: the OS keyring), where it was read."""
    try:
        cost = ScryptCost(int(stored["n"]), int(stored["r"]), int(stored["p"]))
        salt = base64.b64decode(stored["salt"], validate=True)
        expected = base64.b64decode(stored["hash"], validate=True)
    except (KeyError, TypeError, ValueError, binascii.Error) as error:
        raise _damaged(vault or KeyringVault()) from error
    if stored.get("kdf") != "scrypt":
        raise _damaged(vault or KeyringVault())
    return hmac.compare_digest(_scrypt(pin, salt, cost), expected)


def _scrypt(pin: str, salt: bytes, cost: ScryptCost) -> bytes:
    return hashlib.scrypt(pin.encode(), salt=salt, n=cost.n, r=cost.r, p=cost.p, maxmem=cost.maxmem, dklen=32)


def _same_lead(name: str, other: str) -> bool:
    """Lead names match without regard to case or surrounding spaces ("sam " is Sam)."""
    return name.strip().casefold() == other.strip().casefold()


def _is_count(value: object) -> bool:
    return isinstance(value, int) and not isinstance(value, bool) and value >= 0


def _is_moment(value: object) -> bool:
    """A monotonic reading: a finite number (NaN would end every wait, as no comparison holds)."""
    return isinstance(value, int | float) and not isinstance(value, bool) and math.isfinite(value)


def _damaged(vault: PinVault) -> PinError:
    return PinError(
        f"The shift-lead PINs in {vault.describe(PINS_USER)} are damaged. {vault.repair}",
        code=ErrorCode.PIN_STORE_DAMAGED,
    )


def _lost(vault: PinVault) -> PinError:
    return PinError(
        f"The shift-lead PINs are missing from {vault.describe(PINS_USER)}, but this station's "
        f"journal says it had some, so no first PIN can be set. {vault.repair}",
        code=ErrorCode.PIN_STORE_LOST,
    )


class PinVault(Protocol):
    """Where a `PinStore` keeps its two records (`PINS_USER`, `FAILURES_USER`), as text. Blocking."""

    @property
    def repair(self) -> str:
        """What a person does about a damaged or missing record, in a sentence or two."""
        ...

    def describe(self, user: str) -> str:
        """Where `user`'s record is, in words ("the OS keyring (service …, entry …)")."""
        ...

    def read(self, user: str) -> str | None: ...

    def write(self, user: str, value: str) -> None: ...


class KeyringVault:
    """A real station's vault: the OS keyring, service `service`; never a file."""

    repair = (
        "An administrator restores that entry from a backup of the keyring, or resets the station's "
        'shift-lead PINs (docs/security.md, "Lost shift-lead PINs").'
    )

    def __init__(self, service: str = LEAD_PIN_SERVICE) -> None:
        self._service = service

    def describe(self, user: str) -> str:
        return f"the OS keyring (service {self._service}, entry {user})"

    def read(self, user: str) -> str | None:
        return read_secret(self._service, user)

    def write(self, user: str, value: str) -> None:
        write_secret(self._service, user, value)


class PinFile:
    """Training's vault: one JSON file `{user: record}` in the training folder, written atomically.

    Only for training, whose PINs are practice PINs (the first one is printed on the banner) and
    which must work without an OS keyring; a real station's PINs never go to a file.
    """

    repair = "Reset the practice (Training, Reset practice), or delete that file."

    def __init__(self, path: Path) -> None:
        self._path = path

    @property
    def path(self) -> Path:
        return self._path

    def describe(self, user: str) -> str:
        return f"the training file {self._path} (entry {user})"

    def read(self, user: str) -> str | None:
        value = self._entries().get(user)
        return value if isinstance(value, str) else None

    def write(self, user: str, value: str) -> None:
        entries = self._entries()
        entries[user] = value
        atomic_write_json(self._path, entries)

    def _entries(self) -> dict[str, object]:
        entries = read_json_object(self._path)
        if entries is None:
            raise _damaged(self)
        return entries


@dataclass(frozen=True)
class _Failures:
    """Wrong PINs in a row, and when the last one was (monotonic seconds; None: not known)."""

    count: int
    since: float | None = None

    def to_json(self) -> str:
        fields: dict[str, float] = {"failures": self.count}
        if self.since is not None:
            fields["since"] = self.since
        return json.dumps(fields)


class PinStore:
    """The leads' PIN hashes and the wrong-PIN counter in a `PinVault` (default: the OS keyring),
    both checked against a `PinLedger` when there is one (a station's journal). Thread-safe;
    blocking.

    `first_lead` (a name and a PIN): the lead a vault with no PIN record at all starts with, so a
    training station can be unlocked with a PIN printed on its banner. Hashed on first use, on the
    caller's lane, never when the store is made. `monotonic`: the clock lock-outs are measured on
    (tests move it; it must be a clock nobody can set, as `time.monotonic` is).
    """

    def __init__(
        self,
        *,
        vault: PinVault | None = None,
        ledger: PinLedger | None = None,
        cost: ScryptCost = DEFAULT_COST,
        limit: RateLimit | None = None,
        monotonic: Clock = time.monotonic,
        first_lead: tuple[str, str] | None = None,
    ) -> None:
        self._vault: PinVault = KeyringVault() if vault is None else vault
        self._ledger = ledger
        self._cost = cost
        self._limit = RateLimit() if limit is None else limit
        self._monotonic = monotonic
        self._lock = threading.RLock()
        self._first_lead = first_lead
        self._decoy: dict[str, Any] | None = None  # made on first use, on the caller's lane

    # --- PINs ------------------------------------------------------------------------------------

    def has_pin(self) -> bool:
        """Whether a lead has a PIN (so unlocking, not the first PIN, is next). `PinError`
        (`pin_store_lost`) when the PINs are gone from the vault but the ledger says there were."""
        return bool(self._records())

    def leads(self) -> tuple[str, ...]:
        return tuple(str(record["name"]) for record in self._records())

    def set_pin(self, lead: str, pin: str) -> Lead:
        """Give `lead` the PIN `pin` (a new lead, or a new PIN for one), asking nothing: the caller
        decides who may. The first PIN goes through `set_first_pin`; a lead at the station through
        `set_lead_pin`, which asks for an existing lead's current PIN."""
        name = self._lead_name(lead)
        validate_pin(pin)
        with self._lock:
            records = [record for record in self._records() if not _same_lead(record["name"], name)]
            records.append({"name": name, **hash_pin(pin, cost=self._cost)})
            self._save_records(records)
        return Lead(name)

    def set_first_pin(self, lead: str, pin: str) -> Lead:
        """`set_pin` only while no lead has a PIN, nor ever had one by the ledger (checked and
        written under one lock)."""
        with self._lock:
            if self.has_pin():
                raise PinError("A shift-lead PIN is already set up.", code=ErrorCode.PIN_EXISTS)
            return self.set_pin(lead, pin)

    def set_lead_pin(self, lead: str, pin: str, *, current_pin: str | None = None) -> Lead:
        """A PIN as a lead sets it at the station: a new lead gets `pin`; an existing lead's PIN
        changes only with their `current_pin`, checked like an unlock (a wrong one counts towards
        the lock-out; `pin_current_required` without one)."""
        name = self._lead_name(lead)
        validate_pin(pin)  # before any check: a mistyped new PIN costs no attempt
        with self._lock:
            existing = next((r for r in self._records() if _same_lead(r["name"], name)), None)
            if existing is None:
                return self.set_pin(name, pin)
            if not current_pin:
                raise PinError(
                    f"{existing['name']} has a PIN. Enter their current PIN to change it.",
                    code=ErrorCode.PIN_CURRENT_REQUIRED,
                )
            return self.change_pin(str(existing["name"]), current_pin, pin)

    def change_pin(self, lead: str, old_pin: str, new_pin: str) -> Lead:
        """`lead`'s new PIN, given their current one (rate-limited like any PIN entry)."""
        validate_pin(new_pin)
        with self._lock:
            found = self.verify(lead, old_pin)
            return self.set_pin(found.name, new_pin)

    def remove_lead(self, lead: str) -> bool:
        """Take `lead`'s PIN away. Removing the last one is deliberate, so the ledger forgets that
        PINs existed: the next lead sets a first PIN (the caller decides who may remove)."""
        with self._lock:
            records = self._records()
            kept = [record for record in records if not _same_lead(record["name"], lead)]
            if len(kept) == len(records):
                return False
            if not kept and self._ledger is not None:
                self._ledger.set_fact(LEDGER_PINS_EXIST, "0")
            self._save_records(kept)
            return True

    def verify(self, lead: str, pin: str) -> Lead:
        """The lead named `lead` when `pin` is their PIN. A wrong name or PIN counts towards the
        lock-out (kept in the vault and the ledger); during a lock-out no PIN is checked at all:
        `PinLockedOutError`."""
        with self._lock:
            failures = self._failures()
            remaining = self._remaining(failures)
            if remaining > 0:
                raise PinLockedOutError(remaining)
            records = self._records()
            if not records:
                raise PinError("No shift-lead PIN is set up yet.", code=ErrorCode.PIN_NOT_SET)
            named = [record for record in records if _same_lead(record["name"], lead)]
            if ENTERED_PIN_PATTERN.fullmatch(pin):
                if not named:
                    pin_matches(pin, self._decoy_record())  # as slow as a lead's: time names no one
                for record in named:
                    if pin_matches(pin, record, self._vault):
                        if failures.count:
                            self._save_failures(_Failures(0))
                        return Lead(str(record["name"]))
            counted = _Failures(failures.count + 1, self._monotonic())
            self._save_failures(counted)
            wait = self._limit.wait_after(counted.count)
            message = "Wrong name or PIN."
            if wait:
                message += f" Too many wrong PINs: try again in {int(wait + 0.999)} seconds."
            raise WrongPinError(message, wait_seconds=wait)

    def lockout_remaining(self) -> float:
        """Seconds until a PIN may be tried again (0: now)."""
        with self._lock:
            return self._remaining(self._failures())

    def _decoy_record(self) -> dict[str, Any]:
        """A record no PIN matches, checked for a name that is no lead's."""
        if self._decoy is None:
            self._decoy = hash_pin(secrets.token_hex(16), cost=self._cost)
        return self._decoy

    # --- the lock-out ------------------------------------------------------------------------------

    def _remaining(self, failures: _Failures) -> float:
        wait = self._limit.wait_after(failures.count)
        if wait <= 0:
            return 0.0
        now = self._monotonic()
        since = failures.since
        if since is None or since > now:
            # Not known (a damaged or older counter), or from before the computer restarted: the
            # wait starts now, and is kept, so restarting the app does not start it again.
            since = now
            self._save_failures(_Failures(failures.count, since))
        return max(0.0, since + wait - now)

    def _failures(self) -> _Failures:
        """The higher count of the vault's and the ledger's, with the later start."""
        counters = [self._read_failures(self._vault.read(FAILURES_USER))]
        if self._ledger is not None:
            counters.append(self._read_failures(self._ledger.fact(LEDGER_FAILURES)))
        starts = [counter.since for counter in counters if counter.since is not None]
        return _Failures(max(counter.count for counter in counters), max(starts) if starts else None)

    def _read_failures(self, raw: str | None) -> _Failures:
        if not raw:
            return _Failures(0)
        try:
            data = json.loads(raw)
            count = data["failures"]
            since = data.get("since")  # absent in counters from before: a start not known
            if not _is_count(count) or not (since is None or _is_moment(since)):
                raise ValueError(raw)
            return _Failures(count, since)
        except (ValueError, KeyError, TypeError, AttributeError):
            # A damaged counter must not unlock the PIN entry: read it as a full lock-out.
            return _Failures(self._limit.failures_for_max_wait())

    def _save_failures(self, failures: _Failures) -> None:
        # The ledger first: should the vault then refuse, the count is kept all the same.
        if self._ledger is not None:
            self._ledger.set_fact(LEDGER_FAILURES, failures.to_json())
        self._vault.write(FAILURES_USER, failures.to_json())

    # --- the vault's records -----------------------------------------------------------------------

    def _lead_name(self, lead: str) -> str:
        name = lead.strip()
        if not name:
            raise PinError("A shift lead needs a name.", code=ErrorCode.LEAD_NAME_MISSING)
        return name

    def _records(self) -> list[dict[str, Any]]:
        with self._lock:
            raw = self._vault.read(PINS_USER)
            if raw is None and self._first_lead is not None:
                name, pin = self._first_lead
                first = [{"name": name, **hash_pin(validate_pin(pin), cost=self._cost)}]
                self._save_records(first)
                return first
            records = self._parse_records(raw) if raw else []
            self._check_ledger(records)
            return records

    def _parse_records(self, raw: str) -> list[dict[str, Any]]:
        try:
            data = json.loads(raw)
            records = data["leads"]
            if data.get("version") != _RECORD_VERSION or not isinstance(records, list):
                raise _damaged(self._vault)
            return [dict(record) for record in records]
        except (ValueError, KeyError, TypeError, AttributeError) as error:
            raise _damaged(self._vault) from error

    def _check_ledger(self, records: list[dict[str, Any]]) -> None:
        """No PINs where the ledger says there were: lost, never a first PIN again. PINs the ledger
        does not know of yet (a station set up before it): noted now."""
        if self._ledger is None:
            return
        known = self._ledger.fact(LEDGER_PINS_EXIST) == "1"
        if records and not known:
            self._ledger.set_fact(LEDGER_PINS_EXIST, "1")
        elif not records and known:
            raise _lost(self._vault)

    def _save_records(self, records: list[dict[str, Any]]) -> None:
        # The vault first: a ledger saying "PINs exist" before they do would refuse the first PIN.
        self._vault.write(PINS_USER, json.dumps({"version": _RECORD_VERSION, "leads": records}))
        if records and self._ledger is not None and self._ledger.fact(LEDGER_PINS_EXIST) != "1":
            self._ledger.set_fact(LEDGER_PINS_EXIST, "1")


class LeadSession:
    """Who is shift lead at this station right now, if anyone. Thread-safe.

    `clock` (monotonic seconds) and every `now` parameter exist so tests can move time; the idle
    relock is checked whenever the state is asked for, and the Qt layer's timer locks on time too.
    """

    def __init__(self, store: PinStore, *, idle_seconds: float, clock: Clock = time.monotonic) -> None:
        self._store = store
        self._idle_seconds = idle_seconds
        self._clock = clock
        self._lock = threading.Lock()
        self._lead: Lead | None = None
        self._last_activity = 0.0

    @classmethod
    def from_settings(
        cls, store: PinStore, settings: StationSettings, *, clock: Clock = time.monotonic
    ) -> LeadSession:
        return cls(store, idle_seconds=settings.auto_lock_minutes * 60.0, clock=clock)

    @property
    def store(self) -> PinStore:
        return self._store

    @property
    def idle_seconds(self) -> float:
        return self._idle_seconds

    def unlock(self, lead: str, pin: str, now: float | None = None) -> Lead:
        """Lead mode for the lead named `lead` when `pin` is their PIN (blocking: keyring, journal
        and scrypt)."""
        found = self._store.verify(lead, pin)
        self._grant(found, now)
        return found

    def set_first_pin(self, lead: str, pin: str, now: float | None = None) -> Lead:
        """The station's first lead PIN; whoever sets it is lead at once. Refused once any PIN exists
        (further PINs are set by a lead, through `authorize(…, PrivilegedAction.MANAGE_PINS)`)."""
        created = self._store.set_first_pin(lead, pin)
        self._grant(created, now)
        return created

    def lock(self) -> None:
        with self._lock:
            self._lead = None

    def is_unlocked(self, now: float | None = None) -> bool:
        return self.lead(now) is not None

    def lead(self, now: float | None = None) -> Lead | None:
        """The lead, or None in packer mode (an idle session locks itself here)."""
        moment = self._clock() if now is None else now
        with self._lock:
            if self._lead is not None and moment - self._last_activity >= self._idle_seconds:
                self._lead = None
            return self._lead

    def touch(self, now: float | None = None) -> None:
        """User activity: the idle time starts again (no effect in packer mode)."""
        moment = self._clock() if now is None else now
        with self._lock:
            if self._lead is not None and moment - self._last_activity < self._idle_seconds:
                self._last_activity = moment

    def require_lead(self, now: float | None = None) -> Lead:
        """The lead, or `PackstationError(code=ErrorCode.LEAD_REQUIRED)` in packer mode."""
        lead = self.lead(now)
        if lead is None:
            raise PackstationError(
                "Only a shift lead can do this. Unlock lead mode first.", code=ErrorCode.LEAD_REQUIRED
            )
        return lead

    def authorize(self, journal: AuditTrail, action: str, detail: str = "", now: float | None = None) -> Lead:
        """The one call before a privileged action: refuse in packer mode, else journal who does
        `action` (the journal stamps when) and count it as activity. Call it right before the
        action, on the lane that runs the action (the journal write is disk work)."""
        lead = self.require_lead(now)
        journal.audit(lead.name, str(action), detail)
        self.touch(now)
        return lead

    def _grant(self, lead: Lead, now: float | None) -> None:
        with self._lock:
            self._lead = lead
            self._last_activity = self._clock() if now is None else now
