"""Attribution: the speaker of each sentence, across quotes and paragraphs.

Documents written for this corpus in the shape of agency interviews and round-table reports
(Trend, Azernews, Report, APA, TASS): quotes with the attribution after the first sentence,
quotes running over paragraphs, pronouns, surnames and role references.
"""

from __future__ import annotations

import itertools
import random
import re

import pytest

from tracker.extract.attribution import (
    _BOUNDARY,
    _Cues,
    _may_end_titled_name,
    _titled_matches,
    _titled_pattern,
    _titled_people,
    _verb_spans,
    _words,
    attribute,
)

from .corpus_helpers import document


def _speakers(text: str) -> list[str | None]:
    doc = document(text)
    return [speaker.name for speaker in attribute(doc)]


CASES = [
    pytest.param(
        "Trade grew, Minister of Economy Mikayil Jabbarov said.",
        ["Mikayil Jabbarov"],
        id="title-name-said",
    ),
    pytest.param(
        "Trade grew, said Deputy Prime Minister Alexei Overchuk.",
        ["Alexei Overchuk"],
        id="said-title-name",
    ),
    pytest.param(
        "According to economist Elshad Mammadov, trade grew.",
        ["Elshad Mammadov"],
        id="according-to",
    ),
    pytest.param("Emin Aliyev noted that trade grew.", ["Emin Aliyev"], id="name-noted-that"),
    pytest.param("“Trade grew,” Mammadov stressed.", ["Mammadov"], id="quote-surname"),
    pytest.param(
        "Ambassador Mikhail Bocharnikov told Trend that trade grew.",
        ["Mikhail Bocharnikov"],
        id="told-agency",
    ),
    pytest.param(
        "Trade grew, the State Statistics Committee said.", [None], id="institution-is-null"
    ),
    pytest.param(
        "Trade grew, the Central Bank of Azerbaijan reported.", [None], id="central-bank-is-null"
    ),
    pytest.param("Trade grew in 2021, Trend reports.", [None], id="publisher-is-null"),
    pytest.param("Trade grew in 2021.", [None], id="no-attribution"),
    pytest.param(
        "Professor Elshad Mammadov said trade grew.\n\n“It will grow further,” he added.",
        ["Elshad Mammadov", "Elshad Mammadov"],
        id="he-is-last-speaker",
    ),
    pytest.param(
        "Emin Aliyev said President Ilham Aliyev's policy works.\n\n“Trade grew,” Aliyev added.",
        ["Emin Aliyev", "Emin Aliyev"],
        id="surname-is-the-speaking-namesake",
    ),
    pytest.param(
        "“Trade grew. It will grow further,” Mammadov said.",
        ["Mammadov", "Mammadov"],
        id="attribution-after-second-sentence",
    ),
    pytest.param(
        "“Trade grew,” Mammadov said.\n\n“It will grow further.”",
        ["Mammadov", "Mammadov"],
        id="quote-over-paragraphs",
    ),
    pytest.param(
        "Economist Elshad Mammadov said trade grew.\n\nThe expert stressed that it will grow.",
        ["Elshad Mammadov", "Elshad Mammadov"],
        id="role-reference-falls-back-to-last-speaker",
    ),
    pytest.param(
        "“Trade grew,” Trend's editor-in-chief Emin Aliyev said.\n\n"
        "“Economist Ivan Petrov agrees,” Petrov's colleague Anna Orlova said.\n\n"
        "“It will grow,” Trend's chief editor said.",
        ["Emin Aliyev", "Anna Orlova", "Emin Aliyev"],
        id="role-reference-chief-editor",
    ),
    pytest.param(
        "Interview with Iranian Ambassador Seyed Abbas Mousavi\n\n- How is trade?\n\n"
        "- Trade grew. It will grow further.",
        [None, None, "Seyed Abbas Mousavi", "Seyed Abbas Mousavi"],
        id="interview-answers-are-the-interviewee",
    ),
    pytest.param(
        "President Ilham Aliyev received Deputy Prime Minister Alexei Overchuk.\n\n"
        "The head of state noted that trade grew.",
        [None, "Ilham Aliyev"],
        id="head-of-state-is-the-president",
    ),
    pytest.param(
        "Minister of Economy Mikayil Jabbarov met his counterpart.\n\n“Trade grew,” he said.",
        [None, "Mikayil Jabbarov"],
        id="he-is-the-titled-person-before",
    ),
    pytest.param(
        "Economist Elshad Mammadov spoke.\n\nIn his words, exports rose by 10%.",
        [None, "Elshad Mammadov"],
        id="in-his-words",
    ),
    pytest.param(
        "“Trade grew,” Mammadov said.\n\nThe ministry published the data.",
        ["Mammadov", None],
        id="unquoted-narration-after-quote-is-null",
    ),
    pytest.param(
        "Deputy Trade Minister Şükrü Yılmaz said exports rose.\n\n“Imports fell,” Yılmaz added.",
        ["Şükrü Yılmaz", "Şükrü Yılmaz"],
        id="names-with-turkish-letters",
    ),
    pytest.param(
        "Finance Minister Kairat Mussin spoke in Astana on Monday.\n\n"
        "“The deficit will narrow,” Mussin told reporters.",
        [None, "Kairat Mussin"],
        id="surname-completed-without-the-title-before-it",
    ),
    pytest.param(
        "Central bank governor Tamar Beridze opened the forum.\n\n“Prices rose,” Beridze said.",
        [None, "Tamar Beridze"],
        id="surname-completed-after-lower-case-role",
    ),
    pytest.param(
        "Chairman of the Committee on Labour and Social Policy Musa Guliyev said wages rose.",
        ["Musa Guliyev"],
        id="committee-portfolio-words-are-not-the-name",
    ),
    pytest.param(
        "“Trade grew,” Minister of Digital Development and Transport Rashad Nabiyev told Report.",
        ["Rashad Nabiyev"],
        id="portfolio-words-before-name-after-quote",
    ),
    pytest.param(
        "Prime Minister Ali Asadov met Georgian Prime Minister Irakli Kobakhidze.\n\n"
        "Kobakhidze, in turn, said that trade had doubled.",
        [None, "Irakli Kobakhidze"],
        id="aside-between-speaker-and-verb",
    ),
    pytest.param(
        "Minister Parviz Shahbazov said trade grew.\n\nTrade will reach $5 billion, according "
        "to a memorandum signed during the visit of the Turkish president.",
        ["Parviz Shahbazov", None],
        id="according-to-a-document-signed-by-a-person",
    ),
    pytest.param(
        "According to the Bureau of Statistics of Uzbekistan, exports rose by 12%.",
        [None],
        id="according-to-a-bureau",
    ),
    pytest.param(
        "“Growth will slow next year,” said Raiffeisen senior economist Marta Kowalska.",
        ["Marta Kowalska"],
        id="said-company-title-name",
    ),
    pytest.param(
        "Georgian envoy: trade will double\n\n"
        "Georgia's Ambassador to Kazakhstan Giorgi Tsikolia spoke to Trend about trade.\n\n"
        "Question: How is trade developing?\n\n"
        "Answer: Trade grew by 20 percent last year.\n\n"
        "We also expect more tourists.\n\n"
        "Question: And investment?\n\n"
        "Answer: It is growing.",
        [
            "Giorgi Tsikolia",
            None,
            None,
            "Giorgi Tsikolia",
            "Giorgi Tsikolia",
            None,
            "Giorgi Tsikolia",
        ],
        id="question-answer-interview-with-headline-role",
    ),
    pytest.param(
        "Romanian envoy: trade can reach $1 billion\n\n"
        "Ambassador of Romania to Azerbaijan Daniel Cristian Ciobanu answered APA's questions."
        "\n\n- Mr. Ambassador, how do you assess trade?\n\n"
        "- It grew by 15 percent last year.\n\n"
        "We can bring it to $1 billion.\n\n"
        "- And gas?\n\n"
        "- We receive about 1 million cubic metres a day.",
        [
            "Daniel Cristian Ciobanu",
            None,
            None,
            "Daniel Cristian Ciobanu",
            "Daniel Cristian Ciobanu",
            None,
            "Daniel Cristian Ciobanu",
        ],
        id="dash-led-question-answer-interview",
    ),
    pytest.param(
        "Trade grew.\n\n- Exports rose.\n\n- Imports fell.\n\nWhy did it grow? Nobody knows.",
        [None, None, None, None, None],
        id="dashed-list-is-no-interview",
    ),
    pytest.param(
        "Trade is expected to exceed $90 billion this year, said Zhang Wei, a researcher.",
        ["Zhang Wei"],
        id="passive-expected-is-no-speech-verb",
    ),
    pytest.param(
        "Public debt is expected to fall to 37.5% of GDP, Minister Lasha Khutsishvili said.\n\n"
        "Its cost is estimated at about 3.5 billion euros, he said.",
        ["Lasha Khutsishvili", "Lasha Khutsishvili"],
        id="passive-before-the-speech-verb",
    ),
    pytest.param(
        "Pakistan's Ambassador to Azerbaijan Qasim Mohiuddin spoke to APA.\n\n"
        "Mohiuddin, a career diplomat who took up his post in 2023, believes trade is low.\n\n"
        "“Our trade was only $29 million.\n\n"
        "“We can increase it tenfold,” he said.",
        [None, "Qasim Mohiuddin", "Qasim Mohiuddin", "Qasim Mohiuddin"],
        id="subject-before-a-describing-aside",
    ),
    pytest.param(
        "Growth will reach 3.2%, according to the World Economic Outlook report released on "
        "Tuesday.\n\nAccording to the Medium-Term Program, the target for 2025 is $267 billion.",
        [None, None],
        id="according-to-a-document-is-nobody",
    ),
    pytest.param(
        "According to head of the Export Promotion Agency Anna Ahmadov, 163 companies operate."
        "\n\nTrade grew, according to Ivan Petrov's report.",
        ["Anna Ahmadov", "Ivan Petrov"],
        id="according-to-a-person-of-a-body-or-their-report",
    ),
    pytest.param(
        "The government expects growth of 4.1% this year, Minister Nurlan Baibazarov said.",
        ["Nurlan Baibazarov"],
        id="a-person-after-a-body-in-one-sentence",
    ),
    pytest.param(
        "Georgian Ambassador to Azerbaijan Levan Gogishvili spoke to Azernews.\n\n"
        "Q: How is the economy doing?\n\n"
        "A: It grew by 7.5% last year, and the National Bank expects growth of 5% in 2024.",
        [None, None, "Levan Gogishvili"],
        id="a-body-inside-an-answer-is-the-interviewees-word",
    ),
    pytest.param(
        "Output expanded 6.6 percent, the National Bureau of Statistics (NBS) said Friday.\n\n"
        "Trade grew, said May Johnson.",
        [None, "May Johnson"],
        id="a-weekday-is-no-name",
    ),
    pytest.param(
        "Putin, the Russian president, said trade grew.",
        ["Putin"],
        id="subject-before-an-appositive-role",
    ),
    pytest.param(
        "Trade will grow, Deputy Chairman of the Cabinet of Ministers Daniyar Amangeldiev said.",
        ["Daniyar Amangeldiev"],
        id="plural-title-is-no-name",
    ),
    pytest.param(
        "Trade grew, Ambassador of Italy to Azerbaijan Giovanni Rossetti said.",
        ["Giovanni Rossetti"],
        id="envoy-post-then-name",
    ),
    pytest.param(
        "The Chairman of Azerbaijan Railways, Rovshan Rustamov, said trade grew.\n\n"
        "“It will grow,” the chairman said.",
        ["Rovshan Rustamov", "Rovshan Rustamov"],
        id="company-post-comma-name",
    ),
    pytest.param(
        "Oil prices: Brent rose to $80 a barrel.\n\nThe data was published on Monday.",
        [None, None],
        id="colon-after-a-topic-is-no-speaker",
    ),
    pytest.param(
        "Mikheil Kavelashvili: exports will grow\n\nExports rose by 5 percent.",
        ["Mikheil Kavelashvili", None],
        id="headline-name-colon",
    ),
]


_DASHED_INTERVIEW = (
    "\n\n- Mr. Minister, how do you assess trade?\n\n- It grew by 12 percent last year."
    "\n\n- And investment?\n\n- It reached $400 million."
)


@pytest.mark.parametrize(
    ("lead", "interviewee"),
    [
        pytest.param(
            "Report presents an interview with Kazakhstan's Minister of Trade, Integration and "
            "Industry Arman Shakkaliyev.",
            "Arman Shakkaliyev",
            id="interview-with-a-ministry-named-with-commas",
        ),
        pytest.param(
            "Energy Minister Parviz Shahbazov answered the questions of APA.",
            "Parviz Shahbazov",
            id="answered-the-questions-of",
        ),
        pytest.param(
            "In an interview with Azernews, Chairman of the Caspian Shipping Company Rauf "
            "Valiyev spoke about freight.",
            "Rauf Valiyev",
            id="in-an-interview-with-the-agency",
        ),
        pytest.param(
            "Interview by Leyla Hasanova\n\nTrend presents an interview with Head of the "
            "Customs Service Kanat Ermekov.",
            "Kanat Ermekov",
            id="the-journalist-is-not-the-interviewee",
        ),
        pytest.param(
            "Uzbekistan's Minister of Energy and Mining Industry Otabek Rakhimov told Trend "
            "about the sector.",
            "Otabek Rakhimov",
            id="told-the-agency",
        ),
        pytest.param(
            "Dilshod Akramov: exports to Azerbaijan can double\n\nTrend presents an interview "
            "with Uzbekistan's Deputy Minister of Investment, Industry and Trade.",
            "Dilshod Akramov",
            id="headline-name-colon",
        ),
    ],
)
def test_dashed_interview_answers_are_the_interviewees(lead: str, interviewee: str) -> None:
    """An interview's lead names the interviewee in the agencies' usual ways; every answer is
    theirs (it was null when the lead's title held a comma or only the headline named them)."""
    speakers = _speakers(lead + _DASHED_INTERVIEW)
    assert speakers[-4:] == [None, interviewee, None, interviewee]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Presidents Kassym-Jomart Tokayev and Sadyr Japarov met in Astana.\n\n"
            "“Trade grew by 20 percent,” Tokayev said.",
            [None, "Kassym-Jomart Tokayev"],
            id="plural-title-before-a-first-name",
        ),
        pytest.param(
            "Ministers Mikayil Jabbarov and Rustam Azimov met in Tashkent.\n\n"
            "“Trade will double,” Jabbarov said.",
            [None, "Mikayil Jabbarov"],
            id="plural-minister-before-a-first-name",
        ),
        pytest.param(
            "“Output rose by 9 percent,” Minister of Mining and Geological Exploration Ruslan "
            "Usenov told journalists.",
            ["Ruslan Usenov"],
            id="body-words-before-a-name",
        ),
        pytest.param(
            "“Visitors will double,” Minister of Culture and Heritage Lina Orlova said.",
            ["Lina Orlova"],
            id="a-body-word-after-and-before-a-name",
        ),
        pytest.param(
            "“Exports rose,” Minister of Economy Mikayil Jabbarov said.",
            ["Mikayil Jabbarov"],
            id="a-two-word-name-after-a-body",
        ),
    ],
)
def test_name_boundaries(text: str, expected: list) -> None:
    """A plural title or the last word of a body's name is no part of the person's name."""
    assert _speakers(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "“Exports rose,” Minister Elnur Aliyev said.\n\n"
            "CIS Secretary General Sergei Lebedev then took the floor. According to him, trade "
            "in the CIS grew by 6% last year.",
            ["Elnur Aliyev", None, "Sergei Lebedev"],
            id="according-to-him-after-took-the-floor",
        ),
        pytest.param(
            "“Prices rose,” Governor Taleh Kazimov said.\n\n"
            "Deputy Minister of Finance Samir Sharifov presented the budget. Revenues will reach "
            "$20 billion, he said.",
            ["Taleh Kazimov", None, "Samir Sharifov"],
            id="he-said-after-presented",
        ),
        pytest.param(
            "Turkish President Recep Tayyip Erdogan arrived in Baku.\n\n"
            "“Prices rose,” President Ilham Aliyev said.\n\n"
            "Erdogan also invited Azerbaijani firms to Türkiye. “Our trade will reach $15 "
            "billion,” he said.",
            [None, "Ilham Aliyev", None, "Recep Tayyip Erdogan"],
            id="a-surname-subject-mentioned-with-a-title",
        ),
        pytest.param(
            "“Trade grew,” Minister Elnur Aliyev said.\n\n"
            "The delegation of Georgia arrived in Baku. “It will grow further,” he said.",
            ["Elnur Aliyev", None, "Elnur Aliyev"],
            id="a-sentence-without-a-person-subject-keeps-the-last-speaker",
        ),
        pytest.param(
            "“Trade grew,” Minister Elnur Aliyev said.\n\n"
            "Prime Minister Ali Asadov and Kakha Kaladze met in Baku. “It will grow,” he said.",
            ["Elnur Aliyev", None, "Elnur Aliyev"],
            id="two-subjects-keep-the-last-speaker",
        ),
    ],
)
def test_pronoun_goes_to_the_subject_of_the_sentence_before(text: str, expected: list) -> None:
    """A "he" is the person the narration just before opens with, introduced by any verb
    ("took the floor", "presented"), not the earlier speaker (as it was)."""
    assert _speakers(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Russian Deputy Prime Minister Marat Khusnullin, co-chair of the commission, said "
            "that trade grew by 12 percent.",
            ["Marat Khusnullin"],
            id="co-chair-of-the-commission",
        ),
        pytest.param(
            "Mikayil Jabbarov, Minister of Economy, noted that exports rose by 8 percent.",
            ["Mikayil Jabbarov"],
            id="capitalised-post",
        ),
        pytest.param(
            "Economist Vugar Bayramov said prices rose.\n\n"
            "Bayramov, 48, added that wages grew by 10 percent.",
            ["Vugar Bayramov", "Vugar Bayramov"],
            id="age",
        ),
        pytest.param(
            "Kamran Aliyev, head of the Baku Stock Exchange, said turnover doubled.",
            ["Kamran Aliyev"],
            id="head-of-a-body",
        ),
        pytest.param(
            "Exports, imports and transit, the ministry said, all grew.",
            [None],
            id="a-list-is-no-post",
        ),
    ],
)
def test_subject_before_a_post_or_age_aside(text: str, expected: list) -> None:
    """A subject's post or age set off by commas before the verb leaves the subject the
    speaker (it gave no speaker)."""
    assert _speakers(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Georgian Prime Minister Irakli Kobakhidze said trade grew.\n\n"
            "“Transit rose,” Governor Taleh Kazimov said.\n\n"
            "The Georgian premier said tourism rose. He added that exports grew by 9 percent.",
            ["Irakli Kobakhidze", "Taleh Kazimov", "Irakli Kobakhidze", "Irakli Kobakhidze"],
            id="he-after-the-premier",
        ),
        pytest.param(
            "Ambassador Levan Gogishvili said trade grew.\n\n"
            "“Tourism rose,” Minister Parviz Shahbazov said.\n\n"
            "The ambassador noted that transit rose. “It will grow,” he said.",
            ["Levan Gogishvili", "Parviz Shahbazov", "Levan Gogishvili", "Levan Gogishvili"],
            id="he-after-the-ambassador",
        ),
    ],
)
def test_pronoun_after_a_role_reference_is_that_person(text: str, expected: list) -> None:
    """A role ("the premier") names who speaks next as "he" too (it was the last named)."""
    assert _speakers(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Output will reach 40 million tonnes, operator Karachaganak said.",
            [None],
            id="operator-company",
        ),
        pytest.param("Loans grew by 20%, lender Halyk said on Monday.", [None], id="lender"),
        pytest.param(
            "Profit rose by 12 percent, state miner Kazatomprom reported.", [None], id="miner"
        ),
        pytest.param(
            "Oil demand will grow, Saudi Energy Minister Prince Abdulaziz bin Salman said.",
            ["Prince Abdulaziz bin Salman"],
            id="a-name-particle-is-no-common-noun",
        ),
        pytest.param(
            "Economist Vugar Bayramov spoke.\n\nPrices rose, economist Bayramov said.",
            [None, "Vugar Bayramov"],
            id="a-title-before-a-surname-is-a-person",
        ),
    ],
)
def test_one_word_name_after_a_common_noun_is_a_company(text: str, expected: list) -> None:
    """In "operator X said", X is a company, no person (it was taken for a surname)."""
    assert _speakers(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Trade will double, Kazakh President Kassym-Jomart Tokayev said after talks with his "
            "Kyrgyz counterpart Sadyr Japarov.\n\n"
            "“Trade grew by 15 percent,” Tokayev said.\n\n"
            "Japarov said exports rose. “We aim to reach $5 billion,” the Kyrgyz president said.",
            ["Kassym-Jomart Tokayev", "Kassym-Jomart Tokayev", "Sadyr Japarov", "Sadyr Japarov"],
            id="counterpart-by-nationality",
        ),
        pytest.param(
            "Azerbaijani Economy Minister Mikayil Jabbarov and Minister of Economy of Georgia "
            "Levan Davitashvili met in Baku.\n\n"
            "Jabbarov said trade grew by 10 percent.\n\n"
            "Davitashvili said transit rose.\n\n"
            "The Azerbaijani minister noted that exports grew by 4 percent.",
            [None, "Mikayil Jabbarov", "Levan Davitashvili", "Mikayil Jabbarov"],
            id="minister-of-a-country",
        ),
        pytest.param(
            "Shavkat Mirziyoyev, the President of Uzbekistan, said trade grew.\n\n"
            "Russian President Vladimir Putin said gas supplies rose by 8 percent.\n\n"
            "According to the Uzbek leader, investment rose by 20 percent.",
            ["Shavkat Mirziyoyev", "Vladimir Putin", "Shavkat Mirziyoyev"],
            id="apposition-and-according-to",
        ),
        pytest.param(
            "Turkish Trade Minister Omer Bolat said exports grew.\n\n"
            "Iranian Minister of Industry Mohammad Atabak said imports rose.\n\n"
            "The Turkish minister said trade reached $6 billion.",
            ["Omer Bolat", "Mohammad Atabak", "Omer Bolat"],
            id="not-the-last-minister",
        ),
    ],
)
def test_role_with_a_nationality_is_the_person_of_that_country(text: str, expected: list) -> None:
    """ "The Uzbek president said" is the one introduced with Uzbekistan, not the last
    president to speak (it was the last speaker with the role)."""
    assert _speakers(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Deputy Minister Anar Guliyev said transit grew.\n\n"
            '"Cargo rose by 12% this year. We handled 5 million tonnes.\n\n'
            'We expect 7 million tonnes in 2026. The new port will help," the deputy minister '
            "added.",
            ["Anar Guliyev"] * 5,
            id="straight-marks",
        ),
        pytest.param(
            "“Lending grew by 9%,” Governor Timur Suleimenov said.\n\n"
            "“Inflation slowed to 8%. Rates will fall.\n\n"
            "We see 6% in 2026. Growth will hold,” the governor said. Banks lent more.",
            ["Timur Suleimenov"] * 5 + [None],
            id="curly-marks",
        ),
    ],
)
def test_a_paragraph_that_opens_by_closing_a_quote_is_quoted(text: str, expected: list) -> None:
    """A paragraph whose first quote mark closes a quote run on from the one before is
    quoted up to it, and the attribution after it is read (it was masked as quoted)."""
    assert _speakers(text) == expected


@pytest.mark.parametrize(
    "closing",
    [
        'Imports will reach $2 billion by 2027," economist Vugar Bayramov added.',
        "Imports will reach $2 billion by 2027,” economist Vugar Bayramov added.",
        'Imports will reach $2 billion," Vugar Bayramov, an economist, said.',
    ],
)
def test_the_attribution_after_a_closing_mark_is_read(closing: str) -> None:
    """A one-sentence paragraph closing a quote names its speaker where it closes (it was
    masked, and the speaker carried from the paragraph before, with no attribution span)."""
    doc = document(f'Economist Vugar Bayramov spoke.\n\n"Exports grew by 7%.\n\n{closing}')
    speaker = attribute(doc)[-1]
    assert (speaker.name, speaker.explicit) == ("Vugar Bayramov", True)
    assert "Bayramov" in doc.text[speaker.start : speaker.end]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Azerbaijan-Georgia trade may reach $2 bln — Aliyev\n\n"
            "BAKU. Trade with Georgia grew by 10%, President Ilham Aliyev said.",
            ["Ilham Aliyev", None, "Ilham Aliyev"],
            id="dash-surname",
        ),
        pytest.param(
            "Kazakhstan's GDP to grow 5% in 2025 – minister\n\n"
            "ASTANA. Minister of National Economy Serik Zhumangarin said GDP would grow 5%.",
            ["Serik Zhumangarin", None, "Serik Zhumangarin"],
            id="dash-role",
        ),
        pytest.param(
            "Exports to Russia up 20% - Uzbek minister\n\n"
            "Russian Minister Maxim Reshetnikov and Uzbek Minister of Investment "
            "Laziz Kudratov met. Exports grew by 20%, Kudratov said.",
            ["Laziz Kudratov", None, "Laziz Kudratov"],
            id="dash-role-with-nationality",
        ),
        pytest.param(
            "Erdogan: trade with Iraq will reach $30 billion\n\n"
            "ANKARA. Trade will grow, Turkish President Recep Tayyip Erdogan said.",
            ["Recep Tayyip Erdogan", None, "Recep Tayyip Erdogan"],
            id="colon-surname",
        ),
        pytest.param(
            "Oil exports rose in 2024 more than expected - Satkaliyev\n\n"
            "ASTANA. Exports rose by 4%, Energy Minister Almasadam Satkaliyev said.",
            ["Almasadam Satkaliyev", None, "Almasadam Satkaliyev"],
            id="dash-after-a-verb-with-no-person",
        ),
        pytest.param(
            "Inflation slows to 8% — Central Bank\n\nInflation slowed, the Central Bank said.",
            [None, None],
            id="dash-body",
        ),
        pytest.param(
            "Oil output to fall in 2025 — OPEC\n\nOutput will fall by 2%.",
            [None, None],
            id="dash-acronym",
        ),
        pytest.param(
            "Trade grew by 5% in 2024 - Ankara - Baku route\n\nTrade grew by 5%.",
            [None, None],
            id="dash-place",
        ),
    ],
)
def test_headline_speaker_after_a_dash_or_before_a_colon(text: str, expected: list) -> None:
    """ "… — Putin", "… – minister", "Putin: …": the headline's speaker is the person the
    article names so (a surname alone or a dash speaker was no speaker)."""
    assert _speakers(text)[: len(expected)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "According to Deputy Minister Elnur Aliyev, exports rose by 8%. Imports grew by 3%.",
            ["Elnur Aliyev", "Elnur Aliyev"],
            id="according-to",
        ),
        pytest.param(
            "Minister Nurlan Baimukhanov spoke.\n\n"
            "In his words, transit rose by 9%. Cargo grew by 4 percent. Prices rose by 2%.",
            [None, "Nurlan Baimukhanov", "Nurlan Baimukhanov", None],
            id="one-sentence-only",
        ),
        pytest.param(
            "According to the Statistics Committee, exports rose by 8%. Imports grew by 3%.",
            [None, None],
            id="a-body-reports-no-person",
        ),
        pytest.param(
            "According to economist Ivan Petrov, exports rose by 8%.\n\nImports grew by 3%.",
            ["Ivan Petrov", None],
            id="not-over-paragraphs",
        ),
        pytest.param(
            "Exports rose by 8%, according to analyst Ivan Petrov. Imports grew by 3%.",
            ["Ivan Petrov", None],
            id="only-when-the-sentence-opens-so",
        ),
    ],
)
def test_reported_speech_runs_on_to_the_next_sentence(text: str, expected: list) -> None:
    """The sentence right after one opening "According to X," in the same paragraph is X's
    too (it had no speaker); one further, or after a body's report, is not."""
    assert _speakers(text) == expected


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_speakers(text: str, expected: list) -> None:
    assert _speakers(text) == expected


_PIECES = ["said", "told", "told reporters", "pointed out", "out", "Trend", "noted", "x", "é"]
_GAPS = ["", " ", "  ", "\n", '"', "“", ",", "_", "-", "\u00a0"]


def _random_texts(count: int) -> list[str]:
    rng = random.Random(3)
    return [
        "".join(rng.choice(_PIECES) + rng.choice(_GAPS) for _ in range(rng.randint(1, 12)))
        for _ in range(count)
    ]


def test_verb_spans_are_the_verb_matches() -> None:
    words = _words()
    for text in _random_texts(3000):
        expected = [match.span() for match in words.verbs.finditer(text)]
        assert list(_verb_spans(text, words)) == expected, text


def test_verb_spans_up_to_a_stop_are_the_full_scans() -> None:
    words = _words()
    rng = random.Random(6)
    for text in _random_texts(3000):
        stop = rng.randrange(len(text) + 1)
        full = [span for span in _verb_spans(text, words) if span[0] < stop]
        assert [s for s in _verb_spans(text, words, stop) if s[0] < stop] == full, (text, stop)


def test_verb_scan_from_the_cue_finds_what_a_full_scan_finds() -> None:
    words = _words()
    rng = random.Random(4)
    for text in _random_texts(3000):
        cuts = sorted({0, len(text), *(rng.randrange(len(text) + 1) for _ in range(3))})
        cues = _Cues(text, words)
        for start, end in itertools.pairwise(cuts):
            verb_from = cues.within(start, end)
            raw = text[start:end]
            if verb_from > 0:
                full = [match.span() for match in words.verbs.finditer(raw)]
                assert [m.span() for m in words.verbs.finditer(raw, verb_from)] == full, text


def test_boundary_pattern_matches_as_plainly_written() -> None:
    plain = re.compile(r"[,;:()\n]|\bthat\b|\band\b(?=\s+[a-z])|\s{3,}")
    rng = random.Random(5)
    pieces = [" ", "  ", "\n", "\t", "\u00a0", "that", "and", "a", "t", "x", "é", "_", ",", "("]
    for _ in range(20000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 14)))
        spans = [m.span() for m in _BOUNDARY.finditer(text)]
        assert spans == [m.span() for m in plain.finditer(text)], text


def test_titled_matches_are_the_pattern_matches() -> None:
    pieces = ["Minister", "minister", "MINISTER", "Head", "head-", "-head", "editor-in-chief"]
    pieces += [" of ", " to ", " the ", "Azerbaijan", " Ivan Petrov", " ", ",", "(", "x", "é"]
    pieces += ["\n", "ſ", "Secretary", "İ", "Adviser to the President Ilham Aliyev", "ahead"]
    rng = random.Random(6)
    for _ in range(20000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(1, 10)))
        expected = [(m.span(), m.groupdict()) for m in _titled_pattern().finditer(text)]
        assert [(m.span(), m.groupdict()) for m in _titled_matches(text)] == expected, text


def test_a_name_no_titled_person_may_end_with_is_none_of_theirs() -> None:
    pieces = ["Minister", "Head", " of ", " the ", "Azerbaijan", " Ivan Petrov", " Petrov", " "]
    pieces += ["\n", ".", ",", "At", " At", "Ali", "\u00a0", "x", "’", "-", "Petrov's", "Ö"]
    rng = random.Random(7)
    words = _words()
    for _ in range(20000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(1, 12)))
        last = {name.split()[-1] for _, name, _ in _titled_people(text, words)}
        for word in ("Petrov", "At", "Ali", "Petrov's", "Ö"):
            if word in last:
                assert _may_end_titled_name(text, word), (text, word)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Minister Arman Kuatov opened the forum. Below are excerpts from his speech.\n\n"
            '"Dear colleagues! Exports grew by 9% last year. Imports fell by 3%.\n\n'
            'Investment reached $2 billion," Kuatov said.',
            [None, None, "Arman Kuatov", "Arman Kuatov", "Arman Kuatov", "Arman Kuatov"],
            id="closing-paragraph-without-opening-mark",
        ),
        pytest.param(
            "The governor spoke at the bank's annual meeting.\n\n"
            '"Inflation slowed to 7% in March.\n\n'
            '"Lending rose by 12%.\n\n'
            '"We will keep rates on hold," Governor Timur Suleimenov said.',
            [None, "Timur Suleimenov", "Timur Suleimenov", "Timur Suleimenov"],
            id="each-paragraph-reopens-the-quote",
        ),
        pytest.param(
            "Exports rose, Minister Ali Karimov said.\n\n"
            '"Oil output will reach 30 million tonnes.\n\n'
            'Gas output will grow too," Deputy Minister Vusal Aliyev added.',
            ["Ali Karimov", "Vusal Aliyev", "Vusal Aliyev"],
            id="the-closing-attribution-beats-the-previous-speaker",
        ),
        pytest.param(
            '"Trade grew by 5%," Kuatov said.\n\n"Imports fell by 2%.\n\nPrices rose by 3%.',
            ["Kuatov", "Kuatov", None],
            id="a-quote-never-continued-keeps-the-previous-speaker",
        ),
        pytest.param(
            'Sales of "green" bonds rose by 4%. Prices fell. "We expect more growth.\n\n'
            'Rates will fall," Governor Timur Suleimenov said.',
            [None, None, "Timur Suleimenov", "Timur Suleimenov"],
            id="only-the-open-quote-takes-it",
        ),
        pytest.param(
            "The president addressed the council.\n\n"
            '"Exports grew by 9%. Imports fell by 2%.\n\n'
            "Investment reached $2 billion.\n\n"
            'Trade will double by 2030," President Sadyr Japarov said.',
            [None, "Sadyr Japarov", "Sadyr Japarov", "Sadyr Japarov", "Sadyr Japarov"],
            id="a-speech-quoted-whole-over-paragraphs-without-marks",
        ),
        pytest.param(
            "The president addressed the council.\n\n"
            '"Exports grew by 9%. Imports fell by 2%.\n\n'
            "Investment reached $2 billion, the ministry said.\n\n"
            'Trade will double by 2030," President Sadyr Japarov said.',
            [None, None, None, None, "Sadyr Japarov"],
            id="an-attributed-paragraph-between-ends-the-wait",
        ),
    ],
)
def test_a_long_quote_takes_the_attribution_that_closes_it(text: str, expected: list) -> None:
    """A quote left open over paragraphs with no attribution is the speaker's named where it
    closes (it was null, or the previous paragraph's speaker)."""
    assert _speakers(text) == expected


def test_a_partial_read_goes_on_to_the_close_of_an_open_quote() -> None:
    """`until` at an open quote's paragraph reads on to its attribution: the speakers read are
    a prefix of the full read's, and the quote's sentences are no longer null."""
    doc = document(
        "The president spoke.\n\n"
        '"Exports grew by 9% last year. Imports fell by 3%.\n\n'
        'Investment reached $2 billion," President Sadyr Japarov said.\n\n'
        "The sides signed ten documents."
    )
    full = [speaker.name for speaker in attribute(doc)]
    for until in range(len(doc.sentences)):
        partial = [speaker.name for speaker in attribute(doc, until)]
        assert partial == full[: len(partial)]
        assert len(partial) > until
    assert [s.name for s in attribute(doc, 1)][1:3] == ["Sadyr Japarov"] * 2


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "The Uzbek co-chair of the council, First Deputy Minister of Finance Dilshod "
            "Rakhimov, said exports rose by 8%. Imports will grow, he said.",
            ["Dilshod Rakhimov", "Dilshod Rakhimov"],
            id="role-then-titled-name",
        ),
        pytest.param(
            "Vugar Mammadov spoke first.\n\nThe head of the bank, Chairman of the Board "
            "Anar Guliyev, said lending grew by 12%.",
            [None, "Anar Guliyev"],
            id="after-another-person",
        ),
        pytest.param(
            "Overchuk, co-chair of the commission, said trade grew by 8%.",
            ["Overchuk"],
            id="a-post-aside-keeps-the-subject",
        ),
    ],
)
def test_a_titled_name_in_apposition_is_the_speaker(text: str, expected: list) -> None:
    """In "The co-chair, Deputy Minister X Y, said", the name in apposition speaks (the role
    before it was read and sent to the previous speaker)."""
    assert _speakers(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Freight grew by 9%, according to Kazakh Temir Zholy.", [None], id="according-kz"
        ),
        pytest.param(
            "Traffic rose 1.2 times, according to Uzbek Temir Yollari.", [None], id="according-uz"
        ),
        pytest.param("Investment rose by 4%, Kazakh Invest said.", [None], id="before-verb"),
        pytest.param(
            "Oil output will reach 9 million bpd, Saudi Aramco said.", [None], id="saudi-aramco"
        ),
        pytest.param(
            "Transit rose by 7%, according to Kazakhstan Temir Zholy.", [None], id="railway-word"
        ),
        pytest.param(
            "Passenger numbers fell, according to Uzbekistan Airways.", [None], id="airways"
        ),
        pytest.param(
            "Trade grew, said Russian Deputy Prime Minister Alexei Overchuk.",
            ["Alexei Overchuk"],
            id="a-title-between-is-a-person",
        ),
        pytest.param(
            "Trade grew, President of Kyrgyzstan Sadyr Japarov said.",
            ["Sadyr Japarov"],
            id="a-country-name-is-no-demonym",
        ),
        pytest.param(
            "Oil output will fall, said Russia's Alexander Novak.",
            ["Alexander Novak"],
            id="a-possessive-is-a-person",
        ),
    ],
)
def test_a_name_right_after_a_demonym_is_a_company(text: str, expected: list) -> None:
    """In "according to Kyrgyz Temir Jolu", a name after a demonym with no title is a company's
    (its last two words were taken for a person)."""
    assert _speakers(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Trade grew, said President Ursula von der Leyen.",
            ["Ursula von der Leyen"],
            id="von-der",
        ),
        pytest.param(
            "Output will rise, Prince Abdulaziz bin Salman said. Demand will grow, he said.",
            ["Prince Abdulaziz bin Salman", "Prince Abdulaziz bin Salman"],
            id="bin",
        ),
    ],
)
def test_name_particles_stay_within_a_name(text: str, expected: list) -> None:
    """A lower-case particle between name words is part of the name ("bin", "von der")."""
    assert _speakers(text) == expected


def test_a_claim_in_an_open_quote_has_the_speaker_of_its_close() -> None:
    """The claims extractor reads speakers only up to its last figure's paragraph: that read
    goes on to the open quote's attribution (the claim was null)."""
    from tracker.extract.claims import extract_claims

    doc = document(
        "Wheat exports\n\nMinister Aida Balayeva spoke at the grain forum in Astana.\n\n"
        '"Dear guests! In 2024, Kazakhstan exported 11.5 million tonnes of wheat.\n\n'
        'We will open new markets," Balayeva said.\n\nThe forum ends on Friday.'
    )
    assert [claim.speaker for claim in extract_claims(doc)] == ["Aida Balayeva"]
