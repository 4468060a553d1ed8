"""The import dialogs: a package or a roster by file name or by drop, progress, summary, every problem."""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QGuiApplication
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from examdesk.services import catalogue, events, packages
from examdesk.services.actors import SignedIn
from examdesk.services.packages import ImportReport
from examdesk.services.station import Station
from examdesk.ui.dialogs.import_package import ImportPackageDialog, ImportRosterDialog
from examdesk.ui.exams.workspace import ExamsWorkspace
from examdesk.ui.models.problems import ProblemColumn
from tests.services.sample_package import valid_package

GROUP = "2026-06-12-CK-A"
ROSTER_HEADER = "number;name;bsn;accommodations\n"


@pytest.fixture
def workspace(station: Station, secretaris: SignedIn, qtbot: QtBot) -> ExamsWorkspace:
    shown = ExamsWorkspace(station, secretaris)
    qtbot.addWidget(shown)
    shown.resize(1100, 760)
    shown.show()
    qtbot.waitUntil(lambda: shown.pages.currentWidget() is shown.empty, timeout=10_000)
    return shown


@pytest.fixture
def dialog(workspace, qtbot: QtBot) -> ImportPackageDialog:
    opened = workspace.open_import_dialog()
    assert isinstance(opened, ImportPackageDialog)
    qtbot.waitExposed(opened)
    return opened


def three_problems() -> dict[str, Any]:
    data = valid_package()
    data["exams"][0]["items"][0]["answer_key"] = "E"
    data["groups"][0]["candidates"][0]["bsn"] = "123456789"
    data["groups"][0]["colour"] = "blue"
    return data


def _drop_mime(*paths: Path) -> QMimeData:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path)) for path in paths])
    return mime


def _drop(dialog, mime: QMimeData) -> tuple[bool, bool]:
    """Drag ``mime`` onto the drop area and let go; whether the enter and the drop were accepted."""
    where = dialog.drop_area.geometry().center()
    enter = QDragEnterEvent(
        where, Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    )
    QApplication.sendEvent(dialog, enter)
    drop = QDropEvent(
        QPointF(where),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(dialog, drop)
    return enter.isAccepted(), drop.isAccepted()


def _problem_paths(dialog) -> list[str]:
    model = dialog.problem_model
    return [model.index(row, ProblemColumn.PLACE).data() for row in range(model.rowCount())]


def test_a_valid_package_is_imported_summarised_and_shown_in_the_workspace(
    dialog,
    workspace,
    write_package: Callable[..., Path],
    station: Station,
    secretaris: SignedIn,
    qtbot: QtBot,
) -> None:
    assert dialog.import_file(write_package())
    qtbot.waitUntil(dialog.summary.isVisible, timeout=10_000)
    assert (
        dialog.summary.text()
        == "Imported: 1 exam, 1 afnamegroep, 2 candidates and 1 result; 0 were already there.\n\n"
        "Version 1 package: the grounds of extra time were read from the basis text. Check them:\n"
        "1001: 'dyslexie' read as ground dyslexia"  # exam-package.md: each mapping, line by line
    )
    assert dialog.file_label.text() == "File: package.json"
    assert not dialog.problem_table.isVisible() and not dialog.error.isVisible()
    assert dialog.progress.value() == dialog.progress.maximum()
    qtbot.waitUntil(lambda: workspace.exam_model.rowCount() == 1 and workspace.group_model.rowCount() == 1)
    assert workspace.pages.currentWidget() is workspace.content
    assert workspace.exam_model.row(0).code == "WFT-CK-2026-1"
    assert workspace.group_model.row(0).code == GROUP
    qtbot.waitUntil(lambda: workspace.roster_model.rowCount() == 2)
    assert [e.number for e in workspace.roster_model.rows()] == ["1001", "1002"]
    assert events.list_events(station, kinds=("package_imported",))[-1].actor == "mdevries"


def test_importing_the_same_package_again_says_nothing_was_new(
    dialog, write_package: Callable[..., Path], qtbot: QtBot
) -> None:
    path = write_package()
    dialog.import_file(path)
    qtbot.waitUntil(lambda: dialog.summary.isVisible() and not dialog.busy, timeout=10_000)
    with qtbot.assertNotEmitted(dialog.imported):
        dialog.import_file(path)
        qtbot.waitUntil(lambda: dialog.summary.isVisible() and not dialog.busy, timeout=10_000)
    assert (
        dialog.summary.text().split("\n")[0]
        == "Nothing new in package.json: everything in it was already on this station."
    )


def test_dropping_a_package_file_on_the_dialog_imports_it(
    dialog, write_package: Callable[..., Path], qtbot: QtBot
) -> None:
    path = write_package(name="dropped.json")
    assert dialog.acceptDrops()
    assert _drop(dialog, _drop_mime(path)) == (True, True)
    qtbot.waitUntil(dialog.summary.isVisible, timeout=10_000)
    assert dialog.path == path
    assert dialog.summary.text().startswith("Imported: 1 exam, 1 afnamegroep")
    assert dialog.drop_area.property("dragging") == "false"


def test_a_drag_without_files_is_refused_at_the_door(dialog) -> None:
    mime = QMimeData()
    mime.setText("not a file")
    enter = QDragEnterEvent(
        QPoint(10, 10),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(dialog, enter)
    assert not enter.isAccepted()
    assert not dialog.busy


def test_dropping_another_kind_of_file_says_what_a_package_is(dialog, tmp_path: Path) -> None:
    notes = tmp_path / "notes.txt"
    notes.write_text("hello", "utf-8")
    _drop(dialog, _drop_mime(notes))
    assert not dialog.busy
    assert dialog.error.isVisible()
    assert dialog.error.text() == "notes.txt is not an exam package: a package is a .json or .zip file."
    _drop(dialog, _drop_mime(notes, notes))
    assert dialog.error.text() == "Drop one file at a time."


def test_progress_comes_from_the_worker_thread_and_is_shown_on_the_gui_thread(
    dialog, write_package: Callable[..., Path], qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    gui = threading.get_ident()
    reported_on: list[int] = []
    real = packages.import_package

    def spying(station: Station, actor, path, progress):
        def relay(done: int, total: int) -> None:
            reported_on.append(threading.get_ident())
            progress(done, total)

        return real(station, actor, path, progress=relay)

    monkeypatch.setattr(packages, "import_package", spying)
    shown: list[tuple[int, int, int]] = []
    dialog.progress.valueChanged.connect(
        lambda value: shown.append((value, dialog.progress.maximum(), threading.get_ident()))
    )
    dialog.import_file(write_package())
    qtbot.waitUntil(dialog.summary.isVisible, timeout=10_000)
    assert len(reported_on) == 5 and gui not in reported_on
    assert {thread for _, _, thread in shown} == {gui}
    assert (4, 4) in {(value, maximum) for value, maximum, _ in shown}


def test_the_dialog_stays_open_while_an_import_runs(
    dialog, write_package: Callable[..., Path], qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    release = threading.Event()

    def slow(station: Station, actor, path, progress):
        progress(1, 2)
        release.wait(10)
        nothing = {"exams": 0, "groups": 0, "candidates": 0, "results": 0}
        return ImportReport("0" * 64, {**nothing, "exams": 1}, nothing)

    monkeypatch.setattr(packages, "import_package", slow)
    dialog.import_file(write_package())
    qtbot.waitUntil(lambda: dialog.progress.maximum() == 2 and dialog.progress.value() == 1)
    assert dialog.busy and not dialog.close_button.isEnabled()
    assert not dialog.drop_area.choose_button.isEnabled()
    assert not dialog.import_file(write_package())  # one at a time
    dialog.reject()
    assert dialog.isVisible()
    release.set()
    qtbot.waitUntil(lambda: not dialog.busy, timeout=10_000)
    assert dialog.close_button.isEnabled()
    qtbot.mouseClick(dialog.close_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()


def test_a_package_with_three_problems_lists_every_one_and_changes_nothing(
    dialog,
    workspace,
    write_package: Callable[..., Path],
    station: Station,
    secretaris: SignedIn,
    qtbot: QtBot,
) -> None:
    dialog.import_file(write_package(three_problems(), name="bad.json"))
    qtbot.waitUntil(dialog.problem_table.isVisible, timeout=10_000)
    assert dialog.error.text() == "bad.json was not imported: 3 problems. Nothing was changed."
    assert _problem_paths(dialog) == [
        "exams[0].items[0].answer_key",
        "groups[0].candidates[0].bsn",
        "groups[0].colour",
    ]
    messages = [dialog.problem_model.index(row, ProblemColumn.MESSAGE).data() for row in range(3)]
    assert messages[0] == "'E' is not one of this item's options"
    assert "is not a valid BSN" in messages[1]
    assert messages[2] == "is not a field of the package format (a typo?)"
    assert not dialog.summary.isVisible() and not dialog.progress.isVisible()
    assert catalogue.exams(station, secretaris) == [] and catalogue.groups(station, secretaris) == []
    assert events.list_events(station, kinds=("package_imported",)) == []
    assert workspace.pages.currentWidget() is workspace.empty


def test_copy_problems_puts_one_line_per_problem_on_the_clipboard(
    dialog, write_package: Callable[..., Path], qtbot: QtBot
) -> None:
    dialog.import_file(write_package(three_problems(), name="bad.json"))
    qtbot.waitUntil(dialog.copy_button.isVisible, timeout=10_000)
    qtbot.mouseClick(dialog.copy_button, Qt.MouseButton.LeftButton)
    lines = QGuiApplication.clipboard().text().splitlines()
    assert len(lines) == 3
    assert lines[0] == "exams[0].items[0].answer_key: 'E' is not one of this item's options"
    assert lines[2] == "groups[0].colour: is not a field of the package format (a typo?)"


def test_a_refusal_that_is_not_about_the_file_is_one_sentence(
    station: Station, beheerder: SignedIn, write_package: Callable[..., Path], qtbot: QtBot
) -> None:
    dialog = ImportPackageDialog(station, beheerder)  # a beheerder does not import packages
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.import_file(write_package())
    qtbot.waitUntil(dialog.error.isVisible, timeout=10_000)
    assert (
        dialog.error.text()
        == "This needs the role Examensecretaris (exam secretary); beheer does not have it."
    )
    assert not dialog.problem_table.isVisible() and not dialog.copy_button.isVisible()


def test_a_bug_during_import_is_logged_and_named_in_one_sentence(
    dialog, write_package: Callable[..., Path], qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, log_folder
) -> None:
    def broken(station: Station, actor, path, progress) -> None:
        raise RuntimeError("import bug")

    monkeypatch.setattr(packages, "import_package", broken)
    dialog.import_file(write_package())
    qtbot.waitUntil(dialog.error.isVisible, timeout=10_000)
    log = log_folder / "examdesk.log"
    assert "RuntimeError: import bug" in log.read_text("utf-8")
    assert str(log) in dialog.error.text()


@pytest.fixture
def with_group(
    workspace: ExamsWorkspace,
    station: Station,
    secretaris: SignedIn,
    write_package: Callable[..., Path],
    qtbot: QtBot,
) -> ExamsWorkspace:
    packages.import_package(station, secretaris, write_package())
    workspace.refresh()
    qtbot.waitUntil(lambda: workspace.roster_model.rowCount() == 2, timeout=10_000)
    return workspace


def test_a_roster_with_a_bad_bsn_names_row_and_column_and_adds_nobody(
    with_group, station: Station, secretaris: SignedIn, tmp_path: Path, qtbot: QtBot
) -> None:
    csv = tmp_path / "rooster.csv"
    csv.write_text(ROSTER_HEADER + "2001;Piet Jansen;123456789;\n2002;Eva Mulder;999990482;\n", "utf-8")
    qtbot.mouseClick(with_group.roster_button, Qt.MouseButton.LeftButton)
    dialog = with_group.findChild(ImportRosterDialog)
    assert dialog is not None and dialog.isVisible()
    assert dialog.windowTitle() == f"Import a roster into Ochtend ({GROUP})"
    dialog.import_file(csv)
    qtbot.waitUntil(dialog.problem_table.isVisible, timeout=10_000)
    assert _problem_paths(dialog) == ["row 2, column bsn"]
    assert dialog.error.text() == "rooster.csv was not imported: 1 problem. Nothing was changed."
    assert len(catalogue.roster(station, secretaris, GROUP)) == 2


def test_a_dropped_roster_adds_its_candidates_and_the_roster_refreshes(
    with_group, tmp_path: Path, qtbot: QtBot
) -> None:
    csv = tmp_path / "rooster.csv"
    csv.write_text(
        ROSTER_HEADER
        + "2001;Piet Jansen;999992077;extra_time:30:dyslexie:2024-09-01\n2002;Eva Mulder;999990482;\n",
        "utf-8",
    )
    dialog = with_group.open_roster_dialog()
    assert isinstance(dialog, ImportRosterDialog)
    assert dialog.drop_area.label.text() == "Drag a CSV file here or choose a file"
    assert _drop(dialog, _drop_mime(csv)) == (True, True)
    qtbot.waitUntil(dialog.summary.isVisible, timeout=10_000)
    assert dialog.summary.text().split("\n")[0] == (
        f"Imported into Ochtend ({GROUP}): 2 candidates; 0 were already there."
    )
    qtbot.waitUntil(lambda: with_group.roster_model.rowCount() == 4, timeout=10_000)
    assert with_group.selected_group().code == GROUP
    assert with_group.group_model.row(0).candidate_count == 4


def test_a_package_dropped_on_the_roster_dialog_is_refused_in_words(
    with_group, write_package: Callable[..., Path]
) -> None:
    dialog = with_group.open_roster_dialog()
    _drop(dialog, _drop_mime(write_package()))
    assert dialog.error.text() == "package.json is not a roster: a roster is a .csv file."
    assert not dialog.busy
