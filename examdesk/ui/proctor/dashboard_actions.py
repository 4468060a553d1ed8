"""The surveillant's actions on the dashboard: each handler opens its dialog or asks before what cannot be
undone, calls its service in the background and says what was recorded (or why not) in the message bar.

Every handler first asks the table of acts (``acts.py``) whether the selection allows it, so a handler
called by a key, a button or a test does the same.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtWidgets import QDialog, QMessageBox

from examdesk.core.actions import CandidateAct
from examdesk.core.clock import ClockState
from examdesk.core.errors import ExamdeskError
from examdesk.core.facts import BsnChecked, CompensationGranted, ExtensionApplied, LeftEarly
from examdesk.core.roles import Role
from examdesk.services import sessions
from examdesk.services.events import Event
from examdesk.services.sessions import CandidateStatus
from examdesk.ui import errors
from examdesk.ui.dialogs.bsn_check import BsnCheckDialog
from examdesk.ui.dialogs.open_case import OpenCaseDialog
from examdesk.ui.errors import without_icons
from examdesk.ui.formats import local_time_text
from examdesk.ui.proctor.acts import Act, allowed_for
from examdesk.ui.proctor.dialogs import (
    CloseSessionDialog,
    CompensationDialog,
    ConsultDialog,
    CorrectionDialog,
    EndStoringDialog,
    IrregularityDialog,
    LeftEarlyDialog,
    MeldingDialog,
    RemarkDialog,
    RosterCorrectionDialog,
    StartStoringDialog,
    candidate_label,
)
from examdesk.ui.proctor.override_dialog import ExtensionDialog, OverriddenAction, OverrideDialog
from examdesk.ui.tasks import run_task

if TYPE_CHECKING:
    from datetime import datetime

    from PySide6.QtCore import SignalInstance
    from PySide6.QtWidgets import QWidget

    from examdesk.services.actors import SignedIn
    from examdesk.services.sessions import SessionSummary
    from examdesk.services.station import Station
    from examdesk.ui.proctor.acts import Selection
    from examdesk.ui.proctor.dashboard_table import DashboardTable
    from examdesk.ui.widgets.message_bar import MessageBar

    _Widget = QWidget
else:
    _Widget = object


@dataclass(frozen=True)
class Outcome:
    """What a action on several candidates did: who it was recorded for, and the refusals."""

    done: list[CandidateStatus]
    refused: list[BaseException]


class DashboardActions(_Widget):
    """The handlers of :data:`acts.ACTS`, mixed into the dashboard (which gives what is declared here)."""

    station: Station
    actor: SignedIn
    session: SessionSummary
    message: MessageBar
    table: DashboardTable
    dialog: QWidget | None
    dialog_opened: SignalInstance

    def refresh(self) -> None:
        raise NotImplementedError

    def now(self) -> datetime:
        raise NotImplementedError

    def one(self) -> CandidateStatus | None:
        raise NotImplementedError

    def selection(self) -> Selection:
        raise NotImplementedError

    def allowed(self, act: Act) -> bool:
        raise NotImplementedError

    def _run(
        self,
        work: Callable[[], Any],
        notice: Callable[[Any], str] | None,
        label: str,
        then: Callable[[Any], None] | None = None,
        overridable: OverriddenAction | None = None,
    ) -> None:
        """Run one service call; then say what was recorded (or why not) and fetch the dashboard again.
        A refusal the examensecretaris may override opens the override dialog with ``overridable``."""

        def succeeded(result: Any) -> None:
            if notice is not None:
                text = notice(result)
                self.message.show_notice(lambda: text)
            if then is not None:
                then(result)
            self.refresh()

        def failed(error: BaseException) -> None:
            self.message.show_refusal(lambda: errors.describe(error))
            self.refresh()
            if overridable is not None and isinstance(error, sessions.OverridableRefusal):
                self.open_override(errors.describe(error), overridable, notice)

        run_task(self, work, succeeded, failed, label=label)

    def open_override(
        self, refusal: str, action: OverriddenAction, notice: Callable[[Any], str] | None = None
    ) -> QDialog:
        """Where a refusal names the override: the examensecretaris decides, with a reason."""
        dialog = OverrideDialog(self.station, self.actor, self.session.id, self.one(), refusal, action, self)
        return self._open(dialog, notice)

    def _open(self, dialog: QDialog, notice: Callable[[Any], str] | None = None) -> QDialog:
        """Open a dialog; when it records something, say so and fetch the dashboard again."""
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

        def completed(result: Any) -> None:
            if notice is not None:
                text = notice(result)
                self.message.show_notice(lambda: text)
            self.refresh()

        dialog.completed.connect(completed)  # type: ignore[attr-defined]
        dialog.finished.connect(lambda _result: self.table.setFocus())
        self.dialog = dialog
        dialog.open()
        self.dialog_opened.emit(dialog)
        return dialog

    def _recorded(self, candidate: CandidateStatus, what: str) -> Callable[[Any], str]:
        def text(_result: Any) -> str:
            return QCoreApplication.translate("Dashboard", "{candidate}: {what}").format(
                candidate=candidate_label(candidate), what=what
            )

        return text

    def open_bsn_check(self) -> QDialog | None:
        one = self.one()
        if one is None or not self.allowed(Act.BSN_CHECK):
            return None
        dialog = BsnCheckDialog(self.station, self.actor, self.session.id, one, self)

        def notice(event: Any) -> str:
            outcome = (
                QCoreApplication.translate("Dashboard", "BSN check recorded: matches.")
                if event.facts_as(BsnChecked).match
                else QCoreApplication.translate(
                    "Dashboard",
                    "BSN check recorded: does not match. The candidate cannot start until the examensecretaris "
                    "has corrected the roster and the check is done again.",
                )
            )
            return self._recorded(one, outcome)(event)

        return self._open(dialog, notice)

    def open_roster_correction(self) -> QDialog | None:
        one = self.one()
        if one is None or not self.allowed(Act.ROSTER):
            return None
        return self._open(
            RosterCorrectionDialog(self.station, self.actor, self.session.id, one, self),
            self._recorded(
                one,
                QCoreApplication.translate("Dashboard", "roster corrected. Do the BSN check again."),
            ),
        )

    def start_late(self) -> None:
        self.start_selected(late_arrival=True)

    def start_selected(self, late_arrival: bool = False) -> None:
        """Start every selected candidate the rules allow (R-BSN-4: only after a recorded match)."""
        act = Act.LATE_START if late_arrival else Act.START
        if not self.allowed(act):
            return
        chosen = allowed_for(
            CandidateAct.LATE_START if late_arrival else CandidateAct.START, self.selection()
        )
        station, actor, session_id = self.station, self.actor, self.session.id

        def work() -> Outcome:
            return self._each(
                chosen,
                lambda c: sessions.start_candidate(
                    station, actor, session_id, c.candidate_id, late_arrival=late_arrival
                ),
            )

        def done(outcome: Outcome) -> None:
            at = local_time_text(self.now())
            what = (
                QCoreApplication.translate("Dashboard", "Started as a late arrival at {time}: {names}.")
                if late_arrival
                else QCoreApplication.translate("Dashboard", "Started at {time}: {names}.")
            )
            self._say_outcome(outcome, lambda names: what.format(time=at, names=names), "start candidate")
            late = [e for e in outcome.refused if isinstance(e, sessions.OverridableRefusal)]
            if len(chosen) == 1 and late:  # R-TIME-8: a start past the limit, only by override
                cid = chosen[0].candidate_id
                self.open_override(
                    errors.describe(late[0]),
                    lambda o: sessions.start_candidate(station, actor, session_id, cid, override=o),
                )

        self._run(work, None, QCoreApplication.translate("Dashboard", "Starting…"), done)

    @staticmethod
    def _each(chosen: list[CandidateStatus], record: Callable[[CandidateStatus], object]) -> Outcome:
        done: list[CandidateStatus] = []
        refused: list[BaseException] = []
        for candidate in chosen:
            try:
                record(candidate)
            except Exception as error:  # noqa: BLE001 - each refusal is shown; a bug is logged below
                refused.append(error)
            else:
                done.append(candidate)
        return Outcome(done, refused)

    def _say_outcome(self, outcome: Outcome, recorded: Callable[[str], str], what: str) -> None:
        """One sentence for an action on several candidates: the refusals first, then who it was done for."""
        for error in outcome.refused:
            if not isinstance(error, ExamdeskError):
                errors.log_bug(error, what)
        names = ", ".join(candidate_label(c) for c in outcome.done)
        if outcome.refused:
            sentences = [errors.describe(error) for error in outcome.refused]
            if outcome.done:
                sentences.append(recorded(names))
            text = " ".join(sentences)
            self.message.show_refusal(lambda: text)
        elif outcome.done:
            said = recorded(names)
            self.message.show_notice(lambda: said)

    def pause_or_resume(self) -> None:
        """R-TIME-5: a supervised pause stops the clock; resuming may call for a CvTE consult."""
        one = self.one()
        if one is None or not self.allowed(Act.PAUSE):
            return
        station, actor, sid, cid = self.station, self.actor, self.session.id, one.candidate_id
        if one.clock.state is ClockState.RUNNING:
            self._run(
                lambda: sessions.pause_candidate(station, actor, sid, cid),
                lambda event: self._recorded(
                    one,
                    QCoreApplication.translate(
                        "Dashboard", "paused at {time}; the clock stands still."
                    ).format(time=local_time_text(event.wall_utc)),
                )(event),
                QCoreApplication.translate("Dashboard", "Pausing…"),
                overridable=lambda o: sessions.pause_candidate(
                    station, actor, sid, cid, override=o
                ),  # R-TIME-5
            )
        elif one.clock.state is ClockState.PAUSED:

            def resumed(result: tuple[Event, bool]) -> None:
                if result[1]:
                    self.open_consult(one)

            self._run(
                lambda: sessions.resume_candidate(station, actor, sid, cid),
                lambda result: self._recorded(
                    one,
                    QCoreApplication.translate("Dashboard", "back at work at {time}.").format(
                        time=local_time_text(result[0].wall_utc)
                    ),
                )(result),
                QCoreApplication.translate("Dashboard", "Resuming…"),
                resumed,
            )

    def open_consult(self, candidate: CandidateStatus) -> QDialog:
        return self._open(
            ConsultDialog(self.station, self.actor, self.session.id, candidate, self),
            self._recorded(candidate, QCoreApplication.translate("Dashboard", "CvTE consult recorded.")),
        )

    def open_extension(self) -> QDialog | None:
        one = self.one()
        if one is None or not self.allowed(Act.EXTENSION):
            return None
        return self._open(
            ExtensionDialog(self.station, self.actor, self.session.id, one, self),
            lambda event: self._recorded(
                one,
                QCoreApplication.translate("Dashboard", "{minutes} min extra time given.").format(
                    minutes=event.facts_as(ExtensionApplied).minutes
                ),
            )(event),
        )

    def open_storing(self) -> QDialog | None:
        one = self.one()
        if one is None or not self.allowed(Act.STORING):
            return None
        if one.open_storing is not None:
            return self._open(
                EndStoringDialog(self.station, self.actor, self.session.id, one, self),
                self._recorded(
                    one,
                    QCoreApplication.translate(
                        "Dashboard",
                        "storing ended. Give compensation with Compensation (C) if time was lost.",
                    ),
                ),
            )
        return self._open(
            StartStoringDialog(self.station, self.actor, self.session.id, one, self),
            self._recorded(one, QCoreApplication.translate("Dashboard", "storing begun; the clock goes on.")),
        )

    def open_compensation(self) -> QDialog | None:
        one = self.one()
        if one is None or not self.allowed(Act.COMPENSATION):
            return None
        return self._open(
            CompensationDialog(self.station, self.actor, self.session.id, one, self),
            lambda event: self._recorded(
                one,
                QCoreApplication.translate("Dashboard", "{minutes} min compensation given.").format(
                    minutes=event.facts_as(CompensationGranted).seconds // 60
                ),
            )(event),
        )

    def confirm(self, text: str, yes_text: str, then: Callable[[], None]) -> QMessageBox:
        """Ask before an action that cannot be undone; the confirming button is the default."""
        box = QMessageBox(self)
        box.setObjectName("confirmBox")
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle("examdesk")
        box.setText(text)
        box.setTextFormat(Qt.TextFormat.PlainText)
        yes = box.addButton(yes_text, QMessageBox.ButtonRole.AcceptRole)
        box.addButton(QCoreApplication.translate("Dashboard", "Cancel"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(yes)
        without_icons(box)
        box.setAccessibleName(text)

        def finished(_result: int) -> None:
            if box.clickedButton() is yes:
                then()

        box.finished.connect(finished)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.dialog = box
        box.open()
        self.dialog_opened.emit(box)
        return box

    def hand_in(self) -> QMessageBox | None:
        """Every selected candidate who is working hands in, after one confirmation that names them."""
        if not self.allowed(Act.HAND_IN):
            return None
        chosen = allowed_for(CandidateAct.HAND_IN, self.selection())
        station, actor, sid = self.station, self.actor, self.session.id
        names = ", ".join(candidate_label(c) for c in chosen)

        def go() -> None:
            def work() -> Outcome:
                return self._each(chosen, lambda c: sessions.hand_in(station, actor, sid, c.candidate_id))

            at = local_time_text(self.now())
            self._run(
                work,
                None,
                QCoreApplication.translate("Dashboard", "Recording the hand-in…"),
                lambda outcome: self._say_outcome(
                    outcome,
                    lambda done: QCoreApplication.translate(
                        "Dashboard", "Handed in at {time}: {names}."
                    ).format(time=at, names=done),
                    "hand in",
                ),
            )

        return self.confirm(
            QCoreApplication.translate(
                "Dashboard", "{candidates}: hands in now. The exam ends; this cannot be undone."
            ).format(candidates=names),
            QCoreApplication.translate("Dashboard", "Hand in: {candidates}").format(candidates=names),
            go,
        )

    def open_left_early(self) -> QDialog | None:
        one = self.one()
        if one is None or not self.allowed(Act.LEFT_EARLY):
            return None

        def notice(event: Any) -> str:
            if event.facts_as(LeftEarly).ill:
                # R-IRR-4: illness offers an irregularity case (wettige verhindering).
                if self.actor.has(Role.EXAMENSECRETARIS):
                    QTimer.singleShot(0, lambda: self.open_case_for(event))
                    what = QCoreApplication.translate(
                        "Dashboard", "left early, ill. Open the irregularity case now, or later under Cases."
                    )
                else:
                    what = QCoreApplication.translate(
                        "Dashboard",
                        "left early, ill. The examensecretaris can open an irregularity case for this "
                        "(wettige verhindering) under Cases; tell them now.",
                    )
                return self._recorded(one, what)(event)
            return self._recorded(one, QCoreApplication.translate("Dashboard", "left early."))(event)

        return self._open(LeftEarlyDialog(self.station, self.actor, self.session.id, one, self), notice)

    def open_case_for(self, event: Event) -> QDialog:
        """R-IRR-4: the examensecretaris opens the case for a candidate who left ill, from this entry."""
        dialog = OpenCaseDialog(
            self.station, self.actor, self, session_id=self.session.id, source_event=event.id
        )
        return self._open(
            dialog,
            lambda case_id: QCoreApplication.translate(
                "Dashboard", "Irregularity case {case} opened; follow it under Cases."
            ).format(case=case_id),
        )

    def mark_absent(self) -> QMessageBox | None:
        if not self.allowed(Act.ABSENT):
            return None
        chosen = allowed_for(CandidateAct.ABSENT, self.selection())
        station, actor, sid = self.station, self.actor, self.session.id
        names = ", ".join(candidate_label(c) for c in chosen)

        def go() -> None:
            def work() -> Outcome:
                return self._each(chosen, lambda c: sessions.mark_absent(station, actor, sid, c.candidate_id))

            self._run(
                work,
                None,
                QCoreApplication.translate("Dashboard", "Recording the absence…"),
                lambda outcome: self._say_outcome(
                    outcome,
                    lambda done: QCoreApplication.translate("Dashboard", "Absent: {names}.").format(
                        names=done
                    ),
                    "mark absent",
                ),
            )

        return self.confirm(
            QCoreApplication.translate(
                "Dashboard", "Record as absent: {names}. They cannot start after this."
            ).format(names=names),
            QCoreApplication.translate("Dashboard", "Absent: {candidates}").format(candidates=names),
            go,
        )

    def open_melding(self) -> QDialog | None:
        if not self.allowed(Act.MELDING):
            return None
        return self._open(
            MeldingDialog(self.station, self.actor, self.session.id, self.one(), self),
            lambda _: QCoreApplication.translate("Dashboard", "Melding recorded."),
        )

    def open_irregularity(self) -> QDialog | None:
        if not self.allowed(Act.IRREGULARITY):
            return None
        return self._open(
            IrregularityDialog(self.station, self.actor, self.session.id, self.one(), self),
            lambda _: QCoreApplication.translate("Dashboard", "Irregularity recorded."),
        )

    def open_remark(self) -> QDialog | None:
        if not self.allowed(Act.REMARK):
            return None
        return self._open(
            RemarkDialog(self.station, self.actor, self.session.id, self.one(), self),
            lambda _: QCoreApplication.translate("Dashboard", "Remark recorded."),
        )

    def open_correction(self) -> QDialog | None:
        if not self.allowed(Act.CORRECTION):
            return None
        return self._open(
            CorrectionDialog(self.station, self.actor, self.session.id, self.one(), self),
            lambda _: QCoreApplication.translate("Dashboard", "Correction recorded."),
        )

    def open_close(self) -> QDialog | None:
        if not self.allowed(Act.CLOSE):
            return None
        return self._open(
            CloseSessionDialog(self.station, self.actor, self.session, self),
            lambda _: QCoreApplication.translate(
                "Dashboard", "The session is closed. Its proces-verbaal is complete."
            ),
        )
