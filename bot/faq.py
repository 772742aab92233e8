"""From a user's question to the reply they read: small talk, an answer, suggestions or 'weet ik niet'."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from typing import Literal

from rapidfuzz import fuzz, process

from bot.dates import years_named
from bot.intents import question_part
from bot.knowledge import Entry, KnowledgeBase, SmallTalk, load_knowledge
from bot.matcher import Matcher
from bot.normalize import Normaliser, fold, has_letter

ReplyKind = Literal["faq", "suggest", "smalltalk", "none"]

SUGGEST_INTRO = "Dat weet ik niet zeker. Bedoelde je een van deze vragen?"
SUGGEST_AFTER_LEAD = "Of bedoelde je een van deze vragen?"  # after something said first (Reply.lead)
SPELLING_CUTOFF = 85  # rapidfuzz ratio: "certifcaat" is certificaat, "verlooopt" verloopt
WORD = re.compile(r"[^\W\d_]+(?:'[^\W\d_]+)?")  # letters, with "m'n" one word
# "ik ben Anna", "mijn naam is Jan de Vries": a name, capitalised as names are, after a greeting
INTRODUCTION = re.compile(r"(?i:ik ben|ik heet|mijn naam is|met|dit is|hier is)\s{1,3}[A-Z][^\W\d_]*"
                          r"(?:\s{1,3}(?:[A-Z]|van|de|der|den|ter|ten)[^\W\d_]*){0,3}\W{0,3}")
# An e-mail address or a phone number: an answer that gives someone's contacts itself
CONTACT_DETAIL = re.compile(r"@|\b0\d{1,3}-?\d{6,8}\b")
# "ik heb een vraag over mijn recertificering": a question announced, its subject named
ABOUT_SUBJECT = re.compile(r"\s{1,3}(?:over|omtrent|aangaande|betreffende|mbt|m\.b\.t\.)(?:\s{1,3}[^\s?]+){1,5}"
                           r"\s{0,3}[?.!]{0,3}$", re.IGNORECASE)
# Where a second question begins: after a question mark, or at "en"/"of" before a question word
# ("wat kost recertificering en hoe lang duurt de beoordeling?"). Bounded runs of spaces: an unbounded \s+
# before a word costs quadratic time on a long run of them.
SECOND_QUESTION = re.compile(r"\?\s{1,3}(?=\S)|[,;]?\s{1,3}(?:en|of)\s{1,3}"
                             r"(?=(?:wat|hoe|wanneer|waar|welke|wie|hoeveel|waarom)\b)", re.IGNORECASE)
SPELLING_MIN_LEN = 4  # shorter words are too often another word ("mij", "nu")


@dataclass(frozen=True)
class Suggestion:
    id: str
    question: str
    button: str  # the entry's short button text

    @classmethod
    def of(cls, entry: Entry) -> Suggestion:
        return cls(entry.id, entry.question, entry.button)


@dataclass(frozen=True)
class Reply:
    kind: ReplyKind
    text: str
    score: float = 0.0
    entry_id: str | None = None
    suggestions: tuple[Suggestion, ...] = ()  # "bedoelde je" candidates, or related questions
    lead: str = ""  # said before "bedoelde je…" (whom to contact, when that was asked too)

    def as_json(self, question: str) -> dict[str, object]:
        """The `recertbot ask --json` contract: suggestions count as kind 'none'."""
        return {
            "question": question,
            "kind": "none" if self.kind == "suggest" else self.kind,
            "id": self.entry_id,
            "score": round(self.score, 1),
            "answer": self.text,
            "suggestions": [{"id": s.id, "question": s.question} for s in self.suggestions]
            if self.kind != "faq"
            else [],
        }


def suggest_intro(lead: str = "") -> str:
    """What a "bedoelde je…" reply says above its questions, after its `lead` when it has one."""
    return f"{lead}\n\n{SUGGEST_AFTER_LEAD}" if lead else SUGGEST_INTRO


def _mostly(words: list[str], of: frozenset[str]) -> bool:
    """Two or more of the words, and at least half of them, are in `of`."""
    hits = sum(w in of for w in words)
    return hits >= 2 and 2 * hits >= len(words)


class FaqService:
    """Answers questions from the knowledge base."""

    def __init__(self, kb: KnowledgeBase) -> None:
        self.kb = kb
        self.norm = Normaliser(kb.language)
        self.matcher = Matcher(kb, self.norm)
        self._part_min = kb.language.matcher["part_min"]
        self._smalltalk = sorted(
            ((tuple(fold(p).split()), st) for st in kb.language.smalltalk for p in st.phrases),
            key=lambda item: -len(item[0]),
        )
        # phrases by their first word (longest first), and the one-word ones long enough for typo matching
        self._by_first: dict[str, list[tuple[tuple[str, ...], SmallTalk]]] = {}
        for phrase, st in self._smalltalk:
            self._by_first.setdefault(phrase[0], []).append((phrase, st))
        self._fuzzy_words = {phrase[0]: st for phrase, st in reversed(self._smalltalk)
                             if len(phrase) == 1 and len(phrase[0]) >= 5}
        # "hallo, …", "top! …", "ok dank je, en …" before a question; longest phrases first
        openers = sorted({p for st in kb.language.openings for p in st.phrases}, key=len, reverse=True)
        self._opening = re.compile(r"^\W{0,3}(?:(?:" + "|".join(r"\W{1,3}".join(map(re.escape, p.split()))
                                                            for p in openers)
                                   + r")(?!\w)\W{0,3}){1,4}(?:(?:en|dus|maar)\s{1,3})?", re.IGNORECASE) \
            if openers else None
        # words of the sources and stop words are spelt right; others near a spelling target are mended to it
        known = {w for e in kb.entries for text in (*e.questions, e.answer) for w in fold(text).split()}
        self._known_words = frozenset(known | kb.language.stopwords)
        self._spelling_choices = kb.language.spelling_targets
        self._spelled_word = lru_cache(maxsize=8192)(self._spell_word)  # every message asks it of the same words

    @classmethod
    def load(cls) -> FaqService:
        return cls(load_knowledge())

    def answer_text(self, entry: Entry) -> str:
        """The entry's answer with its source line, as the user reads it."""
        return f"{entry.answer}\n\n{self.kb.source_line(entry)}"

    def reply_for_entry(self, entry: Entry, score: float = 100.0) -> Reply:
        related = tuple(
            Suggestion.of(self.kb.by_id[r]) for r in entry.related if r in self.kb.by_id
        )
        return Reply("faq", self.answer_text(entry), score, entry.id, related)

    def reply_for_id(self, entry_id: str) -> Reply:
        """The outright answer of the entry with this id, for the few ids the handlers name."""
        return self.reply_for_entry(self.kb.by_id[entry_id])

    def smalltalk(self, text: str) -> SmallTalk | None:
        """Small talk when nothing but greeting/thanks/'wat kun je' phrases and stop words remain; of the
        groups found, the one listed first in language.yaml ("ja, dank je" is thanks), the greeting only when
        nothing else was said ("hoi, wat kun je" asks what I can do)."""
        words = fold(text).split()
        found: list[SmallTalk] = []
        i = 0
        while i < len(words):
            word = words[i]
            exact = next(((p, st) for p, st in self._by_first.get(word, ())
                          if tuple(words[i : i + len(p)]) == p), None)
            if exact is not None:
                found.append(exact[1])
                i += len(exact[0])
                continue
            typo = process.extractOne(word, self._fuzzy_words.keys(), scorer=fuzz.ratio, score_cutoff=85) \
                if len(word) >= 5 else None
            if typo is not None:
                found.append(self._fuzzy_words[typo[0]])
            elif not self.norm.is_stopword(word) and word not in ("bot", "recertbot"):
                return None
            i += 1
        greeting = self.kb.language.openings[:1]
        said = [st for st in found if st not in greeting] or found
        return min(said, key=self.kb.language.smalltalk.index, default=None)

    def spelled(self, text: str) -> str:
        """The text with short forms written out and misspelt words mended ("wnr verlooopt mn certifcaat" →
        "wanneer verloopt mijn certificaat"), the rest (question mark included) as typed: for telling what a
        message asks, never for what it tells (a title, a name)."""
        return WORD.sub(lambda m: self._spelled_word(m.group(0)), text)

    def _spell_word(self, word: str) -> str:
        folded = fold(word)
        if folded in self.kb.language.abbreviations:
            return self.kb.language.abbreviations[folded]
        if folded in self._known_words or len(folded) < SPELLING_MIN_LEN or not folded.isalpha():
            return word
        hit = process.extractOne(folded, self._spelling_choices, scorer=fuzz.ratio, score_cutoff=SPELLING_CUTOFF)
        return str(hit[0]) if hit else word

    def ask(self, question: str, today: date | None = None) -> Reply:
        """The reply to one question; `today` reads a year said in words ("volgend jaar") where the source's
        cases differ by year."""
        bare = self.kb.language.bare_question
        if not fold(question):  # "👍"; "?" alone asks what about
            return Reply("smalltalk", bare.reply if bare is not None and "?" in question else self.kb.language.wordless)
        if not has_letter(question):  # a number alone ("3", "2024") names no question
            return Reply("none", self.kb.language.fallback, 0.0)
        words = set(fold(question).split())
        if bare is not None and words <= bare.words:  # "waarom?": about what?
            return Reply("smalltalk", bare.reply)
        st = self.smalltalk(question)
        if st is not None:
            return Reply("smalltalk", st.reply)
        rest = self.after_opening(question)
        if INTRODUCTION.fullmatch(rest) and self.kb.language.openings:  # "hallo, ik ben Anna": a greeting
            return Reply("smalltalk", self.kb.language.openings[0].reply)
        if rest != question:  # "hallo, wat kost recertificering?": the question after the greeting
            return self.ask(rest, today)
        left_open = next((u for u in self.kb.language.unanswered if u.asked(words)), None)
        if left_open is not None:  # "wat kost het nrto keurmerk": no price in the sources, not the nearest answer
            return Reply("none", left_open.reply, 0.0)
        match = self.matcher.match(question)
        reach = self.kb.language.contacts_asked  # "hoe neem ik contact op met noloc", no entry answering it
        lead = reach.reply if reach is not None and reach.asked(words) else ""
        if match.kind == "faq" and match.entry is not None:
            if lead and not CONTACT_DETAIL.search(match.entry.answer):  # "contactgegevens van de nrto": not Kiwa's
                return Reply("smalltalk", lead)
            return self.reply_for_entry(self._case_for_years(match.entry, question, today), match.score)
        other = self.kb.language.other_language
        if other is not None and _mostly(fold(question).split(), other.words):  # "when does my certificate expire"
            return Reply("none", other.reply, match.score)
        if lead and match.kind != "suggest":
            return Reply("smalltalk", lead)
        announced = self.smalltalk(ABOUT_SUBJECT.sub("", question)) if ABOUT_SUBJECT.search(question) else None
        if announced is not None and not lead:  # "ik heb een vraag over de audit"
            return Reply("smalltalk", announced.reply)
        if match.kind == "suggest":  # with the contacts first, when they were asked for
            cases = dict.fromkeys(self._case_for_years(c.entry, question, today) for c in match.candidates)
            return self._suggest(tuple(Suggestion.of(entry) for entry in cases), match.score, lead)
        part = question_part(question)  # "ik zie door de bomen het bos niet meer, waar krijg ik ondersteuning"
        if part is not None and (alone := self.ask(part, today)).kind == "faq" and alone.score >= self._part_min:
            return alone  # the question alone, sure enough without what was told first
        return Reply("none", self.kb.language.fallback, match.score)

    def _case_for_years(self, entry: Entry, question: str, today: date | None) -> Entry:
        """The source's case for the years a question names, when the entry has a case for later ones."""
        if entry.later_case is None:
            return entry
        after, later = entry.later_case
        # no year said ("wat als ons blik op werk keurmerk verloopt"): a keurmerk still to end ends after today
        years = years_named(question, today) or ([today.year] if today is not None else [])
        return self.kb.by_id[later] if years and min(years) > after else entry

    def asked(self, text: str) -> str:
        """What a message asks, to tell which it is: its greeting or thanks left out and its typos mended."""
        return self.spelled(self.after_opening(text))

    def after_opening(self, text: str) -> str:
        """The text after a greeting or thanks that opens it ("hallo, wat kost …" → "wat kost …"); the text
        itself when none opens it, or nothing would be left."""
        opened = self._opening.match(text) if self._opening is not None else None
        rest = text[opened.end():] if opened else text
        return rest if has_letter(rest) else text

    def ask_each(self, question: str, today: date | None = None) -> list[tuple[str, Reply]]:
        """Two questions in one message, each with its own outright answer, get both ("wat kost recertificering
        en hoe lang duurt de beoordeling?"); anything else the one reply to the whole. Each with what it answers."""
        parts = [p.strip() for p in SECOND_QUESTION.split(question) if p.strip()]
        if len(parts) == 2:
            each = [(part, self.ask(part, today)) for part in parts]
            if all(r.kind == "faq" for _, r in each) and each[0][1].entry_id != each[1][1].entry_id:
                return each
        return [(question, self.ask(question, today))]

    def ask_within(self, question: str, page: str, today: date | None = None) -> Reply:
        """The reply to a question from one source's entries only: a question about the certificate gets no
        Blik op Werk entry or suggestion, however near its wording ("none" when that source has nothing near)."""
        answer = self.ask(question, today)
        if answer.kind == "faq" and self.kb.by_id[str(answer.entry_id)].source_page == page:
            return answer
        own = tuple(s for s in answer.suggestions if self.kb.by_id[s.id].source_page == page)
        if answer.kind == "suggest" and own:
            return self._suggest(own, answer.score)
        return Reply("none", self.kb.language.fallback, answer.score)

    def _suggest(self, suggestions: tuple[Suggestion, ...], score: float, lead: str = "") -> Reply:
        lines = "\n".join(f"• {s.question}" for s in suggestions)
        return Reply("suggest", f"{suggest_intro(lead)}\n{lines}", score, None, suggestions, lead)
