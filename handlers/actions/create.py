"""/actie: logging an action (with its questions back), or showing one by its number."""

from __future__ import annotations

from datetime import date, time
from typing import Any, NoReturn

from domain.actions import (
    MAX_OWNERS,
    Owner,
    check_owners,
    check_text,
    name_at_end,
    named_by,
    number_alone,
    require_create_right,
    subject_owner,
    take_owners_at_end,
    tidy,
    unknown_subject,
)
from domain.agenda import AgendaItem, ItemState
from domain.decisions import bare_number, split_item_number
from domain.errors import DomainError
from handlers.actions import item_question
from handlers.actions.card import show
from handlers.actions.events import keep_schedules, schedule_reminders
from handlers.actions.keyboards import ItemPress, created_buttons
from handlers.actions.meeting import meeting_now
from handlers.actions.owners import ask_who, from_mentions
from handlers.actions.parse import (
    Draft,
    known_people,
    names_of,
    read_draft,
    settled_names,
)
from handlers.actions.text import confirmation
from handlers.i18n import Raw, format_moment
from handlers.kit.callbacks import STALE
from handlers.kit.text import is_yes, short
from handlers.kit.turn import Turn
from handlers.meetings.numbers import BareItem, bare_item, item_at
from schedules.when import When, split_when
from storage.actions import ActionRepo
from storage.agenda import AgendaRepo
from storage.people import PeopleRepo
from storage.prompts import Prompt
from storage.report import ReportRepo

CREATE = "create"  # what a "Bedoel je ...?" question goes on with: logging a new action
ITEM_KIND = "action_item"  # "Hoort deze actie bij agendapunt 3?"
ITEM_QUOTED = 80  # the item's text quoted in that question


async def action_command(turn: Turn) -> None:
    """/actie <wat> [@wie | wie] [voor <wanneer>], /actie as a reply, /actie 12 to show one."""
    text = turn.text_after_command
    number = number_alone(text)
    if number is not None:
        await show(turn, number)
        return
    if turn.chat.is_private:  # /help lists /actie here: say what it does in this chat
        raise DomainError("action.private_how")
    draft = await read_draft(turn, text, with_reply=True)
    if not draft.text and draft.reply_text is None:
        await turn.ask(turn.t("action.ask"), "action")
        return
    await create_action(turn, draft)


async def on_prompt(turn: Turn, answer: str, payload: dict[str, Any]) -> None:
    """The answer to "what is the action?" (kind `action`)."""
    if not answer:
        await turn.ask(turn.t("action.ask"), "action")
        return
    await create_action(turn, await read_draft(turn, answer, with_reply=False))


async def on_name_prompt(turn: Turn, answer: str, payload: dict[str, Any]) -> None:
    """ "@jan ken ik niet: bedoel je een naam?" — yes makes the unknown @names plain names."""
    if not is_yes(answer):
        await turn.reply(turn.t("action.not_created"))
        return
    unknown = tuple(str(n) for n in payload.get("unknown", ()))
    await create_action(turn, Draft.of(payload).with_names(unknown))


async def create_action(turn: Turn, draft: Draft) -> None:
    """Owners, text and date from the draft; checked, stored and confirmed in one go. Also
    what a "Bedoel je Bram?" answer goes on with."""
    turn.require_group()
    assert turn.user is not None
    now = turn.now()
    tz = turn.tz
    conn = await turn.conn()
    people = PeopleRepo(conn)
    meeting = await meeting_now(turn)
    mentioned = await from_mentions(turn, draft)
    owners = mentioned.owners
    text = mentioned.text
    item: AgendaItem | None = None
    number, rest = split_item_number(text)
    bare = bare_number(text) if number is None and draft.at_item is not False else None
    if bare is not None and draft.at_item:  # "Bij punt 3" pressed: as if "3: ..." was typed
        (number, rest), bare = bare, None
    if number is not None and rest and meeting is None:  # "2: ..." names an item of no meeting
        _bad(turn, "item.no_meeting", number=number)
    if number is not None and rest and meeting is not None:  # "/actie 3: ..." for item 3
        item = await item_at(turn, meeting, number)
        text = rest
    what, when = turn.split_when(text)
    turn.no_date_words(text, what, when)  # "uiterlijk donderdg": asked, never kept in the text
    names, shared = names_of(await known_people(turn))
    known = names | settled_names(draft)
    subject = None if owners else subject_owner(what, known)
    if subject is not None:  # "Bram belt de wijkagent": the sentence stays whole
        in_words = [subject]
    else:
        whole = tidy(what)
        what, in_words = take_owners_at_end(whole, known)
        if in_words and not named_by(whole, what) and unknown_subject(whole, known):
            what, in_words = whole, []  # "Jan belt de gemeente": Jan acts, the gemeente is called
    owners += in_words
    what = tidy(what)
    if not what and draft.reply_text:
        what, replied_when = split_when(draft.reply_text, now, tz)
        what = tidy(what)
        when = when or replied_when
    if not what:
        _bad(turn, "action.bad.no_text")
    if len(owners) + len(mentioned.unsettled) > MAX_OWNERS:  # before asking about each
        _bad(turn, "action.too_many_owners", limit=MAX_OWNERS)
    due_date, due_time = _due(turn, when)
    asked = await bare_item(turn, meeting, what) if bare is not None else None
    if asked is not None and bare is not None and asked.number == bare[0]:  # item 3?
        _checked(turn, what)  # a text too long is refused now, not after the press
        await ask_item(turn, draft, asked)
        return
    question = {"flow": CREATE, "draft": draft.payload()}
    if mentioned.unsettled:  # "Bedoel je Bram?" first, then whether it is a plain name
        for typed in mentioned.unsettled:
            if await ask_who(turn, typed, question, always=False):
                return
        await ask_who(turn, mentioned.unsettled[0], question, always=True)
        return
    shared_name = None if in_words else name_at_end(what, shared)
    if shared_name is not None and await ask_who(turn, shared_name, question, always=False):
        return  # "... Bram" with two members called Bram: which one?
    stranger = None if owners or draft.reply_user else unknown_subject(what, known)
    # a member may only log their own action: "Is Jan de eigenaar?" would have one answer
    if (
        stranger is not None
        and stranger not in draft.not_owners
        and (await turn.standing()).is_board
    ):
        await ask_who(turn, stranger, question, always=True, subject=True)
        return  # "Jan belt ...", nobody here is Jan: is Jan the owner, or the writer?
    if not owners and draft.reply_user is not None:
        author = await people.get(draft.reply_user)
        if author is not None:
            owners.append(Owner(name=author.first_name, user_id=author.id))
    if not owners:
        owners.append(Owner(name=turn.user.first_name, user_id=turn.user.id))
    what = _checked(turn, what)
    try:
        owners = list(check_owners(owners))
    except DomainError as exc:
        _bad(turn, exc.key, **exc.params)
    require_create_right(turn.user.id, owners, await turn.standing())
    action = await ActionRepo(conn).add(
        turn.chat.id,
        what,
        owners,
        due_date=due_date,
        due_time=due_time,
        created_by=turn.user.id,
        now=now,
        meeting_id=meeting.id if meeting else None,
    )
    confirm = confirmation(turn.lang, turn.chat, action, now)
    if item is not None:
        await ReportRepo(conn).link_action(action.id, item.id)
        if item.state is ItemState.OPEN and item.meeting_id == action.meeting_id:
            await AgendaRepo(conn).set_state(item.id, ItemState.DISCUSSED, now)
        confirm += "\n" + turn.t("decision.on_item", number=number, item=item.text)
    await schedule_reminders(turn, action)
    await keep_schedules(turn)
    await turn.reply(confirm, created_buttons(turn.lang, action))
    await turn.svc.engine.changed()


async def ask_item(turn: Turn, draft: Draft, bare: BareItem) -> None:
    """ "Hoort deze actie bij agendapunt 3 ‘Flyers’?": asked before who does it, so that the
    answer rides along in the draft; the date was settled before (asking back about a date
    runs the command again, which a press cannot)."""
    question = turn.t(
        "action.item_or_text",
        number=bare.number,
        item=short(bare.item.text, ITEM_QUOTED),
        text=" ".join(draft.text.split()),
    )
    payload = {"draft": draft.payload()}
    await item_question.ask(turn, ITEM_KIND, question, bare, (ItemPress(1), ItemPress(0)), payload)


async def on_item_press(turn: Turn, press: ItemPress) -> None:
    """ "Bij punt 3" or "Zonder agendapunt" pressed: go on as if typed that way, in the
    writer's name (a board member may answer for them)."""
    turn.require_group()
    await _go_on(turn, *await item_question.pressed(turn, ITEM_KIND, press.at_item))


async def on_item_typed(turn: Turn, answer: str, payload: dict[str, Any]) -> None:
    """The same choice typed as a reply to the question."""
    turn.require_group()
    await _go_on(turn, *await item_question.typed(turn, ITEM_KIND, answer))


async def _go_on(turn: Turn, prompt: Prompt, at_item: bool) -> None:
    assert turn.user is not None
    if prompt.user_id != turn.user.id:
        writer = await PeopleRepo(await turn.conn()).get(prompt.user_id)
        if writer is None:
            raise DomainError(STALE)
        turn.act_as(writer)
    await create_action(turn, Draft.of(prompt.payload["draft"]).with_item(at_item))


def _due(turn: Turn, when: When | None) -> tuple[date | None, time | None]:
    """The due day (and time, if one was given); a moment already past is refused."""
    if when is None:
        return None, None
    now, tz = turn.now(), turn.tz
    local = when.moment.astimezone(tz)
    due_date = local.date()
    due_time = local.time().replace(second=0, microsecond=0) if when.has_time else None
    past = when.moment <= now if when.has_time else due_date < now.astimezone(tz).date()
    if past:
        shown = format_moment(when.moment, turn.lang, tz, with_time=when.has_time, now=now)
        _bad(turn, "action.bad.past", moment=shown)
    return due_date, due_time


def _checked(turn: Turn, what: str) -> str:
    try:
        return check_text(what)
    except DomainError as exc:
        _bad(turn, exc.key, **exc.params)


def _bad(turn: Turn, key: str, **params: Any) -> NoReturn:
    """Bad input: say what is wrong and how /actie is used; nothing is stored."""
    raise DomainError(
        "action.bad",
        reason=Raw(turn.t(key, **params)),
        usage=turn.t("cmd.actie.usage"),
        example=turn.t("cmd.actie.example"),
    )
