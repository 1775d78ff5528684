"""Advice to the gemeente (issue 9): /advies, /adviezen, the gemeente's buttons, the chases and
the weekly overview, mail to the gemeente and its replies by mail (/post), the gemeente
official's view across groups (/overzicht, private), the figures and /export adviezen."""

from domain.advice.settings import SETTINGS
from domain.calm import Timing
from handlers.advice import buttons, command, events, export, listing, plan
from handlers.advice.mailin import buttons as mailin_buttons
from handlers.advice.mailin import postvak, reading
from handlers.advice.official import buttons as official_buttons
from handlers.advice.official import command as official_command
from handlers.advice.official import digest
from handlers.advice.undo import UNDO
from handlers.kit.feature import GROUP, PRIVATE, Command, Event, Feature, Topic

FEATURE = Feature(
    "advice",
    commands=(
        Command(
            "advies",
            command.advies,
            english="advice",
            scopes=frozenset({GROUP}),
            dates=True,
            topic=Topic.ADVICE,
        ),
        Command(
            "adviezen",
            listing.adviezen,
            scopes=frozenset({GROUP}),
            topic=Topic.ADVICE,
            english="advicelist",
        ),
        Command(
            "post", postvak.post, scopes=frozenset({GROUP}), topic=Topic.ADVICE, english="mailbox"
        ),
        Command(
            "overzicht",
            official_command.overzicht,
            scopes=frozenset({PRIVATE}),
            topic=Topic.ADVICE,
            english="overview",
        ),
    ),
    callbacks={
        "adv": buttons.on_callback,
        "mail": mailin_buttons.on_callback,
        "ovz": official_buttons.on_callback,
    },
    prompts={
        "advice": command.on_prompt,
        "advice_answer": buttons.on_answer_prompt,
        "official_answer": official_buttons.on_answer_prompt,
        buttons.FIX_PROMPT: buttons.on_fix_prompt,
    },
    events={
        plan.ACK_KIND: Event(events.fire_chase, Timing.WORKDAY),
        plan.REPLY_KIND: Event(events.fire_chase, Timing.WORKDAY),
        plan.VERY_LATE_KIND: Event(events.fire_chase, Timing.WORKDAY),
        plan.OVERVIEW_KIND: Event(
            section=events.overview_section, timing=Timing.WORKDAY, daily=True
        ),
        digest.DIGEST_KIND: Event(digest.fire_digest, Timing.WORKDAY),
    },
    settings=SETTINGS,
    exports={"adviezen": export.export_csv, "advice": export.export_csv},
    services=(reading.mail_service,),
    typed={"adv:out": buttons.on_typed_outcome},
    undo=UNDO,
)
