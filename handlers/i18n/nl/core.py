"""Dutch texts of the kit and setup: greeting, help, errors, settings, dates, the engine. Texts are HTML; {placeholders} are filled escaped."""

from handlers.i18n.catalog import Catalog

MESSAGES: Catalog = {
    # Group lifecycle
    "greeting": (
        "👋 Hallo {group}! Ik ben Wijkbot. Ik help jullie overleg op orde te houden: agenda's,"
        " besluiten en acties, adviezen aan de gemeente, peilingen en herinneringen.\n\n"
        "Zo beginnen jullie:\n"
        "1. Maak de bestuursleden beheerder van de groep, of voeg ze toe met"
        " /bestuur toevoegen.\n"
        "2. Voeg medewerkers van de gemeente toe met /gemeente toevoegen.\n"
        "3. Kijk met /help wat ik kan, en zet een eerste herinnering met"
        " /herinner volgende dinsdag 19:30 bestuursvergadering."
    ),
    "greeting.back": (
        "👋 Hallo {group}, Wijkbot is er weer! Alles van eerder staat er nog: /agenda, /acties,"
        " /herinneringen. Wat ik had moeten sturen terwijl ik weg was, is niet verstuurd:"
        " kijk even of er iets blijft liggen."
    ),
    "start.private": (
        "👋 Hallo {name}! Ik ben Wijkbot, de assistent van jullie bewonersoverleg.\n\n"
        "Hier in het privégesprek kan ik je persoonlijke herinneringen sturen, en kun je"
        " /herinner en /herinneringen voor jezelf gebruiken. In de groep doe ik de rest:"
        " agenda, besluiten, acties, adviezen en peilingen.\n\n"
        "Voeg me toe aan de app-groep van jullie overleg om te beginnen. /help laat alles zien."
    ),
    "cmd.help.description": "wat Wijkbot kan; uitleg per opdracht of onderwerp",
    "cmd.help.example": "/help",
    "cmd.help.usage": "/help; /help opdracht; /help onderwerp; /help datums",
    "cmd.start.description": "kennismaken met Wijkbot",
    "cmd.start.example": "/start",
    "cmd.start.usage": "/start",
    "cmd.instellingen.description": "taal, tijdzone en naam van de groep",
    "cmd.instellingen.example": "/instellingen tijdzone Europe/Amsterdam",
    "cmd.instellingen.usage": (
        "/instellingen, of /instellingen taal en | tijdzone Europe/Amsterdam"
        " | naam BO Duindorp | tijd 09:00"
    ),
    "cmd.export.description": "gegevens van de groep als bestand (bestuur)",
    "cmd.export.example": "/export acties",
    "cmd.export.usage": "/export acties of /export adviezen (een CSV-bestand voor Excel of LibreOffice); /export zonder woord voor alles (een ZIP met JSON en CSV)",
    # Errors
    "error.generic": (
        "😕 Sorry, daar ging iets mis aan mijn kant. Probeer het zo nog eens; lukt het dan nog"
        " niet, laat het de beheerder van de groep weten."
    ),
    "error.usage": "Zo gebruik je het: {usage}\nBijvoorbeeld: <code>{example}</code>",
    "error.permission.board": "Alleen bestuursleden kunnen dit doen.",
    "error.permission.admin": "Alleen beheerders van de groep kunnen dit doen.",
    "error.permission.gemeente": "Alleen contactpersonen van de gemeente kunnen dit doen.",
    "error.permission.owner": "Alleen wie dit heeft gemaakt, of een bestuurslid, kan dit doen.",
    "error.group_only": "Dit werkt alleen in de groep van jullie overleg.",
    "error.not_found": "Dat kan ik niet (meer) vinden.",
    "error.stale_button": "Deze knop hoort bij iets dat niet meer bestaat.",
    # Ongedaan maken (handlers/kit/undo.py)
    "undo.button": "↩️ Ongedaan maken",
    "undo.too_late": (
        "Ongedaan maken kan tot 10 minuten na het opslaan. Pas het nu op de gewone manier aan."
    ),
    "undo.not_yours": "Alleen {name} kan dit ongedaan maken.",
    "undo.gone": "Dit is al ongedaan gemaakt.",
    "prompt.already_answered": "Die vraag is al beantwoord. Stuur de opdracht opnieuw als je nog iets wilt veranderen.",
    "error.not_your_prompt": "Deze vraag was voor {name}.",
    "prompt.cancelled": "👍 Oké, gestopt. Ik heb niets vastgelegd of veranderd.",
    "prompt.expired": "Die vraag is verlopen. Stuur de opdracht opnieuw.",
    # What reached the bot and nothing else took (handlers/kit/addressed.py)
    "addressed.use_buttons": "Op dat bericht lees ik geen tekst: gebruik de knoppen eronder, of stuur een opdracht (/help).",
    "addressed.nothing_asked": (
        "Op dat bericht wacht ik geen antwoord. Stuur een opdracht, zoals /agenda met je punt;"
        " /help laat zien wat ik kan."
    ),
    "addressed.text_only": "Ik lees alleen tekst. Typ je antwoord als antwoord op mijn vraag.",
    "addressed.private": "Hallo! Hier werk ik met opdrachten, zoals /herinner of /acties. /help laat zien wat ik kan.",
    "addressed.mention": "Hallo! Ik werk met opdrachten, zoals /agenda of /actie. /help laat zien wat ik kan.",
    "addressed.unknown": "{command} ken ik niet. /help laat zien wat ik kan.",
    "addressed.did_you_mean": "Bedoel je {commands}?",
    "addressed.did_you_mean.line": (
        "Bedoel je {commands}? Tik op de regel hieronder om hem te kopiëren:\n<code>{line}</code>"
    ),
    "addressed.or": "{first} of {last}",
    # Settings
    "settings.title": (
        "⚙️ <b>Instellingen voor {group}</b>\n"
        "Taal: {language}\n"
        "Tijdzone: {timezone}\n"
        "Naam: {name}\n"
        "Standaardtijd voor herinneringen: {default_time}"
    ),
    "settings.language.nl": "Nederlands",
    "settings.language.en": "English",
    "settings.button.timezone": "🕒 Tijdzone",
    "settings.button.name": "✏️ Naam",
    "settings.button.default_time": "⏰ Standaardtijd",
    "settings.button.done": "Klaar",
    "settings.closed": "⚙️ Instellingen opgeslagen.",
    "settings.ask.timezone": (
        "Welke tijdzone? Antwoord op dit bericht, bijvoorbeeld <code>Europe/Amsterdam</code>."
    ),
    "settings.ask.name": "Welke naam gebruik ik voor deze groep? Antwoord op dit bericht.",
    "settings.ask.default_time": (
        "Hoe laat stuur ik herinneringen als er geen tijd bij staat? Antwoord op dit bericht,"
        " bijvoorbeeld <code>09:00</code>."
    ),
    "settings.bad.language": "Die taal ken ik niet. Kies <code>nl</code> of <code>en</code>.",
    "settings.bad.timezone": (
        "Die tijdzone ken ik niet: {value}. Gebruik een naam als <code>Europe/Amsterdam</code>."
    ),
    "settings.bad.default_time": "Dat is geen tijd: {value}. Gebruik bijvoorbeeld 09:00.",
    "settings.bad.name": "Die naam is te lang of leeg (hooguit 64 tekens).",
    "settings.saved.language": "✅ Ik spreek hier voortaan Nederlands.",
    "settings.saved.timezone": "✅ Tijdzone is nu {value}.",
    "settings.saved.name": "✅ Ik noem deze groep voortaan {value}.",
    "settings.saved.default_time": "✅ Herinneringen zonder tijd stuur ik voortaan om {value}.",
    # Feature settings, by area (domain/settings.py)
    "settings.area.meetings": "📅 Overleg en agenda",
    "settings.area.actions": "✅ Acties",
    "settings.area.advice": "📨 Adviezen en mail",
    "settings.area.polls": "🗳️ Peilingen",
    "settings.area.privacy": "🔒 Privacy",
    "settings.area.title": "⚙️ <b>{area}</b> ({group})",
    "settings.area.line": "• {label}: <b>{value}</b>\n   <i>{help}</i>",
    "settings.button.back": "◀️ Terug",
    "settings.button.change": "✏️ {label}",
    "settings.button.toggle": "{label}: {value}",
    "settings.ask.feature": (
        "Wat wordt <b>{label}</b>? Nu: {value}.\n<i>{help}</i>\nAntwoord op dit bericht."
    ),
    "settings.saved.feature": "✅ {label}: {value}.",
    "settings.bad.duration": (
        "Dat begrijp ik niet als tijdsduur: {value}. Schrijf bijvoorbeeld <code>7 dagen</code>,"
        " <code>2 uur</code> of <code>uit</code>."
    ),
    "settings.bad.number": "Dat kan niet: {value}. Kies een getal van {minimum} tot en met {maximum}.",
    "settings.bad.flag": "Kies <code>aan</code> of <code>uit</code>, niet {value}.",
    "settings.bad.weekly": (
        "Dat begrijp ik niet: {value}. Schrijf een dag en een tijd, bijvoorbeeld"
        " <code>maandag 09:00</code>, of <code>uit</code>."
    ),
    "settings.bad.emails": (
        "Dat is geen geldig e-mailadres: {value}. Bijvoorbeeld <code>stadsdeel@denhaag.nl</code>;"
        " meer adressen scheid je met komma's, en <code>geen</code> wist ze."
    ),
    "settings.bad.email": (
        "Dat is geen geldig e-mailadres: {value}. Bijvoorbeeld <code>secretaris@bo-duindorp.nl</code>,"
        " of <code>geen</code> om het te wissen."
    ),
    "settings.bad.text": "Dat is te lang: hooguit {limit} tekens.",
    "setting.value.on": "aan",
    "setting.value.off": "uit",
    "setting.value.none": "geen",
    "setting.duration.m": {
        "one": "{count} minuut",
        "other": "{count} minuten",
    },
    "setting.duration.h": {
        "one": "{count} uur",
        "other": "{count} uur",
    },
    "setting.duration.d": {
        "one": "{count} dag",
        "other": "{count} dagen",
    },
    "setting.duration.w": {
        "one": "{count} week",
        "other": "{count} weken",
    },
    # Dates
    "date.at": "'om'",
    "engine.failed": {
        "one": (
            "⚠️ Het lukte me niet om een bericht op tijd te versturen, ook niet na een paar"
            " pogingen. Kijk met /herinneringen wat er nog openstaat."
        ),
        "other": (
            "⚠️ Het lukte me niet om {count} berichten op tijd te versturen, ook niet na een"
            " paar pogingen. Kijk met /herinneringen wat er nog openstaat."
        ),
    },
    "engine.late": "<i>(te laat verstuurd, de bot was offline)</i>",
    "setting.unit.months": {
        "one": "{count} maand",
        "other": "{count} maanden",
    },
    "flood.slow_down": {
        "one": (
            "🐢 Rustig aan, {name}: dat waren veel opdrachten achter elkaar. De komende minuut"
            " reageer ik niet op jouw opdrachten, zodat de anderen ook aan de beurt komen."
        ),
        "other": (
            "🐢 Rustig aan, {name}: dat waren veel opdrachten achter elkaar. De komende {count}"
            " minuten reageer ik niet op jouw opdrachten, zodat de anderen ook aan de beurt"
            " komen."
        ),
    },
    # --- dates: asking back (issue 11)
    "help.dates_hint": "    🗓️ datums typ je zoals je praat: /help datums",
    "help.dates": (
        "🗓️ <b>Datums en tijden typ je zoals je praat</b>\n"
        "• <b>Dagen</b>: vandaag, morgen, overmorgen, dinsdag, volgende week dinsdag,"
        " 3 december, 3-12, di 8 dec, 03-12-2026\n"
        "• <b>Tijden</b>: 19:30, 19.30, 19u30, 20 uur, half acht, kwart over zeven, 8 uur 15,"
        " 7 uur 's avonds, vanavond, morgenochtend, middernacht\n"
        "• <b>Over een tijd</b>: over een kwartier, over 2 uur, over drie weken,"
        " binnen 5 werkdagen (zonder weekend en feestdagen), 10 werkdagen na 1 december\n"
        "• <b>Perioden</b>: begin, half of eind januari, week 50, dit weekend, volgende week,"
        " volgende maand, in maart, de eerste dinsdag van de maand, op de 15e\n"
        "• <b>Van–tot</b>: 7 t/m 18 december, van 19.30 tot 21.30 uur\n"
        "• <b>Verplaatst</b>: verplaatst van 3 naar 10 december, woensdag i.p.v. dinsdag\n"
        "• <b>Feestdagen</b>: Pasen, Hemelvaart, Pinksteren, Koningsdag, kerstavond,"
        " tweede kerstdag, Sinterklaas\n"
        "• <b>Uiterlijk</b>: uiterlijk volgende week (de vrijdag), uiterlijk maart (31 maart)\n"
        "• <b>Herhalen</b> (/herinner, /overleg): elke maandag 9:00, elke 2e di vd maand 19:30,"
        " elke eerste en derde dinsdag van de maand, om de week op vrijdag\n"
        "\nBij <i>om 3 uur</i> vraag ik of je 03:00 of 15:00 bedoelt; bij <i>binnenkort</i> of"
        " <i>na de zomer</i> vraag ik wanneer precies; bij /overleg vraag ik bij <i>half 8</i> of"
        " het 07:30 of 19:30 is. Een datum die niet bestaat (<i>30 februari</i>) noem ik, en"
        " ik bewaar niets."
    ),
    "when.ask.which": "🕒 Welk tijdstip bedoel je? Kies hieronder.",
    "when.ask.weekday": "📅 {date} is een {actual}, geen {typed}. Welke dag bedoel je?",
    "when.button": "{time} · {day}",
    "when.chosen": "🕒 Gekozen: {moment}",
    "when.ask.day": (
        "🗓️ Wanneer precies? Antwoord op dit bericht met een dag en eventueel een tijd,"
        " bijvoorbeeld: <i>volgende dinsdag 19:30</i> of <i>3 december</i>."
    ),
    "when.ask.words": (
        "🗓️ Wanneer precies? “{words}” lees ik niet zeker als datum, en ik gok niet. Antwoord"
        " op dit bericht met de dag en eventueel de tijd, bijvoorbeeld: <i>donderdag 10:00</i>"
        " of <i>3 december</i>."
    ),
    "when.ask.hour": "🕙 Hoe laat bedoel je met “{words}”? Kies hieronder, of antwoord op dit bericht met de dag en de tijd.",
    "when.ask.again": (
        "🤔 Uit “{answer}” kan ik nog geen dag halen. Wanneer precies? Antwoord op dit"
        " bericht, bijvoorbeeld: <i>vrijdag 4 december 19:30</i> of <i>over twee weken</i>."
    ),
    "when.impossible": "{value} bestaat niet.",
    "when.be_precise": (
        "🤔 Dat tijdstip kan op twee manieren. Schrijf het precies, bijvoorbeeld <i>15:00</i>"
        " in plaats van <i>3 uur</i>, of <i>3 december</i> in plaats van <i>binnenkort</i>."
    ),
    "setting.unit.per_year": {
        "one": "{count} per jaar",
        "other": "{count} per jaar",
    },
    "setting.unit.workdays": {
        "one": "{count} werkdag",
        "other": "{count} werkdagen",
    },
    "error.permission.action_owner": (
        "Alleen wie de actie heeft, of een bestuurslid, kan dit doen."
    ),
    # Repeating moments in words (handlers/kit/text.py)
    "rec.daily": {
        "one": "elke dag",
        "other": "elke {count} dagen",
    },
    "rec.weekly": {
        "one": "elke {weekday}",
        "other": "elke {count} weken op {weekday}",
    },
    "rec.monthly_day": {
        "one": "elke maand op de {day}e",
        "other": "elke {count} maanden op de {day}e",
    },
    "rec.monthly_nth": "elke {nth} {weekday} van de maand",
    "rec.at": " om {time}",
    "rec.nth.1": "eerste",
    "rec.nth.2": "tweede",
    "rec.nth.3": "derde",
    "rec.nth.4": "vierde",
    "rec.nth.5": "vijfde",
    "rec.nth.-1": "laatste",
    "rec.nth.and": "{first} en {last}",
}
