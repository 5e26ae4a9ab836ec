//! Typed columns: [`Column<T, V>`] is column of table `T` whose values are
//! `V` (the field's Rust type), so `$select`, `$orderby` and `$filter` can
//! only name `T`'s columns and compare them with values of the right type.
//!
//! ```compile_fail,E0277
//! # use dataverse::meta::{ColumnMeta, TableMeta};
//! # use dataverse::{Column, ColumnKind, Entity};
//! # static TABLE: TableMeta = TableMeta { logical_name: "note", schema_name: "Note",
//! #     entity_set_name: "notes", primary_id_attribute: "noteid", primary_name_attribute: None,
//! #     columns: &[ColumnMeta::new("subject", "Subject", "String", ColumnKind::Text)],
//! #     one_to_many: &[], many_to_one: &[], many_to_many: &[], unresolved: &[] };
//! # struct Note;
//! # impl Entity for Note {
//! #     const TABLE: &'static TableMeta = &TABLE;
//! #     fn values(&self) -> Vec<(&'static ColumnMeta, dataverse::FieldValue<'_>)> { Vec::new() }
//! #     fn from_record(_: &dataverse::Record<'_>) -> Result<Self, dataverse::DecodeError> { Ok(Note) }
//! # }
//! const SUBJECT: Column<Note, String> = Column::at(0);
//! // A text column does not compare with a number:
//! let filter = SUBJECT.eq(5);
//! ```

use std::fmt;
use std::marker::PhantomData;

use crate::entity::Entity;
use crate::meta::ColumnMeta;

/// A column of table `T` holding values of type `V` (`String`, `i32`,
/// `Decimal`, a choice enum, `EntityRef`, ...). Generated code has one
/// constant per column (`Account::NAME: Column<Account, String>`).
pub struct Column<T, V> {
    meta: &'static ColumnMeta,
    types: PhantomData<fn() -> (T, V)>,
}

impl<T, V> Column<T, V> {
    /// The column described by `meta`.
    pub const fn new(meta: &'static ColumnMeta) -> Self {
        Column {
            meta,
            types: PhantomData,
        }
    }

    /// Its metadata.
    pub fn meta(self) -> &'static ColumnMeta {
        self.meta
    }

    /// Its logical name.
    pub fn logical_name(self) -> &'static str {
        self.meta.logical_name
    }

    /// The name queries use: `_<name>_value` for lookups, the logical name
    /// otherwise.
    pub fn select_name(self) -> String {
        self.meta.record_key()
    }
}

impl<T: Entity, V> Column<T, V> {
    /// Column `index` of `T`'s table (generated constants use this).
    ///
    /// # Panics
    ///
    /// At compile time in a `const`, when the table has no column `index`.
    pub const fn at(index: usize) -> Self {
        Column::new(&T::TABLE.columns[index])
    }
}

impl<T, V> Clone for Column<T, V> {
    fn clone(&self) -> Self {
        *self
    }
}

impl<T, V> Copy for Column<T, V> {}

impl<T, V> fmt::Debug for Column<T, V> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Column({})", self.meta.logical_name)
    }
}

/// Columns of `T` for `$select`: one [`Column`], a tuple of columns of
/// different value types (`(Account::NAME, Account::REVENUE)`), or an
/// array or `Vec` of columns of one type.
pub trait Selection<T> {
    /// Appends the `$select` names.
    fn select_names(self, names: &mut Vec<String>);
}

impl<T, V> Selection<T> for Column<T, V> {
    fn select_names(self, names: &mut Vec<String>) {
        names.push(self.select_name());
    }
}

impl<T, V, const N: usize> Selection<T> for [Column<T, V>; N] {
    fn select_names(self, names: &mut Vec<String>) {
        names.extend(self.iter().map(|c| c.select_name()));
    }
}

impl<T, V> Selection<T> for Vec<Column<T, V>> {
    fn select_names(self, names: &mut Vec<String>) {
        names.extend(self.iter().map(|c| c.select_name()));
    }
}

macro_rules! selection_tuple {
    ($($name:ident $var:ident),+) => {
        impl<T, $($name: Selection<T>),+> Selection<T> for ($($name,)+) {
            fn select_names(self, names: &mut Vec<String>) {
                let ($($var,)+) = self;
                $($var.select_names(names);)+
            }
        }
    };
}

selection_tuple!(A a);
selection_tuple!(A a, B b);
selection_tuple!(A a, B b, C c);
selection_tuple!(A a, B b, C c, D d);
selection_tuple!(A a, B b, C c, D d, E e);
selection_tuple!(A a, B b, C c, D d, E e, F f);
selection_tuple!(A a, B b, C c, D d, E e, F f, G g);
selection_tuple!(A a, B b, C c, D d, E e, F f, G g, H h);
selection_tuple!(A a, B b, C c, D d, E e, F f, G g, H h, I i);
selection_tuple!(A a, B b, C c, D d, E e, F f, G g, H h, I i, J j);
selection_tuple!(A a, B b, C c, D d, E e, F f, G g, H h, I i, J j, K k);
selection_tuple!(A a, B b, C c, D d, E e, F f, G g, H h, I i, J j, K k, L l);
selection_tuple!(A a, B b, C c, D d, E e, F f, G g, H h, I i, J j, K k, L l, M m);
selection_tuple!(A a, B b, C c, D d, E e, F f, G g, H h, I i, J j, K k, L l, M m, N n);
selection_tuple!(A a, B b, C c, D d, E e, F f, G g, H h, I i, J j, K k, L l, M m, N n, O o);
selection_tuple!(A a, B b, C c, D d, E e, F f, G g, H h, I i, J j, K k, L l, M m, N n, O o, P p);
