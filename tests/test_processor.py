"""Updates of different chats overlap while one waits for Telegram; one chat's updates stay in order."""

from __future__ import annotations

import asyncio
import itertools
import time
from pathlib import Path

from telegram import Chat, Message, Update, User

from bot.emulator import BotApiEmulator, Sent
from bot.processor import MAX_CONCURRENT_UPDATES, chat_key
from bot.simulation import Simulation

ALICE, BOB = 1001, 1002
SEND_TAKES = 0.2  # seconds per sendMessage, as a slow network would


def test_chats_overlap_and_each_chat_keeps_its_order(tmp_path: Path) -> None:
    async def session() -> list[tuple[int | None, str, float]]:
        async with Simulation(tmp_path / "bot.db") as sim:
            for uid, name in ((ALICE, "Alice"), (BOB, "Bob")):
                sim.emulator.add_user(uid, name)
            arrived: list[tuple[int | None, str, float]] = []

            def record(sent: Sent) -> None:
                if sent.method == "sendMessage":
                    arrived.append((sent.chat_id, sent.text, time.perf_counter()))

            sim.emulator.on_send.append(record)
            sim.emulator.latency["sendMessage"] = SEND_TAKES
            for text in ("hoi", "wat kost hercertificering", "dankjewel"):
                sim.emulator.user_sends(ALICE, text)  # three at once, without waiting for a reply
            sim.emulator.user_sends(BOB, "hoi")
            last = sim.emulator.last_update
            assert last is not None
            await sim.wait_processed(last["update_id"])
            while len(arrived) < 4:
                await asyncio.sleep(0.01)
            return arrived

    arrived = asyncio.run(session())
    alice = [(text, t) for chat, text, t in arrived if chat == ALICE]
    bob = [t for chat, _, t in arrived if chat == BOB]
    expected = ["Hallo!", "€ 200", "Graag gedaan"]  # in the order she sent them
    assert [marker in text for marker, (text, _) in zip(expected, alice, strict=True)] == [True] * 3
    # one after the other: each of her replies waited for the previous one to be sent
    assert all(b - a >= 0.8 * SEND_TAKES for (_, a), (_, b) in itertools.pairwise(alice))
    assert bob[0] < alice[1][1]  # Bob did not wait behind Alice's queue


def test_chat_key_is_the_chat_or_else_the_user() -> None:
    user = User(ALICE, "Alice", False)
    message = Message(1, None, Chat(-5, "group"), from_user=user, text="x")  # type: ignore[arg-type]
    assert chat_key(Update(1, message=message)) == -5
    assert chat_key(Update(2)) is None
    assert chat_key("not an update") is None


def test_emulated_latency_applies_per_method_or_to_every_call() -> None:
    async def timed(emulator: BotApiEmulator, method: str) -> float:
        start = time.perf_counter()
        await emulator.handle(method, {}, {})
        return time.perf_counter() - start

    async def session() -> tuple[float, float, float]:
        emulator = BotApiEmulator()
        emulator.latency["getMe"] = 0.15
        only_get_me = await timed(emulator, "getMe"), await timed(emulator, "getMyCommands")
        emulator.latency = {"*": 0.1}
        return *only_get_me, await timed(emulator, "getMyCommands")

    get_me, other, everything = asyncio.run(session())
    assert get_me >= 0.15 and other < 0.05 and everything >= 0.1


def test_a_chat_with_a_queue_does_not_hold_up_other_chats(tmp_path: Path) -> None:
    async def session() -> list[tuple[int | None, float]]:
        async with Simulation(tmp_path / "bot.db") as sim:
            for uid, name in ((ALICE, "Alice"), (BOB, "Bob")):
                sim.emulator.add_user(uid, name)
            arrived: list[tuple[int | None, float]] = []
            sim.emulator.on_send.append(
                lambda sent: arrived.append((sent.chat_id, time.perf_counter())) if sent.method == "sendMessage"
                else None)
            sim.emulator.latency["sendMessage"] = SEND_TAKES
            for _ in range(MAX_CONCURRENT_UPDATES + 4):  # more than may run at once, all from Alice
                sim.emulator.user_sends(ALICE, "hoi")
            sim.emulator.user_sends(BOB, "hoi")
            while not any(chat == BOB for chat, _ in arrived):
                await asyncio.sleep(0.01)
            return arrived

    arrived = asyncio.run(session())
    before_bob = [chat for chat, _ in arrived[: [c for c, _ in arrived].index(BOB)]]
    assert before_bob.count(ALICE) <= 1  # Bob waited for at most the one reply Alice had running
