"""Dutch texts of /peiling and /peilingen. Texts are HTML; {placeholders} are filled escaped."""

from handlers.i18n.catalog import Catalog

MESSAGES: Catalog = {
    "cmd.peiling.description": "een peiling onder het bestuur (of een voorstel: voor/tegen)",
    "cmd.peiling.example": "/peiling Welke datum voor de buurtborrel? | 12 juni | 19 juni sluit vrijdag 17:00",
    "cmd.peiling.usage": (
        "/peiling vraag | optie | optie … [sluit wanneer] [meerdere] (2 tot 10 opties; ook"
        " 'vraag? a / b', 'vraag? a, b of c' of één optie per regel onder de vraag);"
        " /peiling voorstel (dan stem je voor, tegen of onthouding);"
        " /peiling herinner"
    ),
    "cmd.peilingen.description": "open en pas gesloten peilingen",
    "cmd.peilingen.example": "/peilingen",
    "cmd.peilingen.usage": "/peilingen",
    "setting.polls.duration.label": "Peiling sluit na",
    "setting.polls.duration.help": ("hoe lang een peiling openstaat als je geen sluittijd noemt"),
    "setting.polls.quorum.label": "Quorum",
    "setting.polls.quorum.help": "welk deel van het bestuur moet stemmen voor een geldige uitslag",
    "poll.bad.no_question": "Wat is de vraag?",
    "poll.bad.question_long": "De vraag is te lang ({length} tekens, hooguit {limit}).",
    "poll.bad.empty_option": "Een van de opties is leeg.",
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
        "<code>Welke datum voor de buurtborrel? 12 juni of 19 juni sluit vrijdag 17:00</code>\n"
        "Opties mogen ook elk op een eigen regel onder de vraag.\n"
        "Zonder opties wordt het een voorstel: voor, tegen of onthouding."
    ),
    "poll.button.close": "🔒 Sluiten",
    "poll.button.close_n": "🔒 Sluit {number}",
    "poll.button.decide": "📌 Vastleggen als besluit",
    "poll.error.decided": "Deze peiling is al vastgelegd als besluit.",
    "poll.decided": "📌 Vastgelegd als besluit {number} door {who}.",
    "poll.decided.notice": "Vastgelegd als besluit {number}.",
    "poll.decision": {
        "one": (
            "Peiling: {question} — uitkomst: {outcome} ({counts}; {turnout} van {count}"
            " bestuurslid stemde)"
        ),
        "other": (
            "Peiling: {question} — uitkomst: {outcome} ({counts}; {turnout} van {count}"
            " bestuursleden stemden)"
        ),
    },
    "poll.button.reopen": "🔁 Heropenen",
    "poll.opened": {
        "one": (
            "🗳️ Peiling van {who} staat open tot <b>{moment}</b>. Alleen stemmen van het bestuur"
            " ({count} lid) tellen mee; quorum {percent}% ({needed})."
        ),
        "other": (
            "🗳️ Peiling van {who} staat open tot <b>{moment}</b>. Alleen stemmen van het bestuur"
            " ({count} leden) tellen mee; quorum {percent}% ({needed})."
        ),
    },
    "poll.opened.reminder": {
        "one": (
            "Wie van het bestuur nog niet heeft gestemd, krijgt {count} uur voor het sluiten"
            " een herinnering."
        ),
        "other": (
            "Wie van het bestuur nog niet heeft gestemd, krijgt {count} uur voor het sluiten"
            " een herinnering."
        ),
    },
    "poll.opened.options": "Opties: {options}",
    "poll.opened.proposal": "Een voorstel: stem voor, tegen of onthouding.",
    "poll.opened.choice_hint": (
        "Was het een keuze? Sluit deze peiling dan en zet de opties na het vraagteken:"
        " <code>/peiling Welke dag? vrijdag of zaterdag</code>"
    ),
    "poll.closed_notice": "De peiling is gesloten.",
    "poll.result.title": "🗳️ <b>Uitslag: {question}</b>",
    "poll.result.count": "• {option}: <b>{count}</b>",
    "poll.result.who": "<b>Wie stemde wat</b> (bestuur):",
    "poll.result.voter": "• {name}: {choice}",
    "poll.result.not_counted": "<b>Niet meegeteld</b> (geen bestuur):",
    "poll.result.absent": "Niet gestemd: {names}",
    "poll.result.quorum_met": {
        "one": (
            "Opkomst: {turnout} van {count} bestuurslid ({percent}%). Quorum {quorum}%"
            " ({needed}): gehaald ✅"
        ),
        "other": (
            "Opkomst: {turnout} van {count} bestuursleden ({percent}%). Quorum {quorum}%"
            " ({needed}): gehaald ✅"
        ),
    },
    "poll.result.quorum_missed": {
        "one": (
            "Opkomst: {turnout} van {count} bestuurslid ({percent}%). Quorum {quorum}%"
            " ({needed}): niet gehaald ❌"
        ),
        "other": (
            "Opkomst: {turnout} van {count} bestuursleden ({percent}%). Quorum {quorum}%"
            " ({needed}): niet gehaald ❌"
        ),
    },
    "poll.result.outcome": "Uitkomst: <b>{outcome}</b>",
    "poll.outcome.no_quorum": "geen geldige uitslag, het quorum is niet gehaald",
    "poll.outcome.none": "niemand van het bestuur heeft gestemd",
    "poll.outcome.adopted": "aangenomen",
    "poll.outcome.rejected": "verworpen",
    "poll.outcome.tie": "de stemmen staken",
    "poll.outcome.winner": "{options}",
    "poll.remind.group": {
        "one": (
            "⏰ Nog {left} om te stemmen over <b>{question}</b> (sluit {moment}). Gestemd:"
            " {turnout} van {count} bestuurslid.\nNog niet gestemd: {names}"
        ),
        "other": (
            "⏰ Nog {left} om te stemmen over <b>{question}</b> (sluit {moment}). Gestemd:"
            " {turnout} van {count} bestuursleden.\nNog niet gestemd: {names}"
        ),
    },
    "poll.remind.private": (
        "⏰ Je hebt nog niet gestemd in {group}: <b>{question}</b>. De peiling sluit {moment};"
        " stemmen doe je in de groep."
    ),
    "poll.remind.everyone_voted": "Het hele bestuur heeft al gestemd over {question}. 👍",
    "poll.left.minutes": {
        "one": "{count} minuut",
        "other": "{count} minuten",
    },
    "poll.left.hours": {
        "one": "{count} uur",
        "other": "{count} uur",
    },
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
    "poll.list.open_item": {
        "one": "{number}. {question}\n    sluit {moment}; {turnout} van {count} bestuurslid gestemd",
        "other": "{number}. {question}\n    sluit {moment}; {turnout} van {count} bestuursleden gestemd",
    },
    "poll.list.closed": "<b>Pas gesloten</b>",
    "poll.list.closed_item": "• {question}\n    gesloten {moment}: {outcome} ({turnout} van {board})",
}
