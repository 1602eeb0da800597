"""Claim matching on a synthetic corpus with known repeats, and on the annotated sample repeats.

    python benchmarks/matching.py                  # 10,000 and 100,000 mentions
    python benchmarks/matching.py 2000 20000       # other sizes
    python benchmarks/matching.py --brute 500      # brute-force sample size (0: skip it)
    python benchmarks/matching.py -v               # more examples of every kind of mistake

The corpus (fixed seed; a smaller size is a prefix of a larger one) is a stream of quote mentions
in news style. About 55% start a new base quote: one or two sentences, 6-30 words, from 56
templates filled from the word lists below (names, places and words drawn with Zipf-like weights,
with a long tail of made-up surnames and places). Two sentences of one template always differ in at
least max(3, half) of their list words (all but one in short ones), so no two bases are
near-copies by chance. About 35% repeat
an earlier base (mostly a recent one) the way coverage varies a quote: identical; case,
punctuation, quotation-mark, dash, accent and spacing changes; British v. US punctuation; "U.S." /
"US" (and U.K., U.N., E.U., D.C.); a fragment of at least 6 consecutive words; the quote split in
two halves (two mentions, 6+ words each); 3-8 words cut from the middle of a long quote and
marked with an ellipsis; a one-character typo; "[Kristi] Noem" / "Noem".
Fragments and halves always hold a name, place or number, so they say whose quote they are. The
rest (about 12%) are hard negatives, each a new base that must never be linked to the base it was
made from: the same sentence with a different number ("7,400" / "4,700"; and, reported apart,
"million" / "billion", "3.5" / "5.3", two numbers trading places), with a negation added, removed
or contracted ("will" / "will not" / "won't", "never seen" / "seen", "don't know" / "do know"), and
short texts of 1-2 words. Negative bases are repeated later too, whole (not as fragments or
halves, which could read the same in the base they were made from).

Mentions are fed in order to factcheck.matching.QuoteIndex (default thresholds) exactly as the
database ingests them: ``decision = index.decide(text)``; a mention with ``decision.joined`` joins
that claim (and the claim takes the mention's wording when it quotes more: ``fuller_wording``),
otherwise it becomes a new claim; ``decision.suggested`` is recorded.

Link precision and recall are measured over PAIRS of mentions: a pair is linked when both mentions
ended in the same claim, and truly the same when both come from the same base. Precision = linked
pairs that are truly the same / linked pairs; recall = truly-same pairs that are linked / truly-same
pairs. "With suggestions": an editor accepts every suggestion whose claim was started by a mention
of the same base (and rejects the rest); accepting joins the mention's claim to the suggested one.
"Number/negation links": mentions that joined a claim started by a different base of the same
family (a base and the negatives made from it); the target is 0. A fragment, half or ellipsis cut
of a base that reads the same in a negative made from it (the changed number or negation lies in
what was left out) is ambiguous and reported apart. The per-kind table says, for each mention, whether it joined a claim started by its
own base, got a suggestion of one, was missed (a repeat left alone), stood apart as it should (new
bases, negatives, short texts) or joined a claim started by another base.

The same stream then goes through the real repository: Database.ingest of articles of
QUOTES_PER_ARTICLE quotes into a database file (it must give the same claims as the run on the
index alone), then `factcheck match` as the command runs it: open the file, Database.rematch (which
decides every mention again, on every core, excluding its own claim), save.

Timings are wall-clock. "Last 1,000" is the time to decide and add the last 1,000 mentions of the
stream (one core). Peak memory is resource.getrusage(RUSAGE_SELF).ru_maxrss of a process forked for
that size alone (corpus, ground truth, index and database included). The brute-force
baseline (first size only) decides a sample of mentions, evenly spaced, against every claim indexed
at that moment with compare_quotes, on the same index state, and compares with the blocked index.

Two hand-annotated sets are then scored the same way (sample_repeats): each set's articles go
through the real pipeline (read_article, extract, Database.ingest) into a temporary database, and
the stored mentions' claims are scored against the "repeats" groups of its annotations (mentions
keyed by file name and exact text), again over pairs of annotated mentions. "sample articles" is
sample_articles/ with tests/data/sample_annotations.json; "repeat clusters" is
benchmarks/data/repeats/ (24 articles, 6 stories told by several outlets, annotated blind; see its
README), for which the run also says whether each annotated conflict pair is flagged (the claims
list each other under "conflicts") and each annotated misattribution is flagged (its claim is
"misattributed"), and lists flags raised that were not annotated."""

from __future__ import annotations

import multiprocessing
import random
import re
import resource
import sys
import tempfile
import time
from collections import Counter, defaultdict
from dataclasses import dataclass
from itertools import combinations
from pathlib import Path

from factcheck.db import available_cores, open_database
from factcheck.models import Article, Extraction, Quote
from factcheck.matching import (
    MATCH_THRESHOLD,
    PARALLEL_FROM,
    SUGGEST_THRESHOLD,
    QuoteIndex,
    fuller_wording,
)
from factcheck.textnorm import fold_accents, normalize_for_match

ROOT = Path(__file__).resolve().parent.parent
SEED = 5
SIZES = [10_000, 100_000]
BRUTE_SAMPLE = 2_000
LAST = 1_000
QUOTES_PER_ARTICLE = 10  # the real-database run ingests the stream as articles of this many quotes

# ---------------------------------------------------------------------------------------------
# Word lists. Every list is drawn from with Zipf-like weights (the first entries are the most
# frequent), as names, places and words are in real coverage; surnames and places also have a
# long tail of made-up names, as a year of news has.

FIRST = """Kristi Grant Marisol Luis Harriet Tomas Aisha Derek Priya Owen Beatriz Samuel Ingrid Kwame
Fiona Rafael Yusuf Hannah Mateo Chloe Dmitri Lucia Arjun Nadia Elliot Grace Omar Sienna Victor Amara
Connor Leila Javier Rosa Malik Greta Henrik Zoë Julien Maeve Tariq Imogen Felipe Noor Caleb Astrid
Ravi Camille Desmond Yara Piotr Esther Kenji Olga Marcus Delphine Idris Thea Anton Ines""".split()

SURNAMES = """Noem Whitlock Ferrante Carrizo Lindqvist Okafor Brennan Núñez Haddad Kowalski Achterberg
Mbeki Sorensen Delgado Fitzgerald Nakamura Abernathy Ruiz Castellanos Oyelaran Petrov Mansour Hale
Quintero Vasquez Gallagher Lefebvre Adeyemi Baptiste Oduya Moreau Thorne Iverson Sato Kaminski
Aldridge Benitez Chowdhury Dunmore Eriksen Farouk Gutiérrez Holloway Ibarra Jankowski Kearney
Lombardi Mwangi Novak O'Rourke Pemberton Rasmussen Szabo Tremblay Ulloa Varga Wexler Yilmaz Zamora
Ashcroft Bellweather Corrigan Draper Esposito Fairbanks Greer Hargrove Ingleby Jovanovic Kettering
Laurent Mireles Northcott Okonkwo Prescott Quigley Renwick Stanhope Talbot Underwood Vance Winslow
Müller Yoshida Zielinski Abara Bohannon Castillo Dovers Ekwueme Frost Gillespie Hartigan Iqbal""".split()

TITLES = """Governor Senator Mayor Secretary Commissioner Director Chief Minister Sheriff Judge Dr. Mr.
Ms. Mrs. Councillor Superintendent Inspector Professor Captain""".split()

PLACES = """Springfield Riverton Lakeshore Portsmouth Greenfield Fairview Millbrook Ashford Kingsport
Cedarville Bayside Northgate Harrowgate Elmstead Westbury Oakridge Marlow Dunmore Brightwater
Clearwater Redhill Stonebridge Hollis Castleford Pinecrest Ravenswood Sheffield Galveston Tacoma
Fresno Duluth Savannah Bakersfield Leeds Bristol Cardiff Aberdeen Belfast Dublin Lyon Marseille
Porto Valencia Gdansk Antwerp Rotterdam Hamburg Malmö Bergen Tromsø Reno Boise Yakima Modesto Laredo
Eugene Albany Toledo Dayton Akron Peoria Topeka Wichita Amarillo Lubbock Odessa Tulsa Mobile
Pensacola Macon Augusta Durham Ithaca Utica Erie Scranton Bangor Burlington Concord Nashua""".split()

COUNTRIES = "U.S. U.K. American British federal national local regional state E.U. U.N. city county".split()

ORGS = ["the port commission", "the city council", "ICE", "the union", "the health ministry",
        "the transit authority", "the school board", "the fire service", "the county", "the state",
        "Congress", "the U.S. Border Patrol", "the hospital trust", "the housing agency", "the governor's office",
        "the water board", "the U.N. refugee agency", "the Home Office", "the forestry service", "the treasury",
        "the police department", "the parks department", "the election commission", "the airport authority",
        "the regional council", "the chamber of commerce", "the teachers' union", "the nurses' union",
        "the drivers' union", "the planning committee", "the coast guard", "the U.K. Border Force",
        "the labor board", "the utility", "the railway operator", "the district attorney", "the ministry",
        "the E.U. delegation", "the attorney general", "the county clerk", "the harbour master",
        "the board of health", "the state legislature", "the environment agency", "the port authority"]

NOUNS_PL = """workers families nurses arrests jobs beds patients homes acres buses drivers teachers
students tenants farmers fires flights permits contracts vaccines officers detainees migrants voters
ballots schools clinics routes trains wages taxes fees loans shelters evacuees firefighters hectares
children parents doctors residents businesses shops streets roads bridges trucks containers ships
pensions benefits meals prisoners inmates visas refugees volunteers surgeries appointments ambulances
classrooms houses apartments seats hours shifts claims complaints warrants raids deportations
inspections fines tickets passengers commuters riders stations depots engines wells reservoirs
pipelines turbines panels batteries chargers licences inspectors auditors contractors lawyers judges
cases hearings appeals trials reports audits records files emails documents dockworkers cleaners
paramedics midwives pharmacists landlords miners fishermen truckers welders carers pupils graduates
veterans pensioners retirees homeowners renters asylum-seekers caseworkers librarians janitors
guards wardens rangers pilots sailors engineers surveyors planners economists""".split()

NOUNS_SG = """budget port hospital union strike policy plan bill law deal program fire system agency
economy river bridge border election investigation contract shortfall deficit audit inquiry reform
merger ceasefire lockout evacuation rollout shutdown pipeline airport harbour railway clinic shelter
curfew ordinance referendum settlement lawsuit verdict campaign recall mandate subsidy tariff levy
pension ward depot terminal route timetable network grid reservoir dam levee wildfire flood drought
outbreak vaccine crackdown operation raid sweep checkpoint moratorium bailout overhaul waiver
amendment injunction blockade quarantine lottery stipend rebate surcharge loophole watchdog tribunal
consultation""".split()

ADJ = """reckless cruel unprecedented historic fair unfair illegal lawful dangerous safe careful
careless urgent overdue expensive cheap broken fragile stable chaotic orderly targeted random
devastating remarkable shameful honest dishonest temporary permanent sustainable unsustainable
exhausted frightened angry grateful determined transparent secret public private local federal
essential vulnerable overcrowded understaffed underfunded rushed delayed flawed solid generous
modest massive tiny serious minor sweeping hasty botched costly timid bold crippling punitive
arbitrary needless heartless cynical sensible prudent decent""".split()

ADVERBS = """quietly openly deliberately repeatedly carefully publicly privately recklessly badly fairly
quickly slowly secretly legally illegally routinely rarely already finally gladly""".split()

VERBS = [tuple(v.split("/")) for v in """protect/protecting/protected close/closing/closed
fund/funding/funded cut/cutting/cut build/building/built hire/hiring/hired deport/deporting/deported
arrest/arresting/arrested evacuate/evacuating/evacuated rebuild/rebuilding/rebuilt
reopen/reopening/reopened expand/expanding/expanded defend/defending/defended
review/reviewing/reviewed support/supporting/supported block/blocking/blocked
approve/approving/approved reject/rejecting/rejected pay/paying/paid train/training/trained
house/housing/housed treat/treating/treated move/moving/moved save/saving/saved
replace/replacing/replaced repair/repairing/repaired investigate/investigating/investigated
enforce/enforcing/enforced challenge/challenging/challenged release/releasing/released
detain/detaining/detained relocate/relocating/relocated negotiate/negotiating/negotiated
restore/restoring/restored inspect/inspecting/inspected recruit/recruiting/recruited
shelter/sheltering/sheltered vaccinate/vaccinating/vaccinated contain/containing/contained
audit/auditing/audited upgrade/upgrading/upgraded abandon/abandoning/abandoned
compensate/compensating/compensated dismantle/dismantling/dismantled freeze/freezing/frozen
overturn/overturning/overturned scrap/scrapping/scrapped subsidise/subsidising/subsidised
prosecute/prosecuting/prosecuted reinstate/reinstating/reinstated license/licensing/licensed
evict/evicting/evicted""".split()]

GOALS = ["the job is done", "every family is safe", "the last bus runs again", "the fire is out",
         "the port is open", "every nurse is paid", "the books balance", "the court rules",
         "the river goes down", "the contract is signed", "the beds are back", "nobody is left behind",
         "the schools reopen", "the budget is fixed", "the border is secure", "the last patient is home"]

TIMES = ["last week", "this year", "by March", "next spring", "since January", "over the summer",
         "this month", "overnight", "last year", "in the spring", "before the election", "this winter",
         "by the end of the year", "in the last six months", "since the storm", "on Tuesday", "this morning",
         "last night", "after the vote", "within a decade", "in a single weekend", "during the strike"]

MONTHS = "January February March April May June July August September October November December".split()

UNITS = "days weeks months years".split()

SHORT = ["Absolutely.", "No comment.", "Outrageous.", "Unacceptable", "Never again.", "A disgrace.",
         "Not yet.", "Totally false.", "Shameful.", "We'll see.", "Chaos.", "Game over.", "Good riddance.",
         "Ridiculous.", "Thank you.", "Heartbreaking.", "Nonsense.", "Devastating.", "Long overdue.",
         "Inevitable.", "Disgraceful", "Unbelievable.", "Finally!", "Wrong.", "Lies.", "Historic.",
         "Impossible", "Not today.", "Pure theatre.", "Incompetence.", "It's over.", "Don't panic.",
         "I'm appalled.", "That's false."]

# Sentence templates: every {slot} is filled on its own; {name} is a surname, sometimes with the
# first name an editor added in brackets. Two sentences of one template always differ in at least
# three word slots (numbers aside), so two bases are never near-copies of each other by chance.
TEMPLATES = [
    "We are {ing} the {nsg} as {org} wrote it, and we will keep {ing} {npl} until {goal}.",
    "This is a {country} {nsg}, not a {adj} {nsg} for the {npl} of {place}.",
    "{NUM} {npl} were {past} in {place} {time}, and {org} still has not {past} the {nsg}.",
    "{org} will {verb} {NUM} {adj} {npl} in {place} by {month}.",
    "I have never seen {adj} {npl} like this in {small} years of {ing} {npl} in {place}.",
    "Our {npl} cannot {verb} the {nsg} without {adj} {npl} and a {adj} {nsg}.",
    "Nobody in {place} was told the {nsg} was coming, least of all the {adj} {npl}.",
    "{title} {name} promised {NUM} {adj} {npl}, and {place} got none of them {time}.",
    "If {org} does not {verb} the {nsg} {time}, {place} will lose {NUM} {adj} {npl}.",
    "The {nsg} is {adj}, the {npl} are {adj}, and {name} knows it better than {org}.",
    "We {past} {NUM} {npl} {time} and we are still {ing} {adj} {npl} in {place}.",
    "There is no {adj} {nsg} for {place} that does not start with {npl} and {npl}.",
    "Every one of these {npl} was {past} {adv}. Nobody in {place} was {past} at random.",
    "The {nsg} in {place} costs {MONEY} a year, and {org} has never {past} a {adj} {nsg}.",
    "{place} has {PCT} fewer {npl} than it had in {year}, and the {nsg} is {adj}.",
    "Families in {place} are afraid to {verb} their {npl} while the {nsg} is {adj}.",
    "We will {verb} the {adj} {nsg} in {place} whether {org} likes it or not.",
    "{org} said it would {verb} {NUM} {npl}, but only {NUM} {adj} {npl} have arrived in {place}.",
    "People are {ing} in {place}, and the {npl} who {verb} the {nsg} don't know if they'll {verb} again.",
    "What happened to the {npl} of {place} {time} should never happen in a {country} {nsg}.",
    "Frankly, the {nsg} was {adj} from the start — and {title} {name} {past} it {adv}.",
    "I told {title} {name} that {place} needs {NUM} more {adj} {npl} before {month}.",
    "You cannot run a {adj} {nsg} on {adj} {npl} and {adj} promises from {org}.",
    "The U.S. {nsg} has {past} {PCT} of the {adj} {npl} in {place} {time}.",
    "Arrests rose from {small} to {small} a day in {place} {time}, and {org} {past} the {adj} {nsg}.",
    "It is {adj} to {verb} {npl} in {place} when the {nsg} is this {adj}.",
    "We have asked {org} {small} times to {verb} the {adj} {nsg}, and {name} is still waiting.",
    "The {nsg} will {verb} {place} — and everyone at {org} knows the {npl} will pay for it.",
    "This {nsg} is about {npl} and {npl}, not about {name} or {name}.",
    "We expect {NUM} {npl} to {verb} in {place} over the next {small} {unit}, {adv}.",
    "They call it \"{adj}\", but for the {npl} of {place} it is a {adj} {nsg}.",
    "The {country} {nsg} lost {MONEY} {time}, and {name} can explain every cent of the {adj} {nsg}.",
    "{name} is right about one thing: the {npl} in {place} are {adj} and {adj}.",
    "We can {verb} {NUM} {npl} a week in {place} if {org} gives us the {nsg}.",
    "No {nsg} in {place} has ever {past} this many {adj} {npl} {time}.",
    "The {npl} did their part; it is {org} that has to {verb} the {adj} {nsg} now.",
    "I will not {verb} a {nsg} that leaves {NUM} {npl} in {place} without {npl}.",
    "Since {year}, {place} has {past} {PCT} of its {npl} and half of its {adj} {npl}.",
    "Washington, D.C. does not {verb} {adj} {npl} in {place}; {org} does, {adv}.",
    "Our {nsg} {past} {NUM} {npl} in {small} {unit}, a record for {place} and for {org}.",
    "The U.K. {nsg} and the E.U. {nsg} both {past} the {adj} {npl} of {place}.",
    "The U.N. says {NUM} {npl} in {place} need {adj} {npl} {time}.",
    "My message to {title} {name} is simple: {verb} the {nsg} or {verb} the {npl}.",
    "When {org} {past} the {nsg} in {year}, {NUM} {npl} in {place} lost their {npl}.",
    "Half the {npl} in {place} have not been {past} since {month}, and the {nsg} is {adj}.",
    "We were {adv} {past} by {org}, and the {npl} of {place} deserve a {adj} {nsg}.",
    "Nobody at {org} can tell me why {NUM} {npl} in {place} were {past} {time}.",
    "The {adj} truth is that {place} {past} its {npl} to pay for {name}'s {nsg}.",
    # short ones, 6-9 words
    "{name} {past} the {nsg} in {place}.",
    "That was a {country} {nsg}, not a {nsg}.",
    "{place} needs {NUM} more {npl} {time}.",
    "We will {verb} every {nsg} in {place}.",
    "Our {npl} are {adj}, not {adj}.",
    "I will never {verb} {org} in {place} again.",
    "{title} {name} is {adv} {adj} about {npl}.",
    "{NUM} {npl} lost their {npl} in {place}.",
]

NUMERIC_SLOTS = {"NUM", "small", "PCT", "MONEY", "year"}
DISTINCTIVE_SLOTS = NUMERIC_SLOTS | {"name", "place"}  # a fragment or half always holds one of these
_FILLER = {"the", "a", "an", "of", "s", "percent", "million", "billion"}
_SLOT = re.compile(r"\{(\w+)\}")


def _made_up(rng: random.Random, count: int, endings: list[str]) -> list[str]:
    syllables = """ka lo mer van dor ste rin bel tho gra mun pel sar vik ol an ter bri cal dun fen hol jor
    lan mor nes qui ros tav wil ash bro cor dal eth fal gor hay isk kel mab nor orm pry rud sel tor
    ulm ver wes yar zel""".split()
    names: list[str] = []
    seen: set[str] = set()
    while len(names) < count:
        name = "".join(rng.choice(syllables) for _ in range(rng.randint(1, 2))) + rng.choice(endings)
        name = name.capitalize()
        if name not in seen and len(name) >= 4:
            seen.add(name)
            names.append(name)
    return names


_TAIL = random.Random(1)
SURNAMES_ALL = SURNAMES + _made_up(_TAIL, 3000, ["son", "ez", "ski", "er", "ov", "i", "ing", "ard", "ley", "é"])
PLACES_ALL = PLACES + _made_up(_TAIL, 1500, ["ton", "field", "bury", "ville", "ford", "port", "mouth", "dale",
                                             "wick", "stead", "ham", "by"])


def _zipf(items: list, s: float = 0.7) -> tuple[list, list[float]]:
    total, cum = 0.0, []
    for rank in range(len(items)):
        total += 1.0 / (rank + 1) ** s
        cum.append(total)
    return items, cum


_LISTS = {name: _zipf(items) for name, items in dict(
    first=FIRST, surname=SURNAMES_ALL, title=TITLES, place=PLACES_ALL, country=COUNTRIES, org=ORGS,
    npl=NOUNS_PL, nsg=NOUNS_SG, adj=ADJ, adv=ADVERBS, verb=VERBS, goal=GOALS, time=TIMES, month=MONTHS,
    unit=UNITS).items()}

# ---------------------------------------------------------------------------------------------
# The corpus


@dataclass
class Base:
    id: int
    text: str
    family: int  # the base a negative was made from, through its own family; itself otherwise
    kind: str  # "new", or the negative kind that made it
    names: list[tuple[str, str]]  # (first, surname) written in the text, for "[Kristi] Noem"
    slot_words: frozenset[str]  # normalised words that came from the word lists (not the template)
    distinctive: frozenset[str]  # normalised names, places and numbers


@dataclass
class Mention:
    text: str
    base: int
    kind: str  # "new", a repeat variant, or a negative kind


class Corpus:
    """A deterministic stream of mentions; ``mentions(n)`` is a prefix of ``mentions(m)`` for n < m."""

    REPEATS = {"identical": 15, "marks": 15, "british": 10, "acronym": 8, "fragment": 15, "split": 10,
               "ellipsis": 6, "typo": 12, "name": 10}
    NEGATIVES = {"number": 5.0, "number-scale": 0.8, "number-decimal": 0.8, "number-order": 0.8,
                 "negation-added": 1.5, "negation-removed": 1.2, "negation-contracted": 1.0, "short": 2.0}
    REPEAT_SHARE = 34.0  # percent of events (a split adds two mentions)

    def __init__(self, seed: int = SEED):
        self.rng = random.Random(seed)
        self.bases: dict[int, Base] = {}
        self.pool: list[int] = []  # bases that can be repeated (not short texts)
        self.signatures: set[int] = set()
        self.seen_norms: set[str] = set()
        self.out: list[Mention] = []

    def pick(self, name: str):
        items, cum = _LISTS[name]
        return self.rng.choices(items, cum_weights=cum)[0]

    # -- numbers ---------------------------------------------------------------------------------
    def number(self) -> str:
        while True:
            value = self.rng.choice([self.rng.randint(100, 999), self.rng.randint(1000, 99_999),
                                     self.rng.randint(1000, 9999)])
            if len(set(str(value))) > 1:
                return f"{value:,}"

    def percent(self) -> str:
        r = self.rng.random()
        if r < 0.4:
            return f"{self.rng.randint(2, 95)} percent"
        if r < 0.7:
            return f"{self.rng.randint(1, 9)}.{self.rng.randint(1, 9)} percent"
        return f"{self.rng.randint(2, 95)}%"

    def money(self) -> str:
        if self.rng.random() < 0.7:
            return f"${self.rng.randint(1, 99)}.{self.rng.randint(1, 9)} {self.rng.choice(['million', 'billion'])}"
        return f"${self.rng.randint(100, 999)},000"

    # -- bases ----------------------------------------------------------------------------------
    def value(self, slot: str, names: list) -> str:
        if slot == "name":
            first, last = self.pick("first"), self.pick("surname")
            names.append((first, last))
            return f"[{first}] {last}" if self.rng.random() < 0.15 else last  # an editor's insertion
        if slot in ("verb", "ing", "past"):
            return self.pick("verb")[("verb", "ing", "past").index(slot)]
        generate = {"NUM": self.number, "PCT": self.percent, "MONEY": self.money,
                    "small": lambda: str(self.rng.randint(2, 60)), "year": lambda: str(self.rng.randint(2005, 2024))}
        return generate[slot]() if slot in generate else self.pick(slot)

    def sentence(self) -> tuple[str, list, set, set, list[int]]:
        """One filled template, its names, its list words, its names, places and numbers, and
        its signature keys."""
        template_id = self.rng.randrange(len(TEMPLATES))
        names: list = []
        slots: set[str] = set()
        distinctive: set[str] = set()
        words: list[str] = []

        def fill(match: re.Match) -> str:
            value = self.value(match.group(1), names)
            norm = normalize_for_match(value)
            slots.update(set(norm.split()) - _FILLER)
            if match.group(1) in DISTINCTIVE_SLOTS:
                distinctive.update(norm.split())
            if match.group(1) not in NUMERIC_SLOTS:
                words.append(norm.split()[-1])
            return value

        text = _SLOT.sub(fill, TEMPLATES[template_id])
        text = text[0].upper() + text[1:]
        # two sentences of one template differ in at least max(3, half) of their list words (all
        # but one in a short one): no combination of len - differ + 1 of them is used twice
        keep = len(words) - min(len(words) - 1, max(3, (len(words) + 1) // 2)) + 1
        keys = [hash((template_id, positions, *(words[i] for i in positions)))
                for positions in combinations(range(len(words)), keep)]
        return text, names, slots, distinctive, keys

    def new_base_text(self) -> tuple[str, list, set, set]:
        """One base quote of 6-30 words that differs from every earlier one in at least three
        list words of any template they share."""
        while True:
            parts = [self.sentence() for _ in range(1 if self.rng.random() < 0.6 else 2)]
            text = " ".join(p[0] for p in parts)
            keys = [k for p in parts for k in p[4]]
            if not 6 <= len(text.split()) <= 30 or any(k in self.signatures for k in keys):
                continue
            if len(parts) == 2 and set(parts[0][4]) & set(parts[1][4]):
                continue
            self.signatures.update(keys)
            self.seen_norms.add(normalize_for_match(text))
            return (text, [n for p in parts for n in p[1]], set().union(*(p[2] for p in parts)),
                    set().union(*(p[3] for p in parts)))

    def add_base(self, text: str, kind: str, names: list, slots: set, distinctive: set,
                 family: int | None = None) -> Base:
        base_id = len(self.bases) + 1
        base = Base(base_id, text, family or base_id, kind, names, frozenset(slots), frozenset(distinctive))
        self.bases[base_id] = base
        if kind != "short":
            self.pool.append(base_id)
        return base

    def earlier(self) -> Base:
        """A base to repeat: mostly recent stories, sometimes an old one."""
        if self.rng.random() < 0.7:
            return self.bases[self.rng.choice(self.pool[-3000:])]
        return self.bases[self.rng.choice(self.pool)]

    # -- the stream -----------------------------------------------------------------------------
    def mentions(self, count: int) -> list[Mention]:
        negative_share = sum(self.NEGATIVES.values())
        while len(self.out) < count:
            r = self.rng.uniform(0, 100)
            if not self.pool or r >= self.REPEAT_SHARE + negative_share:
                text, names, slots, distinctive = self.new_base_text()
                base = self.add_base(text, "new", names, slots, distinctive)
                self.out.append(Mention(text, base.id, "new"))
            elif r < self.REPEAT_SHARE:
                self.repeat()
            else:
                self.negative()
        return self.out[:count]

    def repeat(self) -> None:
        kinds, weights = zip(*self.REPEATS.items())
        kind = self.rng.choices(kinds, weights)[0]
        for _ in range(50):
            base = self.earlier()
            texts = VARIANTS[kind](self, base)
            if texts:
                for text in texts:
                    self.out.append(Mention(text, base.id, kind))
                return
        self.out.append(Mention(base.text, base.id, "identical"))

    def negative(self) -> None:
        kinds, weights = zip(*self.NEGATIVES.items())
        kind = self.rng.choices(kinds, weights)[0]
        if kind == "short":
            text = self.rng.choice(SHORT)
            base = self.add_base(text, "short", [], set(), set())
            self.out.append(Mention(text, base.id, "short"))
            return
        for _ in range(200):
            parent = self.earlier()
            text = NEGATIVE_VARIANTS[kind](self, parent.text)
            if text and text != parent.text and normalize_for_match(text) not in self.seen_norms:
                self.seen_norms.add(normalize_for_match(text))
                base = self.add_base(text, kind, parent.names, parent.slot_words, parent.distinctive, parent.family)
                self.out.append(Mention(text, base.id, kind))
                return


# -- repeat variants: each returns the mention texts, or None when it does not apply to the base.
# A fragment or half of a negative base could be a fragment of the base it was made from too, so
# negative bases are repeated whole (identical, marks, British, acronym, typo, name) only.

def v_identical(c: Corpus, base: Base):
    return [base.text]


def _mark_changes(c: Corpus, text: str) -> str:
    rng = c.rng
    changes = [
        lambda t: t.replace("'", "’") if "'" in t else t.replace("’", "'"),
        lambda t: re.sub(r'"([^"]*)"', "“\\1”", t),
        lambda t: t.replace(" — ", rng.choice([" - ", " – ", "--", " -- ", "—"])),
        lambda t: t[0].lower() + t[1:],
        lambda t: t.rstrip(".!") if t[-1] in ".!" else t + ".",
        lambda t: t.replace(", ", " ", 1),
        lambda t: re.sub(r"(?<=[a-z]{2})\. ", "; ", t, count=1),
        lambda t: fold_accents(t) if t != fold_accents(t) else t.replace("Nunez", "Núñez"),
        lambda t: t.replace(" ", "  ", 1).replace(" ", "\u00a0", 1),
        lambda t: t.upper() if rng.random() < 0.2 else t.lower(),
    ]
    for change in rng.sample(changes, rng.randint(1, 3)):
        text = change(text) or text
    return text


def v_marks(c: Corpus, base: Base):
    text = _mark_changes(c, base.text)
    return [text] if text != base.text else None


def v_british(c: Corpus, base: Base):
    text = base.text
    options = []
    if text[-1] in ".!?":
        options.append(lambda t: t[:-1])  # the full stop outside the quotation marks
    else:
        options.append(lambda t: t + ",")  # US: "…going," he said
    if '"' in text:
        options.append(lambda t: t.replace('"', "'"))
    if re.search(r"\b(Mr|Mrs|Ms|Dr)\.", text):
        options.append(lambda t: re.sub(r"\b(Mr|Mrs|Ms|Dr)\.", r"\1", t))
    options.append(lambda t: t[:-1] + "," if t[-1] == "." else t + ".")
    return [c.rng.choice(options)(text)]


_ACRONYMS = [("U.S.", "US"), ("U.K.", "UK"), ("U.N.", "UN"), ("E.U.", "EU"), ("D.C.", "DC")]


def v_acronym(c: Corpus, base: Base):
    for dotted, plain in _ACRONYMS:
        if dotted in base.text:
            return [base.text.replace(dotted, plain)]
        if re.search(rf"\b{plain}\b", base.text):
            return [re.sub(rf"\b{plain}\b", dotted, base.text)]
    return None


def v_fragment(c: Corpus, base: Base):
    words = base.text.split()
    if base.kind != "new" or len(words) < 8:
        return None
    for _ in range(20):
        length = c.rng.randint(6, len(words) - 2)
        start = c.rng.randint(0, len(words) - length)
        window = words[start:start + length]
        norm = normalize_for_match(" ".join(window)).split()
        if sum(w in base.slot_words for w in norm) >= 3 and any(w in base.distinctive for w in norm):
            text = " ".join(window).strip(",;:—-")
            if c.rng.random() < 0.5:
                text = text[0].lower() + text[1:]
            return [text]
    return None


def v_split(c: Corpus, base: Base):
    words = base.text.split()
    if base.kind != "new" or len(words) < 12:
        return None
    middle = len(words) // 2

    def telling(part: list[str]) -> bool:
        return any(w in base.distinctive for w in normalize_for_match(" ".join(part)).split())

    cuts = [i for i in range(6, len(words) - 5) if telling(words[:i]) and telling(words[i:])]
    if not cuts:
        return None
    cut = min(cuts, key=lambda i: (words[i - 1][-1] not in ",;.", abs(i - middle)))
    first, second = " ".join(words[:cut]).rstrip(",;"), " ".join(words[cut:])
    if c.rng.random() < 0.5:
        second = second[0].lower() + second[1:]
    return [first, second]


ELLIPSIS = re.compile(r" … | \.\.\. | \. \. \. ")


def v_ellipsis(c: Corpus, base: Base):
    """Words cut from the middle, marked with an ellipsis: 'We will not back down … our city'."""
    words = base.text.split()
    if base.kind != "new" or len(words) < 16:
        return None

    def telling(part: list[str]) -> bool:
        return any(w in base.distinctive for w in normalize_for_match(" ".join(part)).split())

    for _ in range(20):
        start = c.rng.randint(6, len(words) - 9)
        end = start + c.rng.randint(3, min(8, len(words) - start - 6))
        if telling(words[:start]) and telling(words[end:]):
            mark = c.rng.choice([" … ", " ... ", " . . . "])
            return [" ".join(words[:start]).rstrip(",;") + mark + " ".join(words[end:])]
    return None


_PROTECTED = set("not no never nobody nothing none neither nor cannot without million billion percent".split())


def v_typo(c: Corpus, base: Base):
    words = base.text.split()
    spots = [i for i, w in enumerate(words) if len(w) >= 4 and w.isalpha() and w.lower() not in _PROTECTED]
    if not spots:
        return None
    i = c.rng.choice(spots)
    w = words[i]
    j = c.rng.randint(1, len(w) - 2)
    op = c.rng.choice(["swap", "drop", "double", "replace"])
    if op == "swap":
        w = w[:j] + w[j + 1] + w[j] + w[j + 2:]
    elif op == "drop":
        w = w[:j] + w[j + 1:]
    elif op == "double":
        w = w[:j] + w[j] + w[j:]
    else:
        w = w[:j] + c.rng.choice("aeiourstnl") + w[j + 1:]
    words[i] = w
    text = " ".join(words)
    return [text] if text != base.text else None


def v_name(c: Corpus, base: Base):
    for first, last in base.names:
        if f"[{first}] {last}" in base.text:
            return [base.text.replace(f"[{first}] {last}", last, 1)]
        if re.search(rf"\b{re.escape(last)}\b", base.text):
            return [re.sub(rf"\b{re.escape(last)}\b", f"[{first}] {last}", base.text, count=1)]
    return None


VARIANTS = {"identical": v_identical, "marks": v_marks, "british": v_british, "acronym": v_acronym,
            "fragment": v_fragment, "split": v_split, "ellipsis": v_ellipsis, "typo": v_typo, "name": v_name}

# -- negatives: the same sentence saying something else

_NUMBER_TOKEN = re.compile(r"\b\d{1,3}(?:,\d{3})+\b|\b\d{3,}\b")


def n_number(c: Corpus, text: str):
    """'7,400' -> '4,700': the digits of one number in another order."""
    found = [m for m in _NUMBER_TOKEN.finditer(text) if len(set(m.group().replace(",", ""))) > 1]
    if not found:
        return None
    m = c.rng.choice(found)
    digits = m.group().replace(",", "")
    for _ in range(20):
        new = "".join(c.rng.sample(digits, len(digits)))
        if new != digits and new[0] != "0":
            value = f"{int(new):,}" if "," in m.group() else new
            return text[:m.start()] + value + text[m.end():]
    return None


def n_scale(c: Corpus, text: str):
    """'$4.1 million' -> '$4.1 billion'."""
    if "million" in text:
        return text.replace("million", "billion", 1)
    if "billion" in text:
        return text.replace("billion", "million", 1)
    return None


def n_decimal(c: Corpus, text: str):
    """'3.5 percent' -> '5.3 percent'."""
    m = re.search(r"\b(\d)\.(\d)\b", text)
    if not m or m.group(1) == m.group(2):
        return None
    return text[:m.start()] + f"{m.group(2)}.{m.group(1)}" + text[m.end():]


def n_order(c: Corpus, text: str):
    """'from 30 to 50' -> 'from 50 to 30': two numbers trade places."""
    numbers = [m for m in re.finditer(r"\b\d[\d,]*\b", text)]
    pairs = [(a, b) for i, a in enumerate(numbers) for b in numbers[i + 1:] if a.group() != b.group()]
    if not pairs:
        return None
    a, b = c.rng.choice(pairs)
    return text[:a.start()] + b.group() + text[a.end():b.start()] + a.group() + text[b.end():]


_AUX = re.compile(r"\b(will|is|are|was|were|can|would|should|does|did|has|have|do)\b(?!'| not| never)", re.IGNORECASE)
_CONTRACTED = {"will": "won't", "can": "can't", "do": "don't", "does": "doesn't", "is": "isn't", "are": "aren't",
               "was": "wasn't", "were": "weren't", "have": "haven't", "has": "hasn't", "would": "wouldn't",
               "should": "shouldn't", "did": "didn't"}


def n_added(c: Corpus, text: str):
    """'will' -> 'will not'."""
    found = list(_AUX.finditer(text))
    if not found:
        return None
    m = c.rng.choice(found)
    return text[:m.end()] + " not" + text[m.end():]


def n_removed(c: Corpus, text: str):
    """'never seen' -> 'seen', 'does not start' -> 'does start', "don't know" -> 'do know'."""
    for pattern, repl in ((r"\bcannot\b", "can"), (r"\bwon't\b", "will"), (r"\bcan't\b", "can"),
                          (r"\b(\w+)n't\b", r"\1"), (r" not\b(?!\.)", ""), (r" never\b", "")):
        if re.search(pattern, text):
            return re.sub(pattern, repl, text, count=1)
    return None


def n_contracted(c: Corpus, text: str):
    """'will' -> "won't", 'is' -> "isn't"."""
    found = [m for m in _AUX.finditer(text) if m.group().lower() in _CONTRACTED]
    if not found:
        return None
    m = c.rng.choice(found)
    word = _CONTRACTED[m.group().lower()]
    word = word[0].upper() + word[1:] if m.group()[0].isupper() else word
    return text[:m.start()] + word + text[m.end():]


NEGATIVE_VARIANTS = {"number": n_number, "number-scale": n_scale, "number-decimal": n_decimal,
                     "number-order": n_order, "negation-added": n_added, "negation-removed": n_removed,
                     "negation-contracted": n_contracted}


def generate(size: int, send) -> None:
    """Make the corpus (in its own process, so its bookkeeping stays out of the memory figures)."""
    corpus = Corpus()
    mentions = corpus.mentions(size)
    send.send(([(m.text, m.base, m.kind) for m in mentions],
               {b.id: (b.family, b.kind) for b in corpus.bases.values()}))
    send.close()


# ---------------------------------------------------------------------------------------------
# Measuring


def pair_scores(clusters: list, truth: list) -> tuple[float, float, int, int]:
    """Pair precision and recall of a clustering against the truth (see the docstring)."""
    def pairs(counts: Counter) -> int:
        return sum(n * (n - 1) // 2 for n in counts.values())

    linked, same, both = pairs(Counter(clusters)), pairs(Counter(truth)), pairs(Counter(zip(clusters, truth)))
    return (both / linked if linked else 1.0), (both / same if same else 1.0), linked, same


class AllClaims(QuoteIndex):
    """Brute force on the same index state: every claim is a candidate."""

    def __init__(self, index: QuoteIndex):
        super().__init__(index.match_threshold, index.suggest_threshold)
        self.texts = index.texts

    def candidates(self, norm: str) -> set[int]:
        return set(self.texts)


def _progress(label: str, done: int, total: int, started: float) -> None:
    if done and done % max(1, total // 10) == 0:
        print(f"   … {label}: {done:,}/{total:,} in {time.perf_counter() - started:.0f} s", file=sys.stderr, flush=True)


def ingest(mentions: list[Mention], brute: set[int]) -> dict:
    """Feed the mentions in order, as Database.ingest does."""
    index = QuoteIndex()
    claim_text: dict[int, str] = {}
    creator: dict[int, int] = {}  # claim -> base of the mention that started it
    started_with: dict[int, str] = {}  # claim -> text of the mention that started it
    claim_of, suggested, joined_text = [], [], {}
    last_seconds, total_seconds, candidates = 0.0, 0.0, []
    brute_rows = []
    first_last = len(mentions) - LAST
    began = time.perf_counter()
    for i, mention in enumerate(mentions):
        _progress("ingest", i, len(mentions), began)
        if i >= first_last:
            candidates.append(len(index.candidates(normalize_for_match(mention.text))))
        if i in brute:
            started = time.perf_counter()
            full = AllClaims(index).decide(mention.text)
            brute_seconds = time.perf_counter() - started
        started = time.perf_counter()
        decision = index.decide(mention.text)
        decided = time.perf_counter()
        if decision.joined:
            claim_id = decision.joined.claim_id
            joined_text[i] = claim_text[claim_id]
            if fuller_wording(claim_text[claim_id], mention.text):
                claim_text[claim_id] = mention.text
                index.add(claim_id, mention.text)
        else:
            claim_id = len(claim_text) + 1
            claim_text[claim_id] = mention.text
            creator[claim_id] = mention.base
            started_with[claim_id] = mention.text
            index.add(claim_id, mention.text)
        seconds = time.perf_counter() - started
        total_seconds += seconds
        if i >= first_last:
            last_seconds += seconds
        if i in brute:
            brute_rows.append((i, decision, full, decided - started, brute_seconds, len(index.texts)))
        claim_of.append(claim_id)
        suggested.append(decision.suggested.claim_id if decision.suggested else None)
    return {"claim_of": claim_of, "suggested": suggested, "claim_text": claim_text, "creator": creator,
            "started_with": started_with, "joined_text": joined_text, "last": last_seconds, "total": total_seconds, "candidates": candidates,
            "brute": brute_rows}


def same_clusters(a: list[int], b: list[int]) -> bool:
    """Do two labellings of the same mentions group them alike (whatever the claim ids)?"""
    return len(set(a)) == len(set(b)) == len(set(zip(a, b)))


def database_run(mentions: list[Mention]) -> dict:
    """The same stream through the real repository, as `factcheck ingest` and `factcheck match`
    run it: Database.ingest of articles of QUOTES_PER_ARTICLE quotes into a database file, then
    opening the file, Database.rematch, and saving (the whole `factcheck match` command)."""
    at = "2026-01-01T00:00:00+00:00"
    last_seconds, first_last = 0.0, len(mentions) - LAST
    with tempfile.TemporaryDirectory() as folder:
        path = str(Path(folder) / "factcheck.json")
        started = time.perf_counter()
        with open_database(path, write=True) as db:
            for first in range(0, len(mentions), QUOTES_PER_ARTICLE):
                _progress("database ingest", first, len(mentions), started)
                batch = mentions[first:first + QUOTES_PER_ARTICLE]
                body = f"article {first}"
                quotes = [Quote(m.text, 0, len(body), context=m.text) for m in batch]
                began = time.perf_counter()
                db.ingest(Extraction(Article(f"a{first}.txt", body), quotes, []), at)
                if first + len(batch) > first_last:
                    last_seconds += (time.perf_counter() - began) * (first + len(batch) - max(first, first_last)) / len(batch)
            saving = time.perf_counter()
        ingest_seconds, save_seconds = saving - started, time.perf_counter() - saving
        size_mb = Path(path).stat().st_size / 1e6
        with open_database(path) as db:
            ingested = [m["claim_id"] for m in sorted(db.raw()["mentions"].values(), key=lambda m: m["id"])]
        started = time.perf_counter()
        with open_database(path, write=True) as db:
            changes = db.rematch(at)
        rematch_seconds = time.perf_counter() - started
        workers = min(available_cores(), max(1, len(mentions) // PARALLEL_FROM))
        with open_database(path) as db:
            rematched = [m["claim_id"] for m in sorted(db.raw()["mentions"].values(), key=lambda m: m["id"])]
    return {"ingest": ingest_seconds, "save": save_seconds, "last": last_seconds, "rematch": rematch_seconds,
            "claim_of": ingested, "rematched": rematched, "moved": sum("to" in c for c in changes),
            "suggested": sum("suggested" in c for c in changes), "mb": size_mb, "workers": workers}


class UnionFind:
    def __init__(self):
        self.parent: dict[int, int] = {}

    def find(self, x: int) -> int:
        self.parent.setdefault(x, x)
        while self.parent[x] != x:
            self.parent[x] = self.parent[self.parent[x]]
            x = self.parent[x]
        return x

    def union(self, a: int, b: int) -> None:
        self.parent[self.find(a)] = self.find(b)


_RAW_NUMBER = re.compile(r"\d+(?:,\d{3})*(?:\.\d+)?")
_SCALE = re.compile(r"\b(?:thousand|million|billion|trillion)\b", re.IGNORECASE)
_NEGATION_WORD = re.compile(r"\b(?:not|never|no|nobody|nothing|none|cannot|without|\w+n['’]t)\b", re.IGNORECASE)


def difference(a: str, b: str) -> str:
    """How two texts of one family differ, read from the texts themselves."""
    numbers = [[x.replace(",", "") for x in _RAW_NUMBER.findall(t)] for t in (a, b)]
    if numbers[0] != numbers[1]:
        if sorted(numbers[0]) == sorted(numbers[1]):
            return "numbers trade places"
        if any("." in x for x in numbers[0] + numbers[1]):
            return "decimal differs (3.5/5.3)"
        return "number differs (7,400/4,700)"
    if [w.lower() for w in _SCALE.findall(a)] != [w.lower() for w in _SCALE.findall(b)]:
        return "million/billion"
    negations = [[w.lower().replace("’", "'") for w in _NEGATION_WORD.findall(t)] for t in (a, b)]
    if Counter(negations[0]) != Counter(negations[1]):
        if any(w.endswith("n't") for w in negations[0] + negations[1]):
            return "negation contracted (n't)"
        return "negation added/removed"
    words = [t.lower().replace("’", "'").split() for t in (a, b)]
    placed = [{(w[i - 1] if i else "", x) for i, x in enumerate(w) if _NEGATION_WORD.fullmatch(x.strip(".,;:"))}
              for w in words]
    if placed[0] != placed[1]:
        return "negation moved"
    return "no number or negation differs"


def _show(text: str) -> str:
    return repr(text.replace("\u00a0", "␣"))


def measure(size: int, corpus: tuple, brute_size: int, verbose: bool, results) -> None:
    rss_start = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    rows, families = corpus
    mentions = [Mention(text, base, kind) for text, base, kind in rows[:size]]
    family = {b: f for b, (f, _) in families.items()}
    base_of = [m.base for m in mentions]
    kinds = Counter(m.kind for m in mentions)
    repeats = sum(n for k, n in kinds.items() if k in VARIANTS)
    brute = set(range(0, size, max(1, size // brute_size))) if brute_size else set()
    run = ingest(mentions, brute)
    claim_of, creator, suggested = run["claim_of"], run["creator"], run["suggested"]

    print(f"\n== {size:,} mentions: {len(set(base_of)):,} bases, {repeats / size:.0%} repeats of an earlier base, "
          f"{sum(n for k, n in kinds.items() if k not in VARIANTS and k != 'new') / size:.1%} hard negatives, "
          f"{len(run['claim_text']):,} claims made")
    words = [len(m.text.split()) for m in mentions if m.kind == "new"]
    print(f"   base quotes {min(words)}-{max(words)} words (mean {sum(words) / len(words):.1f}); mentions by kind: "
          + ", ".join(f"{k} {kinds[k]:,}" for k in [*VARIANTS, "new", *NEGATIVE_VARIANTS, "short"] if kinds[k]))

    precision, recall, linked, same = pair_scores(claim_of, base_of)
    print(f"   confirmed links: precision {precision:.4f}, recall {recall:.4f} "
          f"({linked:,} linked pairs, {same:,} truly-same pairs)")
    uf = UnionFind()
    accepted = rejected = 0
    for i, claim_id in enumerate(suggested):
        if claim_id is not None:
            if creator[claim_id] == base_of[i]:
                uf.union(claim_of[i], claim_id)
                accepted += 1
            else:
                rejected += 1
    s_precision, s_recall, _, _ = pair_scores([uf.find(c) for c in claim_of], base_of)
    print(f"   with accepted suggestions: precision {s_precision:.4f}, recall {s_recall:.4f} "
          f"({accepted:,} suggestions accepted, {rejected:,} rejected)")

    # Per mention: did it join a claim of its own base, get a right suggestion, or stand alone?
    table: dict[str, Counter] = defaultdict(Counter)
    forbidden: dict[str, list[int]] = defaultdict(list)  # number/negation links, by how the texts differ
    forbidden_suggested: dict[str, list[int]] = defaultdict(list)
    examples: dict[str, list[tuple[int, int]]] = defaultdict(list)
    first_claim: dict[int, int] = {}  # base -> the claim its first mention went to
    first_member: dict[int, int] = {}  # claim -> its first mention
    for i, claim_id in enumerate(claim_of):
        first_claim.setdefault(base_of[i], claim_id)
        first_member.setdefault(claim_id, i)

    for i, mention in enumerate(mentions):
        own, claim_id = mention.base, claim_of[i]
        row = table[mention.kind]
        row["mentions"] += 1
        if first_member[claim_id] != i:  # joined an existing claim
            started_by = creator[claim_id]
            if started_by == own:
                row["joined right"] += 1
            else:
                row["joined wrong"] += 1
                joined = normalize_for_match(run["joined_text"][i])
                if family[started_by] == family[own] and mention.kind in ("fragment", "split", "ellipsis") and all(
                        normalize_for_match(part) in joined for part in ELLIPSIS.split(mention.text)):
                    row["ambiguous"] += 1  # the part quoted is the same in both: nothing tells them apart
                elif family[started_by] == family[own]:
                    forbidden[difference(mention.text, run["started_with"][claim_id])].append(i)
                else:
                    examples["false link " + mention.kind].append((i, claim_id))
            continue
        s = suggested[i]
        if s is not None and creator[s] == own:
            row["suggested right"] += 1
        elif mention.kind in VARIANTS:
            row["missed"] += 1
            examples["missed " + mention.kind].append((i, first_claim[own]))
        else:
            row["apart (right)"] += 1
        if s is not None and creator[s] != own and family[creator[s]] == family[own]:
            forbidden_suggested[difference(mention.text, run["started_with"][s])].append(i)
    columns = ["mentions", "joined right", "suggested right", "missed", "apart (right)", "joined wrong"]
    ambiguous = sum(row["ambiguous"] for row in table.values())
    print("   per mention kind:  " + " ".join(f"{c:>15}" for c in columns))
    for kind in [*VARIANTS, "new", *NEGATIVE_VARIANTS, "short"]:
        if kind in table:
            print(f"   {kind:<19}" + " ".join(f"{table[kind][c]:>15,}" for c in columns))
    if ambiguous:
        print(f"   ({ambiguous} of the wrong joins are a fragment or half that reads the same in a base and in a "
              f"negative made from it; they are not counted below)")
    total = sum(len(v) for v in forbidden.values())
    print(f"   links between different numbers or negations (target 0): {total}"
          + (" (" + ", ".join(f"{k} {len(v)}" for k, v in sorted(forbidden.items())) + ")" if total else "")
          + f"; suggestions between them: {sum(len(v) for v in forbidden_suggested.values())}"
          + (" (" + ", ".join(f"{k} {len(v)}" for k, v in sorted(forbidden_suggested.items())) + ")"
             if forbidden_suggested else ""))
    shown = 8 if verbose else 2

    def claim_line(i: int, claim_id: int, label: str) -> str:
        """The claim a mention joined (or should have): how it started, and its text then if
        a longer mention had replaced it."""
        start = run["started_with"][claim_id]
        then = run["joined_text"].get(i) if label != "missed" else run["claim_text"][claim_id]
        line = f"        {'its base is in' if label == 'missed' else 'joined'} claim {claim_id}, started by {_show(start)}"
        return line + (f"\n          text by then {_show(then)}" if then and then != start else "")

    for label, items in sorted(forbidden.items()):
        for i in items[:shown]:
            print(f"     {label}: {_show(mentions[i].text)}\n{claim_line(i, claim_of[i], 'joined')}")
    for label, items in sorted(examples.items()):
        for i, claim_id in items[:shown]:
            print(f"     {label}: {_show(mentions[i].text)}\n{claim_line(i, claim_id, label.split()[0])}")

    cands = run["candidates"]
    print(f"   ingest: {run['total']:.1f} s in all; last {LAST:,} mentions {run['last']:.2f} s "
          f"({run['last'] / LAST * 1e3:.2f} ms each; candidates scored per mention: mean "
          f"{sum(cands) / len(cands):.0f}, max {max(cands)}, of {len(run['claim_text']):,} claims)")
    sys.stdout.flush()

    if run["brute"]:
        rows = run["brute"]
        blocked_s, brute_s = sum(r[3] for r in rows), sum(r[4] for r in rows)

        def ids(decision):
            return (decision.joined and decision.joined.claim_id, decision.suggested and decision.suggested.claim_id)

        def right(decision, i, with_suggestions=False):
            found = decision.joined or (decision.suggested if with_suggestions else None)
            return found is not None and creator.get(found.claim_id) == base_of[i]

        reps = [r for r in rows if mentions[r[0]].kind in VARIANTS]
        print(f"   brute force on {len(rows):,} mentions (every {size // len(rows)}th, against "
              f"{sum(r[5] for r in rows) / len(rows):,.0f} claims on average): blocked {blocked_s:.2f} s, "
              f"brute force {brute_s:.1f} s, speed-up {brute_s / blocked_s:.0f}x; "
              f"same decision {sum(ids(r[1]) == ids(r[2]) for r in rows)}/{len(rows)}")
        for label, flag in (("confirmed", False), ("with suggestions", True)):
            print(f"     recall of the {len(reps)} sampled repeats, {label}: blocked "
                  f"{sum(right(r[1], r[0], flag) for r in reps) / len(reps):.4f}, brute force "
                  f"{sum(right(r[2], r[0], flag) for r in reps) / len(reps):.4f}")
        for r in [r for r in rows if ids(r[1]) != ids(r[2])][:shown]:
            print(f"     differs: {_show(mentions[r[0]].text)}: blocked {r[1].joined or r[1].suggested}, "
                  f"brute force {r[2].joined or r[2].suggested}")
        sys.stdout.flush()

    real = database_run(mentions)
    r_precision, r_recall, _, _ = pair_scores(real["rematched"], base_of)
    print(f"   real database ({real['mb']:.0f} MB file): ingest {real['ingest']:.1f} s in all, last {LAST:,} mentions "
          f"{real['last']:.2f} s, saving {real['save']:.1f} s; same claims as the run above: "
          f"{same_clusters(real['claim_of'], claim_of)}")
    print(f"   full re-match (`factcheck match`: open, Database.rematch on {real['workers']} core(s), save): "
          f"{real['rematch']:.1f} s ({real['moved']:,} mentions moved, {real['suggested']:,} suggestions); "
          f"after it precision {r_precision:.4f}, recall {r_recall:.4f}")

    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    workers = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    print(f"   peak memory (ru_maxrss of this size's process): {rss / 1024:.0f} MB "
          f"({rss_start / 1024:.0f} MB when it started, the corpus of the largest size already loaded); "
          f"largest re-match worker {workers / 1024:.0f} MB")
    sys.stdout.flush()
    results.send({"size": size, "last": run["last"], "db_last": real["last"], "rematch": real["rematch"]})


# ---------------------------------------------------------------------------------------------
# The hand-annotated sample repeats


def sample_repeats(label: str, folder: Path, annotations_file: Path, verbose: bool, flags: bool = False) -> None:
    """Ingest the articles of `folder` with the real pipeline and score the stored mentions' claims
    against the "repeats" groups of `annotations_file`; with `flags`, also say whether each
    annotated conflict pair and misattribution is flagged on the claims."""
    import json

    from factcheck.articles import article_files, read_article
    from factcheck.db import open_database
    from factcheck.extract import extract

    annotations = json.loads(annotations_file.read_text(encoding="utf-8"))
    groups = annotations["repeats"]
    with tempfile.TemporaryDirectory() as tmp, open_database(str(Path(tmp) / "desk.json"), write=True) as db:
        for path in article_files([str(folder)]):
            if Path(path).resolve() == annotations_file.resolve() or Path(path).name == "README.md":
                continue  # the set's annotations and its description are not articles
            db.ingest(extract(read_article(path)), "2025-01-01T00:00:00+00:00")
        where: dict[tuple[str, str], set[int]] = defaultdict(set)
        claims_by_id = {}
        for claim in db.claims():
            claims_by_id[claim["id"]] = claim
            for m in claim["mentions"]:
                where[(Path(m["path"]).name, m["text"])].add(claim["id"])
    print(f"\n== {label}: {len(groups)} annotated repeat groups, "
          f"{sum(len(g['mentions']) for g in groups)} mentions")
    for kind in ("quote", "statistic", None):
        items = [(g_index, m) for g_index, g in enumerate(groups) if kind in (None, g["kind"])
                 for m in g["mentions"]]
        claims = [where.get((m["file"], m["text"]), set()) for _, m in items]
        linked = same = both = 0
        false_links, misses = [], []
        for a in range(len(items)):
            for b in range(a + 1, len(items)):
                is_linked = bool(claims[a] & claims[b])
                is_same = items[a][0] == items[b][0]
                linked += is_linked
                same += is_same
                both += is_linked and is_same
                if is_linked and not is_same:
                    false_links.append((items[a][1], items[b][1]))
                if is_same and not is_linked:
                    misses.append((items[a][1], items[b][1]))
        missing = [m for (_, m), c in zip(items, claims) if not c]
        kind_label = kind + "s" if kind else "all"
        print(f"   {kind_label:<10} {len(items):>3} mentions, {same:>3} same-group pairs: precision "
              f"{both / linked if linked else 1:.3f}, recall {both / same if same else 1:.3f}"
              + (f"; {len(missing)} annotated mentions not stored" if missing else ""))
        if kind is None:
            for a, b in false_links[:10]:
                print(f"     false link: {a['file']} {a['text']!r} ~ {b['file']} {b['text']!r}")
            for a, b in misses[: 20 if verbose else 6]:
                print(f"     not linked: {a['file']} {a['text']!r} ~ {b['file']} {b['text']!r}")
            for m in missing:
                print(f"     not stored: {m['file']} {m['text']!r}")
    if not flags:
        return

    def claim_ids(m: dict) -> set[int]:
        return where.get((m["file"], m["text"]), set())

    # Conflicts: every annotated pair of mentions with different values should sit in two claims
    # that list each other under "conflicts".
    pairs = flagged = 0
    annotated_claim_pairs = set()
    unflagged = []
    for conflict in annotations.get("conflicts", []):
        for a, b in combinations(conflict["mentions"], 2):
            if a["value"] == b["value"]:
                continue
            pairs += 1
            links = {frozenset((x, y)) for x in claim_ids(a) for y in claim_ids(b) if x != y}
            annotated_claim_pairs |= links
            if any(y in claims_by_id[x]["conflicts"] for x, y in map(tuple, links)):
                flagged += 1
            else:
                unflagged.append((conflict["counted"], a, b))
    raised = {frozenset((c["id"], other)) for c in claims_by_id.values() for other in c.get("conflicts") or []}
    extra = raised - annotated_claim_pairs
    print(f"   conflicts: {flagged}/{pairs} annotated pairs flagged; {len(raised)} conflict pairs raised in all, "
          f"{len(extra)} of them not annotated")
    for counted, a, b in unflagged[: 20 if verbose else 8]:
        print(f"     not flagged ({counted}): {a['file']} {a['text']!r} ~ {b['file']} {b['text']!r}")
    for x, y in sorted(tuple(sorted(p)) for p in extra)[: 20 if verbose else 8]:
        print(f"     flagged, not annotated: {claims_by_id[x]['text']!r} ~ {claims_by_id[y]['text']!r}")

    # Misattributions: the claim holding the wrongly attributed mention should be "misattributed".
    total = found = 0
    annotated_claims = set()
    lines = []
    for entry in annotations.get("misattributions", []):
        for m in entry["mentions"]:
            total += 1
            ids = claim_ids(m)
            annotated_claims |= ids
            hit = any(claims_by_id[i]["misattributed"] for i in ids)
            found += hit
            speakers = sorted({s for i in ids for s in claims_by_id[i].get("speakers") or []})
            lines.append(f"     {'flagged' if hit else 'NOT flagged'}: {m['file']} {m['text']!r} given to {m['speaker']}, "
                         f"said by {entry['true_speaker']}" + (f" (claim speakers {speakers})" if ids else " (not stored)"))
    extra_mis = [c for i, c in claims_by_id.items() if c["misattributed"] and i not in annotated_claims]
    print(f"   misattributions: {found}/{total} annotated flagged; {len(extra_mis)} other claims flagged misattributed")
    if lines:
        print("\n".join(lines))
    for c in extra_mis[: 20 if verbose else 8]:
        print(f"     flagged, not annotated: {c['text']!r} (speakers {c.get('speakers')})")


def main() -> None:
    args = sys.argv[1:]
    verbose = "-v" in args
    brute_size = BRUTE_SAMPLE
    if "--brute" in args:
        brute_size = int(args[args.index("--brute") + 1])
        del args[args.index("--brute"):args.index("--brute") + 2]
    sizes = [int(a.replace(",", "").replace("_", "")) for a in args if a[0].isdigit()] or SIZES
    print(f"QuoteIndex defaults: match threshold {MATCH_THRESHOLD:g}, suggest threshold {SUGGEST_THRESHOLD:g}; "
          f"corpus seed {SEED}")
    context = multiprocessing.get_context("fork")
    receive, send = context.Pipe(duplex=False)
    maker = context.Process(target=generate, args=(max(sizes), send))
    maker.start()
    corpus = receive.recv()
    maker.join()
    results = []
    for n, size in enumerate(sizes):
        receive, send = context.Pipe(duplex=False)
        process = context.Process(target=measure, args=(size, corpus, brute_size if n == 0 else 0, verbose, send))
        process.start()
        results.append(receive.recv())
        process.join()
    if len(results) > 1:
        small, large = results[0], results[-1]
        print(f"\nlast {LAST:,} mentions, {large['size']:,} / {small['size']:,}: matcher "
              f"{large['last'] / small['last']:.2f}x, real database {large['db_last'] / small['db_last']:.2f}x "
              f"(target <= 3x); `factcheck match` of {large['size']:,}: {large['rematch']:.1f} s (target < 60 s)")
    sample_repeats("sample articles", ROOT / "sample_articles", ROOT / "tests" / "data" / "sample_annotations.json",
                   verbose)
    repeats = ROOT / "benchmarks" / "data" / "repeats"
    sample_repeats("repeat clusters", repeats, repeats / "annotations.json", verbose, flags=True)


if __name__ == "__main__":
    main()
