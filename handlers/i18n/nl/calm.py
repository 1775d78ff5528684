"""Dutch texts about when the bot speaks unasked: the quiet hours. Texts are HTML."""

from handlers.i18n.catalog import Catalog

MESSAGES: Catalog = {
    "settings.area.calm": "🌙 Stille uren",
    "setting.calm.quiet_hours.label": "Stille uren",
    "setting.calm.quiet_hours.help": (
        "wat de bot uit zichzelf stuurt, wacht tot het einde ervan; een herinnering die iemand"
        " zelf zette en de herinnering vlak voor een overleg gaan wel. Overzichten en"
        " actieherinneringen komen alleen op werkdagen."
    ),
    "setting.calm.gemeente_week.label": "Weekbericht voor de gemeente",
    "setting.calm.gemeente_week.help": (
        "wat de gemeente of het stadsdeel nog moet (acties en adviezen) staat één keer per week"
        " in het weekoverzicht, met de contactpersonen genoemd, in plaats van bij elke stap"
    ),
    "calm.gemeente.title": "🏛️ <b>Voor de gemeente</b> ({names})",
    "calm.gemeente.actions": "Acties",
    "calm.gemeente.advice": "Adviezen die op antwoord wachten",
    "setting.value.hours": "{start}–{end}",
    "settings.bad.hours": (
        "Dat begrijp ik niet: {value}. Schrijf een begin en een eind, bijvoorbeeld"
        " <code>21:30-08:00</code> of <code>van 22 tot 7 uur</code>, of <code>uit</code>."
    ),
    # /instellingen: what the bot sends by itself (handlers/settings/volume.py)
    "volume.title": "📬 <b>Wat de bot uit zichzelf stuurt</b> (een gewone week)",
    "volume.meetings": {
        "one": "🗓️ Overleg: hooguit {count} bericht per overleg ({steps})",
        "other": "🗓️ Overleg: hooguit {count} berichten per overleg ({steps})",
    },
    "volume.step.call": "uitvraag agendapunten",
    "volume.step.close": "definitieve agenda",
    "volume.step.day": "herinnering de dag ervoor",
    "volume.step.hour": "herinnering vlak ervoor",
    "volume.step.end": "afloop",
    "volume.step.list": "actielijst",
    "volume.step.end_list": "afloop met actielijst",
    "volume.actions": (
        "✅ Acties: een eigenaar hoort hooguit één keer per dag van de bot, op werkdagen:"
        " {before} vooraf, op de dag, daarna nog {times}, steeds op {day}"
    ),
    "volume.actions.weekly": (
        "✅ Acties: een eigenaar hoort hooguit één keer per dag van de bot, op werkdagen:"
        " {before} vooraf, op de dag, daarna nog {times}, een week uit elkaar"
    ),
    "volume.actions.off": "✅ Acties: geen herinneringen aan eigenaren",
    "volume.times": {"one": "{count} keer", "other": "{count} keer"},
    "volume.overview": {
        "one": "📋 Weekoverzicht: {count} bericht per week, op {days}",
        "other": "📋 Weekoverzicht: {count} berichten per week, op {days}",
    },
    "volume.overview.off": "📋 Weekoverzicht: uit",
    "volume.gemeente": "🏛️ Gemeente: één keer per week genoemd, in het weekoverzicht",
    "volume.gemeente.off": "🏛️ Gemeente: geen weekbericht",
    "volume.advice": {
        "one": "📨 Adviezen: hooguit {count} navraag per advies (de dag na een termijn), op werkdagen",
        "other": (
            "📨 Adviezen: hooguit {count} navragen per advies (de dag na een termijn), op werkdagen"
        ),
    },
    "volume.quiet": (
        "🌙 Stil van {start} tot {end}, behalve wat iemand zelf vroeg en de herinnering vlak"
        " voor een overleg"
    ),
    "volume.quiet.off": "🌙 Geen stille uren",
}
