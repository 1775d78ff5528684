"""Long lists in pages that fit one Telegram message, with ◀️ n/m ▶️ buttons."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from domain.errors import DomainError
from handlers.kit.callbacks import CallbackData
from handlers.kit.turn import Button, Turn

MAX_MESSAGE = 4096  # Telegram's limit, measured on the HTML (never shorter than what shows)
ROOM = 200  # kept free for the title and the page line


@dataclass(frozen=True)
class Line:
    """One entry of a list, under a heading (an owner, a meeting); `key` is what it shows."""

    heading: str
    text: str
    key: int = 0


@dataclass(frozen=True)
class Page:
    text: str
    keys: list[int]


def paginate(
    title: str, lines: Sequence[Line], limit: int = MAX_MESSAGE - ROOM, most: int | None = None
) -> list[Page]:
    """Lines under their headings, split into pages; a heading repeats on the next page.
    `most`: at most that many lines a page (a list with a button per line stays pressable)."""
    pages: list[Page] = []
    parts: list[str] = [title]
    keys: list[int] = []
    heading: str | None = None
    size = len(title)
    for line in lines:
        extra = ([f"\n\n{line.heading}"] if line.heading != heading else []) + [f"\n{line.text}"]
        grow = sum(len(e) for e in extra)
        if keys and (size + grow > limit or (most is not None and len(keys) >= most)):
            pages.append(Page("".join(parts), keys))
            parts, keys, size = [title], [], len(title)
            extra = [f"\n\n{line.heading}", f"\n{line.text}"]
            grow = sum(len(e) for e in extra)
        parts += extra
        keys.append(line.key)
        heading = line.heading
        size += grow
    pages.append(Page("".join(parts), keys))
    return pages


def navigation(page: int, count: int, data: Callable[[int], str | CallbackData]) -> list[Button]:
    """◀️ 2/5 ▶️ for a list of `count` pages (`data`: a page's button data, typed or packed);
    empty when everything fits on one."""
    if count <= 1:
        return []
    row: list[Button] = []
    if page > 0:
        row.append(("◀️", data(page - 1)))
    row.append((f"{page + 1}/{count}", data(page)))
    if page < count - 1:
        row.append(("▶️", data(page + 1)))
    return row


def require_text_message(turn: Turn) -> None:
    """A list or card button works only on a text message of the bot: forged data pressed
    under a file or a poll cannot be edited into a list."""
    message = turn.message
    if message is None or message.text is None:
        raise DomainError("error.stale_button")
