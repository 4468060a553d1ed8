"""The "Today" workspace (issue 18, R-NET-3): for the examensecretaris of a school with a school server (or
with sessions imported from transfer files), every station's sessions of the day, and the proces-verbaal of
any of them, read-only, as it was copied (R-PV-5). Alt+Left goes back from the proces-verbaal to the list."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QFrame, QScrollArea, QStackedWidget, QVBoxLayout, QWidget

from examdesk.services import school_view
from examdesk.services.actors import SignedIn
from examdesk.services.school_view import RemoteSession
from examdesk.services.station import Station
from examdesk.ui.proces_verbaal.view import ProcesVerbaalView
from examdesk.ui.school.today import REFRESH_MS, TodayPage
from examdesk.ui.widgets.common import Retranslating


def title() -> str:
    return QCoreApplication.translate("SchoolWorkspace", "Today")


class SchoolWorkspace(Retranslating, QWidget):
    """The day's sessions of every station; a chosen one's proces-verbaal in its place, with a way back."""

    proces_verbaal_opened = Signal(object)  # the ProcesVerbaalView

    def __init__(
        self,
        station: Station,
        actor: SignedIn,
        parent: QWidget | None = None,
        *,
        refresh_ms: int = REFRESH_MS,
    ) -> None:
        super().__init__(parent)
        self.station = station
        self.actor = actor
        self.today = TodayPage(station, actor, refresh_ms=refresh_ms)
        self.today.open_requested.connect(self.open_session)
        self.proces_verbaal: ProcesVerbaalView | None = None
        self._shown_station = ""
        self._holder: QScrollArea | None = None
        self.pages = QStackedWidget(self)
        self.pages.addWidget(self.today)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.pages)
        self.retranslate()

    def open_session(self, chosen: RemoteSession) -> ProcesVerbaalView:
        """Show ``chosen``'s proces-verbaal as the school server (or its transfer file) holds it, read-only."""
        station, actor = self.station, self.actor
        station_id, session_id = chosen.station_id, chosen.session_id
        shown = self.proces_verbaal
        if shown is not None and shown.session_id == session_id and self._shown_station == station_id:
            return shown  # asked twice for the same (a double click that also activates the row)
        self._drop_proces_verbaal()
        self._shown_station = station_id
        view = ProcesVerbaalView(
            station,
            actor,
            session_id,
            loader=lambda: school_view.remote_proces_verbaal(station, actor, station_id, session_id),
        )
        view.setObjectName("remoteProcesVerbaal")
        view.back_requested.connect(self.show_today)
        self.proces_verbaal = view
        # Below the workspace tabs a 1366×768 laptop has less height than the proces-verbaal needs at least:
        # it scrolls as a whole rather than have its timeline and legend drawn over each other.
        holder = QScrollArea()
        holder.setObjectName("remoteProcesVerbaalScroll")
        holder.setWidgetResizable(True)
        holder.setFrameShape(QFrame.Shape.NoFrame)
        holder.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        holder.setWidget(view)
        # The page's own background, not the panel's (setWidget has the view fill its background itself).
        holder.viewport().setAutoFillBackground(False)
        view.setAutoFillBackground(False)
        self._holder = holder
        self.pages.addWidget(holder)
        self.pages.setCurrentWidget(holder)
        view.table.setFocus()
        self.proces_verbaal_opened.emit(view)
        return view

    def show_today(self) -> None:
        self.pages.setCurrentWidget(self.today)
        self._drop_proces_verbaal()
        self.today.table.setFocus()

    def _drop_proces_verbaal(self) -> None:
        view, self.proces_verbaal = self.proces_verbaal, None
        holder, self._holder = self._holder, None
        if view is not None:
            view.stop()
        if holder is not None:
            self.pages.removeWidget(holder)
            holder.deleteLater()

    def retranslate(self) -> None:
        self.setAccessibleName(title())
