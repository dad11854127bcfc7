"""`packstation doctor`: the checks of `app.doctor`, reported for people, and the exit code."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Final

from packstation.app.doctor import SETTINGS_REVIEW_CHECK, Check, CheckStatus, run_checks

__all__ = ["EXIT_SETTINGS_CHANGED", "Check", "CheckStatus", "doctor_exit_code", "format_report", "run_checks"]

# The settings file was changed outside Packstation, and nothing else failed: the station can ship
# (on the safety settings a shift lead saved), but a lead must review the file. 1 wins over it.
EXIT_SETTINGS_CHANGED: Final = 11


def doctor_exit_code(checks: Sequence[Check]) -> int:
    """0 when nothing failed (warnings and skipped checks included); 11 when only the settings
    were changed outside Packstation (`EXIT_SETTINGS_CHANGED`); 1 otherwise."""
    failed = [check for check in checks if check.status is CheckStatus.FAILED]
    if not failed:
        return 0
    if all(check.name == SETTINGS_REVIEW_CHECK for check in failed):
        return EXIT_SETTINGS_CHANGED
    return 1


_MARKS: Final = {
    CheckStatus.OK: "  ok  ",
    CheckStatus.WARNING: " warn ",
    CheckStatus.FAILED: " FAIL ",
    CheckStatus.SKIPPED: " skip ",
}


def format_report(checks: Sequence[Check]) -> str:
    """The report people read: one line per check, the fix indented under it, a summary last."""
    lines: list[str] = []
    width = max((len(check.name) for check in checks), default=0)
    for check in checks:
        lines.append(f"[{_MARKS[check.status]}] {check.name.ljust(width)}  {check.detail}")
        if check.fix and check.status in (CheckStatus.FAILED, CheckStatus.WARNING):
            lines.append(f"{'':{width + 11}}fix: {check.fix}")
    failed = sum(check.status is CheckStatus.FAILED for check in checks)
    warnings = sum(check.status is CheckStatus.WARNING for check in checks)
    review = doctor_exit_code(checks) == EXIT_SETTINGS_CHANGED
    if review:
        summary = (
            "The station can ship, on the settings a shift lead saved last, but a lead must review "
            "the changed settings file in Settings (F9)"
        )
    elif failed:
        summary = f"{failed} problem{'s' if failed != 1 else ''} to fix before this station can ship"
    elif warnings:
        summary = "The station can ship"
    else:
        summary = "All checks passed: the station can ship"
    if warnings:
        summary += f" ({warnings} warning{'s' if warnings != 1 else ''})"
    lines.append("")
    lines.append(summary + ".")
    return "\n".join(lines) + "\n"


# --- settings ------------------------------------------------------------------------------------
