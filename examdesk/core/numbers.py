"""Dutch numbers: parsing candidates' numeric answers (R-NUM-1) and formatting amounts.

Values are exact: answers parse to ``Decimal``, points are ``Fraction``; nothing passes through float.
"""

from __future__ import annotations

import re
from decimal import Decimal
from fractions import Fraction

from examdesk.core.text import QT_TRANSLATE_NOOP

# R-NUM-1: digits, optional '.' thousands separators in groups of exactly three, optional ',' with
# decimals; no sign ("alleen getallen en punten en komma's"). '%' and '€' are never part of the answer.
_NUMERIC = re.compile(r"(?:[0-9]{1,3}(?:\.[0-9]{3})+|[0-9]+)(?:,[0-9]+)?")

# R-NUM-1: the exact warning (its Dutch translation is the rule's text, word for word).
NUMERIC_WARNING = QT_TRANSLATE_NOOP(
    "Numbers",
    "Use a full stop as the thousands separator. Example: 25.000. Use a comma as the decimal sign. Example: 0,25.",
)


def parse_numeric(text: str) -> Decimal | None:
    """The value of a Dutch numeric answer, or ``None`` when it is not one (R-NUM-1).

    Surrounding white space is ignored: it is invisible on the candidate's screen, so it cannot be
    what makes an answer wrong.
    """
    candidate = text.strip()
    if not _NUMERIC.fullmatch(candidate):
        return None
    return Decimal(candidate.replace(".", "").replace(",", "."))


def round_half_up(value: Fraction, places: int) -> Fraction:
    """``value`` rounded to ``places`` decimals, halves away from zero (5,5 -> 6; -0,5 -> -1)."""
    scale = Fraction(10) ** places
    scaled = abs(value) * scale
    rounded = Fraction(int(scaled + Fraction(1, 2)), 1) / scale
    return rounded if value >= 0 else -rounded


def format_amount(value: Fraction | Decimal | int, places: int | None = 2, language: str = "nl") -> str:
    """``value`` as people read it: Dutch ``10.000,25`` or English ``10,000.25``.

    With ``places`` the value is rounded half up to that many decimals and trailing decimals are
    kept; with ``None`` a ``Decimal`` is written exactly as it is.
    """
    if places is None:
        if not isinstance(value, Decimal):
            raise TypeError("places=None needs an exact Decimal")
        sign, digits, exponent = value.as_tuple()
        assert isinstance(exponent, int)
        text = "".join(map(str, digits))
        if exponent < 0:
            text = text.rjust(-exponent + 1, "0")
            whole, fraction = text[:exponent], text[exponent:]
        else:
            whole, fraction = text + "0" * exponent, ""
        negative = bool(sign)
    else:
        exact = Fraction(value) if not isinstance(value, Fraction) else value
        rounded = round_half_up(exact, places)
        negative = rounded < 0
        scaled = int(abs(rounded) * 10**places)
        whole, fraction = (
            str(scaled // 10**places),
            str(scaled % 10**places).rjust(places, "0") if places else "",
        )
    whole = whole.lstrip("0") or "0"
    thousands, decimal_sign = (".", ",") if language == "nl" else (",", ".")
    groups: list[str] = []
    while len(whole) > 3:
        groups.insert(0, whole[-3:])
        whole = whole[:-3]
    groups.insert(0, whole)
    body = thousands.join(groups) + (decimal_sign + fraction if fraction else "")
    is_zero = set(body) <= set("0.,")
    return ("-" if negative and not is_zero else "") + body


def format_points(value: Fraction, language: str = "nl") -> str:
    """Points as shown: at most two decimals, without trailing zeros (1; 1,5; 1,33)."""
    text = format_amount(value, 2, language)
    decimal_sign = "," if language == "nl" else "."
    if decimal_sign in text:
        text = text.rstrip("0").rstrip(decimal_sign)
    return text
