"""The report of one inzage, as a PDF (R-INZ-4): who, which candidate, when, and which items were opened with
or without the key or marking scheme. It names items only: no question text, answer or key is printed."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from examdesk.core.text import QT_TRANSLATE_NOOP, Text, message
from examdesk.core.words import ID_DOCUMENT_LABELS, label_of
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

END_REASONS: dict[str, Text] = {
    "closed": QT_TRANSLATE_NOOP("Report", "closed by the examensecretaris"),
    "time_up": QT_TRANSLATE_NOOP("Report", "closed by the station when the time was up"),
    # R-INZ-7: the station stopped during it; the examensecretaris closed it afterwards.
    "interrupted": QT_TRANSLATE_NOOP("Report", "interrupted, closed afterwards by the examensecretaris"),
}

_TITLE = QT_TRANSLATE_NOOP("Report", "Report of an inzage")
_SUBTITLE = QT_TRANSLATE_NOOP("Report", "Inzage {number} · {exam} · {date}")
_INZAGE = QT_TRANSLATE_NOOP("Report", "Inzage")
_EXAM = QT_TRANSLATE_NOOP("Report", "Exam")
_EXAM_VALUE = QT_TRANSLATE_NOOP("Report", "{code} · {title} ({kind}), variant {variant}")
_GROUP = QT_TRANSLATE_NOOP("Report", "Afnamegroep")
_CANDIDATE = QT_TRANSLATE_NOOP("Report", "Candidate")
_CANDIDATE_VALUE = QT_TRANSLATE_NOOP("Report", "{name}, candidate {number}, BSN {bsn}")
_CONDUCTED_BY = QT_TRANSLATE_NOOP("Report", "Conducted by")
_STARTED = QT_TRANSLATE_NOOP("Report", "Start")
_ENDED = QT_TRANSLATE_NOOP("Report", "End")
_NOT_ENDED = QT_TRANSLATE_NOOP("Report", "not recorded (the inzage was not closed on this station)")
_ENDED_VALUE = QT_TRANSLATE_NOOP("Report", "{time}, {how}")
_DURATION = QT_TRANSLATE_NOOP("Report", "Duration")
_DURATION_VALUE = QT_TRANSLATE_NOOP("Report", "{minutes} min {seconds} s")
_TIME_LIMIT = QT_TRANSLATE_NOOP("Report", "Time limit")
_LIMIT_VALUE = QT_TRANSLATE_NOOP("Report", "{minutes} minutes, with a visible countdown")
_NO_LIMIT = QT_TRANSLATE_NOOP("Report", "none")
_WRONG_ONLY = QT_TRANSLATE_NOOP("Report", "Only wrongly answered items shown")
_SUPERVISOR = QT_TRANSLATE_NOOP("Report", "Supervisor present")
_ID_CHECK = QT_TRANSLATE_NOOP("Report", "ID check on the start screen")
_ID_MATCH = QT_TRANSLATE_NOOP("Report", "match ({document})")
_ID_NOT_REQUIRED = QT_TRANSLATE_NOOP("Report", "not required for this exam")
_PV_SHOWN = QT_TRANSLATE_NOOP("Report", "Proces-verbaal of the session shown")
_ITEMS = QT_TRANSLATE_NOOP("Report", "Items opened")
_ITEMS_NOTE = QT_TRANSLATE_NOOP(
    "Report",
    "Items are named by their number only: this report holds no question text, answer or key.",
)
_ITEM = QT_TRANSLATE_NOOP("Report", "Question (item)")
_PV_NO_SITTING = QT_TRANSLATE_NOOP(
    "Report", "not shown: the session in which this result was made is not known on this station"
)
_KEY_SHOWN = QT_TRANSLATE_NOOP("Report", "Key shown")
_SCHEME_SHOWN = QT_TRANSLATE_NOOP("Report", "Marking scheme shown")
_NO_ITEMS = QT_TRANSLATE_NOOP("Report", "No item was opened.")
_CHAIN = QT_TRANSLATE_NOOP("Report", "Last event of this inzage in the event chain")


@dataclass(frozen=True)
class OpenedItem:
    item: str
    key_shown: bool
    marking_scheme_shown: bool
    number: int | None = None  # R-INZ-9: the question number the candidate saw in their variant

    @property
    def label(self) -> str:
        """``3 (K14)``: the number the candidate saw, with the item id beside it (R-INZ-9)."""
        return self.item if self.number is None else f"{self.number} ({self.item})"


@dataclass(frozen=True)
class InzageReport:
    """One inzage's log entry (R-INZ-4). ``masked_bsn`` is masked (R-BSN-6)."""

    inzage_id: int
    exam_code: str
    exam_title: str
    exam_kind: str
    variant: str
    group_code: str
    candidate_number: str
    candidate_name: str
    masked_bsn: str
    conducted_by: str
    started_at: dt.datetime
    ended_at: dt.datetime | None
    end_reason: str | None
    time_limit_minutes: int | None
    wrong_only: bool
    supervisor_present: bool
    id_check: str | None
    id_document: str | None
    items: tuple[OpenedItem, ...]
    chain_head: str
    proces_verbaal_shown: bool = False
    sitting_known: bool = True  # R-PV-5: whether the result's own sitting is known on this station


def render(report: InzageReport, letterhead: Letterhead, tr: Translate) -> bytes:
    """The inzage report as an unsigned PDF."""
    from reportlab.platypus import Spacer

    language = letterhead.language
    styles = Styles()
    width = content_width()
    exam = tr(
        message(
            _EXAM_VALUE,
            code=report.exam_code,
            title=report.exam_title,
            kind=report.exam_kind.upper(),
            variant=report.variant or "–",
        )
    )
    if report.ended_at is None:
        ended = tr(_NOT_ENDED)
        duration = "–"
    else:
        how = tr(END_REASONS[report.end_reason]) if report.end_reason in END_REASONS else ""
        ended = moment_text(report.ended_at, language, seconds=True)
        ended = tr(message(_ENDED_VALUE, time=ended, how=how)) if how else ended
        seconds = max(0, int((report.ended_at - report.started_at).total_seconds()))
        duration = tr(message(_DURATION_VALUE, minutes=seconds // 60, seconds=seconds % 60))
    if report.id_check is None:
        id_check = tr(_ID_NOT_REQUIRED)
    else:
        document_name = tr(
            label_of(ID_DOCUMENT_LABELS, report.id_document) if report.id_document else NONE_GIVEN
        )
        id_check = (
            tr(message(_ID_MATCH, document=document_name)) if report.id_check == "match" else report.id_check
        )
    limit = (
        tr(message(_LIMIT_VALUE, minutes=report.time_limit_minutes))
        if report.time_limit_minutes
        else tr(_NO_LIMIT)
    )
    story = [
        paragraph(tr(_TITLE), styles.title),
        paragraph(
            tr(
                message(
                    _SUBTITLE,
                    number=report.inzage_id,
                    exam=report.exam_code,
                    date=date_text(report.started_at.date(), language),
                )
            ),
            styles.subtitle,
        ),
        Spacer(1, 8),
        paragraph(tr(_INZAGE), styles.h2),
        facts_table(
            [
                (tr(_EXAM), exam),
                (tr(_GROUP), report.group_code),
                (
                    tr(_CANDIDATE),
                    tr(
                        message(
                            _CANDIDATE_VALUE,
                            name=report.candidate_name,
                            number=report.candidate_number,
                            bsn=report.masked_bsn,
                        )
                    ),
                ),
                (tr(_CONDUCTED_BY), report.conducted_by),
                (tr(_STARTED), moment_text(report.started_at, language, seconds=True)),
                (tr(_ENDED), ended),
                (tr(_DURATION), duration),
                (tr(_TIME_LIMIT), limit),
                (tr(_WRONG_ONLY), yes_no(report.wrong_only, tr)),
                (tr(_SUPERVISOR), yes_no(report.supervisor_present, tr)),
                (tr(_ID_CHECK), id_check),
                (
                    tr(_PV_SHOWN),
                    yes_no(report.proces_verbaal_shown, tr) if report.sitting_known else tr(_PV_NO_SITTING),
                ),
                (tr(_CHAIN), report.chain_head),
            ],
            styles,
            width,
        ),
        paragraph(tr(_ITEMS), styles.h2),
        paragraph(tr(_ITEMS_NOTE), styles.small),
        Spacer(1, 3),
    ]
    if report.items:
        story.append(
            grid_table(
                [tr(_ITEM), tr(_KEY_SHOWN), tr(_SCHEME_SHOWN)],
                [
                    (item.label, yes_no(item.key_shown, tr), yes_no(item.marking_scheme_shown, tr))
                    for item in report.items
                ],
                styles,
                [width * 0.3, width * 0.35, width * 0.35],
            )
        )
    else:
        story.append(paragraph(tr(_NO_ITEMS), styles.body))
    story += [Spacer(1, 14), paragraph(tr(SIGNED_NOTE), styles.small)]
    title = f"{tr(_TITLE)} {report.inzage_id}"
    return build(story, title=title, subject=report.exam_code, letterhead=letterhead, tr=tr)
