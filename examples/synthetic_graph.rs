//! Writes a large synthetic graph for timing the query commands (`benches/query.sh`).
//!
//! `cargo run --release --example synthetic_graph -- big.json [ACTORS EVENTS STATEMENTS]`
//! (defaults: 2,000 actors, 100,000 events, 20,000 statements). Actors are picked
//! with a skewed distribution, as in news, where a few actors take part in most
//! events; the output is the same for the same arguments.

use std::path::PathBuf;
use std::process::ExitCode;

use geokg::export::{render, write_file_atomically, Format};
use geokg::{
    Actor, ActorGraph, ActorKind, CharSpans, Direct, Event, Evidence, Modality, QuadClass,
    Statement, StatementKind,
};

/// (relation, CAMEO code, category, quad class): a spread over all four quad classes.
const RELATIONS: [(&str, &str, &str, QuadClass); 8] = [
    (
        "say",
        "010",
        "make_public_statement",
        QuadClass::VerbalCooperation,
    ),
    ("call on", "020", "appeal", QuadClass::VerbalCooperation),
    ("meet", "040", "consult", QuadClass::VerbalCooperation),
    (
        "give aid",
        "070",
        "provide_aid",
        QuadClass::MaterialCooperation,
    ),
    ("accuse", "112", "disapprove", QuadClass::VerbalConflict),
    (
        "threaten sanctions",
        "1312",
        "threaten",
        QuadClass::VerbalConflict,
    ),
    (
        "deploy troops",
        "150",
        "exhibit_force_posture",
        QuadClass::MaterialConflict,
    ),
    ("attack", "190", "fight", QuadClass::MaterialConflict),
];

/// xorshift64*: deterministic and dependency-free; quality is beside the point here.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }

    /// Index in `0..n`, small ones far more often (density ∝ 1/sqrt(x)).
    fn skewed(&mut self, n: usize) -> usize {
        let u = (self.next() >> 11) as f64 / (1u64 << 53) as f64;
        ((u * u) * n as f64) as usize % n.max(1)
    }
}

fn actor(i: usize, countries: usize) -> Actor {
    let country = format!("C{:03}", i % countries);
    let (id, label, kind) = match i {
        i if i < countries => (country.clone(), format!("Country {i}"), ActorKind::Country),
        i if i % 4 == 0 => (
            format!("ORG{i}"),
            format!("Organisation {i}"),
            ActorKind::Organization,
        ),
        i if i % 4 == 1 => (
            format!("{country}-gov{i}"),
            format!("Ministry {i}"),
            ActorKind::Government,
        ),
        i => (
            format!("person:p{i}"),
            format!("Person{i} Surname{i}"),
            ActorKind::Person,
        ),
    };
    Actor {
        country: (kind != ActorKind::Organization).then_some(country),
        id,
        label,
        kind,
        organization: None,
        role: None,
        sector: None,
        cameo: None,
        aliases: Vec::new(),
    }
}

fn date(rng: &mut Rng) -> String {
    format!(
        "{}-{:02}-{:02}",
        2020 + rng.below(4),
        1 + rng.below(12),
        1 + rng.below(28)
    )
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let Some(path) = args.first().map(PathBuf::from) else {
        eprintln!("usage: synthetic_graph OUT.json [ACTORS EVENTS STATEMENTS]");
        return ExitCode::FAILURE;
    };
    let number =
        |i: usize, default: usize| args.get(i).and_then(|a| a.parse().ok()).unwrap_or(default);
    let (actors, events, statements) = (number(1, 2_000), number(2, 100_000), number(3, 20_000));
    let countries = (actors / 10).max(1);
    let documents = (events / 10).max(1);

    let mut rng = Rng(0x9E37_79B9_7F4A_7C15);
    let mut graph = ActorGraph::new();
    let all: Vec<Actor> = (0..actors).map(|i| actor(i, countries)).collect();
    for a in &all {
        graph.add_actor(a);
    }
    let sentence = "Officials of {S} said on Tuesday that {T} had been told of the decision, \
                    which follows weeks of talks between the two sides over the border.";
    for _ in 0..events {
        let (s, t) = (&all[rng.skewed(actors)], &all[rng.skewed(actors)]);
        let (relation, cameo, category, quad_class) = RELATIONS[rng.below(RELATIONS.len())];
        let text = sentence.replace("{S}", &s.label).replace("{T}", &t.label);
        graph.add_event(Event {
            source: s.id.clone(),
            target: t.id.clone(),
            relation: relation.into(),
            cameo: cameo.into(),
            category: category.into(),
            quad_class,
            goldstein: None,
            plover: None,
            negated: false,
            modality: Modality::Asserted,
            quote: None,
            statement: None,
            evidence: Evidence {
                doc: format!("doc{:06}", rng.below(documents)),
                sentence: rng.below(30),
                span: [0, text.len()],
                trigger: "said".into(),
                source_text: s.label.clone(),
                source_span: [0, 0],
                target_text: t.label.clone(),
                target_span: [0, 0],
                text,
                date: Some(date(&mut rng)),
            },
        });
    }
    for n in 0..statements {
        let speaker = &all[rng.skewed(actors)];
        let about: Vec<String> = (0..1 + rng.below(3))
            .map(|_| all[rng.skewed(actors)].id.clone())
            .filter(|id| *id != speaker.id)
            .collect();
        let content = format!(
            "the talks with {} must go on, and there is no alternative to dialogue on security",
            about.first().map_or("the neighbours", String::as_str)
        );
        let doc = format!("doc{:06}", rng.below(documents));
        graph.add_statement(Statement {
            id: format!("{doc}:{n}:0"),
            speaker: speaker.id.clone(),
            relation: "say".into(),
            cameo: "010".into(),
            direct: if n % 3 == 0 {
                Direct::Quoted
            } else {
                Direct::Indirect
            },
            kind: StatementKind::Speech,
            text: format!("{} said that {content}.", speaker.label),
            content_span: [0, content.len()],
            content,
            about,
            doc,
            sentence: rng.below(30),
            span: [0, 0],
            trigger: "said".into(),
            speaker_text: speaker.label.clone(),
            speaker_span: [0, 0],
            date: Some(date(&mut rng)),
            cue_span: [0, 0],
            content_spans: vec![[0, 0]],
            char_spans: CharSpans::default(),
            speaker_resolved: true,
            antecedent_text: None,
            antecedent_span: None,
            parent: None,
            continues: None,
        });
    }
    graph.set_documents(documents);
    match write_file_atomically(&path, &render(&graph, Format::Json)) {
        Ok(()) => {
            eprintln!(
                "{}: {} actors, {} events, {} statements",
                path.display(),
                graph.node_count(),
                graph.edge_count(),
                graph.statements().len()
            );
            ExitCode::SUCCESS
        }
        Err(err) => {
            eprintln!("synthetic_graph: {err}");
            ExitCode::FAILURE
        }
    }
}
