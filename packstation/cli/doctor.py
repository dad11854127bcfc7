"""`packstation doctor`: the checks of `app.doctor`, reported for people, and the exit code."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Final

from packstation.app.doctor import Check, CheckStatus, run_checks

__all__ = ["Check", "CheckStatus", "doctor_exit_code", "format_report", "run_checks"]


def doctor_exit_code(checks: Sequence[Check]) -> int:
    """0 when nothing failed (warnings and skipped checks included), 1 otherwise."""
    return 1 if any(check.status is CheckStatus.FAILED for check in checks) else 0


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
    if failed:
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
