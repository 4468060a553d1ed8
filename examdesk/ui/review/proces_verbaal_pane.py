"""The proces-verbaal beside the work (R-PV-5): the candidate's part of the session's proces-verbaal in a pane
next to their afname or their running inzage, opened and closed with Ctrl+P (as on the dashboard).

It is the proctor's ``ProcesVerbaalView`` with the candidate preset: their timeline lane and what was
recorded about them or about the whole group. Beside the work the candidate filter is gone, so no other
candidate's part can be chosen. When the candidate looks at the screen with the examensecretaris (a PE
inzage, R-INZ-3), the pane only shows: no addendum can be started from it.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from examdesk.services import school_view
from examdesk.services.actors import SignedIn
from examdesk.services.inspection import CandidateWork
from examdesk.services.school_view import RemoteSitting
from examdesk.services.station import Station
from examdesk.ui.proces_verbaal.view import ProcesVerbaalView
from examdesk.ui.widgets.common import Retranslating, heading, paragraph

TOGGLE_KEYS = "Ctrl+P"
PANE_SHARE = 0.45  # of the page's width, when the pane opens


def toggle_keys_text() -> str:
    return QKeySequence(TOGGLE_KEYS).toString(QKeySequence.SequenceFormat.NativeText)


class ProcesVerbaalPane(Retranslating, QFrame):
    """R-PV-5: one candidate's part of their session's proces-verbaal, read-only when they look on."""

    shown_for = Signal(str)  # the session id, each time the pane opens on a proces-verbaal
    closed = Signal()
    loaded = Signal()  # the proces-verbaal is read (again)

    def __init__(self, station: Station, actor: SignedIn, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("procesVerbaalPane")
        self.station = station
        self.actor = actor
        self.work: CandidateWork | None = None
        self.candidate_present = False
        self.view: ProcesVerbaalView | None = None

        self.title = heading(3, self)
        self.title.setObjectName("pvPaneTitle")
        self.title.setWordWrap(True)
        self.close_button = QPushButton(self)
        self.close_button.setObjectName("pvPaneClose")
        self.close_button.clicked.connect(self.closed)
        self.note = paragraph(self, muted=True)
        self.note.setObjectName("pvPaneNote")
        self.absent = paragraph(self)
        self.absent.setObjectName("pvPaneAbsent")
        self.absent.hide()
        # R-PV-5 via R-NET-3/4: the sitting was held on another station; its proces-verbaal is a copy.
        self.remote = paragraph(self)
        self.remote.setObjectName("pvPaneRemote")
        self.remote.hide()
        top = QHBoxLayout()
        top.setSpacing(8)
        top.addWidget(self.title, 1)
        top.addWidget(self.close_button, 0, Qt.AlignmentFlag.AlignTop)
        # The proces-verbaal scrolls inside the pane when the pane is narrower than the view can be (large
        # print, a long name): the splitter, not the proces-verbaal, decides how the room is shared.
        self.view_scroll = QScrollArea(self)
        self.view_scroll.setObjectName("pvPaneScroll")
        self.view_scroll.setWidgetResizable(True)
        self.view_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.view_scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.view_scroll.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addLayout(top)
        layout.addWidget(self.note)
        layout.addWidget(self.absent)
        layout.addWidget(self.remote)
        layout.addWidget(self.view_scroll, 1)
        self.retranslate()

    @property
    def remote_sitting(self) -> RemoteSitting | None:
        """The sitting on another station, when the result's was not held on this one."""
        work = self.work
        if work is None or work.proces_verbaal_session is not None:
            return None
        return work.remote_sitting

    @property
    def session_id(self) -> str | None:
        if self.work is None:
            return None
        remote = self.remote_sitting
        return remote.session_id if remote is not None else self.work.proces_verbaal_session

    def set_work(self, work: CandidateWork | None, *, candidate_present: bool) -> None:
        """The candidate whose part to show; the view itself is made when the pane first opens."""
        same = (
            work is not None
            and self.work is not None
            and work.candidate.candidate_id == self.work.candidate.candidate_id
            and work.proces_verbaal_session == self.work.proces_verbaal_session
            and work.remote_sitting == self.work.remote_sitting
            and candidate_present == self.candidate_present
        )
        self.work, self.candidate_present = work, candidate_present
        if not same:
            self._drop_view()
        if self.isVisible():
            self._ensure_view()
        self.retranslate()

    def _drop_view(self) -> None:
        if self.view is not None:
            self.view.stop()
            self.view_scroll.takeWidget()
            self.view_scroll.hide()
            self.view.deleteLater()
            self.view = None

    def _ensure_view(self) -> None:
        session_id = self.session_id
        remote = self.remote_sitting
        self.absent.setVisible(session_id is None)
        self.remote.setVisible(remote is not None)
        if self.view is not None or session_id is None or self.work is None:
            return
        if remote is None:
            view = ProcesVerbaalView(
                self.station, self.actor, session_id, self, candidate_id=self.work.candidate.candidate_id
            )
        else:
            station, actor = self.station, self.actor
            view = ProcesVerbaalView(
                station,
                actor,
                remote.session_id,
                self,
                candidate_id=remote.origin_candidate_id,  # the candidate as that station knows them
                loader=lambda: school_view.remote_proces_verbaal(
                    station, actor, remote.station_id, remote.session_id
                ),
            )
        view.setObjectName("inzageProcesVerbaal")
        view.loaded.connect(self.loaded)
        # Beside the work: this candidate's part only, no other candidate to choose (R-PV-5).
        view.candidate_combo.hide()
        if self.candidate_present or remote is not None:
            # R-INZ-3: the candidate looks on; the pane only shows, it starts no addendum (R-PV-4). Nor does
            # a copy of another station's proces-verbaal: an addendum is recorded on that station.
            view.addendum_button.hide()
            view.addendum_action.setEnabled(False)
        view.narrow()
        margins = view.layout()
        if margins is not None:
            margins.setContentsMargins(0, 6, 8, 0)  # the pane has its own; room for the scroll bar
        self.view = view
        self.view_scroll.setWidget(view)
        self.view_scroll.show()

    def open(self) -> None:
        """Show the pane (its host makes room) and say so when it shows a proces-verbaal."""
        self.show()
        self._ensure_view()
        if self.view is not None:
            self.view.table.setFocus()
            self.shown_for.emit(self.view.session_id)
        else:
            self.close_button.setFocus()

    def retranslate(self) -> None:
        self.close_button.setText(
            QCoreApplication.translate("ProcesVerbaalPane", "Hide ({keys})").format(keys=toggle_keys_text())
        )
        self.close_button.setAccessibleName(
            QCoreApplication.translate("ProcesVerbaalPane", "Hide the proces-verbaal")
        )
        work = self.work
        name = work.candidate.name if work is not None else ""
        self.title.setText(
            QCoreApplication.translate("ProcesVerbaalPane", "Proces-verbaal: the part of {name}").format(
                name=name
            )
        )
        self.title.setAccessibleName(self.title.text())
        if self.candidate_present:
            note = QCoreApplication.translate(
                "ProcesVerbaalPane",
                "What was recorded about the candidate and about the whole group during their session. "
                "Read-only: the candidate looks on.",
            )
        else:
            note = QCoreApplication.translate(
                "ProcesVerbaalPane",
                "What was recorded about the candidate and about the whole group during their session.",
            )
        self.note.setText(note)
        group = work.group.code if work is not None else ""
        self.absent.setText(
            QCoreApplication.translate(
                "ProcesVerbaalPane",
                "The session of afnamegroep {group} in which this result was made is not known on this "
                "station, so its proces-verbaal is not shown here. Ask the school where the exam was taken "
                "for it.",
            ).format(group=group)
        )
        remote = self.remote_sitting
        self.remote.setText(
            QCoreApplication.translate(
                "ProcesVerbaalPane",
                "This session was held on station {station}: what is shown is a read-only copy of its "
                "proces-verbaal.",
            ).format(station=remote.station_name if remote is not None else "")
        )


class BesideTheWork(Retranslating, QSplitter):
    """The work on the left, the proces-verbaal pane on the right; ``button`` and Ctrl+P on the host page
    open and close the pane."""

    def __init__(self, work: QWidget, pane: ProcesVerbaalPane, host: QWidget) -> None:
        super().__init__(Qt.Orientation.Horizontal)
        self.setObjectName("besideTheWork")
        self.setChildrenCollapsible(False)
        self.pane = pane
        self.work = work
        self.addWidget(work)
        self.addWidget(pane)
        self.setStretchFactor(0, 3)
        self.setStretchFactor(1, 2)
        pane.hide()
        pane.closed.connect(self.close_pane)
        # Once the person drags the handle, the pane keeps the width they gave it.
        self._user_sized = False
        self.splitterMoved.connect(lambda _pos, _index: setattr(self, "_user_sized", True))
        pane.loaded.connect(self._share)  # the read proces-verbaal asks for more room than the empty pane
        self.button = QPushButton()
        self.button.setObjectName("procesVerbaalButton")
        self.button.setCheckable(True)
        self.button.setAutoDefault(False)
        self.button.clicked.connect(lambda _checked=False: self.toggle())
        self.toggle_action = QAction(host)
        self.toggle_action.setShortcut(QKeySequence(TOGGLE_KEYS))
        self.toggle_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.toggle_action.triggered.connect(lambda _checked=False: self.toggle())
        host.addAction(self.toggle_action)
        self.retranslate()

    def is_open(self) -> bool:
        return not self.pane.isHidden()

    def toggle(self) -> None:
        if self.is_open():
            self.close_pane()
        else:
            self.open_pane()

    def open_pane(self) -> None:
        if self.pane.work is None:
            self.button.setChecked(False)
            return
        self.pane.open()
        self._share()
        # The splitter sizes a child that appears once the events are handled: share the room after that.
        QTimer.singleShot(0, self._share)
        self.button.setChecked(True)
        # Issue 16 #10: the pane's own "Hide (Ctrl+P)" stands for the toggle while it is open; never both.
        self.button.hide()

    def _share(self) -> None:
        if self.is_open() and not self._user_sized:
            total = max(self.width(), 600)
            pane_width = int(total * PANE_SHARE)
            self.setSizes([total - pane_width, pane_width])

    def close_pane(self) -> None:
        self.button.setChecked(False)
        self.button.show()
        if not self.is_open():
            return
        self.pane.hide()
        self.work.setFocus()

    def retranslate(self) -> None:
        self.button.setText(
            QCoreApplication.translate("ProcesVerbaalPane", "Proces-verbaal ({keys})").format(
                keys=toggle_keys_text()
            )
        )
        self.button.setAccessibleName(
            QCoreApplication.translate("ProcesVerbaalPane", "Proces-verbaal beside the work")
        )
        self.button.setToolTip(
            QCoreApplication.translate(
                "ProcesVerbaalPane", "Show or hide the candidate's part of the proces-verbaal ({keys})"
            ).format(keys=toggle_keys_text())
        )
