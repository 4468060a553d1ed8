"""The main window: a header that is always there, and one page at a time below it.

The window is shown before anything heavy is imported; the station is opened in the background after
the first paint. This module and what it imports at the top must therefore stay free of
``examdesk.services`` (and so of SQLAlchemy): pages that call services are imported when needed, and
methods import Qt's ``Qt`` namespace themselves (PySide6 builds its hundred enums on that import).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QSettings, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QPaintEvent
from PySide6.QtWidgets import (
    QApplication,
    QMainWindow,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from examdesk import i18n
from examdesk.ui import errors, i18n_qt, style
from examdesk.ui.header import Header, StartingPage
from examdesk.ui.sign_in import EarlyStation, LoginPage
from examdesk.ui.tasks import run_task
from examdesk.ui.unlock import UnlockPage
from examdesk.ui.widgets.common import Retranslating

if TYPE_CHECKING:
    from PySide6.QtGui import QAction
    from PySide6.QtWidgets import QMenu

    from examdesk.core.text import Message
    from examdesk.services import sync_worker
    from examdesk.services.actors import SignedIn
    from examdesk.services.station import Station
    from examdesk.ui.access import FirstRunPage
    from examdesk.ui.sync_status import SyncStatus
    from examdesk.ui.workspaces import WorkspacesPage

LANGUAGE_KEY = "language"
ZOOM_KEY = "view/zoom"
CONTRAST_KEY = "view/high_contrast"


def look_from(settings: QSettings | None) -> style.Look:
    """The text size and contrast remembered in ``settings`` (normal when there is nothing valid)."""
    if settings is None:
        return style.Look()
    try:
        zoom = float(str(settings.value(ZOOM_KEY, 1.0)))
    except ValueError:
        zoom = 1.0
    contrast = str(settings.value(CONTRAST_KEY, "false")).lower() == "true"
    zoom = zoom if min(style.ZOOM_STEPS) <= zoom <= max(style.ZOOM_STEPS) else 1.0
    return style.Look(zoom=zoom, high_contrast=contrast)


@dataclass(frozen=True)
class OpenedStation:
    """What the background opening found out."""

    station: Station
    has_accounts: bool | None  # None: not known before the passphrase opens the database (issue 13)
    signed_in: SignedIn | None


class MainWindow(Retranslating, QMainWindow):
    """examdesk's one window.

    ``open_station`` is called on a worker thread after the first paint and returns the open station;
    ``auto_sign_in`` (demo mode) signs someone in right after opening. ``settings`` keeps the language.
    """

    first_painted = Signal()
    page_changed = Signal(str)

    def __init__(
        self,
        open_station: Callable[[], Station],
        *,
        auto_sign_in: Callable[[Station], SignedIn] | None = None,
        settings: QSettings | None = None,
        demo: bool = False,
        autostart: bool = True,
        early: EarlyStation | None = None,
        read_only: Message | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        # Issue 13: another window holds the station; this one reads only (ui/read_only.py), from the start.
        self.read_only = read_only
        self._open_station = open_station
        self._early = early
        self._auto_sign_in = auto_sign_in
        self._settings = settings
        self._autostart = autostart
        self._painted = False
        self.closing_confirmed = False  # asked and answered, or a shutdown: closing asks nothing more
        self.close_box: QWidget | None = None
        self.first_setup: QWidget | None = None
        self._opening = False
        self._has_accounts: bool | None = True
        self.station: Station | None = None
        self.actor: SignedIn | None = None
        self.unlock_page: UnlockPage | None = None
        self.first_run_page: FirstRunPage | None = None
        self.login_page: LoginPage | None = None
        self.workspaces_page: WorkspacesPage | None = None
        self.sync_status: SyncStatus | None = None
        self._copier_starting = False

        self.header = Header(self)
        self.header.set_demo(demo)
        self.header.set_read_only(read_only)
        self.header.show_language(i18n.current_language())
        self.header.language_chosen.connect(self.set_language)
        self.header.sign_out_clicked.connect(self.sign_out)
        self.header.about_clicked.connect(self.show_about)
        self.header.view_clicked.connect(self.show_view_menu)
        self.zoom_in_action: QAction | None = None  # made just after the first paint (start-up time)
        self.pages = QStackedWidget(self)
        self.pages.setObjectName("pages")
        self.starting_page = StartingPage(self.pages)
        self.starting_page.retry_clicked.connect(self.start)
        self.starting_page.quit_clicked.connect(self.close)
        self.pages.addWidget(self.starting_page)

        central = QWidget(self)
        layout = QVBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.header)
        layout.addWidget(self.pages, 1)
        self.setCentralWidget(central)
        self.setMinimumSize(760, 560)
        self.retranslate()

    # --- start-up ---------------------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt's name
        super().paintEvent(event)
        if not self._painted:
            self._painted = True
            self.first_painted.emit()
            QTimer.singleShot(0, self._after_first_paint)
            if self._autostart:
                # Let this paint reach the screen before the heavy imports of opening begin.
                QTimer.singleShot(0, self.start)

    def start(self) -> None:
        """Open the station in the background (after the first paint, or on "Try again")."""
        if self._opening or self.station is not None:
            return
        self._opening = True
        if self._early is not None and self._early.asks_passphrase:
            self._show_early_unlock(self._early)
        elif self._early is not None:
            self._show_early_login(self._early)
        else:
            self.starting_page.show_busy()
            self._show(self.starting_page)
        run_task(
            self,
            self._open_in_background,
            self._opened,
            self._open_failed,
            label=QCoreApplication.translate("StartingPage", "Opening the station…"),
            show_progress=False,
        )

    def _open_in_background(self) -> OpenedStation:
        """Runs on a worker thread: this is where SQLAlchemy and the services are first imported."""
        from examdesk.services import accounts

        station = self._open_station()
        try:
            # A passphrase station's database opens with its passphrase (issue 13): asked after the unlock.
            has_accounts = accounts.has_accounts(station) if station.database_open else None
            signed_in = (
                self._auto_sign_in(station) if self._auto_sign_in is not None and has_accounts else None
            )
        except BaseException:
            station.close()
            raise
        return OpenedStation(station, has_accounts, signed_in)

    def _opened(self, opened: OpenedStation) -> None:
        self._opening = False
        self.station = opened.station
        self._has_accounts = opened.has_accounts
        self.read_only = opened.station.read_only  # the station says it, whoever opened it (issue 13)
        self.header.set_read_only(self.read_only)
        self.header.set_station(opened.station)
        self.retranslate()
        self._start_copier()
        if opened.signed_in is not None:
            self._signed_in(opened.signed_in)
        else:
            self._after_unlock()

    def _open_failed(self, error: BaseException) -> None:
        self._opening = False
        self.starting_page.show_failure(lambda: errors.describe(error))
        self._show(self.starting_page)

    def _needs_unlock(self) -> bool:
        from examdesk.services.secrets import SecretsKind

        assert self.station is not None
        return (
            self.station.secrets_choice.kind is SecretsKind.PASSPHRASE_FILE
            and not self.station.secrets_unlocked
        )

    def _after_unlock(self) -> None:
        """The next page once the station is open: unlock its keys, create the first account, or sign in."""
        assert self.station is not None
        self._start_copier()
        if self._needs_unlock():
            if self.unlock_page is None:
                self.unlock_page = UnlockPage(self.station, self.pages)
                self.unlock_page.unlocked.connect(self._after_unlock)
                self.pages.addWidget(self.unlock_page)
            early = self.unlock_page.station is None and self.pages.currentWidget() is self.unlock_page
            self.unlock_page.set_station(self.station)
            if early:
                return  # what was typed while the station opened stays; a passphrase that waited goes on
            self._show(self.unlock_page)
            self.unlock_page.focus_first()
            return
        if self.unlock_page is not None and self.unlock_page.station is None:
            self.unlock_page.forget()  # shown early, but the opened station's keys opened without it
        if not self._knows_accounts():
            from examdesk.ui.access import FirstRunPage

            if self.first_run_page is None:
                self.first_run_page = FirstRunPage(self.station, self.pages)
                self.first_run_page.signed_in.connect(self._first_signed_in)
                self.pages.addWidget(self.first_run_page)
            self._show(self.first_run_page)
            self.first_run_page.focus_first()
        else:
            self._show_login()

    def _knows_accounts(self) -> bool:
        """Whether the open station has accounts; asked once its database is open (after the passphrase)."""
        if self._has_accounts is None:
            from examdesk.services import accounts

            assert self.station is not None
            self._has_accounts = accounts.has_accounts(self.station)
        return self._has_accounts

    def _start_copier(self) -> None:
        """Issue 18, R-NET-1: once the station is open and its keys unlocked, its copier runs in the background
        (idle without a school server) and the header says its state; closing the station stops it. Started
        off the GUI thread: nothing here waits on the server or on the copier."""
        station = self.station
        if station is None or self._copier_starting or self.sync_status is not None or self._needs_unlock():
            return
        if station.read_only is not None:
            return  # issue 13: the window that holds the station copies it; a read-only one copies nothing
        from examdesk.services import sync_worker

        self._copier_starting = True
        run_task(
            self,
            lambda: sync_worker.start(station),
            self._copier_started,
            lambda _error: None,  # a bug is logged by run_task; the station works on without the copier
            on_finished=lambda: setattr(self, "_copier_starting", False),
            show_progress=False,
        )

    def _copier_started(self, worker: sync_worker.SyncWorker) -> None:
        from examdesk.ui.sync_status import SyncStatus

        self.sync_status = SyncStatus(worker.state, self.header)
        self.header.show_sync(self.sync_status)

    def _show_early_unlock(self, early: EarlyStation) -> None:
        """Issue 17: a passphrase station's passphrase page before it is open (no desktop keyring)."""
        if self.unlock_page is None:
            self.unlock_page = UnlockPage(None, self.pages, wait_until=early.wait_until)
            self.unlock_page.unlocked.connect(self._after_unlock)
            self.pages.addWidget(self.unlock_page)
        self.header.set_station(early)
        self._show(self.unlock_page)
        self.retranslate()
        self.unlock_page.focus_first()

    def _show_early_login(self, early: EarlyStation) -> None:
        """Issue 17: an existing station's sign-in page before it is open, its name from the identity file."""
        if self.login_page is None:
            self.login_page = LoginPage(None, self.pages, read_only=self.read_only is not None)
            self.login_page.signed_in.connect(self._signed_in)
            self.pages.addWidget(self.login_page)
        self.header.set_station(early)
        self._show(self.login_page)
        self.retranslate()
        self.login_page.focus_first()

    def _show_login(self) -> None:
        assert self.station is not None
        if self.login_page is None:
            self.login_page = LoginPage(self.station, self.pages, read_only=self.read_only is not None)
            self.login_page.signed_in.connect(self._signed_in)
            self.pages.addWidget(self.login_page)
        early = self.login_page.station is None and self.pages.currentWidget() is self.login_page
        self.login_page.set_station(self.station)
        if early:
            return  # what was typed while the station opened stays; a sign-in that waited goes on
        self.login_page.reset()
        self._show(self.login_page)
        self.login_page.focus_first()

    def _first_signed_in(self, actor: SignedIn) -> None:
        self._has_accounts = True
        self._signed_in(actor)
        QTimer.singleShot(0, self.open_first_setup)

    def open_first_setup(self) -> QWidget | None:
        """R-SIG-5, issue 15: the first beheerder names the school and the station, then reads what is next."""
        from PySide6.QtCore import Qt

        from examdesk.services import identity
        from examdesk.ui.dialogs.first_setup import FirstSetupDialog

        if self.station is None or self.actor is None or identity.station_names(self.station).complete:
            return None
        dialog = FirstSetupDialog(self.station, self.actor, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.completed.connect(lambda _names: self.header.set_station(self.station))
        self.first_setup = dialog
        dialog.open()
        return dialog

    def _signed_in(self, actor: SignedIn) -> None:
        from examdesk.ui.workspaces import WorkspacesPage

        assert self.station is not None
        self.actor = actor
        self.header.set_person(actor)
        self._drop_workspaces()
        self.workspaces_page = WorkspacesPage(self.station, actor, self.pages)
        self.pages.addWidget(self.workspaces_page)
        self._show(self.workspaces_page)
        self.workspaces_page.focus_current()

    def _drop_workspaces(self) -> None:
        if self.workspaces_page is not None:
            self.pages.removeWidget(self.workspaces_page)
            self.workspaces_page.deleteLater()
            self.workspaces_page = None

    def _show(self, page: QWidget) -> None:
        self.pages.setCurrentWidget(page)
        self.page_changed.emit(self.current_page_name())

    def current_page_name(self) -> str:
        """``starting``, ``unlock``, ``first_run``, ``login`` or ``workspaces``: for tests and logs."""
        current = self.pages.currentWidget()
        names = {
            id(self.starting_page): "starting",
            id(self.unlock_page): "unlock",
            id(self.first_run_page): "first_run",
            id(self.login_page): "login",
            id(self.workspaces_page): "workspaces",
        }
        return names.get(id(current), "")

    # --- header actions ---------------------------------------------------------------------------

    def sign_out(self) -> None:
        """Record the sign-out and go back to the login page with empty fields."""
        if self.station is None or self.actor is None:
            return
        if self.workspaces_page is not None and self.workspaces_page.hold_sign_out(self.sign_out):
            return  # R-INZ-7: an inzage runs; it is ended first, if the person says so
        from examdesk.services import accounts

        station, actor = self.station, self.actor
        self.header.sign_out_button.setEnabled(False)
        run_task(
            self,
            lambda: accounts.sign_out(station, actor),
            lambda _: self._signed_out(),
            label=QCoreApplication.translate("MainWindow", "Signing out…"),
            on_finished=lambda: self.header.sign_out_button.setEnabled(True),
        )

    def _signed_out(self) -> None:
        self.actor = None
        self.header.set_person(None)
        self._show_login()
        self._drop_workspaces()

    def set_language(self, language: str) -> None:
        """Switch every window to ``language`` (``nl`` or ``en``) and remember the choice."""
        loaded = i18n_qt.install(language)
        self.header.show_language(loaded.language)
        if self._settings is not None:
            self._settings.setValue(LANGUAGE_KEY, loaded.language)
            self._settings.sync()

    def _after_first_paint(self) -> None:
        """What the first paint does not need: the window icon, and the View actions with their shortcuts
        (larger and smaller text, high contrast: from anywhere in the window, keyboard first)."""
        from examdesk.ui import icons

        self.setWindowIcon(icons.window_icon())
        if self.zoom_in_action is not None:
            return
        self.zoom_in_action = self._view_action(("Ctrl++", "Ctrl+="), partial(self.zoom, 1))
        self.zoom_out_action = self._view_action(("Ctrl+-",), partial(self.zoom, -1))
        self.zoom_reset_action = self._view_action(("Ctrl+0",), partial(self.zoom, 0))
        self.contrast_action = self._view_action(("Ctrl+Shift+H",), self.toggle_contrast)
        self.contrast_action.setCheckable(True)
        self.contrast_action.setChecked(style.current_look().high_contrast)
        self._retranslate_view()

    def _view_action(self, keys: tuple[str, ...], handler: Callable[[], object]) -> QAction:
        from PySide6.QtGui import QAction, QKeySequence

        action = QAction(self)
        action.setShortcuts([QKeySequence(k) for k in keys])
        action.triggered.connect(handler)
        self.addAction(action)
        return action

    def show_view_menu(self) -> QMenu:
        """Open the View menu under its header button."""
        menu = self.build_view_menu()
        button = self.header.view_button
        menu.popup(button.mapToGlobal(button.rect().bottomLeft()))
        return menu

    def build_view_menu(self) -> QMenu:
        """The View menu: the same actions as the shortcuts."""
        from PySide6.QtCore import Qt
        from PySide6.QtWidgets import QMenu

        self._after_first_paint()
        menu = QMenu(self)
        menu.setObjectName("viewMenu")
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        assert self.zoom_in_action is not None
        for action in (self.zoom_in_action, self.zoom_out_action, self.zoom_reset_action):
            menu.addAction(action)
        menu.addSeparator()
        menu.addAction(self.contrast_action)
        return menu

    def zoom(self, steps: int) -> None:
        """One step larger or smaller text (0: the normal size), remembered for next time."""
        self.set_look(style.current_look().zoomed(steps))

    def toggle_contrast(self) -> None:
        look = style.current_look()
        self.set_look(replace(look, high_contrast=not look.high_contrast))

    def set_look(self, look: style.Look) -> None:
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        style.apply(app, look)
        if self.zoom_in_action is not None:
            self.contrast_action.setChecked(look.high_contrast)
        self._retranslate_view()
        if self._settings is not None:
            self._settings.setValue(ZOOM_KEY, look.zoom)
            self._settings.setValue(CONTRAST_KEY, look.high_contrast)
            self._settings.sync()

    def _retranslate_view(self) -> None:
        if self.zoom_in_action is None:
            return
        percent = round(style.current_look().zoom * 100)
        self.zoom_in_action.setText(QCoreApplication.translate("MainWindow", "Larger text"))
        self.zoom_out_action.setText(QCoreApplication.translate("MainWindow", "Smaller text"))
        self.zoom_reset_action.setText(
            QCoreApplication.translate("MainWindow", "Normal text size (now {percent}%)").format(
                percent=percent
            )
        )
        self.contrast_action.setText(QCoreApplication.translate("MainWindow", "High contrast"))

    def show_about(self) -> None:
        from examdesk.ui.dialogs.about import show_about

        show_about(self, self.station.data_dir if self.station is not None else None)

    # --- Qt ---------------------------------------------------------------------------------------

    def retranslate(self) -> None:
        title = "examdesk"
        if self.station is not None:
            title = f"{self.station.name} — examdesk"
        elif self._early is not None and self.pages.currentWidget() is not self.starting_page:
            title = f"{self._early.name} — examdesk"  # its first page shown before it is open (issue 17)
        if self.header.demo_badge.isVisibleTo(self.header):
            title = f"DEMO — {title}"
        if self.read_only is not None:
            from examdesk.ui.read_only import title_mark

            title = f"{title_mark()} — {title}"
        self.setWindowTitle(title)
        self.pages.setAccessibleName(QCoreApplication.translate("MainWindow", "Page"))
        self._retranslate_view()

    def place_on_screen(self) -> None:
        """Open inside the screen's available area, at the size and state the window had last time."""
        from examdesk.ui import window_geometry

        window_geometry.place(self, self._settings)

    def running_sessions(self) -> int:
        """How many sessions are running on this station (their clocks go on when the window closes)."""
        if self.station is None or self.actor is None:
            return 0
        from examdesk.services import sessions

        try:
            found = sessions.list_sessions(self.station)
        except Exception as error:  # the question is a courtesy; closing must stay possible
            errors.log_bug(error, "running sessions on close")
            return 0
        return sum(1 for s in found if s.state is sessions.SessionState.RUNNING)

    def ask_before_closing(self) -> bool:
        """With sessions running, ask first (and say their clocks go on); True when closing may go on now."""
        # A read-only window (issue 13) runs no clock: the window that holds the station does.
        count = 0 if self.read_only is not None else self.running_sessions()
        if not count or self.closing_confirmed:
            return True
        from PySide6.QtCore import Qt
        from PySide6.QtWidgets import QMessageBox

        from examdesk.ui.errors import without_icons

        box = QMessageBox(self)
        box.setObjectName("closeWindowBox")
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle("examdesk")
        box.setText(
            self.tr(
                "%n session(s) running. The candidates' clocks go on while examdesk is closed; when it opens "
                "again, every remaining time is as it should be. Close examdesk?",
                "",
                count,
            )
        )
        close = box.addButton(
            QCoreApplication.translate("MainWindow", "Close examdesk"), QMessageBox.ButtonRole.AcceptRole
        )
        stay = box.addButton(
            QCoreApplication.translate("MainWindow", "Keep it open"), QMessageBox.ButtonRole.RejectRole
        )
        box.setDefaultButton(stay)
        without_icons(box)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

        def answered(_result: int) -> None:
            if box.clickedButton() is close:
                self.closing_confirmed = True
                self.close()

        box.finished.connect(answered)
        self.close_box = box
        box.open()
        return False

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt's name
        page = None if self.closing_confirmed else self.workspaces_page
        if page is not None and page.hold_sign_out(self.close):
            event.ignore()  # R-INZ-7: as signing out, closing during an inzage asks to end it first
            return
        if not self.ask_before_closing():
            event.ignore()
            return
        from examdesk.ui import window_geometry

        window_geometry.remember(self, self._settings)
        station, actor = self.station, self.actor
        if station is not None and actor is not None:
            from examdesk.services import accounts

            try:
                accounts.sign_out(station, actor)
            except Exception as error:  # closing must go on; the log keeps what failed
                errors.log_bug(error, "sign-out on close")
            self.actor = None
        super().closeEvent(event)
