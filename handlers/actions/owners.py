"""Who does an action: mentions, @names and names in words read as /actie reads them, and
"Bedoel je Bram?" when an @name is unknown here or a typed name is close to a member's.

The question is one message with a button per member who may be meant, the name as typed,
and "Niets opslaan"; what it is about (the draft, and the action when owners are corrected)
is stored with its message in `prompts` (kind `action_who`), so a button carries only its
choice. The press (`handlers/actions/buttons.py`) settles one name and runs the same step
again, which asks about the next name or finishes.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from domain.actions import BY, Owner, similar_people
from domain.errors import DomainError
from handlers.actions.keyboards import AS_NAME, MYSELF, NOTHING, WhoPick, who_buttons
from handlers.actions.parse import Draft, known_people
from handlers.kit.callbacks import STALE
from handlers.kit.prompting import pressed_prompt
from handlers.kit.text import is_yes
from handlers.kit.turn import Turn
from storage.prompts import Prompt

WHO_KIND = "action_who"
NO = frozenset({"nee", "n", "no", "niets", "niks", "laat maar", "nee dank je", "cancel"})
SELF = frozenset({"ik", "mij", "mijzelf", "mezelf", "ikzelf", "me", "myself", "i"})
_SEPARATORS = re.compile(r"\s*(?:,|;|&|\+|\ben\b|\band\b)\s*", re.IGNORECASE)


@dataclass
class Named:
    """Owners read so far, the text left, and names the writer must still settle."""

    owners: list[Owner]
    text: str
    unsettled: list[str]


async def from_mentions(turn: Turn, draft: Draft) -> Named:
    """Owners from the mentions: a text mention, a known @username, an @name settled as a
    member or as a plain name; other @names are unsettled."""
    people = await turn.people()
    named = Named([], draft.text, [])
    for typed, user_id, name in draft.mentions:
        named.text = _cut(named.text, typed)
        if user_id is not None:
            named.owners.append(Owner(name=name, user_id=user_id))
            continue
        person = await people.by_username(typed, turn.chat.id) or await people.by_username(typed)
        if person is not None:
            named.owners.append(Owner(name=person.first_name, user_id=person.id))
        else:
            _settle(named, draft, typed)
    return named


def _cut(text: str, typed: str) -> str:
    """The mention out of the text, with the "door" before it ("... door @jan"): a "door"
    elsewhere ends a verb ("stuurt de offerte door") and stays."""
    by = "|".join(sorted(BY))
    cut, found = re.subn(rf"\b(?:{by})\s+{re.escape(typed)}", " ", text, count=1, flags=re.I)
    return cut if found else text.replace(typed, " ", 1)


def _settle(named: Named, draft: Draft, typed: str) -> None:
    member = draft.member_for(typed)
    if member is not None:
        named.owners.append(Owner(name=typed.lstrip("@"), user_id=member))
    elif typed in draft.as_names:
        named.owners.append(Owner(name=typed.lstrip("@")))
    else:
        named.unsettled.append(typed)


def names_in(text: str) -> list[str]:
    """ "Bram, Carla en gemeente" -> ["Bram", "Carla", "gemeente"]."""
    return [part.strip(" .:") for part in _SEPARATORS.split(text) if part.strip(" .:")]


async def ask_who(
    turn: Turn, typed: str, payload: dict[str, Any], *, always: bool, subject: bool = False
) -> bool:
    """ "Bedoel je Bram?" about `typed`, with a button per member who may be meant. Without
    such a member: for an @name (`always`) whether it is a plain name; else nothing is asked
    and False is returned (the name stands as typed). About an unknown name first ("Jan belt
    ...", `subject`): always asked, "Is Jan de eigenaar?", with "🙋 Ik (Anna)" as the other
    answer."""
    assert turn.user is not None
    candidates = similar_people(typed, await known_people(turn))
    if not candidates and not always and not subject:
        return False
    plain = typed.lstrip("@")
    if typed.startswith("@"):
        key = {0: "action.who.unknown", 1: "action.who.unknown.one"}.get(
            len(candidates), "action.who.unknown.several"
        )
    elif subject and not candidates:
        key = "action.who.subject"
    else:
        key = "action.who.name.one" if len(candidates) == 1 else "action.who.name.several"
    first = candidates[0].full_name if candidates else plain
    question = turn.t(key, typed=typed, plain=plain, name=first)
    writer = turn.user.first_name if subject else None
    sent = await turn.reply(question, who_buttons(turn.lang, typed, candidates, writer))
    stored = [[p.id, p.full_name] for p in candidates]
    await (await turn.prompts()).add(
        turn.chat.id,
        sent.message_id,
        turn.user.id,
        WHO_KIND,
        {**payload, "typed": typed, "candidates": stored, "self": subject},
        turn.now(),
    )
    await turn.unit.commit()
    return True


async def picked(turn: Turn, press: WhoPick) -> tuple[Prompt, Draft | None]:
    """The question a "Bedoel je ...?" button sits under, settled by the press. Only the
    writer may answer, once."""
    prompt = await pressed_prompt(turn, WHO_KIND)
    return prompt, await settle(turn, prompt, press.pick)


def typed_pick(answer: str, payload: dict[str, Any]) -> int:
    """The choice typed instead of tapped: "ja" (the one member asked about, or the name as
    typed when nobody was close), "nee", a member's name, or the name as typed. Anything
    else asks to tap a button (the question stays open)."""
    said = " ".join(answer.casefold().strip(" .!").split())
    candidates = [str(name) for _id, name in payload.get("candidates", [])]
    if is_yes(said) and len(candidates) <= 1:
        return 0 if candidates else AS_NAME
    if said in NO and not payload.get("self"):
        return NOTHING
    if said in SELF and payload.get("self"):
        return MYSELF
    for n, name in enumerate(candidates):
        if said in (name.casefold(), name.casefold().split()[0]):
            return n
    if said == str(payload.get("typed", "")).casefold().lstrip("@"):
        return AS_NAME
    raise DomainError("addressed.use_buttons")


async def settle(turn: Turn, prompt: Prompt, pick: int) -> Draft | None:
    """The draft with the choice made (None: store nothing); the question says what was
    chosen, without its buttons."""
    typed = str(prompt.payload["typed"])
    candidates = [(int(i), str(n)) for i, n in prompt.payload.get("candidates", [])]
    draft = Draft.of(prompt.payload["draft"])
    if pick == NOTHING:
        shown, chosen = turn.t("action.not_created"), None
    elif pick == AS_NAME:
        plain = typed.lstrip("@")
        shown = turn.t("action.who.chosen_name", typed=typed, plain=plain)
        chosen = draft.with_names((typed,))
    elif pick == MYSELF and prompt.payload.get("self"):
        assert turn.user is not None  # the writer: only they answer
        shown = turn.t("action.who.chosen_self", typed=typed, name=turn.user.first_name)
        chosen = draft.with_self(typed)
    elif 0 <= pick < len(candidates):
        user_id, name = candidates[pick]
        shown = turn.t("action.who.chosen", typed=typed, name=name)
        chosen = draft.with_member(typed, user_id)
    else:
        raise DomainError(STALE)
    await turn.edit_message(prompt.message_id, shown)
    return chosen
