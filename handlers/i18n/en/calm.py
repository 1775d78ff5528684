"""English texts about when the bot speaks unasked: the quiet hours. Texts are HTML."""

from handlers.i18n.catalog import Catalog

MESSAGES: Catalog = {
    "settings.area.calm": "🌙 Quiet hours",
    "setting.calm.quiet_hours.label": "Quiet hours",
    "setting.calm.quiet_hours.help": (
        "what the bot sends on its own waits until they end; a reminder someone set and the"
        " reminder just before a meeting still go. Overviews and action reminders come on"
        " working days only."
    ),
    "setting.calm.gemeente_week.label": "Weekly note to the municipality",
    "setting.calm.gemeente_week.help": (
        "what the municipality or district office still owes (actions and advice) is in the weekly"
        " overview once a week, with the contacts mentioned, instead of at every step"
    ),
    "calm.gemeente.title": "🏛️ <b>For the municipality</b> ({names})",
    "calm.gemeente.actions": "Actions",
    "calm.gemeente.advice": "Advice waiting for an answer",
    "setting.value.hours": "{start}–{end}",
    "settings.bad.hours": (
        "I can't read that: {value}. Write a start and an end, for example"
        " <code>21:30-08:00</code> or <code>from 22 to 7</code>, or <code>off</code>."
    ),
    # /settings: what the bot sends by itself (handlers/settings/volume.py)
    "volume.title": "📬 <b>What the bot sends by itself</b> (an ordinary week)",
    "volume.meetings": {
        "one": "🗓️ Meetings: at most {count} message per meeting ({steps})",
        "other": "🗓️ Meetings: at most {count} messages per meeting ({steps})",
    },
    "volume.step.call": "call for agenda items",
    "volume.step.close": "final agenda",
    "volume.step.day": "reminder the day before",
    "volume.step.hour": "reminder just before",
    "volume.step.end": "wrap-up",
    "volume.step.list": "action list",
    "volume.step.end_list": "wrap-up with action list",
    "volume.actions": (
        "✅ Actions: an owner hears from the bot at most once a day, on working days:"
        " {before} before, on the day, then {times} more, each on a {day}"
    ),
    "volume.actions.weekly": (
        "✅ Actions: an owner hears from the bot at most once a day, on working days:"
        " {before} before, on the day, then {times} more, a week apart"
    ),
    "volume.actions.off": "✅ Actions: no reminders to owners",
    "volume.times": {"one": "once", "other": "{count} times"},
    "volume.overview": {
        "one": "📋 Weekly overview: {count} message a week, on {days}",
        "other": "📋 Weekly overview: {count} messages a week, on {days}",
    },
    "volume.overview.off": "📋 Weekly overview: off",
    "volume.gemeente": "🏛️ Municipality: mentioned once a week, in the weekly overview",
    "volume.gemeente.off": "🏛️ Municipality: no weekly note",
    "volume.advice": {
        "one": "📨 Advice: at most {count} chase per advice (the day after a deadline), on working days",
        "other": (
            "📨 Advice: at most {count} chases per advice (the day after a deadline),"
            " on working days"
        ),
    },
    "volume.quiet": (
        "🌙 Quiet from {start} to {end}, except what someone asked for and the reminder just"
        " before a meeting"
    ),
    "volume.quiet.off": "🌙 No quiet hours",
}
