"""pydantic's validation errors in words: one wording for the settings file, command-line
overrides, printer profiles, the settings dialog and the console's order fixes.

The words reach dialogs, the log and the journal, so what was typed or planted in a field is echoed
sparingly: at most its first `ECHO_LIMIT` characters, control characters escaped (an escape
sequence or a bidi override must not restyle the text around it), and nothing of a secret field's
value (`is_secret`).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Final

if TYPE_CHECKING:
    from pydantic import ValidationError
    from pydantic_core import ErrorDetails

ECHO_LIMIT: Final = 20
HIDDEN_VALUE_REFUSED: Final = "this value is not valid (not shown: it is secret)"
# Errors raised by our own validators: their text may hold the value in any form.
_CUSTOM_ERRORS: Final = frozenset({"value_error", "assertion_error"})
# Whole words only: "keyboard_layout" and "shipping_option_code" hold no secret.
_SECRET_WORDS: Final = frozenset({"key", "keys", "pin", "pins", "pwd"})
# Unambiguous wherever they appear in a name: "apitoken", "secretkey", "passwords".
_SECRET_PARTS: Final = ("secret", "password", "passwd", "passphrase", "token", "credential", "apikey")
_WORDS: Final = re.compile(r"[A-Z]?[a-z]+|[A-Z]+(?![a-z])|\d+")
# Control, format (bidi overrides, zero-width), surrogate, private and unassigned characters, and
# the Unicode line and paragraph separators.
_ESCAPED_CATEGORIES: Final = frozenset({"Cc", "Cf", "Cs", "Co", "Cn", "Zl", "Zp"})


def is_secret(name: str) -> bool:
    """Whether a field called `name` holds a secret: a key, secret, password, PIN or token (in
    snake_case, kebab-case or camelCase). Its value is never echoed."""
    lowered = name.lower()
    if any(part in lowered for part in _SECRET_PARTS):
        return True
    return any(word.lower() in _SECRET_WORDS for word in _WORDS.findall(name))


def escape_controls(text: str) -> str:
    """`text` with every control-like character written as its escape (\\x1b, \\n, \\u202e)."""
    return "".join(
        char.encode("unicode_escape").decode("ascii")
        if unicodedata.category(char) in _ESCAPED_CATEGORIES
        else char
        for char in text
    )


def echo(value: str) -> str:
    """A typed value as an error may show it: its first `ECHO_LIMIT` characters, escaped."""
    return escape_controls(value[:ECHO_LIMIT]) + ("…" if len(value) > ECHO_LIMIT else "")


@dataclass(frozen=True)
class Problem:
    path: tuple[str, ...]  # the field, outermost first; empty for the object as a whole
    message: str  # pydantic's text without its "Value error, " prefix

    def describe(self, whole: str) -> str:
        return f"{'.'.join(self.path) or whole}: {self.message}"


def problems(error: ValidationError) -> list[Problem]:
    """Each problem with its field path; validator function names in the path are dropped."""
    return [_problem(details) for details in error.errors()]


def describe(error: ValidationError, whole: str = "settings") -> str:
    """All problems on one line, "field.path: message; …"; `whole` names a problem with no field."""
    return "; ".join(problem.describe(whole) for problem in problems(error))


def _problem(details: ErrorDetails) -> Problem:
    names = [str(part) for part in details["loc"] if not str(part).startswith("function")]
    # A field name is an identifier; anything else in the path (a key planted in the file, which
    # `extra_forbidden` names) is typed data like a value.
    planted = len(names) - 1 if details["type"] == "extra_forbidden" else len(names)
    path = tuple(
        name if index < planted and name.isidentifier() else echo(name) for index, name in enumerate(names)
    )
    message = str(details["msg"]).removeprefix("Value error, ")
    value = details.get("input")
    if any(is_secret(name) for name in names):
        # Our validators may echo the value in any form, and a short secret can hide in any text.
        hidden = details["type"] in _CUSTOM_ERRORS or (isinstance(value, str) and value and value in message)
        return Problem(path, HIDDEN_VALUE_REFUSED if hidden else escape_controls(message))
    return Problem(path, escape_controls(_with_echo(message, value)))


def _with_echo(message: str, value: Any) -> str:
    """`message` with the value it refuses, where a validator wrote it in, cut to its echo."""
    if not isinstance(value, str):
        return message  # pydantic's own texts name no value; validators echo text, if anything
    for typed, shown in ((repr(value), f"'{echo(value)}'"), (value, echo(value))):
        if typed != shown:
            message = message.replace(typed, shown)
    return message
