"""The kinds of event the log holds. Later features add theirs here."""

from __future__ import annotations

from enum import StrEnum


class EventKind(StrEnum):
    STATION_INITIALISED = "station_initialised"
    DATABASE_MIGRATED = "database_migrated"
    SETTINGS_CHANGED = "settings_changed"
    # R-SIG-5: the beheerder named the school or the station.
    STATION_RENAMED = "station_renamed"
    ACCOUNT_CREATED = "account_created"
    ACCOUNT_ROLES_CHANGED = "account_roles_changed"
    ACCOUNT_DEACTIVATED = "account_deactivated"
    ACCOUNT_REACTIVATED = "account_reactivated"
    PASSWORD_CHANGED = "password_changed"
    PASSWORD_RESET = "password_reset"
    SIGNED_IN = "signed_in"
    SIGN_IN_FAILED = "sign_in_failed"
    SIGNED_OUT = "signed_out"
    # R-TIME-10: the wall clock went back by more than the threshold.
    CLOCK_ANOMALY = "clock_anomaly"
    # R-PV-2: a correction names the event it corrects (corrects_id) and says what was wrong.
    CORRECTION = "correction"
    # R-PV-4: after closing, only the examensecretaris adds to the proces-verbaal, marked as an addendum.
    ADDENDUM = "addendum"
    REMARK = "remark"
    PACKAGE_IMPORTED = "package_imported"
    # Sessions (R-SES, R-TIME, R-BSN-4, R-VOV, R-IRR): every action of the surveillant is one event.
    SESSION_PLANNED = "session_planned"
    SESSION_STARTED = "session_started"
    SESSION_CLOSED = "session_closed"
    BSN_CHECKED = "bsn_checked"
    ROSTER_CORRECTED = "roster_corrected"
    CANDIDATE_STARTED = "candidate_started"
    PAUSE_STARTED = "pause_started"
    PAUSE_ENDED = "pause_ended"
    EXTENSION_APPLIED = "extension_applied"
    STORING_STARTED = "storing_started"
    STORING_ENDED = "storing_ended"
    COMPENSATION_GRANTED = "compensation_granted"
    HANDED_IN = "handed_in"
    LEFT_EARLY = "left_early"
    TIME_UP = "time_up"
    ABSENT = "absent"
    MELDING = "melding"
    IRREGULARITY = "irregularity"
    ROSTER_IMPORTED = "roster_imported"
    # Domain rules v2: an examensecretaris decided past a refusing rule, with a reason (flagged everywhere).
    RULE_OVERRIDDEN = "rule_overridden"
    # R-SES-5: a session planned for another day is started after a confirmation with a reason.
    SESSION_OTHER_DAY_CONFIRMED = "session_other_day_confirmed"
    # Issue 13: reading a candidate's full BSN is itself recorded (who, when, which candidate).
    BSN_READ = "bsn_read"
    # Irregularity cases (R-IRR-2): opening the case and each step of the Inspectie's procedure is one
    # event; the payload names the case (the id of its case_opened event). A wrong entry is corrected by a
    # case_corrected event that refers to it (corrects_id) and gives the step's facts again.
    CASE_OPENED = "case_opened"
    CASE_REPORTED = "case_reported"
    CASE_DISCUSSED = "case_discussed"
    CASE_FORM_COMPLETED = "case_form_completed"
    CASE_DECISION_RECEIVED = "case_decision_received"
    CASE_RESIT_PLANNED = "case_resit_planned"
    CASE_CORRECTED = "case_corrected"
    # R-IRR-5: a PE case follows DUO's path: reported to DUO, an optional aangifte, DUO's decision.
    CASE_DUO_REPORTED = "case_duo_reported"
    CASE_AANGIFTE = "case_aangifte"
    CASE_DUO_DECISION = "case_duo_decision"
    # Inzage (R-INZ-1..4): the start-screen ID check, the session with every item opened and every key or
    # marking scheme shown, and its end; chained like every event, so the inzage log is tamper-evident.
    INZAGE_BSN_CHECKED = "inzage_bsn_checked"
    INZAGE_STARTED = "inzage_started"
    INZAGE_ITEM_OPENED = "inzage_item_opened"
    INZAGE_ANSWER_SHOWN = "inzage_answer_shown"
    INZAGE_PROCES_VERBAAL_SHOWN = "inzage_proces_verbaal_shown"
    INZAGE_ENDED = "inzage_ended"
    # R-INZ-7: an inzage interrupted by a crash or power loss, resumed the same day for its remaining minutes.
    # (Closing it as interrupted is an inzage_ended with reason "interrupted", and whether it counts.)
    INZAGE_RESUMED = "inzage_resumed"
    # R-INZ-6: PE inzage appointments; their state is derived from these and from the inzage held.
    APPOINTMENT_BOOKED = "appointment_booked"
    APPOINTMENT_CANCELLED = "appointment_cancelled"
    APPOINTMENT_LAPSED = "appointment_lapsed"
    APPOINTMENT_NO_SHOW = "appointment_no_show"
    # R-VOV-3: a result-adjustment preview for a technical fault, as the examensecretaris saw it.
    ADJUSTMENT_PREVIEWED = "adjustment_previewed"
    # R-SIG-1, R-SIG-2: the station's signing certificate, and every signed report it exports.
    CERTIFICATE_CREATED = "certificate_created"
    CERTIFICATE_IMPORTED = "certificate_imported"
    # R-SIG-4: a certificate the beheerder added to the trusted signers.
    CERTIFICATE_TRUSTED = "certificate_trusted"
    REPORT_EXPORTED = "report_exported"
    # R-NET-4: another station's session, kept from a signed transfer file (never merged into this chain).
    TRANSFER_IMPORTED = "transfer_imported"
    # R-PV-3 (issue 13): a station from before the keyed chain seals its old events once with the key.
    CHAIN_SEALED = "chain_sealed"


# The actor of events the station records by itself (R-ROLE-3: every event names an actor).
SYSTEM_ACTOR = "system"
