"""Accounts, passwords and roles, enforced in the services (R-ROLE-1, R-ROLE-2, R-ROLE-3)."""

from __future__ import annotations

import pytest

from examdesk import i18n
from examdesk.core.eventkinds import EventKind
from examdesk.core.roles import Role
from examdesk.services import accounts, events
from examdesk.services.actors import SignedIn
from examdesk.services.errors import AuthenticationFailed, InvalidInput, NotFound, PermissionDenied
from examdesk.services.station import Station

PASSWORD = "correct horse battery"


def _make(station: Station, beheerder: SignedIn, username: str, *roles: Role):
    accounts.create_account(station, beheerder, username, username.title(), PASSWORD, frozenset(roles))
    return accounts.sign_in(station, username, PASSWORD)


def test_first_start_creates_a_beheerder_once(station: Station) -> None:
    assert not accounts.has_accounts(station)
    first = accounts.create_first_beheerder(station, "Beheer", "J. Visser", PASSWORD)
    assert first.username == "beheer" and first.roles == {Role.BEHEERDER}
    assert accounts.has_accounts(station)
    with pytest.raises(InvalidInput):
        accounts.create_first_beheerder(station, "tweede", "X", PASSWORD)


def test_passwords_are_stored_as_argon2_hashes(station: Station, beheerder: SignedIn) -> None:
    from examdesk.store.db import transaction
    from examdesk.store.models import AccountRow

    with transaction(station.engine) as session:
        row = session.get(AccountRow, beheerder.account_id)
    assert (
        row is not None and row.password_hash.startswith("$argon2id$") and PASSWORD not in row.password_hash
    )


def test_passwords_are_hashed_at_the_production_cost(station: Station, real_key_derivation: None) -> None:
    """The suite hashes at argon2's minimum cost (tests/conftest.py); the application at its own."""
    from examdesk.store.db import transaction
    from examdesk.store.models import AccountRow

    first = accounts.create_first_beheerder(station, "beheer", "J. Visser", PASSWORD)
    with transaction(station.engine) as session:
        row = session.get(AccountRow, first.account_id)
    assert row is not None and row.password_hash.startswith("$argon2id$v=19$m=65536,t=3,p=4$")
    assert accounts.sign_in(station, "beheer", PASSWORD).account_id == first.account_id
    with pytest.raises(AuthenticationFailed):
        accounts.sign_in(station, "beheer", "wrong horse battery")


def test_sign_in_with_the_right_password(station: Station, beheerder: SignedIn) -> None:
    signed_in = accounts.sign_in(station, " BEHEER ", PASSWORD)
    assert signed_in.account_id == beheerder.account_id


@pytest.mark.parametrize(("username", "password"), [("beheer", "wrong password"), ("nobody", PASSWORD)])
def test_wrong_password_and_unknown_name_get_the_same_sentence(
    station: Station, beheerder: SignedIn, username, password
) -> None:
    with pytest.raises(AuthenticationFailed) as raised:
        accounts.sign_in(station, username, password)
    assert i18n.render(raised.value.message) == "The username or password is wrong."
    failed = events.list_events(station, kinds=(EventKind.SIGN_IN_FAILED,))
    assert failed and failed[-1].payload["username"] == username


def test_switched_off_account_cannot_sign_in(station: Station, beheerder: SignedIn) -> None:
    _make(station, beheerder, "jansen", Role.SURVEILLANT)
    accounts.set_active(station, beheerder, "jansen", False)
    with pytest.raises(AuthenticationFailed, match="switched off"):
        accounts.sign_in(station, "jansen", PASSWORD)


# R-ROLE-1
@pytest.mark.parametrize("role", [Role.SURVEILLANT, Role.EXAMENSECRETARIS])
def test_only_a_beheerder_manages_accounts_R_ROLE_1(station: Station, beheerder: SignedIn, role) -> None:
    other = _make(station, beheerder, "persoon", role)
    with pytest.raises(PermissionDenied) as raised:
        accounts.create_account(station, other, "nieuw", "Nieuw", PASSWORD, frozenset({Role.SURVEILLANT}))
    assert "Beheerder" in i18n.render(raised.value.message)
    for call in (
        lambda: accounts.list_accounts(station, other),
        lambda: accounts.set_roles(station, other, "persoon", frozenset({Role.BEHEERDER})),
        lambda: accounts.set_active(station, other, "beheer", False),
        lambda: accounts.reset_password(station, other, "beheer", "new password 123"),
    ):
        with pytest.raises(PermissionDenied):
            call()


# R-ROLE-1
def test_one_account_may_hold_several_roles_R_ROLE_1(station: Station, beheerder: SignedIn) -> None:
    both = _make(station, beheerder, "devries", Role.SURVEILLANT, Role.EXAMENSECRETARIS)
    assert both.roles == {Role.SURVEILLANT, Role.EXAMENSECRETARIS}


# R-ROLE-3
def test_role_changes_are_events_naming_the_beheerder_R_ROLE_3(station: Station, beheerder: SignedIn) -> None:
    _make(station, beheerder, "jansen", Role.SURVEILLANT)
    changed = accounts.set_roles(
        station, beheerder, "jansen", frozenset({Role.SURVEILLANT, Role.EXAMENSECRETARIS})
    )
    assert changed.roles == {Role.SURVEILLANT, Role.EXAMENSECRETARIS}
    event = events.list_events(station, kinds=(EventKind.ACCOUNT_ROLES_CHANGED,))[-1]
    assert event.actor == "beheer"
    assert event.payload == {
        "username": "jansen",
        "before": ["surveillant"],
        "after": ["examensecretaris", "surveillant"],
    }


def test_the_last_beheerder_keeps_the_role(station: Station, beheerder: SignedIn) -> None:
    with pytest.raises(InvalidInput, match="last active beheerder"):
        accounts.set_roles(station, beheerder, "beheer", frozenset({Role.SURVEILLANT}))
    with pytest.raises(InvalidInput, match="last active beheerder"):
        accounts.set_active(station, beheerder, "beheer", False)
    _make(station, beheerder, "tweede", Role.BEHEERDER)
    accounts.set_active(station, beheerder, "beheer", False)


@pytest.mark.parametrize(
    ("username", "fragment"),
    [("a", "2 to 64"), ("jan jansen", "2 to 64"), ("-jan", "2 to 64"), ("system", "reserved")],
)
def test_usernames_are_checked(station: Station, beheerder: SignedIn, username, fragment) -> None:
    with pytest.raises(InvalidInput) as raised:
        accounts.create_account(station, beheerder, username, "X", PASSWORD, frozenset({Role.SURVEILLANT}))
    assert fragment in i18n.render(raised.value.message)


def test_account_input_is_checked(station: Station, beheerder: SignedIn) -> None:
    with pytest.raises(InvalidInput, match="at least 8"):
        accounts.create_account(station, beheerder, "kort", "Kort", "1234567", frozenset({Role.SURVEILLANT}))
    with pytest.raises(InvalidInput, match="at least one role"):
        accounts.create_account(station, beheerder, "geenrol", "Geen", PASSWORD, frozenset())
    with pytest.raises(InvalidInput, match="name"):
        accounts.create_account(station, beheerder, "naamloos", "  ", PASSWORD, frozenset({Role.SURVEILLANT}))
    with pytest.raises(InvalidInput, match="already"):
        accounts.create_account(
            station, beheerder, "Beheer", "Dubbel", PASSWORD, frozenset({Role.SURVEILLANT})
        )
    with pytest.raises(NotFound):
        accounts.set_roles(station, beheerder, "niemand", frozenset({Role.SURVEILLANT}))


def test_passwords_change_and_reset(station: Station, beheerder: SignedIn) -> None:
    person = _make(station, beheerder, "jansen", Role.SURVEILLANT)
    with pytest.raises(AuthenticationFailed):
        accounts.change_own_password(station, person, "not the old one", "a new password")
    accounts.change_own_password(station, person, PASSWORD, "a new password")
    assert accounts.verify_password(station, person, "a new password")
    accounts.reset_password(station, beheerder, "jansen", "reset by beheer")
    assert accounts.sign_in(station, "jansen", "reset by beheer").username == "jansen"
    kinds = [e.kind for e in events.list_events(station)]
    assert EventKind.PASSWORD_CHANGED in kinds and EventKind.PASSWORD_RESET in kinds


def test_list_accounts_shows_no_password_hashes(station: Station, beheerder: SignedIn) -> None:
    _make(station, beheerder, "jansen", Role.SURVEILLANT)
    listed = accounts.list_accounts(station, beheerder)
    assert [a.username for a in listed] == ["beheer", "jansen"]
    assert not any(hasattr(a, "password_hash") for a in listed)


# R-ROLE-1
def test_the_examensecretaris_sees_the_surveillants_to_assign_R_ROLE_1(
    station: Station, beheerder: SignedIn
) -> None:
    secretaris = _make(station, beheerder, "secretaris", Role.EXAMENSECRETARIS)
    _make(station, beheerder, "jansen", Role.SURVEILLANT)
    _make(station, beheerder, "bakker", Role.SURVEILLANT, Role.EXAMENSECRETARIS)
    _make(station, beheerder, "weg", Role.SURVEILLANT)
    accounts.set_active(station, beheerder, "weg", False)
    assert [a.username for a in accounts.surveillants(station, secretaris)] == ["bakker", "jansen"]
    surveillant = accounts.sign_in(station, "jansen", PASSWORD)
    with pytest.raises(PermissionDenied):
        accounts.surveillants(station, surveillant)
