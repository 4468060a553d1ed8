"""The proces-verbaal beside the work (R-PV-5) in the Review workspace, on the demo station: the candidate's
part only, opened with Ctrl+P from the afname and from the running inzage, recorded in the inzage log, and
read-only without the addendum when the candidate looks on (a PE inzage, R-INZ-3)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

from PySide6.QtCore import Qt

from examdesk.core.eventkinds import EventKind
from examdesk.core.localtime import AMSTERDAM
from examdesk.services import events, inspection, inzage_sessions, sessions
from examdesk.services.sessions import planning
from examdesk.ui.proces_verbaal.view import ProcesVerbaalView
from examdesk.ui.review.workspace import ReviewWorkspace
from tests.demo_station import CE_GROUP, PE_GROUP, demo_actor
from tests.ui.windows import make_active, press_in

WAIT = 15_000
CTRL = Qt.KeyboardModifier.ControlModifier


def _workspace(qtbot: Any, station: Any) -> ReviewWorkspace:
    workspace = ReviewWorkspace(station, demo_actor(station, "secretaris"))
    qtbot.addWidget(workspace)
    workspace.resize(1280, 800)
    workspace.show()
    qtbot.waitUntil(lambda: workspace.groups_page.model.rowCount() > 0, timeout=WAIT)
    return workspace


def _activate(qtbot: Any, workspace: ReviewWorkspace) -> None:
    make_active(qtbot, workspace)


def _ctrl_p(qtbot: Any, workspace: ReviewWorkspace, widget: Any) -> None:
    press_in(qtbot, workspace, widget, Qt.Key.Key_P, CTRL)


def _afname(qtbot: Any, workspace: ReviewWorkspace, group: str, number: str) -> None:
    row = workspace.groups_page.model.row_of(group)
    assert row is not None
    workspace.groups_page.table.selectRow(row)
    with qtbot.waitSignal(workspace.results_shown, timeout=WAIT):
        workspace.open_results()
    results = workspace.results_page
    results.table.selectRow(next(i for i, r in enumerate(results.model.rows()) if r.number == number))
    with qtbot.waitSignal(workspace.afname_shown, timeout=WAIT):
        workspace.open_afname()


def _loaded(qtbot: Any, view: ProcesVerbaalView | None) -> ProcesVerbaalView:
    assert view is not None
    qtbot.waitUntil(lambda: view.document is not None, timeout=WAIT)
    return view


def _only_their_part(view: ProcesVerbaalView, candidate_id: int) -> None:
    """R-PV-5: their own lane, and what was recorded about them or the whole group; no other candidate."""
    assert view.timeline.lane_count() == 1 and view.timeline.current_candidate() == candidate_id
    shown = view.shown_entries()
    assert shown and {e.candidate.candidate_id for e in shown if e.candidate is not None} == {candidate_id}
    assert not view.candidate_combo.isVisible()  # no other candidate's part to choose


def _pv_shown(station: Any, inzage_id: int) -> int:
    return sum(
        1
        for e in events.list_events(station, kinds=(EventKind.INZAGE_PROCES_VERBAAL_SHOWN,))
        if e.payload.get("inzage") == inzage_id
    )


# R-PV-5, R-INZ-4
def test_the_proces_verbaal_opens_beside_the_afname_and_the_inzage_and_is_logged_once(
    qtbot: Any, demo_station: Any
) -> None:
    workspace = _workspace(qtbot, demo_station)
    _activate(qtbot, workspace)
    _afname(qtbot, workspace, CE_GROUP, "3001")  # the storing, the compensation and the melding of 20 May
    afname = workspace.afname_page
    work = afname.work
    assert work is not None and work.proces_verbaal_session is not None
    candidate_id = work.candidate.candidate_id
    assert not afname.beside.is_open()
    _ctrl_p(qtbot, workspace, afname.back_button)
    assert afname.beside.is_open() and afname.beside.button.isChecked()
    view = _loaded(qtbot, afname.pv_pane.view)
    assert view.session_id == work.proces_verbaal_session and view.preset == candidate_id
    _only_their_part(view, candidate_id)
    assert any(e.kind == EventKind.STORING_STARTED for e in view.shown_entries())
    # The work stays in sight beside it, and the proces-verbaal fits the pane without scrolling sideways.
    qtbot.waitUntil(lambda: afname.beside.sizes()[0] > afname.beside.sizes()[1] > 500, timeout=WAIT)
    assert not afname.pv_pane.view_scroll.horizontalScrollBar().isVisible()
    # The session's facts and the legend fold away in the pane; a click shows them.
    assert not view.facts_box.isVisible() and not view.legend.isVisible()
    qtbot.mouseClick(view.details_button, Qt.MouseButton.LeftButton)
    assert view.facts_box.isVisible() and "A. Jansen" in view.fact_labels["surveillants"][1].text()
    qtbot.mouseClick(view.legend_button, Qt.MouseButton.LeftButton)
    assert view.legend.isVisible()
    assert afname.start_button.isVisible()
    # Only the examensecretaris is here and the session is closed: the addendum stays possible (R-PV-4).
    assert view.addendum_button.isVisible() and view.addendum_action.isEnabled()
    _ctrl_p(qtbot, workspace, view.table)
    assert not afname.beside.is_open() and not afname.beside.button.isChecked()

    with qtbot.waitSignal(workspace.inzage_started, timeout=WAIT) as started:
        qtbot.mouseClick(afname.start_button, Qt.MouseButton.LeftButton)
    inzage_id = started.args[0].id
    page = workspace.session_page
    assert not page.beside.is_open()  # the work first
    _ctrl_p(qtbot, workspace, page.viewer)
    view = _loaded(qtbot, page.pv_pane.view)
    _only_their_part(view, candidate_id)
    assert page.viewer is not None and page.viewer.isVisible()  # beside the work, not instead of it
    qtbot.waitUntil(lambda: _pv_shown(demo_station, inzage_id) == 1, timeout=WAIT)
    for _ in range(2):  # closed and opened again: still one record
        qtbot.mouseClick(page.beside.button, Qt.MouseButton.LeftButton)
    assert page.beside.is_open()
    with qtbot.waitSignal(workspace.inzage_ended, timeout=WAIT):
        qtbot.mouseClick(page.end_button, Qt.MouseButton.LeftButton)
    assert _pv_shown(demo_station, inzage_id) == 1
    entry = inzage_sessions.inzage_entry(demo_station, demo_actor(demo_station, "secretaris"), inzage_id)
    assert entry.proces_verbaal_shown and entry.end_reason == "closed"
    assert not page.beside.is_open() and page.pv_pane.view is None


def _pe_session_with(station: Any, clock: Any, number: str) -> str:
    """The PE group's own sitting on this station, on the day its results were handed in (12 June), in which
    ``number`` sat the exam and handed it in (R-PV-5: the sitting in which the result was made)."""
    back_to = clock.wall
    clock.set_wall(datetime(2026, 6, 12, 11, 20, tzinfo=UTC))  # 13:20 in Amsterdam, before the 13:30 start
    secretaris = demo_actor(station, "secretaris")
    jansen = demo_actor(station, "surveillant1")
    today = clock.wall.astimezone(AMSTERDAM).date()  # R-SES-5: a session of that day
    session_id = planning.plan_session(
        station,
        secretaris,
        planning.PlanRequest(PE_GROUP, surveillants=[("surveillant1", True)], start_time="13:30", date=today),
    )
    clock.advance(timedelta(minutes=10))
    planning.start_session(station, jansen, session_id)
    ids = {row.number: row.candidate_id for row in sessions.dashboard(station, jansen, session_id)}
    sessions.record_bsn_check(station, jansen, session_id, ids[number], match=True, id_document="passport")
    sessions.start_candidate(station, jansen, session_id, ids[number])
    clock.advance(timedelta(minutes=38))
    sessions.hand_in(station, jansen, session_id, ids[number])
    sessions.mark_absent(station, jansen, session_id, ids["2001"])  # someone else's part
    clock.set_wall(back_to)
    return session_id


# R-PV-5, R-INZ-3
def test_at_a_pe_inzage_the_proces_verbaal_only_shows_and_offers_no_addendum(
    qtbot: Any, demo_station: Any, demo_clock: Any
) -> None:
    session_id = _pe_session_with(demo_station, demo_clock, "2003")
    workspace = _workspace(qtbot, demo_station)
    _afname(qtbot, workspace, PE_GROUP, "2003")
    afname = workspace.afname_page
    assert afname.work is not None and afname.work.sessions == (session_id,)
    candidate_id = afname.work.candidate.candidate_id
    secretaris = demo_actor(demo_station, "secretaris")
    inspection.record_bsn_check(demo_station, secretaris, candidate_id, match=True, id_document="passport")
    with qtbot.waitSignal(workspace.afname_shown, timeout=WAIT):
        workspace.open_afname(candidate_id)
    afname.supervisor_box.setChecked(True)
    with qtbot.waitSignal(workspace.inzage_started, timeout=WAIT) as started:
        qtbot.mouseClick(afname.start_button, Qt.MouseButton.LeftButton)
    inzage_id = started.args[0].id
    page = workspace.session_page
    qtbot.mouseClick(page.beside.button, Qt.MouseButton.LeftButton)
    view = _loaded(qtbot, page.pv_pane.view)
    _only_their_part(view, candidate_id)
    # Thijs Mulder's absence is in the session's record, not in Noor's part.
    assert any(e.candidate is not None and e.candidate.number == "2001" for e in view.model.rows())
    assert all(e.candidate is None or e.candidate.number == "2003" for e in view.shown_entries())
    # The candidate looks on: read-only, and the addendum cannot be reached by button or key (R-PV-4).
    assert not view.addendum_button.isVisible() and not view.addendum_action.isEnabled()
    assert "Read-only: the candidate looks on." in page.pv_pane.note.text()
    _activate(qtbot, workspace)
    qtbot.keyClick(view.table, Qt.Key.Key_A, CTRL | Qt.KeyboardModifier.ShiftModifier)
    # The shortcut is handled while the key is delivered (keyClick returns after it): a dialog would be open.
    assert view.dialog is None
    qtbot.waitUntil(lambda: _pv_shown(demo_station, inzage_id) == 1, timeout=WAIT)
    with qtbot.waitSignal(workspace.inzage_ended, timeout=WAIT):
        qtbot.mouseClick(page.end_button, Qt.MouseButton.LeftButton)
    assert inzage_sessions.inzage_entry(demo_station, secretaris, inzage_id).proces_verbaal_shown


# R-PV-5
def test_without_a_session_on_this_station_the_pane_says_where_the_proces_verbaal_is(
    qtbot: Any, demo_station: Any
) -> None:
    workspace = _workspace(qtbot, demo_station)
    _afname(qtbot, workspace, PE_GROUP, "2003")  # the PE results came with the package
    afname = workspace.afname_page
    qtbot.mouseClick(afname.beside.button, Qt.MouseButton.LeftButton)
    pane = afname.pv_pane
    assert afname.beside.is_open() and pane.view is None and pane.absent.isVisible()
    # R-PV-5: no sitting known, and it says so (never another session of the group).
    assert pane.absent.text().startswith(
        f"The session of afnamegroep {PE_GROUP} in which this result was made"
    )
    for control in (pane.close_button, afname.beside.button):
        assert control.accessibleName()
    qtbot.mouseClick(pane.close_button, Qt.MouseButton.LeftButton)
    assert not afname.beside.is_open()
