//! The `.env` file format of `--env-file`, `process.loadEnvFile()` and
//! `util.parseEnv()`.
//!
//! Node 20's parser is a small hand-written scanner with quirks that
//! scripts can observe (a line without `=` becomes part of the next key,
//! an unterminated quote at the end of the input drops the entry, keys
//! come out sorted). This is our own scanner written to the same rules,
//! each checked against node:
//! - every `\r` is removed, then spaces around the whole input;
//! - at the start of an entry, an empty line or a `#` line is skipped;
//! - the key is everything up to the next `=` (even across lines), with
//!   spaces trimmed and a leading `export ` removed; no `=` left, or an
//!   empty key, ends the parse;
//! - a value opening with `"`, `'` or `` ` `` runs to the next same quote
//!   (across lines; `\n` is expanded inside `"`); the rest of that line is
//!   ignored. Without a closing quote the value is read unquoted, and if no
//!   line follows either, the entry is dropped;
//! - an unquoted value runs to the end of the line, is cut at `#`, and has
//!   spaces trimmed;
//! - a later entry for the same key wins.

use std::collections::BTreeMap;

/// Parses `.env` content into its entries, sorted by key as node's are.
pub fn parse(content: &str) -> BTreeMap<String, String> {
    let without_cr: String = content.chars().filter(|&c| c != '\r').collect();
    let mut rest = trim_spaces(&without_cr);
    let mut entries = BTreeMap::new();
    while !rest.is_empty() {
        if rest.starts_with('\n') || rest.starts_with('#') {
            match rest.find('\n') {
                Some(nl) => rest = &rest[nl + 1..],
                None => break,
            }
            continue;
        }
        let Some(eq) = rest.find('=') else { break };
        let mut key = trim_spaces(&rest[..eq]);
        if let Some(stripped) = key.strip_prefix("export ") {
            key = stripped;
        }
        if key.is_empty() {
            break;
        }
        rest = rest[eq + 1..].trim_start_matches(' ');
        if rest.is_empty() {
            entries.insert(key.to_string(), String::new());
            break;
        }
        if let Some(quote) = rest.chars().next().filter(|c| matches!(c, '"' | '\'' | '`')) {
            if let Some(close) = rest[1..].find(quote) {
                let inner = &rest[1..1 + close];
                let value = if quote == '"' { inner.replace("\\n", "\n") } else { inner.to_string() };
                entries.insert(key.to_string(), value);
                let after = &rest[1 + close + 1..];
                rest = match after.find('\n') {
                    Some(nl) => &after[nl + 1..],
                    None => "",
                };
                continue;
            }
            if !rest.contains('\n') {
                break;
            }
        }
        let (line, next) = match rest.find('\n') {
            Some(nl) => (&rest[..nl], &rest[nl + 1..]),
            None => (rest, ""),
        };
        let line = line.find('#').map_or(line, |hash| &line[..hash]);
        entries.insert(key.to_string(), trim_spaces(line).to_string());
        rest = next;
    }
    entries
}

/// Trims spaces only: node's parser keeps tabs.
fn trim_spaces(s: &str) -> &str {
    s.trim_matches(' ')
}

#[cfg(test)]
mod tests {
    use super::parse;

    fn pairs(content: &str) -> Vec<(String, String)> {
        parse(content).into_iter().collect()
    }

    fn p(list: &[(&str, &str)]) -> Vec<(String, String)> {
        list.iter().map(|(k, v)| (k.to_string(), v.to_string())).collect()
    }

    // Expected values are what node v20.20's util.parseEnv returned.
    #[test]
    fn basic_lines_comments_and_export() {
        assert_eq!(pairs("A=1\nexport B = two words  \nD=val # c\n#x=1\n"),
                   p(&[("A", "1"), ("B", "two words"), ("D", "val")]));
        assert_eq!(pairs("  export   A=2"), p(&[("  A", "2")]));
        assert_eq!(pairs("A=1\n  #c\nB=2"), p(&[("#c\nB", "2"), ("A", "1")]));
    }

    #[test]
    fn quotes() {
        assert_eq!(pairs("F=\"multi\nline\\nesc\""), p(&[("F", "multi\nline\nesc")]));
        assert_eq!(pairs("E='raw\\n'"), p(&[("E", "raw\\n")]));
        assert_eq!(pairs("A=\"x\\\"y\""), p(&[("A", "x\\")]));
        assert_eq!(pairs("A=\"q\nB=2"), p(&[("A", "\"q"), ("B", "2")]));
        assert_eq!(pairs("B=1\nA=\"x"), p(&[("B", "1")]));
    }

    #[test]
    fn odd_keys_and_ends() {
        assert_eq!(pairs("A\nB\nC=3\nD"), p(&[("A\nB\nC", "3")]));
        assert_eq!(pairs("=v\nB=1"), p(&[]));
        assert_eq!(pairs("A=1\rB=2"), p(&[("A", "1B=2")]));
        assert_eq!(pairs("A="), p(&[("A", "")]));
        assert_eq!(pairs("A= \t tab \t"), p(&[("A", "\t tab \t")]));
    }
}
