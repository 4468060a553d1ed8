"""Screenshots of every page of the window, in Dutch and English, for looking at before a change is done.

    python tools/screenshots.py [OUTPUT_FOLDER]

Builds the real window on throwaway demo folders (offscreen unless a display is set) and saves
``{page}_{lang}.png`` files (default folder: ``examdesk-screenshots`` in the temporary folder).
No keyring is used: the demo folders keep their keys in the demo file.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

if not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication, QMessageBox, QWidget  # noqa: E402

from examdesk.services import demo, secrets  # noqa: E402
from examdesk.services.station import open_station  # noqa: E402
from examdesk.ui import i18n_qt  # noqa: E402
from examdesk.ui.application import create_application, demo_opener, demo_sign_in  # noqa: E402
from examdesk.ui.main_window import MainWindow  # noqa: E402
from examdesk.ui.workspaces import WorkspaceKey  # noqa: E402

SIZE = (1200, 780)


def wait_until(condition: Callable[[], bool], timeout: float = 20.0) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise TimeoutError("the window did not get there in time")
        QApplication.processEvents()
        time.sleep(0.01)


def settle() -> None:
    for _ in range(5):
        QApplication.processEvents()
        time.sleep(0.02)


def save(widget: QWidget, folder: Path, name: str) -> Path:
    settle()
    path = folder / f"{name}.png"
    widget.grab().save(str(path))
    print(path)
    return path


def window(opener: Callable[[], object], **options: object) -> MainWindow:
    shown = MainWindow(opener, **options)  # type: ignore[arg-type]
    shown.resize(*SIZE)
    shown.show()
    return shown


def shoot(folder: Path, language: str, work: Path) -> None:
    i18n_qt.install(language)
    demo_dir = work / f"demo-{language}"
    demo.write_demo(demo_dir)

    starting = window(lambda: open_station(demo_dir), autostart=False)
    save(starting, folder, f"starting_{language}")
    starting.close()

    not_a_folder = work / f"a-file-{language}"
    not_a_folder.write_text("not a folder", "utf-8")
    failed = window(lambda: open_station(not_a_folder))
    wait_until(failed.starting_page.retry_button.isVisible)
    save(failed, folder, f"starting_failed_{language}")
    failed.close()

    fresh = window(lambda: open_station(work / f"fresh-{language}", keyring_backend=None))
    wait_until(lambda: fresh.current_page_name() == "unlock")
    save(fresh, folder, f"unlock_{language}")
    assert fresh.unlock_page is not None
    fresh.unlock_page.passphrase_edit.setText("a long station passphrase")
    fresh.unlock_page.repeat_edit.setText("a long station passphrase")
    fresh.unlock_page.submit()
    wait_until(lambda: fresh.current_page_name() == "first_run")
    save(fresh, folder, f"first_run_{language}")
    fresh.close()
    assert fresh.station is not None
    fresh.station.close()

    login = window(lambda: open_station(demo_dir))
    wait_until(lambda: login.current_page_name() == "login")
    assert login.login_page is not None
    login.login_page.username_edit.setText("surveillant1")
    login.login_page.password_edit.setText("not the password")
    login.login_page.submit()
    wait_until(login.login_page.error.isVisible)
    save(login, folder, f"login_{language}")
    login.close()
    assert login.station is not None
    login.station.close()

    full = window(demo_opener(work / f"demo-full-{language}"), auto_sign_in=demo_sign_in, demo=True)
    wait_until(lambda: full.current_page_name() == "workspaces")
    page = full.workspaces_page
    assert page is not None
    save(full, folder, f"proctor_{language}")
    page.switch_to(1)
    save(full, folder, f"review_{language}")
    page.switch_to(2)
    admin = page.workspace(WorkspaceKey.ADMIN)
    wait_until(lambda: admin.model.rowCount() > 0)  # type: ignore[union-attr]
    admin.select_username("surveillant2")  # type: ignore[union-attr]
    admin.verify_event_log()  # type: ignore[union-attr]
    wait_until(lambda: admin.verify_button.isEnabled())  # type: ignore[union-attr]
    save(full, folder, f"admin_{language}")
    dialog = admin.open_new_account_dialog()  # type: ignore[union-attr]
    wait_until(dialog.isVisible)
    save(dialog, folder, f"new_account_{language}")
    dialog.close()
    full.show_about()
    box = full.findChild(QMessageBox, "aboutBox")
    assert box is not None
    wait_until(box.isVisible)
    save(box, folder, f"about_{language}")
    box.close()
    full.close()
    assert full.station is not None
    full.station.close()

    surveillant = window(lambda: open_station(demo_dir))
    wait_until(lambda: surveillant.current_page_name() == "login")
    station = surveillant.station
    assert station is not None and surveillant.login_page is not None
    surveillant.login_page.username_edit.setText("surveillant1")
    surveillant.login_page.password_edit.setText(demo.DEMO_PASSWORD)
    surveillant.login_page.submit()
    wait_until(lambda: surveillant.current_page_name() == "workspaces")
    save(surveillant, folder, f"surveillant_{language}")
    surveillant.close()
    station.close()


def main(argv: list[str]) -> int:
    folder = Path(argv[0]) if argv else Path(tempfile.gettempdir()) / "examdesk-screenshots"
    folder.mkdir(parents=True, exist_ok=True)
    secrets.system_keyring = lambda: None  # screenshots never touch the real keyring
    create_application()
    with tempfile.TemporaryDirectory(prefix="examdesk-shots-") as work:
        for language in ("nl", "en"):
            shoot(folder, language, Path(work))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
