"""Fixed Dutch texts of the bot (HTML), and the command menu."""

from __future__ import annotations

# (command, menu description, example for /help)
COMMANDS: list[tuple[str, str, str]] = [
    ("start", "Wat deze bot doet", "/start"),
    ("help", "Alle opdrachten op een rij", "/help"),
    ("vraag", "Stel een vraag (ook in een groep)", "/vraag wat kost recertificering?"),
    ("certificaat", "Je Register Jobcoach-datum vastleggen", "/certificaat 14-3-2027"),
    ("status", "Je deadlines en voortgang", "/status"),
    ("agenda", "Je deadlines als agendabestand (.ics)", "/agenda"),
    ("uitslag", "Indienen en advies vastleggen", "/uitslag ingediend 20-11-2026"),
    ("keurmerk", "NRTO-keurmerk, Blik op Werk en verstuurde kwaliteitsverklaring vastleggen",
     "/keurmerk 1-3-2024"),
    ("pe", "PE-activiteit vastleggen", "/pe 12-03-2026 3 uur Webinar gespreksvoering"),
    ("punten", "Je PE-punten tegen de regels, met grafiek", "/punten"),
    ("lijst", "Je activiteiten en intervisies bekijken, wijzigen, verwijderen", "/lijst oktober"),
    ("reflectie", "Intervisiebijeenkomst vastleggen", "/reflectie 12-11-2026 kwaliteitskring Noord"),
    ("export", "Overzicht als CSV en PDF", "/export"),
    ("herinneringen", "Komende herinneringen, per soort aan/uit", "/herinneringen uit"),
    ("intervisie", "In een groep: bijeenkomst plannen", "/intervisie 12 december 14:00 casus bespreken"),
    ("groep", "In een groep: wat er gepland is", "/groep"),
    ("bewijs", "PDF van je bijgewoonde groepsbijeenkomsten", "/bewijs"),
    ("mijngegevens", "Alles wat ik van je bewaar, als bestand", "/mijngegevens"),
    ("vergeet", "Wis al je gegevens", "/vergeet"),
    ("stop", "Alle herinneringen pauzeren (/start zet ze aan)", "/stop"),
    ("annuleer", "Stop wat je aan het invullen bent", "/annuleer"),
    ("over", "De bronnen en hun datum", "/over"),
]

START = (
    "Hallo! Ik ben <b>recertbot</b>, je hulp bij het geldig houden van je certificering.\n"
    "• Register Jobcoach (Noloc): recertificering, portfolio, PE-punten, intervisie.\n"
    "• NRTO-keurmerk via Blik op Werk: audit, zelfevaluatie, kwaliteitsverklaring.\n"
    "Typ gewoon je vraag, ook met tikfouten. Weet ik het niet zeker, dan zeg ik dat.\n"
    "Alle opdrachten: /help\n\n"
    "<i>Wat ik bewaar: je Telegram-id, je vragen en 👍/👎, en wat je zelf vastlegt (datums, PE, intervisie).\n"
    "Inzien: /mijngegevens. Alles wissen: /vergeet.</i>"
)

UNKNOWN_COMMAND = "Die opdracht ken ik niet. Kies /help voor alle opdrachten, of typ gewoon je vraag."
UNKNOWN_COMMAND_LIKE = "Die opdracht ken ik niet. Bedoelde je /{name}? Alle opdrachten: /help."
ERROR = "Sorry, er ging iets mis aan mijn kant. Probeer het zo nog eens."
MENTION_EMPTY = "Zet je vraag achter mijn naam, bijvoorbeeld: <code>@{username} wat kost recertificering?</code>"
VRAAG_EMPTY = "Zet je vraag achter de opdracht, bijvoorbeeld: <code>/vraag wat kost recertificering?</code>"
FEEDBACK_THANKS = "Dank je voor je feedback!"
FEEDBACK_NOT_YOURS = "Alleen wie de vraag stelde kan hierop reageren."
BUTTON_GONE = "Deze knop werkt niet meer. Stel je vraag opnieuw."
STEP_GONE = "Deze knop hoort bij een stap die al voorbij is en werkt niet meer."


def help_text() -> str:
    lines = ["<b>Wat je kunt doen</b>",
             "Typ je vraag gewoon in, bijvoorbeeld: <i>hoe lang is mijn certificaat geldig?</i>", ""]
    # one line per command; the example only where it shows more than the command itself
    lines += [f"/{cmd} — {desc}" + (f", bv. <code>{example}</code>" if example != f"/{cmd}" else "")
              for cmd, desc, example in COMMANDS]
    lines += ["", "In een groep reageer ik alleen op /vraag, op een vermelding van mij, "
                  "of op een antwoord op mijn bericht."]
    return "\n".join(lines)

GROUP_HELP_MORE = ("Verzetten: <code>/intervisie verzet 13 december 15:00</code>; ander onderwerp: "
                   "<code>/intervisie onderwerp feedback geven</code>; annuleren: "
                   "<code>/intervisie annuleer</code>. Je PE-punten, datums en /bewijs regel je in je privéchat.")
OWN_DATES_IN_PRIVATE = ('🔒 <a href="{url}">Jouw eigen datums, punten en intervisies</a> staan in je privéchat '
                        'met mij, niet in de groep.')
GROUP_REMINDERS = ("Dat doe ik al: voor elke geplande bijeenkomst stuur ik deze groep een herinnering, {when} "
                   "(alleen {hours}).")
PRIVATE_ONLY = "Dat is persoonlijk; dat regelen we in een privéchat, zodat de groep niets van je gegevens ziet."
CANCEL_HINT = "<i>Stoppen? Typ /annuleer.</i>"
CANCELLED = "Gestopt. Er is niets opgeslagen."
NOTHING_TO_CANCEL = "Er loopt niets om te stoppen."
NOTHING_TO_CANCEL_TYPED = ("Er loopt niets om te stoppen. Wil je geen herinneringen meer? Typ /stop (met /start "
                           "komen ze terug). Alles wissen wat ik van je bewaar: /vergeet.")
# what each typed-answer dialogue is about, and the command that starts it again
DIALOG_TOPICS = {"certificaat": ("je certificaatdatum", "/certificaat"),
                 "uitslag": ("je indiening en advies", "/uitslag"), "keurmerk": ("je NRTO-keurmerk", "/keurmerk"),
                 "pe": ("een PE-activiteit", "/pe"), "reflectie": ("een intervisiebijeenkomst", "/reflectie"),
                 "bewijsstuk": ("het bewijs dat je stuurde", "/pe"), "verwijder": ("het verwijderen", "/lijst")}
NOT_DELETED = "Niet verwijderd."
WHAT_DATE = "Waar hoort {day} bij?"
AGENDA_CAPTION = ("Je deadlines als agendabestand: open het om ze in je agenda te zetten, met een melding een week "
                  "vooraf. Veranderen je datums, haal dan een nieuw bestand met /agenda; dat werkt ze bij.")
AGENDA_EMPTY = "Er staan geen deadlines meer open om in je agenda te zetten."
STATEMENT_WHICH_YEAR = ("Kwaliteitsverklaring verstuurd op <b>{day}</b>. Voor welk jaar was die? Die voor {before} "
                        "staat bij mij nog open.")
DATE_TOLD_IN_DIALOG = ("Dat klinkt als een datum van je certificaat of keurmerk. Je was nog bezig met {topic}: "
                       "maak dat eerst af (of /annuleer) en vertel me de datum daarna nog eens.")
ACTIVITY_TOLD_IN_DIALOG = ("Dat klinkt als een andere activiteit: <b>{other}</b>. Je was nog bezig met {topic}; "
                           "maak dat eerst af (of /annuleer), daarna bied ik je de nieuwe aan.\n{question}")
STEP_TOLD_IN_DIALOG = ("Dat klinkt als een andere stap: <b>{told}</b>. Je was nog bezig met <b>{what}</b>; geef eerst "
                       "die datum (of /annuleer) en leg de andere daarna vast met /uitslag.\n{question}")
REMINDER_OWN = ("Een herinnering op een dag die je zelf kiest, kan ik niet zetten: ik herinner je aan je eigen "
                "deadlines, overdag ({hours}); /herinneringen laat zien welke er komen. Wil je zelf iets plannen? Met "
                "/agenda zet je je deadlines in je eigen agenda, met een melding een week vooraf.")
REMINDER_CHANNEL = ("Herinneringen stuur ik alleen hier in Telegram. Met /agenda zet je je deadlines in je eigen "
                    "agenda (Google, Outlook of Apple), met een melding een week vooraf.")
REMINDER_TIMES = ("Herinneringen alleen op bepaalde dagen of uren kan ik niet instellen: ze komen elke dag, "
                  "ook in het weekend, {hours}. Met /herinneringen zet je ze per soort aan of uit; /stop pauzeert ze "
                  "allemaal en /start zet ze weer aan.")
# A feature asked about in words ("hoe zet ik herinneringen uit?"): the command that does it ({hours}: when
# reminders may go out, from bot.reminders)
FEATURE_HINTS = {
    "herinneringen": ("Ik stuur je herinneringen bij je eigen deadlines, overdag ({hours}). Met /herinneringen "
                      "zie je welke er komen en zet je ze per soort aan of uit; /stop pauzeert ze allemaal en /start "
                      "zet ze weer aan. Ze volgen de datums die je vastlegt met /certificaat en /keurmerk. Onder elke "
                      "herinnering zet ⏰ hem een week later nog eens klaar."),
    "export": ("Met /export krijg je je PE-activiteiten als CSV (voor Excel) en een overzicht als PDF, met je "
               "intervisies per jaar."),
    "pe": ("Een PE-activiteit leg je vast met /pe: ik vraag wat ik nodig heb. Of in één regel: "
           "<i>/pe 12-03-2026 3 uur Webinar gespreksvoering</i>. Iets van eerder kan ook: met de datum erbij tel ik "
           "het mee als het valt in de periode vanaf je vorige (re)certificering. Je stand zie je met /punten, alles "
           "met /lijst."),
    "lijst": "Met /lijst bekijk, wijzig of verwijder je je activiteiten en intervisies.",
    "reflectie": ("Een intervisiebijeenkomst leg je vast met /reflectie, ook een van eerder: zet de datum erbij, "
                  "bijvoorbeeld <i>/reflectie 12-11-2026 kwaliteitskring Noord</i>. Of vertel het me "
                  "(\"gisteren intervisie gehad\"). Was hij gepland in je intervisiegroep? Tik daar dan na afloop op "
                  "🙋 Ik was erbij."),
    "bewijsstuk": ("Bij mij: stuur het bewijs als foto of bestand (📎) met in het bijschrift de activiteit, "
                   "bijvoorbeeld <i>webinar 12 november</i>; bij /pe vraag ik er ook om. In de DNV Noloc Portal voer "
                   "je per activiteit een bewijsstuk in onder PE-registratie."),
    "punten": "Met /punten zie je je PE-punten tegen de regels, met grafiek.",
    "stoppen": ("Even niets van me horen? /stop pauzeert al je herinneringen; /start zet ze weer aan. Helemaal "
                "stoppen? /vergeet wist alles wat ik van je bewaar (eerst als bestand: /mijngegevens). Daarna kun je "
                "deze chat verwijderen of mij blokkeren in Telegram."),
    "mijngegevens": "Met /mijngegevens krijg je alles wat ik van je bewaar als bestand; /vergeet wist het.",
    "vergeet": ("Met /vergeet wis je alles wat ik van je bewaar, na een bevestiging. Wil je het eerst als bestand? "
                "Kies /mijngegevens."),
    "certificaat": ("Vertel me wanneer je certificaat verloopt, bijvoorbeeld: <i>mijn certificaat verloopt op 14 maart "
                    "2027</i>, of kies /certificaat. Dan reken ik al je deadlines uit."),
    "keurmerk": ("Leg je NRTO-gegevens vast met /keurmerk: ik vraag wanneer je het NRTO-keurmerk behaalde, tot wanneer "
                 "je Blik op Werk Keurmerk geldig is en het jaar van de laatste gecombineerde audit."),
    "correctie": ("Iets verkeerd vastgelegd? Een activiteit of intervisie wijzig of verwijder je met /lijst; je "
                  "certificaatdatum vertel je opnieuw met /certificaat, je NRTO-gegevens met /keurmerk."),
    "groep": ("Voeg mij als lid toe aan de Telegram-groep van je intervisiegroep (ik werk alleen in Telegram). Daar "
              "plan je een bijeenkomst met /intervisie 12 december 14:00 onderwerp, zie je met /groep wat er gepland "
              "is en tikt ieder zelf aan of hij meedoet en erbij was. Je eigen punten en datums blijven in de "
              "privéchat."),
    "privacy": ("Ik bewaar je Telegram-id, je vragen met je 👍/👎, en wat je zelf vastlegt: je datums, "
                "PE-activiteiten (met bewijs) en intervisies, tot je het wist. In een groep laat ik daar nooit iets "
                "van zien. Alles inzien als bestand: /mijngegevens. Alles wissen: /vergeet."),
}
# where the source says the expiry date is found
EXPIRY_WHERE = 'Je vervaldatum staat op de Noloc-website, in je profiel onder "Mijn Noloc", en in de DNV Noloc Portal.'
# "weet ik niet meer" where a day (or year) is asked: what helps, then the question again
# "weet ik niet meer" where /reflectie asks who it was with: what will do, and the question again
WHOM_NOT_KNOWN = ("Weet je niet meer precies met wie? Typ wat je nog weet, bijvoorbeeld <i>collega's</i> of <i>mijn "
                  "intervisiegroep</i>.\n{question}")
DAY_NOT_KNOWN = {
    "pe": ("Weet je de dag niet precies meer? Kies de dag die er het dichtst bij ligt: voor je PE-punten telt dat "
           "hij in je periode valt.\n{question}"),
    "reflectie": ("Weet je de dag niet precies meer? Kies de dag die er het dichtst bij ligt: intervisies tellen per "
                  "jaar.\n{question}"),
    "uitslag": ("Weet je de dag niet precies meer? Zoek hem op in je mail of in de DNV Noloc Portal, of kies de dag "
                "die er het dichtst bij ligt.\n{question}"),
    "certificaat": (f"{EXPIRY_WHERE} Zoek hem op en typ hem hier, of stop met /annuleer en leg hem later vast met "
                    "/certificaat."),
    "keurmerk": ("Zoek het op en typ het hier, of stop met /annuleer en leg je keurmerk later vast met /keurmerk."
                 "\n{question}"),
}
STEP_WAITING = "<i>Ik wacht nog op je antwoord:</i>\n{question}\n<i>Stoppen? Typ /annuleer.</i>"
STEP_ABOVE = "Kijk bij mijn vorige bericht hierboven."
DIALOG_PENDING = "<i>Je was nog bezig met {topic}:</i>\n{question}\n<i>Stoppen? Typ /annuleer.</i>"
DIALOG_DROPPED = ("Je was eerder bezig met {topic}, maar bent niet verder gegaan. Dat heb ik laten vallen; "
                  "er is niets van opgeslagen. Opnieuw beginnen: {command}")
RSVP_WHICH = ("Er staat meer dan één bijeenkomst gepland. Noem de dag, bijvoorbeeld <i>ik kan niet op 3 december</i>, "
              "of tik op <b>✅ Ik doe mee</b> of <b>🚫 Kan niet</b> onder de bijeenkomst. Wat er gepland is: /groep.")
RSVP_BY_BUTTON = ("Tik op <b>✅ Ik doe mee</b> of <b>🚫 Kan niet</b> onder de bijeenkomst: zo ziet de groep het. "
                  "Wat er gepland is: /groep.")
MEETING_DAY_FIXED = ("Deze bijeenkomst komt uit je intervisiegroep; de dag is die van de geplande bijeenkomst. "
                     "Klopt hij niet? Zeg \"verwijder die\" en leg hem vast met /reflectie.")
ATTEND_BY_BUTTON = ("Tik na afloop op <b>🙋 Ik was erbij</b> onder de bijeenkomst: dan zet ik hem in je eigen "
                    "overzicht, dat alleen jij ziet. Een bijeenkomst die hier niet gepland was? Leg hem vast met "
                    "/reflectie in de privéchat.")
PRAISED_IN_GROUP = ("Fijn om te horen! Was je erbij? Tik dan op <b>🙋 Ik was erbij</b> onder de bijeenkomst: dan zet "
                    "ik hem in je eigen overzicht, dat alleen jij ziet.")
PRAISED_PRIVATE = ("Fijn om te horen! Was het een intervisie? Leg hem vast met /reflectie, of tik op <b>🙋 Ik was "
                   "erbij</b> onder de bijeenkomst in je groep. Een andere activiteit leg je vast met /pe.")
NOT_PER_ACTIVITY = ("Of {what} meetelt, noemt de FAQ niet per activiteit; het toetsingskader werkt onder onderdeel B "
                    "uit waarvoor je PE-punten krijgt. Vraag het bij twijfel na bij Noloc (info@noloc.nl).")
OTHERS_DATA = ("Wat een ander lid vastlegt (datums, punten, intervisies) laat ik niemand zien, ook niet in de groep. "
               "Vraag het die persoon zelf; je eigen gegevens staan in je privéchat met mij.")
WHO_WAS_THERE = ("Wie er was, zet ieder zelf in zijn eigen overzicht met <b>🙋 Ik was erbij</b> onder de "
                 "bijeenkomst; dat laat ik in de groep niet zien. Wie zich aanmeldde, staat op de kaart: /groep.")
NEXT_MEETING_IN_GROUP = ("Geplande intervisies staan in je intervisiegroep: typ daar /groep. Had je al een "
                         "bijeenkomst? Leg hem vast met /reflectie.")
UNSAVED = ("<i>Dit is nog niet opgeslagen. Tik eerst op opslaan of annuleren, en stuur daarna je bericht "
           "opnieuw.</i>")
DIALOG_REPLACED = "<i>Je was nog bezig met {topic}; dat heb ik laten vallen, er is niets van opgeslagen.</i>"
EDIT_DROPPED = ("<i>Je was een PE-activiteit aan het wijzigen; die wijziging is niet opgeslagen, "
                "de activiteit staat er nog zoals hij was.</i>")
EDIT_NOT_REDONE = "Een aangepast bericht voer ik niet nog eens uit. Wil je het opnieuw? Stuur het als nieuw bericht."
EDIT_IN_DIALOG = ("<i>Een aangepast bericht lees ik niet opnieuw. Je bent nog bezig met {topic}: typ je antwoord "
                  "op mijn laatste vraag als nieuw bericht, of /annuleer.</i>")
NOTHING_STORED = "Oké, niets opgeslagen."
CERT_ASK = ("Wanneer verloopt je certificaat als Register Jobcoach? Typ de datum, bijvoorbeeld "
            "<i>14 maart 2027</i>. Weet je alleen wanneer je (her)gecertificeerd bent? Typ dan die datum.\n"
            f"{EXPIRY_WHERE}")
# what a day asked for without a context says happened on it: "Op welke dag in 2022 ben je (her)gecertificeerd?"
CERT_DAY_ABOUT = {"expiry": "verloopt je certificaat", "certified": "ben je (her)gecertificeerd",
                  "expired": "verliep je certificaat"}  # an expiry in a month or year gone by
KEURMERK_DAY_ABOUT = "behaalde je organisatie het NRTO-keurmerk"
CERT_SAME = "Dat heb ik al zo opgeslagen: je certificaat verloopt op <b>{day}</b>."
CERT_CHANGE = "Wil je een andere datum vastleggen? Typ hem hieronder, of /annuleer."
CERT_KEPT = "Oké, je vervaldatum blijft {date}."
CERT_NEW_ASK = "Typ de nieuwe datum, bijvoorbeeld: mijn certificaat verloopt op 14 maart 2027."
CERT_INVITE = ("Vertel me je datum, bijvoorbeeld: <i>mijn certificaat verloopt op 14 maart 2027</i>. "
               "Dan reken ik al je deadlines uit.")
UITSLAG_NEEDS_CERT = "Leg eerst je certificaatdatum vast met /certificaat; daarna kun je je uitslag bijhouden."
CONGRATULATIONS = "Gefeliciteerd! "
PASSED_NO_DATES = ("Gefeliciteerd! Leg je nieuwe vervaldatum vast met /certificaat (je vindt hem in de DNV Noloc "
                   "Portal): dan reken ik je volgende deadlines uit en stuur ik herinneringen.")
MEETING_EVENING = "Gepland om {said}, zoals getypt. Bedoel je {evening}?"  # "om 7 uur": 07:00 or 19:00
REFLECTION_TWICE = "Die staat er al: {meeting}. Ik tel hem één keer."  # the same meeting told twice
EXPIRY_WRONG = "Klopt je vervaldatum niet? Pas hem aan met /certificaat."
ADVICE_BEFORE_WINDOW = ("Met de vervaldatum die ik van je heb ({expires}) kon je pas vanaf {opens} indienen, dus dit "
                        "advies kan ik er nog niet bij vastleggen. Is je certificaat al verlengd, of klopt de datum "
                        "niet? Pas hem aan met /certificaat.")
SUBMISSION_FIRST = "Leg eerst vast wanneer je je portfolio indiende (📤 Portfolio ingediend in /uitslag)."
UITSLAG_NOT_YET = "Zodra je hebt ingediend, leg je hier je indiening en het advies vast."
UITSLAG_ASK = "Wat wil je vastleggen?"
# "ik heb de uitslag binnen": which, over /uitslag's choices
RESULT_WHICH = "Wat was de uitslag? Kies hieronder; staat je indiening er nog niet, begin dan met 📤."
KEURMERK_ASK_DATE = ("Op welke datum behaalde je organisatie het <b>NRTO-keurmerk</b>? "
                     "Typ de datum, bijvoorbeeld <i>1 maart 2024</i>.")
AUDIT_PASSED_NO_DATES = ("Gefeliciteerd! Leg je NRTO-gegevens vast met /keurmerk (wanneer je het NRTO-keurmerk "
                         "behaalde, tot wanneer je Blik op Werk Keurmerk geldig is en het jaar van de laatste "
                         "gecombineerde audit): dan reken ik je zelfevaluatie, kwaliteitsverklaring en volgende audit "
                         "uit.")
KEURMERK_SAME = "Dat heb ik al zo opgeslagen: je NRTO-keurmerk is geldig tot <b>{day}</b>."
AUDIT_YEAR_TOLD = "Laatste gecombineerde audit: <b>{year}</b>."
WHICH_AUDIT_YEAR = "Welke audit was dat, in {year}?"
BOW_YEAR_NOT_STORED = ("Het jaar van de Blik op Werk-audit leg ik niet vast: die audit is er elk jaar. Voor je "
                       "deadlines telt tot wanneer je Blik op Werk Keurmerk geldig is; dat zie en wijzig je met "
                       "/keurmerk.")
AUDIT_YEAR_SAME = "Dat heb ik al zo opgeslagen: de laatste gecombineerde audit was in <b>{year}</b>."
BOW_SAME = "Dat heb ik al zo opgeslagen: je Blik op Werk Keurmerk is geldig tot <b>{day}</b>."
KEURMERK_GAINED = "Dan behaalde je organisatie het NRTO-keurmerk op <b>{day}</b>."
BOW_TOLD = "Je Blik op Werk Keurmerk is geldig tot <b>{day}</b>."
KEURMERK_ASK_BOW = "Tot wanneer is je <b>Blik op Werk Keurmerk</b> geldig? Typ de datum."
WHICH_AUDIT = "Gefeliciteerd! Welke audit was het?"
AUDIT_HOW_WENT = "Hoe ging de audit? Tik wat ik mag vastleggen."
BOW_RENEWED_ASK = "Mooi! Tot wanneer is je <b>Blik op Werk Keurmerk</b> nu geldig? Typ de datum."
BOW_ENDED = ("Die datum is al voorbij: dan is je Blik op Werk Keurmerk verlopen. Tot wanneer is je huidige Blik op "
             "Werk Keurmerk geldig? Typ die datum.")
BOW_RENEWED_PAST = "Die datum is al voorbij. Tot wanneer is je Blik op Werk Keurmerk nu geldig? Typ de nieuwe datum."
KEURMERK_ASK_YEAR = "In welk jaar was de laatste <b>gecombineerde NRTO/Blik op Werk-audit</b>? Kies of typ het jaar."
KEURMERK_YEAR_BAD = "Typ een jaartal, bijvoorbeeld 2024."
# {months}: the NRTO rule's improvement_months
KEURMERK_ASK_AUDIT = ("Op welke datum was de audit waarin de auditor vond dat je niet aan de eisen voldoet? "
                      "Je hebt daarna {months} maanden om verbeteringen aan te tonen.")
MEETINGS_INVITE = "Leg je intervisiebijeenkomsten vast met /reflectie, dan tel ik ze per jaar."
MEETINGS_TOLD = "Ik tel alleen de intervisiebijeenkomsten die je bij mij vastlegt, elk met datum en met wie."
MEETING_MISSED = "Jammer! Een bijeenkomst die niet doorging of die je miste, leg ik niet vast."
MISSED_IN_GROUP = ("Jammer! Wie er niet bij was, hoeft niets te doen: ik leg alleen vast wie op "
                   "<b>🙋 Ik was erbij</b> tikt.")
MEETING_MISSED_LOGGED = "Die bijeenkomst heb je vastgelegd. Ging hij niet door, dan haal ik hem weg."
# something still to come: logged once done, as the ledger takes no day ahead
STILL_TO_COME = {"pe": "Succes! Een activiteit leg je vast als je hem gedaan hebt: met /pe, of vertel het me dan "
                       "(\"gisteren cursus van 8 uur gevolgd\").",
                 "ref": "Fijn! Een bijeenkomst leg je vast als hij geweest is: met /reflectie, of vertel het me dan "
                        "(\"gisteren intervisie gehad\"). In een groep plan je hem met /intervisie."}
# under the FAQ's answer to an activity or meeting still to come
LOG_ONCE_DONE = {"pe": "Klaar? Leg het dan vast met /pe, of vertel het me (\"gisteren e-learning van 2 uur "
                       "afgerond\").",
                 "ref": "Geweest? Leg de bijeenkomst dan vast met /reflectie, of vertel het me (\"gisteren "
                        "intervisie gehad\")."}
MEETINGS_HOW = "Een bijeenkomst vastleggen: /reflectie, of vertel het me (\"gisteren intervisie gehad\")."
WORTH = "➡️ {amount} scholing: {points}."  # an amount asked about, worked out with the rules
# "ik heb mijn bhv-herhaling gedaan": done, but no activity or step the bot knows by name
DONE_UNKNOWN = ("Dat kan ik niet plaatsen. Was het een PE-activiteit? Leg het vast met ➕ Activiteit of /pe. Een stap "
                "van je recertificering leg je vast met /uitslag, een van het NRTO-keurmerk met /keurmerk, een "
                "intervisiebijeenkomst met /reflectie.")
PE_INVITE = "Leg je PE-activiteiten vast met /pe, dan tel ik je punten tegen de regels."
# "ik heb al 40 punten": a count told cannot be taken over, only activities
POINTS_TOLD = ("Ik tel alleen de PE-activiteiten die je bij mij vastlegt, elk met datum, punten en categorie. "
               "Leg ze een voor een vast met /pe, bijvoorbeeld: <i>/pe 12-03-2026 3 uur Webinar gespreksvoering</i>. "
               "Daarna zie je met /punten hoe je ervoor staat.")
POINTS_TOLD_LOGGED = "Ik tel alleen wat je bij mij vastlegt. Mist er iets, leg het dan vast met ➕ Activiteit of /pe."
# "we hebben de zelfevaluatie gedaan" (the NRTO page: the self-evaluation is kept, only the statement is sent)
SELF_EVALUATION_DONE = ("Goed zo! De zelfevaluatie stuur je niet op: bewaar hem, met het plan van aanpak, voor de "
                        "auditor bij de volgende audit.")
SELF_EVALUATION_NEXT = ("Nog te doen: de kwaliteitsverklaring met een kopie van je Blik op Werk-bewijs vóór "
                        "<b>{due}</b> naar keurmerk@nrto.nl. Verstuurd? Tik hieronder.")
SELF_EVALUATION_ALL_DONE = "De kwaliteitsverklaring voor {year} heb je al verstuurd: voor dit jaar is alles gedaan."
IMPROVEMENTS_SHOWN_ASK = ("Verbeteringen aangetoond vóór {day}? Dan haal ik de verbetertermijn uit je deadlines en "
                          "stop ik de herinneringen erover.")
KEURMERK_INVITE = "Leg je NRTO-gegevens vast met /keurmerk, dan reken ik je deadlines uit."
IMPROVEMENTS_NOT_RECORDED = ("Heeft de auditor dat bij jullie vastgesteld? Tik in /keurmerk op ⚠️ Audit: niet voldaan, "
                             "dan reken ik jullie datum uit en herinner ik je eraan.")
AUDIT_AHEAD = ("Succes met de audit! Een geplande auditdatum houd ik niet bij. Vertel me na afloop hoe het ging, "
               "bijvoorbeeld <i>we hebben de blik op werk audit gehaald</i> of <i>de auditor zegt dat we niet "
               "voldoen</i>: dan werk ik je NRTO-gegevens en deadlines bij.")
KEURMERK_TOLD = ("Dat gaat over je NRTO-keurmerk. Leg je NRTO-gegevens vast (of wijzig ze) met /keurmerk: ik vraag dan "
                 "wanneer je het NRTO-keurmerk behaalde, tot wanneer je Blik op Werk Keurmerk geldig is en in welk "
                 "jaar de laatste gecombineerde audit was. Daaruit reken ik je deadlines uit.")
PE_ASK_TITLE = "Wat heb je gedaan? Typ een korte naam, bijvoorbeeld <i>Webinar motiverende gespreksvoering</i>."
PE_ASK_DATE = "Wanneer was dat? Bijvoorbeeld <i>gisteren</i>, <i>12 maart</i> of <i>12-3-2026</i>."
# {per_hour}, {per_ects}: the Noloc rules' points_per_hour and points_per_ects
PE_ASK_AMOUNT = ("Hoeveel was het? Typ bijvoorbeeld <i>3 uur</i>, <i>2,5 u</i>, <i>90 minuten</i>, <i>2 ECTS</i> "
                 "of <i>5 punten</i>. (PE-punten: {per_hour} per studie-uur, {per_ects} per ECTS.)")
PE_ASK_CATEGORY = ("In welke categorie valt het? Webinars, e-learnings en podcasts van de Noloc Academie zijn "
                   "categorie 1. Twijfel je tussen 1 en 3? Kijk naar de scope van het vakgebied in het beroepsprofiel.")
PE_EVIDENCE_WHICH = ("Stuur de foto of het document hier, of typ wat het is, bijvoorbeeld <i>bevestigingsmail</i> "
                     "of <i>factuur</i>.")
PE_ASK_EVIDENCE = ("Heb je bewijs? Stuur een foto of document, of typ wat het is, bijvoorbeeld "
                   "<i>bevestigingsmail</i>, <i>factuur</i> of <i>schermafbeelding</i>.")
PE_AMOUNT_UNKNOWN = "Dat begrijp ik niet als aantal."
# {title}: the activity waiting for its category, so a message meant for something else shows what waits
PE_CATEGORY_UNKNOWN = ("Die categorie ken ik niet; de andere categorieën uit het toetsingskader vallen onder Overige. "
                       "Ik wacht nog op de categorie van <b>{title}</b>: kies er een, of typ /annuleer om te stoppen.")
# "verander de categorie naar iets anders": a change told with no category in it; {choices} from rules.yaml
CATEGORY_NOT_KNOWN = "Die categorie ken ik niet. Kies uit: {choices}. Er is niets veranderd."
USE_BUTTONS = "Tik op een van de knoppen onder mijn vorige bericht, of typ /annuleer om te stoppen."
EVIDENCE_HOW = ("Stuur het bewijs als foto of bestand (📎). Zet in het bijschrift bij welke activiteit het hoort, "
                "bijvoorbeeld <i>webinar 12 november</i>; anders vraag ik het.")
EVIDENCE_FOR = "📎 Bewijs ontvangen: {what}. Bij welke activiteit hoort het?"
PE_MEDIA_OUTSIDE = ("Je bent nog met iets anders bezig. Maak dat eerst af (of typ /annuleer) en stuur het bewijs "
                    "dan opnieuw: ik vraag dan bij welke activiteit het hoort.")
NOT_TEXT = "Ik lees alleen tekst (en foto's of documenten als bewijs bij /pe). Typ je vraag, of kies /help."
MEETINGS_EMPTY = "Je hebt nog geen intervisiebijeenkomsten vastgelegd. Leg er een vast met /reflectie."
EXPORT_EMPTY = ("Er is nog niets om te exporteren. Leg eerst een PE-activiteit vast met /pe of een "
                "intervisiebijeenkomst met /reflectie.")
LIST_EMPTY = "Je hebt in deze periode nog geen activiteiten vastgelegd. Begin met /pe."
LIST_SPAN_EMPTY = "Je hebt {span} geen PE-activiteiten vastgelegd."
LIST_SPAN_MEETINGS = "🤝 Intervisie {span}: {meetings}."
# {command}: "lijst" or "punten", whose argument was no span ("/punten bla")
SPAN_UNKNOWN = ("Welke periode bedoel je? Bijvoorbeeld <i>/{command} oktober</i>, <i>/{command} vorige maand</i> of "
                "<i>/{command} 2025</i>. Hier is alles uit je huidige periode:")
LIST_EVIDENCE_LEGEND = ("📎 = bewijs ontvangen. Bewijs toevoegen: stuur een foto of bestand met de activiteit in het "
                        "bijschrift.")
REFLECTION_ASK_DATE = "Wanneer was de intervisie? Bijvoorbeeld <i>gisteren</i> of <i>12-11-2026</i>."
REFLECTION_ASK_WHOM = "Met wie, of met welke groep? Bijvoorbeeld <i>kwaliteitskring Noord</i>."
REFLECTION_WHOM_BAD = "Typ een naam van de groep of de collega's (hooguit 200 tekens)."
REMINDERS_NONE = "Er staan geen herinneringen gepland. Leg je datums vast met /certificaat of /keurmerk."
REMINDERS_NONE_NOW = "Er staan nu geen herinneringen gepland; ze volgen je datums, zodra er een deadline aankomt."
REMINDERS_PAUSED = "⏸ Je herinneringen staan op pauze. Met /start zet je ze weer aan."
REMINDERS_RESUMED = "▶️ Je herinneringen staan weer aan."
REMINDER_KIND_SWITCHED = "Herinneringen <b>{name}</b>: {state}."
REMINDER_KINDS_SWITCHED = "Herinneringen aan: <b>{on}</b>. Uit: {off}."
REMINDERS_ARG_UNKNOWN = ("„{said}” ken ik hier niet. Alles uit of aan: <code>/herinneringen uit</code> of "
                         "<code>/herinneringen aan</code>.")
MEETING_PRIVATE = ("Intervisie plannen doe je in de groepschat van je intervisiegroep. Een bijeenkomst zelf "
                   "vastleggen? Gebruik /reflectie.")
RSVP_PRIVATE = ("Meedoen of afmelden doe je in de groepschat van je intervisiegroep: tik daar onder de bijeenkomst op "
                "<b>✅ Ik doe mee</b> of <b>🚫 Kan niet</b>, of zeg het me daar met @recertbot.")
MEETING_USAGE = ("Plan zo: <code>/intervisie 12 december 14:00 casus bespreken</code>. "
                 "Verzetten: <code>/intervisie verzet 13 december 15:00</code> (of: <code>een uur later</code>). "
                 "Ander onderwerp: <code>/intervisie onderwerp feedback geven</code>. "
                 "Annuleren: <code>/intervisie annuleer</code>.")
MEETING_CANCEL_ASK = "Annuleren: intervisie van {when}? Alleen wie hem plande of een beheerder kan dat."
RSVP_YES = "Genoteerd: {name} doet mee op {when}."
RSVP_NO = "Jammer! Genoteerd: {name} kan niet op {when}."
MEETING_NONE_ON = "{when} staat geen intervisie gepland in deze groep. Wat er gepland is: /groep."
MEETING_NONE = "Er staat geen bijeenkomst gepland in deze groep."
PE_SEVERAL = ("Dat zijn meerdere activiteiten. Leg ze een voor een vast, elk met een eigen bewijsstuk: vertel ze "
              "me apart (\"gisteren webinar van 1 uur gevolgd\") of gebruik /pe per activiteit.")
MEETINGS_SEVERAL = ("Dat zijn meerdere bijeenkomsten. Leg ze een voor een vast: vertel ze me apart (\"op 3 november "
                    "intervisie gehad met kring Noord\") of gebruik /reflectie per bijeenkomst.")
PE_NOTED = "Genoteerd: {said}."  # a day or amount typed where the name was asked
PE_NOT_A_NAME = "Dat is een datum of een aantal, geen naam."  # ... and already known
# under "weet ik niet" in a group, where a message is as often about the group's meetings
GROUP_NONE_HINT = ("Over de bijeenkomsten van deze groep: /groep laat zien wat gepland is, /intervisie plant of "
                   "verzet er een.")
MEETING_NOT_ALLOWED = "Alleen wie de bijeenkomst plande of een beheerder van de groep kan dat."
MEETING_OVER = "Deze bijeenkomst is al begonnen of voorbij."
MEETING_NOT_YET = "Dat kan pas als de bijeenkomst begonnen is."
MEETING_DAY_TOLD = (" Is de intervisie verzet? Dan verzet wie hem plande of een beheerder hem: <i>@{username} verzet "
                    "de intervisie naar {day}</i>.")
MEETING_PLACE = "Genoteerd: de intervisie van {when} is {place}. Het staat op de kaart."
LAST_MEETING = "De vorige intervisie in deze groep was op {when}{about}."
LAST_MEETING_NONE = "In deze groep is via mij nog geen intervisie gehouden. Wat gepland is: /groep."
MEETING_TOPIC = "Genoteerd: het onderwerp van de intervisie van {when} is nu: {topic}. Het staat op de kaart."
MEETING_TOPIC_USAGE = ("Typ het nieuwe onderwerp erachter, bijvoorbeeld: "
                       "<code>/intervisie onderwerp feedback geven</code>. "
                       "Voor een andere bijeenkomst dan de volgende: "
                       "<code>@{username} het onderwerp van 8 december wordt feedback geven</code>.")
MEETING_TWICE = "Die staat er al: intervisie op {when}. Zie de kaart hierboven, of /groep."
MEETING_TO_CALENDAR = ("📆 De bijeenkomst van {when} in je agenda: tik hieronder, dan stuur ik het bestand in je "
                       "privéchat. Je eigen deadlines zet /agenda daar in je agenda.")
ATTENDED_IN_WORDS = "Genoteerd, {name}: de bijeenkomst van {when} staat in je eigen overzicht (zie je privéchat)."
MEETING_OPEN_PRIVATE = ("{name}, open de privéchat met mij om je aanwezigheid vast te leggen; "
                        "je gegevens blijven daar.")
MEETING_CALENDAR_CAPTION = "Intervisie op {when}: open het bestand om hem in je agenda te zetten."
MEETING_CALENDAR_BAD = ("Deze bijeenkomst is al voorbij of bestaat niet meer; /groep in de groep laat zien wat er "
                        "gepland is.")
MEETING_LINK_BAD = "Deze link werkt niet (meer). Tik in de groep opnieuw op <i>Ik was erbij</i>."
GROUP_ONLY = "Dit werkt in een groepschat. Hier: /status of /punten."
BEWIJS_NONE = ("Ik heb in deze periode nog geen groepsbijeenkomsten van je. Tik na een bijeenkomst op "
               "<i>Ik was erbij</i>.")
BEWIJS_CAPTION = ("Eigen overzicht van je groepsbijeenkomsten, geen officieel formulier. Officieel: het bewijs uit de "
                  "planningstool van Noloc of het A3.1-formulier in de DNV Noloc Portal.")
MY_DATA_CAPTION = "Alles wat ik over je bewaar (JSON). Wissen kan met /vergeet."
FORGET_ASK = ("Weet je het zeker? Ik wis al je gegevens: datums, PE-activiteiten, intervisie, herinneringen, vragen "
              "en feedback. Dit kan niet ongedaan worden.")
FORGET_DONE = "Gewist. Ik bewaar niets meer over je. Met /start begin je opnieuw."
FORGET_KEPT = "Niets gewist."
FORGET_TAP = "Wissen gaat alleen met de knop: tik op <b>🗑 Ja, wis alles</b> als je het zeker weet."
