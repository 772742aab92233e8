"""The chat gives the matcher's answers: a question the FAQ answers outright is not taken for something told."""

from __future__ import annotations

import asyncio
from datetime import datetime
from pathlib import Path

from chat import visible

from bot.dates import AMSTERDAM
from bot.evaluation import HOLDOUT, STUDIED, DevSet
from bot.simulation import Simulation, shared_faq

NOW = datetime(2026, 11, 22, 12, 0, tzinfo=AMSTERDAM)


def test_every_set_question_answered_outright_gets_that_answer_in_a_private_chat(tmp_path: Path) -> None:
    faq = shared_faq()
    expected = {}
    for path in (None, HOLDOUT, STUDIED):
        for question, entry_id in (DevSet.load(path) if path else DevSet.load()).in_scope:
            answer = faq.ask(question)
            if answer.kind == "faq" and answer.entry_id == entry_id:
                expected[question] = faq.kb.by_id[entry_id].questions[0]
    assert len(expected) > 1000

    async def main() -> list[tuple[str, list[str]]]:
        missed = []
        async with Simulation(tmp_path / "bot.db", clock=lambda: NOW, rate_limit=False) as sim:
            for user_id, (question, heading) in enumerate(expected.items(), 1000):
                sim.emulator.add_user(user_id, "Gebruiker")  # a new user each: nothing stored, nothing open
                replies = [visible(r) for r in await sim.send(user_id, question)]
                if not any(r.startswith(heading) for r in replies):
                    missed.append((question, [r[:60] for r in replies]))
        return missed

    assert asyncio.run(main()) == []
