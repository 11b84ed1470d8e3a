#!/usr/bin/python3
"""Writes the generated part of the bad-input corpus into a folder (default build/bad-generated).

Each case is one jezsim command line (run from the source root) with the exit code it must give
and a fragment its one-line stderr must contain; generated/cases.tsv lists them as
ID<TAB>EXIT<TAB>FRAGMENT<TAB>ARGS (ARGS shell-quoted). ctest writes the folder (the fixture
bad_corpus_generate) and tests/cli/bad_corpus_generated_test.cpp runs every case; the output
is the same on every run. Usage: generate_cases.py [OUTDIR]

Cases:
- every numeric value of two scenarios (the small test one and the shipped 2017 one) made a
  word, NaN, a list or a quoted string; an unknown key and a repeated key in every map;
- the same numeric values set wrong by --set;
- hostile files: control characters and invalid UTF-8, a second document, tags, alias bombs,
  deep nesting, oversized files and devices, counterfactual cycles and chains, duplicate routes,
  unknown owner sides, projects online after the horizon, and inputs that are valid but odd
  (BOM, CRLF) with their documented acceptance;
- sweep files too large to run (replications 1e9, samples 1e9, Sobol 2^30, 10^12-point grids);
- command lines: unknown subcommands and options, values out of range, empty names;
- IO tables with a bad cell at every position.
"""
import os
import shlex
import shutil
import sys

import yaml

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from yaml_mutations import base_text, child, insert_key, numeric, splice, walk  # noqa: E402

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__)))))
OUT = os.path.abspath(sys.argv[1] if len(sys.argv) > 1 else os.path.join(ROOT, "build", "bad-generated"))
OUT_REL = OUT
SMALL = "tests/data/scenarios/kurils-small.yaml"
SHIPPED = "scenarios/southern-kurils-2017.yaml"
UNKNOWN = "zzz_unknown_key"

cases = []


def case(cid, code, fragment, *args):
    assert "\t" not in fragment and "\n" not in fragment, cid
    cases.append((cid, code, fragment, " ".join(shlex.quote(a) for a in args)))


def write(name, content):
    path = os.path.join(OUT, name)
    with open(path, "wb") as f:
        f.write(content if isinstance(content, bytes) else content.encode())
    return f"{OUT_REL}/{name}"


def scenario_mutations(tag, rel, mutations):
    text = base_text(rel)
    root = yaml.compose(text)
    n = 0
    for kind, node, path in walk(root, ""):
        if kind == "scalar" and numeric(node):
            for m in mutations:
                value = {"word": "lots", "nan": ".nan", "list": "[1, 2]",
                         "quoted": f"'{node.value}'"}[m]
                f = write(f"{tag}-{n:03d}-{m}.yaml",
                          splice(text, node.start_mark.index, node.end_mark.index, value))
                # A key that takes a number or a dated path ([{from, value}]) names the list's
                # first item when it is given a list of numbers.
                fragment = f"{path}" if m == "list" else f"{path}: expected"
                case(f"{tag}-{n:03d}-{m}", 2, fragment, "validate", f)
            n += 1
        elif kind == "map" and node.value:
            f = write(f"{tag}-{n:03d}-unknown-key.yaml", insert_key(text, node, f"{UNKNOWN}: 0"))
            case(f"{tag}-{n:03d}-unknown-key", 2, f"{child(path, UNKNOWN)}: expected", "validate", f)
            if tag == "small":
                k, v = node.value[0]
                dup = text[k.start_mark.index:v.end_mark.index]
                f = write(f"{tag}-{n:03d}-repeated-key.yaml", insert_key(text, node, dup))
                case(f"{tag}-{n:03d}-repeated-key", 2, f"found '{k.value}' again", "validate", f)
            n += 1


def set_mutations():
    root = yaml.compose(base_text(SMALL))
    n = 0
    for kind, node, path in walk(root, ""):
        if kind == "scalar" and numeric(node) and path != "jezsim":
            case(f"set-{n:03d}-word", 2, f"{path}: expected", "validate", SMALL, "--set",
                 f"{path}=lots")
            n += 1
    for i, (arg, fragment) in enumerate([
        ("routes[99].voyage_h=1", "no such item (routes has 3 items)"),
        ("routes.no-such-route.voyage_h=1", "has no item named 'no-such-route'"),
        ("routes[0].voyage_hours=1", "routes[0].voyage_hours: expected a key of a route"),
        ("voyage_h", "found no '='"),
        ("=1", "expected a key path"),
        ("routes..voyage_h=1", "expected a key path"),
        ("routes[0]]=1", "expected a key path"),
        ("routes[9999999999].voyage_h=1", "expected a key path"),
        ("seed=!foo 1", "found the tag '!foo'"),
        ("seed=!!str 1", "found the tag"),
        ("seed=[1", "malformed YAML"),
        ("seed={a: 1}", "expected a single value, found a map"),
        ("routes=1", "expected the path of a single value, found a list"),
        ("routes[0]=1", "expected the path of a single value, found a map"),
        ("seed=-1", "seed: expected"),
        ("seed=99999999999999999999999", "seed: expected"),
        ("time.end=2016-01", "time.end: expected a month not before time.start"),
        ("name=../x", "name: expected a name usable as a folder name"),
        ("seed=a\x1bb", "\\x1b"),
        ("economy.table=no-such.csv", "economy.table: expected an IO table CSV file"),
        ("economy.table=/", "economy.table"),
        ("economy.table=/dev/zero", "economy.table: expected an IO table CSV file, found a device or a pipe at /dev/zero, not a file"),
        ("economy.table=/dev/stdin", "found a device or a pipe"),
    ]):
        case(f"set-special-{i:02d}", 2, fragment, "validate", SMALL, "--set", arg)


def hostile_files():
    small = base_text(SMALL)
    shipped = base_text(SHIPPED)
    # Control characters and bad UTF-8, in a key that is refused: the message quotes it escaped.
    for i, (raw, shown) in enumerate([
        (b"\x1c", "\\x1c"), (b"\x0b", "\\x0b"), (b"\x1b[31m", "\\x1b[31m"), (b"\x7f", "\\x7f"),
        (b"\x01", "\\x01"), (b"\x08", "\\x08"), (b"\xc2\x85", "\\xc2\\x85"),
        (b"\xc2\x9b", "\\xc2\\x9b"), (b"\xff", "\\xff"), (b"\xc3\x28", "\\xc3"),
        (b"\xc0\xaf", "\\xc0\\xaf"), (b"\xed\xa0\x80", "\\xed\\xa0\\x80"),
        (b"\xf4\x90\x80\x80", "\\xf4\\x90\\x80\\x80"), (b"\xe2\x82", "\\xe2\\x82"),
    ]):
        bad = small.encode().replace(b"    voyage_h: 3.5", b"    voy" + raw + b"age_h: 3.5", 1)
        f = write(f"control-{i:02d}.yaml", bad)
        case(f"control-{i:02d}", 2, shown, "validate", f)
    f = write("control-in-value.yaml", small.replace("voyage_h: 3.5", 'voyage_h: "3\\x1c5"', 1))
    case("control-in-value", 2, "\\x1c", "validate", f)
    f = write("carriage-return-key.yaml", small.replace("voyage_h: 26", '"voy\\rage": 26', 1))
    case("carriage-return-key", 2, "\\x0d", "validate", f)
    f = write("nul-byte.yaml", small.encode().replace(b"title:", b"ti\x00tle:", 1))
    case("nul-byte", 2, "nul-byte.yaml", "validate", f)
    # Several documents, tags.
    f = write("second-document.yaml", small + "---\nseed: 3\n")
    case("second-document", 2, "expected one YAML document, found more after it", "validate", f)
    f = write("second-empty-document.yaml", small + "---\n")
    case("second-empty-document", 2, "expected one YAML document", "validate", f)
    f = write("document-end-then-more.yaml", small + "...\n---\nfoo: 1\n")
    case("document-end-then-more", 2, "expected one YAML document", "validate", f)
    for i, (old, new, fragment) in enumerate([
        ("seed: 42", "seed: !foo 42", "seed: expected a plain value (jezsim reads no YAML tags), found the tag '!foo'"),
        ("seed: 42", "seed: !!str 42", "seed: expected a plain value"),
        ("seed: 42", "seed: !!int 42", "found the tag 'tag:yaml.org,2002:int'"),
        ("time: {", "time: !foo {", "time: expected a plain value"),
        ("regions:\n", "regions: !!seq\n", "regions: expected a plain value"),
        ("    voyage_h: 3.5", "    voyage_h: !<tag:x> 3.5", "routes[0].voyage_h: expected a plain value"),
        ("jezsim: 1", "%TAG !e! tag:example.com,2000:\n---\njezsim: !e!one 1", "found the tag"),
    ]):
        f = write(f"tag-{i}.yaml", small.replace(old, new, 1))
        case(f"tag-{i}", 2, fragment, "validate", f)
    # Aliases: a tree of 10^9 values from a few hundred bytes.
    bomb = "a0: &a0 [1, 1, 1, 1, 1, 1, 1, 1, 1, 1]\n" + "".join(
        f"a{k}: &a{k} [" + ", ".join([f"*a{k - 1}"] * 10) + "]\n" for k in range(1, 9))
    f = write("alias-bomb.yaml", small.replace("title:", bomb + "title:", 1))
    case("alias-bomb", 2, "expected at most 1000000 values (counting each use of an alias)",
         "validate", f)
    f = write("alias-bomb-only.yaml", bomb)
    case("alias-bomb-only", 2, "at most 1000000 values", "validate", f)
    f = write("alias-to-routes.yaml", small.replace("routes:\n", "routes: &r\n", 1).replace(
        "economy:", "extra_routes: *r\neconomy:", 1))
    case("alias-to-routes", 2, "extra_routes: expected a key of a scenario", "validate", f)
    f = write("undefined-alias.yaml", small.replace("seed: 42", "seed: *nothing", 1))
    case("undefined-alias", 2, "malformed YAML", "validate", f)
    # Deep nesting, long lines, oversized files.
    for depth in (100, 10000, 200000):
        f = write(f"deep-list-{depth}.yaml", small + "deep: " + "[" * depth + "]" * depth + "\n")
        case(f"deep-list-{depth}", 2, "levels of nesting" if depth <= 100 else "YAML", "validate", f)
    f = write("deep-map.yaml", small + "deep: " + "{a: " * 5000 + "1" + "}" * 5000 + "\n")
    case("deep-map", 2, "YAML", "validate", f)
    f = write("long-key.yaml", small.replace("seed: 42", "x" * 200000 + ": 42", 1))
    case("long-key", 2, "malformed YAML", "validate", f)
    f = write("long-value.yaml", small.replace("seed: 42", "seed: " + "9" * 200000, 1))
    case("long-value", 2, "seed: expected", "validate", f)
    f = write("too-large.yaml", small + ("# padding " + "x" * 90 + "\n") * 6000)
    case("too-large", 2, "expected a file of at most 512 KiB (524288 bytes), found 6", "validate", f)
    f = write("many-items.yaml", "jezsim: 1\nitems: [" + "0," * 262000 + "0]\n")
    case("many-items", 2, "items: expected a key of a scenario", "validate", f)
    f = write("many-items-small.yaml", small + "items: [" + "0, " * 100000 + "0]\n")
    case("many-items-small", 2, "items: expected a key of a scenario", "validate", f)
    case("dev-zero", 2, "found more than 524288 bytes", "validate", "/dev/zero")
    case("dev-zero-run", 2, "found more than 524288 bytes", "run", "/dev/zero", "-o",
         "/tmp/jezsim-never-written")
    case("folder", 2, "it is a folder, not a file", "validate", OUT_REL)
    case("dev-null", 2, "found an empty file", "validate", "/dev/null")
    # Odd top levels.
    for i, (content, fragment) in enumerate([
        ("", "1:1: (top level): expected a scenario"), ("# only a comment\n", "(top level): expected a scenario"),
        ("---\n", "(top level)"), ("~\n", "(top level)"), ("[]\n", "found a list"),
        ("42\n", "found '42'"), ("'text'\n", "(top level)"), ("- a\n- b\n", "found a list of 2 items"),
        ("jezsim: 1\n", "time: expected a value for this required key"),
        ("jezsim: 2\n", "jezsim: expected 1"), ("{jezsim: 1, jezsim: 1}\n", "found 'jezsim' again"),
        ("jezsim 1\n", "(top level)"), ("\tjezsim: 1\n", "malformed YAML"),
        ("jezsim: [1\n", "malformed YAML"), ("jezsim: {a: 1\n", "malformed YAML"),
        ('jezsim: "1\n', "jezsim: expected 1"), ("? [a, b]\n: 1\n", "expected"),
        ("&a [*a]\n", "levels of nesting"), ("a: &a {b: *a}\n", "levels of nesting"),
    ]):
        f = write(f"top-{i:02d}.yaml", content)
        case(f"top-{i:02d}", 2, fragment, "validate", f)
    # Valid but unusual files: accepted (docs/scenario-format.md, "What a scenario file may be").
    f = write("accepted-bom.yaml", "\ufeff" + small)
    case("accepted-bom", 0, "valid: scenario 'kurils-small'", "validate", f)
    f = write("accepted-crlf.yaml", small.replace("\n", "\r\n"))
    case("accepted-crlf", 0, "valid: scenario 'kurils-small'", "validate", f)
    f = write("accepted-document-start.yaml", "---\n" + small + "...\n")
    case("accepted-document-start", 0, "valid", "validate", f)
    # Counterfactual cycles and chains.
    def with_cf(name, target):
        return write(name, small.replace("seed: 42", f"seed: 42\ncounterfactual: {target}", 1))
    a = with_cf("cycle2-a.yaml", "cycle2-b.yaml")
    with_cf("cycle2-b.yaml", "cycle2-a.yaml")
    case("cycle2", 2, "a cycle of counterfactuals: cycle2-a.yaml -> cycle2-b.yaml -> cycle2-a.yaml",
         "validate", a)
    a = with_cf("cycle3-a.yaml", "cycle3-b.yaml")
    with_cf("cycle3-b.yaml", "cycle3-c.yaml")
    with_cf("cycle3-c.yaml", "./cycle3-a.yaml")
    case("cycle3", 2, "cycle3-b.yaml:", "validate", a)
    case("cycle3-chain", 2, "a chain of counterfactuals: cycle3-a.yaml -> cycle3-b.yaml -> cycle3-c.yaml",
         "validate", a)
    a = with_cf("chain-a.yaml", "chain-b.yaml")
    with_cf("chain-b.yaml", "chain-c.yaml")
    write("chain-c.yaml", small)
    case("chain3", 2, "expected a baseline scenario without a counterfactual of its own", "validate", a)
    f = with_cf("cycle-self-dot.yaml", f"../{os.path.basename(OUT)}/cycle-self-dot.yaml")
    case("cycle-self", 2, "another scenario file than this one", "validate", f)
    f = with_cf("cycle-in-run.yaml", "cycle2-a.yaml")
    case("cycle-in-run", 2, "a chain of counterfactuals", "run", f, "-o", "/tmp/jezsim-never-written")
    # Routes, owners, online months.
    dup = ("  - {name: kunashiri-nemuro, from: kunashiri, to: nemuro, distance_km: 80, voyage_h: 3.5,"
           " cargo_capacity_t: 400, handling_t_per_h: 100, sailings_per_week: 2}\neconomy:")
    f = write("route-duplicate-reversed.yaml", small.replace("economy:", dup, 1))
    case("route-duplicate-reversed", 2,
         "routes[3].to: expected one route between two regions (routes serve both directions), found "
         "route 'kunashiri-nemuro' from 'kunashiri' to 'nemuro', and route 'nemuro-kunashiri'",
         "validate", f)
    f = write("route-duplicate-same.yaml", small.replace("economy:", dup.replace(
        "from: kunashiri, to: nemuro", "from: nemuro, to: kunashiri"), 1))
    case("route-duplicate-same", 2, "and route 'nemuro-kunashiri' between them already (at line 15",
         "validate", f)
    for i, side in enumerate(["japn", "china", "Japan", "rus-sia"]):
        f = write(f"owner-{i}.yaml", shipped.replace("owners: {japan: 0.5,", f"owners: {{'{side}': 0.5,", 1))
        case(f"owner-{i}", 2, "expected an owner side: 'japan' or 'russia'", "validate", f)
    f = write("owner-suggestion.yaml", shipped.replace("owners: {japan:", "owners: {japn:", 1))
    case("owner-suggestion", 2, "found 'japn' (did you mean 'japan'?)", "validate", f)
    for i, month in enumerate(["2100-01", "2100-12", "9999-12"]):
        f = write(f"online-after-horizon-{i}.yaml", shipped.replace("online: 2019-04", f"online: {month}", 1))
        case(f"online-after-horizon-{i}", 2,
             f"sectors.aquaculture.projects[0].online: expected a month not after the horizon's end", "validate", f)


def sweeps():
    base = f"{ROOT}/tests/data/scenarios/kurils-small.yaml"
    param = "  routes.korsakov-etorofu.sailings_per_week: [0.5, 1]\n"
    for i, (body, fragment) in enumerate([
        ("method: random\nsamples: 100\nreplications: 1000000\n", "expected a sweep of at most 10000000 runs (points x replications), found 100 points x 1000000 replications"),
        ("method: random\nsamples: 1000000000\n", "samples: expected a sweep of at most 10000000 runs"),
        ("method: random\nsamples: 18446744073709551615\nreplications: 1000000\n", "over 10^19 runs"),
        ("method: sobol\nsamples: 1073741824\n", "= 3221225472 runs"),
        ("method: sobol\nsamples: 4194304\n", "samples: expected a sweep of at most 10000000 runs"),
        ("method: lhs\nsamples: 10000000\nreplications: 2\n", "at most 10000000 runs"),
        ("method: grid\nreplications: 11\n", None),
    ]):
        if fragment is None:
            continue
        f = write(f"sweep-size-{i}.yaml", f"base: {base}\n{body}parameters:\n{param}")
        case(f"sweep-size-{i}", 2, fragment, "plan", f)
    levels = "[" + ", ".join(str(k) for k in range(1000)) + "]"
    grid = "".join(f"  p{k}: {levels}\n" for k in range(4))
    f = write("sweep-grid-1e12.yaml", f"base: {base}\nmethod: grid\nparameters:\n{grid}")
    case("sweep-grid-1e12", 2, "parameters: expected a sweep of at most 10000000 runs (points x "
         "replications), found 1000000000000 points", "plan", f)
    grid = "".join(f"  p{k}: [1, 2]\n" for k in range(70))
    f = write("sweep-grid-overflow.yaml", f"base: {base}\nmethod: grid\nparameters:\n{grid}")
    case("sweep-grid-overflow", 2, "found over 10^19 points", "plan", f)
    lhs = "".join(f"  p{k}: {{dist: uniform, min: 0, max: 1}}\n" for k in range(20))
    f = write("sweep-lhs-cells.yaml", f"base: {base}\nmethod: lhs\nsamples: 1000000\nparameters:\n{lhs}")
    case("sweep-lhs-cells", 2, "samples: expected at most 10000000 samples x parameters", "plan", f)
    for i, (content, fragment) in enumerate([
        ("", ":1:1: (top level): expected a sweep"), ("# nothing\n", ":1:1: (top level): expected a sweep"),
        ("[]\n", "(top level): expected a sweep"),
        (f"base: {base}\nmethod: grid\nparameters:\n{param}---\n", "expected one YAML document"),
        (f"base: {base}\nmethod: !foo grid\nparameters:\n{param}", "found the tag '!foo'"),
        (f"base: {base}\nmethod: grid\nparameters:\n  x\x1by: [1]\n", "\\x1b"),
        (f"base: {base}\nmethod: grid\nreplications: 0\nparameters:\n{param}", "replications: expected a whole number from 1"),
        (f"base: {base}\nmethod: grid\nreplications: -1\nparameters:\n{param}", "replications: expected"),
    ]):
        f = write(f"sweep-file-{i}.yaml", content)
        case(f"sweep-file-{i}", 2, fragment, "plan", f)
    case("table-dev-zero", 2, "/dev/zero:1:1: expected a text file for the input-output table, found a NUL byte",
         "multipliers", "/dev/zero")
    case("sweep-dev-zero", 2, "found more than 524288 bytes", "plan", "/dev/zero")
    case("sweep-run-dev-zero", 2, "found more than 524288 bytes", "sweep", "/dev/zero", "-o",
         "/tmp/jezsim-never-written")


def command_lines():
    small = SMALL
    sweep = "tests/data/sweeps/small-grid.yaml"
    table = "tests/data/tables/miller-blair-2x2.csv"
    for i, (args, fragment) in enumerate([
        ([], "expected a subcommand: "),
        (["runn", small], "found 'runn' (did you mean 'run'?)"),
        (["valdate", small], "(did you mean 'validate'?)"),
        (["RUN", small], "(did you mean 'run'?)"),
        (["swep", sweep], "(did you mean 'sweep'?)"),
        (["frobnicate"], "found 'frobnicate'"),
        (["run", small, "--sed", "3"], "run: expected an option of jezsim run, found '--sed' (did you mean '--seed'?)"),
        (["run", small, "--seeds=3"], "(did you mean '--seed'?)"),
        (["run", small, "--outt", "x"], "(did you mean '--out'?)"),
        (["validate", small, "--sett", "seed=1"], "(did you mean '--set'?)"),
        (["sweep", sweep, "--job", "2"], "(did you mean '--jobs'?)"),
        (["sweep", sweep, "--resum"], "(did you mean '--resume'?)"),
        (["plan", sweep, "--frobnicate"], "found '--frobnicate'"),
        (["run", small, "extra.yaml"], "expected no more arguments, found 'extra.yaml'"),
        (["run"], "run: expected the argument 'scenario', found none"),
        (["validate"], "expected the argument 'scenario', found none"),
        (["multipliers"], "expected the argument 'table', found none"),
        (["run", small, "--seed"], "run: expected a value after --seed, found none"),
        (["validate", small, "--set"], "expected a value after --set, found none"),
        (["run", small, "--seed", "-1"], "expected a whole number from 0 to 18446744073709551615, found '-1'"),
        (["run", small, "--seed", "1e3"], "found '1e3'"),
        (["run", small, "--seed", "abc"], "found 'abc'"),
        (["run", small, "--seed", "99999999999999999999999"], "found '99999999999999999999999', which is too large"),
        (["run", small, "--seed", "9" * 300], "which is too large"),
        (["run", small, "--seed", "18446744073709551616"], "which is too large"),
        (["sweep", sweep, "-j", "0"], "expected a whole number from 1 to 1024, found '0'"),
        (["sweep", sweep, "-j", "-1"], "from 1 to 1024"),
        (["sweep", sweep, "-j", "99999"], "found '99999', which is too large"),
        (["sweep", sweep, "-j", "1.5"], "found '1.5'"),
        (["sweep", sweep, "-j", "9" * 300], "which is too large"),
        (["sweep", sweep, "--timeout", "nan"], "expected a number of seconds > 0 (such as 600), found 'nan'"),
        (["sweep", sweep, "--timeout", "inf"], "found 'inf'"),
        (["sweep", sweep, "--timeout", "-5"], "found '-5'"),
        (["sweep", sweep, "--timeout", "0"], "found '0'"),
        (["sweep", sweep, "--timeout", "1e999"], "found '1e999'"),
        (["sweep", sweep, "--timeout", "10s"], "found '10s'"),
        (["run", small, "-o", ""], "expected a folder, found an empty name"),
        (["sweep", sweep, "-o", ""], "expected a folder, found an empty name"),
        (["merge", "/tmp", "-o", ""], "expected a folder, found an empty name"),
        (["multipliers", table, "-o", ""], "expected a file, found an empty name"),
        (["sweep", sweep, "--shard", "0/3"], "expected K/N with 1 <= K <= N"),
        (["sweep", sweep, "--shard", "1/99999999999999999999999"], "expected K/N, two whole numbers"),
        (["sweep", sweep, "--keep", "all"], "expected 'timeseries'"),
        (["run", "a\x1bb.yaml"], "a\\x1bb.yaml: cannot read"),
        (["validate", "\u009b.yaml"], "\\xc2\\x9b.yaml: cannot read"),
    ]):
        case(f"cli-{i:02d}", 2, fragment, *args)


def tables():
    rel = "tests/data/tables/miller-blair-2x2.csv"
    lines = open(os.path.join(ROOT, rel), encoding="utf-8").read().split("\n")
    n = 0
    for r, line in enumerate(lines):
        if not line or line.startswith("#") or line.startswith("sector,"):
            continue
        cells = line.split(",")
        for c in range(1, len(cells)):
            for bad in ("1o", "nan", "inf", "--1"):
                mutated = lines[:r] + [",".join(cells[:c] + [bad] + cells[c + 1:])] + lines[r + 1:]
                f = write(f"table-cell-{n:02d}-{bad.replace('-', 'm')}.csv", "\n".join(mutated))
                case(f"table-cell-{n:02d}-{bad}", 2, f"found '{bad}'", "multipliers", f)
            n += 1


def main():
    shutil.rmtree(OUT, ignore_errors=True)
    os.makedirs(OUT)
    scenario_mutations("small", SMALL, ["word", "nan", "list", "quoted"])
    scenario_mutations("shipped", SHIPPED, ["word"])
    set_mutations()
    hostile_files()
    sweeps()
    command_lines()
    tables()
    with open(os.path.join(OUT, "cases.tsv"), "w", encoding="utf-8") as f:
        f.write("# Written by tests/data/bad/generate_cases.py: ID, exit code, fragment of the one-line"
                " message, jezsim's arguments (from the source root).\n")
        for cid, code, fragment, args in cases:
            f.write(f"{cid}\t{code}\t{fragment}\t{args}\n")
    print(f"{len(cases)} cases in {OUT_REL}/cases.tsv", file=sys.stderr)


if __name__ == "__main__":
    main()
