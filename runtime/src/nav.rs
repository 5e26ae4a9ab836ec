//! Relationships and Web API paths: from a record, its related records
//! (`/processsessions(<id>)/lk_workflowlog_processsession`), its
//! properties (`/accounts(<id>)/name`) and its references
//! (`/accounts(<id>)/primarycontactid/$ref`).

use std::fmt;
use std::marker::PhantomData;

use crate::column::Column;
use crate::entity::Entity;
use crate::meta::{ManyToManyMeta, ManyToOneMeta, OneToManyMeta};
use crate::odata;
use crate::query::Query;

/// Marks the far side of a relationship whose table was not generated: the
/// relationship can still be navigated and expanded, but what it leads to is
/// untyped.
#[derive(Debug)]
pub enum Untyped {}

/// A relationship that can be followed from table `Source`.
pub trait Navigation<Source>: Copy {
    /// The table it leads to ([`Untyped`] when not generated).
    type Target;
    /// The path type it leads to: one row or a collection.
    type Path: std::convert::From<String>;
    /// The navigation property on `Source`.
    fn navigation_property(self) -> &'static str;
}

macro_rules! relationship {
    ($(#[$doc:meta])* $name:ident, $meta:ty, $list:ident, $path:ident) => {
        $(#[$doc])*
        pub struct $name<From, To> {
            meta: &'static $meta,
            tables: PhantomData<fn() -> (From, To)>,
        }

        impl<From, To> $name<From, To> {
            /// The relationship described by `meta`.
            pub const fn new(meta: &'static $meta) -> Self {
                $name {
                    meta,
                    tables: PhantomData,
                }
            }

            /// Its metadata.
            pub fn meta(self) -> &'static $meta {
                self.meta
            }
        }

        impl<From: Entity, To> $name<From, To> {
            #[doc = concat!("Relationship `index` of `From`'s table's `", stringify!($list), "` (generated constants use this).")]
            ///
            /// # Panics
            ///
            /// At compile time in a `const`, when there is no such
            /// relationship.
            pub const fn at(index: usize) -> Self {
                $name::new(&From::TABLE.$list[index])
            }
        }

        impl<From, To> Clone for $name<From, To> {
            fn clone(&self) -> Self {
                *self
            }
        }

        impl<From, To> Copy for $name<From, To> {}

        impl<From, To> fmt::Debug for $name<From, To> {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                write!(f, "{}({})", stringify!($name), self.meta.schema_name)
            }
        }

        impl<From, To> Navigation<From> for $name<From, To> {
            type Target = To;
            type Path = $path<To>;
            fn navigation_property(self) -> &'static str {
                self.meta.navigation_property
            }
        }
    };
}

relationship!(
    /// A one-to-many relationship from `From`: the `To` rows whose lookup
    /// points at a `From` row.
    OneToMany,
    OneToManyMeta,
    one_to_many,
    CollectionPath
);
relationship!(
    /// A many-to-one relationship from `From`: the `To` row a lookup of
    /// `From` points at.
    ManyToOne,
    ManyToOneMeta,
    many_to_one,
    RecordPath
);
relationship!(
    /// A many-to-many relationship between `From` and `To`.
    ManyToMany,
    ManyToManyMeta,
    many_to_many,
    CollectionPath
);

/// The Web API path of one row of `T`: `/processsessions(<id>)`.
pub struct RecordPath<T> {
    path: String,
    table: PhantomData<fn() -> T>,
}

/// The Web API path of a collection of `T` rows:
/// `/processsessions(<id>)/lk_workflowlog_processsession`.
pub struct CollectionPath<T> {
    path: String,
    table: PhantomData<fn() -> T>,
}

macro_rules! path {
    ($name:ident) => {
        impl<T> $name<T> {
            /// The path as text, relative to the service root
            /// (`[org URI]/api/data/v9.2`).
            pub fn as_str(&self) -> &str {
                &self.path
            }

            /// The path followed by a query string (`?` and the options, or
            /// nothing when no option is set).
            pub fn with_query(&self, query: &Query<T>) -> String {
                let options = query.to_query_string();
                if options.is_empty() {
                    self.path.clone()
                } else {
                    format!("{}?{options}", self.path)
                }
            }
        }

        impl<T> From<String> for $name<T> {
            fn from(path: String) -> Self {
                $name {
                    path,
                    table: PhantomData,
                }
            }
        }

        impl<T> fmt::Display for $name<T> {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(&self.path)
            }
        }

        impl<T> fmt::Debug for $name<T> {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                write!(f, "{}({:?})", stringify!($name), self.path)
            }
        }

        impl<T> Clone for $name<T> {
            fn clone(&self) -> Self {
                $name::from(self.path.clone())
            }
        }

        impl<T> PartialEq for $name<T> {
            fn eq(&self, other: &Self) -> bool {
                self.path == other.path
            }
        }
    };
}

path!(RecordPath);
path!(CollectionPath);

impl<T> RecordPath<T> {
    /// A path from text (already encoded).
    pub fn new(path: impl Into<String>) -> Self {
        RecordPath::from(path.into())
    }

    /// Follows a relationship of `T`: a one-to-many or many-to-many gives
    /// a collection, a many-to-one a single row.
    pub fn nav<N: Navigation<T>>(&self, relationship: N) -> N::Path {
        N::Path::from(format!(
            "{}/{}",
            self.path,
            odata::path_segment(relationship.navigation_property())
        ))
    }

    /// The path of one property of the record: `/accounts(<id>)/name`.
    pub fn property<V>(&self, column: Column<T, V>) -> String {
        format!(
            "{}/{}",
            self.path,
            odata::path_segment(&column.select_name())
        )
    }

    /// The path of a relationship's references: `<path>/<navigation>/$ref`.
    pub fn reference<N: Navigation<T>>(&self, relationship: N) -> String {
        format!(
            "{}/{}/$ref",
            self.path,
            odata::path_segment(relationship.navigation_property())
        )
    }
}

impl<T> CollectionPath<T> {
    /// A path from text (already encoded).
    pub fn new(path: impl Into<String>) -> Self {
        CollectionPath::from(path.into())
    }
}
