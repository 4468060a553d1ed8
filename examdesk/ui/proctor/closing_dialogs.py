"""The end of a candidate's exam and of the session, and corrections: left early, closing the session,
a roster (BSN) correction and a correction of an earlier event."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QCheckBox, QComboBox, QLineEdit, QWidget

from examdesk.core.eventkinds import EventKind
from examdesk.services import proces_verbaal, sessions
from examdesk.services.actors import SignedIn
from examdesk.services.proces_verbaal import Entry
from examdesk.services.sessions import CandidateStatus, SessionSummary
from examdesk.services.station import Station
from examdesk.ui import errors
from examdesk.ui.proctor.dialog_base import ProctorDialog
from examdesk.ui.tasks import run_task
from examdesk.ui.widgets.common import paragraph, password_edit
from examdesk.ui.widgets.fields import text_edit


class LeftEarlyDialog(ProctorDialog):
    """R-TIME-9, R-IRR-4: the candidate leaves before the end, with a reason; illness is marked."""

    def __init__(
        self,
        station: Station,
        actor: SignedIn,
        session_id: str,
        candidate: CandidateStatus,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(station, actor, session_id, candidate, parent)
        self.reason_edit = QLineEdit()
        self.reason_edit.setObjectName("leftEarlyReason")
        self.reason_field = self.add_field(self.reason_edit)
        self.ill_check = QCheckBox()
        self.ill_check.setObjectName("leftEarlyIll")
        self.ill_field = self.add_field(self.ill_check)
        self.retranslate()

    def submit(self) -> None:
        station, actor, sid, cid = self.station, self.actor, self.session_id, self.candidate_id()
        reason, ill = self.reason_edit.text(), self.ill_check.isChecked()
        self.run(
            lambda: sessions.leave_early(station, actor, sid, cid, reason=reason, ill=ill),
            QCoreApplication.translate("LeftEarlyDialog", "Recording the departure…"),
        )

    def retranslate(self) -> None:
        self.set_title(QCoreApplication.translate("LeftEarlyDialog", "Left early"))
        self.intro.setText(
            QCoreApplication.translate(
                "LeftEarlyDialog",
                "The candidate stops before their time is up. This ends their exam and cannot be undone.",
            )
        )
        self.reason_field.set_label(QCoreApplication.translate("LeftEarlyDialog", "Reason"))
        self.ill_check.setText(QCoreApplication.translate("LeftEarlyDialog", "Too ill to go on"))
        self.ill_field.set_label(QCoreApplication.translate("LeftEarlyDialog", "Illness"))
        self.retranslate_buttons(QCoreApplication.translate("LeftEarlyDialog", "Record departure"))


class CloseSessionDialog(ProctorDialog):
    """R-PV-4: every surveillant of the session confirms with their own password."""

    def __init__(
        self,
        station: Station,
        actor: SignedIn,
        session: SessionSummary,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(station, actor, session.id, None, parent)
        self.session = session
        self.password_edits: dict[str, QLineEdit] = {}
        self.password_fields = {}
        for username in session.surveillants:
            edit = password_edit()
            edit.setObjectName(f"password_{username}")
            self.password_edits[username] = edit
            self.password_fields[username] = self.add_field(edit)
        self.retranslate()

    def submit(self) -> None:
        station, actor, sid = self.station, self.actor, self.session_id
        confirmations = {name: edit.text() for name, edit in self.password_edits.items()}
        self.run(
            lambda: sessions.close_session(station, actor, sid, confirmations),
            QCoreApplication.translate("CloseSessionDialog", "Closing the session…"),
        )

    def field_for(self, error: BaseException) -> QWidget | None:
        """A wrong password: that surveillant's field (cleared), so it is typed again right there."""
        params = getattr(getattr(error, "message", None), "params", {}) or {}
        edit = self.password_edits.get(str(params.get("user", "")))
        if edit is not None:
            edit.clear()
        return edit

    def _names(self) -> dict[str, str]:
        names = self.session.surveillant_names
        if len(names) != len(self.session.surveillants):
            names = self.session.surveillants
        return dict(zip(self.session.surveillants, names, strict=True))

    def retranslate(self) -> None:
        title = QCoreApplication.translate("CloseSessionDialog", "Close the session")
        self.setWindowTitle(title)
        self.title.setText(title)
        self.intro.setText(
            QCoreApplication.translate(
                "CloseSessionDialog",
                "Every candidate must have handed in, run out of time, left or been absent. Each surveillant "
                "of the session confirms with their own password. After closing, only the examensecretaris "
                "can add to the proces-verbaal.",
            )
        )
        names = self._names()
        for username, field in self.password_fields.items():
            field.set_label(
                QCoreApplication.translate("CloseSessionDialog", "Password of {user}").format(
                    user=names.get(username, username)
                )
            )
        # It cannot be undone: the button names the session it closes (issue 15).
        self.retranslate_buttons(
            QCoreApplication.translate("CloseSessionDialog", "Close {group} ({code})").format(
                group=self.session.group_name, code=self.session.group_code
            )
        )


class RosterCorrectionDialog(ProctorDialog):
    """R-BSN-4: after a mismatch the examensecretaris corrects the candidate's BSN on the roster, with a reason;
    the correction is an event and the start-screen check is then done again."""

    def __init__(
        self,
        station: Station,
        actor: SignedIn,
        session_id: str,
        candidate: CandidateStatus,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(station, actor, session_id, candidate, parent)
        self.setObjectName("rosterCorrectionDialog")
        self.current = paragraph()
        self.current.setObjectName("rosterCurrentBsn")
        self.body.addRow(self.current)
        self.bsn_edit = QLineEdit()
        self.bsn_edit.setObjectName("rosterNewBsn")
        self.bsn_edit.setMaxLength(11)  # nine digits, with or without the usual two separators
        self.bsn_edit.setInputMethodHints(Qt.InputMethodHint.ImhDigitsOnly)
        self.bsn_field = self.add_field(self.bsn_edit)
        self.reason = text_edit(lines=3)
        self.reason.setObjectName("rosterReason")
        self.reason_field = self.add_field(self.reason)
        self.retranslate()

    def submit(self) -> None:
        station, actor, sid, cid = self.station, self.actor, self.session_id, self.candidate_id()
        new_bsn, reason = self.bsn_edit.text().strip(), self.reason.toPlainText()
        if not new_bsn:
            self.refuse(
                lambda: QCoreApplication.translate("RosterCorrectionDialog", "Type the correct BSN."),
                self.bsn_edit,
            )
            return
        self.run(
            lambda: sessions.correct_roster_bsn(station, actor, sid, cid, new_bsn, reason),
            QCoreApplication.translate("RosterCorrectionDialog", "Correcting the roster…"),
        )

    def retranslate(self) -> None:
        self.set_title(QCoreApplication.translate("RosterCorrectionDialog", "Correct the BSN on the roster"))
        self.intro.setText(
            QCoreApplication.translate(
                "RosterCorrectionDialog",
                "Only after checking the candidate's ID document against the school's records. The correction "
                "and its reason go into the proces-verbaal; afterwards the BSN check is done again.",
            )
        )
        assert self.candidate is not None
        self.current.setText(
            QCoreApplication.translate("RosterCorrectionDialog", "BSN on the roster now: {bsn}").format(
                bsn=self.candidate.masked_bsn
            )
        )
        self.bsn_field.set_label(QCoreApplication.translate("RosterCorrectionDialog", "Correct BSN"))
        self.reason_field.set_label(QCoreApplication.translate("RosterCorrectionDialog", "Reason"))
        self.retranslate_buttons(QCoreApplication.translate("RosterCorrectionDialog", "Correct roster"))


class CorrectionDialog(ProctorDialog):
    """R-PV-2: a correction names the earlier event it corrects; that event stays as it was recorded.

    A wrong clock event (a pause for the wrong candidate, say) can also be taken out of the clock.
    """

    def __init__(
        self,
        station: Station,
        actor: SignedIn,
        session_id: str,
        candidate: CandidateStatus | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(station, actor, session_id, candidate, parent)
        self.setObjectName("correctionDialog")
        self.entries: list[Entry] = []
        self.event_combo = QComboBox()
        self.event_combo.setObjectName("correctionEvent")
        self.event_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.event_combo.setMinimumContentsLength(40)
        self.event_combo.currentIndexChanged.connect(self._event_chosen)
        self.event_field = self.add_field(self.event_combo)
        self.chosen_text = paragraph(muted=True)
        self.chosen_text.setObjectName("correctionChosen")
        self.body.addRow(self.chosen_text)
        self.text = text_edit(lines=3)
        self.text.setObjectName("correctionText")
        self.text_field = self.add_field(self.text)
        self.void_check = QCheckBox()
        self.void_check.setObjectName("correctionVoid")
        self.void_field = self.add_field(self.void_check)
        self.ok_button.setEnabled(False)
        self.retranslate()
        who = candidate.candidate_id if candidate is not None else None
        run_task(
            self,
            lambda: proces_verbaal.load(station, actor, session_id),
            lambda pv: self._loaded(
                pv.select(candidate_id=who, with_group=True) if who is not None else pv.entries
            ),
            lambda error: self.error.show_text(lambda: errors.describe(error)),
            label=QCoreApplication.translate("CorrectionDialog", "Loading the recorded events…"),
        )

    def _loaded(self, entries: Sequence[Entry]) -> None:
        # Newest first: a correction is nearly always about something just recorded.
        self.entries = [e for e in reversed(entries) if e.kind != EventKind.CLOCK_ANOMALY]
        self.event_combo.clear()
        for entry in self.entries:
            self.event_combo.addItem(self._entry_line(entry), entry.event_id)
        self.ok_button.setEnabled(bool(self.entries))
        if not self.entries:
            self.refuse(
                lambda: QCoreApplication.translate("CorrectionDialog", "Nothing has been recorded yet.")
            )
        self._event_chosen()

    def _entry_line(self, entry: Entry) -> str:
        return f"{entry.time_text} · {proces_verbaal.kind_text(entry)} · {proces_verbaal.subject_text(entry)}"

    def chosen(self) -> Entry | None:
        index = self.event_combo.currentIndex()
        return self.entries[index] if 0 <= index < len(self.entries) else None

    def _event_chosen(self) -> None:
        entry = self.chosen()
        voidable = entry is not None and entry.kind in sessions.VOIDABLE_KINDS and not entry.voided
        self.void_check.setEnabled(voidable)
        if not voidable:
            self.void_check.setChecked(False)
        self.chosen_text.setText(
            QCoreApplication.translate("CorrectionDialog", "Recorded by {actor}: {text}").format(
                actor=entry.actor.display_name, text=proces_verbaal.text(entry)
            )
            if entry is not None
            else ""
        )
        self.chosen_text.setAccessibleName(self.chosen_text.text())

    def submit(self) -> None:
        entry = self.chosen()
        if entry is None:
            return
        station, actor, sid = self.station, self.actor, self.session_id
        text, void, event_id = self.text.toPlainText(), self.void_check.isChecked(), entry.event_id
        self.run(
            lambda: sessions.record_correction(station, actor, sid, event_id, text, void=void),
            QCoreApplication.translate("CorrectionDialog", "Recording the correction…"),
        )

    def retranslate(self) -> None:
        self.set_title(QCoreApplication.translate("CorrectionDialog", "Correction"))
        self.intro.setText(
            QCoreApplication.translate(
                "CorrectionDialog",
                "Nothing recorded is ever changed or removed: the correction is added to the proces-verbaal and "
                "names the event it corrects.",
            )
        )
        self.event_field.set_label(QCoreApplication.translate("CorrectionDialog", "Event to correct"))
        self.text_field.set_label(QCoreApplication.translate("CorrectionDialog", "What is right"))
        self.void_check.setText(
            QCoreApplication.translate(
                "CorrectionDialog", "This event did not happen to this candidate: take it out of their clock"
            )
        )
        self.void_field.set_label(QCoreApplication.translate("CorrectionDialog", "Clock"))
        for index, entry in enumerate(self.entries):
            self.event_combo.setItemText(index, self._entry_line(entry))
        self._event_chosen()
        self.retranslate_buttons(QCoreApplication.translate("CorrectionDialog", "Record correction"))
