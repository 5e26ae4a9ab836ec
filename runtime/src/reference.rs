//! References to rows: [`EntityRef`] (any table) and [`Ref<T>`] (a table
//! whose code was generated).

use std::fmt;
use std::marker::PhantomData;

use uuid::Uuid;

use crate::Entity;

/// A reference to a row of some table: its logical name and id, and the
/// row's primary name when a retrieved record gave it.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct EntityRef {
    /// The table's logical name (`systemuser`).
    pub table: String,
    /// The row's id.
    pub id: Uuid,
    /// The row's primary name, from a retrieved record's formatted value.
    pub name: Option<String>,
}

impl EntityRef {
    /// A reference to row `id` of `table`.
    pub fn new(table: impl Into<String>, id: Uuid) -> Self {
        EntityRef {
            table: table.into(),
            id,
            name: None,
        }
    }
}

impl fmt::Display for EntityRef {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}({})", self.table, self.id)
    }
}

impl<T: Entity> From<Ref<T>> for EntityRef {
    fn from(reference: Ref<T>) -> Self {
        EntityRef {
            table: T::TABLE.logical_name.to_string(),
            id: reference.id,
            name: reference.name,
        }
    }
}

/// A typed reference to a row of generated table `T`, used for a lookup
/// whose only target is `T`. It cannot point at another table.
pub struct Ref<T> {
    /// The row's id.
    pub id: Uuid,
    /// The row's primary name, from a retrieved record's formatted value.
    pub name: Option<String>,
    table: PhantomData<fn() -> T>,
}

impl<T> Ref<T> {
    /// A reference to row `id`.
    pub fn new(id: Uuid) -> Self {
        Ref {
            id,
            name: None,
            table: PhantomData,
        }
    }
}

impl<T> From<Uuid> for Ref<T> {
    fn from(id: Uuid) -> Self {
        Ref::new(id)
    }
}

// Manual impls: `T` itself need not be Clone, Debug, ...
impl<T> Clone for Ref<T> {
    fn clone(&self) -> Self {
        Ref {
            id: self.id,
            name: self.name.clone(),
            table: PhantomData,
        }
    }
}

impl<T> PartialEq for Ref<T> {
    fn eq(&self, other: &Self) -> bool {
        self.id == other.id && self.name == other.name
    }
}

impl<T> Eq for Ref<T> {}

impl<T: Entity> fmt::Debug for Ref<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Ref")
            .field("table", &T::TABLE.logical_name)
            .field("id", &self.id)
            .field("name", &self.name)
            .finish()
    }
}
