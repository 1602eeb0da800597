"""Who is speaking: reduce a phrase like "Port Commissioner Elena Marsh" to a person, and
resolve surnames, pronouns and role phrases against the people an article has named."""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import lru_cache

from factcheck.lexicon import (
    ABBREVIATIONS,
    COMPOUND_ORGANISATION_HEADS,
    DEFINITE_ARTICLES,
    FOREIGN_MONTHS,
    GENDERED_TITLES,
    GENERIC_ORGANISATION_NOUNS,
    GIVEN_NAMES,
    GROUP_NOUNS,
    INDEFINITE_ARTICLES,
    MONTHS,
    OPENING_PARTICIPLES,
    ORGANISATION_KINDS,
    ORGANISATION_WORDS,
    PLACE_WORDS,
    POST_NOMINALS,
    PRONOUNS,
    ROLE_NOUNS,
    SPEECH_DOCUMENTS,
    TITLE_ABBREVIATIONS,
    NOT_NAME_WORDS,
    TITLES,
    VERB_PARTICLES,
    WEEKDAYS,
)
from factcheck.textnorm import name_key

_TITLE_SET = set(TITLES)
_ORG_SET = set(ORGANISATION_WORDS)
_ROLE_SET = set(ROLE_NOUNS) | set(GROUP_NOUNS)
_GROUP_SET = set(GROUP_NOUNS)
_PLACE_SET = set(PLACE_WORDS)
_VERB_PARTICLES = set(VERB_PARTICLES)
_NOT_NAME = set(MONTHS) | set(WEEKDAYS) | set(NOT_NAME_WORDS) | {m for ms in FOREIGN_MONTHS.values() for m in ms} | {
    "the", "a", "an", "in", "on", "at", "but", "and", "or", "it", "this", "that", "these",
    "those", "we", "i", "you", "our", "my", "his", "her", "their", "its", "if", "when",
    "while", "after", "before", "as", "for", "with", "by", "from", "to", "of", "there",
    "here", "then", "so", "yet", "still", "also", "now", "last", "next", "some", "many",
    "most", "all", "both", "each", "every", "one", "no", "not", "however", "meanwhile",
    "yes", "asked", "during", "since", "until", "although", "though", "because", "like",
    "he", "she", "they", "us", "him", "them", "er", "sie", "es", "il", "elle", "ils",
    "later", "earlier", "instead", "today", "yesterday", "tomorrow", "tonight", "among",
    "speaking", "separately", "across", "outside", "inside", "under", "over", "nearby",
    "according", "told", "selon", "pour", "mais", "et", "le", "la", "les", "un", "une",
    "des", "du", "de", "der", "die", "das", "dem", "den", "ein", "eine", "und", "aber", "für",
    "laut", "auch", "doch", "frage", "question", "q", "video", "l’affaire", "l'affaire",
    "am", "im", "vom", "zum", "zur", "beim", "auf", "aus", "bei", "mit", "nach", "von", "vor", "über",
    "unter", "au", "aux", "à", "chez", "sur", "sous", "par", "avec", "en", "dans", "late", "early",
    "wenn", "weil", "obwohl", "nachdem", "dass", "ob", "quand", "lorsque", "puisque",
}
PARTICLES = {"de", "da", "di", "del", "della", "van", "von", "der", "den", "la", "le", "du",
             "dos", "das", "al", "el", "bin", "ibn", "ter", "ten", "y"}

# A capitalised word: letters with inner apostrophes or hyphens, initials ("J.D."), or a short word
# with a full stop ("Sen.", "Gov."; index_people splits a phrase after "Kent." that ends a sentence).
_CAP = r"[A-ZÀ-ÖØ-Þ](?:(?:\.[A-Z])+\.|[\w'’-]{0,3}\.|[\w'’-]*)"
# Harriet “Hattie” Lindqvist, Comfort "Mama Tomato" Ayinde, Gaétan « Ti-Gus » Poirier-Lavoie
_NICKNAME = r"(?:[“\"‘'][A-Z][\w'’-]*(?:[ \t][A-Z][\w'’-]*){0,2}[”\"’']|«[ \t\u00a0]?[A-Z][\w'’-]*(?:[ \t][A-Z][\w'’-]*){0,2}[ \t\u00a0]?»)[ \t]+"
# Lower-case words that may join the capitalised words of one name ("Department of Corrections",
# "Amt für Jagd und Fischerei"); person_name() splits persons off again ("Mayor Wu of Boston").
CONNECTORS = PARTICLES | {"of", "for", "für", "des", "und", "and", "et", "&"}
_NICKNAME_AT = re.compile(_NICKNAME)


def without_nicknames(phrase: str) -> str:
    """'Comfort "Mama Tomato" Ayinde' -> 'Comfort Ayinde' (a look for the marks first: most phrases have none)."""
    if "“" in phrase or '"' in phrase or "‘" in phrase or "«" in phrase or " '" in phrase:
        return _NICKNAME_AT.sub("", phrase)
    return phrase


NAME_PHRASE = re.compile(  # (an elided article may follow a connector: "Laiteries de l'Orse")
    rf"{_CAP}(?:[ \t]+(?:(?:(?:{'|'.join(CONNECTORS)})[ \t]+){{1,2}}(?:l['’])?|{_NICKNAME})?{_CAP}){{0,6}}")
_NAME_PARTICLES = {"von", "van", "vom", "zu", "zum", "zur", "de", "du", "di", "da"}  # before "der" in a name
_SUFFIXES = {letters.lower() for letters in POST_NOMINALS}
_OPENING_PARTICIPLES = set(OPENING_PARTICIPLES)
_CLASS_YEAR = re.compile(r"['’]\d\d")  # "Jordan Pike ’26": a student paper's class year
_COMPOUND_ORGANISATION_HEADS = set(COMPOUND_ORGANISATION_HEADS)
_COMPOUND_ORGANISATION = re.compile(rf"\w{{3}}(?:{'|'.join(COMPOUND_ORGANISATION_HEADS)})\b", re.IGNORECASE)


@dataclass
class Speaker:
    """A resolved speaker: ``name`` is what reports show; ``is_person`` is False for an
    organisation or an unnamed role ("DHS spokesperson")."""

    name: str
    as_written: str
    is_person: bool = True
    confidence: float = 0.9


def clean_token(token: str) -> str:
    return token.strip(".,;:'’").lower()


def is_organisation(tokens: list[str]) -> bool:
    """'ICE', 'Harlow Police', 'Harborside Workers Alliance' name organisations, not people;
    'Senate Finance Committee Chair Harriet Lindqvist' names a person (the last word decides)."""
    if len(tokens) == 1 and tokens[0].isupper() and len(tokens[0].strip(".")) >= 2 or "&" in tokens:
        return True  # "ICE", "Darnell & Reece"
    # German names an organisation by its kind, then its place ("Handelskammer Oberwendel", "Polizei
    # Kiel"), or by a compound ending in its kind ("Verkehrsministerium"; but "Kammer" alone may be a surname)
    return clean_token(tokens[-1]) in _ORG_SET or clean_token(tokens[0]) in _COMPOUND_ORGANISATION_HEADS \
        or bool(_COMPOUND_ORGANISATION.search(" ".join(tokens)))


_LONG_TITLES = tuple(t for t in _TITLE_SET if len(t) >= 6)


def _is_title(word: str) -> bool:
    """A title, also as the end of a German compound or after a hyphen: 'Bundeskanzler',
    'Finanzminister', 'CDU-Chef', 'Grünen-Fraktionschefin'."""
    if word in _TITLE_SET or word.rsplit("-", 1)[-1] in _TITLE_SET:
        return True
    return len(word) >= 9 and word.endswith(_LONG_TITLES)


_ACRONYM_COMPOUND = re.compile(r"[A-ZÄÖÜ]{2,}-\w+")


def _reads_as_role(token: str, words: int) -> bool:
    """A word before a name (of ``words`` words in all) that no first name looks like: a long
    compound noun ('Personalvorständin'; before a name of three words already, 'Bergführer')
    or an acronym's ('SPD-Kreisrätin', 'GLZ-Chef'). Hyphenated first names ('Jean-Christophe')
    are not long words."""
    word = token.strip(".,")
    return len(word) >= (9 if words > 3 else 12) and "-" not in word or bool(_ACRONYM_COMPOUND.fullmatch(word))


def _before_given_name(tokens: list[str]) -> bool:
    """Whether the first word is a calling put before a full name ('Schäfer Bernd Kolbeck',
    'Winzer Karl Huber'): the next word is a first name and it is none ('Mary Ann Smith' is one)."""
    return clean_token(tokens[1]) in _GIVEN_NAME_GENDERS and clean_token(tokens[0]) not in _GIVEN_NAME_GENDERS


def strip_titles(tokens: list[str]) -> list[str]:
    """Drop everything up to the last title word: 'Homeland Security Secretary Kristi Noem' ->
    ['Kristi', 'Noem']; keep a title that is the only word left."""
    last_title, in_name = -1, False
    for i, token in enumerate(tokens[:-1]):
        # particles after a first name are part of the name: "Ursula von der Leyen"
        in_name = token in PARTICLES and i > 0 and (tokens[i - 1][:1].isupper() or in_name)
        if _is_title(clean_token(token)) or clean_token(token) in _ORG_SET or token[:1].islower() and not in_name \
                or "-of-" in token:  # "Dad-of-three Shane Tuckett", "mum-of-two"
            last_title = i
    rest = tokens[last_title + 1:]
    if len(rest) == 1 and last_title >= 0 and clean_token(tokens[last_title]) in _GIVEN_NAME_GENDERS \
            and tokens[last_title][:1].isupper():
        rest = tokens[last_title:]  # "operator Dean Whitlow": a title that is also a first name, before a surname
    while rest and (clean_token(rest[-1]) in _SUFFIXES or rest[-1][:1] in "'’" and _CLASS_YEAR.fullmatch(rest[-1])):
        rest = rest[:-1]
    while len(rest) > 2 and (_reads_as_role(rest[0], len(rest)) or _before_given_name(rest)):
        rest = rest[1:]  # "Personalvorständin Sabine Kröger", "SPD-Kreisrätin Monika Hausmann", "Schäfer Bernd …"
    if sum(t[:1].isupper() for t in rest) > 3:  # "Incident Commander Dale Brunner": rarely more than three words
        rest = rest[-2:]
    return rest or tokens


# "PINE HOLLOW — ", "WASHINGTON (AP) — ", "SPRINGFIELD, Ill. — ", "LONDON (Reuters) - ", "HARLOW
# TOWNSHIP (WKTB) -- ", and a German agency's "Hallbrück (dnm) - "
DATELINE_PREFIX = re.compile(
    r"^\s*(?:[A-Z][A-Z.'’ -]{2,40}(?:,[ \t]+[A-Z][\w.]{1,12}(?:[ \t](?:[A-Z][\w.]{1,12}|\d{1,2}))?)?"  # "LONDON, Feb 11"
    r"(?:[ \t]*\([^()\n]{1,30}\))?|[A-ZÄÖÜ][\w-]+(?:[ \t][A-ZÄÖÜ][\w-]+)?[ \t]*\([a-z]{2,8}\))"
    r"\s+(?:--|[—–-])\s+")
_ORG_OF = re.compile(r"\s(?:of|für|für die|de|de la|du|des|der)\s")


# Words that end the name in a phrase: "Mayor Wu of Boston", "Nina Gartmann vom AJF".
_HEAD_END = re.compile(r",| who ")
_WORD = re.compile(r"\S+")
# One capitalised word joined to the next by "and" is part of a name, not a person of its own.
_COMPOUND_AND = re.compile(r"\s*(?:[Tt]he\s)?[A-Z][\w'’-]*\s(?:and|&|und|et)\s(?=[A-Z])")
_AND_JOINING = re.compile(r"\s(?:and|&|und|et)\s(?=[A-Z])")
_REFLEXIVES = {"itself", "himself", "herself", "themselves", "selbst", "lui-même", "elle-même"}
# The office a title is of, then the name: " of Homeland Security Kristi Noem", " of engineering Tomasz …".
_OFFICE_THEN_NAME = re.compile(r"\s+of\s+(?:[\w'’-]+\s+){1,4}?([A-Z][\w'’-]*\s+[A-Z][\w'’-]*)$")
_POSSESSIVE_END = re.compile(r"['’]s$|(?<=s)['’]$")  # "Kessington's", "Airlines'"
_AFTER_NAME = re.compile(r",| of | from | at | for | in | on | who | and | vom | beim | bei | aus | im | am | chez | au | aux ")


@lru_cache(maxsize=8192)
def person_name(phrase: str) -> tuple[str | None, bool]:
    """The name in a capitalised phrase and whether it names a person.

    'Sen. Jane Doe, D-Ill.' -> ('Jane Doe', True); 'Mayor Michelle Wu of Boston' ->
    ('Michelle Wu', True); 'ICE' -> ('ICE', False); 'The' -> (None, False).
    """
    phrase = DATELINE_PREFIX.sub("", phrase)
    head = _HEAD_END.split(phrase, maxsplit=1)[0]
    words = head.split()
    while words and (clean_token(words[0]) in _NOT_NAME or words[0][:1].islower()):
        words = words[1:]  # (also "state" in "the state Department of Environment")
    head = " ".join(words)
    of = _ORG_OF.search(head)
    if of and clean_token(head[:of.start()].split()[-1]) in _ORG_SET and not any(
            _is_title(clean_token(w)) for w in words[1:]):  # not "Commission President Ursula von der Leyen"
        # "Department of Corrections", "Montana Department of Transportation", "Amt für Jagd und
        # Fischerei": the whole is the name
        return _POSSESSIVE_END.sub("", head.strip().rstrip(".,")), False  # (not "University of Kessington's")
    joined = _joined_name(phrase)
    head = joined or _AFTER_NAME.split(phrase, maxsplit=1)[0]
    office = None if joined or head == phrase else _OFFICE_THEN_NAME.match(phrase, len(head))
    if office and all(_is_title(clean_token(word)) for word in head.split()):
        return office.group(1), True  # "Minister of Tourism Desmond Charles", "Dean of Students Patricia Wendt"
    phrase = head
    tokens = without_nicknames(phrase).split()
    while tokens and clean_token(tokens[0]) in _NOT_NAME:
        tokens = tokens[1:]
    while len(tokens) > 1 and tokens[0][:1].islower() and any(t[:1].isupper() for t in tokens[1:]):
        tokens = tokens[1:]  # "maire Jean Dupont": a role before the name
    if not tokens or not tokens[0][:1].isupper() or len(tokens) == 1 and tokens[0] in _OPENING_PARTICIPLES:
        return None, False  # (nor "Reacting, the Commissioner said")
    while tokens and clean_token(tokens[0]) in _NOT_NAME:
        tokens = tokens[1:]
    if not tokens:
        return None, False
    while len(tokens) > 1 and tokens[-1] in _REFLEXIVES:
        tokens = tokens[:-1]  # "Greyfield Ventures itself"
    if "s " in phrase:  # (a look first: few phrases hold a possessive)
        for k, token in enumerate(tokens[:-2]):
            if token.endswith(("'s", "’s")) and not is_organisation(tokens[k + 1:]) and all(
                    t[:1].isupper() for t in tokens[k + 1:]):
                tokens = tokens[k + 1:]  # "CPR's Kendra Oyelaran": the station's presenter, by name
                break
    # "Brandstetter's header" is Brandstetter's; "Kessler County Sheriff’s Office" is a name whole
    owned = [k for k, (t, after) in enumerate(zip(tokens, [*tokens[1:], ""])) if t.endswith(("'s", "’s", "s'", "s’"))
             and not after[:1].isupper()]
    tokens = [_POSSESSIVE_END.sub("", t) if k in owned else t for k, t in enumerate(tokens)]
    if owned and owned[0] + 1 < len(tokens) and is_organisation(tokens[:owned[0] + 1]):
        return " ".join(tokens[:owned[0] + 1]), False  # "The National Weather Service’s office": the Service
    while len(tokens) > 1 and tokens[-1] in _VERB_PARTICLES:
        tokens = tokens[:-1]  # "fügte Vogt hinzu": the subject is Vogt
    if any(b in ("der", "des", "das", "den", "dem") and a not in _NAME_PARTICLES and not is_organisation([a])
           for a, b in zip(tokens, tokens[1:])):
        # "Chefarzt der Gynäkologie", "Schwager der Schulleiterin": someone of something (but "von der Leyen")
        return None, False
    if is_organisation(tokens):
        return " ".join(_after_von(_after_kind(tokens))).rstrip(".,"), False
    if tokens[-1][:1].islower():  # "Immigration lawyers" is a group; a longer run is no name
        return (" ".join(tokens).rstrip(".,"), False) if len(tokens) <= 3 else (None, False)
    if clean_token(tokens[-1]) in _PLACE_SET or clean_token(tokens[0]) in _PLACE_SET and len(tokens) <= 2 and not any(
            clean_token(t) in _TITLE_SET for t in tokens):
        # "Pier Street", "Bahnhof Lahnau"; but "Port Commissioner Elena Marsh", "Harbor Line Ferries"
        return None, False
    tokens = strip_titles(tokens)
    if all(clean_token(t) in _TITLE_SET for t in tokens):
        return None, False
    return " ".join(tokens).rstrip(".,"), True


def _after_kind(tokens: list[str]) -> list[str]:
    """An organisation's name after a lower-case word for its kind: 'Tourism group Mātai Inc' is
    Mātai Inc's, 'la coopérative Laiteries de l'Orse' the Laiteries' ('of', 'für' join a name)."""
    for k in range(len(tokens) - 2, -1, -1):
        if tokens[k].isalpha() and tokens[k].islower() and tokens[k] not in CONNECTORS and tokens[k + 1][:1].isupper():
            return tokens[k + 1:]
    return tokens


def _after_von(tokens: list[str]) -> list[str]:
    """An organisation's name after the German preposition before it: 'Mensa von der Frischküche
    Marbachtal GmbH' is the GmbH's."""
    for k in range(len(tokens) - 2, 0, -1):
        if tokens[k] in ("von", "vom"):
            return tokens[k + 2:] if tokens[k + 1] in ("der", "den", "dem") and k + 2 < len(tokens) else tokens[k + 1:]
    return tokens


def _joined_name(phrase: str) -> str | None:
    """A name whose words 'and' joins: an organisation's ('State Forestry and Fire Division',
    'Dunmoor and Fellside Police') or a title's before a name ('Parks and Recreation Director
    Samuel Whitford'); not two people ('Sarah and Tom Miller', 'Calvin Thorne and Mayor Gloria Tan')."""
    joint = _AND_JOINING.search(phrase) if " " in phrase else None
    if not joint:
        return None
    before = _AFTER_NAME.search(phrase)
    if before and before.start() < joint.start():
        return None  # "Mei-Lin Chao of the firm Chao & Dunmore": the name ended before the "&"
    joined = phrase[:joint.end()] + _AFTER_NAME.split(phrase[joint.end():], maxsplit=1)[0]
    words = joined.split()
    if is_organisation(words) or _COMPOUND_AND.match(phrase) and any(_is_title(clean_token(w)) for w in words):
        return joined
    return None


def surname(name: str) -> str:
    return name_key(name).split()[-1] if name.strip() else ""


_PERSONAL_PRONOUNS = {"he", "she", "him", "her", "his", "lui", "ihm"}  # never an organisation, unlike il/elle/er/sie/it/they


def _outside_spans(entries: list, spans: list[tuple[int, int]]) -> list:
    """The (offset, …) entries, in text order, that no span holds."""
    kept, k = [], 0
    for entry in entries:
        while k < len(spans) and spans[k][1] < entry[0]:
            k += 1
        if not (k < len(spans) and spans[k][0] < entry[0] < spans[k][1]):
            kept.append(entry)
    return kept


@dataclass
class PersonIndex:
    """The people one article names, in order, to resolve later references against."""

    people: list[tuple[int, str]] = field(default_factory=list)  # (offset, full name), in order
    roles: dict[str, list[tuple[int, str]]] = field(default_factory=dict)  # role noun -> (offset, name) ties
    subjects: list[tuple[int, str]] = field(default_factory=list)  # sentence subjects and speakers
    organisations: list[tuple[int, str]] = field(default_factory=list)  # (offset, name)
    sentences: list[tuple[int, int]] = field(default_factory=list)
    paragraphs: list[tuple[int, int]] = field(default_factory=list)
    by_surname: dict[str, set[str]] = field(default_factory=dict)  # surname key -> full names
    by_first_name: dict[str, set[str]] = field(default_factory=dict)  # first-name key -> full names
    first_named: dict[str, int] = field(default_factory=dict)  # full name -> offset it first appears at
    genders: dict[str, str] = field(default_factory=dict)  # full name -> "m" or "f", when a title tells
    text: str = ""  # the article, for how it described a role or an organisation
    subject_genders: dict[int, str] = field(default_factory=dict)  # subject offset -> gender its words tell
    undecided: dict[int, str] = field(default_factory=dict)  # subject offset -> a surname two people share there
    _descriptions: dict = field(default_factory=dict, repr=False)  # noun -> where and how the text described it
    _of_kind: dict = field(default_factory=dict, repr=False)  # noun -> the organisations of its kind, in order
    _owners: dict = field(default_factory=dict, repr=False)  # noun -> (where, whose) it was named as someone's
    kinds: dict[str, list[tuple[int, str]]] = field(default_factory=dict)  # "utility" -> organisations it was put beside
    _short_forms: dict = field(default_factory=dict, repr=False)  # "DMC", ("local", "4412") -> (offset, full name)

    def add(self, offset: int, name: str) -> None:
        if len(name.split()) >= 2 and (not self.people or self.people[-1] != (offset, name)):
            bisect.insort(self.people, (offset, name))
            self.by_surname.setdefault(surname(name), set()).add(name)
            self.by_first_name.setdefault(name_key(name).split()[0], set()).add(name)
            self.first_named[name] = min(offset, self.first_named.get(name, offset))

    def _with_surname(self, key: str, offset: int) -> set[str]:
        """The people with surname ``key`` a reader has met by ``offset``: 'Krämer' means the one
        Krämer named so far, even if another Krämer appears later; 'Mr Patel' before 'Priya
        Patel' is named may be someone else."""
        return {n for n in self.by_surname.get(key, ()) if self.first_named[n] <= offset}

    def _of_gender(self, name: str, gender: str, offset: int) -> str | None:
        """The one person met by ``offset`` with the surname of ``name`` known to be of ``gender``."""
        fitting = [n for n in self._with_surname(surname(name), offset) if self.genders.get(n) == gender]
        return fitting[0] if len(fitting) == 1 else None

    def _called(self, key: str, offset: int) -> set[str]:
        """The people a single name could mean by ``offset``: by surname, or by first name as
        features and family stories call people ('Anne' after 'Anne Kessler')."""
        by_first_name = {n for n in self.by_first_name.get(key, ()) if self.first_named[n] <= offset}
        return self._with_surname(key, offset) | by_first_name

    def add_subject(self, offset: int, name: str, is_person: bool = True) -> None:
        """Record who a sentence (or a quote at ``offset``) is about; an empty name records that
        it is about someone we could not name, so no pronoun reaches past it to an older person."""
        bisect.insort(self.subjects, (offset, name, is_person))

    def forget_subjects_within(self, spans: list[tuple[int, int]]) -> None:
        """Drop the sentence subjects, and the people as what a sentence is about, found inside
        ``spans`` (in text order): words someone said are not what the article is about
        ('Hier haben Generationen von Kindern Skifahren gelernt'). Names stay known."""
        self.subjects = _outside_spans(self.subjects, spans)
        self.people = _outside_spans(self.people, spans)

    def forget_subjects_inside(self, start: int, end: int) -> None:
        """Drop the subjects of sentences that begin inside one quote: "We have zero containment.
        Zero,” the chief said" has said "Zero", not named who the next quote is by."""
        del self.subjects[bisect.bisect_left(self.subjects, (start + 1,)):bisect.bisect_left(self.subjects, (end,))]

    def tie_role(self, role: str, offset: int, name: str) -> None:
        ties = self.roles.setdefault(role, [])
        if not ties or ties[-1] != (offset, name):  # ties arrive in text order
            bisect.insort(ties, (offset, name))

    def role_at(self, role: str, offset: int) -> str | None:
        """The person the article last tied to ``role`` ('spokesman Lee Park') before ``offset``,
        or the first tie after it."""
        ties = self.roles.get(role)
        if not ties:
            return None
        i = bisect.bisect_left(ties, (offset, "")) - 1
        return ties[i][1] if i >= 0 else ties[0][1]  # a lede's "the company's chief executive" is named after

    def lede_tie(self, role: str, offset: int) -> str | None:
        """Whom a lede's 'a former crane operator' turns out to be: the first person the article
        ties to the role after it, when the role comes in the first two paragraphs."""
        ties = self.roles.get(role)
        lede_end = self.paragraphs[min(1, len(self.paragraphs) - 1)][1] if self.paragraphs else 0
        if not ties or offset > lede_end:
            return None
        i = bisect.bisect_left(ties, (offset, ""))
        return ties[i][1] if i < len(ties) else None

    def full_name(self, name: str, offset: int) -> str:
        """Resolve a surname ('Marsh'), or a first name, to the one full name the article used
        ('Elena Marsh'). Two different people it could mean leave it as written: never guess."""
        key = name_key(name)
        candidates = self._with_surname(key.split()[-1], offset) if key else set()
        if len(key.split()) >= 2:
            # "Elena Marsh" may have been introduced with a middle name ("Elena R. Marsh")
            matches = {n for n in candidates if name_key(n).endswith(key)}
            return min(matches, key=len) if len(matches) == 1 else name
        candidates = self._called(key, offset) if key else set()
        return next(iter(candidates)) if len(candidates) == 1 else name

    def told_apart(self, name: str, offset: int, titles: list[str]) -> str | None:
        """Of the people a shared surname could mean, the one the words before it pick: 'Mr Price'
        when Tom and Helen Price are named, 'Landrat Hausmann' the Hausmann tied to 'Landrat', or
        the one the paragraph is about at that point."""
        candidates = self._called(name_key(name), offset)
        gender = gender_of(titles)
        fitting = {n for n in candidates if self.genders.get(n) == gender} if gender else set()
        if len(fitting) != 1 and gender:  # or the one not known to be of the other gender ("Mr Sinclair", Morag a she)
            fitting = {n for n in candidates if self.genders.get(n) in (gender, None)}
        if len(fitting) == 1:
            return fitting.pop()
        tied = {self.role_at(role, offset) for role in map(_known_noun, map(clean_token, titles)) if role in self.roles}
        tied &= candidates
        if len(tied) == 1:
            return tied.pop()
        # or the paragraph so far is about one of them and names no other: "Vorstandschef Matthias
        # Kornfeld begründete … „…“, sagte Kornfeld" (not "Anne Kessler and Anne Marsh run it")
        paragraph = bisect.bisect_right(self.paragraphs, (offset, float("inf"))) - 1
        start = self.paragraphs[paragraph][0] if paragraph >= 0 else offset
        latest = self.referent(offset, start, named_in_passing=False)
        named = {n for _, n in self.people[bisect.bisect_left(self.people, (start, "")):
                                           bisect.bisect_left(self.people, (offset, ""))]}
        return latest[0] if latest and latest[0] in candidates and not (named & candidates) - {latest[0]} else None

    def subject_at(self, offset: int) -> tuple[str, bool] | None:
        """(name, is_person) of the named subject of the sentence starting at ``offset``, if any."""
        i = bisect.bisect_left(self.subjects, (offset,))
        if i < len(self.subjects) and self.subjects[i][0] == offset and self.subjects[i][1]:
            return self.subjects[i][1], self.subjects[i][2]
        return None

    def shared_surname(self, name: str, offset: int) -> bool:
        """True when a single name could mean two different people named by ``offset`` (two
        Kesslers; a Morgan Lee and a Dana Morgan)."""
        key = name_key(name)
        return len(key.split()) == 1 and len(self._called(key, offset)) > 1

    def referent(self, offset: int, window_start: int, gender: str | None = None,
                 named_in_passing: bool = True) -> tuple[str, bool] | None:
        """Who the text just before ``offset`` is about, walking back sentence by sentence (not
        before ``window_start``): the first sentence with a subject or speaker gives it, unless
        its gender is known and not ``gender`` ('Her husband, Carlos, …' for 'she'); a sentence
        with none but a person named gives the first person named ('The complaint was filed by
        Donna Fairweather.'), unless ``named_in_passing`` is False. Returns (name, is_person),
        ("", True) for a subject we could not name, or None when nothing is found."""
        i = bisect.bisect_right(self.sentences, (offset, float("inf"))) - 1
        while i >= 0 and self.sentences[i][1] > window_start:
            start, end = self.sentences[i][0], min(self.sentences[i][1], offset)
            j = bisect.bisect_left(self.subjects, (end, "", False)) - 1
            if j >= 0 and self.subjects[j][0] >= start:
                at, name, is_person = self.subjects[j]
                if not name and gender and at in self.undecided:
                    # "Gruber ließ das nicht gelten. … sagte sie": the one Gruber a gendered pronoun fits
                    name = self._of_gender(self.undecided[at], gender, at) or ""
                known = self.genders.get(name) or self.subject_genders.get(at)
                if not (gender and known and known != gender):
                    return name, is_person
                i -= 1
                continue
            if named_in_passing and self.names_someone_in(start, end):
                return self.people[bisect.bisect_left(self.people, (start, ""))][1], True
            i -= 1
        return None

    def next_subject(self, offset: int, end: int) -> str | None:
        """The first person a sentence after ``offset`` (and before ``end``) is about."""
        i = bisect.bisect_right(self.subjects, (offset, "\uffff", True))
        while i < len(self.subjects) and self.subjects[i][0] < end:
            if self.subjects[i][1] and self.subjects[i][2]:
                return self.subjects[i][1]
            i += 1
        return None

    def names_someone_in(self, start: int, end: int) -> bool:
        """Whether the text between the offsets names a person."""
        i = bisect.bisect_left(self.people, (start, ""))
        return i < len(self.people) and self.people[i][0] < end

    def _named_in(self, start: int, end: int) -> list[str]:
        """The full names (or names as written, when none is known) of the people the text
        between the offsets names, by full name or surname, in order."""
        named = []
        for found in NAME_PHRASE.finditer(self.text, start, end):
            name, is_person = person_name(found.group(0))
            if name and is_person:
                named.append(self.full_name(name, found.start()))
        return named

    def last_named(self, start: int, end: int) -> str | None:
        """The last person named in full the text between the offsets names ('… avec M.
        Castagné. Sur Facebook, ce dernier a réagi')."""
        return next((name for name in reversed(self._named_in(start, end)) if len(name.split()) >= 2), None)

    def one_named_in(self, start: int, end: int) -> str | None:
        """The one person named in full the text between the offsets names ('When I reach
        Heidecker by phone'); None for no one or several."""
        named = set(self._named_in(start, end))
        full = named.pop() if len(named) == 1 else ""
        return full if len(full.split()) >= 2 else None

    def latest_subject(self, offset: int, window_start: int, pronoun: str = "he") -> str | None:
        """The one a pronoun at ``offset`` most likely means (see ``referent``). A subject we
        could not name, or an organisation for 'he'/'she', gives None: unresolved is better
        than wrong."""
        return self.antecedent(offset, window_start, PRONOUNS.get(pronoun.lower()), pronoun.lower() in _PERSONAL_PRONOUNS)

    def antecedent(self, offset: int, window_start: int, wanted: str | None, personal: bool) -> str | None:
        """Whom a reference at ``offset`` of gender ``wanted`` (None: either) means; ``personal``
        when it can only be a person ('he', 'the 67-year-old')."""
        found = self.referent(offset, window_start, wanted)
        if not found or not found[0] or (not found[1] and personal and not _unnamed_person(found[0], wanted)):
            return None
        known = self.genders.get(found[0])
        if wanted and known and wanted != known:
            return None  # "she" after "Mr Patel" named in passing: someone else, or a slip; never him
        return found[0]

    def described(self, noun: str, offset: int) -> str | None:
        """How the article last described a role or an organisation noun before ``offset``, in
        full: 'the ministry' after 'the agriculture ministry', 'the official' after 'a senior
        ministry official'."""
        if noun not in self._descriptions:  # the text is read once per noun, not once per question
            ends, fuller = [], []
            for found in _noun_pattern(noun).finditer(self.text):  # the noun first, then the words around it
                description, end = _description_at(self.text, found)
                following = self.text[end:end + 30].split()[:1]
                compound = bool(following) and clean_token(following[0]) in _ROLE_OR_ORG  # 'a senior ministry official'
                if description and description.split()[0] not in _NOT_DESCRIBING and not compound:
                    ends.append(end)
                    fuller.append(description)
            self._descriptions[noun] = (ends, fuller)
        ends, fuller = self._descriptions[noun]
        k = bisect.bisect_right(ends, offset)
        return fuller[k - 1] if k else None

    def owner_of(self, noun: str, offset: int) -> str | None:
        """Which organisation a bare organisation noun belongs to, when the article named it as
        one's before ``offset``: 'the office' after 'The National Weather Service’s office in
        Missoula' (a person's office is not the person)."""
        if noun not in self._owners:  # the text is read once per noun
            owners = []
            for found in _owned_pattern(noun).finditer(self.text):  # the noun first, then whose it is
                run = _NAME_BEFORE.search(self.text, max(0, found.start() - 80), found.start())
                owner = LEADING_ARTICLE.sub("", run.group(1)) if run else ""
                if owner and person_name(owner) == (owner, False):
                    owners.append((found.end(), owner))
            self._owners[noun] = owners
        return _latest_before(self._owners[noun], offset)

    def organisation(self, noun: str, offset: int) -> str | None:
        """'the association', 'la préfecture', 'the hospital': the latest organisation the article
        named with that word or a word for its kind ('Mercy Vale Medical Center'), more than the
        bare word; for a generic word ('the agency'), the latest one whose name does not make it
        another kind of organisation."""
        noun = name_key(noun)
        if noun not in self._of_kind:  # the organisations are sorted out once per noun, not once per question
            kinds = [name_key(kind) for kind in ORGANISATION_KINDS.get(noun, [noun])]
            of_kind, of_no_other_kind = [], []
            for at, name in self.organisations:
                key = name_key(name)
                if key != noun and any(f" {kind} " in f" {key} " or kind in _COMPOUND_ORGANISATION_HEADS
                                       and any(word.endswith(kind) for word in key.split()) for kind in kinds):
                    of_kind.append((at, name))
                if noun in GENERIC_ORGANISATION_NOUNS and clean_token(name.split()[-1]) not in _ORG_SET:
                    of_no_other_kind.append((at, name))
            self._of_kind[noun] = (sorted(of_kind + self.kinds.get(noun, [])), of_no_other_kind)
        of_kind, of_no_other_kind = self._of_kind[noun]
        return _latest_before(of_kind, offset) or _latest_before(of_no_other_kind, offset)

    def full_organisation(self, name: str, offset: int) -> str:
        """An organisation's short form resolved to the one full name the article gave it before
        ``offset``: its initials ('the DMC' after 'Devgarh Municipal Corporation') or the end of
        it ('Local 4412' after 'Civic Workers Local 4412') or its first word ('Keystone' after 'Keystone
        Opinion Research'). Two it could mean leave it as written."""
        if not self._short_forms:  # every short form of every name, once per article
            for at, full in self.organisations:
                words = tuple(name_key(full).split())
                first = [words[:1]] if len(words) > 1 and words[0] not in _ROLE_TITLE_OR_ORG else []  # "Keystone"
                for short in [words[-n:] for n in range(1, len(words))] + first + [_initials(full)]:
                    self._short_forms.setdefault(short, []).append((at, full))
        entries = self._short_forms.get(name if _is_initials(name) else tuple(name_key(name).split()), [])
        fuller = {full for _, full in entries[:bisect.bisect_left(entries, (offset, ""))]}
        return fuller.pop() if len(fuller) == 1 else name


_UNINITIALLED = {"of", "and", "the", "for", "de", "des", "du", "la", "le", "der", "die", "das", "für", "und", "et", "&"}


def _is_initials(name: str) -> bool:
    return name.isupper() and 2 <= len(name) <= 6 and name.isalpha()


def _initials(name: str) -> str:
    """'Devgarh Municipal Corporation' -> 'DMC'; 'Régie des transports de Montreval' -> 'RTM'."""
    return "".join(word[0].upper() for word in name.replace("l’", "").replace("l'", "").split()
                   if word.lower() not in _UNINITIALLED and word[0].isalpha())


def _unnamed_person(phrase: str, gender: str | None) -> bool:
    """Whether a role phrase stands for one person a pronoun of ``gender`` can mean: 'Crossgate
    Borough Council spokeswoman' for 'she' (not for 'he'; never 'residents')."""
    words = [clean_token(word) for word in _OF.split(phrase, maxsplit=1)[0].split()]  # "Sprecher der Nordbahn": a Sprecher
    role = next((word for word in reversed(words) if word in _ROLE_SET), words[-1])  # "conseiller ministériel"
    return role in _ROLE_SET and role not in _GROUP_SET and gender_of([role]) in (gender, None) \
        and not role.endswith(("s", "people"))  # one person, not "officials"


def _latest_before(entries: list[tuple[int, str]], offset: int) -> str | None:
    """The name of the last (offset, name) entry, in text order, before ``offset``."""
    k = bisect.bisect_left(entries, (offset, ""))
    return entries[k - 1][1] if k else None


_AND = re.compile(r"\s+(?:and|und|et)\s+")
_DEPUTY_WORDS = {"deputy", "assistant", "vice", "associate", "acting", "former", "interim", "co"}
# Words before a noun that point back rather than describe: "the same official", "the other agency".
_NOT_DESCRIBING = {"same", "other", "first", "second", "third", "last", "next", "new", "only", "former", "latter", "previous",
                   "two", "three", "four", "several", "many", "some", "such", "whole", "entire"}


# How wire copy names an unnamed source: "a person familiar with the matter", "a source close to
# the couple", "officials with knowledge of the talks".
_SOURCE_QUALIFIER = r"(?:familiar\s+with|close\s+to|briefed\s+on|with\s+(?:direct\s+)?knowledge\s+of|knowledgeable\s+about)"
_UNNAMED_SOURCE_NOUNS = {"person", "people", "source", "sources", "official", "officials", "insider", "insiders"}
_UNNAMED_SOURCE = re.compile(rf"(?:[a-z]+\s+){{0,2}}(?:{'|'.join(_UNNAMED_SOURCE_NOUNS)})\s+{_SOURCE_QUALIFIER}\s")


@lru_cache(maxsize=256)
def _owned_pattern(noun: str) -> re.Pattern:
    """"’s office", "'s regional office": a noun after a possessive."""
    return re.compile(rf"['’]s\s+(?:[a-z-]+\s+){{0,2}}{re.escape(noun)}\b")


_NAME_BEFORE = re.compile(r"((?:[A-Z][\w&.-]*\s+){0,4}[A-Z][\w&.-]*)$")


@lru_cache(maxsize=256)
def _noun_pattern(noun: str) -> re.Pattern:
    """A noun as written, capitalised or not ('the spokesman', German 'der Sprecher')."""
    return re.compile(rf"(?<![\w-])(?:{re.escape(noun[0].upper())}|{re.escape(noun[0])}){re.escape(noun[1:])}\b")


_MODIFIED_BY = re.compile(r"\b(?:[Tt]he|[Aa]n?)\s+((?:[a-z][a-z-]*\s+){1,3})$")  # "the agriculture (ministry)"
_ENGLISH_ARTICLE_BEFORE = re.compile(r"\b(?:[Tt]he|[Aa]n?)\s+$")
_FOREIGN_ARTICLE_BEFORE = re.compile(r"\b(?i:ein|eine|der|die|un|une|le|la)\s+$")
_QUALIFIED = re.compile(rf"\s+{_SOURCE_QUALIFIER}\s+(?:the\s+|a\s+)?[\w-]+\b")  # "(a source) close to the couple"
_FOR_SOMETHING = re.compile(r"\s+(?:for|of|at)\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+(?:of\s+|and\s+)?[A-Z][\w'’-]*){0,5}")
_OF_SOMETHING = re.compile(r"\s+(?:der|des|du|de\s+la|de\s+l['’]|de|von|vom)\s+[\w'’-]+(?:\s+[A-Z][\w-]*){0,2}")


def _description_at(text: str, found: re.Match) -> tuple[str | None, int]:
    """How the words around one mention of a noun describe it, and where that description ends:
    'the agriculture ministry', 'a senior ministry official', 'a source close to the couple',
    and what a German or French role is of, 'Ein Sprecher der Nordbahn', 'un porte-parole de la
    préfecture'."""
    at, end = found.start(), found.end()
    modified = _MODIFIED_BY.search(text, max(0, at - 60), at)
    if modified:
        return modified.group(1) + found.group(0), end
    if _ENGLISH_ARTICLE_BEFORE.search(text, max(0, at - 4), at):
        qualified = _QUALIFIED.match(text, end) or _FOR_SOMETHING.match(text, end)  # "a spokeswoman for the …"
        return (found.group(0) + qualified.group(0), qualified.end()) if qualified else (None, end)
    if _FOREIGN_ARTICLE_BEFORE.search(text, max(0, at - 5), at):
        of = _OF_SOMETHING.match(text, end)
        return (found.group(0) + of.group(0), of.end()) if of else (None, end)
    return None, end


# A role of something, then a comma before the name: "The chief executive of Harlow Power, Grant
# Ellery", "The state Commissioner for Commerce, Mrs …", "Le préfet de la Haute-Sérouane, Jean-Marc
# Delorme", "Der Chefarzt der Gynäkologie, Dr. …".
_ROLE_OF_SOMETHING = re.compile(
    r"([^\W\d_][\w-]*)\s+(?:(?:of\s+the|of|for\s+the|for|de\s+la|de|du|des|der)\s+|(?:de\s+)?[ld]['’])"
    r"(?:[A-Z][\w'’.&-]*\s+(?:(?:of|and|for|de|du|des|der|&)\s+)?){0,4}?[A-Z][\w'’.&-]*,\s+$")


def _role_just_before(text: str, at: int) -> str | None:
    """A role written just before a name: 'the union's spokesman Lee Park', 'spokesman, Lee
    Park', or with what it is of (see _ROLE_OF_SOMETHING)."""
    words = text[max(0, at - 60):at].rsplit(None, 1)  # only the last word is read
    if not words or not text[at - 1:at].isspace():
        return None
    last = words[-1].rstrip(",")
    if last.isalpha() and last.islower():
        return last
    role_of = _ROLE_OF_SOMETHING.search(text, max(0, at - 80), at) if words[-1].endswith(",") else None
    return role_of.group(1) if role_of else None


# A role in the apposition after a name, with or without an article: "Lee Park, the union's
# spokesman", "Annick Guivarc'h, maire sans étiquette de …", "Karin Holzapfel, Geschäftsführerin der …".
_ROLE_JUST_AFTER = re.compile(r",\s+(?:(?:the\s+[\w’'-]+s['’]|a|an|the|its|his|her|their|[\w’']+['’]s)\s+"
                              r"(?:[\w-]+\s+){0,3}?)?([^\W\d_]+)\b")  # (also "the Pilots’ captain")


# French and German organisations written in sentence case, a kind and what it is of:
# "la préfecture de la Valdorne", "Régie des transports de Montreval". Found from the
# connector, which is rarer than words, then the kind before it and the name after it.
_KIND_CONNECTOR = re.compile(r"[ \t](?:de[ \t]+la|des|du|de|der|für)[ \t]+")
_WORD_BEFORE = re.compile(r"([^\W\d_]+)$")
_OF_NAME = re.compile(rf"(?:([a-zà-öø-ÿ-]+)[ \t]+(?:de[ \t]+la|des|du|de)[ \t]+)?{_CAP}")


def _sentence_case_organisations(text: str) -> list[tuple[int, str]]:
    found = []
    for connector in _KIND_CONNECTOR.finditer(text):
        kind = _WORD_BEFORE.search(text, max(0, connector.start() - 30), connector.start())
        name = _OF_NAME.match(text, connector.end())
        # a capitalised kind before a capitalised name is a whole name NAME_PHRASE finds
        if kind and name and clean_token(kind.group(1)) in _ORG_SET and (kind.group(1).islower() or name.group(1)):
            found.append((kind.start(), text[kind.start():name.end()]))
    return found


_ABBREVIATION_SET = set(ABBREVIATIONS)
_INITIALS = re.compile(r"(?:[A-Z]\.)+")


def _sentences_of(found: re.Match) -> list[tuple[int, str]]:
    """(start, text) of a name phrase's parts, split after a word whose full stop ends a
    sentence: 'Kent. Keir Starmer' is 'Kent.' and 'Keir Starmer'; 'Sen. Jane Doe' stays whole."""
    if "." not in found.group(0):
        return [(found.start(), found.group(0))]
    pieces, start = [], found.start()
    for word in _WORD.finditer(found.group(0)):
        token = word.group(0)
        if token.endswith(".") and len(token) > 2 and token[:-1].lower() not in _ABBREVIATION_SET \
                and not _INITIALS.fullmatch(token):
            pieces.append((start, found.string[start:found.start() + word.end()]))
            start = found.start() + word.end() + 1
    if start < found.end():
        pieces.append((start, found.string[start:found.end()]))
    return pieces


# A phrase standing alone in quotation marks is a title ("Ask Us Before You Tax Us."), not a person.
_OPENING_MARKS = set("“\"‘'«„‹»")
_QUOTED_TITLE = re.compile(r"[.,!?]?[”\"’'»“«›‹]")
_VON_ORGANISATION = re.compile(r"\s(?:von|vom)\s(?:der\s|dem\s|den\s)?(?=[A-ZÄÖÜ])")


def _person_of_organisation(part: str) -> list[str]:
    """'Projektleiter Florian Rieger von der Lüftner Energiepark GmbH' names a person and the
    organisation he is with (but 'Ursula von der Leyen' is one name, 'Mensa von der Frischküche
    GmbH' one organisation)."""
    of = _VON_ORGANISATION.search(part)
    if of:
        person, organisation = person_name(part[:of.start()]), person_name(part[of.end():])
        if person[1] and len(person[0].split()) >= 2 and organisation[0] and not organisation[1]:
            return [part[:of.start()], part[of.end():]]
    return [part]


def _name_phrases(text: str) -> Iterator[tuple[int, str]]:
    """(start, text) of every capitalised phrase, a sentence at a time: what follows a sentence's
    end inside a phrase is read again as a phrase of its own, with its own length limit ('Kambi
    Mawe. Mbarani County Police Commander Joseph Lekishon')."""
    at = 0
    while True:
        for found in NAME_PHRASE.finditer(text, at):
            pieces = _sentences_of(found)
            if len(pieces) == 1:
                yield pieces[0]
                continue
            yield from pieces[:-1]
            at = pieces[-1][0]
            break
        else:
            return


_GIVEN_NAME_GENDERS = {name: gender for gender, names in GIVEN_NAMES.items() for name in names}
_MALE_TITLES = set(GENDERED_TITLES["m"])
_FEMALE_TITLES = set(GENDERED_TITLES["f"])


def gender_of(titles: list[str]) -> str | None:
    """'m' or 'f' when a word before a name tells ('Ms', 'Herr', 'spokeswoman', 'Bürgermeisterin')."""
    for word in (clean_token(t) for t in titles):
        if word in _MALE_TITLES:
            return "m"
        if word in _FEMALE_TITLES or len(word) > 5 and word.endswith("in") and _is_title(word):
            return "f"
    return None


def index_people(text: str) -> PersonIndex:
    """Collect full names and 'role -> name' ties ("spokesman Lee Park", "Lee Park, a
    spokesman") from an article. Linear: one pass per pattern."""
    index = PersonIndex(text=text)
    for at, whole in _name_phrases(text):
        if text[at - 1:at] in _OPENING_MARKS and _QUOTED_TITLE.match(text, at + len(whole)):
            continue  # the headline "Ask Us Before You Tax Us.", a book "Words Behaving Badly": a title, no one
        # "Calvin Thorne and Mayor Gloria Tan" are two; "Amt für Jagd und Fischerei" is one
        name, is_person = person_name(whole)
        parts = [whole] if name and not is_person and (_ORG_OF.search(name) or _AND.search(name)) \
            else _AND.split(whole)
        if " vo" in whole:  # (a look first: most phrases hold no "von")
            parts = [piece for part in parts for piece in _person_of_organisation(part)]
        if len(parts) == 2 and " " not in parts[0] and clean_token(parts[0]) not in _ROLE_TITLE_OR_ORG:
            partner, is_person = person_name(parts[1])
            if is_person and partner == parts[1] and 2 <= len(partner.split()) <= 3:  # "Brenda and Dennis Hargreaves"
                index.add(at, f"{parts[0]} {partner.split(None, 1)[1]}")
        for part in parts:
            name, is_person = person_name(part)
            if name and not is_person and len(name) > 1 and name[:1].isupper():
                index.organisations.append((at, name))
                after = _ROLE_JUST_AFTER.match(text, at + len(whole))
                after = after if after and text[after.end():after.end() + 2] not in ("'s", "’s") else None
                for written in (_role_just_before(text, at), after and after.group(1)):
                    if written and _known_noun(written) in _ORG_SET:
                        # "The regional utility, Sawtell Power & Light,": the utility
                        index.kinds.setdefault(_known_noun(written), []).append((at, name))
            if name and is_person and not name[:1].islower():  # "von der Änderung" introduces nobody
                index.add(at, name)
                tokens = part.split()
                gender = gender_of(tokens[:-1]) if len(tokens) > 1 else None
                gender = gender or _GIVEN_NAME_GENDERS.get(clean_token(name.split()[0]))  # "Ana Ruiz"
                full = index.full_name(name, at + len(part)) if gender else ""  # "Ms Hume": Rachel Hume
                if len(full.split()) >= 2:
                    index.genders.setdefault(full, gender)
                for before, token in zip(["", *tokens], tokens[:-1]):  # "Sheriff Loretta Vance": the sheriff
                    role = _known_noun(clean_token(token))  # "GLZ-Chef Jens Albrecht": the chef
                    role = TITLE_ABBREVIATIONS.get(role, role)  # "Cllr Duncan Sinclair": the councillor
                    if (role in _TITLE_SET or role in _ROLE_SET) and \
                            clean_token(before) not in _DEPUTY_WORDS:  # a deputy assessor is not "the assessor"
                        index.tie_role(role, at, name)
                # "the union's spokesman, Lee Park" / "Lee Park, the union's spokesman" / "Der
                # Chefarzt der Gynäkologie, Dr. Stefan Reuter"
                after = _ROLE_JUST_AFTER.match(text, at + len(whole))
                for written in (_role_just_before(text, at), after and after.group(1)):
                    role = _known_noun(written.lower()) if written else ""
                    if role in _ROLE_SET or role in _TITLE_SET and (written[:1].isupper() or role not in _ORG_SET):
                        # also "Lionel Kerr, a professor of …" (but "the council's" is no one's title)
                        index.tie_role(role, at, name)
    index.organisations.extend(_sentence_case_organisations(text))
    index.organisations.sort()
    return index


# The name a phrase ends on, whole: "Le maire Jean Dupont", "la coopérative Laiteries de l'Orse".
_TRAILING_NAME = re.compile(rf"(?<![\w'’-]){_CAP}(?: (?:(?:{'|'.join(CONNECTORS)}) (?:l['’])?)?{_CAP}){{0,3}}$")


def _article_pattern(articles: list[str]) -> str:
    """'the', 'ein', 'la' and their kind before a word; an elided 'l’' joins it."""
    elided = [a for a in articles if a[-1] in "'’"]
    spaced = [a for a in articles if a not in elided]
    return rf"(?i:(?:{'|'.join(spaced)})\s+|(?:{'|'.join(elided)}))" if elided else rf"(?i:(?:{'|'.join(spaced)})\s+)"


ARTICLE = _article_pattern(INDEFINITE_ARTICLES + DEFINITE_ARTICLES)
LEADING_ARTICLE = re.compile("^" + ARTICLE)
_DEFINITE = re.compile("^" + _article_pattern(DEFINITE_ARTICLES))
# What a role or an organisation is of: "spokesperson for the labor board", "Sprecher des Ministeriums".
_OF_WORDS = "for|of|at|with|from|to|de|du|des|der|vom|von|beim|bei|für|chez"
_OF = re.compile(rf"\s(?:{_OF_WORDS})\s")
_POSSESSIVE = re.compile(r"\w['’]s\s")


_DOCUMENTS = set(SPEECH_DOCUMENTS)
_ISSUED_BY = re.compile(rf"(?i:{'|'.join(SPEECH_DOCUMENTS)})\s+(?:from|by|of|von|vom|der|des|de|du)\s+(.+)$")
_JOINT = re.compile(rf"{_CAP}[ \t]+(?:and|und|et)[ \t]+{_CAP}")
_ROLE_OR_ORG = _ROLE_SET | _ORG_SET
_ROLE_TITLE_OR_ORG = _ROLE_OR_ORG | _TITLE_SET
_COMPOUND_HEADS = frozenset({n for n in _ROLE_OR_ORG if len(n) >= 5} | {t for t in _TITLE_SET if len(t) >= 4})


@lru_cache(maxsize=8192)
def _known_noun(word: str) -> str:
    """A role, title or organisation noun, also after a hyphen or at the end of a German
    compound: 'GLZ-Chef' and 'Gewerkschaftschef' -> 'chef', 'polizeisprecher' -> 'sprecher'
    ('landratsamt' -> 'amt' is too short to trust)."""
    after_hyphen = word.rsplit("-", 1)[-1]
    word = after_hyphen if after_hyphen in _ROLE_TITLE_OR_ORG else word
    if word in _ROLE_SET or word in _ORG_SET or word in _TITLE_SET or len(word) < 9:
        return word
    return next((word[cut:] for cut in range(1, len(word) - 3) if word[cut:] in _COMPOUND_HEADS), word)  # longest


def _role_or_kind(phrase: str, bare: str, offset: int, index: PersonIndex, subject_window: int) -> Speaker | None:
    """A speaker named by a role ('the spokesman', 'ein Sprecher der Polizei', 'un porte-parole
    de la fédération') or by what kind of organisation it is ('the agency', 'la Régie'). A role
    the article tied to a name is that person; a German or French calling with the definite
    article ('sagte die Unternehmerin') is whom the text is about; an organisation's kind is the
    last one of that kind it named; otherwise the phrase stands, marked as not a person."""
    bare_words = bare.split()
    if len(bare_words) > 10:
        return None
    issuer = _ISSUED_BY.match(bare)
    if issuer:  # "a statement from the company", "une lettre de la préfecture"
        return resolve(issuer.group(1), offset, index, offset)
    if _UNNAMED_SOURCE.match(bare):  # "a person familiar with the matter": unnamed, but a source
        return Speaker(bare, phrase, False, 0.6)
    unnamed = index.described(bare, offset) if bare in _UNNAMED_SOURCE_NOUNS else None
    if unnamed and _UNNAMED_SOURCE.match(unnamed + " "):  # "the person said", after "a person familiar with …"
        return Speaker(unnamed, phrase, False, 0.6)
    of_what = _OF.split(bare, maxsplit=1)
    described = [w.lower().strip(".,") for w in of_what[0].split()]  # before what it is of
    head = _known_noun(described[-1])
    if head not in _ROLE_TITLE_OR_ORG and described[0] in _ROLE_TITLE_OR_ORG:
        head = described[0]  # French puts the noun first: "direction générale", "conseiller ministériel"
    if head not in _ROLE_SET and head not in _TITLE_SET and clean_token(bare_words[-1]) not in _TITLE_SET:
        if head not in _ORG_SET:
            return None
        if _POSSESSIVE.search(bare):
            return Speaker(bare, phrase, False, 0.7)  # "the attorney general's office" names itself
        named = index.organisation(head, offset) or index.owner_of(head, offset)
        return Speaker(named, phrase, False, 0.7) if named else Speaker(_fuller(bare, offset, index), phrase, False, 0.6)
    definite = _DEFINITE.match(phrase)
    tied = index.role_at(head, offset) if definite else index.lede_tie(head, offset)
    article = definite.group(0).strip().lower() if definite else ""
    office = head in _ROLE_SET and described[-1] == head  # "der Bürgermeister" may be someone not yet named
    if not tied and article in _FOREIGN_DEFINITE and len(of_what) == 1 and not office:  # (nor "der Sprecher der …")
        # German and French refer back to someone by their calling or a compound of it ("der
        # Vereinschef"), as English does by age
        tied = index.antecedent(offset, subject_window, gender_of([head]) or _ARTICLE_GENDERS.get(article), True)
        if not tied and head not in _ROLE_SET:
            return None  # a calling for someone named further back: the quotes around it tell, not the word
        if tied not in index.first_named:
            tied = None  # an unnamed role just mentioned reads as the article described it below
    return Speaker(tied, phrase, True, 0.8) if tied else Speaker(_fuller(bare, offset, index), phrase, False, 0.7)


def _fuller(bare: str, offset: int, index: PersonIndex) -> str:
    """A bare noun ('ministry', 'official') as the article described it before, if it did."""
    one_noun = bare.replace("-", "").isalpha() and bare[1:].islower()  # "porte-parole"; German "der Sprecher"
    return (index.described(bare.lower(), offset) or bare) if one_noun else bare


# "the 45-year-old", "die 67-Jährige", "le sexagénaire" stand for someone just named.
_AGE_DESCRIPTION = re.compile(r"(the|der|die|le|la)\s+(?:\d{1,3}-(?:year-old|[Jj]ährige[rn]?)|"
                              r"(?:quadra|quinqua|sexa|septua|octo)génaire)(?:\s+[^\W\d_]+)?$", re.I)  # "the 23-year-old flyhalf"
_ARTICLE_GENDERS = {"der": "m", "die": "f", "le": "m", "la": "f"}
_FOREIGN_DEFINITE = {*_ARTICLE_GENDERS, "l'", "l’"}
# A surname with its particles, as later references write it: "von der Leyen", "de la Fuente".
_PARTICLED_SURNAME = re.compile(  # (its first particle no article: "der Landrat" is a role)
    rf"(?:{'|'.join(PARTICLES - set(DEFINITE_ARTICLES))})\s+(?:(?:{'|'.join(PARTICLES)})\s+)?{_CAP}")
ENGLISH_ARTICLES = {"the", "a", "an", "one", "another", "his", "her", "their", "its", "our"}
_OF_BEFORE = re.compile(rf"(?:\b(?:{_OF_WORDS}|and|und|et)(?:\s+(?:la|the))?|&)\s+$")  # what a name after it is part of


def _names_a_kind(article: str, bare: str) -> bool:
    """Whether a capitalised phrase after an article names a role or a kind, not a name: 'Ein
    Sprecher des Ministeriums', 'Das Amt', 'la Régie', and one German or French noun ('Ein
    Polizeisprecher'); an acronym is a name ('Die RVL'), and so is 'The Pentagon'."""
    last = bare.split()[-1]
    if clean_token(bare.split()[0]) in _ROLE_OR_ORG or last.islower() and clean_token(last) in _ROLE_OR_ORG:
        return True  # also "A Westbrook school board member"
    return len(bare.split()) == 1 and not bare.isupper() and article.strip().lower() not in ENGLISH_ARTICLES


def _names_several(phrase: str) -> bool:
    """'Sarah and Tom Miller', 'Calvin Thorne and Mayor Gloria Tan' name several people; 'Parks and
    Recreation Director Samuel Whitford', whose name comes after the 'and', one."""
    name, is_person = person_name(phrase)
    joint = _JOINT.search(phrase) if is_person else None
    return bool(joint) and phrase.find(name) < _AND.search(phrase, joint.start()).start()


_LATTER = {"ce dernier", "cette dernière", "the latter", "letzterer", "letztere"}
_COUNT_INITIALS = set("SsMmAaFfOoTtDdHh")  # of the words _COUNTED_GROUP opens with
_COUNTED_GROUP = re.compile(r"(?i:several|some|many|most|a\s+few|few|other|two|three|four|five|six|a\s+handful\s+of|"
                            r"a\s+number\s+of|dozens\s+of|hundreds\s+of|(?:a|the)\s+(?:single|lone|sole))\s+(?=[a-z])")


def resolve(phrase: str, offset: int, index: PersonIndex, subject_window: int) -> Speaker | None:
    """Turn the words that stand as a quote's subject into a Speaker, or None if they name nobody.

    ``subject_window`` is the earliest offset a pronoun may look back to."""
    phrase = phrase.strip().strip(",;:")
    counted = _COUNTED_GROUP.match(phrase) if phrase[:1] in _COUNT_INITIALS else None
    if counted:
        phrase = phrase[counted.end():]  # "Several residents", "Two farmers": the group, without its count
    if not phrase:
        return None
    words = phrase.split()
    first = words[0].lower()
    if first == "it" and len(words) == 1:  # "It stated that …": the organisation the text was about
        found = index.referent(offset, subject_window)
        return Speaker(found[0], phrase, False, 0.7) if found and found[0] and not found[1] else None
    if phrase.lower() in _LATTER:  # "ce dernier", "the latter": the last person named
        name = index.last_named(subject_window, offset)
        return Speaker(name, phrase, True, 0.7) if name else None
    if first in PRONOUNS and len(words) == 1:
        name = index.latest_subject(offset, subject_window, first)
        if name and PRONOUNS[first] and name in index.first_named:
            index.genders.setdefault(name, PRONOUNS[first])  # "She said …" tells that Siobhán Crowley is a she
        return Speaker(name, phrase, True, 0.75) if name else None
    age = _AGE_DESCRIPTION.match(phrase)
    if age:  # "sagt die 67-Jährige", "the 45-year-old said": whom the text is about, as a pronoun
        name = index.antecedent(offset, subject_window, _ARTICLE_GENDERS.get(age.group(1).lower()), True)
        return Speaker(name, phrase, True, 0.7) if name else None
    article = None if _PARTICLED_SURNAME.fullmatch(phrase) else LEADING_ARTICLE.match(phrase)  # "von der Leyen"
    bare = phrase[article.end():] if article else phrase
    if article and bare.lower() in _DOCUMENTS:  # "the statement said", "précise le communiqué": its issuer
        found = index.referent(offset, subject_window, named_in_passing=False)
        return Speaker(found[0], phrase, found[1], 0.7) if found and found[0] else None
    trailing_name = None if bare is phrase and _PARTICLED_SURNAME.fullmatch(phrase) else _TRAILING_NAME.search(phrase)
    if trailing_name and trailing_name.start() > (article.end() if article else 0) and not bare[:1].isupper() \
            and not _OF_BEFORE.search(phrase, 0, trailing_name.start()) \
            and clean_token(trailing_name.group(0)) not in _TITLE_SET:  # German "der alte Winzer": a noun
        # "union head Sam O'Brien", "Le maire Jean Dupont": the role leads to the name (but a
        # "spokesperson for Smith" is not Smith, nor "the state Department of Environment and Water" Water)
        phrase = trailing_name.group(0)
    elif bare and (not bare[0].isupper() and not _PARTICLED_SURNAME.fullmatch(bare)
                   or article and _names_a_kind(article.group(0), bare)):
        return _role_or_kind(phrase, bare, offset, index, subject_window)
    elif article and len(bare.split()) == 1:  # "The Pentagon", "Die RVL": an institution, never a person
        return Speaker(index.full_organisation(bare, offset), phrase, False, 0.8)
    elif article:
        phrase = bare  # "The Harlow Police Department", "Der Verein Lebensraum Alpen"
    if _names_several(phrase):
        return None  # "Sarah and Tom Miller": several people, no one speaker
    if clean_token(words[0]) in _GROUP_SET and not person_name(" ".join(words[1:]))[1]:
        # "Critics", "Officials at the Department": a group, no name (but "Staff Sgt. Jane Doe" is one)
        return Speaker(phrase, phrase, False, 0.6)
    last = words[-1].lower().strip(".,")
    if last in _ORG_SET and not words[-1][:1].isupper() and _POSSESSIVE.search(phrase):
        return Speaker(phrase, phrase, False, 0.7)  # "Schumer's office" names itself
    if last in _ROLE_SET and not words[-1][:1].isupper():
        # "Mercy Vale's chief nursing officer", "the study's lead author"
        if index.role_at(last, offset):
            return Speaker(index.role_at(last, offset), phrase, True, 0.75)
        return Speaker(LEADING_ARTICLE.sub("", phrase), phrase, False, 0.6)
    name, is_person = person_name(phrase)
    if not name:
        return None
    if not is_person or article and bare.startswith(name):  # "The Starlite Drive-In": a place or a body
        return Speaker(index.full_organisation(name, offset), phrase, False, 0.85)
    if index.shared_surname(name, offset):  # two people in the article share this surname: never guess,
        chosen = index.told_apart(name, offset, phrase.split()[:-1])  # but a title may tell them apart
        return Speaker(chosen, phrase, True, 0.8) if chosen else None
    resolved = index.full_name(name, offset)
    organisation = index.full_organisation(name, offset) if resolved == name and " " not in name else name
    if organisation != name:
        return Speaker(organisation, phrase, False, 0.85)  # "Keystone said": the pollster named in full before
    titled, known = gender_of(phrase.split()[:-1]), index.genders.get(resolved)
    if titled and known and titled != known:
        return None  # "Mrs. Smith" is not the John Smith named before
    confidence = 0.95 if len(name.split()) >= 2 else (0.9 if resolved != name else 0.7)
    return Speaker(resolved, phrase, True, confidence)

