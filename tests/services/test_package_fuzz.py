"""Fuzzing the package importer and the CSV roster reader (issue 13 #6, "Must show").

A few hundred mutations of valid inputs (tests/services/package_mutations.py): every one is imported
or refused with sentences; never another exception, never a partial write. ``bench/fuzz.py`` runs the
long version (10,000 mutations) and also counts hangs.
"""

from __future__ import annotations

import json
import random
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from examdesk.core.roles import Role
from examdesk.services import accounts, packages
from examdesk.services.actors import SignedIn
from examdesk.services.station import Station
from tests.services.package_mutations import (
    GROUP,
    mutate_package,
    mutate_roster,
    run_case,
    sample_packages,
)
from tests.services.sample_package import valid_package

PASSWORD = "correct horse battery"
SEEDS = sample_packages()
FUZZ = settings(
    max_examples=150,
    derandomize=True,  # the same cases on every run: a failure here is reproducible
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)


@pytest.fixture
def secretaris(station: Station, beheerder: SignedIn):
    accounts.create_account(
        station, beheerder, "secretaris", "M. de Vries", PASSWORD, frozenset({Role.EXAMENSECRETARIS})
    )
    return accounts.sign_in(station, "secretaris", PASSWORD)


@pytest.mark.slow
@FUZZ
@given(seed=st.integers(0, 2**32 - 1))
def test_a_mutated_package_is_imported_or_refused_with_sentences_never_half(
    station: Station, secretaris, tmp_path: Path, seed: int
) -> None:
    name, content = mutate_package(random.Random(seed), SEEDS)
    outcome = run_case(
        lambda path: packages.import_package(station, secretaris, path),
        tmp_path / name,
        content,
        station,
    )
    assert outcome.kind in ("imported", "refused"), (seed, outcome)


@pytest.mark.slow
@FUZZ
@given(seed=st.integers(0, 2**32 - 1))
def test_a_mutated_roster_is_imported_or_refused_with_sentences_never_half(
    station: Station, secretaris, tmp_path: Path, seed: int
) -> None:
    if not (tmp_path / "group.json").exists():
        data = valid_package()
        data.pop("results")
        (tmp_path / "group.json").write_text(json.dumps(data), "utf-8")
        packages.import_package(station, secretaris, tmp_path / "group.json")
    outcome = run_case(
        lambda path: packages.import_roster(station, secretaris, GROUP, path),
        tmp_path / "rooster.csv",
        mutate_roster(random.Random(seed)),
        station,
    )
    assert outcome.kind in ("imported", "refused"), (seed, outcome)
