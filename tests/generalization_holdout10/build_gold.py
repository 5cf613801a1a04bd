"""Builds the tenth held-out set (NAME.txt) and its hand-written gold (NAME.gold.json).

Tenth held-out set: 6 invented reaction articles written on 2026-11-26 by a helper who changed no
library code and did not read the library's source, at the same time as the ninth development set;
the gold was committed before reactlib was run on anything. Held out: do not read or tune against it.
As in ``tests/generalization_dev9/build_gold.py``, the annotation lives here as data so that offsets
are computed, never typed (a quote or date is given by its text and, where the same words occur more
than once, by its occurrence number, 0-based). Run `python3 tests/generalization_holdout10/build_gold.py`
after editing. Conventions follow ../shared/eval/GOLD_FORMAT.md and the ninth development set:
countries speak through their ministries, capitals and unnamed heads of government; a recall is a
criticism; background takes no stance; negated or hedged stances ("stopped short of criticising",
"did not say whether", "not against") are not annotated; anonymous officials are actors of the
country the context gives them; an appeal to "both governments" or "all states" has a null target;
an aid offer to no named country is support with a null target; regret is concern; a decree or
letter speaks for its signer; a single-word quoted partial is optional.
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


# --------------------------------------------------------------------------- 1. naval blockade of a fishing fleet (wire, "local time (GMT)", anonymous officer)
BLOCKADE = """ date 2026-01-21 MANAGUA/BOGOTA, Jan 21 (Reuters) - Colombian warships have blocked some 30 Nicaraguan fishing boats from leaving the waters around the Luna Verde cays since Monday, Nicaragua said on Wednesday, calling the blockade an act of "piracy" and asking the Organization of American States (OAS) to intervene.

The frigate ARC Almirante Padilla and two patrol boats closed in on the fleet at 6:30 a.m. local time (1130 GMT) on Monday, Nicaragua's navy said, and have not let any vessel sail since. About 400 fishermen are on board, and food and fuel are running low, their union said.

Colombia's Defence Minister, General (ret.) Hernán Quintero, said the navy was "enforcing Colombian law in Colombian waters" and would let the boats leave once their captains paid fines for illegal fishing. "Nobody is blockading anyone," he told Caracol Radio on Tuesday. "We are inspecting."

Nicaragua's foreign minister, Marlene Obando, rejected that account. In a letter to the OAS secretary general dated January 20, she said the cays lay in waters the International Court of Justice had awarded to Nicaragua in 2012, and accused Bogota of "holding hungry workers hostage". She demanded the fleet's release "within 24 hours".

A Colombian naval officer, who spoke on condition of anonymity, said the fishermen had been offered water and medicine and had refused them.

The OAS said its permanent council would meet in Washington on Friday. Costa Rica and Panama urged both governments to show restraint. Honduras, whose fishermen also work the area, said it was "following with concern" and called for talks.

The U.S. State Department declined to comment.

The dispute over the cays, about 150 km east of the Nicaraguan coast, has flared repeatedly for more than a decade."""

build(
    "naval-blockade-luna-verde-2026-01-21", BLOCKADE,
    actors=[
        A("Colombia", "country", "COL", aliases=["Colombian", "Bogota", "the navy"]),
        A("Nicaragua", "country", "NIC", aliases=["Nicaragua's navy", "Nicaraguan"]),
        A("Organization of American States", "organization", None, aliases=["the Organization of American States", "OAS", "its permanent council"]),
        A("fishermen's union", "organization", "NIC", aliases=["their union"]),
        A("Hernán Quintero", "person", "COL", "Defence Minister", ["Colombia's Defence Minister, General (ret.) Hernán Quintero", "he"]),
        A("Marlene Obando", "person", "NIC", "foreign minister", ["Nicaragua's foreign minister, Marlene Obando", "she", "She"]),
        A("International Court of Justice", "organization", None, aliases=["the International Court of Justice"]),
        A("Colombian naval officer", "person", "COL", "naval officer", ["A Colombian naval officer"], anonymous=True),
        A("Costa Rica", "country", "CRI"),
        A("Panama", "country", "PAN"),
        A("Honduras", "country", "HND"),
        A("United States", "country", "USA", aliases=["The U.S. State Department"]),
    ],
    quotes=[
        Q("partial", "piracy", "Nicaragua", "call", optional=True),
        Q("indirect", "The frigate ARC Almirante Padilla and two patrol boats closed in on the fleet at 6:30 a.m. local time (1130 GMT) on Monday", "Nicaragua", "say"),
        Q("indirect", "About 400 fishermen are on board, and food and fuel are running low", "fishermen's union", "say"),
        Q("indirect", "the navy was \"enforcing Colombian law in Colombian waters\" and would let the boats leave once their captains paid fines for illegal fishing", "Hernán Quintero", "say"),
        Q("partial", "enforcing Colombian law in Colombian waters", "Hernán Quintero", "say"),
        Q("direct", "Nobody is blockading anyone,", "Hernán Quintero", "tell", "radio"),
        Q("direct", "We are inspecting.", "Hernán Quintero", "tell", "radio"),
        Q("indirect", "the cays lay in waters the International Court of Justice had awarded to Nicaragua in 2012", "Marlene Obando", "say", "letter"),
        Q("partial", "holding hungry workers hostage", "Marlene Obando", "accuse", "letter"),
        Q("partial", "within 24 hours", "Marlene Obando", "demand", "letter"),
        Q("indirect", "the fishermen had been offered water and medicine and had refused them", "Colombian naval officer", "say"),
        Q("indirect", "its permanent council would meet in Washington on Friday", "Organization of American States", "say"),
        Q("indirect", "it was \"following with concern\"", "Honduras", "say"),
        Q("partial", "following with concern", "Honduras", "say"),
    ],
    dates=[
        D("Jan 21", "DATE", "2026-01-21"),
        D("Monday", "DATE", "2026-01-19", 0),
        D("Wednesday", "DATE", "2026-01-21"),
        D("6:30 a.m. local time", "TIME", "2026-01-19T06:30"),
        D("1130 GMT", "TIME", "2026-01-19T11:30"),
        D("Monday", "DATE", "2026-01-19", 1),
        D("Tuesday", "DATE", "2026-01-20"),
        D("January 20", "DATE", "2026-01-20"),
        D("2012", "DATE", "2012"),
        D("24 hours", "DURATION", "PT24H"),
        D("Friday", "DATE", "2026-01-23"),
        D("more than a decade", "DURATION", "P1DE"),
    ],
    stances=[
        S("Nicaragua", "accuse", "Colombia", evidence="calling the blockade an act of \"piracy\""),
        S("Nicaragua", "appeal", "Organization of American States", "intervene", "asking the Organization of American States (OAS) to intervene"),
        S("Hernán Quintero", "reject", "Nicaragua", evidence="Nobody is blockading anyone"),
        S("Marlene Obando", "reject", "Colombia", evidence="rejected that account"),
        S("Marlene Obando", "accuse", "Colombia", evidence="accused Bogota of \"holding hungry workers hostage\""),
        S("Marlene Obando", "demand", "Colombia", "release of the fleet", "She demanded the fleet's release"),
        S("Costa Rica", "appeal", None, "restraint", "urged both governments to show restraint"),
        S("Panama", "appeal", None, "restraint", "urged both governments to show restraint"),
        S("Honduras", "concern", None, "blockade", "it was \"following with concern\""),
        S("Honduras", "appeal", None, "negotiations", "called for talks"),
    ],
    notes="Invented article (tenth held-out set; the cays, the blockade and every person and quoted word are "
          "invented). '6:30 a.m. local time (1130 GMT)' is two TIME expressions. The U.S. 'declined to comment': an "
          "actor without stance. Caracol Radio only carries Quintero's words. The anonymous officer's claim is not a stance.",
)


# --------------------------------------------------------------------------- 2. border river diverted (Q&A explainer, "on the eve of")
RIVER = """ date 2026-03-11 Explainer: Why Chile is furious about Bolivia's new canal on the Silala

SANTIAGO, March 11 - Bolivia this week opened the sluice gates of a 9-km canal that sends part of the Silala's water away from the border and toward a lithium plant near Uyuni. Chile says the diversion breaks a 2022 ruling of the International Court of Justice. Here are the main questions.

What did Bolivia do?

Bolivian engineers opened the canal on Sunday at noon. Water Minister Rubén Quispe Mamani said on Monday that "not one drop more" than Bolivia's share had been diverted and that the plant would create 3,000 jobs. "The Silala is born in Bolivia. We use what is ours," he said.

Why does Chile object?

The ICJ found in December 2022 that the Silala is an international watercourse, which means both countries must use it fairly and warn each other before major works. Chile's foreign minister, Ignacio Valdivieso, said Bolivia had given "no notice at all" and called the canal "a flagrant violation" of the ruling. Santiago recalled its consul general in La Paz for consultations on Tuesday.

What are people downstream saying?

Farmers in the Atacama village of Ollagüe say the flow in their channel has halved. "Our llamas drink from this water. Without it, we leave," said Rosa Chambi, the village's council president.

Will Chile go back to court?

Valdivieso said Chile would "use every legal avenue", including a new case at The Hague, if the gates were not closed within 30 days. Bolivian President Marcelo Antezana replied in a speech in Potosí that Chile had "no right to give orders" and invited Santiago to a joint technical commission.

Who else has spoken?

Argentina, which shares other Andean rivers with both, offered to host talks. The UN's special rapporteur on water, Dr. Kwame Osei, said the dispute showed how the rush for lithium was "putting fragile water systems at risk", without taking sides.

What happens next?

Chile's Senate will debate the issue on the eve of Easter; engineers from both sides are due to inspect the canal in the coming weeks."""

build(
    "river-diverted-silala-2026-03-11", RIVER,
    actors=[
        A("Bolivia", "country", "BOL", aliases=["Bolivian", "Bolivian engineers"]),
        A("Chile", "country", "CHL", aliases=["Santiago", "Chile's Senate"]),
        A("International Court of Justice", "organization", None, aliases=["the International Court of Justice", "ICJ", "The ICJ"]),
        A("Rubén Quispe Mamani", "person", "BOL", "Water Minister", ["Water Minister Rubén Quispe Mamani", "he"]),
        A("Ignacio Valdivieso", "person", "CHL", "foreign minister", ["Chile's foreign minister, Ignacio Valdivieso", "Valdivieso"]),
        A("farmers of Ollagüe", "group", "CHL", aliases=["Farmers in the Atacama village of Ollagüe"]),
        A("Rosa Chambi", "person", "CHL", "council president", ["Rosa Chambi, the village's council president"]),
        A("Marcelo Antezana", "person", "BOL", "President", ["Bolivian President Marcelo Antezana"]),
        A("Argentina", "country", "ARG"),
        A("Kwame Osei", "person", None, "special rapporteur on water", ["The UN's special rapporteur on water, Dr. Kwame Osei"], organization="United Nations"),
    ],
    quotes=[
        Q("indirect", "the diversion breaks a 2022 ruling of the International Court of Justice", "Chile", "say"),
        Q("indirect", "\"not one drop more\" than Bolivia's share had been diverted and that the plant would create 3,000 jobs", "Rubén Quispe Mamani", "say"),
        Q("partial", "not one drop more", "Rubén Quispe Mamani", "say"),
        Q("direct", "The Silala is born in Bolivia. We use what is ours,", "Rubén Quispe Mamani", "say"),
        Q("indirect", "Bolivia had given \"no notice at all\"", "Ignacio Valdivieso", "say"),
        Q("partial", "no notice at all", "Ignacio Valdivieso", "say"),
        Q("partial", "a flagrant violation", "Ignacio Valdivieso", "call"),
        Q("indirect", "the flow in their channel has halved", "farmers of Ollagüe", "say"),
        Q("direct", "Our llamas drink from this water. Without it, we leave,", "Rosa Chambi", "say"),
        Q("indirect", "Chile would \"use every legal avenue\", including a new case at The Hague, if the gates were not closed within 30 days", "Ignacio Valdivieso", "say"),
        Q("partial", "use every legal avenue", "Ignacio Valdivieso", "say"),
        Q("indirect", "Chile had \"no right to give orders\"", "Marcelo Antezana", "reply", "speech"),
        Q("partial", "no right to give orders", "Marcelo Antezana", "reply", "speech"),
        Q("indirect", "the dispute showed how the rush for lithium was \"putting fragile water systems at risk\"", "Kwame Osei", "say"),
        Q("partial", "putting fragile water systems at risk", "Kwame Osei", "say"),
    ],
    dates=[
        D("this week", "DATE", "2026-W11"),
        D("March 11", "DATE", "2026-03-11"),
        D("2022", "DATE", "2022", 0),
        D("Sunday at noon", "TIME", "2026-03-08T12:00"),
        D("Monday", "DATE", "2026-03-09"),
        D("December 2022", "DATE", "2022-12"),
        D("Tuesday", "DATE", "2026-03-10"),
        D("30 days", "DURATION", "P30D"),
        D("the eve of Easter", "DATE", "2026-04-04"),
        D("the coming weeks", "DURATION", "PXW"),
    ],
    stances=[
        S("Chile", "accuse", "Bolivia", evidence="the diversion breaks a 2022 ruling of the International Court of Justice"),
        S("Rubén Quispe Mamani", "reject", "Chile", evidence="The Silala is born in Bolivia. We use what is ours"),
        S("Ignacio Valdivieso", "criticize", "Bolivia", evidence="called the canal \"a flagrant violation\" of the ruling"),
        S("Chile", "criticize", "Bolivia", evidence="Santiago recalled its consul general in La Paz"),
        S("Ignacio Valdivieso", "threaten", "Bolivia", evidence="Chile would \"use every legal avenue\""),
        S("Marcelo Antezana", "reject", "Chile", evidence="Chile had \"no right to give orders\""),
        S("Marcelo Antezana", "appeal", "Chile", "negotiations", "invited Santiago to a joint technical commission"),
        S("Argentina", "mediate", None, evidence="offered to host talks"),
        S("Kwame Osei", "concern", None, "water systems at risk", "\"putting fragile water systems at risk\""),
    ],
    notes="Invented article (tenth held-out set; the canal and every person and quoted word are invented, the 2022 "
          "ICJ ruling is real background). Questions are headings, not quotes. 'the eve of Easter' is Holy Saturday "
          "2026 (Easter Sunday is 5 April). The rapporteur speaks 'without taking sides': concern with a null target. "
          "The ICJ and Chile's Senate take no stance.",
)


# --------------------------------------------------------------------------- 3. oil spill crossing a border (live blog, GMT time stamps, Facebook post)
SPILL = """ date 2026-07-08 LIVE UPDATES: Tanker spill off Senegal reaches Gambian beaches

Times are GMT, which both countries use.

07:30 GMT - Oil from the tanker Meridian Star, which broke apart 20 km off Senegal's Saloum delta on Saturday, has washed up on beaches near Banjul overnight, The Gambia's environment agency says.

08:15 GMT - Gambian Environment Minister Fatou Jallow-Ceesay on Facebook: "Our fishermen did not cause this. Those who did will pay for every metre of beach." She says Banjul will seek compensation from the ship's owner and insurer.

09:00 GMT - The tanker's Greek manager, Aegean Crest Shipping, says it "deeply regrets" the spill and has hired a salvage firm. A spokesman, Nikos Andreadis, tells us the crew of 22 are all safe.

09:40 GMT - Senegalese Prime Minister Abdoulaye Faye says his government has banned fishing in the Saloum delta for two weeks. He blames the ship's flag state, Liberia, for "letting a floating wreck sail".

10:20 GMT - Liberia's maritime authority rejects the criticism, saying the Meridian Star passed its last inspection in March.

11:05 GMT - Greenpeace Africa urges Dakar and Banjul to close the area to all tanker traffic "until the last drop is cleaned up".

11:50 GMT - France and Spain have offered oil-spill response vessels. The European Maritime Safety Agency (EMSA) says one of its ships will arrive off the delta by Friday.

12:30 GMT - An official at Senegal's fisheries ministry, who was not authorised to speak publicly, says about 8,000 fishermen are out of work "as of this morning".

13:10 GMT - The International Maritime Organization (IMO) says its secretary-general will visit the region next week."""

build(
    "oil-spill-saloum-2026-07-08", SPILL,
    actors=[
        A("Senegal", "country", "SEN", aliases=["Senegal's", "Dakar", "his government", "Senegalese"]),
        A("The Gambia", "country", "GMB", aliases=["The Gambia's environment agency", "Banjul", "Gambian"]),
        A("Fatou Jallow-Ceesay", "person", "GMB", "Environment Minister", ["Gambian Environment Minister Fatou Jallow-Ceesay", "She"]),
        A("Aegean Crest Shipping", "organization", "GRC", aliases=["The tanker's Greek manager, Aegean Crest Shipping", "the ship's owner"]),
        A("Nikos Andreadis", "person", "GRC", "spokesman", ["A spokesman, Nikos Andreadis"], organization="Aegean Crest Shipping"),
        A("Abdoulaye Faye", "person", "SEN", "Prime Minister", ["Senegalese Prime Minister Abdoulaye Faye", "He", "his"]),
        A("Liberia", "country", "LBR", aliases=["Liberia's maritime authority", "the ship's flag state"]),
        A("Greenpeace Africa", "organization", None),
        A("France", "country", "FRA"),
        A("Spain", "country", "ESP"),
        A("European Maritime Safety Agency", "organization", None, aliases=["The European Maritime Safety Agency", "EMSA"]),
        A("Senegalese fisheries official", "person", "SEN", "official", ["An official at Senegal's fisheries ministry"], anonymous=True),
        A("International Maritime Organization", "organization", None, aliases=["The International Maritime Organization", "IMO"]),
    ],
    quotes=[
        Q("indirect", "Oil from the tanker Meridian Star, which broke apart 20 km off Senegal's Saloum delta on Saturday, has washed up on beaches near Banjul overnight", "The Gambia", "say"),
        Q("direct", "Our fishermen did not cause this. Those who did will pay for every metre of beach.", "Fatou Jallow-Ceesay", None, "facebook"),
        Q("indirect", "Banjul will seek compensation from the ship's owner and insurer", "Fatou Jallow-Ceesay", "say"),
        Q("indirect", "it \"deeply regrets\" the spill and has hired a salvage firm", "Aegean Crest Shipping", "say"),
        Q("partial", "deeply regrets", "Aegean Crest Shipping", "say"),
        Q("indirect", "the crew of 22 are all safe", "Nikos Andreadis", "tell"),
        Q("indirect", "his government has banned fishing in the Saloum delta for two weeks", "Abdoulaye Faye", "say"),
        Q("partial", "letting a floating wreck sail", "Abdoulaye Faye", "blame"),
        Q("indirect", "the Meridian Star passed its last inspection in March", "Liberia", "say"),
        Q("partial", "until the last drop is cleaned up", "Greenpeace Africa", "urge"),
        Q("indirect", "one of its ships will arrive off the delta by Friday", "European Maritime Safety Agency", "say"),
        Q("indirect", "about 8,000 fishermen are out of work \"as of this morning\"", "Senegalese fisheries official", "say"),
        Q("partial", "as of this morning", "Senegalese fisheries official", "say"),
        Q("indirect", "its secretary-general will visit the region next week", "International Maritime Organization", "say"),
    ],
    dates=[
        D("07:30 GMT", "TIME", "2026-07-08T07:30"),
        D("Saturday", "DATE", "2026-07-04"),
        D("overnight", "TIME", "2026-07-07TNI"),
        D("08:15 GMT", "TIME", "2026-07-08T08:15"),
        D("09:00 GMT", "TIME", "2026-07-08T09:00"),
        D("09:40 GMT", "TIME", "2026-07-08T09:40"),
        D("two weeks", "DURATION", "P2W"),
        D("10:20 GMT", "TIME", "2026-07-08T10:20"),
        D("March", "DATE", "2026-03"),
        D("11:05 GMT", "TIME", "2026-07-08T11:05"),
        D("11:50 GMT", "TIME", "2026-07-08T11:50"),
        D("Friday", "DATE", "2026-07-10"),
        D("12:30 GMT", "TIME", "2026-07-08T12:30"),
        D("this morning", "TIME", "2026-07-08TMO"),
        D("13:10 GMT", "TIME", "2026-07-08T13:10"),
        D("next week", "DATE", "2026-W29"),
    ],
    stances=[
        S("Fatou Jallow-Ceesay", "threaten", None, evidence="Those who did will pay for every metre of beach"),
        S("Fatou Jallow-Ceesay", "demand", "Aegean Crest Shipping", "compensation", "Banjul will seek compensation from the ship's owner"),
        S("Aegean Crest Shipping", "concern", None, "the spill", "it \"deeply regrets\" the spill"),
        S("Abdoulaye Faye", "accuse", "Liberia", evidence="He blames the ship's flag state, Liberia"),
        S("Liberia", "reject", "Abdoulaye Faye", evidence="Liberia's maritime authority rejects the criticism"),
        S("Greenpeace Africa", "demand", "Senegal", "close the area to tanker traffic", "urges Dakar and Banjul to close the area to all tanker traffic"),
        S("Greenpeace Africa", "demand", "The Gambia", "close the area to tanker traffic", "urges Dakar and Banjul to close the area to all tanker traffic"),
        S("France", "support", None, evidence="France and Spain have offered oil-spill response vessels"),
        S("Spain", "support", None, evidence="France and Spain have offered oil-spill response vessels"),
    ],
    notes="Invented article (tenth held-out set; the spill, the ship, the companies and every person and quoted word "
          "are invented). Each time stamp is a TIME on the article date; 'overnight' is the night before. The "
          "minister's Facebook post is introduced by a colon with no verb: no cue. The offer of vessels names no "
          "receiving country: null target. EMSA's and the IMO's announcements take no stance.",
)


# --------------------------------------------------------------------------- 4. suspect handed to the ICC (world-reacts roundup with headings)
ICC = """ date 2026-09-23 World reacts as Libya hands militia chief to the ICC

THE HAGUE, Sept 23 - Libyan authorities in Tripoli on Tuesday flew Colonel Mansour Bukhatwa, commander of the Al-Nasr Brigade, to The Hague to face charges of murder and torture at the International Criminal Court, the first Libyan suspect ever surrendered to the court. Bukhatwa, 51, is accused of ordering the execution of 19 detainees at a prison near Tarhuna in 2020. Here is how governments, rival factions and rights groups reacted.

Libya's Government of National Unity

Justice Minister Hana el-Tarhouni said the transfer proved "that Libya is a state of law, not of militias". She promised further arrests "in the coming months".

Eastern Libya

The rival administration in Benghazi denounced the handover as "a political deal" and said the Tripoli government had "sold a Libyan officer to foreigners". A spokesman for the eastern-based Libyan National Army (LNA) said it would not recognise the court's jurisdiction.

The ICC

Prosecutor Adaeze Okonkwo-Hart thanked Tripoli and called on all states "to follow Libya's example". The suspect is due to appear before a pre-trial chamber on Friday, the court said.

The families

"We waited six years for this moment," said Khadija Amara, whose two brothers were among the dead. "Now we want to see him answer in a courtroom."

Europe

Italy's foreign ministry welcomed "a historic step for justice in Libya". The Netherlands said it had provided logistical support for the flight at the ICC's request.

Russia

Moscow, which does not recognise the ICC, said the court was "a tool of Western pressure". It stopped short of criticising Tripoli directly.

Human Rights Watch said the transfer was "a good start" but warned that commanders on all sides were still free."""

build(
    "icc-handover-tripoli-2026-09-23", ICC,
    actors=[
        A("Libya", "country", "LBY", aliases=["Libyan authorities in Tripoli", "Tripoli", "Libya's Government of National Unity", "the Tripoli government"]),
        A("Mansour Bukhatwa", "person", "LBY", "commander", ["Colonel Mansour Bukhatwa, commander of the Al-Nasr Brigade", "Bukhatwa", "The suspect", "him", "a Libyan officer"]),
        A("International Criminal Court", "organization", None, aliases=["the International Criminal Court", "ICC", "the court", "The ICC"]),
        A("Hana el-Tarhouni", "person", "LBY", "Justice Minister", ["Justice Minister Hana el-Tarhouni", "She"]),
        A("Benghazi administration", "group", "LBY", aliases=["The rival administration in Benghazi", "Eastern Libya"]),
        A("LNA spokesman", "person", "LBY", "spokesman", ["A spokesman for the eastern-based Libyan National Army (LNA)"], anonymous=True, organization="Libyan National Army"),
        A("Libyan National Army", "organization", "LBY", aliases=["the eastern-based Libyan National Army", "LNA"]),
        A("Adaeze Okonkwo-Hart", "person", None, "Prosecutor", ["Prosecutor Adaeze Okonkwo-Hart"], organization="International Criminal Court"),
        A("Khadija Amara", "person", "LBY", aliases=["Khadija Amara, whose two brothers were among the dead"]),
        A("Italy", "country", "ITA", aliases=["Italy's foreign ministry"]),
        A("Netherlands", "country", "NLD", aliases=["The Netherlands"]),
        A("Russia", "country", "RUS", aliases=["Moscow", "It"]),
        A("Human Rights Watch", "organization", None),
    ],
    quotes=[
        Q("indirect", "the transfer proved \"that Libya is a state of law, not of militias\"", "Hana el-Tarhouni", "say"),
        Q("partial", "that Libya is a state of law, not of militias", "Hana el-Tarhouni", "say"),
        Q("partial", "in the coming months", "Hana el-Tarhouni", "promise"),
        Q("partial", "a political deal", "Benghazi administration", "denounce"),
        Q("indirect", "the Tripoli government had \"sold a Libyan officer to foreigners\"", "Benghazi administration", "say"),
        Q("partial", "sold a Libyan officer to foreigners", "Benghazi administration", "say"),
        Q("indirect", "it would not recognise the court's jurisdiction", "LNA spokesman", "say"),
        Q("partial", "to follow Libya's example", "Adaeze Okonkwo-Hart", "call"),
        Q("indirect", "The suspect is due to appear before a pre-trial chamber on Friday", "International Criminal Court", "say"),
        Q("direct", "We waited six years for this moment,", "Khadija Amara", "say"),
        Q("direct", "Now we want to see him answer in a courtroom.", "Khadija Amara", "say"),
        Q("partial", "a historic step for justice in Libya", "Italy", "welcome"),
        Q("indirect", "it had provided logistical support for the flight at the ICC's request", "Netherlands", "say"),
        Q("indirect", "the court was \"a tool of Western pressure\"", "Russia", "say"),
        Q("partial", "a tool of Western pressure", "Russia", "say"),
        Q("indirect", "the transfer was \"a good start\"", "Human Rights Watch", "say"),
        Q("partial", "a good start", "Human Rights Watch", "say"),
        Q("indirect", "commanders on all sides were still free", "Human Rights Watch", "warn"),
    ],
    dates=[
        D("Sept 23", "DATE", "2026-09-23"),
        D("Tuesday", "DATE", "2026-09-22"),
        D("2020", "DATE", "2020"),
        D("in the coming months", "DATE", "FUTURE_REF"),
        D("Friday", "DATE", "2026-09-25"),
        D("six years", "DURATION", "P6Y"),
    ],
    stances=[
        S("Benghazi administration", "condemn", "Libya", evidence="denounced the handover as \"a political deal\""),
        S("Benghazi administration", "accuse", "Libya", evidence="the Tripoli government had \"sold a Libyan officer to foreigners\""),
        S("LNA spokesman", "reject", "International Criminal Court", evidence="it would not recognise the court's jurisdiction"),
        S("Adaeze Okonkwo-Hart", "praise", "Libya", evidence="Prosecutor Adaeze Okonkwo-Hart thanked Tripoli"),
        S("Adaeze Okonkwo-Hart", "appeal", None, "surrender suspects", "called on all states \"to follow Libya's example\""),
        S("Italy", "welcome", "Libya", evidence="Italy's foreign ministry welcomed \"a historic step for justice in Libya\""),
        S("Netherlands", "support", "International Criminal Court", evidence="it had provided logistical support for the flight"),
        S("Russia", "criticize", "International Criminal Court", evidence="the court was \"a tool of Western pressure\""),
        S("Human Rights Watch", "welcome", "Libya", evidence="the transfer was \"a good start\""),
        S("Human Rights Watch", "concern", None, "commanders still free", "warned that commanders on all sides were still free"),
    ],
    notes="Invented article (tenth held-out set; the handover, the brigade and every person and quoted word are "
          "invented). The headings are mentions of the reacting parties. The rival Benghazi administration and the LNA "
          "are Libyan actors distinct from the Tripoli government (the country). Russia 'stopped short of criticising "
          "Tripoli': no stance toward Libya. The charge against Bukhatwa has no speaker and is not a quote.",
)


# --------------------------------------------------------------------------- 5. parliament suspended in an island state (posts on Facebook, X, LinkedIn, WeChat)
FIJI = """ date 2026-10-28 SUVA, Oct 28 - Fiji's Prime Minister Josefa Naivalu suspended parliament for six months on Tuesday night, hours before MPs were due to vote on a motion of no confidence against him, drawing a storm of reaction online from opposition leaders and neighbouring governments.

The decree, read out on FBC television at 9 p.m. local time (0900 GMT), cites "a grave threat to public order". Naivalu defended the move in a post on Facebook on Wednesday morning: "I will not hand Fiji to those who want chaos. Parliament will return when calm returns."

Opposition leader Mereani Tuilagi, who tabled the motion, posted a video on X calling the decree "a coup without soldiers". "Fijians did not vote for this. We will challenge it in every court and on every street, peacefully," she said in the clip, which was viewed 400,000 times by midday.

The Methodist Church of Fiji, the country's largest, wrote on its Facebook page that it was "praying for wisdom" and urged all leaders to return to parliament.

New Zealand's Foreign Minister, Aroha Whitaker, wrote on X: "Deeply concerned by the suspension of Fiji's parliament. We urge a swift return to constitutional order." Australia's foreign ministry said in a statement that it was "in close contact" with Suva.

The Pacific Islands Forum (PIF) secretary general, Tevita Moala, said on LinkedIn that the Forum stood ready "to support dialogue among Fijians".

China's embassy in Suva posted on WeChat that the matter was Fiji's "internal affair" and that Beijing opposed "any external interference".

The army commander, Brigadier-General Ratu Semi Koroi, has not commented. A military spokesman said only that soldiers were "in barracks"."""

build(
    "parliament-suspended-suva-2026-10-28", FIJI,
    actors=[
        A("Fiji", "country", "FJI", aliases=["Suva", "Fiji's"]),
        A("Josefa Naivalu", "person", "FJI", "Prime Minister", ["Fiji's Prime Minister Josefa Naivalu", "him", "Naivalu", "I"]),
        A("Mereani Tuilagi", "person", "FJI", "Opposition leader", ["Opposition leader Mereani Tuilagi", "she"]),
        A("Methodist Church of Fiji", "organization", "FJI", aliases=["The Methodist Church of Fiji", "its"]),
        A("New Zealand", "country", "NZL"),
        A("Aroha Whitaker", "person", "NZL", "Foreign Minister", ["New Zealand's Foreign Minister, Aroha Whitaker"]),
        A("Australia", "country", "AUS", aliases=["Australia's foreign ministry"]),
        A("Pacific Islands Forum", "organization", None, aliases=["The Pacific Islands Forum", "PIF", "the Forum"]),
        A("Tevita Moala", "person", None, "secretary general", ["The Pacific Islands Forum (PIF) secretary general, Tevita Moala"], organization="Pacific Islands Forum"),
        A("China", "country", "CHN", aliases=["China's embassy in Suva", "Beijing"]),
        A("Ratu Semi Koroi", "person", "FJI", "army commander", ["The army commander, Brigadier-General Ratu Semi Koroi"]),
        A("military spokesman", "person", "FJI", "spokesman", ["A military spokesman"], anonymous=True),
    ],
    quotes=[
        Q("partial", "a grave threat to public order", "Josefa Naivalu", "cite", "statement"),
        Q("direct", "I will not hand Fiji to those who want chaos. Parliament will return when calm returns.", "Josefa Naivalu", None, "facebook"),
        Q("partial", "a coup without soldiers", "Mereani Tuilagi", "call", "twitter"),
        Q("direct", "Fijians did not vote for this. We will challenge it in every court and on every street, peacefully,", "Mereani Tuilagi", "say", "twitter"),
        Q("indirect", "it was \"praying for wisdom\"", "Methodist Church of Fiji", "write", "facebook"),
        Q("partial", "praying for wisdom", "Methodist Church of Fiji", "write", "facebook"),
        Q("direct", "Deeply concerned by the suspension of Fiji's parliament. We urge a swift return to constitutional order.", "Aroha Whitaker", "write", "twitter"),
        Q("indirect", "it was \"in close contact\" with Suva", "Australia", "say", "statement"),
        Q("partial", "in close contact", "Australia", "say", "statement"),
        Q("indirect", "the Forum stood ready \"to support dialogue among Fijians\"", "Tevita Moala", "say", "linkedin"),
        Q("partial", "to support dialogue among Fijians", "Tevita Moala", "say", "linkedin"),
        Q("indirect", "the matter was Fiji's \"internal affair\" and that Beijing opposed \"any external interference\"", "China", "post", "wechat"),
        Q("partial", "internal affair", "China", "post", "wechat"),
        Q("partial", "any external interference", "China", "post", "wechat"),
        Q("indirect", "soldiers were \"in barracks\"", "military spokesman", "say"),
        Q("partial", "in barracks", "military spokesman", "say"),
    ],
    dates=[
        D("Oct 28", "DATE", "2026-10-28"),
        D("six months", "DURATION", "P6M"),
        D("Tuesday night", "TIME", "2026-10-27TNI"),
        D("hours", "DURATION", "PXH"),
        D("9 p.m. local time", "TIME", "2026-10-27T21:00"),
        D("0900 GMT", "TIME", "2026-10-27T09:00"),
        D("Wednesday morning", "TIME", "2026-10-28TMO"),
        D("midday", "TIME", "2026-10-28T12:00"),
    ],
    stances=[
        S("Mereani Tuilagi", "condemn", "Josefa Naivalu", evidence="calling the decree \"a coup without soldiers\""),
        S("Methodist Church of Fiji", "appeal", None, "return to parliament", "urged all leaders to return to parliament"),
        S("Aroha Whitaker", "concern", None, "suspension of parliament", "Deeply concerned by the suspension of Fiji's parliament"),
        S("Aroha Whitaker", "demand", "Fiji", "return to constitutional order", "We urge a swift return to constitutional order"),
        S("Australia", "consult", "Fiji", evidence="it was \"in close contact\" with Suva"),
        S("Tevita Moala", "mediate", None, evidence="the Forum stood ready \"to support dialogue among Fijians\""),
        S("China", "reject", None, evidence="Beijing opposed \"any external interference\""),
    ],
    notes="Invented article (tenth held-out set; the suspension and every person and quoted word are invented). Fiji "
          "is UTC+12, so '9 p.m. local time (0900 GMT)' is the same day. The decree speaks for the prime minister. "
          "Naivalu's Facebook post is introduced by a colon: no cue. Tuilagi's court challenge is not a threat. "
          "Koroi 'has not commented': an actor without stance. FBC only carries the decree.",
)


# --------------------------------------------------------------------------- 6. cholera cruise ship refused (short agency brief, hedged and negated stances)
CRUISE = """ date 2026-12-02 BRIDGETOWN, Dec 2 (CANA) - The cruise ship Coral Majesty, with 2,900 passengers and crew and 41 confirmed cholera cases on board, was refused entry by Barbados, Saint Lucia and Grenada in the past 48 hours and was anchored off Martinique early on Wednesday.

Barbados's chief medical officer, Dr. Kenneth Alleyne, said the island "cannot take the risk" while its own cholera vaccine stocks were low. Saint Lucia's health ministry gave no reason.

The ship's operator, Miami-based Solara Cruises, called the refusals "inhumane" and said two elderly passengers needed hospital care "within hours". Its chief executive, Dana Whitcombe, said the company would pay all costs of an evacuation.

France, responsible for Martinique, did not say whether it would let passengers land. A prefecture official said only that the situation was "being assessed hour by hour".

The Pan American Health Organization (PAHO) urged Caribbean governments to allow the sick to be treated ashore, saying cholera "does not spread through handshakes". It stopped short of criticising the three islands.

The Caribbean Community (CARICOM) will hold an emergency call of health ministers on Thursday, its secretariat said. Grenada's prime minister, Ms. Alicia Roberts, told local radio she was "not against" a joint solution but would "put Grenadians first"."""

build(
    "cholera-cruise-ship-bridgetown-2026-12-02", CRUISE,
    actors=[
        A("Barbados", "country", "BRB", aliases=["the island"]),
        A("Saint Lucia", "country", "LCA", aliases=["Saint Lucia's health ministry"]),
        A("Grenada", "country", "GRD"),
        A("Kenneth Alleyne", "person", "BRB", "chief medical officer", ["Barbados's chief medical officer, Dr. Kenneth Alleyne"]),
        A("Solara Cruises", "organization", "USA", aliases=["The ship's operator, Miami-based Solara Cruises", "the company", "Its"]),
        A("Dana Whitcombe", "person", "USA", "chief executive", ["Its chief executive, Dana Whitcombe"], organization="Solara Cruises"),
        A("France", "country", "FRA"),
        A("prefecture official", "person", "FRA", "official", ["A prefecture official"], anonymous=True),
        A("Pan American Health Organization", "organization", None, aliases=["The Pan American Health Organization", "PAHO", "It"]),
        A("Caribbean Community", "organization", None, aliases=["The Caribbean Community", "CARICOM", "its secretariat"]),
        A("Alicia Roberts", "person", "GRD", "prime minister", ["Grenada's prime minister, Ms. Alicia Roberts", "she"]),
    ],
    quotes=[
        Q("indirect", "the island \"cannot take the risk\" while its own cholera vaccine stocks were low", "Kenneth Alleyne", "say"),
        Q("partial", "cannot take the risk", "Kenneth Alleyne", "say"),
        Q("partial", "inhumane", "Solara Cruises", "call", optional=True),
        Q("indirect", "two elderly passengers needed hospital care \"within hours\"", "Solara Cruises", "say"),
        Q("partial", "within hours", "Solara Cruises", "say"),
        Q("indirect", "the company would pay all costs of an evacuation", "Dana Whitcombe", "say"),
        Q("indirect", "the situation was \"being assessed hour by hour\"", "prefecture official", "say"),
        Q("partial", "being assessed hour by hour", "prefecture official", "say"),
        Q("partial", "does not spread through handshakes", "Pan American Health Organization", "say"),
        Q("indirect", "The Caribbean Community (CARICOM) will hold an emergency call of health ministers on Thursday", "Caribbean Community", "say"),
        Q("indirect", "she was \"not against\" a joint solution but would \"put Grenadians first\"", "Alicia Roberts", "tell", "radio"),
        Q("partial", "not against", "Alicia Roberts", "tell", "radio"),
        Q("partial", "put Grenadians first", "Alicia Roberts", "tell", "radio"),
    ],
    dates=[
        D("Dec 2", "DATE", "2026-12-02"),
        D("the past 48 hours", "DURATION", "PT48H"),
        D("early on Wednesday", "TIME", "2026-12-02TMO"),
        D("hours", "DURATION", "PXH", 1),
        D("hour by hour", "SET", "PT1H"),
        D("Thursday", "DATE", "2026-12-03"),
    ],
    stances=[
        S("Kenneth Alleyne", "reject", "Solara Cruises", evidence="the island \"cannot take the risk\""),
        S("Solara Cruises", "criticize", "Barbados", evidence="called the refusals \"inhumane\""),
        S("Solara Cruises", "criticize", "Saint Lucia", evidence="called the refusals \"inhumane\""),
        S("Solara Cruises", "criticize", "Grenada", evidence="called the refusals \"inhumane\""),
        S("Pan American Health Organization", "appeal", None, "allow the sick ashore", "urged Caribbean governments to allow the sick to be treated ashore"),
    ],
    notes="Invented article (tenth held-out set; the ship, the outbreak, the company and every person and quoted word "
          "are invented). Hedged and negated: France 'did not say whether', PAHO 'stopped short of criticising', Roberts "
          "'not against' a joint solution, Saint Lucia 'gave no reason': none is a stance. CARICOM's call is an "
          "announcement, not a stance. 'hours' (the second occurrence, in 'within hours') is a vague duration.",
)


if __name__ == "__main__":
    WRITER.report()
