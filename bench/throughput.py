"""Throughput of the real Application on the emulator, beside a bare python-telegram-bot echo bot.

Run: .venv/bin/python bench/throughput.py [N] [--http]
All bots run without the rate limiter (it would cap them at Telegram's 30 messages/s) and with
the same emulator, polling loop and request layer; only the handlers differ. First with no
network delay, which measures the bots' own cost; "canned" sends recertbot's own replies with no
work done, the ceiling for any handler that sends them. Then with every Bot API call taking
50 ms, as a round trip to Telegram does, where processing chats concurrently is what counts; a
concurrent echo bot is shown beside the bare one. --http runs each bot as its own process with
PTB's HTTP client, on the emulator served over HTTP.
"""

from __future__ import annotations

import asyncio
import signal
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
from bot.emulator_server import EmulatorServer
from bot.evaluation import DevSet
from bot.processor import MAX_CONCURRENT_UPDATES
from bot.simulation import FAKE_TOKEN, Simulation, shared_faq
from handlers.faq import render

LATENCY_SAMPLES = 200
NETWORK_DELAY = 0.05  # seconds per Bot API call in the second situation
DELAYED_QUESTIONS, DELAYED_SAMPLES = 300, 50
HandlerCallback = Callable[[Update, ContextTypes.DEFAULT_TYPE], Coroutine[Any, Any, None]]


async def echo(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    if update.message and update.message.text:
        await update.message.reply_text(update.message.text)


def bare_app(emulator: BotApiEmulator, callback: HandlerCallback,
             concurrent: bool = False) -> Application:  # type: ignore[type-arg]
    request = EmulatorRequest(emulator)
    app = (ApplicationBuilder().token(FAKE_TOKEN).request(request).get_updates_request(request)
           .concurrent_updates(MAX_CONCURRENT_UPDATES if concurrent else False).build())
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


async def drive(emulator: BotApiEmulator, questions: list[str], samples: int = LATENCY_SAMPLES) -> tuple[float, float]:
    """Updates per second for a burst of len(questions), and p95 latency of one-at-a-time questions."""
    replies: dict[int, float] = {}
    waiter: dict[int, asyncio.Event] = {}

    def on_send(sent: Sent) -> None:
        if sent.method == "sendMessage" and sent.chat_id is not None and sent.chat_id not in replies:
            replies[sent.chat_id] = time.perf_counter()
            if sent.chat_id in waiter:
                waiter[sent.chat_id].set()

    emulator.on_send.append(on_send)
    n = len(questions)
    for uid in range(1, n + samples + 1):
        emulator.add_user(uid, f"U{uid}")
    t0 = time.perf_counter()
    for uid, q in enumerate(questions, start=1):
        emulator.user_sends(uid, q)
    while len(replies) < n:
        await asyncio.sleep(0.001)
    rate = n / (time.perf_counter() - t0)
    latencies = []
    for i in range(samples):
        uid = n + 1 + i
        waiter[uid] = asyncio.Event()
        start = time.perf_counter()
        emulator.user_sends(uid, questions[i % n])
        await waiter[uid].wait()
        latencies.append((replies[uid] - start) * 1000)
    latencies.sort()
    return rate, latencies[int(0.95 * (len(latencies) - 1))]


async def measure(app: Application, emulator: BotApiEmulator, questions: list[str],  # type: ignore[type-arg]
                  samples: int = LATENCY_SAMPLES) -> tuple[float, float]:
    """The bot in this process, on the in-process emulator."""
    await app.initialize()
    assert app.updater is not None
    await app.updater.start_polling(poll_interval=0.0, timeout=1)
    await app.start()
    try:
        return await drive(emulator, questions, samples)
    finally:
        await app.updater.stop()
        await app.stop()
        await app.shutdown()


async def measure_process(kind: str, questions: list[str], delay: float = 0.0,
                          samples: int = LATENCY_SAMPLES) -> tuple[float, float]:
    """The bot as its own process, with PTB's HTTP client, on the emulator served over HTTP."""
    emulator = BotApiEmulator()
    emulator.latency["*"] = delay
    server = await EmulatorServer(emulator).start()
    with tempfile.TemporaryDirectory() as tmp:
        proc = await asyncio.create_subprocess_exec(
            sys.executable, str(Path(__file__).with_name("http_bot.py")), kind, server.api_url,
            str(Path(tmp) / "bench.db"), stdout=asyncio.subprocess.DEVNULL, stderr=asyncio.subprocess.DEVNULL)
        try:
            warm = 10**9  # one question first: the process has started, imported and connected
            emulator.add_user(warm, "Warm")
            emulator.user_sends(warm, questions[0])
            while not emulator.sent_to(warm, "sendMessage"):
                await asyncio.sleep(0.01)
            return await drive(emulator, questions, samples)
        finally:
            proc.send_signal(signal.SIGINT)
            await proc.wait()
            await server.stop()


def question_pool() -> list[str]:
    dev = DevSet.load()
    return [q for q, _ in dev.in_scope] + dev.out_of_scope


def bench_questions(n: int = 0) -> list[str]:
    """n questions cycling through the dev set (all of it once when n is 0)."""
    pool = question_pool()
    return [pool[i % len(pool)] for i in range(n or len(pool))]


async def run_bot(kind: str, questions: list[str], *, http: bool, delay: float, samples: int,
                  canned: HandlerCallback | None = None) -> tuple[float, float]:
    """One bot, one run: recertbot, echo (bare), echo-concurrent or canned."""
    if http:
        return await measure_process(kind, questions, delay, samples)
    if kind == "recertbot":
        with tempfile.TemporaryDirectory() as tmp:
            sim = Simulation(Path(tmp) / "bench.db", rate_limit=False)
            sim.emulator.latency["*"] = delay
            try:
                return await measure(sim.app, sim.emulator, questions, samples)
            finally:
                sim.db.close()
    emulator = BotApiEmulator()
    emulator.latency["*"] = delay
    if kind == "canned" and canned is None:
        raise ValueError("the canned bot needs its replies (canned_replies)")
    callback = canned if kind == "canned" and canned is not None else echo
    return await measure(bare_app(emulator, callback, concurrent=kind == "echo-concurrent"), emulator,
                         questions, samples)


def line(name: str, result: tuple[float, float], note: str = "") -> None:
    print(f"{name:<16}: {result[0]:8.1f} updates/s   p95 reply latency {result[1]:7.2f} ms{note}")


async def main(n: int, rounds: int = 3, http: bool = False) -> None:
    """Two situations: no network delay (the bots' own cost), and a round trip per call as on Telegram."""
    questions = bench_questions(n)
    warm_up()  # as the bot does at start (post_init)
    # over HTTP each bot is its own process (bench/http_bot.py), which builds its own replies
    canned = None if http else canned_replies(bench_questions())
    where = ("each bot its own process with PTB's HTTP client, the emulator served over HTTP" if http
             else "the real Application and the in-process emulator")
    runs: dict[str, list[tuple[float, float]]] = {"recertbot": [], "echo": [], "canned": []}
    for _ in range(rounds):  # alternating, best run of each: the machine's noise hits all alike
        for kind in runs:
            runs[kind].append(await run_bot(kind, questions, http=http, delay=0.0, samples=LATENCY_SAMPLES,
                                            canned=canned))
    best = {kind: max(r) for kind, r in runs.items()}
    print(f"{n} private FAQ questions through {where} (rate limiter off), no network delay, best of {rounds}")
    line("recertbot", best["recertbot"])
    line("echo bot", best["echo"])
    line("canned", best["canned"], "   (recertbot's replies, sent with no work done)")
    print(f"ratio           : {best['recertbot'][0] / best['echo'][0]:.2f} of the echo bot's throughput "
          "(target >= 0.80)")
    print(f"ceiling         : {best['canned'][0] / best['echo'][0]:.2f} of the echo bot's throughput for any "
          "handler that sends these replies")

    m = DELAYED_QUESTIONS
    delayed = {kind: await run_bot(kind, questions[:m], http=http, delay=NETWORK_DELAY, samples=DELAYED_SAMPLES)
               for kind in ("recertbot", "echo", "echo-concurrent")}
    print(f"\n{m} questions, every Bot API call taking {NETWORK_DELAY * 1000:.0f} ms as a round trip to "
          "Telegram would, one run each")
    line("recertbot", delayed["recertbot"], "   (chats concurrently, each chat in order)")
    line("echo bot", delayed["echo"], "   (bare: one update at a time)")
    line("echo, concurrent", delayed["echo-concurrent"],
         f"   (concurrent_updates={MAX_CONCURRENT_UPDATES}, as many as recertbot)")
    print(f"ratio           : {delayed['recertbot'][0] / delayed['echo'][0]:.2f} of the bare echo bot, "
          f"{delayed['recertbot'][0] / delayed['echo-concurrent'][0]:.2f} of a concurrent echo bot")


if __name__ == "__main__":
    args = [a for a in sys.argv[1:] if a != "--http"]
    asyncio.run(main(int(args[0]) if args else 2000, http="--http" in sys.argv))
