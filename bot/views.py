"""Phone-sized HTML texts for the personal screens (status, confirmations); no Telegram import."""

from __future__ import annotations

from datetime import date

from bot.dates import days_phrase, long_date, short_date
from bot.deadlines import Deadline, NolocCertificate, NolocStatus, NrtoKeurmerk, NrtoStatus
from bot.html import esc
from bot.intents import DateKind


def certificate_confirmation(cert: NolocCertificate, kind: DateKind) -> str:
    """Repeat the understood date in words and the derived one, and ask to confirm."""
    if kind == "expiry":
        lines = [f"Ik begrijp: je certificaat <b>verloopt op {long_date(cert.expires_on)}</b>.",
                 f"Dan ben je (her)gecertificeerd op {long_date(cert.certified_on)}."]
    else:
        lines = [f"Ik begrijp: je bent <b>(her)gecertificeerd op {long_date(cert.certified_on)}</b>.",
                 f"Dan verloopt je certificaat op {long_date(cert.expires_on)}."]
    return "\n".join([*lines, "Klopt dat? Ik sla het pas op als je bevestigt."])


def _deadline_lines(deadlines: list[Deadline], today: date) -> list[str]:
    return [f"• {short_date(d.day)} ({days_phrase((d.day - today).days)}): {esc(d.title)}" for d in deadlines]


def noloc_section(status: NolocStatus, today: date) -> list[str]:
    cert = status.cert
    lines = ["<b>Register Jobcoach</b>"]
    if status.days_left >= 0:
        lines.append(f"Geldig tot {long_date(cert.expires_on)}, nog {status.days_left} dagen.")
    else:
        lines.append(f"Verlopen op {long_date(cert.expires_on)}.")
    if cert.submitted_on:
        lines.append(f"Portfolio ingediend op {short_date(cert.submitted_on)}.")
    if cert.advice and cert.advice_on:
        lines.append(f"Advies: {cert.advice} ({short_date(cert.advice_on)}).")
    elif status.window_open:
        lines.append("Indienen kan nu: het venster is open.")
    elif today < status.window_opens:
        lines.append(f"Indienen kan vanaf {long_date(status.window_opens)}.")
    lines.append(f"➡️ {esc(status.next_step)}")
    if status.next_deadlines:
        lines += ["Komende deadlines:", *_deadline_lines(status.next_deadlines, today)]
    return lines


def nrto_section(status: NrtoStatus, today: date) -> list[str]:
    lines = ["<b>NRTO-keurmerk</b>", f"Geldig tot {long_date(status.expires_on)}."]
    if status.audit_year_now:
        lines.append(f"{today.year} is het jaar van de gecombineerde NRTO/Blik op Werk-audit; "
                     "dan geen zelfevaluatie.")
    elif status.self_evaluation_due:
        lines.append(f"Zelfevaluatie en kwaliteitsverklaring: vóór {long_date(status.self_evaluation_due)} "
                     "naar keurmerk@nrto.nl, met een kopie van je Blik op Werk-bewijs.")
    lines.append(f"Volgende gecombineerde audit: {status.next_audit_year}.")
    bow = status.keurmerk.bow_valid_until
    lines.append(f"Blik op Werk Keurmerk {'was geldig tot' if status.bow_expired else 'geldig tot'} "
                 f"{short_date(bow)}{' — verlopen!' if status.bow_expired else ''} (audit ieder jaar).")
    if status.improve_by:
        lines.append(f"⚠️ Verbeteringen aantonen vóór {long_date(status.improve_by)}.")
    if status.next_deadlines:
        lines += ["Komende deadlines:", *_deadline_lines(status.next_deadlines, today)]
    return lines


def keurmerk_confirmation(k: NrtoKeurmerk) -> str:
    return "\n".join([
        "<b>Klopt dit?</b>",
        f"NRTO-keurmerk behaald op {long_date(k.keurmerk_on)}.",
        f"Blik op Werk Keurmerk geldig tot {long_date(k.bow_valid_until)}.",
        f"Laatste gecombineerde audit: {k.last_combined_audit_year}.",
        "Ik sla het pas op als je bevestigt.",
    ])


NO_DATES = ("Ik ken je datums nog niet. Vertel ze me, bijvoorbeeld: <i>mijn certificaat verloopt op "
            "14 maart 2027</i> (of /certificaat). NRTO-lid? Kies /keurmerk.")
