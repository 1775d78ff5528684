"""Meetings and the agenda: /overleg and /agenda, their buttons and prompts, and the engine
events of each meeting's rhythm (ARCHITECTURE.md, "Meetings and the agenda")."""

from __future__ import annotations

from domain import meetings as rules
from domain.calm import Timing
from handlers.kit.feature import GROUP, Command, Event, Feature, Topic
from handlers.meetings import (
    agenda,
    agenda_buttons,
    agenda_offer,
    ahead,
    buttons,
    changes,
    events,
    listing,
    series,
)
from handlers.meetings.agenda import agenda_command
from handlers.meetings.create import (
    SERIES_TIME,
    meeting_command,
    on_day_prompt,
    on_new_prompt,
    on_series_time_prompt,
    on_time_prompt,
    on_when_prompt,
)
from handlers.meetings.keyboards import AddPress
from handlers.meetings.undo import UNDO

FEATURE = Feature(
    "meetings",
    commands=(
        Command(
            "overleg",
            meeting_command,
            english="meeting",
            scopes=frozenset({GROUP}),
            dates=True,
            topic=Topic.MEETINGS,
        ),
        Command("agenda", agenda_command, scopes=frozenset({GROUP}), topic=Topic.MEETINGS),
    ),
    callbacks={"mtg": buttons.on_callback, "agd": agenda_buttons.on_callback},
    prompts={
        "meeting_time": on_time_prompt,
        SERIES_TIME: on_series_time_prompt,
        "meeting_day": on_day_prompt,
        "meeting_when": on_when_prompt,
        changes.MOVE: changes.on_move_prompt,
        changes.MOVE_TIME: changes.on_move_time_prompt,
        ahead.MOVE_AHEAD: ahead.on_move_ahead_prompt,
        ahead.MOVE_AHEAD_TIME: ahead.on_move_ahead_time_prompt,
        series.RHYTHM: series.on_rhythm_prompt,
        agenda_buttons.TEXT_PROMPT: agenda_buttons.on_text_prompt,
        listing.NEW: on_new_prompt,
        agenda.ADD: agenda.on_item_prompt,
        agenda_offer.OFFER: agenda_offer.on_offer_answer,
        buttons.REASON_PROMPT: buttons.on_reason_prompt,
    },
    events={
        rules.CALL: Event(events.fire_call, Timing.CALM),
        rules.CLOSE: Event(events.fire_close, Timing.CALM),
        rules.REMIND_BEFORE_DAY: Event(section=events.day_section, timing=Timing.CALM, daily=True),
        # the reminder just before a meeting is what people asked for: it goes as set
        rules.REMIND_BEFORE_HOUR: Event(events.fire_hour_before, Timing.ASKED),
        rules.END: Event(section=events.end_section, timing=Timing.CALM),
        rules.HALF_YEAR: Event(events.fire_half_year, Timing.WORKDAY),
        rules.SERIES_NEXT: Event(events.fire_series_next, Timing.CALM),
    },
    # text typed as a reply to the agenda list or the call for items ("➕ Punt toevoegen" under
    # both): "Zal ik dit op de agenda zetten?"
    typed={AddPress.prefix: agenda_offer.on_typed_item},
    settings=tuple(rules.SETTINGS),
    undo=UNDO,
)
