"""Issue 12: every event kind has one typed fact, written and read by one codec.

The chain hashes the payload's text (R-PV-3), so a fact must write exactly the dict the writer before it
wrote: each case below is that old writer's dict, copied from the code it replaced.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import typing
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from examdesk.core import case_facts, facts
from examdesk.core.case_facts import CasePath, Category, Channel, Origin
from examdesk.core.eventchain import canonical_json
from examdesk.core.eventkinds import EventKind
from examdesk.core.facts import clock, inzage, session, station
from examdesk.core.facts.cases import CaseCorrected, CaseStep
from examdesk.core.words import IdDocument, MeldingKind

UTC = dt.UTC
_REPORTED = case_facts.Reported(dt.date(2026, 6, 13), Channel.PHONE, "belde")
_OPENED = case_facts.Opened(
    "S1", dt.date(2026, 6, 12), (3,), Category.A, False, Origin.MANUAL, "spiekbriefje", 7, "", CasePath.DUO
)

# (kind, the fact, what the old writer stored for it)
OLD_WRITERS: list[tuple[EventKind, Any, dict[str, Any]]] = [
    (
        EventKind.STATION_INITIALISED,
        station.StationInitialised("Lokaal 1", "abc123"),
        {"name": "Lokaal 1", "schema": "abc123"},
    ),
    (
        EventKind.DATABASE_MIGRATED,
        station.DatabaseMigrated("a1", "b2", None),
        {"from": "a1", "to": "b2", "backup": None},
    ),
    (
        EventKind.STATION_RENAMED,
        station.StationRenamed("CSG", "Lokaal 2", station.StationNames("", "Lokaal 1")),
        {"school": "CSG", "name": "Lokaal 2", "before": {"school": "", "name": "Lokaal 1"}},
    ),
    (
        EventKind.ACCOUNT_CREATED,
        station.AccountCreated("admin", ("beheerder",), first=True),
        {"username": "admin", "roles": ["beheerder"], "first": True},
    ),
    (
        EventKind.ACCOUNT_CREATED,
        station.AccountCreated("jan", ("surveillant",)),
        {"username": "jan", "roles": ["surveillant"]},
    ),
    (
        EventKind.ACCOUNT_ROLES_CHANGED,
        station.AccountRolesChanged("jan", ("surveillant",), ("examensecretaris", "surveillant")),
        {"username": "jan", "before": ["surveillant"], "after": ["examensecretaris", "surveillant"]},
    ),
    (EventKind.ACCOUNT_DEACTIVATED, station.AccountNamed("jan"), {"username": "jan"}),
    (EventKind.ACCOUNT_REACTIVATED, station.AccountNamed("jan"), {"username": "jan"}),
    (EventKind.PASSWORD_CHANGED, station.AccountNamed("jan"), {"username": "jan"}),
    (EventKind.PASSWORD_RESET, station.AccountNamed("jan"), {"username": "jan"}),
    (EventKind.SIGNED_IN, station.AccountNamed("jan"), {"username": "jan"}),
    (EventKind.SIGNED_OUT, station.AccountNamed("jan"), {"username": "jan"}),
    (EventKind.SIGN_IN_FAILED, station.SignInFailed("jan"), {"username": "jan"}),
    (
        EventKind.SIGN_IN_FAILED,
        station.SignInFailed("jan", inactive=True),
        {"username": "jan", "inactive": True},
    ),
    (
        EventKind.CLOCK_ANOMALY,
        station.ClockAnomaly(600.0, "2026-06-12T09:10:00.000000Z", "2026-06-12T09:00:00.000000Z", 4),
        {
            "jump_back_seconds": 600.0,
            "previous_wall_utc": "2026-06-12T09:10:00.000000Z",
            "wall_utc": "2026-06-12T09:00:00.000000Z",
            "previous_event": 4,
        },
    ),
    (
        EventKind.CORRECTION,
        clock.Correction("verkeerde kandidaat", True),
        {"text": "verkeerde kandidaat", "void": True},
    ),
    (EventKind.ADDENDUM, session.Addendum("later gezien"), {"text": "later gezien"}),
    (EventKind.ADDENDUM, session.Addendum("over dit", 12), {"text": "over dit", "refers_to": 12}),
    (EventKind.REMARK, session.Remark("te warm"), {"text": "te warm"}),
    (
        EventKind.PACKAGE_IMPORTED,
        station.PackageImported("p.json", "ab", {"exams": 1}, {"exams": 0}),
        {"file": "p.json", "sha256": "ab", "added": {"exams": 1}, "unchanged": {"exams": 0}},
    ),
    (
        EventKind.SESSION_PLANNED,
        session.SessionPlanned(
            "4H", dt.date(2026, 6, 12), "09:00", "school", "1.14", False, ("jan", "piet"), ("jan",), True
        ),
        {
            "group": "4H",
            "date": "2026-06-12",
            "start": "09:00",
            "location": "school",
            "room": "1.14",
            "quarantine": False,
            "surveillants": ["jan", "piet"],
            "qualified": ["jan"],
            "simultaneous": True,
        },
    ),
    (
        EventKind.SESSION_PLANNED,
        session.SessionPlanned(
            group="4H",
            date=dt.date(2026, 6, 12),
            start="09:00",
            location="home",
            room="thuis",
            quarantine=True,
            surveillants=("jan",),
            qualified=(),
            simultaneous=False,
            consulted_on=None,
            permission_reference="INSP-1",
            quarantine_reported_on=dt.date(2026, 6, 11),
            variant="B",
            second_sitting_of="S1",
        ),
        {
            "group": "4H",
            "date": "2026-06-12",
            "start": "09:00",
            "location": "home",
            "room": "thuis",
            "quarantine": True,
            "surveillants": ["jan"],
            "qualified": [],
            "simultaneous": False,
            "consulted_on": None,
            "permission_reference": "INSP-1",
            "quarantine_reported_on": "2026-06-11",
            "variant": "B",
            "second_sitting_of": "S1",
        },
    ),
    (EventKind.SESSION_STARTED, session.NoFacts(), {}),
    (EventKind.SESSION_CLOSED, session.SessionClosed(("jan", "piet")), {"confirmed_by": ["jan", "piet"]}),
    (
        EventKind.BSN_CHECKED,
        clock.BsnChecked(True, IdDocument.PASSPORT, "", (0, 2)),
        {"match": True, "id_document": "passport", "note": "", "confirmed": [0, 2]},
    ),
    (
        EventKind.ROSTER_CORRECTED,
        session.RosterCorrected("bsn", "*****1234", "*****5678", "typfout"),
        {"field": "bsn", "before": "*****1234", "after": "*****5678", "reason": "typfout"},
    ),
    (
        EventKind.CANDIDATE_STARTED,
        clock.CandidateStarted(True, 600, None),
        {"late_arrival": True, "late_by_seconds": 600, "override": None},
    ),
    (EventKind.PAUSE_STARTED, clock.PauseStartedFacts(True, 9), {"unlimited": True, "override": 9}),
    (EventKind.PAUSE_ENDED, session.NoFacts(), {}),
    (
        EventKind.EXTENSION_APPLIED,
        clock.ExtensionApplied(10, 30, 8),
        {"minutes": 10, "granted": 30, "override": 8},
    ),
    (
        EventKind.STORING_STARTED,
        clock.StoringStarted("4", "pc1", "pc2", "F-1"),
        {"question": "4", "pc_old": "pc1", "pc_new": "pc2", "meldingsnummer": "F-1"},
    ),
    (EventKind.STORING_ENDED, clock.StoringEnded(5, ""), {"storing": 5, "meldingsnummer": ""}),
    (EventKind.COMPENSATION_GRANTED, clock.CompensationGranted(5, 600), {"storing": 5, "seconds": 600}),
    (EventKind.HANDED_IN, session.NoFacts(), {}),
    (EventKind.LEFT_EARLY, clock.LeftEarly("ziek", True), {"reason": "ziek", "ill": True}),
    (
        EventKind.TIME_UP,
        clock.TimeUp(dt.datetime(2026, 6, 12, 9, 0, tzinfo=UTC)),
        {"deadline": "2026-06-12T09:00:00+00:00"},
    ),
    (EventKind.ABSENT, session.NoFacts(), {}),
    (
        EventKind.MELDING,
        session.Melding(MeldingKind.QUESTION, ("4",), True, "onduidelijk", "", False, "", False, ""),
        {
            "kind": "examenvraag",
            "questions": ["4"],
            "collective": True,
            "candidate_text": "onduidelijk",
            "surveillant_text": "",
            "resolved": False,
            "resolution": "",
            "duo_consulted": False,
            "meldingsnummer": "",
        },
    ),
    (
        EventKind.MELDING,
        session.Melding(
            kind=MeldingKind.QUESTION,
            questions=("3",),
            items=("q3",),
            candidate_text="fout",
            inzage=40,
            at_inzage=True,
        ),
        {
            "kind": "examenvraag",
            "questions": ["3"],
            "items": ["q3"],
            "collective": False,
            "candidate_text": "fout",
            "surveillant_text": "",
            "resolved": False,
            "resolution": "",
            "duo_consulted": False,
            "meldingsnummer": "",
            "inzage": 40,
            "at_inzage": True,
        },
    ),
    (
        EventKind.IRREGULARITY,
        session.Irregularity("a", "spiekbrief"),
        {"category": "a", "description": "spiekbrief"},
    ),
    (
        EventKind.ROSTER_IMPORTED,
        station.RosterImported("r.csv", "cd", "4H", 20),
        {"file": "r.csv", "sha256": "cd", "group": "4H", "added": 20},
    ),
    (
        EventKind.RULE_OVERRIDDEN,
        clock.RuleOverridden(clock.OverriddenRule.MORE_TIME, "stroom", "sec", 10, None),
        {
            "rule": "R-TIME-4",
            "reason": "stroom",
            "examensecretaris": "sec",
            "minutes": 10,
            "accommodation": None,
        },
    ),
    (
        EventKind.RULE_OVERRIDDEN,
        clock.RuleOverridden(clock.OverriddenRule.OFF_SITE, "ok", "sec", refusal="Niet toegestaan."),
        {
            "rule": "R-SES-2",
            "reason": "ok",
            "examensecretaris": "sec",
            "minutes": None,
            "accommodation": None,
            "refusal": "Niet toegestaan.",
        },
    ),
    (
        EventKind.SESSION_OTHER_DAY_CONFIRMED,
        session.OtherDayConfirmed(dt.date(2026, 6, 11), dt.date(2026, 6, 12), "ziek geweest"),
        {"planned": "2026-06-11", "today": "2026-06-12", "reason": "ziek geweest"},
    ),
    (EventKind.BSN_READ, session.BsnRead("start_screen_check"), {"purpose": "start_screen_check"}),
    (EventKind.BSN_READ, session.BsnRead("roster", "4H"), {"purpose": "roster", "group": "4H"}),
    # Candidate ids are written as numbers now; the text ids an earlier version wrote read as the same facts
    # (tests/core/test_cases.py, R-PV-3).
    (EventKind.CASE_OPENED, _OPENED, case_facts.to_payload(_OPENED)),
    (
        EventKind.CASE_REPORTED,
        CaseStep(3, _REPORTED),
        {"case": 3, "on": "2026-06-13", "channel": "phone", "note": "belde"},
    ),
    (
        EventKind.CASE_CORRECTED,
        CaseCorrected(3, "datum fout", _REPORTED),
        {
            "case": 3,
            "step": "reported",
            "reason": "datum fout",
            "facts": {"on": "2026-06-13", "channel": "phone", "note": "belde"},
        },
    ),
    (
        EventKind.INZAGE_BSN_CHECKED,
        session.InzageBsnChecked("4H", True, IdDocument.IDENTITY_CARD, ""),
        {"group": "4H", "match": True, "id_document": "identity_card", "note": ""},
    ),
    (
        EventKind.INZAGE_STARTED,
        inzage.InzageStarted(
            group="4H",
            exam="NE",
            variant="A",
            wrong_only=True,
            minutes=30,
            supervisor_present=True,
            id_check=3,
            items=("q1", "q2"),
            numbers={"q1": 1, "q2": 2},
            allowed_until=dt.date(2026, 7, 1),
            sitting="S1",
            appointment=None,
        ),
        {
            "group": "4H",
            "exam": "NE",
            "variant": "A",
            "wrong_only": True,
            "minutes": 30,
            "supervisor_present": True,
            "id_check": 3,
            "items": ["q1", "q2"],
            "numbers": {"q1": 1, "q2": 2},
            "allowed_until": "2026-07-01",
            "sitting": "S1",
            "appointment": None,
        },
    ),
    (EventKind.INZAGE_ITEM_OPENED, inzage.InzageItemOpened(4, "q1"), {"inzage": 4, "item": "q1"}),
    (
        EventKind.INZAGE_ANSWER_SHOWN,
        inzage.InzageAnswerShown(4, "q1", "key"),
        {"inzage": 4, "item": "q1", "what": "key"},
    ),
    (EventKind.INZAGE_PROCES_VERBAAL_SHOWN, inzage.InzageProcesVerbaalShown(4), {"inzage": 4}),
    (EventKind.INZAGE_ENDED, inzage.InzageEnded(4, "closed"), {"inzage": 4, "reason": "closed"}),
    (
        EventKind.INZAGE_ENDED,
        inzage.InzageEnded(4, "interrupted", False, ""),
        {"inzage": 4, "reason": "interrupted", "counts": False, "count_reason": ""},
    ),
    (EventKind.INZAGE_RESUMED, inzage.InzageResumed(4, None), {"inzage": 4, "remaining_seconds": None}),
    (
        EventKind.APPOINTMENT_BOOKED,
        inzage.AppointmentBooked("4H", "NE", dt.date(2026, 6, 20), dt.date(2026, 6, 25), "10:00"),
        {"group": "4H", "exam": "NE", "requested_on": "2026-06-20", "on": "2026-06-25", "at": "10:00"},
    ),
    (EventKind.APPOINTMENT_CANCELLED, inzage.AppointmentChanged(9, ""), {"appointment": 9, "note": ""}),
    (EventKind.APPOINTMENT_LAPSED, inzage.AppointmentChanged(9, ""), {"appointment": 9, "note": ""}),
    (EventKind.APPOINTMENT_NO_SHOW, inzage.AppointmentChanged(9, "ziek"), {"appointment": 9, "note": "ziek"}),
    (
        EventKind.ADJUSTMENT_PREVIEWED,
        inzage.AdjustmentPreviewed(
            session="S1",
            melding=6,
            exam="NE",
            excluded=("4",),
            unknown_questions=(),
            before=inzage.Outcome("20", "40", "5.5", True),
            after=None,
            conditions={"1": True, "5": False},
            representative=True,
            changes_to_pass=False,
        ),
        {
            "session": "S1",
            "melding": 6,
            "exam": "NE",
            "excluded": ["4"],
            "unknown_questions": [],
            "before": {"points": "20", "max_points": "40", "grade": "5.5", "passed": True},
            "after": None,
            "conditions": {"1": True, "5": False},
            "representative": True,
            "changes_to_pass": False,
            "preview_only": True,
        },
    ),
    (
        EventKind.CERTIFICATE_CREATED,
        station.CertificateAdded(
            "CN=x",
            "CN=x",
            "ff",
            "ECDSA P-256",
            dt.datetime(2026, 1, 1, tzinfo=UTC),
            dt.datetime(2031, 1, 1, tzinfo=UTC),
        ),
        {
            "subject": "CN=x",
            "issuer": "CN=x",
            "fingerprint": "ff",
            "algorithm": "ECDSA P-256",
            "not_before": "2026-01-01T00:00:00+00:00",
            "not_after": "2031-01-01T00:00:00+00:00",
            "replaces": None,
        },
    ),
    (
        EventKind.CERTIFICATE_IMPORTED,
        station.CertificateAdded("CN=z", "CN=ca", "cc", "RSA 3072", None, None, "ff"),
        {
            "subject": "CN=z",
            "issuer": "CN=ca",
            "fingerprint": "cc",
            "algorithm": "RSA 3072",
            "not_before": None,
            "not_after": None,
            "replaces": "ff",
        },
    ),
    (
        EventKind.CERTIFICATE_TRUSTED,
        station.CertificateTrusted(
            "CN=y", "CN=y", "ee", dt.datetime(2026, 1, 1, tzinfo=UTC), dt.datetime(2031, 1, 1, tzinfo=UTC)
        ),
        {
            "subject": "CN=y",
            "issuer": "CN=y",
            "fingerprint": "ee",
            "not_before": "2026-01-01T00:00:00+00:00",
            "not_after": "2031-01-01T00:00:00+00:00",
        },
    ),
    (
        EventKind.REPORT_EXPORTED,
        station.ReportExported(
            "proces_verbaal", "S1", "S1", "pv.pdf", "aa", 100, language="nl", certificate="ff"
        ),
        {
            "report": "proces_verbaal",
            "subject": "S1",
            "session": "S1",
            "file": "pv.pdf",
            "sha256": "aa",
            "bytes": 100,
            "language": "nl",
            "certificate": "ff",
        },
    ),
    (
        EventKind.REPORT_EXPORTED,
        station.ReportExported("transfer", "S1", "S1", "t.zip", "bb", 5, head=12, certificate="ff"),
        {
            "report": "transfer",
            "subject": "S1",
            "session": "S1",
            "file": "t.zip",
            "sha256": "bb",
            "bytes": 5,
            "head": 12,
            "certificate": "ff",
        },
    ),
    (
        EventKind.TRANSFER_IMPORTED,
        station.TransferImported("st2", "Lokaal 2", "S1", "t.zip", "bb", 12, "ff"),
        {
            "station": "st2",
            "station_name": "Lokaal 2",
            "session": "S1",
            "file": "t.zip",
            "sha256": "bb",
            "head": 12,
            "certificate": "ff",
        },
    ),
    (
        EventKind.CHAIN_SEALED,
        station.ChainSealed(4, "dd", False, "hmac-sha256", 3),
        {
            "through": 4,
            "digest": "dd",
            "old_chain_intact": False,
            "scheme": "hmac-sha256",
            "old_chain_broken_at": 3,
        },
    ),
]


@pytest.mark.parametrize(
    ("kind", "fact", "old"), OLD_WRITERS, ids=[f"{k.value}-{i}" for i, (k, _, _) in enumerate(OLD_WRITERS)]
)
def test_a_fact_writes_the_old_writers_exact_payload_R_PV_3(
    kind: EventKind, fact: Any, old: dict[str, Any]
) -> None:
    assert facts.fits(kind, fact)
    assert canonical_json(facts.to_payload(fact)) == canonical_json(old)  # the bytes the chain hashes
    assert facts.facts_of(kind, old) == fact


def test_every_event_kind_has_a_fact_type_and_an_old_writer_case() -> None:
    # The other case steps wrap core.case_facts' facts as case_reported does (tests/core/test_cases.py);
    # settings_changed has no writer today.
    assert set(EventKind) - {EventKind.SETTINGS_CHANGED} <= {kind for kind, _, _ in OLD_WRITERS} | {
        EventKind.CASE_DISCUSSED,
        EventKind.CASE_FORM_COMPLETED,
        EventKind.CASE_DECISION_RECEIVED,
        EventKind.CASE_RESIT_PLANNED,
        EventKind.CASE_DUO_REPORTED,
        EventKind.CASE_AANGIFTE,
        EventKind.CASE_DUO_DECISION,
    }
    assert set(facts.FACT_TYPES) == set(EventKind)


def test_a_version_1_extension_override_reads_as_its_reason() -> None:
    read = facts.facts_of(EventKind.EXTENSION_APPLIED, {"minutes": 5, "override": "stroomstoring"})
    assert isinstance(read, clock.ExtensionApplied)
    assert read.override_event is None and read.v1_override_reason == "stroomstoring"
    assert facts.to_payload(read) == {"minutes": 5, "granted": 0, "override": "stroomstoring"}


def test_older_payloads_read_with_defaults_and_unknown_keys_are_ignored() -> None:
    # An inzage_started written before the appointment (R-INZ-6) and the numbers (R-INZ-9) existed.
    read = facts.facts_of(
        EventKind.INZAGE_STARTED, {"group": "4H", "exam": "NE", "items": ["q1"], "later": 1}
    )
    assert read == inzage.InzageStarted(group="4H", exam="NE", items=("q1",))


def test_a_kind_from_a_newer_version_or_a_broken_payload_is_kept_as_stored() -> None:
    assert facts.facts_of("from_the_future", {"x": 1}) == facts.UnknownFacts("from_the_future", {"x": 1})
    broken = facts.facts_of(EventKind.CASE_OPENED, {})
    assert isinstance(broken, facts.UnknownFacts) and facts.to_payload(broken) == {}


def test_a_recorded_melding_kind_this_version_does_not_know_stays_as_text() -> None:
    read = facts.facts_of(EventKind.MELDING, {"kind": "iets_nieuws"})
    assert isinstance(read, session.Melding) and read.kind == "iets_nieuws"


# --- every generic fact type: reading what was written gives the same payload back (hypothesis) -----------

_GENERIC = sorted(
    {
        t
        for t in facts.FACT_TYPES.values()
        if dataclasses.is_dataclass(t) and t not in (CaseStep, CaseCorrected)
    }
    - {case_facts.Opened},
    key=lambda t: t.__name__,
)
_JSON_FLOATS = st.floats(allow_nan=False, allow_infinity=False)


def _strategy(hint: Any) -> st.SearchStrategy[Any]:
    if hint is float:
        return _JSON_FLOATS
    if hint is Any:
        return st.none()
    origin = typing.get_origin(hint)
    if origin is tuple:
        return st.lists(_strategy(typing.get_args(hint)[0]), max_size=3).map(tuple)
    if origin in (dict, typing.get_origin(typing.Mapping[str, int])):
        key, value = typing.get_args(hint)
        return st.dictionaries(_strategy(key), _strategy(value), max_size=3)
    if typing.get_args(hint) and origin is not None and type(None) in typing.get_args(hint):
        return st.one_of(*(_strategy(a) for a in typing.get_args(hint)))
    if origin is not None and typing.get_args(hint):
        return st.one_of(*(_strategy(a) for a in typing.get_args(hint)))
    if hint is type(None):
        return st.none()
    if dataclasses.is_dataclass(hint):
        return _facts_of_type(hint)
    return st.from_type(hint)


def _facts_of_type(fact_type: Any) -> st.SearchStrategy[Any]:
    hints = typing.get_type_hints(fact_type)
    return st.builds(fact_type, **{f.name: _strategy(hints[f.name]) for f in dataclasses.fields(fact_type)})


@pytest.mark.parametrize("fact_type", _GENERIC, ids=lambda t: t.__name__)
@settings(max_examples=40, deadline=None)
@given(data=st.data())
def test_reading_what_a_fact_wrote_writes_the_same_payload_R_PV_3(
    fact_type: Any, data: st.DataObject
) -> None:
    fact = data.draw(_facts_of_type(fact_type))
    kind = next(k for k, t in facts.FACT_TYPES.items() if t is fact_type)
    payload = facts.to_payload(fact)
    assert facts.to_payload(facts.facts_of(kind, payload)) == payload
