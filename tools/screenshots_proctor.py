"""The proctor's screens for ``tools/screenshots.py``: the dashboard and the room view mid-session, every
proctor dialog with an error showing, the session list and the proces-verbaal view, each at the window a
1366×768 laptop and a 1920×1080 screen give (maximised, less the task bar and title), in one language.

Names: ``proctor_{what}_{width}_{language}.png``.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import shiboken6
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QDialog, QWidget

from examdesk.core.roles import Role
from examdesk.services import accounts, demo, packages, secrets, sessions
from examdesk.services.clock import ManualClock
from examdesk.services.sessions import planning
from examdesk.services.sessions.actions import Override
from examdesk.services.station import open_station
from examdesk.ui import style
from examdesk.ui.dialogs.plan_session import PlanSessionDialog
from examdesk.ui.proctor.dashboard import Dashboard
from examdesk.ui.proctor.workspace import ProctorWorkspace
from examdesk.ui.workspaces import WorkspaceKey

# The window a maximised examdesk gets: the screen less a 40-pixel task bar and a 30-pixel title bar.
SCREENS = {"1366": (1366, 698), "1920": (1920, 1010)}


def _tools() -> Any:
    from tools import screenshots

    return screenshots


def mid_session(work: Path, language: str) -> tuple[Any, str, ManualClock]:
    """A station at 09:47 on the exam day: most candidates working, one paused, one with a storing going on,
    one handed in, one late arrival, one waiting for the BSN check and one whose BSN did not match."""
    shots = _tools()
    clock = ManualClock(datetime(2026, 6, 12, 6, 30, tzinfo=UTC))  # 08:30 in Amsterdam
    station = open_station(work / f"proctor-{language}", clock=clock, secret_store=secrets.MemoryStore())
    beheerder = accounts.create_first_beheerder(station, "beheer", "J. Visser", demo.DEMO_PASSWORD)
    for username, name, roles in (
        ("secretaris", "M. de Vries", {Role.EXAMENSECRETARIS}),
        ("surveillant1", "A. Jansen", {Role.SURVEILLANT}),
        ("surveillant2", "R. Bakker", {Role.SURVEILLANT}),
    ):
        accounts.create_account(station, beheerder, username, name, demo.DEMO_PASSWORD, frozenset(roles))
    secretaris = accounts.sign_in(station, "secretaris", demo.DEMO_PASSWORD)
    jansen = accounts.sign_in(station, "surveillant1", demo.DEMO_PASSWORD)
    path = work / f"dag-{language}.json"
    path.write_text(json.dumps(shots.exam_day_package()), "utf-8")
    packages.import_package(station, secretaris, path)
    planning.plan_session(
        station,
        secretaris,
        planning.PlanRequest(
            "2026-06-12-CK-Z", surveillants=[("surveillant1", True), ("surveillant2", False)]
        ),
    )
    session_id = planning.plan_session(
        station,
        secretaris,
        planning.PlanRequest(
            "2026-06-12-CK-A", surveillants=[("surveillant1", True), ("surveillant2", False)]
        ),
    )
    supervised = Override(secretaris, "begeleide pauze, met de examensecretaris overlegd")

    def at(hours: int, minutes: int) -> None:
        clock.wall = datetime(2026, 6, 12, hours - 2, minutes, tzinfo=UTC)  # Amsterdam summer time

    at(8, 50)
    planning.start_session(station, jansen, session_id)
    ids = {r.number: r.candidate_id for r in sessions.dashboard(station, jansen, session_id)}
    at(8, 55)
    for number in ("1001", "1002", "1004", "1005", "1006", "1007"):
        sessions.record_bsn_check(
            station, jansen, session_id, ids[number], match=True, id_document="passport"
        )
    sessions.record_bsn_check(
        station,
        jansen,
        session_id,
        ids["1008"],
        match=False,
        id_document="identity_card",
        note="laatste cijfers anders",
    )
    at(9, 0)
    for number in ("1001", "1002", "1004", "1005", "1006"):
        sessions.start_candidate(station, jansen, session_id, ids[number])
    at(9, 12)
    sessions.start_candidate(station, jansen, session_id, ids["1007"], late_arrival=True)
    at(9, 20)
    sessions.apply_extension(  # R-TIME-4: more than granted only by an override (flagged)
        station, jansen, session_id, ids["1001"], 20, override=Override(secretaris, "CvTE-overleg")
    )
    at(9, 25)
    sessions.pause_candidate(station, jansen, session_id, ids["1002"], override=supervised)
    at(9, 31)
    sessions.resume_candidate(station, jansen, session_id, ids["1002"])
    at(9, 35)
    sessions.hand_in(station, jansen, session_id, ids["1006"])
    at(9, 40)
    sessions.pause_candidate(station, jansen, session_id, ids["1004"], override=supervised)
    at(9, 43)
    sessions.start_storing(station, jansen, session_id, ids["1005"], question="V3", pc_old="PC-07")
    clock.wall = datetime(2026, 6, 12, 7, 47, 12, tzinfo=UTC)
    return station, session_id, clock


def NO_ERROR(_dialog: Any) -> None:  # noqa: N802 - a marker: this dialog is shown as it opens
    """Shown as it opens: it has nothing to refuse before its fields are filled in."""


def _with_error(dialog: QDialog | None, fill: Callable[[Any], None] | None = None) -> QDialog:
    """Submit the dialog as it is (or after ``fill``) and wait for the refusal it shows."""
    shots = _tools()
    assert dialog is not None
    shots.wait_until(dialog.isVisible)
    shots.settle()
    if fill is NO_ERROR:
        return dialog
    if fill is not None:
        fill(dialog)
    submit = getattr(dialog, "submit", None)
    if submit is not None:
        submit()
    error = getattr(dialog, "error", None)
    if error is not None:
        shots.wait_until(lambda: not shiboken6.isValid(error) or error.isVisible())
    shots.settle()
    return dialog


def _dialogs(
    dashboard: Dashboard,
) -> list[tuple[str, Callable[[], QDialog | None], Callable[[Any], None] | None]]:
    """Each proctor dialog: its name, how it opens (with the right candidate selected), what makes it refuse."""

    def select(number: str, opener: Callable[[], QDialog | None]) -> Callable[[], QDialog | None]:
        def run() -> QDialog | None:
            dashboard.select(number)
            return opener()

        return run

    def extension(d: Any) -> None:
        d.minutes_spin.setValue(90)

    def melding(d: Any) -> None:
        d.kind_combo.setCurrentIndex(d.kind_combo.findData("examenvraag"))

    def storing(d: Any) -> None:
        d.question_edit.setText("bij vraag abc")

    def password(d: Any) -> None:
        for edit in d.password_edits.values():
            edit.setText("niet het wachtwoord")

    return [
        ("bsn_check", select("1003", dashboard.open_bsn_check), lambda d: d.mismatch_button.click()),
        ("extension", select("1001", dashboard.open_extension), extension),
        ("storing", select("1002", dashboard.open_storing), storing),
        ("end_storing", select("1005", dashboard.open_storing), NO_ERROR),
        ("left_early", select("1001", dashboard.open_left_early), None),
        ("melding", select("1001", dashboard.open_melding), melding),
        ("irregularity", select("1001", dashboard.open_irregularity), None),
        ("remark", select("1001", dashboard.open_remark), None),
        ("correction", select("1001", dashboard.open_correction), None),
        ("close", dashboard.open_close, password),
    ]


def shoot_proctor(
    folder: Path,
    language: str,
    work: Path,
    window: Callable[..., Any],
    keep: list[QWidget],
) -> None:
    """The Proctor workspace mid-session at both sizes, and its dialogs with their refusals."""
    shots = _tools()
    station, session_id, _clock = mid_session(work, language)
    shown = window(
        lambda: station, auto_sign_in=lambda s: accounts.sign_in(s, "surveillant1", demo.DEMO_PASSWORD)
    )
    shots.wait_until(lambda: shown.current_page_name() == "workspaces")
    proctor = shown.workspaces_page.workspace(WorkspaceKey.PROCTOR)
    assert isinstance(proctor, ProctorWorkspace)
    shots.wait_until(lambda: proctor.dashboard is not None and proctor.dashboard.model.rowCount() == 8)
    dashboard = proctor.dashboard
    assert isinstance(dashboard, Dashboard)
    dashboard.stop()  # the screenshots show one moment
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    for width, size in SCREENS.items():
        shown.resize(*size)
        dashboard.select("1005")
        dashboard.message.show_notice(  # the message the dashboard shows after T, in the screen's language
            lambda: (
                "1005 Fleur Jansen: "
                + QCoreApplication.translate("Dashboard", "storing begun; the clock goes on.")
            )
        )
        shots.save(shown, folder, f"proctor_dashboard_{width}_{language}")
        dashboard.toggle_room_view()
        shots.save(shown, folder, f"proctor_room_{width}_{language}")
        dashboard.toggle_room_view()
    shown.resize(*SCREENS["1366"])
    style.apply(app, style.Look(zoom=1.5))  # large print, as a person with low vision sets it
    shots.save(shown, folder, f"proctor_dashboard_large_1366_{language}")
    style.apply(app, style.Look())
    shots.settle()

    for name, opener, fill in _dialogs(dashboard):
        dialog = _with_error(opener(), fill)
        shots.save(dialog, folder, f"proctor_dialog_{name}_{language}")
        dialog.reject()
        shots.settle()

    secretaris = accounts.sign_in(station, "secretaris", demo.DEMO_PASSWORD)
    plan = PlanSessionDialog(station, secretaris)
    keep.append(plan)
    plan.show()
    shots.wait_until(lambda: plan.group_combo.count() > 0)
    plan.surveillant_rows[0].name_combo.setEditText("surveillant1")
    plan.add_surveillant().name_combo.setEditText("surveillant1")
    _with_error(plan)
    shots.save(plan, folder, f"proctor_dialog_plan_{language}")
    plan.reject()

    for width, size in SCREENS.items():
        shown.resize(*size)
        view = proctor.open_proces_verbaal(session_id)
        shots.wait_until(lambda view=view: getattr(view, "document", None) is not None)
        shots.save(shown, folder, f"proctor_proces_verbaal_{width}_{language}")
    proctor.show_sessions()
    shots.wait_until(lambda: proctor.model.rowCount() == 2)
    shots.save(shown, folder, f"proctor_sessions_1366_{language}")
    shown.close()
    station.close()
