"""One group message made of sections: what several kinds of scheduled message have to say in a
group in the same minute goes out as one message (the engine's bundle `SECTIONS`).

A kind that speaks this way declares a `SectionMaker` (`Event(section=...)`) instead of a
sender: it returns what it would say (`Section`s) and leaves what it sends privately, or
records, to `after`, which runs once the group message went out. So the weekly overview (open
actions, open advices, what the gemeente owes), the owners' reminders of a day and what follows
a meeting arrive as one message. The engine claims, sends and marks the bundle as one: a crash
between sending and marking repeats it once, never a part of it.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Mapping, Sequence
from dataclasses import dataclass, field

from telegram import Message

from handlers.kit.outbox import EventSender, Outbox, late_line
from handlers.kit.paging import MAX_MESSAGE, ROOM, Line, paginate
from handlers.kit.turn import Button
from schedules.engine import Firing

SECTIONS = "sections"  # the engine's bundle of every kind that is a section
LIMIT = MAX_MESSAGE - ROOM
# Once the group message went out: the message that ended the section (None: it said
# nothing) and whether that message said more than this section.
After = Callable[[Message | None, bool], Awaitable[None]]
# Where a section stands in the message: the news of the day (overviews, the meeting
# tomorrow), then what the gemeente owes, then the reminders that mention people.
NEWS, GEMEENTE_PART, PEOPLE = 0, 1, 2


@dataclass(eq=False)  # each section is itself, however alike two are
class Section:
    """What one kind says in the group message: a title, lines under headings (paged like any
    list), a footer; its buttons go under the message that ends it. Sections with the same
    `key` become one (the first one's title and footer, everybody's lines). `after` gets the
    message that ended it (None: nothing was said) and whether that message said more."""

    title: str = ""
    lines: Sequence[Line] = ()
    footer: str = ""
    key: str | None = None
    buttons: list[list[Button]] = field(default_factory=list)
    after: After | None = None
    rank: int = 0  # NEWS first, then the GEMEENTE part, then what is for PEOPLE
    # What the lines' keys are ids of ("action"), so that one message never lists a record
    # twice: a section with `recount` (the weekly overview) leaves out what another section
    # of the same message lists (the meeting's action list), titled anew by what is left.
    lists: str | None = None
    recount: Callable[[int], str] | None = None

    @property
    def empty(self) -> bool:
        return not self.title and not self.lines

    def pages(self) -> list[str]:
        pages = [page.text for page in paginate(self.title, self.lines)] if self.lines else []
        pages = pages or [self.title]
        if self.footer:
            pages[-1] += "\n\n" + self.footer
        return pages


SectionMaker = Callable[[Outbox, Firing], Awaitable[list[Section]]]


def merged(sections: Sequence[Section]) -> list[Section]:
    """Sections with the same key as one, where the first of them stood."""
    out: list[Section] = []
    by_key: dict[str, Section] = {}
    for section in sections:
        first = by_key.get(section.key) if section.key is not None else None
        if first is None:
            out.append(section)
            if section.key is not None:
                by_key[section.key] = section
            continue
        first.lines = [*first.lines, *section.lines]
        first.buttons = first.buttons + section.buttons
        first.after = _both(first.after, section.after)
    return out


def unrepeated(sections: list[Section]) -> list[Section]:
    """Each record once in the message: a section that may be recounted (the weekly overview
    after days of downtime, beside the action list of a meeting) leaves out the lines of the
    records another section lists, and goes when none are left (its `after` still runs)."""
    listed = {
        (s.lists, line.key) for s in sections if s.lists and not s.recount for line in s.lines
    }
    for section in sections:
        if section.lists is None or section.recount is None or not section.lines:
            continue
        kept = [line for line in section.lines if (section.lists, line.key) not in listed]
        if len(kept) < len(section.lines):
            section.lines = kept
            section.title = section.recount(len({line.key for line in kept})) if kept else ""
            section.footer = section.footer if kept else ""
    return sections


def _both(one: After | None, two: After | None) -> After | None:
    if one is None or two is None:
        return one or two

    async def after(message: Message | None, shared: bool) -> None:
        await one(message, shared)
        await two(message, shared)

    return after


def composer(makers: Mapping[str, SectionMaker]) -> EventSender:
    """The sender of the `SECTIONS` bundle: each kind's sections, in the order they were
    planned, packed into as few messages as fit; then each section's `after`."""

    async def send(out: Outbox, firing: Firing) -> None:
        sections: list[Section] = []
        order = list(makers)
        planned = {k: min(e.fire_at for e in firing.events if e.kind == k) for k in firing.kinds}
        # in the order they were planned; at one moment in the order the features are listed
        kinds = sorted(planned, key=lambda k: (planned[k], order.index(k) if k in order else 0))
        late_parts: set[int] = set()  # the sections of a part that is late
        for kind in kinds:
            part = firing.of_kind(kind)
            if part is not None and kind in makers:
                made = await makers[kind](out, part)
                late_parts |= {id(s) for s in made} if part.late else set()
                sections += made
        late = any(id(s) in late_parts and not s.empty for s in sections)
        sections = unrepeated(sorted(merged(sections), key=lambda s: s.rank))
        shown = [s for s in sections if not s.empty]
        carried: dict[int, tuple[Message | None, bool]] = {}
        if shown:
            chat = await out.chat(firing.chat_id)
            lang = chat.language if chat is not None else out.svc.settings.language
            messages = _messages(shown)
            for number, one in enumerate(messages):
                said = late_line(lang, late) if number == len(messages) - 1 else ""
                message = await out.send(firing.chat_id, one.text + said, one.buttons)
                for section in one.ends:
                    carried[id(section)] = (message, len(one.holds) > 1)
        for section in sections:
            if section.after is not None:
                await section.after(*carried.get(id(section), (None, False)))

    return send


@dataclass
class _Message:
    """One message to send: its text, its buttons, the sections ending in it, all in it."""

    text: str = ""
    buttons: list[list[Button]] = field(default_factory=list)
    ends: list[Section] = field(default_factory=list)
    holds: list[Section] = field(default_factory=list)


def _messages(sections: Sequence[Section]) -> list[_Message]:
    """The sections' pages packed into as few messages as fit, in order."""
    out: list[_Message] = []
    current = _Message()
    for section in sections:
        pages = section.pages()
        for number, page in enumerate(pages):
            if current.text and len(current.text) + 2 + len(page) > LIMIT:
                out.append(current)
                current = _Message()
            current.text = f"{current.text}\n\n{page}" if current.text else page
            if section not in current.holds:
                current.holds.append(section)
            if number == len(pages) - 1:
                current.buttons += section.buttons
                current.ends.append(section)
    if current.text:
        out.append(current)
    return out
