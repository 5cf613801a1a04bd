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
        Q("indirect", "the ruling could open the way for claims for reparations", None, "say", optional=True),
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
          "the military's term in the judge's reported speech, not a quote of anyone here: not annotated. "
          "'lawyers say' (unnamed, no actor) is an optional unattributed indirect quote. The "
          "verdict's 'welcome by human rights groups' (unnamed) is no stance. The foreign ministry spokeswoman is "
          "China's channel: the quotes are China's. 'warned against internationalising' is read as an appeal not to. "
          "Rafiq's 'Today the judges did' is a refugee's relief, no stance. 'a step China and Russia have blocked in "
          "the past' is background (no stance). Jallow's quote is split over two paragraphs.",
)

# --------------------------------------------------------------------------- 3. military drills around Taiwan (live-blog summary)
TAIWAN = """ date 2026-10-20 China stages large-scale drills around Taiwan: what we know so far

Updated 18:40 Taipei time

- China's military began large-scale air and naval exercises around Taiwan early on Tuesday, two days after Taiwanese President Lai Ching-te returned from a stopover in the United States. The Eastern Theater Command said the drills, code-named "Strait Thunder-2026B", were "a stern warning to separatist forces seeking independence" and would last until Thursday.

- Taiwan's defence ministry said it had tracked 71 Chinese military aircraft and 21 ships around the island in the 24 hours to 6 a.m., one of the highest daily counts this year. It condemned the exercises as "irrational provocation" and put its forces on alert.

- Lai, speaking at a military base in Taoyuan, said Taiwan would "neither provoke nor bow to pressure". "Our people have the right to decide their own future, and no amount of intimidation will change that," he said.

- In Beijing, foreign ministry spokesperson Guo Jiakun told a daily briefing that the drills were "a legitimate and necessary action to safeguard national sovereignty". He said Taiwan was "an inalienable part of China's territory" and that "no one should underestimate" Beijing's resolve.

- The U.S. State Department said Washington was "closely monitoring" the situation and urged Beijing to "exercise restraint". A spokesperson added that the American commitment to peace and stability across the Taiwan Strait was "long-standing".

- Japan's Chief Cabinet Secretary Minoru Kihara said Tokyo had conveyed its concerns to China through diplomatic channels, noting that some of the drills took place close to Japan's Yonaguni island.

- The European Union's foreign policy chief, Kaja Kallas, posted on X: "Tensions in the Taiwan Strait affect the whole world. We urge all sides to refrain from actions that could lead to escalation."

- The Philippines, whose northernmost islands lie less than 200 km from Taiwan, said its armed forces were on heightened alert.

- Analysts noted that the drills were the second of their kind this year. "Beijing wants to show it can encircle the island at short notice," said Chen Wei-ting, a researcher at Taipei's Institute for National Defense and Security Research.

- What happens next: China's coast guard said it would carry out "law enforcement patrols" east of the island on Wednesday. Taiwan's Mainland Affairs Council urged Beijing to "stop its military intimidation immediately" and return to dialogue."""

build(
    "drills-taiwan-2026-10-20", TAIWAN,
    actors=[
        A("China", "country", "CHN", aliases=["Chinese", "Beijing", "China's military"]),
        A("Taiwan", "country", "TWN", aliases=["Taiwanese", "Taipei", "Taiwan's defence ministry"]),
        A("Lai Ching-te", "person", "TWN", "President", ["Lai", "Taiwanese President Lai Ching-te"]),
        A("United States", "country", "USA", aliases=["U.S.", "US", "Washington", "American", "U.S. State Department", "State Department"]),
        A("Eastern Theater Command", "organization", "CHN", aliases=["The Eastern Theater Command"]),
        A("Guo Jiakun", "person", "CHN", "foreign ministry spokesperson", ["Guo"]),
        A("State Department spokesperson", "person", "USA", "spokesperson", ["A spokesperson"], anonymous=True),
        A("Japan", "country", "JPN", aliases=["Tokyo", "Japanese"]),
        A("Minoru Kihara", "person", "JPN", "Chief Cabinet Secretary", ["Kihara", "Japan's Chief Cabinet Secretary Minoru Kihara"]),
        A("European Union", "organization", None, aliases=["EU", "The European Union"]),
        A("Kaja Kallas", "person", None, "foreign policy chief", ["Kallas"], organization="European Union"),
        A("Philippines", "country", "PHL", aliases=["The Philippines", "Philippine"]),
        A("Chen Wei-ting", "person", "TWN", "researcher", ["Chen"], organization="Institute for National Defense and Security Research"),
        A("Institute for National Defense and Security Research", "organization", "TWN", aliases=[]),
        A("China Coast Guard", "organization", "CHN", aliases=["China's coast guard", "coast guard"]),
        A("Mainland Affairs Council", "organization", "TWN", aliases=["Taiwan's Mainland Affairs Council"]),
    ],
    quotes=[
        Q("indirect", "the drills, code-named \"Strait Thunder-2026B\", were \"a stern warning to separatist forces seeking independence\" and would last until Thursday", "Eastern Theater Command", "say"),
        Q("partial", "a stern warning to separatist forces seeking independence", "Eastern Theater Command", "say"),
        Q("indirect", "it had tracked 71 Chinese military aircraft and 21 ships around the island in the 24 hours to 6 a.m., one of the highest daily counts this year", "Taiwan", "say"),
        Q("partial", "irrational provocation", "Taiwan", "condemn"),
        Q("indirect", "Taiwan would \"neither provoke nor bow to pressure\"", "Lai Ching-te", "say"),
        Q("partial", "neither provoke nor bow to pressure", "Lai Ching-te", "say"),
        Q("direct", "Our people have the right to decide their own future, and no amount of intimidation will change that,", "Lai Ching-te", "say"),
        Q("indirect", "the drills were \"a legitimate and necessary action to safeguard national sovereignty\"", "Guo Jiakun", "tell", "press conference"),
        Q("partial", "a legitimate and necessary action to safeguard national sovereignty", "Guo Jiakun", "tell", "press conference"),
        Q("indirect", "Taiwan was \"an inalienable part of China's territory\" and that \"no one should underestimate\" Beijing's resolve", "Guo Jiakun", "say", "press conference"),
        Q("partial", "an inalienable part of China's territory", "Guo Jiakun", "say", "press conference"),
        Q("partial", "no one should underestimate", "Guo Jiakun", "say", "press conference"),
        Q("indirect", "Washington was \"closely monitoring\" the situation", "United States", "say"),
        Q("partial", "closely monitoring", "United States", "say"),
        Q("partial", "exercise restraint", "United States", "urge"),
        Q("indirect", "the American commitment to peace and stability across the Taiwan Strait was \"long-standing\"", "State Department spokesperson", "add"),
        Q("partial", "long-standing", "State Department spokesperson", "add"),
        Q("indirect", "Tokyo had conveyed its concerns to China through diplomatic channels", "Minoru Kihara", "say"),
        Q("indirect", "some of the drills took place close to Japan's Yonaguni island", "Minoru Kihara", "note"),
        Q("direct", "Tensions in the Taiwan Strait affect the whole world. We urge all sides to refrain from actions that could lead to escalation.", "Kaja Kallas", "post", "twitter"),
        Q("indirect", "its armed forces were on heightened alert", "Philippines", "say"),
        Q("indirect", "the drills were the second of their kind this year", None, "note", optional=True),
        Q("direct", "Beijing wants to show it can encircle the island at short notice,", "Chen Wei-ting", "say"),
        Q("indirect", "it would carry out \"law enforcement patrols\" east of the island on Wednesday", "China Coast Guard", "say"),
        Q("partial", "law enforcement patrols", "China Coast Guard", "say"),
        Q("partial", "stop its military intimidation immediately", "Mainland Affairs Council", "urge"),
    ],
    dates=[
        D("18:40", "TIME", "2026-10-20T18:40"),
        D("Tuesday", "DATE", "2026-10-20"),
        D("two days", "DURATION", "P2D"),
        D("Thursday", "DATE", "2026-10-22"),
        D("24 hours", "DURATION", "PT24H"),
        D("6 a.m.", "TIME", "2026-10-20T06:00"),
        D("daily", "SET", "P1D", 0),
        D("this year", "DATE", "2026", 0),
        D("daily", "SET", "P1D", 1),
        D("this year", "DATE", "2026", 1),
        D("Wednesday", "DATE", "2026-10-21"),
    ],
    stances=[
        S("Eastern Theater Command", "threaten", "Taiwan", evidence="a stern warning to separatist forces seeking independence"),
        S("Taiwan", "condemn", "China", evidence="It condemned the exercises as \"irrational provocation\""),
        S("Lai Ching-te", "reject", "China", evidence="Taiwan would \"neither provoke nor bow to pressure\""),
        S("Guo Jiakun", "threaten", None, evidence="\"no one should underestimate\" Beijing's resolve"),
        S("United States", "appeal", "China", "restraint", "urged Beijing to \"exercise restraint\""),
        S("Japan", "concern", None, "drills near Japanese territory", "Tokyo had conveyed its concerns to China"),
        S("Kaja Kallas", "appeal", None, "restraint", "We urge all sides to refrain from actions that could lead to escalation."),
        S("Mainland Affairs Council", "demand", "China", "stop military intimidation", "urged Beijing to \"stop its military intimidation immediately\""),
        S("Mainland Affairs Council", "appeal", "China", "negotiations", "and return to dialogue"),
    ],
    notes="Invented article (third development set). Live-blog summary: a headline line, an 'Updated 18:40 Taipei time' "
          "stamp (a TIME of the article's day), bulleted updates with no dateline. 'Taiwan's defence ministry' speaks "
          "for Taiwan ('It condemned'). The Eastern Theater Command's 'stern warning to separatist forces' threatens "
          "Taiwan's government. Guo's defence of the drills is China's own act (no stance); his 'no one should "
          "underestimate' is a threat with no target named. The State Department speaks for the United States; the "
          "unnamed 'spokesperson' is kept apart, with no stance. Kihara reports that Tokyo conveyed concerns: holder "
          "Japan. The Philippines' alert and Chen's analysis take no stance; "
          "'Analysts noted' is an optional unattributed indirect quote. 'daily' (counts, briefing) are TimeML "
          "SETs. Lai's direct quote is a restatement of his refusal (one stance).",
)


# --------------------------------------------------------------------------- 4. hunger strike of a jailed opposition leader, Kazakhstan (Al Jazeera-like)
HUNGER = """ date 2026-11-10 Jailed Kazakh opposition leader Marat Zhanuzakov is in a "critical" condition on the 30th day of a hunger strike, his family says, as Western governments and rights groups urge Kazakhstan's authorities to release him.

Zhanuzakov, 58, the founder of the banned Adilet (Justice) movement, stopped eating on October 12 to protest against his 11-year sentence for "organising mass unrest", a charge he has always denied. He was convicted in March after protests over fuel prices in the country's west last year.

"He has lost 19 kilograms. He can barely stand and he speaks in a whisper," his daughter, Aigerim Zhanuzakova, told Al Jazeera by phone from Almaty on Monday. "We are afraid that every visit could be the last."

Kazakhstan's prison service said on Tuesday that the 58-year-old was "under constant medical supervision" and that his life was not in danger. It accused his supporters of "spreading false information to put pressure on the court".

President Kassym-Jomart Tokayev's spokesman, Ruslan Zheldibay, told reporters in Astana that the president would not interfere in a judicial matter.

"Kazakhstan is a state governed by the rule of law. Nobody is above it," he said.

International pressure

The European Union said in a statement that it was "deeply concerned" about Zhanuzakov's health and called for his "immediate and unconditional release". The bloc's special representative for Central Asia, Terhi Hakala, raised the case with Kazakh Foreign Minister Yermek Kosherbayev during a meeting in Brussels last week, an EU official said.

The US embassy in Astana posted on X that it was following the case "with growing alarm" and urged the authorities to allow independent doctors to examine the prisoner.

Human Rights Watch accused the Kazakh authorities of "slowly killing a political opponent" and said the conviction had rested on confessions extracted under duress.

"The international community cannot look away while a man starves in a cell," said Laura Bennett, the group's Central Asia researcher.

Russia, Kazakhstan's closest ally, said the case was an internal matter. "We do not comment on the decisions of Kazakh courts," Russian foreign ministry spokeswoman Maria Zakharova told a weekly briefing in Moscow.

Dozens of supporters gathered outside the prison in the northern city of Pavlodar on Sunday evening, holding portraits of the opposition leader. Police detained at least seven of them, according to the Almaty-based Ar-Namys Foundation, a local rights group.

Zhanuzakov's lawyer, Galym Nurpeisov, said he would lodge a new appeal with the Supreme Court this week. "My client is not asking for mercy. He is asking for a fair trial," Nurpeisov said.

Kazakhstan, Central Asia's largest economy, has long been criticised by rights groups for jailing government critics, although Tokayev has promised political reforms since taking office in 2019."""

build(
    "hungerstrike-kazakhstan-2026-11-10", HUNGER,
    actors=[
        A("Marat Zhanuzakov", "person", "KAZ", "opposition leader", ["Zhanuzakov", "the 58-year-old", "the opposition leader", "the prisoner", "Jailed Kazakh opposition leader Marat Zhanuzakov"]),
        A("Kazakhstan", "country", "KAZ", aliases=["Kazakh", "Kazakhstan's authorities", "the Kazakh authorities", "Astana"]),
        A("Adilet", "organization", "KAZ", aliases=["Adilet (Justice) movement", "Adilet movement"]),
        A("Zhanuzakov family", "group", "KAZ", aliases=["his family"]),
        A("Aigerim Zhanuzakova", "person", "KAZ", "daughter of Marat Zhanuzakov", ["Zhanuzakova", "his daughter"]),
        A("Kazakh prison service", "organization", "KAZ", aliases=["Kazakhstan's prison service", "prison service"]),
        A("Kassym-Jomart Tokayev", "person", "KAZ", "President", ["Tokayev", "the president"]),
        A("Ruslan Zheldibay", "person", "KAZ", "presidential spokesman", ["Zheldibay"]),
        A("European Union", "organization", None, aliases=["EU", "The European Union", "the bloc"]),
        A("Terhi Hakala", "person", None, "EU special representative for Central Asia", ["Hakala"], organization="European Union"),
        A("Yermek Kosherbayev", "person", "KAZ", "Foreign Minister", ["Kosherbayev", "Kazakh Foreign Minister Yermek Kosherbayev"]),
        A("EU official", "person", None, "official", ["an EU official"], anonymous=True, organization="European Union"),
        A("United States", "country", "USA", aliases=["US", "US embassy in Astana", "The US embassy in Astana"]),
        A("Human Rights Watch", "organization", None, aliases=["HRW", "the group"]),
        A("Laura Bennett", "person", None, "Central Asia researcher", ["Bennett"], organization="Human Rights Watch"),
        A("Russia", "country", "RUS", aliases=["Russian", "Moscow"]),
        A("Maria Zakharova", "person", "RUS", "foreign ministry spokeswoman", ["Zakharova"]),
        A("Ar-Namys Foundation", "organization", "KAZ", aliases=["the Almaty-based Ar-Namys Foundation"]),
        A("Galym Nurpeisov", "person", "KAZ", "lawyer", ["Nurpeisov"]),
        A("Supreme Court", "organization", "KAZ", aliases=[]),
        A("Kazakh police", "organization", "KAZ", aliases=["Police"]),
    ],
    quotes=[
        Q("indirect", "Jailed Kazakh opposition leader Marat Zhanuzakov is in a \"critical\" condition on the 30th day of a hunger strike", "Zhanuzakov family", "say"),
        Q("partial", "critical", "Zhanuzakov family", "say"),
        Q("direct", "He has lost 19 kilograms. He can barely stand and he speaks in a whisper,", "Aigerim Zhanuzakova", "tell", "phone call"),
        Q("direct", "We are afraid that every visit could be the last.", "Aigerim Zhanuzakova", "tell", "phone call"),
        Q("indirect", "the 58-year-old was \"under constant medical supervision\" and that his life was not in danger", "Kazakh prison service", "say"),
        Q("partial", "under constant medical supervision", "Kazakh prison service", "say"),
        Q("partial", "spreading false information to put pressure on the court", "Kazakh prison service", "accuse"),
        Q("indirect", "the president would not interfere in a judicial matter", "Ruslan Zheldibay", "tell", "press conference"),
        Q("direct", "Kazakhstan is a state governed by the rule of law. Nobody is above it,", "Ruslan Zheldibay", "say", "press conference"),
        Q("indirect", "it was \"deeply concerned\" about Zhanuzakov's health", "European Union", "say", "statement"),
        Q("partial", "deeply concerned", "European Union", "say", "statement"),
        Q("partial", "immediate and unconditional release", "European Union", "call", "statement"),
        Q("indirect", "The bloc's special representative for Central Asia, Terhi Hakala, raised the case with Kazakh Foreign Minister Yermek Kosherbayev during a meeting in Brussels last week", "EU official", "say"),
        Q("indirect", "it was following the case \"with growing alarm\"", "United States", "post", "twitter"),
        Q("partial", "with growing alarm", "United States", "post", "twitter"),
        Q("partial", "slowly killing a political opponent", "Human Rights Watch", "accuse"),
        Q("indirect", "the conviction had rested on confessions extracted under duress", "Human Rights Watch", "say"),
        Q("direct", "The international community cannot look away while a man starves in a cell,", "Laura Bennett", "say"),
        Q("indirect", "the case was an internal matter", "Russia", "say"),
        Q("direct", "We do not comment on the decisions of Kazakh courts,", "Maria Zakharova", "tell", "press conference"),
        Q("indirect", "Police detained at least seven of them", "Ar-Namys Foundation", "according to"),
        Q("indirect", "he would lodge a new appeal with the Supreme Court this week", "Galym Nurpeisov", "say"),
        Q("direct", "My client is not asking for mercy. He is asking for a fair trial,", "Galym Nurpeisov", "say"),
    ],
    dates=[
        D("October 12", "DATE", "2026-10-12"),
        D("11-year", "DURATION", "P11Y"),
        D("March", "DATE", "2026-03"),
        D("last year", "DATE", "2025"),
        D("Monday", "DATE", "2026-11-09"),
        D("Tuesday", "DATE", "2026-11-10"),
        D("last week", "DATE", "2026-W45"),
        D("weekly", "SET", "P1W"),
        D("Sunday evening", "TIME", "2026-11-08TEV"),
        D("this week", "DATE", "2026-W46"),
        D("2019", "DATE", "2019"),
    ],
    stances=[
        S("Kazakh prison service", "accuse", None, evidence="It accused his supporters of \"spreading false information to put pressure on the court\""),
        S("European Union", "concern", None, "Zhanuzakov's health", "it was \"deeply concerned\" about Zhanuzakov's health"),
        S("European Union", "demand", "Kazakhstan", "release of Zhanuzakov", "called for his \"immediate and unconditional release\""),
        S("Terhi Hakala", "consult", "Yermek Kosherbayev", evidence="raised the case with Kazakh Foreign Minister Yermek Kosherbayev"),
        S("United States", "concern", None, "Zhanuzakov's health", "it was following the case \"with growing alarm\""),
        S("United States", "appeal", "Kazakhstan", "access for independent doctors", "urged the authorities to allow independent doctors to examine the prisoner"),
        S("Human Rights Watch", "accuse", "Kazakhstan", evidence="accused the Kazakh authorities of \"slowly killing a political opponent\""),
        S("Human Rights Watch", "criticize", "Kazakhstan", evidence="the conviction had rested on confessions extracted under duress"),
        S("Laura Bennett", "appeal", None, "international action", "The international community cannot look away"),
        S("Ruslan Zheldibay", "reject", None, evidence="the president would not interfere in a judicial matter"),
    ],
    notes="Invented article (third development set; Zhanuzakov, his family, his lawyer, Bennett and the Ar-Namys "
          "Foundation are invented). Al Jazeera style: present-tense lead attributed to 'his family says' (a group "
          "actor; his daughter is quoted below), 'told Al Jazeera by phone' (outlet not an actor; channel phone call), "
          "a subhead. 'the 30th day' of the strike is a count, not annotated as a date. The prison "
          "service accuses 'his supporters' (no actor: target null). 'a charge he has always denied' is background, no stance. 'the president would not interfere' rejects "
          "the calls for release (target null). Russia's 'internal matter' and Zakharova's refusal to comment take no "
          "stance. 'the US embassy in Astana' speaks for the United States. 'the group' is Human Rights Watch. "
          "'Western governments and rights groups urge' in the lead is a summary without a named holder: no stance. "
          "'has long been criticised by rights groups' is background.",
)


# --------------------------------------------------------------------------- 5. volcanic eruption with aid offers, Papua New Guinea (regional daily)
VOLCANO = """ date 2026-08-27 KIMBE - Thousands of villagers in West New Britain spent a second night in evacuation centres yesterday after Mount Ulawun erupted on Tuesday, sending an ash column 15 kilometres into the sky and burying food gardens, as offers of help poured in from Canberra, Wellington and Tokyo.

Prime Minister James Marape, who flew over the affected area yesterday morning, declared a state of emergency in the province for three months and said the Government would release K20 million for relief.

"Our people have lost their homes, their gardens and their livestock. They will not be left alone," Mr Marape told reporters at Hoskins airport. "Every agency of this Government is now working for West New Britain."

The National Disaster Centre said about 26,000 people had been displaced and two deaths had been confirmed, both elderly villagers who were hit by falling rocks. Its director, Laso Mana, said the figures were expected to rise as teams reached villages cut off by mudflows.

Australia was the first to respond. The Minister for International Development and the Pacific, Pat Conroy, announced A$5 million in immediate assistance and said two Royal Australian Air Force C-130 aircraft loaded with tarpaulins, water containers and hygiene kits would land at Hoskins today.

"Australia stands with our Papua New Guinean family, today and for as long as it takes," Mr Conroy wrote on X.

New Zealand's Foreign Minister Winston Peters said Wellington would provide NZ$1.5 million and that a New Zealand Defence Force aircraft was on standby to fly relief supplies from Auckland.

The Japanese Embassy in Port Moresby said Tokyo would send emergency relief goods, including tents and generators, through the Japan International Cooperation Agency.

China's ambassador to PNG, Yang Xiaoguang, said Beijing was "ready to provide whatever help our PNG friends need" and had instructed Chinese companies operating in the province to lend heavy machinery to clear roads.

Not everyone was satisfied with the response. Opposition Leader John Kaupa accused the Government of being "caught sleeping" despite weeks of warnings from volcanologists, and said families in the worst-hit villages had waited more than a day for water.

"The mountain gave us a warning in July. Where were the buses, where were the boats?" Mr Kaupa asked at a press conference in Port Moresby.

The Rabaul Volcanological Observatory said the alert level on Ulawun remained at Stage 3 and warned that further eruptions were possible in the coming days. Residents within a 10-kilometre radius have been told not to return to their homes.

West New Britain Governor Peter Avoa thanked the donor countries and appealed to businesses in Kimbe to donate rice and drinking water.

Ulawun, one of the most active volcanoes in the country, last forced mass evacuations in 2019."""

build(
    "eruption-papuanewguinea-2026-08-27", VOLCANO,
    actors=[
        A("Papua New Guinea", "country", "PNG", aliases=["PNG", "the Government", "Government", "Papua New Guinean"]),
        A("James Marape", "person", "PNG", "Prime Minister", ["Marape", "Mr Marape", "Prime Minister James Marape"]),
        A("National Disaster Centre", "organization", "PNG", aliases=["The National Disaster Centre"]),
        A("Laso Mana", "person", "PNG", "director of the National Disaster Centre", ["Mana"], organization="National Disaster Centre"),
        A("Australia", "country", "AUS", aliases=["Canberra", "Australian"]),
        A("Pat Conroy", "person", "AUS", "Minister for International Development and the Pacific", ["Conroy", "Mr Conroy"]),
        A("Royal Australian Air Force", "organization", "AUS", aliases=["RAAF"]),
        A("New Zealand", "country", "NZL", aliases=["Wellington", "New Zealand's"]),
        A("Winston Peters", "person", "NZL", "Foreign Minister", ["Peters"]),
        A("New Zealand Defence Force", "organization", "NZL", aliases=["NZDF"]),
        A("Japan", "country", "JPN", aliases=["Tokyo", "Japanese", "The Japanese Embassy in Port Moresby", "Japanese Embassy"]),
        A("Japan International Cooperation Agency", "organization", "JPN", aliases=["JICA"]),
        A("China", "country", "CHN", aliases=["Beijing", "Chinese"]),
        A("Yang Xiaoguang", "person", "CHN", "ambassador to Papua New Guinea", ["Yang", "China's ambassador to PNG"]),
        A("John Kaupa", "person", "PNG", "Opposition Leader", ["Kaupa", "Mr Kaupa", "Opposition Leader John Kaupa"]),
        A("Rabaul Volcanological Observatory", "organization", "PNG", aliases=["The Rabaul Volcanological Observatory"]),
        A("Peter Avoa", "person", "PNG", "Governor of West New Britain", ["Avoa", "West New Britain Governor Peter Avoa"]),
    ],
    quotes=[
        Q("indirect", "the Government would release K20 million for relief", "James Marape", "say"),
        Q("direct", "Our people have lost their homes, their gardens and their livestock. They will not be left alone,", "James Marape", "tell", "press conference"),
        Q("direct", "Every agency of this Government is now working for West New Britain.", "James Marape", "tell", "press conference"),
        Q("indirect", "about 26,000 people had been displaced and two deaths had been confirmed, both elderly villagers who were hit by falling rocks", "National Disaster Centre", "say"),
        Q("indirect", "the figures were expected to rise as teams reached villages cut off by mudflows", "Laso Mana", "say"),
        Q("indirect", "two Royal Australian Air Force C-130 aircraft loaded with tarpaulins, water containers and hygiene kits would land at Hoskins today", "Pat Conroy", "say"),
        Q("direct", "Australia stands with our Papua New Guinean family, today and for as long as it takes,", "Pat Conroy", "write", "twitter"),
        Q("indirect", "Wellington would provide NZ$1.5 million and that a New Zealand Defence Force aircraft was on standby to fly relief supplies from Auckland", "Winston Peters", "say"),
        Q("indirect", "Tokyo would send emergency relief goods, including tents and generators, through the Japan International Cooperation Agency", "Japan", "say"),
        Q("indirect", "Beijing was \"ready to provide whatever help our PNG friends need\" and had instructed Chinese companies operating in the province to lend heavy machinery to clear roads", "Yang Xiaoguang", "say"),
        Q("partial", "ready to provide whatever help our PNG friends need", "Yang Xiaoguang", "say"),
        Q("partial", "caught sleeping", "John Kaupa", "accuse"),
        Q("indirect", "families in the worst-hit villages had waited more than a day for water", "John Kaupa", "say"),
        Q("direct", "The mountain gave us a warning in July. Where were the buses, where were the boats?", "John Kaupa", "ask", "press conference"),
        Q("indirect", "the alert level on Ulawun remained at Stage 3", "Rabaul Volcanological Observatory", "say"),
        Q("indirect", "further eruptions were possible in the coming days", "Rabaul Volcanological Observatory", "warn"),
    ],
    dates=[
        D("yesterday", "DATE", "2026-08-26", 0),
        D("Tuesday", "DATE", "2026-08-25"),
        D("yesterday morning", "TIME", "2026-08-26TMO"),
        D("three months", "DURATION", "P3M"),
        D("today", "DATE", "2026-08-27", 0),
        D("today", "DATE", "2026-08-27", 1),
        D("weeks", "DURATION", "PXW"),
        D("more than a day", "DURATION", "P1D"),
        D("July", "DATE", "2026-07"),
        D("the coming days", "DURATION", "PXD"),
        D("2019", "DATE", "2019"),
    ],
    stances=[
        S("Pat Conroy", "support", "Papua New Guinea", evidence="announced A$5 million in immediate assistance"),
        S("Winston Peters", "support", "Papua New Guinea", evidence="Wellington would provide NZ$1.5 million"),
        S("Japan", "support", "Papua New Guinea", evidence="Tokyo would send emergency relief goods"),
        S("Yang Xiaoguang", "support", "Papua New Guinea", evidence="ready to provide whatever help our PNG friends need"),
        S("John Kaupa", "accuse", "James Marape", evidence="accused the Government of being \"caught sleeping\""),
        S("John Kaupa", "criticize", "James Marape", evidence="Where were the buses, where were the boats?"),
        S("Rabaul Volcanological Observatory", "concern", None, "further eruptions", "warned that further eruptions were possible"),
        S("Peter Avoa", "praise", None, evidence="thanked the donor countries"),
        S("Peter Avoa", "appeal", None, "donations of rice and water", "appealed to businesses in Kimbe to donate rice and drinking water"),
    ],
    notes="Invented article (third development set; the eruption, Kaupa, Avoa and Yang are invented or used freely). "
          "Regional-daily style (PNG papers): dateline 'KIMBE -' without agency, 'yesterday'/'today' relative to the "
          "article date (the paper of Thursday reports Wednesday), honorifics 'Mr Marape', currency 'K20 million'. "
          "'the Government' is PNG's government led by Marape: the opposition's accusation targets Marape. Marape's "
          "own relief measures are domestic acts (no stance). The aid offers are support for PNG; Conroy's post on X "
          "restates Australia's support (one stance). 'The Japanese Embassy in Port Moresby' speaks for Japan. "
          "Kaupa's rhetorical questions are a second, distinct criticism (of the evacuation) and a direct quote. The "
          "observatory's warning is a concern (no actor threatened). Avoa thanks 'the donor countries' (no single "
          "target). 'more than a day' is annotated P1D (the modifier is not part of the TIMEX3 value).",
)


# --------------------------------------------------------------------------- 6. trade embargo between Tanzania and Kenya (press-review roundup)
EMBARGO = """ date 2026-06-16 Press review: East Africa's neighbours trade blows over Tanzania's embargo

Tanzania's decision to halt imports of Kenyan farm produce and manufactured goods, announced on Sunday night, dominates the front pages across East Africa this morning.

Kenya's Daily Nation leads with the headline "Dar slams the door" and reports that more than 600 lorries were stranded at the Namanga and Holili border posts by Monday afternoon. The paper quotes Trade Cabinet Secretary Lee Kinyanjui, who said Nairobi "will not beg" but was "ready to respond in kind if this is not reversed within seven days".

The Standard, in an editorial, accuses both governments of treating the East African Community treaty "as a menu from which they pick what suits them", and urges President William Ruto and his Tanzanian counterpart, Samia Suluhu Hassan, to meet "before the tomatoes rot at the border".

In Dar es Salaam, The Citizen carries a statement from Tanzania's Ministry of Industry and Trade, which says the embargo is a response to "repeated and discriminatory" Kenyan restrictions on Tanzanian maize, rice and timber since January. Minister Selemani Jafo is quoted as saying that Tanzania "has been patient for too long". The state-owned Daily News calls the measure "long overdue".

Uganda's Daily Monitor focuses on the knock-on effects for landlocked neighbours. It quotes Ugandan trade minister Francis Mwebesa, who warned that "no one wins a trade war in a region that depends on the same roads" and offered Kampala's help in mediating between the two capitals.

The East African Community's secretary general, Veronica Nduva, issued a statement on Monday evening calling on both partner states to "exercise restraint" and to refer the dispute to the bloc's Council of Ministers. She said she had spoken by phone with both trade ministers.

Kenya's foreign ministry said Prime Cabinet Secretary Musalia Mudavadi had summoned Tanzania's high commissioner in Nairobi "to seek clarification".

According to the Nation, the Kenya Private Sector Alliance has asked the government to seek an injunction at the East African Court of Justice. Its chief executive, Carole Kariuki, told the paper that exporters were losing "about 500 million shillings a day".

Not all Tanzanian voices back the ban. Dorothy Semu, leader of the opposition ACT-Wazalendo party, told The Citizen that the government was "punishing our own traders to win a quarrel", pointing out that Tanzanian farmers also depend on Kenyan buyers.

The two countries are East Africa's largest economies and have clashed over trade several times since the community was revived in 2000. A similar row in 2021 was settled within three weeks after the two presidents met in Nairobi."""

build(
    "embargo-tanzania-kenya-2026-06-16", EMBARGO,
    actors=[
        A("Tanzania", "country", "TZA", aliases=["Tanzanian", "Dar es Salaam", "Dar", "Tanzania's Ministry of Industry and Trade", "Ministry of Industry and Trade"]),
        A("Kenya", "country", "KEN", aliases=["Kenyan", "Nairobi", "Kenya's foreign ministry"]),
        A("Daily Nation", "organization", "KEN", aliases=["Kenya's Daily Nation", "the Nation", "The paper"]),
        A("Lee Kinyanjui", "person", "KEN", "Trade Cabinet Secretary", ["Kinyanjui"]),
        A("The Standard", "organization", "KEN", aliases=["Standard"]),
        A("William Ruto", "person", "KEN", "President", ["Ruto", "President William Ruto"]),
        A("Samia Suluhu Hassan", "person", "TZA", "President", ["Samia", "Hassan", "his Tanzanian counterpart"]),
        A("East African Community", "organization", None, aliases=["EAC", "the community", "the bloc"]),
        A("The Citizen", "organization", "TZA", aliases=["Citizen"]),
        A("Selemani Jafo", "person", "TZA", "Minister of Industry and Trade", ["Jafo", "Minister Selemani Jafo"]),
        A("Daily News", "organization", "TZA", aliases=["The state-owned Daily News"]),
        A("Daily Monitor", "organization", "UGA", aliases=["Uganda's Daily Monitor"]),
        A("Uganda", "country", "UGA", aliases=["Ugandan", "Kampala"]),
        A("Francis Mwebesa", "person", "UGA", "trade minister", ["Mwebesa"]),
        A("Veronica Nduva", "person", None, "secretary general of the East African Community", ["Nduva"], organization="East African Community"),
        A("Musalia Mudavadi", "person", "KEN", "Prime Cabinet Secretary", ["Mudavadi"]),
        A("Kenya Private Sector Alliance", "organization", "KEN", aliases=["KEPSA"]),
        A("Carole Kariuki", "person", "KEN", "chief executive of the Kenya Private Sector Alliance", ["Kariuki"], organization="Kenya Private Sector Alliance"),
        A("East African Court of Justice", "organization", None, aliases=[]),
        A("Dorothy Semu", "person", "TZA", "leader of ACT-Wazalendo", ["Semu"], organization="ACT-Wazalendo"),
        A("ACT-Wazalendo", "organization", "TZA", aliases=[]),
    ],
    quotes=[
        Q("indirect", "more than 600 lorries were stranded at the Namanga and Holili border posts by Monday afternoon", "Daily Nation", "report"),
        Q("indirect", "Nairobi \"will not beg\" but was \"ready to respond in kind if this is not reversed within seven days\"", "Lee Kinyanjui", "say"),
        Q("partial", "will not beg", "Lee Kinyanjui", "say"),
        Q("partial", "ready to respond in kind if this is not reversed within seven days", "Lee Kinyanjui", "say"),
        Q("partial", "as a menu from which they pick what suits them", "The Standard", "accuse"),
        Q("partial", "before the tomatoes rot at the border", "The Standard", "urge"),
        Q("indirect", "the embargo is a response to \"repeated and discriminatory\" Kenyan restrictions on Tanzanian maize, rice and timber since January", "Tanzania", "say", "statement"),
        Q("partial", "repeated and discriminatory", "Tanzania", "say", "statement"),
        Q("indirect", "Tanzania \"has been patient for too long\"", "Selemani Jafo", "say"),
        Q("partial", "has been patient for too long", "Selemani Jafo", "say"),
        Q("partial", "long overdue", "Daily News", "call"),
        Q("partial", "no one wins a trade war in a region that depends on the same roads", "Francis Mwebesa", "warn"),
        Q("partial", "exercise restraint", "Veronica Nduva", "call", "statement"),
        Q("indirect", "she had spoken by phone with both trade ministers", "Veronica Nduva", "say", "statement"),
        Q("indirect", "Prime Cabinet Secretary Musalia Mudavadi had summoned Tanzania's high commissioner in Nairobi \"to seek clarification\"", "Kenya", "say"),
        Q("partial", "to seek clarification", "Kenya", "say"),
        Q("indirect", "the Kenya Private Sector Alliance has asked the government to seek an injunction at the East African Court of Justice", "Daily Nation", "according to"),
        Q("indirect", "exporters were losing \"about 500 million shillings a day\"", "Carole Kariuki", "tell", "interview"),
        Q("partial", "about 500 million shillings a day", "Carole Kariuki", "tell", "interview"),
        Q("indirect", "the government was \"punishing our own traders to win a quarrel\"", "Dorothy Semu", "tell", "interview"),
        Q("partial", "punishing our own traders to win a quarrel", "Dorothy Semu", "tell", "interview"),
        Q("indirect", "Tanzanian farmers also depend on Kenyan buyers", "Dorothy Semu", "point out", "interview"),
    ],
    dates=[
        D("Sunday night", "TIME", "2026-06-14TNI"),
        D("this morning", "TIME", "2026-06-16TMO"),
        D("Monday afternoon", "TIME", "2026-06-15TAF"),
        D("seven days", "DURATION", "P7D"),
        D("January", "DATE", "2026-01"),
        D("too long", "DURATION", "PXX"),
        D("Monday evening", "TIME", "2026-06-15TEV"),
        D("a day", "SET", "P1D"),
        D("2000", "DATE", "2000"),
        D("2021", "DATE", "2021"),
        D("three weeks", "DURATION", "P3W"),
    ],
    stances=[
        S("Lee Kinyanjui", "threaten", "Tanzania", evidence="ready to respond in kind if this is not reversed within seven days"),
        S("The Standard", "criticize", "Kenya", evidence="accuses both governments of treating the East African Community treaty"),
        S("The Standard", "criticize", "Tanzania", evidence="accuses both governments of treating the East African Community treaty"),
        S("The Standard", "appeal", None, "negotiations", "urges President William Ruto and his Tanzanian counterpart, Samia Suluhu Hassan, to meet"),
        S("Tanzania", "accuse", "Kenya", evidence="a response to \"repeated and discriminatory\" Kenyan restrictions"),
        S("Daily News", "support", "Tanzania", evidence="calls the measure \"long overdue\""),
        S("Francis Mwebesa", "concern", None, "trade war", "no one wins a trade war"),
        S("Francis Mwebesa", "mediate", None, "negotiations", "offered Kampala's help in mediating between the two capitals"),
        S("Veronica Nduva", "appeal", None, "restraint", "calling on both partner states to \"exercise restraint\""),
        S("Veronica Nduva", "appeal", None, "refer the dispute to the Council of Ministers", "to refer the dispute to the bloc's Council of Ministers"),
        S("Veronica Nduva", "consult", "Lee Kinyanjui", evidence="she had spoken by phone with both trade ministers"),
        S("Veronica Nduva", "consult", "Selemani Jafo", evidence="she had spoken by phone with both trade ministers"),
        S("Musalia Mudavadi", "criticize", "Tanzania", evidence="had summoned Tanzania's high commissioner in Nairobi"),
        S("Kenya Private Sector Alliance", "appeal", "Kenya", "injunction at the East African Court of Justice", "has asked the government to seek an injunction"),
        S("Dorothy Semu", "criticize", "Samia Suluhu Hassan", evidence="the government was \"punishing our own traders to win a quarrel\""),
    ],
    notes="Invented article (third development set; the embargo and all quoted words are invented, the officials "
          "are used freely). Press-review roundup: newspapers are actors when they speak in their own voice "
          "(editorials, 'calls the measure', 'reports that'), and carriers when they only quote others ('The paper "
          "quotes X, who said', 'The Citizen carries a statement'): the speaker is then X. 'Dar slams the door' is a "
          "headline, not a quote of anyone: not annotated. 'Tanzania's Ministry of Industry and Trade' and 'Kenya's "
          "foreign ministry' speak for their countries. The Standard's 'both governments' gives two criticisms; its "
          "call to meet has both presidents as targets (null). Nduva's 'both trade ministers' are Kinyanjui and Jafo "
          "(one consultation each). The summons is criticism (as in dev2). Semu's 'the government' is her own "
          "(Tanzania's, led by Samia). Jafo's 'patient for too long' restates the ministry's accusation (one stance). "
          "'for too long' is a vague DURATION (PXX). KEPSA's request is reported 'According to the Nation'.",
)


# --------------------------------------------------------------------------- 7. disputed referendum, New Caledonia (wire, AP-like)
REFERENDUM = """ date 2026-10-05 NOUMEA, New Caledonia (AP) — Voters in New Caledonia approved a new political status that keeps the Pacific archipelago within France, official results showed Monday, but the main pro-independence movement rejected the outcome as illegitimate after calling on its supporters to stay away from the polls.

The "yes" side won 61.4% of votes cast in Sunday's referendum, but turnout was just 49.8%, far below the 85% recorded in the last independence vote in 2020. In many Kanak communities in the north and on the Loyalty Islands, fewer than one in five voters took part.

"This is not a decision of the Kanak people. It is a decision taken without us," said Christian Tein, the president of the Kanak and Socialist National Liberation Front, or FLNKS, at a rally in Noumea.

"We will not recognize it, and we will take this to the United Nations."

French President Emmanuel Macron hailed what he called "a historic choice for peace and for the future of New Caledonia within the Republic." In a message posted on X late Sunday, he said France would "respect the voice of all Caledonians, including those who did not vote" and invited all parties to Paris for talks next month.

Overseas Minister Naïma Moutchou told France Inter radio on Monday that the low turnout "does not take anything away from the result," and that the state would guarantee public order.

The leader of the pro-France camp, Sonia Backès, president of the Southern Province, said the result closed "40 years of uncertainty." "Now we must build together," she told reporters.

Authorities reported no major violence overnight, though a roadblock was set up near Saint-Louis and several vehicles were burned, the French High Commission said. Unrest in May 2024 left 14 people dead.

Regional reaction was cautious. Vanuatu's Prime Minister Jotham Napat said his government was "deeply troubled" that the vote had gone ahead without the agreement of the Kanak people, and called on the Pacific Islands Forum to discuss the matter at its next meeting. Vanuatu has long supported Kanak independence.

The Melanesian Spearhead Group, which counts the FLNKS among its members, said in a statement that it "does not consider the outcome a genuine act of self-determination."

Australia's Department of Foreign Affairs and Trade said Canberra "respects the democratic process" and urged all sides to "continue dialogue and refrain from violence."

New Zealand Prime Minister Christopher Luxon told reporters in Wellington that it was "a matter for France and the people of New Caledonia," adding that he hoped the result would bring stability.

The referendum was the centerpiece of an agreement signed at Bougival, near Paris, in July 2025 by most local parties. The FLNKS withdrew its support weeks later, saying the deal fell short of full sovereignty."""

build(
    "referendum-newcaledonia-2026-10-05", REFERENDUM,
    actors=[
        A("New Caledonia", "country", "NCL", aliases=["Caledonians", "New Caledonian"]),
        A("France", "country", "FRA", aliases=["French", "Paris", "the Republic", "the state"]),
        A("FLNKS", "organization", "NCL", aliases=["Kanak and Socialist National Liberation Front", "the main pro-independence movement", "pro-independence movement"]),
        A("Christian Tein", "person", "NCL", "president of the FLNKS", ["Tein"], organization="FLNKS"),
        A("Kanak people", "group", "NCL", aliases=["Kanak", "the Kanak people"]),
        A("Emmanuel Macron", "person", "FRA", "President", ["Macron", "French President Emmanuel Macron"]),
        A("Naïma Moutchou", "person", "FRA", "Overseas Minister", ["Moutchou", "Naima Moutchou"]),
        A("Sonia Backès", "person", "NCL", "president of the Southern Province", ["Backès", "Backes", "Sonia Backes"]),
        A("French High Commission", "organization", "FRA", aliases=["the French High Commission", "High Commission"]),
        A("Vanuatu", "country", "VUT", aliases=["Vanuatu's"]),
        A("Jotham Napat", "person", "VUT", "Prime Minister", ["Napat", "Vanuatu's Prime Minister Jotham Napat"]),
        A("Pacific Islands Forum", "organization", None, aliases=["PIF"]),
        A("Melanesian Spearhead Group", "organization", None, aliases=["MSG", "The Melanesian Spearhead Group"]),
        A("United Nations", "organization", None, aliases=["UN"]),
        A("Australia", "country", "AUS", aliases=["Canberra", "Australia's Department of Foreign Affairs and Trade", "Department of Foreign Affairs and Trade"]),
        A("New Zealand", "country", "NZL", aliases=["Wellington"]),
        A("Christopher Luxon", "person", "NZL", "Prime Minister", ["Luxon", "New Zealand Prime Minister Christopher Luxon"]),
    ],
    quotes=[
        Q("direct", "This is not a decision of the Kanak people. It is a decision taken without us,", "Christian Tein", "say"),
        Q("direct", "We will not recognize it, and we will take this to the United Nations.", "Christian Tein", "say"),
        Q("partial", "a historic choice for peace and for the future of New Caledonia within the Republic.", "Emmanuel Macron", "call"),
        Q("indirect", "France would \"respect the voice of all Caledonians, including those who did not vote\"", "Emmanuel Macron", "say", "twitter"),
        Q("partial", "respect the voice of all Caledonians, including those who did not vote", "Emmanuel Macron", "say", "twitter"),
        Q("indirect", "the low turnout \"does not take anything away from the result,\" and that the state would guarantee public order", "Naïma Moutchou", "tell", "interview"),
        Q("partial", "does not take anything away from the result,", "Naïma Moutchou", "tell", "interview"),
        Q("indirect", "the result closed \"40 years of uncertainty.\"", "Sonia Backès", "say"),
        Q("partial", "40 years of uncertainty.", "Sonia Backès", "say"),
        Q("direct", "Now we must build together,", "Sonia Backès", "tell", "press conference"),
        Q("indirect", "Authorities reported no major violence overnight, though a roadblock was set up near Saint-Louis and several vehicles were burned", "French High Commission", "say"),
        Q("indirect", "his government was \"deeply troubled\" that the vote had gone ahead without the agreement of the Kanak people", "Jotham Napat", "say"),
        Q("partial", "deeply troubled", "Jotham Napat", "say"),
        Q("indirect", "it \"does not consider the outcome a genuine act of self-determination.\"", "Melanesian Spearhead Group", "say", "statement"),
        Q("partial", "does not consider the outcome a genuine act of self-determination.", "Melanesian Spearhead Group", "say", "statement"),
        Q("indirect", "Canberra \"respects the democratic process\"", "Australia", "say"),
        Q("partial", "respects the democratic process", "Australia", "say"),
        Q("partial", "continue dialogue and refrain from violence.", "Australia", "urge"),
        Q("indirect", "it was \"a matter for France and the people of New Caledonia,\"", "Christopher Luxon", "tell", "press conference"),
        Q("partial", "a matter for France and the people of New Caledonia,", "Christopher Luxon", "tell", "press conference"),
        Q("indirect", "he hoped the result would bring stability", "Christopher Luxon", "add", "press conference"),
        Q("indirect", "the deal fell short of full sovereignty", "FLNKS", "say"),
    ],
    dates=[
        D("Monday", "DATE", "2026-10-05", 0),
        D("Sunday", "DATE", "2026-10-04", 0),
        D("2020", "DATE", "2020"),
        D("late Sunday", "DATE", "2026-10-04"),
        D("next month", "DATE", "2026-11"),
        D("Monday", "DATE", "2026-10-05", 1),
        D("40 years", "DURATION", "P40Y"),
        D("overnight", "TIME", "2026-10-04TNI"),
        D("May 2024", "DATE", "2024-05"),
        D("July 2025", "DATE", "2025-07"),
        D("weeks", "DURATION", "PXW"),
    ],
    stances=[
        S("FLNKS", "reject", None, evidence="rejected the outcome as illegitimate"),
        S("Christian Tein", "reject", None, evidence="We will not recognize it"),
        S("Emmanuel Macron", "welcome", None, evidence="hailed what he called \"a historic choice for peace"),
        S("Emmanuel Macron", "mediate", None, "negotiations", "invited all parties to Paris for talks next month"),
        S("Naïma Moutchou", "reject", "FLNKS", evidence="the low turnout \"does not take anything away from the result,\""),
        S("Sonia Backès", "welcome", None, evidence="the result closed \"40 years of uncertainty.\""),
        S("Jotham Napat", "concern", None, "vote without Kanak agreement", "his government was \"deeply troubled\""),
        S("Jotham Napat", "appeal", "Pacific Islands Forum", "discuss New Caledonia", "called on the Pacific Islands Forum to discuss the matter"),
        S("Melanesian Spearhead Group", "reject", None, evidence="\"does not consider the outcome a genuine act of self-determination.\""),
        S("Australia", "support", None, evidence="Canberra \"respects the democratic process\""),
        S("Australia", "appeal", None, "negotiations", "urged all sides to \"continue dialogue"),
        S("Australia", "appeal", None, "restraint", "refrain from violence"),
    ],
    notes="Invented article (third development set; the referendum, its results and all quoted words are invented, "
          "the people used freely). AP style: dateline 'NOUMEA, New Caledonia (AP) —', weekday without 'on' "
          "('showed Monday'), '%' and punctuation inside closing quotation marks (partial quotes keep it). "
          "'official results showed' is no speaker. Tein's quote is split over two paragraphs, the second with no "
          "cue of its own. The movement's rejection (lead) and Tein's are kept as two holders. Tein's 'we will take "
          "this to the United Nations' is read as no threat. Macron's invitation to talks in Paris is annotated as "
          "mediation (he convenes talks). Moutchou rebuts the boycotters' turnout argument (reject, target FLNKS). "
          "'the state' is France. Luxon's 'a matter for France' and his hope for stability take no stance; 'Vanuatu "
          "has long supported Kanak independence' is background. The outcome, not an actor, is the target of the "
          "rejections and welcomes (null). New Caledonia has its own ISO code (NCL).",
)


# --------------------------------------------------------------------------- 8. migrant workers expelled from Kuwait (wire, AFP-like)
EXPULSION = """ date 2026-09-30 Dhaka (AFP) - Bangladesh on Wednesday protested to Kuwait over the expulsion of more than 1,200 Bangladeshi migrant workers who had gone on strike over unpaid wages, as the UN labour agency and rights groups accused the Gulf state of punishing the victims of wage theft.

The first two flights carrying the deported workers landed at Dhaka's Hazrat Shahjalal International Airport overnight, many of the men with nothing but the clothes they were wearing.

"They took our phones, they put us on buses at night and told us we were going home. Nobody paid us for five months of work," said Mohammad Alamgir, 34, a construction worker from Comilla, as he waited outside the arrivals hall.

Kuwait's interior ministry said last week that the workers had been deported for "violating public order and the labour law" by blocking roads near a labour camp in Jahra. It said their cases had been handled "in accordance with Kuwaiti law" and that their employer would be investigated separately.

Bangladesh's foreign ministry summoned Kuwait's ambassador in Dhaka on Wednesday morning and handed him a protest note, a ministry official told AFP.

"Our workers went to Kuwait to earn an honest living. They were not criminals, and they should not have been treated like criminals," Expatriates' Welfare Adviser Asif Nazrul told a press conference, adding that Dhaka would demand the payment of all outstanding wages.

The International Labour Organization said it was "alarmed" by the mass deportation and urged the Kuwaiti authorities to ensure that the workers received their wages and end-of-service benefits.

"Workers who ask to be paid should never be punished for it," said Ruba Jaradat, the ILO's regional director for Arab States, in a statement issued in Beirut.

Human Rights Watch said the expulsions showed that Kuwait's much-publicised labour reforms "exist mostly on paper". Amnesty International called on Kuwait to halt further deportations and to open an independent investigation into the workers' treatment.

A Kuwaiti government official, who declined to be named, told AFP that "the state will not allow anyone to disrupt public order, whatever their nationality". He said Kuwait valued its "historic relationship" with Bangladesh and hoped the matter would not affect it.

The Bangladesh Association of International Recruiting Agencies (BAIRA) warned that Kuwait could retaliate by freezing new work visas and urged the government to resolve the dispute "quietly, through diplomacy".

Around 300,000 Bangladeshis work in Kuwait, sending home nearly $1.5 billion a year. Kuwait has expelled striking foreign workers before, most recently in 2023, when several hundred Nepalese and Indian cleaners were deported after a protest over months of unpaid salaries."""

build(
    "expulsion-kuwait-bangladesh-2026-09-30", EXPULSION,
    actors=[
        A("Bangladesh", "country", "BGD", aliases=["Bangladeshi", "Dhaka", "Bangladesh's foreign ministry"]),
        A("Kuwait", "country", "KWT", aliases=["Kuwaiti", "Kuwait's interior ministry", "the Gulf state", "the state"]),
        A("Bangladeshi migrant workers", "group", "BGD", aliases=["the workers", "the deported workers", "the men"]),
        A("International Labour Organization", "organization", None, aliases=["ILO", "the UN labour agency", "UN labour agency"]),
        A("Mohammad Alamgir", "person", "BGD", "construction worker", ["Alamgir"]),
        A("Bangladeshi ministry official", "person", "BGD", "ministry official", ["a ministry official"], anonymous=True),
        A("Kuwaiti ambassador", "person", "KWT", "ambassador", ["Kuwait's ambassador in Dhaka"], anonymous=True),
        A("Asif Nazrul", "person", "BGD", "Expatriates' Welfare Adviser", ["Nazrul"]),
        A("Ruba Jaradat", "person", None, "ILO regional director for Arab States", ["Jaradat"], organization="International Labour Organization"),
        A("Human Rights Watch", "organization", None, aliases=["HRW"]),
        A("Amnesty International", "organization", None, aliases=["Amnesty"]),
        A("Kuwaiti government official", "person", "KWT", "government official", ["A Kuwaiti government official"], anonymous=True),
        A("Bangladesh Association of International Recruiting Agencies", "organization", "BGD", aliases=["BAIRA"]),
        A("Nepal", "country", "NPL", aliases=["Nepalese"]),
        A("India", "country", "IND", aliases=["Indian"]),
    ],
    quotes=[
        Q("direct", "They took our phones, they put us on buses at night and told us we were going home. Nobody paid us for five months of work,", "Mohammad Alamgir", "say"),
        Q("indirect", "the workers had been deported for \"violating public order and the labour law\" by blocking roads near a labour camp in Jahra", "Kuwait", "say"),
        Q("partial", "violating public order and the labour law", "Kuwait", "say"),
        Q("indirect", "their cases had been handled \"in accordance with Kuwaiti law\" and that their employer would be investigated separately", "Kuwait", "say"),
        Q("partial", "in accordance with Kuwaiti law", "Kuwait", "say"),
        Q("indirect", "Bangladesh's foreign ministry summoned Kuwait's ambassador in Dhaka on Wednesday morning and handed him a protest note", "Bangladeshi ministry official", "tell", optional=True),
        Q("direct", "Our workers went to Kuwait to earn an honest living. They were not criminals, and they should not have been treated like criminals,", "Asif Nazrul", "tell", "press conference"),
        Q("indirect", "Dhaka would demand the payment of all outstanding wages", "Asif Nazrul", "add", "press conference"),
        Q("indirect", "it was \"alarmed\" by the mass deportation", "International Labour Organization", "say"),
        Q("partial", "alarmed", "International Labour Organization", "say"),
        Q("direct", "Workers who ask to be paid should never be punished for it,", "Ruba Jaradat", "say", "statement"),
        Q("indirect", "the expulsions showed that Kuwait's much-publicised labour reforms \"exist mostly on paper\"", "Human Rights Watch", "say"),
        Q("partial", "exist mostly on paper", "Human Rights Watch", "say"),
        Q("partial", "the state will not allow anyone to disrupt public order, whatever their nationality", "Kuwaiti government official", "tell", "interview"),
        Q("indirect", "Kuwait valued its \"historic relationship\" with Bangladesh and hoped the matter would not affect it", "Kuwaiti government official", "say", "interview"),
        Q("partial", "historic relationship", "Kuwaiti government official", "say", "interview"),
        Q("indirect", "Kuwait could retaliate by freezing new work visas", "Bangladesh Association of International Recruiting Agencies", "warn"),
        Q("partial", "quietly, through diplomacy", "Bangladesh Association of International Recruiting Agencies", "urge"),
    ],
    dates=[
        D("Wednesday", "DATE", "2026-09-30", 0),
        D("overnight", "TIME", "2026-09-29TNI"),
        D("at night", "TIME", "TNI"),
        D("five months", "DURATION", "P5M"),
        D("last week", "DATE", "2026-W39"),
        D("Wednesday morning", "TIME", "2026-09-30TMO"),
        D("a year", "SET", "P1Y"),
        D("2023", "DATE", "2023"),
        D("months", "DURATION", "PXM", 1),
    ],
    stances=[
        S("Bangladesh", "criticize", "Kuwait", evidence="Bangladesh on Wednesday protested to Kuwait"),
        S("International Labour Organization", "accuse", "Kuwait", evidence="accused the Gulf state of punishing the victims of wage theft"),
        S("Kuwait", "accuse", "Bangladeshi migrant workers", evidence="deported for \"violating public order and the labour law\""),
        S("Asif Nazrul", "criticize", "Kuwait", evidence="they should not have been treated like criminals"),
        S("Asif Nazrul", "demand", "Kuwait", "payment of outstanding wages", "Dhaka would demand the payment of all outstanding wages"),
        S("International Labour Organization", "concern", None, "mass deportation", "it was \"alarmed\" by the mass deportation"),
        S("International Labour Organization", "appeal", "Kuwait", "payment of wages and benefits", "urged the Kuwaiti authorities to ensure that the workers received their wages"),
        S("Ruba Jaradat", "criticize", "Kuwait", evidence="Workers who ask to be paid should never be punished for it"),
        S("Human Rights Watch", "criticize", "Kuwait", evidence="Kuwait's much-publicised labour reforms \"exist mostly on paper\""),
        S("Amnesty International", "appeal", "Kuwait", "halt deportations", "called on Kuwait to halt further deportations"),
        S("Amnesty International", "appeal", "Kuwait", "independent investigation", "to open an independent investigation into the workers' treatment"),
        S("Kuwaiti government official", "threaten", None, evidence="the state will not allow anyone to disrupt public order"),
        S("Kuwaiti government official", "support", "Bangladesh", evidence="Kuwait valued its \"historic relationship\" with Bangladesh"),
        S("Bangladesh Association of International Recruiting Agencies", "concern", None, "Kuwaiti retaliation", "warned that Kuwait could retaliate by freezing new work visas"),
        S("Bangladesh Association of International Recruiting Agencies", "appeal", "Bangladesh", "negotiations", "urged the government to resolve the dispute"),
    ],
    notes="Invented article (third development set; the expulsion, Alamgir and all quoted words are invented, the "
          "officials used freely). AFP style: dateline 'Dhaka (AFP) -', 'told AFP' (outlet not an actor; channel "
          "interview). The lead's 'protested to Kuwait' and the later summons with a protest note are one position "
          "(one criticism). The lead's 'the UN labour agency and rights "
          "groups accused' is read as the ILO's accusation (the rights groups are named later with their own "
          "stances). 'Kuwait's interior ministry' and 'the Gulf state' speak for Kuwait; 'the state' in the Kuwaiti "
          "official's words is Kuwait. The workers are a group actor (target of Kuwait's accusation). The unnamed "
          "ministry official only relays the summons: optional indirect quote. BAIRA's 'the government' is "
          "Bangladesh's. 'at night' in Alamgir's quote is an unanchored part of day (TNI). Alamgir's complaint is "
          "against his unnamed employer: no stance. 'a year' in 'nearly $1.5 billion a year' is a SET.",
)


if __name__ == "__main__":
    WRITER.report()
