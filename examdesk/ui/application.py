"""Starting the desktop application: QApplication, translators, the window, then the station.

The window is painted first; the station (and with it SQLAlchemy and the services) is opened in the
background only after that paint. This module therefore imports no service at the top.

Start-up benchmark: with ``EXAMDESK_BENCH_FIRST_PAINT`` set, the first paint of the main window prints
``examdesk-first-paint`` and the application ends with exit code 0 before anything else is loaded;
with ``EXAMDESK_REPORT_PAGES`` set, each page shown prints its name (``examdesk-page login``).
"""

from __future__ import annotations

import os
import shutil
import signal
import sys
from collections.abc import Callable
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings, QThreadPool, QTimer
from PySide6.QtWidgets import QApplication

from examdesk import APP_NAME, __version__, i18n, paths
from examdesk.core.text import QT_TRANSLATE_NOOP, message
from examdesk.ui import errors, i18n_qt, style
from examdesk.ui.main_window import LANGUAGE_KEY, MainWindow, look_from
from examdesk.ui.probe import binding_problem
from examdesk.ui.window_geometry import DEFAULT_SIZE as DEFAULT_SIZE

if TYPE_CHECKING:
    from examdesk.core.text import Message
    from examdesk.services.actors import SignedIn
    from examdesk.services.station import Station

BENCH_FIRST_PAINT_ENV = "EXAMDESK_BENCH_FIRST_PAINT"
FIRST_PAINT_LINE = "examdesk-first-paint"
# With this set, every page the window shows, once painted, prints ``examdesk-page NAME`` (login,
# workspaces, …): the start-up benchmark times the sign-in page by it, tests wait for it.
REPORT_PAGES_ENV = "EXAMDESK_REPORT_PAGES"
PAGE_LINE = "examdesk-page"
SHUTDOWN_WAIT_MS = 60_000
_KEPT = QT_TRANSLATE_NOOP("Application", "The demo folder stays: {path}")
DESKTOP_FILE_NAME = "nl.examdesk.examdesk"  # packaging/linux/nl.examdesk.examdesk.desktop


def create_application() -> QApplication:
    """The QApplication, with examdesk's name, version and look (reused when one exists)."""
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        app = QApplication(sys.argv[:1])
    app.setApplicationName(APP_NAME)
    app.setApplicationDisplayName(APP_NAME)
    app.setApplicationVersion(__version__)
    # The name desktops (Wayland) match with the installed .desktop file; the icon follows the first paint.
    app.setDesktopFileName(DESKTOP_FILE_NAME)
    style.apply(app)
    return app


def ui_settings(data_dir: Path) -> QSettings:
    """The window settings (language) kept in the data folder."""
    return QSettings(str(paths.ui_settings_path(data_dir)), QSettings.Format.IniFormat)


def choose_language(given: str | None, settings: QSettings | None) -> str:
    """The command line's language, else the remembered one, else the system's."""
    chosen = i18n.normalise_language(given)
    if chosen is None and settings is not None:
        stored = settings.value(LANGUAGE_KEY)
        chosen = i18n.normalise_language(stored if isinstance(stored, str) else None)
    return chosen or i18n.system_language()


def station_opener(data_dir: Path, read_only: Message | None = None) -> Callable[[], Station]:
    """Opens the station in ``data_dir``; called on a worker thread after the first paint. With
    ``read_only`` (another window holds it, issue 13) it opens to read only and writes nothing."""

    def open_() -> Station:
        from examdesk.services.station import open_station

        return open_station(data_dir, read_only=read_only)

    return open_


def demo_opener(data_dir: Path) -> Callable[[], Station]:
    """Writes the demo data into ``data_dir`` (unless it is there already) and opens it."""

    def open_() -> Station:
        from examdesk.services import demo
        from examdesk.services.station import open_station

        if not paths.database_path(data_dir).exists():
            demo.write_demo(data_dir)
        return open_station(data_dir)

    return open_


def demo_sign_in(station: Station) -> SignedIn:
    """Signs in the demo account that holds every role."""
    from examdesk.services import demo

    return demo.sign_in_demo(station)


def _install_excepthook(window: MainWindow) -> None:
    """A bug in a slot is logged and explained in one sentence instead of ending the program."""

    def hook(kind: type[BaseException], error: BaseException, trace: TracebackType | None) -> None:
        if issubclass(kind, KeyboardInterrupt):
            sys.__excepthook__(kind, error, trace)
            return
        errors.report(window, error.with_traceback(trace), "unhandled")

    sys.excepthook = hook


def _quit_on_termination(app: QApplication, window: MainWindow) -> QTimer:
    """SIGTERM (a shutdown, ``kill``) and SIGINT end the event loop, so the station closes cleanly.

    Nobody is at the keyboard to answer a question: the window closes without asking about running sessions
    (their clocks go on) or an open inzage (offered again at the next start, R-INZ-7), and the loop ends even
    if a dialog is open. (``app.quit()`` alone asks each window to close, in Qt 6: the window asked, and the
    application stayed open.) Python runs a signal handler only between bytecodes, never while Qt's loop
    waits in C++: a timer hands control back to Python a few times a second so that the handler gets its turn.
    """

    def stop(signum: int, frame: object) -> None:
        window.closing_confirmed = True
        window.close()
        app.exit(0)

    for name in ("SIGTERM", "SIGINT", "SIGHUP"):
        number = getattr(signal, name, None)
        if number is not None:
            signal.signal(number, stop)
    wake = QTimer(app)
    wake.timeout.connect(lambda: None)
    wake.start(200)
    return wake


def run(
    data_dir: str | None = None, language: str | None = None, demo: bool = False, keep: bool = False
) -> int:
    """Run the desktop application; returns the exit code.

    ``language`` is ``None`` when the command line did not name one. ``demo`` opens a fresh throwaway
    folder with demo data and signs in the demo account; the folder is removed on exit unless ``keep``.
    """
    bench = bool(os.environ.get(BENCH_FIRST_PAINT_ENV))
    app = create_application()
    problem = binding_problem()
    if problem is not None:
        # Refuse before anything is recorded: on this binding the program would abort mid-session.
        print(problem, file=sys.stderr)
        return 2
    throwaway = demo and not bench
    folder = paths.make_demo_dir() if throwaway else paths.resolve_data_dir(data_dir)
    try:
        return _run_in(app, folder, language, demo, bench)
    finally:
        if throwaway and not keep:
            shutil.rmtree(folder, ignore_errors=True)
        elif throwaway:
            print(i18n.render(message(_KEPT, path=str(folder))), file=sys.stderr)


def _run_in(app: QApplication, folder: Path, language: str | None, demo: bool, bench: bool) -> int:
    settings = ui_settings(folder)
    if os.environ.get(i18n.PSEUDO_ENV):  # a developer's check for clipped and untranslated labels
        i18n.set_pseudo(True)
    i18n_qt.install(choose_language(language, settings))
    held = None
    read_only: Message | None = None
    if not bench:
        from examdesk.core.errors import ExamdeskError
        from examdesk.services import instance

        try:
            held = instance.claim(folder)
        except instance.AlreadyOpen as refused:  # another window holds the folder: look, or close (issue 13)
            read_only = instance.held_by_another(folder)
            if read_only is None or not offer_read_only(i18n.render(refused.message)):
                return 2
        except ExamdeskError as refused:  # the folder cannot be made
            refuse_start(i18n.render(refused.message))
            return 2
    look = look_from(settings)
    if look != style.current_look():
        style.apply(app, look)

    window = make_window(folder, settings, demo=demo, bench=bench, read_only=read_only)
    if bench:

        def first_paint() -> None:
            print(FIRST_PAINT_LINE, flush=True)
            app.exit(0)

        window.first_painted.connect(first_paint)
    else:
        errors.use_log_folder(paths.log_dir(folder))
        _install_excepthook(window)
    if os.environ.get(REPORT_PAGES_ENV):

        def page_shown(name: str) -> None:
            window.repaint()  # painted, not only chosen: what a person would see now
            print(f"{PAGE_LINE} {name}", flush=True)

        window.page_changed.connect(page_shown)

    window.place_on_screen()
    window.show()
    wake = _quit_on_termination(app, window)
    try:
        return app.exec()
    finally:
        wake.stop()
        # Work still running on a worker (opening the station, writing the demo data) finishes first and
        # its result is delivered, so that the station it opened is closed here: no -wal or -shm is left,
        # and a demo folder is not written into after it was removed.
        window.hide()
        # A delivered result may start more work (the opened station starts its copier, issue 18): that
        # finishes too, or it would open the database again after the close below.
        for _ in range(3):
            QThreadPool.globalInstance().waitForDone(SHUTDOWN_WAIT_MS)
            app.processEvents()
            if QThreadPool.globalInstance().activeThreadCount() == 0:
                break
        if window.station is not None:
            window.station.close()
        if held is not None:
            held.release()
        sys.excepthook = sys.__excepthook__


def make_window(
    folder: Path, settings: QSettings, *, demo: bool, bench: bool, read_only: Message | None = None
) -> MainWindow:
    """The window on ``folder``: the demo's, or the station's with its sign-in page at once (issue 17).

    A read-only window (issue 13) remembers nothing in the data folder: it reads the settings (language,
    text size) but keeps no window size or language of its own there.
    """
    if demo and not bench:
        return MainWindow(demo_opener(folder), auto_sign_in=demo_sign_in, settings=settings, demo=True)
    from examdesk.ui.sign_in import early_station

    return MainWindow(
        station_opener(folder, read_only),
        settings=settings if read_only is None else None,
        demo=demo,
        autostart=not bench,
        early=early_station(folder),  # issue 17: its sign-in page at once, the station opening behind it
        read_only=read_only,
    )


def offer_read_only(text: str) -> bool:
    """Another window holds the station (issue 13): say who, and ask "Open read-only" or "Close"; True for
    read-only. Closing prints the sentence too, as a refused start did."""
    from examdesk.ui.read_only import SecondWindowBox

    box = SecondWindowBox(text)
    box.exec()
    if box.chose_read_only():
        return True
    print(text, file=sys.stderr)
    return False


def refuse_start(text: str) -> None:
    """Say why the program does not start (issue 13: a second window on one data folder), and stop."""
    from PySide6.QtWidgets import QMessageBox

    print(text, file=sys.stderr)
    box = QMessageBox(QMessageBox.Icon.Warning, "examdesk", text, QMessageBox.StandardButton.Close)
    box.exec()
