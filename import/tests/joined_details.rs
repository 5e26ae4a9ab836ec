//! A newer-layout State/Status Details cell copied with pipes but with its
//! lines joined (`| 0 | Label: Active DefaultStatus: 1 InvariantName: Active |`)
//! imports as the separate fields, not as one long label.

use dataverse_import::import_str;
use dataverse_schema::OptionValue;

const GADGET: &str = include_str!("fixtures/gadget_pipes.txt");

fn option(
    value: i64,
    label: &str,
    state: Option<i64>,
    default_status: Option<i64>,
    invariant_name: Option<&str>,
    transition_data: Option<&str>,
) -> OptionValue {
    OptionValue {
        state,
        default_status,
        invariant_name: invariant_name.map(str::to_string),
        transition_data: transition_data.map(str::to_string),
        ..OptionValue::new(value, label)
    }
}

#[test]
fn joined_state_details_are_split_into_fields() {
    let table = import_str(GADGET).unwrap_or_else(|e| panic!("{e}"));
    let state = table.column("statecode").expect("statecode");
    assert_eq!(
        state.options,
        [
            option(0, "Active", None, Some(1), Some("Active"), None),
            option(1, "On Hold Again", None, Some(3), Some("OnHold"), None),
        ]
    );
}

#[test]
fn joined_status_details_are_split_into_fields() {
    let table = import_str(GADGET).unwrap_or_else(|e| panic!("{e}"));
    let status = table.column("statuscode").expect("statuscode");
    // `State:0` without a space, as real pages write it, and `State: 1`.
    assert_eq!(
        status.options,
        [
            option(1, "Active", Some(0), None, None, Some("None")),
            option(3, "Waiting for parts", Some(1), None, None, Some("None")),
        ]
    );
}

#[test]
fn the_joined_cell_gives_what_separate_lines_give() {
    let separate = GADGET
        .replace(" DefaultStatus:", "<br>DefaultStatus:")
        .replace(" InvariantName:", "<br>InvariantName:")
        .replace(" State:", "<br>State:")
        .replace(" TransitionData:", "<br>TransitionData:");
    assert_ne!(separate, GADGET);
    let joined = import_str(GADGET).unwrap();
    let split = import_str(&separate).unwrap();
    assert_eq!(joined, split);
}
