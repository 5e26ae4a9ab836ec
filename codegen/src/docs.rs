//! Doc comments of generated code, from the metadata.
//!
//! Text from pages is escaped so that rustdoc shows it as written: no
//! Markdown emphasis, links or raw HTML (`<script>`) come through.

use dataverse_schema::{Column, OptionValue, RequiredLevel};

use crate::plan::{ColumnPlan, Kind, RustType, TablePlan};

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
            lines.push(
                "Kept as raw JSON: the generator has no dedicated type for this column type."
                    .to_string(),
            );
        }
        _ => {}
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
            lines.push(format!(
                "- {}: `\"{}@odata.bind\": \"/{}(<id>)\"`",
                code(&target.table),
                target.navigation_property,
                target.entity_set
            ));
        }
    } else {
        let names: Vec<String> = targets.iter().map(|t| code(&t.table)).collect();
        lines.push(format!(
            "Targets ({}): {}.",
            targets.len(),
            names.join(", ")
        ));
        lines.push(String::new());
        lines.push(
            "Sent in a payload as `\"<navigation property>@odata.bind\": \"/<entity set>(<id>)\"`; \
             the metadata static lists each target's."
                .to_string(),
        );
    }
    let assumed_sets = targets.iter().filter(|t| !t.entity_set_known).count();
    let assumed_navigation = targets
        .iter()
        .filter(|t| !t.navigation_property_known)
        .count();
    if assumed_sets > 0 || assumed_navigation > 0 {
        lines.push(String::new());
        let mut notes = Vec::new();
        if assumed_sets > 0 {
            notes.push(format!(
                "the entity set of {assumed_sets} target(s) not generated alongside is assumed to be the logical name in plural"
            ));
        }
        if assumed_navigation > 0 {
            notes.push(
                "navigation properties the metadata does not name follow the Web API convention \
                 (the lookup's name; `<lookup>_<target>` for one target of a polymorphic lookup)"
                    .to_string(),
            );
        }
        lines.push(format!("Assumed: {}.", notes.join("; ")));
    }
    lines
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
