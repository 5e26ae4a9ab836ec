fn main() {
    let result = dataverse_build::Builder::new()
        .schema_dir("../../schema/tables")
        .config_file("dataverse.yaml")
        .and_then(|builder| builder.generate("dataverse.rs"));
    if let Err(error) = result {
        eprintln!("error: {error}");
        std::process::exit(1);
    }
}
