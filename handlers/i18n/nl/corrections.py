"""Dutch texts for correcting what was logged (issue 17): decisions, actions and advices.
Texts are HTML; {placeholders} are filled escaped."""

from handlers.i18n.catalog import Catalog

MESSAGES: Catalog = {
    # --- decisions ------------------------------------------------------------------------------
    "decision.button.edit": "✏️ Wijzigen",
    "decision.button.text": "📝 Tekst",
    "decision.button.item": "📍 Agendapunt",
    "decision.button.remove": "🗑️ Verwijderen",
    "decision.button.remove_yes": "🗑️ Ja, verwijderen",
    "decision.button.remove_no": "Nee, laten staan",
    "decision.card.title": "📌 <b>Besluit {number}</b>: {what}",
    "decision.card.removed": "🗑️ Verwijderd",
    "decision.card.timeline": "<b>Geschiedenis</b>",
    "decision.timeline.created": "• {when}: vastgelegd door {by}",
    "decision.timeline.text": "• {when}: tekst gewijzigd door {by} (was: {detail})",
    "decision.timeline.item": "• {when}: agendapunt gewijzigd door {by} (was: {detail})",
    "decision.timeline.removed": "• {when}: verwijderd door {by}",
    "decision.timeline.no_item": "geen agendapunt",
    "decision.not_found": "Besluit {number} kan ik niet vinden. Bekijk de besluiten met /besluiten.",
    "decision.removed": "Besluit {number} is verwijderd; daar verandert niets meer aan.",
    "decision.empty": "Er staat niets in. Schrijf op wat er besloten is.",
    "decision.same_text": "Dat is dezelfde tekst; besluit {number} is niet veranderd.",
    "decision.ask_text": (
        "Wat is de nieuwe tekst van besluit {number}? Antwoord op dit bericht.\nNu: <i>{what}</i>"
    ),
    "decision.text_changed": "✏️ Besluit {number} is gewijzigd: {what}",
    "decision.no_items": "Het overleg van besluit {number} heeft geen agendapunten.",
    "decision.item_open_again": "“{item}” staat weer open op de agenda.",
    "decision.confirm_remove": (
        "Weet je het zeker? Besluit {number} (<i>{what}</i>) verdwijnt uit /besluiten en uit"
        " het verslag. In de geschiedenis blijft staan wie het verwijderde."
    ),
    "decision.removed_done": "🗑️ Besluit {number} is verwijderd: <s>{what}</s>",
    "decision.undone": "↩️ Besluit {number} is ongedaan gemaakt: <s>{what}</s>",
    "decision.list.hint": "<i>Tik op een 📌-nummer om dat besluit te bekijken of te wijzigen.</i>",
    # --- actions --------------------------------------------------------------------------------
    "action.button.edit": "✏️ Wijzigen",
    "action.button.text": "📝 Tekst",
    "action.button.who": "👤 Wie",
    "action.button.date": "📅 Datum",
    "action.button.to_card": "↩️ Terug",
    "action.button.link": "🔗 {name} is {member}",
    "action.who.member": "👤 {name}",
    "action.who.as_name": "✍️ “{name}” als naam",
    "action.who.nothing": "✖️ Niets opslaan",
    "action.who.unknown": (
        "🤔 {typed} ken ik niet in deze groep (ik ken alleen mensen die hier al iets aan mij"
        " hebben gevraagd). Bedoel je {plain} als naam, zonder Telegram?"
    ),
    "action.who.unknown.one": "🤔 {typed} ken ik niet in deze groep. Bedoel je {name}?",
    "action.who.unknown.several": "🤔 {typed} ken ik niet in deze groep. Wie bedoel je?",
    "action.who.name.one": "🤔 Bedoel je met “{typed}” {name}?",
    "action.who.name.several": "🤔 Wie bedoel je met “{typed}”?",
    "action.who.subject": "🤔 {typed} ken ik niet in deze groep. Is {typed} de eigenaar?",
    "action.who.self": "🙋 Ik ({name})",
    "action.who.chosen_self": "🙋 {name} doet het ({typed} is niet de eigenaar)",
    "action.who.chosen": "👤 {typed}: {name}",
    "action.who.chosen_name": "✍️ {typed}: {plain} als naam, zonder Telegram",
    "action.ask_text": (
        "Wat is de nieuwe tekst van actie {number}? Antwoord op dit bericht.\nNu: <i>{what}</i>"
    ),
    "action.ask_owners": (
        "Wie doet actie {number} ({what})? Antwoord op dit bericht met @namen of namen,"
        " bijvoorbeeld <i>@jan en gemeente</i>, of <i>ik</i>.\nNu: {who}"
    ),
    "action.ask_date": (
        "Wat is de nieuwe datum van actie {number} ({what})? Antwoord op dit bericht,"
        " bijvoorbeeld <i>vrijdag 11 december</i>, of <i>geen</i> voor geen datum.\nNu: {due}"
    ),
    "action.no_due": "geen datum",
    "action.same": "Dat is hetzelfde als het was; actie {number} is niet veranderd.",
    "action.no_owners": "Wie doet het? Ik lees geen naam in je antwoord.",
    "action.owners_only_self": (
        "Je kunt alleen jezelf toevoegen of anderen weghalen. Een bestuurslid kan de actie aan"
        " anderen geven."
    ),
    "action.owners_in_group": "Wie een actie doet, pas je aan in de groep zelf.",
    "action.changed": "✏️ Actie {number} is gewijzigd: {summary}",
    "action.summary": "{what}. {who}",
    "action.summary_due": "{what}. {who}, uiterlijk {due}",
    "action.linked": "🔗 {name} is nu {member}: die krijgt de herinneringen.",
    "action.undone": "↩️ Actie {number} is ongedaan gemaakt: <s>{what}</s>",
    "action.timeline.text": "• {when}: tekst gewijzigd door {by} (was: {detail})",
    "action.timeline.owners": "• {when}: wie het doet gewijzigd door {by} (was: {detail})",
    "action.timeline.due": "• {when}: datum gewijzigd door {by}, {detail}",
    "action.timeline.linked": "• {when}: “{detail}” gekoppeld aan een lid door {by}",
    # --- advices -------------------------------------------------------------------------------
    "advice.button.edit": "✏️ Wijzigen",
    "advice.button.fix_subject": "📝 Onderwerp",
    "advice.button.fix_sent": "📅 Verzonden",
    "advice.button.fix_to": "✉️ Aan",
    "advice.button.to_card": "↩️ Terug",
    "advice.fix.which": "Wat wil je verbeteren?",
    "advice.fix.ask_subject": (
        "Wat is het onderwerp van advies {number}? Antwoord op dit bericht.\nNu: <i>{now}</i>"
    ),
    "advice.fix.ask_sent": (
        "Wanneer is advies {number} verzonden? Antwoord op dit bericht, bijvoorbeeld"
        " <i>3 november</i>. De termijnen tellen vanaf die dag.\nNu: {now}"
    ),
    "advice.fix.ask_to": (
        "Aan wie ging advies {number}? Antwoord met een naam en/of e-mailadres, bijvoorbeeld"
        " <i>stadsdeel Centrum centrum@denhaag.nl</i>.\nNu: {now}"
    ),
    "advice.fix.nobody": "niet ingevuld",
    "advice.fix.no_subject": "Het onderwerp van advies {number} kan niet leeg zijn.",
    "advice.fix.no_date": (
        "Welke datum? Schrijf bijvoorbeeld <code>/advies {number} verzonden 3 november</code>."
    ),
    "advice.fix.no_recipient": (
        "Aan wie? Schrijf een naam en/of e-mailadres, bijvoorbeeld"
        " <code>/advies {number} aan stadsdeel Centrum</code>."
    ),
    "advice.fix.same": "Dat is hetzelfde als het was; advies {number} is niet veranderd.",
    "advice.fix.after_reply": (
        "Die datum ligt na de ontvangstbevestiging of de reactie op advies {number}; er is niets"
        " veranderd."
    ),
    "advice.fixed.subject": "✏️ Advies {number} heet nu: {subject}",
    "advice.fixed.sent": (
        "✏️ Advies {number} is verzonden op {date}. De ontvangstbevestiging is nu uiterlijk {ack},"
        " de reactie uiterlijk {reply}."
    ),
    "advice.fixed.sent_reply": (
        "✏️ Advies {number} is verzonden op {date}. De reactie is nu uiterlijk {reply}."
    ),
    "advice.fixed.sent_closed": "✏️ Advies {number} is verzonden op {date}.",
    "advice.fixed.to": "✏️ Advies {number} ging aan: {to}",
    "advice.tl.subject_changed": "onderwerp gewijzigd door {by} (was: {old})",
    "advice.tl.sent_changed": "verzenddatum gewijzigd door {by} (was: {old})",
    "advice.tl.to_changed": "geadresseerde gewijzigd door {by} (was: {old})",
    "advice.undo.mailed": (
        "Over advies {number} is al gemaild; ongedaan maken kan niet meer. Trek het in met"
        " /advies {number} intrekken."
    ),
    "advice.undone": "↩️ Advies {number} is ongedaan gemaakt: <s>{subject}</s>",
}
