"""A tiny attribution corpus, invented for these tests, and a model trained on it in seconds.

The sentences are written here (no corpus text): each names its source, cue and
content, and is written out in PolNeAR's layout (text/ and brat attributions/) so that
the tests go through the same conversion and training as a real corpus.
"""

from __future__ import annotations

from pathlib import Path

import pytest

#: (source, cue, content) and the sentence pattern they fill
ATTRIBUTIONS = [
    ("The mayor of Ostrava", "said", "the bridge would reopen in spring"),
    ("Senator Alma Ruiz", "told reporters", "the budget was a mistake"),
    ("The union", "warned", "that strikes could spread to the ports"),
    ("Prime Minister Tomas Berg", "said", "talks with the rebels had stalled"),
    ("A hospital spokeswoman", "said", "twelve people were treated for burns"),
    ("The ministry", "announced", "that schools will close on Friday"),
    ("Governor Lena Holt", "insisted", "the water was safe to drink"),
    ("The federation", "claimed", "that the referee had been bribed"),
]


def _write_split(root: Path, articles: list[list[tuple[str, str, str]]]) -> Path:
    (root / "text").mkdir(parents=True)
    (root / "attributions").mkdir()
    for n, article in enumerate(articles):
        text, ann, t = "", [], 0
        for source, cue, content in article:
            sentence_start = len(text)
            text += f"{source} {cue} {content}. Other news followed.\n"
            s0 = sentence_start
            c0 = s0 + len(source) + 1
            q0 = c0 + len(cue) + 1
            spans = [("Source", s0, s0 + len(source)), ("Cue", c0, c0 + len(cue)),
                     ("Content", q0, q0 + len(content))]
            ids = []
            for label, a, b in spans:
                t += 1
                ann.append(f"T{t}\t{label} {a} {b}\t{text[a:b]}")
                ids.append(f"T{t}")
            ann.append(f"E{len(ann)}\tAttribution:{ids[1]} Source:{ids[0]} Cue:{ids[1]} Content:{ids[2]}")
        (root / "text" / f"invented{n}.txt").write_text(text, encoding="utf-8")
        (root / "attributions" / f"invented{n}_test.ann").write_text("\n".join(ann) + "\n", encoding="utf-8")
    return root


@pytest.fixture(scope="session")
def tiny_corpus(tmp_path_factory) -> tuple[Path, Path]:
    root = tmp_path_factory.mktemp("corpus")
    train = [ATTRIBUTIONS[i:i + 4] + ATTRIBUTIONS[:max(0, i + 4 - len(ATTRIBUTIONS))] for i in range(len(ATTRIBUTIONS))]
    dev = [ATTRIBUTIONS[:3]]
    return _write_split(root / "train", train), _write_split(root / "dev", dev)


@pytest.fixture(scope="session")
def tiny_model(tiny_corpus, tmp_path_factory) -> Path:
    from reactlib_attribution.train import train

    out = tmp_path_factory.mktemp("model")
    train(*tiny_corpus, out, max_steps=120, eval_frequency=40, quiet=True)
    return out
