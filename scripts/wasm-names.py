#!/usr/bin/env python3
"""Where the wasm's bytes go, by function name: reads the code section and
the name section of a wasm built with names (cargo's release build before
wasm-bindgen and wasm-opt strip them), and prints the biggest functions and
the bytes per crate. Usage: wasm-names.py FILE.wasm [TOP]
(scripts/size-report.sh --names builds one and runs this.)"""
import re
import sys
from collections import Counter


def leb(data, i):
    result = shift = 0
    while True:
        b = data[i]
        i += 1
        result |= (b & 0x7F) << shift
        shift += 7
        if b < 0x80:
            return result, i


def sections(data):
    i = 8
    while i < len(data):
        sid = data[i]
        size, j = leb(data, i + 1)
        yield sid, data[j:j + size]
        i = j + size


def crate_of(name):
    """The crate of a mangled (legacy or v0) or plain Rust symbol."""
    m = re.match(r"_ZN(\d+)(.+)", name)
    if m:
        n = int(m.group(1))
        return m.group(2)[:n].lstrip("_")
    m = re.match(r"_R.*?C(?:s\w*_)?(\d+)([A-Za-z_]\w*)", name)
    if m:
        return m.group(2)[:int(m.group(1))]
    if "::" in name:
        return name.lstrip("<").split("::")[0]
    return "(other)"


def demangle(name):
    m = re.match(r"_ZN(.+)E$", name)
    if not m:
        return name
    parts, rest = [], m.group(1)
    while rest and rest[0].isdigit():
        n = re.match(r"(\d+)", rest).group(1)
        rest = rest[len(n):]
        parts.append(rest[:int(n)])
        rest = rest[int(n):]
    if parts and re.fullmatch(r"h[0-9a-f]{16}", parts[-1]):
        parts.pop()
    return "::".join(parts).replace("$LT$", "<").replace("$GT$", ">").replace("$u20$", " ").replace("..", "::")


def main():
    data = open(sys.argv[1], "rb").read()
    top = int(sys.argv[2]) if len(sys.argv) > 2 else 30
    imported = 0
    bodies = []
    names = {}
    for sid, body in sections(data):
        if sid == 2:  # imports: functions among them come first in the index space
            count, i = leb(body, 0)
            for _ in range(count):
                for _ in range(2):
                    n, i = leb(body, i)
                    i += n
                kind = body[i]
                i += 1
                if kind == 0:
                    _, i = leb(body, i)
                    imported += 1
                elif kind == 1:
                    i += 1
                    flags, i = leb(body, i)
                    _, i = leb(body, i)
                    if flags & 1:
                        _, i = leb(body, i)
                elif kind == 2:
                    flags, i = leb(body, i)
                    _, i = leb(body, i)
                    if flags & 1:
                        _, i = leb(body, i)
                elif kind == 3:
                    i += 2
                else:
                    i += 1
                    _, i = leb(body, i)
        elif sid == 10:
            count, i = leb(body, 0)
            for _ in range(count):
                size, j = leb(body, i)
                bodies.append(j + size - i)
                i = j + size
        elif sid == 0:
            n, i = leb(body, 0)
            if body[i:i + n] != b"name":
                continue
            i += n
            while i < len(body):
                kind = body[i]
                size, j = leb(body, i + 1)
                if kind == 1:
                    count, k = leb(body, j)
                    for _ in range(count):
                        idx, k = leb(body, k)
                        ln, k = leb(body, k)
                        names[idx] = body[k:k + ln].decode("utf-8", "replace")
                        k += ln
                i = j + size
    if not names:
        sys.exit("no name section: build without stripping (see scripts/size-report.sh --names)")
    total = sum(bodies)
    funcs = [(size, names.get(imported + i, f"func[{imported + i}]")) for i, size in enumerate(bodies)]
    print(f"code: {total} bytes in {len(funcs)} functions (before wasm-opt and gzip)")
    print(f"\nbiggest {top} functions:")
    for size, name in sorted(funcs, reverse=True)[:top]:
        print(f"  {size:8d}  {demangle(name)[:110]}")
    crates = Counter()
    for size, name in funcs:
        crates[crate_of(name)] += size
    print("\nbytes per crate:")
    for crate, size in crates.most_common(25):
        print(f"  {size:8d}  {100 * size / total:5.1f} %  {crate}")


main()
