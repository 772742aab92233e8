"""An in-process Telegram Bot API emulator behind python-telegram-bot's request layer.

The real `telegram.ext.Application` runs unmodified on it (getMe, the polling loop, the job
queue, the rate limiter); users, chats and groups are simulated here, and every reply is checked
the way Telegram checks it.
"""

from __future__ import annotations

import asyncio
import contextlib
import html
import itertools
import json
import re
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from telegram.error import TimedOut
from telegram.request import BaseRequest, RequestData

JSON = dict[str, Any]
MAX_TEXT = 4096
MAX_CALLBACK_DATA = 64
ALLOWED_TAGS = {"b", "strong", "i", "em", "u", "ins", "s", "strike", "del", "span", "tg-spoiler",
                "a", "code", "pre", "blockquote", "tg-emoji"}
_TOKEN = re.compile(
    r"<(?P<close>/?)(?P<tag>[a-zA-Z][a-zA-Z0-9-]*)(?P<attrs>(?:\s+[a-zA-Z-]+\s*=\s*\"[^\"<>]*\")*)\s*>"
    r"|(?P<lt><)"
    r"|&(?P<entity>#\d+|#x[0-9a-fA-F]+|lt|gt|amp|quot|apos);"
    r"|(?P<amp>&)"
)


class ApiError(Exception):
    """A refusal, as Telegram words it."""

    def __init__(self, code: int, description: str, parameters: JSON | None = None) -> None:
        super().__init__(description)
        self.code = code
        self.description = description
        self.parameters = parameters


def html_visible_text(text: str) -> str:
    """Check Telegram HTML like the Bot API does; return the text the user sees."""
    stack: list[str] = []
    out: list[str] = []
    pos = 0
    for m in _TOKEN.finditer(text):
        out.append(text[pos : m.start()])
        pos = m.end()
        offset = len(text[: m.start()].encode("utf-8"))
        if m.group("tag"):
            tag = m.group("tag").lower()
            if tag not in ALLOWED_TAGS:
                kind = "end" if m.group("close") else "start"
                raise ApiError(400, f"Bad Request: can't parse entities: Unsupported {kind} tag "
                                    f"\"{tag}\" at byte offset {offset}")
            if m.group("close"):
                if not stack or stack[-1] != tag:
                    raise ApiError(400, f"Bad Request: can't parse entities: Unexpected end tag "
                                        f"at byte offset {offset}")
                stack.pop()
            else:
                stack.append(tag)
        elif m.group("lt") is not None:
            raise ApiError(400, "Bad Request: can't parse entities: Unexpected end of name token "
                                f"at byte offset {offset}")
        elif m.group("amp") is not None:
            raise ApiError(400, "Bad Request: can't parse entities: Can't find end of the entity "
                                f"starting at byte offset {offset}")
        else:
            out.append(html.unescape(m.group(0)))
    out.append(text[pos:])
    if stack:
        raise ApiError(400, "Bad Request: can't parse entities: Can't find end tag corresponding "
                            f"to start tag \"{stack[-1]}\"")
    return "".join(out)


def utf16_len(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2


@dataclass
class SimUser:
    id: int
    first_name: str
    username: str | None = None
    blocked_bot: bool = False
    started: bool = False  # has this user ever opened a private chat with the bot

    def as_json(self) -> JSON:
        data: JSON = {"id": self.id, "is_bot": False, "first_name": self.first_name,
                      "language_code": "nl"}
        if self.username:
            data["username"] = self.username
        return data


@dataclass
class SimChat:
    id: int
    type: str  # private, group, supergroup
    title: str | None = None
    members: set[int] = field(default_factory=set)
    admins: set[int] = field(default_factory=set)
    is_forum: bool = False

    def as_json(self, users: dict[int, SimUser]) -> JSON:
        if self.type == "private":
            user = users[self.id]
            return {"id": self.id, "type": "private", "first_name": user.first_name}
        data: JSON = {"id": self.id, "type": self.type, "title": self.title}
        if self.is_forum:
            data["is_forum"] = True
        return data


@dataclass
class Sent:
    """One call the bot made, and what came of it."""

    method: str
    params: JSON
    result: Any = None
    error: str | None = None
    files: dict[str, tuple[str, bytes]] = field(default_factory=dict)

    @property
    def chat_id(self) -> int | None:
        value = self.params.get("chat_id")
        return int(value) if value is not None else None

    @property
    def text(self) -> str:
        return str(self.params.get("text", self.params.get("caption", "")))

    @property
    def buttons(self) -> list[tuple[str, str]]:
        """(label, callback_data or url) of every inline button, row by row."""
        markup = self.params.get("reply_markup") or {}
        if isinstance(markup, str):
            markup = json.loads(markup)
        return [
            (b["text"], b.get("callback_data") or b.get("url", ""))
            for row in markup.get("inline_keyboard", [])
            for b in row
        ]


@dataclass
class Fault:
    status: int = 0  # 429, 500, 502, ... ; 0 with timeout=True means a time-out
    retry_after: int = 1
    timeout: bool = False


class BotApiEmulator:
    """The Telegram side: chats, users, an update queue, and checks on every call."""

    def __init__(self, bot_username: str = "recertbot", bot_id: int = 777000) -> None:
        self.last_update: JSON | None = None  # the newest update queued for the bot
        self.webhook: dict[str, Any] | None = None  # set by setWebhook: updates are then POSTed, not fetched
        self.bot = {"id": bot_id, "is_bot": True, "first_name": "Recertbot",
                    "username": bot_username, "can_join_groups": True,
                    "can_read_all_group_messages": False, "supports_inline_queries": False}
        self.users: dict[int, SimUser] = {}
        self.chats: dict[int, SimChat] = {}
        self.messages: dict[tuple[int, int], JSON] = {}
        self.sent: list[Sent] = []
        self.commands: list[JSON] = []
        self.files: dict[str, tuple[str, bytes]] = {}
        self.faults: dict[str, list[Fault]] = {}
        self.latency: dict[str, float] = {}  # seconds a method takes, as the network would ("*": any)
        self.on_send: list[Callable[[Sent], None]] = []
        self._updates: list[JSON] = []
        self._update_ids = itertools.count(1)
        self._message_ids: dict[int, itertools.count[int]] = {}
        self._callback_ids = itertools.count(1)
        self._file_ids = itertools.count(1)
        self._new_update = asyncio.Event()
        self.answered_callbacks: dict[str, JSON] = {}
        self.fetched_up_to = 0  # highest update id the bot has confirmed (offset - 1)

    # ---- the simulated world -------------------------------------------------------------
    def add_user(self, user_id: int, first_name: str, username: str | None = None) -> SimUser:
        user = SimUser(user_id, first_name, username)
        self.users[user_id] = user
        return user

    def private_chat(self, user_id: int) -> SimChat:
        chat = self.chats.get(user_id)
        if chat is None:
            chat = self.chats[user_id] = SimChat(user_id, "private", members={user_id})
        return chat

    def add_group(self, chat_id: int, title: str, members: list[int], admins: list[int] | None = None,
                  forum: bool = False) -> SimChat:
        chat = SimChat(chat_id, "supergroup" if forum else "group", title, set(members),
                       set(admins or members[:1]), forum)
        self.chats[chat_id] = chat
        return chat

    def fail(self, method: str, *faults: Fault) -> None:
        """Make the next calls of `method` fail, one fault per call."""
        self.faults.setdefault(method, []).extend(faults)

    def _next_message_id(self, chat_id: int) -> int:
        return next(self._message_ids.setdefault(chat_id, itertools.count(1)))

    def _push(self, update: JSON) -> JSON:
        update["update_id"] = next(self._update_ids)
        self._updates.append(update)
        self._new_update.set()
        self.last_update = update
        return update

    def _mentions_bot(self, text: str) -> bool:
        return f"@{self.bot['username']}".lower() in text.lower()

    def user_sends(self, user_id: int, text: str = "", chat_id: int | None = None,
                   reply_to: int | None = None, thread_id: int | None = None,
                   document: tuple[str, bytes] | None = None, photo: bytes | None = None,
                   sticker: str | None = None, voice: bytes | None = None, caption: str | None = None) -> JSON:
        """A user types in a chat (their private chat unless chat_id is given); or sends a
        document, photo (either with a caption), sticker (its emoji) or voice message."""
        user = self.users[user_id]
        chat = self.private_chat(user_id) if chat_id is None else self.chats[chat_id]
        if chat.type == "private":
            user.started = True
        message: JSON = {"message_id": self._next_message_id(chat.id), "date": int(time.time()),
                         "chat": chat.as_json(self.users), "from": user.as_json()}
        if text:
            self._set_text(message, text)
        if document:
            file_id = self._store_file(*document)
            message["document"] = {"file_id": file_id, "file_unique_id": file_id,
                                   "file_name": document[0], "file_size": len(document[1])}
        if photo is not None:
            file_id = self._store_file("photo.jpg", photo)
            message["photo"] = [{"file_id": file_id, "file_unique_id": file_id, "width": 90,
                                 "height": 90, "file_size": len(photo)}]
        if caption is not None:
            message["caption"] = caption
        if sticker is not None:
            file_id = self._store_file("sticker.webp", sticker.encode())
            message["sticker"] = {"file_id": file_id, "file_unique_id": file_id, "type": "regular", "width": 512,
                                  "height": 512, "is_animated": False, "is_video": False, "emoji": sticker}
        if voice is not None:
            file_id = self._store_file("voice.ogg", voice)
            message["voice"] = {"file_id": file_id, "file_unique_id": file_id, "duration": 1,
                                "file_size": len(voice)}
        if thread_id is not None:
            message["message_thread_id"] = thread_id
            message["is_topic_message"] = True
        replied = self.messages.get((chat.id, reply_to)) if reply_to else None
        if replied:
            message["reply_to_message"] = replied
        self.messages[(chat.id, message["message_id"])] = message
        if chat.type != "private" and not self._delivered_in_group(message):
            return message
        self._push({"message": message})
        return message

    @staticmethod
    def _set_text(message: JSON, text: str) -> None:
        """The text and the entities Telegram marks in it (a command first, mentions)."""
        message["text"] = text
        message.pop("entities", None)
        entities = []
        if text.startswith("/"):
            entities.append({"type": "bot_command", "offset": 0, "length": len(text.split()[0])})
        for m in re.finditer(r"@\w+", text):
            entities.append({"type": "mention", "offset": utf16_len(text[: m.start()]),
                             "length": utf16_len(m.group(0))})
        if entities:
            message["entities"] = entities

    def user_edits(self, user_id: int, message: JSON, text: str) -> JSON | None:
        """A user edits one of their messages (its text, or a photo's caption); Telegram sends the
        whole message again as edited_message, in groups under the same privacy rules."""
        key = (message["chat"]["id"], message["message_id"])
        stored = self.messages[key]
        if stored["from"]["id"] != user_id:
            raise ValueError("a user can only edit their own messages")
        if "text" in stored or not ("caption" in stored or "photo" in stored or "document" in stored):
            self._set_text(stored, text)
        else:
            stored["caption"] = text
        stored["edit_date"] = int(time.time())
        if stored["chat"]["type"] != "private" and not self._delivered_in_group(stored):
            return None
        return self._push({"edited_message": stored})

    def _delivered_in_group(self, message: JSON) -> bool:
        """Privacy mode: commands, mentions of the bot and replies to the bot get through."""
        text = message.get("text", "")
        replied = message.get("reply_to_message")
        return (
            text.startswith("/")
            or self._mentions_bot(text)
            or bool(replied and replied.get("from", {}).get("id") == self.bot["id"])
        )

    def user_blocks_bot(self, user_id: int, blocked: bool = True) -> JSON:
        """A user blocks (or unblocks) the bot: from then on sends to them are refused (or not), and
        Telegram tells the bot with a my_chat_member update."""
        user = self.users[user_id]
        user.blocked_bot = blocked
        old, new = ("member", "kicked") if blocked else ("kicked", "member")
        status: dict[str, JSON] = {"member": {"status": "member"}, "kicked": {"status": "kicked", "until_date": 0}}
        change = {"chat": self.private_chat(user_id).as_json(self.users), "from": user.as_json(),
                  "date": int(time.time()), "old_chat_member": {"user": self.bot, **status[old]},
                  "new_chat_member": {"user": self.bot, **status[new]}}
        return self._push({"my_chat_member": change})

    def user_joins_bot_to_group(self, user_id: int, chat_id: int) -> JSON:
        """A member adds the bot to a group: Telegram sends a new_chat_members service message."""
        chat = self.chats[chat_id]
        message = {"message_id": self._next_message_id(chat_id), "date": int(time.time()),
                   "chat": chat.as_json(self.users), "from": self.users[user_id].as_json(),
                   "new_chat_members": [self.bot]}
        return self._push({"message": message})

    def user_taps(self, user_id: int, message: JSON | Sent, data: str) -> JSON:
        """A user taps an inline button (its callback data need not be one the bot sent)."""
        shown: JSON = message.result if isinstance(message, Sent) else message
        key = (shown["chat"]["id"], shown["message_id"])
        query = {"id": str(next(self._callback_ids)), "from": self.users[user_id].as_json(),
                 "chat_instance": str(key[0]), "data": data, "message": self.messages.get(key, shown)}
        return self._push({"callback_query": query})

    def _store_file(self, name: str, content: bytes) -> str:
        file_id = f"file-{next(self._file_ids)}"
        self.files[file_id] = (name, content)
        return file_id

    # ---- what the bot is told -----------------------------------------------------------
    async def get_updates(self, params: JSON) -> list[JSON]:
        offset = int(params.get("offset") or 0)
        if offset:
            self.fetched_up_to = max(self.fetched_up_to, offset - 1)
            self._updates = [u for u in self._updates if u["update_id"] >= offset]
        timeout = float(params.get("timeout") or 0)
        if not self._updates and timeout > 0:
            self._new_update.clear()
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self._new_update.wait(), timeout)
        limit = int(params.get("limit") or 100)
        return self._updates[:limit]

    async def deliver_webhook(self) -> int:
        """Webhook mode: POST every queued update to the bot's URL as Telegram does; returns how many it took."""
        import httpx

        assert self.webhook is not None, "no webhook set"
        headers = {"X-Telegram-Bot-Api-Secret-Token": self.webhook["secret_token"]} if self.webhook[
            "secret_token"] else {}
        delivered = 0
        async with httpx.AsyncClient(timeout=10) as client:
            while self._updates:
                response = await client.post(self.webhook["url"], json=self._updates[0], headers=headers)
                if response.status_code != 200:
                    break  # Telegram keeps it and tries again later
                self._updates.pop(0)
                delivered += 1
        return delivered

    @property
    def pending_updates(self) -> int:
        """Updates not yet confirmed by the bot."""
        return sum(1 for u in self._updates if u["update_id"] > self.fetched_up_to)

    # ---- the Bot API methods ------------------------------------------------------------
    def _chat(self, chat_id: Any) -> SimChat:
        try:
            chat = self.chats[int(chat_id)]
        except (KeyError, TypeError, ValueError):
            raise ApiError(400, "Bad Request: chat not found") from None
        if chat.type == "private":
            user = self.users[chat.id]
            if user.blocked_bot:
                raise ApiError(403, "Forbidden: bot was blocked by the user")
            if not user.started:
                raise ApiError(403, "Forbidden: bot can't initiate conversation with a user")
        return chat

    def _check_markup(self, params: JSON) -> None:
        markup = params.get("reply_markup")
        if isinstance(markup, str):
            markup = json.loads(markup)
        for row in (markup or {}).get("inline_keyboard", []):
            for button in row:
                if not button.get("text"):
                    raise ApiError(400, "Bad Request: text buttons are unallowed in the inline keyboard")
                data = button.get("callback_data")
                if data is not None and not 1 <= len(data.encode("utf-8")) <= MAX_CALLBACK_DATA:
                    raise ApiError(400, "Bad Request: BUTTON_DATA_INVALID")

    def _check_text(self, text: Any, parse_mode: Any, *, field_name: str = "text",
                    limit: int = MAX_TEXT) -> str:
        """Refuse what Telegram refuses; return the text the user sees."""
        text = "" if text is None else str(text)
        visible = html_visible_text(text) if parse_mode == "HTML" else text
        if field_name == "text" and not visible.strip():
            raise ApiError(400, "Bad Request: message text is empty")
        if utf16_len(visible) > limit:
            raise ApiError(400, "Bad Request: message is too long" if field_name == "text"
                           else "Bad Request: message caption is too long")
        return visible

    def _new_bot_message(self, chat: SimChat, params: JSON, extra: JSON) -> JSON:
        message: JSON = {"message_id": self._next_message_id(chat.id), "date": int(time.time()),
                         "chat": chat.as_json(self.users), "from": self.bot, **extra}
        if params.get("reply_markup"):
            markup = params["reply_markup"]
            message["reply_markup"] = json.loads(markup) if isinstance(markup, str) else markup
        if params.get("message_thread_id"):
            message["message_thread_id"] = int(params["message_thread_id"])
        reply = params.get("reply_parameters") or {}
        if isinstance(reply, str):
            reply = json.loads(reply)
        if reply.get("message_id") and (chat.id, int(reply["message_id"])) in self.messages:
            message["reply_to_message"] = self.messages[(chat.id, int(reply["message_id"]))]
        self.messages[(chat.id, message["message_id"])] = message
        return message

    async def call(self, method: str, params: JSON, files: dict[str, tuple[str, bytes]]) -> Any:
        """Carry out one Bot API call; raises ApiError the way Telegram refuses."""
        name = method.lower()
        if name == "getme":
            return self.bot
        if name == "getupdates":
            if self.webhook:
                raise ApiError(409, "Conflict: can't use getUpdates method while webhook is active; "
                                    "use deleteWebhook to delete the webhook first")
            return await self.get_updates(params)
        if name == "setwebhook":
            if not str(params.get("url", "")).startswith(("https://", "http://127.0.0.1", "http://localhost")):
                raise ApiError(400, "Bad Request: bad webhook: An HTTPS URL must be provided for webhook")
            self.webhook = {"url": str(params["url"]), "secret_token": params.get("secret_token")}
            return True
        if name == "deletewebhook":
            self.webhook = None
            return True
        if name == "setmycommands":
            commands = params.get("commands") or []
            self.commands = json.loads(commands) if isinstance(commands, str) else commands
            return True
        if name == "getmycommands":
            return self.commands
        if name == "sendchataction":
            self._chat(params.get("chat_id"))
            return True
        if name == "sendmessage":
            chat = self._chat(params.get("chat_id"))
            visible = self._check_text(params.get("text"), params.get("parse_mode"))
            self._check_markup(params)
            return self._new_bot_message(chat, params, {"text": visible})
        if name in ("senddocument", "sendphoto"):
            chat = self._chat(params.get("chat_id"))
            kind = "document" if name == "senddocument" else "photo"
            caption = self._check_text(params.get("caption"), params.get("parse_mode"),
                                       field_name="caption", limit=1024)
            self._check_markup(params)
            if kind not in files and not params.get(kind):
                raise ApiError(400, f"Bad Request: there is no {kind} in the request")
            fname, content = files.get(kind, ("file", b""))
            file_id = self._store_file(fname, content)
            extra: JSON = {kind: {"file_id": file_id, "file_unique_id": file_id, "file_name": fname,
                                 "file_size": len(content)}}
            if kind == "photo":  # Telegram answers a photo as sizes, without a file name
                extra[kind] = [{"file_id": file_id, "file_unique_id": file_id, "width": 720, "height": 720,
                                "file_size": len(content)}]
            if params.get("caption"):
                extra["caption"] = caption
            return self._new_bot_message(chat, params, extra)
        if name in ("editmessagetext", "editmessagereplymarkup"):
            chat = self._chat(params.get("chat_id"))
            key = (chat.id, int(params.get("message_id") or 0))
            if key not in self.messages or self.messages[key]["from"]["id"] != self.bot["id"]:
                raise ApiError(400, "Bad Request: message to edit not found")
            message = self.messages[key]
            self._check_markup(params)
            if name == "editmessagetext":
                new_text = self._check_text(params.get("text"), params.get("parse_mode"))
                if new_text == message.get("text") and params.get("reply_markup") == json.dumps(
                        message.get("reply_markup")):
                    raise ApiError(400, "Bad Request: message is not modified: specified new "
                                        "message content and reply markup are exactly the same "
                                        "as a current content and reply markup of the message")
                message["text"] = new_text
            markup = params.get("reply_markup")
            message["reply_markup"] = json.loads(markup) if isinstance(markup, str) else markup
            message["edit_date"] = int(time.time())
            return message
        if name == "answercallbackquery":
            query_id = str(params.get("callback_query_id"))
            if query_id in self.answered_callbacks:
                raise ApiError(400, "Bad Request: query is too old and response timeout expired "
                                    "or query ID is invalid")
            self.answered_callbacks[query_id] = params
            return True
        if name == "getchat":
            return self._chat(params.get("chat_id")).as_json(self.users)
        if name == "getchatmember":
            chat = self._chat(params.get("chat_id"))
            user_id = int(params.get("user_id") or 0)
            if user_id not in self.users:
                raise ApiError(400, "Bad Request: user not found")
            member: JSON = {"user": self.users[user_id].as_json()}
            if user_id in chat.admins:  # Telegram lists every right of an administrator
                rights = ("can_be_edited", "is_anonymous", "can_manage_chat", "can_delete_messages",
                          "can_manage_video_chats", "can_restrict_members", "can_promote_members",
                          "can_change_info", "can_invite_users", "can_post_stories", "can_edit_stories",
                          "can_delete_stories")
                member |= {"status": "administrator", **{right: right == "can_manage_chat" for right in rights}}
            else:
                member["status"] = "member" if user_id in chat.members else "left"
            return member
        raise ApiError(404, "Not Found")

    async def handle(self, method: str, params: JSON, files: dict[str, tuple[str, bytes]]) -> tuple[int, bytes]:
        """One HTTP exchange: latency and faults first, then the call, answered as Telegram's JSON."""
        delay = self.latency.get(method, self.latency.get("*", 0.0))
        if delay:
            await asyncio.sleep(delay)
        queue = self.faults.get(method)
        if queue:
            fault = queue.pop(0)
            if fault.timeout:
                raise TimedOut("Timed out (emulated)")
            record = Sent(method, params, error=f"{fault.status}")
            self.sent.append(record)
            if fault.status == 429:
                body = {"ok": False, "error_code": 429,
                        "description": f"Too Many Requests: retry after {fault.retry_after}",
                        "parameters": {"retry_after": fault.retry_after}}
            else:
                body = {"ok": False, "error_code": fault.status,
                        "description": "Internal Server Error"}
            return fault.status, json.dumps(body).encode()
        try:
            result = await self.call(method, params, files)
        except ApiError as exc:
            if method.lower() != "getupdates":
                self.sent.append(Sent(method, params, error=exc.description, files=files))
            body = {"ok": False, "error_code": exc.code, "description": exc.description}
            if exc.parameters:
                body["parameters"] = exc.parameters
            return exc.code, json.dumps(body).encode()
        if method.lower() not in ("getupdates", "getme"):
            record = Sent(method, params, result, files=files)
            self.sent.append(record)
            for hook in self.on_send:
                hook(record)
        return 200, json.dumps({"ok": True, "result": result}).encode()

    # ---- helpers for tests --------------------------------------------------------------
    def sent_to(self, chat_id: int, method: str | None = None) -> list[Sent]:
        return [s for s in self.sent
                if s.chat_id == chat_id and s.error is None and (method is None or s.method == method)]

    def errors(self) -> list[Sent]:
        return [s for s in self.sent if s.error is not None]


def form_params(fields: dict[str, str]) -> JSON:
    """A call's parameters as they arrive in a form (every value a string), ids as numbers."""
    params: JSON = dict(fields)
    for key in ("chat_id", "message_id", "offset", "limit", "timeout", "user_id", "message_thread_id"):
        if key in params:
            with contextlib.suppress(ValueError):
                params[key] = int(params[key])
    return params


class EmulatorRequest(BaseRequest):
    """python-telegram-bot's request layer, answered by the emulator instead of the network."""

    def __init__(self, emulator: BotApiEmulator, read_timeout: float | None = 5.0) -> None:
        self.emulator = emulator
        self._read_timeout = read_timeout

    @property
    def read_timeout(self) -> float | None:
        return self._read_timeout

    async def initialize(self) -> None:
        return None

    async def shutdown(self) -> None:
        return None

    async def do_request(self, url: str, method: str, request_data: RequestData | None = None,
                         read_timeout: Any = None, write_timeout: Any = None,
                         connect_timeout: Any = None, pool_timeout: Any = None) -> tuple[int, bytes]:
        api_method = url.rsplit("/", 1)[-1]
        params: JSON = {}
        files: dict[str, tuple[str, bytes]] = {}
        if request_data is not None:
            params = form_params(request_data.json_parameters)
            for part, value in request_data.multipart_data.items():
                content = value[1]
                data = content if isinstance(content, bytes) else content.read()
                files[part] = (value[0] or part, data)
        return await self.emulator.handle(api_method, params, files)
