"""A short fuzz run in CI: hostile input in every dialogue state (bench/fuzz.py runs ≥ 10,000)."""

from __future__ import annotations

import tempfile
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings

from bot.deadlines import certificate_from_expiry
from bot.fuzz import STATES, FuzzDriver, inputs_strategy


@pytest.fixture(scope="module")
def driver() -> Iterator[FuzzDriver]:
    with tempfile.TemporaryDirectory() as folder:
        fuzz = FuzzDriver(Path(folder))
        yield fuzz
        fuzz.close()


@settings(max_examples=250, deadline=None, derandomize=True,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(case=inputs_strategy())
def test_hostile_input_breaks_nothing(driver: FuzzDriver, case: tuple[str, str, str]) -> None:
    driver.step(*case)
    assert driver.findings == [], driver.findings[:3]


def test_every_state_is_reachable(driver: FuzzDriver) -> None:
    """The fuzz states are real: entering each one leaves the dialogue the state names."""
    for state in STATES:
        driver.run(driver._enter(state))
        dialog = driver.sim.db.dialog(901)
        if ":" in state:
            name, step = state.split(":")
            assert dialog is not None and (dialog.name, dialog.step) == (name, step), (state, dialog)
    for expiry in (date(2027, 1, 13), date(2027, 1, 14)):  # whichever date a finisher stored, a card is reached
        driver.sim.db.save_noloc_certificate(901, certificate_from_expiry(expiry, driver.sim.services.rules.noloc),
                                             driver.sim.services.clock())
        driver.run(driver._enter("certificaat:confirm"))
        dialog = driver.sim.db.dialog(901)
        assert dialog is not None and dialog.step == "confirm" and dialog.data["day"] != expiry.isoformat()
