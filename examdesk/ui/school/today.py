"""The school's "Today" page (issue 18, R-NET-3): every other station's sessions of one day, read again every
few seconds in the background, from the school server and from imported transfer files.

Nothing here waits on the server in the GUI thread: each reading runs through ``ui.tasks``. When a reading
fails (the server cannot be reached) the sentence stands above the table, and the table keeps the rows of
the last reading that worked, with its time.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QDate, QTimer, Signal
from PySide6.QtGui import QHideEvent, QKeySequence, QShowEvent
from PySide6.QtWidgets import QDateEdit, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from examdesk.core.text import Message
from examdesk.services import school_today, school_view
from examdesk.services.actors import SignedIn
from examdesk.services.school_view import RemoteSession
from examdesk.services.station import Station
from examdesk.ui import errors
from examdesk.ui.formats import AMSTERDAM, date_text
from examdesk.ui.models.school_sessions import REMOTE_SESSION_ROLE, SchoolColumn, SchoolSessionModel, notes
from examdesk.ui.tasks import run_task
from examdesk.ui.widgets.common import Retranslating, heading, local_action, paragraph, plain, primary
from examdesk.ui.widgets.message_bar import MessageBar
from examdesk.ui.widgets.tables import FittedTable

REFRESH_MS = 5_000


@dataclass(frozen=True)
class Reading:
    """One reading of the school's sessions: the day asked for, what was found, and when."""

    day: dt.date
    sessions: list[RemoteSession]
    at: dt.datetime
    problem: Message | None = None  # the school server could not be read (the imported sessions were)


def _keys(text: str) -> str:
    return QKeySequence(text).toString(QKeySequence.SequenceFormat.NativeText)


class TodayPage(Retranslating, QWidget):
    """Every station's sessions of the chosen day (today unless another is chosen); Enter opens one."""

    loaded = Signal()  # after a reading that worked
    failed = Signal()  # after a reading that did not
    open_requested = Signal(object)  # the RemoteSession to show the proces-verbaal of

    def __init__(
        self,
        station: Station,
        actor: SignedIn,
        parent: QWidget | None = None,
        *,
        refresh_ms: int = REFRESH_MS,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("workspaceContent")
        self.station = station
        self.actor = actor
        self.reading: Reading | None = None
        self._loading = False
        self._again = False

        self.title = heading(2)
        self.intro = paragraph(muted=True)
        self.day_label = QLabel()
        self.day_edit = QDateEdit()
        self.day_edit.setObjectName("schoolDay")
        self.day_edit.setCalendarPopup(True)
        self.day_edit.setDisplayFormat("yyyy-MM-dd")
        self.day_label.setBuddy(self.day_edit)
        self.today_button = QPushButton()
        self.today_button.setObjectName("schoolTodayButton")
        self.today_button.clicked.connect(self.show_today)
        self.updated_label = plain(QLabel())
        self.updated_label.setObjectName("schoolUpdated")
        self.updated_label.setProperty("muted", "true")
        self.message = MessageBar()
        self.message.setObjectName("schoolMessage")
        self.model = SchoolSessionModel(self)
        # The room and the counts are never cut short; the exam's title gives way first (its tooltip has it).
        self.table = FittedTable(
            self.model,
            SchoolColumn.EXAM,
            {SchoolColumn.EXAM: 14, SchoolColumn.STATION: 24, SchoolColumn.NOTES: 14},
        )
        self.table.setObjectName("schoolSessions")
        # Enter, and a double click (a style that also activates on it opens the same row once: see the workspace).
        self.table.activated.connect(lambda _index: self.open_selected())
        self.table.doubleClicked.connect(lambda _index: self.open_selected())
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.empty_label = paragraph(muted=True)
        self.empty_label.setObjectName("schoolEmpty")
        self.empty_label.hide()
        self.open_button = primary(QPushButton())
        self.open_button.setObjectName("openRemoteProcesVerbaal")
        self.open_button.clicked.connect(self.open_selected)
        self.refresh_button = QPushButton()
        self.refresh_button.setObjectName("schoolRefresh")
        self.refresh_action = local_action(self, "F5", self.refresh)
        self.refresh_button.clicked.connect(self.refresh_action.trigger)
        self.pv_action = local_action(self, "Ctrl+P", self.open_selected)

        day_row = QHBoxLayout()
        day_row.setSpacing(10)
        day_row.addWidget(self.day_label)
        day_row.addWidget(self.day_edit)
        day_row.addWidget(self.today_button)
        day_row.addSpacing(12)
        day_row.addWidget(self.updated_label, 1)
        buttons = QHBoxLayout()
        buttons.setSpacing(10)
        buttons.addWidget(self.open_button)
        buttons.addStretch(1)
        buttons.addWidget(self.refresh_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 14, 16, 12)
        layout.setSpacing(8)
        layout.addWidget(self.title)
        layout.addWidget(self.intro)
        layout.addLayout(day_row)
        layout.addWidget(self.message)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty_label)
        layout.addLayout(buttons)

        self.timer = QTimer(self)
        self.timer.setObjectName("schoolRefreshTimer")
        self.timer.setInterval(refresh_ms)
        self.timer.timeout.connect(self._tick)
        self.set_day(school_today.today(station))
        self.day_edit.dateChanged.connect(lambda _date: self.refresh())
        self.retranslate()
        self._update_buttons()

    # --- the day -----------------------------------------------------------------------------------------

    def day(self) -> dt.date:
        chosen = self.day_edit.date()
        return dt.date(chosen.year(), chosen.month(), chosen.day())

    def set_day(self, day: dt.date) -> None:
        self.day_edit.setDate(QDate(day.year, day.month, day.day))

    def show_today(self) -> None:
        self.set_day(school_today.today(self.station))
        self.table.setFocus()

    # --- reading -------------------------------------------------------------------------------------------

    def refresh(self) -> None:
        """Read the sessions again, off the GUI thread (a reading already under way is followed by one more)."""
        if self._loading:
            self._again = True
            return
        self._loading = True
        station, actor, day = self.station, self.actor, self.day()

        def read() -> Reading:
            problems: list[Message] = []
            found = school_view.school_sessions(station, actor, on=day, problems=problems)
            return Reading(day, found, station.clock.read().wall, problems[0] if problems else None)

        run_task(self, read, self._show, self._failed, on_finished=self._done, show_progress=False)

    def _tick(self) -> None:
        """The timer's reading: skipped while one is still under way (a server that does not answer takes
        seconds to say so), so that a slow server is not asked again and again."""
        if not self._loading:
            self.refresh()

    def _done(self) -> None:
        self._loading = False
        if self._again:
            self._again = False
            self.refresh()

    def _show(self, reading: Reading) -> None:
        if reading.day != self.day():
            self._again = True  # the day was changed while this one was read
            return
        if reading.problem is not None and (
            (self.reading is not None and self.reading.day == reading.day) or not reading.sessions
        ):
            # The server is away: keep what was read from it before; say why the table is not fresh.
            self._failed(school_view.Unreachable(reading.problem))
            return
        chosen = self.selected()
        if (
            self.reading is None
            or reading.sessions != self.reading.sessions
            or reading.day != self.reading.day
        ):
            # Notes (a broken chain, a transfer file) get their column only when there is something to say.
            self.table.setColumnHidden(SchoolColumn.NOTES, not any(notes(s) for s in reading.sessions))
            self.model.set_rows(reading.sessions)
            row = self.model.row_of(chosen.station_id, chosen.session_id) if chosen is not None else None
            if reading.sessions:
                self.table.selectRow(row if row is not None else 0)
        self.reading = reading
        if reading.problem is not None:  # nothing read before: the imported sessions, and why not more
            self._failed(school_view.Unreachable(reading.problem))
            return
        self.message.clear_error()
        self._retranslate_reading()
        self._update_buttons()
        self.loaded.emit()

    def _failed(self, error: BaseException) -> None:
        """The sentence above the table; the rows of the last reading that worked stay (with their time)."""
        self.message.show_refusal(lambda: self._failure_text(error))
        self._retranslate_reading()
        self.failed.emit()

    def _failure_text(self, error: BaseException) -> str:
        sentence = errors.describe(error).rstrip()
        if self.reading is None or not self.reading.sessions:
            return sentence
        if not sentence.endswith((".", "!", "?")):
            sentence += "."  # the driver's reason ends the server's sentence without a full stop
        return QCoreApplication.translate(
            "TodayPage", "{problem} The table shows what was known at {time}."
        ).format(problem=sentence, time=self._time(self.reading.at))

    @staticmethod
    def _time(moment: dt.datetime) -> str:
        return moment.astimezone(AMSTERDAM).strftime("%H:%M:%S")

    # --- choosing ------------------------------------------------------------------------------------------

    def selected(self) -> RemoteSession | None:
        rows = self.table.selectionModel().selectedRows()
        found: RemoteSession | None = rows[0].data(REMOTE_SESSION_ROLE) if rows else None
        return found

    def open_selected(self) -> None:
        chosen = self.selected()
        if chosen is not None:
            self.open_requested.emit(chosen)

    def _update_buttons(self) -> None:
        chosen = self.selected() is not None
        self.open_button.setEnabled(chosen)
        self.pv_action.setEnabled(chosen)

    # --- Qt ------------------------------------------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        self.timer.start()
        self.refresh()

    def hideEvent(self, event: QHideEvent) -> None:  # noqa: N802 - Qt's name
        super().hideEvent(event)
        self.timer.stop()

    def _retranslate_reading(self) -> None:
        reading = self.reading
        if reading is None:  # nothing read yet: being read, or the failure above says why not
            self.updated_label.setText(
                "" if self.message.is_refusal() else QCoreApplication.translate("TodayPage", "Reading…")
            )
        else:
            self.updated_label.setText(
                QCoreApplication.translate(
                    "TodayPage", "Read at {time}; read again every few seconds"
                ).format(time=self._time(reading.at))
            )
        self.updated_label.setAccessibleName(self.updated_label.text())
        empty = reading is not None and not reading.sessions
        self.empty_label.setVisible(empty)
        if empty:
            assert reading is not None
            self.empty_label.setText(
                QCoreApplication.translate(
                    "TodayPage",
                    "No sessions of other stations on {date}: nothing has been copied to the school server for "
                    "that day, and no transfer file of it was imported.",
                ).format(date=date_text(reading.day))
            )

    def retranslate(self) -> None:
        self.title.setText(QCoreApplication.translate("TodayPage", "Today at the school"))
        self.intro.setText(
            QCoreApplication.translate(
                "TodayPage",
                "Every station's sessions of the day, as copied to the school server or imported from a transfer "
                "file. Enter opens the proces-verbaal of the chosen session, read-only.",
            )
        )
        self.day_label.setText(QCoreApplication.translate("TodayPage", "&Day"))
        self.day_edit.setAccessibleName(QCoreApplication.translate("TodayPage", "Day"))
        self.today_button.setText(QCoreApplication.translate("TodayPage", "Today"))
        self.today_button.setAccessibleName(self.today_button.text())
        self.open_button.setText(
            QCoreApplication.translate("TodayPage", "Open proces-verbaal ({keys})").format(
                keys=_keys("Enter")
            )
        )
        self.open_button.setAccessibleName(QCoreApplication.translate("TodayPage", "Open proces-verbaal"))
        self.refresh_button.setText(
            QCoreApplication.translate("TodayPage", "Read again ({keys})").format(keys=_keys("F5"))
        )
        self.refresh_button.setAccessibleName(QCoreApplication.translate("TodayPage", "Read again"))
        self.table.setAccessibleName(QCoreApplication.translate("TodayPage", "Sessions of every station"))
        self.model.retranslate()
        self._retranslate_reading()
