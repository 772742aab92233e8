"""Dutch normalisation: case, accents, punctuation, compounds and synonyms meet in one form."""

from __future__ import annotations

import pytest

from bot.faq import FaqService
from bot.normalize import fold, stem


@pytest.mark.parametrize(
    ("text", "folded"),
    [
        ("Hoe lang is mijn CERTIFICAAT geldig?", "hoe lang is mijn certificaat geldig"),
        ("kopiëren   naar  de   portal!!", "kopieren naar de portal"),
        ("collega’s en collega's", "collegas en collegas"),
        ("mail naar keurmerk@nrto.nl.", "mail naar keurmerk@nrto.nl"),
        ("PE-punten", "pe punten"),
    ],
)
def test_fold(text: str, folded: str) -> None:
    assert fold(text) == folded


@pytest.mark.parametrize(("word", "stemmed"), [("kosten", "kost"), ("punten", "punt"),
                                               ("verlopen", "verloop"), ("webinars", "webinar")])
def test_stem(word: str, stemmed: str) -> None:
    assert stem(word) == stemmed


@pytest.mark.parametrize(
    "variants",
    [
        ("pe-punten", "pe punten", "pepunten", "PE punten", "punten"),
        ("hercertificering", "recertificering", "Recertificatie", "hercertificeren"),
        ("portaal", "portal"),
        ("kosten", "kost", "prijs"),
    ],
)
def test_variants_share_one_form(faq: FaqService, variants: tuple[str, ...]) -> None:
    forms = {faq.norm.tokens(v) for v in variants}
    assert len(forms) == 1, forms


def test_stop_words_are_dropped(faq: FaqService) -> None:
    assert faq.norm.tokens("ik wil graag de kosten") == ("kost",)


def test_compounds_split_into_known_parts(faq: FaqService) -> None:
    m = faq.matcher
    assert m._split_compound("hercertificeringskosten") == ("recertificering", "kost")
    assert m._split_compound("xyzzyplugh") is None
