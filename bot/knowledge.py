"""Loading and validating the YAML knowledge base: FAQ entries, sources and language data."""

from __future__ import annotations

import os
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

import yaml

from bot.normalize import fold

try:  # the C loader keeps a cold `recertbot ask` fast
    from yaml import CSafeLoader as _Loader
except ImportError:  # pragma: no cover - depends on how PyYAML was built
    from yaml import SafeLoader as _Loader  # type: ignore[assignment]

MAX_ANSWER_CHARS = 700
MIN_QUESTIONS = 6  # the source's question plus at least five wordings people type
MAX_LABEL_CHARS = 40  # what a full-width button shows on a phone before the app cuts it off
FAQ_FILES = ("noloc.yaml", "nrto.yaml")
OUT_OF_SCOPE_FILE = "out_of_scope.yaml"


def knowledge_dir() -> Path:
    """The folder with the YAML files; `RECERTBOT_KNOWLEDGE` overrides it."""
    override = os.environ.get("RECERTBOT_KNOWLEDGE")
    return Path(override) if override else Path(__file__).resolve().parent.parent / "knowledge"


class KnowledgeError(ValueError):
    """The knowledge base is invalid; the message names file, entry and problem."""


@dataclass(frozen=True)
class Source:
    key: str
    title: str
    label: str
    note: str


@dataclass(frozen=True)
class Entry:
    id: str
    questions: tuple[str, ...]
    answer: str
    source_page: str
    source_question: str
    as_of: str | None = None
    related: tuple[str, ...] = ()
    label: str | None = None  # short button text, for a question too long for a button
    # the source's other case for later years: a question naming only years after `later_case[0]` is entry
    # `later_case[1]`'s ("ons bow keurmerk verloopt in 2027" is not the case of one ending in 2019)
    later_case: tuple[int, str] | None = None

    @property
    def question(self) -> str:
        """The source's own question, shown above the answer."""
        return self.questions[0]

    @property
    def button(self) -> str:
        """The text on a button that opens this entry."""
        return self.label or self.question


@dataclass(frozen=True)
class SmallTalk:
    intent: str
    phrases: tuple[str, ...]
    reply: str


@dataclass(frozen=True)
class WordsReply:
    """Words that get one reply: a language the bot does not answer in (other_language), or question words that
    alone name no subject (bare_question)."""
    words: frozenset[str]
    reply: str


@dataclass(frozen=True)
class Unanswered:
    """A question the sources leave open though it sounds like theirs ("wat kost het nrto keurmerk"): a word of
    each of `all_of`, none of `none_of`, and what the bot says instead of the nearest answer."""
    name: str
    all_of: tuple[frozenset[str], ...]
    none_of: frozenset[str]
    reply: str

    def asked(self, words: set[str]) -> bool:
        return all(words & group for group in self.all_of) and not words & self.none_of


@dataclass(frozen=True)
class Language:
    phrases: dict[str, str]
    synonyms: dict[str, str]  # variant -> canonical
    stopwords: frozenset[str]
    smalltalk: tuple[SmallTalk, ...]  # by priority: with phrases of several, the first answers
    fallback: str
    contacts: str  # whom to ask, as the sources name them
    wordless: str  # the reply to a message without a word ("👍")
    matcher: dict[str, float]
    separable_prefixes: tuple[str, ...] = ()  # aan, in, op ...: ingeleverd is the participle of inleveren
    source_words: dict[str, tuple[str, ...]] = field(default_factory=dict)  # source page -> words naming it
    abbreviations: dict[str, str] = field(default_factory=dict)  # "mn" -> "mijn", for telling what is asked
    spelling_targets: tuple[str, ...] = ()  # words a misspelt one is mended to, for telling what is asked
    other_language: WordsReply | None = None  # no Dutch word of the entries (the loader checks)
    bare_question: WordsReply | None = None  # "waarom", "hoe dan": what the question is about is asked
    unanswered: tuple[Unanswered, ...] = ()
    openings: tuple[SmallTalk, ...] = ()  # small talk that may open a message before a question
    group_help: tuple[SmallTalk, ...] = ()  # small talk that in a group gets what the bot does there
    contacts_asked: Unanswered | None = None  # words that ask how to reach them, and the reply with them


@dataclass(frozen=True)
class OutOfScope:
    """A subject next to the bot's own that the sources do not cover, with questions people ask about it."""

    topic: str
    questions: tuple[str, ...]


@dataclass
class KnowledgeBase:
    entries: list[Entry]
    sources: dict[str, Source]
    language: Language
    out_of_scope: list[OutOfScope] = field(default_factory=list)
    by_id: dict[str, Entry] = field(init=False)

    def __post_init__(self) -> None:
        self.by_id = {e.id: e for e in self.entries}

    def source_line(self, entry: Entry) -> str:
        """One short line telling where the answer comes from and how old its figures are."""
        label = self.sources[entry.source_page].label
        if entry.as_of is None:
            return f"Bron: {label}"
        what = "bedragen" if entry.source_page == "noloc" else "stappen en data"
        return f"Bron: {label}, {what} {entry.as_of}"


def read_yaml(path: Path) -> Any:
    try:
        with path.open(encoding="utf-8") as fh:
            return yaml.load(fh, Loader=_Loader)
    except FileNotFoundError as exc:
        raise KnowledgeError(f"{path.name}: bestand ontbreekt") from exc
    except yaml.YAMLError as exc:
        raise KnowledgeError(f"{path.name}: geen geldige YAML ({exc})") from exc


def _fail(file: str, entry: str, problem: str) -> KnowledgeError:
    return KnowledgeError(f"{file}: entry '{entry}': {problem}")


def _string_list(value: Any) -> list[str] | None:
    if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
        return None
    return [v.strip() for v in value]


def _parse_entry(file: str, raw: Any, index: int, pages: Iterable[str]) -> Entry:
    if not isinstance(raw, dict):
        raise _fail(file, f"#{index + 1}", "is geen mapping")
    eid = raw.get("id")
    if not isinstance(eid, str) or not eid.strip():
        raise _fail(file, f"#{index + 1}", "veld 'id' ontbreekt")
    for required in ("questions", "answer", "source"):
        if required not in raw:
            raise _fail(file, eid, f"veld '{required}' ontbreekt")
    questions = _string_list(raw["questions"])
    if questions is None:
        raise _fail(file, eid, "'questions' moet een lijst met teksten zijn")
    if len(questions) < MIN_QUESTIONS:
        raise _fail(file, eid, f"heeft {len(questions)} vragen, minimaal {MIN_QUESTIONS} nodig")
    answer = raw["answer"]
    if not isinstance(answer, str) or not answer.strip():
        raise _fail(file, eid, "'answer' is leeg")
    answer = " ".join(answer.split())
    if len(answer) > MAX_ANSWER_CHARS:
        raise _fail(file, eid, f"antwoord te lang ({len(answer)} > {MAX_ANSWER_CHARS} tekens)")
    source = raw["source"]
    if not isinstance(source, dict) or source.get("page") not in set(pages):
        raise _fail(file, eid, "'source' moet een bekende 'page' en een 'question' hebben")
    if not isinstance(source.get("question"), str):
        raise _fail(file, eid, "'source.question' ontbreekt")
    as_of = raw.get("as_of")
    if as_of is not None and not isinstance(as_of, str):
        raise _fail(file, eid, "'as_of' moet een tekst zijn, bijvoorbeeld \"2023\"")
    related = _string_list(raw.get("related", []))
    if related is None:
        raise _fail(file, eid, "'related' moet een lijst met ids zijn")
    label = raw.get("label")
    if label is not None and (not isinstance(label, str) or not label.strip()):
        raise _fail(file, eid, "'label' moet een tekst zijn")
    label = label.strip() if label else None
    later = raw.get("later_case")
    if later is not None and not (isinstance(later, dict) and isinstance(later.get("after"), int)
                                  and isinstance(later.get("id"), str)):
        raise _fail(file, eid, "'later_case' moet 'after' (een jaar) en 'id' hebben")
    button = label or questions[0]
    if len(button) > MAX_LABEL_CHARS:
        problem = "'label' te lang" if label else "vraag te lang voor een knop, geef een 'label'"
        raise _fail(file, eid, f"{problem} ({len(button)} > {MAX_LABEL_CHARS} tekens)")
    return Entry(
        id=eid.strip(),
        questions=tuple(questions),
        answer=answer,
        source_page=source["page"],
        source_question=source["question"],
        as_of=as_of,
        related=tuple(related),
        label=label,
        later_case=(later["after"], later["id"]) if later else None,
    )


def _fold(text: str) -> str:
    return " ".join(text.lower().split())


def _load_entries(folder: Path, pages: Iterable[str]) -> list[Entry]:
    entries: list[Entry] = []
    where: dict[str, str] = {}  # id -> file
    asked: dict[str, tuple[str, str]] = {}  # folded question -> (file, id)
    buttons: dict[str, str] = {}  # folded button text -> id: no two buttons may look alike
    for name in FAQ_FILES:
        data = read_yaml(folder / name)
        if not isinstance(data, dict) or not isinstance(data.get("entries"), list):
            raise KnowledgeError(f"{name}: verwacht een mapping met een lijst 'entries'")
        for index, raw in enumerate(data["entries"]):
            entry = _parse_entry(name, raw, index, pages)
            if entry.id in where:
                raise _fail(name, entry.id, f"dubbel id (ook in {where[entry.id]})")
            where[entry.id] = name
            for q in entry.questions:
                key = _fold(q)
                if key in asked and asked[key][1] != entry.id:
                    other_file, other_id = asked[key]
                    raise _fail(
                        name, entry.id, f"vraag '{q}' staat ook bij '{other_id}' ({other_file})"
                    )
                asked[key] = (name, entry.id)
            other = buttons.setdefault(_fold(entry.button), entry.id)
            if other != entry.id:
                raise _fail(name, entry.id, f"knoptekst '{entry.button}' is ook die van '{other}'")
            entries.append(entry)
    for entry in entries:
        for rel in entry.related:
            if rel not in where:
                raise _fail(where[entry.id], entry.id, f"onbekend related id '{rel}'")
            if rel == entry.id:
                raise _fail(where[entry.id], entry.id, "verwijst in 'related' naar zichzelf")
        if entry.later_case is not None and entry.later_case[1] not in set(where) - {entry.id}:
            raise _fail(where[entry.id], entry.id, f"onbekend later_case id '{entry.later_case[1]}'")
    return entries


# the confidence policy the matcher reads (knowledge/language.yaml, section "matcher")
MATCHER_POLICY = ("answer_min", "answer_margin", "tie_margin", "suggest_min", "max_suggestions",
                  "agree_top", "sure_margin", "bm25_weight", "outside_margin", "part_min")


def _load_language(folder: Path) -> Language:
    data = read_yaml(folder / "language.yaml")
    name = "language.yaml"
    if not isinstance(data, dict):
        raise KnowledgeError(f"{name}: verwacht een mapping")
    for key in ("phrases", "synonyms", "stopwords", "smalltalk", "fallback", "contacts", "wordless", "matcher",
                "separable_prefixes"):
        if key not in data:
            raise KnowledgeError(f"{name}: veld '{key}' ontbreekt")
    policy = data["matcher"] if isinstance(data["matcher"], dict) else {}
    for key in MATCHER_POLICY:
        if not isinstance(policy.get(key), int | float):
            raise KnowledgeError(f"{name}: matcher: '{key}' ontbreekt of is geen getal")
    synonyms: dict[str, str] = {}
    for canonical, variants in data["synonyms"].items():
        for variant in variants:
            if variant in synonyms and synonyms[variant] != canonical:
                raise KnowledgeError(f"{name}: synoniem '{variant}' staat bij twee woorden")
            synonyms[str(variant)] = str(canonical)
    contacts = " ".join(str(data["contacts"]).split())
    smalltalk = tuple(
        SmallTalk(intent=k, phrases=tuple(v["phrases"]), reply=v["reply"].replace("{contacts}", contacts))
        for k, v in data["smalltalk"].items()
    )
    for st in smalltalk:
        if not all(isinstance(p, str) for p in st.phrases):  # YAML reads a bare yes or no as true/false
            raise KnowledgeError(f"{name}: smalltalk {st.intent}: elke zin moet tekst zijn (zet 'yes' tussen quotes)")
    return Language(
        phrases={str(k): str(v) for k, v in data["phrases"].items()},
        synonyms=synonyms,
        stopwords=frozenset(str(w) for w in data["stopwords"]),
        smalltalk=smalltalk,
        fallback=" ".join(str(data["fallback"]).replace("{contacts}", contacts).split()),
        contacts=contacts,
        wordless=str(data["wordless"]),
        matcher={str(k): float(v) for k, v in data["matcher"].items()},
        separable_prefixes=tuple(sorted((str(p) for p in data["separable_prefixes"]), key=len, reverse=True)),
        source_words=_source_words(name, data.get("source_words", {})),
        abbreviations=_abbreviations(name, data.get("abbreviations", {})),
        spelling_targets=_spelling_targets(name, data.get("spelling_targets", [])),
        other_language=_words_reply(name, "other_language", data.get("other_language")),
        bare_question=_words_reply(name, "bare_question", data.get("bare_question")),
        unanswered=_unanswered(name, data.get("not_in_sources", {})),
        openings=_smalltalk_named(name, "openings", data.get("openings", []), smalltalk),
        group_help=_smalltalk_named(name, "group_help", data.get("group_help", []), smalltalk),
        contacts_asked=_contacts_asked(name, data.get("contacts_asked"), contacts),
    )


def _contacts_asked(name: str, raw: Any, contacts: str) -> Unanswered | None:
    """How to reach whom the sources name, asked: words as not_in_sources has them, the reply with the contacts."""
    if raw is None:
        return None
    if not isinstance(raw, dict):
        raise KnowledgeError(f"{name}: contacts_asked: verwacht all_of en reply")
    (asked,) = _unanswered(name, {"contacts_asked": {"none_of": [], **raw}})
    return replace(asked, reply=asked.reply.replace("{contacts}", contacts))


def _smalltalk_named(name: str, key: str, raw: Any, smalltalk: tuple[SmallTalk, ...]) -> tuple[SmallTalk, ...]:
    by_intent = {st.intent: st for st in smalltalk}
    if not isinstance(raw, list) or not all(str(k) in by_intent for k in raw):
        raise KnowledgeError(f"{name}: {key}: verwacht een lijst van namen uit smalltalk")
    return tuple(by_intent[str(k)] for k in raw)


def _unanswered(name: str, raw: Any) -> tuple[Unanswered, ...]:
    if not isinstance(raw, dict):
        raise KnowledgeError(f"{name}: not_in_sources: verwacht per onderwerp all_of, none_of en reply")
    found = []
    for key, item in raw.items():
        groups = item.get("all_of") if isinstance(item, dict) else None
        if not (isinstance(groups, list) and groups and all(_string_list(g) for g in groups)
                and isinstance(item.get("reply"), str) and _string_list(item.get("none_of", [])) is not None):
            raise KnowledgeError(f"{name}: not_in_sources: {key}: verwacht all_of (lijsten van woorden), "
                                 "none_of (woorden) en reply (tekst)")
        found.append(Unanswered(str(key), tuple(frozenset(fold(w) for w in g) for g in groups),
                                frozenset(fold(w) for w in item.get("none_of", [])), " ".join(item["reply"].split())))
    return tuple(found)


def _words_reply(name: str, key: str, raw: Any) -> WordsReply | None:
    """A list of words and the reply they get (`key` in language.yaml), or None when it is left out."""
    if raw is None:
        return None
    words = _string_list(raw.get("words")) if isinstance(raw, dict) else None
    if words is None or not isinstance(raw.get("reply"), str):
        raise KnowledgeError(f"{name}: {key}: verwacht 'words' (een lijst) en 'reply' (tekst)")
    return WordsReply(frozenset(fold(w) for w in words), str(raw["reply"]))


def _not_dutch(language: Language, entries: list[Entry]) -> None:
    """An other-language word may be no word of an entry: a Dutch question would count it."""
    if language.other_language is None:
        return
    dutch = {w for e in entries for text in (*e.questions, e.answer) for w in fold(text).split()}
    shared = sorted(language.other_language.words & dutch)
    if shared:
        raise KnowledgeError(f"language.yaml: other_language: '{shared[0]}' is ook een woord van de entries")


def _spelling_targets(name: str, raw: Any) -> tuple[str, ...]:
    targets = _string_list(raw)
    if targets is None:
        raise KnowledgeError(f"{name}: spelling_targets: verwacht een lijst met woorden")
    return tuple(t.lower() for t in targets)


def _abbreviations(name: str, raw: Any) -> dict[str, str]:
    """Short forms people type for a word ("mn" for "mijn"), each a single word."""
    if not isinstance(raw, dict) or not all(isinstance(k, str) and isinstance(v, str) and " " not in v
                                            for k, v in raw.items()):
        raise KnowledgeError(f"{name}: abbreviations: verwacht een mapping van afkorting naar één woord")
    return {k.lower(): v.lower() for k, v in raw.items()}


def _source_words(name: str, raw: Any) -> dict[str, tuple[str, ...]]:
    """Per source page, the words that name its subject (checked against the sources by the caller)."""
    if not isinstance(raw, dict):
        raise KnowledgeError(f"{name}: source_words: verwacht een mapping van bron naar woorden")
    words: dict[str, tuple[str, ...]] = {}
    for page, raw_words in raw.items():
        listed = _string_list(raw_words)
        if not listed:
            raise KnowledgeError(f"{name}: source_words: '{page}' moet een lijst met woorden zijn")
        words[str(page)] = tuple(listed)
    return words


def _load_out_of_scope(folder: Path, entries: list[Entry]) -> list[OutOfScope]:
    """The subjects the bot knows it cannot answer; none of their questions may be an entry's."""
    name = OUT_OF_SCOPE_FILE
    data = read_yaml(folder / name)
    if not isinstance(data, dict) or not isinstance(data.get("topics"), dict):
        raise KnowledgeError(f"{name}: verwacht een mapping met 'topics'")
    asked = {_fold(q): e.id for e in entries for q in e.questions}
    topics: list[OutOfScope] = []
    for topic, raw in data["topics"].items():
        questions = _string_list(raw)
        if not questions:
            raise KnowledgeError(f"{name}: onderwerp '{topic}': moet een lijst met vragen zijn")
        for q in questions:
            if _fold(q) in asked:
                raise KnowledgeError(f"{name}: onderwerp '{topic}': vraag '{q}' staat ook bij entry "
                                     f"'{asked[_fold(q)]}'")
        topics.append(OutOfScope(str(topic), tuple(questions)))
    return topics


def load_knowledge(folder: Path | None = None) -> KnowledgeBase:
    """Read and validate every YAML file; raises KnowledgeError naming the first problem."""
    folder = folder or knowledge_dir()
    raw_sources = read_yaml(folder / "sources.yaml")
    if not isinstance(raw_sources, dict):
        raise KnowledgeError("sources.yaml: verwacht een mapping")
    sources = {
        key: Source(key=key, title=v["title"], label=v["label"], note=v.get("note", ""))
        for key, v in raw_sources.items()
    }
    entries = _load_entries(folder, sources)
    language = _load_language(folder)
    for page in language.source_words:
        if page not in sources:
            raise KnowledgeError(f"language.yaml: source_words: onbekende bron '{page}'")
    _not_dutch(language, entries)
    return KnowledgeBase(
        entries=entries,
        sources=sources,
        language=language,
        out_of_scope=_load_out_of_scope(folder, entries),
    )
