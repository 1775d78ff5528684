"""The reminder engine: one armed timer, one `due` table, claim -> send -> mark sent.

Features plug in by registering an event kind with a sender and its `Timing`. The engine knows
nothing of agendas or advices, nor of Telegram: senders translate delivery trouble into the
exceptions below, and the engine decides whether to wait, retry, give up or stop writing to a
chat. It also decides, when a message comes due, whether it may go now: a kind that is not
`ASKED` waits for the end of the group's quiet hours (and a `WORKDAY` one for a working day),
so what fell due at night, or while the bot was down, goes out in the morning, once.

Bundling: what comes due in one chat in the same minute goes to one sender call (a `Firing`),
per kind; kinds registered into one *bundle* go out together, all that a chat's bundle has due
at once (several kinds, several moments: one message), and a bundle's `daily` kinds due later
the same day come along with it. A bundle is claimed, sent and marked as one, so a crash
between send and mark repeats the whole bundle once and never loses a part of it.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, replace
from datetime import datetime, time, timedelta
from itertools import groupby
from typing import Any
from zoneinfo import ZoneInfo

import aiosqlite

from domain.calm import QuietHours, Timing, quiet_hours_of, release_at
from domain.events import LATE_AFTER, DueEvent, retry_delay
from domain.models import Chat
from schedules.clock import Clock
from storage.chats import ChatRepo
from storage.db import Database
from storage.due import DueRepo
from storage.settings import SettingsRepo

log = logging.getLogger(__name__)

# Never sleep longer than this between checks, so a wall clock that jumps is noticed soon.
MAX_SLEEP = timedelta(seconds=60)
BATCH = 200
# Chats sent to at the same time: each chat's firings go out in order, different chats in
# parallel, so that the rate limiter and not the network latency bounds the throughput.
LANES = 16
# Messages sent at start-up before the bot takes updates; the rest of what fell due while it
# was down goes out right after, while it already answers (one group's backlog of hundreds of
# messages at Telegram's 30 a second must not keep everybody waiting).
START_FIRINGS = 10
MAX_CATCH_UP = 100_000  # occurrences skipped at most when a recurring event missed many


class SendLater(Exception):
    """Telegram asked us to wait (429): try again after `seconds`, no attempt counted."""

    def __init__(self, seconds: float) -> None:
        super().__init__(f"retry after {seconds}s")
        self.seconds = seconds


WAITING_FOR_API = "waiting for the Bot API"


class ApiAway(SendLater):
    """The whole Bot API is unreachable: wait for it without counting an attempt."""

    def __str__(self) -> str:
        return WAITING_FOR_API


class ChatGone(Exception):
    """The bot may no longer write to the chat (403): stop, mark it inactive, keep its data."""


class ChatMoved(Exception):
    """The group became a supergroup: move its rows to `new_chat_id` and send there."""

    def __init__(self, new_chat_id: int) -> None:
        super().__init__(f"moved to {new_chat_id}")
        self.new_chat_id = new_chat_id


class TransientError(Exception):
    """A network error or 5xx: retry with backoff, then give up and tell the group once."""


@dataclass(frozen=True)
class Firing:
    """What a sender gets: the events of one kind due at one moment in one chat (a bundle)."""

    events: list[DueEvent]
    chat_id: int
    occurrence: datetime  # the moment they were planned for (the latest one when recurring)
    now: datetime
    late: bool  # the moment they were due passed while the bot was down

    def of_kind(self, kind: str) -> Firing | None:
        """The part of a bundle that is of one kind (None when it has none)."""
        events = [e for e in self.events if e.kind == kind]
        if not events:
            return None
        if len(events) == len(self.events):
            return self
        # late only when this part's own moment passed while the bot was down: an overview
        # that comes along early with a late reminder is not late
        due = [e for e in events if e.due_at <= self.now]  # not those that came along early
        late = any(e.late for e in due) or (
            bool(due) and self.now - max(e.due_at for e in due) > LATE_AFTER
        )
        return replace(
            self,
            events=events,
            occurrence=max(e.fire_at for e in events),
            late=self.late and late,
        )

    @property
    def kinds(self) -> list[str]:
        """The kinds in this firing, in the order their first event was planned."""
        ordered = sorted(self.events, key=lambda e: (e.fire_at, e.id))
        return list(dict.fromkeys(e.kind for e in ordered))


Sender = Callable[[Firing], Awaitable[None]]
FailureNotice = Callable[[int, list[DueEvent]], Awaitable[None]]
Recur = Callable[[str, datetime, str], datetime]


class ReminderEngine:
    def __init__(
        self,
        db: Database,
        clock: Clock,
        *,
        arm: Callable[[float], None] | None = None,
        recur: Recur | None = None,
    ) -> None:
        self.db = db
        self.clock = clock
        self._arm = arm
        self._recur = recur
        self._senders: dict[str, Sender] = {}
        self._timings: dict[str, Timing] = {}
        self._bundles: dict[str, str] = {}  # kind -> the bundle it goes out in (or itself)
        self._daily: set[str] = set()  # kinds that may go early with their bundle, same day
        self._on_failure: FailureNotice | None = None
        self._run_lock = asyncio.Lock()
        self.armed_for: datetime | None = None
        self.stop_requested = False
        self._scheduled: datetime | None = None  # the earliest moment scheduled since re-arming

    # --- plugging in ----------------------------------------------------------------------
    def register(
        self,
        kind: str,
        sender: Sender,
        timing: Timing = Timing.ASKED,
        *,
        bundle: str | None = None,
        daily: bool = False,
    ) -> None:
        """`bundle`: kinds registered with the same name (and the same sender) go out together
        in a chat; `daily`: when its bundle goes out in a chat, this kind's rows due later that
        day there come along (news of the day, not a moment that has to be waited for)."""
        self._senders[kind] = sender
        self._timings[kind] = timing
        self._bundles[kind] = bundle or kind
        if daily and bundle is not None and timing is not Timing.ASKED:
            self._daily.add(kind)

    def on_failure(self, notice: FailureNotice) -> None:
        """Called once per event that failed for good, to tell the group."""
        self._on_failure = notice

    # --- scheduling (inside the caller's transaction) ---------------------------------------
    async def schedule(
        self,
        conn: aiosqlite.Connection,
        kind: str,
        chat_id: int,
        fire_at: datetime,
        *,
        timezone: str,
        target_id: int | None = None,
        payload: dict[str, Any] | None = None,
        recurrence: str | None = None,
    ) -> int:
        """Add an event; call `changed()` after the transaction commits."""
        if self._scheduled is None or fire_at < self._scheduled:
            self._scheduled = fire_at
        return await DueRepo(conn).add(
            kind,
            chat_id,
            fire_at,
            timezone=timezone,
            now=self.clock.now(),
            target_id=target_id,
            payload=payload,
            recurrence=recurrence,
        )

    async def changed(self) -> None:
        """Events were added, moved or removed: re-arm the one timer for the earliest.

        After `schedule()` alone the earliest is known without asking the database: the timer
        moves only when the new event comes sooner. (Should a removal in the same unit of work
        have taken the earliest away, the timer fires for nothing once and re-arms.)
        """
        scheduled, self._scheduled = self._scheduled, None
        if scheduled is None:
            await self.rearm(force=False)
        elif self.armed_for is None or scheduled < self.armed_for:
            self._set_timer(scheduled)

    async def rearm(self, *, force: bool = True) -> None:
        """Arm the timer for the earliest pending event (`force=False`: only if that moved)."""
        async with self.db.reading() as conn:
            earliest = await DueRepo(conn).earliest_pending()
        if force or earliest != self.armed_for:
            self._set_timer(earliest)

    def _set_timer(self, earliest: datetime | None) -> None:
        self.armed_for = earliest
        if self._arm is None:
            return
        if earliest is None:
            delay = MAX_SLEEP.total_seconds()
        else:
            delay = (earliest - self.clock.now()).total_seconds()
            delay = min(max(delay, 0.0), MAX_SLEEP.total_seconds())
        self._arm(delay)

    # --- running ----------------------------------------------------------------------------
    async def start(self, *, at_most: int | None = START_FIRINGS) -> int:
        """At start-up: release events a crashed run had claimed, send what fell due.

        Up to `at_most` messages go out here; the timer is then armed for the rest at once.
        """
        async with self.db.transaction() as conn:
            released = await DueRepo(conn).release_claimed()
        if released:
            log.warning(
                "%d event(s) were claimed when the bot stopped; sending them again", released
            )
        sent = await self.run_due(at_most=at_most)
        await self.rearm()
        return sent

    async def resume(self) -> int:
        """The Bot API is back: what waited for it goes out now, not at its next retry."""
        async with self.db.transaction() as conn:
            hurried = await DueRepo(conn).hurry_waiting(self.clock.now(), WAITING_FOR_API)
        if hurried:
            await self.rearm()
        return hurried

    async def pending(self) -> int:
        async with self.db.reading() as conn:
            return await DueRepo(conn).count_pending()

    async def tick(self) -> None:
        """The timer fired (or the clock moved): send what is due, then re-arm."""
        try:
            await self.run_due()
        finally:
            await self.rearm()

    async def run_due(self, *, at_most: int | None = None) -> int:
        """Send every event that is due now (or `at_most` messages); returns how many."""
        handled = 0
        budget = [at_most if at_most is not None else -1]  # firings left; -1: no limit
        async with self._run_lock:
            while not self.stop_requested and budget[0] != 0:
                firings = await self._claim_batch()
                if not firings:
                    break
                handled += await self._send(firings, budget)
        return handled

    async def _send(self, firings: list[Firing], budget: list[int]) -> int:
        """One lane per chat (in order within the chat), at most `LANES` chats at a time."""
        queues: dict[int, list[Firing]] = {}
        for firing in firings:
            queues.setdefault(firing.chat_id, []).append(firing)
        lanes = asyncio.Semaphore(LANES)

        async def lane(queue: list[Firing]) -> int:
            handled = 0
            async with lanes:
                for index, firing in enumerate(queue):
                    if self.stop_requested or budget[0] == 0:
                        await self._release(queue[index:])
                        break
                    budget[0] -= 1
                    await self._fire(firing)
                    handled += len(firing.events)
            return handled

        results = await asyncio.gather(*(lane(q) for q in queues.values()), return_exceptions=True)
        for result in results:
            if isinstance(result, BaseException):
                raise result
        return sum(r for r in results if isinstance(r, int))

    def request_stop(self) -> None:
        """The process is stopping: finish the message in flight, leave the rest pending."""
        self.stop_requested = True

    async def _release(self, firings: list[Firing]) -> None:
        async with self.db.transaction() as conn:
            due = DueRepo(conn)
            for firing in firings:
                for event in firing.events:
                    await due.postpone(event.id, event.due_at, "stopped before sending")

    async def _claim_batch(self) -> list[Firing]:
        now = self.clock.now()
        async with self.db.transaction() as conn:
            due = DueRepo(conn)
            first = await due.due(now, BATCH)
            events = await due.due_in_chats(now, sorted({e.chat_id for e in first}))
            chats = await self._chats(conn, {e.chat_id for e in events})
            events = await self._hold_back(conn, events, chats, now)
            early = await self._rest_of_day(due, events, chats, now)
            events += early
            taken = set(await due.claim([e.id for e in events], now))
            ready: list[tuple[DueEvent, datetime]] = []
            for event in events:
                if event.id not in taken:
                    continue
                # a recurring event keeps its rhythm even while its group is away
                occurrence = await self._next_recurrence(due, event, now)
                chat = chats.get(event.chat_id)
                if chat is not None and not chat.active:
                    await due.fail(event.id, "chat inactive")  # this one cannot be delivered
                    continue
                ready.append((event, occurrence))

        pulled = {e.id for e in early}
        # a bundle's rows in a chat go together, at the minute its first one came due
        anchor: dict[tuple[int, str], datetime] = {}
        for event, occurrence in ready:
            group = self._bundles.get(event.kind, event.kind)
            if group != event.kind and event.id not in pulled:
                moment = _minute(max(event.due_at, occurrence))
                anchor[event.chat_id, group] = min(
                    anchor.get((event.chat_id, group), moment), moment
                )

        def bundle(pair: tuple[DueEvent, datetime]) -> tuple[int, str, datetime]:
            # what came due in the same minute goes together: also what waited for the morning
            event, occurrence = pair
            group = self._bundles.get(event.kind, event.kind)
            moment = anchor.get((event.chat_id, group), _minute(max(event.due_at, occurrence)))
            return event.chat_id, group, moment

        ready.sort(key=bundle)
        firings: list[tuple[datetime, datetime, str, Firing]] = []
        for (chat_id, kind, moment), together in groupby(ready, key=bundle):
            pairs = list(together)
            due_now = [(e, o) for e, o in pairs if e.id not in pulled]
            firing = Firing(
                events=[e for e, _o in pairs],
                chat_id=chat_id,
                occurrence=max(occ for _e, occ in due_now),
                now=now,
                late=any(e.late for e, _o in due_now)
                or now - max(max(e.due_at, o) for e, o in due_now) > LATE_AFTER,
            )
            firings.append((moment, min(e.fire_at for e, _o in pairs), kind, firing))
        # a chat hears things in the order they were planned: in the morning, the meeting that
        # ended at 21:30 before its action list of 00:30
        firings.sort(key=lambda entry: (entry[3].chat_id, entry[0], entry[1], entry[2]))
        return [entry[3] for entry in firings]

    async def _rest_of_day(
        self, due: DueRepo, events: list[DueEvent], chats: dict[int, Chat], now: datetime
    ) -> list[DueEvent]:
        """For a bundle due now in a chat: its daily kinds' rows due later today there (in the
        chat's day)."""
        wanted = {(e.chat_id, self._bundles.get(e.kind, e.kind)) for e in events}
        taken = {e.id for e in events}
        early: list[DueEvent] = []
        for chat_id, group in sorted(wanted):
            chat = chats.get(chat_id)
            daily = [k for k in sorted(self._daily) if self._bundles[k] == group]
            if chat is None or not daily:
                continue
            local = now.astimezone(ZoneInfo(chat.timezone))
            midnight = datetime.combine(local.date() + timedelta(days=1), time(0), local.tzinfo)
            for kind in daily:
                later = await due.pending_of_chat(kind, chat_id, until=midnight)
                early += [e for e in later if e.id not in taken and e.due_at > now]
        return early

    async def _chats(self, conn: aiosqlite.Connection, chat_ids: set[int]) -> dict[int, Chat]:
        repo = ChatRepo(conn)
        found = {chat_id: await repo.get(chat_id) for chat_id in sorted(chat_ids)}
        return {chat_id: chat for chat_id, chat in found.items() if chat is not None}

    async def _hold_back(
        self,
        conn: aiosqlite.Connection,
        events: list[DueEvent],
        chats: dict[int, Chat],
        now: datetime,
    ) -> list[DueEvent]:
        """Events that may not go out yet wait (`DueRepo.hold`); the rest is returned.

        Each kind's `Timing` against its group's quiet hours and working days, decided when a
        message comes due, so downtime and restarts follow the same rule as the timer.
        """
        settings = SettingsRepo(conn)
        quiet: dict[int, QuietHours | None] = {}
        ready: list[DueEvent] = []
        held: dict[tuple[datetime, bool], list[int]] = {}
        for event in events:
            chat = chats.get(event.chat_id)
            timing = self._timings.get(event.kind, Timing.ASKED)
            on_time = timing is Timing.ASKED and not event.is_late(now)
            if chat is None or on_time:  # (a private chat has the default quiet hours)
                ready.append(event)
                continue
            if chat.id not in quiet:
                quiet[chat.id] = quiet_hours_of(await settings.of(chat.id))
            until = release_at(
                timing,
                now,
                event.due_at,
                tz=ZoneInfo(chat.timezone),
                quiet=quiet[chat.id],
                morning=chat.default_time,
            )
            if until is None:
                ready.append(event)
            else:
                # a moment someone asked for that passed while the bot was down says so later
                held.setdefault((until, timing is Timing.ASKED), []).append(event.id)
        due = DueRepo(conn)
        for (until, late), ids in held.items():
            await due.hold(ids, until, late=late)
        return ready

    async def _next_recurrence(self, due: DueRepo, event: DueEvent, now: datetime) -> datetime:
        """For a recurring event, insert its next row; return the occurrence being sent.

        Occurrences missed while the bot was down collapse into the latest one. A row sent a
        second time (a retry, or released after a crash) already scheduled its next occurrence
        when it was first claimed: that one is not added again.
        """
        if not event.recurrence or self._recur is None:
            return event.fire_at
        occurrence = event.fire_at
        upcoming = self._recur(event.recurrence, occurrence, event.timezone)
        for _ in range(MAX_CATCH_UP):
            if upcoming > now:
                break
            occurrence, upcoming = upcoming, self._recur(event.recurrence, upcoming, event.timezone)
        if await due.has_pending(
            event.kind, event.chat_id, event.target_id, event.recurrence, upcoming
        ):
            return occurrence
        await due.add(
            event.kind,
            event.chat_id,
            upcoming,
            timezone=event.timezone,
            now=now,
            target_id=event.target_id,
            payload=event.payload,
            recurrence=event.recurrence,
        )
        return occurrence

    async def _fire(self, firing: Firing) -> None:
        kind = firing.events[0].kind
        sender = self._senders.get(kind)
        ids = [e.id for e in firing.events]
        if sender is None:
            log.error("no sender registered for event kind %r; events %s failed", kind, ids)
            await self._fail(firing, f"no sender for {kind}", notify=False)
            return
        try:
            await sender(firing)
        except SendLater as exc:
            later = self.clock.now() + timedelta(seconds=max(exc.seconds, 1.0))
            async with self.db.transaction() as conn:
                for event_id in ids:
                    await DueRepo(conn).postpone(event_id, later, str(exc))
            return
        except ChatMoved as exc:
            async with self.db.transaction() as conn:
                await ChatRepo(conn).migrate(firing.chat_id, exc.new_chat_id, self.clock.now())
                for event_id in ids:
                    await DueRepo(conn).postpone(event_id, self.clock.now(), str(exc))
            return
        except ChatGone as exc:
            log.warning("chat %s is gone (%s); marking it inactive", firing.chat_id, exc)
            async with self.db.transaction() as conn:
                await ChatRepo(conn).set_active(firing.chat_id, False, self.clock.now())
                # later events stay pending: if the group adds the bot again, they go out
                for event in firing.events:
                    await DueRepo(conn).fail(event.id, f"chat gone: {exc}")
            return
        except Exception as exc:
            if not isinstance(exc, TransientError):
                log.exception("sending %s events %s failed", kind, ids)
            await self._retry_or_fail(firing, exc)
            return
        async with self.db.transaction() as conn:
            await DueRepo(conn).mark_sent(ids, self.clock.now(), late=firing.late)

    async def _retry_or_fail(self, firing: Firing, exc: Exception) -> None:
        attempts = max(e.attempts for e in firing.events) + 1  # the claim counted this one
        delay = retry_delay(attempts)
        if delay is None:
            await self._fail(firing, repr(exc), notify=True)
            return
        log.warning("sending to chat %s failed (%s); retry in %s", firing.chat_id, exc, delay)
        async with self.db.transaction() as conn:
            for event in firing.events:
                await DueRepo(conn).retry_at(event.id, self.clock.now() + delay, repr(exc))

    async def _fail(self, firing: Firing, error: str, *, notify: bool) -> None:
        async with self.db.transaction() as conn:
            for event in firing.events:
                await DueRepo(conn).fail(event.id, error)
        if notify and self._on_failure is not None:
            try:
                await self._on_failure(firing.chat_id, firing.events)
            except Exception:
                log.exception("could not tell chat %s about a failed delivery", firing.chat_id)


def _minute(moment: datetime) -> datetime:
    return moment.replace(second=0, microsecond=0)
