"""Signed reports (R-SIG-1): gather a report's data, check who may export it, render, sign, record.

Who may export what: the examensecretaris every proces-verbaal and VOV, a surveillant those of the
sessions they supervise; the inzage report (R-ROLE-2) and the dossier of an irregularity case (R-ROLE-1)
only the examensecretaris. Every export is one
event naming the report, the file's SHA-256 and the certificate that signed it. Verifying a PDF needs no
role: anyone who holds a report may check it.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

from sqlmodel import Session

from examdesk import i18n
from examdesk.core.eventkinds import EventKind
from examdesk.core.facts import Correction as CorrectionFacts
from examdesk.core.facts.session import Melding
from examdesk.core.facts.station import ReportExported
from examdesk.core.roles import Role
from examdesk.core.text import QT_TRANSLATE_NOOP, Message, Text, message
from examdesk.reports import signing
from examdesk.reports.case_dossier import CaseDossier, DossierCandidate, DossierRecord, RelatedEntry
from examdesk.reports.document import Letterhead, Translate
from examdesk.reports.inzage import InzageReport, OpenedItem
from examdesk.reports.vov import Correction, VovReport
from examdesk.services import accounts, certificates, events, export_file, inzage_sessions, report_head
from examdesk.services.actors import SignedIn, require
from examdesk.services.errors import InvalidInput, NotFound, PermissionDenied
from examdesk.services.events import Event
from examdesk.services.sessions.base import session_group_exam
from examdesk.services.station import Station
from examdesk.store import copies
from examdesk.store import sessions as session_store
from examdesk.store.db import transaction
from examdesk.store.eventlog import Driver
from examdesk.store.models import CandidateRow

_NO_MELDING = QT_TRANSLATE_NOOP("Reports", "There is no melding (VOV) {id} on this station.")
_NOT_YOUR_SESSION = QT_TRANSLATE_NOOP(
    "Reports", "{user} is not a surveillant of this session, so cannot export its reports."
)
_CANNOT_READ = QT_TRANSLATE_NOOP("Reports", "{path} cannot be read: {reason}.")
_EXISTS = QT_TRANSLATE_NOOP(
    "Reports",
    "{path} already exists, so the report was not written: choose another file name, or say that the "
    "existing file is to be replaced (--force).",
)
_NO_SIGNATURE = QT_TRANSLATE_NOOP("Reports", "The file carries no digital signature.")
_REASON = {
    "proces_verbaal": QT_TRANSLATE_NOOP("Reports", "Proces-verbaal of the exam session"),
    "vov": QT_TRANSLATE_NOOP("Reports", "Verklaring van ordentelijk verloop"),
    "inzage": QT_TRANSLATE_NOOP("Reports", "Report of an inzage"),
    "case": QT_TRANSLATE_NOOP("Reports", "Dossier of an irregularity case"),
}


class ReportKind(StrEnum):
    PROCES_VERBAAL = "proces_verbaal"
    VOV = "vov"
    INZAGE = "inzage"
    CASE = "case"


@dataclass(frozen=True)
class Exported:
    """A signed report written to ``path``."""

    kind: ReportKind
    path: Path
    sha256: str
    size: int
    event: Event


# --- shared ----------------------------------------------------------------------------------------------


def translator(language: str | None) -> tuple[str, Translate]:
    """The report language (default: the current one) and a function that renders text in it."""
    chosen = i18n.normalise_language(language) or i18n.current_language()
    return chosen, lambda value: i18n.render(value, chosen)


def letterhead(station: Station, language: str) -> Letterhead:
    return Letterhead(
        school=station.school, station=station.name, generated_at=station.clock.read().wall, language=language
    )


def _sign_write_record(
    station: Station,
    actor: SignedIn,
    kind: ReportKind,
    render: Callable[[Letterhead, Translate], bytes],
    out: Path,
    *,
    language: str | None,
    subject: str,
    session_id: str | None = None,
    progress: Callable[[int], None] | None = None,
    overwrite: bool = False,
) -> Exported:
    """Render, sign with the station's key, write ``out`` atomically and record the export (one event).
    An existing file is replaced only when ``overwrite`` says so (issue 16 #11): a signed PDF is a record."""
    if out.exists() and not overwrite:
        raise InvalidInput(message(_EXISTS, path=str(out)))
    key = certificates.signing_key(station)  # refuse before the work when there is no certificate
    chosen, tr = translator(language)
    report_progress = progress or (lambda _percent: None)
    report_progress(10)
    pdf = render(letterhead(station, chosen), tr)
    pdf = report_head.stamp(pdf, station)  # R-PV-3 (issue 13): compared when the report is verified
    report_progress(60)
    location = " · ".join(part for part in (station.school, station.name) if part)
    signed = signing.sign(pdf, key, reason=tr(_REASON[kind.value]), location=location, name=station.name)
    report_progress(90)
    digest = hashlib.sha256(signed).hexdigest()
    # The export is the station's business, not the session's: recorded without a session, so that a
    # proces-verbaal does not list its own exports (and exporting it again gives the same record).
    exported = ReportExported(
        report=kind.value,
        subject=subject,
        session=session_id,
        file=out.name,
        sha256=digest,
        bytes=len(signed),
        language=chosen,
        certificate=signing.fingerprint(key.certificates[0]),
    )

    def record(driver: Driver) -> events.Event:
        # Issue 18: the signed report is also kept for the school server (copied there with the events).
        copies.keep_own_file(
            driver,
            {
                "sha256": digest,
                "station_id": station.station_id,
                "kind": f"report:{kind.value}",
                "name": out.name,
                "session_id": session_id,
                "content": signed,
                "received_at": station.clock.read().wall,
            },
        )
        return events.record(station, actor, EventKind.REPORT_EXPORTED, facts=exported, within=driver)

    event = export_file.write_and_record(station, out, signed, record)
    report_progress(100)
    return Exported(kind, out, digest, len(signed), event)


def may_export_session(session: Session, actor: SignedIn, session_id: str) -> None:
    """The examensecretaris exports any session's reports; a surveillant only those of their own sessions."""
    require(actor, Role.SURVEILLANT, Role.EXAMENSECRETARIS)
    if actor.has(Role.EXAMENSECRETARIS):
        return
    names = {name for _, name in session_store.surveillants_of(session, session_id)}
    if actor.username not in names:
        raise PermissionDenied(message(_NOT_YOUR_SESSION, user=actor.username))


def _display_name(session: Session, username: str) -> str:
    account = accounts.find_account(session, username)
    if account is None:
        return username
    return f"{account.display_name} ({account.username})"


# --- proces-verbaal (R-PV-1, R-PV-3) ------------------------------------------------------------------------


def export_proces_verbaal(
    station: Station,
    actor: SignedIn,
    session_id: str,
    out: Path,
    *,
    language: str | None = None,
    progress: Callable[[int], None] | None = None,
    overwrite: bool = False,
) -> Exported:
    """R-PV-1, R-SIG-1: the signed proces-verbaal of a session as it stands now (up to now while it runs),
    rendered from ``services.proces_verbaal`` with the chain head and whether the chain verified (R-PV-3)."""
    from examdesk.reports import proces_verbaal as pv_report
    from examdesk.services import proces_verbaal

    with transaction(station.engine) as session:
        may_export_session(session, actor, session_id)
    record = proces_verbaal.load(station, actor, session_id)
    return _sign_write_record(
        station,
        actor,
        ReportKind.PROCES_VERBAAL,
        lambda head, tr: pv_report.render(record, head, tr),
        out,
        language=language,
        subject=session_id,
        session_id=session_id,
        progress=progress,
        overwrite=overwrite,
    )


# --- VOV (R-VOV-2) ---------------------------------------------------------------------------------------


def vov_data(station: Station, actor: SignedIn, melding_id: int) -> VovReport:
    """The VOV of melding ``melding_id`` as the report renders it; the BSN masked (R-BSN-6)."""
    return _vov(station, actor, melding_id)[0]


def _vov(station: Station, actor: SignedIn, melding_id: int) -> tuple[VovReport, str]:

    with transaction(station.engine) as session:
        meldingen = events.list_events(station, kinds=(EventKind.MELDING,), within=session)
        melding = next((e for e in meldingen if e.id == melding_id), None)
        if melding is None or melding.session_id is None:
            raise NotFound(message(_NO_MELDING, id=melding_id))
        may_export_session(session, actor, melding.session_id)
        row, group, exam = session_group_exam(session, melding.session_id)
        candidate = session.get(CandidateRow, melding.candidate_id) if melding.candidate_id else None
        corrections = tuple(
            Correction(e.wall_utc, _display_name(session, e.actor), e.facts_as(CorrectionFacts).text)
            for e in events.list_events(
                station, session_id=melding.session_id, kinds=(EventKind.CORRECTION,), within=session
            )
            if e.corrects_id == melding_id
        )
        surveillant = _display_name(session, melding.actor)
    recorded = melding.facts_as(Melding)
    report = VovReport(
        melding_id=melding_id,
        exam_code=exam.code,
        exam_title=exam.title,
        group_code=group.code,
        group_name=group.name,
        session_date=row.date,
        start_time=row.start_time,
        room=row.room,
        recorded_at=melding.wall_utc,
        collective=candidate is None,
        candidate_number=candidate.number if candidate else "",
        candidate_name=candidate.name if candidate else "",
        masked_bsn=("*****" + candidate.bsn_last4) if candidate else "",
        kind=str(recorded.kind),
        questions=recorded.questions,
        candidate_text=recorded.candidate_text,
        surveillant_text=recorded.surveillant_text,
        resolved=recorded.resolved,
        resolution=recorded.resolution,
        duo_consulted=recorded.duo_consulted,
        meldingsnummer=recorded.meldingsnummer,
        surveillant=surveillant,
        corrections=corrections,
    )
    return report, melding.session_id


def export_vov(
    station: Station,
    actor: SignedIn,
    melding_id: int,
    out: Path,
    *,
    language: str | None = None,
    progress: Callable[[int], None] | None = None,
    overwrite: bool = False,
) -> Exported:
    """R-VOV-2, R-SIG-1: the signed VOV of one melding."""
    from examdesk.reports import vov

    report, session_id = _vov(station, actor, melding_id)
    return _sign_write_record(
        station,
        actor,
        ReportKind.VOV,
        lambda head, tr: vov.render(report, head, tr),
        out,
        language=language,
        subject=str(melding_id),
        session_id=session_id,
        progress=progress,
        overwrite=overwrite,
    )


@dataclass(frozen=True)
class MeldingSummary:
    """A melding of a session, for choosing which VOV to export."""

    id: int
    at: dt.datetime
    kind: str
    candidate: str  # "number name", or "" for a collective melding
    questions: tuple[str, ...]


def meldingen(station: Station, actor: SignedIn, session_id: str) -> list[MeldingSummary]:
    """The meldingen (VOVs) of a session, oldest first."""
    with transaction(station.engine) as session:
        may_export_session(session, actor, session_id)
        found = events.list_events(station, session_id=session_id, kinds=(EventKind.MELDING,), within=session)
        names: dict[int, str] = {}
        for event in found:
            if event.candidate_id and event.candidate_id not in names:
                candidate = session.get(CandidateRow, event.candidate_id)
                names[event.candidate_id] = f"{candidate.number} {candidate.name}" if candidate else ""
    return [
        MeldingSummary(
            e.id,
            e.wall_utc,
            str(e.facts_as(Melding).kind),
            names.get(e.candidate_id, "") if e.candidate_id is not None else "",
            e.facts_as(Melding).questions,
        )
        for e in found
    ]


# --- inzage report (R-INZ-4) -----------------------------------------------------------------------------


def inzage_data(station: Station, actor: SignedIn, inzage_id: int) -> InzageReport:
    """The inzage log entry as the report renders it: items opened with whether the key or the marking
    scheme was shown, never their text; the BSN masked (R-BSN-6). Only the examensecretaris (R-ROLE-2)."""
    require(actor, Role.EXAMENSECRETARIS)
    entry = inzage_sessions.inzage_entry(station, actor, inzage_id)
    with transaction(station.engine) as session:
        candidate = session.get(CandidateRow, entry.candidate_id)
        masked = "*****" + candidate.bsn_last4 if candidate is not None else ""
    opened = list(dict.fromkeys([*entry.items_opened, *entry.keys_shown, *entry.marking_schemes_shown]))
    return InzageReport(
        inzage_id=entry.inzage_id,
        exam_code=entry.exam_code,
        exam_title=entry.exam_title,
        exam_kind=entry.exam_kind,
        variant=entry.variant,
        group_code=entry.group_code,
        candidate_number=entry.candidate_number,
        candidate_name=entry.candidate_name,
        masked_bsn=masked,
        conducted_by=f"{entry.conducted_by_name} ({entry.conducted_by})",
        started_at=entry.started_at,
        ended_at=entry.ended_at,
        end_reason=entry.end_reason,
        time_limit_minutes=entry.time_limit_minutes,
        wrong_only=entry.wrong_only,
        supervisor_present=entry.supervisor_present,
        id_check=entry.id_check,
        id_document=entry.id_document,
        items=tuple(
            OpenedItem(
                item, item in entry.keys_shown, item in entry.marking_schemes_shown, entry.number_of(item)
            )
            for item in opened
        ),
        chain_head=entry.last_hash,
        proces_verbaal_shown=entry.proces_verbaal_shown,
        # R-PV-5: an inzage started before the sitting was recorded with it counts as known when it was shown.
        sitting_known=bool(entry.sitting) or entry.proces_verbaal_shown,
    )


def export_inzage(
    station: Station,
    actor: SignedIn,
    inzage_id: int,
    out: Path,
    *,
    language: str | None = None,
    progress: Callable[[int], None] | None = None,
    overwrite: bool = False,
) -> Exported:
    """R-INZ-4, R-SIG-1: the signed report of one inzage."""
    from examdesk.reports import inzage

    report = inzage_data(station, actor, inzage_id)
    return _sign_write_record(
        station,
        actor,
        ReportKind.INZAGE,
        lambda head, tr: inzage.render(report, head, tr),
        out,
        language=language,
        subject=str(inzage_id),
        progress=progress,
        overwrite=overwrite,
    )


# --- the dossier of an irregularity case (R-IRR-1, R-IRR-2) -------------------------------------------------


def case_dossier_data(station: Station, actor: SignedIn, case_id: int) -> CaseDossier:
    """The dossier of case ``case_id`` as the report renders it: the case, its candidates (BSN masked,
    R-BSN-6), every step and correction with its place in the event chain, what is still needed, the
    session's entries about these candidates in the proces-verbaal's words, and the chain check (R-PV-3).
    Only the examensecretaris (R-ROLE-1)."""
    from examdesk.services import cases, proces_verbaal

    require(actor, Role.EXAMENSECRETARIS)
    detail = cases.case_detail(station, actor, case_id)
    summary = detail.summary
    pv = proces_verbaal.load(station, actor, summary.session_id)
    with transaction(station.engine) as session:
        row, _, exam = session_group_exam(session, summary.session_id)
        recorded = {
            e.id: e
            for e in events.list_events(station, kinds=cases.CASE_KINDS, within=session)
            if e.id in {h.event_id for h in detail.history}
        }
    records = tuple(
        DossierRecord(
            event_id=h.event_id,
            seq=recorded[h.event_id].seq,
            hash=recorded[h.event_id].hash,
            at=h.at,
            by=h.actor_name,
            step=h.step,
            facts=h.facts,
            corrects=h.corrects,
            reason=h.reason,
        )
        for h in detail.history
    )
    related_ids = {e.id for e in detail.related}
    related = tuple(
        RelatedEntry(
            event_id=entry.event_id,
            at=entry.at,
            subject=entry.subject,
            kind_label=entry.kind_label,
            parts=entry.parts,
            by=entry.actor.label if entry.actor.label is not None else entry.actor.display_name,
            corrects_id=entry.corrects_id,
            corrected_by=entry.corrected_by,
        )
        for entry in pv.entries
        if entry.event_id in related_ids
    )
    case = detail.case
    return CaseDossier(
        case_id=case.id,
        session_id=summary.session_id,
        session_date=summary.session_date,
        start_time=row.start_time,
        room=row.room,
        group_code=summary.group_code,
        group_name=summary.group_name,
        exam_code=summary.exam_code,
        exam_title=summary.exam_title,
        exam_kind=exam.kind,
        candidates=tuple(
            DossierCandidate(c.candidate_id, c.number, c.name, c.masked_bsn) for c in summary.candidates
        ),
        steps=dict(case.steps),
        records=records,
        current=case.current,
        next_step=case.next_step,
        closed=case.closed,
        checklist=detail.checklist,
        still_needed=detail.still_needed,
        related=related,
        chain_summary=pv.chain.summary,
        chain_head=pv.chain.head_hash,
        names=dict(detail.names),
    )


def export_case(
    station: Station,
    actor: SignedIn,
    case_id: int,
    out: Path,
    *,
    language: str | None = None,
    progress: Callable[[int], None] | None = None,
    overwrite: bool = False,
) -> Exported:
    """R-IRR-2, R-SIG-1: the signed dossier of one irregularity case."""
    from examdesk.reports import case_dossier

    dossier = case_dossier_data(station, actor, case_id)
    return _sign_write_record(
        station,
        actor,
        ReportKind.CASE,
        lambda head, tr: case_dossier.render(dossier, head, tr),
        out,
        language=language,
        subject=str(case_id),
        session_id=dossier.session_id,
        progress=progress,
        overwrite=overwrite,
    )


# --- verification (R-SIG-1) ------------------------------------------------------------------------------


@dataclass(frozen=True)
class SignatureCheck:
    """One signature of a verified PDF."""

    field: str
    intact: bool
    covers_whole_document: bool
    signer: str
    signed_at: dt.datetime | None
    this_station: bool
    problem: Text | None
    fingerprint: str = ""  # SHA-256 of the signer's certificate, lower-case hex
    trusted: bool = False  # R-SIG-4: this station's certificate, or one in its trusted list

    @property
    def valid(self) -> bool:
        return self.intact and self.covers_whole_document and self.problem is None


@dataclass(frozen=True)
class Verification:
    """The outcome of checking a PDF's signatures: valid (intact) when it has one and every one is intact;
    trusted when, besides, every signer is one this station trusts (R-SIG-4)."""

    file: str
    signatures: tuple[SignatureCheck, ...]
    problem: Text | None  # unreadable, or no signature at all
    # R-PV-3 (issue 13): the station's event log no longer holds the chain head the report was made at.
    chain_problem: Message | None = None

    @property
    def valid(self) -> bool:
        return self.problem is None and bool(self.signatures) and all(s.valid for s in self.signatures)

    @property
    def trusted(self) -> bool:
        """R-SIG-4: intact, and signed only by trusted signers."""
        return self.valid and all(s.trusted for s in self.signatures)


def verify_file(path: Path, station: Station | None = None) -> Verification:
    """R-SIG-1: check every signature in the PDF at ``path``; whether its signer is this station's
    certificate (the current one or an earlier one) when ``station`` is given. A changed or damaged file
    is a verdict, not an error; only a file that cannot be read at all raises :class:`InvalidInput`."""
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise InvalidInput(message(_CANNOT_READ, path=str(path), reason=exc.strerror or str(exc))) from exc
    return verify_bytes(data, path.name, station)


def verify_bytes(data: bytes, name: str, station: Station | None = None) -> Verification:
    from examdesk.services import trust

    known = certificates.station_fingerprints(station) if station is not None else frozenset()
    trusted = trust.trusted_fingerprints(station) if station is not None else frozenset()
    try:
        found = signing.inspect(data)
    except signing.UnreadablePdf as exc:
        return Verification(name, (), exc.reason)
    checks = tuple(
        SignatureCheck(
            field=facts.field,
            intact=facts.intact,
            covers_whole_document=facts.covers_whole_document,
            signer=facts.signer,
            signed_at=facts.signed_at,
            this_station=facts.signer_fingerprint in known,
            problem=facts.problem,
            fingerprint=facts.signer_fingerprint,
            trusted=bool(facts.signer_fingerprint) and facts.signer_fingerprint in trusted,
        )
        for facts in found
    )
    chain_problem = report_head.compare(data, station) if station is not None and checks else None
    return Verification(name, checks, None if checks else _NO_SIGNATURE, chain_problem)
