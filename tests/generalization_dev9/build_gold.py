"""Builds the ninth development set (NAME.txt) and its hand-written gold (NAME.gold.json).

Ninth development set: 8 invented reaction articles written on 2026-11-26 by a helper who changed
no library code and did not read the library's source; the gold was committed before reactlib was
run on them. As in ``tests/generalization_dev8/build_gold.py``, the annotation lives here as data so
that offsets are computed, never typed (a quote or date is given by its text and, where the same
words occur more than once, by its occurrence number, 0-based). Run
`python3 tests/generalization_dev9/build_gold.py` after editing. Conventions follow
../shared/eval/GOLD_FORMAT.md, the reference gold and the earlier development sets: countries speak
through their ministries, presidencies and capitals; a summons is a criticism; background takes no
stance; a negated or hedged stance ("did not criticise", "has not ruled out sanctions", "did not
question the result", "closely monitoring") is not annotated; anonymous officials are actors of the
country the context gives them; an appeal to "all sides" or "both camps" has a null target; an aid or
residence offer is support for the receiving party; regret is concern; in an interview the answers
(A:) are direct quotes of the interviewee with the channel 'interview' and no cue; a statement quoted
in full over several paragraphs gives one direct quote per paragraph; a single-word quoted partial
("concern") is optional; words of unnamed witnesses or "people familiar with the matter" are
quotes with a null speaker, optional. "the early hours of Monday" is TIME ...TMO; "late on Saturday"
is ...TNI; "late last week" is the previous ISO week.
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


# --------------------------------------------------------------------------- 1. satellite collision (wire story, "UTC" times)
SATELLITE = """ date 2026-02-18 BENGALURU, Feb 18 (AFP) - A defunct Russian weather satellite smashed into an Indian Earth-observation satellite over the Indian Ocean at 02:47 UTC on Tuesday, scattering hundreds of fragments into a crowded orbit and drawing sharp words from New Delhi, which said Moscow had ignored repeated warnings.

The Indian Space Research Organisation (ISRO) said its Cartosat-4B had been destroyed in the collision, about 550 kilometres above the Earth. "We sent three conjunction alerts to Roscosmos in the 48 hours before the impact and received no reply," ISRO chairman Vikram Natarajan told a news conference in Bengaluru on Tuesday evening. "A dead satellite cannot move. But its owner could have told us what it knew."

India's External Affairs Ministry summoned the Russian ambassador on Wednesday morning. Spokesman Arjun Mehra said India expected Russia "to accept its responsibility under the Liability Convention" and to share tracking data within a week.

Roscosmos rejected the accusation. The collision was "an accident that no agency could have prevented," the Russian space agency said in a statement, adding that the Meteor-2 satellite had been out of contact since 2019.

The United States Space Command said it was tracking more than 600 pieces of debris and warned that some could threaten the International Space Station in the coming weeks. A NASA official, who asked not to be named because he was not authorised to speak, said the station's crew might have to shelter in their capsules "once or twice" before the end of March.

Japan and the European Space Agency (ESA) called for binding rules on removing dead satellites. "This is the wake-up call we feared," ESA director general Helga Brandt wrote on LinkedIn. China said it hoped the two countries would settle the matter "through friendly consultation" and did not criticise either side.

Some 40 minutes before the crash, amateur astronomers in Perth had posted images of the two objects closing on each other."""

build(
    "satellite-collision-bengaluru-2026-02-18", SATELLITE,
    actors=[
        A("Russia", "country", "RUS", aliases=["Moscow", "the Russian ambassador", "Russian"]),
        A("India", "country", "IND", aliases=["New Delhi", "India's External Affairs Ministry", "Indian"]),
        A("Indian Space Research Organisation", "organization", "IND", aliases=["The Indian Space Research Organisation", "ISRO"]),
        A("Vikram Natarajan", "person", "IND", "chairman", ["ISRO chairman Vikram Natarajan"], organization="Indian Space Research Organisation"),
        A("Roscosmos", "organization", "RUS", aliases=["the Russian space agency"]),
        A("Arjun Mehra", "person", "IND", "spokesman", ["Spokesman Arjun Mehra"]),
        A("United States Space Command", "organization", "USA", aliases=["The United States Space Command"]),
        A("NASA official", "person", "USA", "official", ["A NASA official", "he"], anonymous=True),
        A("Japan", "country", "JPN"),
        A("European Space Agency", "organization", None, aliases=["the European Space Agency", "ESA"]),
        A("Helga Brandt", "person", None, "director general", ["ESA director general Helga Brandt"], organization="European Space Agency"),
        A("China", "country", "CHN"),
    ],
    quotes=[
        Q("indirect", "Moscow had ignored repeated warnings", "India", "say"),
        Q("indirect", "its Cartosat-4B had been destroyed in the collision, about 550 kilometres above the Earth", "Indian Space Research Organisation", "say"),
        Q("direct", "We sent three conjunction alerts to Roscosmos in the 48 hours before the impact and received no reply,", "Vikram Natarajan", "tell", "press conference"),
        Q("direct", "A dead satellite cannot move. But its owner could have told us what it knew.", "Vikram Natarajan", "tell", "press conference"),
        Q("indirect", "India expected Russia \"to accept its responsibility under the Liability Convention\" and to share tracking data within a week", "Arjun Mehra", "say"),
        Q("partial", "to accept its responsibility under the Liability Convention", "Arjun Mehra", "say"),
        Q("partial", "an accident that no agency could have prevented,", "Roscosmos", "say", "statement"),
        Q("indirect", "the Meteor-2 satellite had been out of contact since 2019", "Roscosmos", "add", "statement"),
        Q("indirect", "it was tracking more than 600 pieces of debris", "United States Space Command", "say"),
        Q("indirect", "some could threaten the International Space Station in the coming weeks", "United States Space Command", "warn"),
        Q("indirect", "the station's crew might have to shelter in their capsules \"once or twice\" before the end of March", "NASA official", "say"),
        Q("partial", "once or twice", "NASA official", "say"),
        Q("direct", "This is the wake-up call we feared,", "Helga Brandt", "write", "linkedin"),
        Q("indirect", "it hoped the two countries would settle the matter \"through friendly consultation\"", "China", "say"),
        Q("partial", "through friendly consultation", "China", "say"),
    ],
    dates=[
        D("Feb 18", "DATE", "2026-02-18"),
        D("02:47 UTC on Tuesday", "TIME", "2026-02-17T02:47"),
        D("48 hours", "DURATION", "PT48H"),
        D("Tuesday evening", "TIME", "2026-02-17TEV"),
        D("Wednesday morning", "TIME", "2026-02-18TMO"),
        D("a week", "DURATION", "P1W"),
        D("2019", "DATE", "2019"),
        D("the coming weeks", "DURATION", "PXW"),
        D("the end of March", "DATE", "2026-03"),
        D("Some 40 minutes", "DURATION", "PT40M"),
    ],
    stances=[
        S("India", "accuse", "Russia", evidence="Moscow had ignored repeated warnings"),
        S("Vikram Natarajan", "accuse", "Roscosmos", evidence="We sent three conjunction alerts to Roscosmos in the 48 hours before the impact and received no reply"),
        S("India", "criticize", "Russia", evidence="India's External Affairs Ministry summoned the Russian ambassador"),
        S("Arjun Mehra", "demand", "Russia", "accept responsibility and share tracking data", "India expected Russia \"to accept its responsibility under the Liability Convention\""),
        S("Roscosmos", "reject", "India", evidence="Roscosmos rejected the accusation"),
        S("United States Space Command", "concern", None, "debris threatening the space station", "warned that some could threaten the International Space Station"),
        S("Japan", "appeal", None, "binding rules on removing dead satellites", "called for binding rules on removing dead satellites"),
        S("European Space Agency", "appeal", None, "binding rules on removing dead satellites", "called for binding rules on removing dead satellites"),
        S("China", "appeal", None, "negotiations", "hoped the two countries would settle the matter \"through friendly consultation\""),
    ],
    notes="Invented article (ninth development set; the collision and every person and quoted word are invented). "
          "'02:47 UTC on Tuesday' is one TIME expression. China 'did not criticise either side': no stance beyond its "
          "appeal. Perth's amateur astronomers are background. The anonymous NASA official is an American actor.",
)


# --------------------------------------------------------------------------- 2. central bank governor sacked (Q&A explainer)
GOVERNOR = """ date 2026-04-08 Why did Pakistan sack its central bank governor, and what happens next?

ISLAMABAD, April 8 - Pakistan's Prime Minister dismissed the governor of the State Bank of Pakistan (SBP), Farah Qureshi, late on Monday night, three days after she raised interest rates against the government's wishes. The rupee fell 4% on Tuesday. Here is what we know.

What happened?

A notification signed by Prime Minister Tariq Malik said Qureshi had been removed "in the public interest" with immediate effect. Her deputy, Imran Saleem, will act as governor for 90 days.

Why was she sacked?

Finance Minister Bilal Anwar told parliament on Tuesday that the bank had "lost touch with the real economy" and that the rate rise would have cost a million jobs. Qureshi, 52, had raised the policy rate to 15% on Friday, citing inflation.

What does Qureshi say?

In a two-line post on X, the former governor wrote: "I did my duty under the law. History will judge the rest." She has not spoken to reporters.

How have lenders reacted?

The International Monetary Fund, which is disbursing a $7 billion loan to Pakistan, said it was "closely monitoring" the situation. An IMF spokesperson, Claire Dubois, said central bank independence was "a cornerstone" of the programme and that a review mission would visit Islamabad next month as planned. She did not say whether the next tranche was at risk.

Who supports the decision?

The Pakistan Business Council welcomed the sacking, saying high rates had strangled industry. Opposition leader Zoya Ahmed condemned it as "an assault on the last independent institution in the country" and said her party would challenge it in the Supreme Court.

What next?

Parliament's finance committee meets on Thursday. Analysts expect the new acting governor to reverse Friday's rate rise within weeks."""

build(
    "governor-sacked-islamabad-2026-04-08", GOVERNOR,
    actors=[
        A("Pakistan", "country", "PAK", aliases=["the government", "Islamabad"]),
        A("Tariq Malik", "person", "PAK", "Prime Minister", ["Pakistan's Prime Minister", "Prime Minister Tariq Malik"]),
        A("Farah Qureshi", "person", "PAK", "governor", ["the governor of the State Bank of Pakistan (SBP), Farah Qureshi", "Qureshi", "she", "Her", "the former governor", "She"], organization="State Bank of Pakistan"),
        A("State Bank of Pakistan", "organization", "PAK", aliases=["the State Bank of Pakistan", "SBP", "the bank"]),
        A("Imran Saleem", "person", "PAK", "deputy governor", ["Her deputy, Imran Saleem"], organization="State Bank of Pakistan"),
        A("Bilal Anwar", "person", "PAK", "Finance Minister", ["Finance Minister Bilal Anwar"]),
        A("International Monetary Fund", "organization", None, aliases=["The International Monetary Fund", "IMF"]),
        A("Claire Dubois", "person", None, "spokesperson", ["An IMF spokesperson, Claire Dubois", "She"], organization="International Monetary Fund"),
        A("Pakistan Business Council", "organization", "PAK", aliases=["The Pakistan Business Council"]),
        A("Zoya Ahmed", "person", "PAK", "Opposition leader", ["Opposition leader Zoya Ahmed", "her"]),
    ],
    quotes=[
        Q("indirect", "Qureshi had been removed \"in the public interest\" with immediate effect", "Tariq Malik", "say", "statement"),
        Q("partial", "in the public interest", "Tariq Malik", "say", "statement"),
        Q("indirect", "the bank had \"lost touch with the real economy\" and that the rate rise would have cost a million jobs", "Bilal Anwar", "tell"),
        Q("partial", "lost touch with the real economy", "Bilal Anwar", "tell"),
        Q("direct", "I did my duty under the law. History will judge the rest.", "Farah Qureshi", "write", "twitter"),
        Q("indirect", "it was \"closely monitoring\" the situation", "International Monetary Fund", "say"),
        Q("partial", "closely monitoring", "International Monetary Fund", "say"),
        Q("indirect", "central bank independence was \"a cornerstone\" of the programme and that a review mission would visit Islamabad next month as planned", "Claire Dubois", "say"),
        Q("partial", "a cornerstone", "Claire Dubois", "say"),
        Q("indirect", "high rates had strangled industry", "Pakistan Business Council", "say"),
        Q("partial", "an assault on the last independent institution in the country", "Zoya Ahmed", "condemn"),
        Q("indirect", "her party would challenge it in the Supreme Court", "Zoya Ahmed", "say"),
    ],
    dates=[
        D("April 8", "DATE", "2026-04-08"),
        D("late on Monday night", "TIME", "2026-04-06TNI"),
        D("three days", "DURATION", "P3D"),
        D("Tuesday", "DATE", "2026-04-07", 0),
        D("90 days", "DURATION", "P90D"),
        D("Tuesday", "DATE", "2026-04-07", 1),
        D("Friday", "DATE", "2026-04-03", 0),
        D("next month", "DATE", "2026-05"),
        D("Thursday", "DATE", "2026-04-09"),
        D("Friday", "DATE", "2026-04-03", 1),
        D("weeks", "DURATION", "PXW"),
    ],
    stances=[
        S("Bilal Anwar", "criticize", "State Bank of Pakistan", evidence="the bank had \"lost touch with the real economy\""),
        S("Pakistan Business Council", "welcome", "Tariq Malik", evidence="The Pakistan Business Council welcomed the sacking"),
        S("Zoya Ahmed", "condemn", "Tariq Malik", evidence="condemned it as \"an assault on the last independent institution in the country\""),
    ],
    notes="Invented article (ninth development set; the sacking and every person and quoted word are invented). The "
          "notification signed by the prime minister speaks for him. The IMF's 'closely monitoring' and 'a cornerstone' "
          "and Dubois's 'did not say' are hedged: no stance. Zoya Ahmed's court challenge is not annotated as a threat. "
          "Questions are headings, not quotes. 'three days after' is the duration P3D.",
)


# --------------------------------------------------------------------------- 3. stadium crush (live blog, local times)
STADIUM = """ date 2026-06-07 LIVE: Deadly crush at Guatemala City stadium after World Cup qualifier

All times are local (GMT-6).

08:05 - Good morning. At least 23 people died and more than 100 were injured in a crush at the Estadio Mateo Flores late on Saturday, after Guatemala's 2-1 win over Honduras. Fans leaving the south stand were caught against a locked gate, witnesses said.

08:40 - Interior Minister Rodrigo Barrios says the gate "should never have been closed" and that three stewards and a police commander have been detained. "Whoever locked that gate will answer for it," he told Radio Sonora.

09:15 - Guatemala's President, Elena Castañeda, has declared three days of national mourning. In a televised address she asked Guatemalans "to stay united in pain" and promised a full investigation.

09:50 - Honduras's foreign ministry says two Honduran fans are among the dead and demands "a transparent inquiry with Honduran observers". Tegucigalpa has sent a consular team.

10:30 - FIFA President Marco Bellini has posted on Instagram: "My thoughts are with the victims and their families. Football must never cost a life." FIFA says it has asked the Guatemalan federation (FEDEFUT) for a full report within 10 days and has not ruled out sanctions.

11:10 - FEDEFUT has rejected reports that tickets were oversold. Its general secretary, Óscar Palma, told reporters the stadium held 26,000 people, "below its capacity".

11:45 - Mexico, El Salvador and Costa Rica have offered medical help. The Mexican government says two air ambulances are ready to fly this afternoon.

12:20 - Amnesty International calls on the authorities to investigate the police's use of tear gas near the south stand, which survivors say set off the stampede. Police spokesman Javier Ruiz denied that any gas was fired.

12:55 - We are pausing this blog. We'll be back at 5 p.m. with the latest."""

build(
    "stadium-crush-guatemala-2026-06-07", STADIUM,
    actors=[
        A("Guatemala", "country", "GTM", aliases=["the authorities", "Guatemalan"]),
        A("Honduras", "country", "HND", aliases=["Honduras's foreign ministry", "Tegucigalpa", "Honduran"]),
        A("Rodrigo Barrios", "person", "GTM", "Interior Minister", ["Interior Minister Rodrigo Barrios", "he"]),
        A("Elena Castañeda", "person", "GTM", "President", ["Guatemala's President, Elena Castañeda", "she"]),
        A("FIFA", "organization", None),
        A("Marco Bellini", "person", None, "President", ["FIFA President Marco Bellini"], organization="FIFA"),
        A("FEDEFUT", "organization", "GTM", aliases=["the Guatemalan federation", "Its"]),
        A("Óscar Palma", "person", "GTM", "general secretary", ["Its general secretary, Óscar Palma"], organization="FEDEFUT"),
        A("Mexico", "country", "MEX", aliases=["The Mexican government"]),
        A("El Salvador", "country", "SLV"),
        A("Costa Rica", "country", "CRI"),
        A("Amnesty International", "organization", None),
        A("Javier Ruiz", "person", "GTM", "Police spokesman", ["Police spokesman Javier Ruiz"]),
    ],
    quotes=[
        Q("indirect", "Fans leaving the south stand were caught against a locked gate", None, "say", optional=True),
        Q("indirect", "the gate \"should never have been closed\" and that three stewards and a police commander have been detained", "Rodrigo Barrios", "say"),
        Q("partial", "should never have been closed", "Rodrigo Barrios", "say"),
        Q("direct", "Whoever locked that gate will answer for it,", "Rodrigo Barrios", "tell", "radio"),
        Q("partial", "to stay united in pain", "Elena Castañeda", "ask", "television"),
        Q("indirect", "two Honduran fans are among the dead", "Honduras", "say"),
        Q("partial", "a transparent inquiry with Honduran observers", "Honduras", "demand"),
        Q("direct", "My thoughts are with the victims and their families. Football must never cost a life.", "Marco Bellini", "post", "instagram"),
        Q("indirect", "it has asked the Guatemalan federation (FEDEFUT) for a full report within 10 days and has not ruled out sanctions", "FIFA", "say"),
        Q("indirect", "the stadium held 26,000 people, \"below its capacity\"", "Óscar Palma", "tell"),
        Q("partial", "below its capacity", "Óscar Palma", "tell"),
        Q("indirect", "two air ambulances are ready to fly this afternoon", "Mexico", "say"),
        Q("indirect", "any gas was fired", "Javier Ruiz", "deny"),
    ],
    dates=[
        D("08:05", "TIME", "2026-06-07T08:05"),
        D("late on Saturday", "TIME", "2026-06-06TNI"),
        D("08:40", "TIME", "2026-06-07T08:40"),
        D("09:15", "TIME", "2026-06-07T09:15"),
        D("three days", "DURATION", "P3D"),
        D("09:50", "TIME", "2026-06-07T09:50"),
        D("10:30", "TIME", "2026-06-07T10:30"),
        D("10 days", "DURATION", "P10D"),
        D("11:10", "TIME", "2026-06-07T11:10"),
        D("11:45", "TIME", "2026-06-07T11:45"),
        D("this afternoon", "TIME", "2026-06-07TAF"),
        D("12:20", "TIME", "2026-06-07T12:20"),
        D("12:55", "TIME", "2026-06-07T12:55"),
        D("5 p.m.", "TIME", "2026-06-07T17:00"),
    ],
    stances=[
        S("Rodrigo Barrios", "threaten", None, evidence="Whoever locked that gate will answer for it"),
        S("Elena Castañeda", "appeal", None, "stay united", "she asked Guatemalans \"to stay united in pain\""),
        S("Honduras", "demand", "Guatemala", "transparent inquiry", "demands \"a transparent inquiry with Honduran observers\""),
        S("FIFA", "demand", "FEDEFUT", "full report", "it has asked the Guatemalan federation (FEDEFUT) for a full report"),
        S("FEDEFUT", "reject", None, evidence="FEDEFUT has rejected reports that tickets were oversold"),
        S("Mexico", "support", "Guatemala", evidence="Mexico, El Salvador and Costa Rica have offered medical help"),
        S("El Salvador", "support", "Guatemala", evidence="Mexico, El Salvador and Costa Rica have offered medical help"),
        S("Costa Rica", "support", "Guatemala", evidence="Mexico, El Salvador and Costa Rica have offered medical help"),
        S("Amnesty International", "demand", "Guatemala", "investigate police use of tear gas", "calls on the authorities to investigate"),
        S("Javier Ruiz", "reject", None, evidence="denied that any gas was fired"),
    ],
    notes="Invented article (ninth development set; the crush and every person and quoted word are invented). Live blog: "
          "each time stamp is a TIME on the article date (the 'GMT-6' note is not a time expression). 'late on Saturday' "
          "is the night before. FIFA 'has not ruled out sanctions': no threat. Bellini's condolences take no stance. "
          "Radio Sonora only carries Barrios's words.",
)


# --------------------------------------------------------------------------- 4. pipeline tariff row (statement quoted in full over two paragraphs)
PIPELINE = """ date 2026-05-13 N'DJAMENA/YAOUNDE, May 13 - Chad accused Cameroon on Wednesday of "economic blackmail" after Yaounde tripled the transit fee on crude oil pumped through the 1,070-km pipeline that carries Chadian oil to the Atlantic port of Kribi.

Cameroon's ministry of mines announced late last week that the tariff would rise from $1.30 to $3.90 a barrel from June 1. Chad exports about 120,000 barrels a day through the line, run by the Cameroon Oil Transportation Company (COTCO).

In a statement read on state television, Chad's government said:

"The Republic of Chad learned with astonishment of a unilateral decision that violates the 1998 bilateral agreement and threatens the livelihood of our people.

"Chad will not pay a tariff it has not negotiated. We call on the Cameroonian authorities to withdraw this decision and to return to the joint commission without delay. Should they refuse, Chad reserves the right to seek arbitration and to explore other export routes."

Cameroon's Minister of Mines, Paul Nkodo Essomba, rejected the charge in an interview with Cameroon Tribune. The old fee "had not changed in 25 years while our maintenance costs have quadrupled," he said. "We are open to dialogue, but not to ultimatums."

COTCO, in which the Cameroonian state holds a stake, said in a short statement that oil was flowing normally.

The Economic and Monetary Community of Central Africa (CEMAC), to which both countries belong, urged them to settle the dispute "in a spirit of brotherhood". Its commission president, Baltasar Ndong Mba, said he was ready to host talks in Bangui before the end of the month.

Niger, which shipped its first crude through Benin in 2024, offered Chad the use of that route "whenever it wishes". Analysts said the offer was more symbolic than practical."""

build(
    "pipeline-tariff-kribi-2026-05-13", PIPELINE,
    actors=[
        A("Chad", "country", "TCD", aliases=["Chad's government", "The Republic of Chad", "Chadian", "our"]),
        A("Cameroon", "country", "CMR", aliases=["Yaounde", "Cameroon's ministry of mines", "the Cameroonian authorities", "the Cameroonian state"]),
        A("Cameroon Oil Transportation Company", "organization", "CMR", aliases=["the Cameroon Oil Transportation Company", "COTCO"]),
        A("Paul Nkodo Essomba", "person", "CMR", "Minister of Mines", ["Cameroon's Minister of Mines, Paul Nkodo Essomba", "he"]),
        A("Economic and Monetary Community of Central Africa", "organization", None, aliases=["The Economic and Monetary Community of Central Africa", "CEMAC"]),
        A("Baltasar Ndong Mba", "person", None, "commission president", ["Its commission president, Baltasar Ndong Mba", "he"], organization="Economic and Monetary Community of Central Africa"),
        A("Niger", "country", "NER"),
        A("Benin", "country", "BEN"),
    ],
    quotes=[
        Q("partial", "economic blackmail", "Chad", "accuse"),
        Q("indirect", "the tariff would rise from $1.30 to $3.90 a barrel from June 1", "Cameroon", "announce"),
        Q("direct", "The Republic of Chad learned with astonishment of a unilateral decision that violates the 1998 bilateral agreement and threatens the livelihood of our people.", "Chad", "say", "statement"),
        Q("direct", "Chad will not pay a tariff it has not negotiated. We call on the Cameroonian authorities to withdraw this decision and to return to the joint commission without delay. Should they refuse, Chad reserves the right to seek arbitration and to explore other export routes.", "Chad", "say", "statement"),
        Q("partial", "had not changed in 25 years while our maintenance costs have quadrupled,", "Paul Nkodo Essomba", "say", "interview"),
        Q("direct", "We are open to dialogue, but not to ultimatums.", "Paul Nkodo Essomba", "say", "interview"),
        Q("indirect", "oil was flowing normally", "Cameroon Oil Transportation Company", "say", "statement"),
        Q("partial", "in a spirit of brotherhood", "Economic and Monetary Community of Central Africa", "urge"),
        Q("indirect", "he was ready to host talks in Bangui before the end of the month", "Baltasar Ndong Mba", "say"),
        Q("partial", "whenever it wishes", "Niger", "offer"),
    ],
    dates=[
        D("May 13", "DATE", "2026-05-13"),
        D("Wednesday", "DATE", "2026-05-13"),
        D("late last week", "DATE", "2026-W19"),
        D("June 1", "DATE", "2026-06-01"),
        D("a day", "SET", "P1D"),
        D("1998", "DATE", "1998"),
        D("25 years", "DURATION", "P25Y"),
        D("the end of the month", "DATE", "2026-05"),
        D("2024", "DATE", "2024"),
    ],
    stances=[
        S("Chad", "accuse", "Cameroon", evidence="Chad accused Cameroon on Wednesday of \"economic blackmail\""),
        S("Chad", "reject", "Cameroon", evidence="Chad will not pay a tariff it has not negotiated"),
        S("Chad", "demand", "Cameroon", "withdraw the tariff decision", "We call on the Cameroonian authorities to withdraw this decision"),
        S("Chad", "threaten", "Cameroon", evidence="Chad reserves the right to seek arbitration"),
        S("Paul Nkodo Essomba", "reject", "Chad", evidence="rejected the charge"),
        S("Economic and Monetary Community of Central Africa", "appeal", None, "settle the dispute", "urged them to settle the dispute \"in a spirit of brotherhood\""),
        S("Baltasar Ndong Mba", "mediate", None, evidence="he was ready to host talks in Bangui"),
        S("Niger", "support", "Chad", evidence="offered Chad the use of that route"),
    ],
    notes="Invented article (ninth development set; the tariff rise and every person and quoted word are invented). "
          "Chad's statement runs over two paragraphs, each opening with a quotation mark and only the last closing: "
          "one direct quote per paragraph. The accusation of 'violating the agreement' is the same ACCUSE stance as "
          "'economic blackmail' and is not annotated twice. Cameroon Tribune only carries the minister's words. "
          "Benin is an actor without stance. 'a day' in 'barrels a day' is a SET.",
)


# --------------------------------------------------------------------------- 5. bishop deported (world-reacts roundup with headings, guillemets)
BISHOP = """ date 2026-08-05 World reacts as Nicaragua expels Bishop Tomás Urbina

Nicaragua stripped Bishop Tomás Urbina of Estelí of his citizenship and put him on a flight to Guatemala on Monday night, two weeks after he criticised the arrest of seven priests in a homily on July 19. The government accused him of "treason against the homeland". Here is how the world responded.

THE VATICAN

The Holy See said it had learned "with deep sorrow" of the expulsion. In a note from its press office, the Vatican said Urbina had been "removed from his flock without any trial" and asked Managua to allow him to return. The pope did not mention Nicaragua at his Wednesday general audience.

THE BISHOP HIMSELF

Speaking to reporters at Guatemala City airport on Tuesday, Urbina, 67, said he bore no grudge. «I forgive those who sent me away, but I will not be silent», he said, according to a recording shared by his diocese.

NICARAGUA

Vice-President Rosa Iglesias said on state television that Urbina was "a politician in a cassock" who had "conspired with foreign powers". She added that any priest who followed his example would meet the same fate.

THE UNITED STATES

The State Department called the expulsion "another attack on religious freedom" and said Washington would review visa restrictions on Nicaraguan officials.

LATIN AMERICA

Guatemala granted Urbina humanitarian residence. Brazil's foreign ministry expressed "concern" and offered to facilitate a dialogue between the church and the government. Mexico, a longtime mediator, did not comment.

SPAIN

Spanish Foreign Minister Lucía Ferrer wrote on X that Spain would offer Urbina citizenship, as it had to other exiled Nicaraguans, "if he so wishes"."""

build(
    "bishop-expelled-managua-2026-08-05", BISHOP,
    actors=[
        A("Nicaragua", "country", "NIC", aliases=["The government", "the government", "Managua", "NICARAGUA", "Nicaraguan"]),
        A("Tomás Urbina", "person", "NIC", "Bishop", ["Bishop Tomás Urbina", "Bishop Tomás Urbina of Estelí", "Urbina", "him", "he", "his", "THE BISHOP"]),
        A("Holy See", "country", "VAT", aliases=["The Holy See", "the Vatican", "THE VATICAN", "its press office"]),
        A("Rosa Iglesias", "person", "NIC", "Vice-President", ["Vice-President Rosa Iglesias", "She"]),
        A("United States", "country", "USA", aliases=["THE UNITED STATES", "The State Department", "Washington"]),
        A("Guatemala", "country", "GTM"),
        A("Brazil", "country", "BRA", aliases=["Brazil's foreign ministry"]),
        A("Mexico", "country", "MEX"),
        A("Spain", "country", "ESP", aliases=["SPAIN", "Spanish"]),
        A("Lucía Ferrer", "person", "ESP", "Foreign Minister", ["Spanish Foreign Minister Lucía Ferrer"]),
    ],
    quotes=[
        Q("partial", "treason against the homeland", "Nicaragua", "accuse"),
        Q("indirect", "it had learned \"with deep sorrow\" of the expulsion", "Holy See", "say"),
        Q("partial", "with deep sorrow", "Holy See", "say"),
        Q("indirect", "Urbina had been \"removed from his flock without any trial\"", "Holy See", "say", "statement"),
        Q("partial", "removed from his flock without any trial", "Holy See", "say", "statement"),
        Q("indirect", "he bore no grudge", "Tomás Urbina", "say"),
        Q("direct", "I forgive those who sent me away, but I will not be silent", "Tomás Urbina", "say"),
        Q("indirect", "Urbina was \"a politician in a cassock\" who had \"conspired with foreign powers\"", "Rosa Iglesias", "say", "television"),
        Q("partial", "a politician in a cassock", "Rosa Iglesias", "say", "television"),
        Q("partial", "conspired with foreign powers", "Rosa Iglesias", "say", "television"),
        Q("indirect", "any priest who followed his example would meet the same fate", "Rosa Iglesias", "add", "television"),
        Q("partial", "another attack on religious freedom", "United States", "call"),
        Q("indirect", "Washington would review visa restrictions on Nicaraguan officials", "United States", "say"),
        Q("partial", "concern", "Brazil", "express", n=0, optional=True),
        Q("indirect", "Spain would offer Urbina citizenship, as it had to other exiled Nicaraguans, \"if he so wishes\"", "Lucía Ferrer", "write", "twitter"),
        Q("partial", "if he so wishes", "Lucía Ferrer", "write", "twitter"),
    ],
    dates=[
        D("Monday night", "TIME", "2026-08-03TNI"),
        D("two weeks", "DURATION", "P2W"),
        D("July 19", "DATE", "2026-07-19"),
        D("Wednesday", "DATE", "2026-08-05"),
        D("Tuesday", "DATE", "2026-08-04"),
    ],
    stances=[
        S("Nicaragua", "accuse", "Tomás Urbina", evidence="The government accused him of \"treason against the homeland\""),
        S("Holy See", "criticize", "Nicaragua", evidence="Urbina had been \"removed from his flock without any trial\""),
        S("Holy See", "demand", "Nicaragua", "allow the bishop to return", "asked Managua to allow him to return"),
        S("Rosa Iglesias", "accuse", "Tomás Urbina", evidence="who had \"conspired with foreign powers\""),
        S("Rosa Iglesias", "threaten", None, evidence="any priest who followed his example would meet the same fate"),
        S("United States", "condemn", "Nicaragua", evidence="called the expulsion \"another attack on religious freedom\""),
        S("United States", "threaten", "Nicaragua", evidence="Washington would review visa restrictions on Nicaraguan officials"),
        S("Guatemala", "support", "Tomás Urbina", evidence="Guatemala granted Urbina humanitarian residence"),
        S("Brazil", "concern", None, "the expulsion", "expressed \"concern\""),
        S("Brazil", "mediate", None, evidence="offered to facilitate a dialogue between the church and the government"),
        S("Lucía Ferrer", "support", "Tomás Urbina", evidence="Spain would offer Urbina citizenship"),
    ],
    notes="Invented article (ninth development set; the expulsion and every person and quoted word are invented). "
          "Capitalised headings name the reacting party and are mentions, not speakers. The Holy See is a country "
          "(VAT). The bishop's words are in guillemets with the comma outside. 'The pope did not mention' and 'Mexico "
          "... did not comment': no stance. 'his Wednesday general audience' is the article date.",
)


# --------------------------------------------------------------------------- 6. ransomware at a port (anonymous officials, acronyms, companies)
PORT = """ date 2026-09-09 DURBAN, Sept 9 - A ransomware attack has frozen container operations at the port of Durban, Africa's busiest, for a third day, leaving more than 40 ships waiting at anchor, South Africa's state logistics company Transnet said on Wednesday.

The attack began in the early hours of Monday, when staff found their screens locked and a demand for $15 million in bitcoin, two people familiar with the matter said. A criminal group calling itself "NightHarbor" claimed responsibility on a dark-web site on Tuesday.

"We will not negotiate with criminals," Transnet chief executive Nomvula Khumalo told a news conference. She said manual operations had resumed at two berths and that full service could take "a week or more".

A senior official at the State Security Agency (SSA), speaking on condition of anonymity, said investigators had traced part of the group's infrastructure to servers in Eastern Europe and did not exclude a state sponsor. "This is not a teenager in a basement," the official said.

Minister of Transport Sipho Dlamini said the government held Transnet's board responsible for "years of underinvestment in cybersecurity" and had asked the Auditor-General to investigate.

Shipping line Indica Lines said it was diverting vessels to Maputo and Port Louis. The South African Association of Freight Forwarders (SAAFF) warned that retailers could face shortages before Christmas and urged the government to declare a national disaster.

Neighbouring Zimbabwe, Zambia and Botswana, which rely on Durban for imports, asked Pretoria for regular updates. The African Union's cybersecurity envoy, Kofi Mensah-Bonsu, condemned "an attack on the lifeline of southern Africa".

The United Kingdom's National Cyber Security Centre (NCSC) said it was in contact with South African counterparts."""

build(
    "ransomware-port-durban-2026-09-09", PORT,
    actors=[
        A("Transnet", "organization", "ZAF", aliases=["South Africa's state logistics company Transnet", "Transnet's board"]),
        A("South Africa", "country", "ZAF", aliases=["the government", "Pretoria", "South African"]),
        A("NightHarbor", "group", None, aliases=["A criminal group calling itself \"NightHarbor\"", "the group's", "criminals"]),
        A("Nomvula Khumalo", "person", "ZAF", "chief executive", ["Transnet chief executive Nomvula Khumalo", "She"], organization="Transnet"),
        A("senior SSA official", "person", "ZAF", "official", ["A senior official at the State Security Agency (SSA)", "the official"], anonymous=True),
        A("State Security Agency", "organization", "ZAF", aliases=["the State Security Agency", "SSA"]),
        A("Sipho Dlamini", "person", "ZAF", "Minister of Transport", ["Minister of Transport Sipho Dlamini"]),
        A("Indica Lines", "organization", None, aliases=["Shipping line Indica Lines"]),
        A("South African Association of Freight Forwarders", "organization", "ZAF", aliases=["The South African Association of Freight Forwarders", "SAAFF"]),
        A("Zimbabwe", "country", "ZWE"),
        A("Zambia", "country", "ZMB"),
        A("Botswana", "country", "BWA"),
        A("African Union", "organization", None, aliases=["The African Union"]),
        A("Kofi Mensah-Bonsu", "person", None, "cybersecurity envoy", ["The African Union's cybersecurity envoy, Kofi Mensah-Bonsu"], organization="African Union"),
        A("National Cyber Security Centre", "organization", "GBR", aliases=["The United Kingdom's National Cyber Security Centre", "NCSC"]),
    ],
    quotes=[
        Q("indirect", "A ransomware attack has frozen container operations at the port of Durban, Africa's busiest, for a third day, leaving more than 40 ships waiting at anchor", "Transnet", "say"),
        Q("indirect", "The attack began in the early hours of Monday, when staff found their screens locked and a demand for $15 million in bitcoin", None, "say", optional=True),
        Q("direct", "We will not negotiate with criminals,", "Nomvula Khumalo", "tell", "press conference"),
        Q("indirect", "manual operations had resumed at two berths and that full service could take \"a week or more\"", "Nomvula Khumalo", "say"),
        Q("partial", "a week or more", "Nomvula Khumalo", "say"),
        Q("indirect", "investigators had traced part of the group's infrastructure to servers in Eastern Europe and did not exclude a state sponsor", "senior SSA official", "say"),
        Q("direct", "This is not a teenager in a basement,", "senior SSA official", "say"),
        Q("indirect", "the government held Transnet's board responsible for \"years of underinvestment in cybersecurity\" and had asked the Auditor-General to investigate", "Sipho Dlamini", "say"),
        Q("partial", "years of underinvestment in cybersecurity", "Sipho Dlamini", "say"),
        Q("indirect", "it was diverting vessels to Maputo and Port Louis", "Indica Lines", "say"),
        Q("indirect", "retailers could face shortages before Christmas", "South African Association of Freight Forwarders", "warn"),
        Q("partial", "an attack on the lifeline of southern Africa", "Kofi Mensah-Bonsu", "condemn"),
        Q("indirect", "it was in contact with South African counterparts", "National Cyber Security Centre", "say"),
    ],
    dates=[
        D("Sept 9", "DATE", "2026-09-09"),
        D("Wednesday", "DATE", "2026-09-09"),
        D("the early hours of Monday", "TIME", "2026-09-07TMO"),
        D("Tuesday", "DATE", "2026-09-08"),
        D("a week", "DURATION", "P1W"),
        D("years", "DURATION", "PXY"),
        D("Christmas", "DATE", "2026-12-25"),
    ],
    stances=[
        S("Nomvula Khumalo", "reject", "NightHarbor", evidence="We will not negotiate with criminals"),
        S("Sipho Dlamini", "criticize", "Transnet", evidence="held Transnet's board responsible"),
        S("South African Association of Freight Forwarders", "concern", None, "shortages", "warned that retailers could face shortages"),
        S("South African Association of Freight Forwarders", "demand", "South Africa", "declare a national disaster", "urged the government to declare a national disaster"),
        S("Zimbabwe", "demand", "South Africa", "regular updates", "asked Pretoria for regular updates"),
        S("Zambia", "demand", "South Africa", "regular updates", "asked Pretoria for regular updates"),
        S("Botswana", "demand", "South Africa", "regular updates", "asked Pretoria for regular updates"),
        S("Kofi Mensah-Bonsu", "condemn", "NightHarbor", evidence="condemned \"an attack on the lifeline of southern Africa\""),
        S("National Cyber Security Centre", "consult", "South Africa", evidence="it was in contact with South African counterparts"),
    ],
    notes="Invented article (ninth development set; the attack, NightHarbor, Indica Lines and every person and quoted "
          "word are invented). 'two people familiar with the matter' are unnamed: their words are an optional quote "
          "with a null speaker. The SSA official 'did not exclude a state sponsor': hedged, no stance. NightHarbor's "
          "claim of responsibility is not a quote. 'for a third day' is not a time expression.",
)


# --------------------------------------------------------------------------- 7. UN Human Rights Council vote (interview Q:/A: with narrative after)
UNVOTE = """ date 2026-10-14 GENEVA, Oct 14 - The UN Human Rights Council voted 24 to 9, with 14 abstentions, on Tuesday to set up an independent commission of inquiry into Eritrea's indefinite national service. The resolution was tabled by Ghana and Chile. Eritrea's ambassador, Tesfay Gebremariam, spoke to us an hour after the vote.

Q: Your government says it will not cooperate. Why?

A: Because this commission was decided before a single question was asked. Its authors have never visited Asmara. We will not give visas to people who came with their verdict already written.

Q: National service in Eritrea can last a decade or more. Isn't that abuse?

A: We are a small country with a hostile neighbour. Every Eritrean serves. That is a duty, not a crime.

Q: Fourteen countries abstained, including several African states. Are you satisfied?

A: I thank those countries. They understood that this is about politics, not human rights.

Q: Will Eritrea leave the Council's process altogether?

A: That is for Asmara to decide. I can tell you we will keep talking to our friends in the coming days.

Ghana's ambassador, Abena Owusu-Ansah, who led the negotiations, told reporters the vote showed "that silence is no longer an option". "We regret that Eritrea has chosen not to engage," she said. "The door remains open."

Ethiopia voted in favour. China and Russia voted against, and Russia's representative, Igor Tarasenkov, accused the Council of "selective naming and shaming". The European Union welcomed the result in a statement and urged Asmara to allow the commissioners in "without conditions".

Amnesty International called the vote "long overdue"."""

build(
    "rights-council-vote-geneva-2026-10-14", UNVOTE,
    actors=[
        A("UN Human Rights Council", "organization", None, aliases=["The UN Human Rights Council", "the Council", "the Council's"]),
        A("Eritrea", "country", "ERI", aliases=["Asmara", "Your government", "Eritrean"]),
        A("Ghana", "country", "GHA"),
        A("Chile", "country", "CHL"),
        A("Tesfay Gebremariam", "person", "ERI", "ambassador", ["Eritrea's ambassador, Tesfay Gebremariam", "I"]),
        A("Abena Owusu-Ansah", "person", "GHA", "ambassador", ["Ghana's ambassador, Abena Owusu-Ansah", "she"]),
        A("Ethiopia", "country", "ETH"),
        A("China", "country", "CHN"),
        A("Russia", "country", "RUS"),
        A("Igor Tarasenkov", "person", "RUS", "representative", ["Russia's representative, Igor Tarasenkov"]),
        A("European Union", "organization", None, aliases=["The European Union"]),
        A("Amnesty International", "organization", None),
    ],
    quotes=[
        Q("direct", "Because this commission was decided before a single question was asked. Its authors have never visited Asmara. We will not give visas to people who came with their verdict already written.", "Tesfay Gebremariam", None, "interview"),
        Q("direct", "We are a small country with a hostile neighbour. Every Eritrean serves. That is a duty, not a crime.", "Tesfay Gebremariam", None, "interview"),
        Q("direct", "I thank those countries. They understood that this is about politics, not human rights.", "Tesfay Gebremariam", None, "interview"),
        Q("direct", "That is for Asmara to decide. I can tell you we will keep talking to our friends in the coming days.", "Tesfay Gebremariam", None, "interview"),
        Q("indirect", "the vote showed \"that silence is no longer an option\"", "Abena Owusu-Ansah", "tell"),
        Q("partial", "that silence is no longer an option", "Abena Owusu-Ansah", "tell"),
        Q("direct", "We regret that Eritrea has chosen not to engage,", "Abena Owusu-Ansah", "say"),
        Q("direct", "The door remains open.", "Abena Owusu-Ansah", "say"),
        Q("partial", "selective naming and shaming", "Igor Tarasenkov", "accuse"),
        Q("partial", "without conditions", "European Union", "urge", "statement"),
        Q("partial", "long overdue", "Amnesty International", "call"),
    ],
    dates=[
        D("Oct 14", "DATE", "2026-10-14"),
        D("Tuesday", "DATE", "2026-10-13"),
        D("an hour", "DURATION", "PT1H"),
        D("a decade", "DURATION", "P1DE"),
        D("the coming days", "DURATION", "PXD"),
    ],
    stances=[
        S("Tesfay Gebremariam", "criticize", "UN Human Rights Council", evidence="this commission was decided before a single question was asked"),
        S("Tesfay Gebremariam", "reject", "UN Human Rights Council", evidence="We will not give visas to people who came with their verdict already written"),
        S("Tesfay Gebremariam", "praise", None, evidence="I thank those countries"),
        S("Abena Owusu-Ansah", "concern", "Eritrea", "Eritrea's refusal to engage", "We regret that Eritrea has chosen not to engage"),
        S("Igor Tarasenkov", "accuse", "UN Human Rights Council", evidence="accused the Council of \"selective naming and shaming\""),
        S("European Union", "welcome", "UN Human Rights Council", evidence="The European Union welcomed the result"),
        S("European Union", "demand", "Eritrea", "allow the commissioners in", "urged Asmara to allow the commissioners in"),
        S("Amnesty International", "support", "UN Human Rights Council", evidence="called the vote \"long overdue\""),
    ],
    notes="Invented article (ninth development set; the resolution and every person and quoted word are invented). "
          "Interview: the answers are direct quotes with channel 'interview'; the questions are not quotes, so 'Your "
          "government says it will not cooperate' is not an Eritrean quote. Votes for or against and tabling a "
          "resolution take no stance. The abstaining countries thanked are unnamed: null target.",
)


# --------------------------------------------------------------------------- 8. disputed election in an island state (back-references, titles after names)
ELECTION = """ date 2026-11-11 SAO TOME, Nov 11 - The opposition in Sao Tome and Principe accused President Carlos Neves Ramos of stealing Sunday's presidential election after the electoral commission declared him the winner with 50.4% of the vote, barely enough to avoid a run-off.

Ana Bragança, the candidate of the Movement for Change (MpM), who was credited with 46.9%, said her monitors had documented ballot boxes arriving at counting centres already sealed in the districts of Lobata and Cantagalo. "The people voted for change. The commission voted for Ramos," the former finance minister told supporters in the capital on Tuesday night. Bragança, 49, said she would file a complaint with the Constitutional Court by Friday and called for "a full recount, district by district".

Ramos, in office since 2021, dismissed the allegations. The president said through his spokesman, João Pires, that the vote had been "the most transparent in our history" and that the opposition "should learn to lose". Pires added that anyone who organised street protests would be "held accountable".

The chairman of the electoral commission, Emanuel Dias, told Lusa news agency that the commission had received "fewer than ten complaints" and stood by the results.

An observer mission from the Economic Community of Central African States (ECCAS) said the election had been "generally peaceful" but noted "serious irregularities" in two districts. Its head, former Gabonese prime minister Jean-Rémi Obiang, urged both camps to settle their dispute in court.

Portugal, the former colonial power, said it was following events "with attention" and did not question the result. Angola's President, in a message to Ramos, congratulated him on his re-election.

Hundreds of Bragança supporters gathered outside the commission's offices on Wednesday morning. Police did not intervene."""

build(
    "election-dispute-sao-tome-2026-11-11", ELECTION,
    actors=[
        A("Movement for Change", "organization", "STP", aliases=["the Movement for Change", "MpM", "The opposition", "the opposition"]),
        A("Carlos Neves Ramos", "person", "STP", "President", ["President Carlos Neves Ramos", "him", "Ramos", "The president", "his"]),
        A("electoral commission", "organization", "STP", aliases=["the electoral commission", "The commission", "the commission"]),
        A("Ana Bragança", "person", "STP", "candidate", ["Ana Bragança, the candidate of the Movement for Change (MpM)", "her", "the former finance minister", "Bragança", "she"]),
        A("João Pires", "person", "STP", "spokesman", ["his spokesman, João Pires", "Pires"]),
        A("Emanuel Dias", "person", "STP", "chairman", ["The chairman of the electoral commission, Emanuel Dias"], organization="electoral commission"),
        A("Economic Community of Central African States", "organization", None, aliases=["the Economic Community of Central African States", "ECCAS", "An observer mission"]),
        A("Jean-Rémi Obiang", "person", "GAB", "head of the observer mission", ["Its head, former Gabonese prime minister Jean-Rémi Obiang"], organization="Economic Community of Central African States"),
        A("Portugal", "country", "PRT"),
        A("Angola", "country", "AGO", aliases=["Angola's President"]),
    ],
    quotes=[
        Q("indirect", "her monitors had documented ballot boxes arriving at counting centres already sealed in the districts of Lobata and Cantagalo", "Ana Bragança", "say"),
        Q("direct", "The people voted for change. The commission voted for Ramos,", "Ana Bragança", "tell"),
        Q("indirect", "she would file a complaint with the Constitutional Court by Friday", "Ana Bragança", "say"),
        Q("partial", "a full recount, district by district", "Ana Bragança", "call"),
        Q("indirect", "the vote had been \"the most transparent in our history\" and that the opposition \"should learn to lose\"", "Carlos Neves Ramos", "say"),
        Q("partial", "the most transparent in our history", "Carlos Neves Ramos", "say"),
        Q("partial", "should learn to lose", "Carlos Neves Ramos", "say"),
        Q("indirect", "anyone who organised street protests would be \"held accountable\"", "João Pires", "add"),
        Q("partial", "held accountable", "João Pires", "add"),
        Q("indirect", "the commission had received \"fewer than ten complaints\" and stood by the results", "Emanuel Dias", "tell"),
        Q("partial", "fewer than ten complaints", "Emanuel Dias", "tell"),
        Q("indirect", "the election had been \"generally peaceful\"", "Economic Community of Central African States", "say"),
        Q("partial", "generally peaceful", "Economic Community of Central African States", "say"),
        Q("partial", "serious irregularities", "Economic Community of Central African States", "note"),
        Q("indirect", "it was following events \"with attention\"", "Portugal", "say"),
        Q("partial", "with attention", "Portugal", "say"),
    ],
    dates=[
        D("Nov 11", "DATE", "2026-11-11"),
        D("Sunday", "DATE", "2026-11-08"),
        D("Tuesday night", "TIME", "2026-11-10TNI"),
        D("Friday", "DATE", "2026-11-13"),
        D("2021", "DATE", "2021"),
        D("Wednesday morning", "TIME", "2026-11-11TMO"),
    ],
    stances=[
        S("Movement for Change", "accuse", "Carlos Neves Ramos", evidence="accused President Carlos Neves Ramos of stealing Sunday's presidential election"),
        S("Ana Bragança", "accuse", "electoral commission", evidence="The commission voted for Ramos"),
        S("Ana Bragança", "demand", None, "full recount", "called for \"a full recount, district by district\""),
        S("Carlos Neves Ramos", "reject", "Movement for Change", evidence="Ramos, in office since 2021, dismissed the allegations"),
        S("João Pires", "threaten", None, evidence="anyone who organised street protests would be \"held accountable\""),
        S("Emanuel Dias", "reject", "Movement for Change", evidence="stood by the results"),
        S("Economic Community of Central African States", "concern", None, "serious irregularities", "noted \"serious irregularities\""),
        S("Jean-Rémi Obiang", "appeal", None, "settle the dispute in court", "urged both camps to settle their dispute in court"),
        S("Angola", "praise", "Carlos Neves Ramos", evidence="congratulated him on his re-election"),
    ],
    notes="Invented article (ninth development set; the election and every person and quoted word are invented). "
          "Ramos speaks 'through his spokesman': the quote is the president's; Pires's own addition is Pires's. "
          "'the former finance minister' and 'Bragança' refer back to Ana Bragança. Portugal 'did not question the "
          "result': no stance beyond its hedged 'with attention'. Angola's unnamed President stands for Angola. "
          "Lusa only carries Dias's words.",
)


if __name__ == "__main__":
    WRITER.report()
