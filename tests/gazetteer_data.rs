//! Checks on the gazetteer data files themselves, independent of the loader that embeds them:
//! a malformed line or an ambiguous name here would silently mislabel actors in every graph.

use std::collections::{BTreeMap, BTreeSet, HashMap};

const COUNTRIES: &str = include_str!("../data/countries.tsv");
const ORGANIZATIONS: &str = include_str!("../data/organizations.tsv");
const GROUPS: &str = include_str!("../data/groups.tsv");
const NOT_ACTORS: &str = include_str!("../data/not_actors.txt");
/// Regions that stand for their country only where an actor stands; the scans below count
/// names, adjectives and seats, so a region, like a blocked phrase, yields no id.
const REGIONS: &str = include_str!("../data/regions.tsv");

/// Country ids that keshvar does not know: Kosovo's user-assigned code and ISO 3166-3 codes of
/// states that no longer exist but fill the 1987 Reuters corpus.
const IDS_OUTSIDE_KESHVAR: &[&str] = &["XKX", "SUN", "DDR", "YUG", "CSK"];

/// Territories and historical states the brief requires beside the 193 UN members.
const REQUIRED_NON_MEMBERS: &[&str] = &[
    "PSE", "XKX", "TWN", "VAT", "ESH", "HKG", "MAC", "GRL", "PRI", "SUN", "DDR", "YUG",
];

/// Surface forms deliberately shared by two rows: in 1980s text "the Kremlin" is the Soviet
/// Union, in modern text Russia.
const SHARED_FORMS: &[(&str, &[&str])] = &[("Kremlin", &["RUS", "SUN"])];

/// Blockers the brief asks for although they contain no gazetteer name today; they guard against
/// names someone may add later ("Gulf", "Jersey", "Korean").
const BLOCKERS_WITHOUT_NAME: &[&str] = &[
    "Middle East",
    "Eastern Europe",
    "Western Europe",
    "Southeast Asia",
    "Gulf War",
    "Korean War",
    "New Jersey",
];

/// One data line: its 1-based line number and its TAB-separated fields.
struct Record<'a> {
    line: usize,
    fields: Vec<&'a str>,
}

impl<'a> Record<'a> {
    fn id(&self) -> &'a str {
        self.fields[0]
    }

    /// The `|`-separated values of a column; `-` is the empty list.
    fn values(&self, column: usize) -> Vec<&'a str> {
        match self.fields[column] {
            "-" => Vec::new(),
            field => field.split('|').collect(),
        }
    }
}

/// The lines that are neither comments nor blank, as the loader sees them.
fn data_lines(text: &str) -> impl Iterator<Item = (usize, &str)> {
    text.lines()
        .enumerate()
        .map(|(i, line)| (i + 1, line))
        .filter(|(_, line)| !line.trim().is_empty() && !line.starts_with('#'))
}

fn records(text: &str) -> Vec<Record<'_>> {
    data_lines(text)
        .map(|(line, text)| Record {
            line,
            fields: text.split('\t').collect(),
        })
        .collect()
}

struct TsvFile {
    name: &'static str,
    text: &'static str,
    columns: usize,
    /// Columns that hold surface forms the scanner matches.
    form_columns: &'static [usize],
    /// Whether the loader also matches the label as a name (it does for countries and organisations).
    label_is_name: bool,
    /// Columns that hold `|`-separated lists (the form columns plus nothing else today).
    multi_columns: &'static [usize],
}

const FILES: [TsvFile; 3] = [
    TsvFile {
        name: "countries.tsv",
        text: COUNTRIES,
        columns: 5,
        form_columns: &[2, 3, 4],
        label_is_name: true,
        multi_columns: &[2, 3, 4],
    },
    TsvFile {
        name: "organizations.tsv",
        text: ORGANIZATIONS,
        columns: 4,
        form_columns: &[2],
        label_is_name: true,
        multi_columns: &[2],
    },
    TsvFile {
        name: "groups.tsv",
        text: GROUPS,
        columns: 5,
        form_columns: &[2],
        label_is_name: false,
        multi_columns: &[2],
    },
];

fn not_actor_phrases() -> Vec<(usize, &'static str)> {
    data_lines(NOT_ACTORS).collect()
}

/// Every surface form of every actor, mapped to the ids (across all three files) it names.
fn form_index() -> BTreeMap<&'static str, BTreeSet<&'static str>> {
    let mut index: BTreeMap<&str, BTreeSet<&str>> = BTreeMap::new();
    for file in &FILES {
        for record in records(file.text) {
            if file.label_is_name {
                index
                    .entry(record.fields[1])
                    .or_default()
                    .insert(record.id());
            }
            for &column in file.form_columns {
                for form in record.values(column) {
                    index.entry(form).or_default().insert(record.id());
                }
            }
        }
    }
    index
}

fn country_ids() -> BTreeSet<&'static str> {
    records(COUNTRIES).iter().map(Record::id).collect()
}

fn row<'a>(records: &'a [Record<'static>], id: &str) -> &'a Record<'static> {
    records
        .iter()
        .find(|r| r.id() == id)
        .unwrap_or_else(|| panic!("no row with id {id}"))
}

fn is_word_char(c: char) -> bool {
    c.is_alphanumeric()
}

/// Whether `form` occurs in `text` at byte `at` as a whole word (the rule the scanner applies).
fn whole_word_at(text: &str, at: usize, form: &str) -> bool {
    let end = at + form.len();
    text[at..].starts_with(form)
        && !text[..at].chars().next_back().is_some_and(is_word_char)
        && !text[end..].chars().next().is_some_and(is_word_char)
}

/// A reference leftmost-longest, whole-word scan over the actor forms and the blockers, the
/// strategy the crate's matcher uses; returns the ids found, blockers (and regions, see
/// [`REGIONS`]) yielding nothing.
fn scan(text: &str) -> BTreeSet<&'static str> {
    let index = form_index();
    let regions = REGIONS
        .lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
        .filter_map(|l| l.split('\t').next());
    let blockers: Vec<&str> = not_actor_phrases()
        .into_iter()
        .map(|(_, p)| p)
        .chain(regions)
        .collect();
    let mut found = BTreeSet::new();
    let mut at = 0;
    while at < text.len() {
        let longest_actor = index
            .keys()
            .filter(|form| whole_word_at(text, at, form))
            .max_by_key(|form| form.len());
        let longest_blocker = blockers
            .iter()
            .filter(|phrase| whole_word_at(text, at, phrase))
            .max_by_key(|phrase| phrase.len());
        let actor_len = longest_actor.map_or(0, |f| f.len());
        let blocker_len = longest_blocker.map_or(0, |p| p.len());
        if blocker_len >= actor_len && blocker_len > 0 {
            at += blocker_len;
        } else if let Some(form) = longest_actor {
            found.extend(index[form].iter().copied());
            at += form.len();
        } else {
            at += text[at..].chars().next().map_or(1, char::len_utf8);
        }
    }
    found
}

#[test]
fn every_line_has_the_right_number_of_columns() {
    for file in &FILES {
        for record in records(file.text) {
            assert_eq!(
                record.fields.len(),
                file.columns,
                "{}:{} has {} columns",
                file.name,
                record.line,
                record.fields.len()
            );
        }
    }
    for (line, phrase) in not_actor_phrases() {
        assert!(!phrase.contains('\t'), "not_actors.txt:{line} has a TAB");
    }
}

#[test]
fn every_file_starts_with_a_comment_header() {
    for (name, text) in FILES
        .iter()
        .map(|f| (f.name, f.text))
        .chain([("not_actors.txt", NOT_ACTORS)])
    {
        assert!(text.starts_with("# "), "{name} lacks a header");
    }
}

#[test]
fn no_field_or_value_is_empty_or_padded() {
    for file in &FILES {
        for record in records(file.text) {
            let where_ = format!("{}:{}", file.name, record.line);
            for (column, field) in record.fields.iter().enumerate() {
                assert!(!field.is_empty(), "{where_}: column {column} is empty");
                assert_eq!(field.trim(), *field, "{where_}: column {column} is padded");
                if file.multi_columns.contains(&column) && *field != "-" {
                    for value in field.split('|') {
                        assert!(!value.is_empty(), "{where_}: empty value in {field:?}");
                        assert_eq!(value.trim(), value, "{where_}: padded value {value:?}");
                        assert_ne!(value, "-", "{where_}: '-' mixed with values");
                        assert!(value.chars().count() > 1, "{where_}: one-letter {value:?}");
                    }
                }
            }
            assert_ne!(record.fields[2], "-", "{where_}: no names");
        }
    }
    for (line, phrase) in not_actor_phrases() {
        assert_eq!(phrase.trim(), phrase, "not_actors.txt:{line} is padded");
    }
}

#[test]
fn no_value_in_a_column_repeats() {
    for file in &FILES {
        for record in records(file.text) {
            for &column in file.multi_columns {
                let values = record.values(column);
                let distinct: BTreeSet<_> = values.iter().collect();
                assert_eq!(
                    distinct.len(),
                    values.len(),
                    "{}:{} repeats a value in column {column}",
                    file.name,
                    record.line
                );
            }
        }
    }
}

#[test]
fn names_have_no_leading_determiner() {
    for file in &FILES {
        for record in records(file.text) {
            for &column in file.form_columns {
                for form in record.values(column) {
                    assert!(
                        !form.starts_with("the ") && !form.starts_with("The "),
                        "{}:{}: {form:?} starts with a determiner",
                        file.name,
                        record.line
                    );
                }
            }
        }
    }
}

/// Whether an id has the shape its file promises.
type IdShape = fn(&str) -> bool;

#[test]
fn ids_are_unique_and_well_formed_per_file() {
    let id_shape: [(&str, IdShape); 3] = [
        ("countries.tsv", |id| {
            id.len() == 3 && id.bytes().all(|b| b.is_ascii_uppercase())
        }),
        ("organizations.tsv", |id| {
            id.bytes()
                .all(|b| b.is_ascii_uppercase() || b.is_ascii_digit() || b == b'-')
        }),
        ("groups.tsv", |id| {
            id.bytes()
                .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
        }),
    ];
    for (file, (name, well_formed)) in FILES.iter().zip(id_shape) {
        assert_eq!(file.name, name);
        let mut seen = HashMap::new();
        for record in records(file.text) {
            assert!(
                well_formed(record.id()),
                "{name}:{}: badly formed id {:?}",
                record.line,
                record.id()
            );
            if let Some(first) = seen.insert(record.id(), record.line) {
                panic!(
                    "{name}: id {} on lines {first} and {}",
                    record.id(),
                    record.line
                );
            }
        }
    }
}

#[test]
fn every_un_member_state_has_a_row() {
    let ids = country_ids();
    let members: Vec<String> = keshvar::CountryIterator::new()
        .filter(|country| country.un_member())
        .map(|country| country.alpha3().to_string())
        .collect();
    assert_eq!(members.len(), 193, "keshvar's UN member list changed");
    let missing: Vec<&String> = members
        .iter()
        .filter(|a3| !ids.contains(a3.as_str()))
        .collect();
    assert!(missing.is_empty(), "UN members without a row: {missing:?}");
}

#[test]
fn required_territories_and_historical_states_have_rows() {
    let ids = country_ids();
    for id in REQUIRED_NON_MEMBERS {
        assert!(ids.contains(id), "no row for {id}");
    }
}

#[test]
fn country_ids_are_iso_codes_keshvar_knows() {
    for record in records(COUNTRIES) {
        let id = record.id();
        if IDS_OUTSIDE_KESHVAR.contains(&id) {
            assert!(
                keshvar::Alpha3::try_from(id).is_err(),
                "{id} is known to keshvar now: drop it from IDS_OUTSIDE_KESHVAR"
            );
        } else {
            assert!(
                keshvar::Alpha3::try_from(id).is_ok(),
                "countries.tsv:{}: {id} is not an ISO alpha-3 code",
                record.line
            );
        }
    }
}

#[test]
fn country_and_group_home_states_are_country_rows() {
    let ids = country_ids();
    for (file, column) in [(&FILES[1], 3), (&FILES[2], 3)] {
        for record in records(file.text) {
            let country = record.fields[column];
            assert!(
                country == "-" || ids.contains(country),
                "{}:{}: unknown country {country}",
                file.name,
                record.line
            );
        }
    }
}

#[test]
fn group_sectors_are_known_cameo_agent_codes() {
    const SECTORS: &[&str] = &[
        "-", "REB", "INS", "SEP", "UAF", "MIL", "OPP", "PTY", "MED", "CRM",
    ];
    for record in records(GROUPS) {
        assert!(
            SECTORS.contains(&record.fields[4]),
            "groups.tsv:{}: unknown sector {}",
            record.line,
            record.fields[4]
        );
    }
}

#[test]
fn files_are_large_enough() {
    assert!(records(ORGANIZATIONS).len() >= 100);
    assert!(records(GROUPS).len() >= 60);
    assert!(not_actor_phrases().len() >= 80);
}

#[test]
fn no_country_name_belongs_to_two_countries() {
    let mut owner: HashMap<&str, &str> = HashMap::new();
    for record in records(COUNTRIES) {
        for name in record.values(2) {
            if let Some(other) = owner.insert(name, record.id()) {
                panic!("{name:?} names both {other} and {}", record.id());
            }
        }
    }
}

#[test]
fn every_surface_form_names_one_actor_across_all_files() {
    let shared: HashMap<&str, BTreeSet<&str>> = SHARED_FORMS
        .iter()
        .map(|(form, ids)| (*form, ids.iter().copied().collect()))
        .collect();
    for (form, ids) in form_index() {
        if ids.len() > 1 {
            assert_eq!(
                shared.get(form),
                Some(&ids),
                "{form:?} names several actors: {ids:?}"
            );
        }
    }
}

#[test]
fn apostrophes_come_in_both_spellings() {
    let mut all: Vec<(&str, Vec<&str>)> = Vec::new();
    for file in &FILES {
        for record in records(file.text) {
            for &column in file.form_columns {
                all.push((file.name, record.values(column)));
            }
        }
    }
    all.push((
        "not_actors.txt",
        not_actor_phrases().into_iter().map(|(_, p)| p).collect(),
    ));
    for (name, values) in all {
        for value in &values {
            let twin = if value.contains('\'') {
                value.replace('\'', "\u{2019}")
            } else if value.contains('\u{2019}') {
                value.replace('\u{2019}', "'")
            } else {
                continue;
            };
            assert!(
                values.contains(&twin.as_str()),
                "{name}: {value:?} lacks its twin {twin:?}"
            );
        }
    }
}

#[test]
fn blockers_are_unique_and_never_an_actor_name() {
    let index = form_index();
    let mut seen = BTreeSet::new();
    for (line, phrase) in not_actor_phrases() {
        assert!(
            seen.insert(phrase),
            "not_actors.txt:{line} repeats {phrase:?}"
        );
        assert!(
            !index.contains_key(phrase),
            "not_actors.txt:{line}: {phrase:?} is an actor name and would hide it"
        );
    }
}

#[test]
fn blockers_contain_a_gazetteer_name() {
    let index = form_index();
    for (line, phrase) in not_actor_phrases() {
        let contains_name = index.keys().any(|form| {
            phrase
                .match_indices(form)
                .any(|(at, _)| whole_word_at(phrase, at, form))
        });
        assert_eq!(
            contains_name,
            !BLOCKERS_WITHOUT_NAME.contains(&phrase),
            "not_actors.txt:{line}: {phrase:?} (update BLOCKERS_WITHOUT_NAME if intended)"
        );
    }
}

#[test]
fn rows_the_brief_spells_out_are_present() {
    let countries = records(COUNTRIES);
    let names = |id| row(&countries, id).values(2);
    for name in [
        "United States",
        "United States of America",
        "U.S.",
        "US",
        "USA",
        "U.S.A.",
        "America",
    ] {
        assert!(names("USA").contains(&name), "USA lacks {name}");
    }
    for name in ["United Kingdom", "UK", "U.K.", "Britain", "Great Britain"] {
        assert!(names("GBR").contains(&name), "GBR lacks {name}");
    }
    assert!(names("COG").contains(&"Congo"));
    assert!(!names("COD").contains(&"Congo"));
    assert!(names("DEU").contains(&"West Germany"));
    assert!(names("CIV").contains(&"Côte d\u{2019}Ivoire"));
    assert_eq!(row(&countries, "RUS").values(4), ["Moscow", "Kremlin"]);
    assert!(row(&countries, "DEU").values(4).contains(&"Bonn"));
    assert_eq!(row(&countries, "ISR").values(4), ["Jerusalem"]);
    assert_eq!(row(&countries, "PSE").values(4), ["Ramallah"]);
    let sun = row(&countries, "SUN");
    assert_eq!(sun.fields[1], "Soviet Union");
    assert_eq!(sun.values(3), ["Soviet"]);
    assert_eq!(sun.values(4), ["Kremlin"]);
    let groups = records(GROUPS);
    for name in ["Islamic State", "ISIS", "ISIL", "IS", "Daesh"] {
        assert!(row(&groups, "islamic-state").values(2).contains(&name));
    }
    let organizations = records(ORGANIZATIONS);
    assert!(row(&organizations, "LAS")
        .values(2)
        .contains(&"League of Arab States"));
}

#[test]
fn seed_example_yields_its_actors() {
    let text = include_str!("../examples/lithuania-nato-russia.txt");
    let expected: BTreeSet<&str> = [
        "LTU",
        "NATO",
        "RUS",
        "UKR",
        "POL",
        "BLR",
        "USA",
        "baltic-states",
        "western-media",
        "western-countries",
        "european-allies",
    ]
    .into_iter()
    .collect();
    assert_eq!(scan(text), expected);
}

#[test]
fn longer_names_win_over_the_names_inside_them() {
    let cases: &[(&str, &[&str])] = &[
        ("Latin American leaders met in the West Bank.", &[]),
        ("West Germany and the West", &["DEU", "the-west"]),
        (
            "the Democratic Republic of the Congo and Congo",
            &["COD", "COG"],
        ),
        (
            "Guinea-Bissau, Guinea and Papua New Guinea",
            &["GNB", "GIN", "PNG"],
        ),
        ("the People's Republic of China", &["CHN"]),
        ("Bosnian Serb forces", &["BIH"]),
        ("the UN Security Council", &["UNSC"]),
        ("the National Security Council", &[]),
        ("Northern Ireland and the South China Sea", &[]),
        ("the Pakistani Taliban", &["ttp"]),
        ("NATO allies", &["nato-allies"]),
        ("the Iran-Iraq war", &[]),
        ("Thus USA", &["USA"]),
    ];
    for (text, ids) in cases {
        let expected: BTreeSet<&str> = ids.iter().copied().collect();
        assert_eq!(scan(text), expected, "in {text:?}");
    }
}

/// The ids the crate's own scanner finds in `text` (blocked phrases and titles yield none).
fn crate_scan(gazetteer: &geokg::actors::Gazetteer, text: &str) -> BTreeSet<String> {
    use geokg::actors::gazetteer::Meaning;
    let mut hits = Vec::new();
    gazetteer.scan(text, 0..text.len(), &mut hits);
    hits.iter()
        .flat_map(|hit| gazetteer.meanings(hit))
        .filter_map(|meaning| match meaning {
            Meaning::Name(ix) | Meaning::Adjective(ix) | Meaning::Seat(ix) => {
                Some(gazetteer.actor(*ix).id.clone())
            }
            _ => None,
        })
        .collect()
}

#[test]
fn the_crate_loads_every_row_and_agrees_with_the_reference_scan() {
    let gazetteer = geokg::actors::Gazetteer::builtin().expect("built-in gazetteer loads");
    for file in &FILES {
        for record in records(file.text) {
            assert!(
                gazetteer.lookup(record.id()).is_some(),
                "{} not loaded",
                record.id()
            );
        }
    }
    for text in [
        "Latin American leaders met in the West Bank.",
        "West Germany and the West",
        "the Democratic Republic of the Congo and Congo",
        "Guinea-Bissau, Guinea and Papua New Guinea",
        "the People's Republic of China",
        "Bosnian Serb forces",
        "the UN Security Council",
        "Northern Ireland and the South China Sea",
        "the Pakistani Taliban",
        "NATO allies",
        include_str!("../examples/lithuania-nato-russia.txt"),
    ] {
        let expected: BTreeSet<String> = scan(text).into_iter().map(String::from).collect();
        assert_eq!(crate_scan(&gazetteer, text), expected, "in {text:?}");
    }
}
