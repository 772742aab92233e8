"""Builds the Application and registers every handler, in explicit groups, in one place."""

from __future__ import annotations

import logging
import os

from telegram import BotCommand
from telegram.error import TelegramError
from telegram.ext import (
    AIORateLimiter,
    Application,
    ApplicationBuilder,
    CallbackQueryHandler,
    ChatMemberHandler,
    CommandHandler,
    MessageHandler,
    filters,
)
from telegram.request import BaseRequest

from bot import dates
from bot.logsafety import redact_token
from bot.processor import PerChatUpdateProcessor
from bot.services import Services
from bot.texts import COMMANDS
from handlers import certificate, common, faq, groups, keurmerk, ledger, operators, privacy, reminders, router

log = logging.getLogger(__name__)

# Handler groups: edited messages, kept from every other handler; what a command ends before it
# starts; commands and buttons (the last handler there catches unknown commands, so it only runs
# when no command matched); then free text.
GROUP_EDITS, GROUP_BEFORE, GROUP_COMMANDS, GROUP_TEXT = -2, -1, 0, 1
OVERALL_RATE = 25  # messages per second overall; AIORateLimiter also keeps 1/s per chat and 20/min per group


def register_handlers(app: Application) -> None:  # type: ignore[type-arg]
    in_private = filters.ChatType.PRIVATE
    in_groups = filters.ChatType.GROUPS
    app.add_handler(MessageHandler(filters.UpdateType.EDITED, router.edited), GROUP_EDITS)
    common.KEEPS_UNSAVED[:] = [ledger.keep_unsaved, keurmerk.keep_unsaved]
    app.add_handler(CommandHandler(common.DIALOG_COMMANDS, common.new_dialogue_ends_the_open_one, in_private),
                    GROUP_BEFORE)
    app.add_handler(CommandHandler("start", common.start), GROUP_COMMANDS)
    app.add_handler(CommandHandler("help", common.help_command), GROUP_COMMANDS)
    app.add_handler(CommandHandler("over", common.over), GROUP_COMMANDS)
    app.add_handler(CommandHandler("vraag", faq.vraag), GROUP_COMMANDS)
    app.add_handler(CommandHandler("certificaat", certificate.certificaat), GROUP_COMMANDS)
    app.add_handler(CommandHandler("status", certificate.status), GROUP_COMMANDS)
    app.add_handler(CommandHandler("uitslag", certificate.uitslag), GROUP_COMMANDS)
    app.add_handler(CommandHandler("keurmerk", keurmerk.keurmerk), GROUP_COMMANDS)
    app.add_handler(CommandHandler("annuleer", router.annuleer), GROUP_COMMANDS)
    app.add_handler(CommandHandler("pe", ledger.pe), GROUP_COMMANDS)
    app.add_handler(CommandHandler("punten", ledger.punten), GROUP_COMMANDS)
    app.add_handler(CommandHandler("lijst", ledger.lijst), GROUP_COMMANDS)
    app.add_handler(CommandHandler("reflectie", ledger.reflectie), GROUP_COMMANDS)
    app.add_handler(CommandHandler("export", ledger.export), GROUP_COMMANDS)
    app.add_handler(CommandHandler("agenda", certificate.agenda), GROUP_COMMANDS)
    app.add_handler(CommandHandler("herinneringen", reminders.herinneringen), GROUP_COMMANDS)
    app.add_handler(CommandHandler("stop", reminders.stop), GROUP_COMMANDS)
    app.add_handler(CommandHandler("intervisie", groups.intervisie), GROUP_COMMANDS)
    app.add_handler(CommandHandler("groep", groups.groep), GROUP_COMMANDS)
    app.add_handler(CommandHandler("bewijs", groups.bewijs), GROUP_COMMANDS)
    app.add_handler(CommandHandler("mijngegevens", privacy.mijngegevens), GROUP_COMMANDS)
    app.add_handler(CommandHandler("vergeet", privacy.vergeet), GROUP_COMMANDS)
    app.add_handler(CommandHandler("stats", operators.stats), GROUP_COMMANDS)
    app.add_handler(CommandHandler("onbeantwoord", operators.onbeantwoord), GROUP_COMMANDS)
    app.add_handler(MessageHandler(filters.StatusUpdate.NEW_CHAT_MEMBERS, groups.bot_added), GROUP_COMMANDS)
    app.add_handler(ChatMemberHandler(reminders.blocked_or_back, ChatMemberHandler.MY_CHAT_MEMBER), GROUP_COMMANDS)
    app.add_handler(CallbackQueryHandler(faq.suggestion_tap, pattern=r"^q:"), GROUP_COMMANDS)
    app.add_handler(CallbackQueryHandler(faq.feedback_tap, pattern=r"^fb:"), GROUP_COMMANDS)
    app.add_handler(CallbackQueryHandler(certificate.certificate_tap, pattern=r"^cert:"), GROUP_COMMANDS)
    app.add_handler(CallbackQueryHandler(certificate.uitslag_tap, pattern=r"^res:"), GROUP_COMMANDS)
    app.add_handler(CallbackQueryHandler(certificate.date_of_tap, pattern=r"^dt:"), GROUP_COMMANDS)
    app.add_handler(CallbackQueryHandler(certificate.status_tap, pattern=r"^st$"), GROUP_COMMANDS)
    app.add_handler(CallbackQueryHandler(certificate.agenda, pattern=r"^ag$"), GROUP_COMMANDS)
    app.add_handler(CallbackQueryHandler(keurmerk.keurmerk_tap, pattern=r"^kmk:"), GROUP_COMMANDS)
    app.add_handler(CallbackQueryHandler(ledger.pe_tap, pattern=r"^pe:"), GROUP_COMMANDS)
    app.add_handler(CallbackQueryHandler(ledger.evidence_tap, pattern=r"^bw:"), GROUP_COMMANDS)
    app.add_handler(CallbackQueryHandler(ledger.points_tap, pattern=r"^pts:"), GROUP_COMMANDS)
    app.add_handler(CallbackQueryHandler(ledger.reflection_tap, pattern=r"^rfl:"), GROUP_COMMANDS)
    app.add_handler(CallbackQueryHandler(ledger.list_tap, pattern=r"^ls:"), GROUP_COMMANDS)
    app.add_handler(CallbackQueryHandler(reminders.reminder_tap, pattern=r"^rm:"), GROUP_COMMANDS)
    app.add_handler(CallbackQueryHandler(groups.meeting_tap, pattern=r"^mt:"), GROUP_COMMANDS)
    app.add_handler(CallbackQueryHandler(privacy.vergeet_tap, pattern=r"^vg:"), GROUP_COMMANDS)
    app.add_handler(CallbackQueryHandler(common.stale_button), GROUP_COMMANDS)
    app.add_handler(MessageHandler(filters.COMMAND, common.unknown_command), GROUP_COMMANDS)
    app.add_handler(MessageHandler(in_private & filters.TEXT & ~filters.COMMAND, router.private_text), GROUP_TEXT)
    app.add_handler(MessageHandler(in_groups & filters.TEXT & ~filters.COMMAND, groups.group_text), GROUP_TEXT)
    app.add_handler(MessageHandler(in_private & (filters.PHOTO | filters.Document.ALL), ledger.pe_media), GROUP_TEXT)
    app.add_handler(MessageHandler(in_private & ~filters.TEXT & ~filters.PHOTO & ~filters.Document.ALL
                                   & ~filters.StatusUpdate.ALL, common.not_text), GROUP_TEXT)
    app.add_error_handler(common.error_handler)
    common.DEEP_LINKS.update({"help": common.help_command, "status": certificate.status, "agenda": certificate.agenda,
                              "certificaat": certificate.certificaat, "uitslag": certificate.uitslag,
                              "keurmerk": keurmerk.keurmerk, "pe": ledger.pe,
                              "punten": ledger.punten, "lijst": ledger.lijst, "reflectie": ledger.reflectie,
                              "export": ledger.export, "herinneringen": reminders.herinneringen,
                              "bewijs": groups.bewijs, "mijngegevens": privacy.mijngegevens,
                              "vergeet": privacy.vergeet})
    common.DEEP_LINK_PREFIXES.update({"att-": groups.attend_from_link, "ics-": groups.calendar_from_link})


async def post_init(app: Application) -> None:  # type: ignore[type-arg]
    """After getMe: the command menu, then the reminders (claims released, planned, jobs scheduled)."""
    await set_commands(app)
    await reminders.start_reminders(app)
    dates.warm_up()  # dateparser's Dutch data loads once (~0.3 s) now, not during the first user's message


async def set_commands(app: Application) -> None:  # type: ignore[type-arg]
    """Register the Dutch command menu; a refusal costs a warning, not the start."""
    try:
        await app.bot.set_my_commands([BotCommand(c, d) for c, d, _ in COMMANDS])
    except TelegramError as exc:
        log.warning("Opdrachtenmenu niet geregistreerd: %s", exc)
    log.info("recertbot is klaar als @%s", app.bot.username)


def build_application(services: Services, *, token: str, base_url: str | None = None,
                      request: BaseRequest | None = None, rate_limit: bool = True) -> Application:  # type: ignore[type-arg]
    """The one Application used on Telegram, in the local chat and in the tests."""
    redact_token(token)
    # PTB 22 opt-in: durations such as RetryAfter.retry_after as timedelta (what PTB 23 will give),
    # instead of a deprecation warning on every 429; handlers/reminders.py reads both
    os.environ.setdefault("PTB_TIMEDELTA", "true")
    builder = ApplicationBuilder().token(token).post_init(post_init).concurrent_updates(PerChatUpdateProcessor())
    if base_url:
        builder = builder.base_url(base_url)
    if request is not None:
        builder = builder.request(request).get_updates_request(request)
    if rate_limit:
        builder = builder.rate_limiter(AIORateLimiter(overall_max_rate=OVERALL_RATE, max_retries=3))  # type: ignore[arg-type]
    app = builder.build()
    app.bot_data["services"] = services
    register_handlers(app)
    return app
