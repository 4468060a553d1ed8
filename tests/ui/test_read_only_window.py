"""Issue 13: a second window on a station another process holds asks, then reads only and records nothing.

A real second process holds the data folder, as the examdesk window does (the helper of
tests/services/test_read_only_station.py). The start asks "Open read-only" or "Close" (Close by default);
the read-only window signs the person in with their password without recording it, says in a banner and
its title that it reads only, keeps every recording control off with a tooltip that says why, and a key of
the dashboard acts on nobody.
"""

from __future__ import annotations

import shutil
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from examdesk import i18n
from examdesk.services import demo, events, instance
from examdesk.ui import application, read_only
from examdesk.ui.main_window import MainWindow
from examdesk.ui.proctor.acts import ACTS
from examdesk.ui.proctor.workspace import ProctorWorkspace
from examdesk.ui.read_only import SecondWindowBox
from examdesk.ui.workspaces import WorkspaceKey
from tests.services.test_read_only_station import _fingerprint, held
from tests.ui.windows import make_active

WAIT = 15_000


@pytest.fixture
def folder(demo_template: Path, tmp_path: Path) -> Path:
    target = tmp_path / "station"
    shutil.copytree(demo_template, target)
    return target


@pytest.fixture
def holder(folder: Path) -> Iterator[int]:
    with held(folder) as pid:
        yield pid


def _answer_box(qtbot: QtBot, answer: Callable[[SecondWindowBox], None], seen: list[SecondWindowBox]) -> None:
    """When the box is shown (inside its own event loop), look at it and answer as a person would."""

    tries = [0]

    def look() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, SecondWindowBox) or not box.isVisible():
            tries[0] += 1
            if tries[0] < 500:  # about ten seconds; then whatever is modal is shut, so nothing hangs
                QTimer.singleShot(20, look)
            elif box is not None:
                box.close()
            return
        seen.append(box)
        try:
            answer(box)
        finally:
            if box.isVisible():  # an answer that failed must not leave the test waiting on the box
                box.reject()

    QTimer.singleShot(0, look)


def test_a_second_start_asks_and_enter_closes_it_writing_nothing(
    folder: Path, holder: int, qtbot: QtBot, capsys: pytest.CaptureFixture[str]
) -> None:
    before = _fingerprint(folder)
    seen: list[SecondWindowBox] = []
    _answer_box(qtbot, lambda box: qtbot.keyClick(box, Qt.Key.Key_Return), seen)
    assert application.run(str(folder), "en") == 2
    box = seen[0]
    assert f"(process {holder})" in box.text() and "already open on the data folder" in box.text()
    assert box.defaultButton() is box.close_button and box.escapeButton() is box.close_button
    assert box.read_only_button.text() == "&Open read-only" and box.close_button.text() == "&Close"
    assert "nothing is recorded" in box.informativeText()
    assert f"(process {holder})" in capsys.readouterr().err
    assert _fingerprint(folder) == before


def test_the_box_offers_read_only_by_the_keyboard(folder: Path, holder: int, qtbot: QtBot) -> None:
    """Close has the focus first; Tab reaches "Open read-only", Space chooses it. (Its Alt+letter is Qt's
    mnemonic, which the offscreen platform does not deliver.)"""
    seen: list[SecondWindowBox] = []

    def choose(box: SecondWindowBox) -> None:
        make_active(qtbot, box)
        assert QApplication.focusWidget() is box.close_button
        qtbot.keyClick(box, Qt.Key.Key_Tab)
        assert QApplication.focusWidget() is box.read_only_button
        qtbot.keyClick(box.read_only_button, Qt.Key.Key_Space)

    _answer_box(qtbot, choose, seen)
    assert application.offer_read_only("held elsewhere") is True
    assert seen[0].chose_read_only()


def test_the_box_speaks_dutch(qtbot: QtBot) -> None:
    from examdesk.ui import i18n_qt

    i18n_qt.install("nl")
    box = SecondWindowBox("bezet")
    qtbot.addWidget(box)
    assert box.read_only_button.text() == "&Alleen lezen openen" and box.close_button.text() == "&Sluiten"


def _window(qtbot: QtBot, folder: Path) -> MainWindow:
    reason = instance.held_by_another(folder)
    assert reason is not None
    window = application.make_window(
        folder, application.ui_settings(folder), demo=False, bench=False, read_only=reason
    )
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    qtbot.waitUntil(
        lambda: window.current_page_name() == "login" and window.station is not None, timeout=WAIT
    )
    return window


def _sign_in(qtbot: QtBot, window: MainWindow, username: str, password: str) -> None:
    page = window.login_page
    assert page is not None
    page.username_edit.clear()
    qtbot.keyClicks(page.username_edit, username)
    qtbot.keyClicks(page.password_edit, password)
    qtbot.keyClick(page.password_edit, Qt.Key.Key_Return)


def test_the_read_only_window_signs_in_records_nothing_and_keeps_every_act_off(
    folder: Path, holder: int, qtbot: QtBot
) -> None:
    before = _fingerprint(folder)
    window = _window(qtbot, folder)
    station = window.station
    assert station is not None and station.read_only is not None
    try:
        # Said at once, and for as long as the window is open: the banner and the title.
        banner = window.header.read_only_banner
        assert banner.isVisible()
        assert banner.text().startswith("Read only — this station is open in another window (by ")
        assert " since " in banner.text() and "close and start this one again" in banner.text()
        assert window.windowTitle().startswith("READ ONLY — ")
        page = window.login_page
        assert page is not None and "not recorded" in page.intro.text()
        count = len(events.list_events(station))

        # A wrong password is refused as anywhere; nothing is recorded of it.
        _sign_in(qtbot, window, "secretaris", "not the password")
        qtbot.waitUntil(page.error.isVisible, timeout=WAIT)
        assert page.error.text() == "The username or password is wrong."
        _sign_in(qtbot, window, "secretaris", demo.DEMO_PASSWORD)
        qtbot.waitUntil(lambda: window.current_page_name() == "workspaces", timeout=WAIT)
        assert len(events.list_events(station)) == count  # no sign_in_failed, no signed_in
        assert window.sync_status is None  # the copier is the holding window's

        # The Proctor workspace: the session list's recording buttons, then the running session's acts.
        workspaces = window.workspaces_page
        assert workspaces is not None
        proctor = workspaces.workspace(WorkspaceKey.PROCTOR)
        assert isinstance(proctor, ProctorWorkspace)
        for button in (proctor.start_button, proctor.plan_button, proctor.reports_button):
            assert not button.isEnabled() and button.toolTip() == read_only.tip()
        assert proctor.pv_button.toolTip() != read_only.tip()  # looking at the proces-verbaal stays
        qtbot.waitUntil(lambda: proctor.dashboard is not None, timeout=WAIT)  # the demo's running session
        dashboard = proctor.dashboard
        assert dashboard is not None
        qtbot.waitUntil(lambda: dashboard.model.rowCount() > 0, timeout=WAIT)
        dashboard.table.selectRow(0)
        dashboard.retranslate()  # the buttons' own texts and tips again: the guard keeps its word
        for spec in ACTS:
            button = dashboard.buttons[spec.act]
            assert not button.isEnabled(), spec.act
            assert button.toolTip() == read_only.tip(), spec.act
        make_active(qtbot, window)
        dashboard.table.setFocus()
        for key in (Qt.Key.Key_S, Qt.Key.Key_P, Qt.Key.Key_M, Qt.Key.Key_H):  # start, pause, melding, hand in
            qtbot.keyClick(dashboard.table, key)
            assert dashboard.message.text() == read_only.tip()
            assert dashboard.dialog is None or not dashboard.dialog.isVisible()
        assert len(events.list_events(station)) == count  # the keys acted on nobody
        sentence = i18n.render(station.read_only, "en")
        assert sentence.startswith("Read only: this station is open in another window (by ")
    finally:
        window.close()
        station.close()
    assert _fingerprint(folder) == before


def test_the_banner_in_dutch(folder: Path, holder: int, qtbot: QtBot) -> None:
    from examdesk.ui import i18n_qt

    i18n_qt.install("nl")
    window = _window(qtbot, folder)
    try:
        text = window.header.read_only_banner.text()
        assert text.startswith("Alleen lezen — dit station is geopend in een ander venster (door ")
        assert " sinds " in text
        assert window.windowTitle().startswith("ALLEEN LEZEN — ")
    finally:
        window.close()
        assert window.station is not None
        window.station.close()


def test_every_workspace_keeps_its_recording_controls_off_and_says_why(
    folder: Path, holder: int, qtbot: QtBot
) -> None:
    """The demo's account with every role, in a read-only window: each workspace's recording buttons are off
    with the one sentence as tooltip; looking (results, cases, the event log's check) stays on."""
    from examdesk.services import accounts
    from examdesk.services.station import open_station
    from examdesk.ui.admin.workspace import AdminWorkspace
    from examdesk.ui.cases.workspace import CasesWorkspace
    from examdesk.ui.exams.workspace import ExamsWorkspace
    from examdesk.ui.review.workspace import ReviewWorkspace
    from examdesk.ui.workspaces import WorkspacesPage

    reason = instance.held_by_another(folder)
    station = open_station(folder, read_only=reason)
    try:
        actor = accounts.sign_in(station, "demo", demo.DEMO_PASSWORD)
        page = WorkspacesPage(station, actor)
        qtbot.addWidget(page)
        page.show()
        review = page.workspace(WorkspaceKey.REVIEW)
        cases = page.workspace(WorkspaceKey.CASES)
        exams = page.workspace(WorkspaceKey.EXAMS)
        admin = page.workspace(WorkspaceKey.ADMIN)
        assert isinstance(review, ReviewWorkspace) and isinstance(cases, CasesWorkspace)
        assert isinstance(exams, ExamsWorkspace) and isinstance(admin, AdminWorkspace)
        qtbot.waitUntil(lambda: review.groups_page.model.rowCount() > 0, timeout=WAIT)
        held_off = [
            review.results_page.book_button,
            review.results_page.report_button,
            review.results_page.fault_button,
            review.afname_page.id_check_button,
            review.afname_page.start_button,
            review.appointments_page.inzage_button,
            review.appointments_page.cancel_button,
            cases.open_button,
            cases.view.step_button,
            cases.view.dossier_button,
            exams.import_button,
            exams.roster_button,
            admin.new_button,
            admin.roles_button,
            admin.reset_button,
            admin.certificate_box.create_button,
            admin.certificate_box.import_button,
        ]
        page.retranslate()
        for button in held_off:
            button.setEnabled(True)  # as a screen's own update would: the guard keeps it off
            assert not button.isEnabled(), button.objectName() or button.text()
            assert button.toolTip() == read_only.tip(), button.objectName() or button.text()
        for looking in (review.groups_page.results_button, admin.verify_button):
            assert looking.toolTip() != read_only.tip()
        assert admin.open_roles_dialog() is None  # a double click on an account opens nothing
    finally:
        station.close()
