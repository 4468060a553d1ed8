"""The transfer file's format (R-NET-4): one ZIP that carries a session from a station without a network.

Members:

* ``manifest.json``: format and version, the station, the session, when it was made, the station's chain
  head at that moment and the SHA-256 of every other member;
* ``bundle.json``: the session's description (``services.session_bundle``);
* ``events.json``: the session's events in full with their row ids on their station (and the station's
  clock anomalies between the session's first and last event, which its proces-verbaal shows);
* ``chain.json``: the skeleton of the station's whole chain, ``[seq, prev_hash, hash]`` for 1 to the head,
  so the receiver checks the links without seeing other sessions' content;
* ``proces-verbaal.pdf``: the session's signed proces-verbaal;
* ``signature.json``: the station's signature over ``manifest.json`` (the key that signs its PDFs), with the
  certificate chain, signer first.

Everything here is about bytes; who may export and import, and where it is kept, is ``services.transfer``.
"""

from __future__ import annotations

import base64
import datetime as dt
import hashlib
import io
import json
import re
import zipfile
import zlib
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from examdesk.core.eventchain import GENESIS_HASH, BrokenLink, ChainVerification, canonical_json, utc_text
from examdesk.core.eventkinds import EventKind
from examdesk.core.text import QT_TRANSLATE_NOOP, Message, message
from examdesk.reports import signing
from examdesk.services.errors import InvalidInput
from examdesk.store.models import EventRow

KIND = "transfer"  # what a transfer file is called where it has no name of its own
FORMAT = "examdesk-transfer"
VERSION = 1
MANIFEST = "manifest.json"
BUNDLE = "bundle.json"
EVENTS = "events.json"
CHAIN = "chain.json"
PROCES_VERBAAL = "proces-verbaal.pdf"
SIGNATURE = "signature.json"
MEMBERS = (BUNDLE, EVENTS, CHAIN, PROCES_VERBAAL)
# A transfer file of a whole exam day is a few megabytes; far larger members are refused before unpacking.
_MAX_MEMBER_BYTES = 512 * 1024 * 1024
_HEX64 = re.compile(r"^[0-9a-f]{64}$")
_ID_TEXT = re.compile(r"0|[1-9][0-9]*")

_NOT_A_TRANSFER = QT_TRANSLATE_NOOP(
    "Transfer", "{file} is not an examdesk transfer file: it cannot be read as one ({reason})."
)
_WRONG_FORMAT = QT_TRANSLATE_NOOP(
    "Transfer",
    "{file} is not a transfer file of this examdesk version (format {format}, version {version}).",
)
_MISSING_MEMBER = QT_TRANSLATE_NOOP("Transfer", "{file} is incomplete: it does not hold {member}.")
_EXTRA_MEMBER = QT_TRANSLATE_NOOP(
    "Transfer", "{file} holds {member}, which its signed list of contents does not name: it was changed."
)
_CHANGED_MEMBER = QT_TRANSLATE_NOOP(
    "Transfer", "{member} in {file} is not what the station signed: it was changed after the file was made."
)
_BAD_SIGNATURE = QT_TRANSLATE_NOOP(
    "Transfer",
    "The signature of {file} does not match its contents: the file was changed after it was signed.",
)
_UNREADABLE_SIGNATURE = QT_TRANSLATE_NOOP(
    "Transfer", "The signature of {file} cannot be read: it is damaged or missing ({reason})."
)
_BAD_MEMBER = QT_TRANSLATE_NOOP("Transfer", "{member} in {file} cannot be read: {reason}.")
_SKELETON_GAP = QT_TRANSLATE_NOOP(
    "Transfer",
    "The chain of station {station} in {file} has event {seq} where event {expected} belongs: events are "
    "missing.",
)
_SKELETON_LINK = QT_TRANSLATE_NOOP(
    "Transfer",
    "The chain of station {station} in {file}: event {seq} does not point to the event before it.",
)
_SKELETON_HEAD = QT_TRANSLATE_NOOP(
    "Transfer",
    "The chain of station {station} in {file} does not end at the head its list of contents names "
    "(event {seq}).",
)
_EVENT_NOT_IN_CHAIN = QT_TRANSLATE_NOOP(
    "Transfer",
    "Event {seq} of station {station} in {file} is not the event the station's chain holds with that "
    "number: it was changed.",
)
_EVENT_OTHER = QT_TRANSLATE_NOOP(
    "Transfer", "Event {seq} in {file} belongs to another station or session than the file names."
)


@dataclass(frozen=True)
class Link:
    """One link of a chain's skeleton."""

    seq: int
    prev_hash: str
    hash: str


@dataclass(frozen=True)
class Manifest:
    station_id: str
    station_name: str
    school: str
    session_id: str
    created_at: dt.datetime
    head_seq: int
    head_hash: str
    digests: Mapping[str, str]


@dataclass(frozen=True)
class Unpacked:
    """A transfer file's members, read and checked against its manifest (not yet its signature's signer)."""

    manifest: Manifest
    manifest_bytes: bytes
    members: Mapping[str, bytes]
    signature: bytes
    certificates: tuple[bytes, ...]  # DER, signer first

    @property
    def signer_fingerprint(self) -> str:
        return signing.fingerprint(self.certificates[0])


def sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


# --- writing ---------------------------------------------------------------------------------------------


def event_data(row: EventRow) -> dict[str, Any]:
    """An event as the file carries it: every column, its row id on its station as ``id``."""
    return {
        "id": row.id,
        "station_id": row.station_id,
        "seq": row.seq,
        "wall_utc": utc_text(row.wall_utc),
        "monotonic_ns": row.monotonic_ns,
        "run_id": row.run_id,
        "actor": row.actor,
        "kind": row.kind,
        "session_id": row.session_id,
        "candidate_id": row.candidate_id,
        "payload": row.payload,
        "corrects_id": row.corrects_id,
        "prev_hash": row.prev_hash,
        "hash": row.hash,
    }


def manifest_bytes(
    station: Mapping[str, str],
    session_id: str,
    created_at: dt.datetime,
    head: Link,
    members: Mapping[str, bytes],
) -> bytes:
    document = {
        "format": FORMAT,
        "version": VERSION,
        "station": dict(station),
        "session": session_id,
        "created_at": utc_text(created_at),
        "head": {"seq": head.seq, "hash": head.hash},
        "members": {name: sha256(data) for name, data in sorted(members.items())},
    }
    return canonical_json(document).encode("utf-8")


def sign(data: bytes, key: signing.SigningKey) -> bytes:
    """``signature.json``: the signature of ``key`` over ``data`` (SHA-256) and its certificate chain."""
    from cryptography.hazmat.primitives import hashes
    from cryptography.hazmat.primitives.asymmetric import ec, padding, rsa
    from cryptography.hazmat.primitives.serialization import load_pem_private_key

    private = load_pem_private_key(key.encrypted_key_pem, password=key.passphrase)
    if isinstance(private, ec.EllipticCurvePrivateKey):
        signature = private.sign(data, ec.ECDSA(hashes.SHA256()))
    elif isinstance(private, rsa.RSAPrivateKey):
        signature = private.sign(data, padding.PKCS1v15(), hashes.SHA256())
    else:  # certificates.py accepts only RSA and ECDSA keys
        raise TypeError(type(private).__name__)
    document = {
        "digest": "sha256",
        "signature": base64.b64encode(signature).decode("ascii"),
        "certificates": signing.pem_bundle(key.certificates).decode("ascii"),
    }
    return canonical_json(document).encode("utf-8")


def pack(members: Mapping[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return buffer.getvalue()


# --- reading ---------------------------------------------------------------------------------------------


def _refuse(text: Any, **values: object) -> InvalidInput:
    return InvalidInput(message(text, **values))


def unpack(content: bytes, file: str) -> Unpacked:
    """Read the ZIP, its manifest and signature, and check every member against the manifest's digests."""
    try:
        with zipfile.ZipFile(io.BytesIO(content)) as archive:
            infos = {info.filename: info for info in archive.infolist()}
            for name in (MANIFEST, SIGNATURE):
                if name not in infos:
                    raise _refuse(_MISSING_MEMBER, file=file, member=name)
            if any(info.file_size > _MAX_MEMBER_BYTES for info in infos.values()):
                raise zipfile.BadZipFile("a member is too large")
            data = {name: archive.read(name) for name in infos}
    # RuntimeError: zipfile's refusal of a compression method it does not know (NotImplementedError) or of an
    # encrypted member; a flipped bit in a member's header says either.
    except (
        zipfile.BadZipFile,
        zipfile.LargeZipFile,
        zlib.error,
        OSError,
        EOFError,
        ValueError,
        RuntimeError,
    ) as exc:
        raise _refuse(_NOT_A_TRANSFER, file=file, reason=str(exc) or type(exc).__name__) from exc
    manifest = _manifest(data[MANIFEST], file)
    signature, certificates = _signature(data[SIGNATURE], file)
    for name in MEMBERS:
        if name not in data:
            raise _refuse(_MISSING_MEMBER, file=file, member=name)
    for name in data:
        if name not in (MANIFEST, SIGNATURE) and name not in manifest.digests:
            raise _refuse(_EXTRA_MEMBER, file=file, member=name)
    for name in MEMBERS:
        if manifest.digests.get(name) != sha256(data[name]):
            raise _refuse(_CHANGED_MEMBER, file=file, member=name)
    members = {name: data[name] for name in MEMBERS}
    return Unpacked(manifest, data[MANIFEST], members, signature, certificates)


def _manifest(data: bytes, file: str) -> Manifest:
    try:
        document = json.loads(data)
        if not isinstance(document, dict):
            raise ValueError("not an object")
    except (ValueError, UnicodeDecodeError) as exc:
        raise _refuse(_BAD_MEMBER, member=MANIFEST, file=file, reason=str(exc)) from exc
    if document.get("format") != FORMAT or document.get("version") != VERSION:
        raise _refuse(
            _WRONG_FORMAT, file=file, format=document.get("format", "?"), version=document.get("version", "?")
        )
    try:
        station = document["station"]
        head = document["head"]
        digests = {str(k): str(v) for k, v in dict(document["members"]).items()}
        found = Manifest(
            station_id=str(station["id"]),
            station_name=str(station.get("name", "")),
            school=str(station.get("school", "")),
            session_id=str(document["session"]),
            created_at=dt.datetime.fromisoformat(document["created_at"]),
            head_seq=int(head["seq"]),
            head_hash=str(head["hash"]),
            digests=digests,
        )
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise _refuse(_BAD_MEMBER, member=MANIFEST, file=file, reason=str(exc)) from exc
    return found


def _signature(data: bytes, file: str) -> tuple[bytes, tuple[bytes, ...]]:
    try:
        document = json.loads(data)
        signature = base64.b64decode(document["signature"], validate=True)
        certificates = signing.certificate_chain_der(str(document["certificates"]).encode("ascii"))
        if document.get("digest") != "sha256" or not certificates:
            raise ValueError("no certificate, or an unknown digest")
    except (ValueError, KeyError, TypeError, UnicodeError) as exc:
        raise _refuse(_UNREADABLE_SIGNATURE, file=file, reason=str(exc) or type(exc).__name__) from exc
    return signature, certificates


def check_signature(unpacked: Unpacked, file: str) -> None:
    """The signature over the manifest is the signer certificate's (not yet: whether it is trusted)."""
    from cryptography import x509
    from cryptography.exceptions import InvalidSignature
    from cryptography.hazmat.primitives import hashes
    from cryptography.hazmat.primitives.asymmetric import ec, padding, rsa

    try:
        public = x509.load_der_x509_certificate(unpacked.certificates[0]).public_key()
        if isinstance(public, ec.EllipticCurvePublicKey):
            public.verify(unpacked.signature, unpacked.manifest_bytes, ec.ECDSA(hashes.SHA256()))
        elif isinstance(public, rsa.RSAPublicKey):
            public.verify(unpacked.signature, unpacked.manifest_bytes, padding.PKCS1v15(), hashes.SHA256())
        else:
            raise InvalidSignature(type(public).__name__)
    except (InvalidSignature, ValueError) as exc:
        raise _refuse(_BAD_SIGNATURE, file=file) from exc


def skeleton(unpacked: Unpacked, file: str) -> list[Link]:
    try:
        rows = json.loads(unpacked.members[CHAIN])
        links = [Link(int(seq), str(prev), str(digest)) for seq, prev, digest in rows]
    except (ValueError, TypeError, UnicodeDecodeError) as exc:
        raise _refuse(_BAD_MEMBER, member=CHAIN, file=file, reason=str(exc)) from exc
    return links


def broken_link(
    links: Sequence[Link], station_id: str, head_seq: int, head_hash: str, file: str
) -> Message | None:
    """Where the skeleton fails to link from genesis (seq 1, prev all zeros) to the head without a gap."""
    previous = GENESIS_HASH
    for index, link in enumerate(links):
        if link.seq != index + 1:
            return message(_SKELETON_GAP, station=station_id, file=file, seq=link.seq, expected=index + 1)
        if link.prev_hash != previous or not _HEX64.match(link.hash):
            return message(_SKELETON_LINK, station=station_id, file=file, seq=link.seq)
        previous = link.hash
    if len(links) != head_seq or previous != head_hash:
        return message(_SKELETON_HEAD, station=station_id, file=file, seq=head_seq)
    return None


def events(unpacked: Unpacked, file: str) -> list[EventRow]:
    try:
        rows = json.loads(unpacked.members[EVENTS])
        found = [
            EventRow(
                id=int(row["id"]),
                station_id=str(row["station_id"]),
                seq=int(row["seq"]),
                wall_utc=dt.datetime.fromisoformat(row["wall_utc"]),
                monotonic_ns=int(row["monotonic_ns"]),
                run_id=str(row["run_id"]),
                actor=str(row["actor"]),
                kind=str(row["kind"]),
                session_id=None if row["session_id"] is None else str(row["session_id"]),
                candidate_id=_candidate_id(row["candidate_id"]),
                payload=str(row["payload"]),
                corrects_id=None if row["corrects_id"] is None else int(row["corrects_id"]),
                prev_hash=str(row["prev_hash"]),
                hash=str(row["hash"]),
            )
            for row in rows
        ]
    except (ValueError, TypeError, KeyError, UnicodeDecodeError) as exc:
        raise _refuse(_BAD_MEMBER, member=EVENTS, file=file, reason=str(exc)) from exc
    return sorted(found, key=lambda e: e.seq)


def _candidate_id(value: object) -> int | None:
    """An event's candidate id as a file carries it: a number, or (written before the event log kept it as a
    number, revision 0007) its decimal text. Anything else is a damaged file (ValueError)."""
    if value is None or (isinstance(value, int) and not isinstance(value, bool)):
        return value
    if isinstance(value, str) and _ID_TEXT.fullmatch(value):
        return int(value)
    raise ValueError(f"candidate_id {value!r} is not a candidate id")


def event_problem(
    rows: Sequence[EventRow], links: Sequence[Link], manifest: Manifest, file: str, anomaly_kind: str
) -> Message | None:
    """The first event that is not in the skeleton at its number, or not of the file's station and session."""
    station = manifest.station_id
    previous_seq = 0
    ids: set[int | None] = set()
    for row in rows:
        if row.seq <= previous_seq or row.id in ids:  # each event once (rows come sorted by number)
            return message(_EVENT_NOT_IN_CHAIN, seq=row.seq, station=station, file=file)
        previous_seq = row.seq
        ids.add(row.id)
        own = row.session_id == manifest.session_id or (row.session_id is None and row.kind == anomaly_kind)
        if row.station_id != station or not own:
            return message(_EVENT_OTHER, seq=row.seq, file=file)
        if not 1 <= row.seq <= len(links):
            return message(_EVENT_NOT_IN_CHAIN, seq=row.seq, station=station, file=file)
        link = links[row.seq - 1]
        if link.hash != row.hash or link.prev_hash != row.prev_hash:
            return message(_EVENT_NOT_IN_CHAIN, seq=row.seq, station=station, file=file)
    return None


def verification(links: Sequence[Link], station_id: str, problem: Message | None) -> ChainVerification:
    """What is known of the origin station's chain from a transfer file's skeleton."""
    broken = BrokenLink(station_id, 0, problem) if problem is not None else None
    heads = {station_id: links[-1].hash} if links else {}
    return ChainVerification(len(links), heads, broken)


def read_events(content: bytes) -> tuple[list[EventRow], ChainVerification]:
    """A stored transfer file's events (rows with their origin ids) and what its skeleton says of the
    origin station's chain (re-checked here: a stored copy that was changed shows as broken)."""
    unpacked = unpack(content, KIND)
    manifest = unpacked.manifest
    links = skeleton(unpacked, KIND)
    rows = events(unpacked, KIND)
    problem = broken_link(links, manifest.station_id, manifest.head_seq, manifest.head_hash, KIND)
    if problem is None:
        problem = event_problem(rows, links, manifest, KIND, EventKind.CLOCK_ANOMALY)
    return rows, verification(links, manifest.station_id, problem)
