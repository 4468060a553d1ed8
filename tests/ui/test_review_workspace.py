"""The Review workspace: Facet's inzage flow on the demo station (R-INZ-1..4, R-ROLE-2, R-VOV-3)."""

from __future__ import annotations

from collections import Counter
from datetime import timedelta
from typing import Any

from PySide6.QtCore import Qt

from examdesk.core.eventkinds import EventKind
from examdesk.core.roles import Role
from examdesk.services import events, inspection, inzage_sessions
from examdesk.ui import i18n_qt
from examdesk.ui.review.viewer import InspectionViewer
from examdesk.ui.review.workspace import ReviewWorkspace
from examdesk.ui.workspaces import WorkspaceKey, WorkspacesPage
from tests.demo_station import CE_GROUP, PE_GROUP, demo_actor
from tests.ui.windows import make_active

WAIT = 15_000


def _shown(station: Any, inzage_id: int) -> Counter[tuple[str, str]]:
    """R-INZ-4: how often each item was recorded as opened, and its key or marking scheme as shown."""
    found: Counter[tuple[str, str]] = Counter()
    for event in events.list_events(
        station, kinds=(EventKind.INZAGE_ITEM_OPENED, EventKind.INZAGE_ANSWER_SHOWN)
    ):
        if event.payload.get("inzage") == inzage_id:
            what = "opened" if event.kind == EventKind.INZAGE_ITEM_OPENED else str(event.payload["what"])
            found[(what, str(event.payload["item"]))] += 1
    return found


class FakeMonotonic:
    """A monotonic clock that moves only when told, so a 20-minute inzage ends without waiting."""

    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now

    def advance(self, delta: timedelta) -> None:
        self.now += delta.total_seconds()


def _workspace(qtbot: Any, station: Any, actor: Any, **options: Any) -> ReviewWorkspace:
    workspace = ReviewWorkspace(station, actor, **options)
    qtbot.addWidget(workspace)
    workspace.resize(1200, 780)
    workspace.show()
    workspace.activateWindow()
    qtbot.waitUntil(lambda: workspace.groups_page.model.rowCount() > 0, timeout=WAIT)
    return workspace


def _activate(qtbot: Any, workspace: ReviewWorkspace) -> None:
    make_active(qtbot, workspace)


def _open_group(qtbot: Any, workspace: ReviewWorkspace, code: str) -> None:
    page = workspace.groups_page
    row = page.model.row_of(code)
    assert row is not None
    page.table.selectRow(row)
    with qtbot.waitSignal(workspace.results_shown, timeout=WAIT):
        qtbot.mouseClick(page.results_button, Qt.MouseButton.LeftButton)
    assert workspace.current_page() is workspace.results_page


def _open_candidate(qtbot: Any, workspace: ReviewWorkspace, number: str) -> None:
    page = workspace.results_page
    row = next(i for i, r in enumerate(page.model.rows()) if r.number == number)
    page.table.selectRow(row)
    with qtbot.waitSignal(workspace.afname_shown, timeout=WAIT):
        qtbot.mouseClick(page.inzage_button, Qt.MouseButton.LeftButton)
    assert workspace.current_page() is workspace.afname_page


def _check_id(qtbot: Any, workspace: ReviewWorkspace) -> None:
    page = workspace.afname_page
    qtbot.mouseClick(page.id_check_button, Qt.MouseButton.LeftButton)
    dialog = workspace.id_check_dialog
    qtbot.waitUntil(lambda: dialog.match_button.isEnabled(), timeout=WAIT)
    assert dialog.bsn_label.text().replace(" ", "").isdigit() and dialog.name_label.text() == "Noor Hendriks"
    # An inzage gives no accommodations: the start-screen check shows none (the proctor's check does).
    assert not dialog.accommodations_text.isVisible() and not dialog.accommodations_title.isVisible()
    with qtbot.waitSignal(workspace.afname_shown, timeout=WAIT):
        qtbot.mouseClick(dialog.match_button, Qt.MouseButton.LeftButton)


# R-INZ-1, R-INZ-3, R-INZ-4
def test_an_eligible_pe_candidate_from_group_list_to_a_session_the_countdown_closes(
    qtbot: Any, demo_station: Any
) -> None:
    secretaris = demo_actor(demo_station, "secretaris")
    clock = FakeMonotonic()
    workspace = _workspace(qtbot, demo_station, secretaris, monotonic=clock)
    _open_group(qtbot, workspace, PE_GROUP)
    results = workspace.results_page
    noor = next(r for r in results.model.rows() if r.number == "2003")
    row = results.model.row_of(noor.candidate_id)
    assert row is not None
    assert results.model.index(row, 8).data() == "allowed until 27 Jun 2026"
    assert results.model.index(row, 6).data() == "4" and results.model.index(row, 7).data() == "failed"
    assert results.log_model.rowCount() == 1  # the demo's earlier inzage of Kim de Graaf

    _open_candidate(qtbot, workspace, "2003")
    afname = workspace.afname_page
    assert afname.requirements.isVisible() and not afname.start_button.isEnabled()
    assert afname.status.text() == "Inzage allowed until 27 Jun 2026 (inclusive)."
    _check_id(qtbot, workspace)
    assert afname.id_check_state.text() == "The ID matches the roster."
    assert not afname.start_button.isEnabled()  # R-INZ-3: a supervisor is present, confirmed
    afname.supervisor_box.setChecked(True)
    assert afname.start_button.isEnabled()
    with qtbot.waitSignal(workspace.inzage_started, timeout=WAIT) as started:
        qtbot.mouseClick(afname.start_button, Qt.MouseButton.LeftButton)
    session: inspection.InzageSession = started.args[0]
    page = workspace.session_page
    assert workspace.current_page() is page
    viewer = page.viewer
    assert isinstance(viewer, InspectionViewer)  # the real read-only viewer
    # R-INZ-3: only the wrongly answered items, each with its correct answer (the viewer's PE mode).
    assert viewer.pe_mode and [e.item.id for e in viewer.entries] == [w.item.id for w in session.items]
    assert all(e.score.points < e.score.max_points for e in viewer.entries)
    assert viewer.key_visible() and not viewer.key_button.isVisible()
    assert page.countdown.text() == "0:20:00" and page.countdown_box.isVisible()

    # R-INZ-4: the first question is opened as the inzage shows, with its key (always shown at a PE inzage).
    first, second = session.items[0].item.id, session.items[1].item.id
    qtbot.waitUntil(lambda: _shown(demo_station, session.id) == {("opened", first): 1, ("key", first): 1})
    assert workspace.focusWidget() is viewer.question_list  # the keys work at once
    _activate(qtbot, workspace)  # the ID check dialog had the focus
    qtbot.keyClick(viewer.question_list, Qt.Key.Key_PageDown)
    assert viewer.current_index() == 1
    qtbot.waitUntil(lambda: ("key", second) in _shown(demo_station, session.id), timeout=WAIT)
    # Back and forth: each question counts as opened once; R-INZ-9: every sight of the key is logged.
    qtbot.keyClick(viewer.question_list, Qt.Key.Key_PageUp)
    qtbot.keyClick(viewer.question_list, Qt.Key.Key_PageDown)
    expected = {("opened", first): 1, ("key", first): 2, ("opened", second): 1, ("key", second): 2}
    qtbot.waitUntil(lambda: _shown(demo_station, session.id) == expected, timeout=WAIT)
    clock.advance(timedelta(minutes=19, seconds=59))
    page.tick()
    assert page.countdown.text() == "0:00:01" and workspace.current_page() is page
    clock.advance(timedelta(seconds=1))
    with qtbot.waitSignal(workspace.inzage_ended, timeout=WAIT) as ended:
        page.tick()  # R-INZ-3: the inzage closes by itself
    assert ended.args == [inspection.END_TIME_UP]
    qtbot.waitUntil(lambda: workspace.current_page() is workspace.results_page, timeout=WAIT)
    qtbot.waitUntil(lambda: results.log_model.rowCount() == 2, timeout=WAIT)
    assert "ended by itself: the time was up" in results.message.text()

    entry = inzage_sessions.inzage_log(demo_station, secretaris, PE_GROUP)[-1]
    assert entry.candidate_number == "2003" and entry.end_reason == "time_up"
    assert entry.items_opened == (first, second) and entry.keys_shown == (first, second)
    assert entry.marking_schemes_shown == () and not entry.proces_verbaal_shown
    assert entry.supervisor_present and entry.id_check == "match"
    noor_now = next(r for r in results.model.rows() if r.number == "2003")
    noor_row = results.model.row_of(noor_now.candidate_id)
    assert noor_row is not None
    assert results.model.index(noor_row, 8).data().startswith("not allowed: had inzage; again from")


# R-INZ-3
def test_a_shortened_limit_closes_the_inzage_on_the_real_monotonic_clock(
    qtbot: Any, demo_station: Any
) -> None:
    secretaris = demo_actor(demo_station, "secretaris")
    workspace = _workspace(qtbot, demo_station, secretaris, inzage_time_limit=timedelta(seconds=1))
    _open_group(qtbot, workspace, PE_GROUP)
    _open_candidate(qtbot, workspace, "2003")
    _check_id(qtbot, workspace)
    workspace.afname_page.supervisor_box.setChecked(True)
    with qtbot.waitSignal(workspace.inzage_ended, timeout=WAIT) as ended:
        qtbot.mouseClick(workspace.afname_page.start_button, Qt.MouseButton.LeftButton)
    assert ended.args == [inspection.END_TIME_UP]
    kinds = [e.kind for e in events.list_events(demo_station, kinds=(EventKind.INZAGE_ENDED,))]
    assert kinds == [EventKind.INZAGE_ENDED] * 3  # the demo's two (14 June, this morning) and this one


# R-INZ-3
def test_an_ineligible_candidate_is_refused_with_the_reason(qtbot: Any, demo_station: Any) -> None:
    workspace = _workspace(qtbot, demo_station, demo_actor(demo_station, "secretaris"))
    _open_group(qtbot, workspace, PE_GROUP)
    _open_candidate(qtbot, workspace, "2001")
    afname = workspace.afname_page
    assert afname.status.text() == "Inzage of this exam is only for a grade 4 or 5; the grade is 6."
    assert afname.status.property("result") == "broken"
    assert not afname.start_button.isEnabled() and not afname.requirements.isVisible()
    workspace.start_inzage()  # pressing it anyway does nothing
    assert workspace.current_page() is afname


# R-INZ-2
def test_a_ce_candidate_is_shown_every_item_without_countdown_or_id_check(
    qtbot: Any, demo_station: Any
) -> None:
    workspace = _workspace(qtbot, demo_station, demo_actor(demo_station, "secretaris"))
    _open_group(qtbot, workspace, CE_GROUP)
    _open_candidate(qtbot, workspace, "3004")
    afname = workspace.afname_page
    assert not afname.requirements.isVisible() and afname.start_button.isEnabled()
    with qtbot.waitSignal(workspace.inzage_started, timeout=WAIT):
        qtbot.mouseClick(afname.start_button, Qt.MouseButton.LeftButton)
    page = workspace.session_page
    viewer = page.viewer
    assert isinstance(viewer, InspectionViewer)
    assert not viewer.pe_mode and len(viewer.entries) == 6 and not page.countdown_box.isVisible()
    inzage_id = page.session.id if page.session else 0
    closed = next(i for i, e in enumerate(viewer.entries) if e.item.closed)
    open_item = next(i for i, e in enumerate(viewer.entries) if not e.item.closed)
    closed_id, open_id = viewer.entries[closed].item.id, viewer.entries[open_item].item.id
    # R-INZ-1: the key only on request (K), the marking scheme likewise; R-INZ-9: asked twice, logged twice.
    viewer.go_to(closed)
    assert not viewer.key_visible()
    for _ in range(2):
        qtbot.keyClick(viewer.question_list, Qt.Key.Key_K)
        qtbot.keyClick(viewer.question_list, Qt.Key.Key_K)
    viewer.go_to(open_item)
    qtbot.keyClick(viewer.question_list, Qt.Key.Key_K)
    assert viewer.key_visible() and viewer.key_button.text() == "Marking scheme"
    qtbot.waitUntil(lambda: ("marking_scheme", open_id) in _shown(demo_station, inzage_id), timeout=WAIT)
    shown = _shown(demo_station, inzage_id)
    qtbot.waitUntil(lambda: _shown(demo_station, inzage_id)[("key", closed_id)] == 2, timeout=WAIT)
    shown = _shown(demo_station, inzage_id)
    assert shown[("key", closed_id)] == 2 and shown[("marking_scheme", open_id)] == 1
    assert shown[("opened", closed_id)] == 1 and shown[("opened", open_id)] == 1
    assert ("key", open_id) not in shown and ("marking_scheme", closed_id) not in shown
    with qtbot.waitSignal(workspace.inzage_ended, timeout=WAIT) as ended:
        qtbot.mouseClick(page.end_button, Qt.MouseButton.LeftButton)
    assert ended.args == [inspection.END_CLOSED]
    (entry,) = inzage_sessions.inzage_log(demo_station, demo_actor(demo_station, "secretaris"), CE_GROUP)
    assert entry.keys_shown == (closed_id,) and entry.marking_schemes_shown == (open_id,)
    assert set(entry.items_opened) == {viewer.entries[0].item.id, closed_id, open_id}


# R-ROLE-2
def test_a_surveillant_cannot_open_the_review_workspace(qtbot: Any, demo_station: Any) -> None:
    surveillant = demo_actor(demo_station, "surveillant1")
    page = WorkspacesPage(demo_station, surveillant)
    qtbot.addWidget(page)
    assert WorkspaceKey.REVIEW not in page.keys() and Role.SURVEILLANT in surveillant.roles
    # Even when built by hand, the workspace shows nothing: the service refuses.
    workspace = ReviewWorkspace(demo_station, surveillant)
    qtbot.addWidget(workspace)
    with qtbot.waitSignal(workspace.refused, timeout=WAIT):
        workspace.show()
    assert workspace.current_page() is workspace.empty
    assert workspace.groups_page.model.rowCount() == 0


# R-VOV-3
def test_the_technical_fault_preview_shows_before_and_after_and_saves_an_event(
    qtbot: Any, demo_station: Any
) -> None:
    workspace = _workspace(qtbot, demo_station, demo_actor(demo_station, "secretaris"))
    _open_group(qtbot, workspace, CE_GROUP)
    results = workspace.results_page
    results.table.selectRow(next(i for i, r in enumerate(results.model.rows()) if r.number == "3007"))
    qtbot.waitUntil(lambda: results.fault_button.isVisible(), timeout=WAIT)
    results.table.selectRow(next(i for i, r in enumerate(results.model.rows()) if r.number == "3002"))
    qtbot.waitUntil(lambda: not results.fault_button.isVisible(), timeout=WAIT)  # no melding for 3002
    results.table.selectRow(next(i for i, r in enumerate(results.model.rows()) if r.number == "3007"))
    qtbot.waitUntil(lambda: results.fault_button.isVisible(), timeout=WAIT)
    qtbot.mouseClick(results.fault_button, Qt.MouseButton.LeftButton)
    dialog = workspace.fault_dialog
    qtbot.waitUntil(lambda: dialog.preview is not None, timeout=WAIT)
    assert dialog.before_value.text() == "5 of 11 points, grade 4.7, failed"
    assert dialog.after_value.text() == "5 of 8 points, grade 6.3, passed"
    assert dialog.after_label.text() == "Without questions 1, 2"
    assert "This is a preview" in dialog.preview_notice.text()
    assert dialog.verdict.text() == "Not every condition is met: the result would stay as it is."
    with qtbot.waitSignal(dialog.previewed, timeout=WAIT):
        dialog.representative_box.setChecked(True)  # condition 5
    assert dialog.verdict.text().startswith("All six conditions are met")
    with qtbot.waitSignal(dialog.completed, timeout=WAIT):
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    (saved,) = events.list_events(demo_station, kinds=(EventKind.ADJUSTMENT_PREVIEWED,))
    assert saved.payload["representative"] is True and saved.payload["changes_to_pass"] is True
    assert "saved in the log" in results.message.text()


def test_the_dutch_flow_uses_facets_button_names(qtbot: Any, demo_station: Any) -> None:
    i18n_qt.install("nl")
    workspace = _workspace(qtbot, demo_station, demo_actor(demo_station, "secretaris"))
    assert workspace.groups_page.results_button.text() == "Inzien examenresultaten"
    _open_group(qtbot, workspace, PE_GROUP)
    assert workspace.results_page.inzage_button.text() == "Inzage"
    _open_candidate(qtbot, workspace, "2003")
    assert workspace.afname_page.start_button.text() == "Start inzage"
    assert workspace.afname_page.status.text() == "Inzage toegestaan tot en met 27-06-2026."


def test_every_control_of_the_flow_is_named_for_screen_readers(qtbot: Any, demo_station: Any) -> None:
    from PySide6.QtWidgets import QAbstractButton, QAbstractItemView

    workspace = _workspace(qtbot, demo_station, demo_actor(demo_station, "secretaris"))
    _open_group(qtbot, workspace, PE_GROUP)
    _open_candidate(qtbot, workspace, "2003")
    for page in (workspace.groups_page, workspace.results_page, workspace.afname_page):
        for control in page.findChildren(QAbstractButton) + page.findChildren(QAbstractItemView):
            if control.isVisibleTo(page):
                assert control.accessibleName(), f"{type(control).__name__} {control.objectName()!r}"
