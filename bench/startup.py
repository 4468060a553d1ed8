"""Start-up benchmark (issue 2, item 14). Run on demand: ``./dev bench`` or ``python bench/startup.py``.

In one run, alternating so that both see the same machine state, it measures the median time
- from process start to the first painted window, for ``examdesk`` and for a bare PySide6 window;
- from process start to exit, for ``examdesk check-bsn`` and for a bare ``python -c pass``.
Budget: examdesk's first paint at most 1.5 times the bare window's. Exit 1 when over budget.

Under Xvfb (DISPLAY set) it measures a real X window; otherwise Qt's offscreen platform.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
BUDGET = 1.5


def time_until_line(command: list[str], marker: str, env: dict[str, str]) -> float:
    """Seconds from starting ``command`` until it prints ``marker``."""
    started = time.perf_counter()
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True, env=env)
    assert process.stdout is not None
    try:
        for line in process.stdout:
            if line.strip() == marker:
                elapsed = time.perf_counter() - started
                break
        else:
            raise RuntimeError(f"{command} ended without printing {marker!r}")
    finally:
        process.kill()
        process.wait()
    return elapsed


def time_until_exit(command: list[str], env: dict[str, str]) -> float:
    started = time.perf_counter()
    subprocess.run(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env, check=False)
    return time.perf_counter() - started


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=9)
    options = parser.parse_args()

    env = dict(os.environ)
    if not env.get("DISPLAY") and not env.get("WAYLAND_DISPLAY"):
        env["QT_QPA_PLATFORM"] = "offscreen"
    platform = env.get("QT_QPA_PLATFORM", "native (" + env.get("DISPLAY", "?") + ")")
    python = sys.executable

    with tempfile.TemporaryDirectory(prefix="examdesk-bench-") as folder:
        data_dir = Path(folder) / "station"
        subprocess.run(
            [python, "-m", "examdesk", "demo", "--data-dir", str(data_dir)],
            check=True,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            env=env,
        )
        app_env = {**env, "EXAMDESK_BENCH_FIRST_PAINT": "1"}
        examdesk_gui = [python, "-m", "examdesk", "--data-dir", str(data_dir), "--lang", "nl"]
        bare_gui = [python, str(HERE / "bare_window.py")]
        check_bsn = [python, "-m", "examdesk", "check-bsn", "999993653"]
        bare_python = [python, "-c", "pass"]

        # One warm-up of each, so that the first measured run does not pay for a cold file cache.
        time_until_line(examdesk_gui, "examdesk-first-paint", app_env)
        time_until_line(bare_gui, "bare-first-paint", env)
        gui, bare, cli, plain = [], [], [], []
        for _ in range(options.runs):
            gui.append(time_until_line(examdesk_gui, "examdesk-first-paint", app_env))
            bare.append(time_until_line(bare_gui, "bare-first-paint", env))
            cli.append(time_until_exit(check_bsn, env))
            plain.append(time_until_exit(bare_python, env))

    def line(name: str, values: list[float]) -> str:
        return f"{name:38} median {statistics.median(values):6.3f} s  (min {min(values):.3f}, max {max(values):.3f})"

    print(f"platform: {platform}; runs: {options.runs}; python {sys.version.split()[0]}")
    print(line("bare PySide6 window, first paint", bare))
    print(line("examdesk window, first paint", gui))
    print(line("bare python -c pass", plain))
    print(line("examdesk check-bsn", cli))
    print(
        f"check-bsn ratio (examdesk check-bsn / bare python): {statistics.median(cli) / statistics.median(plain):.2f}"
    )
    ratio = statistics.median(gui) / statistics.median(bare)
    print(f"budget: startup ratio at most {BUDGET:.2f}")
    print(f"startup ratio (examdesk / bare PySide6): {ratio:.2f}")
    return 0 if ratio <= BUDGET else 1


if __name__ == "__main__":
    raise SystemExit(main())
