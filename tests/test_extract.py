"""Extractors: never raise, every span is a slice of the text, and they meet their measured
behaviour on real dispatches (tuned on the seeds; the held-out set is measured, not tuned)."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date
from functools import cache

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from diplomatic_timeline.extract.dates import (
    _NEEDS_PATTERN,
    UNKNOWN,
    Resolved,
    _patterns,
    find_dates,
    resolve,
)
from diplomatic_timeline.extract.draft import Draft, draft_dispatch
from diplomatic_timeline.extract.events import DraftEvent, Mention, not_held_ahead, status_around
from diplomatic_timeline.extract.furniture import find_furniture
from diplomatic_timeline.extract.quotes import find_quotes
from diplomatic_timeline.extract.resources import Gazetteer, data, topic_phrases
from diplomatic_timeline.extract.speakers import _attribution_patterns, _verb_word
from diplomatic_timeline.extract.text import Segment, sentences

from .conftest import ROOT


@cache
def resources() -> tuple[Gazetteer, dict[str, list[str]]]:
    actors = yaml.safe_load((ROOT / "curation" / "actors.yaml").read_text(encoding="utf-8"))
    vocab = yaml.safe_load((ROOT / "schemas" / "vocabularies.yaml").read_text(encoding="utf-8"))
    topics = topic_phrases(vocab["agenda_topic"]["values"])
    return Gazetteer.from_rows(actors), topics


# A dateline with a full date, for sentences that need one (a Sunday).
LEAD = "Title\n\nMINSK, 14 June 2009 (BelTA) – "
# A headline above the dateline, so that the lead's events are the body's, not the title's.
HEADLINE = "Presidents meet in Minsk\n\nMINSK, 14 June 2009 (BelTA) – "


def draft(text: str) -> Draft:
    """The rules' draft: these tests specify the rules. The learned date model, which may date
    an event the rules leave undated, is specified in test_datemodel.py and measured in
    aggregate (cross-validation and blind sets), not case by case."""
    gazetteer, topics = resources()
    return draft_dispatch(text, gazetteer, topics, learned=False)


def all_spans(d: Draft) -> list[tuple[int, int, str]]:
    spans = [(q.quote.start, q.quote.end, q.quote.text) for q in d.quotes]
    spans += [(f.start, f.end, f.text) for f in d.furniture]
    spans += [(p.start, p.end, p.text) for p, _ in d.agenda]
    spans += [(m.start, m.end, m.text) for ev in d.events for m in ev.mentions]
    h = d.header
    spans += [(e.start, e.end, e.text) for e in (h.title, h.evidence, h.dateline_place) if e]
    return spans


SEEDS = sorted((ROOT / "raw" / "dispatches").glob("*.txt"))
NOISE = st.sampled_from(
    [
        "\r\n",
        "\u00a0",
        "\ufeff",
        "\u200b",
        "“",
        "”",
        "‘",
        "’",
        "«",
        "»",
        '"',
        "\n\n",
        " said ",
        " will visit ",
        " on 5 May",
        " — ",
    ]
)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text())
def test_no_extractor_raises_on_arbitrary_unicode(text: str) -> None:
    d = draft(text)
    for start, end, piece in all_spans(d):
        assert 0 <= start <= end <= len(text) and text[start:end] == piece


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.sampled_from(SEEDS), st.lists(st.tuples(st.integers(0, 4000), NOISE), max_size=12))
def test_spans_stay_slices_with_crlf_nbsp_bom_and_zero_width(path, inserts) -> None:
    """The one rule: text is kept verbatim; every span is a slice of exactly that text."""
    text = path.read_text(encoding="utf-8")
    for position, piece in sorted(inserts, reverse=True):
        position = min(position, len(text))
        text = text[:position] + piece + text[position:]
    for start, end, piece in all_spans(draft(text)):
        assert text[start:end] == piece


def test_a_bom_and_crlf_do_not_change_what_is_found() -> None:
    text = SEEDS[0].read_text(encoding="utf-8")
    plain = draft(text)
    windows = "\ufeff" + text.replace("\n", "\r\n")
    noisy = draft(windows)
    assert [q.quote.text for q in noisy.quotes] == [q.quote.text for q in plain.quotes]
    assert noisy.header.partial == plain.header.partial


@pytest.mark.parametrize(
    "text, expected",
    [
        ("“We agreed,” Putin said.", ["We agreed"]),
        ("He called it «a good start», the minister added.", ["a good start"]),
        ('"No comment," Peskov told reporters.', ["No comment"]),
        ("Lukashenko said it may ‘backfire’ soon.", ["backfire"]),
        ("The countries’ leaders met in Russia’s capital.", []),
        ("They signed the “Union State” budget.", []),
        ("“It was good”. “It will be better,” he added.", ["It was good", "It will be better"]),
        ("A closing mark only,” the press service said.", ["A closing mark only"]),
        # straight single marks, as British pages write them; apostrophes stay apostrophes
        ("'We will not give in,' Lukashenko said.", ["We will not give in"]),
        ("He said the talks were 'useful and frank'.", ["useful and frank"]),
        ("The leaders' talks in Belarus's capital didn't end.", []),
        ("Back in the '90s it was 'different', he said.", ["different"]),
        ("'The leaders' talks were useful,' he said.", ["The leaders' talks were useful"]),
        ("Lukashenko, who loves rock 'n' roll, met Putin.", []),
        ("He told them to give 'em hell. The presidents' talks ended, Putin said.", []),
        ("'Tis true that the talks failed, Lukashenko said.", []),
        ("'An opening mark never closed is an apostrophe", []),
    ],
)
def test_quote_marks(text: str, expected: list[str]) -> None:
    assert [q.text for q in find_quotes(text, find_furniture(text))] == expected


def test_transcript_lines_are_quotes_of_their_speaker() -> None:
    text = (
        "Talks in Minsk\n\nPresident of Russia Vladimir Putin: Good afternoon, colleagues.\n\n"
        "President of Belarus Alexander Lukashenko: Thank you, Vladimir Vladimirovich."
    )
    d = draft(text)
    assert [(q.quote.text, q.speaker.actor_id) for q in d.quotes] == [
        ("Good afternoon, colleagues.", "vladimir-putin"),
        ("Thank you, Vladimir Vladimirovich.", "alexander-lukashenko"),
    ]


def test_transcript_speech_continues_until_the_next_label_or_a_separator() -> None:
    text = (
        "Talks in Minsk\n\nPresident of Russia Vladimir Putin: Good afternoon.\n\n"
        "We have much to discuss.\n\nPresident of Belarus Alexander Lukashenko: Thank you."
        "\n\n<…>\n\nThe talks lasted three hours."
    )
    speech = [(q.quote.text, q.speaker.actor_id) for q in draft(text).quotes]
    assert speech == [
        ("Good afternoon.", "vladimir-putin"),
        ("We have much to discuss.", "vladimir-putin"),
        ("Thank you.", "alexander-lukashenko"),
    ]


def test_an_interview_layout_quotes_every_labelled_paragraph() -> None:
    text = (
        "Ambassador interviewed\n\nBelTA: What will the forum bring?\n\n"
        "Igor Petrishenko: Contracts. The presidents will meet in Minsk.\n\n"
        "BelTA: And the timing?\n\nIgor Petrishenko: The end of June."
    )
    d = draft(text)
    assert [(q.quote.text, q.speaker.name) for q in d.quotes] == [
        ("What will the forum bring?", "BelTA"),
        ("Contracts. The presidents will meet in Minsk.", "Igor Petrishenko"),
        ("And the timing?", "BelTA"),
        ("The end of June.", "Igor Petrishenko"),
    ]
    # speech in a transcript reports events like the reporter's own
    assert [ev.event_type for ev in d.events] == ["forum", "meeting"]


def test_an_unnamed_question_label_is_quoted_without_a_speaker() -> None:
    text = (
        "Interview\n\nQuestion: Will you meet Putin?\n\nLukashenko: Yes, in May.\n\n"
        "Question: Where?\n\nLukashenko: In Sochi."
    )
    speakers = [(q.quote.text, q.speaker and q.speaker.actor_id) for q in draft(text).quotes]
    assert speakers == [
        ("Will you meet Putin?", None),
        ("Yes, in May.", "alexander-lukashenko"),
        ("Where?", None),
        ("In Sochi.", "alexander-lukashenko"),
    ]


def test_repeated_credit_labels_are_not_an_interview() -> None:
    text = "Talks\n\nPhoto: BelTA\n\nThe leaders met.\n\nPhoto: BelTA\n\nThey agreed."
    assert draft(text).quotes == []


def test_a_pronoun_resolves_to_the_last_person_named() -> None:
    text = "Kremlin aide Yuri Ushakov briefed the press.\n\n“The schedule is agreed,” he said."
    (q,) = draft(text).quotes
    assert q.speaker.actor_id == "yuri-ushakov"


def test_a_new_person_is_proposed_from_title_and_name() -> None:
    text = "“We are ready,” Foreign Minister Sergei Lavrov said on Monday."
    d = draft(text)
    assert d.quotes[0].speaker.actor_id == "sergei-lavrov"
    assert d.new_actors == {"sergei-lavrov": ("Sergei Lavrov", "person")}


def test_a_person_introduced_with_a_title_is_later_named_by_surname_or_title() -> None:
    text = (
        "Belarusian Foreign Minister Vladimir Makei arrived in Moscow on Monday.\n\n"
        "“The talks were useful,” Makei said.\n\n“We agreed on the dates,” the minister added.\n\n"
        "“The statement is ready,” the Russian Foreign Ministry said."
    )
    speakers = [q.speaker.actor_id for q in draft(text).quotes]
    assert speakers == ["vladimir-makei", "vladimir-makei", "russian-foreign-ministry"]


@pytest.mark.parametrize(
    "text, parts",
    [
        ("MINSK, May 31 (Itar-Tass)", (None, 5, 31)),
        ("on December 8, 1999,", (1999, 12, 8)),
        ("Posted: 24.05.2024 19:54:00", (2024, 5, 24)),
        ("June 27th-28th this year", (None, 6, 27)),
        ("in late March", (None, 3, None)),
        ("DATE: 15/12/2006", (2006, 12, 15)),
    ],
)
def test_dates_keep_the_parts_the_text_gives(text: str, parts: tuple) -> None:
    expr = find_dates(text)[0]
    assert (expr.year, expr.month, expr.day) == parts


def test_a_missing_year_is_never_guessed() -> None:
    (expr,) = find_dates("MOSCOW, December 10./TASS/.")
    resolved = resolve(expr, None)
    assert resolved.start is None and resolved.partial == "--12-10"


def test_a_weekday_resolves_against_a_stated_publication_date() -> None:
    from datetime import date

    (expr,) = find_dates("Peskov told journalists on Tuesday")
    assert resolve(expr, date(2019, 12, 10)).start == date(2019, 12, 10)


def test_may_the_verb_is_not_a_date() -> None:
    assert find_dates("May we meet? The prime ministers may meet if necessary.") == []


def test_page_furniture_never_becomes_a_row() -> None:
    text = (
        "All news\n\nPutin and Lukashenko hold talks in Sochi\n\nPhoto: BelTA\n\n"
        "Putin and Lukashenko met in Sochi on "
        "5 May. “Good talks,” Putin said.\n\nRelated news\n\n“Other” headline: talks in "
        "Minsk\n\n12:10, 18 March"
    )
    d = draft(text)
    assert [f.kind for f in d.furniture] == ["navigation", "photo_credit", "related_list"]
    cut = text.index("Related news")
    assert all(
        end <= cut
        for start, end, _ in all_spans(d)
        if (start, end) not in {(f.start, f.end) for f in d.furniture}
    )


def test_an_event_dated_after_the_dispatch_is_scheduled_whatever_the_verb() -> None:
    text = (
        "Forum opens\n\nMINSK, 16 June 2016 (BelTA) – Officials gathered on Monday. "
        "The Forum of Regions opens in Cheboksary on 20 June."
    )
    forum = next(ev for ev in draft(text).events if ev.event_type == "forum")
    assert (forum.status, str(forum.date.start)) == ("scheduled", "2016-06-20")


def test_words_of_the_date_give_the_tense() -> None:
    text = (
        "News\n\nMINSK, 16 June 2016 (BelTA) – He spoke at a meeting with senators earlier "
        "this month."
    )
    (meeting,) = draft(text).events
    assert (meeting.status, meeting.date.precision) == ("held", "month")


@pytest.mark.parametrize(
    ("text", "start"),
    [
        (
            "News\n\nMINSK, 16 June 2016 (BelTA) – A session of the Supreme State Council, which "
            "had been expected in September, has been pushed back to early next year.",
            "2017-01-01",
        ),
        (
            "Delay\n\nMOSCOW, 29 November 1999 – The signing of the union treaty has been put "
            "off until 8 December.",
            "1999-12-08",
        ),
        (
            LEAD + "The next session of the Supreme State Council, originally expected in June, "
            "has been put off until early autumn.",
            "2009-09-01",
        ),
    ],
)
def test_a_postponed_event_is_dated_by_its_new_date_when_the_text_gives_one(
    text: str, start: str
) -> None:
    (event,) = draft(text).events
    assert (event.status, str(event.date.start)) == ("postponed", start)


def test_a_postponed_event_without_a_new_date_keeps_the_planned_one() -> None:
    text = (
        "News\n\nMINSK, 16 June 2016 (BelTA) – A session of the Supreme State Council, which "
        "had been expected in September, has been put off indefinitely."
    )
    (session,) = draft(text).events
    assert (session.status, str(session.date.start)) == ("postponed", "2016-09-01")


def test_the_dateline_date_does_not_date_the_events_of_its_sentence() -> None:
    text = (
        "Visit\n\nMINSK, 14 February (BelTA) – Foreign Minister Vladimir Makei will pay an "
        "official visit to Russia on 27-28 February."
    )
    (visit,) = draft(text).events
    assert visit.date.partial == "--02-27"


def test_he_after_reported_speech_is_its_subject_not_a_possessor() -> None:
    text = (
        "Forum\n\nMaxim Ryzhenkov, the Belarusian leader's first deputy chief of staff, who "
        "attended the talks, said the programme was final. “About 80 agreements will be "
        "signed,” he noted."
    )
    (q,) = draft(text).quotes
    assert q.speaker.actor_id == "maxim-ryzhenkov"


def test_a_surname_alone_takes_the_full_name_the_dispatch_gives() -> None:
    text = (
        "Talks\n\nRumas was to meet his Russian counterpart Dmitry Medvedev.\n\n"
        "Medvedev said that Russia was ready to continue “moving towards a single currency”."
    )
    d = draft(text)
    (q,) = d.quotes
    assert q.speaker.actor_id == "dmitry-medvedev"
    assert d.new_actors["dmitry-medvedev"][0] == "Dmitry Medvedev"


def test_a_city_is_not_proposed_as_a_person() -> None:
    text = "Gas\n\nMinsk said the price was “unacceptable and unfair to our consumers”."
    (q,) = draft(text).quotes
    assert q.speaker is None or q.speaker.name != "Minsk"


@pytest.mark.parametrize(
    "line",
    [
        "By Katrin Seidel | March 20, 2006",
        "Mar. 20, 2006 — 11:12",
        "№ 229 (4529), 20.03.2006",
        "20.03.2006 | 11:20",
        "12:40 pm, March 20, 2006",
        "March 20, 2006; Monday 14:37 Eastern Time",
        "Vol. 3, No. 232, Part II, 20 March 2006",
        "Monday, March 20, 2006",
        "MARCH 20, 2006 / 4:36 PM / UPDATED 2 HOURS AGO",
        "Monday 20 March 2006 18.42 BST",
        "12:40 20.03.2006 (updated: 14:05 20.03.2006)",
    ],
)
def test_a_bare_date_line_in_any_layout_is_the_publication_date(line: str) -> None:
    from datetime import date

    text = f"Putin congratulates Lukashenko\n\n{line}\n\nPutin sent a telegram on Monday."
    assert draft(text).header.published == date(2006, 3, 20)


def test_a_title_with_a_date_is_not_a_date_line() -> None:
    text = "Leaders to meet on March 20, 2006 in Minsk\n\nThe presidents will meet in Minsk."
    assert draft(text).header.published is None


def test_a_related_list_mid_article_ends_where_the_article_resumes() -> None:
    body = (
        "The presidents also agreed to meet again before the end of the year, the Kremlin "
        "said in a statement released after the talks in Sochi on Monday evening."
    )
    text = (
        "Talks\n\nThe leaders met in Sochi.\n\nRead more\nBelarus extends drills | 20 Feb\n"
        f"Putin hosts Lukashenko | 18 Feb\n\n{body}"
    )
    d = draft(text)
    (related,) = [f for f in d.furniture if f.kind == "related_list"]
    assert related.text.endswith("18 Feb") and body not in related.text
    assert any("meet again" in m.text or m.text == "meet" for ev in d.events for m in ev.mentions)


@pytest.mark.parametrize(
    "lines, kind",
    [
        (
            "Putin and Lukashenko in Sochi [Sputnik/Mikhail Klimentyev/Kremlin via Reuters]",
            "photo_credit",
        ),
        ("Lukashenko attends a news conference in Minsk\nCopyright AFP", "caption"),
        ("Interview by Alexei Sergeyev\nTranslated by Anna Kholodova", "byline"),
        ("By Euronews with AFP, Reuters", "byline"),
        ("Listen to this article | 4 mins", "navigation"),
        ("Sputnik Belarus › Politics › Interviews", "navigation"),
        ("Comments (4)", "navigation"),
        ("Persons: Lukashenko Alexander, Mishustin Mikhail", "tags"),
        ("SECTION: International news", "navigation"),
        ("— With assistance from Andrei Zhukau", "byline"),
        ("3 Min Read", "navigation"),
        ("Putin and Lukashenko in Minsk. Photo: Sergei Kurov / Pool / EPA", "caption"),
    ],
)
def test_site_chrome_is_furniture(lines: str, kind: str) -> None:
    text = f"Talks in Sochi\n\n{lines}\n\nThe leaders met in Sochi on Monday."
    assert kind in {f.kind for f in find_furniture(text)}


def test_a_standfirst_above_a_captioned_credit_is_not_a_caption() -> None:
    text = (
        "Talks\n\nAccording to the ambassador, eight roadmaps are not agreed\n"
        "The presidents Mikhail Klimentyev/Russian Presidential Press and Information Office/TASS"
        "\n\nMOSCOW, December 10./TASS/. The talks went on."
    )
    assert not any("roadmaps" in f.text for f in find_furniture(text))


def test_a_capital_speaks_for_its_state_but_not_inside_a_longer_subject() -> None:
    text = (
        "Talks\n\n“The loan is agreed,” Moscow said.\n\n"
        "Belarus's ambassador in Moscow, Dmitry Krutoi, told Rossiya-1 that the plans would "
        "“not touch sovereignty”."
    )
    first, second = draft(text).quotes
    assert first.speaker.actor_id == "russia"
    assert second.speaker.actor_id == "dmitry-krutoi"


def test_a_statement_quoted_after_its_author_is_hers() -> None:
    text = (
        "Drills\n\nPutin and Lukashenko watched the drills.\n\nNATO spokeswoman Oana Lungescu "
        "said in a statement that the alliance was concerned. ‘The build-up is the largest since "
        "the Cold War,’ the statement reads."
    )
    (q,) = draft(text).quotes
    assert q.speaker.actor_id == "oana-lungescu"


def test_a_role_noun_finds_the_known_person_whose_position_fits() -> None:
    text = (
        "Forum\n\nVladimir Semashko spoke in Moscow. Putin and Lukashenko will meet in June."
        "\n\nThe diplomat also recalled the forum. “We expect contracts there,” he said."
    )
    (q,) = draft(text).quotes
    assert q.speaker.actor_id == "vladimir-semashko"  # Belarusian Ambassador to Russia


def test_a_persons_press_service_is_the_press_service_of_the_country() -> None:
    text = "Talks\n\nLukashenko’s press service wrote that the talks had been “open and useful”."
    (q,) = draft(text).quotes
    assert q.speaker.actor_id == "belarusian-presidential-press-service"


def test_last_week_is_monday_to_sunday_of_the_week_before() -> None:
    from datetime import date

    (expr,) = find_dates("I spoke with President Putin by phone last week")
    resolved = resolve(expr, date(2023, 5, 16))
    assert (resolved.start, resolved.end, resolved.precision) == (
        date(2023, 5, 8),
        date(2023, 5, 14),
        "day",
    )


def test_the_end_of_the_month_is_the_publication_month() -> None:
    from datetime import date

    (expr,) = find_dates("the Forum of Regions at the end of the month")
    assert resolve(expr, date(2020, 9, 15)).start == date(2020, 9, 1)


def test_next_years_price_is_not_a_date() -> None:
    assert find_dates("talks on next year's gas price") == []


def test_signing_several_agreements_is_an_event() -> None:
    text = (
        "Deal\n\nMOSCOW, 10 December 2010 – Yesterday in Moscow the leaders signed a package of "
        "17 agreements."
    )
    (ev,) = draft(text).events
    assert (ev.event_type, str(ev.date.start)) == ("agreement", "2010-12-09")


def test_according_to_a_source_the_reporting_subject_speaks() -> None:
    text = (
        "Call\n\nAccording to the Kremlin press service, Mr Putin told his counterpart that the "
        "dispute should be settled ‘without unnecessary emotions’."
    )
    (q,) = draft(text).quotes
    assert q.speaker.actor_id == "vladimir-putin"


def test_a_quotation_after_a_paragraph_that_introduces_it() -> None:
    text = (
        "Gas\n\nSpeaking at a meeting with the government on Monday, Lukashenko said:\n\n"
        "“Russia is a fraternal country, and we have never refused it anything.”"
    )
    (q,) = draft(text).quotes
    assert q.speaker.actor_id == "alexander-lukashenko"


def test_a_statement_issued_by_his_press_service() -> None:
    text = (
        "Boycott\n\nBelarusian President Alexander Lukashenko stayed away. A statement circulated "
        "by his press service on Saturday said Belarus would not take part in «any decisions»."
    )
    (q,) = draft(text).quotes
    assert q.speaker.actor_id == "belarusian-presidential-press-service"


def test_with_the_year_unknown_a_role_is_the_holder_the_dispatch_named() -> None:
    text = (
        "Summit\n\nMOSCOW, June 14 /ITAR-TASS/. Russian President Dmitry Medvedev chaired the "
        "talks. Minsk must be consulted, the Russian leader believes. «We will discuss everything "
        "calmly», he said."
    )
    (q,) = draft(text).quotes
    assert q.speaker.name == "Dmitry Medvedev" or q.speaker.actor_id == "dmitry-medvedev"


def test_words_woven_into_reported_speech_are_the_reported_speakers() -> None:
    text = (
        "Election\n\nMINSK, Oct 12 (Reuters) - Russian President Vladimir Putin on Monday "
        "congratulated Alexander Lukashenko on winning a fifth term and said he looked forward "
        'to "continuing our close joint work", the Kremlin said.'
    )
    (q,) = draft(text).quotes
    assert q.speaker.actor_id == "vladimir-putin"


def test_last_january_in_a_january_dispatch_is_the_year_before() -> None:
    from datetime import date

    (expr,) = find_dates("their meeting in Sochi last January")
    assert resolve(expr, date(2007, 1, 10)).start == date(2006, 1, 1)


def test_meeting_again_is_another_meeting() -> None:
    text = (
        "Talks\n\nMOSCOW, 26 December 2018 – Putin and Lukashenko met in Moscow on Tuesday. "
        "They agreed to meet again on Saturday."
    )
    meetings = [ev for ev in draft(text).events if ev.event_type == "meeting"]
    assert [(m.status, str(m.date.start)) for m in meetings] == [
        ("held", "2018-12-25"),
        ("scheduled", "2018-12-29"),
    ]


def test_a_treaty_signed_on_another_date_is_another_event() -> None:
    text = (
        "Community\n\nMOSCOW, April 2, 1996 (Xinhua) -- Russia and Belarus signed a treaty on "
        "forming a community on Tuesday. The two countries signed a treaty on friendship in "
        "February 1995."
    )
    treaties = [ev for ev in draft(text).events if ev.event_type == "agreement"]
    assert len(treaties) == 2


def test_background_events_are_proposed_as_other() -> None:
    text = (
        "Drills\n\nMINSK, Feb 18, 2022 (AP) - Putin and Lukashenko will watch nuclear drills on "
        "Saturday, days before the referendum."
    )
    others = {ev.name for ev in draft(text).events if ev.event_type == "other"}
    assert others == {"drill", "referendum"}


def test_a_headline_with_a_colon_is_not_a_transcript() -> None:
    text = (
        "Makei: Minsk, Moscow to focus on practical results\n\nMINSK, 14 February (BelTA) – "
        "The minister spoke in Minsk.\n\nPUTIN OFFERS MINSK A CHOICE: FULL MERGER OR UNION"
    )
    assert draft(text).quotes == []


def test_a_participle_carries_the_quotation_of_the_clause_subject() -> None:
    text = (
        "Blog\n\nIn October, Dmitry Medvedev devoted an entry in his video blog to Alexander "
        "Lukashenko, accusing him of «hysterical» attacks."
    )
    (q,) = draft(text).quotes
    assert q.speaker.name == "Dmitry Medvedev" or q.speaker.actor_id == "dmitry-medvedev"


def test_she_is_the_person_the_paragraph_introduced() -> None:
    text = (
        "Drills\n\nPutin and Lukashenko met on Monday.\n\nUlrike Brenner, who runs the Eastern "
        "Europe programme at a Berlin think tank, pointed to the drills. “This is a message to "
        "Warsaw,” she said."
    )
    (q,) = draft(text).quotes
    assert q.speaker.name == "Ulrike Brenner"


def test_he_is_the_surname_that_opens_the_sentence() -> None:
    text = (
        "Treaty\n\nBoris Yeltsin arrived in Minsk. “We are one people,” Lukashenko told "
        "reporters.\n\nYeltsin struck a more guarded note. Russia, he said, would keep its word, "
        '"but every ruble has to be counted."'
    )
    assert draft(text).quotes[-1].speaker.name == "Boris Yeltsin"


def test_the_official_after_an_unnamed_official_stays_unnamed() -> None:
    text = (
        "Sochi\n\nKremlin spokesman Dmitry Peskov said the talks were off. A Kremlin official, "
        'speaking on condition of anonymity, said no new date had been discussed. "The ball is '
        "in Minsk's court,\" the official said."
    )
    assert draft(text).quotes[-1].speaker.actor_id is None


def test_an_age_after_the_name_does_not_hide_the_speaker() -> None:
    text = '"Today we corrected a mistake," Lukashenko, 40, told a news conference.'
    (q,) = draft("Treaty\n\n" + text).quotes
    assert q.speaker.actor_id == "alexander-lukashenko"


@pytest.mark.parametrize(
    "text, start, end, precision",
    [
        ("meet again in the spring", "2013-03-01", "2013-05-01", "month"),
        ("this autumn", "2013-09-01", "2013-11-01", "month"),
        ("in the autumn of 2020", "2020-09-01", "2020-11-01", "month"),
        ("will meet in Minsk on the 15th", "2013-04-15", "2013-04-15", "day"),
        ("will travel to Moscow later this week", "2013-04-09", "2013-04-14", "day"),
    ],
)
def test_seasons_days_of_the_month_and_the_rest_of_the_week(
    text: str, start: str, end: str, precision: str
) -> None:
    from datetime import date

    (expr,) = find_dates(text)
    resolved = resolve(expr, date(2013, 4, 8), "future")
    assert (str(resolved.start), str(resolved.end), resolved.precision) == (start, end, precision)


_DEC_29, _MAR_3 = date(2006, 12, 29), date(2021, 3, 3)


@pytest.mark.parametrize(
    "text, published, tense, day, inferred",
    [
        ("The declaration, signed on Christmas Day", _DEC_29, "past", "2006-12-25", True),
        ("Gazprom will cut supplies on New Year’s Day", _DEC_29, "future", "2007-01-01", True),
        ("a last-minute deal on New Year's Eve", _DEC_29, "past", "2006-12-31", True),
        (
            "celebrating the Day of Unity of Peoples of Belarus and Russia",
            *(_DEC_29, "future", "2007-04-02", True),
        ),
        ("will attend the Victory Day parade", _DEC_29, "future", "2007-05-09", True),
        # a year written after it, or counted from the publication's; spellings
        ("signed the union treaty on Christmas Day 2019", _MAR_3, "past", "2019-12-25", False),
        ("signed on New Year's Eve, 2019", _MAR_3, "past", "2019-12-31", False),
        ("The talks will resume on New Year's Day next year", _MAR_3, "future", "2022-01-01", True),
        ("on Orthodox Christmas Eve", _MAR_3, "past", "2021-01-06", True),
        ("the New Years day address", _MAR_3, "past", "2021-01-01", True),
        (
            "the Day of Unity of Peoples of\nBelarus and Russia",
            _MAR_3,
            "future",
            "2021-04-02",
            True,
        ),
    ],
)
def test_a_holiday_is_its_day_in_the_year_written_or_the_dispatchs(
    text: str, published: date, tense: str, day: str, inferred: bool
) -> None:
    (expr,) = find_dates(text)
    resolved = resolve(expr, published, tense)
    assert (str(resolved.start), resolved.precision, resolved.inferred) == (day, "day", inferred)


def test_another_calendars_new_year_is_no_date() -> None:
    assert find_dates("Xi met Putin on Lunar New Year's Eve and the Old New Year's Day") == []


def test_a_holiday_over_a_headline_is_no_publication_date() -> None:
    text = (
        "Victory Day\nPutin meets Lukashenko in Moscow\n\n"
        "MOSCOW (Reuters) - Putin met Lukashenko on Monday."
    )
    header = draft(text).header
    assert header.published is None and header.partial is None


def test_a_holiday_without_a_publication_year_keeps_its_month_and_day() -> None:
    (expr,) = find_dates("the treaty signed on Christmas Day")
    assert resolve(expr, None).partial == "--12-25"


@pytest.mark.parametrize(
    "text", ["his Independence Day speech", "National Unity Day", "a christmas tree", "Easter"]
)
def test_a_holiday_whose_day_varies_is_no_date(text: str) -> None:
    assert find_dates(text) == []


def test_a_visit_for_a_dated_event_takes_its_date() -> None:
    text = (
        "Visit\n\nMINSK, 10 May 2019 (BelTA) – Lukashenko will pay a working visit to Russia, "
        "where a session of the Supreme Eurasian Economic Council will be held in Sochi on 14 May."
    )
    (visit,) = [ev for ev in draft(text).events if ev.event_type == "visit"]
    assert str(visit.date.start) == "2019-05-14"


@pytest.mark.parametrize(
    "sentence",
    [
        "Lukashenko will pay a visit to Moscow for the first time, while a summit of the CSTO "
        "will be held in Bishkek on 14 May.",
        "Putin will visit Minsk for talks, and the Supreme State Council will meet in Moscow on "
        "December 19.",
        "Lukashenko will visit China, where Xi hosted the summit on March 1.",
    ],
)
def test_a_visit_does_not_take_the_date_of_an_event_it_is_not_for(sentence: str) -> None:
    text = f"Visit\n\nMINSK, 3 March 2019 (BelTA) – {sentence}"
    (visit,) = [ev for ev in draft(text).events if ev.event_type == "visit"]
    assert visit.date.start is None


def test_a_visit_does_not_take_the_date_of_an_event_it_came_after() -> None:
    text = (
        "Talks\n\nMOSCOW, September 15, 2020 (Reuters) - Russia promised a loan. Lukashenko flew "
        "to the Black Sea resort of Sochi for his first meeting with Putin since the disputed "
        "August 9 presidential election."
    )
    (visit,) = [ev for ev in draft(text).events if ev.event_type == "visit"]
    assert visit.date.start is None


def test_a_quotation_inside_a_quotation_is_recorded_too() -> None:
    text = (
        "Forum\n\nNatalya Kochanova: We met in April. Valentina Matviyenko said to me then: "
        "“Let us make this forum about results.” That is our line.\n\nQuestion: What next?"
    )
    quotes = [(q.quote.text, q.speaker and q.speaker.name) for q in draft(text).quotes]
    assert ("Let us make this forum about results.", "Valentina Matviyenko") in quotes
    assert ("What next?", None) in quotes


@pytest.mark.parametrize(
    "text, name",
    [
        (
            "Talks\n\nHis press secretary Nikolai Drobov later told Itar-Tass that the president "
            '"will study the proposals carefully".',
            "Nikolai Drobov",
        ),
        (
            'Ban\n\n"We regard this step as unfriendly," said ministry spokeswoman Larisa Zhuk.',
            "Larisa Zhuk",
        ),
        (
            'Forum\n\nRussian Ambassador to Belarus Boris Gryzlov told TASS: "This will be a '
            'record."',
            "Boris Gryzlov",
        ),
    ],
)
def test_speakers_behind_adverbs_titles_and_countries(text: str, name: str) -> None:
    (q,) = draft(text).quotes
    assert q.speaker.actor_id == name.lower().replace(" ", "-")


def test_an_interviewer_the_dispatch_names_is_the_outlet_label() -> None:
    text = (
        "Interview\n\nInna Grigorovich spoke in an interview with Sputnik.\n\nSputnik: When will "
        "the council meet?\n\nInna Grigorovich: In December.\n\nSputnik: Where?\n\n"
        "Inna Grigorovich: In Minsk."
    )
    assert draft(text).quotes[0].speaker.name == "Sputnik"


def test_a_foreign_ministry_in_lower_case_speaks() -> None:
    text = "Boycott\n\n“We cannot take part,” the Belarusian foreign ministry said in a statement."
    (q,) = draft(text).quotes
    assert q.speaker.actor_id == "belarusian-foreign-ministry"


def test_inside_a_transcript_a_new_name_label_is_the_next_speaker() -> None:
    text = (
        "RFE/RL's Belarus Service\n\nInterview\n\nRFE/RL: What will be signed?\n\n"
        "Iryna Sauchuk: The treaty on security guarantees.\n\nRFE/RL: And then?\n\n"
        "Sauchuk: Speeches."
    )
    speakers = [(q.quote.text, q.speaker and q.speaker.name) for q in draft(text).quotes]
    assert speakers[0] == ("What will be signed?", "RFE/RL")
    assert speakers[1][0] == "The treaty on security guarantees."
    assert speakers[1][1] == "Iryna Sauchuk"


def test_the_press_office_of_a_government_speaks() -> None:
    text = (
        "Talks\n\nThe press office of the Belarusian government confirmed the cancellation, "
        'saying Minsk saw "no point" in meeting.'
    )
    (q,) = draft(text).quotes
    assert q.speaker.actor_id == "belarusian-government-press-office"


def test_a_headline_quotation_is_not_a_statement() -> None:
    text = (
        "Lukashenka on Russian airbase: «We do not need it»\n\nMinsk, 6 October 2015 – "
        "«We do not need one,» Lukashenka said."
    )
    assert [q.quote.text for q in draft(text).quotes] == ["We do not need one"]


def test_a_transcript_label_may_carry_a_note_in_brackets() -> None:
    text = (
        "Meeting\n\nPresident of Belarus Alexander Lukashenko (retranslated): Thank you.\n\n"
        "Dmitry Medvedev: Welcome."
    )
    assert [(q.quote.text, q.speaker.actor_id) for q in draft(text).quotes] == [
        ("Thank you.", "alexander-lukashenko"),
        ("Welcome.", "dmitry-medvedev"),
    ]


def test_an_interviewer_label_spells_the_outlet_the_text_names() -> None:
    text = (
        "Interview\n\nThe minister spoke to Rossiyskaya Gazeta.\n\nRG: What next?\n\n"
        "Sergei Martynov: Work.\n\nRG: And then?\n\nSergei Martynov: More work."
    )
    speakers = [q.speaker.name if q.speaker else None for q in draft(text).quotes]
    assert speakers[0] == "Rossiyskaya Gazeta"


def test_the_president_on_a_page_about_a_call_with_a_counterpart_is_the_host() -> None:
    text = (
        "Telephone conversation with President of Russia Vladimir Putin\n\n15 August 2020\n\n"
        "Belarus President Aleksandr Lukashenko held a telephone conversation with Vladimir "
        "Putin.\n\n“We agreed,” the Head of State said."
    )
    (q,) = draft(text).quotes
    assert q.speaker.actor_id == "alexander-lukashenko"


@pytest.mark.parametrize(
    "text", ["Exports could fall by 10 percent", "the Arab Spring", "the month-long talks"]
)
def test_words_that_only_look_like_dates_are_not_dates(text: str) -> None:
    assert find_dates(text) == []


def test_a_winter_ends_in_the_next_year() -> None:
    from datetime import date

    (expr,) = find_dates("in the winter of 2015")
    resolved = resolve(expr, date(2014, 5, 5))
    assert (resolved.start, resolved.end) == (date(2015, 12, 1), date(2016, 2, 1))


def test_an_empty_attribution_resolves_to_no_one() -> None:
    text = "Talks\n\nAccording to  , the talks went well, “We agreed,” a source said."
    draft(text)  # no exception


def test_a_quotation_inside_a_quotation_without_a_named_speaker_has_none() -> None:
    text = (
        "Integration\n\nVladimir Putin: I am here. People back home often ask me: “When will you "
        "finish this integration?” I think we will."
    )
    inner = [q for q in draft(text).quotes if q.quote.text.startswith("When")]
    assert inner and inner[0].speaker is None


def test_a_yearless_date_early_next_year_is_ahead_of_a_december_dispatch() -> None:
    text = "Council\n\nMINSK, 20 December (BelTA) – The session opens on 10 January."
    (session,) = draft(text).events
    assert session.status == "scheduled"


def test_a_yearless_datelines_weekday_comes_from_the_lead() -> None:
    text = (
        "Talks\n\nMOSCOW, Aug 15 (Reuters) - Belarus will consider the plan, Kremlin spokesman "
        "Alexei Gromov said on Thursday.\n\nPutin and Lukashenko held talks on Wednesday."
    )
    (talks,) = [ev for ev in draft(text).events if ev.event_type == "meeting"]
    assert (talks.date.start, talks.date.partial) == (None, "--08-14")


def test_without_a_weekday_in_the_lead_a_yearless_weekday_stays_unknown() -> None:
    text = (
        "Belarus weighs Russian plan\n\nMOSCOW, Aug 15 (Reuters) - Putin met Lukashenko in "
        "Sochi.\n\nTheir prime ministers spoke by telephone on Wednesday."
    )
    (call,) = [ev for ev in draft(text).events if ev.event_type == "phone_call"]
    assert (call.date.start, call.date.partial) == (None, None)


def test_a_possessive_weekday_dates_its_event() -> None:
    text = "Vote\n\nMINSK, 12 October 2015 (BelTA) – Observers praised Sunday's election."
    (vote,) = draft(text).events
    assert str(vote.date.start) == "2015-10-11"


def test_a_date_written_before_its_event_names_it() -> None:
    text = (
        "Sochi\n\nSOCHI, 14 September 2020 – The two men met for four hours, their first meeting "
        "since the August 9 election."
    )
    (vote,) = [ev for ev in draft(text).events if ev.event_type == "other"]
    assert str(vote.date.start) == "2020-08-09"


def test_a_bare_year_before_a_treaty_dates_it() -> None:
    text = (
        "Union\n\nMOSCOW, 26 December 2018 – Minsk remained committed to the 1999 union treaty, "
        "Lukashenko said on Wednesday."
    )
    (treaty,) = [ev for ev in draft(text).events if ev.event_type == "agreement"]
    assert (str(treaty.date.start), treaty.date.precision) == ("1999-01-01", "year")


def test_a_stated_date_beats_a_weekday_in_the_same_phrase() -> None:
    text = (
        "Government\n\nMINSK, 15 June 2001 – He said it at a meeting with members of the "
        "government on Thursday [14 June]."
    )
    (meeting,) = draft(text).events
    assert str(meeting.date.start) == "2001-06-14"


def test_a_press_event_after_the_ceremony_takes_the_ceremonys_day() -> None:
    text = (
        "Charter\n\nMOSCOW, May 23, 1997 (Interfax) - Yeltsin and Lukashenko on Friday signed "
        "the Charter of the Union at a ceremony in the Kremlin. The charter develops the treaty "
        "the two presidents signed in Moscow on April 2.\n\n"
        '"Today we have taken a step," Yeltsin told reporters after the ceremony.'
    )
    events = draft(text).events
    (press,) = [ev for ev in events if ev.event_type == "press_event"]
    assert str(press.date.start) == "1997-05-23"


def test_a_called_off_plan_for_a_weekday_is_the_nearer_one() -> None:
    text = (
        "Off\n\nMINSK, 14 June 2009 (BelTA) – Lukashenko said on Sunday that a meeting with "
        "Putin that had been planned for Monday was cancelled."
    )
    (meeting,) = [ev for ev in draft(text).events if ev.event_type == "meeting"]
    assert (meeting.status, str(meeting.date.start)) == ("cancelled", "2009-06-15")


def test_premiers_meeting_is_not_the_leaders_meeting() -> None:
    text = (
        "Sochi\n\nSOCHI, 22 February 2021 – Putin and Lukashenko met in Sochi on Monday. "
        "The prime ministers met last week in Moscow."
    )
    meetings = [ev for ev in draft(text).events if ev.event_type == "meeting"]
    assert len(meetings) == 2


def test_a_trip_is_a_visit() -> None:
    text = "Trip\n\nMINSK, 5 May 2025 (BelTA) – Lukashenko will travel to Moscow on 8 May."
    (trip,) = draft(text).events
    assert (trip.event_type, trip.status, str(trip.date.start)) == (
        "visit",
        "scheduled",
        "2025-05-08",
    )


def test_a_monitoring_source_line_dates_the_dispatch() -> None:
    text = (
        "Leaders talk by phone\n\nText of report by Belarusian Television on 27 November\n\n"
        "President Lukashenka today had a telephone conversation with Putin.\n\n"
        "Source: Belarusian Television, Minsk, in Russian 1700 gmt 27 Nov 02\n"
    )
    header = draft(text).header
    assert (str(header.published), header.evidence.text) == ("2002-11-27", "27 Nov 02")


def test_a_sentence_opening_with_a_role_phrase_names_the_reporting_subject() -> None:
    text = (
        "Gas\n\nMINSK, 27 November 2002 (BelTA) – The Belarusian leader added that he had "
        "instructed Prime Minister Henadz Navitski to go to Moscow.\n\n"
        "“We are asking for nothing special,” he said."
    )
    (quote,) = draft(text).quotes
    assert quote.speaker.actor_id == "alexander-lukashenko"


def test_i_told_him_inside_a_quotation_is_the_quoting_speaker() -> None:
    text = (
        "Gas\n\nMINSK, 19 February 2004 (BelTA) – “Last night I telephoned Vladimir Putin. I "
        "told him frankly: ‘Say so openly,’” Lukashenko said."
    )
    inner = next(q for q in draft(text).quotes if q.quote.text.startswith("Say so"))
    assert inner.speaker.actor_id == "alexander-lukashenko"


@pytest.mark.parametrize(
    ("phrase", "day"),
    [("last night", "2004-02-18"), ("this morning", "2004-02-19"), ("tonight", "2004-02-19")],
)
def test_times_of_day_are_days(phrase: str, day: str) -> None:
    text = f"Gas\n\nMINSK, 19 February 2004 (BelTA) – He spoke to Putin by telephone {phrase}."
    (call,) = draft(text).events
    assert str(call.date.start) == day


def test_a_session_planned_for_the_autumn_is_dated_to_the_autumn() -> None:
    text = (
        "Council\n\nMINSK, 14 June 2009 (BelTA) – A session of the Supreme State Council is "
        "planned for the autumn."
    )
    (session,) = draft(text).events
    assert (str(session.date.start), session.date.precision) == ("2009-09-01", "month")


def test_last_met_does_not_join_talks_still_ahead() -> None:
    text = (
        "Gas\n\nMINSK, 27 November 2002 (BelTA) – The prime ministers will hold talks in Moscow "
        "next week. Lukashenka and Putin last met face to face in Chisinau in early October."
    )
    meetings = [ev for ev in draft(text).events if ev.event_type == "meeting"]
    assert sorted(m.status for m in meetings) == ["held", "scheduled"]


def test_speaking_at_a_meeting_reports_a_held_meeting() -> None:
    text = (
        "Lukashenko to attend celebrations\n\nMINSK, 6 May 2025 (BelTA) – Speaking at a "
        "meeting with Prime Minister Aleksandr Turchin on Monday, Lukashenko said he will fly "
        "to Moscow."
    )
    meeting = next(ev for ev in draft(text).events if ev.event_type == "meeting")
    assert (meeting.status, str(meeting.date.start)) == ("held", "2025-05-05")


def test_an_event_on_a_weekday_in_the_lead_gives_a_yearless_dateline_its_weekday() -> None:
    text = (
        "Russia, Belarus sign treaty\n\nMOSCOW, April 2 (Xinhua) -- Yeltsin and Lukashenko "
        "signed a treaty in the Kremlin on Tuesday.\n\nOn Monday, the prime ministers met."
    )
    meeting = next(ev for ev in draft(text).events if ev.event_type == "meeting")
    assert meeting.date.partial == "--04-01"


def test_a_possessive_weekday_after_said_is_not_the_day_of_the_saying() -> None:
    # found on the retired blind set 138: "observers said Sunday's vote …" made the dispatch
    # a Sunday, and the lead's "on Monday" a week back
    text = (
        "Putin hails victory\n\nMINSK, Belarus, Sept. 10 -- Putin telephoned Lukashenko on "
        "Monday to congratulate him, even as Western observers said Sunday's vote had been "
        "neither free nor fair.\n"
    )
    call = next(ev for ev in draft(text).events if ev.event_type == "phone_call")
    assert call.date.partial == "--09-10"


def test_late_on_a_weekday_in_the_lead_is_not_the_dispatch_day() -> None:
    text = (
        "No deal on oil\n\nMINSK, Dec 26 (Reuters) - Talks in Moscow ended without agreement "
        "late on Tuesday.\n\nOn Monday, the prime ministers met."
    )
    meeting = [ev for ev in draft(text).events if ev.event_type == "meeting"][-1]
    assert meeting.date.partial is None


# Regressions found by the session-3 code review.


def test_the_belarusian_sides_leader_is_the_focal_actor() -> None:
    text = (
        "Sochi talks\n\nMINSK, 14 February 2019 (BelTA) – Alexander Lukashenko met Vladimir "
        "Putin in Sochi.\n\n“We have agreed on everything,” the Belarusian side’s leader said."
    )
    assert draft(text).quotes[0].speaker.actor_id == "alexander-lukashenko"


@pytest.mark.parametrize(
    ("sentence", "start", "precision"),
    [
        ("On 8 December 1999 Lukashenko visited Moscow.", "1999-12-08", "day"),
        ("In December 1999 Yeltsin signed the treaty.", "1999-12-01", "month"),
    ],
)
def test_a_full_date_is_not_cut_down_to_its_year(sentence: str, start: str, precision: str) -> None:
    text = f"Union history\n\nMINSK, 14 February 2019 (BelTA) – {sentence}"
    (event,) = draft(text).events
    assert (str(event.date.start), event.date.precision) == (start, precision)


def test_after_the_talks_does_not_redate_an_event_reported_in_the_same_sentence() -> None:
    text = (
        "Sochi talks\n\nMINSK, 14 February 2019 (BelTA) – Lukashenko and Putin met in Sochi on "
        "14 February. Lukashenko told reporters after the talks that the 1999 treaty remains in "
        "force."
    )
    treaty = next(ev for ev in draft(text).events if ev.event_type == "agreement")
    assert str(treaty.date.start) == "1999-01-01"


def test_a_news_conference_ahead_does_not_take_the_day_of_past_talks() -> None:
    text = (
        "Sochi talks\n\nMINSK, 14 February 2019 (BelTA) – Lukashenko and Putin met in Sochi on "
        "14 February. The presidents will hold a news conference after the talks in Minsk "
        "next month."
    )
    press = next(ev for ev in draft(text).events if ev.event_type == "press_event")
    assert press.status == "scheduled" and str(press.date.start) != "2019-02-14"


@pytest.mark.parametrize(
    "text",
    [
        # a headlined event stays undated
        "Lukashenko and Putin hold talks in Sochi\n\nMINSK, 14 February (BelTA) – Alexander "
        "Lukashenko met Vladimir Putin in Sochi late on Tuesday.",
        # "Late on" opening the lead is not the dispatch's day
        "Sochi talks end\n\nMINSK, 14 February (BelTA) – Late on Tuesday, Alexander Lukashenko "
        "met Vladimir Putin in Sochi.",
    ],
)
def test_late_on_a_weekday_in_the_lead_leaves_a_yearless_meeting_undated(text: str) -> None:
    meeting = next(ev for ev in draft(text).events if ev.event_type == "meeting")
    assert meeting.date.partial is None


def test_a_plan_announced_in_the_lead_does_not_give_the_dispatch_its_weekday() -> None:
    text = (
        "Putin to visit Minsk\n\nMINSK, 14 February (BelTA) – The Kremlin announced that Vladimir "
        "Putin will visit Minsk on Saturday.\n\nAlexander Lukashenko met Dmitry Medvedev on "
        "Tuesday."
    )
    met = [ev for ev in draft(text).events if ev.status == "held"]
    assert all(ev.date.partial is None for ev in met)


def test_last_week_under_a_yearless_dateline_stays_for_the_curator() -> None:
    text = (
        "Talks\n\nMINSK, 14 February (BelTA) – Lukashenko said on Thursday that he spoke to "
        "Putin by telephone last week."
    )
    (call,) = [ev for ev in draft(text).events if ev.event_type == "phone_call"]
    assert (call.date.start, call.date.partial) == (None, None)


def test_the_collective_security_treaty_organization_is_not_a_treaty() -> None:
    text = (
        "CSTO\n\nMINSK, 14 June 2009 (BelTA) – Lukashenko will attend the Collective Security "
        "Treaty Organization summit in Moscow."
    )
    assert not [ev for ev in draft(text).events if ev.event_type == "agreement"]


def test_a_pronoun_means_the_subject_of_the_sentence_before_not_a_name_in_its_aside() -> None:
    text = (
        "Declaration signed\n\nBoris Yeltsin and Alexander Lukashenko signed it.\n\n"
        "Lukashenko, speaking after Yeltsin, was more cautious. "
        "He called the declaration “only the beginning”."
    )
    (q,) = draft(text).quotes
    assert q.speaker.actor_id == "alexander-lukashenko"


def test_talks_held_after_a_ceremony_are_an_event_apart_from_the_visit() -> None:
    text = (
        "Putin in Minsk\n\nMINSK, 2 July 2014 (BelTA) – The Russian leader arrived in Minsk on a "
        "working visit. After the ceremony the two leaders held talks behind closed doors."
    )
    types = sorted(ev.event_type for ev in draft(text).events)
    assert types == ["meeting", "visit"]


def test_talks_in_the_sentence_of_the_visit_are_its_purpose() -> None:
    text = (
        "Visit\n\nMINSK, 2 July 2014 (BelTA) – Lukashenko arrived in Moscow for talks with Putin."
    )
    assert [ev.event_type for ev in draft(text).events] == ["visit"]


def test_each_telling_of_reporters_by_another_person_is_its_own_press_event() -> None:
    text = (
        "Gas\n\nMOSCOW, 9 June 2023 (TASS) – Radiy Khabirov told reporters that the forum was "
        "ready. “We are waiting,” he said.\n\n“Nobody calls that an escalation,” she told her "
        "weekly briefing in Moscow."
    )
    assert len([ev for ev in draft(text).events if ev.event_type == "press_event"]) == 2


def test_a_headline_infinitive_is_a_plan() -> None:
    text = "Putin to visit Minsk\n\nMINSK, 14 February (BelTA) – Talks are expected."
    (visit,) = [ev for ev in draft(text).events if ev.event_type == "visit"]
    assert visit.status == "scheduled"


@pytest.mark.parametrize(
    ("sentence", "event_type"),
    [
        ("We talked on the phone only last week, Lukashenko said.", "phone_call"),
        ("The two leaders last saw each other in Sochi.", "meeting"),
        ("Lukashenko received Russian Prime Minister Mikhail Mishustin.", "meeting"),
        ("Prime Minister Viktor Chernomyrdin is due in Minsk next week.", "visit"),
        ("Lavrov said he will come to Minsk in the autumn.", "visit"),
        ("The loan agreement will be signed by the finance ministries.", "agreement"),
        ("At least forty agreements and contracts will be signed at the forum.", "agreement"),
        ("The text was initialled in Moscow last week.", "agreement"),
        ("The previous forum took place in Cheboksary.", "forum"),
        ("Sidorsky told Belarusian Television that talks went well.", "press_event"),
        ("A statement circulated by his press service said so.", "press_event"),
        ("Russia banned imports of Belarusian dairy products on June 6.", "other"),
        ("Gazprom halted supplies to Belarus on Monday.", "other"),
        ("Putin laid a wreath at the Eternal Flame.", "other"),
        ("Lukashenko took office in July 1994.", "other"),
        ("The governor will lead the region’s delegation to Vitebsk in May.", "visit"),
        ("The two governors are to sign a programme of cooperation.", "agreement"),
        ("The four other members signed the union’s new Customs Code.", "agreement"),
        ("The border agreement is expected to be approved in June.", "agreement"),
        ("The leaders of the Eurasian Economic Union gathered in St. Petersburg.", "summit"),
        ("The ambassador answered questions from «Rabochy Put».", "press_event"),
        ("The loan deal could be signed in mid-May.", "agreement"),
        ("He was speaking to Belarusian journalists at the airport.", "press_event"),
        ("Gas flows under an accord signed in Moscow in January.", "agreement"),
        ("The Community was set up under an agreement of April 2, 1996.", "agreement"),
        ("Lukashenko told state media the talks had gone well.", "press_event"),
        ("The minister told Xinhua that trade had grown.", "press_event"),
        ("The customs union is due to come into being in July.", "other"),
        ("Thousands of people marched through the centre of Minsk.", "other"),
        ("Activists will picket the embassy on Friday.", "other"),
        ("Minsk backed the invasion of Ukraine in February 2022.", "other"),
        ("Russia annexed Crimea in March 2014.", "other"),
        ("Russian troops invaded Ukraine on February 24.", "other"),
        ("Minsk still cites an agreement the two leaders signed in 2000.", "agreement"),
        ("Russia has cut crude oil deliveries to Belarusian refineries.", "other"),
        ("The pair held a short one-on-one afterwards.", "meeting"),
        ("The two had only a brief exchange on the sidelines of the summit.", "meeting"),
        ("They talked over lunch in the Kremlin.", "meeting"),
        ("The National Bank devalued the currency by 36 percent on May 24.", "other"),
        ("A bomb blast in the metro killed ten people.", "other"),
        ("He attended the celebrations marking the city's anniversary.", "other"),
        ("Lukashenko had flown to Moscow on Wednesday.", "visit"),
        ("The two leaders made brief remarks to the press.", "press_event"),
        ("Asked by reporters about gas, Putin said the price was fair.", "press_event"),
        ("Peskov told Russian news agencies that the talks were over.", "press_event"),
        ("Lukashenko spoke to journalists at the airport.", "press_event"),
    ],
)
def test_event_triggers_of_every_kind(sentence: str, event_type: str) -> None:
    text = f"Report\n\nMINSK, 14 June 2009 (BelTA) – {sentence}"
    assert event_type in {ev.event_type for ev in draft(text).events}


def test_a_session_put_off_until_a_month_ahead_takes_that_new_date_in_the_next_year() -> None:
    text = (
        "Presidents put off union council session\n\nMINSK, 27 November 2002 (BelTA) – The next "
        "session of the Supreme State Council had been due to take place in Moscow on 10 "
        "December.\n\nThe heads of state agreed that the session would be put off until the "
        "end of January."
    )
    (summit,) = [ev for ev in draft(text).events if ev.event_type == "summit"]
    assert (summit.status, summit.date.start, summit.date.precision) == (
        "postponed",
        date(2003, 1, 1),
        "month",
    )


def test_an_event_the_sentence_ties_to_a_dated_one_shares_its_date() -> None:
    text = (
        "Lukashenko and Putin to talk gas\n\nMINSK, 6 February 2014 (BelTA) – The two leaders "
        "last met in Moscow on 24 "
        "December at a session of the Supreme Eurasian Economic Council."
    )
    (summit,) = [ev for ev in draft(text).events if ev.event_type == "summit"]
    assert (summit.date.start, summit.date.inferred) == (date(2013, 12, 24), True)
    assert summit.date.basis


def test_you_said_inside_a_transcript_quotes_the_one_spoken_to() -> None:
    text = (
        "Talks\n\nPresident of Russia Vladimir Putin: Welcome, Alexander Grigoryevich.\n\n"
        "President of Belarus Alexander Lukashenko: Thank you. When we spoke by phone, you said: "
        "“We must not let the pandemic freeze our trade.”"
    )
    nested = [q for q in draft(text).quotes if q.quote.text.startswith("We must")]
    assert [q.speaker.actor_id for q in nested] == ["vladimir-putin"]


@pytest.mark.parametrize(
    "line",
    [
        "UPDATED: June 13, 15:41",
        "Photo courtesy of the Belarus President Press Service",
        "Home / Events / Telephone conversation with President of Russia Vladimir Putin",
        "Charter'97 :: Home › News › Politics",
        "With President of Belarus Alexander Lukashenko.",
        "BBC Monitoring Former Soviet Union - Political",
        "Interfax Daily News Bulletin",
        "Agence France Presse -- English",
        "dpa ks ab",
        "(Our editorial staff can be reached at eng.editors@interfax.ru)",
        "News | Politics | Economy | Society | World | Opinion | Video | Sport | Culture",
        "Minsk Herald :: Belarus news – politics – economy",
        "Related: Lukashenko visits Kazan for the regions forum",
        "Keywords Union State, Belarus, gas prices",
        "Permalink https://example.org/p/abc",
        "This article is more than 3 years old",
        "Weekly issue No. 214 (38)",
        "Text: Olga Petrova",
        "by Pavel Sokol",
        "To contact the reporter on this story: Ann Lee in Minsk at alee@example.com",
        "Contact the author at a.lee@example.ru",
        "Ann Lee is a freelance journalist based in Minsk.",
        "Ivan Sergeev, Moscow; Anna Lee, Minsk",
        "LRT.lt, BNS",
        "(ITAR-TASS)",
        "All rights reserved. Reproduction without reference to the agency is prohibited.",
        "Sergei Bobylev / ITAR-TASS",
        "News   Politics   Economy   Society   Culture   Opinion",
        "AS/belsat.eu",
        "Edited time: 25 Nov, 2011 16:20",
        "Get short URL",
        "Author Nikolai Bergmann (AFP, Reuters, dpa)",
        "Editor: Zhang Lei",
        "TAGS: Belarus, Gas, Vladimir Putin",
        "See also: Lukashenka says Belarus is not for sale",
        "Comments",
        "Photo by AFP",
        "Olga Petrova, specially for RBTH",
        "/BBC Monitoring/ (c) BBC.",
        "Photographer: Ivan Petrov/Bloomberg",
        "Ivan Petrov/Sputnik, Kremlin Pool Photo via AP",
        "Olga Petrova is a Minsk-based economic journalist.",
        "Ivan Petrov/Sputnik/AP/picture alliance",
        "Send Facebook Twitter reddit",
        "kv/rt (Reuters, AFP, dpa)",
        "Last modified on Sun 8 Dec 2019 16.05 GMT",
    ],
)
def test_site_chrome_and_wire_service_lines_are_furniture(line: str) -> None:
    text = f"Putin and Lukashenko meet\n\n{line}\n\nThe two leaders met in Minsk on Monday."
    assert any(text[f.start : f.end].strip() == line for f in find_furniture(text))


def test_an_other_events_list_is_furniture_and_drafts_no_event() -> None:
    text = (
        "Putin holds talks with Lukashenko\n\nThe two presidents met in the Kremlin on Friday.\n\n"
        "Other events\nTelephone conversation with President of France\n12 May 2020"
    )
    d = draft(text)
    assert [f.kind for f in d.furniture] == ["related_list"]
    assert not any("Telephone" in m.text for ev in d.events for m in ev.mentions)


def test_a_one_sentence_caption_above_a_credit_in_brackets_is_furniture() -> None:
    caption = "Putin (L) and Lukashenko during their meeting in Sochi on Friday."
    text = (
        f"Nuclear talks\n\n{caption}\n(Ivan Petrov/Sputnik/AFP via Getty Images)\n\n"
        "The two leaders met in Sochi on Friday."
    )
    kinds = {f.text: f.kind for f in find_furniture(text)}
    assert kinds[caption] == "caption"
    assert kinds["(Ivan Petrov/Sputnik/AFP via Getty Images)"] == "photo_credit"


def test_a_one_sentence_caption_above_a_bare_agency_credit_is_furniture() -> None:
    caption = "Putin and Lukashenko after the signing ceremony in Astana on Thursday."
    text = f"Union treaty\n\n{caption}\nSergei Bobylev / ITAR-TASS\n\nThe treaty was signed."
    kinds = {f.text: f.kind for f in find_furniture(text)}
    assert (kinds[caption], kinds["Sergei Bobylev / ITAR-TASS"]) == ("caption", "photo_credit")


def test_a_sentence_ending_in_brackets_with_a_slash_is_news() -> None:
    text = "Gas deal\n\nThe price will fall to $100 (per 1,000 cubic metres / year)\n\nMore."
    assert not [f for f in find_furniture(text) if f.kind in ("caption", "photo_credit")]


def test_a_section_label_under_a_dated_masthead_is_furniture() -> None:
    text = (
        "NEWSLINE Vol. 7, No. 176, Part II, 16 September 2003\n\nEASTERN EUROPE\n\n"
        "LEADERS AGREE ON THE RUBLE\n\nThe two presidents met in Sochi on 15 September."
    )
    labels = [f.text for f in find_furniture(text) if f.kind == "navigation"]
    assert labels == ["EASTERN EUROPE"]


def test_a_rubric_of_two_names_joined_by_an_ampersand_is_a_section_label() -> None:
    text = (
        "Russian Politics & Diplomacy\nDecember 7, 2019, 23:48\nPutin, Lukashenko end Sochi talks "
        "without a deal\n\nSOCHI, December 7. /TASS/. The talks ended on Saturday."
    )
    d = draft(text)
    assert [f.text for f in d.furniture if f.kind == "navigation"] == [
        "Russian Politics & Diplomacy"
    ]
    assert d.header.title.text == "Putin, Lukashenko end Sochi talks without a deal"


def test_a_correspondent_line_above_the_time_stamp_is_a_byline() -> None:
    text = (
        "Putin pledges loan\n\nAnna Black in Moscow\nMon 14 Sep 2020 18.47 BST\n\n"
        "The two leaders met in Sochi on Monday."
    )
    assert {f.text: f.kind for f in find_furniture(text)}["Anna Black in Moscow"] == "byline"


def test_a_site_name_above_its_navigation_bar_is_furniture() -> None:
    text = (
        "Ministry of Trade of the Republic of Belarus\nHome | About | News | Contacts\n\n"
        "On the talks in Moscow\n\nThe ministers met in Moscow on Monday."
    )
    furniture = [f.text for f in find_furniture(text)]
    assert furniture[0] == "Ministry of Trade of the Republic of Belarus"
    assert "On the talks in Moscow" not in furniture


def test_the_pages_own_date_line_is_not_furniture() -> None:
    text = "Talks in Minsk\n\nPosted: 24.05.2024 19:54:00\n\nThe two leaders met in Minsk."
    assert not any("Posted" in f.text for f in find_furniture(text))


_BODY = "\n\nThey spoke for two hours.\n\nNo deal was signed.\n\n" * 4


@pytest.mark.parametrize(
    ("text", "published", "partial"),
    [
        (
            "Lukashenko to snub summit\n\nSat Jun 13, 2009 4:12pm EDT\n\nMINSK - Text.",
            date(2009, 6, 13),
            None,
        ),
        (
            "Council in September\n\nMOSCOW. Aug 14 (Interfax) - Putin and Lukashenko met.",
            None,
            "--08-14",
        ),
        (
            "Empty chair\n\nMINSK, 27 December 2016 (RFE/RL) – Lukashenka stayed in Minsk.",
            date(2016, 12, 27),
            None,
        ),
        (
            "CIS REPORT Vol. 2, No. 41, Part I, 3 March 2004\n\nGAS TALKS\n\nThe leaders met.",
            date(2004, 3, 3),
            None,
        ),
        ("Gas talks\n\nBy Ann Lee\nMay. 3 2004 00:00\n\nThe leaders met.", date(2004, 5, 3), None),
        ("Gas talks\n\nLRT.lt, BNS\n2004.03.03 14:05\n\nThe leaders met.", date(2004, 3, 3), None),
        ("Daily Digest | Wednesday, March 3\n\nGas talks\n\nThe leaders met.", None, "--03-03"),
        (
            f"Gas talks end without a deal\n\nMarch 3 (Bloomberg) -- The leaders met.{_BODY}"
            "Last Updated: March 3, 2004 06:27 EDT",
            date(2004, 3, 3),
            None,
        ),
        (
            f"Gas talks end without a deal\n\nMarch 3 (Bloomberg) -- The leaders met.{_BODY}"
            "Last Updated: March 4, 2004",
            None,
            "--03-03",
        ),
        (
            "Russia and Belarus sign a treaty\n\nWednesday March 3 2:41 PM ET\n\nBy Ann Lee, AP "
            "Writer\n\nMOSCOW (AP) - The leaders met.",
            None,
            "--03-03",
        ),
        (
            f"Gas talks end without a deal\n\nThe leaders met in Sochi.{_BODY}Date 03.03.2004",
            date(2004, 3, 3),
            None,
        ),
        (
            f"Gas talks end without a deal\n\nThe leaders met in Sochi.{_BODY}Also in the news"
            "\n\nDrills begin\nDate: 3 March 2004\n\nEnvoy arrives\nDate: 1 March 2004",
            None,
            None,
        ),
    ],
)
def test_wire_header_forms(text: str, published: date | None, partial: str | None) -> None:
    header = draft(text).header
    assert (header.published, header.partial) == (published, partial)


# Regression tests for bugs a code review of the fourth round found.


@pytest.mark.parametrize(
    "sentence",
    [
        "A decision on the Russian loan is expected in December, the finance ministry said.",
        "Belarus's gas debt came to US$460 million in May.",
        "Belarus received Russian gas at a discount last year, the energy ministry said.",
        "Lukashenko flew home on a charter plane.",
    ],
)
def test_words_that_look_like_triggers_but_report_no_such_event(sentence: str) -> None:
    text = f"Gas row\n\nMINSK, June 3, 2009 (Reuters) - {sentence}"
    types = {ev.event_type for ev in draft(text).events}
    assert not types & {"visit", "meeting", "agreement"}


def test_a_title_case_headline_with_a_place_is_not_a_byline() -> None:
    text = "Lukashenko Arrives in Moscow\n\nMOSCOW, June 3 (Reuters) - Lukashenko arrived."
    assert draft(text).header.title.text == "Lukashenko Arrives in Moscow"


def test_a_paragraph_opening_with_president_is_not_a_caption() -> None:
    text = (
        "Gas deal\n\nMINSK, June 3, 2009 (BelTA) – Talks ended.\n\n"
        "With President Putin in Minsk, the two sides signed a gas agreement."
    )
    assert "agreement" in {ev.event_type for ev in draft(text).events}


def test_an_infinitive_in_a_lead_taken_for_the_title_is_not_a_plan() -> None:
    text = (
        "MINSK, June 3 (Reuters) - Russian Prime Minister Dmitry Medvedev came to Minsk on "
        "Tuesday to sign a gas agreement with Belarus, officials said."
    )
    (deal,) = [ev for ev in draft(text).events if ev.event_type == "agreement"]
    assert deal.status == "held"


def test_at_the_airport_does_not_tie_a_briefing_to_a_signing() -> None:
    text = (
        "Gas\n\nMOSCOW, June 10, 2009 (Reuters) - Talks went on.\n\nRussian President Vladimir "
        "Putin told reporters at the airport that he had signed a gas agreement with "
        "Alexander Lukashenko on June 3."
    )
    (briefing,) = [ev for ev in draft(text).events if ev.event_type == "press_event"]
    assert briefing.date.start != date(2009, 6, 3)


def test_a_postponement_does_not_swallow_a_meeting_held_on_another_day() -> None:
    text = (
        "Gas\n\nMOSCOW, December 10, 2009 (Reuters) - Vladimir Putin and Alexander Lukashenko "
        "met in Sochi on December 1 and discussed gas prices.\n\nThe talks planned for "
        "December 20 have been put off until January 15, a Kremlin source said."
    )
    meetings = [ev for ev in draft(text).events if ev.event_type == "meeting"]
    assert {ev.status for ev in meetings} == {"held", "postponed"}


def test_the_day_a_postponement_was_announced_is_not_the_new_date() -> None:
    text = (
        "Gas row\n\nMINSK, 3 June 2009 (BelTA) – A meeting between Vladimir Putin and Alexander "
        "Lukashenko was postponed on Monday."
    )
    (meeting,) = draft(text).events
    assert meeting.date.start == date(2009, 6, 1)


def test_a_quote_after_a_headline_in_the_same_paragraph_is_kept() -> None:
    text = (
        "Lukashenko on Russian gas prices\nMINSK, June 3 (BelTA) - “We will never pay that "
        "price for gas,” Belarusian President Alexander Lukashenko told reporters on Tuesday."
    )
    assert [q.quote.text for q in draft(text).quotes] == ["We will never pay that price for gas"]


def test_an_acronym_label_is_an_outlet_only_where_the_text_names_it_as_the_interviewer() -> None:
    text = (
        "Interview\n\nIvan Petrov spoke about the Russian Government's gas policy in an "
        "interview to Rossiyskaya Gazeta.\n\nRG: What next?\n\nIvan Petrov: Work.\n\n"
        "RG: And then?\n\nIvan Petrov: More work."
    )
    assert draft(text).quotes[0].speaker.name == "Rossiyskaya Gazeta"


def test_i_said_after_you_asked_is_the_speakers_own_quotation() -> None:
    text = (
        "Talks\n\nPresident of Belarus Alexander Lukashenko: Thank you.\n\n"
        "President of Russia Vladimir Putin: We will settle it. You asked me last year, and I "
        "said: ‘Russia will keep its word.’ And it has."
    )
    (nested,) = [q for q in draft(text).quotes if q.quote.text.startswith("Russia will")]
    assert nested.speaker.actor_id == "vladimir-putin"


def test_a_long_counterpart_title_in_the_headline_is_still_the_counterpart() -> None:
    from diplomatic_timeline.extract.draft import focal_actor

    focal = focal_actor(
        "Telephone conversation with President of the Republic of Belarus Alexander Lukashenko",
        resources()[0],
        "Vladimir Putin spoke with Alexander Lukashenko.",
    )
    assert focal == "vladimir-putin"


def test_agenda_topics_with_an_empty_vocabulary_are_other() -> None:
    from diplomatic_timeline.extract.agenda import find_agenda

    phrases = find_agenda("The talks focused on gas  prices (and oil).", [], {})
    assert all(p.topic == "other" for p in phrases)


def test_a_date_taken_from_another_event_is_flagged_inferred_with_its_basis() -> None:
    text = (
        "Lukashenka to Sochi\n\nMINSK, 10 May 2018 (BelTA) – Talks are expected.\n\nAlyaksandr "
        "Lukashenka will pay a working visit to Russia, where a session of the Supreme Eurasian "
        "Economic Council will be held in Sochi on 14 May."
    )
    (visit,) = [ev for ev in draft(text).events if ev.event_type == "visit"]
    assert (visit.date.start, visit.date.inferred) == (date(2018, 5, 14), True)
    assert visit.date.basis.startswith("the date of the summit")


def test_a_meeting_last_held_is_not_the_one_next_due() -> None:
    text = (
        "Analysis\n\nMINSK, 27 December 2016 (BelTA) – Lukashenka and Putin last met face to "
        "face in Bishkek on September 16.\n\nThe two presidents are next due to meet in the first "
        "half of next year."
    )
    meetings = [ev for ev in draft(text).events if ev.event_type == "meeting"]
    assert sorted((ev.status, ev.date.start) for ev in meetings) == [
        ("held", date(2016, 9, 16)),
        ("scheduled", date(2017, 1, 1)),
    ]


def test_a_rescheduled_visit_is_postponed() -> None:
    text = (
        "Visit moved\n\nMINSK, 12 June 2022 (BelTA) – The presidents agreed to reschedule the "
        "official visit of the Kazakh President to Belarus to a later date."
    )
    (visit,) = [ev for ev in draft(text).events if ev.event_type == "visit"]
    assert visit.status == "postponed"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Analysis\n\n“He used to go to every summit,” says Minsk political analyst Ihar "
            "Mikalayeu.",
            "ihar-mikalayeu",
        ),
        (
            "Analysis\n\n“He wants to keep a door open,” said Moscow-based analyst Oleg Petrenko.",
            "oleg-petrenko",
        ),
        (
            "Milk\n\nMOSCOW, 9 June 2009 – Russia halted imports.\n\n“The paperwork is wrong,” "
            "Gennady Onishchenko, Russia’s chief sanitary inspector, said on Sunday.",
            "gennady-onishchenko",
        ),
        (
            "Summit\n\nMOSCOW, 14 June 2009 – Dmitry Medvedev hosted the summit.\n\n“Belarus is "
            "our closest ally,” Medvedev, who chaired the summit, told a news conference.",
            "dmitry-medvedev",
        ),
        (
            "Talks\n\nBelarusian Ambassador to Russia Igor Petrishenko came to Smolensk.\n\n"
            "“No border can divide us,” the ambassador said.",
            "igor-petrishenko",
        ),
        (
            "Gas\n\nMINSK, Jan 10, 2007 (AP) - Russia’s ambassador to Belarus, Alexander Surikov, "
            'told reporters that a deal could be signed if the Belarusian side "shows goodwill."',
            "alexander-surikov",
        ),
        (
            "Programmes\n\nMINSK, 10 Sept 2021 (BelTA) – The talks went well.\n\nPolitical "
            "scientist Valery Karbalevich is sceptical about the programmes. “This is a political "
            "declaration rather than a plan.”",
            "valery-karbalevich",
        ),
        (
            "Summit\n\nMINSK, June 14 2009 – Lukashenko stayed away, his press service said in a "
            "statement.\n\nBelarus will not sign it, the statement said, adding that Minsk would "
            "consider joining “when the trade blockade is lifted.”",
            "belarusian-presidential-press-service",
        ),
    ],
)
def test_attributions_past_a_place_an_aside_a_title_abroad_and_a_statement(
    text: str, speaker: str
) -> None:
    (quote,) = draft(text).quotes
    assert quote.speaker.actor_id == speaker


def test_a_quoted_title_is_not_a_statement() -> None:
    text = (
        'Union\n\nMINSK, Dec 2 (Interfax) – The main document, provisionally titled "On Further '
        'Unity of Belarus and Russia," sets out a common budget.'
    )
    assert draft(text).quotes == []


def test_talks_a_visit_is_for_are_the_visit_whatever_place_the_attribution_names() -> None:
    text = (
        "Sidorsky to Moscow\n\nMINSK, Jan 10, 2007 (Reuters) - Prime Minister Sergei Sidorsky will "
        "travel to Moscow on Thursday for talks with his Russian counterpart Mikhail Fradkov, a "
        "government spokesman in Minsk said."
    )
    (visit,) = draft(text).events
    assert (visit.event_type, visit.date.start) == ("visit", date(2007, 1, 11))
    assert [m.text for m in visit.mentions] == ["travel to", "talks"]


def test_a_relative_clause_after_the_event_gives_its_status() -> None:
    text = (
        "Meeting\n\nSeptember 9, 2021, Moscow\n\nPutin thanked the Belarusian side for the "
        "preparations for the Forum of Regions, which was held in St Petersburg at the end of June."
    )
    (forum,) = draft(text).events
    assert (forum.status, forum.date.start) == ("held", date(2021, 6, 1))


def test_telling_reporters_about_a_plan_is_itself_done() -> None:
    text = (
        "Burabay\n\nMOSCOW, 9 October 2023 (TASS) – Speaking to reporters on Monday, Kremlin "
        "spokesman Dmitry Peskov said the two leaders would meet on Friday."
    )
    press = [ev for ev in draft(text).events if ev.event_type == "press_event"]
    meetings = [ev for ev in draft(text).events if ev.event_type == "meeting"]
    assert [ev.status for ev in press] == ["held"]
    assert [ev.status for ev in meetings] == ["scheduled"]


@pytest.mark.parametrize(
    "sentence",
    [
        "EU leaders at a summit in Brussels on Monday agreed to ban Belarusian carriers.",
        "EU leaders meeting in Brussels on Monday decided to ban Belarusian carriers.",
    ],
)
def test_an_event_that_agreed_to_a_plan_was_held(sentence: str) -> None:
    """ "agreed to" is the plan of what follows it, not of the event before it."""
    [event] = draft(LEAD + sentence).events
    assert (event.status, str(event.date.start)) == ("held", "2009-06-08")


def test_an_event_after_agreed_to_is_the_plan() -> None:
    [event] = draft(LEAD + "The two presidents agreed to meet again next week.").events
    assert event.status == "scheduled"


def test_an_interview_in_an_opening_phrase_before_said_was_held() -> None:
    text = (
        LEAD + "In an interview broadcast on Thursday, Putin said the unit would not be deployed."
    )
    [event] = draft(text).events
    assert (event.status, str(event.date.start)) == ("held", "2009-06-11")


@pytest.mark.parametrize(
    ("sentence", "status"),
    [
        (
            "The summit, which had been planned for September, has been put back to December.",
            "postponed",
        ),
        ("A summit pencilled in for Sochi in the autumn was quietly dropped.", "cancelled"),
        ("The summit planned for the autumn has since been shelved.", "cancelled"),
    ],
)
def test_put_back_postpones_and_dropped_or_shelved_cancels(sentence: str, status: str) -> None:
    assert [ev.status for ev in draft(LEAD + sentence).events if ev.event_type == "summit"] == [
        status
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "The summit put back on the agenda the question of gas prices.",
        "The summit ended after oil prices dropped sharply.",
    ],
)
def test_put_back_on_and_a_price_that_dropped_are_no_status(sentence: str) -> None:
    assert [ev.status for ev in draft(LEAD + sentence).events if ev.event_type == "summit"] == [
        "held"
    ]


@pytest.mark.parametrize(
    ("sentence", "event_type", "status"),
    [
        (
            "Lukashenko will attend the Forum of Regions, which is scheduled for May.",
            "forum",
            "scheduled",
        ),
        ("Lukashenko will visit the tractor plant, which was built in 1946.", "visit", "scheduled"),
        (
            "Putin will hold talks in Minsk, speaking to reporters afterwards.",
            "press_event",
            "scheduled",
        ),
        ("Lukashenko won't attend the summit that Putin plans to host.", "summit", "scheduled"),
        (
            "They will meet in Moscow next week to discuss rescheduling the gas debt.",
            "meeting",
            "scheduled",
        ),
    ],
)
def test_status_rules_do_not_overreach(sentence: str, event_type: str, status: str) -> None:
    assert [ev.status for ev in draft(LEAD + sentence).events if ev.event_type == event_type] == [
        status
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "The government has yet to find the answer to many questions.",
        "Parliament will soon answer these questions.",
        "Vladimir Andreichenko, head of the Belarusian delegation to PACE, said so.",
    ],
)
def test_words_near_new_triggers_report_no_event(sentence: str) -> None:
    assert draft(LEAD + sentence).events == []


def test_talks_held_elsewhere_after_a_visit_stay_apart() -> None:
    text = (
        LEAD + "Makei, fresh from a visit to Moscow, held talks in Kyiv with Ukrainian officials."
    )
    assert sorted(ev.event_type for ev in draft(text).events) == ["meeting", "visit"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Belarusian President Alexander Lukashenko, speaking in Minsk, Belarus, told "
            'reporters: "We are ready."',
            "alexander-lukashenko",
        ),
        (
            '"We are ready," said Lukashenko after meeting ambassador Alexander Surikov.',
            "alexander-lukashenko",
        ),
        (
            'Minsk insists it is entitled. "We pay what Russians pay," Lukashenko said.',
            "alexander-lukashenko",
        ),
        (
            'Police detained opposition leader Anatoly Lebedko on Friday.\n\n"This is a disgrace."',
            None,
        ),
    ],
)
def test_speaker_rules_do_not_overreach(text: str, speaker: str | None) -> None:
    (quote,) = draft(LEAD + text).quotes
    assert (quote.speaker.actor_id if quote.speaker else None) == speaker


@pytest.mark.parametrize(
    ("sentence", "start", "end", "precision"),
    [
        (
            "They intend to endorse it at a session of the Supreme State Council before the "
            "end of the year.",
            "2009-01-01",
            "2009-01-01",
            "year",
        ),
        (
            "A session of the Supreme State Council is planned for the first half of next year.",
            "2010-01-01",
            "2010-06-01",
            "month",
        ),
    ],
)
def test_parts_of_a_year_date_a_plan_as_the_curators_do(
    sentence: str, start: str, end: str, precision: str
) -> None:
    (session,) = draft(LEAD + sentence).events
    assert (session.status, str(session.date.start), str(session.date.end)) == (
        "scheduled",
        start,
        end,
    )
    assert session.date.precision == precision


def test_later_in_the_day_is_the_dispatchs_day() -> None:
    text = (
        LEAD + "The two presidents signed the treaty and gave a news conference later in the day."
    )
    conference = next(ev for ev in draft(text).events if ev.event_type == "press_event")
    assert str(conference.date.start) == "2009-06-14"


def test_today_does_not_date_an_event_beyond_another_date() -> None:
    text = (
        LEAD + "Lukashenko and Putin had a telephone conversation today and agreed to meet in "
        "Sochi next week, on the sidelines of the Forum of Regions."
    )
    events = {ev.event_type: ev for ev in draft(text).events}
    assert str(events["phone_call"].date.start) == "2009-06-14"
    assert events["forum"].date.start is None


def test_agreeing_to_meet_in_the_present_reports_a_plan() -> None:
    text = LEAD + "The presidents agree to meet in Sochi, the press service says."
    (meeting,) = draft(text).events
    assert meeting.status == "scheduled"


def test_a_postponing_verb_of_its_own_clause_does_not_postpone_the_event() -> None:
    text = "Yeltsin, Lukashenko sign union treaty, put off hard questions\n\nMOSCOW (AP) — Text."
    (signing,) = draft(text).events
    assert signing.status == "held"


def test_a_participle_after_an_article_is_no_tense() -> None:
    text = (
        LEAD + "He said Putin and Alexander Lukashenko would hold talks in a narrow format on "
        "Thursday evening, with the council's session, in an expanded format, set for Friday."
    )
    session = next(ev for ev in draft(text).events if ev.event_type == "summit")
    assert session.status == "scheduled"


def test_the_previous_session_is_another_event() -> None:
    text = (
        LEAD + "Putin will travel to Belarus on Thursday for a visit that will include a "
        "session of the Union State's Supreme State Council. He said talks would be held on "
        "Thursday, with the council's session set for Friday. The previous session of the "
        "council took place in St Petersburg in January."
    )
    sessions = [ev for ev in draft(text).events if ev.event_type == "summit"]
    assert sorted(ev.status for ev in sessions) == ["held", "scheduled"]
    assert max(len(ev.mentions) for ev in sessions) == 2


def test_the_document_refers_back_to_the_postponed_treaty_and_gives_its_new_date() -> None:
    text = (
        "Russia, Belarus put off treaty signing\n\nMOSCOW, Nov 24 (Reuters) - Russia and "
        "Belarus have pushed back the signing of the treaty until early next month. Yeltsin "
        "would now sign the document with Lukashenko in the Kremlin on December 8."
    )
    (signing,) = [ev for ev in draft(text).events if ev.event_type == "agreement"]
    assert (signing.status, signing.date.partial) == ("postponed", "--12-08")


def test_an_event_first_reported_deep_in_the_story_is_not_the_leads() -> None:
    text = (
        "Milk Spat Sours Minsk's Mood\n\nTuesday, June 16, 2009\n\nFew gatherings have been "
        "as conspicuous for an empty chair as the one the Kremlin hosted on Sunday. Minsk "
        "stayed away, angry with its ally. The quarrel between the two allies has been "
        "simmering for weeks and shows no sign of ending. Medvedev, speaking to reporters "
        "after Sunday's summit, sounded conciliatory."
    )
    briefing = next(ev for ev in draft(text).events if ev.event_type == "press_event")
    assert str(briefing.date.start) == "2009-06-14"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Addressing a meeting of senior officials in Minsk today, Lukashenko described both "
            'options as "absurd" and said neither was acceptable.',
            "alexander-lukashenko",
        ),
        (
            "Putin received him at the residence and promised a loan. “We will never forget it,” "
            "the Belarusian ruler told his host.",
            "alexander-lukashenko",
        ),
        (
            "It was at the session that day that Lukashenko quipped: “The treaty is our shield.”",
            "alexander-lukashenko",
        ),
        (
            "Belarusian Foreign Minister Vladimir Makei met Russian Foreign Minister Sergei "
            "Lavrov. The Belarusian minister said relations were going through "
            '"a period of turbulence".',
            "vladimir-makei",
        ),
    ],
)
def test_attributions_found_on_retired_sets(text: str, speaker: str) -> None:
    (quote,) = draft(LEAD + text).quotes
    assert quote.speaker is not None and quote.speaker.actor_id == speaker


def test_a_month_opening_a_sentence_is_not_proposed_as_a_person() -> None:
    text = (
        LEAD + "On September 14, 2020, Putin received him at the residence and promised a loan. "
        "“We will never forget it,” the Belarusian boss told his host."
    )
    assert all(q.speaker is None or q.speaker.name != "On September" for q in draft(text).quotes)


def _leaves(node: object) -> list[object]:
    if isinstance(node, dict):
        return [leaf for value in node.values() for leaf in _leaves(value)]
    if isinstance(node, list):
        return [leaf for value in node for leaf in _leaves(value)]
    return [node]


@pytest.mark.parametrize(
    "path",
    sorted((ROOT / "src/diplomatic_timeline/extract/data").glob("*.yaml")),
    ids=lambda p: p.name,
)
def test_vocabulary_words_are_read_as_words(path) -> None:
    """YAML 1.1 reads a bare On, No or Yes as a boolean: such a word would silently drop out."""
    assert not [
        leaf for leaf in _leaves(yaml.safe_load(path.read_text())) if isinstance(leaf, bool)
    ]


def test_a_council_that_could_meet_in_a_month_is_dated_to_it() -> None:
    text = "Supreme State Council could meet in December\n\nMINSK, 14 June 2009 (BelTA) – Text."
    (session,) = draft(text).events
    assert (session.status, str(session.date.start)) == ("proposed", "2009-12-01")


REVIEW_LEAD = "Belarus and Russia eye closer integration\n\nMINSK, 14 June 2009 (BelTA) – "


@pytest.mark.parametrize(
    ("sentence", "event_type", "status", "start"),
    [
        (
            "The presidents discussed the summit, scheduled for the autumn.",
            "summit",
            "scheduled",
            "2009-09-01",
        ),
        (
            "Later in the day, Lukashenko met Russian Prime Minister Vladimir Putin.",
            "meeting",
            "held",
            "2009-06-14",
        ),
        ("The summit, planned for May, was once again postponed.", "summit", "postponed", None),
        (
            "The talks, originally due on Friday, were at the last minute called off.",
            "meeting",
            "cancelled",
            None,
        ),
        (
            "Lukashenko met Medvedev in Moscow, where they reviewed trade turnover, which grew 20% "
            "in the first half of the year.",
            "meeting",
            "held",
            "2009-06-14",
        ),
        (
            "Putin said the two countries would now hold regular consultations on energy.",
            "meeting",
            "scheduled",
            None,
        ),
    ],
)
def test_review_found_no_regression_here(
    sentence: str, event_type: str, status: str, start: str | None
) -> None:
    ev = next(e for e in draft(REVIEW_LEAD + sentence).events if e.event_type == event_type)
    assert ev.status == status
    if start is not None:
        assert str(ev.date.start) == start


@pytest.mark.parametrize(
    "sentence",
    [
        "He expressed confidence that the VI Forum of Regions of Belarus and Russia, to be held "
        "in Grodno in September, would be a success.",
        "The presidents also touched upon the VI Forum of Regions of Belarus and Russia, which "
        "is scheduled for September in Mogilev.",
    ],
)
def test_a_status_set_off_after_an_events_name_is_said_of_it(sentence: str) -> None:
    (forum,) = [e for e in draft(REVIEW_LEAD + sentence).events if e.event_type == "forum"]
    assert (forum.status, str(forum.date.start)) == ("scheduled", "2009-09-01")


def test_a_participle_after_a_comma_that_is_no_status_cue_leaves_the_tense() -> None:
    text = REVIEW_LEAD + "The leaders will hold talks, followed by a news conference."
    talks = next(e for e in draft(text).events if e.event_type == "meeting")
    assert talks.status == "scheduled"


def test_a_forum_of_other_regions_is_another_forum() -> None:
    text = (
        REVIEW_LEAD + "Lukashenko spoke at the Forum of Regions in Minsk. He recalled that the "
        "Forum of Regions of Belarus and Ukraine was held in Gomel in 2008."
    )
    assert len([e for e in draft(text).events if e.event_type == "forum"]) == 2


def test_until_a_season_bounds_unless_something_is_put_off() -> None:
    text = (
        REVIEW_LEAD + "The presidents held talks on Friday. The gas price will remain unchanged "
        "until late autumn, Lukashenko said after the talks."
    )
    meetings = [e for e in draft(text).events if e.event_type == "meeting"]
    assert [str(m.date.start) for m in meetings] == ["2009-06-12"]


# Regressions a review of the seventh round found (each passed before that round's rules).
@pytest.mark.parametrize(
    "text",
    [
        "Putin to visit Minsk on 25 June\nShare\n\nMOSCOW, 14 June 2009 (Reuters) – Putin will "
        "hold talks with Lukashenko, the Kremlin said on Sunday.",
        "Lukashenko Holds Talks in Moscow\nJune 25, 2009\n\nMOSCOW (AP) – Lukashenko and Putin "
        "discussed gas prices on Thursday.",
    ],
)
def test_a_headline_above_a_single_chrome_line_or_a_date_stays_news(text: str) -> None:
    headline = text.split("\n")[0]
    assert not any(f.text == headline for f in find_furniture(text))


def test_a_lede_directly_above_a_credit_is_not_a_caption() -> None:
    lede = (
        "MINSK, 14 June 2009 (BelTA) – Lukashenko will meet Russian President Vladimir Putin "
        "in Sochi on 20 June."
    )
    text = (
        f"Lukashenko to meet Putin\n\n{lede}\nPhoto: Mikhail Klimentyev / TASS\n"
        "The two presidents are expected to discuss energy prices."
    )
    assert not any(f.kind == "caption" for f in find_furniture(text))


@pytest.mark.parametrize(
    ("sentence", "event_type", "status"),
    [
        ("The sides signed an agreement on Friday, expected to boost trade.", "agreement", "held"),
        (
            "Negotiators met in Minsk on Friday, expected to finalise the contract.",
            "meeting",
            "held",
        ),
        ("Lukashenko flew to Moscow on Saturday, due to sign a budget on Monday.", "visit", "held"),
        ("Lukashenko arrived in Sochi on Saturday, which will host the Olympics.", "visit", "held"),
        ("Sidorsky visited Smolensk, which is expected to host the next forum.", "visit", "held"),
        (
            "The Forum of Regions of Belarus and Russia, opened by Lukashenko and Putin on "
            "Thursday, will run until Saturday.",
            "forum",
            "held",
        ),
    ],
)
def test_a_tensed_trigger_or_a_named_participle_keeps_its_status(
    sentence: str, event_type: str, status: str
) -> None:
    ev = next(e for e in draft(REVIEW_LEAD + sentence).events if e.event_type == event_type)
    assert ev.status == status


@pytest.mark.parametrize(
    "sentence",
    [
        "The current gas contract signed with Gazprom expires on 31 December.",
        "Belarus has long marched in step with Moscow on foreign policy.",
        "Belarus has long marched to Moscow's tune on foreign policy.",
        "A meeting of the Forum of Regions Organising Committee on Friday approved the agenda of "
        "the forum.",
    ],
)
def test_no_extra_event_from_a_signing_a_figure_of_speech_or_a_name_already_read(
    sentence: str,
) -> None:
    types = [e.event_type for e in draft(REVIEW_LEAD + sentence).events]
    assert types in ([], ["meeting"])


@pytest.mark.parametrize(
    ("attribution", "speaker"),
    [
        ("Russia’s ambassador to Belarus, Alexander Surikov, said.", "alexander-surikov"),
        ("the chairman of the State Duma, Boris Gryzlov, said.", "boris-gryzlov"),
    ],
)
def test_after_a_quotation_the_named_holder_of_a_title_speaks(
    attribution: str, speaker: str
) -> None:
    text = (
        REVIEW_LEAD + f"Lukashenko met Putin on Sunday.\n\n“Relations are improving,” {attribution}"
    )
    assert [q.speaker.actor_id for q in draft(text).quotes] == [speaker]


def test_an_undersecretary_is_introduced_by_the_title() -> None:
    text = REVIEW_LEAD + (
        "Belarusian Foreign Minister Sergei Martynov met US Undersecretary of State Nicholas "
        "Burns in Minsk on Sunday."
    )
    d = draft(text)
    assert "nicholas-burns" in {actor for actor, *_ in d.participants[0]}


_YEARLESS_LEADS = {
    "a header's time line, headline and standfirst are not the lead": (
        "Politics\nJune 13, 15:07\nUPDATED: June 13, 15:41\n\nPutin, Lukashenko discuss "
        "Forum of Regions in phone call\n\nMOSCOW, June 13. /TASS/. The two presidents "
        "discussed the forum during a telephone conversation on Tuesday, the Kremlin said."
        "\n\nOn Friday, the prime ministers met in Minsk.",
        "--06-09",
    ),
    "a dateline cut off as its own sentence leads into the lead": (
        "Summit\n\nMOSCOW, June 14 /ITAR-TASS/. The leaders signed an agreement at a summit "
        "in the Kremlin on Sunday.\n\nOn Saturday, the prime ministers met.",
        "--06-13",
    ),
    "'said' and a bare weekday": (
        "Duty scrapped\n\nMINSK, Jan. 11 (Xinhua) -- Belarus will cancel the duty, the "
        "presidential press service said Thursday.\n\nOn Tuesday, the prime ministers met.",
        "--01-09",
    ),
}


@pytest.mark.parametrize("case", list(_YEARLESS_LEADS), ids=list(_YEARLESS_LEADS))
def test_the_lead_gives_a_yearless_dispatch_its_weekday(case: str) -> None:
    text, partial = _YEARLESS_LEADS[case]
    meeting = next(ev for ev in draft(text).events if ev.event_type == "meeting")
    assert meeting.date.partial == partial


def test_a_postponed_events_new_date_can_come_in_the_next_sentence() -> None:
    text = (
        "Supreme State Council session put off\n\nMINSK, 23 January 2026 (BelTA) – The "
        "session of the Supreme State Council, planned for December, was postponed. The "
        "presidents agreed to hold it in the first half of the year."
    )
    (session,) = draft(text).events
    assert (session.status, str(session.date.start), session.date.precision) == (
        "postponed",
        "2026-01-01",
        "month",
    )


def test_a_next_sentence_that_names_its_own_event_gives_no_date_back() -> None:
    text = (
        "Supreme State Council session put off\n\nMINSK, 23 January 2026 (BelTA) – The "
        "session of the Supreme State Council was postponed. It will be discussed at talks in "
        "Moscow in March."
    )
    session = draft(text).events[0]
    assert session.date.start is None


def test_was_to_be_held_is_a_plan_not_a_report() -> None:
    text = (
        "Union council session planned\n\nMINSK, 23 January 2026 (BelTA) – The session of the "
        "Supreme State Council was to be held in Minsk."
    )
    session = draft(text).events[0]
    assert session.status == "scheduled"


def test_but_was_postponed_without_a_new_subject_is_said_of_the_event() -> None:
    text = (
        "Council\n\nMINSK, 23 January 2026 (BelTA) – The session was to be held in Minsk in "
        "December 2025, but was postponed at the request of the Belarusian side."
    )
    (session,) = draft(text).events
    assert session.status == "postponed"


def test_a_called_off_plan_for_a_month_lies_in_the_nearer_year() -> None:
    text = (
        "Minsk visit called off\n\nMINSK, 23 January 2026 (BelTA) – A visit to Minsk planned "
        "for December was called off."
    )
    (visit,) = draft(text).events
    assert (visit.status, str(visit.date.start)) == ("cancelled", "2025-12-01")


def test_a_plan_of_consultations_is_a_document_not_a_plan() -> None:
    text = (
        "Ministers sign consultations plan\n\nMINSK, 6 October 2017 (BelTA) – The ministers "
        "signed a plan of consultations between the two foreign ministries."
    )
    signing = next(ev for ev in draft(text).events if ev.event_type == "agreement")
    assert signing.status == "held"


def test_last_weeks_session_is_dated_to_last_week() -> None:
    text = (
        "Leaders to meet in Sochi\n\nMOSCOW, December 14, 2018 (Reuters) - The two presidents "
        "last met at last week's session of the Supreme Eurasian Economic Council."
    )
    session = next(ev for ev in draft(text).events if ev.event_type == "summit")
    assert (str(session.date.start), str(session.date.end)) == ("2018-12-03", "2018-12-09")


@pytest.mark.parametrize(
    ("saying", "partial"),
    [("Peskov told reporters on Wednesday", "--12-24"), ("Peskov said last Thursday", None)],
)
def test_a_saying_further_down_gives_a_yearless_dispatch_its_weekday(
    saying: str, partial: str | None
) -> None:
    text = (
        "No deal on oil\n\nMOSCOW, Dec 26 (Reuters) - Talks in Moscow ended without agreement."
        f"\n\n{saying}.\n\nOn Monday, the prime ministers met."
    )
    meeting = next(ev for ev in draft(text).events if ev.event_type == "meeting")
    assert meeting.date.partial == partial


def test_the_date_a_price_is_for_does_not_date_the_meeting() -> None:
    text = (
        "Premiers discuss gas\n\nMINSK, 6 October 2017 (BelTA) – On Wednesday the prime "
        "ministers met in Moscow to discuss the gas price for next year."
    )
    meeting = next(ev for ev in draft(text).events if ev.event_type == "meeting")
    assert (meeting.status, str(meeting.date.start)) == ("held", "2017-10-04")


def test_an_abbreviation_does_not_end_the_clause_that_dates_a_visit() -> None:
    text = (
        "Lukashenka in St. Petersburg\n\nMINSK, 8 October 2022 – Lukashenka arrived in St. "
        "Petersburg on October 7 for an informal summit of the CIS."
    )
    visit = next(ev for ev in draft(text).events if ev.event_type == "visit")
    assert str(visit.date.start) == "2022-10-07"


# Cases a review of this round's rules found; each held before the round and must hold still.
_REVIEWED = {
    "a saying dated 'last Thursday' gives the dispatch no weekday": (
        "MINSK, Dec 5 (BelTA) - Officials signed a gas supply agreement on Friday, and Prime "
        "Minister Roman Golovchenko said the talks last Thursday had settled the dispute.\n\n"
        "Lukashenko will meet Putin on Monday in Sochi, the press service said.",
        "meeting",
        ("scheduled", "--12-08"),
    ),
    "a lead ending in a quotation mark is the lead": (
        'MINSK, Dec 5 (BelTA) - Lukashenko said on Friday that Belarus would never become "a '
        'colony."\n\nLukashenko will meet Putin on Monday in Sochi, his press service said.',
        "meeting",
        ("scheduled", "--12-08"),
    ),
    "a newspaper's name is not a weekday": (
        "MINSK, Dec 5 (BelTA) - Lukashenko told the Sunday Times that he would meet Putin soon. "
        "He met Russian Prime Minister Mikhail Mishustin on Tuesday in Minsk.",
        "meeting",
        ("held", "None"),
    ),
    "the original date of a plan put off until a new one is not its new date": (
        "MINSK, 10 November 2025 (BelTA) – The session of the Supreme State Council has been "
        "put off until December 20, Dmitry Mezentsev said on Monday. It was originally "
        "scheduled for November 28.",
        "summit",
        ("postponed", "2025-12-20"),
    ),
    "a date the exact date will be known by is not the plan's": (
        "MINSK, 10 March 2025 (BelTA) – Lukashenko plans to visit Moscow. The exact date has "
        "not been set yet but it will be known by the end of March, his press secretary said.",
        "visit",
        ("scheduled", "None"),
    ),
    "'was to' of a purpose is no plan": (
        "MINSK, 10 March 2025 (BelTA) – Belarus hopes to attract Chinese investment. The "
        "purpose of Lukashenko's state visit to China in June 2024 was to open new markets.",
        "visit",
        ("held", "2024-06-01"),
    ),
    "', but was delayed' does not postpone what was done": (
        "MOSCOW, 10 March 2025 (TASS) – Lukashenko arrived in Moscow on Monday for talks with "
        "Vladimir Putin, but was delayed by fog at Vnukovo airport.",
        "visit",
        ("held", "2025-03-10"),
    ),
    "'the plan to hold' is a plan": (
        "MINSK, 10 March 2025 (BelTA) – The leaders discussed the plan to hold a joint session "
        "of the Supreme State Council, the press service said.",
        "summit",
        ("scheduled", "None"),
    ),
    "'U.S.' at a sentence's end still ends its clause": (
        "MINSK, 10 March 2025 (BelTA) – Lukashenko met a delegation from the U.S. On Friday he "
        "will travel to Moscow for talks with Vladimir Putin.",
        "visit",
        ("scheduled", "2025-03-14"),
    ),
    "a plan put off months ahead stays in the publication year": (
        "MINSK, 3 February 2025 (BelTA) – The Forum of Regions of Belarus and Russia, which had "
        "been planned for September in Grodno, has been postponed indefinitely.",
        "forum",
        ("postponed", "2025-09-01"),
    ),
}


@pytest.mark.parametrize("case", list(_REVIEWED), ids=list(_REVIEWED))
def test_a_reviewed_case_keeps_its_status_and_date(case: str) -> None:
    """The last event of the type is the one the case is about."""
    body, event_type, expected = _REVIEWED[case]
    events = draft("Belarus and Russia\n\n" + body).events
    ev = [e for e in events if e.event_type == event_type][-1]
    assert (ev.status, ev.date.partial or str(ev.date.start)) == expected


# Speaker rules from the errors of former held-out sets 19 and 20.


def test_a_quotation_after_anothers_attribution_continues_that_speaker() -> None:
    text = (
        "Gas deal\n\n“We agreed on the price,” Lukashenko told reporters after the talks. “But "
        "the transit fee stays.” Putin was more cautious, saying only that the fee “needs work”."
    )
    speakers = [q.speaker.actor_id for q in draft(text).quotes]
    assert speakers == ["alexander-lukashenko", "alexander-lukashenko", "vladimir-putin"]


@pytest.mark.parametrize(
    "text",
    [
        # the antecedent of "who called" speaks the words
        "Loan\n\nLukashenko, who called Putin “a true friend” on camera, thanked him.",
        # "As <outlet> reported" names the source, not the speaker
        "Council\n\nAs Ukrinform reported earlier, Lukashenko said in March that the council "
        "would meet “very soon”, but no date has been set.",
        # calling off a session says nothing
        "Session\n\nPutin called off the session in Minsk when Lukashenko said on Monday that "
        "Moscow was “blackmailing” Belarus.",
    ],
)
def test_words_woven_into_a_sentence_are_the_reporting_subjects(text: str) -> None:
    (q,) = draft(text).quotes
    assert q.speaker.actor_id == "alexander-lukashenko"


def test_a_capitalised_title_word_is_no_part_of_a_new_name() -> None:
    text = (
        "Oil dispute\n\nMINSK, May 20, 2010 - Economist Syarhei Lutsevich told a newspaper "
        "that «the regime is running out of room», the economist said."
    )
    (q,) = draft(text).quotes
    assert (q.speaker.actor_id, q.speaker.name) == ("syarhei-lutsevich", "Syarhei Lutsevich")


def test_a_name_with_diacritics_is_proposed_without_its_title() -> None:
    text = (
        "Drills\n\n“We are watching the drills closely,” Lithuanian Defence Minister Arvydas "
        "Anušauskas told reporters on Friday."
    )
    (q,) = draft(text).quotes
    assert (q.speaker.actor_id, q.speaker.name) == ("arvydas-anusauskas", "Arvydas Anušauskas")


def test_a_country_further_on_in_the_sentence_does_not_split_its_talks() -> None:
    text = (
        "Ruble talks\n\nSOCHI, 16 September 2003 - Lukashenka and Putin met in Sochi on 15 "
        "September for talks devoted to the Russian ruble as the sole legal tender in Belarus."
    )
    (talks,) = [ev for ev in draft(text).events if ev.event_type == "meeting"]
    assert [m.text for m in talks.mentions] == ["met", "talks"]


def test_a_weekday_beside_a_yearless_date_line_dates_the_weekdays_of_the_text() -> None:
    text = (
        "Daily Digest | Thursday, January 11\n\nOil transit\n\nLukashenko told ministers on "
        "Tuesday at a meeting with the government that the duty would stay."
    )
    d = draft(text)
    (meeting,) = [ev for ev in d.events if ev.event_type == "meeting"]
    assert (d.header.partial, meeting.date.partial) == ("--01-11", "--01-09")


def test_last_years_forum_is_dated_last_year() -> None:
    text = (
        "Forum\n\nMINSK, 15 May 2026 (BelTA) - The Mogilev forum must match last year’s forum "
        "in Nizhny Novgorod, Lukashenko said."
    )
    at = text.index("forum in Nizhny")
    (last_year,) = [ev for ev in draft(text).events if any(m.start == at for m in ev.mentions)]
    assert (str(last_year.date.start), last_year.date.precision) == ("2025-01-01", "year")


@pytest.mark.parametrize(
    "phrase",
    [
        "the currency-union agreement the two presidents signed in Minsk",
        "the customs union agreement",
        "the 1994 Budapest Memorandum",
    ],
)
def test_an_agreement_named_in_passing_is_an_agreement(phrase: str) -> None:
    text = f"Ruble\n\nThe two leaders recalled {phrase}, officials said."
    assert [ev.event_type for ev in draft(text).events] == ["agreement"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Lukashenko travels to Moscow on Thursday for talks with Putin.",
        "The Customs Code takes effect on Thursday for Russia and Kazakhstan.",
    ],
)
def test_the_present_of_a_plan_with_its_weekday_lies_ahead(sentence: str) -> None:
    text = f"Customs union takes shape\n\nMINSK, June 30, 2010 (BelTA) - {sentence}"
    (ev,) = draft(text).events
    assert (ev.status, str(ev.date.start)) == ("scheduled", "2010-07-01")


def test_a_habit_in_the_present_is_not_the_plan_of_the_next_clause() -> None:
    text = (
        "Contact group in Minsk\n\nMINSK, 22 December 2015 (BelTA) - The contact group still "
        "meets in Minsk, and is due to convene there again on Wednesday."
    )
    meets = next(ev for ev in draft(text).events if ev.mentions[0].text == "meets")
    assert meets.status == "held"


def test_a_possessive_does_not_make_a_known_person_new() -> None:
    from diplomatic_timeline.extract.people import find_people

    text = "Belarusian President Alexander Lukashenko’s press secretary Natalya Eismont spoke."
    ids = [p.actor_id for p in find_people(text, {"alexander lukashenko"})]
    assert ids == ["natalya-eismont"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("German Defence Minister Ursula von der Leyen said so.", "Ursula von der Leyen"),
        ("French Foreign Minister Dominique de Villepin arrived.", "Dominique de Villepin"),
        ("US President George W. Bush said so.", "George W. Bush"),
        ("Foreign Minister Sergei Lavrov said so.", "Sergei Lavrov"),
    ],
)
def test_a_new_persons_name_keeps_the_particles_before_the_surname(text: str, name: str) -> None:
    from diplomatic_timeline.extract.people import find_people

    assert [p.name for p in find_people(text, set())] == [name]


@pytest.mark.parametrize(
    "text",
    [
        # found by the review of the latest round: a place after a title's "of" or "in"
        "the Russian ambassador in Rio de Janeiro said so.",
        "Lukashenko met the Governor of Rio de Janeiro on Friday.",
    ],
)
def test_particles_in_a_place_after_a_title_make_no_new_person(text: str) -> None:
    from diplomatic_timeline.extract.people import find_people

    assert find_people(text, set()) == []


def test_a_role_phrase_refers_back_to_a_person_whose_name_has_particles() -> None:
    # found on the retired blind set 146: "the minister" went to the minister named before her
    body = (
        "Lithuania's Defence Minister Raimundas Karoblis said the drills were a threat.\n\n"
        "German Defence Minister Ursula von der Leyen said in Berlin that the alliance would "
        "follow the drills “very closely”.\n\n“What we are seeing is a demonstration of "
        "power,” the minister said."
    )
    assert _speaker_of(body, "very closely") == "ursula-von-der-leyen"
    assert _speaker_of(body, "What we are") == "ursula-von-der-leyen"


def test_a_topic_no_cue_introduces_is_proposed_at_low_confidence_as_one_item() -> None:
    text = (
        "Putin and Lukashenko hold talks in Minsk\n\nMINSK, 3 March 2004 (BelTA) - Putin and "
        "Lukashenko met in Minsk on Wednesday. The governments still need to settle the oil and "
        "gas balance for next year."
    )
    (item,) = [(p.text, p.topic, p.confidence) for p, _ in draft(text).agenda]
    assert item == ("oil and gas", "energy", 0.4)


# Regressions a review of this round's change found (sentences the reviewer wrote, each
# drafted as the session-start code drafted it).

_BY_THE_REVIEW = [
    # a headline or caption ending in a date is no masthead
    (
        "Belarus and Russia to sign gas deal in Minsk, 22 February 2019\nEnergy ministers will "
        "meet next week\n\nMINSK - The ministers will sign a new gas agreement next week.",
        lambda d: (d.header.published, d.header.title.text[:20]) == (None, "Belarus and Russia t"),
    ),
    # a year-less masthead date gives way to the dateline's full date
    (
        "Thursday, January 11\nLukashenko, Putin discuss oil supplies by phone\n\nMOSCOW, "
        "January 11, 2018 (Reuters) - The two discussed oil by phone on Thursday.",
        lambda d: str(d.header.published) == "2018-01-11",
    ),
    # a reader's comment's date is no publication date
    (
        f"Putin and Lukashenko meet again\n\nThe two presidents met in Sochi on Monday.{_BODY}"
        "Comments (2)\n\nreader123\nPosted: March 5, 2015\nAnother meeting with no results.",
        lambda d: d.header.published is None,
    ),
    # the last short line above the body is the title, not a section label
    (
        "Politics\n12 June 2020\nLukashenko meets Putin\n\nMINSK - Lukashenko met Putin in "
        "Minsk on Friday, his press service said.",
        lambda d: d.header.title.text == "Lukashenko meets Putin",
    ),
    # a byline with its agency stays a byline, and the headline above it no caption
    (
        "Putin and Lukashenko agree on gas price\nBy Andrei Makhovsky / Reuters\n\nMINSK, "
        "Feb 22 (Reuters) - The two leaders agreed on the gas price.",
        lambda d: [f.kind for f in d.furniture] == ["byline"],
    ),
    # a one-sentence paragraph about a journalist is news, not an author's note
    (
        "Lukashenko pardons a journalist\n\nMINSK, June 23, 2021 (BelTA) - The president "
        "signed the decree.\n\nRoman Protasevich is a journalist whom Lukashenko pardoned "
        "after meeting Putin in Sochi on Friday.",
        lambda d: not d.furniture,
    ),
    # a headline's present is the day's news
    (
        "Lukashenko meets Putin in Sochi on Friday\n\nSOCHI, Feb. 23, 2019 (Reuters) - "
        "Lukashenko said on Saturday his talks with Putin had been productive.",
        lambda d: [ev.status for ev in d.events if ev.event_type == "meeting"] == ["held"],
    ),
    # the headline's weekday on the line above a year-less date is not the dispatch's
    (
        "Lukashenko to meet Putin on Friday\nJanuary 11\n\nMINSK (BelTA) - Lukashenko said "
        "on Tuesday he would meet Putin in St Petersburg on Friday.",
        lambda d: (
            [ev.date.partial for ev in d.events if ev.event_type == "meeting"][-1] == "--01-14"
        ),
    ),
    # a trip to another country with other people is another event
    (
        "Trip\n\nMOSCOW, Feb. 23, 2019 (Reuters) - Lukashenko met Putin in Moscow on Friday "
        "before flying to Kazakhstan for talks with Kazakh President Nursultan Nazarbayev.",
        lambda d: {ev.country for ev in d.events} >= {"RUS", "KAZ"},
    ),
    # "This Agreement shall enter into force" names no instrument
    (
        "Text of the treaty\n\nMINSK, 8 December 1999 (BelTA) - This Agreement shall enter "
        "into force on the day of its signing.",
        lambda d: not [m for ev in d.events for m in ev.mentions if m.text == "This Agreement"],
    ),
    # a holiday in brackets after a date is no news agency
    (
        "Unity Day\n\nApril 2 (Unity Day) - Belarusians and Russians mark the day of unity.",
        lambda d: (d.header.published, d.header.partial) == (None, None),
    ),
    # "As X reported, “…”" is X's when no one else speaks in the sentence
    (
        "Sochi\n\nMINSK, Feb 22, 2019 (BelTA) - As Peskov reported, “the presidents agreed to "
        "meet in St Petersburg.”",
        lambda d: d.quotes[0].speaker.actor_id == "dmitry-peskov",
    ),
]


@pytest.mark.parametrize(("text", "holds"), _BY_THE_REVIEW)
def test_what_a_review_of_the_round_found(text: str, holds) -> None:
    assert holds(draft(text))


def test_ids_spell_letters_no_decomposition_reaches() -> None:
    from diplomatic_timeline.extract.people import slug

    assert [slug(n) for n in ("Radosław Sikorski", "Ihar Łosik", "Søren")] == [
        "radoslaw-sikorski",
        "ihar-losik",
        "soren",
    ]


def test_a_topic_on_a_line_that_ends_no_sentence_is_not_proposed() -> None:
    text = (
        "Putin and Lukashenko hold talks in Minsk\n\nMINSK, 3 March 2004 (BelTA) - Putin and "
        "Lukashenko met in Minsk on Wednesday.\n\nRussia and Belarus argue over gas transit fees"
    )
    assert not [p.text for p, _ in draft(text).agenda]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Treaty signed in Moscow\n\nMOSCOW, April 2, 1996 (Interfax) - Yeltsin spoke after "
            'the ceremony. "The treaty infringes on no one\'s sovereignty," the Russian president '
            "said.",
            "boris-yeltsin",
        ),
        (
            "Loan agreed in Sochi\n\nSOCHI, September 14, 2020 (DW) - The Kremlin leader said "
            "Russia would honor “all its obligations” to its ally.",
            "vladimir-putin",
        ),
        (
            "Gas talks in Minsk\n\nMINSK, 16 September 2003 (RFE/RL) - Prime Minister Syarhey "
            'Sidorski spoke on 15 September. "We will not give it away," the Belarusian premier '
            "said.",
            "syarhey-sidorski",
        ),
    ],
)
def test_a_role_names_its_holder_of_the_year_or_the_one_the_dispatch_introduces(
    text: str, speaker: str
) -> None:
    (q,) = draft(text).quotes
    assert q.speaker.actor_id == speaker


@pytest.mark.parametrize(
    ("phrase", "published", "start"),
    [
        ("Last Friday, the presidents met", date(2011, 11, 25), date(2011, 11, 18)),
        ("Last June, the summit was held", date(2010, 5, 20), date(2009, 6, 1)),
    ],
)
def test_last_means_the_one_before_even_on_the_same_day_or_opening_a_sentence(
    phrase: str, published: date, start: date
) -> None:
    (expr,) = find_dates(phrase)
    assert resolve(expr, published, "past").start == start


# Regressions a review of the tenth round's change found (sentences the reviewer wrote).

_BY_THE_SECOND_REVIEW = [
    # a labelled date that opens a list of fields is an event's, not the page's
    (
        f"Forum of Regions opens\n\nThe leaders will address the forum.{_BODY}"
        "Date: 30 June 2023\nVenue: Minsk, Prospekt Pobeditelei 20",
        lambda d: d.header.published is None,
    ),
    # a reader's comment under "1 Response" is not the page's date
    (
        f"Leaders meet again\n\nThe leaders met on Friday.{_BODY}1 Response\n\nivan_minsk\n"
        "Posted 14 September 2020 at 10:12",
        lambda d: d.header.published is None,
    ),
    # a sentence that opens with "Published" is news
    (
        f"Oil duty\n\nThe leaders met on Friday.{_BODY}Published 3 March 2019, the earlier "
        "agreement set the oil duty at 30 percent.",
        lambda d: d.header.published is None,
    ),
    # a schedule's year-less "Friday, December 8" in the body is no publication date
    (
        "Lukashenko says integration talks will continue\n\nThe Belarusian leader said on "
        "Tuesday the talks would go on.\n\nFriday, December 8\n\nThe council will meet.",
        lambda d: (d.header.published, d.header.partial) == (None, None),
    ),
    # in a year two premiers shared, the one the dispatch names
    (
        "Gas prices\n\nMINSK, November 20, 2008 (Reuters) - Russian Prime Minister Vladimir "
        'Putin held talks. "We will keep gas prices stable," the Russian prime minister said.',
        lambda d: d.quotes[0].speaker.actor_id == "vladimir-putin",
    ),
    # ... and no one when it names neither
    (
        'Gas prices\n\nMOSCOW, October 20, 2004 (Reuters) - Talks were held. "We agreed on '
        'the price," the Russian prime minister said.',
        lambda d: d.quotes[0].speaker is None,
    ),
    # a headline or a quotation ending in its sources stays news
    (
        "Putin and Lukashenko agree on gas price (Reuters/AP)\n\nMINSK, September 14, 2020 "
        "(Reuters) - The presidents met in Sochi on Monday.",
        lambda d: d.header.title.text.startswith("Putin and Lukashenko agree"),
    ),
    # "Editor: Absolutely." is an answer, and four names a table's header, not a bar
    (
        "Interview\n\nMINSK, September 14, 2020 (Reuters) - The presidents met.\n\nEditor: "
        "Absolutely.\n\nBelarus   Russia   Kazakhstan   Armenia",
        lambda d: not [f for f in d.furniture if f.kind in ("byline", "navigation")][1:],
    ),
    # a lower-case "people:" continues a sentence, and "See also: …" ending a sentence is news
    (
        "Talks\n\nMINSK, September 14, 2020 (Reuters) - The presidents met.\n\nSee also: "
        'the statement, which Lukashenko said "clarified everything".',
        lambda d: not [f for f in d.furniture if f.kind == "related_list"],
    ),
]


@pytest.mark.parametrize(("text", "holds"), _BY_THE_SECOND_REVIEW)
def test_what_a_review_of_the_tenth_round_found(text: str, holds) -> None:
    assert holds(draft(text))


YEARLESS = "Title\n\nMOSCOW, May 23 (AFP) - "


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # a transcript's speaker line: the person, then a title in apposition
        (
            LEAD + "Remarks.\n\nAlexander Lukashenko, President of Belarus:\nWe are ready.",
            "alexander-lukashenko",
        ),
        # ... whose holder the gazetteer does not know, however long the title
        (
            LEAD + "Remarks.\n\nIvan Petrov, Chairman of the Standing Committee of the "
            "Parliamentary Assembly of the Union State:\nThank you for the welcome.",
            "ivan-petrov",
        ),
        # "he" is a person: not the body that spoke before, but the person named last
        (
            LEAD + "The Kremlin said the talks were “useful”.\n\nIn Minsk, Lukashenko was "
            "blunter. “We want fair prices.\n\n“We will not give in,” he said.",
            "alexander-lukashenko",
        ),
        # with no year, "the Russian leader" is the Russian president the dispatch names
        (
            YEARLESS + "Russian President Boris Yeltsin signed the charter.\n\nSpeaking to "
            "reporters, the Russian leader brushed aside warnings from Moscow liberals. "
            '"Everyone pays for his own room," he said.',
            "boris-yeltsin",
        ),
        # a body, then words of a title, then the name
        ('"This is a disgrace," said Front deputy leader Syarhei Palyanski.', "syarhei-palyanski"),
        # "the head of state" is the one a headline names by role ("Belarusian leader …")
        (
            "Belarusian leader rejects Putin's merger plan\n\nMINSK, August 16, 2002 - The head "
            'of state said Belarus would never join Russia "as a province".',
            "alexander-lukashenko",
        ),
        # a surname opening the sentence, with an aside, is the whole subject
        (
            "Loan talks\n\nMOSCOW, November 27, 2007 (RIA Novosti) - Sergei Sidorsky and Viktor "
            "Zubkov met on Tuesday.\n\nZubkov, speaking alongside him, said relations had "
            '"returned to normal" after the dispute.',
            "viktor-zubkov",
        ),
        # "spoke of" reports speech
        (
            HEADLINE.replace("2009", "2019") + "Putin avoided the subject. In his speech at the "
            "forum, the Russian president spoke of “huge potential” for cooperation.",
            "vladimir-putin",
        ),
    ],
)
def test_speakers_of_transcript_lines_pronouns_roles_titles_and_asides(
    text: str, speaker: str
) -> None:
    quote = draft(text).quotes[-1]
    assert quote.speaker is not None and quote.speaker.actor_id == speaker


def test_a_date_never_runs_across_a_blank_line() -> None:
    text = "Warheads will reach Belarus in July\n\n10 June 2023, 13:05\n\nThe talks ended."
    assert [(e.year, e.month, e.day) for e in find_dates(text)] == [(None, 7, None), (2023, 6, 10)]


def test_a_headline_ending_in_a_month_leaves_the_date_line_under_it() -> None:
    text = "News\n\nPutin says warheads will reach Belarus in July\n\n10 June 2023, 13:05\n\nText."
    assert draft(text).header.published == date(2023, 6, 10)


def test_a_weekday_without_on_before_a_part_of_the_day_dates_the_event() -> None:
    (expr,) = find_dates("Yeltsin flew into Minsk Tuesday morning.")
    assert (expr.text, expr.relative) == ("Tuesday", "tuesday")


@pytest.mark.parametrize(
    "text",
    [
        "The two leaders met Wednesday in the Kremlin.",
        "Demonstrators marched through the city center Wednesday, waving flags.",
        "Yeltsin leaves Wednesday for a two-day visit to China.",
    ],
)
def test_a_bare_weekday_after_a_lower_case_word_is_a_date(text: str) -> None:
    """US wire style: the weekday without "on" before punctuation or a preposition."""
    (expr,) = find_dates(text)
    assert (expr.text, expr.relative) == ("Wednesday", "wednesday")


@pytest.mark.parametrize(
    "text",
    [
        "He will speak before Wednesday, aides said.",  # after a word of `not_before_bare_weekday`
        "He hosts his Wednesday briefing in Minsk.",  # a programme, no punctuation after
        "The paper's editors met at Wednesday Publishing in Minsk.",  # a name
    ],
)
def test_a_bare_weekday_before_a_noun_or_after_a_blocking_word_is_no_date(text: str) -> None:
    assert [e.text for e in find_dates(text)] == []


@pytest.mark.parametrize(
    ("text", "status"),
    [
        # "last July" in a year-less dispatch of February lies behind it, not ahead
        (
            "Visit\n\nMINSK, February 20 (Itar-Tass) -- It is Yeltsin's first visit since "
            "Lukashenko took office last July.",
            "held",
        ),
        # a participle after "be" takes the tense of the verb before it
        (LEAD + "The treaty must be ratified by the parliaments of both countries.", "scheduled"),
        # a relative clause with its own subject says what becomes of the event
        (
            LEAD + "Putin accepted the invitation to the Forum, which Belarus will host in June.",
            "scheduled",
        ),
    ],
)
def test_status_of_year_less_months_participles_and_relative_clauses(
    text: str, status: str
) -> None:
    events = draft(text).events
    assert events and events[-1].status == status


@pytest.mark.parametrize(
    "sentence",
    [
        "Investigators detained Uralkali's chief executive on Monday.",
        "Gazprom cut gas deliveries to Belarus for several days.",
        "Riot police broke up a march in Minsk on Friday.",
        "Lukashenko won the presidency in July.",
    ],
)
def test_happenings_tied_to_the_talks_are_other_events(sentence: str) -> None:
    assert [ev.event_type for ev in draft(LEAD + sentence).events] == ["other"]


def test_a_date_opening_the_sentence_dates_the_meeting_not_its_setting() -> None:
    text = (
        "Forum\n\nMINSK, 28 June 2024 (BelTA) – The forum closed today.\n\nOn Thursday, on the "
        "sidelines of the forum, the Head of State met with Valentina Matviyenko."
    )
    (meeting,) = [ev for ev in draft(text).events if ev.event_type == "meeting"]
    assert meeting.date.start == date(2024, 6, 27)


def _participants(text: str, event_type: str) -> set[str]:
    d = draft(text)
    return {
        actor
        for ev, people in zip(d.events, d.participants, strict=True)
        if ev.event_type == event_type
        for actor, *_ in people
    }


def test_the_two_presidents_are_the_last_two_presidents_named() -> None:
    text = (
        "Charter\n\nMOSCOW, May 23, 1997 (AFP) - Russian President Boris Yeltsin and Belarussian "
        "leader Alexander Lukashenko signed a charter on Friday.\n\nThe signing followed an hour "
        "of talks between the two presidents."
    )
    assert _participants(text, "meeting") == {"boris-yeltsin", "alexander-lukashenko"}


def test_who_told_reporters_takes_part_not_whom_they_spoke_about() -> None:
    text = LEAD + "Kremlin spokesman Dmitry Peskov told reporters that Putin would fly to Minsk."
    assert _participants(text, "press_event") == {"dmitry-peskov"}


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # an honorific is no one's name, and the clause's subject carries the participle
        (
            LEAD + "President Dmitry Medvedev spoke. In October, Mr. Medvedev devoted an entry "
            "to Mr. Lukashenko, accusing him of «hysterical» rhetoric.",
            "dmitry-medvedev",
        ),
        # the outlet that quotes a speaker is not the speaker
        (
            LEAD + "The Belarusian leader replied, as quoted by BelTA, that he had «nothing to "
            "apologise for».",
            "alexander-lukashenko",
        ),
        # an unnamed source introduced without a reporting verb stays unnamed
        (
            LEAD + "Kremlin spokeswoman Natalya Timakova said: «The duties will be lifted.» A "
            "source in the Russian delegation was blunter: «Minsk must pay.»",
            None,
        ),
    ],
)
def test_quoting_outlets_unnamed_sources_and_honorifics(text: str, speaker: str | None) -> None:
    quote = draft(text).quotes[-1]
    assert (quote.speaker.actor_id if quote.speaker else None) == speaker


@pytest.mark.parametrize(
    "sentence",
    [
        "State Secretary of the Union State Sergei Glazyev arrived in Minsk.",
        "He met the chairman of the Vitebsk Oblast Executive Committee.",
        "Defense Minister Viktor Khrenin told reporters about the drills.",
        "The document was signed at a session of the Supreme State Council in Minsk.",
    ],
)
def test_a_topic_word_inside_a_name_or_title_is_no_agenda_item(sentence: str) -> None:
    assert not draft(HEADLINE + "The talks were held. " + sentence).agenda


def test_a_topic_phrase_in_a_sentence_is_still_proposed() -> None:
    (phrase,) = [p for p, _ in draft(HEADLINE + "The presidents met and talked about gas.").agenda]
    assert (phrase.text, phrase.topic) == ("gas", "energy")


_REVIEW_CASES = {
    "spokesman headline": "Kremlin spokesman: Putin to host Lukashenko in Sochi\n\nMOSCOW, 14 June "
    "2019 (Reuters) – Vladimir Putin will host Alexander Lukashenko in Sochi next week, Dmitry "
    "Peskov told reporters on Friday.\n\n“Oil supplies will certainly be on the table,” the "
    "President said at a meeting with his ministers on Thursday.",
    "presidential hopeful": "Belarusian presidential hopeful says Putin will not interfere\n\n"
    "MOSCOW, 14 June 2020 (Reuters) – Viktar Babaryka, who hopes to challenge Alexander "
    "Lukashenko in August, said on Friday that Vladimir Putin had promised not to interfere.\n\n"
    "Asked about the election in Sochi on Saturday, the President said: “Belarus must decide "
    "for itself.”",
    "shared year": "Lukashenko in Moscow\n\nMOSCOW, 25 February 2008 (Reuters) – Alexander "
    "Lukashenko held talks in the Kremlin on Monday.\n\nThe Russian president praised Minsk "
    "after the talks. “Belarus is our closest ally,” he told reporters.",
    "surname alone": "Lukashenko and Putin discuss gas\n\nMINSK, 14 June 2009 (BelTA) – "
    "Belarusian Foreign Minister Makei met his Russian counterpart in Minsk on Friday.\n\n“We "
    "discussed gas transit and the Union State budget,” Makei said after the talks.",
    "speaking after talks": "Lukashenko says talks with Putin were useful\n\nMINSK, 14 June 2019 "
    "(Reuters) – Speaking to reporters after his talks with Vladimir Putin, Alexander Lukashenko "
    "said the oil dispute was settled.",
    "two leaders premiers": "Prime ministers meet in Minsk\n\nMINSK, 14 June 2019 (BelTA) – "
    "Alexander Lukashenko and Vladimir Putin instructed their governments in May to settle the "
    "oil dispute.\n\nOn Friday, the prime ministers of Belarus and Russia, Sergei Rumas and "
    "Dmitry Medvedev, held talks in Minsk. The two leaders signed a protocol on oil supplies.",
    "walked out": "Putin and Lukashenko meet\n\nMINSK, 14 June 2019 (BelTA) – The Sochi summit "
    "on Friday ended without a deal. Lukashenko walked out of the talks, which Russian officials "
    "could not explain.",
    "must be respected": "Lukashenko meets Putin\n\nMINSK, 14 June 2019 (BelTA) – Alexander "
    "Lukashenko met Vladimir Putin in Sochi on Friday.\n\nLukashenko said the 1999 union treaty "
    "must be respected by both sides.",
    "never cut": "Putin and Lukashenko talk\n\nMINSK, 14 June 2019 (BelTA) – Alexander "
    "Lukashenko said on Friday that Russia had never cut gas supplies to Belarus and would not "
    "do so now, after talks with Vladimir Putin.",
    "would break up": "Putin and Lukashenko talk\n\nMINSK, 14 June 2019 (BelTA) – Vladimir Putin "
    "warned on Friday that riot police would break up any unauthorised rally in Moscow during "
    "Lukashenko's visit next week.",
    "detained activist": "Putin and Lukashenko meet\n\nMINSK, 14 June 2019 (BelTA) – Alexander "
    "Lukashenko met Vladimir Putin in Sochi on Friday and asked him about the detained "
    "activist, the presidential press service said.",
    "news show": "Putin and Lukashenko to meet\n\nMOSCOW, 14 June 2019 (Reuters) – Dmitry "
    "Kiselyov said on his Sunday evening news show that Vladimir Putin would meet Alexander "
    "Lukashenko in Sochi.",
    "setting without comma": "Lukashenko meets Putin\n\nMINSK, 14 June 2019 (BelTA) – On 12 June "
    "on the sidelines of the Slavianski Bazaar festival Lukashenko met Putin.",
    "acronym": "Lukashenko and Putin meet\n\nMINSK, 14 June 2019 (BelTA) – Alexander Lukashenko "
    "and Vladimir Putin held talks in Sochi on Friday. Lukashenko told Putin EAEU partners must "
    "honour the common market rules.",
    "source at the end": "Lukashenko and Putin meet\n\nAlexander Lukashenko and Vladimir Putin "
    "held talks in Sochi on 14 June 2019, discussing oil supplies and gas prices.\n\nThe two "
    "presidents also agreed to meet again in St Petersburg in July. Source: BelTA",
}

# Regressions the review of the eleventh round found in its first version (each input the
# reviewer's; the old draft was right, or at least not wrong, on each).
_BY_THE_ELEVENTH_REVIEW = [
    # a headline's role sets the focal actor only when it names a president, as a whole word
    ("spokesman headline", lambda d: d.quotes[-1].speaker.actor_id == "vladimir-putin"),
    ("presidential hopeful", lambda d: d.quotes[-1].speaker.actor_id == "vladimir-putin"),
    # "the Russian president" in a year two presidents shared, neither named: no one
    ("shared year", lambda d: d.quotes[-1].speaker.actor_id is None),
    # a surname alone is no organisation
    ("surname alone", lambda d: "makei" not in d.new_actors),
    # a press event's speaker after its trigger still takes part
    (
        "speaking after talks",
        lambda d: (
            "alexander-lukashenko"
            in {
                a
                for ev, ps in zip(d.events, d.participants, strict=True)
                for a, *_ in ps
                if ev.event_type == "press_event"
            }
        ),
    ),
    # "the two leaders" after two premiers are not the presidents
    (
        "two leaders premiers",
        lambda d: (
            not any(
                d.participants[i] for i, ev in enumerate(d.events) if ev.event_type == "agreement"
            )
        ),
    ),
    # a relative clause with another subject says nothing of the talks
    ("walked out", lambda d: all(ev.status == "held" for ev in d.events)),
    # "must be respected" is no plan for the treaty
    ("must be respected", lambda d: all(ev.status == "held" for ev in d.events)),
    # negated, threatened and adjectival uses are no events
    ("never cut", lambda d: not any(ev.event_type == "other" for ev in d.events)),
    ("would break up", lambda d: not any(ev.event_type == "other" for ev in d.events)),
    ("detained activist", lambda d: not any(ev.event_type == "other" for ev in d.events)),
    # a programme's slot is no date
    ("news show", lambda d: all(ev.date.start is None for ev in d.events)),
    # the setting penalty applies to the setting's noun, not to the verb after it
    ("setting without comma", lambda d: d.events[-1].date.start == date(2019, 6, 12)),
    # an acronym after a name is a topic still
    ("acronym", lambda d: any("EAEU" in p.text for p, _ in d.agenda)),
    # a sentence ending in its source is news, not a caption
    ("source at the end", lambda d: not any(f.kind == "caption" for f in d.furniture)),
]


@pytest.mark.parametrize(
    "heading",
    [
        "Read Next",
        "More news in this category",
        "Other news on the topic:",
        "Recommended Stories",
        "DW RECOMMENDS",
        "Further reading",
        "Also read",
        "More:",
        "Other materials in «Politics»:",
    ],
)
def test_a_list_of_other_stories_under_its_heading_is_furniture(heading: str) -> None:
    text = (
        "Putin and Lukashenko meet\n\nMINSK, 14 June 2019 (BelTA) – The presidents met in Sochi "
        f"on Friday.\n\n{heading}\nLukashenko to visit Moscow next week\n13 June 2019"
    )
    d = draft(text)
    assert [f.kind for f in d.furniture] == ["related_list"]
    assert not any("visit" in m.text for ev in d.events for m in ev.mentions)


@pytest.mark.parametrize(
    "line",
    [
        "May 31, 2012 | Issue 4897",
        "18:41 | 27/ 11/ 2007",
        "2 June 2014 | Yauhen Kryvanosau",
        "By Euronews with AP, AFP, Reuters • Updated: 28/05/2021 - 19:45",
        "6 DEC 2024, 16:12",
        "news.example.by   2019-12-07 18:02:45   Editor: Anna Petrova",
        "SOCHI Sat Dec 7, 2019 6:05pm EST",
        "ST PETERSBURG Mon Apr 3, 2017 11:20am EDT",
    ],
)
def test_a_date_line_under_the_headline_in_more_layouts(line: str) -> None:
    text = f"Putin hosts Lukashenko in Sochi\n\n{line}\n\nThe presidents met on Friday."
    assert draft(text).header.published is not None


def test_a_headline_in_capitals_over_a_date_stays_the_headline() -> None:
    text = "TALKS COLLAPSE IN MINSK 14 June 2014 12:00\n\nThe talks collapsed on Monday."
    assert draft(text).header.title.text.startswith("TALKS COLLAPSE")


def test_a_ceo_title_is_no_part_of_a_proposed_name() -> None:
    text = LEAD + 'Gazprom CEO Alexei Miller told reporters: "We had no choice."'
    assert draft(text).quotes[-1].speaker.actor_id == "alexei-miller"


def test_a_yearless_date_line_with_a_weekday_above_a_byline_is_the_stories_date() -> None:
    text = (
        "Russia, Belarus sign pact\n\nWednesday, April 3\n\nBy DANIEL HARWOOD\n\nMOSCOW — "
        "The presidents signed a treaty on Tuesday."
    )
    assert draft(text).header.partial == "--04-03"


@pytest.mark.parametrize(
    ("sentence", "status"),
    [
        ("Sidorsky is due in Moscow on Wednesday for talks with Putin.", "scheduled"),
    ],
)
def test_a_present_due_in_is_a_plan(sentence: str, status: str) -> None:
    assert draft(HEADLINE + sentence).events[-1].status == status


@pytest.mark.parametrize(
    ("phrase", "start"),
    [("in February last year", date(2004, 2, 1)), ("on 6 December next year", date(2006, 12, 6))],
)
def test_a_month_last_or_next_year_counts_from_the_publication_year(phrase: str, start) -> None:
    (expr,) = find_dates(f"Gazprom cut off gas {phrase}.")
    assert resolve(expr, date(2005, 9, 15)).start == start


_REVIEW_CASES |= {
    "archive date credit": "Union State at twenty\n\n8 December 1999 | Kremlin Press Service\n\n"
    "MINSK, 8 December 2019 (BelTA) – Twenty years ago Boris Yeltsin and Alexander Lukashenko "
    "signed the Union State treaty in the Kremlin.",
    "headline opening with By": "By the numbers: Union State trade | 14 June 2019\n\nMINSK – The "
    "presidents met in Sochi on Friday and discussed gas prices.",
    "timeline entry": "How the Russia-Belarus oil dispute unfolded\n\nMINSK, Jan 10 (Reuters) - "
    "Russia and Belarus ended their oil dispute on Wednesday after Lukashenko and Putin spoke by "
    "telephone. Here is how the dispute unfolded.\n\nWednesday, January 3\n\nBy Wednesday "
    "evening, Belarus had imposed a transit duty on Russian oil.",
    "was due in": "Talks\n\nMOSCOW, 27 November 2007 (Reuters) – Lukashenko, who was due in Moscow "
    "on Monday, arrived on Tuesday and met Putin in the Kremlin.",
    "spoke about before": "Talks\n\nMINSK, 14 June 2019 (BelTA) – After Lukashenko spoke about "
    "the oil dispute, Putin said the issue was “technical”.",
    "outlet opening": "Talks\n\nMINSK, 14 June 2019 (Reuters) – Reuters, citing two government "
    "sources, said last week that Minsk wanted the money “as soon as possible”.\n\nOur "
    "Standards: The Thomson Reuters Trust Principles.",
    "hopes to host": "Talks\n\nMINSK, 14 June 2019 (BelTA) – They attended the Supreme State "
    "Council meeting, which Minsk also hopes to host next time.",
    "analyst paragraph": "Talks\n\nMINSK, 14 June 2019 (BelTA) – The presidents met on Friday."
    "\n\nArtyom Shraibman is a Minsk-based political analyst.\n\n“Nothing changed,” he said.",
}

# Regressions the review of the twelfth round found in its first version (the reviewer's input)
_BY_THE_TWELFTH_REVIEW = [
    ("archive date credit", lambda d: d.header.published == date(2019, 12, 8)),
    ("headline opening with By", lambda d: d.header.title.text.startswith("By the numbers")),
    ("timeline entry", lambda d: d.header.partial == "--01-10"),
    ("was due in", lambda d: all(ev.status == "held" for ev in d.events)),
    ("spoke about before", lambda d: d.quotes[-1].speaker.actor_id == "vladimir-putin"),
    ("outlet opening", lambda d: "thomson-reuters" not in d.new_actors),
    ("hopes to host", lambda d: all(ev.status == "held" for ev in d.events)),
    ("analyst paragraph", lambda d: not [f for f in d.furniture if f.kind == "byline"]),
]


def test_an_event_several_days_before_a_dated_visit_lies_in_its_month() -> None:
    text = (
        "Putin to visit Minsk\n\nMINSK, 28 May 2012 (BelTA) – Putin will pay an official visit "
        "to Minsk on 31 May.\n\nSeveral days before the Russian president's visit, Lukashenko "
        "held a meeting with Foreign Minister Sergei Martynov."
    )
    meeting = next(ev for ev in draft(text).events if ev.status == "held")
    assert (meeting.date.start, meeting.date.precision, meeting.date.inferred) == (
        date(2012, 5, 1),
        "month",
        True,
    )


def test_a_month_abbreviation_in_capitals_is_a_month_only_before_a_number() -> None:
    assert [e.month for e in find_dates("6 DEC 2024, 16:12")] == [12]
    assert find_dates("NATO OCT GROUP MEETS") == []


_REVIEW_CASES |= {
    "IMF recommends": "Talks\n\nMINSK, 14 June 2019 (BelTA) – The presidents met.\n\nIMF "
    "recommends:\n- raising utility tariffs\n- cutting state subsidies\n\nLukashenko rejected "
    'the advice.\n\n"We will not do it," Lukashenko said.\n\nPutin will visit Minsk in July.',
    "ampersand headline": "Putin & Lukashenko meet\n\nMINSK, 14 June 2019 (BelTA) – Belarusian "
    "President Alexander Lukashenko met with Russian President Vladimir Putin in Minsk on "
    "Friday to discuss gas prices.",
    "last modified on the eve": "Talks\n\nMINSK, 14 June 2019 (BelTA) – The presidents met.\n\n"
    "Last modified on the eve of the summit, the treaty text was sent to Moscow.",
    "SEPT 11": "Presidents meet in Minsk\n\nMINSK, 14 June 2019 (BelTA) – Putin and Lukashenko "
    "met in Minsk. At the meeting Putin recalled the SEPT 11 attacks on the United States.",
}

# Regressions the review of the thirteenth round found in its first version (the reviewer's input)
_BY_THE_THIRTEENTH_REVIEW = [
    ("IMF recommends", lambda d: not [f for f in d.furniture if f.kind == "related_list"]),
    ("ampersand headline", lambda d: d.header.title.text == "Putin & Lukashenko meet"),
    ("last modified on the eve", lambda d: not [f for f in d.furniture if f.kind == "timestamp"]),
    ("SEPT 11", lambda d: d.events[0].date.start == date(2019, 6, 14)),
]


@pytest.mark.parametrize(
    ("case", "holds"), _BY_THE_ELEVENTH_REVIEW + _BY_THE_TWELFTH_REVIEW + _BY_THE_THIRTEENTH_REVIEW
)
def test_what_the_reviews_of_the_eleventh_to_thirteenth_rounds_found(case: str, holds) -> None:
    assert holds(draft(_REVIEW_CASES[case]))


# Fourteenth round (from retired sets 31 and 32)


def test_a_bare_weekday_after_a_verb_in_a_wire_lead_is_the_dispatch_day() -> None:
    text = (
        "Cabinet reshuffle\n\nMINSK, Belarus, March 5 (UPI) -- President Alexander Lukashenko "
        "returned from Moscow Thursday and dismissed two ministers.\n\nA visit to Minsk by "
        "Russian President Boris Yeltsin, set for Saturday, was called off."
    )
    visit = next(ev for ev in draft(text).events if ev.status == "cancelled")
    assert visit.date.partial == "--03-07"


def test_a_weekday_after_on_late_or_a_plan_is_not_the_wire_leads_bare_weekday() -> None:
    text = (
        "Talks end\n\nMOSCOW, Dec 26 (Reuters) - Talks between Putin and Lukashenko ended late "
        "on Tuesday, and the two men are due to meet again on Saturday, the Kremlin said.\n\n"
        'Peskov told reporters on Wednesday: "We will keep working."'
    )
    talks = next(ev for ev in draft(text).events if ev.status == "held")
    assert talks.date.partial == "--12-25"


def test_talks_officials_expect_to_begin_are_scheduled_and_dated_ahead() -> None:
    text = (
        "Gas talks\n\nMINSK, June 7, 2008 (Reuters) - The presidents met in Minsk on Friday.\n\n"
        "Officials in Minsk expect talks on the 2009 price to begin in the autumn."
    )
    talks = draft(text).events[-1]
    assert (talks.status, talks.date.start) == ("scheduled", date(2008, 9, 1))


@pytest.mark.parametrize(
    ("phrase", "start", "precision"),
    [
        ("two years ago", date(2020, 1, 1), "year"),
        ("Thirty years ago", date(1992, 1, 1), "year"),
        ("30 years since", date(1992, 1, 1), "year"),
        ("April two years ago", date(2020, 4, 1), "month"),
    ],
)
def test_years_ago_count_back_from_the_publication_year(
    phrase: str, start: date, precision: str
) -> None:
    (expr,) = find_dates(f"It happened {phrase} the treaty was signed.")
    resolved = resolve(expr, date(2022, 5, 16))
    assert (resolved.start, resolved.precision, resolved.inferred) == (start, precision, True)


@pytest.mark.parametrize(
    "sentence", ["They first met more than 20 years ago.", "More than 20 years ago they met."]
)
def test_more_than_some_years_ago_is_no_date(sentence: str) -> None:
    assert find_dates(sentence) == []


def test_n_years_since_dates_the_event_right_after_it() -> None:
    text = (
        "Union anniversary marked in Minsk today\n\nMINSK, April 2, 2026 (BelTA) - It is 30 "
        "years since they signed the treaty on the Community of Belarus and Russia."
    )
    (treaty,) = draft(text).events
    assert (treaty.date.start, treaty.date.precision) == (date(1996, 1, 1), "year")


def test_a_labelled_page_date_under_a_photo_credit_is_no_caption() -> None:
    text = (
        "Putin hosts Lukashenko in Sochi as West punishes Belarus\n\nPutin and Lukashenko in "
        "Sochi [Sergei Ilyin/AP]\nUpdated: Friday, May 28, 2021\n\nPutin welcomed Lukashenko."
    )
    assert [f.kind for f in find_furniture(text)] == ["caption", "photo_credit"]


def test_when_the_presidents_last_met_is_another_meeting_than_the_dispatchs() -> None:
    text = (
        "Presidents talk gas\n\nMINSK, June 21, 2003 (Interfax) - Putin and Lukashenko held "
        "talks at Zavidovo.\n\nThe talks focused on gas.\n\nPutin and Lukashenko last met at "
        "the end of May in St. Petersburg."
    )
    meetings = [ev for ev in draft(text).events if ev.event_type == "meeting"]
    assert [ev.date.start for ev in meetings] == [date(2003, 6, 21), date(2003, 5, 1)]


@pytest.mark.parametrize(
    ("sentence", "event_type"),
    [
        ("Belarusians go to the polls on December 19.", "other"),
        ("Gazprom briefly turned off the taps to Belarus in February.", "other"),
        ("Addressing the nation on Wednesday evening, Lukashenko attacked Moscow.", "press_event"),
        ("The loan could be signed in mid-May.", "agreement"),
        ("The programme had been expected to be signed on 8 December.", "agreement"),
        ("In April in St Petersburg we sat down with Putin.", "meeting"),
        ("The ambassador conveyed greetings from Putin.", "message"),
        ("Another rally has been called for Sunday.", "other"),
        ("The police crackdown on protesters drew Western sanctions.", "other"),
        ("On the same day Belarusians elect a new parliament.", "other"),
    ],
)
def test_happenings_named_by_a_verb_phrase_are_events(sentence: str, event_type: str) -> None:
    text = f"Minsk news\n\nMINSK, March 2, 2010 (BelTA) – {sentence}"
    assert [ev.event_type for ev in draft(text).events] == [event_type]


def test_a_date_in_what_was_told_dates_neither_the_telling_nor_what_came_before() -> None:
    text = (
        "Oil deal\n\nMINSK, 3 March 2015 (BelTA) – Following the talks, Lukashenko told "
        "journalists that the sides had agreed on oil deliveries this year."
    )
    assert [ev.date.start for ev in draft(text).events] == [None, None]


def test_an_election_being_prepared_lies_ahead_into_the_next_year() -> None:
    text = (
        "Union treaty\n\nMINSK, 6 December 2024 (AP) – In Belarus, the Central Election "
        "Commission is preparing the 26 January presidential election."
    )
    (election,) = draft(text).events
    assert (election.status, election.date.start) == ("scheduled", date(2025, 1, 26))


def test_a_telling_afterwards_takes_the_day_of_the_event_before_it() -> None:
    text = (
        "Lukashenko and Putin meet in Minsk\n\nMOSCOW, June 7, 2008 (Reuters) - The two "
        "presidents met on June 6 in St. Petersburg.\n\nThey discussed gas prices and a "
        "loan.\n\nSpeaking to reporters afterward, Lukashenko called the talks frank."
    )
    telling = next(ev for ev in draft(text).events if ev.event_type == "press_event")
    assert telling.date.start == date(2008, 6, 6)


def test_a_telling_two_days_later_is_not_dated_by_the_event_before_it() -> None:
    text = (
        "Lukashenko and Putin meet in Minsk\n\nMOSCOW, June 9, 2008 (Reuters) - The two "
        "presidents met on June 6 in St. Petersburg.\n\nThey discussed gas prices and a "
        "loan.\n\nSpeaking to reporters two days later, Lukashenko called the talks frank."
    )
    telling = next(ev for ev in draft(text).events if ev.event_type == "press_event")
    assert telling.date.start != date(2008, 6, 6)


# Regressions the review of the fourteenth round found in its first version (the reviewer's
# input): year-less leads, then dispatches of 2 April 2016, 7 June 2008 and 7 June 2008 (Sochi)
_YEARLESS = "Belarus and Russia in gas row\n\nMINSK, June 7 (Reuters) - "
_PREMIERS = "\n\nOn Tuesday, the prime ministers met in Minsk."
_SOCHI_2016 = (
    "Putin and Lukashenko hold talks in Sochi\n\nSOCHI, Russia, April 2, 2016 (Reuters) - "
)
_MINSK_2008 = "Belarus and Russia in gas row\n\nMINSK, June 7, 2008 (Reuters) - "
_SOCHI_2008 = "Putin and Lukashenko hold talks in Sochi\n\nSOCHI, Russia, June 7, 2008 (Reuters) - "
_REVIEW_CASES |= {
    "may meet Friday": _YEARLESS + "Putin and Lukashenko may meet Friday in Sochi to settle the "
    "gas dispute, a Kremlin source said." + _PREMIERS,
    "as early as Monday": _YEARLESS + "Russia could cut gas supplies to Belarus as early as "
    "Monday, Gazprom warned." + _PREMIERS,
    "a Sunday referendum": _YEARLESS + "Belarusians voted overwhelmingly in a Sunday referendum "
    "to let Lukashenko run again." + _PREMIERS,
    "arrives Friday": _YEARLESS + "Putin arrives in Minsk Friday for a summit with Lukashenko "
    "on the union state." + _PREMIERS,
    "who first met 16 years ago": _SOCHI_2016 + "Lukashenko, who first met Putin 16 years ago, "
    "held talks with the Russian leader in Sochi.",
    "a deal struck five years ago": _SOCHI_2016 + "Russia and Belarus signed a new oil "
    "agreement that replaces a deal struck five years ago.",
    "twenty-one years ago": _SOCHI_2016 + "Putin and Lukashenko held talks in Sochi on the union "
    "they created twenty-one years ago.",
    "expects prices to start falling": _MINSK_2008 + "After the talks in Moscow on Friday, Minsk "
    "expects prices to start falling.",
    "signed into law": _MINSK_2008 + "Lukashenko met Putin in Sochi on Friday. The bill will be "
    "signed into law next week.",
    "the nation's energy needs": _MINSK_2008 + "Putin and Lukashenko met on Friday to address "
    "the nation's energy needs.",
    "talks that lasted": _MINSK_2008 + "Lukashenko told reporters after talks that lasted five "
    "hours in Sochi on Friday that the gas dispute was over.",
    "at last met": _SOCHI_2008 + "After months of wrangling, the two presidents at last met in "
    "Sochi on Friday.",
    "whom he last met in April": _SOCHI_2008 + "Putin met Lukashenko, whom he last met in April, "
    "in Sochi on Friday.",
    "a treaty in between": _SOCHI_2008 + "Putin and Lukashenko held talks in Sochi on Friday on "
    "the 1999 union treaty.\n\nThe treaty, signed on Dec. 8, 1999, envisages a single "
    "currency.\n\nSpeaking to reporters afterwards, Lukashenko said progress had been made.",
    "a week later": _SOCHI_2008 + "Putin and Lukashenko met in Sochi on May 20.\n\nA week later, "
    "Lukashenko told reporters the talks went well.",
}


def _dates_of(d: Draft, kind: str) -> list:
    return [ev.date.start or ev.date.partial for ev in d.events if ev.event_type == kind]


_FRIDAY_2008 = date(2008, 6, 6)
_BY_THE_FOURTEENTH_REVIEW = [
    ("may meet Friday", lambda d: _dates_of(d, "meeting")[-1] is None),
    ("as early as Monday", lambda d: _dates_of(d, "meeting")[-1] is None),
    ("a Sunday referendum", lambda d: _dates_of(d, "meeting")[-1] is None),
    ("arrives Friday", lambda d: _dates_of(d, "meeting")[-1] is None),
    ("who first met 16 years ago", lambda d: date(2016, 4, 2) in _dates_of(d, "meeting")),
    ("a deal struck five years ago", lambda d: _dates_of(d, "agreement") == [date(2016, 4, 2)]),
    ("twenty-one years ago", lambda d: _dates_of(d, "meeting") == [date(2016, 4, 2)]),
    ("expects prices to start falling", lambda d: [ev.status for ev in d.events] == ["held"]),
    ("signed into law", lambda d: not _dates_of(d, "agreement")),
    ("the nation's energy needs", lambda d: not _dates_of(d, "press_event")),
    ("talks that lasted", lambda d: _FRIDAY_2008 in _dates_of(d, "meeting")),
    ("at last met", lambda d: _dates_of(d, "meeting") == [_FRIDAY_2008]),
    ("whom he last met in April", lambda d: _dates_of(d, "meeting")[0] == _FRIDAY_2008),
    ("a treaty in between", lambda d: _dates_of(d, "press_event") == [_FRIDAY_2008]),
    ("a week later", lambda d: _dates_of(d, "press_event") != [date(2008, 5, 20)]),
]


@pytest.mark.parametrize(("case", "holds"), _BY_THE_FOURTEENTH_REVIEW)
def test_what_the_review_of_the_fourteenth_round_found(case: str, holds) -> None:
    assert holds(draft(_REVIEW_CASES[case]))


def test_without_a_recognised_headline_the_draft_proposes_the_first_line_outside_furniture() -> (
    None
):
    text = (
        "- Home\n- News\n\nMinsk talks end without a deal\n\nMINSK, June 7, 2008 (Reuters) - "
        "Putin met Lukashenko."
    )
    found = draft(text)
    assert {f.kind for f in found.furniture} == {"navigation"}
    headless = replace(found, header=replace(found.header, title=None))
    assert headless.to_curation("dsp-0000000000000000", set())["title"] == {
        "text": "Minsk talks end without a deal"
    }


# Fifteenth round (from retired sets 33 and 34)


def test_a_noun_phrase_set_off_after_an_event_gives_it_no_tense() -> None:
    text = (
        "Union plans\n\nMINSK, June 15, 2000 (Reuters) - A session of its Supreme State Council, "
        "the body made up of the two presidents and prime ministers, is to take place in the "
        "autumn."
    )
    (session,) = draft(text).events
    assert (session.status, session.date.start) == ("scheduled", date(2000, 9, 1))


def test_exercises_that_got_under_way_were_held() -> None:
    text = (
        "Drills begin in Belarus and Russia\n\nMOSCOW, September 10, 2021 (AP) - The Zapad-2021 "
        "joint military exercises got under way on Friday in both countries."
    )
    (exercises,) = draft(text).events
    assert (exercises.status, exercises.date.start) == ("held", date(2021, 9, 10))


def test_a_trip_that_has_been_canceled_is_cancelled() -> None:
    text = (
        "Lukashenko stays home\n\nMINSK, April 2, 2026 (BelTA) - Lukashenko was due to travel to "
        "St. Petersburg on Friday for an informal meeting with Mishustin, but the trip has been "
        "canceled, his press office said."
    )
    assert "cancelled" in [ev.status for ev in draft(text).events if ev.event_type == "visit"]


def test_the_year_a_commodity_is_paid_for_does_not_date_the_talks() -> None:
    text = (
        "Putin and Lukashenko discuss gas in Sochi\n\nSOCHI, November 24, 2006 (Itar-Tass) -- "
        "Putin and Lukashenko met in Sochi on Friday for talks that focused on the price Belarus "
        "will pay for Russian natural gas next year."
    )
    (talks,) = draft(text).events
    assert (talks.status, talks.date.start) == ("held", date(2006, 11, 24))


@pytest.mark.parametrize("honorific", ["Mr.", "Dr.", "Gen."])
def test_an_honorific_with_a_full_stop_does_not_end_the_attribution(honorific: str) -> None:
    text = (
        "Talks in Minsk end in agreement\n\nMINSK, June 15, 2000 (Reuters) - Putin met "
        f'Lukashenka.\n\n"We have a lot of work to do," {honorific} Lukashenka told reporters '
        "before the talks."
    )
    (quote,) = draft(text).quotes
    assert quote.speaker is not None and quote.speaker.actor_id == "alexander-lukashenko"


def test_a_yearless_weekday_date_line_above_a_byline_with_a_place_is_the_page_date() -> None:
    text = (
        "THE INDEPENDENT | World | Europe\n\nYeltsin signs union charter in the Kremlin\n\n"
        "Friday 2 April\n\nBy John Smith in Moscow\n\nBoris Yeltsin yesterday signed a treaty "
        "with Belarus."
    )
    assert draft(text).header.partial == "--04-02"


# Regressions the review of the fifteenth round found in its first version (the reviewer's
# input), under a dateline of Saturday 7 June 2008
_JUNE_2008 = "Belarus and Russia officials comment on relations\n\nMINSK, June 7, 2008 (Reuters) - "
_REVIEW_CASES |= {
    "talks on oil last month": _JUNE_2008 + "Semashko held talks in Moscow on oil last month.",
    "a meeting scheduled for June 20": _JUNE_2008 + "The summit, a long-awaited meeting "
    "scheduled for June 20, has been overshadowed by the gas dispute.",
    "preparations are under way": _JUNE_2008 + "Preparations for the summit are under way, a "
    "Kremlin spokesman said.",
    "NATO drills": _JUNE_2008 + "Belarus and Russia will hold joint military exercises in "
    "September.\n\nMinsk says the exercises are defensive and a response to NATO drills in the "
    "Baltic states.",
    "a trip delayed by fog": _JUNE_2008 + "Lukashenko arrived in Moscow on Friday for talks with "
    "Putin. His trip was delayed by three hours because of fog.",
    "through last week": _JUNE_2008 + "Gas talks in Moscow continued through last week without "
    "a deal.",
    "sat down with journalists": _JUNE_2008 + "Lukashenko sat down with Russian journalists on "
    "Friday for a three-hour interview.",
    "a rally in bond markets": _JUNE_2008 + "A rally in bond markets followed the announcement "
    "of the Russian loan.",
    "a crackdown on smuggling": _JUNE_2008 + "Belarus announced a crackdown on smuggling along "
    "the Russian border.",
}

_BY_THE_FIFTEENTH_REVIEW = [
    ("talks on oil last month", lambda d: _dates_of(d, "meeting") == [date(2008, 5, 1)]),
    ("a meeting scheduled for June 20", lambda d: {ev.status for ev in d.events} == {"scheduled"}),
    ("preparations are under way", lambda d: [ev.status for ev in d.events] == ["scheduled"]),
    ("NATO drills", lambda d: len([ev for ev in d.events if ev.event_type == "other"]) == 2),
    ("a trip delayed by fog", lambda d: [ev.status for ev in d.events] == ["held"]),
    ("through last week", lambda d: _dates_of(d, "meeting") == [date(2008, 5, 26)]),
    ("sat down with journalists", lambda d: [ev.event_type for ev in d.events] == ["press_event"]),
    ("a rally in bond markets", lambda d: d.events == []),
    ("a crackdown on smuggling", lambda d: d.events == []),
]


@pytest.mark.parametrize(("case", "holds"), _BY_THE_FIFTEENTH_REVIEW)
def test_what_the_review_of_the_fifteenth_round_found(case: str, holds) -> None:
    assert holds(draft(_REVIEW_CASES[case]))


# Sixteenth round (from retired sets 35 and 36)


def test_armed_forces_are_no_tense_of_the_exercises_planned_for_september() -> None:
    text = (
        "Union State exercises discussed by presidents\n\nMINSK, 19 June 2026 (BelTA) - The joint "
        "exercises of the Belarusian and Russian armed forces planned for September will be "
        "strictly defensive in nature."
    )
    exercises = draft(text).events[-1]
    assert (exercises.status, exercises.date.start) == ("scheduled", date(2026, 9, 1))


@pytest.mark.parametrize(
    ("sentence", "event_type"),
    [
        (
            "He told Belarusian journalists in Minsk on Wednesday that the row was over.",
            "press_event",
        ),
        ("The ceasefire protocol signed in Minsk in September has not held.", "agreement"),
    ],
)
def test_more_tellings_and_instruments_are_events(sentence: str, event_type: str) -> None:
    text = f"Minsk news of the day\n\nMINSK, March 2, 2015 (BelTA) – {sentence}"
    assert [ev.event_type for ev in draft(text).events] == [event_type]


def test_a_possessive_is_no_surname_of_a_new_person_from_a_title_case_headline() -> None:
    text = (
        "Belarus: Lukashenka Rebuffs Putin's Offer Of Full Merger\n\nMINSK, 16 August 2002 "
        "(RFE/RL) -- Lukashenka today rejected the proposals.\n\nPutin's offer followed remarks "
        "he made at a news conference in June, when he said the two countries should stop mixing "
        '"flies and cutlets" and decide what union they want.'
    )
    assert draft(text).new_actors == {}  # not "Rebuffs Putin's"


def test_the_head_of_state_is_the_president_the_body_names_not_its_first_person() -> None:
    text = (
        "Supreme State Council session postponed as Minsk and Moscow fail to settle oil duties "
        "dispute\n\nMINSK, 2 June 2010 (BelTA) - The session has been postponed. Deputy Prime "
        "Minister Vladimir Semashko held talks with Igor Sechin in Moscow on Tuesday.\n\nSpeaking "
        "at a meeting on oil supplies, Belarus President Alexander Lukashenko reiterated that the "
        'Customs Union should work without exemptions.\n\n"If we are creating a customs union, '
        'there should be no duties inside it," the head of state said.'
    )
    (quote,) = draft(text).quotes
    assert quote.speaker is not None and quote.speaker.actor_id == "alexander-lukashenko"


def test_a_menu_of_one_item_per_line_is_navigation_and_its_date_line_is_the_page_date() -> None:
    text = (
        "Skip links\nSkip to Content\nNavigation menu\nNews\nMiddle East\nAfrica\nAsia\nEurope\n"
        "Features\nOpinion\n\nPutin hosts Lukashenko in Sochi as West punishes Belarus\n\n"
        "Putin and Lukashenko in Sochi [Sergei Ilyin/AP]\nPublished On 28 May 2021\n\n"
        "Russian President Vladimir Putin has welcomed Lukashenko to Sochi."
    )
    found = draft(text)
    assert found.header.published == date(2021, 5, 28)
    assert found.header.title.text == "Putin hosts Lukashenko in Sochi as West punishes Belarus"


# Regressions the review of the sixteenth round found in its first version (the reviewer's
# dispatches)
_REVIEW_CASES |= {
    "expanded the talks on Friday": (
        "Putin and Lukashenko widen Sochi talks\n\nSOCHI, Russia, Aug 15, 2009 (Reuters) - "
        "Putin and Lukashenko expanded the talks in Sochi on Friday to include defence "
        "ministers, ahead of next month's summit in Moscow."
    ),
    "detained protesters late on Sunday": (
        "Police round up protesters after Minsk vote\n\nMINSK, Dec 20, 2010 (Reuters) - Riot "
        "police detained hundreds of protesters at a rally in Minsk late on Sunday, hours "
        "before the results of the vote would be announced."
    ),
    "Lukashenko's remarks, he said": (
        "Medvedev hits back at Minsk over criticism\n\nMOSCOW, Feb 3, 2012 (Reuters) - Russian "
        "President Dmitry Medvedev rejected criticism from Minsk on Friday.\n\nLukashenko's "
        'remarks were unworthy of an ally, he said. "We will not be blackmailed by anyone," '
        "he added."
    ),
    "Putin's envoy, officials said": (
        "Talks on oil duties end without result\n\nMINSK, Feb 3, 2012 (Reuters) - Talks "
        "between Belarus and Russia on oil duties ended without agreement on "
        "Friday.\n\nPutin's envoy left Minsk empty-handed, officials said. \"There is nothing "
        'to sign," he said before boarding his plane.'
    ),
    "the press service in a MOSCOW dispatch": (
        "Kremlin says no date set for summit with Minsk\n\nMOSCOW, Feb 3, 2012 (Reuters) - "
        "Kremlin spokesman Dmitry Peskov said on Friday that no date had been set for a "
        'meeting between Alexander Lukashenko and Vladimir Putin.\n\n"The presidents will '
        'meet when the documents are ready," the press service said in a statement.'
    ),
    "a short headline after a menu": (
        "Home\nNews\nWorld\nEurope\nRussia\nBelarus\nAnalysis\nMinsk balancing act\nBy Andrei "
        "Makhovsky\n\nMINSK, June 7, 2008 (Reuters) - Belarus and Russia failed on Saturday to "
        "settle a dispute over gas prices after talks in Minsk, officials said."
    ),
    "announced that at Thursday's meeting": (
        "Belarus says oil deal within reach\n\nMINSK, Feb 3, 2012 (Reuters) - Belarusian Prime "
        "Minister Mikhail Myasnikovich announced that at Thursday's meeting with Medvedev in "
        "Moscow the sides could not agree on oil duties, and would meet again later this month."
    ),
}

_BY_THE_SIXTEENTH_REVIEW = [
    (
        "expanded the talks on Friday",
        lambda d: (d.events[0].status, d.events[0].date.start) == ("held", date(2009, 8, 14)),
    ),
    ("detained protesters late on Sunday", lambda d: d.events[0].status == "held"),
    ("Lukashenko's remarks, he said", lambda d: d.quotes[0].speaker.actor_id == "dmitry-medvedev"),
    (
        "Putin's envoy, officials said",
        lambda d: d.quotes[0].speaker is None or d.quotes[0].speaker.actor_id is None,
    ),
    (
        "the press service in a MOSCOW dispatch",
        lambda d: d.quotes[0].speaker.actor_id == "kremlin-press-service",
    ),
    ("a short headline after a menu", lambda d: d.header.title.text == "Minsk balancing act"),
    ("announced that at Thursday's meeting", lambda d: d.events[0].status == "held"),
]


@pytest.mark.parametrize(("case", "holds"), _BY_THE_SIXTEENTH_REVIEW)
def test_what_the_review_of_the_sixteenth_round_found(case: str, holds) -> None:
    assert holds(draft(_REVIEW_CASES[case]))


def test_a_menu_of_one_item_per_line_is_one_navigation_span() -> None:
    text = (
        "Navigation menu\nNews\nMiddle East\nAfrica\n\nPutin hosts Lukashenko in Sochi as West "
        "punishes Belarus\n\nRussian President Vladimir Putin has welcomed Lukashenko to Sochi."
    )
    assert [f.text for f in find_furniture(text)] == ["Navigation menu\nNews\nMiddle East\nAfrica"]


def test_a_date_of_another_clause_does_not_date_an_event_its_own_clause_dates() -> None:
    text = (
        "Presidents meet in Sochi\n\nSOCHI, March 3, 2018 (Reuters) - The presidents agreed that "
        "the next Forum of Regions will open in Grodno in the autumn, and looked at exports, "
        "which fell last year."
    )
    forum = next(ev for ev in draft(text).events if ev.event_type == "forum")
    assert (forum.status, forum.date.start) == ("scheduled", date(2018, 9, 1))


@pytest.mark.parametrize(
    ("verb", "status"),
    [
        ("is to be finished", "scheduled"),
        ("will be finished", "scheduled"),
        ("is expected to be finished", "scheduled"),
        ("will soon be finished", "scheduled"),
        ("was finished", "held"),
        ("the first bridge to be finished", "held"),
    ],
)
def test_a_participle_after_a_planned_be_takes_the_plans_tense(verb: str, status: str) -> None:
    text = f"Officials said the work {verb} by 1 July."
    (when,) = find_dates(text)
    assert status_around(text, sentences(text)[0], [], when) == status


def test_today_is_no_date_of_the_events_own_clause_against_a_stated_one() -> None:
    text = (
        "Presidents meet in Minsk\n\nMINSK, 14 June 2009 (BelTA) – Lukashenko said today that "
        "the next summit will be in Sochi, and it will open on 20 December."
    )
    summit = next(ev for ev in draft(text).events if ev.event_type == "summit")
    assert (summit.status, summit.date.start) == ("scheduled", date(2009, 12, 20))


def test_a_date_far_before_its_event_in_the_same_clause_still_dates_it() -> None:
    text = (
        "Treaty signed\n\nMOSCOW, December 9, 1999 (Reuters) - On 8 December 1999, at a ceremony "
        "in the Kremlin attended by both prime ministers, the presidents signed the treaty in the "
        "morning of that December."
    )
    treaty = next(ev for ev in draft(text).events if ev.event_type == "agreement")
    assert treaty.date.start == date(1999, 12, 8)


_OPENING = (
    "Putin and Lukashenko meet in Sochi\n\n8 December 2019\n\nVladimir Putin and Alexander "
    "Lukashenko talked for over five hours in Sochi {when} but did not settle the oil dispute. "
    "The meeting ended late in the evening."
)


def test_the_day_the_opening_states_dates_its_undated_event() -> None:
    text = _OPENING.format(when="on Saturday")
    meeting = next(ev for ev in draft(text).events if ev.event_type == "meeting")
    assert str(meeting.date.start) == "2019-12-07" and meeting.date.inferred


@pytest.mark.parametrize(
    "when",
    [
        "on Friday and on Saturday",  # two days: which is the meeting's?
        "after Sunday's election",  # another event's day
        "days after it said on Friday",  # a saying's day
        "as the oil price is due to be settled on Friday,",  # a plan's day
    ],
)
def test_an_opening_without_one_day_of_its_own_leaves_the_dispatch_day(when: str) -> None:
    meeting = next(
        ev for ev in draft(_OPENING.format(when=when)).events if ev.event_type == "meeting"
    )
    assert str(meeting.date.start) == "2019-12-08"


@pytest.mark.parametrize(
    "second",
    [
        "On Friday, Minsk had threatened to cut oil transit to Europe.",
        "Protesters rallied in Minsk on Saturday against deeper integration.",
    ],
)
def test_a_day_the_second_sentence_gives_something_else_does_not_date_the_lead_event(
    second: str,
) -> None:
    text = (
        "Putin and Lukashenko meet in Sochi\n\n8 December 2019\n\nVladimir Putin and Alexander "
        f"Lukashenko met in Sochi but did not settle the oil dispute. {second}"
    )
    meeting = next(ev for ev in draft(text).events if ev.event_type == "meeting")
    assert str(meeting.date.start) == "2019-12-08"


@given(
    st.lists(
        st.sampled_from(
            [
                "Newsroom",
                "newsroom",
                "contributed",
                "Contributed",
                "cookies",
                "cookie",
                "privacy",
                "policy",
                "privacy policy",
                "to this report",
                "+7 495 123 45 67",
                " ",
                ".",
            ]
        ),
        max_size=8,
    )
)
def test_a_furniture_pattern_matches_only_lines_holding_a_word_it_needs(words: list[str]) -> None:
    line = " ".join(words)
    for rule in data("furniture")["lines"]:
        needs = rule.get("needs")
        if needs and re.search(rule["pattern"], line):
            assert any(n in line.lower() for n in needs), rule["pattern"]


def test_no_anchored_furniture_rule_matches_a_development_line_without_a_word_it_needs() -> None:
    """An anchored rule with ``needs`` is tried apart from the alternation of the others, only
    on lines holding one of the words: over every development line, it matches no line
    without them."""
    rules = [
        r
        for r in data("furniture")["lines"]
        if r.get("needs") and r["pattern"].removeprefix("(?i)").startswith("^")
    ]
    assert len(rules) >= 4
    texts = [
        p.read_text(encoding="utf-8") for p in sorted(ROOT.glob("tests/dev*/raw/dispatches/*.txt"))
    ]
    for text in texts:
        for line in (x.strip() for x in text.splitlines() if x.strip()):
            for rule in rules:
                if not any(n in line.lower() for n in rule["needs"]):
                    assert not re.search(rule["pattern"], line), (rule["pattern"], line)


@given(
    st.lists(
        st.sampled_from(
            ["Putin", "he", ",", " ", "  ", "\n", "who", "also", "later", "said", "told", "saidx"]
        ),
        max_size=10,
    )
)
def test_a_subject_of_reporting_is_read_only_where_a_reporting_verb_stands(
    words: list[str],
) -> None:
    """The attribution's subject patterns are skipped in a window where the reporting-verb
    pattern finds no verb: each ends in a verb after a space, which that pattern finds too."""
    window = "".join(words)
    appositive, subject, _ = _attribution_patterns()
    if subject.search(window) or appositive.search(window):
        assert _verb_word().search(window)


def test_no_development_paragraph_holds_a_subject_of_reporting_without_a_verb() -> None:
    appositive, subject, _ = _attribution_patterns()
    for path in sorted(ROOT.glob("tests/dev*/raw/dispatches/*.txt")):
        for paragraph in path.read_text(encoding="utf-8").split("\n\n"):
            if subject.search(paragraph) or appositive.search(paragraph):
                assert _verb_word().search(paragraph), paragraph


@given(st.lists(st.sampled_from(["two ", "20 ", "years", " ", "\n", "ago", "since", "over "])))
def test_a_date_pattern_is_skipped_only_where_it_cannot_match(parts: list[str]) -> None:
    words = "".join(parts)
    for kind, rx in _patterns():
        if kind in _NEEDS_PATTERN and rx.search(words):
            assert _NEEDS_PATTERN[kind].search(words)


def _plain_line_rule(line: str) -> int | None:
    """The first anchored furniture rule matching a line, tried in data order one by one."""
    for i, rule in enumerate(data("furniture")["lines"]):
        pattern = rule["pattern"]
        if pattern.removeprefix("(?i)").startswith("^") and re.match(pattern, line):
            return i
    return None


def test_anchored_furniture_rules_grouped_by_first_character_match_as_in_data_order() -> None:
    from diplomatic_timeline.extract.furniture import _line_classifier

    kinds = [rule["kind"] for rule in data("furniture")["lines"]]
    texts = [
        p.read_text(encoding="utf-8") for p in sorted(ROOT.glob("tests/dev*/raw/dispatches/*.txt"))
    ]
    checked = 0
    for text in texts:
        for line in (x.strip() for x in text.splitlines() if x.strip()):
            first = _plain_line_rule(line)
            if first is not None:
                assert _line_classifier()(line) == kinds[first], line
                checked += 1
    assert checked > 500


def test_event_type_words_are_lower_case_ascii() -> None:
    """``events._trigger_matches`` keeps a type when one of its words is in a trigger's lower
    case: for a word in lower-case ASCII that is the same as its being in the text's."""
    for words in data("events")["keywords"].values():
        for word in words:
            assert word.isascii() and word == word.lower(), word


def test_the_date_line_alternation_answers_as_its_patterns_one_by_one() -> None:
    """``header._date_line`` joins the header's date line patterns: none holds a
    back-reference or a global flag, and over the development lines it matches where one of
    them does."""
    from diplomatic_timeline.extract.header import _date_line, _label_patterns

    rules = data("header")
    patterns = [_label_patterns()[0].pattern, *rules["date_lines"], *rules["dateline_lines"]]
    assert not any(re.search(r"\\[1-9]|\(\?P=|\(\?\(|^\(\?[a-zA-Z]+\)", p) for p in patterns)
    one_by_one = [re.compile(p) for p in patterns]
    checked = 0
    for path in sorted(ROOT.glob("tests/dev*/raw/dispatches/*.txt")):
        for line in path.read_text(encoding="utf-8").splitlines()[:12]:
            line = line.strip()
            assert bool(_date_line().search(line)) == any(rx.search(line) for rx in one_by_one)
            checked += 1
    assert checked > 5000


_PLANNED_WORDS = ["will", "is", "to", "going", "also", "be", "Be", "BE", "bE", "e", "b", "x"]


@settings(max_examples=300)
@given(
    st.lists(
        st.tuples(st.sampled_from(_PLANNED_WORDS), st.sampled_from([" ", "  ", "\n", "\t", ""])),
        max_size=8,
    ),
    st.integers(0, 40),
)
def test_planned_be_tests_its_ending_first_with_the_same_answer(
    words: list[tuple[str, str]], cut: int
) -> None:
    """``events._planned_be`` tests for "be" and whitespace at the range's end before the search:
    the same answer as the search alone."""
    from diplomatic_timeline.extract.events import _PLANNED_BE, _planned_be

    text = "".join(w + gap for w, gap in words)
    start = min(cut, len(text))
    assert _planned_be(text, start, len(text)) == bool(_PLANNED_BE.search(text, start, len(text)))


_SENTENCE_END_BEHIND = re.compile(r"(?<=[.!?])[”\"’»)]*\s+(?=[“\"‘«(\[]?[A-Z0-9])")


@settings(max_examples=300)
@given(st.text(alphabet='.!?”"’»)“‘«([ \n\tAZ09az', max_size=60))
def test_sentence_ends_start_at_the_stop_where_the_look_behind_matched_after_it(
    body: str,
) -> None:
    """``text._SENTENCE_END`` opens with the stop (the engine skips in C to the stops): its
    matches are those of the former look-behind form, each one character earlier (the stop)."""
    from diplomatic_timeline.extract.text import _SENTENCE_END

    assert [(m.start() + 1, m.end()) for m in _SENTENCE_END.finditer(body)] == [
        m.span() for m in _SENTENCE_END_BEHIND.finditer(body)
    ]


@given(st.lists(st.tuples(st.integers(0, 60), st.integers(0, 12)), max_size=40))
def test_overlaps_taken_is_the_test_against_every_span(spans: list[tuple[int, int]]) -> None:
    """``dates._overlaps_taken`` (one look into the sorted spans taken) answers as the test
    against each span taken, as ``_scan_dates`` takes them (empty spans included)."""
    from bisect import insort

    from diplomatic_timeline.extract.dates import _overlaps_taken

    taken: list[tuple[int, int]] = []
    for start, length in spans:
        end = start + length
        expected = any(start < te and ts < end for ts, te in taken)
        assert _overlaps_taken(taken, start, end) == expected
        if not expected:
            insort(taken, (start, end))


def test_trigger_types_left_out_at_a_start_cannot_match_there() -> None:
    """``events._trigger_matches`` tries at a trigger's start only the types
    ``_trigger_types().at`` names: a type left out matches at no word start of the development
    texts, in their own case and upper- or lower-cased."""
    from diplomatic_timeline.extract.events import _trigger_types, _triggers

    types, checked = _trigger_types(), 0
    for path in sorted(ROOT.glob("tests/dev*/raw/dispatches/*.txt"))[:60]:
        text = path.read_text(encoding="utf-8")
        for variant in (text, text.upper(), text.lower()):
            for m in re.finditer(r"(?<![\w-])\S", variant):
                tried = {event_type for event_type, _ in types.at(variant, m.start())}
                for event_type, rx in _triggers():
                    if event_type not in tried:
                        assert not rx.match(variant, m.start()), (
                            event_type,
                            variant[m.start() :][:40],
                        )
                        checked += 1
    assert checked > 10_000


_LINE_ENDS_IN_A_YEAR = "^(?=[^\\n]*+(?<=\\d\\.)$)"


@settings(max_examples=500)
@given(st.lists(st.sampled_from(["1", ".", "\n", " ", "a", "2003", "Vol", ","]), max_size=12))
def test_the_cheap_line_end_look_aheads_answer_as_their_backtracking_forms(
    parts: list[str],
) -> None:
    """The wire caption rule (furniture.yaml) and the masthead date line (header.yaml) open
    with a look-ahead that takes the text whole ('*+') and looks back at its end: the same
    answer as the look-ahead that backtracks from the end, on any text."""
    text = "".join(parts)
    assert bool(re.match(_LINE_ENDS_IN_A_YEAR, text)) == bool(re.match(r"^(?=[^\n]*\d\.$)", text))
    masthead = r"(?=.*\b(?:Vol|No)\b).*,\s*\d{4}$"
    cheap = r"^(?=(?s:.*+)(?:(?<=\d)|(?<=\d\n)))" + masthead
    assert bool(re.search(cheap, text)) == bool(re.search("^" + masthead, text))


def test_the_wire_caption_rule_skips_only_lines_not_ending_in_a_year() -> None:
    """The wire photo caption's rule opens with a cheap look-ahead for its line's ending (a
    digit and a full stop: its date's year), before the costly one for a verb of the picture:
    without it the rule matches the same development lines, and none not ending so."""
    rule = next(
        r["pattern"]
        for r in data("furniture")["lines"]
        if r["pattern"].startswith(_LINE_ENDS_IN_A_YEAR)
    )
    guarded, bare = re.compile(rule), re.compile("^" + rule.removeprefix(_LINE_ENDS_IN_A_YEAR))
    checked = 0
    for path in sorted(ROOT.glob("tests/dev*/raw/dispatches/*.txt")):
        for line in path.read_text(encoding="utf-8").splitlines():
            hit = bare.match(line)
            assert bool(guarded.match(line)) == bool(hit), line
            if hit:
                assert re.search(r"\d\.$", line), line
            checked += 1
    assert checked > 5000


def _header_of(header: str):
    """The header drafted from page lines over a one-sentence story."""
    return draft(header + "Putin and Lukashenko met in Sochi on Monday and held talks.").header


def _furniture_kinds(lines: str) -> list[str]:
    """The furniture kinds found in ``lines`` set between a story's paragraphs."""
    text = f"Report\n\nMINSK, 29 May 2021 (AP) – The leaders met.\n\n{lines}\n\nThe talks went on."
    at = text.index(lines)
    return [f.kind for f in find_furniture(text) if f.start >= at]


def _header(text: str):
    from diplomatic_timeline.extract.header import extract_header

    return extract_header(text, find_furniture(text))


def test_a_rubric_trail_before_the_date_is_the_date_line() -> None:
    h = _header(
        "Kommersant | Politics | Oct. 04, 2010\n\nMinsk Loses the Kremlin's Ear\n\nThe "
        "information war between Moscow and Minsk reached the highest level on Sunday."
    )
    assert str(h.published) == "2010-10-04" and h.title.text == "Minsk Loses the Kremlin's Ear"


@pytest.mark.parametrize(
    "line",
    [
        "Treaty Signed 8 December 1999",  # a subhead
        "Alexander Lukashenko on 14 June 2014",  # a caption
        "Sochi Talks Collapse | Politics | 14 June 2014",  # another story's headline
        "29 June - 10:00",  # a schedule's start
    ],
)
def test_a_line_under_the_title_with_a_date_and_words_is_no_date_line(line: str) -> None:
    h = _header(
        f"Lukashenko Keeps Putin Waiting\n\n{line}\n\nBelarusian President Alexander "
        "Lukashenko sat down with Vladimir Putin on Monday, officials said."
    )
    assert (h.published, h.partial) == (None, None)


def test_two_words_beside_a_date_above_the_title_are_a_headline() -> None:
    h = _header(
        "Lukashenko Wins Dec 22, 2015\n\nBelarusian President Alexander Lukashenko sat down "
        "with Vladimir Putin on Monday, officials said."
    )
    assert h.title is not None and h.title.text == "Lukashenko Wins Dec 22, 2015"


def test_a_day_and_month_with_a_time_under_the_title_is_a_year_less_date_line() -> None:
    h = _header(
        "Putin and Lukashenko meet in Sochi\n\n8 Dec, 14:05\n\nVladimir Putin and Alexander "
        "Lukashenko talked for five hours in Sochi on Saturday."
    )
    assert (h.published, h.partial) == (None, "--12-08")


@pytest.mark.parametrize("line", ["ſee also: Talks in Sochi", "ſhort url"])
def test_a_line_opening_with_a_letter_that_folds_to_another_keeps_its_rule(line: str) -> None:
    from diplomatic_timeline.extract.furniture import _line_classifier

    first = _plain_line_rule(line)
    assert first is not None
    assert _line_classifier()(line) == data("furniture")["lines"][first]["kind"]


@pytest.mark.parametrize(
    "line",
    [
        "08.12.2019 | 14:05 | Politics",
        "2019-12-08T14:05:00+03:00",
        "8 December 2019 14:05 (UTC+3)",
        "MINSK, 8 December 2019",
        "Text: Jane Doe, 8 December 2019",
        "8 December 2019 · 3 min read",
        "Last modified on Sun 8 Dec 2019 14.05 GMT",
        "Sunday, December 8, 2019. Issue 2769. Page 1.",
        "Sunday, December 8, 2019; Page A18",
        "Issued on: 08/12/2019 - 14:05",
        "Jane Doe   |08.12.2019 - Update : 08.12.2019",
        "Dec 8th 2019 | MINSK",
    ],
)
@pytest.mark.parametrize("above", [True, False])
def test_more_layouts_of_a_publication_date_line(line: str, above: bool) -> None:
    title = "Putin and Lukashenko meet in Sochi"
    head = f"{line}\n\n{title}" if above else f"{title}\n\n{line}"
    h = _header(f"{head}\n\nVladimir Putin and Alexander Lukashenko talked in Sochi on Saturday.")
    assert str(h.published) == "2019-12-08" and h.title.text == title


@pytest.mark.parametrize(
    ("words", "tense", "day"),
    [
        ("last Friday", "future", "2019-12-06"),  # "the deal, signed last Friday, will …"
        ("next Tuesday", "past", "2019-12-10"),  # "they said they would meet next Tuesday"
        ("next Sunday", "past", "2019-12-15"),  # in a Sunday's dispatch: a week ahead
        ("last Sunday", "future", "2019-12-01"),  # in a Sunday's dispatch: a week back
    ],
)
def test_last_and_next_weekdays_keep_their_direction_whatever_the_tense(
    words: str, tense: str, day: str
) -> None:
    (x,) = find_dates(f"The presidents met {words} in Minsk.")
    assert str(resolve(x, date(2019, 12, 8), tense).start) == day


@pytest.mark.parametrize("words", ["in early 2020", "by mid-2020", "in late 2020"])
def test_a_part_of_a_year_is_that_year(words: str) -> None:
    (x,) = find_dates(f"The presidents will meet {words} in Minsk.")
    r = resolve(x, date(2019, 12, 8), "future")
    assert (str(r.start), r.precision) == ("2020-01-01", "year")


@pytest.mark.parametrize(
    ("words", "day"),
    [("the day after tomorrow", "2019-12-10"), ("the day before yesterday", "2019-12-06")],
)
def test_two_days_away_is_two_days_away(words: str, day: str) -> None:
    (x,) = find_dates(f"The presidents meet {words} in Minsk.")
    assert x.text == words and str(resolve(x, date(2019, 12, 8), "past").start) == day


def test_a_meeting_dated_long_before_the_dispatch_is_not_its_undated_news() -> None:
    text = (
        "Putin and Lukashenko agree on union programs\n\nSeptember 9, 2021\n\nVladimir Putin and "
        "Alexander Lukashenko met in the Kremlin for more than five hours. Last September, at a "
        "meeting in Sochi, Putin promised him a loan."
    )
    meetings = [ev for ev in draft(text).events if ev.event_type == "meeting"]
    assert sorted(str(ev.date.start) for ev in meetings) == ["2020-09-01", "2021-09-09"]


def test_a_meeting_dated_days_before_the_dispatch_is_still_its_news() -> None:
    text = (
        "Putin and Lukashenko agree on union programs\n\nSeptember 20, 2021\n\nVladimir Putin and "
        "Alexander Lukashenko met in the Kremlin for more than five hours. At the meeting, on "
        "September 9, Putin promised him a loan."
    )
    meetings = [ev for ev in draft(text).events if ev.event_type == "meeting"]
    assert [str(ev.date.start) for ev in meetings] == ["2021-09-09"]


_PRINT_EDITION = (
    "Putin Tells Belarus: Join Russia\n\nBy A. WRITER\n\nPublished: August 16, 2002\n\n"
    "MOSCOW, Aug. {day} — President Vladimir V. Putin met President Lukashenko on Wednesday "
    "for three hours of talks in the Kremlin."
)


def test_a_dateline_day_before_the_print_date_is_the_day_the_text_counts_from() -> None:
    d = draft(_PRINT_EDITION.format(day=15))
    talks = next(ev for ev in d.events if ev.event_type == "meeting")
    assert (str(d.header.published), str(d.header.filed)) == ("2002-08-16", "2002-08-15")
    assert str(talks.date.start) == "2002-08-14"


@pytest.mark.parametrize("day", [16, 2])  # the same day; a fortnight before: another story
def test_a_dateline_on_or_long_before_the_print_date_is_no_filing_day(day: int) -> None:
    assert draft(_PRINT_EDITION.format(day=day)).header.filed is None


def test_a_day_another_event_of_the_sentence_takes_leaves_a_background_event_its_month() -> None:
    text = (
        "Report\n\nMINSK, 9 May 2024 (BelTA) – Lukashenko, who let Russia launch its full-scale "
        "invasion of Ukraine in February 2022, had flown to Moscow on Wednesday, the day after "
        "Putin was sworn in for a fifth term."
    )
    events = {ev.mentions[0].text: ev for ev in draft(text).events}
    invasion = events["full-scale invasion of"]
    assert (str(invasion.date.start), invasion.date.precision) == ("2022-02-01", "month")
    assert str(events["flown to"].date.start) == "2024-05-08"


def test_a_swearing_in_is_not_the_invasion_recalled_beside_it() -> None:
    text = (
        "Report\n\nMINSK, 9 May 2024 (BelTA) – Russia's invasion of Ukraine began in February "
        "2022. Putin was sworn in for a fifth term on Tuesday."
    )
    assert len([ev for ev in draft(text).events if ev.event_type == "other"]) == 2


@pytest.mark.parametrize(
    "sentence",
    [
        "The roadmaps were to be signed on Sunday, the 20th anniversary of the treaty.",
        "December 8 marks the twentieth anniversary of the treaty on the Union State.",
    ],
)
def test_an_event_named_as_an_anniversarys_is_that_many_years_older(sentence: str) -> None:
    text = f"Report\n\nMINSK, 7 December 2019 (BelTA) – {sentence}"
    treaty = next(ev for ev in draft(text).events if ev.mentions[0].text == "treaty")
    assert (str(treaty.date.start), treaty.status, treaty.date.inferred) == (
        "1999-12-08",
        "held",
        True,
    )


def test_an_anniversarys_event_with_its_own_old_date_keeps_it() -> None:
    text = (
        "Report\n\nMINSK, 6 December 2024 (BelTA) – They marked the 25th anniversary of the "
        "treaty signed on December 8, 1999."
    )
    treaty = next(ev for ev in draft(text).events if ev.event_type == "agreement")
    assert str(treaty.date.start) == "1999-12-08"


def test_expecting_to_meet_is_a_plan() -> None:
    text = (
        "Report\n\nMINSK, 28 June 2024 (BelTA) – He expects to meet with Vladimir Putin in the "
        "autumn."
    )
    (meeting,) = draft(text).events
    assert (meeting.status, str(meeting.date.start)) == ("scheduled", "2024-09-01")


def test_an_untensed_happening_early_next_year_lies_ahead() -> None:
    text = (
        "Report\n\nMINSK, 6 December 2024 (BelTA) – With the presidential election on "
        "January 26, the stakes are high."
    )
    election = next(ev for ev in draft(text).events if ev.event_type == "other")
    assert (election.status, str(election.date.start)) == ("scheduled", "2025-01-26")


def test_a_yearless_date_line_with_a_twelve_hour_time_and_zone_is_the_publication_day() -> None:
    h = _header(
        "Putin and Lukashenko meet in Sochi\n\nDec. 8 2:05 PM EST\n\nVladimir Putin and "
        "Alexander Lukashenko talked for five hours in Sochi on Saturday."
    )
    assert (h.published, h.partial) == (None, "--12-08")


@pytest.mark.parametrize("opening", ["In May the two", "In May, the two"])
def test_may_after_in_at_a_sentence_start_is_the_month(opening: str) -> None:
    (x,) = find_dates(f"They met in Sochi. {opening} held talks there.")
    assert (x.text, x.month) == ("May", 5)


def test_may_opening_a_sentence_is_still_the_verb() -> None:
    assert find_dates("They met in Sochi. May the talks go well.") == []


def _report(day: str, sentence: str) -> Draft:
    return draft(f"Report\n\nMINSK, {day} (BelTA) – {sentence}")


@pytest.mark.parametrize(
    ("day", "sentence", "event_type", "start"),
    [
        # the news event of a clause after the anniversary is not the anniversary's
        (
            "30 June 2015",
            "To mark the 20th anniversary of the customs union Lukashenko flew to Moscow on "
            "Monday.",
            "visit",
            "2015-06-29",
        ),
        (
            "9 May 2020",
            "The 75th anniversary of Victory was marked with a parade on Red Square on Saturday.",
            "other",
            "2020-05-09",
        ),
        (
            "7 December 2019",
            "The 20th anniversary of the treaty is on Sunday.",
            "agreement",
            "1999-12-08",
        ),
        (
            "20 February 2024",
            "February 24 is the second anniversary of the invasion of Ukraine.",
            "other",
            "2022-02-24",
        ),
    ],
)
def test_an_anniversary_dates_only_the_event_it_is_of(
    day: str, sentence: str, event_type: str, start: str
) -> None:
    (event,) = [ev for ev in _report(day, sentence).events if ev.event_type == event_type]
    assert str(event.date.start) == start


def test_talks_the_anniversary_is_discussed_at_stay_a_plan() -> None:
    d = _report(
        "7 December 2019",
        "They will discuss the 20th anniversary of the treaty at talks in Minsk next week.",
    )
    (talks,) = [ev for ev in d.events if ev.event_type == "meeting"]
    assert (talks.status, str(talks.date.start)) == ("scheduled", "2019-12-09")


def test_an_untensed_day_more_than_half_a_year_ahead_was_last_year() -> None:
    d = _report("15 March 2024", "Relations since the December 8 summit in Sochi remain tense.")
    (summit,) = d.events
    assert (summit.status, str(summit.date.start)) == ("held", "2023-12-08")


def test_the_talks_after_an_old_dated_meeting_are_that_meeting() -> None:
    d = _report(
        "20 October 2021",
        "Putin and Lukashenko met in Sochi on September 14. The talks lasted five hours.",
    )
    (meeting,) = d.events
    assert len(meeting.mentions) == 2 and str(meeting.date.start) == "2021-09-14"


@pytest.mark.parametrize(
    "sentence",
    [
        "Putin visited Sevastopol in annexed Crimea on Thursday.",
        "The four annexed regions were discussed.",
        "The injured were flown to Moscow for treatment.",
        "He said any invasion of Belarus would be repelled.",
        "Critics called it an invasion of privacy.",
    ],
)
def test_words_near_the_background_triggers_report_no_such_event(sentence: str) -> None:
    events = _report("14 June 2019", sentence).events
    assert not [ev for ev in events if ev.event_type == "other"]
    assert not [ev for ev in events if ev.mentions[0].text == "flown to"]


def test_a_dateline_in_december_of_a_january_paper_was_filed_the_year_before() -> None:
    d = draft(
        "Talks in Moscow\n\nPublished: January 2, 2003\n\nMOSCOW, Dec. 31 — Putin met "
        "Lukashenko today."
    )
    assert str(d.header.filed) == "2002-12-31" and str(d.events[0].date.start) == "2002-12-31"


def test_a_dateline_after_the_print_date_is_no_filing_day() -> None:
    d = draft(
        "Talks in Moscow\n\nPublished: August 14, 2002\n\nMOSCOW, Aug. 15 — Putin met "
        "Lukashenko today."
    )
    assert d.header.filed is None


def test_a_twenty_ninth_of_february_in_a_common_year_stays_without_a_year() -> None:
    (x,) = find_dates("The presidents met on Feb. 29 in Minsk.")
    r = resolve(x, date(2005, 3, 1), "past")
    assert (r.start, r.partial) == (None, "--02-29")


def test_a_dateline_on_the_twenty_ninth_of_february_of_a_common_year_raises_nothing() -> None:
    d = draft("Report\n\nPublished: March 1, 2005\n\nMOSCOW, Feb. 29 — Putin met Lukashenko today.")
    assert d.header.filed is None and len(d.events) == 1


@pytest.mark.parametrize(
    "head",
    [
        "Putin & Xi meet in Moscow\n\nMOSCOW, May 8 (Reuters) - President Vladimir Putin\nmet "
        "Chinese leader Xi Jinping on Friday.",
        "Putin & Xi meet in Moscow\nGas on the agenda\n\nMOSCOW, May 8 (Reuters) - Putin met Xi.",
    ],
)
def test_a_headline_with_an_ampersand_stays_the_headline(head: str) -> None:
    assert draft(head).header.title.text == "Putin & Xi meet in Moscow"


def test_a_passive_infinitive_is_no_past_tense() -> None:
    sentence = (
        "Officials hope that after many months of difficult talks the gas agreement can be signed."
    )
    (agreement,) = [
        ev for ev in _report("14 June 2019", sentence).events if ev.event_type == "agreement"
    ]
    assert agreement.status == "proposed"


def test_an_invitation_to_a_visit_next_year_is_a_proposal() -> None:
    d = _report(
        "14 June 2019", "Lukashenko invited Putin to pay an official visit to Belarus next year."
    )
    (visit,) = [ev for ev in d.events if ev.event_type == "visit"]
    assert visit.status == "proposed"


def test_a_news_conference_after_hours_of_talks_takes_their_day() -> None:
    d = _report(
        "30 June 2000",
        "Putin and Lukashenko held talks in Minsk on Friday. Putin told a joint news conference "
        "after almost four hours of talks that the union would grow.",
    )
    (conference,) = [ev for ev in d.events if ev.event_type == "press_event"]
    assert str(conference.date.start) == "2000-06-30"


@pytest.mark.parametrize(("status", "day"), [("held", "2019-12-06"), ("scheduled", "2019-12-13")])
def test_a_new_status_reads_a_weekday_again_in_its_tense(status: str, day: str) -> None:
    from diplomatic_timeline.extract.events import extract_events, retense

    text = "Report\n\nPutin and Lukashenko are due to meet in Sochi on Friday."
    (meeting,) = extract_events(text, [], [], date(2019, 12, 8), None)
    before, meeting.status = meeting.status, status
    retense(meeting, before, date(2019, 12, 8))
    assert str(meeting.date.start) == day


def test_a_march_is_not_the_election_named_before_it() -> None:
    d = _report(
        "20 June 2019",
        "Lukashenko won the presidential election. Later, thousands of people marched through "
        "Minsk.",
    )
    assert len([ev for ev in d.events if ev.event_type == "other"]) == 2


def test_a_call_dated_before_the_dispatch_is_held_and_referred_back_to() -> None:
    d = _report(
        "17 February 2023",
        "The heads of state agreed on a new meeting during a telephone conversation on the "
        "evening of 5 February. Trade was the first block of issues discussed by Lukashenko and "
        "Putin over the phone.",
    )
    (call,) = [ev for ev in d.events if ev.event_type == "phone_call"]
    assert (call.status, str(call.date.start), len(call.mentions)) == ("held", "2023-02-05", 2)
    assert call.mentions[0].status == "held"  # so before clustering, not only after


def test_a_yearless_january_in_a_december_dispatch_may_still_lie_ahead() -> None:
    text = "Report\n\nMINSK, Dec. 25 (AP) - The union's Supreme Council will meet in January."
    (council,) = draft(text).events
    assert council.status == "scheduled"


@pytest.mark.parametrize(
    ("text", "kind", "mentions"),
    [
        (
            "Russia cuts off gas to Belarus\n\nMINSK, 20 June 2019 (BelTA) – Russia cut off gas "
            "supplies to Belarus on Monday.",
            "cutoff",
            2,
        ),
        (
            "Report\n\nMINSK, 20 June 2019 (BelTA) – Belarusians went to the polls on Sunday. The "
            "presidential election was marred by fraud.",
            "election",
            2,
        ),
    ],
)
def test_the_words_of_one_happening_name_one_event(text: str, kind: str, mentions: int) -> None:
    (event,) = [ev for ev in draft(text).events if ev.event_type == "other"]
    assert (event.name, len(event.mentions)) == (kind, mentions)


def test_a_guest_who_had_been_invited_is_no_invitation() -> None:
    d = _report(
        "14 June 2019",
        "Lukashenko, who had been invited to the talks, met Putin in Sochi on Friday.",
    )
    (meeting,) = d.events
    assert meeting.status == "held"


@pytest.mark.parametrize(
    "sentence",
    [
        "Minsk cites an agreement the Russians never signed.",
        "Minsk cites an agreement both sides have not yet signed.",
        "Minsk cites an agreement the two leaders should have signed in May.",
    ],
)
def test_an_agreement_not_signed_is_no_signing(sentence: str) -> None:
    assert not _report("14 June 2019", sentence).events


def test_a_briefing_after_rounds_of_talks_takes_their_day() -> None:
    d = _report(
        "14 June 2019",
        "The delegations held talks in Minsk on Thursday. Putin spoke to reporters after two "
        "rounds of talks.",
    )
    (briefing,) = [ev for ev in d.events if ev.event_type == "press_event"]
    assert str(briefing.date.start) == "2019-06-13"


@pytest.mark.parametrize("learned", [False, True])
def test_a_dispatch_without_a_year_gets_no_year_from_any_model(learned: bool) -> None:
    gazetteer, topics = resources()
    text = (
        "Putin and Lukashenko meet in Sochi\n\nSOCHI, December 7. /TASS/. Putin and Lukashenko "
        "met on Saturday and will meet again on December 20. Their talks last Friday failed. "
        "The next session is planned for the spring."
    )
    d = draft_dispatch(text, gazetteer, topics, learned=learned)
    assert d.header.partial == "--12-07"
    assert all(ev.date.start is None for ev in d.events)


@pytest.mark.parametrize(
    "sentence",
    [
        "They held one-on-one talks in Sochi.",  # one meeting, the talks
        "The rouble's exchange rate fell.",
        "They had an exchange of views on gas.",
    ],
)
def test_words_near_the_new_meeting_triggers_add_no_meeting(sentence: str) -> None:
    meetings = [ev for ev in _report("14 June 2019", sentence).events if ev.event_type == "meeting"]
    assert len(meetings) <= 1 and all(
        m.text != "one-on-one" for ev in meetings for m in ev.mentions
    )


def test_the_datelines_date_dates_no_event_when_a_footer_gives_the_year() -> None:
    text = (
        "Belarus Snubs Russia-Led Summit\n\nJune 15 (Bloomberg) -- Lukashenko stayed away from a "
        "Moscow summit yesterday.\n\nLast Updated: June 15, 2009 06:27 EDT"
    )
    d = draft(text)
    (summit,) = d.events
    assert str(d.header.published) == "2009-06-15" and str(summit.date.start) == "2009-06-14"


def test_a_person_of_an_organisation_speaks_for_himself() -> None:
    d = draft(
        "Report\n\nMINSK, 6 June 2011 (BelTA) – The loan arrived on Monday.\n\nEconomist Uladzimir "
        "Tsikhanovich of the independent Strategy Centre believes it will only postpone the "
        "collapse.\n\n«It is a drop in the ocean,» the economist said."
    )
    (quote,) = d.quotes
    assert quote.speaker.actor_id == "uladzimir-tsikhanovich"


def test_a_quotation_inside_a_quotation_does_not_give_it_its_speaker() -> None:
    d = draft(
        "Report\n\nMOSCOW, 18 February 2022 (AP) – The leaders met.\n\n“Not a soldier will "
        "remain,” Lukashenko said.\n\n“Putin told me: ‘Take as long as you need.’ So the decision "
        "will be ours.”\n\nPutin, for his part, said the drills were “purely defensive”."
    )
    outer = next(q for q in d.quotes if q.quote.text.startswith("Putin told me"))
    assert outer.speaker.actor_id == "alexander-lukashenko"


@pytest.mark.parametrize(
    ("telling", "speaker"),
    [
        ("he told the Russian leader", "alexander-lukashenko"),
        ("he told Putin", "alexander-lukashenko"),
    ],
)
def test_he_is_not_the_one_he_tells(telling: str, speaker: str) -> None:
    d = draft(
        "Report\n\nMOSCOW, 18 June 2022 (AP) – The leaders met.\n\nAt the start of the meeting, "
        f"Lukashenko showed Putin documents. “This is the proof,” {telling}."
    )
    (quote,) = d.quotes
    assert quote.speaker.actor_id == speaker


def test_a_title_of_an_organisation_is_no_person() -> None:
    d = draft(
        "Report\n\nMINSK, 6 June 2011 (BelTA) – The loan arrived.\n\nChief Economist of Alfa "
        "Bank Natalia Orlova said: “It is a drop in the ocean.”"
    )
    (quote,) = d.quotes
    assert quote.speaker.name.endswith("Natalia Orlova")


@pytest.mark.parametrize("after", ["”, he told Putin.", ",” he thanked Putin for his help."])
def test_he_is_not_the_one_he_tells_whatever_the_punctuation(after: str) -> None:
    d = draft(
        "Report\n\nMOSCOW, 18 June 2022 (AP) – The leaders met.\n\nAt the start of the meeting, "
        f"Lukashenko showed Putin documents. “This is the proof{after}"
    )
    (quote,) = d.quotes
    assert quote.speaker.actor_id == "alexander-lukashenko"


def test_a_placeless_dateline_with_an_abbreviated_month_is_the_dateline() -> None:
    d = draft(
        "Summit\n\nSept. 14 (Bloomberg) -- Lukashenko met Putin on Saturday.\n\n"
        "Last Updated: September 15, 2009"
    )
    (meeting,) = d.events
    assert d.header.dateline_date.text == "Sept. 14" and str(meeting.date.start) == "2009-09-12"


def _speaker_of(body: str, words: str) -> str | None:
    """The drafted speaker of the quotation that starts with ``words`` in a short dispatch."""
    d = draft(f"Report\n\nMINSK, 29 May 2021 (AP) – The leaders met in Sochi.\n\n{body}")
    quote = next(q for q in d.quotes if q.quote.text.startswith(words))
    return quote.speaker.actor_id if quote.speaker else None


def test_the_end_of_a_bodys_name_joined_by_of_is_no_new_person() -> None:
    # found on the retired blind set 143: "Independent States" was proposed as a person
    body = (
        "Observers from the Commonwealth of Independent States, a Moscow-dominated grouping, "
        "called the vote “free and democratic.”\n\n“It is fine,” Minister of Economy Ivan "
        "Petrov said."
    )
    assert _speaker_of(body, "free and") is None
    assert _speaker_of(body, "It is fine") == "ivan-petrov"


def test_a_body_s_unnamed_observers_do_not_continue_the_previous_speaker() -> None:
    # found by the review of the latest round: the quote went to the speaker before
    body = (
        "“We won,” Lukashenko said.\n\nObservers from the Commonwealth of Independent States "
        "called the vote “free and democratic.”"
    )
    assert _speaker_of(body, "free and") is None


def test_a_speaker_after_the_quote_may_carry_a_bodys_initials_and_title() -> None:
    body = "“We act,” said EU foreign policy chief Josep Borrell after the meeting."
    assert _speaker_of(body, "We act") == "josep-borrell"


def test_a_reporting_verb_in_a_relative_clause_gives_the_quote_its_speaker() -> None:
    body = (
        "The Kremlin said they discussed a loan, which Lukashenko said should arrive “in the "
        "coming weeks”, as well as the roadmaps."
    )
    assert _speaker_of(body, "in the coming") == "alexander-lukashenko"


def test_a_news_agency_introduced_as_such_is_the_speaker() -> None:
    body = "Belarusian state news agency BelTA said the issue would be raised “at the EU level.”"
    assert _speaker_of(body, "at the EU") == "belta"


def test_a_reporting_clause_closing_the_sentence_gives_a_woven_quote_its_speaker() -> None:
    body = (
        "The call focused on “the situation at the border” and on aid, the chancellor's "
        "spokesman Steffen Seibert said in a statement. Minsk said it was ready for talks."
    )
    assert _speaker_of(body, "the situation") == "steffen-seibert"


def test_the_subject_after_an_adverbial_with_a_place_is_the_speaker() -> None:
    body = (
        "Asked whether Russia would deploy an air base in Belarus, Lukashenko said the issue was "
        "not discussed. “We did not discuss it,” he said."
    )
    assert _speaker_of(body, "We did not") == "alexander-lukashenko"


def test_a_determiner_opening_a_sentence_is_no_surname() -> None:
    body = (
        "From The Economist print edition.\n\nVladimir Putin, now prime minister, sounded "
        "unmoved. The dispute, he said, was “not a war but a matter of hygiene”."
    )
    assert _speaker_of(body, "not a war") == "vladimir-putin"


def test_a_place_after_a_preposition_is_no_subject_of_a_participle() -> None:
    body = (
        "Speaking in Moscow on Monday, the Belarusian leader was conciliatory, calling Russia "
        "“our brother”."
    )
    assert _speaker_of(body, "our brother") != "russia"


def test_a_numbered_list_of_other_stories_is_furniture() -> None:
    text = (
        "Putin and Lukashenko meet\n\nMINSK, 14 June 2019 (BelTA) – The presidents met in Sochi "
        "on Friday.\n\nlist 1 of 2\nLukashenko to visit Moscow next week\nlist 2 of 2\n"
        "Putin sworn in for a fifth term\nend of list\n\nThe talks lasted five hours."
    )
    d = draft(text)
    assert [f.kind for f in d.furniture] == ["related_list"]
    assert not any(w in m.text for ev in d.events for m in ev.mentions for w in ("visit", "sworn"))


@pytest.mark.parametrize(
    "credit",
    ["(Presidential Press Service/Handout via Xinhua)", "(Kremlin.ru)", "(Reuters: Ivan Petrov)"],
)
@pytest.mark.parametrize("space", [" ", "  "])
def test_a_caption_ending_in_its_credit_is_furniture(credit: str, space: str) -> None:
    caption = "Lukashenko (R) meets Putin in Minsk, Belarus, June 26, 2025."
    text = (
        f"Talks in Minsk\n\n{caption}{space}{credit}\n\nThe two leaders met in Minsk on Thursday."
    )
    kinds = {f.text: f.kind for f in find_furniture(text)}
    assert (kinds[caption], kinds[credit]) == ("caption", "photo_credit")


def test_a_sections_more_heading_opens_a_list_of_other_stories() -> None:
    text = (
        "Putin congratulates Lukashenko\n\nMINSK, Belarus (AP) — Putin called on Monday.\n\n"
        "More Nation & World\n- Ukraine's Kuchma orders probe of journalist's death (Sept. 10)\n"
        "- Russia, China hold talks on border trade (Sept. 9)\n\n"
        "Copyright 2001 The Associated Press."
    )
    d = draft(text)
    assert "related_list" in [f.kind for f in d.furniture]
    assert not any("border trade" in m.text for ev in d.events for m in ev.mentions)


def test_a_capitalised_photo_label_opens_a_caption_line() -> None:
    line = "PHOTO: Putin, Nazarbayev and Lukashenko after the signing ceremony in Astana."
    text = f"Union treaty\n\n{line}\n\nThe treaty was signed on Thursday."
    assert [f.text for f in find_furniture(text)] == [line]


def test_talks_ending_without_agreement_draft_no_agreement() -> None:
    d = draft(
        "No deal\n\nSOCHI, 8 December 2019 (AP) – Talks between Putin and Lukashenko ended late "
        "on Saturday without agreement on the integration road maps."
    )
    assert [ev.event_type for ev in d.events] == ["meeting"]
    assert str(d.events[0].date.start) == "2019-12-07"


def test_delegations_that_are_instead_to_meet_are_scheduled() -> None:
    d = draft(
        "Gas row\n\nMOSCOW, 19 February 2004 (AP) – Government delegations are instead to meet "
        "in Moscow on Monday to discuss a price formula."
    )
    (meeting,) = d.events
    assert (meeting.status, str(meeting.date.start)) == ("scheduled", "2004-02-23")


@pytest.mark.parametrize(
    "sentence",
    ["Putin announced plans to visit Minsk in March.", "Putin announced plans for a visit."],
)
def test_announced_plans_of_the_event_itself_are_a_plan(sentence: str) -> None:
    d = draft(f"Report\n\nMINSK, June 14, 2019 (AP) - {sentence}")
    (visit,) = d.events
    assert visit.status == "scheduled"


def test_a_plan_announced_in_an_interview_leaves_the_interview_held() -> None:
    d = draft(
        "Nuclear talks\n\nSOCHI, June 9, 2023 (AP) – Putin met Lukashenko on Friday.\n\nThe "
        "Russian leader first announced plans to station weapons in Belarus in a television "
        "interview on March 25, saying Moscow would retain control over them."
    )
    interview = next(ev for ev in d.events if ev.event_type == "press_event")
    assert (interview.status, str(interview.date.start)) == ("held", "2023-03-25")


@pytest.mark.parametrize(
    "body",
    [
        "Lukashenka today described the decision to halt gas deliveries as “an act of terror”.",
        "At a press conference Lukashenko called the treaty “a first step, not the last”.",
    ],
)
def test_who_names_a_thing_in_quoted_words_says_them(body: str) -> None:
    d = draft(f"Report\n\nMINSK, 19 February 2004 (AP) – The leaders spoke.\n\n{body}")
    (quote,) = d.quotes
    assert quote.speaker.actor_id == "alexander-lukashenko"


@pytest.mark.parametrize(
    "body",
    [
        "Lukashenko spoke in Minsk. Thousands marched, chanting “Belarus is not for sale!”",
        "Lukashenko spoke in Minsk. “No to the union,” read one hand-lettered sign.",
    ],
)
def test_a_chant_or_a_sign_is_no_ones_statement(body: str) -> None:
    d = draft(f"Report\n\nMINSK, 19 February 2004 (AP) – The leaders spoke.\n\n{body}")
    (quote,) = d.quotes
    assert quote.speaker is not None and quote.speaker.actor_id is None


def test_a_sign_after_a_named_speakers_quote_does_not_continue_him() -> None:
    body = "“We are brothers,” Lukashenko said at the rally.\n\n“No to the union,” read one sign."
    assert _speaker_of(body, "No to the union") is None


@pytest.mark.parametrize(
    ("body", "words", "speaker"),
    [
        (
            "As crowds chanted outside, Putin said: “We will never abandon Belarus.”",
            "We will",
            "vladimir-putin",
        ),
        (
            "Putin said the treaty was a sign of “deep mutual trust” between them.",
            "deep",
            "vladimir-putin",
        ),
    ],
)
def test_crowd_words_near_a_named_speaker_leave_him_speaking(
    body: str, words: str, speaker: str
) -> None:
    assert _speaker_of(body, words) == speaker


def test_to_sign_a_treaty_is_no_placard() -> None:
    body = "Lukashenko said the two sides must sign it “before the end of the year”."
    assert _speaker_of(body, "before the end") == "alexander-lukashenko"


def test_the_owner_of_a_sentences_subject_is_who_he_is() -> None:
    body = (
        "Alexei Kudrin, the finance minister, suggested roubles.\n\nMr Lukashenko's answer was "
        "to stay away from the summit. “Belarus is not for sale,” he told state television."
    )
    assert _speaker_of(body, "Belarus is not") == "alexander-lukashenko"


def test_the_owner_inside_an_object_is_not_who_he_is() -> None:
    body = (
        "Kremlin spokesman Dmitry Peskov said the Kremlin had taken note of Lukashenko’s "
        "comments. “We respect the position,” he told journalists."
    )
    assert _speaker_of(body, "We respect") == "dmitry-peskov"


def test_a_participle_after_the_events_name_and_its_of_phrase_describes_it() -> None:
    d = draft(
        "Report\n\nMINSK, June 14, 2019 (AP) - The presidents discussed the joint exercises of "
        "the Belarusian and Russian armed forces planned for September."
    )
    (drills,) = d.events
    assert (drills.status, str(drills.date.start)) == ("scheduled", "2019-09-01")


@pytest.mark.parametrize(
    ("body", "words"),
    [
        (
            "Medvedev criticised Lukashenko’s policies on Tuesday. “We cannot,” he said.",
            "We cannot",
        ),
        (
            "Putin’s top aide briefed reporters in Moscow. “The talks went well,” he said.",
            "The talks",
        ),
        (
            "Lukashenko’s long-serving press secretary briefed us. “All went well,” she said.",
            "All went",
        ),
    ],
)
def test_the_owner_of_an_object_or_of_a_person_is_not_who_he_is(body: str, words: str) -> None:
    assert _speaker_of(body, words) not in ("alexander-lukashenko", "vladimir-putin")


def test_a_relative_pronoun_is_no_speaker_of_a_closing_clause() -> None:
    body = (
        "“Belarus is no province” was the message of his speech, which Putin said he had not read."
    )
    assert _speaker_of(body, "Belarus is no") != "vladimir-putin"


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        (
            "State news agency BelTA quoted Lukashenko as saying “we agreed on gas”.",
            "alexander-lukashenko",
        ),
        ("The director of state news agency BelTA told reporters: “The talks went well.”", None),
    ],
)
def test_an_agency_is_the_speaker_only_when_it_speaks(body: str, speaker) -> None:
    d = draft(f"Report\n\nMINSK, 29 May 2021 (AP) – The leaders met in Sochi.\n\n{body}")
    (quote,) = d.quotes
    assert (quote.speaker.actor_id if quote.speaker else None) == speaker


@pytest.mark.parametrize(
    "paragraph",
    [
        "The two leaders agreed to meet again in Minsk next month, the Kremlin said. (Reuters)",
        "Belarus will pay $130 per 1,000 cubic metres next year, up from $100. (Prices in USD/tcm)",
    ],
)
def test_a_story_paragraph_ending_in_a_bracket_is_no_caption(paragraph: str) -> None:
    text = (
        f"Gas deal\n\nMINSK, 14 June 2019 (BelTA) – The talks ended.\n\n{paragraph}\n\nMore later."
    )
    assert not [f for f in find_furniture(text) if f.kind in ("caption", "photo_credit")]


@pytest.mark.parametrize(
    "body",
    [
        "Lukashenko shouted at the officials: “Get out of here!”",
        "Lukashenko repeated his favourite slogan: “A strong Belarus.”",
    ],
)
def test_one_man_shouting_or_his_slogan_is_no_crowd(body: str) -> None:
    d = draft(f"Report\n\nMINSK, 19 February 2004 (AP) – The leaders spoke.\n\n{body}")
    (quote,) = d.quotes
    assert quote.speaker is None or "crowd" not in quote.speaker.cue


def test_the_innermost_reporter_speaks_the_words_his_clause_runs_into() -> None:
    body = (
        "The presidential press service said Lukashenka had told Putin that «Belarus will remain "
        "a reliable transit partner»."
    )
    assert _speaker_of(body, "Belarus will") == "alexander-lukashenko"


def test_a_state_in_the_reported_clause_does_not_take_the_reporters_words() -> None:
    body = "The Belarusian leader announced that Russia had promised “comprehensive help”."
    assert _speaker_of(body, "comprehensive") == "alexander-lukashenko"


def test_a_bodys_readout_speaks_for_the_body() -> None:
    body = "The Kremlin’s readout was shorter and said only that “topical issues” were considered."
    assert _speaker_of(body, "topical") == "kremlin-press-service"


def test_a_possessive_with_a_determiner_is_no_new_person() -> None:
    d = draft(
        "Report\n\nMINSK, 29 May 2021 (AP) – The leaders met.\n\nThe Kremlin’s Readout Service "
        "was brief. “Topical issues were considered,” it said."
    )
    assert not any(a.startswith("the-") for a in d.new_actors)


@pytest.mark.parametrize(
    "sentence",
    [
        "Under the deal the Russian rouble is to become the sole legal tender in Belarus from "
        "January 1, 2005.",
        "Russia moved tactical nuclear weapons to Belarus last year.",
        "The European Union has suspended sanctions against Lukashenko.",
        "Russia resumed gas supplies to Belarus on Thursday.",
    ],
)
def test_the_unions_recurring_happenings_are_events(sentence: str) -> None:
    d = draft(f"Report\n\nMINSK, June 14, 2019 (AP) - {sentence}")
    assert [ev.event_type for ev in d.events] == ["other"]


@pytest.mark.parametrize(
    "sentence",
    [
        "The two leaders discussed introducing a single currency.",
        "They talked about the deployment of Russian weapons.",
    ],
)
def test_talk_of_a_currency_or_a_deployment_is_no_event_of_its_own(sentence: str) -> None:
    d = draft(f"Report\n\nMINSK, June 14, 2019 (AP) - {sentence}")
    assert [ev.event_type for ev in d.events if ev.event_type == "other"] == []


@pytest.mark.parametrize(
    ("body", "words", "speaker"),
    [
        (
            "Putin said the plan Lukashenko announced last year was “dead”.",
            "dead",
            "vladimir-putin",
        ),
        ("Lukashenko said what Putin told him was “nonsense”.", "nonsense", "alexander-lukashenko"),
        (
            "Lukashenko said Putin had told him about the gas price in Sochi. “I will never "
            "accept this.”",
            "I will never",
            "alexander-lukashenko",
        ),
        (
            "In response to Russia’s statement Lukashenko said “we will not pay”.",
            "we will not",
            "alexander-lukashenko",
        ),
    ],
)
def test_a_name_inside_what_is_reported_does_not_take_the_reporters_words(
    body: str, words: str, speaker: str
) -> None:
    assert _speaker_of(body, words) == speaker


def test_a_newspapers_report_is_no_person() -> None:
    d = draft(
        "Report\n\nMINSK, 29 May 2021 (AP) – The leaders met.\n\nThe Guardian’s report said "
        "“Minsk gave in to the pressure”."
    )
    assert not any(t == "person" and "Guardian" in n for n, t in d.new_actors.values())


@pytest.mark.parametrize(
    "sentence",
    [
        "Russia has not deployed nuclear weapons in Belarus, the Kremlin said.",
        "Russia has moved to counter NATO missiles in Poland, Putin said.",
        "Lukashenko delivered a speech about missiles at the academy.",
        "Lukashenko urged the European Union to lift sanctions against Belarus.",
        "Lukashenko called for the lifting of sanctions.",
        "Gazprom never resumed gas supplies to the plant.",
    ],
)
def test_what_did_not_happen_or_is_only_urged_is_no_recurring_happening(sentence: str) -> None:
    d = draft(f"Report\n\nMINSK, June 14, 2019 (AP) - {sentence}")
    assert not [ev for ev in d.events if ev.name in ("deployment", "sanctions", "resumption")]


def test_a_recurring_happening_opening_a_sentence_is_found() -> None:
    d = draft("Report\n\nMINSK, June 14, 2019 (AP) - Single currency is to be introduced in 2021.")
    assert [ev.event_type for ev in d.events] == ["other"]


def test_a_weekday_date_line_under_a_byline_and_its_service_is_the_print_date() -> None:
    h = _header(
        "Yeltsin, Lukashenko Sign Pact\n\nBy Nathan Ellery\nWashington Post Foreign Service\n"
        "Wednesday, April 3; Page A18\n\nMOSCOW, April 2 — The presidents signed a treaty today."
    )
    assert (h.published, h.partial) == (None, "--04-03")


def test_an_authors_name_before_the_date_under_the_title_is_a_date_line() -> None:
    h = _header(
        "Putin and Lukashenko meet in Sochi\n\nMinsk wants money.\n\nJane Doe Dec 8, 2019\n\n"
        "Vladimir Putin and Alexander Lukashenko talked in Sochi on Saturday."
    )
    assert str(h.published) == "2019-12-08"


def test_a_yearless_dateline_a_day_before_a_yearless_print_date_is_the_filing_day() -> None:
    d = draft(
        "Yeltsin, Lukashenko Sign Pact\n\nBy Nathan Ellery\nWashington Post Foreign Service\n"
        "Wednesday, April 3; Page A18\n\nMOSCOW, April 2 — The presidents signed a treaty in the "
        "Kremlin today."
    )
    assert (d.header.partial, d.header.news_partial) == ("--04-03", "--04-02")
    assert {ev.date.partial for ev in d.events} == {"--04-02"}


def test_the_cheap_credit_test_passes_every_line_the_credit_pattern_matches() -> None:
    from diplomatic_timeline.extract.furniture import _block_and_credit_rules, _may_hold_credit
    from diplomatic_timeline.extract.text import lines

    _, credit = _block_and_credit_rules()
    texts = [
        p.read_text(encoding="utf-8") for p in sorted(ROOT.glob("tests/dev*/raw/dispatches/*.txt"))
    ]
    checked = [seg.of(t) for t in texts for seg in lines(t)]
    matched = [line for line in checked if credit.search(line)]
    assert matched and all(_may_hold_credit(line) for line in matched)


def test_he_who_says_he_told_putin_is_not_putin() -> None:
    body = (
        "According to Lukashenka, the Russian leader described the dispute as a commercial "
        "matter between two companies. He said he had told Putin that “this cannot go on”."
    )
    assert _speaker_of(body, "this cannot") == "alexander-lukashenko"


def test_a_subject_s_asides_close_with_a_comma_before_its_reporting_verb() -> None:
    # "the European Union, signed in June, would hurt … and said": the Union is inside what
    # Putin warned, not the subject of "said", and not a person "he" could be
    body = (
        "Putin warned that the association agreement with the European Union, signed in June, "
        "would hurt Russia's economy and said Moscow could act. “We cannot allow it,” he said."
    )
    assert _speaker_of(body, "We cannot") == "vladimir-putin"


def test_a_phrase_ending_in_and_is_no_role_subject() -> None:
    # "the gas price and accused" is no reporting subject (a "he" after it would stay unnamed)
    from diplomatic_timeline.extract.speakers import _reporting_name

    found = _reporting_name().search("over the gas price and accused Moscow of squeezing it")
    assert found is None or found.group("role") != "the gas price and"


def test_the_clause_between_two_quotations_of_a_sentence_attributes_the_second() -> None:
    body = (
        "Putin thanked Lukashenko for “the brotherly support,” while the Belarusian leader said "
        "the two countries were “closer than ever”."
    )
    assert _speaker_of(body, "closer than") == "alexander-lukashenko"


def test_a_noun_before_a_clause_without_that_is_no_unnamed_source() -> None:
    body = (
        "Lukashenko invited Putin to Vitebsk in July, an invitation the Russian leader said he "
        "would “be happy” to accept."
    )
    assert _speaker_of(body, "be happy") == "vladimir-putin"


def test_told_reporters_after_the_talks_takes_the_day_of_the_latest_talks() -> None:
    d = draft(
        "Report\n\nSOCHI, Dec 21, 2019 (Reuters) – Putin and Lukashenko held talks on Friday but "
        "failed to agree on roadmaps.\n\nThe leaders talked until late, two weeks after a first "
        "round of talks on December 7 also broke up without agreement.\n\n“We agreed a great "
        "deal,” aide Maxim Oreshkin told reporters after the talks."
    )
    telling = next(e for e in d.events if e.event_type == "press_event")
    assert str(telling.date.start) == "2019-12-20"


def test_a_news_conference_afterwards_takes_the_day_the_date_model_gives_the_talks() -> None:
    # Polskie Radio, 2021: the talks are dated by the learned date model, after the rules had
    # tried to date the news conference "afterwards" from them
    (path,) = ROOT.glob("tests/dev*/raw/dispatches/dsp-8ec524c464b7faa9.txt")
    gazetteer, topics = resources()
    d = draft_dispatch(path.read_text(encoding="utf-8"), gazetteer, topics, learned=True)
    conference = next(e for e in d.events if e.event_type == "press_event")
    assert str(conference.date.start) == "2021-09-09"


def test_a_possessive_weekday_dates_its_event_past_an_adjective() -> None:
    d = draft(
        "Report\n\nRIGA, Sept 29, 2009 (LETA) - Lukashenko did not travel to Moscow for Monday's "
        "informal meeting of the CSTO leaders, the Foreign Ministry confirmed on Tuesday."
    )
    (meeting,) = [e for e in d.events if any(m.text == "meeting" for m in e.mentions)]
    assert str(meeting.date.start) == "2009-09-28"


@pytest.mark.parametrize(
    ("body", "words", "speaker"),
    [
        (
            "Boris Yeltsin received Lukashenko. Lukashenko has pressed for a joint presidency, "
            "an idea Yeltsin has so far dismissed as “premature”.",
            "premature",
            "boris-yeltsin",
        ),
        (
            "On 27 August Putin went further. In a television interview he said he had created "
            "“a reserve of officers” ready to be sent.",
            "a reserve",
            "vladimir-putin",
        ),
    ],
)
def test_the_subject_of_a_clause_after_a_noun_speaks(body: str, words: str, speaker: str) -> None:
    assert _speaker_of(body, words) == speaker


@pytest.mark.parametrize(
    ("body", "words", "speaker"),
    [
        (
            "Putin called the talks “useful” and said the plan Lukashenko announced was “dead.”",
            "dead",
            "vladimir-putin",
        ),
        (
            "Lukashenko called the talks “useful,” saying Russia had pledged “full support.”",
            "full support",
            "alexander-lukashenko",
        ),
        (
            "Peskov called the talks “substantive,” and said the Kremlin welcomed “the "
            "readiness of Minsk”.",
            "the readiness",
            "dmitry-peskov",
        ),
    ],
)
def test_a_clause_after_a_quotation_without_its_own_subject_goes_on_with_the_first(
    body: str, words: str, speaker: str
) -> None:
    assert _speaker_of(body, words) == speaker


@pytest.mark.parametrize(
    "body",
    [
        "A woman the police detained with Maria Kolesnikova said the guards were “brutal.”",
        "“The talks were good,” Putin said. A journalist the KGB questioned on Friday said the "
        "raid was “brutal.”",
    ],
)
def test_a_person_described_by_a_clause_stays_an_unnamed_source(body: str) -> None:
    assert _speaker_of(body, "brutal") is None


@pytest.mark.parametrize(
    ("body", "day"),
    [
        (
            "Lukashenko and Putin held talks in Sochi on Friday. They had previously met on May "
            "10 in Moscow, when Putin told reporters after the talks that prices would stay "
            "“unchanged.”",
            "2021-05-10",
        ),
        (
            "Lukashenko and Putin held talks in Sochi on Friday.\n\nOn December 8, 1999, "
            "Lukashenko and Yeltsin held talks in Moscow and signed the union treaty. Yeltsin told "
            "reporters after the talks that the treaty was “historic.”",
            "1999-12-08",
        ),
        (
            "The presidents will hold another round of talks in Moscow on July 20. Before that, "
            "Putin will hold talks with Lukashenko in Minsk on June 3, the Kremlin said. A joint "
            "news conference is planned after the talks.",
            "2021-06-03",
        ),
    ],
)
def test_after_the_talks_prefers_talks_of_its_own_paragraph_and_of_the_news(
    body: str, day: str
) -> None:
    d = draft(f"Report\n\nMINSK, 29 May 2021 (AP) – The leaders met in Sochi.\n\n{body}")
    (press,) = [e for e in d.events if e.event_type == "press_event"]
    assert str(press.date.start) == day


def test_the_noun_of_after_the_meeting_is_not_the_meeting_it_follows() -> None:
    # Reuters, 2016: "Kobyakov told reporters after the meeting": the phrase's own "meeting",
    # given a date by the learned model, is no host to date the telling from
    (path,) = ROOT.glob("tests/dev*/raw/dispatches/dsp-dabf3ae9358aabd2.txt")
    gazetteer, topics = resources()
    d = draft_dispatch(path.read_text(encoding="utf-8"), gazetteer, topics, learned=True)
    (telling,) = [e for e in d.events if any(m.text == "told reporters" for m in e.mentions)]
    # (whatever date the learned model itself may choose for the telling)
    assert not (telling.date.basis or "").startswith("'after the meeting'")


def test_the_rerun_of_followers_takes_no_day_from_the_phrases_own_noun() -> None:
    # the same dispatch by the rules, its "meeting" (of "after the meeting") dated as the
    # learned model might: the telling stays undated when the followers are dated again
    from dataclasses import replace as replaced

    from diplomatic_timeline.extract.events import date_followers

    (path,) = ROOT.glob("tests/dev*/raw/dispatches/dsp-dabf3ae9358aabd2.txt")
    gazetteer, topics = resources()
    d = draft_dispatch(path.read_text(encoding="utf-8"), gazetteer, topics, learned=False)
    meeting = next(e for e in d.events if [m.text for m in e.mentions] == ["meeting"])
    summit = d.events[0]
    meeting.date = replaced(summit.date, basis="as the learned model might")
    date_followers(d.text, d.events, d.header.news_day, d.header.news_partial)
    (telling,) = [e for e in d.events if any(m.text == "told reporters" for m in e.mentions)]
    assert telling.date.start is None


def test_a_place_born_analyst_after_said_is_the_speaker() -> None:
    body = "“The treaty changes little,” said Minsk-born military analyst Siarhei Marozau."
    assert _speaker_of(body, "The treaty") == "siarhei-marozau"


@pytest.mark.parametrize(
    ("body", "words", "speaker"),
    [
        (
            "Lukashenko, re-elected in December, has blamed the crisis on “speculators”.",
            "speculators",
            "alexander-lukashenko",
        ),
        (
            "Boris Yeltsin signed the treaty. The Duma denounced the 1991 agreement, a move "
            "Yeltsin denounced as “irresponsible”.",
            "irresponsible",
            "boris-yeltsin",
        ),
    ],
)
def test_blaming_and_denouncing_report_words(body: str, words: str, speaker: str) -> None:
    assert _speaker_of(body, words) == speaker


@pytest.mark.parametrize(
    ("body", "words", "speaker"),
    [
        (
            "Lukashenko called Putin on Wednesday, the presidential press service said. The "
            "press service gave few details, saying only that the presidents had “discussed "
            "current issues”.",
            "discussed current",
            "belarusian-presidential-press-service",
        ),
        (
            "The talks lasted three hours. The Belarusian dictator's press service was more "
            "laconic, saying that «energy issues» had been discussed.",
            "energy issues",
            "belarusian-presidential-press-service",
        ),
    ],
)
def test_the_opening_subject_speaks_through_a_participle(
    body: str, words: str, speaker: str
) -> None:
    assert _speaker_of(body, words) == speaker


def test_the_alone_names_no_one_by_position() -> None:
    from diplomatic_timeline.extract.speakers import Context, _local_person

    gazetteer, _ = resources()
    text = "Putin met Lukashenko. The talks went on."
    assert _local_person("The", Context(text, gazetteer, None, None, 2021), len(text)) is None


def test_a_closing_report_of_its_own_sentence_outranks_the_sentence_before() -> None:
    body = (
        "Putin said the result reflected «the stable support of the Belarusian people». The "
        "two presidents agreed to meet «in the near future» to discuss the Union State, the "
        "Kremlin press service said, without giving a date."
    )
    assert _speaker_of(body, "in the near") == "kremlin-press-service"


def test_a_name_before_an_unattributed_quotation_still_counts_for_he_after_it() -> None:
    body = (
        "“We have agreed on a lot,” Kremlin aide Maxim Oreshkin told reporters.\n\nLukashenko, "
        "who has ruled Belarus since 1994, was unusually blunt after the meeting. “Some people "
        "in Moscow believe that we are ready to give up our sovereignty.\n\n“We are prepared to "
        "integrate,” he said."
    )
    assert _speaker_of(body, "We are prepared") == "alexander-lukashenko"


def test_the_russian_ruler_is_the_russian_president_of_the_year() -> None:
    assert _speaker_of("“We will do it,” the Russian ruler said.", "We will") == "vladimir-putin"


def test_he_in_a_naming_clause_is_read_where_it_stands() -> None:
    body = (
        "Putin wants Gazprom to get half of Beltransgaz. Beltransgaz chief executive Vladimir "
        "Mayorov returned to Minsk with an offer he described as “unacceptable”."
    )
    assert _speaker_of(body, "unacceptable") == "vladimir-mayorov"


def test_the_subject_of_a_verb_by_saying_speaks() -> None:
    body = (
        "Lukashenko said he would not give up sovereignty.\n\nPutin's remarks on Wednesday came "
        "two months after he irritated Minsk by saying, in June, that the union should “stop "
        "being a fiction”."
    )
    assert _speaker_of(body, "stop being") == "vladimir-putin"


@pytest.mark.parametrize(
    ("header", "published", "partial"),
    [
        (
            "The Jerusalem Post\n\nTalks in Minsk\n\nBy REUTERS\n08/27/2014 03:14\n\n",
            "2014-08-27",
            None,
        ),
        (
            "Civil.Ge | Home\n\nTalks in Moscow\n\nCivil Georgia, Tbilisi / 2 Oct.'08 / 13:47\n\n",
            "2008-10-02",
            None,
        ),
        (
            "swissinfo.ch\n\nTalks in Moscow\n\nThis content was published on August 16, "
            "2002 - 17:21\n\n",
            "2002-08-16",
            None,
        ),
        ("Talks in Sochi\n\nRussia, Sochi, Feb.22\n\nBy Trend\n\n", "None", "--02-22"),
    ],
)
def test_more_date_lines_of_page_headers(header: str, published: str, partial: str | None) -> None:
    h = _header_of(header)
    assert (str(h.published), h.partial) == (published, partial)


@pytest.mark.parametrize(
    "telling",
    [
        "The minister told Civil.Ge",
        "The minister told Georgia Today",
        "The minister told The Warsaw Voice",
        "Speaking to Radio Sweden, the minister said",
        "In an interview with Reuters, the minister said",
    ],
)
def test_telling_an_outlet_by_its_name_is_a_press_event(telling: str) -> None:
    d = draft(
        "Report\n\nMINSK, 29 May 2021 (AP) – Lukashenko met Putin in Sochi on Friday.\n\n"
        f"{telling} that the talks had gone well."
    )
    assert any(e.event_type == "press_event" for e in d.events)


@pytest.mark.parametrize(
    "sentence",
    [
        "Putin, who was inaugurated for a third term on May 7, chose Minsk for his first trip.",
        "Relations soured after the arrest in Minsk of Uralkali CEO Vladislav Baumgertner.",
    ],
)
def test_an_inauguration_and_an_arrest_told_by_their_verbs_or_nouns_are_events(
    sentence: str,
) -> None:
    d = draft(f"Report\n\nMINSK, 29 May 2012 (AP) – The leaders met.\n\n{sentence}")
    assert any(e.event_type == "other" for e in d.events)


def test_an_outlet_named_today_is_no_date() -> None:
    from diplomatic_timeline.extract.dates import find_dates

    text = "He told Georgia Today. Today, Putin met. In an interview with Russia Today, he said. "
    found = [d.text for d in find_dates(text + "Lukashenko to Visit Russia Today")]
    assert found == ["Today", "Today"]  # the second: a headline's, "Visit Russia Today"


def test_a_possessive_anniversary_makes_its_event_that_many_years_older() -> None:
    d = draft(
        "Putin and Lukashenko fail to seal deeper union\n\nSOCHI, Dec 8, 2019 (Reuters) - The "
        "two leaders today marked the treaty's 20th anniversary with talks."
    )
    (treaty,) = [e for e in d.events if e.event_type == "agreement"]
    assert str(treaty.date.start) == "1999-12-08"


def test_next_says_less_than_a_modal_of_its_clause() -> None:
    d = draft(
        "Report\n\nMINSK, 29 April 2014 (AP) – The leaders met.\n\nThe next informal meeting "
        "of the leaders could take place in Sochi in the autumn."
    )
    (meeting,) = [e for e in d.events if any(m.text == "meeting" for m in e.mentions)]
    assert meeting.status == "proposed"


@pytest.mark.parametrize(
    ("body", "words", "speaker"),
    [
        (
            "Putin met Lukashenko. At a news conference in St Petersburg he said that the draft "
            "would recreate «the weaknesses of the Soviet Union».",
            "the weaknesses",
            "vladimir-putin",
        ),
        (
            "Belarusian President Alexander Lukashenko on Friday rejected as «unacceptable» a "
            "proposal by Russia's Vladimir Putin.",
            "unacceptable",
            "alexander-lukashenko",
        ),
        (
            "'The act is the roof of our house,' the Belarusian President said. 'But you do not "
            "build the roof before the walls.'",
            "But you do not",
            "alexander-lukashenko",
        ),
        (
            "After the first call, on Saturday, Lukashenko said Putin had promised “everything "
            "needed” to ensure the security of Belarus.",
            "everything needed",
            "alexander-lukashenko",
        ),
    ],
)
def test_speakers_found_on_the_new_development_sets(body: str, words: str, speaker: str) -> None:
    assert _speaker_of(body, words) == speaker


def test_taken_off_the_agenda_is_cancelled() -> None:
    d = draft(
        "Report\n\nWARSAW, Feb 25, 2004 (PAP) – Gas flows resumed.\n\nA signing of the agreement "
        "on a single currency, long promised for this year, was taken off the agenda."
    )
    (signing,) = [e for e in d.events if e.event_type == "agreement"]
    assert signing.status == "cancelled"


def test_the_second_half_of_a_year_is_july_to_december() -> None:
    from diplomatic_timeline.extract.dates import find_dates

    (half,) = find_dates("in the second half of 2025")
    assert (half.year, half.month, half.end_month) == (2025, 7, 12)


@pytest.mark.parametrize(
    ("body", "words", "speaker"),
    [
        (
            "The Russian gas monopoly's press service gave few details, saying only that talks "
            "would “continue”.",
            "continue",
            None,
        ),
        (
            "The letter Putin sent to Lukashenko was warm, calling him “a true brother”.",
            "a true brother",
            "vladimir-putin",
        ),
        (
            "Lukashenko has angered Putin in the past by calling Russian oil “a weapon”.",
            "a weapon",
            "alexander-lukashenko",
        ),
    ],
)
def test_what_the_second_review_of_this_round_found(
    body: str, words: str, speaker: str | None
) -> None:
    assert _speaker_of(body, words) == speaker


@pytest.mark.parametrize(
    ("sentence", "unwanted"),
    [
        ("Putin told A.Lukashenko that the gas price would stay the same.", "press_event"),
        ("Minsk demanded the arrest of Uralkali CEO Vladislav Baumgertner.", "other"),
        ("The Yamal-Europe gas pipeline was inaugurated in 1999.", "other"),
    ],
)
def test_initials_a_demanded_arrest_and_a_pipeline_are_no_events(
    sentence: str, unwanted: str
) -> None:
    d = draft(f"Report\n\nMINSK, 29 May 2021 (AP) – The leaders met.\n\n{sentence}")
    assert not any(e.event_type == unwanted for e in d.events)


def test_next_gives_way_only_to_a_cue_that_is_no_past_verb() -> None:
    d = draft(
        "Report\n\nMINSK, 29 May 2021 (AP) – The leaders met.\n\nLukashenko announced that "
        "the next meeting of the Supreme State Council takes place in Minsk in December."
    )
    (summit,) = [e for e in d.events if e.event_type == "summit"]
    assert summit.status == "scheduled"


def test_the_press_service_of_the_belarusian_ruler_is_the_presidential_one() -> None:
    body = (
        "The talks lasted about three hours, the press service of the Belarusian ruler "
        "reported. Officially the sides discussed «the situation in the region»."
    )
    assert _speaker_of(body, "the situation") == "belarusian-presidential-press-service"


@pytest.mark.parametrize(
    ("header", "published", "partial"),
    [
        ("Sanctions\n\nBy Nikolaj Kragh\nBRUSSELS, 28. MAY 2021, 17:49\n\n", "2021-05-28", None),
        ("Talks in Sochi\n\n08-12-2019 11:46\n\n", "2019-12-08", None),
        ("Talks\n\nAGENCIES / Updated: Feb 19, 2022, 00:18 IST\n\n", "2022-02-19", None),
        (
            "Treaty signed\n\nWorld | May 29, 2014, Thursday // 18:12 | Views: 1874 | Comments: "
            "6\n\n",
            "2014-05-29",
            None,
        ),
        ("Politics\n\nLukashenko in Sochi\n\nby Hungary Today 2022.09.27.\n\n", "2022-09-27", None),
        (
            "War games\n\nBy DARIA ORLOVA Associated Press\nMOSCOW — Sep 18, 2017, 1:22 PM ET\n\n",
            "2017-09-18",
            None,
        ),
        ("Summit\n\nOur Correspondent\n\nQINGDAO, June 10: ", "None", "--06-10"),
        ("Tehran Times\n\nWeapons to Belarus\n\nMarch 26 - 21:40\n\n", "None", "--03-26"),
    ],
)
def test_date_lines_found_on_the_second_new_development_sets(
    header: str, published: str, partial: str | None
) -> None:
    h = _header_of(header)
    assert (str(h.published), h.partial) == (published, partial)


@pytest.mark.parametrize(
    ("lines", "kinds"),
    [
        (
            "Putin and Lukashenko during a joint news conference at the Kremlin. (AP photo)",
            ["caption", "photo_credit"],
        ),
        (
            "Putin, right, greets Lukashenko at the Bocharov Ruchei residence in Sochi, Russia, "
            "on Monday.\n(Photo: Mikhail Klimentyev, AP)",
            ["caption", "photo_credit"],
        ),
        (
            "Russian President Vladimir Putin and Belarusian President Alexander Lukashenko attend "
            "the Victory Day military parade on Red Square in central Moscow, May 9, 2024.\n"
            "(Photo by ALEXANDER KAZAKOV/POOL/AFP via Getty Images)",
            ["caption", "photo_credit"],
        ),
        ("MORE: Who is Svetlana Tikhanovskaya, the teacher who took on Europe?", ["related_list"]),
    ],
)
def test_captions_credits_and_links_found_on_the_second_new_development_sets(
    lines: str, kinds: list[str]
) -> None:
    from diplomatic_timeline.extract.furniture import find_furniture

    text = f"Report\n\nMINSK, 29 May 2021 (AP) – The leaders met.\n\n{lines}\n\nThe talks went on."
    assert [f.kind for f in find_furniture(text) if f.kind != "navigation"] == kinds


@pytest.mark.parametrize(
    ("header", "published"),
    [
        (
            "CASPIAN NEWS\n\nLoan in Sochi\n\nBy Orkhan Mammadli\n15 September 2020\n"
            "Photo: Kremlin Press Service\n\n",
            "2020-09-15",
        ),
        (
            "The Jakarta Post\n\nParade\n\nAgence France-Presse, Moscow | World | Sat, May 09 "
            "2015, 8:42 PM\n\n",
            "2015-05-09",
        ),
    ],
)
def test_date_lines_found_on_the_third_new_development_sets(header: str, published: str) -> None:
    assert str(_header_of(header).published) == published


@pytest.mark.parametrize(
    ("lines", "kinds"),
    [
        (
            "Putin (R) and Lukashenko attend a news conference in Moscow, September 9, 2021. "
            "/Sputnik via Reuters",
            ["caption", "photo_credit"],
        ),
        (
            "Related posts\nHundreds Rally in Prague\nSenate Speaker to Visit Taiwan",
            ["related_list"],
        ),
        (
            "Top 10 Stories\n1. Seoul shares close higher\n2. Samsung to unveil tablet",
            ["related_list"],
        ),
        ("JN ACCESS RANKING\n1 Govt to extend subsidy\n2 Abe, Xi to hold talks", ["related_list"]),
    ],
)
def test_furniture_found_on_the_third_new_development_sets(lines: str, kinds: list[str]) -> None:
    from diplomatic_timeline.extract.furniture import find_furniture

    text = f"Report\n\nMINSK, 29 May 2021 (AP) – The leaders met.\n\n{lines}"
    assert [f.kind for f in find_furniture(text) if f.kind != "navigation"] == kinds


def test_finnish_quotation_marks_open_with_the_closing_mark() -> None:
    d = draft(
        "Report\n\nHELSINKI, 18 February 2022 (STT) – The leaders met.\n\nNiinistö called the "
        "drills ”purely defensive” and said: ”Finland must keep its room to manoeuvre.”"
    )
    assert [q.quote.text for q in d.quotes] == [
        "purely defensive",
        "Finland must keep its room to manoeuvre.",
    ]


@pytest.mark.parametrize(
    ("header", "published", "partial"),
    [
        (
            "EUROPE\n\nLoan in Sochi\n\nDAILY SABAH WITH AFP\nISTANBUL\n"
            "SEP 14, 2020 - 7:21 PM GMT+3\n\n",
            "2020-09-14",
            None,
        ),
        (
            "World\n\nRare trip\n\nBY DANIEL KORSGAARD ON 12/19/22 AT 11:52 AM EST\n\n",
            "2022-12-19",
            None,
        ),
        (
            "The Toronto Star\nDecember 9, 1999, Thursday, Ontario Edition\n\nTreaty signed\n\n",
            "1999-12-09",
            None,
        ),
        (
            "Europe\n\nLukashenko accuses Kremlin as gas is cut off\n\n"
            "By Hugh Carrow in Moscow\nFriday 20 February\n\n",
            "None",
            "--02-20",
        ),
        (
            "Chicago Tribune\n\nCOMMUNITY FORGED\n\n"
            "April 3, 1996|By Martin Kessel, Tribune Foreign Correspondent.\n\n",
            "1996-04-03",
            None,
        ),
    ],
)
def test_date_lines_found_on_retired_blind_sets_57_and_58(
    header: str, published: str, partial: str | None
) -> None:
    h = _header_of(header)
    assert (str(h.published), h.partial) == (published, partial)


def test_a_two_digit_year_is_read_only_before_a_time_of_day() -> None:
    from diplomatic_timeline.extract.dates import find_dates

    text = "Filed 12/19/22 at 11:52 AM. Votes were 12/19/22 in favour."
    found = find_dates(text, 0, len(text))
    assert [(e.text, e.year, e.month, e.day) for e in found] == [("12/19/22", 2022, 12, 19)]


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Saturday, 09/20/03", ("09/20/03", 2003, 9, 20)),  # only the American order fits
        ("Thursday 05.06.03", ("05.06.03", 2003, 6, 5)),  # 5 June 2003 was a Thursday, 6 May not
        ("Wednesday, 12/31/97", ("12/31/97", 1997, 12, 31)),
    ],
)
def test_a_two_digit_year_after_the_weekday_it_falls_on_is_read(
    line: str, expected: tuple[str, int, int, int]
) -> None:
    from diplomatic_timeline.extract.dates import find_dates

    found = find_dates(line, 0, len(line))
    assert [(e.text, e.year, e.month, e.day) for e in found] == [expected]


@pytest.mark.parametrize(
    "line",
    [
        "Friday, 09/20/03",  # 20 September 2003 was a Saturday
        "- Zimbabwe agrees to halt farm seizures (9/7/01)",  # no weekday: another item's date
        "Pub Date: 4/03/97",  # no weekday: 3 April or 4 March
    ],
)
def test_a_two_digit_year_without_its_weekday_is_not_a_date(line: str) -> None:
    from diplomatic_timeline.extract.dates import find_dates

    assert find_dates(line, 0, len(line)) == []


def test_a_date_line_with_a_weekday_and_a_two_digit_year_is_the_publication_date() -> None:
    # found on the retired blind set 142 (an AP story on a US paper's page)
    h = _header_of(
        "World News\n\nSaturday, 09/20/03\n\nFour ex-Soviet states agree on common market\n\n"
        "By DMITRI LAPIN\nAssociated Press\n\nYALTA, Ukraine — The leaders of Russia, Ukraine, "
        "Belarus and Kazakhstan signed an agreement yesterday.\n"
    )
    assert (str(h.published), h.partial) == ("2003-09-20", None)


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        # "he" is no state, however the sentence before names one as a subject
        (
            "Lukashenko said he agreed to sign only after Moscow promised to stop collecting "
            'duties. "We have made concessions, and Russia has made concessions," he said.',
            "alexander-lukashenko",
        ),
        # the subject of the sentence, not a person named later in it
        (
            "Kremlin spokesman Dmitry Peskov has declined to say where Putin would spend the "
            "night. “We have no information about his movements,” he told reporters.",
            "dmitry-peskov",
        ),
        # … and a name after "whether" is no subject: the last person named still is
        (
            "Asked whether Medvedev might visit Belarus, Peskov was cautious. “There is an "
            "invitation, and it stands,” he said.",
            "dmitry-peskov",
        ),
    ],
)
def test_a_pronoun_is_the_person_who_is_the_subject_before_it(body: str, speaker: str) -> None:
    text = f"Moscow talks\n\nMOSCOW, 12 June 2023 (TASS) – {body}"
    assert [q.speaker.actor_id for q in draft(text).quotes] == [speaker]


@pytest.mark.parametrize(
    ("sentence", "status"),
    [
        ("European Union leaders on Monday agreed to ban Belarusian airlines.", "held"),
        ("Speaking in Minsk on Saturday, the leader said he would not sit with them.", "held"),
        # the plan is told before the saying: the date is the plan's
        ("The next round is scheduled for June 7, he said, and Georgia will attend.", "scheduled"),
        ("Putin said he would visit Minsk in June.", "scheduled"),
    ],
)
def test_a_date_before_a_past_verb_of_saying_dates_the_saying(sentence: str, status: str) -> None:
    (when,) = find_dates(sentence)
    assert status_around(sentence, sentences(sentence)[0], [], when) == status


@pytest.mark.parametrize(
    ("header", "published"),
    [
        (
            "Greek Reporter\n\nPutin, Lukashenko End Energy Feud\n\n"
            "Nikos Theodorou - April 4, 2017\n\n",
            "2017-04-04",
        ),
        (
            "Viet Nam News\n\nPutin, Lukashenko watch war games\n\nUpdate: September, 27/2013 - "
            "08:52\n\n",
            "2013-09-27",
        ),
        (
            "ynetnews\n\nLukashenko stands by Moscow\n\nAssociated Press\nPublished:  08.19.08, "
            "20:14\n\n",
            "2008-08-19",
        ),
        (
            "ESTONIAN WORLD\n\nLukashenko and Putin fail to agree on oil\n\n28 December 2018 • "
            "Estonian World\n\n",
            "2018-12-28",
        ),
    ],
)
def test_date_lines_found_on_development_sets_71_to_73(header: str, published: str) -> None:
    assert str(_header_of(header).published) == published


def test_a_month_and_a_comma_before_a_count_is_no_date() -> None:
    text = "In September, 27 people were detained; on September, 27/2013 the drills ended."
    assert [e.text for e in find_dates(text) if e.day] == ["September, 27/2013"]


@pytest.mark.parametrize(
    ("lines", "kinds"),
    [
        (
            "Putin and Lukashenko watch the Zapad-2013 drills near Grodno on Thursday. — AFP/VNA "
            "Photo",
            ["caption", "photo_credit"],
        ),
        (
            "Putin meets Lukashenko in Sochi, Russia September 14, 2020 | Sputnik/Kremlin via "
            "Reuters",
            ["caption", "photo_credit"],
        ),
        ("Lithuania protests over troop transit, Page 12", ["related_list"]),
    ],
)
def test_captions_credits_and_pointers_found_on_development_sets_71_to_73(
    lines: str, kinds: list[str]
) -> None:
    text = f"Report\n\nMINSK, 29 May 2021 (AP) – The leaders met.\n\n{lines}\n\nThe talks went on."
    assert [f.kind for f in find_furniture(text) if f.kind != "navigation"] == kinds


def test_a_quotation_quoted_inside_another_does_not_take_the_speakers_turn() -> None:
    text = (
        "Lux\n\nLUXEMBOURG, March 26, 2023 (AFP) - Ministers met.\n\nForeign Minister Jean "
        'Asselborn told RTL on Sunday that Putin was "playing with fire".\n\n"When Putin says '
        "'nothing unusual', he is trying to make the extraordinary look normal,\" Asselborn said. "
        '"We must not fall into that trap."'
    )
    speakers = [q.speaker.actor_id for q in draft(text).quotes]
    assert speakers[-2:] == ["vladimir-putin", "jean-asselborn"]


def test_talks_after_the_exercises_take_the_day_of_the_exercises() -> None:
    # development set 71's Viet Nam News page: "on Thursday watched … exercises" / "After the
    # exercises the presidents held talks in Grodno" / "Speaking to reporters after the talks"
    text = (ROOT / "tests/dev71/raw/dispatches/dsp-776502c1ed3c786a.txt").read_text()
    d = draft(text)
    days: dict[str, date | None] = {}
    for ev in d.events:
        days.setdefault(ev.event_type, ev.date.start)  # the first of each type
    assert d.header.published == date(2013, 9, 27)
    assert days["meeting"] == days["press_event"] == date(2013, 9, 26)


def test_the_subject_after_an_opening_participle_speaks_both_partial_quotations() -> None:
    text = (
        "Drills\n\nMINSK, Sept 16, 2017 (AP) - The drills went on.\n\nBelarusian officials said "
        "last month that the joint visit had been dropped.\n\nSpeaking in Minsk on Friday, the "
        'Belarusian leader brushed off Western concerns as "hysteria" and said the drills were '
        '"not aimed at anyone."'
    )
    speakers = [q.speaker.actor_id if q.speaker else None for q in draft(text).quotes]
    assert speakers == ["alexander-lukashenko", "alexander-lukashenko"]


@pytest.mark.parametrize(
    ("header", "published"),
    [
        (
            "Philstar.com\n\nPutin, Lukashenko fail to end oil row\n\nAgence France-Presse "
            "(philstar.com) - December 26, 2018 - 10:41am\n\n",
            "2018-12-26",
        ),
        (
            "24.kg\n\nLukashenko and Putin agree oil supplies for 2013\n\n19/12/12 18:42, Bishkek "
            "– 24.kg news agency, by Daria Podolskaya\n\n",
            "2012-12-19",
        ),
    ],
)
def test_date_lines_found_on_development_set_75(header: str, published: str) -> None:
    assert str(_header_of(header).published) == published


@pytest.mark.parametrize(
    ("lines", "kinds"),
    [
        (
            "Lukashenko casts his ballot at a polling station in Minsk, October 11, 2015.\n"
            "REUTERS/Vasily Fedosenko",
            ["caption", "photo_credit"],
        ),
        (
            "Putin and Lukashenko meet at the Kremlin on December 25, 2018. AFP/Sputnik/Mikhail "
            "Klimentyev",
            ["caption", "photo_credit"],
        ),
        ("RELATED: Belarus leader says Russia eyeing ‘incorporation’", ["related_list"]),
        ("Tags / Keywords: World, Belarus, Russia, election", ["tags"]),
        ("Home  News  Business  Sport  Metro  Lifestyle", ["navigation"]),
    ],
)
def test_furniture_found_on_development_set_75(lines: str, kinds: list[str]) -> None:
    assert _furniture_kinds(lines) == kinds


_SOCHI = (
    "Lukashenko stays on in Sochi after talks\n\nSOCHI, Russia, May 3, 2019 (Reuters) - Russian "
    "President Vladimir Putin and Belarusian President Alexander Lukashenko held talks on Friday "
    "about gas prices.\n\n"
)


@pytest.mark.parametrize(
    "sentence",
    [
        "When Putin raised the question of a single currency, Lukashenko walked out.",
        "After Putin flew back to Moscow, Lukashenko stayed on in Sochi for two more days.",
        "Despite Putin's offer of cheaper gas, Lukashenko remained unconvinced.",
    ],
)
def test_a_name_in_an_opening_clause_or_owning_a_thing_is_no_subject(sentence: str) -> None:
    text = f'{_SOCHI}{sentence}\n\n"We will not sell our sovereignty," he said.'
    assert [q.speaker.actor_id for q in draft(text).quotes] == ["alexander-lukashenko"]


def test_words_a_speaker_brushes_aside_are_not_his_own() -> None:
    text = (
        f'{_SOCHI}Lukashenko brushed aside a Kremlin proposal for "deeper integration" of the two.'
    )
    (quote,) = draft(text).quotes
    assert quote.speaker is None or quote.speaker.actor_id != "alexander-lukashenko"


@pytest.mark.parametrize(
    "title",
    [
        "Update 2-Russia, Belarus sign oil deal after talks in Sochi",
        "Lukashenko Wins Again - May 3, 2019",
    ],
)
def test_a_headline_like_a_date_line_stays_the_title(title: str) -> None:
    text = f"{title}\n\nMINSK (Reuters) - Russia and Belarus signed an oil deal on Friday."
    h = draft(text).header
    assert (h.title.text if h.title else None, h.published) == (title, None)


def test_after_the_exercises_borrows_no_day_from_another_kind_of_event() -> None:
    text = (
        "Talks in Minsk\n\nMINSK, Sept. 20, 2017 (Reuters) - Thousands of people marched through "
        "Minsk on Monday to protest against the price deal.\n\nRussia and Belarus held the Zapad "
        "military exercises in August. After the exercises the presidents held talks in Minsk."
    )
    talks = next(ev for ev in draft(text).events if ev.event_type == "meeting")
    assert talks.date.start != date(2017, 9, 18)


def test_an_attribution_set_off_by_commas_leaves_the_plan_its_tense() -> None:
    sentence = "The summit on June 20, Peskov said, will focus on gas prices."
    (when,) = find_dates(sentence)
    assert status_around(sentence, sentences(sentence)[0], [], when) == "scheduled"


def test_a_photo_of_a_group_is_no_agency_credit() -> None:
    text = (
        f"{_SOCHI}Russia and Belarus signed an oil deal on Friday. The leaders then posed for a "
        "photo. - Group/Official Photo\n\nThe talks went on."
    )
    assert not any(f.kind == "photo_credit" for f in find_furniture(text))


@pytest.mark.parametrize(
    ("paragraph", "quotes"),
    [
        # Polish „…”, German „…“, and guillemets inside such a quotation
        (
            "„We have sold it, but not Belarus”, Lukashenko said.",
            ["We have sold it, but not Belarus"],
        ),
        ("„Wir haben es verkauft“, sagte Lukaschenko.", ["Wir haben es verkauft"]),
        (
            "„They understood that «there is no free gas», as I said. Today it is fair”, he said.",
            [
                "They understood that «there is no free gas», as I said. Today it is fair",
                "there is no free gas",
            ],
        ),
    ],
)
def test_low_opening_quotation_marks_pair_with_their_closers(paragraph: str, quotes: list) -> None:
    text = f"Gas deal\n\nMINSK, Nov 26, 2011 (PAP) - The deal was signed.\n\n{paragraph}"
    assert [q.text for q in find_quotes(text, [])] == quotes


def test_a_dateline_before_a_colon_is_no_transcript_speaker() -> None:
    text = (
        "Talks end\n\nSOCHI, Russia: Russian President Vladimir Putin and Alexander Lukashenko "
        "failed on Saturday to agree on integration, officials said.\n\nThe two leaders met."
    )
    assert draft(text).quotes == []


def test_a_day_first_header_date_gives_way_to_the_datelines_month_first_reading() -> None:
    text = (
        "KUNA | Kuwait News Agency\n\nPutin, Lukashenko end Sochi talks without a deal\n\n"
        "12/7/2019 9:48:00 PM\n\nSOCHI, Russia, Dec 7 (KUNA) -- Putin and Lukashenko held talks."
    )
    assert draft(text).header.published == date(2019, 12, 7)


@pytest.mark.parametrize(
    ("header", "published"),
    [
        (
            "The Baltic Course\n\nBelarus to ship oil products via Russian ports\n\n"
            "BC, Riga, 05.05.2017.Print version\n\n",
            "2017-05-05",
        ),
        (
            "EL PAÍS\n\nPutin and Lukashenko meet in Moscow\n\nÁLVARO RUIZ\n"
            "Moscow - FEB 18, 2022 - 17:46 CET\n\n",
            "2022-02-18",
        ),
    ],
)
def test_date_lines_found_on_development_sets_77_to_79(header: str, published: str) -> None:
    assert str(_header_of(header).published) == published


@pytest.mark.parametrize(
    ("lines", "kinds"),
    [
        (
            "Belarusian and Russian troops during a joint exercise. File photo: Vasily "
            "Fedosenko/Reuters/Scanpix",
            ["caption", "photo_credit"],
        ),
        (
            "Yeltsin and Lukashenko after the signing in the Kremlin on Wednesday.\nREUTERS",
            ["caption", "photo_credit"],
        ),
        (
            "Putin and Lukashenko during their meeting outside Saint Petersburg. AFP",
            ["caption", "photo_credit"],
        ),
        (
            "Lukashenko speaks during his meeting with the ambassador.\n— AFP pic",
            ["caption", "photo_credit"],
        ),
        (
            "Lukashenko speaks during a government meeting.\nAFP PHOTO / SERGEI GAPON",
            ["caption", "photo_credit"],
        ),
        (
            "Putin greets Lukashenko at the Kremlin on Friday.\nSPUTNIK (via REUTERS)",
            ["caption", "photo_credit"],
        ),
        (
            "Putin and Lukashenko shake hands.\n(Alexander Kazakov, Sputnik, Kremlin Pool Photo "
            "via AP)",
            ["caption", "photo_credit"],
        ),
        ("Related Topics\nRussia  Belarus  Vladimir Putin", ["tags"]),
        ("Also worth reading\nNATO leaders paper over rifts at London summit", ["related_list"]),
    ],
)
def test_furniture_found_on_development_sets_77_to_79(lines: str, kinds: list[str]) -> None:
    assert _furniture_kinds(lines) == kinds


def test_an_agency_alone_under_a_headline_is_no_credit_for_it() -> None:
    text = "Report\n\nPutin meets Lukashenko in Sochi\nAFP\n\nSOCHI (AFP) - The leaders met."
    assert not any(f.kind == "caption" for f in find_furniture(text))


@pytest.mark.parametrize(
    "text",
    [
        # a story's last paragraph, then the agency signing it off
        f"{_SOCHI}The two leaders will meet again in St Petersburg on December 20.\nAFP",
        # a standfirst over the agency's byline
        "Putin and Lukashenko fail to agree\n\nThe two leaders will meet again in St Petersburg "
        "on December 20.\nReuters\n\nSOCHI, Dec 7 (Reuters) - The leaders met on Saturday.",
        # a paragraph ending in the agency's name
        f"{_SOCHI}Lukashenko will visit Moscow on December 20 for further talks, the Kremlin said. "
        "Reuters\n\nThe talks went on.",
    ],
)
def test_an_agency_signing_off_a_story_makes_no_caption_of_its_news(text: str) -> None:
    d = draft(text)
    assert not any(f.kind == "caption" for f in d.furniture)
    assert any(ev.status == "scheduled" for ev in d.events)


def test_a_list_of_places_and_dates_is_no_date_line() -> None:
    text = (
        "Putin and Lukashenko to meet again in Sochi\n\nMINSK, Feb 14, 2020 (Reuters) - "
        "Lukashenko will travel to Sochi on Friday for talks with Putin.\nTheir last meetings:\n"
        "Sochi - 7 December 2019\nPetersburg - 20 December 2019"
    )
    assert draft(text).header.published == date(2020, 2, 14)


@pytest.mark.parametrize(
    "paragraph",
    [
        "Kremlin spokesman Dmitry Peskov told reporters:“The talks will continue next week.”",
        "Kremlin spokesman Dmitry Peskov said,“ The talks will continue next week.”",
    ],
)
def test_a_mark_after_punctuation_with_no_quotation_open_opens_one(paragraph: str) -> None:
    text = f"Talks\n\nMOSCOW, May 3, 2019 (Reuters) - The leaders met.\n\n{paragraph}"
    assert [q.text for q in find_quotes(text, [])] == ["The talks will continue next week."]


def test_an_interview_label_with_a_title_is_a_speaker_not_a_dateline() -> None:
    text = (
        "Interview\n\nQUESTION: How are relations with Minsk?\n\nLAVROV, Foreign Minister: "
        "Relations with Belarus are excellent.\n\nQUESTION: And the gas price?\n\nLAVROV, "
        "Foreign Minister: It will be agreed."
    )
    assert "Relations with Belarus are excellent." in [q.text for q in find_quotes(text, [])]


@pytest.mark.parametrize(
    ("paragraph", "speaker"),
    [
        (
            "„Lukashenko has just sold another piece of his independence”, says Jan Wierzbicki, "
            "an analyst at the Centre for Eastern Studies in Warsaw.",
            "jan-wierzbicki",
        ),
        (
            '"Russia practised an attack on Sweden at Easter," said Social Democrat defence '
            "spokesman Peter Hultqvist.",
            "peter-hultqvist",
        ),
        (
            'EU Energy Commissioner Andris Piebalgs called on both countries to "restore '
            'confidence" and said Brussels expected to be informed.',
            "andris-piebalgs",
        ),
    ],
)
def test_people_introduced_by_a_title_or_an_appositive_speak_by_name(
    paragraph: str, speaker: str
) -> None:
    text = f"Gas\n\nWARSAW, Nov 26, 2011 (PAP) - Medvedev spoke.\n\n{paragraph}"
    d = draft(text)
    (quote,) = d.quotes
    assert d.new_actors[quote.speaker.actor_id][0].lower().replace(" ", "-") == speaker


def test_a_blogs_meta_line_is_its_date_line() -> None:
    text = (
        "The Sofia Globe\n\nLukashenko wins fifth term as Belarus president\n\nWritten by The "
        "Sofia Globe staff on October 12, 2015 in World - No Comments\n\nPutin called Lukashenko."
    )
    assert draft(text).header.published == date(2015, 10, 12)


def test_a_credit_to_an_agency_or_licensors_ends_a_caption_with_quotation_marks() -> None:
    text = (
        "Report\n\nMINSK, 20 Feb 2022 (AP) – The leaders met.\n\nSoldiers during the “Allied "
        "Resolve 2022” exercise at the training ground  (AFP or licensors)\n\nThe drills went on."
    )
    kinds = [f.kind for f in find_furniture(text) if f.kind != "navigation"]
    assert kinds == ["caption", "photo_credit"]


@pytest.mark.parametrize(
    ("lines", "kinds"),
    [
        (
            "Putin (R) meets with Lukashenko in St. Petersburg, Russia.\n(Sputnik/Handout via "
            "Xinhua)",
            ["caption", "photo_credit"],
        ),
        (
            "Belarus - President Alexander Lukashenka at a news conference in Minsk, 19Dec2014",
            ["caption"],
        ),
        (
            "Putin and Lukashenko attend a meeting of the Supreme State Council in Minsk.\n"
            "Credit: Reuters Photo",
            ["caption", "photo_credit"],
        ),
        (
            "AFP/Sergei Supinsky\nOpposition supporters gather around tents in October Square.",
            ["photo_credit", "caption"],
        ),
    ],
)
def test_furniture_found_on_development_sets_81_and_82(lines: str, kinds: list[str]) -> None:
    assert _furniture_kinds(lines) == kinds


def test_a_credit_over_the_lead_makes_no_caption_of_it() -> None:
    text = (
        "Report\n\nAFP/Sergei Supinsky\nMINSK, March 21 (AFP) - Thousands of opposition "
        "supporters gathered in October Square on Tuesday.\n\nThe protest went on."
    )
    assert not any(f.kind == "caption" for f in find_furniture(text))


def test_a_date_line_between_the_site_name_and_its_navigation_bar_dates_the_page() -> None:
    text = (
        "THE MOSCOW TRIBUNE\nFriday, October 3, 1997\nFront Page | News | Business | Opinion\n\n"
        "Yeltsin Grounds Lukashenko's Plane\n\nBy Sergei Borodin\n\nLukashenko was stopped."
    )
    assert draft(text).header.published == date(1997, 10, 3)


@pytest.mark.parametrize(
    ("paragraphs", "speaker"),
    [
        (
            "On Monday, the foreign minister flew to Brussels for meetings with EU officials.\n\n"
            '"We are ready to compromise," the minister said on arrival.',
            None,
        ),
        (
            "The Belarusian side was led by Andrei Savinykh, and the Lithuanian ambassador walked "
            'out.\n\n"We cannot accept this," the ambassador said.',
            None,
        ),
    ],
)
def test_an_appositive_at_a_sentences_end_needs_a_reporting_verb(
    paragraphs: str, speaker: str | None
) -> None:
    text = f"Talks\n\nMINSK, May 3, 2019 (Reuters) - The talks went on.\n\n{paragraphs}"
    (quote,) = draft(text).quotes
    assert (quote.speaker.actor_id if quote.speaker else None) == speaker


@pytest.mark.parametrize(
    "lines",
    [
        "Photo: BelTA\nBelarus on Friday abolished visas for citizens of 80 countries.",
        "REUTERS/Vasily Fedosenko\nMinsk secures a discount on Russian gas for three years.",
        "Gas: the price falls to $130.\nCredit: Russia refinances $700 million of debt.\n"
        "Oil: duty-free supplies rise to 24 million tonnes a year.",
    ],
)
def test_news_under_a_credit_or_in_a_factbox_is_no_caption(lines: str) -> None:
    text = f"Report\n\nMINSK, 29 May 2021 (AP) – The leaders met.\n\n{lines}\n\nThe talks went on."
    assert not any(f.kind == "caption" for f in find_furniture(text))


def test_the_publication_date_line_proposes_no_event() -> None:
    text = (
        "Written by The Sofia Globe staff on October 12, 2015 in World - No Comments\n\n"
        "Bulgaria backs EU line on Belarus\n\nSOFIA, Oct 12 (Sofia Globe) - Bulgaria's foreign "
        "ministry said on Monday it backs the EU position on Belarus."
    )
    assert not any(
        "Written by" in text[m.start : m.end] for ev in draft(text).events for m in ev.mentions
    )


@pytest.mark.parametrize(
    ("header", "published"),
    [
        (
            "Tasnim News Agency\n\nBelarus Does Not Need Russian Air Base\n\nOctober, 07, 2015 - "
            "15:46\n\n",
            "2015-10-07",
        ),
        (
            "The Economic Times\n\nBelarus orders halt to Russian gas transit\n\n22 Jun, 2010, "
            "05.41PM IST, AFP\n\n",
            "2010-06-22",
        ),
    ],
)
def test_date_lines_found_on_development_sets_86_to_88(header: str, published: str) -> None:
    assert str(_header_of(header).published) == published


@pytest.mark.parametrize(
    ("lines", "kinds"),
    [
        (
            "Putin and Lukashenko watch the Zapad-2013 exercises near Grodno on Thursday. — AFP",
            ["caption", "photo_credit"],
        ),
        (
            "Putin (R) meets Lukashenko in Sochi on September 14, 2020. AFP PHOTO",
            ["caption", "photo_credit"],
        ),
        (
            "ALLIES. Putin and Lukashenko shake hands at the Kremlin in Moscow, Russia.\n"
            "Sputnik/Mikhail Klimentyev/Kremlin via Reuters",
            ["caption", "photo_credit"],
        ),
        (
            "Other news from the rubric\n15:48 | Chisinau and Tiraspol experts to meet",
            ["related_list"],
        ),
    ],
)
def test_furniture_found_on_development_sets_86_to_88(lines: str, kinds: list[str]) -> None:
    assert _furniture_kinds(lines) == kinds


def test_a_place_opening_the_sentence_before_asides_is_no_speaker() -> None:
    text = (
        "Treaty\n\nMOSCOW, April 3, 1996 (AP) - The leaders signed.\n\nIn Moscow, Communist "
        "candidate Gennady Zyuganov, who leads Yeltsin in most polls, dismissed the ceremony as "
        '"an election-year show" and said a Communist government would go further.'
    )
    assert [q.speaker.actor_id for q in draft(text).quotes] == ["gennady-zyuganov"]


@pytest.mark.parametrize(
    ("header", "published"),
    [
        (
            "The Jordan Times\n\nRussia slashes Belarus gas price\n\nBy AFP - Nov 26,2011 - Last "
            "updated at Nov 26,2011\n\n",
            "2011-11-26",
        ),
        (
            "THE UKRAINIAN WEEKLY\nSunday, August 25, 2002 | No. 34, Vol. LXX\n\n"
            "Putin's merger offer leaves Lukashenka cornered\n\n",
            "2002-08-25",
        ),
    ],
)
def test_date_lines_found_on_development_sets_89_to_91(header: str, published: str) -> None:
    assert str(_header_of(header).published) == published


@pytest.mark.parametrize(
    ("lines", "kinds"),
    [
        (
            "Associated Press photo\nYeltsin (right) and Lukashenko exchange copies of the union "
            "treaty Wednesday in the Kremlin.",
            ["photo_credit", "caption"],
        ),
        (
            "Putin (right) meets Lukashenko in Sochi, Russia, September 14, 2020. — Reuters photo",
            ["caption", "photo_credit"],
        ),
        (
            "Other articles in News\nRomania and Moldova sign energy interconnection deal",
            ["related_list"],
        ),
    ],
)
def test_furniture_found_on_development_sets_89_to_91(lines: str, kinds: list[str]) -> None:
    assert _furniture_kinds(lines) == kinds


@pytest.mark.parametrize(
    ("header", "published"),
    [
        (
            "Ahram Online\n\nBelarus threatens border checks\n\nMinsk accuses Moscow\n\n"
            "AFP , Wednesday 3 Dec 2014\n\n",
            "2014-12-03",
        ),
        (
            "The Astana Times\n\nPutin Says Missiles Could Be Stationed in Belarus\n\n"
            "By Aibarshyn Akhmetkali in Nation on 28 November 2024\n\n",
            "2024-11-28",
        ),
        (
            "The Portugal News\n\nPutin and Lukashenko end energy feud\n\n"
            "By TPN/Lusa, in World · 07-04-2017 10:15:00 · 0 Comments\n\n",
            "2017-04-07",
        ),
    ],
)
def test_date_lines_found_on_retired_blind_sets_68_to_85(header: str, published: str) -> None:
    assert str(_header_of(header).published) == published


def test_a_dateline_line_of_its_own_with_the_day_first_gives_day_and_month() -> None:
    header = _header_of(
        "THE BAKU POST\n\nLukashenko heads to Moscow summit\n\nMinsk, 22 December\n\n"
    )
    assert (header.published, header.partial) == (None, "--12-22")


@pytest.mark.parametrize(
    ("lines", "kinds"),
    [
        (
            "Putin and Lukashenko attend a news conference at the Kremlin. PHOTO: REUTERS",
            ["caption", "photo_credit"],
        ),
        (
            "Medvedev (R) shakes hands with Lukashenko at the Kremlin in Moscow February 3, 2009.\n"
            "[Agencies]",
            ["caption", "photo_credit"],
        ),
        (
            "Leaders of the CSTO member states at the summit in Astana. Photo credit: Akorda",
            ["caption", "photo_credit"],
        ),
        (
            "Putin (right) and Lukashenko during their meeting at the Kremlin on December 25, "
            "2018. PHOTO | AFP",
            ["caption", "photo_credit"],
        ),
        ("Putin welcomes Lukashenko in Sochi. Credit: Kremlin.ru", ["caption", "photo_credit"]),
        ("Belarus' President Alexander Lukashenko (Photo: Reuters)", ["caption", "photo_credit"]),
        (
            "GRAPHIC: Photo: REUTERS; Yeltsin and Lukashenko exchange copies of the treaty.",
            ["caption"],
        ),
        ("TAGS ALEXANDER LUKASHENKO BELARUS RUSSIA", ["tags"]),
        ("Photo Gallery: Russia and Belarus Fight Over Gas", ["navigation"]),
        ("Related readings:\nRussia, Belarus to create air defense network", ["related_list"]),
        ("More World stories\nMoscow court extends detention", ["related_list"]),
        ("MORE INTERNATIONAL NEWS\nHarris warns of 'unprecedented' sanctions", ["related_list"]),
        ("Other World News\nChina and India sign border agreement", ["related_list"]),
        ("RELATED SPIEGEL ONLINE LINKS\nThe World from Berlin: 'A Weapon'", ["related_list"]),
        ("Top stories\nLula and Fernandez agree to push trade deal", ["related_list"]),
        ("BY JORDAN WILLIAMS", ["byline"]),
        ("Posted by The Lithuania Tribune in Politics", ["byline"]),
    ],
)
def test_furniture_found_on_retired_blind_sets_68_to_85(lines: str, kinds: list[str]) -> None:
    assert _furniture_kinds(lines) == kinds


@pytest.mark.parametrize(
    ("sentence", "event_type", "status"),
    [
        # the reported speech's "will" before the verb is not the occasion's tense (found on
        # the retired blind set 146)
        (
            "Russia will cut the gas price next year, Putin said Friday after talks with "
            "Lukashenko.",
            "meeting",
            "held",
        ),
        (
            "Prices will fall, Putin told reporters at a joint news conference.",
            "press_event",
            "held",
        ),
        # said before the talks: they may still lie ahead
        (
            "Prices will fall, Putin said before talks with Lukashenko next week.",
            "meeting",
            "scheduled",
        ),
    ],
)
def test_an_occasion_right_after_a_past_verb_of_saying_was_held(
    sentence: str, event_type: str, status: str
) -> None:
    d = draft(f"Report\n\nMINSK, 26 November 2011 (BelTA) – Troops stayed.\n\n{sentence}")
    [ev] = [e for e in d.events if e.event_type == event_type]
    assert ev.status == status


def test_the_day_of_a_saying_dates_the_occasion_right_after_it_not_the_reported_date() -> None:
    d = draft(
        "Report\n\nMINSK, 26 November 2011 (BelTA) – Troops stayed.\n\nRussia will cut the "
        "gas price next year, Putin said Friday after talks with Lukashenko.\n"
    )
    [ev] = [e for e in d.events if e.event_type == "meeting"]
    assert (ev.status, str(ev.date.start), ev.date.precision) == ("held", "2011-11-25", "day")


def test_in_one_sentence_a_meeting_of_named_people_is_not_the_nameless_one_before_it() -> None:
    # found on the retired blind set 144: the two meetings were drafted as one
    d = draft(
        "Milk war\n\nLONDON, 16 June 2009 – Belarus was angry.\n\nVeterinary experts are "
        "due to meet in Moscow tomorrow, and a meeting between Mr Medvedev and Mr Lukashenko "
        "was possible.\n"
    )
    meetings = [[m.text for m in e.mentions] for e in d.events if e.event_type == "meeting"]
    assert meetings == [["meet"], ["meeting"]]


@pytest.mark.parametrize(
    ("sentence", "event_type", "status"),
    [
        # found on the retired blind set 143: drafted scheduled from the reported "would"
        (
            "Putin, at his annual news conference in Moscow on Thursday, said Russia's partners "
            "would be protected.",
            "press_event",
            "held",
        ),
        # no verb of saying after the aside: the plan's tense is the occasion's
        (
            "The leaders, at a summit planned for next week, will sign the treaty.",
            "summit",
            "scheduled",
        ),
    ],
)
def test_an_occasion_in_an_aside_before_said_was_held(
    sentence: str, event_type: str, status: str
) -> None:
    d = draft(f"Report\n\nMINSK, 19 December 2014 (BelTA) – Troops stayed.\n\n{sentence}")
    [ev] = [e for e in d.events if e.event_type == event_type]
    assert ev.status == status


def test_a_session_of_the_union_states_council_of_ministers_is_named_in_the_possessive() -> None:
    # found on the retired blind set 143: merged with another council's meeting, unnamed
    d = draft(
        "Report\n\nMINSK, 19 December 2014 (BelTA) – Lukashenko is due in Moscow for a meeting "
        "of the Supreme Eurasian Economic Council.\n\nA session of the Union State's Council "
        "of Ministers that had been due in Gomel next week was called off on Thursday.\n"
    )
    session = next(e for e in d.events if e.name == "council of ministers")
    assert session.status == "cancelled" and len(d.events) >= 2


def test_a_date_in_what_an_occasion_was_told_does_not_date_the_occasion() -> None:
    # found on the retired blind set 143: the meeting took the rate rise's Tuesday
    d = draft(
        "Report\n\nMINSK, 19 December 2014 (BelTA) – Lukashenko told a meeting of senior "
        "officials in Minsk that Moscow had failed to warn its closest ally before the central "
        "bank's rate rise on Tuesday.\n"
    )
    [meeting] = [e for e in d.events if e.event_type == "meeting"]
    assert meeting.status == "held" and meeting.date.start != date(2014, 12, 16)


@pytest.mark.parametrize(
    "sentence",
    [
        # found by the review of the latest round: the day between the subject and the verb is
        # the saying's, and what follows "that" is what was said
        "Putin on Friday said after talks with Lukashenko that he would visit Minsk in June.",
        "Putin on Friday said after talks with Lukashenko that gas would be cheaper next year.",
    ],
)
def test_the_occasion_after_a_saying_keeps_the_sayings_day_not_what_was_said(
    sentence: str,
) -> None:
    d = draft(f"Gas\n\nMOSCOW, May 3, 2019 (Reuters) - {sentence}\n")
    [talks] = [e for e in d.events if e.event_type == "meeting"]
    assert (talks.status, str(talks.date.start), talks.date.precision) == (
        "held",
        "2019-05-03",
        "day",
    )


@pytest.mark.parametrize(
    "sentence",
    [
        "Speaking to reporters after the meeting, Putin said the session should settle it.",
        "Speaking to Belarusian state television on his return, Lukashenko said he would not.",
    ],
)
def test_speaking_to_reporters_or_television_opening_a_sentence_is_a_press_event(
    sentence: str,
) -> None:
    d = draft(f"Report\n\nMINSK, 14 August 2002 (BelTA) – The two met.\n\n{sentence}\n")
    assert [e.mentions[0].text.split()[0] for e in d.events if e.event_type == "press_event"] == [
        "Speaking"
    ]


def test_an_agreement_reached_with_its_time_after_agreed_is_an_event() -> None:
    # found on the development sets: curators record such an agreement 19 times of 24
    d = draft(
        "Report\n\nMINSK, 14 August 2002 (BelTA) – Putin spoke.\n\nThe two countries agreed "
        "last year that Belarus would adopt the ruble.\n\nThey discussed the customs union "
        "agreed last month and agreed to meet again.\n"
    )
    agreements = [(e.status, str(e.date.start)) for e in d.events if e.event_type == "agreement"]
    assert agreements == [("held", "2001-01-01"), ("held", "2002-07-01")]


def test_programmes_signed_with_their_time_after_are_an_agreement() -> None:
    d = draft(
        "Report\n\nMINSK, 4 November 2022 (BelTA) – Officials met.\n\nThe two countries "
        "were on track with the 28 Union programmes signed last November.\n"
    )
    agreements = [(e.status, str(e.date.start)) for e in d.events if e.event_type == "agreement"]
    assert agreements == [("held", "2021-11-01")]


def test_a_factbox_line_labelled_credit_is_no_photo_credit() -> None:
    assert _furniture_kinds("Credit: Russia refinances a loan of $1bn.") == []


@pytest.mark.parametrize(
    ("sentence", "event_type", "status", "start"),
    [
        # the occasion in an opening phrase was held, whatever tense the words said there have
        (
            "At his annual news conference on Thursday, Putin said Russia would not allow "
            "re-exports.",
            "press_event",
            "held",
            "2022-02-17",
        ),
        (
            "At a joint press conference after Friday’s talks, Lukashenko said the troops "
            "would leave.",
            "meeting",
            "held",
            "2022-02-18",
        ),
        # a second comma sets the attribution off: the plan's tense stays the occasion's
        (
            "At the summit in June, the leaders will sign the treaty, Peskov said.",
            "summit",
            "scheduled",
            "2022-06-01",
        ),
    ],
)
def test_an_occasion_in_an_opening_phrase_before_said_was_held(
    sentence: str, event_type: str, status: str, start: str
) -> None:
    d = draft(f"Report\n\nMINSK, 21 February 2022 (BelTA) – Troops stayed.\n\n{sentence}")
    [ev] = [e for e in d.events if e.event_type == event_type]
    assert (ev.status, str(ev.date.start)) == (status, start)


def test_a_byline_opening_with_a_letter_outside_ascii_is_date_line_filler() -> None:
    header = _header_of(
        "Expats.cz\n\nCzech ministry urges citizens to leave Belarus\n\n"
        "Written by ČTK Published on 21.02.2022 10:34 AM (GMT+1)\n\n"
    )
    assert str(header.published) == "2022-02-21"


@pytest.mark.parametrize(
    ("header", "published"),
    [
        (
            "Khaleej Times\n\nPutin joins Lukashenko at the Games\n\n"
            "Filed on June 30, 2019 | Last updated on June 30, 2019 at 11.52 pm\n\n",
            "2019-06-30",
        ),
        (
            "Vanguard News\n\nPutin in Minsk for talks\n\n"
            "On December 19, 2022 7:41 pm In News by Emmanuel Okonkwo\n\n",
            "2022-12-19",
        ),
        ("Axios\n\nPutin and Lukashenko to watch drills\n\nFeb 18, 2022 - World\n\n", "2022-02-18"),
    ],
)
def test_date_lines_found_on_development_sets_95_to_99(header: str, published: str) -> None:
    assert str(_header_of(header).published) == published


@pytest.mark.parametrize(
    ("lines", "kinds"),
    [
        (
            "Putin (R) and Lukashenko talk during their meeting in Sochi on Dec. 7, 2019.\n"
            "Mikhail Klimentyev | Sputnik | AFP via Getty Images",
            ["caption", "photo_credit"],
        ),
        (
            "Putin and Lukashenko watch a strategic forces exercise at the Kremlin.\n"
            "Source: AP / Alexei Nikolsky/Sputnik, Kremlin Pool Photo",
            ["caption", "photo_credit"],
        ),
        (
            "Putin and Lukashenko at the Palace of Independence in Minsk. | AFP / Pavel "
            "Bednyakov / Sputnik",
            ["caption", "photo_credit"],
        ),
        ("Go deeper:\nBiden says he is convinced Putin has decided", ["related_list"]),
        ("More in World\nSlovak parties gear up for snap election", ["related_list"]),
        ("More in (WORLD)\nZelensky visits troops in Bakhmut", ["related_list"]),
        ("More Nation & World headlines\nFloods swamp Dresden", ["related_list"]),
        ("Region:World News, Belarus, Russia", ["tags"]),
        ("Views: 1 286", ["navigation"]),
    ],
)
def test_furniture_found_on_development_sets_95_to_99(lines: str, kinds: list[str]) -> None:
    assert _furniture_kinds(lines) == kinds


def test_a_line_opening_with_more_and_a_capitalised_word_in_a_sentence_is_no_list() -> None:
    assert _furniture_kinds("More Russian troops arrived in Belarus on Friday.") == []


def test_a_paragraph_reporting_a_quote_in_the_third_person_ends_a_transcript_turn() -> None:
    text = (
        "Talks in Dushanbe\n\nAlexander Lukashenko: Thank you, Vladimir Vladimirovich. We have "
        "a lot of questions.\n\nAfter the meeting, Kremlin Press Secretary Dmitry Peskov told "
        "journalists that the talks had gone well. «The decision should be found in the coming "
        "weeks,» he said."
    )
    speech = [(q.quote.text[:12], q.speaker.actor_id) for q in draft(text).quotes]
    assert speech == [("Thank you, V", "alexander-lukashenko"), ("The decision", "dmitry-peskov")]


def test_a_turn_going_on_with_a_quote_in_the_first_person_stays_the_speakers() -> None:
    text = (
        "Talks in Minsk\n\nAlexander Lukashenko: Thank you. We have a lot of questions.\n\n"
        "I said to him then: «Let us decide it together.»"
    )
    assert {q.speaker.actor_id for q in draft(text).quotes} == {"alexander-lukashenko"}


@pytest.mark.parametrize(
    ("sentence", "event_type", "status"),
    [
        (
            "A visit to Minsk by Medvedev that had been pencilled in for December will not take "
            "place, a Kremlin official said.",
            "visit",
            "cancelled",
        ),
        (
            "Officials said the summit was still to take place in Moscow on 1 July.",
            "summit",
            "scheduled",
        ),
    ],
)
def test_status_cues_found_on_development_sets_95_to_99(
    sentence: str, event_type: str, status: str
) -> None:
    [ev] = [e for e in _report("28 November 2011", sentence).events if e.event_type == event_type]
    assert ev.status == status


def test_an_anniversary_dates_its_event_by_its_own_day_and_a_new_date_goes_to_the_postponed() -> (
    None
):
    d = _report(
        "8 December 2019",
        "The signing of the roadmaps, which both sides had hoped to time for Sunday's 20th "
        "anniversary of the Union State treaty, has been pushed back to December 20.",
    )
    dates = {(e.event_type, e.status): str(e.date.start) for e in d.events}
    assert dates == {("agreement", "postponed"): "2019-12-20", ("agreement", "held"): "1999-12-08"}


@pytest.mark.parametrize(
    ("body", "words", "speaker"),
    [
        # a title's lower-case words join its holder's name
        (
            "Kremlin spokesman Dmitry Peskov played down the outcome, telling reporters on "
            "Saturday that the talks had been “constructive”.",
            "constructive",
            "dmitry-peskov",
        ),
        # a naming verb's object may come before its subject
        (
            "Lukashenko favoured reforming the constitution, an idea Putin called "
            '"timely, appropriate and expedient".',
            "timely",
            "vladimir-putin",
        ),
        # a sentence opening with "He" continues the same "he", whoever else it names
        (
            "Lukashenko has ruled since 1994. He has staked his career on a union treaty with "
            'then-President Boris Yeltsin.\n\n"Russia is our elder brother," he told reporters.',
            "Russia is our",
            "alexander-lukashenko",
        ),
    ],
)
def test_speakers_found_on_development_sets_102_to_106(body: str, words: str, speaker: str) -> None:
    assert _speaker_of(body, words) == speaker


@pytest.mark.parametrize(
    ("header", "published"),
    [
        (
            "Khmer Times\n\nPutin pledges loan\n\n"
            "AFP  |  Publication date 15 September 2020  |  08:14 ICT\n\n",
            "2020-09-15",
        ),
        (
            "GhanaWeb\n\nRussia offers Belarus a loan\n\nBusiness News of Tuesday, 15 September "
            "2020\n\n",
            "2020-09-15",
        ),
    ],
)
def test_date_lines_found_on_development_sets_102_to_106(header: str, published: str) -> None:
    assert str(_header_of(header).published) == published


@pytest.mark.parametrize(
    ("lines", "kinds"),
    [
        (
            "Previous Article\nCambodia and Russia discuss vaccines\nNext Article\nThai protest",
            ["related_list"],
        ),
        (
            "Putin and Lukashenko at a news conference at the Kremlin. (REUTERS)",
            ["caption", "photo_credit"],
        ),
        ("By Croatia Week - July 14, 2018", ["byline"]),
        ("TAGS Belarus Kolinda Grabar-Kitarović Russia World Cup 2018", ["tags"]),
        (
            "RELATED ARTICLES MORE FROM AUTHOR\nCroatia fans pack Zagreb’s main square",
            ["related_list"],
        ),
        (
            "Medvedev (R) shakes hands with Lukashenko at the Kremlin in Moscow February 3, 2009.\n"
            "[Agencies]",
            ["caption", "photo_credit"],
        ),
    ],
)
def test_furniture_found_on_development_sets_102_to_106(lines: str, kinds: list[str]) -> None:
    assert _furniture_kinds(lines) == kinds


# faults a review found in this round's rules, each kept as a regression test
@pytest.mark.parametrize(
    "lines",
    [
        # a subhead in capitals or title case opening with "More" is no list heading
        'MORE SANCTIONS\n"We are ready for anything," Lukashenko said on Thursday.',
        "More Russian Troops Arrive In Belarus\nHe will meet Putin in Moscow on Feb. 18.",
        # a source line naming agencies is no photo credit of the paragraph above
        "Lukashenko will meet Putin in Moscow on February 18, the Kremlin said.\n"
        "Source: Kremlin / BelTA",
        # nor is an agency in brackets signing off a story with a plan
        "Lukashenko will meet Putin in Moscow on February 18.\n[Agencies]",
    ],
)
def test_news_lines_near_new_furniture_forms_stay_news(lines: str) -> None:
    assert not {"related_list", "caption", "photo_credit"} & set(_furniture_kinds(lines))


def test_a_subhead_with_a_historic_date_and_a_word_after_a_dash_is_no_date_line() -> None:
    header = _header_of(
        "Belarus holds Victory Day parade\n9 May 1945 - Remembered\n\n"
        "MINSK, May 9, 2020 (Reuters) - Thousands marched.\n\n"
    )
    assert str(header.published) == "2020-05-09"


def test_a_transcript_turn_goes_on_when_the_speaker_quotes_others() -> None:
    text = (
        "Talks in Minsk\n\nVladimir Putin: Good afternoon.\n\n"
        'The treaty of 1999 says the two countries will form "a single economic space." Minsk '
        "has confirmed this many times since then."
    )
    assert [q.speaker.actor_id for q in draft(text).quotes][:2] == ["vladimir-putin"] * 2


@pytest.mark.parametrize(
    ("sentence", "event_type", "status"),
    [
        # an attribution set off by commas after an opening phrase: the plan stays a plan
        (
            "At the summit in Sochi, Peskov said, Putin and Lukashenko will discuss oil supplies.",
            "summit",
            "scheduled",
        ),
        # "will not take place in X" moves the event, it does not cancel it
        (
            "The summit will not take place in Minsk but in Sochi, Peskov said.",
            "summit",
            "scheduled",
        ),
        (
            "The signing would not go ahead unless Minsk accepted the tax manoeuvre.",
            "agreement",
            "scheduled",
        ),
        # "was then to" narrates the past
        (
            "Lukashenko was then to fly to Sochi, where he met Putin on December 7.",
            "visit",
            "held",
        ),
    ],
)
def test_review_faults_in_status_cues_stay_fixed(
    sentence: str, event_type: str, status: str
) -> None:
    d = draft(f"Report\n\nMINSK, 21 February 2022 (BelTA) – Troops stayed.\n\n{sentence}")
    [ev] = [e for e in d.events if e.event_type == event_type]
    assert ev.status == status


def test_a_dateline_line_with_the_agency_after_the_day_gives_day_and_month() -> None:
    header = _header_of(
        "AZERTAC\n\nPutin and Lukashenko discuss energy\n\nMinsk, October 10, AZERTAC\n\n"
    )
    assert (header.published, header.partial) == (None, "--10-10")


def test_an_agency_between_pipes_is_date_line_filler() -> None:
    header = _header_of(
        "NDTV\n\nPutin Promises Belarus Loan\n\nWorld | Agence France-Presse | Updated: "
        "September 14, 2020 10:48 pm IST\n\n"
    )
    assert str(header.published) == "2020-09-14"


@pytest.mark.parametrize(
    ("lines", "kinds"),
    [
        (
            "Putin (R) and Lukashenko talk in Sochi, Russia, December 7, 2019. Photo by "
            "Sputnik/Alexei Druzhinin/Kremlin via Reuters.",
            ["caption", "photo_credit"],
        ),
        ("More information\nMoscow announces partial pullback", ["related_list"]),
        ("Related Story\nPutin says the summit will go ahead", ["related_list"]),
        ("You might also like\nBelarus turns to Norway for oil", ["related_list"]),
    ],
)
def test_more_furniture_forms_found_on_development_sets(lines: str, kinds: list[str]) -> None:
    assert _furniture_kinds(lines) == kinds


@pytest.mark.parametrize(
    ("text", "published"),
    [
        ("Talks\n\nAddis Abeba, July 24/2023 – Putin hosted Lukashenko.", "2023-07-24"),
        ("Talks\n\nCAIRO - 8 December 2019: Putin and Lukashenko failed to agree.", "2019-12-08"),
        (
            "Talks\n\nEADaily, September 14th, 2020. Russian President Vladimir Putin held talks.",
            "2020-09-14",
        ),
        (
            "Talks\n\nMINSK, 30.11.2017 /NIAT “Khovar”/. Lukashenko and Putin held talks.",
            "2017-11-30",
        ),
        (
            "NEW VISION\n\nPutin offers help\n\nAdded 17th August 2020 08:41 AM\n\nThey spoke.",
            "2020-08-17",
        ),
        (
            "vindobona.org\n\nNot a Province\nVienna, 19.12.2018\n\nThe envoy spoke.",
            "2018-12-19",
        ),
        (
            "Al Arabiya\n\nLoan\n\nPublished: 14 September ,2020: 08:41 PM GST\n\nThey met.",
            "2020-09-14",
        ),
    ],
)
def test_datelines_and_date_lines_found_on_development_sets_107_to_111(
    text: str, published: str
) -> None:
    assert str(draft(text).header.published) == published


def test_a_paragraph_opening_with_a_name_and_a_weekday_is_no_dated_dateline() -> None:
    header = draft("Talks\n\nMinsk, Friday. The President met the governors.").header
    assert (header.published, header.partial) == (None, None)


@pytest.mark.parametrize(
    ("lines", "kinds"),
    [
        ("More on Belarus:\nSept. 7 -- Opposition rallies behind Goncharik", ["related_list"]),
        ("Other articles in this issue:\nMoscow prepares for the parade", ["related_list"]),
    ],
)
def test_list_headings_found_on_development_sets_107_to_111(lines: str, kinds: list[str]) -> None:
    assert _furniture_kinds(lines) == kinds


@pytest.mark.parametrize(
    ("body", "words", "speaker"),
    [
        (
            "The Kremlin leader also endorsed a proposal by Lukashenko to draft a new "
            "constitution, calling it “logical, timely and appropriate.”",
            "logical",
            "vladimir-putin",
        ),
        # a generic role means the president the last sentence naming one has as subject
        (
            "During the conversation, the Belarusian leader invited Vladimir Putin to Belarus. "
            "“We will be glad to see you in Minsk,” the President said.",
            "We will be glad",
            "alexander-lukashenko",
        ),
    ],
)
def test_speakers_found_on_development_sets_107_to_111(body: str, words: str, speaker: str) -> None:
    assert _speaker_of(body, words) == speaker


# faults a second review found in this round's rules, kept as regression tests
@pytest.mark.parametrize(
    "text",
    [
        # a body sentence's "…, on 10 July 1994. Within …" is no dateline with a full stop
        "Profile\n\nHe was first elected in a runoff, on 10 July 1994. Within months he signed.",
        "Treaty\n\nIn Minsk, December 8, 1999. The treaty was signed.",
        # a name before a spaced dash is no dateline's place
        "Profile\n\nLukashenko - 20 July 1994: elected president of Belarus.",
    ],
)
def test_an_opening_sentence_with_a_date_is_no_dateline_of_the_looser_forms(text: str) -> None:
    header = draft(text).header
    assert (header.published, header.dateline_place) == (None, None)


def test_a_sentence_about_photos_after_a_story_sentence_is_no_credit() -> None:
    lines = (
        "Police denied using force against the detainees. Photos by Tut.by/Belsat showed "
        "officers beating them in the yard."
    )
    assert _furniture_kinds(lines) == []


@pytest.mark.parametrize(
    ("body", "words"),
    [
        (
            "The talks with Vladimir Putin lasted more than five hours. “We have agreed on "
            "much,” the President said.",
            "We have agreed",
        ),
        (
            "The invitation came from Vladimir Putin during a phone call. “I accepted with "
            "pleasure,” the head of state said.",
            "I accepted",
        ),
    ],
)
def test_a_generic_role_after_a_president_named_as_an_object_is_the_focal_actor(
    body: str, words: str
) -> None:
    d = draft(
        "Lukashenko back from Sochi\n\nMINSK, 29 May 2021 (BelTA) – Alexander Lukashenko "
        f"returned from Sochi.\n\n{body}"
    )
    [quote] = [q for q in d.quotes if q.quote.text.startswith(words)]
    assert quote.speaker.actor_id == "alexander-lukashenko"  # the dispatch's focal actor


def test_more_on_a_word_without_a_colon_is_no_list_heading() -> None:
    assert _furniture_kinds("More on Sunday\nThe leaders will meet in Sochi.") == []


@pytest.mark.parametrize(
    ("header", "published"),
    [
        (
            "vancouversun.com\n\nBelarus sells gas pipelines to Gazprom\n\n"
            "BY ANNA KOVALCHUK AND SERGEI ANTONOV, REUTERS NOVEMBER 26, 2011\n\n",
            "2011-11-26",
        ),
        (
            "Yeltsin grounds Lukashenko\n\n"
            "Times - Colonist. Victoria, B.C.: Oct 3, 1997. pg. A.9\n\n",
            "1997-10-03",
        ),
    ],
)
def test_date_lines_found_on_development_sets_112_to_116(header: str, published: str) -> None:
    assert str(_header_of(header).published) == published


@pytest.mark.parametrize(
    ("lines", "kinds"),
    [
        (
            "Putin (R) and Lukashenko talk in Sochi on Monday.Credit:AP",
            ["caption", "photo_credit"],
        ),
        (
            "Putin, right, and Lukashenko talk in Sochi, Russia.\n"
            "Sergei Ilyin, Sputnik, Kremlin Pool Photo via AP",
            ["caption", "photo_credit"],
        ),
        (
            "U.S. Secretary of State Condoleezza Rice, centre, meets opposition figures in Vilnius "
            "on Wednesday.\nREUTERS PHOTO",
            ["caption", "photo_credit"],
        ),
        (
            "Putin and Lukashenko at a news conference outside Moscow.\n"
            "Photograph by: Mikhail Vorontsov, Reuters",
            ["caption", "photo_credit"],
        ),
        (
            "Putin and Lukashenko at the Palace of Independence (photo: kremlin.ru)",
            ["caption", "photo_credit"],
        ),
        ("Related Story: Rebels step up attacks ahead of Minsk summit", ["related_list"]),
        ("More Canada/World\nNATO opens door to talks with Kyiv (Apr 21)", ["related_list"]),
    ],
)
def test_furniture_found_on_development_sets_112_to_116(lines: str, kinds: list[str]) -> None:
    assert _furniture_kinds(lines) == kinds


def test_a_wires_dateline_names_no_subject_of_a_participle() -> None:
    text = (
        "Merger rejected\n\nSOCHI, Russia -- Belarusian President Alexander Lukashenko backed "
        'Russia on Tuesday, telling Medvedev that Moscow had acted "calmly, wisely and '
        'beautifully" in the war.'
    )
    assert [q.speaker.actor_id for q in draft(text).quotes] == ["alexander-lukashenko"]


# faults a third review found in this round's rules, kept as regression tests
@pytest.mark.parametrize(
    ("text", "published", "partial"),
    [
        (
            "Talks\n\nSt. Petersburg, Dec. 20. Russian President Vladimir Putin met Lukashenko.",
            None,
            "--12-20",
        ),
        (
            "Talks\n\nNizhny Novgorod, March 3, 2019. Russian President Vladimir Putin spoke.",
            "2019-03-03",
            None,
        ),
    ],
)
def test_a_dateline_with_a_full_stop_may_have_a_place_of_several_words(
    text: str, published: str | None, partial: str | None
) -> None:
    header = draft(text).header
    assert (str(header.published) if header.published else None, header.partial) == (
        published,
        partial,
    )


def test_a_headline_in_capitals_opening_with_by_and_a_date_stays_the_title() -> None:
    header = _header_of(
        "BY JANUARY 1, 2020 RUSSIA AND BELARUS TO AGREE ON OIL\nDecember 20, 2019\n\n"
    )
    assert str(header.published) == "2019-12-20"
    assert header.title.text.startswith("BY JANUARY")


def test_a_generic_role_after_a_president_in_a_subordinate_clause_is_that_president() -> None:
    d = draft(
        "Lukashenko back from talks\n\nMINSK, 21 December 2019 (BelTA) – Alexander Lukashenko "
        "returned from St Petersburg.\n\nWhen Vladimir Putin arrived at the talks on Saturday, "
        'the hall fell silent. "Nobody is going to swallow Belarus," the President said.'
    )
    [quote] = [q for q in d.quotes if q.quote.text.startswith("Nobody")]
    assert quote.speaker.actor_id == "vladimir-putin"


def test_two_sentences_above_a_credit_are_no_caption_after_a_plan_b() -> None:
    lines = (
        "Lukashenko said Minsk had a Plan B. Talks with Moscow on oil prices will resume on "
        "Monday in Sochi.\nVasily Fedosenko/Reuters"
    )
    assert "caption" not in _furniture_kinds(lines)


def test_a_magazines_issue_line_is_its_date_line() -> None:
    header = _header_of(
        "KOMMERSANT-VLAST | English Digest\n\nVlast No. 49 (350) of 14.12.1999, p. 18\n"
        "Rubric: Union\n\nTwo Presidents, One State\n\n"
    )
    assert str(header.published) == "1999-12-14"


@pytest.mark.parametrize(
    ("lines", "kinds"),
    [
        (
            "Also in this week's review:\nUkraine: Tymoshenko Cabinet Faces First Revolt",
            ["related_list"],
        ),
        (
            "Russian President Vladimir Putin, right, and Belarusian President Alexander "
            "Lukashenko talk during their meeting at the Bocharov Ruchei residence in the Black "
            "Sea resort of Sochi, Russia, Monday, Sept. 14, 2020. (Sergei Chirikov/Pool Photo via "
            "AP)",
            ["caption", "photo_credit"],
        ),
        (
            "Lukashenko (L) and Putin shake hands at the start of their talks in Sochi on Saturday "
            "(AFP Photo/Sergei CHIRIKOV)",
            ["caption", "photo_credit"],
        ),
        ("More for you\nBelarus opposition figure jailed", ["related_list"]),
        ("Continue Reading\nLithuania to build a fence on the border", ["related_list"]),
        ("Related Topics: Belarus, Russia, Vladimir Putin, Zapad-2021", ["tags"]),
        ("Latest Headlines\nPowerful storms knock out power", ["related_list"]),
    ],
)
def test_furniture_found_on_development_sets_117_to_120(lines: str, kinds: list[str]) -> None:
    assert _furniture_kinds(lines) == kinds


def test_a_long_paragraph_ending_in_a_bare_agency_in_brackets_stays_news() -> None:
    lines = (
        "Putin and Lukashenko met in Sochi on Monday for talks on a loan, and the two leaders "
        "agreed that Russia would lend Belarus $1.5 billion by the end of the year while the "
        "protests in Minsk went on for a sixth week and the opposition called for new strikes. "
        "(AP)"
    )
    assert _furniture_kinds(lines) == []


def test_a_byline_with_its_date_and_section_is_the_date_line() -> None:
    header = _header_of(
        "The Parliament Magazine\n\nMEPs accuse the Kremlin\n\n"
        "Written by Martin Banks on 23 September 2020 in News\n\n"
    )
    assert str(header.published) == "2020-09-23"


def _status_of(sentence: str, mention: str) -> str:
    """The status of the last event one of whose mentions reads ``mention`` (the headline's
    "meet" is another)."""
    return [
        ev.status
        for ev in draft(HEADLINE + sentence).events
        if any(m.text == mention for m in ev.mentions)
    ][-1]


@pytest.mark.parametrize(
    ("sentence", "changed", "placed"),
    [
        (
            "Putin and Lukashenko held talks. A joint news conference planned for the end of the "
            "talks was cancelled.",
            ("news conference", "cancelled"),
            ("talks", "held"),
        ),
        (
            "Putin attended the summit. A bilateral meeting that the Kremlin had planned on the "
            "sidelines of the summit was called off.",
            ("meeting", "cancelled"),
            ("summit", "held"),
        ),
    ],
)
def test_a_change_said_of_an_event_is_not_the_event_that_places_it(
    sentence: str, changed: tuple[str, str], placed: tuple[str, str]
) -> None:
    assert _status_of(sentence, changed[0]) == changed[1]
    assert _status_of(sentence, placed[0]) == placed[1]


def test_an_event_after_put_off_until_is_the_new_date_not_the_object() -> None:
    sentence = (
        "The presidential election was held on Sunday. A session of the Supreme State Council "
        "was put off until after the election."
    )
    assert _status_of(sentence, "election") == "held"
    assert _status_of(sentence, "session of the Supreme State Council") == "postponed"


@pytest.mark.parametrize(
    ("sentence", "mention"),
    [
        ("Lukashenko said he was ready to meet Putin to settle the dispute.", "meet"),
        ("Lukashenko said he wanted to fly to Moscow to settle the matter.", "fly to"),
        ("The Kremlin has not yet confirmed the visit.", "visit"),
        ("A meeting of the two presidents is not excluded.", "meeting"),
        ("No dates for the visit have been agreed.", "visit"),
    ],
)
def test_an_offer_or_an_unconfirmed_plan_is_proposed(sentence: str, mention: str) -> None:
    assert _status_of(sentence, mention) == "proposed"


def test_ready_to_go_further_is_no_offer_of_an_event() -> None:
    sentence = "Moscow was ready to go further on the basis of the 1999 union treaty."
    assert _status_of(sentence, "treaty") != "proposed"


@pytest.mark.parametrize(
    ("header", "published"),
    [
        (
            "Lukashenko cools on a Russian air base\n\n"
            "By: Reuters | Minsk | Published: October 7, 2015 1:12 am\n\n",
            "2015-10-07",
        ),
        ("Russia, Belarus: The Real Stakes\n\nJune 24, 2010 | 1719 GMT\n\n", "2010-06-24"),
        (
            "Putin and Lukashenko fail to agree\n\nThomas Gerber, Moscow\n"
            "09.12.2019, 05.30 Uhr\n\n",
            "2019-12-09",
        ),
        (
            "The Tribune, Chandigarh, India - World\n\n"
            "Saturday, November 26, 2011, Chandigarh, India\n\n"
            "Russia halves gas price for Belarus\n\nMoscow, November 25\n",
            "2011-11-26",
        ),
        (
            "Gazprom's Belarus Spat\n\n"
            "by: Daniel Hartwell  June 23, 2010  |  about: OGZPY / RSX\n\n",
            "2010-06-23",
        ),
        (
            "Russian oil flows to Europe again\n\nBy Simon Ashworth, MarketWatch\n"
            "Last Update: 11:48 AM ET Jan 11, 2007\n\n",
            "2007-01-11",
        ),
        (
            "Russia and Belarus launch Zapad\n\nBy: Alexei Korolev   September 14, 2017\n\n",
            "2017-09-14",
        ),
    ],
)
def test_date_lines_found_on_development_sets_121_to_126(header: str, published: str) -> None:
    assert str(_header_of(header).published) == published


@pytest.mark.parametrize(
    ("lines", "kinds"),
    [
        (
            "Alexander Lukashenko (left) and Vladimir Putin at the talks in Sochi. Credit: "
            "Sputnik/Kremlin via AP",
            ["caption", "photo_credit"],
        ),
        (
            "Russian and Belarusian servicemen line up during a joint inspection of forces ahead "
            "of the Allied Resolve 2022 exercise. (Belarusian Ministry of Defense)",
            ["caption", "photo_credit"],
        ),
        (
            "Russian and Belarusian soldiers during the Union Shield-2019 exercise at Mulino "
            "training ground (Picture source: Russian MoD)",
            ["caption", "photo_credit"],
        ),
        ("« Back to World", ["navigation"]),
        ("For more on polyethylene visit ICIS chemical intelligence", ["navigation"]),
        ("Please visit the complete ICIS plants and projects database", ["navigation"]),
        (
            "All rights reserved. This material, and other digital content on this website, may "
            "not be reproduced, published, broadcast, rewritten or redistributed in whole or in "
            "part without prior express written permission from PUNCH. Contact: editor (at) "
            "punchng.com",
            ["byline"],
        ),
    ],
)
def test_furniture_found_on_development_sets_121_to_126(lines: str, kinds: list[str]) -> None:
    assert _furniture_kinds(lines) == kinds


@pytest.mark.parametrize(
    "line",
    [
        "Putin and Lukashenko met in Sochi on Monday. (Kremlin Press Service)",
        "The two leaders signed a treaty on the union. (Kremlin)",
    ],
)
def test_a_sentence_in_the_past_before_a_name_in_brackets_stays_news(line: str) -> None:
    assert _furniture_kinds(line) == []


def test_earlier_in_the_day_is_the_day_named_before_it() -> None:
    d = draft(
        "Lukashenko snubs Putin as energy feud drags on\n\nBy Jane Doe - Dec 27, 2016, 4:00 PM "
        "CST\n\nLukashenko stayed away from a summit of the Eurasian Economic Union in St. "
        "Petersburg on Monday. He also skipped an informal summit of the Commonwealth of "
        "Independent States held in the same city earlier in the day."
    )
    assert {str(ev.date.start) for ev in d.events if ev.event_type == "summit"} == {"2016-12-26"}


def test_earlier_in_the_day_with_no_day_named_before_it_is_the_dispatchs_day() -> None:
    d = draft(
        "Talks in Minsk\n\nBy Jane Doe - Dec 27, 2016, 4:00 PM CST\n\n"
        "Lukashenko met the Russian ambassador earlier in the day."
    )
    [meeting] = [ev for ev in d.events if ev.event_type == "meeting"]
    assert str(meeting.date.start) == "2016-12-27"


def test_failing_to_reach_agreement_is_no_agreement() -> None:
    d = draft(
        HEADLINE + "Putin and Lukashenko failed on Saturday to reach agreement on deeper "
        "integration after more than five hours of talks in Sochi."
    )
    assert [ev.event_type for ev in d.events if ev.event_type == "agreement"] == []


def test_a_dateline_line_under_the_title_is_the_day_today_counts_from() -> None:
    d = draft(
        "Saturday, November 26, 2011, Chandigarh, India\n\n"
        "Russia halves gas price for Belarus\n\nMoscow, November 25\n"
        "Russia today agreed to halve the gas price after talks between Putin and Lukashenko."
    )
    assert str(d.header.published) == "2011-11-26"
    assert {str(ev.date.start) for ev in d.events if ev.event_type == "meeting"} == {"2011-11-25"}


@pytest.mark.parametrize(
    ("sentence", "mention", "status"),
    [
        ("The talks came two days before the summit was postponed.", "summit", "postponed"),
        (
            "Putin held talks with Lukashenko in Sochi on Friday, a week after the summit was "
            "cancelled.",
            "summit",
            "cancelled",
        ),
        (
            "Putin held talks with Lukashenko in Sochi on Friday, a week after the summit was "
            "cancelled.",
            "talks",
            "held",
        ),
        (
            "Lukashenko met Putin in Sochi on Friday, days ahead of the summit that was postponed "
            "on Saturday.",
            "summit",
            "postponed",
        ),
        (
            "Opposition leaders were not excluded from the talks with the government on Friday.",
            "talks",
            "held",
        ),
        (
            "Lukashenko, who had wanted to meet Putin for months, met him in Sochi on Friday.",
            "met",
            "held",
        ),
    ],
)
def test_review_found_no_regression_in_the_status_rules_of_session_21(
    sentence: str, mention: str, status: str
) -> None:
    assert _status_of(sentence, mention) == status


@pytest.mark.parametrize(
    "body",
    [
        "The two leaders will meet in Sochi on Friday. Earlier in the day, Lukashenko met the "
        "Chinese ambassador in Minsk.",
        "Lukashenko on Sunday criticised Moscow, recalling last Friday's talks in Sochi. Later "
        "in the day, Lukashenko met the Chinese ambassador in Minsk.",
    ],
)
def test_earlier_in_the_day_is_the_dispatchs_day_when_the_lead_reports_it(body: str) -> None:
    d = draft("Lukashenko criticises Moscow over gas\n\nMINSK, 14 June 2009 (BelTA) – " + body)
    [ambassador] = [
        ev
        for ev in d.events
        if any("ambassador" in m.sentence.of(d.text) for m in ev.mentions) and ev.date.start
    ]
    assert str(ambassador.date.start) == "2009-06-14"


@pytest.mark.parametrize(
    "line",
    [
        "Lukashenko will meet Putin in Sochi on Friday. (RIA Novosti)",
        "Lukashenko will meet Putin in Sochi on Friday. (Belarus Today)",
    ],
)
def test_a_plan_before_a_name_in_brackets_stays_news(line: str) -> None:
    assert _furniture_kinds(line) == []


def test_managing_to_reach_an_agreement_is_an_agreement() -> None:
    d = draft(
        HEADLINE + "Belarus and Russia managed to reach an agreement on gas prices for 2020 on "
        "Friday."
    )
    assert [ev.event_type for ev in d.events if ev.event_type == "agreement"] == ["agreement"]


@pytest.mark.parametrize(
    ("header", "published"),
    [
        (
            "Russia’s ruble meltdown is now Belarus’s problem, too\n"
            "by Nina Castell @ninacastell DECEMBER 19, 2014, 11:08 AM EST\n\n",
            "2014-12-19",
        ),
        (
            "Guardian Weekly\nWeek ending December 19 1999\n\nYeltsin and Lukashenko sign up\n\n",
            "1999-12-19",
        ),
        (
            "Yeltsin, Belarus Leader Sign Friendship Pact\n\n"
            "February 22, 1995|By YURI KOZLOV; Associated Press\n\n",
            "1995-02-22",
        ),
        (
            "The dictator's best friend\n\nBy Michael Zhukov\n\n"
            "Sept. 7, 2001 | MINSK, Belarus -- Two days before Belarusians go to the polls, the "
            "billboards show Lukashenko with Putin.\n\n",
            "2001-09-07",
        ),
    ],
)
def test_date_lines_found_on_development_sets_129_to_134(header: str, published: str) -> None:
    assert str(_header_of(header).published) == published


@pytest.mark.parametrize(
    ("lines", "kinds"),
    [
        (
            "Belarusian President Alexander Lukashenko at a meeting of the Security Council in "
            "Minsk.\nCredit: Maxim Guchek / BelTA / AFP via Getty Images",
            ["caption", "photo_credit"],
        ),
        (
            "Russian President Boris Yeltsin, right, and Belarusian President Alexander "
            "Lukashenko shook hands after signing the union treaty in the Kremlin on Wednesday.\n"
            "ALEXANDER ZEMLIANICHENKO • Associated Press",
            ["caption", "photo_credit"],
        ),
        (
            "Russian President Vladimir Putin, left, and Belarusian President Alexander "
            "Lukashenko walk to talks at the presidential residence in Minsk on Thursday.\n"
            "Sergei Grits / The Associated Press",
            ["caption", "photo_credit"],
        ),
        (
            "Russian President Vladimir Putin, center, talks with Kazakh President Nursultan "
            "Nazarbayev, left, and Kyrgyz President Almazbek Atambayev during an informal summit "
            "of the Eurasian Economic Union in St. Petersburg, Russia.",
            ["caption"],
        ),
        (
            "Russian President Vladimir Putin, right, and Belarusian President Alexander "
            "Lukashenko shake hands during their meeting in the Kremlin in Moscow, Tuesday, Dec. "
            "25, 2018. (Mikhail Klimentyev, Sputnik, Kremlin Pool Photo via AP)",
            ["caption", "photo_credit"],
        ),
        ("Also in World\nIraq arms inspectors talks stall in Vienna", ["related_list"]),
        ("MORE NATION/WORLD\nIraq vows to fire on allied jets", ["related_list"]),
        (
            "Related News/Archive\nRussia raises key rate to 17 percent\n12/16/2014",
            ["related_list"],
        ),
        ("Also in Minsk, police detained 20 people.", []),
    ],
)
def test_furniture_found_on_development_sets_129_to_134(lines: str, kinds: list[str]) -> None:
    assert _furniture_kinds(lines) == kinds


@pytest.mark.parametrize(
    ("sentence", "mention", "status"),
    [
        (
            "The joint news conference after the talks between Lukashenko and Putin in Sochi was "
            "cancelled.",
            "news conference",
            "cancelled",
        ),
        (
            "The joint news conference after the talks between Lukashenko and Putin in Sochi was "
            "cancelled.",
            "talks",
            "held",
        ),
        (
            "The signing ceremony following the summit in Minsk has been postponed.",
            "The signing",
            "postponed",
        ),
        ("The summit and the talks in Minsk have been postponed.", "The summit", "postponed"),
        ("The talks came two days before the summit was postponed.", "talks", "held"),
        ("Lukashenko, Putin talk gas by phone as Union summit is put off.", "by phone", "held"),
    ],
)
def test_review_found_no_regression_in_the_second_round_of_session_21(
    sentence: str, mention: str, status: str
) -> None:
    assert _status_of(sentence, mention) == status


@pytest.mark.parametrize(
    ("body", "day"),
    [
        (
            "Lukashenko met Putin in Sochi on Monday. On Thursday, Lukashenko met Lavrov. Earlier "
            "in the day, Lavrov held talks with Makei.",
            "2019-05-02",
        ),
        (
            "Lukashenko, who met Putin in Sochi on Monday, said on Friday that ties were strong. "
            "Earlier in the day, he held talks with Makei.",
            "2019-05-03",
        ),
    ],
)
def test_earlier_in_the_day_is_the_last_day_named_of_something_done(body: str, day: str) -> None:
    d = draft("Lavrov in Minsk for talks on integration\n\nMINSK, May 3, 2019 (Reuters) - " + body)
    last = max(m.start for ev in d.events for m in ev.mentions if m.text == "talks")
    [talks] = [ev for ev in d.events if any(m.start == last for m in ev.mentions)]
    assert str(talks.date.start) == day


@pytest.mark.parametrize(
    ("lines", "kinds"),
    [
        ("Alexander Lukashenko: Yes, right, we agreed to meet again in Minsk in June.", []),
        (
            "Parties from the Communists, left, to the United Civic Party, right, boycotted the "
            "vote.",
            [],
        ),
        (
            "Lukashenko speaks during a news conference in Minsk on Thursday. (Belarusian "
            "Presidential Press Service)",
            ["caption", "photo_credit"],
        ),
        ("Also in Minsk\nPolice detained twenty people on Friday.", []),
    ],
)
def test_review_found_no_regression_in_the_furniture_rules_of_session_21(
    lines: str, kinds: list[str]
) -> None:
    assert _furniture_kinds(lines) == kinds


@pytest.mark.parametrize("said", ["said Thursday", "said on Thursday"])
def test_a_weekday_after_a_verb_of_saying_dates_no_plan(said: str) -> None:
    """The saying's day is no day of the plan it reports, before or after it."""
    d = draft(HEADLINE + f"Putin will visit Minsk next month, the Kremlin {said}.")
    [visit] = [ev for ev in d.events if ev.event_type == "visit"]
    assert (str(visit.date.start), visit.date.precision) == ("2009-07-01", "month")


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        (
            "“The union is not a merger of two states,” said Yeltsin's spokesman, Sergei "
            "Yastrzhembsky.",
            "sergei-yastrzhembsky",
        ),
        (
            "Western governments are critical. Secretary of State Condoleezza Rice in April called "
            "Belarus “the last true dictatorship in the center of Europe.”",
            "condoleezza-rice",
        ),
    ],
)
def test_speakers_found_on_development_sets_129_to_134(body: str, speaker: str) -> None:
    d = draft(
        "Treaty signed\n\nMOSCOW, April 2, 1996 (AP) – Boris Yeltsin and Alexander Lukashenko "
        "signed a treaty on Tuesday.\n\n" + body
    )
    assert d.quotes[-1].speaker.actor_id == speaker


@pytest.mark.parametrize(
    ("sentence", "mention", "status"),
    [
        (
            "Belarus called off the visit after the summit was postponed, the foreign ministry "
            "said on Friday.",
            "summit",
            "postponed",
        ),
        (
            "Lukashenko and Putin held talks in Sochi on Friday and said the Union State summit "
            "was postponed.",
            "talks",
            "held",
        ),
        (
            "Lukashenko met Putin in Sochi on Friday, a week after the summit in Minsk ran into "
            "trouble and was postponed.",
            "met",
            "held",
        ),
    ],
)
def test_review_found_no_regression_in_the_third_round_of_session_21(
    sentence: str, mention: str, status: str
) -> None:
    assert _status_of(sentence, mention) == status


def test_earlier_in_the_day_skips_a_day_in_a_subordinate_clause() -> None:
    d = draft(
        "Medvedev in Minsk for talks on oil\n\nMINSK, May 3, 2019 (Reuters) - Medvedev met "
        "Lukashenko in Minsk on Friday.\n\nThe visit came after Russia cut oil supplies to "
        "Belarus on Tuesday.\n\nEarlier in the day, Medvedev held talks with Prime Minister "
        "Sergei Rumas."
    )
    last = max(m.start for ev in d.events for m in ev.mentions if m.text == "talks")
    [talks] = [ev for ev in d.events if any(m.start == last for m in ev.mentions)]
    assert str(talks.date.start) == "2019-05-03"


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        ("“We are ready to meet at any time,” said an aide to the minister, Vladimir Makei.", None),
        ("“We saw a lot in the city,” Labour lawmaker Ian May said.", "ian-may"),
        (
            "“There is no crisis at all,” Peskov said. Putin is due in Minsk on Friday. “We will "
            "discuss everything there,” he added.",
            "dmitry-peskov",
        ),
    ],
)
def test_review_found_no_regression_in_the_speaker_rules_of_session_21(
    body: str, speaker: str | None
) -> None:
    d = draft("Talks ahead\n\nMINSK, May 3, 2019 (Reuters) - " + body)
    assert d.quotes[-1].speaker is None or d.quotes[-1].speaker.actor_id == speaker
    assert speaker is None or d.quotes[-1].speaker.actor_id == speaker


@pytest.mark.parametrize(
    ("lines", "kinds"),
    [
        (
            "Russian President Vladimir Putin and Belarusian President Alexander Lukashenko, "
            "left, shake hands during their talks in Sochi, Russia, Friday, Feb. 7, 2020.",
            ["caption"],
        ),
        ("The Supreme State Council of the Union State meets in Moscow next Friday. (BelTA)", []),
    ],
)
def test_review_found_no_regression_in_the_caption_rules_of_session_21(
    lines: str, kinds: list[str]
) -> None:
    assert _furniture_kinds(lines) == kinds


@pytest.mark.parametrize(
    ("lines", "kinds"),
    [
        (
            "Belarus President Alexander Lukashenko (right) shakes hands with Russian Defence "
            "Minister Sergei Shoigu during their meeting in Minsk.",
            ["caption"],
        ),
        (
            "Russian President Vladimir Putin meets with Belarusian President Alexander "
            "Lukashenko in Sochi, Russia, September 14, 2020.",
            ["caption"],
        ),
        (
            "Read More » Iraqi Kurds on the Polish border: 'We sold everything to get here'",
            ["related_list"],
        ),
    ],
)
def test_furniture_found_on_the_retired_blind_sets(lines: str, kinds: list[str]) -> None:
    assert _furniture_kinds(lines) == kinds


@pytest.mark.parametrize(
    "line",
    [
        "Putin met Lukashenko in Sochi, Russia, on September 14, 2020.",
        "Lukashenko (right) was re-elected in 2020, and Putin congratulated him.",
        # (what a review found taken for captions by their first versions)
        "Putin and Lukashenko last met in Moscow, Russia, Feb. 7, 2020.",
        "The treaty was signed by Vladimir Makei and Sergei Lavrov in Minsk, Belarus, May 3, 2019.",
        "In a video released by the Kremlin, Lukashenko (left) thanks Putin for the loan and "
        "invites him to visit Minsk in October.",
    ],
)
def test_news_like_those_captions_and_links_stays_news(line: str) -> None:
    assert _furniture_kinds(line) == []


def test_a_page_label_ending_in_a_preposition_ends_a_transcript() -> None:
    d = draft(
        "Putin and Lukashenko meet\n\nMINSK, 29 May 2021 (AP) – The leaders met.\n\n"
        "Vladimir Putin: We have agreed on gas.\n\nThe price stays as it is.\n\n"
        "Support Provided By: Learn more\n"
    )
    quoted = [q.quote.text for q in d.quotes]
    assert "The price stays as it is." in quoted
    assert not any("Learn more" in q for q in quoted)


def test_a_day_stated_in_full_in_the_opening_says_so_without_a_none() -> None:
    # development set 139: "Jun 15, 2009" in the lead dates what the lead reports as done
    text = (ROOT / "tests/dev139/raw/dispatches/dsp-147f70c98136e920.txt").read_text("utf-8")
    bases = [ev.date.basis for ev in draft(text).events if ev.date.basis]
    assert any(b.startswith("'Jun 15, 2009' in the opening") for b in bases)
    assert not any("None" in b for b in bases)


@pytest.mark.parametrize("case", ["q1", "q2", "q3"])
def test_review_found_no_speech_lost_to_a_colon_after_a_preposition(case: str) -> None:
    texts = {
        "q1": "Lukashenko listed the issues Minsk would insist on: “We want fair prices for gas,” "
        "he told reporters in Minsk.",
        "q2": "President of Russia Vladimir Putin: Good afternoon.\n\nThere are several issues I "
        "would like to dwell on: energy, trade and the Union State programmes.",
        "q3": 'Asked what the two leaders had agreed on: "Nothing yet, but talks will continue," '
        "Kremlin spokesman Dmitry Peskov said.",
    }
    words = {"q1": "We want fair prices", "q2": "There are several issues", "q3": "Nothing yet"}
    head = "Putin and Lukashenko meet\n\nMINSK, May 3, 2019 (Reuters) - Talks.\n\n"
    d = draft(f"{head}{texts[case]}\n")
    assert any(q.quote.text.startswith(words[case]) for q in d.quotes)


def test_the_line_under_a_caption_split_from_its_credit_stays_news() -> None:
    text = (
        "Putin promises Lukashenko support\n"
        "Russian President Vladimir Putin, right, and Belarusian President Alexander Lukashenko "
        "meet in Sochi [Sergei Ilyin/Sputnik/Kremlin via Reuters]\n"
        "Putin told Lukashenko at the start of the talks on Monday: “Russia will always be a "
        "reliable ally of Belarus.”\n"
    )
    kinds = {f.text: f.kind for f in find_furniture(text)}
    assert kinds["[Sergei Ilyin/Sputnik/Kremlin via Reuters]"] == "photo_credit"
    assert not any(t.startswith("Putin told") for t in kinds)


def test_a_hyphenated_secretary_general_is_a_title_before_the_name() -> None:
    d = draft(
        "NATO watches the drills\n\nMINSK, Sept. 14, 2017 (AP) - The drills began.\n\n"
        "NATO Secretary-General Jens Stoltenberg said the alliance would watch closely. "
        "“We are calm and measured, but we are vigilant,” he said.\n"
    )
    assert [q.speaker.actor_id for q in d.quotes if q.speaker] == ["jens-stoltenberg"]


@pytest.mark.parametrize(
    ("subject", "speaker"),
    [
        ("A spokesman for President Vladimir Putin, Dmitry Peskov,", "dmitry-peskov"),
        ("An aide to Lukashenko, Natalya Eismont,", "natalya-eismont"),
        ("President Vladimir Putin, who met Lukashenko on Friday,", "vladimir-putin"),
    ],
)
def test_the_aide_named_after_whose_aide_he_is_is_who_he_means(subject: str, speaker: str) -> None:
    d = draft(
        "Gas row deepens\n\nMOSCOW, Jan. 5, 2007 (AP) - Talks stalled.\n\n"
        f"{subject} said Friday that the talks would go on. "
        "“This is a matter for two companies,” he said.\n"
    )
    assert [q.speaker.actor_id for q in d.quotes if q.speaker] == [speaker]


@pytest.mark.parametrize(
    ("body", "words", "speaker"),
    [
        # a reporting verb in the present
        (
            "Central bank chairman Petr Prokopovich insists that the timetable “remains in force”.",
            "remains",
            "petr-prokopovich",
        ),
        # a party or a part played before the name is no part of it
        (
            "Communist Gennady Seleznyov said he expected “no serious opposition.”",
            "no",
            "gennady-seleznyov",
        ),
        (
            "Organiser Volha Mikhailava, 31, said: “We will keep coming back.”",
            "We",
            "volha-mikhailava",
        ),
        # a role opening its sentence, with an aside before its verb
        (
            "The Belarusian leader, who accuses the West of stirring up the protests, told "
            "journalists that Moscow and Minsk were now “closer than ever”.",
            "closer",
            "alexander-lukashenko",
        ),
    ],
)
def test_present_verbs_a_party_before_a_name_and_a_role_with_an_aside(
    body: str, words: str, speaker: str
) -> None:
    assert _speaker_of(body, words) == speaker


def test_a_role_inside_a_sentence_with_an_aside_is_no_speaker() -> None:
    """ "by the Belarusian side, the press service said": the side is no reporter."""
    body = (
        "The call was initiated by the Belarusian side, the presidential press service said, "
        "adding that the leaders had “agreed on the need to settle the problem”."
    )
    assert _speaker_of(body, "agreed") == "belarusian-presidential-press-service"


@pytest.mark.parametrize(
    ("body", "words"),
    [
        ("Lukashenko was characteristically blunt: “We will not be brought to our knees.”", "We"),
        ("The Belarusian leader was blunt:\n\n“We will not be brought to our knees.”", "We"),
        ("Opening the talks, Lukashenko offered his condolences: “We share your grief.”", "We"),
    ],
)
def test_the_subject_of_a_sentence_ending_in_a_colon_speaks_the_quotation(
    body: str, words: str
) -> None:
    assert _speaker_of(body, words) == "alexander-lukashenko"


def test_a_colon_after_a_thing_names_no_speaker() -> None:
    assert _speaker_of("The agenda was simple: “gas, oil and loans.”", "gas") is None


@pytest.mark.parametrize(
    ("start", "precision", "status"),
    [
        (date(2009, 6, 18), "day", "scheduled"),  # "holds elections on June 18"
        (date(2009, 7, 1), "month", "scheduled"),  # "… in July"
        (date(2009, 6, 1), "month", "held"),  # this month: no telling
        (date(2009, 6, 14), "day", "held"),  # the dispatch's own day
        (date(2009, 6, 7), "day", "held"),
    ],
)
def test_an_event_dated_after_the_dispatchs_day_is_not_held(
    start: date, precision: str, status: str
) -> None:
    """Applied after the learned models, which may date or restatus an event either way."""
    ev = DraftEvent("other", None, date=Resolved(start, None, precision, False, None))
    not_held_ahead("", [ev], date(2009, 6, 14))
    assert ev.status == status


def test_an_event_dated_before_the_dispatchs_day_keeps_its_tense() -> None:
    [event] = draft(LEAD + "Belarus held elections to the Supreme Soviet on June 7.").events
    assert (event.status, str(event.date.start)) == ("held", "2009-06-07")


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        ("“The era of free gifts is over,” a Gazprom spokesman said in Moscow.", "gazprom"),
        ("“Our margins are negative,” a Naftan official said.", "naftan"),
        ("“We will begin pumping,” a spokesman for Transneft said.", "transneft"),
        # a nationality or a place names no body: the source stays unnamed
        ("“We are watching closely,” a senior Israeli defense official said.", None),
        ("“Nothing is agreed,” a Western diplomat in Minsk said.", None),
    ],
)
def test_an_unnamed_spokesman_speaks_for_the_body_his_phrase_names(
    body: str, speaker: str | None
) -> None:
    assert _speaker_of(body, body[1:8]) == speaker


ROUND_LEAD = "Title\n\nMOSCOW, May 4, 2019 (Reuters) - Text.\n\n"


@pytest.mark.parametrize(
    "body",
    [
        "Lukashenko's answer to Putin was blunt: “Belarus will never be a Russian province.”",
        "Lukashenko was asked: “Will you run again?”",
        "Putin received a letter from Lukashenko, which read: “We stand with Russia.”",
    ],
)
def test_review_a_colon_after_no_speaking_subject_names_no_speaker(body: str) -> None:
    """Faults a review found in the colon rule: the person answered, asked or written to."""
    (q,) = draft(ROUND_LEAD + body).quotes
    assert q.speaker is None


@pytest.mark.parametrize(
    ("sentence", "event_type", "status"),
    [
        # "agreed to" of a relative clause or of another subject is no tense of the event
        (
            "A visit to Minsk by Putin, which he agreed to make, will take place in the autumn.",
            "visit",
            "scheduled",
        ),
        # an occasion still ahead, and an opening phrase that is no occasion
        (
            "In an interview to be broadcast on Sunday, Lukashenko said Belarus would stay.",
            "press_event",
            "scheduled",
        ),
        (
            "In an effort to salvage the summit, Lukashenko said he would compromise.",
            "summit",
            "scheduled",
        ),
        # a change in a clause of time with a subject of its own is not the event's
        (
            "Lukashenko met Putin in Sochi on Thursday, days after charges against a journalist "
            "were dropped.",
            "meeting",
            "held",
        ),
        (
            "Putin and Lukashenko held talks on Thursday after plans for a single currency were "
            "abandoned.",
            "meeting",
            "held",
        ),
    ],
)
def test_review_statuses_the_latest_rounds_rules_must_leave(
    sentence: str, event_type: str, status: str
) -> None:
    events = [ev for ev in draft(ROUND_LEAD + sentence).events if ev.event_type == event_type]
    assert [ev.status for ev in events] == [status]


@pytest.mark.parametrize(
    "sentence",
    [
        "Speaking at a summit in Sochi, Lukashenko said on Friday that gas was cheap.",
        "Putin and Lukashenko, meeting in Sochi, said on Friday they had agreed on gas.",
        "Primakov, who joined part of the talks, said on Friday the crisis was over.",
    ],
)
def test_review_a_sayings_weekday_dates_the_occasion_it_was_said_at(sentence: str) -> None:
    [event] = draft(ROUND_LEAD + sentence).events
    assert str(event.date.start) == "2019-05-03"


def test_review_that_sunday_is_no_date_counted_from_the_dispatch() -> None:
    assert find_dates("Lukashenko flew home that Sunday, after the talks.") == []


@pytest.mark.parametrize(
    ("sentence", "words"),
    [
        ("The joint exercise, which is due to run until June 25, began on Monday.", "exercise"),
        ("Lukashenko told reporters the gas price was agreed.", "told reporters"),
    ],
)
def test_review_an_event_running_on_or_told_in_the_past_stays_held_whatever_its_date(
    sentence: str, words: str
) -> None:
    """A learned model may give such an event a day after the dispatch's: the date is then the
    doubtful part, not the status."""
    start = sentence.index(words)
    mention = Mention(
        start,
        start + len(words),
        words,
        "other",
        None,
        "held",
        UNKNOWN,
        None,
        None,
        None,
        False,
        Segment(0, len(sentence)),
        False,
        False,
    )
    ahead = Resolved(date(2009, 6, 25), None, "day", False, None)
    ev = DraftEvent("other", None, [mention], date=ahead)
    not_held_ahead(sentence, [ev], date(2009, 6, 14))
    assert ev.status == "held"


def test_a_name_spelt_with_a_letter_only_case_folding_equates_is_still_its_actor() -> None:
    """ "Putın" (dotless i) and "Lukaſhenko" (long s) match the aliases case-insensitively;
    a review found drafting raised KeyError on them."""
    gazetteer, _ = resources()
    hits = gazetteer.find("Putın met Lukaſhenko in Minsk.")
    assert [actor for _, _, actor in hits] == ["vladimir-putin", "alexander-lukashenko"]
    assert draft(LEAD + "Putın met Lukaſhenko in Minsk.").events
