"""Dutch messages (the default). Texts are HTML; {placeholders} are filled escaped."""

MESSAGES: dict[str, str] = {
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
    "start.private": (
        "👋 Hallo {name}! Ik ben Wijkbot, de assistent van jullie bewonersoverleg.\n\n"
        "Hier in het privégesprek kan ik je persoonlijke herinneringen sturen, en kun je"
        " /herinner en /herinneringen voor jezelf gebruiken. In de groep doe ik de rest:"
        " agenda, besluiten, acties, adviezen en peilingen.\n\n"
        "Voeg me toe aan de app-groep van jullie overleg om te beginnen. /help laat alles zien."
    ),
    # Help
    "help.title.group": "📋 <b>Wat Wijkbot kan</b>",
    "help.title.private": "📋 <b>Wat Wijkbot kan</b> (in dit privégesprek)",
    "help.line": "{command} — {description}\n    <i>{example}</i>",
    "help.aliases": " (ook {aliases})",
    "help.footer": (
        "Een opdracht zonder uitleg erachter? Dan vraag ik stap voor stap wat ik moet weten."
    ),
    # Commands: description (menu and /help), example, usage
    "cmd.help.description": "alle opdrachten met een voorbeeld",
    "cmd.help.example": "/help",
    "cmd.help.usage": "/help",
    "cmd.start.description": "kennismaken met Wijkbot",
    "cmd.start.example": "/start",
    "cmd.start.usage": "/start",
    "cmd.bestuur.description": "wie er in het bestuur zit; toevoegen of weghalen",
    "cmd.bestuur.example": "/bestuur toevoegen @piet_janssen",
    "cmd.bestuur.usage": "/bestuur, /bestuur toevoegen @naam of /bestuur weg @naam",
    "cmd.gemeente.description": "contactpersonen van de gemeente; toevoegen of weghalen",
    "cmd.gemeente.example": "/gemeente toevoegen @carla_gemeente",
    "cmd.gemeente.usage": "/gemeente, /gemeente toevoegen @naam of /gemeente weg @naam",
    "cmd.instellingen.description": "taal, tijdzone en naam van de groep",
    "cmd.instellingen.example": "/instellingen tijdzone Europe/Amsterdam",
    "cmd.instellingen.usage": (
        "/instellingen, of /instellingen taal en | tijdzone Europe/Amsterdam"
        " | naam BO Duindorp | tijd 09:00"
    ),
    "cmd.herinner.description": "een herinnering zetten",
    "cmd.herinner.example": "/herinner volgende dinsdag 19:30 bestuursvergadering",
    "cmd.herinner.usage": "/herinner wanneer wat",
    "cmd.herinneringen.description": "openstaande herinneringen bekijken en annuleren",
    "cmd.herinneringen.example": "/herinneringen",
    "cmd.herinneringen.usage": "/herinneringen",
    "cmd.export.description": "gegevens van de groep als bestand (bestuur)",
    "cmd.export.example": "/export acties",
    "cmd.export.usage": "/export acties of /export adviezen (een CSV-bestand voor Excel of LibreOffice), of /export zonder woord voor alles (een ZIP met JSON en CSV)",
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
    "prompt.already_answered": "Die vraag is al beantwoord. Stuur de opdracht opnieuw als je nog iets wilt veranderen.",
    "error.not_your_prompt": "Deze vraag was voor {name}.",
    # Roles
    "role.board": "bestuur",
    "role.gemeente": "gemeente",
    "roles.board.title": "👥 <b>Bestuur van {group}</b>",
    "roles.gemeente.title": "🏛️ <b>Contactpersonen van de gemeente in {group}</b>",
    "roles.admins": "Beheerders van de groep (automatisch bestuur):",
    "roles.added_members": "Toegevoegd:",
    "roles.board.empty": "Nog niemand toegevoegd. Beheerders van de groep horen er vanzelf bij.",
    "roles.gemeente.empty": "Nog geen contactpersonen van de gemeente.",
    "roles.entry": "• {name}",
    "roles.button.add": "➕ Toevoegen",
    "roles.button.remove": "✖️ {name}",
    "roles.board.ask": (
        "Wie wil je aan het bestuur toevoegen? Antwoord op dit bericht met @gebruikersnaam of de naam,"
        " of stuur /bestuur toevoegen als antwoord op een bericht van die persoon."
    ),
    "roles.gemeente.ask": (
        "Wie wil je als contactpersoon van de gemeente toevoegen? Antwoord op dit bericht met"
        " @gebruikersnaam, of stuur /gemeente toevoegen als antwoord op een bericht van die"
        " persoon."
    ),
    "roles.board.ask_remove": (
        "Wie wil je uit het bestuur halen? Antwoord op dit bericht met @gebruikersnaam."
    ),
    "roles.gemeente.ask_remove": (
        "Wie wil je als contactpersoon van de gemeente weghalen? Antwoord op dit bericht met"
        " @gebruikersnaam."
    ),
    "roles.board.added": "✅ {name} hoort nu bij het bestuur.",
    "roles.gemeente.added": "✅ {name} is nu contactpersoon van de gemeente.",
    "roles.board.already": "{name} hoorde al bij het bestuur.",
    "roles.gemeente.already": "{name} was al contactpersoon van de gemeente.",
    "roles.board.removed": "{name} hoort niet meer bij het bestuur.",
    "roles.gemeente.removed": "{name} is geen contactpersoon van de gemeente meer.",
    "roles.board.not_there": "{name} was niet aan het bestuur toegevoegd.",
    "roles.gemeente.not_there": "{name} was geen contactpersoon van de gemeente.",
    "roles.admin_stays": (
        "{name} is beheerder van de groep en hoort daardoor altijd bij het bestuur."
    ),
    "roles.unknown_user": (
        "Ik ken {who} nog niet in deze groep. Vraag die persoon eerst iets in de groep te"
        " sturen aan mij (bijvoorbeeld /help), of stuur de opdracht als antwoord op een"
        " bericht van die persoon."
    ),
    "roles.ambiguous": "Er zijn meer mensen die {who} heten. Gebruik hun @gebruikersnaam, of stuur de opdracht als antwoord op een bericht van die persoon.",
    "roles.no_bots": "Een bot kan geen rol krijgen.",
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
    "settings.bad.percent": "Dat kan niet: {value}. Kies een percentage, bijvoorbeeld <code>50%</code>.",
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
    "setting.duration.m.one": "{n} minuut",
    "setting.duration.m.many": "{n} minuten",
    "setting.duration.h.one": "{n} uur",
    "setting.duration.h.many": "{n} uur",
    "setting.duration.d.one": "{n} dag",
    "setting.duration.d.many": "{n} dagen",
    "setting.duration.w.one": "{n} week",
    "setting.duration.w.many": "{n} weken",
    # Dates
    "date.at": "'om'",
}
MESSAGES.update(
    {
        "engine.failed": (
            "⚠️ Het lukte me niet om {count} bericht(en) op tijd te versturen, ook niet na"
            " een paar pogingen. Kijk met /herinneringen wat er nog openstaat."
        ),
        "engine.late": "<i>(te laat verstuurd, de bot was offline)</i>",
    }
)
MESSAGES.update(
    {
        "remind.ask": (
            "Wanneer, en waaraan moet ik herinneren? Antwoord op dit bericht, bijvoorbeeld:"
            " <code>volgende dinsdag 19:30 bestuursvergadering</code>"
        ),
        "remind.no_date": (
            "Ik zie geen datum of tijd. Antwoord op dit bericht met wanneer en wat, bijvoorbeeld:"
            " <code>morgen 10:00 zaal reserveren</code> of"
            " <code>elke maandag 9:00 wijkkrant rondbrengen</code>"
        ),
        "remind.past": (
            "{moment} is al voorbij. Antwoord op dit bericht met een moment in de toekomst,"
            " bijvoorbeeld <code>over een uur koffie zetten</code>."
        ),
        "remind.bad_date": (
            "{value} bestaat niet. Antwoord op dit bericht met wanneer en wat,"
            " bijvoorbeeld <code>28 februari 10:00 zaal reserveren</code>."
        ),
        "remind.bad_time": (
            "{value} is geen geldige tijd. Antwoord op dit bericht met wanneer en wat,"
            " bijvoorbeeld <code>morgen 10:00 zaal reserveren</code>."
        ),
        "remind.ask_what": "Waaraan moet ik herinneren? Antwoord op dit bericht.",
        "remind.too_long": "Dat is een lange herinnering: houd het bij hooguit {limit} tekens.",
        "remind.shifted": (
            "Let op: dat tijdstip bestaat niet door de zomertijd; ik heb het een uur later gezet."
        ),
        "remind.weekday_mismatch": (
            "Let op: de dag klopt niet bij de datum. Ik houd de datum aan: {moment}."
        ),
        "remind.confirm.group": "✅ Ik herinner jullie op {moment} aan: {what}",
        "remind.confirm.private": "✅ Ik herinner je op {moment} aan: {what}",
        "remind.confirm_recurring.group": (
            "✅ Ik herinner jullie {rule} aan: {what}\nDe eerste keer: {moment}."
        ),
        "remind.confirm_recurring.private": (
            "✅ Ik herinner je {rule} aan: {what}\nDe eerste keer: {moment}."
        ),
        "remind.button.cancel": "Annuleren",
        "remind.button.cancel_n": "✖️ {number} annuleren",
        "remind.button.later": "⏰ Later",
        "remind.button.done": "✅ Klaar",
        "remind.button.h1": "Over 1 uur",
        "remind.button.tm": "Morgen {time}",
        "remind.button.nw": "Volgende week",
        "remind.button.back": "↩️ Terug",
        "remind.cancelled": "❌ Geannuleerd: {what}",
        "remind.already_handled": "Die herinnering is hier al afgehandeld.",
        "remind.already_cancelled": "Die herinnering was al geannuleerd.",
        "remind.list.title": "⏰ <b>Openstaande herinneringen</b> ({count})",
        "remind.list.item": "{number}. {moment}\n    {what} <i>({who})</i>",
        "remind.list.repeats": "🔁 {rule}",
        "remind.list.in_group": "in {group}",
        "remind.list.empty": (
            "Er staan geen herinneringen open. Zet er een met bijvoorbeeld"
            " <code>/herinner vrijdag 10:00 nieuwsbrief versturen</code>."
        ),
        "remind.fire.title.one": "⏰ <b>Herinnering</b>",
        "remind.fire.title.many": "⏰ <b>Herinneringen</b>",
        "remind.fire.item.one": "{what}\n<i>Gezet door {who}</i>",
        "remind.fire.item.many": "{number}. {what}\n<i>Gezet door {who}</i>",
        "remind.fire.repeats": "🔁 {rule}",
        "remind.fire.done": "✅ Klaar ({name})",
        "remind.fire.snoozed": "⏰ Uitgesteld tot {moment}",
        "rec.daily": "elke dag",
        "rec.daily_n": "elke {n} dagen",
        "rec.weekly": "elke {weekday}",
        "rec.weekly_n": "elke {n} weken op {weekday}",
        "rec.monthly_day": "elke maand op de {day}e",
        "rec.monthly_day_n": "elke {n} maanden op de {day}e",
        "rec.monthly_nth": "elke {nth} {weekday} van de maand",
        "rec.at": " om {time}",
        "rec.nth.1": "eerste",
        "rec.nth.2": "tweede",
        "rec.nth.3": "derde",
        "rec.nth.4": "vierde",
        "rec.nth.5": "vijfde",
        "rec.nth.-1": "laatste",
    }
)
# --- trust: flood control, privacy, export (issue 12)
MESSAGES.update(
    {
        "cmd.privacy.description": "wat Wijkbot bewaart, waarom en hoe lang",
        "cmd.privacy.example": "/privacy",
        "cmd.privacy.usage": "/privacy",
        "cmd.vergeet.description": "je naam en je privégesprek met Wijkbot laten wissen",
        "cmd.vergeet.example": "/vergeet",
        "cmd.vergeet.usage": "/vergeet (in een privégesprek met Wijkbot)",
        "cmd.vergeetgroep.description": "alle gegevens van deze groep voorgoed wissen (beheerder)",
        "cmd.vergeetgroep.example": "/vergeetgroep",
        "cmd.vergeetgroep.usage": "/vergeetgroep (daarna bevestigen met de knop)",
        "privacy.explain": (
            "🔒 <b>Wat Wijkbot bewaart</b>\n\n"
            "• Wat jullie zelf vastleggen: herinneringen, agendapunten, overleggen en wie komt,"
            " besluiten, acties, adviezen aan de gemeente en peilingen.\n"
            "• Van de groep: de naam, de instellingen, wie bestuur is en wie de gemeente.\n"
            "• Van wie Wijkbot gebruikt: voornaam, achternaam en gebruikersnaam zoals in"
            " Telegram, en in welke groep we je zagen.\n\n"
            "Andere berichten lees of bewaar ik niet: ik zie alleen opdrachten en antwoorden op"
            " mijn eigen vragen.\n\n"
            "<b>Waarom?</b> Zodat ik op tijd kan herinneren, lijsten kan tonen en jullie afspraken"
            " met de gemeente kan bijhouden. Ik deel niets met anderen; gegevens van de ene groep"
            " zijn nooit te zien in een andere.\n\n"
            "<b>Hoe lang?</b> Zolang de groep Wijkbot gebruikt. Haalt een groep mij weg, dan wis"
            " ik alles van die groep na {retention}\n\n"
            "<b>Zelf doen</b>\n"
            "• /vergeet in een privégesprek met mij: je naam en gebruikersnaam worden gewist, net als"
            " alles uit ons privégesprek. Wat je in een groep vastlegde blijft staan, als"
            ' "oud-lid".\n'
            "• /export (bestuur): alle gegevens van de groep als ZIP-bestand.\n"
            "• /vergeetgroep (beheerder): alles van de groep nu meteen voorgoed wissen.\n"
            "• /instellingen → Privacy: de bewaartermijn aanpassen."
        ),
        "privacy.retention.group": "{months} maanden (zo staat het voor {group} ingesteld).",
        "privacy.retention.default": (
            "{months} maanden. Elke groep kan die termijn zelf instellen met /instellingen."
        ),
        "privacy.kept": "Goed, er is niets gewist.",
        "privacy.button.no": "Nee, niets wissen",
        "forget.private_only": (
            "Stuur /vergeet in een privégesprek met mij, dan wis ik daar je gegevens. In de groep"
            " doe ik dat niet, zodat niemand het per ongeluk voor een ander doet."
        ),
        "forget.confirm": (
            "Wil je dat ik je vergeet? Dan wis ik je naam en gebruikersnaam, en alles uit dit"
            " privégesprek (ook je persoonlijke herinneringen). Wat je in een groep vastlegde"
            ' blijft staan, maar op naam van "oud-lid". Stuur je me later weer iets, dan ken ik'
            " je vanaf dan opnieuw."
        ),
        "forget.button.yes": "Ja, vergeet mij",
        "forget.done": "✅ Gedaan: ik heb je naam en ons privégesprek gewist.",
        "wipe.confirm": (
            "⚠️ Weet je het zeker? Ik wis dan <b>alles</b> van {group} voorgoed: {rows} regels met"
            " herinneringen, agenda, besluiten, acties, adviezen, peilingen, instellingen en"
            " rollen. Dat kan niet ongedaan worden. Wil je eerst een kopie, stuur dan /export."
            "\n\nDeze knop werkt 10 minuten."
        ),
        "wipe.button.yes": "Ja, alles voorgoed wissen",
        "wipe.done": (
            "🗑️ Alle gegevens van {group} zijn gewist. Wil je Wijkbot niet meer in deze groep,"
            " haal mij dan uit de groep; anders begin ik gewoon opnieuw."
        ),
        "wipe.expired": "Deze knop is verlopen. Stuur /vergeetgroep opnieuw als je alles wilt wissen.",
        "export.everything.caption": "📦 Alle gegevens van {group} ({rows} regels), als JSON en CSV.",
        "setting.privacy.retention.label": "Bewaartermijn na verwijderen",
        "setting.privacy.retention.help": (
            "Haalt de groep Wijkbot weg, dan wis ik alle gegevens na zoveel maanden."
            " Alles nu meteen wissen: /vergeetgroep."
        ),
        "setting.unit.months": "maanden",
        "flood.slow_down": (
            "🐢 Rustig aan, {name}: dat waren veel opdrachten achter elkaar. De komende"
            " {minutes} minuut reageer ik niet op jouw opdrachten, zodat de anderen ook aan de"
            " beurt komen."
        ),
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
            "• <b>Herhalen</b> (/herinner): elke maandag 9:00, elke eerste dinsdag van de maand\n"
            "\nBij <i>om 3 uur</i> vraag ik of je 03:00 of 15:00 bedoelt; bij <i>binnenkort</i> of"
            " <i>na de zomer</i> vraag ik wanneer precies."
        ),
        "when.ask.which": "🕒 Welk tijdstip bedoel je? Kies hieronder.",
        "when.button": "{time} · {day}",
        "when.chosen": "🕒 Gekozen: {moment}",
        "when.ask.day": (
            "🗓️ Wanneer precies? Antwoord op dit bericht met een dag en eventueel een tijd,"
            " bijvoorbeeld: <i>volgende dinsdag 19:30</i> of <i>3 december</i>."
        ),
        "when.ask.again": (
            "🤔 Uit “{answer}” kan ik nog geen dag halen. Wanneer precies? Antwoord op dit"
            " bericht, bijvoorbeeld: <i>vrijdag 4 december 19:30</i> of <i>over twee weken</i>."
        ),
        "when.be_precise": (
            "🤔 Dat tijdstip kan op twee manieren. Schrijf het precies, bijvoorbeeld <i>15:00</i>"
            " in plaats van <i>3 uur</i>, of <i>3 december</i> in plaats van <i>binnenkort</i>."
        ),
    }
)
# --- meetings and agenda (issue 7)
MESSAGES.update(
    {
        "cmd.overleg.description": "overleggen plannen en bekijken (met aanmelden en agenda-ritme)",
        "cmd.overleg.example": "/overleg di 8 dec 19:30 Wijkcentrum De Boog, Loosduinen",
        "cmd.overleg.usage": (
            "/overleg wanneer [waar] (bestuur), /overleg elke eerste dinsdag van de maand 19:30"
            " [waar] voor een vaste reeks, /overleg om de komende te zien, /overleg jaar voor de"
            " jaarplanning"
        ),
        "cmd.agenda.description": "een punt op de agenda zetten of de agenda bekijken",
        "cmd.agenda.example": "/agenda Parkeeroverlast Duinstraat",
        "cmd.agenda.usage": (
            "/agenda punt, of /agenda als antwoord op een bericht; /agenda alleen toont de"
            " agenda, /agenda document stuurt hem als printbaar bestand"
        ),
        "meeting.usage_because": "{reason}\nZo gebruik je het: {usage}\nBijvoorbeeld: <code>{example}</code>",
        "meeting.no_date": "Ik zie geen datum en tijd voor het overleg.",
        "meeting.no_time_series": "Zet er een tijd bij, dan weet iedereen hoe laat de overleggen beginnen.",
        "meeting.past": "Dat moment is al voorbij; een overleg plan je in de toekomst.",
        "meeting.bad_date": "{value} bestaat niet.",
        "meeting.bad_time": "{value} is geen geldige tijd.",
        "meeting.place_too_long": "Die plaats is te lang: hooguit {limit} tekens.",
        "meeting.ask_time": (
            "Hoe laat begint het overleg op {day}? Antwoord op dit bericht met een tijd,"
            " bijvoorbeeld <code>19:30</code>."
        ),
        "meeting.not_planned.held": "Dat overleg is al geweest.",
        "meeting.not_planned.cancelled": "Dat overleg is afgezegd.",
        "meeting.not_planned.planned": "Dat overleg staat gepland.",
        "meeting.title": "📅 <b>Overleg {group}</b>",
        "meeting.title.cancelled": "❌ <b>Afgezegd: overleg {group}</b>",
        "meeting.when": "{start} tot {end}",
        "meeting.when_line": "🕒 {when}",
        "meeting.place": "📍 {place}",
        "meeting.chair": "🪑 Voorzitter: {name}",
        "meeting.minute_taker": "✍️ Notulist: {name}",
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
        "meeting.button.chair": "Voorzitter",
        "meeting.button.minutes": "Notulist",
        "meeting.button.back": "↩️ Terug",
        "meeting.ics.title": "Overleg {group}",
        "meeting.ics.alarm": "Morgen: overleg {group}",
        "meeting.ics.caption": "📎 Zet het overleg in je agenda met dit bestand.",
        "meeting.ics.caption_changed": "📎 Het gewijzigde overleg voor je agenda.",
        "meeting.ics.caption_cancelled": "📎 Haal het overleg uit je agenda met dit bestand.",
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
        "meeting.moved": "📅 <b>Het overleg is verplaatst</b>\nWas: {before}\nNu: {after}",
        "meeting.cancelled": "❌ <b>Het overleg van {when} is afgezegd.</b>",
        "meeting.items_to": "het overleg van {day}",
        "meeting.items_wait": "het volgende overleg (nog niet gepland)",
        "meeting.items_moved": "De {count} agendapunt(en) gaan naar {target}.",
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
        "meeting.list.rsvp": "✅ {yes} komen · 🤔 {maybe} misschien · ❌ {no} niet",
        "meeting.year.title": "📆 <b>Overleggen in {year}</b> ({group})",
        "meeting.year.held": "✔️ {when} (geweest)",
        "meeting.year.planned": "🗓️ {when} (gepland)",
        "meeting.year.none": "Nog geen overleggen dit jaar.",
        "meeting.year.count": "Totaal: {count} ({held} geweest, {planned} gepland).",
        "meeting.year.below": "⚠️ Dat is minder dan het afgesproken minimum van {minimum} per jaar.",
        "meeting.year.enough": "Het afgesproken minimum van {minimum} per jaar wordt gehaald.",
        "meeting.day.title": "⏰ <b>Morgen: overleg {group}</b>",
        "meeting.day.agenda": "<b>Agenda</b>",
        "meeting.hour.title": "⏰ <b>Over een uur: overleg {group}</b>",
        "meeting.end.title": "✔️ Het overleg van {day} is geweest.",
        "meeting.end.carried": "{count} punt(en) zijn niet besproken en schuiven door naar {target}:",
        "meeting.end.item": "• {text}",
        "meeting.end.next": "📅 Het volgende overleg: {when}. Laat met de knoppen weten of je komt.",
        "meeting.half_year": (
            "📆 Bestuur: voor {year} staan {count} overleg(gen) gepland of gehouden, minder dan"
            " het afgesproken minimum van {minimum}. Plan de overleggen met /overleg, en kijk"
            " met /overleg jaar naar de planning."
        ),
        "agenda.more": "<i>… en nog {count} punt(en); alles staat in /agenda document.</i>",
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
        "agenda.button.force": "Toch op deze agenda",
        "agenda.forced": "✅ Toch op de agenda van {day} gezet als punt {number}:\n{text}",
        "agenda.line": "{number}. {text} <i>({who})</i>",
        "agenda.carried": "<i>— doorgeschoven van {day}</i>",
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
        "agenda.meeting_over": "Dat overleg is al geweest of afgezegd.",
        "agenda.nothing_after": "Dit punt wacht al op het volgende overleg.",
        "agenda.removed": "Weggehaald: {text}",
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
        "setting.unit.per_year": "per jaar",
    }
)
# --- advice (issue 9)
MESSAGES.update(
    {
        "cmd.advies.description": "een advies aan de gemeente vastleggen en volgen",
        "cmd.advies.example": "/advies Herinrichting Duinplein verzonden 3 november aan stadsdeel Scheveningen gevraagd",
        "cmd.advies.usage": (
            "/advies onderwerp [verzonden datum] [aan wie of e-mailadres] [gevraagd|ongevraagd];"
            " /advies 4 voor de tijdlijn; /advies 4 termijnen [ontvangst 15 werkdagen]"
            " [reactie 8 weken]; /advies 4 ontvangen [datum]; /advies 4 beantwoord [datum]"
            " uitkomst: samenvatting; /advies 4 verdaagd datum reden; /advies 4 intrekken"
        ),
        "cmd.adviezen.description": "alle adviezen met hun stand; cijfers per jaar",
        "cmd.adviezen.example": "/adviezen cijfers",
        "cmd.adviezen.usage": "/adviezen of /adviezen cijfers",
        "setting.unit.workdays": "werkdagen",
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
        "advice.period.workdays": "{n} werkdagen",
        "advice.period.weeks": "{n} weken",
        "advice.period.days": "{n} dagen",
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
        "advice.list.item": "<b>{number}. {subject}</b>\n    {state} · verzonden {sent} · {days} werkdagen{next}",
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
        "advice.tl.terms": "termijnen aangepast door {by}: ontvangst {ack} werkdagen, reactie {reply} dagen",
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
        "advice.terms.weekend_days": "Niet meegeteld: {n} weekenddagen.",
        "advice.terms.skipped": "Niet meegeteld: {date}, {name}.",
        "advice.terms.moved": "{raw} valt in het {reason}; de termijn loopt door tot de eerste werkdag daarna.",
        "advice.terms.because_weekend": "weekend",
        "advice.terms.postponed": "⏳ <b>Inhoudelijke reactie: uiterlijk {date}</b>\nVerdaagd door de gemeente: {reason}.",
        "advice.terms.footer": (
            "Werkdagen volgen de Algemene termijnenwet: geen weekenden en feestdagen. Aanpassen"
            " (bestuur): <code>/advies {number} termijnen ontvangst {ack} werkdagen</code> of"
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
        "advice.outcome_chosen": "Uitkomst van advies {number}: {outcome}.",
        "advice.ask_summary": (
            "Advies {number}: {outcome}. Vat de reactie kort samen: antwoord op dit bericht."
        ),
        "advice.chase.greeting": "Beste {names},",
        "advice.chase.greeting_nobody": "Beste gemeente,",
        "advice.chase.ack": (
            "{greeting}\n\nop {sent} stuurden we advies {number}, <b>{subject}</b>,{to}. De"
            " ontvangstbevestiging hadden we uiterlijk {deadline} verwacht, maar we hebben die nog"
            " niet. We wachten nu {workdays} werkdagen ({days} dagen). Willen jullie de ontvangst"
            " bevestigen met de knop hieronder? Alvast bedankt!"
        ),
        "advice.chase.reply": (
            "{greeting}\n\nop {sent} stuurden we advies {number}, <b>{subject}</b>,{to}. De"
            " inhoudelijke reactie hadden we uiterlijk {deadline} verwacht, maar die is er nog niet."
            " We wachten nu {workdays} werkdagen ({days} dagen). Laten jullie weten wanneer we de"
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
            " Ondanks herinneringen hebben we na {workdays} werkdagen nog geen inhoudelijke reactie."
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
        "advice.overview.footer": "<i>Voor het bestuur. /adviezen laat alles zien; /advies 4 de tijdlijn van advies 4.</i>",
        "advice.mail.subject": "Advies {number}: {subject} ({group})",
        "advice.mail.body.ack": (
            'Geachte heer/mevrouw,\n\nOp {sent} stuurde {group} u advies {number}, "{subject}".'
            " Volgens de afspraak verwachtten wij uiterlijk {deadline} een ontvangstbevestiging;"
            " die hebben wij nog niet ontvangen. Wij wachten nu {workdays} werkdagen.\n\nWilt u de"
            " ontvangst van het advies bevestigen? U kunt antwoorden op deze e-mail.\n\nMet"
            " vriendelijke groet,\n{group}"
        ),
        "advice.mail.body.reply": (
            'Geachte heer/mevrouw,\n\nOp {sent} stuurde {group} u advies {number}, "{subject}".'
            " Wij verwachtten uiterlijk {deadline} een inhoudelijke reactie; die hebben wij nog niet"
            " ontvangen. Wij wachten nu {workdays} werkdagen.\n\nWilt u laten weten wanneer wij"
            " de reactie kunnen verwachten? U kunt antwoorden op deze e-mail.\n\nMet vriendelijke"
            " groet,\n{group}"
        ),
        "advice.mail.body.very_late": (
            'Geachte heer/mevrouw,\n\nOp {sent} stuurde {group} u advies {number}, "{subject}".'
            " Na {workdays} werkdagen hebben wij nog geen inhoudelijke reactie.\n\nMet vriendelijke"
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
        "advice.figures.count.one": "{n} advies",
        "advice.figures.count.many": "{n} adviezen",
        "advice.figures.percent": "{percent}% ({part} van {whole})",
        "advice.figures.workdays": "{n} werkdagen",
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
        "advice.csv.caption": "📎 {count} adviezen, om te openen in Excel of LibreOffice.",
        "advice.csv.requested.True": "gevraagd",
        "advice.csv.requested.False": "ongevraagd",
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
    }
)

# --- polls (issue 10)
MESSAGES.update(
    {
        "cmd.peiling.description": "een peiling onder het bestuur (of een voorstel: voor/tegen)",
        "cmd.peiling.example": "/peiling Welke datum voor de buurtborrel? | 12 juni | 19 juni sluit vrijdag 17:00",
        "cmd.peiling.usage": (
            "/peiling vraag | optie | optie … [sluit wanneer] [meerdere] (2 tot 10 opties),"
            " /peiling voorstel (dan stem je voor, tegen of onthouding),"
            " of /peiling herinner"
        ),
        "cmd.peilingen.description": "open en pas gesloten peilingen",
        "cmd.peilingen.example": "/peilingen",
        "cmd.peilingen.usage": "/peilingen",
        "setting.polls.duration.label": "Peiling sluit na",
        "setting.polls.duration.help": (
            "hoe lang een peiling openstaat als je geen sluittijd noemt"
        ),
        "setting.polls.quorum.label": "Quorum",
        "setting.polls.quorum.help": "welk deel van het bestuur moet stemmen voor een geldige uitslag",
        "poll.bad.no_question": "Wat is de vraag?",
        "poll.bad.question_long": "De vraag is te lang ({length} tekens, hooguit {limit}).",
        "poll.bad.empty_option": "Er staat een lege optie tussen twee |-tekens.",
        "poll.bad.one_option": "Eén optie is geen keuze: geef er minstens twee, of geen (dan wordt het voor/tegen).",
        "poll.bad.many_options": "Dat zijn {count} opties; een peiling heeft er hooguit {limit}.",
        "poll.bad.option_long": "Een optie is te lang (hooguit {limit} tekens): {option}",
        "poll.bad.same_option": "Twee opties zijn hetzelfde.",
        "poll.bad.closing_unread": "Ik begrijp niet wanneer de peiling moet sluiten: {value}",
        "poll.bad.closing_past": "De sluittijd ligt in het verleden: {moment}.",
        "poll.option.for": "Voor",
        "poll.option.against": "Tegen",
        "poll.option.abstain": "Onthouding",
        "poll.ask": (
            "Wat wil je het bestuur vragen? Antwoord op dit bericht, bijvoorbeeld:\n"
            "<code>Welke datum voor de buurtborrel? | 12 juni | 19 juni sluit vrijdag 17:00</code>\n"
            "Zonder opties wordt het een voorstel: voor, tegen of onthouding."
        ),
        "poll.button.close": "🔒 Sluiten",
        "poll.button.close_n": "🔒 Sluit {number}",
        "poll.button.decide": "📌 Vastleggen als besluit",
        "poll.error.decided": "Deze peiling is al vastgelegd als besluit.",
        "poll.decided": "📌 Vastgelegd als besluit {number} door {who}.",
        "poll.decided.notice": "Vastgelegd als besluit {number}.",
        "poll.decision": (
            "Peiling: {question} — uitkomst: {outcome} ({counts}; {turnout} van {board}"
            " bestuursleden stemden)"
        ),
        "poll.button.reopen": "🔁 Heropenen",
        "poll.opened": (
            "🗳️ Peiling van {who} staat open tot <b>{moment}</b>. Alleen stemmen van het bestuur"
            " ({board} leden) tellen mee; quorum {percent}% ({needed}). Wie nog niet heeft"
            " gestemd, krijgt 24 uur en 1 uur voor het sluiten een herinnering."
        ),
        "poll.closed_notice": "De peiling is gesloten.",
        "poll.result.title": "🗳️ <b>Uitslag: {question}</b>",
        "poll.result.count": "• {option}: <b>{count}</b>",
        "poll.result.who": "<b>Wie stemde wat</b> (bestuur):",
        "poll.result.voter": "• {name}: {choice}",
        "poll.result.not_counted": "<b>Niet meegeteld</b> (geen bestuur):",
        "poll.result.absent": "Niet gestemd: {names}",
        "poll.result.quorum_met": (
            "Opkomst: {turnout} van {board} bestuursleden ({percent}%). Quorum {quorum}%"
            " ({needed}): gehaald ✅"
        ),
        "poll.result.quorum_missed": (
            "Opkomst: {turnout} van {board} bestuursleden ({percent}%). Quorum {quorum}%"
            " ({needed}): niet gehaald ❌"
        ),
        "poll.result.outcome": "Uitkomst: <b>{outcome}</b>",
        "poll.outcome.no_quorum": "geen geldige uitslag, het quorum is niet gehaald",
        "poll.outcome.none": "niemand van het bestuur heeft gestemd",
        "poll.outcome.adopted": "aangenomen",
        "poll.outcome.rejected": "verworpen",
        "poll.outcome.tie": "de stemmen staken",
        "poll.outcome.winner": "{options}",
        "poll.remind.group": (
            "⏰ Nog {left} om te stemmen over <b>{question}</b> (sluit {moment})."
            " Gestemd: {turnout} van {board} bestuursleden.\nNog niet gestemd: {names}"
        ),
        "poll.remind.private": (
            "⏰ Je hebt nog niet gestemd in {group}: <b>{question}</b>. De peiling sluit {moment};"
            " stemmen doe je in de groep."
        ),
        "poll.remind.everyone_voted": "Het hele bestuur heeft al gestemd over {question}. 👍",
        "poll.left.minutes": "{n} minuten",
        "poll.left.hours": "{n} uur",
        "poll.error.none_open": "Er staat geen peiling van jou open.",
        "poll.error.not_owner": "Alleen wie de peiling maakte, of een beheerder, kan dit doen.",
        "poll.error.closed": "Deze peiling is al gesloten.",
        "poll.error.open": "Deze peiling staat nog open.",
        "poll.reopen.ask": (
            "Tot wanneer gaat <b>{question}</b> weer open? Antwoord op dit bericht, bijvoorbeeld"
            " <code>zondag 20:00</code> of <code>over 2 dagen</code>."
        ),
        "poll.reopened": (
            "🔁 De peiling staat weer open tot <b>{moment}</b>. Eerdere stemmen tellen mee; stem"
            " in de nieuwe peiling om je keuze te wijzigen."
        ),
        "poll.list.empty": (
            "Er zijn geen peilingen. Begin er een met bijvoorbeeld"
            " <code>/peiling Zullen we een kerstborrel houden?</code>"
        ),
        "poll.list.open": "🗳️ <b>Open peilingen</b> ({count})",
        "poll.list.open_item": (
            "{number}. {question}\n    sluit {moment}; {turnout} van {board} bestuursleden gestemd"
        ),
        "poll.list.closed": "<b>Pas gesloten</b>",
        "poll.list.closed_item": "• {question}\n    gesloten {moment}: {outcome} ({turnout} van {board})",
    }
)
# --- decisions, actions and the report (issue 8)
MESSAGES.update(
    {
        "cmd.besluit.description": "een besluit vastleggen (bestuur)",
        "cmd.besluit.example": "/besluit 3: we vragen subsidie aan voor het buurtfeest",
        "cmd.besluit.usage": "/besluit tekst, of /besluit 3: tekst voor agendapunt 3",
        "cmd.besluiten.description": "besluiten terugzoeken",
        "cmd.besluiten.example": "/besluiten subsidie",
        "cmd.besluiten.usage": "/besluiten, of /besluiten woord om te zoeken",
        "cmd.actie.description": "een actie vastleggen, met wie en uiterlijk wanneer",
        "cmd.actie.example": "/actie bewonersbrief rondsturen @jan uiterlijk vrijdag",
        "cmd.actie.usage": (
            "/actie wat [@wie of naam, gemeente, stadsdeel, PEP, wijkagent] [uiterlijk wanneer],"
            " of /actie als antwoord op een bericht; /actie 12 toont actie 12"
        ),
        "cmd.acties.description": "openstaande acties bekijken, afvinken of uitstellen",
        "cmd.acties.example": "/acties mijn",
        "cmd.acties.usage": "/acties, of /acties mijn voor alleen jouw acties",
        "decision.logged": "📌 Besluit {number}: {what}",
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
        "action.ask": (
            "Wat is de actie, wie doet het en uiterlijk wanneer? Antwoord op dit bericht,"
            " bijvoorbeeld: <i>bewonersbrief rondsturen @jan uiterlijk vrijdag</i>"
        ),
        "action.bad": (
            "{reason}\n\nZo gebruik je het: {usage}\nBijvoorbeeld: <code>{example}</code>"
        ),
        "action.bad.no_text": "Wat moet er gebeuren? Ik mis de actie zelf.",
        "action.bad.past": "De datum {moment} is al voorbij. Kies een datum vanaf vandaag.",
        "action.too_long": "Dat is een lange actie: houd het bij hooguit {limit} tekens.",
        "action.too_many_owners": (
            "Dat zijn te veel eigenaren: een actie heeft er hooguit {limit}. Splits hem op in"
            " kleinere acties."
        ),
        "action.unknown_user": (
            "🤔 {names} ken ik niet in deze groep (ik ken alleen mensen die hier al iets aan mij"
            " hebben gevraagd). Bedoel je {plain} als naam, zonder Telegram? Antwoord dan"
            " <b>ja</b> op dit bericht. Anders sla ik niets op; stuur /actie dan opnieuw.\n\n"
            "Zo gebruik je het: {usage}"
        ),
        "action.not_created": "Goed, ik heb niets opgeslagen.",
        "action.only_self": (
            "Je kunt alleen een actie voor jezelf vastleggen. Een bestuurslid kan acties aan"
            " anderen geven."
        ),
        "error.permission.action_owner": (
            "Alleen wie de actie heeft, of een bestuurslid, kan dit doen."
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
        "action.remind.before": "⏰ Over twee dagen: actie {number}, {what} (uiterlijk {due}).",
        "action.remind.due": "⏰ Vandaag is de dag: actie {number}, {what} (uiterlijk {due}).",
        "action.remind.overdue": (
            "⚠️ Actie {number}, {what}, moest uiterlijk {due} klaar zijn. Is het gelukt? Vink"
            " hem af, of stel hem uit."
        ),
        "action.remind.to.private": "privé aan {name}",
        "action.remind.to.group": "in de groep aan {name}",
        "action.digest.title": "🗓️ <b>Weekoverzicht: open acties van {group}</b> ({count})",
        "action.digest.hint": "<i>Afvinken, uitstellen of overnemen: /acties</i>",
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
    }
)
# --- the meeting report (issue 8)
MESSAGES.update(
    {
        "cmd.verslag.description": "verslag van het overleg: besluiten, acties, aanwezigen",
        "cmd.verslag.example": "/verslag",
        "cmd.verslag.usage": "/verslag (van het overleg van nu, of het laatste)",
        "decision.no_item": "Het overleg heeft geen agendapunt {number}.",
        "decision.in_meeting": "Bij het overleg van {day}.",
        "decision.on_item": "Agendapunt {number}: {item}",
        "decision.which_item": "Bij welk agendapunt hoort dit besluit?",
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
        "report.excused": "Afgemeld: {names}",
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
        "report.doc.heading": "Verslag overleg {day}",
        "report.doc.footer": "Gemaakt door Wijkbot op {moment}.",
        "report.doc.place": "Plaats",
        "report.doc.chair": "Voorzitter",
        "report.doc.minute_taker": "Notulist",
        "report.doc.present": "Aanwezig",
        "report.doc.excused": "Afgemeld",
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
)
