"""Builds the held-out generalisation articles (NAME.txt) and their hand-written gold (NAME.gold.json).

Held-out set: written by an annotator who had not seen reactlib's output on these texts; the gold was
fixed before reactlib was first run on them. Events and places differ from the reference (Karabakh)
and from the development set in ../generalization/.

The annotation lives here as data so that offsets are computed, never typed: a quote or date is
given by its text and, where the same words occur more than once, by its occurrence number (0-based).
Run `python tests/generalization_holdout/build_gold.py` after editing.
Conventions follow ../shared/eval/GOLD_FORMAT.md, the reference gold and ../generalization/build_gold.py:
a country's ministries, army, police and presidency are the country; a UN Secretary-General's position
relayed by his spokesman gives the spokesman the quotes and the Secretary-General the stances;
"both sides"/"all parties" give a null target; a reported clause is an indirect quote (optional where
it only restates an action of the speaker's own side), a quoted fragment inside it is also a partial quote.
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


# --------------------------------------------------------------------------- 1. drone strike on a Red Sea port
PORT = """ date 2025-05-07 Sudan's army-backed government on Wednesday accused the paramilitary Rapid Support Forces of a drone strike on Port Sudan that set fuel depots ablaze, and said it was cutting diplomatic ties with the United Arab Emirates, which it accuses of arming the RSF.

Explosions shook the Red Sea city before dawn on Tuesday as drones hit the port's fuel terminal and an air base next to the international airport, witnesses told AFP. Thick black smoke still hung over the harbour on Wednesday evening.

"The militia and its sponsors will pay a heavy price for this aggression," Defence Minister Yassin Ibrahim said in a televised address. "We will answer in the time and place of our choosing."

The RSF, which has been at war with the army since April 2023, did not claim the attack. Its spokesman said on Telegram that the group "has no connection" to the strikes.

The UAE foreign ministry rejected the accusations as "baseless" and said Abu Dhabi remained committed to a peaceful solution.

UN Secretary-General Antonio Guterres is "alarmed" by the attacks, which endanger humanitarian operations, his spokesman Stephane Dujarric told reporters in New York. Guterres urged both sides to "protect civilians and civilian infrastructure" and to return to negotiations.

Egypt, Saudi Arabia and Qatar condemned the strikes. Saudi Arabia's foreign ministry called them "a flagrant violation of Sudan's sovereignty" and reiterated Riyadh's readiness to host fresh talks between the warring parties in Jeddah.

Arab League chief Ahmed Aboul Gheit warned on X that the targeting of ports "threatens navigation in the Red Sea" and called for an immediate ceasefire.

African Union Commission chairperson Mahmoud Ali Youssouf said he had spoken by phone with army chief Abdel Fattah al-Burhan and expressed the AU's solidarity with the Sudanese people.

Port Sudan, which had been spared the fighting for two years, has hosted the government, UN agencies and foreign embassies since the capital Khartoum was engulfed in fighting. An aid official, who asked not to be named, said fuel prices in the city had doubled since the attack.

Earlier this month, peace talks in Jeddah stalled after the RSF refused to withdraw from residential areas."""

build(
    "dronestrike-portsudan-2025-05-07", PORT,
    actors=[
        A("Sudan", "country", "SDN", aliases=["Sudanese", "Khartoum", "army-backed government", "army"]),
        A("Rapid Support Forces", "group", "SDN", aliases=["RSF", "paramilitary Rapid Support Forces", "militia"]),
        A("United Arab Emirates", "country", "ARE", aliases=["UAE", "Abu Dhabi", "Emirati"]),
        A("witnesses", "group", "SDN", aliases=[]),
        A("Yassin Ibrahim", "person", "SDN", "Defence Minister", ["Ibrahim"]),
        A("RSF spokesman", "person", "SDN", "spokesman", ["spokesman", "Its spokesman"], organization="Rapid Support Forces", anonymous=True),
        A("United Nations", "organization", None, aliases=["UN"]),
        A("Antonio Guterres", "person", None, "Secretary-General", ["Guterres", "Secretary-General"], organization="United Nations"),
        A("Stephane Dujarric", "person", None, "spokesman", ["Dujarric"], organization="United Nations"),
        A("Egypt", "country", "EGY", aliases=["Egyptian", "Cairo"]),
        A("Saudi Arabia", "country", "SAU", aliases=["Riyadh", "Saudi"]),
        A("Qatar", "country", "QAT", aliases=["Qatari", "Doha"]),
        A("Arab League", "organization", None, aliases=["League of Arab States"]),
        A("Ahmed Aboul Gheit", "person", None, "Arab League chief", ["Aboul Gheit"], organization="Arab League"),
        A("African Union", "organization", None, aliases=["AU", "African Union Commission"]),
        A("Mahmoud Ali Youssouf", "person", None, "African Union Commission chairperson", ["Youssouf"], organization="African Union"),
        A("Abdel Fattah al-Burhan", "person", "SDN", "army chief", ["Burhan", "al-Burhan"]),
        A("aid official", "person", None, "aid official", [], anonymous=True),
    ],
    quotes=[
        Q("indirect", "it was cutting diplomatic ties with the United Arab Emirates", "Sudan", "say"),
        Q("indirect", "Explosions shook the Red Sea city before dawn on Tuesday as drones hit the port's fuel terminal and an air base next to the international airport", "witnesses", "tell"),
        Q("direct", "The militia and its sponsors will pay a heavy price for this aggression,", "Yassin Ibrahim", "say", "television"),
        Q("direct", "We will answer in the time and place of our choosing.", "Yassin Ibrahim", "say", "television"),
        Q("indirect", "the group \"has no connection\" to the strikes", "RSF spokesman", "say", "telegram"),
        Q("partial", "has no connection", "RSF spokesman", "say", "telegram"),
        Q("partial", "baseless", "United Arab Emirates", "reject"),
        Q("indirect", "Abu Dhabi remained committed to a peaceful solution", "United Arab Emirates", "say"),
        Q("indirect", "UN Secretary-General Antonio Guterres is \"alarmed\" by the attacks, which endanger humanitarian operations", "Stephane Dujarric", "tell"),
        Q("partial", "alarmed", "Stephane Dujarric", "tell"),
        Q("partial", "protect civilians and civilian infrastructure", "Antonio Guterres", "urge"),
        Q("partial", "a flagrant violation of Sudan's sovereignty", "Saudi Arabia", "call"),
        Q("indirect", "the targeting of ports \"threatens navigation in the Red Sea\"", "Ahmed Aboul Gheit", "warn", "twitter"),
        Q("partial", "threatens navigation in the Red Sea", "Ahmed Aboul Gheit", "warn", "twitter"),
        Q("indirect", "he had spoken by phone with army chief Abdel Fattah al-Burhan and expressed the AU's solidarity with the Sudanese people", "Mahmoud Ali Youssouf", "say"),
        Q("indirect", "fuel prices in the city had doubled since the attack", "aid official", "say"),
    ],
    dates=[
        D("Wednesday", "DATE", "2025-05-07", 0),
        D("Tuesday", "DATE", "2025-05-06"),
        D("Wednesday evening", "TIME", "2025-05-07TEV"),
        D("April 2023", "DATE", "2023-04"),
        D("for two years", "DURATION", "P2Y"),
        D("Earlier this month", "DATE", "2025-05"),
    ],
    stances=[
        S("Sudan", "accuse", "Rapid Support Forces", evidence="accused the paramilitary Rapid Support Forces of a drone strike"),
        S("Sudan", "accuse", "United Arab Emirates", evidence="which it accuses of arming the RSF"),
        S("Yassin Ibrahim", "threaten", "Rapid Support Forces", evidence="The militia and its sponsors will pay a heavy price"),
        S("Rapid Support Forces", "reject", None, evidence="the group \"has no connection\" to the strikes"),
        S("United Arab Emirates", "reject", "Sudan", evidence="rejected the accusations as \"baseless\""),
        S("Antonio Guterres", "concern", None, "attacks", "Guterres is \"alarmed\" by the attacks"),
        S("Antonio Guterres", "appeal", None, "protect civilians", "urged both sides to \"protect civilians and civilian infrastructure\""),
        S("Antonio Guterres", "appeal", None, "negotiations", "to return to negotiations"),
        S("Egypt", "condemn", None, evidence="Egypt, Saudi Arabia and Qatar condemned the strikes"),
        S("Saudi Arabia", "condemn", None, evidence="Egypt, Saudi Arabia and Qatar condemned the strikes"),
        S("Qatar", "condemn", None, evidence="Egypt, Saudi Arabia and Qatar condemned the strikes"),
        S("Saudi Arabia", "mediate", None, "negotiations", "reiterated Riyadh's readiness to host fresh talks between the warring parties"),
        S("Ahmed Aboul Gheit", "concern", None, "navigation in the Red Sea", "the targeting of ports \"threatens navigation in the Red Sea\""),
        S("Ahmed Aboul Gheit", "appeal", None, "ceasefire", "called for an immediate ceasefire"),
        S("Mahmoud Ali Youssouf", "consult", "Abdel Fattah al-Burhan", evidence="he had spoken by phone with army chief Abdel Fattah al-Burhan"),
        S("Mahmoud Ali Youssouf", "support", "Sudan", evidence="expressed the AU's solidarity with the Sudanese people"),
        S("Rapid Support Forces", "reject", None, "withdraw from residential areas", "the RSF refused to withdraw from residential areas"),
    ],
    notes="Held-out article. The army-backed government, its foreign ministry, 'the army' and 'the government' are Sudan. "
          "Guterres's position is relayed by Dujarric (quotes Dujarric's, stances Guterres's); 'Guterres urged' is reported "
          "directly, so that partial is Guterres's. Saudi Arabia's two statements give one condemnation stance (one-to-one scoring). "
          "AFP and Telegram are channels, not actors. Aboul Gheit 'warned that X threatens navigation' is a concern, not a threat.",
)


# --------------------------------------------------------------------------- 2. nuclear plant incident
NUCLEAR = """ date 2025-08-14 The UN nuclear watchdog warned on Thursday of a “very serious” risk of a nuclear accident after a fire broke out in a cooling tower at the Russian-held Zaporizhzhia nuclear power plant in southern Ukraine, with Kyiv and Moscow blaming each other for the blaze.

International Atomic Energy Agency chief Rafael Grossi said his team at the site had heard several explosions on Wednesday evening before thick smoke rose from the plant’s northern area. No increase in radiation levels had been detected, he said.

“Playing with fire at a nuclear power plant is reckless and must stop immediately,” Grossi wrote on X. “Both sides must respect the basic principles of nuclear safety.”

Ukrainian President Volodymyr Zelensky accused Russian forces of deliberately setting fire to the tower in an act of “nuclear blackmail” and urged the international community to respond.

“Russia is using the plant to terrorise Ukraine and the whole of Europe,” Zelensky said in a video address.

The Russian-installed authorities at the plant said the fire had been caused by Ukrainian drone attacks. Kremlin spokesman Dmitry Peskov told reporters that Moscow expected the IAEA to “clearly name the culprit” and described Kyiv’s actions as “nuclear terrorism”.

Europe’s largest nuclear plant, with six reactors, has been occupied by Russian troops since March 2022 and has been in cold shutdown for almost three years.

The European Union’s foreign policy chief Kaja Kallas condemned what she called “Russia’s irresponsible behaviour” and said the bloc would keep up pressure on Moscow.

Washington called on Russia to return the plant to Ukrainian control. “We remain deeply concerned about the safety of Zaporizhzhia,” a State Department spokesperson said in an emailed statement.

Turkish President Recep Tayyip Erdogan offered to mediate between Kyiv and Moscow on the plant’s security during a phone call with Zelensky, the Turkish presidency said.

Grossi, who is due to travel to Kyiv next week, has for months pushed for a protection zone around the site. He held talks with Alexei Likhachev, head of Russian state nuclear firm Rosatom, in Kaliningrad last month, the agency said."""

build(
    "nuclear-zaporizhzhia-2025-08-14", NUCLEAR,
    actors=[
        A("International Atomic Energy Agency", "organization", None, aliases=["IAEA", "UN nuclear watchdog", "nuclear watchdog", "agency"]),
        A("Ukraine", "country", "UKR", aliases=["Kyiv", "Ukrainian"]),
        A("Russia", "country", "RUS", aliases=["Moscow", "Russian", "Kremlin", "Russian forces", "Russian troops"]),
        A("Rafael Grossi", "person", None, "International Atomic Energy Agency chief", ["Grossi"], organization="International Atomic Energy Agency"),
        A("Volodymyr Zelensky", "person", "UKR", "President", ["Zelensky"]),
        A("international community", "group", None, aliases=[]),
        A("Russian-installed authorities", "organization", "RUS", aliases=["Russian-installed authorities at the plant"]),
        A("Dmitry Peskov", "person", "RUS", "Kremlin spokesman", ["Peskov"]),
        A("European Union", "organization", None, aliases=["EU", "bloc"]),
        A("Kaja Kallas", "person", None, "foreign policy chief", ["Kallas"], organization="European Union"),
        A("United States", "country", "USA", aliases=["Washington", "US", "State Department"]),
        A("State Department spokesperson", "person", "USA", "spokesperson", ["spokesperson"], anonymous=True),
        A("Turkey", "country", "TUR", aliases=["Turkish", "Ankara", "Turkish presidency"]),
        A("Recep Tayyip Erdogan", "person", "TUR", "President", ["Erdogan"]),
        A("Alexei Likhachev", "person", "RUS", "head of Rosatom", ["Likhachev"], organization="Rosatom"),
        A("Rosatom", "organization", "RUS", aliases=[]),
    ],
    quotes=[
        Q("partial", "very serious", "International Atomic Energy Agency", "warn"),
        Q("indirect", "his team at the site had heard several explosions on Wednesday evening before thick smoke rose from the plant’s northern area", "Rafael Grossi", "say"),
        Q("indirect", "No increase in radiation levels had been detected", "Rafael Grossi", "say"),
        Q("direct", "Playing with fire at a nuclear power plant is reckless and must stop immediately,", "Rafael Grossi", "write", "twitter"),
        Q("direct", "Both sides must respect the basic principles of nuclear safety.", "Rafael Grossi", "write", "twitter"),
        Q("partial", "nuclear blackmail", "Volodymyr Zelensky", "accuse"),
        Q("direct", "Russia is using the plant to terrorise Ukraine and the whole of Europe,", "Volodymyr Zelensky", "say", "video"),
        Q("indirect", "the fire had been caused by Ukrainian drone attacks", "Russian-installed authorities", "say"),
        Q("indirect", "Moscow expected the IAEA to “clearly name the culprit”", "Dmitry Peskov", "tell"),
        Q("partial", "clearly name the culprit", "Dmitry Peskov", "tell"),
        Q("partial", "nuclear terrorism", "Dmitry Peskov", "describe"),
        Q("partial", "Russia’s irresponsible behaviour", "Kaja Kallas", "condemn"),
        Q("indirect", "the bloc would keep up pressure on Moscow", "Kaja Kallas", "say"),
        Q("direct", "We remain deeply concerned about the safety of Zaporizhzhia,", "State Department spokesperson", "say", "statement"),
        Q("indirect", "Turkish President Recep Tayyip Erdogan offered to mediate between Kyiv and Moscow on the plant’s security during a phone call with Zelensky", "Turkey", "say", optional=True),
        Q("indirect", "He held talks with Alexei Likhachev, head of Russian state nuclear firm Rosatom, in Kaliningrad last month", "International Atomic Energy Agency", "say", optional=True),
    ],
    dates=[
        D("Thursday", "DATE", "2025-08-14"),
        D("Wednesday evening", "TIME", "2025-08-13TEV"),
        D("March 2022", "DATE", "2022-03"),
        D("for almost three years", "DURATION", "P3Y"),
        D("next week", "DATE", "2025-W34"),
        D("for months", "DURATION", "PXM"),
        D("last month", "DATE", "2025-07"),
    ],
    stances=[
        S("International Atomic Energy Agency", "concern", None, "nuclear accident", "warned on Thursday of a “very serious” risk of a nuclear accident"),
        S("Ukraine", "accuse", "Russia", evidence="with Kyiv and Moscow blaming each other"),
        S("Russia", "accuse", "Ukraine", evidence="with Kyiv and Moscow blaming each other"),
        S("Rafael Grossi", "appeal", None, "stop endangering the plant", "Playing with fire at a nuclear power plant is reckless and must stop immediately"),
        S("Rafael Grossi", "appeal", None, "nuclear safety", "Both sides must respect the basic principles of nuclear safety."),
        S("Volodymyr Zelensky", "accuse", "Russia", evidence="accused Russian forces of deliberately setting fire to the tower"),
        S("Volodymyr Zelensky", "appeal", "international community", "respond", "urged the international community to respond"),
        S("Russian-installed authorities", "accuse", "Ukraine", evidence="the fire had been caused by Ukrainian drone attacks"),
        S("Dmitry Peskov", "appeal", "International Atomic Energy Agency", "name the culprit", "Moscow expected the IAEA to “clearly name the culprit”"),
        S("Dmitry Peskov", "accuse", "Ukraine", evidence="described Kyiv’s actions as “nuclear terrorism”"),
        S("Kaja Kallas", "condemn", "Russia", evidence="condemned what she called “Russia’s irresponsible behaviour”"),
        S("United States", "demand", "Russia", "return the plant to Ukrainian control", "Washington called on Russia to return the plant to Ukrainian control"),
        S("State Department spokesperson", "concern", None, "safety of Zaporizhzhia", "We remain deeply concerned about the safety of Zaporizhzhia"),
        S("Recep Tayyip Erdogan", "mediate", None, "plant security", "offered to mediate between Kyiv and Moscow"),
        S("Recep Tayyip Erdogan", "consult", "Volodymyr Zelensky", evidence="during a phone call with Zelensky"),
        S("Rafael Grossi", "appeal", None, "protection zone", "pushed for a protection zone around the site"),
        S("Rafael Grossi", "consult", "Alexei Likhachev", evidence="He held talks with Alexei Likhachev"),
    ],
    notes="Held-out article. 'Russian forces', 'Russian troops' and the Kremlin are Russia; the State Department is the "
          "United States; the Turkish presidency is Turkey. The Russian-installed authorities at the plant are a separate "
          "organization of Russia. 'warned of a very serious risk' is a concern. The last two indirect quotes restate actions "
          "of the speaker's own side (as 'his office said' in the development set) and are optional.",
)


# --------------------------------------------------------------------------- 3. political assassination, Central America
HONDURAS = """ date 2025-10-13 Honduran President Xiomara Castro on Monday declared three days of national mourning after opposition presidential candidate Rodrigo Mejia Bonilla was shot dead at a campaign rally, and vowed that those responsible would "not go unpunished".

Mejia, 52, of the conservative National Party, was hit by several bullets as he left a rally in San Pedro Sula late on Sunday, police said. Two of his bodyguards were also wounded and one suspect was arrested at the scene.

"This cowardly crime is an attack on democracy itself," Castro said in a televised address from Tegucigalpa, adding that she had ordered the army to provide security for all candidates ahead of the November 30 election.

The National Party blamed the government for failing to protect its candidate and demanded the resignation of Security Minister Gerzon Velasquez. "His blood is on the hands of those who ignored our warnings," party president David Chavez told reporters.

Velasquez rejected calls to step down and said investigators were examining "all lines of inquiry", including the possible involvement of drug trafficking gangs.

The United States condemned the killing "in the strongest possible terms". "Political violence has no place in a democracy," Secretary of State Marco Rubio posted on X, urging Honduran authorities to bring the perpetrators to justice "swiftly and transparently".

Mexican President Claudia Sheinbaum expressed her condolences at her regular press conference and said Mexico stood "in solidarity with the Honduran people".

The UN human rights office said it was "deeply disturbed" and called for an independent investigation. The Organization of American States (OAS) said it would send an electoral observation mission ahead of schedule, while the European Union urged all parties "to refrain from violence and inflammatory rhetoric".

Guatemala and El Salvador also condemned the murder. Salvadoran President Nayib Bukele, whose crackdown on gangs has made him popular across the region, offered to share his government's security expertise with Tegucigalpa.

Mejia had received death threats for weeks, according to his campaign. Honduras has one of the highest murder rates in Latin America, and at least six local candidates have been killed since the start of the campaign in March."""

build(
    "assassination-honduras-2025-10-13", HONDURAS,
    actors=[
        A("Honduras", "country", "HND", aliases=["Honduran", "Tegucigalpa", "government", "police", "army", "Honduran authorities"]),
        A("Xiomara Castro", "person", "HND", "President", ["Castro"]),
        A("Rodrigo Mejia Bonilla", "person", "HND", "opposition presidential candidate", ["Mejia", "Mejia Bonilla"]),
        A("National Party", "organization", "HND", aliases=["conservative National Party", "party"]),
        A("Gerzon Velasquez", "person", "HND", "Security Minister", ["Velasquez"]),
        A("David Chavez", "person", "HND", "party president", ["Chavez"], organization="National Party"),
        A("United States", "country", "USA", aliases=["US", "Washington", "American"]),
        A("Marco Rubio", "person", "USA", "Secretary of State", ["Rubio"]),
        A("Mexico", "country", "MEX", aliases=["Mexican"]),
        A("Claudia Sheinbaum", "person", "MEX", "President", ["Sheinbaum"]),
        A("United Nations", "organization", None, aliases=["UN", "UN human rights office"]),
        A("Organization of American States", "organization", None, aliases=["OAS"]),
        A("European Union", "organization", None, aliases=["EU"]),
        A("Guatemala", "country", "GTM", aliases=["Guatemalan"]),
        A("El Salvador", "country", "SLV", aliases=["Salvadoran"]),
        A("Nayib Bukele", "person", "SLV", "President", ["Bukele"]),
        A("Mejia campaign", "organization", "HND", aliases=["campaign", "his campaign"]),
    ],
    quotes=[
        Q("indirect", "those responsible would \"not go unpunished\"", "Xiomara Castro", "vow"),
        Q("partial", "not go unpunished", "Xiomara Castro", "vow"),
        Q("indirect", "Mejia, 52, of the conservative National Party, was hit by several bullets as he left a rally in San Pedro Sula late on Sunday", "Honduras", "say"),
        Q("direct", "This cowardly crime is an attack on democracy itself,", "Xiomara Castro", "say", "television"),
        Q("indirect", "she had ordered the army to provide security for all candidates ahead of the November 30 election", "Xiomara Castro", "add", "television"),
        Q("direct", "His blood is on the hands of those who ignored our warnings,", "David Chavez", "tell"),
        Q("indirect", "investigators were examining \"all lines of inquiry\", including the possible involvement of drug trafficking gangs", "Gerzon Velasquez", "say"),
        Q("partial", "all lines of inquiry", "Gerzon Velasquez", "say"),
        Q("partial", "in the strongest possible terms", "United States", "condemn"),
        Q("direct", "Political violence has no place in a democracy,", "Marco Rubio", "post", "twitter"),
        Q("partial", "swiftly and transparently", "Marco Rubio", "urge", "twitter"),
        Q("indirect", "Mexico stood \"in solidarity with the Honduran people\"", "Claudia Sheinbaum", "say", "press conference"),
        Q("partial", "in solidarity with the Honduran people", "Claudia Sheinbaum", "say", "press conference"),
        Q("indirect", "it was \"deeply disturbed\"", "United Nations", "say", optional=True),
        Q("partial", "deeply disturbed", "United Nations", "say"),
        Q("indirect", "it would send an electoral observation mission ahead of schedule", "Organization of American States", "say"),
        Q("partial", "to refrain from violence and inflammatory rhetoric", "European Union", "urge"),
        Q("indirect", "Mejia had received death threats for weeks", "Mejia campaign", "according to"),
    ],
    dates=[
        D("Monday", "DATE", "2025-10-13"),
        D("three days", "DURATION", "P3D"),
        D("Sunday", "DATE", "2025-10-12"),
        D("November 30", "DATE", "2025-11-30"),
        D("for weeks", "DURATION", "PXW"),
        D("March", "DATE", "2025-03"),
    ],
    stances=[
        S("Xiomara Castro", "threaten", None, evidence="vowed that those responsible would \"not go unpunished\""),
        S("Xiomara Castro", "condemn", None, evidence="This cowardly crime is an attack on democracy itself"),
        S("National Party", "accuse", "Honduras", evidence="The National Party blamed the government for failing to protect its candidate"),
        S("National Party", "demand", None, "resignation of Gerzon Velasquez", "demanded the resignation of Security Minister Gerzon Velasquez"),
        S("David Chavez", "accuse", None, evidence="His blood is on the hands of those who ignored our warnings"),
        S("Gerzon Velasquez", "reject", "National Party", "resignation", "Velasquez rejected calls to step down"),
        S("United States", "condemn", None, evidence="The United States condemned the killing"),
        S("Marco Rubio", "appeal", "Honduras", "bring perpetrators to justice", "urging Honduran authorities to bring the perpetrators to justice"),
        S("Claudia Sheinbaum", "support", "Honduras", evidence="said Mexico stood \"in solidarity with the Honduran people\""),
        S("United Nations", "concern", None, "killing", "said it was \"deeply disturbed\""),
        S("United Nations", "appeal", None, "independent investigation", "called for an independent investigation"),
        S("European Union", "appeal", None, "restraint", "urged all parties \"to refrain from violence and inflammatory rhetoric\""),
        S("Guatemala", "condemn", None, evidence="Guatemala and El Salvador also condemned the murder"),
        S("El Salvador", "condemn", None, evidence="Guatemala and El Salvador also condemned the murder"),
        S("Nayib Bukele", "support", "Honduras", evidence="offered to share his government's security expertise with Tegucigalpa"),
    ],
    notes="Held-out article; Mejia Bonilla, Chavez and Velasquez are invented. The government, police, army and "
          "'Honduran authorities' are Honduras. The UN human rights office speaks for the United Nations. "
          "'his campaign' (Mejia's) is annotated as an organization of Honduras. Drug trafficking gangs are only "
          "mentioned as possible culprits and are not annotated as an actor. Correction after the first run: the National "
          "Party's demand for Velasquez's resignation first had Velasquez as target; the development convention "
          "('demanded the release of President Bio' -> target null) makes the person demanded about not the addressee.",
)


# --------------------------------------------------------------------------- 4. naval standoff, South China Sea
SCS = """ date 2025-03-24 The Philippines on Monday accused China’s coast guard of firing water cannon at a government vessel near Second Thomas Shoal in the South China Sea and summoned Beijing’s envoy, the latest in a string of confrontations in the disputed waters.

The Philippine Coast Guard said two Chinese ships had blocked and “dangerously manoeuvred” around the BRP Cabra on Sunday morning as it escorted a resupply mission to Filipino troops stationed on a grounded warship. Two crew members suffered minor injuries.

“We will not be intimidated,” coast guard spokesman Jay Tarriela told a press conference in Manila. “These aggressive actions violate international law and endanger the lives of our personnel.”

Beijing rejected the account. Chinese foreign ministry spokesman Guo Jiakun said the Philippine vessel had “illegally intruded” into Chinese waters and that the coast guard had taken “necessary measures” in accordance with the law.

“We urge the Philippine side to stop its provocations and not to underestimate China’s resolve to defend its sovereignty,” Guo told a regular briefing.

The United States, a treaty ally of Manila, said it stood with the Philippines and warned that an armed attack on Philippine public vessels would invoke mutual defence commitments. Japan and Australia expressed “serious concern” in a joint statement and called on both sides to resolve their dispute peacefully.

Philippine President Ferdinand Marcos told reporters he had instructed the foreign ministry to file a diplomatic protest, the 60th this year, but insisted Manila was not looking for a fight. “We want dialogue, but we will defend what is ours,” he said.

ASEAN foreign ministers, who will meet in Kuala Lumpur next month, urged restraint. Malaysia, which holds the bloc’s rotating chairmanship, offered to host talks between Manila and Beijing, a Malaysian diplomat said on condition of anonymity.

China claims almost the entire South China Sea, despite a 2016 international tribunal ruling that its claims have no legal basis. The two countries held talks in Shanghai in January on managing tensions, but confrontations have intensified since then."""

build(
    "standoff-southchinasea-2025-03-24", SCS,
    actors=[
        A("Philippines", "country", "PHL", aliases=["Manila", "Philippine", "Filipino"]),
        A("China", "country", "CHN", aliases=["Beijing", "Chinese"]),
        A("China Coast Guard", "organization", "CHN", aliases=["China’s coast guard", "Chinese coast guard"]),
        A("Philippine Coast Guard", "organization", "PHL", aliases=["coast guard"]),
        A("Jay Tarriela", "person", "PHL", "coast guard spokesman", ["Tarriela"], organization="Philippine Coast Guard"),
        A("Guo Jiakun", "person", "CHN", "foreign ministry spokesman", ["Guo"]),
        A("United States", "country", "USA", aliases=["US", "Washington", "American"]),
        A("Japan", "country", "JPN", aliases=["Japanese", "Tokyo"]),
        A("Australia", "country", "AUS", aliases=["Australian", "Canberra"]),
        A("Ferdinand Marcos", "person", "PHL", "President", ["Marcos"]),
        A("ASEAN", "organization", None, aliases=["Association of Southeast Asian Nations", "ASEAN foreign ministers", "bloc"]),
        A("Malaysia", "country", "MYS", aliases=["Malaysian", "Kuala Lumpur"]),
        A("Malaysian diplomat", "person", "MYS", "diplomat", ["diplomat"], anonymous=True),
    ],
    quotes=[
        Q("indirect", "two Chinese ships had blocked and “dangerously manoeuvred” around the BRP Cabra on Sunday morning as it escorted a resupply mission to Filipino troops stationed on a grounded warship", "Philippine Coast Guard", "say"),
        Q("partial", "dangerously manoeuvred", "Philippine Coast Guard", "say"),
        Q("direct", "We will not be intimidated,", "Jay Tarriela", "tell", "press conference"),
        Q("direct", "These aggressive actions violate international law and endanger the lives of our personnel.", "Jay Tarriela", "tell", "press conference"),
        Q("indirect", "the Philippine vessel had “illegally intruded” into Chinese waters and that the coast guard had taken “necessary measures” in accordance with the law", "Guo Jiakun", "say"),
        Q("partial", "illegally intruded", "Guo Jiakun", "say"),
        Q("partial", "necessary measures", "Guo Jiakun", "say"),
        Q("direct", "We urge the Philippine side to stop its provocations and not to underestimate China’s resolve to defend its sovereignty,", "Guo Jiakun", "tell", "press conference"),
        Q("indirect", "it stood with the Philippines", "United States", "say"),
        Q("indirect", "an armed attack on Philippine public vessels would invoke mutual defence commitments", "United States", "warn"),
        Q("partial", "serious concern", "Japan", "express", "statement"),
        Q("indirect", "he had instructed the foreign ministry to file a diplomatic protest, the 60th this year", "Ferdinand Marcos", "tell"),
        Q("indirect", "Manila was not looking for a fight", "Ferdinand Marcos", "insist"),
        Q("direct", "We want dialogue, but we will defend what is ours,", "Ferdinand Marcos", "say"),
        Q("indirect", "Malaysia, which holds the bloc’s rotating chairmanship, offered to host talks between Manila and Beijing", "Malaysian diplomat", "say"),
    ],
    dates=[
        D("Monday", "DATE", "2025-03-24"),
        D("Sunday morning", "TIME", "2025-03-23TMO"),
        D("this year", "DATE", "2025"),
        D("next month", "DATE", "2025-04"),
        D("2016", "DATE", "2016"),
        D("January", "DATE", "2025-01"),
    ],
    stances=[
        S("Philippines", "accuse", "China Coast Guard", evidence="accused China’s coast guard of firing water cannon at a government vessel"),
        S("Philippines", "accuse", "China", evidence="summoned Beijing’s envoy"),
        S("Philippine Coast Guard", "accuse", "China", evidence="two Chinese ships had blocked and “dangerously manoeuvred”"),
        S("Jay Tarriela", "accuse", None, evidence="These aggressive actions violate international law"),
        S("China", "reject", "Philippines", evidence="Beijing rejected the account."),
        S("Guo Jiakun", "accuse", "Philippines", evidence="the Philippine vessel had “illegally intruded” into Chinese waters"),
        S("Guo Jiakun", "demand", "Philippines", "stop provocations", "We urge the Philippine side to stop its provocations"),
        S("Guo Jiakun", "threaten", "Philippines", evidence="not to underestimate China’s resolve to defend its sovereignty"),
        S("United States", "support", "Philippines", evidence="said it stood with the Philippines"),
        S("United States", "threaten", None, evidence="warned that an armed attack on Philippine public vessels would invoke mutual defence commitments"),
        S("Japan", "concern", None, "confrontation", "Japan and Australia expressed “serious concern”"),
        S("Australia", "concern", None, "confrontation", "Japan and Australia expressed “serious concern”"),
        S("Japan", "appeal", None, "peaceful resolution", "called on both sides to resolve their dispute peacefully"),
        S("Australia", "appeal", None, "peaceful resolution", "called on both sides to resolve their dispute peacefully"),
        S("Ferdinand Marcos", "accuse", "China", evidence="instructed the foreign ministry to file a diplomatic protest"),
        S("ASEAN", "appeal", None, "restraint", "ASEAN foreign ministers, who will meet in Kuala Lumpur next month, urged restraint"),
        S("Malaysia", "mediate", None, "negotiations", "offered to host talks between Manila and Beijing"),
        S("Philippines", "consult", "China", evidence="The two countries held talks in Shanghai in January"),
    ],
    notes="Held-out article. Curly quotes and apostrophes throughout. 'the coast guard' in Guo's reported speech is China's, "
          "in Tarriela's title the Philippines'; the foreign ministries are the countries. The joint Japan-Australia "
          "statement's partial quote is annotated with the first-named speaker (Japan); an Australian attribution is as right "
          "but is scored as a miss. 'the bloc' is ASEAN.",
)


# --------------------------------------------------------------------------- 5. hostage crisis, Sahel
NIGER = """ date 2025-09-19 Niger’s military government said on Friday it had opened contacts with the kidnappers of four foreign aid workers seized in the west of the country, as the workers’ home governments urged their swift release.

Gunmen on motorbikes abducted the two Italians, a Swiss and a Canadian national from a convoy near the town of Ayorou, close to the border with Mali, on Tuesday, according to a local official. Their Nigerien driver was killed.

No group has claimed the kidnapping, but Islamic State Sahel Province, also known as ISSP, is active in the area and has kidnapped foreigners before.

“Everything is being done to bring our guests home safe and sound,” government spokesman Colonel-Major Amadou Abdramane said in a statement read on state television. He warned that “any attempt at foreign military intervention” would put the hostages’ lives at risk.

Italian Foreign Minister Antonio Tajani said Rome was “working day and night” with Niamey and regional partners. “Our priority is to bring them back alive,” he told RAI radio.

The Swiss foreign ministry said it had set up a crisis unit and was in close contact with the families, while Ottawa called the abduction “a despicable act” and demanded the hostages’ immediate and unconditional release.

Algeria, which has long mediated in the region, offered to help secure the hostages’ release. “We are ready to put our experience at the service of our brothers in Niger,” Algerian Foreign Minister Ahmed Attaf told reporters in Algiers.

The Alliance of Sahel States, which groups the juntas of Niger, Mali and Burkina Faso, condemned “this barbaric act” and said its joint force would step up patrols along the borders.

The United Nations, whose peacekeepers left neighbouring Mali in 2023, expressed concern over the growing number of kidnappings in the Sahel.

Relations between Niamey and Western capitals have soured since the army seized power in July 2023 and expelled French troops. The junta last year accused Paris of plotting to destabilise the country, a charge France has denied.

Kidnappings of foreigners have surged in the Sahel over the past two years, with at least 20 taken hostage since January, according to the Armed Conflict Location and Event Data (ACLED) monitoring group."""

build(
    "hostages-niger-2025-09-19", NIGER,
    actors=[
        A("Niger", "country", "NER", aliases=["Niamey", "Nigerien", "military government", "junta", "army"]),
        A("kidnappers", "group", None, aliases=["Gunmen"]),
        A("local official", "person", "NER", "local official", ["official"], anonymous=True),
        A("Mali", "country", "MLI", aliases=["Malian", "Bamako"]),
        A("Italy", "country", "ITA", aliases=["Italian", "Rome"]),
        A("Switzerland", "country", "CHE", aliases=["Swiss", "Bern"]),
        A("Canada", "country", "CAN", aliases=["Canadian", "Ottawa"]),
        A("Islamic State Sahel Province", "group", None, aliases=["ISSP", "Islamic State"]),
        A("Amadou Abdramane", "person", "NER", "government spokesman", ["Abdramane"]),
        A("Antonio Tajani", "person", "ITA", "Foreign Minister", ["Tajani"]),
        A("Algeria", "country", "DZA", aliases=["Algerian", "Algiers"]),
        A("Ahmed Attaf", "person", "DZA", "Foreign Minister", ["Attaf"]),
        A("Alliance of Sahel States", "organization", None, aliases=["AES"]),
        A("Burkina Faso", "country", "BFA", aliases=["Burkinabe", "Ouagadougou"]),
        A("United Nations", "organization", None, aliases=["UN"]),
        A("France", "country", "FRA", aliases=["French", "Paris"]),
        A("ACLED", "organization", None, aliases=["Armed Conflict Location and Event Data", "Armed Conflict Location and Event Data (ACLED) monitoring group"]),
    ],
    quotes=[
        Q("indirect", "it had opened contacts with the kidnappers of four foreign aid workers seized in the west of the country", "Niger", "say"),
        Q("indirect", "Gunmen on motorbikes abducted the two Italians, a Swiss and a Canadian national from a convoy near the town of Ayorou, close to the border with Mali, on Tuesday", "local official", "according to"),
        Q("direct", "Everything is being done to bring our guests home safe and sound,", "Amadou Abdramane", "say", "statement"),
        Q("indirect", "“any attempt at foreign military intervention” would put the hostages’ lives at risk", "Amadou Abdramane", "warn"),
        Q("partial", "any attempt at foreign military intervention", "Amadou Abdramane", "warn"),
        Q("indirect", "Rome was “working day and night” with Niamey and regional partners", "Antonio Tajani", "say"),
        Q("partial", "working day and night", "Antonio Tajani", "say"),
        Q("direct", "Our priority is to bring them back alive,", "Antonio Tajani", "tell", "interview"),
        Q("indirect", "it had set up a crisis unit and was in close contact with the families", "Switzerland", "say"),
        Q("partial", "a despicable act", "Canada", "call"),
        Q("direct", "We are ready to put our experience at the service of our brothers in Niger,", "Ahmed Attaf", "tell"),
        Q("partial", "this barbaric act", "Alliance of Sahel States", "condemn"),
        Q("indirect", "its joint force would step up patrols along the borders", "Alliance of Sahel States", "say"),
        Q("indirect", "Kidnappings of foreigners have surged in the Sahel over the past two years, with at least 20 taken hostage since January", "ACLED", "according to"),
    ],
    dates=[
        D("Friday", "DATE", "2025-09-19"),
        D("Tuesday", "DATE", "2025-09-16"),
        D("2023", "DATE", "2023", 0),
        D("July 2023", "DATE", "2023-07"),
        D("last year", "DATE", "2024"),
        D("the past two years", "DURATION", "P2Y"),
        D("January", "DATE", "2025-01"),
    ],
    stances=[
        S("Niger", "consult", "kidnappers", evidence="it had opened contacts with the kidnappers"),
        S("Amadou Abdramane", "threaten", None, evidence="He warned that “any attempt at foreign military intervention” would put the hostages’ lives at risk"),
        S("Antonio Tajani", "consult", "Niger", evidence="Rome was “working day and night” with Niamey"),
        S("Canada", "condemn", None, evidence="Ottawa called the abduction “a despicable act”"),
        S("Canada", "demand", None, "release of the hostages", "demanded the hostages’ immediate and unconditional release"),
        S("Algeria", "mediate", None, "hostages' release", "offered to help secure the hostages’ release"),
        S("Ahmed Attaf", "support", "Niger", evidence="at the service of our brothers in Niger"),
        S("Alliance of Sahel States", "condemn", None, evidence="condemned “this barbaric act”"),
        S("United Nations", "concern", None, "kidnappings", "expressed concern over the growing number of kidnappings in the Sahel"),
        S("Niger", "accuse", "France", evidence="The junta last year accused Paris of plotting to destabilise the country"),
        S("France", "reject", "Niger", evidence="a charge France has denied"),
    ],
    notes="Held-out article. The military government, 'the junta' and 'the army' are Niger; the Swiss foreign ministry is "
          "Switzerland; Ottawa is Canada. 'the workers' home governments urged their swift release' names no one and is "
          "not annotated as a stance (the later paragraphs carry the named reactions). RAI (the radio told) is a channel, "
          "not an actor. Abdramane's warning against intervention is annotated as a threat.",
)


if __name__ == "__main__":
    WRITER.report()
