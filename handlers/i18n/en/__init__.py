"""English messages, one module a feature area."""

from handlers.i18n.catalog import Catalog
from handlers.i18n.en import (
    actions,
    advice,
    calm,
    core,
    corrections,
    formats,
    help,
    meetings,
    polls,
    privacy,
    reminders,
    report,
    roles,
    thermometer,
)

MESSAGES: Catalog = {
    **core.MESSAGES,
    **help.MESSAGES,
    **roles.MESSAGES,
    **reminders.MESSAGES,
    **privacy.MESSAGES,
    **meetings.MESSAGES,
    **actions.MESSAGES,
    **advice.MESSAGES,
    **polls.MESSAGES,
    **calm.MESSAGES,
    **corrections.MESSAGES,
    **thermometer.MESSAGES,
    **report.MESSAGES,
    **formats.MESSAGES,
}
