"""The FAQ matcher: weighted, typo-tolerant token matching with a confidence policy."""

from __future__ import annotations

import math
from collections import defaultdict
from dataclasses import dataclass
from functools import lru_cache
from typing import Literal

import numpy as np
from rapidfuzz import fuzz, process

from bot.bm25 import Bm25
from bot.knowledge import Entry, KnowledgeBase, KnowledgeError
from bot.normalize import Normaliser

Kind = Literal["faq", "suggest", "none"]

# Typo tolerance: how alike a typed word must be to a known word to count, and for what.
FUZZY_CUTOFF = 80.0
FUZZY_MIN_LEN = 4
MIN_PART = 4  # shortest word that counts as part of a compound
# Query coverage counts for more than question coverage: a short question fully
# explained by one entry question is a good match even if that question says more.
BETA2 = 2.0
# An entry is also scored on all its wording at once (questions, and its answer at a discount),
# so that a paraphrase mixing words from several of its questions still finds it.
ANSWER_PRESENCE = 0.5
POOLED_SHARE = 0.5


@dataclass(frozen=True)
class Candidate:
    entry: Entry
    score: float


@dataclass(frozen=True)
class Match:
    kind: Kind
    score: float
    candidates: tuple[Candidate, ...]  # best first; for "faq" the first is the answer

    @property
    def entry(self) -> Entry | None:
        return self.candidates[0].entry if self.kind == "faq" and self.candidates else None


@dataclass(frozen=True)
class _Question:
    entry_index: int
    terms: frozenset[str]
    weight: float


class Matcher:
    """Scores a query against every entry question; no Telegram, no I/O."""

    def __init__(self, kb: KnowledgeBase, normaliser: Normaliser | None = None) -> None:
        self.kb = kb
        self.norm = normaliser or Normaliser(kb.language)
        policy = kb.language.matcher
        self.answer_min = policy["answer_min"]
        self.answer_margin = policy["answer_margin"]
        self.suggest_min = policy["suggest_min"]
        self.tie_margin = policy["tie_margin"]
        self.max_suggestions = int(policy["max_suggestions"])
        self.agree_top = int(policy["agree_top"])
        self.sure_margin = policy["sure_margin"]
        self.bm25_weight = policy["bm25_weight"]
        self.outside_margin = policy["outside_margin"]
        self.second_opinion = Bm25(kb)
        self._build()
        self.expand = lru_cache(maxsize=8192)(self._expand)
        self.participle_of = lru_cache(maxsize=8192)(self._participle_of)
        self.misspelt_compound = lru_cache(maxsize=8192)(self._misspelt_compound)

    def _terms(self, text: str) -> list[str]:
        """Canonical tokens with Dutch compounds split into their known parts."""
        out: list[str] = []
        for token in self.norm.tokens(text):
            out.extend(self.compounds.get(token, (token,)))
        return out

    def _find_compounds(self) -> None:
        words: set[str] = set()
        for entry in self.kb.entries:
            words.update(self.norm.tokens(entry.answer))
            for q in entry.questions:
                words.update(self.norm.tokens(q))
        self.compounds: dict[str, tuple[str, str]] = {}
        self._parts_vocab = {w for w in words if len(w) >= MIN_PART}
        for word in words:
            parts = self._split_compound(word)
            if parts:
                self.compounds[word] = parts
        self.compound_words = sorted(self.compounds)

    def _build(self) -> None:
        self._find_compounds()
        docs: list[tuple[int, frozenset[str]]] = []
        pooled: list[dict[str, float]] = []  # per entry: term -> presence (1 question, less answer)
        for index, entry in enumerate(self.kb.entries):
            answer = dict.fromkeys(self._terms(entry.answer), ANSWER_PRESENCE)
            pooled.append(self._pool(index, entry.questions, answer, docs))
        df: dict[str, int] = defaultdict(int)
        for presence in pooled:
            for t in presence:
                df[t] += 1
        n = len(pooled)
        self.idf = {t: math.log(1.0 + n / d) for t, d in df.items()}
        self.unknown_idf = math.log(1.0 + n / 0.5)
        # Out-of-scope subjects are scored like entries after the real ones. Their words weigh what
        # an unknown word weighs, so every real entry's score is what it would be without them.
        self.n_entries = n
        for index, subject in enumerate(self.kb.out_of_scope, start=n):
            pooled.append(self._pool(index, subject.questions, {}, docs))
        self.outside_words = {t for presence in pooled[n:] for t in presence if t not in self.idf}
        self.idf.update(dict.fromkeys(self.outside_words, self.unknown_idf))
        self.vocab = sorted(self.idf)
        self.questions = [
            _Question(i, terms, sum(self.idf[t] for t in terms)) for i, terms in docs
        ]
        self.entry_terms: list[set[str]] = [set() for _ in pooled]
        for i, terms in docs:
            self.entry_terms[i].update(terms)
        self.subject_words = [self.entry_terms[i] & self.outside_words for i in range(n, len(pooled))]
        self.source_of = self._source_terms(pooled[:n])
        postings: dict[str, list[int]] = defaultdict(list)
        for qi, question in enumerate(self.questions):
            for t in question.terms:
                postings[t].append(qi)
        self.postings = dict(postings)
        entry_postings: dict[str, list[tuple[int, float]]] = defaultdict(list)
        for ei, presence in enumerate(pooled):
            for t, w in presence.items():
                entry_postings[t].append((ei, w))
        self.entry_postings = dict(entry_postings)
        # the same postings as arrays: scoring runs in numpy, so a KB of thousands of entries stays fast
        self._q_post = {t: np.fromiter(qs, dtype=np.int64) for t, qs in self.postings.items()}
        self._e_post = {t: (np.fromiter((e for e, _ in ps), dtype=np.int64),
                            np.fromiter((w for _, w in ps), dtype=np.float64))
                        for t, ps in self.entry_postings.items()}
        self._q_entry = np.fromiter((q.entry_index for q in self.questions), dtype=np.int64)
        self._q_weight = np.fromiter((q.weight for q in self.questions), dtype=np.float64)

    def _source_terms(self, pooled: list[dict[str, float]]) -> dict[str, str]:
        """Term -> the source page it names, from language.yaml's source_words; each must be that source's alone."""
        pages: dict[str, set[str]] = defaultdict(set)
        for entry, presence in zip(self.kb.entries, pooled, strict=True):
            for t in presence:
                pages[t].add(entry.source_page)
        source_of: dict[str, str] = {}
        for page, words in self.kb.language.source_words.items():
            for word in words:
                own = [t for t in self._terms(word) if pages.get(t) == {page}]
                if not own:
                    raise KnowledgeError(f"language.yaml: source_words: '{word}' staat niet alleen in entries "
                                         f"van '{page}'")
                source_of.update(dict.fromkeys(own, page))
        return source_of

    def _pool(self, index: int, questions: tuple[str, ...], presence: dict[str, float],
              docs: list[tuple[int, frozenset[str]]]) -> dict[str, float]:
        """`presence` with every word of the questions at 1; each question's words join `docs` under `index`."""
        for q in questions:
            terms = frozenset(self._terms(q))
            presence.update(dict.fromkeys(terms, 1.0))
            if terms:
                docs.append((index, terms))
        return presence

    def _split_compound(self, token: str) -> tuple[str, str] | None:
        """Dutch compounds: 'hercertificeringskosten' -> recertificering + kosten."""
        if len(token) < 2 * MIN_PART:
            return None
        for i in range(len(token) - MIN_PART, MIN_PART - 1, -1):
            left, right = token[:i], token[i:]
            right_c = self.norm.canonical(right)
            if right_c not in self._parts_vocab:
                continue
            for lhs in (left, left[:-1] if left.endswith("s") else None):
                if lhs and len(lhs) >= MIN_PART and self.norm.canonical(lhs) in self._parts_vocab:
                    return self.norm.canonical(lhs), right_c
        return None

    def _misspelt_compound(self, token: str) -> tuple[str, str] | None:
        """The parts of a known compound a typed word misspells: zelfevalutie -> zelf + evaluatie.

        A compound is known only by its parts, so the typo would find no word to be close to.
        """
        if len(token) < 2 * MIN_PART:
            return None
        hit = process.extractOne(token, self.compound_words, scorer=fuzz.ratio, score_cutoff=FUZZY_CUTOFF)
        return self.compounds[hit[0]] if hit else None

    def _participle_of(self, token: str) -> str | None:
        """The known verb an unknown past participle comes from: ingeleverd -> indienen (via inleveren)."""
        return next((verb for verb in self.norm.participle_sources(token) if verb in self.idf), None)

    def _expand(self, token: str) -> tuple[tuple[str, float], ...]:
        """Known words a typed token stands for, each with a similarity 0..1."""
        if token in self.idf:
            return ((token, 1.0),)
        if len(token) < FUZZY_MIN_LEN:
            return ()
        hits = process.extract(
            token, self.vocab, scorer=fuzz.ratio, score_cutoff=FUZZY_CUTOFF, limit=3
        )
        return tuple((term, score / 100.0) for term, score, _ in hits)

    def _groups(self, query: str) -> list[tuple[float, tuple[tuple[str, float], ...]]]:
        """Per query word: its weight and the known words it stands for."""
        tokens: list[str] = []
        for token in self.norm.tokens(query):
            verb = None if token in self.idf else self.participle_of(token)
            parts = (verb,) if verb else self.compounds.get(token) or (
                None if token in self.idf else self._split_compound(token)
            )
            if parts is None and token not in self.idf and not self.expand(token):
                parts = self.misspelt_compound(token)
            tokens.extend(parts or (token,))
        groups: list[tuple[float, tuple[tuple[str, float], ...]]] = []
        for token in dict.fromkeys(tokens):
            expansion = self.expand(token)
            if expansion:
                groups.append((max(self.idf[t] for t, _ in expansion), expansion))
            else:
                groups.append((self.unknown_idf, ()))
        return groups

    def scores(self, query: str) -> dict[int, float]:
        """Score 0-100 per entry index, for every entry that shares a word with the query."""
        return {i: s for i, s in self._scores(self._groups(query)).items() if i < self.n_entries}

    def _covered(self, groups: list[tuple[float, tuple[tuple[str, float], ...]]], ei: int) -> set[int]:
        """Which query words an entry's questions account for."""
        terms = self.entry_terms[ei]
        return {g for g, (_, exp) in enumerate(groups) if any(t in terms for t, _ in exp)}

    def _scores(self, groups: list[tuple[float, tuple[tuple[str, float], ...]]]) -> dict[int, float]:
        """Per entry: the best question's F-score (β² = 2) blended with coverage by all its wording."""
        if not groups:
            return {}
        total = sum(w for w, _ in groups)
        n_questions, n_entries = len(self.questions), len(self.entry_terms)
        matched_q = np.zeros(n_questions)
        matched_d = np.zeros(n_questions)
        coverage = np.zeros(n_entries)
        for weight, expansion in groups:
            # per query word: its best-matching variant in each question and in each entry's wording
            best_sim = np.zeros(n_questions)
            best_doc = np.zeros(n_questions)
            best_entry = np.zeros(n_entries)
            for term, sim in expansion:
                questions = self._q_post.get(term)
                if questions is not None:
                    better = sim > best_sim[questions]
                    chosen = questions[better]
                    best_sim[chosen] = sim
                    best_doc[chosen] = self.idf[term] * sim
                entries = self._e_post.get(term)
                if entries is not None:
                    index, presence = entries
                    best_entry[index] = np.maximum(best_entry[index], sim * presence)
            matched_q += weight * best_sim
            matched_d += best_doc
            coverage += weight * best_entry
        hit = np.nonzero(matched_q)[0]
        if hit.size == 0:
            return {}
        p = matched_q[hit] / total
        r = np.minimum(1.0, matched_d[hit] / self._q_weight[hit])
        with np.errstate(invalid="ignore", divide="ignore"):
            f = np.where(p + r > 0, (1 + BETA2) * p * r / (BETA2 * p + r), 0.0)
        per_entry = np.full(n_entries, -1.0)
        np.maximum.at(per_entry, self._q_entry[hit], f)
        entries_hit = np.nonzero(per_entry >= 0)[0]
        scores = 100.0 * (POOLED_SHARE * coverage[entries_hit] / total + (1 - POOLED_SHARE) * per_entry[entries_hit])
        return dict(zip(entries_hit.tolist(), scores.tolist(), strict=True))

    def _names_outside(self, groups: list[tuple[float, tuple[tuple[str, float], ...]]], subject: int) -> bool:
        """The query names the out-of-scope subject by a word of its own, one no entry uses ("uwv", "wajong").

        Frame words ("hoe lang blijft ... geldig") are shared with real questions and prove nothing.
        """
        own = self.subject_words[subject - self.n_entries]
        return any(t in own for _, expansion in groups for t, _ in expansion)

    def _named_source(self, groups: list[tuple[float, tuple[tuple[str, float], ...]]]) -> str | None:
        """The one source whose subject the query names ("audit": nrto, "portfolio": noloc); None for none or both."""
        named = {self.source_of[t] for _, expansion in groups for t, _ in expansion if t in self.source_of}
        return named.pop() if len(named) == 1 else None

    def _other_source(self, entry_index: int, named: str | None) -> bool:
        """The entry is not from the source the query names (never, when it names none or both)."""
        return named is not None and self.kb.entries[entry_index].source_page != named

    def _agreed(self, bm25: np.ndarray, entry_index: int) -> bool:
        """A plain BM25 over question and answer text ranks the entry near the top, or knows no word of the query.

        It misses typos, compounds and synonyms but not the answer's own words, so where the two
        disagree a suggestion costs the user one tap, and a confident wrong answer costs more.
        """
        top = self.second_opinion.top_of(bm25, self.agree_top)
        return not top or self.kb.entries[entry_index].id in top

    def _ranked(self, raw: dict[int, float], bm25: np.ndarray) -> list[tuple[int, float]]:
        """Entries best first by the matcher's score plus a share of BM25's, which weighs the answer's words.

        The two err differently: the matcher knows typos, compounds and synonyms, BM25 how rare a
        word is across questions and answers. Only entries the matcher scored take part.
        """
        best = bm25.max(initial=0.0)
        bonus = 100.0 * self.bm25_weight / best if best > 0 else 0.0  # a share of the best BM25 score
        return sorted(((i, s + bonus * float(bm25[i])) for i, s in raw.items()), key=lambda kv: -kv[1])

    def match(self, query: str) -> Match:
        """Answer, suggest or give up, by the confidence policy in knowledge/language.yaml.

        Clearly ahead means: ahead by the margin, or ahead while the entry's questions explain a
        query word the runner-up's do not, and the runner-up's explain none that it does not.
        Within the margin, a runner-up that explains every word the leader does and more takes the lead.
        When both explain the same words, only a wide margin counts ("mentor", "bewijs").
        Short of a decisive lead (sure_margin), an answer also needs the BM25 second opinion.
        When the query names a subject of out_of_scope.yaml that scores as high: "weet ik niet".
        A query that names only one source's subject never gets the other source's answer outright.
        """
        groups = self._groups(query)
        raw = self._scores(groups)
        outside = max((s for i, s in raw.items() if i >= self.n_entries and self._names_outside(groups, i)),
                      default=0.0)
        raw = {i: s for i, s in raw.items() if i < self.n_entries}
        if not raw:
            return Match("none", 0.0, ())
        bm25 = self.second_opinion.scores(query)  # once: it ranks, and on close calls it is asked to agree
        ranked = self._ranked(raw, bm25)
        top = ranked[0][1]
        second = ranked[1][1] if len(ranked) > 1 else 0.0
        ahead = top - second >= self.answer_margin
        if len(ranked) > 1:
            mine, theirs = self._covered(groups, ranked[0][0]), self._covered(groups, ranked[1][0])
            if not ahead and mine < theirs:
                # nearly level, and the runner-up explains every word the leader does and more: it leads
                ranked[0], ranked[1] = ranked[1], ranked[0]
                # `second` stays the old leader's higher score: a taken lead is never "sure", so BM25 must agree
                mine, theirs, top = theirs, mine, ranked[0][1]
                ahead = True
            elif mine == theirs:  # the same words explained: only phrasing separates them
                ahead = top - second >= self.tie_margin
            elif not ahead and top > second:
                ahead = bool(mine - theirs) and not theirs - mine
        leader = ranked[0][0]
        best = raw[leader]  # thresholds hold for the matcher's own 0-100 score
        named = self._named_source(groups)  # once: it decides the answer and orders the suggestions
        if outside > 0 and outside >= best - self.outside_margin:
            # "wat betekent uwv": not a near miss to suggest entries for, but a subject our sources lack
            return Match("none", best, ())
        if (best >= self.answer_min and ahead and not self._other_source(leader, named)
                and (top - second >= self.sure_margin or self._agreed(bm25, leader))):
            return Match("faq", best, (Candidate(self.kb.entries[leader], best),))
        if named is not None:  # the named source's entries first
            ranked.sort(key=lambda kv: self._other_source(kv[0], named))
        plausible = tuple(
            Candidate(self.kb.entries[i], raw[i])
            for i, _ in ranked[: self.max_suggestions]
            if raw[i] >= self.suggest_min
        )
        if plausible:
            return Match("suggest", best, plausible)
        return Match("none", best, ())
