"""English groups type English keywords (issue 17, point 5): wherever a command reads a Dutch
keyword it reads the English one too, in either language, and the English catalog's examples
use the English forms. Exact inputs through the Application."""

from __future__ import annotations

import re

from domain.advice.deadlines import Terms
from domain.advice.model import Outcome
from domain.advice.parse import change_terms, read_outcome, split_answer, split_registration
from fakegram import ANNA, CARLA, FakeChat
from handlers import COMMANDS, SETTINGS
from handlers.i18n import en, t
from handlers.kit.feature import GROUP, PRIVATE
from handlers.settings.chat import SETTING_WORDS
from tests.support.harness import Harness
from tests.support.steps import setup_group, texts


def test_advice_registration_reads_english_options() -> None:
    parts = split_registration(
        "Redesign of Duinplein sent 3 November to district Scheveningen requested"
    )
    assert (parts.subject, parts.sent_text, parts.to_text, parts.requested) == (
        "Redesign of Duinplein",
        "3 November",
        "district Scheveningen",
        True,
    )
    # a subject may hold "to" and "asked": the addressee follows "sent", the flag ends the text
    parts = split_registration(
        "Plan to close the library residents asked about sent 3 November to district Centre unasked"
    )
    assert (parts.subject, parts.sent_text, parts.to_text, parts.requested) == (
        "Plan to close the library residents asked about",
        "3 November",
        "district Centre",
        False,
    )
    # Dutch as before, English words in a Dutch text too
    parts = split_registration("Bomenkap aan wethouder Groen verzonden 23 november gevraagd")
    assert (parts.subject, parts.to_text, parts.sent_text, parts.requested) == (
        "Bomenkap",
        "wethouder Groen",
        "23 november",
        True,
    )


def test_advice_terms_and_answers_read_english() -> None:
    terms = Terms(ack_days=10, reply_days=42, very_late_percent=200)
    changed = change_terms(terms, "acknowledgement 15 working days and reply 8 weeks")
    assert (changed.ack_days, changed.reply_days) == (15, 56)
    assert change_terms(terms, "reply 30 days").reply_days == 30
    assert split_answer("2 december partly adopted: the trees stay") == (
        "2 december",
        Outcome.PARTLY,
        "the trees stay",
    )
    assert read_outcome("Not adopted, they chose parking") == (
        Outcome.REJECTED,
        "they chose parking",
    )
    assert read_outcome("We hebben het advies aangehouden tot de raad") == (
        Outcome.DEFERRED,
        "We hebben het advies aangehouden tot de raad",
    )
    assert read_outcome("adopted or not adopted") is None


async def test_an_english_group_follows_an_advice_with_english_words(bot: Harness) -> None:
    await setup_group(bot)
    await bot.say("/instellingen taal en")
    out = await bot.say(
        "/advice Redesign of Duinplein sent 23 November to district Scheveningen requested"
    )
    assert "✅ Recorded as advice 1." in texts(out)[0]
    assert "to district Scheveningen (requested advice)" in texts(out)[0]
    out = await bot.say("/advice 1 terms reply 8 weeks")
    assert await bot.sql("SELECT reply_days FROM advices") == [(56,)]
    out = await bot.say("/advice 1 received 24 November", user=ANNA)
    assert await bot.sql("SELECT state FROM advices") == [("ontvangen",)]
    out = await bot.say("/advice 1 postponed 1 February because of the council debate", user=CARLA)
    assert "council debate" in texts(out)[0]
    out = await bot.say("/advice 1 answered partly adopted: the trees stay")
    assert await bot.sql("SELECT state, outcome, summary FROM advices") == [
        ("beantwoord", "deels overgenomen", "the trees stay")
    ]
    out = await bot.say("/adviezen figures")
    assert any("figures per year" in text for text in texts(out))


REFUSALS = ("How to use it", "I don't know", "Did you mean", "Sorry, something went wrong")


async def test_every_english_example_is_understood_in_an_english_group(bot: Harness) -> None:
    """Each command's English example (and the English lines of /help <command> that need no
    earlier record) runs as typed: no usage line, no "did you mean", no apology."""
    await setup_group(bot)
    await bot.say("/instellingen taal en")
    played: list[str] = [t("en", c.key("example")) for c in COMMANDS if GROUP in c.scopes]
    played += [
        "/instellingen quiet 22:00-08:00",
        "/remind every monday 9:00 send the newsletter",
        "/meeting every second tuesday of the month 19:30 De Kroon",
        "/meeting year",
        "/action apply for the grant Anna by the end of next month",
        "/action report the street light municipality by 15 January",
        "/actions mine",
        "/decisions grant",
        "/export advice",
        "/poll Which evenings suit you? | mon | tue | thu multiple",
        "/thermometer result",
        "/thermometer statements",
        "/adviezen figures",
        "/help action",
        "/help advice",
        "/help dates",
    ]
    for text in played:
        out = await bot.say(text)
        assert out, text
        for answer in texts(out):
            assert not answer.startswith(REFUSALS), (text, answer)
    private = [t("en", c.key("example")) for c in COMMANDS if c.scopes == {PRIVATE}]
    for text in private:
        out = await bot.say(text, chat=FakeChat.private(CARLA), user=CARLA)
        for answer in texts(out):
            assert not answer.startswith(REFUSALS), (text, answer)


async def test_group_settings_have_english_words(bot: Harness) -> None:
    await setup_group(bot)
    await bot.say("/instellingen taal en")
    for typed, answer in (
        ("/instellingen call 10 days", "✅ Call for agenda items: 10 days."),
        ("/instellingen acknowledgement 15", "✅ Acknowledgement deadline: 15 working days."),
        ("/instellingen reply 8 weeks", "✅ Reply deadline: 8 weeks."),
        ("/instellingen actionlist off", "✅ Action list after a meeting: off."),
        ("/instellingen poll 3 days", "✅ Poll closes after: 3 days."),
        (
            "/instellingen municipalitymail wijk@denhaag.nl",
            "✅ Municipality e-mail: wijk@denhaag.nl.",
        ),
    ):
        assert texts(await bot.say(typed)) == [answer], typed


def test_no_setting_word_is_claimed_twice() -> None:
    words = [w for spec in SETTINGS for w in spec.words] + list(SETTING_WORDS)
    assert sorted(w for w in set(words) if words.count(w) > 1) == []


# Dutch keywords that an English example must not show (the English form is read as well).
DUTCH_KEYWORDS = {
    "sluit",
    "uiterlijk",
    "verzonden",
    "aan",
    "gevraagd",
    "ongevraagd",
    "ontvangen",
    "beantwoord",
    "verdaagd",
    "intrekken",
    "termijnen",
    "ontvangst",
    "reactie",
    "werkdagen",
    "weken",
    "wegens",
    "overgenomen",
    "aangehouden",
    "cijfers",
    "mijn",
    "toevoegen",
    "weg",
    "meerdere",
    "herinner",
    "elke",
    "wekelijks",
    "prive",
    "uit",
    "rondvraag",
    "jaar",
    "verplaatsen",
    "afzeggen",
    "reeks",
    "stoppen",
    "uitslag",
    "stellingen",
    "taal",
    "tijdzone",
    "naam",
    "tijd",
    "stil",
    "gemeente",
    "stadsdeel",
    "wijkagent",
}


def test_english_examples_show_no_dutch_keywords() -> None:
    """What an English group is shown to type (`<code>` in the English catalog, the examples
    and usage lines) uses the English keywords."""
    shown: list[tuple[str, str]] = []
    for key, entry in en.MESSAGES.items():
        forms = [entry] if isinstance(entry, str) else list(entry.values())
        for form in forms:
            shown += [(key, code) for code in re.findall(r"<code>(.*?)</code>", form, re.S)]
            if key.startswith("cmd.") and key.endswith((".example", ".usage")):
                shown.append((key, form))
    found = [
        (key, code)
        for key, code in shown
        for word in re.findall(r"(?<![/@\w.-])[a-zé]+(?![\w@.-])", code.lower())
        if word in DUTCH_KEYWORDS
    ]
    assert found == []
