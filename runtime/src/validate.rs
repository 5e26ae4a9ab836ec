//! Validation: every rule the metadata implies, all violations collected.

use std::fmt;

use crate::meta::{ColumnKind, ColumnMeta, RequiredLevel, TableMeta};
use crate::value::FieldValue;

/// What a payload is for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Operation {
    /// POST: a new row.
    Create,
    /// PATCH: an existing row.
    Update,
    /// PATCH by key that may create or update: the rules of both apply.
    Upsert,
}

impl Operation {
    /// Whether the write may create a record (create rules apply).
    pub fn may_create(self) -> bool {
        matches!(self, Operation::Create | Operation::Upsert)
    }

    /// Whether the write may update a record (update rules apply).
    pub fn may_update(self) -> bool {
        matches!(self, Operation::Update | Operation::Upsert)
    }
}

impl fmt::Display for Operation {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Operation::Create => "create",
            Operation::Update => "update",
            Operation::Upsert => "upsert",
        })
    }
}

/// The rule a value breaks.
#[derive(Debug, Clone, PartialEq)]
pub enum Rule {
    /// Set on create, but IsValidForCreate is false.
    NotValidForCreate,
    /// Set on update, but IsValidForUpdate is false.
    NotValidForUpdate,
    /// Longer than MaxLength, counted in UTF-16 code units as Dataverse does.
    TooLong {
        /// MaxLength.
        max_length: u64,
        /// The value's length in UTF-16 code units.
        length: u64,
    },
    /// Below MinValue or above MaxValue.
    OutOfRange {
        /// The value, as text.
        value: String,
        /// MinValue, when the metadata gives one.
        min: Option<&'static str>,
        /// MaxValue, when the metadata gives one.
        max: Option<&'static str>,
    },
    /// More digits after the decimal point than Precision allows.
    TooPrecise {
        /// The value, as text.
        value: String,
        /// Precision.
        precision: u32,
    },
    /// A reference to a table that is not among the column's Targets.
    TargetNotAllowed {
        /// The table referred to.
        table: String,
        /// The allowed targets.
        allowed: Vec<&'static str>,
    },
    /// A choice value that is not one of the column's options.
    UnknownChoice {
        /// The value.
        value: i32,
    },
    /// A status reason that belongs to another state than the one set.
    StatusStateMismatch {
        /// The statuscode value.
        status: i32,
        /// The state the status belongs to.
        status_state: i32,
        /// The statecode value set.
        state: i32,
    },
    /// An ApplicationRequired column missing on create.
    Required,
    /// A SystemRequired or ApplicationRequired column cleared (set to null)
    /// on update.
    ClearsRequired,
    /// An alternate key value holding a character the Web API cannot take
    /// in a key (see [`crate::key::UNADDRESSABLE_KEY_CHARACTERS`]).
    UnaddressableKey {
        /// The first such character.
        character: char,
    },
}

/// The kind of a [`Rule`], without its details: what a caller names to
/// allow a rule for one request (for instance where the platform is more
/// lenient than the metadata: it ignores some columns that are not valid
/// for create, and enforces ApplicationRequired only in its own forms).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum RuleKind {
    /// [`Rule::NotValidForCreate`].
    NotValidForCreate,
    /// [`Rule::NotValidForUpdate`].
    NotValidForUpdate,
    /// [`Rule::TooLong`].
    TooLong,
    /// [`Rule::OutOfRange`].
    OutOfRange,
    /// [`Rule::TooPrecise`].
    TooPrecise,
    /// [`Rule::TargetNotAllowed`].
    TargetNotAllowed,
    /// [`Rule::UnknownChoice`].
    UnknownChoice,
    /// [`Rule::StatusStateMismatch`].
    StatusStateMismatch,
    /// [`Rule::Required`].
    Required,
    /// [`Rule::ClearsRequired`].
    ClearsRequired,
    /// [`Rule::UnaddressableKey`].
    UnaddressableKey,
}

impl Rule {
    /// The rule's kind.
    pub fn kind(&self) -> RuleKind {
        match self {
            Rule::NotValidForCreate => RuleKind::NotValidForCreate,
            Rule::NotValidForUpdate => RuleKind::NotValidForUpdate,
            Rule::TooLong { .. } => RuleKind::TooLong,
            Rule::OutOfRange { .. } => RuleKind::OutOfRange,
            Rule::TooPrecise { .. } => RuleKind::TooPrecise,
            Rule::TargetNotAllowed { .. } => RuleKind::TargetNotAllowed,
            Rule::UnknownChoice { .. } => RuleKind::UnknownChoice,
            Rule::StatusStateMismatch { .. } => RuleKind::StatusStateMismatch,
            Rule::Required => RuleKind::Required,
            Rule::ClearsRequired => RuleKind::ClearsRequired,
            Rule::UnaddressableKey { .. } => RuleKind::UnaddressableKey,
        }
    }
}

/// One broken rule, naming its column.
#[derive(Debug, Clone, PartialEq)]
pub struct Violation {
    /// The navigation properties leading from the record validated to the
    /// record holding the column, for a related record of a deep insert
    /// (`["primarycontactid"]`); empty for the record itself.
    pub path: Vec<String>,
    /// The column's logical name.
    pub column: &'static str,
    /// The rule.
    pub rule: Rule,
}

impl Violation {
    /// A violation of `rule` by `column` of the record itself.
    pub fn new(column: &'static str, rule: Rule) -> Self {
        Violation {
            path: Vec::new(),
            column,
            rule,
        }
    }

    /// The same violation, seen from a record that holds this one's record
    /// under `navigation`.
    pub fn under(mut self, navigation: impl Into<String>) -> Self {
        self.path.insert(0, navigation.into());
        self
    }

    /// The column with its path: `primarycontactid.lastname`.
    pub fn location(&self) -> String {
        let mut location = self.path.join(".");
        if !location.is_empty() {
            location.push('.');
        }
        location.push_str(self.column);
        location
    }
}

impl fmt::Display for Violation {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let column = &self.location();
        match &self.rule {
            Rule::NotValidForCreate => write!(f, "`{column}` cannot be set on create"),
            Rule::NotValidForUpdate => write!(f, "`{column}` cannot be set on update"),
            Rule::TooLong { max_length, length } => write!(
                f,
                "`{column}` is {length} UTF-16 code units long; MaxLength is {max_length}"
            ),
            Rule::OutOfRange { value, min, max } => write!(
                f,
                "`{column}` is {value}, outside {}..={}",
                min.unwrap_or(""),
                max.unwrap_or("")
            ),
            Rule::TooPrecise { value, precision } => write!(
                f,
                "`{column}` is {value}, more than {precision} digits after the decimal point"
            ),
            Rule::TargetNotAllowed { table, allowed } => write!(
                f,
                "`{column}` refers to table `{table}`, which is not among its targets ({})",
                allowed.join(", ")
            ),
            Rule::UnknownChoice { value } => {
                write!(f, "`{column}` is {value}, which is not one of its options")
            }
            Rule::StatusStateMismatch {
                status,
                status_state,
                state,
            } => write!(
                f,
                "`{column}` {status} belongs to state {status_state}, but statecode is {state}"
            ),
            Rule::Required => write!(f, "`{column}` is required on create"),
            Rule::ClearsRequired => write!(f, "`{column}` is required and cannot be cleared"),
            Rule::UnaddressableKey { character } => write!(
                f,
                "`{column}` holds {character:?}, which the Web API cannot take in a key value; \
                 find the record with a $filter on the column instead"
            ),
        }
    }
}

/// A record broke one or more rules; every violation is listed.
#[derive(Debug, Clone, PartialEq)]
pub struct ValidationError {
    /// The table's logical name.
    pub table: &'static str,
    /// What the record was validated for.
    pub operation: Operation,
    /// Every violation, in column order.
    pub violations: Vec<Violation>,
}

impl ValidationError {
    /// Whether any violation concerns `column` (a logical name, or a path
    /// such as `primarycontactid.lastname` for a related record).
    pub fn concerns(&self, column: &str) -> bool {
        self.violations
            .iter()
            .any(|v| v.column == column || v.location() == column)
    }
}

impl fmt::Display for ValidationError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{} {} record is invalid ({} violation{}):",
            self.table,
            self.operation,
            self.violations.len(),
            if self.violations.len() == 1 { "" } else { "s" }
        )?;
        for violation in &self.violations {
            write!(f, "\n  - {violation}")?;
        }
        Ok(())
    }
}

impl std::error::Error for ValidationError {}

/// Checks the set `values` of a `table` record for `operation`.
pub fn validate(
    table: &'static TableMeta,
    values: &[(&'static ColumnMeta, FieldValue<'_>)],
    operation: Operation,
) -> Result<(), ValidationError> {
    let violations = violations(table, values, &[], operation);
    if violations.is_empty() {
        Ok(())
    } else {
        Err(ValidationError {
            table: table.logical_name,
            operation,
            violations,
        })
    }
}

/// Every violation of the set `values` and the `cleared` columns (sent as
/// null) of a `table` record for `operation`, in column order.
pub fn violations(
    table: &'static TableMeta,
    values: &[(&'static ColumnMeta, FieldValue<'_>)],
    cleared: &[&'static ColumnMeta],
    operation: Operation,
) -> Vec<Violation> {
    let mut violations = Vec::new();
    let mut values: Vec<(&'static ColumnMeta, FieldValue<'_>)> = values
        .iter()
        .map(|(column, value)| (*column, value.for_column(column)))
        .collect();
    // Report in column order, whatever order the fields were given in.
    let position = |column: &ColumnMeta| {
        table
            .columns
            .iter()
            .position(|c| std::ptr::eq(c, column))
            .unwrap_or(usize::MAX)
    };
    values.sort_by_key(|(column, _)| position(column));
    for (column, value) in &values {
        check_value(column, value, operation, &mut violations);
    }
    for column in cleared {
        check_cleared(column, operation, &mut violations);
    }
    check_state_and_status(&values, &mut violations);
    if operation.may_create() {
        for column in table.columns {
            let required = column.required_level == RequiredLevel::ApplicationRequired
                && column.valid_for_create;
            if required && !values.iter().any(|(c, _)| std::ptr::eq(*c, column)) {
                violations.push(Violation::new(column.logical_name, Rule::Required));
            }
        }
    }
    // Column order, whatever order values and cleared columns came in.
    violations.sort_by_key(|v| {
        table
            .columns
            .iter()
            .position(|c| c.logical_name == v.column)
            .unwrap_or(usize::MAX)
    });
    violations
}

/// A column sent as null: it must be writable, and not required.
fn check_cleared(
    column: &'static ColumnMeta,
    operation: Operation,
    violations: &mut Vec<Violation>,
) {
    let mut push = |rule| violations.push(Violation::new(column.logical_name, rule));
    if operation.may_create() && !column.valid_for_create {
        push(Rule::NotValidForCreate);
    }
    if operation.may_update() && !column.valid_for_update {
        push(Rule::NotValidForUpdate);
    }
    if matches!(
        column.required_level,
        RequiredLevel::ApplicationRequired | RequiredLevel::SystemRequired
    ) {
        push(Rule::ClearsRequired);
    }
}

fn check_value(
    column: &'static ColumnMeta,
    value: &FieldValue<'_>,
    operation: Operation,
    violations: &mut Vec<Violation>,
) {
    let mut push = |rule| violations.push(Violation::new(column.logical_name, rule));
    if operation.may_create() && !column.valid_for_create {
        push(Rule::NotValidForCreate);
    }
    if operation.may_update() && !column.valid_for_update {
        push(Rule::NotValidForUpdate);
    }
    match value {
        FieldValue::Text(text) => {
            if let Some(max_length) = column.max_length {
                let length = text.encode_utf16().count() as u64;
                if length > max_length {
                    push(Rule::TooLong { max_length, length });
                }
            }
        }
        FieldValue::Integer(number) => {
            let below = column
                .min_value
                .and_then(|b| b.as_i128())
                .is_some_and(|min| i128::from(*number) < min);
            let above = column
                .max_value
                .and_then(|b| b.as_i128())
                .is_some_and(|max| i128::from(*number) > max);
            if below || above {
                push(out_of_range(column, number.to_string()));
            }
        }
        FieldValue::Float(number) => {
            let below = column.min_value.is_some_and(|b| *number < b.as_f64());
            let above = column.max_value.is_some_and(|b| *number > b.as_f64());
            if below || above || !number.is_finite() {
                push(out_of_range(column, number.to_string()));
            }
        }
        FieldValue::Decimal(number) => {
            let below = column
                .min_value
                .and_then(|b| b.as_decimal())
                .is_some_and(|min| *number < min);
            let above = column
                .max_value
                .and_then(|b| b.as_decimal())
                .is_some_and(|max| *number > max);
            if below || above {
                push(out_of_range(column, number.to_string()));
            }
            if let Some(precision) = column.precision {
                if number.normalize().scale() > precision {
                    push(Rule::TooPrecise {
                        value: number.to_string(),
                        precision,
                    });
                }
            }
        }
        FieldValue::Reference { table, .. } => {
            if !column.targets.is_empty() && column.target(table).is_none() {
                push(Rule::TargetNotAllowed {
                    table: table.to_string(),
                    allowed: column.targets.iter().map(|t| t.table).collect(),
                });
            }
        }
        FieldValue::Choice(choice) => {
            if !column.options.is_empty() && column.option(*choice).is_none() {
                push(Rule::UnknownChoice { value: *choice });
            }
        }
        FieldValue::Choices(choices) => {
            for choice in choices {
                if !column.options.is_empty() && column.option(*choice).is_none() {
                    push(Rule::UnknownChoice { value: *choice });
                }
            }
        }
        FieldValue::Bool(_)
        | FieldValue::DateTime(_)
        | FieldValue::Date(_)
        | FieldValue::Uuid(_)
        | FieldValue::Json(_) => {}
    }
}

fn out_of_range(column: &ColumnMeta, value: String) -> Rule {
    Rule::OutOfRange {
        value,
        min: column.min_value.map(|b| b.0),
        max: column.max_value.map(|b| b.0),
    }
}

/// A Status value must belong to the State value set with it.
fn check_state_and_status(
    values: &[(&'static ColumnMeta, FieldValue<'_>)],
    violations: &mut Vec<Violation>,
) {
    let find = |kind| {
        values.iter().find_map(|(column, value)| match value {
            FieldValue::Choice(v) if column.kind == kind => Some((*column, *v)),
            _ => None,
        })
    };
    let (Some((_, state)), Some((status_column, status))) =
        (find(ColumnKind::State), find(ColumnKind::Status))
    else {
        return;
    };
    if let Some(status_state) = status_column.option(status).and_then(|o| o.state) {
        if status_state != state {
            violations.push(Violation::new(
                status_column.logical_name,
                Rule::StatusStateMismatch {
                    status,
                    status_state,
                    state,
                },
            ));
        }
    }
}
