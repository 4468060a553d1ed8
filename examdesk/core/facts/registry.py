"""Every event kind's fact type, and the one place that turns facts into payloads and back (issue 12).

``to_payload`` writes what the event log stores and hashes (R-PV-3); ``facts_of`` reads what this or an
earlier version wrote. A kind this version does not know (from a newer examdesk) reads as
:class:`UnknownFacts`, its payload kept as it was.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

from examdesk.core import case_facts
from examdesk.core.case_facts import Step
from examdesk.core.eventkinds import EventKind
from examdesk.core.facts import cases, clock, inzage, session, station
from examdesk.core.facts.codec import decode, encode


@dataclass(frozen=True)
class UnknownFacts:
    """The payload of a kind this version does not know, as it was stored."""

    kind: str
    payload: Mapping[str, Any] = field(default_factory=dict)


Facts = (
    clock.BsnChecked
    | clock.CandidateStarted
    | clock.PauseStartedFacts
    | clock.ExtensionApplied
    | clock.CompensationGranted
    | clock.RuleOverridden
    | clock.Correction
    | clock.StoringStarted
    | clock.StoringEnded
    | clock.LeftEarly
    | clock.TimeUp
    | session.NoFacts
    | session.SessionPlanned
    | session.SessionClosed
    | session.OtherDayConfirmed
    | session.Melding
    | session.Irregularity
    | session.Remark
    | session.Addendum
    | session.RosterCorrected
    | session.BsnRead
    | session.InzageBsnChecked
    | inzage.InzageStarted
    | inzage.InzageItemOpened
    | inzage.InzageAnswerShown
    | inzage.InzageProcesVerbaalShown
    | inzage.InzageEnded
    | inzage.InzageResumed
    | inzage.AppointmentBooked
    | inzage.AppointmentChanged
    | inzage.AdjustmentPreviewed
    | station.StationInitialised
    | station.DatabaseMigrated
    | station.StationRenamed
    | station.AccountCreated
    | station.AccountNamed
    | station.SignInFailed
    | station.AccountRolesChanged
    | station.SettingsChanged
    | station.PackageImported
    | station.RosterImported
    | station.CertificateAdded
    | station.CertificateTrusted
    | station.ReportExported
    | station.TransferImported
    | station.ChainSealed
    | station.ClockAnomaly
    | case_facts.Opened
    | cases.CaseStep
    | cases.CaseCorrected
    | UnknownFacts
)

FACT_TYPES: dict[EventKind, type[Any]] = {
    EventKind.STATION_INITIALISED: station.StationInitialised,
    EventKind.DATABASE_MIGRATED: station.DatabaseMigrated,
    EventKind.SETTINGS_CHANGED: station.SettingsChanged,
    EventKind.STATION_RENAMED: station.StationRenamed,
    EventKind.ACCOUNT_CREATED: station.AccountCreated,
    EventKind.ACCOUNT_ROLES_CHANGED: station.AccountRolesChanged,
    EventKind.ACCOUNT_DEACTIVATED: station.AccountNamed,
    EventKind.ACCOUNT_REACTIVATED: station.AccountNamed,
    EventKind.PASSWORD_CHANGED: station.AccountNamed,
    EventKind.PASSWORD_RESET: station.AccountNamed,
    EventKind.SIGNED_IN: station.AccountNamed,
    EventKind.SIGN_IN_FAILED: station.SignInFailed,
    EventKind.SIGNED_OUT: station.AccountNamed,
    EventKind.CLOCK_ANOMALY: station.ClockAnomaly,
    EventKind.CORRECTION: clock.Correction,
    EventKind.ADDENDUM: session.Addendum,
    EventKind.REMARK: session.Remark,
    EventKind.PACKAGE_IMPORTED: station.PackageImported,
    EventKind.SESSION_PLANNED: session.SessionPlanned,
    EventKind.SESSION_STARTED: session.NoFacts,
    EventKind.SESSION_CLOSED: session.SessionClosed,
    EventKind.BSN_CHECKED: clock.BsnChecked,
    EventKind.ROSTER_CORRECTED: session.RosterCorrected,
    EventKind.CANDIDATE_STARTED: clock.CandidateStarted,
    EventKind.PAUSE_STARTED: clock.PauseStartedFacts,
    EventKind.PAUSE_ENDED: session.NoFacts,
    EventKind.EXTENSION_APPLIED: clock.ExtensionApplied,
    EventKind.STORING_STARTED: clock.StoringStarted,
    EventKind.STORING_ENDED: clock.StoringEnded,
    EventKind.COMPENSATION_GRANTED: clock.CompensationGranted,
    EventKind.HANDED_IN: session.NoFacts,
    EventKind.LEFT_EARLY: clock.LeftEarly,
    EventKind.TIME_UP: clock.TimeUp,
    EventKind.ABSENT: session.NoFacts,
    EventKind.MELDING: session.Melding,
    EventKind.IRREGULARITY: session.Irregularity,
    EventKind.ROSTER_IMPORTED: station.RosterImported,
    EventKind.RULE_OVERRIDDEN: clock.RuleOverridden,
    EventKind.SESSION_OTHER_DAY_CONFIRMED: session.OtherDayConfirmed,
    EventKind.BSN_READ: session.BsnRead,
    EventKind.CASE_OPENED: case_facts.Opened,
    EventKind.CASE_REPORTED: cases.CaseStep,
    EventKind.CASE_DISCUSSED: cases.CaseStep,
    EventKind.CASE_FORM_COMPLETED: cases.CaseStep,
    EventKind.CASE_DECISION_RECEIVED: cases.CaseStep,
    EventKind.CASE_RESIT_PLANNED: cases.CaseStep,
    EventKind.CASE_CORRECTED: cases.CaseCorrected,
    EventKind.CASE_DUO_REPORTED: cases.CaseStep,
    EventKind.CASE_AANGIFTE: cases.CaseStep,
    EventKind.CASE_DUO_DECISION: cases.CaseStep,
    EventKind.INZAGE_BSN_CHECKED: session.InzageBsnChecked,
    EventKind.INZAGE_STARTED: inzage.InzageStarted,
    EventKind.INZAGE_ITEM_OPENED: inzage.InzageItemOpened,
    EventKind.INZAGE_ANSWER_SHOWN: inzage.InzageAnswerShown,
    EventKind.INZAGE_PROCES_VERBAAL_SHOWN: inzage.InzageProcesVerbaalShown,
    EventKind.INZAGE_ENDED: inzage.InzageEnded,
    EventKind.INZAGE_RESUMED: inzage.InzageResumed,
    EventKind.APPOINTMENT_BOOKED: inzage.AppointmentBooked,
    EventKind.APPOINTMENT_CANCELLED: inzage.AppointmentChanged,
    EventKind.APPOINTMENT_LAPSED: inzage.AppointmentChanged,
    EventKind.APPOINTMENT_NO_SHOW: inzage.AppointmentChanged,
    EventKind.ADJUSTMENT_PREVIEWED: inzage.AdjustmentPreviewed,
    EventKind.CERTIFICATE_CREATED: station.CertificateAdded,
    EventKind.CERTIFICATE_IMPORTED: station.CertificateAdded,
    EventKind.CERTIFICATE_TRUSTED: station.CertificateTrusted,
    EventKind.REPORT_EXPORTED: station.ReportExported,
    EventKind.TRANSFER_IMPORTED: station.TransferImported,
    EventKind.CHAIN_SEALED: station.ChainSealed,
}

# The case steps' kinds, by step (R-IRR-2, R-IRR-5).
STEP_KINDS: dict[Step, EventKind] = {
    Step.OPENED: EventKind.CASE_OPENED,
    Step.REPORTED: EventKind.CASE_REPORTED,
    Step.DISCUSSED: EventKind.CASE_DISCUSSED,
    Step.FORM_COMPLETED: EventKind.CASE_FORM_COMPLETED,
    Step.DECISION_RECEIVED: EventKind.CASE_DECISION_RECEIVED,
    Step.RESIT_PLANNED: EventKind.CASE_RESIT_PLANNED,
    Step.DUO_REPORTED: EventKind.CASE_DUO_REPORTED,
    Step.AANGIFTE: EventKind.CASE_AANGIFTE,
    Step.DUO_DECISION: EventKind.CASE_DUO_DECISION,
}

# The kinds whose facts have a codec of their own (the case steps keep core.case_facts' spelling).
_DECODERS: dict[str, Callable[[Mapping[str, Any]], Any]] = {
    EventKind.CASE_OPENED: cases.decode_opened,
    EventKind.CASE_CORRECTED: cases.decode_corrected,
    **{kind: cases.step_decoder(step) for step, kind in STEP_KINDS.items() if step is not Step.OPENED},
}


def to_payload(facts: Facts) -> dict[str, Any]:
    """The facts as plain JSON values, exactly as the event log stores (and hashes) them."""
    if isinstance(facts, UnknownFacts):
        return dict(facts.payload)
    if isinstance(facts, case_facts.Opened):
        return cases.encode_opened(facts)
    if isinstance(facts, cases.CaseStep):
        return cases.encode_step(facts)
    if isinstance(facts, cases.CaseCorrected):
        return cases.encode_corrected(facts)
    return encode(facts)


def facts_of(kind: str, payload: Mapping[str, Any]) -> Facts:
    """The facts of an event of ``kind`` from what :func:`to_payload` (or an earlier version) wrote."""
    decoder = _DECODERS.get(kind)
    fact_type = FACT_TYPES.get(kind)  # type: ignore[call-overload]
    try:
        if decoder is not None:
            found: Facts = decoder(payload)
            return found
        if fact_type is not None:
            decoded: Facts = decode(fact_type, payload)
            return decoded
    except (KeyError, TypeError, ValueError):
        pass  # a payload that lacks what its kind needs is shown as it was stored, never guessed at
    return UnknownFacts(kind, dict(payload))


def fits(kind: str, facts: Facts) -> bool:
    """Whether ``facts`` are of the type events of ``kind`` carry."""
    fact_type = FACT_TYPES.get(kind)  # type: ignore[call-overload]
    return fact_type is None or isinstance(facts, fact_type)
