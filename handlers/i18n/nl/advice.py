"""Dutch texts of /advies and /adviezen. Texts are HTML; {placeholders} are filled escaped."""

from handlers.i18n.catalog import Catalog

MESSAGES: Catalog = {
    "cmd.advies.description": "een advies aan de gemeente vastleggen en volgen",
    "cmd.advies.example": "/advies Herinrichting Duinplein verzonden 3 november aan stadsdeel Scheveningen gevraagd",
    "cmd.advies.usage": (
        "/advies onderwerp [verzonden datum] [aan wie of e-mailadres] [gevraagd|ongevraagd];"
        " /advies 4 voor de tijdlijn; /advies 4 termijnen [ontvangst 15 werkdagen]"
        " [reactie 8 weken]; /advies 4 ontvangen [datum]; /advies 4 beantwoord [datum]"
        " uitkomst: samenvatting; /advies 4 verdaagd datum reden; /advies 4 intrekken;"
        " verbeteren: /advies 4 onderwerp tekst, /advies 4 verzonden datum, /advies 4 aan wie"
    ),
    "cmd.adviezen.description": "alle adviezen met hun stand; cijfers per jaar",
    "cmd.adviezen.example": "/adviezen cijfers",
    "cmd.adviezen.usage": "/adviezen of /adviezen cijfers",
    "setting.advice.ack_days.label": "Termijn ontvangstbevestiging",
    "setting.advice.ack_days.help": "werkdagen na verzending (standaard 10)",
    "setting.advice.reply_period.label": "Termijn inhoudelijke reactie",
    "setting.advice.reply_period.help": "na verzending, bijvoorbeeld 6 weken",
    "setting.advice.very_late.label": "Lang te laat bij",
    "setting.advice.very_late.help": "procent van de reactietermijn; 200% is twee keer zo lang",
    "setting.advice.overview.label": "Weekoverzicht adviezen",
    "setting.advice.overview.help": "dag en tijd van het overzicht voor het bestuur, of uit",
    "setting.advice.escalation.label": "Escalatiecontact",
    "setting.advice.escalation.help": "bij wie het bestuur escaleert, bijvoorbeeld de stadsdeeldirecteur",
    "setting.advice.gemeente_mail.label": "E-mailadres gemeente",
    "setting.advice.gemeente_mail.help": "waar 'Mail de gemeente' naartoe mailt; meer adressen met komma's",
    "setting.advice.reply_to.label": "Antwoordadres secretaris",
    "setting.advice.reply_to.help": "antwoorden op de mails gaan naar dit adres",
    "advice.ask": (
        "Over welk advies gaat het? Antwoord op dit bericht met het onderwerp, en eventueel"
        " wanneer en aan wie het ging, bijvoorbeeld:"
        " <code>Herinrichting Duinplein verzonden 3 november aan stadsdeel Scheveningen</code>"
    ),
    "advice.registered": "✅ Vastgelegd als advies {number}.",
    "advice.too_long": "Dat is te lang: hooguit {limit} tekens.",
    "advice.bad.future": (
        "{date} ligt in de toekomst; een advies leg je vast als het verzonden is."
        " Er is niets opgeslagen.\nZo gebruik je het: {usage}"
    ),
    "advice.bad.date": (
        "Ik begrijp de datum niet: {value}. Schrijf bijvoorbeeld <code>verzonden 3 november</code>."
        " Er is niets opgeslagen.\nZo gebruik je het: {usage}"
    ),
    "advice.bad.email": (
        "{value} is geen geldig e-mailadres. Er is niets opgeslagen.\nZo gebruik je het: {usage}"
    ),
    "advice.unknown": (
        "Advies {number} bestaat niet in deze groep. /adviezen laat alle adviezen zien.\n"
        "Zo gebruik je het: {usage}"
    ),
    "advice.refused.ontvangen": "De ontvangst van advies {number} is al bevestigd; er is niets veranderd.",
    "advice.refused.beantwoord": "Advies {number} is al beantwoord; daar verandert niets meer aan.",
    "advice.refused.ingetrokken": "Advies {number} is ingetrokken; daar verandert niets meer aan.",
    "advice.refused.verzonden": "Dat kan nu niet bij advies {number}; er is niets veranderd.",
    "advice.answer.no_summary": "Zet na de dubbele punt een korte samenvatting van de reactie op advies {number}.",
    "advice.answer.no_outcome": (
        "Welke uitkomst? Kies uit overgenomen, deels overgenomen, niet overgenomen of aangehouden,"
        " bijvoorbeeld <code>/advies 4 beantwoord deels overgenomen: de bomen blijven staan</code>."
    ),
    "advice.postpone.no_reason": "Geef ook de reden van de verdaging van advies {number}, bijvoorbeeld <code>/advies 4 verdaagd 15 januari wegens de raadsbehandeling</code>.",
    "advice.postpone.not_later": "Een verdaging moet na de huidige reactietermijn van advies {number} liggen.",
    "advice.date_before_sent": "Die datum ligt vóór de verzending van advies {number}.",
    "advice.terms.ack_workdays": "De termijn voor de ontvangstbevestiging tel ik in werkdagen, bijvoorbeeld <code>ontvangst 15 werkdagen</code>.",
    "advice.terms.reply_weeks": "De reactietermijn tel ik in weken of dagen, bijvoorbeeld <code>reactie 8 weken</code>.",
    "advice.state.sent": "verzonden",
    "advice.state.acknowledged": "ontvangen",
    "advice.state.answered": "beantwoord",
    "advice.state.withdrawn": "ingetrokken",
    "advice.late.te_laat": ", ⚠️ te laat",
    "advice.late.lang_te_laat": ", 🚨 lang te laat",
    "advice.period.workdays": {"one": "{count} werkdag", "other": "{count} werkdagen"},
    "advice.period.weeks": {"one": "{count} week", "other": "{count} weken"},
    "advice.period.days": {"one": "{count} dag", "other": "{count} dagen"},
    "advice.to": " aan {recipient}",
    "advice.to_email": " ({email})",
    "advice.requested": " (gevraagd advies)",
    "advice.unrequested": " (ongevraagd advies)",
    "advice.card.title": "📨 <b>Advies {number}: {subject}</b>",
    "advice.card.sent": "Verzonden op {date}{to}{requested}",
    "advice.card.document": "📎 {name}",
    "advice.card.state": "Stand: <b>{state}</b>",
    "advice.card.acknowledged": "✅ Ontvangst bevestigd op {date}",
    "advice.card.ack_due": "⏳ Ontvangstbevestiging uiterlijk {date} ({period})",
    "advice.card.answered": "✅ Reactie op {date}: <b>{outcome}</b>\n{summary}",
    "advice.card.reply_due": "⏳ Inhoudelijke reactie uiterlijk {date} ({period})",
    "advice.card.reply_postponed": "⏳ Inhoudelijke reactie uiterlijk {date} (verdaagd: {reason})",
    "advice.card.very_late": "Lang te laat na {date}",
    "advice.button.ack": "✅ Ontvangst bevestigen",
    "advice.button.answer": "💬 Reactie geven",
    "advice.button.mail": "✉️ Mail de gemeente",
    "advice.button.mailed": "✉️ Gemaild op {date}",
    "advice.list.title": "📨 <b>Adviezen</b> ({count})",
    "advice.list.empty": (
        "Er zijn nog geen adviezen vastgelegd. Het bestuur doet dat met bijvoorbeeld"
        " <code>/advies Herinrichting Duinplein verzonden 3 november aan stadsdeel Scheveningen</code>."
    ),
    "advice.list.item": "<b>{number}. {subject}</b>\n    {state} · verzonden {sent} · {waited}{next}",
    "advice.list.owed": "{number}. {subject}: {state}{next}",
    "advice.list.next.ack": " · ontvangstbevestiging uiterlijk {date}",
    "advice.list.next.reply": " · reactie uiterlijk {date}",
    "advice.list.button": "📄 {number}",
    "advice.timeline.title": "<b>Tijdlijn</b>",
    "advice.timeline.item": "• {at}: {text}",
    "advice.tl.registered": "vastgelegd door {by} (verzonden {sent})",
    "advice.tl.acknowledged": "ontvangst bevestigd ({on}), vastgelegd door {by}",
    "advice.tl.answered": "reactie ontvangen ({on}): {outcome}, vastgelegd door {by}. {summary}",
    "advice.tl.withdrawn": "ingetrokken door {by}",
    "advice.tl.postponed": "verdaagd tot {to}, vastgelegd door {by}: {reason}",
    "advice.tl.terms": "termijnen aangepast door {by}: ontvangst {ack}, reactie {reply}",
    "advice.tl.chased_ack": "herinnering gestuurd: geen ontvangstbevestiging (termijn {deadline})",
    "advice.tl.chased_reply": "herinnering gestuurd: geen inhoudelijke reactie (termijn {deadline})",
    "advice.tl.escalated": "lang te laat ({deadline}): escalatie voorgesteld aan het bestuur",
    "advice.tl.mailed": "gemaild naar {to} door {by} ({what})",
    "advice.terms.title": "🧮 <b>Termijnen van advies {number}: {subject}</b>",
    "advice.terms.sent": "Verzonden op {date}.",
    "advice.terms.ack": "⏳ <b>Ontvangstbevestiging: uiterlijk {date}</b>\n{period} na {start}.",
    "advice.terms.reply": (
        "⏳ <b>Inhoudelijke reactie: uiterlijk {date}</b>\n{period} na {start}."
    ),
    "advice.terms.very_late": "🚨 <b>Lang te laat na {date}</b>\n{period} na {start}.",
    "advice.terms.weekend_days": {
        "one": "Niet meegeteld: {count} weekenddag.",
        "other": "Niet meegeteld: {count} weekenddagen.",
    },
    "advice.terms.skipped": "Niet meegeteld: {date}, {name}.",
    "advice.terms.moved": "{raw} valt in het {reason}; de termijn loopt door tot de eerste werkdag daarna.",
    "advice.terms.because_weekend": "weekend",
    "advice.terms.ack_command": {
        "one": "ontvangst {count} werkdag",
        "other": "ontvangst {count} werkdagen",
    },
    "advice.terms.postponed": "⏳ <b>Inhoudelijke reactie: uiterlijk {date}</b>\nVerdaagd door de gemeente: {reason}.",
    "advice.terms.footer": (
        "Werkdagen volgen de Algemene termijnenwet: geen weekenden en feestdagen. Aanpassen"
        " (bestuur): <code>/advies {number} termijnen {ack}</code> of"
        " <code>/advies {number} termijnen reactie 8 weken</code>. Lang te laat bij {percent}%"
        " van de reactietermijn."
    ),
    "advice.withdrawn": "↩️ Advies {number} is ingetrokken. Ik stuur er geen herinneringen meer over.",
    "advice.postponed": (
        "📅 Advies {number} is verdaagd: de inhoudelijke reactie komt uiterlijk {date}"
        " ({reason}). Lang te laat na {very_late}."
    ),
    "advice.acknowledged": "✅ De ontvangst van advies {number} is bevestigd ({date}). Dank je wel!",
    "advice.answered": "✅ Advies {number} is beantwoord ({date}): {outcome}.",
    "advice.outcome.adopted": "overgenomen",
    "advice.outcome.partly": "deels overgenomen",
    "advice.outcome.rejected": "niet overgenomen",
    "advice.outcome.deferred": "aangehouden",
    "advice.ask_outcome": "Wat is de uitkomst van de reactie op advies {number}?",
    "advice.outcome_typed.again": (
        "Welke uitkomst heeft advies {number}? Tik op een knop, of typ bijvoorbeeld"
        " <code>deels overgenomen: de bomen blijven staan</code>."
    ),
    "advice.outcome_chosen": "Uitkomst van advies {number}: {outcome}.",
    "advice.ask_summary": (
        "Advies {number}: {outcome}. Vat de reactie kort samen: antwoord op dit bericht."
    ),
    "advice.chase.greeting": "Beste {names},",
    "advice.chase.greeting_nobody": "Beste gemeente,",
    "advice.chase.ack": (
        "{greeting}\n\nop {sent} stuurden we advies {number}, <b>{subject}</b>,{to}. De"
        " ontvangstbevestiging hadden we uiterlijk {deadline} verwacht, maar we hebben die nog"
        " niet. We wachten nu {workdays} ({days}). Willen jullie de ontvangst"
        " bevestigen met de knop hieronder? Alvast bedankt!"
    ),
    "advice.chase.reply": (
        "{greeting}\n\nop {sent} stuurden we advies {number}, <b>{subject}</b>,{to}. De"
        " inhoudelijke reactie hadden we uiterlijk {deadline} verwacht, maar die is er nog niet."
        " We wachten nu {workdays} ({days}). Laten jullie weten wanneer we de"
        " reactie kunnen verwachten? Met de knop hieronder geven jullie de reactie."
    ),
    "advice.chase.what.ack": "herinnering ontvangstbevestiging",
    "advice.chase.what.reply": "herinnering inhoudelijke reactie",
    "advice.chase.what.very_late": "escalatie",
    "advice.escalate": (
        "🚨 <b>Advies {number} is lang te laat</b>\n\n{board}: op {sent} stuurden we"
        " <b>{subject}</b>, en na {very_late} is er nog steeds geen reactie. Tijd om te"
        " escaleren{who}. Hieronder staat een tekst om door te sturen (tik erop om te"
        " kopiëren):\n\n<pre>{text}</pre>"
    ),
    "advice.escalate.contact": " naar {contact}",
    "advice.escalate.no_contact": (
        "; stel met /instellingen (adviezen en mail) een escalatiecontact in, bijvoorbeeld de"
        " stadsdeeldirecteur"
    ),
    "advice.escalate.board": "Bestuur",
    "advice.forward.text": (
        'Geachte {contact},\n\n{group} stuurde advies {number}, "{subject}", aan de gemeente.'
        " Ondanks herinneringen hebben we na {workdays} nog geen inhoudelijke reactie."
        "\n\nHet verloop:\n{facts}\n\nWilt u ervoor zorgen dat we op korte termijn een reactie"
        " krijgen?\n\nMet vriendelijke groet,\n{group}"
    ),
    "advice.forward.anyone": "heer/mevrouw",
    "advice.forward.sent": "- {date}: advies verzonden{to}",
    "advice.forward.acknowledged": "- {date}: ontvangst bevestigd",
    "advice.forward.no_ack": "- {date}: termijn voor de ontvangstbevestiging verstreken zonder bevestiging",
    "advice.forward.postponed": "- verdaagd tot {date}: {reason}",
    "advice.forward.no_reply": "- {date}: termijn voor de inhoudelijke reactie verstreken",
    "advice.overview.title": "📋 <b>Weekoverzicht adviezen</b>: {count} open",
    "advice.overview.footer": "<i>Voor het bestuur. /adviezen laat alles zien; /advies {number} de tijdlijn van advies {number}.</i>",
    "advice.mail.subject": "Advies {number}: {subject} ({group})",
    "advice.mail.body.ack": (
        'Geachte heer/mevrouw,\n\nOp {sent} stuurde {group} u advies {number}, "{subject}".'
        " Volgens de afspraak verwachtten wij uiterlijk {deadline} een ontvangstbevestiging;"
        " die hebben wij nog niet ontvangen. Wij wachten nu {workdays}.\n\nWilt u de"
        " ontvangst van het advies bevestigen? U kunt antwoorden op deze e-mail.\n\nMet"
        " vriendelijke groet,\n{group}"
    ),
    "advice.mail.body.reply": (
        'Geachte heer/mevrouw,\n\nOp {sent} stuurde {group} u advies {number}, "{subject}".'
        " Wij verwachtten uiterlijk {deadline} een inhoudelijke reactie; die hebben wij nog niet"
        " ontvangen. Wij wachten nu {workdays}.\n\nWilt u laten weten wanneer wij"
        " de reactie kunnen verwachten? U kunt antwoorden op deze e-mail.\n\nMet vriendelijke"
        " groet,\n{group}"
    ),
    "advice.mail.body.very_late": (
        'Geachte heer/mevrouw,\n\nOp {sent} stuurde {group} u advies {number}, "{subject}".'
        " Na {workdays} hebben wij nog geen inhoudelijke reactie.\n\nMet vriendelijke"
        " groet,\n{group}"
    ),
    "advice.mail.you": "u",
    "advice.mail.already": "Deze herinnering is al gemaild op {date}.",
    "advice.mail.no_address_yet": "(nog geen adres: stel het in met /instellingen)",
    "advice.mail.copy": (
        "✉️ Er is geen mailserver ingesteld, dus stuur deze mail zelf. Tik op een blok om het"
        " te kopiëren.\n\nAan: <code>{to}</code>{reply_to}\nOnderwerp:"
        " <code>{subject}</code>\n\n<pre>{body}</pre>\n\nMailen vanuit Wijkbot kan als de"
        " beheerder SMTP_URL en MAIL_FROM instelt; het adres van de gemeente en van de"
        " secretaris staan in /instellingen (adviezen en mail)."
    ),
    "advice.mail.no_address": (
        "Ik weet het e-mailadres van de gemeente nog niet. Stel het in met"
        " <code>/instellingen gemeentemail stadsdeel@denhaag.nl</code>, of zet het bij het"
        " advies (aan adres@gemeente.nl). Er is niets gemaild."
    ),
    "advice.mail.failed.down": (
        "⚠️ De mailserver is niet bereikbaar ({reason}). Er is niets gemaild; probeer het later"
        " nog eens met dezelfde knop."
    ),
    "advice.mail.failed.login": (
        "⚠️ De mailserver weigert de inlog ({reason}). Er is niets gemaild; laat de beheerder"
        " SMTP_URL controleren."
    ),
    "advice.mail.failed.refused": (
        "⚠️ De mailserver weigert de mail ({reason}). Er is niets gemaild; kijk of het adres"
        " klopt in /instellingen."
    ),
    "advice.mail.reply_to": "\nAntwoorden naar: <code>{address}</code>",
    "advice.figures.title": "📊 <b>Adviezen van {group}: cijfers per jaar</b>",
    "advice.figures.year": (
        "<b>{year}</b>: {count} ({withdrawn} ingetrokken)\n"
        "• Ontvangst op tijd bevestigd: {ack}\n"
        "• Op tijd inhoudelijk beantwoord: {reply}\n"
        "• Mediaan tot ontvangstbevestiging: {ack_days}\n"
        "• Mediaan tot inhoudelijke reactie: {reply_days}\n"
        "• Uitkomsten: {outcomes}"
    ),
    "advice.figures.count": {"one": "{count} advies", "other": "{count} adviezen"},
    "advice.figures.percent": "{percent}% ({part} van {whole})",
    "advice.figures.workdays": {"one": "{n} werkdag", "other": "{n} werkdagen"},
    "advice.figures.nothing_yet": "nog niets te meten",
    "advice.figures.no_outcomes": "nog geen",
    "advice.figures.footer": (
        "<i>Een advies telt mee zodra het is bevestigd of beantwoord, of zodra de termijn"
        " verstreken is. Werkdagen volgens de Algemene termijnenwet.</i>"
    ),
    "advice.figures.chart_caption": "Werkdagen tot ontvangstbevestiging en reactie, per advies",
    "advice.chart.title": "Reactietijd van de gemeente per advies",
    "advice.chart.x": "advies",
    "advice.chart.y": "werkdagen na verzending",
    "advice.chart.ack": "tot ontvangstbevestiging",
    "advice.chart.reply": "tot inhoudelijke reactie",
    "advice.chart.deadline": "termijn",
    "advice.chart.open": "nog open (tot vandaag)",
    "advice.lateness.op_tijd": "",
    "advice.lateness.te_laat": "te laat",
    "advice.lateness.lang_te_laat": "lang te laat",
    "advice.csv.caption": {
        "one": "📎 {count} advies, om te openen in Excel of LibreOffice.",
        "other": "📎 {count} adviezen, om te openen in Excel of LibreOffice.",
    },
    "advice.csv.requested.yes": "gevraagd",
    "advice.csv.requested.no": "ongevraagd",
    "advice.csv.number": "nummer",
    "advice.csv.subject": "onderwerp",
    "advice.csv.recipient": "aan",
    "advice.csv.requested": "gevraagd",
    "advice.csv.sent": "verzonden",
    "advice.csv.ack_due": "ontvangstbevestiging uiterlijk",
    "advice.csv.reply_due": "reactie uiterlijk",
    "advice.csv.very_late": "lang te laat na",
    "advice.csv.state": "stand",
    "advice.csv.late": "te laat",
    "advice.csv.acknowledged": "ontvangen op",
    "advice.csv.answered": "beantwoord op",
    "advice.csv.outcome": "uitkomst",
    "advice.csv.summary": "samenvatting",
    "advice.csv.ack_days": "werkdagen tot ontvangst",
    "advice.csv.reply_days": "werkdagen tot reactie",
    "advice.csv.postponed_to": "verdaagd tot",
    "advice.csv.postpone_reason": "reden verdaging",
    "advice.csv.document": "document",
    "advice.mail.sent": "✉️ Gemaild naar {to}.",
    "cmd.post.description": "het postvak: mail van de gemeente die bij geen advies hoort (bestuur)",
    "cmd.post.example": "/post",
    "cmd.post.usage": "/post",
    "advice.tl.mail_in": "mail ontvangen van {sender}: {subject}",
    "advice.mailin.title": "📧 <b>Mail over advies {number}</b>: {subject}",
    "advice.mailin.from": "Van: {sender}\nDatum: {date}\nOnderwerp: {subject}",
    "advice.mailin.text": "{text}",
    "advice.mailin.empty": "<i>(geen tekst)</i>",
    "advice.mailin.too_big": "⚠️ Deze mail was te groot om helemaal te lezen; hij staat in de mailbox van de bot.",
    "advice.mailin.attachments": "📎 {names}",
    "advice.mailin.refused": "📎 {name} ({size}) is groter dan {cap} en staat daarom alleen in de mailbox van de bot.",
    "advice.mailin.auto.out_of_office": "🤖 Een automatisch antwoord (afwezig). Aan het advies verandert niets.",
    "advice.mailin.auto.acknowledgement": "🤖 Een automatische ontvangstbevestiging. Telt die voor jullie als ontvangstbevestiging?",
    "advice.mailin.auto.bounce": "⚠️ Een mail over dit advies kwam niet aan. Kijk het adres na in /instellingen.",
    "advice.mailin.auto.other": "🤖 Een automatisch bericht. Aan het advies verandert niets.",
    "advice.mailin.button.ack": "✅ Dit is de ontvangstbevestiging",
    "advice.mailin.button.reply": "📨 Dit is de reactie",
    "advice.mailin.button.neither": "✖️ Geen van beide",
    "advice.mailin.button.assign": "🔗 Bij een advies",
    "advice.mailin.button.dismiss": "🗑️ Weggooien",
    "advice.mailin.button.advice": "Advies {number}: {subject}",
    "advice.mailin.ask_outcome": "Wat is de uitkomst van de reactie op advies {number}?",
    "advice.mailin.neither": "Genoteerd: geen ontvangstbevestiging en geen reactie.",
    "advice.mailin.decided": "Deze mail is al verwerkt.",
    "advice.mailin.dismissed": "🗑️ Uit het postvak gehaald. De mail zelf blijft in de mailbox van de bot.",
    "advice.mailin.postvak.notice": "📬 Er is mail van de gemeente die bij geen advies hoort. Het bestuur ziet hem met /post.",
    "advice.mailin.postvak.title_one": "📬 <b>Mail in het postvak</b>",
    "advice.mailin.postvak.title": {
        "one": "📬 <b>Postvak</b>: 1 mail die bij geen advies hoort.",
        "other": "📬 <b>Postvak</b>: {count} mails die bij geen advies horen.",
    },
    "advice.mailin.postvak.empty": "📭 Het postvak is leeg.",
    "advice.mailin.postvak.pick": "Bij welk advies hoort deze mail?",
    "advice.mailin.postvak.none_open": "Er is geen open advies om deze mail bij te zetten.",
    "cmd.overzicht.description": "gemeentecontact: alles wat open staat in al je groepen, in een privégesprek",
    "cmd.overzicht.example": "/overzicht wekelijks maandag 9:00",
    "cmd.overzicht.usage": "/overzicht; /overzicht wekelijks <dag> <tijd>|uit; /overzicht mail <adres>|uit; /overzicht prive aan|uit",
    "official.private_only": "Je overzicht stuur ik in een privégesprek: open een chat met mij en typ daar /overzicht.",
    "official.none": "Je bent in geen groep gemeentecontact. Een beheerder van een groep zet je erbij met /gemeente toevoegen.",
    "official.title": {
        "one": "🏛️ <b>Jouw overzicht</b> · 1 groep",
        "other": "🏛️ <b>Jouw overzicht</b> · {count} groepen",
    },
    "official.nothing": "Niets open: alle adviezen en acties zijn afgehandeld. 👍",
    "official.item.ack": "{mark} <b>{group}</b> · advies {number}: {title}\n    ontvangstbevestiging uiterlijk {deadline}{late} · {waited}",
    "official.item.reply": "{mark} <b>{group}</b> · advies {number}: {title}\n    inhoudelijke reactie uiterlijk {deadline}{late} · {waited}",
    "official.item.action": "{mark} <b>{group}</b> · actie {number}: {title}\n    uiterlijk {deadline}{late} · {waited}",
    "official.no_date": "zonder datum",
    "official.late": {
        "one": " (1 werkdag te laat)",
        "other": " ({count} werkdagen te laat)",
    },
    "official.waited": {
        "one": "wacht 1 werkdag",
        "other": "wacht {count} werkdagen",
    },
    "official.more": {
        "one": "… en nog 1",
        "other": "… en nog {count}",
    },
    "official.figures.title": "📊 <b>Antwoordtijden per organisatie</b> (laatste 20 adviezen, op naam; geen ranglijst)",
    "official.figures.line": "{group}: {advices} · {ack} · {reply}",
    "official.figures.advices": {
        "one": "1 advies",
        "other": "{count} adviezen",
    },
    "official.figures.none": "{group}: nog geen adviezen",
    "official.figures.part": "{what} {days}, {share} op tijd",
    "official.figures.part_days": "{what} {days}",
    "official.figures.part_none": "nog geen {what}, {share} op tijd",
    "official.figures.part_unknown": "{what} nog niet bekend",
    "official.figures.what_ack": "ontvangst",
    "official.figures.what_reply": "reactie",
    "official.figures.days": {
        "one": "mediaan 1 werkdag",
        "other": "mediaan {count} werkdagen",
    },
    "official.button.ack": "✅ Ontvangst {number} · {group}",
    "official.button.answer": "📨 Reactie {number} · {group}",
    "official.done.ack": "✅ Ontvangst van advies {number} ({group}) bevestigd en in de groep gemeld.",
    "official.done.answer": "📨 De reactie op advies {number} ({group}) is vastgelegd en in de groep gemeld.",
    "official.via": "<i>(via het overzicht van {name})</i>",
    "official.ask_outcome": "Wat is de uitkomst van de reactie op advies {number} ({group})?",
    "official.digest.label": "weekoverzicht",
    "official.digest.help": "Wanneer je elke week het overzicht van al je groepen krijgt.",
    "official.digest.set": "📅 Je krijgt elke {moment} het overzicht: {ways}.",
    "official.digest.off": "Het wekelijkse overzicht staat uit. Aanzetten: /overzicht wekelijks maandag 9:00",
    "official.digest.private": "hier in dit gesprek",
    "official.digest.mail": "per mail aan {address}",
    "official.digest.bad_mail": "{value} is geen e-mailadres. Voorbeeld: /overzicht mail naam@denhaag.nl",
    "official.digest.title": {
        "one": "📅 <b>Weekoverzicht</b> · 1 groep",
        "other": "📅 <b>Weekoverzicht</b> · {count} groepen",
    },
    "official.digest.subject": "Wijkbot-weekoverzicht: wat uw groepen nog verwachten",
    "official.digest.since": "Nieuw sinds {day}:",
    "official.news.group": "<b>{group}</b>",
    "official.news.ack.due": "⏰ advies {number}: {title}\n    ontvangstbevestiging uiterlijk vandaag",
    "official.news.ack.overdue": "🔴 advies {number}: {title}\n    ontvangstbevestiging was uiterlijk {deadline}{late}",
    "official.news.reply.due": "⏰ advies {number}: {title}\n    inhoudelijke reactie uiterlijk vandaag",
    "official.news.reply.overdue": "🔴 advies {number}: {title}\n    inhoudelijke reactie was uiterlijk {deadline}{late}",
    "official.news.reply.very_late": "🚨 advies {number}: {title}\n    nu lang te laat: reactie was uiterlijk {deadline}{late}",
    "official.news.action.due": "⏰ actie {number}: {title}\n    uiterlijk vandaag",
    "official.news.action.overdue": "🔴 actie {number}: {title}\n    was uiterlijk {deadline}{late}",
    "official.digest.open": {
        "one": "Nog 1 open in totaal: /overzicht voor alles",
        "other": "Nog {count} open in totaal: /overzicht voor alles",
    },
    "official.digest.open_mail": {
        "one": "Nog 1 open in totaal: typ /overzicht in je chat met de bot voor alles",
        "other": "Nog {count} open in totaal: typ /overzicht in je chat met de bot voor alles",
    },
    "official.digest.quiet": {
        "one": "📅 Niets nieuws deze week; nog 1 open: /overzicht",
        "other": "📅 Niets nieuws deze week; nog {count} open: /overzicht",
    },
    "official.digest.quiet_mail": {
        "one": "Niets nieuws deze week; nog 1 open: typ /overzicht in je chat met de bot",
        "other": "Niets nieuws deze week; nog {count} open: typ /overzicht in je chat met de bot",
    },
    "advice.figures.by_mail": "📧 Per mail: {replies}, {acks} ({mails} ontvangen).",
    "advice.figures.mail_replies": {"one": "1 reactie", "other": "{count} reacties"},
    "advice.figures.mail_acks": {
        "one": "1 ontvangstbevestiging",
        "other": "{count} ontvangstbevestigingen",
    },
    "advice.figures.mails": {"one": "1 mail", "other": "{count} mails"},
    "advice.button.mail_advice": "✉️ Mail het advies",
    "advice.mail.what.advice": "het advies",
    "advice.mail.body.advice": (
        "Geachte heer, mevrouw,\n\n"
        "Op {sent} stuurde {group} {to} advies {number}: {subject}.\n"
        "Het advies: {link}\n\n"
        "Wij zien uw ontvangstbevestiging graag uiterlijk {ack} tegemoet, en uw inhoudelijke"
        " reactie uiterlijk {reply}. U kunt eenvoudig op deze mail antwoorden.\n\n"
        "Met vriendelijke groet,\n{group}"
    ),
}
