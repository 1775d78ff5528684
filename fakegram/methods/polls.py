"""Bot API methods on polls, and the poll answers users give."""

from __future__ import annotations

import copy
from collections.abc import Sequence

from fakegram.model import FakeUser
from fakegram.state import State
from fakegram.wire import JSON, Files, bad, bool_param, decode_json, int_param


class Polls(State):
    """sendPoll, stopPoll; poll_answer and poll updates (votes change the counts)."""

    async def _m_send_poll(self, params: JSON, files: Files) -> JSON:
        chat = self._writable_chat(params)
        question = str(params.get("question") or "")
        if not question:
            raise bad("poll question must be non-empty")
        if len(question) > 300:
            raise bad("poll question length must not exceed 300")
        raw_options = decode_json(params.get("options")) or []
        options: list[str] = []
        for opt in raw_options:
            options.append(str(opt.get("text", "")) if isinstance(opt, dict) else str(opt))
        if len(options) < 2:
            raise bad("poll must have at least 2 option")
        if len(options) > 12:
            raise bad("poll can't have more than 12 options")
        if any(not o or len(o) > 100 for o in options):
            raise bad("poll options length must not exceed 100")
        is_anonymous = bool_param(params, "is_anonymous", True)
        ptype = str(params.get("type") or "regular")
        poll_id = str(next(self._poll_seq))
        poll: JSON = {
            "id": poll_id,
            "question": question,
            "options": [
                {"text": o, "voter_count": 0, "persistent_id": str(i)}
                for i, o in enumerate(options)
            ],
            "total_voter_count": 0,
            "is_closed": bool_param(params, "is_closed"),
            "is_anonymous": is_anonymous,
            "type": ptype,
            "allows_multiple_answers": bool_param(params, "allows_multiple_answers"),
            "allows_revoting": bool_param(params, "allows_revoting", True),
            "members_only": bool_param(params, "members_only", False),
        }
        if ptype == "quiz":
            correct = int_param(params, "correct_option_id")
            if correct is not None:
                poll["correct_option_id"] = correct
            if params.get("explanation"):
                poll["explanation"] = str(params["explanation"])
        for key in ("open_period", "close_date"):
            if params.get(key) is not None:
                poll[key] = int_param(params, key)
        sent_markup, echoed = self._inline_markup(params.get("reply_markup"))
        msg = self._base_message(chat, params)
        msg["poll"] = poll
        if echoed:
            msg["reply_markup"] = echoed
        self._polls[poll_id] = (chat.id, msg["message_id"])
        self._poll_votes[poll_id] = {}
        return self._store_bot("sendPoll", msg, sent_markup).message

    async def _m_stop_poll(self, params: JSON, files: Files) -> JSON:
        chat = self._target_chat(params)
        mid = int_param(params, "message_id")
        bm = self._bot_messages.get((chat.id, mid or 0))
        if bm is None or bm.deleted or "poll" not in bm.message:
            raise bad("message with poll to stop not found")
        if bm.message["poll"]["is_closed"]:
            raise bad("poll has already been closed")
        _, echoed = self._inline_markup(params.get("reply_markup"))
        new = copy.deepcopy(bm.message)
        new["poll"]["is_closed"] = True
        new.pop("reply_markup", None)
        if echoed:
            new["reply_markup"] = echoed
        bm.history.append(bm.message)
        bm.message = new
        bm.updated_rev = self._bump()
        self._messages[(bm.chat_id, bm.message_id)] = new
        poll: JSON = new["poll"]
        return poll

    def poll_answer(self, poll_id: str, user: FakeUser, option_ids: Sequence[int]) -> JSON:
        """A ``poll_answer`` (``option_ids=[]`` retracts the vote); updates the poll's counts."""
        key = self._polls.get(poll_id)
        if key is None:
            raise KeyError(f"unknown poll {poll_id}")
        bm = self._bot_messages[key]
        poll = bm.message["poll"]
        if poll["is_closed"]:
            raise ValueError("the poll is closed: Telegram accepts no more votes")
        if poll["is_anonymous"]:
            raise ValueError("anonymous poll: Telegram sends the bot no poll_answer updates")
        ids = list(option_ids)
        if any(not 0 <= i < len(poll["options"]) for i in ids):
            raise ValueError(f"option ids {ids} out of range")
        if len(ids) > 1 and not poll["allows_multiple_answers"]:
            raise ValueError("this poll allows only one answer")
        self.add_user(user)
        votes = self._poll_votes[poll_id]
        if ids:
            votes[user.id] = ids
        else:
            votes.pop(user.id, None)
        for i, opt in enumerate(poll["options"]):
            opt["voter_count"] = sum(1 for v in votes.values() if i in v)
        poll["total_voter_count"] = len(votes)
        return self._new_update(
            poll_answer={
                "poll_id": poll_id,
                "user": user.to_dict(),
                "option_ids": ids,
                "option_persistent_ids": [poll["options"][i]["persistent_id"] for i in ids],
            }
        )

    def poll(self, poll_id: str) -> JSON:
        """A ``poll`` update with the poll's current state."""
        bm = self._bot_messages[self._polls[poll_id]]
        return self._new_update(poll=copy.deepcopy(bm.message["poll"]))

    def poll_id(self, chat_id: int, message_id: int) -> str:
        return str(self._bot_messages[(chat_id, message_id)].message["poll"]["id"])

    def vote(self, poll_id: str, user: FakeUser, option_ids: Sequence[int]) -> JSON:
        return self.push(self.poll_answer(poll_id, user, option_ids))
