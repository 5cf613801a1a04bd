"""Builds the eighth development set (NAME.txt) and its hand-written gold (NAME.gold.json).

Eighth development set: 8 invented reaction articles written on 2026-11-26 by a helper who changed
no library code and did not read the library's source; the gold was committed before reactlib was
run on them. As in ``tests/generalization_dev7/build_gold.py``, the annotation lives here as data so
that offsets are computed, never typed (a quote or date is given by its text and, where the same
words occur more than once, by its occurrence number, 0-based). Run
`python3 tests/generalization_dev8/build_gold.py` after editing. Conventions follow
../shared/eval/GOLD_FORMAT.md, the reference gold and the earlier development sets: countries speak
through their ministries, presidencies and capitals; a summons or an ambassador's recall is a
criticism; background takes no stance; a negated or hedged stance ("stopped short of condemning",
"did not call for") is not annotated; anonymous officials are actors of the country the context
gives them; an appeal to "all sides" has a null target; an aid offer is support for the receiving
country; in an interview the answers (A:) are direct quotes of the interviewee with the channel
'interview' and no cue.
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


# --------------------------------------------------------------------------- 1. airliner forced to land to arrest a blogger (wire, "local time (GMT)")
ASHGABAT = """ date 2026-07-14 ASHGABAT, July 14 (Reuters) - Turkmenistan forced an Anka Air passenger jet flying from Istanbul to Almaty to land in Ashgabat on Monday and arrested a Kazakh blogger on board, prompting outrage from Kazakhstan and Turkey and calls for an international investigation.

Two Turkmen fighter jets intercepted the Airbus A321 over the Caspian Sea at 9:15 p.m. local time (1615 GMT) after air traffic controllers reported a bomb threat, the airline said. No explosives were found. Police led away Yerlan Sadykov, 31, whose Telegram channel has criticised the Turkmen leadership, before the plane was allowed to leave six hours later.

"Our crew followed every instruction because they had no choice," Anka Air spokeswoman Deniz Yalcin told reporters in Istanbul on Tuesday. "We have never seen anything like this, and we will be asking the Turkmen authorities for a full explanation."

Turkmenistan's foreign ministry said in a statement that Sadykov was wanted on charges of "inciting hatred" and that the landing had been carried out "in strict accordance with international rules."

Kazakh President Kassym-Jomart Tokayev called the interception "an act of state hijacking." Speaking at a cabinet meeting, he said he had ordered Kazakhstan's ambassador home for consultations and demanded the blogger's immediate release. "No citizen of Kazakhstan will be abandoned," he said.

Turkey's Foreign Minister Hakan Fidan said Ankara had summoned the Turkmen charge d'affaires and expected "a convincing explanation."

The International Civil Aviation Organization (ICAO) said it was "deeply concerned" and would gather the facts. Its council is due to meet in Montreal next week.

Russia, Turkmenistan's main trading partner, stopped short of condemning Ashgabat. Kremlin spokesman Dmitry Peskov said Moscow did not have enough information and urged both sides "not to dramatise" the incident.

The European Union's foreign policy chief, Kaja Kallas, wrote on X that the landing was "unacceptable" and that the bloc would consider barring Turkmen carriers from its airspace.

Sadykov's wife, Aigerim, told The Associated Press by phone that she had not heard from her husband since Sunday evening. "I only want to know he is alive," she said.

It was the second forced landing in Central Asia since last August, when Tajik jets diverted a cargo flight to Dushanbe."""

build(
    "forced-landing-ashgabat-2026-07-14", ASHGABAT,
    actors=[
        A("Turkmenistan", "country", "TKM", aliases=["Turkmenistan's foreign ministry", "the Turkmen authorities", "Ashgabat", "Turkmen"]),
        A("Anka Air", "organization", "TUR", aliases=["the airline"]),
        A("Deniz Yalcin", "person", "TUR", "spokeswoman", ["Anka Air spokeswoman Deniz Yalcin"], organization="Anka Air"),
        A("Yerlan Sadykov", "person", "KAZ", "blogger", ["a Kazakh blogger", "Sadykov", "the blogger", "her husband", "he"]),
        A("Kazakhstan", "country", "KAZ", aliases=["Kazakh"]),
        A("Kassym-Jomart Tokayev", "person", "KAZ", "President", ["Kazakh President Kassym-Jomart Tokayev", "he"]),
        A("Turkey", "country", "TUR", aliases=["Ankara"]),
        A("Hakan Fidan", "person", "TUR", "Foreign Minister", ["Turkey's Foreign Minister Hakan Fidan"]),
        A("International Civil Aviation Organization", "organization", None, aliases=["The International Civil Aviation Organization", "ICAO", "Its council"]),
        A("Russia", "country", "RUS", aliases=["Moscow", "Kremlin"]),
        A("Dmitry Peskov", "person", "RUS", "Kremlin spokesman", ["Kremlin spokesman Dmitry Peskov"]),
        A("European Union", "organization", None, aliases=["The European Union", "the bloc"]),
        A("Kaja Kallas", "person", None, "foreign policy chief", ["The European Union's foreign policy chief, Kaja Kallas"], organization="European Union"),
        A("Aigerim", "person", "KAZ", "wife", ["Sadykov's wife, Aigerim", "she"]),
    ],
    quotes=[
        Q("indirect", "Two Turkmen fighter jets intercepted the Airbus A321 over the Caspian Sea at 9:15 p.m. local time (1615 GMT) after air traffic controllers reported a bomb threat", "Anka Air", "say"),
        Q("direct", "Our crew followed every instruction because they had no choice,", "Deniz Yalcin", "tell"),
        Q("direct", "We have never seen anything like this, and we will be asking the Turkmen authorities for a full explanation.", "Deniz Yalcin", "tell"),
        Q("indirect", "Sadykov was wanted on charges of \"inciting hatred\" and that the landing had been carried out \"in strict accordance with international rules.\"", "Turkmenistan", "say", "statement"),
        Q("partial", "inciting hatred", "Turkmenistan", "say", "statement"),
        Q("partial", "in strict accordance with international rules.", "Turkmenistan", "say", "statement"),
        Q("partial", "an act of state hijacking.", "Kassym-Jomart Tokayev", "call"),
        Q("indirect", "he had ordered Kazakhstan's ambassador home for consultations", "Kassym-Jomart Tokayev", "say"),
        Q("direct", "No citizen of Kazakhstan will be abandoned,", "Kassym-Jomart Tokayev", "say"),
        Q("indirect", "Ankara had summoned the Turkmen charge d'affaires and expected \"a convincing explanation.\"", "Hakan Fidan", "say"),
        Q("partial", "a convincing explanation.", "Hakan Fidan", "say"),
        Q("indirect", "it was \"deeply concerned\" and would gather the facts", "International Civil Aviation Organization", "say"),
        Q("partial", "deeply concerned", "International Civil Aviation Organization", "say"),
        Q("indirect", "Moscow did not have enough information", "Dmitry Peskov", "say"),
        Q("partial", "not to dramatise", "Dmitry Peskov", "urge"),
        Q("indirect", "the landing was \"unacceptable\" and that the bloc would consider barring Turkmen carriers from its airspace", "Kaja Kallas", "write", "twitter"),
        Q("partial", "unacceptable", "Kaja Kallas", "write", "twitter"),
        Q("indirect", "she had not heard from her husband since Sunday evening", "Aigerim", "tell", "phone call"),
        Q("direct", "I only want to know he is alive,", "Aigerim", "say"),
    ],
    dates=[
        D("July 14", "DATE", "2026-07-14"),
        D("Monday", "DATE", "2026-07-13"),
        D("9:15 p.m. local time", "TIME", "2026-07-13T21:15"),
        D("1615 GMT", "TIME", "2026-07-13T16:15"),
        D("six hours later", "DURATION", "PT6H"),
        D("Tuesday", "DATE", "2026-07-14"),
        D("next week", "DATE", "2026-W30"),
        D("Sunday evening", "TIME", "2026-07-12TEV"),
        D("last August", "DATE", "2025-08"),
    ],
    stances=[
        S("Anka Air", "demand", "Turkmenistan", "full explanation", "we will be asking the Turkmen authorities for a full explanation"),
        S("Turkmenistan", "accuse", "Yerlan Sadykov", evidence="Sadykov was wanted on charges of \"inciting hatred\""),
        S("Kassym-Jomart Tokayev", "condemn", "Turkmenistan", evidence="called the interception \"an act of state hijacking.\""),
        S("Kassym-Jomart Tokayev", "criticize", "Turkmenistan", evidence="he had ordered Kazakhstan's ambassador home for consultations"),
        S("Kassym-Jomart Tokayev", "demand", "Turkmenistan", "release of the blogger", "demanded the blogger's immediate release"),
        S("Hakan Fidan", "criticize", "Turkmenistan", evidence="Ankara had summoned the Turkmen charge d'affaires"),
        S("Hakan Fidan", "demand", "Turkmenistan", "explanation", "expected \"a convincing explanation.\""),
        S("International Civil Aviation Organization", "concern", None, "forced landing", "it was \"deeply concerned\""),
        S("Dmitry Peskov", "appeal", None, "not dramatise the incident", "urged both sides \"not to dramatise\" the incident"),
        S("Kaja Kallas", "criticize", "Turkmenistan", evidence="the landing was \"unacceptable\""),
        S("Kaja Kallas", "threaten", "Turkmenistan", evidence="would consider barring Turkmen carriers from its airspace"),
    ],
    notes="Invented article (eighth development set; the incident, Sadykov, Yalcin, Anka Air and all quoted words are "
          "invented, the officials used freely). Russia 'stopped short of condemning' Ashgabat: no stance. '9:15 p.m. "
          "local time (1615 GMT)' is two TIME expressions. The Associated Press only carries Aigerim's words and is not "
          "an actor. 'Tuesday' is the article date.",
)


# --------------------------------------------------------------------------- 2. dam collapse in Malawi floods Mozambique (interview transcript Q:/A:)
SHIRE = """ date 2026-03-26 MAPUTO, March 26 - The collapse of the Chikwawa dam on Malawi's Shire river early on Tuesday sent a wall of water across the border into Mozambique's Zambezia province, killing at least 41 people and displacing some 60,000. Malawi's government has blamed days of torrential rain; Mozambican officials say the dam had not been maintained for years.

We spoke on Wednesday to Luisa Meque, president of Mozambique's National Institute for Disaster Risk Management (INGD), in the flooded town of Morrumbala. The interview has been edited for length.

Q: How bad is the situation tonight?

A: It is the worst I have seen in twenty years of this work. Whole villages are under two metres of water. Our boats are reaching people on rooftops, but many are still waiting.

Q: Malawi says this was a natural disaster. Do you accept that?

A: No. Rain does not break a dam that has been looked after. We warned Lilongwe about cracks in that wall in November 2024, and we warned them again last month. Nobody answered.

Q: Are you asking Malawi for compensation?

A: That is for the government to decide. Today my only demand is that Malawi opens its floodgates slowly and tells us, hour by hour, what is coming down the river.

Q: What help have you received?

A: South Africa sent two helicopters yesterday, and the World Food Programme (WFP) is feeding 20,000 people. We need far more: tents, water purification, medicine against cholera.

Hours after the interview, Malawi's minister of natural resources, Owen Chiumia, rejected the accusation. "This dam was inspected in 2025 and found sound. No engineer in the world could have designed for the rain we received," he told state broadcaster MBC. He said Malawi would share river data with Maputo "every six hours."

Mozambican President Daniel Chapo said on Thursday he had spoken by phone with his Malawian counterpart, Peter Mutharika, and that the two had agreed to set up a joint technical commission. Chapo did not call for compensation.

The Southern African Development Community (SADC) offered to coordinate relief and urged both governments to "put people before blame." UN Secretary-General Antonio Guterres said he was saddened by the loss of life."""

build(
    "dam-collapse-shire-2026-03-26", SHIRE,
    actors=[
        A("Malawi", "country", "MWI", aliases=["Malawi's government", "Lilongwe", "Malawian"]),
        A("Mozambique", "country", "MOZ", aliases=["Mozambican officials", "the government", "Maputo", "Mozambican"]),
        A("Luisa Meque", "person", "MOZ", "president", ["Luisa Meque, president of Mozambique's National Institute for Disaster Risk Management", "I", "my"], organization="National Institute for Disaster Risk Management"),
        A("National Institute for Disaster Risk Management", "organization", "MOZ", aliases=["Mozambique's National Institute for Disaster Risk Management", "INGD"]),
        A("South Africa", "country", "ZAF"),
        A("World Food Programme", "organization", None, aliases=["the World Food Programme", "WFP"]),
        A("Owen Chiumia", "person", "MWI", "minister of natural resources", ["Malawi's minister of natural resources, Owen Chiumia", "he", "He"]),
        A("Daniel Chapo", "person", "MOZ", "President", ["Mozambican President Daniel Chapo", "Chapo", "he"]),
        A("Peter Mutharika", "person", "MWI", "President", ["his Malawian counterpart, Peter Mutharika"]),
        A("Southern African Development Community", "organization", None, aliases=["The Southern African Development Community", "SADC"]),
        A("Antonio Guterres", "person", None, "Secretary-General", ["UN Secretary-General Antonio Guterres", "he"], organization="United Nations"),
    ],
    quotes=[
        Q("indirect", "the dam had not been maintained for years", "Mozambique", "say"),
        Q("direct", "It is the worst I have seen in twenty years of this work. Whole villages are under two metres of water. Our boats are reaching people on rooftops, but many are still waiting.", "Luisa Meque", None, "interview"),
        Q("direct", "No. Rain does not break a dam that has been looked after. We warned Lilongwe about cracks in that wall in November 2024, and we warned them again last month. Nobody answered.", "Luisa Meque", None, "interview"),
        Q("direct", "That is for the government to decide. Today my only demand is that Malawi opens its floodgates slowly and tells us, hour by hour, what is coming down the river.", "Luisa Meque", None, "interview"),
        Q("direct", "South Africa sent two helicopters yesterday, and the World Food Programme (WFP) is feeding 20,000 people. We need far more: tents, water purification, medicine against cholera.", "Luisa Meque", None, "interview"),
        Q("direct", "This dam was inspected in 2025 and found sound. No engineer in the world could have designed for the rain we received,", "Owen Chiumia", "tell", "television"),
        Q("indirect", "Malawi would share river data with Maputo \"every six hours.\"", "Owen Chiumia", "say"),
        Q("partial", "every six hours.", "Owen Chiumia", "say"),
        Q("indirect", "he had spoken by phone with his Malawian counterpart, Peter Mutharika, and that the two had agreed to set up a joint technical commission", "Daniel Chapo", "say"),
        Q("partial", "put people before blame.", "Southern African Development Community", "urge"),
        Q("indirect", "he was saddened by the loss of life", "Antonio Guterres", "say"),
    ],
    dates=[
        D("March 26", "DATE", "2026-03-26"),
        D("early on Tuesday", "TIME", "2026-03-24TMO"),
        D("days", "DURATION", "PXD"),
        D("for years", "DURATION", "PXY"),
        D("Wednesday", "DATE", "2026-03-25"),
        D("tonight", "TIME", "2026-03-25TNI"),
        D("twenty years", "DURATION", "P20Y"),
        D("November 2024", "DATE", "2024-11"),
        D("last month", "DATE", "2026-02"),
        D("Today", "DATE", "2026-03-25"),
        D("hour by hour", "SET", "PT1H"),
        D("yesterday", "DATE", "2026-03-24"),
        D("in 2025", "DATE", "2025"),
        D("every six hours", "SET", "PT6H"),
        D("Thursday", "DATE", "2026-03-26"),
    ],
    stances=[
        S("Mozambique", "accuse", "Malawi", evidence="the dam had not been maintained for years"),
        S("Luisa Meque", "reject", "Malawi", evidence="Malawi says this was a natural disaster. Do you accept that?\n\nA: No."),
        S("Luisa Meque", "accuse", "Malawi", evidence="Rain does not break a dam that has been looked after"),
        S("Luisa Meque", "demand", "Malawi", "open the floodgates slowly and share information", "my only demand is that Malawi opens its floodgates slowly"),
        S("South Africa", "support", "Mozambique", evidence="South Africa sent two helicopters yesterday"),
        S("World Food Programme", "support", "Mozambique", evidence="the World Food Programme (WFP) is feeding 20,000 people"),
        S("Owen Chiumia", "reject", "Mozambique", evidence="rejected the accusation"),
        S("Daniel Chapo", "consult", "Peter Mutharika", evidence="he had spoken by phone with his Malawian counterpart"),
        S("Peter Mutharika", "consult", "Daniel Chapo", evidence="he had spoken by phone with his Malawian counterpart"),
        S("Southern African Development Community", "mediate", None, evidence="offered to coordinate relief"),
        S("Southern African Development Community", "appeal", None, "put people before blame", "urged both governments to \"put people before blame.\""),
        S("Antonio Guterres", "concern", None, "loss of life", "he was saddened by the loss of life"),
    ],
    notes="Invented article (eighth development set; the collapse, Meque, Chiumia and all quoted words are invented). "
          "Interview transcript: each answer (A:) is a direct quote of Meque, channel 'interview', no cue; the questions "
          "are not quotes. The interview took place on Wednesday, so 'tonight', 'Today' and 'yesterday' in the answers "
          "are anchored there. Chapo 'did not call for compensation': no stance. Malawi's blaming of rain is background "
          "without a reporting verb. The SADC relief offer is annotated as mediation (uncertain: could be support).",
)


# --------------------------------------------------------------------------- 3. maritime boundary arbitration, Ghana v Togo (statement printed in full over several paragraphs)
LOME = """ date 2026-08-19 LOME/ACCRA, Aug 19 - An arbitral tribunal in The Hague on Tuesday drew a new maritime boundary between Ghana and Togo that places most of a disputed offshore oil block in Ghanaian waters, ending an eight-year legal battle.

The five-judge tribunal, constituted under the UN Convention on the Law of the Sea (UNCLOS) and sitting at the Permanent Court of Arbitration (PCA), ruled by four votes to one. Its decision is final and binding.

Ghana's Attorney General, Dominic Ayine, hailed "a victory for the rule of law and for the people of the Western Region." Speaking outside the Peace Palace, he said Accra would "extend a hand of friendship" to Lome.

Togo's government responded hours later with a statement read on national television by its spokesman, Yawa Kouigan. It is reproduced here in full:

"The Government of the Togolese Republic has taken note of the award delivered today in The Hague. It regrets that the tribunal has not taken into account the geographical realities of a coast that is short and concave.

"Togo has always respected international law and will continue to do so. However, the Government cannot accept a line that leaves our country without access to the resources of its own continental shelf.

"The Government will study the award with its counsel and reserves all its rights. It calls on the Togolese people to remain calm and united."

Analysts said the wording stopped short of rejecting the award outright.

The ruling is a boost for Ghana's plans to start production from the block by mid-2027. Kosmos Petroleum Ghana, one of the block's operators, said in an emailed comment that it "welcomes the clarity" the award brings. Its spokesman, Kwame Asante, said drilling would resume "in the coming months."

The African Union Commission chairman, Mahmoud Ali Youssouf, praised both countries for "choosing the courtroom over confrontation" and offered the AU's help in implementing the ruling. The Economic Community of West African States (ECOWAS) urged the neighbours to negotiate a joint development zone.

The case was brought by Ghana in 2018, a year after a similar dispute with Ivory Coast ended at an international tribunal."""

build(
    "maritime-arbitration-lome-2026-08-19", LOME,
    actors=[
        A("Ghana", "country", "GHA", aliases=["Accra", "Ghanaian", "Ghana's"]),
        A("Togo", "country", "TGO", aliases=["Togo's government", "Lome", "The Government of the Togolese Republic", "the Government", "The Government", "Togolese"]),
        A("Permanent Court of Arbitration", "organization", None, aliases=["An arbitral tribunal", "The five-judge tribunal", "the Permanent Court of Arbitration", "PCA", "the tribunal"]),
        A("Dominic Ayine", "person", "GHA", "Attorney General", ["Ghana's Attorney General, Dominic Ayine", "he"]),
        A("Yawa Kouigan", "person", "TGO", "spokesman", ["its spokesman, Yawa Kouigan"]),
        A("Kosmos Petroleum Ghana", "organization", "GHA", aliases=["one of the block's operators"]),
        A("Kwame Asante", "person", "GHA", "spokesman", ["Its spokesman, Kwame Asante"], organization="Kosmos Petroleum Ghana"),
        A("African Union", "organization", None, aliases=["The African Union Commission", "the AU"]),
        A("Mahmoud Ali Youssouf", "person", None, "African Union Commission chairman", ["The African Union Commission chairman, Mahmoud Ali Youssouf"], organization="African Union"),
        A("Economic Community of West African States", "organization", None, aliases=["The Economic Community of West African States", "ECOWAS"]),
    ],
    quotes=[
        Q("partial", "a victory for the rule of law and for the people of the Western Region.", "Dominic Ayine", "hail"),
        Q("indirect", "Accra would \"extend a hand of friendship\" to Lome", "Dominic Ayine", "say"),
        Q("partial", "extend a hand of friendship", "Dominic Ayine", "say"),
        Q("direct", "The Government of the Togolese Republic has taken note of the award delivered today in The Hague. It regrets that the tribunal has not taken into account the geographical realities of a coast that is short and concave.", "Togo", "statement", "statement"),
        Q("direct", "Togo has always respected international law and will continue to do so. However, the Government cannot accept a line that leaves our country without access to the resources of its own continental shelf.", "Togo", "statement", "statement"),
        Q("direct", "The Government will study the award with its counsel and reserves all its rights. It calls on the Togolese people to remain calm and united.", "Togo", "statement", "statement"),
        Q("indirect", "the wording stopped short of rejecting the award outright", None, "say"),
        Q("partial", "welcomes the clarity", "Kosmos Petroleum Ghana", "say"),
        Q("indirect", "drilling would resume \"in the coming months.\"", "Kwame Asante", "say"),
        Q("partial", "in the coming months.", "Kwame Asante", "say"),
        Q("partial", "choosing the courtroom over confrontation", "Mahmoud Ali Youssouf", "praise"),
    ],
    dates=[
        D("Aug 19", "DATE", "2026-08-19"),
        D("Tuesday", "DATE", "2026-08-18"),
        D("eight-year", "DURATION", "P8Y"),
        D("today", "DATE", "2026-08-18"),
        D("mid-2027", "DATE", "2027"),
        D("in the coming months", "DATE", "FUTURE_REF"),
        D("in 2018", "DATE", "2018"),
        D("a year after", "DURATION", "P1Y"),
    ],
    stances=[
        S("Dominic Ayine", "praise", "Permanent Court of Arbitration", evidence="hailed \"a victory for the rule of law"),
        S("Dominic Ayine", "support", "Togo", evidence="\"extend a hand of friendship\" to Lome"),
        S("Togo", "concern", None, "the tribunal ignored the geography of the coast", "It regrets that the tribunal has not taken into account"),
        S("Togo", "reject", "Permanent Court of Arbitration", evidence="the Government cannot accept a line"),
        S("Togo", "appeal", None, "remain calm and united", "It calls on the Togolese people to remain calm and united"),
        S("Kosmos Petroleum Ghana", "welcome", "Permanent Court of Arbitration", evidence="\"welcomes the clarity\""),
        S("Mahmoud Ali Youssouf", "praise", "Ghana", evidence="praised both countries"),
        S("Mahmoud Ali Youssouf", "praise", "Togo", evidence="praised both countries"),
        S("Mahmoud Ali Youssouf", "mediate", None, evidence="offered the AU's help in implementing the ruling"),
        S("Economic Community of West African States", "appeal", None, "negotiate a joint development zone", "urged the neighbours to negotiate a joint development zone"),
    ],
    notes="Invented article (eighth development set; the arbitration, the award and all quoted words are invented; "
          "Ghana and Togo's real boundary talks are not described). Togo's statement, read by its spokesman, is "
          "printed in full over three paragraphs, each a direct quote of Togo (cue 'statement', channel 'statement'). "
          "The 'analysts' are not an actor (unattributed indirect quote) and the hedged 'stopped short of rejecting' "
          "takes no stance beyond what the statement says ('cannot accept a line' is a reject). 'today' in the statement "
          "is the day of the award. 'mid-2027' is annotated with the year. 'hours later' is vague and not annotated.",
)


# --------------------------------------------------------------------------- 4. schoolchildren kidnapped in Cameroon (anonymous senior official, pronouns)
BAMENDA = """ date 2026-10-07 YAOUNDE, Oct 7 - Armed men abducted 78 pupils and three teachers from a boarding school near Bamenda in Cameroon's North-West region before dawn on Monday, the second mass kidnapping of schoolchildren in the restive English-speaking area this year.

The gunmen arrived on motorbikes at about 2 a.m., forced the pupils, aged 11 to 17, out of their dormitories and marched them into the forest, the school's principal, Mercy Ngwa, told reporters. She said a night watchman who tried to raise the alarm was beaten unconscious.

A senior security official in Yaounde, who asked not to be named because he was not authorised to speak to the media, said the army believed a faction of the separatist Ambazonia Defence Forces (ADF) was responsible. He said the kidnappers had made contact with intermediaries on Tuesday but had not yet made demands. "We know roughly where they are. We will not do anything that puts the children in danger," he said.

The ADF denied involvement. Its spokesman, Capo Daniel, who lives in Europe, said in a voice message that the group "does not make war on children" and blamed "criminal gangs protected by the regime."

Cameroon's Minister of Territorial Administration, Paul Atanga Nji, accused the separatists of lying. "These terrorists have been burning schools for ten years. They cannot wash their hands of this," Atanga Nji said on Tuesday evening. He promised that the children would be "brought home safe" and warned that those who harbour the kidnappers would face prosecution.

UNICEF said it was appalled and called for the immediate and unconditional release of the pupils. "Schools must be places of safety, never of fear," its regional director, Gilles Fagninou, said in a statement.

The Catholic archbishop of Bamenda, Andrew Nkea, who has mediated between the two sides before, said he was ready to talk to the kidnappers "wherever they are." He urged the government to give dialogue a chance.

The United States embassy in Yaounde condemned the abduction. Nigeria, whose border lies 80 km away, said it had placed its troops on alert.

Parents gathered at the school on Wednesday morning. "My daughter is twelve. I have not slept for two nights," said one mother, who gave her name only as Bih."""

build(
    "school-kidnapping-bamenda-2026-10-07", BAMENDA,
    actors=[
        A("Cameroon", "country", "CMR", aliases=["Yaounde", "the army", "the government", "the regime", "Cameroon's"]),
        A("Mercy Ngwa", "person", "CMR", "principal", ["the school's principal, Mercy Ngwa", "She"]),
        A("senior security official", "person", "CMR", "security official", ["A senior security official in Yaounde", "he", "He"], anonymous=True),
        A("Ambazonia Defence Forces", "group", "CMR", aliases=["the separatist Ambazonia Defence Forces", "ADF", "The ADF", "the group", "the separatists"]),
        A("Capo Daniel", "person", "CMR", "spokesman", ["Its spokesman, Capo Daniel"], organization="Ambazonia Defence Forces"),
        A("Paul Atanga Nji", "person", "CMR", "Minister of Territorial Administration", ["Cameroon's Minister of Territorial Administration, Paul Atanga Nji", "Atanga Nji", "He"]),
        A("UNICEF", "organization", None, aliases=["its"]),
        A("Gilles Fagninou", "person", None, "regional director", ["its regional director, Gilles Fagninou"], organization="UNICEF"),
        A("Andrew Nkea", "person", "CMR", "archbishop", ["The Catholic archbishop of Bamenda, Andrew Nkea", "he", "He"]),
        A("United States", "country", "USA", aliases=["The United States embassy in Yaounde"]),
        A("Nigeria", "country", "NGA"),
        A("Bih", "person", "CMR", "mother", ["one mother"]),
    ],
    quotes=[
        Q("indirect", "The gunmen arrived on motorbikes at about 2 a.m., forced the pupils, aged 11 to 17, out of their dormitories and marched them into the forest", "Mercy Ngwa", "tell"),
        Q("indirect", "a night watchman who tried to raise the alarm was beaten unconscious", "Mercy Ngwa", "say"),
        Q("indirect", "the army believed a faction of the separatist Ambazonia Defence Forces (ADF) was responsible", "senior security official", "say"),
        Q("indirect", "the kidnappers had made contact with intermediaries on Tuesday but had not yet made demands", "senior security official", "say"),
        Q("direct", "We know roughly where they are. We will not do anything that puts the children in danger,", "senior security official", "say"),
        Q("indirect", "the group \"does not make war on children\" and blamed \"criminal gangs protected by the regime.\"", "Capo Daniel", "say", "voice message"),
        Q("partial", "does not make war on children", "Capo Daniel", "say", "voice message"),
        Q("partial", "criminal gangs protected by the regime.", "Capo Daniel", "blame", "voice message"),
        Q("direct", "These terrorists have been burning schools for ten years. They cannot wash their hands of this,", "Paul Atanga Nji", "say"),
        Q("indirect", "the children would be \"brought home safe\"", "Paul Atanga Nji", "promise"),
        Q("partial", "brought home safe", "Paul Atanga Nji", "promise"),
        Q("indirect", "those who harbour the kidnappers would face prosecution", "Paul Atanga Nji", "warn"),
        Q("indirect", "it was appalled", "UNICEF", "say"),
        Q("direct", "Schools must be places of safety, never of fear,", "Gilles Fagninou", "say", "statement"),
        Q("indirect", "he was ready to talk to the kidnappers \"wherever they are.\"", "Andrew Nkea", "say"),
        Q("partial", "wherever they are.", "Andrew Nkea", "say"),
        Q("indirect", "it had placed its troops on alert", "Nigeria", "say"),
        Q("direct", "My daughter is twelve. I have not slept for two nights,", "Bih", "say"),
    ],
    dates=[
        D("Oct 7", "DATE", "2026-10-07"),
        D("before dawn on Monday", "TIME", "2026-10-05TMO"),
        D("this year", "DATE", "2026"),
        D("about 2 a.m.", "TIME", "2026-10-05T02:00"),
        D("Tuesday", "DATE", "2026-10-06"),
        D("for ten years", "DURATION", "P10Y"),
        D("Tuesday evening", "TIME", "2026-10-06TEV"),
        D("Wednesday morning", "TIME", "2026-10-07TMO"),
        D("for two nights", "DURATION", "P2D"),
    ],
    stances=[
        S("senior security official", "accuse", "Ambazonia Defence Forces", evidence="a faction of the separatist Ambazonia Defence Forces (ADF) was responsible"),
        S("Ambazonia Defence Forces", "reject", None, evidence="The ADF denied involvement"),
        S("Capo Daniel", "accuse", "Cameroon", evidence="blamed \"criminal gangs protected by the regime.\""),
        S("Paul Atanga Nji", "accuse", "Ambazonia Defence Forces", evidence="accused the separatists of lying"),
        S("Paul Atanga Nji", "threaten", None, evidence="those who harbour the kidnappers would face prosecution"),
        S("UNICEF", "condemn", None, evidence="it was appalled"),
        S("UNICEF", "demand", None, "release of the pupils", "called for the immediate and unconditional release of the pupils"),
        S("Andrew Nkea", "mediate", None, evidence="he was ready to talk to the kidnappers"),
        S("Andrew Nkea", "appeal", "Cameroon", "give dialogue a chance", "urged the government to give dialogue a chance"),
        S("United States", "condemn", None, evidence="The United States embassy in Yaounde condemned the abduction"),
    ],
    notes="Invented article (eighth development set; the kidnapping, Ngwa, Fagninou's words and all quoted words are "
          "invented, the officials used freely). The anonymous 'senior security official' is an actor of Cameroon and "
          "carries 'he'/'He' back-references; the kidnappers themselves are unidentified and not an actor. The "
          "security official's attribution to the ADF is annotated as an accusation. Nigeria putting troops on alert is "
          "a precaution and takes no stance. 'before dawn on Monday' is annotated as Monday morning.",
)


# --------------------------------------------------------------------------- 5. undersea internet cables cut in the Red Sea (company spokespeople, acronyms in brackets)
REDSEA = """ date 2026-04-16 DJIBOUTI, April 16 - Three undersea internet cables were severed in the southern Red Sea late on Monday, slowing connections across East Africa and the Gulf and reviving fears over the security of the region's critical infrastructure.

EastLink Subsea Ltd, the Nairobi-based consortium that operates the longest of the three cables, said the damage occurred about 40 km off the Yemeni coast. "Our data shows all three cables failing within nine minutes of each other. That is not a coincidence," company spokesman Peter Odhiambo said on Wednesday. He said a repair ship would not reach the site before the end of the month.

Horn Digital, Djibouti's largest internet provider, said traffic had been rerouted through Egypt but that customers would see slower speeds "for several weeks." Its chief executive, Amina Farah, apologised to subscribers.

Suspicion quickly fell on a Togo-flagged bulk carrier, the Marisol, that was seen dragging its anchor in the area. Yemen's Houthi movement, which sank a ship nearby two years ago, said it had "nothing to do" with the damage. Its spokesman, Mohammed Abdulsalam, wrote on X that the accusations were "a Zionist-American lie to justify aggression."

The U.S. Central Command (CENTCOM) said it was "aware of the reports" and was working with partners to establish the facts. It did not blame the Houthis.

Djibouti's minister of digital economy, Mariam Hamadou Ali, said her government had asked the International Cable Protection Committee (ICPC) to help investigate, and called on "all states with ships in the Red Sea" to respect the 1884 convention protecting submarine cables.

Kenya's Information Minister William Kabogo said the outage had cost Kenyan businesses millions of dollars since Tuesday and urged the region to build "more routes, not fewer."

Marisol Shipping, the vessel's Piraeus-registered manager, said in an email that its crew had done nothing wrong and that the ship had anchored only because of an engine failure. "We are cooperating fully with the authorities," the email said.

The Red Sea carries about a fifth of the world's internet traffic between Europe and Asia. Cables in the area were also cut in February 2024."""

build(
    "cable-cut-red-sea-2026-04-16", REDSEA,
    actors=[
        A("EastLink Subsea Ltd", "organization", "KEN", aliases=["the Nairobi-based consortium", "company"]),
        A("Peter Odhiambo", "person", "KEN", "spokesman", ["company spokesman Peter Odhiambo", "He"], organization="EastLink Subsea Ltd"),
        A("Horn Digital", "organization", "DJI", aliases=["Djibouti's largest internet provider"]),
        A("Amina Farah", "person", "DJI", "chief executive", ["Its chief executive, Amina Farah"], organization="Horn Digital"),
        A("Houthi movement", "group", "YEM", aliases=["Yemen's Houthi movement", "the Houthis"]),
        A("Mohammed Abdulsalam", "person", "YEM", "spokesman", ["Its spokesman, Mohammed Abdulsalam"], organization="Houthi movement"),
        A("U.S. Central Command", "organization", "USA", aliases=["The U.S. Central Command", "CENTCOM", "It"]),
        A("Djibouti", "country", "DJI", aliases=["her government"]),
        A("Mariam Hamadou Ali", "person", "DJI", "minister of digital economy", ["Djibouti's minister of digital economy, Mariam Hamadou Ali"]),
        A("International Cable Protection Committee", "organization", None, aliases=["the International Cable Protection Committee", "ICPC"]),
        A("Kenya", "country", "KEN", aliases=["Kenyan"]),
        A("William Kabogo", "person", "KEN", "Information Minister", ["Kenya's Information Minister William Kabogo"]),
        A("Marisol Shipping", "organization", "GRC", aliases=["the vessel's Piraeus-registered manager"]),
    ],
    quotes=[
        Q("indirect", "the damage occurred about 40 km off the Yemeni coast", "EastLink Subsea Ltd", "say"),
        Q("direct", "Our data shows all three cables failing within nine minutes of each other. That is not a coincidence,", "Peter Odhiambo", "say"),
        Q("indirect", "a repair ship would not reach the site before the end of the month", "Peter Odhiambo", "say"),
        Q("indirect", "traffic had been rerouted through Egypt but that customers would see slower speeds \"for several weeks.\"", "Horn Digital", "say"),
        Q("partial", "for several weeks.", "Horn Digital", "say"),
        Q("indirect", "it had \"nothing to do\" with the damage", "Houthi movement", "say"),
        Q("partial", "nothing to do", "Houthi movement", "say"),
        Q("indirect", "the accusations were \"a Zionist-American lie to justify aggression.\"", "Mohammed Abdulsalam", "write", "twitter"),
        Q("partial", "a Zionist-American lie to justify aggression.", "Mohammed Abdulsalam", "write", "twitter"),
        Q("indirect", "it was \"aware of the reports\" and was working with partners to establish the facts", "U.S. Central Command", "say"),
        Q("partial", "aware of the reports", "U.S. Central Command", "say"),
        Q("indirect", "her government had asked the International Cable Protection Committee (ICPC) to help investigate", "Mariam Hamadou Ali", "say"),
        Q("partial", "all states with ships in the Red Sea", "Mariam Hamadou Ali", "call"),
        Q("indirect", "the outage had cost Kenyan businesses millions of dollars since Tuesday", "William Kabogo", "say"),
        Q("partial", "more routes, not fewer.", "William Kabogo", "urge"),
        Q("indirect", "its crew had done nothing wrong and that the ship had anchored only because of an engine failure", "Marisol Shipping", "say", "email"),
        Q("direct", "We are cooperating fully with the authorities,", "Marisol Shipping", "say", "email"),
    ],
    dates=[
        D("April 16", "DATE", "2026-04-16"),
        D("late on Monday", "TIME", "2026-04-13TNI"),
        D("within nine minutes", "DURATION", "PT9M"),
        D("Wednesday", "DATE", "2026-04-15"),
        D("the end of the month", "DATE", "2026-04"),
        D("for several weeks", "DURATION", "PXW"),
        D("two years ago", "DATE", "2024"),
        D("1884", "DATE", "1884"),
        D("since Tuesday", "DATE", "2026-04-14"),
        D("February 2024", "DATE", "2024-02"),
    ],
    stances=[
        S("Peter Odhiambo", "accuse", None, evidence="That is not a coincidence"),
        S("Houthi movement", "reject", None, evidence="it had \"nothing to do\" with the damage"),
        S("Mohammed Abdulsalam", "reject", None, evidence="the accusations were \"a Zionist-American lie to justify aggression.\""),
        S("Mohammed Abdulsalam", "accuse", "U.S. Central Command", evidence="a Zionist-American lie to justify aggression"),
        S("Mariam Hamadou Ali", "appeal", "International Cable Protection Committee", "help investigate", "asked the International Cable Protection Committee (ICPC) to help investigate"),
        S("Mariam Hamadou Ali", "appeal", None, "respect the convention protecting submarine cables", "called on \"all states with ships in the Red Sea\" to respect the 1884 convention"),
        S("William Kabogo", "appeal", None, "build more routes", "urged the region to build \"more routes, not fewer.\""),
        S("Marisol Shipping", "reject", None, evidence="its crew had done nothing wrong"),
    ],
    notes="Invented article (eighth development set; the cuts, both companies, the Marisol and all quoted words are "
          "invented, the officials used freely). Company spokespeople speak for little-known companies, and three "
          "organisations are introduced with acronyms in brackets. CENTCOM 'did not blame the Houthis': no stance. "
          "Abdulsalam's 'Zionist-American lie' is annotated as an accusation of the United States through CENTCOM "
          "(uncertain: no US actor is named otherwise). Odhiambo's 'not a coincidence' is an accusation without a "
          "target. The Marisol is a ship, not an actor; its manager speaks by email.",
)


# --------------------------------------------------------------------------- 6. Bolivia defaults and opens IMF talks (many relative dates)
LAPAZ = """ date 2026-09-22 LA PAZ, Sept 22 - Bolivia missed a $210 million coupon payment on its international bonds on Monday, becoming the first South American country to default since Argentina in 2020, and said it would open formal talks with the International Monetary Fund (IMF) next month.

Economy Minister Gabriela Espinoza told a news conference that the government had "chosen to feed Bolivians rather than pay speculators" and that the country would seek to restructure about $9 billion of foreign debt by mid-2027. "This is not the end of the road. It is the beginning of an honest conversation with our creditors," she said.

A 30-day grace period on the payment expired at midnight. Rating agency S&P Global cut Bolivia to "selective default" within hours.

The IMF said a mission led by its Western Hemisphere director, Rodrigo Valdes, had held preliminary talks with Bolivian officials in Washington late last month and would travel to La Paz in the first week of October. Its spokeswoman, Julie Kozack, said the Fund stood ready to help Bolivia "restore stability and protect the most vulnerable," but declined to say how large a programme might be.

A group of bondholders holding about a third of the debt said it was "disappointed" that the government had not engaged with them earlier. "We have asked for a meeting twice since June and received no reply," the group's adviser, Marco Ruiz of the Lima-based firm Andes Capital Advisors, told Reuters. He said investors were open to a deal but would not accept "a unilateral haircut."

China, Bolivia's largest bilateral lender, said it would "handle the matter properly through friendly consultation." Brazil's finance minister, Fernando Haddad, said his country was prepared to offer a bridge loan.

The opposition was scathing. Former president Jorge Quiroga accused the government of "burning through our reserves for three years" and called for early elections.

The boliviano has lost almost half its value on the parallel market since January, and queues for fuel have become a daily sight in El Alto. Unions have called a general strike for Thursday.

President Luis Arce, who is barred from standing again, has not commented publicly. His term ends in November."""

build(
    "debt-default-la-paz-2026-09-22", LAPAZ,
    actors=[
        A("Bolivia", "country", "BOL", aliases=["the government", "the country", "Bolivian", "La Paz"]),
        A("International Monetary Fund", "organization", None, aliases=["the International Monetary Fund", "IMF", "The IMF", "the Fund", "its", "Its"]),
        A("Gabriela Espinoza", "person", "BOL", "Economy Minister", ["Economy Minister Gabriela Espinoza", "she"]),
        A("S&P Global", "organization", "USA", aliases=["Rating agency S&P Global"]),
        A("Rodrigo Valdes", "person", None, "Western Hemisphere director", ["its Western Hemisphere director, Rodrigo Valdes"], organization="International Monetary Fund"),
        A("Julie Kozack", "person", None, "spokeswoman", ["Its spokeswoman, Julie Kozack"], organization="International Monetary Fund"),
        A("bondholders", "group", None, aliases=["A group of bondholders", "the group's"]),
        A("Marco Ruiz", "person", "PER", "adviser", ["the group's adviser, Marco Ruiz", "He"], organization="Andes Capital Advisors"),
        A("Andes Capital Advisors", "organization", "PER", aliases=["the Lima-based firm Andes Capital Advisors"]),
        A("China", "country", "CHN"),
        A("Brazil", "country", "BRA", aliases=["his country"]),
        A("Fernando Haddad", "person", "BRA", "finance minister", ["Brazil's finance minister, Fernando Haddad"]),
        A("Jorge Quiroga", "person", "BOL", "Former president", ["Former president Jorge Quiroga"]),
        A("Luis Arce", "person", "BOL", "President", ["President Luis Arce", "His"]),
    ],
    quotes=[
        Q("indirect", "it would open formal talks with the International Monetary Fund (IMF) next month", "Bolivia", "say"),
        Q("indirect", "the government had \"chosen to feed Bolivians rather than pay speculators\" and that the country would seek to restructure about $9 billion of foreign debt by mid-2027", "Gabriela Espinoza", "tell", "press conference"),
        Q("partial", "chosen to feed Bolivians rather than pay speculators", "Gabriela Espinoza", "tell", "press conference"),
        Q("direct", "This is not the end of the road. It is the beginning of an honest conversation with our creditors,", "Gabriela Espinoza", "say", "press conference"),
        Q("indirect", "a mission led by its Western Hemisphere director, Rodrigo Valdes, had held preliminary talks with Bolivian officials in Washington late last month and would travel to La Paz in the first week of October", "International Monetary Fund", "say"),
        Q("indirect", "the Fund stood ready to help Bolivia \"restore stability and protect the most vulnerable,\"", "Julie Kozack", "say"),
        Q("partial", "restore stability and protect the most vulnerable,", "Julie Kozack", "say"),
        Q("indirect", "it was \"disappointed\" that the government had not engaged with them earlier", "bondholders", "say"),
        Q("partial", "disappointed", "bondholders", "say"),
        Q("direct", "We have asked for a meeting twice since June and received no reply,", "Marco Ruiz", "tell"),
        Q("indirect", "investors were open to a deal but would not accept \"a unilateral haircut.\"", "Marco Ruiz", "say"),
        Q("partial", "a unilateral haircut.", "Marco Ruiz", "say"),
        Q("indirect", "it would \"handle the matter properly through friendly consultation.\"", "China", "say"),
        Q("partial", "handle the matter properly through friendly consultation.", "China", "say"),
        Q("indirect", "his country was prepared to offer a bridge loan", "Fernando Haddad", "say"),
        Q("partial", "burning through our reserves for three years", "Jorge Quiroga", "accuse"),
    ],
    dates=[
        D("Sept 22", "DATE", "2026-09-22"),
        D("Monday", "DATE", "2026-09-21"),
        D("in 2020", "DATE", "2020"),
        D("next month", "DATE", "2026-10"),
        D("mid-2027", "DATE", "2027"),
        D("30-day", "DURATION", "P30D"),
        D("midnight", "TIME", "2026-09-21T24:00"),
        D("late last month", "DATE", "2026-08"),
        D("the first week of October", "DATE", "2026-W40"),
        D("since June", "DATE", "2026-06"),
        D("for three years", "DURATION", "P3Y"),
        D("since January", "DATE", "2026-01"),
        D("daily", "SET", "P1D"),
        D("Thursday", "DATE", "2026-09-24"),
        D("November", "DATE", "2026-11"),
    ],
    stances=[
        S("Bolivia", "consult", "International Monetary Fund", evidence="it would open formal talks with the International Monetary Fund (IMF) next month"),
        S("Gabriela Espinoza", "criticize", "bondholders", evidence="rather than pay speculators"),
        S("S&P Global", "criticize", "Bolivia", evidence="cut Bolivia to \"selective default\""),
        S("International Monetary Fund", "consult", "Bolivia", evidence="had held preliminary talks with Bolivian officials"),
        S("Julie Kozack", "support", "Bolivia", evidence="the Fund stood ready to help Bolivia"),
        S("bondholders", "criticize", "Bolivia", evidence="it was \"disappointed\" that the government had not engaged with them earlier"),
        S("Marco Ruiz", "criticize", "Bolivia", evidence="We have asked for a meeting twice since June and received no reply"),
        S("Marco Ruiz", "reject", "Bolivia", evidence="would not accept \"a unilateral haircut.\""),
        S("China", "consult", "Bolivia", evidence="handle the matter properly through friendly consultation"),
        S("Fernando Haddad", "support", "Bolivia", evidence="his country was prepared to offer a bridge loan"),
        S("Jorge Quiroga", "accuse", "Bolivia", evidence="accused the government of \"burning through our reserves for three years\""),
        S("Jorge Quiroga", "demand", None, "early elections", "called for early elections"),
    ],
    notes="Invented article (eighth development set; the default, Espinoza, Ruiz, Andes Capital Advisors and all quoted "
          "words are invented, the other officials used freely). Relative dates: 'late last month' and 'next month' "
          "are annotated with the month, 'mid-2027' with the year, 'the first week of October' with its ISO week, "
          "'midnight' as the end of Monday. Reuters only carries Ruiz's words. Arce 'has not commented publicly': no "
          "stance. The S&P downgrade is annotated as criticism (uncertain). The unions' strike call is background.",
)


# --------------------------------------------------------------------------- 7. Serbia boycotts a judo championship in Pristina (posts on Telegram and X)
PRISTINA = """ date 2026-05-21 BELGRADE, May 21 - Serbia will boycott the European Judo Championships in Pristina next month, its sports minister announced on Wednesday, after Kosovo refused to let the Serbian team compete under its own flag.

Minister of Sport Zoran Gajic posted the decision on Telegram shortly before midnight: "Our athletes will not walk into an arena where their flag and their anthem are forbidden. Serbia does not go where it is humiliated."

President Aleksandar Vucic backed him the next morning. "Sport should unite people. Pristina has chosen to use it as a weapon against Serbs," Vucic wrote on Instagram, adding that he had asked the Russian and Belarusian federations to show "solidarity."

Kosovo's Prime Minister Albin Kurti answered on X within the hour. "Kosovo welcomes every athlete. We do not welcome the symbols of a state that does not recognise us," he wrote. His sports minister, Hajrulla Ceku, told Kosovo's RTK television that the Serbian team had been offered the federation flag, "exactly as the rules require."

The European Judo Union (EJU), which awarded the event to Pristina in 2024, said it "regrets" the boycott and urged both sides to "keep politics off the tatami." Its president, Sergey Soloveychik, said in a statement that the EJU's rules would be applied "without exception."

The Croatian federation said on its Telegram channel that it would attend, while Bosnia's judo association said it had not yet decided.

Serbia's best-known judoka, Nemanja Majdov, a former world champion, was more cautious. "I respect the decision, but I have trained four years for this," he posted on Instagram on Thursday morning. He did not criticise the government.

The European Union's special representative for the Belgrade-Pristina dialogue, Peter Sorensen, said sport should not become "another front" and called on both capitals to find a compromise before the championships open on June 18.

The boycott is the second sporting row between the neighbours this spring. In March, Kosovo's footballers were refused visas for a qualifier in Nis."""

build(
    "judo-boycott-pristina-2026-05-21", PRISTINA,
    actors=[
        A("Serbia", "country", "SRB", aliases=["Belgrade", "the government", "Serbian"]),
        A("Zoran Gajic", "person", "SRB", "Minister of Sport", ["its sports minister", "Minister of Sport Zoran Gajic", "him"]),
        A("Kosovo", "country", "XKX", aliases=["Pristina", "Kosovo's"]),
        A("Aleksandar Vucic", "person", "SRB", "President", ["President Aleksandar Vucic", "Vucic", "he"]),
        A("Albin Kurti", "person", "XKX", "Prime Minister", ["Kosovo's Prime Minister Albin Kurti", "he", "His"]),
        A("Hajrulla Ceku", "person", "XKX", "sports minister", ["His sports minister, Hajrulla Ceku"]),
        A("European Judo Union", "organization", None, aliases=["The European Judo Union", "EJU", "the EJU's", "Its"]),
        A("Sergey Soloveychik", "person", None, "president", ["Its president, Sergey Soloveychik"], organization="European Judo Union"),
        A("Croatian Judo Federation", "organization", "HRV", aliases=["The Croatian federation"]),
        A("Nemanja Majdov", "person", "SRB", "judoka", ["Serbia's best-known judoka, Nemanja Majdov", "he", "He"]),
        A("European Union", "organization", None, aliases=["The European Union"]),
        A("Peter Sorensen", "person", None, "special representative", ["The European Union's special representative for the Belgrade-Pristina dialogue, Peter Sorensen"], organization="European Union"),
    ],
    quotes=[
        Q("direct", "Our athletes will not walk into an arena where their flag and their anthem are forbidden. Serbia does not go where it is humiliated.", "Zoran Gajic", "post", "telegram"),
        Q("direct", "Sport should unite people. Pristina has chosen to use it as a weapon against Serbs,", "Aleksandar Vucic", "write", "instagram"),
        Q("indirect", "he had asked the Russian and Belarusian federations to show \"solidarity.\"", "Aleksandar Vucic", "add", "instagram"),
        Q("partial", "solidarity.", "Aleksandar Vucic", "add", "instagram"),
        Q("direct", "Kosovo welcomes every athlete. We do not welcome the symbols of a state that does not recognise us,", "Albin Kurti", "write", "twitter"),
        Q("indirect", "the Serbian team had been offered the federation flag, \"exactly as the rules require.\"", "Hajrulla Ceku", "tell", "television"),
        Q("partial", "exactly as the rules require.", "Hajrulla Ceku", "tell", "television"),
        Q("indirect", "it \"regrets\" the boycott", "European Judo Union", "say"),
        Q("partial", "regrets", "European Judo Union", "say"),
        Q("partial", "keep politics off the tatami.", "European Judo Union", "urge"),
        Q("indirect", "the EJU's rules would be applied \"without exception.\"", "Sergey Soloveychik", "say", "statement"),
        Q("partial", "without exception.", "Sergey Soloveychik", "say", "statement"),
        Q("indirect", "it would attend", "Croatian Judo Federation", "say", "telegram"),
        Q("direct", "I respect the decision, but I have trained four years for this,", "Nemanja Majdov", "post", "instagram"),
        Q("indirect", "sport should not become \"another front\"", "Peter Sorensen", "say"),
        Q("partial", "another front", "Peter Sorensen", "say"),
    ],
    dates=[
        D("May 21", "DATE", "2026-05-21"),
        D("next month", "DATE", "2026-06"),
        D("Wednesday", "DATE", "2026-05-20"),
        D("shortly before midnight", "TIME", "2026-05-20T24:00"),
        D("the next morning", "TIME", "2026-05-21TMO"),
        D("within the hour", "DURATION", "PT1H"),
        D("in 2024", "DATE", "2024"),
        D("four years", "DURATION", "P4Y"),
        D("Thursday morning", "TIME", "2026-05-21TMO"),
        D("June 18", "DATE", "2026-06-18"),
        D("this spring", "DATE", "2026-SP"),
        D("In March", "DATE", "2026-03"),
    ],
    stances=[
        S("Zoran Gajic", "criticize", "Kosovo", evidence="Serbia does not go where it is humiliated"),
        S("Aleksandar Vucic", "support", "Zoran Gajic", evidence="President Aleksandar Vucic backed him"),
        S("Aleksandar Vucic", "accuse", "Kosovo", evidence="Pristina has chosen to use it as a weapon against Serbs"),
        S("Albin Kurti", "reject", "Serbia", evidence="We do not welcome the symbols of a state that does not recognise us"),
        S("European Judo Union", "concern", None, "the boycott", "it \"regrets\" the boycott"),
        S("European Judo Union", "appeal", None, "keep politics off the tatami", "urged both sides to \"keep politics off the tatami.\""),
        S("Peter Sorensen", "appeal", None, "find a compromise", "called on both capitals to find a compromise"),
    ],
    notes="Invented article (eighth development set; the boycott, the flag dispute and all quoted words are invented, "
          "the officials and the judoka used freely). Posts on Telegram, Instagram and X carry the main quotes "
          "(channels 'telegram', 'instagram', 'twitter'). Gajic's colon-introduced post has the cue 'post'. Majdov 'did "
          "not criticise the government': no stance; Bosnia's association 'had not yet decided': no stance and no "
          "actor. Kosovo's ISO code is the user-assigned XKX. 'shortly before midnight' is annotated as the end of "
          "Wednesday.",
)


# --------------------------------------------------------------------------- 8. Kenya halts fuel shipments to landlocked Uganda (a paragraph listing many countries' reactions)
KAMPALA = """ date 2026-06-17 KAMPALA, June 17 - Fuel stations across Uganda ran dry on Wednesday, a week after Kenya halted all petroleum shipments through its territory in a dispute over a contested oil pipeline tender, leaving the landlocked country with less than four days of reserves.

Ugandan President Yoweri Museveni accused Nairobi of "economic strangulation" in a televised address on Tuesday night. "A neighbour who closes the road to your house is not a neighbour. Uganda will not be blackmailed," he said, and ordered the army to escort fuel convoys from Tanzania's Dar es Salaam port.

Kenya insists there is no blockade. Government spokesman Isaac Mwaura said the shipments had been suspended "for safety inspections" after a tanker fire at the Malaba crossing on June 9 and would resume "as soon as the checks are complete." Kenyan Foreign Minister Musalia Mudavadi said on Wednesday that he had invited his Ugandan counterpart to Nairobi for talks and regretted what he called "inflammatory rhetoric" from Kampala.

Neighbours and partners weighed in. Tanzania offered to double fuel deliveries through its central corridor; Rwanda said it was "following the situation closely" and urged calm; South Sudan, which also depends on Kenyan routes, called for the immediate reopening of the border; Burundi expressed solidarity with Uganda; and the Democratic Republic of Congo said the crisis showed the need for "regional solutions." Ethiopia did not comment.

The East African Community (EAC), of which both countries are members, called an emergency summit for Friday. Its secretary general, Veronica Nduva, said the bloc's treaty "guarantees free movement of goods" and that she expected both governments to respect it.

The Uganda Manufacturers Association (UMA) said factories in Jinja had begun sending workers home. "Every day of this costs our members around $15 million," its chairman, Deo Kiwanuka, told the Daily Monitor.

The United States embassy in Kampala urged both sides to resolve the dispute "through dialogue" and said it was advising American citizens to avoid road travel.

Relations between the two capitals have soured since late last year, when Uganda awarded the pipeline contract to a Chinese-led consortium over a Kenyan bid."""

build(
    "fuel-blockade-kampala-2026-06-17", KAMPALA,
    actors=[
        A("Uganda", "country", "UGA", aliases=["Ugandan", "the landlocked country", "Kampala"]),
        A("Kenya", "country", "KEN", aliases=["Nairobi", "Kenyan"]),
        A("Yoweri Museveni", "person", "UGA", "President", ["Ugandan President Yoweri Museveni", "he"]),
        A("Tanzania", "country", "TZA", aliases=["Tanzania's"]),
        A("Isaac Mwaura", "person", "KEN", "Government spokesman", ["Government spokesman Isaac Mwaura"]),
        A("Musalia Mudavadi", "person", "KEN", "Foreign Minister", ["Kenyan Foreign Minister Musalia Mudavadi", "he"]),
        A("Rwanda", "country", "RWA"),
        A("South Sudan", "country", "SSD"),
        A("Burundi", "country", "BDI"),
        A("Democratic Republic of Congo", "country", "COD", aliases=["the Democratic Republic of Congo"]),
        A("Ethiopia", "country", "ETH"),
        A("East African Community", "organization", None, aliases=["The East African Community", "EAC", "the bloc's"]),
        A("Veronica Nduva", "person", None, "secretary general", ["Its secretary general, Veronica Nduva", "she"], organization="East African Community"),
        A("Uganda Manufacturers Association", "organization", "UGA", aliases=["The Uganda Manufacturers Association", "UMA"]),
        A("Deo Kiwanuka", "person", "UGA", "chairman", ["its chairman, Deo Kiwanuka"], organization="Uganda Manufacturers Association"),
        A("United States", "country", "USA", aliases=["The United States embassy in Kampala"]),
    ],
    quotes=[
        Q("partial", "economic strangulation", "Yoweri Museveni", "accuse", "television"),
        Q("direct", "A neighbour who closes the road to your house is not a neighbour. Uganda will not be blackmailed,", "Yoweri Museveni", "say", "television"),
        Q("indirect", "the shipments had been suspended \"for safety inspections\" after a tanker fire at the Malaba crossing on June 9 and would resume \"as soon as the checks are complete.\"", "Isaac Mwaura", "say"),
        Q("partial", "for safety inspections", "Isaac Mwaura", "say"),
        Q("partial", "as soon as the checks are complete.", "Isaac Mwaura", "say"),
        Q("indirect", "he had invited his Ugandan counterpart to Nairobi for talks and regretted what he called \"inflammatory rhetoric\" from Kampala", "Musalia Mudavadi", "say"),
        Q("partial", "inflammatory rhetoric", "Musalia Mudavadi", "call"),
        Q("indirect", "it was \"following the situation closely\" and urged calm", "Rwanda", "say"),
        Q("partial", "following the situation closely", "Rwanda", "say"),
        Q("indirect", "the crisis showed the need for \"regional solutions.\"", "Democratic Republic of Congo", "say"),
        Q("partial", "regional solutions.", "Democratic Republic of Congo", "say"),
        Q("indirect", "the bloc's treaty \"guarantees free movement of goods\" and that she expected both governments to respect it", "Veronica Nduva", "say"),
        Q("partial", "guarantees free movement of goods", "Veronica Nduva", "say"),
        Q("indirect", "factories in Jinja had begun sending workers home", "Uganda Manufacturers Association", "say"),
        Q("direct", "Every day of this costs our members around $15 million,", "Deo Kiwanuka", "tell"),
        Q("partial", "through dialogue", "United States", "urge"),
        Q("indirect", "it was advising American citizens to avoid road travel", "United States", "say"),
    ],
    dates=[
        D("June 17", "DATE", "2026-06-17"),
        D("Wednesday", "DATE", "2026-06-17"),
        D("a week after", "DURATION", "P1W"),
        D("four days", "DURATION", "P4D"),
        D("Tuesday night", "TIME", "2026-06-16TNI"),
        D("June 9", "DATE", "2026-06-09"),
        D("Wednesday", "DATE", "2026-06-17", n=1),
        D("Friday", "DATE", "2026-06-19"),
        D("Every day", "SET", "P1D"),
        D("late last year", "DATE", "2025"),
    ],
    stances=[
        S("Yoweri Museveni", "accuse", "Kenya", evidence="accused Nairobi of \"economic strangulation\""),
        S("Yoweri Museveni", "reject", "Kenya", evidence="Uganda will not be blackmailed"),
        S("Isaac Mwaura", "reject", "Uganda", evidence="Kenya insists there is no blockade"),
        S("Musalia Mudavadi", "consult", "Uganda", evidence="he had invited his Ugandan counterpart to Nairobi for talks"),
        S("Musalia Mudavadi", "criticize", "Uganda", evidence="regretted what he called \"inflammatory rhetoric\" from Kampala"),
        S("Tanzania", "support", "Uganda", evidence="Tanzania offered to double fuel deliveries"),
        S("Rwanda", "concern", None, "the situation", "\"following the situation closely\""),
        S("Rwanda", "appeal", None, "calm", "urged calm"),
        S("South Sudan", "demand", "Kenya", "reopening of the border", "called for the immediate reopening of the border"),
        S("Burundi", "support", "Uganda", evidence="Burundi expressed solidarity with Uganda"),
        S("Veronica Nduva", "demand", None, "respect the treaty", "she expected both governments to respect it"),
        S("United States", "appeal", None, "resolve the dispute through dialogue", "urged both sides to resolve the dispute \"through dialogue\""),
    ],
    notes="Invented article (eighth development set; the blockade, the tender, Kiwanuka and all quoted words are "
          "invented, the officials used freely). One paragraph lists six neighbours' reactions separated by "
          "semicolons. 'Ethiopia did not comment': an actor without stance. Kenya 'insists' without a named speaker in "
          "that sentence; the rejection is given to the spokesman who voices it in the next. The EAC's emergency summit "
          "is not a stance. The Daily Monitor only carries Kiwanuka's words. 'Tuesday night' is the night before the "
          "article date.",
)


if __name__ == "__main__":
    WRITER.report()
