"""One self-contained HTML page showing who said what in an article.

People would rather look at an article than read its JSON. :func:`render_html`
writes the article text with every actor mention, quote (one colour per speaker),
time expression (its TIMEX3 value on hover) and stance evidence marked, and a table
of the stances beside it. The page needs no network, no script library and no
server: styles and the few lines of script are inlined from the package template.

Marks may nest (a date inside a quote) and may even cross (a stance's evidence that
begins before a quote and ends inside it). HTML elements can only nest, so a record
whose span crosses another is written as several adjacent elements; each element
carries ``data-start``/``data-end``, the offsets of exactly the characters it wraps,
so ``text[data-start:data-end]`` is always the element's text, and ``data-ref`` names
the record the pieces belong to.
"""

from __future__ import annotations

import colorsys
import html
from importlib import resources
from string import Template
from typing import Iterable, NamedTuple

from .types import Article

#: Nesting preference when two marks cover exactly the same characters: outer first.
_RANK = {"stance": 0, "quote": 1, "actor": 2, "timex": 3}


class Mark(NamedTuple):
    """A span to mark: offsets, kind, the record it belongs to, and its HTML attributes."""

    start: int
    end: int
    kind: str
    ref: str
    attrs: tuple[tuple[str, str], ...] = ()


def speaker_colours(article: Article) -> dict[str | None, str]:
    """One well-separated colour per speaker (in order of first quote), grey for unattributed quotes.

    Hues are spread by the golden angle and lightness cycles through three levels, so
    speakers stay distinguishable however many there are.
    """
    colours: dict[str | None, str] = {}
    for quote in article.quotes:
        if quote.speaker is None or quote.speaker in colours:
            continue
        index = len(colours)
        hue = (index * 0.381966) % 1.0
        # Alternate lightness too, so speakers whose hues happen to be close still differ.
        r, g, b = colorsys.hls_to_rgb(hue, (0.80, 0.88, 0.72)[index % 3], 0.75)
        colours[quote.speaker] = f"#{int(r * 255):02x}{int(g * 255):02x}{int(b * 255):02x}"
    colours[None] = "#e2e2e2"
    return colours


def article_marks(article: Article) -> list[Mark]:
    """Every mark of the article: actor mentions, quotes, dates and stance evidence."""
    names = {a.id: a for a in article.actors}
    colours = speaker_colours(article)
    marks: list[Mark] = []
    for actor in article.actors:
        label = ", ".join(x for x in (actor.kind, actor.country, actor.role) if x)
        for start, end in actor.mentions:
            marks.append(Mark(start, end, "actor", actor.id,
                              (("data-actor", actor.id), ("title", f"{actor.name} ({label})"))))
    for quote in article.quotes:
        speaker = names.get(quote.speaker) if quote.speaker else None
        who = speaker.name if speaker else "unattributed"
        title = f"{quote.kind} quote · {who}" + (f" · {quote.cue}" if quote.cue else "")
        marks.append(Mark(quote.start, quote.end, "quote", quote.id,
                          (("data-speaker", quote.speaker or ""), ("data-kind", quote.kind),
                           ("title", title), ("style", f"--speaker:{colours[quote.speaker]}"))))
    for index, timex in enumerate(article.dates):
        marks.append(Mark(timex.start, timex.end, "timex", f"t{index + 1}",
                          (("data-type", timex.type), ("data-value", timex.value or ""),
                           ("title", f"{timex.type} {timex.value or '(no value)'}"))))
    for index, stance in enumerate(article.stances):
        marks.append(Mark(stance.start, stance.end, "stance", f"s{index + 1}",
                          (("data-stance", str(index + 1)), ("data-type", stance.type))))
    return [m for m in marks if m.end > m.start]


def _open_tag(mark: Mark, start: int, end: int) -> str:
    attrs = "".join(f' {name}="{html.escape(value, quote=True)}"' for name, value in mark.attrs)
    return (f'<span class="mk {mark.kind}" data-ref="{html.escape(mark.ref)}" '
            f'data-start="{start}" data-end="{end}"{attrs}>')


def _escape_text(text: str) -> str:
    # A bare CR would be folded into LF by the HTML parser and the page's text would no
    # longer be the article's; as a character reference it survives.
    return html.escape(text, quote=False).replace("\r", "&#13;")


def marked_html(text: str, marks: Iterable[Mark]) -> str:
    """``text`` escaped for HTML with every mark wrapped in a ``<span>``.

    Works on elementary segments (stretches between consecutive mark boundaries): the
    marks open over a segment are kept on a stack, outer (earlier, longer) marks below;
    when a mark ends, the marks above it are closed and reopened after it, which splits
    a crossing mark into pieces. Runs in O(boundaries x nesting depth).
    """
    marks = sorted(marks, key=lambda m: (m.start, -m.end, _RANK.get(m.kind, 9)))
    bounds = sorted({0, len(text), *(m.start for m in marks), *(m.end for m in marks)})
    out: list[str] = []
    stack: list[tuple[Mark, int, int]] = []  # (mark, piece start, index of its opening tag in out)
    next_mark = 0

    def close_top(at: int) -> Mark:
        mark, piece_start, slot = stack.pop()
        out[slot] = _open_tag(mark, piece_start, at)
        out.append("</span>")
        return mark

    for left, right in zip(bounds, bounds[1:]):
        # Close marks that end here; reopen the ones above them that go on.
        if any(m.end <= left for m, _, _ in stack):
            depth = min(i for i, (m, _, _) in enumerate(stack) if m.end <= left)
            reopen = []
            while len(stack) > depth:
                mark = close_top(left)
                if mark.end > left:
                    reopen.append(mark)
            for mark in reversed(reopen):
                stack.append((mark, left, len(out)))
                out.append("")
        while next_mark < len(marks) and marks[next_mark].start <= left:
            mark = marks[next_mark]
            next_mark += 1
            stack.append((mark, left, len(out)))
            out.append("")
        out.append(_escape_text(text[left:right]))
    while stack:
        close_top(len(text))
    return "".join(out)


def _stance_rows(article: Article) -> str:
    names = {a.id: a.name for a in article.actors}
    rows = []
    for index, stance in enumerate(article.stances, start=1):
        target = names.get(stance.target, "") if stance.target else ""
        evidence = " ".join(article.text[stance.start:stance.end].split())
        cells = (names.get(stance.holder, stance.holder), stance.type, target,
                 stance.issue or stance.issue_text or "", evidence)
        tds = "".join(f"<td>{html.escape(c)}</td>" for c in cells)
        rows.append(f'<tr data-stance="{index}" class="plover-{stance.plover.lower()}">{tds}</tr>')
    if not rows:
        return '<tr><td colspan="5" class="empty">no stances found</td></tr>'
    return "\n".join(rows)


def _legend(article: Article) -> str:
    names = {a.id: a.name for a in article.actors}
    colours = speaker_colours(article)
    items = []
    for speaker, colour in colours.items():
        if speaker is None and not any(q.speaker is None for q in article.quotes):
            continue
        label = names.get(speaker, "unattributed") if speaker else "unattributed"
        count = sum(1 for q in article.quotes if q.speaker == speaker)
        items.append(f'<li><span class="swatch" style="background:{colour}"></span>'
                     f"{html.escape(label)} <small>({count})</small></li>")
    return "\n".join(items) or "<li>no quotes found</li>"


def render_html(article: Article, *, title: str | None = None) -> str:
    """The whole self-contained HTML page for ``article``."""
    template = Template(resources.files("reactlib").joinpath("templates/article.html").read_text("utf-8"))
    heading = title or article.title or article.id or "Article"
    date = article.date.isoformat() if article.date else "unknown date"
    return template.substitute(
        title=html.escape(heading),
        date=html.escape(date),
        counts=html.escape(f"{len(article.actors)} actors · {len(article.quotes)} quotes · "
                           f"{len(article.dates)} dates · {len(article.stances)} stances"),
        legend=_legend(article),
        stance_rows=_stance_rows(article),
        body=marked_html(article.text, article_marks(article)),
    )


def write_html(article: Article, path: str, *, title: str | None = None) -> None:
    """Write :func:`render_html` of ``article`` to ``path`` (UTF-8)."""
    with open(path, "w", encoding="utf-8", newline="\n") as out:
        out.write(render_html(article, title=title))
