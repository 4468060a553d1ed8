"""The read-only inzage viewer (R-INZ-1, R-INZ-3): ``InspectionViewer`` over ``ViewerEntry`` items."""

from examdesk.ui.review.viewer.entry import ViewerEntry
from examdesk.ui.review.viewer.widget import InspectionViewer

__all__ = ["InspectionViewer", "ViewerEntry"]
