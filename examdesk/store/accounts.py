"""Queries on accounts and their roles."""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import delete, func, select
from sqlmodel import Session, col

from examdesk.store.models import AccountRoleRow, AccountRow


def count(session: Session) -> int:
    return int(session.execute(select(func.count()).select_from(AccountRow)).scalar_one())


def find(session: Session, username: str) -> AccountRow | None:
    """The account with this (case-insensitive) username."""
    statement = select(AccountRow).where(col(AccountRow.username) == username.strip().lower())
    return session.execute(statement).scalars().first()


def all_accounts(session: Session) -> list[AccountRow]:
    return list(session.execute(select(AccountRow).order_by(col(AccountRow.username))).scalars())


def roles_of(session: Session, account_id: int) -> set[str]:
    statement = select(col(AccountRoleRow.role)).where(col(AccountRoleRow.account_id) == account_id)
    return set(session.execute(statement).scalars())


def replace_roles(session: Session, account_id: int, roles: Iterable[str]) -> None:
    session.execute(delete(AccountRoleRow).where(col(AccountRoleRow.account_id) == account_id))
    for role in sorted(roles):
        session.add(AccountRoleRow(account_id=account_id, role=role))
    session.flush()


def active_with_role(session: Session, role: str) -> set[int]:
    """Ids of active accounts holding ``role``."""
    statement = (
        select(col(AccountRow.id))
        .join(AccountRoleRow, col(AccountRoleRow.account_id) == col(AccountRow.id))
        .where(col(AccountRoleRow.role) == role, col(AccountRow.active).is_(True))
    )
    return {value for value in session.execute(statement).scalars() if value is not None}
