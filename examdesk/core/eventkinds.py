"""The kinds of event the log holds. Later features add theirs here."""

from __future__ import annotations

from enum import StrEnum


class EventKind(StrEnum):
    STATION_INITIALISED = "station_initialised"
    DATABASE_MIGRATED = "database_migrated"
    SETTINGS_CHANGED = "settings_changed"
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
    REMARK = "remark"
    PACKAGE_IMPORTED = "package_imported"
    ROSTER_IMPORTED = "roster_imported"


# The actor of events the station records by itself (R-ROLE-3: every event names an actor).
SYSTEM_ACTOR = "system"
