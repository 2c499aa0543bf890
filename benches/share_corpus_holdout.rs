//! A held-out corpus of realistic canvases for the share-link length benchmark.
//!
//! Written independently of the share-link dictionary and of the first corpus
//! (`share_corpus.rs`): its author read neither. The organisations, wording and
//! languages differ on purpose, so that the link lengths measured here show
//! whether the results hold on canvases nobody tuned for.

// The same builder as the first corpus (a sibling module in the benchmark).
use super::share_corpus::canvas;
use lmc::core::canvas::kind::CanvasKind;
use lmc::core::canvas::model::Canvas;

/// (name shown in the benchmark table, canvas)
pub fn corpus() -> Vec<(&'static str, Canvas)> {
    vec![
        ("Insurance, 16 notes (held out)", insurance()),
        ("City council, 40 notes (held out)", city_council()),
        ("Hotel group, 5 areas, 30 notes (held out)", hotel_group()),
        ("Energy utility, 80 notes (held out)", energy_utility()),
        ("Pharma, 12 long notes (held out)", pharma_long()),
        (
            "Aerolínea, BMC in Spanish, 26 notes (held out)",
            airline_es(),
        ),
    ]
}

/// Canvas 1: A small first draft from an insurer's claims academy.
fn insurance() -> Canvas {
    canvas(
        CanvasKind::LearningModelNine,
        "Claims & Underwriting Academy – FY25 draft",
        &[
            ("customer-segments", "Claims handlers (≈1,100 FTE, 6 sites)"),
            ("customer-segments", "Underwriters – commercial lines"),
            (
                "customer-segments",
                "Brokers (external, paid by Distribution)",
            ),
            ("business-outcomes", "Claims cycle time −15% by Q4"),
            ("business-outcomes", "Motor claims leakage < 3%"),
            (
                "business-outcomes",
                "New hire time-to-competence 12 → 8 wks",
            ),
            (
                "customer-relationship",
                "Strategic partner to COO; order-taker for everyone else (today)",
            ),
            (
                "value-proposition",
                "Fewer reopened claims: consistent decisions",
            ),
            ("value-proposition", "IDD 15 CPD hrs logged, zero chasing"),
            (
                "design",
                "Real-case scenarios w/ senior adjusters, SAM 2-wk sprints",
            ),
            ("delivery", "Microlearning in the Guidewire side panel"),
            ("delivery", "Virtual classroom for new-hire cohorts"),
            ("key-resources", "4 IDs, 2 facilitators, Cornerstone LMS"),
            ("key-partners", "Claims QA – anonymised real files"),
            ("key-partners", "Compliance signs off IDD content"),
            (
                "cost-structure",
                "€1.2M: 60% people, 25% content licences, 15% travel",
            ),
        ],
    )
}

/// Canvas 2: A city council's people & learning service, every block filled in.
fn city_council() -> Canvas {
    canvas(
        CanvasKind::LearningModelNine,
        "Northfield City Council – People & Learning Service 2025/26",
        &[
            (
                "customer-segments",
                "Frontline customer service (libraries, contact centre – 210 staff)",
            ),
            (
                "customer-segments",
                "Adult & children's social care – statutory training",
            ),
            ("customer-segments", "New managers, first 12 months"),
            (
                "customer-segments",
                "Elected members – induction after May election",
            ),
            (
                "customer-segments",
                "Waste & highways crews (no corporate email!)",
            ),
            ("business-outcomes", "Mandatory compliance 95% (now 71%)"),
            ("business-outcomes", "Agency spend in social care −£400k"),
            ("business-outcomes", "Upheld Ombudsman complaints halved"),
            (
                "business-outcomes",
                "Staff survey 'I can grow here' +10 pts",
            ),
            ("business-outcomes", "Apprenticeship levy used: 40% → 85%"),
            (
                "customer-relationship",
                "One business partner per directorate, quarterly review",
            ),
            (
                "customer-relationship",
                "Self-service for mandatory e-learning",
            ),
            (
                "customer-relationship",
                "Broker for levy-funded apprenticeships",
            ),
            ("customer-relationship", "Monthly drop-in with HR advisers"),
            (
                "value-proposition",
                "Safe, legal, confident frontline services",
            ),
            (
                "value-proposition",
                "Grow our own – fill hard-to-recruit roles from inside",
            ),
            (
                "value-proposition",
                "Managers who can hold difficult conversations",
            ),
            (
                "value-proposition",
                "Councillors know their legal duties from day 1",
            ),
            ("value-proposition", "No levy funds left to expire"),
            (
                "design",
                "70:20:10 – shadowing for newly qualified social workers",
            ),
            ("design", "ADDIE for statutory: safeguarding, GDPR, H&S"),
            ("design", "Co-design with 2 frontline pilot teams"),
            ("design", "Plain English, reading age 11, WCAG 2.2 AA"),
            ("delivery", "Toolbox talks at depots, 15 min before shift"),
            ("delivery", "Learning Pool LMS on shared kiosks"),
            ("delivery", "Safeguarding L3 face to face only"),
            (
                "delivery",
                "Manager cohort: 6 half-days + action learning sets",
            ),
            ("delivery", "QR posters → 3-min videos"),
            ("key-resources", "L&D team 7.4 FTE (2 vacancies)"),
            ("key-resources", "Corporate training budget £380k"),
            ("key-resources", "Levy pot ~£650k/yr"),
            ("key-resources", "25 volunteer internal trainers"),
            ("key-partners", "Local FE college – apprenticeship provider"),
            (
                "key-partners",
                "Regional employers' organisation (shared courses)",
            ),
            ("key-partners", "IT – kiosks + logins for depot staff"),
            ("key-partners", "Unison learning reps"),
            ("cost-structure", "Staff £310k (72%)"),
            ("cost-structure", "LMS licence £28k/yr"),
            (
                "cost-structure",
                "Hidden: backfill for care staff on courses ≈ £150k",
            ),
            (
                "cost-structure",
                "Venue hire ↓ since Civic Centre rooms reopened",
            ),
        ],
    )
}

/// Canvas 3: A hotel group, on the five-area canvas.
fn hotel_group() -> Canvas {
    canvas(
        CanvasKind::LearningModelFive,
        "Aurelia Hotels & Resorts – Learning Model 2025",
        &[
            (
                "products-services",
                "Brand onboarding 'Welcome to Aurelia', days 1–3",
            ),
            (
                "products-services",
                "F&B service standards (bar, banqueting, IRD)",
            ),
            ("products-services", "Front office upselling micro-course"),
            ("products-services", "Housekeeping SOP videos, 6 languages"),
            (
                "products-services",
                "Emerging GM programme – 9 months, 18/yr",
            ),
            ("products-services", "Guest recovery role plays"),
            (
                "products-services",
                "Food safety & allergens cert (mandatory)",
            ),
            (
                "products-services",
                "Quality check: mystery-guest scores per module, monthly",
            ),
            ("customers", "Line staff – ~55% turnover/yr"),
            ("customers", "Heads of dept want hires floor-ready in 2 wks"),
            ("customers", "GMs care about RevPAR + guest scores"),
            ("customers", "Owners / asset managers of franchised hotels"),
            ("customers", "Seasonal resort hires, May–Sept"),
            (
                "customers",
                "Guests (indirect) – review scores on Booking/TripAdvisor",
            ),
            (
                "service-delivery",
                "1 property trainer per hotel, 30% of their role",
            ),
            (
                "service-delivery",
                "Central team designs, properties deliver",
            ),
            ("service-delivery", "Bite-size content on the staff app"),
            (
                "service-delivery",
                "Curate vendor content for F&B instead of building",
            ),
            (
                "service-delivery",
                "Cross-exposure: 2-wk placements at sister hotels",
            ),
            ("service-delivery", "Leadership coaching outsourced"),
            ("strategy-governance", "Exec sponsor: COO"),
            (
                "strategy-governance",
                "Quarterly Learning Council – COO, 3 regional VPs, HRD",
            ),
            (
                "strategy-governance",
                "Dashboard: completion, time to productivity, GSS",
            ),
            (
                "strategy-governance",
                "Brand audit findings feed the training plan",
            ),
            (
                "strategy-governance",
                "GM newsletter + monthly learning spotlight",
            ),
            ("investment-return", "Direct spend €2.4M, 28 properties"),
            (
                "investment-return",
                "Hidden: property trainer hours ≈ €900k",
            ),
            (
                "investment-return",
                "Each line-staff replacement costs ~€3,500",
            ),
            ("investment-return", "Target: 90-day retention +12 pts"),
            (
                "investment-return",
                "GSS +2 pts ≈ +1.5% RevPAR (Finance estimate)",
            ),
        ],
    )
}

/// Canvas 4: A large, well-worked canvas from an energy network operator.
fn energy_utility() -> Canvas {
    canvas(
        CanvasKind::LearningModelNine,
        "Northern Grid & Gas – Technical & Leadership Academy, canvas v3",
        &[
            (
                "customer-segments",
                "Field engineers, electricity distribution (~1,400)",
            ),
            ("customer-segments", "Gas network technicians"),
            ("customer-segments", "Control room operators – 24/7 shifts"),
            ("customer-segments", "Contact centre: billing & outages"),
            ("customer-segments", "Apprentices, 120 intake a year"),
            ("customer-segments", "Contractors working on our assets"),
            ("customer-segments", "Team leaders / first-line supervisors"),
            (
                "customer-segments",
                "Asset management & network planning engineers",
            ),
            (
                "customer-segments",
                "Senior leaders – energy transition agenda",
            ),
            (
                "customer-segments",
                "Smart meter installers (insourced 2024)",
            ),
            ("business-outcomes", "Zero LTIs – FY26 target"),
            (
                "business-outcomes",
                "100% of authorisations renewed before expiry",
            ),
            (
                "business-outcomes",
                "New field engineer time to competent: 24 → 18 months",
            ),
            ("business-outcomes", "Customer minutes lost −8%"),
            ("business-outcomes", "Contact centre FCR 72% → 80%"),
            (
                "business-outcomes",
                "Workforce resilience commitments to the regulator met",
            ),
            (
                "business-outcomes",
                "Knowledge captured from 300 retirees by 2027",
            ),
            ("business-outcomes", "Apprentice completion > 90%"),
            ("business-outcomes", "Cost per training day −10%"),
            ("business-outcomes", "Engagement, 'my development' item: +6"),
            (
                "customer-relationship",
                "Training partner embedded in each region",
            ),
            (
                "customer-relationship",
                "Strategic partner to Ops Director – monthly 1:1",
            ),
            (
                "customer-relationship",
                "Vendor mode for IT systems training, on request",
            ),
            (
                "customer-relationship",
                "Self-service catalogue for soft skills",
            ),
            (
                "customer-relationship",
                "Safety team co-owns the authorisation process",
            ),
            (
                "customer-relationship",
                "Broker for university & professional body courses",
            ),
            (
                "customer-relationship",
                "Annual 'skills contract' with each directorate",
            ),
            (
                "value-proposition",
                "Safe, authorised, competent – every shift",
            ),
            (
                "value-proposition",
                "Keep the lights on while 30% of engineers retire",
            ),
            (
                "value-proposition",
                "Reskill for heat pumps, EV charging, flexibility services",
            ),
            (
                "value-proposition",
                "One authorisation record the regulator trusts",
            ),
            (
                "value-proposition",
                "Faster competence for apprentices & career changers",
            ),
            (
                "value-proposition",
                "Leaders who drive change without losing safety culture",
            ),
            (
                "value-proposition",
                "Trade-off: less classroom, more on-site assessment",
            ),
            ("value-proposition", "Same standard in all 5 regions"),
            (
                "value-proposition",
                "Digital skills for SCADA + the new ADMS",
            ),
            ("design", "Competence framework per role, NVQ-aligned"),
            (
                "design",
                "Knowledge capture interviews with retiring engineers",
            ),
            ("design", "VR for HV switching – fail safely"),
            ("design", "70:20:10 w/ logbook sign-off by mentors"),
            (
                "design",
                "Agile for digital modules, ADDIE for safety-critical",
            ),
            ("design", "SME review board: 2 senior authorised persons"),
            ("design", "Storm response scenario drills"),
            ("design", "Job aids – laminated + on tablet"),
            ("design", "Assessment: practical first, theory second"),
            ("delivery", "Hexham training centre – live HV & gas rigs"),
            ("delivery", "Toolbox talks at regional depots"),
            ("delivery", "Tablets in vans: job aids, 2-min videos"),
            (
                "delivery",
                "Shift-friendly virtual classroom for control room",
            ),
            ("delivery", "Mentoring 1:3 for apprentices"),
            ("delivery", "SuccessFactors LMS – records & e-learning"),
            ("delivery", "Control room simulator"),
            ("delivery", "Leadership programme, 3 residentials"),
            ("delivery", "Learning reviews after incidents"),
            ("delivery", "Night-shift slots twice a month"),
            ("key-resources", "42 technical trainers (avg age 54!)"),
            ("key-resources", "6 learning designers"),
            ("key-resources", "20 VR headsets + content"),
            ("key-resources", "Training centre + 3 satellite rigs"),
            ("key-resources", "Authorisation DB = legacy Access – RISK"),
            ("key-resources", "Budget £9.8M incl. apprenticeships"),
            ("key-resources", "Levy ~£2.1M"),
            ("key-resources", "Ops SMEs – 1 day/month each"),
            ("key-resources", "0.5 FTE data analyst shared with HR"),
            (
                "key-partners",
                "Sector skills body – standards & end-point assessment",
            ),
            (
                "key-partners",
                "Local colleges: off-the-job training for apprentices",
            ),
            ("key-partners", "OEMs – switchgear & meter manufacturers"),
            ("key-partners", "VR studio (content partner)"),
            ("key-partners", "Health & Safety"),
            (
                "key-partners",
                "IT: tablets, SSO, ADMS training environment",
            ),
            ("key-partners", "University – part-time MSc power systems"),
            ("key-partners", "Union safety reps"),
            ("cost-structure", "Trainer salaries £3.6M"),
            ("cost-structure", "Centre running costs £1.1M"),
            ("cost-structure", "Apprentice wages sit in Ops, not L&D"),
            ("cost-structure", "Hidden: ~45k field hrs/yr away from jobs"),
            ("cost-structure", "VR build £250k one-off"),
            ("cost-structure", "External courses & accreditation £900k"),
            (
                "cost-structure",
                "T&S to Hexham £600k – regional rigs instead?",
            ),
            ("cost-structure", "LMS + authorisation licences £180k"),
        ],
    )
}

/// Canvas 5: Few notes, but long ones: a pharma team that writes in paragraphs.
fn pharma_long() -> Canvas {
    canvas(
        CanvasKind::LearningModelNine,
        "EMEA Commercial & Medical Learning – launch year workshop output",
        &[
            (
                "customer-segments",
                "Three segments, each with its own sponsor:\n\
                 - Field sales reps (~600 across 14 EMEA affiliates), sponsored by the Commercial VP\n\
                 - Medical Science Liaisons (MSLs), sponsored by the Medical Director\n\
                 - Market access & KAMs: a small group but high value\n\
                 Requests usually come from brand teams at launch time; affiliates pay through the allocation key.",
            ),
            (
                "customer-segments",
                "Not a segment yet, but it should be: new first-line sales managers. 35% were promoted in the last 18 months and have never coached anyone.\n\
                 If they do not coach, the 70 in our 70:20:10 never happens and launch training fades within weeks.\n\
                 Sponsor: Commercial Excellence. Payer: the affiliates.",
            ),
            (
                "business-outcomes",
                "What the business will judge us on this year:\n\
                 - Launch readiness: 100% of reps certified before day 1 of the oncology launch\n\
                 - No findings on promotional training in the internal audit\n\
                 - MSL scientific exchange quality ≥ 4/5 (field observation)\n\
                 - Label change to updated training in < 10 working days",
            ),
            (
                "business-outcomes",
                "How we will measure, honestly:\n\
                 - Certification rates and timing: from the LMS, easy\n\
                 - Call quality: manager coaching forms in the CRM, needs manager discipline\n\
                 - Launch uptake (new patient starts) is a business result we contribute to but cannot claim alone. We will show it by affiliate, as correlation, not causation.",
            ),
            (
                "customer-relationship",
                "With Commercial we are still mostly a vendor: brand teams arrive with a finished slide deck and want an e-learning in three weeks.\n\
                 Goal: strategic partner from launch planning at T-18 months, with a seat on the launch readiness committee.\n\
                 With Medical we act more as a broker, connecting MSLs to external faculty and congresses.",
            ),
            (
                "value-proposition",
                "- A launch-ready field force, on time, in every affiliate\n\
                 - Compliant by design: each module goes through medical-legal-regulatory (MLR) review once, centrally, instead of 14 times\n\
                 - Scientific depth for MSLs without taking them out of the field for weeks\n\
                 Trade-off we accept: one EMEA standard, less local flavour.",
            ),
            (
                "design",
                "Two ways of producing, on purpose:\n\
                 - ADDIE with MLR review for anything product-related (regulated, slow: 8-12 weeks)\n\
                 - SAM sprints for selling skills and account planning, prototypes tested in 2 affiliates\n\
                 - Field coaching days by first-line managers are the 70 of 70:20:10\n\
                 Urgent label changes go through a fast-track template.",
            ),
            (
                "design",
                "Broken thread found in the workshop: the launch curriculum was designed around xAPI tracking of practice in the simulation, but we have no learning record store.\n\
                 Either we buy an LRS (IT says Q3 at the earliest) or we drop xAPI and fall back to completion data for the launch.\n\
                 Decision owner: EMEA Head of Learning, by end of May.",
            ),
            (
                "delivery",
                "- Micro-modules inside the CRM that reps open just before a call\n\
                 - Virtual classroom refreshers on product knowledge, one slot per time zone\n\
                 - Launch meeting: 2 days face to face, role plays on objection handling\n\
                 - Field coaching by managers, logged in the CRM\n\
                 - Short podcasts for MSLs on new publications (they listen while driving)",
            ),
            (
                "key-resources",
                "- 9 people in EMEA Commercial Learning: 4 designers, 3 facilitators, 1 LMS admin, 1 lead\n\
                 - Local training managers in the 5 largest affiliates\n\
                 - Budget €3.1M, 40% of it ring-fenced for the launch\n\
                 - Authoring tools, the LMS, CRM activity data\n\
                 - Medical SMEs: always the scarcest resource.",
            ),
            (
                "key-partners",
                "Internal:\n\
                 - Medical, Legal and Regulatory for approval\n\
                 - Brand teams and the launch office\n\
                 - IT and the CRM team for the integration\n\
                 External:\n\
                 - Medical communications agency for content build\n\
                 - Simulation vendor for virtual HCP role plays\n\
                 - KOLs as faculty, on fair-market-value contracts with transparency reporting",
            ),
            (
                "cost-structure",
                "Direct: €3.1M (people €1.3M, agencies €1.2M, events €0.6M).\n\
                 Hidden: field days away from customers. 600 reps x 6 training days x ~€1,400 loaded cost per day = about €5M, more than the whole direct budget.\n\
                 MLR review hours are not charged to us, but they slow every release.\n\
                 Open question for the CFO: charge affiliates per head or per programme?",
            ),
        ],
    )
}

/// Canvas 6: A Business Model Canvas from a Spanish airline's training school,
/// written in Spanish with the usual English aviation terms.
fn airline_es() -> Canvas {
    canvas(
        CanvasKind::BusinessModel,
        "Escuela de Formación Aeronáutica – modelo de negocio 2025",
        &[
            (
                "customer-segments",
                "TCP (tripulantes de cabina) – recurrent anual",
            ),
            ("customer-segments", "Pilotos: type rating A320 / A350"),
            (
                "customer-segments",
                "Aerolíneas terceras y empresas de handling",
            ),
            (
                "customer-segments",
                "Personal de aeropuerto y atención al cliente",
            ),
            (
                "value-propositions",
                "Formación certificada EASA sin huecos en la programación",
            ),
            (
                "value-propositions",
                "Simulador disponible 24/7, también para terceros",
            ),
            (
                "value-propositions",
                "Un solo proveedor para SEP, CRM y mercancías peligrosas",
            ),
            (
                "value-propositions",
                "El 'estilo de la casa' en cabina: customer experience",
            ),
            ("channels", "Centro de formación en Madrid-Barajas"),
            (
                "channels",
                "E-learning en la app de tripulación (funciona offline)",
            ),
            ("channels", "Instructores en bases: BCN, PMI, LPA"),
            (
                "customer-relationships",
                "Account manager para clientes externos",
            ),
            (
                "customer-relationships",
                "Self-service para reservar slots de simulador",
            ),
            ("key-activities", "Diseñar cursos y aprobarlos con AESA"),
            ("key-activities", "Rostering de instructores y simuladores"),
            (
                "key-activities",
                "Evidence-Based Training (EBT) para pilotos",
            ),
            ("key-resources", "2 FFS + 1 mock-up de cabina"),
            (
                "key-resources",
                "150 instructores, 40% compaginan con vuelo en línea",
            ),
            ("key-resources", "LMS con training records auditables"),
            (
                "key-partners",
                "Fabricante del simulador – mantenimiento y updates",
            ),
            ("key-partners", "AESA / EASA – aprobación como ATO"),
            ("key-partners", "Universidad: grado en gestión aeronáutica"),
            ("cost-structure", "Amortización simuladores ~2 M€/año"),
            (
                "cost-structure",
                "Horas de instructor fuera de línea (coste oculto)",
            ),
            ("revenue-streams", "Horas de simulador a terceros: 550 €/h"),
            (
                "revenue-streams",
                "Chargeback interno por unidad de negocio",
            ),
        ],
    )
}
