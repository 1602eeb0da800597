"""Statistics: values, units, qualifiers, ranges, changes, counted nouns, rates, sources and
the numbers that are not statistics (docs/annotation.md, "Statistics")."""

from __future__ import annotations

import pytest

from factcheck.extract import extract
from factcheck.figures import extract_statistics
from factcheck.models import Article


def stats(body: str):
    found = extract_statistics(body)
    for s in found:
        assert s.text == body[s.start:s.end], f"offsets of {s.text!r} do not point at it"
    return found


def one(body: str):
    found = stats(body)
    assert len(found) == 1, [s.text for s in found]
    return found[0]


# -- values, units, qualifiers ----------------------------------------------------------------

@pytest.mark.parametrize("body, text, value, unit, qualifier, bound", [
    ("ICE made 7,400 arrests in January.", "7,400", 7400, None, None, "="),
    ("ICE made 7400 arrests in January.", "7400", 7400, None, None, "="),
    ("The company cut 7 400 jobs.", "7 400", 7400, None, None, "="),
    ("ICE made more than 7,400 arrests in January.", "more than 7,400", 7400, None, "more than", ">"),
    ("At least 9,000 people were displaced.", "At least 9,000", 9000, None, "at least", ">="),
    ("Fewer than 50 people attended.", "Fewer than 50", 50, None, "fewer than", "<"),
    ("Nearly 40% of households lack broadband.", "Nearly 40%", 40, "%", "nearly", "~"),
    ("The city has 1.2 million residents.", "1.2 million", 1_200_000, None, None, "="),
    ("The plan costs $3bn over a decade.", "$3bn", 3_000_000_000, "$", None, "="),
    ("Some 12% of voters backed the plan.", "Some 12%", 12, "%", "some", "~"),
    ("Among young voters, 12% backed the plan.", "12%", 12, "%", None, "="),
    ("Among young voters, 12 percent backed the plan.", "12 percent", 12, "%", None, "="),
    ("Among young voters, 12 per cent backed the plan.", "12 per cent", 12, "%", None, "="),
])
def test_numeric_values(body, text, value, unit, qualifier, bound):
    s = one(body)
    assert (s.text, s.value, s.unit, s.qualifier, s.bound) == (text, value, unit, qualifier, bound)


@pytest.mark.parametrize("body, text, value, unit, counted", [
    ("The fire left nine people homeless.", "nine", 9, None, "people"),
    ("The agency hired a dozen inspectors.", "a dozen", 12, None, "inspectors"),
    ("Roughly half of residents opposed the plan.", "Roughly half", 0.5, "fraction", "residents"),
    ("About two-thirds of residents opposed the plan.", "About two-thirds", 0.6667, "fraction", "residents"),
    ("Two-thirds of residents opposed the plan.", "Two-thirds", 0.6667, "fraction", "residents"),
])
def test_word_numbers_and_fractions(body, text, value, unit, counted):
    s = one(body)
    assert (s.text, s.value, s.unit, s.counted) == (text, value, unit, counted)


@pytest.mark.parametrize("body, text, magnitude, counted", [
    ("Thousands of people marched downtown.", "Thousands", "thousands", "people"),
    ("The union has thousands of members.", "thousands", "thousands", "members"),
    ("Dozens of families were evacuated.", "Dozens", "dozens", "families"),
])
def test_vague_magnitudes(body, text, magnitude, counted):
    s = one(body)
    assert (s.text, s.value, s.magnitude, s.counted) == (text, None, magnitude, counted)


# -- ranges and changes -----------------------------------------------------------------------

def test_range():
    s = one("The agency expects between 1,200 and 1,500 applicants.")
    assert (s.text, s.value, s.high, s.counted) == ("between 1,200 and 1,500", 1200, 1500, "applicants")


@pytest.mark.parametrize("body, text, value, from_value, direction", [
    ("Unemployment fell from 4.1% to 4%.", "from 4.1% to 4%", 4, 4.1, "down"),
    ("Unemployment rose from 4% to 4.1% in March.", "from 4% to 4.1%", 4.1, 4, "up"),
])
def test_change_from_to(body, text, value, from_value, direction):
    s = one(body)
    assert (s.text, s.value, s.from_value, s.direction, s.unit, s.counted) == (
        text, value, from_value, direction, "%", "unemployment")
    assert s.high is None


def test_change_by_amount():
    s = one("The budget rose by 300 positions.")
    assert (s.text, s.value, s.direction, s.counted) == ("300", 300, "up", "positions")


# -- what is counted, and at what rate -----------------------------------------------------------

@pytest.mark.parametrize("body, text, counted", [
    ("ICE made 7,400 arrests in January.", "7,400", "arrests"),
    ("Some 12% of voters backed the plan.", "Some 12%", "voters"),
    ("The agency closed the 24 field offices last year.", "24", "field offices"),
    ("Unemployment rose to 4.1% in May.", "4.1%", "unemployment"),
    ("Turnout was 12% among young voters.", "12%", "turnout"),
])
def test_counted(body, text, counted):
    s = one(body)
    assert (s.text, s.counted) == (text, counted)


@pytest.mark.parametrize("body, rate", [
    ("Agents made 311 arrests a day in June.", "a day"),
    ("Agents made 311 arrests per day in June.", "per day"),
])
def test_rate(body, rate):
    s = one(body)
    assert (s.text, s.value, s.counted, s.rate) == ("311", 311, "arrests", rate)


# -- source ----------------------------------------------------------------------------------

@pytest.mark.parametrize("body, source", [
    ("According to ICE, agents made more than 7,400 arrests in January.", "ICE"),
    ("Agents made more than 7,400 arrests in January, according to ICE.", "ICE"),
    ("ICE figures show more than 7,400 arrests in January.", "ICE"),
    ("Agents made more than 7,400 arrests in January.", None),
])
def test_source_from_attribution(body, source):
    found = extract(Article(path="a.txt", body=body)).statistics
    assert [(s.text, s.value, s.counted, s.source) for s in found] == [("more than 7,400", 7400, "arrests", source)]


def test_source_of_figure_inside_a_quote_is_the_speaker():
    body = "Mayor Tom Reyes said: “We hired 300 officers this year.”"
    found = extract(Article(path="a.txt", body=body)).statistics
    assert [(s.text, s.value, s.counted, s.source) for s in found] == [("300", 300, "officers", "Tom Reyes")]


# -- not statistics, each beside a near miss that is one ---------------------------------------------

@pytest.mark.parametrize("body", [
    "The law was passed in 2019 by the council.",
    "The vote is on March 3 at city hall.",
    "The meeting starts at 3 p.m. on Friday.",
    "Ana Ruiz, 26, was arrested on Monday.",
    "She finished 21st in the race.",
    "The shelter at 1420 Elm Street closed.",
    "Members of MS-13 were charged.",
    "Covid-19 cases rose again.",
    "A Boeing 737 landed safely.",
    "Traffic on Interstate 95 stopped.",
    "The home team won 3-1 on Sunday.",
])
def test_not_statistics(body):
    assert [s.text for s in stats(body)] == []


@pytest.mark.parametrize("body, text, value, counted", [
    ("Officials counted 2,019 ballots by hand.", "2,019", 2019, "ballots"),  # not a year
    ("The vote drew 3,000 voters to city hall.", "3,000", 3000, "voters"),  # not a date
    ("The shelter turned away 3 families after 9 p.m.", "3", 3, "families"),  # not a time
    ("Police said 26 people were injured.", "26", 26, "people"),  # not an age
    ("The team has 21 players this season.", "21", 21, "players"),  # not an ordinal
    ("The shelter on Elm Street has 1,420 beds.", "1,420", 1420, "beds"),  # not an address
    ("Police charged 13 gang members on Monday.", "13", 13, "gang members"),  # not MS-13
    ("The state confirmed 19 new cases.", "19", 19, "cases"),  # not Covid-19
    ("The airline grounded 737 flights.", "737", 737, "flights"),  # not Boeing 737
    ("Police closed 95 roads during the storm.", "95", 95, "roads"),  # not Interstate 95
    ("The team won 3 titles in a decade.", "3", 3, "titles"),  # not a score
])
def test_near_misses_are_statistics(body, text, value, counted):
    assert [(s.text, s.value, s.counted) for s in stats(body)] == [(text, value, counted)]


def test_statistics_in_a_longer_body_point_at_their_text():
    body = ("Agents made more than 7,400 arrests in January, according to ICE. Ana Ruiz, 26, was among them.\n\n"
            "The agency expects between 1,200 and 1,500 applicants, and the plan costs $3bn.")
    found = stats(body)
    assert [(s.text, s.value) for s in found] == [
        ("more than 7,400", 7400), ("between 1,200 and 1,500", 1200), ("$3bn", 3_000_000_000)]
    assert all(body[s.start:s.end] == s.text for s in found)
