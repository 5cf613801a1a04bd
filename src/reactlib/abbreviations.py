"""Abbreviations whose full stop does not end a sentence.

spaCy's English tokenizer keeps the full stop on the abbreviations it knows ("Gen.", "Gov.",
"Sen.", "Jan.", "U.S.", "J."), so the sentencizer never sees a sentence-final mark there. For
the others ("Lt.", "Sgt.", "Col.", "Capt.", "Insp.", "No.") the full stop is a token of its
own, and the sentencizer started a new sentence after it: "Lt. | Col. | Ines Garza said …"
lost its speaker's title, and the quote cues of the rest of the sentence lost their subject.

:func:`keep_abbreviations_in_sentence` runs after the sentencizer and takes such a start
back when what follows is what the abbreviation announces:

* a title or rank (:data:`TITLES`) before a capitalised word that is not a typical sentence
  opener ("Lt. Col. Farid Osei", "Sgt. 1st Class", "Maj.-Gen. Teo Vance");
* a name suffix (:data:`NAME_SUFFIXES`) before anything but a capitalised sentence opener
  ("Omar Reyes Jr. said");
* a reference word or month (:data:`NUMBERED`) before a number ("No. 14", "Art. 5",
  "Sept. 12").

"The promotion made her a Col. The ceremony was brief." still has two sentences. A line
break always starts a sentence (the paragraph rule runs after this one).
"""

from __future__ import annotations

from spacy.attrs import ORTH, SENT_START
from spacy.language import Language
from spacy.strings import get_string_id
from spacy.tokens import Doc

ABBREVIATIONS = "reactlib_abbreviations"

#: Titles and ranks written before a name, as they are written (case matters: "col." is not one).
TITLES = frozenset("""
Lt Lts Sgt Sgts Col Cols Gen Gens Brig Capt Capts Maj Adm Cmdr Cdr Comdr Cmdt Insp Supt Rep Reps Sen Sens
Gov Govs Amb Prof Profs Rev Revd St Ste Cpl Pvt Spc Det Dets Msgr Fr Hon Atty Pres Sec Secs Supt Mr Mrs Ms
Dr Drs Mme Mlle Sr Sra Srta Jr Pte Bde Gov Lieut Sgt Sheikh Hon Rt Mgr Pfc Ens Cpt Cmdt Cllr Dir Asst
""".split())

#: Written after a name: what follows may be the verb ("Omar Reyes Jr. said").
NAME_SUFFIXES = frozenset({"Jr", "Sr"})

#: Written before a number: reference words and months.
NUMBERED = frozenset("""
No Nos Art Arts Vol Vols Para Paras Sec Ch Chap Fig Pt Pts Ed Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec
""".split())

#: Capitalised words that typically open a sentence: after a title they mean the title ended it.
SENTENCE_OPENERS = frozenset("""
The A An This That These Those There Here It Its He She His Her They Their Them We Our I You Your My
In On At By For From With Without Into After Before Since Until While When Where Why How What Who Which
But And Or So Yet Then Now Also Still However Meanwhile If As Although Though Because Once Both Either
Neither Nor No Not Nobody None Some Many Most Several All Each Every Such Other Another One Two Three
""".split())

_FULL_STOP = get_string_id(".")
#: every abbreviation :func:`_continues` can accept; any other word before a full stop ends its sentence
#: (the quote extractor also asks it, so that a kept full stop does not end a reported clause)
KNOWN = NUMBERED | NAME_SUFFIXES | TITLES


def _continues(abbreviation: str, following: str) -> bool:
    """Whether ``following`` goes on the phrase ``abbreviation`` + "." opened."""
    first = following[:1]
    if abbreviation in NUMBERED and first.isdigit():
        return True
    if abbreviation in NAME_SUFFIXES and (first.islower() or (first.isupper() and following not in SENTENCE_OPENERS)):
        return True
    if abbreviation in TITLES:
        return first.isdigit() or (first.isupper() and following not in SENTENCE_OPENERS)
    return False


@Language.component(ABBREVIATIONS)
def keep_abbreviations_in_sentence(doc: Doc) -> Doc:
    """Take back a sentence start right after an abbreviation's own full stop (see the module)."""
    n = len(doc)
    if n < 3 or doc.has_annotation("DEP"):
        return doc  # a parser's boundaries are its own
    orths = doc.to_array(ORTH)
    starts = doc.to_array([SENT_START]).astype("int64")  # signed: -1 marks "not a start"
    changed = False
    for i in (orths == _FULL_STOP).nonzero()[0].tolist():
        if i == 0 or i + 1 >= n or starts[i + 1] != 1:
            continue
        before = doc[i - 1]
        abbreviation = before.text.rsplit("-", 1)[-1].rsplit(".", 1)[-1]  # "Maj.-Gen" -> "Gen"
        if abbreviation not in KNOWN:
            continue    # most full stops end a sentence after an ordinary word: no more to look at
        if before.whitespace_ or "\n" in doc[i].whitespace_:
            continue
        nxt = doc[i + 1]
        if nxt.is_space:
            continue
        if _continues(abbreviation, nxt.text):
            starts[i + 1] = -1
            changed = True
    if changed:
        doc.from_array([SENT_START], starts.astype("uint64"))  # -1 wraps as spaCy expects
    return doc
