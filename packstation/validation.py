"""pydantic's validation errors in words: one wording for the settings file, command-line
overrides, printer profiles, the settings dialog and the console's order fixes."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from pydantic import ValidationError


@dataclass(frozen=True)
class Problem:
    path: tuple[str, ...]  # the field, outermost first; empty for the object as a whole
    message: str  # pydantic's text without its "Value error, " prefix

    def describe(self, whole: str) -> str:
        return f"{'.'.join(self.path) or whole}: {self.message}"


def problems(error: ValidationError) -> list[Problem]:
    """Each problem with its field path; validator function names in the path are dropped."""
    return [
        Problem(
            tuple(str(part) for part in problem["loc"] if not str(part).startswith("function")),
            str(problem["msg"]).removeprefix("Value error, "),
        )
        for problem in error.errors()
    ]


def describe(error: ValidationError, whole: str = "settings") -> str:
    """All problems on one line, "field.path: message; …"; `whole` names a problem with no field."""
    return "; ".join(problem.describe(whole) for problem in problems(error))
