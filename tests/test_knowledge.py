"""The knowledge base loads, covers both sources, and its validator names file, entry and problem."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from bot.knowledge import MAX_ANSWER_CHARS, MAX_LABEL_CHARS, KnowledgeBase, KnowledgeError, load_knowledge
from bot.matcher import Matcher


def test_every_entry_has_enough_wordings_and_a_short_answer(kb: KnowledgeBase) -> None:
    assert len(kb.entries) >= 45
    for entry in kb.entries:
        assert len(entry.questions) >= 6, entry.id
        assert len(entry.answer) <= MAX_ANSWER_CHARS, entry.id


def test_both_sources_are_covered(kb: KnowledgeBase) -> None:
    pages = {e.source_page for e in kb.entries}
    assert pages == {"noloc", "nrto"}
    nrto_ids = {e.id for e in kb.entries if e.source_page == "nrto"}
    for needed in ("nrto-kiwa", "nrto-opsturen", "nrto-niet-voldoen", "nrto-geldigheid",
                   "nrto-zelfevaluatie", "nrto-zelfevaluatie-opsturen", "nrto-volledige-audit",
                   "nrto-bow-tot-2019", "nrto-bow-na-2019"):
        assert needed in nrto_ids


def test_dated_figures_carry_their_year(kb: KnowledgeBase) -> None:
    assert kb.by_id["kosten-recertificering"].as_of == "2023"
    assert kb.by_id["kosten-register"].as_of == "2023"
    assert kb.by_id["nrto-bow-tot-2019"].as_of == "2019"
    line = kb.source_line(kb.by_id["kosten-recertificering"])
    assert line == "Bron: Noloc FAQ recertificering, bedragen 2023"


def test_the_two_expiry_questions_are_merged(kb: KnowledgeBase) -> None:
    entry = kb.by_id["verloopdatum-vinden"]
    assert "Hoe kom ik er achter tot wanneer mijn certificering geldig is?" in entry.questions
    assert "Hoe kom ik er achter wanneer mijn certificering verloopt?" in entry.questions


def _edit(folder: Path, name: str, change) -> None:  # type: ignore[no-untyped-def]
    path = folder / name
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    change(data)
    path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (lambda d: d["entries"][0].pop("answer"), "noloc.yaml: entry 'verloopdatum-vinden': veld 'answer' ontbreekt"),
        (lambda d: d["entries"][1].update(id="verloopdatum-vinden"), "dubbel id"),
        (lambda d: d["entries"][1]["questions"].append("tot wanneer ben ik gecertificeerd"),
         "staat ook bij 'verloopdatum-vinden'"),
        (lambda d: d["entries"][0]["related"].append("bestaat-niet"), "onbekend related id 'bestaat-niet'"),
        (lambda d: d["entries"][0].update(later_case={"after": 2019, "id": "bestaat-niet"}),
         "onbekend later_case id 'bestaat-niet'"),
        (lambda d: d["entries"][0].update(later_case={"after": "2019"}), "'later_case' moet 'after'"),
        (lambda d: d["entries"][0].update(answer="x" * (MAX_ANSWER_CHARS + 1)), "antwoord te lang"),
        (lambda d: d["entries"][0].update(questions=["een", "twee"]), "minimaal 6 nodig"),
        (lambda d: d["entries"][0].update(source={"page": "elders", "question": "?"}), "'source'"),
        (lambda d: d["entries"][0].update(label="x" * (MAX_LABEL_CHARS + 1)), "'label' te lang"),
        (lambda d: d["entries"][0].pop("label"), "vraag te lang voor een knop, geef een 'label'"),
        (lambda d: d["entries"][1].update(label=d["entries"][0]["label"]), "is ook die van 'verloopdatum-vinden'"),
    ],
)
def test_validator_names_file_entry_and_problem(kb_copy: Path, change, message: str) -> None:  # type: ignore[no-untyped-def]
    _edit(kb_copy, "noloc.yaml", change)
    with pytest.raises(KnowledgeError, match=r"noloc\.yaml: entry '") as err:
        load_knowledge(kb_copy)
    assert message in str(err.value)


def test_broken_yaml_is_reported_by_file(kb_copy: Path) -> None:
    (kb_copy / "nrto.yaml").write_text("entries: [\n", encoding="utf-8")
    with pytest.raises(KnowledgeError, match=r"nrto\.yaml: geen geldige YAML"):
        load_knowledge(kb_copy)


@pytest.mark.parametrize("key", ["bm25_weight", "answer_min"])
def test_validator_names_a_missing_matcher_setting(kb_copy: Path, key: str) -> None:
    _edit(kb_copy, "language.yaml", lambda d: d["matcher"].pop(key))
    with pytest.raises(KnowledgeError, match=rf"language\.yaml: matcher: '{key}' ontbreekt"):
        load_knowledge(kb_copy)


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (lambda d: d["topics"]["lidmaatschap"].append("Wat zijn de kosten van recertificering?"),
         "onderwerp 'lidmaatschap': vraag 'Wat zijn de kosten van recertificering?' staat ook bij entry "
         "'kosten-recertificering'"),
        (lambda d: d["topics"].update(lidmaatschap=[]), "onderwerp 'lidmaatschap': moet een lijst met vragen zijn"),
        (lambda d: d.pop("topics"), "verwacht een mapping met 'topics'"),
    ],
)
def test_validator_checks_the_out_of_scope_subjects(kb_copy: Path, change, message: str) -> None:  # type: ignore[no-untyped-def]
    """A subject the bot must not answer may not share a question with an entry it must answer."""
    _edit(kb_copy, "out_of_scope.yaml", change)
    with pytest.raises(KnowledgeError, match=r"out_of_scope\.yaml: ") as err:
        load_knowledge(kb_copy)
    assert message in str(err.value)


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (lambda d: d["source_words"].update(elders=["iets"]), "source_words: onbekende bron 'elders'"),
        (lambda d: d["source_words"].update(nrto="audit"), "source_words: 'nrto' moet een lijst met woorden zijn"),
        (lambda d: d.update(source_words=["audit"]), "source_words: verwacht een mapping"),
        (lambda d: d["smalltalk"]["ja-nee"]["phrases"].append(True), "smalltalk ja-nee: elke zin moet tekst zijn"),
        (lambda d: d.pop("wordless"), "veld 'wordless' ontbreekt"),
        (lambda d: d.update(abbreviations={"mn": "mijn eigen"}), "abbreviations: verwacht een mapping"),
        (lambda d: d.update(spelling_targets="certificaat"), "spelling_targets: verwacht een lijst"),
        (lambda d: d.update(other_language={"words": "the"}), "other_language: verwacht 'words'"),
        (lambda d: d["other_language"]["words"].append("Portfolio"), "'portfolio' is ook een woord van de entries"),
        (lambda d: d.update(not_in_sources=["prijs"]), "not_in_sources: verwacht per onderwerp"),
        (lambda d: d["not_in_sources"]["prijs-keurmerk-en-audit"].pop("reply"),
         "not_in_sources: prijs-keurmerk-en-audit: verwacht all_of"),
        (lambda d: d.update(openings=["groet", "welkom"]), "openings: verwacht een lijst van namen uit smalltalk"),
        (lambda d: d.update(group_help="wat-kun-je"), "group_help: verwacht een lijst van namen uit smalltalk"),
        (lambda d: d.update(contacts_asked=["contact"]), "contacts_asked: verwacht all_of en reply"),
        (lambda d: d.pop("contacts"), "veld 'contacts' ontbreekt"),
    ],
)
def test_validator_checks_the_source_words(kb_copy: Path, change, message: str) -> None:  # type: ignore[no-untyped-def]
    _edit(kb_copy, "language.yaml", change)
    with pytest.raises(KnowledgeError, match=r"language\.yaml: ") as err:
        load_knowledge(kb_copy)
    assert message in str(err.value)


@pytest.mark.parametrize("word", ["keurmerk", "certificaat"])  # both sources speak of them
def test_a_source_word_must_be_that_sources_alone(kb_copy: Path, word: str) -> None:
    _edit(kb_copy, "language.yaml", lambda d: d["source_words"]["nrto"].append(word))
    kb = load_knowledge(kb_copy)
    with pytest.raises(KnowledgeError, match=rf"source_words: '{word}' staat niet alleen in entries van 'nrto'"):
        Matcher(kb)
