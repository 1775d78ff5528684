"""What a feature brings, declared beside its code: commands, buttons, prompts, engine events,
settings, exports and the other updates it listens to.

Each feature package exports one `Feature`; `handlers/__init__.py` is the list of features, and
everything else (the PTB handlers, /help, the command menus, the engine's senders, /instellingen,
/export, the permission table and the fuzzer) is derived from that list.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Mapping, Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from typing import TYPE_CHECKING, Any, Literal, Protocol

from domain.calm import Timing
from domain.settings import SettingSpec
from handlers.kit.callbacks import CallbackData
from handlers.kit.turn import ChatOf, PTBCallback, Turn, TurnHandler
from handlers.kit.undo import Undo

if TYPE_CHECKING:
    from telegram.ext import BaseHandler

    from handlers.kit.outbox import EventSender, Outbox
    from handlers.kit.sections import SectionMaker
    from handlers.kit.services import Services

GROUP = "group"
PRIVATE = "private"

# A reply to one of the bot's questions: (turn, the answer, what the question carried).
PromptHandler = Callable[[Turn, str, dict[str, Any]], Awaitable[None]]
# Text typed as the answer to a message with buttons: (turn, the text, the buttons' data).
TypedAnswer = Callable[[Turn, str, Sequence[str]], Awaitable[None]]
# A reply to a bot message that asked nothing: (turn, the message replied to, the text); True
# when the feature took it (a note typed as a reply to a meeting's agenda).
ReplyReader = Callable[[Turn, int, str], Awaitable[bool]]
# What `/export <word>` sends (board only).
Exporter = Callable[[Turn], Awaitable[None]]
# Work that needs no update: at start-up and once a day (e.g. deleting data past retention).
Chore = Callable[["Services"], Awaitable[object]]


CommandText = Literal["description", "example", "usage", "examples"]


class Topic(StrEnum):
    """Where a command shows in the short /help (one line a topic) and which `/help <topic>`
    explains it (handlers/setup/help.py has the titles and the words people type)."""

    MEETINGS = "meetings"  # Overleg en agenda
    DECISIONS = "decisions"  # Besluiten en acties
    ADVICE = "advice"  # Adviezen
    POLLS = "polls"  # Peilingen
    REMINDERS = "reminders"  # Herinneringen
    GROUP = "group"  # Groep en privacy


def command_key(name: str, part: CommandText) -> str:
    """The catalog key of one of a command's texts ("cmd.overleg.usage"): the one place such
    keys are made, so the catalog test knows them from the registrations."""
    return ".".join(("cmd", name, part))


class Service(Protocol):
    """Work that runs beside the updates for as long as the bot runs (reading a mailbox)."""

    async def start(self) -> None: ...

    async def stop(self) -> None: ...


# Builds a feature's service from the outbox (the services and the bot), or None when the
# settings leave it off; bot/app.py starts each after the engine and stops it before the
# database closes.
ServiceFactory = Callable[["Outbox"], Service | None]


@dataclass(frozen=True)
class Command:
    """One slash command: its handler, aliases and where it shows in the menu and /help.

    Its texts come from the catalogs: `cmd.<name>.description`, `.example` and `.usage`, and
    `.examples` (more examples, one a line, for `/help <command>`). `topic`: its line in the
    short /help. `dates`: the command takes a date; /help points to /help datums. `english`:
    the name an English group and the English menu show (/meeting for /overleg); every name
    works in every group.
    """

    name: str
    handler: TurnHandler
    aliases: tuple[str, ...] = ()
    scopes: frozenset[str] = frozenset({GROUP, PRIVATE})
    dates: bool = False
    topic: Topic | None = None
    english: str | None = None

    @property
    def names(self) -> tuple[str, ...]:
        return (self.name, *((self.english,) if self.english else ()), *self.aliases)

    def shown(self, lang: str) -> str:
        """The name people of this language see in /help, the menu and the texts."""
        return self.english if lang == "en" and self.english else self.name

    def key(self, part: CommandText) -> str:
        return command_key(self.name, part)


@dataclass(frozen=True)
class Listener:
    """An update that is no command, button or reply: the bot added or removed, members joining,
    a renamed group, poll answers. `route` builds the PTB handler around the wrapped callback;
    `lifecycle` and `chat_of` are passed to the update wrapper (handlers/kit/wrapper.py)."""

    route: Callable[[PTBCallback], BaseHandler[Any, Any, Any]]
    handler: TurnHandler
    lifecycle: bool = False
    chat_of: ChatOf | None = None


@dataclass(frozen=True)
class Event:
    """An engine kind: its sender and when it may speak (`domain/calm.py`): `ASKED` goes as
    set, `CALM` never inside the group's quiet hours, `WORKDAY` only on working days as well.
    A bare sender in `Feature.events` is `ASKED`.

    Instead of a sender, a kind may bring a `section` (handlers/kit/sections.py): what it says
    then joins whatever else of that kind of news is due in the group, in one message. A
    `daily` section (news of the day: a reminder, an overview) also comes along early when the
    group's message of that day goes out, so the group hears the bot once a day.
    """

    sender: EventSender | None = None
    timing: Timing = Timing.ASKED
    section: SectionMaker | None = None
    daily: bool = False

    def __post_init__(self) -> None:
        if (self.sender is None) == (self.section is None):
            raise ValueError("an engine kind has a sender or a section, not both or neither")


@dataclass(frozen=True)
class Feature:
    """Everything one feature area registers. Callback data of its buttons starts with one of
    its `callbacks` prefixes ("<prefix>:..."); `prompts` are the kinds of its step-by-step
    questions; `events` the reminder engine kinds it sends; `updates` the Telegram update types
    it needs beyond messages and button presses (passed to getUpdates as allowed_updates);
    `deep_links` what a `https://t.me/<bot>?start=<prefix>_<argument>` link opens in the
    private chat (/start carries "<prefix>_<argument>"; the handler reads `turn.args`);
    `undo` the kinds of change its "Ongedaan maken" buttons take back (handlers/kit/undo.py);
    `typed` reads a typed reply to one of its messages with buttons, by the buttons' prefix
    ("adv:out": the outcome typed instead of tapped; handlers/kit/addressed.py);
    `replies` read a reply to one of its messages that asked nothing (handlers/kit/addressed.py);
    `setting_pages` adds a button to an area of /instellingen: (area, label key, its button)."""

    name: str
    commands: Sequence[Command] = ()
    callbacks: Mapping[str, TurnHandler] = field(default_factory=dict)
    prompts: Mapping[str, PromptHandler] = field(default_factory=dict)
    events: Mapping[str, EventSender | Event] = field(default_factory=dict)
    settings: Sequence[SettingSpec] = ()
    exports: Mapping[str, Exporter] = field(default_factory=dict)
    listeners: Sequence[Listener] = ()
    updates: Sequence[str] = ()
    at_startup: Sequence[Chore] = ()
    daily: Sequence[Chore] = ()
    deep_links: Mapping[str, TurnHandler] = field(default_factory=dict)
    undo: Mapping[str, Undo] = field(default_factory=dict)
    typed: Mapping[str, TypedAnswer] = field(default_factory=dict)
    services: Sequence[ServiceFactory] = ()
    replies: Sequence[ReplyReader] = ()
    setting_pages: Sequence[tuple[str, str, CallbackData]] = ()

    @property
    def engine_events(self) -> dict[str, Event]:
        """`events` with every bare sender as an `ASKED` `Event`."""
        return {
            kind: value if isinstance(value, Event) else Event(value)
            for kind, value in self.events.items()
        }
