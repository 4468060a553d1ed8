"""The dashboard's texts: the session's facts, the clock warning, the counts, the buttons' words and keys.

Every count goes through Qt's numerus forms (``%n``), so both languages say "1 candidate" and "2 candidates".
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QKeySequence

from examdesk.core.clock import ClockState
from examdesk.core.facts.station import ClockAnomaly
from examdesk.services.sessions import SessionState
from examdesk.ui.formats import date_text, local_time_text
from examdesk.ui.models.dashboard import state_text
from examdesk.ui.models.sessions import session_location_text
from examdesk.ui.proctor import acts
from examdesk.ui.proctor.acts import KEYS, Act
from examdesk.ui.proctor.dialogs import candidate_label

# The dashboard gives the widgets and the selection this mixin reads (a base typed Any for the checker).
_Base: Any = object


class DashboardTexts(_Base):  # type: ignore[misc]
    """Mixed into the dashboard: everything it says, said again when the language changes."""

    def _retranslate_session(self) -> None:
        session = self.session
        self.title.setText(
            QCoreApplication.translate("Dashboard", "{group} ({code})").format(
                group=session.group_name, code=session.group_code
            )
        )
        self.facts.setText(
            QCoreApplication.translate(
                "Dashboard",
                "{exam} · {date} from {time} · {location} · surveillants: {surveillants} · {state}",
            ).format(
                exam=session.exam_title,
                date=date_text(session.date),
                time=session.start_time,
                location=session_location_text(session),
                # Names, as the proces-verbaal shows them (issue 15, #12).
                surveillants=", ".join(session.surveillant_names or session.surveillants),
                state=self._session_state_text(),
            )
        )
        self.title.setAccessibleName(self.title.text())
        self.facts.setAccessibleName(self.facts.text())

    def session_state_word(self) -> str:
        """The session's state in one word, for "the session is {state}" (issue 15, #14: said once)."""
        if self.session.state is SessionState.CLOSED:
            return QCoreApplication.translate("Dashboard", "closed")
        return self._session_state_text()

    def _session_state_text(self) -> str:
        if self.session.state is SessionState.CLOSED:
            return QCoreApplication.translate("Dashboard", "closed: nothing can be recorded here any more")
        if self.session.state is SessionState.PLANNED:
            return QCoreApplication.translate("Dashboard", "not started yet")
        return QCoreApplication.translate("Dashboard", "running")

    def _retranslate_banner(self) -> None:
        anomalies = self.anomalies
        if not anomalies:
            self.banner.clear_error()
            return

        def text() -> str:
            last = anomalies[-1]
            seconds = round(last.facts_as(ClockAnomaly).jump_back_seconds)
            return QCoreApplication.translate(
                "Dashboard",
                "Clock warning: the computer's clock went back {seconds} seconds at {time} ({times}). "
                "The station recorded it. Remaining times follow the event log; check the clock with the "
                "examensecretaris.",
            ).format(
                seconds=seconds, time=local_time_text(last.wall_utc), times=self.times_today(len(anomalies))
            )

        self.banner.show_text(text)

    def _retranslate_counts(self) -> None:
        rows = self.model.rows()
        counts: dict[ClockState, int] = {}
        for row in rows:
            counts[row.clock.state] = counts.get(row.clock.state, 0) + 1
        parts = [self.candidates_text(len(rows))]
        parts += [f"{count} {state_text(state)}" for state, count in counts.items()]
        self.counts_label.setText(" · ".join(parts))
        self.counts_label.setAccessibleName(self.counts_label.text())

    def _key_text(self, act: Act) -> str:
        return QKeySequence(KEYS[act]).toString(QKeySequence.SequenceFormat.NativeText)

    def _retranslate_actions(self) -> None:
        one = self.one()
        chosen = self.selected()
        current = self.selection()
        for act, button in self.buttons.items():
            keys = self._key_text(act)
            said = acts.words(act, current)
            button.setText(
                QCoreApplication.translate("Dashboard", "{action} ({keys})").format(action=said, keys=keys)
            )
            button.setAccessibleName(said)
            tip = QCoreApplication.translate("Dashboard", "{tip} ({keys})").format(
                tip=acts.tip(act), keys=keys
            )
            button.setToolTip(tip)
            self.actions_by_key[act].setText(said)
            self.actions_by_key[act].setToolTip(tip)
        if not self.running():
            selection = QCoreApplication.translate(
                "Dashboard", "Nothing can be recorded: the session is {state}."
            ).format(state=self.session_state_word())
        elif one is not None:
            selection = QCoreApplication.translate("Dashboard", "Selected: {candidate} ({state})").format(
                candidate=candidate_label(one), state=state_text(one.clock.state)
            )
        elif chosen:
            selection = QCoreApplication.translate("Dashboard", "Selected: {count}").format(
                count=self.candidates_text(len(chosen))
            )
        else:
            selection = QCoreApplication.translate(
                "Dashboard",
                "Select a candidate in the table (several with Ctrl or Shift to start them together).",
            )
        self.selection_label.setText(selection)
        self.selection_label.setAccessibleName(selection)
        self.session_label.setText(QCoreApplication.translate("Dashboard", "Session:"))
        pv_words = QCoreApplication.translate("Dashboard", "Proces-verbaal")
        self.pv_button.setText(
            QCoreApplication.translate("Dashboard", "{action} ({keys})").format(
                action=pv_words, keys=QKeySequence("Ctrl+P").toString(QKeySequence.SequenceFormat.NativeText)
            )
        )
        self.pv_button.setAccessibleName(pv_words)
        self.pv_button.setToolTip(
            QCoreApplication.translate(
                "Dashboard",
                "The session's proces-verbaal so far: timelines and every recorded event (Ctrl+P)",
            )
        )
        room_words = QCoreApplication.translate("Dashboard", "Room view")
        self.room_button.setText(
            QCoreApplication.translate("Dashboard", "{action} ({keys})").format(action=room_words, keys="F10")
        )
        self.room_button.setAccessibleName(room_words)
        self.room_button.setToolTip(
            QCoreApplication.translate(
                "Dashboard", "Large remaining times for the whole room, who needs attention first (F10)"
            )
        )
        self.candidate_grid.reflow()
        self.session_grid.reflow()
