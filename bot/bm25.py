"""Plain Okapi BM25 over each entry's questions and answer: the matcher's second opinion and the bench baseline."""

from __future__ import annotations

import math
from collections import Counter, defaultdict

import numpy as np

from bot.knowledge import KnowledgeBase
from bot.normalize import fold


class Bm25:
    """Folded words only: no stop words, synonyms or typo tolerance, so it errs differently from the matcher."""

    def __init__(self, kb: KnowledgeBase, k1: float = 1.5, b: float = 0.75) -> None:
        docs = [fold(" ".join(e.questions) + " " + e.answer).split() for e in kb.entries]
        self.ids = [e.id for e in kb.entries]
        avg = sum(map(len, docs)) / len(docs)
        df: Counter[str] = Counter(t for d in docs for t in set(d))
        n = len(docs)
        idf = {t: math.log(1 + (n - f + 0.5) / (f + 0.5)) for t, f in df.items()}
        # per term, the entries holding it and their finished weights, as arrays: a query touches
        # only its own terms, and a KB of thousands of entries stays fast
        postings: dict[str, list[tuple[int, float]]] = defaultdict(list)
        for i, doc in enumerate(docs):
            norm = k1 * (1 - b + b * len(doc) / avg)
            for term, tf in Counter(doc).items():
                postings[term].append((i, idf[term] * tf * (k1 + 1) / (tf + norm)))
        self.postings = {t: (np.fromiter((i for i, _ in ps), dtype=np.int64),
                             np.fromiter((w for _, w in ps), dtype=np.float64))
                         for t, ps in postings.items()}

    def scores(self, query: str) -> np.ndarray:
        """Per entry, its BM25 score for the query (zero where it shares no word)."""
        scores = np.zeros(len(self.ids))
        for term in fold(query).split():
            hit = self.postings.get(term)
            if hit is not None:
                scores[hit[0]] += hit[1]
        return scores

    def rank(self, query: str) -> list[tuple[str, float]]:
        """(entry id, score) for every entry sharing a word with the query, best first."""
        scores = self.scores(query)
        hit = np.nonzero(scores)[0]
        order = hit[np.argsort(-scores[hit], kind="stable")]
        return [(self.ids[i], float(scores[i])) for i in order]

    def top(self, query: str, k: int) -> list[str]:
        """The ids of the k best entries (fewer when fewer share a word with the query)."""
        return self.top_of(self.scores(query), k)

    def top_of(self, scores: np.ndarray, k: int) -> list[str]:
        """The ids of the k best entries by scores already computed with `scores`."""
        hit = np.nonzero(scores)[0]
        if hit.size > k:
            hit = hit[np.argpartition(-scores[hit], k - 1)[:k]]
        return [self.ids[i] for i in hit]
