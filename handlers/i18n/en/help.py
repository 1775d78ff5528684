"""English texts of /help: the short overview by topic, and each command's examples for
/help <command>. Texts are HTML; {placeholders} are filled escaped."""

from handlers.i18n.catalog import Catalog

MESSAGES: Catalog = {
    "help.title.group": "📋 <b>What Wijkbot can do</b>",
    "help.title.private": "📋 <b>What Wijkbot can do</b> (in this private chat)",
    "help.topic_line": "{topic}: {commands}",
    "help.topic.meetings": "🗓️ <b>Meetings and agenda</b>",
    "help.topic.decisions": "📌 <b>Decisions and actions</b>",
    "help.topic.advice": "📨 <b>Advice</b>",
    "help.topic.polls": "🗳️ <b>Polls</b>",
    "help.topic.reminders": "⏰ <b>Reminders</b>",
    "help.topic.group": "👥 <b>Group and privacy</b>",
    "help.topic.meetings.word": "meetings",
    "help.topic.decisions.word": "decisions",
    "help.topic.advice.word": "advice",
    "help.topic.polls.word": "polls",
    "help.topic.reminders.word": "reminders",
    "help.topic.group.word": "group",
    "help.footer": (
        "Help with examples: /help action; a topic: /help advice; typing dates: /help dates.\n"
        "A command without details? I will ask for them step by step."
    ),
    "help.aliases": " (also {aliases})",
    "help.command.title": "<b>{command}</b> — {description}",
    "help.command.usage": "<b>How to use it</b>",
    "help.usage_line": "• {usage}",
    "help.command.examples": "<b>Examples</b>",
    "help.example_line": "For example: <code>{example}</code>",
    "help.command.more": "More about {topic}: /help {word}",
    "help.topic.more": "All examples of one command: {command}",
    "help.unknown": "I have no help about {word}. /help shows what I can do.",
    # /help <command>: examples, one a line
    "cmd.help.examples": (
        "<code>/help</code> — every command in short\n"
        "<code>/help action</code> — one command with examples\n"
        "<code>/help advice</code> — everything about one topic\n"
        "<code>/help dates</code> — how to type dates and times"
    ),
    "cmd.start.examples": "<code>/start</code> — in a private chat: then I may message you",
    "cmd.instellingen.examples": (
        "<code>/settings</code> — everything, with buttons to change it\n"
        "<code>/settings language nl</code> — Dutch in this group\n"
        "<code>/settings time 19:00</code> — the default time of reminders\n"
        "<code>/settings quiet 22:00-08:00</code> — at night I send nothing by myself"
    ),
    "cmd.bestuur.examples": (
        "<code>/board</code> — who is on the board\n"
        "<code>/board add @piet_janssen</code>\n"
        "<code>/board remove @piet_janssen</code>"
    ),
    "cmd.gemeente.examples": (
        "<code>/municipality</code> — the municipality's contacts\n"
        "<code>/municipality add @carla_gemeente</code>\n"
        "<code>/municipality remove @carla_gemeente</code>"
    ),
    "cmd.herinner.examples": (
        "<code>/remind next tuesday 19:30 board meeting</code>\n"
        "<code>/remind tomorrow 9:00 put the bin outside</code>\n"
        "<code>/remind every monday 9:00 send the newsletter</code> — every week\n"
        "<code>/remind</code> — then I ask when and what"
    ),
    "cmd.herinneringen.examples": (
        "<code>/reminders</code> — what is still pending, with buttons to cancel"
    ),
    "cmd.overleg.examples": (
        "<code>/meeting tue 8 dec 19:30 Community centre De Boog</code> — one meeting\n"
        "<code>/meeting every second tuesday of the month 19:30 De Kroon</code> — a series\n"
        "<code>/meeting move 8 dec to 10 dec 19:30</code>\n"
        "<code>/meeting cancel 22 December</code>\n"
        "<code>/meeting series stop</code>\n"
        "↩️ <i>Undo</i> under a new or moved meeting: for 10 minutes\n"
        "<code>/meeting district Thu 14 Jan 15:00 District office</code> — a kind of meeting,"
        " with its own standard agenda\n"
        "<code>/meeting kinds</code> — the kinds of meeting and their standard agendas\n"
        "<code>/meeting</code> — the coming meetings; <code>/meeting year</code> — the year"
    ),
    "cmd.agenda.examples": (
        "<code>/agenda Parking problems Duinstraat</code> — add an item\n"
        "<code>/agenda</code> — see the agenda; ➕ adds an item step by step, ✏️ changes an item's"
        " text (the board or whoever proposed it)\n"
        "<code>/agenda document</code> — the agenda as a printable file\n"
        "Or reply to a message with <code>/agenda</code>: that message becomes the item."
    ),
    "cmd.besluit.examples": (
        "<code>/decision we take part in NLdoet</code>\n"
        "<code>/decision 3: we apply for a grant for the street party</code> — on agenda item 3\n"
        "<code>/decision 4</code> — see, change or remove decision 4\n"
        "<code>/decision</code> — then I ask what was decided"
    ),
    "cmd.besluiten.examples": (
        "<code>/decisions</code> — newest first\n<code>/decisions grant</code> — search"
    ),
    "cmd.actie.examples": (
        "<code>/action send the residents' letter @jan by friday</code>\n"
        "<code>/action apply for the grant Anna by the end of next month</code>\n"
        "<code>/action report the street light municipality by 15 January</code>\n"
        "<code>/action 12</code> — see action 12; ✏️ Change corrects its text, who or date\n"
        "<code>/action</code> — then I ask what, who and when"
    ),
    "cmd.acties.examples": (
        "<code>/actions</code> — every open action\n<code>/actions mine</code> — only yours"
    ),
    "cmd.verslag.examples": (
        "<code>/report</code> — of the meeting going on now or the last one, also as a file\n"
        "<code>/report guest Carla (district office)</code> — a guest who is not on Telegram\n"
        "<code>/report approve</code> — the report of the previous meeting is approved"
    ),
    "cmd.notulen.examples": (
        "<code>/minutes 2: residents want delivery hours</code> — on agenda item 2\n"
        "<code>/minutes aob: the playground is open again</code> — any other business\n"
        "<code>/minutes announcements: the community officer introduces herself</code> — on a"
        " standard item\n"
        "Or reply <code>2: ...</code> to the meeting's agenda."
    ),
    "cmd.advies.examples": (
        "<code>/advice Redesign of Duinplein sent 3 November to district Scheveningen"
        " requested</code>\n"
        "<code>/advice 4</code> — the timeline of advice 4\n"
        "<code>/advice 4 received 10 November</code>\n"
        "<code>/advice 4 answered partly adopted: the trees stay</code>\n"
        "<code>/advice 4 postponed 15 January because of the council debate</code>\n"
        "<code>/advice 4 terms reply 8 weeks</code>\n"
        "<code>/advice 4 sent 13 November</code> — a correction; the deadlines move along\n"
        "<code>/advice 4 to district office Centrum centrum@denhaag.nl</code>"
    ),
    "cmd.adviezen.examples": (
        "<code>/advicelist</code> — all advice with its status\n"
        "<code>/advicelist figures</code> — the figures per year, with a chart"
    ),
    "cmd.post.examples": "<code>/mailbox</code> — mail from the municipality that fits no advice yet",
    "cmd.overzicht.examples": (
        "<code>/overview</code> — everything open in all your groups\n"
        "<code>/overview weekly monday 9:00</code>\n"
        "<code>/overview mail name@denhaag.nl</code>"
    ),
    "cmd.peiling.examples": (
        "<code>/poll Which date for the street party? | 12 June | 19 June closes Friday"
        " 17:00</code>\n"
        "<code>/poll We buy a new party tent</code> — a proposal: for, against or abstain\n"
        "<code>/poll Which evenings suit you? mon / tue / thu multiple</code>\n"
        "<code>/poll Which evening? tue or thu</code>\n"
        "<code>/poll remind</code> — a nudge for who has not voted"
    ),
    "cmd.peilingen.examples": "<code>/polls</code> — open and recently closed polls",
    "cmd.thermometer.examples": (
        "<code>/thermometer</code> — where it stands\n"
        "<code>/thermometer result</code>\n"
        "<code>/thermometer statements</code>"
    ),
    "cmd.export.examples": (
        "<code>/export actions</code> — a CSV file\n"
        "<code>/export advice</code>\n"
        "<code>/export</code> — everything, as a ZIP"
    ),
    "cmd.privacy.examples": "<code>/privacy</code> — what I keep, why and for how long",
    "cmd.vergeet.examples": "<code>/forget</code> — in a private chat with me",
    "cmd.vergeetgroep.examples": (
        "<code>/forgetgroup</code> — then confirm with the button (admins only)"
    ),
}
