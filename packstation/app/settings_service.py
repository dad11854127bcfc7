"""The settings dialog's work that is not a widget: Sendcloud clients for the keys being tried and
the connection test (`try_connection`); the printer's test print and identity; and the save
sequence's steps, each run on its own lane by the dialog: `printer_needs_check` and `check_printer`
(~HI before a new printer profile is saved), `store_keys` (the OS keyring only), `store_settings`
(the file, atomically, then the journal's record that a lead saved it). Its pickers come from
`station.settings_choices`.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from contextlib import AbstractContextManager, contextmanager, nullcontext
from dataclasses import dataclass

import httpx

from packstation.app.journal_service import share_packer_changes
from packstation.app.scale_tools import Weight, weigh_once
from packstation.app.station import Station
from packstation.credentials import ApiCredentials, save_credentials
from packstation.errors import PackstationError
from packstation.journal import Journal
from packstation.paths import StationPaths
from packstation.printing.checked import calibrate_media, print_test_label, save_power_up_default
from packstation.printing.errors import PrinterResolutionMismatchError, ZplDpiMismatchError
from packstation.printing.printer import LabelPrinter, PrintOutcome
from packstation.printing.profile import SUPPORTED_DPIS, Orientation, PrinterLanguage, PrinterProfile
from packstation.printing.status import PrinterIdentity
from packstation.sendcloud import (
    AuthenticationError,
    Integration,
    SendcloudClient,
    ShippingOption,
    http_client,
    label_dpi,
)
from packstation.settings import (
    LABEL_MIME_TYPES,
    PackerSetting,
    ScannerSetting,
    StationSettings,
    label_dpi_choices,
    save_settings,
)
from packstation.station.badges import badge_in, badge_pattern, badge_prefixes
from packstation.station.settings_choices import (
    SettingsChoices,
    ShippingChoices,
    load_choices,
    load_shipping_choices,
    verify_printer,
)
from packstation.station.settings_guard import record_lead_saved
from packstation.station.shipping_limits import limits_of, save_weight_limits
from packstation.station.shipping_names import names_of, save_shipping_names

# None: the station's own keys (env or keyring); otherwise the keys typed in the dialog, untested.
# Called on a worker lane only; the context manager closes what it opened.
ClientFactory = Callable[[ApiCredentials | None], AbstractContextManager[SendcloudClient]]


def station_client_factory(station: Station) -> ClientFactory:
    """The running station's client for its own keys; a short-lived client for keys being tried."""
    settings = station.settings

    @contextmanager
    def with_keys(credentials: ApiCredentials) -> Iterator[SendcloudClient]:
        with http_client(None if station.simulator is not None else settings.proxy_url) as http:
            yield SendcloudClient(http, credentials, base_url=settings.api_url)

    def factory(credentials: ApiCredentials | None) -> AbstractContextManager[SendcloudClient]:
        if credentials is None:
            return nullcontext(station.workflow.client)
        return with_keys(credentials)

    return factory


def try_connection(
    factory: ClientFactory, credentials: ApiCredentials | None, timeout: float
) -> list[Integration]:
    """The account's integrations with these keys (the station's own when None): Sendcloud accepted
    them. Raises the client's errors (keys refused, unreachable, too slow)."""
    with factory(credentials) as client:
        return client.list_integrations(timeout=httpx.Timeout(timeout))


@dataclass(frozen=True)
class PrinterCheck:
    """What asking the printer before a save found: a mismatch that refuses the save, or why it
    could not be checked (the save goes on, with that warning); neither: the profile fits."""

    refused: PackstationError | None = None
    unchecked: str | None = None


def printer_needs_check(settings: StationSettings, saved: StationSettings) -> bool:
    """A printer that can be asked, whose profile or label format the save changes."""
    printer = settings.printer
    if printer is None or not LabelPrinter(printer).can_identify:
        return False
    return printer != saved.printer or settings.label_mime_type != saved.label_mime_type


def check_printer(settings: StationSettings) -> PrinterCheck:
    """~HI before the profile is saved: a profile whose DPI is not the head's, or ZPL labels made for
    another resolution, refuse the save; a printer that cannot say (off, busy, silent) does not."""
    try:
        verify_printer(settings)
    except (PrinterResolutionMismatchError, ZplDpiMismatchError) as error:
        return PrinterCheck(refused=error)
    except PackstationError as error:
        return PrinterCheck(unchecked=error.message)
    return PrinterCheck()


def store_keys(credentials: ApiCredentials) -> None:
    """The API keys into the OS keyring, and nowhere else."""
    save_credentials(credentials)


@dataclass(frozen=True)
class SavedBy:
    """The shift lead saving the settings, and the station's journal that keeps what a lead saved."""

    lead: str
    journal: Journal


def store_settings(
    paths: StationPaths,
    settings: StationSettings,
    shipping_options: Sequence[ShippingOption] = (),
    saved_by: SavedBy | None = None,
    packers_before: Sequence[PackerSetting] | None = None,
) -> None:
    """The settings file, written atomically (the old file or the new one, never half); with
    `saved_by`, the journal's record that a lead saved it, so the station uses every field of it
    from the next start on (`record_lead_saved`, audited); and the names and weight limits of the
    shipping options the pickers loaded, for the verdict area and the weighing (never asked per
    scan). On a shared journal, with `packers_before` (the packers the dialog showed), the lead's
    changes to the packers go to the warehouse's list (`share_packer_changes`).

    The file first: a crash before the record leaves the lead's file reading as changed outside
    Packstation (a lead saves again), never a file no lead saved reading as a lead's."""
    save_settings(paths.settings_file, settings)
    if saved_by is not None:
        record_lead_saved(saved_by.journal, settings, lead=saved_by.lead)
        if packers_before is not None:
            share_packer_changes(saved_by.journal, packers_before, settings.packers, saved_by.lead)
    if shipping_options:
        save_shipping_names(paths.shipping_names_file, names_of(shipping_options))
        save_weight_limits(paths.shipping_limits_file, limits_of(shipping_options))


# "Read the scale" waits this long for a stable weight: a person stands at the dialog.
SCALE_CHECK_SECONDS = 5.0


def read_scale(url: str, timeout: float = SCALE_CHECK_SECONDS) -> Weight:
    """One stable weight from the scale at `url`, as the settings dialog's "Read the scale" asks
    it (on its own lane): raises the `ScaleError` that says why there is none."""
    return weigh_once(url, timeout)


def calibration_print(profile: PrinterProfile) -> PrintOutcome:
    """The calibration label on this profile's printer, checked (raises unless it printed)."""
    return print_test_label(LabelPrinter(profile))


def calibrate_printer_media(profile: PrinterProfile) -> PrintOutcome:
    """ "Calibrate media" on this profile's printer (raises unless it was handed over)."""
    return calibrate_media(LabelPrinter(profile))


def save_printer_defaults(profile: PrinterProfile) -> PrintOutcome:
    """This profile's calibration saved as a ZPL printer's power-up default (^JUS), once."""
    return save_power_up_default(LabelPrinter(profile))


def identify_printer(profile: PrinterProfile) -> PrinterIdentity:
    """What the printer says it is (model, resolution); raises when it cannot say."""
    return LabelPrinter(profile).identify()


# What the settings dialog uses: its services above, and the core types and values it shows.
__all__ = [
    "LABEL_MIME_TYPES",
    "SCALE_CHECK_SECONDS",
    "SUPPORTED_DPIS",
    "AuthenticationError",
    "ClientFactory",
    "Integration",
    "Orientation",
    "PrinterCheck",
    "PrinterIdentity",
    "PrinterLanguage",
    "PrinterProfile",
    "SavedBy",
    "ScannerSetting",
    "SettingsChoices",
    "ShippingChoices",
    "StationSettings",
    "Weight",
    "badge_in",
    "badge_pattern",
    "badge_prefixes",
    "calibrate_printer_media",
    "calibration_print",
    "check_printer",
    "identify_printer",
    "label_dpi",
    "label_dpi_choices",
    "load_choices",
    "load_shipping_choices",
    "printer_needs_check",
    "read_scale",
    "save_printer_defaults",
    "station_client_factory",
    "store_keys",
    "store_settings",
    "try_connection",
]
