"""The appointment book of the Review workspace (R-INZ-6): today's appointments, where a PE inzage starts, and
every other; a request booked from a group's results; cancel (by the candidate), lapse and no-show."""

from __future__ import annotations

import datetime as dt
from enum import IntEnum
from typing import ClassVar

from PySide6.QtCore import QCoreApplication, QDate, QTime, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QHBoxLayout,
    QPushButton,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from examdesk import i18n
from examdesk.core.appointments import STATE_WORDS, AppointmentState
from examdesk.core.text import QT_TRANSLATE_NOOP, Text
from examdesk.services import appointments, inspection
from examdesk.services.actors import SignedIn
from examdesk.services.appointments import Appointment
from examdesk.services.inspection import CandidateResult
from examdesk.services.station import Station
from examdesk.ui import errors
from examdesk.ui.dialogs.accounts import ServiceDialog
from examdesk.ui.formats import date_text
from examdesk.ui.models.base import RowTableModel
from examdesk.ui.tasks import run_task
from examdesk.ui.widgets.common import InlineError, Retranslating, heading, paragraph, primary
from examdesk.ui.widgets.tables import FittedTable


class AppointmentColumn(IntEnum):
    DATE = 0
    TIME = 1
    CANDIDATE = 2
    GROUP = 3
    REQUESTED = 4
    STATE = 5


class AppointmentModel(RowTableModel[Appointment]):
    """R-INZ-6: requested on, date, time, state."""

    COLUMNS: ClassVar[type[IntEnum]] = AppointmentColumn
    HEADERS: ClassVar[dict[int, Text]] = {
        AppointmentColumn.DATE: QT_TRANSLATE_NOOP("AppointmentModel", "Date"),
        AppointmentColumn.TIME: QT_TRANSLATE_NOOP("AppointmentModel", "Time"),
        AppointmentColumn.CANDIDATE: QT_TRANSLATE_NOOP("AppointmentModel", "Candidate"),
        AppointmentColumn.GROUP: QT_TRANSLATE_NOOP("AppointmentModel", "Afnamegroep"),
        AppointmentColumn.REQUESTED: QT_TRANSLATE_NOOP("AppointmentModel", "Requested on"),
        AppointmentColumn.STATE: QT_TRANSLATE_NOOP("AppointmentModel", "State"),
    }

    def display(self, item: Appointment, column: int) -> str:
        col = AppointmentColumn(column)
        if col is AppointmentColumn.DATE:
            return date_text(item.on)
        if col is AppointmentColumn.TIME:
            return item.at or "–"
        if col is AppointmentColumn.CANDIDATE:
            return f"{item.candidate_number} {item.candidate_name}"
        if col is AppointmentColumn.GROUP:
            return item.group_code
        if col is AppointmentColumn.REQUESTED:
            return date_text(item.requested_on)
        return i18n.render(STATE_WORDS[item.state])


class AppointmentsPage(Retranslating, QWidget):
    """The appointment book: today's appointments first (or all), with the acts on the selected one."""

    inzage_requested = Signal(int)  # the candidate id: open their afname (a PE inzage of today)
    loaded = Signal()

    def __init__(self, station: Station, actor: SignedIn, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("appointmentsPage")
        self.station = station
        self.actor = actor
        self.today: dt.date | None = None
        self.heading = heading(2)
        self.facts = paragraph(muted=True)
        self.message = InlineError()
        self.back_button = QPushButton()
        self.back_button.setObjectName("appointmentsBackButton")
        self.all_box = QCheckBox()
        self.all_box.setObjectName("allAppointmentsBox")
        self.all_box.toggled.connect(lambda _: self.reload())
        self.model = AppointmentModel(self)
        self.table = FittedTable(self.model, AppointmentColumn.CANDIDATE, {AppointmentColumn.CANDIDATE: 18})
        self.table.setObjectName("appointmentsTable")
        self.inzage_button = primary(QPushButton())
        self.inzage_button.setObjectName("appointmentInzageButton")
        self.cancel_button = QPushButton()
        self.cancel_button.setObjectName("cancelAppointmentButton")
        self.no_show_button = QPushButton()
        self.no_show_button.setObjectName("noShowButton")
        self.lapse_button = QPushButton()
        self.lapse_button.setObjectName("lapseButton")
        self.inzage_button.clicked.connect(self._inzage)
        self.cancel_button.clicked.connect(lambda: self._act(appointments.cancel))
        self.no_show_button.clicked.connect(lambda: self._act(appointments.record_no_show))
        self.lapse_button.clicked.connect(lambda: self._act(appointments.record_lapse))
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update())
        self.table.doubleClicked.connect(lambda _: self._inzage())
        top = QHBoxLayout()
        top.addWidget(self.back_button)
        top.addStretch(1)
        top.addWidget(self.all_box)
        acts = QHBoxLayout()
        for button in (self.inzage_button, self.cancel_button, self.no_show_button, self.lapse_button):
            acts.addWidget(button)
        acts.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 14, 16, 10)
        layout.setSpacing(8)
        layout.addLayout(top)
        for widget in (self.heading, self.facts, self.message):
            layout.addWidget(widget)
        layout.addLayout(acts)
        layout.addWidget(self.table, 1)
        self.retranslate()
        self._update()

    def selected(self) -> Appointment | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row(rows[0].row()) if rows else None

    def reload(self) -> None:
        station, actor, everything = self.station, self.actor, self.all_box.isChecked()

        def load() -> tuple[dt.date, list[Appointment]]:
            day = inspection.today(station)
            return day, appointments.appointments(station, actor, None if everything else day)

        run_task(self, load, lambda found: self._show(*found), self._failed)

    def _show(self, day: dt.date, found: list[Appointment]) -> None:
        self.today = day
        self.model.set_rows(found)
        if found:
            # The first appointment still booked is where the next inzage starts (R-INZ-6); held and lapsed
            # ones of today stand above it in the list.
            booked = (i for i, a in enumerate(found) if a.state is AppointmentState.BOOKED and a.on >= day)
            self.table.selectRow(next(booked, 0))
        self.retranslate()
        self._update()
        self.loaded.emit()

    def _failed(self, error: BaseException) -> None:
        self.message.show_text(lambda: errors.describe(error))

    def _update(self) -> None:
        chosen = self.selected()
        booked = chosen is not None and chosen.state is AppointmentState.BOOKED
        self.inzage_button.setEnabled(booked and chosen is not None and chosen.on == self.today)
        for button in (self.cancel_button, self.lapse_button):
            button.setEnabled(booked)
        self.no_show_button.setEnabled(
            booked and chosen is not None and self.today is not None and chosen.on <= self.today
        )

    def _inzage(self) -> None:
        chosen = self.selected()
        if chosen is not None and self.inzage_button.isEnabled():
            self.inzage_requested.emit(chosen.candidate_id)

    def _act(self, act: object) -> None:
        chosen = self.selected()
        if chosen is None:
            return
        station, actor, appointment_id = self.station, self.actor, chosen.id
        assert callable(act)
        self.message.clear_error()
        run_task(self, lambda: act(station, actor, appointment_id), lambda _: self.reload(), self._failed)

    def retranslate(self) -> None:
        self.back_button.setText(QCoreApplication.translate("AppointmentsPage", "← Afnamegroepen"))
        self.back_button.setAccessibleName(
            QCoreApplication.translate("AppointmentsPage", "Back to the afnamegroepen")
        )
        self.all_box.setText(QCoreApplication.translate("AppointmentsPage", "Show every day"))
        day = date_text(self.today) if self.today is not None else ""
        self.heading.setText(
            QCoreApplication.translate("AppointmentsPage", "Inzage appointments")
            if self.all_box.isChecked()
            else QCoreApplication.translate("AppointmentsPage", "Inzage appointments today, {day}").format(
                day=day
            )
        )
        self.facts.setText(
            QCoreApplication.translate(
                "AppointmentsPage",
                "A PE inzage is requested within 14 days after the result and held at the appointment. Select "
                "today's appointment and choose 'Inzage' to open the candidate's afname.",
            )
        )
        self.inzage_button.setText(QCoreApplication.translate("AppointmentsPage", "Inzage"))
        self.cancel_button.setText(
            QCoreApplication.translate("AppointmentsPage", "Cancelled by the candidate")
        )
        self.no_show_button.setText(QCoreApplication.translate("AppointmentsPage", "No-show"))
        self.lapse_button.setText(QCoreApplication.translate("AppointmentsPage", "Lapsed (passed since)"))
        for button in (self.inzage_button, self.cancel_button, self.no_show_button, self.lapse_button):
            button.setAccessibleName(button.text())
        self.table.setAccessibleName(QCoreApplication.translate("AppointmentsPage", "Inzage appointments"))
        self.model.retranslate()


class BookAppointmentDialog(ServiceDialog):
    """R-INZ-6: the candidate's request (its day) and the appointment (date and time)."""

    def __init__(
        self, station: Station, actor: SignedIn, candidate: CandidateResult, parent: QWidget | None = None
    ) -> None:
        super().__init__(station, actor, parent)
        self.setObjectName("bookAppointmentDialog")
        self.candidate = candidate
        today = QDate.currentDate()
        self.requested = QDateEdit(today)
        self.requested.setObjectName("requestedOn")
        self.requested.setCalendarPopup(True)
        self.on = QDateEdit(today)
        self.on.setObjectName("appointmentDate")
        self.on.setCalendarPopup(True)
        self.at = QTimeEdit(QTime(10, 0))
        self.at.setObjectName("appointmentTime")
        for edit in (self.requested, self.on):
            edit.setDisplayFormat("yyyy-MM-dd")
        self.at.setDisplayFormat("HH:mm")
        self.requested_field = self.add_field(self.requested)
        self.on_field = self.add_field(self.on)
        self.at_field = self.add_field(self.at)
        self.retranslate()

    def set_days(self, requested: dt.date, on: dt.date) -> None:
        self.requested.setDate(QDate(requested.year, requested.month, requested.day))
        self.on.setDate(QDate(on.year, on.month, on.day))

    def submit(self) -> None:
        station, actor, candidate_id = self.station, self.actor, self.candidate.candidate_id
        requested = self.requested.date().toPython()
        on = self.on.date().toPython()
        at = self.at.time().toString("HH:mm")
        assert isinstance(requested, dt.date) and isinstance(on, dt.date)
        self.run(
            lambda: appointments.book(station, actor, candidate_id, requested_on=requested, on=on, at=at),
            QCoreApplication.translate("BookAppointmentDialog", "Booking the appointment…"),
        )

    def retranslate(self) -> None:
        title = QCoreApplication.translate("BookAppointmentDialog", "Book an inzage appointment")
        self.setWindowTitle(title)
        self.title.setText(title)
        self.intro.setText(
            QCoreApplication.translate(
                "BookAppointmentDialog",
                "{name} ({number}): the day the candidate asked for inzage must lie within 14 days after the "
                "result; the appointment itself may be later.",
            ).format(name=self.candidate.name, number=self.candidate.number)
        )
        self.requested_field.set_label(QCoreApplication.translate("BookAppointmentDialog", "Requested on"))
        self.on_field.set_label(QCoreApplication.translate("BookAppointmentDialog", "Appointment date"))
        self.at_field.set_label(QCoreApplication.translate("BookAppointmentDialog", "Time"))
        self.retranslate_buttons(QCoreApplication.translate("BookAppointmentDialog", "Book"))
