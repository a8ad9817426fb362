"""Realistic, varied meeting-paper text for the benchmark, from hand-written templates.

`Generator(seed)` recombines a few hundred sentence templates (agenda and
minutes wording, health and care jargon, plain sentences, research involvement,
finance and data) with slot fillers, so the same seed gives the same text and
almost no two sentences are identical (spaCy's tokenizer caches words, not
sentences, but a text of repeated sentences is still unrealistically easy).

`Generator.document(target_words)` returns a list of `Part`s: headings,
paragraphs, bullet lists and tables, in reading order, for the builders in
`bench_check.py` to write as .docx or .md.
"""

from __future__ import annotations

import random
import re
from dataclasses import dataclass, field

# --- slot fillers ------------------------------------------------------------------------

FILLERS: dict[str, list[str]] = {
    "org": [
        "the ICB",
        "the council",
        "the hospital trust",
        "Hillside Carers' Centre",
        "the research team",
        "the mental health trust",
        "the primary care network",
        "Healthwatch",
        "the hospice",
        "the housing association",
        "the community health service",
        "the public health team",
        "the ambulance service",
        "the local authority",
        "the voluntary sector forum",
        "the GP federation",
        "the university",
        "the clinical network",
    ],
    "service": [
        "step-down care",
        "the memory clinic",
        "respite care",
        "the falls service",
        "community mental health teams",
        "the carers' support line",
        "home care",
        "the stroke rehabilitation ward",
        "social prescribing",
        "the learning disability team",
        "district nursing",
        "the crisis line",
        "day services",
        "the diabetes clinic",
        "continence services",
        "wheelchair services",
        "the children's therapy service",
        "the eating disorder service",
        "the pain clinic",
        "hospital transport",
        "the sight loss service",
        "the autism assessment service",
        "reablement",
        "the dementia café",
        "the hospital discharge team",
        "the pharmacy service",
    ],
    "group": [
        "carers",
        "young carers",
        "people with a learning disability",
        "older people living alone",
        "Deaf BSL users",
        "people with long-term conditions",
        "parents of disabled children",
        "people who use mental health services",
        "people from minority ethnic communities",
        "people living with dementia",
        "veterans",
        "people who are homeless",
        "people with sight loss",
        "autistic adults",
        "people recovering from a stroke",
        "people with chronic pain",
        "people on low incomes",
        "people who do not use the internet",
        "families of people in care homes",
        "people who speak little English",
    ],
    "person": [
        "Amina",
        "Bernadette",
        "Tom",
        "Priya",
        "Joy",
        "Hannah",
        "Marcus",
        "Sam",
        "Gareth",
        "Niamh",
        "Ravi",
        "Fatima",
        "Olu",
        "Chloe",
        "Dev",
        "Maureen",
        "Kwame",
        "Siobhan",
        "Yusuf",
        "Ellen",
        "Callum",
        "Agnieszka",
        "Winston",
        "Leah",
        "Imran",
        "Rhiannon",
    ],
    "role": [
        "co-chair",
        "commissioning manager",
        "research nurse",
        "public contributor",
        "carer member",
        "involvement lead",
        "service manager",
        "clinical lead",
        "social worker",
        "patient representative",
        "project officer",
        "finance lead",
        "peer support worker",
        "occupational therapist",
        "GP lead",
        "principal investigator",
        "data analyst",
        "Healthwatch volunteer",
        "community development worker",
        "ward manager",
    ],
    "topic": [
        "waiting times",
        "the new referral form",
        "the carers' survey",
        "the draft strategy",
        "the budget for next year",
        "transport to appointments",
        "the easy read leaflet",
        "the complaints process",
        "out-of-hours support",
        "the discharge letter",
        "the evaluation plan",
        "the recruitment of public contributors",
        "the payment policy",
        "the new website",
        "the co-production charter",
        "the annual report",
        "the patient information sheet",
        "the consent form",
        "the interview questions",
        "the training programme",
        "the terms of reference",
        "the action log",
        "the accessible information policy",
        "the winter plan",
        "the survey questions",
    ],
    "jargon": [
        "commissioning",
        "risk stratification",
        "management of co-morbidities",
        "step-down provision",
        "the care pathway",
        "patient flow",
        "system leadership",
        "service integration",
        "the outcomes framework",
        "governance arrangements",
        "demand management",
        "the place-based partnership",
        "population health management",
        "the transformation programme",
        "capacity and demand modelling",
        "the discharge to assess model",
        "the market position statement",
        "personalised care and support planning",
        "the target operating model",
        "the quality improvement methodology",
        "the benefits realisation plan",
    ],
    "acr": [
        "ICB",
        "PCN",
        "VCSE",
        "PPIE",
        "UEC",
        "CHC",
        "MDT",
        "ARRS",
        "JSNA",
        "BCF",
        "SDEC",
        "QOF",
        "CQC",
        "HRA",
        "REC",
        "CRN",
        "ARC",
        "NIHR",
        "SEND",
        "EHCP",
    ],
    "place": [
        "the north of the city",
        "Hillside",
        "Eastfield",
        "the town centre",
        "Westbrook",
        "the rural areas",
        "Moorside",
        "Riverside ward",
        "the coastal towns",
        "Northgate",
        "the south of the county",
        "Ashby Park",
        "the valley villages",
    ],
    "month": [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ],
    "day": ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"],
    "verb": [
        "check",
        "change",
        "agree",
        "look at",
        "explain",
        "share",
        "test",
        "improve",
        "rewrite",
        "plan",
        "review",
        "shorten",
        "simplify",
        "fund",
        "support",
    ],
    "feeling": [
        "worried",
        "pleased",
        "frustrated",
        "relieved",
        "confused",
        "hopeful",
        "tired",
        "angry",
        "reassured",
        "unsure",
    ],
    "format": [
        "Easy Read",
        "large print",
        "audio",
        "British Sign Language video",
        "Braille",
        "plain text",
        "Word",
        "a printed copy",
        "another language",
    ],
    "barrier": [
        "the cost of travel",
        "long forms",
        "jargon",
        "meetings in the evening",
        "buildings without lifts",
        "short notice",
        "online-only meetings",
        "papers sent late",
        "no hearing loop",
        "not knowing who to ask",
        "car parks a long way from the door",
        "being paid late",
    ],
}

# Number slots: name -> (low, high).
NUMBERS: dict[str, tuple[int, int]] = {
    "n": (2, 40),
    "big": (120, 4800),
    "pct": (5, 95),
    "weeks": (2, 16),
    "k": (15, 950),
    "year": (2024, 2027),
    "hour": (9, 16),
    "mins": (10, 45),
    "page": (2, 30),
}

# --- templates -----------------------------------------------------------------------------

#: Short, plain sentences of the kind we want papers to use.
PLAIN = [
    "We want to hear what {group} think about {topic}.",
    "{person} will send the papers {weeks} weeks before the meeting.",
    "Please tell us if you need the papers in {format}.",
    "We will pay you £{n} for each meeting.",
    "You can claim back the cost of your travel.",
    "{person} said that {barrier} stopped her coming to meetings.",
    "{person} said that {barrier} made it hard to take part.",
    "The meeting will start at {hour}:30.",
    "There will be a break every hour.",
    "We have changed {topic} because of what you told us.",
    "Most people liked the new version.",
    "Some people found the form too long.",
    "We will write to you in {month} to tell you what happened.",
    "You do not have to answer every question.",
    "If you feel upset, you can leave the room at any time.",
    "{person} is the person to contact about {topic}.",
    "The group met {n} times last year.",
    "We spoke to {big} people in {place}.",
    "Carers told us they want one person to contact.",
    "Tell us what works well and what does not.",
    "This will help us plan {service} for next year.",
    "We know that {barrier} stops some people taking part.",
    "Please ring us if you cannot come.",
    "The new leaflet is on page {page}.",
    "We will try this for {weeks} weeks and then look at it again.",
    "{person} felt {feeling} after the last meeting.",
    "Some members felt {feeling} about the changes.",
    "We want to {verb} {topic} with you, not for you.",
    "The room has a hearing loop and step-free access.",
    "Lunch will be provided.",
    "A BSL interpreter will be at the meeting.",
    "You can join in person or online.",
    "The papers are short this time.",
    "We have put a word list at the end of this paper.",
    "{pct} in every 100 people said the service was good.",
    "About {pct}% of people waited more than {weeks} weeks.",
    "The money comes from {org}.",
    "Nothing has been decided yet.",
    "Your views will help the board decide.",
    "We will tell you what we did with your comments.",
    "{person} will explain the options at the meeting.",
    "Please read the summary on page 1 if you are short of time.",
    "Ask us if anything in this paper is not clear.",
    "There are {n} new members this year.",
    "We are sorry that the papers were late last time.",
    "{service} will stay open while we make these changes.",
    "Nobody will lose their care because of this.",
    "The survey is open until {day} {n} {month}.",
    "We asked {group} what would help.",
    "They said they wanted clearer letters.",
    "Each meeting will last no more than two hours.",
    "We will meet you at the front door if you ask us.",
]

#: Formal, jargon-heavy or passive sentences, typical of board papers.
FORMAL = [
    "The Board is asked to note the contents of this paper and to make a recommendation "
    "on the preferred option for the future commissioning of {service}.",
    "Following a review of {jargon}, it was identified that the current configuration of "
    "{service} does not represent best value and is not consistently aligned with national "
    "guidance.",
    "It is proposed that {jargon} be embedded across {place} in order to facilitate "
    "improved outcomes for {group}.",
    "A risk stratification exercise was undertaken using data for {year}, and patients were "
    "categorised according to frailty, co-morbidities and the level of informal carer support "
    "available at the point of discharge.",
    "Utilisation of commissioned capacity within {service} has been variable, with occupancy "
    "falling below {pct}% in {n} of the last twelve months.",
    "Any reduction in bed-based capacity would be mitigated through enhanced domiciliary "
    "provision, although workforce availability remains a significant constraint.",
    "The {acr} has indicated that it is minded to approve the proposal subject to the "
    "satisfactory completion of an equality impact assessment.",
    "Members will be asked to make a decision on whether {topic} should be ratified at the "
    "next meeting of the {acr}.",
    "It should be noted that the figures presented in this report are provisional and may be "
    "subject to change following validation by {org}.",
    "The implementation of {jargon} will be overseen by the {acr} programme board, which "
    "reports quarterly to the executive committee.",
    "In line with the agreed governance arrangements, a deep dive into {service} was "
    "commissioned by {org} and is due to report in {month}.",
    "It is not unlikely that demand for {service} will continue to exceed available capacity "
    "over the medium term.",
    "We cannot say that the current model is not meeting the needs of {group}, but the "
    "evidence does not suggest that it is not failing some of them.",
    "It is not uncommon for {group} to experience delays in accessing {service}.",
    "The refreshed strategy was co-produced with stakeholders and will be taken forward "
    "through the {acr} delivery plan.",
    "Consideration will be given to the alignment of {service} with {jargon} as part of the "
    "forthcoming procurement exercise.",
    "A business case for additional investment of £{k},000 has been submitted to {org} for "
    "approval.",
    "The utilisation of {jargon} is expected to deliver efficiencies of approximately "
    "£{k},000 per annum.",
    "Assurance was sought and received that the recommendations of the {acr} inspection "
    "have been actioned.",
    "Further engagement with {group} will be undertaken prior to the finalisation of {topic}.",
    "The paper was presented by {person}, who highlighted the interdependencies between "
    "{service} and {jargon}.",
    "A task and finish group will be convened to scope the options and report back to the "
    "board in {month}.",
    "Performance against the four-hour standard has deteriorated, with {pct}% of patients "
    "being seen within the target in {month}.",
    "It has been agreed that, going forward, {topic} will be escalated to the {acr} via the "
    "exception reporting process.",
    "The {acr} has been tasked with the development of an outcomes-focused specification for "
    "{service} which reflects the priorities identified in the {acr}.",
    "Staff were reminded of the requirement to complete mandatory training in accordance with "
    "the organisation's policy.",
    "Facilitation of the co-production workstream will be provided by {org} in partnership "
    "with {group}.",
    "The procurement timeline has been revised to take account of the extended consultation "
    "period and the requirement for {acr} sign-off.",
    "Mobilisation of the new contract is scheduled to commence in {month} {year}, subject to "
    "the completion of due diligence.",
    "A number of interdependencies and risks have been identified and these are captured on "
    "the corporate risk register.",
    "The optimisation of {jargon} remains a key priority for the system in {year}.",
    "Data quality issues have been identified in relation to the recording of ethnicity, "
    "which limits the extent to which inequalities can be robustly analysed.",
    "The proposals have been developed in accordance with the principles of {jargon} and the "
    "statutory duties placed on {org}.",
    "Clarification was requested as to whether the proposed changes would have any "
    "implications for {group} currently in receipt of {service}.",
    "An options appraisal was undertaken, and the preferred option was identified on the "
    "basis of affordability, deliverability and strategic fit.",
    "Stakeholders will be kept informed of progress via the {acr} newsletter and the "
    "quarterly assurance report.",
    "Once the evaluation has been completed, the findings will be disseminated through "
    "appropriate channels.",
    "The contents of the report were noted and the recommendations were approved.",
    "It is anticipated that the establishment of a single point of access will reduce "
    "duplication and facilitate timely flow from acute settings.",
    "A targeted piece of engagement work will be scoped by the {acr} subgroup in "
    "collaboration with relevant voluntary and community sector partners.",
    "Benchmarking against comparator systems indicates that expenditure on {service} in "
    "{place} is in the upper quartile.",
    "Capacity within {service} will be reconfigured to support the delivery of {jargon}.",
    "The evidence base for {jargon} is still emerging and should be interpreted with caution.",
    "Notwithstanding the above, the board is asked to endorse the direction of travel set out "
    "in section {n}.",
    "The purpose of this meeting of the Partnership Board is to enable members to receive "
    "updates from {org} and partner organisations on the implementation of {topic}, to "
    "consider the findings of the recent engagement and to agree the priorities which will be "
    "taken forward into the delivery plan for the coming financial year.",
    "Members noted that, whilst progress had been made in relation to {topic}, significant "
    "challenges remained in terms of workforce, estates and the financial position of "
    "{org}, and that these would need to be addressed before any further expansion of "
    "{service} could be contemplated.",
    "In the event that the proposal is not approved, {org} will be required to identify "
    "alternative savings of an equivalent value from within existing budgets, which may have "
    "an adverse impact on the delivery of {service} in {place}.",
    "The review concluded that there was insufficient evidence to support the continuation "
    "of the current model and recommended that a phased transition to {jargon} be undertaken "
    "over a period of {n} months, with appropriate safeguards in place for {group}.",
]

#: Minutes and notes wording.
MINUTES = [
    "{person} welcomed everyone to the meeting and introductions were made.",
    "Apologies were received from {person} and {person}.",
    "The minutes of the previous meeting were agreed as an accurate record.",
    "There were no matters arising.",
    "{person} gave an update on {topic}.",
    "It was agreed that {topic} would be brought back to the next meeting.",
    "The board noted the update.",
    "{person} asked whether {group} had been involved in writing {topic}.",
    "{person} confirmed that {group} had been involved from the start.",
    "{person} said that the group had not been told about the changes to {service}.",
    "{person} apologised and said this would not happen again.",
    "Members discussed the options at length.",
    "There was no other business.",
    "The meeting closed at {hour}:{mins}.",
    "{person} thanked {person} for her work on {topic}.",
    "{person} raised a concern about {barrier}.",
    "It was noted by the board that the response rate from {group} remained low.",
    "The date of the next meeting was confirmed as {day} {n} {month}.",
    "{person}, the {role}, presented the paper.",
    "{person} asked for the figures to be shown as a chart next time.",
    "The group agreed to try holding the meeting in {place}.",
    "Members asked for the papers to be sent out earlier.",
    "{person} will circulate the slides after the meeting.",
    "Action {n} from the last meeting is complete.",
    "Action {n} is carried forward to the next meeting.",
    "{person} said that {service} had made a real difference to her family.",
    "{person} said that he felt {feeling} about the proposed changes.",
    "The chair reminded members that the meeting was being recorded for the notes.",
    "{person} explained that {jargon} means planning services around the needs of an area.",
    "The board approved the recommendation with one abstention.",
    "{person} declared an interest as a member of {org}.",
    "A short discussion followed about {topic}.",
    "{person} agreed to find out why the letters had been sent late.",
    "Several members said that {barrier} was still a problem.",
    "It was suggested that {format} versions should be available at every meeting.",
    "The {role} agreed to meet {group} before the next meeting.",
    "PLEASE BRING YOUR EXPENSES FORM TO THE NEXT MEETING.",
    "PAPERS FOR ITEM {n} WILL BE TABLED ON THE DAY.",
    "{person} said that nobody had asked her if she could cope.",
    "{person} said she had waited {weeks} weeks for a reply.",
]

#: Research and involvement wording.
RESEARCH = [
    "The study will recruit {big} participants from {n} sites across {place}.",
    "Public contributors will be paid in line with the NIHR payment policy.",
    "The patient advisory group reviewed {topic} and suggested {n} changes.",
    "Ethical approval was obtained from the {acr} in {month} {year}.",
    "The primary outcome is the time from referral to first appointment.",
    "Participants will be randomised to receive either {service} or usual care.",
    "A process evaluation will be conducted alongside the trial to explore the acceptability "
    "of the intervention to {group} and staff.",
    "The findings will be shared with participants in a plain English summary.",
    "Qualitative interviews will be conducted with a purposive sample of {group}.",
    "The research team will work with {group} to design the interview questions.",
    "We want people with lived experience to help shape every stage of the study.",
    "Recruitment has been slower than expected, with {big} participants recruited against a "
    "target of {big}.",
    "The statistical analysis plan has been finalised and will be signed off by the trial "
    "steering committee.",
    "Data will be pseudonymised and stored securely in line with the General Data Protection "
    "Regulation.",
    "The intervention was co-designed with {group} over {n} workshops.",
    "Attrition was higher among {group}, which may limit the generalisability of the findings.",
    "A mixed-methods approach was adopted in order to triangulate the quantitative and "
    "qualitative data.",
    "Public contributors said the consent form was too long and hard to follow.",
    "We shortened the participant information sheet from {page} pages to four.",
    "The {acr} has agreed to fund a twelve-month extension to the study.",
    "Members of the advisory group will be named as co-authors if they wish.",
    "Impact will be measured using validated patient-reported outcome measures at baseline, "
    "three months and twelve months.",
    "Involvement in the study is voluntary and people can stop at any time.",
    "The dissemination plan includes a community event in {place}.",
    "We will use the findings to {verb} {service}.",
    "Health economic modelling suggests that the intervention is likely to be cost-effective "
    "at a willingness-to-pay threshold of £20,000 per quality-adjusted life year.",
    "Sub-group analyses by age, sex and deprivation quintile will be exploratory.",
    "The advisory group meets every {weeks} weeks online.",
    "Lay summaries will be checked by public contributors before they are published.",
    "The protocol was amended to allow consent to be recorded verbally over the phone.",
]

#: Finance and performance wording.
DATA = [
    "The forecast outturn for {service} is an overspend of £{k},000.",
    "Spending on {service} rose by {pct}% between {year} and {year}.",
    "Referrals to {service} increased to {big} in the last quarter.",
    "The average wait for {service} is now {weeks} weeks.",
    "{pct}% of referrals were seen within the target time.",
    "The cost per case is £{k}, compared with a national average of £{k}.",
    "Readmissions within 30 days fell from {pct}% to {pct}%.",
    "There are {n} vacancies in {service}, mostly for registered nurses.",
    "Agency spend remains high at £{k},000 a month.",
    "The savings target for {year} is £{k},000.",
    "Length of stay in step-down beds averaged {n} days.",
    "Delayed discharges accounted for {big} bed days last year.",
    "{big} people used {service} in {year}.",
    "Complaints about {service} fell by {pct}%.",
    "The table on page {page} shows the figures by area.",
    "The data for {month} is not yet complete.",
    "Uptake of carers' assessments remains low at {pct}% of eligible carers.",
    "Satisfaction with {service} was {pct}% in the latest survey.",
    "The budget for the involvement programme is £{k},000 for {year}.",
    "Staff turnover in {service} is {pct}% a year.",
]

#: Bullet points (actions, questions, asks).
BULLETS = [
    "{person} to share {topic} with members by {day} {n} {month}.",
    "{person} to find out why {service} letters are sent late.",
    "The {role} to arrange a visit to {service}.",
    "{person} to write to {org} about {barrier}.",
    "All members to send comments on {topic} to {person}.",
    "Tell us which option you prefer, and why.",
    "Tell us what would make {service} better for {group}.",
    "{person} to book a BSL interpreter for the next meeting.",
    "{person} to put {topic} into {format}.",
    "Agree who from the board will join the working group.",
    "{person} and {person} to meet {group} in {place}.",
    "Check whether {service} can offer appointments after 5pm.",
    "Bring back the updated figures in {month}.",
    "Ask {org} to explain the changes to {service} in plain English.",
    "Add {topic} to the risk register.",
    "Send the notes to members within {n} days of the meeting.",
    "Pay public contributors within {weeks} weeks.",
    "{person} to check the venue has step-free access.",
    "Review the terms of reference in {month}.",
    "Write a 'you said, we did' summary for {group}.",
    "Note the update on {jargon}.",
    "Approve the revised budget for {service}.",
    "Endorse the approach to {jargon} set out in section {n}.",
    "Make a decision on the future of {service}.",
    "{person} to send the {acr} report to new members.",
    "Print {n} copies of the papers in large print.",
    "Ask members how they would like to be paid.",
    "Plan a training session on {topic}.",
    "{person} to update the action log.",
    "Set up a test call for members who are new to Teams.",
]

#: Section headings.
HEADINGS = [
    "Purpose of this paper",
    "Background",
    "What we found",
    "What carers told us",
    "What happens next",
    "Recommendations",
    "Risks",
    "Finance",
    "Options",
    "Update on {topic}",
    "{service}: progress report",
    "Questions for the board",
    "Summary",
    "Actions from the last meeting",
    "Any other business",
    "Equality impact",
    "How we involved {group}",
    "Performance report for {month}",
    "Research update",
    "The {acr} plan for {year}",
    "Feedback from {place}",
    "Matters arising",
    "Governance and assurance",
    "Next steps for {service}",
    "Glossary",
]

#: Rows for agenda tables: (item, purpose).
AGENDA_ITEMS = [
    ("Welcome, introductions and apologies", "For information"),
    ("Minutes of the last meeting and matters arising", "For approval"),
    ("Update from the {acr}", "For noting"),
    ("{service}: options for {year}", "For decision"),
    ("{topic}: what {group} told us", "For discussion"),
    ("Comfort break", ""),
    ("Finance report", "For noting"),
    ("Risk register", "For assurance"),
    ("{topic}", "For discussion"),
    ("AOB", ""),
    ("Feedback from {place}", "For information"),
    ("Research update: {topic}", "For noting"),
    ("Lunch", ""),
    ("Co-production charter review", "For approval"),
    ("Close", ""),
]

SENTENCE_POOLS = {"plain": PLAIN, "formal": FORMAL, "minutes": MINUTES, "research": RESEARCH,
                  "data": DATA}  # fmt: skip

_SLOT = re.compile(r"\{(\w+)\}")


def template_count() -> int:
    pools = [*SENTENCE_POOLS.values(), BULLETS, HEADINGS]
    return sum(len(p) for p in pools) + len(AGENDA_ITEMS)


@dataclass
class Part:
    """One piece of a generated document."""

    kind: str  # "heading", "paragraph", "bullets", "table"
    text: str = ""
    level: int = 1
    items: list[str] = field(default_factory=list)
    rows: list[list[str]] = field(default_factory=list)  # first row is the header

    def words(self) -> int:
        texts = [self.text, *self.items, *(c for r in self.rows for c in r)]
        return sum(len(t.split()) for t in texts)


class Generator:
    """Seeded text generator: same seed, same text."""

    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed)

    def fill(self, template: str) -> str:
        def slot(m: re.Match[str]) -> str:
            name = m.group(1)
            if name in NUMBERS:
                lo, hi = NUMBERS[name]
                value = self.rng.randint(lo, hi)
                return f"{value:,}" if name == "big" else str(value)
            return self.rng.choice(FILLERS[name])

        text = _SLOT.sub(slot, template)
        return text[0].upper() + text[1:]

    def sentence(self, style: str) -> str:
        return self.fill(self.rng.choice(SENTENCE_POOLS[style]))

    def paragraph(self, style: str) -> str:
        # Mostly the section's style, with some plain sentences mixed in.
        n = self.rng.randint(2, 5)
        out = []
        for _ in range(n):
            pick = style if self.rng.random() < 0.7 else self.rng.choice(list(SENTENCE_POOLS))
            out.append(self.sentence(pick))
        return " ".join(out)

    def agenda_table(self) -> list[list[str]]:
        rows = [["Time", "Item", "Lead", "Purpose"]]
        hour, minute = 10, 0
        items = self.rng.sample(AGENDA_ITEMS, self.rng.randint(5, 9))
        for item, purpose in items:
            lead = f"{self.rng.choice(FILLERS['person'])}, {self.rng.choice(FILLERS['role'])}"
            rows.append([f"{hour:02d}:{minute:02d}", self.fill(item), lead, purpose])
            minute += self.rng.choice([10, 15, 20, 30, 40])
            hour, minute = hour + minute // 60, minute % 60
        return rows

    def document(self, target_words: int) -> list[Part]:
        """Headings, paragraphs, lists and tables until there are `target_words` words."""
        parts: list[Part] = []
        total = 0
        while total < target_words:
            heading = Part("heading", self.fill(self.rng.choice(HEADINGS)), level=2)
            style = self.rng.choice(["plain", "formal", "formal", "minutes", "research", "data"])
            section = [heading]
            for _ in range(self.rng.randint(2, 6)):
                section.append(Part("paragraph", self.paragraph(style)))
            roll = self.rng.random()
            if roll < 0.35:
                items = [self.fill(t) for t in self.rng.sample(BULLETS, self.rng.randint(3, 6))]
                section.insert(self.rng.randint(2, len(section)), Part("bullets", items=items))
            elif roll < 0.5:
                section.insert(2, Part("table", rows=self.agenda_table()))
            parts.extend(section)
            total += sum(p.words() for p in section)
        return parts
