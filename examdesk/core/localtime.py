"""The one time zone examdesk's rules live in: sessions, deadlines and inzage days are Amsterdam's (R-INZ-5)."""

from __future__ import annotations

from zoneinfo import ZoneInfo

AMSTERDAM = ZoneInfo("Europe/Amsterdam")
