namespace Krm.Tests.Yaml.Sweep;

/// <summary>YAML shapes the sweep edits: each style, indentation and property the writer must survive.</summary>
internal static class SweepShapes
{
    public static IReadOnlyList<string> All { get; } =
    [
        "a: 1\nb: two\nc: 'three'\nd: \"four\"\n",
        "# head comment\na: 1   # trailing\n\n# between\nb:\n  c: x  # deep\n  # owned\n# root level\nd: y\n",
        "list:\n- a\n- b\nnested:\n  - x\n  -   y\n",
        "items:\n- name: a\n  value: 1\n- name: b\n  env:\n    - name: E\n      value: \"v\"\n",
        "flow: {a: 1, b: [x, y], c: {d: e}}\nseq: [1, 'two', \"three\"]\n",
        "json: {\"a\": \"1\", \"b\": [\"x\"]}\n",
        "multi: {\n  a: 1,\n  b: 2\n}\nlist: [\n  x,\n  y\n]\n",
        "empty: {}\nnone: []\nspaced: { }\n",
        "base: &b\n  port: 8443\n  host: h\ncopy: *b\nval: &v plain\nref: *v\n",
        "a: &x\nb: !!str\nc: &y !!str\nd: last\n",
        "a: &x\n",
        "tagged: !!str 123\ncustom: !thing value\nint: !!int 42\nseq: !!seq\n- a\n",
        "lit: |\n  line one\n  line two\nfold: >\n  folded\n  text\nkeep: |+\n  kept\n\nstrip: |-\n  stripped\nafter: 1\n",
        "indent: |2\n    two extra\n  base\nnext: 1\n",
        "last: |\n  at the end\n",
        "last: |\n  no newline at end",
        "plain: this is\n  a multi line\n  plain scalar\nq: \"double\n  folded\"\ns: 'single\n\n  with blank'\n",
        "nulls:\n  a:\n  b: ~\n  c: null\n  d: # comment\n  e: NULL\n",
        "data:\n  # only comments\n  # here\n\n  #   deeper\nkind: ConfigMap\n",
        "data: ~\n# after\n",
        "---\na: 1\n---\nb: 2\n...\n---\nc: [3]\n",
        "- a\n- b: 1\n  c: 2\n- - x\n  - y\n- {f: 1}\n- [g]\n",
        "- name: c\n  args:\n  - --insecure=true\n  - \"--port=8443\"\n  ports:\n  - containerPort: 8443\n    name: https\n",
        "a: 1\nb: 2",
        "a:\n  b:\n    c:\n      d:\n        e: deep\n      f: g\n",
        "\"quoted key\": 1\n'single key': 2\n? explicit\n: 3\n",
        "seq: [a: 1, b]\nok: 1\n",
        "k: \"esc \\t \\u00e9 \\\" \\\\\"\nu: ünïcödé\nurl: http://x:8443/p?q=1#f\n",
        "merge:\n  <<: {a: 1}\n  b: 2\n",
        "spec:\n  containers:\n    - name: main\n      readinessProbe:\n        httpGet:\n          path: /readyz\n          port: 8443\n      livenessProbe: {httpGet: {path: /livez, port: 8443}}\n",
        "emptyitem:\n-\n- \n- x\n",
        "a: b\t# tab before comment\nc:\t d\n",
        "top: [1, [2, [3, {k: [4]}]]]\n",
        "%YAML 1.2\n---\na: 1\n",
        "a: !!binary aGVsbG8=\nb: 2001-12-14\nc: 1_000\nd: 0o17\ne: .inf\n",
    ];
}
