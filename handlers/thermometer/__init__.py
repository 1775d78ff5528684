"""The thermometer (issue 19): once a year the board and the gemeente contacts score their
collaboration privately and anonymously within each side; the result compares both sides,
next to the previous year's, with a chart and a printable document."""

from domain.calm import Timing
from domain.thermometer import CLOSE, OPEN, REMIND, SETTINGS
from handlers.kit.feature import GROUP, Command, Event, Feature, Topic
from handlers.thermometer import answering, buttons, closing, command, meeting, statements
from handlers.thermometer.rounds import LINK_PREFIX

FEATURE = Feature(
    "thermometer",
    commands=(
        Command(
            "thermometer", command.thermometer_command, scopes=frozenset({GROUP}), topic=Topic.POLLS
        ),
    ),
    callbacks={"thm": buttons.on_callback},
    prompts={
        answering.REMARK_PROMPT: answering.on_remark,
        statements.PROMPT: statements.on_text_prompt,
    },
    events={
        # the result may wait for the end of the quiet hours, the reminder for a working day
        CLOSE: Event(closing.fire_close, Timing.CALM),
        REMIND: Event(closing.fire_remind, Timing.WORKDAY),
        OPEN: Event(meeting.fire_open, Timing.CALM),
    },
    settings=SETTINGS,
    deep_links={LINK_PREFIX: answering.on_link},
)
