"""The proces-verbaal's names for event kinds and for where a session is held.

Every kind in :class:`~examdesk.core.eventkinds.EventKind` has a name and a sentence in the reader's
language, so no entry ever shows an event's code ("Recorded: bsn_read").
"""

from __future__ import annotations

from examdesk.core.eventkinds import EventKind
from examdesk.core.facts import Facts
from examdesk.core.facts.session import BsnRead, OtherDayConfirmed
from examdesk.core.proces_verbaal import LOCATION_LABELS as LOCATION_LABELS  # in core, beside the header
from examdesk.core.text import QT_TRANSLATE_NOOP, Message, Text, message
from examdesk.services import override_text

OTHER_KIND_LABELS: dict[str, Text] = {
    EventKind.STATION_INITIALISED: QT_TRANSLATE_NOOP("ProcesVerbaal", "Station set up"),
    EventKind.DATABASE_MIGRATED: QT_TRANSLATE_NOOP("ProcesVerbaal", "Database updated"),
    EventKind.SETTINGS_CHANGED: QT_TRANSLATE_NOOP("ProcesVerbaal", "Settings changed"),
    EventKind.STATION_RENAMED: QT_TRANSLATE_NOOP("ProcesVerbaal", "School or station renamed"),
    EventKind.ACCOUNT_CREATED: QT_TRANSLATE_NOOP("ProcesVerbaal", "Account created"),
    EventKind.ACCOUNT_ROLES_CHANGED: QT_TRANSLATE_NOOP("ProcesVerbaal", "Account roles changed"),
    EventKind.ACCOUNT_DEACTIVATED: QT_TRANSLATE_NOOP("ProcesVerbaal", "Account deactivated"),
    EventKind.ACCOUNT_REACTIVATED: QT_TRANSLATE_NOOP("ProcesVerbaal", "Account reactivated"),
    EventKind.PASSWORD_CHANGED: QT_TRANSLATE_NOOP("ProcesVerbaal", "Password changed"),
    EventKind.PASSWORD_RESET: QT_TRANSLATE_NOOP("ProcesVerbaal", "Password reset"),
    EventKind.SIGNED_IN: QT_TRANSLATE_NOOP("ProcesVerbaal", "Signed in"),
    EventKind.SIGN_IN_FAILED: QT_TRANSLATE_NOOP("ProcesVerbaal", "Sign-in failed"),
    EventKind.SIGNED_OUT: QT_TRANSLATE_NOOP("ProcesVerbaal", "Signed out"),
    EventKind.PACKAGE_IMPORTED: QT_TRANSLATE_NOOP("ProcesVerbaal", "Exam package imported"),
    EventKind.ROSTER_IMPORTED: QT_TRANSLATE_NOOP("ProcesVerbaal", "Roster imported"),
    EventKind.SESSION_OTHER_DAY_CONFIRMED: QT_TRANSLATE_NOOP("ProcesVerbaal", "Started on another day"),
    EventKind.BSN_READ: QT_TRANSLATE_NOOP("ProcesVerbaal", "Full BSN viewed"),
    EventKind.CASE_OPENED: QT_TRANSLATE_NOOP("ProcesVerbaal", "Irregularity case opened"),
    EventKind.CASE_REPORTED: QT_TRANSLATE_NOOP("ProcesVerbaal", "Case reported to the Inspectie"),
    EventKind.CASE_DISCUSSED: QT_TRANSLATE_NOOP("ProcesVerbaal", "Case discussed with the candidate"),
    EventKind.CASE_FORM_COMPLETED: QT_TRANSLATE_NOOP("ProcesVerbaal", "Case form completed"),
    EventKind.CASE_DECISION_RECEIVED: QT_TRANSLATE_NOOP("ProcesVerbaal", "Decision on the case received"),
    EventKind.CASE_RESIT_PLANNED: QT_TRANSLATE_NOOP("ProcesVerbaal", "Resit planned"),
    EventKind.CASE_CORRECTED: QT_TRANSLATE_NOOP("ProcesVerbaal", "Case step corrected"),
    EventKind.CASE_DUO_REPORTED: QT_TRANSLATE_NOOP("ProcesVerbaal", "Case reported to DUO"),
    EventKind.CASE_AANGIFTE: QT_TRANSLATE_NOOP("ProcesVerbaal", "Aangifte made"),
    EventKind.CASE_DUO_DECISION: QT_TRANSLATE_NOOP("ProcesVerbaal", "DUO's decision received"),
    EventKind.INZAGE_BSN_CHECKED: QT_TRANSLATE_NOOP("ProcesVerbaal", "Inzage: BSN check"),
    EventKind.INZAGE_STARTED: QT_TRANSLATE_NOOP("ProcesVerbaal", "Inzage started"),
    EventKind.INZAGE_ITEM_OPENED: QT_TRANSLATE_NOOP("ProcesVerbaal", "Inzage: question opened"),
    EventKind.INZAGE_ANSWER_SHOWN: QT_TRANSLATE_NOOP("ProcesVerbaal", "Inzage: answer key shown"),
    EventKind.INZAGE_PROCES_VERBAAL_SHOWN: QT_TRANSLATE_NOOP("ProcesVerbaal", "Inzage: proces-verbaal shown"),
    EventKind.INZAGE_ENDED: QT_TRANSLATE_NOOP("ProcesVerbaal", "Inzage ended"),
    EventKind.INZAGE_RESUMED: QT_TRANSLATE_NOOP("ProcesVerbaal", "Inzage resumed"),
    EventKind.APPOINTMENT_BOOKED: QT_TRANSLATE_NOOP("ProcesVerbaal", "Inzage appointment booked"),
    EventKind.APPOINTMENT_CANCELLED: QT_TRANSLATE_NOOP("ProcesVerbaal", "Inzage appointment cancelled"),
    EventKind.APPOINTMENT_LAPSED: QT_TRANSLATE_NOOP("ProcesVerbaal", "Inzage appointment lapsed"),
    EventKind.APPOINTMENT_NO_SHOW: QT_TRANSLATE_NOOP("ProcesVerbaal", "Candidate did not come to the inzage"),
    EventKind.ADJUSTMENT_PREVIEWED: QT_TRANSLATE_NOOP("ProcesVerbaal", "Result adjustment previewed"),
    EventKind.CERTIFICATE_CREATED: QT_TRANSLATE_NOOP("ProcesVerbaal", "Signing certificate created"),
    EventKind.CERTIFICATE_IMPORTED: QT_TRANSLATE_NOOP("ProcesVerbaal", "Signing certificate imported"),
    EventKind.CERTIFICATE_TRUSTED: QT_TRANSLATE_NOOP("ProcesVerbaal", "Signer's certificate trusted"),
    EventKind.REPORT_EXPORTED: QT_TRANSLATE_NOOP("ProcesVerbaal", "Signed report exported"),
    EventKind.TRANSFER_IMPORTED: QT_TRANSLATE_NOOP(
        "ProcesVerbaal", "Transfer file of another station imported"
    ),
    EventKind.CHAIN_SEALED: QT_TRANSLATE_NOOP("ProcesVerbaal", "Event log sealed with the station's key"),
}
"""The name of each kind of event that the session's own flow (``proces_verbaal.KIND_LABELS``) leaves out."""

_BSN_READ = QT_TRANSLATE_NOOP("ProcesVerbaal", "Full BSN of {candidate} viewed by {actor}")
_OTHER_DAY = QT_TRANSLATE_NOOP(
    "ProcesVerbaal", "Started on {today}, not on the planned day {planned}, because: {reason}"
)
_BY = QT_TRANSLATE_NOOP("ProcesVerbaal", "{what}, by {actor}")


def describe_other(kind: str, facts: Facts, candidate: str, actor: str) -> Message:
    """The sentence for an event of ``kind`` outside the session's own flow (every such kind has one)."""
    if isinstance(facts, BsnRead):
        return message(_BSN_READ, candidate=candidate, actor=actor)
    if isinstance(facts, OtherDayConfirmed):
        return message(
            _OTHER_DAY,
            today=facts.today.isoformat() if facts.today else "",
            planned=facts.planned.isoformat() if facts.planned else "",
            reason=facts.reason,
        )
    return message(_BY, what=OTHER_KIND_LABELS[EventKind(kind)], actor=actor)


KIND_LABELS: dict[str, Text] = {
    EventKind.SESSION_PLANNED: QT_TRANSLATE_NOOP("ProcesVerbaal", "Session planned"),
    EventKind.SESSION_STARTED: QT_TRANSLATE_NOOP("ProcesVerbaal", "Session opened"),
    EventKind.SESSION_CLOSED: QT_TRANSLATE_NOOP("ProcesVerbaal", "Session closed"),
    EventKind.BSN_CHECKED: QT_TRANSLATE_NOOP("ProcesVerbaal", "BSN check"),
    EventKind.ROSTER_CORRECTED: QT_TRANSLATE_NOOP("ProcesVerbaal", "Roster corrected"),
    EventKind.CANDIDATE_STARTED: QT_TRANSLATE_NOOP("ProcesVerbaal", "Start"),
    EventKind.PAUSE_STARTED: QT_TRANSLATE_NOOP("ProcesVerbaal", "Pause begins"),
    EventKind.PAUSE_ENDED: QT_TRANSLATE_NOOP("ProcesVerbaal", "Pause ends"),
    EventKind.EXTENSION_APPLIED: QT_TRANSLATE_NOOP("ProcesVerbaal", "Extra time"),
    EventKind.RULE_OVERRIDDEN: override_text.KIND_LABEL,
    EventKind.STORING_STARTED: QT_TRANSLATE_NOOP("ProcesVerbaal", "Storing begins"),
    EventKind.STORING_ENDED: QT_TRANSLATE_NOOP("ProcesVerbaal", "Storing ends"),
    EventKind.COMPENSATION_GRANTED: QT_TRANSLATE_NOOP("ProcesVerbaal", "Compensation"),
    EventKind.HANDED_IN: QT_TRANSLATE_NOOP("ProcesVerbaal", "Handed in"),
    EventKind.LEFT_EARLY: QT_TRANSLATE_NOOP("ProcesVerbaal", "Left early"),
    EventKind.TIME_UP: QT_TRANSLATE_NOOP("ProcesVerbaal", "Time up"),
    EventKind.ABSENT: QT_TRANSLATE_NOOP("ProcesVerbaal", "Absent"),
    EventKind.MELDING: QT_TRANSLATE_NOOP("ProcesVerbaal", "Melding (VOV)"),
    EventKind.IRREGULARITY: QT_TRANSLATE_NOOP("ProcesVerbaal", "Irregularity"),
    EventKind.REMARK: QT_TRANSLATE_NOOP("ProcesVerbaal", "Remark"),
    EventKind.CORRECTION: QT_TRANSLATE_NOOP("ProcesVerbaal", "Correction"),
    EventKind.ADDENDUM: QT_TRANSLATE_NOOP("ProcesVerbaal", "Addendum"),
    EventKind.CLOCK_ANOMALY: QT_TRANSLATE_NOOP("ProcesVerbaal", "Clock warning"),
}
"""The name of each kind of event in the proces-verbaal, in the order a list of kinds shows them."""


def kind_label(kind: str) -> Text | str:
    """The name of an event kind in the reader's words (its code only for a kind from a newer version)."""
    if kind in KIND_LABELS:
        return KIND_LABELS[kind]
    return OTHER_KIND_LABELS.get(kind, kind)
