"""The verklaring van ordentelijk verloop (VOV) of one melding, as a PDF (R-VOV-2)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from examdesk.core.text import QT_TRANSLATE_NOOP, message
from examdesk.core.words import MELDING_KIND_FORM_LABELS, label_of
from examdesk.reports.document import (
    NONE_GIVEN,
    SIGNED_NOTE,
    Letterhead,
    Styles,
    Translate,
    build,
    content_width,
    date_text,
    facts_table,
    grid_table,
    moment_text,
    paragraph,
    yes_no,
)

MELDING_KINDS = MELDING_KIND_FORM_LABELS  # kept under its first name for the screens

_TITLE = QT_TRANSLATE_NOOP("Report", "Verklaring van ordentelijk verloop (VOV)")
_SUBTITLE = QT_TRANSLATE_NOOP("Report", "Melding {number} · {exam} · {date}")
_SESSION = QT_TRANSLATE_NOOP("Report", "Session")
_EXAM = QT_TRANSLATE_NOOP("Report", "Exam")
_GROUP = QT_TRANSLATE_NOOP("Report", "Afnamegroep")
_DATE_ROOM = QT_TRANSLATE_NOOP("Report", "Date and room")
_DATE_ROOM_VALUE = QT_TRANSLATE_NOOP("Report", "{date}, {start}, {room}")
_MELDING = QT_TRANSLATE_NOOP("Report", "Melding")
_RECORDED_AT = QT_TRANSLATE_NOOP("Report", "Time")
_FOR = QT_TRANSLATE_NOOP("Report", "For")
_COLLECTIVE = QT_TRANSLATE_NOOP("Report", "The whole group (collective melding)")
_CANDIDATE_VALUE = QT_TRANSLATE_NOOP("Report", "{name}, candidate {number}, BSN {bsn}")
_KIND = QT_TRANSLATE_NOOP("Report", "Kind")
_QUESTIONS = QT_TRANSLATE_NOOP("Report", "Question numbers")
_CANDIDATE_TEXT = QT_TRANSLATE_NOOP("Report", "The candidate's description")
_SURVEILLANT_TEXT = QT_TRANSLATE_NOOP("Report", "The surveillant's description")
_RESOLVED = QT_TRANSLATE_NOOP("Report", "Resolved")
_RESOLUTION = QT_TRANSLATE_NOOP("Report", "How it was resolved")
_DUO = QT_TRANSLATE_NOOP("Report", "DUO / Facet helpdesk consulted")
_MELDINGSNUMMER = QT_TRANSLATE_NOOP("Report", "Meldingsnummer")
_SURVEILLANT = QT_TRANSLATE_NOOP("Report", "Surveillant")
_CORRECTIONS = QT_TRANSLATE_NOOP("Report", "Corrections to this melding")
_CORRECTIONS_NOTE = QT_TRANSLATE_NOOP("Report", "A correction never replaces the melding; both are shown.")
_WHEN = QT_TRANSLATE_NOOP("Report", "When")
_WHO = QT_TRANSLATE_NOOP("Report", "By")
_WHAT = QT_TRANSLATE_NOOP("Report", "Correction")


@dataclass(frozen=True)
class Correction:
    at: dt.datetime
    by: str
    text: str


@dataclass(frozen=True)
class VovReport:
    """One melding with the session it belongs to (R-VOV-2). ``masked_bsn`` is masked (R-BSN-6)."""

    melding_id: int
    exam_code: str
    exam_title: str
    group_code: str
    group_name: str
    session_date: dt.date
    start_time: str
    room: str
    recorded_at: dt.datetime
    collective: bool
    candidate_number: str
    candidate_name: str
    masked_bsn: str
    kind: str
    questions: tuple[str, ...]
    candidate_text: str
    surveillant_text: str
    resolved: bool
    resolution: str
    duo_consulted: bool
    meldingsnummer: str
    surveillant: str
    corrections: tuple[Correction, ...] = ()


def render(report: VovReport, letterhead: Letterhead, tr: Translate) -> bytes:
    """The VOV as an unsigned PDF."""
    from reportlab.platypus import Spacer

    language = letterhead.language
    styles = Styles()
    width = content_width()
    exam = f"{report.exam_code} · {report.exam_title}"
    story = [
        paragraph(tr(_TITLE), styles.title),
        paragraph(
            tr(
                message(
                    _SUBTITLE,
                    number=report.melding_id,
                    exam=report.exam_code,
                    date=date_text(report.session_date, language),
                )
            ),
            styles.subtitle,
        ),
        Spacer(1, 8),
        paragraph(tr(_SESSION), styles.h2),
        facts_table(
            [
                (tr(_EXAM), exam),
                (tr(_GROUP), f"{report.group_code} · {report.group_name}"),
                (
                    tr(_DATE_ROOM),
                    tr(
                        message(
                            _DATE_ROOM_VALUE,
                            date=date_text(report.session_date, language),
                            start=report.start_time,
                            room=report.room,
                        )
                    ),
                ),
            ],
            styles,
            width,
        ),
        paragraph(tr(_MELDING), styles.h2),
        facts_table(
            [
                (tr(_RECORDED_AT), moment_text(report.recorded_at, language)),
                (
                    tr(_FOR),
                    tr(_COLLECTIVE)
                    if report.collective
                    else tr(
                        message(
                            _CANDIDATE_VALUE,
                            name=report.candidate_name,
                            number=report.candidate_number,
                            bsn=report.masked_bsn,
                        )
                    ),
                ),
                (tr(_KIND), tr(label_of(MELDING_KIND_FORM_LABELS, report.kind))),
                (tr(_QUESTIONS), ", ".join(report.questions) or tr(NONE_GIVEN)),
                (tr(_CANDIDATE_TEXT), report.candidate_text or "–"),
                (tr(_SURVEILLANT_TEXT), report.surveillant_text or "–"),
                (tr(_RESOLVED), yes_no(report.resolved, tr)),
                (tr(_RESOLUTION), report.resolution or "–"),
                (tr(_DUO), yes_no(report.duo_consulted, tr)),
                (tr(_MELDINGSNUMMER), report.meldingsnummer or "–"),
                (tr(_SURVEILLANT), report.surveillant),
            ],
            styles,
            width,
        ),
    ]
    if report.corrections:
        story += [
            paragraph(tr(_CORRECTIONS), styles.h2),
            paragraph(tr(_CORRECTIONS_NOTE), styles.small),
            Spacer(1, 3),
            grid_table(
                [tr(_WHEN), tr(_WHO), tr(_WHAT)],
                [(moment_text(c.at, language), c.by, c.text) for c in report.corrections],
                styles,
                [width * 0.2, width * 0.2, width * 0.6],
            ),
        ]
    story += [Spacer(1, 14), paragraph(tr(SIGNED_NOTE), styles.small)]
    title = f"{tr(_TITLE)} {report.melding_id}"
    return build(story, title=title, subject=exam, letterhead=letterhead, tr=tr)
