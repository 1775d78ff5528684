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
    "setting.calm.gemeente_week.label": "Weekly note to the gemeente",
    "setting.calm.gemeente_week.help": (
        "what the gemeente or stadsdeel still owes (actions and advices) is in the weekly"
        " overview once a week, with the contacts mentioned, instead of at every step"
    ),
    "calm.gemeente.title": "🏛️ <b>For the gemeente</b> ({names})",
    "calm.gemeente.actions": "Actions",
    "calm.gemeente.advice": "Advices waiting for an answer",
    "setting.value.hours": "{start}–{end}",
    "settings.bad.hours": (
        "I can't read that: {value}. Write a start and an end, for example"
        " <code>21:30-08:00</code> or <code>from 22 to 7</code>, or <code>off</code>."
    ),
}
