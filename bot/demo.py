"""`python -m bot demo`: chat with the real Wijkbot in a terminal, no Telegram needed.

The real bot (the same Application as `python -m bot`) long-polls a fake Bot API served on
127.0.0.1 in the same event loop; a fake clock lets the demo jump ahead so reminders fire.
With `--script FILE` the same lines are played from a file and the transcript is printed; the
exit code is 1 when the bot apologised or logged an error, so a script doubles as a smoke test.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import os
import queue
import re
import sys
import tempfile
import threading
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, time, timedelta
from pathlib import Path
from typing import Any, TextIO
from zoneinfo import ZoneInfo

from pydantic import SecretStr

# PTB 22 warns about RetryAfter.retry_after as int unless this is set; set it before PTB runs.
os.environ.setdefault("PTB_TIMEDELTA", "1")

from telegram.ext import AIORateLimiter, Application  # noqa: E402

from fakegram import (  # noqa: E402
    ANNA,
    BRAM,
    CARLA,
    DUINDORP,
    Change,
    FakeBotAPIServer,
    FakeChat,
    FakeTelegram,
    FakeUser,
)
from handlers.i18n import format_moment  # noqa: E402
from handlers.kit.config import LANGUAGES, Settings  # noqa: E402
from schedules.clock import FakeClock  # noqa: E402

TOKEN = "424242:DEMOwijkbotDEMOwijkbotDEMOwijkbot"
TIMEZONE = "Europe/Amsterdam"
# LANGUAGE=en plays the demo in an English group (a locale such as "en_US:en" is not one)
LANGUAGE = os.environ.get("LANGUAGE", "nl") if os.environ.get("LANGUAGE") in LANGUAGES else "nl"
QUIET = 0.08  # seconds without Bot API traffic that count as "the bot is done"
SETTLE_TIMEOUT = 15.0
MAX_CLOCK_STEPS = 500
APOLOGY = "😕 Sorry"
PEOPLE: dict[str, FakeUser] = {"anna": ANNA, "bram": BRAM, "carla": CARLA}
# "+7d", "+2h30m", "+1w"
_DELTA_RE = re.compile(r"^\+\s*((?:\d+\s*[wdhm]\s*)+)$", re.IGNORECASE)
_DELTA_PART_RE = re.compile(r"(\d+)\s*([wdhm])", re.IGNORECASE)
_UNITS = {"w": "weeks", "d": "days", "h": "hours", "m": "minutes"}

HELP = """\
Demo-opdrachten (die gaan niet naar de bot):
  tekst of /opdracht   de huidige spreker zegt het in de groep
  /als Bram            wissel van spreker (Anna, Bram, Carla)
  3  of  #3            druk als huidige spreker op knop 3 van de laatst getoonde knoppen
  > tekst              antwoord op het laatste bericht van Wijkbot (voor vragen stap voor stap)
  !stem 1  !stem 1,3  !stem -   stem in de laatste peiling (optie 1, opties 1 en 3, intrekken)
  >Bram tekst          antwoord op het laatste bericht van Bram (bv. >Bram /bestuur toevoegen)
  /prive  /groep       praat met Wijkbot in een privégesprek, of weer in de groep
  ~ +1d  ~ +2h  ~ +30m  ~ +1w     zet de klok van de demo vooruit (herinneringen gaan af)
  ~ 2026-12-01 19:30   zet de klok op een moment (lokale tijd)
  ?                    deze hulp
  /stop                stoppen (of Ctrl-D)"""


@dataclass(frozen=True)
class _Button:
    chat_id: int
    message_id: int
    label: str
    data: str | None
    url: str | None


class _ErrorCounter(logging.Handler):
    """Counts ERROR records of the bot while the demo runs (a script then fails)."""

    def __init__(self) -> None:
        super().__init__(logging.ERROR)
        self.count = 0

    def emit(self, record: logging.LogRecord) -> None:
        self.count += 1


class _LineReader:
    """Reads stdin in a daemon thread, so Ctrl-C never waits for a blocked `input()`."""

    def __init__(self) -> None:
        self._loop = asyncio.get_running_loop()
        self._lines: asyncio.Queue[str | None] = asyncio.Queue()
        self._prompts: queue.Queue[str] = queue.Queue()
        self._thread = threading.Thread(target=self._run, name="demo-stdin", daemon=True)
        self._thread.start()

    def _run(self) -> None:
        while True:
            prompt = self._prompts.get()
            try:
                line: str | None = input(prompt)
            except (EOFError, OSError):
                line = None
            self._loop.call_soon_threadsafe(self._lines.put_nowait, line)
            if line is None:
                return

    async def read(self, prompt: str) -> str | None:
        self._prompts.put(prompt)
        return await self._lines.get()


class Demo:
    """One demo session: the fake Bot API, the real bot, and a terminal conversation."""

    def __init__(self, out: TextIO, *, start: datetime, color: bool) -> None:
        self.out = out
        self.color = color
        self.clock = FakeClock(start)
        self.fake = FakeTelegram(self.clock)
        self.server = FakeBotAPIServer(self.fake, port=0)
        self.app: Application | None = None  # type: ignore[type-arg]
        self.speaker: FakeUser = ANNA
        self.chat: FakeChat = DUINDORP
        self.buttons: list[_Button] = []
        self.marker = 0
        self.answered = 0
        self.apologised = False
        self.stuck = False
        self._last_said: dict[tuple[int, int], int] = {}  # (chat, user) -> message id
        self._tmp = tempfile.TemporaryDirectory(prefix="wijkbot-demo-")
        # Files the bot sends (.ics, agendas) are kept here after the demo, to open them.
        self.files = Path(
            os.environ.get("WIJKBOT_DEMO_FILES") or tempfile.mkdtemp(prefix="wijkbot-demo-files-")
        )

    # --- life ---------------------------------------------------------------------------------
    async def start(self) -> None:
        from bot.app import ALLOWED_UPDATES, build_application

        await self.server.start()
        settings = Settings(
            bot_token=SecretStr(TOKEN),
            database_path=Path(self._tmp.name) / "wijkbot-demo.sqlite3",
            telegram_api_url=self.server.base_url,
            timezone=TIMEZONE,
            language=LANGUAGE,
        )
        app = build_application(
            settings,
            clock=self.clock,
            rate_limiter=AIORateLimiter(overall_max_rate=0, group_max_rate=0, max_retries=3),
        )
        self.app = app
        await app.initialize()
        if app.post_init is not None:
            await app.post_init(app)
        assert app.updater is not None
        await app.updater.start_polling(allowed_updates=ALLOWED_UPDATES, poll_interval=0, timeout=1)
        await app.start()
        # Anna made the group and adds the bot: the greeting appears.
        self.fake.set_admins(DUINDORP.id, [], creator=ANNA)
        self.fake.push(self.fake.bot_added(DUINDORP, ANNA))
        await self.settle()
        self.show_changes()

    async def stop(self) -> None:
        app, self.app = self.app, None
        try:
            if app is not None:
                if app.updater is not None and app.updater.running:
                    await app.updater.stop()
                if app.running:
                    await app.stop()
                if app.post_shutdown is not None:
                    await app.post_shutdown(app)
                await app.shutdown()
        finally:
            await self.server.stop()
            self._tmp.cleanup()

    async def settle(self) -> None:
        """Wait until the bot has handled everything and the Bot API has been quiet a moment."""
        try:
            await self.fake.wait_idle(QUIET, SETTLE_TIMEOUT)
            if self.app is not None:
                await asyncio.wait_for(self.app.update_queue.join(), SETTLE_TIMEOUT)
            await self.fake.wait_idle(QUIET, SETTLE_TIMEOUT)
        except TimeoutError as exc:
            self.stuck = True
            self.note(f"⚠️ De bot is na {SETTLE_TIMEOUT:.0f} s nog niet klaar ({exc}).")

    # --- output -------------------------------------------------------------------------------
    def write(self, line: str = "") -> None:
        print(line, file=self.out, flush=True)

    def dim(self, text: str) -> str:
        return f"\033[2m{text}\033[0m" if self.color else text

    def note(self, text: str) -> None:
        self.write(self.dim(text))

    def show_changes(self) -> None:
        """Print the bot's messages that appeared, changed or vanished since the last print."""
        changes = self.fake.changes_since(self.marker)
        self.marker = self.fake.mark()
        shown: list[_Button] = []
        for change in changes:
            self._print_change(change, shown)
        for answer in self.fake.answered_callbacks[self.answered :]:
            text = answer.get("text")
            if text:
                self._check(str(text))
                self.write(f"Wijkbot (melding): {text}")
        self.answered = len(self.fake.answered_callbacks)
        if shown:
            self.buttons = shown

    def _print_change(self, change: Change, shown: list[_Button]) -> None:
        who = "Wijkbot"
        if change.chat_id > 0:
            name = PEOPLE.get(self._name_of(change.chat_id).lower())
            who += f" (privé aan {name.first_name if name else change.chat_id})"
        if change.kind == "deleted":
            self.note(f"{who} (verwijderd): {_first_line(change.text or '')}")
            return
        text = _render(change.message)
        self._check(text)
        tag = " (bewerkt)" if change.kind == "edited" else ""
        self.write(f"{who}{tag}: {text}")
        if change.kind == "new":
            self._save_file(change)
        for row in change.message.get("reply_markup", {}).get("inline_keyboard", []):
            cells = []
            for button in row:
                shown.append(
                    _Button(
                        change.chat_id,
                        change.message_id,
                        str(button["text"]),
                        button.get("callback_data"),
                        button.get("url"),
                    )
                )
                cells.append(f"[{len(shown)}] {button['text']}")
            self.write("   " + "  ".join(cells))
        sent = self.fake.bot_message(change.chat_id, change.message_id).sent_markup or {}
        if change.kind == "new" and "force_reply" in sent:
            self.note("   (antwoord met:  > je antwoord)")

    def _save_file(self, change: Change) -> None:
        """Keep a sent file on disk and say where, so a person can open the .ics or the HTML."""
        stored = self.fake.bot_message(change.chat_id, change.message_id).document
        if stored is None:
            return
        name, data = stored
        self.files.mkdir(parents=True, exist_ok=True)
        path = self.files / Path(name).name
        stem, suffix, n = path.stem, path.suffix, 1
        while path.exists():
            n += 1
            path = self.files / f"{stem}-{n}{suffix}"
        path.write_bytes(data)
        self.note(f"   (bestand opgeslagen: {path})")

    def _name_of(self, user_id: int) -> str:
        for name, user in PEOPLE.items():
            if user.id == user_id:
                return name
        return str(user_id)

    def _check(self, text: str) -> None:
        if APOLOGY in text:
            self.apologised = True

    # --- input --------------------------------------------------------------------------------
    def prompt(self) -> str:
        where = "" if self.chat.type != "private" else " (privé)"
        return f"{self.speaker.first_name}{where}> "

    async def handle(self, line: str) -> bool:
        """Play one line; False when the demo should end."""
        line = line.strip()
        if not line:
            return True
        low = line.lower()
        if low in ("/stop", "/quit", "/exit"):
            return False
        if line == "?":
            self.write(HELP)
            return True
        if low.startswith("/als"):
            self.switch_speaker(line[len("/als") :].strip())
            return True
        if low in ("/prive", "/privé"):
            self.chat = FakeChat.private(self.speaker)
            self.fake.add_chat(self.chat)
            self.note(f"(nu in het privégesprek van {self.speaker.first_name} met Wijkbot)")
            return True
        if low == "/groep":
            self.chat = DUINDORP
            self.note(f"(weer in de groep {DUINDORP.title})")
            return True
        if line.startswith("~"):
            await self.move_clock(line[1:].strip())
            return True
        number = re.fullmatch(r"#?\s*(\d{1,3})", line)
        if number:
            await self.press(int(number.group(1)))
            return True
        if line.startswith(">"):
            await self.reply(line[1:])
            return True
        if low.startswith("!stem"):
            await self.vote(line[len("!stem") :].strip())
            return True
        await self.say(line)
        return True

    async def vote(self, choice: str) -> None:
        """`!stem 2` votes for option 2 of the last poll in this chat; `!stem -` retracts."""
        polls = [m for m in self.fake.messages(self.chat.id) if m.poll and not m.poll["is_closed"]]
        numbers = re.findall(r"\d+", choice)
        if not polls or (not numbers and choice != "-"):
            self.note("Zo stem je in de laatste open peiling:  !stem 1   !stem 1,3   !stem -")
            return
        poll_id = self.fake.poll_id(self.chat.id, polls[-1].message_id)
        try:
            update = self.fake.poll_answer(poll_id, self.speaker, [int(n) - 1 for n in numbers])
        except ValueError as exc:
            self.note(f"Die stem kan niet: {exc}")
            return
        shown = ", ".join(numbers) if numbers else "ingetrokken"
        self.note(f"({self.speaker.first_name} stemt: {shown})")
        self.fake.push(update)
        await self.settle()
        self.show_changes()

    def switch_speaker(self, name: str) -> None:
        user = PEOPLE.get(name.lower())
        if user is None:
            names = ", ".join(u.first_name for u in PEOPLE.values())
            self.note(f"Wie is {name or '…'}? Kies uit: {names}  (bv. /als Bram)")
            return
        self.speaker = user
        if self.chat.type == "private":
            self.chat = FakeChat.private(user)
            self.fake.add_chat(self.chat)
        self.note(f"(nu praat {user.first_name})")

    async def say(self, text: str, reply_to: int | None = None) -> None:
        update = self.fake.message(self.chat, self.speaker, text, reply_to=reply_to)
        self._last_said[(self.chat.id, self.speaker.id)] = int(update["message"]["message_id"])
        self.fake.push(update)
        await self.settle()
        self.show_changes()

    async def reply(self, rest: str) -> None:
        """`> text` answers the bot's last message; `>Bram text` answers Bram's last message."""
        head, _, tail = rest.partition(" ")
        user = PEOPLE.get(head.lower()) if rest[:1] not in ("", " ") else None
        if user is not None:
            target = self._last_said.get((self.chat.id, user.id))
            if target is None:
                self.note(f"{user.first_name} zei hier nog niets om op te antwoorden.")
                return
            await self.say(tail.strip(), reply_to=target)
            return
        last = self.fake.last(self.chat.id)
        if last is None:
            self.note("Wijkbot zei hier nog niets om op te antwoorden.")
            return
        await self.say(rest.strip(), reply_to=last.message_id)

    async def press(self, number: int) -> None:
        if not 1 <= number <= len(self.buttons):
            if len(self.buttons) == 1:
                self.note(f"Er is geen knop {number}; alleen knop 1.")
            elif self.buttons:
                self.note(f"Er is geen knop {number}; kies 1 tot en met {len(self.buttons)}.")
            else:
                self.note("Er zijn nog geen knoppen om op te drukken.")
            return
        button = self.buttons[number - 1]
        if button.data is None:
            self.note(f"Knop {number} opent een link: {button.url}")
            return
        chat = self.fake.chat(button.chat_id)
        self.note(f"({self.speaker.first_name} drukt op “{button.label}”)")
        try:
            update = self.fake.callback(chat, self.speaker, button.data, button.message_id)
        except KeyError:
            self.note("Dat bericht bestaat niet meer.")
            return
        self.fake.push(update)
        await self.settle()
        self.show_changes()

    async def move_clock(self, spec: str) -> None:
        """Move the demo clock; every reminder on the way fires at its own moment."""
        zone = ZoneInfo(TIMEZONE)
        start = self.clock.now()
        target = parse_clock_spec(spec, start, zone)
        if target is None:
            self.note("Zo verzet ik de klok:  ~ +1d  ~ +2h  ~ +30m  ~ +1w  of  ~ 2026-12-01 19:30")
            return
        if target < start:
            self.note("De klok van de demo kan alleen vooruit.")
            return
        engine = self._engine()
        for _ in range(MAX_CLOCK_STEPS):
            due = getattr(engine, "armed_for", None) if engine is not None else None
            if not isinstance(due, datetime) or due > target or due <= self.clock.now():
                break
            # Stop at each reminder on the way, as a bot running all along would have.
            self.clock.set(due)
            await self._tick(engine)
            if self.fake.changes_since(self.marker):
                self.note(f"🕒 {format_moment(due, LANGUAGE, zone, now=start)}")
                self.show_changes()
        self.clock.set(target)
        self.write(f"🕒 Het is nu {format_moment(target, LANGUAGE, zone, now=start)}")
        await self._tick(engine)
        self.show_changes()

    def _engine(self) -> Any:
        services = self.app.bot_data.get("services") if self.app is not None else None
        return getattr(services, "engine", None)

    async def _tick(self, engine: Any) -> None:
        if engine is not None:
            try:
                await engine.tick()
            except Exception:
                logging.getLogger("wijkbot.demo").exception("the reminder engine failed")
        await self.settle()

    # --- running ------------------------------------------------------------------------------
    async def interactive(self) -> None:
        tty = sys.stdin.isatty()
        self.note("Typ ? voor de demo-opdrachten, /help voor wat Wijkbot kan, /stop om te stoppen.")
        reader = _LineReader()
        while True:
            line = await reader.read(self.prompt() if tty else "")
            if line is None:
                break
            if not tty and line.strip():
                self.write(f"{self.prompt()}{line.strip()}")
            if not await self.handle(line):
                break

    async def play(self, lines: Sequence[str]) -> None:
        in_comment = False
        for raw in lines:
            line = raw.strip()
            if not line:
                continue
            if line.startswith("#"):
                if not in_comment:
                    self.write("")
                in_comment = True
                self.note(line)
                continue
            in_comment = False
            self.write("")
            if line.startswith("~") or line == "?":
                self.write(line)
            elif not line.lower().startswith("/als"):
                self.write(f"{self.speaker.first_name}: {line}")
            if not await self.handle(line):
                break


def parse_clock_spec(spec: str, now: datetime, zone: ZoneInfo) -> datetime | None:
    """`+7d`, `+2h30m`, `+1w`, `2026-12-01 19:30` (local) or `19:30` (next such time)."""
    spec = spec.strip()
    relative = _DELTA_RE.match(spec)
    if relative:
        delta = timedelta()
        for amount, unit in _DELTA_PART_RE.findall(relative.group(1)):
            delta += timedelta(**{_UNITS[unit.lower()]: int(amount)})
        return now + delta
    for fmt in ("%Y-%m-%d %H:%M", "%Y-%m-%dT%H:%M", "%Y-%m-%d"):
        try:
            naive = datetime.strptime(spec, fmt)  # noqa: DTZ007 - made aware just below
        except ValueError:
            continue
        return naive.replace(tzinfo=zone).astimezone(UTC)
    try:
        clock_time = time.fromisoformat(spec if len(spec) > 4 else f"0{spec}")
    except ValueError:
        return None
    local = now.astimezone(zone)
    moment = datetime.combine(local.date(), clock_time, tzinfo=zone)
    if moment <= local:
        moment = datetime.combine(local.date() + timedelta(days=1), clock_time, tzinfo=zone)
    return moment.astimezone(UTC)


def _first_line(text: str) -> str:
    return text.splitlines()[0] if text else ""


def _render(message: dict[str, Any]) -> str:
    """The visible content of a bot message as plain text."""
    poll = message.get("poll")
    if isinstance(poll, dict):
        options = "\n".join(f"   ○ {o.get('text', '')}" for o in poll.get("options", []))
        return f"📊 {poll.get('question', '')}\n{options}"
    document = message.get("document")
    text = message.get("text", message.get("caption"))
    if isinstance(document, dict):
        name = document.get("file_name", "bestand")
        size = _size(int(document.get("file_size") or 0))
        return f"📎 {name} ({size})" + (f"\n{text}" if text else "")
    return str(text or "")


def _size(n: int) -> str:
    """A file size as people read it: "812 bytes", "3,4 kB"."""
    if n < 1000:
        return f"{n} bytes"
    return f"{n / 1000:.1f} kB".replace(".", ",")


def _start_moment(script: bool) -> datetime:
    """Now (to the minute); a script starts at 20:00 today, so "morgen 19:30" + 1 day has passed."""
    now = datetime.now(UTC).replace(second=0, microsecond=0)
    if not script:
        return now
    zone = ZoneInfo(TIMEZONE)
    local = now.astimezone(zone)
    return datetime.combine(local.date(), time(20, 0), tzinfo=zone).astimezone(UTC)


async def _main(script: Path | None, lines: Sequence[str], out: TextIO) -> int:
    color = out.isatty()
    demo = Demo(out, start=_start_moment(script is not None), color=color)
    errors = _ErrorCounter()
    logging.getLogger().addHandler(errors)
    try:
        if script is None:
            demo.note(
                f"Wijkbot-demo: de echte bot, zonder Telegram. Groep: {DUINDORP.title}; "
                "Anna is beheerder, Bram en Carla (gemeente) doen mee."
            )
        await demo.start()
        if script is None:
            await demo.interactive()
        else:
            await demo.play(lines)
    finally:
        try:
            await demo.stop()
        finally:
            logging.getLogger().removeHandler(errors)
    if script is None:
        demo.note("Tot ziens!")
        return 0
    problems = []
    if demo.apologised:
        problems.append(f"de bot zei “{APOLOGY}”")
    if errors.count:
        problems.append(f"{errors.count} fout(en) in het log")
    if demo.stuck:
        problems.append("de bot werd niet op tijd klaar")
    if problems:
        print(f"Script {script}: mislukt: {'; '.join(problems)}", file=sys.stderr)
        return 1
    return 0


def run_demo(script: Path | None = None) -> int:
    """Run the demo in this terminal (or play `script`); returns the process exit code."""
    lines: list[str] = []
    if script is not None:
        try:
            lines = script.read_text(encoding="utf-8").splitlines()
        except OSError as exc:
            print(f"Kan het script niet lezen: {exc}", file=sys.stderr)
            return 2
    logging.basicConfig(
        level=logging.WARNING,
        format="%(levelname)s %(name)s: %(message)s",
        stream=sys.stderr,
        force=True,
    )
    for name in ("httpx", "httpcore", "telegram", "apscheduler"):
        logging.getLogger(name).setLevel(logging.WARNING)
    with contextlib.suppress(KeyboardInterrupt):
        return asyncio.run(_main(script, lines, sys.stdout))
    print(file=sys.stdout)
    return 130 if script is not None else 0
