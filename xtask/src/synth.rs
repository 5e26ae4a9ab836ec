//! `cargo xtask synth`: a synthetic catalog of table reference pages, to
//! measure import at catalog scale (a real environment has about 700
//! tables).
//!
//! Every table is written in all three forms the importer reads, from one
//! description of the page, so the forms of a table say the same thing:
//!
//! * `<DIR>/md/<table>.md`: the documentation source;
//! * `<DIR>/html/<table>.html`: that Markdown rendered, inside site chrome
//!   (header, navigation tree with a table in it, feedback box, footer);
//! * `<DIR>/text/<table>.txt`: the page as a browser copies it (no link
//!   lists, tables as lines of space-separated cells).
//!
//! Tables alternate between the two layouts of the real pages (the newer
//! "generated-reference" one at even positions, the older one at odd
//! positions), and look like the real pages: 20 to
//! 180 columns of the usual type mix (text with MaxLength, numbers with
//! bounds, Booleans with labels and a default, dates, lookups, choices,
//! State/Status), messages, and relationships between the synthetic
//! tables. A lookup's many-to-one entry on its table matches the one-to-many
//! entry on the table it targets; some tables have many-to-many
//! relationships. `systemuser`, `team`, `businessunit` and
//! `transactioncurrency` come first, since the standard columns (created
//! by, owner, currency...) point at them.
//!
//! The same `--seed` and `--tables` always give the same bytes: the random
//! numbers come from a small splitmix64 generator, and nothing depends on
//! hash order.
//!
//! Code layout: [`Rng`]; the catalog model and how it is drawn
//! ([`Catalog::generate`]); one table as a page of [`Block`]s
//! ([`page`]); the three renderers ([`render_markdown`], [`render_html`],
//! [`render_text`]).

use std::collections::BTreeSet;
use std::fmt::Write as _;
use std::path::{Path, PathBuf};

use crate::Failed;

/// Arguments of `synth`.
#[derive(clap::Args)]
pub struct Args {
    /// How many tables to generate (at least 4).
    #[arg(long, value_name = "N", default_value_t = 700)]
    tables: usize,
    /// Folder to write into: <DIR>/text, <DIR>/md and <DIR>/html are
    /// created if missing; pages of the same name are replaced.
    #[arg(long, short, value_name = "DIR")]
    out: PathBuf,
    /// Seed of the generator: the same seed and table count give the same
    /// pages.
    #[arg(long, value_name = "SEED", default_value_t = 1)]
    seed: u64,
}

/// The fewest tables a catalog can have: the four tables that standard
/// columns point at.
const MIN_TABLES: usize = CORE.len();

/// Generates the catalog and writes every page, then prints a one-line
/// summary.
pub fn run(args: &Args) -> Result<(), Failed> {
    if args.tables < MIN_TABLES {
        eprintln!(
            "error: --tables must be at least {MIN_TABLES} (the core tables {})",
            CORE.map(|core| core.0).join(", ")
        );
        return Err(Failed);
    }
    let catalog = Catalog::generate(args.tables, args.seed);
    for form in Form::ALL {
        let dir = args.out.join(form.folder());
        if let Err(error) = std::fs::create_dir_all(&dir) {
            eprintln!("error: cannot create {}: {error}", dir.display());
            return Err(Failed);
        }
    }
    let mut bytes = [0u64; 3];
    for (index, table) in catalog.tables.iter().enumerate() {
        let blocks = page(&catalog, index);
        for (slot, form) in Form::ALL.into_iter().enumerate() {
            let content = form.render(table, &blocks);
            let path = args.out.join(form.folder()).join(format!(
                "{}.{}",
                table.logical,
                form.extension()
            ));
            if let Err(error) = dataverse_schema::write_atomic(&path, content.as_bytes()) {
                eprintln!("error: cannot write {}: {error}", path.display());
                return Err(Failed);
            }
            bytes[slot] += content.len() as u64;
        }
    }
    let names: BTreeSet<&str> = catalog.tables.iter().map(|t| t.logical.as_str()).collect();
    for form in Form::ALL {
        let stale = stale_pages(&args.out.join(form.folder()), form.extension(), &names);
        if stale > 0 {
            eprintln!(
                "warning: {} holds {stale} other .{} file(s) that are not part of this catalog",
                args.out.join(form.folder()).display(),
                form.extension()
            );
        }
    }
    let newer = catalog
        .tables
        .iter()
        .filter(|t| t.layout == Layout::Newer)
        .count();
    let columns: usize = catalog.tables.iter().map(|t| t.columns.len()).sum();
    let mib = |bytes: u64| bytes as f64 / (1024.0 * 1024.0);
    println!(
        "synth: {} tables ({} older, {newer} newer layout), {} pages, {columns} columns, \
         {} relationships (+{} many-to-many); text {:.1} MiB, markdown {:.1} MiB, html {:.1} MiB \
         ({:.1} MiB in all) -> {}",
        catalog.tables.len(),
        catalog.tables.len() - newer,
        catalog.tables.len() * Form::ALL.len(),
        catalog.relationships.len(),
        catalog.many_to_many.len(),
        mib(bytes[0]),
        mib(bytes[1]),
        mib(bytes[2]),
        mib(bytes.iter().sum()),
        args.out.display(),
    );
    Ok(())
}

/// How many files with extension `extension` in `dir` are not pages of the
/// tables `names` (left over from an earlier, larger catalog).
fn stale_pages(dir: &Path, extension: &str, names: &BTreeSet<&str>) -> usize {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return 0;
    };
    entries
        .flatten()
        .map(|entry| entry.path())
        .filter(|path| path.extension().and_then(|e| e.to_str()) == Some(extension))
        .filter(|path| {
            path.file_stem()
                .and_then(|stem| stem.to_str())
                .is_none_or(|stem| !names.contains(stem))
        })
        .count()
}

/// The three forms a page is written in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Form {
    Text,
    Markdown,
    Html,
}

impl Form {
    const ALL: [Form; 3] = [Form::Text, Form::Markdown, Form::Html];

    fn folder(self) -> &'static str {
        match self {
            Form::Text => "text",
            Form::Markdown => "md",
            Form::Html => "html",
        }
    }

    fn extension(self) -> &'static str {
        match self {
            Form::Text => "txt",
            Form::Markdown => "md",
            Form::Html => "html",
        }
    }

    fn render(self, table: &Table, blocks: &[Block]) -> String {
        match self {
            Form::Text => render_text(blocks),
            Form::Markdown => render_markdown(blocks),
            Form::Html => render_html(table, blocks),
        }
    }
}

// ---------------------------------------------------------------------------
// Random numbers

/// splitmix64: tiny, fast and good enough to draw a catalog from. The same
/// seed gives the same sequence on every platform.
struct Rng(u64);

impl Rng {
    fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// Uniform in `0..n`; `n` must not be 0.
    fn below(&mut self, n: usize) -> usize {
        ((u128::from(self.next_u64()) * n as u128) >> 64) as usize
    }

    /// Uniform in `low..=high`.
    fn between(&mut self, low: usize, high: usize) -> usize {
        low + self.below(high - low + 1)
    }

    /// True with probability `percent` / 100.
    fn percent(&mut self, percent: usize) -> bool {
        self.below(100) < percent
    }

    /// Uniform in `[0, 1)`.
    fn unit(&mut self) -> f64 {
        (self.next_u64() >> 11) as f64 / (1u64 << 53) as f64
    }

    /// One of `items`, all equally likely.
    fn pick<T: Copy>(&mut self, items: &[T]) -> T {
        items[self.below(items.len())]
    }

    /// One of `items`, each as likely as its weight.
    fn weighted<T: Copy>(&mut self, items: &[(usize, T)]) -> T {
        let total: usize = items.iter().map(|(weight, _)| weight).sum();
        let mut left = self.below(total);
        for &(weight, item) in items {
            if left < weight {
                return item;
            }
            left -= weight;
        }
        unreachable!("the draw is below the total weight")
    }

    fn shuffle<T>(&mut self, items: &mut [T]) {
        for i in (1..items.len()).rev() {
            let j = self.below(i + 1);
            items.swap(i, j);
        }
    }

    /// An independent generator, so that one part of the catalog does not
    /// shift the draws of the next.
    fn fork(&mut self) -> Rng {
        Rng(self.next_u64())
    }
}

// ---------------------------------------------------------------------------
// The catalog

/// The tables standard columns point at: logical name, schema name, display
/// name, display collection name, ownership.
const CORE: [(&str, &str, &str, &str, &str); 4] = [
    ("systemuser", "SystemUser", "User", "Users", "BusinessOwned"),
    ("team", "Team", "Team", "Teams", "BusinessOwned"),
    (
        "businessunit",
        "BusinessUnit",
        "Business Unit",
        "Business Units",
        "BusinessOwned",
    ),
    (
        "transactioncurrency",
        "TransactionCurrency",
        "Currency",
        "Currencies",
        "OrganizationOwned",
    ),
];
const SYSTEMUSER: usize = 0;
const TEAM: usize = 1;
const BUSINESSUNIT: usize = 2;
const CURRENCY: usize = 3;

/// Tables at the front of the catalog that lookups favour, as real lookups
/// favour account, contact and the like.
const HUBS: usize = 24;

/// Publisher prefixes; "" (no prefix) is the most common.
#[rustfmt::skip]
const PREFIXES: &[&str] = &[
    "", "", "", "msdyn_", "cr1a2_", "adx_", "contoso_", "new_", "mspp_",
];

/// Nouns for table names. None of them, alone or combined, reads like a
/// section heading of the page ("Messages", "Properties", ...), which the
/// text form could not tell apart from a column heading.
#[rustfmt::skip]
const NOUNS: &[&str] = &[
    "project", "task", "invoice", "asset", "incident", "order", "shipment", "warehouse",
    "contract", "schedule", "resource", "booking", "survey", "response", "campaign", "lead",
    "product", "pricelist", "territory", "queue", "agent", "template", "rule", "policy", "claim",
    "vendor", "payment", "ticket", "article", "review", "device", "sensor", "reading", "route",
    "vehicle", "location", "visit", "account", "contact", "opportunity", "quote", "activity",
    "note", "journal", "ledger", "budget", "forecast", "goal", "metric", "skill", "certificate",
    "course", "enrollment", "employee", "position", "department", "facility", "equipment",
    "inspection", "permit", "license", "subscription", "entitlement", "case", "milestone",
    "deliverable", "expense", "timesheet", "approval", "workflow", "connector", "dataset", "model",
    "prompt", "session", "alert", "notification", "channel", "conversation", "transcript", "topic",
    "bot", "flow", "job", "batch", "mapping", "setting", "profile", "role", "permission",
    "website", "form", "chart", "dashboard", "report", "document", "attachment", "comment", "tag",
    "category", "segment", "member", "warranty", "portal",
];

/// First words of column names.
#[rustfmt::skip]
const QUALIFIERS: &[&str] = &[
    "shipping", "billing", "primary", "secondary", "total", "last", "first", "next", "expected",
    "actual", "estimated", "internal", "external", "customer", "vendor", "service", "contract",
    "project", "asset", "order", "invoice", "payment", "delivery", "approval", "review", "risk",
    "quality", "language", "region", "channel", "priority", "source", "target", "legacy", "import",
    "sync", "annual", "monthly", "daily", "default", "preferred", "current",
];

/// Solutions named in "Added by" lines (older layout).
const SOLUTIONS: &[&str] = &[
    "Active Solution Solution",
    "Synthetic Core Solution",
    "Synthetic Sales Solution",
    "Synthetic Service Solution",
];

/// Choice labels, drawn in runs of consecutive entries.
#[rustfmt::skip]
const LABELS: &[&str] = &[
    "Default Value", "Preferred Customer", "Standard", "Premium", "Basic", "Small", "Medium",
    "Large", "Extra Large", "Low", "Normal", "High", "Critical", "Email", "Phone", "Fax", "Mail",
    "Web", "Partner", "Direct", "Retail", "Wholesale", "North", "South", "East", "West", "Central",
    "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "Morning",
    "Afternoon", "Evening", "Bronze", "Silver", "Gold", "Platinum", "Tier 1", "Tier 2", "Tier 3",
    "Other", "Unknown", "Not Applicable", "Pending Review", "Approved", "Rejected", "On Hold",
    "Escalated", "Closed Won", "Closed Lost",
];

/// Which layout a page uses.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Layout {
    /// "## Writable columns/attributes", `|Value|Label|` choices, Boolean
    /// defaults as a paragraph, many-to-one entries that only name the
    /// other table.
    Older,
    /// Front matter `ms.topic: generated-reference`, values in bold or
    /// code, `|Value|Details|` State/Status choices, full many-to-one
    /// entries, an Events table.
    Newer,
}

struct Catalog {
    tables: Vec<Table>,
    /// Every one-to-many relationship, listed as one-to-many on the
    /// referenced table's page and as many-to-one on the referencing one's.
    relationships: Vec<Relationship>,
    many_to_many: Vec<ManyToMany>,
}

struct Table {
    logical: String,
    schema: String,
    display: String,
    plural: String,
    entity_set: String,
    /// Publisher prefix of the table and its own columns ("" for none).
    prefix: &'static str,
    layout: Layout,
    /// Web API version in the older layout's message table.
    api_version: &'static str,
    description: Option<String>,
    ownership: &'static str,
    /// Newer layout only: Standard, Elastic or Virtual.
    table_type: &'static str,
    user_owned: bool,
    has_state: bool,
    /// Page order: writable columns, then read-only ones, each sorted by
    /// schema name.
    columns: Vec<Column>,
    /// (name, is event) in page order.
    messages: Vec<(&'static str, bool)>,
    /// Newer layout: whether the page has an Events table.
    events: bool,
    /// Indexes into `Catalog::relationships`, in page order.
    one_to_many: Vec<usize>,
    many_to_one: Vec<usize>,
    /// Indexes into `Catalog::many_to_many`, in page order.
    many_to_many: Vec<usize>,
}

impl Table {
    fn primary_id(&self) -> String {
        format!("{}id", self.logical)
    }

    /// The logical name without its publisher prefix.
    fn base(&self) -> &str {
        &self.logical[self.prefix.len()..]
    }

    /// The schema name without its publisher prefix.
    fn schema_base(&self) -> &str {
        &self.schema[self.prefix.len()..]
    }
}

struct Column {
    schema: String,
    logical: String,
    display: String,
    description: String,
    kind: Kind,
    required: &'static str,
    /// Listed under "Writable columns/attributes" (else "Read-only").
    writable: bool,
    /// IsValidForCreate / IsValidForUpdate rows the page states (older
    /// layout only); without one, the section decides.
    create_row: Option<bool>,
    update_row: Option<bool>,
    form: bool,
    read: bool,
    added_by: Option<&'static str>,
}

impl Column {
    fn new(schema: impl Into<String>, display: &str, description: &str, kind: Kind) -> Column {
        let schema = schema.into();
        Column {
            logical: schema.to_lowercase(),
            schema,
            display: display.to_string(),
            description: description.to_string(),
            kind,
            required: "None",
            writable: true,
            create_row: None,
            update_row: None,
            form: true,
            read: true,
            added_by: None,
        }
    }

    fn read_only(mut self) -> Column {
        self.writable = false;
        self
    }

    fn required(mut self, level: &'static str) -> Column {
        self.required = level;
        self
    }

    fn not_on_form(mut self) -> Column {
        self.form = false;
        self
    }

    /// What the importer reads for IsValidForCreate.
    #[cfg(test)]
    fn valid_for_create(&self) -> bool {
        self.create_row.unwrap_or(self.writable)
    }

    /// What the importer reads for IsValidForUpdate.
    #[cfg(test)]
    fn valid_for_update(&self) -> bool {
        self.update_row.unwrap_or(self.writable)
    }
}

/// A column's Type with what the page says about it.
enum Kind {
    String {
        max_length: u32,
        format: &'static str,
        localizable: bool,
    },
    Memo {
        max_length: u32,
        localizable: bool,
    },
    Integer {
        min: i64,
        max: i64,
        format: &'static str,
    },
    BigInt,
    Decimal {
        min: &'static str,
        max: &'static str,
        precision: u32,
    },
    Money {
        min: &'static str,
        max: &'static str,
        precision: u32,
        precision_source: u32,
    },
    Double {
        min: &'static str,
        max: &'static str,
        precision: u32,
    },
    Boolean {
        labels: (&'static str, &'static str),
        default: bool,
        /// Older layout: the default as `0`/`1` rather than `False`/`True`.
        numeric_default: bool,
        /// Older layout: an (empty) Description column in the choices table.
        description_column: bool,
        global: String,
    },
    DateTime {
        behavior: &'static str,
        format: &'static str,
    },
    Uniqueidentifier,
    /// Lookup, Customer or Owner (the `Type` text) with its targets.
    Reference {
        type_name: &'static str,
        targets: Vec<String>,
    },
    Picklist {
        options: Vec<(i64, String)>,
        /// Newer layout's DefaultFormValue: `None` for an empty cell.
        default: Option<i64>,
        multi: bool,
        description_column: bool,
        global: String,
    },
    State {
        /// (value, label, invariant name, default status)
        options: Vec<(i64, &'static str, &'static str, i64)>,
        global: String,
    },
    Status {
        /// (value, label, state)
        options: Vec<(i64, String, i64)>,
        global: String,
    },
    EntityName,
    Image,
    ManagedProperty,
}

impl Kind {
    fn type_name(&self) -> &'static str {
        match self {
            Kind::String { .. } => "String",
            Kind::Memo { .. } => "Memo",
            Kind::Integer { .. } => "Integer",
            Kind::BigInt => "BigInt",
            Kind::Decimal { .. } => "Decimal",
            Kind::Money { .. } => "Money",
            Kind::Double { .. } => "Double",
            Kind::Boolean { .. } => "Boolean",
            Kind::DateTime { .. } => "DateTime",
            Kind::Uniqueidentifier => "Uniqueidentifier",
            Kind::Reference { type_name, .. } => type_name,
            Kind::Picklist { multi: false, .. } => "Picklist",
            Kind::Picklist { multi: true, .. } => "MultiSelectPicklist",
            Kind::State { .. } => "State",
            Kind::Status { .. } => "Status",
            Kind::EntityName => "EntityName",
            Kind::Image => "Image",
            Kind::ManagedProperty => "ManagedProperty",
        }
    }

    /// The MaxLength the page states.
    #[cfg(test)]
    fn max_length(&self) -> Option<u32> {
        match self {
            Kind::String { max_length, .. } | Kind::Memo { max_length, .. } => Some(*max_length),
            _ => None,
        }
    }
}

/// A one-to-many relationship (many-to-one seen from the other side).
struct Relationship {
    schema_name: String,
    /// The table with the lookup.
    referencing: usize,
    /// The table the lookup points at.
    referenced: usize,
    /// The lookup column.
    attribute: String,
    referencing_nav: String,
    referenced_nav: String,
    cascade: Cascade,
    customizable: bool,
    hierarchical: bool,
    menu: Menu,
    /// Older layout many-to-one entry: "See the X one-to-many relationship
    /// for the Y table/entity." rather than "See Y Table X One-To-Many
    /// relationship."
    long_sentence: bool,
    added_by: Option<&'static str>,
}

struct ManyToMany {
    schema_name: String,
    intersect: String,
    /// The first table, whose page always lists the relationship.
    first: usize,
    second: usize,
    customizable: bool,
    menu: Menu,
}

#[derive(Clone, Copy)]
struct Cascade {
    assign: &'static str,
    delete: &'static str,
    merge: &'static str,
    reparent: &'static str,
    share: &'static str,
    unshare: &'static str,
    archive: &'static str,
    rollup_view: &'static str,
}

const fn cascade(delete: &'static str, others: &'static str) -> Cascade {
    Cascade {
        assign: others,
        delete,
        merge: others,
        reparent: others,
        share: others,
        unshare: others,
        archive: delete,
        rollup_view: "NoCascade",
    }
}

/// Referential, referential with remove-link or restrict, and parental.
const CASCADES: [(usize, Cascade); 4] = [
    (50, cascade("NoCascade", "NoCascade")),
    (25, cascade("RemoveLink", "NoCascade")),
    (10, cascade("Restrict", "NoCascade")),
    (15, cascade("Cascade", "Cascade")),
];

#[derive(Clone, Copy)]
struct Menu {
    behavior: &'static str,
    order: Option<u32>,
}

const MENUS: [(usize, Menu); 3] = [
    (
        50,
        Menu {
            behavior: "UseCollectionName",
            order: Some(10000),
        },
    ),
    (
        40,
        Menu {
            behavior: "DoNotDisplay",
            order: None,
        },
    ),
    (
        10,
        Menu {
            behavior: "UseLabel",
            order: Some(100),
        },
    ),
];

impl Catalog {
    /// Draws a catalog of `count` tables (at least [`MIN_TABLES`]).
    fn generate(count: usize, seed: u64) -> Catalog {
        assert!(
            count >= MIN_TABLES,
            "a catalog has at least the core tables"
        );
        let mut rng = Rng(seed);
        let mut names: BTreeSet<String> = CORE.iter().map(|core| core.0.to_string()).collect();
        let mut catalog = Catalog {
            tables: Vec::with_capacity(count),
            relationships: Vec::new(),
            many_to_many: Vec::new(),
        };
        for index in 0..count {
            let mut table_rng = rng.fork();
            let table = draw_table(index, &mut table_rng, &mut names);
            catalog.tables.push(table);
        }
        let mut relationship_names = BTreeSet::new();
        for index in 0..count {
            let mut table_rng = rng.fork();
            let (columns, relationships) =
                ColumnDraw::new(&catalog.tables, index, &mut relationship_names)
                    .draw(&mut table_rng);
            catalog.tables[index].columns = columns;
            for relationship in relationships {
                let id = catalog.relationships.len();
                catalog.tables[relationship.referencing]
                    .many_to_one
                    .push(id);
                catalog.tables[relationship.referenced].one_to_many.push(id);
                catalog.relationships.push(relationship);
            }
        }
        let mut m2m_rng = rng.fork();
        catalog.draw_many_to_many(&mut m2m_rng);
        let mut order_rng = rng.fork();
        catalog.order_relationships(&mut order_rng);
        catalog
    }

    /// Many-to-many relationships: about one table in eight has one or two.
    /// The first table's page lists it; the second's only in the newer
    /// layout (older pages list only those where the table comes first).
    fn draw_many_to_many(&mut self, rng: &mut Rng) {
        let count = self.tables.len();
        let mut names = BTreeSet::new();
        for first in 0..count {
            let chance = if first < HUBS { 30 } else { 12 };
            if !rng.percent(chance) {
                continue;
            }
            for _ in 0..rng.between(1, 2) {
                let second = (first + 1 + rng.below(count - 1)) % count;
                let (a, b) = (&self.tables[first], &self.tables[second]);
                let mut schema_name = format!("{}_{}", a.logical, b.base());
                if rng.percent(40) {
                    schema_name.push_str("_association");
                }
                let unique = unique_name(&mut names, schema_name);
                let id = self.many_to_many.len();
                self.many_to_many.push(ManyToMany {
                    intersect: unique.to_lowercase(),
                    schema_name: unique,
                    first,
                    second,
                    customizable: rng.percent(30),
                    menu: rng.weighted(&MENUS),
                });
                self.tables[first].many_to_many.push(id);
                if self.tables[second].layout == Layout::Newer {
                    self.tables[second].many_to_many.push(id);
                }
            }
        }
    }

    /// Newer pages list relationships sorted by schema name, ignoring case;
    /// older pages in no particular order.
    fn order_relationships(&mut self, rng: &mut Rng) {
        let Catalog {
            tables,
            relationships,
            many_to_many,
        } = self;
        for table in tables.iter_mut() {
            match table.layout {
                Layout::Newer => {
                    let key = |id: &usize| relationships[*id].schema_name.to_lowercase();
                    table.one_to_many.sort_by_key(key);
                    table.many_to_one.sort_by_key(key);
                    table
                        .many_to_many
                        .sort_by_key(|id| many_to_many[*id].schema_name.to_lowercase());
                }
                Layout::Older => {
                    rng.shuffle(&mut table.one_to_many);
                    rng.shuffle(&mut table.many_to_one);
                    rng.shuffle(&mut table.many_to_many);
                }
            }
        }
    }
}

/// `name`, or `name` with a number appended, whichever is not in `used`
/// yet; records the result in `used`.
fn unique_name(used: &mut BTreeSet<String>, name: String) -> String {
    let mut candidate = name.clone();
    let mut number = 2;
    while used.contains(&candidate) {
        candidate = format!("{name}{number}");
        number += 1;
    }
    used.insert(candidate.clone());
    candidate
}

/// `shipping city` -> `ShippingCity`.
fn camel(words: &[&str]) -> String {
    words.iter().map(|word| capitalise(word)).collect()
}

/// `shipping city` -> `Shipping City`.
fn title(words: &[&str]) -> String {
    words
        .iter()
        .map(|word| capitalise(word))
        .collect::<Vec<_>>()
        .join(" ")
}

fn capitalise(word: &str) -> String {
    let mut chars = word.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

/// English plural of a lower-case name or phrase.
fn plural(word: &str) -> String {
    if word.ends_with('s') || word.ends_with('x') || word.ends_with("ch") || word.ends_with("sh") {
        format!("{word}es")
    } else if let Some(stem) = word
        .strip_suffix('y')
        .filter(|stem| !stem.ends_with(['a', 'e', 'i', 'o', 'u']))
    {
        format!("{stem}ies")
    } else {
        format!("{word}s")
    }
}

/// A table's names, layout and kind; its columns come later, once every
/// table has a name to point at.
fn draw_table(index: usize, rng: &mut Rng, names: &mut BTreeSet<String>) -> Table {
    let layout = if index % 2 == 1 {
        Layout::Older
    } else {
        Layout::Newer
    };
    let (prefix, logical, schema, display, plural_display, ownership) = match CORE.get(index) {
        Some(&(logical, schema, display, plural_display, ownership)) => (
            "",
            logical.to_string(),
            schema.to_string(),
            display.to_string(),
            plural_display.to_string(),
            ownership,
        ),
        None => {
            let prefix = rng.pick(PREFIXES);
            let mut words = vec![rng.pick(NOUNS)];
            let second = rng.pick(NOUNS);
            if rng.percent(65) && second != words[0] {
                words.push(second);
            }
            while names.contains(&format!("{prefix}{}", words.concat())) && words.len() < 3 {
                words.push(rng.pick(NOUNS));
            }
            let logical = unique_name(names, format!("{prefix}{}", words.concat()));
            // A number appended by `unique_name` goes into every name.
            let suffix = &logical[prefix.len() + words.concat().len()..];
            let schema = if layout == Layout::Newer && rng.percent(35) {
                logical.clone()
            } else {
                format!("{prefix}{}{suffix}", camel(&words))
            };
            let display = format!("{}{}", title(&words), suffix);
            let last = words.len() - 1;
            let plural_words: Vec<String> = words
                .iter()
                .enumerate()
                .map(|(i, w)| if i == last { plural(w) } else { w.to_string() })
                .collect();
            let plural_refs: Vec<&str> = plural_words.iter().map(String::as_str).collect();
            let plural_display = format!("{}{}", title(&plural_refs), suffix);
            let ownership = if rng.percent(60) {
                "UserOwned"
            } else {
                "OrganizationOwned"
            };
            (prefix, logical, schema, display, plural_display, ownership)
        }
    };
    let description = match (layout, rng.below(10)) {
        (Layout::Newer, 0..=2) => None,
        _ => Some(format!(
            "Synthetic table: {} records of the {} catalog, generated for benchmarks.",
            display,
            rng.pick(&[
                "sales",
                "service",
                "field service",
                "project operations",
                "portal"
            ])
        )),
    };
    let user_owned = ownership == "UserOwned";
    let has_state = index == SYSTEMUSER || (index != CURRENCY && rng.percent(85));
    let mut messages = messages(layout, user_owned, has_state, rng);
    messages.sort_by_key(|(name, _)| *name);
    Table {
        entity_set: plural(&logical),
        prefix,
        logical,
        schema,
        display,
        plural: plural_display,
        layout,
        api_version: rng.pick(&["v9.0", "v9.1", "v9.2"]),
        description,
        ownership,
        table_type: rng.weighted(&[(80, "Standard"), (12, "Elastic"), (8, "Virtual")]),
        user_owned,
        has_state,
        columns: Vec::new(),
        messages,
        events: layout == Layout::Newer && rng.percent(30),
        one_to_many: Vec::new(),
        many_to_one: Vec::new(),
        many_to_many: Vec::new(),
    }
}

/// The messages a table supports, as (name, is event).
fn messages(
    layout: Layout,
    user_owned: bool,
    has_state: bool,
    rng: &mut Rng,
) -> Vec<(&'static str, bool)> {
    let mut names: Vec<&'static str> =
        vec!["Create", "Delete", "Retrieve", "RetrieveMultiple", "Update"];
    if user_owned {
        names.extend([
            "Assign",
            "GrantAccess",
            "ModifyAccess",
            "RetrievePrincipalAccess",
            "RetrieveSharedPrincipalsAndAccess",
            "RevokeAccess",
        ]);
    }
    if has_state {
        names.push("SetState");
    }
    match layout {
        Layout::Older => {
            if rng.percent(20) {
                names.push("Merge");
            }
            if rng.percent(10) {
                names.push("Rollup");
            }
        }
        Layout::Newer => {
            names.extend([
                "Associate",
                "CreateMultiple",
                "Disassociate",
                "UpdateMultiple",
                "Upsert",
                "UpsertMultiple",
            ]);
            if rng.percent(30) {
                names.push("DeleteMultiple");
            }
            if rng.percent(40) {
                names.push("RetrieveEntityChanges");
            }
            if has_state && rng.percent(50) {
                names.push("IsValidStateTransition");
            }
        }
    }
    let upsert_events = rng.percent(50);
    names
        .into_iter()
        .map(|name| {
            let event = match name {
                "IsValidStateTransition" => false,
                "Upsert" | "UpsertMultiple" => upsert_events,
                _ => true,
            };
            (name, event)
        })
        .collect()
}

/// Draws one table's columns, and the relationships of its lookups.
struct ColumnDraw<'a> {
    tables: &'a [Table],
    index: usize,
    columns: Vec<Column>,
    used: BTreeSet<String>,
    relationships: Vec<Relationship>,
    relationship_names: &'a mut BTreeSet<String>,
    has_currency: bool,
    has_image: bool,
    has_regarding: bool,
}

impl<'a> ColumnDraw<'a> {
    fn new(
        tables: &'a [Table],
        index: usize,
        relationship_names: &'a mut BTreeSet<String>,
    ) -> ColumnDraw<'a> {
        ColumnDraw {
            tables,
            index,
            columns: Vec::new(),
            used: BTreeSet::new(),
            relationships: Vec::new(),
            relationship_names,
            has_currency: false,
            has_image: false,
            has_regarding: false,
        }
    }

    fn table(&self) -> &'a Table {
        &self.tables[self.index]
    }

    fn older(&self) -> bool {
        self.table().layout == Layout::Older
    }

    /// All columns in page order, and the relationships of the lookups.
    fn draw(mut self, rng: &mut Rng) -> (Vec<Column>, Vec<Relationship>) {
        self.standard(rng);
        let target = if self.index < CORE.len() {
            rng.between(120, 180)
        } else {
            // Mostly 20 to 80 columns, a long tail to 180.
            20 + (160.0 * rng.unit() * rng.unit()) as usize
        };
        let mut attempts = 0;
        while self.columns.len() < target && attempts < target * 4 {
            attempts += 1;
            self.custom(rng);
        }
        let older = self.older();
        for column in &mut self.columns {
            if older {
                if rng.percent(6) {
                    column.added_by = Some(rng.pick(SOLUTIONS));
                }
                // Read-only columns sometimes state what their section says.
                if !column.writable && rng.percent(20) {
                    column.create_row = Some(false);
                    column.update_row = Some(false);
                }
            } else {
                column.create_row = None;
                column.update_row = None;
            }
        }
        self.columns
            .sort_by_key(|column| (!column.writable, column.schema.to_lowercase()));
        (self.columns, self.relationships)
    }

    /// Adds `column` unless its name is taken; whether it was added.
    fn add(&mut self, column: Column) -> bool {
        if self.used.insert(column.logical.clone()) {
            self.columns.push(column);
            true
        } else {
            false
        }
    }

    /// Records the relationship of a lookup column of this table to
    /// `target`.
    fn relate(&mut self, rng: &mut Rng, target: usize, column: &Column, name: String) {
        let name = unique_name(self.relationship_names, name);
        let referenced_nav = if rng.percent(70) {
            name.clone()
        } else {
            plural(self.table().schema.as_str())
        };
        self.relationships.push(Relationship {
            referencing: self.index,
            referenced: target,
            attribute: column.logical.clone(),
            referencing_nav: if rng.percent(70) {
                column.logical.clone()
            } else {
                column.schema.clone()
            },
            referenced_nav,
            cascade: rng.weighted(&CASCADES),
            customizable: rng.percent(60),
            hierarchical: target == self.index && rng.percent(50),
            menu: rng.weighted(&MENUS),
            long_sentence: rng.percent(40),
            added_by: (self.older() && rng.percent(10)).then(|| rng.pick(SOLUTIONS)),
            schema_name: name,
        });
    }

    /// A lookup of type `type_name` to `targets` (table indexes), with one
    /// relationship per target named by `name`.
    fn reference(
        &mut self,
        rng: &mut Rng,
        mut column: Column,
        type_name: &'static str,
        targets: &[usize],
        name: impl Fn(&Table) -> String,
    ) -> bool {
        column.kind = Kind::Reference {
            type_name,
            targets: targets
                .iter()
                .map(|&t| self.tables[t].logical.clone())
                .collect(),
        };
        let logical = column.logical.clone();
        if self.used.contains(&logical) {
            return false;
        }
        if type_name != "Owner" {
            for &target in targets {
                let relationship = name(&self.tables[target]);
                self.relate(rng, target, &column, relationship);
            }
        }
        self.add(column)
    }

    fn standard(&mut self, rng: &mut Rng) {
        let table = self.table();
        let older = self.older();
        let t = table.logical.as_str();
        let display = table.display.to_lowercase();

        // Writable.
        let mut id = Column::new(
            format!("{}Id", table.schema),
            &table.display,
            &format!("Unique identifier for {display} instances"),
            Kind::Uniqueidentifier,
        )
        .required("SystemRequired")
        .not_on_form();
        if older {
            id.update_row = Some(false);
        }
        self.add(id);
        let name_schema = if table.prefix.is_empty() {
            "Name".to_string()
        } else {
            format!("{}Name", table.prefix)
        };
        self.add(
            Column::new(
                name_schema,
                "Name",
                &format!("The name of the {display}."),
                Kind::String {
                    max_length: rng.pick(&[100, 100, 200, 300, 850]),
                    format: "Text",
                    localizable: false,
                },
            )
            .required(rng.pick(&["ApplicationRequired", "SystemRequired", "None"])),
        );
        let mut import = Column::new(
            "ImportSequenceNumber",
            "Import Sequence Number",
            "Sequence number of the import that created this record.",
            integer(i64::from(i32::MIN), i64::from(i32::MAX)),
        )
        .not_on_form();
        let mut overridden = Column::new(
            "OverriddenCreatedOn",
            "Record Created On",
            "Date and time that the record was migrated.",
            Kind::DateTime {
                behavior: "UserLocal",
                format: "DateOnly",
            },
        )
        .not_on_form();
        if older {
            import.update_row = Some(false);
            overridden.update_row = Some(false);
        }
        self.add(import);
        self.add(overridden);
        self.add(
            Column::new(
                "TimeZoneRuleVersionNumber",
                "Time Zone Rule Version Number",
                "For internal use only.",
                integer(-1, i64::from(i32::MAX)),
            )
            .not_on_form(),
        );
        self.add(
            Column::new(
                "UTCConversionTimeZoneCode",
                "UTC Conversion Time Zone Code",
                "Time zone code that was in use when the record was created.",
                integer(-1, i64::from(i32::MAX)),
            )
            .not_on_form(),
        );
        if table.user_owned {
            let owner = Column::new(
                "OwnerId",
                "Owner",
                "Owner Id",
                Kind::EntityName, // replaced by `reference`
            )
            .required("SystemRequired");
            self.reference(rng, owner, "Owner", &[SYSTEMUSER, TEAM], |_| String::new());
            self.add(
                Column::new("OwnerIdType", "", "Owner Id Type", Kind::EntityName)
                    .required("SystemRequired")
                    .not_on_form(),
            );
        }
        if table.has_state {
            self.state_and_status(rng);
        }
        if rng.percent(30) {
            for (schema, display) in [("ProcessId", "Process"), ("StageId", "Process Stage")] {
                self.add(
                    Column::new(
                        schema,
                        display,
                        &format!(
                            "Contains the id of the {} associated with the entity.",
                            display.to_lowercase()
                        ),
                        Kind::Uniqueidentifier,
                    )
                    .not_on_form(),
                );
            }
            self.add(
                Column::new(
                    "TraversedPath",
                    "Traversed Path",
                    "A comma separated list of string values representing the unique identifiers of stages in a Business Process Flow Instance in the order that they occur.",
                    Kind::String {
                        max_length: 1250,
                        format: "Text",
                        localizable: false,
                    },
                )
                .not_on_form(),
            );
        }
        match self.index {
            SYSTEMUSER | TEAM => {
                let column = Column::new(
                    "BusinessUnitId",
                    "Business Unit",
                    "Unique identifier of the business unit with which the record is associated.",
                    Kind::EntityName,
                )
                .required("SystemRequired");
                let name = format!("business_unit_{}", plural(t));
                self.reference(rng, column, "Lookup", &[BUSINESSUNIT], |_| name.clone());
                if self.index == TEAM {
                    let column = Column::new(
                        "AdministratorId",
                        "Administrator",
                        "Unique identifier of the user primary responsible for the team.",
                        Kind::EntityName,
                    )
                    .required("SystemRequired");
                    self.reference(rng, column, "Lookup", &[SYSTEMUSER], |_| {
                        "lk_teambase_administratorid".to_string()
                    });
                }
            }
            BUSINESSUNIT => {
                let column = Column::new(
                    "ParentBusinessUnitId",
                    "Parent Business",
                    "Unique identifier for the parent business unit.",
                    Kind::EntityName,
                );
                self.reference(rng, column, "Lookup", &[BUSINESSUNIT], |_| {
                    "business_unit_parent_business_unit".to_string()
                });
            }
            _ => {}
        }

        // Read-only.
        for (schema, display, verb, name) in [
            ("CreatedBy", "Created By", "created", "createdby"),
            (
                "CreatedOnBehalfBy",
                "Created By (Delegate)",
                "created",
                "createdonbehalfby",
            ),
            ("ModifiedBy", "Modified By", "modified", "modifiedby"),
            (
                "ModifiedOnBehalfBy",
                "Modified By (Delegate)",
                "modified",
                "modifiedonbehalfby",
            ),
        ] {
            let delegate = if schema.contains("OnBehalf") {
                "delegate "
            } else {
                ""
            };
            let column = Column::new(
                schema,
                display,
                &format!("Unique identifier of the {delegate}user who {verb} the record."),
                Kind::EntityName,
            )
            .read_only();
            let relationship = format!("lk_{t}_{name}");
            self.reference(rng, column, "Lookup", &[SYSTEMUSER], |_| {
                relationship.clone()
            });
            if older && rng.percent(50) {
                for suffix in ["Name", "YomiName"] {
                    self.add(
                        Column::new(
                            format!("{schema}{suffix}"),
                            "",
                            "",
                            Kind::String {
                                max_length: if suffix == "Name" { 100 } else { 200 },
                                format: "Text",
                                localizable: false,
                            },
                        )
                        .read_only()
                        .not_on_form(),
                    );
                }
            }
        }
        for (schema, display, verb) in [
            ("CreatedOn", "Created On", "created"),
            ("ModifiedOn", "Modified On", "modified"),
        ] {
            self.add(
                Column::new(
                    schema,
                    display,
                    &format!("Date and time when the record was {verb}."),
                    Kind::DateTime {
                        behavior: "UserLocal",
                        format: "DateAndTime",
                    },
                )
                .read_only(),
            );
        }
        self.add(
            Column::new(
                "VersionNumber",
                "Version Number",
                "Version Number",
                Kind::BigInt,
            )
            .read_only()
            .not_on_form(),
        );
        if table.user_owned {
            for (schema, display, target, name) in [
                (
                    "OwningBusinessUnit",
                    "Owning Business Unit",
                    BUSINESSUNIT,
                    format!("business_unit_{t}"),
                ),
                ("OwningTeam", "Owning Team", TEAM, format!("team_{t}")),
                ("OwningUser", "Owning User", SYSTEMUSER, format!("user_{t}")),
            ] {
                let column = Column::new(
                    schema,
                    display,
                    &format!(
                        "Unique identifier for the {} that owns the record.",
                        display.trim_start_matches("Owning ").to_lowercase()
                    ),
                    Kind::EntityName,
                )
                .read_only();
                self.reference(rng, column, "Lookup", &[target], |_| name.clone());
            }
            for (schema, description) in [
                ("OwnerIdName", "Name of the owner"),
                ("OwnerIdYomiName", "Yomi name of the owner"),
            ] {
                self.add(
                    Column::new(
                        schema,
                        "",
                        description,
                        Kind::String {
                            max_length: 100,
                            format: "Text",
                            localizable: false,
                        },
                    )
                    .read_only()
                    .required("SystemRequired")
                    .not_on_form(),
                );
            }
        }
        if !older && rng.percent(30) {
            self.solution_columns(rng);
        }
    }

    /// statecode and statuscode with matching choices.
    fn state_and_status(&mut self, rng: &mut Rng) {
        let older = self.older();
        let prefix = self.table().logical.clone();
        let (state_options, mut status_options): (Vec<_>, Vec<_>) = if rng.percent(70) {
            (
                vec![(0, "Active", "Active", 1), (1, "Inactive", "Inactive", 2)],
                vec![(1, "Active".to_string(), 0), (2, "Inactive".to_string(), 1)],
            )
        } else {
            (
                vec![
                    (0, "Open", "Open", 1),
                    (1, "Completed", "Completed", 5),
                    (2, "Canceled", "Canceled", 6),
                ],
                vec![
                    (1, "Not Started".to_string(), 0),
                    (2, "In Progress".to_string(), 0),
                    (3, "Waiting on someone else".to_string(), 0),
                    (5, "Completed".to_string(), 1),
                    (6, "Canceled".to_string(), 2),
                ],
            )
        };
        let states = state_options.len() as i64;
        for extra in 0..rng.below(4) {
            status_options.push((
                100_000_000 + extra as i64,
                (rng.pick(LABELS)).to_string(),
                rng.below(states as usize) as i64,
            ));
        }
        let (state_schema, status_schema) = if older {
            ("StateCode", "StatusCode")
        } else {
            ("statecode", "statuscode")
        };
        let display = self.table().display.clone();
        let mut state = Column::new(
            state_schema,
            "Status",
            &format!("Status of the {display}"),
            Kind::State {
                options: state_options,
                global: format!("{prefix}_statecode"),
            },
        )
        .required("SystemRequired");
        if older {
            state.create_row = Some(false);
        }
        self.add(state);
        self.add(Column::new(
            status_schema,
            "Status Reason",
            &format!("Reason for the status of the {display}"),
            Kind::Status {
                options: status_options,
                global: format!("{prefix}_statuscode"),
            },
        ));
    }

    /// The columns of a solution-aware table (newer layout).
    fn solution_columns(&mut self, rng: &mut Rng) {
        self.add(
            Column::new(
                "ComponentState",
                "Component State",
                "For internal use only.",
                Kind::Picklist {
                    options: ["Published", "Unpublished", "Deleted", "Deleted Unpublished"]
                        .iter()
                        .enumerate()
                        .map(|(i, label)| (i as i64, label.to_string()))
                        .collect(),
                    default: None,
                    multi: false,
                    description_column: false,
                    global: "componentstate".to_string(),
                },
            )
            .read_only()
            .required("SystemRequired")
            .not_on_form(),
        );
        self.add(
            Column::new(
                "IsManaged",
                "Is Managed",
                "Indicates whether the solution component is part of a managed solution.",
                Kind::Boolean {
                    labels: ("Managed", "Unmanaged"),
                    default: false,
                    numeric_default: false,
                    description_column: false,
                    global: "ismanaged".to_string(),
                },
            )
            .read_only()
            .required("SystemRequired")
            .not_on_form(),
        );
        self.add(
            Column::new(
                "IsCustomizable",
                "Is Customizable",
                "For internal use only.",
                Kind::ManagedProperty,
            )
            .required("SystemRequired")
            .not_on_form(),
        );
        self.add(
            Column::new(
                "OverwriteTime",
                "Record Overwrite Time",
                "For internal use only.",
                Kind::DateTime {
                    behavior: "UserLocal",
                    format: "DateAndTime",
                },
            )
            .read_only()
            .required("SystemRequired")
            .not_on_form(),
        );
        for (schema, read) in [("SolutionId", true), ("SupportingSolutionId", false)] {
            let mut column = Column::new(
                schema,
                "Solution",
                "Unique identifier of the associated solution.",
                Kind::Uniqueidentifier,
            )
            .read_only()
            .not_on_form();
            column.read = read;
            if rng.percent(50) {
                column.required = "SystemRequired";
            }
            self.add(column);
        }
    }

    /// One more column of a random type. Does nothing when the drawn name is
    /// taken.
    fn custom(&mut self, rng: &mut Rng) {
        #[derive(Clone, Copy, PartialEq, Eq)]
        enum Draw {
            String,
            Memo,
            Integer,
            BigInt,
            Decimal,
            Money,
            Double,
            Boolean,
            DateTime,
            Uniqueidentifier,
            Lookup,
            Customer,
            Regarding,
            Picklist,
            MultiSelect,
            Image,
        }
        let draw = rng.weighted(&[
            (300, Draw::String),
            (40, Draw::Memo),
            (55, Draw::Integer),
            (8, Draw::BigInt),
            (18, Draw::Decimal),
            (40, Draw::Money),
            (18, Draw::Double),
            (80, Draw::Boolean),
            (70, Draw::DateTime),
            (18, Draw::Uniqueidentifier),
            (130, Draw::Lookup),
            (10, Draw::Customer),
            (6, Draw::Regarding),
            (90, Draw::Picklist),
            (15, Draw::MultiSelect),
            (5, Draw::Image),
        ]);
        let last_words: &[&str] = match draw {
            Draw::Lookup => return self.custom_lookup(rng),
            Draw::Customer => return self.customer(rng),
            Draw::Regarding => return self.regarding(rng),
            Draw::Image => return self.image(),
            Draw::String => &[
                "name",
                "number",
                "code",
                "email",
                "phone",
                "url",
                "reference",
                "title",
                "summary",
                "key",
                "label",
                "city",
                "country",
                "postalcode",
            ],
            Draw::Memo => &[
                "notes",
                "details",
                "description",
                "comments",
                "body",
                "payload",
            ],
            Draw::Integer => &[
                "count", "sequence", "duration", "priority", "quantity", "level", "rank",
            ],
            Draw::BigInt => &["sizeinbytes", "ticks", "counter"],
            Draw::Decimal => &["rate", "ratio", "factor", "percentage", "score"],
            Draw::Money => &["amount", "cost", "price", "revenue", "budget", "total"],
            Draw::Double => &["latitude", "longitude", "weight", "distance", "temperature"],
            Draw::Boolean => &[
                "enabled", "approved", "required", "active", "locked", "billable",
            ],
            Draw::DateTime => &["date", "on", "time", "start", "end", "due"],
            Draw::Uniqueidentifier => &["externalid", "correlationid", "sourceid"],
            Draw::Picklist => &[
                "type", "category", "status", "code", "level", "kind", "mode",
            ],
            Draw::MultiSelect => &["channels", "regions", "tags", "days"],
        };
        let table = self.table();
        let older = self.older();
        let mut parts = vec![rng.pick(QUALIFIERS), rng.pick(last_words)];
        if draw == Draw::Boolean && rng.percent(50) {
            parts.insert(0, rng.pick(&["is", "allow", "donot", "has"]));
        }
        let schema = format!("{}{}", table.prefix, camel(&parts));
        let display = title(&parts);
        let lower = display.to_lowercase();
        let table_display = table.display.to_lowercase();
        let description = match rng.below(12) {
            0 => String::new(),
            1 => "For internal use only.".to_string(),
            2 => format!(
                "Used by the {}_{} integration & reporting.",
                table.logical,
                parts.concat()
            ),
            3..=6 => format!("Type the {lower} of the {table_display}."),
            7..=9 => format!("Shows the {lower} for this {table_display}."),
            _ => format!("Select the {lower} of the {table_display}'s record."),
        };
        let global = format!("{}_{}", table.logical, schema.to_lowercase());
        let kind = match draw {
            Draw::String => Kind::String {
                max_length: rng.pick(&[100, 100, 100, 200, 50, 20, 250, 300, 1000, 4000]),
                format: rng.pick(&["Text", "Text", "Text", "Email", "Phone", "Url", "TextArea"]),
                localizable: rng.percent(10),
            },
            Draw::Memo => Kind::Memo {
                max_length: rng.pick(&[2000, 4000, 10000, 100_000, 1_048_576, 1_000_000]),
                localizable: rng.percent(10),
            },
            Draw::Integer => {
                let (min, max) = rng.pick(&[
                    (i64::from(i32::MIN), i64::from(i32::MAX)),
                    (0, i64::from(i32::MAX)),
                    (-1500, 1500),
                    (0, 1_000_000),
                    (1, 100),
                ]);
                Kind::Integer {
                    min,
                    max,
                    format: rng.pick(&["None", "None", "Duration", "Language", "TimeZone"]),
                }
            }
            Draw::BigInt => Kind::BigInt,
            Draw::Decimal => {
                let (min, max, precision) = rng.pick(&[
                    ("0.0000000001", "100000000000", 10),
                    ("-100000000000", "100000000000", 2),
                    ("0", "1000000000", 4),
                ]);
                Kind::Decimal {
                    min,
                    max,
                    precision,
                }
            }
            Draw::Money => {
                let (min, max) = rng.pick(&[
                    ("-922337203685477", "922337203685477"),
                    ("0", "100000000000000"),
                    ("0", "1000000000"),
                ]);
                Kind::Money {
                    min,
                    max,
                    precision: rng.pick(&[2, 2, 4]),
                    precision_source: rng.pick(&[0, 1, 2, 2]),
                }
            }
            Draw::Double => {
                let (min, max, precision) = rng.pick(&[
                    ("-90", "90", 5),
                    ("-180", "180", 5),
                    ("0", "1000000000", 2),
                    ("-100000000000", "100000000000", 2),
                ]);
                Kind::Double {
                    min,
                    max,
                    precision,
                }
            }
            Draw::Boolean => Kind::Boolean {
                labels: rng.pick(&[
                    ("Yes", "No"),
                    ("Yes", "No"),
                    ("Allow", "Do Not Allow"),
                    ("True", "False"),
                    ("Enabled", "Disabled"),
                    ("Send", "Do Not Send"),
                ]),
                default: rng.percent(20),
                numeric_default: rng.percent(30),
                description_column: rng.percent(20),
                global,
            },
            Draw::DateTime => Kind::DateTime {
                behavior: rng.pick(&["UserLocal", "UserLocal", "DateOnly", "TimeZoneIndependent"]),
                format: rng.pick(&["DateAndTime", "DateOnly"]),
            },
            Draw::Uniqueidentifier => Kind::Uniqueidentifier,
            Draw::Picklist | Draw::MultiSelect => {
                let count = rng.between(2, 12);
                let start = rng.below(LABELS.len() - count);
                let base = rng.pick(&[0, 1, 100_000_000, 746_610_000, 192_350_000]);
                Kind::Picklist {
                    options: (0..count)
                        .map(|i| (base + i as i64, LABELS[start + i].to_string()))
                        .collect(),
                    default: match rng.below(3) {
                        0 => None,
                        1 => Some(-1),
                        _ => Some(base),
                    },
                    multi: draw == Draw::MultiSelect,
                    description_column: older && rng.percent(15),
                    global,
                }
            }
            Draw::Lookup | Draw::Customer | Draw::Regarding | Draw::Image => {
                unreachable!("handled above")
            }
        };
        let mut column = Column::new(schema.clone(), &display, &description, kind);
        column.required = rng.weighted(&[
            (80, "None"),
            (8, "Recommended"),
            (10, "ApplicationRequired"),
            (2, "SystemRequired"),
        ]);
        if rng.percent(15) {
            column.writable = false;
            column.form = rng.percent(40);
        } else {
            column.form = rng.percent(85);
            if older && rng.percent(8) {
                // Create-only or update-only.
                if rng.percent(50) {
                    column.update_row = Some(false);
                } else {
                    column.create_row = Some(false);
                }
            }
        }
        column.read = rng.percent(97);
        let money = matches!(column.kind, Kind::Money { .. });
        let writable = column.writable;
        if self.add(column) && money {
            self.add_base_column(&schema, &display);
            if !self.has_currency && writable {
                self.currency(rng);
            }
        }
    }

    /// The read-only `<Money>_Base` twin of a Money column.
    fn add_base_column(&mut self, schema: &str, display: &str) {
        self.add(
            Column::new(
                format!("{schema}_Base"),
                &format!("{display} (Base)"),
                &format!("Value of the {} in base currency.", display.to_lowercase()),
                Kind::Money {
                    min: "-922337203685477",
                    max: "922337203685477",
                    precision: 4,
                    precision_source: 2,
                },
            )
            .read_only(),
        );
    }

    /// TransactionCurrencyId and ExchangeRate, which a table with Money
    /// columns has.
    fn currency(&mut self, rng: &mut Rng) {
        self.has_currency = true;
        let column = Column::new(
            "TransactionCurrencyId",
            "Currency",
            "Choose the local currency for the record to make sure budgets are reported in the correct currency.",
            Kind::EntityName,
        );
        let name = format!("TransactionCurrency_{}", self.table().schema);
        self.reference(rng, column, "Lookup", &[CURRENCY], |_| name.clone());
        self.add(
            Column::new(
                "ExchangeRate",
                "Exchange Rate",
                "Exchange rate for the currency associated with the record with respect to the base currency.",
                Kind::Decimal {
                    min: "0.0000000001",
                    max: "100000000000",
                    precision: 10,
                },
            )
            .read_only(),
        );
    }

    /// A lookup to another table (hubs more often), sometimes with its
    /// read-only name column.
    fn custom_lookup(&mut self, rng: &mut Rng) {
        let target = self.pick_target(rng);
        let target_table = &self.tables[target];
        let prefix = self.table().prefix;
        let role = rng.pick(&[
            "", "", "parent", "primary", "related", "default", "source", "original",
        ]);
        let schema = format!(
            "{prefix}{}{}Id",
            capitalise(role),
            capitalise(target_table.schema_base())
        );
        let display = if role.is_empty() {
            target_table.display.clone()
        } else {
            format!("{} {}", capitalise(role), target_table.display)
        };
        let mut column = Column::new(
            schema,
            &display,
            &format!(
                "Unique identifier for {} associated with {}.",
                target_table.display,
                self.table().display
            ),
            Kind::EntityName,
        );
        column.required = rng.weighted(&[
            (85, "None"),
            (10, "ApplicationRequired"),
            (5, "Recommended"),
        ]);
        if rng.percent(10) {
            column.writable = false;
        }
        let (logical, column_schema) = (column.logical.clone(), column.schema.clone());
        let referencing = self.table().logical.clone();
        let added = self.reference(rng, column, "Lookup", &[target], |referenced| {
            format!("{}_{referencing}_{column_schema}", referenced.logical)
        });
        if added && self.older() && rng.percent(40) {
            self.add(
                Column::new(
                    format!("{logical}Name"),
                    "",
                    "",
                    Kind::String {
                        max_length: 100,
                        format: "Text",
                        localizable: false,
                    },
                )
                .read_only()
                .not_on_form(),
            );
        }
    }

    /// A Customer column: two hub tables.
    fn customer(&mut self, rng: &mut Rng) {
        let first = self.pick_hub(rng);
        let mut second = self.pick_hub(rng);
        if second == first {
            second = (first + 1) % self.tables.len().min(HUBS);
        }
        let prefix = self.table().prefix;
        let role = rng.pick(&["", "parent", "billing", "end"]);
        let schema = format!("{prefix}{}CustomerId", capitalise(role));
        let display = format!("{} Customer", capitalise(role));
        let column = Column::new(
            schema,
            display.trim_start(),
            "Select the customer account or contact to provide a quick link to additional customer details.",
            Kind::EntityName,
        );
        let referencing = self.table().logical.clone();
        let column_schema = column.schema.clone();
        self.reference(rng, column, "Customer", &[first, second], |referenced| {
            format!("{}_{referencing}_{column_schema}", referenced.logical)
        });
    }

    /// A polymorphic RegardingObjectId lookup with its type code column.
    fn regarding(&mut self, rng: &mut Rng) {
        if self.has_regarding {
            return;
        }
        self.has_regarding = true;
        let mut targets = Vec::new();
        for _ in 0..rng.between(2, 5) {
            let target = self.pick_target(rng);
            if !targets.contains(&target) {
                targets.push(target);
            }
        }
        let prefix = self.table().prefix;
        let column = Column::new(
            format!("{prefix}RegardingObjectId"),
            "Regarding",
            "Unique identifier of the object with which the record is associated.",
            Kind::EntityName,
        );
        let referencing = self.table().schema.clone();
        if self.reference(rng, column, "Lookup", &targets, |referenced| {
            format!("{}_{referencing}", referenced.logical)
        }) {
            self.add(
                Column::new(
                    format!("{prefix}RegardingObjectTypeCode"),
                    "",
                    "Type of the object with which the record is associated.",
                    Kind::EntityName,
                )
                .not_on_form(),
            );
        }
    }

    /// EntityImage and its read-only companions, once per table.
    fn image(&mut self) {
        if self.has_image {
            return;
        }
        self.has_image = true;
        self.add(
            Column::new(
                "EntityImage",
                "Default Image",
                "Shows the default image for the record.",
                Kind::Image,
            )
            .not_on_form(),
        );
        self.add(
            Column::new("EntityImage_Timestamp", "", "", Kind::BigInt)
                .read_only()
                .not_on_form(),
        );
        self.add(
            Column::new(
                "EntityImage_URL",
                "",
                "",
                Kind::String {
                    max_length: 200,
                    format: "Url",
                    localizable: false,
                },
            )
            .read_only()
            .not_on_form(),
        );
        self.add(
            Column::new(
                "EntityImageId",
                "",
                "For internal use only.",
                Kind::Uniqueidentifier,
            )
            .read_only()
            .not_on_form(),
        );
    }

    fn pick_hub(&self, rng: &mut Rng) -> usize {
        rng.below(self.tables.len().min(HUBS))
    }

    /// A lookup target: a hub one time in three, else any table (itself
    /// included, as a parent lookup).
    fn pick_target(&self, rng: &mut Rng) -> usize {
        if rng.percent(35) {
            self.pick_hub(rng)
        } else {
            rng.below(self.tables.len())
        }
    }
}

fn integer(min: i64, max: i64) -> Kind {
    Kind::Integer {
        min,
        max,
        format: "None",
    }
}

// ---------------------------------------------------------------------------
// A page as blocks

/// Inline content.
enum Inline {
    /// Identifiers, numbers and fixed phrases.
    Text(String),
    /// Free prose. Like `Text`, but Markdown escapes its underscores too
    /// (`activity\_party`), as the documentation source does.
    Prose(String),
    Bold(String),
    Code(String),
    Em(String),
    Link {
        text: String,
        href: String,
    },
    Xref(Xref),
}

/// The documentation source's cross-references to API docs.
enum Xref {
    /// `<xref:UID>`, shown as the UID's last segment.
    Auto(&'static str, String),
    /// `<xref:UID?displayProperty=nameWithType />`, same display.
    Typed(String),
    /// `<xref href="UID?text=TEXT" />`, shown as TEXT.
    Titled { uid: String, text: String },
}

impl Xref {
    fn uid(&self) -> String {
        match self {
            Xref::Auto(namespace, name) => format!("{namespace}.{name}"),
            Xref::Typed(uid) | Xref::Titled { uid, .. } => uid.clone(),
        }
    }

    /// What the rendered page shows.
    fn display(&self) -> String {
        match self {
            Xref::Titled { text, .. } => text.clone(),
            _ => {
                let uid = self.uid();
                let uid = uid.trim_end_matches('*');
                uid.rsplit('.').next().unwrap_or(uid).to_string()
            }
        }
    }
}

type Line = Vec<Inline>;

/// A table cell: lines separated by `<br />`.
struct Cell(Vec<Line>);

/// How a Markdown table's separator row looks.
#[derive(Clone, Copy)]
enum Rule {
    /// `|--------|-----|`
    Long,
    /// `|---|---|`
    Short,
    /// `| --- | --- |`
    Spaced,
}

enum Block {
    /// Markdown front matter (other forms leave it out).
    FrontMatter(Vec<(&'static str, String)>),
    Heading {
        level: u8,
        /// `BKMK_...` anchor, for column and relationship entries.
        anchor: Option<String>,
        text: String,
    },
    /// Lines separated by `<br />`; an empty last line is a trailing
    /// `<br />`.
    Paragraph(Vec<Line>),
    /// A `> [!NOTE]` callout.
    Note(String),
    /// A bare `<a name="..."></a>` (older layout).
    Anchor(&'static str),
    /// Links to the entries of a section (`- [X](#BKMK_X)`), which a copy
    /// of the page does not keep.
    List(Vec<String>),
    /// The first row is the header.
    Table { rule: Rule, rows: Vec<Vec<Cell>> },
}

fn text(s: impl Into<String>) -> Inline {
    Inline::Text(s.into())
}

fn bold(s: impl Into<String>) -> Inline {
    Inline::Bold(s.into())
}

fn code(s: impl Into<String>) -> Inline {
    Inline::Code(s.into())
}

fn link(s: impl Into<String>, href: impl Into<String>) -> Inline {
    Inline::Link {
        text: s.into(),
        href: href.into(),
    }
}

/// A one-line cell.
fn cell(line: Line) -> Cell {
    Cell(vec![line])
}

fn text_cell(s: impl Into<String>) -> Cell {
    cell(vec![text(s)])
}

fn empty_cell() -> Cell {
    Cell(Vec::new())
}

fn heading(level: u8, text: impl Into<String>) -> Block {
    Block::Heading {
        level,
        anchor: None,
        text: text.into(),
    }
}

fn entry_heading(name: &str) -> Block {
    Block::Heading {
        level: 3,
        anchor: Some(format!("BKMK_{name}")),
        text: name.to_string(),
    }
}

fn paragraph(line: Line) -> Block {
    Block::Paragraph(vec![line])
}

/// A two-column `Property | Value` table.
fn property_table(rule: Rule, rows: Vec<(String, Cell)>) -> Block {
    let mut table = vec![vec![text_cell("Property"), text_cell("Value")]];
    table.extend(
        rows.into_iter()
            .map(|(key, value)| vec![text_cell(key), value]),
    );
    Block::Table { rule, rows: table }
}

/// One table's page.
fn page(catalog: &Catalog, index: usize) -> Vec<Block> {
    let table = &catalog.tables[index];
    let newer = table.layout == Layout::Newer;
    let mut blocks = Vec::new();
    let title = if newer {
        format!(
            "{} ({}) table/entity reference (Microsoft Dataverse)",
            table.display, table.schema
        )
    } else {
        format!("{} table/entity reference", table.schema)
    };
    let mut front = vec![
        ("title", format!("\"{title}\"")),
        (
            "description",
            format!(
                "\"Schema and messages of the synthetic {} ({}) table/entity.\"",
                table.display, table.logical
            ),
        ),
    ];
    if newer {
        front.push(("ms.topic", "generated-reference".to_string()));
        front.push(("author", "synthetic".to_string()));
    } else {
        front.push(("ms.date", "03/07/2023".to_string()));
        front.push(("ms.topic", "\"reference\"".to_string()));
        front.push(("author", "\"synthetic\"".to_string()));
    }
    blocks.push(Block::FrontMatter(front));
    blocks.push(heading(1, title));
    if !newer {
        blocks.push(Block::Note(
            "Synthetic page, generated by cargo xtask synth for benchmarks; not a real Dataverse table."
                .to_string(),
        ));
    }
    if let Some(description) = &table.description {
        blocks.push(paragraph(vec![Inline::Prose(description.clone())]));
    }
    messages_section(&mut blocks, table);
    if newer && table.events {
        events_section(&mut blocks, table);
    }
    properties_section(&mut blocks, table);
    for writable in [true, false] {
        columns_section(&mut blocks, table, writable);
    }
    if newer {
        many_to_one_section(&mut blocks, catalog, table);
        one_to_many_section(&mut blocks, catalog, table);
    } else {
        one_to_many_section(&mut blocks, catalog, table);
        many_to_one_section(&mut blocks, catalog, table);
    }
    many_to_many_section(&mut blocks, catalog, table);
    blocks.push(heading(3, "See also"));
    blocks.push(Block::Paragraph(vec![
        vec![link(
            "Table/entity reference",
            "/reference/about-entity-reference",
        )],
        vec![link("Web API reference", "/webapi/reference/about")],
        vec![Inline::Xref(Xref::Titled {
            uid: format!("Microsoft.Dynamics.CRM.{}", table.logical),
            text: format!("{} EntityType", table.logical),
        })],
    ]));
    blocks
}

const WEBAPI_DOCS: &str = "/power-apps/developer/data-platform/webapi";
const SDK_DOCS: &str = "/power-apps/developer/data-platform/org-service";
const CRM_SDK: &str = "Microsoft.Crm.Sdk.Messages";
const XRM_SDK: &str = "Microsoft.Xrm.Sdk.Messages";
const XRM_SERVICE: &str = "Microsoft.Xrm.Sdk.IOrganizationService";

fn messages_section(blocks: &mut Vec<Block>, table: &Table) {
    blocks.push(heading(2, "Messages"));
    let set = &table.entity_set;
    let id = table.primary_id();
    let mut rows = Vec::new();
    match table.layout {
        Layout::Older => {
            let sdk_header = if table.api_version == "v9.0" {
                "SDK Assembly"
            } else {
                "SDK class or method"
            };
            rows.push(vec![
                text_cell("Message"),
                text_cell("Web API Operation"),
                text_cell(sdk_header),
            ]);
            let url = |verb: &str, with_id: bool| {
                let mut line = vec![
                    text(format!("{verb} [")),
                    Inline::Em("org URI".to_string()),
                    text(format!("]/api/data/{}/{set}", table.api_version)),
                ];
                if with_id {
                    line.push(text("("));
                    line.push(Inline::Em(id.clone()));
                    line.push(text(")"));
                }
                line
            };
            let see = |what: &str, anchor: &str| {
                vec![text("See "), link(what, format!("{WEBAPI_DOCS}/{anchor}"))]
            };
            let request_or_method = |name: &str| {
                Cell(vec![
                    vec![
                        Inline::Xref(Xref::Auto(XRM_SDK, format!("{name}Request"))),
                        text(" or "),
                    ],
                    vec![Inline::Xref(Xref::Auto(XRM_SERVICE, format!("{name}*")))],
                ])
            };
            let action = |name: &str, what: &str| {
                cell(vec![Inline::Xref(Xref::Titled {
                    uid: format!("Microsoft.Dynamics.CRM.{name}"),
                    text: format!("{name} {what}"),
                })])
            };
            let crm_request = |name: &str| {
                cell(vec![Inline::Xref(Xref::Auto(
                    CRM_SDK,
                    format!("{name}Request"),
                ))])
            };
            let update_link = || {
                link(
                    "Update",
                    format!("{WEBAPI_DOCS}/update-delete#basic-update"),
                )
            };
            for (name, _) in &table.messages {
                let (web, sdk) = match *name {
                    "Assign" => (
                        Cell(vec![
                            url("PATCH", true),
                            vec![
                                update_link(),
                                text(" "),
                                code("ownerid"),
                                text(" property."),
                            ],
                        ]),
                        crm_request(name),
                    ),
                    "Create" => (
                        Cell(vec![url("POST", false), see("Create", "create")]),
                        request_or_method(name),
                    ),
                    "Delete" => (
                        Cell(vec![
                            url("DELETE", true),
                            see("Delete", "update-delete#basic-delete"),
                        ]),
                        request_or_method(name),
                    ),
                    "Retrieve" => (
                        Cell(vec![url("GET", true), see("Retrieve", "retrieve")]),
                        request_or_method(name),
                    ),
                    "RetrieveMultiple" => (
                        Cell(vec![url("GET", false), see("Query Data", "query-data")]),
                        request_or_method(name),
                    ),
                    "Update" => (
                        Cell(vec![
                            url("PATCH", true),
                            see("Update", "update-delete#basic-update"),
                        ]),
                        request_or_method(name),
                    ),
                    "SetState" => (
                        Cell(vec![
                            url("PATCH", true),
                            vec![
                                update_link(),
                                text(" "),
                                code("statecode"),
                                text(" and "),
                                code("statuscode"),
                                text(" properties."),
                            ],
                        ]),
                        crm_request(name),
                    ),
                    "RetrievePrincipalAccess" | "RetrieveSharedPrincipalsAndAccess" | "Rollup" => {
                        (action(name, "Function"), crm_request(name))
                    }
                    _ => (action(name, "Action"), crm_request(name)),
                };
                rows.push(vec![text_cell(*name), web, sdk]);
            }
            blocks.push(Block::Table {
                rule: Rule::Short,
                rows,
            });
        }
        Layout::Newer => {
            blocks.push(Block::Paragraph(vec![
                vec![text(format!(
                    "Messages of the {} ({}) table: the operations on its rows.",
                    table.display, table.schema
                ))],
                vec![text("Some of them are also events.")],
            ]));
            rows.push(vec![
                Cell(vec![vec![text("Name ")], vec![text("Is Event?")]]),
                text_cell("Web API Operation"),
                text_cell("SDK for .NET"),
            ]);
            let path = |verb: &str, with_id: bool| {
                let mut line = vec![code(verb), text(format!(" /{set}"))];
                if with_id {
                    line.push(text("("));
                    line.push(Inline::Em(id.clone()));
                    line.push(text(")"));
                }
                line
            };
            let see = |what: &str, anchor: &str| {
                vec![text("See "), link(what, format!("{WEBAPI_DOCS}/{anchor}"))]
            };
            let records = |verb: &str| {
                cell(vec![link(
                    format!("{verb} records"),
                    format!("{SDK_DOCS}/entity-operations"),
                )])
            };
            let typed = |name: &str| {
                cell(vec![Inline::Xref(Xref::Typed(format!(
                    "Microsoft.Dynamics.CRM.{name}"
                )))])
            };
            let request = |namespace: &'static str, name: &str| {
                cell(vec![Inline::Xref(Xref::Auto(
                    namespace,
                    format!("{name}Request"),
                ))])
            };
            let update_link = || {
                link(
                    "Update",
                    format!("{WEBAPI_DOCS}/update-delete#basic-update"),
                )
            };
            for &(name, event) in &table.messages {
                let (web, sdk) = match name {
                    "Assign" => (
                        Cell(vec![
                            path("PATCH", true),
                            vec![
                                update_link(),
                                text(" the "),
                                code("ownerid"),
                                text(" property."),
                            ],
                        ]),
                        request(CRM_SDK, name),
                    ),
                    "Associate" | "Disassociate" => (
                        cell(vec![link(
                            format!("{name} records"),
                            format!("{WEBAPI_DOCS}/associate"),
                        )]),
                        cell(vec![link(
                            format!("{name} records"),
                            format!("{SDK_DOCS}/associate"),
                        )]),
                    ),
                    "Create" => (
                        Cell(vec![path("POST", false), see("Create", "create")]),
                        records("Create"),
                    ),
                    "Delete" => (
                        Cell(vec![
                            path("DELETE", true),
                            see("Delete", "update-delete#basic-delete"),
                        ]),
                        records("Delete"),
                    ),
                    "Retrieve" => (
                        Cell(vec![path("GET", true), see("Retrieve", "retrieve")]),
                        records("Retrieve"),
                    ),
                    "RetrieveMultiple" => (
                        Cell(vec![path("GET", false), see("Query data", "query-data")]),
                        cell(vec![link("Query data", format!("{SDK_DOCS}/query-data"))]),
                    ),
                    "Update" => (
                        Cell(vec![
                            path("PATCH", true),
                            see("Update", "update-delete#basic-update"),
                        ]),
                        records("Update"),
                    ),
                    "Upsert" => (
                        Cell(vec![
                            path("PATCH", true),
                            see("Upsert a table row", "update-delete#upsert"),
                        ]),
                        request(XRM_SDK, name),
                    ),
                    "SetState" => (
                        Cell(vec![
                            path("PATCH", true),
                            vec![
                                update_link(),
                                text(" the "),
                                code("statecode"),
                                text(" and "),
                                code("statuscode"),
                                text(" properties."),
                            ],
                        ]),
                        request(CRM_SDK, name),
                    ),
                    "RetrieveEntityChanges" => (empty_cell(), request(XRM_SDK, name)),
                    "DeleteMultiple" => (
                        typed(name),
                        cell(vec![link(
                            "Learn to use messages with the SDK for .NET",
                            format!("{SDK_DOCS}/use-messages"),
                        )]),
                    ),
                    "CreateMultiple" | "UpdateMultiple" | "UpsertMultiple" => {
                        (typed(name), request(XRM_SDK, name))
                    }
                    _ => (typed(name), request(CRM_SDK, name)),
                };
                let name_cell = Cell(vec![
                    vec![code(name)],
                    vec![text(format!(
                        "Event: {}",
                        if event { "True" } else { "False" }
                    ))],
                ]);
                rows.push(vec![name_cell, web, sdk]);
            }
            blocks.push(Block::Table {
                rule: Rule::Spaced,
                rows,
            });
        }
    }
}

/// The events listed in the Events table of some newer pages.
const EVENTS: [&str; 5] = [
    "BulkRetain",
    "PurgeRetainedContent",
    "Retain",
    "RollbackRetain",
    "ValidateRetentionConfig",
];

/// The Events table of some newer pages.
fn events_section(blocks: &mut Vec<Block>, table: &Table) {
    blocks.push(heading(2, "Events"));
    blocks.push(paragraph(vec![text(format!(
        "Events of the {} ({}) table: messages that exist so that you can subscribe to them.",
        table.display, table.schema
    ))]));
    let mut rows = vec![vec![
        text_cell("Name"),
        text_cell("Web API Operation"),
        text_cell("SDK for .NET"),
    ]];
    for name in EVENTS {
        rows.push(vec![
            cell(vec![code(name)]),
            cell(vec![Inline::Xref(Xref::Typed(format!(
                "Microsoft.Dynamics.CRM.{name}"
            )))]),
            cell(vec![link(
                "Learn to use messages with the SDK for .NET",
                format!("{SDK_DOCS}/use-messages"),
            )]),
        ]);
    }
    blocks.push(Block::Table {
        rule: Rule::Spaced,
        rows,
    });
}

fn properties_section(blocks: &mut Vec<Block>, table: &Table) {
    blocks.push(heading(2, "Properties"));
    match table.layout {
        Layout::Older => {
            let rows = [
                ("CollectionSchemaName", plural(&table.schema)),
                ("DisplayCollectionName", table.plural.clone()),
                ("DisplayName", table.display.clone()),
                ("EntitySetName", table.entity_set.clone()),
                ("IsBPFEntity", "False".to_string()),
                ("LogicalCollectionName", table.entity_set.clone()),
                ("LogicalName", table.logical.clone()),
                ("OwnershipType", table.ownership.to_string()),
                ("PrimaryIdAttribute", table.primary_id()),
                ("PrimaryNameAttribute", primary_name(table)),
                ("SchemaName", table.schema.clone()),
            ];
            blocks.push(property_table(
                Rule::Long,
                rows.into_iter()
                    .map(|(key, value)| (key.to_string(), text_cell(value)))
                    .collect(),
            ));
            blocks.push(Block::Anchor("writable-attributes"));
        }
        Layout::Newer => {
            blocks.push(paragraph(vec![text(format!(
                "Selected properties of the {} ({}) table.",
                table.display, table.schema
            ))]));
            let rows = [
                ("DisplayName", bold(&table.display)),
                ("DisplayCollectionName", bold(&table.plural)),
                ("SchemaName", code(&table.schema)),
                ("CollectionSchemaName", code(plural(&table.schema))),
                ("EntitySetName", code(&table.entity_set)),
                ("LogicalName", code(&table.logical)),
                ("LogicalCollectionName", code(&table.entity_set)),
                ("PrimaryIdAttribute", code(table.primary_id())),
                ("PrimaryNameAttribute", code(primary_name(table))),
                ("TableType", code(table.table_type)),
                ("OwnershipType", code(table.ownership)),
            ];
            let mut table_rows = vec![vec![text_cell("Property"), text_cell("Value")]];
            for (key, value) in rows {
                table_rows.push(vec![cell(vec![bold(key)]), cell(vec![value])]);
            }
            blocks.push(Block::Table {
                rule: Rule::Spaced,
                rows: table_rows,
            });
        }
    }
}

fn primary_name(table: &Table) -> String {
    format!("{}name", table.prefix)
}

fn columns_section(blocks: &mut Vec<Block>, table: &Table, writable: bool) {
    let columns: Vec<&Column> = table
        .columns
        .iter()
        .filter(|column| column.writable == writable)
        .collect();
    if columns.is_empty() {
        return;
    }
    let older = table.layout == Layout::Older;
    if writable {
        blocks.push(heading(2, "Writable columns/attributes"));
        blocks.push(paragraph(vec![
            text("Columns valid for create or update: "),
            bold("IsValidForCreate"),
            text(" or "),
            bold("IsValidForUpdate"),
            text(" is true (usually both). Listed by "),
            bold("SchemaName"),
            text("."),
        ]));
    } else {
        if older {
            blocks.push(Block::Anchor("read-only-attributes"));
        }
        blocks.push(heading(2, "Read-only columns/attributes"));
        blocks.push(paragraph(vec![
            text("Columns valid for neither create nor update: "),
            bold("IsValidForCreate"),
            text(" and "),
            bold("IsValidForUpdate"),
            text(" are false. Listed by "),
            bold("SchemaName"),
            text("."),
        ]));
    }
    blocks.push(Block::List(
        columns.iter().map(|column| column.schema.clone()).collect(),
    ));
    for column in columns {
        column_entry(blocks, table, column);
    }
}

/// A column's heading, property table and choices.
fn column_entry(blocks: &mut Vec<Block>, table: &Table, column: &Column) {
    let newer = table.layout == Layout::Newer;
    blocks.push(entry_heading(&column.schema));
    if let Some(solution) = column.added_by {
        blocks.push(added_by(solution));
    }
    let styled = |value: &str, style: fn(String) -> Inline| -> Cell {
        match (value.is_empty(), newer) {
            (true, _) => empty_cell(),
            (false, true) => cell(vec![style(value.to_string())]),
            (false, false) => cell(vec![Inline::Prose(value.to_string())]),
        }
    };
    let plain = |value: String| -> Cell { text_cell(value) };
    let boolean = |value: bool| -> Cell { text_cell(if value { "True" } else { "False" }) };
    let mut rows: Vec<(String, Cell)> = vec![
        (
            "Description".into(),
            styled(&column.description, Inline::Bold),
        ),
        ("DisplayName".into(), styled(&column.display, Inline::Bold)),
        ("IsValidForForm".into(), boolean(column.form)),
        ("IsValidForRead".into(), boolean(column.read)),
        (
            "LogicalName".into(),
            if newer {
                cell(vec![code(&column.logical)])
            } else {
                plain(column.logical.clone())
            },
        ),
        ("RequiredLevel".into(), plain(column.required.to_string())),
        ("Type".into(), plain(column.kind.type_name().to_string())),
    ];
    if let Some(create) = column.create_row {
        rows.push(("IsValidForCreate".into(), boolean(create)));
    }
    if let Some(update) = column.update_row {
        rows.push(("IsValidForUpdate".into(), boolean(update)));
    }
    let global = |name: &str| -> Cell { cell(vec![code(name)]) };
    let mut choices: Option<Block> = None;
    let mut default_paragraph: Option<Block> = None;
    let mut add = |key: &str, value: Cell| rows.push((key.to_string(), value));
    match &column.kind {
        Kind::String {
            max_length,
            format,
            localizable,
        } => {
            if newer {
                add("Format", plain(format.to_string()));
                add("FormatName", plain(format.to_string()));
                add("ImeMode", plain("Auto".into()));
            } else {
                add("FormatName", plain(format.to_string()));
            }
            add("IsLocalizable", boolean(*localizable));
            add("MaxLength", plain(max_length.to_string()));
        }
        Kind::Memo {
            max_length,
            localizable,
        } => {
            if newer {
                add("Format", plain("Text".into()));
                add("FormatName", plain("Text".into()));
                add("ImeMode", plain("Auto".into()));
            } else {
                add("Format", plain("TextArea".into()));
            }
            add("IsLocalizable", boolean(*localizable));
            add("MaxLength", plain(max_length.to_string()));
        }
        Kind::Integer { min, max, format } => {
            if !newer {
                add("Format", plain(format.to_string()));
            }
            add("MaxValue", plain(max.to_string()));
            add("MinValue", plain(min.to_string()));
        }
        Kind::BigInt => {
            add("MaxValue", plain(i64::MAX.to_string()));
            add("MinValue", plain(i64::MIN.to_string()));
        }
        Kind::Decimal {
            min,
            max,
            precision,
        }
        | Kind::Double {
            min,
            max,
            precision,
        } => {
            if newer {
                add("ImeMode", plain("Auto".into()));
            }
            add("MaxValue", plain(max.to_string()));
            add("MinValue", plain(min.to_string()));
            add("Precision", plain(precision.to_string()));
        }
        Kind::Money {
            min,
            max,
            precision,
            precision_source,
        } => {
            if newer {
                add("ImeMode", plain("Auto".into()));
                add("IsBaseCurrency", boolean(column.schema.ends_with("_Base")));
            }
            add("MaxValue", plain(max.to_string()));
            add("MinValue", plain(min.to_string()));
            add("Precision", plain(precision.to_string()));
            add("PrecisionSource", plain(precision_source.to_string()));
        }
        Kind::Boolean {
            labels: (yes, no),
            default,
            numeric_default,
            description_column,
            global: global_name,
        } => {
            if newer {
                add("GlobalChoiceName", global(global_name));
                add("DefaultValue", boolean(*default));
                add("True Label", plain(yes.to_string()));
                add("False Label", plain(no.to_string()));
            } else {
                choices = Some(option_table(
                    &[(1, yes.to_string()), (0, no.to_string())],
                    false,
                    *description_column,
                ));
                let default = match (numeric_default, default) {
                    (true, true) => "1",
                    (true, false) => "0",
                    (false, true) => "True",
                    (false, false) => "False",
                };
                default_paragraph = Some(paragraph(vec![
                    bold("DefaultValue"),
                    text(format!(": {default}")),
                ]));
            }
        }
        Kind::DateTime { behavior, format } => {
            if newer {
                add("CanChangeDateTimeBehavior", boolean(false));
            }
            add("DateTimeBehavior", plain(behavior.to_string()));
            add("Format", plain(format.to_string()));
            if newer {
                add("ImeMode", plain("Inactive".into()));
                add("SourceTypeMask", plain("0".into()));
            }
        }
        Kind::Reference { targets, .. } => {
            add(
                "Targets",
                plain(targets.join(if newer { ", " } else { "," })),
            );
        }
        Kind::Picklist {
            options,
            default,
            description_column,
            global: global_name,
            ..
        } => {
            if newer {
                add(
                    "DefaultFormValue",
                    default.map_or_else(empty_cell, |value| plain(value.to_string())),
                );
                add("GlobalChoiceName", global(global_name));
            }
            choices = Some(option_table(options, newer, *description_column));
        }
        Kind::State {
            options,
            global: global_name,
        } => {
            if newer {
                add("DefaultFormValue", empty_cell());
                add("GlobalChoiceName", global(global_name));
            }
            let mut rows = Vec::new();
            if newer {
                rows.push(vec![text_cell("Value"), text_cell("Details")]);
                for (value, label, invariant, status) in options {
                    rows.push(vec![
                        text_cell(value.to_string()),
                        Cell(vec![
                            vec![text("Label: "), bold(*label)],
                            vec![text(format!("DefaultStatus: {status}"))],
                            vec![text("InvariantName: "), code(*invariant)],
                        ]),
                    ]);
                }
            } else {
                rows.push(
                    ["Value", "Label", "DefaultStatus", "InvariantName"]
                        .map(text_cell)
                        .into(),
                );
                for (value, label, invariant, status) in options {
                    rows.push(vec![
                        text_cell(value.to_string()),
                        text_cell(*label),
                        text_cell(status.to_string()),
                        text_cell(*invariant),
                    ]);
                }
            }
            choices = Some(Block::Table {
                rule: if newer { Rule::Short } else { Rule::Long },
                rows,
            });
        }
        Kind::Status {
            options,
            global: global_name,
        } => {
            if newer {
                add("DefaultFormValue", empty_cell());
                add("GlobalChoiceName", global(global_name));
            }
            let mut rows = Vec::new();
            if newer {
                rows.push(vec![text_cell("Value"), text_cell("Details")]);
                for (value, label, state) in options {
                    rows.push(vec![
                        text_cell(value.to_string()),
                        Cell(vec![
                            vec![text("Label: "), bold(label)],
                            vec![text(format!("State:{state}"))],
                            vec![text("TransitionData: None")],
                        ]),
                    ]);
                }
            } else {
                rows.push(["Value", "Label", "State"].map(text_cell).into());
                for (value, label, state) in options {
                    rows.push(vec![
                        text_cell(value.to_string()),
                        text_cell(label),
                        text_cell(state.to_string()),
                    ]);
                }
            }
            choices = Some(Block::Table {
                rule: if newer { Rule::Short } else { Rule::Long },
                rows,
            });
        }
        Kind::Image => {
            if newer {
                add("CanStoreFullImage", boolean(true));
            }
            add("IsPrimaryImage", boolean(true));
            add("MaxHeight", plain("144".into()));
            if newer {
                add("MaxSizeInKB", plain("10240".into()));
            }
            add("MaxWidth", plain("144".into()));
        }
        Kind::Uniqueidentifier | Kind::EntityName | Kind::ManagedProperty => {}
    }
    if !newer {
        // The older layout lists properties in alphabetical order.
        rows.sort_by(|a, b| a.0.cmp(&b.0));
    }
    blocks.push(property_table(
        if newer { Rule::Short } else { Rule::Long },
        rows,
    ));
    if let Some(choices) = choices {
        blocks.push(heading(4, format!("{} Choices/Options", column.schema)));
        blocks.push(choices);
    }
    if let Some(default) = default_paragraph {
        blocks.push(default);
    }
}

/// A `|Value|Label|` choices table (with an empty Description column when
/// asked).
fn option_table(options: &[(i64, String)], newer: bool, description_column: bool) -> Block {
    let mut header = vec![text_cell("Value"), text_cell("Label")];
    if description_column {
        header.push(text_cell("Description"));
    }
    let mut rows = vec![header];
    for (value, label) in options {
        let mut row = vec![
            text_cell(value.to_string()),
            if newer {
                cell(vec![bold(label)])
            } else {
                text_cell(label)
            },
        ];
        if description_column {
            row.push(empty_cell());
        }
        rows.push(row);
    }
    Block::Table {
        rule: if newer { Rule::Short } else { Rule::Long },
        rows,
    }
}

/// `Key: value` lines of AssociatedMenuConfiguration.
fn menu_cell(menu: Menu, newer: bool) -> Cell {
    let order = menu.order.map(|o| o.to_string()).unwrap_or_default();
    if newer {
        Cell(vec![
            vec![text("AvailableOffline: True")],
            vec![text("Behavior: "), code(menu.behavior)],
            vec![text("Group: "), code("Details")],
            vec![text("Label: ")],
            vec![text("MenuId: null")],
            vec![text(format!("Order: {order}"))],
            vec![text("QueryApi: null")],
            vec![
                text("ViewId: "),
                code("00000000-0000-0000-0000-000000000000"),
            ],
        ])
    } else {
        Cell(vec![
            vec![text(format!("Behavior: {}", menu.behavior))],
            vec![text("Group: Details")],
            vec![text("Label: ")],
            vec![text(format!("Order: {order}"))],
        ])
    }
}

/// `Key: value` lines of CascadeConfiguration.
fn cascade_cell(cascade: Cascade, newer: bool) -> Cell {
    let mut pairs = vec![
        ("Assign", cascade.assign),
        ("Delete", cascade.delete),
        ("Merge", cascade.merge),
        ("Reparent", cascade.reparent),
        ("Share", cascade.share),
        ("Unshare", cascade.unshare),
    ];
    if newer {
        pairs.insert(0, ("Archive", cascade.archive));
        pairs.insert(5, ("RollupView", cascade.rollup_view));
    }
    Cell(
        pairs
            .into_iter()
            .map(|(key, value)| {
                if newer {
                    vec![text(format!("{key}: ")), code(value)]
                } else {
                    vec![text(format!("{key}: {value}"))]
                }
            })
            .collect(),
    )
}

/// The intro paragraph and entry list of a relationship section. Newer
/// pages leave the list out when the section has one entry.
fn relationship_list(blocks: &mut Vec<Block>, table: &Table, sentence: Line, names: Vec<String>) {
    blocks.push(paragraph(sentence));
    if table.layout == Layout::Older || names.len() > 1 {
        blocks.push(Block::List(names));
    }
}

/// The `**Added by**: <solution>` paragraph of an entry.
fn added_by(solution: &str) -> Block {
    paragraph(vec![bold("Added by"), text(format!(": {solution}"))])
}

fn listed_by() -> Vec<Inline> {
    vec![text("Listed by "), bold("SchemaName"), text(".")]
}

fn one_to_many_section(blocks: &mut Vec<Block>, catalog: &Catalog, table: &Table) {
    if table.one_to_many.is_empty() {
        return;
    }
    let newer = table.layout == Layout::Newer;
    let relationships: Vec<&Relationship> = table
        .one_to_many
        .iter()
        .map(|&id| &catalog.relationships[id])
        .collect();
    let mut sentence = Vec::new();
    if newer {
        blocks.push(heading(2, "One-to-Many relationships"));
        sentence.push(text("These relationships are one-to-many. "));
    } else {
        blocks.push(Block::Anchor("onetomany"));
        blocks.push(heading(2, "One-To-Many Relationships"));
    }
    sentence.extend(listed_by());
    relationship_list(
        blocks,
        table,
        sentence,
        relationships
            .iter()
            .map(|r| r.schema_name.clone())
            .collect(),
    );
    for relationship in relationships {
        let name = &relationship.schema_name;
        let referencing = &catalog.tables[relationship.referencing].logical;
        blocks.push(entry_heading(name));
        if let (Some(solution), false) = (relationship.added_by, newer) {
            blocks.push(added_by(solution));
        }
        let href = format!("{referencing}.md#BKMK_{name}");
        if newer {
            blocks.push(paragraph(vec![
                text("Many-To-One Relationship: "),
                link(format!("{referencing} {name}"), href),
            ]));
            blocks.push(property_table(
                Rule::Short,
                vec![
                    ("ReferencingEntity".into(), cell(vec![code(referencing)])),
                    (
                        "ReferencingAttribute".into(),
                        cell(vec![code(&relationship.attribute)]),
                    ),
                    (
                        "ReferencedEntityNavigationPropertyName".into(),
                        cell(vec![code(&relationship.referenced_nav)]),
                    ),
                    (
                        "IsCustomizable".into(),
                        cell(vec![code(bool_text(relationship.customizable))]),
                    ),
                    (
                        "AssociatedMenuConfiguration".into(),
                        menu_cell(relationship.menu, true),
                    ),
                ],
            ));
        } else {
            blocks.push(paragraph(vec![
                text(format!("Same as {referencing} table ")),
                link(name, href),
                text(" Many-To-One relationship."),
            ]));
            blocks.push(property_table(
                Rule::Long,
                vec![
                    ("ReferencingEntity".into(), text_cell(referencing)),
                    (
                        "ReferencingAttribute".into(),
                        text_cell(&relationship.attribute),
                    ),
                    (
                        "IsHierarchical".into(),
                        text_cell(bool_text(relationship.hierarchical)),
                    ),
                    (
                        "IsCustomizable".into(),
                        text_cell(bool_text(relationship.customizable)),
                    ),
                    (
                        "ReferencedEntityNavigationPropertyName".into(),
                        text_cell(&relationship.referenced_nav),
                    ),
                    (
                        "AssociatedMenuConfiguration".into(),
                        menu_cell(relationship.menu, false),
                    ),
                    (
                        "CascadeConfiguration".into(),
                        cascade_cell(relationship.cascade, false),
                    ),
                ],
            ));
        }
    }
}

fn many_to_one_section(blocks: &mut Vec<Block>, catalog: &Catalog, table: &Table) {
    if table.many_to_one.is_empty() {
        return;
    }
    let newer = table.layout == Layout::Newer;
    let relationships: Vec<&Relationship> = table
        .many_to_one
        .iter()
        .map(|&id| &catalog.relationships[id])
        .collect();
    let mut sentence = Vec::new();
    if newer {
        blocks.push(heading(2, "Many-to-One relationships"));
        sentence.push(text("These relationships are many-to-one. "));
    } else {
        blocks.push(Block::Anchor("manytoone"));
        blocks.push(heading(2, "Many-To-One Relationships"));
        sentence.push(text(
            "Each of them is the other side of a One-To-Many relationship of the related table. ",
        ));
    }
    sentence.extend(listed_by());
    relationship_list(
        blocks,
        table,
        sentence,
        relationships
            .iter()
            .map(|r| r.schema_name.clone())
            .collect(),
    );
    for relationship in relationships {
        let name = &relationship.schema_name;
        let referenced = &catalog.tables[relationship.referenced];
        let target = &referenced.logical;
        blocks.push(entry_heading(name));
        let href = format!("{target}.md#BKMK_{name}");
        if newer {
            blocks.push(paragraph(vec![
                text("One-To-Many Relationship: "),
                link(format!("{target} {name}"), href),
            ]));
            blocks.push(property_table(
                Rule::Short,
                vec![
                    ("ReferencedEntity".into(), cell(vec![code(target)])),
                    (
                        "ReferencedAttribute".into(),
                        cell(vec![code(referenced.primary_id())]),
                    ),
                    (
                        "ReferencingAttribute".into(),
                        cell(vec![code(&relationship.attribute)]),
                    ),
                    (
                        "ReferencingEntityNavigationPropertyName".into(),
                        cell(vec![code(&relationship.referencing_nav)]),
                    ),
                    ("IsHierarchical".into(), empty_cell()),
                    (
                        "CascadeConfiguration".into(),
                        cascade_cell(relationship.cascade, true),
                    ),
                ],
            ));
        } else {
            if let Some(solution) = relationship.added_by {
                blocks.push(added_by(solution));
            }
            blocks.push(paragraph(if relationship.long_sentence {
                vec![
                    text("See the "),
                    link(name, href),
                    text(" one-to-many relationship for the "),
                    link(target, format!("{target}.md")),
                    text(" table/entity."),
                ]
            } else {
                vec![
                    text(format!("See {target} Table ")),
                    link(name, href),
                    text(" One-To-Many relationship."),
                ]
            }));
        }
    }
}

fn many_to_many_section(blocks: &mut Vec<Block>, catalog: &Catalog, table: &Table) {
    if table.many_to_many.is_empty() {
        return;
    }
    let newer = table.layout == Layout::Newer;
    let relationships: Vec<&ManyToMany> = table
        .many_to_many
        .iter()
        .map(|&id| &catalog.many_to_many[id])
        .collect();
    let mut sentence = Vec::new();
    if newer {
        blocks.push(heading(2, "Many-to-Many relationships"));
        sentence.push(text("These relationships are many-to-many. "));
    } else {
        blocks.push(Block::Anchor("manytomany"));
        blocks.push(heading(2, "Many-To-Many Relationships"));
        sentence.push(text(format!(
            "Relationships where the {} table is the first table. ",
            table.schema
        )));
    }
    sentence.extend(listed_by());
    relationship_list(
        blocks,
        table,
        sentence,
        relationships
            .iter()
            .map(|r| r.schema_name.clone())
            .collect(),
    );
    for relationship in relationships {
        let name = &relationship.schema_name;
        let (first, second) = (
            &catalog.tables[relationship.first],
            &catalog.tables[relationship.second],
        );
        blocks.push(entry_heading(name));
        if newer {
            let other = if first.logical == table.logical {
                second
            } else {
                first
            };
            blocks.push(paragraph(vec![
                text("See "),
                link(
                    format!("{} {name} Many-To-Many Relationship", other.logical),
                    format!("{}.md#BKMK_{name}", other.logical),
                ),
            ]));
            blocks.push(property_table(
                Rule::Short,
                vec![
                    (
                        "IntersectEntityName".into(),
                        cell(vec![code(&relationship.intersect)]),
                    ),
                    (
                        "IsCustomizable".into(),
                        text_cell(bool_text(relationship.customizable)),
                    ),
                    ("SchemaName".into(), cell(vec![code(name)])),
                    (
                        "IntersectAttribute".into(),
                        cell(vec![code(table.primary_id())]),
                    ),
                    ("NavigationPropertyName".into(), cell(vec![code(name)])),
                    (
                        "AssociatedMenuConfiguration".into(),
                        menu_cell(relationship.menu, true),
                    ),
                ],
            ));
        } else {
            blocks.push(Block::Paragraph(vec![
                vec![text(format!(
                    "IntersectEntityName: {}",
                    relationship.intersect
                ))],
                Vec::new(),
            ]));
            blocks.push(heading(4, "Table 1"));
            blocks.push(property_table(
                Rule::Long,
                vec![
                    ("IntersectAttribute".into(), text_cell(first.primary_id())),
                    (
                        "IsCustomizable".into(),
                        text_cell(bool_text(relationship.customizable)),
                    ),
                    ("LogicalName".into(), text_cell(&first.logical)),
                    ("NavigationPropertyName".into(), text_cell(name)),
                    (
                        "AssociatedMenuConfiguration".into(),
                        menu_cell(relationship.menu, false),
                    ),
                ],
            ));
            blocks.push(heading(4, "Table 2"));
            blocks.push(property_table(
                Rule::Long,
                vec![
                    ("LogicalName".into(), text_cell(&second.logical)),
                    ("IntersectAttribute".into(), text_cell(second.primary_id())),
                    ("NavigationPropertyName".into(), text_cell(name)),
                    (
                        "AssociatedMenuConfiguration".into(),
                        menu_cell(relationship.menu, false),
                    ),
                ],
            ));
        }
    }
}

fn bool_text(value: bool) -> &'static str {
    if value {
        "True"
    } else {
        "False"
    }
}

// ---------------------------------------------------------------------------
// Renderers

/// The documentation source.
fn render_markdown(blocks: &[Block]) -> String {
    let mut out = String::with_capacity(64 * 1024);
    for block in blocks {
        match block {
            Block::FrontMatter(pairs) => {
                out.push_str("---\n");
                for (key, value) in pairs {
                    let _ = writeln!(out, "{key}: {value}");
                }
                out.push_str("search.audienceType: \n  - developer\n---\n\n");
            }
            Block::Heading {
                level,
                anchor,
                text,
            } => {
                out.push_str(&"#".repeat(usize::from(*level)));
                out.push(' ');
                if let Some(anchor) = anchor {
                    let _ = write!(out, "<a name=\"{anchor}\"></a> ");
                }
                md_text(&mut out, text, false);
                out.push_str("\n\n");
            }
            Block::Paragraph(lines) => {
                for (i, line) in lines.iter().enumerate() {
                    if i > 0 {
                        out.push_str("<br />\n");
                    }
                    md_line(&mut out, line);
                }
                out.push_str("\n\n");
            }
            Block::Note(note) => {
                out.push_str("> [!NOTE]\n> ");
                md_text(&mut out, note, false);
                out.push_str("\n\n");
            }
            Block::Anchor(name) => {
                let _ = write!(out, "<a name=\"{name}\"></a>\n\n");
            }
            Block::List(items) => {
                for item in items {
                    out.push_str("- [");
                    md_text(&mut out, item, false);
                    let _ = writeln!(out, "](#BKMK_{item})");
                }
                out.push('\n');
            }
            Block::Table { rule, rows } => {
                for (index, row) in rows.iter().enumerate() {
                    out.push('|');
                    for cell in row {
                        for (i, line) in cell.0.iter().enumerate() {
                            if i > 0 {
                                out.push_str("<br />");
                            }
                            md_line(&mut out, line);
                        }
                        out.push('|');
                    }
                    out.push('\n');
                    if index == 0 {
                        out.push('|');
                        for column in 0..row.len() {
                            out.push_str(match (rule, column) {
                                (Rule::Long, 0) => "--------|",
                                (Rule::Long, _) => "-----|",
                                (Rule::Short, _) => "---|",
                                (Rule::Spaced, _) => " --- |",
                            });
                        }
                        out.push('\n');
                    }
                }
                out.push('\n');
            }
        }
    }
    out
}

fn md_line(out: &mut String, line: &[Inline]) {
    for inline in line {
        match inline {
            Inline::Text(text) => md_text(out, text, false),
            Inline::Prose(text) => md_text(out, text, true),
            Inline::Bold(text) => {
                // Bold holds display text (names, labels, descriptions).
                out.push_str("**");
                md_text(out, text, true);
                out.push_str("**");
            }
            Inline::Code(text) => {
                out.push('`');
                out.push_str(text);
                out.push('`');
            }
            Inline::Em(text) => {
                out.push('*');
                md_text(out, text, false);
                out.push('*');
            }
            Inline::Link { text, href } => {
                out.push('[');
                md_text(out, text, false);
                let _ = write!(out, "]({href})");
            }
            Inline::Xref(xref) => match xref {
                Xref::Auto(..) => {
                    let _ = write!(out, "<xref:{}>", xref.uid());
                }
                Xref::Typed(uid) => {
                    let _ = write!(out, "<xref:{uid}?displayProperty=nameWithType />");
                }
                Xref::Titled { uid, text } => {
                    let _ = write!(out, "<xref href=\"{uid}?text={text}\" />");
                }
            },
        }
    }
}

/// Markdown text with the characters that would be markup escaped.
/// Underscores inside a word (`lk_account_createdby`) are not markup and stay
/// as they are, unless `prose` asks for them to be escaped anyway, as the
/// documentation source does in descriptions (`activity\_party`).
fn md_text(out: &mut String, text: &str, prose: bool) {
    let chars: Vec<char> = text.chars().collect();
    for (i, &ch) in chars.iter().enumerate() {
        let intraword = |at: Option<&char>| at.is_some_and(|c| c.is_alphanumeric());
        match ch {
            '\\' | '|' | '*' | '`' | '<' | '[' | ']' => {
                out.push('\\');
                out.push(ch);
            }
            '_' if prose
                || !intraword(i.checked_sub(1).and_then(|j| chars.get(j)))
                || !intraword(chars.get(i + 1)) =>
            {
                out.push_str("\\_")
            }
            _ => out.push(ch),
        }
    }
}

/// The page as a browser saves it: the rendered article inside site chrome.
fn render_html(table: &Table, blocks: &[Block]) -> String {
    let mut article = String::with_capacity(128 * 1024);
    let mut title = String::new();
    for block in blocks {
        match block {
            Block::FrontMatter(_) => {}
            Block::Heading {
                level,
                anchor,
                text,
            } => {
                if *level == 1 {
                    title = text.clone();
                }
                let _ = write!(article, "<h{level}>");
                if let Some(anchor) = anchor {
                    let _ = write!(article, "<a name=\"{anchor}\"></a> ");
                }
                html_text(&mut article, text);
                let _ = writeln!(article, "</h{level}>");
            }
            Block::Paragraph(lines) => {
                article.push_str("<p>");
                for (i, line) in lines.iter().enumerate() {
                    if i > 0 {
                        article.push_str("<br />\n");
                    }
                    html_line(&mut article, line);
                }
                article.push_str("</p>\n");
            }
            Block::Note(note) => {
                article.push_str("<blockquote>\n<p><strong>Note</strong></p>\n<p>");
                html_text(&mut article, note);
                article.push_str("</p>\n</blockquote>\n");
            }
            Block::Anchor(name) => {
                let _ = writeln!(article, "<p><a name=\"{name}\"></a></p>");
            }
            Block::List(items) => {
                article.push_str("<ul>\n");
                for item in items {
                    let _ = write!(article, "<li><a href=\"#BKMK_{item}\">");
                    html_text(&mut article, item);
                    article.push_str("</a></li>\n");
                }
                article.push_str("</ul>\n");
            }
            Block::Table { rows, .. } => {
                article.push_str(
                    "<div class=\"table-scroll-wrapper\"><table class=\"table\">\n<thead>\n",
                );
                for (index, row) in rows.iter().enumerate() {
                    let tag = if index == 0 { "th" } else { "td" };
                    article.push_str("<tr>\n");
                    for cell in row {
                        let _ = write!(article, "<{tag}>");
                        for (i, line) in cell.0.iter().enumerate() {
                            if i > 0 {
                                article.push_str("<br />");
                            }
                            html_line(&mut article, line);
                        }
                        let _ = writeln!(article, "</{tag}>");
                    }
                    article.push_str("</tr>\n");
                    if index == 0 {
                        article.push_str("</thead>\n<tbody>\n");
                    }
                }
                article.push_str("</tbody>\n</table></div>\n");
            }
        }
    }
    let mut page = String::with_capacity(article.len() + 4096);
    page.push_str(
        "<!DOCTYPE html>\n<html class=\"layout\" lang=\"en-us\" dir=\"ltr\">\n<head>\n\
         <meta charset=\"utf-8\" />\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1.0\" />\n<title>",
    );
    html_text(&mut page, &title);
    page.push_str(
        " | Synthetic Docs</title>\n\
         <link rel=\"stylesheet\" href=\"/static/site.css\" />\n\
         <script>window.pageData = { locale: 'en-us', table: '<table><tr><td>x</td></tr></table>' };</script>\n\
         <script src=\"/static/site.js\" defer></script>\n</head>\n<body lang=\"en-us\" dir=\"ltr\">\n\
         <div class=\"header-holder\">\n <a href=\"#main\" class=\"skip-to-main-link\">Skip to main content</a>\n \
         <header id=\"ms--site-header\"><nav aria-label=\"site\"><a href=\"/\">Home</a> <a href=\"/docs\">Documentation</a>\n \
         <form role=\"search\"><input type=\"search\" placeholder=\"Search\" /></form></nav></header>\n \
         <div class=\"content-header\"><nav aria-label=\"Breadcrumb\"><ol><li><a href=\"/reference\">Reference</a></li>\
         <li>Table/entity reference</li></ol></nav></div>\n</div>\n\
         <div class=\"mainContainer\">\n <div class=\"columns\">\n  <div id=\"left-container\" class=\"left-container\">\n   \
         <nav id=\"affixed-left-container\" aria-label=\"Primary\">\n    <ul class=\"tree\">",
    );
    let _ = write!(
        page,
        "<li><a href=\"{0}\">{1}</a></li><li><a href=\"systemuser\">User</a></li>\
         <li><table class=\"nav-table\"><tr><td>Property</td><td>Value</td></tr>\
         <tr><td>Type</td><td>Navigation</td></tr></table></li></ul>\n   </nav>\n  </div>\n  \
         <section class=\"primary-holder\">\n   <div id=\"main-column\">\n    \
         <main id=\"main\" role=\"main\" class=\"content\" lang=\"en-us\">\n     <div class=\"content\">\n",
        table.logical, table.display
    );
    page.push_str(&article);
    page.push_str(
        "     </div>\n     <div id=\"ms--feedback\"><h2>Feedback</h2><p>Was this page helpful?</p>\n      \
         <table><tr><td>Yes</td><td>No</td></tr></table></div>\n    </main>\n   </div>\n   \
         <div id=\"ms--additional-resources\"><h3>Additional resources</h3>\n    \
         <ul><li><a href=\"/training\">Training</a></li></ul></div>\n  </section>\n </div>\n</div>\n\
         <footer id=\"footer\"><a href=\"/privacy\">Privacy</a> &copy; Synthetic Docs</footer>\n\
         <script>document.querySelectorAll('table').forEach(function (t) { t.classList.add('table'); });</script>\n\
         </body>\n</html>\n",
    );
    page
}

fn html_line(out: &mut String, line: &[Inline]) {
    for inline in line {
        match inline {
            Inline::Text(text) | Inline::Prose(text) => html_text(out, text),
            Inline::Bold(text) => {
                out.push_str("<strong>");
                html_text(out, text);
                out.push_str("</strong>");
            }
            Inline::Code(text) => {
                out.push_str("<code>");
                html_text(out, text);
                out.push_str("</code>");
            }
            Inline::Em(text) => {
                out.push_str("<em>");
                html_text(out, text);
                out.push_str("</em>");
            }
            Inline::Link { text, href } => {
                out.push_str("<a href=\"");
                html_text(out, href);
                out.push_str("\">");
                html_text(out, text);
                out.push_str("</a>");
            }
            Inline::Xref(xref) => {
                let uid = xref.uid().trim_end_matches('*').to_lowercase();
                let _ = write!(out, "<a href=\"/dotnet/api/{uid}\">");
                html_text(out, &xref.display());
                out.push_str("</a>");
            }
        }
    }
}

fn html_text(out: &mut String, text: &str) {
    for ch in text.chars() {
        match ch {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            _ => out.push(ch),
        }
    }
}

/// The page as a browser copies it: blocks separated by blank lines, no
/// link lists or anchors, table rows as lines of space-separated cells
/// where a cell's line breaks stay line breaks.
fn render_text(blocks: &[Block]) -> String {
    let mut out = String::with_capacity(48 * 1024);
    let chunk = |out: &mut String, text: &str| {
        if !out.is_empty() {
            out.push_str("\n\n");
        }
        out.push_str(text);
    };
    for block in blocks {
        match block {
            Block::FrontMatter(_) | Block::Anchor(_) | Block::List(_) => {}
            Block::Heading { text, .. } => chunk(&mut out, text),
            Block::Paragraph(lines) => {
                let lines: Vec<String> = lines
                    .iter()
                    .map(|line| plain_line(line))
                    .filter(|line| !line.is_empty())
                    .collect();
                chunk(&mut out, &lines.join("\n"));
            }
            Block::Note(note) => {
                chunk(&mut out, "Note");
                chunk(&mut out, note);
            }
            Block::Table { rows, .. } => {
                let lines: Vec<String> = rows
                    .iter()
                    .map(|row| {
                        let cells: Vec<String> = row
                            .iter()
                            .map(|cell| {
                                cell.0
                                    .iter()
                                    .map(|line| plain_line(line))
                                    .collect::<Vec<_>>()
                                    .join("\n")
                            })
                            .collect();
                        let row = cells.join(" ");
                        row.lines()
                            .map(str::trim_end)
                            .collect::<Vec<_>>()
                            .join("\n")
                    })
                    .collect();
                chunk(&mut out, &lines.join("\n"));
            }
        }
    }
    out.push('\n');
    out
}

/// A line as the rendered page shows it.
fn plain_line(line: &[Inline]) -> String {
    let mut out = String::new();
    for inline in line {
        match inline {
            Inline::Text(text)
            | Inline::Prose(text)
            | Inline::Bold(text)
            | Inline::Code(text)
            | Inline::Em(text)
            | Inline::Link { text, .. } => out.push_str(text),
            Inline::Xref(xref) => out.push_str(&xref.display()),
        }
    }
    out.trim().to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    use dataverse_import::Form as ImportForm;
    use dataverse_schema::yaml;

    /// A small catalog with every layout and relationship kind in it.
    fn small_catalog() -> Catalog {
        Catalog::generate(40, 7)
    }

    fn render(catalog: &Catalog, index: usize) -> [String; 3] {
        let blocks = page(catalog, index);
        Form::ALL.map(|form| form.render(&catalog.tables[index], &blocks))
    }

    fn import(page: &str, form: Form) -> dataverse_schema::Table {
        let detected = dataverse_import::detect_form(page);
        let expected = match form {
            Form::Text => ImportForm::Text,
            Form::Markdown => ImportForm::Markdown,
            Form::Html => ImportForm::Html,
        };
        assert_eq!(detected, expected, "form detection");
        dataverse_import::import_str(page)
            .unwrap_or_else(|error| panic!("{form:?} page does not import: {error}\n{page}"))
    }

    fn first_difference(a: &str, b: &str) -> String {
        a.lines()
            .zip(b.lines())
            .enumerate()
            .find(|(_, (x, y))| x != y)
            .map(|(n, (x, y))| format!("line {}: {x:?} vs {y:?}", n + 1))
            .unwrap_or_else(|| "one is a prefix of the other".to_string())
    }

    #[test]
    fn the_three_forms_of_a_page_import_to_the_same_yaml() {
        let catalog = small_catalog();
        for index in 0..catalog.tables.len() {
            let pages = render(&catalog, index);
            let yaml: Vec<String> = Form::ALL
                .iter()
                .zip(&pages)
                .map(|(&form, page)| {
                    let mut table = import(page, form);
                    // The messages' free text legitimately differs.
                    for message in &mut table.messages {
                        message.web_api = None;
                        message.sdk = None;
                    }
                    yaml::to_string(&table).expect("YAML")
                })
                .collect();
            let name = &catalog.tables[index].logical;
            for (form, other) in Form::ALL.iter().zip(&yaml).skip(1) {
                assert!(
                    yaml[0] == *other,
                    "{name}: {form:?} differs from text: {}",
                    first_difference(&yaml[0], other)
                );
            }
        }
    }

    #[test]
    fn imported_tables_say_what_the_catalog_says() {
        let catalog = small_catalog();
        for (index, spec) in catalog.tables.iter().enumerate() {
            let [_, md, _] = render(&catalog, index);
            let table = import(&md, Form::Markdown);
            assert_eq!(table.logical_name, spec.logical);
            assert_eq!(
                table.entity_set_name.as_deref(),
                Some(spec.entity_set.as_str())
            );
            assert_eq!(table.columns.len(), spec.columns.len(), "{}", spec.logical);
            for (column, expected) in table.columns.iter().zip(&spec.columns) {
                let at = format!("{}.{}", spec.logical, expected.logical);
                assert_eq!(column.logical_name, expected.logical, "{at}");
                assert_eq!(
                    column.column_type.as_str(),
                    expected.kind.type_name(),
                    "{at}"
                );
                assert_eq!(
                    column.max_length,
                    expected.kind.max_length().map(u64::from),
                    "{at}"
                );
                assert_eq!(column.valid_for_create, expected.valid_for_create(), "{at}");
                assert_eq!(column.valid_for_update, expected.valid_for_update(), "{at}");
            }
            assert_eq!(table.one_to_many.len(), spec.one_to_many.len());
            assert_eq!(table.many_to_one.len(), spec.many_to_one.len());
            assert_eq!(table.many_to_many.len(), spec.many_to_many.len());
            let names: Vec<&str> = table.messages.iter().map(|m| m.name.as_str()).collect();
            let mut expected: Vec<&str> = spec.messages.iter().map(|(name, _)| *name).collect();
            if spec.events {
                expected.extend(EVENTS);
            }
            assert_eq!(names, expected, "{}", spec.logical);
        }
    }

    #[test]
    fn both_sides_of_a_relationship_agree() {
        let catalog = small_catalog();
        let mut tables: Vec<dataverse_schema::Table> = (0..catalog.tables.len())
            .map(|index| import(&render(&catalog, index)[1], Form::Markdown))
            .collect();
        dataverse_schema::link::complete_many_to_one(&mut tables);
        for table in &tables {
            for many_to_one in &table.many_to_one {
                let referenced = many_to_one
                    .referenced_entity
                    .as_deref()
                    .expect("referenced table");
                let other = tables
                    .iter()
                    .find(|t| t.logical_name == referenced)
                    .unwrap_or_else(|| panic!("{referenced} is in the catalog"));
                let one_to_many = other
                    .one_to_many
                    .iter()
                    .find(|r| r.schema_name == many_to_one.schema_name)
                    .unwrap_or_else(|| {
                        panic!("{referenced} lists {} too", many_to_one.schema_name)
                    });
                assert_eq!(
                    one_to_many.referencing_entity.as_deref(),
                    Some(table.logical_name.as_str())
                );
                assert_eq!(
                    many_to_one.referencing_attribute, one_to_many.referencing_attribute,
                    "{}",
                    many_to_one.schema_name
                );
                let column = many_to_one.referencing_attribute.as_deref().unwrap();
                let lookup = table
                    .columns
                    .iter()
                    .find(|c| c.logical_name == column)
                    .expect("the lookup column is on the page");
                assert!(lookup.targets.iter().any(|t| t == referenced));
            }
        }
        assert!(tables.iter().any(|t| !t.many_to_many.is_empty()));
    }

    #[test]
    fn the_same_seed_gives_the_same_pages() {
        let a = Catalog::generate(12, 42);
        let b = Catalog::generate(12, 42);
        let c = Catalog::generate(12, 43);
        for index in 0..12 {
            assert_eq!(render(&a, index), render(&b, index));
        }
        assert!((0..12).any(|index| render(&a, index) != render(&c, index)));
    }

    #[test]
    fn the_catalog_looks_like_the_real_one() {
        let catalog = Catalog::generate(200, 1);
        let newer = catalog
            .tables
            .iter()
            .filter(|t| t.layout == Layout::Newer)
            .count();
        assert_eq!(newer, 100);
        let mut types = BTreeSet::new();
        for table in &catalog.tables {
            assert!(
                (20..=230).contains(&table.columns.len()),
                "{}: {} columns",
                table.logical,
                table.columns.len()
            );
            types.extend(table.columns.iter().map(|c| c.kind.type_name()));
        }
        for expected in [
            "String",
            "Memo",
            "Integer",
            "BigInt",
            "Decimal",
            "Money",
            "Double",
            "Boolean",
            "DateTime",
            "Uniqueidentifier",
            "Lookup",
            "Owner",
            "Customer",
            "Picklist",
            "State",
            "Status",
            "MultiSelectPicklist",
            "EntityName",
        ] {
            assert!(types.contains(expected), "no {expected} column");
        }
        let mean = catalog
            .tables
            .iter()
            .map(|t| t.columns.len())
            .sum::<usize>()
            / 200;
        assert!((50..=110).contains(&mean), "mean {mean} columns");
    }
}
