"""Builds the twelfth development set (NAME.txt) and its hand-written gold (NAME.gold.json).

Twelfth development set: 8 invented reaction articles written on 2026-11-26 by a helper who changed
no library code and did not read the library's source; the gold was committed before reactlib was
run on them. As in ``tests/generalization_dev11/build_gold.py``, the annotation lives here as data so
that offsets are computed, never typed (a quote or date is given by its text and, where the same
words occur more than once, by its occurrence number, 0-based). Run
`python3 tests/generalization_dev12/build_gold.py` after editing. Conventions follow
../shared/eval/GOLD_FORMAT.md, the reference gold and the earlier development sets: countries speak
through their ministries, presidencies, embassies and capitals; a summons, an expulsion or a
protest note is a criticism; background takes no stance; a negated or hedged stance ("did not
criticise", "declined to comment", "has not offered") is not annotated; anonymous officials and
sources are actors of the country the context gives them; an appeal to "all parties" or a call for
calm has a null target; an aid offer is support for the receiving country; a phone call or a meeting
is a consultation; congratulations and thanks are support and praise; an expression of regret is a
concern; a quote introduced by a line ending in a colon has no cue, and a statement quoted over two
paragraphs is one direct quote per paragraph; a media outlet that only carries someone's words is
not an actor.
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


# --------------------------------------------------------------------------- 1. tanker oil spill off Senegal (Reuters dateline, "over the weekend", regret as concern)
SPILL = """ date 2027-03-10 DAKAR, March 10 (Reuters) - Senegal demanded compensation on Wednesday from the owners of a Liberian-flagged tanker that ran aground off the Cap-Vert peninsula over the weekend, spilling an estimated 4,000 tonnes of crude oil along 60 km of coastline that feeds thousands of fishing families.

Fisheries Minister Aminata Ndiaye told reporters in Dakar that the government would hold the ship's Greek operator, Aegean Crest Shipping, "fully and personally responsible for every fish, every beach and every livelihood lost." She said the navy had ordered the vessel, the MT Solara, to remain under guard until the company posted a bond.

Aegean Crest said in a statement that it "deeply regrets" the incident and was cooperating with the Senegalese authorities. It did not say whether it would pay.

The Gambia's environment ministry expressed concern that the slick could reach its beaches within three days and asked Dakar to share satellite data. Mauritania offered two anti-pollution vessels and a team of 15 specialists, its foreign ministry said.

The International Maritime Organization said it was sending a team of experts on Thursday. "Speed matters more than blame at this stage," the agency's head of marine environment, Helena Costa, said in London.

Greenpeace Africa accused the Senegalese government of ignoring warnings about ageing tankers using the channel. "This was a disaster foretold," said campaigner Moussa Sarr. "We wrote to the ministry twice last year and never got an answer."

Greece's shipping ministry said it was following the case closely but declined to comment on liability.

In Kayar, the country's largest fishing port, boats have stayed ashore since Sunday morning. The leader of the local fishermen's union, Ibrahima Fall, said members would meet on Friday to decide whether to march on the ministry. "Our nets are black and our children are hungry," he said.

The spill is the largest recorded off West Africa since 2009."""

build(
    "oil-spill-dakar-2027-03-10", SPILL,
    actors=[
        A("Senegal", "country", "SEN", aliases=["Senegalese", "Dakar", "the government", "the Senegalese government", "the Senegalese authorities"]),
        A("Aminata Ndiaye", "person", "SEN", "Fisheries Minister", ["Fisheries Minister Aminata Ndiaye", "She"]),
        A("Aegean Crest Shipping", "organization", "GRC", aliases=["the ship's Greek operator, Aegean Crest Shipping", "Aegean Crest", "the company", "It"]),
        A("The Gambia", "country", "GMB", aliases=["The Gambia's environment ministry", "Gambia"]),
        A("Mauritania", "country", "MRT", aliases=["its foreign ministry"]),
        A("International Maritime Organization", "organization", None, aliases=["The International Maritime Organization", "IMO", "the agency"]),
        A("Helena Costa", "person", None, "head of marine environment", ["the agency's head of marine environment, Helena Costa"], organization="International Maritime Organization"),
        A("Greenpeace Africa", "organization", None),
        A("Moussa Sarr", "person", None, "campaigner", ["campaigner Moussa Sarr"], organization="Greenpeace Africa"),
        A("Greece", "country", "GRC", aliases=["Greece's shipping ministry"]),
        A("Ibrahima Fall", "person", "SEN", "union leader", ["The leader of the local fishermen's union, Ibrahima Fall", "he"]),
    ],
    quotes=[
        Q("indirect", "the government would hold the ship's Greek operator, Aegean Crest Shipping, \"fully and personally responsible for every fish, every beach and every livelihood lost.\"", "Aminata Ndiaye", "tell"),
        Q("partial", "fully and personally responsible for every fish, every beach and every livelihood lost.", "Aminata Ndiaye", "tell"),
        Q("indirect", "the navy had ordered the vessel, the MT Solara, to remain under guard until the company posted a bond", "Aminata Ndiaye", "say"),
        Q("indirect", "it \"deeply regrets\" the incident and was cooperating with the Senegalese authorities", "Aegean Crest Shipping", "say", "statement"),
        Q("partial", "deeply regrets", "Aegean Crest Shipping", "say", "statement"),
        Q("indirect", "Mauritania offered two anti-pollution vessels and a team of 15 specialists", "Mauritania", "say", optional=True),
        Q("indirect", "it was sending a team of experts on Thursday", "International Maritime Organization", "say"),
        Q("direct", "Speed matters more than blame at this stage,", "Helena Costa", "say"),
        Q("direct", "This was a disaster foretold,", "Moussa Sarr", "say"),
        Q("direct", "We wrote to the ministry twice last year and never got an answer.", "Moussa Sarr", "say"),
        Q("indirect", "it was following the case closely", "Greece", "say"),
        Q("indirect", "members would meet on Friday to decide whether to march on the ministry", "Ibrahima Fall", "say"),
        Q("direct", "Our nets are black and our children are hungry,", "Ibrahima Fall", "say"),
    ],
    dates=[
        D("March 10", "DATE", "2027-03-10"),
        D("Wednesday", "DATE", "2027-03-10"),
        D("the weekend", "DATE", "2027-W09-WE"),
        D("three days", "DURATION", "P3D"),
        D("Thursday", "DATE", "2027-03-11"),
        D("last year", "DATE", "2026"),
        D("Sunday morning", "TIME", "2027-03-07TMO"),
        D("Friday", "DATE", "2027-03-12"),
        D("2009", "DATE", "2009"),
    ],
    stances=[
        S("Senegal", "demand", "Aegean Crest Shipping", "compensation", "Senegal demanded compensation"),
        S("Aminata Ndiaye", "accuse", "Aegean Crest Shipping", evidence="fully and personally responsible"),
        S("Aegean Crest Shipping", "concern", None, "the incident", "deeply regrets"),
        S("The Gambia", "concern", None, "the slick reaching its beaches", "expressed concern that the slick could reach its beaches"),
        S("The Gambia", "appeal", "Senegal", "share satellite data", "asked Dakar to share satellite data"),
        S("Mauritania", "support", "Senegal", evidence="Mauritania offered two anti-pollution vessels"),
        S("International Maritime Organization", "support", "Senegal", evidence="it was sending a team of experts"),
        S("Greenpeace Africa", "accuse", "Senegal", evidence="accused the Senegalese government of ignoring warnings"),
        S("Moussa Sarr", "criticize", "Senegal", evidence="We wrote to the ministry twice last year and never got an answer."),
    ],
    notes="Invented article (twelfth development set; the spill, the ship, its operator and all people are invented). "
          "The navy is an institution of Senegal. Greece 'declined to comment on liability' and Aegean Crest 'did not say "
          "whether it would pay': no stance. The union's meeting about a possible march takes no stance. 'over the weekend' "
          "is annotated on 'the weekend' (6-7 March, ISO week 9).",
)


# --------------------------------------------------------------------------- 2. Vietnamese blogger jailed (dateline with dash, split quote, hedged Japanese reaction)
BLOGGER = """ date 2027-03-18 HANOI — A Vietnamese court sentenced environmental blogger Tran Thi Lan to nine years in prison on Wednesday for "propaganda against the state," drawing swift criticism from Western governments and rights groups.

The one-day trial at the Hanoi People's Court was closed to foreign diplomats and reporters. Lan, 41, who wrote about pollution from coal plants in Quang Ninh province, had been held without access to a lawyer since her arrest in June 2025, her husband, Do Quang Minh, told reporters outside the court.

"She wrote about dirty air and dead fish," he said, "and for that they took nine years of her life."

The U.S. Embassy in Hanoi said it was "deeply troubled" by the verdict and called for Lan's immediate release. The European Union's delegation said the sentence was "incompatible with Vietnam's international human rights obligations."

Vietnam rejected the criticism. "Vietnam is a state governed by law, and no one is punished for their opinions," foreign ministry spokeswoman Nguyen Minh Chau told a regular press briefing on Thursday. She said foreign countries "should not interfere in the internal affairs of Vietnam."

Amnesty International called the trial "a sham" and urged the U.N. Working Group on Arbitrary Detention to examine the case.

Australia, which holds an annual human rights dialogue with Hanoi, said it would raise Lan's case when officials meet next month.

Japan, Vietnam's largest aid donor, did not criticise the verdict. Asked whether Tokyo had raised the case, a Japanese diplomat in Hanoi said only that Japan was "following developments."

Lan's lawyer, Vo Van Hieu, said his client would appeal within the 15-day deadline. Rights groups say at least 160 people are currently held in Vietnam for peaceful expression."""

build(
    "blogger-jailed-hanoi-2027-03-18", BLOGGER,
    actors=[
        A("Vietnam", "country", "VNM", aliases=["Vietnamese", "A Vietnamese court", "the Hanoi People's Court", "Hanoi"]),
        A("Tran Thi Lan", "person", "VNM", "blogger", ["environmental blogger Tran Thi Lan", "Lan", "her", "She"]),
        A("Do Quang Minh", "person", "VNM", "husband", ["her husband, Do Quang Minh", "he"]),
        A("United States", "country", "USA", aliases=["The U.S. Embassy in Hanoi"]),
        A("European Union", "organization", None, aliases=["The European Union's delegation"]),
        A("Nguyen Minh Chau", "person", "VNM", "spokeswoman", ["foreign ministry spokeswoman Nguyen Minh Chau", "She"]),
        A("Amnesty International", "organization", None),
        A("Working Group on Arbitrary Detention", "organization", None, aliases=["the U.N. Working Group on Arbitrary Detention"]),
        A("Australia", "country", "AUS"),
        A("Japan", "country", "JPN", aliases=["Tokyo"]),
        A("Japanese diplomat", "person", "JPN", "diplomat", ["a Japanese diplomat in Hanoi"], anonymous=True),
        A("Vo Van Hieu", "person", "VNM", "lawyer", ["Lan's lawyer, Vo Van Hieu"]),
    ],
    quotes=[
        Q("partial", "propaganda against the state,", None, optional=True),
        Q("indirect", "had been held without access to a lawyer since her arrest in June 2025", "Do Quang Minh", "tell"),
        Q("direct", "She wrote about dirty air and dead fish,", "Do Quang Minh", "say"),
        Q("direct", "and for that they took nine years of her life.", "Do Quang Minh", "say"),
        Q("indirect", "it was \"deeply troubled\" by the verdict", "United States", "say"),
        Q("partial", "deeply troubled", "United States", "say"),
        Q("indirect", "the sentence was \"incompatible with Vietnam's international human rights obligations.\"", "European Union", "say"),
        Q("partial", "incompatible with Vietnam's international human rights obligations.", "European Union", "say"),
        Q("direct", "Vietnam is a state governed by law, and no one is punished for their opinions,", "Nguyen Minh Chau", "tell", "press conference"),
        Q("indirect", "foreign countries \"should not interfere in the internal affairs of Vietnam.\"", "Nguyen Minh Chau", "say", "press conference"),
        Q("partial", "should not interfere in the internal affairs of Vietnam.", "Nguyen Minh Chau", "say", "press conference"),
        Q("partial", "a sham", "Amnesty International", "call"),
        Q("indirect", "it would raise Lan's case when officials meet next month", "Australia", "say"),
        Q("indirect", "Japan was \"following developments.\"", "Japanese diplomat", "say"),
        Q("partial", "following developments.", "Japanese diplomat", "say"),
        Q("indirect", "his client would appeal within the 15-day deadline", "Vo Van Hieu", "say"),
    ],
    dates=[
        D("nine years", "DURATION", "P9Y"),
        D("Wednesday", "DATE", "2027-03-17"),
        D("one-day", "DURATION", "P1D"),
        D("June 2025", "DATE", "2025-06"),
        D("nine years", "DURATION", "P9Y", n=1),
        D("Thursday", "DATE", "2027-03-18"),
        D("annual", "SET", "P1Y"),
        D("next month", "DATE", "2027-04"),
        D("15-day", "DURATION", "P15D"),
        D("currently", "DATE", "PRESENT_REF"),
    ],
    stances=[
        S("Do Quang Minh", "criticize", "Vietnam", evidence="for that they took nine years of her life"),
        S("United States", "concern", None, "the verdict", "\"deeply troubled\" by the verdict"),
        S("United States", "demand", "Vietnam", "release of Tran Thi Lan", "called for Lan's immediate release"),
        S("European Union", "criticize", "Vietnam", evidence="incompatible with Vietnam's international human rights obligations"),
        S("Vietnam", "reject", None, evidence="Vietnam rejected the criticism"),
        S("Nguyen Minh Chau", "reject", None, evidence="should not interfere in the internal affairs of Vietnam"),
        S("Amnesty International", "criticize", "Vietnam", evidence="called the trial \"a sham\""),
        S("Amnesty International", "appeal", "Working Group on Arbitrary Detention", "examine the case", "urged the U.N. Working Group on Arbitrary Detention to examine the case"),
    ],
    notes="Invented article (twelfth development set; the blogger, the trial and all people are invented). Split quote "
          "around 'he said'. The court is an institution of Vietnam. 'propaganda against the state' is the charge, "
          "unattributed (optional). Japan 'did not criticise the verdict' and its diplomat's 'following developments' "
          "take no stance; Australia's plan to raise the case at a future dialogue is not annotated as a consultation. "
          "The lawyer's appeal is a court appeal, not a stance.",
)


# --------------------------------------------------------------------------- 3. earthquake in southern Peru (live blog, 24-hour time stamps, X post after a colon)
QUAKE = """ date 2027-04-07 LIVE: Magnitude 7.1 earthquake strikes southern Peru

Updates from Wednesday, April 7. All times local (GMT-5).

18:40 — Peru's government has declared a 60-day state of emergency in Cusco, Apurimac and Puno. Prime Minister Julio Salas Rivas said at a press conference in Lima that 38 people were confirmed dead and more than 400 injured. "We will not leave a single family without a roof tonight," he said.

17:55 — The U.N. World Food Programme says it is moving 200 tonnes of food from its warehouse in Juliaca and will have trucks on the road by Thursday morning.

17:10 — Chilean Foreign Minister Rosario Undurraga has posted on X: "Chile stands with the brotherly people of Peru. Our rescue teams are ready to fly as soon as Lima gives the word." Chile's foreign ministry later confirmed that 60 firefighters and four search dogs would leave Santiago overnight.

16:25 — Bolivia's government says tremors were felt in La Paz but caused no damage. It has not offered assistance.

15:30 — Cusco's regional governor, Elena Quispe, told local radio that the bell tower of the colonial cathedral had partly collapsed. She appealed to the central government to send heavy machinery to the districts of Urubamba and Calca, where roads are blocked by landslides. "Lima has to understand that people are still under the rubble," Quispe said.

14:50 — The European Union has released an initial 1.5 million euros in humanitarian aid, Crisis Management Commissioner Hadja Lahbib said in a statement.

14:12 — The quake struck at 1:47 p.m. at a depth of 35 km, about 40 km north-east of Cusco, according to Peru's Geophysical Institute. The shaking lasted nearly a minute and was felt as far away as Arequipa."""

build(
    "earthquake-cusco-2027-04-07", QUAKE,
    actors=[
        A("Peru", "country", "PER", aliases=["Peru's government", "Lima", "the central government"]),
        A("Julio Salas Rivas", "person", "PER", "Prime Minister", ["Prime Minister Julio Salas Rivas", "he"]),
        A("World Food Programme", "organization", None, aliases=["The U.N. World Food Programme", "WFP"]),
        A("Chile", "country", "CHL", aliases=["Chile's foreign ministry", "Chilean"]),
        A("Rosario Undurraga", "person", "CHL", "Foreign Minister", ["Chilean Foreign Minister Rosario Undurraga"]),
        A("Bolivia", "country", "BOL", aliases=["Bolivia's government", "It"]),
        A("Elena Quispe", "person", "PER", "regional governor", ["Cusco's regional governor, Elena Quispe", "She", "Quispe"]),
        A("European Union", "organization", None, aliases=["The European Union"]),
        A("Hadja Lahbib", "person", None, "Crisis Management Commissioner", ["Crisis Management Commissioner Hadja Lahbib"], organization="European Union"),
        A("Geophysical Institute of Peru", "organization", "PER", aliases=["Peru's Geophysical Institute"]),
    ],
    quotes=[
        Q("indirect", "38 people were confirmed dead and more than 400 injured", "Julio Salas Rivas", "say", "press conference"),
        Q("direct", "We will not leave a single family without a roof tonight,", "Julio Salas Rivas", "say", "press conference"),
        Q("indirect", "it is moving 200 tonnes of food from its warehouse in Juliaca and will have trucks on the road by Thursday morning", "World Food Programme", "say"),
        Q("direct", "Chile stands with the brotherly people of Peru. Our rescue teams are ready to fly as soon as Lima gives the word.", "Rosario Undurraga", "post", "twitter"),
        Q("indirect", "60 firefighters and four search dogs would leave Santiago overnight", "Chile", "confirm"),
        Q("indirect", "tremors were felt in La Paz but caused no damage", "Bolivia", "say"),
        Q("indirect", "the bell tower of the colonial cathedral had partly collapsed", "Elena Quispe", "tell", "radio"),
        Q("direct", "Lima has to understand that people are still under the rubble,", "Elena Quispe", "say"),
        Q("indirect", "The European Union has released an initial 1.5 million euros in humanitarian aid", "Hadja Lahbib", "say", "statement", optional=True),
        Q("indirect", "The quake struck at 1:47 p.m. at a depth of 35 km, about 40 km north-east of Cusco", "Geophysical Institute of Peru", "according to", optional=True),
    ],
    dates=[
        D("Wednesday, April 7", "DATE", "2027-04-07"),
        D("18:40", "TIME", "2027-04-07T18:40"),
        D("60-day", "DURATION", "P60D"),
        D("tonight", "TIME", "2027-04-07TNI"),
        D("17:55", "TIME", "2027-04-07T17:55"),
        D("Thursday morning", "TIME", "2027-04-08TMO"),
        D("17:10", "TIME", "2027-04-07T17:10"),
        D("overnight", "TIME", "2027-04-07TNI"),
        D("16:25", "TIME", "2027-04-07T16:25"),
        D("15:30", "TIME", "2027-04-07T15:30"),
        D("14:50", "TIME", "2027-04-07T14:50"),
        D("14:12", "TIME", "2027-04-07T14:12"),
        D("1:47 p.m.", "TIME", "2027-04-07T13:47"),
        D("nearly a minute", "DURATION", "PT1M"),
    ],
    stances=[
        S("World Food Programme", "support", "Peru", evidence="it is moving 200 tonnes of food"),
        S("Rosario Undurraga", "support", "Peru", evidence="Chile stands with the brotherly people of Peru"),
        S("Chile", "support", "Peru", evidence="60 firefighters and four search dogs would leave Santiago overnight"),
        S("Elena Quispe", "appeal", "Peru", "send heavy machinery", "appealed to the central government to send heavy machinery"),
        S("European Union", "support", "Peru", evidence="has released an initial 1.5 million euros in humanitarian aid"),
    ],
    notes="Invented article (twelfth development set; the earthquake and all words are invented; the EU commissioner's "
          "title used freely). Live blog, newest entry first, 24-hour local time stamps valued on the day of the blog. "
          "Bolivia 'has not offered assistance': no stance. Quispe's 'Lima has to understand' is pressure but is left to "
          "the explicit appeal before it. GMT-5 is an offset, not a time expression.",
)


# --------------------------------------------------------------------------- 4. Chinese navy access to a Solomon Islands wharf (world reacts roundup with capitalised headings)
WHARF = """ date 2027-04-14 World reacts to Solomon Islands' port deal with China

HONIARA, April 14 (AP) — The Solomon Islands government on Tuesday signed a 25-year agreement allowing Chinese navy ships to use a refurbished wharf at Tulagi for "replenishment and maintenance," a deal that Prime Minister Daniel Suta said would bring jobs and "not a single foreign soldier."

Reactions from around the region and beyond:

AUSTRALIA
Foreign Minister Claire Holloway said Canberra was "deeply disappointed" and had not been consulted despite a 2017 security treaty. "Decisions about security in the Pacific should be made by the Pacific family," she told ABC radio in Adelaide. Australia summoned the Solomon Islands high commissioner on Wednesday morning.

UNITED STATES
A senior State Department official, speaking on condition of anonymity, said Washington would "respond accordingly" to any permanent Chinese military presence and that plans to upgrade the U.S. embassy in Honiara were "under review."

NEW ZEALAND
Wellington said it respected the sovereignty of the Solomon Islands but urged Honiara to publish the full text of the agreement.

CHINA
Foreign ministry spokesman Wang Yiran told a daily briefing that the deal was "open, transparent and not aimed at any third party," and accused Canberra of "a Cold War mentality."

PACIFIC ISLANDS FORUM
Forum Secretary-General Tevita Moala said the issue would be discussed at the leaders' meeting in Nuku'alofa in August and called for calm.

SOLOMON ISLANDS OPPOSITION
Opposition leader Grace Tovua said the cabinet had signed the deal "behind the backs of the people" and demanded a parliamentary vote within 30 days. "Our grandparents fought in the last war on these islands. We do not want to host the next one," she said.

PAPUA NEW GUINEA
Prime Minister James Marape's office did not respond to requests for comment."""

build(
    "port-deal-honiara-2027-04-14", WHARF,
    actors=[
        A("Solomon Islands", "country", "SLB", aliases=["The Solomon Islands government", "Honiara", "the Solomon Islands high commissioner", "the cabinet", "the Solomon Islands"]),
        A("Daniel Suta", "person", "SLB", "Prime Minister", ["Prime Minister Daniel Suta"]),
        A("China", "country", "CHN", aliases=["Chinese"]),
        A("Australia", "country", "AUS", aliases=["Canberra"]),
        A("Claire Holloway", "person", "AUS", "Foreign Minister", ["Foreign Minister Claire Holloway", "she"]),
        A("United States", "country", "USA", aliases=["Washington", "U.S."]),
        A("State Department official", "person", "USA", "official", ["A senior State Department official"], anonymous=True),
        A("New Zealand", "country", "NZL", aliases=["Wellington"]),
        A("Wang Yiran", "person", "CHN", "spokesman", ["Foreign ministry spokesman Wang Yiran"]),
        A("Pacific Islands Forum", "organization", None, aliases=["Forum"]),
        A("Tevita Moala", "person", None, "Secretary-General", ["Forum Secretary-General Tevita Moala"], organization="Pacific Islands Forum"),
        A("Grace Tovua", "person", "SLB", "Opposition leader", ["Opposition leader Grace Tovua", "she"]),
        A("Papua New Guinea", "country", "PNG", aliases=["Prime Minister James Marape's office"]),
    ],
    quotes=[
        Q("partial", "replenishment and maintenance,", None, optional=True),
        Q("indirect", "would bring jobs and \"not a single foreign soldier.\"", "Daniel Suta", "say", optional=True),
        Q("partial", "not a single foreign soldier.", "Daniel Suta", "say"),
        Q("indirect", "Canberra was \"deeply disappointed\" and had not been consulted despite a 2017 security treaty", "Claire Holloway", "say"),
        Q("partial", "deeply disappointed", "Claire Holloway", "say"),
        Q("direct", "Decisions about security in the Pacific should be made by the Pacific family,", "Claire Holloway", "tell", "radio"),
        Q("indirect", "Washington would \"respond accordingly\" to any permanent Chinese military presence and that plans to upgrade the U.S. embassy in Honiara were \"under review.\"", "State Department official", "say"),
        Q("partial", "respond accordingly", "State Department official", "say"),
        Q("partial", "under review.", "State Department official", "say"),
        Q("indirect", "it respected the sovereignty of the Solomon Islands", "New Zealand", "say"),
        Q("indirect", "the deal was \"open, transparent and not aimed at any third party,\"", "Wang Yiran", "tell", "press conference"),
        Q("partial", "open, transparent and not aimed at any third party,", "Wang Yiran", "tell", "press conference"),
        Q("partial", "a Cold War mentality.", "Wang Yiran", "accuse", "press conference"),
        Q("indirect", "the issue would be discussed at the leaders' meeting in Nuku'alofa in August", "Tevita Moala", "say"),
        Q("indirect", "the cabinet had signed the deal \"behind the backs of the people\"", "Grace Tovua", "say"),
        Q("partial", "behind the backs of the people", "Grace Tovua", "say"),
        Q("direct", "Our grandparents fought in the last war on these islands. We do not want to host the next one,", "Grace Tovua", "say"),
    ],
    dates=[
        D("April 14", "DATE", "2027-04-14"),
        D("Tuesday", "DATE", "2027-04-13"),
        D("25-year", "DURATION", "P25Y"),
        D("2017", "DATE", "2017"),
        D("Wednesday morning", "TIME", "2027-04-14TMO"),
        D("daily", "SET", "P1D"),
        D("August", "DATE", "2027-08"),
        D("30 days", "DURATION", "P30D"),
    ],
    stances=[
        S("Claire Holloway", "criticize", "Solomon Islands", evidence="\"deeply disappointed\" and had not been consulted"),
        S("Australia", "criticize", "Solomon Islands", evidence="Australia summoned the Solomon Islands high commissioner"),
        S("State Department official", "threaten", "China", evidence="respond accordingly"),
        S("New Zealand", "appeal", "Solomon Islands", "publish the full text of the agreement", "urged Honiara to publish the full text of the agreement"),
        S("Wang Yiran", "accuse", "Australia", evidence="accused Canberra of \"a Cold War mentality.\""),
        S("Tevita Moala", "appeal", None, "restraint", "called for calm"),
        S("Grace Tovua", "criticize", "Solomon Islands", evidence="behind the backs of the people"),
        S("Grace Tovua", "demand", "Solomon Islands", "parliamentary vote", "demanded a parliamentary vote within 30 days"),
    ],
    notes="Invented article (twelfth development set; the deal, Suta, Holloway, Wang, Moala and Tovua are invented; "
          "Marape's title used freely). Roundup with capitalised country headings. 'replenishment and maintenance' is "
          "the agreement's wording (optional, no speaker). New Zealand's 'respected the sovereignty' is hedging before "
          "the appeal and takes no stance. The State Department official is an anonymous actor of the United States. "
          "Papua New Guinea 'did not respond': no stance. ABC radio only carries Holloway's words.",
)


# --------------------------------------------------------------------------- 5. Estonia closes the Narva bridge to cars (short brief, no dateline, Telegram post)
NARVA = """ date 2027-04-21 Estonia shuts Narva crossing to cars; Moscow summons diplomat

Estonia closed the Friendship Bridge border crossing at Narva to all vehicles from midnight on Tuesday, citing "repeated provocations" by Russian border guards, the interior ministry said. Pedestrians may still cross between 7 a.m. and 11 p.m.

"We will not wait for a serious incident before acting," Interior Minister Lauri Koppel told public broadcaster ERR on Tuesday evening. He said the measure would be reviewed in three months.

Russia's foreign ministry summoned Estonia's charge d'affaires in Moscow on Wednesday and called the closure "another hostile step by a Russophobic regime." Ministry spokeswoman Irina Volkova wrote on Telegram that Tallinn would "bear full responsibility" for the consequences for ordinary people on both banks of the river.

Latvia and Lithuania voiced support for the decision. The European Commission said it had not been notified in advance and had asked Tallinn for "clarification," but did not question the move. Finland, whose own crossings with Russia have been shut since late 2023, declined to comment on its neighbour's decision.

Queues of up to 40 lorries had formed on the Russian side by Wednesday afternoon, Estonian border police said.

Narva's mayor, Sergei Tamm, said the city council had not been consulted and asked the government to reconsider the ban within two weeks. Most of the crossing's users are Russian-speaking residents of Narva with relatives in Ivangorod, on the Russian side.

Estonia has tightened controls on its eastern border since 2022 and last year began building bunkers along it as part of a Baltic defence line."""

build(
    "bridge-closure-narva-2027-04-21", NARVA,
    actors=[
        A("Estonia", "country", "EST", aliases=["Estonia's", "Tallinn", "Estonian border police", "the interior ministry", "the government"]),
        A("Lauri Koppel", "person", "EST", "Interior Minister", ["Interior Minister Lauri Koppel", "He"]),
        A("Russia", "country", "RUS", aliases=["Russia's foreign ministry", "Moscow", "Russian"]),
        A("Irina Volkova", "person", "RUS", "spokeswoman", ["Ministry spokeswoman Irina Volkova"]),
        A("Latvia", "country", "LVA"),
        A("Lithuania", "country", "LTU"),
        A("European Commission", "organization", None, aliases=["The European Commission"]),
        A("Finland", "country", "FIN"),
        A("Sergei Tamm", "person", "EST", "mayor", ["Narva's mayor, Sergei Tamm"]),
    ],
    quotes=[
        Q("partial", "repeated provocations", "Estonia", "cite"),
        Q("direct", "We will not wait for a serious incident before acting,", "Lauri Koppel", "tell", "interview"),
        Q("indirect", "the measure would be reviewed in three months", "Lauri Koppel", "say"),
        Q("partial", "another hostile step by a Russophobic regime.", "Russia", "call"),
        Q("indirect", "Tallinn would \"bear full responsibility\" for the consequences for ordinary people on both banks of the river", "Irina Volkova", "write", "telegram"),
        Q("partial", "bear full responsibility", "Irina Volkova", "write", "telegram"),
        Q("indirect", "it had not been notified in advance and had asked Tallinn for \"clarification,\"", "European Commission", "say"),
        Q("partial", "clarification,", "European Commission", "ask"),
        Q("indirect", "Queues of up to 40 lorries had formed on the Russian side by Wednesday afternoon", "Estonia", "say", optional=True),
        Q("indirect", "the city council had not been consulted", "Sergei Tamm", "say"),
    ],
    dates=[
        D("midnight on Tuesday", "TIME", "2027-04-20T00:00"),
        D("7 a.m.", "TIME", "T07:00"),
        D("11 p.m.", "TIME", "T23:00"),
        D("Tuesday evening", "TIME", "2027-04-20TEV"),
        D("three months", "DURATION", "P3M"),
        D("Wednesday", "DATE", "2027-04-21"),
        D("late 2023", "DATE", "2023"),
        D("Wednesday afternoon", "TIME", "2027-04-21TAF"),
        D("two weeks", "DURATION", "P2W"),
        D("2022", "DATE", "2022"),
        D("last year", "DATE", "2026"),
    ],
    stances=[
        S("Estonia", "accuse", "Russia", evidence="citing \"repeated provocations\" by Russian border guards"),
        S("Russia", "criticize", "Estonia", evidence="summoned Estonia's charge d'affaires in Moscow"),
        S("Russia", "condemn", "Estonia", evidence="another hostile step by a Russophobic regime"),
        S("Irina Volkova", "threaten", "Estonia", evidence="would \"bear full responsibility\""),
        S("Latvia", "support", "Estonia", evidence="Latvia and Lithuania voiced support for the decision"),
        S("Lithuania", "support", "Estonia", evidence="Latvia and Lithuania voiced support for the decision"),
        S("European Commission", "appeal", "Estonia", "clarification", "had asked Tallinn for \"clarification,\""),
        S("Sergei Tamm", "appeal", "Estonia", "reconsider the ban", "asked the government to reconsider the ban"),
    ],
    notes="Invented article (twelfth development set; the closure and all people are invented). Short brief with no "
          "dateline. 'midnight on Tuesday' is taken as the start of Tuesday 20 April; the daily crossing hours have no "
          "date and are valued as bare times. The Commission 'did not question the move': no criticism. Finland 'declined to "
          "comment'. ERR only carries Koppel's words. Background paragraph takes no stance.",
)


# --------------------------------------------------------------------------- 6. Congo nationalises a Chinese-run copper mine (analysis with background paragraphs, anonymous diplomat)
MINE = """ date 2027-05-05 ANALYSIS: Congo's copper gamble leaves Beijing and investors guessing

LUBUMBASHI, Democratic Republic of Congo — By the time Congolese soldiers took up positions at the gates of the Kambove copper mine on Monday, the decree nationalising it had been signed for three days. Kinshasa says the Chinese-owned operator, Huaxin Mining, underpaid royalties by $1.2 billion over a decade.

Mines Minister Patrick Kalala presented the move as a matter of justice. "For twenty years, our copper has built other people's cities," he told the National Assembly on Tuesday. "That era ends now."

China's response has been measured. Its embassy in Kinshasa said it had "taken note" of the decree and urged the Congolese government to "protect the legitimate rights and interests of Chinese enterprises." A Chinese diplomat in Lubumbashi, who asked not to be named, said Beijing preferred quiet talks to public pressure and did not expect the dispute to harm wider relations.

Huaxin itself was far less restrained. In a statement on Tuesday night, the company accused Kinshasa of "expropriation dressed up as patriotism" and said it would seek international arbitration.

Congo is Africa's largest copper producer and supplies most of the world's cobalt. In 2023 it renegotiated a minerals-for-infrastructure deal with a Chinese consortium, raising the state's share of profits. That renegotiation ended in compromise; this time the government has gone further.

Other investors are watching nervously. The Chamber of Mines said it supported the review of mining contracts but warned that seizures without fair compensation would frighten off capital. Zambia, whose Copperbelt borders Katanga, has not commented.

"The real test is whether Kinshasa pays fair compensation by the end of the year," said Jean-Pierre Okito, a mining analyst at the Congo Research Group in Kinshasa. "If it does, this becomes a renegotiation. If not, it becomes a warning to everyone."

The mine employs about 4,000 people and produced 180,000 tonnes of copper last year."""

build(
    "mine-nationalised-lubumbashi-2027-05-05", MINE,
    actors=[
        A("Democratic Republic of Congo", "country", "COD", aliases=["Congo", "Congolese", "Kinshasa", "the Congolese government", "the government"]),
        A("Huaxin Mining", "organization", "CHN", aliases=["the Chinese-owned operator, Huaxin Mining", "Huaxin", "the company"]),
        A("Patrick Kalala", "person", "COD", "Mines Minister", ["Mines Minister Patrick Kalala", "he"]),
        A("China", "country", "CHN", aliases=["Beijing", "Its embassy in Kinshasa", "Chinese"]),
        A("Chinese diplomat", "person", "CHN", "diplomat", ["A Chinese diplomat in Lubumbashi"], anonymous=True),
        A("Chamber of Mines", "organization", "COD", aliases=["The Chamber of Mines"]),
        A("Zambia", "country", "ZMB"),
        A("Jean-Pierre Okito", "person", "COD", "mining analyst", ["Jean-Pierre Okito, a mining analyst at the Congo Research Group in Kinshasa"]),
    ],
    quotes=[
        Q("indirect", "the Chinese-owned operator, Huaxin Mining, underpaid royalties by $1.2 billion over a decade", "Democratic Republic of Congo", "say"),
        Q("direct", "For twenty years, our copper has built other people's cities,", "Patrick Kalala", "tell"),
        Q("direct", "That era ends now.", "Patrick Kalala", "tell"),
        Q("indirect", "it had \"taken note\" of the decree", "China", "say"),
        Q("partial", "taken note", "China", "say"),
        Q("partial", "protect the legitimate rights and interests of Chinese enterprises.", "China", "urge"),
        Q("indirect", "Beijing preferred quiet talks to public pressure and did not expect the dispute to harm wider relations", "Chinese diplomat", "say"),
        Q("partial", "expropriation dressed up as patriotism", "Huaxin Mining", "accuse", "statement"),
        Q("indirect", "it would seek international arbitration", "Huaxin Mining", "say", "statement"),
        Q("indirect", "it supported the review of mining contracts", "Chamber of Mines", "say"),
        Q("direct", "The real test is whether Kinshasa pays fair compensation by the end of the year,", "Jean-Pierre Okito", "say"),
        Q("direct", "If it does, this becomes a renegotiation. If not, it becomes a warning to everyone.", "Jean-Pierre Okito", "say"),
    ],
    dates=[
        D("Monday", "DATE", "2027-05-03"),
        D("three days", "DURATION", "P3D"),
        D("a decade", "DURATION", "P10Y"),
        D("twenty years", "DURATION", "P20Y"),
        D("Tuesday", "DATE", "2027-05-04"),
        D("Tuesday night", "TIME", "2027-05-04TNI"),
        D("2023", "DATE", "2023"),
        D("the end of the year", "DATE", "2027"),
        D("last year", "DATE", "2026"),
    ],
    stances=[
        S("Democratic Republic of Congo", "accuse", "Huaxin Mining", evidence="underpaid royalties by $1.2 billion"),
        S("Patrick Kalala", "criticize", None, evidence="our copper has built other people's cities"),
        S("China", "appeal", "Democratic Republic of Congo", "protect the rights of Chinese enterprises", "urged the Congolese government to \"protect the legitimate rights and interests of Chinese enterprises.\""),
        S("Huaxin Mining", "accuse", "Democratic Republic of Congo", evidence="accused Kinshasa of \"expropriation dressed up as patriotism\""),
        S("Chamber of Mines", "support", "Democratic Republic of Congo", evidence="it supported the review of mining contracts"),
        S("Chamber of Mines", "concern", None, "seizures without fair compensation", evidence="warned that seizures without fair compensation would frighten off capital"),
    ],
    notes="Invented article (twelfth development set; the mine, the operator and all people are invented). Analysis with "
          "background paragraphs that take no stance (the 2023 renegotiation). 'had been signed for three days' is a "
          "duration. China's 'taken note' and the diplomat's preference for quiet talks take no stance; Zambia 'has not "
          "commented'. The Chamber of Mines both supports the review and warns; the warning about capital is annotated as a "
          "concern (it could be read as a threat). 'the end of the year' is valued as the year 2027.",
)


# --------------------------------------------------------------------------- 7. Libya expels migrants into the desert (statement over two paragraphs after a colon, summons, denial)
DESERT = """ date 2027-05-12 TRIPOLI, Libya (AP) — The U.N. refugee agency on Wednesday condemned Libya's expulsion of more than 600 migrants into the desert near the border with Niger, saying several had died of thirst before rescuers reached them.

In a statement issued in Geneva, UNHCR said:

"Leaving men, women and children in the Sahara without water is not border management. It is a death sentence.

"We call on the Libyan authorities to stop these expulsions immediately and to give our teams access to all detention centres in the west of the country."

The International Organization for Migration said its staff in Agadez had counted at least 14 bodies since Saturday and were treating dozens of survivors for dehydration.

Niger's foreign ministry summoned Libya's ambassador in Niamey on Tuesday and demanded an independent investigation. "Our citizens are not cargo to be dumped in the sand," the ministry said in a statement read on state television.

The African Union Commission expressed "grave concern" and called on Libya and Niger to work together to protect migrants on both sides of the border.

Libya's Government of National Unity denied the accusations. Interior ministry spokesman Khaled al-Mabrouk said the migrants had been "returned in an orderly way to the official border crossing" and blamed smugglers for any deaths. "Libya will not be Europe's waiting room," he said.

The European Union, which trains and funds the Libyan coast guard, said it was "aware of the reports" but declined to comment further. Italy's interior ministry did not respond to a request for comment.

Human Rights Watch said the expulsions were the third such operation this year and urged the EU to suspend its funding until an inquiry was completed. "Europe is paying for this," said the group's Libya researcher, Leila Haddad."""

build(
    "migrants-expelled-tripoli-2027-05-12", DESERT,
    actors=[
        A("UNHCR", "organization", None, aliases=["The U.N. refugee agency"]),
        A("Libya", "country", "LBY", aliases=["Libyan", "the Libyan authorities", "Libya's ambassador in Niamey", "Libya's Government of National Unity"]),
        A("International Organization for Migration", "organization", None, aliases=["The International Organization for Migration", "IOM"]),
        A("Niger", "country", "NER", aliases=["Niger's foreign ministry", "the ministry"]),
        A("African Union Commission", "organization", None, aliases=["The African Union Commission", "African Union"]),
        A("Khaled al-Mabrouk", "person", "LBY", "spokesman", ["Interior ministry spokesman Khaled al-Mabrouk", "he"]),
        A("European Union", "organization", None, aliases=["The European Union", "the EU", "Europe"]),
        A("Italy", "country", "ITA", aliases=["Italy's interior ministry"]),
        A("Human Rights Watch", "organization", None, aliases=["the group"]),
        A("Leila Haddad", "person", None, "researcher", ["the group's Libya researcher, Leila Haddad"], organization="Human Rights Watch"),
    ],
    quotes=[
        Q("indirect", "several had died of thirst before rescuers reached them", "UNHCR", "say"),
        Q("direct", "Leaving men, women and children in the Sahara without water is not border management. It is a death sentence.", "UNHCR", None, "statement"),
        Q("direct", "We call on the Libyan authorities to stop these expulsions immediately and to give our teams access to all detention centres in the west of the country.", "UNHCR", None, "statement"),
        Q("indirect", "its staff in Agadez had counted at least 14 bodies since Saturday and were treating dozens of survivors for dehydration", "International Organization for Migration", "say"),
        Q("direct", "Our citizens are not cargo to be dumped in the sand,", "Niger", "say", "statement"),
        Q("partial", "grave concern", "African Union Commission", "express"),
        Q("indirect", "the migrants had been \"returned in an orderly way to the official border crossing\"", "Khaled al-Mabrouk", "say"),
        Q("partial", "returned in an orderly way to the official border crossing", "Khaled al-Mabrouk", "say"),
        Q("direct", "Libya will not be Europe's waiting room,", "Khaled al-Mabrouk", "say"),
        Q("indirect", "it was \"aware of the reports\"", "European Union", "say"),
        Q("partial", "aware of the reports", "European Union", "say"),
        Q("indirect", "the expulsions were the third such operation this year", "Human Rights Watch", "say"),
        Q("direct", "Europe is paying for this,", "Leila Haddad", "say"),
    ],
    dates=[
        D("Wednesday", "DATE", "2027-05-12"),
        D("Saturday", "DATE", "2027-05-08"),
        D("Tuesday", "DATE", "2027-05-11"),
        D("this year", "DATE", "2027"),
    ],
    stances=[
        S("UNHCR", "condemn", "Libya", evidence="condemned Libya's expulsion of more than 600 migrants"),
        S("UNHCR", "demand", "Libya", "stop the expulsions", "We call on the Libyan authorities to stop these expulsions immediately"),
        S("Niger", "criticize", "Libya", evidence="summoned Libya's ambassador in Niamey"),
        S("Niger", "demand", "Libya", "independent investigation", "demanded an independent investigation"),
        S("Niger", "condemn", "Libya", evidence="Our citizens are not cargo to be dumped in the sand"),
        S("African Union Commission", "concern", None, "the expulsions", "expressed \"grave concern\""),
        S("African Union Commission", "appeal", None, "protect migrants", "called on Libya and Niger to work together to protect migrants"),
        S("Libya", "reject", None, evidence="denied the accusations"),
        S("Khaled al-Mabrouk", "accuse", None, evidence="blamed smugglers for any deaths"),
        S("Human Rights Watch", "appeal", "European Union", "suspend funding", "urged the EU to suspend its funding"),
        S("Leila Haddad", "accuse", "European Union", evidence="Europe is paying for this"),
    ],
    notes="Invented article (twelfth development set; the expulsions and all people are invented). UNHCR's statement is "
          "introduced by a line ending in a colon and runs over two paragraphs: one direct quote per paragraph, no cue. "
          "The AU appeal names Libya and Niger together and is given a null target. The EU 'declined to comment further' "
          "and Italy 'did not respond': no stance. 'the third such operation this year' gives 'this year'. Smugglers are "
          "not an actor.",
)


# --------------------------------------------------------------------------- 8. Zaporizhzhia plant loses outside power (Telegram posts, IAEA, times of day, "overnight")
ZNPP = """ date 2027-05-19 KYIV, May 19 (Reuters) - The Zaporizhzhia nuclear power plant lost its last external power line for almost nine hours overnight after a strike on a substation, forcing operators to cool its reactors with diesel generators, Ukraine and the U.N. nuclear watchdog said on Wednesday.

Ukraine's energy ministry said on Telegram that Russian shelling had cut the 750-kilovolt Dniprovska line at 1:15 a.m. "This is the twelfth complete blackout at the occupied plant. Each one is a game of Russian roulette with nuclear safety," the ministry wrote.

The Russian-installed management of the plant blamed a Ukrainian drone. "The Kyiv regime continues its nuclear terrorism," the plant's director, Oleg Romanenko, wrote on his Telegram channel shortly after 3 a.m.

The International Atomic Energy Agency said its experts on site had confirmed the loss of power and that the line was reconnected at 10 a.m. Director General Rafael Grossi said he was "extremely concerned" and again urged both sides to respect a protection zone around the facility.

"We were lucky again," Grossi told reporters in Vienna. "Luck is not a safety strategy."

Ukrainian Foreign Minister Taras Hnatyuk called on the G7 to impose sanctions on Rosatom, the Russian state nuclear company that claims to run the plant. He said he had discussed the incident by phone with his French counterpart on Wednesday morning.

The Kremlin did not comment. Russia's envoy to international organisations in Vienna said on X that Ukraine was "using the IAEA as a shield" and that Moscow would raise the matter at the agency's board next month.

France's foreign ministry said it condemned "any action that endangers the safety of the plant," without naming either side.

The plant, Europe's largest, has been under Russian control since March 2022. Its six reactors are in cold shutdown, but they still need power to cool their fuel."""

build(
    "plant-blackout-zaporizhzhia-2027-05-19", ZNPP,
    actors=[
        A("Ukraine", "country", "UKR", aliases=["Ukraine's energy ministry", "the ministry", "Ukrainian", "Kyiv"]),
        A("International Atomic Energy Agency", "organization", None, aliases=["the U.N. nuclear watchdog", "The International Atomic Energy Agency", "IAEA", "the agency"]),
        A("Russia", "country", "RUS", aliases=["Russian", "The Kremlin", "Moscow", "Russia's envoy to international organisations in Vienna"]),
        A("Zaporizhzhia plant management", "organization", "RUS", aliases=["The Russian-installed management of the plant"]),
        A("Oleg Romanenko", "person", "RUS", "director", ["the plant's director, Oleg Romanenko", "his"], organization="Zaporizhzhia plant management"),
        A("Rafael Grossi", "person", None, "Director General", ["Director General Rafael Grossi", "Grossi", "he"], organization="International Atomic Energy Agency"),
        A("Taras Hnatyuk", "person", "UKR", "Foreign Minister", ["Ukrainian Foreign Minister Taras Hnatyuk", "He"]),
        A("G7", "organization", None),
        A("Rosatom", "organization", "RUS", aliases=["the Russian state nuclear company"]),
        A("France", "country", "FRA", aliases=["France's foreign ministry", "his French counterpart", "French"]),
    ],
    quotes=[
        Q("indirect", "Russian shelling had cut the 750-kilovolt Dniprovska line at 1:15 a.m.", "Ukraine", "say", "telegram"),
        Q("direct", "This is the twelfth complete blackout at the occupied plant. Each one is a game of Russian roulette with nuclear safety,", "Ukraine", "write", "telegram"),
        Q("direct", "The Kyiv regime continues its nuclear terrorism,", "Oleg Romanenko", "write", "telegram"),
        Q("indirect", "its experts on site had confirmed the loss of power and that the line was reconnected at 10 a.m.", "International Atomic Energy Agency", "say"),
        Q("indirect", "he was \"extremely concerned\"", "Rafael Grossi", "say"),
        Q("partial", "extremely concerned", "Rafael Grossi", "say"),
        Q("direct", "We were lucky again,", "Rafael Grossi", "tell"),
        Q("direct", "Luck is not a safety strategy.", "Rafael Grossi", "tell"),
        Q("indirect", "he had discussed the incident by phone with his French counterpart on Wednesday morning", "Taras Hnatyuk", "say"),
        Q("indirect", "Ukraine was \"using the IAEA as a shield\" and that Moscow would raise the matter at the agency's board next month", "Russia", "say", "twitter"),
        Q("partial", "using the IAEA as a shield", "Russia", "say", "twitter"),
        Q("partial", "any action that endangers the safety of the plant,", "France", "condemn"),
    ],
    dates=[
        D("May 19", "DATE", "2027-05-19"),
        D("almost nine hours", "DURATION", "PT9H"),
        D("overnight", "TIME", "2027-05-18TNI"),
        D("Wednesday", "DATE", "2027-05-19"),
        D("1:15 a.m.", "TIME", "2027-05-19T01:15"),
        D("shortly after 3 a.m.", "TIME", "2027-05-19T03:00"),
        D("10 a.m.", "TIME", "2027-05-19T10:00"),
        D("Wednesday morning", "TIME", "2027-05-19TMO"),
        D("next month", "DATE", "2027-06"),
        D("March 2022", "DATE", "2022-03"),
    ],
    stances=[
        S("Ukraine", "accuse", "Russia", evidence="Russian shelling had cut the 750-kilovolt Dniprovska line"),
        S("Zaporizhzhia plant management", "accuse", "Ukraine", evidence="blamed a Ukrainian drone"),
        S("Oleg Romanenko", "accuse", "Ukraine", evidence="The Kyiv regime continues its nuclear terrorism"),
        S("Rafael Grossi", "concern", None, "the safety of the plant", "\"extremely concerned\""),
        S("Rafael Grossi", "appeal", None, "respect a protection zone", "urged both sides to respect a protection zone"),
        S("Taras Hnatyuk", "appeal", "G7", "sanctions on Rosatom", "called on the G7 to impose sanctions on Rosatom"),
        S("Taras Hnatyuk", "consult", "France", evidence="discussed the incident by phone with his French counterpart"),
        S("Russia", "accuse", "Ukraine", evidence="using the IAEA as a shield"),
        S("France", "condemn", None, evidence="condemned \"any action that endangers the safety of the plant,\""),
    ],
    notes="Invented article (twelfth development set; the incident, Romanenko and Hnatyuk are invented; Grossi's office "
          "used freely). Telegram posts by a ministry and by the Russian-installed plant director, an X post by an unnamed "
          "Russian envoy (an actor of Russia). 'overnight' is the night of 18-19 May. The Kremlin 'did not comment': no "
          "stance. France condemns 'without naming either side': null target. The sanctions call targets the G7 (Rosatom "
          "is the issue).",
)


if __name__ == "__main__":
    WRITER.report()
