"""The proces-verbaal of a session (R-PV-1..5), on the demo station's closed and running sessions."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from examdesk import i18n
from examdesk.core.clock import ClockState
from examdesk.core.eventkinds import EventKind
from examdesk.core.roles import Role
from examdesk.core.timeline import EndKind, SegmentKind, ZoneKind
from examdesk.services import accounts, demo, events, sessions
from examdesk.services import proces_verbaal as pv
from examdesk.services.clock import ManualClock
from examdesk.services.errors import InvalidInput, NotFound, PermissionDenied
from examdesk.services.proces_verbaal import ProcesVerbaal, Section
from examdesk.services.sessions import SessionState
from examdesk.services.station import Station
from tests import raw_db
from tests.services.demo_station import DEMO_NOW, open_copy

CLOSED_START = datetime(2026, 5, 20, 7, 0, tzinfo=UTC)  # 09:00 in Amsterdam


@pytest.fixture(scope="module")
def demo_template(running_demo: Path) -> Path:
    return running_demo


@pytest.fixture
def demo_opened(demo_template: Path, tmp_path: Path) -> Iterator[tuple[Station, ManualClock]]:
    station, clock = open_copy(demo_template, tmp_path / "demo")
    yield station, clock
    station.close()


@pytest.fixture
def demo_station(demo_opened: tuple[Station, ManualClock]) -> Station:
    return demo_opened[0]


def _sign_in(station: Any, username: str) -> Any:
    return accounts.sign_in(station, username, demo.DEMO_PASSWORD)


@pytest.fixture
def ids(demo_station: Any) -> dict[str, str]:
    closed, running = sorted(  # the demo's hospital session is planned, not yet held (R-SES-2)
        (s for s in sessions.list_sessions(demo_station) if s.state.value != "planned"), key=lambda s: s.date
    )
    return {"closed": closed.id, "running": running.id}


@pytest.fixture
def closed(demo_station: Any, ids: dict[str, str]) -> ProcesVerbaal:
    return pv.load(demo_station, _sign_in(demo_station, "surveillant1"), ids["closed"])


def _candidate(document: ProcesVerbaal, number: str) -> pv.CandidateRecord:
    return next(c for c in document.candidates if c.number == number)


def _texts(entries: tuple[pv.Entry, ...], language: str = "en") -> list[str]:
    return [pv.text(entry, language) for entry in entries]


# --- R-PV-1: the header, the candidates, the entries ------------------------------------------------------


# R-PV-1
def test_the_header_names_exam_date_place_surveillants_and_who_signed_off_R_PV_1(closed) -> None:
    header = closed.header
    assert header.exam_title == "Economie BB centraal examen (demo)" and header.exam_code
    assert header.variants and set(header.variants) <= set(header.exam_variants)
    assert header.date.isoformat() == "2026-05-20" and header.start_time == "09:00"
    assert header.planned_start == CLOSED_START and header.duration_minutes > 0
    assert header.room == "Lokaal 1.05" and i18n.render(header.location) == "school"
    assert header.quarantine is False
    assert [(s.person.display_name, s.qualified_teacher) for s in header.surveillants] == [
        ("A. Jansen", True),
        ("R. Bakker", False),
    ]
    assert header.state is SessionState.CLOSED
    assert header.opened_at is not None and header.closed_at == CLOSED_START + timedelta(minutes=150)
    assert header.closed_by is not None and header.closed_by.display_name == "A. Jansen"
    assert [p.display_name for p in header.signed_off_by] == ["A. Jansen", "R. Bakker"]
    assert header.school == demo.DEMO_SCHOOL and header.station_name == demo.DEMO_STATION


# R-PV-1
def test_the_entries_are_the_session_events_in_recorded_order_with_local_times_and_names_R_PV_1(
    closed, demo_station, ids
) -> None:
    recorded = events.list_events(demo_station, session_id=ids["closed"])
    assert [e.event_id for e in closed.entries] == [e.id for e in recorded]
    assert [e.seq for e in closed.entries] == sorted(e.seq for e in closed.entries)
    first = closed.entries[0]
    assert first.kind == EventKind.SESSION_PLANNED and pv.subject_text(first) == "group"
    assert pv.name(first.actor) == "M. de Vries" and first.time_text == "08:40:00"  # Amsterdam, not UTC
    assert pv.text(first) == (
        "Planned for 20 May 2026 at 09:00, school, Lokaal 1.05; surveillants: A. Jansen, R. Bakker"
    )
    time_up = next(e for e in closed.entries if e.kind == EventKind.TIME_UP)
    assert pv.name(time_up.actor) == "the station"


# R-PV-1
def test_each_kind_of_event_says_what_was_recorded_R_PV_1(closed) -> None:
    def said(kind: str, number: str | None = None) -> list[str]:
        return [
            f"{pv.subject_text(e)} | {pv.kind_text(e)} | {pv.text(e)}"
            for e in closed.entries
            if e.kind == kind and (number is None or (e.candidate and e.candidate.number == number))
        ]

    assert said(EventKind.PAUSE_ENDED, "3005") == ["3005 Mila Bos | Pause ends | Pause 09:45–09:55 (10 min)"]
    assert said(EventKind.PAUSE_STARTED, "3005") == [
        "3005 Mila Bos | Pause begins | Pause begins: the clock stands still; until 09:55"
    ]
    # R-TIME-4: the grants are on the clocks from the start; nobody pressed "extra time".
    assert said(EventKind.EXTENSION_APPLIED) == []
    assert said(EventKind.STORING_STARTED) == [
        "3001 Daan Peters | Storing begins | Storing at question 4; PC changed from PC-07 to PC-12; "
        "Facet melding FH-2026-0519"
    ]
    assert said(EventKind.STORING_ENDED) == ["3001 Daan Peters | Storing ends | Storing 09:25–09:32 (7 min)"]
    assert said(EventKind.COMPENSATION_GRANTED) == [
        "3001 Daan Peters | Compensation | Compensation 7 min for the storing of 09:25–09:32"
    ]
    assert said(EventKind.CANDIDATE_STARTED, "3004") == [
        "3004 Jayden Koster | Start | Started as a late arrival, 18 min after the planned start; their time "
        "ends as if they had started at 09:00"
    ]
    assert said(EventKind.ABSENT) == ["3008 Aylin Demir | Absent | Did not come"]
    assert said(EventKind.HANDED_IN, "3007") == [
        "3007 Zoë van Dijk | Handed in | Handed in after 68 min of working time"
    ]
    assert said(EventKind.TIME_UP, "3003") == ["3003 Lotte Willems | Time up | Time up at 11:00"]
    melding, unresolved = said(
        EventKind.MELDING
    )  # the demo's second melding is an unresolved fault (R-VOV-3)
    assert unresolved.startswith(
        "3007 Zoë van Dijk | Melding (VOV) | Melding about the exam application; questions 1, 2;"
    )
    assert "meldingsnummer FH-2026-0522" in unresolved
    assert melding.startswith(
        "3001 Daan Peters | Melding (VOV) | Melding about the exam application; question 4;"  # issue 16 #12
    )
    assert "resolved: Na overzetten werkte de vraag." in melding and "meldingsnummer FH-2026-0519" in melding
    assert said(EventKind.REMARK) == [
        "group | Remark | Om 09:50 brandalarm getest in gebouw B; kort hoorbaar."
    ]
    assert said(EventKind.SESSION_CLOSED) == [
        "group | Session closed | Closed; confirmed with their own passwords by A. Jansen, R. Bakker"
    ]
    bsn = said(EventKind.BSN_CHECKED, "3004")
    assert bsn == [
        "3004 Jayden Koster | BSN check | BSN *****"
        + _candidate(closed, "3004").masked_bsn[-4:]
        + " matches the passport; note: bus had vertraging"
    ]


# R-PV-1
def test_the_sentences_are_said_in_dutch_too_R_PV_1(closed) -> None:
    pause = next(e for e in closed.entries if e.kind == EventKind.PAUSE_ENDED)
    assert pv.text(pause, "nl") == "Pauze 09:45–09:55 (10 min)"
    assert pv.kind_text(pause, "nl") == "Pauze eindigt"
    assert pv.text(closed.entries[0], "nl").startswith("Gepland op 20 mei 2026 om 09:00, school, Lokaal 1.05")
    assert pv.subject_text(closed.entries[0], "nl") == "groep"


# R-PV-1
def test_each_candidate_has_their_section_with_start_end_extension_pauses_and_storingen_R_PV_1(
    closed,
) -> None:
    assert [c.number for c in closed.candidates] == [f"300{n}" for n in range(1, 9)]
    daan = _candidate(closed, "3001")
    assert daan.state is ClockState.FINISHED and daan.ended_at == CLOSED_START + timedelta(minutes=80)
    assert (
        daan.bsn_check is not None
        and daan.bsn_check.matched
        and daan.bsn_check.by.display_name == "A. Jansen"
    )
    assert i18n.render(daan.bsn_check.document) == "identity card"
    assert daan.masked_bsn.startswith("*****") and len(daan.masked_bsn) == 9  # R-BSN-6: never the whole BSN
    (storing,) = daan.storingen
    assert (storing.question, storing.pc_old, storing.pc_new) == ("4", "PC-07", "PC-12")
    assert storing.meldingsnummers == ("FH-2026-0519",) and storing.compensation == timedelta(minutes=7)
    # R-PV-7: granted for the storing, but Daan handed in before his regular end, so none of it counts.
    assert daan.compensation == timedelta(0)
    assert daan.started_at is not None
    assert daan.deadline == daan.started_at + timedelta(minutes=90 + 7)

    yohannes = _candidate(closed, "3002")
    assert yohannes.extension == timedelta(minutes=60) and yohannes.granted_extension == 60
    assert [i18n.render(b, "nl") for b in yohannes.extension_basis] == [  # ground codes, in words (R-ACC-1)
        "dyslexie",
        "Nederlands als tweede taal (NT2), 3 jaar onderwijs in Nederland",
    ]
    assert yohannes.grant_used == timedelta(minutes=60)  # R-TIME-4: time up at the end with the grant
    assert yohannes.state is ClockState.TIME_UP

    jayden = _candidate(closed, "3004")
    assert jayden.late_arrival and jayden.late_by == timedelta(minutes=18)
    assert jayden.deadline == CLOSED_START + timedelta(minutes=90)  # R-TIME-8

    mila = _candidate(closed, "3005")
    (pause,) = mila.pauses
    assert pause.duration == timedelta(minutes=10) and not pause.ongoing
    assert mila.total_pause == timedelta(minutes=10)

    aylin = _candidate(closed, "3008")
    assert aylin.absent and aylin.state is ClockState.ABSENT and aylin.bsn_check is None
    assert aylin.started_at is None and aylin.timeline.segments == ()


# R-PV-1, R-TIME-1
def test_each_timeline_is_the_candidates_clock_R_PV_1(closed, demo_station, ids) -> None:
    rows = {
        r.candidate_id: r
        for r in sessions.dashboard(demo_station, demo.sign_in_demo(demo_station), ids["closed"])
    }
    for record in closed.candidates:
        timeline = record.timeline
        assert timeline.clock == rows[record.candidate_id].clock
        assert timeline.total_pause == timeline.clock.total_pause
    daan = _candidate(closed, "3001").timeline
    assert [s.kind for s in daan.segments] == [SegmentKind.WORKING, SegmentKind.STORING, SegmentKind.WORKING]
    assert daan.end_marker is not None and daan.end_marker.kind is EndKind.HANDED_IN
    assert _candidate(closed, "3002").timeline.zone(ZoneKind.EXTENSION) is not None
    assert _candidate(closed, "3004").timeline.zone(ZoneKind.LATE_START) is not None


# R-PV-1
def test_meldingen_remarks_and_the_rest_are_picked_out_R_PV_1(closed) -> None:
    assert [e.kind for e in closed.meldingen] == [EventKind.MELDING, EventKind.MELDING]
    assert [e.kind for e in closed.remarks] == [EventKind.REMARK]
    assert closed.irregularities == () and closed.corrections == () and closed.addenda == ()
    assert pv.kinds(closed)[:3] == [
        EventKind.SESSION_PLANNED,
        EventKind.SESSION_STARTED,
        EventKind.SESSION_CLOSED,
    ]


def test_entries_are_filtered_by_candidate_and_by_kind(closed) -> None:
    daan = _candidate(closed, "3001").candidate_id
    own = closed.select(candidate_id=daan)
    assert own and all(e.candidate is not None and e.candidate.candidate_id == daan for e in own)
    assert {e.kind for e in own} >= {EventKind.STORING_STARTED, EventKind.MELDING, EventKind.HANDED_IN}
    pauses = closed.select(kinds={EventKind.PAUSE_STARTED, EventKind.PAUSE_ENDED})
    assert len(pauses) == 4 and {e.kind for e in pauses} == {EventKind.PAUSE_STARTED, EventKind.PAUSE_ENDED}
    assert closed.select(candidate_id=daan, kinds={EventKind.PAUSE_STARTED}) == ()
    group = closed.select(group_only=True)
    assert group and all(e.candidate is None for e in group)
    assert {e.kind for e in group} >= {EventKind.SESSION_CLOSED, EventKind.REMARK}


# R-PV-5
def test_a_candidates_part_of_the_proces_verbaal_includes_what_concerns_the_whole_group_R_PV_5(
    closed,
) -> None:
    mila = _candidate(closed, "3005").candidate_id
    part = closed.select(candidate_id=mila, with_group=True)
    assert {e.candidate.number for e in part if e.candidate is not None} == {"3005"}
    assert any(e.kind == EventKind.REMARK for e in part)  # the fire-alarm test concerned everyone
    assert any(e.kind == EventKind.SESSION_CLOSED for e in part)


# R-PV-1
def test_the_running_session_shows_its_record_up_to_now(demo_station, ids) -> None:
    document = pv.load(demo_station, demo.sign_in_demo(demo_station), ids["running"])
    header = document.header
    assert header.state is SessionState.RUNNING and header.closed_at is None and header.signed_off_by == ()
    assert [s.person.display_name for s in header.surveillants] == ["A. Jansen"]
    jeroen = _candidate(document, "1006")
    assert jeroen.state is ClockState.PAUSED
    (pause,) = jeroen.pauses
    assert pause.ongoing and pause.duration == timedelta(minutes=7)  # since 6 minutes before DEMO_NOW, now +1
    assert document.made_at == DEMO_NOW + timedelta(minutes=1)
    ricardo = _candidate(document, "1008")
    assert ricardo.bsn_check is not None and not ricardo.bsn_check.matched
    mismatch = next(
        e
        for e in document.entries
        if e.kind == EventKind.BSN_CHECKED and e.candidate is not None and e.candidate.number == "1008"
    )
    assert "does NOT match the identity card" in pv.text(mismatch)
    remaining = _candidate(document, "1001").timeline.zone(ZoneKind.REMAINING)
    assert remaining is not None and remaining.start == document.made_at


def test_reading_the_proces_verbaal_needs_a_proctor_role(demo_station, ids) -> None:
    beheerder = accounts.sign_in(demo_station, demo.BEHEERDER.username, demo.DEMO_PASSWORD)
    with pytest.raises(PermissionDenied):
        pv.load(demo_station, beheerder, ids["closed"])
    with pytest.raises(NotFound, match="no session"):
        pv.load(demo_station, demo.sign_in_demo(demo_station), "nonexistent")


# --- R-PV-2: corrections ------------------------------------------------------------------------------------


# R-PV-2
def test_a_correction_and_the_event_it_corrects_both_show_R_PV_2(demo_station, ids) -> None:
    jansen = _sign_in(demo_station, "surveillant1")
    before = pv.load(demo_station, jansen, ids["running"])
    pause = next(e for e in before.entries if e.kind == EventKind.PAUSE_STARTED)
    assert pause.candidate is not None
    sessions.record_correction(
        demo_station,
        jansen,
        ids["running"],
        pause.event_id,
        "Pauze per ongeluk bij de verkeerde kandidaat gestart.",
        void=True,
        candidate_id=pause.candidate.candidate_id,
    )
    after = pv.load(demo_station, jansen, ids["running"])
    corrected = next(e for e in after.entries if e.event_id == pause.event_id)
    (correction,) = after.corrections
    assert corrected.voided and corrected.corrected_by == (correction.event_id,)
    assert correction.corrects_id == pause.event_id
    assert pv.text(correction) == (
        f"Correction of event #{pause.event_id} (Pause begins at 11:34): Pauze per ongeluk bij de verkeerde "
        "kandidaat gestart.; the corrected event no longer counts for the clock"
    )
    jeroen = _candidate(after, pause.candidate.number)
    assert jeroen.state is ClockState.RUNNING and jeroen.pauses == ()  # the clock no longer counts it


# --- R-PV-3: the chain ----------------------------------------------------------------------------------------


# R-PV-3
def test_the_chain_is_verified_and_its_head_given_R_PV_3(closed, demo_station) -> None:
    everything = events.list_events(demo_station)
    chain = closed.chain
    assert chain.verified and chain.broken is None
    assert chain.events_checked == len(everything)
    assert chain.head_hash == everything[-1].hash
    assert chain.last_hash == closed.entries[-1].hash and chain.last_seq == closed.entries[-1].seq
    assert chain.session_events == len(closed.entries)
    assert i18n.render(chain.summary) == f"Event chain verified: {len(everything)} events, intact"


# R-PV-3
def test_a_changed_event_is_named_as_the_first_broken_link_R_PV_3(demo_station, ids) -> None:
    victim = events.list_events(demo_station, session_id=ids["closed"], kinds=(EventKind.REMARK,))[0]
    with raw_db.connect(demo_station) as connection:
        connection.execute("DROP TRIGGER event_no_update")
        connection.execute(
            'UPDATE event SET payload = \'{"text":"niets gebeurd"}\' WHERE id = ?', (victim.id,)
        )
    connection.close()
    chain = pv.load(demo_station, demo.sign_in_demo(demo_station), ids["closed"]).chain
    assert not chain.verified and chain.broken is not None and chain.broken.seq == victim.seq
    assert i18n.render(chain.summary) == (
        f"Event chain broken: event {victim.seq} of station {victim.station_id} no longer matches its hash: "
        "it was changed after it was recorded"
    )


# R-TIME-10
def test_a_clock_warning_during_the_session_stands_among_its_entries_R_TIME_10(
    demo_opened: tuple[Station, ManualClock], ids
) -> None:
    demo_station, demo_clock = demo_opened
    jansen = _sign_in(demo_station, "surveillant1")
    demo_clock.set_wall(DEMO_NOW - timedelta(minutes=3))  # back four minutes
    sessions.record_remark(demo_station, jansen, ids["running"], "Klok van de pc teruggezet.")
    document = pv.load(demo_station, jansen, ids["running"])
    warning = next(e for e in document.entries if e.kind == EventKind.CLOCK_ANOMALY)
    assert warning.section is Section.STATION and pv.subject_text(warning) == "station"
    assert pv.text(warning) == "The computer's clock went back 240 seconds"
    assert document.entries[-1].kind == EventKind.REMARK and document.entries[-2] is warning
    assert not any(
        e.kind == EventKind.CLOCK_ANOMALY for e in pv.load(demo_station, jansen, ids["closed"]).entries
    )


# --- R-PV-4: addenda --------------------------------------------------------------------------------------------


# R-PV-4
def test_the_examensecretaris_adds_an_addendum_to_a_closed_session_marked_as_such_R_PV_4(
    closed, demo_station, ids
) -> None:
    secretaris = _sign_in(demo_station, "secretaris")
    assert pv.addendum_refusal(demo_station, secretaris, ids["closed"]) is None
    remark = closed.remarks[0]
    mila = _candidate(closed, "3005")
    event = pv.record_addendum(
        demo_station,
        secretaris,
        ids["closed"],
        "  Brandalarmtest was vooraf aangekondigd; geen invloed op het werk.  ",
        candidate_id=mila.candidate_id,
        refers_to=remark.event_id,
    )
    assert event.kind == EventKind.ADDENDUM and event.actor == "secretaris"
    after = pv.load(demo_station, secretaris, ids["closed"])
    (addendum,) = after.addenda
    assert (
        addendum.is_addendum
        and addendum.section is Section.ADDENDUM
        and addendum.refers_to == remark.event_id
    )
    assert addendum.candidate is not None and addendum.candidate.number == "3005"
    assert pv.name(addendum.actor) == "M. de Vries" and pv.kind_text(addendum) == "Addendum"
    assert pv.text(addendum) == (
        "Addendum: Brandalarmtest was vooraf aangekondigd; geen invloed op het werk.; "
        f"about event #{remark.event_id} (Remark at 10:00)"
    )
    assert after.entries[-1] == addendum and after.header.state is SessionState.CLOSED
    assert after.chain.verified and after.chain.last_hash == event.hash


# R-PV-4
def test_a_surveillant_cannot_add_to_a_closed_proces_verbaal_R_PV_4(demo_station, ids) -> None:
    jansen = _sign_in(demo_station, "surveillant1")
    with pytest.raises(PermissionDenied) as refused:
        pv.record_addendum(demo_station, jansen, ids["closed"], "Nog iets vergeten.")
    assert i18n.render(refused.value.message) == (
        "After a session has been closed only the examensecretaris can add to its proces-verbaal; "
        "A. Jansen is not examensecretaris."
    )
    assert "alleen de examensecretaris" in i18n.render(refused.value.message, "nl")
    said_before = pv.addendum_refusal(demo_station, jansen, ids["closed"])  # what the screen says on asking
    assert said_before is not None and i18n.render(said_before) == i18n.render(refused.value.message)
    with pytest.raises(InvalidInput):  # and a remark is no way around it: the session is closed
        sessions.record_remark(demo_station, jansen, ids["closed"], "Nog iets vergeten.")


# R-PV-4
def test_no_addendum_before_the_session_is_closed_R_PV_4(demo_station, ids) -> None:
    secretaris = _sign_in(demo_station, "secretaris")
    with pytest.raises(InvalidInput) as refused:
        pv.record_addendum(demo_station, secretaris, ids["running"], "Te vroeg.")
    assert i18n.render(refused.value.message) == (
        "The session is running: an addendum is added to the proces-verbaal only after the session has been "
        "closed. While it runs, record a remark instead."
    )
    said_before = pv.addendum_refusal(demo_station, secretaris, ids["running"])
    assert said_before is not None and i18n.render(said_before) == i18n.render(refused.value.message)
    assert not events.list_events(demo_station, kinds=(EventKind.ADDENDUM,))


# R-PV-4
def test_an_addendum_needs_text_and_refers_only_to_this_session_R_PV_4(closed, demo_station, ids) -> None:
    secretaris = _sign_in(demo_station, "secretaris")
    with pytest.raises(InvalidInput, match="Write the addendum"):
        pv.record_addendum(demo_station, secretaris, ids["closed"], "   ")
    elsewhere = events.list_events(demo_station, session_id=ids["running"])[0]
    with pytest.raises(NotFound, match=f"#{elsewhere.id} is not part"):
        pv.record_addendum(demo_station, secretaris, ids["closed"], "x", refers_to=elsewhere.id)
    other_group = pv.load(demo_station, secretaris, ids["running"]).candidates[0].candidate_id
    with pytest.raises(NotFound, match="does not belong"):
        pv.record_addendum(demo_station, secretaris, ids["closed"], "x", candidate_id=other_group)
    with pytest.raises(NotFound, match="no session"):
        pv.record_addendum(demo_station, secretaris, "nonexistent", "x")
    assert not events.list_events(demo_station, kinds=(EventKind.ADDENDUM,))


# R-PV-4
def test_an_account_with_both_roles_may_add_an_addendum_R_PV_4(demo_station, ids) -> None:
    both = demo.sign_in_demo(demo_station)
    assert both.has(Role.EXAMENSECRETARIS) and both.has(Role.SURVEILLANT)
    event = pv.record_addendum(demo_station, both, ids["closed"], "Aanvulling.")
    assert event.payload == {"text": "Aanvulling."} and event.candidate_id is None


# R-TIME-4, R-ACC-2
def test_an_override_is_its_own_entry_and_flags_the_candidate_R_TIME_4_R_ACC_2(demo_station, ids) -> None:
    """The demo's override: 1004's expired VSV applied by the examensecretaris, with the reason."""
    running = pv.load(demo_station, _sign_in(demo_station, "surveillant1"), ids["running"])
    (entry,) = [e for e in running.entries if e.kind == EventKind.RULE_OVERRIDDEN]
    assert pv.kind_text(entry) == "Override by the examensecretaris"
    assert pv.text(entry).startswith(  # issue 16 #12: the rule in words, no internal rule ID
        "accommodation 1 applied without a valid, confirmed VSV, decided by "
    )
    assert "Nieuwe VSV van 2 juni gezien" in pv.text(entry)
    pieter = _candidate(running, "1004")
    assert pieter.overridden and pieter.granted_extension == 30
    assert not _candidate(running, "1001").overridden
