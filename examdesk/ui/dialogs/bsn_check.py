"""The start-screen BSN check (R-BSN-4): the roster BSN very large and grouped, with the candidate's name,
so that the candidate compares it with their ID document; the surveillant picks the document and records
match or mismatch. The accommodations are shown with their VSV's validity (R-ACC-2).

This is the one screen where a surveillant sees a full BSN (R-BSN-6); it forgets the number when it closes.

The screen itself is ``StartScreenCheckDialog``: it reads of the candidate only what ``CheckSubject`` names,
and opens the number and records the outcome through a ``CheckSource``. ``BsnCheckDialog`` is the check at
the start of an exam session; the inzage's ID check (R-INZ-3) is the same screen on its own source.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Protocol

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QCloseEvent, QFont, QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from examdesk.core.accommodations import VsvStatus
from examdesk.core.words import ID_DOCUMENT_CHOICES, IdDocument
from examdesk.services import sessions
from examdesk.services.actors import SignedIn
from examdesk.services.catalogue import Accommodation
from examdesk.services.station import Station
from examdesk.ui import errors
from examdesk.ui.dialogs.vsv_confirmation import VsvConfirmation
from examdesk.ui.models.base import tr
from examdesk.ui.models.roster import accommodation_text, vsv_state_text
from examdesk.ui.style import fixed_font, scaled
from examdesk.ui.tasks import run_task
from examdesk.ui.widgets.common import InlineError, Retranslating, heading, paragraph, plain

BSN_POINT_SIZE = 72
NAME_POINT_SIZE = 28


def vsv_line(accommodation: Accommodation) -> str:
    """One accommodation and its VSV, as the surveillant checks it at the start (R-ACC-2)."""
    status = accommodation.vsv.status
    if status is VsvStatus.EXPIRED:
        return QCoreApplication.translate(
            "BsnCheckDialog", "{accommodation}: VSV {state}. Ask the examensecretaris before the start."
        ).format(accommodation=accommodation_text(accommodation), state=vsv_state_text(accommodation))
    if status is VsvStatus.MISSING:
        return QCoreApplication.translate(
            "BsnCheckDialog",
            "{accommodation}: NO VSV on the roster. Ask the examensecretaris before the start.",
        ).format(accommodation=accommodation_text(accommodation))
    return QCoreApplication.translate("BsnCheckDialog", "{accommodation}: VSV {state}").format(
        accommodation=accommodation_text(accommodation), state=vsv_state_text(accommodation)
    )


class CheckSubject(Protocol):
    """What the check reads of a candidate itself: who it is (a dashboard row, ``CandidateStatus``, is one).
    The number and the accommodations come from the check's source, only while the dialog is open."""

    @property
    def candidate_id(self) -> int: ...

    @property
    def name(self) -> str: ...


@dataclass(frozen=True)
class Candidate:
    """A ``CheckSubject`` from its two facts, for a caller without a dashboard row (the inzage)."""

    candidate_id: int
    name: str


Opened = tuple[str, str, tuple[Accommodation, ...]]  # the BSN grouped, the name, the accommodations


@dataclass(frozen=True)
class CheckSource:
    """Where the check opens the roster BSN and records the outcome; both run off the GUI thread."""

    open: Callable[[], Opened]
    record: Callable[[bool, str, str], object]  # (match, id document, note) -> the recorded event


class StartScreenCheckDialog(Retranslating, QDialog):
    """Show the roster BSN for one candidate and record match or mismatch with the ID document type."""

    completed = Signal(object)  # the recorded Event
    loaded = Signal()

    def __init__(
        self,
        station: Station,
        actor: SignedIn,
        candidate: CheckSubject,
        source: CheckSource,
        parent: QWidget | None = None,
        *,
        accommodations: bool = True,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("bsnCheckDialog")
        self.station = station
        self.actor = actor
        self.candidate = candidate
        self.source = source
        self.shows_accommodations = accommodations  # R-ACC-2 at an exam's start; not at an inzage
        self.accommodations: tuple[Accommodation, ...] = ()
        self._busy = False

        self.title = heading(2)
        self.intro = paragraph(muted=True)
        self.name_label = plain(QLabel())
        self.name_label.setObjectName("bsnCheckName")
        self.name_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.name_label.setWordWrap(True)
        name_font = QFont(self.name_label.font())
        name_font.setPointSize(scaled(NAME_POINT_SIZE))
        name_font.setBold(True)
        self.name_label.setFont(name_font)
        self.bsn_label = plain(QLabel())
        self.bsn_label.setObjectName("bsnCheckNumber")
        self.bsn_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.bsn_label.setFont(fixed_font(BSN_POINT_SIZE))
        self.bsn_caption = plain(QLabel())
        self.bsn_caption.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.bsn_caption.setProperty("muted", "true")
        number_box = QFrame()
        number_box.setObjectName("bsnBox")
        number_layout = QVBoxLayout(number_box)
        number_layout.setContentsMargins(24, 16, 24, 16)
        number_layout.setSpacing(6)
        number_layout.addWidget(self.name_label)
        number_layout.addWidget(self.bsn_label)
        number_layout.addWidget(self.bsn_caption)

        self.accommodations_title = heading(3)
        self.accommodations_text = paragraph()
        self.accommodations_text.setObjectName("bsnCheckAccommodations")
        self.confirmation = VsvConfirmation()  # R-ACC-2: one confirmation per accommodation
        self.vsv_warning = InlineError()
        self.vsv_warning.setObjectName("vsvWarning")

        self.document_combo = QComboBox()
        self.document_combo.setObjectName("idDocumentCombo")
        for document in IdDocument:
            self.document_combo.addItem("", document.value)
        self.note_edit = QLineEdit()
        self.note_edit.setObjectName("bsnNoteEdit")
        form = QFormLayout()
        form.setHorizontalSpacing(16)
        form.setVerticalSpacing(10)
        self.document_label = QLabel()
        self.document_label.setBuddy(self.document_combo)
        self.note_label = QLabel()
        self.note_label.setBuddy(self.note_edit)
        form.addRow(self.document_label, self.document_combo)
        form.addRow(self.note_label, self.note_edit)

        self.error = InlineError()
        self.match_button = QPushButton()
        self.match_button.setObjectName("bsnMatchButton")
        self.match_button.setProperty("verdict", "match")
        self.match_button.clicked.connect(lambda: self.record(True))
        self.mismatch_button = QPushButton()
        self.mismatch_button.setObjectName("bsnMismatchButton")
        self.mismatch_button.setProperty("verdict", "mismatch")
        self.mismatch_button.clicked.connect(lambda: self.record(False))
        for button in (self.match_button, self.mismatch_button):
            button.setAutoDefault(False)
            button.setEnabled(False)
        verdicts = QHBoxLayout()
        verdicts.setSpacing(18)
        verdicts.addWidget(self.match_button, 1)
        verdicts.addWidget(self.mismatch_button, 1)

        self.full_screen_button = QPushButton()
        self.full_screen_button.setObjectName("fullScreenButton")
        self.full_screen_button.setCheckable(True)
        self.full_screen_button.setAutoDefault(False)
        self.full_screen_button.toggled.connect(self.set_full_screen)
        self.cancel_button = QPushButton()
        self.cancel_button.setAutoDefault(False)
        self.cancel_button.clicked.connect(self.reject)
        bottom = QHBoxLayout()
        bottom.addWidget(self.full_screen_button)
        bottom.addStretch(1)
        bottom.addWidget(self.cancel_button)

        self.full_screen_shortcut = QShortcut(QKeySequence(Qt.Key.Key_F11), self)
        self.full_screen_shortcut.activated.connect(self.full_screen_button.toggle)
        self.match_shortcut = QShortcut(self)
        self.match_shortcut.activated.connect(self.match_button.click)
        self.mismatch_shortcut = QShortcut(self)
        self.mismatch_shortcut.activated.connect(self.mismatch_button.click)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(28, 22, 28, 22)
        layout.setSpacing(14)
        layout.addWidget(self.title)
        layout.addWidget(self.intro)
        layout.addWidget(number_box)
        layout.addWidget(self.accommodations_title)
        layout.addWidget(self.accommodations_text)
        layout.addWidget(self.confirmation)
        layout.addWidget(self.vsv_warning)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addStretch(1)
        layout.addLayout(verdicts)
        layout.addLayout(bottom)
        self.setMinimumWidth(760)
        for widget in (
            self.accommodations_title,
            self.accommodations_text,
            self.confirmation,
            self.vsv_warning,
        ):
            widget.setVisible(accommodations)
        self.retranslate()
        self.load()

    # --- loading and recording ----------------------------------------------------------------------

    def load(self) -> None:
        run_task(
            self,
            self.source.open,
            self._show,
            self._failed,
            label=QCoreApplication.translate("BsnCheckDialog", "Opening the BSN…"),
        )

    def _show(self, found: tuple[str, str, tuple[Accommodation, ...]]) -> None:
        grouped, name, accommodations = found
        self.bsn_label.setText(grouped)
        self.bsn_label.setAccessibleName(
            QCoreApplication.translate("BsnCheckDialog", "BSN {digits}").format(digits=" ".join(grouped))
        )
        self.name_label.setText(name)
        self.name_label.setAccessibleName(name)
        self.accommodations = accommodations
        self.confirmation.set_accommodations(accommodations)
        self._retranslate_accommodations()
        for button in (self.match_button, self.mismatch_button):
            button.setEnabled(True)
        self.document_combo.setFocus()
        self.loaded.emit()

    def _failed(self, error: BaseException) -> None:
        self.error.show_text(lambda: errors.describe(error))

    def document(self) -> str:
        key: str = self.document_combo.currentData()
        return key

    def record(self, match: bool) -> None:
        """Record the outcome: a mismatch needs a note saying what differs (R-BSN-4)."""
        if self._busy or not self.match_button.isEnabled():
            return
        note = self.note_edit.text().strip()
        if not match and not note:
            self.error.show_text(
                lambda: QCoreApplication.translate(
                    "BsnCheckDialog", "Write in the note what differs between the roster and the ID document."
                )
            )
            self.note_edit.setFocus()
            return
        self.error.clear_error()
        self._busy = True
        for button in (self.match_button, self.mismatch_button):
            button.setEnabled(False)
        record, document = self.source.record, self.document()
        run_task(
            self,
            lambda: record(match, document, note),
            self._recorded,
            self._record_failed,
            label=QCoreApplication.translate("BsnCheckDialog", "Recording the BSN check…"),
        )

    def _recorded(self, event: object) -> None:
        self._busy = False
        self.completed.emit(event)
        self.accept()

    def _record_failed(self, error: BaseException) -> None:
        self._busy = False
        for button in (self.match_button, self.mismatch_button):
            button.setEnabled(True)
        self._failed(error)

    # --- full screen ----------------------------------------------------------------------------------

    def set_full_screen(self, on: bool) -> None:
        """Fill the screen, so that a candidate can read the number from a distance."""
        if self.full_screen_button.isChecked() != on:
            self.full_screen_button.setChecked(on)
            return
        if on:
            self.showFullScreen()
        else:
            self.showNormal()

    def forget(self) -> None:
        """R-BSN-6: the full number leaves the screen with the dialog."""
        self.bsn_label.clear()
        self.bsn_label.setAccessibleName("")

    def done(self, result: int) -> None:
        self.forget()
        super().done(result)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt's name
        self.forget()
        super().closeEvent(event)

    # --- texts ------------------------------------------------------------------------------------------

    def _retranslate_accommodations(self) -> None:
        if not self.shows_accommodations:
            return
        if not self.accommodations:
            self.accommodations_text.setText(
                QCoreApplication.translate("BsnCheckDialog", "No accommodations on the roster.")
            )
        else:
            self.accommodations_text.setText(
                QCoreApplication.translate(
                    "BsnCheckDialog",
                    "Tick each accommodation that matches the candidate's VSV; one not ticked is not applied "
                    "(no extra time on the clock, no pauses).",
                )
            )
            self.confirmation.retranslate()
        self.accommodations_text.setAccessibleName(self.accommodations_text.text())
        problems = [a for a in self.accommodations if a.vsv.status in (VsvStatus.EXPIRED, VsvStatus.MISSING)]
        if problems:
            self.vsv_warning.show_text(
                lambda: QCoreApplication.translate(
                    "BsnCheckDialog",
                    "The VSV does not cover every accommodation. Do not give these accommodations "
                    "until the examensecretaris has decided.",
                )
            )
        else:
            self.vsv_warning.clear_error()

    def fit(self) -> None:
        """As large as the screen allows (issue 15): on a 1366×768 laptop at large print the BSN's digits
        give up size, never the buttons or the fields; the dialog is as wide as its buttons need."""
        from examdesk.ui.widgets import service_dialog

        room = service_dialog.available_height(self)
        size = BSN_POINT_SIZE
        layout = self.layout()
        assert layout is not None
        while size > 24:
            layout.activate()
            if max(layout.sizeHint().height(), layout.minimumSize().height()) <= room:
                break
            size -= 6
            self.bsn_label.setFont(fixed_font(size))
            name_font = QFont(self.name_label.font())
            name_font.setPointSize(scaled(max(16, NAME_POINT_SIZE * size // BSN_POINT_SIZE)))
            self.name_label.setFont(name_font)
        layout.activate()
        # Still too tall (large print on a laptop): the introduction gives way; the title and the two large
        # buttons say what to do.
        self.intro.setVisible(max(layout.sizeHint().height(), layout.minimumSize().height()) <= room)
        layout.activate()
        hint = layout.sizeHint()
        self.resize(max(self.width(), hint.width()), min(max(self.height(), hint.height()), room))

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        self.fit()

    def retranslate(self) -> None:
        title = QCoreApplication.translate("BsnCheckDialog", "BSN check on the start screen")
        self.setWindowTitle(title)
        self.title.setText(title)
        self.intro.setText(
            QCoreApplication.translate(
                "BsnCheckDialog",
                "Ask the candidate to compare this number with the BSN on their ID document, then choose the "
                "document and say whether they match.",
            )
        )
        if not self.name_label.text():
            self.name_label.setText(self.candidate.name)
        self.bsn_caption.setText(QCoreApplication.translate("BsnCheckDialog", "BSN on the roster"))
        self.accommodations_title.setText(
            QCoreApplication.translate("BsnCheckDialog", "Accommodations and VSV")
        )
        self._retranslate_accommodations()
        for index, document in enumerate(IdDocument):
            self.document_combo.setItemText(index, tr(ID_DOCUMENT_CHOICES[document]))
        self.document_label.setText(QCoreApplication.translate("BsnCheckDialog", "ID document"))
        self.document_combo.setAccessibleName(self.document_label.text())
        self.note_label.setText(QCoreApplication.translate("BsnCheckDialog", "Note"))
        self.note_edit.setAccessibleName(self.note_label.text())
        self.note_edit.setPlaceholderText(
            QCoreApplication.translate("BsnCheckDialog", "Needed when the numbers do not match")
        )
        # The keys are part of the translation: each language takes the letter of its own word.
        match_keys = QKeySequence(QCoreApplication.translate("BsnCheckDialog", "Alt+M"))
        mismatch_keys = QKeySequence(QCoreApplication.translate("BsnCheckDialog", "Alt+N"))
        self.match_shortcut.setKey(match_keys)
        self.mismatch_shortcut.setKey(mismatch_keys)
        native = QKeySequence.SequenceFormat.NativeText
        self.match_button.setText(
            QCoreApplication.translate("BsnCheckDialog", "Matches ({keys})").format(
                keys=match_keys.toString(native)
            )
        )
        self.match_button.setAccessibleName(QCoreApplication.translate("BsnCheckDialog", "Matches"))
        self.mismatch_button.setText(
            QCoreApplication.translate("BsnCheckDialog", "Does not match ({keys})").format(
                keys=mismatch_keys.toString(native)
            )
        )
        self.mismatch_button.setAccessibleName(QCoreApplication.translate("BsnCheckDialog", "Does not match"))
        self.full_screen_button.setText(QCoreApplication.translate("BsnCheckDialog", "Full screen (F11)"))
        self.full_screen_button.setAccessibleName(QCoreApplication.translate("BsnCheckDialog", "Full screen"))
        self.cancel_button.setText(QCoreApplication.translate("BsnCheckDialog", "Cancel (Esc)"))
        self.cancel_button.setAccessibleName(QCoreApplication.translate("BsnCheckDialog", "Cancel"))


class BsnCheckDialog(StartScreenCheckDialog):
    """R-BSN-4: the check at the start of an exam session, recorded in that session's record."""

    def __init__(
        self,
        station: Station,
        actor: SignedIn,
        session_id: str,
        candidate: CheckSubject,
        parent: QWidget | None = None,
    ) -> None:
        candidate_id = candidate.candidate_id
        # R-ACC-2: the confirmations ticked, read on the GUI thread when the outcome is recorded.
        self._confirmed: tuple[int, ...] = ()
        source = CheckSource(
            open=lambda: sessions.bsn_for_check(station, actor, session_id, candidate_id),
            record=lambda match, document, note: sessions.record_bsn_check(
                station,
                actor,
                session_id,
                candidate_id,
                match=match,
                id_document=document,
                note=note,
                confirmed=self._confirmed,
            ),
        )
        super().__init__(station, actor, candidate, source, parent)
        self.session_id = session_id

    def record(self, match: bool) -> None:
        self._confirmed = self.confirmation.confirmed()
        super().record(match)
