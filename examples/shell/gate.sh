#!/bin/sh
# CI gate: exit 1 when rendered manifests disagree with one TLS mode, listing each mismatch on
# stderr (file:line kind/namespace/name field: current -> proposed). Changes nothing.
# Usage: gate.sh [FILE|-]...   (TLS_MODE=enabled|disabled|auto, default auto)
set -eu
if ! numaflow-tls --validate --tls "${TLS_MODE:-auto}" "$@" >/dev/null; then
  echo "numaflow-tls: TLS settings drift; repair with: numaflow-tls --tls ${TLS_MODE:-auto} FILE" >&2
  exit 1
fi
