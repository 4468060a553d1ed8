"""The look: calm, large and clear, with a focus mark that is always visible.

State is never shown by colour alone: every coloured mark also has words (DEMO, Intact, switched off).
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from PySide6.QtGui import QFont, QFontDatabase, QFontInfo
from PySide6.QtWidgets import QApplication

BASE_POINT_SIZE = 11
ZOOM_STEPS = (1.0, 1.15, 1.3, 1.5, 1.75, 2.0)  # "large print" goes up to twice the normal size


@dataclass(frozen=True)
class Palette:
    """The colours of one look. State is never colour alone, so both palettes carry the same words."""

    text: str
    muted: str
    accent: str
    focus: str
    error: str
    success: str
    base: str
    panel: str
    line: str
    border: str
    button: str
    selection: str


NORMAL = Palette(
    text="#1c2430",
    muted="#4a5568",
    accent="#1a56a8",
    focus="#1a56a8",
    error="#a4161a",
    success="#1d6b35",
    base="#ffffff",
    panel="#eef2f7",
    line="#c9d1dc",
    border="#8792a2",
    button="#f7f8fa",
    selection="#cfe0f7",
)
# High contrast: black on white, every line and border dark, a thick black-and-yellow focus mark.
HIGH_CONTRAST = Palette(
    text="#000000",
    muted="#000000",
    accent="#0033a0",
    focus="#000000",
    error="#8b0000",
    success="#004d00",
    base="#ffffff",
    panel="#ffffff",
    line="#000000",
    border="#000000",
    button="#ffffff",
    selection="#ffe14d",
)

FOCUS = NORMAL.focus
ACCENT = NORMAL.accent
TEXT = NORMAL.text
MUTED = NORMAL.muted
ERROR = NORMAL.error
SUCCESS = NORMAL.success


@dataclass(frozen=True)
class Look:
    """How large and with which colours the screens are drawn: the person's choice, kept per station."""

    zoom: float = 1.0
    high_contrast: bool = False

    @property
    def palette(self) -> Palette:
        return HIGH_CONTRAST if self.high_contrast else NORMAL

    def zoomed(self, steps: int) -> Look:
        """One step larger (``steps`` > 0) or smaller along :data:`ZOOM_STEPS`; 0 is the normal size."""
        if steps == 0:
            return replace(self, zoom=1.0)
        nearest = min(range(len(ZOOM_STEPS)), key=lambda i: abs(ZOOM_STEPS[i] - self.zoom))
        index = max(0, min(len(ZOOM_STEPS) - 1, nearest + steps))
        return replace(self, zoom=ZOOM_STEPS[index])


_state = {"system_points": 0.0, "factor": 1.0}
_look = Look()


def current_look() -> Look:
    return _look


def scaled(points: float) -> int:
    """``points`` at the current text size: the system's font setting times the zoom."""
    return max(1, round(points * _state["factor"]))


def stylesheet(look: Look) -> str:
    c = look.palette

    def pt(points: int) -> int:
        return scaled(points)

    sheet = f"""
QMainWindow, QStackedWidget#pages, QWidget#workspaceContent {{ background: {c.base}; }}
QWidget#header {{ background: {c.panel}; border-bottom: 1px solid {c.line}; }}
QLabel {{ color: {c.text}; }}
QLabel[heading="1"] {{ font-size: {pt(20)}pt; font-weight: 600; }}
QLabel[heading="2"] {{ font-size: {pt(14)}pt; font-weight: 600; }}
QLabel[heading="3"] {{ font-size: {pt(12)}pt; font-weight: 600; }}
QLabel[muted="true"] {{ color: {c.muted}; }}
QLabel#stationName {{ font-size: {pt(13)}pt; font-weight: 600; }}
QLabel#personName, QLabel#selectionLabel {{ font-weight: 600; }}
QLabel#demoBadge {{
    background: #f6d32d; color: #000000; border: 2px solid #000000; border-radius: 4px;
    padding: 2px 10px; font-weight: 700;
}}
QLabel#readOnlyBanner {{
    background: {c.text}; color: {c.base}; border-radius: 4px; padding: 6px 10px; font-weight: 700;
}}
QLabel#secretsNotice {{
    background: #fff8e1; border: 1px solid #d6b656; border-radius: 4px; padding: 6px 10px;
}}
QLabel[error="true"] {{
    color: {c.error}; background: #fdecec; border: 1px solid {c.error}; border-radius: 4px; padding: 6px 10px;
    font-weight: 600;
}}
QLabel[warning="true"] {{
    color: {c.text}; background: #fff8e1; border: 1px solid #d6b656; border-radius: 4px; padding: 6px 10px;
}}
QLabel[notice="true"] {{
    color: {c.text}; background: #eef5ee; border: 1px solid #8fbf98; border-radius: 4px; padding: 6px 10px;
}}
QLabel#nowClock {{ color: {c.text}; }}
QFrame#bsnBox {{ background: {c.panel}; border: 2px solid {c.border}; border-radius: 8px; }}
QLabel#bsnCheckNumber {{ color: #000000; }}
QPushButton[verdict] {{ min-height: 52px; font-size: {pt(16)}pt; font-weight: 700; }}
QPushButton[verdict="match"] {{ background: {c.success}; color: {c.base}; border: 2px solid #0f3f1e; }}
QPushButton[verdict="match"]:hover {{ background: #175a2c; }}
QPushButton[verdict="mismatch"] {{ background: {c.error}; color: {c.base}; border: 2px solid #5c0b0e; }}
QPushButton[verdict="mismatch"]:hover {{ background: #8a1216; }}
QPushButton[verdict]:disabled {{ background: #c3c9d2; color: #f3f4f6; border-color: #c3c9d2; }}
QPushButton[verdict]:focus {{ border: 4px solid #0b1f3d; }}
QLabel[result="ok"] {{ color: {c.success}; font-weight: 600; }}
QLabel[result="broken"] {{ color: {c.error}; font-weight: 600; }}
QFrame#card {{ background: {c.base}; border: 1px solid {c.line}; border-radius: 8px; }}
QFrame#nowBox {{ background: #f3f6fa; border-left: 4px solid {c.accent}; }}
QFrame#dropArea {{ background: {c.panel}; border: 2px dashed {c.border}; border-radius: 8px; }}
QFrame#dropArea[dragging="true"] {{ background: #e3edfb; border: 2px solid {c.accent}; }}
QGroupBox {{ font-weight: 600; border: 1px solid {c.line}; border-radius: 6px; margin-top: 14px; padding: 10px; }}
QGroupBox::title {{ subcontrol-origin: margin; left: 10px; padding: 0 4px; }}
QPushButton {{
    padding: 6px 16px; min-height: 24px; border: 1px solid {c.border}; border-radius: 5px; background: {c.button};
    color: {c.text};
}}
QPushButton:hover {{ background: #e9edf3; }}
QPushButton:pressed {{ background: #dde3eb; }}
QPushButton:disabled {{ color: #8a94a3; border-color: #c3c9d2; background: #f3f4f6; }}
QPushButton[primary="true"] {{ background: {c.accent}; color: {c.base}; border-color: #123f7c; font-weight: 600; }}
QPushButton[primary="true"]:hover {{ background: #154a90; }}
QPushButton[primary="true"]:disabled {{ background: #9fb3cf; color: {c.panel}; }}
QPushButton:focus {{ border: 3px solid {c.focus}; padding: 4px 14px; }}
QPushButton[primary="true"]:focus {{ border: 3px solid #0b1f3d; }}
QPushButton[segment] {{ border-radius: 0; padding: 6px 12px; background: {c.base}; font-weight: 400; }}
QPushButton[segment="nl"] {{ border-top-left-radius: 5px; border-bottom-left-radius: 5px; }}
QPushButton[segment="en"] {{ border-top-right-radius: 5px; border-bottom-right-radius: 5px; border-left: none; }}
QPushButton[segment]:checked {{ background: {c.accent}; color: {c.base}; }}
QPushButton[segment]:focus {{ border: 3px solid {c.focus}; padding: 4px 10px; }}
QPushButton[segment]:checked:focus {{ border: 3px solid #0b1f3d; }}
QLineEdit {{ padding: 6px 8px; border: 1px solid {c.border}; border-radius: 5px; background: {c.base}; min-height: 22px; }}
QLineEdit:disabled {{ background: #f3f4f6; color: #8a94a3; border-color: #c3c9d2; }}
QLineEdit:focus {{ border: 3px solid {c.focus}; padding: 4px 6px; }}
QCheckBox {{ spacing: 8px; padding: 3px; }}
QCheckBox:focus {{ border: 2px solid {c.focus}; border-radius: 4px; padding: 1px; }}
QTableView {{ border: 1px solid {c.line}; gridline-color: {c.line}; selection-background-color: {c.selection};
    selection-color: {c.text}; alternate-background-color: {c.panel}; }}
QTableView:focus {{ border: 2px solid {c.focus}; }}
QHeaderView::section {{ background: {c.panel}; padding: 6px; border: none; border-bottom: 1px solid {c.line};
    font-weight: 600; }}
QTabWidget::pane {{ border-top: 1px solid {c.line}; top: -1px; }}
QTabBar::tab {{ padding: 8px 22px; margin-right: 2px; border: 1px solid {c.line}; border-bottom: none;
    border-top-left-radius: 6px; border-top-right-radius: 6px; background: {c.panel}; font-size: {pt(12)}pt; }}
QTabBar::tab:selected {{ background: {c.base}; border-top: 3px solid {c.accent}; }}
QTabBar::tab:focus {{ border: 3px solid {c.focus}; padding: 6px 20px; }}
QProgressBar {{ border: 1px solid {c.line}; border-radius: 4px; min-height: 10px; max-height: 10px; }}
QProgressBar::chunk {{ background: {c.accent}; }}
"""
    if look.high_contrast:
        sheet += """
QPushButton:focus, QLineEdit:focus, QComboBox:focus, QPlainTextEdit:focus {
    border: 4px solid #000000; background: #ffe14d; color: #000000; }
QTableView { alternate-background-color: #eeeeee; gridline-color: #000000; }
QTableView:focus { border: 4px solid #000000; }
QPushButton[primary="true"] { background: #0033a0; color: #ffffff; border: 2px solid #000000; }
QPushButton:disabled { color: #555555; border: 2px dashed #555555; background: #ffffff; }
"""
    return sheet


# Tried in order when the system's fixed font is not fixed-pitch on this platform (offscreen, some desktops).
FIXED_FAMILIES = ("DejaVu Sans Mono", "Noto Sans Mono", "Consolas", "Menlo", "Liberation Mono", "Courier New")


def fixed_font(point_size: int, bold: bool = True) -> QFont:
    """A fixed-pitch font for times and numbers: digits keep their place as they change."""
    font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
    font.setStyleHint(QFont.StyleHint.Monospace)
    font.setPointSize(scaled(point_size))
    font.setBold(bold)
    if not QFontInfo(font).fixedPitch():
        for family in FIXED_FAMILIES:
            candidate = QFont(font)
            candidate.setFamilies([family])
            if QFontInfo(candidate).fixedPitch():
                return candidate
    return font


def apply(app: QApplication, look: Look | None = None) -> None:
    """Give the application examdesk's style, fonts and colours at ``look`` (default: the current one).

    Text follows the system's font setting (never below :data:`BASE_POINT_SIZE`) times the zoom, so large
    print set in the operating system carries over, and the in-app zoom adds to it.
    """
    global _look
    if look is not None:
        _look = look
    if not _state["system_points"]:
        app.setStyle("Fusion")
        _state["system_points"] = float(max(app.font().pointSizeF(), BASE_POINT_SIZE))
    _state["factor"] = _state["system_points"] / BASE_POINT_SIZE * _look.zoom
    # The font first, then the style sheet: with a style sheet set, only the re-polish that a new sheet
    # brings passes a new application font on to the widgets already shown. Widgets that size their own
    # texts listen to QGuiApplication.fontChanged and apply their sizes on the next turn of the event loop,
    # after that re-polish (which would otherwise put their old fonts back).
    font = QFont(app.font())
    font.setPointSizeF(_state["system_points"] * _look.zoom)
    app.setFont(font)
    app.setStyleSheet(stylesheet(_look))
