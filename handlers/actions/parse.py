"""Reading /actie: the mentions, the message replied to, and members' names in words."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from typing import Any

from telegram import MessageEntity

from domain.actions import Owner
from domain.models import Person
from handlers.kit.turn import Turn

# "@jan" too: no Telegram username is that short, so it names someone to ask about
USERNAME = re.compile(r"(?<![\w@/])@[A-Za-z][A-Za-z0-9_]{1,31}\b")


@dataclass(frozen=True)
class Draft:
    """An /actie message taken apart, so that a question back can carry it in a prompt."""

    text: str
    mentions: list[tuple[str, int | None, str]]  # (as typed, user id if known, name)
    reply_text: str | None = None
    reply_user: int | None = None
    as_names: tuple[str, ...] = ()  # unknown @names the creator confirmed as plain names
    chosen: tuple[tuple[str, int], ...] = ()  # (as typed, member) picked after "Bedoel je ...?"
    not_owners: tuple[str, ...] = ()  # "Jan belt ...": the writer does it, Jan is not the owner
    at_item: bool | None = None  # "3 flyers ophalen": item 3 (True), text (False), not asked

    def payload(self) -> dict[str, Any]:
        return {
            "text": self.text,
            "mentions": [list(m) for m in self.mentions],
            "reply_text": self.reply_text,
            "reply_user": self.reply_user,
            "as_names": list(self.as_names),
            "chosen": [list(c) for c in self.chosen],
            "not_owners": list(self.not_owners),
            "at_item": self.at_item,
        }

    @classmethod
    def of(cls, payload: dict[str, Any]) -> Draft:
        return cls(
            text=str(payload.get("text", "")),
            mentions=[(str(a), b, str(c)) for a, b, c in payload.get("mentions", [])],
            reply_text=payload.get("reply_text"),
            reply_user=payload.get("reply_user"),
            as_names=tuple(payload.get("as_names", ())),
            chosen=tuple((str(a), int(b)) for a, b in payload.get("chosen", ())),
            not_owners=tuple(str(n) for n in payload.get("not_owners", ())),
            at_item=payload.get("at_item"),
        )

    def with_names(self, names: tuple[str, ...]) -> Draft:
        """The same draft, with unknown @names confirmed as names typed as text."""
        return replace(self, as_names=self.as_names + names)

    def with_member(self, typed: str, user_id: int) -> Draft:
        """The same draft, with the member the writer meant by `typed`."""
        return replace(self, chosen=(*self.chosen, (typed, user_id)))

    def with_self(self, typed: str) -> Draft:
        """The same draft, with the name first settled as not the owner: the writer is."""
        return replace(self, not_owners=(*self.not_owners, typed))

    def with_item(self, at_item: bool) -> Draft:
        """The same draft, with the number first settled as the agenda item or as text."""
        return replace(self, at_item=at_item)

    def member_for(self, typed: str) -> int | None:
        return next((user for name, user in self.chosen if name == typed), None)


async def read_draft(turn: Turn, text: str, *, with_reply: bool) -> Draft:
    """Read mentions (and the message replied to) from the update; remember who they are."""
    message = turn.message
    assert message is not None
    mentions: list[tuple[str, int | None, str]] = []
    people = await turn.people()
    now = turn.now()
    if turn.text_override is None:  # asking back about the date replays only the text
        entities = message.parse_entities([MessageEntity.TEXT_MENTION])
        for entity, typed in sorted(entities.items(), key=lambda pair: pair[0].offset):
            user = entity.user
            if user is None or user.is_bot:
                continue
            await people.upsert(
                user.id, user.first_name, user.last_name, user.username, user.language_code, now
            )
            await people.seen_in(turn.chat.id, user.id, now)
            mentions.append((typed, user.id, user.first_name))
    mentions += [(m.group(0), None, m.group(0)) for m in USERNAME.finditer(text)]
    reply_text = None
    reply_user = None
    replied = message.reply_to_message if with_reply else None
    if replied is not None and not replied.forum_topic_created:
        reply_text = (replied.text or replied.caption or "").strip()
        author = replied.from_user
        if author is not None and not author.is_bot:
            await people.upsert(
                author.id,
                author.first_name,
                author.last_name,
                author.username,
                author.language_code,
                now,
            )
            await people.seen_in(turn.chat.id, author.id, now)
            reply_user = author.id
    return Draft(text, mentions, reply_text, reply_user)


async def known_people(turn: Turn) -> list[Person]:
    """Everyone an owner may be: the members seen here and the board (an admin who never
    wrote in the group is on it too)."""
    repo = await turn.people()
    people = await repo.members_of(turn.chat.id)
    seen = {person.id for person in people}
    for person in await turn.board():
        if person.id in seen:
            continue
        if await repo.get(person.id) is None:
            # an admin known only by the name Telegram gives: remembered, so that an action
            # of theirs shows their name and reaches them
            first, _, last = person.first_name.partition(" ")
            person = await repo.upsert(person.id, first, last or None, None, None, turn.now())
        people.append(person)
    return people


async def member_names(turn: Turn) -> dict[str, Owner]:
    """Members' first and full names (lower case) -> owner; a first name two people share is
    left out, their full names still work."""
    return names_of(await known_people(turn))[0]


def names_of(people: list[Person]) -> tuple[dict[str, Owner], set[str]]:
    """(first and full names, lower case -> owner; the first names two people share, which
    are left out of the names: "Bram" then asks which Bram)."""
    names: dict[str, Owner] = {}
    shared: set[str] = set()
    for person in people:
        owner = Owner(name=person.first_name, user_id=person.id)
        first = person.first_name.lower()
        if first in names and names[first].user_id != person.id:
            shared.add(first)
        names.setdefault(first, owner)
        names[person.full_name.lower()] = owner
    for first in shared:
        names.pop(first, None)
    return names, shared


def settled_names(draft: Draft) -> dict[str, Owner]:
    """Names in words the writer settled after "Bedoel je ...?": a member, or the name itself."""
    settled = {t.lower(): Owner(name=t) for t in draft.as_names if not t.startswith("@")}
    for typed, user_id in draft.chosen:
        if not typed.startswith("@"):
            settled[typed.lower()] = Owner(name=typed, user_id=user_id)
    return settled
