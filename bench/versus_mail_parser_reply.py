"""`versus-mail-parser-reply`: why the new text of a reply comes from our own rules.

usage: pip install mail-parser-reply && python -m bench versus-mail-parser-reply

Scores `domain.mail_in.reply_text` and mail-parser-reply (`EmailReplyParser(languages=["nl",
"en"])`, the first reply's body without headers, signature and disclaimers) on the replies in
tests/data/mail-replies.txt: Outlook, Gmail, Apple Mail, Thunderbird and phone replies as Dutch
officials send them. A case is right when the text equals what a person would call the new
text (blank-line runs folded). mail-parser-reply is not a dependency of Wijkbot; this
benchmark says so when it is not installed.
"""

from __future__ import annotations

import argparse
import importlib.util
import re
import time

from bench.common import ROOT, emit, table

CORPUS = ROOT / "tests" / "data" / "mail-replies.txt"
_CASE = re.compile(r"^=== case (\S+)\n(.*?)^=== expect\n(.*?)^=== end$", re.MULTILINE | re.DOTALL)


def corpus() -> list[tuple[str, str, str]]:
    """(name, body, expected new text) for each case in the corpus file."""
    text = CORPUS.read_text(encoding="utf-8")
    return [(m.group(1), m.group(2), m.group(3).strip()) for m in _CASE.finditer(text)]


def _folded(text: str) -> str:
    return re.sub(r"\n{3,}", "\n\n", text).strip()


def _library(body: str) -> str:
    from mailparser_reply import EmailReplyParser

    message = EmailReplyParser(languages=["nl", "en"]).read(body)
    return _folded(message.replies[0].body) if message.replies else ""


def _rules(body: str) -> str:
    from domain.mail_in import reply_text

    return reply_text(body)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m bench versus-mail-parser-reply")
    ap.add_argument("--quick", action="store_true", help="accepted for symmetry; all cases run")
    ap.add_argument("--show", action="store_true", help="print the cases each gets wrong")
    args = ap.parse_args(argv)
    if importlib.util.find_spec("mailparser_reply") is None:
        print("mail-parser-reply is not installed (Wijkbot does not need it):")
        print("  pip install mail-parser-reply")
        emit("versus-mail-parser-reply", {"skipped": "mail-parser-reply not installed"})
        return 0
    cases = corpus()
    figures: dict[str, dict[str, float]] = {}
    rows = []
    for label, read in (("our rules", _rules), ("mail-parser-reply", _library)):
        right = 0
        started = time.perf_counter()
        for name, body, expected in cases:
            got = read(body)
            right += got == expected
            if args.show and got != expected:
                print(f"{label} / {name}: {got[:160]!r}")
        ms = (time.perf_counter() - started) * 1000 / len(cases)
        figures[label] = {"right": right, "cases": len(cases), "ms_per_reply": round(ms, 3)}
        rows.append([label, f"{right}/{len(cases)}", f"{100 * right / len(cases):.0f}%", ms])
    table(["reader", "right", "share", "ms"], rows, title="New text of a reply read right")
    emit("versus-mail-parser-reply", figures)
    return 0
