"""Screenshots of every page of the window, in Dutch and English, for looking at before a change is done.

    python tools/screenshots.py [OUTPUT_FOLDER]

Builds the real window on throwaway demo folders (offscreen unless a display is set) and saves
``{page}_{lang}.png`` files (default folder: ``examdesk-screenshots`` in the temporary folder).
No keyring is used: the demo folders keep their keys in the demo file.
"""

from __future__ import annotations

import gc
import json
import os
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

# Run as a script (./dev screenshots), only tools/ is on the path; the proctor shots live in tools/ too.
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

if not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication, QMessageBox, QWidget  # noqa: E402

from examdesk.core import bsn  # noqa: E402
from examdesk.core.roles import Role  # noqa: E402
from examdesk.services import accounts, demo, inspection, secrets  # noqa: E402
from examdesk.services.clock import ManualClock  # noqa: E402
from examdesk.services.station import open_station  # noqa: E402
from examdesk.ui import i18n_qt  # noqa: E402
from examdesk.ui.application import create_application, demo_opener, demo_sign_in  # noqa: E402
from examdesk.ui.dialogs.import_package import ImportDialog  # noqa: E402
from examdesk.ui.exams.workspace import ExamsWorkspace  # noqa: E402
from examdesk.ui.main_window import MainWindow  # noqa: E402
from examdesk.ui.review.viewer import InspectionViewer, ViewerEntry  # noqa: E402
from examdesk.ui.review.workspace import ReviewWorkspace  # noqa: E402
from examdesk.ui.workspaces import WorkspaceKey  # noqa: E402

SIZE = (1200, 780)
STATION_SIZE = (1600, 900)


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


def test_bsns(count: int) -> list[str]:
    """Numbers that pass the 11-proef, starting from the public test range 9999xxxxx (R-BSN-2)."""
    found: list[str] = []
    number = 999_990_000
    while len(found) < count:
        number += 1
        if bsn.is_valid(str(number)):
            found.append(str(number))
    return found


def exam_day_package() -> dict[str, Any]:
    """An invented package as a school would import it: one PE exam, three groups, accommodations."""
    options = [{"key": key, "text": f"Antwoord {key}"} for key in "ABCD"]
    items: list[dict[str, Any]] = [
        {
            "id": f"K{number}",
            "type": "multiple_choice",
            "points": 1,
            "section": "kennis_begrip",
            "stem": f"Kennisvraag {number}",
            "options": options,
            "answer_key": "ABCD"[number % 4],
        }
        for number in range(1, 11)
    ]
    items += [
        {
            "id": f"V{number}",
            "type": "open",
            "points": 3,
            "section": "vaardigheden",
            "stem": f"Casusvraag {number}",
            "marking_scheme": "1 punt per juist genoemd risico.",
        }
        for number in range(1, 11)
    ]
    numbers = iter(test_bsns(12))

    def candidate(number: str, name: str, *accommodations: dict[str, Any]) -> dict[str, Any]:
        return {"number": number, "name": name, "bsn": next(numbers), "accommodations": list(accommodations)}

    return {
        "format": "examdesk-package",
        "version": 1,
        "exams": [
            {
                "code": "WFT-CK-2026-1",
                "title": "Bijzonder Examen Adviseur Consumptief krediet",
                "kind": "pe",
                "duration_minutes": 90,
                "grading": {"cesuur_percent": 68, "floor": 1.0, "decimals": 0},
                "items": items,
                "variants": [
                    {"code": "A", "items": [item["id"] for item in items]},
                    {"code": "B", "items": [item["id"] for item in reversed(items)]},
                ],
            }
        ],
        "groups": [
            {
                "code": "2026-06-12-CK-A",
                "exam": "WFT-CK-2026-1",
                "name": "Consumptief krediet ochtend",
                "date": "2026-06-12",
                "start_time": "09:00",
                "location": {"kind": "school", "room": "Lokaal 2.14"},
                "candidates": [
                    candidate(
                        "1001",
                        "Sanne de Vries",
                        {
                            "kind": "extra_time",
                            "minutes": 30,
                            "basis": "dyslexie",
                            "statement_date": "2023-09-01",
                        },
                    ),
                    candidate("1002", "Ahmed Yilmaz"),
                    candidate(
                        "1003",
                        "Lotte Bakker",
                        {
                            "kind": "extra_time",
                            "minutes": 30,
                            "basis": "dyslexie",
                            "statement_date": "2019-01-10",
                        },
                    ),
                    candidate("1004", "Daan Smit", {"kind": "large_print"}),
                    candidate("1005", "Fleur Jansen", {"kind": "reading_aloud"}),
                    candidate("1006", "Noah van Dijk"),
                    candidate(
                        "1007",
                        "Emma Visser",
                        {"kind": "separate_room", "basis": "autisme", "statement_date": "2024-03-18"},
                    ),
                    candidate("1008", "Sem de Boer"),
                ],
            },
            {
                "code": "2026-06-12-CK-Z",
                "exam": "WFT-CK-2026-1",
                "name": "Consumptief krediet ziekenhuis",
                "date": "2026-06-12",
                "start_time": "13:30",
                "location": {"kind": "hospital", "room": "Kamer 4.12"},
                "candidates": [
                    candidate(
                        "1009",
                        "Julia Mulder",
                        {"kind": "pauses", "statement_date": "2025-02-01"},
                        {"kind": "extended_duration", "factor": 1.25, "statement_date": "2025-02-01"},
                    ),
                ],
            },
            {
                "code": "2026-06-26-CK-A2",
                "exam": "WFT-CK-2026-1",
                "name": "Consumptief krediet tweede zitting",
                "date": "2026-06-26",
                "start_time": "09:00",
                "location": {"kind": "school", "room": "Lokaal 2.14"},
                "second_sitting_of": "2026-06-12-CK-A",
                "candidates": [candidate("1010", "Milan Bos")],
            },
        ],
        "results": [],
    }


def refused_package() -> dict[str, Any]:
    """The package with three mistakes, as the import dialog lists them."""
    data = exam_day_package()
    data["exams"][0]["items"][0]["answer_key"] = "E"
    data["groups"][0]["candidates"][1]["bsn"] = "123456789"
    data["groups"][0]["colour"] = "blue"
    return data


def write_json(path: Path, data: dict[str, Any]) -> Path:
    path.write_text(json.dumps(data, ensure_ascii=False, indent=1), "utf-8")
    return path


def fit(dialog: QWidget) -> None:
    """The size the dialog takes by itself (offscreen windows do not follow their size hints)."""
    settle()
    dialog.resize(max(dialog.width(), dialog.sizeHint().width()), dialog.sizeHint().height())


# Every window made here, kept until ``dispose_windows``: a closed window left to Python's garbage
# collector would be destroyed at whatever moment the collector runs, even while other windows are
# being built or a worker thread is busy, and PySide may crash then.
_windows: list[QWidget] = []


def dispose_windows() -> None:
    """Delete the windows made so far, at a quiet moment, and collect what they leave behind."""
    while _windows:
        _windows.pop().deleteLater()  # each was closed where it was shot
    settle()
    gc.collect()
    settle()


def window(opener: Callable[[], object], **options: object) -> MainWindow:
    shown = MainWindow(opener, **options)  # type: ignore[arg-type]
    _windows.append(shown)
    shown.resize(*SIZE)
    shown.show()
    return shown


def shoot_proctor(folder: Path, language: str, work: Path) -> None:
    from tools.screenshots_proctor import shoot_proctor as shoot_it

    shoot_it(folder, language, work, window, _windows)


def shoot_school(folder: Path, language: str, work: Path) -> None:
    from tools.screenshots_school import shoot_school as shoot_it

    shoot_it(folder, language, work, window, _windows)


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
    page.switch_to(page.keys().index(WorkspaceKey.EXAMS))
    demo_exams = page.workspace(WorkspaceKey.EXAMS)
    wait_until(lambda: demo_exams.roster_model.rowCount() > 0)  # type: ignore[union-attr]
    save(full, folder, f"exams_demo_{language}")
    page.switch_to(page.keys().index(WorkspaceKey.ADMIN))
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

    dispose_windows()
    shoot_exams(folder, language, work)
    dispose_windows()
    shoot_proctor(folder, language, work)
    dispose_windows()
    shoot_review(folder, language, work)
    dispose_windows()
    shoot_rules(folder, language, work)
    dispose_windows()
    shoot_school(folder, language, work)
    dispose_windows()


def shoot_exams(folder: Path, language: str, work: Path) -> None:
    """The Exams workspace empty, then with a package and a roster; the import dialogs with problems."""
    station = open_station(work / f"exams-{language}", secret_store=secrets.MemoryStore())
    beheerder = accounts.create_first_beheerder(station, "beheer", "J. Visser", demo.DEMO_PASSWORD)
    accounts.create_account(
        station,
        beheerder,
        "secretaris",
        "M. de Vries",
        demo.DEMO_PASSWORD,
        frozenset({Role.EXAMENSECRETARIS}),
    )
    shown = window(
        lambda: station, auto_sign_in=lambda s: accounts.sign_in(s, "secretaris", demo.DEMO_PASSWORD)
    )
    wait_until(lambda: shown.current_page_name() == "workspaces")
    page = shown.workspaces_page
    assert page is not None
    page.switch_to(page.keys().index(WorkspaceKey.EXAMS))
    exams = page.workspace(WorkspaceKey.EXAMS)
    assert isinstance(exams, ExamsWorkspace)
    wait_until(lambda: exams.pages.currentWidget() is exams.empty)
    save(shown, folder, f"exams_empty_{language}")

    dialog: ImportDialog = exams.open_import_dialog()
    wait_until(dialog.isVisible)
    fit(dialog)
    save(dialog, folder, f"import_{language}")
    dialog.import_file(write_json(work / f"pakket-met-fouten-{language}.json", refused_package()))
    wait_until(lambda: dialog.problem_table.isVisible())
    fit(dialog)
    save(dialog, folder, f"import_problems_{language}")
    dialog.import_file(write_json(work / f"pakket-{language}.json", exam_day_package()))
    wait_until(lambda: dialog.summary.isVisible())
    fit(dialog)
    save(dialog, folder, f"import_done_{language}")
    dialog.close()

    wait_until(lambda: exams.roster_model.rowCount() == 8)
    save(shown, folder, f"exams_{language}")

    roster = work / f"rooster-{language}.csv"
    roster.write_text(
        "number;name;bsn;accommodations\n2001;Piet Jansen;123456789;\n2002;Eva Mulder;12345;extra_time:dertig\n",
        "utf-8",
    )
    roster_dialog = exams.open_roster_dialog()
    assert roster_dialog is not None
    roster_dialog.import_file(roster)
    wait_until(lambda: roster_dialog.problem_table.isVisible())
    fit(roster_dialog)
    save(roster_dialog, folder, f"import_roster_problems_{language}")
    roster_dialog.close()
    shown.close()
    station.close()


def shoot_review(folder: Path, language: str, work: Path) -> None:
    """The Review workspace on the demo station on 16 June 2026: a CE afname with the candidate's part of the
    proces-verbaal beside it (R-PV-5), and the running inzage with the proces-verbaal beside the work."""
    now = datetime(2026, 6, 16, 8, 0, tzinfo=UTC)  # the demo package's own day (services.demo.PACKAGE_DAY)
    demo_dir = work / f"review-{language}"
    demo.write_demo(demo_dir, now=now)
    station = open_station(demo_dir, clock=ManualClock(now.replace(hour=9)), keyring_backend=None)
    review = ReviewWorkspace(station, accounts.sign_in(station, "secretaris", demo.DEMO_PASSWORD))
    _windows.append(review)
    review.resize(1280, 800)
    review.show()
    wait_until(lambda: review.groups_page.model.rowCount() > 0)
    save(review, folder, f"review_groups_{language}")
    pe_row = review.groups_page.model.row_of("2026-06-12-CK-B")
    assert pe_row is not None, "the demo has the PE group of 12 June"
    review.groups_page.table.selectRow(pe_row)
    review.open_results()
    results = review.results_page
    wait_until(lambda: results.model.rowCount() > 0)
    save(review, folder, f"review_results_{language}")
    review.open_results("2026-05-20-EC-3B")
    wait_until(lambda: any(r.number == "3001" for r in results.model.rows()))
    results.table.selectRow(next(i for i, r in enumerate(results.model.rows()) if r.number == "3001"))
    review.open_afname()
    afname = review.afname_page
    wait_until(lambda: afname.work is not None)
    afname.beside.open_pane()
    wait_until(lambda: afname.pv_pane.view is not None and afname.pv_pane.view.document is not None)
    settle()
    save(review, folder, f"review_afname_proces_verbaal_{language}")
    afname.beside.close_pane()
    afname.start_button.click()
    page = review.session_page
    wait_until(lambda: page.viewer is not None)
    page.beside.open_pane()
    wait_until(lambda: page.pv_pane.view is not None and page.pv_pane.view.document is not None)
    settle()
    save(review, folder, f"review_inzage_proces_verbaal_{language}")
    page.end_button.click()
    settle()
    review.close()
    shoot_item_types(folder, language, station)
    station.close()


def shoot_item_types(folder: Path, language: str, station: Any) -> None:
    """Each item type of the demo's PE exam in the read-only viewer, with the candidate's answer in place
    and the answer key or correctievoorschrift shown (the viewer as a CE inzage shows it: every item)."""
    secretaris = accounts.sign_in(station, "secretaris", demo.DEMO_PASSWORD)
    candidate = inspection.group_results(station, secretaris, "2026-06-12-CK-B").candidates[0]
    work = inspection.candidate_work(station, secretaris, candidate.candidate_id)
    entries = [ViewerEntry(w.number, w.item, w.response, w.score) for w in work.items]
    viewer = InspectionViewer(entries, pe_mode=False)
    _windows.append(viewer)
    viewer.resize(1000, 700)
    viewer.show()
    shot: set[str] = set()
    for index, entry in enumerate(entries):
        kind = type(entry.item).__name__
        if kind in shot:
            continue
        shot.add(kind)
        viewer.go_to(index)
        if not viewer.key_button.isChecked():
            viewer.key_button.click()
        settle()
        save(viewer, folder, f"viewer_{kind}_{language}")
    viewer.close()


def shoot_rules(folder: Path, language: str, work: Path) -> None:
    from tools.screenshots_rules import shoot_rules as shoot_it

    shoot_it(folder, language, work, window, _windows)


def shoot_read_only(folder: Path, language: str, work: Path) -> None:
    from tools.screenshots_read_only import shoot_read_only as shoot_it

    shoot_it(folder, language, work, window, _windows)


def main(argv: list[str]) -> int:
    """``screenshots.py [--proctor | --school | --rules | --read-only] [FOLDER]``: every page, or (``--proctor``)
    only the proctor's screens and dialogs at 1366×768 and 1920×1080, or (``--school``) only the school's view
    and the header's school-server state, or (``--rules``) only the screens of domain rules version 2 (the
    appointment book, the off-site plan dialog and its refused start, the PE case on DUO's path), or
    (``--read-only``) only a second window on a station another process holds (issue 13)."""
    only = {
        "--proctor": shoot_proctor,
        "--school": shoot_school,
        "--rules": shoot_rules,
        "--read-only": shoot_read_only,
    }
    chosen = [only[a] for a in argv if a in only]
    argv = [a for a in argv if a not in only]
    folder = Path(argv[0]) if argv else Path(tempfile.gettempdir()) / "examdesk-screenshots"
    folder.mkdir(parents=True, exist_ok=True)
    secrets.system_keyring = lambda: None  # screenshots never touch the real keyring
    create_application()
    with tempfile.TemporaryDirectory(prefix="examdesk-shots-") as work:
        for language in ("nl", "en"):
            if chosen:
                i18n_qt.install(language)
                chosen[0](folder, language, Path(work))
                dispose_windows()
            else:
                shoot(folder, language, Path(work))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
