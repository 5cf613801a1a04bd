"""Builds the sixth held-out set (NAME.txt) and its hand-written gold (NAME.gold.json).

Sixth held-out set: 6 invented reaction articles written on 2026-11-25 by a helper who changed no
library code and did not read the library's source, at the same time as the fifth development set;
the gold was committed before reactlib was run on them, and the helper never ran reactlib on them.
Held out: the lead runs it once at the end. Do not read or tune against it.

As in ``tests/generalization_dev5/build_gold.py``, the annotation lives here as data so that
offsets are computed, never typed: a quote or date is given by its text and, where the same words
occur more than once, by its occurrence number (0-based); ``gold_builder`` asserts that every span
and stance evidence is found in the text. Run `python tests/generalization_holdout6/build_gold.py`
after editing. Conventions follow ../shared/eval/GOLD_FORMAT.md, the reference gold and the
development sets: countries speak through their ministries, embassies and capitals; a summons or a
protest note is a criticism; background takes no stance; outlets that only carry others' words are
not speakers (editorials are the outlet's own voice); anonymous officials are actors of the country
the context gives them; an appeal to "all sides" has a null target.
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


# --------------------------------------------------------------------------- 1. cross-border drone strike in Khost (wire, anonymous officials)
DRONE = """ date 2026-03-19 KABUL/ISLAMABAD, March 19 (Reuters) - Afghanistan's Taliban government accused Pakistan on Thursday of carrying out a drone strike on a village in the eastern province of Khost that killed 11 people, including six children, and warned that the attack "will not go unanswered".

Taliban spokesman Zabihullah Mujahid said on X that the strike hit a house in the Spera district shortly after midnight. "Pakistan's military regime has once again violated Afghan sovereignty and murdered innocent civilians," he wrote. "The Islamic Emirate reserves the right to respond at a time of its choosing."

Pakistan did not confirm the strike. But two Pakistani security officials, speaking on condition of anonymity, said the target was a commander of the Pakistani Taliban, the Tehrik-i-Taliban Pakistan (TTP), who they said had planned a bombing in Bannu last week that killed 14 soldiers. One of them said the commander had been killed.

Pakistan's Foreign Office spokesman, Tahir Andrabi, told a weekly briefing in Islamabad that Pakistan "will take every measure necessary to protect its citizens" and urged Kabul to stop "providing sanctuary" to militants. He declined to answer questions about the strike itself.

The United Nations Assistance Mission in Afghanistan said it was "gravely concerned" by reports of civilian casualties and called for a prompt and transparent investigation.

China, which has tried to mediate between its two neighbours, called on both sides to exercise restraint and resolve their differences through dialogue. Foreign ministry spokesman Guo Jiakun said Beijing was ready to "play a constructive role".

Residents said the border crossing at Ghulam Khan had been closed since the morning and that hundreds of trucks were stuck on both sides. "We heard the drone for an hour before the explosion," said a farmer in Spera who gave his name only as Gul Rahman. "There were no fighters in that house. There was a family."

Relations between the two neighbours have deteriorated sharply since October 2025, when border clashes killed dozens of soldiers on both sides."""

build(
    "drone-khost-afghanistan-pakistan-2026-03-19", DRONE,
    actors=[
        A("Afghanistan", "country", "AFG", aliases=["Afghan", "Kabul", "Afghanistan's Taliban government", "The Islamic Emirate", "Islamic Emirate", "Taliban"]),
        A("Pakistan", "country", "PAK", aliases=["Pakistani", "Islamabad", "Pakistan's military regime", "Pakistan's Foreign Office", "Pakistan's"]),
        A("Zabihullah Mujahid", "person", "AFG", "Taliban spokesman", ["Mujahid", "Taliban spokesman Zabihullah Mujahid"]),
        A("Pakistani security officials", "group", "PAK", aliases=["two Pakistani security officials", "One of them"], anonymous=True),
        A("Tehrik-i-Taliban Pakistan", "group", "PAK", aliases=["TTP", "the Pakistani Taliban", "Pakistani Taliban"]),
        A("Tahir Andrabi", "person", "PAK", "Foreign Office spokesman", ["Andrabi", "Pakistan's Foreign Office spokesman"]),
        A("United Nations Assistance Mission in Afghanistan", "organization", None, aliases=["UNAMA", "The United Nations Assistance Mission in Afghanistan"]),
        A("China", "country", "CHN", aliases=["Chinese", "Beijing"]),
        A("Guo Jiakun", "person", "CHN", "foreign ministry spokesman", ["Guo", "Foreign ministry spokesman Guo Jiakun"]),
        A("Gul Rahman", "person", "AFG", "farmer", ["Rahman", "a farmer in Spera"]),
    ],
    quotes=[
        Q("partial", "will not go unanswered", "Afghanistan", "warn"),
        Q("indirect", "the strike hit a house in the Spera district shortly after midnight", "Zabihullah Mujahid", "say", "twitter"),
        Q("direct", "Pakistan's military regime has once again violated Afghan sovereignty and murdered innocent civilians,", "Zabihullah Mujahid", "write", "twitter"),
        Q("direct", "The Islamic Emirate reserves the right to respond at a time of its choosing.", "Zabihullah Mujahid", None, "twitter"),
        Q("indirect", "the target was a commander of the Pakistani Taliban, the Tehrik-i-Taliban Pakistan (TTP), who they said had planned a bombing in Bannu last week that killed 14 soldiers", "Pakistani security officials", "say"),
        Q("indirect", "the commander had been killed", "Pakistani security officials", "say"),
        Q("indirect", "Pakistan \"will take every measure necessary to protect its citizens\"", "Tahir Andrabi", "tell", "press conference"),
        Q("partial", "will take every measure necessary to protect its citizens", "Tahir Andrabi", "tell", "press conference"),
        Q("partial", "providing sanctuary", "Tahir Andrabi", "urge", "press conference"),
        Q("indirect", "it was \"gravely concerned\" by reports of civilian casualties", "United Nations Assistance Mission in Afghanistan", "say"),
        Q("partial", "gravely concerned", "United Nations Assistance Mission in Afghanistan", "say"),
        Q("indirect", "Beijing was ready to \"play a constructive role\"", "Guo Jiakun", "say"),
        Q("partial", "play a constructive role", "Guo Jiakun", "say"),
        Q("indirect", "the border crossing at Ghulam Khan had been closed since the morning and that hundreds of trucks were stuck on both sides", None, "say", optional=True),
        Q("direct", "We heard the drone for an hour before the explosion,", "Gul Rahman", "say"),
        Q("direct", "There were no fighters in that house. There was a family.", "Gul Rahman", None),
    ],
    dates=[
        D("March 19", "DATE", "2026-03-19"),
        D("Thursday", "DATE", "2026-03-19"),
        D("midnight", "TIME", "2026-03-19T00:00"),
        D("last week", "DATE", "2026-W11"),
        D("weekly", "SET", "P1W"),
        D("the morning", "TIME", "2026-03-19TMO"),
        D("an hour", "DURATION", "PT1H"),
        D("October 2025", "DATE", "2025-10"),
    ],
    stances=[
        S("Afghanistan", "accuse", "Pakistan", evidence="accused Pakistan on Thursday of carrying out a drone strike"),
        S("Afghanistan", "threaten", "Pakistan", evidence="warned that the attack \"will not go unanswered\""),
        S("Zabihullah Mujahid", "accuse", "Pakistan", evidence="Pakistan's military regime has once again violated Afghan sovereignty"),
        S("Pakistani security officials", "accuse", "Tehrik-i-Taliban Pakistan", evidence="had planned a bombing in Bannu last week that killed 14 soldiers"),
        S("Tahir Andrabi", "threaten", None, evidence="\"will take every measure necessary to protect its citizens\""),
        S("Tahir Andrabi", "demand", "Afghanistan", "stop sheltering militants", "urged Kabul to stop \"providing sanctuary\" to militants"),
        S("United Nations Assistance Mission in Afghanistan", "concern", None, "civilian casualties", "\"gravely concerned\" by reports of civilian casualties"),
        S("United Nations Assistance Mission in Afghanistan", "appeal", None, "investigation", "called for a prompt and transparent investigation"),
        S("China", "appeal", None, "restraint", "called on both sides to exercise restraint"),
        S("Guo Jiakun", "mediate", None, None, "ready to \"play a constructive role\""),
        S("Gul Rahman", "reject", "Pakistan", evidence="There were no fighters in that house"),
    ],
    notes="Invented article (sixth held-out set; the strike, Gul Rahman and all quoted words are invented; Mujahid, "
          "Andrabi and Guo used freely). The Taliban government, Kabul and 'The Islamic Emirate' are Afghanistan. "
          "Mujahid's second sentence restates the lead's warning (one threat, Afghanistan's); his first is his own "
          "accusation (kept apart from the country's, as the reference gold keeps Turkey and Erdogan). The two "
          "anonymous Pakistani officials are one group; their claim about the TTP commander is an accusation. Andrabi's "
          "warning names no target. China's appeal to 'both sides' has a null target; Guo's offer is mediation. The "
          "residents are unnamed (optional quote, no speaker). 'shortly after midnight' is annotated on 'midnight', "
          "'a weekly briefing' on 'weekly' (SET). The last paragraph is background.",
)


# --------------------------------------------------------------------------- 2. Chinese embassy stormed in Lusaka (live blog, newest entry first)
EMBASSY = """ date 2026-08-24 Protesters storm Chinese embassy in Lusaka over mine spill – live

Last updated 19:05 CAT

19:05 – Curfew around diplomatic quarter
Zambia Police Service spokesperson Rae Hamoonga said a curfew would be in force around the embassy district from 8 p.m. until 6 a.m. for the next three days. Forty-two people have been arrested, she said.

18:20 – Beijing demands punishment
China's foreign ministry has issued a statement "strongly protesting" the attack on its embassy and demanding that Zambia "severely punish the perpetrators". The ministry said two Chinese diplomats had been injured by stones and that the embassy's consular section had been set on fire. "The Zambian side bears full responsibility for the safety of Chinese personnel," it said.

17:40 – Minister apologises
Zambia's foreign minister, Chanda Mwila, visited the embassy this afternoon and apologised to Ambassador Han Jing in person. "What happened today does not represent the Zambian people," Mwila told reporters at the gate. "Those responsible will face the full force of the law."

16:15 – Opposition blames government
The opposition Patriotic Front said the government had ignored warnings for months that anger over the spill was growing. Its spokesman, Emmanuel Mwamba, accused the authorities of "protecting Chinese investors instead of Zambian lives".

15:30 – US, UK urge calm
The U.S. embassy issued a security alert advising Americans to avoid the city centre. Britain's High Commission in Lusaka said it was "monitoring the situation closely" and called for calm.

14:50 – What caused the anger?
Last month a tailings dam at a Chinese-owned copper mine near Kitwe burst, sending acid waste into the Kafue river, which supplies drinking water to about 5 million people. Environmental groups say the company has still not paid compensation to farmers.

13:10 – Crowd breaks through gate
Several hundred protesters broke through the main gate of the Chinese embassy shortly after 1 p.m., witnesses told our correspondent. Police fired tear gas to disperse them.

12:00 – Welcome
Good afternoon. We are following a protest outside the Chinese embassy in Lusaka, called by student unions and farmers' groups from the Copperbelt."""

build(
    "embassy-lusaka-china-zambia-2026-08-24", EMBASSY,
    actors=[
        A("China", "country", "CHN", aliases=["Chinese", "Beijing", "China's foreign ministry", "The ministry", "China's"]),
        A("Zambia", "country", "ZMB", aliases=["Zambian", "Zambia's", "The Zambian side", "the government", "the authorities"]),
        A("Zambia Police Service", "organization", "ZMB", aliases=["Police", "Zambia Police"]),
        A("Rae Hamoonga", "person", "ZMB", "police spokesperson", ["Hamoonga", "Zambia Police Service spokesperson Rae Hamoonga"], organization="Zambia Police Service"),
        A("Chanda Mwila", "person", "ZMB", "Foreign Minister", ["Mwila", "Zambia's foreign minister"]),
        A("Han Jing", "person", "CHN", "Ambassador", ["Ambassador Han Jing"]),
        A("Patriotic Front", "organization", "ZMB", aliases=["The opposition Patriotic Front"]),
        A("Emmanuel Mwamba", "person", "ZMB", "Patriotic Front spokesman", ["Mwamba", "Its spokesman"], organization="Patriotic Front"),
        A("United States", "country", "USA", aliases=["U.S.", "The U.S. embassy", "Americans"]),
        A("United Kingdom", "country", "GBR", aliases=["Britain", "Britain's High Commission in Lusaka", "British"]),
    ],
    quotes=[
        Q("indirect", "a curfew would be in force around the embassy district from 8 p.m. until 6 a.m. for the next three days", "Rae Hamoonga", "say"),
        Q("indirect", "Forty-two people have been arrested", "Rae Hamoonga", "say"),
        Q("partial", "strongly protesting", "China", "protest", "statement"),
        Q("partial", "severely punish the perpetrators", "China", "demand", "statement"),
        Q("indirect", "two Chinese diplomats had been injured by stones and that the embassy's consular section had been set on fire", "China", "say", "statement"),
        Q("direct", "The Zambian side bears full responsibility for the safety of Chinese personnel,", "China", "say", "statement"),
        Q("direct", "What happened today does not represent the Zambian people,", "Chanda Mwila", "tell", "press conference"),
        Q("direct", "Those responsible will face the full force of the law.", "Chanda Mwila", None, "press conference"),
        Q("indirect", "the government had ignored warnings for months that anger over the spill was growing", "Patriotic Front", "say"),
        Q("partial", "protecting Chinese investors instead of Zambian lives", "Emmanuel Mwamba", "accuse"),
        Q("indirect", "it was \"monitoring the situation closely\"", "United Kingdom", "say"),
        Q("partial", "monitoring the situation closely", "United Kingdom", "say"),
        Q("indirect", "the company has still not paid compensation to farmers", None, "say", optional=True),
        Q("indirect", "Several hundred protesters broke through the main gate of the Chinese embassy shortly after 1 p.m.", None, "tell", optional=True),
    ],
    dates=[
        D("19:05", "TIME", "2026-08-24T19:05", 0),
        D("19:05", "TIME", "2026-08-24T19:05", 1),
        D("8 p.m.", "TIME", "2026-08-24T20:00"),
        D("6 a.m.", "TIME", "2026-08-25T06:00"),
        D("the next three days", "DURATION", "P3D"),
        D("18:20", "TIME", "2026-08-24T18:20"),
        D("17:40", "TIME", "2026-08-24T17:40"),
        D("this afternoon", "TIME", "2026-08-24TAF"),
        D("today", "DATE", "2026-08-24"),
        D("16:15", "TIME", "2026-08-24T16:15"),
        D("months", "DURATION", "PXM"),
        D("15:30", "TIME", "2026-08-24T15:30"),
        D("14:50", "TIME", "2026-08-24T14:50"),
        D("Last month", "DATE", "2026-07"),
        D("13:10", "TIME", "2026-08-24T13:10"),
        D("1 p.m.", "TIME", "2026-08-24T13:00"),
        D("12:00", "TIME", "2026-08-24T12:00"),
    ],
    stances=[
        S("China", "criticize", "Zambia", evidence="\"strongly protesting\" the attack on its embassy"),
        S("China", "demand", "Zambia", "punish the perpetrators", "demanding that Zambia \"severely punish the perpetrators\""),
        S("Chanda Mwila", "consult", "Han Jing", evidence="apologised to Ambassador Han Jing in person"),
        S("Chanda Mwila", "threaten", None, evidence="Those responsible will face the full force of the law"),
        S("Patriotic Front", "criticize", "Zambia", evidence="the government had ignored warnings for months"),
        S("Emmanuel Mwamba", "accuse", "Zambia", evidence="accused the authorities of \"protecting Chinese investors instead of Zambian lives\""),
        S("United Kingdom", "appeal", None, "calm", "called for calm"),
    ],
    notes="Invented article (sixth held-out set; the storming, Mwila, Han Jing and all quoted words are invented; "
          "Hamoonga and Mwamba used freely). Live blog, newest entry first, clock times of the article date (CAT); the "
          "entry headings are not quotes. China's foreign ministry speaks for China; 'The Zambian side bears full "
          "responsibility' restates its protest (one criticism). Mwila's visit and apology to the ambassador is a "
          "meeting (consult); 'Those responsible will face the full force of the law' warns the unnamed rioters. 'the "
          "government' and 'the authorities' are Zambia's, criticised by the opposition. The US security alert takes no "
          "stance. The environmental groups and the witnesses are unnamed (optional quotes, no speaker). '6 a.m.' is "
          "the next morning. 'for months' is annotated on 'months'.",
)


# --------------------------------------------------------------------------- 3. pushback video at the Croatia-Bosnia border (report with ministries, agencies, NGO)
PUSHBACK = """ date 2026-02-05 SARAJEVO, Feb 5 - Video footage showing masked men beating migrants and forcing them back across the Croatian border into Bosnia drew calls on Thursday for an independent inquiry, as Croatia's government denied that its police had broken the law.

The footage, published on Wednesday by the Border Violence Monitoring Network and several European news outlets, appears to show at least 14 men, some of them barefoot, being struck with batons and pushed into the Glina river near the village of Šiljkovača in January. Several of the masked men wear uniforms similar to those of Croatia's intervention police.

Croatian Interior Minister Davor Božinović told reporters in Zagreb that the ministry had opened an internal investigation but that "nobody can conclude from a video of poor quality who these people are". He said Croatian police protected "both the external border of the European Union and the dignity of every person".

The UN refugee agency, UNHCR, said it was "shocked" by the images and urged Croatia to ensure that people seeking protection were not returned without their asylum claims being heard. "Pushbacks are illegal under European and international law. There is no grey zone," said the agency's regional spokesperson, Marta Ilić.

Bosnia's security minister, Nenad Nešić, said Sarajevo would send a protest note to Zagreb and demanded that Croatia take back the migrants, who are now in a reception centre near Bihać. "Bosnia is not a dumping ground for Europe's problems," he said.

The European Commission said it was in contact with the Croatian authorities and expected a "thorough and independent" investigation. A Commission spokesperson stressed that the EU "does not tolerate" violence at its borders but declined to say whether funding for Croatia's border surveillance would be reviewed.

The Council of Europe's human rights commissioner, Michael O'Flaherty, said in a letter to the Croatian government that the allegations, if confirmed, would amount to "inhuman and degrading treatment".

Migrants interviewed by the network said they had been robbed of their phones and money before being forced into the river."""

build(
    "pushback-croatia-bosnia-2026-02-05", PUSHBACK,
    actors=[
        A("Croatia", "country", "HRV", aliases=["Croatian", "Croatia's government", "Zagreb", "the Croatian authorities", "the Croatian government", "Croatian police", "the ministry"]),
        A("Bosnia and Herzegovina", "country", "BIH", aliases=["Bosnia", "Sarajevo", "Bosnian"]),
        A("Border Violence Monitoring Network", "organization", None, aliases=["the Border Violence Monitoring Network", "the network", "BVMN"]),
        A("Davor Božinović", "person", "HRV", "Interior Minister", ["Božinović", "Bozinovic", "Croatian Interior Minister Davor Božinović"]),
        A("UNHCR", "organization", None, aliases=["The UN refugee agency", "UN refugee agency", "the agency"]),
        A("Marta Ilić", "person", None, "UNHCR regional spokesperson", ["Ilić", "Ilic", "the agency's regional spokesperson"], organization="UNHCR"),
        A("Nenad Nešić", "person", "BIH", "Security Minister", ["Nešić", "Nesic", "Bosnia's security minister"]),
        A("European Union", "organization", None, aliases=["EU", "the EU", "The European Commission", "European Commission", "Commission"]),
        A("Commission spokesperson", "person", None, "European Commission spokesperson", ["A Commission spokesperson"], organization="European Union", anonymous=True),
        A("Council of Europe", "organization", None, aliases=["The Council of Europe"]),
        A("Michael O'Flaherty", "person", None, "Council of Europe human rights commissioner", ["O'Flaherty", "The Council of Europe's human rights commissioner"], organization="Council of Europe"),
    ],
    quotes=[
        Q("indirect", "the ministry had opened an internal investigation but that \"nobody can conclude from a video of poor quality who these people are\"", "Davor Božinović", "tell", "press conference"),
        Q("partial", "nobody can conclude from a video of poor quality who these people are", "Davor Božinović", "tell", "press conference"),
        Q("indirect", "Croatian police protected \"both the external border of the European Union and the dignity of every person\"", "Davor Božinović", "say"),
        Q("partial", "both the external border of the European Union and the dignity of every person", "Davor Božinović", "say"),
        Q("indirect", "it was \"shocked\" by the images", "UNHCR", "say"),
        Q("direct", "Pushbacks are illegal under European and international law. There is no grey zone,", "Marta Ilić", "say"),
        Q("indirect", "Sarajevo would send a protest note to Zagreb", "Nenad Nešić", "say"),
        Q("direct", "Bosnia is not a dumping ground for Europe's problems,", "Nenad Nešić", "say"),
        Q("indirect", "it was in contact with the Croatian authorities and expected a \"thorough and independent\" investigation", "European Union", "say"),
        Q("partial", "thorough and independent", "European Union", "say"),
        Q("indirect", "the EU \"does not tolerate\" violence at its borders", "Commission spokesperson", "stress"),
        Q("indirect", "the allegations, if confirmed, would amount to \"inhuman and degrading treatment\"", "Michael O'Flaherty", "say", "letter"),
        Q("partial", "inhuman and degrading treatment", "Michael O'Flaherty", "say", "letter"),
        Q("indirect", "they had been robbed of their phones and money before being forced into the river", None, "say", optional=True),
    ],
    dates=[
        D("Feb 5", "DATE", "2026-02-05"),
        D("Thursday", "DATE", "2026-02-05"),
        D("Wednesday", "DATE", "2026-02-04"),
        D("January", "DATE", "2026-01"),
    ],
    stances=[
        S("Croatia", "reject", None, evidence="denied that its police had broken the law"),
        S("Davor Božinović", "reject", None, evidence="\"nobody can conclude from a video of poor quality who these people are\""),
        S("UNHCR", "concern", None, "pushbacks of migrants", "it was \"shocked\" by the images"),
        S("UNHCR", "appeal", "Croatia", "hear asylum claims", "urged Croatia to ensure that people seeking protection were not returned"),
        S("Marta Ilić", "criticize", "Croatia", evidence="Pushbacks are illegal under European and international law"),
        S("Nenad Nešić", "criticize", "Croatia", evidence="would send a protest note to Zagreb"),
        S("Nenad Nešić", "demand", "Croatia", "take back the migrants", "demanded that Croatia take back the migrants"),
        S("European Union", "demand", "Croatia", "independent investigation", "expected a \"thorough and independent\" investigation"),
        S("Michael O'Flaherty", "concern", None, "inhuman and degrading treatment", "would amount to \"inhuman and degrading treatment\""),
    ],
    notes="Invented article (sixth held-out set; the footage, Ilić and all quoted words are invented; Božinović, Nešić "
          "and O'Flaherty used freely). 'the ministry' is Croatia's interior ministry; Croatia's denial and "
          "Božinović's dismissal of the video are kept apart (country and minister). The unattributed 'calls for an "
          "independent inquiry' in the lead take no holder. UNHCR's 'shocked' is concern; Ilić's quote criticises "
          "Croatia without naming it (the context does). The protest note is a criticism. The European Commission "
          "speaks for the EU; its spokesperson's 'does not tolerate' is background principle (no stance). "
          "O'Flaherty's conditional finding is concern. 'the network' is the BVMN; the migrants are unnamed "
          "(optional quote).",
)


# --------------------------------------------------------------------------- 4. Danish engineer freed by Iran after Omani mediation (feature; shared surname, pronouns)
HOSTAGE = """ date 2026-07-14 MUSCAT, July 14 - A Danish engineer held in Iran for nearly three years landed in Muscat on Tuesday after Oman brokered his release, the sultanate's foreign ministry said, in a deal that Copenhagen insisted involved no ransom.

Mikkel Sørensen, 52, was arrested at Tehran's airport in September 2023 while leaving the country after a work trip and was later sentenced to ten years in prison for "espionage for the Zionist regime", a charge he and his family always denied. He appeared thin but smiling as he stepped off an Omani air force plane, where he was met by Denmark's ambassador to Oman.

"I never stopped believing this day would come," he told Danish broadcaster DR in a short interview on the tarmac. "I want to thank Oman. Without them I would still be in Evin."

Oman's foreign minister, Badr Albusaidi, said his country had acted "out of humanitarian conviction" and that he had travelled to Tehran twice in recent months to discuss the case. He did not say what, if anything, Iran had received in return.

Danish Prime Minister Mette Frederiksen thanked Sultan Haitham bin Tariq in a phone call and said Denmark was "deeply grateful" for Oman's "quiet and patient" diplomacy. Asked by reporters whether Copenhagen had paid money or released anyone, she said: "No. Denmark does not pay for hostages, and it did not do so this time."

In Tehran, the judiciary's Mizan news agency said Sørensen had been "pardoned on humanitarian grounds" by the head of the judiciary, Gholam-Hossein Mohseni-Ejei, at the request of "friendly countries". It did not mention Oman by name.

His sister, Line Sørensen, who campaigned for his release for three years, said the family was "overjoyed" but would not forget the other Europeans still detained in Iran. She called on European governments to "stop treating hostage diplomacy as normal".

The European Union's foreign service welcomed the release and urged Iran to free all EU citizens "arbitrarily detained" in the country, whom it put at around 20."""

build(
    "hostage-iran-denmark-oman-2026-07-14", HOSTAGE,
    actors=[
        A("Denmark", "country", "DNK", aliases=["Danish", "Copenhagen"]),
        A("Iran", "country", "IRN", aliases=["Tehran", "Iranian", "Tehran's"]),
        A("Oman", "country", "OMN", aliases=["Omani", "the sultanate's foreign ministry", "the sultanate", "Oman's"]),
        A("Mikkel Sørensen", "person", "DNK", "engineer", ["Sørensen", "Sorensen", "Mikkel Sorensen", "A Danish engineer"]),
        A("Denmark's ambassador to Oman", "person", "DNK", "ambassador to Oman", [], anonymous=True),
        A("DR", "organization", "DNK", aliases=["Danish broadcaster DR"]),
        A("Badr Albusaidi", "person", "OMN", "Foreign Minister", ["Albusaidi", "Oman's foreign minister"]),
        A("Mette Frederiksen", "person", "DNK", "Prime Minister", ["Frederiksen", "Danish Prime Minister Mette Frederiksen"]),
        A("Haitham bin Tariq", "person", "OMN", "Sultan", ["Sultan Haitham bin Tariq", "Sultan Haitham"]),
        A("Mizan", "organization", "IRN", aliases=["the judiciary's Mizan news agency", "Mizan news agency"]),
        A("Gholam-Hossein Mohseni-Ejei", "person", "IRN", "head of the judiciary", ["Mohseni-Ejei", "the head of the judiciary"]),
        A("Line Sørensen", "person", "DNK", "sister of Mikkel Sørensen", ["Line Sorensen", "His sister"]),
        A("European Union", "organization", None, aliases=["EU", "The European Union's foreign service", "European External Action Service"]),
    ],
    quotes=[
        Q("indirect", "A Danish engineer held in Iran for nearly three years landed in Muscat on Tuesday after Oman brokered his release", "Oman", "say"),
        Q("indirect", "involved no ransom", "Denmark", "insist", optional=True),
        Q("partial", "espionage for the Zionist regime", "Iran", None, optional=True),
        Q("direct", "I never stopped believing this day would come,", "Mikkel Sørensen", "tell", "interview"),
        Q("direct", "I want to thank Oman. Without them I would still be in Evin.", "Mikkel Sørensen", None, "interview"),
        Q("indirect", "his country had acted \"out of humanitarian conviction\" and that he had travelled to Tehran twice in recent months to discuss the case", "Badr Albusaidi", "say"),
        Q("partial", "out of humanitarian conviction", "Badr Albusaidi", "say"),
        Q("indirect", "Denmark was \"deeply grateful\" for Oman's \"quiet and patient\" diplomacy", "Mette Frederiksen", "say"),
        Q("partial", "deeply grateful", "Mette Frederiksen", "say"),
        Q("partial", "quiet and patient", "Mette Frederiksen", "say"),
        Q("direct", "No. Denmark does not pay for hostages, and it did not do so this time.", "Mette Frederiksen", "say", "press conference"),
        Q("indirect", "Sørensen had been \"pardoned on humanitarian grounds\" by the head of the judiciary, Gholam-Hossein Mohseni-Ejei, at the request of \"friendly countries\"", "Mizan", "say"),
        Q("partial", "pardoned on humanitarian grounds", "Mizan", "say"),
        Q("partial", "friendly countries", "Mizan", "say", optional=True),
        Q("indirect", "the family was \"overjoyed\" but would not forget the other Europeans still detained in Iran", "Line Sørensen", "say"),
        Q("partial", "stop treating hostage diplomacy as normal", "Line Sørensen", "call"),
        Q("partial", "arbitrarily detained", "European Union", "urge", optional=True),
    ],
    dates=[
        D("July 14", "DATE", "2026-07-14"),
        D("three years", "DURATION", "P3Y", 0),
        D("Tuesday", "DATE", "2026-07-14"),
        D("September 2023", "DATE", "2023-09"),
        D("ten years", "DURATION", "P10Y"),
        D("recent months", "DURATION", "PXM"),
        D("three years", "DURATION", "P3Y", 1),
    ],
    stances=[
        S("Oman", "mediate", None, None, "Oman brokered his release"),
        S("Mikkel Sørensen", "praise", "Oman", evidence="I want to thank Oman"),
        S("Badr Albusaidi", "consult", "Iran", evidence="he had travelled to Tehran twice in recent months to discuss the case"),
        S("Mette Frederiksen", "consult", "Haitham bin Tariq", evidence="thanked Sultan Haitham bin Tariq in a phone call"),
        S("Mette Frederiksen", "praise", "Oman", evidence="\"deeply grateful\" for Oman's \"quiet and patient\" diplomacy"),
        S("Line Sørensen", "appeal", None, "end hostage diplomacy", "called on European governments to \"stop treating hostage diplomacy as normal\""),
        S("European Union", "welcome", None, evidence="welcomed the release"),
        S("European Union", "demand", "Iran", "release of detained EU citizens", "urged Iran to free all EU citizens"),
    ],
    notes="Invented article (sixth held-out set; Mikkel and Line Sørensen, the case and all quoted words are invented; "
          "Albusaidi, Frederiksen, the Sultan and Mohseni-Ejei used freely). Two people share a surname: the bare "
          "'Sørensen' (Mizan's report) and 'he', 'him', 'his' are Mikkel; Line is 'His sister' and 'She'. The "
          "sultanate's foreign ministry speaks for Oman. Mizan, the judiciary's agency, reports in its own voice. "
          "'espionage for the Zionist regime' is the Iranian charge (optional quote); 'Copenhagen insisted involved no "
          "ransom' an optional indirect quote of Denmark. Frederiksen's denial of a ransom answers reporters, not an "
          "actor (no stance). Line's appeal is to 'European governments' (no single actor). 'this day' in the quote "
          "and 'this time' are not annotated.",
)


# --------------------------------------------------------------------------- 5. Qosh Tepa canal opens on the Amu Darya (analysis; ministries, state agency, private officials)
CANAL = """ date 2026-04-28 TASHKENT, April 28 - Uzbekistan on Tuesday called for urgent talks with Afghanistan's Taliban authorities after the first water flowed into the Qosh Tepa canal, a 285-kilometre channel that will divert a fifth of the Amu Darya river's flow to irrigate northern Afghan farmland.

The Uzbek foreign ministry said in a statement that the canal "must not be operated in a way that harms the legitimate interests of downstream countries" and proposed a joint technical commission to agree on how much water it may take. Uzbekistan, one of the world's largest cotton exporters, depends on the Amu Darya for much of its irrigation.

Turkmenistan's state news agency TDH reported that President Serdar Berdimuhamedov had discussed "rational water use in the region" with his Uzbek counterpart, Shavkat Mirziyoyev, by telephone on Monday evening.

In Kabul, the Taliban's Ministry of Energy and Water rejected any suggestion that Afghanistan needed permission to use its share of the river. "For forty years Afghanistan's water has flowed to others while our people went hungry," deputy minister Mujib Rahman Omar said at a ceremony at the canal's head in Balkh province. "This canal belongs to the Afghan nation."

He added that the Islamic Emirate was "open to dialogue with our brothers in Central Asia" but would not accept "pressure".

Kazakhstan, which is not directly affected, offered to host a regional water conference in Astana in the autumn. The International Crisis Group warned in a report this month that the canal could become "a flashpoint in a region already short of water" unless the three countries reached an agreement.

The canal, which the Taliban began building in 2022, has been dug largely without foreign help. Engineers have said that its unlined earth channel could lose up to 30 per cent of its water to seepage.

Officials in Tashkent, speaking privately, said they were particularly concerned about the summer months, when demand peaks. One described the Taliban's approach as "build first, talk later"."""

build(
    "canal-amudarya-afghanistan-uzbekistan-2026-04-28", CANAL,
    actors=[
        A("Uzbekistan", "country", "UZB", aliases=["Uzbek", "Tashkent", "The Uzbek foreign ministry"]),
        A("Afghanistan", "country", "AFG", aliases=["Afghan", "Kabul", "Afghanistan's Taliban authorities", "the Taliban's Ministry of Energy and Water", "the Islamic Emirate", "the Taliban", "Taliban"]),
        A("Turkmenistan", "country", "TKM", aliases=["Turkmen", "Turkmenistan's"]),
        A("TDH", "organization", "TKM", aliases=["Turkmenistan's state news agency TDH", "Turkmen State News Agency"]),
        A("Serdar Berdimuhamedov", "person", "TKM", "President", ["Berdimuhamedov", "President Serdar Berdimuhamedov"]),
        A("Shavkat Mirziyoyev", "person", "UZB", "President", ["Mirziyoyev", "his Uzbek counterpart"]),
        A("Mujib Rahman Omar", "person", "AFG", "deputy minister of energy and water", ["Omar", "deputy minister Mujib Rahman Omar"]),
        A("Kazakhstan", "country", "KAZ", aliases=["Kazakh", "Astana"]),
        A("International Crisis Group", "organization", None, aliases=["The International Crisis Group", "Crisis Group"]),
        A("Uzbek officials", "group", "UZB", aliases=["Officials in Tashkent", "One"], anonymous=True),
    ],
    quotes=[
        Q("indirect", "the canal \"must not be operated in a way that harms the legitimate interests of downstream countries\"", "Uzbekistan", "say", "statement"),
        Q("partial", "must not be operated in a way that harms the legitimate interests of downstream countries", "Uzbekistan", "say", "statement"),
        Q("indirect", "President Serdar Berdimuhamedov had discussed \"rational water use in the region\" with his Uzbek counterpart, Shavkat Mirziyoyev, by telephone on Monday evening", "TDH", "report"),
        Q("partial", "rational water use in the region", "TDH", "report", optional=True),
        Q("direct", "For forty years Afghanistan's water has flowed to others while our people went hungry,", "Mujib Rahman Omar", "say"),
        Q("direct", "This canal belongs to the Afghan nation.", "Mujib Rahman Omar", None),
        Q("indirect", "the Islamic Emirate was \"open to dialogue with our brothers in Central Asia\" but would not accept \"pressure\"", "Mujib Rahman Omar", "add"),
        Q("partial", "open to dialogue with our brothers in Central Asia", "Mujib Rahman Omar", "add"),
        Q("partial", "pressure", "Mujib Rahman Omar", "add", optional=True),
        Q("indirect", "the canal could become \"a flashpoint in a region already short of water\" unless the three countries reached an agreement", "International Crisis Group", "warn", "report"),
        Q("partial", "a flashpoint in a region already short of water", "International Crisis Group", "warn", "report"),
        Q("indirect", "its unlined earth channel could lose up to 30 per cent of its water to seepage", None, "say", optional=True),
        Q("indirect", "they were particularly concerned about the summer months, when demand peaks", "Uzbek officials", "say"),
        Q("partial", "build first, talk later", "Uzbek officials", "describe"),
    ],
    dates=[
        D("April 28", "DATE", "2026-04-28"),
        D("Tuesday", "DATE", "2026-04-28"),
        D("Monday evening", "TIME", "2026-04-27TEV"),
        D("forty years", "DURATION", "P40Y"),
        D("the autumn", "DATE", "2026-FA"),
        D("this month", "DATE", "2026-04"),
        D("2022", "DATE", "2022"),
        D("the summer months", "DATE", "2026-SU"),
    ],
    stances=[
        S("Uzbekistan", "appeal", "Afghanistan", "negotiations", "called for urgent talks with Afghanistan's Taliban authorities"),
        S("Uzbekistan", "demand", "Afghanistan", "protect downstream water interests", "\"must not be operated in a way that harms the legitimate interests of downstream countries\""),
        S("Serdar Berdimuhamedov", "consult", "Shavkat Mirziyoyev", evidence="had discussed \"rational water use in the region\" with his Uzbek counterpart"),
        S("Afghanistan", "reject", "Uzbekistan", evidence="rejected any suggestion that Afghanistan needed permission"),
        S("Mujib Rahman Omar", "reject", "Uzbekistan", evidence="would not accept \"pressure\""),
        S("Kazakhstan", "mediate", None, None, "offered to host a regional water conference"),
        S("International Crisis Group", "concern", None, "conflict over water", "\"a flashpoint in a region already short of water\""),
        S("Uzbek officials", "concern", None, "water shortage in summer", "particularly concerned about the summer months"),
        S("Uzbek officials", "criticize", "Afghanistan", evidence="described the Taliban's approach as \"build first, talk later\""),
    ],
    notes="Invented article (sixth held-out set; the canal opening, Omar and all quoted words are invented; Mirziyoyev "
          "and Berdimuhamedov used freely). The Taliban authorities, their ministry and 'the Islamic Emirate' are "
          "Afghanistan; the Uzbek foreign ministry is Uzbekistan. TDH reports the presidents' call in its own voice "
          "(the call itself is a consultation). The proposed joint commission is part of Uzbekistan's demand and call "
          "for talks (no separate stance). Omar's 'For forty years ...' is a complaint without a single target; his "
          "'open to dialogue' is no stance, his refusal of 'pressure' answers Uzbekistan. The anonymous 'Officials in "
          "Tashkent' are one group of Uzbekistan ('One' of them). The engineers are unnamed (optional quote). 'in the "
          "autumn' is 2026-FA, 'the summer months' 2026-SU.",
)


# --------------------------------------------------------------------------- 6. rocket debris falls on a Philippine school (reaction and press roundup)
DEBRIS = """ date 2026-11-10 Rocket debris lands in Philippine village: what Manila, Beijing and others said

A charred metal cylinder about four metres long crashed through the roof of a school storeroom in the town of Brooke's Point, on the island of Palawan, early on Monday, injuring two caretakers. The Philippine Space Agency (PhilSA) said on Monday evening that markings on the object matched the upper stage of a Long March 5B rocket launched from Hainan island on Saturday. Here is a summary of the reactions.

Manila: The Department of Foreign Affairs said it had summoned China's ambassador, Zhou Wei, and demanded compensation for the injured and for the damage. "We have warned about uncontrolled re-entries for years. Our warnings were ignored," Foreign Secretary Theresa Lazaro told a press briefing. President Ferdinand Marcos Jr. ordered the coast guard to search nearby waters for more fragments.

Beijing: Foreign ministry spokesperson Lin Jian said China "has always used outer space peacefully and responsibly" and that the re-entry had been "closely monitored". He said Beijing was "verifying the relevant information" and expressed sympathy for the injured, but did not confirm that the debris was Chinese.

Washington: NASA Administrator Jared Isaacman wrote on X that China had "once again failed to meet responsible standards regarding its space debris" and called on Beijing to design rocket stages that do not fall back to Earth uncontrolled.

Tokyo and Canberra: Japan's chief cabinet secretary said Tokyo was "seriously concerned" about the risk to people and ships in the region. Australia's foreign minister, Penny Wong, said on Tuesday that Canberra stood with the Philippines and supported its request for compensation.

The press: The Philippine Daily Inquirer said in an editorial that the incident showed the need for "a binding international treaty on rocket re-entries". China's nationalist Global Times accused Western media of "hyping" a minor accident to smear China's space programme.

The injured: One of the caretakers, 58-year-old Rodolfo Dizon, told local radio from his hospital bed that he thought "the sky was falling". "I am still shaking," he said."""

build(
    "debris-palawan-philippines-china-2026-11-10", DEBRIS,
    actors=[
        A("Philippines", "country", "PHL", aliases=["the Philippines", "Philippine", "Manila", "The Department of Foreign Affairs", "Department of Foreign Affairs"]),
        A("Philippine Space Agency", "organization", "PHL", aliases=["PhilSA", "The Philippine Space Agency"]),
        A("China", "country", "CHN", aliases=["Chinese", "Beijing", "China's"]),
        A("Zhou Wei", "person", "CHN", "Ambassador", ["China's ambassador"]),
        A("Theresa Lazaro", "person", "PHL", "Foreign Secretary", ["Lazaro", "Foreign Secretary Theresa Lazaro"]),
        A("Ferdinand Marcos Jr.", "person", "PHL", "President", ["Marcos", "President Ferdinand Marcos Jr.", "Ferdinand Marcos"]),
        A("Philippine Coast Guard", "organization", "PHL", aliases=["the coast guard"]),
        A("Lin Jian", "person", "CHN", "foreign ministry spokesperson", ["Lin", "Foreign ministry spokesperson Lin Jian"]),
        A("United States", "country", "USA", aliases=["Washington", "U.S."]),
        A("NASA", "organization", "USA", aliases=[]),
        A("Jared Isaacman", "person", "USA", "NASA Administrator", ["Isaacman", "NASA Administrator Jared Isaacman"], organization="NASA"),
        A("Japan", "country", "JPN", aliases=["Tokyo", "Japanese", "Japan's"]),
        A("Japan's chief cabinet secretary", "person", "JPN", "Chief Cabinet Secretary", [], anonymous=True),
        A("Australia", "country", "AUS", aliases=["Canberra", "Australian", "Australia's"]),
        A("Penny Wong", "person", "AUS", "Foreign Minister", ["Wong", "Australia's foreign minister"]),
        A("Philippine Daily Inquirer", "organization", "PHL", aliases=["The Philippine Daily Inquirer", "Inquirer"]),
        A("Global Times", "organization", "CHN", aliases=["China's nationalist Global Times"]),
        A("Western media", "group", None, aliases=[]),
        A("Rodolfo Dizon", "person", "PHL", "caretaker", ["Dizon", "One of the caretakers"]),
    ],
    quotes=[
        Q("indirect", "markings on the object matched the upper stage of a Long March 5B rocket launched from Hainan island on Saturday", "Philippine Space Agency", "say"),
        Q("indirect", "it had summoned China's ambassador, Zhou Wei, and demanded compensation for the injured and for the damage", "Philippines", "say"),
        Q("direct", "We have warned about uncontrolled re-entries for years. Our warnings were ignored,", "Theresa Lazaro", "tell", "press conference"),
        Q("indirect", "China \"has always used outer space peacefully and responsibly\" and that the re-entry had been \"closely monitored\"", "Lin Jian", "say"),
        Q("partial", "has always used outer space peacefully and responsibly", "Lin Jian", "say"),
        Q("partial", "closely monitored", "Lin Jian", "say"),
        Q("indirect", "Beijing was \"verifying the relevant information\"", "Lin Jian", "say"),
        Q("partial", "verifying the relevant information", "Lin Jian", "say"),
        Q("indirect", "China had \"once again failed to meet responsible standards regarding its space debris\"", "Jared Isaacman", "write", "twitter"),
        Q("partial", "once again failed to meet responsible standards regarding its space debris", "Jared Isaacman", "write", "twitter"),
        Q("indirect", "Tokyo was \"seriously concerned\" about the risk to people and ships in the region", "Japan's chief cabinet secretary", "say"),
        Q("partial", "seriously concerned", "Japan's chief cabinet secretary", "say"),
        Q("indirect", "Canberra stood with the Philippines and supported its request for compensation", "Penny Wong", "say"),
        Q("indirect", "the incident showed the need for \"a binding international treaty on rocket re-entries\"", "Philippine Daily Inquirer", "say", "editorial"),
        Q("partial", "a binding international treaty on rocket re-entries", "Philippine Daily Inquirer", "say", "editorial"),
        Q("partial", "hyping", "Global Times", "accuse", optional=True),
        Q("indirect", "he thought \"the sky was falling\"", "Rodolfo Dizon", "tell", "interview"),
        Q("partial", "the sky was falling", "Rodolfo Dizon", "tell", "interview"),
        Q("direct", "I am still shaking,", "Rodolfo Dizon", "say", "interview"),
    ],
    dates=[
        D("Monday", "DATE", "2026-11-09"),
        D("Monday evening", "TIME", "2026-11-09TEV"),
        D("Saturday", "DATE", "2026-11-07"),
        D("years", "DURATION", "PXY"),
        D("Tuesday", "DATE", "2026-11-10"),
    ],
    stances=[
        S("Philippines", "criticize", "China", evidence="it had summoned China's ambassador, Zhou Wei"),
        S("Philippines", "demand", "China", "compensation", "demanded compensation for the injured and for the damage"),
        S("Theresa Lazaro", "criticize", "China", evidence="Our warnings were ignored"),
        S("Lin Jian", "reject", None, evidence="\"has always used outer space peacefully and responsibly\""),
        S("Lin Jian", "concern", None, "the injured", "expressed sympathy for the injured"),
        S("Jared Isaacman", "criticize", "China", evidence="\"once again failed to meet responsible standards regarding its space debris\""),
        S("Jared Isaacman", "appeal", "China", "controlled re-entry of rocket stages", "called on Beijing to design rocket stages that do not fall back to Earth uncontrolled"),
        S("Japan", "concern", None, "risk to people and ships", "Tokyo was \"seriously concerned\" about the risk to people and ships"),
        S("Penny Wong", "support", "Philippines", evidence="Canberra stood with the Philippines and supported its request for compensation"),
        S("Philippine Daily Inquirer", "appeal", None, "binding treaty on rocket re-entries", "the need for \"a binding international treaty on rocket re-entries\""),
        S("Global Times", "accuse", "Western media", evidence="accused Western media of \"hyping\" a minor accident"),
    ],
    notes="Invented article (sixth held-out set; the debris fall, Zhou Wei, Dizon and all quoted words are invented; "
          "Lazaro, Marcos, Lin Jian, Isaacman and Wong used freely). Roundup with place-name labels ('Manila:', "
          "'Beijing:') that are not speakers. The Department of Foreign Affairs speaks for the Philippines; the summons "
          "is a criticism. Lin Jian's 'always used outer space peacefully' rejects the blame (null target); his "
          "sympathy for the injured is concern. The chief cabinet secretary, named by title only, states Japan's "
          "position (holder Japan, as for spokespersons in dev4). Wong's 'Canberra stood with' is kept as hers. The "
          "Inquirer's editorial and the Global Times speak in their own voice. Marcos's order to the coast guard is no "
          "stance. 'early on Monday' is annotated on 'Monday'; 'for years' on 'years'.",
)


if __name__ == "__main__":
    WRITER.report()
