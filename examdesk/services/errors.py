"""Errors the services raise; each carries a sentence for the user (see ``core.errors``)."""

from __future__ import annotations

from examdesk.core.errors import ExamdeskError


class PermissionDenied(ExamdeskError):
    """The signed-in account lacks the role an action needs (R-ROLE-1, R-ROLE-2)."""


class AuthenticationFailed(ExamdeskError):
    """Wrong username or password, or an account that may not sign in."""


class InvalidInput(ExamdeskError):
    """Input that the action cannot accept, with what was wrong and where."""


class NotFound(ExamdeskError):
    """The thing asked for does not exist on this station."""


class SecretsUnavailable(ExamdeskError):
    """No keyring and no passphrase, or a wrong passphrase: the station's keys cannot be reached."""
