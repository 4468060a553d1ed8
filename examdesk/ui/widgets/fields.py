"""Small fields shared by the dialogs of several workspaces: free text, a date with a calendar written the
language's way, and today by the station's clock."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QLocale
from PySide6.QtWidgets import QDateEdit, QPlainTextEdit, QWidget

from examdesk import i18n
from examdesk.services.station import Station
from examdesk.ui.formats import AMSTERDAM


def text_edit(parent: QWidget | None = None, lines: int = 3) -> QPlainTextEdit:
    """A few lines of free text; Tab moves on to the next field."""
    edit = QPlainTextEdit(parent)
    edit.setTabChangesFocus(True)
    edit.setFixedHeight(edit.fontMetrics().lineSpacing() * lines + 18)
    return edit


def date_edit(day: dt.date) -> QDateEdit:
    """A date field with a calendar, written the language's way (12-06-2026 / 12 Jun 2026)."""
    edit = QDateEdit(QDate(day.year, day.month, day.day))
    edit.setCalendarPopup(True)
    if i18n.current_language() == "nl":
        edit.setLocale(QLocale(QLocale.Language.Dutch, QLocale.Country.Netherlands))
        edit.setDisplayFormat("dd-MM-yyyy")
    else:
        edit.setLocale(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
        edit.setDisplayFormat("d MMM yyyy")
    return edit


def chosen_date(edit: QDateEdit) -> dt.date:
    value = edit.date()
    return dt.date(value.year(), value.month(), value.day())


def station_today(station: Station) -> dt.date:
    """Today in Amsterdam by the station's clock (the one the services check dates against)."""
    return station.clock.read().wall.astimezone(AMSTERDAM).date()
