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
                                               ("verlopen", "verloop"), ("webinars", "webinar"),
                                               ("begeleidt", "begeleid"), ("vindt", "vind")])
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
    # a past day says when, not what: "gisteren" was typo-matched to "register"
    assert faq.norm.tokens("gisteren ingediend") == faq.norm.tokens("ingediend")


def test_compounds_split_into_known_parts(faq: FaqService) -> None:
    m = faq.matcher
    assert m._split_compound("hercertificeringskosten") == ("recertificering", "kost")
    assert m._split_compound("xyzzyplugh") is None


def test_negation_is_kept_because_it_changes_the_question(faq: FaqService) -> None:
    assert "geen" in faq.norm.tokens("ik heb geen bewijs van deelname")


@pytest.mark.parametrize(
    ("text", "same_as", "not_as"),
    [
        ("mijn keurmerk loopt af", "mijn keurmerk verloopt", None),
        # "loopt door" is the opposite of expiring: it must not read as "verloopt"
        ("mijn keurmerk loopt door", "mijn keurmerk is geldig", "mijn keurmerk verloopt"),
        ("mijn keurmerk loopt nog door", "mijn keurmerk is geldig", "mijn keurmerk verloopt"),
        # disagreeing is an objection; "not even" is not
        ("ik ben het niet eens met de uitslag", "bezwaar over de uitslag", None),
        ("ik heb nog niet eens een portfolio", "ik heb nog niet een portfolio", "bezwaar portfolio"),
        ("mag ik al mijn punten in categorie 1 halen", "mag ik alle punten in categorie 1 halen", None),
        # the NRTO steps are dated 2019: a later year reads as "after 31 December 2019"
        ("ons keurmerk loopt tot 2027", "ons keurmerk is geldig tot na", "ons keurmerk verloopt"),
        ("ik heb uitstel gekregen", "ik heb uitgesteld gekregen", None),
        ("hoe kom ik aan het keurmerk", "hoe halen we het keurmerk", None),
        ("waarvoor dient een mentor", "wat doet een mentor", None),
        ("vanaf welk moment kan ik indienen", "wanneer kan ik indienen", None),
        ("moet het in een online omgeving", "moet het in de portal", None),
        ("mijn portfolio is afgewezen", "mijn portfolio is negatief", None),
        ("bow keurmerk", "blik op werk keurmerk", None),
        ("looptijd van het keurmerk", "geldigheid van het keurmerk", None),
        ("collega's die niet aangesloten zijn", "collega's die niet lid zijn", None),
        ("een mentor nemen, is dat verstandig", "een mentor inschakelen, is dat nuttig", None),
        ("bow geldig tot en met 2019", "bow geldig tot uiterlijk 2019", "bow geldig na 2019"),
        ("wat bedoelen jullie met permanente educatie", "wat betekent permanente educatie", None),
        ("welke voorwaarden gelden, wat wordt verwacht", "welke eisen gelden, wat zijn de eisen", None),
        ("welke dingen tellen mee", "welke activiteiten tellen mee", None),
        ("ik ben actief als jobcoach", "ik ben werkzaam als jobcoach", None),
        ("waar kan ik terecht met vragen over de portal", "waar met vragen over de portal", None),
        ("protest tegen de uitslag", "bezwaar tegen de uitslag", None),
        ("welke partij auditeert ons", "welke instelling audit ons", None),
        ("de assessor toetst het portfolio", "de assessor beoordeelt het portfolio", None),
        ("ons keurmerk loopt tot 2022", "ons keurmerk geldig tot 2022", "ons keurmerk verloopt in 2022"),
        ("vier jaar als jobcoach gewerkt", "vier jaar als jobcoach werkzaam", None),
        ("welk mailadres", "welk mail", None),
        ("teksten typen", "teksten typ", None),
        ("herstel na een negatieve audit", "verbetering na negatief audit", None),
        ("stukken verzamelen voor mijn portfolio", "stukken opbouwen voor mijn portfolio", None),
        ("hoe lang is het keurmerk geldig", "hoelang is het keurmerk geldig", None),
    ],
)
def test_phrases_that_carry_a_meaning(faq: FaqService, text: str, same_as: str, not_as: str | None) -> None:
    assert faq.norm.tokens(text) == faq.norm.tokens(same_as)
    if not_as:
        assert faq.norm.tokens(text) != faq.norm.tokens(not_as)


@pytest.mark.parametrize(
    ("participle", "verb"),
    [
        ("ingeleverd", "inleveren"),  # separable: in-ge-leverd
        ("aangemeld", "aanmelden"),  # the stem ends in d: no extra one
        ("opgestuurd", "opsturen"),  # a long vowel is single in the infinitive
        ("ingevulde", "invullen"),  # an adjective's -e, and a short vowel doubles the consonant
        ("geupload", "uploaden"),
        ("gecertificeerd", "certificeren"),
    ],
)
def test_a_participle_reads_as_its_verb(faq: FaqService, participle: str, verb: str) -> None:
    assert faq.norm.canonical(verb) in faq.norm.participle_sources(participle)


@pytest.mark.parametrize("word", ["geldig", "gesprek", "gemak", "get", "goed"])
def test_words_that_only_start_with_ge_are_no_participles(faq: FaqService, word: str) -> None:
    assert faq.norm.participle_sources(word) == ()


def test_an_unknown_participle_is_matched_as_the_known_verb(faq: FaqService) -> None:
    """'ingeleverd' is no word of the KB, 'inleveren' is (as indienen): the query gets the verb's meaning."""
    matcher = faq.matcher
    assert "ingeleverd" not in matcher.idf
    words = {t for _, expansion in matcher._groups("portfolio ingeleverd") for t, _ in expansion}
    assert faq.norm.canonical("indienen") in words
