//! Cross-table completion: what one table's page leaves out and another
//! table's page says.
//!
//! Older pages name only the referenced table of a many-to-one relationship
//! ("See systemuser Table lk_processsession_executedby One-To-Many
//! relationship"). When that table is loaded too, its one-to-many entry of
//! the same schema name gives the referencing attribute. Entries completed
//! this way are marked `resolved: true`.

use std::collections::HashMap;

use crate::model::Table;

/// Completes the many-to-one entries of `tables` from the one-to-many
/// entries of the tables they reference. Returns how many were completed.
pub fn complete_many_to_one(tables: &mut [Table]) -> usize {
    // (referenced table, relationship schema name) -> referencing attribute
    let mut referencing: HashMap<(String, String), String> = HashMap::new();
    for table in tables.iter() {
        for relationship in &table.one_to_many {
            if let Some(attribute) = &relationship.referencing_attribute {
                referencing.insert(
                    (table.logical_name.clone(), relationship.schema_name.clone()),
                    attribute.clone(),
                );
            }
        }
    }
    let mut completed = 0;
    for table in tables.iter_mut() {
        for relationship in &mut table.many_to_one {
            if relationship.referencing_attribute.is_some() {
                continue;
            }
            let Some(referenced) = &relationship.referenced_entity else {
                continue;
            };
            let key = (referenced.clone(), relationship.schema_name.clone());
            if let Some(attribute) = referencing.get(&key) {
                relationship.referencing_attribute = Some(attribute.clone());
                relationship.resolved = true;
                completed += 1;
            }
        }
    }
    completed
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{ManyToOne, OneToMany};

    #[test]
    fn fills_the_referencing_attribute_from_the_other_side() {
        let mut user = Table::new("systemuser");
        user.one_to_many.push(OneToMany {
            schema_name: "lk_processsession_executedby".into(),
            referencing_entity: Some("processsession".into()),
            referencing_attribute: Some("executedby".into()),
            referenced_entity_navigation_property_name: Some("lk_processsession_executedby".into()),
            is_hierarchical: None,
            is_customizable: None,
            cascade: None,
            added_by: None,
        });
        let mut session = Table::new("processsession");
        let unresolved = ManyToOne {
            schema_name: "lk_processsession_executedby".into(),
            referenced_entity: Some("systemuser".into()),
            referenced_attribute: None,
            referencing_attribute: None,
            referencing_entity_navigation_property_name: None,
            is_hierarchical: None,
            is_customizable: None,
            cascade: None,
            added_by: None,
            supplied_from: None,
            resolved: false,
        };
        session.many_to_one.push(unresolved.clone());
        session.many_to_one.push(ManyToOne {
            schema_name: "other".into(),
            ..unresolved
        });
        let mut tables = [session, user];
        assert_eq!(complete_many_to_one(&mut tables), 1);
        let completed = &tables[0].many_to_one[0];
        assert_eq!(
            completed.referencing_attribute.as_deref(),
            Some("executedby")
        );
        assert!(completed.resolved);
        assert!(!tables[0].many_to_one[1].resolved);
    }
}
