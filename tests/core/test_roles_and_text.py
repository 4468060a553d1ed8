"""Roles (R-ROLE-1, R-ROLE-2) and translatable text."""

from __future__ import annotations

import pytest

from examdesk.core.roles import Role, Workspace, may_open, parse_roles
from examdesk.core.text import QT_TRANSLATE_NOOP, Text, message


# R-ROLE-1
def test_three_roles_and_one_account_may_hold_several_R_ROLE_1() -> None:
    assert {r.value for r in Role} == {"surveillant", "examensecretaris", "beheerder"}
    assert parse_roles(["Surveillant", " beheerder "]) == {Role.SURVEILLANT, Role.BEHEERDER}


def test_unknown_role_is_named() -> None:
    with pytest.raises(ValueError, match="chef"):
        parse_roles(["chef"])


# R-ROLE-2
def test_only_the_examensecretaris_opens_review_R_ROLE_2() -> None:
    assert not may_open({Role.SURVEILLANT}, Workspace.REVIEW)
    assert not may_open({Role.BEHEERDER}, Workspace.REVIEW)
    assert may_open({Role.EXAMENSECRETARIS}, Workspace.REVIEW)
    assert may_open({Role.SURVEILLANT}, Workspace.PROCTOR)


def test_marked_text_keeps_its_context_and_renders_with_parameters() -> None:
    text = QT_TRANSLATE_NOOP("Ctx", "{n} candidates")
    assert isinstance(text, Text) and text.context == "Ctx" and text == "{n} candidates"
    assert str(message(text, n=3)) == "3 candidates"
