"""An inzage the station stopped during (R-INZ-7): shown at the next start, resumed the same day for its
remaining minutes, or closed as interrupted, counting against the half year only when the examensecretaris
records, with a reason, that it does."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLineEdit, QPushButton, QVBoxLayout, QWidget

from examdesk.core.inspection import amsterdam_day
from examdesk.services import inzage_sessions
from examdesk.services.actors import SignedIn
from examdesk.services.inzage_sessions import OpenInzage
from examdesk.services.station import Station
from examdesk.ui.dialogs.accounts import ServiceDialog
from examdesk.ui.formats import date_text, local_time_text
from examdesk.ui.widgets.common import InlineError, Retranslating, heading, paragraph, primary


def remaining_minutes(found: OpenInzage) -> int | None:
    """Whole minutes left, rounded down (a resumed inzage never gets more than it had)."""
    return None if found.remaining is None else int(found.remaining.total_seconds() // 60)


class InterruptedPage(Retranslating, QWidget):
    """R-INZ-7: the open inzage, with "Resume" (the same day, with time left) and "Close as interrupted"."""

    resume_clicked = Signal(object)  # the OpenInzage
    close_clicked = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("interruptedInzagePage")
        self.found: OpenInzage | None = None
        self.heading = heading(2)
        self.facts = paragraph()
        self.facts.setObjectName("interruptedFacts")
        self.advice = paragraph(muted=True)
        self.message = InlineError()
        self.resume_button = primary(QPushButton())
        self.resume_button.setObjectName("resumeInzageButton")
        self.close_button = QPushButton()
        self.close_button.setObjectName("closeInterruptedButton")
        self.resume_button.clicked.connect(lambda: self.found and self.resume_clicked.emit(self.found))
        self.close_button.clicked.connect(lambda: self.found and self.close_clicked.emit(self.found))
        buttons = QHBoxLayout()
        buttons.addWidget(self.resume_button)
        buttons.addWidget(self.close_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 14, 16, 10)
        layout.setSpacing(10)
        for widget in (self.heading, self.facts, self.advice, self.message):
            layout.addWidget(widget)
        layout.addLayout(buttons)
        layout.addStretch(1)
        self.retranslate()

    def show_open(self, found: OpenInzage) -> None:
        self.found = found
        self.message.clear_error()
        self.resume_button.setEnabled(found.resumable)
        self.retranslate()
        (self.resume_button if found.resumable else self.close_button).setFocus()

    def retranslate(self) -> None:
        self.heading.setText(QCoreApplication.translate("InterruptedPage", "An inzage was interrupted"))
        self.close_button.setText(QCoreApplication.translate("InterruptedPage", "Close as interrupted…"))
        self.close_button.setAccessibleName(self.close_button.text())
        found = self.found
        if found is None:
            self.resume_button.setText(QCoreApplication.translate("InterruptedPage", "Resume"))
            return
        entry = found.entry
        minutes = remaining_minutes(found)
        self.facts.setText(
            QCoreApplication.translate(
                "InterruptedPage",
                "The inzage of {name} ({number}), {exam}, started on {date} at {time} and was never ended: the "
                "station stopped during it.",
            ).format(
                name=entry.candidate_name,
                number=entry.candidate_number,
                exam=entry.exam_code,
                date=date_text(amsterdam_day(entry.started_at)),
                time=local_time_text(entry.started_at),
            )
        )
        if minutes is None:
            self.resume_button.setText(QCoreApplication.translate("InterruptedPage", "Resume"))
        else:
            self.resume_button.setText(
                QCoreApplication.translate("InterruptedPage", "Resume ({minutes} min left)").format(
                    minutes=minutes
                )
            )
        self.resume_button.setAccessibleName(self.resume_button.text())
        if found.resumable:
            advice = QCoreApplication.translate(
                "InterruptedPage",
                "Resume it today for its remaining time, with the candidate present, or close it as "
                "interrupted. An interrupted inzage does not count against the half year unless you record "
                "that it does.",
            )
        else:
            advice = QCoreApplication.translate(
                "InterruptedPage",
                "It can no longer be resumed (another day, or no time left): close it as interrupted. It does "
                "not count against the half year unless you record that it does.",
            )
        self.advice.setText(advice)


class CloseInterruptedDialog(ServiceDialog):
    """R-INZ-7: close an interrupted inzage; whether it counts against the half year, with a reason."""

    def __init__(
        self, station: Station, actor: SignedIn, found: OpenInzage, parent: QWidget | None = None
    ) -> None:
        super().__init__(station, actor, parent)
        self.setObjectName("closeInterruptedDialog")
        self.found = found
        self.counts_box = QCheckBox()
        self.counts_box.setObjectName("countsBox")
        self.reason = QLineEdit()
        self.reason.setObjectName("countReason")
        self.reason.setEnabled(False)
        self.counts_box.toggled.connect(self.reason.setEnabled)
        self.body.addRow(self.counts_box)
        self.reason_field = self.add_field(self.reason)
        self.retranslate()

    def submit(self) -> None:
        station, actor, inzage_id = self.station, self.actor, self.found.entry.inzage_id
        counts, reason = self.counts_box.isChecked(), self.reason.text()
        self.run(
            lambda: inzage_sessions.close_interrupted(
                station, actor, inzage_id, counts=counts, reason=reason
            ),
            QCoreApplication.translate("CloseInterruptedDialog", "Closing the inzage…"),
        )

    def retranslate(self) -> None:
        title = QCoreApplication.translate("CloseInterruptedDialog", "Close the interrupted inzage")
        self.setWindowTitle(title)
        self.title.setText(title)
        self.intro.setText(
            QCoreApplication.translate(
                "CloseInterruptedDialog",
                "The inzage of {name} is closed as interrupted. It counts against the half year only if you "
                "record that it does, with the reason.",
            ).format(name=self.found.entry.candidate_name)
        )
        self.counts_box.setText(
            QCoreApplication.translate("CloseInterruptedDialog", "It counts against the half year")
        )
        self.reason_field.set_label(QCoreApplication.translate("CloseInterruptedDialog", "Reason"))
        self.retranslate_buttons(QCoreApplication.translate("CloseInterruptedDialog", "Close as interrupted"))
