"""/actie, /acties, their buttons, owner reminders, the digest and /export acties, through the
real Application with the injected clock."""

from __future__ import annotations

from datetime import timedelta

from fakegram import ANNA, BRAM, CARLA, DUINDORP, KRAAYENSTEIN, FakeChat
from tests.support.harness import Harness
from tests.support.steps import alert

USAGE = "Zo gebruik je het: /actie wat"


def text(changes: list) -> str:  # type: ignore[type-arg]
    return "\n---\n".join(c.text or "" for c in changes)


async def group(bot: Harness) -> None:
    """Anna created the group (board); Bram and Carla are members the bot has seen."""
    bot.fake.set_admins(DUINDORP.id, [], creator=ANNA)
    await bot.say("/help", user=ANNA)
    await bot.say("/help", user=BRAM)
    await bot.say("/help", user=CARLA)


async def count(bot: Harness, table: str = "actions") -> int:
    return int((await bot.sql(f"SELECT count(*) FROM {table}"))[0][0])


async def owners(bot: Harness, number: int) -> list[tuple[object, ...]]:
    return await bot.sql(
        "SELECT o.user_id, o.party, o.name FROM action_owners o JOIN actions a"
        " ON a.id = o.action_id WHERE a.number = ? ORDER BY o.position",
        number,
    )


# --- naming owners ------------------------------------------------------------------------------
async def test_owner_by_username_with_the_confirmation_people_expect(bot: Harness) -> None:
    await group(bot)
    out = await bot.say("/actie bewonersbrief rondsturen @carla_gemeente uiterlijk vrijdag")
    assert out[0].text == (
        "✅ Actie 1: bewonersbrief rondsturen. Carla, uiterlijk vrijdag 27 november"
    )
    assert await owners(bot, 1) == [(CARLA.id, None, "")]
    assert await bot.sql("SELECT due_date, due_time, state FROM actions") == [
        ("2026-11-27", None, "open")
    ]


async def test_owner_by_text_mention_and_by_name_in_words(bot: Harness) -> None:
    await group(bot)
    update = bot.fake.message(
        DUINDORP, ANNA, "/actie flyers ophalen Bram voor 12 december", mentions=[BRAM]
    )
    out = await bot.process(update)
    assert out[0].text == "✅ Actie 1: flyers ophalen. Bram, uiterlijk zaterdag 12 december"
    out = await bot.say("/actie stoepkrijt kopen Carla en Bram")
    assert out[0].text == "✅ Actie 2: stoepkrijt kopen. Carla en Bram"
    assert await owners(bot, 2) == [(CARLA.id, None, ""), (BRAM.id, None, "")]
    # a name after "met" is what the action is about: the writer owns it
    out = await bot.say("/actie bellen met Bram morgen")
    assert out[0].text == "✅ Actie 3: bellen met Bram. Anna, uiterlijk donderdag 26 november"


async def test_who_does_it_as_volunteers_write_it_and_nothing_of_the_text_lost(
    bot: Harness,
) -> None:
    """Found in play: "door" of "stuurt ... door" was dropped, "door Bram" was kept as text
    with the writer as owner, and "Bram belt wijkagent" went to the wijkagent."""
    await group(bot)
    out = await bot.say("/actie @carla_gemeente stuurt de offerte door voor 15 december")
    assert out[0].text == "✅ Actie 1: stuurt de offerte door. Carla, uiterlijk dinsdag 15 december"
    out = await bot.say("/actie offerte doorsturen door @carla_gemeente uiterlijk vrijdag")
    assert out[0].text == "✅ Actie 2: offerte doorsturen. Carla, uiterlijk vrijdag 27 november"
    out = await bot.say("/actie flyers rondbrengen door Bram uiterlijk vrijdag")
    assert out[0].text == "✅ Actie 3: flyers rondbrengen. Bram, uiterlijk vrijdag 27 november"
    # the one who acts, named first: the sentence stays whole
    out = await bot.say("/actie Bram belt wijkagent uiterlijk vrijdag")
    assert out[0].text == "✅ Actie 4: Bram belt wijkagent. Bram, uiterlijk vrijdag 27 november"
    assert await owners(bot, 4) == [(BRAM.id, None, "")]
    out = await bot.say("/actie gemeente repareert de lantaarnpaal voor 1 januari")
    assert await owners(bot, 5) == [(None, "gemeente", "gemeente")]
    # ... but a name before an infinitive is what the action is about
    out = await bot.say("/actie Bram mailen over de kerstmarkt")
    assert out[0].text == "✅ Actie 6: Bram mailen over de kerstmarkt. Anna"
    out = await bot.say("/actie gemeente bellen over de bankjes Carla")
    assert out[0].text == "✅ Actie 7: gemeente bellen over de bankjes. Carla"


async def test_outside_parties_and_several_owners(bot: Harness) -> None:
    await group(bot)
    out = await bot.say("/actie lantaarnpalen melden gemeente en @carla_gemeente voor 1 december")
    assert out[0].text == (
        "✅ Actie 1: lantaarnpalen melden. Carla en gemeente, uiterlijk dinsdag 1 december"
    )
    assert await owners(bot, 1) == [(CARLA.id, None, ""), (None, "gemeente", "gemeente")]
    out = await bot.say("/actie hangplek bespreken PEP, wijkagent en stadsdeel")
    assert out[0].text == "✅ Actie 2: hangplek bespreken. PEP, wijkagent en stadsdeel"
    # "bij de gemeente" is where, not who
    out = await bot.say("/actie kapotte bank melden bij de gemeente")
    assert out[0].text == "✅ Actie 3: kapotte bank melden bij de gemeente. Anna"


async def test_reply_makes_the_message_the_action_and_its_author_the_owner(bot: Harness) -> None:
    await group(bot)
    said = bot.fake.message(DUINDORP, BRAM, "Ik bel de gemeente over de lantaarnpalen")
    await bot.process(said)
    message_id = said["message"]["message_id"]
    out = await bot.say("/actie", reply_to=message_id)
    assert out[0].text == "✅ Actie 1: Ik bel de gemeente over de lantaarnpalen. Bram"
    out = await bot.say("/actie lantaarnpalen nabellen vrijdag", reply_to=message_id)
    assert out[0].text == "✅ Actie 2: lantaarnpalen nabellen. Bram, uiterlijk vrijdag 27 november"
    # a text that names owners itself wins over the reply
    out = await bot.say("/actie offerte opvragen @carla_gemeente", reply_to=message_id)
    assert out[0].text == "✅ Actie 3: offerte opvragen. Carla"
    # a member may turn their own message into an action, not someone else's
    own = bot.fake.message(DUINDORP, CARLA, "Ik haal de sleutel op, maandag")
    await bot.process(own)
    out = await bot.say("/actie", user=CARLA, reply_to=own["message"]["message_id"])
    assert out[0].text == "✅ Actie 4: Ik haal de sleutel op. Carla, uiterlijk maandag 30 november"
    out = await bot.say("/actie", user=CARLA, reply_to=message_id)
    assert "alleen een actie voor jezelf" in text(out)
    assert await count(bot) == 4


async def test_step_by_step_without_arguments(bot: Harness) -> None:
    await group(bot)
    out = await bot.say("/actie")
    assert "Wat is de actie" in text(out)
    out = await bot.say("notulen uitwerken @carla_gemeente overmorgen", reply_to=out[0].message_id)
    assert out[0].text == "✅ Actie 1: notulen uitwerken. Carla, uiterlijk vrijdag 27 november"


# --- bad input ----------------------------------------------------------------------------------
async def test_bad_input_gets_the_usage_line_and_stores_nothing(bot: Harness) -> None:
    await group(bot)
    for typed, why in (
        ("/actie @carla_gemeente vrijdag", "Ik mis de actie zelf"),
        ("/actie notulen rondsturen gisteren", "is al voorbij"),
        ("/actie notulen rondsturen 24 november 2026", "is al voorbij"),
        ("/actie x " + " ".join(f"@user_{n}" for n in range(10)), "te veel eigenaren"),
    ):
        out = await bot.say(typed)
        assert why in text(out), typed
        assert USAGE in text(out), typed
    # ten owners, all known
    for n in range(10):
        await bot.say("/help", user=_user(n))
    typed = "/actie x " + " ".join(f"@user_{n}" for n in range(10))
    out = await bot.say(typed)
    assert "te veel eigenaren" in text(out)
    assert USAGE in text(out)
    assert await count(bot) == 0
    assert await bot.sql("SELECT count(*) FROM due WHERE kind LIKE 'action.%'") == [(0,)]


def _user(n: int):  # type: ignore[no-untyped-def]
    from fakegram import FakeUser

    return FakeUser(900 + n, f"Lid{n}", username=f"user_{n}")


async def test_unknown_username_asks_whether_a_name_is_meant(bot: Harness) -> None:
    await group(bot)
    out = await bot.say("/actie zaal boeken @janvdberg uiterlijk vrijdag")
    assert "@janvdberg ken ik niet" in text(out)
    assert "Bedoel je janvdberg als naam" in text(out)
    assert await count(bot) == 0
    assert [label for row in out[0].buttons for label, _ in row] == [
        "✍️ “janvdberg” als naam",
        "✖️ Niets opslaan",
    ]
    out = await bot.say("nee", reply_to=out[0].message_id)  # typed instead of tapped
    assert text(out) == "Goed, ik heb niets opgeslagen."
    assert await count(bot) == 0
    out = await bot.say("/actie zaal boeken @janvdberg uiterlijk vrijdag")
    out = await bot.press("✍️ “janvdberg” als naam")
    assert text(out) == (
        "✍️ @janvdberg: janvdberg als naam, zonder Telegram\n---\n"
        "✅ Actie 1: zaal boeken. Janvdberg, uiterlijk vrijdag 27 november"
    )
    assert await owners(bot, 1) == [(None, None, "janvdberg")]
    out = await bot.say("/actie zaal boeken @janvdberg uiterlijk vrijdag")
    out = await bot.say("ja", reply_to=out[0].message_id)
    assert "✅ Actie 2: zaal boeken. Janvdberg" in text(out)


async def test_a_vague_date_is_asked_back(bot: Harness) -> None:
    await group(bot)
    out = await bot.say("/actie offerte aanvragen @carla_gemeente binnenkort")
    assert "Wanneer precies" in text(out)
    assert await count(bot) == 0
    out = await bot.say("3 december", reply_to=out[0].message_id)
    assert "Actie 1: offerte aanvragen. Carla, uiterlijk donderdag 3 december" in text(out)


# --- permissions and buttons ------------------------------------------------------------------
async def test_member_creates_only_for_themselves(bot: Harness) -> None:
    await group(bot)
    out = await bot.say("/actie taart bakken @anna_bo", user=BRAM)
    assert "alleen een actie voor jezelf" in text(out)
    out = await bot.say("/actie taart bakken gemeente", user=BRAM)
    assert "alleen een actie voor jezelf" in text(out)
    out = await bot.say("/actie taart bakken zaterdag", user=BRAM)
    assert out[0].text == "✅ Actie 1: taart bakken. Bram, uiterlijk zaterdag 28 november"


async def test_member_may_not_close_anothers_action_and_the_board_may(bot: Harness) -> None:
    await group(bot)
    await bot.say("/actie flyers ophalen", user=BRAM)
    await bot.say("/actie sleutel halen", user=CARLA)
    out = await bot.say("/acties")
    assert "👤 Bram\n1. flyers ophalen" in text(out)
    await bot.press("1", user=CARLA)
    out = await bot.press("✅ Klaar", user=CARLA)
    assert out == []
    assert "Alleen wie de actie heeft, of een bestuurslid" in alert(bot)
    assert await bot.sql("SELECT state FROM actions WHERE number = 1") == [("open",)]
    out = await bot.press("✅ Klaar", user=BRAM)  # the owner
    assert "✅ Klaar" in text(out)
    assert "klaar, gemeld door Bram" in text(out)
    out = await bot.say("/actie 2")
    out = await bot.press("✅ Klaar", user=ANNA)  # the board
    assert "klaar, gemeld door Anna" in text(out)
    assert await bot.sql("SELECT number, state FROM actions ORDER BY number") == [
        (1, "done"),
        (2, "done"),
    ]
    assert await bot.sql(
        "SELECT count(*) FROM due WHERE state = 'pending' AND kind = ?", "action.remind"
    ) == [(0,)]


async def test_drop_with_a_reason_postpone_and_take_over_on_the_timeline(bot: Harness) -> None:
    await group(bot)
    await bot.say("/actie subsidie aanvragen @carla_gemeente uiterlijk 30 november")
    await bot.say("/actie 1")
    out = await bot.press("📅 Uitstellen", user=CARLA)
    assert "Tot wanneer stel je actie 1" in text(out)
    out = await bot.say("vrijdag 11 december", user=CARLA, reply_to=out[0].message_id)
    assert out[0].text == ("📅 Actie 1 (subsidie aanvragen) is uitgesteld tot vrijdag 11 december.")
    pending = await bot.sql(
        "SELECT fire_at FROM due WHERE kind = 'action.remind' AND state = 'pending'"
        " ORDER BY fire_at"
    )
    # two working days before, the day, then on the next three Mondays (the weekly overview)
    assert [row[0] for row in pending] == [
        "2026-12-09T08:00:00+00:00",
        "2026-12-11T08:00:00+00:00",
        "2026-12-14T08:00:00+00:00",
        "2026-12-21T08:00:00+00:00",
        "2026-12-28T08:00:00+00:00",
    ]
    await bot.say("/actie 1")
    out = await bot.press("🙋 Overnemen", user=ANNA)
    assert "👤 Anna" in text(out)
    assert "overgenomen door Anna (was: Carla)" in text(out)
    out = await bot.press("🚫 Niet doen", user=ANNA)
    assert "Waarom gaat actie 1" in text(out)
    out = await bot.say("de regeling is gestopt", reply_to=out[0].message_id)
    assert out[0].text == ("🚫 Actie 1 (subsidie aanvragen) gaat niet door: de regeling is gestopt")
    out = await bot.say("/actie 1")
    card = text(out)
    assert "🚫 Gaat niet door: de regeling is gestopt" in card
    assert "aangemaakt door Anna" in card
    assert "uitgesteld door Carla, van maandag 30 november naar vrijdag 11 december" in card
    assert "gaat niet door volgens Anna (de regeling is gestopt)" in card
    assert out[0].buttons == []  # a closed action has no buttons
    assert await bot.sql(
        "SELECT count(*) FROM due WHERE kind = 'action.remind' AND state = 'pending'"
    ) == [(0,)]


async def test_callback_for_another_groups_action_is_refused(bot: Harness) -> None:
    await group(bot)
    await bot.say("/actie flyers ophalen")
    out = await bot.say("/acties", chat=KRAAYENSTEIN)
    forged = bot.fake.callback(KRAAYENSTEIN, ANNA, "act:d:1", out[0].message_id)
    await bot.process(forged)
    assert "andere groep" in alert(bot)
    forged = bot.fake.callback(KRAAYENSTEIN, ANNA, "act:c:1:0:a", out[0].message_id)
    await bot.process(forged)
    assert "andere groep" in alert(bot)
    assert await bot.sql("SELECT state FROM actions") == [("open",)]


async def test_list_grouped_by_owner_overdue_first_mine_and_private(bot: Harness) -> None:
    await group(bot)
    await bot.say("/actie nieuwsbrief @carla_gemeente uiterlijk 10 december")
    await bot.say("/actie zaal boeken @carla_gemeente morgen")
    await bot.say("/actie flyers Bram uiterlijk 1 december")
    await bot.say("/actie notulen")
    await bot.advance(timedelta(days=3))  # Saturday: action 2 is overdue
    out = await bot.say("/acties")
    listing = text(out)
    assert listing.index("👤 Carla") < listing.index("👤 Bram") < listing.index("👤 Anna")
    assert "⚠️ 2. zaal boeken, uiterlijk donderdag 26 november (te laat)" in listing
    assert listing.index("2. zaal boeken") < listing.index("1. nieuwsbrief")
    out = await bot.say("/acties mijn", user=CARLA)
    assert "Jouw open acties (2)" in text(out)
    assert "flyers" not in text(out)
    await bot.process(bot.fake.private_start(CARLA))
    out = await bot.say("/acties", user=CARLA, chat=FakeChat.private(CARLA))
    assert "Jouw open acties, uit al je groepen (2)" in text(out)
    assert "👥 Bewonersorganisatie Duindorp" in text(out)
    # ticking one off from the private chat
    await bot.press("2", user=CARLA, chat=FakeChat.private(CARLA))
    out = await bot.press("✅ Klaar", user=CARLA, chat=FakeChat.private(CARLA))
    assert "klaar, gemeld door Carla" in text(out)
    out = await bot.press("↩️ Terug naar de lijst", user=CARLA, chat=FakeChat.private(CARLA))
    assert "Jouw open acties, uit al je groepen (1)" in text(out)


async def test_long_lists_are_paged(bot: Harness) -> None:
    await group(bot)
    for n in range(40):
        await bot.say(f"/actie {'lange omschrijving van een klus ' * 4}nummer {n}")
    out = await bot.say("/acties")
    assert len(out[0].text or "") <= 4096
    nav = out[0].buttons[-1]
    assert [label for label, _ in nav] == ["1/2", "▶️"]
    out = await bot.press("▶️")
    assert "nummer 39" in text(out)
    assert [label for label, _ in out[0].buttons[-1]] == ["◀️", "2/2"]


# --- reminders ---------------------------------------------------------------------------------
async def test_reminder_schedule_private_after_start_else_group_with_mention(
    bot: Harness,
) -> None:
    await group(bot)
    await bot.process(bot.fake.private_start(CARLA))
    await bot.say("/actie nieuwsbrief maken @carla_gemeente uiterlijk maandag")  # 30 November
    await bot.say("/actie stoep vegen Bram uiterlijk maandag")
    # Thursday 26 November 09:00: two working days before
    out = await bot.advance(timedelta(hours=18))
    mine = [c for c in out if c.chat_id == CARLA.id]
    group_messages = [c for c in out if c.chat_id == DUINDORP.id]
    assert len(mine) == 1
    assert "Uit Bewonersorganisatie Duindorp" in (mine[0].text or "")
    assert "Over vier dagen: actie 1, nieuwsbrief maken" in (mine[0].text or "")
    assert len(group_messages) == 1
    assert (group_messages[0].text or "").startswith("Bram ⏰ Over vier dagen: actie 2")
    sent = [c.params["text"] for c in bot.fake.calls_to("sendMessage")]
    assert any('<a href="tg://user?id=502">Bram</a>' in s for s in sent)
    # Monday: the day itself
    out = await bot.advance(timedelta(days=4))
    assert "Vandaag is de dag: actie 1" in text(out)
    # then weekly, three times, and no more; on Monday everyone hears it in the one message
    # with the weekly overview, Carla too (mentioned; nothing privately)
    for _week in range(3):
        out = await bot.advance(timedelta(days=7))
        assert len(out) == 1, [c.text for c in out]
        (monday,) = [c.text or "" for c in out if c.chat_id == DUINDORP.id]
        assert "Weekoverzicht: open acties" in monday
        assert "Carla ⚠️ Actie 1, nieuwsbrief maken, moest uiterlijk maandag 30 november" in monday
        assert "Bram ⚠️ Actie 2, stoep vegen, moest uiterlijk maandag 30 november klaar" in monday
        sent = bot.fake.calls_to("sendMessage")[-1].params["text"]
        assert f'<a href="tg://user?id={CARLA.id}">Carla</a>' in sent
    out = await bot.advance(timedelta(days=7))
    assert ["Weekoverzicht" in (c.text or "") for c in out] == [True]
    assert "moest uiterlijk" not in text(out)
    remaining = await bot.sql(
        "SELECT count(*) FROM due WHERE kind = 'action.remind' AND state = 'pending'"
    )
    assert remaining == [(0,)]
    out = await bot.say("/actie 1")
    assert "herinnering privé aan Carla" in text(out)


async def test_reminder_button_closes_from_the_private_chat(bot: Harness) -> None:
    await group(bot)
    await bot.process(bot.fake.private_start(CARLA))
    await bot.say("/actie nieuwsbrief maken @carla_gemeente uiterlijk maandag")
    await bot.advance(timedelta(hours=18))  # Thursday: two working days before
    out = await bot.press("✅ Klaar 1", user=CARLA, chat=FakeChat.private(CARLA))
    assert "klaar, gemeld door Carla" in text(out)
    assert [c for c in await bot.advance(timedelta(days=4)) if c.chat_id == CARLA.id] == []


async def test_what_the_gemeente_owes_comes_once_a_week_in_the_overview(bot: Harness) -> None:
    """Gemeente and stadsdeel actions are not reminded step by step: the weekly overview has
    one part for the gemeente contacts, mentioning them; other outside parties are listed."""
    await group(bot)
    await bot.say("/gemeente toevoegen @carla_gemeente")
    await bot.say("/actie lantaarnpalen vervangen gemeente uiterlijk maandag")
    await bot.say("/actie stoep herstellen stadsdeel uiterlijk maandag")
    await bot.say("/actie hangplek bespreken wijkagent uiterlijk maandag")
    assert await bot.advance(timedelta(hours=18)) == []  # Thursday: nobody is mentioned
    # Monday 09:00: one message, the overview with the gemeente's part
    out = await bot.advance(timedelta(days=4))
    assert len(out) == 1, [c.text for c in out]
    monday = out[0].text or ""
    assert "Weekoverzicht: open acties van Bewonersorganisatie Duindorp (1)" in monday
    assert "👤 wijkagent\n3. hangplek bespreken" in monday
    assert "🏛️ Voor de gemeente (Carla)\n\nActies\n1. lantaarnpalen vervangen" in monday
    assert "2. stoep herstellen" in monday
    sent = bot.fake.calls_to("sendMessage")[-1].params["text"]
    assert '<a href="tg://user?id=503">Carla</a>' in sent
    # with the gemeente's part switched off, its actions are in the board's list
    await bot.say("/instellingen gemeentebericht uit")
    out = await bot.advance(timedelta(days=7))
    assert "Weekoverzicht: open acties van Bewonersorganisatie Duindorp (3)" in text(out)
    assert "Voor de gemeente" not in text(out)


async def test_restart_between_reminders_sends_only_the_latest_once(bot: Harness) -> None:
    await group(bot)
    await bot.say("/instellingen weekoverzicht uit")
    await bot.say("/actie nieuwsbrief maken Bram uiterlijk maandag")  # 30 November
    out = await bot.advance(timedelta(hours=18))  # Thursday: two working days before
    assert "Over vier dagen" in text(out)
    # down from Thursday until Tuesday 8 December: the day itself and the first week passed
    marker = bot.fake.mark()
    await bot.restart(after=timedelta(days=12))
    out = bot.fake.changes_since(marker)
    assert len(out) == 1
    assert "moest uiterlijk maandag 30 november klaar zijn" in text(out)
    assert "te laat verstuurd" in text(out)
    marker = bot.fake.mark()
    await bot.restart()
    assert bot.fake.changes_since(marker) == []
    out = await bot.advance(timedelta(days=6))  # Monday 14 December 09:00
    assert "moest uiterlijk" in text(out)


# --- the digest and the export ----------------------------------------------------------------
async def test_weekly_digest_follows_the_setting_and_can_be_off(bot: Harness) -> None:
    await group(bot)
    await bot.say("/actie nieuwsbrief maken")
    out = await bot.advance(timedelta(days=4, hours=18))  # Monday 30 November 09:00
    assert "Weekoverzicht: open acties van Bewonersorganisatie Duindorp (1)" in text(out)
    out = await bot.say("/instellingen weekoverzicht woensdag 10:00")
    await bot.say("/acties")
    out = await bot.advance(timedelta(days=2, hours=1))  # Wednesday 10:00
    assert "Weekoverzicht" in text(out)
    await bot.say("/instellingen weekoverzicht uit")
    await bot.say("/acties")
    out = await bot.advance(timedelta(days=14))
    assert "Weekoverzicht" not in text(out)


async def test_export_acties_is_a_dutch_csv(bot: Harness) -> None:
    await group(bot)
    await bot.say("/actie café bellen over de ruimte @carla_gemeente uiterlijk vrijdag")
    await bot.say("/actie flyers; posters Bram")
    out = await bot.say("/export acties", user=BRAM)
    assert "Alleen bestuursleden" in text(out)
    await bot.say("/export acties")
    sent = bot.fake.files(DUINDORP.id)[-1]
    assert sent.name.endswith(".csv")
    assert sent.data.startswith("\ufeff".encode())
    lines = sent.data.decode("utf-8-sig").splitlines()
    assert lines[0].startswith("Nummer;Actie;Eigenaren;Uiterlijk;Status")
    assert lines[1].startswith("1;café bellen over de ruimte;Carla;2026-11-27;open;")
    assert lines[2].startswith('2;"flyers; posters";Bram;;open;')


async def test_buttons_sent_before_the_typed_data_keep_working(bot: Harness) -> None:
    """Buttons already in groups carry the packed formats of before: a list page with its mode
    ("act:l:0:a") and a card opened from the list ("act:c:1:0:a") still work, and a card's
    buttons still lead back to the list it came from."""
    await group(bot)
    await bot.say("/actie flyers ophalen")
    out = await bot.say("/acties")
    listing = out[0].message_id
    assert out[0].buttons == [[("1", "act:c:1:0:a")]]
    out = await bot.process(bot.fake.callback(DUINDORP, ANNA, "act:c:1:0:a", listing))
    assert "📋 Actie 1: flyers ophalen" in text(out)
    assert ("↩️ Terug naar de lijst", "act:l:0") in out[0].buttons[-1]
    assert ("✅ Klaar", "act:d:1:0:a") in out[0].buttons[0]
    out = await bot.process(bot.fake.callback(DUINDORP, ANNA, "act:l:0:a", listing))
    assert "Open acties van" in text(out)
    out = await bot.process(bot.fake.callback(DUINDORP, ANNA, "act:d:1:0:a", listing))
    assert await bot.sql("SELECT state FROM actions") == [("done",)]
    out = await bot.process(bot.fake.callback(DUINDORP, ANNA, "act:q:1", listing))
    assert alert(bot) == "Deze knop hoort bij iets dat niet meer bestaat."


async def test_a_second_phone_with_the_old_buttons_hears_the_action_is_closed(bot: Harness) -> None:
    """Klaar pressed again on an older message (another phone, a double tap) changes nothing
    and says why, for a done and for a dropped action."""
    await group(bot)
    await bot.say("/actie flyers ophalen")
    await bot.say("/actie zaal boeken")
    listing = (await bot.say("/acties"))[0].message_id
    await bot.process(bot.fake.callback(DUINDORP, ANNA, "act:d:1", listing))
    await bot.process(bot.fake.callback(DUINDORP, ANNA, "act:d:1", listing))
    assert alert(bot) == "Actie 1 is al klaar."
    out = await bot.process(bot.fake.callback(DUINDORP, ANNA, "act:n:2", listing))
    await bot.say("niet meer nodig", reply_to=out[0].message_id)
    await bot.process(bot.fake.callback(DUINDORP, ANNA, "act:u:2", listing))
    assert alert(bot) == "Actie 2 gaat al niet door."
    assert await bot.sql("SELECT number, state FROM actions ORDER BY number") == [
        (1, "done"),
        (2, "dropped"),
    ]
    assert await bot.sql("SELECT count(*) FROM action_timeline WHERE change = 'done'") == [(1,)]


async def test_actie_in_private_says_what_it_does_there(bot: Harness) -> None:
    """/help in private lists /actie: alone (or with a text) it says what works there."""
    for typed in ("/actie", "/actie flyers drukken"):
        out = await bot.say(typed, chat=FakeChat.private(ANNA))
        assert [c.text for c in out] == [
            "Hier laat /actie met een nummer een actie zien, bijvoorbeeld /actie 12; /acties toont"
            " al jouw open acties. Een nieuwe actie leg je vast in de groep van jullie overleg."
        ]
    assert await bot.sql("SELECT count(*) FROM actions") == [(0,)]
