//! The preset dictionary of share-link format 1: words and phrases that
//! canvases of L&D departments often hold. Deflate may refer back into it,
//! so a short note costs a few bits per known phrase instead of a byte per
//! letter.
//!
//! Frozen: every link of format 1 was compressed against exactly these
//! bytes, so changing one of them breaks every such link (the fixed links in
//! the tests would fail). A better dictionary means a new format version.
//! Written from the domain's vocabulary, not from the benchmark corpus;
//! the phrases used most sit at the end, where references are cheapest.

pub const DICTIONARY_V1: &str = "\
Strategic priorities for next year: growth in new markets, digital transformation, cost reduction programme, \
merger integration, new ERP system go-live, SAP S/4HANA, Salesforce CRM roll-out, Workday, ServiceNow, Microsoft 365, \
Cornerstone, SuccessFactors, Degreed, LinkedIn Learning, Coursera, Udemy Business, Articulate Rise, Storyline, Vimeo, \
Zoom, Miro, Slack, Viva Learning, SharePoint, Confluence, Jira, Power BI, Tableau, Excel tracker, \
banking: branch staff, relationship managers, advisers, credit risk, anti-money laundering AML, KYC, MiFID, regulators, \
retail: store colleagues, store managers, area managers, head office, seasonal staff, till training, stock, merchandising, \
visual merchandising, click and collect, customer complaints, loss prevention, peak season, Black Friday, \
healthcare: nurses, midwives, junior doctors, consultants, allied health professionals, healthcare assistants, \
clinical skills, patient safety, mandatory training, infection control, medication errors, CPD, revalidation, \
ward managers, simulation suite, bedside teaching, e-portfolio, agency staff, patient experience, \
manufacturing: operators, maintenance technicians, shift supervisors, quality inspectors, lean, six sigma, \
5S, kaizen, SOPs, standard work, lockout tagout, forklift licence, near misses, lost time injuries, OEE, scrap rate, \
downtime, changeover, new production line, skills matrix, multi-skilling, ageing workforce, knowledge transfer, \
software: engineers, engineering managers, customer success managers, support engineers, solution architects, \
partners and resellers, product releases, release notes, API, cloud, security awareness, secure coding, \
certification exams, sandbox, hackathon, tech talks, internal docs, developer onboarding, customer academy, \
partner academy, product certification, churn, renewals, upsell, adoption, time to value, support tickets, \
ticket deflection, self-service portal, in-app guidance, walkthroughs, knowledge articles, \
Value: faster time to competence for new hires, fewer safety incidents, better customer satisfaction, \
more sales per rep, managers who coach their teams, consistent service across all stores, \
one place to find all learning, learning that fits into the working day, ready for the next role, \
compliance without the pain, audit-ready records, less time away from the job, \
Design: needs analysis with the business, learning objectives, storyboards, rapid prototyping, \
design sprints, user testing with learners, curation of existing content, buy not build, \
templates and style guide, accessibility, translation and localisation into 12 languages, \
blended journeys, spaced practice, scenarios, branching scenarios, case studies, \
Delivery: live online sessions, virtual instructor-led training VILT, instructor-led training ILT, \
on-the-job training, shadowing, ride-alongs, train the trainer, peer coaches, champions network, \
learning platform, app on the shop floor, QR codes at the workstation, tablets, offline access, \
Customer relationship: account managers per business unit, learning business partners, \
quarterly reviews with each division, service level agreement SLA, request form, ticket queue, \
intake process, prioritisation board, governance board, advisory council, office hours, \
Resources: team of 8 FTE, 3 instructional designers, 2 LMS administrators, 1 data analyst, \
pool of internal trainers, external facilitators on demand, content library licence, \
studio for video, budget owned by HR, budget owned by the business units, chargeback model, \
Costs: salaries of the L&D team, vendor fees, platform licences per user, content licences, \
travel costs for classroom sessions, room hire, printing, translation costs, \
trainers' time, participants' time, backfill for people in training, overtime, \
Outcomes: reduce time to competence by 30%, cut onboarding from 12 to 8 weeks, \
raise engagement score, lower staff turnover in the first year, fewer customer complaints, \
higher first-time fix rate, fewer audit findings, 100% completion of mandatory training, \
sales growth in target segment, promotion rate from within, internal fill rate for key roles, \
Unfair advantage Unique value proposition Problem Solution Key metrics Revenue streams \
Channels Key activities Investment & Return Strategy & Governance Service Delivery Model \
Products & Services Customers Key Partners Key Resources Cost Structure Business Outcomes \
Customer Relationship Customer Segments Value Proposition Design Delivery \
Learning Model Canvas learning model Performance Support Mass Distribution University \
Innovation simulations, games and role play practice in a safe place \
golden thread broken thread dynamic scorecard drivers and results \
waterfall ADDIE agile SAM ad hoc 70:20:10 xAPI learning record store LRS SCORM \
LMS LXP authoring tool video platform virtual classroom webinar MOOC podcast \
microlearning blended learning social learning communities of practice peer learning \
mentoring programme coaching circles action learning job rotation stretch assignments \
strategic partner vendor broker self-service high touch low touch \
steering committee quarterly business review KPI dashboard executive sponsor \
requester sponsor payer learner business unit heads HR business partners \
regional managers country managers plant managers store managers shift leaders \
team leads first-line managers middle managers senior leaders top 200 leaders \
new hires graduates apprentices interns frontline staff field engineers technicians \
sales reps account managers customer service agents call centre nurses doctors \
software engineers developers product managers project managers finance controllers \
compliance legal IT security data protection GDPR health and safety anti-bribery \
code of conduct diversity and inclusion wellbeing change management digital skills \
product knowledge product launch sales enablement customer experience \
leadership development leadership programme talent review succession planning \
high potentials career paths skills framework skills gap competency model \
time to competence time to productivity speed to proficiency ramp-up time \
employee engagement retention turnover attrition absenteeism \
first-call resolution customer satisfaction NPS CSAT quality errors rework \
incidents accidents audit findings fines \
completion rates attendance satisfaction scores assessment scores certification \
learning hours per employee cost per learner cost per hour cost per course \
return on investment ROI business impact efficiency effectiveness \
L&D payroll travel and accommodation venues catering third-party spend licences \
content providers consultants freelance facilitators instructional designers \
community managers subject matter experts SMEs SME time SME hours \
learners' time away from the job hidden cost loaded hourly rate headcount \
budget per year annual budget cut by increase by reduce by within 6 months \
internal partners external partners IT partner analytics team communications team \
shared services centre of excellence academy corporate university \
global regional local in-house outsourced \
onboarding induction orientation first 90 days buddy programme \
e-learning modules online courses face-to-face classroom training workshops \
in the flow of work in the workflow at the moment of need job aids checklists \
how-to videos knowledge base search FAQ chatbot mobile app intranet Teams \
surveys feedback evaluation Kirkpatrick level 1 level 2 level 3 level 4 \
pilot roll-out scale up rolled out to all employees across all sites \
managers and team leads for new managers for all employees for the sales team \
training for new hires learning for managers development of our people \
improve performance reduce costs increase sales grow revenue faster onboarding \
fewer errors less rework higher quality better customer experience \
per year per month per week per learner per employee per session per course \
hours days weeks months FTE € $ £ k % \
the business the organisation the company our people our customers our leaders \
We need to make sure that all of our managers have the skills they need to lead their teams through change. \
Most of the budget goes to external providers and travel; the hidden cost is the time people spend away from work. \
Our main customers are the business units, each with its own head of learning and its own priorities. \
The business wants proof that training makes a difference: link every programme to a business metric. \
Learners want short, relevant content they can use right away, on any device, at any time. \
Too many courses, too little impact: retire what nobody uses and focus on the few programmes that matter. \
New joiners are productive sooner when their manager, a buddy and a clear plan for the first weeks are in place. \
Who pays? Who decides? Who learns? Who benefits? What does success look like? How do we measure it? \
Build internal capability: train the trainers, certify the experts, share what works across the regions. \
Data: completions, hours, scores and feedback today; tomorrow, performance data from the business systems. \
Agreement with each business unit on goals, budget and measures, reviewed every quarter. \
Not yet decided; to be discussed with the steering committee; owner: head of L&D; next step: pilot in one region. \
engineering sales marketing finance HR operations logistics procurement legal IT support \
onboarding coaching mentoring leading managing reporting tracking planning building hiring selling \
running writing reviewing measuring improving reducing increasing launching scaling sharing \
recorded live online remote hybrid in person on site on the job in class self-paced instructor-led \
monthly quarterly yearly weekly daily annual every quarter twice a year once a year by end of year \
owner budget holder decision maker approver stakeholders users customers clients partners suppliers \
managers' time people's time employees' time leaders' time experts' time \
new starters new joiners new managers new leaders new products new markets new tools new process \
all staff all managers all employees all sites all regions all countries head office field staff \
too many too few too long too slow not enough no time no budget no data low uptake low completion \
high cost high turnover high demand more than less than up to at least about around over under \
across between within without through after before during via per each every some most more less \
learning and development Learning & Development training and development \
learning training development managers employees leaders people skills \
performance business customer service sales support content design delivery \
programme program course courses session sessions team teams coaching \
 the  and  for  of  to  in  with  on  by  from  per  our  their  a  an ";

/// What format 3 adds after [`DICTIONARY_V1`]: the shape of the extras JSON
/// ([`crate::core::format::extras`]): its keys and fixed values only, no names or
/// figures a user would write. Last, so its words are nearest. Frozen like
/// format 1's: a change would break every link of format 3.
pub const EXTRAS_V3: &str = r#"["requester","sponsor","payer","learner"]{"partner":"internal"}],[2,{"partner":"external"}],[3,{"roles":["sponsor","learner"]}],[4,{"roles":["requester","payer"]}]],"models":{"today":"university","aim":"innovation"},"models":{"today":"partnership","aim":"mass-distribution"},"models":{"today":"mass-distribution","aim":"performance-support"},"dismissed_hints":["performance-support-it","mass-distribution-content","innovation-practice","partnership-external","university-catalogue"],"links":[[1,2],[1,3],[2,4],[3,5]],"worksheet":{"currency":"GBP","currency":"USD","currency":"CHF","currency":"EUR","lines":[{"kind":"payroll","label":"","amount":0},{"kind":"travel","amount":0},{"kind":"third-party","amount":0},{"kind":"tools","amount":0},{"kind":"expert-time","label":"","hours":0,"rate":0},{"kind":"learner-time","hours":0,"headcount":0,"rate":0},{"kind":"other-hidden","amount":0},{"kind":"benefit","amount":0}]},"metrics":[{"id":1,"block":"business-outcomes","name":"","role":"result","unit":"%","current":0,"target":0},{"id":2,"block":"delivery","name":"","role":"driver","unit":"","current":0,"target":0,"moves":[1]}]}{"marks":[[1,{"partner":"internal"}],[2,{"roles":["sponsor","#;

/// The dictionary of format 3 (and of format 1 and 2 as their prefix).
pub fn dictionary(format: u32) -> std::borrow::Cow<'static, [u8]> {
    if format >= 3 {
        [DICTIONARY_V1.as_bytes(), EXTRAS_V3.as_bytes()]
            .concat()
            .into()
    } else {
        DICTIONARY_V1.as_bytes().into()
    }
}
