#!/bin/sh
# Repair rendered manifests: make every TLS field of the Numaflow UX server agree with the mode
# the manifests already select (auto). Usage: repair.sh [FILE|-]   (default: stdin)
#   helm template numaflow numaflow/numaflow --set server.configs.insecure=true | ./repair.sh | kubectl apply -f -
set -eu
exec numaflow-tls --tls auto "${1:--}"
