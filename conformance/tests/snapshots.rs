//! Every fixture's output under runnel must equal its snapshot, which was
//! recorded from node (see conformance/record.sh). No node needed here.
//!
//! With `RUNNEL_CONFORMANCE_RECORD=node` the fixtures run under node
//! instead, and `INSTA_UPDATE=always` writes what node printed as the new
//! snapshots: that is the only way snapshots are made.

use conformance::{fixtures, par_map, run, run_as_runnel_if_asked, snapshots_dir, Engine};

fn main() {
    run_as_runnel_if_asked();
    let engine = match std::env::var("RUNNEL_CONFORMANCE_RECORD").as_deref() {
        Ok("node") => Engine::Node,
        _ => Engine::Runnel,
    };
    let filter = std::env::args().skip(1).find(|a| !a.starts_with('-'));
    let all: Vec<_> = fixtures()
        .into_iter()
        .filter(|f| filter.as_ref().is_none_or(|p| f.id().contains(p.as_str())))
        .collect();
    let outcomes = par_map(&all, |fx| run(fx, engine));
    let mut failed = Vec::new();
    for (fx, outcome) in all.iter().zip(outcomes) {
        let rendered = outcome.render();
        let result = std::panic::catch_unwind(|| {
            insta::with_settings!({
                snapshot_path => snapshots_dir(),
                prepend_module_to_snapshot => false,
                omit_expression => true,
                description => format!("fixtures/{}/{} (recorded from node)", fx.area, fx.name),
            }, {
                insta::assert_snapshot!(fx.id(), rendered);
            });
        });
        if result.is_err() {
            failed.push(fx.id());
        }
    }
    let passed = all.len() - failed.len();
    println!();
    for f in &failed {
        println!("FAILED: {f}");
    }
    println!("conformance snapshots ({:?}): {passed} passed, {} failed", engine, failed.len());
    if all.is_empty() {
        println!("no fixtures found");
        std::process::exit(1);
    }
    if !failed.is_empty() {
        std::process::exit(1);
    }
}
