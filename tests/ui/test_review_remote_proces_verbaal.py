"""The proces-verbaal beside the work when the sitting was held on another station (R-PV-5 via R-NET-4,
issue 18): a transfer file imported on a second station, whose inzage shows the candidate's part of it,
read-only, saying on which station it was held."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt

from examdesk.core.eventkinds import EventKind
from examdesk.services import inspection, transfer
from examdesk.services.actors import command_line_operator
from examdesk.services.station import Station
from examdesk.ui.proces_verbaal.view import ProcesVerbaalView
from examdesk.ui.review.workspace import ReviewWorkspace
from tests.demo_station import CE_GROUP, candidate_id, demo_actor
from tests.new_station import Schema
from tests.services.transfer_stations import RECEIVER_NAME, closed_session, receiving_station
from tests.ui.windows import make_active, press_in

WAIT = 15_000
CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture
def receiver(
    demo_station: Station, tmp_path: Path, demo_clock: Any, new_station_schema: Schema
) -> Iterator[Station]:
    """A second station that imported the demo station's transfer file of the closed CE session."""
    station = receiving_station(tmp_path / "receiver", demo_clock, new_station_schema, trusting=demo_station)
    out = tmp_path / "lokaal.examdesk-transfer"
    transfer.export(demo_station, command_line_operator(), closed_session(demo_station), out)
    transfer.import_file(station, command_line_operator(), out)
    yield station
    station.close()


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


# R-PV-5, R-NET-4
def test_the_inzage_on_a_second_station_shows_the_candidates_part_from_the_transfer_file(
    qtbot: Any, demo_station: Station, receiver: Station
) -> None:
    origin_session = closed_session(demo_station)
    there = candidate_id(inspection.group_results(demo_station, command_line_operator(), CE_GROUP), "3001")
    workspace = ReviewWorkspace(receiver, demo_actor(receiver, "secretaris"))
    qtbot.addWidget(workspace)
    workspace.resize(1280, 800)
    workspace.show()
    make_active(qtbot, workspace)  # Ctrl+P below is a shortcut: its window must be the active one
    qtbot.waitUntil(lambda: workspace.groups_page.model.rowCount() > 0, timeout=WAIT)
    _afname(qtbot, workspace, CE_GROUP, "3001")
    afname = workspace.afname_page
    work = afname.work
    assert work is not None and work.sessions == ()  # not held on this station
    assert work.remote_sitting is not None and work.remote_sitting.session_id == origin_session

    qtbot.mouseClick(afname.beside.button, Qt.MouseButton.LeftButton)
    pane = afname.pv_pane
    assert afname.beside.is_open() and not pane.absent.isVisible()
    view: ProcesVerbaalView | None = pane.view
    assert view is not None
    qtbot.waitUntil(lambda: view.document is not None, timeout=WAIT)
    assert view.session_id == origin_session and view.preset == there
    # The line that says where it was held, read-only (R-NET-4: a copy, never this station's own record).
    assert pane.remote.isVisible()
    assert "Demostation lokaal 1.14" in pane.remote.text() and "read-only copy" in pane.remote.text()
    # The candidate's part only: their lane, what was recorded about them (the storing of 20 May) or the group.
    assert view.timeline.lane_count() == 1 and view.timeline.current_candidate() == there
    shown = view.shown_entries()
    assert shown and {e.candidate.candidate_id for e in shown if e.candidate is not None} == {there}
    assert any(e.kind == EventKind.STORING_STARTED for e in shown)
    assert view.document is not None and view.document.header.station_name != RECEIVER_NAME
    # No addendum from a copy: that is recorded on the station where the session was held (R-PV-4).
    assert not view.addendum_button.isVisible() and not view.addendum_action.isEnabled()
    press_in(qtbot, workspace, view.table, Qt.Key.Key_P, CTRL)
    assert not afname.beside.is_open()
