"""Is a new mention a claim we already know? Quote similarity with its guards, and figures."""

from __future__ import annotations

import pytest

from factcheck.articles import article_files, read_article
from factcheck.extract import extract
from factcheck.figure_matching import (best_statistic_match, counts_the_acts, same_subject, same_sum_of_money,
                                       statistic_blocking_keys, story_names, values_agree, values_consistent)
from factcheck.matching import MATCH_THRESHOLD, MAX_POSTINGS, QuoteIndex, compare_quotes, fuller_wording
from factcheck.textnorm import normalize_for_match
from conftest import SAMPLES


def score(a: str, b: str) -> tuple[float, str]:
    """(score, scorer), or (0.0, why) when a guard holds the pair back."""
    comparison = compare_quotes(normalize_for_match(a), normalize_for_match(b))
    return (0.0, comparison.held_back) if comparison.held_back else (comparison.score, comparison.scorer)


# -- quotes ----------------------------------------------------------------------------------

@pytest.mark.parametrize("a, b", [
    ("We will not back down from this fight.", "We will not back down from this fight."),
    ("We will not back down from this fight.", "“We will not back down from this fight,”"),
    ("We will not back down from this fight.", "We will not back down from this fihgt."),  # a typo
    ("We will not back down from this fight.", "we will not back down from this fight"),
    ("The U.S. will not pay for this wall", "The US will not pay for this wall"),
    ("Zoë said no to the deal on Friday", "Zoe said no to the deal on Friday"),
    ("ICE made 7,400 arrests in January", "ICE made 7400 arrests in January"),
    ("We have opened six shelters and every one of them is full", "We have opened 6 shelters and every one of them is full"),
    # a typo in the words a negation denies is still the same denial
    ("The commission has never challenged a safe budget in this city.",
     "The commission has never chlalenged a safe budget in this city."),
    ("Nobody at the union can not tell me why 98 schools were closed.",
     "Nobody at the union can not teal me why 98 schools were closed."),
])
def test_near_identical_quotes_match(a, b):
    value, _ = score(a, b)
    assert value >= MATCH_THRESHOLD


def test_identical_quotes_score_100_by_ratio():
    assert score("We will not back down from this fight.", "We will not back down from this fight.") == (100.0, "ratio")


def test_fragment_of_five_words_matches_the_longer_quote():
    fragment = "the raids were legal and necessary"
    full = "We are enforcing the law, and the raids were legal and necessary under the statute."
    assert score(fragment, full) == (100.0, "partial_ratio")


def test_fragment_shorter_than_five_words_does_not_match_by_partial_ratio():
    comparison = compare_quotes("legal and necessary",
                                normalize_for_match("We are enforcing the law, and the raids were legal and necessary."))
    assert comparison.scorer == "ratio"
    assert comparison.score < MATCH_THRESHOLD


@pytest.mark.parametrize("a, b, reason", [
    ("ICE made 7,400 arrests", "ICE made 4,700 arrests", "numbers differ"),
    ("The city will hire 300 officers next year", "The city will hire 30 officers next year", "numbers differ"),
    ("we will never back down", "we will back down", "negation differs"),
    ("we will not back down now", "we will back down now", "negation differs"),
    ("We will not raise taxes, and we will not cut services.", "We will raise taxes, and we will not cut services.",
     "negation differs"),
    # the fragment found in the longer text ends mid-word ('is n'): it is read to the word's end
    ("Families are afraid to drive their trucks while the old pipeline is tiny.",
     "Families are afraid to drive their trucks while the old pipeline is not tiny.", "negation differs"),
    ("Families are afraid while the pipeline is not tiny", "Families are afraid while the pipeline is tiny",
     "negation differs"),
    ("The mayor said the plan is not a failure but a start", "The mayor said the plan is a failure but not a start",
     "negation differs"),
    ("The city will spend $35 million on the new bridge", "The city will spend $35 billion on the new bridge",
     "numbers differ"),
    ("The county fund lost $35m over the winter", "The county fund lost 35 more over the winter", "numbers differ"),
    # one pattern, other people and places: high on characters, another quote
    ("What happened to the families of Sarwick in the last six months should never happen in an E.U. investigation.",
     "What happened to the families of Dorstewick in the last six months should never happen in a U.K. law.",
     "words differ"),
    ("The fire and the policy both hurt the patients of Greenfield",
     "There is no plan for Pryquiham. The merger and the policy both hurt the patients of Rinfield.", "words differ"),
    ("We have opened six shelters and every one of them is full",
     "We have opened nine shelters and every one of them is full.", "numbers differ"),
    ("yes", "yes", "too short"),
    ("thank you", "thank you", "too short"),
])
def test_guards_rule_pairs_out(a, b, reason):
    assert score(a, b) == (0.0, reason)


@pytest.mark.parametrize("claim, mention, fuller", [
    ("the raids were legal and necessary", "We are enforcing the law, and the raids were legal and necessary.", True),
    ("We will not back down from this fight.", "We will not back down from this fihgt, ever.", False),  # not as it is
    ("We will not back down from this fight.", "We will not back down from thiss fight!", False),  # a typo, no more
    ("The U.S. will not pay for this wall", "The US will not pay for this wall.", False),
    ("We will not back down from this fight.", "We will not back down", False),
])
def test_a_claim_takes_only_a_fuller_wording(claim, mention, fuller):
    assert fuller_wording(claim, mention) is fuller


def test_a_quote_of_common_words_still_finds_its_claim():
    """Every word of the quote is in more than MAX_POSTINGS claims; only one claim holds them all."""
    words = ["must", "make", "sure", "happens", "again"]
    index = QuoteIndex()
    for i in range(1500):
        index.add(i, " ".join(w for n, w in enumerate(words) if n != i % len(words)) + f" said speaker{i}")
    index.add(5000, "We must make sure it happens again, and again")
    assert min(len(index._postings[w]) for w in words) > MAX_POSTINGS
    assert index.decide("we must make sure it happens again and again").joined.claim_id == 5000


def test_a_quote_whose_rare_words_many_claims_share_still_finds_its_claim():
    """'fair' is in fewer than MAX_POSTINGS claims but in more than MAX_CANDIDATES; only one
    claim also holds the quote's other, common words."""
    index = QuoteIndex()
    for i in range(1200):
        index.add(i, f"Our firefighters are {'fair' if i < 600 else 'paid'} and not {'tired' if i % 2 else 'late'}")
    index.add(5000, "Our firefighters are fair, not fair.")
    index.add(5001, "That was a budget, not a fair.")
    assert index.decide("our firefighters are fair not fair").joined.claim_id == 5000


def test_a_quote_cut_by_an_ellipsis_joins_the_claim_both_parts_stand_in():
    index = QuoteIndex()
    index.add(1, "We will not back down from this fight, whatever the commission decides next month and whoever "
                 "it listens to, because this is our city and our port.")
    index.add(2, "This is our city and our port, and they will have to carry us out of the building.")
    joined = index.decide("We will not back down from this fight … because this is our city and our port.").joined
    assert (joined.claim_id, joined.scorer) == (1, "parts")
    # each part must find the same claim, and each must pass the guards
    assert index.decide("We will not back down from this fight ... they will have to carry us out").joined is None
    assert index.decide("We will back down from this fight . . . because this is our city and our port").joined is None
    # a short part (three or four words) must stand in the claim word for word
    assert index.decide("We will not back down … because this is our city and our port").joined.claim_id == 1
    assert index.decide("We will surely fight … because this is our city and our port").joined is None


def test_a_whole_quote_joins_the_claim_known_only_cut_by_an_ellipsis():
    cut = "The sky turned orange … and nobody told us anything for two hours"
    whole = "The sky turned orange and then it turned black, and nobody told us anything for two hours"
    index = QuoteIndex()
    index.add(1, cut)
    joined = index.decide(whole).joined
    assert (joined.claim_id, joined.scorer) == (1, "parts")
    assert fuller_wording(cut, whole)  # the claim then reads as the whole quote
    assert not fuller_wording(cut, "The sky turned orange and then it turned black, and they told us nothing for hours")
    assert index.decide("The sky turned orange and then it turned black, and somebody told us everything").joined is None


def test_index_joins_the_claim_repeated():
    index = QuoteIndex()
    index.add(1, "We will not back down from this fight, not now, not ever.")
    index.add(2, "The budget is balanced and the city is safe.")
    index.add(3, "ICE made 7,400 arrests in January")

    def joined(text):
        match = index.decide(text).joined
        return match.claim_id if match else None

    assert joined("We will not back down from this fight") == 1
    assert joined("“The budget is balanced and the city is safe,”") == 2
    assert joined("ICE made 4,700 arrests in January") is None
    assert joined("We will back down from this fight") is None
    assert joined("not now") is None
    assert joined("Something entirely different was said here") is None
    assert QuoteIndex().decide("We will not back down from this fight").joined is None


# -- figures ---------------------------------------------------------------------------------

CONTEXT = "ICE made 7,400 arrests in January in the Chicago area"


def fig(value, counted="arrests", unit=None, rate=None, source=None, context=CONTEXT, **extra) -> dict:
    return {"value": value, "counted": counted, "unit": unit, "rate": rate, "source": source,
            "context": context, **extra}


@pytest.mark.parametrize("a, b, agree", [
    (fig(7400), fig(7400, qualifier="more than", bound=">"), True),
    (fig(7400), fig(7400.0), True),
    (fig(7400), fig(8000), False),
    (fig(7400), fig(7401), False),
    (fig(1200, high=1500), fig(1200, high=1500), True),
    (fig(1200, high=1500), fig(1200), False),
    (fig(None, magnitude="thousands"), fig(None, magnitude="thousands"), True),
    (fig(None, magnitude="thousands"), fig(None, magnitude="hundreds"), False),
    (fig(None, magnitude="thousands"), fig(3000), False),
])
def test_values_agree(a, b, agree):
    assert values_agree(a, b) is agree
    assert values_agree(b, a) is agree


def test_same_subject_same_thing_counted():
    assert same_subject(fig(7400), fig(7400, context="Agents made 7,400 arrests in the Chicago area in January"))
    assert same_subject(fig(7400), fig(7400, counted="arrest"))  # singular and plural


@pytest.mark.parametrize("other", [
    fig(7400, counted="deportations"),
    fig(7400, unit="%"),
    fig(7400, counted=None, context="The bakery sold 7,400 loaves of bread at the summer fair"),
    fig(7400, context="The bakery sold 7,400 loaves of bread at the summer fair"),
])
def test_same_subject_needs_same_counted_unit_and_story(other):
    assert not same_subject(fig(7400), other)


STORY = frozenset({"harlan", "ferry", "tessel", "brindle", "landgrave"})


def test_a_figure_that_does_not_say_what_it_counts_repeats_one_that_does():
    offered = fig(9, counted=None, unit="%", context="The hospital has offered 9%.")
    raise_ = fig(9, counted="raise", unit="%", context="Its final offer is a raise of 9 percent over three years.")
    assert not same_subject(offered, raise_)  # sentences too unalike, stories unknown
    assert same_subject({**offered, "story": STORY}, {**raise_, "story": STORY | {"kestrel"}})
    assert not same_subject({**offered, "story": STORY}, {**raise_, "story": STORY}, strict=True)  # no conflict


def test_figures_in_articles_of_one_story_need_no_alike_sentences():
    lede = fig(3800, counted="residents", context="A levee gave way, forcing 3,800 residents from their homes")
    later = fig(3800, counted="residents", qualifier="more than", context="More than 3,800 were ordered out, "
                "according to Brindle County Emergency Management.")
    assert not same_subject(lede, later)
    assert same_subject({**lede, "story": STORY}, {**later, "story": STORY})
    other_story = frozenset({"oriel", "halvard", "kessa", "tessel"})  # one name shared is not one story
    assert not same_subject({**lede, "story": STORY}, {**later, "story": other_story})
    assert not same_subject({**lede, "story": STORY}, {**lede, "story": other_story})  # alike sentences or not
    # a conflict within one story must count something specific, not 'people'
    people = fig(9000, counted="people", context="About 9,000 people lost power when the substation flooded")
    boats = fig(1700, counted="people", context="Rescue crews took 1,700 people out of the flooded streets by boat")
    assert not same_subject({**people, "story": STORY}, {**boats, "story": STORY}, strict=True)
    assert same_subject({**fig(214, counted="surgeries"), "story": STORY},
                        {**fig(241, counted="surgeries", context="241 operations were postponed"), "story": STORY},
                        strict=True)


@pytest.mark.parametrize("text, names", [
    ("The Oriel Chemicals plant in Port Halvard burned on Tuesday. Officials said After the fire",
     {"oriel", "chemicals", "port", "halvard"}),
    ("Mr Smith met Gov. Patrice Landgrave in Harlan Ferry on Monday.", {"smith", "patrice", "landgrave", "harlan", "ferry"}),
])
def test_story_names(text, names):
    assert story_names(text) == names


@pytest.mark.parametrize("a, b, consistent", [
    (fig(None, magnitude="thousands"), fig(6500), True),  # vague: fits any number
    (fig(24e6, qualifier="about", bound="~"), fig(23.5e6), True),  # within its rounding
    (fig(1100, qualifier="some", bound="~"), fig(1000, qualifier="about", bound="~"), True),
    (fig(2300, qualifier="about", bound="~"), fig(2900), False),
    (fig(3800, qualifier="more than", bound=">"), fig(4100), True),
    (fig(3800, qualifier="more than", bound=">"), fig(3500), False),
    (fig(50, qualifier="up to", bound="<="), fig(40), True),
    (fig(1200, high=1500), fig(1300), True),
    (fig(1200, high=1500), fig(1600), False),
    (fig(311), fig(350), False),
])
def test_values_consistent(a, b, consistent):
    assert values_consistent(a, b) is consistent
    assert values_consistent(b, a) is consistent


def test_one_article_giving_two_values_is_no_conflict():
    """'Marlow recorded 61 homicides last year, down from 78': two facts, not a contradiction."""
    this_year = {**fig(61, counted="homicides"), "story": STORY, "articles": {4}}
    last_year = {**fig(78, counted="homicides"), "story": STORY, "articles": {4}}
    assert best_statistic_match(this_year, {1: last_year}) == (None, [])
    assert best_statistic_match({**this_year, "articles": {5}}, {1: last_year}) == (None, [1])  # another outlet


def test_figures_of_different_periods_are_no_conflict():
    assert not same_subject(fig(93, unit="%", counted="vaccination rate", period="in 2019"),
                            fig(86.5, unit="%", counted="vaccination rate", period="this year"), strict=True)
    assert same_subject(fig(93, unit="%", counted="vaccination rate", period="in 2019"),
                        fig(86.5, unit="%", counted="vaccination rate", period="in 2019"), strict=True)


def test_a_narrower_thing_counted_is_no_conflict():
    assert not same_subject(fig(23, counted="cars"), fig(9, counted="tank cars"), strict=True)
    assert same_subject(fig(23, counted="cars"), fig(23, counted="tank cars"))


def test_same_subject_needs_same_rate():
    assert same_subject(fig(311, rate="a day"), fig(311, rate="a day"))
    assert not same_subject(fig(311, rate="a day"), fig(311, rate="per week"))
    assert not same_subject(fig(311), fig(311, rate="a day"), strict=True)


CANDIDATES = {
    1: fig(7400, source="ICE"),
    2: fig(8000, context="ICE made 8,000 arrests in January in the Chicago area"),
    3: fig(8000, counted="deportations"),
    4: fig(9000, source="DHS"),
}


def test_statistic_match_and_conflicts():
    match, conflicts = best_statistic_match(fig(8000, context="ICE made 8,000 arrests in January in the Chicago area"),
                                            CANDIDATES)
    assert (match.claim_id, match.score, match.scorer) == (2, 100.0, "figure")
    assert conflicts == [1, 4]  # same thing counted, unknown source: conflicts with every other value


def test_qualified_figure_repeats_the_claim():
    figure = fig(7400, qualifier="more than", bound=">", context="ICE made more than 7,400 arrests in January in the Chicago area")
    match, conflicts = best_statistic_match(figure, CANDIDATES)
    assert match.claim_id == 1
    assert conflicts == []  # 8,000 and 9,000 are 'more than 7,400' too
    _, conflicts = best_statistic_match(fig(7000, qualifier="more than", bound=">"), {1: fig(6000)})
    assert conflicts == [1]


def test_conflicts_only_with_same_or_unknown_source():
    assert best_statistic_match(fig(6000, source="ICE"), CANDIDATES) == (None, [1, 2])
    assert best_statistic_match(fig(6000, source="DHS"), CANDIDATES) == (None, [2, 4])


def test_different_thing_counted_never_conflicts():
    assert best_statistic_match(fig(6000, counted="loaves"), CANDIDATES) == (None, [])
    assert best_statistic_match(fig(6000, rate="a day"), CANDIDATES) == (None, [])


COST = {**fig(6.2e6, unit="$", counted="cost", period="for the first week", source="Gerald Pinsent",
              context="Pinsent said the hospital hired agency nurses at a cost of $6.2 million for the first week."),
        "story": STORY, "articles": {1}}
BILL = {**fig(6.2e6, unit="$", counted="agency bill", context="Its agency bill for the first week came to $6.2M."),
        "story": STORY, "articles": {2}}


@pytest.mark.parametrize("other, same", [
    (BILL, True),
    ({**BILL, "period": "for the first week"}, True),
    ({**BILL, "value": 5e6}, False),  # another sum
    ({**BILL, "unit": "£"}, False),
    ({**BILL, "unit": None}, False),  # 6.2 million of something, not money
    ({**BILL, "period": "last year"}, False),  # two periods, two facts
    ({**BILL, "articles": {1}}, False),  # one article giving the sum twice for two things: two facts
])
def test_one_precise_sum_of_money_in_one_story_is_one_claim(other, same):
    assert same_sum_of_money(COST, other) is same
    assert same_subject(COST, other) is same
    assert not same_subject(COST, other, strict=True)  # never a conflict for want of a noun


def test_a_round_sum_of_money_or_two_stories_are_not_one_claim():
    grant = {**fig(5e6, unit="$", counted="grant"), "story": STORY, "articles": {1}}
    settlement = {**fig(5e6, unit="$", counted="settlement"), "story": STORY, "articles": {2}}
    assert not same_subject(grant, settlement)  # '$5 million' may be two sums
    assert not same_subject(COST, {**BILL, "story": frozenset({"oriel", "halvard", "kessa"})})


def test_a_repeat_joins_the_claim_counting_its_noun_before_one_agreeing_in_sum():
    library = {**fig(6.2e6, unit="$", counted="library"), "story": STORY, "articles": {1}}
    pool = {**fig(6.2e6, unit="$", counted="pool"), "story": STORY, "articles": {1}}
    match, _ = best_statistic_match({**fig(6.2e6, unit="$", counted="pool"), "story": STORY, "articles": {2}},
                                    {1: library, 2: pool})
    assert match.claim_id == 2
    match, _ = best_statistic_match({**fig(6.2e6, unit="$", counted="bill"), "story": STORY, "articles": {2}},
                                    {1: library})
    assert match.claim_id == 1


SCHOOLS = {**fig(7, counted="schools", text="seven", context="The board voted to close seven schools on Thursday."),
           "story": STORY, "articles": {1}}


@pytest.mark.parametrize("acts, same", [
    (fig(7, counted="closures", context="The board approved seven closures on June 10."), True),
    (fig(7, counted="school closures", context="The board approved seven school closures."), True),
    (fig(7, counted="openings", context="The board approved seven openings."), False),  # not the verb's acts
    (fig(8, counted="closures", context="The board approved eight closures."), False),  # another value
])
def test_counting_the_acts_of_a_verb_counts_what_it_acts_on(acts, same):
    acts = {**acts, "story": STORY, "articles": {2}}
    match, conflicts = best_statistic_match(acts, {1: SCHOOLS})
    assert (match is not None) is same
    assert conflicts == []  # a conflict needs the same noun
    assert not same_subject(acts, SCHOOLS, strict=True)


@pytest.mark.parametrize("verb, counted, acts", [
    ("close", "closures", True), ("closed", "closures", True), ("closing", "closures", True),
    ("evicted", "evictions", True),
    ("won", "wonders", False),  # a verb this short names no act
    ("close", "closets", False),
])
def test_counts_the_acts_needs_the_verb_just_before_the_number(verb, counted, acts):
    schools = fig(7, counted="schools", text="7", context=f"Parents were angry that the board {verb} 7 schools.")
    assert counts_the_acts(fig(7, counted=counted), schools) is acts
    assert not counts_the_acts(schools, fig(7, counted=counted))
    assert not counts_the_acts(fig(7, counted=counted), {**schools, "context": f"The board {verb} the 7 schools."})


def test_a_claim_is_given_by_every_source_of_its_mentions():
    """'214 surgeries' from the chief executive, repeated as the hospital's, conflicts with the
    hospital's 241; two different named sources alone do not."""
    surgeries = {**fig(214, counted="surgeries"), "story": STORY, "articles": {1, 2}}
    hospital = {**fig(241, counted="surgeries", source="Kestrel Valley Medical Center"), "story": STORY, "articles": {3}}
    sourced = {"Gerald Pinsent", "Kestrel Valley Medical Center"}
    assert best_statistic_match(hospital, {1: {**surgeries, "sources": sourced}}) == (None, [1])
    assert best_statistic_match(hospital, {1: {**surgeries, "sources": {"Gerald Pinsent"}}}) == (None, [])
    assert best_statistic_match(hospital, {1: {**surgeries, "sources": {"Gerald Pinsent", None}}}) == (None, [1])
    assert best_statistic_match({**hospital, "source": None}, {1: {**surgeries, "sources": {"Gerald Pinsent"}}}) == (
        None, [1])


def test_a_repeat_of_a_value_an_article_gives_beside_another_is_no_conflict():
    """One outlet gives the union's 16% and the hospital's 9%: two facts, so another outlet's 9%
    repeats one of them and contradicts neither."""
    demanded = {**fig(16, unit="%", counted="raise"), "story": STORY, "articles": {1, 2}}
    offered = {**fig(9, unit="%", counted=None), "story": STORY, "articles": {1, 3}}
    repeat = {**fig(9, unit="%", counted="raise"), "story": STORY, "articles": {4}}
    match, conflicts = best_statistic_match(repeat, {1: demanded, 2: offered})
    assert (match.claim_id, conflicts) == (2, [])
    match, conflicts = best_statistic_match(repeat, {1: demanded, 2: {**offered, "articles": {3}}})
    assert (match.claim_id, conflicts) == (2, [1])  # no article gives both: a conflict


def test_blocking_keys_lose_no_match_nor_conflict():
    """Every pair of sample figures that matches or conflicts shares a blocking key, so the
    database may compare a new figure with only the claims sharing one."""
    figures = [s.to_dict() for path in article_files([str(SAMPLES)])
               for s in extract(read_article(path)).statistics]
    related = 0
    for i, figure in enumerate(figures):
        earlier = dict(enumerate(figures[:i]))
        match, conflicts = best_statistic_match(figure, earlier)
        keys = set(statistic_blocking_keys(figure))
        for other in ([match.claim_id] if match else []) + conflicts:
            related += 1
            assert keys & set(statistic_blocking_keys(earlier[other])), (figure["text"], earlier[other]["text"])
    assert related > 20  # the samples repeat figures across outlets and hold a planted conflict


@pytest.mark.parametrize("figure, keys", [
    (fig(7400, counted="people arrested"), [("value", 7400.0), ("counted", "arrest")]),
    (fig(7400, counted="people"), [("value", 7400.0), ("generic", "people")]),
    (fig(None, magnitude="thousands", counted=None, unit="%"), [("magnitude", "thousands"), ("unit", "%")]),
    (fig(12, counted=None), [("value", 12.0)]),
])
def test_blocking_keys(figure, keys):
    assert statistic_blocking_keys(figure) == keys
