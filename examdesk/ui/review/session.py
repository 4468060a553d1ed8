"""A running inzage (R-INZ-1, R-INZ-3, R-INZ-4): the read-only viewer of the candidate's work, for a PE exam
with a visible countdown that ends the inzage by itself, the candidate's part of the proces-verbaal beside it
on request (R-PV-5), and every item opened, every key or marking scheme shown and the proces-verbaal shown
recorded as it happens.

Each item opened and the proces-verbaal shown is recorded once per inzage; every sight of a key or marking
scheme is recorded each time (R-INZ-9; a PE inzage shows the key with every question, each time it comes
into view). The records are written one after the other, in the order things happened, and the end
of the inzage is written after them.

The remaining time is the limit minus the time passed on a monotonic clock since the start, never a counter
that is decremented: a late timer tick cannot stretch it. The clock and the limit can be injected (tests).
"""

from __future__ import annotations

import time
from collections import deque
from collections.abc import Callable
from datetime import timedelta

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from examdesk.services import inspection, inzage_sessions
from examdesk.services.actors import SignedIn
from examdesk.services.inspection import CandidateWork, InzageSession
from examdesk.services.station import Station
from examdesk.ui import errors
from examdesk.ui.formats import clock_text
from examdesk.ui.review.proces_verbaal_pane import BesideTheWork, ProcesVerbaalPane
from examdesk.ui.style import fixed_font
from examdesk.ui.tasks import run_task
from examdesk.ui.widgets.common import InlineError, Retranslating, heading, paragraph, plain, primary

COUNTDOWN_POINT_SIZE = 40
TICK_MS = 250
WARN_BELOW = timedelta(minutes=2)


class InzageSessionPage(Retranslating, QWidget):
    """The inzage itself: header, countdown (when the exam sets a limit), the viewer, and "End inzage"."""

    ended = Signal(str)  # the end reason: inspection.END_CLOSED or END_TIME_UP
    recorded = Signal(str)  # the kind of event just recorded (tests wait for it)

    def __init__(
        self,
        station: Station,
        actor: SignedIn,
        *,
        monotonic: Callable[[], float] = time.monotonic,
        time_limit: timedelta | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("inzageSessionPage")
        self.station = station
        self.actor = actor
        self.monotonic = monotonic
        self.time_limit_override = time_limit
        self.session: InzageSession | None = None
        self.work: CandidateWork | None = None
        self.viewer: QWidget | None = None
        self._started_at = 0.0
        self._limit: timedelta | None = None
        self._ending = False
        self._end_reason: str | None = None
        # R-INZ-4: what this inzage has recorded (kind, item), and the records still to write, in order.
        self._seen: set[tuple[str, str]] = set()
        self._queue: deque[tuple[tuple[str, str], Callable[[], object]]] = deque()
        self._writing = False

        self.title = heading(2)
        self.facts = paragraph(muted=True)
        self.rules_text = paragraph()
        self.rules_text.setObjectName("inzageRules")

        self.countdown_box = QFrame()
        self.countdown_box.setObjectName("nowBox")
        self.countdown_caption = plain(QLabel())
        self.countdown_caption.setProperty("muted", "true")
        self.countdown = plain(QLabel())
        self.countdown.setObjectName("inzageCountdown")
        self.countdown.setFont(fixed_font(COUNTDOWN_POINT_SIZE))
        self.countdown.setAlignment(Qt.AlignmentFlag.AlignCenter)
        box = QVBoxLayout(self.countdown_box)
        box.setContentsMargins(16, 8, 16, 8)
        box.setSpacing(2)
        box.addWidget(self.countdown_caption, 0, Qt.AlignmentFlag.AlignHCenter)
        box.addWidget(self.countdown)

        self.end_button = primary(QPushButton())
        self.end_button.setObjectName("endInzageButton")
        self.end_button.clicked.connect(lambda: self.finish(inspection.END_CLOSED))
        self.error = InlineError()

        header = QHBoxLayout()
        text = QVBoxLayout()
        text.setSpacing(4)
        text.addWidget(self.title)
        text.addWidget(self.facts)
        text.addWidget(self.rules_text)
        header.addLayout(text, 1)
        # R-PV-5: the candidate's part of the proces-verbaal beside the work.
        self.pv_pane = ProcesVerbaalPane(station, actor)
        self.pv_pane.shown_for.connect(self._proces_verbaal_shown)
        self.work_box = QWidget()
        self.body = QVBoxLayout(self.work_box)
        self.body.setContentsMargins(0, 0, 0, 0)
        self.beside = BesideTheWork(self.work_box, self.pv_pane, self)
        buttons = QVBoxLayout()
        buttons.setSpacing(8)
        # R-VOV-4: a VOV about the content of the exam, made during the inzage.
        self.vov_button = QPushButton()
        self.vov_button.setObjectName("inzageVovButton")
        self.vov_button.clicked.connect(self.open_vov)
        buttons.addWidget(self.end_button)
        buttons.addWidget(self.beside.button)
        buttons.addWidget(self.vov_button)
        buttons.addStretch(1)
        header.addWidget(self.countdown_box, 0, Qt.AlignmentFlag.AlignTop)
        header.addLayout(buttons)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 14, 16, 10)
        layout.setSpacing(8)
        layout.addLayout(header)
        layout.addWidget(self.error)
        layout.addWidget(self.beside, 1)

        self.timer = QTimer(self)
        self.timer.setInterval(TICK_MS)
        self.timer.timeout.connect(self.tick)
        self.retranslate()

    # --- starting ---------------------------------------------------------------------------------------

    def begin(self, session: InzageSession, work: CandidateWork) -> None:
        """Show the started inzage's items in the read-only viewer and start the countdown."""
        from examdesk.ui.review.viewer import InspectionViewer, ViewerEntry

        self.session, self.work = session, work
        self._ending = False
        self._end_reason = None
        self._seen.clear()
        self._queue.clear()
        self.error.clear_error()
        self.beside.close_pane()
        # R-INZ-3: at a PE inzage the candidate looks on; the pane then only shows.
        self.pv_pane.set_work(work, candidate_present=session.wrong_only or work.rules.supervised)
        if self.viewer is not None:
            self.body.removeWidget(self.viewer)
            self.viewer.deleteLater()
        entries = [ViewerEntry(w.number, w.item, w.response, w.score) for w in session.items]
        viewer = InspectionViewer(entries, pe_mode=session.wrong_only, parent=self)
        viewer.setObjectName("inspectionViewer")
        viewer.itemOpened.connect(self._item_opened)
        viewer.keyShown.connect(lambda item_id: self._answer_shown(item_id, inspection.KEY))
        viewer.markingSchemeShown.connect(
            lambda item_id: self._answer_shown(item_id, inspection.MARKING_SCHEME)
        )
        self.viewer = viewer
        self.body.addWidget(viewer, 1)
        # A shorter limit can be injected (tests); an inzage without a limit (not PE) never gets one.
        limit = session.time_limit
        self._limit = self.time_limit_override or limit if limit is not None else None
        self._started_at = self.monotonic()
        self.countdown_box.setVisible(self._limit is not None)
        self.end_button.setEnabled(True)
        self.vov_button.setEnabled(True)
        self.retranslate()
        if self._limit is not None:
            self.timer.start()
            self.tick()
        viewer.setFocus()

    def open_vov(self) -> QWidget | None:
        """R-VOV-4: the VOV dialog, on the question shown."""
        from examdesk.ui.review.viewer import InspectionViewer
        from examdesk.ui.review.vov import InzageVovDialog

        if self.session is None or self._ending:
            return None
        viewer = self.viewer
        current = None
        if isinstance(viewer, InspectionViewer) and viewer.current >= 0:
            current = viewer.entries[viewer.current].number
        dialog = InzageVovDialog(self.station, self.actor, self.session.id, current, self)
        dialog.completed.connect(
            lambda event: self.error.show_text(
                lambda: QCoreApplication.translate(
                    "InzageSessionPage", "VOV {id} is recorded with this inzage."
                ).format(id=event.id)
            )
        )
        self.vov_dialog = dialog
        dialog.open()
        return dialog

    # --- the countdown ------------------------------------------------------------------------------------

    def remaining(self) -> timedelta | None:
        """R-INZ-3: the limit minus the time passed since the start on the monotonic clock."""
        if self._limit is None:
            return None
        return self._limit - timedelta(seconds=self.monotonic() - self._started_at)

    def tick(self) -> None:
        left = self.remaining()
        if left is None:
            return
        self.countdown.setText(clock_text(left))
        self.countdown.setAccessibleName(
            QCoreApplication.translate("InzageSessionPage", "Remaining time {time}").format(
                time=clock_text(left)
            )
        )
        warn = "broken" if left <= WARN_BELOW else ""
        if self.countdown.property("result") != warn:
            self.countdown.setProperty("result", warn)
            self.countdown.style().unpolish(self.countdown)
            self.countdown.style().polish(self.countdown)
        if left <= timedelta(0):
            self.finish(inspection.END_TIME_UP)  # R-INZ-3: the inzage closes by itself

    # --- recording ------------------------------------------------------------------------------------------

    def _record(self, kind: str, item_id: str, work: Callable[[], object], *, once: bool = True) -> None:
        """Record ``kind`` for ``item_id`` (once per inzage unless ``once`` is false: R-INZ-9 logs every sight
        of the key), after what is already waiting (R-INZ-4)."""
        if self.session is None or self._ending or (once and (kind, item_id) in self._seen):
            return
        if once:
            self._seen.add((kind, item_id))
        self._queue.append(((kind, item_id), work))
        self._write_next()

    def _write_next(self) -> None:
        if self._writing:
            return
        if not self._queue:
            if self._end_reason is not None:
                self._write_end(self._end_reason)
            return
        key, work = self._queue.popleft()
        self._writing = True
        run_task(self, work, lambda _: self._written(key), lambda error: self._write_failed(key, error))

    def _written(self, key: tuple[str, str]) -> None:
        self._writing = False
        self.recorded.emit(key[0])
        self._write_next()

    def _write_failed(self, key: tuple[str, str], error: BaseException) -> None:
        self._writing = False
        self._seen.discard(key)  # not in the log: shown again, it is tried again
        self._failed(error)
        self._write_next()

    def _item_opened(self, item_id: str) -> None:
        if self.session is None:
            return
        station, actor, inzage_id = self.station, self.actor, self.session.id
        self._record(
            "item_opened",
            item_id,
            lambda: inzage_sessions.record_item_opened(station, actor, inzage_id, item_id),
        )

    def _answer_shown(self, item_id: str, what: str) -> None:
        if self.session is None:
            return
        station, actor, inzage_id = self.station, self.actor, self.session.id
        # R-INZ-9: every time the key or marking scheme comes into view is logged.
        self._record(
            what,
            item_id,
            lambda: inzage_sessions.record_answer_shown(station, actor, inzage_id, item_id, what),
            once=False,
        )

    def _proces_verbaal_shown(self, _session_id: str) -> None:
        """R-PV-5: the proces-verbaal was looked at during this inzage (once in the log)."""
        if self.session is None:
            return
        station, actor, inzage_id = self.station, self.actor, self.session.id
        self._record(
            "proces_verbaal",
            "",
            lambda: inzage_sessions.record_proces_verbaal_shown(station, actor, inzage_id),
        )

    def finish(self, reason: str) -> None:
        """End the inzage (closed by the examensecretaris, or time up) and record it, after the records of
        what was shown before."""
        if self.session is None or self._ending:
            return
        self._ending = True
        self._end_reason = reason
        self.timer.stop()
        self.end_button.setEnabled(False)
        self.vov_button.setEnabled(False)
        if self.viewer is not None:
            self.viewer.setEnabled(False)  # nothing more is opened once the time is up
        self.beside.close_pane()
        self._write_next()

    def _write_end(self, reason: str) -> None:
        assert self.session is not None
        self._end_reason = None
        self._writing = True
        station, actor, inzage_id = self.station, self.actor, self.session.id
        run_task(
            self,
            lambda: inzage_sessions.end_inzage(station, actor, inzage_id, reason=reason),
            lambda _: self._ended(reason),
            self._end_failed,
            label=QCoreApplication.translate("InzageSessionPage", "Ending the inzage…"),
        )

    def _ended(self, reason: str) -> None:
        self._writing = False
        self.pv_pane.set_work(None, candidate_present=False)
        if self.viewer is not None:
            self.body.removeWidget(self.viewer)
            self.viewer.deleteLater()
            self.viewer = None
        self.session = None
        self.ended.emit(reason)

    def _end_failed(self, error: BaseException) -> None:
        self._writing = False
        self._ending = False
        self.end_button.setEnabled(True)
        self._failed(error)

    def _failed(self, error: BaseException) -> None:
        self.error.show_text(lambda: errors.describe(error))

    # --- texts ------------------------------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.countdown_caption.setText(QCoreApplication.translate("InzageSessionPage", "Remaining time"))
        self.end_button.setText(QCoreApplication.translate("InzageSessionPage", "End inzage"))
        self.end_button.setAccessibleName(self.end_button.text())
        self.vov_button.setText(QCoreApplication.translate("InzageSessionPage", "VOV…"))
        self.vov_button.setAccessibleName(
            QCoreApplication.translate("InzageSessionPage", "VOV about the content of the exam")
        )
        work, session = self.work, self.session
        if work is None or session is None:
            return
        candidate = work.candidate
        self.title.setText(
            QCoreApplication.translate("InzageSessionPage", "Inzage: {name} ({number})").format(
                name=candidate.name, number=candidate.number
            )
        )
        self.facts.setText(
            QCoreApplication.translate(
                "InzageSessionPage", "{exam}, variant {variant}, afnamegroep {group}"
            ).format(exam=work.group.exam_title, variant=candidate.variant or "", group=work.group.code)
        )
        if session.wrong_only:
            rules = QCoreApplication.translate(
                "InzageSessionPage",
                "PE inzage: only the {count} wrongly answered questions, each with its correct answer; no "
                "explanation beyond the key. Nothing can be changed, printed or exported. The inzage ends by "
                "itself when the time is up.",
            ).format(count=len(session.items))
        else:
            rules = QCoreApplication.translate(
                "InzageSessionPage",
                "Every question with the candidate's answer and score. 'Answer key' on closed questions, "
                "'Marking scheme' on open ones. Nothing can be changed.",
            )
        self.rules_text.setText(rules)
        if self._limit is not None:
            self.tick()
