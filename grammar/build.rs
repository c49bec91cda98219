fn main() {
    println!("cargo:rerun-if-changed=src/go.lalrpop");
    lalrpop::Configuration::new()
        .use_cargo_dir_conventions()
        .process()
        .expect("lalrpop failed to generate the Go parser");
}
