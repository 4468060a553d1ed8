"""The school's and the station's names (R-SIG-5): every report names both, and a certificate the station
creates carries them. The beheerder sets them in the station's settings, on the first run or later; the
command line's ``examdesk station`` does the same."""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass

from examdesk.core.eventkinds import EventKind
from examdesk.core.facts.station import StationNames as NamesBefore
from examdesk.core.facts.station import StationRenamed
from examdesk.core.roles import Role
from examdesk.core.text import QT_TRANSLATE_NOOP, message
from examdesk.services import events
from examdesk.services.actors import SignedIn, require
from examdesk.services.errors import InvalidInput
from examdesk.services.station import Station
from examdesk.store.db import transaction
from examdesk.store.models import StationRow

SCHOOL_MAX = 200
STATION_MAX = 120

_EMPTY = QT_TRANSLATE_NOOP("Station", "The {what} cannot be empty.")
_TOO_LONG = QT_TRANSLATE_NOOP("Station", "The {what} is {length} characters long; at most {limit} fit.")
_CONTROL = QT_TRANSLATE_NOOP("Station", "The {what} holds a control character; type it again as plain text.")
SCHOOL_WORD = QT_TRANSLATE_NOOP("Station", "school's name")
STATION_WORD = QT_TRANSLATE_NOOP("Station", "station's name")


@dataclass(frozen=True)
class StationNames:
    school: str
    station: str

    @property
    def complete(self) -> bool:
        """Whether the school has been named (the station always has a name, at first the computer's)."""
        return bool(self.school.strip())


def station_names(station: Station) -> StationNames:
    """R-SIG-5: the names as the reports print them."""
    return StationNames(station.school, station.name)


def _clean(value: str, what: object, limit: int) -> str:
    from examdesk.i18n import render

    text = " ".join(value.split())
    word = render(what)  # type: ignore[arg-type]
    if not text:
        raise InvalidInput(message(_EMPTY, what=word))
    if any(unicodedata.category(c) in ("Cc", "Cf") for c in text):
        raise InvalidInput(message(_CONTROL, what=word))
    if len(text) > limit:
        raise InvalidInput(message(_TOO_LONG, what=word, length=len(text), limit=limit))
    return text


def set_station_names(
    station: Station, actor: SignedIn, *, school: str | None = None, name: str | None = None
) -> StationNames:
    """R-SIG-5: set the school's and/or the station's name (beheerder); one event when anything changed.
    Reports made from now on name them; a certificate made from now on carries them."""
    require(actor, Role.BEHEERDER)
    new_school = _clean(school, SCHOOL_WORD, SCHOOL_MAX) if school is not None else station.school
    new_name = _clean(name, STATION_WORD, STATION_MAX) if name is not None else station.name
    if (new_school, new_name) == (station.school, station.name):
        return station_names(station)
    with transaction(station.engine) as session:
        row = session.get(StationRow, station.station_id)
        assert row is not None, "the open station has no row"
        before = {"school": row.school, "name": row.name}
        row.school, row.name = new_school, new_name
        session.add(row)
        events.record(
            station,
            actor,
            EventKind.STATION_RENAMED,
            facts=StationRenamed(new_school, new_name, NamesBefore(before["school"], before["name"])),
            within=session,
        )
    station.school, station.name = new_school, new_name
    station.write_identity()  # issue 13: the sign-in page reads them before the database
    return station_names(station)
