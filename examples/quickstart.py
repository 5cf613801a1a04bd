"""Parse one article and print who said what, and who took which stance toward whom.

Run from the project root:  python examples/quickstart.py [ARTICLE.txt]
"""

import sys
from pathlib import Path

import reactlib

path = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).parent / "articles" / "missile-test.txt"
article = reactlib.parse(path.read_text(encoding="utf-8"))

print(f"{path.name}: dated {article.date}, {len(article.actors)} actors, {len(article.quotes)} quotes, "
      f"{len(article.dates)} time expressions, {len(article.stances)} stances")
names = {actor.id: actor.name for actor in article.actors}
for quote in article.quotes:
    print(f"  {names.get(quote.speaker, '(unattributed)')} [{quote.cue or '-'}]: {quote.text[:70]}")
for stance in article.stances:
    print(f"  {names[stance.holder]} --{stance.type}--> {names.get(stance.target, '-')} {stance.issue or ''}")
