"""The tweede zitting's variant (R-IRR-3, 000 step 6): it shares no item with the variant a candidate sat."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence

from examdesk.core.text import QT_TRANSLATE_NOOP, Message, message

UNKNOWN_VARIANT = QT_TRANSLATE_NOOP("Cases", "The exam has no variant {variant}; it has {variants}.")
_OVERLAP = QT_TRANSLATE_NOOP(
    "Cases",
    "Variant {variant} shares {count} questions with variant {sat}, which {names} sat: {items}. "
    "A tweede zitting needs a variant without overlap.",
)


def shared_items(sat: Sequence[str], chosen: Sequence[str]) -> tuple[str, ...]:
    """The items of ``chosen`` that ``sat`` holds too, in ``chosen``'s order."""
    before = set(sat)
    return tuple(item for item in chosen if item in before)


def variant_refusal(
    variants: Mapping[str, Sequence[str]], sat_by: Mapping[str, str], chosen: str
) -> Message | None:
    """R-IRR-3: refuse ``chosen`` when it shares an item with the variant any candidate sat before.

    ``sat_by`` maps a candidate (as shown to people) to the variant they sat; the refusal names the shared
    items and the candidates, per variant sat.
    """
    if chosen not in variants:
        return message(UNKNOWN_VARIANT, variant=chosen, variants=", ".join(sorted(variants)))
    for sat in sorted(set(sat_by.values())):
        if sat not in variants:
            return message(UNKNOWN_VARIANT, variant=sat, variants=", ".join(sorted(variants)))
        shared = shared_items(variants[sat], variants[chosen])
        if shared:
            who = sorted(name for name, variant in sat_by.items() if variant == sat)
            return message(
                _OVERLAP,
                variant=chosen,
                count=len(shared),
                sat=sat,
                names=", ".join(who),
                items=", ".join(shared),
            )
    return None


def variants_without_overlap(variants: Mapping[str, Sequence[str]], sat: Iterable[str]) -> tuple[str, ...]:
    """The variants a tweede zitting may use after the variants ``sat`` (R-IRR-3)."""
    taken = set(sat)
    if taken - set(variants):
        return ()  # a variant sat that the exam does not know: nothing can be shown to be free of it
    return tuple(
        code for code in variants if all(not shared_items(variants[s], variants[code]) for s in taken)
    )
