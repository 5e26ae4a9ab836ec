//! Doc comments of generated code, from the metadata.
//!
//! Text from pages is escaped so that rustdoc shows it as written: no
//! Markdown emphasis, links or raw HTML (`<script>`) come through.

use dataverse_schema::{Column, ManyToMany, ManyToOne, OneToMany, OptionValue, RequiredLevel};

use crate::plan::{
    ColumnPlan, Kind, ManyToOnePlan, Navigation, RelationshipPlan, RustType, TablePlan, TargetPlan,
};

/// Escapes page text for a doc comment: Markdown and HTML syntax is
/// backslash-escaped, URLs become autolinks (`<https://...>`), and control
/// characters (line breaks included: a doc line is one line) and text
/// direction overrides, which rustc rejects in comments, become spaces.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for (i, word) in text.split(' ').enumerate() {
        if i > 0 {
            out.push(' ');
        }
        let url_end = word.trim_end_matches(['.', ',', ';', ')', ':']).len();
        let (url, rest) = word.split_at(url_end);
        let is_url = (url.starts_with("https://") || url.starts_with("http://"))
            && url
                .chars()
                .all(|c| c.is_ascii_graphic() && !matches!(c, '<' | '>' | '`'));
        if is_url {
            out.push('<');
            out.push_str(url);
            out.push('>');
            escape_plain(rest, &mut out);
        } else {
            escape_plain(word, &mut out);
        }
    }
    out
}

fn escape_plain(text: &str, out: &mut String) {
    for c in text.chars() {
        if c.is_control() || is_direction_control(c) {
            out.push(' ');
            continue;
        }
        if matches!(
            c,
            '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '>' | '&' | '|' | '#' | '~'
        ) {
            out.push('\\');
        }
        out.push(c);
    }
}

/// Characters that change text direction (rustc's
/// `text_direction_codepoint_in_comment`).
pub(crate) fn is_direction_control(c: char) -> bool {
    matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}' | '\u{200E}' | '\u{200F}' | '\u{061C}')
}

/// A name as a code span. A code span cannot hold its own delimiter, and a
/// doc line no control or text-direction character.
fn code(text: &str) -> String {
    let clean: String = text
        .chars()
        .map(|c| match c {
            '`' => '\'',
            c if c.is_control() || is_direction_control(c) => ' ',
            c => c,
        })
        .collect();
    format!("`{clean}`")
}

/// The module's one-line doc.
pub fn module(plan: &TablePlan) -> String {
    let table = &plan.table;
    match &table.display_name {
        Some(name) => format!("{} ({}).", escape(name), code(&table.logical_name)),
        None => format!("The {} table.", code(&table.logical_name)),
    }
}

/// The entity struct's doc.
pub fn table(plan: &TablePlan) -> Vec<String> {
    let table = &plan.table;
    let mut lines = vec![module(plan)];
    if let Some(description) = &table.description {
        lines.push(String::new());
        lines.extend(description.lines().map(escape));
    }
    lines.push(String::new());
    let mut facts = format!("Web API entity set: {}", code(&plan.entity_set_name));
    if !plan.entity_set_known {
        facts.push_str(" (not given by the metadata: the logical name in plural)");
    }
    if let Some(id) = &table.primary_id_attribute {
        facts.push_str(&format!("; primary key {}", code(id)));
    }
    if let Some(name) = &table.primary_name_attribute {
        facts.push_str(&format!("; primary name {}", code(name)));
    }
    if let Some(ownership) = &table.ownership_type {
        facts.push_str(&format!("; ownership {}", escape(ownership)));
    }
    facts.push('.');
    lines.push(facts);
    lines.push(String::new());
    lines.push(
        "Every field starts as `None`; payloads hold only the fields that are set, and are \
         validated against the metadata first (see `dataverse::Entity`)."
            .to_string(),
    );
    lines.extend(navigation_notes(plan));
    lines
}

/// What the marks on lookup targets and relationships mean, said once per
/// table, and only the notes that apply.
fn navigation_notes(plan: &TablePlan) -> Vec<String> {
    let mut lines = Vec::new();
    let mut sources: Vec<&str> = plan
        .table
        .many_to_one
        .iter()
        .filter_map(|r| r.supplied_from.as_deref())
        .collect();
    sources.sort_unstable();
    sources.dedup();
    if !sources.is_empty() {
        let sources: Vec<String> = sources.into_iter().map(escape).collect();
        lines.push(String::new());
        lines.push(format!(
            "Relationships marked *(stated in the YAML)* have their lookup and navigation \
             property from the YAML, written there by hand because the page does not state \
             them; from: {}.",
            sources.join("; ")
        ));
    }
    if plan.uses_convention {
        lines.push(String::new());
        lines.push(
            "Navigation properties marked *(convention)* are not stated by the metadata: they \
             are the lookup's own name, the Web API convention for a lookup to one table (and \
             for an Owner lookup), which Microsoft documents as holding in most cases, not all \
             (account's `slaid` binds as `sla_account_sla`). Where it does not hold, state the \
             name in the YAML (`many_to_one`: `referencing_attribute` and \
             `referencing_entity_navigation_property_name`)."
                .to_string(),
        );
    }
    if plan.has_unknown_navigation {
        lines.push(String::new());
        lines.push(
            "Targets marked *(cannot be bound)* and the `Unresolved` relationship \
             constants have no known navigation property: nothing in the metadata states it and \
             no documented convention gives it, so they cannot be bound, navigated or expanded. \
             To use them, import a newer revision of the page (its Many-to-One entries state \
             ReferencingAttribute and ReferencingEntityNavigationPropertyName), generate the \
             other table alongside, or state the names in the YAML."
                .to_string(),
        );
    }
    if plan.assumes_entity_sets {
        lines.push(String::new());
        lines.push(
            "Targets marked *(entity set assumed)* are tables not generated alongside: \
             their entity set is taken to be the logical name in plural."
                .to_string(),
        );
    }
    lines
}

/// A field's doc: what the column is, its type and limits.
pub fn column(column_plan: &ColumnPlan, column: &Column) -> Vec<String> {
    let mut lines = Vec::new();
    let title = match (&column.display_name, &column.description) {
        (Some(name), Some(description)) => format!("{}: {}", escape(name), escape(description)),
        (Some(name), None) => escape(name),
        (None, Some(description)) => escape(description),
        (None, None) => code(&column.schema_name),
    };
    lines.push(title);
    lines.push(String::new());

    let mut facts = format!(
        "Column {} ({}",
        code(&column.logical_name),
        escape(column.column_type.as_str())
    );
    if let Some(max_length) = column.max_length {
        facts.push_str(&format!(", MaxLength {max_length} UTF-16 code units"));
    }
    match (&column.min_value, &column.max_value) {
        (Some(min), Some(max)) => facts.push_str(&format!(", {min} to {max}")),
        (Some(min), None) => facts.push_str(&format!(", at least {min}")),
        (None, Some(max)) => facts.push_str(&format!(", at most {max}")),
        (None, None) => {}
    }
    if let Some(precision) = column.precision {
        facts.push_str(&format!(", precision {precision}"));
    }
    if let Some(format) = &column.format {
        facts.push_str(&format!(", format {}", escape(format)));
    }
    if let Some(behavior) = &column.date_time_behavior {
        facts.push_str(&format!(", {}", escape(behavior)));
    }
    facts.push_str("). ");
    facts.push_str(match (column.valid_for_create, column.valid_for_update) {
        (true, true) => "Valid for create and update.",
        (true, false) => "Valid for create only.",
        (false, true) => "Valid for update only.",
        (false, false) => "Read-only: decoded from records, rejected in payloads.",
    });
    if let Some(level) = &column.required_level {
        if *level != RequiredLevel::None {
            facts.push_str(&format!(" Required level: {}.", escape(level.as_str())));
        }
    }
    lines.push(facts);

    match &column_plan.rust_type {
        RustType::Choice { name } | RustType::Choices { name } => {
            lines.push(String::new());
            lines.push(format!("Options: [`{name}`]."));
        }
        RustType::Json => {
            lines.push(String::new());
            lines.push(match column_plan.untyped_party_list {
                Some(reason) => format!("Kept as raw JSON: {reason}."),
                None => {
                    "Kept as raw JSON: the generator has no dedicated type for this column type."
                        .to_string()
                }
            });
        }
        _ => {}
    }
    if let Some(lookup) = &column_plan.type_of {
        lines.push(String::new());
        lines.push(format!(
            "Holds the table of the row {} refers to. Dataverse fills it from that lookup's \
             binding, so it need not be set: on create it counts as given when {} is set.",
            code(lookup),
            code(lookup)
        ));
    }
    if column_plan.kind == Kind::Boolean && !column.options.is_empty() {
        let labels: Vec<String> = column
            .options
            .iter()
            .map(|o| format!("{} = {}", o.value, escape(&o.label)))
            .collect();
        lines.push(String::new());
        lines.push(format!("Labels: {}.", labels.join(", ")));
    }
    if column_plan.kind == Kind::Lookup && !column_plan.targets.is_empty() {
        lines.push(String::new());
        lines.extend(lookup_targets(column_plan));
    }
    if let Some(party) = &column_plan.party_list {
        lines.push(String::new());
        lines.push(format!(
            "A party list: each party is sent as an entry of the activity's party collection \
             {} with `participationtypemask` {} (see `dataverse::party`); a response carries \
             the parties when the request expands that collection.",
            code(&party.collection),
            party.participation_type
        ));
        lines.push(String::new());
        lines.extend(party_targets(column_plan, party.accepts_addresses));
    }
    lines
}

/// A target's bind, and its marks.
fn target_line(target: &TargetPlan, entry: impl Fn(&str) -> String) -> String {
    let set_mark = if target.entity_set_known {
        ""
    } else {
        " *(entity set assumed)*"
    };
    match &target.navigation {
        Navigation::Stated(name) => format!("- {}: {}{set_mark}", code(&target.table), entry(name)),
        Navigation::Convention(name) => format!(
            "- {}: {} *(convention)*{set_mark}",
            code(&target.table),
            entry(name)
        ),
        Navigation::Unknown => format!("- {}: *(cannot be bound)*", code(&target.table)),
    }
}

/// How a party list's targets are sent.
fn party_targets(column_plan: &ColumnPlan, accepts_addresses: bool) -> Vec<String> {
    let mut lines = vec!["Parties:".to_string()];
    for target in &column_plan.targets {
        lines.push(target_line(target, |navigation| {
            format!(
                "`\"{navigation}@odata.bind\": \"/{}(<id>)\"`",
                target.entity_set
            )
        }));
    }
    if accepts_addresses {
        lines.push("- an email address that is no row: `\"addressused\": \"<address>\"`".into());
    }
    lines
}

/// How a lookup's targets are sent: one line per target for a few, one
/// pattern for many.
fn lookup_targets(column_plan: &ColumnPlan) -> Vec<String> {
    let targets = &column_plan.targets;
    let mut lines = Vec::new();
    if targets.len() <= 4 {
        lines.push("Sent in a payload as:".to_string());
        for target in targets {
            lines.push(target_line(target, |navigation| {
                format!(
                    "`\"{navigation}@odata.bind\": \"/{}(<id>)\"`",
                    target.entity_set
                )
            }));
        }
        return lines;
    }
    let names: Vec<String> = targets.iter().map(|t| code(&t.table)).collect();
    lines.push(format!(
        "Targets ({}): {}.",
        targets.len(),
        names.join(", ")
    ));
    lines.push(String::new());
    let count = |f: &dyn Fn(&TargetPlan) -> bool| targets.iter().filter(|t| f(t)).count();
    if count(&|t| t.navigation == Navigation::Unknown) == targets.len() {
        lines.push("*(cannot be bound)*: no target's navigation property is known.".to_string());
        return lines;
    }
    lines.push(
        "Sent in a payload as `\"<navigation property>@odata.bind\": \"/<entity set>(<id>)\"`; \
         the metadata static lists each target's."
            .to_string(),
    );
    let mut marks = Vec::new();
    let convention = count(&|t| matches!(t.navigation, Navigation::Convention(_)));
    if convention > 0 {
        marks.push(format!("{convention} bind by *(convention)*"));
    }
    let unknown = count(&|t| t.navigation == Navigation::Unknown);
    if unknown > 0 {
        marks.push(format!("{unknown} *(cannot be bound)*"));
    }
    let assumed = count(&|t| !t.entity_set_known);
    if assumed > 0 {
        marks.push(format!("{assumed} with *(entity set assumed)*"));
    }
    if !marks.is_empty() {
        lines.push(String::new());
        lines.push(format!("Of these targets: {}.", marks.join("; ")));
    }
    lines
}

/// A one-to-many relationship constant's doc.
pub fn one_to_many(source: &OneToMany, plan: &RelationshipPlan) -> Vec<String> {
    let rows = match &source.referencing_attribute {
        Some(attribute) => format!(
            "{} rows whose {} points at this row",
            code(&plan.other_table),
            code(attribute)
        ),
        None => format!(
            "{} rows that point at this row (the metadata does not name their lookup)",
            code(&plan.other_table)
        ),
    };
    let head = format!("One-to-many {}: {rows}", code(&source.schema_name));
    match &plan.navigation_property {
        Some(navigation) => vec![format!("{head}; navigation property {}.", code(navigation))],
        None => unresolved(head, "its navigation property is not named"),
    }
}

/// A many-to-one relationship constant's doc.
pub fn many_to_one(source: &ManyToOne, plan: &ManyToOnePlan) -> Vec<String> {
    let other = if plan.other_table.is_empty() {
        "another table".to_string()
    } else {
        code(&plan.other_table)
    };
    let head = match &plan.referencing_attribute {
        Some(attribute) => format!(
            "Many-to-one {}: the {other} row that {} points at",
            code(&source.schema_name),
            code(attribute)
        ),
        None => format!("Many-to-one {} to {other}", code(&source.schema_name)),
    };
    let supplied = if source.supplied_from.is_some() {
        " *(stated in the YAML)*"
    } else {
        ""
    };
    match (&plan.navigation, &plan.referencing_attribute) {
        (Navigation::Stated(name), _) => {
            vec![format!(
                "{head}; navigation property {}{supplied}.",
                code(name)
            )]
        }
        (Navigation::Convention(name), _) => vec![format!(
            "{head}; navigation property {} *(convention)*.",
            code(name)
        )],
        (Navigation::Unknown, Some(_)) => unresolved(
            head,
            "its navigation property is not named, and its lookup has several targets",
        ),
        (Navigation::Unknown, None) => unresolved(
            head,
            "neither the page nor a table generated alongside names its lookup",
        ),
    }
}

/// A many-to-many relationship constant's doc.
pub fn many_to_many(source: &ManyToMany, plan: &RelationshipPlan) -> Vec<String> {
    let through = source
        .intersect_entity_name
        .as_deref()
        .map(|intersect| format!(" through {}", code(intersect)))
        .unwrap_or_default();
    let head = format!(
        "Many-to-many {} with {}{through}",
        code(&source.schema_name),
        code(&plan.other_table)
    );
    match &plan.navigation_property {
        Some(navigation) => vec![format!("{head}; navigation property {}.", code(navigation))],
        None => unresolved(head, "its navigation property is not named"),
    }
}

/// The doc of an unresolved relationship constant: one line; the type's
/// docs and the entity's say what it means and how to supply the names.
fn unresolved(head: String, why: &str) -> Vec<String> {
    vec![format!("{head}; [unresolved](dv::Unresolved): {why}.")]
}

/// A choice enum's doc.
pub fn choice_enum(plan: &TablePlan, column: &Column) -> Vec<String> {
    let name = column
        .display_name
        .as_deref()
        .map(|n| format!("{} ", escape(n)))
        .unwrap_or_default();
    vec![
        format!(
            "{name}choices of column {} of {}.",
            code(&column.logical_name),
            code(&plan.table.logical_name)
        ),
        String::new(),
        "Values that are not options decode as the unknown variant and fail validation."
            .to_string(),
    ]
}

/// A variant's doc.
pub fn variant(option: &OptionValue) -> String {
    let label = if option.label.is_empty() {
        "(no label)".to_string()
    } else {
        escape(&option.label)
    };
    let mut doc = format!("{label} (`{}`).", option.value);
    if let Some(state) = option.state {
        doc.push_str(&format!(" State `{state}`."));
    }
    if let Some(status) = option.default_status {
        doc.push_str(&format!(" Default status `{status}`."));
    }
    if let Some(description) = &option.description {
        doc.push_str(&format!(" {}", escape(description)));
    }
    doc
}

#[cfg(test)]
mod tests {
    use super::escape;

    #[test]
    fn escapes_markup_controls_and_links_urls() {
        assert_eq!(escape("a *b* <script>"), "a \\*b\\* \\<script\\>");
        assert_eq!(
            escape("see https://example.com/x."),
            "see <https://example.com/x>."
        );
        assert_eq!(escape("line\r\nbreak"), "line  break");
        assert_eq!(escape("rtl \u{202E}override"), "rtl  override");
        assert_eq!(escape("*/ and /*"), "\\*/ and /\\*");
    }
}
