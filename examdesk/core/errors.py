"""The one error type that carries a sentence for the user.

Anything raised as an :class:`ExamdeskError` is an expected problem (bad input, a refused action, an
unusable environment) and is shown to the person in their language. Any other exception is a bug.
"""

from __future__ import annotations

from examdesk.core.text import Message


class ExamdeskError(Exception):
    """An expected problem, explained by ``message`` in the user's language."""

    exit_code = 2

    def __init__(self, message: Message, *details: Message) -> None:
        super().__init__(str(message))
        self.message = message
        self.details = details
