"""Countries speaking together: "France, Britain and Germany said in a joint statement …".

Why: when three or more governments issue one statement, readers (and the annotations) take the
list as one speaker, a group — "the foreign ministers of Britain, France and Germany", later "the
three European powers" — while each country stays an actor of its own. Without this rule the
quote went to the last country named.

The shape is narrow: three or more country names joined by commas and a final "and", as the
subject of a reporting verb (directly, or after "in a joint statement"), after "[the] <plural post>
of" ("the foreign ministers of") or in a sentence that says they spoke together ("joint",
"jointly", "together"): "Israel, Azerbaijan and Qatar also pledged aid" are three actors. A later
"the three <adjective> powers / countries / governments" with the same number is the same group. Each look is a few tokens wide.
"""

from __future__ import annotations

from bisect import bisect_right
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # pragma: no cover
    from .recognize import Mention, Recognizer

#: Plural posts of people that speak for their governments ("the foreign ministers of …").
_POSTS = frozenset({"ministers", "leaders", "governments", "heads", "presidents", "envoys", "ambassadors"})
#: Plural nouns by which the group is named again ("the three European powers").
_GROUP_NOUNS = frozenset({"powers", "countries", "nations", "governments", "states", "allies", "capitals"})
_NUMBERS = {"three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8}
#: Words that say the countries spoke as one.
_TOGETHER = frozenset({"joint", "jointly", "together"})
_MIN_MEMBERS = 3
_MAX_MEMBERS = 8
#: How far after the group its second naming is looked for (tokens).
_REMENTION_WINDOW = 400


def find_coalitions(rec: "Recognizer", reporting: frozenset[str]) -> None:
    """Add a group mention for each joint subject of countries in ``rec`` (the countries keep theirs)."""
    by_start = {_token_at(rec, m.start): m for m in rec.mentions if m.kind == "country" and not m.weak}
    if len(by_start) < _MIN_MEMBERS:
        return
    i = 0
    for k in sorted(by_start):  # the country mentions alone, in order: no step per token of the article
        if k < i:
            continue  # inside a coalition found already
        members, end = _coordination(rec, k, by_start)
        if len(members) < _MIN_MEMBERS or not _speaks_after(rec, end, reporting):
            continue
        start = _post_before(rec, k)
        if start == k and not _joint_in_sentence(rec, k):
            i = end  # "Israel, Azerbaijan and Qatar also pledged aid": each on its own
            continue
        name = rec.view.span_text(start, end)
        if name.lower().startswith("the "):
            name = name[4:]
            start += 1
        key = f"coalition:{name.lower()}"
        rec.mentions.append(_mention(rec, start, end, name, key))
        _rementions(rec, end, len(members), name, key)
        i = end


def _token_at(rec: "Recognizer", char: int) -> int:
    """The index of the token holding character offset ``char``."""
    return bisect_right(rec.view.start, char) - 1


def _coordination(rec: "Recognizer", i: int, by_start: dict) -> tuple[list, int]:
    """The country mentions of "A, B and C" starting at token ``i``, and the token after the last."""
    members = []
    k = i
    while len(members) < _MAX_MEMBERS:
        m = by_start.get(k)
        if m is None:
            break
        end = _token_at(rec, m.end - 1) + 1
        members.append(m)
        if end < rec.n and rec.words[end] == "," and end + 1 < rec.n and rec.lowers[end + 1] == "and":
            k = end + 2  # the serial comma: "A, B, and C"
            last = True
        elif end < rec.n and rec.words[end] == ",":
            k = end + 1
            last = False
        elif end < rec.n and rec.lowers[end] == "and":
            k = end + 1
            last = True
        else:
            return [], end  # a list must end with "and <country>"
        if last:
            final = by_start.get(k)
            if final is None:
                return [], end
            members.append(final)
            return members, _token_at(rec, final.end - 1) + 1
    return [], i


def _speaks_after(rec: "Recognizer", end: int, reporting: frozenset[str]) -> bool:
    """A reporting verb right after the list, perhaps after "on <day>" or "in a joint statement"."""
    k = end
    for _ in range(6):
        if k >= rec.n:
            return False
        w = rec.lowers[k]
        if w in reporting:
            return True
        if w not in ("on", "in", "a", "joint", "statement", "also", "jointly", ",") and not rec.words[k][:1].isupper():
            return False
        k += 1
    return False


def _joint_in_sentence(rec: "Recognizer", i: int) -> bool:
    """Does the list's sentence say they spoke together ("in a joint statement", "jointly")?"""
    first, end = rec.view.sentence_of(i)
    return any(rec.lowers[k] in _TOGETHER for k in range(first, end))


def _post_before(rec: "Recognizer", i: int) -> int:
    """The start of "[the] foreign ministers of" before the list, else ``i``."""
    if i >= 2 and rec.lowers[i - 1] == "of" and rec.lowers[i - 2] in _POSTS:
        k = i - 2
        while k > 0 and i - k < 5 and rec.words[k - 1].isalpha() and rec.words[k - 1].islower() \
                and rec.lowers[k - 1] not in ("of", "and", "said", "in"):
            k -= 1
        return k
    return i


def _rementions(rec: "Recognizer", end: int, size: int, name: str, key: str) -> None:
    """"the three European powers" later with the same number: the same group."""
    stop = min(rec.n - 2, end + _REMENTION_WINDOW)
    for k in range(end, stop):
        if rec.lowers[k] != "the" or _NUMBERS.get(rec.lowers[k + 1]) != size:
            continue
        j = k + 2
        while j < rec.n and j - k < 5 and rec.lowers[j] not in _GROUP_NOUNS:
            j += 1
        if j < rec.n and rec.lowers[j] in _GROUP_NOUNS:
            for other in list(rec.mentions):
                if other.start >= rec.view.start[k + 1] and other.end <= rec.view.end[j]:
                    rec.mentions.remove(other)  # "European powers" as a collective: the group itself
            rec.mentions.append(_mention(rec, k + 1, j + 1, name, key))
            for t in range(k + 1, j + 1):
                rec.used[t] = 1


def _mention(rec: "Recognizer", s: int, e: int, name: str, key: str) -> "Mention":
    from .recognize import Mention

    start, end = rec.view.start[s], rec.view.end[e - 1]
    return Mention(start=start, end=end, kind="group", name=name, key=key, sentence_start=rec.view.sent_start[s])
