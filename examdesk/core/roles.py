"""Roles and what they may do (R-ROLE-1, R-ROLE-2)."""

from __future__ import annotations

from collections.abc import Iterable
from enum import StrEnum

from examdesk.core.text import QT_TRANSLATE_NOOP, Text


class Role(StrEnum):
    """The three roles of R-ROLE-1. One account may hold several."""

    SURVEILLANT = "surveillant"
    EXAMENSECRETARIS = "examensecretaris"
    BEHEERDER = "beheerder"


ROLE_LABELS: dict[Role, Text] = {
    Role.SURVEILLANT: QT_TRANSLATE_NOOP("Role", "Surveillant (invigilator)"),
    Role.EXAMENSECRETARIS: QT_TRANSLATE_NOOP("Role", "Examensecretaris (exam secretary)"),
    Role.BEHEERDER: QT_TRANSLATE_NOOP("Role", "Beheerder (administrator)"),
}


class Workspace(StrEnum):
    """The two workspaces of the main window."""

    PROCTOR = "proctor"
    REVIEW = "review"
    EXAMS = "exams"
    CASES = "cases"
    SCHOOL = "school"


# R-ROLE-2: the review workspace shows answers and keys, so only the examensecretaris opens it.
WORKSPACE_ROLES: dict[Workspace, frozenset[Role]] = {
    Workspace.PROCTOR: frozenset({Role.SURVEILLANT, Role.EXAMENSECRETARIS}),
    Workspace.REVIEW: frozenset({Role.EXAMENSECRETARIS}),
    # R-ROLE-1: the examensecretaris imports packages and plans groups.
    Workspace.EXAMS: frozenset({Role.EXAMENSECRETARIS}),
    # R-ROLE-1: the examensecretaris handles irregularity cases.
    Workspace.CASES: frozenset({Role.EXAMENSECRETARIS}),
    # R-NET-3: the school's view of every station's sessions of the day is the examensecretaris's.
    Workspace.SCHOOL: frozenset({Role.EXAMENSECRETARIS}),
}


def parse_roles(values: Iterable[str]) -> frozenset[Role]:
    """Roles from their names; raises ``ValueError`` naming an unknown role."""
    roles = set()
    for value in values:
        try:
            roles.add(Role(value.strip().lower()))
        except ValueError:
            raise ValueError(value) from None
    return frozenset(roles)


def may_open(roles: Iterable[Role], workspace: Workspace) -> bool:
    """Whether an account with ``roles`` may open ``workspace``."""
    return bool(WORKSPACE_ROLES[workspace] & set(roles))
