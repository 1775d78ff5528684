"""Dutch texts of /besluit, /actie and /verslag. Texts are HTML; {placeholders} are filled escaped."""

from handlers.i18n.catalog import Catalog

MESSAGES: Catalog = {
    "cmd.besluit.description": "een besluit vastleggen (bestuur)",
    "cmd.besluit.example": "/besluit 3: we vragen subsidie aan voor het buurtfeest",
    "cmd.besluit.usage": (
        "/besluit tekst, of /besluit 3: tekst voor agendapunt 3; /besluit 4 toont besluit 4,"
        " om het te wijzigen of te verwijderen"
    ),
    "cmd.besluiten.description": "besluiten terugzoeken",
    "cmd.besluiten.example": "/besluiten subsidie",
    "cmd.besluiten.usage": "/besluiten, of /besluiten woord om te zoeken",
    "cmd.actie.description": "een actie vastleggen, met wie en uiterlijk wanneer",
    "cmd.actie.example": "/actie bewonersbrief rondsturen @jan uiterlijk vrijdag",
    "cmd.actie.usage": (
        "/actie wat [@wie of naam, gemeente, stadsdeel, PEP, wijkagent] [uiterlijk wanneer],"
        " of /actie als antwoord op een bericht; /actie 12 toont actie 12, om te wijzigen"
    ),
    "cmd.acties.description": "openstaande acties bekijken, afvinken of uitstellen",
    "cmd.acties.example": "/acties mijn",
    "cmd.acties.usage": "/acties, of /acties mijn voor alleen jouw acties",
    "decision.logged": "📌 Besluit {number}: {what}",
    "decision.logged_on_item": "📌 Besluit {number} bij punt {item_number} ‘{item}’: {what}",
    "decision.renumbered": (
        "⚠️ Punt {number} is net verschoven, dus dat nummer kan twee punten betekenen. Bij welk"
        " punt hoort dit besluit?"
    ),
    "decision.too_long": "Dat is een lang besluit: houd het bij hooguit {limit} tekens.",
    "decision.list.title": "📌 <b>Besluiten van {group}</b> ({count})",
    "decision.list.title.search": "📌 <b>Besluiten met “{search}”</b> ({count})",
    "decision.list.heading.none": "<b>Buiten een overleg</b>",
    "decision.list.item": "{number}. {what} <i>({day})</i>",
    "decision.list.empty": (
        "Er zijn nog geen besluiten vastgelegd. Een bestuurslid legt er een vast met"
        " <code>/besluit tekst</code>."
    ),
    "decision.list.none_found": "Geen besluiten gevonden met “{search}”.",
    "action.private_how": (
        "Hier laat /actie met een nummer een actie zien, bijvoorbeeld /actie 12; /acties toont"
        " al jouw open acties. Een nieuwe actie leg je vast in de groep van jullie overleg."
    ),
    "action.ask": (
        "Wat is de actie, wie doet het en uiterlijk wanneer? Antwoord op dit bericht,"
        " bijvoorbeeld: <i>bewonersbrief rondsturen @jan uiterlijk vrijdag</i>"
    ),
    "action.bad": ("{reason}\n\nZo gebruik je het: {usage}\nBijvoorbeeld: <code>{example}</code>"),
    "action.bad.no_text": "Wat moet er gebeuren? Ik mis de actie zelf.",
    "action.bad.past": "De datum {moment} is al voorbij. Kies een datum vanaf vandaag.",
    "action.too_long": "Dat is een lange actie: houd het bij hooguit {limit} tekens.",
    "action.too_many_owners": (
        "Dat zijn te veel eigenaren: een actie heeft er hooguit {limit}. Splits hem op in"
        " kleinere acties."
    ),
    "action.not_created": "Goed, ik heb niets opgeslagen.",
    "action.only_self": (
        "Je kunt alleen een actie voor jezelf vastleggen. Een bestuurslid kan acties aan"
        " anderen geven."
    ),
    "action.already_done": "Actie {number} is al klaar.",
    "action.already_dropped": "Actie {number} gaat al niet door.",
    "action.already_yours": "Actie {number} is al van jou.",
    "action.other_group": "Deze knop hoort bij een actie van een andere groep.",
    "action.not_found": "Actie {number} kan ik niet vinden. Bekijk de acties met /acties.",
    "action.party.gemeente": "gemeente",
    "action.party.stadsdeel": "stadsdeel",
    "action.party.pep": "PEP",
    "action.party.wijkagent": "wijkagent",
    "action.party.politie": "politie",
    "action.party.woningcorporatie": "woningcorporatie",
    "action.created": "✅ Actie {number}: {what}. {who}",
    "action.created_due": "✅ Actie {number}: {what}. {who}, uiterlijk {due}",
    "action.line": "{number}. {what}, uiterlijk {due}",
    "action.line.overdue": "⚠️ {number}. {what}, uiterlijk {due} <b>(te laat)</b>",
    "action.line.no_due": "{number}. {what}",
    "action.line.owners": " ({who})",
    "action.card.title": "📋 <b>Actie {number}</b>: {what}",
    "action.card.group": "Groep: {group}",
    "action.card.owners": "👤 {who}",
    "action.card.due": "📅 uiterlijk {due}",
    "action.card.due.overdue": "⚠️ uiterlijk {due} <b>(te laat)</b>",
    "action.card.state.done": "✅ Klaar",
    "action.card.state.dropped": "🚫 Gaat niet door: {reason}",
    "action.card.timeline": "<b>Geschiedenis</b>",
    "action.timeline.created": "• {when}: aangemaakt door {by}",
    "action.timeline.done": "• {when}: klaar, gemeld door {by}",
    "action.timeline.dropped": "• {when}: gaat niet door volgens {by} ({detail})",
    "action.timeline.postponed": "• {when}: uitgesteld door {by}, {detail}",
    "action.timeline.moved": "van {old} naar {new}",
    "action.timeline.taken_over": "• {when}: overgenomen door {by} (was: {detail})",
    "action.timeline.reminded": "• {when}: herinnering {detail}",
    "action.button.done": "✅ Klaar",
    "action.button.drop": "🚫 Niet doen",
    "action.button.later": "📅 Uitstellen",
    "action.button.take": "🙋 Overnemen",
    "action.button.back": "↩️ Terug naar de lijst",
    "action.list.title": "📋 <b>Open acties van {group}</b> ({count})",
    "action.list.title.mine": "📋 <b>Jouw open acties</b> ({count})",
    "action.list.title.private": "📋 <b>Jouw open acties, uit al je groepen</b> ({count})",
    "action.list.heading.owner": "<b>👤 {who}</b>",
    "action.list.heading.group": "<b>👥 {group}</b>",
    "action.list.hint": (
        "<i>Tik op een nummer om de actie af te vinken, uit te stellen of over te nemen.</i>"
    ),
    "action.list.empty.a": (
        "Er staan geen acties open. 🎉 Leg er een vast met"
        " <code>/actie wat @wie uiterlijk wanneer</code>."
    ),
    "action.list.empty.m": "Jij hebt geen open acties. 🎉",
    "action.list.empty.p": "Jij hebt in geen enkele groep open acties. 🎉",
    "action.done": "✅ Actie {number} is klaar. Dank je!",
    "action.taken": "🙋 Actie {number} is nu van jou.",
    "action.ask_reason": (
        "Waarom gaat actie {number} ({what}) niet door? Antwoord op dit bericht met de"
        " reden; die komt in de geschiedenis."
    ),
    "action.dropped": "🚫 Actie {number} ({what}) gaat niet door: {reason}",
    "action.ask_due": (
        "Tot wanneer stel je actie {number} ({what}) uit? Antwoord op dit bericht,"
        " bijvoorbeeld: <i>vrijdag over een week</i>."
    ),
    "action.bad_due": "Daar lees ik geen datum in.",
    "action.bad_due_past": "Die datum is al voorbij.",
    "action.postponed": "📅 Actie {number} ({what}) is uitgesteld tot {due}.",
    "action.remind.private": "⏰ <b>Uit {group}</b>",
    "action.remind.before": {
        "one": "⏰ Morgen: actie {number}, {what} (uiterlijk {due}).",
        "other": "⏰ Over {days} dagen: actie {number}, {what} (uiterlijk {due}).",
    },
    # numbers as words in running text, "over twee dagen" (higher ones in digits)
    "action.remind.numbers": "nul een twee drie vier vijf zes zeven acht negen tien elf twaalf",
    "action.remind.due": "⏰ Vandaag is de dag: actie {number}, {what} (uiterlijk {due}).",
    "action.remind.overdue": (
        "⚠️ Actie {number}, {what}, moest uiterlijk {due} klaar zijn. Is het gelukt? Vink"
        " hem af, of stel hem uit."
    ),
    "action.remind.to.private": "privé aan {name}",
    "action.remind.to.group": "in de groep aan {name}",
    "action.digest.title": "🗓️ <b>Weekoverzicht: open acties van {group}</b> ({count})",
    "action.digest.hint": "<i>Afvinken, uitstellen of overnemen: /acties</i>",
    "action.export.file": "acties-{day}.csv",
    "action.export.caption": "📊 Alle acties van {group} ({count}), voor Excel of LibreOffice.",
    "action.export.empty": "Er zijn nog geen acties om te exporteren.",
    "action.export.header": (
        "Nummer;Actie;Eigenaren;Uiterlijk;Status;Reden;Aangemaakt op;Aangemaakt door;"
        "Afgesloten op;Laatste wijziging"
    ),
    "action.state.open": "open",
    "action.state.done": "klaar",
    "action.state.dropped": "niet doen",
    "setting.actions.digest.label": "Weekoverzicht van de acties",
    "setting.actions.digest.help": (
        "Op welke dag en hoe laat de open acties in de groep komen, of uit."
    ),
    "setting.actions.reminders.label": "Herinneringen aan eigenaren",
    "setting.actions.reminders.help": (
        "Twee dagen voor de datum, op de dag zelf en daarna wekelijks (hooguit drie keer)."
    ),
    "setting.actions.after_meeting.label": "Actielijstje na een overleg",
    "setting.actions.after_meeting.help": (
        "Zo lang na afloop stuur ik de acties van het overleg, tenzij er al een verslag is."
    ),
    "cmd.verslag.description": "verslag van het overleg: besluiten, acties, aanwezigen",
    "cmd.verslag.example": "/verslag",
    "cmd.verslag.usage": "/verslag (van het overleg van nu, of het laatste)",
    "decision.ask": (
        "Wat is het besluit? Antwoord op dit bericht, bijvoorbeeld:"
        " <i>we vragen subsidie aan voor het buurtfeest</i>. Hoort het bij een agendapunt,"
        " begin dan met het nummer: <i>3: we vragen subsidie aan</i>"
    ),
    "decision.ask.item": (
        "Wat is het besluit bij agendapunt {number}? Antwoord op dit bericht, bijvoorbeeld:"
        " <i>we vragen subsidie aan voor het buurtfeest</i>"
    ),
    "decision.no_item": "Het overleg heeft geen agendapunt {number}.",
    "decision.in_meeting": "Bij het overleg van {day}.",
    "decision.on_item": "Agendapunt {number}: {item}",
    "decision.which_item": "Bij welk agendapunt hoort dit besluit?",
    "item.no_meeting": (
        "Agendapunt {number} hoort bij een overleg, maar er is nu geen overleg bezig of net"
        " geweest. Zonder nummer ervoor leg ik het vast, los van een overleg."
    ),
    "action.item_or_text": (
        "Hoort deze actie bij agendapunt {number} ‘{item}’? Zonder agendapunt blijft de"
        " tekst zoals je hem typte: “{text}”"
    ),
    "decision.item_or_text": (
        "Hoort dit besluit bij agendapunt {number} ‘{item}’? Zonder agendapunt blijft de"
        " tekst zoals je hem typte: “{text}”"
    ),
    "decision.button.at_item": "Bij punt {number} ({item})",
    "decision.button.plain": "Zonder agendapunt",
    "decision.chosen.at_item": "Bij agendapunt {number}.",
    "decision.chosen.plain": "Zonder agendapunt.",
    "decision.button.no_item": "Bij geen enkel punt",
    "decision.list.heading": "<b>Overleg van {day}</b>",
    "report.no_meeting": (
        "Er is nog geen overleg geweest om een verslag van te maken. Plan er een met /overleg."
    ),
    "report.title": "📝 <b>Verslag van het overleg van {day}</b>\n{group}",
    "report.section.meeting": "<b>Overleg</b>",
    "report.section.agenda": "<b>Agenda en besluiten</b>",
    "report.section.decisions": "<b>Overige besluiten</b>",
    "report.section.new_actions": "<b>Nieuwe acties</b>",
    "report.section.open_before": "<b>Nog open van eerder</b>",
    "report.when": "🕖 {when}",
    "report.time": "{start} tot {end}",
    "report.place": "📍 {place}",
    "report.chair": "Voorzitter: {name}",
    "report.minute_taker": "Notulist: {name}",
    "report.present": "👥 Aanwezig ({count}): {names}",
    "report.excused": "Afwezig met bericht: {names}",
    "report.no_items": "Er stonden geen punten op de agenda.",
    "report.item": "{number}. {text}",
    "report.decision": "   📌 Besluit {number}: {text}",
    "report.no_actions": "Geen nieuwe acties.",
    "report.button.attendance": "👥 Aanwezigen aanpassen",
    "report.button.back": "↩️ Klaar",
    "report.attendance": (
        "👥 Wie was er bij het overleg van {day}? Tik op een naam om hem aan of uit te zetten."
    ),
    "report.doc.caption": "📄 Het verslag, klaar om te printen (A4).",
    "report.doc.heading": "Verslag: {kind}, {day}",
    "report.doc.footer": "Gemaakt door Wijkbot op {moment}.",
    "report.doc.place": "Plaats",
    "report.doc.chair": "Voorzitter",
    "report.doc.minute_taker": "Notulist",
    "report.doc.present": "Aanwezig",
    "report.doc.excused": "Afwezig met bericht",
    "report.doc.agenda": "Agenda en besluiten",
    "report.doc.no_items": "Er stonden geen punten op de agenda.",
    "report.doc.decision": "Besluit",
    "report.doc.decisions": "Overige besluiten",
    "report.doc.new_actions": "Nieuwe acties",
    "report.doc.no_actions": "Geen nieuwe acties.",
    "report.doc.open_before": "Nog open van eerder",
    "report.doc.action": "Actie",
    "report.doc.owners": "Wie",
    "report.doc.due": "Uiterlijk",
    "report.doc.overdue": "te laat",
    "report.list.title": "📋 <b>Actielijst van het overleg van {day}</b>",
    "report.list.hint": "<i>Afvinken, uitstellen of overnemen: /acties. Het hele verslag: /verslag</i>",
}
