"""The station tests' fixtures, shared here: a journal, a client on the simulator, a virtual printer."""

from tests.station.conftest import client, journal, printer  # noqa: F401 - fixtures, found by name
