"""The proces-verbaal as data (R-PV-1..5), and its words said in a language.

The data is :mod:`examdesk.core.proces_verbaal` (typed, frozen, pure): ``proces_verbaal`` builds it and
re-exports it from there. What needs the translations (``i18n``) to say it is here: a person's name, an entry's
sentence, who it is about and its kind, in the current (or a given) language.
"""

from __future__ import annotations

from examdesk import i18n
from examdesk.core.proces_verbaal import Entry, Person, ProcesVerbaal
from examdesk.services.pv_kinds import KIND_LABELS

__all__ = ["kind_text", "kinds", "name", "subject_text", "text"]


def name(person: Person, language: str | None = None) -> str:
    """How the proces-verbaal names ``person`` in ``language`` (default: the current one)."""
    return i18n.render(person.words, language)


def text(entry: Entry, language: str | None = None) -> str:
    """What ``entry`` records, as one sentence in ``language`` (default: the current one)."""
    return entry.said(lambda part: i18n.render(part, language))


def subject_text(entry: Entry, language: str | None = None) -> str:
    """Who ``entry`` is about: ``3001 Daan Peters``, or "group" (or "station"), in ``language``."""
    return i18n.render(entry.subject, language)


def kind_text(entry: Entry, language: str | None = None) -> str:
    """The kind of ``entry`` in words, in ``language``."""
    return i18n.render(entry.kind_label, language)


def kinds(document: ProcesVerbaal) -> list[str]:
    """The kinds of event ``document`` holds, in the order of ``KIND_LABELS``."""
    return document.kinds(KIND_LABELS)
