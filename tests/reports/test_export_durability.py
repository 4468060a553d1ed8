"""Issue 13, finding 10: an exported PDF and its export event are one step; nothing half-written is left."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from examdesk.core.eventkinds import EventKind
from examdesk.services import events, reports, sessions
from examdesk.services.actors import command_line_operator
from examdesk.services.station import Station


def _exports(station: Station) -> list[events.Event]:
    return events.list_events(station, kinds=(EventKind.REPORT_EXPORTED,))


def test_an_export_is_recorded_with_the_file_it_wrote(demo_station, tmp_path: Path) -> None:
    session_id = sessions.list_sessions(demo_station)[0].id
    folder = tmp_path / "out"
    folder.mkdir()
    out = folder / "pv.pdf"
    exported = reports.export_proces_verbaal(demo_station, command_line_operator(), session_id, out)
    assert sorted(p.name for p in folder.iterdir()) == ["pv.pdf"]
    last = _exports(demo_station)[-1]
    assert (
        last.id == exported.event.id
        and last.payload["sha256"] == hashlib.sha256(out.read_bytes()).hexdigest()
    )
    assert out.stat().st_mode & 0o077 == 0


def test_an_export_whose_event_fails_leaves_no_file(
    demo_station, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A signed PDF without its export event used to be possible (the event came after the rename)."""
    session_id = sessions.list_sessions(demo_station)[0].id
    before = len(_exports(demo_station))
    folder = tmp_path / "out"
    folder.mkdir()

    record = events.record

    def refuse(*args, **kwargs) -> events.Event:
        if kwargs.get("within") is not None:  # the export's own event, recorded with its file
            raise RuntimeError("the event could not be recorded")
        return record(*args, **kwargs)

    monkeypatch.setattr(events, "record", refuse)
    with pytest.raises(RuntimeError):
        reports.export_proces_verbaal(demo_station, command_line_operator(), session_id, folder / "pv.pdf")
    monkeypatch.undo()
    assert list(folder.iterdir()) == []
    assert len(_exports(demo_station)) == before
