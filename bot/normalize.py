"""Dutch text normalisation for matching: case, accents, punctuation, compounds, synonyms."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # knowledge folds its words with fold(): a runtime import would be circular
    from bot.knowledge import Language

_NON_WORD = re.compile(r"[^a-z0-9@.]+")
_OPEN_SYLLABLE = re.compile(r"(?:^|[^aeiou])[aou][^aeiouwy]$")
_DOTS = re.compile(r"(?<![a-z0-9])\.|\.(?![a-z0-9])")  # keep dots only inside e-mail addresses
_LONG_VOWEL = re.compile(r"(aa|ee|oo|uu)([^aeiou])$")
_LETTER = re.compile(r"[^\W\d_]")


@lru_cache(maxsize=1024)  # one message is folded by many checks in turn: each after the first is a lookup
def fold(text: str) -> str:
    """Lower-case, strip accents and turn punctuation into single spaces."""
    lowered = text.lower()
    if lowered.isascii():  # most questions: nothing to decompose, and the character loop is the slow part
        ascii_only = lowered
    else:
        decomposed = unicodedata.normalize("NFKD", lowered)
        ascii_only = "".join(c for c in decomposed if not unicodedata.combining(c))
    ascii_only = ascii_only.replace("'", "").replace("’", "")  # collega's -> collegas
    return " ".join(_DOTS.sub(" ", _NON_WORD.sub(" ", ascii_only)).split())


def has_letter(text: str) -> bool:
    """Whether a text holds any letter, in any script ("3", "👍" and "..." do not)."""
    return _LETTER.search(text) is not None


def stem(token: str) -> str:
    """A light Dutch suffix strip so that plural and verb forms meet (kosten ~ kost)."""
    if len(token) > 4 and token.endswith("dt"):
        return token[:-1]  # a verb's -dt is its stem + t: begeleidt, vindt, houdt
    if len(token) > 5 and token.endswith("en"):
        token = token[:-2]
        if len(token) >= 3 and _OPEN_SYLLABLE.search(token):
            token = token[:-1] + token[-2] + token[-1]  # maken -> mak -> maak, like "maak"
    elif len(token) > 4 and token.endswith("s") and not token.endswith("ss"):
        token = token[:-1]
    if len(token) > 4 and token[-1] == token[-2] and token[-1] not in "aeiou":
        token = token[:-1]  # verlopp -> verlop, after stripping "en" from a doubled consonant
    return token


class Normaliser:
    """Turns text into the canonical tokens the matcher compares, using the language data."""

    def __init__(self, language: Language) -> None:
        self.language = language
        self._phrases = sorted(
            ((tuple(fold(p).split()), v) for p, v in language.phrases.items()),
            key=lambda item: -len(item[0]),
        )
        self._synonyms = {fold(k): fold(v) for k, v in language.synonyms.items()}
        self._stopwords = frozenset(fold(w) for w in language.stopwords)
        self.tokens = lru_cache(maxsize=4096)(self._tokens)

    def join_phrases(self, words: list[str]) -> list[str]:
        out: list[str] = []
        i = 0
        while i < len(words):
            for phrase, joined in self._phrases:
                if tuple(words[i : i + len(phrase)]) == phrase:
                    out.append(joined)
                    i += len(phrase)
                    break
            else:
                out.append(words[i])
                i += 1
        return out

    def canonical(self, word: str) -> str:
        """Synonym, then stem: the form a word is compared in."""
        return stem(self._synonyms.get(word, word))

    def participle_sources(self, token: str) -> tuple[str, ...]:
        """The verbs a Dutch past participle may come from, canonical: ingeleverd -> inleveren, gestuurd -> sturen.

        ge + stem + d/t, after a separable prefix if any. The stem's long vowel is single in the
        infinitive, its short one doubles the consonant, and a stem ending in d takes no extra d:
        every reading is returned, for the matcher to keep the one it knows.
        """
        word = token[:-1] if token.endswith(("de", "te")) else token
        if not word.endswith(("d", "t")):
            return ()
        for prefix in (*self.language.separable_prefixes, ""):
            rest = word[len(prefix) + 2:]
            if word.startswith(prefix + "ge") and len(rest) >= 4:
                stem_ = rest[:-1]
                stems = (_LONG_VOWEL.sub(lambda m: m.group(1)[0] + m.group(2), stem_), stem_,
                         stem_ + stem_[-1], rest)  # stuur -> sturen, lever -> leveren, vul -> vullen, meld
                return tuple(dict.fromkeys(self.canonical(prefix + s + "en") for s in stems))
        return ()

    def is_stopword(self, word: str) -> bool:
        return word in self._stopwords

    def _tokens(self, text: str) -> tuple[str, ...]:
        words = self.join_phrases(fold(text).split())
        return tuple(self.canonical(w) for w in words if w not in self._stopwords)
