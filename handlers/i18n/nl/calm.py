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
}
