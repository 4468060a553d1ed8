"""Who is acting: a signed-in account, and the role checks every service makes (R-ROLE-1..3)."""

from __future__ import annotations

from dataclasses import dataclass

from examdesk.core.roles import ROLE_LABELS, Role
from examdesk.core.text import QT_TRANSLATE_NOOP, message
from examdesk.services.errors import PermissionDenied

_NEEDS_ROLE = QT_TRANSLATE_NOOP("Permissions", "This needs the role {roles}; {user} does not have it.")
_OR = QT_TRANSLATE_NOOP("Permissions", " or ")


@dataclass(frozen=True)
class SignedIn:
    """An account that has proved its password in this run of the program."""

    account_id: int
    username: str
    display_name: str
    roles: frozenset[Role]

    def has(self, role: Role) -> bool:
        return role in self.roles


def require(actor: SignedIn, *roles: Role) -> None:
    """Raise :class:`PermissionDenied` unless ``actor`` holds one of ``roles``."""
    if not any(role in actor.roles for role in roles):
        from examdesk.i18n import render

        names = render(_OR).join(render(ROLE_LABELS[role]) for role in roles)
        raise PermissionDenied(message(_NEEDS_ROLE, roles=names, user=actor.username))
