"""Who may act in a session (R-SES-5, R-ROLE-1, issue 13): the surveillants planned on it, and the
examensecretaris. Every session action checks this in the service, not only by hiding buttons."""

from __future__ import annotations

from sqlmodel import Session

from examdesk.core.roles import Role
from examdesk.core.text import QT_TRANSLATE_NOOP, message
from examdesk.services.actors import SignedIn, require
from examdesk.services.errors import PermissionDenied
from examdesk.store import sessions as session_store

_NOT_PLANNED = QT_TRANSLATE_NOOP(
    "Sessions",
    "{user} is not planned on this session; only its surveillants and the examensecretaris act in it.",
)


def require_on_session(session: Session, actor: SignedIn, session_id: str) -> None:
    """Refuse unless ``actor`` is the examensecretaris or a surveillant planned on ``session_id``."""
    require(actor, Role.SURVEILLANT, Role.EXAMENSECRETARIS)
    if actor.has(Role.EXAMENSECRETARIS):
        return
    planned = {name for _, name in session_store.surveillants_of(session, session_id)}
    if actor.username not in planned:
        raise PermissionDenied(message(_NOT_PLANNED, user=actor.username))
