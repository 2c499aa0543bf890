//! Golden files: what the app writes, byte for byte, kept in `tests/golden/`.
//!
//! The files were written by the code before its formats moved to serde
//! (issue 14), so they prove that every stored record, index, snapshot list,
//! copy list, template, export and share link is still written the same way,
//! and that the records and links of every released version still open.
//! (The files of `more_extras` were added after the move, written by a
//! worktree of the commit before it, 27ba4be.)
//! `LMC_WRITE_GOLDEN=1 cargo test --test golden` rewrites them: only ever
//! for a new file, never to make a changed output pass.

use lmc::core::canvas::colour::NoteColour;
use lmc::core::canvas::kind::CanvasKind;
use lmc::core::canvas::marks::{PartnerSide, Role};
use lmc::core::canvas::model::Canvas;
use lmc::core::canvas::threads;
use lmc::core::export::markdown;
use lmc::core::export::svg;
use lmc::core::format::index::{decode_index, decode_snapshots, encode_index, encode_snapshots};
use lmc::core::format::index::{Snapshot, Summary};
use lmc::core::format::record::{decode_record, encode_record, Record};
use lmc::core::format::templates::{decode_template, encode_template, Template};
use lmc::core::library::shared_copies::{decode_copies, encode_copies, CopyOfLink};
use lmc::core::method::learning_model::LearningModel;
use lmc::core::method::scorecard::{set_moves, Metric, MetricRole};
use lmc::core::method::worksheet::{Amount, Line, LineKind};
use lmc::core::share;
use std::path::PathBuf;

fn golden_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/golden")
}

/// Compares `actual` with the golden file `name` (or writes it, when asked).
fn golden(name: &str, actual: &str) {
    let path = golden_dir().join(name);
    if std::env::var_os("LMC_WRITE_GOLDEN").is_some() {
        std::fs::create_dir_all(golden_dir()).expect("tests/golden");
        std::fs::write(&path, actual).expect("golden file written");
        return;
    }
    let expected = std::fs::read_to_string(&path)
        .unwrap_or_else(|e| panic!("{}: {e} (write it with LMC_WRITE_GOLDEN=1)", path.display()));
    assert!(
        expected == actual,
        "{name} is no longer written byte for byte as before:\n--- golden\n{expected}\n--- now\n{actual}"
    );
}

fn read_golden(name: &str) -> String {
    std::fs::read_to_string(golden_dir().join(name)).unwrap_or_else(|e| panic!("{name}: {e}"))
}

/// Text that tests every escape: quotes, backslashes, line breaks, tabs,
/// control characters (backspace, form feed, U+0001), non-ASCII letters,
/// an emoji, U+2028 and something that looks like markup.
const AWKWARD: &str =
    "\"Quotes\" \\ back\nslash\ttab \u{8}\u{c}\u{1} Zürich — 🎓 \u{2028} <b>&amp;</b>";

/// A canvas with every part a record can hold.
fn every_extra() -> Canvas {
    let mut c = Canvas::new(CanvasKind::LearningModelNine);
    c.title = format!("Acme L&D 2026 {AWKWARD}");
    let partner = c.add_note("key-partners");
    c.set_note_text(partner, "IT service desk\nfor the LMS");
    c.set_note_colour(partner, Some(NoteColour::Red));
    let segment = c.add_note("customer-segments");
    c.set_note_text(segment, "Sales teams — EMEA");
    let odd = c.add_note("value-propositions");
    c.set_note_text(odd, AWKWARD);
    c.set_note_colour(odd, Some(NoteColour::Blue));
    let plain = c.add_note("key-activities");
    c.set_note_text(plain, "");
    c.notes[0].partner = Some(PartnerSide::External);
    c.notes[1].roles = [Role::Sponsor, Role::Payer, Role::Learner]
        .into_iter()
        .collect();
    c.legend.set_label(NoteColour::Red, "Blocker");
    c.legend.set_label(NoteColour::Green, "Agreed \"yes\"");
    c.models.today = Some(LearningModel::MassDistribution);
    c.models.aim = Some(LearningModel::PerformanceSupport);
    c.dismissed_hints.push("mass-distribution-content".into());
    c.dismissed_hints.push(AWKWARD.into());
    threads::link(&mut c.links, segment, partner);
    threads::link(&mut c.links, odd, segment);
    c.worksheet.currency = "CHF".into();
    c.worksheet.lines = [
        (LineKind::Payroll, "Team of 3", 18_000_000),
        (LineKind::Travel, "", 1_250_050),
        (LineKind::ThirdParty, AWKWARD, 1),
        (LineKind::Tools, "LMS licence", 990_000),
        (LineKind::OtherHidden, "", 0),
        (LineKind::Benefit, "Faster ramp-up", 50_000_010),
    ]
    .into_iter()
    .map(|(kind, label, cents)| {
        let mut line = Line::new(kind);
        line.label = label.into();
        line.amount = Amount(cents * 10);
        line
    })
    .collect();
    let mut expert = Line::new(LineKind::ExpertTime);
    expert.label = "Reviews".into();
    expert.hours = Amount(1_200_500);
    expert.rate = Amount(85_500);
    let mut learner = Line::new(LineKind::LearnerTime);
    learner.hours = Amount(2_500);
    learner.headcount = Amount(400_000);
    learner.rate = Amount(60_000);
    c.worksheet.lines.push(expert);
    c.worksheet.lines.push(learner);
    let mut result = Metric::new(1, "business-outcomes", MetricRole::Result);
    result.name = "Time to competence".into();
    result.unit = "months".into();
    result.current = Some(Amount(9_050));
    result.target = Some(Amount(6_000));
    let mut driver = Metric::new(2, "delivery", MetricRole::Driver);
    driver.name = AWKWARD.into();
    driver.unit = "h".into();
    driver.current = Some(Amount(0));
    c.metrics = vec![result, driver];
    set_moves(&mut c.metrics, 2, 1, true);
    c
}

fn record(canvas: Canvas) -> Record {
    Record {
        canvas,
        created: 1_790_000_000_000,
        edited: 1_790_000_360_123,
        trashed: None,
    }
}

#[test]
fn a_record_with_every_extra_is_written_as_before_and_reads_back() {
    let r = record(every_extra());
    golden("record-v4-every-extra.json", &encode_record(&r));
    let back = decode_record(&read_golden("record-v4-every-extra.json"), 0);
    assert_eq!(back, Ok(r));
}

#[test]
fn records_of_every_released_version_open_and_are_written_as_before() {
    for version in 1..=4 {
        let raw = read_golden(&format!("record-v{version}.json"));
        let r = decode_record(&raw, 1_800_000_000_000)
            .unwrap_or_else(|e| panic!("record-v{version}.json: {e}"));
        golden(
            &format!("record-v{version}.written.json"),
            &encode_record(&r),
        );
    }
}

/// Version 5 (issue 15) adds the trash date to the record; a record out
/// of the trash is still written as version 4, byte for byte as before.
#[test]
fn a_record_in_the_trash_is_version_five_and_reads_back() {
    let mut r = record(every_extra());
    golden("record-v4-every-extra.json", &encode_record(&r));
    r.trashed = Some(1_790_000_400_000);
    golden("record-v5-in-trash.json", &encode_record(&r));
    let back = decode_record(&read_golden("record-v5-in-trash.json"), 0);
    assert_eq!(back, Ok(r));
}

#[test]
fn an_index_with_a_canvas_in_the_trash_is_written_as_before() {
    let mut a = Summary::of("a1b2c3", &record(every_extra()));
    a.title = AWKWARD.into();
    let mut b = Summary::of("d4e5f6", &record(Canvas::new(CanvasKind::BusinessModel)));
    b.deleted = Some(1_790_000_999_000);
    let index = vec![a, b];
    golden("index-v1.json", &encode_index(&index));
    assert_eq!(decode_index(&read_golden("index-v1.json")), Ok(index));
}

#[test]
fn a_snapshot_list_is_written_as_before() {
    let snapshots = vec![
        Snapshot {
            label: "Before the steering committee".into(),
            at: 1_790_000_100_000,
            canvas: Canvas::new(CanvasKind::Lean),
        },
        Snapshot {
            label: AWKWARD.into(),
            at: 1_790_000_200_000,
            canvas: every_extra(),
        },
    ];
    golden("snapshots-v3.json", &encode_snapshots(&snapshots));
    assert_eq!(
        decode_snapshots(&read_golden("snapshots-v3.json")),
        Ok(snapshots)
    );
    for version in 1..=2 {
        let raw = read_golden(&format!("snapshots-v{version}.json"));
        let back = decode_snapshots(&raw).unwrap_or_else(|e| panic!("snapshots v{version}: {e}"));
        golden(
            &format!("snapshots-v{version}.written.json"),
            &encode_snapshots(&back),
        );
    }
}

#[test]
fn the_list_of_copies_of_links_is_written_as_before() {
    let copies = vec![
        CopyOfLink {
            link: "3f2a9c".into(),
            id: "a1b2c3".into(),
        },
        CopyOfLink {
            link: AWKWARD.into(),
            id: "d4e5f6".into(),
        },
    ];
    golden("shared-copies-v1.json", &encode_copies(&copies));
    assert_eq!(
        decode_copies(&read_golden("shared-copies-v1.json")),
        Ok(copies)
    );
}

#[test]
fn a_template_is_written_as_before_and_every_shipped_one_reads_the_same() {
    let t = Template {
        id: "golden".into(),
        name: "Golden sample".into(),
        description: AWKWARD.into(),
        canvas: every_extra(),
    };
    golden("template-v1.json", &encode_template(&t));
    assert_eq!(
        decode_template("golden", &read_golden("template-v1.json")),
        Ok(t)
    );
    // Each shipped template, read and written again, one per line.
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("templates");
    let mut names: Vec<String> = std::fs::read_dir(&dir)
        .expect("templates/")
        .filter_map(|e| e.ok()?.file_name().into_string().ok())
        .filter(|n| n.ends_with(".json") && n != "index.json")
        .collect();
    names.sort();
    let mut written = String::new();
    for name in names {
        let raw = std::fs::read_to_string(dir.join(&name)).expect("template file");
        let id = name.trim_end_matches(".json");
        let t = decode_template(id, &raw).unwrap_or_else(|e| panic!("{name}: {e}"));
        written.push_str(&format!("{id}\t{}\n", encode_template(&t)));
    }
    golden("templates-written.txt", &written);
}

#[test]
fn exports_are_written_as_before() {
    let c = every_extra();
    golden("export.md", &markdown::to_markdown(&c));
    golden("export.svg", &svg::to_svg(&c));
}

#[test]
fn a_link_of_every_released_format_opens_and_is_written_again_the_same() {
    let links = read_golden("links.txt");
    let mut formats = Vec::new();
    for line in links.lines().filter(|l| !l.is_empty()) {
        let canvas = share::decode(line).unwrap_or_else(|e| panic!("{line}: {e}"));
        assert_eq!(share::encode(&canvas).as_deref(), Ok(line));
        formats.push(line[..3].to_string());
    }
    assert_eq!(formats, ["c1.", "c2.", "c3."]);
    // And the canvas with every extra travels as it did.
    let link = share::encode(&every_extra()).expect("encodes");
    golden("link-every-extra.txt", &link);
    assert!(share::decode(&link).is_ok());
}

/// What `every_extra` leaves out: a note with a partner side and roles, a
/// model aimed for with none today, a metric with a target and no current
/// value, and a learner-time line with a label.
fn more_extras() -> Canvas {
    let mut c = Canvas::new(CanvasKind::BusinessModel);
    c.title = "More extras".into();
    let both = c.add_note("key-partners");
    c.set_note_text(both, "Works council");
    c.notes[0].partner = Some(PartnerSide::Internal);
    c.notes[0].roles = [Role::Requester, Role::Learner].into_iter().collect();
    c.models.aim = Some(LearningModel::Innovation);
    let mut learner = Line::new(LineKind::LearnerTime);
    learner.label = "Onboarding week".into();
    learner.hours = Amount(40_500);
    learner.headcount = Amount(12_000);
    learner.rate = Amount(42_750);
    c.worksheet.lines = vec![learner];
    c.worksheet.currency = "USD".into();
    let mut m = Metric::new(7, "revenue-streams", MetricRole::Result);
    m.name = "Internal charge-back".into();
    m.unit = "%".into();
    m.target = Some(Amount(12_500));
    c.metrics = vec![m];
    c
}

#[test]
fn a_record_with_the_other_extras_is_written_as_before() {
    let r = record(more_extras());
    golden("record-v4-more-extras.json", &encode_record(&r));
    assert_eq!(
        decode_record(&read_golden("record-v4-more-extras.json"), 0),
        Ok(r)
    );
    let link = share::encode(&more_extras()).expect("encodes");
    golden("link-more-extras.txt", &link);
}

/// Link format 4 and record version 5 (issue 15) for amounts with three
/// decimals: written only for such a canvas, read back exactly.
#[test]
fn a_canvas_in_dinars_is_written_as_link_four_and_record_five() {
    let mut c = more_extras();
    c.worksheet.currency = "KWD".into();
    let mut travel = Line::new(LineKind::Travel);
    travel.amount = Amount(1_250_125);
    c.worksheet.lines.push(travel);
    let link = share::encode(&c).expect("encodes");
    golden("link-v4-dinars.txt", &link);
    assert_eq!(
        share::decode(&read_golden("link-v4-dinars.txt")),
        Ok(c.clone())
    );
    let r = record(c);
    golden("record-v5-dinars.json", &encode_record(&r));
    assert_eq!(
        decode_record(&read_golden("record-v5-dinars.json"), 0),
        Ok(r)
    );
}

/// The backup file (issue 15): written as this, and read back whole.
#[test]
fn a_backup_is_written_as_before_and_restores() {
    use lmc::core::library::store::MemoryStore;
    use lmc::core::library::Library;
    let mut lib = Library::new(MemoryStore::default());
    let (id, _) = lib.create(every_extra(), 1_790_000_000_000, 7).unwrap();
    lib.add_snapshot(&id, "Workshop", &more_extras(), 1_790_000_100_000)
        .unwrap();
    let (binned, _) = lib
        .create(Canvas::new(CanvasKind::Lean), 1_790_000_000_000, 8)
        .unwrap();
    lib.trash(&binned, 1_790_000_200_000).unwrap();
    golden("backup-v1.json", &lib.backup(1_790_000_300_000).unwrap());
    let mut fresh = Library::new(MemoryStore::default());
    let done = fresh
        .restore(&read_golden("backup-v1.json"), 1_800_000_000_000, 1)
        .unwrap();
    assert_eq!(done.added, 2);
    assert_eq!(fresh.load(&id, 0).unwrap().0.canvas, every_extra());
    assert_eq!(fresh.listing(0).unwrap().trashed().count(), 1);
}

/// Link format 5 and record version 6 (issue 16): the lineage, who shared
/// it and when, and note ids that are not 1, 2, 3…; read back exactly.
#[test]
fn a_shared_canvas_is_written_as_link_five_record_six_and_a_shared_file() {
    use lmc::core::canvas::lineage::{Envelope, Lineage, LineageId};
    let mut c = every_extra();
    // Ids as an edited canvas has them: a note removed, one added.
    let first = c.notes[0].id;
    c.delete_note(first);
    c.add_note("design");
    c.lineage = Some(Lineage {
        id: LineageId::new(0x0000_5eed_cafe_f00d),
        base: Some(0x1234_abcd),
    });
    let envelope = Envelope {
        lineage: LineageId::new(0x0000_5eed_cafe_f00d),
        made_from: 0x1234_abcd,
        by: Some("Ana Ruiz".into()),
        day: 20_790,
    };
    let link = share::encode_shared(&c, &envelope).expect("encodes");
    golden("link-v5-shared.txt", &link);
    let (back, got) = share::open(&read_golden("link-v5-shared.txt")).expect("opens");
    assert_eq!(got, Some(envelope.clone()));
    let mut expected = c.clone();
    expected.lineage = Some(Lineage {
        id: envelope.lineage,
        base: Some(share::version_mark(&c)),
    });
    assert_eq!(back, expected);
    let r = record(c);
    golden("record-v6-lineage.json", &encode_record(&r));
    assert_eq!(
        decode_record(&read_golden("record-v6-lineage.json"), 0),
        Ok(r.clone())
    );
    golden(
        "file-v6-shared.json",
        &lmc::core::format::record::encode_shared_file(&r, &envelope),
    );
    let (canvas, got) =
        share::file_import::read_shared_file(&read_golden("file-v6-shared.json"), 0)
            .expect("the shared file opens");
    assert_eq!(got, Some(envelope));
    assert_eq!(canvas, expected);
}

/// Link format 6, record version 7 and snapshots version 4 (issue 17): a
/// dot vote, with a ballot from the room and one from a phone, on notes
/// whose ids are not their places; read back exactly.
#[test]
fn a_canvas_with_a_vote_is_written_as_link_six_record_seven_and_snapshots_four() {
    use lmc::core::canvas::lineage::{Envelope, Lineage, LineageId};
    use lmc::core::canvas::votes::{Ballot, Votes};
    use lmc::core::format::index::{decode_snapshots, encode_snapshots, Snapshot};
    let mut c = every_extra();
    let first = c.notes[0].id;
    c.delete_note(first);
    let ids: Vec<_> = c.notes.iter().map(|n| n.id).collect();
    let mut votes = Votes::new(0x2a, 3, true);
    let room = votes.ballot_of("Voter 1").expect("a ballot");
    votes.give(room, ids[0]).expect("a dot");
    votes
        .give(room, ids[0])
        .expect("a second dot, repeats allowed");
    votes.give(room, ids[2]).expect("a dot");
    votes.ballots.push(Ballot {
        voter: "Ana".into(),
        phone: Some(0x00ff_00ff),
        dots: vec![ids[1]],
    });
    c.votes = Some(votes);
    c.lineage = Some(Lineage {
        id: LineageId::new(0x0000_5eed_cafe_f00d),
        base: None,
    });
    let envelope = Envelope {
        lineage: LineageId::new(0x0000_5eed_cafe_f00d),
        made_from: share::version_mark(&c),
        by: None,
        day: 20_790,
    };
    let link = share::encode_shared(&c, &envelope).expect("encodes");
    assert!(link.starts_with("c6."), "{link}");
    golden("link-v6-votes.txt", &link);
    let (back, _) = share::open(&read_golden("link-v6-votes.txt")).expect("opens");
    assert_eq!(back.votes, c.votes);
    let r = record(c.clone());
    golden("record-v7-votes.json", &encode_record(&r));
    assert_eq!(
        decode_record(&read_golden("record-v7-votes.json"), 0),
        Ok(r)
    );
    // Snapshots keep no lineage.
    c.lineage = None;
    let snapshots = [Snapshot {
        label: "Before the vote".into(),
        at: 1_700_000_000_000,
        canvas: c,
    }];
    golden("snapshots-v4-votes.json", &encode_snapshots(&snapshots));
    assert_eq!(
        decode_snapshots(&read_golden("snapshots-v4-votes.json")),
        Ok(snapshots.to_vec())
    );
}
