"""Meeting formats (issue 19): the kinds of meeting, each with its standard agenda around the
members' items, its lead times and who is invited; /overleg soorten (or /instellingen →
Overleg en agenda) shows and changes them. /overleg reads the kind as its first word."""

from handlers.formats import manage
from handlers.formats.keyboards import FormatPress, Op
from handlers.kit.feature import Feature

FEATURE = Feature(
    "formats",
    callbacks={"fmt": manage.on_press},
    prompts={manage.PROMPT: manage.on_prompt},
    setting_pages=(("meetings", "settings.button.formats", FormatPress(Op.LIST)),),
)
