"""Recognising personal messages before the FAQ: questions about *my* dates, and telling a date."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from typing import Literal

from rapidfuzz import fuzz, process

from bot.dates import (
    MONTH_NAMES,
    WEEKDAYS,
    YEAR,
    DateProblem,
    FoundDate,
    Prefer,
    date_answer,
    find_date,
    period_ahead,
)
from bot.normalize import fold, has_letter

Scheme = Literal["noloc", "nrto", "any"]  # "any": my time left, whichever scheme I hold
DateKind = Literal["expiry", "certified"]
MeetingRequestKind = Literal["plan", "move", "cancel"]

FIRST_PERSON = re.compile(r"\b(mijn|ik|me|mij|we|wij|ons|onze)\b")
WHEN = re.compile(r"\b(wanneer|tot wanneer|hoe lang|hoelang|welke datum|datum|hoeveel dagen|deadlines?|welk jaar|"
                  r"uiterlijk|status|hoever|hoe ver|dit jaar|volgend jaar|komend jaar|volgende jaar|komende jaar)\b")
NOLOC_TOPIC = re.compile(r"(verlo|verval|geldig|hercertific|recertific|certificaat|certificering|indien|portfolio|"
                         r"aanvull|inlever|deadline|geregistreerd)")
NO_SCHEME_WORDS = re.compile(r"\bdeadlines?\b|\beinddatum\b")  # both schemes have them
NRTO_TOPIC = re.compile(r"(zelfevaluatie|kwaliteitsverklaring|audit|keurmerk|blik op werk|nrto|verbetering)")
EXPIRY_WORDS = re.compile(r"(verloopt|verlopen|verliep|vervalt|verval|geldig tot|loopt af|afloopt|afloop|einddatum|"
                          r"\bloopt (?:\w+ ){1,4}af\b|\bliep (?:\w+ ){1,4}af\b|"  # "loopt volgend jaar af"
                          # "ik moet voor 1 juni hercertificeren", "1 juni 2027 moet ik …"; not "moet ik …?"
                          r"\beindigt\b|\b(?:ik|we|wij) (?:moet|moeten) (?:\w+ ){0,5}(?:her|re)certificeren\b|"
                          r"\b\d{4} (?:moet|moeten) (?:ik|we|wij) (?:\w+ ){0,2}(?:her|re)certificeren\b|"
                          r"\bmijn (?:her|re)certificering(?:sdatum)? is\b|"
                          r"vervaldatum|verloopdatum|loopt tot|geldig van|geldig t m)")
CERTIFIED_WORDS = re.compile(r"(gecertificeerd|gehercertificeerd|hergecertificeerd|gerecertificeerd|behaald|"
                             r"certificeringsdatum|datum van certificering|sinds|ingeschreven|geregistreerd)")
# "is op 1 maart verlopen", "verliep": an expiry in the past
PAST_EXPIRY = re.compile(r"\b(?:is|was|zijn|waren)\b.*\b(?:verlopen|afgelopen|vervallen)\b|\b(?:verliep|verviel)\b"
                         r"|\bliep (?:\w+ ){1,4}af\b")
ACHIEVED = re.compile(r"\b(?:gehaald|gekregen|ontvangen|binnen)\b")  # with the certificate named: certified
CERT_TOPIC = re.compile(r"(certific|certificaat|register jobcoach|jobcoach)")
FILLER = {"op", "is", "de", "het", "per", "datum", "mijn", "dat", "was", "en", "tot", "sinds", "vanaf",
          "nee", "sorry", "oeps", "ik", "bedoel", "bedoelde"}  # and a date corrected: "nee, eergisteren bedoel ik"


# A yes or a no typed where the bot asked with buttons, or asked "Heb je …?".
YES_WORDS = frozenset({"ja", "jawel", "jazeker", "ja hoor", "ja graag", "yes", "j", "klopt", "zeker", "ok", "oke",
                       "okay", "prima", "goed", "akkoord", "opslaan", "bevestig", "bevestigen", "doe maar"})
NO_WORDS = frozenset({"nee", "neen", "nope", "n", "nee hoor", "nee dank je", "niet", "nog niet", "klopt niet",
                      # "nee toch niet", "liever niet" (were taken as a question, and answered)
                      "nee toch niet", "toch niet", "liever niet", "nee liever niet", "nee bedankt", "nee dankje",
                      "nee dank u", "hoeft niet", "nee hoeft niet", "niet nodig", "nee niet nodig"})


def yes_or_no(text: str) -> bool | None:
    """True for a plain yes ("Ja!", "oké"), False for a plain no, None for anything more."""
    folded = fold(text)
    return True if folded in YES_WORDS else False if folded in NO_WORDS else None


def is_question(text: str) -> bool:
    """Ends in a question mark: no date, amount, name or answer to one of the bot's questions does."""
    return text.rstrip().endswith("?")


# Words a Dutch question opens with (a name or an answer may too: "Hoe voer je een gesprek").
INTERROGATIVES = frozenset({"wat", "hoe", "hoeveel", "hoelang", "waar", "waarom", "waarvoor", "wanneer", "wie",
                            "welk", "welke", "kan", "kun", "mag", "moet", "telt", "geldt"})


# A yes/no question opens with its verb, then its subject: "moeten we dit jaar een audit", "is mijn certificaat …"
QUESTION_VERBS = frozenset({"moeten", "kunnen", "mogen", "zijn", "is", "ben", "hebben", "heb", "hebt", "heeft",
                            "krijg", "krijgen", "krijgt", "wordt", "worden", "komt", "gaat", "zal", "zullen",
                            "verloopt", "vervalt", "hoef", "hoeft", "hoeven", "tellen", "telt", "valt", "vallen",
                            "blijft", "levert", "leveren"})
SUBJECTS = frozenset({"ik", "je", "jij", "we", "wij", "u", "jullie", "ze", "zij", "het", "de", "er", "mijn", "ons",
                      "onze", "dit", "deze", "dat", "die", "uw", "jouw"})


def opens_as_question(text: str) -> bool:
    """Opens with a question word, or with a verb and its subject as a yes/no question does."""
    words = fold(text).split()
    return bool(words) and (words[0] in INTERROGATIVES
                            or (words[0] in QUESTION_VERBS and len(words) > 1 and words[1] in SUBJECTS)
                            # "om hoe laat begint het", "tot wanneer is het geldig": the question word after
                            # a preposition
                            or (words[0] in ("om", "tot", "vanaf", "sinds") and len(words) > 1
                                and words[1] in INTERROGATIVES))


def question_part(text: str) -> str | None:
    """The question in a message that tells something first ("ik ben in 2022 gecertificeerd, hoeveel jaar
    blijft dat geldig"): the first clause after a comma or a sentence's end that reads as one."""
    for clause in re.split(r"[,;]|(?<=[.!?])\s+", text)[1:]:
        if is_question(clause) or opens_as_question(clause):
            return clause.strip()
    return None


def told_part(text: str) -> str:
    """What a message tells before its question ("mijn certificaat verloopt in juni 2027" of "…, wanneer kan ik
    indienen?"); all of it when it asks nothing after telling."""
    part = question_part(text)
    return text[:text.rfind(part)] if part else text


VALIDITY = re.compile(r"(geldig|tot wanneer)")


def asks_validity(text: str) -> bool:
    """About how long something stays valid or when it expires ("wanneer verloopt ons keurmerk")."""
    folded = fold(text)
    return any(said.search(folded) for said in (EXPIRY_WORDS, VALIDITY, MY_END_DATE))  # "wat is mijn …datum"


# "hoeveel dagen heb ik nog?", "hoe lang heb ik nog": time left, with no scheme named
TIME_LEFT = re.compile(r"\b(?:hoeveel dagen|hoeveel tijd|hoeveel maanden|hoe lang|hoelang)\b")
STILL = re.compile(r"\bnog\b")
# "hoe lang duurt de beoordeling", "hoe lang ben ik bezig met mijn portfolio": a step's duration (the FAQ)
DURATION = re.compile(r"\b(?:duurt|duren|bezig|wachten)\b")
KEPT = re.compile(r"\b(?:bewaren|bewaar|bewaard|opbergen|archiveren)\b")
# "wat moet ik nu doen?", "hoe sta ik ervoor?", "lig ik op schema?": where I stand, asked as the whole message
_THIS_OR_NEXT = r"(?:dit|deze|volgend|volgende|komend|komende) (?:jaar|maand|week)"
WHERE_I_STAND = re.compile(
    r"(?:en |dus |oke |ok )?(?:wat (?:moet ik|moeten we|moeten wij) "
    rf"(?:nu |nu eerst |eerst |nog |als eerste |hierna |vervolgens |(?:nog )?{_THIS_OR_NEXT}(?: nog)? |"
    rf"nog dit jaar |binnenkort |straks |(?:nog |nu )?allemaal (?:nog )?"
    # "wat moet ik voor 31 december doen": the year's end, where the NRTO's deadline is
    r"|(?:nog )?voor (?:31 december|eind december|einde? (?:van )?(?:het|dit) jaar|het einde van het jaar|"
    rf"de jaarwisseling) )?doen(?: (?:nog )?{_THIS_OR_NEXT})?"
    r"|wat (?:is|zijn) (?:mijn|de) volgende stap(?:pen)?"
    r"|hoe (?:sta ik|staan we|staan wij) (?:er ?voor|er nu voor)|waar (?:sta ik|staan we|staan wij)"
    r"|wat nu|wat staat er (?:nog )?open|(?:mijn )?status|(?:mijn )?overzicht|(?:mijn |alle )?deadlines"
    r"|(?:mijn )?voortgang|(?:hoeveel (?:dagen|weken|maanden|tijd)|hoe ?lang) nog"
    r"|nog hoeveel (?:dagen|weken|maanden|tijd)"
    r"|(?:sta|lig|ben|zit|loop) ik (?:nog |wel |goed )?(?:op schema|op koers|op tijd|achter)"
    r"|(?:liggen|zijn|zitten|lopen) we (?:nog |wel |goed )?(?:op schema|op koers|op tijd|achter)"
    # "hebben we alles gedaan dit jaar?"
    r"|(?:heb ik|hebben we|hebben wij) (?:al )?alles (?:al )?(?:gedaan|af|geregeld|klaar)"
    r"(?: (?:voor )?(?:dit|deze) (?:jaar|maand))?)(?: nu)?")


# "wanneer is de volgende audit": the next one can only be the user's own
NEXT = re.compile(r"\bvolgende\b")
# "wat is mijn eerstvolgende deadline": the earliest of one's deadlines, above the status
NEXT_DEADLINE = re.compile(r"\b(?:eerstvolgende|volgende|eerste|dichtstbijzijnde) (?:deadline|termijn)\b")


def next_deadline_asked(text: str) -> bool:
    """"Wat is mijn eerstvolgende deadline?": the first to come is asked, of all one's deadlines."""
    return NEXT_DEADLINE.search(fold(text)) is not None


# "wat gebeurt er als ik de deadline mis": what if, which the sources answer (or leave open), not one's own dates
IF_SO = re.compile(r"(?:en )?wat (?:gebeurt (?:er )?|nu |dan |moet ik (?:doen )?)?als\b")
# "is mijn certificaat nog geldig?", "verloopt ons keurmerk binnenkort": yes or no about my validity now
NOW_YES_NO = re.compile(r"(?:is|zijn|verloopt|vervalt|loopt) (?:mijn|ons|onze) (?:certificaat|certificering|"
                        r"keurmerk|nrto keurmerk|blik op werk keurmerk)\b.*\b(?:nog|al|binnenkort|bijna|straks)\b"
                        # "mijn certificaat is verlopen", with no date: whether it is, the stored dates say
                        r"|(?:mijn|ons|onze) (?:certificaat|certificering|keurmerk|nrto keurmerk|blik op werk "
                        r"keurmerk) (?:is|was) (?:al |net |nu |helaas |inmiddels )*(?:verlopen|vervallen)"
                        r"(?: (?:wat nu|en nu|wat moet ik (?:nu )?doen|wat nu te doen))?$"  # "…, wat nu?" likewise
                        # "kan ik al indienen?", "ik wil alvast indienen": whether my window is open
                        r"|(?:kan|mag|kunnen|mogen) (?:ik|we|wij) (?:\w+ ){0,3}?(?:al|alvast|nog) (?:\w+ ){0,3}?"
                        r"(?:indienen|inleveren)\b"  # "kan ik nog indienen": still, after the expiry
                        r"|(?:ik|we|wij) (?:wil|willen) (?:graag )?(?:al|alvast|nu al|nu) (?:mijn portfolio )?"
                        r"(?:indienen|inleveren)$"
                        # "is onze kwaliteitsverklaring al verstuurd?": whether this year's step is recorded done
                        r"|(?:is|zijn) (?:mijn|ons|onze) (?:kwaliteitsverklaring|zelfevaluatie) (?:al |nu |dit jaar )?"
                        r"(?:verstuurd|opgestuurd|gedaan|klaar|af|binnen|ingediend)\b"
                        # "hebben we de kwaliteitsverklaring al verstuurd?" (was what to send where)
                        r"|(?:hebben|heb) (?:we|wij|ik) (?:de |onze |ons |mijn )?"
                        r"(?:kwaliteitsverklaring|zelfevaluatie) (?:al |nu |dit jaar )?"
                        r"(?:verstuurd|opgestuurd|gedaan|ingediend|ingestuurd)\b")
# "is dit jaar een auditjaar?": whether a year is one of the combined audit, which only one's own dates tell
AUDIT_YEAR_ASKED = re.compile(r"\b(?:is|wordt) (?:\w+ ){0,4}?auditjaar\b"
                              # "moeten we in 2028 een audit": that year's steps, by one's own dates (were
                              # suggestions)
                              r"|^(?:moeten|hebben|krijgen|doen|hoeven|moet|heb|krijg|hoef) (?:we|wij|ik) "
                              r"(?:in|voor) 20\d\d (?:\w+ ){0,3}?(?:audit|zelfevaluatie|kwaliteitsverklaring)\b")
# "wat is mijn vervaldatum", "ik weet mijn einddatum niet": the date itself (not where to find it, "hoe vind ik …")
MY_END_DATE = re.compile(r"\b(?:wat|welke) (?:is|was) (?:mijn|onze|ons) (?:verval|verloop|eind|geldigheids|"
                         r"hercertificerings|recertificerings)datum\b"
                         r"|\b(?:(?:weet|ken) (?:ik|we|wij)|(?:ik|we|wij) (?:weet|ken|weten|kennen)) (?:mijn|onze|ons) "
                         r"(?:verval|verloop|eind)datum niet\b")
# "kan ik indienen?", "ik heb 75 punten, mag ik nu mijn portfolio indienen": whether my window is open, also
# after a sentence; not how ("kan ik ook online indienen", "hoe kan ik indienen")
MAY_I_SUBMIT = re.compile(r"(?<!hoe )(?<!waar )(?<!waarom )\b(?:kan|mag|kunnen|mogen) (?:ik|we|wij) "
                          r"(?:(?:al|alvast|nu|nou|eerder|vroeger|dan|mijn|het|portfolio|recertificeringsportfolio) )"
                          r"{0,3}(?:indienen|inleveren)$")


# "wanneer hoor ik iets?", "hoe lang moet ik nog wachten op de uitslag": after submitting, one's own result
RESULT_WHEN = re.compile(r"\bwanneer (?:hoor|krijg|weet|ontvang) (?:ik|we|wij) (?:iets|de uitslag|het advies|de "
                         r"beoordeling|de uitkomst|meer|wat)\b"
                         r"|\bwanneer komt (?:de uitslag|het advies|de beoordeling)\b"
                         r"|\bhoe lang (?:moet ik|moeten we|duurt het) (?:nog )?(?:wachten|voor ik iets hoor)\b"
                         # "ik heb nog niets gehoord van dnv": waiting for it, told (was "weet ik niet")
                         r"|\b(?:ik|we|wij) (?:heb|hebben) nog (?:niets|niks|geen (?:uitslag|bericht|reactie|advies))"
                         r"(?: \w+){0,3}? (?:gehoord|ontvangen|gekregen)\b")


def result_when_asked(text: str) -> bool:
    """When the result of a submitted portfolio comes, asked ("wanneer hoor ik iets?"), or that it has not come yet
    ("ik heb nog niets gehoord"); not an audit's result (the NRTO's)."""
    folded = fold(text)
    return RESULT_WHEN.search(folded) is not None and NRTO_TOPIC.search(folded) is None


def personal_question(text: str) -> Scheme | None:
    """A question about the user's own dates: in the first person ("wanneer verloopt mijn certificaat?") or
    about the next one ("wanneer is de volgende audit?"); a deadline with no scheme named is either."""
    folded = fold(text)
    if WHERE_I_STAND.fullmatch(folded):
        return "any"
    if (told_first := status_asked_after(text)) is not None:  # "wij hebben het nrto keurmerk, wat moeten we doen?"
        return told_first
    if AUDIT_YEAR_ASKED.search(folded):  # no "my" needed: a year is an audit year only by one's own dates
        return "nrto"
    if not (FIRST_PERSON.search(folded) or NEXT.search(folded)) or IF_SO.match(folded):
        return None
    if DURATION.search(folded) and not STILL.search(folded):  # how long a step takes, not how long I have
        return None
    if KEPT.search(folded):  # "hoe lang moeten we de zelfevaluatie bewaren": a document's, not my dates
        return None
    when = WHEN.search(folded) or NOW_YES_NO.match(folded) or MAY_I_SUBMIT.search(folded) or MY_END_DATE.search(folded)
    if when and NRTO_TOPIC.search(folded):
        return "nrto"
    if when and NOLOC_TOPIC.search(NO_SCHEME_WORDS.sub(" ", folded)) and not _other_thing_of_mine(folded):
        return "noloc"
    if when and NO_SCHEME_WORDS.search(folded):
        return "any"
    if TIME_LEFT.search(folded) and STILL.search(folded):
        return "any"
    return None


# Who the user says they are, before asking where they stand ("ik ben register jobcoach, wat moet ik nu doen?")
SCHEME_TOLD: tuple[tuple[Scheme, re.Pattern[str]], ...] = (
    ("nrto", NRTO_TOPIC),
    ("noloc", re.compile(r"(jobcoach|noloc|certific|portfolio)")))  # "certific" in her-/recertificering too


# Who one is, told before a question ("ik ben register jobcoach", "wij zijn een opleider met het nrto keurmerk"):
# these words only, so a situation told ("ik heb een uitgesteld advies gekregen, wat nu") is not one
WHO_I_AM = re.compile(r"(?:ik ben|ik werk als|wij zijn|we zijn|wij hebben|we hebben)\b(?P<who>.*)")
WHO_WORDS = frozenset({
    "een", "het", "de", "al", "sinds", "jaren", "van", "met", "bij", "en", "ook", "lid", "aangesloten", "register",
    "jobcoach", "registerjobcoach", "gecertificeerd", "gecertificeerde", "noloc", "nrto", "nrtolid", "keurmerk",
    "blik", "op", "werk", "opleider", "trainer", "opleiding", "opleidingsbureau", "opleidingsinstituut",
    "opleidingsorganisatie", "trainingsbureau", "trainingsorganisatie", "organisatie", "instelling", "bureau"})


def status_asked_after(text: str) -> Scheme | None:
    """Where I stand, asked after saying who one is ("wij zijn nrto lid, wat moeten we dit jaar nog doen?"): the
    scheme that names (either, "any", when it names none); None when that is not what the message asks."""
    part = question_part(text)
    if part is None or not WHERE_I_STAND.fullmatch(fold(part)):
        return None
    told = fold(text[:text.index(part)])
    who = WHO_I_AM.fullmatch(told)
    if who is None or not set(who.group("who").split()) <= WHO_WORDS:
        return None
    return next((scheme for scheme, said in SCHEME_TOLD if said.search(told)), "any")


@dataclass(frozen=True)
class Step:
    """A step of one scheme whose day is asked, and the FAQ entry that answers it for anyone (None: no one entry);
    `narrow` when its words name it so closely that the entry goes before the FAQ's nearest wording."""
    scheme: Scheme
    entry: str | None
    narrow: bool = False


# "wanneer moet de kwaliteitsverklaring bij de nrto zijn", "wanneer gaat het indienvenster open": the day of a step
# of one scheme, asked without "my"; for someone whose dates are stored it is their own (for anyone else, the
# step's entry: the nearest wording may be another entry's, "wanneer heb ik het NRTO-keurmerk")
# The NRTO's yearly steps, asked when or told as not done yet
NRTO_STEPS: tuple[tuple[Step, re.Pattern[str]], ...] = (
    (Step("nrto", "nrto-opsturen"), re.compile(r"\bkwaliteitsverklaring\b")),
    # "wanneer moet de zelfevaluatie af": in each year without the combined audit, before the statement goes
    (Step("nrto", "nrto-zelfevaluatie"), re.compile(r"\bzelfevaluatie\b")),
    # "wanneer is onze volgende audit": once in four years, Blik op Werk's own every year (its outcome is not a day)
    (Step("nrto", "nrto-geldigheid"),
     re.compile(r"^(?!.*\b(?:uitslag|rapport|resultaat|uitkomst)\b).*\baudit(?:jaar)?\b")))
STEP_OF: tuple[tuple[Step, re.Pattern[str]], ...] = (
    *NRTO_STEPS,
    # "wanneer loopt blik op werk af": its end, not the 2019 page's cases of it (two entries, by year)
    (Step("nrto", None), re.compile(r"\bblik op werk(?: keurmerk)? (?:af|afloopt|verloopt|vervalt)\b"
                                    r"|\bloopt (?:ons |onze |het |de )?blik op werk(?: keurmerk)? af\b")),
    # "wanneer is de laatste dag om in te dienen": the window's end, the certificate's
    (Step("noloc", "indienen-wanneer"), re.compile(r"\bindienvenster\b|\bindientermijn\b|\bindienperiode\b"
                                                   r"|\b(?:laatste|uiterste) (?:dag|datum|moment)\b.*"
                                                   r"\b(?:in te dienen|indienen|in te leveren|inleveren)\b")),
    (Step("noloc", "uitgesteld-advies"), re.compile(r"\baanvulling\b|\baanvullende opdracht\b")),
    # "wanneer moet ik hercertificeren": the recertification itself is due as the certificate expires (was when
    # to start the portfolio, outright)
    (Step("noloc", "certificaat-geldigheid", narrow=True), re.compile(
        r"\bwanneer (?:moet|moeten|is|zijn) (?:ik |we |wij )?(?:mijn |onze |de |weer |opnieuw )*(?:volgende )?"
        r"(?:her|re)certific\w*(?: (?:doen|aanvragen|regelen|halen))?$")))


def step_deadline_asked(text: str) -> Step | None:
    """The step whose day is asked of no one in particular (the self-evaluation, the submission window)."""
    folded = fold(text)
    if not WHEN.search(folded) or DURATION.search(folded) or KEPT.search(folded):  # how long it takes, or is kept
        return None
    return next((step for step, said in STEP_OF if said.search(folded)), None)


# Words that name the certificate itself; "verloopt" or "geldig" alone could be about anything of mine
NOLOC_THINGS = re.compile(r"(certific|certificaat|portfolio|indien|inlever|regist|jobcoach|aanvull)")
MY_THING = re.compile(r"\b(?:mijn|ons|onze) (\w+)")
MY_PERIOD_WORDS = frozenset({"datum", "termijn", "periode", "cyclus", "inschrijving", "titel", "vervaldatum",
                             "verloopdatum", "einddatum", "geldigheidsdatum"})


def _other_thing_of_mine(folded: str) -> bool:
    """"Hoe lang is mijn rijbewijs geldig": validity asked of something of mine that is not the certificate."""
    thing = MY_THING.search(folded)
    return not NOLOC_THINGS.search(folded) and thing is not None and thing.group(1) not in MY_PERIOD_WORDS


# "hoeveel punten heb ik nog nodig?", "hoe sta ik ervoor met mijn punten": my own PE points so far
POINTS_TOPIC = re.compile(r"\b(?:pe punten|pe punt|pepunten|punten|punt|ects)\b")
# "ik al" as in "heb ik al", not "mag ik al mijn punten …" (all of them: a rule)
MY_POINTS = re.compile(r"\b(?:heb ik|sta ik|mis ik|kom ik|ik al(?! mijn| mn| de)|ik nog|ik tekort|mijn voortgang|"
                       r"(?:ben|lig|zit|loop) ik (?:nog |wel |goed )?(?:op schema|op koers|op tijd|achter)|"
                       r"mijn stand|"
                       # "welke periode telt voor mijn punten": mine, and so for meetings (counted per year)
                       r"(?:welke|over welke|in welke) periode)\b")
EVIDENCE = re.compile(r"\bbewijs")  # "welk bewijs heb ik nodig voor mijn punten": what counts as evidence


# "hoeveel uur heb ik dit jaar aan scholing besteed": hours spent so far, which the points count
MY_HOURS = re.compile(r"\bhoeveel (?:uur|uren|studie ?uren)\b.*\b(?:heb ik|hebben we)\b.*"
                      r"\b(?:besteed|gedaan|gevolgd|verzameld|gehaald|geleerd|gestudeerd)\b")


def hours_asked(text: str) -> bool:
    """"Hoeveel uur heb ik dit jaar aan scholing besteed": one's own hours, which no FAQ entry answers."""
    return MY_HOURS.search(fold(text)) is not None


def points_question(text: str) -> bool:
    """A question about the user's own PE points so far, not about what an activity is worth; also one asked
    after the points are told ("ik heb al 20 punten, hoeveel heb ik nog nodig")."""
    folded, part = fold(text), question_part(text)
    mine_after_told = part is not None and MY_POINTS.search(fold(part)) is not None
    return ((is_question(text) or opens_as_question(text) or mine_after_told) and not EVIDENCE.search(folded)
            and bool((POINTS_TOPIC.search(folded) and MY_POINTS.search(folded)) or MY_HOURS.search(folded)))


# "ik heb al 40 punten", "ik zit op 52 pe-punten": a count told, which the bot cannot take over
WE_OR_I = re.compile(r"\b(?:ik|we|wij)\b")
POINTS_COUNT = re.compile(r"\b\d+(?:[.,]\d+)? (?:pe punten|pe punt|pepunten|punten|punt)\b")


# "ik heb dit jaar maar 1 intervisie gehad": a count of meetings told, not one meeting to log ("een" is the article)
MEETINGS_COUNT = re.compile(r"\b(?:\d+|twee|drie|vier|vijf|zes) (?:intervisies?|(?:intervisie ?|reflectie ?)?"
                            r"bijeenkomsten|intervisiebijeenkomst|reflectiebijeenkomst)\b")


HAD = re.compile(r"\b(?:gehad|gedaan|bijgewoond|gevolgd|geweest)\b")  # "afgelopen week 3 intervisies gehad"


# "ik heb dit jaar geen intervisie gehad", "nog geen bijeenkomsten": none so far, a count (not one day's missed)
NO_MEETINGS_SO_FAR = re.compile(r"\b(?:dit jaar|nog)\b.*\bgeen (?:intervisies?|(?:intervisie ?|reflectie ?)?"
                                r"bijeenkomst(?:en)?|intervisiebijeenkomst|reflectiebijeenkomst)\b"
                                r"|\bgeen (?:intervisies?|bijeenkomsten?) (?:\w+ )?(?:gehad )?dit jaar\b")


def meetings_told(text: str) -> bool:
    """The user tells how many reflection meetings they had, rather than asking or logging one."""
    folded = fold(text)
    counted = MEETINGS_COUNT.search(folded) or NO_MEETINGS_SO_FAR.search(folded)
    return not asks_something(text) and bool(counted and (WE_OR_I.search(folded) or HAD.search(folded)))


def points_told(text: str) -> bool:
    """The user tells how many PE points they have (or miss), rather than asking or logging an activity."""
    folded = fold(text)
    return (not asks_something(text)  # "ik heb 80 punten, mag ik de rest …" asks
            and bool(POINTS_COUNT.search(folded) and WE_OR_I.search(folded)))


# "hoeveel intervisies moet ik dit jaar nog?": my own reflection meetings, which /reflectie records
MEETINGS_TOPIC = re.compile(r"\b(?:intervisies?|(?:intervisie ?|reflectie ?)?bijeenkomst(?:en)?)\b")
MINE_SO_FAR = re.compile(r"\b(?:had ik|hadden we|hadden wij|hebben we|hebben wij)\b")
THIS_YEAR = re.compile(r"\bdit jaar\b")  # "hoeveel intervisies moet ik dit jaar doen": this year's, counted


def meetings_question(text: str) -> bool:
    """A question about the user's own reflection meetings so far, not about what the rules ask."""
    folded = fold(text)
    return ((is_question(text) or opens_as_question(text)) and MEETINGS_TOPIC.search(folded) is not None
            and bool(MY_POINTS.search(folded) or MINE_SO_FAR.search(folded)
                     or (WE_OR_I.search(folded) and (STILL.search(folded) or THIS_YEAR.search(folded)))))


OURS, MINE = re.compile(r"\b(?:we|wij)\b"), re.compile(r"\b(?:ik|mijn|mn)\b")


def group_meetings_question(text: str) -> bool:
    """"Hoeveel bijeenkomsten hebben we dit jaar gehad?" asked in a group: the group's own, which /groep counts."""
    folded = fold(text)
    return meetings_question(text) and OURS.search(folded) is not None and MINE.search(folded) is None


# "wanneer is de volgende intervisie?", "is er al een intervisie gepland": the group's next meeting
PLANNED = re.compile(r"\b(?:volgende|eerstvolgende|gepland|weer|nieuwe)\b")


# "een uur later", "een week eerder": a move by an amount, which ends the message or comes before its verb
_HOURS_ON = r"(?:uur|uurtje|halfuur|halfuurtje|kwartier|kwartiertje|minuten)"
_BY_AN_AMOUNT = (rf"\b(?:{_HOURS_ON}|dag|dagen|week|weken) (?:later|eerder|vroeger)"
                 r"(?: (?:laten )?(?:doen|beginnen|houden|starten|zetten|plannen))?$")
# "plan een intervisie", "verzet de intervisie naar 10 december", "de intervisie gaat niet door": what
# /intervisie does in a group, asked in words
MEETING_REQUESTS: tuple[tuple[MeetingRequestKind, re.Pattern[str]], ...] = (
    ("move", re.compile(r"\b(?:verplaats|verplaatsen|verzet|verzetten|verschuif|verschuiven|opschuiven)\b"
                        r"|\bschuif (?:de|die|deze|hem|het)\b"
                        r"|\b(?:later|eerder|vroeger) (?:doen|beginnen|houden|starten)\b"
                        rf"|{_BY_AN_AMOUNT}"
                        r"|\bzet (?:de|die|deze|hem) (?:\w+ )?(?:op|naar)\b")),  # "zet de intervisie op 15:00"
    ("cancel", re.compile(r"\b(?:annuleer|annuleren|afzeggen|afgelast|schrappen)\b|\b(?:gaat|kan) niet door\b")),
    ("plan", re.compile(r"\b(?:plan|plannen|inplannen|organiseer|organiseren|prik|prikken)\b")),
)
HOW_MANY = re.compile(r"\bhoeveel\b")
# "verzet hem naar donderdag", "kunnen we die verplaatsen": the meeting meant without its name
MEETING_MEANT = re.compile(r"\b(?:verplaats|verzet|verschuif|zet)\w* (?:hem|het|ze|die|deze) (?:naar|op|tot)\b"
                           # "kunnen we het een uur later doen?"
                           r"|\b(?:kunnen|zullen) (?:we|wij) (?:het|hem|die|deze) (?:\w+ ){0,3}"
                           r"(?:later|eerder|vroeger) (?:doen|beginnen|houden|starten)\b"
                           # "zet hem een uur eerder", "kunnen we een uur eerder beginnen" (a time of day: the
                           # meeting's; "kunnen we een week eerder beginnen" may be anything)
                           r"|\bzet (?:hem|het|die|deze) (?:\w+ ){1,3}(?:later|eerder|vroeger)$"
                           rf"|\b(?:kunnen|zullen) (?:we|wij) (?:\w+ ){{0,2}}{_HOURS_ON} (?:later|eerder|vroeger) "
                           r"(?:doen|beginnen|houden|starten)$"
                           # "kan het een half uur later?": by hours, the meeting's (by weeks it may be anything)
                           rf"|\b(?:kan|kunnen|mag) (?:het|hij|die|deze|ze) (?:\w+ ){{0,2}}{_HOURS_ON} "
                           r"(?:later|eerder|vroeger)(?: (?:beginnen|starten))?$"
                           r"|\b(?:hem|het|die|deze) (?:verplaatsen|verzetten|verschuiven) naar\b"
                           # "verplaats naar 9 december": the meeting meant, said to the bot in its group
                           r"|^(?:verplaats|verzet|verschuif)\w* (?:naar|tot) "
                           # "plan de volgende over 4 weken", "kun je een nieuwe plannen": the next meeting
                           r"|\b(?:plan|plannen|inplannen) (?:de|een) (?:volgende|nieuwe)"
                           r"(?: (?:keer|in|op|over|voor)\b|$)"
                           r"|\b(?:de|een) (?:volgende|nieuwe) (?:plannen|inplannen)\b")


def meeting_request(text: str) -> MeetingRequestKind | None:
    """What is asked of a group's meeting in words: "plan" ("plan een intervisie op 5 januari om 10 uur"),
    "move" or "cancel"; None when no meeting or no such request is named, or it asks how many."""
    folded = fold(text)
    if not (MEETINGS_TOPIC.search(folded) or MEETING_MEANT.search(folded)) or HOW_MANY.search(folded):
        return None
    return next((kind for kind, words in MEETING_REQUESTS if words.search(folded)), None)


# "zullen we 12 december om 14:00 intervisie houden?": a meeting proposed, which is planned when a day or hour is said
MEETING_PROPOSED = re.compile(r"\b(?:kunnen|zullen|willen) (?:we|wij) (?:\S+ ){0,6}?(?:een |de |onze )?"
                              rf"{MEETINGS_TOPIC.pattern} (?:houden|doen|hebben|organiseren|afspreken)\b"
                              # "volgende bijeenkomst 12 januari 20:00", "de nieuwe intervisie wordt 3 februari"
                              r"|^(?:de |onze )?(?:volgende|nieuwe|eerstvolgende) "
                              rf"{MEETINGS_TOPIC.pattern}(?: (?:is|wordt|op|om|gaat))?(?: |$)")


# "de intervisie is bij Piet thuis", "de bijeenkomst van 8 december is in het buurthuis", "we zitten in zaal 3":
# where a planned meeting is, which its card then shows with its topic (bounded repeats: linear time)
PLACE_TOLD = re.compile(r"^(?:de |onze )?(?:volgende |eerstvolgende |komende )?(?:intervisie|bijeenkomst|"
                        r"intervisiebijeenkomst)(?: (?:van|op)(?: \w+){1,3}?)? (?:is|wordt|vindt)"
                        r"(?: gehouden| plaats)? ((?:in|bij|op|via) \w+(?: \w+){0,5}|online)(?: plaats)?$"
                        r"|^(?:we|wij) (?:zitten|zijn) (?:deze keer |dit keer |dan )?((?:in|bij|op) \w+(?: \w+){0,5})$",
                        re.IGNORECASE)


def _said_of_a_meeting(text: str) -> str:
    """A remark about a meeting as its place, topic or day is read from: single spaces, no closing "." or "!"."""
    return " ".join(text[:300].split()).rstrip(".!")


def meeting_place(text: str, today: date) -> str | None:
    """Where a planned meeting is, told ("de intervisie is bij Piet thuis"): "bij Piet thuis", as typed; None
    otherwise, and for a day ("de intervisie is op 8 december")."""
    told = PLACE_TOLD.match(_said_of_a_meeting(text))
    place = next((g for g in told.groups() if g), None) if told else None
    if place is None:
        return None
    when = find_date(place, today)
    return None if isinstance(when, FoundDate) or when.span is not None else place


# "verander het onderwerp naar feedback geven", "het onderwerp van 8 december wordt casuïstiek", "nieuw onderwerp:
# …": a planned meeting's topic changed (not "het onderwerp is nog niet bekend"; bounded repeats: linear time)
_TOPIC_OF = r"(?: (?:van|voor|op) \S+(?: \S+){0,5}?)?"  # "van 8 december": the meeting meant
TOPIC_TOLD = re.compile(rf"^(?:(?:verander|wijzig|pas) (?:het |ons )?onderwerp(?P<of>{_TOPIC_OF}) (?:naar|in) "
                        rf"|(?:het |ons )?(?:nieuwe? )?onderwerp(?P<of2>{_TOPIC_OF}) (?:wordt|is)"
                        r"(?: nu| dan)?:? |(?:nieuwe? )?onderwerp: ?)"
                        r"(?!(?:nog |dus )?(?:niet|onbekend|geheim|hetzelfde)\b)(?P<topic>\S.{0,199})$", re.IGNORECASE)


@dataclass(frozen=True)
class TopicTold:
    """A meeting's new topic, as typed, and the words before it that may name the meeting's day."""
    topic: str
    which: str


def topic_told(text: str) -> TopicTold | None:
    """"Verander het onderwerp naar feedback geven": the new topic of a planned meeting; None otherwise, and for
    a question ("wat is het onderwerp?")."""
    told = TOPIC_TOLD.match(_said_of_a_meeting(text))
    if told is None or is_question(text):
        return None
    return TopicTold(told.group("topic"), told.group("of") or told.group("of2") or "")


# "de intervisie is op 9 december": a day told of a planned meeting, which may be a move or a remark
DAY_TOLD = re.compile(r"^(?:de |onze )?(?:intervisie|bijeenkomst|intervisiebijeenkomst) (?:is|wordt|valt) "
                      r"(?:nu |dus |toch |gewoon )?(.{1,40})$", re.IGNORECASE)


def meeting_day_told(text: str, today: date) -> bool:
    """"De intervisie is op 9 december": a planned meeting's day told, with nothing else."""
    told = DAY_TOLD.match(_said_of_a_meeting(text))
    found = find_date(told.group(1), today, "future") if told else None
    return isinstance(found, FoundDate) and told is not None and not has_letter(
        re.sub(r"\b(?:op|in|om)\b", "", told.group(1)[:found.start] + told.group(1)[found.end:]))


def meeting_proposed(text: str) -> bool:
    """"Kunnen we op 8 januari een intervisie doen?": a meeting proposed in words, with or without its day."""
    return MEETING_PROPOSED.search(fold(text)) is not None


def meeting_plan_asked(text: str) -> bool:
    """A request to plan, move or cancel an intervision meeting, made in words."""
    return meeting_request(text) is not None


# "wie doen er mee?", "wie komen er?": who is coming, which the meeting's card and /groep show
WHO_COMES = re.compile(r"\bwie (?:doen|doet|gaan|gaat) (?:er )?(?:allemaal )?mee\b"
                       r"|\bwie (?:komen|komt|zijn|is) (?:er )?(?:allemaal )?(?:erbij|bij|aanwezig)\b"
                       r"|\bwie (?:komen|komt) er(?: allemaal)?(?: nu)?$"
                       # "wie komen er donderdag", "wie komt er op 3 december" (was "weet ik niet")
                       r"|\bwie (?:komen|komt|doen|doet) er(?: allemaal)?(?: mee)?(?: op| aan)?(?: de)?"
                       r"(?: volgende| komende| deze)?(?: \d{1,2})? (?:" + "|".join((*MONTH_NAMES[1:], *WEEKDAYS))
                       + r"|week|keer|bijeenkomst|intervisie)$"
                       r"|^hoeveel (?:mensen |deelnemers |collegas |leden )?(?:komen|doen) (?:er )?(?:mee|bij)?"
                       r"|^wat is het onderwerp\b")
# "hoe laat is de intervisie": its time, with the meeting named
MEETING_TIME = re.compile(r"\b(?:hoe laat|om hoe laat|welk tijdstip|welke tijd)\b")
# "hoe laat begint het", "tot hoe laat duurt het": the meeting's time, its name left out (the bot plans nothing else)
STARTS_WHEN = re.compile(r"^(?:en )?(?:om |tot )?hoe laat (?:begint|beginnen|start|starten|eindigt|stopt|stoppen|duurt|"
                         r"zijn) (?:het|we|wij|ie|die)(?: (?:klaar|afgelopen|uit))?$"
                         # "hoe laat was het ook alweer?" (was a suggestion about a negative advice)
                         r"|^(?:en )?(?:om )?hoe laat (?:is|was|begint|begon|beginnen|start|zijn|waren) "
                         r"(?:het|we|wij|ie|die)(?: ook)? (?:alweer|weer)$")
# "waar is de intervisie?", "wat gaan we doen op de bijeenkomst": its place or subject, which its topic holds
_THE_MEETING = r"(?:de|onze) (?:volgende |eerstvolgende |komende )?(?:intervisie|bijeenkomst|intervisiebijeenkomst)\b"
MEETING_DETAIL = re.compile(rf"^(?:en )?waar (?:is|wordt|vindt|houden we|hebben we) {_THE_MEETING}"
                            # "waar is het?", "waar zijn we ook alweer" (were suggestions on portfolios)
                            r"|^(?:en )?waar (?:is|was|zijn|waren) (?:het|we|wij)(?: ook)?(?: alweer| weer| nou)?$"
                            rf"|\bwat (?:gaan|doen) (?:we|wij) (?:doen )?(?:op|bij|tijdens|in) {_THE_MEETING}"
                            rf"|\bwat is het (?:onderwerp|thema|programma) van {_THE_MEETING}")
# "wat moet ik voorbereiden?", "moeten we een casus meenemen?" asked in a group: the meeting's topic says (was the
# suggestion of who audits, "goed voorbereid"); in private it may be the audit's
PREPARE = re.compile(r"^wat (?:moet|moeten) (?:ik|we|wij) (?:voorbereiden|meenemen)"
                     rf"(?: (?:voor|naar) {_THE_MEETING})?$"
                     r"|^(?:moet|moeten) (?:ik|we|wij) (?:iets|wat|een casus) (?:voorbereiden|meenemen)$")


def preparing_asked(text: str) -> bool:
    """"Wat moet ik voorbereiden?": what to bring to the group's meeting, asked in the group."""
    return PREPARE.search(fold(text)) is not None


# "wie komt er niet", "wie heeft zich afgemeld": who cannot come, which the card shows too
WHO_CANNOT = re.compile(r"\bwie (?:komen|komt|kunnen|kan|doen|doet) er (?:allemaal )?niet\b"
                        r"|\bwie (?:heeft|hebben) (?:er )?(?:zich )?(?:afgemeld|afgezegd)\b"
                        r"|\bwie (?:is|zijn) er (?:allemaal )?(?:afgemeld|verhinderd|afwezig)\b")


def who_comes_asked(text: str) -> bool:
    """"Wie komen er donderdag?": who is coming is asked, not only when."""
    return WHO_COMES.search(fold(text)) is not None or who_cannot_asked(text)


def who_cannot_asked(text: str) -> bool:
    """"Wie komt er niet?": who cannot come is asked."""
    return WHO_CANNOT.search(fold(text)) is not None


# "is er donderdag intervisie?", "hebben we over 3 weken een bijeenkomst": whether one is planned then
IS_THERE = re.compile(r"^(?:en )?(?:is|zijn|staat|staan) er\b|^(?:en )?(?:hebben|gaan) (?:we|wij)\b")
MEETING_WHEN = re.compile(r"\b(?:komende|aanstaande|deze week|binnenkort|vandaag|morgen|overmorgen|"
                          r"over (?:\d{1,2}|een|twee|drie|vier|vijf|zes) weken?|"
                          + "|".join((*MONTH_NAMES[1:], *WEEKDAYS)) + r")\b")


def next_meeting_question(text: str) -> bool:
    """A question about the next planned intervision meeting or who comes to it, which /groep shows, not the FAQ."""
    folded = fold(text)
    return ((is_question(text) or opens_as_question(text))
            and ((MEETINGS_TOPIC.search(folded) is not None
                  and (PLANNED.search(folded) or MEETING_TIME.search(folded)) is not None)
                 or WHO_COMES.search(folded) is not None or MEETING_DETAIL.search(folded) is not None
                 or WHO_CANNOT.search(folded) is not None or STARTS_WHEN.search(folded) is not None
                 or bool(IS_THERE.search(folded) and MEETINGS_TOPIC.search(folded) and MEETING_WHEN.search(folded))))


# "ik doe mee", "ik kan niet": an answer to a planned meeting, which its buttons take
_BY_THE_WAY = r"(?:(?:toch|helaas|er|dan|ook|graag|wel|zeker|gewoon|deze keer|die dag) )*"  # "ik kan toch niet"
RSVP = re.compile(rf"(?:(?:sorry|helaas|oke|ok|ja|nee|toch|wel|oh|o) ){{0,3}}(?:"  # bounded: linear time
                  rf"(?:ik|wij|we) (?:doe|doen|kom|komen|ben|zijn) {_BY_THE_WAY}(?:mee|erbij|er bij)"
                  rf"|(?:ik|wij|we) (?:kan|kunnen|kom|komen) {_BY_THE_WAY}niet(?: komen)?"
                  rf"|(?:ik|wij|we) (?:kan|kunnen) {_BY_THE_WAY}komen"
                  r"|(?:ik|wij|we) (?:kan|kunnen) (?:toch |ook |gewoon )*wel"  # "toch wel, ik kan wel"
                  r"|(?:ik|wij|we) (?:moet|moeten) (?:dan |toen |die (?:avond|dag|middag|ochtend) )?werken"
                  r"|(?:ik|wij|we) (?:meld|melden) (?:me|mij|ons) (?:af|aan)"  # "ik meld me af voor donderdag"
                  rf"|(?:ik ben|wij zijn|we zijn) er {_BY_THE_WAY}(?:niet )?bij"
                  rf"|(?:ik ben|wij zijn|we zijn) er {_BY_THE_WAY}niet"  # "ik ben er op 9 december niet"
                  # "ik ben verhinderd", "ik ben toch afwezig" (were "weet ik niet")
                  rf"|(?:ik ben|wij zijn|we zijn) {_BY_THE_WAY}(?:verhinderd|afwezig)"
                  # "ik kom ook", "wij komen graag": last, so "ik kom er niet" is read as not coming
                  r"|(?:ik|wij|we) (?:komen|kom)\b(?: (?:toch|ook|graag|wel|zeker|gewoon))*)")


# the meeting meant, said after the answer: "ik kan niet op 8 december", "ik doe mee dinsdag"
_WHEN_WORD = (r"op|bij|aan|met|voor|de|die|het|van|volgende|komende|deze|zijn|komen|intervisie|bijeenkomst|week|avond|"
              r"middag|ochtend|dag|morgen|overmorgen|\d{1,2}(?:e|de|ste)?|"
              + "|".join((*MONTH_NAMES[1:], *WEEKDAYS)))
RSVP_WHEN = re.compile(rf"(?: (?:{_WHEN_WORD}))+")
# or inside it: "ik kan volgende week niet", "ik ben er donderdag niet bij", read as if said after it
RSVP_WHEN_INSIDE = re.compile(r"^((?:\w+ ){0,3}?(?:ik|wij|we) (?:kan|kunnen|kom|komen|ben|zijn|doe|doen)(?: er)?)"
                              rf"((?: (?:{_WHEN_WORD}))+)(?= )")
# "ik moet werken", "ik meld me af", "ik ben verhinderd": not coming
NOT_COMING = re.compile(r"\bniet\b|\bwerken$|\baf$|\b(?:verhinderd|afwezig)$")
# "ik kom een half uur later", "ik kom iets te laat": coming all the same
LATE = re.compile(r" (?:een |\d{1,3} |wat |iets |een paar |een beetje )?"
                  r"(?:half uur |kwartier |uur |minuten |minuutjes )?(?:later|te laat)")
# "ik kom later, rond 20:00", "ik kom pas om 8 uur": when one arrives, said with coming
ARRIVES = re.compile(r" (?:pas |zo |ongeveer )?(?:rond|om|tegen) (?:\d{1,2}(?:[ .]\d{2})?(?: uur)?|half \w+|\w+ uur"
                     r"|(?:twee|drie|vier|vijf|zes|zeven|acht|negen|tien|elf|twaalf))$")  # "ik kom om acht"


def rsvp_told(text: str) -> bool:
    """"Ik doe mee", "ik kan toch niet": coming or not, said in words where the meeting's buttons record it."""
    return rsvp_answer(text) is not None


# "ik kan niet, ik moet werken", "ik kom niet want ik ben ziek": the answer, then why (no leading \s*, which
# costs quadratic time searched over a long run of spaces)
REASON = re.compile(r"[,;(]|\s-\s|\b(?:want|omdat|vanwege|ivm|i\.v\.m\.|door)\b", re.IGNORECASE)


def rsvp_answer(text: str) -> str | None:
    """"Ik doe mee" ("ja"), "ik kan toch niet op 8 december" or "ik kan volgende week niet" ("nee"), also with
    why after it ("…, ik moet werken"); None when it is not such an answer."""
    answer = _rsvp_of(fold(text))
    reason = REASON.search(text[:500]) if answer is None else None
    return _rsvp_of(fold(text[:reason.start()])) if reason and reason.start() > 0 else answer


def _rsvp_of(folded: str) -> str | None:
    """The answer of a folded text, with the meeting meant after it or inside it."""
    answer = _rsvp(folded)
    inside = RSVP_WHEN_INSIDE.match(folded) if answer is None else None
    return _rsvp(inside.group(1) + folded[inside.end():] + inside.group(2)) if inside else answer


def _rsvp(folded: str) -> str | None:
    """The answer of a folded text with the meeting meant said last, if at all."""
    said = RSVP.match(folded)
    if said is None:
        return None
    rest = folded[said.end():]
    coming = "nee" if NOT_COMING.search(said.group(0)) else "ja"
    if coming == "ja" and (late := LATE.match(rest)):
        rest = rest[late.end():]
    if coming == "ja" and (arrives := ARRIVES.match(rest)):
        rest = rest[arrives.end():]
    return coming if not rest or RSVP_WHEN.fullmatch(rest) else None


# "ik was erbij", "kun je mijn aanwezigheid registreren": attendance, which a meeting card's 🙋 records privately
_LAST_TIME = (r"(?:(?:(?:de|die) )?(?:vorige|afgelopen|laatste) (?:keer|week|bijeenkomst|sessie|intervisie)"
              r"|gisteren|toen) ")
WAS_THERE = re.compile(rf"(?:ik|wij|we) (?:was|waren) (?:er )?(?:{_LAST_TIME})?{_BY_THE_WAY}(?:erbij|bij|aanwezig)"
                       r"|(?:ik|wij|we) (?:was|waren) er(?: (?:ook|gewoon|wel|vanavond|gisteren|vandaag))*")
# "ik was er niet bij", "sorry, ik kon er vorige keer niet bij zijn": a meeting not attended, told alone
WAS_NOT_THERE = re.compile(rf"(?:(?:sorry|helaas|jammer|nee) ){{0,3}}(?:ik|wij|we) (?:was|waren|kon|konden) (?:er )?"
                           rf"(?:{_LAST_TIME})?{_BY_THE_WAY}niet (?:erbij|bij|aanwezig|bij zijn|komen)")
WAS_THERE_ALONE = re.compile(rf"^(?:{WAS_THERE.pattern})$")  # "ik was erbij", no more: a meeting attended
ATTENDANCE = re.compile(r"\baanwezigheid\b.*\b(?:registr|vastle|noter|bijhoud|bijhou|opsla|doorge)\w*"
                        r"|\b(?:registreer|noteer|leg)\w* (?:\w+ )?aanwezigheid\b"
                        # "ik ben vergeten de intervisie vast te leggen"
                        r"|\bvergeten (?:om )?(?:de |mijn |die |onze )?(?:intervisie|bijeenkomst|aanwezigheid) "
                        r"(?:\w+ )?(?:vast te leggen|te registreren|te noteren|door te geven|in te voeren|"
                        r"op te geven)\b")


def absence_told(text: str) -> bool:
    """"Ik was er niet bij": not at a meeting, told with nothing else (no meeting named, nothing asked)."""
    return WAS_NOT_THERE.fullmatch(fold(text)) is not None


# "wie waren er gisteren", "wie was er aanwezig": who attended, which each member keeps for themselves
WHO_WAS_THERE = re.compile(r"\bwie (?:waren|was) (?:er )?(?:allemaal )?(?:aanwezig|erbij|bij)\b"
                           r"|\bwie (?:waren|was) er\b|\bwie (?:zijn|is) (?:er )?(?:allemaal )?geweest\b"
                           # "hoeveel mensen waren er?" (was "weet ik niet")
                           r"|\bhoeveel (?:mensen |deelnemers |collegas |leden |personen )?(?:waren|was|zijn) er"
                           r"(?: (?:gisteren|vorige keer|de vorige keer|aanwezig|geweest|bij))?$")


# "hoeveel punten heeft anna", "het certificaat van bob", "wat heeft piet gedaan": another member's, which no one
# is shown; a word that names no one ("een", "mijn", "iedereen", "scholing") is not taken for a name
_NO_NAME = (r"(?!(?:ik|je|jij|u|we|wij|mij|me|mijn|mn|jou|jouw|ons|onze|de|het|een|deze|die|dit|dat|elk|elke|ieder|"
            r"iedere|iedereen|jullie|men|zo|al|nog|nu|dan|er|scholing|intervisie|categorie|nodig|ects|sbu|uur|"
            r"uren)\b)")
OTHERS_DATA = re.compile(rf"^(?:hoeveel|welke) (?:pe )?(?:punten|intervisies|activiteiten|bijeenkomsten) (?:heeft|had) "
                         rf"{_NO_NAME}([a-z]+)\b"
                         r"|\b(?:certificaat|certificering|vervaldatum|punten|gegevens|voortgang|datum|datums|"
                         rf"intervisies|activiteiten) van {_NO_NAME}([a-z]+)$"
                         rf"|^wat (?:heeft|had) {_NO_NAME}([a-z]+) (?:al )?(?:gedaan|vastgelegd|gehaald|behaald|"
                         r"ingevoerd)\b")


def others_data_asked(text: str) -> bool:
    """Another member's dates, points or meetings asked about ("hoeveel punten heeft anna?")."""
    asked = OTHERS_DATA.search(fold(text))
    name = next((g for g in asked.groups() if g), "") if asked else ""
    return bool(name) and ACTIVITY_ENDING.search(name) is None


def who_was_there_asked(text: str) -> bool:
    """"Wie waren er gisteren?": who attended a meeting held, asked in the group."""
    return WHO_WAS_THERE.search(fold(text)) is not None


def attendance_told(text: str) -> bool:
    """Having been at a group's meeting, told or asked to be recorded, in words."""
    folded = fold(text)
    return WAS_THERE.fullmatch(folded) is not None or ATTENDANCE.search(folded) is not None


# "weet ik niet meer", "geen idee": a day asked for and not known, which is no question or smalltalk there
# (repeats bounded: linear time)
DONT_KNOW = re.compile(r"(?:(?:sorry|oeps|hmm|tja|uh|eh|nee|helaas) ){0,3}(?:(?:dat |die |de datum |de dag )?weet "
                       r"ik (?:het |dat )?niet|ik weet (?:het|dat|de datum|de dag|het jaar) niet|weet (?:het )?niet|"
                       r"geen (?:flauw )?idee|(?:ik ben )?(?:het |de datum |de dag )?vergeten|onbekend)"
                       r"(?: (?:meer|precies|zeker|exact|uit mijn hoofd)){0,3}(?: (?:sorry|helaas))?")


def dont_know(text: str) -> bool:
    """"Weet ik niet meer", "geen idee": the answer asked for is not known."""
    return DONT_KNOW.fullmatch(fold(text)) is not None


# "met wie weet ik niet meer" where who a meeting was with is asked: no one's name
WHO_ASKED = re.compile(r"(?:met )?wie(?: het| dat)?(?: was| waren)?[,:]? ")


def whom_not_known(text: str) -> bool:
    """"(Met wie) weet ik niet meer": who a meeting was with is not known, said where it is asked."""
    folded = fold(text)
    return DONT_KNOW.fullmatch(WHO_ASKED.sub("", folded, count=1) if WHO_ASKED.match(folded) else folded) is not None


# "was leuk vanavond!", "het was een fijne bijeenkomst", "goede sessie": a meeting praised, nothing asked or told
_NICE = (r"(?:(?:leuk|fijn|goed|gezellig|nuttig|interessant|mooi|inspirerend|prettig|geweldig)e?|top|leerzaam|"
         r"leerzame|waardevol|waardevolle)")
_PRAISED_WHEN = r"(?: (?:vanavond|vandaag|gisteren|gisteravond|vanmiddag|vanochtend))?(?: (?:allemaal|iedereen|hoor))?"
_MEETING_WORD = r"(?:avond|middag|ochtend|sessie|bijeenkomst|intervisie|meeting|kring)"
# past tense only: "dat is goed" agrees to something
PRAISED = re.compile(rf"(?:(?:wat|het|dat|die|deze|dit|(?:de |onze )?{_MEETING_WORD}) )?was (?:het )?"
                     rf"(?:een )?(?:erg |heel |echt |super |weer |zo )?{_NICE}(?: {_MEETING_WORD})?{_PRAISED_WHEN}"
                     rf"|(?:ik |we |wij )?vond(?:en)? (?:het|hem|de {_MEETING_WORD}) (?:erg |heel |echt |super )?"
                     rf"{_NICE}{_PRAISED_WHEN}"
                     rf"|(?:wat een |een )?{_NICE} {_MEETING_WORD}{_PRAISED_WHEN}")


def meeting_praised(text: str) -> bool:
    """"Was leuk vanavond!", "goede sessie": a meeting praised as the whole message, with no day to log."""
    return not is_question(text) and PRAISED.fullmatch(fold(text)) is not None


# What names a PE activity; bot/ledger.py reads activities told in a sentence with the same words.
# "les" only as a word or a compound's end ("gastles"), never inside one ("alles", "klessebessen")
ACTIVITY_NAMES = ("webinar|cursus|training|e-?learning|podcast|workshop|congres|studiedag|symposium|opleiding|seminar|"
                  "masterclass|lezing|scholing|module|bijeenkomst|supervisie|college|leergang|vakdag|"
                  "(?:\\b|gast|bij)les(?:sen|dag)?")
# a word that ends in an activity ("webinars", "jaarcongres"): no one's name (anchored at the end: linear)
ACTIVITY_ENDING = re.compile(rf"(?:{ACTIVITY_NAMES})(?:s|en|sen)?$")
EDIT_VERBS = "wijzig|verwijder|verander|corrigeer|schrap"  # changing what one logged (bot/ledger.py too)

# "wanneer was de vorige intervisie", "wanneer had ik voor het laatst een cursus": the last one held (in a group the
# group's, in private one's own list), not the FAQ's conditions for intervision
LAST_ONE = re.compile(r"^(?:en )?wanneer (?:was|waren|had|hadden|heb|hebben|deed|deden) (?:ik |we |wij )?"
                      r"(?:mijn |de |onze |het )?(?:laatste|vorige|afgelopen) (?:keer )?"
                      rf"(?:intervisie|bijeenkomst|intervisiebijeenkomst|activiteit|{ACTIVITY_NAMES})"
                      r"|^(?:en )?wanneer (?:had|heb|deed|hadden|hebben|deden) (?:ik|we|wij) (?:voor )?het laatst "
                      rf"(?:een |mijn |onze )?(?:intervisie|bijeenkomst|activiteit|{ACTIVITY_NAMES})")


def last_one_asked(text: str) -> bool:
    """"Wanneer was de vorige intervisie?": when the last meeting (or activity) was held."""
    return LAST_ONE.search(fold(text)) is not None


_ENTER = "invoeren|vastleggen|opgeven|doorgeven|instellen|toevoegen"
_CHANGE, _CHANGE_VERB = "veranderen|wijzigen|aanpassen|corrigeren", "verander|wijzig|corrigeer"
_SHOW, _SEE = r"(?:laat|toon|bekijk)\w* (?:mij |me )?", r"(?: zien| bekijken| tonen)?"  # "laat me mijn … zien"
# a span asked about as a whole: "vorige maand", "oktober 2025", "dit jaar", "2025"
_SPAN = (r"(?:(?:vorige|afgelopen|deze) (?:week|maand)|(?:dit|vorig|afgelopen) jaar"
         rf"|(?:{'|'.join(MONTH_NAMES[1:])})(?: \d{{4}})?|\d{{4}})")
_MY_DATE = r"(?:(?:mijn|de) )?(?:certificaat|(?:mijn )?datums?|(?:verval|verloop|certificerings)datum)"
_OUR_NRTO = r"(?:(?:mijn|onze|ons|de) )?(?:keurmerk|nrto keurmerk|nrto gegevens|nrto datums?)"
# the bot in a group: "hoe voeg ik de bot toe aan mijn groep", "ik wil een intervisiegroep starten"
GROUP_FEATURE = ("groep", re.compile(r"\b(?:bot|jou|je|recertbot)(?: \w+){0,3}? (?:toevoegen|toe|uitnodigen)\b"
                                    r"(?: \w+){0,3}? (?:groep|groepen|groepschat|groepsapp|chat|intervisiegroep|"
                                    r"intervisiegroepen|kwaliteitskring)\b"
                                    # "kan ik de bot in een groep gebruiken"
                                    r"|\b(?:bot|jou|je|recertbot) (?:\w+ ){0,3}?(?:in|bij) (?:een|de|onze|mijn) "
                                    r"(?:\w+ )?(?:groep|groepschat|groepsapp|intervisiegroep)\b"
                                    r"|\bgroeps?(?:functie|chat|app)\b|\bwhatsapp ?groep"
                                    r"|\b(?:intervisiegroep|groep) (?:starten|beginnen|opzetten|oprichten|"
                                    r"aanmaken)\b"
                                    r"|\b(?:collega|collegas|anderen|deelnemers) (?:uitnodigen|toevoegen)\b"
                                    # "hoe meld ik me af voor de intervisie": a meeting's buttons (was how to
                                    # sign up for recertification, outright)
                                    r"|\bhoe (?:meld|melden|geef|geven) (?:ik|je|we|wij) (?:me|mij|je|ons) "
                                    r"(?:af|aan|op)(?: \w+){0,3}? (?:intervisie|bijeenkomst|intervisiebijeenkomst)\b"))
# The bot's own features asked about in words: reminders and export name no FAQ entry of either source,
# and a command's bare name ("lijst", "status") is meant as that command.
FEATURE_WORDS = (("herinneringen", re.compile(r"\bherinner\w*|\bnotificaties?\b|\bmeldingen\b|\bseintje\b|\bsnooze\b"
                                              r"|\b(?:geen|stop\w* met) berichten\b"
                                              r"|\b(?:minder|te veel|teveel|zoveel) (?:berichten|berichtjes)\b"
                                              # "stuur me elke maand een update": again and again, not once
                                              r"|\b(?:elke|iedere) (?:dag|week|maand|kwartaal)(?: \w+){0,3}? "
                                              r"(?:update|updates|overzicht|bericht|berichtje)\b")),
                 # "zet mijn deadlines in mijn agenda", not "welke app is goed voor mijn agenda"
                 ("agenda", re.compile(r"\b(?:in|naar|aan) (?:mijn|mn|de|je|m n) (?:agenda|kalender)\b"
                                       r"|\bagendabestand|\bics\b|\b(?:agenda|kalender) ?(?:bestand|export)"
                                       r"|\b(?:google|apple|icloud) ?(?:agenda|kalender|calendar)\b|\boutlook\b")),
                 ("export", re.compile(r"\bexport\w*|\bcsv\b|\bstuur (?:me |mij )?(?:een |mijn |het )?overzicht\b"
                                       # "kan ik een pdf van mijn activiteiten krijgen" (bounded gaps: linear)
                                       r"|\b(?:pdf|excel)\b(?: \w+){0,4}? (?:mijn|de|alle) (?:pe )?(?:activiteiten|"
                                       r"punten|intervisies)\b"
                                       # "mijn punten in excel", "stuur mijn activiteiten als bestand"
                                       r"|\b(?:mijn|alle) (?:pe )?(?:activiteiten|punten|intervisies|overzicht)"
                                       r"(?: \w+){0,3}? (?:in|naar|als) (?:een )?(?:excel|pdf|bestand|spreadsheet)\b")),
                 # what the bot keeps of me: "wat weet je over mij", "welke gegevens bewaar je"
                 ("privacy", re.compile(r"\bwat (?:weet|bewaar|onthoud|ken)\w* (?:je|jij) (?:van|over) (?:mij|me)\b"
                                        r"|\bwelke (?:gegevens|data|informatie) (?:bewaar|heb|sla|verzamel|onthoud|"
                                        r"ken|gebruik)\w*|\bwie (?:kan|kunnen|ziet|zien) (?:mijn|mn) (?:gegevens|data|"
                                        r"punten|datums|activiteiten)\b|\bprivacy\b|\bavg\b"
                                        r"|\bwat (?:gebeurt|doe|doet) (?:er |je )?(?:met|jij met) (?:mijn|mn) "
                                        r"(?:gegevens|data)\b"
                                        # "kan ik mijn gegevens downloaden" (was the NRTO downloads' entry)
                                        r"|\b(?:mijn|mn) (?:gegevens|data) (?:\w+ ){0,2}?(?:downloaden|download|"
                                        r"opvragen|inzien|bekijken|krijgen|zien)\b"
                                        r"|\b(?:download|opvragen|inzien)\w* (?:\w+ ){0,2}?(?:mijn|mn) "
                                        r"(?:gegevens|data)\b"
                                        # "hoe lang bewaren jullie mijn gegevens" (was two unrelated suggestions)
                                        r"|\b(?:hoe ?lang|tot wanneer) (?:bewa|houd|hou)\w* (?:je|jij|jullie|u) "
                                        r"(?:mijn|mn|de) (?:gegevens|data)\b")),
                 # logging here, not in the DNV Noloc Portal ("noloc academie pe punten bijhouden" is the FAQ's)
                 ("pe", re.compile(r"\b(?:leg|houd|hou) ik (?:een |mijn |de )?(?:pe )?(?:activiteit(?:en)?|punten) "
                                   r"(?:vast|bij)\b|\bmijn (?:pe )?(?:punten|activiteiten) (?:bijhouden|vastleggen)\b"
                                   r"|\bactiviteit(?:en)? (?:vastleggen|bijhouden|toevoegen)\b"
                                   # "hoe voeg ik een activiteit toe", "kan ik een cursus van vorig jaar nog
                                   # invoeren" (were "weet ik niet")
                                   r"|\b(?:voeg|voer) ik (?:een |mijn |oude |eerdere )?(?:pe )?activiteit(?:en)? "
                                   r"(?:toe|in)\b(?!.*\b(?:dnv|porta))"  # "… toe in DNV": the FAQ's
                                   rf"|\bkan ik (?:een |mijn |oude |eerdere )?(?:pe )?(?:activiteit(?:en)?|"
                                   rf"{ACTIVITY_NAMES})(?: \w+){{0,4}}? (?:invoeren|toevoegen|vastleggen)\b"
                                   r"(?!.*\b(?:dnv|porta))"
                                   # "ik ben vergeten een webinar vast te leggen": one done before, logged now
                                   rf"|\bvergeten (?:om )?(?:een |de |mijn |die )?(?:pe )?(?:activiteit(?:en)?|"
                                   rf"{ACTIVITY_NAMES})\w* (?:vast te leggen|in te voeren|op te geven|"
                                   r"toe te voegen)\b")),
                 # recording a meeting attended: "noteer mijn aanwezigheid", "vergeten de intervisie vast te leggen"
                 ("reflectie", ATTENDANCE), ("reflectie", WAS_THERE_ALONE),
                 # adding evidence: "hoe voeg ik een bewijs toe", "kan ik een pdf als bewijs uploaden" (not what
                 # counts as evidence, "wat lever ik aan als bewijs", nor the Blik op Werk proof the NRTO asks for)
                 ("bewijsstuk", re.compile(r"^(?!(?:wat|welk|welke)\b)"
                                           r"(?!.*\b(?:blik|nrto|keurmerk|kwaliteitsverklaring|certificaat)\b)"
                                           r"(?:.*\b(?:voeg|stuur|upload|lever)\w* (?:ik|je) (?:\w+ ){0,3}?"
                                           r"(?:bewijs|bewijsstuk|bewijsstukken|foto|factuur|screenshot)\b"
                                           r"|.*\b(?:bewijs|bewijsstuk|bewijsstukken|foto|factuur|screenshot) "
                                           r"(?:\w+ ){0,4}?(?:toevoegen|uploaden|sturen|opsturen|aanleveren)\b)")),
                 # leaving the bot: "ik wil stoppen met de bot", "hoe meld ik me af bij deze bot" (was "weet ik niet")
                 ("stoppen", re.compile(r"\b(?:stop\w*|ophouden|afmelden|uitschrijven|opzeggen"
                                        r"|meld (?:ik )?(?:me |mij )?af|schrijf (?:ik )?(?:me |mij )?uit) "
                                        r"(?:met|bij|voor|van) (?:de |deze |je |jou |jouw |)"
                                        r"(?:bot|recertbot|chatbot|dienst)\b"
                                        r"|\b(?:de|deze|je) (?:bot|chatbot) (?:stoppen|uitzetten|opzeggen|"
                                        r"verlaten)\b")),
                 ("vergeet", re.compile(r"\b(?:verwijder|wis)\w* (?:ik |je |jij )?(?:al )?(?:mijn|mn) "
                                        r"(?:gegevens|data|account)\b"
                                        r"|\b(?:mijn|mn) (?:gegevens|data|account) (?:verwijderen|wissen)\b"
                                        # "verwijder alles": everything, which /vergeet wipes after a yes
                                        r"|^(?:(?:verwijder|wis)\w* alles|alles (?:verwijderen|wissen))$")),
                 # changing or seeing what one logged ("verwijder de webinar van gisteren", "toon mijn intervisies")
                 ("lijst", re.compile(rf"\b(?:activiteit|intervisie|{ACTIVITY_NAMES})(?:en|s)? (?:wijzigen|aanpassen|"
                                      r"verwijderen|veranderen|corrigeren)\b"
                                      rf"|\b(?:{EDIT_VERBS})\w* (?:ik )?(?:een |mijn |de |die |het )?"
                                      rf"(?:laatste |vorige )?(?:activiteit|intervisie|{ACTIVITY_NAMES})"
                                      # "wijzig de datum van de cursus": one field of a logged item
                                      rf"|\b(?:{EDIT_VERBS})\w* (?:de |het )?(?:datum|dag|aantal|uren|punten|naam|"
                                      rf"titel|categorie) van (?:de |mijn |die |het )?(?:activiteit|{ACTIVITY_NAMES})"
                                      rf"|\b{_SHOW}(?:mijn |de )?(?:activiteiten|intervisies)\b"
                                      rf"|{LAST_ONE.pattern}"  # "wanneer was mijn laatste intervisie": the list says
                                      # "verwijder alle activiteiten", "wis mijn punten": the list, each with its 🗑
                                      # (all of one's data at once is /vergeet's)
                                      r"|\b(?:verwijder|wis|schrap)\w* (?:al mijn|alle|mijn) (?:pe )?(?:activiteiten|"
                                      r"intervisies|punten|bijeenkomsten)\b"
                                      # "ik heb de webinar dubbel ingevoerd", "die cursus staat er twee keer in"
                                      r"|\b(?:dubbel|twee ?keer|2 ?keer|2x)(?: \w+){0,2}? (?:ingevoerd|vastgelegd|"
                                      r"opgeslagen|in)\b|\b(?:staat|staan) (?:er )?dubbel\b"
                                      r"|\bmijn (?:activiteiten|intervisies) (?:zien|bekijken|inzien)\b(?!.*\bporta)"
                                      rf"|^mijn (?:activiteiten|intervisies){_SEE}$"
                                      # "welke cursussen heb ik dit jaar gevolgd" (bounded gap: linear)
                                      rf"|\bwelke (?:activiteiten|intervisies|{ACTIVITY_NAMES})(?:sen|en|s)? heb ik"
                                      r"(?: \w+){0,3}? (?:vastgelegd|ingevoerd|opgeslagen|gedaan|gevolgd|gehad)\b"
                                      r"|^welke (?:activiteiten|intervisies) heb ik(?: al)?$"
                                      r"|\bwat heb ik (?:allemaal |al )?(?:ingevoerd|vastgelegd|opgeslagen)\b"
                                      # "welke activiteiten hebben nog geen bewijs": the list marks those with 📎
                                      r"|\bwelke activiteit(?:en)? (?:hebben|heeft|zijn|is|mist|missen) (?:nog )?"
                                      r"(?:geen |zonder )?bewijs|\bactiviteit(?:en)? (?:nog )?zonder bewijs\b"
                                      r"|^wat heb ik (?:allemaal |al )?(?:(?:(?:vorige|afgelopen|deze) (?:week|maand)"
                                      r"|dit jaar|vorig jaar|in \w+) )?gedaan$"  # "wat heb ik vorige maand gedaan"
                                      # "wat deed ik afgelopen maand", "overzicht van oktober", "mijn activiteiten
                                      # van 2025": the list of that span (were "weet ik niet" and a FAQ entry)
                                      r"|^(?:wat (?:heb|deed) ik|welke activiteiten (?:heb|deed) ik) (?:allemaal |al )?"
                                      rf"(?:in |sinds |vanaf )?{_SPAN}(?: gedaan| gevolgd| vastgelegd)?$"
                                      rf"|^(?:{_SHOW})?(?:mijn |een |het )?(?:overzicht|(?:pe )?activiteiten|lijst) "
                                      rf"(?:van|over|voor|in|uit|sinds|vanaf) (?:de |het )?{_SPAN}{_SEE}$")),
                 # "wat zijn mijn punten" was what a PE point is
                 ("punten", re.compile(rf"^(?:{_SHOW}|wat (?:zijn|is) )?mijn (?:pe )?(?:punten|puntenstand){_SEE}$"
                                       rf"|\b{_SHOW}mijn (?:pe )?punten\b"
                                       r"|\bmijn (?:pe )?punten (?:zien|bekijken|inzien)\b(?!.*\bporta)")),
                 ("correctie", re.compile(r"\bvergist\b|\b(?:verkeerd|fout) (?:ingevoerd|ingevuld|vastgelegd|"
                                          r"opgeslagen)\b")),
                 # telling the bot one's dates: "ik wil mijn certificaat invoeren", "hoe voer ik mijn datum in"
                 # … or changing them: "verander mijn vervaldatum", not "wijzig de datum van de intervisie"
                 ("certificaat", re.compile(rf"\b{_MY_DATE} (?:{_ENTER}|{_CHANGE})\b(?! van)"
                                            rf"|\b(?:voer|leg|geef|pas) ik {_MY_DATE} (?:in|vast|op|door|aan)\b"
                                            rf"|\b(?:{_CHANGE_VERB})\w* (?:ik )?{_MY_DATE}\b(?! van)")),
                 ("keurmerk", re.compile(rf"\b{_OUR_NRTO} (?:{_ENTER}|{_CHANGE})\b"
                                         rf"|\b(?:voer|leg|geef|pas) ik {_OUR_NRTO} (?:in|vast|op|door|aan)\b"
                                         rf"|\b(?:{_CHANGE_VERB})\w* (?:ik )?{_OUR_NRTO}\b")),
                 GROUP_FEATURE)
FEATURE_NAMES = {"lijst": "lijst", "mijn lijst": "lijst", "mijn gegevens": "mijngegevens",
                 "mijngegevens": "mijngegevens", "groep": "groep"}  # "status" is where I stand: the status itself


CHANGE_ASKED = re.compile(rf"\b(?:{EDIT_VERBS})\w*|\b(?:aanpassen|veranderen|corrigeren)\b")


def change_asked(text: str) -> bool:
    """"Verwijder de cursus van 3 oktober": a change to what was logged, not a question what was done then."""
    return bool(CHANGE_ASKED.search(fold(text)))


def bot_feature(text: str) -> str | None:
    """The command a message asks about in words ("kun je me een herinnering sturen?" → "herinneringen")."""
    folded = fold(text)
    if folded in FEATURE_NAMES:
        return FEATURE_NAMES[folded]
    return next((command for command, words in FEATURE_WORDS if words.search(folded)), None)


# "stuur iedereen een herinnering", "herinner ons aan de intervisie": the group's own, which its meetings get
FOR_THE_GROUP = re.compile(r"\b(?:iedereen|allemaal|ons|de groep|deze groep|de leden|de deelnemers|alle (?:leden|"
                           r"deelnemers)|de anderen|de rest|de andere leden|de collegas)\b")  # "… de anderen …"


def for_the_group(text: str) -> bool:
    """Asked for the whole group ("stuur iedereen een herinnering"), not for oneself."""
    return FOR_THE_GROUP.search(fold(text)) is not None


# "zet de herinneringen uit", "ik wil geen meldingen meer": reminders switched, not asked about
SWITCHED = re.compile(r"\b(?:zet|schakel)\w*(?: \w+){0,5}? (?:uit|aan|af)\b"
                      r"|\b(?:uit|aan)(?: te )?(?:zetten|schakelen)\b"  # "uitzetten", "uit te zetten"
                      r"|^(?:\w+ ){0,2}(?:weer )?aan$"  # "herinneringen weer aan"
                      r"|\bstop\w*\b|\bpauzeer\w*|\bgeen(?: \w+){0,4}? meer\b|\bniet meer\b"  # word windows: linear
                      # "ik wil alleen herinneringen over intervisie": the others off
                      r"|\b(?:alleen|enkel|uitsluitend|nog maar) (?:nog )?(?:herinneringen|meldingen) "
                      r"(?:over|voor|van)\b")


# "geen herinneringen in het weekend", "niet na 18 uur": only at some times, which reminders have no setting for
SOME_TIMES = re.compile(r"\b(?:weekend|weekenden|weekends|zaterdag|zaterdags|zondag|zondags|avond|avonds|ochtend|"
                        r"ochtends|nacht|nachts|vakantie|vakanties|feestdagen|werkdagen|doordeweeks|werktijd)\b"
                        r"|\b(?:na|voor|tussen|vanaf|om) \d{1,2}(?:[ .]\d{2})?(?: uur)?\b")


def reminder_times_asked(text: str) -> bool:
    """Reminders asked for, or off, at some times only ("stuur geen herinneringen in het weekend")."""
    return bot_feature(text) == "herinneringen" and SOME_TIMES.search(fold(text)) is not None


# "hoe zet ik … uit", "kan ik … uitzetten": how or whether asked, with no question mark; "kun je …" asks it done
HOW_OR_WHETHER = re.compile(r"(?:hoe|waar|(?:kan|kun|mag) ik|is het mogelijk)\b")


def _switching(text: str) -> bool | None:
    """Switching reminders off or on, in words and not only at some times: True when asked to be done, False when
    how or whether is asked (a question mark, or "hoe …", "kan ik …"); None when not about switching them."""
    folded = fold(text)
    if bot_feature(text) != "herinneringen" or not SWITCHED.search(folded) or SOME_TIMES.search(folded):
        return None
    return not is_question(text) and HOW_OR_WHETHER.match(folded) is None


def reminders_switched(text: str) -> bool:
    """Reminders asked to be switched off or on in words ("zet de herinneringen uit"), not a question about them,
    nor only at some times (all of them paused for "geen herinneringen in het weekend")."""
    return _switching(text) is True


def reminders_switch_asked(text: str) -> bool:
    """How or whether reminders are switched, asked ("hoe zet ik de herinneringen uit", "kan ik … uitzetten"):
    their switches are shown, nothing is switched."""
    return _switching(text) is False


# "herinner me morgen aan mijn portfolio", "kun je me op 1 maart herinneren": a reminder of one's own choosing
REMIND_ME = re.compile(r"\bherinner (?:me|mij)\b|\b(?:me|mij) (?:\w+ ){0,5}?(?:herinneren|een herinnering sturen)\b"
                       r"|\b(?:stuur|geef) (?:me|mij) (?:\w+ ){0,4}?(?:een )?(?:herinnering|seintje)\b")
# "kan ik herinneringen per mail krijgen": another way than this chat
OTHER_CHANNEL = re.compile(r"\b(?:mail|email|mailtje|sms|sms je|whatsapp|whatsappje|post)\b")
# "stuur me minder berichten", "ik krijg te veel meldingen"
FEWER = re.compile(r"\b(?:minder|te veel|teveel|zo veel|zoveel|overload)\b")


def own_reminder_asked(text: str, today: date) -> bool:
    """A reminder asked for on a day of one's own choosing ("herinner me morgen aan mijn portfolio")."""
    found = find_date(text, today, "future")
    when = isinstance(found, FoundDate) or found.span is not None  # "over een maand": a month, but a time said
    return REMIND_ME.search(fold(text)) is not None and when


def reminder_channel_asked(text: str) -> bool:
    """Reminders asked for another way than this chat ("kan ik herinneringen per mail krijgen")."""
    return bot_feature(text) == "herinneringen" and OTHER_CHANNEL.search(fold(text)) is not None


def fewer_reminders_asked(text: str) -> bool:
    """Fewer reminders or messages asked for, without saying which ("stuur me minder berichten")."""
    return bot_feature(text) == "herinneringen" and FEWER.search(fold(text)) is not None


# "welke herinneringen krijg ik", "wanneer komt de volgende herinnering": the ones coming, as /herinneringen lists
LISTED = re.compile(r"\b(?:welke|wanneer|volgende|komende|overzicht)\b")


def reminders_listed(text: str) -> bool:
    """Which reminders are coming, asked in words; not how they work or switching them."""
    folded = fold(text)
    return bot_feature(text) == "herinneringen" and bool(LISTED.search(folded)) and not SWITCHED.search(folded)


SWITCHED_OFF = re.compile(r"\b(?:uit|af|uitzetten|uitschakelen|stop\w*|pauzeer\w*|geen|niet meer)\b")
SWITCHED_ON = re.compile(r"\b(?:aan|aanzetten|aanschakelen|inschakelen|hervat\w*)\b")
# The kind of reminder (bot/reminders.py KINDS) each word names; any word opening with "intervisie" names its kind
REMINDER_KIND_WORDS = {"pe": "pe", "punten": "pe", "pepunten": "pe", "tempo": "pe", "intervisie": "intervisie",
                       "nrto": "nrto", "keurmerk": "nrto", "kwaliteitsverklaring": "nrto", "zelfevaluatie": "nrto",
                       "audit": "nrto", "uitslag": "advies", "advies": "advies", "vervaldatum": "portfolio",
                       "indienen": "portfolio", "recertificering": "portfolio", "portfolio": "portfolio"}


def _reminder_kinds_named(folded: str) -> set[str]:
    """The kinds of reminder a message names ("geen herinneringen meer over pe punten": pe)."""
    return {REMINDER_KIND_WORDS["intervisie" if w.startswith("intervisie") else w] for w in folded.split()
            if w in REMINDER_KIND_WORDS or w.startswith("intervisie")}


# "zet alle herinneringen uit behalve de vervaldatum": the kinds named are the ones left (was: those switched)
BUT = re.compile(r"\b(?:behalve|uitgezonderd|except|op (?:die|de|het) (?:\w+ ){0,3}?na)\b|\bmaar niet (?:die|de|het)\b")
ONLY = re.compile(r"\b(?:alleen|enkel|uitsluitend|nog maar)\b")
REMINDER_KINDS = frozenset(REMINDER_KIND_WORDS.values())


def reminder_kind_switch(text: str) -> dict[str, bool] | None:
    """Kinds of reminder switched in words, each to on (True) or off: one named ("zet de herinneringen voor de nrto
    uit"), all but those named ("… uit behalve de vervaldatum"), or only those ("alleen herinneringen over
    intervisie"); None when not so, or when more than one kind is named plainly (their switches are shown)."""
    folded = fold(text)
    if not reminders_switched(text):
        return None
    kinds = _reminder_kinds_named(folded)
    off, on = SWITCHED_OFF.search(folded), SWITCHED_ON.search(folded)
    if kinds and (BUT.search(folded) or ONLY.search(folded)):
        keep_on = bool(ONLY.search(folded)) or not on  # "alles uit behalve …", "alleen …": those named stay on
        return {kind: (kind in kinds) == keep_on for kind in sorted(REMINDER_KINDS)}
    if len(kinds) != 1 or bool(off) == bool(on):
        return None
    return {kinds.pop(): bool(on)}


def reminders_switch(text: str) -> Literal["on", "off"] | None:
    """All reminders switched off ("zet de herinneringen uit") or on again ("herinneringen weer aan") in words;
    None when not so, or when a kind is named (reminder_kind_switch's, or their switches shown)."""
    folded = fold(text)
    if not reminders_switched(text) or _reminder_kinds_named(folded):
        return None
    return "off" if SWITCHED_OFF.search(folded) else "on" if SWITCHED_ON.search(folded) else None


STATEMENT = re.compile(r"\bkwaliteitsverklaring\b")
SENT = re.compile(r"\b(?:verstuurd|opgestuurd|ingestuurd|toegestuurd|gestuurd|gemaild|verzonden|ingediend)\b")


def statement_sent_told(text: str) -> bool:
    """"De kwaliteitsverklaring is verstuurd": this year's step done, told (not asked, not "nog niet") by an NRTO
    member."""
    return _told_done(text, STATEMENT, SENT)


SELF_EVALUATION = re.compile(r"\bzelfevaluatie\b")
FINISHED = re.compile(r"\b(?:gedaan|klaar|af|afgerond|ingevuld|voltooid|uitgevoerd|gemaakt|besproken)\b")
NOT_YET = re.compile(r"\b(?:niet|nog geen|geen)\b")  # a statement said not (yet) to hold
NOT_YET_DONE = re.compile(r"\bnog (?:niet|geen)\b")  # "de audit nog niet gehaald": not failed, not yet done


def self_evaluation_done_told(text: str) -> bool:
    """"We hebben de zelfevaluatie gedaan": the year's self-evaluation done, told (not asked, not "nog niet")."""
    return _told_done(text, SELF_EVALUATION, FINISHED) and not statement_sent_told(text)


# "zelfevaluatie klaar, wat nu?": what comes next, which the reply to a step told done says anyway
WHAT_NOW = re.compile(r"[\s,.;!-]{0,3}(?:(?:en |wat )?(?:nu|nou)(?: dan)?"
                      r"|wat (?:moet|moeten) (?:ik|we|wij) nu(?: doen)?|wat is de volgende stap)\??$", re.IGNORECASE)


def _told_done(text: str, topic: re.Pattern[str], done: re.Pattern[str]) -> bool:
    """Something told as done: its topic and a word saying so, neither asked nor said to be not (yet) done."""
    text = WHAT_NOW.sub("", text[:500]) or text
    folded = fold(text)
    return (bool(topic.search(folded) and done.search(folded)) and not NOT_YET.search(folded)
            and not asks_something(text))


IMPROVEMENTS = re.compile(r"\bverbeter\w*")
SHOWN = re.compile(r"\b(?:aangetoond|opgelost|doorgevoerd|afgerond|klaar|goedgekeurd|akkoord|gedaan)\b"
                   r"|\bvoldoen (?:we|wij) (?:nu |weer )*(?:wel|weer|nu)\b")


IMPROVEMENTS_DUE = re.compile(r"\b(?:wanneer|tot wanneer|hoe lang|hoelang|hoeveel tijd|binnen hoeveel|termijn|"
                              r"deadline|uiterlijk)\b")


def improvements_due_asked(text: str) -> bool:
    """"Wanneer moeten we de verbeteringen aantonen?": the deadline after a failed audit, asked."""
    folded = fold(text)
    return asks_something(text) and bool(IMPROVEMENTS.search(folded) and IMPROVEMENTS_DUE.search(folded))


def improvements_shown_told(text: str) -> bool:
    """"We hebben de verbeteringen aangetoond": a failed audit put right, told (not asked, not "nog niet")."""
    return _told_done(text, IMPROVEMENTS, SHOWN)


AUDIT = re.compile(r"\baudit\w*|\bauditor\b")
# "de audit is niet goed gegaan", "ging mis": how it went, in plain words
_WENT = r"(?:gegaan|verlopen|ging|verliep)"
AUDIT_FAILED = re.compile(r"\b(?:niet (?:voldaan|voldoen|gehaald|geslaagd|goedgekeurd)|voldoen (?:we |wij |ik )?niet|"
                          rf"afgekeurd|gezakt|(?:niet goed|slecht|mis) {_WENT}|{_WENT} (?:niet goed|slecht|mis)|"
                          r"misgegaan|misgelopen)\b")
AUDIT_PASSED = re.compile(rf"\b(?:gehaald|geslaagd|voldaan|goedgekeurd|behaald|goed {_WENT}|{_WENT} goed)\b")
AUDIT_HAD = re.compile(r"\b(?:gehad|gehouden|geweest|plaatsgevonden|achter de rug)\b")  # its outcome not told
COMBINED_AUDIT = re.compile(r"\b(?:gecombineerde|nrto) ?audit")
BOW = re.compile(r"\bblik op werk\b|\bbow\b")
RENEWED = re.compile(r"\b(?:verlengd|vernieuwd)\b")


def audit_result_told(text: str) -> str | None:
    """"De auditor zegt dat we niet voldoen": "failed"; "we hebben de gecombineerde audit gehaald": "passed";
    "de blik op werk audit is gehaald", "ons blik op werk keurmerk is verlengd": "bow", its validity renewed;
    a plain "audit gehaald": "either" (the yearly Blik op Werk one or the combined one); "we hebben de audit
    gehad": "had", its outcome not told; None for a question,
    for what is still to come ("nog niet gehaald", "nog niet verlengd") or anything else."""
    folded = fold(text)
    if asks_something(text):
        return None
    if BOW.search(folded) and RENEWED.search(folded) and not NOT_YET.search(folded):
        return "bow"
    if not AUDIT.search(folded) or NOT_YET_DONE.search(folded):
        return None
    if AUDIT_FAILED.search(folded):
        return "failed"
    if NOT_YET.search(folded):
        return None
    if not AUDIT_PASSED.search(folded):
        return "had" if AUDIT_HAD.search(folded) else None
    return "passed" if COMBINED_AUDIT.search(folded) else "bow" if BOW.search(folded) else "either"


# What a day told alone was: the answers to "Waar hoort … bij?" typed instead of tapped
DAY_CHOICES = {"pe": ("pe", "pe activiteit", "activiteit", "pe punten", "punten", "scholing", "opleiding"),
               "ref": ("intervisie", "reflectie", "intervisiebijeenkomst", "reflectiebijeenkomst", "bijeenkomst",
                       "kwaliteitskring"),
               "cert": ("certificaat", "certificering", "hercertificering", "certificaatdatum", "vervaldatum",
                        "verloopdatum", "register jobcoach")}
CHOICE_FILLER = re.compile(r"\b(?:een|de|het|mijn|is|was|voor|bij|van|dat|die|hoort|ik|bedoel|nee|ja|graag)\b")
CHOICE_LIKENESS = 85  # rapidfuzz ratio: "intervsie" is intervisie, "pen" is nothing


def day_choice(text: str) -> str | None:
    """"intervisie", "een pe-activiteit", "mijn certificaat": which of the day card's buttons a typed answer
    names ("pe", "ref" or "cert"); None for anything more or else."""
    said = " ".join(CHOICE_FILLER.sub(" ", fold(text)).split())
    if not said:
        return None
    choices = {word: choice for choice, words in DAY_CHOICES.items() for word in words}
    if said in choices:
        return choices[said]
    hit = process.extractOne(said, list(choices), scorer=fuzz.ratio, score_cutoff=CHOICE_LIKENESS) \
        if len(said) >= 5 else None
    return choices[hit[0]] if hit else None


def audit_named(text: str) -> str | None:
    """Which audit a typed answer to "Welke audit was het?" names: "passed" (the combined one) or "bow"."""
    folded = fold(text)
    if re.search(r"\bgecombineerd\w*|\bnrto\b", folded):
        return "passed"
    return "bow" if BOW.search(folded) or re.search(r"\bjaarlijks\w*", folded) else None


def about_me(text: str) -> bool:
    """A question about the user's own dates, points or meetings: answered from what they stored, never in a
    group."""
    return personal_question(text) is not None or points_question(text) or meetings_question(text)


@dataclass(frozen=True)
class DateStatement:
    """The user tells a certificate date: which date, and whether it was said to be the expiry."""
    day: date
    kind: DateKind
    said: bool  # False when the kind was inferred from past/future


def date_statement(text: str, today: date) -> DateStatement | DateProblem | None:
    """A certificate date told in a sentence or on its own; None when the text is about something else
    (the NRTO-keurmerk's dates included: see nrto_date_told)."""
    folded = fold(text)
    if NRTO_TOPIC.search(folded):
        return None
    expiry, certified = _told(folded)
    if "?" in text and not (expiry or certified):
        return None
    prefer: Prefer = "future" if expiry and not certified else "past" if certified and not expiry else None
    if expiry and PAST_EXPIRY.search(folded):
        prefer = "past"
    found = date_answer(text, today, prefer)  # a year alone ("verloopt 2027") asks which day, as on a date step
    if isinstance(found, DateProblem):
        if found.span is None:
            # nothing date-like: a question or a remark ("mijn certificaat verloopt binnenkort, wat moet ik doen")
            return None
        # only a sentence clearly about the certificate, or an impossible date typed alone ("31-2-2026"),
        # deserves an explanation of the bad date
        about_cert = (expiry or certified) and bool(CERT_TOPIC.search(folded) or FIRST_PERSON.search(folded))
        alone = not found.asks_day and _only_a_date(text, *found.span)
        return found if about_cert or alone else None
    if not (expiry or certified) and not _only_a_date(text, found.start, found.end):
        return None
    if expiry != certified:
        return DateStatement(found.value, "expiry" if expiry else "certified", True)
    return DateStatement(found.value, "expiry" if found.value > today else "certified", False)


def own_expiry_told(text: str, today: date, keurmerk_years: int) -> bool:
    """"Mijn certificaat verloopt op 1-4-2027", "ons keurmerk verloopt 31-12-2027": when my own certificate or
    keurmerk expires, told in so many words (a course certificate "behaald op 12-3" is evidence, not this);
    `keurmerk_years` as nrto_date_told takes it."""
    if not FIRST_PERSON.search(fold(text)):
        return False
    statement = date_statement(text, today)
    told = isinstance(statement, DateStatement) and statement.said and statement.kind == "expiry"
    return told or nrto_date_told(text, today, keurmerk_years)


# "ik heb mijn portfolio vandaag ingediend", "ik heb een positief advies gekregen": a step of /uitslag told
SUBMITTED = re.compile(r"\b(?:ingediend|ingeleverd|opgestuurd|verstuurd)\b")
# "ik heb op 1 maart ingediend": handed in with nothing named, which for the certificate is the portfolio
ANY_DAY = date(2000, 1, 1)  # a day said is only cut out here: its date is read later, against the real today
SUBMITTED_ALONE = re.compile(r"(?:ik )?(?:heb|had) (?:het |net |zojuist |eindelijk |alles |mijn )?"
                             r"(?:ingediend|ingeleverd)")
ADVICE_TOLD = re.compile(r"\b(positief|positieve|uitgesteld|uitgestelde|negatief|negatieve) advies\b"
                         r"|\badvies (?:is|was) (positief|uitgesteld|negatief)\b")
# "ik heb een positief advies" says it came too; "als ik een negatief advies heb" does not
RECEIVED = re.compile(r"\b(?:gekregen|ontvangen|binnen|gehad|is|was)\b"
                      r"|^(?!(?:als|stel|indien|mocht|wanneer)\b).*\b(?:ik heb|we hebben|wij hebben)\b")
PORTFOLIO_VERDICT = re.compile(r"\bportfolio (?:\w+ ){0,3}?(goedgekeurd|afgekeurd)\b"
                               # "ik ben geslaagd (voor mijn recertificering)", not for an audit
                               r"|^(?:ja |yes |hoera |joepie )?ik ben (?:\w+ ){0,2}?(geslaagd|gezakt)"
                               r"(?: voor (?:mijn|de) (?:recertificering|hercertificering|portfolio))?$"
                               # "ik heb bericht gekregen dat ik geslaagd ben"
                               r"|\bdat ik (?:\w+ ){0,2}?(geslaagd|gezakt) ben$"
                               # "mijn certificaat is verlengd", with no date: renewed (with one, that date's)
                               r"|^(?:ja |hoera |joepie )?(?:mijn )?(?:certificaat|certificering|registratie|"
                               r"hercertificering|recertificering) is (?:weer |opnieuw |eindelijk )?"
                               r"(verlengd|vernieuwd)$"
                               # "ik ben opnieuw gecertificeerd", "ik heb mijn nieuwe certificaat binnen": passed
                               r"|^(?:ja |hoera |joepie )?ik ben (?:(?:opnieuw|weer|eindelijk) ){0,2}"
                               r"((?:ge)?(?:her|re)certificeerd)\b"
                               r"|^(?:ja |hoera |joepie )?ik ben (?:opnieuw|weer) (gecertificeerd)\b"
                               r"|^(?:ja |hoera |joepie )?ik heb (?:eindelijk )?mijn (?:nieuwe )?certificaat "
                               r"(binnen|ontvangen|gekregen)$")
ADVICE_NAMES = {"positief": "positief", "positieve": "positief", "uitgesteld": "uitgesteld",
                "uitgestelde": "uitgesteld", "negatief": "negatief", "negatieve": "negatief"}


def result_named(text: str) -> str | None:
    """The /uitslag step a command line names: "/uitslag positief 12-1-2027", "/uitslag ingediend"."""
    for word in fold(text).split():
        if word in ADVICE_NAMES:
            return ADVICE_NAMES[word]
        if SUBMITTED.fullmatch(word):
            return "ingediend"
    return None


# "ik heb de uitslag binnen", "het besluit is er": the result came, not saying which
RESULT_CAME = re.compile(r"\b(?:uitslag|advies|besluit|certificeringsbesluit|beoordeling)(?: \w+){0,2}? "
                         r"(?:binnen|gekregen|ontvangen|gekomen)\b"
                         r"|\b(?:uitslag|advies|besluit|beoordeling) (?:is|zijn) (?:er|binnen|gekomen)\b")


def result_came(text: str) -> bool:
    """The result of one's own assessment told as come, without saying which advice ("ik heb de uitslag binnen")."""
    folded = fold(text)
    return (not asks_something(text) and FIRST_PERSON.search(folded) is not None and result_told(text) is None
            and result_named(text) is None and RESULT_CAME.search(folded) is not None
            and NOT_YET.search(folded) is None)  # "we hebben nog geen uitslag ontvangen": waiting, not come


def result_told(text: str) -> str | None:
    """Which step of /uitslag a statement tells: "ingediend" for the portfolio handed in, or the advice
    ("positief", "uitgesteld", "negatief"); None for a question or anything else."""
    folded = fold(text)
    if is_question(text) or opens_as_question(text) or not FIRST_PERSON.search(folded) or NOT_YET.search(folded):
        return None
    advice = ADVICE_TOLD.search(folded)
    if advice and RECEIVED.search(folded):
        return ADVICE_NAMES[advice.group(1) or advice.group(2)]
    if "portfolio" in folded and SUBMITTED.search(folded):
        return "ingediend"
    day = find_date(folded, ANY_DAY, "past")  # where a day is said, not which: any day serves as today
    words = (folded[:day.start] + folded[day.end:]).split() if isinstance(day, FoundDate) else folded.split()
    if SUBMITTED_ALONE.fullmatch(" ".join(w for w in words if w not in ("op", "van"))):
        return "ingediend"
    verdict = PORTFOLIO_VERDICT.search(folded)  # "mijn portfolio is goedgekeurd": the advice, in other words
    if verdict is None:
        return None
    return "negatief" if next(w for w in verdict.groups() if w) in ("afgekeurd", "gezakt") else "positief"


# "mijn certificaat is 2 jaar geleden verlengd" (RENEWED): recertified then; "… verlengd tot 1 juni 2031": its end
UNTIL = re.compile(r"\btot\b")


# Said in so many words, the certification is told whatever else the sentence names
CERTIFIED_OUTRIGHT = re.compile(r"(?:ge|her|re)+certificeerd|certificeringsdatum|datum van certificering")
REGISTER_NAMED = re.compile(r"\b(?:register|noloc|dnv)\b|jobcoach ?certific|certific\w* (?:als |voor )?jobcoach")
# A course or its study points named: "behaald", "sinds" or "mijn certificaat gehaald" is then that course's
COURSE_NAMED = re.compile(rf"(?:{ACTIVITY_NAMES})(?:s|en)?\b|\bects\b|\bstudiepunt")


def _told(folded: str) -> tuple[bool, bool]:
    """Whether a sentence speaks of the expiry, and of the certification."""
    renewed = bool(RENEWED.search(folded) and CERT_TOPIC.search(folded))  # the words Blik op Werk's renewal uses
    certified = CERTIFIED_WORDS.search(folded) or (ACHIEVED.search(folded) and CERT_TOPIC.search(folded)) or (
        renewed and not UNTIL.search(folded))
    course = COURSE_NAMED.search(folded) and not REGISTER_NAMED.search(folded)
    if certified and course and not CERTIFIED_OUTRIGHT.search(folded):
        certified = False
    return bool(EXPIRY_WORDS.search(folded) or (renewed and UNTIL.search(folded))), bool(certified)


def said_kind(text: str) -> DateKind | None:
    """Which certificate date a sentence tells ("verliep in maart": the expiry); None for neither or both."""
    expiry, certified = _told(fold(text))
    return "expiry" if expiry and not certified else "certified" if certified and not expiry else None


# A question asked after what is told, with no comma or question mark: "bow keurmerk verloopt in 2019 welke stappen"
ASKS_SOMEWHERE = re.compile(r"\b(?:wat|welke|hoe|hoeveel|wanneer|waar|waarom|stappen)\b"
                            r"|\btel(?:t|len) (?:dat|die|het|deze|dit|ze) (?:ook |nog )?mee\b")  # "…, telt die mee"


def asks_something(text: str) -> bool:
    """A question anywhere in the message, however little it looks like one."""
    return (is_question(text) or opens_as_question(text) or question_part(text) is not None
            or ASKS_SOMEWHERE.search(fold(text)) is not None)


# "we hebben de audit nog niet gehad", "ik heb mijn portfolio nog niet ingediend": a step of one's own not done yet,
# and the entry that says when it is due
NOT_DONE_STEPS: tuple[tuple[Step, re.Pattern[str]], ...] = (
    *NRTO_STEPS,
    (Step("noloc", "indienen-wanneer"), re.compile(r"\b(?:ingediend|ingeleverd|ingestuurd|indienen|inleveren)\b")))
NO_POINTS_YET = re.compile(r"\bnog geen (?:pe ?)?punten\b")


# "de kwaliteitsverklaring is nog niet verstuurd": a step named as the subject is one's own, said without "we"
STEP_SUBJECT = re.compile(r"^(?:de|het) (?:kwaliteitsverklaring|zelfevaluatie|portfolio)\b")  # not "de audit": anyone's


def _not_yet_told(text: str) -> str | None:
    """The folded text of a statement that something of mine is not done yet; None for a question or else."""
    folded = fold(text)
    mine = FIRST_PERSON.search(folded) or STEP_SUBJECT.match(folded)
    if asks_something(text) or not NOT_YET_DONE.search(folded) or not mine:
        return None
    return folded


def step_not_done(text: str) -> Step | None:
    """A step of one's own not done yet, told ("we hebben de zelfevaluatie nog niet gedaan"): whose status, or
    without dates whose entry, says when it is due."""
    folded = _not_yet_told(text)
    return None if folded is None else next((step for step, said in NOT_DONE_STEPS if said.search(folded)), None)


def no_points_yet(text: str) -> bool:
    """"Ik heb nog geen punten": one's own points (none logged), not the FAQ on evidence."""
    folded = _not_yet_told(text)
    return folded is not None and NO_POINTS_YET.search(folded) is not None


def nrto_date_told(text: str, today: date, keurmerk_years: int) -> bool:
    """A date told about the NRTO-keurmerk, Blik op Werk or an audit ("ons keurmerk verloopt op 31-12-2027").
    A date more than `keurmerk_years` back (a keurmerk's validity, knowledge/rules.yaml) is no current keurmerk's:
    "ons bow keurmerk loopt eind 2019 af" is the NRTO page's own case (written for 2019), asked about."""
    if asks_something(text) or not NRTO_TOPIC.search(fold(text)):
        return False
    found = date_answer(text, today)
    if isinstance(found, DateProblem):
        year = found.period[0] if found.period else None
        return found.span is not None and (year is None or year >= today.year - keurmerk_years)
    return found.value.year >= today.year - keurmerk_years


KEURMERK_WORD = re.compile(r"\bkeurmerk\b")
_AUDIT_HELD = "was|waren|hadden|gehad|gedaan|plaatsgevonden"  # an audit told as one that took place
AUDIT_WAS = re.compile(rf"\b(?:{_AUDIT_HELD}|in)\b")  # "… was in 2023": its year


AUDIT_NAMED = re.compile(r"\b(?:audit|auditor|auditoren|auditbezoek)\b")  # "de auditor komt volgende week"
AUDIT_HELD = re.compile(rf"\b(?:{_AUDIT_HELD}|geweest|gehaald|laatste)\b")  # not one still to come
AUDIT_PLANNED = re.compile(r"\b(?:volgende|komende|binnenkort|gepland|ingepland|straks|morgen|overmorgen)\b")


def audit_ahead_told(text: str, today: date) -> bool:
    """"Onze audit is volgende maand": an audit still to come, told; no date the NRTO dates keep."""
    folded = fold(text)
    if asks_something(text) or not AUDIT_NAMED.search(folded) or AUDIT_HELD.search(folded) \
            or EXPIRY_WORDS.search(folded):
        return False
    found = find_date(text, today, "future")
    if isinstance(found, FoundDate):
        return found.value > today
    return period_ahead(found, today) is not None or AUDIT_PLANNED.search(folded) is not None


def combined_audit_year_told(text: str, today: date) -> int | None:
    """"Onze laatste gecombineerde audit was in 2023": that year; None for anything else (a question, the yearly
    Blik op Werk audit, a year still to come)."""
    folded = fold(text)
    if asks_something(text) or not COMBINED_AUDIT.search(folded) or not FIRST_PERSON.search(folded) \
            or not AUDIT_WAS.search(folded):
        return None
    year = YEAR.search(folded)
    return int(year.group(1)) if year and int(year.group(1)) <= today.year else None


AUDIT_WORD = re.compile(r"\baudit\b")


def some_audit_year_told(text: str, today: date) -> int | None:
    """"Onze laatste audit was in 2023": an audit's year told without saying which audit, the yearly Blik op Werk
    one or the combined one; None when it says (see combined_audit_year_told) or asks."""
    folded = fold(text)
    if asks_something(text) or COMBINED_AUDIT.search(folded) or BOW.search(folded) or not AUDIT_WORD.search(folded) \
            or not FIRST_PERSON.search(folded) or not AUDIT_WAS.search(folded):
        return None
    year = YEAR.search(folded)
    return int(year.group(1)) if year and int(year.group(1)) <= today.year else None


# "nee, dat is ons nrto keurmerk": under a date's card, the NRTO-keurmerk named as whose date it is
KEURMERK_NAMED = re.compile(r"^(?:\w+ ){0,6}(?:nrto|keurmerk|nrto keurmerk|nrtokeurmerk)(?: \w+){0,2}$")


def keurmerk_named(text: str) -> bool:
    """A short remark naming the NRTO-keurmerk, nothing asked ("nee, dat is ons nrto keurmerk")."""
    return KEURMERK_NAMED.match(fold(text)) is not None and not asks_something(text)


def nrto_expiry_told(text: str, today: date) -> tuple[str, date] | None:
    """"Ons keurmerk verloopt op 1 maart 2028": which keurmerk's end is told ("nrto", or "bow" when Blik op Werk
    is named) and the day; None for anything else: a question, an end already past."""
    folded = fold(text)
    if asks_something(text) or not KEURMERK_WORD.search(folded):
        return None
    if not (EXPIRY_WORDS.search(folded) and FIRST_PERSON.search(folded)):
        return None
    found = date_answer(text, today, "future")
    if isinstance(found, DateProblem) or found.value <= today:
        return None
    return ("bow" if BOW.search(folded) else "nrto"), found.value


GAINED = re.compile(r"\b(?:behaald|gehaald|gekregen|ontvangen|verkregen|toegekend|sinds)\b")


BOW_TYPED = re.compile(r"\bblik\s{1,3}op\s{1,3}werk\b|\bbow\b", re.IGNORECASE)


def nrto_gained_and_bow_told(text: str, today: date) -> tuple[date, date] | None:
    """"Wij hebben het NRTO-keurmerk sinds 1 maart 2023 en Blik op Werk tot 31 december 2026": the day gained
    and Blik op Werk's end, told together in that order; None for anything else."""
    bow = BOW_TYPED.search(text)
    if bow is None or asks_something(text):
        return None
    gained = nrto_gained_told(text[:bow.start()], today)
    until = find_date(text[bow.end():], today, "future")
    if not isinstance(gained, date) or not isinstance(until, FoundDate) or until.value <= today:
        return None
    return gained, until.value


def nrto_gained_told(text: str, today: date) -> date | DateProblem | None:
    """"Wij hebben sinds 1 maart 2024 het NRTO-keurmerk": the day it was gained, or the DateProblem that asks
    which day when only a month or a year was said; None for anything else (a question, an audit, Blik op Werk,
    a day still to come)."""
    folded = fold(text)
    if (asks_something(text) or not KEURMERK_WORD.search(folded) or BOW.search(folded)
            or AUDIT.search(folded) or not (GAINED.search(folded) and FIRST_PERSON.search(folded))):
        return None
    found = date_answer(text, today, "past")
    if isinstance(found, DateProblem):
        return found if found.asks_day else None
    return found.value if found.value <= today else None


def _only_a_date(text: str, start: int, end: int) -> bool:
    """Nothing but filler words around the date at text[start:end]."""
    rest = fold(text[:start] + " " + text[end:])
    return all(word in FILLER for word in re.findall(r"\w+", rest))


COMMAND_LIKENESS = 75  # rapidfuzz ratio: "/stauts" is /status, "/foo" is nothing
# habits from other bots, and the plain word for what a command does ("/wis" only suggests /vergeet)
COMMAND_ALIASES = {"cancel": "annuleer", "menu": "help", "commands": "help", "settings": "herinneringen",
                   "wis": "vergeet", "wissen": "vergeet", "privacy": "mijngegevens", "deadlines": "status",
                   "overzicht": "status", "info": "over", "bronnen": "over", "intervisies": "reflectie",
                   "activiteit": "pe", "activiteiten": "lijst", "datum": "certificaat", "nrto": "keurmerk",
                   # what a button or a word elsewhere calls it ("📈 Grafiek" under /punten)
                   "grafiek": "punten", "voortgang": "punten", "stand": "punten", "deadline": "status",
                   "kalender": "agenda", "reminders": "herinneringen", "meldingen": "herinneringen", "hulp": "help"}


def closest_command(typed: str, names: list[str]) -> str | None:
    """The known command a mistyped one was meant to be ("/certficaat" → "certificaat"), if any is close."""
    word = typed.lstrip("/").split("@", 1)[0].lower()
    if word in COMMAND_ALIASES:
        return COMMAND_ALIASES[word]
    if len(word) < 3:
        return None
    found = process.extractOne(word, names, scorer=fuzz.ratio, score_cutoff=COMMAND_LIKENESS)
    return str(found[0]) if found else None
