"""The emulator as a Bot API HTTP server on 127.0.0.1, for a bot started with TELEGRAM_API_URL.

`recertbot run` then runs exactly as on Telegram (python-telegram-bot's own HTTP client, long
polling, signals), while the test or bench drives users through the emulator in-process.
"""

from __future__ import annotations

import asyncio
import contextlib
import json

import tornado.httpserver
import tornado.iostream
import tornado.netutil
import tornado.web
from telegram.error import TimedOut

from bot.emulator import BotApiEmulator, form_params

TIMEOUT_STALL = 30.0  # an emulated timeout answers this late, after any client has given up


class _ApiHandler(tornado.web.RequestHandler):
    def initialize(self, emulator: BotApiEmulator) -> None:
        self.emulator = emulator

    async def post(self, token: str, method: str) -> None:
        fields: dict[str, str]
        if self.request.headers.get("Content-Type", "").startswith("application/json"):
            body = json.loads(self.request.body or b"{}")
            fields = {k: v if isinstance(v, str) else json.dumps(v) for k, v in body.items()}
        else:
            fields = {k: v[-1].decode() for k, v in self.request.body_arguments.items()}
            fields.update({k: v[-1].decode() for k, v in self.request.query_arguments.items()})
        files = {name: (parts[0].filename, parts[0].body) for name, parts in self.request.files.items()}
        try:
            status, payload = await self.emulator.handle(method, form_params(fields), files)
        except TimedOut:
            await asyncio.sleep(TIMEOUT_STALL)
            status, payload = 504, json.dumps({"ok": False, "error_code": 504,
                                               "description": "Gateway Timeout"}).encode()
        self.set_status(status)
        self.set_header("Content-Type", "application/json")
        with contextlib.suppress(tornado.iostream.StreamClosedError):  # the bot hung up (stopped polling)
            await self.finish(payload)

    get = post


class EmulatorServer:
    """Serves `/bot<token>/<method>` from the emulator on a free port of 127.0.0.1."""

    def __init__(self, emulator: BotApiEmulator) -> None:
        self.emulator = emulator
        self._server: tornado.httpserver.HTTPServer | None = None
        self.port = 0

    @property
    def api_url(self) -> str:
        """What TELEGRAM_API_URL should be: the token and method are appended to it."""
        return f"http://127.0.0.1:{self.port}/bot"

    async def start(self) -> EmulatorServer:
        # no access log: every request path holds the bot's token
        app = tornado.web.Application([(r"/bot([^/]+)/(\w+)", _ApiHandler, {"emulator": self.emulator})],
                                      log_function=lambda handler: None)
        sockets = tornado.netutil.bind_sockets(0, "127.0.0.1")
        self.port = sockets[0].getsockname()[1]
        self._server = tornado.httpserver.HTTPServer(app)
        self._server.add_sockets(sockets)
        return self

    async def stop(self) -> None:
        if self._server is not None:
            self._server.stop()
            await self._server.close_all_connections()

