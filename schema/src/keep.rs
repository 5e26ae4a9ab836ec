//! Importing a page over an existing YAML file without losing what the
//! file states and the page does not.
//!
//! Older pages name a many-to-one relationship's other table only, not its
//! lookup column or navigation property. Those facts can be written into
//! the YAML by hand (`supplied_from` says where they come from), or come
//! from an earlier import of a newer revision of the page. Importing the
//! older page into the same file again would drop them without a word;
//! [`keep_relationship_facts`] carries them over instead and says what it
//! kept, so the importer can report it.
//!
//! The page always wins where it states a fact: a value the page gives
//! replaces the file's (and is reported when they differ).
//!
//! ```
//! use dataverse_schema::{keep, ManyToOne, Table};
//!
//! let mut stated = ManyToOne::new("manualsla_account");
//! stated.referencing_attribute = Some("slaid".into());
//! stated.referencing_entity_navigation_property_name = Some("sla_account_sla".into());
//! stated.supplied_from = Some("a newer revision of the page".into());
//! let mut existing = Table::new("account");
//! existing.many_to_one.push(stated);
//!
//! let mut imported = Table::new("account");
//! imported.many_to_one.push(ManyToOne::new("manualsla_account"));
//! let report = keep::keep_relationship_facts(&mut imported, &existing);
//! assert_eq!(report.kept, ["manualsla_account"]);
//! assert_eq!(
//!     imported.many_to_one[0].referencing_entity_navigation_property_name.as_deref(),
//!     Some("sla_account_sla")
//! );
//! ```

use crate::model::{ManyToOne, Table};

/// What [`keep_relationship_facts`] did.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Kept {
    /// Many-to-one relationships (schema names, in page order) that got a
    /// fact from the existing file.
    pub kept: Vec<String>,
    /// Facts the page states differently from the file, which the page's
    /// value replaced: `(relationship, key, file's value, page's value)`.
    pub replaced: Vec<(String, &'static str, String, String)>,
    /// Relationships of the existing file with such facts that the page no
    /// longer lists; their facts are gone with them.
    pub dropped: Vec<String>,
}

impl Kept {
    /// Whether nothing was kept, replaced or dropped.
    pub fn is_empty(&self) -> bool {
        self.kept.is_empty() && self.replaced.is_empty() && self.dropped.is_empty()
    }
}

/// The facts of a many-to-one entry that older pages do not state, by key.
fn facts(relationship: &mut ManyToOne) -> [(&'static str, &mut Option<String>); 3] {
    [
        (
            "referenced_attribute",
            &mut relationship.referenced_attribute,
        ),
        (
            "referencing_attribute",
            &mut relationship.referencing_attribute,
        ),
        (
            "referencing_entity_navigation_property_name",
            &mut relationship.referencing_entity_navigation_property_name,
        ),
    ]
}

/// Completes the many-to-one entries of `imported` (a page just imported)
/// with the referenced attribute, referencing attribute and navigation
/// property that `existing` (the YAML file it is about to replace) states
/// and the page does not, matching entries by schema name; `supplied_from`
/// comes along when anything was kept.
pub fn keep_relationship_facts(imported: &mut Table, existing: &Table) -> Kept {
    let mut report = Kept::default();
    for old in &existing.many_to_one {
        let mut old = old.clone();
        let states_something = facts(&mut old).iter().any(|(_, value)| value.is_some());
        if !states_something {
            continue;
        }
        let Some(new) = imported
            .many_to_one
            .iter_mut()
            .find(|r| r.schema_name == old.schema_name)
        else {
            report.dropped.push(old.schema_name.clone());
            continue;
        };
        let schema_name = new.schema_name.clone();
        let mut kept_any = false;
        for ((key, old_value), (_, new_value)) in facts(&mut old).into_iter().zip(facts(new)) {
            match (old_value.take(), new_value.as_ref()) {
                (Some(old_value), None) => {
                    *new_value = Some(old_value);
                    kept_any = true;
                }
                (Some(old_value), Some(page_value)) if old_value != *page_value => {
                    report
                        .replaced
                        .push((schema_name.clone(), key, old_value, page_value.clone()));
                }
                _ => {}
            }
        }
        if kept_any {
            if new.supplied_from.is_none() {
                new.supplied_from = old.supplied_from.take();
            }
            report.kept.push(schema_name);
        }
    }
    // In page order, whatever the file's order was.
    let order = |name: &String| {
        imported
            .many_to_one
            .iter()
            .position(|r| r.schema_name == *name)
    };
    report.kept.sort_by_key(order);
    report
}

#[cfg(test)]
mod tests {
    use super::*;

    fn stated(name: &str, attribute: &str, navigation: &str) -> ManyToOne {
        let mut relationship = ManyToOne::new(name);
        relationship.referenced_entity = Some("systemuser".into());
        relationship.referencing_attribute = Some(attribute.into());
        relationship.referencing_entity_navigation_property_name = Some(navigation.into());
        relationship.supplied_from = Some("by hand".into());
        relationship
    }

    fn bare(name: &str) -> ManyToOne {
        let mut relationship = ManyToOne::new(name);
        relationship.referenced_entity = Some("systemuser".into());
        relationship
    }

    #[test]
    fn keeps_what_the_page_does_not_state() {
        let mut existing = Table::new("account");
        existing.many_to_one = vec![
            stated("user_accounts", "owninguser", "owninguser"),
            stated(
                "system_user_accounts",
                "preferredsystemuserid",
                "preferredsystemuserid",
            ),
        ];
        let mut imported = Table::new("account");
        imported.many_to_one = vec![bare("system_user_accounts"), bare("user_accounts")];
        let report = keep_relationship_facts(&mut imported, &existing);
        assert_eq!(report.kept, ["system_user_accounts", "user_accounts"]);
        assert!(report.replaced.is_empty() && report.dropped.is_empty());
        let user = &imported.many_to_one[1];
        assert_eq!(user.referencing_attribute.as_deref(), Some("owninguser"));
        assert_eq!(
            user.referencing_entity_navigation_property_name.as_deref(),
            Some("owninguser")
        );
        assert_eq!(user.supplied_from.as_deref(), Some("by hand"));
    }

    #[test]
    fn the_page_wins_where_it_states_a_fact() {
        let mut existing = Table::new("account");
        existing.many_to_one = vec![stated("user_accounts", "owninguser", "old_name")];
        let mut imported = Table::new("account");
        let mut newer = stated("user_accounts", "owninguser", "owninguser");
        newer.supplied_from = None;
        imported.many_to_one = vec![newer.clone()];
        let report = keep_relationship_facts(&mut imported, &existing);
        assert!(report.kept.is_empty());
        assert_eq!(
            report.replaced,
            [(
                "user_accounts".to_string(),
                "referencing_entity_navigation_property_name",
                "old_name".to_string(),
                "owninguser".to_string()
            )]
        );
        // Nothing was kept, so the stale note does not come along either.
        assert_eq!(imported.many_to_one, [newer]);
    }

    #[test]
    fn reports_relationships_the_page_no_longer_lists() {
        let mut existing = Table::new("account");
        existing.many_to_one = vec![
            stated("user_accounts", "owninguser", "owninguser"),
            bare("team_accounts"),
        ];
        let mut imported = Table::new("account");
        let report = keep_relationship_facts(&mut imported, &existing);
        // `team_accounts` stated nothing: nothing was lost with it.
        assert_eq!(report.dropped, ["user_accounts"]);
        assert!(!report.is_empty());
    }
}
