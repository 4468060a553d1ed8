"""A session's events with the chain check, as ``examdesk log SESSION`` shows them (cli.md, R-PV-3)."""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from examdesk.core.eventchain import ChainVerification
from examdesk.core.roles import Role
from examdesk.services import chain, events
from examdesk.services.actors import SignedIn, require
from examdesk.services.sessions.base import session_row
from examdesk.services.station import Station
from examdesk.store.db import transaction

# A BSN is nine digits (eight for old ones); spaces or dots may group them. Longer runs are not BSNs.
_BSN_LIKE = re.compile(r"(?<![\d.])(\d[ .]?){7,8}\d(?![\d.])")


@dataclass(frozen=True)
class SessionLog:
    """The session's events in order and the verification of the whole chain they are part of."""

    session_id: str
    chain: ChainVerification
    events: tuple[events.Event, ...]


def mask_bsns(value: Any) -> Any:
    """``value`` with every BSN-like number shown as ``*****`` and its last four digits."""
    if isinstance(value, str):
        return _BSN_LIKE.sub(lambda found: "*****" + re.sub(r"\D", "", found.group(0))[-4:], value)
    if isinstance(value, Mapping):
        return {key: mask_bsns(item) for key, item in value.items()}
    if isinstance(value, list | tuple):
        return [mask_bsns(item) for item in value]
    return value


def session_log(station: Station, actor: SignedIn, session_id: str) -> SessionLog:
    """The events of ``session_id`` (its candidates' included), oldest first, with the chain check."""
    require(actor, Role.EXAMENSECRETARIS, Role.BEHEERDER)
    with transaction(station.engine) as session:
        session_row(session, session_id)
    verification = chain.verify(station)
    listed = events.list_events(station, session_id=session_id)
    return SessionLog(session_id, verification, tuple(listed))
