"""Warming a pipeline up before worker processes are forked from it.

Much of what the extractors use is built on first use, not when the pipeline is built:
the US state and place-name patterns, the stance phrase matcher, lexicons read from
package data, pycountry's subdivision table. In a process that parses thousands of
articles that cost is paid once and does not matter; but every forked worker would
otherwise pay it again, on its first article, for the very same objects. Parsing one
short article in the parent before forking builds them once, and the workers inherit
them (copy-on-write) instead of each building its own.

The article below is made up for this purpose: a dateline, direct and indirect quotes,
dates, countries, a city, a US state, offices and a few kinds of stance, so that the
common lazily built tables are touched. A warm-up never changes any result: the caches
it fills are pure functions of their inputs.
"""

from __future__ import annotations

from typing import Any

WARM_UP_TEXT = """date 2021-03-14
BRUSSELS (Reuters) - Norway on Monday condemned the shelling of the border town, and its foreign minister said the attacks "must stop at once."

"We call on both sides to return to talks," said Maria Olvera, a spokeswoman for the European Union, adding that the bloc was deeply concerned by the fighting.

Governor John Carter of Texas welcomed the ceasefire agreed in Geneva last Friday, while the United Nations Secretary-General urged restraint.

Russia rejected the accusations on Tuesday and warned that it would respond. Turkey's president praised the army, according to a statement from his office in Ankara.
"""


def warm_up(pipeline: Any) -> None:
    """Parse :data:`WARM_UP_TEXT` once with ``pipeline`` and drop the result.

    A failure here is not the caller's concern (a plugin that cannot parse this
    article will be reported on the real ones), so any error is ignored.
    """
    try:
        pipeline.parse(WARM_UP_TEXT)
    except Exception:  # noqa: BLE001 - warming up is an optimisation, never a new failure
        pass
