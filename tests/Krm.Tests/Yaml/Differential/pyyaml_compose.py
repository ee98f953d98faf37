# Reads [{"name", "path"|"text"}] on stdin; prints [{"name", "ok", "docs"|"error", "skip"|"differs"}].
# A document's data: a scalar is its value text, a mapping {"m": [[k, v], ...]}, a sequence {"s": [...]},
# a node met again (through an alias) {"ref": n}, n counting first visits in document order; a plain
# scalar that resolves to null is null (its spelling, "" or "~" or "null", is not data).
import json, re, sys
import yaml

def data(node, seen):
    if id(node) in seen:
        return {"ref": seen[id(node)]}
    seen[id(node)] = len(seen)
    if isinstance(node, yaml.ScalarNode):
        return None if node.tag == NULL else node.value
    if isinstance(node, yaml.SequenceNode):
        return {"s": [data(n, seen) for n in node.value]}
    return {"m": [[data(k, seen), data(v, seen)] for k, v in node.value]}

NULL = "tag:yaml.org,2002:null"

def cyclic(node, path):
    if isinstance(node, yaml.ScalarNode):
        return False
    if id(node) in path:
        return True
    path.add(id(node))
    children = node.value if isinstance(node, yaml.SequenceNode) else [n for kv in node.value for n in kv]
    found = any(cyclic(c, path) for c in children)
    path.discard(id(node))
    return found

def bad_tag(node, seen):
    if id(node) in seen:
        return False
    seen.add(id(node))
    if any(c in node.tag.replace("tag:yaml.org,2002:", "", 1) for c in "[]{},"):
        return True
    if isinstance(node, yaml.ScalarNode):
        return False
    children = node.value if isinstance(node, yaml.SequenceNode) else [n for kv in node.value for n in kv]
    return any(bad_tag(c, seen) for c in children)

def depth(node, seen, d=1):
    if id(node) in seen or isinstance(node, yaml.ScalarNode):
        return d - 1
    seen.add(id(node))
    children = node.value if isinstance(node, yaml.SequenceNode) else [n for kv in node.value for n in kv]
    return max([depth(c, seen, d + 1) for c in children] or [d])

def duplicate_keys(node, seen):
    if id(node) in seen or isinstance(node, yaml.ScalarNode):
        return False
    seen.add(id(node))
    if isinstance(node, yaml.MappingNode):
        keys = [k.value for k, _ in node.value if isinstance(k, yaml.ScalarNode)]
        if len(keys) != len(set(keys)):
            return True
        return any(duplicate_keys(n, seen) for kv in node.value for n in kv)
    return any(duplicate_keys(n, seen) for n in node.value)

sys.setrecursionlimit(20000)
# libyaml when PyYAML has it (Debian's python3-yaml does): the same reader, 10x faster on the 2 MB installs.
LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
out = []
for case in json.load(sys.stdin):
    raw = open(case["path"], "rb").read() if "path" in case else case["text"].encode("utf-8")
    entry = {"name": case["name"]}
    try:
        docs = list(yaml.compose_all(raw, Loader=LOADER))
        entry["ok"] = True
        # Refused here on purpose, not by accident (README, Safety): a repeated key, nesting beyond
        # the depth limit, a text that is not UTF-8, an alias inside the node it names (an infinite
        # value). Not compared: a tag PyYAML reads with a flow indicator in it ("!!s]tr"), and a tag
        # followed by a comma ("{a: !!str, b: c}"), which YamlDotNet 18.1.0 reads into the tag or
        # refuses ("Unexpected comma at end of tag"); YAML 1.2's ns-tag-char excludes both.
        if raw[:2] in (b"\xff\xfe", b"\xfe\xff"):
            entry["skip"] = "UTF-16"
        elif any(d is not None and cyclic(d, set()) for d in docs):
            entry["skip"] = "cyclic alias"
            docs = []
        elif any(d is not None and bad_tag(d, set()) for d in docs):
            entry["differs"] = "PyYAML reads a flow indicator into a tag"
        elif re.search(rb"![^\s,\[\]{}]*,", raw):
            entry["differs"] = "YamlDotNet reads a comma right after a tag into the tag (or refuses it)"
        elif any(d is not None and duplicate_keys(d, set()) for d in docs):
            entry["skip"] = "duplicate key"
        elif any(d is not None and depth(d, set()) > 1000 for d in docs):
            entry["skip"] = "deeper than 1000"
        entry["docs"] = [None if d is None else data(d, {}) for d in docs]
    except (yaml.YAMLError, UnicodeDecodeError, RecursionError) as e:
        entry["ok"] = False
        entry["error"] = str(e).replace("\n", " ")
    out.append(entry)
json.dump(out, sys.stdout)
