"""What every examdesk report shares: A4 pages, styles, the footer, dates and times as people read them.

Reports render data classes handed to them and import nothing but ``core`` and reportlab; the words come
through ``tr``, a function that renders a marked text or message in the report's language (the services
pass ``examdesk.i18n.render`` bound to it).
"""

from __future__ import annotations

import datetime as dt
import io
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Any
from xml.sax.saxutils import escape

from examdesk import i18n
from examdesk.core.localtime import AMSTERDAM
from examdesk.core.text import QT_TRANSLATE_NOOP, Message, Text, message

Translate = Callable[[Message | Text | str], str]

"""Exam times are Amsterdam's, whatever the computer's own time zone (R-INZ-5)."""

_PAGE = QT_TRANSLATE_NOOP("Report", "page {page} of {pages}")
_GENERATED = QT_TRANSLATE_NOOP("Report", "Made {date} at {time}")
_YES = QT_TRANSLATE_NOOP("Report", "yes")
_NO = QT_TRANSLATE_NOOP("Report", "no")
NONE_GIVEN = QT_TRANSLATE_NOOP("Report", "none")
SIGNED_NOTE = QT_TRANSLATE_NOOP(
    "Report",
    "This document carries the digital signature of the station. Any change after signing is detected by "
    "every PDF signature verifier (examdesk verify, Adobe Reader, pdfsig).",
)

INK = "#1d2327"
MUTED = "#5b646b"
RULE = "#c3c8cc"
HEADER_FILL = "#e9edf0"
ADDENDUM_FILL = "#fff4d6"
MARK = "#b03a2e"
MARGIN_MM = 18.0

FONT = "ExamdeskSans"
FONT_BOLD = "ExamdeskSans-Bold"
_FONT_FILES = {FONT: "DejaVuSansCondensed.ttf", FONT_BOLD: "DejaVuSansCondensed-Bold.ttf"}
_WIDTHS_KEPT = 50_000  # words whose width a font remembers (see register_fonts)


@dataclass(frozen=True)
class Letterhead:
    """Who made a report, where and when: the footer of every page."""

    school: str
    station: str
    generated_at: dt.datetime
    language: str


def date_text(day: dt.date, language: str) -> str:
    """``20-05-2026`` in Dutch, ``20 May 2026`` in English (as the screens write dates)."""
    return i18n.day_text(day, language)


def local(moment: dt.datetime) -> dt.datetime:
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=dt.UTC)
    return moment.astimezone(AMSTERDAM)


def time_text(moment: dt.datetime | None, *, seconds: bool = False) -> str:
    """Amsterdam's wall clock at ``moment``: ``09:42`` (or ``09:42:05``); a dash for no moment."""
    if moment is None:
        return "–"
    return local(moment).strftime("%H:%M:%S" if seconds else "%H:%M")


def moment_text(moment: dt.datetime | None, language: str, *, seconds: bool = False) -> str:
    """Date and Amsterdam time: ``20-05-2026 09:42``."""
    if moment is None:
        return "–"
    return f"{date_text(local(moment).date(), language)} {time_text(moment, seconds=seconds)}"


def yes_no(value: bool, tr: Translate) -> str:
    return tr(_YES if value else _NO)


def escaped(text: str) -> str:
    """Escape free text for a paragraph: the words people typed must never become markup."""
    return escape(text).replace("\n", "<br/>")


def register_fonts() -> None:
    """R-SIG-3: the Unicode font shipped with examdesk (DejaVu Sans Condensed, regular and bold), embedded in every
    report. The PDF standard fonts know WinAnsi only: "Yıldız", "Łukasz" and "Nguyễn" would print boxes."""
    from reportlab.lib.fonts import addMapping
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    from examdesk.resources import FONTS

    registered = pdfmetrics.getRegisteredFontNames()
    if FONT in registered and FONT_BOLD in registered:
        return

    class MeasuredFont(TTFont):  # type: ignore[misc]
        """The font, remembering the width of every word it measured: laying out a report measures the same
        words again and again (each wrap of a paragraph, each split of a table across pages), and reportlab
        sums a word's glyph widths in Python each time. The width of a text at a size never changes."""

        def __init__(self, name: str, file: str) -> None:
            super().__init__(name, file)
            self._widths: dict[tuple[str | bytes, float, str], float] = {}

        def stringWidth(self, text: str | bytes, size: float, encoding: str = "utf8") -> float:  # noqa: N802
            key = (text, size, encoding)
            width = self._widths.get(key)
            if width is None:
                if len(self._widths) >= _WIDTHS_KEPT:  # a bound, for a program that runs all day
                    self._widths.clear()
                width = self._widths[key] = super().stringWidth(text, size, encoding)
            return width

    for name, file in _FONT_FILES.items():
        pdfmetrics.registerFont(MeasuredFont(name, str(FONTS / file)))
    # <b> inside a paragraph picks the bold face of the same family.
    addMapping(FONT, 0, 0, FONT)
    addMapping(FONT, 1, 0, FONT_BOLD)
    addMapping(FONT, 0, 1, FONT)
    addMapping(FONT, 1, 1, FONT_BOLD)


class Styles:
    """The paragraph styles of every report, in the embedded Unicode font (R-SIG-3)."""

    def __init__(self) -> None:
        from reportlab.lib.colors import HexColor
        from reportlab.lib.styles import ParagraphStyle

        register_fonts()

        ink, muted = HexColor(INK), HexColor(MUTED)
        self.body = ParagraphStyle("body", fontName=FONT, fontSize=9.5, leading=12.5, textColor=ink)
        self.small = ParagraphStyle("small", parent=self.body, fontSize=8, leading=10, textColor=muted)
        self.cell = ParagraphStyle("cell", parent=self.body, fontSize=8.5, leading=10.5)
        self.cell_bold = ParagraphStyle("cellBold", parent=self.cell, fontName=FONT_BOLD)
        self.title = ParagraphStyle(
            "title", parent=self.body, fontName=FONT_BOLD, fontSize=17, leading=21, spaceAfter=2
        )
        self.subtitle = ParagraphStyle(
            "subtitle", parent=self.body, fontSize=10.5, leading=14, textColor=muted
        )
        self.h2 = ParagraphStyle(
            "h2",
            parent=self.body,
            fontName=FONT_BOLD,
            fontSize=12,
            leading=15,
            spaceBefore=10,
            spaceAfter=4,
        )
        self.h3 = ParagraphStyle(
            "h3",
            parent=self.body,
            fontName=FONT_BOLD,
            fontSize=10.5,
            leading=13,
            spaceBefore=8,
            spaceAfter=3,
        )
        self.label = ParagraphStyle("label", parent=self.cell, textColor=muted)


def joined(parts: Iterable[str]) -> str:
    """Parts of a sentence joined by semicolons; a part's own closing full stop is dropped before the next
    ("werkte de vraag; DUO", never "werkte de vraag.; DUO")."""
    texts = [part.strip() for part in parts if part.strip()]
    cleaned = [t[:-1] if t.endswith(".") and not t.endswith("..") else t for t in texts[:-1]]
    return "; ".join([*cleaned, *texts[-1:]])


def paragraph(text: str, style: Any) -> Any:
    """A paragraph of plain text (escaped)."""
    from reportlab.platypus import Paragraph

    return Paragraph(escaped(text), style)


def facts_table(
    rows: Sequence[tuple[str, str]], styles: Styles, width: float, label_share: float = 0.3
) -> Any:
    """Label / value pairs as a two-column table (the header of every report)."""
    from reportlab.lib.colors import HexColor
    from reportlab.platypus import Table, TableStyle

    data = [[paragraph(label, styles.label), paragraph(value, styles.cell)] for label, value in rows]
    # Issue 13 #2: a row may split across pages, so a free text of any length wraps on (no LayoutError).
    table = Table(
        data, colWidths=[width * label_share, width * (1 - label_share)], hAlign="LEFT", splitInRow=1
    )
    table.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), FONT),  # the cells' own font, even where empty (R-SIG-3)
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LINEBELOW", (0, 0), (-1, -1), 0.25, HexColor(RULE)),
                ("TOPPADDING", (0, 0), (-1, -1), 2.5),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ]
        )
    )
    return table


def grid_table(
    header: Sequence[str],
    rows: Sequence[Sequence[Any]],
    styles: Styles,
    widths: Sequence[float],
    *,
    highlight: Sequence[int] = (),
) -> Any:
    """A table with a repeated header row; cells given as text are escaped paragraphs.

    ``highlight`` names data rows (0-based) shaded as addenda.
    """
    from reportlab.lib.colors import HexColor
    from reportlab.platypus import LongTable, TableStyle

    def cell(value: Any) -> Any:
        return paragraph(value, styles.cell) if isinstance(value, str) else value

    data = [[paragraph(h, styles.cell_bold) for h in header]]
    data.extend([cell(v) for v in row] for row in rows)
    table = LongTable(data, colWidths=list(widths), repeatRows=1, hAlign="LEFT", splitInRow=1)
    commands: list[tuple[Any, ...]] = [
        ("FONTNAME", (0, 0), (-1, -1), FONT),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("BACKGROUND", (0, 0), (-1, 0), HexColor(HEADER_FILL)),
        ("LINEBELOW", (0, 0), (-1, -1), 0.25, HexColor(RULE)),
        ("TOPPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
        ("LEFTPADDING", (0, 0), (-1, -1), 3),
        ("RIGHTPADDING", (0, 0), (-1, -1), 3),
    ]
    for index in highlight:
        commands.append(("BACKGROUND", (0, index + 1), (-1, index + 1), HexColor(ADDENDUM_FILL)))
    table.setStyle(TableStyle(commands))
    return table


def word_width(texts: Iterable[str], styles: Styles, minimum: float) -> float:
    """A column width in which no word of ``texts`` is split (issue 16 #12: never "Onregelmatighei d"):
    the widest word in the cell font, with the cell's padding, and at least ``minimum``."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    style = styles.cell
    widest = max(
        (stringWidth(word, style.fontName, style.fontSize) for text in texts for word in text.split()),
        default=0.0,
    )
    return max(minimum, widest + 7.0)


def content_width() -> float:
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import mm

    return float(A4[0] - 2 * MARGIN_MM * mm)


def build(
    story: list[Any],
    *,
    title: str,
    subject: str,
    letterhead: Letterhead,
    tr: Translate,
    page_mark: str = "",
) -> bytes:
    """Lay out ``story`` on A4 pages with the footer (school, station, when made, page x of y); a
    ``page_mark`` (e.g. "VOORLOPIG", R-PV-6) stands at the top of every page."""
    from reportlab.lib.colors import HexColor
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import mm
    from reportlab.pdfgen.canvas import Canvas
    from reportlab.platypus import SimpleDocTemplate

    from examdesk import __version__

    made = local(letterhead.generated_at)
    generated = tr(
        message(_GENERATED, date=date_text(made.date(), letterhead.language), time=made.strftime("%H:%M"))
    )
    left = " · ".join(part for part in (letterhead.school, letterhead.station) if part)

    class NumberedCanvas(Canvas):  # type: ignore[misc]
        """Draws the footer once the number of pages is known ("pagina x van y")."""

        def __init__(self, *args: Any, **kwargs: Any) -> None:
            # The canvas's own first font would be Helvetica, listed (not embedded) on every page (R-SIG-3).
            super().__init__(*args, **(kwargs | {"initialFontName": FONT}))
            self._pages: list[dict[str, Any]] = []

        def showPage(self) -> None:  # noqa: N802 - reportlab's name
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._pages)
            for state in self._pages:
                self.__dict__.update(state)
                self._footer(total)
                if page_mark:
                    self._mark()
                super().showPage()
            super().save()

        def _mark(self) -> None:
            width, height = A4
            self.saveState()
            self.setFillColor(HexColor(MARK))
            self.setFont(FONT_BOLD, 9)
            self.drawRightString(width - MARGIN_MM * mm, height - 10 * mm, page_mark)
            self.restoreState()

        def _footer(self, total: int) -> None:
            width = A4[0]
            y = 10 * mm
            self.saveState()
            self.setStrokeColor(HexColor(RULE))
            self.setLineWidth(0.4)
            self.line(MARGIN_MM * mm, y + 4 * mm, width - MARGIN_MM * mm, y + 4 * mm)
            self.setFont(FONT, 7.5)
            self.setFillColor(HexColor(MUTED))
            self.drawString(MARGIN_MM * mm, y, left)
            self.drawCentredString(width / 2, y, generated)
            self.drawRightString(
                width - MARGIN_MM * mm, y, tr(message(_PAGE, page=self._pageNumber, pages=total))
            )
            self.restoreState()

    buffer = io.BytesIO()
    document = SimpleDocTemplate(
        buffer,
        pagesize=A4,
        leftMargin=MARGIN_MM * mm,
        rightMargin=MARGIN_MM * mm,
        topMargin=16 * mm,
        bottomMargin=20 * mm,
        title=title,
        subject=subject,
        author=left,
        creator=f"examdesk {__version__}",
        lang=letterhead.language,
    )
    document.build(story, canvasmaker=NumberedCanvas)
    return buffer.getvalue()
