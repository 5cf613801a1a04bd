"""The HTML article view: marks sit exactly where the offsets say, whatever the spans do."""

from __future__ import annotations

import json
from html.parser import HTMLParser

import pytest
from hypothesis import given, settings
from strategies import articles
from views_fixtures import TEXT, demo_article, span

from reactlib.cli import main
from reactlib.render import article_marks, marked_html, render_html, speaker_colours
from reactlib.types import Article, Quote


class _Marks(HTMLParser):
    """Reads the page back: the article's text and every mark's (attrs, text it wraps)."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.depth = 0          # element depth inside #article (0: outside)
        self.text: list[str] = []
        self.open: list[tuple[dict, int]] = []
        self.marks: list[tuple[dict, str]] = []

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if self.depth:
            self.depth += 1
            self.open.append((attrs, len("".join(self.text))))
        elif attrs.get("id") == "article":
            self.depth = 1

    def handle_endtag(self, tag):
        if not self.depth:
            return
        self.depth -= 1
        if self.depth:
            attrs, at = self.open.pop()
            self.marks.append((attrs, "".join(self.text)[at:]))

    def handle_data(self, data):
        if self.depth:
            self.text.append(data)


def read_back(page: str) -> _Marks:
    parser = _Marks()
    parser.feed(page)
    parser.close()
    return parser


def check_marks_match_offsets(article: Article, page: str) -> None:
    seen = read_back(page)
    assert "".join(seen.text) == article.text
    pieces: dict[str, list[tuple[int, int]]] = {}
    for attrs, wrapped in seen.marks:
        start, end = int(attrs["data-start"]), int(attrs["data-end"])
        assert article.text[start:end] == wrapped, attrs
        pieces.setdefault(attrs["data-ref"] + "@" + attrs["class"], []).append((start, end))
    # The pieces of each record tile its span exactly (in order, no gap, no overlap).
    for mark in article_marks(article):
        key = f"{mark.ref}@mk {mark.kind}"
        runs = sorted(p for p in pieces.get(key, []) if mark.start <= p[0] and p[1] <= mark.end)
        assert runs, key
        assert runs[0][0] == mark.start and runs[-1][1] == mark.end, (key, runs)
        assert all(a[1] == b[0] for a, b in zip(runs, runs[1:])), (key, runs)


def test_every_mark_wraps_the_words_its_offsets_name():
    article = demo_article()
    check_marks_match_offsets(article, render_html(article))


@settings(max_examples=60, deadline=None)
@given(articles())
def test_marks_match_offsets_on_any_article(article):
    check_marks_match_offsets(article, render_html(article))


def test_a_crossing_stance_splits_the_quote_into_adjacent_pieces():
    article = demo_article()
    seen = read_back(render_html(article))
    quote_pieces = [(int(a["data-start"]), int(a["data-end"])) for a, _ in seen.marks
                    if a.get("data-ref") == "q1" and "quote" in a["class"]]
    q1 = article.quotes[0]
    assert len(quote_pieces) == 2
    assert quote_pieces[0][0] == q1.start and quote_pieces[-1][1] == q1.end
    assert quote_pieces[0][1] == article.stances[1].end  # split where the stance evidence ends


def test_a_date_inside_a_quote_is_nested_in_it_with_its_value_on_hover():
    article = demo_article()
    html = marked_html(article.text, article_marks(article))
    may = span(article.text, "May")
    assert (f'data-start="{may[0]}" data-end="{may[1]}" data-type="DATE" data-value="2023-05" '
            f'title="DATE 2023-05">May</span>') in html
    seen = read_back(render_html(article))
    timex = next(a for a, text in seen.marks if text == "May")
    assert timex["title"] == "DATE 2023-05"


def test_each_speaker_gets_a_colour_of_their_own():
    article = demo_article()
    colours = speaker_colours(article)
    assert colours["a2"] != colours["a5"]
    seen = read_back(render_html(article))
    styles = {a["data-speaker"]: a["style"] for a, _ in seen.marks if "quote" in a["class"]}
    assert styles == {"a2": f"--speaker:{colours['a2']}", "a5": f"--speaker:{colours['a5']}"}


def test_many_speakers_never_share_a_colour():
    text = " ".join(f"w{i}" for i in range(40))
    quotes = []
    from reactlib.types import Actor
    actors = [Actor(id=f"a{i}", name=f"P{i}", kind="person") for i in range(40)]
    for i in range(40):
        s, e = span(text, f"w{i}")
        quotes.append(Quote.from_span(text, s, e, id=f"q{i}", kind="direct", speaker=f"a{i}"))
    colours = speaker_colours(Article(text=text, actors=actors, quotes=quotes))
    assert len(set(colours.values())) == 41


def test_carriage_returns_and_markup_characters_survive():
    text = 'Line one <b>&amp;</b>\r\n"Quoted & <i>so</i>" she said.\r\n'
    s, e = span(text, "Quoted & <i>so</i>")
    article = Article(text=text, quotes=[Quote.from_span(text, s, e, id="q1", kind="direct")])
    page = render_html(article)
    assert "<b>" not in page.split('id="article"')[1].split("</div>")[0]
    check_marks_match_offsets(article, page)


def test_the_stance_table_lists_holder_type_target_and_issue():
    page = render_html(demo_article())
    rows = page.split('<tbody>')[1].split('</tbody>')[0]
    assert rows.count("<tr data-stance=") == 6
    assert "<td>Chile</td><td>appeal</td><td>Peru</td><td>talks</td>" in rows
    assert 'class="plover-reject"' in rows


def test_an_empty_article_still_makes_a_page():
    page = render_html(Article(text=""))
    assert "no stances found" in page and "no quotes found" in page
    assert read_back(page).text == []


def test_cli_render_of_a_parsed_json_article(tmp_path):
    article = demo_article()
    source = tmp_path / "demo.json"
    source.write_text(json.dumps(article.to_dict()), encoding="utf-8")
    out = tmp_path / "demo.html"
    assert main(["render", str(source), "-o", str(out)]) == 0
    check_marks_match_offsets(article, out.read_text(encoding="utf-8"))


def test_cli_render_picks_an_article_by_id_from_jsonl(tmp_path):
    first, second = demo_article(article_id="x"), demo_article(TEXT.replace("Chile", "Ghana"), "y", accuser="Ghana")
    (tmp_path / "c.jsonl").write_text(
        "\n".join(json.dumps(a.to_dict()) for a in (first, second)) + "\n", encoding="utf-8")
    out = tmp_path / "y.html"
    assert main(["render", str(tmp_path / "c.jsonl"), "--id", "y", "-o", str(out)]) == 0
    page = out.read_text(encoding="utf-8")
    assert "Ghana" in page and "Chile" not in page


def test_cli_render_parses_a_text_file(tmp_path):
    source = tmp_path / "story.txt"
    source.write_text("date 2022-02-02 Ruritania protested on Tuesday.\n", encoding="utf-8")
    out = tmp_path / "story.html"
    assert main(["render", str(source), "-o", str(out)]) == 0
    assert "".join(read_back(out.read_text(encoding="utf-8")).text) == source.read_text(encoding="utf-8")


@pytest.mark.parametrize("name", ["missing.txt", "bad.json"])
def test_cli_render_reports_bad_input_as_an_error(tmp_path, capsys, name):
    (tmp_path / "bad.json").write_text("{not json", encoding="utf-8")
    assert main(["render", str(tmp_path / name), "-o", str(tmp_path / "x.html")]) == 1
    assert "reactlib: error R1" in capsys.readouterr().err


def test_the_reference_article_as_parsed_now_renders_with_exact_marks(reference_text):
    import reactlib

    article = reactlib.parse(reference_text)
    check_marks_match_offsets(article, render_html(article))
