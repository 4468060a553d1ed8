"""Issue 13: a child records events and is SIGKILLed at random moments; every acknowledged event survives
and the keyed chain verifies (R-PV-2, R-PV-3)."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from examdesk.core.eventkinds import EventKind
from examdesk.services import events
from examdesk.services.station import open_station

PASSPHRASE = "examenzaal 2026!"
_CHILD = """
import sys
from examdesk.core.eventkinds import EventKind
from examdesk.core.facts.session import Remark
from examdesk.services import events
from examdesk.services.station import open_station

station = open_station(__import__("pathlib").Path(sys.argv[1]), keyring_backend=None, passphrase=sys.argv[2])
print("ready", flush=True)
n = 0
while True:
    recorded = events.record(station, None, EventKind.REMARK, facts=Remark(str(n) + " kill test " * 20))
    print(recorded.id, recorded.seq, recorded.hash, flush=True)  # acknowledged: record() has returned
    n += 1
"""


@pytest.mark.slow
@pytest.mark.skipif(os.name != "posix", reason="SIGKILL")
def test_acknowledged_events_survive_sigkill_and_the_chain_verifies(data_dir: Path) -> None:
    open_station(data_dir, keyring_backend=None, passphrase=PASSPHRASE).close()
    chance = random.Random(13)
    acknowledged: dict[int, tuple[int, str]] = {}
    environment = {**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)}
    for _kill in range(6):
        child = subprocess.Popen(
            [sys.executable, "-c", _CHILD, str(data_dir), PASSPHRASE],
            stdout=subprocess.PIPE,
            text=True,
            env=environment,
        )
        assert child.stdout is not None
        assert child.stdout.readline().strip() == "ready"
        time.sleep(chance.uniform(0.05, 0.6))  # real time: the kill lands at a random moment of the writing
        child.send_signal(signal.SIGKILL)
        child.wait(timeout=30)
        with child.stdout:
            lines = child.stdout.read().splitlines()
        for line in lines:
            parts = line.split()
            if len(parts) == 3 and len(parts[2]) == 64:  # a line cut by the kill was not acknowledged
                acknowledged[int(parts[0])] = (int(parts[1]), parts[2])
    assert acknowledged, "the child acknowledged no event before it was killed"
    station = open_station(data_dir, keyring_backend=None, passphrase=PASSPHRASE)
    try:
        stored = {e.id: (e.seq, e.hash) for e in events.list_events(station, kinds=(EventKind.REMARK,))}
        missing = {event_id for event_id in acknowledged if stored.get(event_id) != acknowledged[event_id]}
        assert not missing, f"{len(missing)} acknowledged events lost"
        assert events.verify(station).ok, events.verify(station).broken
    finally:
        station.close()
