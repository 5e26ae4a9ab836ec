//! Blocks -> model: the one step every form shares.
//!
//! Walks a [`Doc`] section by section and builds the [`Table`]. The validity
//! rule, value cleaning and relationship parsing live here and nowhere else,
//! so the three forms cannot disagree about them.

use std::collections::HashMap;

use dataverse_schema::{
    Cascade, Column, ColumnType, DefaultValue, ManyToMany, ManyToOne, Message, Number, OneToMany,
    OptionValue, RequiredLevel, Table,
};

use crate::doc::{Block, Cell, Doc, Origin};
use crate::ImportError;

/// The page's top-level (`##`) sections the assembler reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Section {
    /// Between the title and the first section: the description.
    Preamble,
    Messages,
    Events,
    Properties,
    WritableColumns,
    ReadOnlyColumns,
    OneToMany,
    ManyToOne,
    ManyToMany,
    /// "See also" and anything unknown: skipped.
    Other,
}

impl Section {
    pub(crate) fn from_heading(text: &str) -> Section {
        match normalise_key(text).as_str() {
            "messages" => Section::Messages,
            "events" => Section::Events,
            "properties" | "entityproperties" | "tableproperties" => Section::Properties,
            "onetomanyrelationships" => Section::OneToMany,
            "manytoonerelationships" => Section::ManyToOne,
            "manytomanyrelationships" => Section::ManyToMany,
            k if k.starts_with("writablecolumns") || k.starts_with("writableattributes") => {
                Section::WritableColumns
            }
            k if k.starts_with("readonlycolumns") || k.starts_with("readonlyattributes") => {
                Section::ReadOnlyColumns
            }
            _ => Section::Other,
        }
    }

    fn title(self) -> &'static str {
        match self {
            Section::Preamble => "page header",
            Section::Messages => "Messages",
            Section::Events => "Events",
            Section::Properties => "Properties",
            Section::WritableColumns => "Writable columns/attributes",
            Section::ReadOnlyColumns => "Read-only columns/attributes",
            Section::OneToMany => "One-To-Many Relationships",
            Section::ManyToOne => "Many-To-One Relationships",
            Section::ManyToMany => "Many-To-Many Relationships",
            Section::Other => "other section",
        }
    }

    pub(crate) fn holds_entries(self) -> bool {
        matches!(
            self,
            Section::WritableColumns
                | Section::ReadOnlyColumns
                | Section::OneToMany
                | Section::ManyToOne
                | Section::ManyToMany
        )
    }
}

/// A property table as `(normalised key, value cell)` pairs, in page order.
/// Lookups take the first occurrence of a key. (A list, not a map: tables
/// have a dozen rows, and a linear scan beats hashing at that size.)
#[derive(Debug, Default)]
struct Properties {
    values: Vec<(String, Cell)>,
}

impl Properties {
    fn from_rows(rows: &[Vec<Cell>]) -> Properties {
        // rows[0] is the header ("Property | Value").
        let values = rows
            .iter()
            .skip(1)
            .filter_map(|row| {
                let key = row.first()?;
                let value = row.get(1).cloned().unwrap_or_default();
                Some((normalise_key(&key.joined()), value))
            })
            .collect();
        Properties { values }
    }

    /// The value's text, or `None` when missing or empty.
    fn text(&self, key: &str) -> Option<String> {
        self.cell(key)
            .map(Cell::joined)
            .filter(|text| !text.is_empty())
    }

    fn cell(&self, key: &str) -> Option<&Cell> {
        self.values.iter().find(|(k, _)| k == key).map(|(_, v)| v)
    }

    fn bool(&self, key: &str, name: &str) -> Result<Option<bool>, ImportError> {
        self.text(key)
            .map(|text| parse_bool(&text, name))
            .transpose()
    }

    fn integer<T: std::str::FromStr>(
        &self,
        key: &str,
        name: &str,
    ) -> Result<Option<T>, ImportError> {
        self.text(key)
            .map(|text| {
                text.parse()
                    .map_err(|_| ImportError::new(format!("{name} `{text}` is not a whole number")))
            })
            .transpose()
    }

    fn number(&self, key: &str, name: &str) -> Result<Option<Number>, ImportError> {
        self.text(key)
            .map(|text| {
                Number::parse(&text.replace(',', ""))
                    .map_err(|_| ImportError::new(format!("{name} `{text}` is not a number")))
            })
            .transpose()
    }
}

/// `IsValidForCreate`, `True Label` -> `isvalidforcreate`, `truelabel`.
fn normalise_key(key: &str) -> String {
    if key.is_ascii() {
        // Byte-wise and in place: this runs for every property row of every
        // column.
        let mut normal = key.to_ascii_lowercase();
        normal.retain(|c| c.is_ascii_alphanumeric());
        return normal;
    }
    key.chars()
        .filter(|c| c.is_alphanumeric())
        .flat_map(char::to_lowercase)
        .collect()
}

fn parse_bool(text: &str, name: &str) -> Result<bool, ImportError> {
    match text.to_ascii_lowercase().as_str() {
        "true" => Ok(true),
        "false" => Ok(false),
        _ => Err(ImportError::new(format!(
            "{name} `{text}` is neither True nor False"
        ))),
    }
}

/// Splits `Key: value` (or `Key:value`) lines of a cell or paragraph.
fn key_value(line: &str) -> Option<(String, String)> {
    let (key, value) = line.split_once(':')?;
    let key = normalise_key(key);
    (!key.is_empty()).then(|| (key, value.trim().to_string()))
}

/// A column section being read.
struct ColumnEntry {
    schema_name: String,
    origin: Origin,
    properties: Option<Properties>,
    options: Option<Vec<Vec<Cell>>>,
    default_value: Option<String>,
    expecting_options: bool,
}

/// A relationship section being read.
struct RelationshipEntry {
    schema_name: String,
    origin: Origin,
    paragraphs: Vec<String>,
    properties: Option<Properties>,
    /// Many-to-many "Table 1" / "Table 2" property tables.
    sides: [Option<Properties>; 2],
    current_side: Option<usize>,
}

enum Entry {
    Column(ColumnEntry),
    Relationship(RelationshipEntry),
}

struct Assembler {
    table: Table,
    has_title: bool,
    /// The title reads like a table reference page's.
    title_is_reference: bool,
    description: Vec<String>,
    properties: Option<(Properties, Origin)>,
    section: Section,
    entry: Option<Entry>,
    /// Names listed at the top of the current section, checked against the
    /// entries found, to catch a page that was cut off.
    listed: Vec<String>,
    found: Vec<String>,
    column_origins: HashMap<String, Origin>,
}

/// Builds the table from a page's blocks.
pub(crate) fn assemble(doc: &Doc) -> Result<Table, ImportError> {
    let mut assembler = Assembler {
        table: Table::new(String::new()),
        has_title: false,
        title_is_reference: false,
        description: Vec::new(),
        properties: None,
        section: Section::Preamble,
        entry: None,
        listed: Vec::new(),
        found: Vec::new(),
        column_origins: HashMap::new(),
    };
    for block in &doc.blocks {
        assembler
            .block(block)
            .map_err(|e| e.at_line(block.origin().line))?;
    }
    assembler.end_section()?;
    assembler.finish()
}

impl Assembler {
    fn context(&self) -> String {
        match &self.entry {
            Some(Entry::Column(c)) => format!("{} > {}", self.section.title(), c.schema_name),
            Some(Entry::Relationship(r)) => format!("{} > {}", self.section.title(), r.schema_name),
            None => self.section.title().to_string(),
        }
    }

    fn block(&mut self, block: &Block) -> Result<(), ImportError> {
        let context = self.context();
        self.block_inner(block).map_err(|e| e.in_context(context))
    }

    fn block_inner(&mut self, block: &Block) -> Result<(), ImportError> {
        match block {
            Block::Heading { level: 1, text, .. } if !self.has_title => {
                self.has_title = true;
                self.title_is_reference = text.to_ascii_lowercase().contains("reference");
                Ok(())
            }
            Block::Heading {
                level,
                text,
                origin,
            } if *level <= 2 || normalise_key(text) == "seealso" => {
                self.end_section()?;
                self.section = Section::from_heading(text);
                if self.section == Section::Properties && self.properties.is_some() {
                    return Err(ImportError::new("the page has two Properties sections")
                        .at_line(origin.line));
                }
                Ok(())
            }
            Block::Heading {
                level: 3,
                text,
                origin,
            } if self.section.holds_entries() => {
                self.end_entry()?;
                self.found.push(text.clone());
                self.entry = Some(if self.is_column_section() {
                    Entry::Column(ColumnEntry {
                        schema_name: text.clone(),
                        origin: *origin,
                        properties: None,
                        options: None,
                        default_value: None,
                        expecting_options: false,
                    })
                } else {
                    Entry::Relationship(RelationshipEntry {
                        schema_name: text.clone(),
                        origin: *origin,
                        paragraphs: Vec::new(),
                        properties: None,
                        sides: [None, None],
                        current_side: None,
                    })
                });
                Ok(())
            }
            Block::Heading { text, .. } => {
                match &mut self.entry {
                    Some(Entry::Column(column)) => {
                        column.expecting_options =
                            text.to_ascii_lowercase().contains("choices/options")
                                || text.to_ascii_lowercase().ends_with("options")
                                || text.to_ascii_lowercase().ends_with("choices");
                    }
                    Some(Entry::Relationship(relationship)) => {
                        relationship.current_side = match normalise_key(text).as_str() {
                            "table1" => Some(0),
                            "table2" => Some(1),
                            _ => relationship.current_side,
                        };
                    }
                    None => {}
                }
                Ok(())
            }
            Block::Paragraph { text, .. } => {
                match (self.section, &mut self.entry) {
                    (Section::Preamble, _) if self.has_title => self.description.push(text.clone()),
                    (_, Some(Entry::Column(column))) => {
                        if let Some((key, value)) = key_value(text) {
                            if key == "defaultvalue" && column.default_value.is_none() {
                                column.default_value = Some(value);
                            }
                        }
                    }
                    (_, Some(Entry::Relationship(relationship))) => {
                        relationship.paragraphs.push(text.clone())
                    }
                    _ => {}
                }
                Ok(())
            }
            Block::List { items, .. } => {
                if self.section.holds_entries() && self.entry.is_none() && self.listed.is_empty() {
                    self.listed = items.clone();
                }
                Ok(())
            }
            Block::Table { rows, origin } => self.table_block(rows, *origin),
        }
    }

    fn is_column_section(&self) -> bool {
        matches!(
            self.section,
            Section::WritableColumns | Section::ReadOnlyColumns
        )
    }

    fn table_block(&mut self, rows: &[Vec<Cell>], origin: Origin) -> Result<(), ImportError> {
        match (self.section, &mut self.entry) {
            (Section::Messages, _) => self.messages(rows, false),
            (Section::Events, _) => self.messages(rows, true),
            (Section::Properties, _) => {
                if self.properties.is_none() {
                    self.properties = Some((Properties::from_rows(rows), origin));
                }
                Ok(())
            }
            (_, Some(Entry::Column(column))) => {
                if column.expecting_options || column.properties.is_some() {
                    if column.options.is_some() {
                        return Err(ImportError::new("the column has two choice tables"));
                    }
                    column.options = Some(rows.to_vec());
                    column.expecting_options = false;
                } else {
                    column.properties = Some(Properties::from_rows(rows));
                }
                Ok(())
            }
            (_, Some(Entry::Relationship(relationship))) => {
                let properties = Properties::from_rows(rows);
                match relationship.current_side {
                    Some(side) => relationship.sides[side] = Some(properties),
                    None => relationship.properties = Some(properties),
                }
                Ok(())
            }
            _ => Ok(()),
        }
    }

    fn messages(&mut self, rows: &[Vec<Cell>], events: bool) -> Result<(), ImportError> {
        for row in rows.iter().skip(1) {
            let Some(first) = row.first() else { continue };
            let Some(name) = first.lines.first() else {
                continue;
            };
            let mut is_event = events.then_some(true);
            for line in &first.lines[1..] {
                if let Some(("event", value)) = key_value(line)
                    .as_ref()
                    .map(|(k, v)| (k.as_str(), v.as_str()))
                {
                    is_event = Some(parse_bool(value, "Event")?);
                }
            }
            let text = |index: usize| {
                row.get(index)
                    .map(Cell::joined)
                    .filter(|text| !text.is_empty())
            };
            self.table.messages.push(Message {
                name: name.clone(),
                is_event,
                web_api: text(1),
                sdk: text(2),
            });
        }
        Ok(())
    }

    fn end_section(&mut self) -> Result<(), ImportError> {
        self.end_entry()?;
        let section = self.section;
        let found: std::collections::HashSet<&String> = self.found.iter().collect();
        let missing: Vec<&String> = self
            .listed
            .iter()
            .filter(|name| !found.contains(name))
            .collect();
        if let Some(first) = missing.first() {
            return Err(ImportError::new(format!(
                "the page is incomplete: `{first}` is listed under {} but has no section of its own{}; was the page cut off?",
                section.title(),
                if missing.len() > 1 {
                    format!(" ({} more are missing)", missing.len() - 1)
                } else {
                    String::new()
                }
            )));
        }
        self.listed.clear();
        self.found.clear();
        Ok(())
    }

    fn end_entry(&mut self) -> Result<(), ImportError> {
        let Some(entry) = self.entry.take() else {
            return Ok(());
        };
        match entry {
            Entry::Column(column) => {
                let (name, origin) = (column.schema_name.clone(), column.origin);
                let context = format!("{} > {}", self.section.title(), name);
                let built = self
                    .column(column)
                    .map_err(|e| e.at_line(origin.line).in_context(context))?;
                if let Some(first) = self.column_origins.get(&built.logical_name) {
                    let at = first
                        .line
                        .map(|line| format!(" (first at line {line})"))
                        .unwrap_or_default();
                    return Err(ImportError::new(format!(
                        "column `{}` appears twice{at}",
                        built.logical_name
                    ))
                    .at_line(origin.line)
                    .in_context(format!(
                        "{} > {}",
                        self.section.title(),
                        name
                    )));
                }
                self.column_origins
                    .insert(built.logical_name.clone(), origin);
                self.table.columns.push(built);
            }
            Entry::Relationship(relationship) => {
                let (name, origin) = (relationship.schema_name.clone(), relationship.origin);
                let context = format!("{} > {}", self.section.title(), name);
                self.relationship(relationship)
                    .map_err(|e| e.at_line(origin.line).in_context(context))?;
            }
        }
        Ok(())
    }

    fn column(&self, entry: ColumnEntry) -> Result<Column, ImportError> {
        let Some(properties) = entry.properties else {
            return Err(ImportError::new(
                "the column has no property table; was the page cut off?",
            ));
        };
        let logical_name = properties.text("logicalname").ok_or_else(|| {
            ImportError::new(
                "the column's property table has no LogicalName; was the page cut off?",
            )
        })?;
        let column_type = properties.text("type").ok_or_else(|| {
            ImportError::new("the column's property table has no Type; was the page cut off?")
        })?;
        let writable = self.section == Section::WritableColumns;
        let mut column = Column::new(
            logical_name,
            entry.schema_name,
            ColumnType::from(column_type.as_str()),
        );
        column.display_name = properties.text("displayname");
        column.description = properties.text("description");
        column.required_level = properties
            .text("requiredlevel")
            .map(|text| RequiredLevel::from(text.as_str()));
        column.valid_for_create = properties
            .bool("isvalidforcreate", "IsValidForCreate")?
            .unwrap_or(writable);
        column.valid_for_update = properties
            .bool("isvalidforupdate", "IsValidForUpdate")?
            .unwrap_or(writable);
        column.valid_for_read = properties.bool("isvalidforread", "IsValidForRead")?;
        column.valid_for_form = properties.bool("isvalidforform", "IsValidForForm")?;
        column.max_length = properties.integer("maxlength", "MaxLength")?;
        column.min_value = properties.number("minvalue", "MinValue")?;
        column.max_value = properties.number("maxvalue", "MaxValue")?;
        column.precision = properties.integer("precision", "Precision")?;
        column.format = properties
            .text("format")
            .or_else(|| properties.text("formatname"));
        column.date_time_behavior = properties.text("datetimebehavior");
        column.is_localizable = properties.bool("islocalizable", "IsLocalizable")?;
        column.targets = properties
            .text("targets")
            .map(|text| {
                text.split(',')
                    .map(str::trim)
                    .filter(|target| !target.is_empty())
                    .map(str::to_string)
                    .collect()
            })
            .unwrap_or_default();
        column.global_choice_name = properties.text("globalchoicename");
        if let Some(rows) = &entry.options {
            column.options = options(rows)?;
        } else if let (Some(yes), Some(no)) =
            (properties.text("truelabel"), properties.text("falselabel"))
        {
            column.options = vec![OptionValue::new(1, yes), OptionValue::new(0, no)];
        }
        let default = entry
            .default_value
            .filter(|text| !text.is_empty())
            .or_else(|| properties.text("defaultvalue"))
            .or_else(|| properties.text("defaultformvalue"));
        column.default_value = default
            .map(|text| default_value(&text, &column.column_type))
            .transpose()?;
        Ok(column)
    }

    fn relationship(&mut self, entry: RelationshipEntry) -> Result<(), ImportError> {
        let properties = entry.properties.unwrap_or_default();
        let added_by = entry.paragraphs.iter().find_map(|text| {
            key_value(text)
                .filter(|(key, _)| key == "addedby")
                .map(|(_, value)| value)
        });
        let cascade = properties.cell("cascadeconfiguration").map(cascade);
        match self.section {
            Section::OneToMany => self.table.one_to_many.push(OneToMany {
                schema_name: entry.schema_name,
                referencing_entity: properties
                    .text("referencingentity")
                    .or_else(|| other_table(&entry.paragraphs)),
                referencing_attribute: properties.text("referencingattribute"),
                referenced_entity_navigation_property_name: properties
                    .text("referencedentitynavigationpropertyname"),
                is_hierarchical: properties.bool("ishierarchical", "IsHierarchical")?,
                is_customizable: properties.bool("iscustomizable", "IsCustomizable")?,
                cascade,
                added_by,
            }),
            Section::ManyToOne => self.table.many_to_one.push(ManyToOne {
                schema_name: entry.schema_name,
                referenced_entity: properties
                    .text("referencedentity")
                    .or_else(|| other_table(&entry.paragraphs)),
                referenced_attribute: properties.text("referencedattribute"),
                referencing_attribute: properties.text("referencingattribute"),
                referencing_entity_navigation_property_name: properties
                    .text("referencingentitynavigationpropertyname"),
                is_hierarchical: properties.bool("ishierarchical", "IsHierarchical")?,
                is_customizable: properties.bool("iscustomizable", "IsCustomizable")?,
                cascade,
                added_by,
                supplied_from: None,
                resolved: false,
            }),
            Section::ManyToMany => {
                let intersect = entry.paragraphs.iter().find_map(|text| {
                    key_value(text)
                        .filter(|(key, _)| key == "intersectentityname")
                        .map(|(_, value)| value)
                        .filter(|value| !value.is_empty())
                });
                let [first, second] = entry.sides;
                let relationship = if let Some(first) = first {
                    // Older layout: "Table 1" and "Table 2" property tables.
                    let second = second.unwrap_or_default();
                    ManyToMany {
                        schema_name: entry.schema_name,
                        intersect_entity_name: intersect
                            .or_else(|| properties.text("intersectentityname")),
                        is_customizable: first.bool("iscustomizable", "IsCustomizable")?,
                        entity1_logical_name: first.text("logicalname"),
                        entity1_intersect_attribute: first.text("intersectattribute"),
                        entity1_navigation_property_name: first.text("navigationpropertyname"),
                        entity2_logical_name: second.text("logicalname"),
                        entity2_intersect_attribute: second.text("intersectattribute"),
                        entity2_navigation_property_name: second.text("navigationpropertyname"),
                        added_by,
                    }
                } else {
                    // Newer layout: one property table for this table's side,
                    // and the other table named in "See <table> <name> ...".
                    ManyToMany {
                        schema_name: entry.schema_name,
                        intersect_entity_name: properties.text("intersectentityname").or(intersect),
                        is_customizable: properties.bool("iscustomizable", "IsCustomizable")?,
                        entity1_logical_name: Some(self.table.logical_name.clone())
                            .filter(|name| !name.is_empty()),
                        entity1_intersect_attribute: properties.text("intersectattribute"),
                        entity1_navigation_property_name: properties.text("navigationpropertyname"),
                        entity2_logical_name: other_table(&entry.paragraphs),
                        entity2_intersect_attribute: None,
                        entity2_navigation_property_name: None,
                        added_by,
                    }
                };
                self.table.many_to_many.push(relationship);
            }
            _ => {}
        }
        Ok(())
    }

    fn finish(mut self) -> Result<Table, ImportError> {
        let Some((properties, origin)) = self.properties.take() else {
            return Err(ImportError::new(if self.title_is_reference {
                "the page has no Properties table, so the table's LogicalName is unknown"
            } else {
                "this is not a Dataverse table/entity reference page: it has no Properties table"
            }));
        };
        let table = &mut self.table;
        table.logical_name = properties.text("logicalname").ok_or_else(|| {
            ImportError::new("the Properties table has no LogicalName")
                .at_line(origin.line)
                .in_context("Properties")
        })?;
        table.schema_name = properties.text("schemaname");
        table.display_name = properties.text("displayname");
        table.display_collection_name = properties.text("displaycollectionname");
        table.description = Some(self.description.join("\n\n")).filter(|d| !d.is_empty());
        table.entity_set_name = properties.text("entitysetname");
        table.logical_collection_name = properties.text("logicalcollectionname");
        table.collection_schema_name = properties.text("collectionschemaname");
        table.primary_id_attribute = properties.text("primaryidattribute");
        table.primary_name_attribute = properties.text("primarynameattribute");
        table.ownership_type = properties.text("ownershiptype");
        table.is_bpf_entity = properties
            .bool("isbpfentity", "IsBPFEntity")
            .map_err(|e| e.at_line(origin.line).in_context("Properties"))?;
        table.table_type = properties.text("tabletype");
        // Many-to-many entries of the newer layout were read before the
        // logical name was known only if Properties came late; fill them in.
        for relationship in &mut table.many_to_many {
            if relationship.entity1_logical_name.is_none()
                && relationship.entity1_intersect_attribute.is_some()
                && relationship.entity2_intersect_attribute.is_none()
            {
                relationship.entity1_logical_name = Some(table.logical_name.clone());
            }
        }
        Ok(self.table)
    }
}

/// The other table named in a relationship's sentence:
/// "See the X one-to-many relationship for the **Y** table/entity.",
/// "See **Y** Table X One-To-Many relationship.",
/// "One-To-Many Relationship: **Y** X", "Same as **Y** table X ...".
fn other_table(paragraphs: &[String]) -> Option<String> {
    for text in paragraphs {
        let lower = text.to_ascii_lowercase();
        if lower.starts_with("added by") {
            continue;
        }
        if let Some(at) = lower.find(" for the ") {
            if lower[at..].contains("table") {
                return first_word(&text[at + " for the ".len()..]);
            }
        }
        for prefix in ["see ", "same as "] {
            if lower.starts_with(prefix)
                && !lower.starts_with("see the ")
                && !lower.starts_with("same as the ")
            {
                return first_word(&text[prefix.len()..]);
            }
        }
        if lower.contains("relationship:") {
            let at = lower.find("relationship:").unwrap_or(0) + "relationship:".len();
            return first_word(&text[at..]);
        }
    }
    None
}

fn first_word(text: &str) -> Option<String> {
    text.split_whitespace()
        .next()
        .map(|word| word.trim_end_matches(['.', ',']).to_string())
        .filter(|word| !word.is_empty())
}

fn cascade(cell: &Cell) -> Cascade {
    let mut cascade = Cascade::default();
    for line in &cell.lines {
        let Some((key, value)) = key_value(line) else {
            continue;
        };
        let value = Some(value).filter(|v| !v.is_empty());
        match key.as_str() {
            "assign" => cascade.assign = value,
            "delete" => cascade.delete = value,
            "merge" => cascade.merge = value,
            "reparent" => cascade.reparent = value,
            "share" => cascade.share = value,
            "unshare" => cascade.unshare = value,
            "archive" => cascade.archive = value,
            "rollupview" => cascade.rollup_view = value,
            _ => {}
        }
    }
    cascade
}

/// Reads a choices table: `|Value|Label|` with optional State,
/// DefaultStatus, InvariantName and Description columns, or the newer
/// `|Value|Details|` with `Key: value` lines in Details.
fn options(rows: &[Vec<Cell>]) -> Result<Vec<OptionValue>, ImportError> {
    let Some(header) = rows.first() else {
        return Ok(Vec::new());
    };
    let columns: Vec<String> = header.iter().map(|c| normalise_key(&c.joined())).collect();
    let mut options = Vec::with_capacity(rows.len().saturating_sub(1));
    for row in &rows[1..] {
        let mut fields: Vec<(String, String)> = Vec::new();
        for (name, cell) in columns.iter().zip(row) {
            if name == "details" {
                fields.extend(cell.lines.iter().flat_map(|line| detail_fields(line)));
            } else {
                fields.push((name.clone(), cell.joined()));
            }
        }
        let field = |key: &str| {
            fields
                .iter()
                .find(|(k, _)| k == key)
                .map(|(_, v)| v.clone())
                .filter(|v| !v.is_empty())
        };
        let integer = |key: &str, name: &str| -> Result<Option<i64>, ImportError> {
            field(key)
                .map(|text| {
                    text.parse().map_err(|_| {
                        ImportError::new(format!("choice {name} `{text}` is not a whole number"))
                    })
                })
                .transpose()
        };
        let Some(value) = integer("value", "Value")? else {
            continue;
        };
        options.push(OptionValue {
            value,
            label: field("label").unwrap_or_default(),
            state: integer("state", "State")?,
            default_status: integer("defaultstatus", "DefaultStatus")?,
            invariant_name: field("invariantname"),
            transition_data: field("transitiondata"),
            description: field("description"),
        });
    }
    Ok(options)
}

/// The keys a newer-layout Details cell holds, one per line on the page.
const DETAIL_KEYS: &[&str] = &[
    "Label",
    "DefaultStatus",
    "InvariantName",
    "State",
    "TransitionData",
];

/// The `Key: value` fields of one line of a Details cell. A copy that kept
/// the pipes but joined the cell's lines (`Label: Active DefaultStatus: 1
/// InvariantName: Active`) holds several; the line is cut before each
/// Details key that starts a word and is followed by a colon. A line that
/// does not start with a Details key is one field, as elsewhere.
fn detail_fields(line: &str) -> Vec<(String, String)> {
    let line = line.trim();
    let starts_field = |at: usize| {
        DETAIL_KEYS.iter().any(|key| {
            line[at..]
                .strip_prefix(key)
                .is_some_and(|after| after.trim_start().starts_with(':'))
        })
    };
    if !starts_field(0) {
        return key_value(line).into_iter().collect();
    }
    let mut cuts = vec![0];
    cuts.extend(
        line.char_indices()
            .filter(|&(at, c)| {
                at > 0 && !c.is_whitespace() && line[..at].ends_with(char::is_whitespace)
            })
            .map(|(at, _)| at)
            .filter(|&at| starts_field(at)),
    );
    cuts.push(line.len());
    cuts.windows(2)
        .filter_map(|pair| key_value(&line[pair[0]..pair[1]]))
        .collect()
}

fn default_value(text: &str, column_type: &ColumnType) -> Result<DefaultValue, ImportError> {
    if *column_type == ColumnType::Boolean {
        return match text.to_ascii_lowercase().as_str() {
            "true" | "1" => Ok(DefaultValue::Bool(true)),
            "false" | "0" => Ok(DefaultValue::Bool(false)),
            _ => Err(ImportError::new(format!(
                "DefaultValue `{text}` of a Boolean column is neither True nor False"
            ))),
        };
    }
    Ok(match text.parse::<i64>() {
        Ok(value) => DefaultValue::Integer(value),
        Err(_) => DefaultValue::Text(text.to_string()),
    })
}
