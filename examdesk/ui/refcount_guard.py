"""A stopgap for PySide6 builds that drop references to ``None``, ``True`` and ``False``.

PySide6 6.12.0 under Python 3.11 hands ``None`` back from every void call (and passes ``None``, ``True``
and ``False`` into some Python overrides) without taking a reference; see ``probe.binding_problem``.
Every such call takes one reference away, and once a count reaches zero Python frees the singleton and
aborts, in the middle of an exam if the session runs long enough.

Python 3.12 made these objects immortal (PEP 683): their count is so high that it never reaches zero.
The guard does the same on older Pythons, by raising the three counts once. Remove it when the
dependency no longer has the bug.
"""

from __future__ import annotations

import sys

# Far more references than a program can lose, far fewer than the counter can hold.
SURPLUS = 1 << 40
_SINGLETONS: tuple[object, ...] = (None, True, False)
_applied = False


def make_singletons_immortal() -> bool:
    """Raise the reference counts of None, True and False out of reach; true when it was done now."""
    global _applied
    if _applied or sys.version_info >= (3, 12) or sys.implementation.name != "cpython":
        return False
    import ctypes

    for value in _SINGLETONS:
        before = sys.getrefcount(value)
        # In CPython the reference count is the object's first field.
        count = ctypes.c_ssize_t.from_address(id(value))
        count.value += SURPLUS
        # A few references come and go meanwhile (the ctypes object holds some to None).
        if abs(sys.getrefcount(value) - before - SURPLUS) > 1000:  # not the layout we know: undo
            count.value -= SURPLUS
            return False
    _applied = True
    return True
