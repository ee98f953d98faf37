# numaflow-tls, the KRM function image. Two ways to build it, one runtime stage:
#   release (default): compile in the SDK image, multi-arch with BuildKit:
#     docker buildx build --platform linux/amd64,linux/arm64 -t ghcr.io/krmfn/numaflow-tls:v0.1.0 .
#   prebuilt: package the binary `dotnet publish src/NumaflowTls -c Release -o out` already made
#     (goreleaser style; any builder, the classic one included):
#     docker build --target prebuilt -t numaflow-tls:dev .
# kustomize and kpt run it as: docker run --rm -i --network none --user nobody
#   --security-opt=no-new-privileges IMAGE   (no arguments; ResourceList on stdin and stdout)
# Builds with BuildKit and with the classic builder: no BuildKit-only syntax (no COPY --chmod).
# The classic builder builds every stage before its target, so prebuilt comes before the SDK stage.

ARG SDK_IMAGE=mcr.microsoft.com/dotnet/sdk:10.0-noble
# distroless/cc: glibc and libgcc only, no shell, and an /etc/passwd that resolves nobody (65534).
# Debian 13's glibc (2.41) is newer than the SDK image's (Ubuntu 24.04, 2.39): a binary linked
# there runs here. (.NET 10 ships no Debian SDK image to match exactly.)
ARG RUNTIME_IMAGE=gcr.io/distroless/cc-debian13

# ---- runtime: everything the image is but its binary; both final stages below start from it.
FROM ${RUNTIME_IMAGE} AS runtime
ARG VERSION=0.1.0
ARG REVISION=unknown
LABEL org.opencontainers.image.title="numaflow-tls" \
      org.opencontainers.image.description="KRM function that makes every TLS field of a Numaflow UX server install agree with one mode (enabled, disabled, auto)" \
      org.opencontainers.image.version="${VERSION}" \
      org.opencontainers.image.revision="${REVISION}" \
      org.opencontainers.image.source="https://github.com/krmfn/numaflow-tls" \
      org.opencontainers.image.documentation="https://github.com/krmfn/numaflow-tls#readme" \
      org.opencontainers.image.licenses="Apache-2.0"
# Orchestrators pass --user nobody; running as 65534 by default too keeps `docker run IMAGE` honest.
USER 65534:65534
WORKDIR /
ENTRYPOINT ["/usr/local/bin/numaflow-tls"]

# ---- prebuilt: the published binary from the build context (mode 0755 as dotnet publish left it).
FROM runtime AS prebuilt
ARG PREBUILT=out/numaflow-tls
COPY ${PREBUILT} /usr/local/bin/numaflow-tls

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
# TARGETARCH is set by BuildKit; the classic builder leaves it empty: the host's usual amd64.
RUN case "${TARGETARCH:-amd64}" in \
      amd64) rid=linux-x64 ;; \
      arm64) rid=linux-arm64 ;; \
      *) echo "unsupported TARGETARCH: ${TARGETARCH}" >&2; exit 1 ;; \
    esac \
 && dotnet publish src/NumaflowTls -c Release -r "$rid" -o /out \
 && chmod 0755 /out/numaflow-tls

# ---- release (the default target): the binary compiled above.
FROM runtime AS release
COPY --from=build /out/numaflow-tls /usr/local/bin/numaflow-tls
