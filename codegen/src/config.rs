//! Generation settings shared by `cargo xtask` and the build.rs builder:
//! which tables and columns to generate, and type-name overrides. Read from
//! a YAML file so both paths produce identical code from identical input.
//!
//! ```yaml
//! # dataverse.yaml
//! tables: [account, "msdyn_*"]      # include patterns (* and ?); empty or absent: all
//! exclude_tables: ["*_archive"]
//! columns:                          # per table: include and exclude patterns
//!   account:
//!     exclude: ["address3_*"]
//! type_names:                       # entity type name overrides
//!   processsession: DialogSession
//! ```

use std::collections::BTreeMap;
use std::path::Path;

use serde::Deserialize;

use dataverse_schema::Table;

/// Which tables and columns to generate, and how to name them.
#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Config {
    /// Tables to generate (logical names; `*` and `?` wildcards). Empty:
    /// every table given.
    #[serde(default)]
    pub tables: Vec<String>,
    /// Tables to leave out, applied after `tables`.
    #[serde(default)]
    pub exclude_tables: Vec<String>,
    /// Per table logical name: which columns to keep.
    #[serde(default)]
    pub columns: BTreeMap<String, ColumnFilter>,
    /// Per table logical name: the entity type's name, instead of the
    /// CamelCase SchemaName.
    #[serde(default)]
    pub type_names: BTreeMap<String, String>,
}

/// Which columns of a table to keep.
#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ColumnFilter {
    /// Columns to keep (logical names, wildcards). Empty: all.
    #[serde(default)]
    pub include: Vec<String>,
    /// Columns to drop, applied after `include`.
    #[serde(default)]
    pub exclude: Vec<String>,
}

/// A configuration file could not be read.
#[derive(Debug, thiserror::Error)]
#[error("{}: {message}", path.display())]
pub struct ConfigError {
    /// The file.
    pub path: std::path::PathBuf,
    /// What is wrong.
    pub message: String,
}

impl Config {
    /// Reads a configuration file.
    pub fn load(path: &Path) -> Result<Config, ConfigError> {
        let error = |message: String| ConfigError {
            path: path.to_path_buf(),
            message,
        };
        let text = std::fs::read_to_string(path).map_err(|e| error(e.to_string()))?;
        if text.trim().is_empty() {
            return Ok(Config::default());
        }
        serde_yaml::from_str(&text).map_err(|e| error(e.to_string()))
    }

    /// Whether table `logical_name` is selected.
    pub fn selects_table(&self, logical_name: &str) -> bool {
        (self.tables.is_empty() || self.tables.iter().any(|p| matches(p, logical_name)))
            && !self.exclude_tables.iter().any(|p| matches(p, logical_name))
    }

    /// The selected tables, with their columns filtered.
    pub fn select(&self, tables: Vec<Table>) -> Vec<Table> {
        tables
            .into_iter()
            .filter(|table| self.selects_table(&table.logical_name))
            .map(|mut table| {
                if let Some(filter) = self.columns.get(&table.logical_name) {
                    table.columns.retain(|column| {
                        (filter.include.is_empty()
                            || filter
                                .include
                                .iter()
                                .any(|p| matches(p, &column.logical_name)))
                            && !filter
                                .exclude
                                .iter()
                                .any(|p| matches(p, &column.logical_name))
                    });
                }
                table
            })
            .collect()
    }
}

/// Glob match with `*` (any run of characters) and `?` (one character).
pub fn matches(pattern: &str, name: &str) -> bool {
    let pattern: Vec<char> = pattern.chars().collect();
    let name: Vec<char> = name.chars().collect();
    // Classic two-pointer wildcard match with backtracking to the last `*`.
    let (mut p, mut n) = (0, 0);
    let mut star: Option<(usize, usize)> = None;
    while n < name.len() {
        if p < pattern.len() && (pattern[p] == '?' || pattern[p] == name[n]) {
            p += 1;
            n += 1;
        } else if p < pattern.len() && pattern[p] == '*' {
            star = Some((p, n));
            p += 1;
        } else if let Some((star_p, star_n)) = star {
            p = star_p + 1;
            n = star_n + 1;
            star = Some((star_p, star_n + 1));
        } else {
            return false;
        }
    }
    pattern[p..].iter().all(|c| *c == '*')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wildcards() {
        assert!(matches("account", "account"));
        assert!(!matches("account", "accounts"));
        assert!(matches("msdyn_*", "msdyn_aimodel"));
        assert!(matches("*", ""));
        assert!(matches("a?c*", "abcdef"));
        assert!(!matches("a?c", "ac"));
        assert!(matches("*_archive", "x_archive"));
        assert!(matches("a*b*c", "axxbyyc"));
        assert!(!matches("a*b*c", "axxbyy"));
    }

    #[test]
    fn selects_tables_and_columns() {
        let config: Config = serde_yaml::from_str(
            "tables: [a*, team]\nexclude_tables: [archive]\ncolumns:\n  account:\n    exclude: [x*]\n",
        )
        .unwrap();
        assert!(config.selects_table("account"));
        assert!(config.selects_table("team"));
        assert!(!config.selects_table("archive"));
        assert!(!config.selects_table("contact"));
        let mut account = Table::new("account");
        for name in ["name", "xone", "xtwo", "size"] {
            account.columns.push(dataverse_schema::Column::new(
                name,
                name,
                dataverse_schema::ColumnType::String,
            ));
        }
        let selected = config.select(vec![account, Table::new("contact")]);
        assert_eq!(selected.len(), 1);
        let names: Vec<&str> = selected[0]
            .columns
            .iter()
            .map(|c| c.logical_name.as_str())
            .collect();
        assert_eq!(names, ["name", "size"]);
    }

    #[test]
    fn unknown_keys_are_errors() {
        assert!(serde_yaml::from_str::<Config>("tabels: [a]\n").is_err());
    }
}
