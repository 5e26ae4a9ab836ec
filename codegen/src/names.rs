//! Rust names from Dataverse names: always valid identifiers, deterministic,
//! and unique where they share a namespace.
//!
//! Rules (documented for users in the generated docs and ARCHITECTURE.md):
//! * words are split and cased with heck (`ActivityName` -> `activity_name`,
//!   `ActivityName`, `ACTIVITY_NAME`);
//! * characters other than ASCII letters, digits and `_` are dropped;
//! * a name that starts with a digit gets a prefix: `_` for snake_case,
//!   `N` for CamelCase and `N_` for SCREAMING_CASE (`1st` -> `_1st`, `N1st`);
//! * a Rust keyword gets a trailing `_` (`type` -> `type_`); `Self`, the one
//!   CamelCase keyword, becomes `SelfValue`;
//! * a name that is empty after this uses the caller's fallback;
//! * a name already taken in its namespace gets `_2`, `_3`, ... (snake and
//!   SCREAMING; a trailing `_` is dropped first: `self_` -> `self_2`) or
//!   `2`, `3`, ... (CamelCase), in page order.

use std::collections::HashSet;

use heck::{ToShoutySnakeCase, ToSnakeCase, ToUpperCamelCase};

const KEYWORDS: &[&str] = &[
    "as", "break", "const", "continue", "crate", "else", "enum", "extern", "false", "fn", "for",
    "if", "impl", "in", "let", "loop", "match", "mod", "move", "mut", "pub", "ref", "return",
    "self", "Self", "static", "struct", "super", "trait", "true", "type", "unsafe", "use", "where",
    "while", "async", "await", "dyn", "abstract", "become", "box", "do", "final", "macro",
    "override", "priv", "typeof", "unsized", "virtual", "yield", "try", "gen", "union",
];

/// A name's case.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Case {
    /// `snake_case`: modules, fields.
    Snake,
    /// `CamelCase`: types, variants.
    Camel,
    /// `SCREAMING_SNAKE_CASE`: constants, statics.
    Screaming,
}

/// `text` as a valid identifier in `case`, or `None` when nothing usable
/// is left.
pub fn identifier(text: &str, case: Case) -> Option<String> {
    // Keep ASCII word characters; anything else separates words.
    let ascii: String = text
        .chars()
        .map(|c| if c.is_ascii_alphanumeric() { c } else { ' ' })
        .collect();
    let cased = match case {
        Case::Snake => ascii.to_snake_case(),
        Case::Camel => ascii.to_upper_camel_case(),
        Case::Screaming => ascii.to_shouty_snake_case(),
    };
    let mut name: String = cased
        .chars()
        .filter(|c| c.is_ascii_alphanumeric() || *c == '_')
        .collect();
    if name.trim_matches('_').is_empty() {
        return None;
    }
    if name.starts_with(|c: char| c.is_ascii_digit()) {
        name.insert_str(
            0,
            match case {
                Case::Snake => "_",
                Case::Camel => "N",
                Case::Screaming => "N_",
            },
        );
    }
    if KEYWORDS.contains(&name.as_str()) {
        // `Self_` would break the CamelCase convention.
        name.push_str(if case == Case::Camel { "Value" } else { "_" });
    }
    Some(name)
}

/// Names taken in one namespace.
#[derive(Debug, Default)]
pub struct Namespace {
    taken: HashSet<String>,
}

impl Namespace {
    /// A namespace where `reserved` names are already taken.
    pub fn with_reserved(reserved: &[&str]) -> Self {
        Namespace {
            taken: reserved.iter().map(|name| name.to_string()).collect(),
        }
    }

    /// Takes `name`, or the first free `name_2`, `name_3`, ... (`name2`
    /// for CamelCase).
    pub fn claim(&mut self, name: String, case: Case) -> String {
        if self.taken.insert(name.clone()) {
            return name;
        }
        let base = name.trim_end_matches('_');
        (2..)
            .map(|n| match case {
                Case::Camel => format!("{base}{n}"),
                Case::Snake | Case::Screaming => format!("{base}_{n}"),
            })
            .find(|candidate| self.taken.insert(candidate.clone()))
            .expect("an unbounded range has a free name")
    }

    /// Whether `name` is taken.
    pub fn is_taken(&self, name: &str) -> bool {
        self.taken.contains(name)
    }

    /// Claims `text` in `case`, using `fallback` when `text` gives no name.
    pub fn claim_text(&mut self, text: &str, case: Case, fallback: &str) -> String {
        let name = identifier(text, case)
            .unwrap_or_else(|| identifier(fallback, case).expect("fallbacks are valid names"));
        self.claim(name, case)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cases_and_hostile_names() {
        assert_eq!(
            identifier("ActivityName", Case::Snake).unwrap(),
            "activity_name"
        );
        assert_eq!(
            identifier("agenticscenarioPId", Case::Snake).unwrap(),
            "agenticscenario_p_id"
        );
        assert_eq!(identifier("type", Case::Snake).unwrap(), "type_");
        assert_eq!(identifier("self", Case::Snake).unwrap(), "self_");
        assert_eq!(identifier("Self", Case::Camel).unwrap(), "SelfValue");
        assert_eq!(identifier("match", Case::Snake).unwrap(), "match_");
        assert_eq!(identifier("1st Choice", Case::Camel).unwrap(), "N1stChoice");
        assert_eq!(
            identifier("1st Choice", Case::Snake).unwrap(),
            "_1st_choice"
        );
        assert_eq!(identifier("1st", Case::Screaming).unwrap(), "N_1ST");
        assert_eq!(identifier("Größe", Case::Camel).unwrap(), "GrE");
        assert_eq!(identifier("日本", Case::Camel), None);
        assert_eq!(identifier("", Case::Snake), None);
        assert_eq!(identifier("___", Case::Snake), None);
        assert_eq!(
            identifier("Not Started", Case::Camel).unwrap(),
            "NotStarted"
        );
        assert_eq!(
            identifier("lk_workflowlog_processsession", Case::Screaming).unwrap(),
            "LK_WORKFLOWLOG_PROCESSSESSION"
        );
        for text in ["a-b", "a.b", "a b", "a/b", "(x)", "*/", "\"q\"", "<script>"] {
            if let Some(name) = identifier(text, Case::Snake) {
                syn::parse_str::<syn::Ident>(&name).unwrap();
            }
        }
    }

    #[test]
    fn collisions_get_numbered() {
        let mut names = Namespace::default();
        assert_eq!(names.claim_text("FooBar", Case::Snake, "column"), "foo_bar");
        assert_eq!(
            names.claim_text("Foo_Bar", Case::Snake, "column"),
            "foo_bar_2"
        );
        assert_eq!(
            names.claim_text("foo bar", Case::Snake, "column"),
            "foo_bar_3"
        );
        assert_eq!(names.claim_text("", Case::Snake, "column_4"), "column_4");
        assert_eq!(names.claim_text("self", Case::Snake, "column"), "self_");
        assert_eq!(names.claim_text("Self", Case::Snake, "column"), "self_2");
        let mut variants = Namespace::with_reserved(&["Unknown"]);
        assert_eq!(
            variants.claim_text("Unknown", Case::Camel, "Value1"),
            "Unknown2"
        );
    }
}
