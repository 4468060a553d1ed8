"""The proces-verbaal's read model (core/proces_verbaal.py, issue 12 #3): typed, frozen, pure; its head as one
ordered list of facts that the screen and the PDF both lay out (R-PV-1), for a closed and an open session and
one with overrides and corrections (R-PV-2, R-TIME-4)."""

from __future__ import annotations

import dataclasses
import datetime as dt
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest

from examdesk.core.clock import ClockPlan, ClockState, Started
from examdesk.core.eventkinds import EventKind
from examdesk.core.proces_verbaal import (
    HEADER_KEYS,
    CandidateRecord,
    CandidateRef,
    ChainCheck,
    Entry,
    Fact,
    Header,
    Moment,
    Person,
    ProcesVerbaal,
    Section,
    Surveillant,
    fact_text,
    header_facts,
)
from examdesk.core.text import QT_TRANSLATE_NOOP, Message, Text, message
from examdesk.core.timeline import build
from examdesk.core.words import SessionState

T0 = datetime(2026, 5, 20, 7, 0, tzinfo=UTC)  # 09:00 in Amsterdam
JANSEN = Person("surveillant1", "A. Jansen")
BAKKER = Person("surveillant2", "R. Bakker")
STATION_PERSON = Person("system", "system", QT_TRANSLATE_NOOP("ProcesVerbaal", "the station"))


def say(words: Message | Text | str) -> str:
    """The English source with its parameters (``str`` of a message), as a renderer without translations."""
    return str(words)


def day(date: dt.date) -> str:
    return date.isoformat()


def lines(header: Header) -> dict[str, tuple[str, str]]:
    return {fact.key: (say(fact.label), fact_text(fact.value, say, day)) for fact in header_facts(header)}


def header(**changes: Any) -> Header:
    closed = Header(
        session_id="2026-05-20-EC-3B",
        school="Het Nieuwe Lyceum",
        station_name="Lokaal 1.05",
        exam_code="EC-1",
        exam_title="Economie",
        exam_kind="ce",
        exam_variants=("A", "B"),
        variants_sat=("A",),
        duration_minutes=90,
        group_code="EC-3B",
        group_name="Economie 3B",
        date=dt.date(2026, 5, 20),
        start_time="09:00",
        planned_start=T0,
        location_kind="school",
        room="Lokaal 1.05",
        quarantine=False,
        simultaneous=True,
        permission_reference="",
        surveillants=(Surveillant(JANSEN, True), Surveillant(BAKKER, False)),
        state=SessionState.CLOSED,
        opened_at=T0 - timedelta(minutes=20),
        closed_at=T0 + timedelta(minutes=150),
        closed_by=JANSEN,
        signed_off_by=(JANSEN, BAKKER),
    )
    return dataclasses.replace(closed, **changes)


# R-PV-1
def test_a_closed_sessions_head_is_its_facts_in_the_order_the_pdf_prints_them_R_PV_1() -> None:
    facts = lines(header())
    assert list(facts) == [
        "exam",
        "variant",
        "group",
        "date",
        "planned",
        "place",
        "quarantine",
        "surveillants",
        "opened",
    ]
    assert facts == {
        "exam": ("Exam", "EC-1 · Economie (CE), 90 minutes"),
        "variant": ("Variant", "A"),  # the variant sat, once results name it
        "group": ("Afnamegroep", "EC-3B · Economie 3B"),
        "date": ("Date", "2026-05-20"),
        "planned": ("Planned start and duration", "09:00, 90 minutes"),
        "place": ("Location and room", "school, Lokaal 1.05"),
        "quarantine": ("Quarantine", "no"),
        "surveillants": ("Surveillants", "A. Jansen (qualified teacher), R. Bakker"),
        "opened": ("Opened", "2026-05-20 08:40"),  # Amsterdam's clock
    }


# R-PV-1, R-SES-2, R-SES-3
def test_an_open_sessions_head_says_not_yet_and_states_the_inspecties_consultation_R_PV_1() -> None:
    running = header(
        state=SessionState.RUNNING,
        opened_at=None,
        closed_at=None,
        closed_by=None,
        signed_off_by=(),
        variants_sat=(),
        location_kind="hospital",
        room="UMC, kamer 4.12",
        quarantine=True,
        quarantine_reported_on=dt.date(2026, 5, 18),
        consulted_on=dt.date(2026, 5, 15),
        permission_reference="INS-2026-0412",
        surveillants=(),
    )
    facts = lines(running)
    assert list(facts) == list(HEADER_KEYS)  # every fact, in the order the screen lays out its rows
    assert facts["variant"] == ("Variant", "A, B")  # the exam's, before results
    assert facts["place"] == ("Location and room", "hospital, UMC, kamer 4.12")
    assert facts["consulted"] == ("Inspectie consulted on", "2026-05-15")
    assert facts["permission"] == ("Inspectie's permission", "INS-2026-0412")
    assert facts["quarantine"] == ("Quarantine", "yes, reported to the Inspectie on 2026-05-18")
    assert facts["surveillants"] == ("Surveillants", "none")
    assert facts["opened"] == ("Opened", "not yet")
    assert running.state is SessionState.RUNNING


def test_the_facts_keep_their_words_for_the_reader_and_their_moments_for_the_readers_calendar() -> None:
    facts = {
        fact.key: fact for fact in header_facts(header(surveillants=(Surveillant(STATION_PERSON, False),)))
    }
    (station,) = facts["surveillants"].value
    assert isinstance(station, Text) and station.context == "ProcesVerbaal"  # translated by whoever shows it
    (opened,) = facts["opened"].value
    assert opened == Moment(T0 - timedelta(minutes=20))
    assert fact_text(facts["date"].value, say, lambda d: d.strftime("%d-%m-%Y")) == "20-05-2026"
    assert isinstance(facts["exam"].label, Text) and facts["exam"].label.context == "Report"


def test_a_moment_is_amsterdams_clock_and_a_moment_without_zone_is_utc() -> None:
    assert Moment(datetime(2026, 1, 5, 23, 30, 5, tzinfo=UTC)).text(day) == "2026-01-06 00:30"
    assert Moment(datetime(2026, 1, 5, 23, 30, 5), seconds=True).text(day) == "2026-01-06 00:30:05"


# --- a session with overrides and corrections --------------------------------------------------------------


def record(number: str, candidate_id: int, *, overridden: bool = False) -> CandidateRecord:
    timeline = build(ClockPlan(T0, timedelta(minutes=90)), [Started(T0)], T0 + timedelta(minutes=30))
    return CandidateRecord(
        candidate_id=candidate_id,
        number=number,
        name="Daan Peters",
        masked_bsn="*****0686",
        variant="A",
        bsn_check=None,
        roster_corrected=False,
        state=ClockState.RUNNING,
        started_at=T0,
        deadline=T0 + timedelta(minutes=100),
        ended_at=None,
        late_arrival=False,
        late_by=timedelta(0),
        granted_extension=0,
        extension=timedelta(minutes=10),
        extension_basis=(),
        extension_overrides=("stroomstoring",) if overridden else (),
        pauses=(),
        total_pause=timedelta(0),
        storingen=(),
        compensation=timedelta(0),
        left_early_reason=None,
        left_early_ill=False,
        absent=False,
        timeline=timeline,
        overridden=overridden,
    )


def entry(
    event_id: int, kind: EventKind, section: Section, candidate: CandidateRef | None, **more: Any
) -> Entry:
    at = T0 + timedelta(minutes=event_id)
    plain = Entry(
        event_id=event_id,
        seq=event_id,
        at=at,
        local_at=at.astimezone(dt.timezone(timedelta(hours=2))),
        kind=kind,
        kind_label=kind,
        section=section,
        candidate=candidate,
        parts=(f"event {event_id}",),
        actor=JANSEN,
        corrects_id=None,
        refers_to=None,
        corrected_by=(),
        voided=False,
        hash=f"{event_id:064x}",
    )
    return dataclasses.replace(plain, **more)


def overridden_and_corrected() -> ProcesVerbaal:
    daan = record("3001", 1, overridden=True)
    ref = CandidateRef(1, "3001", "Daan Peters")
    entries = (
        entry(1, EventKind.SESSION_STARTED, Section.SESSION, None),
        entry(2, EventKind.PAUSE_STARTED, Section.CANDIDATE, ref, corrected_by=(4,), voided=True),
        entry(3, EventKind.RULE_OVERRIDDEN, Section.CANDIDATE, ref),
        entry(
            4,
            EventKind.CORRECTION,
            Section.CORRECTION,
            ref,
            corrects_id=2,
            parts=(message(QT_TRANSLATE_NOOP("ProcesVerbaal", "Corrects #{id}"), id=2), "wrong candidate"),
        ),
        entry(5, EventKind.REMARK, Section.REMARK, None),
    )
    chain = ChainCheck(True, 5, "f" * 64, None, 5, 5, "5" * 64)
    running = header(state=SessionState.RUNNING, closed_at=None, closed_by=None, signed_off_by=())
    return ProcesVerbaal(running, (daan,), entries, chain, T0 + timedelta(minutes=30))


# R-PV-2, R-TIME-4
def test_overrides_and_corrections_stand_in_the_record_and_leave_the_head_alone_R_PV_2() -> None:
    pv = overridden_and_corrected()
    (daan,) = pv.candidates
    assert daan.overridden and daan.extension_overrides == ("stroomstoring",)  # ⚑ on the screen's lane
    (correction,) = pv.corrections
    assert correction.corrects_id == 2 and correction.said(say) == "Corrects #2; wrong candidate"
    corrected = next(e for e in pv.entries if e.event_id == 2)
    assert corrected.voided and corrected.corrected_by == (4,)  # R-PV-2: the corrected event stays
    assert [e.event_id for e in pv.remarks] == [5]
    # The head says how the session was held; what happened to a candidate is their part.
    assert [f.key for f in header_facts(pv.header)] == [f.key for f in header_facts(header())]
    assert lines(pv.header)["opened"] == lines(header())["opened"]


# R-PV-5
def test_a_candidates_part_is_their_entries_with_the_groups_own_R_PV_5() -> None:
    pv = overridden_and_corrected()
    assert [e.event_id for e in pv.select(candidate_id=1)] == [2, 3, 4]
    assert [e.event_id for e in pv.select(candidate_id=1, with_group=True)] == [1, 2, 3, 4, 5]
    assert [e.event_id for e in pv.select(group_only=True)] == [1, 5]
    assert [e.event_id for e in pv.select(kinds=[EventKind.CORRECTION])] == [4]
    assert pv.kinds([EventKind.REMARK, EventKind.SESSION_STARTED]) == [
        EventKind.REMARK,
        EventKind.SESSION_STARTED,
        EventKind.CORRECTION,
        EventKind.PAUSE_STARTED,
        EventKind.RULE_OVERRIDDEN,
    ]
    assert pv.candidate(1) is pv.candidates[0] and pv.candidate(2) is None


def test_people_and_subjects_are_words_for_the_reader() -> None:
    assert JANSEN.words == "A. Jansen"
    assert STATION_PERSON.words == "the station" and isinstance(STATION_PERSON.words, Text)
    pv = overridden_and_corrected()
    assert pv.entries[0].subject == "group" and pv.entries[1].subject == "3001 Daan Peters"
    assert entry(9, EventKind.CLOCK_ANOMALY, Section.STATION, None).subject == "station"


def test_the_model_is_frozen() -> None:
    pv = overridden_and_corrected()
    with pytest.raises(dataclasses.FrozenInstanceError):
        setattr(pv.header, "state", SessionState.CLOSED)  # noqa: B010 - the assignment is the point
    with pytest.raises(dataclasses.FrozenInstanceError):
        setattr(Fact("x", QT_TRANSLATE_NOOP("Report", "Exam"), ()), "key", "y")  # noqa: B010
