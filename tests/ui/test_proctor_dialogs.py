"""The Proctor workspace's dialogs and session picker: the start-screen BSN check (R-BSN-4, R-BSN-6,
R-ACC-2), the examensecretaris's override (R-TIME-4), planning and starting sessions (R-SES-1, R-SES-2),
irregularities (R-IRR-1) and remarks."""

from __future__ import annotations

import json
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFontInfo
from PySide6.QtWidgets import QAbstractButton, QAbstractItemView
from pytestqt.qtbot import QtBot

from examdesk.core.eventkinds import EventKind
from examdesk.services import events, packages, sessions
from examdesk.services.actors import SignedIn
from examdesk.services.clock import ManualClock
from examdesk.services.sessions import SessionState, planning
from examdesk.services.station import Station
from examdesk.ui.dialogs.bsn_check import BsnCheckDialog
from examdesk.ui.proctor.dialogs import IrregularityDialog, RemarkDialog
from examdesk.ui.proctor.override_dialog import ExtensionDialog
from examdesk.ui.proctor.workspace import ProctorWorkspace
from tests.services.sample_package import valid_package
from tests.ui.conftest import PASSWORD, SAMPLE_GROUP, SESSION_START
from tests.ui.windows import make_active

WAIT = 10_000


def _status(station: Station, actor, session_id: str, number: str):
    return next(r for r in sessions.dashboard(station, actor, session_id) if r.number == number)


def _bsn_dialog(station: Station, actor, session_id, number, qtbot: QtBot) -> BsnCheckDialog:
    dialog = BsnCheckDialog(station, actor, session_id, _status(station, actor, session_id, number))
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.loaded, timeout=WAIT):
        dialog.show()
    return dialog


# R-BSN-4
def test_the_bsn_check_shows_the_roster_bsn_grouped_and_very_large_R_BSN_4(
    station: Station,
    people: dict[str, SignedIn],
    running_session: str,
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from examdesk.ui.widgets import service_dialog

    # A station's 1920×1080 screen (the offscreen test screen is 800×600, where the digits give way).
    monkeypatch.setattr(service_dialog, "available_height", lambda _widget: 1010)
    dialog = _bsn_dialog(station, people["jansen"], running_session, "1001", qtbot)
    assert dialog.bsn_label.text() == "9999 93 653"
    assert dialog.bsn_label.font().pointSize() == 72
    assert QFontInfo(dialog.bsn_label.font()).fixedPitch()
    assert dialog.name_label.text() == "Sanne de Vries"
    # R-ACC-2: one confirmation per accommodation, nothing ticked beforehand.
    (box,) = dialog.confirmation.boxes.values()
    assert box.text() == "extra time 30 min (dyslexia) matches the VSV (valid until 31 Aug 2028)"
    assert not box.isChecked() and "not applied" in dialog.accommodations_text.text()
    assert not dialog.vsv_warning.isVisible()
    assert [dialog.document_combo.itemData(i) for i in range(dialog.document_combo.count())] == [
        "passport",
        "identity_card",
        "driving_licence",
        "residence_permit",
        "other",
    ]
    assert dialog.match_button.text() == "Matches (Alt+M)"
    assert dialog.mismatch_button.text() == "Does not match (Alt+N)"


def test_the_bsn_check_goes_full_screen_with_f11_and_back(
    station: Station, people: dict[str, SignedIn], running_session: str, qtbot: QtBot
) -> None:
    dialog = _bsn_dialog(station, people["jansen"], running_session, "1001", qtbot)
    make_active(qtbot, dialog)
    qtbot.keyClick(dialog, Qt.Key.Key_F11)
    assert dialog.full_screen_button.isChecked() and dialog.isFullScreen()
    qtbot.keyClick(dialog, Qt.Key.Key_F11)
    assert not dialog.full_screen_button.isChecked() and not dialog.isFullScreen()
    assert dialog.full_screen_button.text() == "Full screen (F11)"


# R-BSN-4
def test_alt_m_records_a_match_with_the_chosen_document_R_BSN_4(
    station: Station, people: dict[str, SignedIn], running_session: str, qtbot: QtBot
) -> None:
    dialog = _bsn_dialog(station, people["jansen"], running_session, "1002", qtbot)
    make_active(qtbot, dialog)
    dialog.document_combo.setCurrentIndex(dialog.document_combo.findData("driving_licence"))
    with qtbot.waitSignal(dialog.completed, timeout=WAIT):
        qtbot.keyClick(dialog, Qt.Key.Key_M, Qt.KeyboardModifier.AltModifier)
    (check,) = events.list_events(station, session_id=running_session, kinds=(EventKind.BSN_CHECKED,))
    assert check.payload == {"match": True, "id_document": "driving_licence", "note": "", "confirmed": []}
    assert check.actor == "jansen"


# R-BSN-6
def test_the_full_bsn_leaves_the_screen_with_the_dialog_R_BSN_6(
    station: Station, people: dict[str, SignedIn], running_session: str, qtbot: QtBot
) -> None:
    dialog = _bsn_dialog(station, people["jansen"], running_session, "1001", qtbot)
    dialog.reject()
    assert dialog.bsn_label.text() == ""


# R-ACC-2
def test_the_bsn_check_warns_clearly_when_the_vsv_has_expired_R_ACC_2(
    station: Station, people: dict[str, SignedIn], tmp_path: Path, clock: ManualClock, qtbot: QtBot
) -> None:
    data = valid_package()
    data.pop("results")
    data["groups"][0]["candidates"][0]["accommodations"][0]["statement_date"] = "2019-01-10"
    path = tmp_path / "expired.json"
    path.write_text(json.dumps(data), "utf-8")
    packages.import_package(station, people["secretaris"], path)
    clock.wall = SESSION_START - timedelta(minutes=10)
    sid = planning.plan_session(
        station,
        people["secretaris"],
        planning.PlanRequest(SAMPLE_GROUP, surveillants=[("jansen", True)], start_time="10:00"),
    )
    planning.start_session(station, people["jansen"], sid)
    dialog = _bsn_dialog(station, people["jansen"], sid, "1001", qtbot)
    assert dialog.vsv_warning.isVisible()
    assert "does not cover every accommodation" in dialog.vsv_warning.text()
    assert dialog.confirmation.boxes == {}  # an expired VSV cannot be confirmed (R-ACC-2)
    assert dialog.confirmation.notes[0].text() == (
        "extra time 30 min (dyslexia): VSV EXPIRED (valid until 9 Jan 2024). "
        "Not applied unless the examensecretaris overrides."
    )


# R-ACC-2 (issue 14 finding 13)
def test_ticking_an_accommodation_applies_it_and_records_the_confirmation_R_ACC_2(
    station: Station, people: dict[str, SignedIn], running_session: str, qtbot: QtBot
) -> None:
    dialog = _bsn_dialog(station, people["jansen"], running_session, "1001", qtbot)
    dialog.confirmation.boxes[0].setChecked(True)
    with qtbot.waitSignal(dialog.completed, timeout=WAIT):
        dialog.match_button.click()
    (check,) = events.list_events(station, session_id=running_session, kinds=(EventKind.BSN_CHECKED,))
    assert check.payload["confirmed"] == [0]
    assert _status(station, people["jansen"], running_session, "1001").granted_extension == 30


# R-TIME-4
def test_the_examensecretaris_can_go_beyond_the_grant_with_a_written_reason_R_TIME_4(
    station: Station, people: dict[str, SignedIn], running_session: str, clock: ManualClock, qtbot: QtBot
) -> None:
    secretaris, jansen = people["secretaris"], people["jansen"]
    clock.wall = SESSION_START
    candidate = _status(station, jansen, running_session, "1001")
    sessions.record_bsn_check(
        station,
        jansen,
        running_session,
        candidate.candidate_id,
        match=True,
        id_document="passport",
        confirmed=[0],
    )
    sessions.start_candidate(station, jansen, running_session, candidate.candidate_id)
    dialog = ExtensionDialog(
        station, secretaris, running_session, _status(station, jansen, running_session, "1001")
    )
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.override_edit.isVisible() and not dialog.user_edit.isVisible()
    assert "The 30 min granted are on the clock from the start." in dialog.intro.text()
    dialog.minutes_spin.setValue(15)
    dialog.override_edit.setPlainText("CvTE-overleg 2026-118")
    with qtbot.waitSignal(dialog.completed, timeout=WAIT):
        dialog.ok_button.click()
    (decided,) = events.list_events(station, session_id=running_session, kinds=(EventKind.RULE_OVERRIDDEN,))
    (event,) = events.list_events(station, session_id=running_session, kinds=(EventKind.EXTENSION_APPLIED,))
    assert event.payload == {"minutes": 15, "granted": 30, "override": decided.id}
    assert decided.actor == "secretaris" and decided.payload["reason"] == "CvTE-overleg 2026-118"


# R-TIME-4, R-ACC-2
def test_with_no_grant_the_extension_dialog_says_so_instead_of_0_min_granted_R_TIME_4(
    station: Station, people: dict[str, SignedIn], running_session: str, clock: ManualClock, qtbot: QtBot
) -> None:
    jansen = people["jansen"]
    clock.wall = SESSION_START
    candidate = _status(station, jansen, running_session, "1001")
    # No accommodation confirmed against the VSV: nothing is applied, so nothing is granted (R-ACC-2).
    sessions.record_bsn_check(
        station, jansen, running_session, candidate.candidate_id, match=True, id_document="passport"
    )
    sessions.start_candidate(station, jansen, running_session, candidate.candidate_id)
    shown = _status(station, jansen, running_session, "1001")
    assert shown.granted_extension == 0
    dialog = ExtensionDialog(station, jansen, running_session, shown)
    qtbot.addWidget(dialog)
    dialog.show()
    assert "This candidate was granted no extra time." in dialog.intro.text()
    assert "The 0 min" not in dialog.intro.text()


# R-TIME-4
def test_a_surveillant_calls_the_examensecretaris_to_sign_the_override_R_TIME_4(
    station: Station, people: dict[str, SignedIn], running_session: str, clock: ManualClock, qtbot: QtBot
) -> None:
    jansen = people["jansen"]
    clock.wall = SESSION_START
    candidate = _status(station, jansen, running_session, "1001")
    sessions.record_bsn_check(
        station, jansen, running_session, candidate.candidate_id, match=True, id_document="passport"
    )
    sessions.start_candidate(station, jansen, running_session, candidate.candidate_id)
    dialog = ExtensionDialog(
        station, jansen, running_session, _status(station, jansen, running_session, "1001")
    )
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.minutes_spin.setValue(10)
    dialog.ok_button.click()  # without an override: the rule's sentence, nothing written
    qtbot.waitUntil(dialog.error.isVisible, timeout=WAIT)
    assert "more time than granted" in dialog.error.text()
    assert not events.list_events(station, session_id=running_session, kinds=(EventKind.EXTENSION_APPLIED,))
    dialog.user_edit.setText("secretaris")
    dialog.password_edit.setText(PASSWORD)
    dialog.override_edit.setPlainText("stroomstoring in het gebouw")
    with qtbot.waitSignal(dialog.completed, timeout=WAIT):
        dialog.ok_button.click()
    (decided,) = events.list_events(station, session_id=running_session, kinds=(EventKind.RULE_OVERRIDDEN,))
    assert decided.actor == "secretaris"
    assert _status(station, jansen, running_session, "1001").more_time_than_granted


# R-IRR-1
def test_an_irregularity_names_its_category_and_what_it_means_R_IRR_1(
    station: Station, people: dict[str, SignedIn], running_session: str, qtbot: QtBot
) -> None:
    candidate = _status(station, people["jansen"], running_session, "1002")
    dialog = IrregularityDialog(station, people["jansen"], running_session, candidate)
    qtbot.addWidget(dialog)
    dialog.show()
    texts = [dialog.category_combo.itemText(i) for i in range(dialog.category_combo.count())]
    assert texts[0] == "a) Aids or information that are not allowed, during the exam"
    assert texts[3] == "d) More exam time than allowed"
    assert len(texts) == 7 and texts[-1].startswith("Other (the Inspectie decides")  # core.case_facts wording
    assert dialog.scope.currentText() == "Only 1002 Ahmed Yilmaz"
    dialog.description.setPlainText("telefoon op tafel")
    with qtbot.waitSignal(dialog.completed, timeout=WAIT):
        dialog.ok_button.click()
    (event,) = events.list_events(station, session_id=running_session, kinds=(EventKind.IRREGULARITY,))
    assert event.payload == {"category": "a", "description": "telefoon op tafel"}
    assert event.candidate_id == candidate.candidate_id


def test_a_remark_for_the_whole_group_names_no_candidate(
    station: Station, people: dict[str, SignedIn], running_session: str, qtbot: QtBot
) -> None:
    dialog = RemarkDialog(station, people["jansen"], running_session, None)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.scope.currentText() == "The whole group (collective)"
    dialog.ok_button.click()
    qtbot.waitUntil(dialog.error.isVisible, timeout=WAIT)
    assert dialog.error.text() == "Describe what happened."
    dialog.text.setPlainText("Brandalarm om 10:40, niemand vertrokken")
    with qtbot.waitSignal(dialog.completed, timeout=WAIT):
        dialog.ok_button.click()
    (event,) = events.list_events(station, session_id=running_session, kinds=(EventKind.REMARK,))
    assert event.candidate_id is None and event.payload["text"].startswith("Brandalarm")


@pytest.fixture
def picker(station: Station, qtbot: QtBot):
    def open_(actor: Any) -> ProctorWorkspace:
        workspace = ProctorWorkspace(station, actor)
        qtbot.addWidget(workspace)
        workspace.resize(1100, 700)
        workspace.show()
        return workspace

    return open_


# R-SES-1, R-SES-2
def test_the_examensecretaris_plans_a_hospital_session_which_cannot_start_alone_R_SES_1_R_SES_2(
    station: Station, people: dict[str, SignedIn], imported: None, clock: ManualClock, picker, qtbot: QtBot
) -> None:
    clock.wall = SESSION_START - timedelta(minutes=10)
    workspace = picker(people["secretaris"])
    qtbot.waitUntil(lambda: workspace.pages.currentWidget() is workspace.empty, timeout=WAIT)
    dialog = workspace.open_plan_dialog()
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.group_combo.count() == 1, timeout=WAIT)
    assert dialog.room_edit.text() == "Lokaal 2.14"
    assert not dialog.permission_edit.isVisible()
    dialog.location_combo.setCurrentIndex(dialog.location_combo.findData("hospital"))
    # R-SES-2, R-SES-3: the off-site facts; simultaneous is computed, not ticked
    assert dialog.permission_edit.isVisible() and dialog.consulted.isVisible()
    assert dialog.quarantine_reported.isVisible() and not hasattr(dialog, "simultaneous_check")
    dialog.room_edit.setText("UMC kamer 4")
    dialog.surveillant_rows[0].name_combo.setEditText("jansen")
    dialog.surveillant_rows[0].teacher_check.setChecked(True)
    dialog.quarantine_check.setChecked(True)
    with qtbot.waitSignal(dialog.completed, timeout=WAIT):
        dialog.ok_button.click()
    qtbot.waitUntil(lambda: workspace.model.rowCount() == 1, timeout=WAIT)
    assert workspace.pages.currentWidget() is workspace.picker
    (planned,) = sessions.list_sessions(station)
    assert (planned.location_kind, planned.room, planned.quarantine, planned.surveillants) == (
        "hospital",
        "UMC kamer 4",
        True,
        ("jansen",),
    )
    assert workspace.model.index(0, 6).data() == "planned"
    assert workspace.model.index(0, 4).data() == "hospital, UMC kamer 4 (quarantine)"
    assert workspace.start_button.isEnabled() and not workspace.open_button.isEnabled()
    workspace.start_button.click()
    qtbot.waitUntil(workspace.error.isVisible, timeout=WAIT)
    assert workspace.error.text().startswith("The session cannot start yet; still missing:")
    assert "consultation with the Inspectie" in workspace.error.text()
    assert "at least two surveillants" in workspace.error.text()
    assert sessions.list_sessions(station)[0].state is SessionState.PLANNED


# R-SES-3 (issue 14 finding 14): refused, naming the other two; the examensecretaris may override with a reason
def test_the_plan_dialog_refuses_a_third_sitting_that_day_unless_overridden_R_SES_3(
    station: Station,
    people: dict[str, SignedIn],
    imported: None,
    clock: ManualClock,
    picker,
    qtbot: QtBot,
    tmp_path: Path,
) -> None:
    data = valid_package()
    data.pop("results")
    exam = data["exams"][0]
    data["exams"] = [{**exam, "code": code, "title": code} for code in ("HYP-1", "SCH-1")]
    group = data["groups"][0]
    # HYP-A is dated the next day (a package may not put three sittings on one day, R-SES-3 at import) and
    # planned on 12 June: then SCH-A would be the third.
    data["groups"] = [
        {**group, "code": code, "exam": exam_code, "date": day, "start_time": start}
        for code, exam_code, day, start in (
            ("HYP-A", "HYP-1", "2026-06-13", "13:00"),
            ("SCH-A", "SCH-1", "2026-06-12", "16:00"),
        )
    ]
    path = tmp_path / "more.json"
    path.write_text(json.dumps(data), "utf-8")
    packages.import_package(station, people["secretaris"], path)
    clock.wall = SESSION_START - timedelta(minutes=10)
    planning.plan_session(
        station, people["secretaris"], planning.PlanRequest(SAMPLE_GROUP, surveillants=[("jansen", True)])
    )
    planning.plan_session(
        station,
        people["secretaris"],
        planning.PlanRequest("HYP-A", surveillants=[("jansen", True)], date=SESSION_START.date()),
    )
    workspace = picker(people["secretaris"])
    qtbot.waitUntil(lambda: workspace.model.rowCount() == 2, timeout=WAIT)
    dialog = workspace.open_plan_dialog()
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.group_combo.count() == 3, timeout=WAIT)
    dialog.group_combo.setCurrentIndex(dialog.group_combo.findData("SCH-A"))
    qtbot.waitUntil(dialog.sitting_warning.isVisible, timeout=WAIT)
    text = dialog.sitting_warning.text()
    assert text.startswith("Planning this group is refused unless you override it with a reason:")
    assert "Sanne de Vries (1001) already sits two exams on 2026-06-12" in text and "HYP-A" in text
    assert dialog.override_edit.isVisible()
    dialog.surveillant_rows[0].name_combo.setEditText("bakker")
    dialog.ok_button.click()
    qtbot.waitUntil(dialog.error.isVisible, timeout=WAIT)
    assert "a third is not allowed" in dialog.error.text() and len(sessions.list_sessions(station)) == 2
    dialog.override_edit.setText("Op verzoek van de kandidaat")
    with qtbot.waitSignal(dialog.completed, timeout=WAIT):
        dialog.ok_button.click()
    assert len(sessions.list_sessions(station)) == 3
    assert len(events.list_events(station, kinds=(EventKind.RULE_OVERRIDDEN,))) == 2


def test_a_surveillant_starts_a_planned_session_and_its_dashboard_opens(
    station: Station, people: dict[str, SignedIn], imported: None, clock: ManualClock, picker, qtbot: QtBot
) -> None:
    clock.wall = SESSION_START - timedelta(minutes=10)
    planning.plan_session(
        station,
        people["secretaris"],
        planning.PlanRequest(SAMPLE_GROUP, surveillants=[("jansen", True)], start_time="10:00"),
    )
    workspace = picker(people["jansen"])
    qtbot.waitUntil(lambda: workspace.model.rowCount() == 1, timeout=WAIT)
    assert not workspace.plan_button.isVisible()  # only the examensecretaris plans (R-ROLE-1)
    assert workspace.start_button.text() == "Start session (Ctrl+Return)"
    assert [
        control.objectName()
        for kind in (QAbstractButton, QAbstractItemView)
        for control in workspace.findChildren(kind)
        if control.isVisible() and not control.accessibleName()
    ] == []
    workspace.start_button.click()
    qtbot.waitUntil(lambda: workspace.dashboard is not None, timeout=WAIT)
    dashboard = workspace.dashboard
    assert dashboard is not None
    qtbot.waitUntil(lambda: dashboard.model.rowCount() == 2, timeout=WAIT)
    assert dashboard.title.text() == "Ochtend (2026-06-12-CK-A)"
    assert dashboard.facts.text() == (
        "Bijzonder Examen Adviseur Consumptief krediet · 12 Jun 2026 from 10:00 · school, Lokaal 2.14 · "
        "surveillants: Jansen · running"
    )
    dashboard.back_button.click()
    assert workspace.dashboard is None and workspace.pages.currentWidget() is workspace.picker
    qtbot.waitUntil(lambda: workspace.model.index(0, 6).data() == "running", timeout=WAIT)


# R-SES-2, R-SES-3 (issue 14: "the start refused until they hold"; the examensecretaris may override)
def test_the_examensecretaris_starts_an_off_site_session_past_the_refusal_with_a_reason_R_SES_2(
    station: Station, people: dict[str, SignedIn], imported: None, clock: ManualClock, picker, qtbot: QtBot
) -> None:
    from examdesk.core.facts import OverriddenRule

    clock.wall = SESSION_START - timedelta(minutes=10)
    session_id = planning.plan_session(
        station,
        people["secretaris"],
        planning.PlanRequest(
            SAMPLE_GROUP,
            surveillants=[("jansen", True)],
            location_kind="hospital",
            room="UMC kamer 4",
            quarantine=True,
        ),
    )
    workspace = picker(people["secretaris"])
    qtbot.waitUntil(lambda: workspace.model.rowCount() == 1, timeout=WAIT)
    workspace.start_button.click()
    qtbot.waitUntil(
        lambda: workspace.override_dialog is not None and workspace.override_dialog.isVisible(), timeout=WAIT
    )
    dialog = workspace.override_dialog
    assert "consultation with the Inspectie" in dialog.intro.text()
    assert not dialog.user_edit.isVisible()  # the signed-in examensecretaris decides as themselves
    dialog.ok_button.click()  # no reason: refused, nothing started
    qtbot.waitUntil(lambda: "reason" in dialog.error.text(), timeout=WAIT)
    assert sessions.list_sessions(station)[0].state is SessionState.PLANNED
    dialog.reason_edit.setPlainText(
        "Kandidaat opgenomen; Inspectie telefonisch ingelicht, schriftelijk volgt"
    )
    dialog.ok_button.click()
    qtbot.waitUntil(lambda: workspace.dashboard is not None, timeout=WAIT)
    assert sessions.list_sessions(station)[0].state is SessionState.RUNNING
    overridden = events.list_events(station, session_id=session_id, kinds=(EventKind.RULE_OVERRIDDEN,))
    assert [e.payload["rule"] for e in overridden][0] == OverriddenRule.OFF_SITE.value
    assert overridden[0].actor == people["secretaris"].username and not workspace.error.isVisible()


# R-TIME-7, R-PV-2 (issue 12): the dialog read its own storing spans and counted a voided grant.
def test_the_compensation_dialog_offers_a_voided_grant_again_R_TIME_7_R_PV_2(
    station, people, running_session, clock, qtbot
):
    from examdesk.ui.proctor.dialogs import CompensationDialog

    jansen = people["jansen"]
    candidate_id = _status(station, jansen, running_session, "1001").candidate_id
    sessions.record_bsn_check(
        station, jansen, running_session, candidate_id, match=True, id_document="passport"
    )
    clock.wall = SESSION_START
    sessions.start_candidate(station, jansen, running_session, candidate_id)
    storing = sessions.start_storing(station, jansen, running_session, candidate_id)
    clock.advance(timedelta(minutes=10))
    sessions.end_storing(station, jansen, running_session, candidate_id, storing.id)
    given = sessions.grant_compensation(station, jansen, running_session, candidate_id, storing.id, 10)
    sessions.record_correction(
        station,
        jansen,
        running_session,
        given.id,
        "voor de verkeerde kandidaat",
        void=True,
        candidate_id=candidate_id,
    )
    dialog = CompensationDialog(
        station, jansen, running_session, _status(station, jansen, running_session, "1001")
    )
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.storing_combo.count() == 1, timeout=WAIT)
    assert dialog.storing_combo.itemText(0).endswith("lasted 10 min, 0 min given")
    assert dialog.minutes_spin.value() == 10
