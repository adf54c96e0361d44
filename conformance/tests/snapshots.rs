//! Every fixture's output under runnel must equal its snapshot, which was
//! recorded from node (see conformance/record.sh). No node needed here.
//!
//! With `RUNNEL_CONFORMANCE_RECORD=node` the fixtures run under node
//! instead, and `INSTA_UPDATE=always` writes what node printed as the new
//! snapshots: that is the only way snapshots are made.

use conformance::{expected_differences, fixtures, par_map, run, run_as_runnel_if_asked, snapshots_dir, Engine};

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
    // Timing fixtures keep 100 ms margins, which a loaded 2-core machine
    // can miss while fixtures run in parallel: a result that differs from
    // its snapshot is run once more, alone, before it counts. (A real
    // difference is deterministic and fails both times.)
    let outcomes: Vec<_> = all
        .iter()
        .zip(outcomes)
        .map(|(fx, outcome)| {
            if engine == Engine::Runnel && outcome.render().trim_end_matches('\n') != recorded(fx) {
                run(fx, engine)
            } else {
                outcome
            }
        })
        .collect();
    let expected = if engine == Engine::Runnel { expected_differences() } else { Default::default() };
    let mut failed = Vec::new();
    let mut known = Vec::new();
    for (fx, outcome) in all.iter().zip(outcomes) {
        let rendered = outcome.render();
        if let Some(why) = expected.get(&fx.id()) {
            // Listed as not matching yet: compare without insta, and insist
            // the entry goes once it matches.
            if recorded(fx) == rendered.trim_end_matches('\n') {
                println!("NOW MATCHES (remove it from conformance/expected-differences.txt): {}", fx.id());
                failed.push(fx.id());
            } else {
                known.push(format!("{}  ({why})", fx.id()));
            }
            continue;
        }
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
    let passed = all.len() - failed.len() - known.len();
    println!();
    for k in &known {
        println!("known difference: {k}");
    }
    for f in &failed {
        println!("FAILED: {f}");
    }
    println!(
        "conformance snapshots ({:?}): {passed} passed, {} failed, {} skipped",
        engine,
        failed.len(),
        known.len()
    );
    if all.is_empty() {
        println!("no fixtures found");
        std::process::exit(1);
    }
    if !failed.is_empty() {
        std::process::exit(1);
    }
}

/// The output a fixture's snapshot file records (after insta's header).
fn recorded(fx: &conformance::Fixture) -> String {
    let path = snapshots_dir().join(format!("{}.snap", fx.id()));
    let snap = std::fs::read_to_string(&path).unwrap_or_default();
    snap.splitn(3, "---\n").nth(2).unwrap_or("").trim_end_matches('\n').to_string()
}
