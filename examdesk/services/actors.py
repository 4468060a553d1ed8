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


def command_line_operator() -> SignedIn:
    """Who a command-line command acts as: the operating-system user, recorded as ``cli:NAME``.

    Commands script a station for its administrators, who already hold the data folder; they act with
    the examensecretaris's and the beheerder's rights, and every event they record says ``cli:NAME``
    (R-ROLE-3).
    """
    import getpass

    try:
        user = getpass.getuser()
    except (KeyError, OSError):
        user = "unknown"
    return SignedIn(0, f"cli:{user}"[:64], user, frozenset({Role.EXAMENSECRETARIS, Role.BEHEERDER}))
