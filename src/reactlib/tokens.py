"""One shared, read-once view of a spaCy Doc's tokens for every extractor.

The rule-based extractors index tokens by position again and again. Building a
spaCy ``Token`` object per access costs about as much as tokenising the text
again, and each extractor doing it separately multiplied that cost. This view is
made from one ``Doc.to_array`` call, as plain Python lists, and cached on the Doc
(``doc.user_data``), so all stages of one article share it.
"""

from __future__ import annotations

import bisect
from itertools import compress
from typing import Any, Iterable

from numpy import flatnonzero
from spacy.attrs import IDX, LENGTH, LIKE_NUM, SENT_START

_KEY = "reactlib.token_view"


class _TriggerRegistry:
    """The word sets registered with :func:`trigger_words`, and the union of their words."""

    def __init__(self) -> None:
        self.sets: dict[int, frozenset[str]] = {}
        #: replaced (never changed in place) by every registration that adds words, so that an
        #: index built from an older union can tell
        self.words: frozenset[str] = frozenset()


_TRIGGERS = _TriggerRegistry()


def trigger_words(words: Iterable[str]) -> frozenset[str]:
    """``words`` as a frozenset registered with every Doc's trigger index; returns the set.

    Why: several stages each scan every token of an article for their own trigger words
    (verbs of saying, reporting nouns, act verbs, date words). Registered at import, all
    the sets are found in one pass per Doc (:meth:`TokenView.trigger_index`), and
    :meth:`TokenView.positions` then answers each set from it. Keep the returned set at
    module level and pass that same object to ``positions``.
    """
    found = frozenset(words)
    if _TRIGGERS.sets.get(id(found)) is not found:
        _TRIGGERS.sets[id(found)] = found
        if not found <= _TRIGGERS.words:
            _TRIGGERS.words = _TRIGGERS.words | found
    return found


class TokenView:
    """Token texts, lower-cased texts, character offsets and sentences of one Doc."""

    def __init__(self, doc: Any, text: str | None = None) -> None:
        if text is None:
            text = doc.text
        n = len(doc)
        self.doc = doc
        #: the Doc's text (the article's)
        self.full_text = text
        if n:
            # Column by column: ``tolist`` of the whole uint64 table costs more than
            # everything else here (SENT_START -1 becomes a huge Python int).
            # LIKE_NUM too: the actors stage reads it for every article, and a column of this
            # call costs less than a ``to_array`` call of its own
            table = doc.to_array([IDX, LENGTH, SENT_START, LIKE_NUM])
            idx = table[:, 0]
            #: spaCy's ``Token.like_num`` of every token
            self.like_num: list[bool] = (table[:, 3] == 1).tolist()
            self.start: list[int] = idx.tolist()
            self.end: list[int] = (idx + table[:, 1]).tolist()
            flags = table[:, 2] == 1
            #: whether spaCy marks token ``i`` as a sentence start (``Token.is_sent_start is True``)
            self.sent_start: list[bool] = flags.tolist()
            flags[0] = True
            firsts: list[int] = flatnonzero(flags).tolist()
            #: sentence number of every token: the running count of sentence starts, in one C pass
            #: (a Python loop over the sentences cost twice as much)
            self.sentence_index: list[int] = (flags.cumsum() - 1).tolist()
        else:
            self.start, self.end, self.sent_start, self.like_num, firsts = [], [], [], [], []
            self.sentence_index = []
        self.text: list[str] = [text[s:e] for s, e in zip(self.start, self.end)]
        # ``map`` with the unbound methods: no method look-up per token, as a comprehension has
        self.lower: list[str] = list(map(str.lower, self.text))
        self.is_space: list[bool] = list(map(str.isspace, self.text))
        #: (first token, end token) of every sentence, in order
        self.sents: list[tuple[int, int]] = list(zip(firsts, firsts[1:] + [n]))
        self._firsts = firsts
        self.has_parser = bool(n) and doc.has_annotation("DEP")
        #: what a stage derives from these lists once per Doc (positions of its cue words, …),
        #: under a key of its own
        self.memo: dict[str, Any] = {}
        #: :meth:`positions` by word set (keyed by the set's ``id``, the set kept alive beside it)
        self._positions: dict[int, tuple[frozenset[str], list[int]]] = {}
        self._trigger_index: dict[str, list[int]] = {}
        #: the registered union :attr:`_trigger_index` was built from
        self._trigger_words: frozenset[str] | None = None

    def __len__(self) -> int:
        return len(self.text)

    def at_char(self, offset: int) -> int:
        """Index of the token containing or following character ``offset``."""
        return bisect.bisect_right(self.end, offset)

    def sentence_of(self, i: int) -> tuple[int, int]:
        """(first, end) token indices of the sentence holding token ``i``."""
        return self.sents[self.sentence_index[i]] if self.sents else (0, 0)

    def span_text(self, first: int, end: int) -> str:
        """``doc[first:end].text`` (tokens ``first`` … ``end - 1``), without making a spaCy Span."""
        end = min(end, len(self.start))
        return self.full_text[self.start[first]:self.end[end - 1]] if first < end else ""

    def span(self, first: int, last: int) -> tuple[int, int]:
        """Character span of tokens ``first`` … ``last`` (inclusive)."""
        return self.start[first], self.end[last]

    # -- trigger-word index --------------------------------------------------------

    def positions(self, words: frozenset[str]) -> list[int]:
        """Indices, in order, of the tokens whose lower-cased text is one of ``words``.

        Why: a rule that fires only at a trigger word ("read", "according", a reporting
        noun) would otherwise test every token of every sentence it is asked about; with
        this index it visits the trigger tokens alone. A set registered with
        :func:`trigger_words` is answered from the Doc's trigger index, one pass over the
        tokens for all registered sets of all stages together; any other set costs a pass
        of its own. Either way the answer is remembered for every later caller (the set's
        identity is the key: pass a module-level frozenset, not one built per call). The
        list is shared: do not change it.
        """
        key = id(words)
        cached = self._positions.get(key)
        if cached is not None and cached[0] is words:
            return cached[1]
        if _TRIGGERS.sets.get(key) is words:
            index = self.trigger_index()
            # ``keys() & words`` walks the smaller of the two in C: an article holds a few
            # hundred distinct trigger words, a set may hold one or a thousand
            lists = [index[word] for word in index.keys() & words]
            if len(lists) == 1:
                found = lists[0]
            else:
                found = sorted(k for one in lists for k in one)
        else:
            found = list(compress(range(len(self.lower)), map(words.__contains__, self.lower)))
        self._positions[key] = (words, found)
        return found

    def trigger_index(self) -> dict[str, list[int]]:
        """Positions of every registered trigger word (:func:`trigger_words`) in this Doc, by word.

        Built on first use in one pass over the lower-cased tokens, and again only if a
        new set was registered since (registration normally happens at import).
        """
        union = _TRIGGERS.words
        if self._trigger_words is not union:
            index: dict[str, list[int]] = {}
            lower = self.lower
            # few hits: found with C-level set look-ups (no Python step per token), grouped alone
            for k in compress(range(len(lower)), map(union.__contains__, lower)):
                found = index.get(lower[k])
                if found is None:
                    index[lower[k]] = [k]
                else:
                    found.append(k)
            self._trigger_index = index
            self._trigger_words = union
        return self._trigger_index

    def positions_between(self, words: frozenset[str], lo: int, hi: int) -> list[int]:
        """:meth:`positions` of ``words`` among tokens ``lo`` … ``hi - 1``."""
        found = self.positions(words)
        return found[bisect.bisect_left(found, lo):bisect.bisect_left(found, hi)]

    def sentences_with(self, words: frozenset[str]) -> list[int]:
        """Numbers (indices into :attr:`sents`), in order, of the sentences holding one of ``words``."""
        index = self.sentence_index
        out: list[int] = []
        last = -1
        for k in self.positions(words):
            number = index[k]
            if number != last:
                out.append(number)
                last = number
        return out


def token_view(doc: Any, text: str | None = None) -> TokenView:
    """The Doc's TokenView, made on first use and shared by every later caller."""
    view = doc.user_data.get(_KEY)
    if view is None or view.doc is not doc:
        view = TokenView(doc, text)
        doc.user_data[_KEY] = view
    return view
