"""The alert outbox sender: delivers queued alert rows through the bot, rate-limited, retried, deduped, once.

The outbox (bot.storage) is written in the same transaction as the claims, so a stored claim's alerts survive any
crash. Row states and moves:

    queued --claimed (next_attempt_at = end of a lease)--> sendMessage ok --> sent (Telegram message id kept)
      ^  |--RetryAfter / 5xx / timeout --> queued, next_attempt_at = now + retry_after or exponential backoff
      |  |--Forbidden (the user blocked the bot) --> parked, with every queued row of that chat; subscriptions paused
      |  `--malformed row, BadRequest, MAX_ATTEMPTS network failures --> parked (logged, never retried)
      `-- a claimed row whose sender died comes due again: at once when its owner is known dead (bot.chat.leases:
          same host and the process is gone, or no heartbeat for a minute), else when the lease ends

Dedupe: the store turns the same claim (settlement, kind, actor) for the same chat within `[alerts] dedupe_minutes`
into an `outbox_also` source of the first row, not a second row; the sender names those sources when it sends the
first row, or edits the sent message ("also reported by ...") when they arrive later.

Exactly once: a row is claimed in a write transaction before it is sent, so two senders (the bot and `claimwatch
run`, or two processes on one file) never both send it, and it is marked sent right after the Bot API answers. The
window left open is a crash between Telegram accepting the message and that mark (milliseconds, or a timeout whose
request did arrive): the lease ends and the row is sent again. The Bot API has no idempotency key to close it.

Mute and digest: rows for a muted user are held until the mute ends, rows for a digest user until the next digest
hour; held rows that come due together are delivered as one message.

Driving: `Sender.listen`, a long-lived loop, drains when `wake()` is called (the watcher of `claimwatch run`, after a
commit that queued rows), when another connection commits (SQLite's `PRAGMA data_version` moved, read every
TICK_SECONDS: the watcher in another process), when a queued row comes due, or when the heartbeat finds a dead
sender's leases; idle, it costs that one PRAGMA a tick. Under PTB, the repeating job (`bot.chat.application`) starts it
as a task of the Application and sweeps the outbox at `[alerts] send_interval_seconds`; outside, `run_forever`.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import random
import time
import warnings
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, LinkPreviewOptions
from telegram.constants import ParseMode
from telegram.error import BadRequest, ChatMigrated, Forbidden, InvalidToken, NetworkError, RetryAfter, TelegramError

from bot.chat.leases import Liveness
from bot.core.alerts import DIGEST_HOUR, QueuedAlert, alert_html, digest_html
from bot.core.present.codec import claim_from_payload
from bot.core.present.i18n import pick_language, t
from bot.core.present.render import split_message, to_plain
from bot.models import LedgerClaim, Settlement
from bot.storage import open_store

if TYPE_CHECKING:
    from telegram import Bot
    from telegram.ext import ContextTypes

    from bot.storage import User

logger = logging.getLogger(__name__)

RATE_PER_SECOND = 25.0  # Telegram allows ~30 messages/s to different chats; stay under it
BATCH = 200  # rows claimed per round
CONCURRENCY = 16  # chats served at once (each chat's rows in order)
LEASE = timedelta(minutes=5)  # a claimed row not marked by then belongs to a dead sender and is due again
BACKOFF_BASE = 2.0  # seconds; doubled per failed attempt
BACKOFF_CAP = 900.0
MAX_ATTEMPTS = 10  # network failures before a row is parked
NO_PREVIEW = LinkPreviewOptions(is_disabled=True)
TICK_SECONDS = 0.05  # how often `listen` reads PRAGMA data_version: a row queued elsewhere is seen within this
RETRY_PAUSE_SECONDS = 1.0  # after a failed look into the outbox (a locked or broken file), before the next one


def utcnow() -> datetime:
    return datetime.now(UTC)


class Outbox(Protocol):
    """The store's alert outbox methods (bot.storage.Store)."""

    async def data_version(self) -> int: ...

    async def has_due_alerts(self, now: datetime, dead: Sequence[str] = ()) -> bool: ...

    async def next_alert_at(self) -> datetime | None: ...

    async def claim_due_alerts(
        self, now: datetime, limit: int, lease_until: datetime, owner: str | None = None, dead: Sequence[str] = ()
    ) -> list[QueuedAlert]: ...

    async def heartbeat(self, owner: str, host: str, pid: int, now: datetime) -> None: ...

    async def lease_holders(self) -> Sequence[tuple[str, str | None, int | None, datetime | None]]: ...

    async def retire_sender(self, owner: str, now: datetime) -> int: ...

    async def users(self, chat_ids: Sequence[int]) -> dict[int, User]: ...

    async def also_sources(self, alert_ids: Sequence[int]) -> dict[int, tuple[list[str], int]]: ...

    async def pending_edits(self, limit: int = 50) -> list[QueuedAlert]: ...

    async def mark_also_shown(self, alert_id: int, upto: int) -> None: ...

    async def mark_sent(self, alert_id: int, message_id: int | None, now: datetime) -> None: ...

    async def retry_later(self, alert_id: int, when: datetime, error: str) -> None: ...

    async def hold_alerts(self, alert_ids: Sequence[int], until: datetime) -> None: ...

    async def release_alerts(self, alert_ids: Sequence[int], now: datetime) -> None: ...

    async def park(self, alert_id: int, error: str) -> None: ...

    async def pause_user(self, chat_id: int, now: datetime) -> None: ...


class Places(Protocol):
    def get(self, code: str) -> Settlement | None: ...


class Pacer:
    """Spaces sends `1/rate` apart across all chats; `hold(seconds)` stops everything (a global RetryAfter)."""

    def __init__(self, rate: float) -> None:
        self.interval = 1.0 / rate
        self._next = 0.0

    async def wait(self) -> None:
        now = time.monotonic()
        at = max(now, self._next)
        self._next = at + self.interval
        if at > now:
            await asyncio.sleep(at - now)

    def hold(self, seconds: float) -> None:
        self._next = max(self._next, time.monotonic() + seconds)


def backoff(attempts: int, rand: Callable[[], float] = random.random) -> float:
    """Seconds before retry number `attempts` (1, 2, ...): exponential with jitter, capped."""
    base: float = BACKOFF_BASE * 2.0 ** max(0, attempts - 1)
    return min(BACKOFF_CAP, base) * (0.8 + 0.4 * rand())


def next_digest(now: datetime, hour: int = DIGEST_HOUR) -> datetime:
    at = now.replace(hour=hour, minute=0, second=0, microsecond=0)
    return at if at > now else at + timedelta(days=1)


def retry_seconds(exc: RetryAfter) -> float:
    with warnings.catch_warnings():  # PTB 22.2+: int now, timedelta in a future major version; accept both
        warnings.simplefilter("ignore")
        value: Any = exc.retry_after
    return float(value.total_seconds() if isinstance(value, timedelta) else value)


def alert_buttons(settlement: Settlement | None, lang: str) -> InlineKeyboardMarkup | None:
    if settlement is None:
        return None
    row = []
    if settlement.lat is not None and settlement.lon is not None:
        row.append(InlineKeyboardButton(t(lang, "map_button"), callback_data=f"m:{settlement.code}"))
    row.append(InlineKeyboardButton(t(lang, "history_button"), callback_data=f"h:{settlement.code}:0"))
    return InlineKeyboardMarkup([row])


def transient(exc: TelegramError) -> bool:
    """Worth retrying with backoff: 5xx, timeouts, connection errors, and a reply that was not the Bot API's JSON at
    all (PTB's bare TelegramError "Invalid server response": a proxy's error page, even with status 200)."""
    if isinstance(exc, NetworkError):
        return not isinstance(exc, BadRequest)
    return type(exc) is TelegramError and (
        isinstance(exc.__cause__, ValueError) or "Invalid server response" in str(exc)
    )


@dataclass
class Sender:
    """Delivers the outbox. One per process; safe alongside senders in other processes on the same file."""

    store: Outbox
    bot: Bot
    gazetteer: Places
    rate: float = RATE_PER_SECOND
    batch: int = BATCH
    concurrency: int = CONCURRENCY
    clock: Callable[[], datetime] = utcnow
    sent_count: int = 0
    edit_count: int = 0
    _pacer: Pacer = field(init=False)
    _wake: asyncio.Event = field(init=False, default_factory=asyncio.Event)
    _lock: asyncio.Lock | None = field(init=False, default=None)
    _task: asyncio.Future[int] | None = field(init=False, default=None)  # the drain in progress
    _listener: asyncio.Task[None] | None = field(init=False, default=None)  # `listen` under the PTB job queue
    _look: bool = field(init=False, default=True)  # look into the outbox at the next turn (woken, swept, started)
    _version: int | None = field(init=False, default=None)  # PRAGMA data_version at the last look
    _due_at: datetime | None = field(init=False, default=None)  # when the earliest known queued row comes due
    _edit_after: dict[int, datetime] = field(init=False, default_factory=dict)  # edits waiting out a failure
    own_path: Path | None = None  # open a connection of our own to this file at the first tick (see install)
    _own: Any = field(init=False, default=None)
    liveness: Liveness = field(default_factory=Liveness)  # our name on leases, heartbeat, dead owners

    def __post_init__(self) -> None:
        self._pacer = Pacer(self.rate)

    # --- driving ------------------------------------------------------------------------------------------

    def wake(self) -> None:
        """New rows were queued in this process (`claimwatch run`: the watcher, after its commit): look at the
        outbox at the listener's next turn, at once, rather than at the next tick."""
        self._look = True
        self._wake.set()

    async def drain(self) -> int:
        """Deliver rounds (rows, then "also reported by" edits) until nothing is left; returns rows handled."""
        if self._lock is None:
            self._lock = asyncio.Lock()
        async with self._lock:
            total = 0
            while True:
                handled = await self.run_once()
                edited = await self.run_edits()
                total += handled
                if handled == 0 and edited == 0:
                    return total

    async def listen(self, running: Callable[[], bool], tick: float = TICK_SECONDS) -> None:
        """The long-lived delivery loop, until `running()` is false: a drain starts when `wake()` is called, when
        another connection committed (`PRAGMA data_version` moved: the watcher in this process or in another),
        when a queued row comes due (a retry, a lease's end, a mute or digest hour), when the heartbeat finds a
        dead sender's leases, or when `sweep()` asks. Idle, it reads that one PRAGMA every `tick` seconds."""
        try:
            while running():
                self._wake.clear()
                pause = tick
                try:
                    await self._turn()
                except Exception:  # a locked or broken file: logged, looked at again a little later
                    logger.exception("alert sender: cannot look into the outbox; retrying")
                    self._look, pause = True, RETRY_PAUSE_SECONDS
                with contextlib.suppress(TimeoutError):
                    async with asyncio.timeout(pause):  # no task a tick, as wait_for makes
                        await self._wake.wait()
        finally:
            if self._task is not None and not self._task.done():
                with contextlib.suppress(Exception):
                    await self._task

    def sweep(self) -> None:
        """Look into the outbox at the next turn whatever the triggers say (the PTB job's fallback)."""
        self._look = True

    async def run_forever(self, stop: asyncio.Event, tick: float = TICK_SECONDS) -> None:
        """The plain loop (outside PTB): `listen` until `stop` is set (which ends its wait at once)."""
        watcher = asyncio.ensure_future(stop.wait())
        watcher.add_done_callback(lambda _: self._wake.set())
        try:
            await self.listen(lambda: not stop.is_set(), tick)
        finally:
            watcher.cancel()

    async def job(self, context: ContextTypes.DEFAULT_TYPE) -> None:
        """The PTB job (`[alerts] send_interval_seconds`): opens the sender's own connection at the first run,
        starts `listen` as a task of the Application (it ends when the Application stops) or starts it again if it
        died, and asks it for a sweep of the outbox."""
        if self.own_path is not None and self._own is None:
            self._own = self.store = await open_store(self.own_path)
        app = context.application
        if self._listener is not None and self._listener.done():
            if not self._listener.cancelled() and self._listener.exception() is not None:
                logger.error("alert sender stopped; starting it again", exc_info=self._listener.exception())
            self._listener = None
        if self._listener is None and app.running:
            self._listener = app.create_task(self.listen(lambda: app.running), name="alerts-listen")
        self.sweep()

    async def close(self) -> None:
        """Wait for a running drain, give back the rows still leased, then close the connection opened by `job`."""
        if self._listener is not None and not self._listener.done():
            self._listener.cancel()
            with contextlib.suppress(BaseException):
                await self._listener
        if self._task is not None and not self._task.done():
            with contextlib.suppress(Exception):
                await self._task
        with contextlib.suppress(Exception):  # a store already closed: the leases end by themselves
            await self.liveness.retire(self.store, self.clock())
        if self._own is not None:
            await self._own.close()
            self._own = None

    async def _turn(self) -> None:
        """One turn of `listen`: heartbeat; unless a drain runs, look for due rows if anything says so."""
        known_dead = self.liveness.dead
        dead = await self._beat()
        if self._task is not None and not self._task.done():
            return  # the drain takes what comes meanwhile; what it misses moves data_version, seen after it
        version = await self.store.data_version()
        now = self.clock()
        due = self._due_at is not None and now >= self._due_at
        if not (self._look or version != self._version or due or dead != known_dead):
            return
        self._look, self._version, self._due_at = False, version, None
        if await self.store.has_due_alerts(now, dead):
            self._task = asyncio.ensure_future(self._drain_logged())
        else:
            await self._plan_next()

    async def _plan_next(self) -> None:
        """When to look again without a trigger: the earliest queued row's time, or an edit waiting out a failure."""
        now = self.clock()
        edits = [t for t in self._edit_after.values() if t > now]  # an entry in the past is done with
        times = [t for t in (await self.store.next_alert_at(), *edits) if t is not None]
        self._due_at = min(times, default=None)

    async def _beat(self) -> tuple[str, ...]:
        """Heartbeat (every few seconds); the owners that died holding leases, whose rows are due now."""
        return await self.liveness.beat(self.store, self.clock())

    async def _drain_logged(self) -> int:
        try:
            total = await self.drain()
            await self._plan_next()
            return total
        except Exception:
            logger.exception("alert sender round failed; retrying")
            self._due_at = self.clock() + timedelta(seconds=RETRY_PAUSE_SECONDS)
            return 0
        finally:
            self._wake.set()  # the listener's next turn at once: what was committed meanwhile is not kept waiting

    # --- one round ----------------------------------------------------------------------------------------

    async def run_once(self) -> int:
        """Claim a batch of due rows and deliver them; returns the number claimed."""
        dead = await self._beat()
        now = self.clock()
        rows = await self.store.claim_due_alerts(now, self.batch, now + LEASE, self.liveness.owner, dead)
        if not rows:
            return 0
        by_chat: dict[int, list[QueuedAlert]] = {}
        for row in rows:
            by_chat.setdefault(row.chat_id, []).append(row)
        chats = list(by_chat)
        users = await self.store.users(chats)
        also = await self.store.also_sources([r.id for r in rows])
        gate = asyncio.Semaphore(self.concurrency)

        async def serve(chat_id: int) -> None:
            async with gate:
                await self._serve_chat(chat_id, by_chat[chat_id], users.get(chat_id), also)

        results = await asyncio.gather(*(serve(c) for c in chats), return_exceptions=True)
        for chat_id, result in zip(chats, results, strict=True):
            if isinstance(result, InvalidToken):
                raise result
            if isinstance(result, BaseException):
                logger.error("alerts for chat %s failed", chat_id, exc_info=result)
        return len(rows)

    async def _serve_chat(
        self, chat_id: int, rows: list[QueuedAlert], user: User | None, also: dict[int, tuple[list[str], int]]
    ) -> None:
        now = self.clock()
        if user is not None and user.muted_until is not None and user.muted_until > now:
            await self.store.hold_alerts([r.id for r in rows], user.muted_until)
            return
        held = [r for r in rows if r.held]
        fresh = [r for r in rows if not r.held]
        if user is not None and user.digest and fresh:
            await self.store.hold_alerts([r.id for r in fresh], next_digest(now))
            fresh = []
        lang = pick_language(user.lang if user else None, None)
        if len(held) > 1:
            if not await self._send_digest(chat_id, held, lang, also):
                await self.store.release_alerts([r.id for r in fresh], self.clock())
                return
        else:
            fresh = held + fresh
        for i, row in enumerate(fresh):
            if not await self._deliver(row, lang, also.get(row.id)):
                await self.store.release_alerts([r.id for r in fresh[i + 1 :]], self.clock())
                return

    # --- delivery -----------------------------------------------------------------------------------------

    def _settlement(self, lc: LedgerClaim) -> Settlement | None:
        return self.gazetteer.get(lc.claim.settlement) if lc.claim.settlement else None

    async def _deliver(self, row: QueuedAlert, lang: str, also: tuple[list[str], int] | None) -> bool:
        """Send one row; False when the rest of this chat's rows must wait (retry later, blocked)."""
        try:
            lc = claim_from_payload(row.payload)
        except ValueError as exc:
            logger.error("alert %s parked: %s", row.id, exc)
            await self.store.park(row.id, str(exc))
            return True
        settlement = self._settlement(lc)
        text = split_message(alert_html(lc, settlement, lang, also=also[0] if also else ()))[0]
        try:
            await self._pacer.wait()
            message = await self.bot.send_message(
                row.chat_id,
                text,
                parse_mode=ParseMode.HTML,
                link_preview_options=NO_PREVIEW,
                reply_markup=alert_buttons(settlement, lang),
            )
        except TelegramError as exc:
            return await self._failed(row, exc)
        await self.store.mark_sent(row.id, message.message_id, self.clock())  # at once: the window for a resend
        self.sent_count += 1
        if also:
            await self.store.mark_also_shown(row.id, also[1])
        return True

    async def run_edits(self) -> int:
        """Edit sent alerts to name the sources that reported the same claim since; returns edits made."""
        now = self.clock()
        rows = [r for r in await self.store.pending_edits() if self._edit_after.get(r.id, now) <= now]
        if not rows:
            return 0
        users = await self.store.users([r.chat_id for r in rows])
        also = await self.store.also_sources([r.id for r in rows])
        done = 0
        for row in rows:
            user = users.get(row.chat_id)
            if row.id in also and await self._edit(row, pick_language(user.lang if user else None, None), also[row.id]):
                done += 1
        return done

    async def _edit(self, row: QueuedAlert, lang: str, also: tuple[list[str], int]) -> bool:
        try:
            lc = claim_from_payload(row.payload)
        except ValueError as exc:
            logger.error("alert %s: cannot edit, %s", row.id, exc)
            await self.store.mark_also_shown(row.id, also[1])
            return False
        settlement = self._settlement(lc)
        text = split_message(alert_html(lc, settlement, lang, also=also[0]))[0]
        try:
            await self._pacer.wait()
            await self.bot.edit_message_text(
                text,
                chat_id=row.chat_id,
                message_id=row.message_id,
                parse_mode=ParseMode.HTML,
                link_preview_options=NO_PREVIEW,
                reply_markup=alert_buttons(settlement, lang),
            )
        except RetryAfter as exc:
            self._pacer.hold(retry_seconds(exc))
            self._edit_after[row.id] = self.clock() + timedelta(seconds=retry_seconds(exc))
            return False
        except Forbidden:
            await self.store.pause_user(row.chat_id, self.clock())
            await self.store.mark_also_shown(row.id, also[1])
            return False
        except BadRequest as exc:  # "not modified" (done already), message deleted or too old: nothing to edit
            if "not modified" not in str(exc).lower():
                logger.info("alert %s: cannot edit message %s: %s", row.id, row.message_id, exc)
        except (NetworkError, TelegramError) as exc:
            logger.warning("alert %s: edit failed (%s); retrying later", row.id, exc)
            self._edit_after[row.id] = self.clock() + timedelta(seconds=backoff(1))
            return False
        self._edit_after.pop(row.id, None)
        await self.store.mark_also_shown(row.id, also[1])
        self.edit_count += 1
        return True

    async def _send_digest(
        self, chat_id: int, rows: list[QueuedAlert], lang: str, also: dict[int, tuple[list[str], int]]
    ) -> bool:
        """Held rows (the end of a mute, the digest hour) as one message; False when the chat must wait."""
        items: list[tuple[LedgerClaim, Settlement | None]] = []
        good: list[QueuedAlert] = []
        for row in rows:
            try:
                lc = claim_from_payload(row.payload)
            except ValueError as exc:
                logger.error("alert %s parked: %s", row.id, exc)
                await self.store.park(row.id, str(exc))
                continue
            good.append(row)
            items.append((lc, self._settlement(lc)))
        if not items:
            return True
        message_id: int | None = None
        try:
            for chunk in split_message(digest_html(items, lang)):
                await self._pacer.wait()
                message = await self.bot.send_message(
                    chat_id, chunk, parse_mode=ParseMode.HTML, link_preview_options=NO_PREVIEW
                )
                message_id = message.message_id
        except TelegramError as exc:
            await self.store.release_alerts([r.id for r in good[1:]], self.clock())
            await self._failed(good[0], exc)
            return False
        now = self.clock()
        for row in good:
            await self.store.mark_sent(row.id, message_id, now)
            if row.id in also:
                await self.store.mark_also_shown(row.id, also[row.id][1])
        self.sent_count += len(good)
        return True

    async def _failed(self, row: QueuedAlert, exc: TelegramError) -> bool:
        """Record a failed send; True when the chat's other rows may still go."""
        now = self.clock()
        if isinstance(exc, RetryAfter):
            wait = retry_seconds(exc)
            logger.warning("flood limit: alerts wait %.0f s", wait)
            self._pacer.hold(wait)
            await self.store.retry_later(row.id, now + timedelta(seconds=wait), f"RetryAfter {wait:g}")
            return False
        if isinstance(exc, Forbidden):
            logger.info("chat %s blocked the bot: its subscriptions are paused", row.chat_id)
            await self.store.pause_user(row.chat_id, now)
            return False
        if isinstance(exc, InvalidToken):
            await self.store.release_alerts([row.id], now)
            raise exc
        if transient(exc):
            attempts = row.attempts + 1
            if attempts >= MAX_ATTEMPTS:
                logger.error("alert %s parked after %d attempts: %s", row.id, attempts, exc)
                await self.store.park(row.id, f"{type(exc).__name__}: {exc}")
                return True
            delay = backoff(attempts)
            logger.warning("alert %s: %s; retry %d in %.1f s", row.id, exc, attempts, delay)
            await self.store.retry_later(row.id, now + timedelta(seconds=delay), f"{type(exc).__name__}: {exc}")
            return False
        # BadRequest (chat not found, bad markup), ChatMigrated, anything else: retrying cannot help
        kind = "chat migrated" if isinstance(exc, ChatMigrated) else type(exc).__name__
        logger.error("alert %s parked: %s: %s", row.id, kind, exc)
        await self.store.park(row.id, f"{kind}: {exc}")
        return True


@dataclass
class PrintedMessage:
    message_id: int


@dataclass
class PrintBot:
    """A stand-in for the Bot that prints alerts as plain text (the offline demo: `Sender(store, PrintBot(), g)`)."""

    write: Callable[[str], Any] = print
    _next: int = 0

    async def send_message(self, chat_id: int, text: str, **_: Any) -> PrintedMessage:
        self._next += 1
        self.write(f"--- alert to chat {chat_id} ---\n{to_plain(text)}")
        return PrintedMessage(self._next)

    async def edit_message_text(self, text: str, chat_id: int, message_id: int, **_: Any) -> PrintedMessage:
        self.write(f"--- alert {message_id} to chat {chat_id}, edited ---\n{to_plain(text)}")
        return PrintedMessage(message_id)
