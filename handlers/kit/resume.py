"""What asking back about a date carries: the signal a date reader raises, and what runs again.

Kept apart from `handlers/kit/asking.py` (which asks and resumes) so that `Turn` can raise the
signal and the wrapper can catch it without either importing the asking feature.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from schedules.when import Unsettled, When


@dataclass(frozen=True)
class Resume:
    """What runs again once the date is settled: a command (by name) with the text after it,
    or a prompt step (by kind, with its payload) with the answer that held the date."""

    kind: str  # "command" | "prompt"
    name: str
    text: str
    payload: dict[str, Any] = field(default_factory=dict)

    def to_json(self) -> dict[str, Any]:
        return {"kind": self.kind, "name": self.name, "text": self.text, "payload": self.payload}

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Resume:
        return cls(str(data["kind"]), str(data["name"]), str(data["text"]), dict(data["payload"]))


class AskBack(Exception):  # noqa: N818 - a signal to the wrapper, not an error
    """Raised by ``turn.split_when`` for a text the writer must settle; caught by the wrapper."""

    def __init__(
        self,
        text: str,
        reading: Unsettled,
        mismatch: When | None = None,
        *,
        words: str = "",
        rewrite: tuple[str, int] | None = None,
    ) -> None:
        super().__init__(text)
        self.text = text
        self.reading = reading
        self.mismatch = mismatch  # a weekday typed beside a date it does not fall on
        # date words the reader left ("donderdg"), named in the question; `rewrite` is the
        # command's text without any date words and where the answer goes
        self.words = words
        self.rewrite = rewrite
