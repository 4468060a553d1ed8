"""The proces-verbaal view on the demo station (R-PV-1, R-PV-3, R-PV-4, R-PV-5): header, timelines, the
filtered table of events, the chain status, addenda, and the ways there from the Proctor workspace."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from examdesk.core.eventkinds import EventKind
from examdesk.services import accounts, demo, events, proces_verbaal, sessions
from examdesk.ui import i18n_qt
from examdesk.ui.models.proces_verbaal import ADDENDUM_BACKGROUND, GROUP_ONLY, EntryColumn
from examdesk.ui.proces_verbaal.view import LOOKS, AddendumDialog, ProcesVerbaalView
from examdesk.ui.proctor.workspace import ProctorWorkspace
from tests import raw_db
from tests.reports.pdftools import needs_poppler, pdftotext
from tests.services.demo_station import open_copy

WAIT = 15_000


@pytest.fixture(scope="module")
def demo_template(running_demo: Path) -> Path:
    return running_demo


@pytest.fixture
def demo_station(demo_template: Path, tmp_path: Path) -> Iterator[Any]:
    station, _clock = open_copy(demo_template, tmp_path / "demo")
    yield station
    station.close()


@pytest.fixture
def ids(demo_station: Any) -> dict[str, str]:
    closed, running = sorted(  # the demo's hospital session is planned, not yet held (R-SES-2)
        (s for s in sessions.list_sessions(demo_station) if s.state.value != "planned"), key=lambda s: s.date
    )
    return {"closed": closed.id, "running": running.id}


def sign_in(station: Any, username: str) -> Any:
    return accounts.sign_in(station, username, demo.DEMO_PASSWORD)


@pytest.fixture
def open_view(demo_station: Any, qtbot: Any) -> Any:
    def open_(actor: Any, session_id: str, **options: Any) -> ProcesVerbaalView:
        view = ProcesVerbaalView(demo_station, actor, session_id, **options)
        qtbot.addWidget(view)
        view.resize(1280, 900)
        view.show()
        qtbot.waitExposed(view)
        qtbot.waitUntil(lambda: view.document is not None, timeout=WAIT)
        return view

    return open_


def candidate_id(view: ProcesVerbaalView, number: str) -> int:
    assert view.document is not None
    return next(c.candidate_id for c in view.document.candidates if c.number == number)


def cell(
    view: ProcesVerbaalView, row: int, column: EntryColumn, role: int = Qt.ItemDataRole.DisplayRole
) -> Any:
    return view.proxy.index(row, column).data(role)


# R-PV-1, R-PV-3
def test_the_closed_sessions_proces_verbaal_shows_header_events_and_an_intact_chain_R_PV_1(
    demo_station, ids, open_view
) -> None:
    view = open_view(sign_in(demo_station, "surveillant1"), ids["closed"])
    assert (
        view.title.text() == "Proces-verbaal: Economie 3B (basisberoepsgerichte leerweg) (2026-05-20-EC-3B)"
    )
    facts = {key: value.text() for key, (_name, value) in view.fact_labels.items()}
    # Issue 12 #3: the head in the PDF's words (test_the_screen_shows_the_head_of_the_pdf_word_for_word).
    assert facts["date"] == "20 May 2026" and facts["planned"] == "09:00, 90 minutes"
    assert facts["place"] == "school, Lokaal 1.05"
    assert facts["surveillants"] == "A. Jansen (qualified teacher), R. Bakker"
    assert facts["closed"] == "11:30 by A. Jansen" and facts["signed"] == "A. Jansen, R. Bakker"
    recorded = events.list_events(demo_station, session_id=ids["closed"])
    assert view.model.rowCount() == view.proxy.rowCount() == len(recorded)
    assert cell(view, 0, EntryColumn.TIME) == "08:40:00" and cell(view, 0, EntryColumn.SUBJECT) == "group"
    assert cell(view, 0, EntryColumn.ACTOR) == "M. de Vries"
    total = len(events.list_events(demo_station))
    assert view.chain_label.text() == f"Event chain verified: {total} events, intact"
    assert view.chain_label.property("result") == "ok" and view.chain_label.isVisible()
    assert events.list_events(demo_station)[-1].hash in view.head_label.text()
    assert view.count_label.text() == f"{len(recorded)} events"
    # On its own screen nothing is folded away: the facts, the legend and the refresh button are in sight.
    assert view.facts_box.isVisible() and view.legend.isVisible() and view.refresh_button.isVisible()
    assert not view.details_button.isVisible() and not view.legend_button.isVisible()


# R-PV-1
def test_the_events_filter_by_candidate_by_kind_and_by_text_R_PV_1(
    demo_station, ids, open_view, qtbot: QtBot
) -> None:
    view = open_view(sign_in(demo_station, "surveillant1"), ids["closed"])
    daan = candidate_id(view, "3001")
    view.filter_candidate(daan)
    shown = view.shown_entries()
    assert shown and {e.candidate.number for e in shown if e.candidate} == {"3001"}
    assert any(e.candidate is None for e in shown)  # the group's own events concern Daan too (R-PV-5)
    assert view.count_label.text() == f"{len(shown)} of {view.model.rowCount()} events"

    view.filter_kind(EventKind.STORING_STARTED)
    assert [proces_verbaal.text(e) for e in view.shown_entries()] == [
        "Storing at question 4; PC changed from PC-07 to PC-12; Facet melding FH-2026-0519"
    ]
    view.filter_candidate(None)
    view.filter_kind(EventKind.PAUSE_ENDED)
    assert [cell(view, row, EntryColumn.DESCRIPTION) for row in range(view.proxy.rowCount())] == [
        "Pause 09:45–09:55 (10 min)",
        "Pause 09:55–10:00 (5 min)",
    ]
    view.filter_kind(None)
    view.filter_candidate(GROUP_ONLY)
    assert all(e.candidate is None for e in view.shown_entries())
    view.filter_candidate(None)
    qtbot.keyClicks(view.text_filter, "brandalarm")
    assert [e.kind for e in view.shown_entries()] == [EventKind.REMARK]
    view.text_filter.clear()
    assert view.proxy.rowCount() == view.model.rowCount()
    # The kinds offered are the kinds this proces-verbaal holds, by name.
    kinds = [view.kind_combo.itemText(i) for i in range(view.kind_combo.count())]
    assert kinds[0] == "All kinds" and "Storing begins" in kinds and "Addendum" not in kinds


# R-PV-1
def test_the_timeline_paints_one_lane_per_candidate_with_patterns_and_tooltips_R_PV_1(
    demo_station, ids, open_view
) -> None:
    view = open_view(sign_in(demo_station, "surveillant1"), ids["closed"])
    timeline = view.timeline
    assert view.document is not None
    assert timeline.lane_count() == len(view.document.candidates) == 8
    image = timeline.grab().toImage()
    assert not image.isNull() and image.width() > 400 and image.height() >= timeline.sizeHint().height()
    colours = {
        image.pixelColor(x, y).name() for x in range(0, image.width(), 3) for y in range(0, image.height(), 3)
    }
    for kind in ("working", "storing", "pause", "extension"):
        assert QColor(LOOKS[kind].fill).name() in colours, kind
    # Each painted part says what it is; the storing of 3001 with its compensation.
    daan = view.document.candidates[0]
    (storing,) = daan.storingen
    assert storing.end is not None
    x = (timeline._x(storing.start) + timeline._x(storing.end)) / 2
    from examdesk.ui.proces_verbaal.view import AXIS_HEIGHT, BAR_HEIGHT, BAR_TOP

    text = timeline.tooltip_at(x, AXIS_HEIGHT + BAR_TOP + BAR_HEIGHT / 2)
    assert text == "3001 Daan Peters: storing 09:25–09:32 (7 min) · question 4, compensation 7 min"
    assert timeline.accessibleName() == "Timeline of the candidates"
    assert timeline.accessibleDescription().startswith(
        "3001 Daan Peters; handed in; from 08:58 to 10:20; working time 81 min; deadline 10:35"
    )
    assert [view.legend.labels[k].text() for k in ("working", "pause", "storing")] == [
        "working",
        "pause",
        "storing",
    ]


def test_choosing_a_lane_filters_the_events_to_that_candidate(
    demo_station, ids, open_view, qtbot: QtBot
) -> None:
    view = open_view(sign_in(demo_station, "surveillant1"), ids["closed"])
    view.timeline.setFocus()
    qtbot.keyClick(view.timeline, Qt.Key.Key_Down)
    qtbot.keyClick(view.timeline, Qt.Key.Key_Return)
    assert view.candidate_combo.currentText() == "3002 Yohannes Tesfay"
    assert {e.candidate.number for e in view.shown_entries() if e.candidate} == {"3002"}
    assert view.timeline.accessibleDescription().startswith("3002 Yohannes Tesfay; time up")


# R-PV-4
def test_the_examensecretaris_adds_an_addendum_which_is_shown_marked_as_such_R_PV_4(
    demo_station, ids, open_view, qtbot: QtBot
) -> None:
    view = open_view(sign_in(demo_station, "secretaris"), ids["closed"])
    view.filter_candidate(candidate_id(view, "3005"))
    qtbot.mouseClick(view.addendum_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: isinstance(view.dialog, AddendumDialog) and view.dialog.isVisible(), timeout=WAIT)
    dialog = view.dialog
    assert isinstance(dialog, AddendumDialog)
    assert dialog.scope_combo.currentText() == "3005 Mila Bos"  # the candidate the view was filtered on
    remark = next(e for e in view.document.entries if e.kind == EventKind.REMARK)
    dialog.refers_combo.setCurrentIndex(dialog.refers_combo.findData(remark.event_id))
    qtbot.keyClicks(dialog.text_edit, "Brandalarmtest was vooraf aangekondigd.")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: any(e.is_addendum for e in view.model.rows()), timeout=WAIT)
    recorded = events.list_events(demo_station, kinds=(EventKind.ADDENDUM,))
    assert len(recorded) == 1 and recorded[0].actor == "secretaris"
    assert view.message.text() == f"Addendum recorded as #{recorded[0].id}, with your name and the time."
    assert not view.message.is_refusal()
    row = next(r for r in range(view.proxy.rowCount()) if view.shown_entries()[r].is_addendum)
    assert cell(view, row, EntryColumn.KIND) == "Addendum (ADDENDUM)"
    assert cell(view, row, EntryColumn.SUBJECT) == "3005 Mila Bos"
    assert cell(view, row, EntryColumn.DESCRIPTION) == (
        f"Addendum: Brandalarmtest was vooraf aangekondigd.; about event #{remark.event_id} (Remark at 10:00)"
    )
    assert cell(view, row, EntryColumn.ACTOR) == "M. de Vries"
    assert cell(view, row, EntryColumn.KIND, Qt.ItemDataRole.BackgroundRole) == QColor(ADDENDUM_BACKGROUND)
    assert view.chain_label.property("result") == "ok"


# R-PV-4
def test_an_addendum_is_refused_for_a_surveillant_with_the_services_reason_R_PV_4(
    demo_station, ids, open_view, qtbot: QtBot
) -> None:
    view = open_view(sign_in(demo_station, "surveillant2"), ids["closed"])
    qtbot.mouseClick(view.addendum_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(view.message.is_refusal, timeout=WAIT)
    assert view.message.text() == (
        "After a session has been closed only the examensecretaris can add to its proces-verbaal; "
        "R. Bakker is not examensecretaris."
    )
    assert view.dialog is None
    assert not events.list_events(demo_station, kinds=(EventKind.ADDENDUM,))


# R-PV-4
def test_an_addendum_is_refused_while_the_session_runs_R_PV_4(
    demo_station, ids, open_view, qtbot: QtBot
) -> None:
    view = open_view(sign_in(demo_station, "secretaris"), ids["running"])
    view.addendum_action.trigger()
    qtbot.waitUntil(view.message.is_refusal, timeout=WAIT)
    assert view.message.text().startswith(
        "The session is running: an addendum is added to the proces-verbaal"
    )
    assert view.dialog is None


# R-PV-3
def test_a_broken_chain_is_shown_in_red_with_the_first_broken_link_R_PV_3(
    demo_station, ids, open_view
) -> None:
    victim = events.list_events(demo_station, session_id=ids["closed"], kinds=(EventKind.REMARK,))[0]
    with raw_db.connect(demo_station) as connection:
        connection.execute("DROP TRIGGER event_no_update")
        connection.execute("UPDATE event SET actor = 'iemand' WHERE id = ?", (victim.id,))
    connection.close()
    view = open_view(sign_in(demo_station, "surveillant1"), ids["closed"])
    assert view.chain_label.property("result") == "broken"
    assert view.chain_label.text() == (
        f"Event chain broken: event {victim.seq} of station {victim.station_id} no longer matches its hash: "
        "it was changed after it was recorded"
    )


# R-PV-1
def test_the_running_sessions_proces_verbaal_shows_now_and_the_time_remaining_R_PV_1(
    demo_station, ids, open_view
) -> None:
    view = open_view(sign_in(demo_station, "surveillant1"), ids["running"])
    assert view.document is not None and view.timeline.now == view.document.made_at
    assert view.timeline.lane_count() == 8
    facts = {key: value.text() for key, (_name, value) in view.fact_labels.items()}
    assert facts["closed"] == "not yet: the session is running"
    assert view.refresh_timer.isActive()  # a running session's record goes on growing
    view.hide()
    assert not view.refresh_timer.isActive()


# R-PV-5
def test_embedded_beside_a_candidates_work_it_shows_their_lane_and_their_part_R_PV_5(
    demo_station, ids, open_view
) -> None:
    secretaris = sign_in(demo_station, "secretaris")
    closed = next(
        c for c in sessions.dashboard(demo_station, secretaris, ids["closed"]) if c.number == "3005"
    )
    view = open_view(secretaris, ids["closed"], candidate_id=closed.candidate_id)
    assert view.timeline.lane_count() == 1 and view.timeline.records[0].number == "3005"
    assert not view.back_button.isVisible()
    shown = view.shown_entries()
    assert {e.candidate.number for e in shown if e.candidate} == {"3005"}
    assert any(e.kind == EventKind.REMARK for e in shown)  # the whole group's remark concerns her work too
    assert view.candidate_combo.currentText() == "3005 Mila Bos"


# R-PV-1
def test_a_planned_sessions_proces_verbaal_opens_and_paints_its_timeline(demo_station, open_view) -> None:
    """Every lane of a session not yet opened lies at its planned start: the axis spans a quarter of an hour
    instead of nothing (which divided by zero while painting, and Qt aborted the application)."""
    (planned,) = [s for s in sessions.list_sessions(demo_station) if s.state.value == "planned"]
    view = open_view(sign_in(demo_station, "secretaris"), planned.id)
    view.timeline.repaint()
    assert view.timeline.lane_count() >= 1 and view.timeline.tooltip_at(0, 0) is None


# R-PV-1, issue 12 #3
@needs_poppler
@pytest.mark.parametrize("language", ["en", "nl"])
def test_the_screen_shows_the_head_of_the_pdf_word_for_word(
    demo_station, open_view, tmp_path: Path, language: str
) -> None:
    """The head of the proces-verbaal is one list of facts (core.proces_verbaal.header_facts): each line the
    screen shows stands in the PDF as it is, and the screen shows every one (the hospital session's
    consultation of the Inspectie and its quarantine report too)."""
    from examdesk import i18n
    from examdesk.core.proces_verbaal import HEADER_KEYS, header_facts
    from examdesk.reports import proces_verbaal as pv_report
    from examdesk.reports.document import Letterhead

    i18n_qt.install(language)
    secretaris = sign_in(demo_station, "secretaris")
    for summary in sessions.list_sessions(demo_station):
        view = open_view(secretaris, summary.id)
        assert view.document is not None
        made = Letterhead("school", "station", view.document.made_at, language)
        out = tmp_path / f"{summary.id}.pdf"
        out.write_bytes(pv_report.render(view.document, made, lambda value: i18n.render(value, language)))
        printed = " ".join(pdftotext(out, layout=False).split())
        keys = [fact.key for fact in header_facts(view.document.header)]
        shown = [key for key in HEADER_KEYS if view.fact_labels[key][1].isVisibleTo(view)]
        assert shown == keys
        for key in keys:
            name, value = (label.text() for label in view.fact_labels[key])
            assert f"{name} {value}" in printed, (summary.id, name, value)
        if summary.state.value == "planned":  # R-SES-2, R-SES-3: the screen showed neither before
            assert {"consulted", "permission"} <= set(shown)
            assert "2026" in view.fact_labels["quarantine"][1].text()


def test_the_view_speaks_dutch(demo_station, ids, open_view) -> None:
    i18n_qt.install("nl")
    view = open_view(sign_in(demo_station, "surveillant1"), ids["closed"])
    total = len(events.list_events(demo_station))
    assert view.chain_label.text() == f"Gebeurtenissenketen gecontroleerd: {total} gebeurtenissen, intact"
    view.filter_kind(EventKind.PAUSE_ENDED)
    assert cell(view, 0, EntryColumn.KIND) == "Pauze eindigt"
    assert cell(view, 0, EntryColumn.DESCRIPTION) == "Pauze 09:45–09:55 (10 min)"
    assert view.fact_labels["date"][1].text() == "20-05-2026"
    assert view.fact_labels["planned"][1].text() == "09:00, 90 minuten"
    assert view.legend.labels["pause"].text() == "pauze"


def test_every_visible_control_of_the_view_has_an_accessible_name(demo_station, ids, open_view) -> None:
    from PySide6.QtWidgets import QAbstractButton, QAbstractItemView, QComboBox, QLineEdit

    view = open_view(sign_in(demo_station, "secretaris"), ids["closed"])
    nameless = [
        f"{type(control).__name__} {control.objectName()!r}"
        for kind in (QAbstractButton, QLineEdit, QAbstractItemView, QComboBox)
        for control in view.findChildren(kind)
        if control.isVisible()
        and not control.accessibleName()
        and control.objectName() != "qt_scrollarea_viewport"
    ]
    assert nameless == []
    assert view.timeline.focusPolicy() == Qt.FocusPolicy.StrongFocus


# --- the ways there ---------------------------------------------------------------------------------------------


@pytest.fixture
def workspace(demo_station: Any, qtbot: Any) -> ProctorWorkspace:
    shown = ProctorWorkspace(demo_station, sign_in(demo_station, "surveillant1"), auto_open=False)
    qtbot.addWidget(shown)
    shown.resize(1280, 900)
    shown.show()
    qtbot.waitExposed(shown)
    qtbot.waitUntil(lambda: shown.model.rowCount() == 3, timeout=WAIT)  # with the planned hospital session
    return shown


def test_the_proces_verbaal_opens_from_the_session_list_and_goes_back_to_it(
    workspace, ids, qtbot: QtBot
) -> None:
    workspace.select_session(ids["closed"])
    assert workspace.pv_button.isEnabled() and workspace.pv_button.text() == "Proces-verbaal (Ctrl+P)"
    qtbot.mouseClick(workspace.pv_button, Qt.MouseButton.LeftButton)
    view = workspace.proces_verbaal
    assert view is not None and workspace.pages.currentWidget() is view
    qtbot.waitUntil(lambda: view.document is not None, timeout=WAIT)
    assert view.document.header.session_id == ids["closed"]
    qtbot.mouseClick(view.back_button, Qt.MouseButton.LeftButton)
    assert workspace.proces_verbaal is None and workspace.pages.currentWidget() is workspace.picker


def test_the_proces_verbaal_opens_from_the_running_dashboard_and_goes_back_to_it(
    workspace, ids, qtbot: QtBot
) -> None:
    dashboard = workspace.open_session(ids["running"])
    assert dashboard is not None
    qtbot.waitUntil(lambda: dashboard.model.rowCount() == 8, timeout=WAIT)
    assert dashboard.pv_button.isVisible() and dashboard.pv_button.accessibleName() == "Proces-verbaal"
    dashboard.pv_action.trigger()  # Ctrl+P
    view = workspace.proces_verbaal
    assert view is not None and workspace.pages.currentWidget() is view
    qtbot.waitUntil(lambda: view.document is not None, timeout=WAIT)
    assert view.document.header.session_id == ids["running"]
    assert not dashboard.tick_timer.isActive()  # out of sight, the dashboard's clocks rest
    view.back_action.trigger()  # Alt+Left
    assert workspace.pages.currentWidget() is dashboard and workspace.proces_verbaal is None
    assert dashboard.tick_timer.isActive()


# R-TIME-4, R-ACC-2 (domain rules v2: an override is flagged on the timeline)
def test_an_overridden_candidates_lane_is_flagged_R_TIME_4_R_ACC_2(demo_station, ids, open_view) -> None:
    view = open_view(sign_in(demo_station, "surveillant1"), ids["running"])
    assert view.document is not None
    index = next(i for i, r in enumerate(view.document.candidates) if r.number == "1004")
    summary = view.timeline._lane_summary(view.document.candidates[index])
    assert summary.endswith("⚑ override by the examensecretaris")
    others = [view.timeline._lane_summary(r) for r in view.document.candidates if r.number != "1004"]
    assert not any("override" in text for text in others)


# R-PV-1
def test_on_a_laptop_screen_the_timeline_its_legend_and_the_events_do_not_overlap(
    demo_station, ids, open_view, qtbot: QtBot
) -> None:
    """1366×768 less a task bar and a title bar: the head of the proces-verbaal (its facts in two columns of
    about equal height), the timeline with two lanes at least, its legend and the events each keep their own
    room. An empty message bar takes none; a refusal gets its two lines."""
    view = open_view(sign_in(demo_station, "secretaris"), ids["running"])
    view.resize(1334, 630)  # the window's 1366×698 less the page's margins and the header
    qtbot.waitUntil(lambda: view.height() == 630, timeout=WAIT)
    assert not view.message.isVisible()

    def top(widget: QWidget) -> int:
        return widget.mapTo(view, widget.rect().topLeft()).y()

    def bottom(widget: QWidget) -> int:
        return top(widget) + widget.height()

    assert view.timeline_scroll.height() >= view.timeline_scroll.minimumHeight() > 0
    assert bottom(view.facts_box) <= top(view.timeline_title)
    assert bottom(view.timeline_scroll) <= top(view.legend)
    assert bottom(view.legend) <= top(view.entries_title)
    assert bottom(view.entries_title) <= top(view.table) and view.table.height() > 0
    columns = [view.fact_labels[key][1] for key in ("exam", "quarantine")]
    assert top(columns[1]) == top(columns[0])  # the quarantine heads the second column

    view.addendum_action.trigger()  # refused while the session runs: the bar opens for it
    qtbot.waitUntil(view.message.is_refusal, timeout=WAIT)
    assert view.message.isVisible() and view.message.height() > 0
