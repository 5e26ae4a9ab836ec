dataverse::entities!("tests/schema/nope.yaml");

fn main() {}
