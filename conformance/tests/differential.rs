//! Runs every fixture under node and under runnel now and reports each
//! difference of (normalised) stdout, stderr and exit code. When node v20
//! is not installed it says so and checks nothing.

use conformance::{expected_differences, fixtures, node_available, par_map, run, run_as_runnel_if_asked, Engine};

fn main() {
    run_as_runnel_if_asked();
    if !node_available() {
        println!("differential: node v20 is not installed: runnel was NOT compared with node (0 passed, 0 failed)");
        return;
    }
    let filter = std::env::args().skip(1).find(|a| !a.starts_with('-'));
    let all: Vec<_> = fixtures()
        .into_iter()
        .filter(|f| filter.as_ref().is_none_or(|p| f.id().contains(p.as_str())))
        .collect();
    let expected = expected_differences();
    let results = par_map(&all, |fx| (run(fx, Engine::Node).render(), run(fx, Engine::Runnel).render()));
    // As in the snapshot test: a difference is run once more, alone, before
    // it counts (timing fixtures on a loaded machine).
    let results: Vec<_> = all
        .iter()
        .zip(results)
        .map(|(fx, (node, runnel))| {
            if node == runnel {
                (node, runnel)
            } else {
                (run(fx, Engine::Node).render(), run(fx, Engine::Runnel).render())
            }
        })
        .collect();
    let (mut failed, mut known) = (0, 0);
    for (fx, (node, runnel)) in all.iter().zip(&results) {
        let listed = expected.get(&fx.id());
        match (node == runnel, listed) {
            (true, None) => {}
            (true, Some(_)) => {
                failed += 1;
                println!("=== NOW MATCHES (remove it from conformance/expected-differences.txt): {}", fx.id());
            }
            (false, Some(why)) => {
                known += 1;
                println!("=== KNOWN DIFFERENCE ({why}): fixtures/{}/{}", fx.area, fx.name);
                print_diff(node, runnel);
            }
            (false, None) => {
                failed += 1;
                println!("=== DIFFERENT: fixtures/{}/{}", fx.area, fx.name);
                print_diff(node, runnel);
            }
        }
    }
    println!("differential: {} passed, {} failed, {} skipped", all.len() - failed - known, failed, known);
    if failed > 0 {
        std::process::exit(1);
    }
}

/// A line diff good enough to read: lines only in node's output get `-`,
/// lines only in runnel's get `+`.
fn print_diff(node: &str, runnel: &str) {
    let a: Vec<&str> = node.lines().collect();
    let b: Vec<&str> = runnel.lines().collect();
    // Longest common subsequence table, small inputs only.
    let (n, m) = (a.len(), b.len());
    let mut lcs = vec![vec![0u32; m + 1]; n + 1];
    for i in (0..n).rev() {
        for j in (0..m).rev() {
            lcs[i][j] = if a[i] == b[j] { lcs[i + 1][j + 1] + 1 } else { lcs[i + 1][j].max(lcs[i][j + 1]) };
        }
    }
    let (mut i, mut j) = (0, 0);
    while i < n || j < m {
        if i < n && j < m && a[i] == b[j] {
            println!("  {}", a[i]);
            i += 1;
            j += 1;
        } else if j < m && (i == n || lcs[i][j + 1] >= lcs[i + 1][j]) {
            println!("+ {}", b[j]);
            j += 1;
        } else {
            println!("- {}", a[i]);
            i += 1;
        }
    }
}
