"""The configurable rule values of domain-rules.md, in one place.

Each value names the rule it configures. Defaults are the rules' defaults; a station may override them
(stored in its database by ``examdesk.services.settings``), and the settings dialog shows them.
"""

from __future__ import annotations

from dataclasses import dataclass, fields, replace
from typing import Any


@dataclass(frozen=True)
class RuleSettings:
    """Configurable values, with the rule each one belongs to."""

    # R-TIME-5: above this total pause time the CvTE must be consulted.
    pause_consult_threshold_minutes: int = 60
    # R-TIME-8: latest start after the session's start.
    late_arrival_max_minutes: int = 30
    # R-TIME-8: a start later than the session's start plus this grace is a late start.
    late_arrival_grace_minutes: int = 5
    # R-TIME-10: a wall clock that jumps back more than this is a clock anomaly.
    clock_jump_back_seconds: float = 5.0
    # R-SES-3: sittings per candidate per day before the station warns.
    max_sittings_per_day: int = 2
    # R-GRD-2: the grade floor f when the package does not state one.
    grade_floor: float = 1.0
    # R-GRD-1: the PE cesuur when the package does not state one.
    pe_cesuur_percent: int = 68
    # R-ACC-2: years a Verklaring Speciale Voorzieningen stays valid.
    vsv_valid_years: int = 5
    # R-INZ-3: PE inzage request window, interval and session length.
    pe_inzage_request_days: int = 14
    pe_inzage_interval_days: int = 183
    pe_inzage_session_minutes: int = 20
    # Accounts: the shortest password the station accepts.
    min_password_length: int = 8

    def with_overrides(self, overrides: dict[str, Any]) -> RuleSettings:
        """A copy with known overrides applied (unknown keys are ignored, types coerced)."""
        known = {f.name: f.type for f in fields(self)}
        values: dict[str, Any] = {}
        for name, value in overrides.items():
            if name in known:
                current = getattr(self, name)
                values[name] = type(current)(value)
        return replace(self, **values)


DEFAULTS = RuleSettings()
