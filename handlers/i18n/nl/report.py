"""Dutch texts of the meeting report as a secretary keeps it: attendance with afberichten and
guests. Texts are HTML; {placeholders} are filled escaped."""

from handlers.i18n.catalog import Catalog

MESSAGES: Catalog = {
    "report.absent": "Afwezig zonder bericht: {names}",
    "report.guests": "Gasten: {names}",
    "report.with_reason": "{name} ({reason})",
    "report.doc.file": "verslag-{day}.html",
    "report.doc.absent": "Afwezig zonder bericht",
    "report.doc.guests": "Gasten",
    "report.guest.empty": "Zet de naam van de gast erbij, bijvoorbeeld <code>Carla (stadsdeel)</code>.",
    "report.guest.too_long": "Die naam is te lang: hooguit {limit} tekens.",
    "report.guest.ask": (
        "Wie was er als gast bij het overleg van {day}? Antwoord op dit bericht met de naam,"
        " bijvoorbeeld <code>Carla (stadsdeel)</code>."
    ),
    "report.guest.added": "👤 {name} staat als gast bij het overleg van {day}.",
    "report.guest.known": "{name} staat al als gast bij het overleg van {day}.",
    "report.button.guest": "➕ Gast",
    "report.button.unguest": "✖️ {name}",
    "meeting.reason.ask": (
        "{name}, wil je een reden geven voor je afbericht (voor het verslag)? Antwoord op dit"
        " bericht; het hoeft niet."
    ),
    "meeting.reason.saved": "Genoteerd: {name} is afwezig met bericht ({reason}).",
    "meeting.reason.empty": "Er staat geen reden in.",
    "meeting.reason.too_long": "Die reden is te lang: hooguit {limit} tekens.",
    "meeting.reason.not_no": "Je staat niet (meer) als afwezig voor dit overleg.",
    "report.note": "   ✍️ {text}",
    "report.item_action": "   ➡️ Actie {number}: {text} ({owners})",
    "report.item_action.due": "   ➡️ Actie {number}: {text} ({owners}), uiterlijk {due}",
    "report.carried": "{number}. {text} — doorgeschoven naar {day}",
    "report.carried_waiting": "{number}. {text} — doorgeschoven naar het volgende overleg",
    "report.section.rondvraag": "<b>Rondvraag</b>",
    "report.doc.rondvraag": "Rondvraag",
    "report.doc.carried": "doorgeschoven naar {day}",
    "report.doc.carried_waiting": "doorgeschoven naar het volgende overleg",
    "cmd.notulen.description": "notulen bij een agendapunt of de rondvraag (notulist of bestuur)",
    "cmd.notulen.example": "/notulen 2: De bewoners willen venstertijden; het stadsdeel zoekt het uit.",
    "cmd.notulen.usage": (
        "/notulen punt: tekst, of /notulen rondvraag: tekst; ook als antwoord op de agenda van"
        " het overleg"
    ),
    "minutes.saved": "✍️ Genoteerd bij punt {number}: {item}",
    "minutes.saved_rondvraag": "✍️ Genoteerd bij de rondvraag.",
    "minutes.no_meeting": (
        "Er is geen overleg bezig of net geweest. Notulen maak je tijdens het overleg of in de"
        " twee dagen erna."
    ),
    "minutes.not_allowed": "Notulen maakt de notulist ({name}) of het bestuur.",
    "minutes.empty": "Er staat geen tekst in.",
    "minutes.too_long": "Dat is te lang: hooguit {limit} tekens.",
    "minutes.which": "Bij welk punt hoort het? De agenda van het overleg van {day}:",
    "minutes.pick": "✍️ Bij welk punt hoort dit? “{note}” Kies hieronder, of antwoord met het nummer.",
    "minutes.pick_again": "Kies een punt met de knoppen, of antwoord met het nummer van het punt (of <i>rondvraag</i>).",
    "minutes.button.item": "{number}. {text}",
    "minutes.button.rondvraag": "Rondvraag",
    "minutes.line": "{number}. {text}",
    "minutes.how": "Typ <code>/notulen 2: wat er besproken is</code>, of met het woord van een vast punt: <code>/notulen mededelingen: …</code>, <code>/notulen rondvraag: …</code>.",
    "minutes.saved_standard": "✍️ Genoteerd bij {title}.",
    "report.status.concept": "📄 Concept: het volgende overleg van deze soort stelt het verslag vast.",
    "report.status.approved": "✅ Vastgesteld op {day}.",
    "report.previous.approved": "   ✅ Het verslag van {day} is vastgesteld.",
    "report.previous.concept": "   📄 Het verslag van {day} is nog concept: het bestuur stelt het vast met de knop onder /verslag.",
    "report.button.approve": "✅ Verslag {day} vaststellen",
    "report.button.mail": "✉️ Mail het verslag",
    "report.approved": "✅ Het verslag van {day} is vastgesteld. Hieronder het vastgestelde verslag.",
    "report.approve.none": "Er is geen eerder verslag van deze soort overleg om vast te stellen.",
    "report.approve.already": "Het verslag van {day} is al vastgesteld.",
    "report.mail.subject": "Verslag {kind} {group}, {day} ({version})",
    "report.mail.intro": "Het verslag van de {kind} van {group} op {day} ({version}). Het printbare verslag zit als bijlage bij deze mail.",
    "report.mail.version.concept": "concept",
    "report.mail.version.vastgesteld": "vastgesteld",
    "report.mail.sent": "✉️ Het verslag ({version}) is gemaild naar {to}.",
    "report.mail.already": "✉️ Dit verslag ({version}) is al gemaild, op {day}.",
    "report.mail.busy": "✉️ Het verslag wordt al verstuurd.",
    "report.mail.no_address": "Zet eerst de adressen voor het verslag: <code>/instellingen verslagmail leden@bo-duindorp.nl</code>.",
    "report.mail.no_server": "✉️ Er is geen mailserver ingesteld (SMTP_URL en MAIL_FROM). Stuur het bestand hierboven zelf door.",
    "setting.report.mail.label": "Verslag mailen naar",
    "setting.report.mail.help": "Naar deze adressen gaat ✉️ Mail het verslag (voor leden zonder Telegram).",
}
