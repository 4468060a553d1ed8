"""Burgerservicenummer (BSN) rules: normalising, the 11-proef, grouping and masking.

Passing these checks means the number has a valid *format*; it never means that the person exists
(R-BSN-3).
"""

from __future__ import annotations

from dataclasses import dataclass

from examdesk.core.text import QT_TRANSLATE_NOOP, Message, message

WEIGHTS = (9, 8, 7, 6, 5, 4, 3, 2, -1)

_TOO_SHORT = QT_TRANSLATE_NOOP("Bsn", "it has {count} digits; a BSN has 9 (or 8, read with a leading zero)")
_TOO_LONG = QT_TRANSLATE_NOOP("Bsn", "it has {count} digits; a BSN has 9")
_BAD_CHAR = QT_TRANSLATE_NOOP("Bsn", "it contains '{char}'; only digits, spaces and dots are allowed")
_EMPTY = QT_TRANSLATE_NOOP("Bsn", "it is empty")
_ALL_ZERO = QT_TRANSLATE_NOOP("Bsn", "it fails the 11-proef (its weighted sum is 0)")
_ELEVEN = QT_TRANSLATE_NOOP(
    "Bsn", "it fails the 11-proef (its weighted sum leaves remainder {rest} on division by 11)"
)
FORMAT_ONLY = QT_TRANSLATE_NOOP(
    "Bsn", "A valid BSN format does not prove that the number belongs to this person."
)


@dataclass(frozen=True)
class BsnCheck:
    """The outcome of checking one BSN: the normalised digits (as far as they go) and why it fails."""

    original: str
    normalised: str
    problem: Message | None

    @property
    def valid(self) -> bool:
        return self.problem is None


def normalise(raw: str) -> str:
    """Drop spaces and dots; pad an 8-digit number with one leading zero (R-BSN-1)."""
    digits = raw.replace(" ", "").replace(".", "").strip()
    if len(digits) == 8 and digits.isdigit():
        digits = "0" + digits
    return digits


def weighted_sum(digits: str) -> int:
    """The 11-proef's weighted sum of nine digits (R-BSN-2)."""
    return sum(w * int(d) for w, d in zip(WEIGHTS, digits, strict=True))


def check(raw: str) -> BsnCheck:
    """Check a BSN's format: 9 digits (8 padded) and the 11-proef (R-BSN-1, R-BSN-2)."""
    digits = normalise(raw)
    if not digits:
        return BsnCheck(raw, digits, message(_EMPTY))
    for char in digits:
        # R-BSN-1: only ASCII digits; other Unicode digits ("٣") are not part of a BSN either.
        if char not in "0123456789":
            return BsnCheck(raw, digits, message(_BAD_CHAR, char=char))
    if len(digits) < 9:
        return BsnCheck(raw, digits, message(_TOO_SHORT, count=len(digits)))
    if len(digits) > 9:
        return BsnCheck(raw, digits, message(_TOO_LONG, count=len(digits)))
    total = weighted_sum(digits)
    if total == 0:
        return BsnCheck(raw, digits, message(_ALL_ZERO))
    if total % 11:
        return BsnCheck(raw, digits, message(_ELEVEN, rest=total % 11))
    return BsnCheck(raw, digits, None)


def is_valid(raw: str) -> bool:
    """True when ``raw`` has a valid BSN format (R-BSN-1, R-BSN-2)."""
    return check(raw).valid


def grouped(bsn: str) -> str:
    """The start-screen grouping ``1234 56 782`` of a valid BSN (R-BSN-4)."""
    digits = normalise(bsn)
    return f"{digits[:4]} {digits[4:6]} {digits[6:]}"


def masked(bsn: str) -> str:
    """The masked form ``*****6782`` shown everywhere except the start-screen check (R-BSN-6)."""
    digits = normalise(bsn)
    return "*" * (len(digits) - 4) + digits[-4:]
