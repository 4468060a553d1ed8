"""The demo station's part of domain rules v2 for planning and cases: a hospital session with two surveillants,
the Inspectie consulted and quarantine reported (R-SES-2, R-SES-3), and a PE case on DUO's path (R-IRR-5)."""

from __future__ import annotations

import json
import tempfile
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

from examdesk.core.localtime import AMSTERDAM
from examdesk.services import cases, packages, sessions
from examdesk.services.actors import SignedIn
from examdesk.services.clock import ManualClock
from examdesk.services.sessions import planning
from examdesk.services.station import Station

HOSPITAL_START = "13:30"


def hospital_session(
    station: Station, secretaris: SignedIn, exam_code: str, today: date, school_start: str
) -> str:
    """A candidate who sits the PE exam in hospital this afternoon, not at the school's time: the group states
    the school's sitting, the Inspectie's consultation and permission, and the quarantine reported beforehand;
    two surveillants, one a qualified teacher of the school. Planned, ready to start."""
    code = f"{today.isoformat()}-CK-H"
    group: dict[str, Any] = {
        "code": code,
        "exam": exam_code,
        "name": "Ziekenhuis (UMC)",
        "date": today.isoformat(),
        "start_time": HOSPITAL_START,
        "location": {"kind": "hospital", "room": "UMC Utrecht, kamer 4.12"},
        "school_sitting": {"date": today.isoformat(), "start_time": school_start},
        "inspectie": {
            "consulted_on": (today - timedelta(days=12)).isoformat(),
            "permission_reference": "INS-2026-0412",
        },
        "quarantine": {"reported_on": (today - timedelta(days=11)).isoformat()},
        "candidates": [{"number": "1099", "name": "Fenna Mulder", "bsn": "999991000"}],
    }
    data = {"format": "examdesk-package", "version": 2, "groups": [group]}
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "ziekenhuis.examdesk.json"
        path.write_text(json.dumps(data, ensure_ascii=False), "utf-8")
        packages.import_package(station, secretaris, path)
    return planning.plan_session(
        station,
        secretaris,
        planning.PlanRequest(
            code, surveillants=[("surveillant2", True), ("surveillant1", False)], quarantine=True
        ),
    )


def duo_case(station: Station, clock: ManualClock, secretaris: SignedIn, now: datetime) -> int:
    """A technical case of the running PE session (the storing of 1003): reported to DUO today, DUO's answer due
    in eight weeks."""
    running = next(s for s in sessions.list_sessions(station) if s.state is sessions.SessionState.RUNNING)
    storing = next(s for s in cases.case_sources(station, secretaris, running.id) if s.origin == "storing")
    clock.set_wall(now - timedelta(minutes=3))
    case_id = cases.open_case(
        station,
        secretaris,
        running.id,
        candidates=list(storing.candidate_ids),
        category="other",
        technical=True,
        description="PC-03 liep vast bij V2; overgezet naar PC-09, vier minuten compensatie.",
        source_event=storing.event_id,
    )
    clock.advance(timedelta(minutes=1))
    cases.record_duo_reported(
        station,
        secretaris,
        case_id,
        on=clock.wall.astimezone(AMSTERDAM).date(),
        note="Via de servicedesk van DUO, meldingsnummer FH-2026-1108",
    )
    return case_id
