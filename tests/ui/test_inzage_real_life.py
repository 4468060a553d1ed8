"""An inzage that survives real life (R-INZ-7) and locks the station while it runs (R-INZ-8), on real
widgets; a real ``kill -9`` of a process holding a running inzage; the appointment book (R-INZ-6); a VOV made
during the inzage (R-VOV-4); large print in the viewer and the proces-verbaal pane (issue 16 #10)."""

from __future__ import annotations

import datetime as dt
import os
import signal
import subprocess
import sys
import textwrap
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from examdesk.services import appointments, inspection, inzage_sessions
from examdesk.ui.review.appointments import BookAppointmentDialog
from examdesk.ui.review.viewer import InspectionViewer
from examdesk.ui.review.vov import InzageVovDialog
from examdesk.ui.review.workspace import ReviewWorkspace
from examdesk.ui.workspaces import WorkspaceKey, WorkspacesPage
from tests.demo_station import PE_GROUP, candidate_id, demo_actor

WAIT = 15_000


def _noor(station: Any, actor: Any) -> int:
    return candidate_id(inspection.group_results(station, actor, PE_GROUP), "2003")


def _page(qtbot: Any, station: Any, actor: Any) -> tuple[WorkspacesPage, ReviewWorkspace]:
    page = WorkspacesPage(station, actor)
    qtbot.addWidget(page)
    page.resize(1280, 820)
    page.show()
    review = page.workspace(WorkspaceKey.REVIEW)
    assert isinstance(review, ReviewWorkspace)
    page.tabs.setCurrentWidget(review)
    return page, review


def _start_noor(qtbot: Any, station: Any, actor: Any, review: ReviewWorkspace) -> None:
    noor = _noor(station, actor)
    inspection.record_bsn_check(station, actor, noor, match=True, id_document="passport")
    qtbot.waitUntil(lambda: review.groups_page.model.rowCount() > 0, timeout=WAIT)
    with qtbot.waitSignal(review.afname_shown, timeout=WAIT):
        review.open_afname(noor)
    review.afname_page.supervisor_box.setChecked(True)
    with qtbot.waitSignal(review.inzage_started, timeout=WAIT):
        qtbot.mouseClick(review.afname_page.start_button, Qt.MouseButton.LeftButton)


# --- R-INZ-8 -----------------------------------------------------------------------------------------------


def test_r_inz_8_while_an_inzage_runs_no_other_workspace_can_be_shown(qtbot: Any, demo_station: Any) -> None:
    actor = demo_actor(demo_station, "demo")  # every role: every workspace
    page, review = _page(qtbot, demo_station, actor)
    review_index = page.keys().index(WorkspaceKey.REVIEW)
    page.tabs.setCurrentIndex(review_index)
    _start_noor(qtbot, demo_station, actor, review)
    assert page.locked
    others = [i for i in range(page.tabs.count()) if i != review_index]
    assert others and not any(page.tabs.isTabEnabled(i) for i in others)
    for index in others:  # Ctrl+1…: the shortcuts are off, and switching by hand does nothing
        assert not page.shortcuts[index].isEnabled()
        page.switch_to(index)
        page.tabs.setCurrentIndex(index)
        assert page.tabs.currentIndex() == review_index
    assert "candidate is watching" in page.tabs.tabToolTip(others[0])
    with qtbot.waitSignal(review.inzage_ended, timeout=WAIT):
        qtbot.mouseClick(review.session_page.end_button, Qt.MouseButton.LeftButton)
    assert not page.locked and all(page.tabs.isTabEnabled(i) for i in others)


# --- R-INZ-7: signing out asks ----------------------------------------------------------------------------


def test_r_inz_7_signing_out_during_an_inzage_asks_to_end_it_first(qtbot: Any, demo_station: Any) -> None:
    actor = demo_actor(demo_station, "secretaris")
    page, review = _page(qtbot, demo_station, actor)
    _start_noor(qtbot, demo_station, actor, review)
    signed_out: list[bool] = []
    # "Go back to the inzage": nothing ends, nobody is signed out.
    assert page.hold_sign_out(lambda: signed_out.append(True))
    box = page.sign_out_box
    assert isinstance(box, QMessageBox)
    keep = next(b for b in box.buttons() if b.objectName() == "keepInzageButton")
    keep.click()
    assert review.inzage_running() and not signed_out
    # "End the inzage and sign out": the inzage is ended (and logged) first, then the sign-out goes on.
    assert page.hold_sign_out(lambda: signed_out.append(True))
    box = page.sign_out_box
    assert isinstance(box, QMessageBox)
    end = next(b for b in box.buttons() if b.objectName() == "endAndSignOutButton")
    end.click()
    qtbot.waitUntil(lambda: signed_out == [True], timeout=WAIT)
    (entry,) = [
        e for e in inzage_sessions.inzage_log(demo_station, actor, PE_GROUP) if e.candidate_number == "2003"
    ]
    assert entry.end_reason == inspection.END_CLOSED and entry.counts
    assert not page.hold_sign_out(lambda: None)  # nothing runs: no question


# --- R-INZ-7: a real kill -9, then the next start -----------------------------------------------------------

_HOLDER = textwrap.dedent(
    """
    import sys, time
    from datetime import datetime, timedelta
    from pathlib import Path
    from examdesk.services import accounts, demo, inspection, inzage_sessions
    from examdesk.services.clock import ManualClock
    from examdesk.services.station import open_station

    clock = ManualClock(datetime.fromisoformat(sys.argv[2]))
    station = open_station(Path(sys.argv[1]), clock=clock, keyring_backend=None)
    actor = accounts.sign_in(station, "secretaris", demo.DEMO_PASSWORD)
    results = inspection.group_results(station, actor, sys.argv[3])
    noor = next(r.candidate_id for r in results.candidates if r.number == "2003")
    inspection.record_bsn_check(station, actor, noor, match=True, id_document="passport")
    started = inzage_sessions.start_inzage(station, actor, noor, supervisor_present=True)
    clock.advance(timedelta(minutes=7))
    inzage_sessions.record_item_opened(station, actor, started.id, started.items[0].item.id)
    print(started.id, flush=True)
    while True:  # real time: the holder sits in its inzage until the test kills it (R-INZ-7)
        time.sleep(1)
    """
)


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")
def test_r_inz_7_after_a_kill_9_the_next_start_offers_the_open_inzage_for_its_remaining_minutes(
    qtbot: Any, demo_station: Any, demo_clock: Any, tmp_path: Path
) -> None:
    folder = demo_station.data_dir
    demo_station.close()  # the other process holds the station now
    holder = subprocess.Popen(
        [sys.executable, "-c", _HOLDER, str(folder), demo_clock.wall.isoformat(), PE_GROUP],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)},
    )
    try:
        assert holder.stdout is not None
        inzage_id = int(holder.stdout.readline().strip() or 0)
        assert inzage_id, holder.stderr.read() if holder.stderr else ""
    finally:
        os.kill(holder.pid, signal.SIGKILL)  # the power goes
        holder.wait(timeout=30)
        for stream in (holder.stdout, holder.stderr):
            if stream is not None:
                stream.close()
    assert holder.returncode == -signal.SIGKILL

    from examdesk.services.station import open_station

    demo_clock.advance(dt.timedelta(minutes=30))  # the restart, later the same day
    station = open_station(folder, clock=demo_clock, keyring_backend=None)
    try:
        actor = demo_actor(station, "secretaris")
        page, review = _page(qtbot, station, actor)
        qtbot.waitUntil(lambda: review.current_page() is review.interrupted_page, timeout=WAIT)
        interrupted = review.interrupted_page
        assert page.current_key() is WorkspaceKey.REVIEW
        assert "Noor Hendriks" in interrupted.facts.text()
        assert interrupted.resume_button.text() == "Resume (13 min left)"
        _save(page, "r_inz_7_interrupted_en.png")
        with qtbot.waitSignal(review.inzage_started, timeout=WAIT) as started:
            qtbot.mouseClick(interrupted.resume_button, Qt.MouseButton.LeftButton)
        session: inspection.InzageSession = started.args[0]
        assert session.id == inzage_id and session.resumed
        assert session.time_limit == dt.timedelta(minutes=13)
        assert review.current_page() is review.session_page and page.locked
        left = review.session_page.remaining()
        assert left is not None and dt.timedelta(minutes=12, seconds=50) < left <= dt.timedelta(minutes=13)
        _save(page, "r_inz_7_resumed_en.png")
        with qtbot.waitSignal(review.inzage_ended, timeout=WAIT):
            qtbot.mouseClick(review.session_page.end_button, Qt.MouseButton.LeftButton)
        assert inzage_sessions.open_inzages(station, actor) == []
    finally:
        station.close()


def test_r_inz_7_an_interrupted_inzage_of_another_day_is_closed_without_counting(
    qtbot: Any, demo_station: Any, demo_clock: Any
) -> None:
    actor = demo_actor(demo_station, "secretaris")
    noor = _noor(demo_station, actor)
    inspection.record_bsn_check(demo_station, actor, noor, match=True, id_document="passport")
    inzage_sessions.start_inzage(demo_station, actor, noor, supervisor_present=True)
    demo_clock.advance(dt.timedelta(days=1))
    page, review = _page(qtbot, demo_station, actor)
    qtbot.waitUntil(lambda: review.current_page() is review.interrupted_page, timeout=WAIT)
    assert not review.interrupted_page.resume_button.isEnabled()
    qtbot.mouseClick(review.interrupted_page.close_button, Qt.MouseButton.LeftButton)
    dialog = review.close_dialog
    dialog.counts_box.setChecked(True)
    dialog.submit()  # counting needs a reason: refused inline, nothing recorded
    qtbot.waitUntil(lambda: dialog.error.isVisible(), timeout=WAIT)
    assert inzage_sessions.open_inzages(demo_station, actor)
    dialog.counts_box.setChecked(False)
    with qtbot.waitSignal(review.groups_shown, timeout=WAIT):
        dialog.submit()
    assert review.current_page() is review.groups_page
    assert inzage_sessions.open_inzages(demo_station, actor) == []


# --- R-INZ-6: the appointment book ------------------------------------------------------------------------


def test_r_inz_6_todays_appointment_is_where_a_pe_inzage_starts(qtbot: Any, demo_station: Any) -> None:
    actor = demo_actor(demo_station, "secretaris")
    noor = _noor(demo_station, actor)  # the demo's appointment of today, 14:00
    page, review = _page(qtbot, demo_station, actor)
    # The demo's three of today: one held this morning, one lapsed, Noor's booked (R-INZ-6).
    qtbot.waitUntil(lambda: review.groups_page.today_count == 3, timeout=WAIT)
    assert review.groups_page.appointments_button.text() == "Appointments (today: 3)"
    with qtbot.waitSignal(review.appointments_page.loaded, timeout=WAIT):
        qtbot.mouseClick(review.groups_page.appointments_button, Qt.MouseButton.LeftButton)
    book = review.appointments_page
    states = [book.model.index(row, 5).data() for row in range(book.model.rowCount())]
    assert states == ["held", "lapsed", "booked"]
    assert book.selected() is not None and book.selected().candidate_id == noor  # the one still to come
    assert book.inzage_button.isEnabled() and book.cancel_button.isEnabled()
    _save(page, "r_inz_6_appointments_en.png")
    with qtbot.waitSignal(review.afname_shown, timeout=WAIT):
        qtbot.mouseClick(book.inzage_button, Qt.MouseButton.LeftButton)
    assert review.afname_page.work is not None and review.afname_page.work.candidate.candidate_id == noor


def test_r_inz_6_booking_from_the_results_refuses_a_late_request_inline(
    qtbot: Any, demo_station: Any
) -> None:
    actor = demo_actor(demo_station, "secretaris")
    page, review = _page(qtbot, demo_station, actor)
    qtbot.waitUntil(lambda: review.groups_page.model.rowCount() > 0, timeout=WAIT)
    pe_row = review.groups_page.model.row_of(PE_GROUP)
    assert pe_row is not None
    review.groups_page.table.selectRow(pe_row)
    with qtbot.waitSignal(review.results_shown, timeout=WAIT):
        review.open_results()
    results = review.results_page
    results.table.selectRow(next(i for i, r in enumerate(results.model.rows()) if r.number == "2003"))
    assert results.book_button.isVisible() and results.book_button.isEnabled()
    dialog = review.open_booking()
    assert isinstance(dialog, BookAppointmentDialog)
    dialog.set_days(dt.date(2026, 6, 12), dt.date(2026, 6, 20))  # before the result: refused
    dialog.submit()
    qtbot.waitUntil(lambda: dialog.error.isVisible(), timeout=WAIT)

    def booked() -> list[appointments.Appointment]:
        return [a for a in appointments.appointments(demo_station, actor) if a.state.value == "booked"]

    (demo,) = booked()  # the demo's appointment of today
    appointments.cancel(demo_station, actor, demo.id)
    dialog.set_days(dt.date(2026, 6, 16), dt.date(2026, 7, 3))
    with qtbot.waitSignal(dialog.completed, timeout=WAIT):
        dialog.submit()
    (made,) = booked()
    assert made.on == dt.date(2026, 7, 3) and made.at == "10:00"


# --- R-VOV-4 ------------------------------------------------------------------------------------------------


def test_r_vov_4_a_vov_made_in_the_viewer_is_linked_to_the_inzage(qtbot: Any, demo_station: Any) -> None:
    actor = demo_actor(demo_station, "secretaris")
    page, review = _page(qtbot, demo_station, actor)
    _start_noor(qtbot, demo_station, actor, review)
    session_page = review.session_page
    dialog = session_page.open_vov()
    assert isinstance(dialog, InzageVovDialog)
    viewer = session_page.viewer
    assert isinstance(viewer, InspectionViewer)
    shown_number = viewer.entries[viewer.current].number
    assert dialog.questions.text() == str(shown_number)  # R-INZ-9: the number the candidate saw
    dialog.questions.setText("drie")
    dialog.submit()
    assert dialog.error.isVisible()
    dialog.questions.setText(str(shown_number))
    dialog.candidate_text.setPlainText("De vraag is dubbelzinnig gesteld.")
    with qtbot.waitSignal(dialog.completed, timeout=WAIT):
        dialog.submit()
    session = session_page.session
    assert session is not None
    (entry,) = [e for e in inzage_sessions.inzage_log(demo_station, actor) if e.inzage_id == session.id]
    assert len(entry.vovs) == 1


# --- issue 16 #10 -----------------------------------------------------------------------------------------


def test_large_print_makes_question_and_key_text_larger_and_the_list_is_not_cut_off(
    qtbot: Any, demo_station: Any
) -> None:
    from PySide6.QtWidgets import QApplication

    from examdesk.ui import style

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    actor = demo_actor(demo_station, "secretaris")
    page, review = _page(qtbot, demo_station, actor)
    _start_noor(qtbot, demo_station, actor, review)
    viewer = review.session_page.viewer
    assert isinstance(viewer, InspectionViewer)
    view = viewer.current_view()
    stem = view.stem if view.stem is not None else view.key_text
    before = stem.fontInfo().pointSizeF()
    assert _list_fits(viewer.question_list)  # "20. Niet beantwoord (0…" before
    normal = style.current_look()
    try:
        style.apply(app, normal.zoomed(5))  # the largest print
        qtbot.waitUntil(lambda: stem.fontInfo().pointSizeF() > before * 1.5, timeout=WAIT)
        assert stem.fontInfo().pointSizeF() >= app.font().pointSizeF()
        assert view.key_text.fontInfo().pointSizeF() >= app.font().pointSizeF()
        qtbot.waitUntil(lambda: _list_fits(viewer.question_list), timeout=WAIT)
    finally:
        style.apply(app, normal)


def test_the_proces_verbaal_button_and_its_hide_button_never_show_together(
    qtbot: Any, demo_station: Any
) -> None:
    from tests.demo_station import CE_GROUP

    actor = demo_actor(demo_station, "secretaris")
    page, review = _page(qtbot, demo_station, actor)
    qtbot.waitUntil(lambda: review.groups_page.model.rowCount() > 0, timeout=WAIT)
    ce = candidate_id(inspection.group_results(demo_station, actor, CE_GROUP), "3001")
    with qtbot.waitSignal(review.afname_shown, timeout=WAIT):
        review.open_afname(ce)
    beside = review.afname_page.beside
    pane = beside.pane
    assert beside.button.isVisible() and not pane.close_button.isVisible()
    with qtbot.waitSignal(pane.loaded, timeout=WAIT):
        beside.toggle()
    assert pane.close_button.isVisible() and not beside.button.isVisible()
    assert pane.view is not None and pane.view.table.model().rowCount() > 0  # not empty on first open
    assert pane.width() > 200
    beside.toggle()
    assert beside.button.isVisible() and not pane.isVisible()


def _list_fits(listing: Any) -> bool:
    """Every line of the question list fits beside its icon, with the scroll bar shown."""
    room = listing.viewport().width() - 16 - 24  # the icon, the item's padding and the gap beside the icon
    return all(
        listing.fontMetrics().horizontalAdvance(listing.item(i).text()) <= room
        for i in range(listing.count())
    )


def _save(widget: Any, name: str) -> None:
    """Screenshots for the issue, when asked for (EXAMDESK_SCREENSHOTS=folder)."""
    folder = os.environ.get("EXAMDESK_SCREENSHOTS")
    if folder:
        Path(folder).mkdir(parents=True, exist_ok=True)
        widget.grab().save(str(Path(folder) / name))
