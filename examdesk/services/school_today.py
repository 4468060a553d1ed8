"""What the window needs to know about the school's view (issue 18, R-NET-3): whether this station sees other
stations' sessions at all, and which day is today.

A school without a server sees nothing new (the embedded SQLite stays the default): the "Today" page is
shown only to a station that is connected to a school server or holds sessions imported from transfer files.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select

from examdesk.core.localtime import AMSTERDAM
from examdesk.services import school_server
from examdesk.services.station import Station
from examdesk.store.copies import SESSIONS


def in_use(station: Station) -> bool:
    """Whether this station looks beyond itself: a school server is set, or a transfer file was imported."""
    if school_server.configured(station) is not None:
        return True
    with station.engine.connect() as connection:
        found = connection.execute(select(SESSIONS.c.station_id).limit(1)).first()
    return found is not None


def today(station: Station) -> dt.date:
    """Today in Amsterdam, by the station's clock."""
    return station.clock.read().wall.astimezone(AMSTERDAM).date()
