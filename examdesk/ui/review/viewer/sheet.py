"""The viewer's own style sheet, at the current text size (the in-app zoom and the system's large print)."""

from __future__ import annotations

from examdesk.ui.review.viewer.status import LOOKS
from examdesk.ui.style import ACCENT, MUTED, scaled


def _status_rules() -> str:
    rules = []
    for status, look in LOOKS.items():
        rules.append(
            f'QFrame#statusChip[status="{status.value}"] {{ background: {look.background}; '
            f"border: 1px solid {look.border}; border-radius: 12px; }}"
        )
        rules.append(f'QLabel#statusText[status="{status.value}"] {{ color: {look.ink}; font-weight: 700; }}')
    return "\n".join(rules)


def stylesheet() -> str:
    """The viewer's own rules, at the current text size (the in-app zoom: issue 8)."""
    return f"""
QWidget#inspectionViewer, QWidget#itemView {{ background: #ffffff; }}
QFrame#scoreBand {{ background: #f6f8fb; border: 1px solid #d3dae3; border-radius: 8px; }}
QLabel#points {{ font-size: {scaled(13)}pt; font-weight: 600; }}
QLabel#position {{ color: {MUTED}; }}
QLabel#place {{ font-weight: 700; font-size: {scaled(12)}pt; }}
QFrame#caseBox {{ background: #f6f8fb; border: none; border-left: 4px solid #8792a2; border-radius: 4px; }}
QLabel#stem {{ font-size: {scaled(12)}pt; }}
QFrame#option {{ background: #ffffff; border: 1px solid #d3dae3; border-radius: 6px; }}
QFrame#option[chosen="true"] {{ background: #eaf1fb; border: 2px solid {ACCENT}; }}
QLabel#chosenTag {{ color: {ACCENT}; font-weight: 700; }}
QRadioButton#optionMark, QCheckBox#optionMark {{ font-weight: 700; spacing: 8px; }}
QRadioButton#optionMark::indicator, QCheckBox#optionMark::indicator {{ width: 18px; height: 18px; }}
QRadioButton#optionMark:focus, QCheckBox#optionMark:focus {{ border: 2px solid {ACCENT}; border-radius: 4px; }}
QFrame#answerBox {{ background: #ffffff; border: 2px solid {ACCENT}; border-radius: 5px; }}
QFrame#answerBox[empty="true"] {{ border: 2px dashed #8792a2; }}
QLabel#answerText {{ font-size: {scaled(13)}pt; }}
QLabel#openText {{ font-size: {scaled(12)}pt; }}
QLabel#unit {{ font-size: {scaled(13)}pt; font-weight: 600; }}
QFrame#choiceBox {{ background: #eaf1fb; border: 2px solid {ACCENT}; border-radius: 4px; }}
QFrame#choiceBox[empty="true"] {{ background: #ffffff; border: 2px dashed #8792a2; }}
QLabel#choiceText {{ font-weight: 700; }}
QFrame#orderBox {{ background: #ffffff; border: 1px solid {ACCENT}; border-radius: 5px; }}
QFrame#keyBox {{ background: #f1f8f3; border: 1px solid #5a9e6f; border-radius: 5px; }}
QLabel#columnTitle {{ font-weight: 600; color: {MUTED}; }}
QLabel#awarded {{ font-weight: 600; }}
QFrame#keyPanel {{ background: #f1f8f3; border: 1px solid #5a9e6f; border-radius: 6px; }}
QLabel#keyText {{ font-size: {scaled(12)}pt; }}
QLabel[mark="right"] {{ color: #1d6b35; font-weight: 700; }}
QLabel[mark="wrong"] {{ color: #a4161a; font-weight: 700; }}
QPushButton#keyButton:checked {{ background: #e6f4ea; border: 2px solid #1d6b35; padding: 5px 15px; }}
QPushButton#keyButton:checked:focus {{ border: 3px solid #0b1f3d; padding: 4px 14px; }}
QListWidget#questionList::item {{ padding: 5px 4px; }}
QListWidget#questionList::item:selected {{ background: #cfe0f7; color: #1c2430; }}
QScrollArea#questionPage {{ background: #ffffff; border: none; }}
QScrollArea#questionPage:focus {{ border: 2px solid {ACCENT}; }}
{_status_rules()}
"""
