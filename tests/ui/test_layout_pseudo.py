"""Pseudo-translation (issue 8): every string about 40 % longer, and no label or button clipped on the main
screens at the default window size, in pseudo-translation and in Dutch at large print.

Run the application the same way to look for yourself: ``EXAMDESK_PSEUDO_TRANSLATION=1 ./dev demo``."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtWidgets import QAbstractButton, QAbstractScrollArea, QLabel, QTabWidget, QWidget

from examdesk import i18n
from examdesk.ui import i18n_qt
from examdesk.ui.application import DEFAULT_SIZE

WAIT = 15_000


@pytest.fixture
def pseudo() -> Iterator[None]:
    i18n.set_pseudo(True)
    i18n_qt.install("en")
    yield
    i18n.set_pseudo(False)
    i18n_qt.remove_all()
    i18n.set_language("en")


def clipped(root: QWidget) -> list[str]:
    """Visible labels and buttons narrower than their text needs (word-wrapped labels wrap instead)."""
    found = []
    for widget in root.findChildren(QWidget):
        if not widget.isVisible() or widget.width() <= 0:
            continue
        if isinstance(widget, QLabel):
            if widget.wordWrap() or not widget.text() or not widget.pixmap().isNull():
                continue
        elif not isinstance(widget, QAbstractButton) or not widget.text():
            continue
        corner = widget.mapTo(root, widget.rect().bottomRight())
        if corner.y() > root.height() or corner.x() > root.width():
            if not _inside_scroll_area(widget):
                found.append(
                    f"{type(widget).__name__} {widget.objectName() or '?'} {widget.text()!r}: outside the window"
                )
            continue
        needed = widget.sizeHint().width()
        if widget.width() + 1 < needed:
            found.append(
                f"{type(widget).__name__} {widget.objectName() or '?'} {widget.text()!r}: {widget.width()} < {needed}"
            )
    return found


def _inside_scroll_area(widget: QWidget) -> bool:
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QAbstractScrollArea):
            return True
        parent = parent.parentWidget()
    return False


def test_pseudo_translation_keeps_placeholders_and_lengthens(pseudo: None) -> None:
    text = i18n.pseudo("Start {count} candidates (%n) &Save")
    assert "{count}" in text and "%n" in text and "&" in text
    assert len(text) >= len("Start {count} candidates (%n) &Save") * 1.3
    assert i18n.pseudo(text) == text  # not twice


def test_no_label_or_button_is_clipped_on_the_main_screens_in_pseudo_translation(  # type: ignore[no-untyped-def]
    pseudo, open_window, tmp_path, qtbot
):
    assert _clipped_on_main_screens(open_window, tmp_path, qtbot) == ""


def test_no_label_or_button_is_clipped_in_large_print(open_window, tmp_path, qtbot, qapp):  # type: ignore[no-untyped-def]
    """Dutch (the longer language) at 150 % in the default window."""
    from examdesk.ui import style

    i18n_qt.install("nl")
    style.apply(qapp, style.Look(zoom=1.5))
    assert _clipped_on_main_screens(open_window, tmp_path, qtbot) == ""


def _clipped_on_main_screens(open_window: Any, tmp_path: Any, qtbot: Any) -> str:
    from examdesk.ui.application import demo_opener, demo_sign_in

    window = open_window(demo_opener(tmp_path / "demo"), auto_sign_in=demo_sign_in, demo=True)
    window.resize(*DEFAULT_SIZE)
    qtbot.waitUntil(lambda: window.current_page_name() == "workspaces", timeout=WAIT)
    page = window.workspaces_page
    assert page is not None
    tabs: QTabWidget = page.tabs
    problems: dict[str, list[str]] = {}
    for index in range(tabs.count()):
        tabs.setCurrentIndex(index)
        qtbot.wait(1000)  # let the workspace load its tables in the background
        name = tabs.tabText(index)
        found = clipped(window)
        if found:
            problems[name] = found
    window.close()
    return "\n".join(f"{k}: {p}" for k, v in problems.items() for p in v)
