"""The dossier of an irregularity case as a PDF (R-IRR-1, R-IRR-2; issue 7 item 4).

What the examensecretaris sends along or keeps for the Inspectie: the case (session, exam, category with its
words, technical or not, where it came from), its candidates with masked BSNs only (R-BSN-6), every step of
the procedure with its facts and dates and who recorded it, corrections marked as such with their reason
(R-PV-2), what is still to be done, the session's entries about these candidates as the proces-verbaal says
them, and the event chain as verified when the dossier was made (R-PV-3). It lays out the data the services
gathered and decides nothing of its own.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from examdesk.core.cases import (
    CATEGORY_LABELS,
    CHANNEL_LABELS,
    ORIGIN_LABELS,
    STEP_LABELS,
    STEPS,
    Category,
    DecisionReceived,
    Discussed,
    Facts,
    FormCompleted,
    Opened,
    Origin,
    Reported,
    ResitPlanned,
    Step,
    describe,
)
from examdesk.core.text import QT_TRANSLATE_NOOP, Message, Text, message
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
    joined,
    moment_text,
    paragraph,
    word_width,
    yes_no,
)

_TITLE = QT_TRANSLATE_NOOP("Report", "Dossier of an irregularity case")
_SUBTITLE = QT_TRANSLATE_NOOP("Report", "Case {number} · {exam} · {group} · {date}")
_CASE = QT_TRANSLATE_NOOP("Report", "The case")
_CASE_NUMBER = QT_TRANSLATE_NOOP("Report", "Case")
_SESSION = QT_TRANSLATE_NOOP("Report", "Session")
_SESSION_VALUE = QT_TRANSLATE_NOOP("Report", "{date} at {time}, {room}")
_EXAM = QT_TRANSLATE_NOOP("Report", "Exam")
_EXAM_CASE_VALUE = QT_TRANSLATE_NOOP("Report", "{code} · {title} ({kind})")
_GROUP = QT_TRANSLATE_NOOP("Report", "Afnamegroep")
_CATEGORY = QT_TRANSLATE_NOOP("Report", "Category (Beleidsregel art. 2)")
_TECHNICAL = QT_TRANSLATE_NOOP("Report", "Technical irregularity")
_TECHNICAL_NUMBER = QT_TRANSLATE_NOOP("Report", "yes; meldingsnummer {number} known from the session")
_ORIGIN = QT_TRANSLATE_NOOP("Report", "Opened from")
_ORIGIN_ENTRY = QT_TRANSLATE_NOOP("Report", "{origin} (entry no. {number} of the session)")
_DESCRIPTION = QT_TRANSLATE_NOOP("Report", "What happened")
_OPENED = QT_TRANSLATE_NOOP("Report", "Opened")
_RECORDED_VALUE = QT_TRANSLATE_NOOP("Report", "{time} by {person} (no. {number})")
_CURRENT = QT_TRANSLATE_NOOP("Report", "Current step")
_CURRENT_OPEN = QT_TRANSLATE_NOOP("Report", "{step}; next: {next}")
_CURRENT_CLOSED = QT_TRANSLATE_NOOP("Report", "{step}; the case is closed")

_CANDIDATES = QT_TRANSLATE_NOOP("Report", "Candidates")
_CANDIDATES_NOTE = QT_TRANSLATE_NOOP("Report", "Only the last four digits of a BSN are shown.")
_NUMBER_COLUMN = QT_TRANSLATE_NOOP("Report", "Number")
_NAME = QT_TRANSLATE_NOOP("Report", "Name")
_BSN = QT_TRANSLATE_NOOP("Report", "BSN")
_DECLARED_INVALID = QT_TRANSLATE_NOOP("Report", "Work declared invalid")
_NOT_DECIDED = QT_TRANSLATE_NOOP("Report", "not decided yet")
_RESIT = QT_TRANSLATE_NOOP("Report", "Tweede zitting")
_RESIT_CELL = QT_TRANSLATE_NOOP("Report", "{date}, variant {variant}")

_PROCEDURE = QT_TRANSLATE_NOOP("Report", "The procedure step by step")
_PROCEDURE_NOTE = QT_TRANSLATE_NOOP(
    "Report",
    "The steps of the DUO procedure in their order; a step cannot be skipped. Each shows its facts as they "
    "stand now; a corrected step also names its correction.",
)
_STEP_HEADING = QT_TRANSLATE_NOOP("Report", "{number}. {step}")
_STEP_DONE = QT_TRANSLATE_NOOP("Report", "{number}. {step} (done)")
_STEP_NEXT = QT_TRANSLATE_NOOP("Report", "{number}. {step} (next)")
_STEP_TODO = QT_TRANSLATE_NOOP("Report", "{number}. {step} (not yet)")
_NOT_DONE = QT_TRANSLATE_NOOP("Report", "Not recorded yet.")
_NOT_NEEDED = QT_TRANSLATE_NOOP(
    "Report", "Not needed: the Inspectie declared no work invalid, so the results stand."
)
_DATE = QT_TRANSLATE_NOOP("Report", "Date")
_CHANNEL = QT_TRANSLATE_NOOP("Report", "How")
_NOTE = QT_TRANSLATE_NOOP("Report", "Note")
_DECISION = QT_TRANSLATE_NOOP("Report", "The Inspectie's decision")
_MELDINGSNUMMER = QT_TRANSLATE_NOOP("Report", "Facet meldingsnummer")
_LETTER_DATE = QT_TRANSLATE_NOOP("Report", "Date of the letter")
_REFERENCE = QT_TRANSLATE_NOOP("Report", "Reference")
_INVALID_FOR = QT_TRANSLATE_NOOP("Report", "Work of {name}")
_INVALID = QT_TRANSLATE_NOOP("Report", "declared invalid")
_VALID = QT_TRANSLATE_NOOP("Report", "not declared invalid: the result stands")
_VARIANT = QT_TRANSLATE_NOOP("Report", "Variant")
_FOR = QT_TRANSLATE_NOOP("Report", "For")
_RECORDED = QT_TRANSLATE_NOOP("Report", "Recorded")
_CORRECTED = QT_TRANSLATE_NOOP("Report", "Corrected")
_CORRECTED_VALUE = QT_TRANSLATE_NOOP("Report", "no. {number} on {time} by {person}, because: {reason}")

_NOW = QT_TRANSLATE_NOOP("Report", "What to do now")
_STILL_NEEDED = QT_TRANSLATE_NOOP("Report", "Still needed")
_NOTHING_NEEDED = QT_TRANSLATE_NOOP("Report", "Nothing: the case is closed.")

_HISTORY = QT_TRANSLATE_NOOP("Report", "History of the case")
_HISTORY_NOTE = QT_TRANSLATE_NOOP(
    "Report",
    "Every entry as recorded. A wrong entry is never changed: its correction is recorded beside it, "
    "shaded and marked as a correction.",
)
_WHEN = QT_TRANSLATE_NOOP("Report", "When")
_NUMBER = QT_TRANSLATE_NOOP("Report", "No.")
_STEP = QT_TRANSLATE_NOOP("Report", "Step")
_WHAT = QT_TRANSLATE_NOOP("Report", "What was recorded")
_BY = QT_TRANSLATE_NOOP("Report", "By")
_CORRECTION_OF = QT_TRANSLATE_NOOP("Report", "CORRECTION of no. {number}. Reason: {reason}")
_CORRECTED_BY = QT_TRANSLATE_NOOP("Report", "corrected by no. {numbers}")

_RELATED = QT_TRANSLATE_NOOP("Report", "Entries of the session about this case")
_RELATED_NOTE = QT_TRANSLATE_NOOP(
    "Report",
    "What was recorded in the session about these candidates or the whole group (irregularities, storingen, "
    "meldingen, remarks and corrections), as the proces-verbaal says it.",
)
_ABOUT = QT_TRANSLATE_NOOP("Report", "About")
_KIND = QT_TRANSLATE_NOOP("Report", "Event")
_CORRECTS = QT_TRANSLATE_NOOP("Report", "corrects no. {number}")
_NOTHING = QT_TRANSLATE_NOOP("Report", "None were recorded.")

_CHAIN_SECTION = QT_TRANSLATE_NOOP("Report", "Verification of the record")
_CHAIN = QT_TRANSLATE_NOOP("Report", "Event chain")
_CHAIN_HEAD = QT_TRANSLATE_NOOP("Report", "Chain head")
_CASE_EVENTS = QT_TRANSLATE_NOOP("Report", "Events of this case")
_LAST_CASE_EVENT = QT_TRANSLATE_NOOP("Report", "Last event of this case")
_LAST_EVENT_VALUE = QT_TRANSLATE_NOOP("Report", "no. {seq}, hash {hash}")


@dataclass(frozen=True)
class DossierCandidate:
    """A candidate of the case; ``masked_bsn`` is masked (R-BSN-6)."""

    candidate_id: int  # the id the case's facts use
    number: str
    name: str
    masked_bsn: str


@dataclass(frozen=True)
class DossierRecord:
    """One recorded step or correction of the case, with its place in the event chain."""

    event_id: int
    seq: int
    hash: str
    at: dt.datetime
    by: str
    step: Step
    facts: Facts
    corrects: int | None = None
    reason: str = ""


@dataclass(frozen=True)
class RelatedEntry:
    """An entry of the session about the case's candidates, in the proces-verbaal's words."""

    event_id: int
    at: dt.datetime
    subject: Text | str
    kind_label: Text | str
    parts: tuple[Message | str, ...]
    by: Message | Text | str
    corrects_id: int | None = None
    corrected_by: tuple[int, ...] = ()


@dataclass(frozen=True)
class CaseDossier:
    """Everything the dossier of one case shows, as it stood when it was made."""

    case_id: int
    session_id: str
    session_date: dt.date
    start_time: str
    room: str
    group_code: str
    group_name: str
    exam_code: str
    exam_title: str
    exam_kind: str
    candidates: tuple[DossierCandidate, ...]
    steps: Mapping[Step, Facts]  # the facts of every step done, as corrected
    records: tuple[DossierRecord, ...]  # oldest first
    current: Step
    next_step: Step | None
    closed: bool
    checklist: tuple[Message, ...]
    still_needed: tuple[Message, ...]
    related: tuple[RelatedEntry, ...]
    chain_summary: Message | Text | str
    chain_head: str | None
    names: Mapping[int, str] = field(default_factory=dict)  # candidate id -> "Name (number)"

    @property
    def opened(self) -> Opened:
        facts = self.steps[Step.OPENED]
        assert isinstance(facts, Opened)
        return facts


def render(dossier: CaseDossier, letterhead: Letterhead, tr: Translate) -> bytes:
    """The case dossier as an unsigned PDF."""
    from reportlab.platypus import CondPageBreak, KeepTogether, Spacer

    language = letterhead.language
    styles = Styles()
    width = content_width()
    story: list[Any] = [
        paragraph(tr(_TITLE), styles.title),
        paragraph(
            tr(
                message(
                    _SUBTITLE,
                    number=dossier.case_id,
                    exam=dossier.exam_code,
                    group=dossier.group_code,
                    date=date_text(dossier.session_date, language),
                )
            ),
            styles.subtitle,
        ),
        Spacer(1, 6),
        paragraph(tr(_CASE), styles.h2),
        facts_table(_case_rows(dossier, tr, language), styles, width),
        CondPageBreak(80),
        paragraph(tr(_CANDIDATES), styles.h2),
        _candidates_table(dossier, tr, styles, width, language),
        Spacer(1, 2),
        paragraph(tr(_CANDIDATES_NOTE), styles.small),
        CondPageBreak(120),
        paragraph(tr(_PROCEDURE), styles.h2),
        paragraph(tr(_PROCEDURE_NOTE), styles.small),
    ]
    for number, step in enumerate(STEPS[1:], start=1):
        story.append(KeepTogether(_step_block(dossier, step, number, tr, styles, width, language)))

    needed = [tr(m) for m in dossier.still_needed]
    story += [
        KeepTogether(
            [
                paragraph(tr(_NOW), styles.h2),
                *[paragraph(f"• {tr(m)}", styles.body) for m in dossier.checklist],
            ]
        ),
        KeepTogether(
            [
                paragraph(tr(_STILL_NEEDED), styles.h3),
                *(
                    [paragraph(f"• {line}", styles.body) for line in needed]
                    or [paragraph(tr(_NOTHING_NEEDED), styles.body)]
                ),
            ]
        ),
        CondPageBreak(90),
        paragraph(tr(_HISTORY), styles.h2),
        paragraph(tr(_HISTORY_NOTE), styles.small),
        Spacer(1, 3),
        _history_table(dossier, tr, styles, width, language),
        CondPageBreak(90),
        paragraph(tr(_RELATED), styles.h2),
        paragraph(tr(_RELATED_NOTE), styles.small),
        Spacer(1, 3),
        _related_table(dossier.related, tr, styles, width, language),
        CondPageBreak(110),
        paragraph(tr(_CHAIN_SECTION), styles.h2),
        facts_table(_chain_rows(dossier, tr), styles, width),
        Spacer(1, 14),
        paragraph(tr(SIGNED_NOTE), styles.small),
    ]
    title = f"{tr(_TITLE)} {dossier.case_id}"
    return build(story, title=title, subject=dossier.exam_code, letterhead=letterhead, tr=tr)


# --- the case and its candidates --------------------------------------------------------------------------


def _record_of(dossier: CaseDossier, step: Step) -> DossierRecord | None:
    """The record that first recorded ``step`` (not a correction of it)."""
    return next((r for r in dossier.records if r.step is step and r.corrects is None), None)


def _recorded(record: DossierRecord, tr: Translate, language: str) -> str:
    return tr(
        message(
            _RECORDED_VALUE,
            time=moment_text(record.at, language),
            person=record.by,
            number=record.event_id,
        )
    )


def _case_rows(dossier: CaseDossier, tr: Translate, language: str) -> list[tuple[str, str]]:
    opened = dossier.opened
    if opened.technical and opened.meldingsnummer:
        technical = tr(message(_TECHNICAL_NUMBER, number=opened.meldingsnummer))
    else:
        technical = yes_no(opened.technical, tr)
    origin = tr(ORIGIN_LABELS[Origin(opened.origin)])
    if opened.source_event is not None:
        origin = tr(message(_ORIGIN_ENTRY, origin=origin, number=opened.source_event))
    if dossier.next_step is None:
        current = tr(message(_CURRENT_CLOSED, step=STEP_LABELS[dossier.current]))
    else:
        current = tr(
            message(_CURRENT_OPEN, step=STEP_LABELS[dossier.current], next=STEP_LABELS[dossier.next_step])
        )
    rows = [
        (tr(_CASE_NUMBER), str(dossier.case_id)),
        (
            tr(_SESSION),
            tr(
                message(
                    _SESSION_VALUE,
                    date=date_text(dossier.session_date, language),
                    time=dossier.start_time,
                    room=dossier.room,
                )
            ),
        ),
        (
            tr(_EXAM),
            tr(
                message(
                    _EXAM_CASE_VALUE,
                    code=dossier.exam_code,
                    title=dossier.exam_title,
                    kind=dossier.exam_kind.upper(),
                )
            ),
        ),
        (tr(_GROUP), f"{dossier.group_code} · {dossier.group_name}"),
        (tr(_CATEGORY), tr(CATEGORY_LABELS[Category(opened.category)])),
        (tr(_TECHNICAL), technical),
        (tr(_ORIGIN), origin),
        (tr(_DESCRIPTION), opened.description),
    ]
    first = _record_of(dossier, Step.OPENED)
    if first is not None:
        rows.append((tr(_OPENED), _recorded(first, tr, language)))
    rows.append((tr(_CURRENT), current))
    return rows


def _candidates_table(
    dossier: CaseDossier, tr: Translate, styles: Styles, width: float, language: str
) -> Any:
    decision = dossier.steps.get(Step.DECISION_RECEIVED)
    resit = dossier.steps.get(Step.RESIT_PLANNED)
    rows = []
    for candidate in dossier.candidates:
        if isinstance(decision, DecisionReceived):
            invalid = yes_no(bool(decision.invalid.get(candidate.candidate_id)), tr)
        else:
            invalid = tr(_NOT_DECIDED)
        if isinstance(resit, ResitPlanned) and candidate.candidate_id in resit.candidates:
            second = tr(message(_RESIT_CELL, date=date_text(resit.on, language), variant=resit.variant))
        else:
            second = "–"
        rows.append((candidate.number, candidate.name, candidate.masked_bsn, invalid, second))
    if not rows:
        return paragraph(tr(NONE_GIVEN), styles.body)
    return grid_table(
        [tr(_NUMBER_COLUMN), tr(_NAME), tr(_BSN), tr(_DECLARED_INVALID), tr(_RESIT)],
        rows,
        styles,
        [width * 0.12, width * 0.28, width * 0.16, width * 0.2, width * 0.24],
    )


# --- the steps ------------------------------------------------------------------------------------------


def _step_block(
    dossier: CaseDossier,
    step: Step,
    number: int,
    tr: Translate,
    styles: Styles,
    width: float,
    language: str,
) -> list[Any]:
    facts = dossier.steps.get(step)
    if facts is not None:
        heading = _STEP_DONE
    elif step is dossier.next_step:
        heading = _STEP_NEXT
    else:
        heading = _STEP_TODO
    block: list[Any] = [paragraph(tr(message(heading, number=number, step=STEP_LABELS[step])), styles.h3)]
    if facts is None:
        not_needed = dossier.closed and step is Step.RESIT_PLANNED
        block.append(paragraph(tr(_NOT_NEEDED if not_needed else _NOT_DONE), styles.body))
        return block
    rows = _fact_rows(facts, dossier, tr, language)
    first = _record_of(dossier, step)
    if first is not None:
        rows.append((tr(_RECORDED), _recorded(first, tr, language)))
        for correction in (r for r in dossier.records if r.corrects == first.event_id):
            rows.append(
                (
                    tr(_CORRECTED),
                    tr(
                        message(
                            _CORRECTED_VALUE,
                            number=correction.event_id,
                            time=moment_text(correction.at, language),
                            person=correction.by,
                            reason=correction.reason,
                        )
                    ),
                )
            )
    block.append(facts_table(rows, styles, width))
    return block


def _fact_rows(facts: Facts, dossier: CaseDossier, tr: Translate, language: str) -> list[tuple[str, str]]:
    names = dossier.names
    if isinstance(facts, Reported):
        rows = [(tr(_DATE), date_text(facts.on, language)), (tr(_CHANNEL), tr(CHANNEL_LABELS[facts.channel]))]
        if facts.note:
            rows.append((tr(_NOTE), facts.note))
        return rows
    if isinstance(facts, Discussed):
        return [(tr(_DATE), date_text(facts.on, language)), (tr(_DECISION), facts.decision)]
    if isinstance(facts, FormCompleted):
        rows = [
            (tr(_DATE), date_text(facts.on, language)),
            (tr(_MELDINGSNUMMER), facts.meldingsnummer or tr(NONE_GIVEN)),
        ]
        if facts.note:
            rows.append((tr(_NOTE), facts.note))
        return rows
    if isinstance(facts, DecisionReceived):
        rows = [(tr(_LETTER_DATE), date_text(facts.on, language))]
        if facts.reference:
            rows.append((tr(_REFERENCE), facts.reference))
        for candidate in dossier.candidates:
            if candidate.candidate_id in facts.invalid:
                verdict = _INVALID if facts.invalid[candidate.candidate_id] else _VALID
                label = names.get(candidate.candidate_id, candidate.name)
                rows.append((tr(message(_INVALID_FOR, name=label)), tr(verdict)))
        return rows
    if isinstance(facts, ResitPlanned):
        return [
            # The session is named by its date and afnamegroep: its internal id means nothing to a reader.
            (tr(_DATE), date_text(facts.on, language)),
            (tr(_GROUP), facts.group),
            (tr(_VARIANT), facts.variant),
            (tr(_FOR), ", ".join(names.get(c, str(c)) for c in facts.candidates)),
        ]
    return []


# --- the history, the session's entries and the chain --------------------------------------------------


def _history_table(dossier: CaseDossier, tr: Translate, styles: Styles, width: float, language: str) -> Any:
    corrected_by: dict[int, list[int]] = {}
    for record in dossier.records:
        if record.corrects is not None:
            corrected_by.setdefault(record.corrects, []).append(record.event_id)
    rows = []
    highlight = []
    for index, record in enumerate(dossier.records):
        text = tr(describe(record.facts, dossier.names))
        if record.corrects is not None:
            text = f"{tr(message(_CORRECTION_OF, number=record.corrects, reason=record.reason))}. {text}"
            highlight.append(index)
        if record.event_id in corrected_by:
            numbers = ", ".join(str(n) for n in corrected_by[record.event_id])
            text += f" ({tr(message(_CORRECTED_BY, numbers=numbers))})"
        rows.append(
            (
                moment_text(record.at, language),
                str(record.event_id),
                tr(STEP_LABELS[record.step]),
                text,
                record.by,
            )
        )
    step = word_width([row[2] for row in rows], styles, width * 0.17)
    return grid_table(
        [tr(_WHEN), tr(_NUMBER), tr(_STEP), tr(_WHAT), tr(_BY)],
        rows,
        styles,
        [width * 0.14, width * 0.07, step, width * (0.63 - 0.16) - (step - width * 0.17), width * 0.16],
        highlight=highlight,
    )


def _related_table(
    entries: Sequence[RelatedEntry], tr: Translate, styles: Styles, width: float, language: str
) -> Any:
    if not entries:
        return paragraph(tr(_NOTHING), styles.body)
    rows = []
    for entry in entries:
        text = joined(tr(part) for part in entry.parts)
        notes = []
        if entry.corrects_id is not None:
            notes.append(tr(message(_CORRECTS, number=entry.corrects_id)))
        if entry.corrected_by:
            notes.append(tr(message(_CORRECTED_BY, numbers=", ".join(str(n) for n in entry.corrected_by))))
        if notes:
            text += f" ({'; '.join(notes)})"
        rows.append(
            (
                moment_text(entry.at, language, seconds=True),
                str(entry.event_id),
                tr(entry.subject),
                tr(entry.kind_label),
                text,
                tr(entry.by),
            )
        )
    about = word_width([row[2] for row in rows], styles, width * 0.15)
    kind = word_width([row[3] for row in rows], styles, width * 0.13)
    fixed = [width * 0.14, width * 0.06, about, kind]
    by = width * 0.14
    return grid_table(
        [tr(_WHEN), tr(_NUMBER), tr(_ABOUT), tr(_KIND), tr(_WHAT), tr(_BY)],
        rows,
        styles,
        [*fixed, width - sum(fixed) - by, by],
    )


def _chain_rows(dossier: CaseDossier, tr: Translate) -> list[tuple[str, str]]:
    rows = [
        (tr(_CHAIN), tr(dossier.chain_summary)),
        (tr(_CHAIN_HEAD), dossier.chain_head or "–"),
        (tr(_CASE_EVENTS), str(len(dossier.records))),
    ]
    last = max(dossier.records, key=lambda r: r.seq, default=None)
    if last is not None:
        rows.append((tr(_LAST_CASE_EVENT), tr(message(_LAST_EVENT_VALUE, seq=last.seq, hash=last.hash))))
    return rows
