"""Direct quotes and reported speech, with speakers, following docs/annotation.md."""

from __future__ import annotations

import time

import pytest

from factcheck.quotes import extract_quotes
from factcheck.speakers import PersonIndex, person_name


def _extract(text: str, warnings: list[str] | None = None):
    found = extract_quotes(text, warnings if warnings is not None else [])
    for q in found:
        assert q.text == text[q.start:q.end], f"offsets of {q.text!r} do not point at it"
    return found


def quotes(text: str, warnings: list[str] | None = None) -> list[tuple[str, str | None]]:
    """(text, speaker) of each direct quote, in order."""
    return [(q.text, q.speaker) for q in _extract(text, warnings) if q.kind == "quote"]


# -- marks and where the speaker stands -------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    # curly and straight marks; trailing comma dropped, sentence-final full stop kept
    ("“We will not back down,” Dana Whitfield said.", [("We will not back down", "Dana Whitfield")]),
    ('"We will not back down," Dana Whitfield said.', [("We will not back down", "Dana Whitfield")]),
    ("Dana Whitfield said: “It is over.”", [("It is over.", "Dana Whitfield")]),
    ('Dana Whitfield said, "It is over."', [("It is over.", "Dana Whitfield")]),
    ("“Is it over?” Dana Whitfield asked.", [("Is it over?", "Dana Whitfield")]),
    # speaker after, inverted with a role apposition
    ("“The port will reopen on Monday,” said Elena Marsh, the port commissioner.",
     [("The port will reopen on Monday", "Elena Marsh")]),
    ("“The budget is balanced,” said Tom Reyes, the mayor.", [("The budget is balanced", "Tom Reyes")]),
    ("“We will strike until the contract is signed,” union head Sam O'Brien said.",
     [("We will strike until the contract is signed", "Sam O'Brien")]),
    # British single marks
    ("'We will strike until the contract is signed,' said union head Sam O'Brien.",
     [("We will strike until the contract is signed", "Sam O'Brien")]),
    # a fragment quoted inside a sentence
    ("Tom Reyes called the plan “a disaster for families.”", [("a disaster for families.", "Tom Reyes")]),
    # a quote inside a quote is part of the outer one
    ("Tom Reyes said: “She told me ‘never again’ and I believed her.”",
     [("She told me ‘never again’ and I believed her.", "Tom Reyes")]),
])
def test_quote_text_and_speaker(text, expected):
    assert quotes(text) == expected


# -- titles and roles are not part of the name ----------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("Homeland Security Secretary Mara Quinlan said: “We are enforcing the law.”",
     [("We are enforcing the law.", "Mara Quinlan")]),
    ("“We are enforcing the law,” Homeland Security Secretary Mara Quinlan said.",
     [("We are enforcing the law", "Mara Quinlan")]),
    ("“We are enforcing the law,” said Homeland Security Secretary Mara Quinlan.",
     [("We are enforcing the law", "Mara Quinlan")]),
    ("Sen. Jane Doe, D-Ill., said: “This bill hurts working families.”",
     [("This bill hurts working families.", "Jane Doe")]),
    ("“This bill hurts working families,” Sen. Jane Doe, D-Ill., said.",
     [("This bill hurts working families", "Jane Doe")]),
    ("“This bill hurts working families,” said Sen. Jane Doe, D-Ill.",
     [("This bill hurts working families", "Jane Doe")]),
    ("Robert “Bobby” Lane said: “We won the vote fair and square.”",
     [("We won the vote fair and square.", "Robert Lane")]),
    ("The mayor, Tom Reyes, called the plan “a disaster for families.”",
     [("a disaster for families.", "Tom Reyes")]),
])
def test_titles_stripped(text, expected):
    assert quotes(text) == expected


@pytest.mark.parametrize("text, expected", [
    # German titles are compounds, or joined by a hyphen
    ("Bundeskanzler Olaf Scholz sprach von einem „guten Tag für Deutschland“.",
     [("guten Tag für Deutschland", "Olaf Scholz")]),
    ("Finanzminister Christian Lindner betonte: „Das war nicht verhandelbar.“",
     [("Das war nicht verhandelbar.", "Christian Lindner")]),
    ("CDU-Chef Friedrich Merz nannte den Entwurf „ein Dokument des Scheiterns“.",
     [("ein Dokument des Scheiterns", "Friedrich Merz")]),
    # a clause after the quote is about someone else
    ('Sen. Rand Paul, R-Ky., called the bill "a betrayal of American taxpayers," while Sen. Mitt Romney, '
     'R-Utah, said he was proud to support it.', [("a betrayal of American taxpayers", "Rand Paul")]),
    ('Tom Reyes spoke. Aides circulated "the budget is balanced and the books are clean," which Smith said was untrue.',
     [("the budget is balanced and the books are clean", None)]),
    # words between the subject and the verb
    ('Board member Clifford Haines spoke last. Haines can be heard replying, "Ma\'am, go read a real book."',
     [("Ma'am, go read a real book.", "Clifford Haines")]),
])
def test_compound_titles_and_clauses(text, expected):
    assert quotes(text) == expected


@pytest.mark.parametrize("phrase, expected", [
    # particles inside a name are part of it
    ("Commission President Ursula von der Leyen", ("Ursula von der Leyen", True)),
    ("Juan de la Fuente", ("Juan de la Fuente", True)),
    ("Sen. Jane Doe, D-Ill.", ("Jane Doe", True)),
    ("Homeland Security Secretary Mara Quinlan", ("Mara Quinlan", True)),
    ("Mayor Michelle Wu of Boston", ("Michelle Wu", True)),
    ("Mr. Sam O'Brien Jr.", ("Sam O'Brien", True)),
    ("ICE", ("ICE", False)),
    ("Harborside Workers Alliance", ("Harborside Workers Alliance", False)),
    ("The", (None, False)),
])
def test_person_name(phrase, expected):
    assert person_name(phrase) == expected


def test_person_index_resolves_a_surname_only_when_unambiguous():
    index = PersonIndex()
    index.add(0, "Elena Marsh")
    assert index.full_name("Marsh", 100) == "Elena Marsh"
    assert index.full_name("Reyes", 100) == "Reyes"
    index.add(50, "Paul Marsh")
    assert index.full_name("Marsh", 100) == "Marsh"  # two Marshes: never guess


# -- later references resolve to the full name --------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("Elena Marsh runs the port authority.\n\n“We expect ships back by Friday,” Marsh said.",
     [("We expect ships back by Friday", "Elena Marsh")]),
    ("Police Chief Loretta Vance and Mayor Tom Reyes spoke. “It was a long night,” Vance said.",
     [("It was a long night", "Loretta Vance")]),
    ("Elena Marsh runs the port authority.\n\n“We expect ships back by Friday,” she said.",
     [("We expect ships back by Friday", "Elena Marsh")]),
    ("Elena Marsh spoke at the dock. “We expect ships back by Friday,” she said.",
     [("We expect ships back by Friday", "Elena Marsh")]),
])
def test_surname_and_pronoun_resolution(text, expected):
    assert quotes(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a quote interrupted by its attribution is two quotes by the same speaker
    ("“The first part is done,” Elena Marsh said. “The second part will take a year.”",
     [("The first part is done", "Elena Marsh"), ("The second part will take a year.", "Elena Marsh")]),
    # "according to X"
    ("According to Mara Quinlan, “the raids were legal and necessary.”",
     [("the raids were legal and necessary.", "Mara Quinlan")]),
    ("“The raids were legal and necessary,” according to Mara Quinlan.",
     [("The raids were legal and necessary", "Mara Quinlan")]),
    # interrupted mid-sentence
    ("“The first part is done,” said Tom Reyes, “but the second part will take a year.”",
     [("The first part is done", "Tom Reyes"), ("but the second part will take a year.", "Tom Reyes")]),
    # a one-word quote with its attribution right after it
    ("Tom Reyes was asked whether he would run again. “Yes,” he said.", [("Yes", "Tom Reyes")]),
])
def test_interrupted_and_according_to(text, expected):
    assert quotes(text) == expected


@pytest.mark.parametrize("text, speaker, is_person", [
    ("“We do not comment on ongoing operations,” a DHS spokesperson said.", "DHS spokesperson", False),
    ("“We do not comment on ongoing operations,” ICE said in a statement.", "ICE", False),
    ("ICE said in a statement: “We do not comment on ongoing operations.”", "ICE", False),
    ("“We do not comment on ongoing operations,” said Mara Quinlan.", "Mara Quinlan", True),
    # a role the article tied to a name resolves to that person
    ("Agency spokesman Lee Park declined to give numbers.\n\n"
     "“We do not comment on ongoing operations,” the spokesman said.", "Lee Park", True),
    ("Lee Park, a spokesman for the agency, declined to give numbers.\n\n"
     "“We do not comment on ongoing operations,” the spokesman said.", "Lee Park", True),
])
def test_roles_and_organisations(text, speaker, is_person):
    found = [q for q in _extract(text) if q.kind == "quote"]
    assert [(q.speaker, q.speaker_is_person) for q in found] == [(speaker, is_person)]
    assert found[0].text.startswith("We do not comment on ongoing operations")


@pytest.mark.parametrize("text, expected", [
    # roles and organisations after German and French articles; an untied role is its phrase
    ("Ein Sprecher des Landesverkehrsministeriums sagte: »Wir appellieren an beide Seiten.«",
     [("Wir appellieren an beide Seiten.", "Sprecher des Landesverkehrsministeriums")]),
    ("« Ça fait trois ans qu’on alerte », a réagi un porte-parole de la fédération de pêche.",
     [("Ça fait trois ans qu’on alerte", "porte-parole de la fédération de pêche")]),
    ("Le maire Jean Dupont a déclaré : « Nous ne reculerons pas. »", [("Nous ne reculerons pas.", "Jean Dupont")]),
    # a role with its name in apposition
    ("Le directeur du service, Martin Gagnon, est arrivé tôt. « Le vent a tourné », a-t-il expliqué.",
     [("Le vent a tourné", "Martin Gagnon")]),
    # a surname means the one person of that name met so far, though another comes later; once
    # both are met, the one the paragraph is about, and with neither, nobody
    ("„Wir bauen“, sagte Bürgermeisterin Sabine Krämer.\n\nKrämer wies das zurück. „Das Gutachten ist gut.“\n\n"
     "Der Landwirt Georg Krämer ist dagegen. „Ich komme nicht auf meine Äcker“, sagte Krämer.\n\n"
     "„Das ist ein Streit unter Nachbarn“, sagte Krämer.",
     [("Wir bauen", "Sabine Krämer"), ("Das Gutachten ist gut.", "Sabine Krämer"),
      ("Ich komme nicht auf meine Äcker", "Georg Krämer"), ("Das ist ein Streit unter Nachbarn", None)]),
    # German capitalises nouns: the name ends at the verb
    ("Petra Olszewski leitet die Gewerkschaft.\n\nOlszewski verwies auf die hohe Krankheitsquote: »Das ist Erschöpfung.«",
     [("Das ist Erschöpfung.", "Petra Olszewski")]),
    # but a title after a place name does not end the subject
    ('Port Selwyn coach Grant Whitby made no excuses. "We got punished," he conceded. "That\'s football."',
     [("We got punished", "Grant Whitby"), ("That's football.", "Grant Whitby")]),
])
def test_roles_and_names_in_three_languages(text, expected):
    assert quotes(text) == expected


@pytest.mark.parametrize("text, expected", [
    # German puts the verb second and its subject after it when something else opens the sentence
    ("Landrat Dieter Vogelsang schloss die Station.\n\nAuf die Frage, ob die Station wieder öffnen könne, "
     "antwortete der Landrat: „Ausschließen will ich nichts.“", [("Ausschließen will ich nichts.", "Dieter Vogelsang")]),
    ("Der Landwirt Georg Krämer bewirtschaftet die Felder. „Ich komme nicht auf meine Äcker“, sagte er. "
     "„Ich habe nichts gegen Familien“, fügte er hinzu.",
     [("Ich komme nicht auf meine Äcker", "Georg Krämer"), ("Ich habe nichts gegen Familien", "Georg Krämer")]),
    # near miss: the subject stands before the verb, and what follows it is no subject
    ("Landrat Dieter Vogelsang sprach lange. Vogelsang sagte am Mittwoch: „Wir prüfen das.“",
     [("Wir prüfen das.", "Dieter Vogelsang")]),
    # a quote opening the paragraph after one that ends in a colon
    ("Die Chefärztin, Dr. Ulrike Pfannenstiel, hatte gekämpft. Bei einer Bürgerversammlung sagte sie:\n\n"
     "„Ich arbeite seit 22 Jahren in diesem Haus.“", [("Ich arbeite seit 22 Jahren in diesem Haus.", "Ulrike Pfannenstiel")]),
    ('U.S. District Judge Harriet Solvang ruled for the plaintiffs. The judge continued:\n\n'
     '"The Court does not doubt that some names are wrong."',
     [("The Court does not doubt that some names are wrong.", "Harriet Solvang")]),
    # "selon lui": according to him
    ("Le directeur académique, Laurent Fabre, a parlé. Selon lui, « aucune fermeture n’est décidée à l’avance ».",
     [("aucune fermeture n’est décidée à l’avance", "Laurent Fabre")]),
    # a quote with no attribution belongs to whom the paragraph before was about
    ("Chantal Ouellet travaille chez Lavoie depuis 26 ans. Elle est venue voir les décombres.\n\n"
     "« Mon père a travaillé ici, mon oncle aussi. »", [("Mon père a travaillé ici, mon oncle aussi.", "Chantal Ouellet")]),
    # a quote opening its paragraph belongs to the person the paragraph goes on to name
    ("Tom Reyes spoke at the rally.\n\n“We lost everything.” Maria Lopez, 52, stood in the ashes of her home.",
     [("We lost everything.", "Maria Lopez")]),
    # near miss: a name inside the quote is not who goes on to be named
    ("Tom Reyes spoke at the rally.\n\n“Maria Lopez lost everything.” The fire burned for days.",
     [("Maria Lopez lost everything.", "Tom Reyes")]),
    # near miss: it goes on from an unknown speaker's quote, so it is unknown too
    ("Dale Pruitt spoke first.\n\n“You said the same thing in 2016,” someone in the bleachers yelled. "
     "“And then the wells went bad!”", [("You said the same thing in 2016", None), ("And then the wells went bad!", None)]),
])
def test_inverted_subjects_colons_and_neighbours(text, expected):
    assert quotes(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a name after a role word, with a clause after it
    ('According to state Rep. Carla Jimenez, who chairs the House corrections committee, '
     '"a closure plan without a jobs plan is dead on arrival."',
     [("a closure plan without a jobs plan is dead on arrival.", "Carla Jimenez")]),
    # near miss: an organisation ending an apposition is not the subject
    ("Luis Carrizo, director of the Harborside Workers Alliance, warned of families “afraid to send their kids "
     "to school”.", [("afraid to send their kids to school", "Luis Carrizo")]),
    # what the person is of does not become the name
    ("Wildbiologin Nina Gartmann vom AJF mahnte zur Geduld: «Das müssen wir zuerst belegen.»",
     [("Das müssen wir zuerst belegen.", "Nina Gartmann")]),
    # a place is not a person; a common noun before a name is not part of it
    ("Am Bahnhof Lahnau wartete die 17-jährige Schülerin Lea Hoffmann vergeblich. »Das sind elf Kilometer.«",
     [("Das sind elf Kilometer.", "Lea Hoffmann")]),
    ("Shopper Denise Carr, 44, had a different view: ‘Anything’s better than that.’",
     [("Anything’s better than that.", "Denise Carr")]),
])
def test_names_among_roles_places_and_organisations(text, expected):
    assert quotes(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a name inside an opening participle clause is never what the main clause's pronoun means
    ("Desmond O’Neill told magistrates: ‘I asked her for twenty years to trim it.’\n\n"
     "Asked by the chair of the bench, Margaret Ellery, whether he regretted it, he replied: ‘I regret the fine.’",
     [("I asked her for twenty years to trim it.", "Desmond O’Neill"), ("I regret the fine.", "Desmond O’Neill")]),
    # and when nobody came before, the pronoun stays unresolved
    ("Asked by the chair of the bench, Margaret Ellery, whether he regretted it, he replied: ‘I regret the fine.’",
     [("I regret the fine.", None)]),
    # near miss: without a participle, the person named first in the sentence is still found
    ("The complaint was filed by Donna Fairweather. “I had no choice,” she said.", [("I had no choice", "Donna Fairweather")]),
])
def test_pronouns_after_participle_clauses(text, expected):
    assert quotes(text) == expected


@pytest.mark.parametrize("text, expected", [
    # initials are part of a name
    ('Sen. J.D. Vance told Fox News the bill was doomed. Vance added: "Nobody will vote for it."',
     [("Nobody will vote for it.", "J.D. Vance")]),
    # a surname with its particles
    ('Commission President Ursula von der Leyen spoke. "We are united," von der Leyen said.',
     [("We are united", "Ursula von der Leyen")]),
    # an adverb before the pronoun
    ('Rep. Alexandria Ocasio-Cortez posted on X: "They are bluffing." Later she told reporters, "We have the votes."',
     [("They are bluffing.", "Alexandria Ocasio-Cortez"), ("We have the votes.", "Alexandria Ocasio-Cortez")]),
    # an apposition ending in an organisation's name is not the subject
    ('Dr. Anthony Fauci, the former director of the National Institute of Allergy and Infectious Diseases, '
     'said the virus "is not going away."', [("is not going away.", "Anthony Fauci")]),
    # a role with a possessive, then the name
    ("Son adjoint, Emmanuel Grégoire, a lui aussi défendu le projet : « Nous n’avons pas le choix. »",
     [("Nous n’avons pas le choix.", "Emmanuel Grégoire")]),
    # an unnamed role with a relative clause after it
    ("Eine Anwohnerin, die ihren Namen nicht nennen wollte, schilderte die Nacht: „Es war wie im Krieg.“",
     [("Es war wie im Krieg.", "Anwohnerin")]),
    # "d’après X": according to X
    ("D’après le procureur de Lyon, Nicolas Jacquet, « l’enquête avance ».", [("l’enquête avance", "Nicolas Jacquet")]),
    # "pour X": the sentence is X's view
    ("Pour la maire, Anne Hidalgo, « Paris doit rester une ville accessible ».",
     [("Paris doit rester une ville accessible", "Anne Hidalgo")]),
    ("Le conseiller municipal Bastien Morel a ironisé.\n\nPour lui, le dossier illustre « une gestion à la petite "
     "semaine ».", [("une gestion à la petite semaine", "Bastien Morel")]),
])
def test_initials_adverbs_appositions_and_views(text, expected):
    assert quotes(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a title that tells a gender keeps a pronoun of the other off that person
    ("Prosecuting, Rachel Hume told the court what happened. Ms Hume spoke for an hour. ‘It was wrong,’ he said.",
     [("It was wrong", None)]),
    ("Bürgermeisterin Sabine Krämer sprach zuerst. „Wir bauen“, sagte er.", [("Wir bauen", None)]),
    # near miss: the same pronoun as the title goes to the person
    ("Bürgermeisterin Sabine Krämer sprach zuerst. „Wir bauen“, sagte sie.", [("Wir bauen", "Sabine Krämer")]),
    ('Spokeswoman Lee Park spoke first. "We disagree," she said.', [("We disagree", "Lee Park")]),
    # a given name that tells a gender: the pronoun passes over her, or stays unresolved
    ('Tom Berg spoke first. Ana Ruiz listened. "It went well," he said.', [("It went well", "Tom Berg")]),
    ('Ana Ruiz met Tom Berg on Monday. "It went well," he said.', [("It went well", None)]),
])
def test_pronouns_agree_with_titles(text, expected):
    assert quotes(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a role with the name in apposition is that person; an inverted French pronoun after an elision
    ("Le ministre des Transports, Clément Beaune, a jugé le mouvement « irresponsable ». « Les Français ne "
     "doivent pas être pris en otage », a-t-il déclaré.",
     [("irresponsable", "Clément Beaune"), ("Les Français ne doivent pas être pris en otage", "Clément Beaune")]),
    ("Sophie, 34 ans, attendait depuis six heures. « On ne nous dit rien », s’agace-t-elle.",
     [("On ne nous dit rien", "Sophie")]),
    # an age standing for whom the text is about
    ("Anwohnerin Maria Bauer steht vor den Trümmern. „Alles ist weg“, sagt die 67-Jährige.",
     [("Alles ist weg", "Maria Bauer")]),
    # a kinship word before a first name
    ("Maria Bauer weint. Ihr Sohn Thomas hilft beim Aufräumen. „Wir fangen von vorne an“, sagt er.",
     [("Wir fangen von vorne an", "Thomas")]),
    # a sentence about something unnamed keeps a pronoun from reaching past it
    ("Le ministre Clément Beaune a parlé. La direction générale de l’aviation civile a demandé des coupes. "
     "Selon elle, la situation devrait « revenir à la normale jeudi ».",
     [("revenir à la normale jeudi", "direction générale de l’aviation civile")]),
    ("Mayor Karen Bass spoke first. The crowd cheered for a while. “We will rebuild,” she said.",
     [("We will rebuild", None)]),
    # a pronoun passes a subject its words give the other gender
    ('"It was my whole identity," said Maria Lopez, 52. Her husband, Carlos, still works at a warehouse. '
     '"He keeps telling me something will come up," she said.',
     [("It was my whole identity", "Maria Lopez"), ("He keeps telling me something will come up", "Maria Lopez")]),
])
def test_pronouns_roles_and_descriptions_in_features(text, expected):
    assert quotes(text) == expected




def test_groups_speak_as_phrases():
    text = "Officials at the Department of Energy said the plant would reopen."
    assert [(q.kind, q.speaker, q.speaker_is_person) for q in _extract(text)] == [
        ("paraphrase", "Officials at the Department of Energy", False)]


@pytest.mark.parametrize("text, speaker, is_person", [
    # one capitalised word after an article: a German noun, unless it is an acronym
    ("Ein Polizeisprecher sagte: „Die Lage ist unter Kontrolle.“", "Polizeisprecher", False),
    ("Die RVL nannte den Ausstand »unverhältnismäßig und rücksichtslos«.", "RVL", False),
    # a group speaking is a phrase, never a person
    ('Critics called the bill "a giveaway to the rich."', "Critics", False),
    # near miss: a group word in a title before a name
    ('"We held the line," Staff Sgt. Jane Doe said.', "Jane Doe", True),
    # a French reflexive verb of speech
    ("« C’est une honte », s’est indigné le maire, Jean Martin.", "Jean Martin", True),
])
def test_nouns_acronyms_and_groups(text, speaker, is_person):
    found = [q for q in _extract(text) if q.kind == "quote"]
    assert [(q.speaker, q.speaker_is_person) for q in found] == [(speaker, is_person)]


@pytest.mark.parametrize("text, expected", [
    # a lede's unnamed role is the person the article goes on to tie to that role
    ('WESTBROOK - A Westbrook school board member faces censure after he told a parent to "go read a real '
     'book."\n\nBoard member Clifford Haines made the comment on Monday.', [("go read a real book.", "Clifford Haines")]),
    # near miss: later in the article, an unnamed role stays the phrase
    ('Board elections are in May.\n\nVoting starts at eight.\n\n"We need more money," a board member said.\n\n'
     'Board member Clifford Haines disagreed.', [("We need more money", "board member")]),
])
def test_lede_roles_named_later(text, expected):
    assert quotes(text) == expected


@pytest.mark.parametrize("text, speaker, is_person", [
    # "the" and one capitalised word is an institution
    ('The Pentagon said in a statement: "We are aware of the reports."', "Pentagon", False),
    # an office named by whose it is
    ('Chuck Schumer pushed the bill.\n\n"We will keep fighting," Schumer\'s office said.', "Schumer's office", False),
    # near miss: a spokesperson for someone is not that someone
    ('A spokesperson for Smith said: "He has no comment."', "spokesperson for Smith", False),
    # a noun that is also a verb ("the claims") is not the attribution
    ('In her ruling, Judge Tanya Chutkan wrote that the claims were "without merit."', "Tanya Chutkan", True),
    # a colon after a clause: its subject speaks
    ('Rishi Sunak toured Kent. Keir Starmer said: "We will fix it." Sunak hit back: "He has no plan."', "Rishi Sunak",
     True),
])
def test_institutions_offices_and_colons(text, speaker, is_person):
    found = [q for q in _extract(text) if q.kind == "quote"][-1:]
    assert [(q.speaker, q.speaker_is_person) for q in found] == [(speaker, is_person)]


@pytest.mark.parametrize("text", [
    # several speakers at once: nobody to name
    '"We\'re devastated," said Sarah and Tom Miller, whose home was destroyed.',
])
def test_no_single_speaker(text):
    assert [speaker for _, speaker in quotes(text)] == [None]


@pytest.mark.parametrize("text, expected", [
    # a surname never means someone the article names only later
    ("Mr and Mrs Patel have run the shop since 1994. \"It's our whole life,\" said Mr Patel. "
     "His wife, Priya Patel, agreed: \"We can't imagine closing.\"",
     [("It's our whole life", "Patel"), ("We can't imagine closing.", "Priya Patel")]),
    # a document speaks for whoever issued it
    ('Acme Corp. cut 200 jobs. According to a statement from the company, "Acme remains committed to the town."',
     [("Acme remains committed to the town.", "Acme Corp")]),
    # near miss: a company is not the last organisation named, whatever it is
    ('Robyn Denholm told CNBC the board was united.\n\n"We remain committed," the company said.',
     [("We remain committed", "company")]),
])
def test_surnames_documents_and_companies(text, expected):
    assert quotes(text) == expected


@pytest.mark.parametrize("text, speaker, is_person", [
    # an organisation named by its kind is the last one of that kind the article named
    ("Mercy Vale Medical Center hired nurses. The Mercy Vale Nurses Association struck.\n\n"
     "“We have made a fair offer,” the hospital said in a statement.", "Mercy Vale Medical Center", False),
    ("The Calder Bay Marine Transit Authority grounded the ferry. The Harbor Workers Union objected.\n\n"
     "“Safety comes first,” the agency said.", "Calder Bay Marine Transit Authority", False),
    ("ICE agents swept the port. The Harborside Workers Alliance protested.\n\n"
     "“We enforce the law,” the agency said.", "ICE", False),
    ("Das Amt für Jagd und Fischerei prüft den Antrag.\n\n„Die Analyse ist eindeutig“, erklärte das Amt.",
     "Amt für Jagd und Fischerei", False),
    ("Les restrictions annoncées par la préfecture de la Valdorne fâchent.\n\n"
     "« Le débit est bas », a indiqué la préfecture.", "préfecture de la Valdorne", False),
    ("La mise en service est repoussée, a annoncé la Régie des transports de Montreval (RTM).\n\n"
     "« Le surcoût sera pris en charge », a assuré la Régie dans un communiqué.", "Régie des transports de Montreval",
     False),
    # near misses: a kind the article never named stays the phrase, never another organisation
    ("The Mercy Vale Nurses Association struck.\n\n“We have made a fair offer,” the hospital said.", "hospital", False),
    # an unnamed worker is a role phrase
    ('Workers were stunned. Another employee said morale was "at rock bottom."', "employee", False),
    # an office named by whose it is names itself
    ("The Riverford School District sued.\n\n“We are reviewing it,” the attorney general's office said.",
     "attorney general's office", False),
    # a kinship role tied to a name
    ("His daughter, Kathleen O'Brien-Walsh, confirmed his death.\n\n"
     "“He never once told a kid to stop browsing,” his daughter recalled.", "Kathleen O'Brien-Walsh", True),
])
def test_organisations_by_kind_and_roles_by_tie(text, speaker, is_person):
    found = [q for q in _extract(text) if q.kind == "quote"]
    assert [(q.speaker, q.speaker_is_person) for q in found] == [(speaker, is_person)]


@pytest.mark.parametrize("text, expected", [
    ("Die Kanzlerin Anna Schmidt sagte: „Wir schaffen das nicht allein.“",
     [("Wir schaffen das nicht allein.", "Anna Schmidt")]),
    ("„Wir schaffen das nicht allein“, sagte Anna Schmidt.", [("Wir schaffen das nicht allein", "Anna Schmidt")]),
    ("« Nous ne reculerons pas », a déclaré Marie Dupont.", [("Nous ne reculerons pas", "Marie Dupont")]),
    ("Marie Dupont a déclaré : « Nous ne reculerons pas. »", [("Nous ne reculerons pas.", "Marie Dupont")]),
])
def test_german_and_french_marks(text, expected):
    assert quotes(text) == expected


@pytest.mark.parametrize("text, expected", [
    # British single marks around a quote holding double ones: one quote, the inner marks in its text
    ("Shopper Denise Carr had a different view: ‘My kids call it “the racetrack”. Anything’s better.’",
     [("My kids call it “the racetrack”. Anything’s better.", "Denise Carr")]),
    ("‘She described it to police as “like having the walls taken away”,’ Ms Hume said.",
     [("She described it to police as “like having the walls taken away”", "Hume")]),
    # near miss: apostrophes around a double-quoted quote open nothing
    ("The officers' union backed Sam O'Brien. “We won't back down,” O'Brien said of the '90s contract.",
     [("We won't back down", "Sam O'Brien")]),
])
def test_single_marks_around_double_ones(text, expected):
    assert quotes(text) == expected


def test_multi_paragraph_quote_is_one_quote():
    text = ("“First paragraph of the statement is here.\n\n"
            "“Second paragraph continues the thought.\n\n"
            "“And the third one closes it,” Dana Whitfield said.")
    assert quotes(text) == [("First paragraph of the statement is here.\n\n“Second paragraph continues the "
                             "thought.\n\n“And the third one closes it", "Dana Whitfield")]


def test_multi_paragraph_quote_in_reversed_guillemets_is_one_quote():
    text = ("Direkt an der Talstation steht der Gasthof, den Resi Kofler führt.\n\n"
            "»Mein Großvater hat den Gasthof gebaut.\n\n»Wenn der Lift geht, weiß ich nicht weiter.«")
    assert quotes(text) == [("Mein Großvater hat den Gasthof gebaut.\n\n»Wenn der Lift geht, weiß ich nicht weiter.",
                             "Resi Kofler")]


def test_unbalanced_quote_warns_and_rest_is_extracted():
    text = ("Dana Whitfield said: “We will not back down.\n\n"
            "The council voted later. “The budget is balanced,” Tom Reyes said.\n\n"
            "“We start hiring in May,” Reyes added.")
    warnings: list[str] = []
    found = quotes(text, warnings)
    assert any("unclosed quotation mark at offset 21" in w for w in warnings)
    assert found[-2:] == [("The budget is balanced", "Tom Reyes"), ("We start hiring in May", "Tom Reyes")]
    assert all("council" not in q for q, _ in found)  # the open quote stops at its paragraph


# -- not quotes ------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Critics attacked the so-called “sanctuary” policies on Tuesday.",
    "The officers used “enhanced” tactics, critics complained on Monday.",
    "The word “sanctuary” appears 14 times in the bill.",
    "She starred in “The Long Way Home” last year.",
    "The report, “Borders and Ballots in America,” was released Monday.",
    "The agency launched Operation “Midway Blitz” in September.",
    "Robert “Bobby” Lane led the team for a decade.",
    "We don't know what O'Brien meant.",
    "Music from the '90s filled the hall as the officers' union met.",
    "The officers' union and Sam O'Brien's allies don't agree on the '90s contract.",
    "It's the workers' choice, and they'll make it by Friday.",
])
def test_not_quotes(text):
    assert quotes(text) == []


@pytest.mark.parametrize("text", [
    # a capitalised quotation right after a noun for a work, a headline or a group is its title
    "Adapted from Corinne Adair’s 2016 novel “Lanterns Over Bracken,” it follows a ferry pilot.",
    "A caption with the article “Storm knocks out power across east Harlow” misidentified a lineman.",
    "Boulevardblätter hatten mit Schlagzeilen wie „Angst in der Altstadt“ für Aufregung gesorgt.",
    "Den Begriff verwendet die Verwaltung in ihrem Sicherheitsbericht „Rheinau 2030 – Sicher leben“.",
    "Die Bürgerinitiative „Kreißsaal bleibt!“ kündigte eine Kundgebung an.",
    "L’affaire rappelle le scénario du film « Les Passeurs de l’aube », tourné sur le port.",
    # title case is a name with or without the full stop American style puts inside the marks
    "For the third straight week, nobody could get past the “Iron Curtain.”",
    "Locals call the complex “the Stacks,” not “the Chimneys.”",
    'He is touring behind his first album in a decade, "Salt and Static."',
    # a naming verb with an article before the name
    'It was what one local blog dubbed the "Battle of the Boiler."',
    "Critics have taken to calling the look “coastal noir,” all wet slate.",
    # an unclosed mark after a plain subject is a stray mark, not a lost closing one
    "Phil Arceneaux runs a shack that locals have long called the “Strip. He was behind the counter.",
    'Islanders have called the boat the "old lady of the bay for as long as most can remember.',
])
def test_titles_names_and_stray_marks_are_not_quotes(text):
    assert quotes(text) == []


@pytest.mark.parametrize("text, expected", [
    # between a determiner and the noun it describes, a quotation is a label
    ("The audit faulted the county’s “pay first, inspect later” approach to invoices.", []),
    ("Critics said the agency's \"zero tolerance\" policy split families.", []),
    # near misses: a fragment followed by a function word, or by the comma of a clause
    ("Tom Reyes called the plan “a disaster for families” and vowed to fight it.",
     [("a disaster for families", "Tom Reyes")]),
    ("Helena Stroud, who has claimed the bureau is focusing on the “worst of the worst,” defended the numbers.",
     [("worst of the worst", "Helena Stroud")]),
    ('Tom Reyes called it a "total disaster for families" today.', [("total disaster for families", "Tom Reyes")]),
    # a colon ends the clause before the subject
    ('Critics were divided: Rolling Stone called the album "a masterpiece of heartbreak."',
     [("a masterpiece of heartbreak.", "Rolling Stone")]),
])
def test_quotes_used_as_modifiers(text, expected):
    assert quotes(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a verb taking a quoted fragment as its object's complement: the subject's words, however short
    ('Lucero called that earlier operation "too scattershot" in an interview last year.',
     [("too scattershot", "Lucero")]),
    ('A feud spilled onto social media after Calvin Thorne accused the city of "cooking the books."',
     [("cooking the books.", "Calvin Thorne")]),
    ("Stadträtin Selin Aydın (Grüne) nannte die Aktion „teure Symbolpolitik“.",
     [("teure Symbolpolitik", "Selin Aydın")]),
    ("Bürgermeister Anton Gruber zeigte sich »tief enttäuscht«.", [("tief enttäuscht", "Anton Gruber")]),
    # near miss: a title-case fragment after "call" names something
    ("Tom Reyes calls the new terminal “the Glass Palace.”", []),
])
def test_fragments_after_verbs_of_calling(text, expected):
    assert quotes(text) == expected


@pytest.mark.parametrize("text, expected", [
    # "what he called" a characterisation of three words or more quotes him
    ('Donald Trump denounced what he called "a witch hunt against me."', [("a witch hunt against me.", "Donald Trump")]),
    # a name or a short term after "call" is no quote
    ("Tom Reyes runs what locals call “the Strip” on the boardwalk.", []),
    ("Voss shoots the town in a palette critics call “coastal noir,” all wet slate.", []),
])
def test_called_right_before_the_quote(text, expected):
    assert quotes(text) == expected


@pytest.mark.parametrize("text, expected", [
    # the closing mark of a quote that goes on from an attributed one is lost at the paragraph end
    ('"I\'ve got one boat and twelve seats," Frank Delgado said. "I can\'t move a whole island.\n\nNext.',
     [("I've got one boat and twelve seats", "Frank Delgado"), ("I can't move a whole island.", "Frank Delgado")]),
    # an attribution that names nobody we can tell stays unresolved, never the previous speaker
    ('Peter Kowalski chaired the No side. Tomasz Kowalski chaired the Yes side. "We lost," Tomasz Kowalski '
     'said.\n\nBoth men shook hands. "It was never personal," Kowalski said.',
     [("We lost", "Tomasz Kowalski"), ("It was never personal", None)]),
])
def test_continued_and_unresolved_attributions(text, expected):
    assert quotes(text) == expected


def test_apostrophes_inside_a_quote_do_not_split_it():
    text = "Sam O'Brien said: “We don't back down, and the officers' union won't either.”"
    assert quotes(text) == [("We don't back down, and the officers' union won't either.", "Sam O'Brien")]


# -- reported speech -------------------------------------------------------------------------

@pytest.mark.parametrize("text, clause, speaker", [
    ("Mayor Tom Reyes said that the agency would cut 300 jobs next year.",
     "the agency would cut 300 jobs next year", "Tom Reyes"),
    ("Tom Reyes told reporters on Tuesday that the agency would cut 300 jobs next year.",
     "the agency would cut 300 jobs next year", "Tom Reyes"),
    ("The agency would cut 300 jobs next year, Mayor Tom Reyes said.",
     "The agency would cut 300 jobs next year", "Tom Reyes"),
    ("Bürgermeisterin Sabine Krämer sagte, dass die Stadt das Geld nicht habe.",
     "die Stadt das Geld nicht habe", "Sabine Krämer"),
    ("Le maire Jean Dupont a affirmé que la ville ne paierait pas.", "la ville ne paierait pas", "Jean Dupont"),
    # German reports without "dass" by the subjunctive
    ("Landrat Peter Huber erklärte, ein Gutachten koste Zeit, die man nicht habe.",
     "ein Gutachten koste Zeit, die man nicht habe", "Peter Huber"),
    ("Ein Sprecher der Nordbahn sagte, man werde bis Mittwochabend einen Notfahrplan veröffentlichen.",
     "man werde bis Mittwochabend einen Notfahrplan veröffentlichen", "Sprecher der Nordbahn"),
    ("Die Stadt Lindau kündigte an, die neue Brücke werde im Herbst gebaut.", "die neue Brücke werde im Herbst gebaut",
     "Stadt Lindau"),
])
def test_reported_speech_is_paraphrase(text, clause, speaker):
    found = _extract(text)
    assert [(q.kind, q.text, q.speaker) for q in found] == [("paraphrase", clause, speaker)]


@pytest.mark.parametrize("text", [
    "Die Stadt kündigte an, im Herbst eine neue Brücke zu bauen.",  # an intention, not a report
    "Huber sagte, das Wetter war schön und alle kamen nach Hause.",  # no subjunctive: not reported
])
def test_a_german_clause_after_a_comma_needs_the_subjunctive(text):
    assert _extract(text) == []


@pytest.mark.parametrize("text, clause, speaker", [
    # an object or an adverbial between the verb and "that"
    ("Eduardo Salcedo told jurors in Marlow County Circuit Court that he raised the problem at a briefing.",
     "he raised the problem at a briefing", "Eduardo Salcedo"),
    ("Das Amt für Jagd und Fischerei bestätigte inzwischen, dass es sich beim Täter um einen Wolf handelt.",
     "es sich beim Täter um einen Wolf handelt", "Amt für Jagd und Fischerei"),
    # the attribution among the last parts of the sentence, with adverbials after its verb
    ("The Kettering Avenue branch will stop opening on Saturdays, library officials announced Tuesday, "
     "a move they blamed on budget cuts.", "The Kettering Avenue branch will stop opening on Saturdays",
     "library officials"),
    ("Corvane Logistics will cut about 1,200 jobs, or 9% of its workforce, the company’s chief executive told "
     "employees in a memo early Wednesday.", "Corvane Logistics will cut about 1,200 jobs, or 9% of its workforce",
     "company’s chief executive"),
    # a clause without "that"; it ends where another attribution begins
    ("Gloria Pham, 45, a retired teacher, said donations of food had outpaced the shelter’s space.",
     "donations of food had outpaced the shelter’s space", "Gloria Pham"),
    ("Dale Brunner said cooler weather expected early in the week could help crews, but he cautioned against optimism.",
     "cooler weather expected early in the week could help crews", "Dale Brunner"),
    # near miss: a "that" qualifying a noun does not start the clause
    ("Tom Reyes said the plan that the council approved in May would fail.",
     "the plan that the council approved in May would fail", "Tom Reyes"),
    # nor does one after the clause began: "… were under orders and that …" is one report
    ("Sheriff Loretta Vance said 7400 residents were under orders and that deputies had gone door to door.",
     "7400 residents were under orders and that deputies had gone door to door", "Loretta Vance"),
    # a word joined by "and" is part of a title or a name, not a person of its own
    ("Parks and Recreation Director Samuel Whitford told the council that the pad would open by May.",
     "the pad would open by May", "Samuel Whitford"),
    ("Dunmoor and Fellside Police said in a statement that officers were called at 2.40pm.",
     "officers were called at 2.40pm", "Dunmoor and Fellside Police"),
    # a participle after the report goes on about the speaker; "Diocese of X" is one name
    ("The Diocese of Wexham announced that four churches would close by the end of the year, citing a repair bill.",
     "four churches would close by the end of the year", "Diocese of Wexham"),
    ("Marlow Foods said it had agreed to buy Pipkin Brothers for about $1.9 billion, betting that demand will hold.",
     "it had agreed to buy Pipkin Brothers for about $1.9 billion", "Marlow Foods"),
    # a relative clause about the speaker is no attribution of its own
    ("Sen. Lucia Barrientos, D-Kessler Heights, who wrote the bill, said it was about giving towns a tool.",
     "it was about giving towns a tool", "Lucia Barrientos"),
    # German reported speech told by the subjunctive of a common verb
    ("Meteorologe Jonas Petersen erklärte, der frühe Austrieb mache die Reben besonders anfällig.",
     "der frühe Austrieb mache die Reben besonders anfällig", "Jonas Petersen"),
    # a group described by a relative clause is the group
    ("Parents who packed the school board meeting say they were never consulted.",
     "they were never consulted", "Parents"),
    # a nickname in quotation marks does not keep a sentence from being reported speech
    ("Dock foreman Samuel “Sully” Okafor, 58, said nearly a third of his crew had stopped showing up.",
     "nearly a third of his crew had stopped showing up", "Samuel Okafor"),
    # an article "an" opens a clause; only the German particle "an," does not
    ("Dr. Ana Ruiz spoke first. She said that an urgent care clinic cannot treat a stroke.",
     "an urgent care clinic cannot treat a stroke", "Ana Ruiz"),
    # after "that", a clause may open with a gerund
    ("Harriet Lindqvist argued that closing it would leave the county without a hospital.",
     "closing it would leave the county without a hospital", "Harriet Lindqvist"),
    # verbs of reporting as Indian and wire English write them
    ("Ward councillor Meera Joshi alleged that the contractor had skipped the pressure test.",
     "the contractor had skipped the pressure test", "Meera Joshi"),
    ("Officials informed that 40 buses had been added to the morning routes.",
     "40 buses had been added to the morning routes", "Officials"),
    # a hedged number opens a clause; a gerund subject does when a verb follows
    ("Tobias Ferrand said about 9,000 homes remained without water on Sunday.",
     "about 9,000 homes remained without water on Sunday", "Tobias Ferrand"),
    ("Alma Teague says relocating a nest is always the last option.",
     "relocating a nest is always the last option", "Alma Teague"),
    # the report is the verb that takes "that", not an earlier one with an object
    ("Gov. Rhea Castellan declared a state of emergency for Orrin County and said that two shelters would open.",
     "two shelters would open", "Rhea Castellan"),
    # what the speaker did next is no part of the report
    ("Le maire de Vernaz, Paul Ostier, a indiqué que la route était fermée et a appelé les habitants à patienter.",
     "la route était fermée", "Paul Ostier"),
    # German verb-second with the subject and a long adverbial after the verb; an office's particle
    ("Ortsvorsteherin Jana Wirth bedauert das. Der Ort verliere damit seinen Mittelpunkt, sagte sie in der "
     "letzten Sitzung des Ortschaftsrats.", "Der Ort verliere damit seinen Mittelpunkt", "Jana Wirth"),
    ("Die Gemeinde prüfe einen Umbau, erklärte Bürgermeisterin Heike Sattler auf Anfrage.",
     "Die Gemeinde prüfe einen Umbau", "Heike Sattler"),
])
def test_reported_speech_around_objects_adverbials_and_commas(text, clause, speaker):
    found = _extract(text)
    assert [(q.kind, q.text, q.speaker) for q in found] == [("paraphrase", clause, speaker)]


@pytest.mark.parametrize("text, clause, speaker", [
    # wire datelines are no part of the subject
    ("MOSCOW (Reuters) - Russia said on Monday it had shot down 20 drones overnight.",
     "it had shot down 20 drones overnight", "Russia"),
    ("SPRINGFIELD, Ill. — Gov. Jane Doe said the state would appeal the ruling.",
     "the state would appeal the ruling", "Jane Doe"),
    ("NEW YORK, Feb 11 (Reuters) - Norvale Foods said on Wednesday it would buy Crestmoor Dairy.",
     "it would buy Crestmoor Dairy", "Norvale Foods"),
])
def test_reported_speech_after_datelines(text, clause, speaker):
    found = _extract(text)
    assert [(q.kind, q.text, q.speaker, q.speaker_as_written.startswith(("MOSCOW", "SPRING")))
            for q in found] == [("paraphrase", clause, speaker, False)]




@pytest.mark.parametrize("text, expected", [
    # reported speech read in step with quotes passes its speaker on to the next pronoun
    ("“Do not wait to see flames,” Sheriff Loretta Vance said.\n\nShe said that 7400 residents were under "
     "evacuation orders.\n\n“We will not let anyone back in until it is safe,” she added.",
     [("Do not wait to see flames", "Loretta Vance"), ("We will not let anyone back in until it is safe", "Loretta Vance")]),
    # an abbreviation between the verb and the quote does not end the sentence
    ("Harriet Lindqvist accused Gov. Warren Ashby of trying to “balance a budget on the backs of people.”",
     [("balance a budget on the backs of people.", "Harriet Lindqvist")]),
    # a clause ending in a colon: its subject speaks
    ("Shopper Denise Carr, 44, who was in town with her children, had a different view: ‘Anything’s better.’",
     [("Anything’s better.", "Denise Carr")]),
    # an unattributed quote goes to whom the sentence just before it was about, not the last speaker
    ("Tom Smith and Mary Jones debated. “It is over,” Smith said. Mary Jones disagreed sharply. “It is not.”",
     [("It is over", "Tom Smith"), ("It is not.", "Mary Jones")]),
    # near miss: someone named in passing in between is not the speaker
    ("Tom Smith spoke. “It is over,” Smith said. The crowd booed Mary Jones. “It is really over.”",
     [("It is over", "Tom Smith"), ("It is really over.", "Tom Smith")]),
    # words named as someone's claim or remark are theirs, not the subject's
    ("Tom Smith spoke. Mary Jones responded to Smith’s claim that “nobody reads the bill.”",
     [("nobody reads the bill.", "Tom Smith")]),
    ('Senator Tom Reyes spoke first. Mary Jones dismissed his remark that the plan was "dead on arrival."',
     [("dead on arrival.", "Tom Reyes")]),
    # a title of the other gender: not the person of that surname named before
    ('John Smith spoke first. "We are fine," Mrs. Smith said.', [("We are fine", None)]),
    # the verb of a clause before the main one is not the quote's attribution
    ('Staff were told of the review. When one employee asked whether layoffs were coming, "Not if we can help it," '
     'came the reply.', [("Not if we can help it", None)]),
    # near miss: after the clause ends, the main clause attributes
    ('Tom Reyes spoke last. When asked about the delay, Reyes said, "We will be ready."',
     [("We will be ready.", "Tom Reyes")]),
    # near miss: the subject of a sentence with no verb of speech is no speaker
    ("Mayor Tom Reyes spoke. The council approved the plan “without any further delay or debate” on Monday.",
     [("without any further delay or debate", None)]),
])
def test_attribution_in_step_and_across_abbreviations(text, expected):
    assert quotes(text) == expected


@pytest.mark.parametrize("text, clause, fragment, speaker", [
    # a quoted fragment inside reported speech is a quote and part of the report
    ('Coach Dana Whitfield said her team had "no business" winning after trailing by 11.',
     'her team had "no business" winning after trailing by 11', "no business", "Dana Whitfield"),
    ("Senator Ruth Oyelaran said the formula “shortchanges the state that does the most” and should be rewritten.",
     "the formula “shortchanges the state that does the most” and should be rewritten",
     "shortchanges the state that does the most", "Ruth Oyelaran"),
    # two predicates of one subject: the first quotes a fragment, the second reports
    ('Councillor Idris Baptiste called the vote "a stitch-up" and said the budget was never debated.',
     "the budget was never debated", "a stitch-up", "Idris Baptiste"),
])
def test_reported_speech_holding_a_quoted_fragment(text, clause, fragment, speaker):
    found = _extract(text)
    assert sorted((q.kind, q.text, q.speaker) for q in found) == [
        ("paraphrase", clause, speaker), ("quote", fragment, speaker)]


def test_a_pronoun_after_a_long_quote_goes_to_its_speaker_not_to_words_inside_it():
    text = ("Bürgermeister Anton Gruber zeigte sich »tief enttäuscht«. »Der Lift ist für uns nicht irgendeine "
            "Anlage. Hier haben Generationen von Kindern Skifahren gelernt«, so Gruber. Er kündigte an, dass der "
            "Gemeinderat im Mai beraten werde.")
    assert [(q.kind, q.speaker) for q in _extract(text)][-1] == ("paraphrase", "Anton Gruber")


@pytest.mark.parametrize("text", [
    "A spokeswoman declined to say how many workers had found new jobs.",
    "A meeting ended early after residents shouted down state environmental officials for twenty minutes.",
    "Tom Reyes urged households to keep food waste sealed.",
    "Desmond O’Neill admitted criminal damage at Fenwick Magistrates’ Court on Monday.",
    "Asked whether he’d ever run the play before, Coach Kim laughed.",
    "Republican members of the committee have so far sided with the governor.",
    "The measure failed 2,811 to 2,604, according to unofficial results posted by the district clerk.",
    "Harriet Lindqvist vowed on Monday to block any budget that closes Pine Fork Regional Hospital.",
    "Senatorin Melanie Leonhard sprach lange. Sie kündigte an, im Herbst ein neues Konzept vorzulegen.",
    "The study compared crash reports involving drivers aged 16 to 18 before and after the change.",
    # a verb that takes an object: what follows it is no clause without "that" or a verb
    "Kendra Boyd added 14 points and 12 rebounds, and her twin sister handed out eight assists.",
    "Gov. Teresa Alvarado has declared a state of emergency for Kessler County.",
    # the rest of a relative clause without "that" is no report
    "The board approved seven closures, a move the district says will save $9.1 million a year.",
    # a verb of saying in a relative clause tells about the subject; the sentence reports nothing
    "Helena Stroud, who has repeatedly claimed the bureau targets criminals, defended the numbers on Friday.",
])
def test_not_reported_speech(text):
    assert _extract(text) == []


def test_said_then_a_subject_a_later_verb_takes_is_no_attribution_at_the_end():
    text = "Marcus Oyelowo, the county's shelter coordinator, said two gyms, at Eastfield and Norbrook, would open tonight."
    assert [(q.text, q.speaker) for q in _extract(text)] == [
        ("two gyms, at Eastfield and Norbrook, would open tonight", "Marcus Oyelowo")]


def test_a_verb_particle_is_no_speaker():
    text = "Die Brauerei Halden, der das Haus gehört, teilte mit, man sei »für jede faire Lösung« offen."
    assert sorted((q.kind, q.text, q.speaker) for q in _extract(text)) == [
        ("paraphrase", "man sei »für jede faire Lösung« offen", "Brauerei Halden"),
        ("quote", "für jede faire Lösung", "Brauerei Halden")]



@pytest.mark.parametrize("text, clause, speaker", [
    # German reports with a comma and the subjunctive, Konjunktiv I or II
    ("Die Spediteurin Katja Pohl, die mit dem Landrat nicht verwandt ist, sagte, ihre Lastwagen müssten künftig "
     "einen Umweg fahren.", "ihre Lastwagen müssten künftig einen Umweg fahren", "Katja Pohl"),
    # an organisation German names by its kind, then its place, with a shared hyphenated half
    ("Die Industrie- und Handelskammer Oberwendel erklärte, die Sperrung treffe rund 300 Betriebe.",
     "die Sperrung treffe rund 300 Betriebe", "Industrie- und Handelskammer Oberwendel"),
])
def test_german_reports_in_the_subjunctive(text, clause, speaker):
    assert [(q.kind, q.text, q.speaker) for q in _extract(text)] == [("paraphrase", clause, speaker)]


def test_a_german_noun_before_a_place_and_no_verb_in_the_subjunctive_is_no_report():
    # near miss: the indicative after the comma is the speaker's own next clause, not a report
    assert _extract("Hans Kammer sagte, er fährt morgen nach Kiel.") == []


@pytest.mark.parametrize("text, expected", [
    # "she" after an unnamed spokeswoman's quote is that spokeswoman
    ("A Crossgate Council spokeswoman said: 'We have received complaints.'\n\nShe said chimes should be played "
     "for only a few seconds at a time.", [("quote", "Crossgate Council spokeswoman"),
                                             ("paraphrase", "Crossgate Council spokeswoman")]),
    # near miss: "he" never means a spokeswoman; the report is kept, its speaker left to the editor
    ("A Crossgate Council spokeswoman said: 'We have received complaints.'\n\nHe said chimes should be played "
     "for only a few seconds at a time.", [("quote", "Crossgate Council spokeswoman"), ("paraphrase", None)]),
])
def test_a_pronoun_after_an_unnamed_role(text, expected):
    assert [(q.kind, q.speaker) for q in _extract(text)] == expected



@pytest.mark.parametrize("text, expected", [
    # a word quoted inside reported speech is the speaker's word
    ("Dr Qureshi warned that a national rollout could ‘flood’ cardiology departments with referrals.",
     [("paraphrase", "a national rollout could ‘flood’ cardiology departments with referrals", "Qureshi"),
      ("quote", "flood", "Qureshi")]),
    # a word quoted after a verb of judging is the judge's ('called the price "rich"')
    ('Priya Natarajan, an analyst at Corbel & Finch, called the price "rich" on Monday.',
     [("quote", "rich", "Priya Natarajan")]),
    # "so far" is no German "so": the report's speaker is the one who said it
    ("Tebbetts said air monitors had so far picked up only “trace readings” on the east side of town.",
     [("paraphrase", "air monitors had so far picked up only “trace readings” on the east side of town", "Tebbetts"),
      ("quote", "trace readings", "Tebbetts")]),
])
def test_words_quoted_inside_reported_speech(text, expected):
    assert [(q.kind, q.text, q.speaker) for q in _extract(text)] == expected


@pytest.mark.parametrize("text", [
    # near misses inside a report: a name in title case, and a label before its noun
    "The department said inspectors would examine the span, a steel truss known locally as “Old Rusty,” next week.",
    "The city said on Friday that its officers and deputies had repeatedly used “enhanced” tactics during raids.",
])
def test_names_and_labels_inside_reported_speech_are_no_quotes(text):
    assert [q.kind for q in _extract(text)] == ["paraphrase"]


@pytest.mark.parametrize("text, clause, speaker", [
    # a clause whose verb is an irregular past, after a bare plural
    ("Chief financial officer Raymond Oduya said house-label products now made up 38 per cent of sales.",
     "house-label products now made up 38 per cent of sales", "Raymond Oduya"),
    # another attribution after "but" ends the first report, however long its subject
    ("Tamarack Grocers Ltd. says its quarterly profit fell by nearly a fifth, but the country's fourth-largest grocer "
     "insists the price freeze will hold.", "its quarterly profit fell by nearly a fifth", "Tamarack Grocers Ltd"),
    # what the speaker did next ends the report
    ("Kruger said the forwards had been the difference in the final quarter, singling out Mokoena for his work.",
     "the forwards had been the difference in the final quarter", "Kruger"),
    # whom it was told may be a bare plural; the clause's verb an irregular past
    ("Euan Baird, managing director of Glenbrannock Distillers, which employs 23 people, told councillors the "
     "expansion would create 14 more jobs.", "the expansion would create 14 more jobs", "Euan Baird"),
    ("Valerie Gomes, who returned last year to run the company, told the audience she understood the anger in the "
     "room.", "she understood the anger in the room", "Valerie Gomes"),
    # a clause closed by a comma inside an apposition is no subject ...
    ("Liam Coutts, 27, a builder who had paddled the river since they were teenagers, said the family did not blame "
     "any single person.", "the family did not blame any single person", "Liam Coutts"),
    # ... but the name after "after" still is, apposition and all
    ("A water bill stalled Tuesday after Sen. Carl Brantley, R-Texas, said he would not vote for it without changes.",
     "he would not vote for it without changes", "Carl Brantley"),
])
def test_bare_clauses_objects_and_what_the_speaker_did_next(text, clause, speaker):
    assert [(q.kind, q.text, q.speaker) for q in _extract(text)] == [("paraphrase", clause, speaker)]


@pytest.mark.parametrize("text, clause", [
    # the writer's comment after the report is no part of it
    ("Kyle Huebner says the cut was the right call, a view that has made for some tense suppers.",
     "the cut was the right call"),
    ("Farrow said there was no evidence the codes had been used, a claim Sato said he had no way to check.",
     "there was no evidence the codes had been used"),
    ("The mayor said the city would hire 300 officers, a figure critics call unrealistic.",
     "the city would hire 300 officers"),
    # near miss: an apposition that is the speaker's own words stays
    ("The mayor said the city would hire 300 officers, a figure unchanged since May.",
     "the city would hire 300 officers, a figure unchanged since May"),
])
def test_a_comment_after_the_report_ends_it(text, clause):
    assert [q.text for q in _extract(text) if q.kind == "paraphrase"][:1] == [clause]


@pytest.mark.parametrize("text, expected", [
    # a participle of speech after the first report is a second report
    ("The union’s lawyer, Miriam Castellano, said the association had filed two charges with the board, alleging "
     "the hospital had quietly changed the schedules of nurses.",
     [("the association had filed two charges with the board", "Miriam Castellano"),
      ("the hospital had quietly changed the schedules of nurses", "Miriam Castellano")]),
    # "It" after an organisation's sentence is that organisation
    ("In a statement, the Fisheries Division said it had received no application. It stated that any relocation "
     "would require a separate public consultation.",
     [("it had received no application", "Fisheries Division"),
      ("any relocation would require a separate public consultation", "Fisheries Division")]),
    # German Konjunktiv II of a weak verb
    ("Der Landesverband der Rettungsdienste erklärte, es fehlten landesweit rund 140 Notärztinnen und Notärzte.",
     [("es fehlten landesweit rund 140 Notärztinnen und Notärzte", "Landesverband der Rettungsdienste")]),
])
def test_second_reports_it_and_german_subjunctive(text, expected):
    assert [(q.text, q.speaker) for q in _extract(text) if q.kind == "paraphrase"] == expected


@pytest.mark.parametrize("text", [
    # "it" never means a person; a clause of time with a verb of speech attributes nothing
    "Mayor Tom Reyes spoke first. It stated that the budget would pass.",
    "Besonders still wurde es im Saal, als Monika Hartl sprach.",
])
def test_it_after_a_person_and_a_clause_of_time_report_nothing(text):
    assert [q for q in _extract(text) if q.kind == "paraphrase"] == []


@pytest.mark.parametrize("text", [
    "Raymond Oduya said goodbye and left the building.",
    # a verb inside a relative clause of the object makes no report
    "Kristen Alder wrote most of what went into it: the obituaries, the school board, the county fair.",
    "The company announced a $2bn share buyback and raised its quarterly dividend by 3 cents to 24 cents a share.",
])
def test_said_with_an_object_is_no_report(text):
    assert [q for q in _extract(text) if q.kind == "paraphrase"] == []


def test_a_scare_quote_with_no_speaker_stays_out():
    # near miss: a word in quotation marks with no verb of saying before it is a term
    assert _extract("The so-called ‘flood’ of referrals never came.") == []


# -- linear time ----------------------------------------------------------------------------

def _timed(text: str) -> tuple[float, list]:
    started = time.perf_counter()
    found = extract_quotes(text, [])
    return time.perf_counter() - started, found


@pytest.mark.parametrize("text", [
    "“" * 100_000,
    " “a" * 100_000,
    '"' * 100_000,
    " 'a" * 100_000,
    "Dana Whitfield said: " + "“We will " * 100_000,
], ids=["curly-run", "curly-spaced", "straight-run", "single-spaced", "attributed"])
def test_many_unmatched_opening_marks_finish_fast(text):
    elapsed, found = _timed(text)
    assert elapsed < 10, f"{elapsed:.1f}s"
    assert len(found) <= 1


def test_one_megabyte_article_finishes_fast():
    paragraph = ("Tom Reyes, the mayor, said the city would hire 300 officers. “We will not back down,” "
                 "Reyes said. The so-called “sanctuary” rule stays, according to Elena Marsh.\n\n")
    text = paragraph * (1_000_000 // len(paragraph) + 1)
    assert len(text) >= 1_000_000
    elapsed, found = _timed(text)
    assert elapsed < 10, f"{elapsed:.1f}s"
    per_paragraph = [(q.kind, q.text, q.speaker) for q in found[:2]]
    assert per_paragraph == [("paraphrase", "the city would hire 300 officers", "Tom Reyes"),
                             ("quote", "We will not back down", "Tom Reyes")]


def test_many_organisations_and_their_short_forms_finish_fast():
    # every short form is looked up in a table built once, not by reading every name named before
    names = [f"{a} {b} Authority" for a in ("North", "South", "East", "West", "Upper", "Lower", "Old", "New")
             for b in ("Ardle", "Brenn", "Calder", "Dunmore", "Essing", "Farrow", "Glen", "Harrow", "Isling",
                       "Jessop", "Kell", "Lorne", "Marrow", "Norbury", "Orrin", "Pell")]
    text = "".join(f"The {name} met on Monday. “We are ready,” the {name.split()[1]} Authority said.\n\n"
                   for name in names) * 40
    elapsed, found = _timed(text)
    assert elapsed < 10, f"{elapsed:.1f}s"
    assert (found[0].text, found[0].speaker) == ("We are ready", "North Ardle Authority")


@pytest.mark.parametrize("text, expected", [
    # a participle after the report adds a second report by the same speaker
    ("Mayor Celia Orton admitted that the city had been slow to grit roads, telling a news conference that "
     "crews had been “one shift behind” from the start.",
     [("paraphrase", "the city had been slow to grit roads", "Celia Orton"),
      ("paraphrase", "crews had been “one shift behind” from the start", "Celia Orton"),
      ("quote", "one shift behind", "Celia Orton")]),
    ("The director insisted that he never signed the contract, telling lawmakers his signature had been forged.",
     [("paraphrase", "he never signed the contract", "director"),
      ("paraphrase", "his signature had been forged", "director")]),
    # near miss: a participle with no clause after it adds nothing
    ("Mayor Celia Orton said that the roads would be gritted by noon, telling crews to hurry.",
     [("paraphrase", "the roads would be gritted by noon", "Celia Orton")]),
    # a second report joined by "and" and a verb of saying, with a fragment in it
    ("Trade body Kauri Ltd said in its submission that visitors spent an estimated $9 million last year, and warned "
     "the rules could “send them over the hill” to other districts.",
     [("paraphrase", "visitors spent an estimated $9 million last year", "Kauri Ltd"),
      ("paraphrase", "the rules could “send them over the hill” to other districts", "Kauri Ltd"),
      ("quote", "send them over the hill", "Kauri Ltd")]),
    # what the speaker did while saying it is not part of the report
    ("The group said in a filing late on Thursday that it had received no approach, in response to a query about "
     "trading in its shares.", [("paraphrase", "it had received no approach", "group")]),
    # verbs of disclosing, contractions and a title of an office in lower case
    ("Amina Bello disclosed that the union had retained a lawyer.",
     [("paraphrase", "the union had retained a lawyer", "Amina Bello")]),
    ("Its director, Renata Villalobos, says the problem isn't a lack of money.",
     [("paraphrase", "the problem isn't a lack of money", "Renata Villalobos")]),
    ("Head of engineering Tomasz Wrona told the paper that the battery was the biggest change.",
     [("paraphrase", "the battery was the biggest change", "Tomasz Wrona")]),
    # German reports in the subjunctive after the words that follow the verb, and the subject after it
    ("Bürgermeister Jens Wolf sagte gegenüber dem «Anzeiger», eine Sanierung koste weniger als die Hälfte.",
     [("paraphrase", "eine Sanierung koste weniger als die Hälfte", "Jens Wolf")]),
    ("Helga Brenner saß in der ersten Reihe. Nach der Veranstaltung sagte sie, an Weihnachten werde man über etwas "
     "anderes reden.", [("paraphrase", "an Weihnachten werde man über etwas anderes reden", "Helga Brenner")]),
    # near miss: a German comma with no subjunctive after it starts no report
    ("Bürgermeister Jens Wolf sagte am Abend, dass die Sitzung vorbei ist.",
     [("paraphrase", "die Sitzung vorbei ist", "Jens Wolf")]),
])
def test_second_reports_where_reports_end_and_german_word_order(text, expected):
    assert [(q.kind, q.text, q.speaker) for q in _extract(text)] == expected


@pytest.mark.parametrize("text, expected", [
    # a dateline with a double hyphen or a German agency's lower-case code is no part of the report
    ("HARLOW TOWNSHIP (WKTB) -- A llama that slipped out of its pen led deputies on a long chase, the sheriff's office "
     "said.", "A llama that slipped out of its pen led deputies on a long chase"),
    ("Hallbrück (dnm) - Die Wendelbrücke werde ab Montag für den Verkehr gesperrt, teilte das Ministerium mit.",
     "Die Wendelbrücke werde ab Montag für den Verkehr gesperrt"),
    # a state's abbreviation in a dateline ends no sentence
    ("CORLISS, Ind. (MWS) — Eleven cars of a freight train jumped the tracks before dawn, Tri-River Railroad said.",
     "Eleven cars of a freight train jumped the tracks before dawn"),
])
def test_datelines_of_local_stations_and_agencies(text, expected):
    assert [q.text for q in _extract(text) if q.kind == "paraphrase"] == [expected]
