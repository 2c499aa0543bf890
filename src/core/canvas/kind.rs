//! Canvas kinds and their blocks: one definition per kind, used by the
//! layout, the UI and the storage validation alike.

/// The kinds of canvas the app offers.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum CanvasKind {
    /// The nine-block Learning Model Canvas (Business Model Canvas grid).
    LearningModelNine,
    /// The five-area Learning Model Canvas, built from the centre out.
    LearningModelFive,
    /// Osterwalder's Business Model Canvas.
    BusinessModel,
    /// The Lean Canvas.
    Lean,
}

/// Where a block sits in its kind's grid (1-based, as in CSS grid lines).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct GridArea {
    pub col: u8,
    pub row: u8,
    pub col_span: u8,
    pub row_span: u8,
}

const fn area(col: u8, row: u8, col_span: u8, row_span: u8) -> GridArea {
    GridArea {
        col,
        row,
        col_span,
        row_span,
    }
}

#[derive(Debug)]
pub struct BlockDef {
    /// Stable id, stored with every note. Never rename.
    pub id: &'static str,
    pub title: &'static str,
    pub description: &'static str,
    pub questions: &'static [&'static str],
    pub area: GridArea,
    /// Position when the blocks stack in one column on a narrow screen.
    pub narrow_order: u8,
}

#[derive(Debug)]
pub struct KindDef {
    pub kind: CanvasKind,
    pub name: &'static str,
    pub columns: u8,
    pub rows: u8,
    pub blocks: &'static [BlockDef],
    /// The order "Present" steps through the blocks, as the method of
    /// this kind discusses them (ids of `blocks`, each once).
    pub present_order: &'static [&'static str],
}

impl KindDef {
    /// The blocks in the method's filling order (Customer Segments and
    /// Business Outcomes first): the order of Tab, screen readers and the
    /// stacked phone layout. Picked rather than sorted: a sort instance
    /// costs ~5 KB of wasm.
    pub fn blocks_in_filling_order(&self) -> impl Iterator<Item = &BlockDef> + '_ {
        (1..=self.blocks.len() as u8)
            .filter_map(|order| self.blocks.iter().find(|b| b.narrow_order == order))
    }
}

/// The title of a block in whichever kind defines it.
pub fn block_title(block_id: &str) -> &'static str {
    CanvasKind::ALL
        .into_iter()
        .find_map(|k| k.block(block_id))
        .map_or("another canvas", |b| b.title)
}

impl CanvasKind {
    pub const ALL: [CanvasKind; 4] = [
        CanvasKind::LearningModelNine,
        CanvasKind::LearningModelFive,
        CanvasKind::BusinessModel,
        CanvasKind::Lean,
    ];

    pub fn def(self) -> &'static KindDef {
        match self {
            CanvasKind::LearningModelNine => &LMC_NINE,
            CanvasKind::LearningModelFive => &LMC_FIVE,
            CanvasKind::BusinessModel => &BMC,
            CanvasKind::Lean => &LEAN,
        }
    }

    /// The id stored in drafts and used in form controls. Never change one.
    pub fn id(self) -> &'static str {
        match self {
            CanvasKind::LearningModelNine => "lmc-nine",
            CanvasKind::LearningModelFive => "lmc-five",
            CanvasKind::BusinessModel => "bmc",
            CanvasKind::Lean => "lean",
        }
    }

    pub fn from_id(id: &str) -> Option<CanvasKind> {
        CanvasKind::ALL.into_iter().find(|k| k.id() == id)
    }

    pub fn name(self) -> &'static str {
        self.def().name
    }

    pub fn block(self, block_id: &str) -> Option<&'static BlockDef> {
        self.def().blocks.iter().find(|b| b.id == block_id)
    }

    pub fn has_block(self, block_id: &str) -> bool {
        self.block(block_id).is_some()
    }
}

static LMC_NINE: KindDef = KindDef {
    kind: CanvasKind::LearningModelNine,
    name: "Learning Model Canvas (9 blocks)",
    columns: 10,
    rows: 3,
    // The method: Customer Segments and Business Outcomes first.
    present_order: &["customer-segments", "business-outcomes", "value-proposition", "customer-relationship", "delivery", "design", "key-resources", "key-partners", "cost-structure"],
    blocks: &[
        BlockDef {
            id: "key-partners",
            title: "Key Partners",
            description: "Who supplies what L&D cannot, or should not, do alone.",
            questions: &[
                "Which colleagues inside the company do we depend on: sponsors, IT, analytics, communications, subject experts?",
                "Which vendors, consultants, content or platform providers fill our gaps?",
                "What does each partner give us, and what do they expect in return?",
            ],
            area: area(1, 1, 2, 2),
            narrow_order: 8,
        },
        BlockDef {
            id: "design",
            title: "Design",
            description: "The kind of learning we build and the way we produce it.",
            questions: &[
                "How urgent and how important is each need we design for?",
                "What blend of on-the-job, social and formal learning (70:20:10) fits it?",
                "Which production method do we follow: ADDIE-style, agile such as SAM, or ad hoc?",
            ],
            area: area(3, 1, 2, 1),
            narrow_order: 6,
        },
        BlockDef {
            id: "key-resources",
            title: "Key Resources",
            description: "The money, people, tools and systems the department runs on.",
            questions: &[
                "Which roles do we have: designers, facilitators, community managers, subject experts?",
                "Which tools and systems carry our work?",
                "Where does the budget come from, and where is it short?",
            ],
            area: area(3, 2, 2, 1),
            narrow_order: 7,
        },
        BlockDef {
            id: "value-proposition",
            title: "Value Proposition",
            description: "What L&D is worth to the organisation, customer by customer.",
            questions: &[
                "Which problem do we solve for each customer segment?",
                "Why would a business leader come to us rather than do nothing or buy elsewhere?",
                "Which trade-offs are we making on purpose?",
            ],
            area: area(5, 1, 2, 2),
            narrow_order: 3,
        },
        BlockDef {
            id: "customer-relationship",
            title: "Customer Relationship",
            description: "The kind of working relationship we keep with each customer.",
            questions: &[
                "Are we a strategic partner, a vendor, a broker or a self-service shop to them?",
                "Which customers need high touch, and which are served well with low touch?",
                "How do we stay in the conversation once a programme has ended?",
            ],
            area: area(7, 1, 2, 1),
            narrow_order: 4,
        },
        BlockDef {
            id: "delivery",
            title: "Delivery",
            description: "The channels that carry learning to people, and their timing.",
            questions: &[
                "Which channels do we use: classroom, webinar, mobile, in the workflow, LMS, coaching, social, MOOCs?",
                "Does learning reach people before, at, or after the moment they need it?",
                "Which channel suits which segment?",
            ],
            area: area(7, 2, 2, 1),
            narrow_order: 5,
        },
        BlockDef {
            id: "customer-segments",
            title: "Customer Segments",
            description: "Whose goals L&D serves: business units, roles, partners.",
            questions: &[
                "Which business units, roles or partner groups do we serve?",
                "For each one, who asks, who sponsors, who pays and who learns?",
                "Which segment matters most this year?",
            ],
            area: area(9, 1, 2, 2),
            narrow_order: 1,
        },
        BlockDef {
            id: "cost-structure",
            title: "Cost Structure",
            description: "Where the budget goes across people, technology and overhead.",
            questions: &[
                "What do people, technology and overhead each cost us?",
                "Which costs stay hidden, such as expert time or hours away from the job?",
                "Which business outcome justifies each large cost?",
            ],
            area: area(1, 3, 5, 1),
            narrow_order: 9,
        },
        BlockDef {
            id: "business-outcomes",
            title: "Business Outcomes",
            description: "What success looks like through the customer's eyes.",
            questions: &[
                "Which gains in efficiency, effectiveness or results do customers expect?",
                "Which process measures will we track: quality, time, satisfaction?",
                "Which business measures should move: cost, volume, value?",
            ],
            area: area(6, 3, 5, 1),
            narrow_order: 2,
        },
    ],
};

static LMC_FIVE: KindDef = KindDef {
    kind: CanvasKind::LearningModelFive,
    name: "Learning Model Canvas (5 areas)",
    columns: 3,
    rows: 3,
    // From the centre out: the offer, who it serves, then around them.
    present_order: &["products-services", "customers", "service-delivery", "strategy-governance", "investment-return"],
    blocks: &[
        BlockDef {
            id: "strategy-governance",
            title: "Strategy & Governance",
            description: "How L&D is steered, and how it keeps executives on board.",
            questions: &[
                "Who sits on the steering committee, and how often does it meet?",
                "Which indicators go on the dashboard that executives see?",
                "How, and how often, do we report on our work?",
            ],
            area: area(1, 1, 3, 1),
            narrow_order: 4,
        },
        BlockDef {
            id: "service-delivery",
            title: "Service Delivery Model",
            description: "What has to be done, how, and by whom.",
            questions: &[
                "Which activities do we run ourselves, and which do partners run?",
                "Which new activities do we need, such as curating content or facilitating social learning?",
                "Who owns each step from a request to a result?",
            ],
            area: area(1, 2, 1, 1),
            narrow_order: 3,
        },
        BlockDef {
            id: "products-services",
            title: "Products & Services",
            description: "What L&D offers, and how that offer is managed.",
            questions: &[
                "Which programmes, resources and services make up our offer?",
                "How do we specify each one and keep its quality up?",
                "How do we know that each one makes a difference?",
            ],
            area: area(2, 2, 1, 1),
            narrow_order: 1,
        },
        BlockDef {
            id: "customers",
            title: "Customers",
            description: "The groups we serve and what each of them wants.",
            questions: &[
                "Who are our learners, managers and executives?",
                "What does each group want from us, and how do they experience us today?",
                "How valuable are we to each of them?",
            ],
            area: area(3, 2, 1, 1),
            narrow_order: 2,
        },
        BlockDef {
            id: "investment-return",
            title: "Investment & Return",
            description: "The full investment, hidden costs included, set against what comes back.",
            questions: &[
                "What is the direct spend: L&D payroll, travel, third parties?",
                "What do expert hours and learners' time away from work really cost?",
                "What return do we expect, and how will we show it?",
            ],
            area: area(1, 3, 3, 1),
            narrow_order: 5,
        },
    ],
};

static BMC: KindDef = KindDef {
    kind: CanvasKind::BusinessModel,
    name: "Business Model Canvas",
    columns: 10,
    rows: 3,
    // The usual telling: from the customer to the value, then the cost side.
    present_order: &[
        "customer-segments",
        "value-propositions",
        "channels",
        "customer-relationships",
        "revenue-streams",
        "key-resources",
        "key-activities",
        "key-partners",
        "cost-structure",
    ],
    blocks: &[
        BlockDef {
            id: "key-partners",
            title: "Key Partners",
            description: "The partners and suppliers that make the model work.",
            questions: &[
                "Who are our most important partners and suppliers?",
                "Which activities or resources do we get from them?",
            ],
            area: area(1, 1, 2, 2),
            narrow_order: 8,
        },
        BlockDef {
            id: "key-activities",
            title: "Key Activities",
            description: "The things the business must do well.",
            questions: &[
                "Which activities does our value proposition depend on?",
                "Which ones do our channels, relationships and revenue need?",
            ],
            area: area(3, 1, 2, 1),
            narrow_order: 6,
        },
        BlockDef {
            id: "key-resources",
            title: "Key Resources",
            description: "The assets the model cannot run without.",
            questions: &[
                "Which physical, intellectual, human or financial assets do we need?",
                "Which resource would be hardest to replace?",
            ],
            area: area(3, 2, 2, 1),
            narrow_order: 7,
        },
        BlockDef {
            id: "value-propositions",
            title: "Value Propositions",
            description: "The products and services that create value for a segment.",
            questions: &[
                "Which customer problem do we help to solve?",
                "What do we offer to each segment?",
                "Why would customers pick us?",
            ],
            area: area(5, 1, 2, 2),
            narrow_order: 2,
        },
        BlockDef {
            id: "customer-relationships",
            title: "Customer Relationships",
            description: "How we win, keep and grow customers.",
            questions: &[
                "Which relationship does each segment expect from us?",
                "What does each kind of relationship cost?",
            ],
            area: area(7, 1, 2, 1),
            narrow_order: 4,
        },
        BlockDef {
            id: "channels",
            title: "Channels",
            description: "How we reach customers and deliver what we promise.",
            questions: &[
                "Through which channels do customers want to hear from us?",
                "Which channels work best for the least cost?",
            ],
            area: area(7, 2, 2, 1),
            narrow_order: 3,
        },
        BlockDef {
            id: "customer-segments",
            title: "Customer Segments",
            description: "The people and organisations we create value for.",
            questions: &[
                "For whom are we creating value?",
                "Who are our most important customers?",
            ],
            area: area(9, 1, 2, 2),
            narrow_order: 1,
        },
        BlockDef {
            id: "cost-structure",
            title: "Cost Structure",
            description: "The largest costs of running the model.",
            questions: &[
                "Which costs are the largest?",
                "Which resources and activities cost the most?",
            ],
            area: area(1, 3, 5, 1),
            narrow_order: 9,
        },
        BlockDef {
            id: "revenue-streams",
            title: "Revenue Streams",
            description: "The money each segment brings in.",
            questions: &[
                "What are customers willing to pay for?",
                "How do they pay today, and how would they rather pay?",
                "How much does each stream add to the total?",
            ],
            area: area(6, 3, 5, 1),
            narrow_order: 5,
        },
    ],
};

static LEAN: KindDef = KindDef {
    kind: CanvasKind::Lean,
    name: "Lean Canvas",
    columns: 10,
    rows: 3,
    // Lean Canvas's own order: problem and customer first, then the rest.
    present_order: &[
        "problem",
        "customer-segments",
        "unique-value-proposition",
        "solution",
        "channels",
        "revenue-streams",
        "cost-structure",
        "key-metrics",
        "unfair-advantage",
    ],
    blocks: &[
        BlockDef {
            id: "problem",
            title: "Problem",
            description: "The most pressing problems of the customers.",
            questions: &[
                "What are the three biggest problems?",
                "How do people get around them today?",
            ],
            area: area(1, 1, 2, 2),
            narrow_order: 2,
        },
        BlockDef {
            id: "solution",
            title: "Solution",
            description: "The simplest answer to each problem.",
            questions: &[
                "What is the smallest thing that solves each problem?",
                "Which feature could we leave out?",
            ],
            area: area(3, 1, 2, 1),
            narrow_order: 4,
        },
        BlockDef {
            id: "key-metrics",
            title: "Key Metrics",
            description: "The numbers that show the business is working.",
            questions: &[
                "Which few numbers tell us we are on track?",
                "Which activity matters most to measure?",
            ],
            area: area(3, 2, 2, 1),
            narrow_order: 7,
        },
        BlockDef {
            id: "unique-value-proposition",
            title: "Unique Value Proposition",
            description: "One clear message that says why we are different.",
            questions: &[
                "Why are we different, and worth a look?",
                "How would we say it in one sentence?",
            ],
            area: area(5, 1, 2, 2),
            narrow_order: 3,
        },
        BlockDef {
            id: "unfair-advantage",
            title: "Unfair Advantage",
            description: "What others cannot easily copy or buy.",
            questions: &[
                "What do we have that others cannot copy or buy?",
                "How long will that advantage last?",
            ],
            area: area(7, 1, 2, 1),
            narrow_order: 6,
        },
        BlockDef {
            id: "channels",
            title: "Channels",
            description: "The path to customers.",
            questions: &[
                "How will we reach our customers?",
                "Which channel can grow with us?",
            ],
            area: area(7, 2, 2, 1),
            narrow_order: 5,
        },
        BlockDef {
            id: "customer-segments",
            title: "Customer Segments",
            description: "The target customers, and who will adopt first.",
            questions: &["Who are the target customers?", "Who will adopt first?"],
            area: area(9, 1, 2, 2),
            narrow_order: 1,
        },
        BlockDef {
            id: "cost-structure",
            title: "Cost Structure",
            description: "What it costs to reach customers and to run.",
            questions: &[
                "What does it cost to win a customer?",
                "Which costs are fixed and which vary?",
            ],
            area: area(1, 3, 5, 1),
            narrow_order: 8,
        },
        BlockDef {
            id: "revenue-streams",
            title: "Revenue Streams",
            description: "How the model earns money.",
            questions: &[
                "How do we earn money?",
                "What is a customer worth over their lifetime?",
            ],
            area: area(6, 3, 5, 1),
            narrow_order: 9,
        },
    ],
};

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;
    use std::collections::HashSet;

    #[test]
    fn every_kind_has_unique_block_ids_and_titles() {
        for kind in CanvasKind::ALL {
            let def = kind.def();
            let ids: HashSet<_> = def.blocks.iter().map(|b| b.id).collect();
            let titles: HashSet<_> = def.blocks.iter().map(|b| b.title).collect();
            assert_eq!(ids.len(), def.blocks.len(), "{kind:?} repeats a block id");
            assert_eq!(titles.len(), def.blocks.len(), "{kind:?} repeats a title");
            assert_eq!(def.kind, kind, "{kind:?} points at the wrong definition");
        }
    }

    #[test]
    fn layouts_cover_the_grid_with_no_overlap() {
        for kind in CanvasKind::ALL {
            let def = kind.def();
            let mut cells = vec![0u8; def.columns as usize * def.rows as usize];
            for b in def.blocks {
                let a = b.area;
                assert!(a.col >= 1 && a.row >= 1 && a.col_span >= 1 && a.row_span >= 1);
                assert!(a.col + a.col_span - 1 <= def.columns, "{} overflows", b.id);
                assert!(a.row + a.row_span - 1 <= def.rows, "{} overflows", b.id);
                for r in a.row..a.row + a.row_span {
                    for c in a.col..a.col + a.col_span {
                        cells[(r as usize - 1) * def.columns as usize + c as usize - 1] += 1;
                    }
                }
            }
            assert!(
                cells.iter().all(|&n| n == 1),
                "{kind:?}: every cell must be covered exactly once: {cells:?}"
            );
        }
    }

    #[test]
    fn narrow_order_is_a_permutation() {
        for kind in CanvasKind::ALL {
            let blocks = kind.def().blocks;
            let mut order: Vec<u8> = blocks.iter().map(|b| b.narrow_order).collect();
            order.sort_unstable();
            let expected: Vec<u8> = (1..=blocks.len() as u8).collect();
            assert_eq!(order, expected, "{kind:?}");
        }
    }

    #[test]
    fn the_present_order_names_every_block_once() {
        for kind in CanvasKind::ALL {
            let def = kind.def();
            let mut order: Vec<&str> = def.present_order.to_vec();
            order.sort_unstable();
            let mut ids: Vec<&str> = def.blocks.iter().map(|b| b.id).collect();
            ids.sort_unstable();
            assert_eq!(order, ids, "{kind:?}");
        }
        let nine = CanvasKind::LearningModelNine.def().present_order;
        assert_eq!(nine[..2], ["customer-segments", "business-outcomes"]);
        let five = CanvasKind::LearningModelFive.def().present_order;
        assert_eq!(five[0], "products-services");
    }

    #[test]
    fn every_block_has_two_to_four_questions_and_a_description() {
        for kind in CanvasKind::ALL {
            for b in kind.def().blocks {
                assert!((2..=4).contains(&b.questions.len()), "{}", b.id);
                assert!(b.questions.iter().all(|q| q.ends_with('?')), "{}", b.id);
                assert!(!b.description.is_empty() && !b.title.is_empty());
            }
        }
    }

    #[test]
    fn the_nine_block_canvas_follows_the_domain_layout() {
        let k = CanvasKind::LearningModelNine;
        let at = |id| k.block(id).map(|b| b.area);
        assert_eq!(k.def().blocks.len(), 9);
        assert_eq!(at("key-partners"), Some(area(1, 1, 2, 2)));
        assert_eq!(at("value-proposition"), Some(area(5, 1, 2, 2)));
        assert_eq!(at("customer-segments"), Some(area(9, 1, 2, 2)));
        assert_eq!(at("cost-structure"), Some(area(1, 3, 5, 1)));
        assert_eq!(at("business-outcomes"), Some(area(6, 3, 5, 1)));
        // Segments and outcomes come first when stacked, as the method suggests.
        let first_two: HashSet<_> = k
            .def()
            .blocks
            .iter()
            .filter(|b| b.narrow_order <= 2)
            .map(|b| b.id)
            .collect();
        assert_eq!(
            first_two,
            HashSet::from(["customer-segments", "business-outcomes"])
        );
    }

    #[test]
    fn the_five_area_canvas_has_products_and_services_in_the_centre() {
        let k = CanvasKind::LearningModelFive;
        assert_eq!(k.def().blocks.len(), 5);
        assert_eq!(
            k.block("products-services").map(|b| b.area),
            Some(area(2, 2, 1, 1))
        );
    }

    #[test]
    fn kind_ids_round_trip_and_never_change() {
        for kind in CanvasKind::ALL {
            assert_eq!(CanvasKind::from_id(kind.id()), Some(kind));
        }
        let ids: Vec<_> = CanvasKind::ALL.iter().map(|k| k.id()).collect();
        assert_eq!(ids, ["lmc-nine", "lmc-five", "bmc", "lean"]);
        assert_eq!(CanvasKind::from_id("nope"), None);
    }
}
