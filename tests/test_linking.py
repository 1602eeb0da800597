"""Suggestions, editors' links and rejections, re-matching and settings, through the CLI."""

import json

from factcheck.matching import QuoteIndex

SUGGESTED = "his group had heard from at least 90 families since the sweep began"
SUGGESTED_TO = "his group’s hotline had taken calls from at least 90 families since the raids began"


def _suggestions(run):
    return json.loads(run("suggestions", "-f", "json").stdout)


def _claim_of(run, mention_id):
    for claim in json.loads(run("claims", "-f", "json").stdout):
        for mention in claim["mentions"]:
            if mention["id"] == mention_id:
                return claim
    raise AssertionError(mention_id)


def test_close_paraphrases_are_suggested_not_joined(ingested):
    rows = _suggestions(ingested)
    pairs = {(r["mention_text"], r["claim_text"]) for r in rows}
    assert (SUGGESTED, SUGGESTED_TO) in pairs
    row = next(r for r in rows if r["mention_text"] == SUGGESTED)
    assert (row["score"], row["scorer"]) == (80.5, "ratio")
    assert row["reason"] == "score 80.5 by ratio is below the match threshold 90"
    assert _claim_of(ingested, row["mention_id"])["id"] != row["claim_id"]  # never inherits a verdict


def test_link_accepts_a_suggestion_and_match_keeps_it(ingested):
    row = next(r for r in _suggestions(ingested) if r["mention_text"] == SUGGESTED)
    ingested("verify", str(row["claim_id"]), "--note", "hotline log checked", "--evidence", "hotline log")
    result = ingested("link", str(row["mention_id"]), str(row["claim_id"]))
    assert result.exit_code == 0
    assert result.stdout.strip() == f"Mention {row['mention_id']} now belongs to claim #{row['claim_id']} (verified)"
    assert _claim_of(ingested, row["mention_id"])["id"] == row["claim_id"]
    assert all(r["mention_id"] != row["mention_id"] for r in _suggestions(ingested))
    ingested("match")
    assert _claim_of(ingested, row["mention_id"])["id"] == row["claim_id"]


def test_unlink_splits_and_the_pair_is_never_suggested_again(ingested):
    port = next(c for c in json.loads(ingested("claims", "-f", "json").stdout)
                if c["text"].startswith("The port runs on these workers"))
    mention = port["mentions"][-1]["id"]
    result = ingested("unlink", str(mention))
    assert result.exit_code == 0 and result.stdout.startswith(f"Mention {mention} left claim #{port['id']} for new claim #")
    assert _claim_of(ingested, mention)["id"] != port["id"]
    assert len(_claim_of(ingested, port["mentions"][0]["id"])["mentions"]) == 2
    ingested("match")
    assert _claim_of(ingested, mention)["id"] != port["id"]
    assert all(r["mention_id"] != mention for r in _suggestions(ingested))


CLINICS = {  # one promise as two outlets quoted it: alike, but below the default match threshold
    "clinics-herald.txt": "We are going to keep every single clinic in this county open, all winter",
    "clinics-post.txt": "We will keep every clinic in the county open all winter",
}


def _clinic_articles(folder, quotes=CLINICS):
    for day, (name, quote) in enumerate(quotes.items(), start=5):
        (folder / name).write_text(f"Title: Clinics stay open\nSource: {name[8:-4].title()}\nDate: 2026-01-0{day}\n\n"
                                   f"“{quote},” County Executive Rosa Delgado said on Monday.\n", encoding="utf-8")
    return str(folder)


def test_lower_threshold_then_match_joins_suggestions(run, tmp_path):
    assert run("ingest", _clinic_articles(tmp_path)).exit_code == 0
    [row] = _suggestions(run)
    assert (row["mention_text"], row["claim_text"], row["score"]) == (CLINICS["clinics-post.txt"],
                                                                       CLINICS["clinics-herald.txt"], 83.6)
    assert run("settings", "match_threshold", "80").stdout.splitlines() == [
        "match_threshold = 80", "suggest_threshold = 75", "reviewer = (your user name)"]
    result = run("match", "-f", "json")
    changes = json.loads(result.stdout)
    assert [(c["to"], c["score"]) for c in changes if c["mention"] == row["mention_id"]] == [(row["claim_id"], 83.6)]
    assert _claim_of(run, row["mention_id"])["id"] == row["claim_id"]
    assert "mention(s) moved" in result.stderr
    run("settings", "match_threshold", "90")
    run("match")
    assert _claim_of(run, row["mention_id"])["id"] != row["claim_id"]  # split out again


def test_reworded_quotes_are_only_ever_suggested(ingested):
    """Two content words changed ('heard from' / 'taken calls from', 'sweep' / 'raids'): an
    editor decides, whatever the match threshold."""
    ingested("settings", "match_threshold", "80")
    ingested("match")
    row = next(r for r in _suggestions(ingested) if r["mention_text"] == SUGGESTED)
    assert row["reason"] == "score 80.5 by ratio, but words differ"
    assert _claim_of(ingested, row["mention_id"])["id"] != row["claim_id"]


def test_settings_are_checked(ingested):
    bad = ingested("settings", "match_threshold", "high")
    assert bad.exit_code == 1 and "must be a number" in bad.stderr
    crossed = ingested("settings", "suggest_threshold", "95")
    assert crossed.exit_code == 1 and "may not exceed match_threshold" in crossed.stderr
    unknown = ingested("settings", "colour", "1")
    assert unknown.exit_code == 1 and "unknown setting 'colour'" in unknown.stderr


def test_show_explains_links_and_held_back_pairs(ingested):
    row = next(r for r in _suggestions(ingested) if r["mention_text"] == SUGGESTED)
    shown = ingested("show", str(_claim_of(ingested, row["mention_id"])["id"])).stdout
    assert f"held back from claim #{row['claim_id']}: below the match threshold 90 (score 80.5 by ratio)" in shown
    port = next(c for c in json.loads(ingested("claims", "-f", "json").stdout)
                if c["text"].startswith("The port runs on these workers"))
    shown = ingested("show", str(port["id"])).stdout
    assert "[first seen]" in shown and "[match 100 by ratio]" in shown


def test_unknown_mention_is_an_error(ingested):
    result = ingested("link", "99999", "1")
    assert result.exit_code == 1 and result.stderr == "Error: no mention with id 99999\n"


def test_index_finds_fragments_and_respects_rejections():
    index = QuoteIndex()
    index.add(1, "We are enforcing the law as Congress wrote it, and we will keep going until the job is done.")
    index.add(2, "Agents picked people up at random on the waterfront this week.")
    decision = index.decide("enforcing the law as Congress wrote it")
    assert decision.joined and decision.joined.claim_id == 1 and decision.joined.scorer == "partial_ratio"
    assert index.decide("enforcing the law as Congress wrote it", frozenset({1})).joined is None
    held = index.decide("Agents picked several people up on the busy waterfront this week.")
    assert held.joined is None and (held.suggested.claim_id, held.suggested.score) == (2, 81.6)
    index.remove(1)
    assert index.decide("enforcing the law as Congress wrote it").joined is None


def test_rematch_on_several_cores_gives_what_one_by_one_gives(run, db, tmp_path, monkeypatch):
    """Mentions decided in advance by forked workers, then again in turn where a claim they
    share a word with came or went, end exactly where deciding them one by one puts them."""
    from conftest import SAMPLES
    from factcheck import db as database, matching

    early, late = tmp_path / "early", tmp_path / "late"
    early.mkdir(), late.mkdir()
    (late / "clinics-later.txt").write_text(
        "Title: Clinics\nSource: Ledger\nDate: 2026-02-01\n\n“Every single clinic in this county stays open all "
        "winter, and we will keep it that way,” County Executive Rosa Delgado said.\n", encoding="utf-8")
    for folder in (_clinic_articles(early), str(SAMPLES), str(late)):
        assert run("ingest", folder).exit_code == 0
    run("settings", "match_threshold", "80")  # an early mention moves and empties its claim
    original = open(db, "rb").read()
    redecided_in_turn = []
    real_redecide = database.redecide
    monkeypatch.setattr(database, "redecide", lambda index, mentions, cores=1, progress=None: (
        redecided_in_turn.append(len(mentions) == 1) or real_redecide(index, mentions, max(cores, 2), progress)))
    monkeypatch.setattr(matching, "PARALLEL_FROM", 1)  # fork two workers even for a few mentions
    outcomes = []
    for one_by_one in (False, True):
        if one_by_one:  # every word is shared once anything changed: each mention decided in its turn
            monkeypatch.setattr(database, "index_tokens", lambda norm: matching.index_tokens(norm) | {"*"})
        with open(db, "wb") as file:
            file.write(original)
        result = run("match", "-f", "json")
        assert result.exit_code == 0
        stored = json.loads(open(db, encoding="utf-8").read())
        timeless = {table: {i: {k: v for k, v in row.items() if k not in ("at", "created_at")} for i, row in rows.items()}
                    for table, rows in stored.items() if table in ("mentions", "claims", "suggestions")}
        outcomes.append((json.loads(result.stdout), timeless))
        if not one_by_one:
            assert any(redecided_in_turn)  # the later clinic quote was decided again in its turn
    assert [c["from"] for c in outcomes[0][0] if "to" in c]  # something moved
    assert outcomes[0] == outcomes[1]


def test_a_quote_cut_by_an_ellipsis_joins_and_stays_on_rematch(run, tmp_path):
    quotes = {"clinics-herald.txt": "We are going to keep every single clinic in this county open, whatever the "
                                    "state decides next month, because families here have nowhere else to go",
              "clinics-post.txt": "We are going to keep every single clinic in this county open … because "
                                  "families here have nowhere else to go"}
    assert run("ingest", _clinic_articles(tmp_path, quotes)).exit_code == 0
    [claim] = json.loads(run("claims", "-f", "json").stdout)
    shown = json.loads(run("show", str(claim["id"]), "-f", "json").stdout)
    assert [(m["text"], m["scorer"]) for m in shown["mentions"]] == [(quotes["clinics-herald.txt"], None),
                                                                     (quotes["clinics-post.txt"], "parts")]
    assert json.loads(run("match", "-f", "json").stdout) == []


STORY = "The Ashwick levee on the Tessel River broke above Harlan Ferry on Saturday. "


def test_a_role_or_an_organisation_beside_a_person_is_no_misattribution(run, tmp_path):
    quote = "We will rebuild the levee before the spring rains, whatever it costs"
    for name, attribution in [("a.txt", "Gov. Patrice Landgrave said"), ("b.txt", "the governor said"),
                              ("c.txt", "the state emergency agency said in a statement")]:
        (tmp_path / name).write_text(f"Title: Levee\nSource: {name}\n\n{STORY}“{quote},” {attribution}.\n",
                                     encoding="utf-8")
    assert run("ingest", str(tmp_path)).exit_code == 0
    [claim] = json.loads(run("claims", "-f", "json").stdout)
    assert (claim["misattributed"], len(claim["mentions"])) == (False, 3)
    assert "Patrice Landgrave" in claim["speakers"]
    (tmp_path / "d.txt").write_text(f"Title: Levee\nSource: d\n\n{STORY}“{quote},” Mayor Dale Brunner said.\n",
                                    encoding="utf-8")
    assert run("ingest", str(tmp_path / "d.txt")).exit_code == 0
    [claim] = json.loads(run("claims", "-f", "json").stdout)
    assert claim["misattributed"] is True


def test_the_same_words_from_two_people_in_two_stories_are_no_misattribution(run, tmp_path):
    quote = "The voters have spoken, and they spoke clearly tonight"
    (tmp_path / "a.txt").write_text(f"Title: Vote\nSource: A\n\n{STORY}“{quote},” Mayor Dale Brunner said.\n",
                                    encoding="utf-8")
    (tmp_path / "b.txt").write_text("Title: Vote\nSource: B\n\nOrchard Bay voters backed the Cedar Point school bond "
                                    f"on Tuesday in Lake Verona County. “{quote},” Owen Ratliff said.\n", encoding="utf-8")
    assert run("ingest", str(tmp_path)).exit_code == 0
    [claim] = json.loads(run("claims", "-f", "json").stdout)
    assert (len(claim["mentions"]), claim["speakers"], claim["misattributed"]) == (
        2, ["Dale Brunner", "Owen Ratliff"], False)


def _statistic_claims(run) -> dict[str, dict]:
    return {c["text"]: c for c in json.loads(run("claims", "--kind", "statistic", "-f", "json").stdout)}


def test_a_claim_speaks_with_every_source_of_its_mentions(run, tmp_path):
    """The chief executive's 214 surgeries, repeated as the hospital's, conflict with the
    hospital's 241; the chief executive's alone and the hospital's are two named sources."""
    articles = {"a.txt": "Chief executive Gerald Pinsent said the hospital had postponed 214 surgeries.",
                "b.txt": "Kestrel Valley Medical Center says it has postponed 241 surgeries.",
                "c.txt": "Kestrel Valley Medical Center says it has postponed 214 surgeries."}
    for name, text in articles.items():
        (tmp_path / name).write_text(f"Title: Strike\nSource: {name}\n\n{STORY}{text}\n", encoding="utf-8")
    assert run("ingest", str(tmp_path / "a.txt"), str(tmp_path / "b.txt")).exit_code == 0
    claims = _statistic_claims(run)
    assert claims["214 surgeries"]["conflicts"] == claims["241 surgeries"]["conflicts"] == []
    assert run("ingest", str(tmp_path / "c.txt")).exit_code == 0
    claims = _statistic_claims(run)
    assert len(claims["214 surgeries"]["mentions"]) == 2
    assert claims["214 surgeries"]["conflicts"] == [claims["241 surgeries"]["id"]]
