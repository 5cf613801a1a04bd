"""Who held which office: the table in ``data/office_holders.tsv``.

Why: a title often leaves the country out ("President Salome Zourabichvili",
"Prime Minister Shehbaz Sharif") and a byline country or the last country named
in passing is a poor guess. When the name is known, the table says which country
or organisation the person spoke for *at the article's date* (Mark Rutte was the
Dutch prime minister until 2024, then NATO's secretary general).

The table also knows names the press uses alone ("Lula", "Xi") and which names
are written family name first ("Kim Jong Un" is "Kim" on second mention), so a
later "Kim" links to the right person.
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache
from typing import Iterable

from attrs import frozen

from .gazetteer import data_rows

#: Family names that, as the first word of a two- or three-word name, mark an East Asian name
#: written family name first ("Choi Sang-mok", "Wang Wenbin"); then the first word is the surname.
FAMILY_FIRST = frozenset("""
Kim Lee Park Choi Choe Jung Jeong Kang Cho Yoon Jang Lim Han Oh Seo Shin Kwon Hwang Ahn Song Yoo Hong Jeon Ko Moon
Ri Pak Chung Xi Li Wang Zhang Liu Chen Yang Zhao Huang Zhou Wu Xu Sun Zhu Ma Hu Guo Lin He Gao Luo Zheng Liang
Xie Tang Han Feng Deng Cao Peng Zeng Xiao Tian Dong Pan Yuan Cai Jiang Yu Du Ye Cheng Wei Su Lu Ding Ren Shen Yao
Qin Geng Hua Mao Tsai Lai Ko Hun Ho Nguyen Tran Le Pham Vo Dang Bui Do Duong Ngo
""".split())


@lru_cache(maxsize=8192)
def fold(name: str) -> str:
    """Accents and case removed: "Nicolás Maduro" and "Nicolas Maduro" are one key."""
    decomposed = unicodedata.normalize("NFKD", name)
    return " ".join("".join(c for c in decomposed if not unicodedata.combining(c)).casefold().split())


@frozen
class Tenure:
    """One office held for a span of years (``end`` None: still held)."""

    name: str
    country: str | None
    organization: str | None
    role: str
    start: int
    end: int | None

    def distance(self, year: int) -> int:
        """0 when ``year`` falls in the tenure, else the years between."""
        if year < self.start:
            return self.start - year
        if self.end is not None and year > self.end:
            return year - self.end
        return 0


class OfficeHolders:
    """Look-ups over the table: canonical name, surname, and the tenure at a date."""

    def __init__(self, rows: list[tuple[str, list[str], str | None, str | None, str, int, int | None]]) -> None:
        self.tenures: dict[str, list[Tenure]] = {}
        self._full: dict[str, str] = {}  # folded full name or multi-word alias -> canonical
        self._single: dict[str, set[str]] = {}  # folded one-word alias -> canonicals
        self._single_forms: dict[str, set[str]] = {}  # canonical -> one-word aliases as written
        self.surfaces: set[str] = set()  # multi-word names as written, for the phrase matcher
        self._family_first: set[str] = set()
        for name, aliases, country, organization, role, start, end in rows:
            self.tenures.setdefault(name, []).append(Tenure(name, country, organization, role, start, end))
            for form in [name, *aliases]:
                if " " in form.strip():
                    self._full[fold(form)] = name
                    self.surfaces.add(form)
                else:
                    self._single.setdefault(fold(form), set()).add(name)
                    self._single_forms.setdefault(name, set()).add(form.strip())
                    if fold(form) == fold(name.split()[0]):
                        self._family_first.add(name)

    def canonical(self, name: str, *, single: bool = True) -> str | None:
        """The canonical name for a full name or alias; a one-word alias only when it is one person's."""
        key = fold(name)
        if key in self._full:
            return self._full[key]
        if single and " " not in key:
            found = self._single.get(key, set())
            if len(found) == 1:
                return next(iter(found))
        elif " " in key:
            # a spelling of the full name the table lacks ("Hossein Amirabdollahian" for "Hossein
            # Amir-Abdollahian"): the surname is one person's alias and the given name is theirs too
            words = key.split()
            found = self._single.get(words[-1], set())
            if len(found) == 1:
                canonical = next(iter(found))
                if fold(canonical).split()[0] == words[0]:
                    return canonical
        return None

    def single_aliases(self, canonical: str) -> set[str]:
        """One-word names (folded) the press uses for this person alone."""
        return {fold(f) for f in self._single_forms.get(canonical, ())}

    def single_alias_forms(self, canonical: str) -> set[str]:
        """One-word names for this person as the table writes them ("Araqchi", "Araghchi")."""
        return self._single_forms.get(canonical, set())

    def family_first(self, name: str) -> bool:
        """Is ``name`` written family name first ("Kim Jong Un", "Choi Sang-mok")?"""
        canonical = self.canonical(name, single=False)
        if canonical is not None:
            return canonical in self._family_first
        words = name.split()
        return 2 <= len(words) <= 3 and words[0] in FAMILY_FIRST and not words[-1].endswith(".")

    def tenure(self, name: str, year: int | None = None, role: str | None = None) -> Tenure | None:
        """The office ``name`` held at ``year`` (nearest in time when none), matching ``role`` if it can."""
        canonical = self.canonical(name)
        if canonical is None:
            return None
        options = self.tenures[canonical]
        if role:
            head = fold(role).split()[-1] if role.split() else ""
            fitting = [t for t in options if fold(t.role).endswith(head) or fold(role).endswith(fold(t.role))]
            options = fitting or options
        if year is None:
            return max(options, key=lambda t: (t.end is None, t.end or 0, t.start))
        return min(options, key=lambda t: (t.distance(year), -(t.end or 9999)))


def _parse(table: Iterable[list[str]]) -> list[tuple[str, list[str], str | None, str | None, str, int, int | None]]:
    rows = []
    for cells in table:
        cells += [""] * (7 - len(cells))
        name, aliases, country, organization, role, start, end = (c.strip() for c in cells[:7])
        rows.append((name, [a.strip() for a in aliases.split(";") if a.strip() and a.strip() != "-"],
                     None if country in ("", "-") else country, None if organization in ("", "-") else organization,
                     role, int(start), int(end) if end else None))
    return rows


@lru_cache(maxsize=1)
def office_holders() -> OfficeHolders:
    """The built-in table, read once per process."""
    return OfficeHolders(_parse(data_rows("office_holders.tsv")))
