"""Reminding the board members who have not voted: once before closing (a day ahead, or an
hour ahead for a poll shorter than a day), and at once with /peiling herinner."""

from __future__ import annotations

from domain.models import Chat
from domain.polls import Poll
from handlers.i18n import Raw, format_moment, t
from handlers.kit.outbox import Outbox, mention
from handlers.kit.turn import Turn
from handlers.polls.access import answered_poll, require_owner
from handlers.polls.closing import load_poll
from handlers.polls.text import count, time_left
from schedules.engine import Firing
from storage.people import PeopleRepo
from storage.polls import PollRepo
from storage.settings import SettingsRepo


async def fire_remind(out: Outbox, firing: Firing) -> None:
    """The engine's sender before closing: mention exactly the non-voters."""
    chat, polls = await out.targets(firing, load_poll)
    if chat is None:
        return
    for poll in {poll.id: poll for poll in polls}.values():
        if not poll.is_open or poll.closes_at <= firing.now:
            continue  # closed meanwhile: the result says who did not vote
        await remind(out, chat, poll)


async def remind(out: Outbox, chat: Chat, poll: Poll) -> int:
    """Remind the board members who have not voted: in the group with a mention, and privately
    those who pressed Start. Returns how many were reminded (0: everyone voted)."""
    board = await out.board(chat.id)
    async with out.svc.db.transaction() as conn:
        settings = await SettingsRepo(conn).of(chat.id)
        votes = await PollRepo(conn).votes(poll.id)
    names = {person.id: person.full_name for person in board}
    result = count(poll, votes, set(names), settings)
    if not result.non_voters:
        return 0
    lang = chat.language
    now = out.svc.clock.now()
    moment = format_moment(poll.closes_at, lang, chat.timezone, now=now)
    mentions = Raw(", ".join(mention(uid, names[uid]) for uid in result.non_voters))
    text = t(
        lang,
        "poll.remind.group",
        left=time_left(lang, poll.closes_at - now),
        question=poll.question,
        moment=moment,
        names=mentions,
        turnout=result.turnout,
        count=len(result.board),
    )
    await out.send(poll.chat_id, text, thread_id=poll.thread_id, reply_to=poll.message_id)
    async with out.svc.db.transaction() as conn:
        people = PeopleRepo(conn)
        private = [p for uid in result.non_voters if (p := await people.get(uid)) is not None]
    for person in private:
        await out.also_private(
            person,
            t(lang, "poll.remind.private", group=chat.name, question=poll.question, moment=moment),
        )
    return len(result.non_voters)


async def remind_now(turn: Turn) -> None:
    """/peiling herinner: the creator (or an admin) reminds the non-voters at once."""
    poll = await answered_poll(turn)
    await require_owner(turn, poll)
    await turn.unit.commit()
    reminded = await remind(Outbox(turn.svc, turn.bot), turn.chat, poll)
    if reminded == 0:
        await turn.reply(turn.t("poll.remind.everyone_voted", question=poll.question))
