"""Dutch texts of the thermometer (/thermometer). Texts are HTML; {placeholders} are filled
escaped."""

from handlers.i18n.catalog import Catalog

MESSAGES: Catalog = {
    "cmd.thermometer.description": "de thermometer: hoe bestuur en gemeente de samenwerking ervaren",
    "cmd.thermometer.example": "/thermometer",
    "cmd.thermometer.usage": (
        "/thermometer (de stand: starten en sluiten door het bestuur); /thermometer uitslag;"
        " /thermometer stellingen (aanpassen door het bestuur)"
    ),
    # the statements a group starts with
    "thermo.default.1": "We worden op tijd geïnformeerd",
    "thermo.default.2": "Onze adviezen krijgen een ontvangstbevestiging en een reactie",
    "thermo.default.3": "Afspraken worden nagekomen",
    "thermo.default.4": "We weten wie ons vaste aanspreekpunt is",
    "thermo.default.5": "We delen vragen vóór er een plan ligt",
    "thermo.default.6": "De samenwerking is dit jaar verbeterd",
    "thermo.default.question": "Wat kan beter?",
    # /thermometer
    "thermo.title": "🌡️ <b>Thermometer {group}</b>",
    "thermo.intro": {
        "one": (
            "Het bestuur en de gemeentecontacten geven elk privé hun mening over de"
            " samenwerking: {count} stelling van 1 (helemaal oneens) tot 5 (helemaal eens) en"
            " één open vraag. De antwoorden zijn anoniem: de uitslag toont per kant alleen het"
            " gemiddelde."
        ),
        "other": (
            "Het bestuur en de gemeentecontacten geven elk privé hun mening over de"
            " samenwerking: {count} stellingen van 1 (helemaal oneens) tot 5 (helemaal eens) en"
            " één open vraag. De antwoorden zijn anoniem: de uitslag toont per kant alleen het"
            " gemiddelde."
        ),
    },
    "thermo.who": "Gevraagd worden: {board} en {gemeente}.",
    "thermo.count.board": {"one": "{count} bestuurslid", "other": "{count} bestuursleden"},
    "thermo.count.gemeente": {
        "one": "{count} gemeentecontact",
        "other": "{count} gemeentecontacten",
    },
    "thermo.start_hint": "Na het starten kan iedereen invullen tot {deadline}.",
    "thermo.last": "Vorige uitslag: {date} (/thermometer uitslag).",
    "thermo.status.open": "Loopt tot {deadline}. Ingevuld: {answered} van {total}.",
    "thermo.need_both": (
        "Voor de thermometer zijn er mensen van beide kanten nodig; nu zijn er {board} en"
        " {gemeente}. Voeg ze toe met /bestuur toevoegen en /gemeente toevoegen."
    ),
    "thermo.already_open": "Er loopt al een thermometer, tot {deadline}.",
    "thermo.button.start": "▶️ Thermometer starten",
    "thermo.button.close": "⏹ Nu sluiten",
    "thermo.button.texts": "✏️ Stellingen aanpassen",
    "thermo.button.skip": "Overslaan",
    "thermo.button.back": "↩️ Vorige",
    "thermo.button.edit": "✏️ {number}",
    "thermo.button.remove": "🗑 {number}",
    "thermo.button.add": "➕ Stelling",
    "thermo.button.question": "✏️ Open vraag",
    "thermo.button.reset": "↩️ Standaard",
    # started
    "thermo.started": "🌡️ <b>De thermometer van {group} is gestart</b>",
    "thermo.deadline": "Invullen kan tot {deadline}.",
    "thermo.link": 'Invullen gaat privé: <a href="{url}">open de chat met mij</a> en druk op Start.',
    "thermo.sent_privately": {
        "one": "{count} persoon kreeg de vragen al privé.",
        "other": "{count} mensen kregen de vragen al privé.",
    },
    "thermo.mention": {
        "one": "{names}: je krijgt de vragen zodra je via de link op Start drukt.",
        "other": "{names}: jullie krijgen de vragen zodra je via de link op Start drukt.",
    },
    "thermo.closed_notice": "De thermometer is gesloten; de uitslag staat in de groep.",
    # answering, in the private chat
    "thermo.q": (
        "🌡️ <b>Thermometer {group}</b>\nStelling {number} van {total}:\n<b>{statement}</b>\n\n"
        "<i>1 = helemaal oneens · 3 = neutraal · 5 = helemaal eens</i>"
    ),
    "thermo.q.open": (
        "🌡️ <b>Thermometer {group}</b>\n✅ Alle stellingen zijn ingevuld.\nNog één open vraag:"
        " <b>{question}</b>\nAntwoord op mijn volgende bericht, of druk op Overslaan."
    ),
    "thermo.q.prompt": "✍️ {question}",
    "thermo.done": (
        "✅ Dank je wel! Je antwoorden tellen anoniem mee: de uitslag toont per kant alleen het"
        " gemiddelde. De thermometer sluit {deadline}."
    ),
    "thermo.already_answered": "Je hebt de thermometer al ingevuld. Dank je wel!",
    "thermo.closed": "Deze thermometer is gesloten.",
    "thermo.stale": "Dat antwoord had je al gegeven.",
    "thermo.not_asked": "De thermometer is voor het bestuur en de gemeentecontacten van de groep.",
    "thermo.unfinished": "Vul eerst alle stellingen in; daarna komt de open vraag.",
    "thermo.remark.too_long": "Dat antwoord is te lang: hooguit {limit} tekens.",
    # the reminder
    "thermo.remind.group": {
        "one": "🌡️ Nog 1 van de {total} mensen heeft de thermometer niet ingevuld. Hij sluit {deadline}.",
        "other": (
            "🌡️ Nog {count} van de {total} mensen hebben de thermometer niet ingevuld. Hij sluit"
            " {deadline}."
        ),
    },
    "thermo.remind.private": "⏰ Je hebt de thermometer van {group} nog niet ingevuld. Hij sluit {deadline}.",
    # the result
    "thermo.result.title": "🌡️ <b>Uitslag thermometer {group}</b>, {date}",
    "thermo.result.turnout": (
        "Ingevuld: bestuur {board} van {board_total} · gemeente {gemeente} van {gemeente_total}."
    ),
    "thermo.result.scale": "Het gemiddelde per kant, van 1 (helemaal oneens) tot 5 (helemaal eens).",
    "thermo.result.previous": "Tussen haakjes: de vorige thermometer, van {date}.",
    "thermo.result.section": "<b>Stellingen</b>",
    "thermo.result.line": "{number}. {text}",
    "thermo.result.scores": "   Bestuur {board} · Gemeente {gemeente} · verschil {gap}",
    "thermo.result.was": "{value} (was {last})",
    "thermo.result.no_value": "–",
    "thermo.result.remarks": "<b>{question}</b>",
    "thermo.result.side.board": "Bestuur",
    "thermo.result.side.gemeente": "Gemeente",
    "thermo.result.remark": "• {side}: {text}",
    "thermo.result.no_remarks": "Geen antwoorden.",
    "thermo.result.none_yet": "Er is nog geen uitslag: start de thermometer met /thermometer.",
    "thermo.chart.title": "Thermometer {group}, {date}",
    "thermo.chart.x": "gemiddelde: 1 = helemaal oneens, 5 = helemaal eens",
    "thermo.chart.last": "vorige keer",
    "thermo.chart.caption": "📊 Per stelling het gemiddelde van bestuur en gemeente.",
    "thermo.doc.caption": "📎 De uitslag als printbaar document.",
    "thermo.doc.heading": "Uitslag thermometer",
    "thermo.doc.statement": "Stelling",
    "thermo.doc.gap": "Verschil",
    "thermo.doc.previous": "Vorige keer",
    "thermo.doc.footer": "Gemaakt door Wijkbot op {moment}.",
    # the group's statements
    "thermo.texts.title": "✏️ <b>De stellingen van de thermometer</b>",
    "thermo.texts.line": "{number}. {text}",
    "thermo.texts.question": "Open vraag: {text}",
    "thermo.texts.default": "<i>Dit zijn de standaardstellingen.</i>",
    "thermo.texts.hint": (
        "Het bestuur past ze aan met de knoppen ({minimum} tot {maximum} stellingen). Een"
        " thermometer die al loopt houdt zijn vragen."
    ),
    "thermo.ask.edit": "Wat wordt stelling {number}? Nu: {text}\nAntwoord op dit bericht met de nieuwe tekst.",
    "thermo.ask.add": "Welke stelling komt erbij? Antwoord op dit bericht.",
    "thermo.ask.question": "Wat wordt de open vraag? Nu: {text}\nAntwoord op dit bericht.",
    "thermo.text.empty": "Er staat geen tekst in.",
    "thermo.text.too_long": "Dat is te lang: hooguit {limit} tekens.",
    "thermo.text.too_many": "Er kunnen hooguit {maximum} stellingen in.",
    "thermo.text.too_few": "Er moeten minstens {minimum} stellingen in.",
    "thermo.texts.saved": "✅ Opgeslagen.",
    "setting.thermometer.open_for.label": "Invultijd thermometer",
    "setting.thermometer.open_for.help": "Zo lang kunnen bestuur en gemeente de thermometer invullen.",
    "setting.thermometer.lead.label": "Thermometer vooraf",
    "setting.thermometer.lead.help": "Zo lang voor een thermometergesprek start ik de thermometer (één keer per jaar; of uit).",
    "thermo.agenda_item": "Uitkomst thermometer ({date})",
}
