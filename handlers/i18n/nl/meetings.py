"""Dutch texts of /overleg and /agenda. Texts are HTML; {placeholders} are filled escaped."""

from handlers.i18n.catalog import Catalog

MESSAGES: Catalog = {
    "cmd.overleg.description": "overleggen plannen en bekijken (met aanmelden en agenda-ritme)",
    "cmd.overleg.example": "/overleg di 8 dec 19:30 Wijkcentrum De Boog, Loosduinen",
    "cmd.overleg.usage": (
        "/overleg wanneer [waar] (bestuur); /overleg elke eerste dinsdag van de maand 19:30"
        " [waar] voor een vaste reeks; /overleg verplaatsen 8 dec naar 10 dec 19:30;"
        " /overleg afzeggen 22 december; /overleg reeks stoppen; /overleg alleen toont de"
        " komende en vraagt stap voor stap naar een nieuw overleg; /overleg jaar voor de"
        " jaarplanning"
    ),
    "cmd.agenda.description": "een punt op de agenda zetten of de agenda bekijken",
    "cmd.agenda.example": "/agenda Parkeeroverlast Duinstraat",
    "cmd.agenda.usage": (
        "/agenda punt, of /agenda als antwoord op een bericht; /agenda alleen toont de"
        " agenda en vraagt stap voor stap naar een nieuw punt (➕); /agenda document stuurt"
        " hem als printbaar bestand"
    ),
    "meeting.usage_because": "{reason}\nZo gebruik je het: {usage}\nBijvoorbeeld: <code>{example}</code>",
    "meeting.no_date": "Ik zie geen datum en tijd voor het overleg.",
    "meeting.ask_time_series": "🕰️ Hoe laat beginnen de overleggen ({rule})? Antwoord op dit bericht met de tijd, en eventueel de plaats, bijvoorbeeld: <i>19:30 in het buurthuis</i>.",
    "meeting.no_time_series": "Zet er een tijd bij, dan weet iedereen hoe laat de overleggen beginnen.",
    "meeting.past": "Dat moment is al voorbij; een overleg plan je in de toekomst.",
    "meeting.bad_time": "{value} is geen geldige tijd.",
    "meeting.place_too_long": "Die plaats is te lang: hooguit {limit} tekens.",
    "meeting.ask_time": (
        "Hoe laat begint het overleg op {day}? Antwoord op dit bericht met een tijd,"
        " bijvoorbeeld <code>19:30</code>."
    ),
    "meeting.ask_day": (
        "🗓️ Op welke dag is het overleg om {time}? Antwoord op dit bericht met een dag,"
        " bijvoorbeeld <i>dinsdag 8 december</i>."
    ),
    "meeting.ask_day_again": (
        "🤔 In “{answer}” zie ik geen dag. Op welke dag is het overleg om {time}? Antwoord op"
        " dit bericht, bijvoorbeeld <i>dinsdag 8 december</i> of <i>volgende week donderdag</i>."
    ),
    "meeting.ask_when": (
        "🗓️ Wanneer precies is het overleg? In “{words}” zie ik een datum die ik niet zeker"
        " weet, en ik plan niets op de gok. Antwoord op dit bericht met de dag en de tijd,"
        " bijvoorbeeld <i>dinsdag 8 december 19:30</i> of <i>elke tweede dinsdag van de maand"
        " 19:30</i>."
    ),
    "meeting.not_planned.held": "Dat overleg is al geweest.",
    "meeting.not_planned.cancelled": "Dat overleg is afgezegd.",
    "meeting.title": "📅 <b>Overleg {group}</b>",
    "meeting.title.cancelled": "❌ <b>Afgezegd: overleg {group}</b>",
    "meeting.when": "{start} tot {end}",
    "meeting.when_line": "🕒 {when}",
    "meeting.place": "📍 {place}",
    "meeting.chair": "🪑 Voorzitter: {name}",
    "meeting.minute_taker": "✍️ Notulist: {name}",
    "meeting.already_planned": "Dit overleg staat al gepland: {when}{where}. Ik plan het niet nog eens.",
    "meeting.already_planned.link": '<a href="{url}">↗ aankondiging</a>',
    "meeting.already_planned.above": "Zie de aankondiging ↑",
    "meeting.same_day": {
        "one": "Let op: die dag staat ook al een overleg, om {times}.",
        "other": "Let op: die dag staan ook al {count} overleggen, om {times}.",
    },
    "meeting.series_after_planned": "Op {when} stond al een overleg; de reeks begint de keer daarna.",
    "meeting.series": "🔁 Vaste reeks: {rule}. Het volgende overleg zet ik steeds zelf klaar.",
    "meeting.rsvp.yes": "✅ Ik kom ({count})",
    "meeting.rsvp.maybe": "🤔 Misschien ({count})",
    "meeting.rsvp.no": "❌ Ik kom niet ({count})",
    "meeting.rsvp.hint": "<i>Laat met de knoppen weten of je komt. De agenda: /agenda</i>",
    "meeting.rsvp.saved.yes": "Genoteerd: je komt.",
    "meeting.rsvp.saved.maybe": "Genoteerd: misschien.",
    "meeting.rsvp.saved.no": "Genoteerd: je komt niet.",
    "meeting.rsvp_closed": "Voor dit overleg kun je je niet meer aanmelden.",
    "meeting.button.yes": "Ik kom",
    "meeting.button.maybe": "Misschien",
    "meeting.button.no": "Ik kom niet",
    "meeting.button.move": "Verplaatsen",
    "meeting.button.cancel": "Afzeggen",
    "meeting.button.cancel_yes": "Ja, afzeggen",
    "meeting.button.cancel_no": "Nee",
    "meeting.button.series_change": "🔁 Reeks wijzigen",
    "meeting.button.series_stop": "🔁 Reeks stoppen",
    "meeting.button.series_stop_yes": "Ja, stoppen",
    "meeting.button.series_stop_no": "Nee",
    "meeting.button.chair": "Voorzitter",
    "meeting.button.minutes": "Notulist",
    "meeting.button.back": "↩️ Terug",
    "meeting.button.new": "➕ Nieuw overleg",
    "meeting.ask_new": (
        "📅 Wanneer is het overleg, en waar? Antwoord op dit bericht, bijvoorbeeld"
        " <i>dinsdag 8 december 19:30 Buurthuis</i> of <i>elke tweede dinsdag van de maand 19:30"
        " De Kroon</i>."
    ),
    "meeting.ics.title": "Overleg {group}",
    "meeting.ics.alarm": "Morgen: overleg {group}",
    "meeting.ics.caption": "📎 Zet het overleg in je agenda met dit bestand.",
    "meeting.ics.caption_changed": "📎 Het gewijzigde overleg voor je agenda.",
    "meeting.ics.caption_cancelled": "📎 Haal het overleg uit je agenda met dit bestand.",
    "meeting.ics.caption_undone": (
        "📎 Had je het overleg al in je agenda gezet? Met dit bestand haal je het eruit."
    ),
    "meeting.ics.title_kind": "{kind} {group}",
    "meeting.ics.file": "overleg-{day}.ics",
    "meeting.ics.series_file": "overlegreeks-{day}.ics",
    "meeting.ics.series_description": "Vaste reeks: {rule}. De agenda van elk overleg staat in de groep.",
    "meeting.ics.caption_series": (
        "📎 Zet de hele reeks in je agenda met dit ene bestand: alle overleggen van de reeks,"
        " ook de volgende."
    ),
    "meeting.ics.caption_series_moved": (
        "📎 De reeks in je agenda bijwerken: het overleg van {when} is verplaatst. Open dit"
        " bestand, dan verschuift het ook in je agenda."
    ),
    "meeting.ics.caption_series_moved_out": "📎 De reeks in je agenda bijwerken: het overleg van {when} is verplaatst. Open dit bestand, dan verdwijnt die datum uit je agenda; het nieuwe overleg zet je erin met het bestand hierboven.",
    "meeting.ics.caption_series_cancelled": (
        "📎 De reeks in je agenda bijwerken: het overleg van {when} gaat niet door. Open dit"
        " bestand, dan verdwijnt het uit je agenda; de rest van de reeks blijft staan."
    ),
    "meeting.ics.caption_series_back": (
        "📎 De reeks in je agenda bijwerken: het overleg staat weer op {when}. Open dit bestand,"
        " dan staat het ook in je agenda weer goed."
    ),
    "meeting.ics.caption_series_rhythm": (
        "📎 De reeks in je agenda bijwerken: voortaan {rule}. Open dit bestand, dan volgt je"
        " agenda het nieuwe ritme."
    ),
    "meeting.ics.caption_series_stopped": (
        "📎 De reeks is gestopt. Open dit bestand, dan staan er na {when} geen overleggen van de"
        " reeks meer in je agenda."
    ),
    "meeting.ics.caption_series_undone": (
        "📎 Had je de reeks al in je agenda gezet? Met dit bestand haal je de hele reeks eruit."
    ),
    "meeting.ask_move": (
        "Naar wanneer verplaatsen we het overleg van {when}? Antwoord op dit bericht,"
        " bijvoorbeeld <code>donderdag 10 december 20:00</code>."
    ),
    "meeting.move_no_date": (
        "Ik zie geen datum. Antwoord op dit bericht met het nieuwe moment, bijvoorbeeld"
        " <code>donderdag 10 december 20:00</code>."
    ),
    "meeting.move_past": (
        "Dat moment is al voorbij. Antwoord op dit bericht met een moment in de toekomst."
    ),
    "meeting.move_ask_time": (
        "Hoe laat begint het overleg op {day}? Antwoord op dit bericht met een tijd,"
        " bijvoorbeeld <code>{old}</code> (de tijd van nu)."
    ),
    "meeting.move_unclear": (
        "🤔 In “{words}” zie ik een datum die ik niet zeker weet. Naar wanneer gaat het overleg?"
        " Antwoord op dit bericht, bijvoorbeeld <code>donderdag 10 december 20:00</code>."
    ),
    "meeting.move_same": "Het overleg staat al op {when}; er verandert niets.",
    "meeting.move_undone": "↩️ <b>Ongedaan gemaakt:</b> het overleg blijft op {when}.",
    "meeting.move_no_new": "In “{words}” zie ik geen nieuwe datum voor het overleg.",
    "meeting.none_planned": (
        "Er is geen overleg gepland om te veranderen. Plan er een met bijvoorbeeld"
        " <code>/overleg di 8 dec 19:30 Buurthuis</code>."
    ),
    "meeting.pick": "Welk overleg bedoel je? Kies hieronder.",
    "meeting.pick_no_day": "In “{words}” zie ik geen dag. Welk overleg bedoel je? Kies hieronder.",
    "meeting.none_on": (
        "Op {day} staat geen overleg. Welk overleg bedoel je? Kies hieronder; er verandert"
        " nog niets."
    ),
    "meeting.picked": "Gekozen: het overleg van {when}.",
    "meeting.series.none": (
        "Er loopt geen vaste reeks. Een reeks plan je met bijvoorbeeld"
        " <code>/overleg elke tweede dinsdag van de maand 19:30 De Kroon</code>."
    ),
    "meeting.series.which": "Welke vaste reeks bedoel je? Kies hieronder.",
    "meeting.series.shown": "🔁 <b>Vaste reeks:</b> {rule}\n📍 {place}",
    "meeting.series.coming": "De komende overleggen van de reeks (zo staan ze ook in je agenda):",
    "meeting.series.coming_line": "• {when}",
    "meeting.series.coming_moved": "• {when} — {place} (verplaatst)",
    "meeting.series.sure": (
        "⚠️ <b>Weet je het zeker?</b> De vaste reeks ({rule}) stopt: ik plan geen nieuwe"
        " overleggen meer. Een overleg dat al gepland is, blijft staan."
    ),
    "meeting.series.kept": "👍 Niets veranderd: de vaste reeks ({rule}) gaat door.",
    "meeting.series.stopped": "🔁 De vaste reeks ({rule}) is gestopt; ik plan geen nieuwe overleggen meer.",
    "meeting.series.stays": (
        "Het overleg van {when} blijft staan. Gaat dat ook niet door? Zeg het af met"
        " /overleg afzeggen."
    ),
    "meeting.series.stopped_already": "Die vaste reeks is al gestopt.",
    "meeting.series.ask": (
        "🔁 Nu: {rule}. Wat wordt het nieuwe ritme? Antwoord op dit bericht, bijvoorbeeld"
        " <code>elke derde donderdag van de maand 20:00</code> (eventueel met de plaats)."
    ),
    "meeting.series.unclear": (
        "🤔 In “{words}” zie ik geen volledig ritme met dag en tijd. Wat wordt het nieuwe"
        " ritme? Antwoord op dit bericht, bijvoorbeeld <code>elke derde donderdag van de maand"
        " 20:00</code>."
    ),
    "meeting.series.changed": "🔁 De vaste reeks is gewijzigd: {rule}.",
    "meeting.moved": "📅 <b>Het overleg is verplaatst</b>\nWas: {before}\nNu: {after}",
    "meeting.cancelled": "❌ <b>Het overleg van {when} is afgezegd.</b>",
    "meeting.cancel.sure": (
        "⚠️ <b>Weet je het zeker?</b> Het overleg van {when} wordt afgezegd. Iedereen in de"
        " groep krijgt bericht, met een bestand om het uit de agenda te halen."
    ),
    "meeting.cancel.kept": "👍 Niets veranderd: het overleg van {when} gaat gewoon door.",
    "meeting.ahead.back": "🔁 Het overleg van {when} staat weer in de reeks.",
    "meeting.ahead.others_stay": "🔁 De andere data van de reeks blijven staan.",
    "meeting.ahead.on_series": "Op {when} heeft de reeks al een overleg; er verandert niets.",
    "meeting.ahead.gone": "Die datum van de reeks is intussen gepland, verplaatst of afgezegd; er verandert niets.",
    "meeting.ahead.cancelled": (
        "🚫 Het overleg van {day} gaat niet door. De andere data van de reeks blijven staan."
    ),
    "meeting.undone": "↩️ <b>Ongedaan gemaakt:</b> het overleg van {when} staat niet meer gepland.",
    "meeting.series_goes_on": (
        "🔁 De vaste reeks gaat door: het volgende overleg zet ik klaar na {day}."
    ),
    "meeting.series_next": (
        "📅 Het volgende overleg van de vaste reeks: {when}. Laat met de knoppen weten of je komt."
    ),
    "meeting.items_to": "het overleg van {day}",
    "meeting.items_wait": "het volgende overleg (nog niet gepland)",
    "meeting.items_moved": {
        "one": "Het agendapunt gaat naar {target}.",
        "other": "De {count} agendapunten gaan naar {target}.",
    },
    "meeting.no_board": "Er zijn nog geen bestuursleden. Voeg ze toe met /bestuur toevoegen.",
    "meeting.job.ask.c": "🪑 Wie is de voorzitter van het overleg van {when}?",
    "meeting.job.ask.m": "✍️ Wie notuleert bij het overleg van {when}?",
    "meeting.job.suggest": "Aan de beurt volgens de rotatie: ⭐ {name}",
    "meeting.job.set.c": "{name} is voorzitter op {day}.",
    "meeting.job.set.m": "{name} notuleert op {day}.",
    "meeting.list.empty": (
        "Er is nog geen overleg gepland. Plan er een met bijvoorbeeld"
        " <code>/overleg di 8 dec 19:30 Buurthuis</code>."
    ),
    "meeting.list.title": "📅 <b>Komende overleggen van {group}</b>",
    "meeting.list.rsvp": "{yes} · {maybe} · {no}",
    "meeting.list.yes": {"one": "✅ {count} komt", "other": "✅ {count} komen"},
    "meeting.list.maybe": "🤔 {count} misschien",
    "meeting.list.no": "❌ {count} niet",
    "meeting.year.title": "📆 <b>Overleggen in {year}</b> ({group})",
    "meeting.year.held": "✔️ {when} (geweest)",
    "meeting.year.planned": "🗓️ {when} (gepland)",
    "meeting.year.none": "Nog geen overleggen dit jaar.",
    "meeting.year.count": "Totaal: {count} ({held} geweest, {planned} gepland).",
    "meeting.year.below": "⚠️ Dat is minder dan het afgesproken minimum van {minimum} per jaar.",
    "meeting.year.enough": "Het afgesproken minimum van {minimum} per jaar wordt gehaald.",
    "meeting.day.title": "⏰ <b>Morgen: overleg {group}</b>",
    "meeting.day.title.today": "⏰ <b>Vandaag: overleg {group}</b>",
    "meeting.day.title.ahead": {
        "one": "⏰ <b>Over {count} dag: overleg {group}</b>",
        "other": "⏰ <b>Over {count} dagen: overleg {group}</b>",
    },
    "meeting.day.agenda": "<b>Agenda</b>",
    "meeting.hour.title": "⏰ <b>Over een uur: overleg {group}</b>",
    "meeting.end.title": "✔️ Het overleg van {day} is geweest.",
    "meeting.end.carried": {
        "one": "Eén punt is niet besproken en schuift door naar {target}:",
        "other": "{count} punten zijn niet besproken en schuiven door naar {target}:",
    },
    "meeting.end.item": "• {text}",
    "meeting.end.next": "📅 Het volgende overleg: {when}. Laat met de knoppen weten of je komt.",
    "meeting.half_year": {
        "one": (
            "📆 Bestuur: voor {year} staat {count} overleg gepland of gehouden, minder dan"
            " het afgesproken minimum van {minimum}. Plan de overleggen met /overleg, en kijk"
            " met /overleg jaar naar de planning."
        ),
        "other": (
            "📆 Bestuur: voor {year} staan {count} overleggen gepland of gehouden, minder dan"
            " het afgesproken minimum van {minimum}. Plan de overleggen met /overleg, en kijk"
            " met /overleg jaar naar de planning."
        ),
    },
    "agenda.more": {
        "one": "<i>… en nog {count} punt; alles staat in /agenda document.</i>",
        "other": "<i>… en nog {count} punten; alles staat in /agenda document.</i>",
    },
    "agenda.none": "<i>Nog geen punten. Voeg er een toe met /agenda en je punt.</i>",
    "agenda.empty": "Het agendapunt is leeg.",
    "agenda.too_long": "Een agendapunt mag hooguit {limit} tekens hebben; dit zijn er {length}.",
    "agenda.of_meeting": "de agenda van {day}",
    "agenda.of_waiting": "de lijst voor het volgende overleg",
    "agenda.duplicate": "Dit staat al op {where} als punt {number}; ik zet het er niet nog eens op.",
    "agenda.added": "✅ Punt {number} op de agenda van het overleg van {when}:\n{text}",
    "agenda.added_waiting": (
        "✅ Genoteerd als punt {number} voor het volgende overleg (er is nog geen overleg"
        " gepland; het gaat mee zodra er een is):\n{text}"
    ),
    "agenda.closed_note": (
        "ℹ️ De agenda van {day} is al gesloten, dus dit punt gaat naar het overleg daarna."
    ),
    "agenda.button.offer_yes": "➕ Op de agenda",
    "agenda.button.offer_no": "Nee",
    "agenda.offer.ask": "Zal ik dit op de agenda zetten? “{text}”",
    "agenda.offer.yes_or_no": "Antwoord met ja of nee, of gebruik de knoppen onder de vraag.",
    "agenda.offer.declined": "Oké, dat zet ik niet op de agenda.",
    "agenda.offer.gone": "Dat bericht is er niet meer; stuur <code>/agenda</code> met je punt.",
    "agenda.offer.not_yours": "Alleen wie het schreef (of het bestuur) kan dit kiezen.",
    "agenda.button.force": "Toch op deze agenda",
    "agenda.button.add": "➕ Punt toevoegen",
    "agenda.ask_item": (
        "📋 Welk punt wil je op de agenda zetten? Antwoord op dit bericht, bijvoorbeeld"
        " <i>Parkeeroverlast Duinstraat</i>."
    ),
    "agenda.forced": "✅ Toch op de agenda van {day} gezet als punt {number}:\n{text}",
    "agenda.line": "{number}. {text} <i>({who})</i>",
    "agenda.carried": "<i>— doorgeschoven van {day}</i>",
    "agenda.edited": "<i>— gewijzigd door {who}</i>",
    "agenda.discussed": "✅ <i>besproken</i>",
    "agenda.link": '<a href="{url}">↗ bericht</a>',
    "agenda.title": "📋 <b>Agenda overleg {group}</b>",
    "agenda.title_waiting": (
        "📋 <b>Punten voor het volgende overleg van {group}</b>\n<i>Er is nog geen overleg"
        " gepland.</i>"
    ),
    "agenda.is_closed": "<i>De agenda is gesloten; nieuwe punten gaan naar het overleg daarna.</i>",
    "agenda.button.up": "⬆️ {n}",
    "agenda.button.down": "⬇️ {n}",
    "agenda.button.defer": "⏭️ {n}",
    "agenda.button.done": "✅ {n}",
    "agenda.button.reopen": "↩️ {n}",
    "agenda.button.remove": "✖️ {n}",
    "agenda.button.edit": "✏️ {n}",
    "agenda.button.edit_text": "✏️ Tekst wijzigen",
    "agenda.undone": "↩️ <b>Ongedaan gemaakt:</b> punt {number} (‘{text}’) staat niet meer op de agenda.",
    "agenda.renumbered": "Verschoven: nu punt {number}. De lijst hierboven toont de nieuwe nummers.",
    "agenda.ask_text": (
        "✏️ Wat wordt de nieuwe tekst van punt {number}? Nu: “{text}”. Antwoord op dit bericht."
    ),
    "agenda.edit_denied": "Alleen het bestuur, of wie het punt inbracht, kan de tekst wijzigen.",
    "agenda.text_changed": "✏️ Punt {number} gewijzigd:\n{text}",
    "agenda.number.removed": (
        "Punt {number} (‘{text}’) is van de agenda gehaald. De andere punten hielden hun nummer;"
        " kijk met /agenda welk punt je bedoelt."
    ),
    "agenda.number.deferred": (
        "Punt {number} (‘{text}’) is doorgeschoven naar {target}. Kijk met /agenda welk punt je"
        " bedoelt."
    ),
    "agenda.number.moved": (
        "⚠️ Punt {number} is net verschoven: nu is punt {number} ‘{text}’, en ‘{other}’ is"
        " punt {other_number}. Typ het nog eens met het nummer van nu."
    ),
    "agenda.meeting_over": "Dat overleg is al geweest of afgezegd.",
    "agenda.nothing_after": "Dit punt wacht al op het volgende overleg.",
    "agenda.removed": "Punt {number} weggehaald: {text}. De andere punten houden hun nummer.",
    "agenda.deferred": "Doorgeschoven naar {target}.",
    "agenda.final.title": "📋 <b>Definitieve agenda overleg {group}</b>",
    "agenda.final.closed": "<i>De agenda is gesloten. Nieuwe punten gaan naar het overleg daarna.</i>",
    "agenda.call.title": "📣 <b>Agendapunten gevraagd: overleg {group}</b>",
    "agenda.call.how": (
        "Heb je een punt? Stuur <code>/agenda</code> met je punt, of antwoord met"
        " <code>/agenda</code> op een bericht om dat bericht op de agenda te zetten."
    ),
    "agenda.call.closes": "De agenda sluit {moment}.",
    "agenda.pin_refused": (
        "📌 Ik mocht de agenda niet vastzetten. Wil je dat wel? Maak mij dan beheerder van"
        " de groep met het recht ‘Berichten vastzetten’ (groepsinfo → Beheerders → Wijkbot)."
        " Ik zeg dit maar één keer; de agenda staat hierboven."
    ),
    "agenda.doc.heading": "Agenda",
    "agenda.doc.no_meeting": "Volgend overleg (datum nog niet bekend)",
    "agenda.doc.place": "Plaats",
    "agenda.doc.chair": "Voorzitter",
    "agenda.doc.minute_taker": "Notulist",
    "agenda.doc.carried": "doorgeschoven van {day}",
    "agenda.doc.discussed": "besproken",
    "agenda.doc.empty": "Er staan nog geen punten op de agenda.",
    "agenda.doc.footer": "Gemaakt door Wijkbot op {moment}.",
    "agenda.doc.caption": "📄 De agenda, klaar om te printen (A4).",
    "setting.agenda.call.label": "Uitvraag agendapunten",
    "setting.agenda.call.help": "Zo lang voor het overleg vraag ik om agendapunten (of uit).",
    "setting.agenda.close.label": "Agenda sluit",
    "setting.agenda.close.help": (
        "Zo lang voor het overleg sluit de agenda; dan zet ik de definitieve agenda vast."
    ),
    "setting.meetings.remind_day.label": "Eerste herinnering",
    "setting.meetings.remind_day.help": "Zo lang voor het overleg herinner ik met agenda en aanmeldingen.",
    "setting.meetings.remind_hour.label": "Laatste herinnering",
    "setting.meetings.remind_hour.help": "Zo lang voor het begin herinner ik nog een keer.",
    "setting.meetings.minimum.label": "Minimaal per jaar",
    "setting.meetings.minimum.help": (
        "Zoveel overleggen per jaar; bij minder waarschuw ik het bestuur elk half jaar (0 is uit)."
    ),
}
