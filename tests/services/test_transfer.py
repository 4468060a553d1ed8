"""Signed transfer files between two stations (issue 18, R-NET-4, R-SIG-4, R-NET-3, R-PV-5)."""

from __future__ import annotations

import io
import json
import shutil
import zipfile
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select
from sqlmodel import col

from examdesk.core.eventchain import canonical_json
from examdesk.services import certificates, proces_verbaal, school_view, transfer
from examdesk.services import transfer_file as tf
from examdesk.services.actors import command_line_operator
from examdesk.services.clock import ManualClock
from examdesk.services.errors import InvalidInput
from examdesk.services.station import Station, open_station
from examdesk.store import copies
from examdesk.store.models import EventRow
from tests.demo_station import DEMO_NOW
from tests.new_station import Schema
from tests.services.transfer_stations import closed_session, receiving_station


@pytest.fixture(scope="module")
def exported_origin(demo_template: Path, tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """The demo station after it exported its closed session once, and the file it wrote: made once for
    the module (the file holds a signed proces-verbaal, half a second to make); each test copies both."""
    folder = tmp_path_factory.mktemp("exported-origin")
    shutil.copytree(demo_template, folder / "origin")
    station = open_station(
        folder / "origin", clock=ManualClock(DEMO_NOW.replace(hour=9)), keyring_backend=None
    )
    try:
        out = folder / "lokaal.examdesk-transfer"
        transfer.export(station, command_line_operator(), closed_session(station), out)
    finally:
        station.close()
    return folder / "origin", out


@pytest.fixture
def origin(exported_origin: tuple[Path, Path], tmp_path: Path, demo_clock: Any) -> Iterator[Station]:
    """The demo station, as it is right after writing ``exported`` (its log holds that export)."""
    folder = tmp_path / "origin"
    shutil.copytree(exported_origin[0], folder)
    station = open_station(folder, clock=demo_clock, keyring_backend=None)
    yield station
    station.close()


@pytest.fixture
def receiver(
    origin: Station, tmp_path: Path, demo_clock: Any, new_station_schema: Schema
) -> Iterator[Station]:
    station = receiving_station(tmp_path / "receiver", demo_clock, new_station_schema, trusting=origin)
    yield station
    station.close()


@pytest.fixture
def exported(exported_origin: tuple[Path, Path], origin: Station, tmp_path: Path) -> Path:
    """The transfer file of the demo's closed session that ``origin`` wrote."""
    out = tmp_path / "lokaal.examdesk-transfer"
    shutil.copyfile(exported_origin[1], out)
    return out


def _written(station: Station) -> tuple[int, int, int, int]:
    """What a refusal must leave as it was: events, copied files, sessions and stations."""
    with station.engine.connect() as connection:
        events, files, sessions, stations = (
            int(connection.execute(select(func.count()).select_from(table)).scalar() or 0)
            for table in (
                EventRow.metadata.tables[str(EventRow.__tablename__)],
                copies.FILES,
                copies.SESSIONS,
                copies.STATIONS,
            )
        )
        return events, files, sessions, stations


def _members(path: Path) -> dict[str, bytes]:
    with zipfile.ZipFile(path) as archive:
        return {name: archive.read(name) for name in archive.namelist()}


def _rewrite(
    path: Path,
    origin: Station,
    change: Callable[[dict[str, Any]], None],
    target: Path,
    *,
    resign: bool = True,
) -> Path:
    """A copy of the transfer file with its members changed by ``change`` (parsed JSON for JSON members),
    its manifest brought up to date and signed again with the origin's key, as a forger with the key would."""
    members = _members(path)
    parsed: dict[str, Any] = {
        name: json.loads(data) if name.endswith(".json") else data for name, data in members.items()
    }
    change(parsed)
    rebuilt = {
        name: canonical_json(value).encode("utf-8") if name.endswith(".json") else value
        for name, value in parsed.items()
    }
    if resign:
        manifest = parsed[tf.MANIFEST]
        manifest["members"] = {name: tf.sha256(rebuilt[name]) for name in tf.MEMBERS}
        rebuilt[tf.MANIFEST] = canonical_json(manifest).encode("utf-8")
        rebuilt[tf.SIGNATURE] = tf.sign(rebuilt[tf.MANIFEST], certificates.signing_key(origin))
    target.write_bytes(tf.pack(rebuilt))
    return target


def _refused(receiver: Station, path: Path, *words: str) -> str:
    before = _written(receiver)
    with pytest.raises(InvalidInput) as refused:
        transfer.import_file(receiver, command_line_operator(), path)
    text = str(refused.value.message)
    for word in words:
        assert word in text
    assert _written(receiver) == before  # nothing written on refusal
    return text


def test_two_demo_stations_have_distinct_ids(origin: Station, receiver: Station) -> None:
    assert origin.station_id != receiver.station_id


def test_round_trip_shows_the_same_proces_verbaal_on_the_receiving_station(
    origin: Station, receiver: Station, exported: Path
) -> None:
    """R-NET-4, R-NET-3: imported, the session is listed and its PV has the origin's entries."""
    operator = command_line_operator()
    session_id = closed_session(origin)
    imported = transfer.import_file(receiver, operator, exported)
    assert imported.outcome is transfer.Outcome.NEW
    assert (imported.station_id, imported.session_id) == (origin.station_id, session_id)
    listed = school_view.school_sessions(receiver, operator)
    assert [(s.station_id, s.session_id, s.source, s.chain_ok) for s in listed] == [
        (origin.station_id, session_id, "transfer", True)
    ]
    assert listed[0].candidates == 8 and listed[0].finished == 8
    here = proces_verbaal.load(origin, operator, session_id)
    there = school_view.remote_proces_verbaal(receiver, operator, origin.station_id, session_id)
    assert there.entries == here.entries
    assert len(there.entries) > 10


def test_the_other_chain_is_never_merged_into_the_local_log(
    origin: Station, receiver: Station, exported: Path
) -> None:
    """R-NET-4: the receiver's event table gains only its own import event, never the origin's events."""
    transfer.import_file(receiver, command_line_operator(), exported)
    with receiver.engine.connect() as connection:
        stations = set(connection.execute(select(col(EventRow.station_id))).scalars())
        kinds = list(
            connection.execute(
                select(col(EventRow.kind)).where(col(EventRow.kind) == "transfer_imported")
            ).scalars()
        )
    assert stations == {receiver.station_id}
    assert kinds == ["transfer_imported"]


def test_importing_the_same_file_twice_changes_nothing(receiver: Station, exported: Path) -> None:
    operator = command_line_operator()
    transfer.import_file(receiver, operator, exported)
    before = _written(receiver)
    again = transfer.import_file(receiver, operator, exported)
    assert again.outcome is transfer.Outcome.UNCHANGED
    assert _written(receiver) == before


def test_a_later_transfer_extends_the_earlier_one(
    origin: Station, receiver: Station, exported: Path, tmp_path: Path
) -> None:
    """R-NET-4: a later file of the same session (its skeleton starts with the earlier one) replaces it;
    the earlier file imported afterwards changes nothing."""
    operator = command_line_operator()
    transfer.import_file(receiver, operator, exported)
    later = tmp_path / "later.examdesk-transfer"
    transfer.export(origin, operator, closed_session(origin), later)
    result = transfer.import_file(receiver, operator, later)
    assert result.outcome is transfer.Outcome.EXTENDED
    with receiver.engine.connect() as connection:
        row = copies.session_row(connection, origin.station_id, closed_session(origin))
    assert row is not None and row.transfer_sha256 == result.sha256
    before = _written(receiver)
    assert transfer.import_file(receiver, operator, exported).outcome is transfer.Outcome.OLDER
    assert _written(receiver) == before


def test_a_forking_later_transfer_is_refused(
    origin: Station, receiver: Station, exported: Path, tmp_path: Path
) -> None:
    """R-NET-2, R-NET-4: a later file whose chain differs from the one already held is refused."""
    transfer.import_file(receiver, command_line_operator(), exported)

    def fork(members: dict[str, Any]) -> None:
        chain = members[tf.CHAIN]
        chain[-1][2] = "f" * 64  # another last event than the one imported before, then one more
        chain.append([chain[-1][0] + 1, "f" * 64, "e" * 64])
        members[tf.MANIFEST]["head"] = {"seq": chain[-1][0], "hash": "e" * 64}

    forked = _rewrite(exported, origin, fork, tmp_path / "forked.examdesk-transfer")
    _refused(receiver, forked, "does not continue the chain", "event")


def test_an_untrusted_signer_is_refused_with_who_signed(
    origin: Station, exported: Path, tmp_path: Path, demo_clock: Any, new_station_schema: Schema
) -> None:
    """R-SIG-4: the refusal names the signer and how to trust them."""
    stranger = receiving_station(tmp_path / "stranger", demo_clock, new_station_schema)
    try:
        text = _refused(stranger, exported, "does not trust", "examdesk trust add")
        assert "Demostation" in text
    finally:
        stranger.close()


def test_a_mutated_member_is_refused(
    origin: Station, receiver: Station, exported: Path, tmp_path: Path
) -> None:
    def change(members: dict[str, Any]) -> None:
        members[tf.BUNDLE]["tables"]["exam_session"][0]["room"] = "Elders"

    changed = _rewrite(exported, origin, change, tmp_path / "changed.examdesk-transfer", resign=False)
    _refused(receiver, changed, "bundle.json", "was changed")


def test_a_changed_manifest_breaks_the_signature(
    origin: Station, receiver: Station, exported: Path, tmp_path: Path
) -> None:
    def change(members: dict[str, Any]) -> None:
        members[tf.MANIFEST]["station"]["name"] = "Another name"

    changed = _rewrite(exported, origin, change, tmp_path / "manifest.examdesk-transfer", resign=False)
    _refused(receiver, changed, "signature", "does not match")


def test_a_mutated_event_is_refused_even_when_signed_again(
    origin: Station, receiver: Station, exported: Path, tmp_path: Path
) -> None:
    """R-NET-4: an event whose hash is not the chain's at its number is refused, whoever signed it."""

    def change(members: dict[str, Any]) -> None:
        event = members[tf.EVENTS][3]
        event["payload"] = event["payload"].replace("}", ',"x":1}', 1)
        event["hash"] = "a" * 64

    changed = _rewrite(exported, origin, change, tmp_path / "event.examdesk-transfer")
    _refused(receiver, changed, "is not the event the station's chain holds")


def test_an_event_given_twice_is_refused(
    origin: Station, receiver: Station, exported: Path, tmp_path: Path
) -> None:
    def change(members: dict[str, Any]) -> None:
        members[tf.EVENTS].append(dict(members[tf.EVENTS][2]))

    changed = _rewrite(exported, origin, change, tmp_path / "twice.examdesk-transfer")
    _refused(receiver, changed, "is not the event the station's chain holds")


def test_a_gap_in_the_skeleton_is_refused(
    origin: Station, receiver: Station, exported: Path, tmp_path: Path
) -> None:
    def change(members: dict[str, Any]) -> None:
        del members[tf.CHAIN][5]

    changed = _rewrite(exported, origin, change, tmp_path / "gap.examdesk-transfer")
    _refused(receiver, changed, "events are missing")


def test_a_skeleton_not_from_genesis_is_refused(
    origin: Station, receiver: Station, exported: Path, tmp_path: Path
) -> None:
    def change(members: dict[str, Any]) -> None:
        members[tf.CHAIN][0][1] = "1" * 64

    changed = _rewrite(exported, origin, change, tmp_path / "genesis.examdesk-transfer")
    _refused(receiver, changed, "does not point to the event before it")


def test_a_damaged_proces_verbaal_is_refused(
    origin: Station, receiver: Station, exported: Path, tmp_path: Path
) -> None:
    def change(members: dict[str, Any]) -> None:
        pdf = members[tf.PROCES_VERBAAL]
        members[tf.PROCES_VERBAAL] = pdf.replace(b"/Producer", b"/Producex", 1)

    changed = _rewrite(exported, origin, change, tmp_path / "pdf.examdesk-transfer")
    _refused(receiver, changed, "proces-verbaal")


def test_a_file_that_is_not_a_zip_is_refused(receiver: Station, tmp_path: Path) -> None:
    path = tmp_path / "notes.examdesk-transfer"
    path.write_bytes(b"just some text")
    _refused(receiver, path, "not an examdesk transfer file")


def test_a_zip_without_a_manifest_is_refused(receiver: Station, tmp_path: Path) -> None:
    path = tmp_path / "other.zip"
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("readme.txt", "hello")
    path.write_bytes(buffer.getvalue())
    _refused(receiver, path, "manifest.json")


def test_a_transfer_from_this_station_itself_is_refused(origin: Station, exported: Path) -> None:
    _refused(origin, exported, "comes from this station itself")


def test_an_unknown_session_is_refused_on_export(origin: Station, tmp_path: Path) -> None:
    out = tmp_path / "none.examdesk-transfer"
    with pytest.raises(Exception, match="no session"):
        transfer.export(origin, command_line_operator(), "no-such-session", out)
    assert not out.exists()


def test_export_is_recorded_as_an_exported_report(origin: Station, exported: Path) -> None:
    """R-SIG-1: writing the file is one report_exported event naming it and its SHA-256."""
    with origin.engine.connect() as connection:
        payloads = [
            json.loads(p)
            for p in connection.execute(
                select(col(EventRow.payload)).where(col(EventRow.kind) == "report_exported")
            ).scalars()
        ]
    recorded = [p for p in payloads if p.get("report") == "transfer"]
    assert len(recorded) == 1
    assert recorded[0]["sha256"] == tf.sha256(exported.read_bytes())


def test_read_events_gives_origin_ids_and_a_verified_skeleton(origin: Station, exported: Path) -> None:
    rows, verification = transfer.read_events(exported.read_bytes())
    manifest = json.loads(_members(exported)[tf.MANIFEST])
    assert verification.ok
    assert verification.heads == {origin.station_id: manifest["head"]["hash"]}
    assert verification.count == manifest["head"]["seq"]
    with origin.engine.connect() as connection:
        ids = {row.seq: row.id for row in connection.execute(select(col(EventRow.seq), col(EventRow.id)))}
    assert rows and all(ids[row.seq] == row.id for row in rows)


def test_r_pv_5_the_inzage_finds_the_sitting_held_on_the_other_station(
    origin: Station, receiver: Station, exported: Path
) -> None:
    """R-PV-5 via R-NET-4: on a station where the session was not held, the afname names the sitting of the
    imported transfer file, with the candidate's id on that station; before the import, none."""
    from examdesk.services import accounts, demo, inspection
    from tests.demo_station import CE_GROUP, candidate_id

    secretaris = accounts.sign_in(receiver, "secretaris", demo.DEMO_PASSWORD)
    here = candidate_id(inspection.group_results(receiver, secretaris, CE_GROUP), "3001")
    before = inspection.candidate_work(receiver, secretaris, here)
    assert before.sessions == () and before.remote_sitting is None
    transfer.import_file(receiver, command_line_operator(), exported)
    work = inspection.candidate_work(receiver, secretaris, here)
    sitting = work.remote_sitting
    assert work.sessions == () and sitting is not None
    assert (sitting.station_id, sitting.session_id) == (origin.station_id, closed_session(origin))
    there = candidate_id(inspection.group_results(origin, command_line_operator(), CE_GROUP), "3001")
    assert sitting.origin_candidate_id == there
    document = school_view.remote_proces_verbaal(receiver, secretaris, sitting.station_id, sitting.session_id)
    assert there in {record.candidate_id for record in document.candidates}
    # Another group's candidate (the PE results came with the package; no sitting anywhere): none.
    assert school_view.find_sitting(receiver, "2026-06-12-CK-B", "2003") is None


def test_a_surveillant_exports_only_their_own_sessions_and_imports_nothing(
    origin: Station, receiver: Station, tmp_path: Path
) -> None:
    """R-ROLE-1: like its proces-verbaal, a session's transfer file is the examensecretaris's or its
    surveillants'; keeping another station's session is the examensecretaris's."""
    from examdesk.services import accounts, demo, sessions
    from examdesk.services.errors import PermissionDenied
    from tests.demo_station import demo_actor

    running = next(s.id for s in sessions.list_sessions(origin) if s.state.value == "running")
    bakker = demo_actor(origin, "surveillant2")  # surveillant of the closed session, not of the running one
    out = tmp_path / "theirs.examdesk-transfer"
    with pytest.raises(PermissionDenied):
        transfer.export(origin, bakker, running, out)
    assert not out.exists()
    done = transfer.export(origin, bakker, closed_session(origin), out)
    assert done.path.is_file()
    beheerder = accounts.sign_in(receiver, "beheer", demo.DEMO_PASSWORD)
    with pytest.raises(PermissionDenied):
        transfer.import_file(receiver, beheerder, out)


def test_r_net_1_an_unreachable_school_server_does_not_stop_the_inzage_finding_an_imported_sitting(
    origin: Station, receiver: Station, exported: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """R-NET-1: the server is down; the imported transfer file is still found, and nothing fails."""
    from examdesk.services import school_server
    from tests.demo_station import CE_GROUP

    monkeypatch.setenv(school_server.PASSWORD_ENV, "unused")
    school_server.connect(receiver, "postgresql://station@127.0.0.1:1/examdesk")
    assert school_view.find_sitting(receiver, CE_GROUP, "3001") is None
    transfer.import_file(receiver, command_line_operator(), exported)
    sitting = school_view.find_sitting(receiver, CE_GROUP, "3001")
    assert sitting is not None and sitting.session_id == closed_session(origin)
    secretaris = command_line_operator()
    here = proces_verbaal.load(origin, secretaris, sitting.session_id)
    there = school_view.remote_proces_verbaal(receiver, secretaris, sitting.station_id, sitting.session_id)
    assert there.entries == here.entries


def test_r_net_4_a_hundred_mutated_transfer_files_are_each_refused_in_a_sentence(
    receiver: Station, exported: Path, tmp_path: Path
) -> None:
    """Flipped bytes, cut ends and zeroed runs anywhere in a signed transfer file: every import is refused
    with a sentence (never an internal error) and writes nothing (R-NET-4, issue 13's hostile input)."""
    import random

    from examdesk.core.errors import ExamdeskError

    original = exported.read_bytes()
    chance = random.Random(18)
    for n in range(100):
        data = bytearray(original)
        where = chance.randrange(len(data))
        how = n % 3
        if how == 0:
            data[where] ^= 1 << chance.randrange(8)
        elif how == 1:
            del data[where:]
        else:
            data[where : where + 16] = bytes(min(16, len(data) - where))
        path = tmp_path / f"mutated-{n}.examdesk-transfer"
        path.write_bytes(bytes(data))
        before = _written(receiver)
        try:
            transfer.import_file(receiver, command_line_operator(), path)
        except ExamdeskError as refused:
            assert str(refused.message).strip(), n
            assert _written(receiver) == before, n  # a refusal wrote nothing
        else:  # a flip in a byte no check reads (a zip header's spare field) leaves what is signed intact
            assert transfer.read_events(bytes(data))[1].ok, n


# --- issue 12, finding 5: the candidate id is a number, in the file too ------------------------------------


def test_a_transfer_file_carries_the_candidate_id_as_a_number(exported: Path) -> None:
    events = json.loads(_members(exported)[tf.EVENTS])
    ids = [event["candidate_id"] for event in events]
    assert any(isinstance(value, int) for value in ids)
    assert all(value is None or type(value) is int for value in ids)


def test_r_pv_3_a_transfer_file_written_before_0007_with_text_ids_still_imports(
    origin: Station, receiver: Station, exported: Path, tmp_path: Path
) -> None:
    """Files written before the event log kept the id as a number carry its decimal text: they import, their
    chain verifies (the hash spells the id as that text), and the proces-verbaal is the origin's."""

    def as_before(members: dict[str, Any]) -> None:
        for event in members[tf.EVENTS]:
            if event["candidate_id"] is not None:
                event["candidate_id"] = str(event["candidate_id"])

    older = _rewrite(exported, origin, as_before, tmp_path / "older.examdesk-transfer")
    assert b'"candidate_id":"' in _members(older)[tf.EVENTS]
    operator = command_line_operator()
    imported = transfer.import_file(receiver, operator, older)
    assert imported.outcome is transfer.Outcome.NEW
    session_id = closed_session(origin)
    here = proces_verbaal.load(origin, operator, session_id)
    there = school_view.remote_proces_verbaal(receiver, operator, origin.station_id, session_id)
    assert there.entries == here.entries and there.chain.verified
    read, verification = transfer.read_events(older.read_bytes())
    ids = {event.candidate_id for event in read} - {None}
    assert verification.ok and ids and all(type(value) is int for value in ids)


@pytest.mark.parametrize("value", ["012", "x7", " 7", True, 7.0])
def test_a_candidate_id_that_is_no_id_is_refused_as_a_damaged_file(
    origin: Station, receiver: Station, exported: Path, tmp_path: Path, value: object
) -> None:
    def change(members: dict[str, Any]) -> None:
        event = next(e for e in members[tf.EVENTS] if e["candidate_id"] is not None)
        event["candidate_id"] = value

    changed = _rewrite(exported, origin, change, tmp_path / "id.examdesk-transfer")
    _refused(receiver, changed, "cannot be read", "is not a candidate id")


@pytest.mark.parametrize("flags_or_method", [(10, 99), (8, 1)])  # an unknown compression method; "encrypted"
def test_a_member_header_zipfile_cannot_read_is_refused_in_a_sentence(
    receiver: Station, exported: Path, tmp_path: Path, flags_or_method: tuple[int, int]
) -> None:
    """Found by the mutation test once the file's bytes changed: zipfile raises NotImplementedError or
    RuntimeError for such a header, which must be a refusal, never an internal error."""
    offset, value = flags_or_method
    data = bytearray(exported.read_bytes())
    where = data.index(b"PK\x01\x02")  # the first member's central directory entry
    data[where + offset : where + offset + 2] = value.to_bytes(2, "little")
    path = tmp_path / "header.examdesk-transfer"
    path.write_bytes(bytes(data))
    _refused(receiver, path, "header.examdesk-transfer")
