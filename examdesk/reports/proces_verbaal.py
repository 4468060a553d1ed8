"""The proces-verbaal of a session as a PDF (R-PV-1, R-PV-3, R-PV-4).

It renders the proces-verbaal the station already derived (``core.proces_verbaal.ProcesVerbaal``:
header, candidate records with their timelines, every event as a sentence, the chain check) and computes
nothing of its own: this module only lays it out. The words in it are translatable values; ``tr`` says them
in the report's language. Only the masked BSN is ever printed (R-BSN-6).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from typing import Any

from examdesk.core.proces_verbaal import (
    CandidateRecord,
    Entry,
    Person,
    ProcesVerbaal,
    fact_text,
    header_facts,
)
from examdesk.core.text import QT_TRANSLATE_NOOP, Message, Text, message
from examdesk.core.timeline import SegmentKind, Timeline, ZoneKind
from examdesk.core.words import SessionState
from examdesk.reports.document import (
    FONT,
    FONT_BOLD,
    INK,
    MUTED,
    NONE_GIVEN,
    RULE,
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
    local,
    moment_text,
    paragraph,
    time_text,
    word_width,
)

_TITLE = QT_TRANSLATE_NOOP("Report", "Proces-verbaal")
_SUBTITLE = QT_TRANSLATE_NOOP("Report", "{exam} · {group} · {date}")
_SESSION = QT_TRANSLATE_NOOP("Report", "Session")
_CLOSED = QT_TRANSLATE_NOOP("Report", "Closed")
_CLOSED_VALUE = QT_TRANSLATE_NOOP("Report", "{time} by {person}")
_NOT_YET = QT_TRANSLATE_NOOP("Report", "not yet")
_SIGNED_OFF = QT_TRANSLATE_NOOP("Report", "Signed off by")
_RUNNING_NOTE = QT_TRANSLATE_NOOP(
    "Report",
    "The session was still running when this proces-verbaal was made: it shows the record up to then.",
)
_TITLE_PROVISIONAL = QT_TRANSLATE_NOOP("Report", "Proces-verbaal (PROVISIONAL)")
_PAGE_MARK = QT_TRANSLATE_NOOP("Report", "PROVISIONAL: the session was still running")

_CANDIDATES = QT_TRANSLATE_NOOP("Report", "Candidates")
_CANDIDATE_HEADING = QT_TRANSLATE_NOOP("Report", "{number} {name} · {state}")
_BSN_CHECK = QT_TRANSLATE_NOOP("Report", "BSN check")
_BSN_MATCH = QT_TRANSLATE_NOOP("Report", "BSN {bsn}: matched the {document} at {time} ({person})")
_BSN_MISMATCH = QT_TRANSLATE_NOOP("Report", "BSN {bsn}: did NOT match the {document} at {time} ({person})")
_BSN_NONE = QT_TRANSLATE_NOOP("Report", "BSN {bsn}: no check recorded")
_ROSTER_CORRECTED = QT_TRANSLATE_NOOP("Report", "the roster was corrected by the examensecretaris")
_VARIANT = QT_TRANSLATE_NOOP("Report", "Variant")
_START = QT_TRANSLATE_NOOP("Report", "Start")
_TIMES = QT_TRANSLATE_NOOP("Report", "Start · deadline · end")
_TIMES_VALUE = QT_TRANSLATE_NOOP("Report", "{start} · {deadline} · {end}")
_LATE = QT_TRANSLATE_NOOP("Report", "{time}, late arrival: {minutes} min after the planned start")
_EXTENSION = QT_TRANSLATE_NOOP("Report", "Extension")
_EXTENSION_VALUE = QT_TRANSLATE_NOOP(
    "Report", "{granted} min granted, on the clock from the start; {used} min of it used"
)
_BASIS = QT_TRANSLATE_NOOP("Report", "basis: {basis}")
_OVERRIDE = QT_TRANSLATE_NOOP("Report", "MORE TIME THAN GRANTED, by the examensecretaris because: {reason}")
_PAUSES = QT_TRANSLATE_NOOP("Report", "Pauses")
_PAUSE_VALUE = QT_TRANSLATE_NOOP("Report", "{start}–{end} ({minutes})")
_PAUSE_ONGOING = QT_TRANSLATE_NOOP("Report", "{start}– (still going on)")
_PAUSE_TOTAL = QT_TRANSLATE_NOOP("Report", "total {minutes}")
_STORINGEN = QT_TRANSLATE_NOOP("Report", "Storingen")
_STORING_VALUE = QT_TRANSLATE_NOOP("Report", "{start}–{end}")
_STORING_QUESTION = QT_TRANSLATE_NOOP("Report", "question {question}")
_STORING_PCS = QT_TRANSLATE_NOOP("Report", "computer {old} → {new}")
_STORING_NUMBERS = QT_TRANSLATE_NOOP("Report", "meldingsnummer {numbers}")
_STORING_COMPENSATION = QT_TRANSLATE_NOOP("Report", "compensation {minutes}")
_COMPENSATION = QT_TRANSLATE_NOOP("Report", "Compensation")
_LEFT_EARLY = QT_TRANSLATE_NOOP("Report", "Left early")
_ILL = QT_TRANSLATE_NOOP("Report", "{reason} (ill)")
_ABSENT = QT_TRANSLATE_NOOP("Report", "Absent: the candidate did not start.")
_DURATION = QT_TRANSLATE_NOOP("Report", "{minutes} min")
_DURATION_SECONDS = QT_TRANSLATE_NOOP("Report", "{minutes} min {seconds} s")

_MELDINGEN = QT_TRANSLATE_NOOP("Report", "Meldingen and irregularities")
_REMARKS = QT_TRANSLATE_NOOP("Report", "Remarks and corrections")
_ADDENDA = QT_TRANSLATE_NOOP("Report", "Addenda")
_ADDENDA_NOTE = QT_TRANSLATE_NOOP(
    "Report", "Added by the examensecretaris after the session was closed; marked as addenda."
)
_LOG = QT_TRANSLATE_NOOP("Report", "The event log in time order")
_LOG_NOTE = QT_TRANSLATE_NOOP(
    "Report",
    "Every event of this session as recorded, with the station's clock (Amsterdam time). A correction never "
    "replaces an event; both are shown. Addenda are shaded.",
)
_NOTHING = QT_TRANSLATE_NOOP("Report", "None were recorded.")
_TIME = QT_TRANSLATE_NOOP("Report", "Time")
_NUMBER = QT_TRANSLATE_NOOP("Report", "No.")
_ABOUT = QT_TRANSLATE_NOOP("Report", "About")
_KIND = QT_TRANSLATE_NOOP("Report", "Event")
_WHAT = QT_TRANSLATE_NOOP("Report", "What was recorded")
_BY = QT_TRANSLATE_NOOP("Report", "By")
_CORRECTED_BY = QT_TRANSLATE_NOOP("Report", "corrected by no. {numbers}")
_CORRECTS = QT_TRANSLATE_NOOP("Report", "corrects no. {number}")
_VOIDED = QT_TRANSLATE_NOOP("Report", "no longer counts for the clock")

_CLOSING = QT_TRANSLATE_NOOP("Report", "Closing and event chain")
_CHAIN = QT_TRANSLATE_NOOP("Report", "Event chain")
_CHAIN_HEAD = QT_TRANSLATE_NOOP("Report", "Chain head")
_SESSION_EVENTS = QT_TRANSLATE_NOOP("Report", "Events of this session")
_LAST_EVENT = QT_TRANSLATE_NOOP("Report", "Last event of this session")
_LAST_EVENT_VALUE = QT_TRANSLATE_NOOP("Report", "no. {seq}, hash {hash}")

_LEGEND = QT_TRANSLATE_NOOP("Report", "Timeline")
_LEGEND_WORKING = QT_TRANSLATE_NOOP("Report", "working")
_LEGEND_PAUSE = QT_TRANSLATE_NOOP("Report", "pause (clock stopped)")
_LEGEND_STORING = QT_TRANSLATE_NOOP("Report", "storing (clock runs)")
_LEGEND_LATE = QT_TRANSLATE_NOOP("Report", "late start")
_LEGEND_EXTENSION = QT_TRANSLATE_NOOP("Report", "extension")
_LEGEND_COMPENSATION = QT_TRANSLATE_NOOP("Report", "compensation")
_LEGEND_REMAINING = QT_TRANSLATE_NOOP("Report", "time left")
_LEGEND_END = QT_TRANSLATE_NOOP("Report", "end")

WORKING = "#3d6ea8"
PAUSE = "#ffffff"
STORING = "#c0392b"
LATE = "#9aa3ab"
EXTENSION = "#2e8b57"
COMPENSATION = "#8e44ad"
REMAINING = "#d6dde5"


def _person(person: Person | None, tr: Translate) -> str:
    """A person of the proces-verbaal: the station or the command line in words, else the full name."""
    return tr(person.words) if person is not None else ""


def _minutes(duration: dt.timedelta, tr: Translate) -> str:
    seconds = max(0, int(duration.total_seconds()))
    if seconds % 60:
        return tr(message(_DURATION_SECONDS, minutes=seconds // 60, seconds=seconds % 60))
    return tr(message(_DURATION, minutes=seconds // 60))


def _text(parts: Iterable[Message | Text | str], tr: Translate) -> str:
    return joined(tr(part) for part in parts)


def _in_time_order(entries: Sequence[Entry]) -> list[Entry]:
    """Entries of two lists (meldingen and irregularities, remarks and corrections) in the log's order."""
    return sorted(entries, key=lambda entry: (entry.local_at, entry.event_id))


def render(pv: ProcesVerbaal, letterhead: Letterhead, tr: Translate) -> bytes:
    """The proces-verbaal as an unsigned PDF."""
    from reportlab.platypus import CondPageBreak, KeepTogether, Spacer

    language = letterhead.language
    styles = Styles()
    width = content_width()
    header = pv.header
    # R-PV-6: only a closed session's proces-verbaal is final; any other says so in its title and on every page.
    provisional = header.state is not SessionState.CLOSED
    heading = tr(_TITLE_PROVISIONAL if provisional else _TITLE)
    story: list[Any] = [
        paragraph(heading, styles.title),
        paragraph(
            tr(
                message(
                    _SUBTITLE,
                    exam=header.exam_code,
                    group=header.group_code,
                    date=date_text(header.date, language),
                )
            ),
            styles.subtitle,
        ),
        Spacer(1, 6),
        paragraph(tr(_SESSION), styles.h2),
        facts_table(_header_rows(pv, tr, language), styles, width),
    ]
    if provisional:
        story += [Spacer(1, 4), paragraph(tr(_RUNNING_NOTE), styles.small)]

    scale = _Scale(pv.candidates, header.planned_start)
    story += [CondPageBreak(120), paragraph(tr(_CANDIDATES), styles.h2), _legend(tr, width)]
    for candidate in pv.candidates:
        block = [
            paragraph(
                tr(
                    message(
                        _CANDIDATE_HEADING,
                        number=candidate.number,
                        name=candidate.name,
                        state=tr(candidate.state_label),
                    )
                ),
                styles.h3,
            ),
            facts_table(_candidate_rows(candidate, tr, language), styles, width, label_share=0.2),
            Spacer(1, 3),
            _timeline_drawing(candidate.timeline, scale, width, tr),
        ]
        story.append(KeepTogether(block))

    story += [CondPageBreak(90), paragraph(tr(_MELDINGEN), styles.h2)]
    story.append(_log_table(_in_time_order([*pv.meldingen, *pv.irregularities]), tr, styles, width))
    story += [paragraph(tr(_REMARKS), styles.h2)]
    story.append(_log_table(_in_time_order([*pv.remarks, *pv.corrections]), tr, styles, width))
    story += [paragraph(tr(_ADDENDA), styles.h2), paragraph(tr(_ADDENDA_NOTE), styles.small), Spacer(1, 3)]
    story.append(_log_table(pv.addenda, tr, styles, width))

    story += [
        CondPageBreak(90),
        paragraph(tr(_LOG), styles.h2),
        paragraph(tr(_LOG_NOTE), styles.small),
        Spacer(1, 3),
        _log_table(pv.entries, tr, styles, width),
        CondPageBreak(140),
        paragraph(tr(_CLOSING), styles.h2),
        facts_table(_closing_rows(pv, tr, language), styles, width),
        Spacer(1, 14),
        paragraph(tr(SIGNED_NOTE), styles.small),
    ]
    title = f"{heading} {header.exam_code} {header.group_code} {date_text(header.date, language)}"
    mark = tr(_PAGE_MARK) if provisional else ""
    return build(story, title=title, subject=header.exam_title, letterhead=letterhead, tr=tr, page_mark=mark)


# --- the header and the closing -----------------------------------------------------------------------------


def _header_rows(pv: ProcesVerbaal, tr: Translate, language: str) -> list[tuple[str, str]]:
    """The head as the screen shows it too (``core.proces_verbaal.header_facts``)."""

    def day(date: dt.date) -> str:
        return date_text(date, language)

    return [(tr(fact.label), fact_text(fact.value, tr, day)) for fact in header_facts(pv.header)]


def _closing_rows(pv: ProcesVerbaal, tr: Translate, language: str) -> list[tuple[str, str]]:
    header, chain = pv.header, pv.chain
    if header.closed_at is not None:
        closed = tr(
            message(
                _CLOSED_VALUE,
                time=moment_text(header.closed_at, language, seconds=True),
                person=_person(header.closed_by, tr),
            )
        )
    else:
        closed = tr(_NOT_YET)
    rows = [
        (tr(_CLOSED), closed),
        (tr(_SIGNED_OFF), ", ".join(_person(p, tr) for p in header.signed_off_by) or tr(NONE_GIVEN)),
        (tr(_CHAIN), tr(chain.summary)),
        (tr(_CHAIN_HEAD), chain.head_hash or "–"),
        (tr(_SESSION_EVENTS), str(chain.session_events)),
    ]
    if chain.last_seq is not None:
        rows.append(
            (tr(_LAST_EVENT), tr(message(_LAST_EVENT_VALUE, seq=chain.last_seq, hash=chain.last_hash)))
        )
    return rows


# --- one candidate --------------------------------------------------------------------------------------------


def _candidate_rows(candidate: CandidateRecord, tr: Translate, language: str) -> list[tuple[str, str]]:
    check = candidate.bsn_check
    if check is None:
        bsn = tr(message(_BSN_NONE, bsn=candidate.masked_bsn))
    else:
        bsn = tr(
            message(
                _BSN_MATCH if check.matched else _BSN_MISMATCH,
                bsn=candidate.masked_bsn,
                document=tr(check.document),
                time=time_text(check.at),
                person=_person(check.by, tr),
            )
        )
        if check.note:
            bsn += f" – {check.note}"
    if candidate.roster_corrected:
        bsn += f"; {tr(_ROSTER_CORRECTED)}"
    rows = [(tr(_BSN_CHECK), bsn)]
    if candidate.variant:
        rows.append((tr(_VARIANT), candidate.variant))
    if candidate.absent:
        rows.append((tr(_START), tr(_ABSENT)))
        return rows
    if candidate.started_at is not None and candidate.late_arrival:
        start = tr(
            message(
                _LATE,
                time=time_text(candidate.started_at),
                minutes=int(candidate.late_by.total_seconds()) // 60,
            )
        )
    else:
        start = time_text(candidate.started_at)
    end = time_text(candidate.ended_at)
    if candidate.ended_at is not None:
        end += f" ({tr(candidate.state_label)})"
    rows.append(
        (tr(_TIMES), tr(message(_TIMES_VALUE, start=start, deadline=time_text(candidate.deadline), end=end)))
    )
    if candidate.extension > dt.timedelta(0) or candidate.granted_extension:
        extension = tr(  # R-TIME-4: the grant and how much of it was used (004 §8.4)
            message(
                _EXTENSION_VALUE,
                used=int(candidate.grant_used.total_seconds()) // 60,
                granted=candidate.granted_extension,
            )
        )
        if candidate.extension_basis:
            extension += "; " + tr(message(_BASIS, basis=", ".join(tr(b) for b in candidate.extension_basis)))
        for reason in candidate.extension_overrides:
            extension += "; " + tr(message(_OVERRIDE, reason=reason))
        rows.append((tr(_EXTENSION), extension))
    pauses = [
        tr(message(_PAUSE_ONGOING, start=time_text(p.start)))
        if p.ongoing
        else tr(
            message(
                _PAUSE_VALUE, start=time_text(p.start), end=time_text(p.end), minutes=_minutes(p.duration, tr)
            )
        )
        for p in candidate.pauses
    ]
    if pauses:
        pauses.append(tr(message(_PAUSE_TOTAL, minutes=_minutes(candidate.total_pause, tr))))
    rows.append((tr(_PAUSES), "; ".join(pauses) or tr(NONE_GIVEN)))
    storingen = []
    for storing in candidate.storingen:
        parts = [tr(message(_STORING_VALUE, start=time_text(storing.start), end=time_text(storing.end)))]
        if storing.question:
            parts.append(tr(message(_STORING_QUESTION, question=storing.question)))
        if storing.pc_old or storing.pc_new:
            parts.append(tr(message(_STORING_PCS, old=storing.pc_old or "–", new=storing.pc_new or "–")))
        if storing.meldingsnummers:
            parts.append(tr(message(_STORING_NUMBERS, numbers=", ".join(storing.meldingsnummers))))
        parts.append(tr(message(_STORING_COMPENSATION, minutes=_minutes(storing.compensation, tr))))
        storingen.append(", ".join(parts))
    rows.append((tr(_STORINGEN), "; ".join(storingen) or tr(NONE_GIVEN)))
    if candidate.compensation > dt.timedelta(0):
        rows.append((tr(_COMPENSATION), _minutes(candidate.compensation, tr)))
    if candidate.left_early_reason is not None:
        reason = candidate.left_early_reason
        rows.append(
            (tr(_LEFT_EARLY), tr(message(_ILL, reason=reason)) if candidate.left_early_ill else reason)
        )
    return rows


class _Scale:
    """One time axis for every candidate's timeline, so that the lanes can be compared by eye."""

    def __init__(self, candidates: Sequence[CandidateRecord], planned_start: dt.datetime) -> None:
        moments = [planned_start]
        for candidate in candidates:
            timeline = candidate.timeline
            moments += [timeline.earliest, timeline.latest]
        self.first = min(moments)
        self.last = max(max(moments), self.first + dt.timedelta(minutes=30))
        self.span = (self.last - self.first).total_seconds()

    def x(self, moment: dt.datetime, left: float, width: float) -> float:
        share = (moment - self.first).total_seconds() / self.span
        return left + max(0.0, min(1.0, share)) * width

    def hours(self) -> list[dt.datetime]:
        """Whole (Amsterdam) hours and half hours within the axis, for the tick marks."""
        step = dt.timedelta(minutes=30 if self.span <= 4 * 3600 else 60)
        start = local(self.first).replace(minute=0, second=0, microsecond=0)
        ticks = []
        moment = start
        while moment <= local(self.last):
            if moment >= local(self.first):
                ticks.append(moment)
            moment += step
        return ticks


_LANE_HEIGHT = 9.0


def _timeline_drawing(timeline: Timeline, scale: _Scale, width: float, tr: Translate) -> Any:
    """One candidate's timeline: segments in the lane, zones as bars below it, the end as a mark."""
    from reportlab.graphics.shapes import Drawing, Line, Rect, String
    from reportlab.lib.colors import HexColor

    height = 34.0
    drawing = Drawing(width, height, initialFontName=FONT)
    left, lane_width = 2.0, width - 4.0
    lane_y = 16.0
    drawing.add(Rect(left, lane_y, lane_width, _LANE_HEIGHT, fillColor=HexColor("#f4f6f8"), strokeColor=None))
    for tick in scale.hours():
        x = scale.x(tick, left, lane_width)
        drawing.add(
            Line(x, lane_y - 9, x, lane_y + _LANE_HEIGHT + 2, strokeColor=HexColor(RULE), strokeWidth=0.4)
        )
        drawing.add(
            String(
                x + 1.5,
                0.5,
                tick.strftime("%H:%M"),
                fontName=FONT,
                fontSize=6,
                fillColor=HexColor(MUTED),
            )
        )
    for segment in timeline.segments:
        x0, x1 = scale.x(segment.start, left, lane_width), scale.x(segment.end, left, lane_width)
        if segment.kind is SegmentKind.PAUSE:
            drawing.add(
                Rect(
                    x0,
                    lane_y,
                    max(x1 - x0, 0.8),
                    _LANE_HEIGHT,
                    fillColor=HexColor(PAUSE),
                    strokeColor=HexColor(WORKING),
                    strokeWidth=0.8,
                )
            )
        else:
            colour = STORING if segment.kind is SegmentKind.STORING else WORKING
            drawing.add(
                Rect(
                    x0, lane_y, max(x1 - x0, 0.5), _LANE_HEIGHT, fillColor=HexColor(colour), strokeColor=None
                )
            )
    zone_colours = {
        ZoneKind.LATE_START: LATE,
        ZoneKind.EXTENSION: EXTENSION,
        ZoneKind.COMPENSATION: COMPENSATION,
        ZoneKind.REMAINING: REMAINING,
    }
    for zone in timeline.zones:
        x0, x1 = scale.x(zone.start, left, lane_width), scale.x(zone.end, left, lane_width)
        colour = zone_colours.get(zone.kind, REMAINING)
        drawing.add(
            Rect(x0, lane_y - 5, max(x1 - x0, 0.8), 3.2, fillColor=HexColor(colour), strokeColor=None)
        )
    marker = timeline.end_marker
    if marker is not None and marker.at is not None:
        x = scale.x(marker.at, left, lane_width)
        drawing.add(
            Line(x, lane_y - 2, x, lane_y + _LANE_HEIGHT + 5, strokeColor=HexColor(INK), strokeWidth=1.4)
        )
    return drawing


def _legend(tr: Translate, width: float) -> Any:
    from reportlab.graphics.shapes import Drawing, Line, Rect, String
    from reportlab.lib.colors import HexColor

    drawing = Drawing(width, 24, initialFontName=FONT)
    items: list[tuple[str, str, str]] = [
        ("lane", WORKING, tr(_LEGEND_WORKING)),
        ("pause", PAUSE, tr(_LEGEND_PAUSE)),
        ("lane", STORING, tr(_LEGEND_STORING)),
        ("zone", LATE, tr(_LEGEND_LATE)),
        ("zone", EXTENSION, tr(_LEGEND_EXTENSION)),
        ("zone", COMPENSATION, tr(_LEGEND_COMPENSATION)),
        ("zone", REMAINING, tr(_LEGEND_REMAINING)),
        ("end", INK, tr(_LEGEND_END)),
    ]
    x, y = 0.0, 12.0
    drawing.add(
        String(0, y + 1, tr(_LEGEND) + ":", fontName=FONT_BOLD, fontSize=7.5, fillColor=HexColor(INK))
    )
    x = 50.0
    from reportlab.pdfbase.pdfmetrics import stringWidth

    for kind, colour, label in items:
        advance = 14 + stringWidth(label, FONT, 7.5) + 10
        if x + advance > width:
            x, y = 50.0, 1.0
        if kind == "lane":
            drawing.add(Rect(x, y, 11, 7, fillColor=HexColor(colour), strokeColor=None))
        elif kind == "pause":
            drawing.add(
                Rect(x, y, 11, 7, fillColor=HexColor(colour), strokeColor=HexColor(WORKING), strokeWidth=0.8)
            )
        elif kind == "zone":
            drawing.add(Rect(x, y + 2, 11, 3.2, fillColor=HexColor(colour), strokeColor=None))
        else:
            drawing.add(Line(x + 5, y - 1, x + 5, y + 9, strokeColor=HexColor(colour), strokeWidth=1.4))
        drawing.add(String(x + 14, y + 1, label, fontName=FONT, fontSize=7.5, fillColor=HexColor(INK)))
        x += advance
    return drawing


# --- the events ------------------------------------------------------------------------------------------------


def _entry_text(entry: Entry, tr: Translate) -> str:
    text = _text(entry.parts, tr)
    notes = []
    if entry.corrects_id is not None:
        notes.append(tr(message(_CORRECTS, number=entry.corrects_id)))
    if entry.corrected_by:
        notes.append(tr(message(_CORRECTED_BY, numbers=", ".join(str(n) for n in entry.corrected_by))))
    if entry.voided:
        notes.append(tr(_VOIDED))
    return text + (f" ({'; '.join(notes)})" if notes else "")


def _log_table(entries: Sequence[Entry], tr: Translate, styles: Styles, width: float) -> Any:
    if not entries:
        return paragraph(tr(_NOTHING), styles.body)
    rows = [
        (
            entry.local_at.strftime("%H:%M:%S"),
            str(entry.event_id),
            tr(entry.subject),
            tr(entry.kind_label),
            _entry_text(entry, tr),
            _person(entry.actor, tr),
        )
        for entry in entries
    ]
    highlight = [i for i, entry in enumerate(entries) if entry.is_addendum]
    about = word_width([row[2] for row in rows], styles, width * 0.16)
    kind = word_width([row[3] for row in rows], styles, width * 0.14)
    fixed = [width * 0.09, width * 0.07, about, kind]
    by = width * 0.16
    return grid_table(
        [tr(_TIME), tr(_NUMBER), tr(_ABOUT), tr(_KIND), tr(_WHAT), tr(_BY)],
        rows,
        styles,
        [*fixed, width - sum(fixed) - by, by],
        highlight=highlight,
    )
