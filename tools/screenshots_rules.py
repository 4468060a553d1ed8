"""Screens of domain rules version 2 for ``tools/screenshots.py --rules``: the appointment book with today's
three appointments (R-INZ-6), the plan dialog of a hospital sitting and the start it refuses (R-SES-2), and the
PE case on DUO's path (R-IRR-5), on the demo station of 16 June 2026 in the window a 1366×768 laptop gives.

Names: ``review_appointments_{language}.png``, ``proctor_plan_off_site_{language}.png``,
``proctor_start_refused_off_site_{language}.png``, ``cases_pe_duo_{language}.png``.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QWidget

from examdesk.services import accounts, demo, packages
from examdesk.services.clock import ManualClock
from examdesk.services.station import open_station
from examdesk.ui.cases.workspace import CasesWorkspace
from examdesk.ui.proctor.workspace import ProctorWorkspace
from examdesk.ui.review.workspace import ReviewWorkspace
from examdesk.ui.workspaces import WorkspaceKey

NOW = datetime(2026, 6, 16, 8, 0, tzinfo=UTC)  # 10:00 in Amsterdam on the demo package's own day
WINDOW = (1366, 698)  # a maximised window on a 1366×768 screen, less the task bar and title bar
HOSPITAL_GROUP = "2026-06-16-CK-Z"


def _id(selected: Any) -> Any:
    """The selected row's id; ``None`` while nothing is selected."""
    return None if selected is None else selected.id


def _tools() -> Any:
    from tools import screenshots

    return screenshots


def _hospital_group(station: Any, work: Path, language: str) -> None:
    """A candidate who sits the PE exam in hospital at 15:00 today: no consultation, no permission, no
    quarantine reported yet (R-SES-2, R-SES-3)."""
    data = {
        "format": "examdesk-package",
        "version": 2,
        "groups": [
            {
                "code": HOSPITAL_GROUP,
                "exam": "WFT-CK-DEMO-1",
                "name": "Ziekenhuis (Gelre)",
                "date": "2026-06-16",
                "start_time": "15:00",
                "location": {"kind": "hospital", "room": "Gelre Apeldoorn, kamer 2.08"},
                "candidates": [{"number": "1098", "name": "Ruben Aydın", "bsn": "999922014"}],
            }
        ],
    }
    path = work / f"ziekenhuis-{language}.examdesk.json"
    path.write_text(json.dumps(data, ensure_ascii=False), "utf-8")
    packages.import_package(station, accounts.sign_in(station, "secretaris", demo.DEMO_PASSWORD), path)


def shoot_rules(
    folder: Path, language: str, work: Path, window: Callable[..., Any], keep: list[QWidget]
) -> None:
    shots = _tools()
    demo_dir = work / f"rules-{language}"
    demo.write_demo(demo_dir, now=NOW)
    clock = ManualClock(NOW.replace(minute=5))
    station = open_station(demo_dir, clock=clock, keyring_backend=None)
    _hospital_group(station, work, language)
    shown = window(lambda: station, auto_sign_in=lambda s: accounts.sign_in(s, "demo", demo.DEMO_PASSWORD))
    shown.resize(*WINDOW)
    shots.wait_until(lambda: shown.current_page_name() == "workspaces")
    pages = shown.workspaces_page

    # R-INZ-6: today's appointments, where a PE inzage starts.
    pages.show_key(WorkspaceKey.REVIEW)
    review = pages.workspace(WorkspaceKey.REVIEW)
    assert isinstance(review, ReviewWorkspace)
    shots.wait_until(lambda: review.groups_page.today_count == 3)
    review.groups_page.appointments_button.click()
    book = review.appointments_page
    shots.wait_until(lambda: book.model.rowCount() == 3 and book.selected() is not None)
    shots.save(shown, folder, f"review_appointments_{language}")

    # R-SES-2: the plan dialog of the hospital sitting, then the start it refuses.
    pages.show_key(WorkspaceKey.PROCTOR)
    proctor = pages.workspace(WorkspaceKey.PROCTOR)
    assert isinstance(proctor, ProctorWorkspace)
    shots.wait_until(lambda: proctor.model.rowCount() > 0)
    dialog = proctor.open_plan_dialog()
    assert dialog is not None  # deleted on close by the workspace, so not kept here
    shots.wait_until(lambda: dialog.group_combo.findData(HOSPITAL_GROUP) >= 0)
    dialog.group_combo.setCurrentIndex(dialog.group_combo.findData(HOSPITAL_GROUP))
    shots.wait_until(lambda: dialog.consulted.isVisible())
    dialog.surveillant_rows[0].name_combo.setEditText("surveillant1")
    dialog.surveillant_rows[0].teacher_check.setChecked(True)
    dialog.resize(860, 630)  # the whole form, the off-site facts included, as a maximised 1366×768 shows it
    shots.save(dialog, folder, f"proctor_plan_off_site_{language}")
    planned: list[object] = []
    dialog.completed.connect(planned.append)
    dialog.ok_button.click()
    shots.wait_until(lambda: bool(planned))
    session_id = str(planned[0])
    proctor.show_sessions()  # the list of sessions, not the running one's dashboard
    for _ in range(20):  # its refresh selects the running session again; let it finish first
        shots.settle()
    shots.wait_until(lambda: proctor.select_session(session_id) and _id(proctor.selected()) == session_id)
    proctor.start_selected()
    shots.wait_until(lambda: proctor.error.isVisible())
    shots.save(shown, folder, f"proctor_start_refused_off_site_{language}")

    # R-IRR-5: the PE case on DUO's path.
    pages.show_key(WorkspaceKey.CASES)
    cases = pages.workspace(WorkspaceKey.CASES)
    assert isinstance(cases, CasesWorkspace)
    shots.wait_until(lambda: cases.model.rowCount() > 0)
    duo = next(row for row in cases.model.rows() if row.path.value == "duo")
    cases.select_case(duo.id)
    shots.wait_until(lambda: _id(cases.selected_case()) == duo.id)
    shots.settle()
    shots.save(shown, folder, f"cases_pe_duo_{language}")
    shown.close()
    station.close()
