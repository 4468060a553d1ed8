"""Question numbers a melding (VOV) or a storing names, checked against the exam's own questions.

Issue 15: a VOV accepted "Z99, 12" and a storing "bij vraag abc". A number is a question's id as the
exam package gives it (``K1``, ``V3``), compared without regard to case or spaces.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence

from examdesk.core.text import QT_TRANSLATE_NOOP, Message

UNKNOWN = QT_TRANSLATE_NOOP(
    "Questions", "This exam has no question {numbers}; its questions are {known}. Name them as the exam does."
)
SHOWN_AT_MOST = 12


def split(text: str) -> list[str]:
    """``"V3, K1; k2"`` → ``["V3", "K1", "k2"]``."""
    return [part.strip() for part in text.replace(";", ",").split(",") if part.strip()]


def _key(number: str) -> str:
    return "".join(number.split()).casefold()


def unknown(given: Sequence[str], known: Collection[str]) -> list[str]:
    """The numbers in ``given`` that are not questions of the exam."""
    keys = {_key(k) for k in known}
    return [number for number in given if _key(number) not in keys]


def canonical(given: Sequence[str], known: Sequence[str]) -> list[str]:
    """Each given number written as the exam writes it (``k1`` → ``K1``); unknown ones as given."""
    by_key = {_key(k): k for k in known}
    return [by_key.get(_key(number), number) for number in given]


def refusal(given: Sequence[str], known: Sequence[str]) -> Message | None:
    """One sentence naming the numbers that are not the exam's, and the exam's own; None when all are."""
    wrong = unknown(given, known)
    if not wrong or not known:
        return None
    shown = list(known[:SHOWN_AT_MOST])
    listed = ", ".join(shown) + (" …" if len(known) > SHOWN_AT_MOST else "")
    return Message(UNKNOWN, {"numbers": ", ".join(wrong), "known": listed})
