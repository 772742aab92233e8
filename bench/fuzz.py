"""The long fuzz run: ≥ 10,000 hostile inputs through every command and dialogue state.

Prints how many inputs were played and what broke (nothing, one hopes); exits 1 on a finding.
Run: .venv/bin/python bench/fuzz.py [--inputs N]
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

from hypothesis import HealthCheck, given, settings

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bot.fuzz import FuzzDriver, inputs_strategy


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--inputs", type=int, default=10_000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        driver = FuzzDriver(Path(folder))
        started = time.perf_counter()

        @settings(max_examples=args.inputs, deadline=None, database=None,
                  suppress_health_check=list(HealthCheck))
        @given(case=inputs_strategy())
        def play(case: tuple[str, str, str]) -> None:
            driver.step(*case)
            if driver.inputs % 1000 == 0:
                print(f"  {driver.inputs:,} inputs, {len(driver.findings)} findings, "
                      f"{time.perf_counter() - started:.0f} s", flush=True)

        play()
        elapsed = time.perf_counter() - started
        messages = len(driver.sim.emulator.sent)
        driver.close()
    print(f"fuzz: {driver.inputs:,} hostile inputs in {elapsed:.0f} s ({messages:,} Bot API calls checked), "
          f"{len(driver.findings)} findings")
    for finding in driver.findings[:20]:
        print(f"  {finding.state} / {finding.kind} / {finding.payload[:60]!r}: {finding.problem[:200]}")
    return 1 if driver.findings else 0


if __name__ == "__main__":
    sys.exit(main())
