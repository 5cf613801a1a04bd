"""Builds the sixth development set (NAME.txt) and its hand-written gold (NAME.gold.json).

Sixth development set: 8 invented reaction articles written on 2026-11-25 by a helper who changed
no library code and did not read the library's source; the gold was committed before reactlib was
run on them. As in ``tests/generalization_dev5/build_gold.py``, the annotation lives here as data so
that offsets are computed, never typed: a quote or date is given by its text and, where the same
words occur more than once, by its occurrence number (0-based); ``gold_builder`` asserts that every
span and stance evidence is found in the text. Run `python3 tests/generalization_dev6/build_gold.py`
after editing. Conventions follow ../shared/eval/GOLD_FORMAT.md, the reference gold and the earlier
development sets: countries speak through their ministries, embassies, presidential offices and
capitals; a summons is a criticism; background takes no stance; outlets that only carry others'
words are not speakers; anonymous officials are actors of the country the context gives them; an
appeal to "all sides" has a null target; an aid offer is support for the receiving country.
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


# --------------------------------------------------------------------------- 1. drone strike on a refinery in Iraqi Kurdistan (wire)
REFINERY = """ date 2026-07-14 ERBIL, Iraq, July 14 (Reuters) - Explosive-laden drones struck the Kawergosk oil refinery west of Erbil before dawn on Tuesday, setting two storage tanks ablaze and halting output at the Kurdistan region's largest plant, officials said.

No group claimed the attack. The Kurdistan Regional Government's interior ministry said three drones had been launched from an area south of Makhmour controlled by Iran-aligned militias, and that two workers were injured.

"This is a terrorist attack on the livelihood of every family in Kurdistan," Prime Minister Masrour Barzani said in a statement. He accused "outlaw groups acting under the cover of the state" of trying to strangle the region's economy and demanded that Baghdad hand over those responsible.

The federal government in Baghdad condemned the strike. A spokesman for Prime Minister Mohammed Shia al-Sudani, Basim al-Awadi, said a joint committee would investigate and that "no party will be allowed to drag Iraq into chaos." He did not say who the government believed was behind it.

Kataib Hezbollah, one of the most powerful of the militias, denied any role. In a post on Telegram, the group called the accusations "a cheap attempt to cover up the theft of Iraq's oil" by Kurdish leaders.

Fire crews were still battling the blaze by midday, and a refinery engineer, who asked not to be named because he was not authorised to speak to the media, said repairs could take at least three weeks. The plant processes about 160,000 barrels a day, much of it for the local market.

The U.S. embassy in Baghdad said it "strongly condemns" the attack and urged the Iraqi government to hold the perpetrators accountable. Washington has blamed the same militias for a string of drone attacks on Kurdish oil fields since last summer.

Turkey, which buys much of the region's crude, said it was "deeply concerned" by the attacks on energy infrastructure. Iran's foreign ministry spokesman Esmaeil Baghaei rejected what he called "baseless insinuations" linking Tehran to the strike and called on all sides to exercise restraint.

Fuel queues formed in Erbil and Sulaimaniyah by the afternoon. The Kurdish ministry of natural resources said it would import gasoline from Turkey for the next 10 days to avoid shortages.

On Tuesday evening, Iraq's oil minister, Hayan Abdul-Ghani, offered to send federal engineers to help restore production. "The refinery belongs to all Iraqis, whatever the disputes between Baghdad and Erbil," he told the state news agency INA. The regional government said it welcomed the offer."""

build(
    "refinery-drone-erbil-2026-07-14", REFINERY,
    actors=[
        A("Kurdistan Regional Government", "organization", "IRQ", aliases=["The Kurdistan Regional Government's interior ministry", "Kurdistan Regional Government's interior ministry", "The Kurdish ministry of natural resources", "KRG"]),
        A("Masrour Barzani", "person", "IRQ", "Prime Minister", ["Barzani", "Prime Minister Masrour Barzani"], organization="Kurdistan Regional Government"),
        A("Iraq", "country", "IRQ", aliases=["Baghdad", "The federal government in Baghdad", "the Iraqi government", "Iraqi", "the government"]),
        A("Mohammed Shia al-Sudani", "person", "IRQ", "Prime Minister", ["al-Sudani", "Prime Minister Mohammed Shia al-Sudani"]),
        A("Basim al-Awadi", "person", "IRQ", "spokesman", ["al-Awadi", "Awadi"]),
        A("Kataib Hezbollah", "group", "IRQ", aliases=["the group"]),
        A("refinery engineer", "person", "IRQ", "engineer", ["a refinery engineer"], anonymous=True),
        A("United States", "country", "USA", aliases=["The U.S. embassy in Baghdad", "U.S. embassy", "Washington", "U.S."]),
        A("Turkey", "country", "TUR", aliases=["Turkish", "Ankara"]),
        A("Iran", "country", "IRN", aliases=["Tehran", "Iran's foreign ministry"]),
        A("Esmaeil Baghaei", "person", "IRN", "foreign ministry spokesman", ["Baghaei", "Iran's foreign ministry spokesman Esmaeil Baghaei"]),
        A("Hayan Abdul-Ghani", "person", "IRQ", "oil minister", ["Abdul-Ghani", "Iraq's oil minister, Hayan Abdul-Ghani"]),
        A("INA", "organization", "IRQ", aliases=["the state news agency INA", "Iraqi News Agency"]),
    ],
    quotes=[
        Q("indirect", "three drones had been launched from an area south of Makhmour controlled by Iran-aligned militias, and that two workers were injured", "Kurdistan Regional Government", "say"),
        Q("direct", "This is a terrorist attack on the livelihood of every family in Kurdistan,", "Masrour Barzani", "say", "statement"),
        Q("partial", "outlaw groups acting under the cover of the state", "Masrour Barzani", "accuse", "statement"),
        Q("indirect", "a joint committee would investigate", "Basim al-Awadi", "say"),
        Q("partial", "no party will be allowed to drag Iraq into chaos.", "Basim al-Awadi", "say"),
        Q("partial", "a cheap attempt to cover up the theft of Iraq's oil", "Kataib Hezbollah", "call", "telegram"),
        Q("indirect", "repairs could take at least three weeks", "refinery engineer", "say"),
        Q("indirect", "it \"strongly condemns\" the attack", "United States", "say"),
        Q("partial", "strongly condemns", "United States", "say"),
        Q("indirect", "it was \"deeply concerned\" by the attacks on energy infrastructure", "Turkey", "say"),
        Q("partial", "deeply concerned", "Turkey", "say"),
        Q("partial", "baseless insinuations", "Esmaeil Baghaei", "call"),
        Q("indirect", "it would import gasoline from Turkey for the next 10 days to avoid shortages", "Kurdistan Regional Government", "say"),
        Q("direct", "The refinery belongs to all Iraqis, whatever the disputes between Baghdad and Erbil,", "Hayan Abdul-Ghani", "tell", "interview"),
        Q("indirect", "it welcomed the offer", "Kurdistan Regional Government", "say", optional=True),
    ],
    dates=[
        D("July 14", "DATE", "2026-07-14"),
        D("Tuesday", "DATE", "2026-07-14"),
        D("midday", "TIME", "2026-07-14T12:00"),
        D("three weeks", "DURATION", "P3W"),
        D("a day", "SET", "P1D"),
        D("last summer", "DATE", "2025-SU"),
        D("the afternoon", "TIME", "2026-07-14TAF"),
        D("the next 10 days", "DURATION", "P10D"),
        D("Tuesday evening", "TIME", "2026-07-14TEV"),
    ],
    stances=[
        S("Masrour Barzani", "condemn", None, evidence="This is a terrorist attack on the livelihood of every family in Kurdistan"),
        S("Masrour Barzani", "demand", "Iraq", "hand over those responsible", "demanded that Baghdad hand over those responsible"),
        S("Iraq", "condemn", None, evidence="The federal government in Baghdad condemned the strike"),
        S("Kataib Hezbollah", "reject", None, evidence="denied any role"),
        S("Kataib Hezbollah", "accuse", "Kurdistan Regional Government", evidence="a cheap attempt to cover up the theft of Iraq's oil"),
        S("United States", "condemn", None, evidence="\"strongly condemns\" the attack"),
        S("United States", "demand", "Iraq", "accountability", "urged the Iraqi government to hold the perpetrators accountable"),
        S("Turkey", "concern", None, "attacks on energy infrastructure", "\"deeply concerned\" by the attacks on energy infrastructure"),
        S("Esmaeil Baghaei", "reject", None, evidence="rejected what he called \"baseless insinuations\""),
        S("Esmaeil Baghaei", "appeal", None, "restraint", "called on all sides to exercise restraint"),
        S("Hayan Abdul-Ghani", "support", "Kurdistan Regional Government", evidence="offered to send federal engineers to help restore production"),
        S("Kurdistan Regional Government", "welcome", "Iraq", evidence="The regional government said it welcomed the offer"),
    ],
    notes="Invented article (sixth development set; the strike and all quoted words are invented, the officials used "
          "freely). Reuters dateline. The KRG (an autonomous regional government of Iraq, country IRQ) speaks through its "
          "interior and natural-resources ministries. Barzani's accusation targets unnamed 'outlaw groups' (condemnation, "
          "null target); his demand targets Baghdad. Washington's earlier blame of 'the same militias' is background (no "
          "stance). Abdul-Ghani's offer of engineers is support for the KRG, whose welcome of it is a second stance. The lead's 'officials said' is unattributed and not annotated. 'before dawn on Tuesday' is annotated "
          "on 'Tuesday'; 'by midday' on 'midday' (T12:00).",
)


# --------------------------------------------------------------------------- 2. Iranian satellite launch ("world reacts" roundup)
SATELLITE = """ date 2026-01-20 Iran's satellite launch: how the region and the world responded

Iran said on Monday night that a Simorgh rocket had placed its first military reconnaissance satellite, Nour-4, into orbit from the Semnan spaceport. The Islamic Revolutionary Guard Corps called the launch "a message to those who covet our skies". Reactions came in through Tuesday.

Israel
Defence Minister Israel Katz said the launch was "nothing less than a ballistic missile test in disguise" and warned that Israel "will not allow Tehran to threaten us from space or from anywhere else".

Saudi Arabia
Riyadh was restrained. The Saudi foreign ministry said it was following developments "with great attention" and urged Iran to respect its commitments, but stopped short of condemning the launch. Relations between the two countries were restored in 2023 after seven years of rupture.

United Arab Emirates
Anwar Gargash, diplomatic adviser to the UAE president, wrote on X: "Space should unite the peoples of the Gulf, not frighten them. We call for transparency from our neighbours."

France, Germany and Britain
In a joint statement, the three European powers condemned the launch as "inconsistent" with UN Security Council Resolution 2231 and called on Iran "to cease all activities related to ballistic missiles designed to be capable of delivering nuclear weapons."

Russia
Moscow defended its partner. Foreign ministry spokeswoman Maria Zakharova told reporters that Iran had "every right to the peaceful use of outer space" and accused Western capitals of "double standards", noting that they launch military satellites every month.

United States
A State Department spokesperson said Washington "condemns" the launch and would consult allies on a response at the UN. Asked whether new sanctions were planned, the spokesperson said only that "all options remain on the table".

Iran
Foreign Minister Abbas Araghchi dismissed the criticism on Tuesday morning. "Our space programme is peaceful, transparent and none of Europe's business," he said at a news conference in Tehran. Iran has launched five satellites in the past two years, he added, and will launch two more before the end of March.

Pakistan
Pakistan, which shares a long border with Iran, said nothing publicly. A Pakistani official, speaking on condition of anonymity, said Islamabad did not want "to be dragged into other people's quarrels".

Gulf Cooperation Council
GCC Secretary-General Jasem Albudaiwi said the bloc was "studying the implications" of the launch with member states and would raise it at a ministerial meeting next week. He did not criticise Tehran directly."""

build(
    "satellite-launch-iran-2026-01-20", SATELLITE,
    actors=[
        A("Iran", "country", "IRN", aliases=["Tehran", "Iranian"]),
        A("Islamic Revolutionary Guard Corps", "organization", "IRN", aliases=["The Islamic Revolutionary Guard Corps", "IRGC", "Revolutionary Guards"]),
        A("Israel", "country", "ISR", aliases=["Israeli"]),
        A("Israel Katz", "person", "ISR", "Defence Minister", ["Katz", "Defence Minister Israel Katz"]),
        A("Saudi Arabia", "country", "SAU", aliases=["Riyadh", "The Saudi foreign ministry", "Saudi"]),
        A("United Arab Emirates", "country", "ARE", aliases=["UAE"]),
        A("Anwar Gargash", "person", "ARE", "diplomatic adviser to the UAE president", ["Gargash"]),
        A("France", "country", "FRA", aliases=["French"]),
        A("Germany", "country", "DEU", aliases=["German"]),
        A("United Kingdom", "country", "GBR", aliases=["Britain", "British"]),
        A("Russia", "country", "RUS", aliases=["Moscow", "Russian"]),
        A("Maria Zakharova", "person", "RUS", "foreign ministry spokeswoman", ["Zakharova", "Foreign ministry spokeswoman Maria Zakharova"]),
        A("United States", "country", "USA", aliases=["Washington", "State Department"]),
        A("State Department spokesperson", "person", "USA", "spokesperson", ["A State Department spokesperson", "the spokesperson"], anonymous=True),
        A("Abbas Araghchi", "person", "IRN", "Foreign Minister", ["Araghchi", "Foreign Minister Abbas Araghchi"]),
        A("Pakistan", "country", "PAK", aliases=["Islamabad", "Pakistani"]),
        A("Pakistani official", "person", "PAK", "official", ["A Pakistani official"], anonymous=True),
        A("UN Security Council", "organization", None, aliases=["Security Council", "UN"]),
        A("Gulf Cooperation Council", "organization", None, aliases=["GCC", "the bloc"]),
        A("Jasem Albudaiwi", "person", None, "Secretary-General", ["Albudaiwi", "GCC Secretary-General Jasem Albudaiwi"], organization="Gulf Cooperation Council"),
    ],
    quotes=[
        Q("indirect", "a Simorgh rocket had placed its first military reconnaissance satellite, Nour-4, into orbit from the Semnan spaceport", "Iran", "say"),
        Q("partial", "a message to those who covet our skies", "Islamic Revolutionary Guard Corps", "call"),
        Q("indirect", "the launch was \"nothing less than a ballistic missile test in disguise\"", "Israel Katz", "say"),
        Q("partial", "nothing less than a ballistic missile test in disguise", "Israel Katz", "say"),
        Q("partial", "will not allow Tehran to threaten us from space or from anywhere else", "Israel Katz", "warn"),
        Q("indirect", "it was following developments \"with great attention\"", "Saudi Arabia", "say"),
        Q("partial", "with great attention", "Saudi Arabia", "say", optional=True),
        Q("direct", "Space should unite the peoples of the Gulf, not frighten them. We call for transparency from our neighbours.", "Anwar Gargash", "write", "twitter"),
        Q("partial", "inconsistent", "France", "condemn", "statement", optional=True),
        Q("partial", "to cease all activities related to ballistic missiles designed to be capable of delivering nuclear weapons.", "France", "call", "statement"),
        Q("indirect", "Iran had \"every right to the peaceful use of outer space\"", "Maria Zakharova", "tell", "press conference"),
        Q("partial", "every right to the peaceful use of outer space", "Maria Zakharova", "tell", "press conference"),
        Q("partial", "double standards", "Maria Zakharova", "accuse", "press conference"),
        Q("indirect", "Washington \"condemns\" the launch and would consult allies on a response at the UN", "State Department spokesperson", "say"),
        Q("partial", "condemns", "State Department spokesperson", "say", optional=True),
        Q("partial", "all options remain on the table", "State Department spokesperson", "say"),
        Q("direct", "Our space programme is peaceful, transparent and none of Europe's business,", "Abbas Araghchi", "say", "press conference"),
        Q("indirect", "Iran has launched five satellites in the past two years", "Abbas Araghchi", "add", "press conference"),
        Q("indirect", "Islamabad did not want \"to be dragged into other people's quarrels\"", "Pakistani official", "say"),
        Q("partial", "to be dragged into other people's quarrels", "Pakistani official", "say"),
        Q("indirect", "the bloc was \"studying the implications\" of the launch with member states and would raise it at a ministerial meeting next week", "Jasem Albudaiwi", "say"),
        Q("partial", "studying the implications", "Jasem Albudaiwi", "say"),
    ],
    dates=[
        D("Monday night", "TIME", "2026-01-19TNI"),
        D("Tuesday", "DATE", "2026-01-20"),
        D("2023", "DATE", "2023"),
        D("seven years", "DURATION", "P7Y"),
        D("every month", "SET", "P1M"),
        D("Tuesday morning", "TIME", "2026-01-20TMO"),
        D("the past two years", "DURATION", "P2Y"),
        D("the end of March", "DATE", "2026-03"),
        D("next week", "DATE", "2026-W05"),
    ],
    stances=[
        S("Islamic Revolutionary Guard Corps", "threaten", None, evidence="a message to those who covet our skies"),
        S("Israel Katz", "condemn", "Iran", evidence="nothing less than a ballistic missile test in disguise"),
        S("Israel Katz", "threaten", "Iran", evidence="will not allow Tehran to threaten us from space or from anywhere else"),
        S("Saudi Arabia", "appeal", "Iran", "respect its commitments", "urged Iran to respect its commitments"),
        S("Anwar Gargash", "appeal", "Iran", "transparency", "We call for transparency from our neighbours"),
        S("France", "condemn", "Iran", evidence="the three European powers condemned the launch"),
        S("Germany", "condemn", "Iran", evidence="the three European powers condemned the launch"),
        S("United Kingdom", "condemn", "Iran", evidence="the three European powers condemned the launch"),
        S("France", "demand", "Iran", "cease ballistic missile activities", "called on Iran \"to cease all activities"),
        S("Germany", "demand", "Iran", "cease ballistic missile activities", "called on Iran \"to cease all activities"),
        S("United Kingdom", "demand", "Iran", "cease ballistic missile activities", "called on Iran \"to cease all activities"),
        S("Russia", "support", "Iran", evidence="Moscow defended its partner"),
        S("Maria Zakharova", "accuse", None, evidence="accused Western capitals of \"double standards\""),
        S("United States", "condemn", "Iran", evidence="Washington \"condemns\" the launch"),
        S("Abbas Araghchi", "reject", None, evidence="dismissed the criticism"),
    ],
    notes="Invented article (sixth development set; the launch, the satellite and all quoted words are invented, the "
          "officials used freely). Roundup under country headings. Saudi Arabia 'stopped short of condemning': only its "
          "appeal counts. The joint E3 statement gives each of France, Germany and Britain a condemnation and a demand; "
          "its partial quotes are attributed to France, the first named (an arbitrary choice among three). Zakharova's "
          "'Western capitals' is no single actor (null target); Russia's defence of its partner is support for Iran. "
          "The US condemnation rests on the anonymous spokesperson's words (the country's stance, as in dev4/dev5); "
          "'all options remain on the table' is left without a stance (hedged). Araghchi dismisses criticism from "
          "several quarters (null target). The Pakistani official takes no stance; nor does the GCC chief, who 'did not criticise Tehran directly'.",
)


# --------------------------------------------------------------------------- 3. fire in a refugee camp in Chad (live blog)
CAMPFIRE = """ date 2026-03-11 LIVE: Fire sweeps through refugee camp in eastern Chad

This page is no longer being updated. Times are local (GMT+1).

08:05 Good morning. A fire that broke out late on Tuesday in the Metché refugee camp near the Sudanese border has destroyed more than 4,000 shelters, according to the UN refugee agency. The camp houses about 45,000 people who fled the war in Sudan's Darfur region.

08:40 UNHCR spokesperson Olga Sarrado tells a briefing in Geneva that at least nine people, including five children, died in the blaze and that "families have lost the little they carried across the border". She says strong winds spread the flames from a cooking fire in under an hour.

09:15 Chad's government has declared three days of national mourning. In a statement read on national television, government spokesman Gassim Chérif Mahamat says the state "will not abandon our guests" and appeals to "all our partners" for tents, food and medicine.

10:02 The European Union announces €5 million in emergency aid. "Our thoughts are with the families, and our humanitarian teams are already on the ground," Commissioner Hadja Lahbib writes on X.

10:30 A camp resident, Fatima Adam, 34, tells us by phone: "We ran with nothing. My neighbour's daughter was sleeping inside. We could not reach her."

11:48 The United Arab Emirates says it will fly in two planeloads of relief supplies by Thursday. Sudan's army-aligned government in Port Sudan criticised the offer, with Foreign Minister Omer Siddig accusing Abu Dhabi of "washing its hands of the blood it spilled in Darfur" through its support for the Rapid Support Forces. The UAE has repeatedly denied arming the RSF.

12:20 Qatar pledges $2 million through the Qatar Fund for Development, the fund says.

13:05 Médecins Sans Frontières, which runs a clinic in Metché, says its teams treated 63 people for burns overnight. The aid group warns that "the camp was a tinderbox" and calls for shelters to be spaced further apart.

14:10 The Rapid Support Forces, in a statement, express "sorrow" for the victims and blame the Sudanese army's "war of starvation" for the exodus that filled the camps.

14:55 The fire is fully extinguished, Chadian civil protection officials say. UNHCR says it is moving 1,200 families to a neighbouring site over the next week.

15:20 Chad's President Mahamat Idriss Déby has visited the camp, state television reports. He promised to rebuild the destroyed shelters "before the rains come in June" and thanked "every nation that has stood with us this week".

That's where we'll end today's coverage. Thank you for following."""

build(
    "fire-refugee-camp-chad-2026-03-11", CAMPFIRE,
    actors=[
        A("UNHCR", "organization", None, aliases=["the UN refugee agency", "UN refugee agency"]),
        A("Olga Sarrado", "person", None, "UNHCR spokesperson", ["Sarrado", "UNHCR spokesperson Olga Sarrado", "She"], organization="UNHCR"),
        A("Chad", "country", "TCD", aliases=["Chad's government", "the state", "Chadian civil protection officials", "Chadian"]),
        A("Gassim Chérif Mahamat", "person", "TCD", "government spokesman", ["Mahamat", "government spokesman Gassim Chérif Mahamat", "Gassim Cherif Mahamat"]),
        A("European Union", "organization", None, aliases=["The European Union", "EU"]),
        A("Hadja Lahbib", "person", None, "Commissioner", ["Lahbib", "Commissioner Hadja Lahbib"], organization="European Union"),
        A("Fatima Adam", "person", "SDN", "camp resident", ["A camp resident, Fatima Adam", "Adam"]),
        A("United Arab Emirates", "country", "ARE", aliases=["The United Arab Emirates", "UAE", "Abu Dhabi"]),
        A("Sudan", "country", "SDN", aliases=["Sudan's army-aligned government in Port Sudan", "Port Sudan", "the Sudanese army", "Sudanese army", "Sudanese"]),
        A("Omer Siddig", "person", "SDN", "Foreign Minister", ["Siddig", "Foreign Minister Omer Siddig"]),
        A("Rapid Support Forces", "group", "SDN", aliases=["The Rapid Support Forces", "RSF"]),
        A("Qatar", "country", "QAT", aliases=["Qatari"]),
        A("Qatar Fund for Development", "organization", "QAT", aliases=["the fund"]),
        A("Médecins Sans Frontières", "organization", None, aliases=["MSF", "Medecins Sans Frontieres", "The aid group"]),
        A("Mahamat Idriss Déby", "person", "TCD", "President", ["Déby", "Deby", "Chad's President Mahamat Idriss Déby", "He"]),
    ],
    quotes=[
        Q("indirect", "A fire that broke out late on Tuesday in the Metché refugee camp near the Sudanese border has destroyed more than 4,000 shelters", "UNHCR", "according to"),
        Q("indirect", "at least nine people, including five children, died in the blaze", "Olga Sarrado", "tell", "press conference"),
        Q("partial", "families have lost the little they carried across the border", "Olga Sarrado", "tell", "press conference"),
        Q("indirect", "strong winds spread the flames from a cooking fire in under an hour", "Olga Sarrado", "say", "press conference"),
        Q("partial", "will not abandon our guests", "Gassim Chérif Mahamat", "say", "television"),
        Q("partial", "all our partners", "Gassim Chérif Mahamat", "appeal", "television", optional=True),
        Q("direct", "Our thoughts are with the families, and our humanitarian teams are already on the ground,", "Hadja Lahbib", "write", "twitter"),
        Q("direct", "We ran with nothing. My neighbour's daughter was sleeping inside. We could not reach her.", "Fatima Adam", "tell", "phone call"),
        Q("indirect", "it will fly in two planeloads of relief supplies by Thursday", "United Arab Emirates", "say"),
        Q("partial", "washing its hands of the blood it spilled in Darfur", "Omer Siddig", "accuse"),
        Q("indirect", "Qatar pledges $2 million through the Qatar Fund for Development", "Qatar Fund for Development", "say"),
        Q("indirect", "its teams treated 63 people for burns overnight", "Médecins Sans Frontières", "say"),
        Q("partial", "the camp was a tinderbox", "Médecins Sans Frontières", "warn"),
        Q("partial", "sorrow", "Rapid Support Forces", "express", "statement", optional=True),
        Q("partial", "war of starvation", "Rapid Support Forces", "blame", "statement"),
        Q("indirect", "The fire is fully extinguished", "Chad", "say"),
        Q("indirect", "it is moving 1,200 families to a neighbouring site over the next week", "UNHCR", "say"),
        Q("partial", "before the rains come in June", "Mahamat Idriss Déby", "promise"),
        Q("partial", "every nation that has stood with us this week", "Mahamat Idriss Déby", "thank"),
    ],
    dates=[
        D("08:05", "TIME", "2026-03-11T08:05"),
        D("Tuesday", "DATE", "2026-03-10"),
        D("08:40", "TIME", "2026-03-11T08:40"),
        D("an hour", "DURATION", "PT1H"),
        D("09:15", "TIME", "2026-03-11T09:15"),
        D("three days", "DURATION", "P3D"),
        D("10:02", "TIME", "2026-03-11T10:02"),
        D("10:30", "TIME", "2026-03-11T10:30"),
        D("11:48", "TIME", "2026-03-11T11:48"),
        D("Thursday", "DATE", "2026-03-12"),
        D("12:20", "TIME", "2026-03-11T12:20"),
        D("13:05", "TIME", "2026-03-11T13:05"),
        D("overnight", "TIME", "2026-03-10TNI"),
        D("14:10", "TIME", "2026-03-11T14:10"),
        D("14:55", "TIME", "2026-03-11T14:55"),
        D("the next week", "DURATION", "P1W"),
        D("15:20", "TIME", "2026-03-11T15:20"),
        D("June", "DATE", "2026-06"),
        D("this week", "DATE", "2026-W11"),
        D("today", "DATE", "2026-03-11"),
    ],
    stances=[
        S("Gassim Chérif Mahamat", "appeal", None, "aid", "appeals to \"all our partners\" for tents, food and medicine"),
        S("European Union", "support", "Chad", evidence="announces €5 million in emergency aid"),
        S("United Arab Emirates", "support", "Chad", evidence="will fly in two planeloads of relief supplies"),
        S("Sudan", "criticize", "United Arab Emirates", evidence="criticised the offer"),
        S("Omer Siddig", "accuse", "United Arab Emirates", evidence="washing its hands of the blood it spilled in Darfur"),
        S("Qatar", "support", "Chad", evidence="Qatar pledges $2 million"),
        S("Médecins Sans Frontières", "appeal", None, "shelters spaced further apart", "calls for shelters to be spaced further apart"),
        S("Rapid Support Forces", "accuse", "Sudan", evidence="blame the Sudanese army's \"war of starvation\""),
        S("Mahamat Idriss Déby", "praise", None, evidence="thanked \"every nation that has stood with us this week\""),
    ],
    notes="Invented article (sixth development set; the fire, the camp name's use here and all quoted words are "
          "invented, the officials used freely). Live blog with HH:MM stamps (local time, annotated as TIME on the "
          "article date). Déby's thanks to 'every nation' is praise with a null target. Aid pledges are support for Chad, the host country (convention of this set). Sudan's "
          "government criticises the UAE offer and its foreign minister accuses Abu Dhabi: two stances, two holders. "
          "The UAE's repeated denial is background. The RSF's 'sorrow' takes no stance; its blame targets the Sudanese "
          "army (Sudan). 'late on Tuesday' is annotated on 'Tuesday'; 'in under an hour' on 'an hour'; 'today's "
          "coverage' on 'today'. I am unsure whether 'overnight' should be TNI of the 10th or the 11th.",
)


# --------------------------------------------------------------------------- 4. Zimbabwe referendum boycotted (Q&A explainer)
REFERENDUM = """ date 2026-04-22 Q&A: Why Zimbabwe's term-extension referendum has split the region

Zimbabweans voted on Saturday on constitutional amendments that would keep President Emmerson Mnangagwa in office until 2030. Results announced on Tuesday showed 91 percent approval, on a turnout the opposition says was the lowest in the country's history. Here is what we know.

What was on the ballot?
A package of amendments that extends presidential and parliamentary terms from five years to seven and abolishes the running mate system. The Zimbabwe Electoral Commission said 2.1 million people voted, about 33 percent of registered voters.

Who boycotted, and why?
The main opposition party, the Citizens Coalition for Change, told supporters to stay home. Its leader, Nelson Chamisa, said on Sunday that the vote was "a coronation dressed up as a referendum" and that his party would "never recognise a president who extends his own mandate." Several churches backed the boycott.

What does the government say?
Justice Minister Ziyambi Ziyambi dismissed the boycott as irrelevant. "The people have spoken and the constitution has been amended lawfully," he told the state-owned Herald newspaper on Monday. Ziyambi accused "foreign-funded agitators" of intimidating voters in Harare's townships.

How has the region reacted?
Cautiously. The Southern African Development Community, whose observers watched the vote, said in a preliminary report that polling was "peaceful and orderly" but noted "low participation". South Africa's President Cyril Ramaphosa urged "all Zimbabwean stakeholders" to resolve their differences through dialogue. Zambia, Zimbabwe's northern neighbour, congratulated Harare.

And the West?
The European Union said the boycott and the short campaign period "raise serious questions about the inclusiveness of the process." A U.S. State Department official, who spoke on condition of anonymity, said Washington was "deeply troubled" and was reviewing its engagement with the government. Britain, the former colonial power, has not commented.

What happens next?
The amendments take effect once Mnangagwa signs them, which officials expect within two weeks. Chamisa has called for peaceful protests on Friday. Rights group Amnesty International warned the authorities against using force, saying police had arrested at least 40 opposition activists in the past month.

Has anything like this happened before?
Not quite. In 2013 Zimbabweans approved the current constitution by 94 percent, with the backing of both the ruling ZANU-PF and the opposition. The political analyst Ibbo Mandaza said the contrast was striking: "In 2013 the country voted together. This time half the country stayed home and the other half was told how to vote," he added."""

build(
    "referendum-boycott-zimbabwe-2026-04-22", REFERENDUM,
    actors=[
        A("Zimbabwe", "country", "ZWE", aliases=["Harare", "the government", "the authorities", "Zimbabwe's", "police"]),
        A("Emmerson Mnangagwa", "person", "ZWE", "President", ["Mnangagwa", "President Emmerson Mnangagwa"]),
        A("Zimbabwe Electoral Commission", "organization", "ZWE", aliases=["The Zimbabwe Electoral Commission", "ZEC"]),
        A("Citizens Coalition for Change", "organization", "ZWE", aliases=["the Citizens Coalition for Change", "The main opposition party", "CCC", "the opposition", "his party"]),
        A("Nelson Chamisa", "person", "ZWE", "opposition leader", ["Chamisa", "Its leader, Nelson Chamisa"], organization="Citizens Coalition for Change"),
        A("Ziyambi Ziyambi", "person", "ZWE", "Justice Minister", ["Ziyambi", "Justice Minister Ziyambi Ziyambi", "he"]),
        A("The Herald", "organization", "ZWE", aliases=["Herald", "the state-owned Herald newspaper"]),
        A("Southern African Development Community", "organization", None, aliases=["The Southern African Development Community", "SADC"]),
        A("South Africa", "country", "ZAF", aliases=["South Africa's"]),
        A("Cyril Ramaphosa", "person", "ZAF", "President", ["Ramaphosa", "South Africa's President Cyril Ramaphosa"]),
        A("Zambia", "country", "ZMB", aliases=["Zambian"]),
        A("European Union", "organization", None, aliases=["The European Union", "EU"]),
        A("United States", "country", "USA", aliases=["Washington", "U.S."]),
        A("U.S. State Department official", "person", "USA", "official", ["A U.S. State Department official"], anonymous=True),
        A("United Kingdom", "country", "GBR", aliases=["Britain"]),
        A("Amnesty International", "organization", None, aliases=["Rights group Amnesty International", "Amnesty"]),
        A("ZANU-PF", "organization", "ZWE", aliases=["the ruling ZANU-PF"]),
        A("Ibbo Mandaza", "person", "ZWE", "political analyst", ["Mandaza", "The political analyst Ibbo Mandaza"]),
    ],
    quotes=[
        Q("indirect", "2.1 million people voted, about 33 percent of registered voters", "Zimbabwe Electoral Commission", "say"),
        Q("indirect", "the vote was \"a coronation dressed up as a referendum\"", "Nelson Chamisa", "say"),
        Q("partial", "a coronation dressed up as a referendum", "Nelson Chamisa", "say"),
        Q("partial", "never recognise a president who extends his own mandate.", "Nelson Chamisa", "say"),
        Q("direct", "The people have spoken and the constitution has been amended lawfully,", "Ziyambi Ziyambi", "tell", "interview"),
        Q("partial", "foreign-funded agitators", "Ziyambi Ziyambi", "accuse"),
        Q("partial", "peaceful and orderly", "Southern African Development Community", "say", "report"),
        Q("partial", "low participation", "Southern African Development Community", "note", "report", optional=True),
        Q("partial", "all Zimbabwean stakeholders", "Cyril Ramaphosa", "urge", optional=True),
        Q("partial", "raise serious questions about the inclusiveness of the process.", "European Union", "say"),
        Q("indirect", "Washington was \"deeply troubled\" and was reviewing its engagement with the government", "U.S. State Department official", "say"),
        Q("partial", "deeply troubled", "U.S. State Department official", "say"),
        Q("indirect", "police had arrested at least 40 opposition activists in the past month", "Amnesty International", "say"),
        Q("indirect", "the contrast was striking", "Ibbo Mandaza", "say", optional=True),
        Q("direct", "In 2013 the country voted together. This time half the country stayed home and the other half was told how to vote,", "Ibbo Mandaza", "add"),
    ],
    dates=[
        D("Saturday", "DATE", "2026-04-18"),
        D("2030", "DATE", "2030"),
        D("Tuesday", "DATE", "2026-04-21"),
        D("five years", "DURATION", "P5Y"),
        D("Sunday", "DATE", "2026-04-19"),
        D("Monday", "DATE", "2026-04-20"),
        D("two weeks", "DURATION", "P2W"),
        D("Friday", "DATE", "2026-04-24"),
        D("the past month", "DURATION", "P1M"),
        D("2013", "DATE", "2013"),
        D("2013", "DATE", "2013", n=1),
    ],
    stances=[
        S("Citizens Coalition for Change", "reject", "Zimbabwe", evidence="told supporters to stay home"),
        S("Nelson Chamisa", "criticize", "Emmerson Mnangagwa", evidence="a coronation dressed up as a referendum"),
        S("Nelson Chamisa", "reject", "Emmerson Mnangagwa", evidence="never recognise a president who extends his own mandate"),
        S("Ziyambi Ziyambi", "reject", "Citizens Coalition for Change", evidence="dismissed the boycott as irrelevant"),
        S("Ziyambi Ziyambi", "accuse", None, evidence="accused \"foreign-funded agitators\""),
        S("Cyril Ramaphosa", "appeal", None, "dialogue", "to resolve their differences through dialogue"),
        S("Zambia", "praise", "Zimbabwe", evidence="congratulated Harare"),
        S("European Union", "criticize", "Zimbabwe", evidence="raise serious questions about the inclusiveness of the process"),
        S("United States", "concern", "Zimbabwe", "referendum", "Washington was \"deeply troubled\""),
        S("Amnesty International", "appeal", "Zimbabwe", "no use of force", "warned the authorities against using force"),
    ],
    notes="Invented article (sixth development set; the referendum, its figures and all quoted words are invented, "
          "the politicians used freely). Q&A explainer with question headings. The CCC's boycott is a rejection of "
          "the government's vote (I am unsure it should count as a stance). Chamisa's call for protests on Friday and "
          "the churches' backing take no stance. The Herald only carries Ziyambi's words. SADC's 'peaceful and orderly' "
          "is left without a stance (mixed with 'low participation'). The anonymous US official voices Washington "
          "(concern, the country's). 'seven' (years) is not annotated separately. Friday is the coming Friday, "
          "2026-04-24. Mandaza's colon-introduced quote closes with 'he added'; he takes no stance.",
)


# --------------------------------------------------------------------------- 5. Argentina's tariff on Chinese goods (posts and statements)
TARIFF = """ date 2026-06-02 Argentina's tariff on Chinese cars: the statements and the posts

BUENOS AIRES — Argentina's government announced on Monday a 35 percent tariff on electric vehicles and solar panels imported from China, starting July 1. Within hours, officials on three continents were trading posts and communiqués. A selection of the most telling ones, lightly edited for length:

President Javier Milei, on X, late on Monday:
"Argentina is no longer anyone's dumping ground. Free trade yes, subsidised invasion no. ¡VIVA LA LIBERTAD!"

Economy Minister Luis Caputo, at a press conference in the Casa Rosada:
"This is not against China. It is for the Argentine worker. Any country that plays by the rules has nothing to fear."

The Chinese embassy in Buenos Aires, in a statement posted on Tuesday morning:
"China firmly opposes this discriminatory measure, which violates WTO rules and harms the interests of consumers in both countries. China will take all necessary measures to defend the legitimate rights of its companies."

Chinese commerce ministry spokesman He Yadong, at the ministry's weekly briefing in Beijing:
Argentina "should correct its mistake as soon as possible", he said, adding that Beijing would examine imports of Argentine soybeans and beef "in accordance with the law". Argentina sold about $5 billion of soybeans and beef to China last year.

Brazil's foreign ministry, Itamaraty, in a note:
Brazil "regrets that a Mercosur partner adopted a unilateral measure without consulting its partners" and asked for an extraordinary meeting of the bloc's trade commission within 15 days.

Argentine farmers' federation CRA, on X:
"Those who will pay for this war are the producers of the pampa. We ask the government to open dialogue with Beijing before it is too late."

U.S. Trade Representative Jamieson Greer, asked by reporters in Washington:
He welcomed what he called Argentina's "clear-eyed decision" to protect its industry from "Chinese overcapacity", but declined to say whether Washington would follow suit.

Peronist senator Juliana Di Tullio, on X:
"Milei declares a trade war on our largest customer and calls it freedom. Who will buy our soy in August?"

A senior Argentine official, speaking to reporters on condition of anonymity, said the government had expected a reaction from Beijing and had "a plan B" for soybean exports through India and Southeast Asia.

Chile's foreign ministry, in a statement on Tuesday:
Chile "respects the sovereign decisions of its neighbours" and hopes the dispute "will be resolved through dialogue within the WTO framework"."""

build(
    "tariff-argentina-china-2026-06-02", TARIFF,
    actors=[
        A("Argentina", "country", "ARG", aliases=["Argentina's government", "Buenos Aires", "the government", "Argentine", "Casa Rosada"]),
        A("Javier Milei", "person", "ARG", "President", ["Milei", "President Javier Milei"]),
        A("Luis Caputo", "person", "ARG", "Economy Minister", ["Caputo", "Economy Minister Luis Caputo"]),
        A("China", "country", "CHN", aliases=["The Chinese embassy in Buenos Aires", "Chinese embassy", "Beijing", "Chinese commerce ministry", "Chinese"]),
        A("He Yadong", "person", "CHN", "commerce ministry spokesman", ["He", "Chinese commerce ministry spokesman He Yadong"]),
        A("Brazil", "country", "BRA", aliases=["Brazil's foreign ministry", "Itamaraty"]),
        A("Mercosur", "organization", None, aliases=["the bloc"]),
        A("CRA", "organization", "ARG", aliases=["Argentine farmers' federation CRA", "Confederaciones Rurales Argentinas"]),
        A("Jamieson Greer", "person", "USA", "Trade Representative", ["Greer", "U.S. Trade Representative Jamieson Greer"]),
        A("United States", "country", "USA", aliases=["Washington", "U.S."]),
        A("Juliana Di Tullio", "person", "ARG", "senator", ["Di Tullio", "Peronist senator Juliana Di Tullio"]),
        A("senior Argentine official", "person", "ARG", "official", ["A senior Argentine official"], anonymous=True),
        A("World Trade Organization", "organization", None, aliases=["WTO"]),
        A("Chile", "country", "CHL", aliases=["Chile's foreign ministry", "Chilean"]),
    ],
    quotes=[
        Q("direct", "Argentina is no longer anyone's dumping ground. Free trade yes, subsidised invasion no. ¡VIVA LA LIBERTAD!", "Javier Milei", None, "twitter"),
        Q("direct", "This is not against China. It is for the Argentine worker. Any country that plays by the rules has nothing to fear.", "Luis Caputo", None, "press conference"),
        Q("direct", "China firmly opposes this discriminatory measure, which violates WTO rules and harms the interests of consumers in both countries. China will take all necessary measures to defend the legitimate rights of its companies.", "China", "statement", "statement"),
        Q("partial", "should correct its mistake as soon as possible", "He Yadong", "say", "press conference"),
        Q("indirect", "Beijing would examine imports of Argentine soybeans and beef \"in accordance with the law\"", "He Yadong", "add", "press conference"),
        Q("partial", "in accordance with the law", "He Yadong", "add", "press conference", optional=True),
        Q("partial", "regrets that a Mercosur partner adopted a unilateral measure without consulting its partners", "Brazil", None, "statement"),
        Q("direct", "Those who will pay for this war are the producers of the pampa. We ask the government to open dialogue with Beijing before it is too late.", "CRA", None, "twitter"),
        Q("partial", "clear-eyed decision", "Jamieson Greer", "call"),
        Q("partial", "Chinese overcapacity", "Jamieson Greer", "call", optional=True),
        Q("direct", "Milei declares a trade war on our largest customer and calls it freedom. Who will buy our soy in August?", "Juliana Di Tullio", None, "twitter"),
        Q("indirect", "the government had expected a reaction from Beijing and had \"a plan B\" for soybean exports through India and Southeast Asia", "senior Argentine official", "say"),
        Q("partial", "a plan B", "senior Argentine official", "say", optional=True),
        Q("partial", "respects the sovereign decisions of its neighbours", "Chile", None, "statement"),
        Q("partial", "will be resolved through dialogue within the WTO framework", "Chile", "hope", "statement"),
    ],
    dates=[
        D("Monday", "DATE", "2026-06-01"),
        D("July 1", "DATE", "2026-07-01"),
        D("hours", "DURATION", "PTXH"),
        D("Monday", "DATE", "2026-06-01", n=1),
        D("Tuesday morning", "TIME", "2026-06-02TMO"),
        D("weekly", "SET", "P1W"),
        D("last year", "DATE", "2025"),
        D("15 days", "DURATION", "P15D"),
        D("August", "DATE", "2026-08"),
        D("Tuesday", "DATE", "2026-06-02", n=1),
    ],
    stances=[
        S("Javier Milei", "accuse", "China", evidence="subsidised invasion no"),
        S("China", "criticize", "Argentina", evidence="China firmly opposes this discriminatory measure"),
        S("China", "threaten", "Argentina", evidence="China will take all necessary measures to defend the legitimate rights of its companies"),
        S("He Yadong", "demand", "Argentina", "reverse the tariff", "should correct its mistake as soon as possible"),
        S("He Yadong", "threaten", "Argentina", evidence="Beijing would examine imports of Argentine soybeans and beef"),
        S("Brazil", "concern", "Argentina", "unilateral measure", "regrets that a Mercosur partner adopted a unilateral measure"),
        S("Brazil", "appeal", "Mercosur", "extraordinary meeting", "asked for an extraordinary meeting of the bloc's trade commission"),
        S("CRA", "appeal", "Argentina", "negotiations", "We ask the government to open dialogue with Beijing"),
        S("Jamieson Greer", "welcome", "Argentina", evidence="He welcomed what he called Argentina's \"clear-eyed decision\""),
        S("Juliana Di Tullio", "criticize", "Javier Milei", evidence="Milei declares a trade war on our largest customer"),
        S("Chile", "appeal", None, "negotiations", "will be resolved through dialogue within the WTO framework"),
    ],
    notes="Invented article (sixth development set; the tariff and all quoted words and posts are invented, the "
          "officials used freely). Layout: a speaker line ending in a colon, then the post or statement on its own "
          "line, mostly with no reporting verb (cue null, channel given). Caputo's 'This is not against China' takes "
          "no stance. The embassy's statement is China's. Brazil's quoted 'regrets' is a concern about Argentina's "
          "measure; its request for a meeting is an appeal to Mercosur. Greer's declining to say whether Washington "
          "would follow suit takes no stance. 'Within hours' is annotated on 'hours' (PTXH); the second 'Monday' is "
          "the 'late on Monday' of Milei's post. Chile's hope for 'dialogue within the WTO framework' is an appeal "
          "with a null target; its respect for sovereign decisions takes no stance.",
)


# --------------------------------------------------------------------------- 6. Marburg outbreak and border closures (agency brief)
MARBURG = """ date 2026-09-16 KAMPALA (AFP) — Rwanda and South Sudan closed their land borders with Uganda on Wednesday after Ugandan health authorities confirmed 14 cases of Marburg virus disease, including six deaths, in the western district of Kasese.

Uganda's Health Minister Jane Ruth Aceng said the outbreak was "contained within two sub-counties" and described the closures as "an overreaction that will hurt ordinary traders more than the virus". Kampala had not been consulted before either decision, she told journalists at midday.

Rwanda's health ministry said in a statement that the border would stay shut "for at least 21 days" and that travellers arriving by air would be screened and quarantined. Kigali lost 15 people to Marburg in an outbreak two years ago.

South Sudan's government gave no reason for its closure beyond "protecting our citizens", according to a decree read on state broadcaster SSBC.

The World Health Organization urged neighbouring countries to keep borders open. "Closing borders does not stop viruses. It pushes people onto informal crossings where we cannot track them," WHO Director-General Tedros Adhanom Ghebreyesus posted on X. The agency said it was sending 20 epidemiologists and 2,000 doses of an experimental vaccine to Kasese by the weekend.

Kenya did not close its border but began screening at Busia and Malaba, where thousands of trucks cross each day. Health Cabinet Secretary Aden Duale said Nairobi "stands in solidarity with our Ugandan brothers and sisters" and had no plans for a closure "at this stage".

The Democratic Republic of Congo, which shares a porous frontier with Kasese, said it was monitoring the situation. A Congolese health official in Beni, who declined to be named, said the province had "no capacity" to screen the hundreds of people who cross daily.

The United States Centers for Disease Control and Prevention said it had raised its travel notice for Uganda to level 2, advising "enhanced precautions".

Marburg, a cousin of Ebola, causes severe haemorrhagic fever and kills up to 88 percent of those infected. There is no licensed vaccine or treatment. The first case in Kasese was detected on Sept. 2, a week before the first laboratory confirmation.

Truck drivers stranded at the Katuna crossing said hundreds of lorries were stuck on the Ugandan side by the afternoon. "We have perishable goods. Who will pay us?" one driver, Moses Tumwine, asked.

In a televised address on Wednesday night, President Yoweri Museveni urged Ugandans to avoid shaking hands and to report fevers, and appealed to neighbouring governments to "reopen the gates of trade"."""

build(
    "marburg-borders-uganda-2026-09-16", MARBURG,
    actors=[
        A("Rwanda", "country", "RWA", aliases=["Rwanda's health ministry", "Kigali", "Rwandan"]),
        A("South Sudan", "country", "SSD", aliases=["South Sudan's government"]),
        A("Uganda", "country", "UGA", aliases=["Ugandan health authorities", "Kampala", "Ugandan", "Uganda's"]),
        A("Jane Ruth Aceng", "person", "UGA", "Health Minister", ["Aceng", "Uganda's Health Minister Jane Ruth Aceng", "she"]),
        A("SSBC", "organization", "SSD", aliases=["state broadcaster SSBC"]),
        A("World Health Organization", "organization", None, aliases=["The World Health Organization", "WHO", "The agency"]),
        A("Tedros Adhanom Ghebreyesus", "person", None, "Director-General", ["Tedros", "WHO Director-General Tedros Adhanom Ghebreyesus"], organization="World Health Organization"),
        A("Kenya", "country", "KEN", aliases=["Nairobi", "Kenyan"]),
        A("Aden Duale", "person", "KEN", "Health Cabinet Secretary", ["Duale", "Health Cabinet Secretary Aden Duale"]),
        A("Democratic Republic of the Congo", "country", "COD", aliases=["The Democratic Republic of Congo", "Democratic Republic of Congo", "Congo", "Congolese"]),
        A("Congolese health official", "person", "COD", "health official", ["A Congolese health official in Beni"], anonymous=True),
        A("Centers for Disease Control and Prevention", "organization", "USA", aliases=["The United States Centers for Disease Control and Prevention", "CDC"]),
        A("Moses Tumwine", "person", None, "truck driver", ["Tumwine", "one driver, Moses Tumwine"]),
        A("Yoweri Museveni", "person", "UGA", "President", ["Museveni", "President Yoweri Museveni"]),
    ],
    quotes=[
        Q("indirect", "the outbreak was \"contained within two sub-counties\"", "Jane Ruth Aceng", "say"),
        Q("partial", "contained within two sub-counties", "Jane Ruth Aceng", "say"),
        Q("partial", "an overreaction that will hurt ordinary traders more than the virus", "Jane Ruth Aceng", "describe"),
        Q("indirect", "Kampala had not been consulted before either decision", "Jane Ruth Aceng", "tell", "press conference"),
        Q("indirect", "the border would stay shut \"for at least 21 days\" and that travellers arriving by air would be screened and quarantined", "Rwanda", "say", "statement"),
        Q("partial", "for at least 21 days", "Rwanda", "say", "statement", optional=True),
        Q("partial", "protecting our citizens", "South Sudan", "according to", "radio", optional=True),
        Q("direct", "Closing borders does not stop viruses. It pushes people onto informal crossings where we cannot track them,", "Tedros Adhanom Ghebreyesus", "post", "twitter"),
        Q("indirect", "it was sending 20 epidemiologists and 2,000 doses of an experimental vaccine to Kasese by the weekend", "World Health Organization", "say"),
        Q("indirect", "Nairobi \"stands in solidarity with our Ugandan brothers and sisters\" and had no plans for a closure \"at this stage\"", "Aden Duale", "say"),
        Q("partial", "stands in solidarity with our Ugandan brothers and sisters", "Aden Duale", "say"),
        Q("partial", "at this stage", "Aden Duale", "say", optional=True),
        Q("indirect", "it was monitoring the situation", "Democratic Republic of the Congo", "say"),
        Q("indirect", "the province had \"no capacity\" to screen the hundreds of people who cross daily", "Congolese health official", "say"),
        Q("indirect", "it had raised its travel notice for Uganda to level 2", "Centers for Disease Control and Prevention", "say"),
        Q("indirect", "hundreds of lorries were stuck on the Ugandan side by the afternoon", None, "say", optional=True),
        Q("direct", "We have perishable goods. Who will pay us?", "Moses Tumwine", "ask"),
        Q("partial", "reopen the gates of trade", "Yoweri Museveni", "appeal", "television"),
    ],
    dates=[
        D("Wednesday", "DATE", "2026-09-16"),
        D("midday", "TIME", "2026-09-16T12:00"),
        D("21 days", "DURATION", "P21D"),
        D("two years ago", "DATE", "2024"),
        D("the weekend", "DATE", "2026-W38-WE"),
        D("each day", "SET", "P1D"),
        D("daily", "SET", "P1D"),
        D("Sept. 2", "DATE", "2026-09-02"),
        D("a week", "DURATION", "P1W"),
        D("the afternoon", "TIME", "2026-09-16TAF"),
        D("Wednesday night", "TIME", "2026-09-16TNI"),
    ],
    stances=[
        S("Jane Ruth Aceng", "criticize", "Rwanda", evidence="described the closures as \"an overreaction"),
        S("Jane Ruth Aceng", "criticize", "South Sudan", evidence="described the closures as \"an overreaction"),
        S("World Health Organization", "appeal", None, "keep borders open", "urged neighbouring countries to keep borders open"),
        S("Aden Duale", "support", "Uganda", evidence="\"stands in solidarity with our Ugandan brothers and sisters\""),
        S("Yoweri Museveni", "appeal", None, "reopen borders", "appealed to neighbouring governments to \"reopen the gates of trade\""),
    ],
    notes="Invented article (sixth development set; the outbreak and all quoted words are invented, the officials "
          "used freely). AFP agency brief. Closing a border is a measure, not a stance here. Aceng's 'overreaction' "
          "criticises both closing countries. The WHO appeal goes to 'neighbouring countries' (no single actor: null "
          "target); Tedros's post restates it (one stance, the organization's). The truck drivers are unnamed (optional "
          "quote, no speaker); Tumwine's nationality is not given (null country). 'two years ago' is 2024; 'by the "
          "weekend' is annotated on 'the weekend'. Museveni's appeal to 'neighbouring governments' has a null target.",
)


# --------------------------------------------------------------------------- 7. India-China clash at Yangtse (translated communiqués)
BORDER = """ date 2026-10-07 Full text: Chinese military statement on the border clash, and India's reply

The following is an unofficial translation, by our Beijing bureau, of a statement issued on Wednesday by Senior Colonel Zhang Xiaogang, spokesperson of the Western Theatre Command of the People's Liberation Army, followed by the Indian Ministry of External Affairs' response.

Statement of the Western Theatre Command

On the morning of October 6, Indian border troops illegally crossed the line of actual control in the Dongzhang area of China's Zangnan region and obstructed a routine patrol of our frontier troops. Our troops responded in a professional, restrained and resolute manner and drove the intruders back. The Chinese side lodged solemn representations with the Indian side.

We solemnly urge the Indian side to strictly control and restrain its frontline troops, abide by the agreements signed between the two countries, and work with China to maintain peace and tranquillity in the border areas. Any provocation will be met with a firm response.

Statement of the Ministry of External Affairs, New Delhi

On 6 October 2026, PLA troops attempted to transgress the LAC in the Yangtse area of the Tawang sector of Arunachal Pradesh and unilaterally change the status quo. Our troops contested this attempt in a firm and resolute manner. The face-off led to physical scuffles in which a few personnel on both sides sustained minor injuries. Both sides disengaged from the area shortly afterwards.

We reject the Chinese side's characterisation of the incident. Arunachal Pradesh has always been and will remain an inseparable part of India. The Indian commander held a flag meeting with his counterpart in the evening to restore calm. We expect China to refrain from such actions.

Context

It was the most serious confrontation between the nuclear-armed neighbours since December 2022, when soldiers clashed at the same spot with clubs and rocks. The two countries agreed last October on patrolling arrangements that were meant to end a four-year standoff in eastern Ladakh.

Speaking to reporters in Parliament on Wednesday afternoon, Defence Minister Rajnath Singh said "not a single inch" of Indian territory had been lost and praised the soldiers' "valour". Opposition leader Rahul Gandhi accused the government of "hiding the truth from the nation" and demanded a full debate.

In Washington, a State Department spokesman said the United States "strongly opposes any unilateral attempt to advance territorial claims" along the border, remarks China's foreign ministry called "interference in matters that do not concern it"."""

P_CN1 = ("On the morning of October 6, Indian border troops illegally crossed the line of actual control in the Dongzhang "
         "area of China's Zangnan region and obstructed a routine patrol of our frontier troops. Our troops responded in "
         "a professional, restrained and resolute manner and drove the intruders back. The Chinese side lodged solemn "
         "representations with the Indian side.")
P_CN2 = ("We solemnly urge the Indian side to strictly control and restrain its frontline troops, abide by the agreements "
         "signed between the two countries, and work with China to maintain peace and tranquillity in the border areas. "
         "Any provocation will be met with a firm response.")
P_IN1 = ("On 6 October 2026, PLA troops attempted to transgress the LAC in the Yangtse area of the Tawang sector of "
         "Arunachal Pradesh and unilaterally change the status quo. Our troops contested this attempt in a firm and "
         "resolute manner. The face-off led to physical scuffles in which a few personnel on both sides sustained minor "
         "injuries. Both sides disengaged from the area shortly afterwards.")
P_IN2 = ("We reject the Chinese side's characterisation of the incident. Arunachal Pradesh has always been and will "
         "remain an inseparable part of India. The Indian commander held a flag meeting with his counterpart in the "
         "evening to restore calm. We expect China to refrain from such actions.")

build(
    "border-clash-india-china-2026-10-07", BORDER,
    actors=[
        A("China", "country", "CHN", aliases=["The Chinese side", "Chinese side", "China's foreign ministry", "Beijing", "Chinese"]),
        A("People's Liberation Army", "organization", "CHN", aliases=["Western Theatre Command", "the Western Theatre Command of the People's Liberation Army", "PLA", "PLA troops"]),
        A("Zhang Xiaogang", "person", "CHN", "spokesperson of the Western Theatre Command", ["Zhang", "Senior Colonel Zhang Xiaogang"], organization="People's Liberation Army"),
        A("India", "country", "IND", aliases=["the Indian Ministry of External Affairs", "Ministry of External Affairs", "New Delhi", "the Indian side", "Indian side", "Indian", "the government"]),
        A("Rajnath Singh", "person", "IND", "Defence Minister", ["Singh", "Defence Minister Rajnath Singh"]),
        A("Rahul Gandhi", "person", "IND", "Opposition leader", ["Gandhi", "Opposition leader Rahul Gandhi"]),
        A("United States", "country", "USA", aliases=["Washington"]),
        A("State Department spokesman", "person", "USA", "spokesman", ["a State Department spokesman"], anonymous=True),
    ],
    quotes=[
        Q("direct", P_CN1, "Zhang Xiaogang", "statement", "statement", optional=True),
        Q("direct", P_CN2, "Zhang Xiaogang", "statement", "statement", optional=True),
        Q("direct", P_IN1, "India", "statement", "statement", optional=True),
        Q("direct", P_IN2, "India", "statement", "statement", optional=True),
        Q("indirect", "\"not a single inch\" of Indian territory had been lost", "Rajnath Singh", "say", "press conference"),
        Q("partial", "not a single inch", "Rajnath Singh", "say", "press conference"),
        Q("partial", "valour", "Rajnath Singh", "praise", "press conference", optional=True),
        Q("partial", "hiding the truth from the nation", "Rahul Gandhi", "accuse"),
        Q("indirect", "the United States \"strongly opposes any unilateral attempt to advance territorial claims\" along the border", "State Department spokesman", "say"),
        Q("partial", "strongly opposes any unilateral attempt to advance territorial claims", "State Department spokesman", "say"),
        Q("partial", "interference in matters that do not concern it", "China", "call"),
    ],
    dates=[
        D("Wednesday", "DATE", "2026-10-07"),
        D("October 6", "DATE", "2026-10-06"),
        D("6 October 2026", "DATE", "2026-10-06"),
        D("the evening", "TIME", "2026-10-06TEV"),
        D("December 2022", "DATE", "2022-12"),
        D("last October", "DATE", "2025-10"),
        D("four-year", "DURATION", "P4Y"),
        D("Wednesday afternoon", "TIME", "2026-10-07TAF"),
    ],
    stances=[
        S("Zhang Xiaogang", "accuse", "India", evidence="Indian border troops illegally crossed the line of actual control"),
        S("Zhang Xiaogang", "demand", "India", "restraint", "We solemnly urge the Indian side to strictly control and restrain its frontline troops"),
        S("Zhang Xiaogang", "threaten", "India", evidence="Any provocation will be met with a firm response"),
        S("India", "accuse", "China", evidence="PLA troops attempted to transgress the LAC"),
        S("India", "reject", "China", evidence="We reject the Chinese side's characterisation of the incident"),
        S("India", "demand", "China", "refrain from such actions", "We expect China to refrain from such actions"),
        S("Rahul Gandhi", "accuse", "India", evidence="accused the government of \"hiding the truth from the nation\""),
        S("United States", "criticize", "China", evidence="\"strongly opposes any unilateral attempt to advance territorial claims\""),
        S("China", "criticize", "United States", evidence="called \"interference in matters that do not concern it\""),
    ],
    notes="Invented article (sixth development set; the clash and both statements are invented, the officials used "
          "freely). Two translated communiqués printed in full without quotation marks under headings, then context. "
          "The statements' paragraphs are direct quotes of their issuers (optional: no marks); Zhang speaks for the "
          "Western Theatre Command (PLA, China). 'lodged solemn representations' restates the accusation (no second "
          "stance). The MEA speaks for India; the flag meeting between commanders is not a stance (unnamed). Singh's "
          "praise of the soldiers has no actor target. Gandhi's 'the government' is India's. The US spokesman's "
          "'strongly opposes' is the country's criticism, with China implied as target (I am unsure: the text names no "
          "target). 'the morning of October 6' is annotated on 'October 6'; 'the evening' is the evening of the 6th.",
)


# --------------------------------------------------------------------------- 8. Belarusian exile shot in Vilnius (long feature, back-references)
VILNIUS = """ date 2026-08-12 Death on Pylimo Street: the killing of a Belarusian exile shakes Vilnius

VILNIUS — For almost four years, Ales Karniyenka walked the same route each morning, from his flat in the old town to the cramped office where he ran the Belarusian Freedom Party, a small group of exiles with a few hundred members. On Monday he never arrived. A gunman on a motorbike shot him twice at a crossing on Pylimo Street shortly after 8 a.m. and sped away. The 52-year-old former lawmaker died in hospital two hours later.

By Tuesday, the killing had become a diplomatic crisis. Lithuania's President Gitanas Nausėda called it "a political murder on the soil of the European Union" and said the trail led "in one direction, to Minsk". He stopped short of naming Alexander Lukashenko, who has ruled Belarus since 1994, but few in Vilnius doubted whom he meant.

The foreign ministry summoned Belarus's chargé d'affaires on Tuesday afternoon and handed him a protest note. Lithuania's prosecutor general, Nida Grunskienė, said investigators had found the motorbike burned in a forest near the Belarusian border and were examining "possible foreign involvement".

Minsk has denied everything. In a statement, the Belarusian foreign ministry called the accusations "hysterical" and suggested the Lithuanian authorities look "for the killers among the Western handlers who fought over Karniyenka's grants". Lukashenko himself, speaking at a harvest festival in the Grodno region, said he "did not even know who that man was".

Those who knew the dead man describe him differently. Sviatlana Tsikhanouskaya, the exiled opposition leader who has lived in Vilnius since 2020, called him "a friend and a brave voice" and urged European governments to treat the killing as "an act of state terrorism". She has had police protection since Monday evening.

The European Union's foreign policy chief, Kaja Kallas, wrote on X that the bloc stood with Lithuania and that "those responsible must face justice". Poland's prime minister, Donald Tusk, went further. Warsaw, he said, would close the last open crossing on its border with Belarus for a month if evidence of Minsk's involvement emerged. "We will not wait for the next body," Tusk told reporters.

Russia's foreign ministry, Minsk's closest ally, accused Vilnius of "staging a provocation" to justify sanctions.

Karniyenka's widow, Volha, said she had asked for a police guard last spring after her husband received threatening messages, but was told the risk was low. "They said he was not important enough to kill," she said, her voice breaking. "He was important enough."

A Lithuanian security official, who asked not to be identified, said the gunman may have entered from Belarus days earlier. The official said two suspects had been identified, one of them a Belarusian citizen.

The party said it would hold a memorial march on Saturday. Its deputy leader, Siarhei Dubovik, said the marchers would walk past the Belarusian embassy "so that they hear our silence"."""

build(
    "exile-shot-vilnius-2026-08-12", VILNIUS,
    actors=[
        A("Ales Karniyenka", "person", "BLR", "opposition politician", ["Karniyenka", "The 52-year-old former lawmaker", "the dead man", "her husband", "him", "he"], organization="Belarusian Freedom Party"),
        A("Belarusian Freedom Party", "organization", "BLR", aliases=["the Belarusian Freedom Party", "The party"]),
        A("Lithuania", "country", "LTU", aliases=["Vilnius", "The foreign ministry", "the Lithuanian authorities", "Lithuanian", "Lithuania's"]),
        A("Gitanas Nausėda", "person", "LTU", "President", ["Nausėda", "Nauseda", "Lithuania's President Gitanas Nausėda", "He"]),
        A("Alexander Lukashenko", "person", "BLR", "President", ["Lukashenko", "Lukashenko himself"]),
        A("Belarus", "country", "BLR", aliases=["Minsk", "the Belarusian foreign ministry", "Belarusian", "Belarus's"]),
        A("Belarusian chargé d'affaires", "person", "BLR", "chargé d'affaires", ["Belarus's chargé d'affaires"], anonymous=True),
        A("Nida Grunskienė", "person", "LTU", "prosecutor general", ["Grunskienė", "Grunskiene", "Lithuania's prosecutor general, Nida Grunskienė"]),
        A("Sviatlana Tsikhanouskaya", "person", "BLR", "opposition leader", ["Tsikhanouskaya", "She"]),
        A("European Union", "organization", None, aliases=["The European Union", "the bloc", "EU"]),
        A("Kaja Kallas", "person", None, "foreign policy chief", ["Kallas", "The European Union's foreign policy chief, Kaja Kallas"], organization="European Union"),
        A("Poland", "country", "POL", aliases=["Warsaw", "Polish", "Poland's"]),
        A("Donald Tusk", "person", "POL", "prime minister", ["Tusk", "Poland's prime minister, Donald Tusk", "he"]),
        A("Russia", "country", "RUS", aliases=["Russia's foreign ministry", "Moscow"]),
        A("Volha Karniyenka", "person", "BLR", "widow", ["Volha", "Karniyenka's widow", "she"]),
        A("Lithuanian security official", "person", "LTU", "security official", ["A Lithuanian security official", "The official"], anonymous=True),
        A("Siarhei Dubovik", "person", "BLR", "deputy leader", ["Dubovik", "Its deputy leader, Siarhei Dubovik"], organization="Belarusian Freedom Party"),
    ],
    quotes=[
        Q("partial", "a political murder on the soil of the European Union", "Gitanas Nausėda", "call"),
        Q("indirect", "the trail led \"in one direction, to Minsk\"", "Gitanas Nausėda", "say"),
        Q("partial", "in one direction, to Minsk", "Gitanas Nausėda", "say"),
        Q("indirect", "investigators had found the motorbike burned in a forest near the Belarusian border and were examining \"possible foreign involvement\"", "Nida Grunskienė", "say"),
        Q("partial", "possible foreign involvement", "Nida Grunskienė", "say", optional=True),
        Q("partial", "hysterical", "Belarus", "call", "statement"),
        Q("partial", "for the killers among the Western handlers who fought over Karniyenka's grants", "Belarus", "suggest", "statement"),
        Q("indirect", "he \"did not even know who that man was\"", "Alexander Lukashenko", "say"),
        Q("partial", "did not even know who that man was", "Alexander Lukashenko", "say"),
        Q("partial", "a friend and a brave voice", "Sviatlana Tsikhanouskaya", "call"),
        Q("partial", "an act of state terrorism", "Sviatlana Tsikhanouskaya", "urge"),
        Q("indirect", "the bloc stood with Lithuania and that \"those responsible must face justice\"", "Kaja Kallas", "write", "twitter"),
        Q("partial", "those responsible must face justice", "Kaja Kallas", "write", "twitter"),
        Q("indirect", "would close the last open crossing on its border with Belarus for a month if evidence of Minsk's involvement emerged", "Donald Tusk", "say"),
        Q("direct", "We will not wait for the next body,", "Donald Tusk", "tell", "press conference"),
        Q("partial", "staging a provocation", "Russia", "accuse"),
        Q("indirect", "she had asked for a police guard last spring after her husband received threatening messages, but was told the risk was low", "Volha Karniyenka", "say"),
        Q("direct", "They said he was not important enough to kill,", "Volha Karniyenka", "say"),
        Q("direct", "He was important enough.", "Volha Karniyenka", None),
        Q("indirect", "the gunman may have entered from Belarus days earlier", "Lithuanian security official", "say"),
        Q("indirect", "two suspects had been identified, one of them a Belarusian citizen", "Lithuanian security official", "say"),
        Q("indirect", "it would hold a memorial march on Saturday", "Belarusian Freedom Party", "say"),
        Q("indirect", "the marchers would walk past the Belarusian embassy \"so that they hear our silence\"", "Siarhei Dubovik", "say"),
        Q("partial", "so that they hear our silence", "Siarhei Dubovik", "say"),
    ],
    dates=[
        D("four years", "DURATION", "P4Y"),
        D("each morning", "SET", "XXXX-XX-XXTMO"),
        D("Monday", "DATE", "2026-08-10"),
        D("8 a.m.", "TIME", "2026-08-10T08:00"),
        D("two hours", "DURATION", "PT2H"),
        D("Tuesday", "DATE", "2026-08-11"),
        D("1994", "DATE", "1994"),
        D("Tuesday afternoon", "TIME", "2026-08-11TAF"),
        D("2020", "DATE", "2020"),
        D("Monday evening", "TIME", "2026-08-10TEV"),
        D("a month", "DURATION", "P1M"),
        D("last spring", "DATE", "2026-SP"),
        D("Saturday", "DATE", "2026-08-15"),
    ],
    stances=[
        S("Gitanas Nausėda", "condemn", None, evidence="a political murder on the soil of the European Union"),
        S("Gitanas Nausėda", "accuse", "Belarus", evidence="the trail led \"in one direction, to Minsk\""),
        S("Lithuania", "criticize", "Belarus", evidence="summoned Belarus's chargé d'affaires"),
        S("Belarus", "reject", "Lithuania", evidence="Minsk has denied everything"),
        S("Belarus", "criticize", "Lithuania", evidence="called the accusations \"hysterical\""),
        S("Sviatlana Tsikhanouskaya", "praise", "Ales Karniyenka", evidence="called him \"a friend and a brave voice\""),
        S("Sviatlana Tsikhanouskaya", "appeal", None, "treat the killing as state terrorism", "urged European governments to treat the killing as \"an act of state terrorism\""),
        S("Kaja Kallas", "support", "Lithuania", evidence="the bloc stood with Lithuania"),
        S("Kaja Kallas", "demand", None, "justice", "\"those responsible must face justice\""),
        S("Donald Tusk", "threaten", "Belarus", evidence="would close the last open crossing on its border with Belarus"),
        S("Russia", "accuse", "Lithuania", evidence="accused Vilnius of \"staging a provocation\""),
    ],
    notes="Invented article (sixth development set; the victim, his party, his widow, Dubovik and all quoted words are "
          "invented; the leaders and the prosecutor general used freely). Long feature with back-references: 'he', "
          "'him', 'the dead man', 'the 52-year-old former lawmaker', 'her husband', 'The party', 'Its deputy leader', "
          "'The official'; capitals (Minsk, Vilnius, Warsaw) for countries. Nausėda 'stopped short of naming' "
          "Lukashenko: his accusation targets Belarus (Minsk), not the man. Lukashenko's denial of knowing the man is "
          "left without a stance. The Kallas stances are hers (the EU's through its foreign policy chief). Tusk's "
          "conditional closure is a threat. 'For almost four years' is annotated on 'four years'; 'shortly after 8 a.m.' "
          "on '8 a.m.'; 'last spring' is spring 2026 (said in August). 'days earlier' is not annotated.",
)


if __name__ == "__main__":
    WRITER.report()
