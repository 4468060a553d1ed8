"""How a duration is written on the proctor screens: ``7 min`` or ``7 min 30 s``, one form everywhere.

The proces-verbaal and the compensation refusal both use it, so one storing reads the same in both places
(issue 15, finding 14: it was ``1:18`` in one and ``1 min 18 s`` in the other).
"""

from __future__ import annotations

from datetime import timedelta

from examdesk.core.text import QT_TRANSLATE_NOOP, Message, message

# The context stays "ProcesVerbaal", where these texts were first translated.
MINUTES = QT_TRANSLATE_NOOP("ProcesVerbaal", "{minutes} min")
_MINUTES_SECONDS = QT_TRANSLATE_NOOP("ProcesVerbaal", "{minutes} min {seconds} s")


def duration_message(duration: timedelta) -> Message:
    """``7 min``, or ``7 min 30 s`` when it is not whole minutes (never negative)."""
    seconds = max(0, round(duration.total_seconds()))
    if seconds % 60:
        return message(_MINUTES_SECONDS, minutes=seconds // 60, seconds=seconds % 60)
    return message(MINUTES, minutes=seconds // 60)
