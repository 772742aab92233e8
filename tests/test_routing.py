"""The chat gives the matcher's answers: a question the FAQ answers outright is not taken for something told."""

from __future__ import annotations

from datetime import datetime

from chat import visible

from bot.dates import AMSTERDAM
from bot.evaluation import HOLDOUT, STUDIED, DevSet
from bot.simulation import first_replies, shared_faq

NOW = datetime(2026, 11, 22, 12, 0, tzinfo=AMSTERDAM)


def test_every_set_question_answered_outright_gets_that_answer_in_a_private_chat() -> None:
    faq = shared_faq()
    expected = {}
    for path in (None, HOLDOUT, STUDIED):
        for question, entry_id in (DevSet.load(path) if path else DevSet.load()).in_scope:
            answer = faq.ask(question)
            if answer.kind == "faq" and answer.entry_id == entry_id:
                expected[question] = faq.kb.by_id[entry_id].questions[0]
    assert len(expected) > 1000

    replies = first_replies(list(expected), lambda: NOW)  # each a new user's: nothing stored, nothing open
    missed = [(question, [visible(r)[:60] for r in got])
              for (question, heading), got in zip(expected.items(), replies, strict=True)
              if not any(visible(r).startswith(heading) for r in got)]
    assert missed == []
