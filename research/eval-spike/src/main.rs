//! Evaluator-representation spike. Usage: spike <a|b|c> <program> [opt...]
//! opts: vec (one Vec per call, A only), refcell (generic boxed cells), nofuse (B, C).
mod a_dyn;
mod b_typed;
mod c_enum;
mod frame;
mod ir;
mod programs;
mod sched;
mod value;

use std::time::Instant;
use value::Opts;

fn main() {
    let args: Vec<String> = std::env::args().collect();
    if args.len() < 3 {
        eprintln!("usage: spike <a|b|c> <{}> [vec] [refcell] [nofuse]", programs::NAMES.join("|"));
        std::process::exit(2);
    }
    let has = |s: &str| args[3..].iter().any(|a| a == s);
    let opts = Opts { vec_per_call: has("vec"), cell_int: !has("refcell"), fuse: !has("nofuse") };
    let name = args[2].clone();
    let prog = programs::build(&name);
    let t0 = Instant::now();
    let result = match args[1].as_str() {
        "a" => sched::run_goroutine(move || a_dyn::compile(&prog, opts)()),
        "b" => sched::run_goroutine(move || b_typed::compile(&prog, opts)()),
        "c" => sched::run_goroutine(move || c_enum::compile(&prog, opts)()),
        d => panic!("unknown design {d}"),
    };
    let dt = t0.elapsed();
    let ok = result == programs::expected(&name);
    let yields = sched::YIELDS.with(|c| c.get());
    print!("{} {} {:?} result={} ok={} time={:.3}s yields={}", args[1], name, opts, result, ok, dt.as_secs_f64(), yields);
    if cfg!(feature = "stackprobe") {
        let min = sched::MIN_SP.with(|m| m.get());
        print!(" min_sp={min:#x}");
    }
    println!();
    if !ok {
        std::process::exit(1);
    }
}
