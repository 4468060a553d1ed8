"""Starting a session from the proctor workspace under domain rules v2: another day than planned asks for a
reason (R-SES-5); a surveillant not planned on the session is told so, not started (issue 13 finding 7)."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from examdesk.core.eventkinds import EventKind
from examdesk.services import events, sessions
from examdesk.services.actors import SignedIn
from examdesk.services.clock import ManualClock
from examdesk.services.sessions import SessionState, planning
from examdesk.services.station import Station
from examdesk.ui.proctor.workspace import ProctorWorkspace
from tests.ui.conftest import SAMPLE_GROUP, SESSION_START

WAIT = 10_000


def _workspace(station: Any, actor: Any, qtbot: Any) -> ProctorWorkspace:
    workspace = ProctorWorkspace(station, actor)
    qtbot.addWidget(workspace)
    workspace.resize(1100, 700)
    workspace.show()
    qtbot.waitUntil(lambda: workspace.model.rowCount() == 1, timeout=WAIT)
    return workspace


# R-SES-5
def test_starting_on_another_day_asks_why_and_records_it_R_SES_5(
    station: Station,
    people: dict[str, SignedIn],
    imported: None,
    clock: ManualClock,
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    clock.wall = SESSION_START - timedelta(days=1)
    session_id = planning.plan_session(
        station, people["secretaris"], planning.PlanRequest(SAMPLE_GROUP, surveillants=[("jansen", True)])
    )
    workspace = _workspace(station, people["jansen"], qtbot)
    monkeypatch.setattr(workspace, "ask_other_day_reason", lambda question: "")
    workspace.start_button.click()
    qtbot.waitUntil(workspace.error.isVisible, timeout=WAIT)
    assert "not today" in workspace.error.text()
    assert sessions.list_sessions(station)[0].state is SessionState.PLANNED
    asked: list[str] = []

    def ask(question: str) -> str:
        asked.append(question)
        return "Generale repetitie"

    monkeypatch.setattr(workspace, "ask_other_day_reason", ask)
    workspace.start_button.click()
    qtbot.waitUntil(lambda: workspace.dashboard is not None, timeout=WAIT)
    assert asked and "planned for 2026-06-12" in asked[0]
    (confirmed,) = events.list_events(
        station, session_id=session_id, kinds=(EventKind.SESSION_OTHER_DAY_CONFIRMED,)
    )
    assert confirmed.payload["reason"] == "Generale repetitie"


# Issue 13 finding 7, R-SES-5
def test_a_surveillant_not_planned_is_told_so_and_nothing_starts(
    station: Station, people: dict[str, SignedIn], imported: None, clock: ManualClock, qtbot: QtBot
) -> None:
    clock.wall = SESSION_START - timedelta(minutes=10)
    planning.plan_session(
        station, people["secretaris"], planning.PlanRequest(SAMPLE_GROUP, surveillants=[("jansen", True)])
    )
    workspace = _workspace(station, people["bakker"], qtbot)
    workspace.start_button.click()
    qtbot.waitUntil(workspace.error.isVisible, timeout=WAIT)
    assert "bakker is not planned on this session" in workspace.error.text()
    assert sessions.list_sessions(station)[0].state is SessionState.PLANNED
