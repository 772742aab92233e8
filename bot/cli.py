"""The `recertbot` command line: ask, kb check/dump, run, chat, backup. Heavy imports stay inside commands."""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Iterable, Sequence
from datetime import datetime

from bot.dates import AMSTERDAM
from bot.knowledge import KnowledgeError, load_knowledge


def _questions(args: Sequence[str]) -> Iterable[str]:
    if args:
        yield from args
        return
    for line in sys.stdin:
        if line.strip():
            yield line.rstrip("\n")


def cmd_ask(ns: argparse.Namespace) -> int:
    from bot.faq import FaqService

    service = FaqService(load_knowledge())
    today = datetime.now(AMSTERDAM).date()  # the command line is where the clock is read
    for question in _questions(ns.question):
        reply = service.ask(question, today)
        if ns.json:
            print(json.dumps(reply.as_json(question), ensure_ascii=False), flush=True)
        else:
            print(reply.text)
            print(flush=True)
    return 0


def cmd_kb(ns: argparse.Namespace) -> int:
    try:
        kb = load_knowledge()
        if ns.kb_command == "check":
            from bot.matcher import Matcher

            Matcher(kb)  # checks the language data that needs the entries' own words (source_words)
    except KnowledgeError as exc:
        print(f"Kennisbank ongeldig: {exc}", file=sys.stderr)
        return 1
    if ns.kb_command == "check":
        print(f"Kennisbank in orde: {len(kb.entries)} vragen uit {len(kb.sources)} bronnen, "
              f"{len(kb.out_of_scope)} onderwerpen buiten ons terrein.")
        return 0
    dump = [
        {
            "id": e.id,
            "questions": list(e.questions),
            "answer": e.answer,
            "source": {"page": e.source_page, "question": e.source_question, "as_of": e.as_of},
        }
        for e in kb.entries
    ]
    print(json.dumps(dump, ensure_ascii=False, indent=2))
    return 0


def cmd_run(ns: argparse.Namespace) -> int:
    from bot.runtime import run_telegram

    return run_telegram(webhook_url=ns.webhook, port=ns.port)


def cmd_chat(ns: argparse.Namespace) -> int:
    from bot.localchat import run_local_chat

    return run_local_chat()


def cmd_backup(ns: argparse.Namespace) -> int:
    from pathlib import Path

    from bot.config import Settings
    from bot.db import Database

    source = Settings.from_env().db_path
    if not source.exists():
        print(f"Geen database gevonden op {source} (zet RECERTBOT_DB).", file=sys.stderr)
        return 2
    db = Database(source)
    try:
        db.backup(Path(ns.path))
    finally:
        db.close()
    print(f"Backup gemaakt: {ns.path}")
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="recertbot",
        description="Telegram-assistent voor recertificering (Register Jobcoach, NRTO-keurmerk).",
    )
    sub = parser.add_subparsers(dest="command")
    ask = sub.add_parser("ask", help="beantwoord vragen (argumenten of één per regel op stdin)")
    ask.add_argument("--json", action="store_true", help="één JSON-object per regel")
    ask.add_argument("question", nargs="*")
    ask.set_defaults(func=cmd_ask)
    kb = sub.add_parser("kb", help="de kennisbank controleren of uitvoeren")
    kb.add_argument("kb_command", choices=["check", "dump"])
    kb.set_defaults(func=cmd_kb)
    run = sub.add_parser("run", help="start de bot op Telegram (TELEGRAM_BOT_TOKEN nodig)")
    run.add_argument("--webhook", metavar="URL", help="webhook-modus met deze publieke URL")
    run.add_argument("--port", type=int, default=8443, help="poort voor de webhook")
    run.set_defaults(func=cmd_run)
    chat = sub.add_parser("chat", help="praat lokaal met de bot, zonder Telegram")
    chat.set_defaults(func=cmd_chat)
    backup = sub.add_parser("backup", help="maak een consistente kopie van de database (ook terwijl de bot draait)")
    backup.add_argument("path", help="het nieuwe bestand")
    backup.set_defaults(func=cmd_backup)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    from bot.db import DatabaseError

    ns = build_parser().parse_args(argv)
    if ns.command is None:
        ns.webhook, ns.port = None, 8443
        ns.func = cmd_run if os.environ.get("TELEGRAM_BOT_TOKEN") else cmd_chat
    try:
        return int(ns.func(ns))
    except KnowledgeError as exc:
        print(f"Kennisbank ongeldig: {exc}", file=sys.stderr)
        return 1
    except DatabaseError as exc:  # locked, read-only, corrupt: a clear message, never a traceback
        print(str(exc), file=sys.stderr)
        return 2


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
