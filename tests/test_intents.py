"""Personal messages recognised before the FAQ."""

from __future__ import annotations

from datetime import date

import pytest

from bot.dates import DateProblem
from bot.intents import (
    COMMAND_ALIASES,
    REMINDER_KIND_WORDS,
    DateStatement,
    about_me,
    asks_something,
    asks_validity,
    attendance_told,
    audit_ahead_told,
    audit_named,
    audit_result_told,
    bot_feature,
    change_asked,
    closest_command,
    combined_audit_year_told,
    date_statement,
    day_choice,
    dont_know,
    fewer_reminders_asked,
    group_meetings_question,
    improvements_due_asked,
    improvements_shown_told,
    is_question,
    keurmerk_named,
    meeting_day_told,
    meeting_place,
    meeting_plan_asked,
    meeting_praised,
    meeting_proposed,
    meeting_request,
    meetings_question,
    meetings_told,
    next_meeting_question,
    no_points_yet,
    nrto_date_told,
    nrto_expiry_told,
    nrto_gained_and_bow_told,
    nrto_gained_told,
    opens_as_question,
    others_data_asked,
    own_expiry_told,
    own_reminder_asked,
    personal_question,
    points_question,
    points_told,
    question_part,
    reminder_channel_asked,
    reminder_kind_switch,
    reminder_times_asked,
    reminders_listed,
    reminders_switch,
    reminders_switch_asked,
    reminders_switched,
    result_came,
    result_told,
    result_when_asked,
    rsvp_answer,
    rsvp_told,
    said_kind,
    self_evaluation_done_told,
    some_audit_year_told,
    statement_sent_told,
    step_deadline_asked,
    step_not_done,
    told_part,
    topic_told,
    who_was_there_asked,
)
from bot.knowledge import KnowledgeBase
from bot.reminders import KINDS
from bot.rules import load_rules
from bot.texts import COMMANDS

TODAY = date(2026, 11, 22)
KEURMERK_YEARS = load_rules().nrto.validity_years


@pytest.mark.parametrize(("text", "scheme"), [
    ("wanneer verloopt mijn certificaat?", "noloc"),
    ("Wanneer verloopt mijn certificaat", "noloc"),
    ("tot wanneer is mijn certificering geldig", "noloc"),
    ("tot wanneer ben ik geregistreerd", "noloc"),  # was two suggestions
    ("wanneer moet ik mijn portfolio indienen?", "noloc"),
    ("hoe lang is mijn certificaat nog geldig", "noloc"),
    ("wanneer moet onze zelfevaluatie binnen zijn", "nrto"),
    ("welk jaar is onze volgende audit", "nrto"),
    ("hoe lang is een certificaat geldig?", None),   # general: the FAQ answers
    ("hoeveel dagen heb ik nog?", "any"),  # time left, no scheme named: whichever I hold
    ("hoe lang heb ik nog", "any"),
    ("hoeveel dagen nog?", "any"), ("hoe lang nog", "any"), ("deadlines", "any"),  # were "weet ik niet", suggestions
    ("mijn deadlines", "any"),  # and the quality statement's entry outright
    ("hebben we alles gedaan dit jaar", "any"), ("heb ik alles al gedaan?", "any"),  # were "weet ik niet"
    ("wat moet ik allemaal doen?", "any"),  # was three suggestions, the quality statement first
    ("is onze kwaliteitsverklaring al verstuurd?", "nrto"),  # was the FAQ on what to send where
    ("hebben we de kwaliteitsverklaring al verstuurd?", "nrto"), ("heb ik de zelfevaluatie dit jaar gedaan", "nrto"),
    ("we hebben de kwaliteitsverklaring verstuurd", None),  # told, not asked: offered to record
    ("is dit jaar een auditjaar?", "nrto"), ("wordt 2027 voor ons een auditjaar", "nrto"),  # were suggestions
    ("is de zelfevaluatie verstuurd", None),  # no one's: the FAQ
    ("Wat moet ik nu doen?", "any"),  # where I stand, asked as the whole message: my status
    ("wat moet ik deze maand doen", "any"), ("wat moeten we binnenkort doen?", "any"),  # were suggestions
    ("wat moet ik dit jaar nog doen", "any"), ("wat moeten we deze week nog doen", "any"),  # were suggestions too
    ("wat moet ik nog doen dit jaar", "any"), ("wat moeten we doen deze maand?", "any"),  # the time last: the same
    ("wat moeten we volgend jaar doen", "any"), ("wat moet ik doen komende maand", "any"),  # were "weet ik niet"
    ("wat moet ik allemaal nog doen", "any"), ("wat moet ik voor 31 december doen", "any"),  # were suggestions
    ("wat moeten we voor het einde van het jaar doen", "any"),
    ("hoe sta ik ervoor", "any"),
    ("wat is mijn volgende stap?", "any"),
    ("wat nu?", "any"),
    ("hoe lang duurt de beoordeling van mijn portfolio", None),  # a step's duration: the FAQ
    ("ik heb weinig tijd, hoe lang ben ik bezig met mijn portfolio", None),
    ("sta ik op schema?", "any"),
    ("Ben ik nog op tijd", "any"),
    ("liggen we goed op koers?", "any"),
    ("loop ik achter", "any"),
    ("ben ik op tijd voor de audit?", None),  # a question with a subject: not the whole message
    ("wat moet ik doen als mijn certificaat verlopen is?", None),  # a question with a subject: the FAQ
    ("wat moet ik doen voor de zelfevaluatie", None),
    ("hoeveel tijd kost mijn portfolio?", None),  # how long a task takes: the FAQ
    ("wat kost hercertificering", None),
    ("moet ik de zelfevaluatie opsturen?", None),
    ("wanneer is de volgende audit", "nrto"),  # the next one can only be mine
    ("wanneer is mijn volgende deadline?", "any"),  # both schemes have deadlines: whichever I hold
    ("wat moeten we dit jaar doen", "any"),
    ("wat is de volgende stap na het indienen?", None),  # no when: the FAQ
    ("wanneer is de deadline voor indienen", None),  # not mine: the FAQ
    ("is mijn certificaat nog geldig", "noloc"),  # yes or no about my validity now
    # expiry told with no date: the stored dates say whether it is so (were the FAQ, and suggestions)
    ("mijn certificaat is verlopen", "noloc"), ("ons keurmerk is al verlopen", "nrto"),
    ("mijn certificering is helaas vervallen", "noloc"), ("mijn rijbewijs is verlopen", None),
    ("mijn certificaat is verlopen op 1 maart 2026", None),  # a date told: own_expiry_told offers it
    ("verloopt mijn certificaat binnenkort", "noloc"), ("is ons keurmerk nog geldig", "nrto"),
    ("kan ik al beginnen met mijn portfolio", None),  # when one may start: the FAQ
    ("wat zijn mijn deadlines", "any"), ("mijn deadlines", "any"), ("status", "any"), ("overzicht", "any"),
    ("tot wanneer moet ik verbeteringen aantonen", "nrto"),  # after a failed audit
    ("hoe lang moet ik wachten op de uitslag", None),  # the FAQ's 6 to 8 weeks, also before submitting
    ("hoe lang is mijn rijbewijs geldig", None), ("wanneer verloopt mijn lidmaatschap", None),  # not the certificate
    # how long to keep a document: the FAQ's (was the NRTO status)
    ("hoe lang moeten we de zelfevaluatie bewaren", None), ("hoe lang moet ik mijn bewijsstukken bewaren", None),
    ("moeten we dit jaar een audit", "nrto"), ("kan ik volgend jaar mijn portfolio indienen", "noloc"),
    ("wanneer verloopt mijn inschrijving", "noloc"),
    ("tot wanneer is mijn registratie geldig", "noloc"),
    ("wanneer moet mijn aanvulling binnen zijn", "noloc"),  # after a postponed advice: was "weet ik niet"
    ("wat is mijn hercertificeringsdatum", "noloc"), ("wat is onze geldigheidsdatum", "noloc"),  # were suggestions
    # where I stand, after saying who one is: were the uitvoerend-jobcoach entry and when one has the keurmerk
    ("ik ben register jobcoach, wat moet ik dit jaar nog doen?", "noloc"), ("ik ben jobcoach. wat nu?", "noloc"),
    ("wij hebben het nrto keurmerk, wat moeten we doen?", "nrto"), ("we zijn nrto lid. hoe staan we ervoor?", "nrto"),
    ("wij zijn een opleidingsbureau met het nrto keurmerk, wat moeten we dit jaar nog doen?", "nrto"),
    ("ik ben trainer, wat moet ik nu doen", "any"),
    ("ik heb een uitgesteld advies gekregen, wat nu", None),  # a situation told, not who one is: the FAQ
    ("ons blik op werk keurmerk loopt nog jaren door, wat moeten we doen", None),
    # what if: the sources' answer, or what they leave open (was one's own status, outright)
    ("wat gebeurt er als ik de deadline mis", None), ("wat als ik mijn deadline mis", None),
    ("ik heb mijn deadline gemist", "any"),  # told: one's own deadlines say whether it was
    ("moeten we in 2028 een audit", "nrto"), ("moeten we in 2027 de zelfevaluatie doen", "nrto"),  # suggestions
    ("mijn certificaat is verlopen, wat nu?", "noloc"),  # as without "wat nu": whether it is (was the FAQ's)
    ("ik wil alvast indienen", "noloc"), ("ik wil nu al mijn portfolio indienen", "noloc"),  # were suggestions
])
def test_personal_questions(text: str, scheme: str | None) -> None:
    assert personal_question(text) == scheme


@pytest.mark.parametrize(("text", "mine"), [
    ("hoeveel punten heb ik nog nodig", True),
    ("Hoeveel PE-punten heb ik al?", True),
    ("hoe sta ik ervoor met mijn punten", True),
    ("heb ik al mijn punten?", True),
    ("mag ik al mijn punten in een categorie halen", False),  # all of them: a rule, not my count
    ("welk bewijs heb ik nodig voor mijn pe punten", False),  # what counts as evidence: the FAQ
    ("hoeveel ECTS mis ik nog?", True),
    ("wat is mijn stand van de pe punten?", True),
    ("hoeveel punten krijg ik voor een webinar", False),  # what an activity is worth: the FAQ
    ("hoeveel punten is mijn cursus waard?", False),
    ("kan ik mijn punten overzetten?", False),
    ("hoeveel punten heb je nodig", False),  # not mine
    ("ik heb nog punten nodig", False),  # a statement, not a question
    ("ben ik op tijd met mijn punten", True), ("lig ik achter met mijn pe punten?", True),  # were the FAQ's
    ("hoeveel uur heb ik dit jaar aan scholing besteed", True),  # was how long a portfolio takes, outright
    ("hoeveel uur heb ik nodig voor mijn portfolio", False),  # the time it takes: the FAQ
    ("welke periode telt voor mijn punten", True),  # was which activities give points; /punten heads its period
    ("welke periode", False),
    ("ik heb al 20 punten, hoeveel heb ik nog nodig", True),  # asked after the count told: was the FAQ's
    ("ik heb 3 ects behaald, hoeveel punten is dat", False),  # what it is worth: the FAQ's rule
    ("ik heb al 20 punten, hoeveel punten is een webinar waard", False),
])
def test_questions_about_my_own_points(text: str, mine: bool) -> None:
    assert points_question(text) is mine


@pytest.mark.parametrize(("text", "mine"), [
    ("hoeveel intervisies moet ik dit jaar nog?", True),
    ("hoeveel intervisies moet ik dit jaar doen?", True),  # this year's, mine: was the FAQ's count per year
    ("hoeveel bijeenkomsten moet ik dit jaar", True),
    ("hoeveel intervisies moet je dit jaar doen", False),  # "je": the rule
    ("hoeveel intervisiebijeenkomsten heb ik al gehad", True),
    ("Hoeveel intervisie bijeenkomsten had ik in 2025?", True),
    ("moeten we dit jaar nog een intervisie doen", True),
    ("hoeveel reflectiebijeenkomsten mis ik nog", True),
    ("hoeveel intervisies moet je per jaar doen?", False),  # the rule: the FAQ
    ("hoeveel reflectiebijeenkomsten moet ik in 2025 hebben gevolgd", False),
    ("hoeveel reflectieverslagen moet ik nog maken", False),  # the report, not the meetings
    ("waar zie ik welke noloc bijeenkomsten ik heb bijgewoond", False),  # Noloc's events
    ("ik heb nog een intervisie gehad", False),  # a statement: offered for logging elsewhere
    ("in welke periode moet ik mijn intervisies doen?", True),  # the count per year answers which period
])
def test_questions_about_my_own_meetings(text: str, mine: bool) -> None:
    assert meetings_question(text) is mine


@pytest.mark.parametrize(("text", "validity"), [
    ("wanneer verloopt ons keurmerk", True), ("tot wanneer is het geldig", True), ("vervalt mijn certificaat", True),
    ("wanneer moet onze zelfevaluatie klaar zijn", False),
    ("hoe lang heb ik om mijn portfolio aan te vullen", False),  # time for a task, not validity
])
def test_a_question_about_validity(text: str, validity: bool) -> None:
    assert asks_validity(text) is validity


@pytest.mark.parametrize(("text", "told"), [
    ("mijn certificaat verloopt 1 april 2027", True), ("ons keurmerk verloopt op 31-12-2027", True),
    ("certificaat van deelname, behaald op 20-11-2026", False),  # a course's certificate: evidence
    ("ik heb mijn certificaat op 12-3-2026 gekregen", False),  # certified, as a course may be
    ("certificaat geldig tot 1-4-2028", False),  # nobody's
])
def test_my_own_expiry_told(text: str, told: bool) -> None:
    assert own_expiry_told(text, TODAY, KEURMERK_YEARS) is told


@pytest.mark.parametrize(("text", "step"), [
    ("ik heb mijn portfolio vandaag ingediend", "ingediend"), ("ons portfolio is verstuurd", "ingediend"),
    ("ik heb een positief advies gekregen", "positief"), ("mijn advies is uitgesteld", "uitgesteld"),
    ("ik heb een negatief advies gehad, wat nu", "negatief"),
    ("ik heb een positief advies", "positief"), ("we hebben een uitgesteld advies", "uitgesteld"),  # were the FAQ
    ("als ik een negatief advies heb, wat dan", None), ("stel dat ik een uitgesteld advies heb", None),  # if
    ("ik heb mijn portfolio nog niet ingediend", None), ("ik heb nog geen advies gekregen", None),  # not yet
    ("wanneer moet ik mijn portfolio indienen", None), ("heb ik mijn portfolio ingediend?", None),  # questions
    ("een positief advies, wat betekent dat", None),  # nobody's
    ("mijn portfolio is goedgekeurd", "positief"), ("ons portfolio is afgekeurd", "negatief"),  # the advice in words
    ("is mijn portfolio goedgekeurd?", None),
    ("ik ben geslaagd!", "positief"), ("ik ben gezakt voor mijn recertificering", "negatief"),  # were suggestions
    ("ik ben helaas gezakt", "negatief"), ("ik ben geslaagd voor de audit", None), ("ben ik geslaagd?", None),
    ("ik heb bericht gekregen dat ik geslaagd ben", "positief"),  # was "weet ik niet"
    ("ik hoorde net dat ik helaas gezakt ben", "negatief"), ("hoe weet ik dat ik geslaagd ben", None),
    ("we hoorden dat we geslaagd zijn voor de audit", None),
    ("mijn certificering is verlengd", "positief"), ("hoera mijn certificaat is weer verlengd", "positief"),  # were
    ("is mijn certificaat verlengd?", None), ("mijn certificaat is nog niet verlengd", None),  # "weet ik niet"
    ("ons blik op werk keurmerk is verlengd", None),  # Blik op Werk's, which audit_result_told takes
    # certified again, in words (were the NRTO-keurmerk's validity, outright, and suggestions)
    ("ik ben opnieuw gecertificeerd", "positief"), ("ik ben gehercertificeerd!", "positief"),
    ("ik ben weer gecertificeerd als register jobcoach", "positief"),
    ("ik heb mijn nieuwe certificaat binnen", "positief"), ("ik heb mijn certificaat binnen", "positief"),
    ("ben ik opnieuw gecertificeerd?", None), ("ik ben in 2023 gecertificeerd", None),  # asked; a date told
    # handed in with nothing named: the portfolio (was "weet ik niet")
    ("ik heb op 1 maart ingediend", "ingediend"), ("ik heb het gisteren ingeleverd", "ingediend"),
    ("ik heb een klacht ingediend", None), ("ik heb de kwaliteitsverklaring ingediend", None),
])
def test_a_step_of_uitslag_told(text: str, step: str | None) -> None:
    assert result_told(text) == step


@pytest.mark.parametrize(("text", "part"), [
    ("ik ben in 2022 gecertificeerd, hoeveel jaar blijft dat geldig", "hoeveel jaar blijft dat geldig"),
    ("verloopt 1-3-2027; wanneer moet ik indienen?", "wanneer moet ik indienen?"),
    ("mijn certificaat verloopt op 1-3-2027, denk ik", None),
    ("Hoi! Ik ben Petra, mijn certificaat verloopt in juni 2027. Wat moet ik allemaal doen?",
     "Wat moet ik allemaal doen?"),  # after a full stop too (was the clause with the date, and the question)
    ("hoeveel jaar is het geldig", None),  # a question alone is not told with something
])
def test_the_question_in_a_message_that_tells_something(text: str, part: str | None) -> None:
    assert question_part(text) == part


@pytest.mark.parametrize(("text", "told"), [
    ("mijn certificaat verloopt in juni 2027, wanneer kan ik indienen?", "mijn certificaat verloopt in juni 2027, "),
    ("verloopt mijn certificaat in juni?", "verloopt mijn certificaat in juni?"),  # asks: all of it
])
def test_what_a_message_tells_before_its_question(text: str, told: str) -> None:
    assert told_part(text) == told


@pytest.mark.parametrize(("text", "asked"), [
    ("wanneer is de volgende intervisie?", True), ("is er al een intervisiebijeenkomst gepland", True),
    ("wanneer hebben we weer intervisie", True),
    ("hoeveel intervisies moet ik per jaar", False), ("wat is intervisie", False),  # the FAQ
    ("de volgende intervisie is bij Piet", False),  # a remark
    ("wie doen er mee?", True), ("wie zijn er allemaal bij", True), ("wie komen er?", True),  # who comes
    ("wie komt er auditen bij de gecombineerde audit", False),
    ("hoeveel mensen komen er?", True), ("hoe laat is de intervisie", True),  # were "weet ik niet", an FAQ entry
    ("wat is het onderwerp?", True), ("om hoe laat begint de bijeenkomst", True),
    ("hoe lang duurt een intervisie", False), ("hoeveel mensen moeten er in een intervisiegroep", False),
    # when it starts or ends, its name left out (were two NRTO suggestions in the group)
    ("hoe laat begint het?", True), ("hoe laat beginnen we", True), ("om hoe laat starten we?", True),
    ("tot hoe laat duurt het", True), ("hoe laat zijn we klaar?", True),
    ("hoe laat begint de audit", False), ("hoe laat is het", False),
    # its place or subject, which its topic holds: were the evidence forms' entry and the conditions' entry
    ("waar is de intervisie?", True), ("waar vindt de bijeenkomst plaats", True),
    ("wat gaan we doen op de intervisie", True), ("wat is het thema van de volgende bijeenkomst", True),
    ("waar zijn de formulieren voor intervisie", False), ("waar vind ik het bewijs van de intervisie", False),
    ("wie komen er donderdag?", True), ("wie komt er op 3 december", True),  # were "weet ik niet"
    ("wie doen er mee volgende week", True), ("wie komt er donderdag koken", False),
    # is there one then (were suggestions about intervision in general)
    ("is er komende week intervisie?", True), ("is er over 3 weken intervisie?", True),
    ("is er donderdag intervisie?", True), ("hebben we deze week intervisie?", True),
    ("is er in december een bijeenkomst?", True), ("is er binnenkort intervisie", True),
    ("is er een minimum aantal intervisies?", False), ("is intervisie verplicht?", False),
    ("hebben we dit jaar genoeg intervisies gehad", False),
    # its time or place, nothing named (were a suggestion on a negative advice, and ones on portfolios)
    ("hoe laat was het ook alweer?", True), ("hoe laat beginnen we ook alweer", True), ("waar is het?", True),
    ("waar zijn we ook alweer?", True), ("waar is het portfolio", False), ("waar is het formulier?", False),
])
def test_a_question_about_the_next_meeting(text: str, asked: bool) -> None:
    assert next_meeting_question(text) is asked


@pytest.mark.parametrize(("text", "told"), [
    ("ik heb al 40 punten", True), ("Ik zit op 52 PE-punten", True), ("we hebben 12,5 pepunten", True),
    ("ik heb nog 20 punten nodig", True),
    ("hoeveel punten heb ik?", False), ("heb ik al 40 punten?", False),  # questions: my points, answered
    ("40 punten", False),  # nobody's: the FAQ
    ("een webinar geeft 2 punten", False),
    ("ik heb 80 punten, mag ik de rest overhevelen", False),  # asks, after telling: was "ik tel alleen …"
])
def test_a_points_count_told(text: str, told: bool) -> None:
    assert points_told(text) is told


@pytest.mark.parametrize(("text", "mine"), [
    ("wanneer verloopt mijn certificaat?", True), ("hoeveel punten heb ik nog nodig?", True),
    ("hoeveel dagen heb ik nog", True), ("hoeveel intervisies heb ik al?", True), ("wat kost recertificering?", False),
])
def test_about_me_is_my_dates_or_my_points(text: str, mine: bool) -> None:
    assert about_me(text) is mine


@pytest.mark.parametrize(("text", "expected"), [
    ("mijn certificaat verloopt op 14 maart 2027", DateStatement(date(2027, 3, 14), "expiry", True)),
    ("ik ben op 1 februari 2023 gecertificeerd", DateStatement(date(2023, 2, 1), "certified", True)),
    ("14-3-2027", DateStatement(date(2027, 3, 14), "expiry", False)),
    ("op 1-2-2023", DateStatement(date(2023, 2, 1), "certified", False)),
    ("mijn certificaat verloopt 14 maart", DateStatement(date(2027, 3, 14), "expiry", True)),
    ("ik heb gisteren een webinar van 2 uur gevolgd", None),
    ("mijn certificaat is op 1 maart verlopen", DateStatement(date(2026, 3, 1), "expiry", True)),  # past tense
    ("mijn certificaat verliep op 1 maart", DateStatement(date(2026, 3, 1), "expiry", True)),
    ("ik heb op 14 maart 2023 mijn hercertificering gehaald", DateStatement(date(2023, 3, 14), "certified", True)),
    ("ik heb op 12 maart een cursus gehaald", None),  # achieved, but no certificate named
    ("hoi, ik ben net gecertificeerd als jobcoach. wat moet ik allemaal bijhouden?", None),  # no date: a question
    ("wat gebeurt er op 14 maart?", None),
    ("mijn certificering loopt tot 1-4-2027", DateStatement(date(2027, 4, 1), "expiry", True)),
    ("mijn certificaat is geldig van 14-3-2023 tot 14-3-2027", DateStatement(date(2027, 3, 14), "expiry", True)),
    ("mijn certificaat verloopt binnenkort, wat moet ik doen", None),  # nothing date-like: not a date told
    ("hallo", None),
    ("mijn certificaat loopt op 1 juni 2027 af", DateStatement(date(2027, 6, 1), "expiry", True)),  # split verb
    ("mijn certificaat liep op 1 maart 2026 af", DateStatement(date(2026, 3, 1), "expiry", True)),
    ("mijn certificering eindigt op 1 juni 2027", DateStatement(date(2027, 6, 1), "expiry", True)),
    ("ik moet voor 1 juni 2027 hercertificeren", DateStatement(date(2027, 6, 1), "expiry", True)),
    ("mijn hercertificering is 1 juni 2027", DateStatement(date(2027, 6, 1), "expiry", True)),
    ("moet ik in 2027 hercertificeren?", None),  # asked, not told
    ("wat kost recertificeren in 2023", None),  # the year of the cost, no date of mine
    ("ons keurmerk verloopt op 31-12-2027", None),  # the NRTO-keurmerk, not the Register Jobcoach certificate
    ("ons blik op werk keurmerk verloopt in 2025", None),
    ("ik heb 31-2 een webinar gedaan", None),  # a wrong date in some other sentence: not for the certificate
    ("in juni", None),  # a month alone, no certificate named: nothing to ask a day for
    # renewed: on a day, recertified then; until a day, its new end (were "weet ik niet")
    ("mijn certificaat is verlengd tot 1 juni 2030", DateStatement(date(2030, 6, 1), "expiry", True)),
    ("mijn certificaat is op 1 juni 2025 verlengd", DateStatement(date(2025, 6, 1), "certified", True)),
    ("ons blik op werk keurmerk is verlengd tot 31 december 2028", None),  # not the certificate
    # a course's certificate or points achieved: an activity, not the certification (were certificate cards)
    ("ik heb 3 ects behaald voor een module arbeidsrecht op 1 oktober", None),
    ("ik heb op 12 oktober mijn certificaat voor de cursus loopbaancoaching behaald", None),
    ("ik heb op 12 oktober het certificaat van de training gespreksvoering gehaald, 16 uur", None),
    ("ik heb sinds 1 september een opleiding coaching", None),
    ("ik ben op 1 oktober gecertificeerd na de opleiding", DateStatement(date(2026, 10, 1), "certified", True)),
    ("ik ben sinds 1 oktober 2023 geregistreerd als jobcoach", DateStatement(date(2023, 10, 1), "certified", True)),
    ("ik heb op 1 maart 2023 mijn register jobcoach certificaat behaald na de opleiding",
     DateStatement(date(2023, 3, 1), "certified", True)),  # the register named: its certificate
])
def test_date_statements(text: str, expected: DateStatement | None) -> None:
    assert date_statement(text, TODAY) == expected


@pytest.mark.parametrize(("text", "told"), [
    ("ons keurmerk verloopt op 31-12-2027", True), ("ons blik op werk keurmerk verloopt in 2025", True),
    ("we hebben het NRTO-keurmerk sinds 1 maart 2024", True), ("onze laatste audit was in maart 2024", True),
    ("wanneer moet onze zelfevaluatie binnen zijn?", False),  # a question: the FAQ or the user's status
    ("Moet de zelfevaluatie voor 31 december binnen zijn", False),
    ("onze audit ging goed", False),  # no date
    ("moeten we dit jaar een audit", False),  # a yes/no question with a period in it, not a date told
    ("mijn certificaat verloopt op 14-3-2027", False),  # Register Jobcoach
    ("ons bow keurmerk loopt eind 2019 af", False),  # the NRTO page's own case (2019), no current keurmerk's date
    ("onze blik op werk erkenning loopt door tot 2021", False),
    ("blik op werk keurmerk verloopt in 2027 welke stappen", False),  # a question with no comma or question mark
    ("ons keurmerk verloopt op 1-3-2028, moeten we dan iets doen", False),  # a yes/no question after the comma
])
def test_a_date_told_about_the_nrto_keurmerk(text: str, told: bool) -> None:
    assert nrto_date_told(text, TODAY, KEURMERK_YEARS) is told


@pytest.mark.parametrize(("text", "says"), [
    ("mijn certificaat verloopt op 31 februari", "bestaat niet"),
    ("31-2-2026", "31 februari 2026 bestaat niet"),  # typed alone, as a valid date alone is proposed
    ("op 32-1-2027", "32 januari 2027 bestaat niet"),
    ("ik ben in 2023 gecertificeerd", "Op welke dag in 2023?"),  # a year alone: which day
    ("mijn certificaat loopt af in 2027", "Op welke dag in 2027?"),
    ("mijn certificaat verloopt volgend jaar", "Op welke dag in 2027?"),
])
def test_bad_date_in_a_certificate_sentence_is_explained(text: str, says: str) -> None:
    problem = date_statement(text, TODAY)
    assert isinstance(problem, DateProblem) and says in problem.message


@pytest.mark.parametrize(("text", "question"), [
    ("wat kost hercertificering?", True), ("telt een webinar mee ?  ", True),
    ("wat kost hercertificering", False),  # without the mark it may be a name: the dialogue takes it
    ("12-3-2026", False), ("3 uur", False), ("Webinar: wat werkt? Een overzicht", False),
])
def test_a_question_ends_in_a_question_mark(text: str, question: bool) -> None:
    assert is_question(text) is question


@pytest.mark.parametrize(("text", "opens"), [
    ("wat kost hercertificering", True), ("Hoeveel punten heb ik nodig", True), ("Kan ik later indienen", True),
    ("  welke categorie", True), ("Webinar: wat werkt", False), ("3 uur", False), ("", False),
    ("bevestigingsmail", False), ("watervrees", False),
    ("moeten we dit jaar een audit", True), ("is mijn certificaat nog geldig", True),  # verb, then subject
    ("zijn er kosten", True), ("Heeft webinars gegeven", False), ("Is 3 uur", False),
    ("levert dat punten op", True), ("valt die in categorie 1 of 3", True), ("telt dat mee", True),
])
def test_a_question_can_open_with_a_question_word(text: str, opens: bool) -> None:
    assert opens_as_question(text) is opens


@pytest.mark.parametrize(("typed", "meant"), [
    ("/stauts", "status"), ("/certficaat", "certificaat"), ("/herinnering", "herinneringen"),
    ("/Punten", "punten"), ("/cancel", "annuleer"), ("/anuleer@recertbot", "annuleer"),
    ("/foo", None), ("/x", None), ("/bevestig", None),
    ("/wis", "vergeet"), ("/deadlines", "status"), ("/privacy", "mijngegevens"), ("/nrto", "keurmerk"),
    ("/grafiek", "punten"), ("/deadline", "status"), ("/reminders", "herinneringen"),  # a button's or habit's word
])
def test_a_mistyped_command_is_the_closest_known_one(typed: str, meant: str | None) -> None:
    assert closest_command(typed, [name for name, _, _ in COMMANDS]) == meant


@pytest.mark.parametrize(("text", "kind"), [
    ("mijn certificaat is in maart verlopen", "expiry"), ("ik heb mijn certificaat in maart gehaald", "certified"),
    ("ik ben in 2023 gecertificeerd", "certified"), ("in maart", None),
    ("gecertificeerd in 2023, verloopt in 2027", None),  # both: the date itself decides
    ("dat is de datum van certificering", "certified"), ("dat is mijn vervaldatum", "expiry"),
])
def test_which_certificate_date_a_sentence_tells(text: str, kind: str | None) -> None:
    assert said_kind(text) == kind


def test_every_command_alias_names_a_known_command_and_hides_none() -> None:
    names = {name for name, _, _ in COMMANDS}
    assert set(COMMAND_ALIASES.values()) <= names and not set(COMMAND_ALIASES) & names


@pytest.mark.parametrize(("text", "command"), [
    ("stuur je me een herinnering?", "herinneringen"),
    ("hoe zet ik de meldingen uit", "herinneringen"),
    ("kan ik een seintje krijgen voor mijn deadline", "herinneringen"),
    ("exporteren naar csv", "export"),
    ("Lijst", "lijst"),
    ("mijn gegevens", "mijngegevens"),
    ("hoe leg ik een activiteit vast", "pe"),
    ("ik wil mijn punten bijhouden", "pe"),
    ("hoe voeg ik een activiteit toe", "pe"), ("kan ik een cursus van vorig jaar nog invoeren", "pe"),  # were
    ("kan ik oude activiteiten invoeren", "pe"),  # "weet ik niet"
    ("hoe voer ik een cursus in", None), ("hoe voeg ik een PE-activiteit toe in DNV", None),  # the portal: FAQ's
    ("noloc academie pe punten bijhouden", None),  # the FAQ's: points in the Noloc Academie
    ("lijst van mentoren", None),                 # the FAQ's list, not /lijst
    ("foutmelding in de portal", None),           # a "melding" inside a word is no reminder
    ("valt een cursus excel onder categorie 1", None),
    ("verwijder mijn gegevens", "vergeet"),       # were "weet ik niet"
    ("kun je al mijn data wissen", "vergeet"),
    ("ik wil een activiteit wijzigen", "lijst"),  # was "Welke activiteiten geven PE-punten?"
    ("hoe verwijder ik een intervisie", "lijst"),
    ("wijzig de datum van de cursus naar 10 november", "lijst"),  # one field of an item (was "weet ik niet")
    # the bot in a group (were a confident portfolio answer, or suggestions)
    ("hoe voeg ik de bot toe aan mijn groep", "groep"), ("ik wil een intervisiegroep starten", "groep"),
    ("hoe werkt de groepsfunctie", "groep"), ("kan ik mijn collega uitnodigen", "groep"),
    ("kan de bot in onze whatsapp groep", "groep"),
    ("hoe installeer ik whatsapp", None), ("wanneer kan ik met intervisie beginnen", None),
    ("ik heb me vergist, de training was 3 uur", "correctie"),
    ("verkeerd ingevoerd", "correctie"),
    ("welke activiteiten geven punten", None),
    ("wat gebeurt er met mijn gegevens", "privacy"),  # no wish to erase them: what is kept (was "weet ik niet")
    ("welke gegevens bewaar je", "privacy"), ("wat weet je over mij", "privacy"),
    ("kan ik een pdf krijgen van mijn activiteiten", "export"),  # was a suggestion about the rules
    ("kan ik een pdf als bewijs uploaden", "bewijsstuk"),  # was None: how the bot takes it, and the portal
    ("hoe voeg ik een bewijs toe aan een activiteit", "bewijsstuk"),  # was the FAQ's evidence forms
    ("hoe lever ik bewijs aan", "bewijsstuk"),  # was "weet ik niet"
    ("wat lever ik aan als bewijs voor mijn punten", None),  # what counts: the FAQ's
    ("waar stuur ik het bewijs van blik op werk naartoe", None),  # the NRTO's: the FAQ
    ("kan ik een foto van mijn certificaat sturen", None),
    ("ik wil mijn certificaat invoeren", "certificaat"),  # was a suggestion about the portal
    ("hoe voer ik mijn vervaldatum in", "certificaat"),
    ("hoe voer ik mijn datum in", "certificaat"),  # was the portal's PE entry, outright
    ("verander mijn vervaldatum", "certificaat"),  # was when to submit, outright
    ("hoe pas ik mijn datum aan", "certificaat"), ("onze nrto gegevens wijzigen", "keurmerk"),
    ("hoe leg ik onze nrto gegevens vast", "keurmerk"),
    ("keurmerk invoeren", "keurmerk"),
    ("hoe voer ik pe punten in de portal in", None),  # the FAQ's
    ("hoe voer ik de datum van de intervisie in", None),
    ("verwijder de webinar van gisteren", "lijst"),  # was offered as a new activity "Verwijder webinar"
    ("laat mijn activiteiten zien", "lijst"),  # was "Voor wat voor activiteiten krijg ik PE-punten?" outright
    ("welke activiteiten hebben nog geen bewijs", "lijst"), ("bij welke activiteit mist nog bewijs?", "lijst"),
    ("activiteiten zonder bewijs", "lijst"),  # were suggestions
    ("welk bewijs heb ik nodig voor een webinar", None),  # what counts: the FAQ's
    ("welke activiteiten heb ik vastgelegd", "lijst"),
    ("toon mijn intervisies", "lijst"),
    # when the last one was: the list, newest first (were a suggestion and "weet ik niet")
    ("wanneer was mijn laatste intervisie", "lijst"), ("wanneer heb ik voor het laatst een cursus gedaan", "lijst"),
    ("wanneer was de laatste dag om in te dienen", None), ("wanneer is de volgende intervisie", None),
    ("ik heb de webinar dubbel ingevoerd", "lijst"), ("die cursus staat er twee keer in", "lijst"),  # "weet ik
    ("mijn intervisie staat dubbel", "lijst"), ("moet ik de zelfevaluatie dubbel doen", None),  # niet"
    ("verwijder alle activiteiten", "lijst"), ("verwijder mijn punten", "lijst"),  # were "weet ik niet"
    ("wis al mijn intervisies", "lijst"), ("verwijder mijn gegevens", "vergeet"),
    ("wat heb ik allemaal ingevoerd", "lijst"),
    ("verwijder de laatste activiteit", "lijst"), ("ik wil de cursus verwijderen", "lijst"),  # were "weet ik niet"
    ("wat heb ik vorige maand gedaan", "lijst"), ("wat heb ik dit jaar gedaan", "lijst"),  # were "weet ik niet"
    ("wat heb ik allemaal gedaan", "lijst"), ("welke activiteiten heb ik?", "lijst"),  # "weet ik niet", the FAQ's
    ("welke activiteiten heb ik nodig", None), ("hoe kan ik mijn portfolio verwijderen", None),
    ("mijn punten", "punten"), ("wat zijn mijn punten", "punten"),  # was what a PE point is, outright
    ("wat is mijn puntenstand", "punten"), ("wat zijn punten", None),
    ("kan ik mijn punten zien", "punten"), ("ik wil mijn intervisies bekijken", "lijst"),  # were the FAQ's
    ("waar kan ik mijn punten zien in de portal", None),  # the DNV portal's: the FAQ
    ("stuur me een overzicht", "export"),
    ("kan ik mijn deadlines in google agenda zetten", "agenda"), ("zet mijn deadlines in outlook", "agenda"),
    ("ik krijg geen code in google authenticator", None),
    ("kan ik een overzicht krijgen van mijn punten in excel", "export"),  # was which activities give points
    ("stuur mijn punten als bestand", "export"),  # was how the portal's portfolio is filled
    ("mijn activiteiten naar een spreadsheet", "export"),
    ("ik wil mijn pe overzicht als excel", "export"),  # was which activities give points, outright
    ("kan ik mijn portfolio in de portal als pdf uploaden", None),
    ("stop met berichten sturen", "herinneringen"),
    ("kan ik een herinnering snoozen", "herinneringen"), ("snooze", "herinneringen"),
    # something sent again and again is a reminder (was "weet ik niet"); once, an export
    ("stuur me elke maand een update van mijn punten", "herinneringen"),
    ("kan ik iedere week een overzicht krijgen", "herinneringen"), ("stuur me een overzicht", "export"),
    ("welke activiteiten heb ik nodig", None),  # the rules' question
    ("mijn punten in categorie 3 tellen die mee", None),
    # were two unrelated suggestions and "weet ik niet" twice
    ("hoe voeg ik je toe aan mijn intervisiegroep", "groep"), ("kan ik de bot in een groep gebruiken", "groep"),
    ("hoe verwijder ik mijn account", "vergeet"),
    ("ik ben vergeten de intervisie vast te leggen", "reflectie"), ("noteer mijn aanwezigheid", "reflectie"),
    # having been there, told alone: how a meeting is recorded (was "weet ik niet" in the private chat)
    ("ik was erbij", "reflectie"), ("ik was aanwezig", "reflectie"), ("ik was er gisteren bij", "reflectie"),
    ("ik was gisteren bij een workshop", None), ("ik was er niet bij", None),
    ("ik ben vergeten een webinar in te voeren", "pe"), ("ik ben vergeten mijn activiteiten vast te leggen", "pe"),
    ("ik ben vergeten te recertificeren", None),
    # were "weet ik niet" and the FAQ's activities giving points
    ("verwijder alles", "vergeet"), ("wis alles", "vergeet"), ("alles verwijderen", "vergeet"),
    ("verwijder alles van de cursus", None),
    ("welke activiteiten heb ik dit jaar gedaan", "lijst"), ("welke cursussen heb ik gevolgd", "lijst"),
    ("welke intervisies heb ik in 2025 gehad", "lijst"), ("welke activiteiten heb ik nog nodig", None),
    ("hoe meld ik me af voor de intervisie", "groep"),  # was how to sign up for recertification, outright
    ("hoe meld ik me aan voor de recertificering", None),
    ("ik zit in een intervisiegroep", None), ("wie is de begeleider in de groep", None),
    # a span asked about: the list of it (were "weet ik niet" and the FAQ's activities giving points)
    ("wat deed ik afgelopen maand", "lijst"), ("overzicht van oktober", "lijst"),
    ("mijn activiteiten van 2025", "lijst"), ("een overzicht over vorig jaar", "lijst"),
    ("wat heb ik sinds september gedaan", "lijst"), ("overzicht van de kosten", None),
    ("mijn activiteiten van de noloc academie", None),
    # leaving the bot: how to pause and how to erase (were "weet ik niet")
    ("ik wil stoppen met de bot", "stoppen"), ("hoe meld ik me af bij deze bot", "stoppen"),
    ("ik wil me uitschrijven voor deze dienst", "stoppen"), ("kan ik de bot stoppen", "stoppen"),
    ("ik wil stoppen met mijn portfolio", None), ("ik wil stoppen als jobcoach", None),
    # how long it is kept (was two unrelated suggestions); a document kept is the FAQ's
    ("hoe lang bewaren jullie mijn gegevens", "privacy"), ("tot wanneer houden jullie mijn gegevens", "privacy"),
    ("hoe lang moeten we de zelfevaluatie bewaren", None),
])
def test_the_bots_own_features_asked_in_words(text: str, command: str | None) -> None:
    assert bot_feature(text) == command



@pytest.mark.parametrize(("text", "asks"), [
    ("ik heb 5 ECTS gehaald, hoeveel PE-punten is dat", True),  # after a comma
    ("podcast gevolgd, levert dat punten op", True),
    ("bow keurmerk verloopt in 2027 welke stappen", True),  # no comma, no question mark
    ("ik heb gisteren een webinar van 2 uur gevolgd", False),
    ("intervisie van vorige week telt die mee", True),  # was offered as a meeting to log
])
def test_a_question_asked_anywhere_in_a_message(text: str, asks: bool) -> None:
    assert asks_something(text) is asks


@pytest.mark.parametrize(("text", "told"), [
    ("ik doe mee", True), ("Ik kan niet", True), ("ik ben erbij!", True),
    ("ik kan toch niet", True), ("sorry, ik kan helaas niet komen", True), ("ik kom ook", True),  # was False
    ("we zijn er deze keer niet bij", True), ("ik kan wel komen", True),  # "ik kan toch niet" was the 2FA FAQ
    ("ik doe mee aan de zelfevaluatie", False),  # about something else
    ("ik kan niet inloggen", False),
])
def test_coming_or_not_said_in_words(text: str, told: bool) -> None:
    assert rsvp_told(text) is told


@pytest.mark.parametrize(("text", "answer"), [
    ("ik doe mee", "ja"), ("ik kan toch niet", "nee"), ("ik kan wel komen", "ja"),
    # the meeting named after the answer (these were "weet ik niet")
    ("ik kan toch niet op 8 december", "nee"), ("ik doe mee dinsdag", "ja"),
    ("ik kan niet op de intervisie van 8 december", "nee"), ("sorry ik kan er niet bij zijn", "nee"),
    ("ik kan niet zo goed plannen", None), ("ik doe mee aan een cursus over coaching", None),
    ("ik kom ook", "ja"), ("ik kom", "ja"), ("wij komen graag", "ja"),  # were "weet ik niet"
    ("ik kom er niet", "nee"), ("ik kom er niet uit", None),
    # coming, if late (were "weet ik niet", in a group with the contacts)
    ("ik kom 10 minuten later", "ja"), ("ik kom een half uur later", "ja"), ("ik kom iets te laat", "ja"),
    ("ik kom wat later", "ja"),
    # with the time one arrives (were "weet ik niet")
    ("ik kom later, rond 20:00", "ja"), ("ik kom iets later, om 20.00 uur", "ja"), ("ik kom pas om 8 uur", "ja"),
    ("ik kom om half acht", "ja"), ("ik kom om 20:00 niet", None), ("ik kom om acht", "ja"),  # "weet ik niet"
    # were "weet ik niet"
    ("toch wel, ik kan wel", "ja"), ("sorry, ik moet werken die avond", "nee"), ("ik moet werken", "nee"),
    ("ik moet werken aan mijn portfolio", None), ("ik kan wel zeggen dat het leuk was", None),
    ("ik meld me af voor donderdag", "nee"), ("ik meld me aan", "ja"),  # were "weet ik niet"
    ("ik meld me af voor de cursus", None), ("ik meld me aan voor de recertificering", None),
    # the meeting named inside the answer (were "weet ik niet")
    ("ik kan volgende week niet", "nee"), ("sorry ik kan donderdag helaas niet", "nee"),
    ("ik ben er op 3 december niet bij", "nee"), ("ik doe volgende week mee", "ja"),
    ("ik kan morgen niet inloggen", None), ("ik kom morgen mijn portfolio indienen", None),
    # "er niet" with no "bij" (were "weet ik niet")
    ("ik ben er op 9 december niet", "nee"), ("ik ben er dinsdag niet", "nee"), ("ik ben er niet", "nee"),
    ("ik ben er niet zeker van", None), ("ik ben er niet uit", None),
    # with why after it (were "weet ik niet")
    ("ik kan op 15 december niet, ik moet werken", "nee"), ("ik kan niet want ik ben ziek", "nee"),
    ("ik kom niet, ben op vakantie", "nee"), ("ik kan er niet bij zijn vanwege een afspraak", "nee"),
    ("ik kom, maar iets later", "ja"), ("ik kan niet inloggen, want mijn code werkt niet", None),
    ("ik doe mee aan een cursus, leuk", None),
    # kept away, said so (were "weet ik niet")
    ("ik ben verhinderd", "nee"), ("ik ben toch wel verhinderd op 8 december", "nee"),
    ("wij zijn afwezig donderdag", "nee"), ("ik ben verhinderd, want ik moet werken", "nee"),
    ("ik ben verhinderd geweest", None),
])
def test_coming_or_not_and_the_meeting_meant(text: str, answer: str | None) -> None:
    assert rsvp_answer(text) == answer


@pytest.mark.parametrize(("text", "told"), [
    ("ik was erbij", True), ("wij waren er ook bij", True), ("ik was aanwezig", True),
    ("de intervisie van vorige week was fijn, kun je aanwezigheid registreren?", True),  # was "weet ik niet"
    ("noteer mijn aanwezigheid", True),
    ("ik was er vorige keer ook bij", True), ("we waren er gisteren bij", True),  # were suggestions
    ("ik was de laatste bijeenkomst aanwezig", True), ("ik was er vorige keer niet bij", False),
    ("ik was er niet bij", False), ("is aanwezigheid verplicht?", False),
    # forgotten to record (was "weet ik niet")
    ("ik ben vergeten de intervisie vast te leggen", True), ("ik ben vergeten mijn aanwezigheid door te geven", True),
    ("ik ben vergeten de intervisie te plannen", False),
])
def test_attendance_said_in_words(text: str, told: bool) -> None:
    assert attendance_told(text) is told


@pytest.mark.parametrize(("text", "came"), [
    ("ik heb de uitslag binnen", True), ("ik heb het advies gekregen", True), ("mijn beoordeling is binnen", True),
    ("ik heb een positief advies gekregen", False),  # which one said: that step
    ("wanneer krijg ik de uitslag", False), ("ik heb de uitslag nog niet", False),
])
def test_a_result_come_without_saying_which(text: str, came: bool) -> None:
    assert result_came(text) is came


@pytest.mark.parametrize(("text", "unknown"), [
    ("weet ik niet", True), ("weet ik niet meer", True), ("Geen idee!", True), ("ik weet het niet precies", True),
    ("ik ben het vergeten", True), ("dat weet ik niet uit mijn hoofd", True),
    ("ik weet niet wat je bedoelt", False), ("waarom wil je dat weten", False), ("15 maart", False),
])
def test_not_knowing_the_answer(text: str, unknown: bool) -> None:
    assert dont_know(text) is unknown


@pytest.mark.parametrize(("text", "praised"), [
    ("was leuk vanavond!", True), ("Het was een fijne bijeenkomst.", True), ("goede sessie", True),
    ("wat een leerzame avond", True), ("de intervisie was erg nuttig", True), ("ik vond het leuk", True),
    ("was het leuk?", False), ("dat is goed", False), ("het is goed", False),  # asked, or agreed
    ("het was een goede cursus", False),  # an activity: told, as /pe takes it
    ("leuk", False), ("dat was het", False),
])
def test_a_meeting_praised(text: str, praised: bool) -> None:
    assert meeting_praised(text) is praised


def test_an_expiry_said_with_a_split_verb_and_only_a_year_asks_the_day() -> None:
    found = date_statement("ik ben jobcoach en mijn certificaat loopt volgend jaar af", TODAY)
    assert isinstance(found, DateProblem) and found.message.startswith("Op welke dag in 2027?")


@pytest.mark.parametrize(("text", "told"), [
    ("de kwaliteitsverklaring is verstuurd", True),
    ("we hebben vandaag de kwaliteitsverklaring naar de nrto gemaild", True),
    ("kwaliteitsverklaring ingestuurd", True),
    ("is de kwaliteitsverklaring al verstuurd?", False),
    ("waar moet de kwaliteitsverklaring naartoe gestuurd worden", False),
    ("de zelfevaluatie is klaar", False),
    # not sent: these were offered to record as sent today
    ("we hebben de kwaliteitsverklaring nog niet verstuurd", False),
    ("de kwaliteitsverklaring is niet verstuurd", False),
])
def test_a_quality_statement_told_as_sent(text: str, told: bool) -> None:
    assert statement_sent_told(text) is told


@pytest.mark.parametrize(("text", "told"), [
    ("de zelfevaluatie is klaar", True), ("we hebben de zelfevaluatie gedaan", True),
    ("ik heb de zelfevaluatie ingevuld en besproken met het management", True),
    ("de zelfevaluatie is nog niet af", False), ("we hebben geen zelfevaluatie gedaan", False),
    ("hebben jullie de zelfevaluatie al gedaan?", False), ("wanneer moet de zelfevaluatie klaar zijn", False),
    ("zelfevaluatie gedaan en de kwaliteitsverklaring verstuurd", False),  # the statement sent is what to record
    # with what next asked after it, which the reply says (were suggestions, and "weet ik niet" for "zelfeval")
    ("zelfevaluatie klaar, wat nu", True), ("zelfevaluatie klaar, wat moeten we nu doen?", True),
    ("is de zelfevaluatie klaar, en nu?", False),
])
def test_a_self_evaluation_told_as_done(text: str, told: bool) -> None:
    assert self_evaluation_done_told(text) is told


@pytest.mark.parametrize(("text", "asked"), [
    ("plan een intervisie op 5 januari om 10 uur", True),
    ("kun je een intervisiebijeenkomst inplannen", True),
    ("verplaats de intervisie naar 10 december", True), ("kun je de intervisie annuleren", True),  # were "weet ik niet"
    ("wanneer is de volgende intervisie", False),  # the plans, not a request to plan
    ("hoeveel intervisies moet ik plannen", False),  # a rule: how many
    ("ik heb gisteren intervisie gehad", False),
])
def test_planning_a_meeting_asked_in_words(text: str, asked: bool) -> None:
    assert meeting_plan_asked(text) is asked


@pytest.mark.parametrize(("text", "ours"), [
    ("hoeveel bijeenkomsten hebben we dit jaar gehad?", True), ("hoeveel intervisies hadden we al?", True),
    ("hoeveel intervisies heb ik dit jaar gehad?", False),  # one's own: private
    ("hoeveel bijeenkomsten moeten we per jaar?", False),   # the rule
])
def test_the_groups_meetings_held_asked(text: str, ours: bool) -> None:
    assert group_meetings_question(text) is ours


@pytest.mark.parametrize(("text", "kind"), [
    ("plan een intervisie op 5 januari om 10 uur", "plan"), ("kun je een bijeenkomst inplannen", "plan"),
    ("verzet de intervisie van 8 december naar 9 december", "move"), ("verschuif de intervisie", "move"),
    ("kun je de intervisie annuleren", "cancel"), ("de intervisie van 8 december gaat niet door", "cancel"),
    ("wanneer is de volgende bijeenkomst", None), ("hoeveel intervisies moet ik plannen", None),
    ("verzet hem naar donderdag", "move"), ("kunnen we die verplaatsen naar 6 januari", "move"),  # no meeting named
    ("verzet het", None), ("ik wil het portfolio verschuiven", None),
    ("zet de intervisie op 15:00", "move"), ("zet hem op donderdag", "move"),  # were "weet ik niet"
    ("zet de herinneringen uit", None),
    ("kunnen we het een uur later doen?", "move"),  # was how long a portfolio takes, outright
    ("kunnen we de intervisie eerder beginnen", "move"), ("ik kom later", None),
    ("kan het een half uur later?", "move"), ("kan hij een kwartier eerder beginnen", "move"),  # "weet ik niet"
    ("kan het een week later", None),  # by weeks, "het" may be anything
    # moved by an amount from its own moment (were "weet ik niet" or suggestions)
    ("zet hem een uur eerder", "move"), ("kan de intervisie van donderdag een week later?", "move"),
    ("de intervisie een kwartier later", "move"), ("kunnen we een uur eerder beginnen", "move"),
    ("kan ik mijn intervisieverslag een week later inleveren", None), ("ik kom een kwartier later", None),
    ("kan ik een week later indienen", None), ("kunnen we de verklaring een week later sturen", None),
    ("kunnen we de bijeenkomst van 3 december een halfuurtje later laten beginnen", "move"),
    ("schuif de intervisie een uur op", "move"), ("kunnen we de intervisie opschuiven", "move"),
    ("plan de volgende over 4 weken", "plan"), ("kun je een nieuwe plannen op 8 januari", "plan"),  # "weet ik niet"
    ("plan de volgende stap in je portfolio", None),
    # the meeting meant, unnamed, to the bot in its group (were "weet ik niet")
    ("verplaats naar 9 december", "move"), ("verzet naar 20:00", "move"),
    ("kunnen we het verplaatsen naar 10 december", "move"), ("verplaats de cursus naar morgen", None),
])
def test_what_is_asked_of_a_meeting_in_words(text: str, kind: str | None) -> None:
    assert meeting_request(text) == kind


@pytest.mark.parametrize(("text", "proposed"), [
    ("zullen we 12 december om 14:00 intervisie houden", True), ("kunnen we op 8 januari een intervisie doen?", True),
    ("willen we in januari weer een intervisie doen", True), ("kunnen we intervisie houden met twee personen?", True),
    ("gaan we volgende week intervisie houden?", False),  # asks what is planned
    ("moeten we intervisie doen", False), ("hoeveel intervisies moeten we houden", False),
    ("kunnen we het portfolio samen doen", False),
    # told as the next one (was "weet ik niet"); planned only with its day or hour said
    ("volgende bijeenkomst 12 januari 20:00", True), ("de volgende intervisie is 12 januari om 20:00", True),
    ("de nieuwe intervisie wordt 3 februari", True), ("wanneer is de volgende intervisie", False),
])
def test_a_meeting_proposed_in_words(text: str, proposed: bool) -> None:
    assert meeting_proposed(text) == proposed


@pytest.mark.parametrize(("text", "asked"), [
    ("hoeveel punten heeft anna", True), ("hoeveel intervisies heeft Piet al gehad?", True),
    ("wanneer verloopt het certificaat van anna", True), ("wat heeft bob gedaan", True),
    ("wat zijn de punten van karin", True),
    ("hoeveel punten heeft een webinar", False), ("hoeveel punten heb ik", False),  # a rule; one's own
    ("hoeveel punten heeft iedereen nodig", False), ("wanneer verloopt het certificaat van mijn collega", False),
    ("hoeveel punten van scholing mogen", False), ("wat heeft de assessor gedaan", False),
    ("hoeveel punten heeft 1 ects", False), ("hoeveel punten heeft ects", False),  # a unit, not a name
])
def test_another_members_data_asked(text: str, asked: bool) -> None:
    assert others_data_asked(text) is asked


@pytest.mark.parametrize(("text", "asked"), [
    ("wie waren er gisteren", True), ("wie was er aanwezig bij de intervisie", True), ("wie is er geweest?", True),
    ("wie zijn er aanwezig", False), ("wie komen er donderdag", False),  # who comes: the overview's
    ("hoeveel mensen waren er?", True), ("hoeveel deelnemers waren er gisteren", True),  # were "weet ik niet"
    ("hoeveel mensen komen er", False), ("hoeveel punten waren er nodig", False),
])
def test_who_was_there_asked(text: str, asked: bool) -> None:
    assert who_was_there_asked(text) == asked


@pytest.mark.parametrize(("text", "asked"), [
    ("wanneer moeten we de verbeteringen aantonen", True), ("wat is onze deadline voor de verbeteringen", True),
    ("hoeveel tijd krijgen we om verbeteringen door te voeren?", True),
    ("we hebben de verbeteringen aangetoond", False),  # told
    ("welke verbeteringen zet ik in het plan van aanpak?", False),  # not when
])
def test_the_improvement_deadline_asked(text: str, asked: bool) -> None:
    assert improvements_due_asked(text) == asked


@pytest.mark.parametrize("text", ["kan ik al indienen?", "kan ik nu al indienen", "mag ik mijn portfolio al indienen?",
                                  "kunnen we al inleveren",
                                  # without "al", and after what was told first: these got the general rule
                                  "kan ik indienen?", "mag ik nu mijn portfolio indienen?",
                                  "ik heb 75 punten, kan ik indienen?", "ik heb al mijn punten, mag ik nu indienen",
                                  "kan ik nog indienen"])  # after the expiry too (was the general rule)
def test_may_i_submit_yet_is_about_my_own_window(text: str) -> None:
    assert personal_question(text) == "noloc"  # was the general rule, with the user's date stored


@pytest.mark.parametrize("text", ["kan ik ook online indienen?", "kan ik mijn portfolio via de portal indienen",
                                  "hoe kan ik indienen"])
def test_how_to_submit_is_no_question_about_my_window(text: str) -> None:
    assert personal_question(text) is None


@pytest.mark.parametrize(("text", "ahead"), [
    ("onze audit is volgende maand", True), ("we hebben op 12 januari de blik op werk audit", True),
    ("de gecombineerde audit staat gepland voor maart", True),  # were how /keurmerk takes the NRTO dates
    ("de auditor komt volgende week", True), ("op 3 december komt de auditor langs", True),  # the same
    ("de auditor is geweest", False),
    ("onze laatste audit was in maart", False), ("de audit was op 12 november", False),  # been: another step's
    ("ons keurmerk verloopt volgende maand", False),  # the keurmerk's own end
    ("wanneer is onze volgende audit?", False),  # asked: the dates answer it
])
def test_an_audit_still_to_come_told(text: str, ahead: bool) -> None:
    assert audit_ahead_told(text, TODAY) is ahead


@pytest.mark.parametrize(("text", "told"), [
    ("de auditor zegt dat we niet voldoen", "failed"),
    ("we zijn gezakt voor de audit", "failed"),
    ("de audit is niet goed gegaan, we voldoen niet aan de eisen", "failed"),
    # how it went, in plain words (were "weet ik niet")
    ("de audit is niet goed gegaan", "failed"), ("de audit is slecht verlopen", "failed"),
    ("de gecombineerde audit ging mis", "failed"), ("de audit is goed gegaan", "either"),
    ("de gecombineerde audit is goed verlopen", "passed"), ("hoe is de audit gegaan?", None),
    ("we hebben de gecombineerde audit gehaald", "passed"),
    ("de nrto audit is goedgekeurd", "passed"),
    ("we hebben de audit gehaald", "either"),  # the yearly Blik op Werk audit as likely: which one is asked
    ("we hebben de blik op werk audit gehaald", "bow"), ("ons bow keurmerk is verlengd tot eind 2028", "bow"),
    ("de blik op werk audit is niet gehaald", "failed"), ("is de blik op werk audit gehaald?", None),
    ("wat als we de audit niet halen?", None),  # a question: the FAQ's
    ("wanneer is de volgende audit", None),
    # still to come: were offered as a failed audit, and as a Blik op Werk keurmerk renewed
    ("we hebben de audit nog niet gehaald", None), ("we hebben het blik op werk keurmerk nog niet verlengd", None),
    ("de gecombineerde audit is nog niet goedgekeurd", None),
    # had, its outcome not told: was how to tell the NRTO dates, and for a member nothing to record
    ("we hebben vorige week de audit gehad", "had"), ("de audit is geweest", "had"),
    ("we hebben de audit nog niet gehad", None), ("hebben jullie de audit gehad?", None),
])
def test_an_audit_result_told(text: str, told: str | None) -> None:
    assert audit_result_told(text) == told


@pytest.mark.parametrize(("text", "scheme", "entry"), [
    ("we hebben de audit nog niet gehad", "nrto", "nrto-geldigheid"),  # was the failed audit's entry, outright
    ("we hebben de zelfevaluatie nog niet gedaan", "nrto", "nrto-zelfevaluatie"),  # was three suggestions
    ("de kwaliteitsverklaring hebben we nog niet verstuurd", "nrto", "nrto-opsturen"),
    ("ik heb mijn portfolio nog niet ingediend", "noloc", "indienen-wanneer"),  # was what follows a submission
    ("heb ik mijn portfolio nog niet ingediend?", None, None),  # a question
    ("de audit is nog niet gehad bij de buren", None, None),  # nothing of mine
    ("de kwaliteitsverklaring is nog niet verstuurd", "nrto", "nrto-opsturen"),  # no "we": was the FAQ's
    ("het portfolio is nog niet ingediend", "noloc", "indienen-wanneer"),
    ("ik heb de audit gehad", None, None),  # done: audit_result_told's
])
def test_a_step_not_done_yet(kb: KnowledgeBase, text: str, scheme: str | None, entry: str | None) -> None:
    step = step_not_done(text)
    assert (step.scheme if step else None, step.entry if step else None) == (scheme, entry)
    assert entry is None or kb.by_id[entry].source_page == scheme


@pytest.mark.parametrize(("text", "told"), [
    ("ik heb nog geen punten", True), ("ik heb nog geen pe punten", True),  # were the evidence entry
    ("heb ik nog geen punten?", False), ("ik heb al 40 punten", False), ("nog geen punten voor intervisie", False),
])
def test_no_points_yet(text: str, told: bool) -> None:
    assert no_points_yet(text) is told


@pytest.mark.parametrize(("text", "choice"), [
    ("pe", "pe"), ("PE-activiteit", "pe"), ("een pe activiteit", "pe"),
    ("intervisie", "ref"), ("intervsie", "ref"), ("nee, intervisie", "ref"), ("reflectie bijeenkomst", "ref"),
    ("mijn certificaat", "cert"), ("certifcaat", "cert"),
    ("webinar 2 uur", None), ("pen", None), ("ja", None), ("hallo", None), ("wat is intervisie?", None),
])
def test_a_days_button_named_in_words(text: str, choice: str | None) -> None:
    assert day_choice(text) == choice


@pytest.mark.parametrize(("text", "day"), [
    ("eergisteren bedoel ik", date(2026, 11, 20)),
    ("nee sorry, 12-11", date(2026, 11, 12)),
    ("ik bedoel 1 juni 2027", date(2027, 6, 1)),
])
def test_a_date_corrected_in_words_is_a_date_alone(text: str, day: date) -> None:
    statement = date_statement(text, TODAY)
    assert isinstance(statement, DateStatement) and statement.day == day and not statement.said


@pytest.mark.parametrize(("text", "scheme", "entry"), [
    ("wanneer moet de kwaliteitsverklaring bij de nrto zijn", "nrto", "nrto-opsturen"),
    ("wanneer moet de zelfevaluatie af", "nrto", "nrto-zelfevaluatie"),  # each year without the combined audit
    ("uiterlijk wanneer moet de kwaliteitsverklaring verstuurd worden?", "nrto", "nrto-opsturen"),
    ("wanneer gaat het indienvenster open", "noloc", "indienen-wanneer"),
    ("wanneer is de laatste dag om in te dienen", "noloc", "indienen-wanneer"),  # was "weet ik niet"
    ("wat is de uiterste datum voor het indienen van het portfolio", "noloc", "indienen-wanneer"),
    ("wanneer moet de aanvulling binnen zijn", "noloc", "uitgesteld-advies"),  # after a deferred advice
    ("wanneer loopt blik op werk af", "nrto", None),  # the page's two cases: no one entry for it
    ("tot wanneer blik op werk keurmerk verloopt", "nrto", None),
    ("wat moeten we doen als blik op werk eind 2019 afloopt", None, None),  # the page's case: the FAQ
    ("hoe lang duurt de zelfevaluatie", None, None),  # a step's duration: the FAQ
    ("hoe lang moeten we de zelfevaluatie bewaren", None, None),  # how long it is kept (was the NRTO status)
    ("moet ik de zelfevaluatie opsturen", None, None),  # what, not when
    ("wanneer is de volgende audit", "nrto", "nrto-geldigheid"),  # once in four years: the cycle's entry
    ("wanneer moeten we weer een audit laten doen", "nrto", "nrto-geldigheid"),
    ("wanneer krijgen we het rapport van de audit", None, None),  # its outcome, not the audit's day
    ("is dit jaar een auditjaar", "nrto", "nrto-geldigheid"),  # without dates: the four-year cycle
    ("wanneer moet ik hercertificeren", "noloc", "certificaat-geldigheid"),  # was when to start a portfolio
    ("wanneer is mijn recertificering", "noloc", "certificaat-geldigheid"),
    ("wanneer moet ik mijn recertificering doen", "noloc", "certificaat-geldigheid"),
    ("wanneer kan ik beginnen met mijn hercertificering", None, None),  # starting: the FAQ's own entry
])
def test_a_steps_day_asked_of_no_one_in_particular(kb: KnowledgeBase, text: str, scheme: str | None,
                                                   entry: str | None) -> None:
    step = step_deadline_asked(text)
    assert (step.scheme if step else None, step.entry if step else None) == (scheme, entry)
    assert entry is None or kb.by_id[entry].source_page == scheme  # the step's entry is of its own scheme


@pytest.mark.parametrize(("text", "switched"), [
    ("zet de herinneringen uit", True), ("stop met herinneringen sturen", True), ("ik wil geen meldingen meer", True),
    ("herinneringen aanzetten", True), ("schakel de notificaties uit", True),
    ("hoe zet ik de herinneringen uit?", False),  # how: the hint
    ("kun je me een herinnering sturen?", False), ("zet mijn certificaat op 1 juni", False),
    # only at some times: no switch (paused them all); reminder_times_asked answers it
    ("stuur geen herinneringen meer in het weekend", False), ("zet de herinneringen 's avonds uit", False),
])
def test_reminders_switched_in_words(text: str, switched: bool) -> None:
    assert reminders_switched(text) is switched


@pytest.mark.parametrize(("text", "asked"), [
    ("stuur geen herinneringen meer in het weekend", True), ("zet de herinneringen 's avonds uit", True),
    ("kun je me alleen op werkdagen herinneren?", True), ("stuur je ook in het weekend herinneringen?", True),
    ("geen meldingen na 18 uur", True),
    ("zet de herinneringen uit", False), ("hoe laat stuur je herinneringen", False),  # all off; the hours: the hint
    ("herinner me een week voor de deadline", False),
])
def test_reminders_at_some_times_only_asked(text: str, asked: bool) -> None:
    assert reminder_times_asked(text) is asked


# A reminder on a day of one's own, another channel, fewer: none is a setting (were the general hint, or "weet ik
# niet" for fewer messages)
@pytest.mark.parametrize(("text", "own", "channel", "fewer"), [
    ("herinner me morgen aan mijn portfolio", True, False, False),
    ("kun je me op 1 maart herinneren aan indienen", True, False, False),
    ("stuur me over een maand een herinnering", True, False, False),
    ("herinner me een week voor de deadline", False, False, False),  # the bot's own "Nog een week" reminder
    ("kun je me herinneren aan mijn deadline", False, False, False),  # no day: how reminders work
    ("kan ik herinneringen per mail krijgen", False, True, False),
    ("stuur je herinneringen ook via whatsapp", False, True, False),
    ("stuur me minder berichten", False, False, True), ("ik krijg te veel herinneringen", False, False, True),
    ("hoeveel herinneringen krijg ik", False, False, False),
])
def test_reminders_asked_as_they_are_not_given(text: str, own: bool, channel: bool, fewer: bool) -> None:
    assert (own_reminder_asked(text, TODAY), reminder_channel_asked(text), fewer_reminders_asked(text)) == \
        (own, channel, fewer)


@pytest.mark.parametrize(("text", "listed"), [
    ("welke herinneringen krijg ik?", True), ("wanneer krijg ik de volgende herinnering", True),
    ("komende herinneringen", True), ("hoe zet ik de herinneringen uit?", False),
    ("zet de herinneringen uit", False), ("kun je me een herinnering sturen?", False),
])
def test_the_reminders_coming_asked_in_words(text: str, listed: bool) -> None:
    assert reminders_listed(text) is listed


@pytest.mark.parametrize(("text", "asked"), [
    ("wanneer hoor ik iets?", True), ("wanneer krijg ik de uitslag", True), ("wanneer komt het advies", True),
    ("hoe lang moet ik nog wachten", True),
    ("hoe lang duurt de beoordeling", False),  # how long it takes in general: the FAQ
    ("wanneer kan ik indienen", False),
    ("ik heb nog niets gehoord van dnv", True), ("we hebben nog geen uitslag ontvangen", True),  # waiting, told
    ("wanneer krijg ik de uitslag van de audit", False),  # the NRTO's audit: not the portfolio's result
])
def test_when_my_result_comes_asked(text: str, asked: bool) -> None:
    assert result_when_asked(text) is asked


@pytest.mark.parametrize(("text", "switch"), [
    ("zet de herinneringen uit", "off"), ("ik wil geen meldingen meer", "off"), ("stop met herinneringen", "off"),
    ("zet de herinneringen weer aan", "on"), ("herinneringen weer aan", "on"), ("herinneringen aanzetten", "on"),
    ("ik wil geen herinneringen meer over pe punten", None),  # one kind named: its switch is shown
    ("hoe zet ik de herinneringen uit?", None), ("hoe zet ik de herinneringen uit", None),
    ("is het mogelijk de herinneringen uit te zetten", None), ("kun je de herinneringen uitzetten", "off"),
])
def test_all_reminders_switched_off_or_on(text: str, switch: str | None) -> None:
    assert reminders_switch(text) == switch


@pytest.mark.parametrize(("text", "asked"), [
    ("hoe zet ik de herinneringen uit?", True), ("hoe zet ik de herinneringen voor intervisie uit", True),
    ("kan ik de pe herinneringen uitzetten", True), ("is het mogelijk de herinneringen uit te zetten", True),
    ("zet de herinneringen uit", False), ("kun je de herinneringen uitzetten", False),  # asked to be done
    ("hoe werken de herinneringen?", False), ("geen herinneringen in het weekend", False),
])
def test_how_to_switch_reminders_asked(text: str, asked: bool) -> None:
    assert reminders_switch_asked(text) is asked


ALL_OFF = dict.fromkeys(("advies", "intervisie", "nrto", "pe", "portfolio"), False)


@pytest.mark.parametrize(("text", "switched"), [
    ("ik wil geen herinneringen meer over pe punten", {"pe": False}),
    ("zet de herinneringen voor de nrto uit", {"nrto": False}),
    ("stop met herinneringen over mijn vervaldatum", {"portfolio": False}),
    ("zet de pe herinneringen aan", {"pe": True}),
    ("zet de herinneringen uit", None),  # all of them: reminders_switch's
    ("geen herinneringen meer over pe en nrto", None),  # two kinds: their switches are shown
    ("hoe zet ik de herinneringen voor de nrto uit?", None),
    # how or whether, without its question mark: asked, not done (was switched off at once)
    ("hoe zet ik de herinneringen voor intervisie uit", None), ("kan ik de pe herinneringen uitzetten", None),
    ("kun je de pe herinneringen uitzetten", {"pe": False}),  # a request
    # all but those named: was the one named switched off, the opposite of what was asked
    ("zet alle herinneringen uit behalve de vervaldatum", {**ALL_OFF, "portfolio": True}),
    ("zet alle herinneringen uit behalve pe en intervisie", {**ALL_OFF, "pe": True, "intervisie": True}),
    ("zet alle herinneringen aan behalve de nrto", {**dict.fromkeys(ALL_OFF, True), "nrto": False}),
    ("ik wil alleen herinneringen over intervisie", {**ALL_OFF, "intervisie": True}),  # was no change
])
def test_kinds_of_reminder_switched_in_words(text: str, switched: dict[str, bool] | None) -> None:
    assert reminder_kind_switch(text) == switched
    assert switched is None or set(switched) <= set(KINDS)


def test_every_word_names_a_kind_of_reminder() -> None:
    assert set(REMINDER_KIND_WORDS.values()) == set(KINDS)


@pytest.mark.parametrize(("text", "audit"), [
    ("de gecombineerde", "passed"), ("nrto audit", "passed"), ("blik op werk", "bow"), ("de jaarlijkse", "bow"),
    ("ja", None), ("weet ik niet", None),
])
def test_which_audit_a_typed_answer_names(text: str, audit: str | None) -> None:
    assert audit_named(text) == audit


@pytest.mark.parametrize(("text", "told"), [
    ("ons keurmerk verloopt 1 maart 2028", ("nrto", date(2028, 3, 1))),
    ("ons nrto keurmerk is geldig tot 1-3-2030", ("nrto", date(2030, 3, 1))),
    ("ons blik op werk keurmerk verloopt 31-12-2027", ("bow", date(2027, 12, 31))),
    ("wanneer verloopt ons keurmerk", None), ("verloopt ons keurmerk op 1 maart 2028?", None),  # asked
    ("ons bow keurmerk loopt eind 2019 af", None),  # past: the NRTO page's own case
    ("mijn certificaat verloopt 1 juni 2027", None),  # the Register Jobcoach's
])
def test_a_keurmerks_end_told(text: str, told: tuple[str, date] | None) -> None:
    assert nrto_expiry_told(text, TODAY) == told


@pytest.mark.parametrize(("text", "told"), [
    ("we hebben het keurmerk op 1 maart 2024 behaald", date(2024, 3, 1)),
    ("ons nrto keurmerk is op 12 januari 2026 toegekend", date(2026, 1, 12)),
    ("wij hebben sinds maart 2024 het nrto keurmerk", (2024, 3)),  # the day in that month is asked
    ("wanneer hebben we het keurmerk behaald?", None),  # asked: the FAQ's
    ("we hebben de audit gehaald en het keurmerk behaald in 2024", None),  # an audit told: /keurmerk, as before
    ("ons blik op werk keurmerk is sinds 2024", None), ("ons keurmerk verloopt 1 maart 2028", None),
])
def test_the_day_a_keurmerk_was_gained_told(text: str, told: date | tuple[int, int] | None) -> None:
    found = nrto_gained_told(text, TODAY)
    assert (found.period if isinstance(found, DateProblem) else found) == told


@pytest.mark.parametrize(("text", "told"), [
    ("wij hebben het nrto keurmerk sinds 1 maart 2023 en blik op werk tot 31 december 2026",
     (date(2023, 3, 1), date(2026, 12, 31))),  # was a pointer to /keurmerk
    ("ons keurmerk is op 1-3-2023 behaald, ons BOW keurmerk loopt tot 1-1-2027", (date(2023, 3, 1), date(2027, 1, 1))),
    ("wij hebben het nrto keurmerk sinds 1 maart 2023 en blik op werk tot 2020", None),  # Blik op Werk's end past
    ("hebben wij het nrto keurmerk sinds 1 maart 2023 en blik op werk tot 31 december 2026?", None),  # asked
])
def test_the_day_a_keurmerk_was_gained_told_with_blik_op_werks_end(text: str, told: tuple[date, date] | None) -> None:
    assert nrto_gained_and_bow_told(text, TODAY) == told


@pytest.mark.parametrize(("text", "year"), [
    ("onze laatste gecombineerde audit was in 2023", 2023), ("we hadden de nrto audit in 2025", 2025),
    ("wanneer was onze laatste gecombineerde audit?", None),  # asked
    ("onze laatste audit was in 2023", None),  # which audit: the yearly Blik op Werk one is as likely
    ("onze gecombineerde audit is in 2028", None), ("de gecombineerde audit was in 2030", None),  # ahead
])
def test_the_year_of_the_last_combined_audit_told(text: str, year: int | None) -> None:
    assert combined_audit_year_told(text, TODAY) == year


@pytest.mark.parametrize(("text", "year"), [
    ("onze laatste audit was in 2023", 2023), ("we hadden de audit in 2025", 2025),  # which audit is then asked
    ("onze laatste gecombineerde audit was in 2023", None),  # said: the combined one's
    ("onze blik op werk audit was in 2025", None), ("wanneer was onze laatste audit? 2023?", None),
    ("de audit is in 2028", None), ("de auditor kwam in 2024", None),
])
def test_an_audits_year_told_without_saying_which(text: str, year: int | None) -> None:
    assert some_audit_year_told(text, TODAY) == year


@pytest.mark.parametrize("text", ["wat is mijn vervaldatum", "ik weet mijn vervaldatum niet"])
def test_my_end_date_asked_is_about_my_own_date(text: str) -> None:
    assert personal_question(text) == "noloc"  # were suggestions, with the user's date stored
    assert personal_question("wat is onze einddatum?") == "any"  # a keurmerk has one too


@pytest.mark.parametrize(("text", "told"), [
    ("ik heb dit jaar maar 1 intervisie gehad", True), ("we hebben drie bijeenkomsten gehad", True),
    ("ik heb 2 intervisies gehad dit jaar", True),
    ("afgelopen week 3 intervisies gehad", True),  # no "ik": was "weet ik niet"
    ("3 intervisies per jaar", False),
    ("ik heb een intervisie gehad met kring Noord", False),  # one meeting, to log
    ("ik heb gisteren intervisie gehad", False), ("hoeveel intervisies heb ik gehad", False),
    ("ik heb dit jaar geen intervisie gehad", True), ("ik heb nog geen bijeenkomsten gehad", True),  # none so far:
    ("ik heb gisteren geen intervisie gehad", False),  # were "Jammer!", as one day's missed (which this one is)
])
def test_a_count_of_meetings_told(text: str, told: bool) -> None:
    assert meetings_told(text) is told


@pytest.mark.parametrize(("text", "told"), [
    ("we hebben de verbeteringen aangetoond", True), ("de verbeterpunten zijn opgelost", True),
    ("de verbeteringen zijn nog niet klaar", False), ("hoeveel tijd hebben we om te verbeteren", False),
    ("zijn de verbeteringen aangetoond?", False),
])
def test_improvements_after_a_failed_audit_told(text: str, told: bool) -> None:
    assert improvements_shown_told(text) is told


@pytest.mark.parametrize(("text", "named"), [
    ("nee, dat is ons nrto keurmerk", True), ("dat is de datum van ons keurmerk", True), ("keurmerk", True),
    ("hoe lang is het keurmerk geldig?", False), ("wat is het nrto keurmerk", False),  # asked
    ("dat is mijn vervaldatum", False), ("ons keurmerk van blik op werk is sinds vorig jaar verlengd tot 2028", False),
])
def test_the_nrto_keurmerk_named_under_a_dates_card(text: str, named: bool) -> None:
    assert keurmerk_named(text) is named


@pytest.mark.parametrize(("text", "change"), [
    ("verwijder de cursus van 3 oktober", True), ("wijzig mijn webinar van vorige maand", True),
    ("ik wil mijn activiteiten van oktober aanpassen", True),
    ("wat heb ik vorige maand gedaan", False), ("welke cursussen heb ik dit jaar gevolgd", False),
])
def test_a_change_to_what_was_logged_is_no_question_what_was_done(text: str, change: bool) -> None:
    assert change_asked(text) is change


@pytest.mark.parametrize(("text", "topic", "which"), [
    ("verander het onderwerp naar feedback geven", "feedback geven", ""),  # was "weet ik niet"
    ("het onderwerp wordt casuïstiek", "casuïstiek", ""), ("nieuw onderwerp: grenzen stellen", "grenzen stellen", ""),
    ("Het nieuwe onderwerp is: feedback.", "feedback", ""),
    ("wijzig het onderwerp van 8 december in werkdruk", "werkdruk", " van 8 december"),
    ("het onderwerp van de intervisie van 8 december wordt feedback", "feedback", " van de intervisie van 8 december"),
    ("wat is het onderwerp?", None, None), ("het onderwerp is?", None, None), ("verander het onderwerp", None, None),
    ("het onderwerp is nog niet bekend", None, None), ("het onderwerp is hetzelfde", None, None),
])
def test_a_meetings_new_topic_told(text: str, topic: str | None, which: str | None) -> None:
    told = topic_told(text)
    assert (told.topic, told.which) == (topic, which) if told else topic is None


@pytest.mark.parametrize(("text", "place"), [
    ("de bijeenkomst is in het buurthuis", "in het buurthuis"),  # was the FAQ on Noloc's events, outright
    ("De intervisie is bij Piet thuis!", "bij Piet thuis"), ("de intervisie van 8 december is bij Anna", "bij Anna"),
    ("de volgende intervisie is online", "online"), ("de bijeenkomst vindt plaats in zaal 3", "in zaal 3"),
    ("we zitten deze keer in zaal 2", "in zaal 2"), ("de bijeenkomst is via Teams", "via Teams"),
    ("de intervisie is op 8 december", None), ("de intervisie is op dinsdag", None),  # a day, not a place
    ("de intervisie is in januari", None), ("de intervisie is leuk", None),
    ("de intervisie is " + "a" * 400, None),
])
def test_where_a_meeting_is_told(text: str, place: str | None) -> None:
    assert meeting_place(text, date(2026, 11, 22)) == place


@pytest.mark.parametrize(("text", "told"), [
    ("de intervisie is op 9 december", True), ("de intervisie is dinsdag", True),  # were "weet ik niet"
    ("de bijeenkomst is nu op 9 december.", True), ("de intervisie is op 9 december bij Piet", False),
    ("de intervisie is leuk", False), ("de intervisie is in januari", False),  # a month: no day
])
def test_a_day_told_of_a_planned_meeting(text: str, told: bool) -> None:
    assert meeting_day_told(text, date(2026, 11, 22)) is told
