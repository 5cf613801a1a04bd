"""Builds the third development set (NAME.txt) and its hand-written gold (NAME.gold.json).

Third development set: 8 invented reaction articles written on 2026-11-25 by someone who changed
no library code, the gold committed before reactlib was run on them. As in
``tests/generalization_dev2/build_gold.py``, the annotation lives here as data so that offsets are
computed, never typed: a quote or date is given by its text and, where the same words occur more
than once, by its occurrence number (0-based); ``gold_builder`` asserts that every span and stance
evidence is found in the text. Run `python tests/generalization_dev3/build_gold.py` after editing.
Conventions follow ../shared/eval/GOLD_FORMAT.md, the reference gold and the earlier development sets.
"""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from gold_builder import A, D, GoldWriter, Q, S  # noqa: E402

WRITER = GoldWriter(HERE)
build = WRITER.build
ARTICLES = WRITER.articles


# --------------------------------------------------------------------------- 1. pipeline sabotage, Baltic Sea (wire, Reuters-like)
PIPELINE = """ date 2026-09-14 COPENHAGEN, Sept 14 (Reuters) - Denmark said on Monday that a gas pipeline running under the Baltic Sea to Poland had been damaged by "deliberate external force" over the weekend, and Poland's prime minister blamed Russia for what he called an act of sabotage against Europe's energy security.

Pressure in the Baltic Pipe, which carries Norwegian gas to Poland through Danish waters, dropped sharply early on Sunday, operator Energinet said, and a navy survey later found a gash several metres long in the pipe about 20 km (12 miles) southeast of the island of Bornholm.

"Everything we have seen so far points to a deliberate act," Danish Defence Minister Troels Lund Poulsen told a news conference in Copenhagen. "We are not yet in a position to say who is behind it."

Polish Prime Minister Donald Tusk was less cautious. "This is sabotage, and the trail leads east," he wrote on X, adding that Warsaw had raised its alert level for all critical infrastructure.

Tusk said in a later statement that Poland's gas supplies were secure for the winter and that reserves stood at 98 percent.

The Kremlin rejected the accusation. Spokesman Dmitry Peskov called it "absurd and unfounded" and said Moscow was being blamed "for everything that happens in the Baltic".

Norway, which supplies the gas, said it was working closely with Denmark and Poland. Energy Minister Terje Aasland said Norwegian installations in the North Sea were under increased surveillance.

NATO Secretary-General Mark Rutte said the alliance stood "in full solidarity" with its members and would step up patrols in the Baltic Sea. "Any deliberate attack on the critical infrastructure of allies will be met with a united and determined response," he told reporters in Brussels.

The European Commission called the damage "deeply worrying" and said it was ready to help the investigation. Sweden and Finland, which have both reported damaged undersea cables in the past two years, offered naval assistance, according to the Danish foreign ministry.

A Western intelligence official, speaking on condition of anonymity, said a Russian-flagged cargo ship had passed over the site on Saturday night with its anchor apparently lowered. Reuters could not independently verify the account.

Danish police have opened a criminal investigation, and divers are expected to reach the pipeline on Tuesday, weather permitting. Energinet said repairs could take up to three months.

The 900-km Baltic Pipe opened in 2022, months after Russia's full-scale invasion of Ukraine, to reduce Poland's dependence on Russian gas."""

build(
    "pipeline-baltic-denmark-2026-09-14", PIPELINE,
    actors=[
        A("Denmark", "country", "DNK", aliases=["Danish", "Copenhagen", "Danish foreign ministry", "the Danish foreign ministry"]),
        A("Poland", "country", "POL", aliases=["Polish", "Warsaw"]),
        A("Russia", "country", "RUS", aliases=["Russian", "Moscow", "Kremlin", "The Kremlin"]),
        A("Energinet", "organization", "DNK", "gas pipeline operator", ["operator Energinet"]),
        A("Troels Lund Poulsen", "person", "DNK", "Defence Minister", ["Poulsen", "Danish Defence Minister Troels Lund Poulsen"]),
        A("Donald Tusk", "person", "POL", "Prime Minister", ["Tusk", "Polish Prime Minister Donald Tusk", "Poland's prime minister"]),
        A("Dmitry Peskov", "person", "RUS", "Kremlin spokesman", ["Peskov", "Spokesman Dmitry Peskov"]),
        A("Norway", "country", "NOR", aliases=["Norwegian", "Oslo"]),
        A("Terje Aasland", "person", "NOR", "Energy Minister", ["Aasland"]),
        A("NATO", "organization", None, aliases=["the alliance", "alliance"]),
        A("Mark Rutte", "person", None, "NATO Secretary-General", ["Rutte"], organization="NATO"),
        A("European Commission", "organization", None, aliases=["The European Commission", "Commission"]),
        A("Sweden", "country", "SWE", aliases=["Swedish"]),
        A("Finland", "country", "FIN", aliases=["Finnish"]),
        A("Western intelligence official", "person", None, "intelligence official", ["A Western intelligence official", "official"], anonymous=True),
        A("Danish police", "organization", "DNK", aliases=["police"]),
        A("Ukraine", "country", "UKR", aliases=["Ukrainian"]),
    ],
    quotes=[
        Q("indirect", "a gas pipeline running under the Baltic Sea to Poland had been damaged by \"deliberate external force\" over the weekend", "Denmark", "say"),
        Q("partial", "deliberate external force", "Denmark", "say"),
        Q("indirect", "Pressure in the Baltic Pipe, which carries Norwegian gas to Poland through Danish waters, dropped sharply early on Sunday", "Energinet", "say"),
        Q("direct", "Everything we have seen so far points to a deliberate act,", "Troels Lund Poulsen", "tell", "press conference"),
        Q("direct", "We are not yet in a position to say who is behind it.", "Troels Lund Poulsen", "tell", "press conference"),
        Q("direct", "This is sabotage, and the trail leads east,", "Donald Tusk", "write", "twitter"),
        Q("indirect", "Warsaw had raised its alert level for all critical infrastructure", "Donald Tusk", "add", "twitter"),
        Q("indirect", "Poland's gas supplies were secure for the winter and that reserves stood at 98 percent", "Donald Tusk", "say", "statement"),
        Q("partial", "absurd and unfounded", "Dmitry Peskov", "call"),
        Q("indirect", "Moscow was being blamed \"for everything that happens in the Baltic\"", "Dmitry Peskov", "say"),
        Q("partial", "for everything that happens in the Baltic", "Dmitry Peskov", "say"),
        Q("indirect", "it was working closely with Denmark and Poland", "Norway", "say"),
        Q("indirect", "Norwegian installations in the North Sea were under increased surveillance", "Terje Aasland", "say"),
        Q("indirect", "the alliance stood \"in full solidarity\" with its members and would step up patrols in the Baltic Sea", "Mark Rutte", "say"),
        Q("partial", "in full solidarity", "Mark Rutte", "say"),
        Q("direct", "Any deliberate attack on the critical infrastructure of allies will be met with a united and determined response,", "Mark Rutte", "tell", "press conference"),
        Q("partial", "deeply worrying", "European Commission", "call"),
        Q("indirect", "it was ready to help the investigation", "European Commission", "say"),
        Q("indirect", "Sweden and Finland, which have both reported damaged undersea cables in the past two years, offered naval assistance", "Denmark", "according to"),
        Q("indirect", "a Russian-flagged cargo ship had passed over the site on Saturday night with its anchor apparently lowered", "Western intelligence official", "say"),
        Q("indirect", "repairs could take up to three months", "Energinet", "say"),
    ],
    dates=[
        D("Sept 14", "DATE", "2026-09-14"),
        D("Monday", "DATE", "2026-09-14"),
        D("over the weekend", "DATE", "2026-W37-WE"),
        D("Sunday", "DATE", "2026-09-13"),
        D("the winter", "DATE", "2026-WI"),
        D("the past two years", "DURATION", "P2Y"),
        D("Saturday night", "TIME", "2026-09-12TNI"),
        D("Tuesday", "DATE", "2026-09-15"),
        D("three months", "DURATION", "P3M"),
        D("2022", "DATE", "2022"),
        D("months", "DURATION", "PXM", 1),
    ],
    stances=[
        S("Donald Tusk", "accuse", "Russia", evidence="Poland's prime minister blamed Russia for what he called an act of sabotage"),
        S("Russia", "reject", "Donald Tusk", evidence="The Kremlin rejected the accusation"),
        S("Dmitry Peskov", "reject", "Donald Tusk", evidence="called it \"absurd and unfounded\""),
        S("Mark Rutte", "support", None, evidence="the alliance stood \"in full solidarity\" with its members"),
        S("Mark Rutte", "threaten", None, evidence="will be met with a united and determined response"),
        S("European Commission", "concern", None, "pipeline damage", "called the damage \"deeply worrying\""),
        S("European Commission", "support", "Denmark", evidence="it was ready to help the investigation"),
        S("Sweden", "support", "Denmark", evidence="offered naval assistance"),
        S("Finland", "support", "Denmark", evidence="offered naval assistance"),
    ],
    notes="Invented article (third development set). Reuters dateline with 'Sept 14'. 'Poland's prime minister' in the "
          "lead is Tusk (named in the fourth paragraph); his post on X restates the lead's accusation (one stance). "
          "'The Kremlin' and 'the Danish foreign ministry' speak for their countries. Peskov's 'it' is Tusk's "
          "accusation (target Tusk). Poulsen's 'points to a deliberate act' names no culprit: no stance. Norway's "
          "'working closely with Denmark and Poland' and Aasland's surveillance are cooperation/measures, no stance. "
          "Rutte's solidarity is with 'its members' (no single target). 'over the weekend' is the weekend before the "
          "Monday article (ISO week 37); 'the winter' is the coming winter 2026-27 (2026-WI). 'Reuters' is the outlet, "
          "not an actor. Sweden's and Finland's offer is reported 'according to' the Danish foreign ministry.",
)


# --------------------------------------------------------------------------- 2. genocide ruling at the ICJ (BBC-style explainer)
ICJ = """ date 2026-07-23 The International Court of Justice (ICJ) has ruled that Myanmar violated the Genocide Convention in its treatment of the Rohingya Muslim minority, in a landmark judgment welcomed by human rights groups and rejected by the country's military government.

Reading out the decision in The Hague on Thursday, the court's president, Judge Iwasawa Yuji, said Myanmar had failed to prevent and punish acts of genocide committed against the Rohingya during military "clearance operations" in Rakhine state in 2016 and 2017.

The judges voted 15 to 2 in favour of the main finding. Myanmar was ordered to report back to the court within six months on the measures it has taken.

What does the ruling mean?

The case was brought in 2019 by The Gambia, a small West African nation acting on behalf of the 57-member Organisation of Islamic Cooperation (OIC). It is the first time the court has found a state responsible for genocide since its 2007 ruling on the Srebrenica massacre in Bosnia.

The ICJ has no means of enforcing its judgments, but they are binding, and lawyers say the ruling could open the way for claims for reparations.

How has Myanmar reacted?

Myanmar's military government said it "categorically rejects" the judgment, which it described as "politically motivated and based on one-sided information". In a statement carried by state television, the foreign ministry insisted that the operations had targeted "terrorist insurgents" and not civilians.

Gambia's Justice Minister Dawda Jallow, who led his country's delegation, told the BBC outside the court that it was "a day of justice for the Rohingya people".

"The world has finally said what the victims have known for nine years," he said.

What about the rest of the world?

UN Secretary-General António Guterres said he "fully respects" the court's decision and urged Myanmar to comply with it "in good faith".

Bangladesh, which hosts more than a million Rohingya refugees in camps near Cox's Bazar, welcomed the verdict. Foreign Adviser Touhid Hossain said it should be followed by "concrete steps" to allow the refugees to return home safely.

The UK, which joined the case in 2023 alongside Canada, France, Germany and the Netherlands, said the ruling was "an important moment for accountability".

China, Myanmar's main ally, said through a foreign ministry spokeswoman that the issue should be resolved "through dialogue" between Myanmar and Bangladesh, and warned against "internationalising" it.

In the crowded camps in Bangladesh, the news was greeted with cheers. "For years nobody believed us," Mohammed Rafiq, a 42-year-old teacher from Maungdaw, told the BBC. "Today the judges did."

Amnesty International called on the UN Security Council to refer the situation in Myanmar to the International Criminal Court, a step China and Russia have blocked in the past."""

build(
    "genocide-ruling-myanmar-2026-07-23", ICJ,
    actors=[
        A("International Court of Justice", "organization", None, aliases=["ICJ", "the court", "court"]),
        A("Myanmar", "country", "MMR", aliases=["Myanmar's military government", "military government", "the foreign ministry"]),
        A("Rohingya", "group", "MMR", aliases=["the Rohingya", "Rohingya Muslim minority", "Rohingya people", "Rohingya refugees"]),
        A("Iwasawa Yuji", "person", None, "President of the International Court of Justice", ["Judge Iwasawa Yuji", "Iwasawa", "the court's president"], organization="International Court of Justice"),
        A("The Gambia", "country", "GMB", aliases=["Gambia", "Gambia's"]),
        A("Organisation of Islamic Cooperation", "organization", None, aliases=["OIC"]),
        A("Bosnia", "country", "BIH", aliases=[]),
        A("Dawda Jallow", "person", "GMB", "Justice Minister", ["Jallow", "Gambia's Justice Minister Dawda Jallow"]),
        A("António Guterres", "person", None, "UN Secretary-General", ["Guterres", "Antonio Guterres", "UN Secretary-General António Guterres"], organization="United Nations"),
        A("Bangladesh", "country", "BGD", aliases=["Bangladeshi", "Dhaka"]),
        A("Touhid Hossain", "person", "BGD", "Foreign Adviser", ["Hossain"]),
        A("United Kingdom", "country", "GBR", aliases=["UK", "The UK", "British", "Britain"]),
        A("Canada", "country", "CAN", aliases=[]),
        A("France", "country", "FRA", aliases=[]),
        A("Germany", "country", "DEU", aliases=[]),
        A("Netherlands", "country", "NLD", aliases=["the Netherlands", "The Hague"]),
        A("China", "country", "CHN", aliases=["Chinese", "Beijing"]),
        A("Chinese foreign ministry spokeswoman", "person", "CHN", "foreign ministry spokeswoman", ["a foreign ministry spokeswoman"], anonymous=True),
        A("Mohammed Rafiq", "person", "MMR", "teacher", ["Rafiq"]),
        A("Amnesty International", "organization", None, aliases=["Amnesty"]),
        A("UN Security Council", "organization", None, aliases=["Security Council"]),
        A("International Criminal Court", "organization", None, aliases=["ICC"]),
        A("Russia", "country", "RUS", aliases=[]),
    ],
    quotes=[
        Q("indirect", "Myanmar had failed to prevent and punish acts of genocide committed against the Rohingya during military \"clearance operations\" in Rakhine state in 2016 and 2017", "Iwasawa Yuji", "say"),
        Q("indirect", "it \"categorically rejects\" the judgment, which it described as \"politically motivated and based on one-sided information\"", "Myanmar", "say"),
        Q("partial", "categorically rejects", "Myanmar", "say"),
        Q("partial", "politically motivated and based on one-sided information", "Myanmar", "describe"),
        Q("indirect", "the operations had targeted \"terrorist insurgents\" and not civilians", "Myanmar", "insist", "statement"),
        Q("partial", "terrorist insurgents", "Myanmar", "insist", "statement"),
        Q("partial", "a day of justice for the Rohingya people", "Dawda Jallow", "tell", "interview"),
        Q("direct", "The world has finally said what the victims have known for nine years,", "Dawda Jallow", "say", "interview"),
        Q("indirect", "he \"fully respects\" the court's decision", "António Guterres", "say"),
        Q("partial", "fully respects", "António Guterres", "say"),
        Q("partial", "in good faith", "António Guterres", "urge"),
        Q("indirect", "it should be followed by \"concrete steps\" to allow the refugees to return home safely", "Touhid Hossain", "say"),
        Q("partial", "concrete steps", "Touhid Hossain", "say"),
        Q("indirect", "the ruling was \"an important moment for accountability\"", "United Kingdom", "say"),
        Q("partial", "an important moment for accountability", "United Kingdom", "say"),
        Q("indirect", "the issue should be resolved \"through dialogue\" between Myanmar and Bangladesh", "China", "say"),
        Q("partial", "through dialogue", "China", "say"),
        Q("partial", "internationalising", "China", "warn"),
        Q("direct", "For years nobody believed us,", "Mohammed Rafiq", "tell", "interview"),
        Q("direct", "Today the judges did.", "Mohammed Rafiq", "tell", "interview"),
    ],
    dates=[
        D("Thursday", "DATE", "2026-07-23"),
        D("2016", "DATE", "2016"),
        D("2017", "DATE", "2017"),
        D("six months", "DURATION", "P6M"),
        D("2019", "DATE", "2019"),
        D("2007", "DATE", "2007"),
        D("nine years", "DURATION", "P9Y"),
        D("2023", "DATE", "2023"),
        D("For years", "DURATION", "PXY"),
        D("Today", "DATE", "2026-07-23"),
        D("the past", "DATE", "PAST_REF"),
    ],
    stances=[
        S("International Court of Justice", "accuse", "Myanmar", evidence="ruled that Myanmar violated the Genocide Convention"),
        S("International Court of Justice", "demand", "Myanmar", "report on measures taken", "Myanmar was ordered to report back to the court within six months"),
        S("Myanmar", "reject", "International Court of Justice", evidence="it \"categorically rejects\" the judgment"),
        S("Dawda Jallow", "welcome", "International Court of Justice", evidence="it was \"a day of justice for the Rohingya people\""),
        S("António Guterres", "support", "International Court of Justice", evidence="he \"fully respects\" the court's decision"),
        S("António Guterres", "appeal", "Myanmar", "comply with the ruling", "urged Myanmar to comply with it \"in good faith\""),
        S("Bangladesh", "welcome", "International Court of Justice", evidence="welcomed the verdict"),
        S("Touhid Hossain", "appeal", None, "safe return of refugees", "it should be followed by \"concrete steps\" to allow the refugees to return home safely"),
        S("United Kingdom", "welcome", "International Court of Justice", evidence="the ruling was \"an important moment for accountability\""),
        S("China", "appeal", None, "negotiations", "the issue should be resolved \"through dialogue\" between Myanmar and Bangladesh"),
        S("China", "appeal", None, "no internationalisation of the issue", "warned against \"internationalising\" it"),
        S("Amnesty International", "appeal", "UN Security Council", "refer Myanmar to the International Criminal Court", "called on the UN Security Council to refer the situation in Myanmar"),
    ],
    notes="Invented article (third development set; the judgment and all quoted words are invented). BBC explainer "
          "style: no dateline, question subheads, 'told the BBC' (the outlet is not an actor; channel interview). "
          "The court's finding is annotated as an accusation of Myanmar, the order to report back as a demand. "
          "'Myanmar's military government' and 'the foreign ministry' speak for Myanmar. 'clearance operations' is "
          "the military's term in the judge's reported speech, not a quote of anyone here: not annotated. The "
          "verdict's 'welcome by human rights groups' (unnamed) is no stance. The foreign ministry spokeswoman is "
          "China's channel: the quotes are China's. 'warned against internationalising' is read as an appeal not to. "
          "Rafiq's 'Today the judges did' is a refugee's relief, no stance. 'a step China and Russia have blocked in "
          "the past' is background (no stance). Jallow's quote is split over two paragraphs.",
)

if __name__ == "__main__":
    WRITER.report()
