"""The settings dialog's work that is not a widget: Sendcloud clients for the keys being tried, and
the connection test (`try_connection`). Its pickers come from `station.settings_choices`; its save
sequence is still in the dialog (issue 12 moves it here next).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager, contextmanager, nullcontext

import httpx

from packstation.app.station import Station
from packstation.credentials import ApiCredentials
from packstation.printing.checked import print_test_label
from packstation.printing.errors import PrinterResolutionMismatchError, ZplDpiMismatchError
from packstation.printing.printer import LabelPrinter
from packstation.printing.profile import SUPPORTED_DPIS, Orientation, PrinterLanguage, PrinterProfile
from packstation.printing.status import PrinterIdentity
from packstation.sendcloud import AuthenticationError, Integration, SendcloudClient, label_dpi
from packstation.settings import (
    LABEL_MIME_TYPES,
    ScannerSetting,
    StationSettings,
    label_dpi_choices,
    save_settings,
)
from packstation.station.settings_choices import (
    SettingsChoices,
    ShippingChoices,
    load_choices,
    load_shipping_choices,
    verify_printer,
)

# None: the station's own keys (env or keyring); otherwise the keys typed in the dialog, untested.
# Called on a worker lane only; the context manager closes what it opened.
ClientFactory = Callable[[ApiCredentials | None], AbstractContextManager[SendcloudClient]]


def station_client_factory(station: Station) -> ClientFactory:
    """The running station's client for its own keys; a short-lived client for keys being tried."""
    settings = station.settings

    @contextmanager
    def with_keys(credentials: ApiCredentials) -> Iterator[SendcloudClient]:
        with httpx.Client() as http:
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


# What the settings dialog uses of the core, besides the functions above.
__all__ = [
    "LABEL_MIME_TYPES",
    "SUPPORTED_DPIS",
    "AuthenticationError",
    "ClientFactory",
    "Integration",
    "LabelPrinter",
    "Orientation",
    "PrinterIdentity",
    "PrinterLanguage",
    "PrinterProfile",
    "PrinterResolutionMismatchError",
    "ScannerSetting",
    "SettingsChoices",
    "ShippingChoices",
    "StationSettings",
    "ZplDpiMismatchError",
    "label_dpi",
    "label_dpi_choices",
    "load_choices",
    "load_shipping_choices",
    "print_test_label",
    "save_settings",
    "station_client_factory",
    "try_connection",
    "verify_printer",
]
