"""Whole numbers from users and button data: only ASCII digits, and only what SQLite can hold."""

from __future__ import annotations

import pytest

from bot.config import Settings
from bot.numbers import whole_number


@pytest.mark.parametrize(
    ("text", "signed", "expected"),
    [
        ("12", False, 12),
        ("0", False, 0),
        ("-3", True, -3),
        ("-3", False, None),
        ("²", False, None),  # str.isdigit says yes, int() says no
        ("٣", False, None),  # an Arabic-Indic three: int() would read it
        ("9" * 18, False, int("9" * 18)),
        ("9" * 19, False, None),  # past SQLite's 64-bit INTEGER
        ("", False, None),
        ("-", True, None),
        ("1.5", False, None),
        (" 7", False, None),
    ],
)
def test_whole_number(text: str, signed: bool, expected: int | None) -> None:
    assert whole_number(text, signed=signed) == expected


def test_admins_from_the_environment_skip_what_is_no_user_id(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("RECERTBOT_ADMINS", " 12, -34,²,abc,,99999999999999999999")
    assert Settings.from_env().admins == frozenset({12, -34})
