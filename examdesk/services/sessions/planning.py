"""Planning and starting a session (R-SES-1..5, R-IRR-2, R-IRR-3): the examensecretaris plans an afnamegroep's
sitting; a surveillant planned on it (or the examensecretaris) starts it once the rules hold.

Refusals are sentences that name what is wrong; where domain rules v2 let a person decide (R-SES-2..5), the
examensecretaris may set a refusal aside with a written reason, recorded as an ``override`` event of its own.
The tweede zitting's checks (R-IRR-2, R-IRR-3) have no override: there is no path around them.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Sequence
from dataclasses import dataclass, replace

from sqlmodel import Session

from examdesk.core import planning as rules
from examdesk.core.eventkinds import EventKind
from examdesk.core.facts import OverriddenRule, RuleOverridden
from examdesk.core.facts.session import OtherDayConfirmed, SessionPlanned
from examdesk.core.localtime import AMSTERDAM
from examdesk.core.planning import OffSiteFacts, Sitting
from examdesk.core.roles import Role
from examdesk.core.text import QT_TRANSLATE_NOOP, Message, message
from examdesk.services import accounts, catalogue, events
from examdesk.services.actors import SignedIn, require
from examdesk.services.errors import InvalidInput, NotFound
from examdesk.services.sessions import second_sitting, sittings
from examdesk.services.sessions.assignment import require_on_session
from examdesk.services.sessions.base import SessionState, session_row, session_state
from examdesk.services.station import Station
from examdesk.store import packages as package_store
from examdesk.store import sessions as session_store
from examdesk.store.db import transaction
from examdesk.store.models import ExamGroupRow, ExamSessionRow, SessionSurveillantRow

_NO_SURVEILLANT = QT_TRANSLATE_NOOP("Sessions", "A session needs at least one surveillant.")
_NOT_SURVEILLANT = QT_TRANSLATE_NOOP("Sessions", "{user} is not a surveillant on this station.")
_TWICE = QT_TRANSLATE_NOOP("Sessions", "{user} is planned twice on this session; name each surveillant once.")
_ALREADY_STARTED = QT_TRANSLATE_NOOP("Sessions", "The session has already started.")
_BAD_LOCATION = QT_TRANSLATE_NOOP("Sessions", "'{value}' is not one of: {allowed}.")
_LIST = QT_TRANSLATE_NOOP("Sessions", "{first}; {rest}")


@dataclass(frozen=True)
class StartCheck:
    """What stands between a planned session and its start (R-SES-2, R-SES-3, R-SES-5); empty when nothing."""

    missing: tuple[Message, ...]  # off-site facts still missing
    simultaneous: bool  # computed: the school's date and start time (R-SES-2)
    other_day: Message | None  # planned for another day: a confirmation with a reason is needed
    refusal: Message | None  # the missing facts as one sentence

    @property
    def ready(self) -> bool:
        return not self.missing and self.other_day is None


def _today(station: Station) -> dt.date:
    return station.clock.read().wall.astimezone(AMSTERDAM).date()


def plannable_groups(station: Station, actor: SignedIn) -> list[catalogue.GroupSummary]:
    """R-SES-5: the groups the plan dialog offers: not in the past, and without a running or closed session."""
    require(actor, Role.EXAMENSECRETARIS)
    today = _today(station)
    with transaction(station.engine) as session:
        busy = {
            row.group_code
            for row in session_store.all_sessions(session)
            if session_state(
                events.list_events(station, session_id=row.id, only_session=True, within=session)
            )
            is not SessionState.PLANNED
        }
    return [g for g in catalogue.groups(station, actor) if g.date >= today and g.code not in busy]


def _joined(found: Sequence[Message]) -> Message:
    """Several sentences' parts as one list, in order."""
    text = found[0]
    for more in found[1:]:
        text = message(_LIST, first=text, rest=more)
    return text


def _refuse_or_override(
    session: Session,
    station: Station,
    actor: SignedIn,
    session_id: str,
    refusals: Sequence[tuple[OverriddenRule, int | None, Message]],
    override_reason: str,
) -> None:
    """Raise the first refusal, unless the examensecretaris sets them aside with a reason: then each is
    recorded as its own ``rule_overridden`` event (about its candidate, if any), flagged wherever it shows."""
    from examdesk.i18n import render

    if not refusals:
        return
    if not override_reason.strip() or not actor.has(Role.EXAMENSECRETARIS):
        raise InvalidInput(refusals[0][2])
    for rule, candidate_id, refusal in refusals:
        decided = RuleOverridden(rule, override_reason.strip(), actor.username)
        events.record(
            station,
            actor,
            EventKind.RULE_OVERRIDDEN,
            session_id=session_id,
            candidate_id=candidate_id,
            facts=replace(decided, refusal=render(refusal)),  # what was set aside, as shown
            within=session,
        )


def planning_refusals(
    station: Station, actor: SignedIn, group_code: str, date: dt.date | None = None
) -> list[Message]:
    """Every R-SES-3 and R-SES-4 refusal planning ``group_code`` on ``date`` would meet (for the plan dialog)."""
    require(actor, Role.EXAMENSECRETARIS)
    with transaction(station.engine) as session:
        group = session.get(ExamGroupRow, group_code)
        if group is None:
            raise NotFound(message(catalogue.NO_GROUP, code=group_code))
        candidates = package_store.candidates_of(session, group_code)
        found = sittings.sitting_refusals(session, station, group, date or group.date, candidates)
    return [refusal for _, _, refusal in found]


@dataclass(frozen=True)
class PlanRequest:
    """What the examensecretaris asks for when planning a session of an afnamegroep (R-SES-1).

    What is left out comes from the group. ``variant`` fixes the exam's variant; ``second_sitting_of`` (the
    first session's id) makes it a tweede zitting, which needs an invalidation decision and a variant
    without overlap (R-IRR-2, R-IRR-3). ``override_reason`` sets R-SES-3 and R-SES-4 refusals aside, each
    recorded as an override.
    """

    group_code: str
    surveillants: Sequence[tuple[str, bool]]  # (username, qualified teacher)
    location_kind: str | None = None
    room: str | None = None
    date: dt.date | None = None
    start_time: str | None = None
    quarantine: bool = False
    consulted_on: dt.date | None = None
    permission_reference: str = ""
    quarantine_reported_on: dt.date | None = None
    variant: str | None = None
    second_sitting_of: str | None = None
    override_reason: str = ""


def plan_session(
    station: Station, actor: SignedIn, request: PlanRequest, *, session: Session | None = None
) -> str:
    """The examensecretaris plans a session (R-SES-1) and gets its id.

    In its own transaction, or in the caller's ``session`` (a tweede zitting is planned with its case).
    """
    if session is None:
        with transaction(station.engine) as own:
            return plan_session(station, actor, request, session=own)
    group_code, surveillants = request.group_code, request.surveillants
    require(actor, Role.EXAMENSECRETARIS)
    if not surveillants:
        raise InvalidInput(message(_NO_SURVEILLANT))
    seen: set[str] = set()
    for username, _ in surveillants:
        if username in seen:  # R-SES-5: a sentence, not a UNIQUE-constraint crash
            raise InvalidInput(message(_TWICE, user=username))
        seen.add(username)
    group = session.get(ExamGroupRow, group_code)
    if group is None:
        raise NotFound(message(catalogue.NO_GROUP, code=group_code))
    kind = request.location_kind or group.location_kind
    if kind not in rules.LOCATION_KINDS:
        raise InvalidInput(message(_BAD_LOCATION, value=kind, allowed=", ".join(rules.LOCATION_KINDS)))
    refusal = second_sitting.variant_problem_in(
        session, station, group_code, request.variant, request.second_sitting_of
    )
    if refusal is None:
        refusal = second_sitting.resit_problem_in(
            session, station, group_code, request.second_sitting_of
        )  # R-IRR-2
    if refusal is not None:
        raise InvalidInput(refusal)
    day = request.date or group.date
    session_id = uuid.uuid4().hex
    candidates = package_store.candidates_of(session, group_code)
    found = sittings.sitting_refusals(  # R-SES-3, R-SES-4
        session,
        station,
        group,
        day,
        candidates,
        group.second_sitting_of if request.second_sitting_of else None,
    )
    overridable = [(OverriddenRule(rule), c.id, refusal) for rule, c, refusal in found]
    _refuse_or_override(session, station, actor, session_id, overridable, request.override_reason)
    reported = request.quarantine_reported_on or group.quarantine_reported_on
    row = ExamSessionRow(
        id=session_id,
        group_code=group_code,
        date=day,
        start_time=request.start_time or group.start_time,
        location_kind=kind,
        room=request.room or group.room,
        quarantine=request.quarantine or reported is not None,
        simultaneous=True,
        permission_reference=(request.permission_reference.strip() or group.permission_reference),
        consulted_on=request.consulted_on or group.consulted_on,
        quarantine_reported_on=reported,
        created_at=station.clock.read().wall,
    )
    session.add(row)
    session.flush()
    for username, qualified in surveillants:
        account = accounts.find_account(session, username)
        if account is None or Role.SURVEILLANT not in account.roles:
            raise InvalidInput(message(_NOT_SURVEILLANT, user=username))
        session.add(
            SessionSurveillantRow(session_id=session_id, account_id=account.id, qualified_teacher=qualified)
        )
    session.flush()
    facts = _off_site_facts(session, row)
    row.simultaneous = facts.simultaneous  # computed (R-SES-2), kept for the session list
    # R-SES-2, R-SES-3: an off-site plan states its consultation, permission and quarantine (the facts
    # write them only for a location in OFF_SITE); R-IRR-3: a second sitting is flagged and linked.
    planned = SessionPlanned(
        group=group_code,
        date=row.date,
        start=row.start_time,
        location=row.location_kind,
        room=row.room,
        quarantine=row.quarantine,
        surveillants=tuple(u for u, _ in surveillants),
        qualified=tuple(u for u, q in surveillants if q),
        simultaneous=facts.simultaneous,
        consulted_on=row.consulted_on,
        permission_reference=row.permission_reference,
        quarantine_reported_on=row.quarantine_reported_on,
        variant=request.variant,
        second_sitting_of=request.second_sitting_of,
    )
    events.record(
        station, actor, EventKind.SESSION_PLANNED, session_id=session_id, facts=planned, within=session
    )
    return session_id


def _school_sittings(session: Session, row: ExamSessionRow) -> list[Sitting]:
    """The school's sittings of the session's exam: its sessions at school on this station, and the one the
    group states (``school_sitting``) when that session is elsewhere."""
    group = package_store.group_row(session, row.group_code)
    found: list[Sitting] = []
    if group.school_sitting_date is not None and group.school_sitting_start:
        found.append(Sitting(group.school_sitting_date, group.school_sitting_start, group.code))
    for other in session_store.all_sessions(session):
        if other.id == row.id or other.location_kind in rules.OFF_SITE:
            continue
        other_group = package_store.group_row(session, other.group_code)
        if other_group.exam_code == group.exam_code:
            found.append(Sitting(other.date, other.start_time, other_group.code))
    return found


def _off_site_facts(session: Session, row: ExamSessionRow) -> OffSiteFacts:
    school = _school_sittings(session, row)
    same = rules.is_simultaneous(row.date, row.start_time, school)
    nearest = same or next((s for s in school if s.date == row.date), school[0] if school else None)
    return OffSiteFacts(
        location_kind=row.location_kind,
        qualified=tuple(r.qualified_teacher for r, _ in session_store.surveillants_of(session, row.id)),
        simultaneous=same is not None,
        school_sitting=nearest,
        consulted_on=row.consulted_on,
        permission_reference=row.permission_reference,
        quarantine=row.quarantine,
        quarantine_reported_on=row.quarantine_reported_on,
    )


def _check(session: Session, station: Station, row: ExamSessionRow) -> StartCheck:
    facts = _off_site_facts(session, row)
    missing = rules.off_site_missing(facts)
    refusal = message(rules.CANNOT_START, missing=_joined(missing)) if missing else None
    return StartCheck(
        missing, facts.simultaneous, rules.other_day_refusal(row.date, _today(station)), refusal
    )


def start_check(station: Station, actor: SignedIn, session_id: str) -> StartCheck:
    """What still stands between the session and its start, for the screen to say before anyone presses."""
    with transaction(station.engine) as session:
        require_on_session(session, actor, session_id)
        return _check(session, station, session_row(session, session_id))


def start_session(
    station: Station,
    actor: SignedIn,
    session_id: str,
    *,
    other_day_reason: str = "",
    override_reason: str = "",
) -> None:
    """Open the session: only a surveillant planned on it or the examensecretaris (R-SES-5); on another day
    than planned only with a confirmation and its reason (R-SES-5); off-site only once R-SES-2 and R-SES-3
    hold, or the examensecretaris overrides with a reason."""
    with transaction(station.engine) as session:
        require_on_session(session, actor, session_id)
        row = session_row(session, session_id)
        if (
            session_state(events.list_events(station, session_id=session_id, within=session))
            is not SessionState.PLANNED
        ):
            raise InvalidInput(message(_ALREADY_STARTED))
        check = _check(session, station, row)
        if check.refusal is not None:
            found = [(OverriddenRule.OFF_SITE, None, check.refusal)]
            if not check.simultaneous:  # R-SES-3: the quarantine belongs to a sitting at another time
                found.append((OverriddenRule.QUARANTINE_OR_THIRD_SITTING, None, check.refusal))
            _refuse_or_override(session, station, actor, session_id, found, override_reason)
        if check.other_day is not None:
            if not other_day_reason.strip():
                raise InvalidInput(check.other_day)
            events.record(
                station,
                actor,
                EventKind.SESSION_OTHER_DAY_CONFIRMED,
                session_id=session_id,
                facts=OtherDayConfirmed(row.date, _today(station), other_day_reason.strip()),
                within=session,
            )
        events.record(station, actor, EventKind.SESSION_STARTED, session_id=session_id, within=session)
