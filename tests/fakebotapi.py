"""A fake Telegram Bot API server on 127.0.0.1 (aiohttp) for end-to-end tests of the real PTB Application.

Usage:
    fake = FakeBotAPI()
    await fake.start()                       # fake.base_url -> "http://127.0.0.1:PORT/bot"
    fake.push_message(user_id=1, text="/status Robotyne")
    await fake.wait_for(lambda: fake.sent("sendMessage", chat_id=1))
    fake.fail(method="sendMessage", chat_id=7, status=403)            # user 7 blocked the bot (forever)
    fake.fail(method="sendMessage", status=429, retry_after=1, times=1)
    await fake.stop()

Every request is recorded as a `Call` (method, params, monotonic arrival time, HTTP status returned).
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import socket
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from aiohttp import web

BOT_USER = {
    "id": 777000111,
    "is_bot": True,
    "first_name": "Claimwatch",
    "username": "claimwatch_test_bot",
    "can_join_groups": True,
    "can_read_all_group_messages": False,
    "supports_inline_queries": True,
}
JSON_PARAMS = {
    "reply_markup",
    "commands",
    "results",
    "scope",
    "allowed_updates",
    "link_preview_options",
    "reply_parameters",
    "entities",
    "button",
}
INT_PARAMS = {"chat_id", "message_id", "offset", "limit", "timeout", "user_id", "cache_time"}


@dataclass
class Call:
    method: str
    params: dict[str, Any]
    at: float  # time.monotonic() when the request arrived
    status: int = 200
    garbled: bool = False  # answered with a programmed body that is not the Bot API's JSON

    @property
    def text(self) -> str:
        return str(self.params.get("text", ""))

    @property
    def chat_id(self) -> int | str | None:
        return self.params.get("chat_id")


@dataclass
class Failure:
    status: int
    method: str | None = None
    chat_id: int | None = None
    retry_after: int | None = None
    times: int | None = None  # None: forever
    body: str | None = None  # sent as is instead of the Bot API's JSON (a proxy's error page, say)


@dataclass
class FakeBotAPI:
    token: str = "123456:TEST-TOKEN"
    calls: list[Call] = field(default_factory=list)
    updates: list[dict[str, Any]] = field(default_factory=list)
    pushed_at: dict[int, float] = field(default_factory=dict)  # update_id -> monotonic time pushed
    failures: list[Failure] = field(default_factory=list)
    delay: float = 0.0  # seconds each sendMessage takes before Telegram accepts it (kill tests land in between)

    def __post_init__(self) -> None:
        self._next_update = 1
        self._next_message = 1
        self._changed: asyncio.Condition | None = None
        self._runner: web.AppRunner | None = None
        self.port = 0

    # --- lifecycle ---------------------------------------------------------------------------------------

    async def start(self) -> str:
        self._changed = asyncio.Condition()
        app = web.Application()
        app.router.add_route("*", "/bot{token}/{method}", self._handle)
        self._runner = web.AppRunner(app, access_log=None, shutdown_timeout=0.5)
        await self._runner.setup()
        sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        sock.bind(("127.0.0.1", 0))
        self.port = sock.getsockname()[1]
        await web.SockSite(self._runner, sock).start()
        return self.base_url

    async def stop(self) -> None:
        if self._runner is not None:
            await self._notify()
            await self._runner.cleanup()
            self._runner = None

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}/bot"

    @property
    def base_file_url(self) -> str:
        return f"http://127.0.0.1:{self.port}/file/bot"

    # --- updates from simulated users --------------------------------------------------------------------

    def push(self, payload: dict[str, Any]) -> int:
        """Queue an update (payload without update_id); returns its update_id."""
        update_id = self._next_update
        self._next_update += 1
        self.updates.append({"update_id": update_id, **payload})
        self.pushed_at[update_id] = time.monotonic()
        self._notify_soon()
        return update_id

    @staticmethod
    def user(user_id: int, language_code: str | None = "en") -> dict[str, Any]:
        user: dict[str, Any] = {"id": user_id, "is_bot": False, "first_name": f"User{user_id}"}
        if language_code:
            user["language_code"] = language_code
        return user

    def push_message(self, user_id: int, text: str, language_code: str | None = "en") -> int:
        """A private message; a leading /command gets its bot_command entity, as Telegram sends it."""
        message: dict[str, Any] = {
            "message_id": self._new_message_id(),
            "date": int(time.time()),
            "chat": {"id": user_id, "type": "private", "first_name": f"User{user_id}"},
            "from": self.user(user_id, language_code),
            "text": text,
        }
        if text.startswith("/"):
            message["entities"] = [{"type": "bot_command", "offset": 0, "length": len(text.split()[0])}]
        return self.push({"message": message})

    def push_callback(
        self, user_id: int, data: str, message: Call | None = None, language_code: str | None = "en"
    ) -> int:
        """The user pressed an inline button with callback `data` under a message the bot sent."""
        msg = {
            "message_id": int(message.params.get("_message_id", 1)) if message else 1,
            "date": int(time.time()),
            "chat": {"id": user_id, "type": "private"},
            "from": BOT_USER,
            "text": message.text if message else "",
        }
        query = {
            "id": f"cb{self._next_update}",
            "from": self.user(user_id, language_code),
            "chat_instance": f"ci{user_id}",
            "data": data,
            "message": msg,
        }
        return self.push({"callback_query": query})

    def push_inline(self, user_id: int, query: str, language_code: str | None = "en") -> int:
        return self.push(
            {
                "inline_query": {
                    "id": f"iq{self._next_update}",
                    "from": self.user(user_id, language_code),
                    "query": query,
                    "offset": "",
                }
            }
        )

    # --- what the bot did ---------------------------------------------------------------------------------

    def sent(self, method: str | None = None, chat_id: int | None = None, ok_only: bool = True) -> list[Call]:
        return [
            c
            for c in self.calls
            if (method is None or c.method == method)
            and (chat_id is None or c.chat_id == chat_id)
            and (not ok_only or (c.status == 200 and not c.garbled))
            and c.method not in ("getUpdates", "getMe", "deleteWebhook")
        ]

    def fail(
        self,
        status: int,
        method: str | None = None,
        chat_id: int | None = None,
        retry_after: int | None = None,
        times: int | None = None,
        body: str | None = None,
    ) -> None:
        """Program a failure: 403 for a chat, 429 with retry_after, 5xx, or any status with a `body` that is not
        JSON; `times=None` means forever."""
        self.failures.append(Failure(status, method, chat_id, retry_after, times, body))

    async def wait_for(self, predicate: Callable[[], Any], timeout: float = 10.0) -> Any:
        """Wait until predicate() is truthy (re-checked on every request); raise TimeoutError after `timeout`."""
        assert self._changed is not None, "start() first"
        async with asyncio.timeout(timeout), self._changed:
            while not (result := predicate()):
                await self._changed.wait()
            return result

    # --- internals ---------------------------------------------------------------------------------------

    def _new_message_id(self) -> int:
        self._next_message += 1
        return self._next_message

    def _notify_soon(self) -> None:
        with contextlib.suppress(RuntimeError):
            asyncio.get_running_loop().create_task(self._notify())

    async def _notify(self) -> None:
        if self._changed is not None:
            async with self._changed:
                self._changed.notify_all()

    @staticmethod
    def _decode(raw: dict[str, Any]) -> dict[str, Any]:
        params: dict[str, Any] = {}
        for key, value in raw.items():
            if not isinstance(value, str):
                value = getattr(value, "file", value)  # multipart upload: keep the field object
            elif key in JSON_PARAMS:
                with contextlib.suppress(ValueError):
                    value = json.loads(value)
            elif key in INT_PARAMS:
                with contextlib.suppress(ValueError):
                    value = int(value)
            params[key] = value
        return params

    def _failure_for(self, method: str, params: dict[str, Any]) -> Failure | None:
        for f in self.failures:
            if f.times == 0 or (f.method and f.method != method):
                continue
            if f.chat_id is not None and params.get("chat_id") != f.chat_id:
                continue
            if f.times is not None:
                f.times -= 1
            return f
        return None

    async def _handle(self, request: web.Request) -> web.Response:
        arrived = time.monotonic()
        method = request.match_info["method"]
        if request.match_info["token"] != self.token:
            return web.json_response({"ok": False, "error_code": 401, "description": "Unauthorized"}, status=401)
        if request.content_type == "application/json":
            raw = await request.json()
        else:
            raw = dict(await request.post()) if request.can_read_body else {}
        params = self._decode(raw or {})
        if self.delay and method == "sendMessage":
            await asyncio.sleep(self.delay)
        call = Call(method, params, arrived)
        failure = self._failure_for(method, params)
        if failure is not None and failure.body is not None:
            call.status, call.garbled = failure.status, True
            self.calls.append(call)
            await self._notify()
            return web.Response(text=failure.body, status=failure.status, content_type="text/html")
        if failure is not None:
            call.status = failure.status
            body: dict[str, Any] = {
                "ok": False,
                "error_code": failure.status,
                "description": {
                    403: "Forbidden: bot was blocked by the user",
                    429: f"Too Many Requests: retry after {failure.retry_after}",
                    400: "Bad Request: fake failure",
                }.get(failure.status, "Internal Server Error"),
            }
            if failure.retry_after is not None:
                body["parameters"] = {"retry_after": failure.retry_after}
            self.calls.append(call)
            await self._notify()
            return web.json_response(body, status=failure.status)
        if method == "getUpdates":
            result: Any = await self._get_updates(params)
        else:
            result = self._result(method, params, call)
        self.calls.append(call)
        await self._notify()
        return web.json_response({"ok": True, "result": result})

    async def _get_updates(self, params: dict[str, Any]) -> list[dict[str, Any]]:
        offset = int(params.get("offset") or 0)
        self.updates = [u for u in self.updates if u["update_id"] >= offset]
        limit = int(params.get("limit") or 100)
        timeout = float(params.get("timeout") or 0)
        if not self.updates and timeout > 0 and self._changed is not None:
            with contextlib.suppress(TimeoutError):
                async with asyncio.timeout(timeout), self._changed:
                    while not self.updates and self._runner is not None:
                        await self._changed.wait()
        return self.updates[:limit]

    def _result(self, method: str, params: dict[str, Any], call: Call) -> Any:
        if method == "getMe":
            return BOT_USER
        if method in ("sendMessage", "editMessageText", "sendLocation"):
            chat_id = params.get("chat_id", 0)
            message_id = params.get("message_id") or self._new_message_id()
            call.params["_message_id"] = message_id
            message: dict[str, Any] = {
                "message_id": message_id,
                "date": int(time.time()),
                "from": BOT_USER,
                "chat": {"id": chat_id, "type": "private"},
            }
            if method == "sendLocation":
                message["location"] = {
                    "latitude": float(params.get("latitude", 0)),
                    "longitude": float(params.get("longitude", 0)),
                }
            else:
                message["text"] = params.get("text", "")
            if isinstance(params.get("reply_markup"), dict):
                message["reply_markup"] = params["reply_markup"]
            return message
        if method == "getMyCommands":
            return []
        return True  # deleteWebhook, answerCallbackQuery, answerInlineQuery, setMyCommands, ...
