"""Statistics: values, units, qualifiers, ranges, changes, counted nouns, rates, periods, sources
and the numbers that are not statistics (docs/annotation.md, "Statistics")."""

from __future__ import annotations

import time

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


def fields(s):
    """What a table row states about a statistic: text, value, unit, qualifier, counted, rate, period."""
    return s.text, s.value, s.unit, s.qualifier, s.counted, s.rate, s.period


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
    ("The agency billed $6.2M for the first week.", "$6.2M", 6_200_000, "$", None, "="),
    ("The club paid £40M for the striker.", "£40M", 40_000_000, "£", None, "="),
    ("Repairs cost $300K this year.", "$300K", 300_000, "$", None, "="),
    ("The plan costs £1.2bn over a decade.", "£1.2bn", 1_200_000_000, "£", None, "="),
    ("The plan costs USD 48 million over a decade.", "USD 48 million", 48_000_000, "USD", None, "="),
    ("Some 12% of voters backed the plan.", "Some 12%", 12, "%", "some", "~"),
    ("Among young voters, 12% backed the plan.", "12%", 12, "%", None, "="),
    ("Among young voters, 12 percent backed the plan.", "12 percent", 12, "%", None, "="),
    ("Among young voters, 12 per cent backed the plan.", "12 per cent", 12, "%", None, "="),
    ("The lead is 3 percentage points.", "3 percentage points", 3, "percentage points", None, "="),
    ("Shares fell to 412p on Monday.", "412p", 412, "pence", None, "="),
    ("Nurses cost up to $140 an hour.", "up to $140", 140, "$", "up to", "<="),
    ("Drivers were paid as little as $500 each.", "as little as $500", 500, "$", "as little as", ">="),
    ("Some patients waited as long as 31 hours.", "as long as 31 hours", 31, "hours", "as long as", "<="),
    ("The margin of error is plus or minus 3.1 percentage points.", "plus or minus 3.1 percentage points", 3.1,
     "percentage points", "plus or minus", "~"),
    ("I cut maybe 900 trees.", "maybe 900", 900, None, "maybe", "~"),
])
def test_numeric_values(body, text, value, unit, qualifier, bound):
    s = one(body)
    assert (s.text, s.value, s.unit, s.qualifier, s.bound) == (text, value, unit, qualifier, bound)


@pytest.mark.parametrize("body, text, value, unit, counted", [
    ("The fire left nine people homeless.", "nine", 9, None, "people"),
    ("Hawthorne alone has twenty-five classrooms sitting unused.", "twenty-five", 25, None, "classrooms"),
    ("The agency hired a dozen inspectors.", "a dozen", 12, None, "inspectors"),
    ("Roughly half of residents opposed the plan.", "Roughly half", 0.5, "fraction", "residents"),
    ("About two-thirds of residents opposed the plan.", "About two-thirds", 0.6667, "fraction", "residents"),
    ("Two-thirds of residents opposed the plan.", "Two-thirds", 0.6667, "fraction", "residents"),
    ("Only a third of adults have had the shot.", "a third", 0.3333, "fraction", "adults"),
    ("A survey found one in five landlords refused.", "one in five", 0.2, "fraction", "landlords"),
    ("Fewer than 1 in 10 cases end in asylum.", "Fewer than 1 in 10", 0.1, "fraction", "cases"),
    ("A person can infect up to 9 out of 10 unvaccinated people.", "up to 9 out of 10", 0.9, "fraction",
     "unvaccinated people"),
    ("More than a thousand people died.", "More than a thousand", 1000, None, "people"),
])
def test_word_numbers_and_fractions(body, text, value, unit, counted):
    s = one(body)
    assert (s.text, s.value, s.unit, s.counted) == (text, value, unit, counted)


@pytest.mark.parametrize("body, text, magnitude, counted", [
    ("Thousands of people marched downtown.", "Thousands", "thousands", "people"),
    ("The union has thousands of members.", "thousands", "thousands", "members"),
    ("Dozens of families were evacuated.", "Dozens", "dozens", "families"),
    ("Tens of thousands of residents fled.", "Tens of thousands", "tens of thousands", "residents"),
])
def test_vague_magnitudes(body, text, magnitude, counted):
    s = one(body)
    assert (s.text, s.value, s.magnitude, s.counted) == (text, None, magnitude, counted)


@pytest.mark.parametrize("body", [
    "They will meet in the thousands.",  # no "of" or "more": not a count
    "The fire left one person homeless.",  # "one" alone is a pronoun more often than a count
    "She left for half an hour.",  # half with nothing counted
    "He won the race for a third time.",  # an ordinal, not a fraction
    "Runners faded in the second half of the course.",  # a part of a period
    "Nine said no.",  # a word number with nothing counted
])
def test_words_that_are_not_figures(body):
    assert [s.text for s in stats(body)] == []


# -- ranges and changes -----------------------------------------------------------------------

@pytest.mark.parametrize("body, text, value, high, unit, counted", [
    ("The agency expects between 1,200 and 1,500 applicants.", "between 1,200 and 1,500", 1200, 1500, None,
     "applicants"),
    ("The agency expects 1,200 to 1,500 applicants.", "1,200 to 1,500", 1200, 1500, None, "applicants"),
    ("The agency expects 1,200-1,500 applicants.", "1,200-1,500", 1200, 1500, None, "applicants"),
    ("We are boarding 40-60 admitted patients a night.", "40-60", 40, 60, None, "admitted patients"),
    ("Highs of 112-116 degrees are expected.", "112-116 degrees", 112, 116, "degrees", "highs"),
    ("Ads cost $9 million to $11 million in total.", "$9 million to $11 million", 9_000_000, 11_000_000, "$",
     "ads"),
    ("Losses may reach between €900m and €1.2bn in claims.", "between €900m and €1.2bn", 900_000_000,
     1_200_000_000, "€", "claims"),
    ("Applications will fall to 1.2 to 1.5 million.", "1.2 to 1.5 million", 1_200_000, 1_500_000, None,
     "applications"),
    ("The storm will bring 3 to 5 inches of rain.", "3 to 5 inches", 3, 5, "inches", "rain"),
    ("A family will wait four to five years.", "four to five years", 4, 5, "years", None),
    ("Judges imposed terms ranging from 3 to 10 years.", "from 3 to 10 years", 3, 10, "years", "terms"),
])
def test_ranges(body, text, value, high, unit, counted):
    s = one(body)
    assert (s.text, s.value, s.high, s.unit, s.counted, s.from_value) == (text, value, high, unit, counted, None)


def test_descending_pair_is_two_figures_not_a_range():
    found = stats("A poll had Castell ahead, 47% to 44%.")
    assert [(s.text, s.value, s.high) for s in found] == [("47%", 47, None), ("44%", 44, None)]


@pytest.mark.parametrize("body, text, value, from_value, direction", [
    ("Unemployment fell from 4.1% to 4%.", "from 4.1% to 4%", 4, 4.1, "down"),
    ("Unemployment rose from 4% to 4.1% in March.", "from 4% to 4.1%", 4.1, 4, "up"),
    ("Inflation slowed from 3.1 per cent to 2.8 per cent.", "from 3.1 per cent to 2.8 per cent", 2.8, 3.1, "down"),
])
def test_change_from_to(body, text, value, from_value, direction):
    s = one(body)
    assert (s.text, s.value, s.from_value, s.direction, s.unit, s.high) == (text, value, from_value, direction, "%", None)
    assert s.counted in ("unemployment", "inflation")


@pytest.mark.parametrize("body, text, value, qualifier, bound, from_value", [
    ("The share of positive flu tests rose from 9% to about 14% in a week.", "from 9% to about 14%", 14, "about", "~", 9),
    ("The count rose from 200 to more than 300 shelters.", "from 200 to more than 300", 300, "more than", ">", 200),
    ("Unemployment fell from 4.1% to 4% in March.", "from 4.1% to 4%", 4, None, "=", 4.1),
])
def test_a_hedged_new_value_in_a_change(body, text, value, qualifier, bound, from_value):
    s = one(body)
    assert (s.text, s.value, s.qualifier, s.bound, s.from_value) == (text, value, qualifier, bound, from_value)


@pytest.mark.parametrize("body, text, value, from_value, direction, unit", [
    ("The jobless rate rose to 4.6% from 4.3% in December.", "4.6% from 4.3%", 4.6, 4.3, "up", "%"),
    ("Net income fell to $498m from $612m a year earlier.", "$498m from $612m", 498_000_000, 612_000_000,
     "down", "$"),
    ("Average hourly earnings were $31.42, up from $30.30.", "$31.42, up from $30.30", 31.42, 30.3, "up", "$"),
    ("Overtime is capped at $48 million, down from $61 million.", "$48 million, down from $61 million",
     48_000_000, 61_000_000, "down", "$"),
    ("Turnout was about 38%, up from 31% in 2021.", "about 38%, up from 31%", 38, 31, "up", "%"),
    # a number written in words and one in digits make one change
    ("Average waits were eight minutes, down from 13 minutes in 2023.", "eight minutes, down from 13 minutes", 8, 13,
     "down", "minutes"),
    # "up to" before the new value is the change's, not the hedge "up to"
    ("The jobless rate ticked up to 4.3% from 4.2% in May.", "4.3% from 4.2%", 4.3, 4.2, "up", "%"),
])
def test_change_written_new_value_first(body, text, value, from_value, direction, unit):
    s = one(body)
    assert (s.text, s.value, s.from_value, s.direction, s.unit, s.high) == (text, value, from_value, direction, unit, None)


@pytest.mark.parametrize("body", [
    "Hospitals held 412 patients last week, up from 205 three weeks earlier.",
    "Hospitals held 412 patients in the week ending Jan. 4, up from 205 three weeks earlier.",  # "4, up from 205"
])
def test_an_earlier_value_told_apart_from_its_figure_is_a_figure_of_its_own(body):
    found = stats(body)
    assert [(s.text, s.counted, s.from_value) for s in found] == [("412", "patients", None), ("205", "patients", None)]


@pytest.mark.parametrize("body, amount, level, counted", [
    ("The company raised its quarterly dividend by 3 cents to 24 cents a share.", ("3 cents", 3, "cents", "up"),
     ("24 cents", 24, "cents", None), "quarterly dividend"),
    ("Housing spending rises by €1.2bn to €6.8bn.", ("€1.2bn", 1_200_000_000, "€", "up"),
     ("€6.8bn", 6_800_000_000, "€", None), "housing spending"),
    ("Shootings fell by 31, to 118.", ("31", 31, None, "down"), ("118", 118, None, None), "shootings"),
])
def test_a_change_by_an_amount_to_a_level_is_two_figures_not_a_range(body, amount, level, counted):
    found = stats(body)
    assert [(s.text, s.value, s.unit, s.direction) for s in found] == [amount, level]
    assert [s.high for s in found] == [None, None] and [s.counted for s in found] == [counted, counted]


def test_the_level_a_change_reaches_counts_what_the_change_counts():
    found = stats("Brennick shares rose 7.2% to $88.40 in after-hours trading.")
    assert [(s.text, s.counted, s.direction) for s in found] == [
        ("7.2%", "brennick shares", "up"), ("$88.40", "brennick shares", None)]


def test_the_base_of_a_percentage_change_is_a_figure():
    found = stats("Homicides were down 22% from 60 the year before.")
    assert [(s.text, s.value, s.direction, s.counted) for s in found] == [
        ("22%", 22, "down", "homicides"), ("60", 60, None, "homicides")]


@pytest.mark.parametrize("body, text, value, qualifier, counted", [
    # a bare "the rate" is the rate of what the sentence counted
    ("Admissions reached 38.5 per 100,000 residents, nearly three times the rate a year ago.", "nearly three times",
     3, "nearly", "admissions"),
    ("Rents are now 2.5 times higher than in 2015.", "2.5 times", 2.5, None, None),
    ("The new plant makes four times as many batteries.", "four times", 4, None, "batteries"),
    ("It would spend roughly $900 million, nearly double last year's outlay.", "nearly double", 2, "nearly", "outlay"),
])
def test_multiples(body, text, value, qualifier, counted):
    s = next(f for f in stats(body) if f.text == text)
    assert (s.value, s.unit, s.qualifier, s.counted) == (value, "times", qualifier, counted)


def test_a_number_of_times_something_happened_is_no_multiple():
    s = one("The council has met 14 times since March.")
    assert (s.text, s.value, s.unit, s.counted) == ("14", 14, None, "times")
    assert stats("He called twice on Monday.") == []


@pytest.mark.parametrize("body, counted", [
    ("Rents are still rising at twice the pace of paychecks.", "pace"),
    ("The plant makes twice as many batteries.", "batteries"),
])
def test_twice(body, counted):
    s = one(body)
    assert (s.text, s.value, s.unit, s.counted) == ("twice", 2, "times", counted)


@pytest.mark.parametrize("body, text, value, unit, counted", [
    ("The state will lose half a million residents by 2040.", "half a million", 500_000, None, "residents"),
    ("About a quarter of a million people live there.", "About a quarter of a million", 250_000, None, "people"),
    ("Measure K would have raised the gas tax by half a cent.", "half a cent", 0.5, "cents", "gas tax"),
    ("Half a dozen officers were hurt.", "Half a dozen", 6, None, "officers"),
    ("A first-class stamp will cost 95 pence.", "95 pence", 95, "pence", "first-class stamp"),
])
def test_a_fraction_of_a_scale_or_a_unit(body, text, value, unit, counted):
    s = one(body)
    assert (s.text, s.value, s.unit, s.counted) == (text, value, unit, counted)


@pytest.mark.parametrize("body, expected", [
    # an amount then a level, though a hedge stands after "by"; a range when its unit is written once
    ("The population has grown by roughly 58,000 to 512,000.",
     [("roughly 58,000", 58000, None, None, "up"), ("512,000", 512000, None, None, None)]),
    ("Agents expect prices to rise by 2 to 3 per cent next year.", [("2 to 3 per cent", 2, "%", 3, "up")]),
    # a change whose unit is written once, on its first value
    ("The gap narrowed from 23 percentage points to 19 in reading.",
     [("from 23 percentage points to 19", 19, "percentage points", None, "down")]),
    ("A year ago, one in every eight trips did not run.", [("one in every eight", 0.125, "fraction", None, None)]),
    # degrees; "added up to" totals; a rate in money
    ("Temperatures hit 41°C in Verdais.", [("41°C", 41, "°C", None, None)]),
    ("Ambulance offload delays added up to 31,000 hours last year.", [("31,000 hours", 31000, "hours", None, None)]),
    ("The tax rate stays at $0.81 per $100 of assessed value.", [("$0.81", 0.81, "$", None, None)]),
])
def test_amounts_levels_ranges_and_units(body, expected):
    assert [(s.text, s.value, s.unit, s.high, s.direction) for s in stats(body)] == expected


@pytest.mark.parametrize("body", [
    "Anyone with information can call the force on 101 or Crimestoppers on 0800 555 111.",
    "Residents can call the SES on 132 500 for help.",
    "Parents can phone the department on 1800 555 019.",
])
def test_numbers_to_call_are_not_statistics(body):
    assert stats(body) == []


def test_a_number_word_with_a_rate_is_a_figure():
    found = stats("Nearly 2,600 vehicles were stolen last year, about seven a day.")
    assert [(s.text, s.value, s.qualifier, s.counted, s.rate) for s in found] == [
        ("Nearly 2,600", 2600, "nearly", "vehicles", None), ("about seven", 7, "about", "vehicles", "a day")]


@pytest.mark.parametrize("body, text, value, unit, counted, direction", [
    ("The budget rose by 300 positions.", "300", 300, None, "positions", "up"),
    ("Nonfatal shootings dropped 19% to 212.", "19%", 19, "%", "nonfatal shootings", "down"),
    ("Median rent climbed to $2,150, up 6.3% from a year earlier.", "6.3%", 6.3, "%", "median rent", "up"),
    ("Violent crime, by contrast, fell 6 percent.", "6 percent", 6, "%", "violent crime", "down"),
    ("Hay prices have nearly doubled since spring.", "nearly doubled", 2, "times", "hay prices", "up"),
    ("Cameras halved speeding violations.", "halved", 0.5, "times", "speeding violations", "down"),
    ("Crime fell by a quarter, the report said.", "a quarter", 0.25, "fraction", "crime", "down"),
    ("We have 480 more nurses than two years ago.", "480", 480, None, "nurses", "up"),
])
def test_change_by_an_amount(body, text, value, unit, counted, direction):
    s = next(f for f in stats(body) if f.text == text)
    assert (s.text, s.value, s.unit, s.counted, s.direction) == (text, value, unit, counted, direction)


def test_level_after_a_change_has_no_direction():
    found = stats("Nonfatal shootings dropped 19% to 212.")
    assert [(s.text, s.direction, s.counted) for s in found] == [
        ("19%", "down", "nonfatal shootings"), ("212", None, "nonfatal shootings")]


@pytest.mark.parametrize("body, text, counted, direction", [
    ("The wait is nearly double the statewide rate.", "nearly double", "statewide rate", None),
    ("Officers seized 14.6 tonnes of cocaine, nearly double the 7.9 tonnes seized in 2023.", "nearly double",
     "cocaine", "up"),
])
def test_double_the_rate_is_a_comparison(body, text, counted, direction):
    s = next(f for f in stats(body) if f.text == text)
    assert (s.value, s.unit, s.qualifier, s.counted, s.direction) == (2, "times", "nearly", counted, direction)


@pytest.mark.parametrize("body", [
    "The agency plans to double the fleet.",  # a plan, not a figure
    "Crews will double-track the line.",
])
def test_double_as_a_verb_is_not_a_figure(body):
    assert [s.text for s in stats(body)] == []


# -- what is counted ------------------------------------------------------------------------------

@pytest.mark.parametrize("body, text, counted", [
    ("ICE made 7,400 arrests in January.", "7,400", "arrests"),
    ("Some 12% of voters backed the plan.", "Some 12%", "voters"),
    ("The agency closed the 24 field offices last year.", "24", "field offices"),
    ("The region has 19 acute-care hospitals.", "19", "acute-care hospitals"),
    ("The county has 640 publicly funded treatment beds.", "640", "funded treatment beds"),
    ("The fund serves some 610,000 active and retired public workers.", "some 610,000", "retired public workers"),
    ("The airline will base six more Boeing 737 jets here.", "six", "jets"),
    ("The ministry will buy a dozen more F-35 fighter jets.", "a dozen", "fighter jets"),
    ("The state recorded 58 confirmed cases.", "58", "confirmed cases"),
    ("Agents arrested 1,866 people on Monday.", "1,866", "people arrested"),
    ("The data shows 2,310 of the people arrested had no conviction.", "2,310", "people arrested"),
    ("At least six of the league's 32 teams lost money.", "At least six", "teams"),
    ("Just over half of the stolen vehicles were recovered.", "Just over half", "stolen vehicles"),
    ("Almost a third of those crashes involved speeding.", "Almost a third", "crashes"),
    ("Unemployment rose to 4.1% in May.", "4.1%", "unemployment"),
    ("Turnout was 12% among young voters.", "12%", "turnout"),
    ("Turnout in the district reached 58% on Tuesday.", "58%", "turnout"),
    ("The unemployment rate in Calder fell to 4%.", "4%", "unemployment rate"),
    ("Harrowgate County's population has grown by roughly 9%.", "roughly 9%", "population"),
    ("Hospital admissions for Covid-19 in the region doubled.", "doubled", "hospital admissions"),
    ("The number of unaccompanied children taken into custody fell by 41%.", "41%", "unaccompanied children"),
    ("The number of households holding Section 8 vouchers rose to 3,400.", "3,400", "households"),
    ("Asylum claims filed at the port, meanwhile, rose to 2,900.", "2,900", "asylum claims"),
    ("Stocks, which make up half of the portfolio, gained 12.8%.", "12.8%", "stocks"),
    ("The city's pension contributions, which total $640 million, keep rising.", "$640 million",
     "pension contributions"),
    ("Travel nurses who cost up to $140 an hour fill the gaps.", "up to $140", "travel nurses"),
    ("Tenants got notices of increases averaging $310 a month.", "$310", "increases"),
    ("The plan would raise payment standards by 6%.", "6%", "payment standards"),
    ("The signs had cut average speeds in fog by just 3 mph.", "3 mph", "average speeds"),
    ("The board approved a $4.5 billion operating budget.", "$4.5 billion", "operating budget"),
    ("The budget closes a projected shortfall of $212 million.", "$212 million", "projected shortfall"),
    ("Gusts of up to 60 mph pushed flames toward town.", "up to 60 mph", "gusts"),
    ("The league agreed broadcast deals worth £1.2bn.", "£1.2bn", "broadcast deals"),
    ("Retailers rang up $3bn in holiday sales.", "$3bn", "holiday sales"),
    ("ICE spends more than $315 million a year on detainee health care.", "more than $315 million",
     "detainee health care"),
    ("Officers seized 14.6 tonnes of cocaine.", "14.6 tonnes", "cocaine"),
    ("The fire has burned more than 18,000 acres.", "more than 18,000 acres", None),
    ("Temperatures reached 104 degrees on Thursday.", "104 degrees", "temperatures"),
    ("Ships were waiting up to nine days to berth.", "up to nine days", None),
    ("Our average response time is down to 11 minutes.", "11 minutes", "average response time"),
    ("The fire was 12% contained on Sunday.", "12%", "contained"),
    ("Construction is about 35% complete.", "about 35%", "construction"),
    ("The economy came first, followed by housing costs at 21 percent.", "21 percent", "housing costs"),
    ("Forecasters expect growth of between 3% and 3.5%.", "between 3% and 3.5%", "growth"),
    ("New asylum applications arrive at a rate of roughly 1,900 a week.", "roughly 1,900", "asylum applications"),
    ("Deaths rose in the east, where they increased to 57.", "57", "deaths"),
    ("More than half of U.S. adults delayed care.", "More than half", "adults"),
    ("The report identified 17 so-called ghost projects.", "17", "so-called ghost projects"),
    ("A thirty-minute change saves lives.", "thirty-minute", "change"),
    ("The offer of a 2.5 percent annual raise didn't address staffing.", "2.5 percent", "raise"),
    ("Teachers commute two hours because rents are high.", "two hours", None),
    ("Officials expect the deficit to widen to $1.8 trillion in fiscal 2025.", "$1.8 trillion", "deficit"),
    # the subject past an aside or an adverb; money put into something; a level reached
    ("Cloud revenue, now close to half of the total, jumped 31% to $2.3bn.", "31%", "cloud revenue"),
    ("Violent crime overall fell 12% to 3,915 reported offenses.", "12%", "violent crime"),
    ("The council had put £1.6m into free breakfast clubs.", "£1.6m", "free breakfast clubs"),
    ("The department’s clearance rate for homicides improved to 61%.", "61%", "clearance rate"),
    ("The task force covers a four-county region.", "four", "counties"),
    ("Temperatures are expected to reach 101 degrees on Wednesday.", "101 degrees", "temperatures"),
    ("A survey of 1,200 travelers found that 64% rated the airport good.", "64%", "travelers"),
    ("The Cedar Ridge fire grew to more than 38,000 acres overnight.", "more than 38,000 acres", "fire"),
    ("The overnight low on Tuesday was 92 degrees.", "92 degrees", "overnight low"),
    ("Arrests fell from 402 to 318, but gun seizures doubled, to 241.", "doubled", "gun seizures"),
    ("Arrests fell from 402 to 318, but gun seizures doubled, to 241.", "241", "gun seizures"),
])
def test_counted(body, text, counted):
    s = [f for f in stats(body) if f.text == text]
    assert [(f.text, f.counted) for f in s] == [(text, counted)]


@pytest.mark.parametrize("body, text, value, unit, counted", [
    ("They rent a 96-unit complex.", "96", 96, None, "units"),  # the noun in the compound is counted
    ("It is a 312-page budget proposal.", "312", 312, None, "pages"),
    ("She sits on the 13-member board.", "13", 13, None, "members"),
    ("The club signed a 30-year lease.", "30-year", 30, "years", "lease"),  # a unit, and the noun after
    ("Crews will rebuild a 12-mile section.", "12-mile", 12, "miles", "section"),
    ("The 75-cent increase takes effect today.", "75-cent", 75, "cents", "increase"),
    ("Workers staged a two-hour walkout.", "two-hour", 2, "hours", "walkout"),
    ("Bell holds a 12-point edge among men.", "12-point", 12, "points", "edge"),
])
def test_hyphenated_compounds(body, text, value, unit, counted):
    s = one(body)
    assert (s.text, s.value, s.unit, s.counted) == (text, value, unit, counted)


@pytest.mark.parametrize("body, expected", [
    # a figure compared with the one before it counts the same thing
    ("The stadium would hold about 34,000 fans, down from 41,500 at the current park.",
     [("about 34,000", "fans"), ("41,500", "fans")]),
    ("Agents recorded 17,600 apprehensions in March, compared with 38,200 a year earlier.",
     [("17,600", "apprehensions"), ("38,200", "apprehensions")]),
    ("Whitcomb finished with 14,836 votes to 14,624 for Ratliff.", [("14,836", "votes"), ("14,624", "votes")]),
    ("Judges get 1,900 applications a week, while they complete about 1,400.",
     [("1,900", "applications"), ("about 1,400", "applications")]),
    ("The 75-cent increase, about 4.8%, is tied to inflation.", [("75-cent", "increase"), ("about 4.8%", "increase")]),
    ("The course covers 26.2 miles (42.2 km).", [("26.2 miles", "course"), ("42.2 km", "course")]),
    # ... or what was named before: "of them", "more"
    ("Police arrested 412 people, and 44 of them had prior convictions.",
     [("412", "people arrested"), ("44", "people arrested")]),
    ("The state counted 3,400 households, and nearly 11,000 more remain on a list.",
     [("3,400", "households"), ("nearly 11,000", "households")]),
    ("I planted 2,400 acres and cut maybe 900 of them.", [("2,400 acres", None), ("maybe 900", None)]),
])
def test_counted_by_comparison_and_reference(body, expected):
    assert [(s.text, s.counted) for s in stats(body)] == expected


def test_unit_taken_over_from_the_figure_referred_to():
    found = stats("I planted 2,400 acres and cut maybe 900 of them.")
    assert [(s.value, s.unit) for s in found] == [(2400, "acres"), (900, "acres")]


@pytest.mark.parametrize("body, text, counted", [
    ("Officials put the fire at 18,400 acres.", "18,400 acres", None),  # an estimate of its size
    ("Diallo polled at 41% and Karanu at 39%.", "41%", None),  # who, not what
    ("Charity runners raised $14.6 million for 200 nonprofits.", "$14.6 million", None),
])
def test_nothing_counted(body, text, counted):
    assert [(s.text, s.counted) for s in stats(body) if s.text == text] == [(text, counted)]


# -- rates and periods ---------------------------------------------------------------------------

@pytest.mark.parametrize("body, text, counted, rate, period", [
    ("Agents made 311 arrests a day in June.", "311", "arrests", "a day", "in June"),
    ("Agents made 311 arrests per day in June.", "311", "arrests", "per day", "in June"),
    ("The homicide rate fell to 14.2 per 100,000 residents.", "14.2", "homicide rate", "per 100,000 residents", None),
    ("The airport averages about 310 departures daily.", "about 310", "departures", "daily", None),
    ("The state ends its $38 million annual subsidy.", "$38 million", "subsidy", None, None),
    ("Volunteers found 3,912 people last year.", "3,912", "people", None, "last year"),
    ("The plan raises $41m a year in tax revenue.", "$41m", "tax revenue", "a year", None),
    ("Officials logged 23 cases within nine days.", "23", "cases", None, "within nine days"),
    ("Pay rises 11% over three years.", "11%", "pay", None, "over three years"),
])
def test_rate_and_period(body, text, counted, rate, period):
    assert [(s.text, s.counted, s.rate, s.period) for s in stats(body)] == [(text, counted, rate, period)]


@pytest.mark.parametrize("body, expected", [
    # a duration that dates another figure is its period, not a figure
    ("The fire grew by 7,000 acres in about nine hours.", ["7,000 acres"]),
    ("The county will receive $4.3 million a year for the next 18 years.", ["$4.3 million"]),
    ("Admissions reached 412, up from 205 three weeks earlier.", ["412, up from 205"]),
    ("The firm expects to cut staff over the next six months.", []),
    # a duration that stands alone is a figure with a unit
    ("The crash shut the highway for nearly seven hours.", ["nearly seven hours"]),
    ("The investigation, which lasted 26 months, ended.", ["26 months"]),
    ("Twelve months after the flood, the shops remain shut.", []),
    ("The hearing is set for two weeks after Election Day.", []),
    ("I have lived here for 22 years.", ["22 years"]),
    # days on which something happened are counted, not a duration
    ("The garage was full on 112 days last year.", ["112"]),
])
def test_durations(body, expected):
    assert [s.text for s in stats(body)] == expected


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


@pytest.mark.parametrize("body, source", [
    ("Asylum claims filed at the port rose to an estimated 2,900 in March.", None),  # 'claims' is a noun here
    ("Initial claims for unemployment benefits averaged 6,300 a week in February.", None),
    ("Harbor Commissioner Ana Ferrante claims the agency arrested 1,866 people.", "Ana Ferrante"),
])
def test_a_verb_of_speech_used_as_a_noun_names_no_source(body, source):
    assert [s.source for s in extract(Article(path="a.txt", body=body)).statistics] == [source]


@pytest.mark.parametrize("body, source", [
    # organisations named whole: 'and' and '&' inside a name, a possessive before 'Office'
    ("Containment stood at 12%, according to the State Forestry and Fire Division.", "State Forestry and Fire Division"),
    ("Wages took 71 per cent of revenue, according to Darnell & Reece.", "Darnell & Reece"),
    ("Deaths fell to 312, according to figures from the Tamsin County Medical Examiner's Office.",
     "Tamsin County Medical Examiner's Office"),
    ("The strike cost USD 95 million a day, according to the Calloway Chamber of Commerce.",
     "Calloway Chamber of Commerce"),
    # a kind noun names the organisation the same sentence named before it
    ("The Albion Football League agreed deals worth £1.2bn a season, the league said.", "Albion Football League"),
    # who estimates a figure gives it
    ("The National Insurance Crime Council estimates that fraud costs the industry $80 billion a year.",
     "National Insurance Crime Council"),
    ("Union president Marcus Bell has put the number of workers on strike at 2,300.", "Marcus Bell"),
    # a verb that is no attribution names no source
    ("Pedestrian deaths rose 9 percent, the most since the office began tracking.", None),
    # whose data or survey it is; what an organisation expects
    ("Fentanyl was involved in about 4 in 5 deaths, the Medical Examiner's data shows.", "Medical Examiner"),
    ("A survey of 600 residents by the Brennan Immigrant Alliance found that 43 percent were worried.",
     "Brennan Immigrant Alliance"),
    ("The Calloway Port Authority reported a record. The port expects to exceed USD 800 million this year.",
     "Calloway Port Authority"),
    ("Custody numbers fell by 41%, to 1,320, the Border Patrol data shows.", "Border Patrol"),
    ("Agents made 7,400 arrests, according to Immigration and Customs Enforcement.",
     "Immigration and Customs Enforcement"),
])
def test_source_named_in_full(body, source):
    assert {s.source for s in extract(Article(path="a.txt", body=body)).statistics} == {source}


def test_data_without_an_owner_is_the_last_cited_source():
    body = ("Pedestrian deaths reached 287, according to the Highway Safety Office. Roughly 75% of them "
            "occurred after dark, the data shows.")
    assert [(s.text, s.source) for s in extract(Article(path="a.txt", body=body)).statistics] == [
        ("287", "Highway Safety Office"), ("Roughly 75%", "Highway Safety Office")]


def test_source_passed_in_is_used_per_sentence():
    calls = []

    def source_of(start, end):
        calls.append((start, end))
        return "ICE"

    body = "Agents made 7,400 arrests. The agency hired 300 officers."
    found = extract_statistics(body, source_of=source_of)
    assert [(s.text, s.source) for s in found] == [("7,400", "ICE"), ("300", "ICE")]
    assert calls == [(0, 26), (27, len(body))]


# -- not statistics, each with near misses on either side ------------------------------------------
# Each exclusion: numbers that are not statistics (a plain case and a harder one), then figures
# that look like them and are statistics.

EXCLUSIONS = {
    "dates and years": (
        ["The law was passed in 2019 by the council.", "The vote is on March 3 at city hall.",
         "The state will report on Feb. 21.", "It opens 3 March in Leeds.", "The poll ran Oct. 6-10.",
         "The plan covers the 2025-26 fiscal year.", "Models built between 2011 and 2021 lack locks.",
         "The 1985 storm wrecked the town."],
        [("Officials counted 2,019 ballots by hand.", "2,019", 2019, "ballots"),
         ("The sweep ended with 1866 arrests.", "1866", 1866, "arrests"),
         ("The vote drew 3,000 voters to city hall.", "3,000", 3000, "voters"),
         ("In January 18,500 jobs were added.", "18,500", 18500, "jobs")]),
    "times of day": (
        ["The meeting starts at 3 p.m. on Friday.", "The report is due at 8:30 a.m. Friday.",
         "Walkers met at 10:30 on Tuesday.", "Kick-offs at 3pm will move."],
        [("The shelter turned away 3 families after 9 p.m.", "3", 3, "families"),
         ("The response time is down to 11 minutes.", "11 minutes", 11, "response time")]),
    "ages": (
        ["Ana Ruiz, 26, was arrested on Monday.", "The victim was Darnell Price, 17.",
         "Whitcomb, 63, a retired nurse, won.", "A 40-year-old man was held.", "He was charged, aged 19.",
         "He's 20 years old.", "Children under 12 get in free.", "Residents over 70 are exempt.",
         "My customers are mostly over seventy.", "Keisha Dalton, a mother of two, spoke."],
        [("Police said 26 people were injured.", "26", 26, "people"),
         ("The average age of homicide victims was 26.", "26", 26, "average age"),
         ("The median age of patients is 6.", "6", 6, "median age"),
         ("The park has over 70 species of birds.", "over 70", 70, "species"),
         ("She raised two children alone.", "two", 2, "children")]),
    "ordinals": (
        ["She finished 21st in the race.", "It is the 3rd District court.", "He won for a third time.",
         "It was his fourth monthly decline."],
        [("The team has 21 players this season.", "21", 21, "players"),
         ("Nearly a third of the crew quit.", "Nearly a third", 0.3333, "crew"),
         ("A third of adults had the shot.", "A third", 0.3333, "adults")]),
    "phone numbers": (
        ["Call the hotline at (555) 014-2290 today.", "Applicants can call 555-0143.",
         "The hotline, 1-800-555-0177, is open.", "Help is available by calling 211.",
         "Patients can check their place in the queue on 0300 555 0142 between 8am and 6pm.",
         "Tenants can get advice at the drop-in or on 0800 555 0193.", "Readers abroad dial +44 20 7946 0958.",
         "Die Hotline ist unter 030 1234 5678 erreichbar.", "Le standard répond au 01 23 45 67 89."],
        [("The hotline logged 1,800 calls in December.", "1,800", 1800, "calls"),
         ("The line handled 555 calls an hour.", "555", 555, "calls"),
         ("The helpline took 5,550 calls and 142 complaints.", "5,550", 5550, "calls")]),
    "street addresses": (
        ["The shelter at 1420 Elm Street closed.", "Shelters at 1500 Canyon Boulevard opened.",
         "The office at 1300 Civic Center Drive is open."],
        [("The shelter on Elm Street has 1,420 beds.", "1,420", 1420, "beds"),
         ("The district has 1,420 classroom teachers.", "1,420", 1420, "classroom teachers")]),
    "page, section and rule numbers": (
        ["The plan is described on page 12 of the report.", "Under Rule 11 of the bylaws, members wait.",
         "The ordinance amends Section 14 of the code.", "Article 5 of the charter applies."],
        [("The budget proposal runs to a 312-page document.", "312", 312, "pages"),
         ("Section 8 vouchers rose to 3,400.", "3,400", 3400, "vouchers"),
         ("The code has 14 sections.", "14", 14, "sections")]),
    "names with digits": (
        ["Members of MS-13 were charged.", "Covid-19 cases rose again.", "A Boeing 737 landed safely.",
         "Traffic on Interstate 95 stopped.", "Apollo 11 landed in 1969.", "The fleet adds F-35 jets.",
         "Fans filled the stands for Game 6.", "The storm weakened to a Category 2 storm.",
         "Staff left Building 7 at noon.",
         "The average rate on a 30-year fixed mortgage fell.", "Its 311 call center is busy.",
         "The road between exits 41 and 44 is closed."],
        [("Police charged 13 gang members on Monday.", "13", 13, "gang members"),
         ("The state confirmed 19 new cases.", "19", 19, "cases"),
         ("The airline grounded 737 flights.", "737", 737, "flights"),
         ("The stretch of Interstate 95 saw 95 crashes.", "95", 95, "crashes"),
         ("The ministry will buy a dozen more F-35 fighter jets.", "a dozen", 12, "fighter jets"),
         ("The club signed a 30-year lease.", "30-year", 30, "lease"),
         # a number written with thousands separators is never a name's
         ("Building 4,500 homes by 2031 is the plan.", "4,500", 4500, "homes")]),
    "list numbering": (
        ["The changes:\n\n1. Jail staff may refuse.\n\n2. Agents may not enter.",
         "Steps:\n2) Submit the form."],
        [("Changes:\n\n1. The city adds 150 positions.", "150", 150, "positions"),
         ("Changes:\n\n3. Library hours return at all 14 branches.", "14", 14, "branches")]),
    "sports scores": (
        ["The Mariners won 5-3 over Riverside.", "They won the title with a 4-2 victory.",
         "The Grizzlies lost 5-1 in Game 5.", "Castlebridge beat Harrowby 2-0 on Wednesday."],
        [("Lundqvist led the league with 51 goals.", "51", 51, "goals"),
         ("They scored 58 goals in 25 league games.", "58", 58, "goals"),
         ("The team won 3 titles in a decade.", "3", 3, "titles"),
         ("The leaders moved 7 points clear.", "7 points", 7, None)]),
}


@pytest.mark.parametrize("body", [b for nots, _ in EXCLUSIONS.values() for b in nots])
def test_not_statistics(body):
    assert [s.text for s in stats(body)] == []


@pytest.mark.parametrize("body, text, value, counted", [m for _, misses in EXCLUSIONS.values() for m in misses])
def test_near_misses_are_statistics(body, text, value, counted):
    found = [(s.text, s.value, s.counted) for s in stats(body)]
    assert (text, value, counted) in found, found
    assert all(t != text or v == value for t, v, _ in found)


def test_every_exclusion_has_near_misses_on_either_side():
    for name, (nots, misses) in EXCLUSIONS.items():
        assert len(nots) >= 2 and misses, name


# -- whole bodies --------------------------------------------------------------------------------------

def test_statistics_in_a_longer_body_point_at_their_text():
    body = ("Agents made more than 7,400 arrests in January, according to ICE. Ana Ruiz, 26, was among them.\n\n"
            "The agency expects between 1,200 and 1,500 applicants, and the plan costs $3bn.")
    found = stats(body)
    assert [(s.text, s.value) for s in found] == [
        ("more than 7,400", 7400), ("between 1,200 and 1,500", 1200), ("$3bn", 3_000_000_000)]


def test_every_field_of_a_figure():
    s = one("Agents made an average of 49 arrests a day in January.")
    assert fields(s) == ("49", 49, None, None, "arrests", "a day", "in January")
    assert (s.bound, s.high, s.magnitude, s.direction, s.from_value) == ("=", None, None, None, None)


ARTICLE = ("The unemployment rate in Calder fell from 4.1% to 4% in January as employers added 18,500 jobs, "
           "according to the Department of Labor.\n\n"
           "Average hourly earnings rose 3.8 percent to $31.40, the department said.\n\n"
           "\u201cWe are still seeing roughly 2,000 more openings than job seekers,\u201d said Renee Okafor. "
           "Economists had expected between 12,000 and 15,000 jobs.\n\n"
           "Dozens of firms plan to hire, and fewer than one in five expect cuts. The state will report on Feb. 21.")


@pytest.mark.parametrize("text, value, unit, qualifier, counted, rate, period, high, from_value, direction, "
                         "magnitude, source", [
    ("from 4.1% to 4%", 4, "%", None, "unemployment rate", None, "in January", None, 4.1, "down", None,
     "Department of Labor"),
    ("18,500", 18500, None, None, "jobs", None, None, None, None, None, None, "Department of Labor"),
    ("3.8 percent", 3.8, "%", None, "average hourly earnings", None, None, None, None, "up", None, None),
    ("$31.40", 31.4, "$", None, "average hourly earnings", None, None, None, None, None, None, None),
    ("roughly 2,000", 2000, None, "roughly", "openings", None, None, None, None, None, None, "Renee Okafor"),
    ("between 12,000 and 15,000", 12000, None, None, "jobs", None, None, 15000, None, None, None, None),
    ("Dozens", None, None, None, "firms", None, None, None, None, None, "dozens", None),
    ("fewer than one in five", 0.2, "fraction", "fewer than", "firms", None, None, None, None, None, None, None),
])
def test_all_fields_of_figures_in_an_article(text, value, unit, qualifier, counted, rate, period, high, from_value,
                                              direction, magnitude, source):
    # A quote's speaker is the source of the figures inside it; otherwise the sentence's attribution.
    quote_start = ARTICLE.index("\u201c") + 1
    quoted = [(quote_start, ARTICLE.index("\u201d") - 1, "Renee Okafor")]

    def source_of(start, end):
        return "Department of Labor" if "according to the Department" in ARTICLE[start:end] else None

    found = {s.text: s for s in extract_statistics(ARTICLE, quoted, source_of)}
    s = found[text]
    assert ARTICLE[s.start:s.end] == text
    assert (s.value, s.unit, s.qualifier, s.counted, s.rate, s.period, s.high, s.from_value, s.direction,
            s.magnitude, s.source) == (value, unit, qualifier, counted, rate, period, high, from_value, direction,
                                       magnitude, source)


def test_no_figure_in_an_article_is_a_date():
    assert [s.text for s in stats(ARTICLE)] == [
        "from 4.1% to 4%", "18,500", "3.8 percent", "$31.40", "roughly 2,000", "between 12,000 and 15,000",
        "Dozens", "fewer than one in five"]


def test_figures_in_a_long_run_on_sentence_take_linear_time():
    unit = "Agents made 7,400 arrests and 1,200 to 1,500 raids, up 4.1% from 2023, at 12 sites, "
    times = []
    for n in (2_000, 8_000):
        body = unit * n
        started = time.perf_counter()
        found = extract_statistics(body)
        times.append(time.perf_counter() - started)
        assert len(found) == 4 * n
    assert times[1] < times[0] * 8  # four times the text, well under eight times the time


# -- German and French number formats ------------------------------------------------------------
# An opening sentence sets the article's language, as a real article's first words do.

GERMAN = "Die Stadt hat im vergangenen Jahr mehr Geld ausgegeben, als sie eingeplant hatte. "
FRENCH = "La ville a dépensé plus que prévu pour les travaux de la rue et pour les écoles. "


@pytest.mark.parametrize("body, text, value, unit, qualifier, bound, counted", [
    # with a verb of level or change, a figure with no noun after it measures the clause's subject;
    # a giver is not what it gives
    (GERMAN + "Der Umbau kostete 600.000 Euro.", "600.000 Euro", 600000, "€", None, "=", "umbau"),
    (GERMAN + "Es wurden 4,2 Tonnen Müll gesammelt.", "4,2 Tonnen", 4.2, "tonnes", None, "=", "müll"),
    (GERMAN + "Der Bund gibt 1,5 Millionen Euro.", "1,5 Millionen Euro", 1_500_000, "€", None, "=", None),
    (GERMAN + "Die Länder geben 3 Milliarden für Schulen.", "3 Milliarden", 3_000_000_000, None, None, "=", None),
    (GERMAN + "Der Bund zahlt 5 Mio. Euro.", "5 Mio. Euro", 5_000_000, "€", None, "=", None),
    (GERMAN + "Die Mieten stiegen um 12 Prozent.", "12 Prozent", 12, "%", None, "=", "mieten"),
    (GERMAN + "Die Mieten stiegen um 12 % im Jahr.", "12 %", 12, "%", None, "=", "mieten"),
    (GERMAN + "Die Quote stieg um 0,8 Prozentpunkte.", "0,8 Prozentpunkte", 0.8, "percentage points", None, "=",
     "quote"),
    (GERMAN + "Die Zahl der Fahrgäste stieg um 7,3 Prozent.", "7,3 Prozent", 7.3, "%", None, "=", "fahrgäste"),
    (GERMAN + "Die Tarife steigen zum 1. Juli um 4,9 Prozent.", "4,9 Prozent", 4.9, "%", None, "=", "tarife"),
    (GERMAN + "Es kamen 10\u202f000 Menschen.", "10\u202f000", 10000, None, None, "=", "menschen"),
    (GERMAN + "Rund 2.500 Menschen demonstrierten.", "Rund 2.500", 2500, None, "rund", "~", "menschen"),
    (GERMAN + "Mehr als 300 Polizisten waren im Einsatz.", "Mehr als 300", 300, None, "mehr als", ">", "polizisten"),
    (GERMAN + "Zwei Drittel der Befragten waren dafür.", "Zwei Drittel", 0.6667, "fraction", None, "=",
     "befragten"),
    (GERMAN + "Tausende Menschen kamen.", "Tausende", None, None, None, "=", "menschen"),
    (FRENCH + "Les recettes atteignent 4,2 millions d'euros.", "4,2 millions d'euros", 4_200_000, "€", None, "=",
     "recettes"),
    (FRENCH + "Le déficit atteint 3 milliards de dollars.", "3 milliards de dollars", 3_000_000_000, "$", None, "=",
     "déficit"),
    (FRENCH + "La taxe de séjour a rapporté 2,1 millions d'euros.", "2,1 millions d'euros", 2_100_000, "€", None,
     "=", "taxe de séjour"),
    (FRENCH + "Le nombre de visiteurs a augmenté de 6,8 %.", "6,8 %", 6.8, "%", None, "=", "visiteurs"),
    (FRENCH + "Les nuitées marchandes ont progressé de 9 %.", "9 %", 9, "%", None, "=", "nuitées marchandes"),
    (FRENCH + "La ville a payé 600.000 euros.", "600.000 euros", 600000, "€", None, "=", None),
    (FRENCH + "Quelque 10\u202f000 manifestants ont défilé.", "Quelque 10\u202f000", 10000, None, "quelque", "~",
     "manifestants"),
    (FRENCH + "Près de 1 500 emplois ont été supprimés.", "Près de 1 500", 1500, None, "près de", "~", "emplois"),
    (FRENCH + "Le chômage touche 12\u00a0% des jeunes.", "12\u00a0%", 12, "%", None, "=", "jeunes"),
    (FRENCH + "Ils ont saisi 4,2 tonnes de tabac.", "4,2 tonnes", 4.2, "tonnes", None, "=", "tabac"),
    (FRENCH + "La moitié des salariés ont voté.", "La moitié", 0.5, "fraction", None, "=", "salariés"),
    (FRENCH + "Des milliers d'habitants sont partis.", "Des milliers", None, None, None, "=", "habitants"),
    (FRENCH + "Il travaille ici depuis plus de 20 ans.", "plus de 20 ans", 20, "years", "plus de", ">", None),
    (GERMAN + "Ab Januar gelten 300 neue Regeln.", "300", 300, None, None, "=", "regeln"),  # past the adjective
    (FRENCH + "On compte 300 nouveaux logements.", "300", 300, None, None, "=", "logements"),
    (FRENCH + "Ils étaient 2 000 selon la police.", "2 000", 2000, None, None, "=", None),  # no noun after it
    (FRENCH + "Quatre-vingt-dix-neuf enfants ont été évacués.", "Quatre-vingt-dix-neuf", 99, None, None, "=",
     "enfants"),
    (FRENCH + "Il reste soixante-quinze logements.", "soixante-quinze", 75, None, None, "=", "logements"),
    (GERMAN + "Es kamen fünfundzwanzig Kinder.", "fünfundzwanzig", 25, None, None, "=", "kinder"),
])
def test_german_and_french_number_formats(body, text, value, unit, qualifier, bound, counted):
    s = one(body)
    assert (s.text, s.value, s.unit, s.qualifier, s.bound, s.counted) == (text, value, unit, qualifier, bound, counted)


@pytest.mark.parametrize("body, text, value, high, from_value, direction, unit", [
    (GERMAN + "Zwischen 1.200 und 1.500 Wohnungen fehlen.", "Zwischen 1.200 und 1.500", 1200, 1500, None, None, None),
    # a rise by a range keeps both ends and its direction (docs/annotation.md)
    (GERMAN + "Die Preise steigen um 12 bis 15 Prozent.", "12 bis 15 Prozent", 12, 15, None, "up", "%"),
    (GERMAN + "Die Quote fiel von 4,1 auf 3,8 Prozent.", "von 4,1 auf 3,8 Prozent", 3.8, None, 4.1, "down", "%"),
    (GERMAN + "Das kostet 1,2 bis 1,5 Millionen Euro.", "1,2 bis 1,5 Millionen Euro", 1_200_000, 1_500_000, None,
     None, "€"),
    (FRENCH + "Le prix passe de 800 à 600 euros.", "de 800 à 600 euros", 600, None, 800, "down", "€"),
    (GERMAN + "Die Zahl stieg von 800.000 auf 1,2 Millionen.", "von 800.000 auf 1,2 Millionen", 1_200_000, None,
     800_000, "up", None),
    (FRENCH + "Entre 10 et 12 % des salariés ont répondu.", "Entre 10 et 12 %", 10, 12, None, None, "%"),
    # a verb of change makes "de … à …" a change, whichever way it goes; without one it is a range
    (FRENCH + "Les nuitées ont progressé de 410 000 à 452 300 cet été.", "de 410 000 à 452 300", 452_300, None,
     410_000, "up", None),
    (FRENCH + "Les prix vont de 10 à 20 euros.", "de 10 à 20 euros", 10, 20, None, None, "€"),
    # the old value written after the new one
    (FRENCH + "Le taux d'occupation a atteint 81 %, contre 74 % l'an dernier.", "81 %, contre 74 %", 81, None, 74,
     "up", "%"),
    (GERMAN + "Eine Einzelfahrt kostet dann 3,40 Euro statt 3,20 Euro.", "3,40 Euro statt 3,20 Euro", 3.4, None, 3.2,
     "up", "€"),
    (GERMAN + "Die Quote lag bei 4,7 Prozent, nach 4,5 Prozent im Vorjahr.", "4,7 Prozent, nach 4,5 Prozent", 4.7,
     None, 4.5, "up", "%"),
    # an abbreviated scale's full stop ends no sentence
    (GERMAN + "Das Defizit stieg von 31,4 Mio. Euro auf 38,9 Mio. Euro. Die Stadt zahlt.",
     "von 31,4 Mio. Euro auf 38,9 Mio. Euro", 38_900_000, None, 31_400_000, "up", "€"),
])
def test_german_and_french_ranges_and_changes(body, text, value, high, from_value, direction, unit):
    s = one(body)
    assert (s.text, s.value, s.high, s.from_value, s.direction, s.unit) == (
        text, value, high, from_value, direction, unit)


@pytest.mark.parametrize("body, text, value, unit, qualifier, counted", [
    (GERMAN + "Fast jeder vierte Fahrgast will seltener fahren.", "Fast jeder vierte", 0.25, "fraction", "fast",
     "fahrgast"),
    (GERMAN + "Etwa ein Drittel davon sind Neukunden.", "Etwa ein Drittel", 0.3333, "fraction", "etwa", None),
    (FRENCH + "Les étrangers représentent environ un quart de la clientèle.", "environ un quart", 0.25, "fraction",
     "environ", "clientèle"),
    (FRENCH + "La taxe a rapporté deux fois plus qu'en 2019.", "deux fois plus", 2, "times", None, "taxe"),
    (FRENCH + "Le thermomètre a atteint 41,3\u00a0°C le 12 août.", "41,3\u00a0°C", 41.3, "°C", None, "thermomètre"),
    (GERMAN + "Der Landrat kündigte ein Förderprogramm über 3,5 Millionen Euro an.", "3,5 Millionen Euro",
     3_500_000, "€", None, None),
    (GERMAN + "Die Stadt zählt über 3.000 Einwohner.", "über 3.000", 3000, None, "über", "einwohner"),
])
def test_german_and_french_shares_and_multiples(body, text, value, unit, qualifier, counted):
    s = one(body)
    assert (s.text, s.value, s.unit, s.qualifier, s.counted) == (text, value, unit, qualifier, counted)


@pytest.mark.parametrize("body", [
    GERMAN + "Die Sitzung ist am 12. Mai 2025.",  # a date and a year
    GERMAN + "Die Kundgebung begann um 14.30 Uhr.",  # a time of day
    GERMAN + "Geöffnet ist von 9 bis 17 Uhr.",
    GERMAN + "Die Stadt feiert ihren 100. Geburtstag.",  # an ordinal
    GERMAN + "Das regelt Artikel 5 des Gesetzes.",  # a numbered name
    GERMAN + "Anna Weber (26) wohnt hier.",  # an age beside a name
    GERMAN + "Im Jahr 2024 kamen weniger Gäste.",
    GERMAN + "Von 2019 bis 2023 wuchs die Stadt.",  # a span of years
    GERMAN + "Das Spiel endete von 1 bis",  # a range cut off by the end of the text
    GERMAN + "Das war vor 12 Jahren.",  # a date in the past
    FRENCH + "Il y a cinq ans, rien.",
    FRENCH + "Les maisons construites entre 2011 et 2021 sont concernées.",
    FRENCH + "La manifestation aura lieu le 3 mars.",
    FRENCH + "Le feu a démarré vers 2 h 30 dans l'entrepôt.",
    FRENCH + "Les magasins ferment entre 10 heures et 20 heures.",
    FRENCH + "Marie Dupont, 26 ans, a témoigné.",
    FRENCH + "Un homme de 52 ans a été arrêté.",
])
def test_german_and_french_numbers_that_are_not_statistics(body):
    assert [s.text for s in stats(body)] == []


@pytest.mark.parametrize("body, text, value", [
    ("Der Bund investiert 1,5 Millionen Euro.", "1,5 Millionen Euro", 1_500_000),  # too few words: the format tells
    ("Les recettes atteignent 4,2 millions.", "4,2 millions", 4_200_000),
    ("The company cut 4,200 jobs.", "4,200", 4200),  # English is never read the German way
    ("Inflation rose to 4.2 percent.", "4.2 percent", 4.2),
    ("The club's Der Spiegel interview drew 4,200 readers and 1.5 million views.", "4,200", 4200),
    ("Officials said 600,000 euros were spent, and the audit found 4.2 tonnes of waste.", "600,000 euros", 600000),
])
def test_the_article_language_decides_the_number_format(body, text, value):
    assert (text, value) in [(s.text, s.value) for s in stats(body)]


def test_german_figures_in_a_long_run_on_sentence_take_linear_time():
    unit = "rund 1.200 bis 1.500 Wohnungen, 4,2 Millionen Euro und 12 % der Befragten, "
    times = []
    for n in (2_000, 8_000):
        body = GERMAN + unit * n
        started = time.perf_counter()
        found = extract_statistics(body)
        times.append(time.perf_counter() - started)
        assert len(found) == 3 * n
    assert times[1] < times[0] * 8  # four times the text, well under eight times the time


def test_a_french_duration_after_en_dates_another_figure():
    found = stats(FRENCH + "Le plus important a parcouru 1 150 hectares en trois jours.")
    assert [(s.text, s.value, s.unit) for s in found] == [("1 150 hectares", 1150, "hectares")]


@pytest.mark.parametrize("body, expected", [
    # a hedge on the new value of a change written new value first
    ("Gross margin rose to about 61% from 59%.",
     [("about 61% from 59%", 61, "%", "about", "gross margin", "up", 59)]),
    # near miss: words between the two values leave two figures
    ("Margins reached about 61% last quarter, from 59%.",
     [("about 61%", 61, "%", "about", "margins", None, None), ("59%", 59, "%", None, "margins", None, None)]),
    # the subject's noun phrase runs to its last noun, past a plural or a participle inside it
    ("Services inflation eased to 4.5 per cent.", [("4.5 per cent", 4.5, "%", None, "services inflation", None, None)]),
    ("The average two-year fixed mortgage rate fell to 4.58 per cent.",
     [("4.58 per cent", 4.58, "%", None, "mortgage rate", None, None)]),
    ("Our rents went up 22% in two years.", [("22%", 22, "%", None, "rents", "up", None)]),
    # "for the second month running" is an adverbial, not the verb the level belongs to
    ("Food price inflation rose for the second month running, to 4.9 per cent.",
     [("4.9 per cent", 4.9, "%", None, "food price inflation", None, None)]),
    # a change given again in another unit, and the level it reached
    ("Average hourly earnings rose 11 cents, or 0.3%, to $36.42.",
     [("11 cents", 11, "cents", None, "average hourly earnings", "up", None),
      ("0.3%", 0.3, "%", None, "average hourly earnings", "up", None),
      ("$36.42", 36.42, "$", None, "average hourly earnings", None, None)]),
    # a toll as headlines write it; "closer to" hedges
    ("Eleven dead as storms tear across Oxley valley", [("Eleven", 11, None, None, "dead", None, None)]),
    ("Now it is closer to 120,000 jobs a month.", [("closer to 120,000", 120000, None, "closer to", "jobs", None, None)]),
    # nights are a unit of stay, in English and German
    ("Guests stayed an average of 3.8 nights.", [("3.8 nights", 3.8, "nights", None, "guests", None, None)]),
])
def test_changes_levels_and_subjects_as_economics_pages_write_them(body, expected):
    assert [(s.text, s.value, s.unit, s.qualifier, s.counted, s.direction, s.from_value) for s in stats(body)] == expected


def test_a_sentence_opening_on_to_after_a_change_is_read_safely():
    # "To" opens the sentence two characters after the last change ended: no earlier comma to read
    assert [(s.text, s.counted, s.direction) for s in stats("Prices rose 5%. To $40 a barrel, some say.")] == [
        ("5%", "prices", "up"), ("$40", None, None)]


@pytest.mark.parametrize("body, expected", [
    # a duration of something counts that thing; standing alone, or measuring a subject, it does not
    ("Residents had 18 minutes of warning.", [("18 minutes", "warning")]),
    ("The council met for three hours on Monday.", [("three hours", None)]),
    ("Inventory rose to 2.8 months of supply.", [("2.8 months", "inventory")]),
    # a measure with its dimension measures the noun before it, both figures of a pair
    ("The tornado carved a path 14 miles long and up to half a mile wide.",
     [("14 miles", "path"), ("up to half a mile", "path")]),
    # "overseas" is no plural: the phrase runs on to its noun
    ("It enrolled 1,842 new overseas students.", [("1,842", "overseas students")]),
    # a count followed by "who" counts the people the sentence counted before
    ("Officials traced 1,300 people, including 400 who attended a service.",
     [("1,300", "people traced"), ("400", "people traced")]),
    # a second verb of the sentence's subject after ", and"
    ("Average earnings rose 11 cents, and were up 3.8% from a year earlier.",
     [("11 cents", "average earnings"), ("3.8%", "average earnings")]),
    ("Sales rose 5%, and profits were up 3%.", [("5%", "sales"), ("3%", "profits")]),
])
def test_durations_dimensions_and_shared_subjects(body, expected):
    assert [(s.text, s.counted) for s in stats(body)] == expected


# -- session 5: units, codes and shares real news writes ------------------------------------

@pytest.mark.parametrize("body, text, value, unit, qualifier", [
    ("Growers will harvest an estimated 2.41 billion bushels of corn.", "an estimated 2.41 billion bushels",
     2_410_000_000, "bushels", "an estimated"),
    ("A household uses 3,500 kWh a year.", "3,500 kWh", 3500, "kWh", None),
    ("The wind farm will add 250 MW to the grid.", "250 MW", 250, "MW", None),
    ("Wiping out roughly 4 billion crowns of market value.", "roughly 4 billion crowns", 4_000_000_000, "crowns",
     "roughly"),
    ("The fund holds 900 million rupees in cash.", "900 million rupees", 900_000_000, "rupees", None),
    (FRENCH + "Ils ont récolté environ 412\u202f000 hectolitres de vin.", "environ 412\u202f000 hectolitres", 412000,
     "hectolitres", "environ"),
    (FRENCH + "L'hectolitre s'échange autour de 165 euros.", "autour de 165 euros", 165, "€", "autour de"),
    (GERMAN + "Ein Haushalt mit 3.500 Kilowattstunden spart Geld.", "3.500 Kilowattstunden", 3500, "kWh", None),
    (GERMAN + "Der Preis liegt bei 33,9 Cent.", "33,9 Cent", 33.9, "cents", None),
])
def test_units_currencies_and_hedges_written_as_words(body, text, value, unit, qualifier):
    s = one(body)
    assert (s.text, s.value, s.unit, s.qualifier) == (text, value, unit, qualifier)


def test_a_change_by_currency_words_with_its_old_value():
    s = one("The bank will cut its bond purchases to 1.5 billion crowns from 2.5 billion crowns a month.")
    assert (s.text, s.value, s.from_value, s.unit, s.direction) == (
        "1.5 billion crowns from 2.5 billion crowns", 1_500_000_000, 2_500_000_000, "crowns", "down")


@pytest.mark.parametrize("body, kept", [
    # a ZIP code, a text short code and a bond's maturity are labels ...
    ("Residents of the 21406 ZIP code were hit hardest.", []),
    ("Evacuation information is available by texting FIRE to 40411.", []),
    ("The yield on 10-year government bonds fell.", []),
    # ... near misses: the same numbers counting something
    ("The county has 21,406 residents.", ["21,406"]),
    ("Calls to the hotline rose to 40,411.", ["40,411"]),
    ("The city signed a 10-year lease on the depot.", ["10-year"]),
])
def test_codes_and_maturities_are_no_statistics(body, kept):
    assert [s.text for s in stats(body)] == kept


@pytest.mark.parametrize("body, text, rate", [
    ("The hospital recorded 9.2 cases of newborn withdrawal per 1,000 births.", "9.2", "per 1,000 births"),
    ("Residents died at a rate of 112 per 100,000.", "112", "per 100,000"),
])
def test_a_rate_after_what_is_counted_or_bare(body, text, rate):
    s = one(body)  # the rate's own number is no statistic
    assert (s.text, s.rate) == (text, rate)


@pytest.mark.parametrize("body, found", [
    ("Economists expect April to give back half of this gain.", [("half", 0.5, "gain")]),
    ("Fertilizer prices remain roughly a third higher than in 2020.",
     [("roughly a third", 0.3333, "fertilizer prices")]),
    # near misses: a part of a period, and an ordinal
    ("Scoring fell in the back half of the season.", []),
    ("She ran for a third time.", []),
])
def test_fractions_given_back_and_compared(body, found):
    assert [(s.text, s.value, s.counted) for s in stats(body)] == found


@pytest.mark.parametrize("body, text, counted", [
    # German and French name what a figure amounts to before "von" / "de"
    (GERMAN + "Ein Haushalt mit einem Jahresverbrauch von 3.500 Kilowattstunden spart Geld.", "3.500 Kilowattstunden",
     "jahresverbrauch"),
    (GERMAN + "Das bedeutet eine Entlastung von rund 84 Euro.", "rund 84 Euro", "entlastung"),
    (FRENCH + "L'État a débloqué une enveloppe de 4,8 millions d'euros.", "4,8 millions d'euros", "enveloppe"),
    # a bare count counts the noun after it
    (GERMAN + "Nach dem Riss von elf Schafen verlangen Bauern Schutz.", "elf", "schafen"),
    # near misses: a verb, a noun of change and a reference noun before "de" are not what is counted
    (FRENCH + "Le chômage a reculé de 0,6 point en un an.", "0,6 point", "chômage"),
    (FRENCH + "Les ventes affichent une hausse de 14 %.", "14 %", None),
    (FRENCH + "Il est tombé 98 millimètres, contre une moyenne de 142 millimètres.", "142 millimètres", None),
])
def test_german_and_french_amounts_of_a_noun(body, text, counted):
    s = next(s for s in stats(body) if s.text == text)
    assert s.counted == counted


def test_a_maturity_before_a_noun_is_part_of_the_subject():
    # "the yield on 10-year government bonds" measures the yield
    assert [(s.text, s.counted) for s in stats("The yield on 10-year government bonds fell 9 basis points to 3.21%.")] \
        == [("9 basis points", "yield"), ("3.21%", "yield")]


@pytest.mark.parametrize("body, source", [
    ("Waiting lists rose to 612,340, figures from the Patient Access Office show.", "Patient Access Office"),
    ("Ashcombe Airport handled 11.82 million passengers last year, the airport said on Tuesday.", "Ashcombe Airport"),
    ("Sentiment fell to 61.8, according to the University of Kessington's monthly survey.", "University of Kessington"),
    ("Early estimates from the Insurers' Council put insured losses at $340 million.", "Insurers' Council"),
    # a plural possessive is no part of the name, and a first word stands for the whole
    ("Northwind Airlines' fleet was grounded. Northwind said it would add three daily flights.", "Northwind Airlines"),
    ("Keystone Opinion Research polled voters. Keystone said it interviewed 1,204 likely voters.",
     "Keystone Opinion Research"),
    (FRENCH + "Ils ont récolté environ 412 000 hectolitres, selon les premières estimations de la chambre "
              "d'agriculture publiées lundi.", "chambre d'agriculture"),
])
def test_sources_in_data_reports_possessives_and_short_names(body, source):
    assert extract(Article(path="a.txt", body=body)).statistics[-1].source == source


@pytest.mark.parametrize("body, text, value, from_value, qualifier", [
    # a hedge on the new value of a German or French change is its qualifier
    (GERMAN + "Der Preis steigt 2026 von 55 auf bis zu 65 Euro je Tonne.", "von 55 auf bis zu 65 Euro", 65, 55, "bis zu"),
    (FRENCH + "Le prix passe de 30 à près de 40 euros.", "de 30 à près de 40 euros", 40, 30, "près de"),
    # near miss: without a hedge the change has none
    (GERMAN + "Der Preis steigt von 10,2 auf 11,8 Cent.", "von 10,2 auf 11,8 Cent", 11.8, 10.2, None),
])
def test_a_hedged_new_value_in_a_german_or_french_change(body, text, value, from_value, qualifier):
    s = one(body)
    assert (s.text, s.value, s.from_value, s.qualifier, s.direction) == (text, value, from_value, qualifier, "up")


@pytest.mark.parametrize("body, expected", [
    # dollars with the country before the sign, and a unit the old value of a change leaves out
    ("The plant will cost NZ$410 million.", [("NZ$410 million", 410_000_000, "NZD", None)]),
    ("Throughput rose to 3.84 million TEU from 3.46 million.",
     [("3.84 million TEU from 3.46 million", 3_840_000, "TEU", 3_460_000)]),
    ("The spread widened to 147 basis points from 121.", [("147 basis points from 121", 147, "basis points", 121)]),
    # near miss: a year after "from" is a date, not an old value
    ("The yield rose to 4.6% from 2019 levels.", [("4.6%", 4.6, "%", None)]),
])
def test_dollar_prefixes_and_changes_whose_old_value_drops_the_unit(body, expected):
    assert [(s.text, s.value, s.unit, s.from_value) for s in stats(body)] == expected


@pytest.mark.parametrize("body, expected", [
    # a duration after "in" is a figure of its own unless it dates another figure in its clause
    ("Joan Pell, 71, said her roof was stripped in about ten minutes.", ["about ten minutes"]),
    ("Officers arrested 1,866 people within nine days.", ["1,866"]),
    ("The firm expects to cut staff over the next six months.", []),
    # a fraction set beside the figure before it restates it
    ("Of those cases, 2,960 – just over a third – have waited a year.", ["2,960", "just over a third"]),
    # a count gained or lost keeps a small number; a rate after "for every" takes its number
    ("1,406 ships docked last year, 58 fewer than in 2023.", ["1,406", "58"]),
    ("Surveyors counted 14 calves for every 100 cows.", ["14"]),
    # a hedge news writes, and a bond's maturity before a comma
    ("We need something like 30,000 starts a year.", ["something like 30,000"]),
    ("The next auction, of €3bn of 30-year bonds, is on Friday.", ["€3bn"]),
])
def test_durations_restated_fractions_gains_and_rates(body, expected):
    assert [s.text for s in stats(body)] == expected


def test_gains_and_comparisons_with_more_and_fewer():
    found = {s.text: (s.counted, s.direction) for s in stats(
        "1,406 ships docked, 58 fewer than in 2023. The court will hire 40 more clerks. "
        "We see roughly 2,000 more openings than job seekers.")}
    assert found == {"1,406": ("ships", None), "58": ("ships", "down"), "40": ("clerks", "up"),
                     "roughly 2,000": ("openings", None)}


@pytest.mark.parametrize("body, expected", [
    # German: an air-quality unit, a change written "X, nach Y", days counted after "an", an amount
    # changed "um" with the direction of its verb, a multiple written as a verb, an age band
    (GERMAN + "Die Belastung lag bei 31 Mikrogramm pro Kubikmeter, nach 36 Mikrogramm im Jahr davor.",
     [("31 Mikrogramm pro Kubikmeter, nach 36 Mikrogramm", 31, "µg/m³", "belastung", "down", 36)]),
    (GERMAN + "Der Grenzwert wurde an neun Tagen überschritten.", [("neun", 9, None, "tagen", None, None)]),
    (GERMAN + "Das Jahresmittel sank um 1,4 auf 9,8 Mikrogramm.",
     [("1,4", 1.4, None, "jahresmittel", "down", None), ("9,8 Mikrogramm", 9.8, "µg", "jahresmittel", None, None)]),
    (GERMAN + "„Wir haben die Zahl der Tage mehr als halbiert“, sagte sie.",
     [("mehr als halbiert", 0.5, "times", None, "down", None)]),
    (GERMAN + "In Großunternehmen lag das Gehalt um rund ein Viertel höher als in Kleinbetrieben.",
     [("rund ein Viertel", 0.25, "fraction", None, "up", None)]),
    (GERMAN + "Berufseinsteiger unter 25 Jahren kamen auf 3.020 Euro. Er wohnt seit über 20 Jahren hier.",
     [("3.020 Euro", 3020, "€", None, None, None), ("über 20 Jahren", 20, "years", None, None, None)]),
    # French: "de" elided before a number word, approximate counts, a rate and what a comparison counts
    (FRENCH + "Près d'un quart des habitants a moins de 20 ans.",
     [("Près d'un quart", 0.25, "fraction", "habitants", None, None)]),
    (FRENCH + "On recense un millier de résidences et une quarantaine d'agents.",
     [("un millier", 1000, None, "résidences", None, None), ("une quarantaine", 40, None, "agents", None, None)]),
    (FRENCH + "La commune compte 42 médecins, soit 82 pour 100 000 habitants, contre 98 en moyenne.",
     [("42", 42, None, "médecins", None, None), ("82", 82, None, "médecins", None, None),
      ("98", 98, None, "médecins", None, None)]),
])
def test_german_and_french_units_changes_bands_and_approximate_counts(body, expected):
    assert [(s.text, s.value, s.unit, s.counted, s.direction, s.from_value) for s in stats(body)] == expected


def test_a_french_elided_hedge_is_kept_as_written():
    s = one(FRENCH + "Plus d’un tiers des élèves ont réussi.")
    assert (s.text, s.qualifier, s.bound) == ("Plus d’un tiers", "plus d’", ">")


@pytest.mark.parametrize("body, expected", [
    # plurals without an s, and a measure with its dimension at the start of a sentence
    ("Park biologists tallied 7,320 elk on the northern range.", [("7,320", "elk")]),
    ("Hailstones up to 9 centimetres across fell for roughly 25 minutes.",
     [("up to 9 centimetres", "hailstones"), ("roughly 25 minutes", None)]),
    # German puts a subordinate clause's verb after the figure; a possessive opens the subject
    (GERMAN + "Da die Verbraucherpreise um 2,2 Prozent stiegen, blieb wenig übrig.", [("2,2 Prozent", "verbraucherpreise")]),
    (GERMAN + "Ihr Gehalt stieg um 9,4 Prozent.", [("9,4 Prozent", "gehalt")]),
    (GERMAN + "Im Landkreis stagnierten die Gehälter bei 3.650 Euro.", [("3.650 Euro", "gehälter")]),
])
def test_counted_irregular_plurals_measures_and_german_subjects(body, expected):
    assert [(s.text, s.counted) for s in stats(body)] == expected


@pytest.mark.parametrize("body, source", [
    # figures published by someone, with the day between
    ("The backlog rose to 8,412 cases, according to figures published on Thursday by the Courts Agency.", "Courts Agency"),
    # an organisation's report or tally, with words before the noun
    ("The Calverton Port Authority met. The authority's annual cargo report shows imports of 2.19 million TEU.",
     "Calverton Port Authority"),
    ("The Carramar Insurance Council met. The council's tally puts motor claims at 38,700.", "Carramar Insurance Council"),
    # who logged or tallied a count gives it
    ("Park biologists tallied 7,320 elk on the northern range.", "Park biologists"),
    # a sports club is 'the club'
    ("Harlow Rovers have signed a striker for £36.5 million, the club announced on Tuesday.", "Harlow Rovers"),
    # German: "nach Angaben der …"
    (GERMAN + "Auf dem Ring fahren nach Angaben der Stadtverwaltung täglich rund 38.500 Fahrzeuge.", "Stadtverwaltung"),
])
def test_sources_in_published_figures_tallies_clubs_and_german_angaben(body, source):
    assert extract(Article(path="a.txt", body=body)).statistics[-1].source == source


def test_an_organisation_acting_on_its_own_figures_is_no_source():
    body = "The agency sold €4.5 billion of bonds on Tuesday."
    assert extract(Article(path="a.txt", body=body)).statistics[0].source is None


@pytest.mark.parametrize("body, expected", [
    # a margin or its change in points is a unit; points scored are counted
    ("Since then Marsh has gained 3 points, while Harrow has slipped two.", ("3 points", "points")),
    ("Two members wanted a larger cut of half a point, the bank said.", ("half a point", "points")),
    ("She scored 27 points.", ("27", None)),
    ("Kendra Boyd added 14 points and 12 rebounds.", ("14", None)),
])
def test_points_moved_are_a_unit_and_points_scored_are_counted(body, expected):
    assert expected in [(s.text, s.unit) for s in stats(body)]


def test_a_multiple_written_as_the_old_value_of_a_change():
    body = "The median house now costs 11.3 times the median household income, up from 8.9 times a decade ago."
    assert [(s.text, s.unit, s.counted) for s in stats(body)] == [
        ("11.3 times", "times", "median household income"), ("8.9 times", "times", "median household income")]
