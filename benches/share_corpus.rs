//! The corpus for the share-link benchmark: realistic canvases, written by
//! hand, as L&D leaders and consultants fill them in a workshop.
//!
//! It measures how long a share link gets for canvases people really make:
//! short sticky notes with figures and abbreviations, nine-block canvases from
//! 10 to 150 notes, a five-area canvas, a Lean Canvas, and long multi-line
//! notes in German, French, Polish and Japanese. No note is generated; every
//! text below was written out on purpose, so the compression ratio reflects
//! real text rather than repeated filler.

use lmc::core::canvas::kind::CanvasKind;
use lmc::core::canvas::model::Canvas;

/// Builds one canvas: `notes` are `(block id, text)` pairs, in display order.
pub fn canvas(kind: CanvasKind, title: &str, notes: &[(&str, &str)]) -> Canvas {
    let mut c = Canvas::new(kind);
    c.title = title.to_string();
    for (block, text) in notes {
        assert!(
            kind.has_block(block),
            "{kind:?} has no block {block:?} (corpus canvas {title:?})"
        );
        let id = c.add_note(block);
        assert!(c.set_note_text(id, text));
    }
    c
}

/// (name shown in the benchmark table, canvas)
pub fn corpus() -> Vec<(&'static str, Canvas)> {
    vec![
        ("Small bank, 10 notes", small_bank()),
        ("Retail chain, 25 notes", retail_chain()),
        ("Software firm, 40 notes", software_firm()),
        ("Hospital group, 60 notes", hospital_group()),
        ("Manufacturer, 150 notes", manufacturer()),
        ("Long notes, multi-language", long_multilingual()),
        ("Startup, Lean Canvas", startup_lean()),
    ]
}

fn small_bank() -> Canvas {
    canvas(
        CanvasKind::LearningModelNine,
        "Northwind Bank — L&D model 2027",
        &[
            (
                "customer-segments",
                "Branch advisors (140) and their team leads",
            ),
            (
                "customer-segments",
                "Compliance asks, HR pays, branches learn",
            ),
            (
                "business-outcomes",
                "Zero repeat findings in the 2027 regulator audit",
            ),
            (
                "business-outcomes",
                "Mortgage advice: time-to-competence 9 → 5 months",
            ),
            (
                "value-proposition",
                "Mandatory training done once, done well, no rework",
            ),
            ("design", "Short refreshers; 70:20:10 for new advisors"),
            ("delivery", "LMS modules + monthly branch huddles"),
            ("key-resources", "2 FTE, one shared with HR ops"),
            (
                "key-partners",
                "Compliance team as SMEs; AML e-learning vendor",
            ),
            (
                "cost-structure",
                "€120k total, 60% on mandatory content licences",
            ),
        ],
    )
}

fn retail_chain() -> Canvas {
    canvas(
        CanvasKind::LearningModelNine,
        "Larkspur Home & Garden — Store Academy canvas 2026/27",
        &[
            (
                "customer-segments",
                "Store associates, ~7,500, high turnover",
            ),
            (
                "customer-segments",
                "Store managers (180) — our main sponsors",
            ),
            (
                "customer-segments",
                "Regional ops directors: they hold the budget",
            ),
            ("business-outcomes", "90-day leavers from 45% to 30%"),
            ("business-outcomes", "Conversion +1 pt in garden season"),
            (
                "business-outcomes",
                "Shrinkage down via till and stock-count training",
            ),
            ("customer-relationship", "Self-service for associates"),
            (
                "customer-relationship",
                "Monthly call with each regional director",
            ),
            (
                "customer-relationship",
                "Still a vendor for head office requests — want to change",
            ),
            ("value-proposition", "New starters sell-ready in week one"),
            (
                "value-proposition",
                "Product knowledge without leaving the shop floor",
            ),
            (
                "value-proposition",
                "Managers who coach, not just build rotas",
            ),
            ("design", "5-min mobile modules, refreshed each season"),
            (
                "design",
                "Manager programme co-designed with our top 10 store managers",
            ),
            ("delivery", "App on shared store devices"),
            ("delivery", "Buddy shifts for new starters (first 3 shifts)"),
            ("delivery", "Regional workshop days, twice a year"),
            ("key-resources", "L&D team 6 FTE"),
            ("key-resources", "Product content from buyers and suppliers"),
            ("key-resources", "LXP licence, year 2 of 3"),
            ("key-partners", "Suppliers' brand trainers (free of charge)"),
            (
                "key-partners",
                "Store ops team — owns the rota, so owns our time",
            ),
            (
                "key-partners",
                "HR for the onboarding flow and payroll codes",
            ),
            ("cost-structure", "€850k budget, 40% people"),
            (
                "cost-structure",
                "Paid training time, 2 h/associate/yr = biggest hidden cost",
            ),
        ],
    )
}

fn software_firm() -> Canvas {
    canvas(
        CanvasKind::LearningModelNine,
        "Quillstack — Engineering & Customer Academy canvas v3",
        &[
            ("customer-segments", "Engineers, ~600, in 5 countries"),
            (
                "customer-segments",
                "New hires: 250 planned in 2027, remote-first",
            ),
            (
                "customer-segments",
                "Engineering managers promoted from IC roles",
            ),
            ("customer-segments", "Customer success & support teams"),
            (
                "customer-segments",
                "Customers' admins (paid certification)",
            ),
            (
                "business-outcomes",
                "Onboarding to first merged PR: 10 days → 4",
            ),
            (
                "business-outcomes",
                "Incident MTTR −20% after on-call training",
            ),
            ("business-outcomes", "eNPS learning item from 6.1 to 7.5"),
            (
                "business-outcomes",
                "Certified customer admins: churn −2 pts",
            ),
            ("business-outcomes", "Support tickets per customer −15%"),
            (
                "customer-relationship",
                "Embedded L&D partner per engineering tribe",
            ),
            ("customer-relationship", "Self-service for most engineers"),
            (
                "customer-relationship",
                "Co-owners of the academy with CS leadership",
            ),
            ("customer-relationship", "Weekly Slack office hours"),
            (
                "value-proposition",
                "Ship faster with less tribal knowledge",
            ),
            (
                "value-proposition",
                "Managers who can give feedback from day one",
            ),
            (
                "value-proposition",
                "Customers succeed without calling support",
            ),
            ("value-proposition", "One place to learn our stack"),
            (
                "value-proposition",
                "Trade-off: no generic soft-skills catalogue",
            ),
            ("design", "Agile (SAM), 2-week sprints"),
            ("design", "Docs-as-code: learning content lives in Git"),
            ("design", "Engineers write, L&D edits and structures"),
            ("design", "70:20:10 — pairing and code review are the 70"),
            ("design", "Cohort-based manager bootcamp, 6 weeks"),
            ("delivery", "Internal LXP + Slack bot nudges"),
            ("delivery", "Sandbox labs inside the product"),
            ("delivery", "Live onboarding cohort every 2nd Monday"),
            ("delivery", "Customer academy: public site, paid exams"),
            ("delivery", "Brown-bag tech talks, recorded"),
            (
                "key-resources",
                "L&D team 7 FTE, incl. 2 learning engineers",
            ),
            ("key-resources", "Budget $1.3M"),
            (
                "key-resources",
                "SME time: 1 senior engineer per team per quarter",
            ),
            ("key-resources", "Lab environments on cloud credits"),
            ("key-partners", "Platform team (sandbox infra)"),
            ("key-partners", "DevRel — reuse their public tutorials"),
            ("key-partners", "Exam proctoring vendor"),
            (
                "key-partners",
                "External coaching provider for new managers",
            ),
            (
                "cost-structure",
                "Cloud labs $220k/yr — grows with customer count",
            ),
            ("cost-structure", "People 60%, tools 25%, events 15%"),
            (
                "cost-structure",
                "Certification fees cover ~70% of the customer academy",
            ),
        ],
    )
}

fn hospital_group() -> Canvas {
    canvas(
        CanvasKind::LearningModelFive,
        "St Aldric Hospitals Group — Clinical Education model FY27",
        &[
            // Products & Services
            (
                "products-services",
                "Mandatory training: BLS, fire, manual handling, IG",
            ),
            ("products-services", "Nurse preceptorship, 12 months"),
            (
                "products-services",
                "Sim centre: ALS, sepsis, deteriorating patient",
            ),
            (
                "products-services",
                "Junior doctor induction — 2 days, every rotation",
            ),
            ("products-services", "New EPR training before March go-live"),
            (
                "products-services",
                "Healthcare assistant apprenticeships (Level 3)",
            ),
            ("products-services", "Ward manager leadership, 6 modules"),
            (
                "products-services",
                "Medication safety: e-learning + observed practice",
            ),
            (
                "products-services",
                "Clinical skills passport shared by all 4 sites",
            ),
            ("products-services", "In-situ sim on wards, 30 min, monthly"),
            ("products-services", "Library & evidence search service"),
            (
                "products-services",
                "OSCE prep for internationally educated nurses",
            ),
            (
                "products-services",
                "Bite-size procedure videos (PICC care, NG tubes)",
            ),
            (
                "products-services",
                "Every course reviewed every 2 yrs by a clinical lead",
            ),
            (
                "products-services",
                "Link sim training to incident reports (Datix)",
            ),
            ("products-services", "Retire the 30 courses nobody books"),
            // Customers
            ("customers", "Nurses and midwives, 4,800"),
            ("customers", "Doctors in training — rotate every 4 months"),
            (
                "customers",
                "Ward managers: must release staff, want less time off ward",
            ),
            ("customers", "AHPs: physio, OT, pharmacy, radiography"),
            ("customers", "Admin & estates — mostly mandatory only"),
            ("customers", "Chief Nurse = main sponsor"),
            (
                "customers",
                "Medical Director sponsors sim and doctors' teaching",
            ),
            ("customers", "Patients and families: the real beneficiaries"),
            ("customers", "Bank and agency staff, booked at short notice"),
            (
                "customers",
                "Today: booking is painful, 3 different systems",
            ),
            (
                "customers",
                "Managers value us for compliance, not for growth",
            ),
            ("customers", "New starters rate induction 3.1/5"),
            // Service Delivery Model
            (
                "service-delivery",
                "Central education team, 38 WTE over 4 sites",
            ),
            (
                "service-delivery",
                "Practice educators on each ward, part-time",
            ),
            ("service-delivery", "Sim technicians (3) — hard to recruit"),
            (
                "service-delivery",
                "University partner runs accredited CPD modules",
            ),
            (
                "service-delivery",
                "EPR vendor trains super-users, we train everyone else",
            ),
            (
                "service-delivery",
                "Curate national e-learning, don't rebuild it",
            ),
            ("service-delivery", "Booking and records moved into one LMS"),
            (
                "service-delivery",
                "Request → triage by an education lead within 5 days",
            ),
            (
                "service-delivery",
                "Night-shift teaching slots at 02:00 and 07:00",
            ),
            (
                "service-delivery",
                "Volunteer consultant faculty for sim debriefs",
            ),
            (
                "service-delivery",
                "Ward huddles after incidents = social learning",
            ),
            (
                "service-delivery",
                "Fire + manual handling outsourced to one provider",
            ),
            // Strategy & Governance
            (
                "strategy-governance",
                "Education committee monthly, chaired by Chief Nurse",
            ),
            (
                "strategy-governance",
                "Dashboard: compliance %, vacancies, sim hours, incidents",
            ),
            ("strategy-governance", "Quarterly report to the board"),
            (
                "strategy-governance",
                "Aligned with workforce plan and inspection findings",
            ),
            (
                "strategy-governance",
                "Education lead sits on each site exec",
            ),
            (
                "strategy-governance",
                "Serious incidents feed the education plan",
            ),
            ("strategy-governance", "Annual TNA → 3 priorities, no more"),
            (
                "strategy-governance",
                "Stop counting hours, evidence competence",
            ),
            ("strategy-governance", "Share wins in the staff newsletter"),
            (
                "strategy-governance",
                "One exec sponsor per priority programme",
            ),
            // Investment & Return
            (
                "investment-return",
                "Direct spend £6.2m incl. education payroll",
            ),
            ("investment-return", "Apprenticeship levy covers £1.1m"),
            (
                "investment-return",
                "Hidden: backfill for staff off the ward ≈ £2.8m",
            ),
            (
                "investment-return",
                "Consultant teaching time not costed anywhere",
            ),
            ("investment-return", "Sim centre running cost £450k/yr"),
            (
                "investment-return",
                "Agency spend −£1m if preceptorship cuts turnover",
            ),
            ("investment-return", "Fewer falls and pressure ulcers"),
            ("investment-return", "First-year nurse turnover 22% → 14%"),
            (
                "investment-return",
                "Each avoided serious incident ≈ £100k+",
            ),
            (
                "investment-return",
                "Show ROI for 2 programmes, not all of them",
            ),
        ],
    )
}

fn manufacturer() -> Canvas {
    canvas(
        CanvasKind::LearningModelNine,
        "Halvorsen Industrial — Global L&D operating model (workshop output, Oct)",
        &[
            // Customer Segments (18)
            ("customer-segments", "Plant operators, 6,200 on 3 shifts"),
            (
                "customer-segments",
                "Maintenance techs — 30% retire by 2030",
            ),
            (
                "customer-segments",
                "Shift leads & first-line supervisors (~480)",
            ),
            (
                "customer-segments",
                "Plant managers: sponsors, rarely learners",
            ),
            (
                "customer-segments",
                "Engineering & R&D — want depth, hate generic courses",
            ),
            (
                "customer-segments",
                "Sales engineers selling configured pumps",
            ),
            (
                "customer-segments",
                "Distributor and service-partner technicians",
            ),
            (
                "customer-segments",
                "New hires, ~900/yr, mostly Monterrey and Katowice",
            ),
            (
                "customer-segments",
                "HSE director asks for safety training and pays for it",
            ),
            (
                "customer-segments",
                "Quality — requests a course after every complaint",
            ),
            ("customer-segments", "Procurement & supply chain planners"),
            ("customer-segments", "Shared services office staff (Kraków)"),
            (
                "customer-segments",
                "Apprentices, German dual system, 60/yr",
            ),
            (
                "customer-segments",
                "Senior leadership team (40) — pipeline",
            ),
            (
                "customer-segments",
                "Works council: not a customer but signs off hours",
            ),
            (
                "customer-segments",
                "Customers' own maintenance crews (paid)",
            ),
            ("customer-segments", "Agency temps — high churn, low budget"),
            ("customer-segments", "IT/OT team rolling out the new MES"),
            // Business Outcomes (18)
            ("business-outcomes", "Lost-time injuries −25% by FY28"),
            (
                "business-outcomes",
                "Operator time-to-competence 12 → 6 weeks",
            ),
            ("business-outcomes", "Scrap −1.5 pts on lines 4 and 7"),
            ("business-outcomes", "OEE +3 pts in the pilot plants"),
            (
                "business-outcomes",
                "Fewer warranty claims from wrong installation",
            ),
            (
                "business-outcomes",
                "Succession cover for 80% of critical maintenance roles",
            ),
            ("business-outcomes", "ISO 45001 recert without a major NC"),
            ("business-outcomes", "Partner first-time-fix rate 71% → 85%"),
            ("business-outcomes", "Unplanned downtime hours −10%"),
            ("business-outcomes", "New-hire 90-day retention 68% → 80%"),
            (
                "business-outcomes",
                "60% of supervisor openings filled internally",
            ),
            (
                "business-outcomes",
                "MES go-live: <5% support tickets after week 2",
            ),
            (
                "business-outcomes",
                "Same training hours per FTE, more of them on the job",
            ),
            (
                "business-outcomes",
                "€400k revenue from paid customer training",
            ),
            ("business-outcomes", "Manager NPS for L&D +20 (baseline −5)"),
            ("business-outcomes", "Mandatory safety completion 98%"),
            ("business-outcomes", "Sales engineer ramp-up 9 → 6 months"),
            (
                "business-outcomes",
                "Measure with plant KPIs, not smile sheets",
            ),
            // Customer Relationship (14)
            (
                "customer-relationship",
                "Strategic partner to HSE and Operations",
            ),
            (
                "customer-relationship",
                "Order taker for most plant managers today",
            ),
            (
                "customer-relationship",
                "Want: one business partner per region (3 people)",
            ),
            (
                "customer-relationship",
                "Quarterly learning review with each plant manager",
            ),
            (
                "customer-relationship",
                "Self-service catalogue for office staff",
            ),
            (
                "customer-relationship",
                "Broker for leadership programmes — we pick the vendor",
            ),
            (
                "customer-relationship",
                "Service partners: contract, paid per seat",
            ),
            (
                "customer-relationship",
                "Intake form + 30-min triage call for every request",
            ),
            (
                "customer-relationship",
                "No 'one-day course' without a problem statement",
            ),
            (
                "customer-relationship",
                "Shared KPIs agreed at kick-off, checked at 90 days",
            ),
            (
                "customer-relationship",
                "Plant trainers dotted-line to central L&D",
            ),
            (
                "customer-relationship",
                "Works council consulted early, not at the end",
            ),
            (
                "customer-relationship",
                "We host the maintenance leads' community of practice",
            ),
            (
                "customer-relationship",
                "Engineering: low touch — give access, get out of the way",
            ),
            // Value Proposition (18)
            ("value-proposition", "Safe, competent operators, faster"),
            (
                "value-proposition",
                "One standard for line training in every plant",
            ),
            (
                "value-proposition",
                "Capture retiring techs' know-how before it walks out",
            ),
            (
                "value-proposition",
                "Quality incident → fix in 2 weeks, not 2 months",
            ),
            (
                "value-proposition",
                "Plant managers: fewer people pulled off the line",
            ),
            (
                "value-proposition",
                "Visible career path from operator to supervisor",
            ),
            (
                "value-proposition",
                "Sales: product answers on the phone, at the customer",
            ),
            (
                "value-proposition",
                "Partners: certified techs = lower warranty cost for both",
            ),
            (
                "value-proposition",
                "HSE: proof of competence, not just attendance",
            ),
            (
                "value-proposition",
                "Trade-off: smaller catalogue, targeted programmes",
            ),
            (
                "value-proposition",
                "Trade-off: global standard content, local language",
            ),
            (
                "value-proposition",
                "Trained MES key users on every shift before go-live",
            ),
            (
                "value-proposition",
                "Apprentices: recognised qualification + job offer",
            ),
            (
                "value-proposition",
                "Execs: one page showing what €2.4m buys",
            ),
            (
                "value-proposition",
                "Performance support at the machine, not in a classroom",
            ),
            (
                "value-proposition",
                "Spread best practice across plants (SMED, 5S)",
            ),
            (
                "value-proposition",
                "From University model to Partnership + Performance Support",
            ),
            (
                "value-proposition",
                "Paid customer training that sells service contracts",
            ),
            // Design (18)
            (
                "design",
                "Task analysis with top operators, 40 critical jobs",
            ),
            ("design", "70:20:10 — most of it on the line with a buddy"),
            ("design", "SAM for digital content, 2-week iterations"),
            ("design", "Keep ADDIE for compliance and certification"),
            (
                "design",
                "Standard work instructions as the base of every module",
            ),
            (
                "design",
                "Skills matrix per line, 4 levels, shift lead signs off",
            ),
            ("design", "3-5 min videos filmed on our own shop floor"),
            ("design", "Scenario-based LOTO safety training"),
            ("design", "VR pilot: confined space entry"),
            ("design", "Train-the-trainer for 80 plant trainers"),
            (
                "design",
                "2-hour design sprints with SMEs, not 2-day workshops",
            ),
            (
                "design",
                "Leadership: 9-month cohort with action learning projects",
            ),
            (
                "design",
                "Urgent request → job aid first, course later if ever",
            ),
            ("design", "7 languages; a glossary per plant"),
            ("design", "Always subtitles; plain language for operators"),
            ("design", "Reuse OEM manuals instead of rewriting them"),
            (
                "design",
                "Observed assessment at the machine, no multiple choice",
            ),
            ("design", "HSE review gate for anything safety-related"),
            // Delivery (18)
            ("delivery", "On-the-job with a certified buddy, 1:2"),
            (
                "delivery",
                "Training cells in 4 plants (real machines, off-line)",
            ),
            ("delivery", "SuccessFactors LMS for records and compliance"),
            ("delivery", "QR code on each machine → job aid video"),
            ("delivery", "Shift-start huddle, 10 min, one topic a week"),
            ("delivery", "Line-side tablet kiosks"),
            ("delivery", "Virtual classroom for office and sales"),
            ("delivery", "Regional academy in Katowice for CEE plants"),
            ("delivery", "Apprentice workshop in Bremen"),
            ("delivery", "Sales app with offline mode (!)"),
            (
                "delivery",
                "Partner portal: paid e-learning + practical exam",
            ),
            ("delivery", "12 VR headsets rotating between plants"),
            ("delivery", "New supervisors: 6 coaching sessions"),
            ("delivery", "Leadership cohorts face to face, 3 × 3 days"),
            ("delivery", "A Teams channel per community of practice"),
            (
                "delivery",
                "No training in peak season (Sep–Nov) except safety",
            ),
            ("delivery", "Night shift: content 24/7, trainer on call"),
            (
                "delivery",
                "Mandatory safety stays in the classroom, but shorter",
            ),
            // Key Resources (16)
            ("key-resources", "Central L&D: 12 FTE"),
            (
                "key-resources",
                "80 part-time plant trainers (20% of their time)",
            ),
            (
                "key-resources",
                "2 instructional designers + 1 video producer",
            ),
            ("key-resources", "One LMS admin = single point of failure"),
            (
                "key-resources",
                "€2.4m direct + plant-level training budgets",
            ),
            ("key-resources", "Training cells with real equipment"),
            ("key-resources", "Skills matrix data — Excel in most plants"),
            ("key-resources", "1,100 standard work instructions"),
            ("key-resources", "Articulate 360, 5 seats"),
            ("key-resources", "Video kit + small studio at HQ"),
            (
                "key-resources",
                "No LRS yet — needed for xAPI from VR and the app",
            ),
            ("key-resources", "SMEs: senior techs, ~4 h/month each"),
            ("key-resources", "Translation memory + 7 language vendors"),
            ("key-resources", "Data analyst shared with HR (0.3 FTE)"),
            (
                "key-resources",
                "Goodwill of plant managers in Poland and Mexico",
            ),
            ("key-resources", "4 apprentice instructors in Bremen"),
            // Key Partners (16)
            ("key-partners", "HSE — co-owner of the safety curriculum"),
            ("key-partners", "OpEx team (lean experts)"),
            (
                "key-partners",
                "IT/OT: tablets, shop-floor Wi-Fi, MES sandbox",
            ),
            ("key-partners", "HRBPs — talent reviews, succession"),
            ("key-partners", "Works council"),
            ("key-partners", "IHK for apprentice exams"),
            (
                "key-partners",
                "Technical university: co-designed maintenance certificate",
            ),
            (
                "key-partners",
                "OEMs: machine content + trainer certification",
            ),
            ("key-partners", "VR studio (12-month pilot contract)"),
            (
                "key-partners",
                "Business school for the leadership programme",
            ),
            ("key-partners", "Translation agency"),
            ("key-partners", "SuccessFactors implementation partner"),
            ("key-partners", "Vocational schools around Monterrey"),
            ("key-partners", "Corporate comms: launches, intranet"),
            ("key-partners", "Finance controller for the cost model"),
            ("key-partners", "Distributors co-fund partner training"),
            // Cost Structure (14)
            ("cost-structure", "Direct L&D budget €2.4m"),
            (
                "cost-structure",
                "People 55% · vendors 25% · tech 12% · travel 8%",
            ),
            ("cost-structure", "Hidden: plant trainers' time ≈ €1.1m/yr"),
            (
                "cost-structure",
                "Hidden: operators off the line, ~48k h/yr",
            ),
            ("cost-structure", "SME hours never charged to L&D"),
            ("cost-structure", "LMS licence €180k/yr, renewal 2027"),
            ("cost-structure", "VR pilot €140k incl. hardware"),
            (
                "cost-structure",
                "Leadership programme €320k — biggest vendor line",
            ),
            ("cost-structure", "Translation €90k/yr"),
            (
                "cost-structure",
                "Travel to regional academy: −30% with virtual",
            ),
            (
                "cost-structure",
                "Apprenticeships €600k, partly state-funded",
            ),
            ("cost-structure", "Paid partner training offsets ~€400k"),
            (
                "cost-structure",
                "Every line >€100k tied to a business outcome",
            ),
            (
                "cost-structure",
                "Training cell floor space, charged by the plants",
            ),
        ],
    )
}

fn long_multilingual() -> Canvas {
    canvas(
        CanvasKind::LearningModelNine,
        "Rheinfeld Logistik Gruppe — Lernmodell 2027 / modèle L&D (Entwurf v0.4)",
        &[
            (
                "customer-segments",
                "Kund:innen / Segments :\n\
                 - Lagermitarbeitende in DE und AT (≈ 2.400 Personen, 3 Schichten)\n\
                 - Disponent:innen und Teamleiter:innen\n\
                 - Équipes commerciales France (Lyon, Lille) — 180 personnes\n\
                 - Geschäftsführung der Landesgesellschaften als Sponsoren",
            ),
            (
                "customer-segments",
                "Wer zahlt? Die Standorte. Wer fragt an? Meistens HR. Wer lernt? Die Schicht — und die hat keine Zeit.",
            ),
            (
                "customer-segments",
                "Oddział w Poznaniu: 320 pracowników magazynu, szkolenia BHP przed zmianą poranną; kierownicy zmian chcą krótszych modułów.",
            ),
            (
                "business-outcomes",
                "Ziele 2027 :\n\
                 1. Einarbeitung Staplerfahrer:innen von 6 auf 3 Wochen\n\
                 2. Kommissionierfehler −20 % (Basis: Q4/2025)\n\
                 3. Unfallquote < 8 pro 1 Mio. Arbeitsstunden\n\
                 4. Taux de fidélisation des nouveaux embauchés > 75 % à 6 mois",
            ),
            (
                "business-outcomes",
                "« Ce qui compte pour le directeur des opérations : moins d'erreurs de préparation, pas plus d'heures de formation. »",
            ),
            (
                "business-outcomes",
                "Messung: Fehlerquote und Einarbeitungszeit kommen aus dem WMS, nicht aus Feedbackbögen.\n\
                 Ohne LRS kein Nachweis für xAPI-Daten — der « fil d'or » ist heute gerissen.",
            ),
            (
                "customer-relationship",
                "Heute: Bestellannahme („wir brauchen einen Kurs“).\n\
                 Ziel: Lernpartner der Standortleitung — quartalsweises Review, gemeinsame KPIs, ein klares Nein zu Gießkannen-Schulungen.",
            ),
            (
                "value-proposition",
                "Notre proposition de valeur :\n\
                 - des équipes opérationnelles compétentes dès la première semaine\n\
                 - une seule norme de formation pour tous les entrepôts (DE, FR, PL)\n\
                 - la preuve chiffrée de l'impact, présentée au comité de direction chaque trimestre\n\
                 Compromis assumé : moins de catalogue, plus de soutien au poste de travail.",
            ),
            (
                "value-proposition",
                "Vom Universitätsmodell zu Performance Support + Partnerschaft: weg vom Katalog, hin zum Arbeitsplatz.",
            ),
            (
                "design",
                "Design-Prinzipien:\n\
                 - 70:20:10 ernst nehmen — der größte Teil passiert in der Schicht\n\
                 - agile Produktion (SAM), Sprints à 2 Wochen\n\
                 - jede Maßnahme startet mit einer Aufgabenanalyse am Arbeitsplatz\n\
                 - Inhalte zuerst auf Deutsch, dann FR/PL/JA über den Übersetzungsspeicher",
            ),
            (
                "design",
                "Microlearning de 3 à 5 minutes, tourné dans nos propres entrepôts — pas de vidéos génériques achetées « sur étagère ».",
            ),
            (
                "delivery",
                "Kanäle:\n\
                 - QR-Codes an Regalen und Staplern → Kurzvideo (90 s)\n\
                 - Schichtbeginn-Briefing, 10 Min., ein Thema pro Woche\n\
                 - LMS nur noch für Pflichtschulungen und Nachweise\n\
                 - classes virtuelles pour les équipes commerciales en France 🚚",
            ),
            (
                "delivery",
                "日本法人（横浜）：新任マネージャー研修を年2回、各回20名。\n現地講師と共同で設計し、英語の教材はそのまま使わない。",
            ),
            (
                "key-resources",
                "Ressourcen:\n\
                 - L&D zentral: 9 VZÄ (davon 2 Instructional Designer:innen, 1 Videoproduzent)\n\
                 - 45 Schichttrainer:innen mit 15 % Freistellung\n\
                 - Budget 1,9 Mio. € direkt + Standortbudgets (≈ 600 T€)\n\
                 - LMS (Vertrag bis 03/2028), kein LRS — xAPI-Daten gehen heute verloren",
            ),
            (
                "key-partners",
                "Partenaires clés :\n\
                 - Arbeitssicherheit / sécurité au travail : co-propriétaire des modules obligatoires\n\
                 - IT : tablettes, Wi-Fi dans les entrepôts, accès au WMS\n\
                 - Betriebsrat : consulté dès la conception (Mitbestimmung bei Pflichtstunden)\n\
                 - IHK und Berufsschulen für die Ausbildung\n\
                 - prestataire e-learning à Lyon pour la traduction et la voix off",
            ),
            (
                "key-partners",
                "Poznań: lokalny partner szkoleniowy (uprawnienia UDT na wózki widłowe) — umowa roczna, ok. 85 000 zł.",
            ),
            (
                "cost-structure",
                "Kostenstruktur (2026, gerundet):\n\
                 - Personal L&D: 1,05 Mio. € (55 %)\n\
                 - Externe Anbieter & Lizenzen: 520 T€\n\
                 - Technik (LMS, Autorenwerkzeuge, Übersetzung): 230 T€\n\
                 - Reisekosten: 95 T€ — Ziel −30 %\n\
                 Versteckt: Schichtstunden der Lernenden ≈ 41.000 h/Jahr × 38 €/h ≈ 1,56 Mio. €",
            ),
            (
                "cost-structure",
                "Coût caché à rendre visible : le temps des experts métier (SME), environ 2 100 heures par an, jamais imputé au budget formation.",
            ),
        ],
    )
}

fn startup_lean() -> Canvas {
    canvas(
        CanvasKind::Lean,
        "Tandemly — Lean Canvas, pre-seed (peer coaching for frontline managers)",
        &[
            (
                "problem",
                "New frontline managers get no coaching in year one",
            ),
            ("problem", "L&D can't afford 1:1 coaching for 500 managers"),
            (
                "problem",
                "Today: one leadership course, forgotten in 3 weeks",
            ),
            (
                "customer-segments",
                "Heads of L&D at firms with 1,000–10,000 staff",
            ),
            (
                "customer-segments",
                "Early adopters: retail & logistics, many shift leads",
            ),
            (
                "unique-value-proposition",
                "A coach for every new manager, for the price of an e-learning licence",
            ),
            (
                "unique-value-proposition",
                "Peer pairs, 20 min a week, matched on real goals",
            ),
            ("solution", "Match pairs across sites by role and goal"),
            ("solution", "Weekly prompts inside Teams / Slack"),
            ("solution", "L&D dashboard: participation + manager NPS"),
            (
                "channels",
                "Founder posts on LinkedIn + L&D conference talks",
            ),
            ("channels", "Pilots through 2 HR consultancies"),
            (
                "revenue-streams",
                "€8 per manager per month, annual contract",
            ),
            ("revenue-streams", "Paid pilot €5k, credited on conversion"),
            ("cost-structure", "3 founders, no salary until seed"),
            ("cost-structure", "Hosting + Teams integration ~€1.2k/month"),
            (
                "key-metrics",
                "Pairs still meeting after 8 weeks (target 70%)",
            ),
            ("key-metrics", "Pilot → paid conversion rate"),
            (
                "unfair-advantage",
                "Co-founder ran L&D for 2,000 store managers — first 3 customers from that network",
            ),
        ],
    )
}
