"""Speed round 6: faster scans give exactly the answers of the plain character-by-character rules."""

from __future__ import annotations

import random

from reactlib.actors.textspans import sentence_starts_from_text


def _starts_char_by_char(text: str) -> list[int]:
    """The rule as first written: one Python step per character (the reference)."""
    starts = [0]
    n = len(text)
    i = 0
    while i < n:
        ch = text[i]
        if ch == "\n":
            j = i + 1
            while j < n and text[j].isspace():
                j += 1
            if j < n and j != starts[-1]:
                starts.append(j)
            i = j
            continue
        if ch in ".!?":
            j = i + 1
            while j < n and text[j] in "\"'\u201d\u2019)":
                j += 1
            if j < n and text[j] == " ":
                k = j
                while k < n and text[k] == " ":
                    k += 1
                if k < n and (text[k].isupper() or text[k] in "\"\u201c") and k != starts[-1]:
                    starts.append(k)
                i = k
                continue
        i += 1
    return starts


def test_sentence_starts_on_plain_prose():
    text = ("Officials in Quito said the vote was fair.  \u201cWe accept it,\u201d one said. "
            "the mayor disagreed! Why? \"Because\" it rained.)\n\n  Next paragraph here.")
    starts = sentence_starts_from_text(text)
    assert starts == _starts_char_by_char(text)
    assert [text[s:s + 4] for s in starts] == ["Offi", "\u201cWe ", "Why?", "\"Bec", "Next"]


def test_sentence_starts_match_the_character_rule_on_random_text():
    alphabet = ["a", "B", "\u00c9", "\n", " ", "\t", "\r", "\u2028", ".", "!", "?", "\"", "'",
                "\u201d", "\u2019", ")", "\u201c", "\\", "s"]
    rng = random.Random(6)
    for _ in range(20000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 30)))
        assert sentence_starts_from_text(text) == _starts_char_by_char(text), repr(text)


def test_role_fits_is_remembered_with_the_same_answers():
    from reactlib import linking

    pairs = [("kenyan foreign minister", "foreign minister"), ("minister of defence", "defence minister"),
             ("president", "leader"), ("rebel commander", "head of state"), ("prime minister", "head of government"),
             ("finance secretary", "finance minister"), ("minister for trade", "trade minister")]
    fresh = [linking._role_fits.__wrapped__(held, role, generic=g) for held, role in pairs for g in (True, False)]
    linking._role_fits.cache_clear()
    first = [linking._role_fits(held, role, generic=g) for held, role in pairs for g in (True, False)]
    again = [linking._role_fits(held, role, generic=g) for held, role in pairs for g in (True, False)]
    assert first == again == fresh
    assert fresh[:4] == [True, True, True, True] and fresh[4:6] == [True, False]
    assert linking._role_fits.cache_info().hits >= len(again)
    assert linking._office("minister of the interior") == "interior minister"
    assert linking._office("minister for trade") == "trade minister"


def test_first_act_and_incursions_after_the_verb_prefilter():
    from reactlib.stances.culprits import first_act, perpetrator_by_act

    crossing = "on monday soldiers from the north crossed into the valley at dawn".split()
    assert first_act(crossing) == crossing.index("crossed")
    assert perpetrator_by_act(crossing, lambda i: f"subject-{i}") == f"subject-{crossing.index('crossed')}"
    prices = "fuel prices moved higher and officials entered talks".split()
    assert first_act(prices) is None
    assert perpetrator_by_act(prices, lambda i: "x") is None


def test_mention_groups_of_single_and_joined_mentions():
    import reactlib
    from reactlib.actors import extract_actors
    from reactlib.nlp import blank_english
    from reactlib.stances.mentions import MentionIndex

    text = ("Foreign Minister Ana Duarte of Portugal said on Friday that Lisbon would help. "
            "Duarte said Spain agreed.")
    doc = blank_english()(text)
    article = extract_actors(reactlib.Article(text=text), doc)
    index = MentionIndex(article, doc)
    assert index.groups, "the actors' mentions make groups"
    assert all(g.start < g.end for g in index.groups)
    assert [g.start for g in index.groups] == sorted(g.start for g in index.groups)
    starts = {g.start: g for g in index.groups}
    duarte = text.index("Duarte said")
    k = index.token_at(duarte)
    assert k in starts and article.actor(starts[k].actor).kind == "person"
