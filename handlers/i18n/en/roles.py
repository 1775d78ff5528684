"""English texts of /bestuur and /gemeente. Texts are HTML; {placeholders} are filled escaped."""

from handlers.i18n.catalog import Catalog

MESSAGES: Catalog = {
    "cmd.bestuur.description": "who is on the board; add or remove",
    "cmd.bestuur.example": "/board add @piet_janssen",
    "cmd.bestuur.usage": "/board, /board add @name or /board remove @name",
    "cmd.gemeente.description": "municipality contacts; add or remove",
    "cmd.gemeente.example": "/municipality add @carla_gemeente",
    "cmd.gemeente.usage": "/municipality, /municipality add @name or /municipality remove @name",
    "roles.board.title": "👥 <b>Board of {group}</b>",
    "roles.gemeente.title": "🏛️ <b>Municipality contacts in {group}</b>",
    "roles.admins": "Group admins (board automatically):",
    "roles.added_members": "Added:",
    "roles.board.empty": "Nobody added yet. Group admins belong to the board automatically.",
    "roles.gemeente.empty": "No municipality contacts yet.",
    "roles.entry": "• {name}",
    "roles.button.add": "➕ Add",
    "roles.button.remove": "✖️ {name}",
    "roles.board.ask": (
        "Who should join the board? Reply to this message with @username, or send"
        " /board add as a reply to a message of that person."
    ),
    "roles.gemeente.ask": (
        "Who is the municipality contact to add? Reply to this message with @username, or"
        " send /municipality add as a reply to a message of that person."
    ),
    "roles.board.ask_remove": "Who should leave the board? Reply to this message with @username.",
    "roles.gemeente.ask_remove": (
        "Which municipality contact should be removed? Reply to this message with @username."
    ),
    "roles.board.added": "✅ {name} is now on the board.",
    "roles.gemeente.added": "✅ {name} is now a municipality contact.",
    "roles.board.already": "{name} was already on the board.",
    "roles.gemeente.already": "{name} was already a municipality contact.",
    "roles.board.removed": "{name} is no longer on the board.",
    "roles.gemeente.removed": "{name} is no longer a municipality contact.",
    "roles.left.board": "{name} left the group and is no longer on the board.",
    "roles.left.gemeente": "{name} left the group and is no longer a municipality contact.",
    "roles.board.not_there": "{name} had not been added to the board.",
    "roles.gemeente.not_there": "{name} was not a municipality contact.",
    "roles.admin_stays": "{name} is an admin of the group and so always on the board.",
    "roles.unknown_user": (
        "I do not know {who} in this group yet. Ask them to send me something in the group"
        " first (for example /help), or send the command as a reply to one of their messages."
    ),
    "roles.ambiguous": "More than one person is called {who}. Use their @username, or send the command as a reply to one of their messages.",
    "roles.no_bots": "A bot cannot have a role.",
}
