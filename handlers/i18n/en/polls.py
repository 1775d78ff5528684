"""English texts of /peiling and /peilingen. Texts are HTML; {placeholders} are filled escaped."""

from handlers.i18n.catalog import Catalog

MESSAGES: Catalog = {
    "cmd.peiling.description": "a poll among the board (or a proposal: for/against)",
    "cmd.peiling.example": "/poll Which date for the street party? | 12 June | 19 June closes Friday 17:00",
    "cmd.peiling.usage": (
        "/poll question | option | option … [closes when] [multiple] (2 to 10 options; also"
        " 'question? a / b', 'question? a, b or c' or one option per line under the question);"
        " /poll proposal (then you vote for, against or abstain);"
        " /poll remind"
    ),
    "cmd.peilingen.description": "open and recently closed polls",
    "cmd.peilingen.example": "/polls",
    "cmd.peilingen.usage": "/polls",
    "setting.polls.duration.label": "Poll closes after",
    "setting.polls.duration.help": "how long a poll stays open when no closing time is given",
    "setting.polls.quorum.label": "Quorum",
    "setting.polls.quorum.help": "which share of the board must vote for a valid result",
    "poll.bad.no_question": "What is the question?",
    "poll.bad.question_long": "The question is too long ({length} characters, at most {limit}).",
    "poll.bad.empty_option": "One of the options is empty.",
    "poll.bad.one_option": "One option is no choice: give at least two, or none (then it is for/against).",
    "poll.bad.many_options": "That is {count} options; a poll has at most {limit}.",
    "poll.bad.option_long": "An option is too long (at most {limit} characters): {option}",
    "poll.bad.same_option": "Two options are the same.",
    "poll.bad.closing_unread": "I do not understand when the poll should close: {value}",
    "poll.bad.closing_past": "The closing time is in the past: {moment}.",
    "poll.option.for": "For",
    "poll.option.against": "Against",
    "poll.option.abstain": "Abstain",
    "poll.ask": (
        "What do you want to ask the board? Reply to this message, for example:\n"
        "<code>Which date for the street party? 12 June or 19 June closes Friday 17:00</code>\n"
        "Options may also go one per line under the question.\n"
        "Without options it is a proposal: for, against or abstain."
    ),
    "poll.button.close": "🔒 Close",
    "poll.button.close_n": "🔒 Close {number}",
    "poll.button.decide": "📌 Log as decision",
    "poll.error.decided": "This poll has been logged as a decision already.",
    "poll.decided": "📌 Logged as decision {number} by {who}.",
    "poll.decided.notice": "Logged as decision {number}.",
    "poll.decision": {
        "one": (
            "Poll: {question} — outcome: {outcome} ({counts}; {turnout} of {count} board member"
            " voted)"
        ),
        "other": (
            "Poll: {question} — outcome: {outcome} ({counts}; {turnout} of {count} board members"
            " voted)"
        ),
    },
    "poll.button.reopen": "🔁 Reopen",
    "poll.opened": {
        "one": (
            "🗳️ {who}'s poll is open until <b>{moment}</b>. Only the board's votes count"
            " ({count} member); quorum {percent}% ({needed})."
        ),
        "other": (
            "🗳️ {who}'s poll is open until <b>{moment}</b>. Only the board's votes count"
            " ({count} members); quorum {percent}% ({needed})."
        ),
    },
    "poll.opened.reminder": {
        "one": "Board members who have not voted get a reminder {count} hour before it closes.",
        "other": "Board members who have not voted get a reminder {count} hours before it closes.",
    },
    "poll.opened.options": "Options: {options}",
    "poll.opened.proposal": "A proposal: vote for, against or abstain.",
    "poll.opened.choice_hint": (
        "Was it a choice? Then close this poll and put the options after the question mark:"
        " <code>/poll Which day? Friday or Saturday</code>"
    ),
    "poll.closed_notice": "The poll is closed.",
    "poll.result.title": "🗳️ <b>Result: {question}</b>",
    "poll.result.count": "• {option}: <b>{count}</b>",
    "poll.result.who": "<b>Who voted what</b> (board):",
    "poll.result.voter": "• {name}: {choice}",
    "poll.result.not_counted": "<b>Not counted</b> (not on the board):",
    "poll.result.absent": "Did not vote: {names}",
    "poll.result.quorum_met": {
        "one": (
            "Turnout: {turnout} of {count} board member ({percent}%). Quorum {quorum}%"
            " ({needed}): met ✅"
        ),
        "other": (
            "Turnout: {turnout} of {count} board members ({percent}%). Quorum {quorum}%"
            " ({needed}): met ✅"
        ),
    },
    "poll.result.quorum_missed": {
        "one": (
            "Turnout: {turnout} of {count} board member ({percent}%). Quorum {quorum}%"
            " ({needed}): not met ❌"
        ),
        "other": (
            "Turnout: {turnout} of {count} board members ({percent}%). Quorum {quorum}%"
            " ({needed}): not met ❌"
        ),
    },
    "poll.result.outcome": "Outcome: <b>{outcome}</b>",
    "poll.outcome.no_quorum": "no valid result, the quorum was not met",
    "poll.outcome.none": "nobody on the board voted",
    "poll.outcome.adopted": "adopted",
    "poll.outcome.rejected": "rejected",
    "poll.outcome.tie": "a tie",
    "poll.outcome.winner": "{options}",
    "poll.remind.group": {
        "one": (
            "⏰ {left} left to vote on <b>{question}</b> (closes {moment}). Voted: {turnout} of"
            " {count} board member.\nNot voted yet: {names}"
        ),
        "other": (
            "⏰ {left} left to vote on <b>{question}</b> (closes {moment}). Voted: {turnout} of"
            " {count} board members.\nNot voted yet: {names}"
        ),
    },
    "poll.remind.private": (
        "⏰ You have not voted yet in {group}: <b>{question}</b>. The poll closes {moment};"
        " you vote in the group."
    ),
    "poll.remind.everyone_voted": "The whole board has voted on {question}. 👍",
    "poll.left.minutes": {
        "one": "{count} minute",
        "other": "{count} minutes",
    },
    "poll.left.hours": {
        "one": "{count} hour",
        "other": "{count} hours",
    },
    "poll.error.none_open": "You have no open poll.",
    "poll.error.not_owner": "Only whoever made the poll, or an admin, can do this.",
    "poll.error.closed": "This poll is closed already.",
    "poll.error.open": "This poll is still open.",
    "poll.reopen.ask": (
        "Until when does <b>{question}</b> open again? Reply to this message, for example"
        " <code>Sunday 20:00</code> or <code>in 2 days</code>."
    ),
    "poll.reopened": (
        "🔁 The poll is open again until <b>{moment}</b>. Earlier votes still count; vote in"
        " the new poll to change yours."
    ),
    "poll.list.empty": (
        "There are no polls. Start one with, for example,"
        " <code>/poll Shall we have a Christmas drink?</code>"
    ),
    "poll.list.open": "🗳️ <b>Open polls</b> ({count})",
    "poll.list.open_item": {
        "one": "{number}. {question}\n    closes {moment}; {turnout} of {count} board member voted",
        "other": "{number}. {question}\n    closes {moment}; {turnout} of {count} board members voted",
    },
    "poll.list.closed": "<b>Recently closed</b>",
    "poll.list.closed_item": "• {question}\n    closed {moment}: {outcome} ({turnout} of {board})",
}
