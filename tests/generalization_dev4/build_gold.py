"""Builds the fourth development set (NAME.txt) and its hand-written gold (NAME.gold.json).

Fourth development set: 8 invented reaction articles written on 2026-11-25 by a helper who changed
no library code and did not read the library's source; the gold was committed before reactlib was
run on them. As in ``tests/generalization_dev3/build_gold.py``, the annotation lives here as data so
that offsets are computed, never typed: a quote or date is given by its text and, where the same
words occur more than once, by its occurrence number (0-based); ``gold_builder`` asserts that every
span and stance evidence is found in the text. Run `python tests/generalization_dev4/build_gold.py`
after editing. Conventions follow ../shared/eval/GOLD_FORMAT.md, the reference gold and the earlier
development sets (dev2, dev3): countries speak through their ministries, embassies and capitals; a
summons is a criticism; background ("has long", "in the past") takes no stance; a restatement by
the same speaker is one stance; outlets that only carry others' words are not speakers.
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


# --------------------------------------------------------------------------- 1. airliner shot down over the Sudan-South Sudan border (wire, Reuters-like)
AIRLINER = """ date 2026-11-03 NAIROBI, Nov 3 (Reuters) - Kenya on Tuesday accused Sudan's paramilitary Rapid Support Forces of shooting down a Kenyan-registered passenger plane near the border with South Sudan, killing all 46 people on board, and demanded that those responsible be brought to justice.

The Fokker 50, operated by Nairobi-based Skyward Express, was on a charter flight from Juba to the oil town of Heglig when it disappeared from radar at 4:17 p.m. on Monday, the Kenya Civil Aviation Authority said. Search teams found the wreckage near the town of Abyei late on Monday night.

"This was not an accident. A civilian aircraft, clearly marked, was hit by a missile fired from territory held by the RSF," Kenya's foreign affairs cabinet secretary, Grace Wambui, told a news conference in Nairobi. "Kenya will not rest until the people who did this face justice."

President William Ruto declared three days of national mourning and spoke by phone with South Sudan's President Salva Kiir, State House said in a statement.

The RSF denied any involvement. Its spokesman, Al-Fateh Qurashi, said in a statement on Telegram that the group "has no weapons capable of reaching an aircraft at that altitude" and blamed the Sudanese army, which he said had been "firing blindly at anything in the sky" since August.

The Sudanese army, which has been fighting the RSF since April 2023, dismissed the accusation as "a desperate lie".

South Sudan's government said it had opened an investigation and that its airspace along the northern border would be closed to civilian flights for 72 hours.

The chairperson of the African Union Commission, Mahmoud Ali Youssouf, condemned "this heinous attack on civilians" and called for an independent international investigation, a call echoed by the International Civil Aviation Organization.

In Washington, a State Department spokesperson said the United States was "deeply saddened" by the loss of life and stood "ready to support" Kenya's investigation. Three U.S. citizens were among the dead, the spokesperson said.

Skyward Express said the crew had followed an approved flight path and that South Sudanese aviation authorities had assured it the route was safe. Its chief executive, Mohamed Abdi, said: "We trusted the information we were given. Forty-six families are now paying the price."

A United Nations panel of experts reported last year that the RSF had obtained shoulder-fired anti-aircraft missiles from abroad, a charge the group has always denied."""

build(
    "airliner-sudan-kenya-2026-11-03", AIRLINER,
    actors=[
        A("Kenya", "country", "KEN", aliases=["Kenyan", "Nairobi", "State House"]),
        A("Rapid Support Forces", "group", "SDN", aliases=["RSF", "The RSF", "Sudan's paramilitary Rapid Support Forces", "the group"]),
        A("Sudan", "country", "SDN", aliases=["Sudan's", "Sudanese army", "The Sudanese army", "the Sudanese army"]),
        A("South Sudan", "country", "SSD", aliases=["South Sudan's government", "South Sudanese", "South Sudanese aviation authorities"]),
        A("Skyward Express", "organization", "KEN", aliases=["Nairobi-based Skyward Express"]),
        A("Kenya Civil Aviation Authority", "organization", "KEN", aliases=["the Kenya Civil Aviation Authority", "KCAA"]),
        A("Grace Wambui", "person", "KEN", "Foreign Affairs Cabinet Secretary", ["Wambui", "Kenya's foreign affairs cabinet secretary"]),
        A("William Ruto", "person", "KEN", "President", ["Ruto", "President William Ruto"]),
        A("Salva Kiir", "person", "SSD", "President", ["Kiir", "South Sudan's President Salva Kiir"]),
        A("Al-Fateh Qurashi", "person", "SDN", "RSF spokesman", ["Qurashi", "Its spokesman"], organization="Rapid Support Forces"),
        A("African Union", "organization", None, aliases=["AU", "African Union Commission"]),
        A("Mahmoud Ali Youssouf", "person", None, "chairperson of the African Union Commission", ["Youssouf"], organization="African Union"),
        A("International Civil Aviation Organization", "organization", None, aliases=["ICAO"]),
        A("United States", "country", "USA", aliases=["U.S.", "US", "Washington", "State Department"]),
        A("State Department spokesperson", "person", "USA", "spokesperson", ["a State Department spokesperson", "the spokesperson"], anonymous=True),
        A("Mohamed Abdi", "person", "KEN", "chief executive of Skyward Express", ["Abdi"], organization="Skyward Express"),
        A("UN panel of experts", "organization", None, aliases=["A United Nations panel of experts", "United Nations panel of experts"]),
    ],
    quotes=[
        Q("indirect", "The Fokker 50, operated by Nairobi-based Skyward Express, was on a charter flight from Juba to the oil town of Heglig when it disappeared from radar at 4:17 p.m. on Monday", "Kenya Civil Aviation Authority", "say"),
        Q("direct", "This was not an accident. A civilian aircraft, clearly marked, was hit by a missile fired from territory held by the RSF,", "Grace Wambui", "tell", "press conference"),
        Q("direct", "Kenya will not rest until the people who did this face justice.", "Grace Wambui", "tell", "press conference"),
        Q("indirect", "President William Ruto declared three days of national mourning and spoke by phone with South Sudan's President Salva Kiir", "Kenya", "say", "statement"),
        Q("indirect", "the group \"has no weapons capable of reaching an aircraft at that altitude\"", "Al-Fateh Qurashi", "say", "statement"),
        Q("partial", "has no weapons capable of reaching an aircraft at that altitude", "Al-Fateh Qurashi", "say", "statement"),
        Q("partial", "firing blindly at anything in the sky", "Al-Fateh Qurashi", "say", "statement"),
        Q("partial", "a desperate lie", "Sudan", "dismiss"),
        Q("indirect", "it had opened an investigation and that its airspace along the northern border would be closed to civilian flights for 72 hours", "South Sudan", "say"),
        Q("partial", "this heinous attack on civilians", "Mahmoud Ali Youssouf", "condemn"),
        Q("indirect", "the United States was \"deeply saddened\" by the loss of life and stood \"ready to support\" Kenya's investigation", "State Department spokesperson", "say"),
        Q("partial", "deeply saddened", "State Department spokesperson", "say"),
        Q("partial", "ready to support", "State Department spokesperson", "say"),
        Q("indirect", "Three U.S. citizens were among the dead", "State Department spokesperson", "say"),
        Q("indirect", "the crew had followed an approved flight path and that South Sudanese aviation authorities had assured it the route was safe", "Skyward Express", "say"),
        Q("direct", "We trusted the information we were given. Forty-six families are now paying the price.", "Mohamed Abdi", "say"),
        Q("indirect", "the RSF had obtained shoulder-fired anti-aircraft missiles from abroad", "UN panel of experts", "report"),
    ],
    dates=[
        D("Nov 3", "DATE", "2026-11-03"),
        D("Tuesday", "DATE", "2026-11-03"),
        D("4:17 p.m. on Monday", "TIME", "2026-11-02T16:17"),
        D("Monday night", "TIME", "2026-11-02TNI"),
        D("three days", "DURATION", "P3D"),
        D("August", "DATE", "2026-08"),
        D("April 2023", "DATE", "2023-04"),
        D("72 hours", "DURATION", "PT72H"),
        D("last year", "DATE", "2025"),
    ],
    stances=[
        S("Kenya", "accuse", "Rapid Support Forces", evidence="accused Sudan's paramilitary Rapid Support Forces of shooting down"),
        S("Kenya", "demand", None, "justice for those responsible", "demanded that those responsible be brought to justice"),
        S("William Ruto", "consult", "Salva Kiir", evidence="spoke by phone with South Sudan's President Salva Kiir"),
        S("Rapid Support Forces", "reject", "Kenya", evidence="The RSF denied any involvement"),
        S("Al-Fateh Qurashi", "accuse", "Sudan", evidence="blamed the Sudanese army"),
        S("Sudan", "reject", "Rapid Support Forces", evidence="dismissed the accusation as \"a desperate lie\""),
        S("Mahmoud Ali Youssouf", "condemn", None, evidence="condemned \"this heinous attack on civilians\""),
        S("Mahmoud Ali Youssouf", "appeal", None, "independent international investigation", "called for an independent international investigation"),
        S("International Civil Aviation Organization", "appeal", None, "independent international investigation", "a call echoed by the International Civil Aviation Organization"),
        S("United States", "concern", None, "loss of life", "\"deeply saddened\" by the loss of life"),
        S("United States", "support", "Kenya", evidence="stood \"ready to support\" Kenya's investigation"),
    ],
    notes="Invented article (fourth development set; the crash, the airline, Wambui, Qurashi, Abdi and all quoted "
          "words are invented, the presidents used freely). Reuters dateline 'NAIROBI, Nov 3 (Reuters) -'. 'State House' "
          "speaks for Kenya (its statement reports Ruto's call, an indirect quote of Kenya). Wambui's quote, given at the "
          "news conference where Kenya made its accusation, restates the lead's accusation (one stance, Kenya's), as "
          "dev3 read Tusk's post. The "
          "'Sudanese army' is Sudan's state army (alias of Sudan); the RSF is a group of Sudan. Youssouf condemns an "
          "attack without naming its author (target null); ICAO's 'echoed' call is its own appeal. The spokesperson's "
          "'the United States was ...' is the country's position (holder United States). Abdi's quote has a colon "
          "introduction. The UN panel's report and 'a charge the group has always denied' are background (no stance). "
          "'4:17 p.m. on Monday' is one TIME; 'late on Monday night' is annotated on 'Monday night'.",
)


# --------------------------------------------------------------------------- 2. a Mekong dam switched on in Laos (broadsheet analysis)
MEKONG = """ date 2026-05-19 Laos switches on a Mekong dam, and its neighbours downstream count the cost

When Laos switched on the first turbines of the Sanakham dam last Thursday, Prime Minister Sonexay Siphandone called the project "a gift to the whole region". Downstream, few saw it that way.

Vietnam's foreign ministry said on Monday that it was "seriously concerned" about the 684-megawatt dam, which it says will trap the sediment on which the Mekong delta, home to 17 million people and half the country's rice, depends. Spokeswoman Pham Thu Hang told a regular briefing in Hanoi that Laos had "not fully shared" data on the dam's effects, and urged Vientiane to suspend the filling of the reservoir until a joint study was complete.

Cambodia, usually Laos's closest partner on river matters, has been more guarded. Its water resources minister, Thor Chetha, said Phnom Penh "respects the sovereign right of every country to develop", but added that Cambodia expected "full transparency" on water releases in drought years.

The Mekong River Commission, the intergovernmental body meant to manage such disputes, has little power to stop a project. Its chief executive, Anoulak Kittikhoun, said the commission had offered to convene technical talks between its four member states within the next two months, and would publish its own assessment by the end of the year.

Thailand, whose state utility has agreed to buy most of the electricity, backs the dam. A Thai energy ministry official, speaking on condition of anonymity, said the project had "met every requirement" of the commission's consultation procedure.

Environmental groups are less convinced. "Every new dam on the mainstream is another brick in a wall that is starving the delta," said Pianporn Deetes of International Rivers, who has campaigned against mainstream dams for more than a decade.

"The commission's process has become a rubber stamp."

Laos, one of Asia's poorest countries, has staked its economic future on selling hydropower to its neighbours, and officials in Vientiane reject the idea that they are to blame for the delta's troubles. According to the Lao Ministry of Energy and Mines, sand mining and upstream Chinese dams have done far more damage than any Lao project.

China, which operates 11 dams on the upper stretch of the river, has not commented publicly. But the Chinese embassy in Vientiane posted a congratulatory message on Facebook on Friday, praising the "friendly cooperation" between Chinese builders and Lao workers.

In the delta itself, farmers have watched saltwater push further inland every year. "When I was young, the salt came only in the driest weeks. Now it reaches my fields before the harvest," said Nguyen Van Tam, 61, who grows rice and shrimp in Soc Trang province.

The United States, which funds river monitoring through its Mekong-U.S. Partnership, said last week it was studying the commission's data. Washington has in the past accused Beijing of holding back water during droughts, a charge China denies."""

build(
    "dam-mekong-laos-2026-05-19", MEKONG,
    actors=[
        A("Laos", "country", "LAO", aliases=["Lao", "Vientiane", "Laos's", "Lao Ministry of Energy and Mines", "the Lao Ministry of Energy and Mines", "officials in Vientiane"]),
        A("Sonexay Siphandone", "person", "LAO", "Prime Minister", ["Sonexay", "Prime Minister Sonexay Siphandone"]),
        A("Vietnam", "country", "VNM", aliases=["Vietnam's foreign ministry", "Hanoi", "Vietnamese"]),
        A("Pham Thu Hang", "person", "VNM", "foreign ministry spokeswoman", ["Hang", "Spokeswoman Pham Thu Hang"]),
        A("Cambodia", "country", "KHM", aliases=["Phnom Penh", "Cambodian"]),
        A("Thor Chetha", "person", "KHM", "water resources minister", ["Chetha", "Its water resources minister"]),
        A("Mekong River Commission", "organization", None, aliases=["The Mekong River Commission", "the commission", "MRC"]),
        A("Anoulak Kittikhoun", "person", None, "chief executive of the Mekong River Commission", ["Kittikhoun", "Its chief executive"], organization="Mekong River Commission"),
        A("Thailand", "country", "THA", aliases=["Thai"]),
        A("Thai energy ministry official", "person", "THA", "energy ministry official", ["A Thai energy ministry official"], anonymous=True),
        A("Pianporn Deetes", "person", "THA", "campaigner", ["Deetes"], organization="International Rivers"),
        A("International Rivers", "organization", None, aliases=[]),
        A("China", "country", "CHN", aliases=["Chinese", "Beijing", "the Chinese embassy in Vientiane", "Chinese embassy"]),
        A("Nguyen Van Tam", "person", "VNM", "farmer", ["Tam"]),
        A("United States", "country", "USA", aliases=["Washington", "U.S."]),
    ],
    quotes=[
        Q("partial", "a gift to the whole region", "Sonexay Siphandone", "call"),
        Q("indirect", "it was \"seriously concerned\" about the 684-megawatt dam", "Vietnam", "say"),
        Q("partial", "seriously concerned", "Vietnam", "say"),
        Q("indirect", "will trap the sediment on which the Mekong delta, home to 17 million people and half the country's rice, depends", "Vietnam", "say", optional=True),
        Q("indirect", "Laos had \"not fully shared\" data on the dam's effects", "Pham Thu Hang", "tell", "press conference"),
        Q("partial", "not fully shared", "Pham Thu Hang", "tell", "press conference"),
        Q("indirect", "Phnom Penh \"respects the sovereign right of every country to develop\"", "Thor Chetha", "say"),
        Q("partial", "respects the sovereign right of every country to develop", "Thor Chetha", "say"),
        Q("indirect", "Cambodia expected \"full transparency\" on water releases in drought years", "Thor Chetha", "add"),
        Q("partial", "full transparency", "Thor Chetha", "add"),
        Q("indirect", "the commission had offered to convene technical talks between its four member states within the next two months, and would publish its own assessment by the end of the year", "Anoulak Kittikhoun", "say"),
        Q("indirect", "the project had \"met every requirement\" of the commission's consultation procedure", "Thai energy ministry official", "say"),
        Q("partial", "met every requirement", "Thai energy ministry official", "say"),
        Q("direct", "Every new dam on the mainstream is another brick in a wall that is starving the delta,", "Pianporn Deetes", "say"),
        Q("direct", "The commission's process has become a rubber stamp.", "Pianporn Deetes", None),
        Q("indirect", "sand mining and upstream Chinese dams have done far more damage than any Lao project", "Laos", "according to"),
        Q("partial", "friendly cooperation", "China", "praise", "facebook"),
        Q("direct", "When I was young, the salt came only in the driest weeks. Now it reaches my fields before the harvest,", "Nguyen Van Tam", "say"),
        Q("indirect", "it was studying the commission's data", "United States", "say"),
    ],
    dates=[
        D("last Thursday", "DATE", "2026-05-14"),
        D("Monday", "DATE", "2026-05-18"),
        D("the next two months", "DURATION", "P2M"),
        D("the end of the year", "DATE", "2026"),
        D("more than a decade", "DURATION", "P1DE"),
        D("Friday", "DATE", "2026-05-15"),
        D("every year", "SET", "P1Y"),
        D("last week", "DATE", "2026-W20"),
        D("the past", "DATE", "PAST_REF"),
    ],
    stances=[
        S("Vietnam", "concern", None, "sediment loss in the Mekong delta", "it was \"seriously concerned\" about the 684-megawatt dam"),
        S("Pham Thu Hang", "criticize", "Laos", evidence="Laos had \"not fully shared\" data on the dam's effects"),
        S("Pham Thu Hang", "appeal", "Laos", "suspend filling of the reservoir", "urged Vientiane to suspend the filling of the reservoir"),
        S("Thor Chetha", "support", "Laos", evidence="Phnom Penh \"respects the sovereign right of every country to develop\""),
        S("Thor Chetha", "demand", "Laos", "transparency on water releases", "Cambodia expected \"full transparency\" on water releases"),
        S("Anoulak Kittikhoun", "mediate", None, "negotiations", "offered to convene technical talks between its four member states"),
        S("Thailand", "support", "Laos", evidence="backs the dam"),
        S("Pianporn Deetes", "criticize", "Laos", evidence="Every new dam on the mainstream is another brick in a wall that is starving the delta"),
        S("Pianporn Deetes", "criticize", "Mekong River Commission", evidence="The commission's process has become a rubber stamp."),
        S("Laos", "reject", "Vietnam", evidence="officials in Vientiane reject the idea that they are to blame"),
        S("Laos", "accuse", "China", evidence="upstream Chinese dams have done far more damage than any Lao project"),
        S("China", "praise", "Laos", evidence="praising the \"friendly cooperation\" between Chinese builders and Lao workers"),
    ],
    notes="Invented article (fourth development set; the dam, its switching-on, Deetes's and Tam's words and all "
          "officials' words are invented, the people used freely). Broadsheet analysis: headline, no dateline, weekdays "
          "relative to the Tuesday article ('last Thursday' 14 May, 'Friday' 15 May). Sonexay's 'a gift to the whole "
          "region' praises his own project (no stance). 'which it says will trap...' is an optional indirect quote of "
          "Vietnam. Chetha's 'respects the sovereign right of every country to develop' is read as support for Laos's "
          "right to build (target Laos), his 'expected full transparency' as a demand. The Thai official restates "
          "Thailand's backing (one stance, Thailand's). Deetes's second sentence stands alone in its paragraph with no "
          "cue (continuation of her quote). 'officials in Vientiane' and 'the Lao Ministry of Energy and Mines' speak for "
          "Laos; their rejection answers Vietnam's concern (target Vietnam). The embassy's praise is China's. "
          "'the driest weeks' and 'before the harvest' in Tam's quote are generic, not annotated. The United States' "
          "'studying the data' and the past US accusation and China's denial are background (no stance). 'by the end "
          "of the year' is the year 2026 (TIMEX3 value without the mod).",
)


# --------------------------------------------------------------------------- 3. prisoner swap between Poland and Belarus (live blog, newest entry first)
SWAP = """ date 2026-07-08 Poland and Belarus swap prisoners at the Terespol crossing – live updates

Last updated 17:40 CEST

17:40 – We are closing this live page. Thank you for following today's events with us; a summary of what happened is below.

17:25 – Lukashenko: ‘the door is open’
Belarusian President Alexander Lukashenko, speaking to state television in Minsk, said the exchange showed that “Belarus keeps its word” and that “the door is open” to better relations with Warsaw if Poland stopped “interfering in our internal affairs”.

16:50 – Sikorski thanks the mediators
Polish Foreign Minister Radosław Sikorski thanked the Holy See and the United States for their “patient and discreet mediation”. In a post on X he wrote: “Five Polish citizens are home tonight. We will not forget those who are still held in Belarusian prisons.”

16:10 – Vatican confirms its role
The Holy See’s press office said Cardinal Pietro Parolin, the Vatican’s secretary of state, had spoken by telephone with Sikorski and with his Belarusian counterpart, Maxim Ryzhenkov, several times in recent weeks. “The Holy Father welcomes this humanitarian gesture and prays for all who remain in detention,” the statement said.

15:30 – EU: free all political prisoners
EU spokesperson Anitta Hipper said the bloc welcomed the release but that more than 1,100 political prisoners remained in Belarusian jails. “Their release must be immediate and unconditional,” she said, calling on Minsk to free them all.

14:45 – Tsikhanouskaya: ‘a ransom, not a deal’
Exiled opposition leader Sviatlana Tsikhanouskaya welcomed the return of the journalists but criticised Warsaw for handing back two men convicted of spying. “Every time the West pays, Lukashenko takes more hostages,” she told Polish radio RMF FM from Vilnius. “This is a ransom, not a deal.”

13:20 – Who was exchanged?
According to Poland’s National Prosecutor’s Office, Poland handed over three men: two Belarusian citizens convicted in 2024 of spying for the Belarusian KGB and a Russian national detained last March on suspicion of sabotage. Belarus freed five Polish citizens, among them the journalist Tomasz Wierzbicki, who had served four years of an eight-year sentence for “inciting hatred”.

12:05 – Swap completed
The exchange took place at the Terespol–Brest crossing shortly before noon, Interior Minister Marcin Kierwiński told reporters. “All our people are on the Polish side and they are safe,” he said. The freed prisoners were taken to a hospital in Biała Podlaska for medical checks.

10:30 – Kremlin: ‘not a party’
Moscow kept its distance from the deal. Kremlin spokesman Dmitry Peskov said Russia “was not a party” to the talks, though he welcomed the return of the Russian citizen “to his homeland”.

09:15 – Good morning
Welcome to our live coverage. Polish media reported overnight that a prisoner exchange with Belarus, prepared in secret for months, would take place this morning."""

build(
    "swap-poland-belarus-2026-07-08", SWAP,
    actors=[
        A("Poland", "country", "POL", aliases=["Polish", "Warsaw", "Poland’s"]),
        A("Belarus", "country", "BLR", aliases=["Belarusian", "Minsk"]),
        A("Alexander Lukashenko", "person", "BLR", "President", ["Lukashenko", "Belarusian President Alexander Lukashenko"]),
        A("Radosław Sikorski", "person", "POL", "Foreign Minister", ["Sikorski", "Radoslaw Sikorski", "Polish Foreign Minister Radosław Sikorski"]),
        A("Holy See", "organization", "VAT", aliases=["the Holy See", "Vatican", "the Vatican", "The Holy See’s press office", "Holy See’s press office"]),
        A("United States", "country", "USA", aliases=[]),
        A("Pietro Parolin", "person", "VAT", "Vatican secretary of state", ["Parolin", "Cardinal Pietro Parolin"], organization="Holy See"),
        A("Maxim Ryzhenkov", "person", "BLR", "Foreign Minister", ["Ryzhenkov", "his Belarusian counterpart"]),
        A("Holy Father", "person", "VAT", "Pope", ["The Holy Father"], organization="Holy See"),
        A("European Union", "organization", None, aliases=["EU", "the bloc"]),
        A("Anitta Hipper", "person", None, "EU spokesperson", ["Hipper", "EU spokesperson Anitta Hipper"], organization="European Union"),
        A("Sviatlana Tsikhanouskaya", "person", "BLR", "opposition leader", ["Tsikhanouskaya", "Exiled opposition leader Sviatlana Tsikhanouskaya"]),
        A("RMF FM", "organization", "POL", aliases=["Polish radio RMF FM"]),
        A("National Prosecutor’s Office", "organization", "POL", aliases=["Poland’s National Prosecutor’s Office", "National Prosecutor's Office"]),
        A("KGB", "organization", "BLR", aliases=["Belarusian KGB", "the Belarusian KGB"]),
        A("Tomasz Wierzbicki", "person", "POL", "journalist", ["Wierzbicki", "the journalist Tomasz Wierzbicki"]),
        A("Marcin Kierwiński", "person", "POL", "Interior Minister", ["Kierwiński", "Kierwinski", "Interior Minister Marcin Kierwiński"]),
        A("Russia", "country", "RUS", aliases=["Russian", "Moscow", "Kremlin"]),
        A("Dmitry Peskov", "person", "RUS", "Kremlin spokesman", ["Peskov", "Kremlin spokesman Dmitry Peskov"]),
        A("West", "group", None, aliases=["the West"]),
    ],
    quotes=[
        Q("indirect", "the exchange showed that “Belarus keeps its word” and that “the door is open” to better relations with Warsaw if Poland stopped “interfering in our internal affairs”", "Alexander Lukashenko", "say", "interview"),
        Q("partial", "Belarus keeps its word", "Alexander Lukashenko", "say", "interview"),
        Q("partial", "the door is open", "Alexander Lukashenko", "say", "interview", n=1),
        Q("partial", "interfering in our internal affairs", "Alexander Lukashenko", "say", "interview"),
        Q("partial", "patient and discreet mediation", "Radosław Sikorski", "thank"),
        Q("direct", "Five Polish citizens are home tonight. We will not forget those who are still held in Belarusian prisons.", "Radosław Sikorski", "write", "twitter"),
        Q("indirect", "Cardinal Pietro Parolin, the Vatican’s secretary of state, had spoken by telephone with Sikorski and with his Belarusian counterpart, Maxim Ryzhenkov, several times in recent weeks", "Holy See", "say", "statement"),
        Q("direct", "The Holy Father welcomes this humanitarian gesture and prays for all who remain in detention,", "Holy See", "say", "statement"),
        Q("indirect", "the bloc welcomed the release but that more than 1,100 political prisoners remained in Belarusian jails", "Anitta Hipper", "say"),
        Q("direct", "Their release must be immediate and unconditional,", "Anitta Hipper", "say"),
        Q("direct", "Every time the West pays, Lukashenko takes more hostages,", "Sviatlana Tsikhanouskaya", "tell", "interview"),
        Q("direct", "This is a ransom, not a deal.", "Sviatlana Tsikhanouskaya", "tell", "interview"),
        Q("indirect", "Poland handed over three men: two Belarusian citizens convicted in 2024 of spying for the Belarusian KGB and a Russian national detained last March on suspicion of sabotage", "National Prosecutor’s Office", "according to"),
        Q("indirect", "The exchange took place at the Terespol–Brest crossing shortly before noon", "Marcin Kierwiński", "tell", "press conference"),
        Q("direct", "All our people are on the Polish side and they are safe,", "Marcin Kierwiński", "say", "press conference"),
        Q("indirect", "Russia “was not a party” to the talks", "Dmitry Peskov", "say"),
        Q("partial", "was not a party", "Dmitry Peskov", "say"),
        Q("partial", "to his homeland", "Dmitry Peskov", "welcome"),
        Q("indirect", "a prisoner exchange with Belarus, prepared in secret for months, would take place this morning", None, "report", optional=True),
    ],
    dates=[
        D("17:40", "TIME", "2026-07-08T17:40", 0),
        D("17:40", "TIME", "2026-07-08T17:40", 1),
        D("today", "DATE", "2026-07-08"),
        D("17:25", "TIME", "2026-07-08T17:25"),
        D("16:50", "TIME", "2026-07-08T16:50"),
        D("tonight", "TIME", "2026-07-08TNI"),
        D("16:10", "TIME", "2026-07-08T16:10"),
        D("recent weeks", "DURATION", "PXW"),
        D("15:30", "TIME", "2026-07-08T15:30"),
        D("14:45", "TIME", "2026-07-08T14:45"),
        D("13:20", "TIME", "2026-07-08T13:20"),
        D("2024", "DATE", "2024"),
        D("last March", "DATE", "2026-03"),
        D("four years", "DURATION", "P4Y"),
        D("eight-year", "DURATION", "P8Y"),
        D("12:05", "TIME", "2026-07-08T12:05"),
        D("noon", "TIME", "2026-07-08T12:00"),
        D("10:30", "TIME", "2026-07-08T10:30"),
        D("09:15", "TIME", "2026-07-08T09:15"),
        D("overnight", "TIME", "2026-07-07TNI"),
        D("months", "DURATION", "PXM"),
        D("this morning", "TIME", "2026-07-08TMO"),
    ],
    stances=[
        S("Alexander Lukashenko", "demand", "Poland", "stop interfering in Belarus's internal affairs", "if Poland stopped “interfering in our internal affairs”"),
        S("Radosław Sikorski", "praise", "Holy See", evidence="thanked the Holy See and the United States"),
        S("Radosław Sikorski", "praise", "United States", evidence="thanked the Holy See and the United States"),
        S("Pietro Parolin", "consult", "Radosław Sikorski", evidence="had spoken by telephone with Sikorski"),
        S("Pietro Parolin", "consult", "Maxim Ryzhenkov", evidence="with his Belarusian counterpart, Maxim Ryzhenkov"),
        S("Holy See", "welcome", None, evidence="The Holy Father welcomes this humanitarian gesture"),
        S("European Union", "welcome", None, evidence="the bloc welcomed the release"),
        S("Anitta Hipper", "demand", "Belarus", "release of political prisoners", "calling on Minsk to free them all"),
        S("Sviatlana Tsikhanouskaya", "welcome", None, evidence="welcomed the return of the journalists"),
        S("Sviatlana Tsikhanouskaya", "criticize", "Poland", evidence="criticised Warsaw for handing back two men convicted of spying"),
        S("Sviatlana Tsikhanouskaya", "accuse", "Alexander Lukashenko", evidence="Lukashenko takes more hostages"),
        S("Dmitry Peskov", "welcome", None, evidence="he welcomed the return of the Russian citizen"),
    ],
    notes="Invented article (fourth development set; the swap, Wierzbicki and all quoted words are invented, the "
          "officials used freely). Live blog, newest entry first: a 'Last updated 17:40 CEST' stamp and entry times "
          "(TIMEs of the article's day, as dev3's 'Updated 18:40'), entry headlines with curly single quotes that "
          "repeat words quoted in the entry (not annotated as quotes; the partial 'the door is open' is the occurrence "
          "in the entry text, n=1), curly double quotes throughout. Sikorski's post has a colon introduction. The "
          "Holy See's press office speaks for the Holy See (VAT); Parolin's calls are reported by it (indirect quote "
          "of the Holy See, consultation held by Parolin). 'The Holy Father welcomes' is quoted from the statement: "
          "speaker and holder the Holy See. Hipper's 'the bloc welcomed' is the EU's stance; her call on Minsk is "
          "hers. Lukashenko's condition 'if Poland stopped interfering' is read as a demand of Poland. "
          "Tsikhanouskaya's 'a ransom, not a deal' restates her criticism (one stance). Kierwiński's and the "
          "prosecutor's reports take no stance. 'Polish media reported' is an optional unattributed indirect quote. "
          "'in recent weeks' and 'for months' are vague durations.",
)


# --------------------------------------------------------------------------- 4. recount after a disputed election in Mongolia (press roundup)
RECOUNT = """ date 2026-06-29 Mongolia's recount: what the papers say

Mongolia's General Election Commission (GEC) on Saturday ordered a manual recount in 14 of the capital's constituencies, after the opposition Democratic Party alleged that vote-counting machines had been tampered with in last Wednesday's parliamentary election. Here is how newspapers and officials reacted over the weekend.

Ödriin Sonin, the country's best-selling daily, called the recount "the only way to save the credibility of the whole election" and urged the commission to let foreign observers watch it. Its front page carried a photograph of ballot boxes under police guard in Ulaanbaatar's Bayanzürkh district.

The pro-government Önöödör was scathing about the opposition. In a front-page commentary on Sunday, it accused Democratic Party leader Luvsannyamyn Gantömör of "trying to win in the courts what he lost at the ballot box" and said the machines had been certified by international auditors in April.

Gantömör himself, speaking to reporters outside the GEC building, said his party would accept the outcome of the recount "whatever it is". But he warned that if irregularities were found, "those responsible will answer for it in court".

Prime Minister Gombojavyn Zandanshatar, whose Mongolian People's Party (MPP) leads the preliminary count, told the state news agency Montsame that the party had "nothing to hide" and welcomed the recount. He rejected the opposition's allegations as "baseless".

The GEC chairman, Puntsagiin Sodnomdarjaa, said counting would begin on Tuesday and be completed "within five working days".

Foreign reaction, as reported by Montsame, was measured. The US embassy in Ulaanbaatar said it "supports the GEC's decision to ensure full transparency" and called on all parties to "respect the process and refrain from inflammatory statements". Japan's ambassador, Kenji Okamura, met the GEC chairman on Friday to discuss the recount, according to the Japanese embassy.

Across the southern border, China's Global Times ran a short commentary warning against "foreign forces" using the dispute to destabilise Mongolia, without naming any country. Russia's RIA Novosti quoted an unnamed Russian diplomat in Ulaanbaatar as saying that Moscow "hopes for a calm and lawful resolution".

The observation mission of the Organization for Security and Co-operation in Europe (OSCE) said in its preliminary statement last Thursday that the vote had been "competitive and generally well administered", but it noted "a lack of transparency" in the electronic tabulation of results.

The MPP won 68 of the 126 seats in the 2024 election, the first held under a mixed electoral system."""

build(
    "recount-mongolia-2026-06-29", RECOUNT,
    actors=[
        A("Mongolia", "country", "MNG", aliases=["Mongolian", "Mongolia's"]),
        A("General Election Commission", "organization", "MNG", aliases=["GEC", "Mongolia's General Election Commission", "the commission"]),
        A("Democratic Party", "organization", "MNG", aliases=["the opposition Democratic Party", "the opposition", "his party"]),
        A("Ödriin Sonin", "organization", "MNG", aliases=["Odriin Sonin"]),
        A("Önöödör", "organization", "MNG", aliases=["Onoodor", "The pro-government Önöödör"]),
        A("Luvsannyamyn Gantömör", "person", "MNG", "leader of the Democratic Party", ["Gantömör", "Gantomor", "Democratic Party leader Luvsannyamyn Gantömör"], organization="Democratic Party"),
        A("Gombojavyn Zandanshatar", "person", "MNG", "Prime Minister", ["Zandanshatar", "Prime Minister Gombojavyn Zandanshatar"]),
        A("Mongolian People's Party", "organization", "MNG", aliases=["MPP", "The MPP", "the party"]),
        A("Montsame", "organization", "MNG", aliases=["the state news agency Montsame"]),
        A("Puntsagiin Sodnomdarjaa", "person", "MNG", "chairman of the General Election Commission", ["Sodnomdarjaa", "The GEC chairman", "the GEC chairman"], organization="General Election Commission"),
        A("United States", "country", "USA", aliases=["US", "The US embassy in Ulaanbaatar", "US embassy"]),
        A("Japan", "country", "JPN", aliases=["Japanese", "the Japanese embassy", "Japanese embassy"]),
        A("Kenji Okamura", "person", "JPN", "ambassador to Mongolia", ["Okamura", "Japan's ambassador"]),
        A("China", "country", "CHN", aliases=["China's"]),
        A("Global Times", "organization", "CHN", aliases=["China's Global Times"]),
        A("RIA Novosti", "organization", "RUS", aliases=["Russia's RIA Novosti"]),
        A("Russia", "country", "RUS", aliases=["Russian", "Moscow", "Russia's"]),
        A("Russian diplomat", "person", "RUS", "diplomat", ["an unnamed Russian diplomat in Ulaanbaatar"], anonymous=True),
        A("OSCE", "organization", None, aliases=["Organization for Security and Co-operation in Europe", "OSCE observation mission", "The observation mission of the Organization for Security and Co-operation in Europe"]),
        A("foreign forces", "group", None, aliases=[]),
    ],
    quotes=[
        Q("indirect", "vote-counting machines had been tampered with in last Wednesday's parliamentary election", "Democratic Party", "allege"),
        Q("partial", "the only way to save the credibility of the whole election", "Ödriin Sonin", "call"),
        Q("partial", "trying to win in the courts what he lost at the ballot box", "Önöödör", "accuse"),
        Q("indirect", "the machines had been certified by international auditors in April", "Önöödör", "say"),
        Q("indirect", "his party would accept the outcome of the recount \"whatever it is\"", "Luvsannyamyn Gantömör", "say", "press conference"),
        Q("partial", "whatever it is", "Luvsannyamyn Gantömör", "say", "press conference"),
        Q("partial", "those responsible will answer for it in court", "Luvsannyamyn Gantömör", "warn", "press conference"),
        Q("indirect", "the party had \"nothing to hide\"", "Gombojavyn Zandanshatar", "tell", "interview"),
        Q("partial", "nothing to hide", "Gombojavyn Zandanshatar", "tell", "interview"),
        Q("partial", "baseless", "Gombojavyn Zandanshatar", "reject"),
        Q("indirect", "counting would begin on Tuesday and be completed \"within five working days\"", "Puntsagiin Sodnomdarjaa", "say"),
        Q("partial", "within five working days", "Puntsagiin Sodnomdarjaa", "say"),
        Q("indirect", "it \"supports the GEC's decision to ensure full transparency\"", "United States", "say"),
        Q("partial", "supports the GEC's decision to ensure full transparency", "United States", "say"),
        Q("partial", "respect the process and refrain from inflammatory statements", "United States", "call"),
        Q("indirect", "Japan's ambassador, Kenji Okamura, met the GEC chairman on Friday to discuss the recount", "Japan", "according to"),
        Q("partial", "foreign forces", "Global Times", "warn"),
        Q("indirect", "Moscow \"hopes for a calm and lawful resolution\"", "Russian diplomat", "say"),
        Q("partial", "hopes for a calm and lawful resolution", "Russian diplomat", "say"),
        Q("indirect", "the vote had been \"competitive and generally well administered\"", "OSCE", "say", "statement"),
        Q("partial", "competitive and generally well administered", "OSCE", "say", "statement"),
        Q("partial", "a lack of transparency", "OSCE", "note", "statement"),
    ],
    dates=[
        D("Saturday", "DATE", "2026-06-27"),
        D("last Wednesday", "DATE", "2026-06-24"),
        D("over the weekend", "DATE", "2026-W26-WE"),
        D("Sunday", "DATE", "2026-06-28"),
        D("April", "DATE", "2026-04"),
        D("Tuesday", "DATE", "2026-06-30"),
        D("five working days", "DURATION", "P5D"),
        D("Friday", "DATE", "2026-06-26"),
        D("last Thursday", "DATE", "2026-06-25"),
        D("2024", "DATE", "2024"),
    ],
    stances=[
        S("Democratic Party", "accuse", None, evidence="alleged that vote-counting machines had been tampered with"),
        S("Ödriin Sonin", "support", "General Election Commission", evidence="called the recount \"the only way to save the credibility of the whole election\""),
        S("Ödriin Sonin", "appeal", "General Election Commission", "admit foreign observers", "urged the commission to let foreign observers watch it"),
        S("Önöödör", "accuse", "Luvsannyamyn Gantömör", evidence="accused Democratic Party leader Luvsannyamyn Gantömör of"),
        S("Luvsannyamyn Gantömör", "threaten", None, evidence="\"those responsible will answer for it in court\""),
        S("Gombojavyn Zandanshatar", "welcome", "General Election Commission", evidence="welcomed the recount"),
        S("Gombojavyn Zandanshatar", "reject", "Democratic Party", evidence="He rejected the opposition's allegations as \"baseless\""),
        S("United States", "support", "General Election Commission", evidence="it \"supports the GEC's decision to ensure full transparency\""),
        S("United States", "appeal", None, "restraint", "called on all parties to \"respect the process and refrain from inflammatory statements\""),
        S("Kenji Okamura", "consult", "Puntsagiin Sodnomdarjaa", evidence="met the GEC chairman on Friday to discuss the recount"),
        S("Global Times", "appeal", None, "no foreign interference", "warning against \"foreign forces\" using the dispute"),
        S("OSCE", "praise", "General Election Commission", evidence="\"competitive and generally well administered\""),
        S("OSCE", "criticize", "General Election Commission", evidence="it noted \"a lack of transparency\" in the electronic tabulation"),
    ],
    notes="Invented article (fourth development set; the recount, Sodnomdarjaa, Okamura and all quoted words are "
          "invented, the politicians used freely). Press roundup: newspapers are actors when they speak in their own "
          "voice (Ödriin Sonin's call, Önöödör's commentary, the Global Times commentary) and carriers when they only "
          "report others (Montsame carries Zandanshatar's interview and the foreign reactions; RIA Novosti quotes the "
          "diplomat: speaker the diplomat). Diacritics are kept in names, with ASCII aliases. The Democratic Party's "
          "allegation names no culprit (target null). Gantömör's acceptance of the outcome is no stance; his warning "
          "is a threat with no named target. The Global Times warning against 'foreign forces' is read as an appeal "
          "(as dev3 read 'warned against internationalising'). The Russian diplomat's 'hopes for' takes no stance (as "
          "dev3's Luxon 'hoped'). The OSCE both praises and criticises the administration of the vote (the GEC). "
          "'five working days' is P5D. 'the party' in Zandanshatar's paragraph is the MPP.",
)


# --------------------------------------------------------------------------- 5. Algeria summons the French ambassador over a minister's remarks (translated communiqué + agency follow-up)
SUMMONS = """ date 2026-03-12 [Unofficial translation from the French of a communiqué of the Ministry of Foreign Affairs, National Community Abroad and African Affairs, followed by our correspondent's report]

COMMUNIQUÉ

Algiers, 12 March 2026 — The Minister of State, Minister of Foreign Affairs, Mr Ahmed Attaf, this Thursday summoned the Ambassador of the French Republic in Algiers, Mr Stéphane Romatet, to convey to him the strong protest of the Algerian Government following the remarks made on Tuesday 10 March by the French Minister of the Interior, Mr Laurent Nuñez, on the radio station Europe 1.

During the meeting, the Minister expressed to the Ambassador Algeria's «categorical rejection» of statements which «insult the memory of the martyrs of the War of National Liberation and the dignity of the Algerian community in France».

The Minister recalled that Algeria «has always favoured dialogue and mutual respect» in its relations with France and that it «will not accept, under any circumstances, that its history be used for electoral purposes on the other side of the Mediterranean».

Algeria calls on the French authorities to «clarify officially and without delay» their position on these remarks, and reserves the right to take «all measures it deems appropriate» to preserve its interests and its dignity.

PARIS RESPONDS

In Paris, the foreign ministry said in the afternoon that the ambassador had taken note of the Algerian position. "France wishes to pursue a demanding and calm dialogue with Algeria," foreign ministry spokesman Pascal Confavreux told a press briefing, adding that the minister's words "were not aimed at the Algerian people".

Nuñez himself stood by his remarks. «I said nothing that is not in the history books», he told Le Parisien on Wednesday evening, accusing Algiers of "looking for a pretext" to keep blocking the readmission of Algerian nationals expelled from France.

The Speaker of the People's National Assembly, Ibrahim Boughali, condemned what he called "a provocation" and said parliament stood behind the government. The Movement of Society for Peace (MSP), the main Islamist opposition party, went further, urging the government to recall Algeria's ambassador from Paris.

Relations between the two countries have been strained since July 2024, when France backed Morocco's autonomy plan for Western Sahara. Algeria recalled its ambassador at the time; a new envoy took up his post in Paris only in January."""

build(
    "summons-algeria-france-2026-03-12", SUMMONS,
    actors=[
        A("Algeria", "country", "DZA", aliases=["Algerian", "Algiers", "Algerian Government", "the Algerian Government", "Ministry of Foreign Affairs, National Community Abroad and African Affairs", "Algeria's", "the government"]),
        A("France", "country", "FRA", aliases=["French", "Paris", "the French Republic", "French Republic", "the French authorities"]),
        A("Ahmed Attaf", "person", "DZA", "Minister of Foreign Affairs", ["Attaf", "Mr Ahmed Attaf", "the Minister", "The Minister"]),
        A("Stéphane Romatet", "person", "FRA", "Ambassador in Algiers", ["Romatet", "Stephane Romatet", "Mr Stéphane Romatet", "the Ambassador", "the ambassador"]),
        A("Laurent Nuñez", "person", "FRA", "Minister of the Interior", ["Nuñez", "Nunez", "Mr Laurent Nuñez", "the French Minister of the Interior"]),
        A("Europe 1", "organization", "FRA", aliases=[]),
        A("Pascal Confavreux", "person", "FRA", "foreign ministry spokesman", ["Confavreux"]),
        A("Le Parisien", "organization", "FRA", aliases=[]),
        A("Ibrahim Boughali", "person", "DZA", "Speaker of the People's National Assembly", ["Boughali"], organization="People's National Assembly"),
        A("People's National Assembly", "organization", "DZA", aliases=["parliament"]),
        A("Movement of Society for Peace", "organization", "DZA", aliases=["MSP"]),
        A("Morocco", "country", "MAR", aliases=["Morocco's"]),
    ],
    quotes=[
        Q("partial", "categorical rejection", "Ahmed Attaf", "express"),
        Q("partial", "insult the memory of the martyrs of the War of National Liberation and the dignity of the Algerian community in France", "Ahmed Attaf", "express"),
        Q("indirect", "Algeria «has always favoured dialogue and mutual respect» in its relations with France and that it «will not accept, under any circumstances, that its history be used for electoral purposes on the other side of the Mediterranean»", "Ahmed Attaf", "recall"),
        Q("partial", "has always favoured dialogue and mutual respect", "Ahmed Attaf", "recall"),
        Q("partial", "will not accept, under any circumstances, that its history be used for electoral purposes on the other side of the Mediterranean", "Ahmed Attaf", "recall"),
        Q("partial", "clarify officially and without delay", "Algeria", "call", "statement"),
        Q("partial", "all measures it deems appropriate", "Algeria", "reserve", "statement"),
        Q("indirect", "the ambassador had taken note of the Algerian position", "France", "say"),
        Q("direct", "France wishes to pursue a demanding and calm dialogue with Algeria,", "Pascal Confavreux", "tell", "press conference"),
        Q("indirect", "the minister's words \"were not aimed at the Algerian people\"", "Pascal Confavreux", "add", "press conference"),
        Q("partial", "were not aimed at the Algerian people", "Pascal Confavreux", "add", "press conference"),
        Q("direct", "I said nothing that is not in the history books", "Laurent Nuñez", "tell", "interview"),
        Q("partial", "looking for a pretext", "Laurent Nuñez", "accuse", "interview"),
        Q("partial", "a provocation", "Ibrahim Boughali", "call"),
        Q("indirect", "parliament stood behind the government", "Ibrahim Boughali", "say"),
    ],
    dates=[
        D("12 March 2026", "DATE", "2026-03-12"),
        D("this Thursday", "DATE", "2026-03-12"),
        D("Tuesday 10 March", "DATE", "2026-03-10"),
        D("the afternoon", "TIME", "2026-03-12TAF"),
        D("Wednesday evening", "TIME", "2026-03-11TEV"),
        D("July 2024", "DATE", "2024-07"),
        D("January", "DATE", "2026-01"),
    ],
    stances=[
        S("Ahmed Attaf", "criticize", "France", evidence="summoned the Ambassador of the French Republic in Algiers"),
        S("Ahmed Attaf", "reject", "Laurent Nuñez", evidence="Algeria's «categorical rejection» of statements"),
        S("Algeria", "demand", "France", "official clarification of the remarks", "Algeria calls on the French authorities to «clarify officially and without delay»"),
        S("Algeria", "threaten", "France", evidence="reserves the right to take «all measures it deems appropriate»"),
        S("Pascal Confavreux", "reject", "Algeria", evidence="the minister's words \"were not aimed at the Algerian people\""),
        S("Laurent Nuñez", "reject", "Algeria", evidence="Nuñez himself stood by his remarks"),
        S("Laurent Nuñez", "accuse", "Algeria", evidence="accusing Algiers of \"looking for a pretext\""),
        S("Ibrahim Boughali", "condemn", "Laurent Nuñez", evidence="condemned what he called \"a provocation\""),
        S("Ibrahim Boughali", "support", "Algeria", evidence="parliament stood behind the government"),
        S("Movement of Society for Peace", "appeal", "Algeria", "recall the ambassador from Paris", "urging the government to recall Algeria's ambassador from Paris"),
    ],
    notes="Invented article (fourth development set; the remarks, the summons and all quoted words are invented, the "
          "officials used freely). Translated-communiqué style: a bracketed translator's note, French guillemets « » "
          "with the punctuation outside, 'Mr' honorifics, 'this Thursday', 'Tuesday 10 March' (one DATE), then a "
          "correspondent's follow-up with straight quotes and one « » direct quote. The communiqué is Algeria's "
          "voice; the guillemet fragments reported after 'the Minister expressed/recalled' are Attaf's, those after "
          "'Algeria calls on ... reserves' are Algeria's. The summons is a criticism of France (as in dev2/dev3); the "
          "'categorical rejection' targets Nuñez's statements (target Nuñez). 'will not accept ... for electoral "
          "purposes' restates the rejection (one stance). Confavreux's wish for dialogue is no stance; his 'were not "
          "aimed at the Algerian people' rebuts the protest (reject Algeria). Nuñez 'stood by his remarks' (reject) "
          "and accuses Algiers. Boughali's 'parliament stood behind the government' is support of Algeria's "
          "government. France's 2024 backing of Morocco and Algeria's recall of its ambassador are background. "
          "'the afternoon' is the article's day; 'January' is January 2026.",
)


# --------------------------------------------------------------------------- 6. coolant leak at the Bushehr nuclear plant (short agency brief)
BUSHEHR = """ date 2026-04-22 Iran reports coolant leak at Bushehr plant, Gulf neighbours seek answers

TEHRAN/VIENNA, April 22 (dpa) - Iran's Atomic Energy Organization (AEOI) said on Wednesday that a "minor" coolant leak had forced the shutdown of the Bushehr nuclear power plant's only reactor overnight, and insisted that no radiation had been released.

AEOI spokesman Behrouz Kamalvandi told state broadcaster IRIB that the leak was detected at 02:30 local time (2300 GMT Tuesday) and "fully contained" within two hours. The reactor would stay offline for at least ten days for inspection, he said.

The International Atomic Energy Agency said Iran had informed it of the incident and that it was "in contact with the Iranian authorities". IAEA chief Rafael Grossi wrote on X that the agency's inspectors were ready to travel to Bushehr "at short notice" and called on Tehran to grant them access.

Kuwait, across the Gulf from the plant, said its monitoring stations had detected no abnormal radiation levels. Qatar's foreign ministry nevertheless expressed "deep concern" and urged Iran to share all information "with full transparency". Saudi Arabia called for an "urgent and independent" assessment by the IAEA.

Russia, whose state company Rosatom built the plant and supplies its fuel, played down the incident. "There is no threat to anyone," Rosatom chief Alexei Likhachev told reporters in Moscow, adding that Russian engineers were working alongside Iranian staff at the site.

Israel's foreign ministry, without offering evidence, accused Iran of "hiding the truth about a dangerous facility", a charge Tehran dismissed as "propaganda".

The United Arab Emirates, which runs its own nuclear plant at Barakah, said it was following developments "closely" and had switched its radiation monitoring network to emergency mode, the state news agency WAM reported.

Greenpeace called the leak "a reminder that an ageing reactor in an earthquake zone is a risk for the whole region" and demanded that the plant stay closed until IAEA inspectors had examined it.

Bushehr, which began commercial operation in 2013, has been shut down at least twice since 2021 for unexplained technical reasons."""

build(
    "leak-bushehr-iran-2026-04-22", BUSHEHR,
    actors=[
        A("Iran", "country", "IRN", aliases=["Iranian", "Tehran", "Iran's", "the Iranian authorities"]),
        A("Atomic Energy Organization of Iran", "organization", "IRN", aliases=["AEOI", "Iran's Atomic Energy Organization", "Atomic Energy Organization"]),
        A("Behrouz Kamalvandi", "person", "IRN", "AEOI spokesman", ["Kamalvandi", "AEOI spokesman Behrouz Kamalvandi"], organization="Atomic Energy Organization of Iran"),
        A("IRIB", "organization", "IRN", aliases=["state broadcaster IRIB"]),
        A("International Atomic Energy Agency", "organization", None, aliases=["IAEA", "The International Atomic Energy Agency", "the agency"]),
        A("Rafael Grossi", "person", None, "IAEA Director General", ["Grossi", "IAEA chief Rafael Grossi"], organization="International Atomic Energy Agency"),
        A("Kuwait", "country", "KWT", aliases=["Kuwaiti"]),
        A("Qatar", "country", "QAT", aliases=["Qatar's foreign ministry", "Qatari"]),
        A("Saudi Arabia", "country", "SAU", aliases=["Saudi"]),
        A("Russia", "country", "RUS", aliases=["Russian", "Moscow"]),
        A("Rosatom", "organization", "RUS", aliases=[]),
        A("Alexei Likhachev", "person", "RUS", "Rosatom chief", ["Likhachev", "Rosatom chief Alexei Likhachev"], organization="Rosatom"),
        A("Israel", "country", "ISR", aliases=["Israel's foreign ministry", "Israeli"]),
        A("United Arab Emirates", "country", "ARE", aliases=["The United Arab Emirates", "UAE", "Emirati"]),
        A("WAM", "organization", "ARE", aliases=["the state news agency WAM"]),
        A("Greenpeace", "organization", None, aliases=[]),
    ],
    quotes=[
        Q("indirect", "a \"minor\" coolant leak had forced the shutdown of the Bushehr nuclear power plant's only reactor overnight", "Atomic Energy Organization of Iran", "say"),
        Q("partial", "minor", "Atomic Energy Organization of Iran", "say"),
        Q("indirect", "no radiation had been released", "Atomic Energy Organization of Iran", "insist"),
        Q("indirect", "the leak was detected at 02:30 local time (2300 GMT Tuesday) and \"fully contained\" within two hours", "Behrouz Kamalvandi", "tell", "interview"),
        Q("partial", "fully contained", "Behrouz Kamalvandi", "tell", "interview"),
        Q("indirect", "The reactor would stay offline for at least ten days for inspection", "Behrouz Kamalvandi", "say", "interview"),
        Q("indirect", "Iran had informed it of the incident and that it was \"in contact with the Iranian authorities\"", "International Atomic Energy Agency", "say"),
        Q("partial", "in contact with the Iranian authorities", "International Atomic Energy Agency", "say"),
        Q("indirect", "the agency's inspectors were ready to travel to Bushehr \"at short notice\"", "Rafael Grossi", "write", "twitter"),
        Q("partial", "at short notice", "Rafael Grossi", "write", "twitter"),
        Q("indirect", "its monitoring stations had detected no abnormal radiation levels", "Kuwait", "say"),
        Q("partial", "deep concern", "Qatar", "express"),
        Q("partial", "with full transparency", "Qatar", "urge"),
        Q("partial", "urgent and independent", "Saudi Arabia", "call"),
        Q("direct", "There is no threat to anyone,", "Alexei Likhachev", "tell", "press conference"),
        Q("indirect", "Russian engineers were working alongside Iranian staff at the site", "Alexei Likhachev", "add", "press conference"),
        Q("partial", "hiding the truth about a dangerous facility", "Israel", "accuse"),
        Q("partial", "propaganda", "Iran", "dismiss"),
        Q("indirect", "it was following developments \"closely\" and had switched its radiation monitoring network to emergency mode", "United Arab Emirates", "say"),
        Q("partial", "closely", "United Arab Emirates", "say"),
        Q("partial", "a reminder that an ageing reactor in an earthquake zone is a risk for the whole region", "Greenpeace", "call"),
    ],
    dates=[
        D("April 22", "DATE", "2026-04-22"),
        D("Wednesday", "DATE", "2026-04-22"),
        D("overnight", "TIME", "2026-04-21TNI"),
        D("02:30", "TIME", "2026-04-22T02:30"),
        D("2300 GMT Tuesday", "TIME", "2026-04-21T23:00"),
        D("two hours", "DURATION", "PT2H"),
        D("ten days", "DURATION", "P10D"),
        D("2013", "DATE", "2013"),
        D("2021", "DATE", "2021"),
    ],
    stances=[
        S("Rafael Grossi", "appeal", "Iran", "access for inspectors", "called on Tehran to grant them access"),
        S("Qatar", "concern", None, "coolant leak", "expressed \"deep concern\""),
        S("Qatar", "appeal", "Iran", "transparency", "urged Iran to share all information \"with full transparency\""),
        S("Saudi Arabia", "appeal", None, "independent IAEA assessment", "called for an \"urgent and independent\" assessment by the IAEA"),
        S("Israel", "accuse", "Iran", evidence="accused Iran of \"hiding the truth about a dangerous facility\""),
        S("Iran", "reject", "Israel", evidence="a charge Tehran dismissed as \"propaganda\""),
        S("Greenpeace", "concern", None, "regional risk of the reactor", "a risk for the whole region"),
        S("Greenpeace", "demand", "Iran", "keep the plant closed until inspected", "demanded that the plant stay closed until IAEA inspectors had examined it"),
    ],
    notes="Invented article (fourth development set; the leak and all quoted words are invented, the officials used "
          "freely). Short agency brief with a headline and a double dateline 'TEHRAN/VIENNA, April 22 (dpa) -'. The "
          "AEOI is Iran's agency, kept as an organization actor. 'overnight' in a Wednesday report is the night of "
          "Tuesday to Wednesday (2026-04-21TNI, as dev3). '02:30 local time' is the article's day; '2300 GMT Tuesday' "
          "is one TIME; 'at least ten days' is annotated on 'ten days'. The IAEA's readiness and Kuwait's readings are "
          "information (no stance); Russia 'played down the incident' and Likhachev's 'no threat' take no stance "
          "toward anyone. 'the Iranian authorities' is an alias of Iran. The UAE's monitoring ('the state news agency WAM "
          "reported': WAM only carries it) takes no stance; Greenpeace's 'reminder ... a risk' is a concern and its "
          "demand that the plant stay closed targets Iran (the operator). Iran's dismissal is a present rejection of "
          "Israel's charge (unlike background denials).",
)


# --------------------------------------------------------------------------- 7. migrant boat capsizes off Djibouti (wire, AP-like)
BOAT = """ date 2026-08-11 DJIBOUTI (AP) — At least 63 migrants drowned when an overcrowded boat capsized in rough seas off the coast of Djibouti, the U.N. migration agency said Tuesday, the deadliest such disaster this year on the route between the Horn of Africa and Yemen.

The boat, carrying about 150 people, most of them Ethiopians heading home, left Yemen's southern coast on Sunday night and overturned near the town of Obock early Monday, according to the International Organization for Migration. Djibouti's coast guard rescued 41 survivors, and dozens of people are still missing.

"These are people who were fleeing abuse in Yemen and trying to get home. They should never have had to put their lives in the hands of smugglers," IOM Director General Amy Pope said in a statement.

She urged governments along the route to open "safe and legal pathways" for migrants and to crack down on trafficking networks.

Ethiopia's foreign ministry said it was "deeply saddened" by the loss of its citizens and would work with Djibouti to bring home the survivors and the bodies. Prime Minister Abiy Ahmed offered his condolences to the families in a post on Facebook.

Djibouti's government blamed smugglers operating from Yemen, who it said had "turned the Bab el-Mandeb into a graveyard." Interior Minister Said Nouh Hassan said police had arrested two suspected smugglers among the survivors.

In Yemen, the Houthi-run Ministry of Human Rights in Sanaa accused the Saudi-led coalition of creating the conditions that pushed migrants onto boats. The coalition did not respond to a request for comment.

The U.N. refugee agency and the European Union both called for an investigation. In Brussels, an EU spokesperson said the bloc "stands ready to support" Djibouti's efforts to save lives at sea.

Survivors described panic as the boat took on water. "The captain told us to sit still, then he jumped into the sea with a life jacket," said one survivor, a 19-year-old from Ethiopia's Oromia region, who asked not to be named for fear of reprisals. He spoke to The Associated Press from a hospital bed in Obock.

"We had nothing. We held on to each other until the morning."

The IOM estimates that more than 2,000 migrants have died or disappeared on the so-called Eastern Route since 2014."""

build(
    "boat-djibouti-yemen-2026-08-11", BOAT,
    actors=[
        A("International Organization for Migration", "organization", None, aliases=["IOM", "The IOM", "U.N. migration agency", "the U.N. migration agency"]),
        A("Djibouti", "country", "DJI", aliases=["Djibouti's government", "Djiboutian"]),
        A("Yemen", "country", "YEM", aliases=["Yemen's", "Yemeni"]),
        A("Ethiopia", "country", "ETH", aliases=["Ethiopia's foreign ministry", "Ethiopian", "Ethiopians"]),
        A("Djibouti coast guard", "organization", "DJI", aliases=["Djibouti's coast guard"]),
        A("Amy Pope", "person", None, "IOM Director General", ["Pope", "IOM Director General Amy Pope"], organization="International Organization for Migration"),
        A("Abiy Ahmed", "person", "ETH", "Prime Minister", ["Abiy", "Prime Minister Abiy Ahmed"]),
        A("smugglers", "group", None, aliases=["smugglers operating from Yemen"]),
        A("Said Nouh Hassan", "person", "DJI", "Interior Minister", ["Hassan", "Interior Minister Said Nouh Hassan"]),
        A("Djibouti police", "organization", "DJI", aliases=["police"]),
        A("Houthis", "group", "YEM", aliases=["Houthi", "the Houthi-run Ministry of Human Rights in Sanaa", "Houthi-run Ministry of Human Rights"]),
        A("Saudi-led coalition", "organization", "SAU", aliases=["the Saudi-led coalition", "The coalition", "coalition"]),
        A("UNHCR", "organization", None, aliases=["The U.N. refugee agency", "U.N. refugee agency"]),
        A("European Union", "organization", None, aliases=["EU", "the bloc"]),
        A("EU spokesperson", "person", None, "spokesperson", ["an EU spokesperson"], anonymous=True, organization="European Union"),
        A("Ethiopian survivor", "person", "ETH", "survivor", ["one survivor", "a 19-year-old from Ethiopia's Oromia region"], anonymous=True),
        A("Saudi Arabia", "country", "SAU", aliases=["Saudi"]),
    ],
    quotes=[
        Q("indirect", "At least 63 migrants drowned when an overcrowded boat capsized in rough seas off the coast of Djibouti", "International Organization for Migration", "say"),
        Q("indirect", "The boat, carrying about 150 people, most of them Ethiopians heading home, left Yemen's southern coast on Sunday night and overturned near the town of Obock early Monday", "International Organization for Migration", "according to"),
        Q("direct", "These are people who were fleeing abuse in Yemen and trying to get home. They should never have had to put their lives in the hands of smugglers,", "Amy Pope", "say", "statement"),
        Q("partial", "safe and legal pathways", "Amy Pope", "urge"),
        Q("indirect", "it was \"deeply saddened\" by the loss of its citizens and would work with Djibouti to bring home the survivors and the bodies", "Ethiopia", "say"),
        Q("partial", "deeply saddened", "Ethiopia", "say"),
        Q("partial", "turned the Bab el-Mandeb into a graveyard.", "Djibouti", "say"),
        Q("indirect", "police had arrested two suspected smugglers among the survivors", "Said Nouh Hassan", "say"),
        Q("indirect", "the bloc \"stands ready to support\" Djibouti's efforts to save lives at sea", "EU spokesperson", "say"),
        Q("partial", "stands ready to support", "EU spokesperson", "say"),
        Q("direct", "The captain told us to sit still, then he jumped into the sea with a life jacket,", "Ethiopian survivor", "say", "interview"),
        Q("direct", "We had nothing. We held on to each other until the morning.", "Ethiopian survivor", None, "interview"),
        Q("indirect", "more than 2,000 migrants have died or disappeared on the so-called Eastern Route since 2014", "International Organization for Migration", "estimate"),
    ],
    dates=[
        D("Tuesday", "DATE", "2026-08-11"),
        D("this year", "DATE", "2026"),
        D("Sunday night", "TIME", "2026-08-09TNI"),
        D("early Monday", "DATE", "2026-08-10"),
        D("the morning", "TIME", "2026-08-10TMO"),
        D("2014", "DATE", "2014"),
    ],
    stances=[
        S("Amy Pope", "appeal", None, "safe and legal pathways for migrants", "urged governments along the route to open \"safe and legal pathways\""),
        S("Amy Pope", "appeal", None, "crack down on trafficking networks", "to crack down on trafficking networks"),
        S("Ethiopia", "concern", None, "loss of its citizens", "it was \"deeply saddened\" by the loss of its citizens"),
        S("Djibouti", "accuse", "smugglers", evidence="blamed smugglers operating from Yemen"),
        S("Houthis", "accuse", "Saudi-led coalition", evidence="accused the Saudi-led coalition of creating the conditions"),
        S("UNHCR", "appeal", None, "investigation", "both called for an investigation"),
        S("European Union", "appeal", None, "investigation", "both called for an investigation"),
        S("European Union", "support", "Djibouti", evidence="the bloc \"stands ready to support\" Djibouti's efforts"),
    ],
    notes="Invented article (fourth development set; the disaster, the survivor and all quoted words are invented, the "
          "officials used freely). AP style: 'DJIBOUTI (AP) —', weekday without 'on' ('said Tuesday'), punctuation "
          "inside the closing quotation mark (partial quotes keep it). The lead's 'the U.N. migration agency' is the "
          "IOM. Pope's paragraph-opening 'She urged' carries her appeals; the anonymous survivor's quote continues in "
          "the next paragraph with no cue (same speaker); 'He spoke to The Associated Press' gives the channel "
          "(interview; the outlet is no actor). Ethiopia's 'work with Djibouti' is cooperation (no stance); Abiy's "
          "condolences take no stance. Djibouti blames the smugglers (a group actor). The Houthi-run ministry speaks "
          "for the Houthis. 'The coalition did not respond' is no stance. One call for an investigation by two holders "
          "gives two stances. 'until the morning' in the survivor's words is the morning of the capsizing (Monday). "
          "'19-year-old' is an age (not annotated).",
)


# --------------------------------------------------------------------------- 8. US sanctions on Nicaragua's central bank (broadcaster website)
BANK = """ date 2026-10-13 US sanctions Nicaragua's central bank as Managua vows 'dignified response'

The United States has imposed sanctions on Nicaragua's central bank, cutting it off from the US financial system in the toughest economic measure yet against the government of Co-Presidents Daniel Ortega and Rosario Murillo.

The US Treasury Department said on Tuesday that the Central Bank of Nicaragua had been used to "launder the proceeds of corruption" and to help senior officials evade earlier sanctions. US citizens and companies are now barred from doing business with the bank, and any of its assets under US jurisdiction are frozen.

"The Ortega-Murillo regime has turned a public institution into a private piggy bank," Treasury Secretary Scott Bessent said in a statement. "Today's action makes clear that there is a price for that."

Secretary of State Marco Rubio said Washington stood "with the Nicaraguan people" and called on the government in Managua to free the more than 70 political prisoners it holds.

The reaction in Managua was swift. Speaking in her daily address on state media, Murillo called the sanctions "an act of imperialist piracy" and said Nicaragua would give a "dignified response".

"They have tried for 200 years to bring us to our knees, and they have never succeeded," she said.

The central bank's president, Ovidio Reyes, told the official Radio Ya that the bank's reserves were "safe and diversified" and that the measure would not affect the stability of the córdoba. He did not say where the reserves were held.

Russia's foreign ministry condemned what it called "illegal unilateral sanctions" and said Moscow would keep cooperating with Nicaragua "in all areas". Cuba and Venezuela also expressed solidarity with Managua.

Economists were more cautious. "Nicaragua depends heavily on money sent home from the US, about a quarter of its economy," said Mariela Castillo, an economist at a consultancy in San José, Costa Rica. "Any disruption to those flows would hit ordinary families first."

The European Union said it was "analysing" the US decision. An EU official said the bloc had no plans to follow suit "for the time being".

Nicaragua's exiled opposition welcomed the move. Félix Maradiaga, a former presidential hopeful who was stripped of his citizenship in 2023, wrote on X that the sanctions hit "the regime's wallet, not the people"."""

build(
    "sanctions-nicaragua-centralbank-2026-10-13", BANK,
    actors=[
        A("United States", "country", "USA", aliases=["US", "Washington", "US Treasury Department", "The US Treasury Department", "Treasury Department"]),
        A("Nicaragua", "country", "NIC", aliases=["Nicaragua's", "Managua", "the government in Managua", "Ortega-Murillo regime", "The Ortega-Murillo regime", "Nicaraguan"]),
        A("Central Bank of Nicaragua", "organization", "NIC", aliases=["Nicaragua's central bank", "the bank", "The central bank", "central bank"]),
        A("Daniel Ortega", "person", "NIC", "Co-President", ["Ortega"]),
        A("Rosario Murillo", "person", "NIC", "Co-President", ["Murillo"]),
        A("Scott Bessent", "person", "USA", "Treasury Secretary", ["Bessent", "Treasury Secretary Scott Bessent"]),
        A("Marco Rubio", "person", "USA", "Secretary of State", ["Rubio", "Secretary of State Marco Rubio"]),
        A("Nicaraguan people", "group", "NIC", aliases=["the Nicaraguan people"]),
        A("Ovidio Reyes", "person", "NIC", "president of the Central Bank of Nicaragua", ["Reyes"], organization="Central Bank of Nicaragua"),
        A("Radio Ya", "organization", "NIC", aliases=["the official Radio Ya"]),
        A("Russia", "country", "RUS", aliases=["Russia's foreign ministry", "Moscow", "Russian"]),
        A("Cuba", "country", "CUB", aliases=["Cuban"]),
        A("Venezuela", "country", "VEN", aliases=["Venezuelan"]),
        A("Mariela Castillo", "person", "CRI", "economist", ["Castillo"]),
        A("European Union", "organization", None, aliases=["EU", "The European Union", "the bloc"]),
        A("EU official", "person", None, "official", ["An EU official"], anonymous=True, organization="European Union"),
        A("Nicaraguan opposition", "group", "NIC", aliases=["Nicaragua's exiled opposition", "exiled opposition"]),
        A("Félix Maradiaga", "person", "NIC", "opposition politician", ["Maradiaga", "Felix Maradiaga"]),
    ],
    quotes=[
        Q("indirect", "the Central Bank of Nicaragua had been used to \"launder the proceeds of corruption\" and to help senior officials evade earlier sanctions", "United States", "say"),
        Q("partial", "launder the proceeds of corruption", "United States", "say"),
        Q("direct", "The Ortega-Murillo regime has turned a public institution into a private piggy bank,", "Scott Bessent", "say", "statement"),
        Q("direct", "Today's action makes clear that there is a price for that.", "Scott Bessent", "say", "statement"),
        Q("indirect", "Washington stood \"with the Nicaraguan people\"", "Marco Rubio", "say"),
        Q("partial", "with the Nicaraguan people", "Marco Rubio", "say"),
        Q("partial", "an act of imperialist piracy", "Rosario Murillo", "call"),
        Q("indirect", "Nicaragua would give a \"dignified response\"", "Rosario Murillo", "say"),
        Q("partial", "dignified response", "Rosario Murillo", "say", n=1),
        Q("direct", "They have tried for 200 years to bring us to our knees, and they have never succeeded,", "Rosario Murillo", "say"),
        Q("indirect", "the bank's reserves were \"safe and diversified\" and that the measure would not affect the stability of the córdoba", "Ovidio Reyes", "tell", "interview"),
        Q("partial", "safe and diversified", "Ovidio Reyes", "tell", "interview"),
        Q("partial", "illegal unilateral sanctions", "Russia", "condemn"),
        Q("indirect", "Moscow would keep cooperating with Nicaragua \"in all areas\"", "Russia", "say"),
        Q("partial", "in all areas", "Russia", "say"),
        Q("direct", "Nicaragua depends heavily on money sent home from the US, about a quarter of its economy,", "Mariela Castillo", "say"),
        Q("direct", "Any disruption to those flows would hit ordinary families first.", "Mariela Castillo", "say"),
        Q("indirect", "it was \"analysing\" the US decision", "European Union", "say"),
        Q("partial", "analysing", "European Union", "say"),
        Q("indirect", "the bloc had no plans to follow suit \"for the time being\"", "EU official", "say"),
        Q("partial", "for the time being", "EU official", "say"),
        Q("indirect", "the sanctions hit \"the regime's wallet, not the people\"", "Félix Maradiaga", "write", "twitter"),
        Q("partial", "the regime's wallet, not the people", "Félix Maradiaga", "write", "twitter"),
    ],
    dates=[
        D("Tuesday", "DATE", "2026-10-13"),
        D("Today", "DATE", "2026-10-13"),
        D("daily", "SET", "P1D"),
        D("200 years", "DURATION", "P200Y"),
        D("for the time being", "DATE", "PRESENT_REF"),
        D("2023", "DATE", "2023"),
    ],
    stances=[
        S("United States", "accuse", "Nicaragua", evidence="had been used to \"launder the proceeds of corruption\""),
        S("Scott Bessent", "accuse", "Nicaragua", evidence="The Ortega-Murillo regime has turned a public institution into a private piggy bank"),
        S("Scott Bessent", "threaten", "Nicaragua", evidence="there is a price for that"),
        S("Marco Rubio", "support", "Nicaraguan people", evidence="Washington stood \"with the Nicaraguan people\""),
        S("Marco Rubio", "demand", "Nicaragua", "release of political prisoners", "called on the government in Managua to free the more than 70 political prisoners"),
        S("Rosario Murillo", "condemn", "United States", evidence="called the sanctions \"an act of imperialist piracy\""),
        S("Rosario Murillo", "threaten", "United States", evidence="Nicaragua would give a \"dignified response\""),
        S("Russia", "condemn", "United States", evidence="condemned what it called \"illegal unilateral sanctions\""),
        S("Russia", "support", "Nicaragua", evidence="Moscow would keep cooperating with Nicaragua \"in all areas\""),
        S("Cuba", "support", "Nicaragua", evidence="Cuba and Venezuela also expressed solidarity with Managua"),
        S("Venezuela", "support", "Nicaragua", evidence="Cuba and Venezuela also expressed solidarity with Managua"),
        S("Nicaraguan opposition", "welcome", "United States", evidence="Nicaragua's exiled opposition welcomed the move"),
        S("Félix Maradiaga", "support", "United States", evidence="the sanctions hit \"the regime's wallet, not the people\""),
    ],
    notes="Invented article (fourth development set; the sanctions, Castillo and all quoted words are invented, the "
          "officials used freely). Broadcaster-website style: headline with single quotes (its 'dignified response' "
          "is not annotated; the partial is the second occurrence, n=1), no dateline, article dated the Tuesday of the "
          "announcement, so Bessent's 'Today's' is that day. 'The US Treasury Department' speaks for the United States; "
          "'the Ortega-Murillo regime' and 'the government in Managua' are Nicaragua. Bessent's 'there is a price' is "
          "a threat. Murillo's '200 years' quote restates her condemnation (one stance). Reyes's reassurance takes no "
          "stance. Castillo (an economist) analyses: no stance. The EU's 'analysing' and the official's 'no plans to "
          "follow suit' are no stance (a negated alignment). The opposition's welcome and Maradiaga's post are two "
          "holders (as dev3 kept a movement and its leader). 'for the time being' is PRESENT_REF.",
)


if __name__ == "__main__":
    WRITER.report()
