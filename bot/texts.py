"""Fixed Dutch texts of the bot (HTML), and the command menu."""

from __future__ import annotations

# (command, menu description, example for /help)
COMMANDS: list[tuple[str, str, str]] = [
    ("start", "Wat deze bot doet", "/start"),
    ("help", "Alle opdrachten met een voorbeeld", "/help"),
    ("vraag", "Stel een vraag (ook in een groep)", "/vraag wat kost recertificering?"),
    ("over", "De bronnen en hun datum", "/over"),
]

START = (
    "Hallo! Ik ben <b>recertbot</b>, je hulp bij het geldig houden van je certificering.\n"
    "• Register Jobcoach (Noloc): recertificering, portfolio, PE-punten, intervisie.\n"
    "• NRTO-keurmerk via Blik op Werk: audit, zelfevaluatie, kwaliteitsverklaring.\n"
    "Typ gewoon je vraag, ook met tikfouten. Weet ik het niet zeker, dan zeg ik dat.\n"
    "Alle opdrachten: /help\n\n"
    "<i>Wat ik bewaar: je Telegram-id en de vragen die je stelt, met je 👍/👎, "
    "om de antwoorden te verbeteren.</i>"
)

UNKNOWN_COMMAND = "Die opdracht ken ik niet. Kies /help voor alle opdrachten, of typ gewoon je vraag."
ERROR = "Sorry, er ging iets mis aan mijn kant. Probeer het zo nog eens."
VRAAG_EMPTY = "Zet je vraag achter de opdracht, bijvoorbeeld: <code>/vraag wat kost recertificering?</code>"
FEEDBACK_THANKS = "Dank je voor je feedback!"
FEEDBACK_NOT_YOURS = "Alleen wie de vraag stelde kan hierop reageren."
BUTTON_GONE = "Deze knop werkt niet meer. Stel je vraag opnieuw."


def help_text() -> str:
    lines = ["<b>Wat je kunt doen</b>",
             "Typ je vraag gewoon in, bijvoorbeeld: <i>hoe lang is mijn certificaat geldig?</i>", ""]
    lines += [f"/{cmd} — {desc}\n   voorbeeld: <code>{example}</code>" for cmd, desc, example in COMMANDS]
    lines += ["", "In een groep reageer ik alleen op /vraag, op een vermelding van mij, "
                  "of op een antwoord op mijn bericht."]
    return "\n".join(lines)
