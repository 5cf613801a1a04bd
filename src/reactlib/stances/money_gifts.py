"""A sum of money pledged is aid, even with no word of aid after it.

"Norway pledged $3 million for the flood victims", "Sweden pledges 2 million euros to Mozambique":
the pledge cue (``pledge-aid``) asked for a word of help ("in aid", "assistance") before the one
helped, so a bare sum was read as no help at all. A donor naming a sum for a stricken country or
its people supports that country just as "pledged $3 million in aid" does. Only a sum counts:
a currency sign or a number followed by a money unit ("$3 million", "2 million euros", "€5m",
"3 billion dollars"); "3 percent growth", "a full inquiry", "two planes" are no gift of money.
"""

from __future__ import annotations

import re
from typing import Sequence

#: Currency signs and codes that open a sum ("$3 million", "USD 5 million").
CURRENCY_SIGNS = frozenset({"$", "€", "£", "¥", "usd", "eur", "gbp", "us$"})
#: Money units written after the number ("2 million euros", "500,000 dollars").
MONEY_UNITS = frozenset("dollars dollar euros euro pounds pound yen yuan francs rupees rand shillings "
                        "naira dirhams riyals kroner kronor crowns".split())
#: Scale words between a number and its unit ("2 million euros").
SCALES = frozenset({"million", "billion", "thousand", "m", "bn", "mln"})
#: Nationalities that may stand before the unit ("2.5 million US dollars", "5 million Swiss francs").
CURRENCY_NATIONS = frozenset({"us", "u.s.", "american", "canadian", "australian", "swiss"})
#: How many tokens the sum may span before its unit ("2.5 million US dollars").
SUM_REACH = 4
#: A number, with perhaps a currency sign before it and a scale after it ("3", "500,000", "$3m", "€5bn").
_AMOUNT = re.compile(r"^(us)?[$€£¥]?\d[\d,.]*(m|bn|k|mn)?$")


def pledges_money(words: Sequence[str], j: int, stop: int) -> bool:
    """Whether the object from token ``j`` (up to ``stop``) opens with a sum of money."""
    if j >= min(stop, len(words)):
        return False
    w = words[j]
    if w in CURRENCY_SIGNS or (w[:1] in "$€£¥" and _AMOUNT.match(w)):
        return True  # "$3 million", "€5m", "USD 5 million"
    if not _AMOUNT.match(w):
        return False
    rest = words[j + 1:min(stop, j + 1 + SUM_REACH)]
    k = 0
    while k < len(rest) and rest[k] in SCALES:
        k += 1
    if k < len(rest) and rest[k] in CURRENCY_NATIONS:
        k += 1
    return k < len(rest) and rest[k] in MONEY_UNITS  # "2 million euros"; "3 percent" is no sum
