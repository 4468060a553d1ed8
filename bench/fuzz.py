"""Fuzzing the importer at length (issue 13 #6). Run on demand: ``python bench/fuzz.py``.

10,000 mutations (tests/services/package_mutations.py) of the sample and demo packages, as JSON files
and as zip archives, and of a sample CSV roster, each imported into a station as ``examdesk import``
and the import dialog do. Counted per outcome:

- imported, or refused with sentences (what must happen);
- exit-3 equivalents: any exception other than a refusal (the command line would print "internal
  error" and exit 3);
- hangs: a case that takes over 10 s (an alarm interrupts it; a case stuck in C code is still counted
  by its time);
- partial writes: a refused import after which the database holds other rows than before.

A fresh station every 500 cases, so that first imports succeed as well as repeated ones. Budget: 0 of
each of the last three; exit 1 otherwise. The seed is printed, so that a run can be repeated.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import random
import signal
import statistics
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Iterator, Sequence
from datetime import UTC, datetime
from pathlib import Path
from types import FrameType

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

HANG_SECONDS = 10.0
STATION_EVERY = 500
PASSWORD = "correct horse battery"
ROSTER_GROUP = "FUZZ-ROSTER"


class Hang(Exception):
    """Raised by the alarm when one case runs longer than :data:`HANG_SECONDS`."""


def _alarm(signum: int, frame: FrameType | None) -> None:
    raise Hang


@contextlib.contextmanager
def _alarm_handled() -> Iterator[None]:
    """:func:`_alarm` answers SIGALRM while the cases run; the handler from before is put back afterwards
    (tests/test_bench.py runs :func:`main` in the test's own process)."""
    previous = signal.signal(signal.SIGALRM, _alarm)
    try:
        yield
    finally:
        signal.signal(signal.SIGALRM, previous)


def _station(folder: Path):  # type: ignore[no-untyped-def]
    from examdesk.core.roles import Role
    from examdesk.services import accounts, packages
    from examdesk.services.clock import ManualClock
    from examdesk.services.secrets import MemoryStore
    from examdesk.services.station import open_station
    from tests.services.sample_package import valid_package

    folder.mkdir(parents=True)
    clock = ManualClock(datetime(2026, 6, 12, 7, 30, tzinfo=UTC))
    station = open_station(folder / "data", clock=clock, secret_store=MemoryStore())
    beheerder = accounts.create_first_beheerder(station, "beheer", "J. Visser", PASSWORD)
    accounts.create_account(
        station, beheerder, "secretaris", "M. de Vries", PASSWORD, frozenset({Role.EXAMENSECRETARIS})
    )
    secretaris = accounts.sign_in(station, "secretaris", PASSWORD)
    # The roster cases need a group of their own (the packages' groups may be refused or renamed).
    group = valid_package()
    group.pop("results")
    group["groups"][0]["code"] = ROSTER_GROUP
    (folder / "group.json").write_text(__import__("json").dumps(group), "utf-8")
    packages.import_package(station, secretaris, folder / "group.json")
    return station, secretaris


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cases", type=int, default=10_000)
    parser.add_argument("--seed", type=int, default=None)
    parser.add_argument("--rosters", type=float, default=0.3, help="share of CSV roster cases")
    arguments = parser.parse_args(argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from examdesk import i18n
    from examdesk.services import packages
    from tests.services.package_mutations import (
        Outcome,
        mutate_package,
        mutate_roster,
        run_case,
        sample_packages,
    )

    i18n.set_language("nl")
    seed = arguments.seed if arguments.seed is not None else random.SystemRandom().randrange(2**32)
    master = random.Random(seed)
    seeds = sample_packages()
    counts: Counter[str] = Counter()
    kinds: Counter[str] = Counter()
    failures: list[str] = []
    durations: list[float] = []
    started = time.perf_counter()
    with _alarm_handled(), tempfile.TemporaryDirectory(prefix="examdesk-fuzz-") as scratch:
        station = secretaris = None
        for case in range(arguments.cases):
            if case % STATION_EVERY == 0:
                if station is not None:
                    station.close()
                station, secretaris = _station(Path(scratch) / f"station-{case}")
            case_seed = master.randrange(2**32)
            rng = random.Random(case_seed)
            if rng.random() < arguments.rosters:
                kind, name, content = "csv", "rooster.csv", mutate_roster(rng)

                def do_import(path: Path, station=station, secretaris=secretaris) -> object:  # type: ignore[no-untyped-def]
                    return packages.import_roster(station, secretaris, ROSTER_GROUP, path)
            else:
                name, content = mutate_package(rng, seeds)
                kind = "zip" if name.endswith(".zip") else "json"

                def do_import(path: Path, station=station, secretaris=secretaris) -> object:  # type: ignore[no-untyped-def]
                    return packages.import_package(station, secretaris, path)

            kinds[kind] += 1
            begin = time.perf_counter()
            signal.setitimer(signal.ITIMER_REAL, HANG_SECONDS)
            try:
                outcome = run_case(do_import, Path(scratch) / name, content, station)
            except Hang:
                outcome = Outcome("hang", f"interrupted after {HANG_SECONDS:.0f} s")
            finally:
                signal.setitimer(signal.ITIMER_REAL, 0)
            elapsed = time.perf_counter() - begin
            durations.append(elapsed)
            if elapsed > HANG_SECONDS and outcome.kind != "hang":
                outcome = Outcome("hang", f"took {elapsed:.1f} s ({outcome.kind})")
            counts[outcome.kind] += 1
            if outcome.kind not in ("imported", "refused"):
                failures.append(f"case seed {case_seed} ({kind}): {outcome.kind}: {outcome.detail}")
                print(f"  {failures[-1]}", file=sys.stderr, flush=True)
            if (case + 1) % 1000 == 0:
                print(
                    f"  {case + 1} cases, {time.perf_counter() - started:.0f} s: {dict(counts)}",
                    file=sys.stderr,
                    flush=True,
                )
        if station is not None:
            station.close()
    total = time.perf_counter() - started
    durations.sort()
    print(f"fuzz: {arguments.cases} mutations, seed {seed}, {total:.0f} s")
    print(f"  inputs: {kinds['json']} JSON packages, {kinds['zip']} zip packages, {kinds['csv']} CSV rosters")
    print(f"  imported {counts['imported']}, refused with sentences {counts['refused']}")
    print(
        f"  exit-3 equivalents {counts['exception']}, hangs over {HANG_SECONDS:.0f} s {counts['hang']}, "
        f"partial writes {counts['partial']}"
    )
    print(
        f"  per case: median {statistics.median(durations) * 1000:.1f} ms, "
        f"p99 {durations[int(len(durations) * 0.99) - 1] * 1000:.1f} ms, max {durations[-1] * 1000:.0f} ms"
    )
    for failure in failures[:20]:
        print("  " + failure)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
