"""The one error type people see: a stable code plus English text a packer can act on.

The code is what the Qt layer translates and what support greps for; the message is what the CLI
prints. Every failure that reaches a person is a `PackstationError` (or a subclass).
"""

from __future__ import annotations

from packstation.error_codes import ErrorCode


class PackstationError(Exception):
    """A failure with a stable machine-readable `code` (an `ErrorCode`) and a human `message`."""

    code: ErrorCode = ErrorCode.PACKSTATION_ERROR

    def __init__(self, message: str, *, code: ErrorCode | None = None) -> None:
        super().__init__(message)
        self.message = message
        if code is not None:
            self.code = code

    def __str__(self) -> str:
        return self.message

    def __repr__(self) -> str:
        return f"{type(self).__name__}(code={self.code!r}, message={self.message!r})"


class ConfigurationError(PackstationError):
    """The station is set up in a way that cannot work (bad URL, missing keys, bad combination)."""

    code = ErrorCode.CONFIGURATION_ERROR


class CredentialsError(ConfigurationError):
    """No API keys could be found, or the OS keyring is unusable."""

    code = ErrorCode.CREDENTIALS_MISSING


def error_pointer(error: object) -> str | None:
    """The JSON pointer of the field an error is about (`/to_address/house_number`), or None.

    Read by duck typing, so neither the journal nor the faces import the Sendcloud client: an
    error's own `pointer`, else the first of its `errors` that has one.
    """
    pointer = getattr(error, "pointer", None)
    if isinstance(pointer, str):
        return pointer
    found = (getattr(item, "pointer", None) for item in getattr(error, "errors", ()))
    return next((item for item in found if isinstance(item, str)), None)
