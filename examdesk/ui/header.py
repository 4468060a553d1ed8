"""The main window's header (station, school, who is signed in, language, View, About, Sign out) and the
page shown while the station opens."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QFrame,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from examdesk import i18n
from examdesk.core.roles import ROLE_LABELS, Role
from examdesk.ui.widgets.common import InlineError, Retranslating, heading, paragraph, plain, primary

if TYPE_CHECKING:
    from examdesk.core.text import Message
    from examdesk.services.actors import SignedIn
    from examdesk.services.station import Station
    from examdesk.ui.sign_in import EarlyStation
    from examdesk.ui.sync_status import SyncStatus

# Each language is offered in its own name, so that someone who cannot read the current one finds theirs.
LANGUAGE_NAMES = (("nl", "Nederlands"), ("en", "English"))


class Header(Retranslating, QFrame):
    """Station, school, demo mark, secrets notice, who is signed in, language, About and Sign out."""

    language_chosen = Signal(str)
    sign_out_clicked = Signal()
    about_clicked = Signal()
    view_clicked = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # A QFrame paints its style-sheet background by itself (no Qt namespace needed before the paint).
        self.setObjectName("header")
        self._station: Station | EarlyStation | None = None
        self._actor: SignedIn | None = None
        self._demo = False
        self._read_only: Message | None = None

        self.station_label = QLabel(self)
        self.station_label.setObjectName("stationName")
        self.school_label = QLabel(self)
        self.school_label.setProperty("muted", "true")
        self.demo_badge = QLabel("DEMO", self)
        self.demo_badge.setObjectName("demoBadge")
        self.demo_badge.hide()
        # Who is signed in gets a row of its own, with Sign out: a long list of roles has room there.
        self.person_row = QWidget(self)
        self.person_label = QLabel(self.person_row)
        self.person_label.setObjectName("personName")
        self.roles_label = QLabel(self.person_row)
        self.roles_label.setProperty("muted", "true")
        self.roles_label.setWordWrap(True)
        self.person_row.hide()
        self.language_label = QLabel(self)
        self.language_switch = QWidget(self)
        self.language_buttons: dict[str, QPushButton] = {}
        self._language_group = QButtonGroup(self)
        self._language_group.setExclusive(True)
        switch_layout = QHBoxLayout(self.language_switch)
        switch_layout.setContentsMargins(0, 0, 0, 0)
        switch_layout.setSpacing(0)
        for code, name in LANGUAGE_NAMES:
            button = QPushButton(name, self.language_switch)
            button.setCheckable(True)
            button.setProperty("segment", code)
            button.setObjectName(f"language_{code}")
            button.clicked.connect(partial(self.language_chosen.emit, code))
            self._language_group.addButton(button)
            switch_layout.addWidget(button)
            self.language_buttons[code] = button
        self.view_button = QPushButton(self)
        self.view_button.setObjectName("viewButton")
        self.view_button.clicked.connect(self.view_clicked)
        self.about_button = QPushButton(self)
        self.about_button.clicked.connect(self.about_clicked)
        self.sign_out_button = QPushButton(self.person_row)
        self.sign_out_button.setObjectName("signOutButton")
        self.sign_out_button.clicked.connect(self.sign_out_clicked)
        self.notice_label = QLabel(self)
        self.notice_label.setObjectName("secretsNotice")
        self.notice_label.setWordWrap(True)
        self.notice_label.hide()
        # Issue 13: another window holds the station; this band stays while the window is open.
        self.read_only_banner = QLabel(self)
        self.read_only_banner.setObjectName("readOnlyBanner")
        self.read_only_banner.setWordWrap(True)
        self.read_only_banner.hide()

        where = QVBoxLayout()
        where.setSpacing(0)
        where.addWidget(self.station_label)
        # The school's name, and beside it the school server's state once the station copies to one.
        self._school_line = QHBoxLayout()
        self._school_line.setSpacing(14)
        self._school_line.addWidget(self.school_label)
        where.addLayout(self._school_line)
        row = QHBoxLayout()
        row.setSpacing(12)
        row.addLayout(where)
        badge = QVBoxLayout()
        badge.addStretch(1)
        badge.addWidget(self.demo_badge)
        badge.addStretch(1)
        row.addLayout(badge)
        row.addStretch(1)
        row.addWidget(self.language_label)
        row.addWidget(self.language_switch)
        row.addWidget(self.view_button)
        row.addWidget(self.about_button)
        person = QHBoxLayout(self.person_row)
        person.setContentsMargins(0, 0, 0, 0)
        person.setSpacing(12)
        person.addWidget(self.person_label)
        person.addWidget(self.roles_label, 1)
        person.addWidget(self.sign_out_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 10, 18, 10)
        layout.setSpacing(8)
        layout.addLayout(row)
        layout.addWidget(self.person_row)
        layout.addWidget(self.notice_label)
        layout.addWidget(self.read_only_banner)
        self._row = row
        self._layout = layout
        self._person_in_row = False
        self.retranslate()

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt's name
        """Who is signed in goes in the one row when it fits (a 1366×768 laptop keeps its table rows), and
        on a line of its own when it does not (large print, long names) (issue 15)."""
        super().resizeEvent(event)
        self._place_person()

    def _place_person(self) -> None:
        margins = self._layout.contentsMargins()
        needed = (
            self._row.sizeHint().width()
            + (0 if self._person_in_row else self.person_row.sizeHint().width() + self._row.spacing())
            + margins.left()
            + margins.right()
        )
        fits = needed <= self.width()
        if fits == self._person_in_row:
            return
        if fits:
            self._layout.removeWidget(self.person_row)
            self._row.insertWidget(self._row.indexOf(self.language_label), self.person_row)
        else:
            self._row.removeWidget(self.person_row)
            self._layout.insertWidget(1, self.person_row)
        self._person_in_row = fits

    def show_sync(self, status: SyncStatus) -> None:
        """Show the school server's state (issue 18, R-NET-1) beside the school's name."""
        self._school_line.addWidget(status)
        status.changed.connect(self._sync_changed)
        self._sync_changed()

    def _sync_changed(self) -> None:
        """A longer sentence may push who is signed in onto a line of its own: measure with the new text."""
        self._layout.activate()
        self._place_person()

    def show_language(self, language: str) -> None:
        """Mark ``language`` as the chosen one."""
        for code, name in LANGUAGE_NAMES:
            button = self.language_buttons[code]
            button.setChecked(code == language)
            # A check mark as well as the filled look: the choice is not shown by colour alone.
            button.setText(f"✓ {name}" if code == language else name)

    def set_demo(self, demo: bool) -> None:
        self._demo = demo
        self.demo_badge.setVisible(demo)
        self.retranslate()

    def set_read_only(self, reason: Message | None) -> None:
        """Show (or, with ``None``, hide) the band that says this window only reads, and who holds the station."""
        if reason is not None:  # the window's first paint (reason None) does without the Qt namespace
            plain(self.read_only_banner)
        self._read_only = reason
        self.read_only_banner.setVisible(reason is not None)
        self.retranslate()

    def set_station(self, station: Station | EarlyStation | None) -> None:
        # From here on the labels show names from the database: never as rich text.
        for label in (self.station_label, self.school_label, self.notice_label):
            plain(label)
        self._station = station
        if station is not None and station.is_demo:
            self._demo = True
        self.demo_badge.setVisible(self._demo)
        self.retranslate()

    def set_person(self, actor: SignedIn | None) -> None:
        for label in (self.person_label, self.roles_label):
            plain(label)
        self._actor = actor
        self.person_row.setVisible(actor is not None)
        self.retranslate()
        self._place_person()

    def retranslate(self) -> None:
        station = self._station
        if station is None:
            self.station_label.setText("examdesk")
            self.school_label.setText(QCoreApplication.translate("MainWindow", "Exam-day station"))
        else:
            self.station_label.setText(station.name)
            self.school_label.setText(
                station.school or QCoreApplication.translate("MainWindow", "No school name set yet")
            )
        self.station_label.setAccessibleName(
            QCoreApplication.translate("MainWindow", "Station: {name}").format(name=self.station_label.text())
        )
        self.school_label.setAccessibleName(self.school_label.text())
        self.demo_badge.setToolTip(
            QCoreApplication.translate("MainWindow", "Demo station: every name and result here is invented.")
        )
        self.demo_badge.setAccessibleName(QCoreApplication.translate("MainWindow", "Demo station"))
        choice = getattr(station, "secrets_choice", None)  # an early station (issue 17) has none yet
        notices = [] if station is None else [getattr(choice, "notice", None), *station.notices]
        shown = "\n".join(i18n.render(notice) for notice in notices if notice is not None)
        self.notice_label.setVisible(bool(shown))
        self.notice_label.setText(shown)
        self.notice_label.setAccessibleName(self.notice_label.text())
        if self._read_only is not None:
            from examdesk.ui.read_only import banner_text

            self.read_only_banner.setText(banner_text(self._read_only))
            self.read_only_banner.setAccessibleName(self.read_only_banner.text())
        actor = self._actor
        if actor is not None:
            self.person_label.setText(actor.display_name)
            self.roles_label.setText(
                ", ".join(i18n.render(ROLE_LABELS[role]) for role in Role if actor.has(role))
            )
            self.person_label.setAccessibleName(
                QCoreApplication.translate("MainWindow", "Signed in: {name}").format(name=actor.display_name)
            )
            self.roles_label.setAccessibleName(
                QCoreApplication.translate("MainWindow", "Roles: {roles}").format(
                    roles=self.roles_label.text()
                )
            )
        self.language_label.setText(QCoreApplication.translate("MainWindow", "Language"))
        self.language_switch.setAccessibleName(QCoreApplication.translate("MainWindow", "Language"))
        for code, button in self.language_buttons.items():
            # Each language keeps its own name; the accessible name says what the button does.
            button.setAccessibleName(
                QCoreApplication.translate("MainWindow", "Language: {name}").format(
                    name=dict(LANGUAGE_NAMES)[code]
                )
            )
            button.setToolTip(
                QCoreApplication.translate("MainWindow", "Show the windows in Dutch")
                if code == "nl"
                else QCoreApplication.translate("MainWindow", "Show the windows in English")
            )
        self.view_button.setText(QCoreApplication.translate("MainWindow", "View"))
        self.view_button.setAccessibleName(
            QCoreApplication.translate("MainWindow", "View: text size and high contrast")
        )
        self.view_button.setToolTip(self.view_button.accessibleName())
        self.about_button.setText(QCoreApplication.translate("MainWindow", "About"))
        self.about_button.setAccessibleName(QCoreApplication.translate("MainWindow", "About examdesk"))
        self.sign_out_button.setText(QCoreApplication.translate("MainWindow", "Sign out"))
        self.sign_out_button.setAccessibleName(self.sign_out_button.text())


class StartingPage(Retranslating, QWidget):
    """The first page: the station is being opened, or opening failed (then: Try again / Quit)."""

    retry_clicked = Signal()
    quit_clicked = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._failed = False
        self.title = heading(1, self, startup=True)
        self.text = paragraph(self, muted=True, startup=True)
        self.busy = QProgressBar(self)
        self.busy.setRange(0, 0)
        self.busy.setTextVisible(False)
        self.busy.setMaximumWidth(420)
        self.error = InlineError(self)
        self.retry_button = primary(QPushButton(self))
        self.retry_button.clicked.connect(self.retry_clicked)
        self.quit_button = QPushButton(self)
        self.quit_button.clicked.connect(self.quit_clicked)
        buttons = QHBoxLayout()
        buttons.addWidget(self.retry_button)
        buttons.addWidget(self.quit_button)
        buttons.addStretch(1)
        column = QVBoxLayout()
        column.setSpacing(14)
        column.addWidget(self.title)
        column.addWidget(self.text)
        column.addWidget(self.busy)
        column.addWidget(self.error)
        column.addLayout(buttons)
        holder = QWidget(self)
        holder.setLayout(column)
        holder.setFixedWidth(600)
        centred = QHBoxLayout()
        centred.addStretch(1)
        centred.addWidget(holder)
        centred.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(48, 48, 48, 48)
        layout.addStretch(1)
        layout.addLayout(centred)
        layout.addStretch(2)
        self.show_busy()

    def show_busy(self) -> None:
        self._failed = False
        self.busy.show()
        self.error.clear_error()
        self.retry_button.hide()
        self.quit_button.hide()
        self.retranslate()

    def show_failure(self, sentence: Callable[[], str]) -> None:
        self._failed = True
        self.busy.hide()
        self.error.show_text(sentence)
        self.retry_button.show()
        self.quit_button.show()
        self.retranslate()
        self.retry_button.setFocus()

    def retranslate(self) -> None:
        if self._failed:
            self.title.setText(QCoreApplication.translate("StartingPage", "The station could not be opened"))
            self.text.setText(
                QCoreApplication.translate(
                    "StartingPage", "Read what went wrong below, then try again or quit."
                )
            )
        else:
            self.title.setText(QCoreApplication.translate("StartingPage", "Opening the station…"))
            self.text.setText(
                QCoreApplication.translate(
                    "StartingPage", "examdesk is opening its data folder. This takes a moment."
                )
            )
        self.busy.setAccessibleName(QCoreApplication.translate("StartingPage", "Busy opening the station"))
        self.retry_button.setText(QCoreApplication.translate("StartingPage", "Try again"))
        self.retry_button.setAccessibleName(self.retry_button.text())
        self.quit_button.setText(QCoreApplication.translate("StartingPage", "Quit"))
        self.quit_button.setAccessibleName(self.quit_button.text())
