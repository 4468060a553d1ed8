"""The view of each item type: the dispatch over items.py and ordered.py, kept apart from both so that neither
module imports the other back."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from examdesk.core.items import (
    MultipleChoiceItem,
    MultipleDropdownItem,
    MultipleSelectItem,
    NumericItem,
    OpenItem,
    OrderingItem,
)
from examdesk.ui.review.viewer.entry import ViewerEntry
from examdesk.ui.review.viewer.items import ChoiceView, DropdownView, ItemView, NumericView
from examdesk.ui.review.viewer.ordered import OpenView, OrderingView


def views() -> dict[type, type[ItemView]]:
    """The view of each item type (ordering and open items have their own module)."""
    return {
        MultipleChoiceItem: ChoiceView,
        MultipleSelectItem: ChoiceView,
        NumericItem: NumericView,
        MultipleDropdownItem: DropdownView,
        OrderingItem: OrderingView,
        OpenItem: OpenView,
    }


def item_view(entry: ViewerEntry, *, pe_mode: bool, parent: QWidget | None = None) -> ItemView:
    """The view for ``entry``'s item type."""
    view_type = views().get(type(entry.item))
    if view_type is None:
        raise TypeError(f"no view for item type {type(entry.item).__name__}")
    return view_type(entry, pe_mode=pe_mode, parent=parent)
