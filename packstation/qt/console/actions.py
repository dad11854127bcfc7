"""What a shift lead can do from the console, wired to `FailureReview` on the runner's lanes.

Every action that changes something asks `require_lead()` first (the lead's name, or None when
refused) and passes that name on as the actor the core journals. Network, printer and journal work
runs on the runner's lanes (the review drives the station workflow, which lives on the API lane);
each outcome comes back as one `ActionResult` in `finished`, in words, errors translated by code.
Dialogs open with `open()` (window-modal, not a nested event loop), so the GUI keeps running.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import QWidget

from packstation.app.faces import (
    Attempt,
    AttemptFilter,
    AttemptOrder,
    BatchOutcome,
    FailureReview,
    Journal,
    Order,
    OrderChanges,
    ScanVerdict,
    Verdict,
    VoidOutcome,
)
from packstation.error_codes import ErrorCode
from packstation.errors import PackstationError
from packstation.private_files import open_private
from packstation.qt.console.dialogs import ConfirmDialog, FixOrderDialog, NoteDialog
from packstation.qt.tasks import Lane, TaskRunner
from packstation.qt.wording import batch_problem, error_text, error_with_facts, verdict_text

RequireLead = Callable[[], str | None]


@dataclass(frozen=True)
class ActionResult:
    # "retry", "retry_batch", "reprint", "void", "delete_order", "mark_resolved", "fix_order", "export"
    action: str
    ok: bool
    text: str  # what the lead reads
    value: object = None  # the core's answer (ScanVerdict, BatchOutcome, Order, VoidOutcome, row count…)
    error: BaseException | None = None


class ConsoleActions(QObject):
    finished = Signal(object)  # ActionResult
    dialog_opened = Signal(object)  # the dialog just opened (tests fill and accept it)

    def __init__(
        self,
        journal: Journal,
        review: FailureReview | None,
        runner: TaskRunner,
        require_lead: RequireLead,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._journal = journal
        self._review = review
        self._runner = runner
        self._require_lead = require_lead
        self._window = parent

    @property
    def available(self) -> bool:
        """False for a read-only console (no connection to Sendcloud): only export works."""
        return self._review is not None

    # ------------------------------------------------------------------------- one attempt, direct

    def retry(self, attempt: Attempt) -> None:
        self._privileged(
            "retry",
            lambda review, actor: review.retry(attempt.id, actor=actor),
            lambda verdict: _verdict_result("retry", verdict),
            about=attempt,
        )

    def reprint(self, attempt: Attempt) -> None:
        self._privileged(
            "reprint",
            lambda review, actor: review.reprint(attempt.id, actor=actor),
            lambda verdict: _verdict_result("reprint", verdict),
            about=attempt,
        )

    def retry_batch(self, attempts: Sequence[Attempt]) -> None:
        problem = batch_problem(attempts)
        if problem is not None:
            self._report(ActionResult("retry_batch", False, problem))
            return
        ids = [attempt.id for attempt in attempts]
        self._privileged(
            "retry_batch",
            lambda review, actor: review.retry_batch(ids, actor=actor),
            _batch_result,
        )

    # ------------------------------------------------------------------ one attempt, after a dialog

    def void(self, attempt: Attempt) -> None:
        dialog = ConfirmDialog(
            QCoreApplication.translate("ConsoleActions", "Void the label"),
            QCoreApplication.translate(
                "ConsoleActions",
                "Cancel the label of order %1 (tracking %2) at Sendcloud? The label must not be used "
                "afterwards. Cancelling is free only on the day the label was created; later the "
                "carrier may charge for it or refuse.",
            )
            .replace("%1", attempt.order_number or "—")
            .replace("%2", attempt.tracking_number or "—"),
            QCoreApplication.translate("ConsoleActions", "Void label"),
            self._window,
        )
        self._open(
            dialog,
            lambda: self._privileged(
                "void",
                lambda review, actor: review.void(attempt.id, actor=actor),
                lambda outcome: ActionResult("void", True, _void_text(outcome), outcome),
                about=attempt,
            ),
        )

    def ship_second_label(self, attempt: Attempt) -> None:
        """Override the already-shipped guard for this one order: a second label, paid for."""
        dialog = ConfirmDialog(
            QCoreApplication.translate("ConsoleActions", "Ship a second label"),
            QCoreApplication.translate(
                "ConsoleActions",
                "Order %1 already has a label (tracking %2). Make and pay for a second label? Do this "
                "only when the first label is lost or damaged, and void the first one if it was never used.",
            )
            .replace("%1", attempt.order_number or "—")
            .replace("%2", attempt.tracking_number or "—"),
            QCoreApplication.translate("ConsoleActions", "Ship a second label"),
            self._window,
        )
        self._open(
            dialog,
            lambda: self._privileged(
                "second_label",
                lambda review, actor: review.ship_second_label(attempt.id, actor=actor),
                lambda verdict: _verdict_result("second_label", verdict),
                about=attempt,
            ),
        )

    def delete_order(self, attempt: Attempt) -> None:
        dialog = ConfirmDialog(
            QCoreApplication.translate("ConsoleActions", "Delete the order"),
            QCoreApplication.translate(
                "ConsoleActions",
                "Delete order %1 in Sendcloud? Do this only when the shop cancelled it: the order "
                "cannot be shipped afterwards.",
            ).replace("%1", attempt.order_number or "—"),
            QCoreApplication.translate("ConsoleActions", "Delete order"),
            self._window,
        )
        self._open(
            dialog,
            lambda: self._privileged(
                "delete_order",
                lambda review, actor: review.delete_order(attempt.id, actor=actor),
                lambda _: ActionResult(
                    "delete_order",
                    True,
                    QCoreApplication.translate("ConsoleActions", "Order %1 deleted in Sendcloud.").replace(
                        "%1", attempt.order_number or "—"
                    ),
                ),
                about=attempt,
            ),
        )

    def mark_resolved(self, attempt: Attempt) -> None:
        dialog = NoteDialog(attempt.order_number or attempt.raw_scan or "—", self._window)
        self._open(
            dialog,
            lambda: self._privileged(
                "mark_resolved",
                lambda review, actor: review.mark_resolved(attempt.id, dialog.note(), actor=actor),
                lambda _: ActionResult(
                    "mark_resolved",
                    True,
                    # A scan that found no order has no order number: its scan names it.
                    QCoreApplication.translate("ConsoleActions", "Marked resolved: %1").replace(
                        "%1", attempt.order_number or attempt.raw_scan or "—"
                    ),
                ),
                about=attempt,
            ),
        )

    def fix_order(self, attempt: Attempt) -> None:
        """Read the order as it is now (API lane), then offer it for editing; send only changes."""
        review = self._review
        if review is None:
            self._report(_offline("fix_order"))
            return

        def edit(order: Order) -> None:
            dialog = FixOrderDialog(order, attempt.error_pointer, self._window)
            self._open(dialog, lambda: self._send_fix(attempt, dialog.changes()))

        self._runner.submit(
            Lane.API,
            lambda: review.order_now(attempt.id),
            edit,
            lambda error: self._report(_failure("fix_order", error)),
        )

    def _send_fix(self, attempt: Attempt, changes: OrderChanges) -> None:
        self._privileged(
            "fix_order",
            lambda review, actor: review.fix_order(attempt.id, changes, actor=actor),
            lambda order: ActionResult(
                "fix_order",
                True,
                QCoreApplication.translate(
                    "ConsoleActions", "Order %1 updated in Sendcloud. Retry it to make the label."
                ).replace("%1", order.order_number),
                order,
            ),
            about=attempt,
        )

    # ------------------------------------------------------------------------------------- export

    def export_csv(self, query: AttemptFilter, path: Path, order_by: AttemptOrder) -> None:
        """Write the filtered view to `path` on the journal lane (the disk is never touched here)."""

        def write() -> int:
            # 0600: the export names orders and who packed them (docs/security.md).
            with open_private(path, "w", encoding="utf-8", newline="") as stream:
                return self._journal.export_csv(query, stream, order_by)

        self._runner.submit(
            Lane.JOURNAL,
            write,
            lambda rows: self._report(
                ActionResult(
                    "export",
                    True,
                    QCoreApplication.translate("ConsoleActions", "%1 rows exported to %2")
                    .replace("%1", str(rows))
                    .replace("%2", str(path)),
                    rows,
                )
            ),
            lambda error: self._report(_failure("export", error)),
        )

    # ------------------------------------------------------------------------------------ plumbing

    def _open(self, dialog: QWidget, accepted: Callable[[], None]) -> None:
        dialog.accepted.connect(accepted)  # type: ignore[attr-defined]
        dialog.finished.connect(dialog.deleteLater)  # type: ignore[attr-defined]
        dialog.open()  # type: ignore[attr-defined]
        self.dialog_opened.emit(dialog)

    def _privileged(
        self,
        action: str,
        work: Callable[[FailureReview, str], Any],
        describe: Callable[[Any], ActionResult],
        *,
        about: Attempt | None = None,
    ) -> None:
        """Run `work` as the lead on the API lane; `about` names the order in an error's text."""
        order = (about.order_number or "") if about is not None else ""
        review = self._review
        if review is None:
            self._report(_offline(action))
            return
        actor = self._require_lead()
        if actor is None:
            refused = PackstationError("Only a shift lead may do this.", code=ErrorCode.CONSOLE_LEAD_REFUSED)
            self._report(_failure(action, refused))
            return
        self._runner.submit(
            Lane.API,
            lambda: work(review, actor),
            lambda value: self._report(describe(value)),
            lambda error: self._report(_failure(action, error, order)),
        )

    def _report(self, result: ActionResult) -> None:
        self.finished.emit(result)


def _verdict_result(action: str, verdict: ScanVerdict) -> ActionResult:
    return ActionResult(action, verdict.verdict is Verdict.SUCCESS, verdict_text(verdict), verdict)


def _void_text(outcome: VoidOutcome) -> str:
    return outcome.message  # the core's words already say whether cancelling was free


def _batch_result(outcome: BatchOutcome) -> ActionResult:
    lines = [
        QCoreApplication.translate("ConsoleActions", "%1 of %2 labels printed.")
        .replace("%1", str(outcome.printed))
        .replace("%2", str(len(outcome.items)))
    ]
    for item in outcome.items:
        if item.error is not None:
            lines.append(f"{item.order_number}: {error_text(item.error, item.order_number)}")
        elif item.verdict is not None and item.verdict.verdict is not Verdict.SUCCESS:
            lines.append(f"{item.order_number}: {verdict_text(item.verdict, item.order_number)}")
    return ActionResult("retry_batch", outcome.ok, "\n".join(lines), outcome)


def _failure(action: str, error: BaseException, order: str = "") -> ActionResult:
    return ActionResult(action, False, error_with_facts(error, order), error=error)


def _offline(action: str) -> ActionResult:
    error = PackstationError(
        "This console is read-only: it has no connection to Sendcloud.", code=ErrorCode.CONSOLE_READ_ONLY
    )
    return _failure(action, error)
