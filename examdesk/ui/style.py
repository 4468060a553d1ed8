"""The look: calm, large and clear, with a focus mark that is always visible.

State is never shown by colour alone: every coloured mark also has words (DEMO, Intact, switched off).
"""

from __future__ import annotations

from PySide6.QtGui import QFont, QFontDatabase, QFontInfo
from PySide6.QtWidgets import QApplication

BASE_POINT_SIZE = 11

FOCUS = "#1a56a8"
ACCENT = "#1a56a8"
TEXT = "#1c2430"
MUTED = "#4a5568"
ERROR = "#a4161a"
SUCCESS = "#1d6b35"

STYLESHEET = f"""
QMainWindow, QStackedWidget#pages, QWidget#workspaceContent {{ background: #ffffff; }}
QWidget#header {{ background: #eef2f7; border-bottom: 1px solid #c9d1dc; }}
QLabel {{ color: {TEXT}; }}
QLabel[heading="1"] {{ font-size: 20pt; font-weight: 600; }}
QLabel[heading="2"] {{ font-size: 14pt; font-weight: 600; }}
QLabel[heading="3"] {{ font-size: 12pt; font-weight: 600; }}
QLabel[muted="true"] {{ color: {MUTED}; }}
QLabel#stationName {{ font-size: 13pt; font-weight: 600; }}
QLabel#personName {{ font-weight: 600; }}
QLabel#demoBadge {{
    background: #f6d32d; color: #000000; border: 2px solid #000000; border-radius: 4px;
    padding: 2px 10px; font-weight: 700;
}}
QLabel#secretsNotice {{
    background: #fff8e1; border: 1px solid #d6b656; border-radius: 4px; padding: 6px 10px;
}}
QLabel[error="true"] {{
    color: {ERROR}; background: #fdecec; border: 1px solid {ERROR}; border-radius: 4px; padding: 6px 10px;
    font-weight: 600;
}}
QLabel[warning="true"] {{
    color: {TEXT}; background: #fff8e1; border: 1px solid #d6b656; border-radius: 4px; padding: 6px 10px;
}}
QLabel[notice="true"] {{
    color: {TEXT}; background: #eef5ee; border: 1px solid #8fbf98; border-radius: 4px; padding: 6px 10px;
}}
QLabel#nowClock {{ color: {TEXT}; }}
QFrame#bsnBox {{ background: #f6f8fb; border: 2px solid #8792a2; border-radius: 8px; }}
QLabel#bsnCheckNumber {{ color: #000000; }}
QPushButton[verdict] {{ min-height: 52px; font-size: 16pt; font-weight: 700; }}
QPushButton[verdict="match"] {{ background: {SUCCESS}; color: #ffffff; border: 2px solid #0f3f1e; }}
QPushButton[verdict="match"]:hover {{ background: #175a2c; }}
QPushButton[verdict="mismatch"] {{ background: {ERROR}; color: #ffffff; border: 2px solid #5c0b0e; }}
QPushButton[verdict="mismatch"]:hover {{ background: #8a1216; }}
QPushButton[verdict]:disabled {{ background: #c3c9d2; color: #f3f4f6; border-color: #c3c9d2; }}
QPushButton[verdict]:focus {{ border: 4px solid #0b1f3d; }}
QLabel[result="ok"] {{ color: {SUCCESS}; font-weight: 600; }}
QLabel[result="broken"] {{ color: {ERROR}; font-weight: 600; }}
QFrame#card {{ background: #ffffff; border: 1px solid #d3dae3; border-radius: 8px; }}
QFrame#nowBox {{ background: #f3f6fa; border-left: 4px solid {ACCENT}; }}
QFrame#dropArea {{ background: #f6f8fb; border: 2px dashed #8792a2; border-radius: 8px; }}
QFrame#dropArea[dragging="true"] {{ background: #e3edfb; border: 2px solid {ACCENT}; }}
QGroupBox {{ font-weight: 600; border: 1px solid #d3dae3; border-radius: 6px; margin-top: 14px; padding: 10px; }}
QGroupBox::title {{ subcontrol-origin: margin; left: 10px; padding: 0 4px; }}
QPushButton {{
    padding: 6px 16px; min-height: 24px; border: 1px solid #8792a2; border-radius: 5px; background: #f7f8fa;
    color: {TEXT};
}}
QPushButton:hover {{ background: #e9edf3; }}
QPushButton:pressed {{ background: #dde3eb; }}
QPushButton:disabled {{ color: #8a94a3; border-color: #c3c9d2; background: #f3f4f6; }}
QPushButton[primary="true"] {{ background: {ACCENT}; color: #ffffff; border-color: #123f7c; font-weight: 600; }}
QPushButton[primary="true"]:hover {{ background: #154a90; }}
QPushButton[primary="true"]:disabled {{ background: #9fb3cf; color: #eef2f7; }}
QPushButton:focus {{ border: 3px solid {FOCUS}; padding: 4px 14px; }}
QPushButton[primary="true"]:focus {{ border: 3px solid #0b1f3d; }}
QPushButton[segment] {{ border-radius: 0; padding: 6px 12px; background: #ffffff; font-weight: 400; }}
QPushButton[segment="nl"] {{ border-top-left-radius: 5px; border-bottom-left-radius: 5px; }}
QPushButton[segment="en"] {{ border-top-right-radius: 5px; border-bottom-right-radius: 5px; border-left: none; }}
QPushButton[segment]:checked {{ background: {ACCENT}; color: #ffffff; }}
QPushButton[segment]:focus {{ border: 3px solid {FOCUS}; padding: 4px 10px; }}
QPushButton[segment]:checked:focus {{ border: 3px solid #0b1f3d; }}
QLineEdit {{ padding: 6px 8px; border: 1px solid #8792a2; border-radius: 5px; background: #ffffff; min-height: 22px; }}
QLineEdit:disabled {{ background: #f3f4f6; color: #8a94a3; border-color: #c3c9d2; }}
QLineEdit:focus {{ border: 3px solid {FOCUS}; padding: 4px 6px; }}
QCheckBox {{ spacing: 8px; padding: 3px; }}
QCheckBox:focus {{ border: 2px solid {FOCUS}; border-radius: 4px; padding: 1px; }}
QTableView {{ border: 1px solid #c9d1dc; gridline-color: #e2e7ee; selection-background-color: #cfe0f7;
    selection-color: {TEXT}; alternate-background-color: #f6f8fb; }}
QTableView:focus {{ border: 2px solid {FOCUS}; }}
QHeaderView::section {{ background: #eef2f7; padding: 6px; border: none; border-bottom: 1px solid #c9d1dc;
    font-weight: 600; }}
QTabWidget::pane {{ border-top: 1px solid #c9d1dc; top: -1px; }}
QTabBar::tab {{ padding: 8px 22px; margin-right: 2px; border: 1px solid #c9d1dc; border-bottom: none;
    border-top-left-radius: 6px; border-top-right-radius: 6px; background: #eef2f7; font-size: 12pt; }}
QTabBar::tab:selected {{ background: #ffffff; border-top: 3px solid {ACCENT}; }}
QTabBar::tab:focus {{ border: 3px solid {FOCUS}; padding: 6px 20px; }}
QProgressBar {{ border: 1px solid #c9d1dc; border-radius: 4px; min-height: 10px; max-height: 10px; }}
QProgressBar::chunk {{ background: {ACCENT}; }}
"""


# Tried in order when the system's fixed font is not fixed-pitch on this platform (offscreen, some desktops).
FIXED_FAMILIES = ("DejaVu Sans Mono", "Noto Sans Mono", "Consolas", "Menlo", "Liberation Mono", "Courier New")


def fixed_font(point_size: int, bold: bool = True) -> QFont:
    """A fixed-pitch font for times and numbers: digits keep their place as they change."""
    font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
    font.setStyleHint(QFont.StyleHint.Monospace)
    font.setPointSize(point_size)
    font.setBold(bold)
    if not QFontInfo(font).fixedPitch():
        for family in FIXED_FAMILIES:
            candidate = QFont(font)
            candidate.setFamilies([family])
            if QFontInfo(candidate).fixedPitch():
                return candidate
    return font


def apply(app: QApplication) -> None:
    """Give the application examdesk's style, fonts and colours."""
    app.setStyle("Fusion")
    font = QFont(app.font())
    if font.pointSize() < BASE_POINT_SIZE:
        font.setPointSize(BASE_POINT_SIZE)
    app.setFont(font)
    app.setStyleSheet(STYLESHEET)
