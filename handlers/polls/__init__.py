"""/peiling and /peilingen: native Telegram polls among the board, reminders, result, decision.

Telegram tells a bot who voted in its non-anonymous polls (`poll_answer`), not who is in the
group; Wijkbot knows its board (admins plus /bestuur), so it can count only the board and remind
exactly the board members who have not voted. Closing and the reminders are engine events.
"""

from telegram.ext import PollAnswerHandler, PollHandler

from domain.calm import Timing
from domain.polls import SETTINGS
from handlers.kit.feature import GROUP, Command, Event, Feature, Listener, Topic
from handlers.polls.buttons import on_press, on_reopen_prompt
from handlers.polls.closing import fire_close
from handlers.polls.create import on_prompt, poll_command
from handlers.polls.listing import list_polls
from handlers.polls.plan import CLOSE_KIND, REMIND_KIND, close_overdue
from handlers.polls.reminding import fire_remind
from handlers.polls.votes import chat_of_update, on_poll, on_poll_answer

FEATURE = Feature(
    "polls",
    commands=(
        Command(
            "peiling",
            poll_command,
            english="poll",
            scopes=frozenset({GROUP}),
            dates=True,
            topic=Topic.POLLS,
        ),
        Command(
            "peilingen",
            list_polls,
            english="polls",
            scopes=frozenset({GROUP}),
            topic=Topic.POLLS,
        ),
    ),
    callbacks={"poll": on_press},
    prompts={"poll": on_prompt, "poll_reopen": on_reopen_prompt},
    # the deadline is what the board set; a reminder to vote waits for the morning
    events={CLOSE_KIND: fire_close, REMIND_KIND: Event(fire_remind, Timing.CALM)},
    settings=SETTINGS,
    # poll and poll_answer updates carry no chat: the poll they are about says which chat
    listeners=(
        Listener(PollAnswerHandler, on_poll_answer, chat_of=chat_of_update),
        Listener(PollHandler, on_poll, chat_of=chat_of_update),
    ),
    updates=("poll", "poll_answer"),
    at_startup=(close_overdue,),
    daily=(close_overdue,),
)
