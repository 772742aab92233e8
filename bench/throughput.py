"""Throughput of the real Application on the emulator, beside a bare python-telegram-bot echo bot.

Run: .venv/bin/python bench/throughput.py [N]
Both bots run without the rate limiter (it would cap both at Telegram's 30 messages/s) and
with the same emulator, polling loop and request layer; only the handlers differ. A third,
"canned", sends recertbot's own replies with no work done: the ceiling for any handler that
sends those replies (their buttons and HTML cost PTB and the emulator more than an echo).
"""

from __future__ import annotations

import asyncio
import sys
import tempfile
import time
from collections.abc import Callable, Coroutine
from pathlib import Path
from typing import Any

from telegram import Update
from telegram.constants import ParseMode
from telegram.ext import Application, ApplicationBuilder, ContextTypes, MessageHandler, filters

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bot.dates import warm_up
from bot.emulator import BotApiEmulator, EmulatorRequest, Sent
from bot.evaluation import DevSet
from bot.simulation import FAKE_TOKEN, Simulation, shared_faq
from handlers.faq import render

LATENCY_SAMPLES = 200
HandlerCallback = Callable[[Update, ContextTypes.DEFAULT_TYPE], Coroutine[Any, Any, None]]


async def echo(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    if update.message and update.message.text:
        await update.message.reply_text(update.message.text)


def bare_app(emulator: BotApiEmulator, callback: HandlerCallback) -> Application:  # type: ignore[type-arg]
    request = EmulatorRequest(emulator)
    app = ApplicationBuilder().token(FAKE_TOKEN).request(request).get_updates_request(request).build()
    app.add_handler(MessageHandler(filters.TEXT, callback))
    return app


def canned_replies(questions: list[str]) -> HandlerCallback:
    """A handler that sends recertbot's own reply (text and buttons) without any of its work.

    Computed beforehand with the real FAQ service and renderer: it measures what sending the
    answer costs by itself, the ceiling for any handler that sends it.
    """
    faq = shared_faq()
    replies = {}
    for q in set(questions):
        answer = faq.ask(q)
        html, markup = render(answer, faq, question_id=123456)
        replies[q] = (html, markup)

    async def canned(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        if update.message and update.message.text:
            html, markup = replies[update.message.text]
            await update.message.reply_text(html, parse_mode=ParseMode.HTML, reply_markup=markup)

    return canned


async def measure(app: Application, emulator: BotApiEmulator, questions: list[str]) -> tuple[float, float]:  # type: ignore[type-arg]
    """Updates per second for a burst of len(questions), and p95 latency of one-at-a-time questions."""
    replies: dict[int, float] = {}
    waiter: dict[int, asyncio.Event] = {}

    def on_send(sent: Sent) -> None:
        if sent.method == "sendMessage" and sent.chat_id is not None and sent.chat_id not in replies:
            replies[sent.chat_id] = time.perf_counter()
            if sent.chat_id in waiter:
                waiter[sent.chat_id].set()

    emulator.on_send.append(on_send)
    await app.initialize()
    assert app.updater is not None
    await app.updater.start_polling(poll_interval=0.0, timeout=1)
    await app.start()
    n = len(questions)
    for uid in range(1, n + LATENCY_SAMPLES + 1):
        emulator.add_user(uid, f"U{uid}")
    t0 = time.perf_counter()
    for uid, q in enumerate(questions, start=1):
        emulator.user_sends(uid, q)
    while len(replies) < n:
        await asyncio.sleep(0.001)
    rate = n / (time.perf_counter() - t0)
    latencies = []
    for i in range(LATENCY_SAMPLES):
        uid = n + 1 + i
        waiter[uid] = asyncio.Event()
        start = time.perf_counter()
        emulator.user_sends(uid, questions[i % n])
        await waiter[uid].wait()
        latencies.append((replies[uid] - start) * 1000)
    await app.updater.stop()
    await app.stop()
    await app.shutdown()
    latencies.sort()
    return rate, latencies[int(0.95 * (len(latencies) - 1))]


async def main(n: int, rounds: int = 3) -> None:
    """Both bots `rounds` times, alternating, best run of each: the machine's noise hits both alike."""
    dev = DevSet.load()
    pool = [q for q, _ in dev.in_scope] + dev.out_of_scope
    questions = [pool[i % len(pool)] for i in range(n)]
    warm_up()  # as the bot does at start (post_init)
    canned = canned_replies(questions)
    bot_runs, echo_runs, canned_runs = [], [], []
    for _ in range(rounds):
        with tempfile.TemporaryDirectory() as tmp:
            sim = Simulation(Path(tmp) / "bench.db", rate_limit=False)
            bot_runs.append(await measure(sim.app, sim.emulator, questions))
            sim.db.close()
        emulator = BotApiEmulator()
        echo_runs.append(await measure(bare_app(emulator, echo), emulator, questions))
        emulator = BotApiEmulator()
        canned_runs.append(await measure(bare_app(emulator, canned), emulator, questions))
    bot_rate, bot_p95 = max(bot_runs)
    echo_rate, echo_p95 = max(echo_runs)
    canned_rate, canned_p95 = max(canned_runs)
    print(f"{n} private FAQ questions through the real Application and emulator (rate limiter off), "
          f"best of {rounds}")
    print(f"recertbot : {bot_rate:8.1f} updates/s   p95 reply latency {bot_p95:6.2f} ms")
    print(f"echo bot  : {echo_rate:8.1f} updates/s   p95 reply latency {echo_p95:6.2f} ms")
    print(f"canned    : {canned_rate:8.1f} updates/s   p95 reply latency {canned_p95:6.2f} ms"
          "   (recertbot's replies, sent with no work done)")
    print(f"ratio     : {bot_rate / echo_rate:.2f} of the echo bot's throughput (target >= 0.80)")
    print(f"ceiling   : {canned_rate / echo_rate:.2f} of the echo bot's throughput for any handler "
          "that sends these replies")


if __name__ == "__main__":
    asyncio.run(main(int(sys.argv[1]) if len(sys.argv) > 1 else 2000))
