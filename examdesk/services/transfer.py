"""Signed transfer files (issue 18, R-NET-4): a session carried from a station without a network.

``export`` writes one signed file with the session's events, the skeleton of the station's chain and the
session's signed proces-verbaal (the format is ``services.transfer_file``). ``import_file`` checks all of
it first: the signature and its signer (trusted by this station's rules, R-SIG-4), every member against the
signed manifest, the chain's links from the first event to the head, every event against the chain, the
session's description and the proces-verbaal's own signature. Only then does it keep the file, in one
transaction, among this station's copies of other stations (``copied_*``): the other station's chain stays
its own, read-only, and is never merged into this station's event log.
"""

from __future__ import annotations

import tempfile
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

from sqlmodel import Session, col, select

from examdesk.core.eventchain import canonical_json
from examdesk.core.eventkinds import EventKind
from examdesk.core.facts.station import ReportExported, TransferImported
from examdesk.core.roles import Role
from examdesk.core.text import QT_TRANSLATE_NOOP, message
from examdesk.reports import signing
from examdesk.services import certificates, chain, events, export_file, reports, session_bundle, trust
from examdesk.services import transfer_file as tf
from examdesk.services.actors import SignedIn, require
from examdesk.services.errors import InvalidInput
from examdesk.services.events import Event
from examdesk.services.station import Station
from examdesk.services.transfer_file import KIND as KIND  # re-exported
from examdesk.services.transfer_file import (
    read_events as read_events,  # re-exported: school_view reads with it
)
from examdesk.store import copies, eventlog
from examdesk.store.db import transaction
from examdesk.store.models import EventRow

SOURCE = "transfer"

_EXISTS = QT_TRANSLATE_NOOP(
    "Transfer", "{path} already exists, so the transfer file was not written: choose another file name."
)
_CANNOT_READ = QT_TRANSLATE_NOOP("Transfer", "{path} cannot be read: {reason}.")
_CHAIN_BROKEN = QT_TRANSLATE_NOOP(
    "Transfer", "This station's event chain does not verify, so no transfer file was made: {reason}."
)
_UNTRUSTED = QT_TRANSLATE_NOOP(
    "Transfer",
    "{file} is signed by {signer} (fingerprint {fingerprint}), which this station does not trust: a beheerder "
    "adds that station's certificate with 'examdesk trust add CERT' first.",
)
_OWN_STATION = QT_TRANSLATE_NOOP(
    "Transfer", "{file} comes from this station itself ({station}): its session is already here."
)
_OTHER_BUNDLE = QT_TRANSLATE_NOOP(
    "Transfer", "The session's description in {file} is of another station or session than the file names."
)
_PV_DAMAGED = QT_TRANSLATE_NOOP(
    "Transfer",
    "The proces-verbaal in {file} does not carry an intact signature of a trusted signer: it was changed.",
)
_FORKED = QT_TRANSLATE_NOOP(
    "Transfer",
    "{file} does not continue the chain of station {station} that this station already holds from an earlier "
    "transfer file (they differ from event {seq} on): nothing was imported. Ask the beheerder of that station "
    "to compare them (examdesk log).",
)


class Outcome(StrEnum):
    NEW = "new"  # the session was not here before
    EXTENDED = "extended"  # a later transfer of a session imported before
    UNCHANGED = "unchanged"  # the same file, imported before: nothing changed
    OLDER = "older"  # an earlier transfer of a session already here in a later one: nothing changed


@dataclass(frozen=True)
class Exported:
    path: Path
    sha256: str
    size: int
    session_id: str
    events: int
    head_seq: int
    event: Event


@dataclass(frozen=True)
class Imported:
    outcome: Outcome
    station_id: str
    station_name: str
    session_id: str
    events: int
    head_seq: int
    sha256: str


# --- export ----------------------------------------------------------------------------------------------


def export(
    station: Station, actor: SignedIn, session_id: str, out: Path, *, language: str | None = None
) -> Exported:
    """R-NET-4: the signed transfer file of ``session_id``, written durably to ``out`` and recorded as an
    exported report (the examensecretaris, or a surveillant of that session)."""
    if out.exists():
        raise InvalidInput(message(_EXISTS, path=str(out)))
    with transaction(station.engine) as session:
        reports.may_export_session(session, actor, session_id)
    key = certificates.signing_key(station)
    session_bundle.bundle_of(station, session_id)  # a clear refusal for an unknown session, before any work
    verified = chain.verify(station)
    if not verified.ok:
        assert verified.broken is not None
        raise InvalidInput(message(_CHAIN_BROKEN, reason=verified.broken.reason))
    with tempfile.TemporaryDirectory(prefix="examdesk-transfer-") as folder:
        pdf_path = Path(folder) / tf.PROCES_VERBAAL
        reports.export_proces_verbaal(station, actor, session_id, pdf_path, language=language)
        pdf = pdf_path.read_bytes()
    with transaction(station.engine) as session:
        rows = _session_events(session, station.station_id, session_id)
        links = [
            tf.Link(int(seq), str(prev), str(digest))
            for seq, prev, digest in session.execute(
                select(col(EventRow.seq), col(EventRow.prev_hash), col(EventRow.hash))
                .where(col(EventRow.station_id) == station.station_id)
                .order_by(col(EventRow.seq))
            )
        ]
        actors = eventlog.actors_of_session(session, station.station_id, session_id)
    bundle = session_bundle.bundle_of(station, session_id, actors)
    head = links[-1]
    members = {
        tf.BUNDLE: bundle.to_json().encode("utf-8"),
        tf.EVENTS: canonical_json([tf.event_data(row) for row in rows]).encode("utf-8"),
        tf.CHAIN: canonical_json([[link.seq, link.prev_hash, link.hash] for link in links]).encode("utf-8"),
        tf.PROCES_VERBAAL: pdf,
    }
    where = {"id": station.station_id, "name": station.name, "school": station.school}
    manifest = tf.manifest_bytes(where, session_id, station.clock.read().wall, head, members)
    content = tf.pack({tf.MANIFEST: manifest, **members, tf.SIGNATURE: tf.sign(manifest, key)})
    digest = tf.sha256(content)
    exported = ReportExported(
        report=KIND,
        subject=session_id,
        session=session_id,
        file=out.name,
        sha256=digest,
        bytes=len(content),
        head=head.seq,
        certificate=signing.fingerprint(key.certificates[0]),
    )
    event = export_file.write_and_record(
        station,
        out,
        content,
        lambda driver: events.record(
            station, actor, EventKind.REPORT_EXPORTED, facts=exported, within=driver
        ),
    )
    return Exported(out, digest, len(content), session_id, len(rows), head.seq, event)


def _session_events(session: Session, station_id: str, session_id: str) -> list[EventRow]:
    """The session's events, and the station's clock anomalies between its first and last (its PV shows them)."""
    own = eventlog.events_where(session, station_id=station_id, session_id=session_id)
    if not own:
        return []
    anomalies = [
        row
        for row in eventlog.events_where(session, station_id=station_id, kinds=(EventKind.CLOCK_ANOMALY,))
        if row.session_id is None and own[0].seq <= row.seq <= own[-1].seq
    ]
    return sorted([*own, *anomalies], key=lambda row: row.seq)


# --- import ----------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Checked:
    unpacked: tf.Unpacked
    links: list[tf.Link]
    events: list[EventRow]
    bundle: session_bundle.Bundle


def _check(station: Station, content: bytes, file: str) -> _Checked:
    """Everything a transfer file must be before anything of it is kept; one sentence for the first fault."""
    unpacked = tf.unpack(content, file)
    manifest = unpacked.manifest
    tf.check_signature(unpacked, file)
    trusted = trust.trusted_fingerprints(station)
    if unpacked.signer_fingerprint not in trusted:  # R-SIG-4
        info = certificates.describe(unpacked.certificates[0])
        raise InvalidInput(
            message(_UNTRUSTED, file=file, signer=info.subject, fingerprint=info.fingerprint_text)
        )
    if manifest.station_id == station.station_id:
        raise InvalidInput(message(_OWN_STATION, file=file, station=station.name))
    links = tf.skeleton(unpacked, file)
    problem = tf.broken_link(links, manifest.station_id, manifest.head_seq, manifest.head_hash, file)
    if problem is not None:
        raise InvalidInput(problem)
    rows = tf.events(unpacked, file)
    problem = tf.event_problem(rows, links, manifest, file, EventKind.CLOCK_ANOMALY)
    if problem is not None:
        raise InvalidInput(problem)
    bundle = session_bundle.Bundle.from_json(unpacked.members[tf.BUNDLE].decode("utf-8", errors="replace"))
    if bundle.station_id != manifest.station_id or bundle.session_id != manifest.session_id:
        raise InvalidInput(message(_OTHER_BUNDLE, file=file))
    try:
        found = signing.inspect(unpacked.members[tf.PROCES_VERBAAL])
    except signing.UnreadablePdf as exc:
        raise InvalidInput(message(_PV_DAMAGED, file=file)) from exc
    if not found or not all(f.valid and f.signer_fingerprint in trusted for f in found):
        raise InvalidInput(message(_PV_DAMAGED, file=file))
    return _Checked(unpacked, links, rows, bundle)


def import_file(station: Station, actor: SignedIn, path: Path) -> Imported:
    """R-NET-4: check the transfer file at ``path`` entirely, then keep it as the other station's session,
    read-only (examensecretaris). Importing the same file again changes nothing."""
    require(actor, Role.EXAMENSECRETARIS)
    try:
        content = path.read_bytes()
    except OSError as exc:
        raise InvalidInput(message(_CANNOT_READ, path=str(path), reason=exc.strerror or str(exc))) from exc
    checked = _check(station, content, path.name)
    manifest = checked.unpacked.manifest
    digest = tf.sha256(content)

    def result(outcome: Outcome) -> Imported:
        return Imported(
            outcome,
            manifest.station_id,
            manifest.station_name,
            manifest.session_id,
            len(checked.events),
            manifest.head_seq,
            digest,
        )

    now = station.clock.read().wall
    with transaction(station.engine) as session:
        connection = session.connection()
        earlier = copies.session_row(connection, manifest.station_id, manifest.session_id)
        if earlier is not None and earlier.transfer_sha256 == digest:
            return result(Outcome.UNCHANGED)
        outcome = Outcome.NEW if earlier is None else Outcome.EXTENDED
        for row in copies.sessions(connection):
            if row.station_id != manifest.station_id or row.source != SOURCE or not row.transfer_sha256:
                continue
            held = _skeleton_of(copies.file_content(connection, row.transfer_sha256))
            fork = _first_difference(held, checked.links)
            if fork is not None:
                raise InvalidInput(message(_FORKED, file=path.name, station=manifest.station_id, seq=fork))
            if row.session_id == manifest.session_id and len(held) >= len(checked.links):
                return result(Outcome.OLDER)  # the later file of this session is already here
        copies.save_file(
            connection,
            {
                "sha256": digest,
                "station_id": manifest.station_id,
                "kind": KIND,
                "name": path.name[:255],
                "session_id": manifest.session_id,
                "content": content,
                "received_at": now,
            },
        )
        copies.save_station(connection, manifest.station_id, manifest.station_name, manifest.school, now)
        bundle = checked.bundle
        copies.save_session(
            connection,
            {
                "station_id": manifest.station_id,
                "session_id": manifest.session_id,
                "date": bundle.date,
                "room": bundle.room,
                "source": SOURCE,
                "bundle": bundle.to_json(),
                "bundle_sha256": bundle.sha256,
                "transfer_sha256": digest,
                "updated_at": now,
            },
        )
        events.record(
            station,
            actor,
            EventKind.TRANSFER_IMPORTED,
            facts=TransferImported(
                station=manifest.station_id,
                station_name=manifest.station_name,
                session=manifest.session_id,
                file=path.name,
                sha256=digest,
                head=manifest.head_seq,
                certificate=checked.unpacked.signer_fingerprint,
            ),
            within=session,
        )
    return result(outcome)


def _skeleton_of(content: bytes | None) -> list[tf.Link]:
    if content is None:
        return []
    return tf.skeleton(tf.unpack(content, KIND), KIND)


def _first_difference(one: list[tf.Link], other: list[tf.Link]) -> int | None:
    """The first number at which two skeletons of one station differ (the shorter must be a prefix)."""
    for a, b in zip(one, other, strict=False):
        if a != b:
            return a.seq
    return None


# --- reading back ----------------------------------------------------------------------------------------
