"""The database tables. Every change to them comes with a new Alembic revision in ``migrations/``."""

from __future__ import annotations

import datetime as dt
from datetime import datetime
from typing import TYPE_CHECKING, Any

from sqlalchemy import (
    BigInteger,
    Column,
    Date,
    ForeignKey,
    Integer,
    LargeBinary,
    String,
    Text,
    UniqueConstraint,
)
from sqlmodel import Field, SQLModel

from examdesk.store.types import ModelJson, UtcDateTime

if TYPE_CHECKING:
    from examdesk.core.package_format import ExamModel as ExamDefinition
else:
    ExamDefinition = Any  # SQLModel reads the annotation; the column type loads the model


def _exam_model() -> type[ExamDefinition]:
    from examdesk.core.package_format import ExamModel  # its validators are built on first use

    return ExamModel


class StationRow(SQLModel, table=True):
    """A station (one exam-room PC) that records events."""

    __tablename__ = "station"

    id: str = Field(sa_column=Column(String(32), primary_key=True))
    name: str = Field(sa_column=Column(String(120), nullable=False))
    school: str = Field(default="", sa_column=Column(String(200), nullable=False, server_default=""))
    created_at: datetime = Field(sa_column=Column(UtcDateTime(), nullable=False))


class SettingRow(SQLModel, table=True):
    """A station setting: a key with a JSON value (rule overrides, the local station's id)."""

    __tablename__ = "setting"

    key: str = Field(sa_column=Column(String(80), primary_key=True))
    value: str = Field(sa_column=Column(Text, nullable=False))


class AccountRow(SQLModel, table=True):
    """A person who signs in: surveillant, examensecretaris and/or beheerder (R-ROLE-1)."""

    __tablename__ = "account"

    id: int | None = Field(default=None, sa_column=Column(Integer, primary_key=True, autoincrement=True))
    username: str = Field(sa_column=Column(String(64), nullable=False, unique=True))
    display_name: str = Field(sa_column=Column(String(120), nullable=False))
    password_hash: str = Field(sa_column=Column(String(255), nullable=False))
    active: bool = Field(default=True, nullable=False)
    created_at: datetime = Field(sa_column=Column(UtcDateTime(), nullable=False))


class AccountRoleRow(SQLModel, table=True):
    """One role held by one account."""

    __tablename__ = "account_role"

    account_id: int = Field(
        sa_column=Column(Integer, ForeignKey("account.id", ondelete="CASCADE"), primary_key=True)
    )
    role: str = Field(sa_column=Column(String(32), primary_key=True))


class EventRow(SQLModel, table=True):
    """One entry of the append-only, hash-chained event log (R-PV-2, R-PV-3, R-TIME-10, R-ROLE-3).

    The database refuses UPDATE and DELETE on this table (triggers in the first migration).
    """

    __tablename__ = "event"
    __table_args__ = (UniqueConstraint("station_id", "seq", name="uq_event_station_seq"),)

    id: int | None = Field(default=None, sa_column=Column(Integer, primary_key=True, autoincrement=True))
    station_id: str = Field(sa_column=Column(String(32), ForeignKey("station.id"), nullable=False))
    seq: int = Field(sa_column=Column(Integer, nullable=False))
    wall_utc: datetime = Field(sa_column=Column(UtcDateTime(), nullable=False))
    monotonic_ns: int = Field(sa_column=Column(BigInteger, nullable=False))
    run_id: str = Field(sa_column=Column(String(32), nullable=False))
    actor: str = Field(sa_column=Column(String(64), nullable=False))
    kind: str = Field(sa_column=Column(String(64), nullable=False, index=True))
    session_id: str | None = Field(default=None, sa_column=Column(String(64), nullable=True, index=True))
    candidate_id: int | None = Field(default=None, sa_column=Column(Integer, nullable=True, index=True))
    payload: str = Field(sa_column=Column(Text, nullable=False))
    corrects_id: int | None = Field(
        default=None, sa_column=Column(Integer, ForeignKey("event.id"), nullable=True)
    )
    prev_hash: str = Field(sa_column=Column(String(64), nullable=False))
    hash: str = Field(sa_column=Column(String(64), nullable=False, unique=True))


class ExamRow(SQLModel, table=True):
    """An exam as imported: its validated definition (items, variants, grading, inspection), stored as JSON."""

    __tablename__ = "exam"

    code: str = Field(sa_column=Column(String(64), primary_key=True))
    title: str = Field(sa_column=Column(String(200), nullable=False))
    kind: str = Field(sa_column=Column(String(16), nullable=False))
    duration_minutes: int = Field(sa_column=Column(Integer, nullable=False))
    definition: ExamDefinition = Field(sa_column=Column(ModelJson(_exam_model), nullable=False))
    imported_at: datetime = Field(sa_column=Column(UtcDateTime(), nullable=False))


class ExamGroupRow(SQLModel, table=True):
    """An afnamegroep: candidates who sit one exam on a planned date, time and location."""

    __tablename__ = "exam_group"

    code: str = Field(sa_column=Column(String(64), primary_key=True))
    exam_code: str = Field(sa_column=Column(String(64), ForeignKey("exam.code"), nullable=False, index=True))
    name: str = Field(sa_column=Column(String(200), nullable=False))
    date: dt.date = Field(sa_column=Column(Date, nullable=False))
    start_time: str = Field(sa_column=Column(String(5), nullable=False))
    location_kind: str = Field(sa_column=Column(String(16), nullable=False))
    room: str = Field(sa_column=Column(String(200), nullable=False))
    second_sitting_of: str | None = Field(
        default=None, sa_column=Column(String(64), ForeignKey("exam_group.code"), nullable=True)
    )
    # Off-site facts of the package (R-SES-2, R-SES-3): the school's own sitting when it is not on this
    # station, the Inspectie's consultation and permission, and the quarantine reported beforehand.
    school_sitting_date: dt.date | None = Field(default=None, sa_column=Column(Date, nullable=True))
    school_sitting_start: str | None = Field(default=None, sa_column=Column(String(5), nullable=True))
    consulted_on: dt.date | None = Field(default=None, sa_column=Column(Date, nullable=True))
    permission_reference: str = Field(
        default="", sa_column=Column(String(200), nullable=False, server_default="")
    )
    quarantine_reported_on: dt.date | None = Field(default=None, sa_column=Column(Date, nullable=True))
    imported_at: datetime = Field(sa_column=Column(UtcDateTime(), nullable=False))


class CandidateRow(SQLModel, table=True):
    """A candidate on an afnamegroep's roster. The BSN is stored encrypted with a keyed hash (R-BSN-6)."""

    __tablename__ = "candidate"
    __table_args__ = (UniqueConstraint("group_code", "number", name="uq_candidate_group_number"),)

    id: int | None = Field(default=None, sa_column=Column(Integer, primary_key=True, autoincrement=True))
    group_code: str = Field(sa_column=Column(String(64), ForeignKey("exam_group.code"), nullable=False))
    number: str = Field(sa_column=Column(String(64), nullable=False))
    name: str = Field(sa_column=Column(String(200), nullable=False))
    bsn_sealed: str = Field(sa_column=Column(Text, nullable=False))
    bsn_hash: str = Field(sa_column=Column(String(64), nullable=False, index=True))
    bsn_last4: str = Field(sa_column=Column(String(4), nullable=False))
    accommodations: str = Field(sa_column=Column(Text, nullable=False))


class ResultRow(SQLModel, table=True):
    """A candidate's responses to one exam, as the results of a package deliver them."""

    __tablename__ = "result"
    __table_args__ = (UniqueConstraint("candidate_id", "exam_code", name="uq_result_candidate_exam"),)

    id: int | None = Field(default=None, sa_column=Column(Integer, primary_key=True, autoincrement=True))
    candidate_id: int = Field(sa_column=Column(Integer, ForeignKey("candidate.id"), nullable=False))
    exam_code: str = Field(sa_column=Column(String(64), ForeignKey("exam.code"), nullable=False, index=True))
    variant: str = Field(sa_column=Column(String(20), nullable=False))
    submitted_at: datetime | None = Field(default=None, sa_column=Column(UtcDateTime(), nullable=True))
    published_at: datetime | None = Field(default=None, sa_column=Column(UtcDateTime(), nullable=True))
    responses: str = Field(sa_column=Column(Text, nullable=False))
    imported_at: datetime = Field(sa_column=Column(UtcDateTime(), nullable=False))


class ExamSessionRow(SQLModel, table=True):
    """A session (afname): one afnamegroep sitting its exam at a planned time and place (R-SES-1).

    Its state (planned, running, closed) is derived from its events, never stored.
    """

    __tablename__ = "exam_session"

    id: str = Field(sa_column=Column(String(32), primary_key=True))
    group_code: str = Field(
        sa_column=Column(String(64), ForeignKey("exam_group.code"), nullable=False, index=True)
    )
    date: dt.date = Field(sa_column=Column(Date, nullable=False))
    start_time: str = Field(sa_column=Column(String(5), nullable=False))
    location_kind: str = Field(sa_column=Column(String(16), nullable=False))
    room: str = Field(sa_column=Column(String(200), nullable=False))
    quarantine: bool = Field(default=False, nullable=False)
    simultaneous: bool = Field(default=True, nullable=False)
    permission_reference: str = Field(
        default="", sa_column=Column(String(200), nullable=False, server_default="")
    )
    # R-SES-2: the date of the consultation with the Inspectie; R-SES-3: the date quarantine was reported.
    consulted_on: dt.date | None = Field(default=None, sa_column=Column(Date, nullable=True))
    quarantine_reported_on: dt.date | None = Field(default=None, sa_column=Column(Date, nullable=True))
    created_at: datetime = Field(sa_column=Column(UtcDateTime(), nullable=False))


class SessionSurveillantRow(SQLModel, table=True):
    """A surveillant assigned to a session; ``qualified_teacher`` for R-SES-2."""

    __tablename__ = "session_surveillant"

    session_id: str = Field(sa_column=Column(String(32), ForeignKey("exam_session.id"), primary_key=True))
    account_id: int = Field(sa_column=Column(Integer, ForeignKey("account.id"), primary_key=True))
    qualified_teacher: bool = Field(default=False, nullable=False)


# --- copies from other stations (issue 18, R-NET-1..4) ---------------------------------------------------
# The same tables on every database: on the school's PostgreSQL server they hold every station's copies; on
# a station they hold the sessions imported from transfer files. Never merged into the station's own event
# log: another station's chain stays its own, read-only.


class CopiedStationRow(SQLModel, table=True):
    """A station that copied to this database: its name and school as it last said them."""

    __tablename__ = "copied_station"

    id: str = Field(sa_column=Column(String(32), primary_key=True))
    name: str = Field(sa_column=Column(String(120), nullable=False))
    school: str = Field(default="", sa_column=Column(String(200), nullable=False, server_default=""))
    updated_at: datetime = Field(sa_column=Column(UtcDateTime(), nullable=False))


class CopiedEventRow(SQLModel, table=True):
    """One event of another station's chain, exactly as that station recorded it (R-NET-2).

    ``origin_id`` is the event's row id on its station (part of its keyed hash; ``corrects_id`` refers to
    it). Append-only, and accepted only in sequence and linked to the event before it (triggers in 0005).
    """

    __tablename__ = "copied_event"
    __table_args__ = (UniqueConstraint("station_id", "origin_id", name="uq_copied_event_origin"),)

    station_id: str = Field(sa_column=Column(String(32), primary_key=True))
    seq: int = Field(sa_column=Column(Integer, primary_key=True, autoincrement=False))
    origin_id: int = Field(sa_column=Column(Integer, nullable=False))
    wall_utc: datetime = Field(sa_column=Column(UtcDateTime(), nullable=False))
    monotonic_ns: int = Field(sa_column=Column(BigInteger, nullable=False))
    run_id: str = Field(sa_column=Column(String(32), nullable=False))
    actor: str = Field(sa_column=Column(String(64), nullable=False))
    kind: str = Field(sa_column=Column(String(64), nullable=False))
    session_id: str | None = Field(default=None, sa_column=Column(String(64), nullable=True, index=True))
    candidate_id: int | None = Field(default=None, sa_column=Column(Integer, nullable=True))
    payload: str = Field(sa_column=Column(Text, nullable=False))
    corrects_id: int | None = Field(default=None, sa_column=Column(Integer, nullable=True))
    prev_hash: str = Field(sa_column=Column(String(64), nullable=False))
    hash: str = Field(sa_column=Column(String(64), nullable=False))


class CopiedSessionRow(SQLModel, table=True):
    """A session of another station: what its proces-verbaal needs besides the events (the exam, the group,
    the roster without BSNs, the surveillants), as a JSON bundle that the station replaces when it changes."""

    __tablename__ = "copied_session"

    station_id: str = Field(sa_column=Column(String(32), primary_key=True))
    session_id: str = Field(sa_column=Column(String(64), primary_key=True))
    date: dt.date = Field(sa_column=Column(Date, nullable=False, index=True))
    room: str = Field(sa_column=Column(String(200), nullable=False))
    source: str = Field(sa_column=Column(String(16), nullable=False))  # "server" or "transfer"
    bundle: str = Field(sa_column=Column(Text, nullable=False))
    bundle_sha256: str = Field(sa_column=Column(String(64), nullable=False))
    transfer_sha256: str | None = Field(default=None, sa_column=Column(String(64), nullable=True))
    updated_at: datetime = Field(sa_column=Column(UtcDateTime(), nullable=False))


class CopiedFileRow(SQLModel, table=True):
    """A file kept by its SHA-256, append-only: on the school server the signed reports each station sent
    along; on a station its own signed reports (which go to the server with its events) and the transfer
    files it imported from other stations."""

    __tablename__ = "copied_file"

    sha256: str = Field(sa_column=Column(String(64), primary_key=True))
    station_id: str = Field(sa_column=Column(String(32), nullable=False, index=True))
    kind: str = Field(sa_column=Column(String(32), nullable=False))
    name: str = Field(sa_column=Column(String(255), nullable=False))
    session_id: str | None = Field(default=None, sa_column=Column(String(64), nullable=True))
    content: bytes = Field(sa_column=Column(LargeBinary, nullable=False))
    received_at: datetime = Field(sa_column=Column(UtcDateTime(), nullable=False))


class StationLoginRow(SQLModel, table=True):
    """On the school server: which station a station's database login copies for (R-NET-2). Bound the first
    time the login copies; from then on it copies for that station only, and no other login does."""

    __tablename__ = "station_login"

    login: str = Field(sa_column=Column(String(63), primary_key=True))
    station_id: str = Field(sa_column=Column(String(32), nullable=False, unique=True))
    bound_at: datetime = Field(sa_column=Column(UtcDateTime(), nullable=False))
