"""Builds the fifth development set (NAME.txt) and its hand-written gold (NAME.gold.json).

Fifth development set: 8 invented reaction articles written on 2026-11-25 by a helper who changed
no library code and did not read the library's source; the gold was committed before reactlib was
run on them. As in ``tests/generalization_dev4/build_gold.py``, the annotation lives here as data so
that offsets are computed, never typed: a quote or date is given by its text and, where the same
words occur more than once, by its occurrence number (0-based); ``gold_builder`` asserts that every
span and stance evidence is found in the text. Run `python tests/generalization_dev5/build_gold.py`
after editing. Conventions follow ../shared/eval/GOLD_FORMAT.md, the reference gold and the earlier
development sets: countries speak through their ministries, embassies, presidential offices and
capitals; a summons or a suspension is a criticism; background takes no stance; outlets that only
carry others' words are not speakers; anonymous officials are actors of the country the context
gives them; an appeal to "all sides" has a null target.
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


# --------------------------------------------------------------------------- 1. missile over Japan (wire)
MISSILE = """ date 2026-03-04 TOKYO, March 4 (AP) - North Korea fired an intermediate-range ballistic missile over northern Japan early on Wednesday, prompting evacuation alerts in Hokkaido and sharp condemnation from Tokyo, Seoul and Washington.

The missile flew for about 22 minutes before falling into the Pacific some 3,000 kilometres east of Japan, Japan's Defence Ministry said. It was the first North Korean missile to cross Japanese territory since October 2022.

Prime Minister Sanae Takaichi told reporters at her office that the launch was "an outrageous act that threatens the lives of our people" and said Japan had lodged a strong protest through its embassy in Beijing. "We will respond firmly, together with our allies," she said.

South Korea's Joint Chiefs of Staff said the missile was launched from Jagang province at 6:42 a.m. President Lee Jae-myung convened an emergency meeting of his National Security Council and ordered the military to "maintain full readiness", his office said.

In Washington, a White House spokesman said the United States "strongly condemns" the launch and reaffirmed its "ironclad" commitment to the defence of Japan and South Korea.

North Korea's state news agency KCNA said leader Kim Jong Un had personally supervised the test of a "new-type" Hwasong missile, which it described as a necessary warning to "warmongers" staging joint drills near the peninsula. The agency said the launch posed no threat to neighbouring countries.

China, Pyongyang's main ally, urged restraint. Foreign ministry spokesperson Mao Ning told a regular briefing that all parties should "avoid actions that escalate tensions" and return to dialogue.

Hokkaido residents were told to take shelter shortly before 7 a.m. "I heard the siren on my phone and just sat in the bathroom with the children," said Yuki Sato, a 38-year-old office worker in Sapporo. "Nobody knew where it would land."

The UN Security Council is expected to meet on Thursday at the request of Japan, South Korea and the United States, diplomats said."""

build(
    "missile-northkorea-japan-2026-03-04", MISSILE,
    actors=[
        A("North Korea", "country", "PRK", aliases=["Pyongyang", "North Korean", "North Korea's"]),
        A("Japan", "country", "JPN", aliases=["Tokyo", "Japanese", "Japan's Defence Ministry", "Japan's"]),
        A("South Korea", "country", "KOR", aliases=["Seoul", "South Korea's Joint Chiefs of Staff", "Joint Chiefs of Staff", "his office"]),
        A("United States", "country", "USA", aliases=["Washington", "White House", "U.S."]),
        A("White House spokesman", "person", "USA", "spokesman", ["a White House spokesman"], anonymous=True),
        A("Sanae Takaichi", "person", "JPN", "Prime Minister", ["Takaichi", "Prime Minister Sanae Takaichi"]),
        A("Lee Jae-myung", "person", "KOR", "President", ["Lee", "President Lee Jae-myung"]),
        A("KCNA", "organization", "PRK", aliases=["North Korea's state news agency KCNA", "The agency", "Korean Central News Agency"]),
        A("Kim Jong Un", "person", "PRK", "leader", ["Kim", "leader Kim Jong Un"]),
        A("China", "country", "CHN", aliases=["Chinese", "Beijing"]),
        A("Mao Ning", "person", "CHN", "foreign ministry spokesperson", ["Foreign ministry spokesperson Mao Ning"]),
        A("Yuki Sato", "person", "JPN", "office worker", ["Sato"]),
        A("UN Security Council", "organization", None, aliases=["The UN Security Council", "Security Council"]),
    ],
    quotes=[
        Q("indirect", "The missile flew for about 22 minutes before falling into the Pacific some 3,000 kilometres east of Japan", "Japan", "say"),
        Q("indirect", "the launch was \"an outrageous act that threatens the lives of our people\"", "Sanae Takaichi", "tell", "press conference"),
        Q("partial", "an outrageous act that threatens the lives of our people", "Sanae Takaichi", "tell", "press conference"),
        Q("indirect", "Japan had lodged a strong protest through its embassy in Beijing", "Sanae Takaichi", "say"),
        Q("direct", "We will respond firmly, together with our allies,", "Sanae Takaichi", "say"),
        Q("indirect", "the missile was launched from Jagang province at 6:42 a.m.", "South Korea", "say"),
        Q("indirect", "President Lee Jae-myung convened an emergency meeting of his National Security Council and ordered the military to \"maintain full readiness\"", "South Korea", "say"),
        Q("partial", "maintain full readiness", "Lee Jae-myung", "order", optional=True),
        Q("indirect", "the United States \"strongly condemns\" the launch", "White House spokesman", "say"),
        Q("partial", "strongly condemns", "White House spokesman", "say"),
        Q("partial", "ironclad", "White House spokesman", "say", optional=True),
        Q("indirect", "leader Kim Jong Un had personally supervised the test of a \"new-type\" Hwasong missile", "KCNA", "say"),
        Q("partial", "warmongers", "KCNA", "describe", optional=True),
        Q("indirect", "the launch posed no threat to neighbouring countries", "KCNA", "say"),
        Q("indirect", "all parties should \"avoid actions that escalate tensions\" and return to dialogue", "Mao Ning", "tell", "press conference"),
        Q("partial", "avoid actions that escalate tensions", "Mao Ning", "tell", "press conference"),
        Q("direct", "I heard the siren on my phone and just sat in the bathroom with the children,", "Yuki Sato", "say"),
        Q("direct", "Nobody knew where it would land.", "Yuki Sato", None),
        Q("indirect", "The UN Security Council is expected to meet on Thursday at the request of Japan, South Korea and the United States", None, "say", optional=True),
    ],
    dates=[
        D("March 4", "DATE", "2026-03-04"),
        D("Wednesday", "DATE", "2026-03-04"),
        D("22 minutes", "DURATION", "PT22M"),
        D("October 2022", "DATE", "2022-10"),
        D("6:42 a.m.", "TIME", "2026-03-04T06:42"),
        D("7 a.m.", "TIME", "2026-03-04T07:00"),
        D("Thursday", "DATE", "2026-03-05"),
    ],
    stances=[
        S("Japan", "condemn", "North Korea", evidence="sharp condemnation from Tokyo, Seoul and Washington"),
        S("South Korea", "condemn", "North Korea", evidence="sharp condemnation from Tokyo, Seoul and Washington"),
        S("Sanae Takaichi", "condemn", "North Korea", evidence="an outrageous act that threatens the lives of our people"),
        S("Sanae Takaichi", "threaten", "North Korea", evidence="We will respond firmly, together with our allies"),
        S("United States", "condemn", "North Korea", evidence="\"strongly condemns\" the launch"),
        S("United States", "support", "Japan", evidence="reaffirmed its \"ironclad\" commitment to the defence of Japan and South Korea"),
        S("United States", "support", "South Korea", evidence="reaffirmed its \"ironclad\" commitment to the defence of Japan and South Korea"),
        S("KCNA", "threaten", None, evidence="a necessary warning to \"warmongers\""),
        S("China", "appeal", None, "restraint", "urged restraint"),
        S("Mao Ning", "appeal", None, "negotiations", "all parties should \"avoid actions that escalate tensions\" and return to dialogue"),
    ],
    notes="Invented article (fifth development set; the launch and all quoted words are invented, the leaders used "
          "freely). AP dateline. The lead's 'sharp condemnation from Tokyo, Seoul and Washington' gives Japan and South "
          "Korea a condemnation each; the US condemnation rests on the spokesman's 'strongly condemns' (one stance, the "
          "country's, as in dev4). Takaichi's own words are her condemnation and a warning of consequences. Japan's "
          "protest 'through its embassy in Beijing' is the same condemnation as the lead (no second stance); Beijing "
          "there is a place. 'his office' is Lee's presidential office (South Korea). KCNA, the state agency, speaks in "
          "its own voice ('which it described as'); its warning to 'warmongers' has no named target. Mao Ning's call "
          "to 'all parties' is an appeal with a null target, China's 'urged restraint' a separate one. The diplomats "
          "are unnamed (optional quote, no speaker). 'early on Wednesday' is annotated on 'Wednesday'; 'shortly before "
          "7 a.m.' on '7 a.m.'.",
)


# --------------------------------------------------------------------------- 2. coup in the Central African Republic ("world reacts" roundup)
COUP = """ date 2026-02-17 World reacts to military takeover in the Central African Republic

Soldiers led by Colonel Jean-Pierre Ngoumba seized the presidential palace in Bangui before dawn on Monday, detained President Faustin-Archange Touadéra and announced on state radio that the constitution had been suspended. Here is how governments and international bodies responded.

African Union
The AU's Peace and Security Council suspended the Central African Republic from all the bloc's activities "with immediate effect" after an emergency session in Addis Ababa on Monday evening. It demanded the "immediate and unconditional release" of Touadéra and a return to constitutional order within six months.

ECCAS
The Economic Community of Central African States said it "condemns in the strongest terms" the seizure of power and would send a delegation led by Angolan President João Lourenço to Bangui this week to negotiate with the junta.

United Nations
Secretary-General António Guterres said he was "deeply concerned" for the safety of the president and his family and called on the soldiers to return to their barracks. The UN peacekeeping mission, MINUSCA, said its 14,000 troops had been placed on alert.

France
The French foreign ministry called the coup "unacceptable" and urged French citizens in Bangui to stay indoors. Paris, the former colonial power, has had tense relations with Touadéra since he turned to Russian security contractors in 2018.

Russia
Moscow was more cautious. Foreign Minister Sergei Lavrov said Russia was "following events closely" and that the crisis was "an internal matter" for Central Africans to resolve. He did not condemn the takeover.

Rwanda
Rwanda, which has troops in the country under a bilateral agreement, said its soldiers would "not take sides" but would defend themselves if attacked.

United States
The State Department condemned "any attempt to seize power by force" and said it was reviewing its aid to the country, worth about $120 million a year.

The junta
In a second broadcast on Tuesday morning, Ngoumba, who styled himself president of a "National Council for Salvation", rejected the AU's suspension as "a decision taken in Addis Ababa by people who do not know our suffering". The colonel promised elections "when security allows" and accused the ousted government of "selling the country to foreigners"."""

build(
    "coup-centralafrica-2026-02-17", COUP,
    actors=[
        A("Central African Republic", "country", "CAF", aliases=["the Central African Republic", "Bangui", "Central Africans", "the country"]),
        A("Jean-Pierre Ngoumba", "person", "CAF", "junta leader", ["Ngoumba", "Colonel Jean-Pierre Ngoumba", "The colonel"], organization="National Council for Salvation"),
        A("National Council for Salvation", "group", "CAF", aliases=["the junta", "junta", "Soldiers led by Colonel Jean-Pierre Ngoumba", "the soldiers"]),
        A("Faustin-Archange Touadéra", "person", "CAF", "President", ["Touadéra", "Touadera", "President Faustin-Archange Touadéra", "the president"]),
        A("African Union", "organization", None, aliases=["AU", "The AU's Peace and Security Council", "Peace and Security Council", "the bloc"]),
        A("Economic Community of Central African States", "organization", None, aliases=["ECCAS", "The Economic Community of Central African States"]),
        A("João Lourenço", "person", "AGO", "President", ["Lourenço", "Joao Lourenco", "Angolan President João Lourenço"]),
        A("United Nations", "organization", None, aliases=["UN"]),
        A("António Guterres", "person", None, "Secretary-General", ["Guterres", "Secretary-General António Guterres", "Antonio Guterres"], organization="United Nations"),
        A("MINUSCA", "organization", None, aliases=["The UN peacekeeping mission", "UN peacekeeping mission"]),
        A("France", "country", "FRA", aliases=["French", "The French foreign ministry", "French foreign ministry", "Paris"]),
        A("Russia", "country", "RUS", aliases=["Russian", "Moscow"]),
        A("Sergei Lavrov", "person", "RUS", "Foreign Minister", ["Lavrov", "Foreign Minister Sergei Lavrov"]),
        A("Rwanda", "country", "RWA", aliases=["Rwandan"]),
        A("United States", "country", "USA", aliases=["The State Department", "State Department", "Washington"]),
    ],
    quotes=[
        Q("indirect", "the constitution had been suspended", "National Council for Salvation", "announce", "radio", optional=True),
        Q("partial", "with immediate effect", "African Union", "suspend"),
        Q("partial", "immediate and unconditional release", "African Union", "demand"),
        Q("indirect", "it \"condemns in the strongest terms\" the seizure of power and would send a delegation led by Angolan President João Lourenço to Bangui this week to negotiate with the junta", "Economic Community of Central African States", "say"),
        Q("partial", "condemns in the strongest terms", "Economic Community of Central African States", "say"),
        Q("indirect", "he was \"deeply concerned\" for the safety of the president and his family", "António Guterres", "say"),
        Q("partial", "deeply concerned", "António Guterres", "say"),
        Q("indirect", "its 14,000 troops had been placed on alert", "MINUSCA", "say"),
        Q("partial", "unacceptable", "France", "call"),
        Q("indirect", "Russia was \"following events closely\" and that the crisis was \"an internal matter\" for Central Africans to resolve", "Sergei Lavrov", "say"),
        Q("partial", "following events closely", "Sergei Lavrov", "say"),
        Q("partial", "an internal matter", "Sergei Lavrov", "say"),
        Q("indirect", "its soldiers would \"not take sides\" but would defend themselves if attacked", "Rwanda", "say"),
        Q("partial", "not take sides", "Rwanda", "say"),
        Q("partial", "any attempt to seize power by force", "United States", "condemn"),
        Q("indirect", "it was reviewing its aid to the country, worth about $120 million a year", "United States", "say"),
        Q("partial", "a decision taken in Addis Ababa by people who do not know our suffering", "Jean-Pierre Ngoumba", "reject", "radio"),
        Q("partial", "when security allows", "Jean-Pierre Ngoumba", "promise", "radio"),
        Q("partial", "selling the country to foreigners", "Jean-Pierre Ngoumba", "accuse", "radio"),
    ],
    dates=[
        D("Monday", "DATE", "2026-02-16"),
        D("Monday evening", "TIME", "2026-02-16TEV"),
        D("six months", "DURATION", "P6M"),
        D("this week", "DATE", "2026-W08"),
        D("2018", "DATE", "2018"),
        D("a year", "SET", "P1Y"),
        D("Tuesday morning", "TIME", "2026-02-17TMO"),
    ],
    stances=[
        S("African Union", "criticize", "Central African Republic", evidence="suspended the Central African Republic from all the bloc's activities"),
        S("African Union", "demand", "National Council for Salvation", "release of Touadéra", "demanded the \"immediate and unconditional release\" of Touadéra"),
        S("Economic Community of Central African States", "condemn", "National Council for Salvation", evidence="\"condemns in the strongest terms\" the seizure of power"),
        S("Economic Community of Central African States", "mediate", None, "negotiations", "would send a delegation led by Angolan President João Lourenço to Bangui this week to negotiate with the junta"),
        S("António Guterres", "concern", None, "safety of the president", "\"deeply concerned\" for the safety of the president"),
        S("António Guterres", "appeal", "National Council for Salvation", "return to barracks", "called on the soldiers to return to their barracks"),
        S("France", "condemn", "National Council for Salvation", evidence="called the coup \"unacceptable\""),
        S("Rwanda", "threaten", None, evidence="would defend themselves if attacked"),
        S("United States", "condemn", "National Council for Salvation", evidence="condemned \"any attempt to seize power by force\""),
        S("United States", "threaten", "Central African Republic", evidence="it was reviewing its aid to the country"),
        S("Jean-Pierre Ngoumba", "reject", "African Union", evidence="rejected the AU's suspension"),
        S("Jean-Pierre Ngoumba", "accuse", "Faustin-Archange Touadéra", evidence="accused the ousted government of \"selling the country to foreigners\""),
    ],
    notes="Invented article (fifth development set; the coup, Ngoumba and his council and all quoted words are invented, "
          "the other leaders used freely). Roundup with one-line section headings naming who reacts; no dateline, "
          "weekdays relative to the Tuesday article. The coup's authors are one group (the junta, 'the soldiers', "
          "the 'National Council for Salvation'), the target of the condemnations; Ngoumba speaks for it. The AU's "
          "suspension is a criticism of the state suspended. Lavrov's 'following events closely' and 'an internal "
          "matter' take no stance (the text says he did not condemn). Rwanda's 'defend themselves if attacked' is a "
          "warning with no named target; the United States' aid review a threat to the country. France's advice to its "
          "own citizens is no stance. 'the ousted government' is Touadéra's. 'a year' in '$120 million a year' is a SET.",
)


# --------------------------------------------------------------------------- 3. air strike on a hospital in Yemen (quotes over several paragraphs)
HOSPITAL = """ date 2026-04-09 SANAA/GENEVA, April 9 - An air strike destroyed the main building of a hospital run by Médecins Sans Frontières in the Yemeni port city of Hodeidah late on Wednesday, killing at least 19 people, including four medical staff, the charity said.

The Houthi-run health ministry in Sanaa put the toll at 23 and blamed the Saudi-led coalition, which has been bombing Houthi positions around the port since January.

MSF's head of operations for Yemen, Claire Dumont, who spoke to reporters in Geneva on Thursday, said the hospital's coordinates had been shared with all parties to the conflict "dozens of times".

"There is no doubt about what this building was. The roof carries our logo, the coalition had our GPS coordinates, and our team called the coalition's liaison cell twenty minutes before the second strike," she said.

"Our colleagues were in the operating theatre. One of them, a surgeon who had worked with us for eleven years, was holding a patient's hand when the ceiling came down.

"We are suspending our activities in Hodeidah until we receive guarantees that this will not happen again. We demand an independent investigation, not another internal review."

The coalition's spokesman, Brigadier General Turki al-Maliki, said in a statement carried by the Saudi Press Agency that the coalition had struck "a legitimate military target" used by the Houthis to store drones, and that the case had been referred to its Joint Incidents Assessment Team.

World Health Organization chief Tedros Adhanom Ghebreyesus wrote on X that "hospitals are not targets" and that he was "appalled" by the strike.

In Europe, the reaction was unusually sharp. France's foreign ministry said it "condemns" the attack and called on the coalition to respect international humanitarian law. German Foreign Minister Johann Wadephul said Berlin expected Riyadh to "explain itself quickly and fully", adding that Germany would raise the case at the UN Human Rights Council in Geneva next week.

The EU's foreign policy chief, Kaja Kallas, said the bloc was "deeply alarmed" by the growing number of attacks on health facilities in Yemen.

A Houthi military spokesman, Yahya Saree, vowed retaliation against "the aggressor states and their sponsors" in a televised address on Thursday evening."""

build(
    "hospital-hodeidah-yemen-2026-04-09", HOSPITAL,
    actors=[
        A("Médecins Sans Frontières", "organization", None, aliases=["MSF", "Medecins Sans Frontieres", "Doctors Without Borders", "the charity"]),
        A("Houthis", "group", "YEM", aliases=["Houthi", "the Houthis", "The Houthi-run health ministry in Sanaa", "Houthi-run health ministry"]),
        A("Saudi-led coalition", "organization", "SAU", aliases=["the Saudi-led coalition", "the coalition", "coalition"]),
        A("Saudi Arabia", "country", "SAU", aliases=["Riyadh", "Saudi"]),
        A("Claire Dumont", "person", None, "MSF head of operations for Yemen", ["Dumont", "MSF's head of operations for Yemen"], organization="Médecins Sans Frontières"),
        A("Turki al-Maliki", "person", "SAU", "coalition spokesman", ["al-Maliki", "Maliki", "Brigadier General Turki al-Maliki", "The coalition's spokesman"], organization="Saudi-led coalition"),
        A("Saudi Press Agency", "organization", "SAU", aliases=["the Saudi Press Agency", "SPA"]),
        A("World Health Organization", "organization", None, aliases=["WHO"]),
        A("Tedros Adhanom Ghebreyesus", "person", None, "Director-General", ["Tedros", "World Health Organization chief Tedros Adhanom Ghebreyesus"], organization="World Health Organization"),
        A("France", "country", "FRA", aliases=["France's foreign ministry", "French", "Paris"]),
        A("Germany", "country", "DEU", aliases=["Berlin", "German"]),
        A("Johann Wadephul", "person", "DEU", "Foreign Minister", ["Wadephul", "German Foreign Minister Johann Wadephul"]),
        A("UN Human Rights Council", "organization", None, aliases=["the UN Human Rights Council", "Human Rights Council"]),
        A("European Union", "organization", None, aliases=["EU", "the bloc"]),
        A("Kaja Kallas", "person", None, "EU foreign policy chief", ["Kallas", "The EU's foreign policy chief"], organization="European Union"),
        A("Yahya Saree", "person", "YEM", "Houthi military spokesman", ["Saree", "A Houthi military spokesman"], organization="Houthis"),
    ],
    quotes=[
        Q("indirect", "An air strike destroyed the main building of a hospital run by Médecins Sans Frontières in the Yemeni port city of Hodeidah late on Wednesday, killing at least 19 people, including four medical staff", "Médecins Sans Frontières", "say"),
        Q("indirect", "the hospital's coordinates had been shared with all parties to the conflict \"dozens of times\"", "Claire Dumont", "say", "press conference"),
        Q("partial", "dozens of times", "Claire Dumont", "say", "press conference"),
        Q("direct", "There is no doubt about what this building was. The roof carries our logo, the coalition had our GPS coordinates, and our team called the coalition's liaison cell twenty minutes before the second strike,", "Claire Dumont", "say", "press conference"),
        Q("direct", "Our colleagues were in the operating theatre. One of them, a surgeon who had worked with us for eleven years, was holding a patient's hand when the ceiling came down.", "Claire Dumont", None, "press conference"),
        Q("direct", "We are suspending our activities in Hodeidah until we receive guarantees that this will not happen again. We demand an independent investigation, not another internal review.", "Claire Dumont", None, "press conference"),
        Q("indirect", "the coalition had struck \"a legitimate military target\" used by the Houthis to store drones, and that the case had been referred to its Joint Incidents Assessment Team", "Turki al-Maliki", "say", "statement"),
        Q("partial", "a legitimate military target", "Turki al-Maliki", "say", "statement"),
        Q("indirect", "\"hospitals are not targets\" and that he was \"appalled\" by the strike", "Tedros Adhanom Ghebreyesus", "write", "twitter"),
        Q("partial", "hospitals are not targets", "Tedros Adhanom Ghebreyesus", "write", "twitter"),
        Q("partial", "appalled", "Tedros Adhanom Ghebreyesus", "write", "twitter", optional=True),
        Q("indirect", "it \"condemns\" the attack", "France", "say"),
        Q("indirect", "Berlin expected Riyadh to \"explain itself quickly and fully\"", "Johann Wadephul", "say"),
        Q("partial", "explain itself quickly and fully", "Johann Wadephul", "say"),
        Q("indirect", "Germany would raise the case at the UN Human Rights Council in Geneva next week", "Johann Wadephul", "add"),
        Q("indirect", "the bloc was \"deeply alarmed\" by the growing number of attacks on health facilities in Yemen", "Kaja Kallas", "say"),
        Q("partial", "deeply alarmed", "Kaja Kallas", "say"),
        Q("partial", "the aggressor states and their sponsors", "Yahya Saree", "vow", "television"),
    ],
    dates=[
        D("April 9", "DATE", "2026-04-09"),
        D("Wednesday", "DATE", "2026-04-08"),
        D("January", "DATE", "2026-01"),
        D("Thursday", "DATE", "2026-04-09"),
        D("twenty minutes", "DURATION", "PT20M"),
        D("eleven years", "DURATION", "P11Y"),
        D("next week", "DATE", "2026-W16"),
        D("Thursday evening", "TIME", "2026-04-09TEV"),
    ],
    stances=[
        S("Houthis", "accuse", "Saudi-led coalition", evidence="blamed the Saudi-led coalition"),
        S("Claire Dumont", "accuse", "Saudi-led coalition", evidence="the coalition had our GPS coordinates"),
        S("Claire Dumont", "demand", None, "independent investigation", "We demand an independent investigation"),
        S("Turki al-Maliki", "reject", None, evidence="the coalition had struck \"a legitimate military target\""),
        S("Tedros Adhanom Ghebreyesus", "condemn", None, evidence="\"hospitals are not targets\""),
        S("France", "condemn", "Saudi-led coalition", evidence="it \"condemns\" the attack"),
        S("France", "appeal", "Saudi-led coalition", "respect international humanitarian law", "called on the coalition to respect international humanitarian law"),
        S("Johann Wadephul", "demand", "Saudi Arabia", "explanation of the strike", "Berlin expected Riyadh to \"explain itself quickly and fully\""),
        S("Kaja Kallas", "concern", None, "attacks on health facilities", "\"deeply alarmed\" by the growing number of attacks on health facilities"),
        S("Yahya Saree", "threaten", None, evidence="vowed retaliation against \"the aggressor states and their sponsors\""),
    ],
    notes="Invented article (fifth development set; the strike, Dumont and all quoted words are invented, the officials "
          "used freely). Dumont's quote runs over three paragraphs: the first closes with 'she said', the second has no "
          "closing quotation mark (newspaper continuation), the third stands alone; all three are hers. The Houthi-run "
          "health ministry speaks for the Houthis. Al-Maliki's 'legitimate military target' rejects the accusations "
          "(target null: MSF's and the Houthis' both). The Saudi Press Agency only carries his words. Tedros's 'appalled' "
          "is part of the same condemnation. France's 'condemns' is a one-word quote inside an indirect quote, "
          "annotated as the indirect quote only. Wadephul's demand to Riyadh; Germany raising the case at the council "
          "is an announcement, no stance. Saree's 'aggressor states and their sponsors' are not named (null target). "
          "'late on Wednesday' is annotated on 'Wednesday'.",
)


# --------------------------------------------------------------------------- 4. contested run-off in Peru (live blog, oldest entry first)
RUNOFF = """ date 2026-06-15 Peru run-off: both candidates claim victory as count drags on – as it happened

08:00 – Good morning and welcome to our coverage of the day after Peru's presidential run-off. With 94% of ballots counted, the National Office of Electoral Processes (ONPE) shows conservative Rafael Cárdenas on 50.3% and left-wing former governor Lucía Paredes on 49.7%, a gap of about 110,000 votes.

08:45 – Paredes: 'we will defend every vote'
Lucía Paredes has told supporters outside her campaign headquarters in Lima that she will not concede. "Thousands of tally sheets from the highlands have been set aside without explanation. We will defend every vote," she said. Her party has filed more than 800 challenges.

09:30 – Cárdenas declares himself winner
Cárdenas, speaking from the balcony of his party's offices, said the trend was "irreversible" and asked his rival to accept the result "like a democrat".

10:15 – OAS observers urge patience
The Organization of American States' observation mission, led by former Costa Rican foreign minister Manuel González, said in a preliminary report that voting on Sunday had been "orderly and peaceful" and that it had found no evidence of systematic fraud. It called on both candidates to refrain from proclaiming victory before the official results.

11:20 – Milei congratulates Cárdenas
Argentina's President Javier Milei has posted on X: "Congratulations to Rafael Cárdenas and to the Peruvian people, who have chosen freedom." Argentina is so far the only government to recognise a winner.

12:05 – Brazil: wait for the count
Brazil's President Luiz Inácio Lula da Silva told reporters in Brasília that it was "premature and irresponsible" for foreign leaders to name a winner while votes were still being counted. He said he had spoken to both candidates by phone.

13:40 – Washington weighs in
A State Department spokesperson said the United States "has full confidence in Peru's electoral institutions" and urged all sides to "respect the process". The statement did not mention either candidate.

14:30 – Protests in Puno
Several hundred Paredes supporters blocked a highway near Puno, in the southern highlands, police said. The Ombudsman's Office called for calm.

15:10 – JNE sets timetable
The National Jury of Elections, which must rule on the challenges, said it expected to proclaim the winner within three weeks. Its president, Ana Villanueva, said: "Nobody will be proclaimed until the last challenge has been resolved.\""""

build(
    "runoff-peru-2026-06-15", RUNOFF,
    actors=[
        A("Peru", "country", "PER", aliases=["Peru's", "Peruvian"]),
        A("Rafael Cárdenas", "person", "PER", "presidential candidate", ["Cárdenas", "Cardenas", "conservative Rafael Cárdenas"]),
        A("Lucía Paredes", "person", "PER", "presidential candidate", ["Paredes", "Lucia Paredes", "left-wing former governor Lucía Paredes", "his rival"]),
        A("National Office of Electoral Processes", "organization", "PER", aliases=["ONPE", "the National Office of Electoral Processes"]),
        A("Organization of American States", "organization", None, aliases=["OAS", "The Organization of American States' observation mission", "OAS observers"]),
        A("Manuel González", "person", "CRI", "head of the OAS observation mission", ["González", "Gonzalez", "former Costa Rican foreign minister Manuel González"], organization="Organization of American States"),
        A("Argentina", "country", "ARG", aliases=["Argentina's", "Argentine"]),
        A("Javier Milei", "person", "ARG", "President", ["Milei", "Argentina's President Javier Milei"]),
        A("Brazil", "country", "BRA", aliases=["Brazil's", "Brasília", "Brazilian"]),
        A("Luiz Inácio Lula da Silva", "person", "BRA", "President", ["Lula", "Lula da Silva", "Brazil's President Luiz Inácio Lula da Silva"]),
        A("United States", "country", "USA", aliases=["Washington", "State Department", "U.S."]),
        A("State Department spokesperson", "person", "USA", "spokesperson", ["A State Department spokesperson"], anonymous=True),
        A("Peruvian police", "organization", "PER", aliases=["police"]),
        A("Ombudsman's Office", "organization", "PER", aliases=["The Ombudsman's Office"]),
        A("National Jury of Elections", "organization", "PER", aliases=["JNE", "The National Jury of Elections"]),
        A("Ana Villanueva", "person", "PER", "president of the National Jury of Elections", ["Villanueva", "Its president"], organization="National Jury of Elections"),
    ],
    quotes=[
        Q("indirect", "she will not concede", "Lucía Paredes", "tell"),
        Q("direct", "Thousands of tally sheets from the highlands have been set aside without explanation. We will defend every vote,", "Lucía Paredes", "say"),
        Q("indirect", "the trend was \"irreversible\"", "Rafael Cárdenas", "say"),
        Q("partial", "like a democrat", "Rafael Cárdenas", "ask"),
        Q("indirect", "voting on Sunday had been \"orderly and peaceful\" and that it had found no evidence of systematic fraud", "Organization of American States", "say", "report"),
        Q("partial", "orderly and peaceful", "Organization of American States", "say", "report"),
        Q("direct", "Congratulations to Rafael Cárdenas and to the Peruvian people, who have chosen freedom.", "Javier Milei", "post", "twitter"),
        Q("indirect", "it was \"premature and irresponsible\" for foreign leaders to name a winner while votes were still being counted", "Luiz Inácio Lula da Silva", "tell", "press conference"),
        Q("partial", "premature and irresponsible", "Luiz Inácio Lula da Silva", "tell", "press conference"),
        Q("indirect", "he had spoken to both candidates by phone", "Luiz Inácio Lula da Silva", "say"),
        Q("indirect", "the United States \"has full confidence in Peru's electoral institutions\"", "State Department spokesperson", "say"),
        Q("partial", "has full confidence in Peru's electoral institutions", "State Department spokesperson", "say"),
        Q("partial", "respect the process", "State Department spokesperson", "urge"),
        Q("indirect", "Several hundred Paredes supporters blocked a highway near Puno, in the southern highlands", "Peruvian police", "say"),
        Q("indirect", "it expected to proclaim the winner within three weeks", "National Jury of Elections", "say"),
        Q("direct", "Nobody will be proclaimed until the last challenge has been resolved.", "Ana Villanueva", "say"),
    ],
    dates=[
        D("08:00", "TIME", "2026-06-15T08:00"),
        D("08:45", "TIME", "2026-06-15T08:45"),
        D("09:30", "TIME", "2026-06-15T09:30"),
        D("10:15", "TIME", "2026-06-15T10:15"),
        D("Sunday", "DATE", "2026-06-14"),
        D("11:20", "TIME", "2026-06-15T11:20"),
        D("12:05", "TIME", "2026-06-15T12:05"),
        D("13:40", "TIME", "2026-06-15T13:40"),
        D("14:30", "TIME", "2026-06-15T14:30"),
        D("15:10", "TIME", "2026-06-15T15:10"),
        D("three weeks", "DURATION", "P3W"),
    ],
    stances=[
        S("Lucía Paredes", "reject", "Rafael Cárdenas", evidence="she will not concede"),
        S("Lucía Paredes", "accuse", None, evidence="Thousands of tally sheets from the highlands have been set aside without explanation"),
        S("Rafael Cárdenas", "appeal", "Lucía Paredes", "accept the result", "asked his rival to accept the result"),
        S("Organization of American States", "appeal", None, "refrain from proclaiming victory", "called on both candidates to refrain from proclaiming victory"),
        S("Javier Milei", "praise", "Rafael Cárdenas", evidence="Congratulations to Rafael Cárdenas"),
        S("Luiz Inácio Lula da Silva", "criticize", "Javier Milei", evidence="\"premature and irresponsible\" for foreign leaders to name a winner"),
        S("Luiz Inácio Lula da Silva", "consult", "Rafael Cárdenas", evidence="he had spoken to both candidates by phone"),
        S("Luiz Inácio Lula da Silva", "consult", "Lucía Paredes", evidence="he had spoken to both candidates by phone"),
        S("United States", "support", "Peru", evidence="\"has full confidence in Peru's electoral institutions\""),
        S("United States", "appeal", None, "respect the process", "urged all sides to \"respect the process\""),
        S("Ombudsman's Office", "appeal", None, "calm", "called for calm"),
    ],
    notes="Invented article (fifth development set; the run-off, both candidates, González, Villanueva and all quoted "
          "words are invented; Milei and Lula used freely). Live blog, oldest entry first, clock times of the article "
          "date; entry headings ('Paredes: 'we will defend every vote'') repeat later words and are not annotated as "
          "quotes. 'the day after Peru's presidential run-off' is not annotated. The OAS mission speaks for the OAS "
          "(González only leads it). Lula's criticism of 'foreign leaders' who named a winner points at Milei, the only "
          "one (target Milei). The spokesperson's words are the United States' position (as in dev4). 'police' are the "
          "Peruvian police. Paredes's tally-sheet charge names no culprit (null target).",
)


# --------------------------------------------------------------------------- 5. tanker rams a Finnish patrol ship (anonymous sources, country implied)
COLLISION = """ date 2026-01-22 HELSINKI, Jan 22 - A tanker suspected of belonging to Russia's "shadow fleet" collided with a Finnish Border Guard patrol vessel in the Gulf of Finland on Wednesday night, injuring three crew members, in what a senior official in Helsinki called "a deliberate manoeuvre".

The Cook Islands-flagged Vela Star, carrying about 100,000 tonnes of Russian crude from the port of Primorsk, struck the patrol ship Turva after it was ordered to stop for an inspection, the Finnish Border Guard said. The tanker did not stop and was in Russian waters by early Thursday.

"The captain had every chance to avoid us. He changed course towards our ship," said one of the officials, who spoke on condition of anonymity because the investigation was ongoing. Another official said the ship had switched off its transponder two hours before the incident.

President Alexander Stubb, who cut short a visit to Davos, said Finland would "not be intimidated" and that all options were on the table, including closing the country's waters to uninsured tankers. He spoke with NATO Secretary General Mark Rutte on Thursday morning, his office said.

The Russian embassy said the Finnish vessel had "dangerously approached" a merchant ship in international waters and that the crew had acted in self-defence. It accused Helsinki of "piracy under the cover of environmental concerns".

Estonia, across the gulf, offered its support. "What happened to Finland last night could happen to any of us," Foreign Minister Margus Tsahkna wrote on X, calling for the European Union to add the Vela Star and its owners to its sanctions list.

A diplomat at NATO headquarters in Brussels said allies would discuss increasing patrols in the Baltic at a meeting next week. "Nobody here is buying the self-defence story," the diplomat said.

The Cook Islands shipping registry said it had opened an inquiry and would consider removing the tanker from its register. Its owner, a company registered in the United Arab Emirates, could not be reached for comment."""

build(
    "collision-gulf-of-finland-2026-01-22", COLLISION,
    actors=[
        A("Russia", "country", "RUS", aliases=["Russian", "Russia's", "The Russian embassy", "Russian embassy", "Moscow"]),
        A("Finland", "country", "FIN", aliases=["Finnish", "Helsinki", "his office"]),
        A("Finnish Border Guard", "organization", "FIN", aliases=["the Finnish Border Guard", "Border Guard"]),
        A("Finnish officials", "group", "FIN", aliases=["a senior official in Helsinki", "one of the officials", "Another official"], anonymous=True),
        A("Alexander Stubb", "person", "FIN", "President", ["Stubb", "President Alexander Stubb"]),
        A("NATO", "organization", None, aliases=["NATO headquarters", "allies"]),
        A("Mark Rutte", "person", None, "NATO Secretary General", ["Rutte", "NATO Secretary General Mark Rutte"], organization="NATO"),
        A("Estonia", "country", "EST", aliases=["Estonian"]),
        A("Margus Tsahkna", "person", "EST", "Foreign Minister", ["Tsahkna", "Foreign Minister Margus Tsahkna"]),
        A("European Union", "organization", None, aliases=["EU", "the European Union"]),
        A("NATO diplomat", "person", None, "diplomat", ["A diplomat at NATO headquarters in Brussels", "the diplomat"], anonymous=True),
        A("Cook Islands shipping registry", "organization", "COK", aliases=["The Cook Islands shipping registry"]),
    ],
    quotes=[
        Q("partial", "a deliberate manoeuvre", "Finnish officials", "call"),
        Q("indirect", "The Cook Islands-flagged Vela Star, carrying about 100,000 tonnes of Russian crude from the port of Primorsk, struck the patrol ship Turva after it was ordered to stop for an inspection", "Finnish Border Guard", "say"),
        Q("direct", "The captain had every chance to avoid us. He changed course towards our ship,", "Finnish officials", "say"),
        Q("indirect", "the ship had switched off its transponder two hours before the incident", "Finnish officials", "say"),
        Q("indirect", "Finland would \"not be intimidated\" and that all options were on the table, including closing the country's waters to uninsured tankers", "Alexander Stubb", "say"),
        Q("partial", "not be intimidated", "Alexander Stubb", "say"),
        Q("indirect", "He spoke with NATO Secretary General Mark Rutte on Thursday morning", "Finland", "say"),
        Q("indirect", "the Finnish vessel had \"dangerously approached\" a merchant ship in international waters and that the crew had acted in self-defence", "Russia", "say"),
        Q("partial", "dangerously approached", "Russia", "say"),
        Q("partial", "piracy under the cover of environmental concerns", "Russia", "accuse"),
        Q("direct", "What happened to Finland last night could happen to any of us,", "Margus Tsahkna", "write", "twitter"),
        Q("indirect", "allies would discuss increasing patrols in the Baltic at a meeting next week", "NATO diplomat", "say"),
        Q("direct", "Nobody here is buying the self-defence story,", "NATO diplomat", "say"),
        Q("indirect", "it had opened an inquiry and would consider removing the tanker from its register", "Cook Islands shipping registry", "say"),
    ],
    dates=[
        D("Jan 22", "DATE", "2026-01-22"),
        D("Wednesday night", "TIME", "2026-01-21TNI"),
        D("Thursday", "DATE", "2026-01-22"),
        D("two hours", "DURATION", "PT2H"),
        D("Thursday morning", "TIME", "2026-01-22TMO"),
        D("last night", "TIME", "2026-01-21TNI"),
        D("next week", "DATE", "2026-W05"),
    ],
    stances=[
        S("Finnish officials", "accuse", None, evidence="called \"a deliberate manoeuvre\""),
        S("Alexander Stubb", "threaten", None, evidence="all options were on the table"),
        S("Alexander Stubb", "consult", "Mark Rutte", evidence="He spoke with NATO Secretary General Mark Rutte"),
        S("Russia", "accuse", "Finland", evidence="accused Helsinki of \"piracy under the cover of environmental concerns\""),
        S("Estonia", "support", "Finland", evidence="offered its support"),
        S("Margus Tsahkna", "appeal", "European Union", "sanctions on the tanker and its owners", "calling for the European Union to add the Vela Star and its owners to its sanctions list"),
        S("NATO diplomat", "reject", "Russia", evidence="Nobody here is buying the self-defence story"),
    ],
    notes="Invented article (fifth development set; the collision, the ship names and all quoted words are invented, "
          "Stubb, Rutte and Tsahkna used freely). The anonymous Finnish officials ('a senior official in Helsinki', 'one "
          "of the officials', 'Another official') are one group of Finland, their country given only by context; the "
          "NATO diplomat's country is not given (null). 'his office' is Stubb's (Finland). The Russian embassy speaks "
          "for Russia; its 'dangerously approached' and its accusation of piracy are one stance. The officials' "
          "'deliberate manoeuvre' blames the tanker's crew, not a named actor (null target); Stubb's 'all options were on "
          "the table' warns without naming Russia (null target). The diplomat rejects Russia's self-defence claim. "
          "The ships are not actors; the unnamed Emirati owner is not an actor. 'by early Thursday' is annotated on "
          "'Thursday'.",
)


# --------------------------------------------------------------------------- 6. famine warning and aid blockade in Rakhine (institutions speaking)
FAMINE = """ date 2026-09-03 YANGON, Sept 3 - Myanmar's military government on Thursday rejected United Nations warnings of famine in western Rakhine state, saying aid agencies were exaggerating food shortages to help the Arakan Army rebels who control most of the region.

An editorial in the state-run Global New Light of Myanmar said reports of starvation were "fabricated by foreign organisations with political agendas" and that the government had delivered 4,000 tonnes of rice to Rakhine since June.

The World Food Programme said on Wednesday that more than 500,000 people in central Rakhine faced "emergency" levels of hunger and that its convoys had been stopped at military checkpoints on the road from Magway for the past seven weeks. "Food is sitting in our warehouses while children are dying," WFP's country director, Michael Dunford, said in a statement.

The Ministry of Foreign Affairs in Naypyitaw said in a separate statement that all aid must pass through "the proper channels" of the Union government and accused the Arakan Army of seizing supplies meant for civilians.

The Arakan Army denied this. Its spokesman, Khine Thu Kha, told Reuters by phone that the group had "never taken a single bag of rice" and called on the UN to deliver aid directly across the border from Bangladesh.

Bangladesh, which already hosts more than a million Rohingya refugees, said it would not allow a cross-border corridor without guarantees from both sides. "We cannot become a party to this conflict," Foreign Minister Nazrul Karim told reporters in Dhaka.

The Philippines, which chairs ASEAN this year, said the bloc's special envoy would travel to Naypyitaw next week to press for humanitarian access. The Myanmar army's information team said in a Telegram post that the envoy would be "welcome" but that "no foreign country will dictate how we protect our people".

The United States and Britain issued a joint statement urging the military to lift "all restrictions on humanitarian access immediately"."""

build(
    "famine-rakhine-myanmar-2026-09-03", FAMINE,
    actors=[
        A("Myanmar", "country", "MMR", aliases=["Myanmar's military government", "The Ministry of Foreign Affairs in Naypyitaw", "Ministry of Foreign Affairs", "Naypyitaw", "the Union government", "The Myanmar army's information team", "the military", "the government"]),
        A("United Nations", "organization", None, aliases=["UN", "the UN"]),
        A("Arakan Army", "group", "MMR", aliases=["the Arakan Army", "The Arakan Army", "the Arakan Army rebels", "the group", "AA"]),
        A("Global New Light of Myanmar", "organization", "MMR", aliases=["the state-run Global New Light of Myanmar"]),
        A("World Food Programme", "organization", None, aliases=["WFP", "The World Food Programme"]),
        A("Michael Dunford", "person", None, "WFP country director", ["Dunford", "WFP's country director"], organization="World Food Programme"),
        A("Khine Thu Kha", "person", "MMR", "Arakan Army spokesman", ["Its spokesman"], organization="Arakan Army"),
        A("Reuters", "organization", "GBR", aliases=[]),
        A("Bangladesh", "country", "BGD", aliases=["Dhaka"]),
        A("Nazrul Karim", "person", "BGD", "Foreign Minister", ["Karim", "Foreign Minister Nazrul Karim"]),
        A("Philippines", "country", "PHL", aliases=["The Philippines"]),
        A("ASEAN", "organization", None, aliases=["the bloc", "Association of Southeast Asian Nations"]),
        A("ASEAN special envoy", "person", None, "ASEAN special envoy", ["the bloc's special envoy", "the envoy"], organization="ASEAN", anonymous=True),
        A("United States", "country", "USA", aliases=["U.S."]),
        A("United Kingdom", "country", "GBR", aliases=["Britain", "British"]),
    ],
    quotes=[
        Q("indirect", "aid agencies were exaggerating food shortages to help the Arakan Army rebels who control most of the region", "Myanmar", "say"),
        Q("indirect", "reports of starvation were \"fabricated by foreign organisations with political agendas\" and that the government had delivered 4,000 tonnes of rice to Rakhine since June", "Global New Light of Myanmar", "say"),
        Q("partial", "fabricated by foreign organisations with political agendas", "Global New Light of Myanmar", "say"),
        Q("indirect", "more than 500,000 people in central Rakhine faced \"emergency\" levels of hunger and that its convoys had been stopped at military checkpoints on the road from Magway for the past seven weeks", "World Food Programme", "say"),
        Q("partial", "emergency", "World Food Programme", "say", optional=True),
        Q("direct", "Food is sitting in our warehouses while children are dying,", "Michael Dunford", "say", "statement"),
        Q("indirect", "all aid must pass through \"the proper channels\" of the Union government", "Myanmar", "say", "statement"),
        Q("partial", "the proper channels", "Myanmar", "say", "statement"),
        Q("indirect", "the group had \"never taken a single bag of rice\"", "Khine Thu Kha", "tell", "phone call"),
        Q("partial", "never taken a single bag of rice", "Khine Thu Kha", "tell", "phone call"),
        Q("indirect", "it would not allow a cross-border corridor without guarantees from both sides", "Bangladesh", "say"),
        Q("direct", "We cannot become a party to this conflict,", "Nazrul Karim", "tell", "press conference"),
        Q("indirect", "the bloc's special envoy would travel to Naypyitaw next week to press for humanitarian access", "Philippines", "say"),
        Q("indirect", "the envoy would be \"welcome\" but that \"no foreign country will dictate how we protect our people\"", "Myanmar", "say", "statement"),
        Q("partial", "no foreign country will dictate how we protect our people", "Myanmar", "say", "statement"),
        Q("partial", "all restrictions on humanitarian access immediately", "United States", "urge", "statement", optional=True),
    ],
    dates=[
        D("Sept 3", "DATE", "2026-09-03"),
        D("Thursday", "DATE", "2026-09-03"),
        D("June", "DATE", "2026-06"),
        D("Wednesday", "DATE", "2026-09-02"),
        D("the past seven weeks", "DURATION", "P7W"),
        D("this year", "DATE", "2026"),
        D("next week", "DATE", "2026-W37"),
    ],
    stances=[
        S("Myanmar", "reject", "United Nations", evidence="rejected United Nations warnings of famine"),
        S("Global New Light of Myanmar", "accuse", None, evidence="\"fabricated by foreign organisations with political agendas\""),
        S("Michael Dunford", "criticize", "Myanmar", evidence="Food is sitting in our warehouses while children are dying"),
        S("Myanmar", "accuse", "Arakan Army", evidence="accused the Arakan Army of seizing supplies meant for civilians"),
        S("Arakan Army", "reject", "Myanmar", evidence="The Arakan Army denied this"),
        S("Khine Thu Kha", "appeal", "United Nations", "deliver aid across the border", "called on the UN to deliver aid directly across the border"),
        S("Bangladesh", "reject", None, evidence="it would not allow a cross-border corridor"),
        S("ASEAN", "appeal", "Myanmar", "humanitarian access", "to press for humanitarian access"),
        S("Myanmar", "welcome", "ASEAN", evidence="the envoy would be \"welcome\""),
        S("United States", "demand", "Myanmar", "humanitarian access", "urging the military to lift \"all restrictions on humanitarian access immediately\""),
        S("United Kingdom", "demand", "Myanmar", "humanitarian access", "urging the military to lift \"all restrictions on humanitarian access immediately\""),
    ],
    notes="Invented article (fifth development set; the famine warning, Karim and all quoted words are invented, Dunford "
          "and Khine Thu Kha used freely). Institutions speak: the military government, its foreign ministry in "
          "Naypyitaw and the army's information team are all Myanmar (the military is the government); the state-run "
          "newspaper's editorial is its own voice (an organization of Myanmar). The lead's 'saying aid agencies were "
          "exaggerating' is an indirect quote of Myanmar, part of its rejection of the UN (one stance). Dunford's "
          "quote blames the checkpoints, i.e. Myanmar's military. The Arakan Army's denial answers Myanmar's accusation. "
          "Reuters only carries words. The Philippines announces ASEAN's envoy mission (the appeal is ASEAN's). The "
          "joint US-British statement gives each a demand; its partial quote is optional (two speakers).",
)


# --------------------------------------------------------------------------- 7. exiled journalist poisoned in Prague (pronoun and surname back-references, titles first)
POISON = """ date 2026-10-20 PRAGUE, Oct 20 - Andrei Voronin, the exiled Russian investigative journalist, is in intensive care in Prague after being poisoned with what Czech doctors believe is a nerve agent, and the Czech government on Tuesday said it was "highly likely" that the Russian state was behind the attack.

Voronin, 47, collapsed on Sunday evening at a café near the Vltava river, minutes after meeting a man who had contacted him as a source, his colleagues said. He was taken to the General University Hospital, where he remains in an induced coma.

"His condition is serious but stable," the hospital's director said on Monday. He said tests carried out by a military laboratory had found traces of an organophosphate compound in Voronin's blood.

The foreign minister summoned the Russian ambassador on Tuesday morning. Speaking afterwards, Tomáš Kolář said he had told the envoy that Prague would "not tolerate the use of chemical weapons on Czech soil" and that the Czech Republic would ask its EU partners for new sanctions. Kolář said the ambassador had "offered nothing but denials".

Moscow rejected the accusation. Kremlin spokesman Dmitry Peskov called it "another hysterical fantasy" and said Russia had "no reason whatsoever" to harm a journalist "whom nobody in Russia reads". He added that Moscow was ready to cooperate with an investigation if Prague shared its evidence.

Voronin's wife, Marina, who flew in from Riga, said her husband had received threats for months after publishing an investigation into the finances of a regional governor. "They warned him. He laughed at them. Now he is fighting for his life," she told Czech Television outside the hospital.

Germany offered to fly him to Berlin's Charité hospital, where the opposition politician Alexei Navalny was treated in 2020. Chancellor Friedrich Merz said in a post on X that Europe "must answer this crime together". The European Commission president, Ursula von der Leyen, condemned the poisoning and said those responsible "must be held to account".

Reporters Without Borders said Voronin was the fourth Russian journalist in exile to be attacked in Europe since 2024."""

build(
    "poisoning-journalist-prague-2026-10-20", POISON,
    actors=[
        A("Andrei Voronin", "person", "RUS", "investigative journalist", ["Voronin", "the exiled Russian investigative journalist", "her husband"]),
        A("Czech Republic", "country", "CZE", aliases=["the Czech Republic", "Czech", "Prague", "the Czech government", "Czechia"]),
        A("Russia", "country", "RUS", aliases=["Russian", "the Russian state", "Moscow", "Kremlin"]),
        A("General University Hospital", "organization", "CZE", aliases=["the General University Hospital"]),
        A("hospital director", "person", "CZE", "hospital director", ["the hospital's director"], anonymous=True, organization="General University Hospital"),
        A("Tomáš Kolář", "person", "CZE", "Foreign Minister", ["Kolář", "Kolar", "The foreign minister"]),
        A("Russian ambassador", "person", "RUS", "ambassador", ["the Russian ambassador", "the envoy", "the ambassador"], anonymous=True),
        A("European Union", "organization", None, aliases=["EU", "The European Commission", "European Commission"]),
        A("Dmitry Peskov", "person", "RUS", "Kremlin spokesman", ["Peskov", "Kremlin spokesman Dmitry Peskov"]),
        A("Marina", "person", "RUS", "Voronin's wife", ["Voronin's wife", "Marina Voronina"]),
        A("Czech Television", "organization", "CZE", aliases=[]),
        A("Germany", "country", "DEU", aliases=["German"]),
        A("Alexei Navalny", "person", "RUS", "opposition politician", ["Navalny", "the opposition politician Alexei Navalny"]),
        A("Friedrich Merz", "person", "DEU", "Chancellor", ["Merz", "Chancellor Friedrich Merz"]),
        A("Ursula von der Leyen", "person", None, "European Commission President", ["von der Leyen", "The European Commission president"], organization="European Union"),
        A("Reporters Without Borders", "organization", None, aliases=["RSF"]),
    ],
    quotes=[
        Q("indirect", "it was \"highly likely\" that the Russian state was behind the attack", "Czech Republic", "say"),
        Q("partial", "highly likely", "Czech Republic", "say"),
        Q("indirect", "minutes after meeting a man who had contacted him as a source", None, "say", optional=True),
        Q("direct", "His condition is serious but stable,", "hospital director", "say"),
        Q("indirect", "tests carried out by a military laboratory had found traces of an organophosphate compound in Voronin's blood", "hospital director", "say"),
        Q("indirect", "he had told the envoy that Prague would \"not tolerate the use of chemical weapons on Czech soil\" and that the Czech Republic would ask its EU partners for new sanctions", "Tomáš Kolář", "say"),
        Q("partial", "not tolerate the use of chemical weapons on Czech soil", "Tomáš Kolář", "say"),
        Q("indirect", "the ambassador had \"offered nothing but denials\"", "Tomáš Kolář", "say"),
        Q("partial", "offered nothing but denials", "Tomáš Kolář", "say"),
        Q("partial", "another hysterical fantasy", "Dmitry Peskov", "call"),
        Q("indirect", "Russia had \"no reason whatsoever\" to harm a journalist \"whom nobody in Russia reads\"", "Dmitry Peskov", "say"),
        Q("partial", "no reason whatsoever", "Dmitry Peskov", "say"),
        Q("partial", "whom nobody in Russia reads", "Dmitry Peskov", "say"),
        Q("indirect", "Moscow was ready to cooperate with an investigation if Prague shared its evidence", "Dmitry Peskov", "add"),
        Q("indirect", "her husband had received threats for months after publishing an investigation into the finances of a regional governor", "Marina", "say"),
        Q("direct", "They warned him. He laughed at them. Now he is fighting for his life,", "Marina", "tell", "interview"),
        Q("indirect", "Europe \"must answer this crime together\"", "Friedrich Merz", "say", "twitter"),
        Q("partial", "must answer this crime together", "Friedrich Merz", "say", "twitter"),
        Q("indirect", "those responsible \"must be held to account\"", "Ursula von der Leyen", "say"),
        Q("partial", "must be held to account", "Ursula von der Leyen", "say"),
        Q("indirect", "Voronin was the fourth Russian journalist in exile to be attacked in Europe since 2024", "Reporters Without Borders", "say"),
    ],
    dates=[
        D("Oct 20", "DATE", "2026-10-20"),
        D("Tuesday", "DATE", "2026-10-20"),
        D("Sunday evening", "TIME", "2026-10-18TEV"),
        D("Monday", "DATE", "2026-10-19"),
        D("Tuesday morning", "TIME", "2026-10-20TMO"),
        D("months", "DURATION", "PXM"),
        D("2020", "DATE", "2020"),
        D("2024", "DATE", "2024"),
    ],
    stances=[
        S("Czech Republic", "accuse", "Russia", evidence="it was \"highly likely\" that the Russian state was behind the attack"),
        S("Tomáš Kolář", "criticize", "Russia", evidence="The foreign minister summoned the Russian ambassador"),
        S("Tomáš Kolář", "threaten", "Russia", evidence="would ask its EU partners for new sanctions"),
        S("Russia", "reject", "Czech Republic", evidence="Moscow rejected the accusation"),
        S("Dmitry Peskov", "reject", "Czech Republic", evidence="called it \"another hysterical fantasy\""),
        S("Germany", "support", "Andrei Voronin", evidence="offered to fly him to Berlin's Charité hospital"),
        S("Friedrich Merz", "appeal", None, "joint European response", "Europe \"must answer this crime together\""),
        S("Ursula von der Leyen", "condemn", None, evidence="condemned the poisoning"),
        S("Ursula von der Leyen", "demand", None, "accountability", "those responsible \"must be held to account\""),
    ],
    notes="Invented article (fifth development set; Voronin, his wife, Kolář and all quoted words are invented; Peskov, "
          "Merz, von der Leyen and Navalny used freely). Many back-references: Voronin is 'He', 'him', 'her husband'; "
          "the hospital director is 'He' in the next sentence; the foreign minister is named only after his title "
          "('The foreign minister ... Tomáš Kolář'), and the ambassador is 'the envoy'. The summons is a criticism; the "
          "sanctions request a threat (his 'not tolerate' is the same warning). Moscow's rejection and Peskov's are "
          "kept apart (country and spokesman, as the reference gold keeps Turkey and Erdogan). Peskov's conditional "
          "offer to cooperate takes no stance. The wife's 'They warned him' names no one. Charité is a place; Navalny is "
          "background. The colleagues are unnamed (optional quote, no speaker). 'for months' is annotated on 'months'.",
)


# --------------------------------------------------------------------------- 8. Congo-Rwanda peace summit in Doha (mediators; titles before names)
SUMMIT = """ date 2026-05-27 DOHA, May 27 - The presidents of the Democratic Republic of Congo and Rwanda shook hands in Doha on Wednesday after signing a framework for ending the fighting in eastern Congo, but the M23 rebels at the centre of the conflict were not at the table and said they would not be bound by it.

Qatar's emir, Sheikh Tamim bin Hamad Al Thani, hosted the ceremony at the Lusail Palace and said his country would "stay with both parties until the last gun falls silent". Qatar has mediated between Kinshasa and Kigali since early last year, alongside the United States and the African Union's mediator, Togolese President Faure Gnassingbé.

Under the framework, both sides commit to a ceasefire within 30 days, the withdrawal of "foreign forces" from North Kivu and a joint verification mechanism led by the African Union.

Congolese President Félix Tshisekedi called the deal "a step, not a destination". "Peace will be judged in Goma, not in Doha," he told reporters after the ceremony. "If Rwanda keeps its word, Congo will keep its word."

His Rwandan counterpart was more upbeat. Paul Kagame said the agreement addressed "the root causes" of the conflict, including the presence in Congo of the FDLR, a militia founded by Hutu extremists, and thanked Qatar for its "patience and wisdom".

The M23's political wing, the Congo River Alliance, rejected the framework in a statement posted on social media on Wednesday evening. Its leader, Corneille Nangaa, said no agreement "signed without us and about us" could end the war, and demanded direct talks with Kinshasa.

The U.S. special envoy for the Great Lakes said Washington welcomed the signing and urged all armed groups "to lay down their weapons". Speaking on condition of anonymity, a senior Congolese official said Kinshasa would not negotiate with the rebels "as equals".

The United Nations estimates that more than 7 million people have been displaced by fighting in eastern Congo."""

build(
    "summit-congo-rwanda-doha-2026-05-27", SUMMIT,
    actors=[
        A("Democratic Republic of the Congo", "country", "COD", aliases=["Democratic Republic of Congo", "Congo", "DR Congo", "DRC", "Kinshasa", "Congolese"]),
        A("Rwanda", "country", "RWA", aliases=["Kigali", "Rwandan"]),
        A("M23", "group", "COD", aliases=["the M23 rebels", "The M23's political wing", "the Congo River Alliance", "Congo River Alliance", "the rebels", "AFC"]),
        A("Qatar", "country", "QAT", aliases=["Qatar's", "Qatari", "Doha"]),
        A("Tamim bin Hamad Al Thani", "person", "QAT", "Emir", ["Sheikh Tamim", "Sheikh Tamim bin Hamad Al Thani", "Qatar's emir"]),
        A("United States", "country", "USA", aliases=["Washington", "U.S."]),
        A("African Union", "organization", None, aliases=["AU", "the African Union"]),
        A("Faure Gnassingbé", "person", "TGO", "President", ["Gnassingbé", "Gnassingbe", "Togolese President Faure Gnassingbé", "the African Union's mediator"]),
        A("Félix Tshisekedi", "person", "COD", "President", ["Tshisekedi", "Felix Tshisekedi", "Congolese President Félix Tshisekedi"]),
        A("Paul Kagame", "person", "RWA", "President", ["Kagame", "His Rwandan counterpart"]),
        A("FDLR", "group", None, aliases=["the FDLR"]),
        A("Corneille Nangaa", "person", "COD", "leader of the Congo River Alliance", ["Nangaa", "Its leader"], organization="M23"),
        A("U.S. special envoy for the Great Lakes", "person", "USA", "special envoy for the Great Lakes", ["The U.S. special envoy for the Great Lakes"], anonymous=True),
        A("senior Congolese official", "person", "COD", "official", ["a senior Congolese official"], anonymous=True),
        A("United Nations", "organization", None, aliases=["UN", "The United Nations"]),
    ],
    quotes=[
        Q("indirect", "they would not be bound by it", "M23", "say"),
        Q("indirect", "his country would \"stay with both parties until the last gun falls silent\"", "Tamim bin Hamad Al Thani", "say"),
        Q("partial", "stay with both parties until the last gun falls silent", "Tamim bin Hamad Al Thani", "say"),
        Q("partial", "a step, not a destination", "Félix Tshisekedi", "call"),
        Q("direct", "Peace will be judged in Goma, not in Doha,", "Félix Tshisekedi", "tell", "press conference"),
        Q("direct", "If Rwanda keeps its word, Congo will keep its word.", "Félix Tshisekedi", None, "press conference"),
        Q("indirect", "the agreement addressed \"the root causes\" of the conflict, including the presence in Congo of the FDLR, a militia founded by Hutu extremists", "Paul Kagame", "say"),
        Q("partial", "the root causes", "Paul Kagame", "say", optional=True),
        Q("partial", "patience and wisdom", "Paul Kagame", "thank"),
        Q("indirect", "no agreement \"signed without us and about us\" could end the war", "Corneille Nangaa", "say"),
        Q("partial", "signed without us and about us", "Corneille Nangaa", "say"),
        Q("indirect", "Washington welcomed the signing", "U.S. special envoy for the Great Lakes", "say"),
        Q("partial", "to lay down their weapons", "U.S. special envoy for the Great Lakes", "urge"),
        Q("indirect", "Kinshasa would not negotiate with the rebels \"as equals\"", "senior Congolese official", "say"),
        Q("indirect", "more than 7 million people have been displaced by fighting in eastern Congo", "United Nations", "estimate"),
    ],
    dates=[
        D("May 27", "DATE", "2026-05-27"),
        D("Wednesday", "DATE", "2026-05-27"),
        D("last year", "DATE", "2025"),
        D("30 days", "DURATION", "P30D"),
        D("Wednesday evening", "TIME", "2026-05-27TEV"),
    ],
    stances=[
        S("Democratic Republic of the Congo", "mediate", "Rwanda", "ceasefire", "after signing a framework for ending the fighting"),
        S("M23", "reject", None, evidence="said they would not be bound by it"),
        S("Tamim bin Hamad Al Thani", "mediate", None, None, "stay with both parties until the last gun falls silent"),
        S("Paul Kagame", "praise", "Qatar", evidence="thanked Qatar for its \"patience and wisdom\""),
        S("Corneille Nangaa", "demand", "Democratic Republic of the Congo", "negotiations", "demanded direct talks with Kinshasa"),
        S("United States", "welcome", None, evidence="Washington welcomed the signing"),
        S("U.S. special envoy for the Great Lakes", "appeal", None, "disarmament", "urged all armed groups \"to lay down their weapons\""),
        S("senior Congolese official", "reject", "M23", evidence="would not negotiate with the rebels"),
    ],
    notes="Invented article (fifth development set; the summit, its framework and all quoted words are invented; the "
          "leaders used freely). Titles come before names ('Qatar's emir, Sheikh Tamim ...', 'His Rwandan counterpart "
          "was more upbeat. Paul Kagame ...'); the US envoy is never named. The signing by both presidents is one "
          "settlement (mediate, either party may hold it; given as Congo toward Rwanda). The M23 and its political "
          "wing, the Congo River Alliance, are one group; its rejection in the statement restates the lead's (one "
          "stance). Tshisekedi's conditional 'If Rwanda keeps its word' takes no stance; Kagame's 'root causes' "
          "mention of the FDLR is background. The envoy's 'Washington welcomed' is the country's welcome. The UN "
          "estimate is background. 'since early last year' is annotated on 'last year'.",
)


if __name__ == "__main__":
    WRITER.report()
