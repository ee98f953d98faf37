# syntax=docker/dockerfile:1
# numaflow-tls, the KRM function image.
#   docker buildx build --platform linux/amd64,linux/arm64 -t ghcr.io/krmfn/numaflow-tls:v0.1.0 .
# kustomize and kpt run it as: docker run --rm -i --network none --user nobody
#   --security-opt=no-new-privileges IMAGE   (no arguments; ResourceList on stdin and stdout)
# There is no container engine on the project's machines: tests/tools/docker and
# tests/NumaflowTls.Tests/EndToEnd/ContainerContractTests.cs run the published binary exactly as
# this image does (see examples/container/README.md).

ARG SDK_IMAGE=mcr.microsoft.com/dotnet/sdk:10.0-noble
# distroless/cc: glibc and libgcc only, no shell, and an /etc/passwd that resolves nobody (65534).
# Debian 13's glibc (2.41) is newer than the SDK image's (Ubuntu 24.04, 2.39): a binary linked
# there runs here. (.NET 10 ships no Debian SDK image to match exactly.)
ARG RUNTIME_IMAGE=gcr.io/distroless/cc-debian13

# ---- build: Native AOT compiles for the platform it runs on, so this stage runs on the target
# platform (emulated by buildx for a foreign one) and TARGETARCH picks the runtime identifier.
FROM ${SDK_IMAGE} AS build
ARG TARGETARCH
# The AOT prerequisites: the platform linker (clang) and zlib headers.
RUN apt-get update \
 && apt-get install -y --no-install-recommends clang zlib1g-dev \
 && rm -rf /var/lib/apt/lists/*
WORKDIR /src
COPY . .
RUN case "${TARGETARCH:-amd64}" in \
      amd64) rid=linux-x64 ;; \
      arm64) rid=linux-arm64 ;; \
      *) echo "unsupported TARGETARCH: ${TARGETARCH}" >&2; exit 1 ;; \
    esac \
 && dotnet publish src/NumaflowTls -c Release -r "$rid" -o /out \
 && test -x /out/numaflow-tls

# ---- runtime: the binary alone (InvariantGlobalization: no ICU needed).
FROM ${RUNTIME_IMAGE}
ARG VERSION=0.1.0
ARG REVISION=unknown
LABEL org.opencontainers.image.title="numaflow-tls" \
      org.opencontainers.image.description="KRM function that makes every TLS field of a Numaflow UX server install agree with one mode (enabled, disabled, auto)" \
      org.opencontainers.image.version="${VERSION}" \
      org.opencontainers.image.revision="${REVISION}" \
      org.opencontainers.image.source="https://github.com/krmfn/numaflow-tls" \
      org.opencontainers.image.documentation="https://github.com/krmfn/numaflow-tls#readme" \
      org.opencontainers.image.licenses="Apache-2.0"
COPY --from=build --chmod=0755 /out/numaflow-tls /usr/local/bin/numaflow-tls
# Orchestrators pass --user nobody; running as 65534 by default too keeps `docker run IMAGE` honest.
USER 65534:65534
WORKDIR /
ENTRYPOINT ["/usr/local/bin/numaflow-tls"]
